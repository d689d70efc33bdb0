package org.policybot.answer;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Things users ask in words no clause uses, with the documents' words for them. A question asking
 * one is searched with those words too; among close clauses the one that gives it answers.
 */
enum DocumentWording {
    /**
     * "钱最后是谁拨给企业", "钱多久能拨下来": the clauses say 资金…拨付; 钱 is the user's word for 资金,
     * 补助 or 奖补 is already theirs. Who does it is the unit that 拨s.
     */
    DISBURSEMENT("(钱|资金|补助|奖补|补贴|奖励|经费|款)[^，,。？?]{0,10}(拨|打到|打给|打过来|转过来|汇过来|到账|发下来|发到)|拨款|拨钱|打款",
            "拨付", q -> q.text().contains("钱") ? "资金拨付" : "拨付"),
    /** "材料交给谁", "先交到哪", "报给哪个部门": the clauses say 向…提交, 报送, 受理. */
    SUBMISSION("(?<!设备|货物|货|东西|产品)(交|报|送|递)(给|到|去)(谁|哪)|向(谁|哪)[^，,。？?]{0,6}(交|报|提交|申报|报送)|(先|材料|申请|申报)[^，,。？?]{0,4}交给|找谁交",
            "提交|报送|递交|受理|交至|报至|初审|申报至|报送至", q -> "提交 报送"),
    /**
     * "区级补助和市里的补助能一起拿吗", "同一个项目能在两处都报吗", "拿过自治区的还能再拿县里的补助吗":
     * the clauses say 不重复享受, 就高, 不得重复申报, 多头申报.
     */
    STACKING("(一起|同时|都|两头|两边|两处|叠加|重复)[^，,。？?]{0,2}(拿|领|享受|享有|获得)"
                    + "|(两处|两头|两边|重复|多头)都?(申报|报|申请)"
                    + "|(拿|领|享受|获得)[过了][^，,。？?]{0,12}[，,]?还(能|可以)再(拿|领|享受|获得)[^，,。？?]{0,10}(补助|补贴|奖励|资金|钱)"
                    // "已经拿了市里的补助 高新区还能再补吗"
                    + "|(拿|领|享受|获得)[过了][^，,。？?]{0,14}[，,\\s]?[^，,。？?]{0,6}还(能|可以|会)再(补|给|奖)"
                    + "|(能|可以|可不可以|能不能)[^，,。？?]{0,4}(叠加|兼得|重复)|换个?名[目义字头]"
                    // "两种上浮能一起算吗": whether two markups add up, which the clauses rule on as 叠加计算 or 就高
                    + "|(一起|一块|合并|累加|叠加|加在一起)(算|计算)(吗|不|么|[?？]|$)|(能|可以|可不可以|能不能)[^，,。？?]{0,8}(一起|一块|合并|累加|加在一起)(算|计算)",
            "重复|叠加|就高|兼得|多头|同时享受|不再(给予|享受|支持|申报)|已(获得|享受)[^。；]{0,20}不", q -> Spoken.COUNTED_TOGETHER.matcher(q.text()).find() ? "叠加 就高" : "重复享受 就高"),
    /** "宜川县排第几", "名次怎么样": a 通报's ranking table says 排名. */
    RANKING("排第几|排名第几|排在第几|第几名|排多少名|排多少位|名次|排名(怎么样|咋样|多少|如何|靠前|靠后)|排(最后|倒数|前|后)",
            "排名|名次", q -> "排名"),
    /** "招标文件要花钱买吗", "标书多少钱一份": a procurement notice gives the documents' 售价. */
    SALE_PRICE("花钱买|要钱买|(买|购买)[^，,。？?\\s]{0,4}(多少钱|要钱|花钱)|多少钱一份|卖多少钱?", "售价", q -> "售价"),
    /** "设备送到哪里", "货运到哪": a procurement notice says 交货地点. */
    DELIVERY("(设备|货物?|东西|产品)[^，,。？?\\s]{0,4}(送到|运到|送去|运去|发到|交到)(哪|什么地方)|送货地点|交货[^，,。？?\\s]{0,2}(哪|什么地方)",
            "交货地点|交付地点|送货地点", q -> "交货地点"),
    /** "招标公告挂多少天", "挂网几天": how long a notice stays up; the notice says 公告期限, 公示期. */
    NOTICE_PERIOD("挂网?[^，,。？?\\s]{0,2}(多少|几)天|挂(多久|多长时间)",
            "公告期限|公示期", q -> "公告期限 公示期"),
    /**
     * "从申请到钱到账最多要多久", "前后一共要几个工作日": the whole procedure's length, which a 规程 gives as 合计 or
     * 全流程 beside each step's own time limit.
     */
    TOTAL_TIME("从[^，,。？?]{1,12}到[^，,。？?]{1,12}(最多|最长|最快|一共|总共|前后|大概|大约)?(要|需要|得|用)?(多久|多长时间|几天|多少天|几个工作日|多少个?工作日)"
                    + "|(一共|总共|前后|全程|整个流程|全流程|加起来)[^，,。？?]{0,4}(要|需要|得|用)?(多久|多长时间|几天|多少天|几个工作日|多少个?工作日)",
            "合计|全流程|总计|共计|累计|全程", q -> "合计 全流程"),
    /** "最后一天几点关", "最晚什么时候交", "最迟哪天": the clauses say 截止, 截至, 逾期. */
    DEADLINE("最后一天|最后期限|最晚|最迟|到哪天为止|截到哪", "截止|截至|逾期", q -> "截止"),
    /** "现场会开多久", "会议开多长时间": how long one meeting lasts; a notice says 会期半天, 会期约2小时. */
    MEETING_LENGTH("会议?[^，,。？?\\s]{0,3}(开|持续)(多久|多长时间|多长|几个?小时|几天)|会期(多长|多久|几天|是多少)",
            "会期|开会时长", q -> "会期"),
    /** "现场会都有哪些人参加", "谁去开会": a meeting notice lists them under 参会人员 (参加人员, 出席人员). */
    ATTENDEES("(哪些|什么|啥)人[^，,。？?\\s]{0,2}(参加|出席|参会|与会)|(参加|出席|参会|与会)的?(都)?(有)?(哪些|什么|啥)人|(谁|哪些人)(去|来)?(参加|出席|参会|开会)",
            "(参会|参加|出席|与会)(人员|范围|对象)", q -> "参会人员"),
    /** "能去几个人", "派几个人参加": a meeting notice limits each unit's 参会 people (每家企业不超过2人, 各1名). */
    HEADCOUNT("(去|来|派|参加|参会|报名)(几|多少)个?人|(几|多少)个?人(去|来|参加|参会|报名)",
            "不超过\\d+人|各\\d+名|限\\d+人", q -> "参会 不超过 人"),
    /*
     * The fields every 政务服务事项办事指南 has (办理时间, 办理地点, 网办地址, 到办事现场次数, 收费标准), asked in the
     * asker's words: "窗口几点上班", "在哪个窗口办", "网上在哪申请", "要跑几趟", "要交钱吗".
     */
    /** "窗口几点上班", "礼拜几能去办", "中午休息吗". */
    SERVICE_HOURS("几点(上班|下班|开门|关门)|(周|礼拜|星期)几[^，,。？?\\s]{0,4}(办|上班|能去|可以去)|窗口[^，,。？?\\s]{0,4}(周|礼拜|星期)几|(上班|工作|办公|受理)时间"
                    + "|中午[^，,。？?\\s]{0,4}(休息|午休|下班)",
            "办理时间|工作时间|办公时间|受理时间", q -> "办理时间"),
    /** "在哪个窗口办", "去哪儿办". */
    SERVICE_PLACE("哪个窗口|(在|去|到)(哪|哪里|哪儿|什么地方)[^，,。？?\\s]{0,2}办(?!法)", "办理地点|受理地点|\\d+号窗口", q -> "办理地点 窗口"),
    /**
     * "到哪报名", "在哪集合报到", "去哪交材料": where one goes to do it; the clauses say 到…现场报名, 报名地点, 登录…平台申报,
     * not the clause on what to bring or when.
     */
    ACT_PLACE("(在|去|到)(哪|哪里|哪儿|什么地方|哪个地方)个?(报名|报到|集合|申请|申报|递交|提交|交材料|交)",
            "(到|向|通过|登录)[^。；，,]{1,25}(报名|报到|集合|申请|申报|递交|提交|领取)|地点|地址|窗口|平台|网站|公众号|分厅",
            q -> "地点 方式"),
    /** "网上在哪申请", "能网上办吗", "哪个网站报". */
    ONLINE("网上[^，,。？?\\s]{0,4}(申请|办|报|提交|交)|网办|哪个网站|在线办理", "网办|网上办理|政务服务网|在线办理", q -> "网办地址 网上办理"),
    /** "要跑几趟": the 到办事现场次数. */
    VISITS("跑(几|多少)(趟|次)|去(几|多少)(趟|次)", "现场次数|跑动次数|跑一次", q -> "到办事现场次数"),
    /** "钱怎么交", "在哪缴费", "怎么付款": how a fee is paid; the clauses say 缴费, 支付, 在线支付. */
    PAYMENT("(钱|费用?)(要|该|得)?(怎么|咋|如何|在哪|去哪|到哪)(交|缴|付)|(怎么|咋|如何|在哪|去哪|到哪)(交钱|付钱|缴费|交费|付款|支付)",
            "缴费|支付|付款", q -> "缴费 支付"),
    /** "要交多少手续费", "要不要交钱": a 收费标准, often 不收费. */
    CHARGE("手续费|(交|缴|付)[^，,。？?\\s]{0,2}(钱|费)(?!用)|收不收(钱|费)|收费|免费", "收费|" + MissingFacts.NO_CHARGE, q -> "收费标准"),
    /**
     * "材料不全会不会直接打回来", "缺材料会被退件吗": what happens to an incomplete application; a 办事指南 says
     * 一次性告知需补正的内容, a notice 退回补正 or 不予受理.
     */
    INCOMPLETE("打回|退件|驳回|(材料|资料)[^，,。？?\s]{0,4}(不全|不齐|缺)[^，,。？?]{0,8}(怎么办|咋办|退|受理|还能)",
            "补正|补齐|退回|不予受理|一次性告知", q -> "补正 退回"),
    /**
     * "奖金一共兑现了多少钱", "加起来总共花了多少", "贴息资金一共核定了多少": the sum of the amounts, which a notice states as 共计…元 or a
     * table's 合计 row, not one of the amounts summed.
     */
    TOTAL_AMOUNT("(一共|总共|总计|共计|加起来|合起来|总额|总金额)[^，,。？?]{0,8}(多少钱|多少万|多少元|多少资金|多少经费|多少奖金|(发|给|拨|补|兑现|奖|核定|下达|安排|分配|出|花|付|缴|交|支付)了?多少(?![个人名家项次批份条所]))",
            // a sum stated in a sentence (共计87400元); a table's 合计 row sums its own column only
            "(共计|总计|合计|总额|累计)[^，,。；;\\n：:]{0,6}\\d", q -> "共计"),
    /** "材料能不能寄过去", "寄到什么地方": the clauses say 邮寄, 寄送, 快递 (or 现场报送). */
    MAILING("寄过去|寄过来|寄给|寄到|寄去|能寄|可以寄|寄材料|快递过去|发快递", "邮寄|寄送|快递|现场报送|现场提交|现场递交", q -> "邮寄 寄送"),
    /** "什么时候开始申报 截止哪天", "哪天开始报名": a notice sets it as 申报时间：4月10日至5月8日. */
    APPLY_PERIOD("(什么时候|啥时候|何时|几时|哪天|几号)(开始|截止)?[^，,。？?]{0,2}(申报|报名|申请|报材料|交材料)"
                    + "|(申报|报名)[^，,。？?]{0,4}(什么时候|啥时候|何时|哪天|几号|截止|开始|结束|到哪天)|(开始|截止)(申报|报名)"
                    // "啥时候开始报", "什么时候开始申抱" (a pinyin slip): 开始 with the first sound of 申报 or a bare 报
                    + "|(什么时候|啥时候|何时|几时|哪天|几号)(开始|截止)(申|报(?![告道销表]))",
            "(申报|受理|报名)(时间|期限|日期)|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(至|—|－|-|~)", q -> "申报时间"),
    /**
     * "补助资金是谁出", "钱是从哪笔资金里出的", "市里和县里的财政怎么分担": the clauses say 所需资金从…中列支,
     * 由市和县财政按6:4比例分担, 由市级财政全额承担.
     */
    FUNDING("(钱|资金|补助|补贴|奖补|奖励|经费)[^，,。？?]{0,8}(谁出|谁来出|谁掏|谁承担|从哪|哪里出|哪儿出|哪笔)|(谁|哪级)(出钱|掏钱)"
                    + "|资金来源|财政[^，,。？?]{0,6}(分担|承担|出多少)|(分担|承担)(比例|多少)|出多少比例",
            "列支|分担|全额承担|资金来源|专项资金中|按\\d+[:：]\\d+", q -> "资金 列支 分担"),
    /**
     * "绩效评价不合格会怎么样", "连着两年不达标会被摘牌吗": what follows a failure; the clauses say 不予拨付,
     * 停止, 取消, 收回, 撤销, 不得申报, not the clause defining the grades or the test.
     */
    CONSEQUENCE("会(怎样|怎么样|咋样|如何)|(什么|啥)后果|(怎么|如何)处罚|(会|会不会|是不是|要)被[^，,。？?]{0,4}(摘牌|取消|收回|追回|撤销|处罚|通报|清退)",
            "不予(拨付|支持|补助|奖励|认定|安排|资助)|停止|取消|收回|追回|撤销|暂停|扣减|核减|约谈|通报批评|不得(再)?申报|退出|摘牌|清退",
            q -> "取消 追回");

