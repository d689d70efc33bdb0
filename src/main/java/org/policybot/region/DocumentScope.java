package org.policybot.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@link Regions#ofDocument}: the region of a document from its issuer, title and 文号. */
final class DocumentScope {
    /** The fixed one-character province abbreviations of 文号 (浙政办发, 闽教职成, 苏财教). */
    private static final String PROVINCE_ABBREVIATIONS = "京110000 津120000 沪310000 渝500000 冀130000 晋140000 "
            + "辽210000 吉220000 黑230000 苏320000 浙330000 皖340000 闽350000 赣360000 鲁370000 豫410000 "
            + "鄂420000 湘430000 粤440000 琼460000 川510000 贵520000 黔520000 云530000 滇530000 陕610000 "
            + "秦610000 甘620000 陇620000 青630000 台710000 蒙150000 桂450000 藏540000 宁640000 新650000 "
            + "港810000 澳820000";
    /**
     * First characters of national 文号 that are also the first character of exactly one city: 文旅 (文山),
     * 林 (林芝), 国家烟草 (烟台), 自然资源 (自贡), 铁路 (铁岭), 银发/银保监 (银川); 内政发 is 内蒙古's, not 内江's.
     * Such a character names its city only inside a province the title gives.
     */
    private static final String NOT_ALONE = "文林烟自铁银内";
    /** A body of the central government: 国务院…, 国家发展改革委, 教育部, 教育部等六部门. */
    private static final Pattern NATIONAL = Pattern.compile(
            "^(国务院|国家|中共中央|中央|全国|中华人民共和国|最高人民).*|^[^省市区县州盟旗]{1,10}部(办公厅)?|.*部等.{0,3}部门");
    private static final Pattern BODY_SEPARATOR = Pattern.compile("[、，,；;\\s]+");

    private final Regions regions;
    private final Map<Character, Region> provinces = new HashMap<>();
    /** First character of a city's short name → the cities whose short name starts with it. */
    private final Map<Character, List<Region>> cityInitials = new HashMap<>();

    DocumentScope(Regions regions) {
        this.regions = regions;
        for (String pair : PROVINCE_ABBREVIATIONS.split(" ")) {
            regions.byCode(pair.substring(1)).ifPresent(p -> provinces.put(pair.charAt(0), p)); // all there in the bundled data (tested)
        }
        for (Region c : regions.all(Level.CITY)) {
            cityInitials.computeIfAbsent(c.shortName().charAt(0), k -> new ArrayList<>()).add(c);
        }
    }

    Optional<Region> regionOf(String issuer, String title, String docNo) {
        if (issuer != null && !issuer.isBlank()) {
            List<Mention> named = regions.find(issuer);
            if (!named.isEmpty()) {
                return innermostCommon(named); // the issuer decides, whatever the 文号 says
            }
            for (String body : BODY_SEPARATOR.split(issuer.strip())) {
                if (NATIONAL.matcher(body).matches()) {
                    return Optional.empty();
                }
            }
        }
        Optional<Region> fromTitle = title == null ? Optional.empty() : innermostCommon(regions.find(title));
        if (fromTitle.isPresent() && fromTitle.get().level() != Level.PROVINCE) {
            return fromTitle;
        }
        Optional<Region> fromNumber = fromDocNo(docNo, fromTitle.orElse(null));
        return fromNumber.isPresent() ? fromNumber : fromTitle;
    }

    /**
     * The region all mentions lie in, as deep as they allow: 泉州市 + 丰泽区 → 丰泽区; 温州市 + 台州市 →
     * 浙江省; regions in different provinces → empty.
     */
    private Optional<Region> innermostCommon(List<Mention> mentions) {
        Set<Region> named = new LinkedHashSet<>();
        mentions.forEach(m -> named.add(m.region()));
        Region common = null;
        for (Region r : named) {
            if (named.stream().anyMatch(o -> !o.equals(r) && regions.covers(r, o))) {
                continue; // an ancestor of another mention: the deeper one speaks
            }
            common = common == null ? r : commonAncestor(common, r);
            if (common == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(common);
    }

    private Region commonAncestor(Region a, Region b) {
        for (Region x : regions.ancestorsAndSelf(a)) {
            if (regions.covers(x, b)) {
                return x;
            }
        }
        return null;
    }

    /**
     * The region the 文号's first character stands for: a province abbreviation (苏财教 → 江苏省), or the
     * first character of a city's short name (温发改社 → 温州市) — within {@code province} when the title
     * gave one (so 台 there is 台州, not 台湾), else only if no other city starts with it.
     */
    private Optional<Region> fromDocNo(String docNo, Region province) {
        if (docNo == null || docNo.isBlank()) {
            return Optional.empty();
        }
        char first = docNo.strip().charAt(0);
        Region abbreviated = provinces.get(first);
        if (abbreviated != null && (province == null || province.equals(abbreviated))) {
            return Optional.of(abbreviated);
        }
        List<Region> cities = cityInitials.getOrDefault(first, List.of()).stream()
                .filter(c -> province == null || regions.covers(province, c)).toList();
        boolean alone = province != null || (abbreviated == null && NOT_ALONE.indexOf(first) < 0);
        return cities.size() == 1 && alone ? Optional.of(cities.get(0)) : Optional.empty();
    }
}
