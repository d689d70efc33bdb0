package org.policybot.reminder;

/**
 * One error in a schedule or units file, reported as {@code file:line: reason}. A file with any
 * problem is rejected as a whole; the previously loaded version of it stays in force.
 */
public record ScheduleProblem(String file, int line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
