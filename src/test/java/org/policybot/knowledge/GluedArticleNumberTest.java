package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article whose number runs into its text (第十九条本办法自…) where the others have a space after theirs, as a PDF's
 * text layer gives a bold label: it is the next article, not words of the one before (the fictional 办法 of round
 * fresh52, 确山县, printed by LibreOffice with footnotes; and a plain-text one).
 */
class GluedArticleNumberTest {
    @Test
    void inAPdfTheLastArticleRunIntoItsNumberIsAnArticleOfItsOwn() throws IOException {
        Path p = Path.of("src/test/resources/eval/fresh52/queshan-jiaocai-banfa.pdf");
        Map<String, Clause> c = WrappedTextTest.byId(new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p)));
        Clause last = c.get("第十九条");
        assertTrue(last != null && last.text().startsWith("第十九条\u3000本办法自2026年4月1日起施行，有效期5年。"), c.keySet().toString());
        assertFalse(c.get("第十八条").text().contains("第十九条"), c.get("第十八条").text());
    }

    @Test
    void inTextOnlyTheNextNumberRunIntoItsTextIsAnArticle() {
        String text = "确山县某某管理办法（虚构测试文档）\n\n第一条　为规范管理，制定本办法。\n\n第二条　本办法适用于本县职业学校。\n\n"
                + "第五条明确了备案的时限，此处不是条文。\n\n第三条本办法自2026年4月1日起施行。\n";
        Map<String, Clause> c = WrappedTextTest.byId(new DocumentParser().parse("glued.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(c.containsKey("第三条") && c.get("第三条").text().startsWith("第三条\u3000本办法自"), c.keySet().toString());
        assertNull(c.get("第五条"), "an article named out of turn is a sentence about it: " + c.keySet());
    }
}
