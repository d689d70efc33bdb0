package org.policybot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import org.policybot.region.Mention;

/**
 * Reads a follow-up against the previous question of the same chat: "那省级呢？" after
 * "市级产教融合型企业能拿多少补助" asks about 省级 enterprises; "谁牵头？" after a question about
 * a task asks who leads that task. A word of the same slot (认定 level, region) replaces the earlier
 * one; otherwise what the follow-up adds is put after the earlier question.
 */
final class FollowUp {
    /** A year, the slot a follow-up may change: 2028年, 2026年度. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d{2}\\s*年度?");

    /** A unit by its name: 县人社局, 市发展改革委, 自治区教育厅 (not a place or a table before it: 分工表里县教育局). */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "[\\p{IsHan}&&[^里的在和与及、，,那这是我们你谁哪]]{1,8}?(局|委|厅)(?![\\p{IsHan}&&[^牵负的呢是管]])");

    private FollowUp() {
    }

    /** Whether {@code current} names another unit than {@code previous}: the same question for that unit. */
    static boolean swapsUnit(ReadQuestion previous, ReadQuestion current) {
        Matcher now = UNIT.matcher(current.text());
        Matcher then = UNIT.matcher(previous.text());
        return now.find() && then.find() && !now.group().equals(then.group());
    }

    /** A skill grade: 四级, 三级/高级工, 中级工, 技师 (not the 市级 / 省级 of a level, nor 二级建造师). */
    private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile(
            "(?<![省市县区州国])[一二三四五]级(?:/?(?:初级工|中级工|高级工|高级技师|技师))?(?![\\p{IsHan}&&[^工的补证呢吗]])|高级技师|初级工|中级工|高级工|技师(?!学院)");

    static String merge(ReadQuestion previous, ReadQuestion current) {
        String merged = previous.text();
        boolean replaced = false;
        if (!current.levels().isEmpty() && !previous.levels().isEmpty()) {
            merged = merged.replace(previous.levels().get(0), current.levels().get(0));
            replaced = true;
        }
        Matcher nowYear = YEAR.matcher(current.text());
        Matcher thenYear = YEAR.matcher(merged);
        if (nowYear.find() && thenYear.find()) {
            // "那2028年呢？" after "2027年…目标是多少": the same question for another year.
            merged = merged.substring(0, thenYear.start()) + nowYear.group() + merged.substring(thenYear.end());
            replaced = true;
        }
        Matcher nowGrade = GRADE.matcher(current.text());
        Matcher thenGrade = GRADE.matcher(merged);
        if (nowGrade.find() && thenGrade.find()) {
            // "那三级呢" after "车工四级补贴标准是多少": the same trade's other skill grade.
            merged = merged.substring(0, thenGrade.start()) + nowGrade.group() + merged.substring(thenGrade.end());
            replaced = true;
        }
        if (!current.regions().isEmpty()) {
            Mention now = current.regions().get(0);
            if (!previous.regions().isEmpty()) {
                merged = merged.replace(previous.regions().get(0).surface(), now.surface());
            } else {
                merged = now.surface() + merged;
            }
            replaced = true;
        }
        Matcher nowUnit = UNIT.matcher(current.text());
        String unit = null;
        if (nowUnit.find()) {
            Matcher thenUnit = UNIT.matcher(merged);
            if (thenUnit.find() && !thenUnit.group().equals(nowUnit.group())) {
                // "县人社局牵头的呢？" after "…县教育局牵头的任务有哪些": the same question for another unit.
                unit = nowUnit.group();
                merged = merged.substring(0, thenUnit.start()) + unit + merged.substring(thenUnit.end());
                replaced = true;
            }
        }
        if (DocumentKinds.points(current.text())) {
            merged = DocumentKinds.withoutPointer(merged); // "那个实施方案的文号呢" after the notice's: the plan's, not both
        }
        String added = addition(current);
        if (!replaced && unit == null) {
            Optional<String> swapped = subjectSwapped(merged, added, previous.regions());
            if (swapped.isPresent()) {
                return swapped.get(); // "实习补贴呢" after "产业导师补贴每人每年多少": the same question of 实习补贴
            }
        }
        if (unit != null) {
            added = added.replace(unit, "");
            // what is left (牵头的, 负责的) the earlier question already asks
            String rest = added.replaceAll("[的了呢吗？?，,\\s]", "");
            if (rest.isEmpty() || merged.contains(rest)) {
                added = "";
            }
        }
        if (!added.isEmpty() && !(replaced && current.topic().isEmpty() && current.kind() == QuestionKind.GENERAL)) {
            merged = merged.replaceAll("[？?。！!]+$", "") + "，" + added;
        }
        return merged;
    }

    /** Nouns a follow-up names another of (实习补贴 after 导师补贴, 产业学院 after 实训基地 is not: no shared head). */
    private static final java.util.regex.Pattern HEADED = java.util.regex.Pattern.compile(
            "[\\p{IsHan}]{1,6}(补贴|补助|奖励|基地|学院|导师|项目|资金|经费)");
    /** Where a noun phrase of the earlier question begins: after a place, a particle or a verb. */
    private static final String PHRASE_START = "的是在给对向和与及，,、？?。里年级市县区省";

    /**
     * The earlier question asked of the follow-up's noun instead of its own one with the same head
     * (实习补贴 for 产业导师补贴), when the follow-up is that noun alone.
     */
    private static Optional<String> subjectSwapped(String earlier, String added, java.util.List<Mention> places) {
        if (!HEADED.matcher(added).matches()) {
            return Optional.empty();
        }
        String head = added.substring(added.length() - 2);
        int at = earlier.indexOf(head);
        if (at < 0 || earlier.indexOf(head, at + 1) >= 0) {
            return Optional.empty(); // not named, or named twice: which one the follow-up replaces is unclear
        }
        int floor = 0;
        for (Mention m : places) {
            int p = earlier.indexOf(m.surface());
            if (p >= 0 && p + m.surface().length() <= at) {
                floor = Math.max(floor, p + m.surface().length()); // 潍坊 stays: the place is not the noun
            }
        }
        int start = at;
        while (start > floor && at - start < 6 && PHRASE_START.indexOf(earlier.charAt(start - 1)) < 0
                && Character.UnicodeScript.of(earlier.charAt(start - 1)) == Character.UnicodeScript.HAN) {
            start--;
        }
        String before = earlier.substring(start, at + 2);
        if (before.equals(added) || start == at) {
            return Optional.empty();
        }
        return Optional.of(earlier.substring(0, start) + added + earlier.substring(at + 2));
    }

    /** What the follow-up says beyond pointing back: "谁牵头", "什么时候截止", "实训基地". */
    private static String addition(ReadQuestion current) {
        String s = current.text().strip();
        s = s.replaceFirst("^(那么|那如果|那|这个|那个|它|该|此|上面|刚才|还有|另外|再问)+", "");
        s = s.replaceAll("[呢吗？?。！!\\s]+$", "");
        for (Mention m : current.regions()) {
            s = s.replace(m.surface(), "");
        }
        s = YEAR.matcher(s).replaceAll("");
        Matcher m = QuestionReader.LEVEL.matcher(s);
        return m.replaceAll("").replaceAll("^[的，,\\s]+", "").strip();
    }
}
