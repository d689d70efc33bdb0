package org.policybot.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places below the county level that the division list does not have: 街道, 镇, 乡, and development
 * zones (柳东新区, 金普新区, 高新区, 工业园区). People name where their company sits ("我们在潭西街道"),
 * and the policies that apply there are those of the county, city and province around it; the
 * name itself is not what is asked about.
 */
public final class LocalPlaces {
    /** Longest first: 经济技术开发区 before 开发区. */
    private static final Pattern SUFFIX = Pattern.compile("高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|工业园区|工业园|街道|镇(?!化)|乡(?![村镇土亲音愁情])");
    /** Characters that end a name on its left: particles, verbs of place and pronouns, not part of a place name. */
    private static final String BEFORE_NAME = "的在是我们你他她和与及到从给对为把被有要想跟向于里内个位所就都也还该本各全这那级";
    private static final int MAX_NAME = 4;

    private LocalPlaces() {
    }

    /**
     * The local places {@code text} names, each with its suffix (潭西街道, 北滘镇), left to right; a
     * zone right after a region {@code named} in the text (温州 + 经济技术开发区) is one too, without
     * the region's name.
     */
    public static List<String> in(String text, List<Mention> named) {
        List<String> out = new ArrayList<>();
        Matcher m = SUFFIX.matcher(text);
        int searchFrom = 0;
        while (m.find(searchFrom)) {
            int start = m.start();
            while (start > 0 && m.start() - start < MAX_NAME && isNameChar(text.charAt(start - 1)) && !endsRegion(named, start)) {
                start--;
            }
            boolean town = m.group().equals("镇") || m.group().equals("乡");
            boolean zoneOfNamed = !town && !m.group().equals("街道") && named.stream().anyMatch(r -> r.end() == m.start());
            // 城镇, 乡镇, 重镇, 集镇 are words, not towns; a name needs two characters of its own
            // (黄集镇 is one: a 集 after one character of a name).
            // 下乡, 返乡, 家乡, 城乡 likewise
            boolean word = town && m.start() > 0 && ((m.group().equals("镇") ? "城乡重古" : "城下家老返回故同异他本").indexOf(text.charAt(m.start() - 1)) >= 0
                    || text.charAt(m.start() - 1) == '集' && m.start() - start != 2
                    // 和兴村镇银行 is a 村镇银行 (a bank's kind), not 兴村镇 (a town of 河间市)
                    || m.group().equals("镇") && text.charAt(m.start() - 1) == '村' && text.startsWith("银行", m.end()));
            if (zoneOfNamed) {
                out.add(m.group());
            } else if (m.start() - start >= 2 && !word) {
                out.add(text.substring(start, m.end()));
            }
            searchFrom = m.end();
        }
        return out;
    }

    private static boolean endsRegion(List<Mention> named, int at) {
        return named.stream().anyMatch(r -> r.end() == at);
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && BEFORE_NAME.indexOf(c) < 0;
    }
}