    /**
     * The wordings whose giving clause answers ahead of closer ones, and whose giving sentence is quoted from it:
     * "材料交给谁" the clause saying where it is handed in, "要交报名费吗" the sentence 参赛选手不交纳任何费用.
     */
    static final java.util.List<DocumentWording> GIVEN_FIRST = java.util.List.of(SUBMISSION, STACKING, FUNDING, CONSEQUENCE,
            MEETING_LENGTH, SERVICE_HOURS, SERVICE_PLACE, ACT_PLACE, ONLINE, VISITS, CHARGE, INCOMPLETE, TOTAL_TIME, TOTAL_AMOUNT);

    /** Patterns the constants' word choices use (an enum's constants cannot use its own static fields). */
    private static final class Spoken {
        /** "两种上浮能一起算吗": whether amounts add up (叠加计算), not whether one may receive two grants (重复享受). */
        static final Pattern COUNTED_TOGETHER = Pattern.compile("(一起|一块|合并|累加|叠加|加在一起)(算|计算)");
    }

    private final Pattern asks;
    private final Pattern gives;
    private final Function<ReadQuestion, String> words;

    DocumentWording(String asks, String gives, Function<ReadQuestion, String> words) {
        this.asks = Pattern.compile(asks);
        this.gives = Pattern.compile(gives);
        this.words = words;
    }

