package org.policybot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;

/**
 * Which documents of the knowledge base another one repeals ("原《…办法》（…〔2023〕5号）同时废止",
 * "《…（试行）》不再执行"), found once per index generation ({@link Library#repealed}); what a
 * question does with that is {@link Supersession}'s.
 */
final class Repeals {
    /** A document {@code oldId} repealed by {@code newId} in {@code sentence} of {@code clause}. */
    record Repeal(String oldId, String newId, Clause clause, String sentence) {
    }

    private static final List<String> WORDS = List.of("废止", "不再执行", "停止执行", "同时失效", "不再适用", "自行失效");
    private static final Pattern REPEAL = Pattern.compile("废止|不再执行|停止执行|同时失效|不再适用|自行失效");
    private static final Pattern TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern NOTICE = Pattern.compile("^.*?印发《?(.+?)》?的?通知$");

    private Repeals() {
    }

    /**
     * Per repealed document: the repeal. A document counts as repealed when another document of the
     * base names it, by 文号 or by its exact title (or the title its 印发通知 carries), in a sentence
     * that repeals; never itself, never a later one (by issue date, when both have one).
     */
    static Map<String, Repeal> find(Library lib) {
        Map<String, Repeal> out = new LinkedHashMap<>();
        Map<String, String> byNo = new LinkedHashMap<>();
        Map<String, String> byTitle = new LinkedHashMap<>();
        for (DocumentProfile p : lib.profiles()) {
            DocumentInfo info = p.info();
            if (!info.docNo().isBlank()) {
                byNo.putIfAbsent(key(info.docNo()), info.id());
            }
            byTitle.putIfAbsent(key(info.title()), info.id());
            Matcher n = NOTICE.matcher(key(info.title()));
            if (n.matches()) {
                byTitle.putIfAbsent(n.group(1), info.id());
            }
        }
        for (Clause c : lib.withAny(WORDS)) {
            for (String sentence : sentences(c.text())) {
                if (!REPEAL.matcher(sentence).find()) {
                    continue;
                }
                Set<String> named = new LinkedHashSet<>();
                Matcher no = DocumentNumbers.DOC_NO.matcher(sentence);
                while (no.find()) {
                    String id = byNo.get(key(no.group()));
                    if (id != null) {
                        named.add(id);
                    }
                }
                Matcher t = TITLE.matcher(sentence);
                while (t.find()) {
                    String id = byTitle.get(key(t.group(1)));
                    if (id != null) {
                        named.add(id);
                    }
                }
                String newId = c.document().id();
                for (String oldId : named) {
                    if (!oldId.equals(newId) && !later(lib.profile(oldId), lib.profile(newId))) {
                        out.putIfAbsent(oldId, new Repeal(oldId, newId, c, withEffect(c.text(), sentence).strip()));
                    }
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The note shown with an answer quoting a repealed document. */
    static String note(Repeal r, Library lib) {
        DocumentProfile now = lib.profile(r.newId());
        String by = now == null ? "新文件" : now.info().citation();
        return "该文件已被" + by + "废止，现行规定以新文件为准。";
    }

    private static boolean later(DocumentProfile old, DocumentProfile now) {
        if (old == null || now == null || old.info().date().isBlank() || now.info().date().isBlank()) {
            return false;
        }
        return old.info().date().compareTo(now.info().date()) > 0;
    }

    /** The year a document was issued: its date's, else its 文号's 〔year〕. */
    static String year(DocumentInfo info) {
        if (info.date().length() >= 4) {
            return info.date().substring(0, 4);
        }
        Matcher m = Pattern.compile("[〔\\[［(（]\\s*(\\d{4})").matcher(info.docNo());
        return m.find() ? m.group(1) : "";
    }

    private static final Pattern EFFECT = Pattern.compile("(自|从|于)[^。；]{0,24}(施行|实施|执行|生效)");

    /**
     * The repeal sentence with the one before it when that says from when the new rules apply
     * ("本办法自2026年5月1日起施行。原《…》同时废止。"): since when the old one no longer holds.
     */
    private static String withEffect(String text, String sentence) {
        if (EFFECT.matcher(sentence).find()) {
            return sentence;
        }
        List<String> all = sentences(text);
        int at = all.indexOf(sentence);
        return at > 0 && EFFECT.matcher(all.get(at - 1)).find() ? all.get(at - 1).strip() + sentence.strip() : sentence;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[。；;！])")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    static String key(String s) {
        return s.replaceAll("[\\s《》〔〕\\[\\]［］()（）]", "").replace('—', '-').replace('－', '-').replace('–', '-');
    }
}
