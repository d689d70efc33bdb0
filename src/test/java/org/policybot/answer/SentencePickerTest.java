package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.search.Retrieval;

class SentencePickerTest {
    /** A question's weighed words, found as substrings. */
    private static Retrieval.Scorer words(Map<String, Double> weights) {
        return new Retrieval.Scorer() {
            @Override
            public double score(String text) {
                return weights.entrySet().stream().filter(e -> text.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
            }

            @Override
            public double coverage(String text) {
                return score(text) / weights.values().stream().mapToDouble(Double::doubleValue).sum();
            }

            @Override
            public Map<String, Double> tokens() {
                return weights;
            }

            @Override
            public boolean occurs(String token, String text) {
                return text.contains(token);
            }
        };
    }

    @Test
    void aPhoneAskedIsTheSentenceWithTheNumberThoughAnotherMatchesMoreOfTheQuestion() {
        // Fictional text: the 印发 paragraph's first sentence names the 办法 and 执行; the number is in the last.
        String clause = "为推动产业学院建设，市教育局研究制定了《测试市产业学院建设管理办法》，现印发给你们，请认真贯彻执行。"
                + "执行中遇到的问题，请及时反映（联系人：张三，电话：0000-12345678）。";
        Retrieval.Scorer q = words(Map.of("产业学院", 5.0, "办法", 5.0, "执行", 4.0, "问题", 1.0, "电话", 1.0));
        String picked = new SentencePicker(q, QuestionKind.PERSON, "产业学院办法执行中有问题找谁，电话多少", QuestionReader.focus("产业学院办法执行中有问题找谁，电话多少")).pick(clause, 200);
        // The 印发 sentence brings the question's 产业学院/办法 and comes along; the number must be there.
        assertTrue(picked.endsWith("执行中遇到的问题，请及时反映（联系人：张三，电话：0000-12345678）。"), picked);
    }

    @Test
    void anItemOfAListIsQuotedWithTheLeadSayingWhatItLeadsTo() {
        // Fictional text: the question matches item (二) only; the lead says what happens then.
        String clause = "第九条 企业有下列情形之一的，直接取消其资格：（一）弄虚作假的；（二）发生重大安全生产事故的；"
                + "（三）被列入严重失信主体名单的；（四）停产超过6个月的；（五）无正当理由不参加评价的。";
        Retrieval.Scorer q = words(Map.of("严重失信", 6.0, "名单", 3.0, "列入", 2.0));
        String picked = new SentencePicker(q, QuestionKind.GENERAL, "被列入严重失信主体名单会咋样", "").pick(clause, 200);
        assertTrue(picked.contains("直接取消其资格") && picked.contains("被列入严重失信主体名单的"), picked);
    }

    @Test
    void anItemsRunInTitleComesWithWhatTheItemSays() {
        // Fictional text: 土地 is only in item (二)'s title; what it grants is the sentence after it.
        String clause = "第八条 评价为优秀的企业，享受以下支持：（一）财政支持。给予一次性奖励10万元；（二）土地支持。新建项目优先纳入年度用地保障范围；（三）信用激励。纳入守信激励名单。";
        Retrieval.Scorer q = words(Map.of("优秀", 4.0, "企业", 1.0, "土地", 6.0, "支持", 2.0));
        String picked = new SentencePicker(q, QuestionKind.GENERAL, "企业评上优秀 土地上有啥支持", "").pick(clause, 200);
        assertTrue(picked.contains("优先纳入年度用地保障范围"), picked);
    }

    @Test
    void aLengthAskedIsTheSentenceGivingALengthNotOneSayingEveryYear() {
        // Fictional text: the first sentence matches more words and has 每年, which says when, not how long.
        String clause = "市级产业学院每年认定不超过5个，每个给予60万元建设经费，建设期满考核合格后拨付余款。建设期为2年。";
        Retrieval.Scorer q = words(Map.of("产业学院", 5.0, "市级", 3.0, "建设", 2.0, "设期", 2.0));
        String picked = new SentencePicker(q, QuestionKind.TIME, "市级产业学院的建设期是几年", "").pick(clause, 200);
        assertTrue(picked.contains("建设期为2年"), picked);
    }

    @Test
    void aYesNoQuestionAboutAFailingCaseGetsTheSentenceSayingWhatThenDoesNotHappen() {
        // Fictional text: the first sentence matches most words; the third is the rule for failing the review.
        String clause = "市级产业学院每年认定不超过5个，每个给予60万元建设经费，建设期满考核合格后拨付20万元。建设期为2年。"
                + "考核不合格的，不再拨付第二笔资金。";
        Retrieval.Scorer q = words(Map.of("产业学院", 5.0, "市级", 3.0, "考核", 2.0, "建设", 2.0));
        String picked = new SentencePicker(q, QuestionKind.YES_NO, "市级产业学院建设期满考核没通过，后面那笔钱还给不给", "").pick(clause, 300);
        assertTrue(picked.startsWith("市级产业学院每年认定") && picked.endsWith("考核不合格的，不再拨付第二笔资金。"), picked);
    }

    @Test
    void aQuestionInTwoPartsGetsTheSentenceAnsweringEachPart() {
        // Fictional text: the second sentence matches the second part (国家级, 奖励) best; the first answers the first (启动经费).
        String clause = "经市级评审通过的，给予一次性启动经费200万元；成功入选国家级市域产教联合体的，再给予500万元奖励。"
                + "联合体应每年报送建设报告。";
        Retrieval.Scorer q = words(Map.of("产教联合体", 5.0, "国家级", 4.0, "奖励", 3.0, "启动经费", 4.0, "评审", 2.0));
        String picked = new SentencePicker(q, QuestionKind.AMOUNT, "联合体评审通过后给多少启动经费？后来进了国家级还有奖励吗？", "").pick(clause, 200);
        assertEquals("经市级评审通过的，给予一次性启动经费200万元；成功入选国家级市域产教联合体的，再给予500万元奖励。", picked);
    }

    @Test
    void aSentenceSharingOnlyWordsAlreadyQuotedIsNotAdded() {
        // Fictional text: the second sentence repeats the quoted sentence's words and adds none the question asks about.
        String clause = "对认定为市级实训基地的，按设备投资额的25%给予补助，单个基地最高不超过80万元，所需资金由市财政统筹安排。"
                + "补助资金分两次拨付。市级实训基地应当向社会开放。";
        Retrieval.Scorer q = words(Map.of("实训基地", 5.0, "市级", 3.0, "补助", 3.0, "最高", 2.0));
        String picked = new SentencePicker(q, QuestionKind.AMOUNT, "市级实训基地补助多少？最高多少？", "").pick(clause, 200);
        assertEquals("对认定为市级实训基地的，按设备投资额的25%给予补助，单个基地最高不超过80万元，所需资金由市财政统筹安排。", picked);
    }

    @Test
    void whoDoesAnActIsTheSentenceNamingAUnitForThatAct() {
        // Fictional text: the first sentence matches the subject best; the last names who recognises it.
        String clause = "2.建设行业产教融合共同体。围绕新型建材等4个领域，由行业龙头企业牵头组建行业产教融合共同体，到2028年累计建成5个。"
                + "每个共同体给予启动经费20万元，由市工业和信息化局负责认定。";
        Retrieval.Scorer q = words(Map.of("行业产教融合共同体", 6.0, "共同体", 3.0, "认定", 2.5, "部门", 1.0));
        String picked = new SentencePicker(q, QuestionKind.PERSON, "行业产教融合共同体由哪个部门来认定？", "").pick(clause, 200);
        assertTrue(picked.contains("由市工业和信息化局负责认定"), picked);
    }

    @Test
    void eachPartOfATwoPartQuestionGetsItsSentence() {
        // Fictional text: the second sentence matches more of the question; the first answers its first part.
        String clause = "第八条【产业导师】市教育局每年从企业选聘产业导师100名，到职业院校承担专业课教学，市财政按照每人每年1.6万元给予津贴。"
                + "产业导师每学年到校授课或者指导实训不少于60学时。";
        Retrieval.Scorer q = words(Map.of("选聘", 4.7, "产业导师", 4.3, "每年", 2.0, "学年", 5.3, "到校", 5.6, "学时", 2.7, "至少", 5.3));
        String picked = new SentencePicker(q, QuestionKind.COUNT, "每年选聘多少产业导师？每学年到校至少上多少学时？", "").pick(clause, 200);
        assertTrue(picked.contains("100名") && picked.contains("60学时"), picked);
    }

    @Test
    void aGeneralQuestionOnAShortClauseGetsTheWholeClause() {
        // Fictional text: how the review is done takes both sentences.
        String clause = "区教育局会同区财政局组织联合评审。评审结果在区政府网站公示7日。无异议的，下达资金。";
        Retrieval.Scorer q = words(Map.of("评审", 4.0, "奖补", 2.0));
        String picked = new SentencePicker(q, QuestionKind.GENERAL, "奖补项目是怎么评审的？", "").pick(clause, 200);
        assertEquals(clause, picked);
    }

    @Test
    void anAmountForTheLevelAskedIsTheSentenceAboutThatLevelNotOneAboutAnotherFirst() {
        // Fictional text: the second sentence shares more of the question's words (认定, 市级, 给予) but is about 省级 firms first.
        String clause = "经认定的市级产教融合型企业，给予一次性奖补12万元。已被认定为省级产教融合型企业的，不再参加市级认定，由市级财政给予一次性奖励30万元。";
        Retrieval.Scorer q = words(Map.of("认定", 3.0, "市级", 3.0, "产教融合型企业", 2.0, "给予", 1.0, "不再", 0.5, "参加", 0.5));
        String picked = new SentencePicker(q, QuestionKind.AMOUNT, "认定上市级产教融合型企业不再参加别的 市里给多少", "").pick(clause, 40);
        assertEquals("经认定的市级产教融合型企业，给予一次性奖补12万元。", picked);
    }

    @Test
    void theAskersOwnFiguresGetTheWorkedExampleWithThem() {
        // Fictional text: the rule shares the question's words; the example after it has the asker's figures and the sum.
        String clause = "企业接收学生岗位实习满2个月的，按每人每月250元给予岗位实习补贴，每家企业每年最高8万元。补贴按季度申报。"
                + "例如，企业接收12名学生，每人实习5个月，可申请补贴1.5万元。";
        Retrieval.Scorer q = words(Map.of("岗位实习", 4.0, "补贴", 3.0, "企业", 1.0, "学生", 1.0, "每人", 1.0));
        String picked = new SentencePicker(q, QuestionKind.AMOUNT, "我们接了12个岗位实习学生 每人实习5个月 能拿多少补贴", "").pick(clause, 200);
        assertTrue(picked.contains("1.5万元"), picked);
    }
}
