package org.policybot.store;

import java.util.Objects;

/**
 * One versioned schema step of one component (e.g. {@code reminder} version 2). Components own
 * their migrations, so capabilities evolve their tables independently; versions within a
 * component are applied in ascending order, exactly once, each in its own transaction.
 *
 * @param sql one or more statements separated by {@code ;} at line ends
 */
public record Migration(String component, int version, String description, String sql) {
    public Migration {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(sql, "sql");
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be >= 1: " + component + " v" + version);
        }
    }
}
