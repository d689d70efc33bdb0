package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policybot.region.Regions;

/** How a question's words are turned into the words the documents use before searching. */
class QuestionSearchTextTest {
    private final QuestionReader reader = new QuestionReader(Regions.load());

    @Test
    void aUsersYearIsSearchedAsTheDocumentsEveryYear() {
        // "一年补多少" is per year (每年); 满一年 and 一年以上 are durations and stay.
        assertTrue(reader.read("临朐县聘企业师傅当产业导师，一年补多少？").searchText().contains("每年补多少"));
        assertTrue(reader.read("企业一年最多能拿多少").searchText().contains("每年最多"));
        assertTrue(reader.read("实训基地要投入使用满一年才能报吗").searchText().contains("满一年"));
        assertTrue(reader.read("签订一年以上劳动合同有补贴吗").searchText().contains("一年以上"));
    }
}
