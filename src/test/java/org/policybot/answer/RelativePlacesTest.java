package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.Answer;

/** "市里那个实施意见", "省里有没有": the level above the place the chat remembers, by its name. */
class RelativePlacesTest {
    private static PolicyAnswerer answerer;
    private static final Regions REGIONS = Regions.load();

    @BeforeAll
    static void load() throws IOException {
        // 丰泽区's plan is shipped; 泉州市's 实施意见 is a fictional fixture of the evaluation.
        answerer = FixtureAnswerer.with("src/test/resources/eval/docs/quanzhou-shishi-yijian.html");
    }

    private static Region region(String name) {
        return REGIONS.resolve(name).orElseThrow();
    }

    @Test
    void theCityOfTheRememberedDistrictAnswersForShi() {
        PolicyAnswerer.Context fengze = new PolicyAnswerer.Context(Optional.of(region("丰泽区")), null);
        Answer city = answerer.answer("市里那个实施意见的文号是多少", 3, fengze).answer();
        assertTrue(city.answer().contains("泉政办〔2025〕12号"), city.answer());
        Answer district = answerer.answer("区里那个工作方案的文号是多少", 3, fengze).answer();
        assertTrue(district.answered() && !district.answer().contains("泉政办〔2025〕12号"), district.answer());
    }

    @Test
    void aRelativePlaceIsNamedOnlyWithARegionKnownAndNotInsideAName() {
        assertEquals("泉州市里有什么补贴", RelativePlaces.named("泉州市里有什么补贴", Optional.of(region("丰泽区")), REGIONS));
        assertEquals("省里有什么补贴", RelativePlaces.named("省里有什么补贴", Optional.empty(), REGIONS));
        assertEquals("福建省有什么补贴", RelativePlaces.named("省里有什么补贴", Optional.of(region("丰泽区")), REGIONS));
        assertEquals("西藏自治区那个实施意见的文号呢", RelativePlaces.named("自治区那个实施意见的文号呢", Optional.of(region("曲水县")), REGIONS));
        assertEquals("认定成自治区级", RelativePlaces.named("认定成自治区级", Optional.of(region("曲水县")), REGIONS));
        assertEquals("上海市有什么补贴", RelativePlaces.named("市里有什么补贴", Optional.of(region("嘉定区")), REGIONS));
    }

    @Test
    void aPlaceNameSeveralDistrictsShareIsAskedAboutNotAnsweredFromEveryDocument() {
        Answer a = answerer.ask("昌邑有家企业接收职业院校学生实习，每人每月补多少", 5);
        assertEquals(Answer.Type.CLARIFY, a.type(), a.answer());
        assertTrue(a.notes().get(0).contains("山东省潍坊市昌邑市") && a.notes().get(0).contains("吉林省吉林市昌邑区"), a.notes().toString());
    }

    @Test
    void aSharedPlaceNameIsReadAsTheOnlyOneOfItsPlacesThatHasDocuments() throws IOException {
        // 潍坊's 规划 is a fictional fixture; no document of 吉林市 is loaded, so 昌邑 can only be 潍坊's 昌邑市.
        PolicyAnswerer weifang = FixtureAnswerer.with("src/test/resources/eval/fresh11/weifang-jiaoyu-guihua.docx");
        Answer a = weifang.ask("昌邑有家纺织企业接收职校学生岗位实习，市里每人每月补企业多少", 5);
        assertTrue(a.answered() && a.answer().contains("每人每月400元"), a.answer());
        assertTrue(a.notes().get(0).contains("山东省潍坊市昌邑市"), a.notes().toString());
    }

    @Test
    void aSharedPlaceNameIsReadAsTheOneWithDocumentsOfItsOwnOverOneCoveredOnlyByItsProvince() throws IOException {
        // Fictional fixtures: 梨树县 (四平) has its own 汇编; 鸡西's 梨树区 is covered only by 黑龙江's 评价办法.
        PolicyAnswerer both = FixtureAnswerer.with("src/test/resources/eval/fresh27/lishu-zhengce-huibian.docx",
                "src/test/resources/eval/fresh20/heilongjiang-pingjia-banfa.html");
        Answer a = both.ask("梨树校企合作奖励办法有效期几年", 5);
        assertTrue(a.answered() && a.answer().contains("有效期3年"), a.toString());
        assertTrue(a.notes().get(0).contains("吉林省四平市梨树县"), a.notes().toString());
    }
}
