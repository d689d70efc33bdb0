package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** What askers say about themselves (fictional fixture next to the shipped plans) must not count against the clause that answers them. */
class AskerBackgroundTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/teacher-practice.txt");
    }

    @Test
    void theTradeOfTheAskersOwnBusinessIsNotLookedUpWhenNoDocumentNamesIt() {
        Answer a = answerer.ask("我们是测试市一家做陶瓷釉料和窑炉配件的公司，接收职业院校专业课教师到岗实践，能拿多少补助", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("teacher-practice/第三条", a.best().clause().id(), a.toString());
        assertEquals(Answer.Confidence.HIGH, a.confidence(), a.toString());
    }

    @Test
    void aTradeSaidAsWhatTheAskerDoesIsLeftOutToo() throws IOException {
        ReadQuestion q = new QuestionReader(org.policybot.region.Regions.load()).read("我们是做陶瓷釉料的，接收专业课教师到岗实践，能拿多少补助");
        String searched = OwnBusiness.without(q, null, FixtureAnswerer.search("src/test/resources/fixtures/teacher-practice.txt")).searchText();
        assertTrue(!searched.contains("陶瓷釉料") && searched.contains("到岗实践"), searched);
    }

    @Test
    void howLongAgoTheAskersBusinessWasRegisteredIsNoTradeAndIsSearched() throws IOException {
        // "一家刚注册一年的企业": its age, which a threshold rules (登记注册满2年), not its trade
        ReadQuestion q = new QuestionReader(org.policybot.region.Regions.load()).read("一家刚注册一年的企业能接收教师到岗实践吗");
        String searched = OwnBusiness.without(q, null, FixtureAnswerer.search("src/test/resources/fixtures/teacher-practice.txt")).searchText();
        assertTrue(searched.contains("注册"), searched);
    }
}
