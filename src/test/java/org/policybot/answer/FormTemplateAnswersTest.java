package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A blank 申报书 annexed to a notice (fictional fixture formats/form-cover.doc, a 阿克苏市 form) is a document of its
 * place, and a question naming the place the way people say it (阿克苏, the 地区 of which 阿克苏市 is the seat) is
 * answered from it.
 */
class FormTemplateAnswersTest {
    private static final String FORM = "src/test/resources/fixtures/formats/form-cover.doc";

    @Test
    void aPrefecturesBareNameIsReadAsItsSeatOfTheSameNameWhenOnlyTheSeatHasDocuments() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with(FORM);
        Answer a = FixtureAnswerer.answered(answerer, "阿克苏的产业学院申报书要交几份");
        assertEquals("form-cover/附件2/1", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("一式三份"), a.answer());
        // a place it has no document for is still said plainly
        Answer other = answerer.ask("和田的产业学院申报书要交几份", 3);
        assertFalse(other.answered(), other.toString());
    }

    @Test
    void theConditionsAskedForAreEveryRowOfTheTableWhoseColumnTheyHead() throws IOException {
        // The 自查表's rows match the question alike and name no list of their own; the enumeration of another table
        // (or a note naming 申报条件 among other words) was preferred, or only the rows sharing a word were listed.
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with(FORM), "阿克苏产业学院申报条件有哪些");
        for (String condition : new String[] {"合作协议满3年", "企业投入不低于100万元", "首届招生不少于80人"}) {
            assertTrue(a.answer().contains(condition), a.answer());
        }
        assertFalse(a.answer().contains("课程开发"), "the 经费预算表's rows are no conditions: " + a.answer());
    }

    @Test
    void aCoversMonthIsWhenTheFormWasMadeNotTheDeadlineItSets() throws IOException {
        // The cover bears 二〇二六年五月 alone on its line; the only full date, the 申报截止时间, was read as the date.
        // The 答疑 about the form (account-faq.txt) is of the same place and topic, but the question names the form.
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with(FORM, "src/test/resources/fixtures/account-faq.txt"),
                "阿克苏产业学院申报书是什么时候编制的");
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("2026年5月"), a.answer());
        assertFalse(a.answer().contains("7月10日"), a.answer());
        assertFalse(a.answer().contains("5月20日"), "the 答疑's date is not the form's: " + a.answer());
    }

    @Test
    void aFormPublishedOnItsOwnAnswersFromItsPledgeToo() throws IOException {
        // A form inside a notice only repeats the notice; a form that is the whole document is all there is to quote.
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with(FORM), "阿克苏产业学院违反承诺会怎样");
        assertEquals("form-cover/附件2/¶5", a.best().clause().id(), a.toString());
    }

    @Test
    void theMaterialsToAttachAreTheListUnderTheirHeadingNotTheAnnexesOfTheDocument() throws IOException {
        // 附件材料 are papers to hand in; the list's 1．2．3． follow a signature line and a heading, and were read as the
        // items of that signature (申报单位（盖章）) and the question as one about the document's annexes.
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with(FORM), "阿克苏产业学院申报要准备哪些附件材料");
        for (String paper : new String[] {"营业执照复印件", "校企合作协议复印件", "产业学院建设方案"}) {
            assertTrue(a.answer().contains(paper), a.answer());
        }
        assertFalse(a.answer().contains("项目名称"), a.answer());
    }

    @Test
    void theShareOfTheSubsidyPaidFirstAnswersHowMuchIsPaidFirst() throws IOException {
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with("src/test/resources/fixtures/account-faq.txt"), "阿克苏产业学院补助认定以后先拨多少");
        assertTrue(a.answer().contains("认定结果公布后拨付补助资金的50%"), a.answer());
    }

    @Test
    void theColumnsOfATableAreItsHeaderCells() throws IOException {
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with(FORM), "阿克苏产业学院申报条件自查表有哪几列");
        assertTrue(a.answer().contains("共3列：序号、申报条件、自查结果"), a.answer());
    }

    @Test
    void theBoxesOfAFormFieldAreAnsweredAsOneChoice() throws IOException {
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with(FORM), "阿克苏市产业学院申报书单位类型有哪些选项");
        assertTrue(a.answer().contains("☐混合所有制企业 ☐职业院校 ☐技工院校"), a.answer());
    }
}
