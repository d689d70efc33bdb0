package org.policybot.reminder;

/**
 * How long before a due time a reminder fires: whole days (fired at the item's reminder hour on
 * that day) or hours (before the due instant itself, useful for meetings).
 */
record Offset(int amount, boolean hours) {
    Offset {
        if (amount < 0) {
            throw new IllegalArgumentException("negative offset " + amount);
        }
    }

    static Offset parse(String s) {
        String t = s.strip();
        boolean h = t.endsWith("h");
        String n = h || t.endsWith("d") ? t.substring(0, t.length() - 1) : t;
        if (!n.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("bad offset '" + s + "': expected days (30, 7d) or hours (2h)");
        }
        return new Offset(Integer.parseInt(n), h);
    }

    /** Stable label, part of the reminder key: {@code 30d}, {@code 2h}. */
    String label() {
        return amount + (hours ? "h" : "d");
    }
}
