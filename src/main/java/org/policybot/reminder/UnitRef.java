package org.policybot.reminder;

/** A responsible unit of an item by canonical name; {@code lead} is the ★ 牵头单位 mark. */
record UnitRef(String name, boolean lead) {
    String display() {
        return (lead ? "★" : "") + name;
    }
}
