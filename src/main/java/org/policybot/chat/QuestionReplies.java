package org.policybot.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.QuestionAnswerer;
import org.policybot.search.QuestionLog;

/**
 * Questions in chat: limited per user, answered with the user's remembered region and previous
 * question as context (follow-ups), shown with their confidence, citation and notes; list answers
 * and long clauses (查看原文) paged; example questions to press; /region to see, set or clear the
 * remembered region.
 */
final class QuestionReplies {
    /** Example questions shown in /help and after a miss; pressing one asks it. */
    static final List<String> EXAMPLES = List.of(
            "我们是市级产教融合型企业，能拿多少补助？",
            "教育费附加可以抵免多少？",
            "产教融合创新研究平台的建设用地怎么管理？",
            "重大产教融合招商项目有哪些政策倾斜？");
    /** Callback prefix of an example question button: {@code q:INDEX}. */
    static final String EXAMPLE_PREFIX = "q";
    static final int QUESTIONS_PER_MINUTE = 20;

    private final QuestionAnswerer plain;
    private final PolicyAnswerer answerer;
    private final QuestionLog log;
    private final ClauseKeys clauseKeys;
    private final ClauseLookup lookup;
    private final ChatMemory memory;
    private final FloodGate flood;
    private final Pages pages = new Pages();
    /** 有用/没用 and 提醒我 under answers, when their handlers are registered (set by the router). */
    private AnswerButtons buttons = AnswerButtons.NONE;

    /**
     * @param answerer the contextual pipeline, or null to answer with {@code plain} alone (tests of the router)
     * @param flood    at most {@link #QUESTIONS_PER_MINUTE} questions a minute per user
     */
    QuestionReplies(QuestionAnswerer plain, PolicyAnswerer answerer, QuestionLog log, ClauseKeys clauseKeys, ClauseLookup lookup,
                    ChatMemory memory, FloodGate flood) {
        this.plain = plain;
        this.answerer = answerer;
        this.log = log;
        this.clauseKeys = clauseKeys;
        this.lookup = lookup;
        this.memory = memory;
        this.flood = flood;
    }

    /** A question typed or pressed: refused politely (then silently) past the per-user limit, otherwise answered. */
    List<Reply> ask(Inbound in, String question) {
        switch (flood.check(in.userId())) {
            case WARN:
                return List.of(Reply.html("您提问太频繁了（每分钟最多 " + QUESTIONS_PER_MINUTE + " 个），请稍候一分钟再问。"));
            case SILENT:
                return List.of();
            default:
                break;
        }
        return answer(in, question);
    }

    /** Handles an example question button: {@code INDEX} into {@link #EXAMPLES}. */
    List<Reply> example(Inbound in, String payload) {
        try {
            int i = Integer.parseInt(payload);
            if (i >= 0 && i < EXAMPLES.size()) {
                return ask(in, EXAMPLES.get(i));
            }
        } catch (NumberFormatException e) {
            // fall through: a stale or forged button
        }
        return List.of(Reply.html("这个按钮已失效，请直接发送问题。"));
    }

    private List<Reply> answer(Inbound in, String question) {
        Answer a;
        if (answerer != null) {
            Optional<Region> region = memory.region(in.userId()).flatMap(n -> answerer.regions().resolve(n));
            PolicyAnswerer.Result r = answerer.answer(question, 5,
                    new PolicyAnswerer.Context(region, memory.previousQuestion(in.userId())));
            a = r.answer();
            if (!a.onlyAsks()) {
                memory.rememberQuestion(in.userId(), r.asked());
            }
            if (r.named().size() == 1) {
                memory.setRegion(in.userId(), r.named().get(0).name(), "question");
            }
        } else {
            a = plain.ask(question, 5);
        }
        long id = log.record("chat:" + in.userId(), a);
        return List.of(buttons.decorate(render(a), a, id));
    }

    void answerButtons(AnswerButtons b) {
        this.buttons = b;
    }

