package org.policybot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for. Each kind knows the words that ask for it and the pattern of the fact
 * that answers it, so the sentence carrying that fact can be picked from a clause.
 */
public enum QuestionKind {
    /** 多少钱, 补助多少, 抵免比例. */
    AMOUNT("多少钱|多少万|补助多少|补贴多少|奖励多少|奖补多少|资助多少|给多少|拿多少|领多少|金额|额度|标准是多少|补助标准|补贴标准|"
            + "比例|百分之|几成|多少%|抵免多少|最高|上限|多少资金|多少经费|多少补助|多少补贴|多少奖励|补多少|奖多少|"
            + "标准多少|(补|奖|钱|资金|经费|费|资助|贴|贷|授信|预算|(?<!评)价|投资).{0,8}(?<!编码|编号|号码|电话|代码|账号)多少(?!个?(年|月|天|周|工作日))|多少(?!个?(年|月|天|周|工作日|小时|分钟)).{0,4}(补|奖|钱|资金|经费|费|贴|支持|扶持)"
            // "产业导师补助是什么标准": the rate, said as an amount (a 经费 may follow a rule in words: 参照平均工资水平)
            + "|(补助|补贴|奖励|奖补|资助)[^，,。？?]{0,4}(什么|啥|哪个)标准"
            // "分了多少", "拿了多少", "安排了多少": a sum received or allocated (not "招了多少人")
            + "|(给|拿|领|分|分到|分配|安排|下达)了?多少(?=$|[钱万元？?，,。！!\\s吗呢啊呀])",
            // A share written as a ratio is the amount a 比例 question asks (市、县 6∶4); HH:MM times are not ratios.
            "\\d+(\\.\\d+)?\\s*(万元|亿元|元|%|％)|[一二三四五六七八九十百千]+(万元|亿元)|百分之"
                    + "|\\d{1,2}\\s*∶\\s*\\d{1,2}|(?<![\\d.:：])\\d\\s*[:：]\\s*\\d(?![\\d:：])"),
    /** 谁, 哪个部门, 牵头. */
    PERSON("谁|哪个部门|哪些部门|什么部门|哪个单位|哪些单位|什么单位|哪家单位|哪个机构|牵头|负责单位|责任单位|主管部门|组长|副组长|联系人|找哪|归哪|哪个局",
            "★|组长|组员|成员|联系人|责任单位|牵头|[\\p{IsHan}]{1,12}(局|委|厅|办|院|校|学院|大学|政府|中心|协会|公司|集团|委员会|机构)"
                    // a section does an act too: 由职业能力建设科确定
                    + "|\\p{IsHan}{2}(?<![本学专理工文医外内])(科|处|股)(?=[，。；、：）)\\s（(]|$|牵头|负责|配合|联系|具体|确定|审核|复审|初审|核实|受理)"),
    /** 什么时候, 哪年, 截止. */
    TIME("什么时候|啥时候|何时|几时|几点|星期几|周几|礼拜几|多会儿?|什么时间|啥时间|哪个时间|哪段时间|时间段|哪年|哪一年|几月|哪个月|几号|哪天|哪[两几]天|截止|截至|期限|时限|多久|多长时间|多长|时间节点|完成时间|出台时间|到哪年|日期"
            // a duration: 多少年不能再报, 公示几天, 几个月内
            + "|(多少|几)个?(年|月|天|周|工作日|分钟|小时)(?!级)",
            Facts.POINT_IN_TIME
                    // a duration answers 多久: 3个月, 7个工作日, 建设期2年, a training's 8学时
                    + "|(\\d+|[一二三四五六七八九十两]+)\\s*(个工作日|工作日|个自然日|天|周|个月|年|分钟|个?小时|学时|课时)|星期[一二三四五六日天]"),
    /** 几个, 多少家. */
    COUNT("(?<![好十百千万])(几个(?!月|工作日)|几家|几所|几项|几名|几支(?!持)|几批|几次|几份)|多少个(?!月|工作日)|多少家|多少所|多少项|多少名|多少万?人次|多少万名|多少万人|多少人|多少支(?!持)|多少条|多少次|多少份|多少字|数量|规模",
            // a number with a measure word (20个, 3家, 5个类别); not a year, a month or a date (2026年度 counts nothing)
            Facts.COUNT_OF_THINGS + "|" + Facts.FRACTION + "|(\\d+|[一二三四五六七八九十两百千]+)\\s*(余|多)?\\s*(课时|学时|学分|亩|平方米)"
                    + "|\\d+(\\.\\d+)?\\s*([%％]|万|亿)"), // a bare 多少 is answered by an amount too
    /** 能不能, 是否. */
    YES_NO("能不能|可不可以|可以不|是否|能否|有没有|是不是|算不算|会不会|行不行|可以吗|能吗|吗[?？。!！\\s]*$|(\\p{IsHan})不\\1"
            // "能报不", "算不": a spoken yes/no ends in 不
            + "|(能|可以|可|行|会|算|有|是|要|用|够|给)\\p{IsHan}{0,6}不[?？。!！\\s]*$", ""),
    /** 哪些任务, 有哪些, 负责什么; 清单 unless another kind is asked of it (需求清单每年什么时候发布 asks a time). */
    LIST("哪些|都有啥|都有什么|有啥|负责什么|负责啥|管什么|清单(?![^，,。？?]{0,10}(什么时候|啥时候|何时|哪天|几号|谁|多少|几))|名单(发|给我|看看|列一下|是啥|是什么)|列出|列一下|包括什么|包括啥|有几类|都有谁|都是谁|有谁",
            // items in a run (A、B、C) or told one by one (一是…；二是…, 一是…。二是…), or boxes to tick (□企业 □院校 □其他),
            // or numbered within one paragraph ((一)工位预约，…；(二)整室包场，…)
            "([^、，。；]{1,40}[、；]){2,}|一是[^一二]{2,200}?二是|[☐□][^☐□\\n]{1,16}[☐□][^☐□\\n]{1,16}[☐□]"
                    + "|[（(]一[）)][^（(]{2,200}?[；;。]\\s*[（(]二[）)]"),
    /** 文号, 依据, 发文机关, 有效期, 附件. */
    DOCUMENT_FACT("", ""),
    /** Anything else: what a clause says, how something is done. */
    GENERAL("", "");

