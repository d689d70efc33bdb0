package org.policybot.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed rules file behind /check ({@code knowledge/rules/eligibility.txt}); the file's header
 * comment documents the format. Parse errors name the file and line so an admin can fix a typo.
 */
public record EligibilityRules(Map<String, Doc> docs, List<String> regions, List<String> activities, List<Rule> rules) {
    /** Certification levels in ascending order; the index is what callback data carries. */
    public static final List<String> LEVELS = List.of("未认定", "市级", "省级", "国家级");

    public record Doc(String id, String title, String docNo) {
    }

    /**
     * @param minLevel lowest level index that qualifies
     * @param maxLevel highest level index that qualifies
     * @param activities qualifying activities; empty means any
     * @param amounts    level name → amount text, or "" → one text for every level
     */
    public record Rule(String name, String region, int minLevel, int maxLevel, List<String> activities,
                Map<String, String> amounts, List<String> clauseIds, String toConfirm, int line) {
        public boolean appliesTo(String selectedRegion) {
            return region.equals("*") || region.equals(selectedRegion);
        }

        /** The amount for a level; for a level out of range (-1), every level's amount. */
        public String amountFor(int level) {
            if (amounts.containsKey("")) {
                return amounts.get("");
            }
            String a = level >= 0 && level < LEVELS.size() ? amounts.get(LEVELS.get(level)) : null;
            return a != null ? a : String.join("；", amounts.entrySet().stream().map(e -> e.getKey() + "：" + e.getValue()).toList());
        }
    }

