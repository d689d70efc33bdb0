package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A draft published for comment (fictional fixture): quoted, but never as if it were in force. */
class DraftDocumentTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/draft-regulation.txt");
    }

    @Test
    void anAnswerFromADraftSaysItIsADraftNotInForce() {
        Answer a = answerer.ask("测试市企业接收岗位实习学生每月补多少", 3);
        assertTrue(a.answered() && a.answer().contains("550元"), a.toString());
        assertTrue(a.notes().contains("该文件为征求意见稿，尚未正式印发施行，内容以正式印发的文件为准。"), a.notes().toString());
        assertEquals("upcoming", answerer.profile(a.best().clause().document().id()).orElseThrow()
                .validity(java.time.LocalDate.of(2026, 12, 2)).json());
    }

    @Test
    void askingWhetherADraftIsInForceIsAnsweredThatItIsNot() {
        Answer a = answerer.ask("测试市这个产教融合促进办法已经生效了吗", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("为征求意见稿，尚未正式印发施行") && a.answer().contains("有效期5年"), a.answer());
    }

    @Test
    void theNumberOfADocumentItRepealsIsAnsweredFromTheClauseNotWithItsOwnNumber() {
        Answer a = answerer.ask("测试市这个办法施行后要废止哪个文件？文号多少？", 3);
        assertEquals(Answer.Type.CLAUSE, a.type(), a.toString());
        assertTrue(a.answer().contains("测教发〔2021〕15号"), a.answer());
    }
}
