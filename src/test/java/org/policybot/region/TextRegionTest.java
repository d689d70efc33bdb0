package org.policybot.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The region a document's text is about when nothing in its heading names one. */
class TextRegionTest {
    static final Regions REGIONS = Regions.load();

    @Test
    void theCountyATextKeepsNamingIsItsRegionThoughItsCityIsNamedToo() {
        List<String> texts = List.of("欢迎访问砀山县人民政府门户网站", "实施主体：砀山县教育体育局",
                "设定依据：《宿州市实训基地奖补办法》", "办理地点：砀山县政务服务中心");
        assertEquals("砀山县", TextRegion.of(texts, REGIONS).orElseThrow().name());
    }

    @Test
    void placesNamedAboutAsOftenOrOnceLeaveTheRegionUnknown() {
        assertTrue(TextRegion.of(List.of("砀山县的做法", "遂昌县的做法", "砀山县", "遂昌县"), REGIONS).isEmpty());
        assertTrue(TextRegion.of(List.of("国务院办公厅关于深化产教融合的若干意见", "支持雄安新区建设"), REGIONS).isEmpty());
    }
}
