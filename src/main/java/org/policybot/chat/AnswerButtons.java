package org.policybot.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.search.Answer;

/**
 * Buttons under an answer: 有用 / 没用 ({@code rate:up:ID}, {@code rate:down:ID}, ID being the
 * question log row) on every clause, list and document-fact answer, and 提醒我 ({@code rm:ID:yyyyMMdd})
 * when the answer carries a date still ahead (申报截止 2026年3月31日, a planned 2027年). The
 * handlers are registered by the capabilities that own them; the router asks for a button only
 * when its handler exists.
 */
public final class AnswerButtons {
    public static final String RATE = "rate";
    public static final String REMIND = "rm";

    private static final Pattern DAY = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH_END = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?:底|末)");
    /** A year on its own (拟出台时间：2025年, 到2027年), not part of a range (2024-2027年) or a date. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d\\-—–~～至到])((?:19|20)\\d{2})\\s*年(?![\\d\\s]*月)");

    private final boolean rate;
    private final boolean remind;
    private final Supplier<LocalDate> today;

    /** @param today what "ahead" is judged against; null offers no 提醒我 */
    AnswerButtons(boolean rate, boolean remind, Supplier<LocalDate> today) {
        this.rate = rate;
        this.remind = remind && today != null;
        this.today = today;
    }

    static final AnswerButtons NONE = new AnswerButtons(false, false, null);

    /** {@code reply} with the rating and reminder rows added below its own buttons, when they apply. */
    Reply decorate(Reply reply, Answer a, long questionId) {
        if (!a.answered() || a.type() == Answer.Type.NONE || questionId <= 0) {
            return reply;
        }
        List<List<Button>> kb = new ArrayList<>(reply.keyboard());
        if (remind && !a.hits().isEmpty()) { // the reminder cites the answer's clause
            firstDate(a.answer(), today.get()).ifPresent(d -> kb.add(List.of(new Button("⏰ 提醒我（" + d + "）",
                    REMIND + ":" + questionId + ":" + d.toString().replace("-", "")))));
        }
        if (rate) {
            kb.add(List.of(new Button("👍 有用", RATE + ":up:" + questionId), new Button("👎 没用", RATE + ":down:" + questionId)));
        }
        return new Reply(reply.html(), kb, reply.files());
    }

    /**
     * The first date in {@code text} on or after {@code today}: a full date, else a month's end,
     * else the last day of a year standing alone (a planned year).
     */
    public static Optional<LocalDate> firstDate(String text, LocalDate today) {
        List<LocalDate> found = new ArrayList<>();
        Matcher d = DAY.matcher(text);
        while (d.find()) {
            date(() -> LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))), found);
        }
        Matcher m = MONTH_END.matcher(text);
        while (m.find()) {
            date(() -> YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth(), found);
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            date(() -> LocalDate.of(Integer.parseInt(y.group(1)), 12, 31), found);
        }
        return found.stream().filter(x -> !x.isBefore(today)).findFirst();
    }

    private static void date(Supplier<LocalDate> make, List<LocalDate> into) {
        try {
            into.add(make.get());
        } catch (DateTimeException e) {
            // 2026年2月30日: not a date, no button
        }
    }
}
