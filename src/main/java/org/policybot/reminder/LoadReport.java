package org.policybot.reminder;

import java.util.List;

/**
 * Result of (re)loading {@code schedules/}: the files taken into force, the problems of the
 * rejected ones (each rejected file keeps its last good version), and the number of items now in force.
 */
public record LoadReport(List<String> accepted, List<String> rejected, List<ScheduleProblem> problems, int items) {
    public LoadReport {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
