package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;

/**
 * A contact given as field lines under one heading ("1．采购人信息": 名称：…, 地址：…, 联系人：…, 联系电话：…),
 * or as a run of them after the text of a section (报告联系人：…, 联系电话：…, 电子邮箱：…):
 * asked whom to contact, the lines together answer, not the one line that matched best (联系电话 without
 * the person, or the person without the number).
 */
final class FieldBlock {
    /** One field: a short label, "：", a value, nothing else. */
    private static final Pattern FIELD = Pattern.compile("[\\p{IsHan}\\s\u3000]{1,10}[：:][^。；;]{1,60}");
    /** A block longer than this is a form, not one party's contact. */
    private static final int MAX_LINES = 6;

    private FieldBlock() {
    }

    /** The lines of {@code best}'s block, one per line, when {@code q} asks a person or a contact and {@code best} is one of them. */
    static Optional<String> of(ReadQuestion q, Clause best, Library lib) {
        boolean contactAsked = q.kind() == QuestionKind.PERSON || Contacts.askedBy(q.text()).isPresent()
                || QuestionReader.PERSON_TO_CONTACT.matcher(q.text()).find();
        if (!contactAsked || best.isTableRow() || best.breadcrumb().isEmpty() || !FIELD.matcher(best.text().strip()).matches()) {
            return Optional.empty();
        }
        List<Clause> under = lib.siblings(best).stream().filter(c -> !c.isTableRow() && c.breadcrumb().equals(best.breadcrumb())).toList();
        // the run of field lines around the best one: a sentence before them ("本报告由…编制") is no field of the contact
        int at = under.indexOf(best);
        if (at < 0) {
            return Optional.empty();
        }
        int from = at;
        int to = at + 1;
        while (from > 0 && FIELD.matcher(under.get(from - 1).text().strip()).matches()) {
            from--;
        }
        while (to < under.size() && FIELD.matcher(under.get(to).text().strip()).matches()) {
            to++;
        }
        List<Clause> block = under.subList(from, to);
        if (block.size() < 2 || block.size() > MAX_LINES || block.stream().noneMatch(c -> Contacts.PHONE.givenBy(c.text()))) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", block.stream().map(c -> c.text().strip()).toList()));
    }
}
