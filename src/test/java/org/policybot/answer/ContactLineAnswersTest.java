package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A notice whose contacts are a list of lines by topic (fictional PDF of the evaluation set, src/test/resources/eval/fresh). */
class ContactLineAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh/shandong-shenbao-tongzhi.pdf");
    }

    @Test
    void aPhoneAskedAboutSomethingIsTheContactLineNamingIt() {
        // The clause on the platform gives no number; the contact list has "平台技术支持：0531-88590126".
        // "登不上去" and "打电话" are how people talk, not topics the notice lacks.
        Answer a = answerer.ask("山东产教融合项目管理平台登不上去，打哪个电话", 5);
        assertTrue(a.answered() && a.answer().contains("0531-88590126"), a.answer() + a.notes());
    }

    @Test
    void anEmailAddressIsNoWebAddress() {
        assertFalse(Contacts.WEB.givenBy("（一）电子邮件：发送至test0001@126.com，邮件主题请注明“意见建议”。"));
        assertTrue(Contacts.WEB.givenBy("登录测试市产教融合服务平台（www.ceshi.gov.cn）填报。"));
        assertTrue(Contacts.WEB.givenBy("网址：https://ceshi.example.org/apply"));
        assertTrue(Contacts.MAIL.givenBy("发送至test0001@126.com"));
    }
}
