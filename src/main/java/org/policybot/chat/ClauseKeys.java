package org.policybot.chat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.policybot.knowledge.Clause;

/**
 * Short keys for clause buttons. Callback data is limited to 64 bytes, so a clause id that fits
 * is used as is (and still works after a restart through the {@link ClauseLookup}); a longer one
 * gets a hash key that only this process's recent-answers cache can resolve.
 */
final class ClauseKeys {
    static final String PREFIX = "c";
    private static final int CAPACITY = 5000;

    private final ClauseLookup lookup;
    private final Map<String, Clause> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Clause> eldest) {
            return size() > CAPACITY;
        }
    };

    ClauseKeys(ClauseLookup lookup) {
        this.lookup = lookup;
    }

    /** Callback data that opens {@code clause}. */
    synchronized String callbackData(Clause clause) {
        String direct = PREFIX + ":" + clause.id();
        String key = direct.getBytes(StandardCharsets.UTF_8).length <= 64 ? clause.id()
                : "#" + Integer.toUnsignedString(clause.id().hashCode(), 36);
        recent.put(key, clause);
        return PREFIX + ":" + key;
    }

    synchronized Optional<Clause> resolve(String key) {
        Clause c = recent.get(key);
        if (c != null) {
            return Optional.of(c);
        }
        return key.startsWith("#") ? Optional.empty() : lookup.clause(key);
    }
}
