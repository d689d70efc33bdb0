package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 自评报告 whose 存在的问题 only say which indicators fell short and whose table gives why (fictional fixture
 * shortfall-review.html): "为啥没达标" is answered by the row's 偏差原因.
 */
class ShortfallReasonsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/shortfall-review.html");
    }

    @Test
    void whyAnIndicatorFellShortIsItsRowsCause() {
        Answer a = answerer.ask("测试县合作企业接收实习学生为啥没达标", 3);
        assertEquals("shortfall-review/一/T1.1", a.hits().get(0).clause().id(), a.answer());
        assertTrue(a.answer().contains("部分合作企业订单减少，实习岗位压缩"), a.answer());
    }

    @Test
    void whySatisfactionFellShortIsItsRowsCause() {
        Answer a = answerer.ask("测试县企业满意度为什么没达到", 3);
        assertTrue(a.answer().contains("实训室开放时间不足"), a.answer());
    }
}
