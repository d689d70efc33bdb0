package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** Questions on a regulation numbered by articles (fictional fixture), next to the two shipped plans. */
class RegulationAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/regulation-articles.txt");
    }

    @Test
    void whoDidAnActIsTheClauseNamingItsDoerNotOneOnTheActAlone() throws IOException {
        Answer a = FixtureAnswerer.with("src/test/resources/fixtures/drafting-note.txt").ask("测试市这个促进办法是哪些部门起草的", 5);
        assertTrue(a.answer().contains("市教育局会同市财政局起草"), a.answer());
    }

    @Test
    void whatAChapterSaysIsEveryArticleUnderItsHeadingInFull() {
        Answer a = answerer.ask("测试市实训基地办法附则里都写了啥", 5);
        assertEquals(List.of("regulation-articles/第六条", "regulation-articles/第七条"),
                a.hits().stream().map(h -> h.clause().id()).toList(), a.answer());
        assertTrue(a.answer().contains("有效期至2028年12月31日"), "a short article is quoted whole: " + a.answer());
    }

    @Test
    void anArticleListingMaterialsIsAnsweredWithAllItsItemsCitedAsThatArticle() {
        Answer a = answerer.ask("申报实训基地要交哪些材料", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("regulation-articles/第四条", a.best().clause().id());
        assertTrue(a.answer().contains("（一）实训基地建设申报书") && a.answer().contains("（三）近两年实训设备投入清单"), a.answer());
        assertEquals(List.of("regulation-articles/第四条", "regulation-articles/第四条/(一)", "regulation-articles/第四条/(二)",
                "regulation-articles/第四条/(三)"), a.hits().stream().map(h -> h.clause().id()).toList());
    }

    @Test
    void aQuestionAskingForEachRankGetsEveryItemOfTheArticle() throws IOException {
        PolicyAnswerer awards = FixtureAnswerer.with("src/test/resources/fixtures/competition-awards.txt");
        Answer a = awards.ask("技能竞赛一二三等奖分别奖励指导教师多少", 5);
        assertEquals("competition-awards/第二条", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("6000元") && a.answer().contains("4000元") && a.answer().contains("2000元"), a.answer());
    }

    @Test
    void ranksRunTogetherAreSearchedOneByOne() {
        assertEquals("技能竞赛一等奖二等奖三等奖奖多少", QuestionReader.expandRuns("技能竞赛一二三等奖奖多少"));
        assertEquals("一等奖二等奖", QuestionReader.expandRuns("一、二等奖"));
    }

    @Test
    void aFigureTheAskerGivesAboutTheirOwnCaseDoesNotCountAgainstTheClause() {
        // 700来万 is what the asker spent; no clause says 700万, and the 30万元 article answers.
        Answer a = answerer.ask("我们实训设备花了700来万，认定为市级实训基地给多少建设补助", 5);
        assertEquals("regulation-articles/第五条", a.best().clause().id(), a.toString());
        assertEquals(Answer.Confidence.HIGH, a.confidence(), a.toString());
    }

    @Test
    void howManyChaptersAndArticlesARegulationHasIsCountedFromItsStructure() {
        Answer a = answerer.ask("测试市实训基地管理办法一共几章几条", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("共4章9条：第一章 总则；") && a.answer().endsWith("第四章 监督管理。"), a.answer());
    }

    @Test
    void whatTheChaptersAreAskedAfterTheirCountIsTheChaptersByName() {
        // "一共几章 都是什么": the count alone was the answer, the bare 都是什么 after it asked for nothing
        Answer a = answerer.ask("测试市实训基地管理办法一共几章 都是什么", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        for (String chapter : new String[] {"总则", "建设与认定", "附则", "监督管理"}) {
            assertTrue(a.answer().contains(chapter), chapter + " in " + a.answer());
        }
        assertTrue(a.answer().contains("共4章9条"), a.answer());
        assertEquals(a.answer().indexOf("第二章"), a.answer().lastIndexOf("第二章"), "chapters named once: " + a.answer());
    }

    @Test
    void whatFollowsFromACaseIsAnsweredByWhatThenHappensThoughNoClauseSaysConsequence() {
        Answer a = answerer.ask("实训基地年度考核连续两年不合格会有什么后果", 5);
        assertTrue(a.answered(), a.toString());
        assertTrue(a.hits().stream().limit(2).anyMatch(h -> h.clause().id().startsWith("regulation-articles/第九条")), a.toString());
    }

    @Test
    void thePartsOfANamedSectionAreTheHeadingsUnderIt() throws IOException {
        // Automatic Word numbering (一、/（一）/1.) in a fictional evaluation document.
        PolicyAnswerer plan = FixtureAnswerer.with("src/test/resources/eval/fresh6/liupanshui-xingdong-fangan.docx");
        Answer a = plan.ask("六盘水三年行动方案的重点任务分哪几块？", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("“二、重点任务”分为6项：（一）搭建产教融合平台；") && a.answer().contains("（六）服务重点产业发展"), a.answer());
    }

    @Test
    void anAmountIsQuotedFromItsArticle() {
        Answer a = answerer.ask("认定为市级实训基地给多少钱补助", 5);
        assertEquals("regulation-articles/第五条", a.best().clause().id());
        assertTrue(a.answer().contains("30万元"), a.answer());
    }

    @Test
    void aQuestionNamingAnArticleGetsThatArticleWithItsItems() {
        for (String q : List.of("测试市实训基地管理办法第四条讲的什么", "实训基地办法第4条说了啥")) {
            Answer a = answerer.ask(q, 5);
            assertEquals("regulation-articles/第四条", a.best().clause().id(), q);
            assertTrue(a.answer().contains("（二）校企合作协议复印件"), a.answer());
        }
    }

    @Test
    void articleNumbersAreWrittenAsRegulationsWriteThem() {
        assertEquals("第十二条", ArticleReference.named("第12条讲的啥").orElseThrow());
        assertEquals("第二十条", ArticleReference.named("第20条").orElseThrow());
        assertEquals("第一百零五条", ArticleReference.named("第105条").orElseThrow());
        assertEquals("第三条", ArticleReference.named("第三条是什么意思").orElseThrow());
    }

    @Test
    void aBareArticleNumberThatSeveralDocumentsHaveAsksWhichDocument() throws IOException {
        PolicyAnswerer two = FixtureAnswerer.with("src/test/resources/fixtures/regulation-articles.txt",
                "src/test/resources/eval/fresh/foshan-banfa.docx");
        Answer a = two.ask("第七条", 5);
        assertEquals(Answer.Type.CLARIFY, a.type());
        assertTrue(a.notes().get(0).startsWith("有2个文件都有第七条"), a.notes().toString());
    }

    @Test
    void aMaterialsQuestionFindsTheIntroWhoseItemsCoverItThoughTheIntroAloneDoesNot() throws IOException {
        // 第七条 says only "申报单位应当提交下列材料："; what is being applied for is in its items.
        Answer a = FixtureAnswerer.with("src/test/resources/eval/fresh/foshan-banfa.docx").ask("申报佛山市级重点产业学院要交哪些材料", 5);
        assertEquals("foshan-banfa/第七条", a.best().clause().id());
        assertTrue(a.answer().contains("1.佛山市重点产业学院申报书") && a.answer().contains("6.申报单位信用承诺书"), a.answer());
    }

    @Test
    void askingForAPhoneQuotesTheSentenceGivingTheNumber() throws IOException {
        Answer a = FixtureAnswerer.with("src/test/resources/eval/fresh/foshan-banfa.docx").ask("佛山这个产业学院办法执行中有问题找谁，电话多少", 5);
        assertTrue(a.answer().contains("联系人：陈志强，电话：0757-83392617"), a.answer());
    }

    @Test
    void aSentenceHandingOverToAnotherArticleIsFollowedByWhatThatArticleSays() {
        Answer a = answerer.ask("获得省级认定的实训基地配套补助怎么算", 5);
        assertEquals("regulation-articles/第八条", a.best().clause().id());
        assertTrue(a.answer().contains("按照本办法第五条执行") && a.answer().contains("30万元") && a.answer().contains("20万元配套补助"), a.answer());
        assertTrue(a.hits().stream().anyMatch(h -> h.clause().id().equals("regulation-articles/第五条")), a.hits().toString());
    }

    @Test
    void askingInWhatCasesGetsTheArticleListingTheCases() {
        Answer a = answerer.ask("实训基地什么情况下会被撤销认定", 5);
        assertEquals("regulation-articles/第九条", a.best().clause().id());
        assertTrue(a.answer().contains("申报材料弄虚作假") && a.answer().contains("连续两年不合格"), a.answer());
    }

    @Test
    void askingWhatATermMeansGetsTheArticleDefiningIt() {
        Answer a = answerer.ask("这里说的实训基地到底指什么", 5);
        assertEquals("regulation-articles/第二条", a.best().clause().id());
        assertTrue(a.answer().contains("是指由职业院校与企业"), a.answer());
    }

    @Test
    void theReleaseNoteIsNoClause() {
        Answer a = answerer.ask("公开方式是什么", 5);
        assertTrue(a.hits().stream().noneMatch(h -> h.clause().text().contains("主动公开")), a.hits().toString());
    }

    @Test
    void wordsThatOnlyFrameTheAskingDoNotCountAgainstAClause() throws IOException {
        // "包括哪些", "多长时间": asking, not content; no clause needs to contain 包括 or 时间 to answer.
        Answer list = answerer.ask("丰泽方案的保障措施包括哪些", 5);
        assertTrue(list.answered(), list.toString());
        assertTrue(list.answer().contains("健全组织领导机制") && list.answer().contains("完善考核评估体系"), list.answer());
        Answer time = FixtureAnswerer.with("src/test/resources/eval/docs/ningbo-caizheng-tongzhi.md").ask("宁波区县初审要多长时间", 5);
        assertTrue(time.answer().contains("15个工作日"), time.toString());
    }

    @Test
    void askingHowToApplyGetsTheStepsWhetherAnIntroWithItemsOrASection() throws IOException {
        // 佛山: "按照下列程序进行：" and four items; 江苏: a section 六、申报程序和时间 and the clauses under it.
        Answer intro = FixtureAnswerer.with("src/test/resources/eval/fresh/foshan-banfa.docx").ask("佛山市级重点产业学院怎么申报", 5);
        assertEquals("foshan-banfa/第八条", intro.best().clause().id());
        assertTrue(intro.answer().contains("（一）发布指南") && intro.answer().contains("（四）公示认定"), intro.answer());
        Answer section = FixtureAnswerer.with("src/test/resources/eval/docs/jiangsu-shenbao-tongzhi.txt").ask("江苏省级实训基地项目怎么申报", 5);
        assertEquals("jiangsu-shenbao-tongzhi/六/(一)", section.best().clause().id());
        assertTrue(section.answer().startsWith("六、申报程序和时间") && section.answer().contains("各设区市财政局会同教育局")
                && section.answer().contains("不予受理"), section.answer());
    }

    @Test
    void askingForTheWholeCourseGetsTheChapterNamedByItsActs() throws IOException {
        // 第三章 申报和审核 names no step word (程序, 流程), only acts; its articles, numbered through the
        // document, are the course from the 申报 to the money paid.
        PolicyAnswerer rules = FixtureAnswerer.with("src/test/resources/eval/fresh8/shaoxing-banfa-2026.docx");
        Answer course = rules.ask("我们第一次在绍兴申报，从交材料到拿到钱，整个流程是怎样的？", 5);
        assertTrue(course.answered(), course.toString());
        assertEquals("shaoxing-banfa-2026/第十五条", course.best().clause().id());
        assertTrue(course.answer().startsWith("第三章 申报和审核") && course.answer().contains("10个工作日内完成初审")
                && course.answer().contains("20个工作日内将资金拨付到位") && !course.answer().contains("绩效评价"), course.answer());
        // How one act is done is not the whole course: the article on it answers.
        Answer apply = rules.ask("绍兴奖补资金怎么申报", 5);
        assertFalse(apply.answer().startsWith("第三章"), apply.answer());
    }

    @Test
    void aDocumentFactAndAClauseQuestionInOneMessageAreBothAnswered() {
        Answer a = answerer.ask("测试市实训基地建设管理办法由哪个部门负责解释？文号是多少", 5);
        assertTrue(a.answer().contains("测教职〔2026〕7号") && a.answer().contains("另问") && a.answer().contains("本办法由市教育局负责解释"),
                a.answer());
    }
}
