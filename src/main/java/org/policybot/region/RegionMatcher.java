package org.policybot.region;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds region names in free text ({@link Regions#find}): a dictionary of every full name and of the
 * short names that are safe on their own, scanned left to right, longest name first.
 *
 * <p>A name is <em>free</em> (matched anywhere) or <em>qualified</em> (matched only right after a
 * mention of one of its ancestors: 阳泉市城区, 福州鼓楼). Free: every full name and every province or
 * city short name not in the stoplist, and a district's short name that is unique among districts,
 * names no other region and is not in the stoplist. Everything else is qualified.
 *
 * <p>Chinese has no spaces, so a name can straddle two words (以上高校 holds 上高, 创新平台 holds 新平).
 * smartcn's segmentation of the text decides: a match may not begin inside a word (unless it follows
 * another mention directly), and a short name or a two-character name may not end inside one either
 * (三明治, 长治久安, 市和县城). A longer full name may, so 杭州市级 and 浙江省委 still name their region.
 */
final class RegionMatcher {
    private record Entry(Region region, boolean shortName, boolean free) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.shortName)              // full names before short ones
            .thenComparing(e -> e.region.level())             // a short name says the higher level: 吉林 → 吉林省
            .thenComparing(e -> e.region.code());

    private final Map<String, List<Entry>> names = new HashMap<>();
    /** District short names several districts share (昌邑: 昌邑市 of 潍坊, 昌邑区 of 吉林市), not stopwords. */
    private final Set<String> sharedShorts = new HashSet<>();
    private final BiPredicate<Region, Region> covers;
    private final int maxLen;
    /** Whether the text after a county's name begins with one of its towns (德清 then 新市镇). */
    private final BiPredicate<Region, String> townAfter;
    /** Whether a text begins with the name of a town that lies in no county of the region's name (巴彦岱镇 of 伊宁市, not of 巴彦县). */
    private final BiPredicate<Region, String> townOfAnother;

    RegionMatcher(Collection<Region> regions, Set<String> stopwords, BiPredicate<Region, Region> covers, BiPredicate<Region, String> townAfter,
            BiPredicate<Region, String> townOfAnother) {
        this.covers = covers;
        this.townAfter = townAfter;
        this.townOfAnother = townOfAnother;
        Map<String, Integer> districtShorts = new HashMap<>();
        Set<String> reserved = new HashSet<>(); // full names, and short names above district level
        Map<Region, String> shorts = new java.util.IdentityHashMap<>(regions.size() * 2); // each shortened once
        for (Region r : regions) {
            String s = r.shortName();
            shorts.put(r, s);
            reserved.add(r.name());
            if (r.level() == Level.DISTRICT) {
                districtShorts.merge(s, 1, Integer::sum);
            } else {
                reserved.add(s);
            }
        }
        for (Region r : regions) {
            add(r.name(), new Entry(r, false, !stopwords.contains(r.name())));
            String spoken = ShortNames.spokenFullName(r);
            if (spoken != null && !reserved.contains(spoken)) {
                // 互助县 for 互助土族自治县: the short name with its kind of division is as safe as the full name.
                add(spoken, new Entry(r, false, true));
            }
            String s = shorts.get(r);
            if (!s.equals(r.name())) {
                boolean free = !stopwords.contains(s) && (r.level() != Level.DISTRICT
                        || (districtShorts.get(s) == 1 && !reserved.contains(s)));
                add(s, new Entry(r, true, free));
            }
        }
        for (Map.Entry<String, Integer> e : districtShorts.entrySet()) {
            if (e.getValue() >= 2 && e.getKey().length() >= 2 && !stopwords.contains(e.getKey()) && !reserved.contains(e.getKey())) {
                sharedShorts.add(e.getKey());
            }
        }
        names.values().forEach(list -> list.sort(ORDER));
        this.maxLen = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private void add(String name, Entry e) {
        names.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
    }

    /** Whether {@code name} is some region's name or short name. */
    boolean isName(String name) {
        return names.containsKey(name);
    }

    /** The region a bare name stands for (free or not): full names first, then the higher level, then the lowest code. */
    Optional<Region> exact(String name) {
        List<Entry> list = names.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0).region);
    }

    /** A town's or sub-district's name going on for a few characters after a region's short name (巴彦|岱镇). */
    private static final java.util.regex.Pattern TOWN_SOON = java.util.regex.Pattern.compile("\\p{IsHan}{1,5}?(街道|镇|乡)");
    /** What makes a name a town's or a sub-district's: 街道, 镇, 乡, 社区. */
    private static final java.util.regex.Pattern TOWN_AFTER = java.util.regex.Pattern.compile("街道|镇|乡(?!村)|社区");

    List<Mention> find(String text) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        List<Mention> first = scan(text, List.of());
        // "梨树汇编里四平…": a shared name is placed by a place named after it too
        return mentionsShared(text) && !first.isEmpty() ? scan(text, first) : first;
    }

    private List<Mention> scan(String text, List<Mention> context) {
        List<Mention> found = new ArrayList<>();
        boolean[] inside = wordInterior(text);
        int i = 0;
        while (i < text.length()) {
            Mention m = null;
            for (int len = Math.min(maxLen, text.length() - i); len >= 2 && m == null; len--) {
                List<Entry> entries = names.get(text.substring(i, i + len));
                if (entries != null) {
                    Region r = choose(entries, found, context, text, i, i + len, inside);
                    m = r == null ? null : new Mention(r, i, i + len, text.substring(i, i + len));
                }
            }
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Among the regions a name may stand for here, the one an earlier mention (nearest first) contains, else the first. */
    private Region choose(List<Entry> entries, List<Mention> before, List<Mention> elsewhere, String text, int start, int end, boolean[] inside) {
        Mention last = before.isEmpty() ? null : before.get(before.size() - 1);
        Region adjacent = last != null && last.end() == start ? last.region() : null;
        List<Region> allowed = new ArrayList<>();
        for (Entry e : entries) {
            if ((e.shortName || end - start <= 2) && inside[end] && text.charAt(end) != '级'
                    && !townAfter.test(e.region, text.substring(end)) && !wordFollows(text, end)) {
                continue; // 三明治, 和县城 end inside a word; 县级 after a name is only its level; 德清新市镇 is 德清's 新市镇
            }
            if (e.shortName && TOWN_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                continue; // 西城街道, 鹿城镇: a town or sub-district named like a district, not the district
            }
            if (e.shortName && TOWN_SOON.matcher(text).region(end, text.length()).lookingAt() && townOfAnother.test(e.region, text.substring(start))) {
                continue; // 巴彦岱镇 (伊宁市) begins with 巴彦 (巴彦县): the town's name, not the county's
            }
            boolean ok = e.free ? adjacent != null || !inside[start]
                    : adjacent != null && !adjacent.equals(e.region) && covers.test(adjacent, e.region)
                    // "四平实习补贴…梨树汇编里那个": a name several districts share, as a word of its own, is the
                    // one inside a place named earlier in the text
                    || e.shortName && sharedShorts.contains(text.substring(start, end)) && !inside[start] && !inside[end]
                            && java.util.stream.Stream.concat(before.stream(), elsewhere.stream())
                                    .anyMatch(b -> !b.region().equals(e.region) && covers.test(b.region(), e.region));
            if (ok) {
                allowed.add(e.region);
            }
        }
        if (allowed.isEmpty()) {
            return null;
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Region context = before.get(k).region();
            for (Region r : allowed) {
                if (!context.equals(r) && covers.test(context, r)) {
                    return r;
                }
            }
        }
        return allowed.get(0);
    }

    /** Whether {@code text} holds a shared district short name at all (a cheap test before segmenting it). */
    boolean mentionsShared(String text) {
        for (int i = 0; i < text.length(); i++) {
            for (int len = 2; len <= 4 && i + len <= text.length(); len++) {
                if (sharedShorts.contains(text.substring(i, i + len))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The regions a shared district short name in {@code text} may stand for, where no mention in
     * {@code found} places it ("昌邑有家企业" → 潍坊市昌邑市, 吉林市昌邑区); as a word of its own only.
     */
    List<List<Region>> unplaced(String text, List<Mention> found) {
        List<List<Region>> out = new ArrayList<>();
        if (text == null || text.isEmpty() || sharedShorts.isEmpty()) {
            return out;
        }
        boolean[] inside = wordInterior(text);
        for (int i = 0; i < text.length(); i++) {
            for (int len = Math.min(4, text.length() - i); len >= 2; len--) {
                String s = text.substring(i, i + len);
                if (!sharedShorts.contains(s) || inside[i] || inside[i + len]) {
                    continue;
                }
                int at = i;
                int to = i + len;
                if (found.stream().anyMatch(m -> m.start() < to && at < m.end())) {
                    continue; // part of a mention (潍坊昌邑 is placed)
                }
                if (to < text.length() && "镇乡村街".indexOf(text.charAt(to)) >= 0) {
                    continue; // "安宁镇": a town's name, not 安宁市
                }
                List<Region> candidates = names.get(s).stream().filter(e -> e.shortName && e.region.level() == Level.DISTRICT)
                        .map(Entry::region).distinct().toList();
                // "六盘水在盘州和钟山": a place named elsewhere in the text holds one of them
                boolean placed = candidates.stream().filter(c -> found.stream().anyMatch(m -> covers.test(m.region(), c))).count() == 1;
                if (!placed) {
                    out.add(candidates);
                }
                i += len - 1;
                break;
            }
        }
        return out;
    }

    /** {@code inside[p]} is true when offset p falls strictly inside a word of smartcn's segmentation of {@code text}. */
    /** Words of the policies' topics that a question puts right after a place ("日照实训基地…", "泉州职教…"). */
    private static final java.util.regex.Pattern TOPIC_AFTER = java.util.regex.Pattern.compile(
            "实训|实习|实施|产教|产业|职业|职教|职校|技工|技能|校企|高校|学校|企业|教育|人社|财政|发改|工信|专项|补助|补贴|奖补|申报|认定|招标|采购|中标|政策");

    /**
     * Whether a topic word follows the name: the segmenter reads "日照实训" as 日/照实/训, yet 日照 is the place;
     * "三明治" has no such word after 三明.
     */
    static boolean wordFollows(String text, int end) {
        return TOPIC_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    static boolean[] wordInterior(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        try (HMMChineseTokenizer words = new HMMChineseTokenizer()) {
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            words.setReader(new StringReader(text));
            words.reset();
            while (words.incrementToken()) {
                for (int p = offset.startOffset() + 1; p < offset.endOffset(); p++) {
                    inside[p] = true;
                }
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting text from a string cannot fail", e);
        }
        return inside;
    }
}
