package org.policybot.answer;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note a work plan puts after a task: "（责任单位：区教委、区人力社保局，完成时限：2026年6月底前）",
 * "（牵头单位：…；配合单位：…）", or a line of its own under the task ("责任单位：区教育局（★），区人社局").
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
            + "|\\n(责任单位|责任部门|牵头单位|牵头部门|主责单位|完成时限|完成时间|时间节点)[:：][^\\n]+$");
    private static final Set<QuestionKind> WHO_OR_WHEN = EnumSet.of(QuestionKind.PERSON, QuestionKind.TIME);

    /** {@code answer} with the task note of {@code clauseText} after it, for who/when questions, when it is not already in it. */
    static String withNote(String clauseText, String answer, QuestionKind kind) {
        if (!WHO_OR_WHEN.contains(kind)) {
            return answer;
        }
        Matcher m = NOTE.matcher(clauseText);
        if (!m.find()) {
            return answer;
        }
        String note = m.group().strip();
        return answer.contains(note.replaceAll("[。；;]$", "")) ? answer : answer.strip() + note;
    }
}
