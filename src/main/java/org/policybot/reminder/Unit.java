package org.policybot.reminder;

import java.util.List;

/** A responsible unit (责任单位) with the other names the documents use for it and, for an office, the units running it. */
record Unit(String name, String region, List<String> aliases, List<String> runBy) {
    Unit {
        aliases = List.copyOf(aliases);
        runBy = List.copyOf(runBy);
    }
}
