package org.policybot.reminder.duban;

import java.util.List;
import org.policybot.store.Migration;

/** Tables of component {@code duban}. Times are epoch milliseconds. */
public final class DubanSchema {
    private DubanSchema() {
    }

    /** Pass to {@link org.policybot.store.Database#open} with the reminder migrations. */
    public static List<Migration> migrations() {
        return List.of(new Migration("duban", 1, "progress reports per item and unit, with history", """
                CREATE TABLE progress_report (id INTEGER PRIMARY KEY, item_id TEXT NOT NULL, unit TEXT NOT NULL,
                  status TEXT NOT NULL CHECK (status IN ('todo','doing','done','blocked')), note TEXT NOT NULL DEFAULT '',
                  file_id TEXT, file_name TEXT, user_id INTEGER NOT NULL, user_name TEXT NOT NULL DEFAULT '',
                  chat_id INTEGER NOT NULL, at INTEGER NOT NULL);
                CREATE INDEX progress_latest ON progress_report(item_id, unit, id)
                """));
    }
}
