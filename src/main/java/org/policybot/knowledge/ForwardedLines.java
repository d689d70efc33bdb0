package org.policybot.knowledge;

/**
 * How the parser keeps a forwarded document's own 文号 and signature in the annex of a notice forwarding it
 * (关于转发《X》的通知): as lines "原文文号：…" and "原文落款：… 2026年3月6日", which answer questions about X itself.
 */
public final class ForwardedLines {
    /** Opens the line with the forwarded document's own 文号. */
    public static final String NUMBER = "原文文号：";
    /** Opens the line with the forwarded document's signature and date. */
    public static final String SIGNATURE = "原文落款：";

    private ForwardedLines() {
    }
}
