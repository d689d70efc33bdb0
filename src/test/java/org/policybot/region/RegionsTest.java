package org.policybot.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RegionsTest {
    static final Regions REGIONS = Regions.load();

    static Region region(String code) {
        return REGIONS.byCode(code).orElseThrow(() -> new AssertionError("no region " + code));
    }

    static List<String> names(List<Region> regions) {
        return regions.stream().map(Region::name).toList();
    }

    /** Mentions as "surface=code" so a wrong region with the right name still fails. */
    static List<String> found(String text) {
        return REGIONS.find(text).stream().map(m -> m.surface() + "=" + m.region().code()).toList();
    }

    static String ofDocument(String issuer, String title, String docNo) {
        return REGIONS.ofDocument(issuer, title, docNo).map(Region::fullName).orElse("(none)");
    }

    @Test
    void bundledDataLoadsOnceWithMoreThanThreeThousandRegions() {
        assertTrue(REGIONS.size() > 3000, "regions: " + REGIONS.size());
        assertTrue(Regions.load() == REGIONS, "load() parses once and shares the instance");
        assertEquals("鹿城区", region("330302").name());
        assertEquals(Optional.of(region("330000")), REGIONS.byCode("33"));
        assertEquals(Optional.of(region("330300")), REGIONS.byCode("3303"));
        assertEquals(Optional.empty(), REGIONS.byCode("999999"));
    }

    @Test
    void aPlaceRightBeforeATopicWordIsFoundThoughTheSegmenterJoinsThem() {
        // the segmenter reads 日照实训 as 日/照实/训
        assertEquals(List.of("日照=371100"), found("日照实训基地设备采购包3预算多少"));
        assertEquals(List.of(), found("三明治怎么做"));
    }

    @Test
    void aTownOrSubDistrictIsFoundInTheCountiesThatHaveIt() {
        assertEquals(List.of(region("640202")), REGIONS.countiesOfTown("锦林街道"));
        assertEquals(List.of(region("530302")), REGIONS.countiesOfTown("越州镇"));
        assertTrue(REGIONS.countiesOfTown("城关镇").size() > 50, "城关镇 is a common name");
        assertEquals(List.of(), REGIONS.countiesOfTown("产教融合镇"));
    }

    @Test
    void aTownWhoseNameBeginsWithAnotherCountysShortNameIsNotThatCounty() {
        // 巴彦岱镇 is a town of 伊宁市; its first two characters are 巴彦县's (黑龙江) short name
        assertEquals(List.of(), found("我们是巴彦岱镇一家食品加工厂"));
        assertEquals(List.of("巴彦=230126"), found("巴彦的企业能拿多少补助"));
    }

    @Test
    void aPrefecturesSeatOfTheSameNameIsKnown() {
        assertEquals(Optional.of(region("652901")), REGIONS.seatOfSameName(region("652900")), "阿克苏地区 → 阿克苏市");
        assertEquals(Optional.empty(), REGIONS.seatOfSameName(region("330300")), "温州市 has no 温州 county");
        assertEquals(Optional.empty(), REGIONS.seatOfSameName(region("652901")), "a county has no seat");
    }

    @Test
    void aSubDistrictOrTownNamedLikeADistrictIsNotThatDistrict() {
        // 西城街道 of 界首市 is no 北京市西城区; 西城区 itself, and 西城 before another word, still are.
        assertEquals(List.of(), found("那西城街道的呢 谁牵头"));
        assertEquals(List.of("西城区=110102"), found("西城区的企业"));
    }

    @Test
    void aCountysShortNameRunIntoOneOfItsTownsIsThatCounty() {
        // "德清新市镇": segmented as 清新 (a district of 清远) and 市镇, 德清 ends inside a word; 新市镇 is a town of 德清县.
        assertEquals(List.of("德清=330521"), found("我是德清新市镇一家企业"));
        assertEquals(List.of(), found("三明治多少钱"), "a name ending inside a word with no town after it is still no place");
    }

    @Test
    void aDistrictIsShownWithItsCityAndACityOrProvinceAsItIs() {
        assertEquals("泉州市丰泽区", REGIONS.resolve("丰泽区").orElseThrow().displayName());
        assertEquals("温州市", REGIONS.resolve("温州").orElseThrow().displayName());
        assertEquals("北京市朝阳区", REGIONS.resolve("北京市朝阳区").orElseThrow().displayName()); // a 直辖市 is a province
        assertEquals("山东省", REGIONS.resolve("山东省").orElseThrow().displayName());
    }

    @Test
    void luchengIsInWenzhouInZhejiang() {
        Region lucheng = REGIONS.resolve("鹿城区").orElseThrow();
        assertEquals(List.of("鹿城区", "温州市", "浙江省"), names(REGIONS.ancestorsAndSelf(lucheng)));
        assertEquals(Level.DISTRICT, lucheng.level());
        assertEquals("浙江省温州市鹿城区", lucheng.fullName());
    }

    @Test
    void fengzeIsInQuanzhouInFujian() {
        Region fengze = REGIONS.resolve("丰泽区").orElseThrow();
        assertEquals(List.of("丰泽区", "泉州市", "福建省"), names(REGIONS.ancestorsAndSelf(fengze)));
        assertEquals(Optional.of(region("350500")), REGIONS.parent(fengze));
        assertEquals(Level.CITY, region("350500").level());
        assertEquals("福建省泉州市丰泽区", fengze.fullName());
    }

    @Test
    void coversHoldsForTheRegionItselfAndItsAncestorsOnly() {
        Region quanzhou = region("350500");
        Region fengze = region("350503");
        assertTrue(REGIONS.covers(quanzhou, fengze));
        assertTrue(REGIONS.covers(fengze, fengze));
        assertFalse(REGIONS.covers(region("330300"), fengze), "温州市 does not cover 丰泽区");
        assertTrue(REGIONS.covers(region("330000"), region("330302")), "浙江省 covers 鹿城区");
        assertFalse(REGIONS.covers(fengze, quanzhou), "a district does not cover its city");
    }

    @Test
    void beijingIsAProvinceLevelRegionThatContainsItsDistrictsWithoutPlaceholderCity() {
        Region beijing = REGIONS.resolve("北京市").orElseThrow();
        Region chaoyang = region("110105");
        assertEquals(Level.PROVINCE, beijing.level());
        assertEquals("朝阳区", chaoyang.name());
        assertTrue(REGIONS.covers(beijing, chaoyang));
        assertEquals(Optional.of(beijing), REGIONS.parent(chaoyang));
        assertEquals("北京市朝阳区", chaoyang.fullName());
        assertEquals(Optional.empty(), REGIONS.byCode("110100"), "the 市辖区 placeholder city is not a region");
        assertEquals(List.of(), found("市辖区和县里的企业"));
        assertEquals(Optional.of(region("420000")), REGIONS.parent(region("429004")), "仙桃市 hangs from 湖北省 directly");
    }

    @Test
    void shortNamesDropSuffixesAndEthnicNamesButKeepOneCharacterStems() {
        assertEquals("温州", region("330300").shortName());
        assertEquals("丰泽", region("350503").shortName());
        assertEquals("福建", region("350000").shortName());
        assertEquals("内蒙古", region("150000").shortName());
        assertEquals("鹿城", region("330302").shortName());
        assertEquals("延边", region("222400").shortName());
        assertEquals("恩施", region("422800").shortName());
        assertEquals("巴音郭楞", region("652800").shortName());
        assertEquals("浦东", region("310115").shortName());
        assertEquals("泾县", region("341823").shortName());
        assertEquals("苏州工业园区", region("320576").shortName(), "a development zone keeps its name");
    }

    @Test
    void cityFollowedByLevelWordIsTheCity() {
        assertEquals(List.of("杭州市=330100"), found("杭州市级产教融合型企业有什么补助"));
    }

    @Test
    void districtFullNameIsFound() {
        assertEquals(List.of("丰泽区=350503"), found("丰泽区的产教融合型企业能拿多少补助"));
    }

    @Test
    void anAutonomousDivisionIsFoundByItsShortNameWithItsKind() {
        // 互助 alone is a word (互助合作), but 互助县 is how the county and its own documents name it.
        assertEquals(List.of("互助县=630223"), found("互助县产教融合实施方案文号是多少"));
        assertEquals(List.of("延边州=222400"), found("延边州的企业能拿多少补助"));
        assertEquals(List.of(), found("校企互助合作"));
        assertEquals(List.of(), found("盐湖化工方向的产业学院"), "盐湖 is a salt lake before it is 运城市盐湖区");
    }

    @Test
    void cityShortNameIsFound() {
        assertEquals(List.of("泉州=350500"), found("泉州的企业能拿多少补助"));
        assertEquals(List.of("温州=330300"), found("温州这个方案的文号是多少"));
    }

    @Test
    void industrialParkAndUrbanAreaAreNoRegions() {
        assertEquals(List.of(), found("产业园区和城区"));
        assertEquals(List.of(), found("老城区和新城区的园区"));
        assertEquals(List.of(), found("高新区、开发区、经济区"));
    }

    @Test
    void qualifiedNameGivesCityThenDistrictWithOffsets() {
        List<Mention> m = REGIONS.find("泉州市丰泽区");
        assertEquals(List.of(new Mention(region("350500"), 0, 3, "泉州市"), new Mention(region("350503"), 3, 6, "丰泽区")), m);
        assertEquals(List.of("浙江省=330000"), found("浙江省"));
        assertEquals(List.of("内蒙古自治区=150000", "延边朝鲜族自治州=222400"), found("内蒙古自治区和延边朝鲜族自治州"));
    }

    @Test
    void sharedDistrictNameGoesToTheCityNamedBeforeIt() {
        assertEquals(List.of("福州=350100", "鼓楼区=350102", "南京=320100", "鼓楼区=320106"), found("福州鼓楼区和南京鼓楼区"));
        assertEquals(List.of("长春=220100", "朝阳区=220104"), found("长春朝阳区"));
        List<Mention> bare = REGIONS.find("鼓楼区的企业");
        assertEquals(1, bare.size());
        assertEquals("鼓楼区", bare.get(0).region().name(), "without context: the lowest code, no exception");
    }

    @Test
    void districtShortNamesNeedUniquenessOrTheirParentBeforeThem() {
        assertEquals(List.of("鹿城=330302", "瓯海=330304"), found("鹿城和瓯海"));
        assertEquals(List.of(), found("鼓楼的企业"), "鼓楼 is shared by four districts");
        assertEquals(List.of("福州=350100", "鼓楼=350102"), found("福州鼓楼的企业"));
        assertEquals(List.of("阳泉市=140300", "城区=140302"), found("阳泉市城区"), "a generic name right after its city");
        assertEquals(List.of("温州市=330300"), found("温州市城区"), "温州 has no district called 城区");
        assertEquals(List.of(), found("加强校企合作，整合资源"), "合作市 and 资源县 are stoplisted words");
        assertEquals(List.of(), found("成渝地区双城经济圈，新建一批实训基地，人民幸福安康"), "双城, 新建, 安康");
    }

    @Test
    void aCountyShortNameThatIsNoEverydayWordIsFoundOnItsOwn() {
        assertEquals(List.of("保康=420626"), found("保康实训基地数控车床工位多少钱"), "保康 is only a county");
        assertEquals(List.of(), found("确保康复训练正常开展"), "确保 and 康复 are words of their own");
    }

    @Test
    void namesAcrossWordBoundariesAreNotMatched() {
        assertEquals(List.of(), found("累计建成30个以上高校市级应用技术协同创新中心"), "以上高校 holds 上高");
        assertEquals(List.of(), found("打造创新平台，共建平台设备"), "新平, 建平");
        assertEquals(List.of(), found("振兴县域经济，相应县级部门，市和县城"), "兴县, 应县, 和县");
        assertEquals(List.of(), found("三明治和长治久安"), "三明, 长治");
    }

    @Test
    void shippedKnowledgeMentionsOnlyItsOwnRegions() throws IOException {
        assertEquals(Set.of("泉州市", "丰泽区", "福建省", "南安市"), regionsIn("knowledge/fengze-2025.md"));
        assertEquals(Set.of("温州市", "浙江省", "龙湾区", "瓯海区", "瑞安市", "乐清市", "永嘉县", "平阳县", "文成县", "上海市"),
                regionsIn("knowledge/wenzhou-2024-2027.md"));
    }

    static Set<String> regionsIn(String file) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            REGIONS.find(line).forEach(m -> out.add(m.region().name()));
        }
        return out;
    }

    @Test
    void resolveTakesBareAndQualifiedNames() {
        assertEquals(Optional.of(region("330300")), REGIONS.resolve("温州"));
        assertEquals(Optional.of(region("330300")), REGIONS.resolve("温州市"));
        assertEquals(Optional.of(region("330302")), REGIONS.resolve("鹿城区"));
        assertEquals(Optional.of(region("350000")), REGIONS.resolve("福建省"));
        assertEquals(Optional.of(region("350503")), REGIONS.resolve("泉州市丰泽区"));
        assertEquals(Optional.of(region("350102")), REGIONS.resolve("福州鼓楼"));
        assertEquals(Optional.of(region("220000")), REGIONS.resolve("吉林"), "a short name says the higher level");
        assertEquals(Optional.empty(), REGIONS.resolve("泉州市鹿城区"), "parts that do not nest");
        assertEquals(Optional.empty(), REGIONS.resolve("温州市教育局"));
        assertEquals(Optional.empty(), REGIONS.resolve(" "));
    }

    @Test
    void resolveOfASharedDistrictNameGivesOneOfThemWithoutThrowing() {
        Optional<Region> gulou = REGIONS.resolve("鼓楼区");
        assertTrue(gulou.isPresent());
        assertEquals("鼓楼区", gulou.get().name());
    }

    @Test
    void documentRegionComesFromTheIssuerFirst() {
        assertEquals("福建省泉州市丰泽区", ofDocument("泉州市丰泽区人民政府办公室", "丰泽区2025年产教融合工作实施方案", "泉丰政办综〔2025〕25号"));
        assertEquals("浙江省温州市", ofDocument("温州市发展和改革委员会、温州市教育局", "温州市深化产教融合建设实施方案（2024-2027年）", "温发改社〔2024〕172号"));
        assertEquals("江苏省", ofDocument("江苏省财政厅", "", ""));
        assertEquals("浙江省温州市", ofDocument("市教育局", "关于印发温州市产教融合实施方案的通知", null), "an unqualified issuer says nothing");
    }

    @Test
    void documentRegionFallsBackToTheDocNumberPrefix() {
        assertEquals("江苏省", ofDocument("", "关于组织申报2026年度省级产教融合实训基地建设项目的通知", "苏财教〔2026〕8号"));
        assertEquals("浙江省", ofDocument(null, null, "浙政办发〔2019〕1号"));
        assertEquals("浙江省台州市", ofDocument("", "关于转发《浙江省产教融合型企业认定办法》的通知", "台教职成〔2020〕3号"),
                "inside a province the title names, 台 is 台州, not 台湾");
        assertEquals("浙江省温州市", ofDocument("", "关于转发产教融合型企业认定办法的通知", "温教职成〔2020〕3号"), "温 starts no other city");
        assertEquals("(none)", ofDocument("", "关于转发产教融合型企业认定办法的通知", "银发〔2020〕3号"), "银 of 人民银行, not 银川");
    }

    @Test
    void everyProvinceAbbreviationNamesItsProvince() {
        String abbreviations = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵黔云滇陕秦甘陇青台蒙桂藏宁新港澳";
        for (char c : abbreviations.toCharArray()) {
            Optional<Region> p = REGIONS.ofDocument("", "", c + "政发〔2020〕1号");
            assertTrue(p.isPresent() && p.get().level() == Level.PROVINCE, c + " → " + p);
        }
        assertEquals("贵州省", ofDocument("", "", "黔教发〔2020〕1号"));
        assertEquals("内蒙古自治区", ofDocument("", "", "蒙教发〔2020〕1号"));
    }

    @Test
    void nationalIssuerHasNoRegion() {
        assertEquals("(none)", ofDocument("国家发展改革委", "国家产教融合建设试点实施方案", "发改社会〔2019〕1558号"));
        assertEquals("(none)", ofDocument("教育部等六部门", "职业学校校企合作促进办法", "教职成〔2018〕1号"));
        assertEquals("(none)", ofDocument("国务院办公厅", "关于深化产教融合的若干意见", "国办发〔2017〕95号"));
        assertEquals("(none)", ofDocument("", "", ""));
    }

    @Test
    void badDataFailsWithItsLine() {
        List<String> ok = List.of("# header", "330000\t浙江省\t", "330300\t温州市\t330000");
        assertEquals(2, Regions.parse(ok, "t.tsv", List.of(), "s.txt").size());

        IllegalStateException orphan = assertThrows(IllegalStateException.class, () ->
                Regions.parse(List.of("# header", "330000\t浙江省\t", "330302\t鹿城区\t330300"), "t.tsv", List.of(), "s.txt"));
        assertTrue(orphan.getMessage().startsWith("t.tsv:3: "), orphan.getMessage());
        assertTrue(orphan.getMessage().contains("鹿城区"), orphan.getMessage());

        IllegalStateException placeholder = assertThrows(IllegalStateException.class, () ->
                Regions.parse(List.of("110000\t北京市\t", "110100\t市辖区\t110000"), "t.tsv", List.of(), "s.txt"));
        assertTrue(placeholder.getMessage().startsWith("t.tsv:2: placeholder"), placeholder.getMessage());

        IllegalStateException columns = assertThrows(IllegalStateException.class, () ->
                Regions.parse(List.of("330000 浙江省"), "t.tsv", List.of(), "s.txt"));
        assertTrue(columns.getMessage().startsWith("t.tsv:1: "), columns.getMessage());

        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> Regions.parse(ok, "t.tsv", List.of("和平"), "s.txt"));
        assertTrue(stop.getMessage().contains("s.txt") && stop.getMessage().contains("和平"), stop.getMessage());
    }

    /** The checks that replaced regexes at start say what the regexes said, on every bundled name and on edge cases. */
    @Test
    void codeAndSuffixChecksAgreeWithTheirRegexes() throws IOException {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\\d{6}");
        java.util.regex.Pattern suffix = java.util.regex.Pattern.compile(".*[区县市旗]");
        List<String> samples = new java.util.ArrayList<>(List.of("", "35050", "3505030", "35O503", "３５０５０３", "350503",
                "区", "城区", "城区\n", "城\n区", "城\u2028区", "开发区管委会", "旗下", "泉州市"));
        try (var in = Regions.class.getResourceAsStream(Regions.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                samples.addAll(List.of(line.split("\t")));
            }
        }
        for (String s : samples) {
            assertEquals(code.matcher(s).matches(), Region.isCode(s), s);
            assertEquals(suffix.matcher(s).matches(), ShortNames.administrative(s), s);
        }
    }

    @Test
    void aDistrictNameSeveralDistrictsShareIsUnplacedUnlessTheTextPlacesIt() {
        // 昌邑 is 潍坊's 昌邑市 and 吉林市's 昌邑区; alone it names neither.
        List<List<Region>> alone = REGIONS.unplacedNames("昌邑有家纺织企业接收职校学生实习，市里每人每月补多少");
        assertEquals(1, alone.size());
        assertEquals(Set.of("370786", "220202"), Set.copyOf(alone.get(0).stream().map(Region::code).toList()));
        assertTrue(REGIONS.unplacedNames("潍坊昌邑有家纺织企业，市里每人每月补多少").isEmpty());
        // 六盘水 named earlier in the sentence holds 钟山区 (not 贺州's 钟山县).
        assertTrue(REGIONS.unplacedNames("六盘水在盘州和钟山建的公共实训基地，市级财政各补多少？").isEmpty());
        assertTrue(REGIONS.unplacedNames("实训基地补多少").isEmpty());
        // 梨树 is 四平's 梨树县 and 鸡西's 梨树区: 四平 named before or after it in the text places it.
        assertEquals(List.of("220322"), REGIONS.find("四平实习补贴办法是哪几个部门发的 梨树汇编里那个").stream()
                .map(m -> m.region().code()).filter(c -> !c.equals("220300")).toList());
        assertEquals(List.of("220322"), REGIONS.find("梨树汇编里四平技能人才引进措施是谁发的").stream()
                .map(m -> m.region().code()).filter(c -> !c.equals("220300")).toList());
        assertTrue(REGIONS.find("梨树汇编里技能人才引进措施是谁发的").isEmpty(), "alone, 梨树 names neither");
        // 安宁镇 is a town of 西昌市 (and of others), not 安宁市 of 昆明 or another 安宁.
        assertTrue(REGIONS.unplacedNames("安宁镇那家光能公司在现场会上干啥").isEmpty());
    }
}
