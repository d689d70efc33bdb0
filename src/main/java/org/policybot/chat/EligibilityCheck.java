package org.policybot.chat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The /check self-check: region → certification level → activities (multi-select) → every rule
 * for that region marked 满足/待确认/不满足 with its amount and citations. The whole state travels
 * in the callback data ({@code ck:region:level:mask[:=]}), so a check survives restarts and
 * several users can run one at a time in the same group. Rules are re-read on each step, so an
 * admin's edit to the file applies at once.
 */
final class EligibilityCheck {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EligibilityCheck.class);
    static final String PREFIX = "ck";
    private final Path rulesFile;
    private final ClauseLookup lookup;
    /** Whether the result offers to save the answers as the user's profile (a handler for {@link ChatRouter#PROFILE_CALLBACK} exists). */
    private final boolean offerSave;

    EligibilityCheck(Path rulesFile, ClauseLookup lookup) {
        this(rulesFile, lookup, false);
    }

    EligibilityCheck(Path rulesFile, ClauseLookup lookup, boolean offerSave) {
        this.rulesFile = rulesFile;
        this.lookup = lookup;
        this.offerSave = offerSave;
    }

    List<Reply> start() {
        EligibilityRules rules;
        try {
            rules = EligibilityRules.load(rulesFile);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return unavailable(e);
        }
        List<List<Button>> kb = new ArrayList<>();
        for (int i = 0; i < rules.regions().size(); i++) {
            kb.add(List.of(new Button(rules.regions().get(i), PREFIX + ":" + i)));
        }
        return List.of(Reply.html("<b>政策自查</b>（第1步，共3步）\n企业所在地区？", kb));
    }

    /** The region a {@code ck:…} press picks (the first step's answer), to remember for later questions. */
    java.util.Optional<String> regionChosen(String payload) {
        String[] p = payload.split(":");
        if (p.length != 1 || !p[0].matches("\\d{1,3}")) {
            return java.util.Optional.empty();
        }
        try {
            EligibilityRules rules = EligibilityRules.load(rulesFile);
            int i = Integer.parseInt(p[0]);
            return i < rules.regions().size() ? java.util.Optional.of(rules.regions().get(i)) : java.util.Optional.empty();
        } catch (IllegalStateException | IllegalArgumentException e) {
            return java.util.Optional.empty(); // step() reports the unusable rules file
        }
    }

    /** Handles {@code ck:…} button presses; the payload is the part after "ck:". */
    List<Reply> step(String payload) {
        if (payload.isEmpty()) {
            return start(); // "ck": start over (the profile's 重新自查 button)
        }
        EligibilityRules rules;
        try {
            rules = EligibilityRules.load(rulesFile);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return unavailable(e);
        }
        String[] p = payload.split(":");
        try {
            int region = Integer.parseInt(p[0]);
            if (region < 0 || region >= rules.regions().size()) {
                return expired();
            }
            if (p.length == 1) {
                return askLevel(rules, region);
            }
            int level = Integer.parseInt(p[1]);
            if (level < 0 || level >= EligibilityRules.LEVELS.size()) {
                return expired();
            }
            int mask = p.length > 2 ? Integer.parseInt(p[2]) : 0;
            if (p.length > 3 && p[3].equals("=")) {
                if (!offerSave) {
                    return List.of(Reply.html(result(rules, region, level, mask)));
                }
                // Nothing is kept unless the user presses this: the consent to a saved profile.
                return List.of(Reply.html(result(rules, region, level, mask) + "\n\n需要保存为企业档案吗？保存后可用 /mypolicies 随时查看按最新文件计算的可享政策，"
                        + "有新政策时通知您；/profile 可修改或删除。不保存则不记录本次答案。",
                        List.of(List.of(new Button("💾 保存为企业档案", ChatRouter.PROFILE_CALLBACK + ":save:" + region + ":" + level + ":" + mask)))));
            }
            return askActivities(rules, region, level, mask);
        } catch (NumberFormatException e) {
            return expired();
        }
    }

    /** A missing or mistyped rules file: users get a notice, the log gets file and line for the admin. */
    private static List<Reply> unavailable(RuntimeException e) {
        log.error("eligibility rules unusable: {}", e.getMessage());
        return List.of(Reply.html("政策自查暂不可用，请联系管理员检查规则文件。"));
    }

    private static List<Reply> expired() {
        return List.of(Reply.html("这个自查按钮已失效，请重新发送 /check。"));
    }

    private List<Reply> askLevel(EligibilityRules rules, int region) {
        List<List<Button>> kb = new ArrayList<>();
        for (int l = EligibilityRules.LEVELS.size() - 1; l >= 0; l--) {
            kb.add(List.of(new Button(levelLabel(l), PREFIX + ":" + region + ":" + l)));
        }
        return List.of(Reply.html("<b>政策自查</b>（第2步，共3步）\n地区：" + Html.escape(rules.regions().get(region))
                + "\n企业是否已认定为产教融合型企业？", kb));
    }

    private List<Reply> askActivities(EligibilityRules rules, int region, int level, int mask) {
        List<List<Button>> kb = new ArrayList<>();
        String base = PREFIX + ":" + region + ":" + level + ":";
        for (int i = 0; i < rules.activities().size() && i < 30; i++) {
            boolean on = (mask & (1 << i)) != 0;
            kb.add(List.of(new Button((on ? "☑ " : "☐ ") + rules.activities().get(i), base + (mask ^ (1 << i)))));
        }
        kb.add(List.of(new Button("完成，查看结果", base + mask + ":=")));
        return List.of(Reply.html("<b>政策自查</b>（第3步，共3步）\n地区：" + Html.escape(rules.regions().get(region))
                + "｜认定：" + Html.escape(levelLabel(level)) + "\n企业开展了哪些业务？可多选，选好后点“完成”。"
                + (mask == 0 ? "" : "\n已选：" + Html.escape(String.join("、", selected(rules, mask)))), kb));
    }

    static String levelLabel(int level) {
        return EligibilityRules.levelLabel(level);
    }

    private static List<String> selected(EligibilityRules rules, int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rules.activities().size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(rules.activities().get(i));
            }
        }
        return out;
    }

    String result(EligibilityRules rules, int region, int level, int mask) {
        String regionName = rules.regions().get(region);
        List<String> acts = selected(rules, mask);
        Map<EligibilityRules.Status, List<String>> byStatus = new java.util.EnumMap<>(EligibilityRules.Status.class);
        for (EligibilityRules.Outcome o : rules.evaluate(regionName, level, acts)) {
            EligibilityRules.Rule r = o.rule();
            EligibilityRules.Status s = o.status();
            StringBuilder b = new StringBuilder();
            b.append(s.label).append(" <b>").append(Html.escape(r.name())).append("</b>");
            if (!o.missing().isEmpty()) {
                b.append("（").append(Html.escape(String.join("；", o.missing()))).append("）");
            }
            b.append("\n").append(Html.escape(s == EligibilityRules.Status.NOT_MET ? r.amountFor(-1) : r.amountFor(level)));
            if (s == EligibilityRules.Status.TO_CONFIRM) {
                b.append("\n待确认：").append(Html.escape(r.toConfirm()));
            }
            b.append("\n<i>依据：").append(Html.escape(String.join("；", r.clauseIds().stream().map(id -> rules.cite(lookup, id)).toList())))
                    .append("</i>");
            byStatus.computeIfAbsent(s, k -> new ArrayList<>()).add(b.toString());
        }
        StringBuilder out = new StringBuilder("<b>政策自查结果</b>\n地区：").append(Html.escape(regionName))
                .append("｜认定：").append(Html.escape(levelLabel(level)))
                .append("\n业务：").append(Html.escape(acts.isEmpty() ? "未选择" : String.join("、", acts)));
        if (byStatus.isEmpty()) {
            out.append("\n\n暂无该地区的自查规则。");
        }
        for (EligibilityRules.Status s : EligibilityRules.Status.values()) {
            for (String item : byStatus.getOrDefault(s, List.of())) {
                out.append("\n\n").append(item);
            }
        }
        out.append("\n\n结果仅供参考，以主管部门审核认定为准。");
        return out.toString();
    }

}
