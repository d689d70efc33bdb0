package org.policybot.region;

import java.util.List;

/** How a region's name is shortened in speech ({@link Region#shortName()}). */
final class ShortNames {
    /** Longest first, so 自治县 wins over 县 and 新区 over 区. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗",
            "地区", "新区", "林区", "特区", "省", "市", "盟", "区", "县", "旗");
    /** Ethnic names that may stand without 族 in an autonomous region's name (巴音郭楞蒙古自治州). */
    private static final List<String> ETHNIC = List.of("蒙古", "维吾尔", "布依", "朝鲜", "土家", "哈尼", "哈萨克",
            "傈僳", "高山", "拉祜", "东乡", "纳西", "景颇", "柯尔克孜", "达斡尔", "仫佬", "布朗", "撒拉", "毛南",
            "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
            "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");
    /** One-character ethnic names, dropped only with 族 (回族, 各族) so place names keep their 回 or 白. */
    private static final String ETHNIC_ONE = "回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京各";

    private ShortNames() {
    }

    static String of(Region r) {
        String name = r.name();
        if (isZone(r)) {
            return name;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String s = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    s = dropEthnic(s);
                }
                if (s.length() >= 2) {
                    return s; // 金林区: 林区 leaves one character, so 区 is tried next
                }
            }
        }
        return name;
    }

    /**
     * How an autonomous county, prefecture or banner is named in speech and in its own documents: its
     * short name and the kind of division (互助土族自治县 → 互助县, 海西蒙古族藏族自治州 → 海西州), or null.
     */
    static String spokenFullName(Region r) {
        String name = r.name();
        for (String suffix : List.of("自治县", "自治州", "自治旗")) {
            if (name.endsWith(suffix)) {
                String s = of(r);
                return s.equals(name) ? null : s + suffix.substring(2);
            }
        }
        return null;
    }

    /**
     * A development or other functional zone that statistics list beside counties (NBS codes xx71–xx79:
     * 苏州工业园区, 长春经济技术开发区) or any county-level name without an administrative suffix (大柴旦行政委员会).
     */
    static boolean isZone(Region r) {
        if (r.level() != Level.DISTRICT) {
            return false;
        }
        int n = Integer.parseInt(r.code().substring(4));
        return (n >= 71 && n <= 79) || !administrative(r.name());
    }

    /** {@code .*[区县市旗]} matched whole, without a regex: ends with an administrative suffix, no line break before it. */
    static boolean administrative(String name) {
        if (name.isEmpty() || "区县市旗".indexOf(name.charAt(name.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < name.length() - 1; i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(name.charAt(i)) >= 0) {
                return false; // what . does not match
            }
        }
        return true;
    }

    /** Ethnic names off the end while two characters remain: 彭水苗族土家族 → 彭水, 海西蒙古族藏族 → 海西, 鄂温克族 → 鄂温克. */
    private static String dropEthnic(String s) {
        while (true) {
            String hit = null;
            for (String e : ETHNIC) {
                if (s.endsWith(e + "族")) {
                    hit = e + "族";
                } else if (s.endsWith(e)) {
                    hit = e;
                }
                if (hit != null) {
                    break;
                }
            }
            if (hit == null && s.length() >= 2 && s.endsWith("族") && ETHNIC_ONE.indexOf(s.charAt(s.length() - 2)) >= 0) {
                hit = s.substring(s.length() - 2);
            }
            if (hit == null) {
                return s;
            }
            if (s.length() - hit.length() < 2) {
                return hit.endsWith("族") && s.length() - 1 >= 2 ? s.substring(0, s.length() - 1) : s;
            }
            s = s.substring(0, s.length() - hit.length());
        }
    }
}
