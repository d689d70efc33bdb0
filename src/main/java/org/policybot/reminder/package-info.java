/** Deadlines and meetings from schedules/, fired by Quartz into a SQLite outbox and drained within Telegram's flood limits. */
package org.policybot.reminder;
