package org.policybot.answer;

import java.util.regex.Pattern;

/**
 * "材料交给谁", "先交到哪", "报给哪个部门": users ask where their application goes in words no clause
 * uses (交给, 交到); the clauses say 向…提交, 报送, 受理. Such a question is searched with those words
 * too, and among close clauses the one saying where the material is handed in answers.
 */
final class Submission {
    private static final Pattern ASKED = Pattern.compile(
            "(交|报|送|递)(给|到|去)(谁|哪)|向(谁|哪)[^，,。？?]{0,6}(交|报|提交|申报|报送)|(先|材料|申请|申报)[^，,。？?]{0,4}交给|找谁交");
    /** A clause saying where applications are handed in and who takes them. */
    private static final Pattern GIVEN = Pattern.compile("提交|报送|递交|受理|交至|报至|初审|申报至|报送至");

    private Submission() {
    }

    static boolean asked(String question) {
        return ASKED.matcher(question).find();
    }

    static boolean givenBy(String text) {
        return GIVEN.matcher(text).find();
    }

    /** {@code q} searched with the documents' words for handing an application in, when it asks in its own. */
    static ReadQuestion expanded(ReadQuestion q) {
        if (!asked(q.text()) || q.searchText().contains("提交")) {
            return q;
        }
        return q.searchedAs(q.searchText() + " 提交 报送");
    }
}
