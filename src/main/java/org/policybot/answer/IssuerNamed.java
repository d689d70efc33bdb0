package org.policybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.region.Mention;

/**
 * A question naming the school or company that wrote a document ("常州晋陵职院现在有多少家合作企业",
 * "首山职业技术学院的联系人"): the name says which document is meant, as a region's name does, and every
 * clause of that document is the body's own, though few repeat its name. Kept in the search, the name
 * draws the answer to the one paragraph introducing the body; it is taken out, as a region is.
 */
final class IssuerNamed {
    /**
     * A school or a company: its documents (a 质量报告, a procurement notice) are its own. Not an alliance or an
     * association, whose name says what it does (校企合作联盟), the words a question on its charter is asked in.
     */
    private static final Pattern BODY = Pattern.compile(
            "(职业技术学院|职业学院|技术学院|学院|职业学校|学校|大学|有限责任公司|股份有限公司|有限公司|公司|集团)$");
    /** How users shorten the body's kind after its proper name: 晋陵职院, 晋陵学院, 首山职业技术学院. */
    private static final String KIND_SAID = "(?:职业技术学院|职业学院|技术学院|职院|学院|职业学校|学校|大学|有限责任公司|股份有限公司|有限公司|公司|集团)";

    private IssuerNamed() {
    }

    /** {@code q} without the name of a body that issued one of the documents of {@code scope} (all when null). */
    static ReadQuestion searchedWithout(ReadQuestion q, Library lib, Set<String> scope) {
        String text = q.searchText();
        for (String id : scope == null ? lib.documentIds() : scope) {
            for (Pattern said : lib.bodyNames(id)) {
                Matcher m = said.matcher(text);
                if (m.find()) {
                    text = text.substring(0, m.start()) + text.substring(m.end());
                    break;
                }
            }
        }
        return text.equals(q.searchText()) || text.isBlank() ? q : q.searchedAs(text);
    }

    /** The documents of {@code scope} (all when null) issued by a body {@code question} names, in the order of the scope. */
    static Set<String> documents(String question, Library lib, Set<String> scope) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String id : scope == null ? lib.documentIds() : scope) {
            for (Pattern said : lib.bodyNames(id)) {
                if (said.matcher(question).find()) {
                    out.add(id);
                    break;
                }
            }
        }
        return out;
    }

    /** A title opening with the body whose document it is: 九江匡庐职业技术学院2025年度职业教育质量报告. */
    private static final Pattern TITLE_BODY = Pattern.compile("^([\\p{IsHan}]{2,16}?" + KIND_SAID.replace("职院|", "") + ")(?=\\d{4}|关于|年度|[\\p{IsHan}]{0,12}(报告|章程|公告|通知|简介|总结))");

    /**
     * How a question names the body that issued document {@code id} (its issuer, or the body its title opens
     * with): each proper name, longest first, with the kind said after it. {@link Library#bodyNames} keeps them.
     */
    static List<Pattern> namesOf(Library lib, String id) {
        List<String> names = new ArrayList<>(properNames(lib.profile(id).info().issuer(), lib));
        Matcher t = TITLE_BODY.matcher(lib.profile(id).info().title());
        if (t.find()) {
            properNames(t.group(1), lib).stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        return names.stream().map(n -> Pattern.compile(Pattern.quote(n) + KIND_SAID)).toList();
    }

    /**
     * The proper name of a body {@code issuer} (常州晋陵职业技术学院 → 常州晋陵, 晋陵), longest first: without its
     * kind, and without the place it is named after, which users may leave out; none for a government body.
     */
    static List<String> properNames(String issuer, Library lib) {
        if (issuer == null) {
            return List.of();
        }
        Matcher kind = BODY.matcher(issuer.strip());
        if (!kind.find()) {
            return List.of();
        }
        String name = issuer.strip().substring(0, kind.start());
        List<String> out = new ArrayList<>();
        if (name.length() >= 2) {
            out.add(name);
        }
        int placeEnd = 0;
        for (Mention m : lib.regions().find(name)) {
            if (m.start() == placeEnd) {
                placeEnd = m.end(); // 葫芦岛市首山: 首山 without the city
            }
        }
        if (placeEnd > 0 && name.length() - placeEnd >= 2) {
            out.add(name.substring(placeEnd));
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }
}
