package org.policybot.profile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.policybot.answer.DocumentProfile;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.answer.Validity;
import org.policybot.chat.ClauseLookup;
import org.policybot.chat.EligibilityRules;
import org.policybot.chat.Html;
import org.policybot.chat.Reply;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;

/**
 * /mypolicies: the /check result for the saved profile, recomputed from the rules file and the
 * documents as they are now — every benefit it meets (满足) or may meet (待确认), with amount,
 * citation and whether the cited document is in force today — followed by clauses no rule cites
 * yet that {@link ProfileMatcher} finds for the profile (待确认). A rule whose cited clause was
 * removed is shown as 待确认 with that said.
 */
final class MyPolicies {
    static final int MAX_EXTRA = 8;

    /** One benefit as shown: its key (rule name or clause id), status, and display lines. */
    record Benefit(String key, EligibilityRules.Status status, String html, List<String> clauseIds) {
    }

    private final Path rulesFile;
    private final ClauseLookup lookup;
    private final Supplier<List<Clause>> clauses;
    private final PolicyAnswerer answerer;
    private final ProfileMatcher matcher;

    /** @param answerer for validity and document regions; null shows no validity and matches no extra clauses */
    MyPolicies(Path rulesFile, ClauseLookup lookup, Supplier<List<Clause>> clauses, PolicyAnswerer answerer, ProfileMatcher matcher) {
        this.rulesFile = rulesFile;
        this.lookup = lookup;
        this.clauses = clauses;
        this.answerer = answerer;
        this.matcher = matcher;
    }

    Reply show(Optional<Profile> profile) {
        if (profile.isEmpty()) {
            return Reply.html("您还没有保存企业档案。发送 /check 做一次政策自查，结果下方点“保存为企业档案”后，即可用 /mypolicies 随时查看。");
        }
        EligibilityRules rules;
        try {
            rules = EligibilityRules.load(rulesFile);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Reply.html("政策自查暂不可用，请联系管理员检查规则文件。");
        }
        Profile p = profile.get();
        List<Benefit> benefits = benefits(rules, p);
        StringBuilder html = new StringBuilder("<b>我的可享政策</b>");
        if (answerer != null) {
            html.append("（按 ").append(answerer.today()).append(" 的规则和文件计算）");
        }
        html.append('\n').append(ProfileCommands.describe(p).replace("\n", "｜"));
        if (!rules.regions().contains(p.region())) {
            html.append("\n\n自查规则中已没有“").append(Html.escape(p.region())).append("”，请发送 /check 重新自查。");
        }
        if (benefits.isEmpty()) {
            html.append("\n\n按当前规则和文件，暂未找到适用的政策。业务有变化时可发送 /check 重新自查。");
        }
        boolean extraHeader = false;
        for (Benefit b : benefits) {
            if (b.key().startsWith("clause:") && !extraHeader) {
                html.append("\n\n<b>其他可能适用的条款</b>（尚无自查规则，待确认）");
                extraHeader = true;
            }
            html.append("\n\n").append(b.html());
        }
        html.append("\n\n结果仅供参考，以主管部门审核认定为准。");
        return Reply.html(html.toString(), remindButtons(benefits));
    }

    private static final java.util.regex.Pattern APPLYING = java.util.regex.Pattern.compile("申报|截止|报送|受理|申请");

    /**
     * The date ahead a benefit's clause gives, or else the one its neighbouring clause on applying
     * gives ((二)申报时间 under the same heading as (一)…补助).
     */
    private java.util.Optional<java.time.LocalDate> dateAhead(Clause c) {
        java.time.LocalDate today = answerer.today();
        java.util.Optional<java.time.LocalDate> own = org.policybot.chat.AnswerButtons.firstDate(c.text(), today);
        if (own.isPresent() || c.isTableRow() || c.path().isEmpty() || clauses == null) {
            return own;
        }
        List<String> parent = c.path().subList(0, c.path().size() - 1);
        return clauses.get().stream()
                .filter(o -> o.document().id().equals(c.document().id()) && !o.isTableRow() && o.path().size() == c.path().size()
                        && o.path().subList(0, parent.size()).equals(parent) && APPLYING.matcher(o.text()).find())
                .map(o -> org.policybot.chat.AnswerButtons.firstDate(o.text(), today))
                .flatMap(java.util.Optional::stream).findFirst();
    }

    /** At most this many 提醒我 buttons under /mypolicies. */
    static final int MAX_REMIND = 5;

    /**
     * 提醒我 for each benefit whose cited clause carries a date still ahead (申报截止, a planned
     * year): {@code rm:c<clause key>:yyyyMMdd}, resolved again from the current clauses when pressed.
     */
    private List<List<org.policybot.chat.Button>> remindButtons(List<Benefit> benefits) {
        List<List<org.policybot.chat.Button>> kb = new ArrayList<>();
        if (answerer == null) {
            return kb;
        }
        for (Benefit b : benefits) {
            for (String id : b.clauseIds()) {
                java.util.Optional<Clause> c = lookup.clause(id);
                java.util.Optional<java.time.LocalDate> due = c.flatMap(this::dateAhead);
                if (due.isPresent() && kb.size() < MAX_REMIND) {
                    String name = b.key().startsWith("rule:") ? b.key().substring(5) : PolicyNotice.snippet(c.get().text(), 12);
                    kb.add(List.of(new org.policybot.chat.Button("⏰ 提醒我：" + PolicyNotice.snippet(name, 12) + "（" + due.get() + "）",
                            org.policybot.chat.AnswerButtons.REMIND + ":" + PersonalReminders.clauseKey(id) + ":"
                                    + due.get().toString().replace("-", ""))));
                    break;
                }
            }
        }
        return kb;
    }

