package org.policybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    static void assertBalanced(String part) {
        Deque<String> stack = new ArrayDeque<>();
        Matcher m = TAG.matcher(part);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                stack.push(m.group(2));
            } else {
                assertEquals(stack.pop(), m.group(2), "tags crossed in: " + part);
            }
        }
        assertTrue(stack.isEmpty(), "unclosed tags " + stack);
    }

    @Test
    void shortTextIsOnePart() {
        assertEquals(List.of("<b>短</b>"), MessageSplitter.split("<b>短</b>", 4096));
    }

    @Test
    void splitsAtParagraphBeforeSentence() {
        String para1 = "甲".repeat(60) + "。" + "乙".repeat(30);
        String para2 = "丙".repeat(50);
        List<String> parts = MessageSplitter.split(para1 + "\n\n" + para2, 120);
        assertEquals(2, parts.size());
        assertEquals(para1 + "\n\n", parts.get(0));
        assertEquals(para2, parts.get(1));
    }

    @Test
    void splitsAtSentenceWhenNoParagraphAndKeepsTagsBalanced() {
        String sentence = "省级及以上产教融合型企业按投资额30%抵免教育费附加。";
        String html = "<b>" + sentence.repeat(10) + "</b>";
        List<String> parts = MessageSplitter.split(html, 100);
        assertTrue(parts.size() > 1);
        StringBuilder text = new StringBuilder();
        for (String p : parts) {
            assertTrue(p.length() <= 100, p.length() + ": " + p);
            assertTrue(p.startsWith("<b>") && p.endsWith("</b>"), p);
            assertBalanced(p);
            assertTrue(p.endsWith("。</b>"), "cut at a sentence end: " + p);
            text.append(p, 3, p.length() - 4);
        }
        assertEquals(sentence.repeat(10), text.toString());
    }

    @Test
    void neverCutsInsideEntitiesOrTags() {
        String html = ("a&lt;b&amp;c <a href=\"https://example.org/x\">link</a> ").repeat(40);
        for (String p : MessageSplitter.split(html, 64)) {
            assertTrue(p.length() <= 64);
            assertBalanced(p);
            assertFalse(p.matches("(?s).*&[a-z]*$"), "entity cut: " + p);
            assertFalse(p.matches("(?s).*<[^>]*$"), "tag cut: " + p);
        }
    }

    @Test
    void sixThousandCharactersGiveTwoPartsUnderTheLimit() {
        String html = ("对通过市级、省级、国家级认定的产教融合型企业，当地财政分别给予一次性5万元、20万元、50万元补助。\n").repeat(120);
        assertTrue(html.length() > 6000);
        List<String> parts = MessageSplitter.split(html, MessageSplitter.TELEGRAM_LIMIT);
        assertEquals(2, parts.size());
        parts.forEach(p -> assertTrue(p.length() <= 4096));
        assertEquals(html.strip(), (parts.get(0) + parts.get(1)).strip());
    }
}
