package org.policybot.region;

/** Administrative level of a {@link Region}: 省级 (incl. 直辖市 such as 北京市), 市级 (地级), 县区级. */
public enum Level {
    PROVINCE, CITY, DISTRICT
}