    /** The profile's benefits now: rule outcomes met or to confirm, then matching clauses no rule cites. */
    List<Benefit> benefits(EligibilityRules rules, Profile p) {
        List<Benefit> out = new ArrayList<>();
        boolean live = lookup != ClauseLookup.NONE;
        for (EligibilityRules.Outcome o : rules.evaluate(p.region(), p.level(), p.activities())) {
            if (o.status() == EligibilityRules.Status.NOT_MET) {
                continue;
            }
            EligibilityRules.Rule r = o.rule();
            List<String> removed = live ? r.clauseIds().stream().filter(id -> lookup.clause(id).isEmpty()).toList() : List.of();
            EligibilityRules.Status s = removed.isEmpty() ? o.status() : EligibilityRules.Status.TO_CONFIRM;
            StringBuilder b = new StringBuilder(s.label).append(" <b>").append(Html.escape(r.name())).append("</b>\n")
                    .append(Html.escape(r.amountFor(p.level())));
            if (!r.toConfirm().isEmpty()) {
                b.append("\n待确认：").append(Html.escape(r.toConfirm()));
            }
            if (!removed.isEmpty()) {
                b.append("\n待确认：依据条款 ").append(Html.escape(String.join("、", removed))).append(" 已不在知识库中，请以主管部门最新文件为准");
            }
            b.append("\n<i>依据：").append(Html.escape(String.join("；", r.clauseIds().stream().map(id -> rules.cite(lookup, id)).toList())))
                    .append("</i>");
            validity(r.clauseIds().stream().map(id -> id.split("/")[0]).toList()).ifPresent(v -> b.append("\n").append(v));
            out.add(new Benefit("rule:" + r.name(), s, b.toString(), r.clauseIds()));
        }
        out.sort(java.util.Comparator.comparing(Benefit::status)); // 满足 first, as /check lists them
        for (Clause c : extraClauses(rules, p)) {
            String b = "❓ 待确认 " + Html.escape(PolicyNotice.snippet(c.text(), 120)) + "\n<i>出处：" + Html.escape(c.citation()) + "</i>"
                    + validity(List.of(c.document().id())).map(v -> "\n" + v).orElse("");
            out.add(new Benefit("clause:" + c.id(), EligibilityRules.Status.TO_CONFIRM, b, List.of(c.id())));
        }
        return out;
    }

    /** Clauses the matcher finds for the profile that no rule (of any region) cites, at most {@link #MAX_EXTRA}. */
    List<Clause> extraClauses(EligibilityRules rules, Profile p) {
        if (answerer == null || clauses == null) {
            return List.of();
        }
        Set<String> cited = new LinkedHashSet<>();
        rules.rules().forEach(r -> cited.addAll(r.clauseIds()));
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses.get()) {
            if (out.size() < MAX_EXTRA && !cited.contains(c.id()) && matcher.matches(p, c, region(c.document().id()))) {
                out.add(c);
            }
        }
        return out;
    }

    Optional<Region> region(String docId) {
        return answerer == null ? Optional.empty() : answerer.profile(docId).flatMap(DocumentProfile::region);
    }

    /** "文件效力：执行期2024—2027年，现行有效" for each distinct document, or empty without the answering pipeline. */
    Optional<String> validity(List<String> docIds) {
        if (answerer == null) {
            return Optional.empty();
        }
        LocalDate today = answerer.today();
        List<String> parts = new ArrayList<>();
        List<String> docs = docIds.stream().distinct().toList();
        for (String id : docs) {
            Optional<DocumentProfile> dp = answerer.profile(id);
            String v;
            Optional<String> repealed = answerer.repealNote(id);
            if (dp.isEmpty()) {
                v = "文件已不在知识库中";
            } else if (repealed.isPresent()) {
                v = repealed.get().replaceFirst("^该文件", "");
                if (docs.size() > 1) {
                    v = "《" + dp.get().info().title() + "》" + v;
                }
            } else {
                Optional<Validity.Period> period = dp.get().period();
                String label = period.map(Validity.Period::label).orElse("");
                v = switch (dp.get().validity(today)) {
                    case CURRENT -> "执行期" + label + "，现行有效";
                    case ENDED -> "执行期" + label + "，已结束";
                    case UPCOMING -> "自" + period.get().from() + "年起执行，尚未开始";
                    case UNKNOWN -> "未注明执行期";
                };
                if (docs.size() > 1) {
                    v = "《" + dp.get().info().title() + "》" + v;
                }
            }
            parts.add(v);
        }
        return Optional.of("文件效力：" + Html.escape(String.join("；", parts)));
    }
}
