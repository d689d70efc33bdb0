package org.policybot.chat;

import java.util.List;
import java.util.Map;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.QuestionAnswerer;

/** Clauses quoted from the seed documents, and stub answerers over them, shared by chat and transport tests. */
public final class TestClauses {
    public static final DocumentInfo WENZHOU = new DocumentInfo("wenzhou-2024-2027", "温州市深化产教融合建设实施方案（2024-2027年）",
            "温发改社〔2024〕172号", "温州市发展和改革委员会", "2024-11-27", "温州市", "2024-2027");

    public static final Clause SUBSIDY = row("80", "落实补助政策，对通过市级、省级、国家级认定的产教融合型企业，当地财政分别给予一次性5万元、20万元、50万元补助。");
    public static final Clause OFFSET = row("79", "省级及以上产教融合型企业兴办职业教育符合条件的投资，按规定投资额30%的比例抵免当年应缴教育费附加和地方教育附加。");
    public static final Clause CREDIT = row("83", "加大产教融合型企业信用信息归集力度，开展行业信用评价，并通过“信用中国”网站集中公示宣传。");

    private TestClauses() {
    }

    public static Clause row(String no, String task) {
        return new Clause("wenzhou-2024-2027/附件2/" + no, WENZHOU, List.of("附件2", no),
                List.of("附件2 温州市深化产教融合建设实施方案重点任务清单", "五、夯实产教融合支撑"),
                "序号：" + no + "\n行动领域：（十三）加强产教融合组合式激励\n重点任务：" + task,
                Map.of("序号", no, "行动领域", "（十三）加强产教融合组合式激励", "重点任务", task));
    }

    /** Answers every question with the subsidy clause, with the offset and credit clauses as related hits. */
    public static QuestionAnswerer subsidyAnswerer() {
        return (question, top) -> new Answer(question, true,
                "对通过市级、省级、国家级认定的产教融合型企业，当地财政分别给予一次性5万元、20万元、50万元补助。",
                List.of(new Hit(SUBSIDY, 9.5), new Hit(OFFSET, 4.1), new Hit(CREDIT, 2.0)));
    }

    /** Never finds anything. */
    public static QuestionAnswerer nothingAnswerer() {
        return (question, top) -> new Answer(question, false, "", List.of());
    }
}
