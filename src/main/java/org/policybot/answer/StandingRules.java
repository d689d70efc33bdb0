package org.policybot.answer;

import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "基地能不能向来体验的学生收点材料费", "中职学校做体验基地每人次补多少": a question on what the rules allow, require or
 * grant is answered by the rules (办法, 方案, 申报通知), not by the report of a period (通报, 公示, 名单) that applies them
 * to named firms, though the report, quoting the rules and telling the cases, shares more of the question's words. A
 * question that names what only the report says (a firm, 春季学期) or asks what happened (拿到了吗, 最后核了多少, 哪家)
 * asks the report, as {@link ThisOccasion} reads "这次…".
 */
final class StandingRules {
    /** A report of what was done in a period: …结果的通报, …名单的公示, 工作总结, 自评报告. */
    private static final Pattern REPORT = Pattern.compile("通报|公示|名单|总结|报告");
    /** Asks what happened, or which of those named did: 拿到了吗, 核了多少, 最后, 实际, 哪家. */
    private static final Pattern HAPPENED = Pattern.compile(
            "了吗|了没|没拿到|拿到了|[核发拨报交收评签]了|最后|最终|实际|这回|这次|本次|此次|这批|上次|上回|去年|今年|这学年|本学年|上半年|下半年"
            + "|一共|总共|合计|累计|哪家|哪几家|有几家|多少家|几笔|多少笔|下一次|下次"
            + "|这[\\d一二三四五六七八九十两几]+[笔家所个项批名位]|哪些(企业|学校|单位|基地|项目|公司)|哪个(企业|学校|单位|基地|项目|公司)|有没有(人|哪)"
            // named as the report (通报里, 公示的名单) or asked of a past act (是哪天认定的)
            + "|通报|公示|名单|报告|总结|是[^，,。？?]{0,8}的[？?]*$");
    /** The rules: a document setting how things are done, not a page telling of them (新闻, 推进会). */
    private static final Pattern RULES = Pattern.compile("办法|细则|规定|规程|条例|制度|方案|意见|措施|指南|通知|要点|计划|规范|标准|清单|目录|协议|章程");

    private StandingRules() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        if (r.hits().size() < 2 || !report(r.hits().get(0).clause()) || HAPPENED.matcher(q.text()).find()) {
            return r;
        }
        String reportId = r.hits().get(0).clause().document().id();
        for (int i = 1; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            Clause c = h.clause();
            if (h.coverage() < Preference.NEAR * r.bestCoverage()) {
                break;
            }
            boolean rules = !report(c) && RULES.matcher(c.document().title()).find();
            if (rules && (!q.kind().hasFactPattern() || q.kind().carriedBy(c.measuredText(), q.text()))
                    && !reportOnlyWords(q, lib, reportId, c.document().id())) {
                return Preference.movedToTop(r, i);
            }
        }
        return r;
    }

    /** Whether {@code c} is of a report: its title names one and no rules of its own (…办法 is the rules though 通报 quotes it). */
    private static boolean report(Clause c) {
        String title = c.document().title().replaceAll("《[^》]*》|〈[^〉]*〉", "");
        return REPORT.matcher(title).find() && !ThisOccasion.standing(c);
    }

    /**
     * Whether the question names something the report says and the rules never do: a run of three characters whose
     * pairs only the report has (宏窑陶瓷, 春季学期), not a word of its own put one way (材料费 where the rules say 收费).
     */
    private static boolean reportOnlyWords(ReadQuestion q, Library lib, String reportId, String rulesId) {
        String text = q.searchText();
        Set<String> report = Set.of(reportId);
        Set<String> rules = Set.of(rulesId);
        boolean previous = false;
        for (int i = 0; i + 2 <= text.length(); i++) {
            String pair = text.substring(i, i + 2);
            boolean only = pair.codePoints().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)
                    && lib.uses(report, pair) && !lib.uses(rules, pair);
            if (only && previous) {
                return true;
            }
            previous = only;
        }
        return false;
    }
}
