package org.policybot.answer;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.StructureKeys;

/**
 * The note a work plan puts after a task: "（责任单位：区教委、区人力社保局，完成时限：2026年6月底前）",
 * "（牵头单位：…；配合单位：…）", a line of its own under the task ("责任单位：区教育局（★），区人社局"), or
 * the task's last sentences, as minutes write a decision ("…兑现。责任单位：市财政局★。完成时限：…。").
 * It is who and when of the whole task, so a question on who does a
 * task or by when is answered with it, whichever sentence of the task the question matched.
 */
final class TaskNotes {
    private TaskNotes() {
    }

    /** A bracketed note at the end of a clause that starts with a responsibility or deadline label. */
    private static final Pattern NOTE = Pattern.compile(
            "[（(]\\s*(责任单位|责任部门|牵头单位|牵头部门|主责单位|完成时限|完成时间|时间节点)[:：](?:[^（）()]|[（(][^（）()]*[）)])*[）)]\\s*[。；;]?\\s*$"
            // or a line of its own under the task: "责任单位：区教育局（★），区人社局"
            + "|\\n(责任单位|责任部门|牵头单位|牵头部门|主责单位|完成时限|完成时间|时间节点)[:：][^\\n]+$"
            // or the last sentences of the item, as minutes write their decisions: "…兑现。责任单位：市财政局★。完成时限：…。"
            + "|(?<=[。；;])\\s*(责任单位|责任部门|牵头单位|牵头部门|主责单位|完成时限|完成时间|时间节点|整改时限)[:：][^\\n]{1,120}$");
    private static final Set<QuestionKind> WHO_OR_WHEN = EnumSet.of(QuestionKind.PERSON, QuestionKind.TIME);

    /** {@code answer} with the task note of {@code clauseText} after it, for who/when questions, when it is not already in it. */
    static String withNote(String clauseText, String answer, QuestionKind kind) {
        if (!WHO_OR_WHEN.contains(kind)) {
            return answer;
        }
        Matcher m = NOTE.matcher(clauseText);
        // or the units without a label: "（省发展改革委、省教育厅按职责分工负责）"
        Optional<String> found = m.find() ? Optional.of(m.group().strip()) : StructureKeys.dutyNote(clauseText);
        if (found.isEmpty()) {
            return answer;
        }
        String note = found.get();
        return answer.contains(note.replaceAll("[。；;]$", "")) ? answer : answer.strip() + note;
    }

    /** Asks who leads or answers for a task: 谁牵头, 牵头部门是哪个, 责任单位是谁. */
    private static final Pattern LEAD_ASKED = Pattern.compile("牵头|主责|主要负责|带头|负责单位|责任单位|主管|主抓");

    /** Whether {@code q} asks which unit leads (or answers for) something: a lead mark or 牵头 answers it. */
    static boolean leadAsked(ReadQuestion q) {
        return q.kind() == QuestionKind.PERSON && LEAD_ASKED.matcher(q.text()).find();
    }

    /**
     * For "谁牵头" on a task whose units carry no lead mark, in a document that says its first-named
     * unit leads: {@code answer} and that unit, with the document's own note as the reason.
     */
    static String withLead(Clause best, String answer, ReadQuestion q, Library lib) {
        if (!leadAsked(q) || answer.contains("★") || answer.contains("牵头")) {
            return answer;
        }
        Optional<String> note = lib.leadByOrder(best);
        if (note.isEmpty()) {
            return answer;
        }
        return answer.strip() + "\n牵头单位：" + StructureKeys.units(best).get(0).name() + "（文件说明：" + note.get().replaceFirst("^注[：:]\\s*", "") + "）";
    }
}
