package org.policybot.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Contact details a question may ask for (a phone number, a web address, an e-mail address) and
 * whether a text gives one. A clause that names the platform but not its address does not answer
 * "网址是什么": the documents are silent on it.
 */
enum Contacts {
    // "能打电话口头说吗" asks how one may object, not for a number: 打电话 is the act unless a number is asked after it
    PHONE("(?<![打拨])电话|电话(号码|号|多少|是多少)|联系方式|手机号|热线|咨询号码", "\\d{3,4}[-－—]\\d{7,8}|1[3-9]\\d{9}|\\d{7,8}|@", "电话"),
    // an e-mail's domain (klmycjrh@126.com) is no web address
    WEB("网址|网站地址|官网|链接地址|网页地址|域名", "https?://|www\\.|(?<!@[\\w.-]{0,40})(\\.gov\\.cn|\\.com|\\.cn\\b|\\.org)", "网址"),
    MAIL("邮箱|电子邮件|e-?mail|Email|E-mail", "@", "邮箱");

    private final Pattern asks;
    private final Pattern gives;
    private final String label;

    Contacts(String asks, String gives, String label) {
        this.asks = Pattern.compile(asks);
        this.gives = Pattern.compile(gives);
        this.label = label;
    }

    /** The contact {@code question} asks for, if any; a web address before a phone ("网站或电话" asks both: the first). */
    static Optional<Contacts> askedBy(String question) {
        for (Contacts c : values()) {
            if (c.asks.matcher(question).find()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    boolean givenBy(String text) {
        return gives.matcher(text).find();
    }

    /** How an answer names it: 电话, 网址, 邮箱. */
    String label() {
        return label;
    }
}
