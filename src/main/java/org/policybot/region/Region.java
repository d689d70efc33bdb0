package org.policybot.region;

import java.util.List;

/**
 * One administrative division of China with its 6-digit GB/T 2260 code (福建省 350000, 泉州市 350500,
 * 丰泽区 350503). {@code parentCode} is "" for a province; the four 直辖市 (北京市 …) are provinces
 * that contain their districts directly, as do provinces for their directly administered county-level
 * cities (湖北省 → 仙桃市).
 */
public record Region(String code, String name, Level level, String parentCode) {
    public Region {
        if (code == null || !isCode(code)) {
            throw new IllegalArgumentException("region code must be 6 digits: " + code);
        }
        if (name == null || name.isBlank() || level == null || parentCode == null) {
            throw new IllegalArgumentException("region " + code + " needs a name, a level and a parent code (\"\" for none)");
        }
        if ((level == Level.PROVINCE) != parentCode.isEmpty()) {
            throw new IllegalArgumentException("region " + code + " " + name + ": only a province has no parent");
        }
    }

    /** Whether {@code s} is six ASCII digits (as {@code \d{6}}, without a regex for each of 3,341 regions at start). */
    static boolean isCode(String s) {
        if (s.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The name as people say it: the administrative suffix and, for autonomous regions, the ethnic
     * names dropped (温州市→温州, 丰泽区→丰泽, 内蒙古自治区→内蒙古, 延边朝鲜族自治州→延边). Names that
     * would shrink to one character (泾县, 城区) and development zones stay whole.
     */
    public String shortName() {
        return ShortNames.of(this);
    }

    /** The name with its ancestors' names, outermost first: 福建省泉州市丰泽区, 北京市朝阳区. */
    public String fullName() {
        List<Region> chain = Regions.load().ancestorsAndSelf(this);
        StringBuilder sb = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            sb.append(chain.get(i).name());
        }
        return sb.toString();
    }

    /**
     * The name to show beside a fact: a district or county with its city (泉州市丰泽区, 长沙市岳麓区),
     * since a bare 丰泽区 tells a reader from elsewhere nothing; a city or province as it is.
     */
    public String displayName() {
        if (level != Level.DISTRICT) {
            return name;
        }
        return Regions.load().parent(this).map(p -> p.name() + name).orElse(name); // 北京市朝阳区: a 直辖市 is a province
    }

    @Override
    public String toString() {
        return name + "(" + code + ")";
    }
}
