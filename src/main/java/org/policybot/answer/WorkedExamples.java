package org.policybot.answer;

import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "双师型教师比例怎么算", "课时占比要达到多少": a question about the rule or the target is answered by the rule (the
 * indicator's formula, its 目标值), not by a worked example (例：某校专任教师210人…比例为57.5%), which names every word of
 * the question and a figure besides. A question about the example (那个例子, 算出来是多少) keeps it.
 */
final class WorkedExamples {
    /** A clause that is an example: 例：…, 示例：…, 举例：…, 如某校…. */
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*(（?\\d{1,2}[）.．、]\\s*)?(例|示例|举例|案例|比如|例如|再如|又如)\\s*\\d{0,2}\\s*[：:]");
    /** Asks about an example or a result worked out. */
    private static final Pattern EXAMPLE_ASKED = Pattern.compile("(?<![比条案惯实体凡])例|比如|举个|算出来|算下来|算完|结果是|得数|那要是|如果|假如|要是");

    /** Names an example: 那个例子, 示例里, 举的例. */
    private static final Pattern EXAMPLE_NAMED = Pattern.compile("例子|示例|举例|举的例|案例|算例");

    private WorkedExamples() {
    }

    /** {@code r} with the near hit that is no example on top, when the best is an example and none is asked about. */
    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() < 2) {
            return r;
        }
        if (EXAMPLE_NAMED.matcher(q.text()).find()) {
            // "企业投入资金那个例子最后填多少万": the example, over the rule it works out
            return Preference.promoted(r, Preference.FAR, WorkedExamples::isExample);
        }
        if (EXAMPLE_ASKED.matcher(q.text()).find() || !isExample(r.hits().get(0).clause())) {
            return r;
        }
        // the rule giving the kind of fact asked (the row's 目标值 20%) over one that only names it, which an example's
        // figure would then replace
        Retrieval giving = Preference.promoted(r, Preference.NEAR, c -> !isExample(c) && MissingFacts.gives(q, c));
        return giving != r ? giving : Preference.promoted(r, Preference.NEAR, c -> !isExample(c));
    }

    static boolean isExample(Clause c) {
        return EXAMPLE.matcher(c.text()).find();
    }
}
