package org.policybot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a document is in force, when its header does not declare one: the years in its title
 * (（2024-2027年）, 2025年…工作方案) or its validity sentence (自2026年5月1日起施行，有效期至2031年4月30日;
 * 有效期3年), as "2026-2031" or "2025".
 */
final class Periods {
    private Periods() {
    }

    private static final Pattern TITLE_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*[-－—–~～至到]\\s*((?:19|20)\\d{2})");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(度)?[^，。]{0,20}(工作|要点|计划|方案|项目|申报)");
    private static final Pattern START = Pattern.compile("自\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[^。；]{0,6}(施行|实施|执行|生效)");
    private static final Pattern FROM_ISSUE = Pattern.compile("自(印发|发布|公布)之日起[^。；]{0,6}(施行|实施|执行|生效)");
    private static final Pattern UNTIL = Pattern.compile("(有效期|试行期|实施期|执行期)[^。；]{0,12}?(至|到|截至)\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEARS = Pattern.compile("(有效期|试行期|实施期|执行期)(为)?\\s*([0-9]{1,2}|[一二三四五六七八九十两]{1,2})\\s*年");
    /** A validity sentence is about the document itself (本办法…), not a certificate's term (认定有效期为3年). */
    private static final Pattern ITSELF = Pattern.compile("本(办法|通知|方案|意见|细则|规定|规则|制度|措施|计划|要点|条例)");
    /** Where a document states its validity: its last blocks. */
    private static final int SPAN = 40;

    static String of(String title, List<String> texts, String issueDate) {
        Matcher r = TITLE_RANGE.matcher(title);
        if (r.find()) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            return Math.min(a, b) + "-" + Math.max(a, b);
        }
        Matcher y = TITLE_YEAR.matcher(title);
        if (y.find()) {
            return y.group(1);
        }
        for (int i = texts.size() - 1; i >= Math.max(0, texts.size() - SPAN); i--) {
            Optional<String> p = fromSentence(texts.get(i), issueDate);
            if (p.isPresent()) {
                return p.get();
            }
        }
        return "";
    }

    /** The period a validity sentence states; empty when it states no end. */
    static Optional<String> fromSentence(String text, String issueDate) {
        Optional<LocalDate> start = Optional.empty();
        Matcher s = START.matcher(text);
        if (s.find()) {
            start = date(s.group(1), s.group(2), s.group(3));
        } else if (FROM_ISSUE.matcher(text).find() && issueDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            start = Optional.of(LocalDate.parse(issueDate));
        }
        if (start.isEmpty() && !ITSELF.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher u = UNTIL.matcher(text);
        if (u.find()) {
            int to = Integer.parseInt(u.group(3));
            int from = start.map(LocalDate::getYear).orElse(to);
            return Optional.of(Math.min(from, to) + "-" + to);
        }
        Matcher n = YEARS.matcher(text);
        if (n.find() && start.isPresent()) {
            LocalDate end = start.get().plusYears(ChineseNumbers.value(n.group(3))).minusDays(1);
            return Optional.of(start.get().getYear() + "-" + end.getYear());
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // 2月30日 in a draft: no start, so no period from it
        }
    }
}