    private Reply render(Answer a) {
        if (!a.answered() || a.hits().isEmpty() && a.type() != Answer.Type.DOCUMENT_FACT) {
            return a.notes().isEmpty() ? notFound(a) : notes(a);
        }
        StringBuilder html = new StringBuilder();
        List<String> after = new ArrayList<>();
        for (String n : a.notes()) {
            if (n.startsWith("最接近的条款")) {
                html.append("<b>").append(Html.escape(n.replaceAll("[：:]$", ""))).append("</b>\n");
            } else {
                after.add(n);
            }
        }
        List<List<Button>> kb = new ArrayList<>();
        if (a.type() == Answer.Type.LIST) {
            List<String> lines = List.of(a.answer().split("\n"));
            String intro = lines.get(0);
            List<String> items = lines.subList(1, lines.size());
            html.append(Html.escape(intro));
            List<String> first = items.subList(0, Math.min(Pages.LINES_PER_PAGE, items.size()));
            first.forEach(l -> html.append('\n').append(Html.escape(l)));
            html.append("\n\n📄 <i>").append(Html.escape(a.best().clause().document().citation())).append("</i>");
            if (items.size() > Pages.LINES_PER_PAGE) {
                String key = pages.keep(items);
                kb.add(List.of(new Button("下一页（2/" + pages.pages(key) + "）", Pages.PREFIX + ":" + key + ":1")));
            }
        } else {
            Clause best = a.best().clause();
            html.append(Html.escape(a.answer().isBlank() ? best.text() : a.answer()));
            html.append("\n\n📄 <i>").append(Html.escape(best.citation())).append("</i>");
            if (a.type() == Answer.Type.CLAUSE || a.type() == Answer.Type.CLARIFY) {
                kb.add(List.of(new Button("查看原文", clauseKeys.callbackData(best))));
                for (Clause c : related(a, best)) {
                    kb.add(List.of(new Button("相关：" + shortLabel(c), clauseKeys.callbackData(c))));
                }
            }
        }
        for (String n : after) {
            html.append("\n\nℹ️ ").append(Html.escape(n));
        }
        return Reply.html(html.toString(), kb);
    }

    /** Handles 下一页 presses: {@code key:page}. */
    List<Reply> page(String payload) {
        String[] p = payload.split(":");
        try {
            int page = Integer.parseInt(p[1]);
            Optional<List<String>> lines = pages.page(p[0], page);
            if (lines.isEmpty()) {
                return List.of(Reply.html("这个列表已过期，请重新提问。"));
            }
            StringBuilder html = new StringBuilder("（第" + (page + 1) + "/" + pages.pages(p[0]) + "页）");
            lines.get().forEach(l -> html.append('\n').append(Html.escape(l)));
            List<List<Button>> kb = new ArrayList<>();
            if (page + 1 < pages.pages(p[0])) {
                kb.add(List.of(new Button("下一页（" + (page + 2) + "/" + pages.pages(p[0]) + "）", Pages.PREFIX + ":" + p[0] + ":" + (page + 1))));
            }
            return List.of(Reply.html(html.toString(), kb));
        } catch (RuntimeException e) {
            return List.of(Reply.html("这个按钮已失效，请重新提问。"));
        }
    }

    /** Characters of clause text a message carries; three make one 查看原文 page. */
    static final int CHUNK = 3000;
    static final int CHUNKS_PER_PAGE = 3;

    /** Handles 查看原文 and 相关 presses: the clause behind a {@link ClauseKeys} key, if it still exists. */
    List<Reply> showClause(String key) {
        Optional<Clause> c = clauseKeys.resolve(key);
        if (c.isEmpty()) {
            return List.of(Reply.html("该条款已更新或按钮已过期，请重新提问。"));
        }
        return showClause(c.get(), lookup.parts(c.get()));
    }

    /**
     * 查看原文: the clause with its citation, headings and parts, at most three messages; a longer
     * clause continues behind a 下一页 button instead of flooding the chat.
     */
    private List<Reply> showClause(Clause clause, List<Clause> parts) {
        StringBuilder head = new StringBuilder("<b>").append(Html.escape(clause.citation())).append("</b>");
        if (!clause.breadcrumb().isEmpty()) {
            head.append("\n<i>").append(Html.escape(String.join(" › ", clause.breadcrumb()))).append("</i>");
        }
        StringBuilder text = new StringBuilder(clause.text().strip());
        parts.forEach(p -> text.append('\n').append(p.text().strip())); // an article with its items, as it stands
        List<String> chunks = chunks(text.toString());
        List<Reply> out = new ArrayList<>();
        for (int i = 0; i < Math.min(CHUNKS_PER_PAGE, chunks.size()); i++) {
            out.add(Reply.html((i == 0 ? head + "\n\n" : "") + Html.escape(chunks.get(i))));
        }
        if (chunks.size() > CHUNKS_PER_PAGE) {
            String key = pages.keep(chunks, CHUNKS_PER_PAGE);
            Reply last = out.remove(out.size() - 1);
            out.add(Reply.html(last.html(), List.of(List.of(new Button("下一页（2/" + pages.pages(key) + "）", Pages.PREFIX + ":" + key + ":1")))));
        }
        return out;
    }

