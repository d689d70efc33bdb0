package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * What a form asks to fill in is its labels, row by row under its title (fictional fixture documents of round fresh43,
 * 西华县: the 规定 as Word with its 考核登记表, the notice with a project table of its own).
 */
class FormFieldsTest {
    @Test
    void aFormsFieldsAreItsLabelsInOrderNotAnotherDocumentsTableColumns() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/eval/fresh43/xihua-shijian-guiding.docx",
                "src/test/resources/eval/fresh43/xihua-xiangmu-tongzhi.txt");
        Answer a = answerer.ask("西华企业实践的考核登记表要填写哪些内容", 5);
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().startsWith("西华县职业学校专业教师企业实践考核登记表要填的栏目：姓名、性别、出生年月、所在学校、任教专业、实践企业、实践岗位、实践形式、实践天数"),
                a.answer());
        assertTrue(!a.answer().contains("签字") && !a.answer().contains("一式三份"), a.answer());
        assertEquals("xihua-shijian-guiding/附件/¶1", a.hits().get(0).clause().id());
    }

    @Test
    void aRowIsReadAsLabelsOnlyWhenEveryPieceIsOne() {
        assertEquals(List.of("实践形式", "实践天数"), FormFields.labels("实践形式：□集中实践 □分段实践；实践天数：个工作日"));
        assertEquals(List.of("企业指导人员", "职务（职称）", "联系电话"), FormFields.labels("企业指导人员；职务（职称）；联系电话"));
        assertEquals(List.of(), FormFields.labels("实践结束后5个工作日内，实践教师应当向所在学校提交企业实践日志"));
    }
}
