package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 政策解读 written as questions and answers (fictional fixture chizhou-jiedu.txt): a heading's reply over two paragraphs. */
class QaReplyTest {
    @Test
    void theHeadingsOwnQuestionIsAnsweredByItsWholeReply() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/chizhou-cuoshi.txt", "src/test/resources/fixtures/chizhou-jiedu.txt");
        Answer a = answerer.ask("池州若干措施出台的背景是什么", 3);
        assertTrue(a.answered() && a.answer().contains("问题依然存在") && a.answer().contains("起草了《若干措施》"), a.answer());
    }

    @Test
    void whenTheDepartmentsGuidesComeOutIsAClauseNotThePagesOwnDay() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/chizhou-cuoshi.txt", "src/test/resources/fixtures/chizhou-jiedu.txt");
        Answer a = answerer.ask("池州各部门的申报指南一般什么时候发出来", 3);
        assertTrue(a.answered() && a.answer().contains("受理开始前10日"), a.answer());
    }
}
