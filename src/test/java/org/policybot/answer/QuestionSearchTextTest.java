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

    @Test
    void aSpokenLevelIsSearchedAsTheDocumentsLevel() {
        // 市里 is in almost no clause: searched as typed it would weigh most and match nothing.
        assertTrue(reader.read("设备要投300万，市里能补多少？").searchText().contains("市级能补多少"));
        assertTrue(reader.read("县里财政要出多少比例").searchText().contains("县级财政"));
        assertTrue(reader.read("省里和市里的钱都能申请吗").searchText().contains("省级和市级"));
        assertTrue(reader.read("城市里的企业能报吗").searchText().contains("城市里"), "城市里 is no level");
    }

    @Test
    void aTopicSaidAsItsAreaIsSearchedAsTheTopic() {
        // "资金方面的问题" and "实习补贴这块" are about 资金 and 实习补贴: 方面 and 问题 would weigh most and match nothing.
        String funds = reader.read("资金方面的问题找谁").searchText();
        assertTrue(funds.contains("资金") && !funds.contains("方面") && !funds.contains("问题"), funds);
        String block = reader.read("实习补贴这块问谁").searchText();
        assertTrue(block.contains("实习补贴") && !block.contains("这块"), block);
        assertTrue(reader.read("专班会上说存在啥问题").searchText().contains("问题"), "a problem asked about stays");
    }

    @Test
    void gettingRatedAsALevelIsNotAStockListing() {
        // 认定上市级: 上 completes 认定; read with the level after it, it would be 上市 (a listing).
        String rated = reader.read("今年要是认定上市级产教融合型企业 市里给多少").searchText();
        assertTrue(!rated.contains("上市") && rated.contains("市级产教融合型企业"), rated);
        assertTrue(reader.read("企业上市融资有奖励吗").searchText().contains("上市"), "a listing stays");
    }

    @Test
    void oneClassOrOneStudentIsSearchedAsTheDocumentsEachClassOrEachStudent() {
        // "一个订单班最少多少学生": the documents write 每班学生不少于20人, 每生每学年1800元
        assertTrue(reader.read("一个订单班最少多少学生").searchText().startsWith("每班 订单班"), reader.read("一个订单班最少多少学生").searchText());
        assertTrue(reader.read("企业一个学生一年能拿多少补助").searchText().contains("每生 学生"));
        assertTrue(!reader.read("第一个班什么时候开").searchText().contains("每班"), "第一个 is no unit");
        assertTrue(!reader.read("同一个班组能报几次").searchText().contains("每班"), "a 班组 is no class");
    }
}
