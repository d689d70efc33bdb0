package org.policybot.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;

/**
 * The parties of an agreement as it names them: a 协议 or 合同 (a 示范文本 above all) declares
 * "甲方（学校）：____" once and then says only 甲方 and 乙方. Users ask in the roles ("学校要承担哪些义务",
 * "企业不能让实习生干哪些活"), so a question naming a role is searched with its party too.
 */
final class ContractParties {
    /** A party's declaration line: 甲方（学校）：, 乙方（企业）:, 丙方（学生）：. */
    private static final Pattern DECLARED = Pattern.compile("^([甲乙丙丁])方[（(]([\\p{IsHan}]{2,6})[）)][:：]");

    /** A question about an agreement's terms names it: 协议, 合同, 范本, 示范文本. */
    private static final Pattern AGREEMENT = Pattern.compile("协议|合同|范本|示范文本");

    /** The words users call a role by, beside the role's own name. */
    private static final Map<String, Pattern> CALLED = Map.of(
            "学校", Pattern.compile("学校|院校|职校|学院|校方|中职|高职|技校"),
            "企业", Pattern.compile("企业|公司|厂家|工厂|企方|单位(?!备案)"),
            "学生", Pattern.compile("学生|实习生|学员"));

    private ContractParties() {
    }

    /** The parties declared by the documents of {@code scope} (all when null): role → party (学校 → 甲方). */
    static Map<String, String> of(Library lib, Set<String> scope) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String doc : scope == null ? lib.documentIds() : scope) {
            for (Clause c : lib.clausesOf(doc)) {
                Matcher m = DECLARED.matcher(c.text());
                if (m.find()) {
                    // two agreements in scope naming the same role differently leave no single party to search for
                    String party = m.group(1) + "方";
                    out.merge(m.group(2), party, (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        out.values().removeIf(String::isEmpty);
        return out;
    }

    /** {@code q} searched with the party of each role it names, when an agreement in {@code scope} declares one. */
    static ReadQuestion expanded(ReadQuestion q, Library lib, Set<String> scope) {
        if (q.text().matches(".*[甲乙丙丁]方.*") || !AGREEMENT.matcher(q.text()).find()) {
            return q; // asked in the agreement's own words, or not of an agreement (备案 of it, a plan's 企业)
        }
        Map<String, String> parties = of(lib, scope);
        if (parties.isEmpty()) {
            return q;
        }
        StringBuilder added = new StringBuilder();
        for (Map.Entry<String, String> p : parties.entrySet()) {
            Pattern called = CALLED.getOrDefault(p.getKey(), Pattern.compile(Pattern.quote(p.getKey())));
            if (called.matcher(q.searchText()).find() && added.indexOf(p.getValue()) < 0) {
                added.append(' ').append(p.getValue());
            }
        }
        // "学校把企业的设备弄坏了": both parties named favour neither
        return added.isEmpty() || added.toString().strip().contains(" ") ? q : q.searchedAs(q.searchText() + added);
    }
}
