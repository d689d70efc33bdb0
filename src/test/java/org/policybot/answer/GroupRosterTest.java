package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** Who is in a 领导小组, asked of a notice listing its members line by line under their roles (fictional fixture). */
class GroupRosterTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/roster-notice.txt");
    }

    @Test
    void whoHoldsARoleIsTheMemberRowNotAClauseNamingOnlyTheRole() {
        Answer a = answerer.ask("测试县产教融合领导小组组长是谁", 5);
        assertTrue(a.answer().contains("郝明远　县人民政府副县长"), a.toString());
    }

    @Test
    void aMemberOnALineUnderTheRoleAboveKeepsThatRole() {
        Answer a = answerer.ask("测试县领导小组里财政局的成员叫啥", 5);
        assertTrue(a.answer().contains("成员") && a.answer().contains("包晓岚"), a.toString());
    }

    @Test
    void theMembersOfARoleAreCountedAndListed() {
        Answer a = answerer.ask("测试县产教融合领导小组有几个副组长", 5);
        assertTrue(a.answer().startsWith("共2个"), a.answer());
        assertTrue(a.answer().contains("柯雨桥") && a.answer().contains("温立川"), a.answer());
    }

    @Test
    void whyAGroupWasChangedIsTheCauseTheNoticeOpensWith() {
        Answer a = answerer.ask("测试县为啥要调整产教融合领导小组", 5);
        assertTrue(a.answer().startsWith("因人事变动"), a.toString());
        assertTrue(IssueReasons.ASKS.matcher("为啥要调整产教融合领导小组").find(), "asks why the group was changed");
    }

    @Test
    void whetherTheGroupHasASealOfItsOwnIsTheRuleOnItsSeal() {
        Answer a = answerer.ask("测试县产教融合领导小组有没有自己的公章", 5);
        assertTrue(a.answered() && a.answer().contains("不刻制印章"), a.toString());
    }

    @Test
    void whetherSomeoneHoldsARoleIsAnsweredByTheirOwnRow() {
        Answer a = answerer.ask("尹若松是不是测试县产教融合领导小组的副组长", 5);
        assertTrue(a.answer().contains("成员；尹若松　县经济和信息化局副局长"), a.answer());
    }
}
