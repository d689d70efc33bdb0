package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.DocumentParser;
import org.policybot.knowledge.ParsedDocument;
import org.policybot.search.Answer;

/**
 * An alliance's 章程 (quorums and majorities as fractions, fees, limits, who appoints) and the 公告 of its first members
 * (a roster table with a 联盟职务 column, the leaders by name, an info box of dl / dt / dd), both fictional fixtures
 * (alliance-charter.txt, alliance-roster.html): rules from the charter, names and counts from the roster.
 */
class AllianceCharterAndRosterTest {
    private static final String CHARTER = "src/test/resources/fixtures/alliance-charter.txt";
    private static final String ROSTER = "src/test/resources/fixtures/alliance-roster.html";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(CHARTER, ROSTER);
    }

    private static Answer ask(String q) {
        return FixtureAnswerer.answered(answerer, q);
    }

    @Test
    void aShareOfTheMembersAnswersHowManyMustAgree() {
        assertTrue(ask("测试市校企合作联盟想开个临时理事会 得有多少家提议").answer().contains("三分之一以上的理事单位提议"));
        // a requirement asked of a body the roster also lists: the rule, not the 3 理事单位 counted
        assertTrue(ask("测试市校企合作联盟开临时理事会 得有多少家理事单位提议").answer().contains("三分之一以上"));
    }

    @Test
    void aMembershipFeeIsAFeeGiven() {
        Answer a = ask("测试市校企合作联盟副理事长单位一年交多少会费");
        assertTrue(a.answer().contains("副理事长单位每年1万元"), a.answer());
    }

    @Test
    void aLimitAskedIsTheRulesNotTheRowsCounted() {
        Answer a = ask("测试市校企合作联盟最多能有几个副理事长单位");
        assertTrue(a.answer().contains("副理事长单位不超过6家"), a.answer());
    }

    @Test
    void aCountOfRowsQuotesTheStatedCountOfThatVeryKind() {
        Answer a = ask("测试市校企合作联盟副理事长单位现在一共几家");
        assertTrue(a.answer().startsWith("副理事长单位3家"), a.answer());
    }

    @Test
    void whoHoldsAPostIsTheSentenceFillingIt() {
        Answer a = ask("测试市校企合作联盟理事长是谁");
        assertTrue(a.answer().contains("院长张测试担任"), a.answer());
    }

    @Test
    void whichUnitOfAPlaceListsEveryRowOfIt() {
        Answer a = ask("测试南县有哪家单位入选了校企合作联盟");
        assertTrue(a.answer().contains("测试市高级技工学校") && a.answer().contains("测试食品有限公司") && a.answer().contains("测试陶瓷有限公司"),
                a.answer());
    }

    @Test
    void anInfoBoxOfDefinitionListsIsMetadata() throws IOException {
        ParsedDocument d = new DocumentParser().parse("alliance-roster.html", Files.readAllBytes(Path.of(ROSTER)));
        assertEquals("TESTLM-2026-00031", d.info().indexNo());
    }
}
