package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * One region, two documents on one topic (fictional fixtures of the tenth eval round, dev: 常德's
 * 实施方案 and this year's 申报通知): a question pointing at one kind of document is answered from it.
 */
class SeveralDocumentsOfOneRegionTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh9/changde-shishi-fangan.docx",
                "src/test/resources/eval/fresh9/changde-shenbao-tongzhi.txt");
    }

    @Test
    void aDocumentFactOfTheKindOfDocumentNamed() {
        assertTrue(answerer.ask("常德那个实施方案的文号是多少", 3).answer().contains("常政办发〔2026〕6号"));
        assertTrue(answerer.ask("常德产教融合项目申报通知的文号是多少", 3).answer().contains("常发改社会〔2026〕37号"));
    }

    @Test
    void aFollowUpNamingTheOtherKindAsksItsFact() {
        String first = "常德今年产教融合项目申报通知的文号是多少？";
        Answer next = answerer.answer("那个实施方案的文号呢？", 3, new PolicyAnswerer.Context(Optional.empty(), first)).answer();
        assertTrue(next.answer().contains("常政办发〔2026〕6号") && !next.answer().contains("常发改社会"), next.answer());
    }

    @Test
    void aClauseQuestionPointingAtTheNoticeIsAnsweredFromIt() {
        // Both documents speak of 实训基地 and their 补助; "申报通知里" asks this year's notice.
        Answer a = answerer.ask("申报通知里说常德市级产教融合实训基地今年拟认定几个", 3);
        assertEquals("changde-shenbao-tongzhi", a.best().clause().document().id(), a.toString());
        assertTrue(a.answer().contains("8个"), a.answer());
    }

    @Test
    void aThresholdAskedIsAnsweredByTheClauseSettingIt() {
        // The plan gives the award (最高50万元); the notice sets the threshold too (不低于100万元).
        Answer a = answerer.ask("我们是常德一家小型机械厂，想报市级产教融合实训基地，设备投入至少要多少？", 3);
        assertTrue(a.answer().contains("不低于100万元"), a.answer());
    }

    @Test
    void whichKindsCanBeAppliedForListsTheItemsOfTheSectionNamingThem() {
        // 一、申报类别和支持标准 with （一）…（六）: every item by its name, all of them hits.
        Answer a = answerer.ask("常德2026年产教融合项目能报哪几类？", 3);
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertEquals(6, a.hits().size(), a.answer());
        assertTrue(a.answer().contains("市级产教融合实训基地") && a.answer().contains("学生岗位实习补贴"), a.answer());
    }

    @Test
    void whereTheMaterialGoesIsAnsweredByTheClauseOnHandingItIn() {
        // "交给谁" is no clause's wording: 向所在区县（市）发展改革部门提交 is.
        Answer a = answerer.ask("我们是鼎城区的一家食品企业，报常德市级产教融合项目，材料交给谁？", 3);
        assertEquals("changde-shenbao-tongzhi/四/(一)", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("发展改革部门提交"), a.answer());
    }

    @Test
    void theAskersOwnDurationIsNoCountOfTheDocuments() {
        // "刚满8个月" is the asker's; "2026年拟认定8个" shares only the figure. The condition on 注册 answers.
        Answer a = answerer.ask("我们公司在常德注册刚满8个月，今年能申报产教融合项目吗？", 3);
        assertTrue(a.answer().contains("注册登记满1年"), a.answer());
    }

    @Test
    void whatTheStarMeansIsTheDocumentsOwnKeyToIt() {
        // The note under the 分工表, not a row with a ★ in it.
        Answer a = answerer.ask("常德那个分工表里标★是什么意思？", 3);
        assertEquals("注：标★的为牵头单位，其余为配合单位", a.answer());
        assertEquals("changde-shishi-fangan/附件/¶1", a.best().clause().id());
    }
}
