package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A form annexed to a notice answers only questions about the form; a plan's validity is read before its long annex table. */
class NoticeFormsAndValidityTest {
    @Test
    void aSignedFormRepeatingTheNoticesWordsIsNotTheAnswer() throws IOException {
        PolicyAnswerer notice = FixtureAnswerer.with("src/test/resources/fixtures/formats/ocr-notice.txt");
        // The 承诺书 says 补助资金…专款专用 too; the notice's own requirement answers.
        Answer use = notice.ask("测试市校企合作项目的补助资金拿到以后有什么要求", 5);
        assertEquals("ocr-notice/四/¶1", use.best().clause().id(), use.toString());
        // Asked about the form itself, the form answers.
        Answer form = notice.ask("测试市申报承诺书要承诺什么", 5);
        assertEquals("ocr-notice/附件/¶1", form.best().clause().id(), form.toString());
    }

    @Test
    void aPlansValidityIsFoundBeforeItsLongTaskTableAndItsNumberInATextBox() throws IOException {
        // Fictional fixture of the tenth eval round (dev): 45 table rows follow the sentence on validity.
        PolicyAnswerer plan = FixtureAnswerer.with("src/test/resources/eval/fresh9/changde-shishi-fangan.docx");
        Answer until = plan.ask("常德深化产教融合实施方案有效期到什么时候", 5);
        assertTrue(until.answer().contains("2028年12月31日"), until.answer());
        Answer number = plan.ask("常德深化产教融合实施方案的文号是多少", 5);
        assertTrue(number.answer().contains("常政办发〔2026〕6号"), number.answer());
    }
}
