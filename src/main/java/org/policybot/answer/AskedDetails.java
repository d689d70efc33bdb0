package org.policybot.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Details a question may ask for that a clause on the same topic often leaves out: where a form is
 * downloaded, how often a body meets. A clause on the 申请表 that does not say where to get it, or
 * one on the 领导小组 that gives no rhythm of its meetings, does not answer; the documents are silent.
 */
enum AskedDetails {
    /** "申请表在哪里下载", "模板去哪下". */
    DOWNLOAD("(在|去|到|从)(哪|哪里|哪儿|什么地方|哪个网站)(能|可以)?下载?|下载(地址|链接|入口)|哪里(能|可以)?(下载|领取|领到|拿到)",
            "下载|获取|领取|https?://|www\\.|附件\\s*\\d|见附件"), // a 系统 to fill in online, a 网站 to publish a list on, is no place to get a form
    /** "领导小组多久开一次会", "联席会议一年开几次". */
    MEETING_RHYTHM("(多久|多长时间|隔多久|一年|每年|几个月)[^，,。？?]{0,6}(开|召开|举行)[^，,。？?]{0,3}(一次|几次)|(开|召开)(几次|一次)[^，,。？?]{0,4}会|会议?[^，,。？?]{0,4}(多久|几次)",
            "");

    private static final Pattern RHYTHM = Pattern.compile("每(年|季度|季|半年|月|两个月|学期|周)|定期|不定期|适时|(原则上|至少|一般)?(一|两|二|三|四|1|2|3|4)次");
    // a meeting held, not a body named after one (联席会议办公室, 联席会议制度, 会议成员)
    private static final Pattern MEETING = Pattern.compile("召开|开会|例会|推进会|调度会|会商|举行|会议(?![办制成])");

    private final Pattern asks;
    private final Pattern gives;

    AskedDetails(String asks, String gives) {
        this.asks = Pattern.compile(asks);
        this.gives = gives.isEmpty() ? null : Pattern.compile(gives);
    }

    static Optional<AskedDetails> askedBy(String question) {
        for (AskedDetails d : values()) {
            if (d.asks.matcher(question).find()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} gives it; a meeting's rhythm in one sentence with the meeting, not any 每年 of the clause. */
    boolean givenBy(String text) {
        if (gives != null) {
            return gives.matcher(text).find();
        }
        for (String sentence : text.split("[。；;\\n]")) {
            if (MEETING.matcher(sentence).find() && RHYTHM.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /** How the answer names what is missing. */
    String label() {
        return this == DOWNLOAD ? "下载或领取的地方" : "会议多久召开一次";
    }
}
