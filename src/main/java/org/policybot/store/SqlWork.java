package org.policybot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database's connection; may throw {@link SQLException}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