    /** {@code text} cut at sentence ends into pieces of at most {@link #CHUNK} characters. */
    static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int l = 0; l < lines.length; l++) {
            List<String> ss = new ArrayList<>(org.policybot.search.AnswerExtractor.split(lines[l]));
            if (l < lines.length - 1 && !ss.isEmpty()) {
                ss.set(ss.size() - 1, ss.get(ss.size() - 1) + "\n"); // an item stays on a line of its own
            }
            pieces.addAll(ss);
        }
        for (String s : pieces) {
            while (s.length() > CHUNK) { // one endless "sentence": cut it hard
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(s.substring(0, CHUNK));
                s = s.substring(CHUNK);
            }
            if (cur.length() + s.length() > CHUNK) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(s);
        }
        if (cur.length() > 0 || out.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    /** /region: show; /region 温州市: set; /region 清除: forget. */
    List<Reply> region(Inbound in, String args) {
        if (answerer == null) {
            return List.of(Reply.html("暂不支持按地区回答。"));
        }
        String arg = args.strip();
        if (arg.isEmpty()) {
            return List.of(Reply.html(memory.region(in.userId())
                    .map(r -> "当前按 <b>" + Html.escape(r) + "</b> 的政策回答。发送 /region 地区名 可更改，/region 清除 可取消。")
                    .orElse("尚未设置地区：回答会引用所有地区的文件，并注明各条属于哪个地区。发送 /region 地区名（如 /region 温州市）可只看本地政策。")));
        }
        if (arg.matches("清除|取消|删除|全部|不限")) {
            memory.clearRegion(in.userId());
            return List.of(Reply.html("已取消地区设置：回答会引用所有地区的文件。"));
        }
        Optional<Region> r = answerer.regions().resolve(arg);
        if (r.isEmpty()) {
            return List.of(Reply.html("没有找到“" + Html.escape(arg) + "”这个地区，请写省、市或区县的名称，如 温州市、鹿城区、福建省。"));
        }
        memory.setRegion(in.userId(), r.get().name(), "/region");
        return List.of(Reply.html("好的，之后按 <b>" + Html.escape(r.get().name()) + "</b> 的政策回答（含上级地区的文件）。"));
    }

    /** Remembers the region picked in /check (by name). */
    void regionFromCheck(long userId, String regionName) {
        if (answerer != null) {
            answerer.regions().resolve(regionName).ifPresent(r -> memory.setRegion(userId, r.name(), "/check"));
        }
    }

    private Reply notes(Answer a) {
        StringBuilder html = new StringBuilder();
        for (String n : a.notes()) {
            html.append(html.length() == 0 ? "" : "\n\n").append(Html.escape(n));
        }
        return Reply.html(html.toString());
    }

    private static List<Clause> related(Answer a, Clause best) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(best.id());
        List<Clause> out = new ArrayList<>();
        for (Hit h : a.hits()) {
            if (out.size() < 3 && seen.add(h.clause().id())) {
                out.add(h.clause());
            }
        }
        return out;
    }

    /** A button label: the clause path plus the start of its text, kept short for phone screens. */
    static String shortLabel(Clause c) {
        String body = c.isTableRow()
                ? c.columns().values().stream().max((x, y) -> x.length() - y.length()).orElse(c.text())
                : c.text();
        body = body.replaceAll("\\s+", "");
        String snippet = body.codePointCount(0, body.length()) > 14 ? body.substring(0, body.offsetByCodePoints(0, 14)) + "…" : body;
        return c.pathLabel() + " " + snippet;
    }

    private Reply notFound(Answer a) {
        StringBuilder html = new StringBuilder("未找到匹配的条款。\n\n可以试试：\n"
                + "• 换用政策原文中的说法，如“补助”“抵免”“用地”“信贷”\n"
                + "• 说明企业的认定等级（市级/省级/国家级产教融合型企业）\n"
                + "• 发送 /check 做一次政策自查");
        List<List<Button>> kb = new ArrayList<>();
        if (!a.hits().isEmpty()) {
            html.append("\n\n可能相关的条款：");
            for (Hit h : a.hits().subList(0, Math.min(3, a.hits().size()))) {
                kb.add(List.of(new Button(shortLabel(h.clause()), clauseKeys.callbackData(h.clause()))));
            }
        } else {
            html.append("\n\n或者点下面的示例问题：");
            for (int i = 0; i < 2; i++) {
                kb.add(List.of(new Button(EXAMPLES.get(i), EXAMPLE_PREFIX + ":" + i)));
            }
        }
        return Reply.html(html.toString(), kb);
    }
}
