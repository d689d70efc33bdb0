package org.policybot.answer;

import java.util.regex.Matcher;
import org.policybot.region.Mention;

/**
 * Reads a follow-up against the previous question of the same chat: "那省级呢？" after
 * "市级产教融合型企业能拿多少补助" asks about 省级 enterprises; "谁牵头？" after a question about
 * a task asks who leads that task. A word of the same slot (认定 level, region) replaces the earlier
 * one; otherwise what the follow-up adds is put after the earlier question.
 */
final class FollowUp {
    private FollowUp() {
    }

    static String merge(ReadQuestion previous, ReadQuestion current) {
        String merged = previous.text();
        boolean replaced = false;
        if (!current.levels().isEmpty() && !previous.levels().isEmpty()) {
            merged = merged.replace(previous.levels().get(0), current.levels().get(0));
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
        String added = addition(current);
        if (!added.isEmpty() && !(replaced && current.topic().isEmpty() && current.kind() == QuestionKind.GENERAL)) {
            merged = merged.replaceAll("[？?。！!]+$", "") + "，" + added;
        }
        return merged;
    }

    /** What the follow-up says beyond pointing back: "谁牵头", "什么时候截止", "实训基地". */
    private static String addition(ReadQuestion current) {
        String s = current.text().strip();
        s = s.replaceFirst("^(那么|那如果|那|这个|那个|它|该|此|上面|刚才|还有|另外|再问)+", "");
        s = s.replaceAll("[呢吗？?。！!\\s]+$", "");
        for (Mention m : current.regions()) {
            s = s.replace(m.surface(), "");
        }
        Matcher m = QuestionReader.LEVEL.matcher(s);
        return m.replaceAll("").replaceAll("^[的，,\\s]+", "").strip();
    }
}
