package org.policybot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Public-service topics outside the knowledge base's domain (公积金, 社保, 个税, 营业执照…).
 * A question naming one is about that topic: a clause that shares its other words (贷款, 利率,
 * 补贴, 标准) but never names the topic does not answer it, and the honest reply is "no clause".
 */
final class OffTopic {
    private final List<String> words;
    private final java.util.Set<String> trades;

    private OffTopic(List<String> words, java.util.Set<String> trades) {
        this.words = List.copyOf(words);
        this.trades = java.util.Set.copyOf(trades);
    }

    /** 我们（在拉萨）开/做/经营 + a trade, 一家/这家 + a trade: whose business it is, before the question. */
    private static final java.util.regex.Pattern OWN_BEFORE = java.util.regex.Pattern.compile("((我们|我|本公司|本企业|公司|企业)[^，,。？?！!]{0,6}?(开|做|办|经营|搞|是)(了)?(一家|一个|个|家)?|[一这那]家)$");

    /**
     * A trade that does what the asker asks about ("湖滨区的酒店接收实习生", "酒店想跟学校合作") or names a
     * school's major (旅游专业): the business or the students asking, not the trade as a topic.
     */
    private static final java.util.regex.Pattern ACTOR_AFTER = java.util.regex.Pattern.compile(
            "(企业|公司)?(接收|招收|招聘|招了|录用|聘用|接了|想|准备|打算|跟|和|与)|(管理|服务)?(类)?专业");

    static OffTopic load() {
        String resource = "off-topic.txt";
        InputStream in = OffTopic.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource org/policybot/answer/" + resource + " in the jar");
        }
        List<String> words = new ArrayList<>();
        java.util.Set<String> trades = new java.util.HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    if (w.endsWith(" *")) {
                        w = w.substring(0, w.length() - 2).strip();
                        trades.add(w);
                    }
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading org/policybot/answer/" + resource + " failed", e);
        }
        return new OffTopic(words, trades);
    }

    /** The first off-domain topic {@code question} names that none of {@code answerTexts} names. */
    Optional<String> unanswered(String question, List<String> answerTexts) {
        for (String w : words) {
            if (asked(question, w) && answerTexts.stream().noneMatch(t -> names(t, w))) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Whether the question is about {@code w}: named, and not only as the trade of someone's business. */
    private boolean asked(String question, String w) {
        if (!trades.contains(w)) {
            return names(question, w);
        }
        for (int i = question.indexOf(w); i >= 0; i = question.indexOf(w, i + 1)) {
            if (!OWN_BEFORE.matcher(question.substring(Math.max(0, i - 16), i)).find()
                    && !ACTOR_AFTER.matcher(question.substring(i + w.length())).lookingAt()) {
                return names(question.substring(i), w);
            }
        }
        return false;
    }

    /**
     * Whether {@code text} names topic {@code w}; 社保 in 市人力社保局 or 人力社保部门 is a bureau, not the topic. A two-character
     * topic is named inside a four-character idiom that repeats its first character before each of it (报销 in 不再实报实销).
     */
    private static boolean names(String text, String w) {
        if (w.length() == 2) {
            for (int i = text.indexOf(w.charAt(0), 1); i >= 0 && i + 2 < text.length(); i = text.indexOf(w.charAt(0), i + 1)) {
                if (text.charAt(i + 1) == text.charAt(i - 1) && text.charAt(i + 2) == w.charAt(1)) {
                    return true;
                }
            }
        }
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
            int end = i + w.length();
            if (i >= 2 && text.startsWith("人力", i - 2)) {
                continue; // 人力社保: the bureau (人力社保局, "发改、教育、人力社保等部门"), not social insurance
            }
            if (end >= text.length() || "局厅部处委办".indexOf(text.charAt(end)) < 0) {
                return true;
            }
        }
        return false;
    }
}
