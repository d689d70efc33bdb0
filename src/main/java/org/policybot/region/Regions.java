package org.policybot.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions down to county level (GB/T 2260 codes, 2023 statistics edition),
 * bundled as {@code divisions.tsv}: look-up by code, the ancestor chain, region names in free text,
 * and the region a document belongs to. Immutable and thread-safe; load it once at start.
 */
public final class Regions {
    static final String RESOURCE = "divisions.tsv";
    static final String STOPWORDS = "stopwords.txt";
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static volatile Regions bundled;

    private final Map<String, Region> byCode;
    /** Read on first use: most questions name no town, and start-up must stay fast. */
    private volatile Towns towns;
    private final RegionMatcher matcher;
    private final DocumentScope documents;

    private Regions(Map<String, Region> byCode, List<String> stopwords, String stopSource) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Set<String> stop = new HashSet<>(stopwords);
        this.matcher = new RegionMatcher(byCode.values(), stop, this::covers, this::townStartsWith, this::townOfAnother);
        for (String w : stopwords) {
            if (!matcher.isName(w)) {
                throw new IllegalStateException(stopSource + ": \"" + w + "\" is no region's name or short name");
            }
        }
        this.documents = new DocumentScope(this);
    }

    /**
     * The bundled divisions (3,341 regions, about 2 MB of heap), parsed on the first call;
     * later calls return the same instance. Bad data fails with the resource line that holds it.
     */
    public static Regions load() {
        Regions r = bundled;
        if (r == null) {
            synchronized (Regions.class) {
                r = bundled;
                if (r == null) {
                    r = parse(resourceLines(RESOURCE), "org/policybot/region/" + RESOURCE,
                            resourceLines(STOPWORDS), "org/policybot/region/" + STOPWORDS);
                    bundled = r;
                }
            }
        }
        return r;
    }

    /**
     * Parses {@code code<TAB>name<TAB>parentCode} lines ('#' comments), parents before children, as the
     * resource is sorted by code; {@code source} names the input in errors ({@code source:line: why: line}).
     */
    static Regions parse(List<String> lines, String source, List<String> stopLines, String stopSource) {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || !Region.isCode(f[0]) || f[1].isBlank() || !(f[2].isEmpty() || Region.isCode(f[2]))) {
                throw new IllegalStateException(where(source, n) + "expected 6-digit code<TAB>name<TAB>parent code or nothing: " + line);
            }
            if (PLACEHOLDERS.contains(f[1])) {
                throw new IllegalStateException(where(source, n) + "placeholder " + f[1] + " is no region; put its members under the province: " + line);
            }
            if (regions.containsKey(f[0])) {
                throw new IllegalStateException(where(source, n) + "code " + f[0] + " appears twice: " + line);
            }
            regions.put(f[0], new Region(f[0], f[1], level(f, regions, source, n, line), f[2]));
        }
        if (regions.isEmpty()) {
            throw new IllegalStateException(source + ": no regions");
        }
        List<String> stopwords = new ArrayList<>();
        for (String l : stopLines) {
            if (!l.isBlank() && !l.startsWith("#")) {
                stopwords.add(l.strip());
            }
        }
        return new Regions(regions, stopwords, stopSource);
    }

    /** Where line {@code n} of {@code source} is, for an error message (made only then: 3,341 lines are read at start). */
    private static String where(String source, int n) {
        return source + ":" + n + ": ";
    }

    /** The level implied by the code and the parent, which must be defined above and share the code's prefix. */
    private static Level level(String[] f, Map<String, Region> earlier, String source, int n, String line) {
        String code = f[0];
        if (f[2].isEmpty()) {
            if (!code.endsWith("0000")) {
                throw new IllegalStateException(where(source, n) + line + " (only a province, code xx0000, has no parent)");
            }
            return Level.PROVINCE;
        }
        Region parent = earlier.get(f[2]);
        if (parent == null) {
            throw new IllegalStateException(where(source, n) + line + " (parent " + f[2] + " is not defined on an earlier line)");
        }
        int prefix = parent.level() == Level.PROVINCE ? 2 : 4;
        if (parent.level() == Level.DISTRICT || !code.startsWith(parent.code().substring(0, prefix))) {
            throw new IllegalStateException(where(source, n) + line + " (code does not lie inside parent " + parent + ")");
        }
        return parent.level() == Level.PROVINCE && code.endsWith("00") ? Level.CITY : Level.DISTRICT;
    }

    private static List<String> resourceLines(String name) {
        InputStream in = Regions.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/policybot/region/" + name + " in the jar");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(); // one decode, not one per line
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/policybot/region/" + name, e);
        }
    }

    /** Number of regions. */
    int size() {
        return byCode.size();
    }

    /** The region with a 6-digit code (330302); 2- and 4-digit prefixes (33, 3303) are read as 330000, 330300. */
    public Optional<Region> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        if (c.length() == 2 || c.length() == 4) {
            c = (c + "0000").substring(0, 6);
        }
        return Optional.ofNullable(byCode.get(c));
    }

    /** The province or city that contains {@code r}; empty for a province. */
    public Optional<Region> parent(Region r) {
        return r.parentCode().isEmpty() ? Optional.empty() : byCode(r.parentCode());
    }

    /** {@code r}, then its city (if any), then its province: 丰泽区, 泉州市, 福建省. */
    public List<Region> ancestorsAndSelf(Region r) {
        List<Region> chain = new ArrayList<>(3);
        for (Optional<Region> x = Optional.of(r); x.isPresent(); x = parent(x.get())) {
            chain.add(x.get());
        }
        return List.copyOf(chain);
    }

    /** Whether {@code outer} is {@code inner} or one of its ancestors: covers(浙江省, 鹿城区). */
    public boolean covers(Region outer, Region inner) {
        for (Optional<Region> x = Optional.of(inner); x.isPresent(); x = parent(x.get())) {
            if (x.get().code().equals(outer.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Region names in free text, longest match first, left to right, no overlaps: "丰泽区的企业" → 丰泽区,
     * "温州这个方案" → 温州市, "泉州市丰泽区" → 泉州市, 丰泽区, "杭州市级产教融合型企业" → 杭州市. Full names
     * always match; short names of provinces and cities, and of districts when unique and no common
     * word, match when they are not part of a longer word; generic words (城区, 产业园区) never do. A
     * name several regions share (鼓楼区) goes to the one inside an earlier mention (福州鼓楼区),
     * else to the one with the lowest code.
     */
    /**
     * District short names in {@code text} that several districts share and nothing in the text
     * places (昌邑 alone: 潍坊市昌邑市 or 吉林市昌邑区), each with the regions it may stand for.
     */
    public List<List<Region>> unplacedNames(String text) {
        return text != null && matcher.mentionsShared(text) ? matcher.unplaced(text, find(text)) : List.of();
    }

    public List<Mention> find(String text) {
        return matcher.find(text);
    }

    /**
     * The counties that have a town or sub-district of exactly this name ("锦林街道" → 大武口区; "城关镇"
     * → 88 counties); empty when no town is so named.
     */
    public List<Region> countiesOfTown(String name) {
        Towns t = towns;
        if (t == null) {
            synchronized (this) {
                t = towns;
                if (t == null) {
                    t = Towns.parse(resourceLines(Towns.RESOURCE), "org/policybot/region/" + Towns.RESOURCE);
                    towns = t;
                }
            }
        }
        return t.countiesOf(name).stream().map(this::byCode).flatMap(Optional::stream).toList();
    }

    /** Longest town or sub-district name looked for after a county's name. */
    private static final int TOWN_CHARS = 8;

    /** Whether {@code text} begins with the name of a town or sub-district of {@code county} (新市镇 of 德清县). */
    private boolean townStartsWith(Region county, String text) {
        if (county.level() != Level.DISTRICT) {
            return false;
        }
        for (int end = 2; end <= Math.min(TOWN_CHARS, text.length()); end++) {
            char last = text.charAt(end - 1);
            if ((last == '镇' || last == '乡' || last == '道') && countiesOfTown(text.substring(0, end)).contains(county)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} begins with the name of a town or sub-district that lies in none of {@code region}'s
     * counties, though it starts with {@code region}'s short name (巴彦岱镇 is 伊宁市's, not 巴彦县's).
     */
    private boolean townOfAnother(Region region, String text) {
        for (int end = 3; end <= Math.min(TOWN_CHARS, text.length()); end++) {
            char last = text.charAt(end - 1);
            if (last == '镇' || last == '乡' || last == '道') {
                List<Region> counties = countiesOfTown(text.substring(0, end));
                if (!counties.isEmpty()) {
                    return counties.stream().noneMatch(c -> covers(region, c));
                }
            }
        }
        return false;
    }

    /** Other regions of the same name (龙华区 of 深圳市 and of 海口市), nearest codes first. */
    public List<Region> namesakes(Region r) {
        return byCode.values().stream().filter(x -> x.name().equals(r.name()) && !x.equals(r))
                .sorted(java.util.Comparator.comparing(Region::code)).toList();
    }

    /**
     * The county-level city inside prefecture {@code r} that bears its short name (阿克苏地区 → 阿克苏市,
     * 恩施土家族苗族自治州 → 恩施市): the seat people mean as often as the prefecture when they say the
     * bare name. Empty when {@code r} is no city or has no such seat.
     */
    public Optional<Region> seatOfSameName(Region r) {
        if (r.level() != Level.CITY) {
            return Optional.empty();
        }
        return byCode.values().stream()
                .filter(x -> x.level() == Level.DISTRICT && x.parentCode().equals(r.code())
                        && x.shortName().equals(r.shortName()) && !x.code().equals(r.code()))
                .findFirst();
    }

    /**
     * The single best region for a name: "泉州市丰泽区", "温州市", "温州", "鹿城区", "福建省". A bare name
     * several regions share gives the higher level, then the lowest code (鼓楼区 → 南京市鼓楼区); a
     * qualified name (city + district) picks the district inside that city. Empty for names that are no
     * region or whose parts do not nest (泉州市鹿城区).
     */
    public Optional<Region> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip();
        Optional<Region> bare = matcher.exact(n);
        if (bare.isPresent()) {
            return bare;
        }
        List<Mention> parts = matcher.find(n);
        int end = 0;
        Region inner = null;
        for (Mention m : parts) {
            if (m.start() != end || (inner != null && !covers(inner, m.region()))) {
                return Optional.empty();
            }
            inner = m.region();
            end = m.end();
        }
        return end == n.length() ? Optional.ofNullable(inner) : Optional.empty();
    }

    /**
     * The region a document belongs to, from its metadata: first the issuing body (泉州市丰泽区人民政府办公室
     * → 丰泽区; 温州市发展和改革委员会 → 温州市; 江苏省财政厅 → 江苏省), then its title, then the prefix
     * of its 文号 (浙政办发 → 浙江省, 苏财教 → 江苏省; a city's first character such as 温 or 泉 only
     * inside a province the title gives, or when no other city starts with it). Empty for a national
     * issuer (国务院, 国家发展改革委, 教育部 …) and when nothing names a region. Any argument may be
     * null or empty.
     */
    public Optional<Region> ofDocument(String issuer, String title, String docNo) {
        return documents.regionOf(issuer, title, docNo);
    }

    /** All regions at {@code level}, in code order. */
    List<Region> all(Level level) {
        return byCode.values().stream().filter(r -> r.level() == level).toList();
    }
}
