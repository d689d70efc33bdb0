package org.policybot.reminder;

import java.util.List;
import org.policybot.store.Migration;

/** The reminder component's tables. Times compared in SQL are epoch milliseconds (INTEGER) so that ordering is numeric. */
final class ReminderSchema {
    static final String COMPONENT = "reminder";

    private ReminderSchema() {
    }

    static List<Migration> migrations() {
        return List.of(new Migration(COMPONENT, 1, "units, members, items, fire log, outbox, acks, notices", """
                CREATE TABLE unit (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, region TEXT NOT NULL DEFAULT '',
                  run_by TEXT NOT NULL DEFAULT '');
                CREATE TABLE unit_alias (alias TEXT PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE);
                CREATE TABLE wg_person (name TEXT NOT NULL, unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                  role TEXT NOT NULL, position TEXT NOT NULL, PRIMARY KEY (name, unit_id));
                CREATE TABLE member (chat_id INTEGER NOT NULL, unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                  role TEXT NOT NULL CHECK (role IN ('member','lead','admin')), active INTEGER NOT NULL DEFAULT 1,
                  PRIMARY KEY (chat_id, unit_id));
                CREATE TABLE subscription (chat_id INTEGER NOT NULL, target TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,
                  PRIMARY KEY (chat_id, target));
                CREATE TABLE item (id TEXT PRIMARY KEY, plan TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
                  due TEXT, cron TEXT, zone TEXT NOT NULL, remind_at TEXT NOT NULL, offsets TEXT NOT NULL, units TEXT NOT NULL,
                  source TEXT NOT NULL, note TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
                  defined_at INTEGER NOT NULL, fingerprint TEXT NOT NULL);
                CREATE TABLE fire_log (reminder TEXT NOT NULL, occurrence TEXT NOT NULL, item_id TEXT NOT NULL,
                  outcome TEXT NOT NULL, fired_at INTEGER NOT NULL, PRIMARY KEY (reminder, occurrence));
                CREATE TABLE outbox (id INTEGER PRIMARY KEY, reminder TEXT NOT NULL, occurrence TEXT NOT NULL,
                  chat_id INTEGER NOT NULL, item_id TEXT, due_key TEXT, html TEXT NOT NULL, buttons INTEGER NOT NULL,
                  status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, not_before INTEGER NOT NULL,
                  created_at INTEGER NOT NULL, sent_at INTEGER, message_id INTEGER, last_error TEXT,
                  UNIQUE (reminder, occurrence, chat_id));
                CREATE INDEX outbox_due ON outbox(status, not_before);
                CREATE TABLE ack (item_id TEXT NOT NULL, due_key TEXT NOT NULL, chat_id INTEGER NOT NULL,
                  user_id INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('done','seen')), at INTEGER NOT NULL,
                  PRIMARY KEY (item_id, due_key, chat_id));
                CREATE TABLE admin_notice (id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL, text TEXT NOT NULL)
                """), new Migration(COMPONENT, 2, "outbox keyboards, one-time resend of uncertain rows, reminder audit", """
                ALTER TABLE outbox ADD COLUMN keyboard TEXT;
                ALTER TABLE outbox ADD COLUMN resent_by INTEGER;
                ALTER TABLE outbox ADD COLUMN resent_at INTEGER;
                CREATE TABLE reminder_audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user_id INTEGER NOT NULL,
                  chat_id INTEGER NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, outcome TEXT NOT NULL)
                """), new Migration(COMPONENT, 3, "督办 settings per plan, snoozed reminders", """
                CREATE TABLE plan_setting (plan TEXT PRIMARY KEY, grace_days INTEGER NOT NULL, office TEXT NOT NULL,
                  quiet TEXT NOT NULL, skip_weekends INTEGER NOT NULL, repeat_days INTEGER NOT NULL);
                CREATE TABLE snooze (id INTEGER PRIMARY KEY, item_id TEXT NOT NULL, due_key TEXT NOT NULL, chat_id INTEGER NOT NULL,
                  user_id INTEGER NOT NULL, until INTEGER NOT NULL, at INTEGER NOT NULL);
                CREATE INDEX snooze_chat ON snooze(item_id, due_key, chat_id, until)
                """));
    }
}
