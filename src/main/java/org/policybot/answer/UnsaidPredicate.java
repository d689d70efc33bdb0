package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * What a yes/no question asks whether one may or must do ("要不要第三方出具审计报告", "会不会发短信通知",
 * "能不能委托代理机构代办") when it names something no document in scope uses a word for: the documents
 * of that region do not rule on it, so a clause sharing the question's other words is no answer.
 * Only the asked part is read: the asker's situation before it is told in words of their own.
 */
final class UnsaidPredicate {
    /**
     * The part asked: after an A-not-A verb or 是否/能否, up to the end of that phrase. 是不是 asks whether a statement
     * holds, not for a thing; 有没有 asks as often whether something was done (有没有组织观摩) as for a thing.
     */
    private static final Pattern ASKED = Pattern.compile(
            "(?:(会|能|可以|要|需要|得|还)([^，,。？?！!；;\\s]{2,30})吗[？?]*$)|(要不要|需不需要|用不用|能不能|可不可以|可以不可以|会不会|算不算|给不给|让不让|允不允许|是否|能否|可否)([^，,。？?！!；;\\s]{2,30})"
            // any verb asked as A-not-A (管不管午饭, 发不发证书): what follows it is the thing asked about
            + "|(?<![不没])(?!是)(\\p{IsHan})不\\5([^，,。？?！!；;\\s]{2,30})");
    /** Characters that alone or in a run say nothing about a topic. */
    static final String FUNCTION_CHARS = "的地得了着过吗呢吧啊呀哦嘛么被把让给对向在从和与及或也都还又再就才刚将要会能可该这那哪谁啥些个位种次是有没不很最多少几上下来去我们你他她它咱算用"
            // how many and by whom (能不能报两个, 能不能自己单独申报): no topic of its own
            + "一二两三四五六七八九十百千万份自己单独";

    /** Places said from below (县里, 市里) and adverbs (另外, 只): how people talk, not what they ask about. */
    private static final Pattern PLAIN = Pattern.compile("(县|市|区|省|镇|乡)里|另外|额外|同时|自己|单独|直接|照常|照样|照旧|仍然|依然|仍旧|保住|保得住|留住|只|再|还|都|也|先|又");
    /** Verbs a run may open with (拿全额, 发短信, 买意外险, 派人): the thing after them is what is named. */
    private static final String LEADING_VERBS = "拿找发出干教交用买办给做领报申享拆换按去到派穿";

    /** People named as the asker knows them; a document says 人员 (不得用于发放人员工资). */
    private static final Pattern PEOPLE = Pattern.compile("老师|员工|职工|工人|学生|师傅|学徒|学员|技师|工程师|教职工");
    /** Someone else as the asker knows them (转给同事用); a document says 他人 (不得让与他人使用). */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("同事|朋友|家人|亲戚|同学|熟人|其他人|别的人");

    /**
     * Forms that come in pairs, and the words a rule on the other one is written in: a document requiring one (书面,
     * 纸质, 线下, 静音, 便装) answers whether the other will do; a rule on what comes 逾期 answers whether one may hand in late.
     */
    private static final Map<String, List<String>> OPPOSITES = Map.ofEntries(
            Map.entry("口头", List.of("书面")), Map.entry("线上", List.of("线下")), Map.entry("线下", List.of("线上")),
            Map.entry("电子", List.of("纸质")), Map.entry("纸质", List.of("电子")), Map.entry("复印", List.of("原件")),
            // 再拿全额吗: 按差额给予 rules on it; 可以匿名吗: 须署真实姓名 does
            Map.entry("全额", List.of("差额")), Map.entry("匿名", List.of("真实姓名", "署名", "实名")),
            // a meeting notice's dress and phone rules: 着便装 answers 要穿正装吗, 手机调至静音 answers 要关机吗
            Map.entry("正装", List.of("便装")), Map.entry("便装", List.of("正装")), Map.entry("关机", List.of("静音")),
            Map.entry("晚交", List.of("逾期", "逾时")), Map.entry("迟交", List.of("逾期", "逾时")),
            Map.entry("晚报", List.of("逾期", "逾时")), Map.entry("补交", List.of("逾期", "逾时")),
            // 自己开车去吗: 统一乘车前往 rules on it; 让别人替 / 找别人代: a rule on 委托 does
            Map.entry("开车", List.of("乘车")), Map.entry("别人", List.of("委托")),
            // 还能保留资格吗: a rule taking it away (取消其…资格) answers it
            Map.entry("保留", List.of("取消", "撤销", "收回")));

    /** A fee asked by its name (报名费, 认定费), not something free (免费饮水) nor charging itself (收费). */
    private static final Pattern FEE_NAMED = Pattern.compile("[\\p{IsHan}&&[^免收缴交付]]费(?!用)");
    /** A rule on charging, which answers whether any fee is due. */
    private static final Pattern CHARGING = Pattern.compile("收费|费用");

