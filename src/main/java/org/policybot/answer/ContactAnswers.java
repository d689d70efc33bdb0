package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * Questions asking whom to call or where to write (电话多少, 网址, 邮箱, 财政局找哪个科室的谁): the
 * document's contact line for what is asked, when the best clause gives no contact of that kind.
 */
final class ContactAnswers {
    /** Asks for a contact person by role: 联系人是谁, 对接人是谁, 经办人叫什么. */
    private static final java.util.regex.Pattern PERSON_ASKED = java.util.regex.Pattern.compile("(联系人|对接人|经办人)(是谁|是哪位|叫什么|是哪个)");
    /** A person named with a number: 联系人：王静怡, 科，王静怡，0710-6231574, 王静怡 0710-6231574. */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
            "(联系人|经办人|对接人)[：:]\\s*\\p{IsHan}{2,3}|(^|[，,、；;\\s])\\p{IsHan}{2,3}[，,、\\s（(]*\\d{3,4}[-－—]\\d{7,8}");

    /** How many clauses deep a contact line is looked for, in the best clause's document. */
    private static final int DEPTH = 60;

    private final PolicySearch search;
    private final PolicyAnswerer.Calibration calibration;

    ContactAnswers(PolicySearch search, PolicyAnswerer.Calibration calibration) {
        this.search = search;
        this.calibration = calibration;
    }

    /**
     * The answer when the question asks a contact that {@code best} (and {@code text} picked from it)
     * does not give: the document's contact line for it, or, for a phone, web or mail address asked by
     * name, no answer; empty when the answer as found stands.
     */
    Optional<Answer> answer(ReadQuestion q, Retrieval r, Clause best, String text, Set<String> scope) {
        Optional<Contacts> contact = Contacts.askedBy(q.text());
        if (contact.isEmpty() && QuestionReader.PERSON_TO_CONTACT.matcher(q.text()).find() && !Contacts.PHONE.givenBy(best.text())) {
            // "财政局找哪个科室的谁": the document's contact line for that bureau, if it has one; else the clause as found.
            return contactLine(q, r, best, Contacts.PHONE, scope).map(h -> withLine(q, r, h));
        }
        if (contact.isEmpty() && PERSON_ASKED.matcher(q.text()).find() && Contacts.PHONE.givenBy(best.text()) && !NAMED.matcher(best.text()).find()) {
            // "市教育局那边的联系人是谁": a line giving the bureau's number names nobody; the line naming the person does
            Optional<Hit> named = contactLine(q, r, best, Contacts.PHONE, scope, c -> NAMED.matcher(c).find());
            if (named.isPresent()) {
                return Optional.of(withLine(q, r, named.get()));
            }
        }
        if (contact.isPresent() && contact.get().givenBy(best.text()) && !contact.get().givenBy(text)) {
            // "那个部门的联系人和电话呢": the clause gives them in a sentence after the one picked for the unit
            return Optional.of(Quoted.answer(q.text(), r.bestCoverage() >= calibration.high(), best.text().strip(), r.hits()));
        }
        if (contact.isPresent() && !contact.get().givenBy(best.text()) && !contact.get().givenBy(text)) {
            Optional<Hit> listed = contactLine(q, r, best, contact.get(), scope);
            if (listed.isPresent()) {
                // "平台登不上去打哪个电话": the document's contact list has a line for the platform (平台技术支持：0531-…).
                return Optional.of(withLine(q, r, listed.get()));
            }
            // "平台的网址是什么": a clause naming the platform without its address does not answer it.
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(),
                    List.of("找到的条款中没有写明" + contact.get().label() + "。"), Answer.Type.NONE));
        }
        return Optional.empty();
    }

    private Answer withLine(ReadQuestion q, Retrieval r, Hit listed) {
        Clause line = listed.clause();
        List<Hit> hits = new ArrayList<>(r.hits());
        hits.removeIf(h -> h.clause().id().equals(line.id()));
        hits.add(0, listed);
        return Quoted.answer(q.text(), listed.coverage() >= calibration.high(), line.text().strip(), hits);
    }

    private Optional<Hit> contactLine(ReadQuestion q, Retrieval r, Clause best, Contacts contact, Set<String> scope) {
        return contactLine(q, r, best, contact, scope, c -> true);
    }

    private Optional<Hit> contactLine(ReadQuestion q, Retrieval r, Clause best, Contacts contact, Set<String> scope,
            java.util.function.Predicate<String> also) {
        Retrieval wide = search.retrieve(q.searchText(), DEPTH, scope);
        String doc = best.document().id();
        java.util.function.Predicate<Hit> line = h -> contact.givenBy(h.clause().text()) && also.test(h.clause().text()) && h.coverage() > 0
                && r.scorer().score(h.clause().text().replaceAll("电话|联系方式|联系人", "")) > 0;
        Optional<Hit> own = wide.hits().stream().filter(h -> h.clause().document().id().equals(doc)).filter(line)
                .max(java.util.Comparator.comparingDouble(Hit::coverage));
        // The best clause's document gives no contact: another document of the region in scope may (a 解读's 咨询 line for its 措施).
        return own.isPresent() || scope == null ? own : wide.hits().stream().filter(line).max(java.util.Comparator.comparingDouble(Hit::coverage));
    }
}