    /** Whether {@code question} asks it. */
    boolean asked(String question) {
        return asks.matcher(question).find();
    }

    /** Whether a clause's {@code text} gives it in the documents' words. */
    boolean givenBy(String text) {
        return gives.matcher(text).find();
    }

    /**
     * Things asked in words that say nothing else ("几点上班", "中午休息", "跑几趟"): no clause uses them, so they are
     * searched as the documents' words alone rather than beside them, where they would count as unknown.
     */
    private static final java.util.Set<DocumentWording> SPOKEN_ONLY = java.util.EnumSet.of(SERVICE_HOURS, VISITS, INCOMPLETE);

    /**
     * {@code q} searched with the documents' words for each thing it asks in its own: those of them that the
     * documents of {@code scope} use (all when they use none), since each word searched counts against the
     * clause that lacks it (列支 answers where a city's money is from; 分担, which no document of the city says, would not).
     */
    static ReadQuestion expanded(ReadQuestion q, Library lib, java.util.Set<String> scope) {
        for (DocumentWording w : values()) {
            if (w.asked(q.text()) && !w.givenBy(q.searchText())) {
                java.util.regex.Matcher spoken = w.asks.matcher(q.searchText());
                String words = used(w.words.apply(q), lib, scope);
                if (SPOKEN_ONLY.contains(w) && spoken.find()) {
                    StringBuilder b = new StringBuilder();
                    String said = words;
                    do {
                        spoken.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(" " + said + " "));
                        said = "";
                    } while (spoken.find());
                    q = q.searchedAs(spoken.appendTail(b).toString());
                } else {
                    q = q.searchedAs(q.searchText() + " " + words);
                }
            }
        }
        return q;
    }

    /** The space-separated {@code words} that some document of {@code scope} has, every pair of characters side by side; all when none. */
    private static String used(String words, Library lib, java.util.Set<String> scope) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String w : words.trim().split("\\s+")) {
            boolean has = w.length() >= 2;
            for (int i = 0; has && i + 2 <= w.length(); i++) {
                has = lib.uses(scope, w.substring(i, i + 2));
            }
            if (has) {
                kept.add(w);
            }
        }
        return kept.isEmpty() ? words : String.join(" ", kept);
    }
}