    private final Pattern asks;
    private final Pattern fact;

    QuestionKind(String asks, String fact) {
        this.asks = asks.isEmpty() ? null : Pattern.compile(asks);
        this.fact = fact.isEmpty() ? null : Pattern.compile(fact);
    }

    /** Whether {@code question} has words asking for this kind. */
    boolean askedBy(String question) {
        return asks != null && asks.matcher(question).find();
    }

    /** Whether {@code text} carries a fact of this kind (an amount, a unit, a date…); true for kinds without a pattern. */
    public boolean carriedBy(String text) {
        return fact == null || fact.matcher(text).find();
    }

    /** What a count asked with a measure word is counted in: 几次 by 次/批/轮, 多少家 by 家/个/所. */
    private static final java.util.Map<String, String> COUNTED_IN = java.util.Map.ofEntries(
            java.util.Map.entry("家", "家|个|所"), java.util.Map.entry("所", "所|个|家"),
            java.util.Map.entry("项", "项|个|条|类"), java.util.Map.entry("条", "条|项|个"),
            java.util.Map.entry("名", "名|人|位"), java.util.Map.entry("人", "名|人|位"), java.util.Map.entry("位", "名|人|位"),
            java.util.Map.entry("支", "支|个"), java.util.Map.entry("批", "批|次|轮|期"), java.util.Map.entry("次", "次|批|轮|期"),
            java.util.Map.entry("轮", "次|批|轮|期"), java.util.Map.entry("份", "份|套|本"));
    private static final Pattern POINT_ASKED = Pattern.compile("哪几天|哪两天|哪些天|哪几日|星期几|周几|礼拜几|什么时候|啥时候|何时|几时|几点|多会儿?|什么时间|啥时间|哪个时间|哪段时间|时间段|哪年|哪一年|几月|哪个月|几号|哪天|截止|截至|日期|时间节点|到哪年");
    // "哪几天" asks which days (8月17日至8月28日), not how many
    private static final Pattern DURATION_ASKED = Pattern.compile("多久|多长|(多少|(?<!哪)几)个?(年|月|天|周|工作日|分钟|小时)|期限|时限");
    /** A length asked in so many words: 多久, 几年, 多少个工作日 (期限 and 时限 alone may ask for a deadline). */
    private static final Pattern LENGTH_ASKED = Pattern.compile("多久|多长|(多少|(?<!哪)几)个?(年|月|天|周|工作日|分钟|小时)");
    /** A day, month, year or recurring date: what "什么时候" is answered by. */
    private static final Pattern POINT = Pattern.compile(Facts.POINT_IN_TIME + "|以前|后\\d|起|(?<![每])(当年|次年|当月|次月)(?!度)");
    /**
     * A rate per period ("每年实训≥240人次", "每年认定不超过10家", "每月350元"): how much in a period, not
     * when something happens; "每年3月", "每年集中受理一次" do say when.
     */
    private static final Pattern RATE = Pattern.compile("每(年|月|季度|学期|半年|周|旬)(?=[^，,。；;\\d]{0,6}[≥≤>＜<]?\\s*\\d)");
    /** The act a "when" question asks about: 什么时候拨, 何时发放. */
    private static final Pattern WHEN_ACT = Pattern.compile("(?:什么时候|啥时候|什么时间|啥时间|何时|几时|哪天)(?:能|会|才|再|可以)?(\\p{IsHan})");
    /** A point set by an event: "考核合格后拨付", "建设期满后兑现". */
    private static final String AFTER_EVENT = "(期满|合格|验收|认定|批准|通过|结束|完成|公示|审核|评审|签订|到位|下达)[^，,。；;]{0,4}后";
    /** Asks for an hour of the day: 几点, 几点钟, 办公时间. */
    private static final Pattern CLOCK_ASKED = Pattern.compile("几点|办公时间|上班时间|工作时间段");
    /** An hour of the day: 17:00, 8:30—12:00, 下午3时, 上午9点. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}\\s*[:：]\\s*\\d{2}|[上下]午\\s*\\d{1,2}\\s*[时点]|\\d{1,2}\\s*[时点](?![^，,。；;]{0,3}(以前|以后))");
    /** Asks for a day: 哪天, 几号, 几月几日. */
    private static final Pattern DAY_ASKED = Pattern.compile("哪几天|哪两天|哪些天|哪几日|哪天|哪一天|几号|几日|几月几|星期几|周几|礼拜几");
    /** A day, or a day of the month or year (5月8日, 月底, 年底, 每月10日), or a day set by an
     * event (截止之日, 成立日期为起点); documents write 日, and a 号 is a 文号's or an address's. 每学年末 names no day;
     * nor do 公示7日, 连续5日, 30日内, which are lengths.
     */
    private static final Pattern DAY = Pattern.compile("(?<![示为续满计共达过足])\\d{1,2}\\s*日(?!\\s*(内|以内|之内|以上))|(星期|周|礼拜)[一二三四五六日天]|周末|月底|月末|年底|(?<!学)年末|月中旬|月上旬|月下旬|之日|日期为起点|起算");
    /** Asks for the day by which: 什么时候之前, 几号以前. */
    private static final Pattern BEFORE_ASKED = Pattern.compile("(什么时候|啥时候|什么时间|何时|哪天|几号|几月)(之|以)?前");
    /** A day or month by which: 1月31日前, 6月底以前, 截止, 前完成. */
    private static final Pattern BEFORE = Pattern.compile("(\\d{1,2}\\s*[月日]|月底|月末|年底|年末|季度末|当日|次日)[^，,。；;]{0,3}(之|以)?前|截止|截至|最迟|最晚|前完成|前报|前提交");
    /** A length of time: 2年, 3个月, 七个工作日, 半年 (not a year such as 2026年, not 每年, not the day 6月30日, not the month of 12月底前). */
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.月])(\\d{1,2}|[一二三四五六七八九十两半]+)\\s*(个)?(工作日|自然日|天|日|周|星期|个月|月(?![底初末份中上下])|年|分钟|小时|学时|课时)(?!度)(?!\\s*\\d{1,2}\\s*[日号])");
    private static final Pattern GENERIC_COUNT_ASKED = Pattern.compile("(?<![十百千万])(几|多少)个(?!月|工作日)");
    private static final String PERSONS = "(人|学生|考生|选手|劳动者|学员|学徒|徒弟|实习生|毕业生|新生|教师|老师|导师|教授|名师|大师|骨干|带头人|专家|工匠|师傅|员工|职工|工人|技工|人员|工程师|技师|名额|人才|联络员|成员|委员|代表|负责人|同志)";
    /** A count of people: the person word next to 几个 ("聘几个导师", "导师最多几个"), not a noun further off. */
    private static final Pattern PERSONS_ASKED = Pattern.compile(
            "(几|多少)个[^，,。？?]{0,4}" + PERSONS + "|" + PERSONS + "[^，,。？?的]{0,4}(最多|最少|一共|总共|共|能|可以|可)?(几|多少)个");
    /** People counted with no measure word: 多少学生, 几学员 (几个学生 and 多少名学生 have theirs). */
    private static final Pattern BARE_PERSONS_ASKED = Pattern.compile(
            "(?<![十百千万])(几|多少)(学生|学员|学徒|实习生|毕业生|员工|职工|工人|教师|老师|导师|人员)");
    private static final Pattern PEOPLE_NUMBER = Pattern.compile("(\\d+|[一二三四五六七八九十两百千]+)\\s*(余|多)?\\s*万?\\s*(人次|人|名|位)");
    private static final Pattern THINGS_NUMBER = Pattern.compile(
            "(?<![第\\d一二三四五六七八九十两百千])(\\d+|[一二三四五六七八九十两百千]+)\\s*(余|多)?\\s*(个(?!月|工作日|自然日|小时|学时|课时)|家|所|项|支|条|批|期|类|门|户|座|台|套|种|本|篇|场|届|间|处|件)(?!性)");
    private static final Pattern MEASURED_NUMBER = Pattern.compile("(?:" + Facts.COUNT_OF_THINGS + ")(?!性)");
    private static final java.util.Set<String> TIMES = java.util.Set.of("次", "批", "轮");
    private static final Pattern SHARE_OF_ALL = Pattern.compile(Facts.FRACTION);
    private static final Pattern SPREAD_OVER_YEARS = Pattern.compile("(?<![\\d年])([一二三四五六七八九十两]|\\d)\\s*(个)?年");
    private static final Pattern COPIES_COLUMN = Pattern.compile("份数[：:]\\s*\\d");
    /** A count asked in a unit of its own (几个小时, 多少个工位, 几个学分), which only a number in that unit answers. */
    private static final Pattern UNIT_ASKED = Pattern.compile("(几|多少)个?(小时|分钟|课时|学时|学分|工位|人次|台套|平方米|亩|字|位小数)");
    /** Asks for a sum of money in words of money (多少钱, 几块钱, 多少元, 多少万), not for a rate or a share. */
    private static final Pattern MONEY_ASKED = Pattern.compile("多少钱|几块钱|多少块|多少元|多少万(?!人|名|个|家|平方)|几万块|几万元");
    /** A sum of money, or a rate of a subsidy in the sentence that grants it (按投资额的20%给予补助). */
    private static final Pattern MONEY = Pattern.compile("(\\d+(\\.\\d+)?|[一二三四五六七八九十百千两]+)\\s*(万元|亿元|元|万(?![人名个家次])|亿(?![人名个家次]))"
            + "|[^。；;]*?(\\d+(\\.\\d+)?\\s*[%％]|百分之)[^。；;]*?(补助|补贴|奖励|奖补|资助|给予|抵免|减免|拨付|配套)"
            + "|(补助|补贴|奖励|奖补|资助|给予|抵免|减免|拨付|配套)[^。；;]*?(\\d+(\\.\\d+)?\\s*[%％]|百分之)");
    private static final Pattern COUNT_ASKED = Pattern.compile("(?<![十百千万])(几|多少)(家|所|项|条|名|人|位|支|批|次|轮|份)");

    /**
     * Whether {@code text} carries the count {@code question} asks for: a count asked in a measure
     * word ("每年认定几次") needs a number in that measure (or one of its kin), not any number
     * ("一次性给予5万元" counts nothing); other questions fall back to {@link #carriedBy}.
     */
    /** Asks which day or time counts: 按哪天算, 以什么时间为准. */
    private static final Pattern DAY_THAT_COUNTS_ASKED = Pattern.compile("(按|以)(哪天|哪一天|什么时间|啥时间|什么日期|哪个日期|什么时候)(算|为准|计算)");
    /** Names the day or time that counts: 以寄出邮戳日期为准, 以系统提交时间为准. */
    private static final Pattern DAY_THAT_COUNTS = Pattern.compile("以[^，,。；;]{0,12}(日期|时间|日|时|邮戳)为准");

    boolean carriedBy(String text, String question) {
        Matcher unit = UNIT_ASKED.matcher(question);
        if ((this == COUNT || this == TIME) && unit.find() && !question.strip().replaceFirst("[？?]$", "").matches(".*[？?].*")) {
            // "每天最多工作几个小时", "要多少个工位": a number in that unit; "实习满1个月" or "10人" gives none.
            // (Not in a message of two questions: the other part's number counts too.)
            // "2.4万人次", "1.5万个工位": a number in tens of thousands of that unit counts too
            return Pattern.compile("(\\d+(\\.\\d+)?|[一二三四五六七八九十两百千]+)\\s*(余|多)?\\s*万?\\s*(余|多)?\\s*个?" + unit.group(2))
                    .matcher(text).find();
        }
        if (this == TIME && DAY_THAT_COUNTS_ASKED.matcher(question).find() && DAY_THAT_COUNTS.matcher(text).find()) {
            return true; // "寄过去按哪天算": the rule naming the day that counts (以寄出邮戳日期为准), not a date
        }
        if (this == TIME && POINT_ASKED.matcher(question).find() && !DURATION_ASKED.matcher(question).find()) {
            // "什么时候截止申请" asks for a day or a year: "签订1年以上劳动合同" gives none; "公示到哪天" a
            // day, which "2026年度名单" does not give.
            if (CLOCK_ASKED.matcher(question).find() && !DAY_ASKED.matcher(question).find()) {
                return CLOCK.matcher(text).find(); // "几点能去交材料": 8:30—12:00, not 5月8日
            }
            if (DAY_ASKED.matcher(question).find()) {
                return DAY.matcher(text).find();
            }
            if (BEFORE_ASKED.matcher(question).find()) {
                // "每年在什么时候之前申领" asks for the day by which: "每年申领一次" says how often, not by when
                return BEFORE.matcher(text).find();
            }
            Matcher act = WHEN_ACT.matcher(question);
            // "剩下的20万元什么时候拨": "考核合格后拨付" says when that act happens (not when the 考核 does)
            return POINT.matcher(RATE.matcher(text).replaceAll("")).find()
                    || act.find() && Pattern.compile(AFTER_EVENT + Pattern.quote(act.group(1))).matcher(text).find();
        }
        if (this == TIME && DURATION_ASKED.matcher(question).find() && !POINT_ASKED.matcher(question).find()
                && !question.contains("一次")) {
            // "建设期是几年" asks for a length: "每年认定不超过8个" gives none, "建设期为2年" does.
            // A 时限 or 期限 asked alone may be a deadline too (完成时限: 2026年3月底前).
            return DURATION.matcher(text).find() || !LENGTH_ASKED.matcher(question).find() && POINT.matcher(text).find();
        }
        if (this == AMOUNT && MONEY_ASKED.matcher(question).find()) {
            // "一节课补多少钱": a sum, or the rate a subsidy is paid at; "课时不低于总课时的25%" is neither.
            return MONEY.matcher(text).find();
        }
        if (this == COUNT && enumerates(text, question)) {
            return true; // "要看几个实训基地": "观摩礼州镇果蔬冷链实训基地、安宁镇光伏运维实训基地" counts them by naming each
        }
        if (this == COUNT && GENERIC_COUNT_ASKED.matcher(question).find()) {
            // "每年最多认定几个" counts things: "每个工作室给予10万元" is an amount, not a count; and unless it
            // asks about people, "每个项目每年培养不少于30人" counts the people of one, not how many there are.
            return PERSONS_ASKED.matcher(question).find() ? MEASURED_NUMBER.matcher(text).find() : THINGS_NUMBER.matcher(text).find()
                    || SHARE_OF_ALL.matcher(text).find();
        }
        if (this == COUNT && BARE_PERSONS_ASKED.matcher(question).find()) {
            // "一共有多少学生": a number of people (共有在籍学生274人, 300人次), not the 9个订单班 they are in
            return PEOPLE_NUMBER.matcher(text).find();
        }
        Matcher m = this == COUNT ? COUNT_ASKED.matcher(question) : null;
        if (m == null || !m.find()) {
            return carriedBy(text);
        }
        Pattern counted = Pattern.compile("(\\d+|[一二三四五六七八九十两百千]+)\\s*(余|多)?\\s*(" + COUNTED_IN.get(m.group(2)) + ")(?!性)");
        // "分几次下达" is answered by "分两年下达": times spread over years (a one-digit count, not 2026年).
        return counted.matcher(text).find() || TIMES.contains(m.group(2)) && SPREAD_OVER_YEARS.matcher(text).find()
                || SHARE_OF_ALL.matcher(text).find() // "得有多少家提议": 三分之一以上的理事单位
                || "份".equals(m.group(2)) && COPIES_COLUMN.matcher(text).find(); // a 材料 table's 份数 column
    }

    /** The thing a count asks for: 实训基地 in "要看几个实训基地", 单位 in "有几个单位交流发言". */
    private static final Pattern COUNTED_THING = Pattern.compile("(?:几|多少)(?:个|家|所|项)([\\p{IsHan}&&[^的了呢吗啊呀吧是都有要能可和与及或在来去]]{2,6})");
    /** The names organisations end in: what "几个单位" or "几家企业" is answered by, named one after another. */
    private static final String ORGANISATION = "(政府|公司|学校|学院|大学|局|委|办|中心|协会|集团|企业|单位|街道|镇|乡)";

    /**
     * Whether {@code text} names, one after another (A、B), two or more of the things {@code question}
     * asks to count: things whose names end as the thing asked (…实训基地、…实训基地), or organisations
     * when units, firms or schools are asked.
     */
    static boolean enumerates(String text, String question) {
        Matcher m = COUNTED_THING.matcher(question);
        if (!m.find()) {
            return false;
        }
        String thing = m.group(1);
        String end = thing.matches("单位.*|企业.*|学校.*|院校.*|机构.*") ? ORGANISATION : Pattern.quote(thing.substring(thing.length() - 2));
        return Pattern.compile("[^、，,。；;：:]{2,30}" + end + "、[^、，,。；;：:]{2,30}" + end).matcher(text).find();
    }

    /** Whether this kind has a fact pattern at all. */
    boolean hasFactPattern() {
        return fact != null;
    }

    /** Fact patterns shared by the kinds' definitions and the question-specific checks (constants, so usable in the constants' arguments). */
    private static final class Facts {
        /** A day, month or year, or a recurring date. */
        static final String POINT_IN_TIME = "\\d{1,2}[:：]\\d{2}|\\d{4}\\s*年|\\d{1,2}\\s*月|\\d{1,2}\\s*日|年底|年末|月底|上半年|下半年|每季度|每学期|每年|每月|每半年|每周|每旬|前完成|之前";
        /** A number of things in a measure word (20个, 3家, 5个类别; 10分 of a score); not a year, a month or a date. */
        static final String COUNT_OF_THINGS = "(?<![第\\d一二三四五六七八九十两百千])(\\d+|[一二三四五六七八九十两百千]+)\\s*(余|多)?\\s*(个|家|所|项|名|人|位|支|条|批|期|次|类|门|户|座|台|套|种|本|篇|场|届|间|处|份|张|册|件|页|万人|人次|分(?![之钟]))";

        /** A share of a body that must agree or attend (三分之二以上, 过半数): how many, said as a part of all. */
        static final String FRACTION = "[二三四五六七八九十]分之[一二三四五六七八九]|过半数|半数以上|超过半数";

        private Facts() {
        }
    }
}
