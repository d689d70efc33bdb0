package org.policybot.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes RFC 5545 iCalendar: one VEVENT per deadline and per meeting occurrence of the coming year,
 * times in TZID Asia/Shanghai (China has no DST, so one STANDARD component describes it), and one
 * VALARM per reminder offset at the reminder's absolute fire time, so calendars alarm when the bot would.
 */
final class ICalendar {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final int MAX_MEETINGS_PER_ITEM = 60;

    private ICalendar() {
    }

    static byte[] build(List<ScheduleItem> items, Instant now) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//policy-bot//reminders//ZH");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:产教融合 截止与会议");
        line(b, "X-WR-TIMEZONE:Asia/Shanghai");
        line(b, "BEGIN:VTIMEZONE");
        line(b, "TZID:Asia/Shanghai");
        line(b, "BEGIN:STANDARD");
        line(b, "DTSTART:19700101T000000");
        line(b, "TZOFFSETFROM:+0800");
        line(b, "TZOFFSETTO:+0800");
        line(b, "TZNAME:CST");
        line(b, "END:STANDARD");
        line(b, "END:VTIMEZONE");
        for (ScheduleItem it : items) {
            if (it.recurring()) {
                for (ZonedDateTime due : Occurrences.dues(it, now, now.plus(java.time.Duration.ofDays(366)), MAX_MEETINGS_PER_ITEM)) {
                    event(b, it, due, now);
                }
            } else {
                event(b, it, Occurrences.deadlineDueAt(it), now);
            }
        }
        line(b, "END:VCALENDAR");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void event(StringBuilder b, ScheduleItem it, ZonedDateTime due, Instant now) {
        Occurrence probe = new Occurrence(it, it.offsets().get(0), due, due);
        ZonedDateTime start = due.withZoneSameInstant(SHANGHAI);
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + it.id() + "-" + probe.dueKey().replace(":", "") + "@policy-bot");
        line(b, "DTSTAMP:" + UTC.format(now));
        line(b, "DTSTART;TZID=Asia/Shanghai:" + LOCAL.format(start));
        line(b, "DTEND;TZID=Asia/Shanghai:" + LOCAL.format(start.plusHours(1)));
        line(b, "SUMMARY:" + text((it.recurring() ? it.kind().label + "：" : "截止：") + it.title()));
        line(b, "DESCRIPTION:" + text("责任单位：" + it.unitsDisplay() + "\n依据：" + it.source()
                + (it.note().isEmpty() ? "" : "\n备注：" + it.note())));
        line(b, "CATEGORIES:" + text(it.kind().label));
        for (Offset o : it.offsets()) {
            line(b, "BEGIN:VALARM");
            line(b, "ACTION:DISPLAY");
            line(b, "DESCRIPTION:" + text(it.title()));
            line(b, "TRIGGER;VALUE=DATE-TIME:" + UTC.format(Occurrences.fireAt(it, o, due).toInstant()));
            line(b, "END:VALARM");
        }
        line(b, "END:VEVENT");
    }

    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets without splitting a UTF-8 character, ended by CRLF. */
    static void line(StringBuilder b, String s) {
        int octets = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
