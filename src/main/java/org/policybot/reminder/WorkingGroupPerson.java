package org.policybot.reminder;

/** A named member of a working group (Fengze 附件1): 组长, 副组长 or 成员, with their unit and position. */
record WorkingGroupPerson(String name, String unit, String role, String position) {
}
