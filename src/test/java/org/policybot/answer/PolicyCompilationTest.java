package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 政策汇编: one file holding a city's and a county's documents, each with its own 文号, issuer and term (fictional fixture). */
class PolicyCompilationTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/policy-compilation.txt");
    }

    @Test
    void theNumberOfADocumentInTheCompilationIsItsOwn() {
        Answer a = answerer.ask("遂昌汇编里讲产教融合型企业奖励的那个文件文号多少", 5);
        assertTrue(a.answered() && a.answer().contains("遂政办发〔2026〕7号") && a.answer().contains("遂昌县产教融合型企业奖励办法"), a.toString());
        assertFalse(a.answer().contains("丽人社发"), a.answer());
    }

    @Test
    void whoIssuedADocumentInTheCompilationIsItsOwnIssuer() {
        Answer a = answerer.ask("遂昌汇编里丽水学徒制补贴办法是哪几个部门发的", 5);
        assertTrue(a.answered() && a.answer().contains("丽水市人力资源和社会保障局、丽水市财政局"), a.toString());
    }

    @Test
    void theTermOfADocumentInTheCompilationIsItsArticleOnIt() {
        Answer a = answerer.ask("遂昌产教融合型企业奖励办法有效期几年", 5);
        assertTrue(a.answered() && a.answer().contains("有效期3年"), a.toString());
        assertTrue(a.hits().get(0).clause().id().contains("附件2"), a.hits().get(0).clause().id());
    }

    @Test
    void anArticleOfADocumentInTheCompilationIsQuotedWithThatDocumentsFigures() {
        Answer a = answerer.ask("遂昌企业接收老师来企业实践 每人每月补多少", 5);
        assertTrue(a.answered() && a.answer().contains("每人每月800元"), a.toString());
    }
}
