package org.policybot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "去实训基地怎么签到", "怎么报名": a question on how to do one act is answered by the sentence where that act is done
 * (凭预约码在基地入口签到。), not by one that only names a record of it (以预约平台签到记录为准).
 */
final class HowToAct {
    /** 怎么 / 如何 / 怎样 and the two-character act that ends the question. */
    private static final Pattern ASKED = Pattern.compile("(怎么|如何|怎样|咋)(去|来|进行)?(\\p{IsHan}{2})[呢啊呀]?[？?]?$");
    /** Acts a how-question is not about: it asks about the thing, not the deed (怎么样, 怎么回事, 怎么计算 of a sum). */
    private static final Pattern NOT_AN_ACT = Pattern.compile("回事|样的|办呢|计算|算的|规定|处理|安排|认定|考核|管理|收费");
    /** A clause that sets out the steps, ways or procedure itself: it answers how, whatever words follow the act. */
    private static final Pattern STEPS = Pattern.compile("流程|程序|步骤|方式|办法|途径|渠道");

    private HowToAct() {
    }

    /** The act {@code question} asks how to do, or empty. */
    static Optional<String> asked(String question) {
        Matcher m = ASKED.matcher(question.strip());
        return m.find() && !NOT_AN_ACT.matcher(m.group(3)).find() ? Optional.of(m.group(3)) : Optional.empty();
    }

    /** Whether {@code text} does {@code act}: it ends a clause of the sentence there (在基地入口签到。). */
    static boolean done(String text, String act) {
        return Pattern.compile(Pattern.quote(act) + "(?=[，。；,;！!）)]|$)").matcher(text).find();
    }

    /** Whether {@code text} sets out the steps or ways, which answers how though the act is not its last word. */
    static boolean setsOutSteps(String text) {
        return STEPS.matcher(text).find() || QuestionKind.LIST.carriedBy(text);
    }
}
