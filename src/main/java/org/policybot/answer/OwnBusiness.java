package org.policybot.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * What an asker says their own business does ("我们是一家做新型建材的企业", "一家油田技术服务公司")
 * when no document in scope names that trade: it tells who is asking, not what to look up, and its
 * words would count against every clause. A trade a document does name (汽车零部件, 煤矿) is kept:
 * there it may select the measure meant for that industry.
 */
final class OwnBusiness {
    /**
     * How long ago the business began (刚注册一年的企业, 才成立半年的公司): the asker's case that a threshold rules
     * (登记注册满2年), not a trade; left in, its words find that threshold.
     */
    private static final String AGE = "刚|才|新(?=成立|注册|开)|注册|成立|开业|设立|开办";

    /** 一家/一所 + optional 做/从事 + the trade + optional 的 + what the asker is. */
    private static final Pattern BUSINESS = Pattern.compile(
            "(?<=[一这]家|[一这]所)(?:做|搞|从事|生产|经营)?((?:(?!企业|公司|工厂|学校|院校|职校|" + AGE + ")[\\p{IsHan}&&[^我你他们这那]]){2,12}?)的?"
                    + "(?=企业|公司|工厂|厂|学校|院校|职校|中职|高职|机构)"
            // 我们（在拉萨）开酒店，…, 我们是做模具的，…: the business itself, up to the clause's end
            + "|(?<=(?:我们|我|本公司)[\\p{IsHan}，,]{0,6}?(?:开|做|办|经营)了?(?:一家|一个|个|家)?)([\\p{IsHan}&&[^的了在和与]]{2,6})(?=的?[，,。；;])"
            // …和一家酒店共建: a partner's business named by what it is
            + "|(?<=[一这]家)((?:(?!企业|公司|工厂|学校|院校|职校)[\\p{IsHan}&&[^的了和与在]]){2,6}?)(?=共建|合建|合作|合办|联合|签订|签了|一起)");

    private OwnBusiness() {
    }

    /** {@code q} searched without the trade of the asker's business when no clause in {@code scope} names it. */
    static ReadQuestion without(ReadQuestion q, Set<String> scope, PolicySearch search) {
        String searchText = q.searchText();
        Matcher m = BUSINESS.matcher(searchText);
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String trade = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            Retrieval r = search.retrieve(trade, 3, scope);
            boolean named = r.hits().stream().anyMatch(h -> h.clause().text().contains(trade));
            m.appendReplacement(b, named ? Matcher.quoteReplacement(m.group()) : Matcher.quoteReplacement(m.group().replace(trade, "")));
            changed |= !named;
        }
        m.appendTail(b);
        return changed ? q.searchedAs(b.toString()) : q;
    }
}
