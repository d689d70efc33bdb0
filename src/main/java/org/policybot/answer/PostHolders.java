package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;

/**
 * Who holds a post, as news and minutes name people once by post and name ("副市长钟雅琴出席会议") and then by
 * name alone ("钟雅琴指出…她要求"). Users ask by the post ("副市长在会上提了哪些要求"), so a question naming a
 * post is searched with the name of its one holder in the documents of its scope.
 */
final class PostHolders {
    private static final String POSTS = "副市长|市长|副区长|区长|副县长|县长|副局长|局长|副主任|主任|党委书记|书记|副处长|处长|科长|"
            + "副校长|校长|副院长|院长|董事长|总经理|副秘书长|秘书长|主席|部长|厅长|副厅长";
    /** A post and the name after it, up to what the person does or a stop: 局长曹建平通报, 董事长陆振宁、. */
    private static final Pattern HELD = Pattern.compile("(" + POSTS + ")([\\p{IsHan}]{2,3}?)"
            + "(?=出席|主持|通报|介绍|表示|指出|强调|讲话|致辞|发言|汇报|宣读|发布|作|在|分别|同志|担任|[，。、；：）\\s（(]|$)");
    /** A post as a question names it, with what comes before it (市教育局局长). */
    private static final Pattern ASKED = Pattern.compile("([\\p{IsHan}]{0,6}?)(" + POSTS + ")");
    /** Words after a post that are no name: 主持会议, 出席会议, 分管工作. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(会议|工作|单位|职务|一职|同意|负责|分管|牵头|出席|主持|讲话|致辞|参加|办公|人选|以上|助理)");

    private PostHolders() {
    }

    /** {@code q} searched with the name of the one holder, in the documents of {@code scope}, of the post it names. */
    static ReadQuestion expanded(ReadQuestion q, Library lib, Set<String> scope) {
        Matcher asked = ASKED.matcher(q.searchText());
        if (q.kind() == QuestionKind.PERSON || !asked.find()) {
            // "副市长是谁": who holds the post is what is asked; the line naming both answers it
            return q;
        }
        String post = asked.group(2);
        String before = asked.group(1);
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (String doc : scope == null ? lib.documentIds() : scope) {
            for (Held h : lib.postsHeld(doc)) {
                if (h.post().equals(post) && sameOffice(h.clause().text(), h.start(), before)) {
                    names.put(h.name(), true);
                }
            }
        }
        if (names.size() != 1) {
            return q; // none, or several 局长 of several bureaus: no one holder to search for
        }
        String name = names.keySet().iterator().next();
        // the post said once beside the name would draw to that first mention, not to what the person said
        return q.text().contains(name) ? q
                : q.searchedAs(q.searchText().substring(0, asked.start(2)) + name + q.searchText().substring(asked.end(2)));
    }

    /** A post named with its holder's name in a clause, {@code start} where the post begins. */
    record Held(String post, String name, Clause clause, int start) {
    }

    /** Every post named with its holder's name in the clauses of document {@code docId}, in order. */
    static List<Held> heldIn(Library lib, String docId) {
        List<Held> out = new ArrayList<>();
        for (Clause c : lib.clausesOf(docId)) {
            Matcher m = HELD.matcher(c.text());
            while (m.find()) {
                if (!NOT_A_NAME.matcher(m.group(2)).find()) {
                    out.add(new Held(m.group(1), m.group(2), c, m.start()));
                }
            }
        }
        return out;
    }

    /** Whether the office before a post in the text is the one the question names before it (教育局 局长), when it names one. */
    private static boolean sameOffice(String text, int postStart, String askedBefore) {
        String office = askedBefore.replaceAll("^(常务|分管|主管|这个|那个|的)", "");
        if (office.length() < 2 || !office.matches(".*(局|委|厅|办|院|校|公司|集团|政府|中心|处)$")) {
            return true; // "副市长", "常州副市长": the post alone
        }
        String tail = office.substring(office.length() - 2);
        return text.substring(Math.max(0, postStart - 8), postStart).endsWith(tail);
    }
}
