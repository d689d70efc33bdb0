package org.policybot.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.chat.Button;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;
import org.policybot.search.Answer;

/**
 * The admin commands that close the loop from users' questions to the knowledge: /gaps [天数]
 * (grouped gaps, each with a button leading to /addclause or /import), /test 问题 (the answer and
 * why it ranked so, without logging it) and /stats (see {@link StatsReport}). Register with
 * {@link #register}; all are admin-only and audited by the router.
 */
public final class AdminLoop {
    static final String GAP = "gap";
    static final int DEFAULT_DAYS = 7;
    static final int MAX_GROUPS = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Gaps gaps;
    private final StatsReport stats;
    private final PolicyAnswerer answerer;
    private final ZoneId zone;

    /** @param answerer for /test; null leaves /test out */
    public AdminLoop(Gaps gaps, StatsReport stats, PolicyAnswerer answerer, ZoneId zone) {
        this.gaps = gaps;
        this.stats = stats;
        this.answerer = answerer;
        this.zone = zone;
    }

    public ChatRouter.Builder register(ChatRouter.Builder b) {
        b.adminCommand("gaps", "待补充的问题：未找到、低置信或被评“没用”的问题，按相似分组：/gaps [天数]", this::gaps)
                .adminCommand("stats", "提问统计：每日回答率、置信度、评价、推送", (in, args) -> List.of(Reply.html(stats.render(7))))
                .adminCallback(GAP, (in, payload) -> gapButton(payload));
        if (answerer != null) {
            b.adminCommand("test", "测试问题：显示答复和排序依据（不计入统计）：/test 问题", this::test);
        }
        return b;
    }

    List<Reply> gaps(Inbound in, String args) {
        int days = args.matches("\\d{1,3}") ? Math.max(1, Integer.parseInt(args)) : DEFAULT_DAYS;
        List<Gaps.Group> groups = gaps.groups(days);
        if (groups.isEmpty()) {
            return List.of(Reply.html("近" + days + "天没有未找到、低置信或被评“没用”的问题。"));
        }
        StringBuilder html = new StringBuilder("<b>待补充的问题</b>（近" + days + "天：未找到、低置信或被评“没用”，相似问法合为一组）");
        List<List<Button>> kb = new ArrayList<>();
        int n = 0;
        for (Gaps.Group g : groups.subList(0, Math.min(MAX_GROUPS, groups.size()))) {
            n++;
            html.append("\n\n").append(n).append(". <b>").append(Html.escape(g.example())).append("</b> — ").append(g.count())
                    .append(" 次，最近 ").append(when(g.lastAsked())).append("\n   ").append(Html.escape(reasons(g.reasons())));
            List<String> others = g.questions().stream().filter(q -> !q.equals(g.example())).limit(3).toList();
            if (!others.isEmpty()) {
                html.append("\n   相似问法：").append(Html.escape(String.join("；", others)));
            }
            kb.add(List.of(new Button("➕ 补充第" + n + "组", GAP + ":" + g.exampleId())));
        }
        if (groups.size() > MAX_GROUPS) {
            html.append("\n\n…另有 ").append(groups.size() - MAX_GROUPS).append(" 组（CLI：gaps --days ").append(days).append("）");
        }
        return List.of(Reply.html(html.toString(), kb));
    }

    private List<Reply> gapButton(String payload) {
        Optional<Gaps.Group> g;
        try {
            g = gaps.groupOf(Long.parseLong(payload), 90);
        } catch (NumberFormatException e) {
            g = Optional.empty();
        }
        if (g.isEmpty()) {
            return List.of(Reply.html("这组问题已不在待补充列表中，请重新发送 /gaps。"));
        }
        Gaps.Group grp = g.get();
        StringBuilder html = new StringBuilder("<b>补充：</b>").append(Html.escape(grp.example()))
                .append("（").append(grp.count()).append(" 次）");
        if (grp.topClause() != null) {
            html.append("\n最接近的条款：<code>").append(Html.escape(grp.topClause())).append("</code>");
        }
        html.append("\n\n添加条款（复制后把“条款内容”换成原文）：\n<code>").append(Html.escape(Gaps.addClauseCommand(grp))).append("</code>")
                .append("\n\n或导入新文件：直接发送 .pdf/.docx/.html 等文件，或\n<code>/import https://政策网页地址</code>")
                .append("\n\n改完后用 <code>/test ").append(Html.escape(grp.example())).append("</code> 验证。");
        return List.of(Reply.html(html.toString()));
    }

    List<Reply> test(Inbound in, String args) {
        if (args.isBlank()) {
            return List.of(Reply.html("用法：/test 问题，例如 /test 市级产教融合型企业能拿多少补助"));
        }
        Answer a = answerer.answer(args, 5, PolicyAnswerer.Context.NONE).answer();
        StringBuilder html = new StringBuilder("<b>测试问题</b>：").append(Html.escape(args)).append("\n<b>答复</b>（置信度：")
                .append(confidence(a.confidence())).append("）\n");
        if (a.answered() && !a.hits().isEmpty()) {
            html.append(Html.escape(a.answer().isBlank() ? a.best().clause().text() : a.answer()))
                    .append("\n📄 <i>").append(Html.escape(a.best().clause().citation())).append("</i>");
        } else {
            html.append("未找到匹配的条款。");
        }
        a.notes().forEach(n -> html.append("\nℹ️ ").append(Html.escape(n)));
        html.append("\n\n<b>排序依据</b>\n<pre>").append(Html.escape(chinese(answerer.explain(args)))).append("</pre>");
        return List.of(Reply.html(html.toString()));
    }

    static String confidence(Answer.Confidence c) {
        return switch (c) {
            case HIGH -> "高";
            case LOW -> "低";
            case NONE -> "无";
        };
    }

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("AMOUNT", "金额"), Map.entry("PERSON", "单位或人员"),
            Map.entry("TIME", "时间"), Map.entry("COUNT", "数量"), Map.entry("YES_NO", "是否"), Map.entry("LIST", "列表"),
            Map.entry("DOCUMENT_FACT", "文件信息"), Map.entry("GENERAL", "一般"), Map.entry("DOC_NO", "文号"), Map.entry("ISSUER", "发文机关"),
            Map.entry("ADDRESSEE", "主送"), Map.entry("DATE", "日期"), Map.entry("PERIOD", "执行期"), Map.entry("BASIS", "依据"),
            Map.entry("ATTACHMENTS", "附件"), Map.entry("TITLE", "标题"), Map.entry("high", "高"), Map.entry("low", "低"), Map.entry("none", "无"));
    private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", WORDS.keySet()) + ")\\b");

    /** The explanation with its enum and decision words in Chinese (clause ids stay as they are). */
    static String chinese(String explain) {
        Matcher m = WORD.matcher(explain);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, WORDS.get(m.group(1)));
        }
        return m.appendTail(b).toString();
    }

    private static String reasons(Map<String, Integer> r) {
        List<String> parts = new ArrayList<>();
        r.forEach((k, v) -> parts.add(k + " " + v));
        return String.join("｜", parts);
    }

    private String when(String instant) {
        try {
            return WHEN.format(Instant.parse(instant).atZone(zone));
        } catch (RuntimeException e) {
            return instant;
        }
    }
}
