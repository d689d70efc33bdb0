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
    void theBoxesOfAFormFieldAreAnsweredAsOneChoice() throws IOException {
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with(FORM), "阿克苏市产业学院申报书单位类型有哪些选项");
        assertTrue(a.answer().contains("☐混合所有制企业 ☐职业院校 ☐技工院校"), a.answer());
    }
}
