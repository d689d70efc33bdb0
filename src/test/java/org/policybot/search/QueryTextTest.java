package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void theWordsThatAskWhenOrHowLongAreNotSearchedFor() {
        // 到哪天 and 多长时间 say what kind of answer is wanted; 到哪 as a bigram matched no clause and counted as a topic.
        assertEquals("工作进展 报一次 截止到 天", QueryText.core("工作进展多长时间报一次，截止到哪天").replaceAll("\\s+", " "));
        assertEquals("整改", QueryText.core("多久整改"));
    }

    @Test
    void whichOccasionIsNoWordToMatch() {
        // "这次产教融合" would make 次产, a bigram of no term that some clause has by chance
        assertEquals("产教融合项目验收", QueryText.core("这次产教融合项目验收").strip());
        assertEquals("验收 结果", QueryText.core("本次验收的结果").replaceAll("\\s+", " ").strip());
    }
}
