package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A meeting notice's weekday, speaking time, word limit and the things it names one after another (fictional fixture). */
class MeetingArrangementsTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/meeting-arrangements.txt");
    }

    @Test
    void aWeekdayAnswersWhichDayOfTheWeek() {
        Answer a = answerer.ask("测试市现场会是星期几开", 5);
        assertTrue(a.answered() && a.answer().contains("星期三"), a.toString());
    }

    @Test
    void howLongAMeetingRunsIsItsLengthNotHowOftenItMeets() {
        Answer a = answerer.ask("测试市现场会开多久", 5);
        assertTrue(a.answered() && a.answer().contains("会期半天"), a.toString());
    }

    @Test
    void theDayANoticeWasIssuedIsItsDate() {
        Answer a = answerer.ask("测试市现场会的通知是哪天正式发文的", 5);
        assertTrue(a.answered() && a.answer().contains("2026年6月20日"), a.toString());
    }

    @Test
    void aTownAskingHowManyItSendsIsAnsweredByWhatEveryTownSends() {
        Answer a = answerer.ask("测试市现场会我们镇去几个人", 5);
        assertTrue(a.answered() && a.answer().contains("各镇人民政府、街道办事处分管负责同志各1名"), a.toString());
    }

    @Test
    void whoTakesPartIsTheSectionOfAttendees() {
        Answer a = answerer.ask("测试市现场会都有哪些人参加", 5);
        assertTrue(a.answered() && a.answer().contains("成员单位分管负责同志各1名") && a.answer().contains("街道办事处分管负责同志各1名"),
                a.toString());
    }

    @Test
    void minutesAnswerHowManyMinutes() {
        Answer a = answerer.ask("测试市现场会每个单位发言能讲几分钟", 5);
        assertTrue(a.answered() && a.answer().contains("不超过5分钟"), a.toString());
    }

    @Test
    void aWordLimitAnswersHowManyCharacters() {
        Answer a = answerer.ask("测试市现场会交流材料最多写多少字", 5);
        assertTrue(a.answered() && a.answer().contains("1200字以内"), a.toString());
    }

    @Test
    void thingsNamedOneAfterAnotherAnswerHowMany() {
        Answer bases = answerer.ask("测试市现场会要看几个实训基地", 5);
        assertTrue(bases.answered() && bases.answer().contains("城东镇数控加工实训基地") && bases.answer().contains("城西镇电子装配实训基地"),
                bases.toString());
        Answer speakers = answerer.ask("测试市现场会有几个单位交流发言", 5);
        assertTrue(speakers.answered() && speakers.answer().contains("测试市明达精密机械有限公司"), speakers.toString());
    }

    @Test
    void whoDoesAnActIsTheAgendaLineNamingThemNotTheSentenceNamingTheActAlone() {
        Answer a = answerer.ask("测试市现场会上通报全市产教融合工作情况的是谁", 5);
        assertTrue(a.answer().contains("温立川"), a.toString());
    }

    @Test
    void takingTheBusIsBoardingIt() {
        Answer a = answerer.ask("测试市现场会几点坐车去观摩", 5);
        assertTrue(a.answer().contains("8:30统一乘车"), a.toString());
    }

    @Test
    void aCountIsNamedByItsThingsOnlyWhenTheyEndAsTheThingAsked() {
        assertTrue(QuestionKind.enumerates("观摩甲镇实训基地、乙镇实训基地。", "要看几个实训基地"));
        assertTrue(!QuestionKind.enumerates("观摩甲镇实训基地、乙镇产业学院。", "要看几个实训基地"));
    }
}
