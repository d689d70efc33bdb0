package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A blank form annexed to a notice (a 参会回执 to fill in) is answered by its fields (fictional fixture). */
class BlankFormFieldsTest {
    @Test
    void whatAReplyFormAsksForIsItsHeaderOverTheEmptyRows() throws IOException {
        Answer a = FixtureAnswerer.with("src/test/resources/fixtures/meeting-reply-form.html").ask("测试市推进会回执要填哪些内容", 5);
        assertEquals("meeting-reply-form/附件/¶1", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("单位名称、参会人姓名、职务、手机号码、备注"), a.answer());
    }
}
