package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.region.Regions;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;

/** Golden tests of the answering pipeline on the two shipped plans: real questions in, exact facts, scope and notes out. */
class PolicyAnswererTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static List<Clause> clauses;
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        clauses = org.policybot.ShippedKnowledge.clauses();
        Clock dec2026 = Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZONE);
        answerer = new PolicyAnswerer(new PolicySearch(clauses), Regions.load(), dec2026, ZONE, PolicyAnswerer.Calibration.DEFAULT);
    }

    static Answer ask(String q) {
        return answerer.ask(q, 5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            我们是市级产教融合型企业，能拿多少补助？ | 5万元
            丰泽区产教融合工作专班组长是谁 | 郑燕然
            华数机器人实训基地三年投入多少设备 | 800台套
            温州市级产教融合型企业能拿多少钱 | 5万元
            新能源产业产教融合实施方案由谁牵头制定 | ★市发展改革委
            温州湾新区产教融合试点方案打算哪年出台 | 2025年
            订单班到2027年要办多少个 | 150个以上
            集团企业的下属单位能抵免教育费附加吗 | 30%
            我们和企业合办的省级产教融合型企业认定了，一共补多少 | 20万元
            """)
    void picksTheSentenceCarryingTheFactAsked(String question, String fact) {
        Answer a = ask(question);
        assertTrue(a.answered(), question);
        assertTrue(a.answer().contains(fact), question + " -> " + a.answer());
    }

    @Test
    void eachKindIsRead() {
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("能拿多少钱"));
        assertEquals(QuestionKind.PERSON, QuestionReader.kindOf("这项任务哪个部门牵头"));
        assertEquals(QuestionKind.TIME, QuestionReader.kindOf("申报什么时候截止"));
        // A question mark after 吗, and the X不X form (给不给, 算不算), ask yes or no.
        assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf("设备只投了80万，能申报区级实训基地吗？"));
        assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf("考核没通过，后面那笔钱还给不给？"));
        assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf("一个项目同时够上好几项奖补，能叠加拿吗？"), "好几 says several");
        // "有没有年龄限制" asks about 年龄 (the head 限制 says little); "有没有什么门槛" names nothing.
        assertEquals("年龄", QuestionReader.askedThing("选聘产业教授有没有年龄限制").orElseThrow().head());
        assertEquals("补贴", QuestionReader.askedThing("有没有生活补贴").orElseThrow().head());
        assertTrue(QuestionReader.askedThing("对申报学校有没有什么门槛").isEmpty());
        // 前提条件, 基本条件 are conditions: 前提 names no thing a clause must have.
        assertTrue(QuestionReader.askedThing("省级实训基地再奖励20万，有什么前提条件").isEmpty());
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("要建几所产业学院"));
        // 自治区级 is a level of its own (province), not 区级 (district).
        assertEquals(java.util.List.of("自治区级"), new QuestionReader(org.policybot.region.Regions.load()).read("认定成自治区级能拿多少").levels());
        assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf("区级企业能不能申请"));
        assertEquals(QuestionKind.LIST, QuestionReader.kindOf("市教育局负责哪些任务"));
        assertEquals(DocumentFact.DOC_NO, DocumentFact.askedBy("这个方案的文号是多少"));
        // A report and a 目标表 are documents; 出的, 报的 say who issued them. A list a clause plans is not one.
        assertEquals(DocumentFact.ISSUER, DocumentFact.askedBy("实训基地绩效自评报告是哪个单位出的"));
        assertEquals(DocumentFact.ISSUER, DocumentFact.askedBy("这份总结是哪个单位报的"));
        assertEquals(DocumentFact.DATE, DocumentFact.askedBy("绩效目标表是啥时候出的"));
        assertEquals(null, DocumentFact.askedBy("重点产业紧缺人才需求清单每年什么时候发布"));
        // "哪天发布的" on a web page: the day it bears and the day it went online.
        assertEquals(java.util.List.of(DocumentFact.DATE, DocumentFact.POSTED), DocumentFact.allAskedBy("这个目标表是哪天发布的"));
        assertEquals(java.util.List.of(DocumentFact.DATE), DocumentFact.allAskedBy("这个目标表的成文日期是哪天"));
        assertEquals(DocumentFact.DOC_NO, DocumentFact.askedBy("专班第三次会议纪要编号多少"), "minutes are numbered: their 编号 is the 文号");
        assertEquals(DocumentFact.BASIS, DocumentFact.askedBy("依据哪些国家文件"));
        assertEquals(DocumentFact.BASIS, DocumentFact.askedBy("这个工作要点是落实哪个文件的"));
        assertEquals(null, DocumentFact.askedBy("区教委负责落实哪些任务"), "tasks to carry out are no basis");
        assertEquals(DocumentFact.ISSUER, DocumentFact.askedBy("这个通知是哪两个厅发的"));
        assertEquals(null, DocumentFact.askedBy("附件2第80项的补助是多少"), "附件N names a table, not the annex list");
        // A duration is a time, even after a word about money: "骗补助，多少年不能再报".
        assertEquals(QuestionKind.TIME, QuestionReader.kindOf("用假材料骗补助，多少年不能再报"));
        assertEquals(QuestionKind.TIME, QuestionReader.kindOf("评审结果公示几天"));
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("每人每年补多少，补几年"));
        assertEquals(QuestionKind.LIST, QuestionReader.kindOf("第一批急需紧缺领域都有哪几个"), "which ones, not how many");
        assertEquals(QuestionKind.TIME, QuestionReader.kindOf("测试市紧缺人才需求清单每年什么时候发布"), "a time asked of a 清单");
        assertEquals(QuestionKind.LIST, QuestionReader.kindOf("申报材料清单发一下"));
        // 措施, 条例, 细则… are documents too.
        assertEquals(DocumentFact.PERIOD, DocumentFact.askedBy("这些若干措施从哪天开始执行"));
        assertEquals(java.util.List.of(DocumentFact.ISSUER, DocumentFact.DATE), DocumentFact.allAskedBy("若干措施是哪个单位发的，落款哪天"));
        assertEquals(DocumentFact.OUTLINE, DocumentFact.askedBy("这个方案分成哪几大块"));
        assertEquals(java.util.List.of(DocumentFact.ISSUER, DocumentFact.DATE, DocumentFact.POSTED), DocumentFact.allAskedBy("这个解读是哪个部门什么时候发布的"),
                "two facts in one breath (发布: and the day it went online)");
        assertEquals(java.util.List.of(DocumentFact.ISSUER, DocumentFact.DATE), DocumentFact.allAskedBy("测试市这个通报是哪个单位发的 哪天"),
                "a space parts the question as a comma does; a bare when after a fact of the document asks its date");
        assertEquals(java.util.List.of(DocumentFact.ISSUER, DocumentFact.PUBLICITY), DocumentFact.allAskedBy("这个意见是哪个单位发的 公开不公开"));
        assertEquals(java.util.List.of(DocumentFact.ISSUER, DocumentFact.DATE), DocumentFact.allAskedBy("这个答疑最后落款是哪个单位 哪天"),
                "the signature's unit is its issuer; the bare when after it asks its date");
        assertEquals(java.util.List.of(DocumentFact.DATE), DocumentFact.allAskedBy("这个答疑落款是哪天"));
        assertEquals(java.util.List.of(), DocumentFact.allAskedBy("这个补贴找谁申请 什么时候"), "a bare when alone is no document's date");
        // a reply to a deputy's suggestion: when it came out, whether it is public, whom it answers
        assertEquals(DocumentFact.DATE, DocumentFact.askedBy("这个建议答复是哪天出的"));
        assertEquals(DocumentFact.PUBLICITY, DocumentFact.askedBy("这个建议答复能公开吗"));
        assertEquals(DocumentFact.ADDRESSEE, DocumentFact.askedBy("这个答复是回复给谁的"));
        assertEquals(null, DocumentFact.askedBy("企业能从哪几个方面得到支持"), "parts of a document only when the question names one");
    }

    @Test
    void aDocumentsOutlineIsItsFirstLevelHeadingsOrThoseOfThePlanItTransmits() {
        Answer fengze = ask("丰泽的方案分几大块");
        assertEquals(Answer.Type.DOCUMENT_FACT, fengze.type());
        assertTrue(fengze.answer().contains("4个部分：一、指导思想；二、工作目标；三、重点任务和工作举措；四、保障措施"), fengze.answer());
        // Wenzhou's notice transmits the plan as 附件1: its outline is the plan's.
        Answer wenzhou = ask("温州方案分为哪几个部分");
        assertTrue(wenzhou.answer().contains("7个部分：一、总体要求；二、优化规划布局"), wenzhou.answer());
    }

    @Test
    void aRegionWithNoDocumentIsSaidPlainlyAndNotAnsweredFromAnotherRegion() {
        Answer a = ask("杭州市级产教融合型企业有什么补助");
        assertFalse(a.answered());
        assertEquals(Answer.Confidence.NONE, a.confidence());
        assertTrue(a.notes().get(0).contains("知识库暂未收录杭州市的相关政策"), a.notes().toString());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("温州市的规定（仅供参考）")), a.notes().toString());
    }

    @Test
    void twoDocumentFactsAskedWithAnEnumerationCommaAreBothAnswered() {
        Answer a = ask("温州这个方案是哪天、哪个单位发的？");
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("2024年11月27日") && a.answer().contains("温州市发展和改革委员会"), a.answer());
    }

    @Test
    void aTownNamedWithoutItsDistrictIsAnsweredFromTheDistrictsDocument() {
        // 泉秀街道 lies in 丰泽区 only: Fengze's plan applies there, Wenzhou's amounts do not.
        Answer a = ask("泉秀街道的企业认定为产教融合型企业能拿多少补助");
        assertFalse(a.hits().isEmpty());
        for (Hit h : a.hits()) {
            assertEquals("fengze-2025", h.clause().document().id(), "only Fengze's plan covers 泉秀街道: " + a);
        }
        // 北滘镇 lies in 顺德区 (佛山市), which no document here covers.
        Answer elsewhere = ask("北滘镇的企业认定为产教融合型企业能拿多少补助");
        assertFalse(elsewhere.answered());
        assertTrue(elsewhere.notes().get(0).contains("知识库暂未收录顺德区的相关政策"), elsewhere.notes().toString());
    }

    @Test
    void aDistrictIsAnsweredOnlyFromDocumentsCoveringIt() {
        Answer a = ask("丰泽区的产教融合型企业能拿多少补助");
        assertFalse(a.answered() && a.answer().contains("5万元"), "Wenzhou's amounts are no answer for 丰泽区: " + a.answer());
        for (Hit h : a.hits()) {
            assertEquals("fengze-2025", h.clause().document().id(), "only Fengze's plan covers 丰泽区");
        }
        Answer city = ask("泉州的企业能拿多少补助");
        assertFalse(city.answered());
        assertTrue(city.notes().get(0).contains("知识库暂未收录泉州市的相关政策"), city.notes().toString());
    }

    @Test
    void aStreetOrZoneBelowTheCountyIsWhereTheAskerIsNotWhatIsAsked() {
        // 五马街道 and 温州经济技术开发区 are in no document: the city's rule applies there, as confidently as without them.
        for (String q : List.of("温州市鹿城区五马街道的企业认定为市级产教融合型企业补助多少", "温州经济技术开发区的企业被认定为市级产教融合型企业，补助多少")) {
            Answer a = ask(q);
            assertEquals(Answer.Confidence.HIGH, a.confidence(), q + " -> " + a.notes());
            assertTrue(a.answer().contains("5万元"), q + " -> " + a.answer());
        }
    }

    @Test
    void aThingAskedForThatTheClauseDoesNotNameIsNotAnswered() {
        Answer allowance = ask("温州的实习学生有没有生活补贴");
        assertFalse(allowance.answered(), "a clause on 补助 for enterprises is no living allowance: " + allowance.answer());
        assertTrue(allowance.notes().get(0).contains("生活补贴"), allowance.notes().toString());
        assertFalse(ask("温州企业参与产教融合能享受什么税收优惠").answered());
        Answer returns = ask("温州企业参与职业教育有没有合理回报");
        assertTrue(returns.answered() && returns.answer().contains("合理回报"), "a thing the clause names is answered: " + returns.answer());
    }

    @Test
    void howATaskIsDoneIsThePlansTextNotTheTaskListsRow() {
        // 附件2's row 97 names the task; 附件1 （十七） says what it involves.
        Answer a = ask("学历加职业技能提升行动怎么搞");
        assertEquals("wenzhou-2024-2027/附件1/六/(十七)", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void aUnitsTasksAreListedCompletelyLeadFirst() {
        Answer a = ask("市教育局负责哪些任务");
        assertEquals(Answer.Type.LIST, a.type());
        List<String> led = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.isTableRow() && c.columns().getOrDefault("责任单位", "").matches(".*★市教育局([、，\\s].*|$)")) {
                led.add(c.id());
            }
        }
        assertTrue(led.size() > 10, "the plan has many ★市教育局 rows: " + led.size());
        List<String> listed = a.hits().stream().map(h -> h.clause().id()).toList();
        assertEquals(led, listed.subList(0, led.size()), "every ★-led row first, in document order");
        assertTrue(a.answer().startsWith("市教育局牵头（★）" + led.size() + "项"), a.answer().substring(0, 40));
    }

    @Test
    void aTablesRowsAreListedWhenTheQuestionNamesTheTable() {
        Answer a = ask("附件3有哪些拟出台的政策");
        assertEquals(Answer.Type.LIST, a.type());
        assertEquals(List.of("wenzhou-2024-2027/附件3/1", "wenzhou-2024-2027/附件3/2", "wenzhou-2024-2027/附件3/3",
                "wenzhou-2024-2027/附件3/4", "wenzhou-2024-2027/附件3/5"), a.hits().stream().map(h -> h.clause().id()).toList());
        assertTrue(a.answer().contains("《温州市产教融合工作条例（暂名）》"), a.answer());
    }

    @Test
    void rowsNamingThePartnerAreListedAndNoOthers() {
        Answer a = ask("丰泽跟黎明职业大学合作的项目有哪些");
        assertEquals(Answer.Type.LIST, a.type());
        List<String> expected = clauses.stream().filter(c -> c.id().startsWith("fengze-2025/附件2/") && c.text().contains("黎明职业大学"))
                .map(Clause::id).toList();
        assertTrue(expected.size() >= 5, "the plan has several 黎明职业大学 projects: " + expected);
        assertEquals(expected, a.hits().stream().map(h -> h.clause().id()).toList());
    }

    @Test
    void rowsSharingTheGroupTheQuestionIsAboutAreListed() {
        Answer a = ask("温州对产教融合型企业有哪些激励措施");
        assertEquals(Answer.Type.LIST, a.type());
        for (int row = 76; row <= 84; row++) {
            String id = "wenzhou-2024-2027/附件2/" + row;
            assertTrue(a.hits().stream().anyMatch(h -> h.clause().id().equals(id)), id + " in " + a.answer());
        }
    }

    @Test
    void documentFactsAreAnsweredFromTheDocumentsMetadata() {
        Answer no = ask("温州这个方案的文号是多少");
        assertEquals(Answer.Type.DOCUMENT_FACT, no.type());
        assertTrue(no.answer().contains("温发改社〔2024〕172号"), no.answer());
        assertFalse(no.answer().contains("泉丰政办综"), no.answer());
        Answer basis = ask("温州的实施方案依据哪些国家文件");
        assertTrue(basis.answer().contains("《国家产教融合建设试点实施方案》（发改社会〔2019〕1558号）"), basis.answer());
        Answer annexes = ask("丰泽区的方案附件有哪些");
        assertTrue(annexes.answer().contains("丰泽区2025年产教融合项目表"), annexes.answer());
    }

    @Test
    void aDocumentFactForAPlaceWithItsOwnDocumentAndOneAboveItComesFromItsOwn() throws java.io.IOException {
        // 温州市 has its plan and 浙江省 a notice covering it (fictional fixture): the plan's facts, not the
        // notice's, and no crash when the place's own document is the one left.
        PolicyAnswerer both = FixtureAnswerer.with("src/test/resources/fixtures/zhejiang-notice.txt");
        Answer no = both.ask("温州这个方案的文号是多少", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, no.type(), no.toString());
        assertTrue(no.answer().contains("温发改社〔2024〕172号"), no.answer());
        assertFalse(no.answer().contains("浙教测"), no.answer());
        Answer period = both.ask("温州这个方案什么时候开始实施，管多久？", 3);
        assertTrue(period.answer().contains("2024—2027年"), period.answer());
        assertFalse(period.answer().contains("浙教测"), period.answer());
        PolicyAnswerer district = FixtureAnswerer.with("src/test/resources/eval/fresh5/dawukou-shishi-xize.txt",
                "src/test/resources/fixtures/province-above-district.txt");
        Answer own = district.ask("大武口这个奖补细则什么时候开始实施，管多久？", 3);
        assertTrue(own.answer().contains("本细则自印发之日起施行，有效期2年"), own.answer());
    }

    @ParameterizedTest
    @CsvSource({"2", "谁负责？", "多少钱", "好的", "需要什么材料", "怎么申请？", "电话多少", "怎么反馈", "封顶是多少", "一共多少", "那个表里谁牵头？", "截止是哪天来着", "要交几份材料啊", "找谁办", "找哪个部门办",
            "谁审批", "比例是多少", "能叠加吗", "钱什么时候到账", "审核要多久", "要满足啥条件", "具体怎么操作", "配合单位有哪些"})
    void aFragmentWithoutContextGetsARequestToSayMore(String fragment) {
        Answer a = ask(fragment);
        assertEquals(Answer.Type.CLARIFY, a.type(), fragment);
        assertFalse(a.answered());
        assertTrue(a.hits().isEmpty());
    }

    @Test
    void aFollowUpIsReadAgainstThePreviousQuestion() {
        PolicyAnswerer.Result first = answerer.answer("市级产教融合型企业能拿多少补助", 3, PolicyAnswerer.Context.NONE);
        PolicyAnswerer.Result next = answerer.answer("那省级呢？", 3, new PolicyAnswerer.Context(Optional.empty(), first.asked()));
        assertTrue(next.answer().answer().contains("20万元"), next.answer().answer());
        assertEquals("省级产教融合型企业能拿多少补助", next.asked());
    }

    @Test
    void aFollowUpAskingWhenItWasIssuedAsksTheDateOfTheDocumentAskedAbout() {
        // "是哪天发的" names no document, so alone it is no document fact; after a question naming the plan it asks its date.
        PolicyAnswerer.Result first = answerer.answer("温州的产教融合实施方案出来了吗", 3, PolicyAnswerer.Context.NONE);
        PolicyAnswerer.Result next = answerer.answer("是哪天发的", 3, new PolicyAnswerer.Context(Optional.empty(), first.asked()));
        assertEquals(Answer.Type.DOCUMENT_FACT, next.answer().type(), next.answer().toString());
        assertTrue(next.answer().answer().contains("2024年11月27日"), next.answer().answer());
    }

    @Test
    void anAnswerFromAnEndedPlanSaysSo() {
        Answer a = ask("丰泽区产教融合工作专班组长是谁");
        assertTrue(a.notes().contains("该方案为2025年度工作方案，执行期已结束。"), a.notes().toString());
        Answer current = ask("市级产教融合型企业能拿多少补助");
        assertTrue(current.notes().stream().noneMatch(n -> n.contains("执行期")), current.notes().toString());
    }

    @Test
    void theRememberedRegionScopesQuestionsThatNameNone() {
        PolicyAnswerer.Result r = answerer.answer("产教融合型企业能拿多少补助", 3,
                new PolicyAnswerer.Context(answerer.regions().resolve("鹿城区"), null));
        assertTrue(r.answer().answer().contains("5万元"), "温州市's plan covers 鹿城区: " + r.answer().answer());
        assertTrue(r.answer().notes().get(0).startsWith("按鹿城区政策回答"), r.answer().notes().toString());
    }

    @ParameterizedTest
    @CsvSource({"附近有什么好吃的餐厅", "怎么办理护照", "个人所得税税率是多少", "社保卡丢了怎么补办"})
    void outOfScopeQuestionsStayAbstained(String q) {
        assertFalse(ask(q).answered(), q);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            社保断缴了会有什么影响 | 社保
            企业招用退役军人有什么税收优惠 | 退役军人
            住房补贴发放标准是多少 | 住房
            专利申请费用能减免吗 | 专利
            """)
    void aQuestionOnAnOffDomainTopicNoClauseNamesIsAbstainedNamingTheTopic(String q, String topic) {
        Answer a = ask(q);
        assertFalse(a.answered(), q + " → " + a.answer());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("“" + topic + "”")), a.notes().toString());
    }

    @Test
    void aPointInTimeIsNotAnsweredByADurationNorACountByAnAmount() {
        assertFalse(QuestionKind.TIME.carriedBy("签订1年以上劳动合同的，给予一次性补贴2000元。", "留柳就业补贴每年什么时候截止申请"));
        assertTrue(QuestionKind.TIME.carriedBy("每年9月1日至9月30日提出申请。", "每年什么时候申请"));
        assertTrue(QuestionKind.TIME.carriedBy("评审结果公示7个工作日。", "评审结果公示几天"));
        // a year set by an event says when; "5年内不得申报" is a length
        assertTrue(QuestionKind.TIME.carriedBy("市级再给予一次性配套补助24万元；完成时限：认定当年", "市里配套多少钱，啥时候给"));
        assertFalse(QuestionKind.TIME.carriedBy("骗取专项资金的，5年内不得申报市级产教融合项目。", "每年什么时候报"));
        assertFalse(QuestionKind.COUNT.carriedBy("每个工作室给予10万元建设补助。", "首席技师工作室每年最多认定几个"));
        assertTrue(QuestionKind.COUNT.carriedBy("每年认定不超过5个。", "每年最多认定几个"));
    }

    @Test
    void aListItemIsNamedByItsOwnCellNotByItsGroupsCell() {
        java.util.Map<String, String> cols = new java.util.LinkedHashMap<>();
        cols.put("序号", "1");
        cols.put("类别", "平台载体类");
        cols.put("奖补项目", "企业实训基地");
        cols.put("奖补标准", "设备投资额300万元以上的，按25%一次性补助，最高150万元");
        org.policybot.knowledge.Clause row = new org.policybot.knowledge.Clause("t/附件/1",
                new org.policybot.knowledge.DocumentInfo("t", "测试办法", "", "", "", "", ""), List.of("附件", "1"), List.of(), "…", cols);
        assertTrue(ListAnswers.label(row).startsWith("企业实训基地——"), ListAnswers.label(row));
    }

    @Test
    void aCountOfThingsIsNotAnArticleNumberNorThePeopleOfOne() {
        String q = "现场工程师培养项目每年支持几个";
        assertFalse(QuestionKind.COUNT.carriedBy("第十三条 现场工程师培养。", q));
        assertFalse(QuestionKind.COUNT.carriedBy("每个项目每年培养不少于30人的，给予企业每个项目20万元补助。", q));
        assertTrue(QuestionKind.COUNT.carriedBy("每年支持不超过8个项目。", q));
        assertTrue(QuestionKind.COUNT.carriedBy("每所院校每年最多备案6人。", "每所学校一年最多能备案几个产业教授"));
        assertTrue(QuestionKind.COUNT.carriedBy("三级指标：职工技能培训人次；指标值：不少于2.4万人次", "职工技能培训要完成多少人次"));
        // "分了多少" asks for a sum; "安排多少骨干教师" for people
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("这次省里给铜川一共分了多少"));
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("每年安排多少骨干教师参与企业技术攻关"));
        // Apprentices and other people are counted in 名, whichever way round the question asks.
        assertTrue(QuestionKind.COUNT.carriedBy("2026年全市新招企业学徒不少于800名。", "今年新招企业学徒要招多少个"));
        assertTrue(QuestionKind.COUNT.carriedBy("每家企业每年补贴学徒不超过50名。", "一家企业一年最多补几个学徒"));
        // "十几个工人" is how many the asker has, not a count asked for.
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("我们厂有十几个工人考出了高级工证书，每人能给企业补多少"));
    }

    @Test
    void aCountAskedInAMeasureWordNeedsANumberInThatMeasure() {
        // "一次性给予5万元" counts no times: how often enterprises are recognised is not stated.
        assertFalse(ask("温州市级产教融合型企业每年认定几次").answered());
        Answer times = ask("丰泽专业教师每年至少参加几次企业实践");
        assertTrue(times.answered() && times.answer().contains("1次"), times.answer());
    }

    @Test
    void aDistrictTheCitysPlanNamesAsAResponsibleUnitIsSearchedForNotOnlyScopedBy() {
        // 龙湾区 has no document of its own: Wenzhou's plan covers it and names it in its 责任单位 cells.
        Answer a = ask("龙湾区负责哪些任务");
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().startsWith("龙湾区牵头（★）"), a.answer());
        assertTrue(a.answer().contains("温州湾新区产教融合核心示范区"), a.answer());
    }

    @Test
    void aWebAddressNoClauseGivesIsSaidToBeMissingNotAnsweredWithTheClauseNamingTheSite() {
        Answer a = ask("温州产教融合信息服务平台的网址是什么");
        assertFalse(a.answered(), a.answer());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("没有写明网址")), a.notes().toString());
    }

    @Test
    void aTaskForTheBotIsDeclinedPlainlyNotAnsweredWithAClause() {
        Answer a = ask("帮我写一份产业学院申报书");
        assertFalse(a.answered());
        assertTrue(a.notes().get(0).startsWith("我只能查找政策文件中的条款"), a.notes().toString());
        assertTrue(ask("帮我查一下市级产教融合型企业能拿多少补助").answered(), "帮我查 asks a question");
    }

    @Test
    void aTopicWordInsideABureausNameDoesNotCountAsTheTopic() {
        // 市人力社保局 names a bureau: a question on 社保局's tasks is about the plans.
        assertTrue(ask("温州市人力社保局牵头负责哪些任务").answered());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            温发改社〔2024〕172号是哪天发的 | 2024年11月27日 | wenzhou-2024-2027
            泉丰政办综[2025]25号落款日期是哪天 | 2025 | fengze-2025
            温发改社(2024)172号是哪些部门发的 | 温州市教育局 | wenzhou-2024-2027
            """)
    void aDocumentNamedByItsNumberIsTheOneAnswered(String question, String fact, String doc) {
        Answer a = ask(question);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), question);
        assertTrue(a.answer().contains(fact) && a.hits().stream().allMatch(h -> h.clause().document().id().equals(doc)),
                question + " -> " + a.answer());
    }
}
