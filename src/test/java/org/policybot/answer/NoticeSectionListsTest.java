package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A list asked by its section's name, said apart as users say it: "申报…要准备哪些材料" is 四、申报材料. */
class NoticeSectionListsTest {
    @Test
    void materialsAskedWithTheHeadingsWordsApartListEveryItemOfThatSection() throws IOException {
        Answer a = FixtureAnswerer.with("src/test/resources/fixtures/spoken-time-notice.txt").ask("测试市申报产教融合项目要准备哪些材料", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().contains("营业执照复印件") && a.answer().contains("完税证明") && a.answer().contains("申报书"), a.answer());
    }

    @Test
    void aHeadingIsNamedByItsWordsInOrderOnly() {
        assertTrue(SectionLists.namesHeading("申报产教融合项目要准备哪些材料", "申报材料"));
        assertTrue(SectionLists.namesHeading("保障措施有哪些", "保障措施"));
        assertTrue(!SectionLists.namesHeading("材料什么时候申报", "申报材料"));
    }

    @Test
    void aHeadingIsNamedByItsWordsWithoutTheOnesFramingIt() {
        assertTrue(SectionLists.namesHeading("起草说明里专门说明了哪几个问题", "需要说明的几个问题"));
        assertTrue(!SectionLists.namesHeading("这个问题需要怎么说明", "需要说明的几个问题"));
    }
}
