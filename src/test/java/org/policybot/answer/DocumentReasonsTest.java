package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** Why a document was made and what its money is, asked of a draft with a 起草说明 (fictional fixture). */
class DocumentReasonsTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/award-draft-background.txt");
    }

    @Test
    void whyADocumentWasMadeIsAnsweredByTheProblemsItsDraftingNoteStates() {
        Answer a = answerer.ask("测试县为啥要专门出个产教融合奖补办法", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("award-draft-background/附件2/一/¶1", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("企业参与积极性不高、奖补标准分散在多个文件、资金兑现周期偏长等问题依然存在"), a.answer());
        assertTrue(a.answer().contains("为统一奖补标准"), "the purpose the problems led to: " + a.answer());
    }

    @Test
    void whatMoneyAFundIsIsAnsweredByTheArticleDefiningIt() {
        Answer a = answerer.ask("测试县说的产教融合奖补资金是什么钱", 5);
        assertEquals("award-draft-background/附件1/第二条", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("县财政预算安排"), a.answer());
    }
}
