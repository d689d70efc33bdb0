package org.policybot.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quantity an asker states about their own case in a yes/no question ("今年只接收了8个实习学生，能申请吗",
 * "公司就15个员工", "注册才一年半", "设备投了80万"): whether they qualify is ruled by the sentence setting
 * a threshold on that measure (不足10人的不纳入, 职工人数少于20人的, 成立满2年, 不低于120万元), which a
 * clause on the same programme with only the award does not give.
 */
enum StatedQuantity {
    /** People: students taken in, staff employed. The noun tells which count a threshold must be on. */
    PEOPLE(Pattern.compile(StatedQuantity.NUM + "\\s*(?:个|名|位)?[\\p{IsHan}]{0,3}?(学生|实习生|学徒|徒弟|员工|职工|工人|毕业生|老师|教师|人)(?!次|才|员)"
            + "|(学生|实习生|员工|职工|工人|人数)[^，,。？?]{0,4}?(?:才|就|只有|只|不到|共|一共|总共)" + StatedQuantity.NUM + "\\s*(?:个|名|位)?人?(?!次)"),
            "(?:不少于|不低于|不足|少于|低于|达到|超过|满|≥|≤|＜|<|>)\\s*" + StatedQuantity.NUM + "\\s*(?:人|名)(?!次)"
                    + "|" + StatedQuantity.NUM + "\\s*(?:人|名)(?:以上|以下|及以上)"),
    /**
     * A span of time: since the business was founded, since a base was built or put in use, or spent
     * on the thing itself (实习了3个星期, 去企业实践两周).
     */
    YEARS(Pattern.compile("(?:成立|注册|开业|经营|设立|开办|办厂|建厂|建成|建好|投用|投入使用|运行|运营)[^，,。？?]{0,4}?" + StatedQuantity.NUM + "\\s*(?:个)?(?:年|月)半?"
            + "|(?:才|刚|刚刚|不到|只有)" + StatedQuantity.NUM + "\\s*(?:个)?(?:年|月)半?(?:多)?(?:[，,]|$|的)"
            + "|(?:实习|实践|培训|学习|工作|上班|干)了?[^，,。？?]{0,4}?" + StatedQuantity.NUM + "\\s*(?:个)?(?:月|周|星期|礼拜|天)"),
            "(?:满|不满|不足|超过|达到)\\s*" + StatedQuantity.NUM + "\\s*(?:个)?(?:年|月|周|天)(?!度)|" + StatedQuantity.NUM
                    + "\\s*(?:年|个月|周|天)(?:以上|及以上)"),
    /** The asker's turnover ("去年营收1800万"), ruled by a floor on 营业收入. */
    REVENUE(Pattern.compile("(?:营收|营业收入|营业额|销售收入|销售额|产值)[^，,。？?]{0,4}?" + StatedQuantity.NUM + "\\s*(?:亿|万|元)"),
            "(?:营业收入|营收|营业额|销售收入|销售额|产值)[^。；;]{0,8}?(?:不少于|不低于|不足|少于|低于|达到|超过|≥)\\s*" + StatedQuantity.NUM + "\\s*(?:亿元|万元)"),
    /** Money the asker put in. */
    MONEY(Pattern.compile("(?:投|投入|投资|花|出资)了?[^，,。？?]{0,4}?" + StatedQuantity.NUM + "\\s*(?:万|元)"),
            "(?:不少于|不低于|不足|少于|低于|达到|超过|≥)\\s*" + StatedQuantity.NUM + "\\s*(?:万元|万|元)|" + StatedQuantity.NUM + "\\s*万元(?:以上|及以上)");

    static final String NUM = "(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十两百千几]+)";

    private final Pattern stated;
    private final Pattern threshold;

    StatedQuantity(Pattern stated, String threshold) {
        this.stated = stated;
        this.threshold = Pattern.compile(threshold);
    }

    /** The measure {@code question} states a quantity of, when it asks yes or no about it. */
    static Optional<StatedQuantity> in(String question, QuestionKind kind) {
        if (kind != QuestionKind.YES_NO) {
            return Optional.empty();
        }
        for (StatedQuantity s : values()) {
            if (s.stated.matcher(question).find()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} sets a threshold on this measure. */
    boolean thresholdIn(String text) {
        return threshold.matcher(text).find();
    }
}