    /** The part of {@code q} asked whether one may or must do (关机 of 开会时手机要关机吗), or empty when it asks no such thing. */
    private static Optional<String> askedPart(ReadQuestion q) {
        return askedPart(q.searchText());
    }

    /** The part of {@code question} asked whether one may or must do or have, or empty. */
    static Optional<String> askedPart(String question) {
        Matcher m = ASKED.matcher(question);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6)) : Optional.empty();
    }

    /** Whether {@code asked} names a fee (报名费) and {@code text} rules on charging (不向申报单位收费, 不得再收取认定费用). */
    static boolean feeRuledOn(String asked, String text) {
        return FEE_NAMED.matcher(asked).find() && CHARGING.matcher(text).find();
    }

    /** Whether {@code text} rules on the other form of the pair {@code word} belongs to (全额 asked, 差额 written). */
    static boolean opposed(String word, String text) {
        return OPPOSITES.entrySet().stream().anyMatch(e -> word.contains(e.getKey()) && e.getValue().stream().anyMatch(text::contains));
    }

    /**
     * "开会时手机要关机吗" near a notice whose rule on phones says 静音: among the best five, or further down in the
     * document of the best one, the clause writing the other form of what is asked answers it, before one sharing more
     * of the question's other words (要穿正装吗: 着便装、穿平底鞋 shares only 穿).
     */
    static Retrieval opposedPreferred(Retrieval r, ReadQuestion q) {
        Optional<String> part = askedPart(q);
        if (r.hits().size() < 2 || part.isEmpty()) {
            return r;
        }
        String asked = part.get();
        List<Map.Entry<String, List<String>>> pairs = OPPOSITES.entrySet().stream().filter(e -> asked.contains(e.getKey())).toList();
        java.util.function.Predicate<String> other = text -> pairs.stream().anyMatch(e -> e.getValue().stream().anyMatch(text::contains));
        String best = r.hits().get(0).clause().text();
        if (pairs.isEmpty() || other.test(best) || pairs.stream().anyMatch(e -> best.contains(e.getKey()))) {
            return r;
        }
        String doc = r.hits().get(0).clause().document().id();
        for (int i = 1; i < r.hits().size(); i++) {
            Clause c = r.hits().get(i).clause();
            if ((i < 5 || c.document().id().equals(doc)) && other.test(c.text())) {
                return Preference.movedToTop(r, i);
            }
        }
        return r;
    }

    /** The other form of what {@code q} asks that {@code text} writes (静音 for 要关机吗), for its sentence to be quoted; empty when none. */
    static Optional<String> oppositeIn(ReadQuestion q, String text) {
        Optional<String> part = askedPart(q);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        String asked = part.get();
        return OPPOSITES.entrySet().stream().filter(e -> asked.contains(e.getKey()) && !text.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter(text::contains).findFirst();
    }

    /** Whether the documents use {@code phrase}, as far as its pairs tell: every pair of it occurs. */
    private static boolean usesPhrase(String phrase, Predicate<String> known) {
        for (int i = 0; i + 1 < phrase.length(); i++) {
            if (!known.test(phrase.substring(i, i + 2))) {
                return false;
            }
        }
        return true;
    }

    /** Result complements after a verb (扣掉, 用完, 花光). */
    private static final String RESULTS = "掉完光";

    private UnsaidPredicate() {
    }

    /**
     * The words of the asked part that no document of {@code scope} uses (two or more characters none
     * of whose pairs occurs there), or empty. Null {@code scope} (every document) is not checked: the
     * whole knowledge base is weighed by the search's own unknown words.
     */
    static Optional<String> of(ReadQuestion q, Set<String> scope, Library lib, UnaryOperator<String> canonical) {
        if (scope == null || scope.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> part = askedPart(q);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Boolean> seen = new java.util.HashMap<>();
        Predicate<String> known = pair -> seen.computeIfAbsent(pair, p -> lib.uses(scope, p));
        String raw = plain(part.get());
        List<String> unknown = unsaid(raw, known);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        // the documents' synonyms (申请 is searched as 申报): unknown only when unknown either way
        return unsaid(canonical.apply(raw), known).isEmpty() ? Optional.empty() : Optional.of(unknown.get(0));
    }

    /** Where a clause rules on doing something: 不得以物品代替, 禁止…, 不允许…, 可以委托…. */
    static final Pattern RULING = Pattern.compile("不得|不准|不允许|不能|禁止|严禁|可以|允许|只能|仅限");

    /**
     * Whether {@code clause} rules on what {@code q} asks in general words: "能不能发购物卡代替" and
     * "不得以物品代替", "能不能找中介公司帮忙管实习学生" and "不得委托中介机构…管理学生实习". The thing the
     * asker names is one of those the rule covers, so the rule answers though it never names it.
     */
    static boolean ruledOn(ReadQuestion q, String clause) {
        Optional<String> part = askedPart(q);
        if (part.isEmpty()) {
            return false;
        }
        String asked = part.get();
        if (opposed(asked, clause) || feeRuledOn(asked, clause)) {
            return true; // "要交报名费吗": 遴选工作不向申报单位收费 rules on it
        }
        Matcher rule = RULING.matcher(clause);
        while (rule.find()) {
            int end = clause.length();
            for (int i = rule.end(); i < clause.length(); i++) {
                if ("。；;，,".indexOf(clause.charAt(i)) >= 0) {
                    end = i;
                    break;
                }
            }
            String ruled = clause.substring(rule.end(), end);
            for (int i = 0; i + 1 < asked.length(); i++) {
                String pair = asked.substring(i, i + 2);
                if (contentPair(pair) && ruled.contains(pair)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code pair} is two Han characters neither of which is a function character: a pair saying something. */
    static boolean contentPair(String pair) {
        return pair.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && FUNCTION_CHARS.indexOf(c) < 0);
    }

    /** The asked part without how people talk (县里, 照样, 保住), which no document would have to name. */
    static String plain(String asked) {
        return PLAIN.matcher(asked).replaceAll("，");
    }

    /** The unknown runs of an asked part, less people the documents name by their category. */
    static List<String> unsaid(String asked, Predicate<String> known) {
        List<String> unknown = new ArrayList<>(unknownRuns(asked, known));
        // 给老师发工资: the documents rule on people as 人员, not by who they are to the asker
        unknown.removeIf(w -> PEOPLE.matcher(w).matches() && known.test("人员"));
        unknown.removeIf(w -> SOMEONE_ELSE.matcher(w).matches() && known.test("他人"));
        // 口头说 asked, 以书面形式反映 written: a rule on one form of a pair rules on the other
        unknown.removeIf(w -> OPPOSITES.entrySet().stream().anyMatch(e -> w.contains(e.getKey())
                && e.getValue().stream().anyMatch(o -> usesPhrase(o, known))));
        return unknown;
    }

    /** Whether the documents say the thing negated (收费 asked, 免费 written; 不收 , 无偿): they rule on it. */
    private static boolean negatedIn(char head, Predicate<String> known) {
        for (char neg : NEGATIONS.toCharArray()) {
            if (known.test("" + neg + head)) {
                return true;
            }
        }
        return false;
    }

    private static final String NEGATIONS = "免无不禁";

    /** Runs of Han characters none of which forms a known pair with a neighbour, less function characters. */
    private static boolean isLetterBy(String text, boolean[] seen, int i) {
        char c = Character.toLowerCase(text.charAt(i));
        if (c < 'a' || c > 'z') {
            return false;
        }
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < text.length() && !seen[j] && Character.UnicodeScript.of(text.charAt(j)) == Character.UnicodeScript.HAN
                    && FUNCTION_CHARS.indexOf(text.charAt(j)) < 0) {
                return true;
            }
        }
        return false;
    }

    static List<String> unknownRuns(String text, Predicate<String> known) {
        int len = text.length();
        boolean[] seen = new boolean[len];
        for (int i = 0; i + 1 < len; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.HAN && known.test(text.substring(i, i + 2))) {
                seen[i] = true;
                seen[i + 1] = true;
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= len; i++) {
            boolean unknownHan = i < len && !seen[i] && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
            // a Latin letter written onto an unknown character is part of its word (U盾, X光)
            boolean letter = i < len && isLetterBy(text, seen, i);
            if (unknownHan && FUNCTION_CHARS.indexOf(text.charAt(i)) < 0 || letter) {
                run.append(text.charAt(i));
            } else {
                int from = 0;
                while (from < run.length() && LEADING_VERBS.indexOf(run.charAt(from)) >= 0) {
                    from++;
                }
                int to = run.length();
                while (to > from && RESULTS.indexOf(run.charAt(to - 1)) >= 0) {
                    to--; // 扣掉, 用完: the verb is what is asked (扣 of 扣减), its result is how people say it
                }
                while (to - from > 2 && LEADING_VERBS.indexOf(run.charAt(to - 1)) >= 0) {
                    to--; // 老师发(工资): the verb of the known thing after it, not part of the unknown one
                }
                if (to - from >= 2 && !negatedIn(run.charAt(to - 1), known)) {
                    out.add(run.substring(from, to));
                }
                run.setLength(0);
            }
        }
        return out;
    }
}
