package org.policybot.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalPlacesTest {
    static final Regions REGIONS = Regions.load();

    static List<String> in(String text) {
        return LocalPlaces.in(text, REGIONS.find(text));
    }

    @Test
    void streetsTownsAndZonesBelowTheCountyAreFound() {
        assertEquals(List.of("潭西街道"), in("柳州市柳南区潭西街道的企业建实训基地补多少"));
        assertEquals(List.of("北滘镇"), in("我们在佛山顺德区北滘镇，学校建产业学院有什么补助"));
        assertEquals(List.of("金普新区"), in("大连金普新区的企业办订单班奖多少"));
        assertEquals(List.of("谢家湾街道"), in("我们公司在谢家湾街道"), "a name of three characters, after 在");
    }

    @Test
    void aZoneRightAfterANamedRegionIsThatRegionsZone() {
        assertEquals(List.of("经济技术开发区"), in("温州经济技术开发区的企业补助多少"));
        assertEquals(List.of(), in("经济技术开发区的企业补助多少"), "no name and no region before it: a kind of place, not a place");
    }

    @Test
    void wordsEndingLikePlacesAreNotPlaces() {
        assertEquals(List.of(), in("推进新型城镇化和乡镇企业发展"));
        assertEquals(List.of(), in("国家级新区有什么政策"));
    }

    @Test
    void aTownshipNamedBy乡IsAPlaceButCountrysideWordsAreNot() {
        assertEquals(List.of("盘亭乡"), in("盘亭乡有个学生在浦城梦笔职专读书 拿了竞赛奖 兑现材料交给谁"));
        assertEquals(List.of(), in("支持城乡融合和乡村振兴，鼓励大学生返乡创业"));
        assertEquals(List.of(), in("组织专家下乡开展技能培训"));
    }

    @Test
    void aTownWhoseNameEndsIn集IsATownButMarketTownsAreAWord() {
        assertEquals(List.of("黄集镇"), in("黄集镇一家汽车零部件厂想建实训基地"));
        assertEquals(List.of(), in("支持农村集镇建设实训点"));
    }

    @Test
    void aVillageBanksNameIsNotATown() {
        assertEquals(List.of(), in("和兴村镇银行放的那笔贷款这次核定贴息多少"), "村镇银行 is a kind of bank; 兴村镇 a town of 河间市");
        assertEquals(List.of("兴村镇"), in("兴村镇一家企业能申请贴息吗"));
    }
}
