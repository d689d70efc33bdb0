package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 考核登记表 annexed to a regulation, as a Word table reaches the parser: labels over blank cells, a blank spanning
 * three columns after a label, and an 考核意见 cell over two rows of sub-labels and boxes to tick (fictional rows).
 */
class FormRowsTest {
    private static List<String> lines(Block.Table form) {
        return LabelGrids.asLines(List.of(form)).stream().map(b -> ((Block.Text) b).text()).toList();
    }

    @Test
    void aFormWithBlankSpansAndARowOfSubLabelsIsReadAsItsFieldsNotAsAHeaderOverRows() {
        // read as a table, 姓名 headed every row and the blanks were columns: "共6列：姓名、、性别、2、出生年月、3"
        Block.Table form = new Block.Table(List.of("姓名", "", "性别", "", "出生年月", ""),
                List.of(List.of("所在学校", "", "", "", "任教专业", ""),
                        List.of("实践形式", "□集中实践 □分段实践", "□集中实践 □分段实践", "□集中实践 □分段实践", "实践天数", "个工作日"),
                        List.of("企业指导人员", "", "职务（职称）", "", "联系电话", ""),
                        List.of("考核意见", "实践企业", "考核等次建议：□优秀 □合格 □不合格\n实践企业（盖章）", "考核等次建议：□优秀 □合格 □不合格\n实践企业（盖章）",
                                "考核等次建议：□优秀 □合格 □不合格\n实践企业（盖章）", "考核等次建议：□优秀 □合格 □不合格\n实践企业（盖章）"),
                        List.of("", "所在学校", "考核等次：□优秀 □合格 □不合格\n学校（盖章）", "考核等次：□优秀 □合格 □不合格\n学校（盖章）",
                                "考核等次：□优秀 □合格 □不合格\n学校（盖章）", "考核等次：□优秀 □合格 □不合格\n学校（盖章）")),
                List.of(2, 3, 4, 5, 6), 1);
        assertEquals(List.of("姓名；性别；出生年月", "所在学校；任教专业", "实践形式：□集中实践 □分段实践；实践天数：个工作日", "企业指导人员；职务（职称）；联系电话",
                "考核意见；实践企业；考核等次建议：□优秀 □合格 □不合格\n实践企业（盖章）", "所在学校；考核等次：□优秀 □合格 □不合格\n学校（盖章）"), lines(form));
    }

    @Test
    void aTableWhoseRowsAreMostlyNoPairsStaysATable() {
        Block.Table table = new Block.Table(List.of("序号", "项目名称", "承担单位", "金额（万元）"),
                List.of(List.of("1", "数控实训基地", "某某职业学校", "120"), List.of("2", "护理实训中心", "某某卫生学校", "80")), List.of(2, 3), 1);
        assertEquals(List.of(table), LabelGrids.asLines(List.of(table)));
    }
}
