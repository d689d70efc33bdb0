package org.policybot.reminder;

/** What an item is: a one-off deadline (task, target, policy document) or a recurring meeting or assessment. */
enum Kind {
    DEADLINE("截止"), MEETING("会议"), ASSESSMENT("测评");

    final String label;

    Kind(String label) {
        this.label = label;
    }

    static Kind parse(String s) {
        return switch (s.strip()) {
            case "deadline" -> DEADLINE;
            case "meeting" -> MEETING;
            case "assessment" -> ASSESSMENT;
            default -> throw new IllegalArgumentException("bad kind '" + s + "': expected deadline, meeting or assessment");
        };
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
