package org.policybot.answer;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 认定 level a question asks an amount or a count for (拉萨市的市级实训基地补多少) against the
 * levels the answering clause sets (自治区级 only). A clause of another level does not answer: the
 * documents in scope are silent on the level asked. A clause naming no level, the level asked, a
 * range that takes it in (市级及以上) or 各级 answers.
 */
final class AskedLevel {
    private static final Pattern RANGE = Pattern.compile("(国家级|自治区级|省级|市级|地市级|(?<!自治)区级|县级)及?以上");

    private AskedLevel() {
    }

    /** The levels {@code text} sets instead of the one asked, when it sets only others. */
    static Optional<Set<String>> others(ReadQuestion q, String text) {
        if (q.levels().size() != 1 || !(q.kind() == QuestionKind.AMOUNT || q.kind() == QuestionKind.COUNT)) {
            return Optional.empty();
        }
        String asked = q.levels().get(0);
        Set<String> set = new LinkedHashSet<>();
        Matcher m = QuestionReader.LEVEL.matcher(text);
        while (m.find()) {
            set.add(m.group());
        }
        if (set.isEmpty() || text.contains("各级")) {
            return Optional.empty();
        }
        for (String l : set) {
            if (rank(l) == rank(asked)) {
                return Optional.empty();
            }
        }
        Matcher r = RANGE.matcher(text);
        while (r.find()) {
            if (rank(r.group(1)) <= rank(asked)) {
                return Optional.empty();
            }
        }
        return Optional.of(set);
    }

    /** 国家级 4, 省级 and 自治区级 3, 市级 2, 县级 and 区级 1. */
    private static int rank(String level) {
        return switch (level) {
            case "国家级" -> 4;
            case "省级", "自治区级" -> 3;
            case "市级", "地市级" -> 2;
            default -> 1;
        };
    }
}
