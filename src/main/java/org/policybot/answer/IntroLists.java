package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/** Questions answered by a clause that introduces a list and the items that follow it (申报材料, 条件, 情形). */
final class IntroLists {
    /** Asks for each of several items: 分别, 各自, 各档. */
    private static final java.util.regex.Pattern EACH = java.util.regex.Pattern.compile("分别|各自|各档|各等|各级|各个|各类");

    private IntroLists() {
    }

    /** An item of a list as its text starts: （三）, (3), 3. or 3、. */
    static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("^\\s*([（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、])");
    /** A lead that lists what the items are: 有下列情形之一的，不得…：, 应当具备以下条件：. */
    private static final java.util.regex.Pattern LISTING_LEAD = java.util.regex.Pattern.compile("(下列|以下|如下)[^。；]*[：:]\\s*$");
    /** An item this short says nothing alone. */
    private static final int SHORT_ITEM = 60;

    /**
     * "（一）受过刑事处罚的；" quoted alone does not say what follows from it: the lead of its list ("有下列情形之一的，
     * 不得选聘为产业导师："), a clause of its own, goes before it.
     */
    static String withIntro(Clause best, String text, Library lib) {
        if (best.isTableRow() || text.length() > SHORT_ITEM || !ITEM.matcher(text).find()) {
            return text;
        }
        Optional<Clause> intro = lib.introOf(best);
        if (intro.isEmpty() || !LISTING_LEAD.matcher(intro.get().text()).find() || text.contains(intro.get().text().strip())) {
            return text;
        }
        return intro.get().text().strip() + text.strip();
    }

    /** An item as one line: a table's row by its number (T1.2 is the second row of a document's first table) and cells. */
    static String line(Clause c) {
        return c.isTableRow() ? c.path().get(c.path().size() - 1).replaceFirst("^T\\d+\\.", "") + ". " + c.text().strip().replaceAll("\\s*\\n\\s*", "；") : c.text().strip();
    }

    /**
     * "应提交以下材料：" is answered by the numbered items that follow it: the best hit when it is such
     * an intro, or, for a question asking for a list or an attribute (哪些材料, 什么条件), the intro
     * whose items cover the question better than any single clause does.
     */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Retrieval r, Set<String> scope, PolicyAnswerer.Calibration calibration) {
        Clause best = r.hits().get(0).clause();
        if (EACH.matcher(q.text()).find()) {
            // "一二三等奖分别奖多少": every item of the list answers, not the one that matched best.
            Optional<Clause> intro = lib.introOf(best);
            if (intro.isPresent()) {
                best = intro.get();
                r = new Retrieval(List.of(new Hit(best, 1, r.bestCoverage())), r.scorer());
            }
        }
        List<Clause> items = lib.itemsAfter(best);
        if (items.isEmpty() || !best.text().strip().matches("(?s).*[：:]$")) {
            String focus = QuestionReader.focus(q.text());
            if (q.kind() != QuestionKind.LIST && focus.isEmpty()) {
                return Optional.empty();
            }
            Library.Intro found = null;
            Optional<Clause> introOfBest = lib.introOf(best);
            if (introOfBest.isPresent() && !focus.isEmpty() && introOfBest.get().text().contains(focus)) {
                // "要交哪些材料" where a row of the 材料 table ranks first (材料名称：申报书): the table is the
                // answer, introduced by "应当提交以下材料：", not the one row that happened to match best.
                List<Clause> rows = lib.itemsAfter(introOfBest.get());
                found = new Library.Intro(introOfBest.get(), rows, "");
            }
            // The attribute asked (材料 in 要交哪些材料) decides when the best clause does not name it:
            // the list introduced by "…下列材料：" answers, if it is about the question at all.
            boolean bestNamesFocus = !focus.isEmpty() && best.text().contains(focus);
            double foundCov = found != null || focus.isEmpty() || bestNamesFocus ? r.bestCoverage() : calibration.low();
            // Only intros naming the attribute and covering the question at all can be it: the index finds
            // those, and only those are read, not every clause in scope.
            for (Library.Intro in : found != null ? List.<Library.Intro>of()
                    : lib.intros(scope, focus.isEmpty() ? List.of() : List.of(focus), foundCov > 0 ? r.scorer() : null)) {
                double cov = r.scorer().coverage(Retrieval.normalize(in.text()));
                if ((focus.isEmpty() || in.clause().text().contains(focus)) && cov > foundCov) {
                    found = in;
                    foundCov = cov;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            if (!found.clause().document().id().equals(best.document().id()) && foundCov < r.bestCoverage()) {
                // "订单班要满足啥条件" where the best clause states them in its own words (…达到70%以上的，给予奖励):
                // another document's "具备下列条件：" on another thing covers the question less, and is no answer.
                return Optional.empty();
            }
            best = found.clause();
            items = found.items();
            r = new Retrieval(List.of(new Hit(best, 1, foundCov)), r.scorer());
        }
        if (!items.isEmpty() && items.get(0).isTableRow() && q.kind() == QuestionKind.LIST && Categories.ASKS.matcher(q.text()).find()) {
            return Optional.empty(); // "支持哪几类项目": the table's categories summed up (Categories), not each row
        }
        StringBuilder b = new StringBuilder(best.text().strip());
        List<Hit> hits = new ArrayList<>();
        hits.add(r.hits().get(0));
        for (Clause c : items) {
            b.append('\n').append(line(c));
            hits.add(new Hit(c, 0, r.hits().get(0).coverage()));
        }
        // One clause and its parts: cited as that clause (第四条), the items as its related clauses.
        return Optional.of(Quoted.answer(q.text(), r.bestCoverage() >= calibration.high(), b.toString(), hits));
    }
}