    public static EligibilityRules load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read eligibility rules " + file + ": " + e.getMessage(), e);
        }
        return parse(lines, file.toString());
    }

    /** Whether a rule applies: every condition met ({@code MET} or, with 待确认事项, {@code TO_CONFIRM}) or not. */
    public enum Status { MET("✅ 满足"), TO_CONFIRM("❓ 待确认"), NOT_MET("❌ 不满足");
        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /** One rule judged for an enterprise; {@code missing} lists the unmet conditions (需市级…, 需开展…). */
    public record Outcome(Rule rule, Status status, List<String> missing) {
    }

    /**
     * Every rule of {@code region} (and those for any region) judged for an enterprise of certification
     * {@code level} (index into {@link #LEVELS}) doing {@code acts}, in file order.
     */
    public List<Outcome> evaluate(String region, int level, List<String> acts) {
        List<Outcome> out = new ArrayList<>();
        for (Rule r : rules) {
            if (!r.appliesTo(region)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (level < r.minLevel() || level > r.maxLevel()) {
                missing.add("需" + levelCondition(r));
            }
            if (!r.activities().isEmpty() && r.activities().stream().noneMatch(acts::contains)) {
                missing.add("需开展" + String.join("或", r.activities()));
            }
            Status s = !missing.isEmpty() ? Status.NOT_MET : r.toConfirm().isEmpty() ? Status.MET : Status.TO_CONFIRM;
            out.add(new Outcome(r, s, List.copyOf(missing)));
        }
        return out;
    }

    /** "市级产教融合型企业", or "尚未认定" for level 0. */
    public static String levelLabel(int level) {
        return level == 0 ? "尚未认定" : LEVELS.get(level) + "产教融合型企业";
    }

    private static String levelCondition(Rule r) {
        if (r.minLevel() == r.maxLevel()) {
            return levelLabel(r.minLevel());
        }
        return LEVELS.get(r.minLevel()) + (r.maxLevel() == 3 ? "及以上" : "至" + LEVELS.get(r.maxLevel())) + "产教融合型企业";
    }

    /** The clause's own citation when the knowledge base knows it, else one built from the @doc header. */
    public String cite(ClauseLookup lookup, String id) {
        var known = lookup.clause(id);
        if (known.isPresent()) {
            return known.get().citation();
        }
        String[] seg = id.split("/");
        Doc d = docs.get(seg[0]);
        if (d == null || seg.length < 2) {
            return id;
        }
        List<String> path = List.of(seg).subList(1, seg.length);
        // a number right under an 附件 is a row of that attachment's table, cited as "第N项"
        boolean row = path.size() == 2 && path.get(0).startsWith("附件") && path.get(1).matches("\\d+");
        return new org.policybot.knowledge.Clause(id, new org.policybot.knowledge.DocumentInfo(d.id(), d.title(), d.docNo(), "", "", "", ""),
                path, List.of(), "", row ? Map.of("序号", path.get(1)) : Map.of()).citation();
    }

    static EligibilityRules parse(List<String> lines, String source) {
        Map<String, Doc> docs = new LinkedHashMap<>();
        List<String> regions = new ArrayList<>();
        List<String> activities = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + n;
            if (line.startsWith("@doc ")) {
                String[] f = fields(line.substring(5), 3, where);
                docs.put(f[0], new Doc(f[0], f[1], f[2]));
            } else if (line.startsWith("@region ")) {
                regions.add(line.substring(8).strip());
            } else if (line.startsWith("@activity ")) {
                activities.add(line.substring(10).strip());
            } else if (line.startsWith("@")) {
                throw new IllegalArgumentException(where + ": unknown directive: " + line);
            } else {
                rules.add(rule(fields(line, 7, where), n, where, regions, activities));
            }
        }
        return new EligibilityRules(docs, List.copyOf(regions), List.copyOf(activities), List.copyOf(rules));
    }

    private static Rule rule(String[] f, int n, String where, List<String> regions, List<String> activities) {
        String region = f[1].equals("任意") ? "*" : f[1];
        if (!region.equals("*") && !regions.contains(region)) {
            throw new IllegalArgumentException(where + ": region '" + region + "' is not declared with @region");
        }
        int[] range = levelRange(f[2], where);
        List<String> acts = new ArrayList<>();
        if (!f[3].equals("*") && !f[3].isEmpty()) {
            // activity names may themselves contain 、, so match declared names rather than splitting blindly
            String rest = f[3];
            for (String a : activities.stream().sorted((x, y) -> y.length() - x.length()).toList()) {
                if (rest.contains(a)) {
                    acts.add(a);
                    rest = rest.replace(a, "");
                }
            }
            if (!rest.replaceAll("[、,，\\s]", "").isEmpty()) {
                throw new IllegalArgumentException(where + ": activity '" + rest.replaceAll("^[、,，\\s]+|[、,，\\s]+$", "")
                        + "' is not declared with @activity");
            }
        }
        Map<String, String> amounts = new LinkedHashMap<>();
        if (f[4].matches("^(未认定|市级|省级|国家级)=.*")) {
            for (String part : f[4].split("[；;]")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2 || !LEVELS.contains(kv[0].strip())) {
                    throw new IllegalArgumentException(where + ": amount part '" + part + "' is not 等级=金额");
                }
                amounts.put(kv[0].strip(), kv[1].strip());
            }
        } else {
            amounts.put("", f[4]);
        }
        List<String> ids = java.util.Arrays.stream(f[5].split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(where + ": a rule must cite at least one clause id");
        }
        return new Rule(f[0], region, range[0], range[1], List.copyOf(acts), amounts, ids, f[6], n);
    }

    private static int[] levelRange(String s, String where) {
        return switch (s) {
            case "任意", "*" -> new int[] {0, 3};
            case "未认定" -> new int[] {0, 0};
            case "市级" -> new int[] {1, 1};
            case "省级" -> new int[] {2, 2};
            case "国家级" -> new int[] {3, 3};
            case "市级及以上" -> new int[] {1, 3};
            case "省级及以上" -> new int[] {2, 3};
            default -> throw new IllegalArgumentException(where + ": unknown certification level '" + s + "'");
        };
    }

    private static String[] fields(String line, int count, String where) {
        String[] raw = line.split("\\|", -1);
        if (raw.length > count || raw.length < count - 1) {
            throw new IllegalArgumentException(where + ": expected " + count + " fields separated by |, found " + raw.length);
        }
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = i < raw.length ? raw[i].strip() : "";
        }
        return out;
    }
}
