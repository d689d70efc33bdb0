package org.policybot.reminder;

/**
 * One error in a schedule or units file, reported as {@code file:line: reason} ({@code file: reason}
 * when it concerns the whole file, e.g. one that cannot be read). A file with any
 * problem is rejected as a whole; the previously loaded version of it stays in force.
 */
public record ScheduleProblem(String file, int line, String reason) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
