package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A notice handing over to an article of the rules it implements (按《规定》第十三条的顺序安排, 《规定》being the short
 * name its opening gives them) is answered with that article too, cited as the other document's. Fictional fixture
 * documents of round fresh43 (西华县): the 规定 as Word, the notice as plain text.
 */
class ArticlePointersAcrossDocumentsTest {
    private static PolicyAnswerer answerer() throws IOException {
        return FixtureAnswerer.with("src/test/resources/eval/fresh43/xihua-shijian-guiding.docx",
                "src/test/resources/eval/fresh43/xihua-xiangmu-tongzhi.txt");
    }

    @Test
    void anArticleOfTheRulesTheNoticePointsToIsQuotedWithItsItems() throws IOException {
        Answer a = answerer().ask("西华一个实践项目报名的人超过名额了 按什么顺序安排", 5);
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("按《规定》第十三条的顺序安排"), a.answer());
        assertTrue(a.answer().contains("新入职且没有企业工作经历的专业教师") && a.answer().contains("新设专业的专业教师"), a.answer());
        assertTrue(a.answer().contains("《西华县职业学校专业教师企业实践管理规定》（西教体〔2026〕9号） 第十三条"), a.answer());
        assertTrue(a.hits().stream().anyMatch(h -> h.clause().id().equals("xihua-shijian-guiding/第十三条")), a.hits().toString());
    }

    @Test
    void aPointerSpelledOutAfterAColonBringsNoArticle() throws IOException {
        Answer a = answerer().ask("西华县内项目企业实践的生活补助每天多少钱", 5);
        assertTrue(a.answered() && a.answer().contains("60元"), a.answer());
        assertFalse(a.answer().contains("第二十二条 "), a.answer());
    }
}
