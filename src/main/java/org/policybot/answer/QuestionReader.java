package org.policybot.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.region.Mention;
import org.policybot.region.Regions;

/**
 * Reads a question: its kind, the regions and 认定 levels it names, and whether it has a subject of
 * its own. Rules over words, not weights: what generalises to questions nobody here has seen is
 * the grammar of asking (多少/谁/哪些/什么时候), not a score fitted to a few of them.
 */
public final class QuestionReader {
    static final Pattern LEVEL = Pattern.compile("国家级|自治区级|省级|市级|(?<!自治)区级|县级|县（市、区）级|地市级");

    /** Words that ask rather than name: removed before deciding whether a question has a topic. */
    private static final Pattern ASKING = Pattern.compile(
            "请问一下|请问|你好|您好|麻烦|我想知道|想知道|想问一下|想问|问一下|告诉我|帮我查|帮忙查|查一下|看看|"
            + "什么时候|啥时候|多会儿|多会|几时|多少钱|多少|几个|几家|几所|几项|哪些|哪个|哪家|哪年|哪一年|哪天|哪一天|几号|几点|哪里|哪儿|哪|什么|啥|"
            + "怎么样|怎么办|怎么|咋|怎样|如何|由谁|是谁|谁|能不能|可不可以|是否|能否|有没有|是不是|可以|能够|能|会|"
            + "负责|牵头|主管|管|截止|截至|期限|时间|完成|出台|规定|要求|情况|内容|具体|标准|多久|一下|"
            // a limit or a total of something not named: "封顶是多少", "一共多少"
            + "最高|最多|最少|最低|至少|封顶|顶格|上限|下限|一共|总共|合计|总计|"
            + "钱|金额|单位|部门|政策|补助|补贴|奖励|奖补|资金|文件|规定|措施|事情|东西|"
            // "那个表里谁牵头": a table not named (分工表 is) says no more than 那个
            + "表格里|表格|表里|表上|表中|"
            + "我们公司|我们单位|我们学校|我们|咱们|我司|我单位|我|你们|你|他们|"
            + "那么|那如果|如果|那个|这个|那|这|它|该|此|上面|刚才|来着|呢|吗|吧|啊|呀|嘛|哦|嗯|好的|好|谢谢|收到|是的|对|ok|OK|"
            + "有|是|的|了|在|和|与|及|给|拿|要|呢|"
            // what every notice has: without a subject, "需要什么材料", "怎么申请", "电话多少" do not say whose
            + "申请|申报|材料|流程|程序|手续|条件|办理|联系|电话|需要|准备|提交|哪里|去哪|反馈|提意见|"
            // "找谁办", "问哪个部门": whom to turn to, without saying for what
            + "找|问|办(?![法公])");
    /**
     * Steps and measures every scheme has: alone ("谁审批", "比例是多少", "能叠加吗", "钱什么时候到账")
     * they do not say of what; beside a subject ("那专项资金拨付呢") they are part of it.
     */
    private static final Pattern PROCESS = Pattern.compile("开始|审批|审核|叠加|名额|比例|到账|拨付|发放|操作|满足|符合|配合|协助|别的|其他|其它");
    private static final Pattern FOLLOW_UP_START = Pattern.compile("^(那么|那如果|那|这个|那个|它|该|此|上面|刚才|还有|另外|再问)");

    private final Regions regions;
    /** The current year, for 今年/明年/去年; null: they are searched as said. */
    private final java.util.function.IntSupplier year;

    public QuestionReader(Regions regions) {
        this(regions, null);
    }

    /** A reader that searches 今年 as the year {@code year} gives ("今年什么时候申报" finds 2026年度集中申报). */
    QuestionReader(Regions regions, java.util.function.IntSupplier year) {
        this.regions = regions;
        this.year = year;
    }

    public ReadQuestion read(String question) {
        String text = Normalizer.normalize(question, Normalizer.Form.NFKC).strip();
        List<Mention> named = regions.find(text);
        List<String> levels = new ArrayList<>();
        Matcher lm = LEVEL.matcher(text);
        while (lm.find()) {
            levels.add(lm.group());
        }
        DocumentFact fact = DocumentFact.askedBy(text);
        QuestionKind kind = fact != null ? QuestionKind.DOCUMENT_FACT : kindOf(text);
        String searchText = searchText(text, named);
        String topic = topic(searchText);
        String bare = PROCESS.matcher(topic).replaceAll("");
        if (bare.codePointCount(0, bare.length()) < 2) {
            topic = bare;
        }
        boolean leans = FOLLOW_UP_START.matcher(text).find() || text.matches(".*呢[？?。!！]*$");
        // Short and naming no place: "上限多少", "合作方式是什么", "要准备哪些材料" lean on what was asked before.
        boolean short_ = named.isEmpty() && topic.codePointCount(0, topic.length()) <= 4;
        return new ReadQuestion(question, kind, fact, named, levels, topic, leans || short_, searchText);
    }

    /** 今年 and its kin; one before a word of its own (今年产教融合…) is set apart, as a region is, lest 年产 be searched. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(今年|本年|明年|去年)(?=([度底初末内中前后上下的])?)");

    /** The text to search with: without the regions {@code removed} (scope handles them), definition words and fillers. */
    private String searchText(String text, List<Mention> removed) {
        String searchText = withoutRegions(text, removed);
        if (year != null) {
            Matcher y = RELATIVE_YEAR.matcher(searchText);
            StringBuilder b = new StringBuilder();
            while (y.find()) {
                int offset = switch (y.group(1)) {
                    case "明年" -> 1;
                    case "去年" -> -1;
                    default -> 0;
                };
                boolean wordAfter = y.group(2) == null && y.end() < searchText.length()
                        && Character.UnicodeScript.of(searchText.codePointAt(y.end())) == Character.UnicodeScript.HAN;
                y.appendReplacement(b, (year.getAsInt() + offset) + "年" + (wordAfter ? "，" : ""));
            }
            searchText = y.appendTail(b).toString();
        }
        if (DEFINITION.matcher(text).find()) {
            // "这里说的产业学院到底指什么": the term is the whole search; the rest would count as words no clause has.
            searchText = DEFINITION_WORDS.matcher(searchText).replaceAll("");
        }
        searchText = SPOKEN_LEVEL.matcher(searchText).replaceAll("$1级");
        searchText = RESULT_UP.matcher(searchText).replaceAll("$1 ");
        searchText = COUNTED_IN.matcher(searchText).replaceAll("$1，");
        searchText = OWN_TOWN.matcher(searchText).replaceAll("各镇 乡镇 街道");
        return expandRuns(perUnit(PER_YEAR.matcher(FILLER.matcher(searchText).replaceAll("")).replaceAll("每年")));
    }

    /**
     * "一个订单班最少多少学生", "一个学生一年补多少": users' 一个 is the documents' 每 (每班学生不少于20人,
     * 每生每学年1800元); the 一个 itself is in no clause, and joined to the noun it makes a pair (个订) found
     * nowhere. 第一个, 同一个, 单一个 and a class group (班组, 班子) are not per unit; a person (一个人) is left as
     * said, since documents write it as 每人, 单人 or 个人 alike.
     */
    private static String perUnit(String searchText) {
        Matcher m = PER_UNIT.matcher(searchText);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String unit = "学生".equals(m.group(2)) ? "生" : m.group(2);
            m.appendReplacement(b, Matcher.quoteReplacement("每" + unit + " " + m.group(1) + m.group(2)));
        }
        return m.appendTail(b).toString();
    }

    private static final Pattern PER_UNIT = Pattern.compile(
            "(?<![第同单唯统这那哪每\\d一二三四五六七八九十])一(?:个|名|位)((?:(?![的是要能在和与])\\p{IsHan}){0,4}?)(班|学生)(?![组长级子主次])");

    /**
     * Users' 市里 / 县里 / 省里 is the documents' 市级 / 县级 / 省级 (市里能补多少, 县里财政出多少): the spoken
     * form is in almost no clause, so it would weigh most and match nothing.
     */
    private static final Pattern SPOKEN_LEVEL = Pattern.compile("(?<![城都乡镇村])([省市县区])里(?!程)");

    /**
     * "认定上市级产教融合型企业", "评上省级": 上 completes the verb (got rated as); left in, it makes 上市 (a listing on a
     * stock exchange) with the level after it.
     */
    /**
     * "多少名产业导师": the measure word belongs to the number asked, not to the noun after it; joined, it makes 名产, which
     * finds "每名产业导师" whatever it says.
     */
    private static final Pattern COUNTED_IN = Pattern.compile("((?:多少|几)(?:名|位|家|所|项|批|条))(?=\\p{IsHan})");

    private static final Pattern RESULT_UP = Pattern.compile("(认定|评|选|定|升|晋|认)上了?(?=国家|省|市|县|区|自治区|州)");

    /**
     * "我们镇去几个人", "镇里要做什么": a town asks what a notice asks of every town, which it names as 各镇人民政府,
     * 各乡镇, 街道办事处 (the town's own name is left to scope, and no clause uses 我们镇).
     */
    private static final Pattern OWN_TOWN = Pattern.compile("(我们|咱们|咱|本)(镇|乡|街道)|(?<![城都村])镇里|街道里");

    /** "一年补多少", "一年最多能拿": users' 一年 is the documents' 每年 (not 满一年, 前一年, 一年以上). */
    private static final Pattern PER_YEAR = Pattern.compile("(?<![满前后近第上下同每头]|不到|超过)一年(?=[补给能拿最多可发奖领要得总一共招办开评认聘选])");

    /** "一二三等奖", "一、二等奖": ranks run together before what they share. */
    private static final Pattern RANK_RUN = Pattern.compile("([一二三四五六七八九])(?:、?([一二三四五六七八九]))(?:、?([一二三四五六七八九]))?(等奖|等次|档|类)");

    /** Each rank of a run written out ("一等奖二等奖三等奖"), as the documents name them. */
    static String expandRuns(String text) {
        Matcher m = RANK_RUN.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            StringBuilder each = new StringBuilder();
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    each.append(m.group(g)).append(m.group(4));
                }
            }
            m.appendReplacement(b, each.toString());
        }
        return m.appendTail(b).toString();
    }

    /**
     * {@code q} searched with the names of {@code content} left in: regions the documents in scope
     * name in their text (★龙湾区 as a responsible unit, 所在地市：唐山市 in a list), so they are what
     * is asked about, not only where.
     */
    ReadQuestion keepingNames(ReadQuestion q, List<Mention> content) {
        List<Mention> removed = q.regions().stream().filter(m -> !content.contains(m)).toList();
        return new ReadQuestion(q.text(), q.kind(), q.fact(), q.regions(), q.levels(), q.topic(), q.followUp(),
                searchText(Normalizer.normalize(q.text(), Normalizer.Form.NFKC).strip(), removed));
    }

    /** A deadline passed, said as the condition of a question (过了截止日期, 超过期限, 错过了时间). */
    private static final Pattern PAST_DEADLINE = Pattern.compile("(过了|超过了?|错过了?|超了|晚于|迟于)[^，,。？?]{0,4}(截止|期限|日期|时间|时限)");
    private static final Pattern CONTACT = Pattern.compile("电话|联系方式|手机号|热线|咨询号码");
    /** "财政局找哪个科室的谁", "该联系谁": a person to call, whom a document's contact lines name. */
    static final Pattern PERSON_TO_CONTACT = Pattern.compile("找(哪个|哪位)?[^，,。？?]{0,4}的谁|联系谁|哪个(科室|处室|科)的|找哪个(科室|处室|科)"
            + "|联系人(是谁|是哪位|叫什么|是哪个)|对接人是谁"
            // "协议备案的事在市人社局找哪位", "人社局那边找谁": whom at that bureau (not "找谁审批")
            + "|找(哪位|谁)(?![负牵审批办签])"
            // "资金的事问财政局谁": whom to ask (not "请问谁负责")
            + "|(?<![请想])问(哪个|哪位)?[^，,。？?\\s]{0,6}谁(?!负责|牵头|来|管|批|审)");
    /** Asks what a term means. */
    static final Pattern DEFINITION = Pattern.compile("指什么|指的是什么|指啥|什么意思|啥意思|的含义|的定义|怎么定义|如何定义|^什么是|^什么叫|^啥是|^何为"
            // "说的奖补资金是什么钱", "专项资金是哪来的钱": what the money is, which the defining article says (是指区财政预算安排…)
            + "|是(什么|啥)钱|哪(来|里来|儿来)的钱|钱(是)?从哪(里|儿)?来"
            // "文件里说的一园区一学院一生态是啥": a term the document uses, asked about
            + "|(说的|所说的|讲的|提到的)[^，,。？?]{2,16}是(什么|啥)(东西)?[？?。！!]*$");
    private static final Pattern DEFINITION_WORDS = Pattern.compile(
            "^(这里|这儿|文件里|文件中|里面|文中|办法里|方案里|通知里|政策里|政策中)?(所)?(说的|讲的|提到的)|(到底|究竟)?(是)?(指什么|指的是什么|指啥|什么意思|啥意思|的含义|的定义|怎么定义|如何定义)[？?。！!]*$|^(什么是|什么叫|啥是|何为)"
            + "|是(什么|啥)(钱|东西)?[？?。！!]*$|(是)?(什么|啥)钱|(是)?哪(来|里来|儿来)的钱|钱(是)?从哪(里|儿)?来");
    /** Words that only stress or frame the asking (到底, 究竟, 硬性要求, 包括哪些, 多长时间): they would lower every clause's coverage. */
    private static final Pattern FILLER = Pattern.compile("到底|究竟|硬性(?=要求|规定|条件)|(包括|包含)(?=哪些|哪几|什么|啥)|(?<=多长|多少|什么|啥)时间"
            // "资金方面的问题找谁", "实习补贴这块问谁": the topic is what comes before
            + "|(?<=\\p{IsHan})(方面的(问题|事情|事儿|事)|(这|那)块(的(问题|事情|事儿|事))?)"
            // "能用在哪些地方": what it may be spent on, which the documents say with 用于 and no 地方
            + "|(?<=用在|用到|花在|用于)(哪些|哪几个|哪|什么|啥)(地方|方面)");
    /** Asks into how many kinds something falls: 分哪几类, 有几种, 包括哪几个方面. */
    private static final Pattern KINDS_OF = Pattern.compile("(?:哪几|几|哪些)个?(类|种|方面)");
    private static final Pattern CONDITIONS = Pattern.compile("(什么|哪些|哪种|何种|啥)(情况|情形)");
    private static final Pattern NOUN_RUN = Pattern.compile("[\\p{IsHan}&&[^的了呢吗啊呀吧是都有要能可和与及或]]{2,8}");
    private static final Pattern FOCUS = Pattern.compile("(什么|哪些|哪种|何种|哪类|啥)([\\p{IsHan}]{2})");
    private static final java.util.Set<String> GENERIC_FOCUS = java.util.Set.of("时候", "部门", "单位", "东西", "政策", "文件", "地方", "情况", "内容", "样的");

    /** The attribute a question asks about: 方式 in "招生是什么方式", 材料 in "要准备哪些材料"; "" when none. */
    static String focus(String question) {
        if (CONTACT.matcher(question).find() || PERSON_TO_CONTACT.matcher(question).find()) {
            return "电话"; // "有问题找谁，电话多少": the sentence giving the number, however the rest is worded
        }
        if (DEFINITION.matcher(question).find()) {
            return "是指"; // "产业学院到底指什么": the sentence that defines it (本办法所称产业学院，是指…)
        }
        if (IssueReasons.ASKS.matcher(question).find()) {
            return "问题"; // "为啥要出这个办法": the sentence naming the problems it meets (…等问题依然存在)
        }
        if (CONDITIONS.matcher(question).find()) {
            return "情形"; // regulations list conditions as "有下列情形之一的"; users ask 什么情况下
        }
        Matcher kinds = KINDS_OF.matcher(question);
        if (kinds.find()) {
            return kinds.group(1); // "分哪几类": the sentence saying "设三类项目：", whatever the types are called
        }
        Matcher m = FOCUS.matcher(question);
        while (m.find()) {
            if (!GENERIC_FOCUS.contains(m.group(2))) {
                // A compound's head is its last word: 材料 in "哪些申报材料", not 申报.
                Matcher run = NOUN_RUN.matcher(question.substring(m.end(1)));
                String noun = run.lookingAt() ? run.group() : m.group(2);
                return noun.length() == 4 && !GENERIC_FOCUS.contains(noun.substring(2)) ? noun.substring(2) : m.group(2);
            }
        }
        return "";
    }

    /** "有没有生活补贴", "能享受什么税收优惠": the thing whose existence is asked about ("有没有自己的公章": 公章, not whose it is). */
    /** "…的招生简章出了没有", "实施细则发了没": whether a document named has come out. */
    private static final Pattern ISSUED_YET = Pattern.compile(
            "的([\\p{IsHan}&&[^的了呢吗啊呀吧是都有要能可和与及或那这几]]{0,6}(简章|细则|办法|通知|方案|指南|名单|目录|清单|公告|标准|计划))"
                    + "(出|发|出台|公布|印发|下发|发布)(了|来了|出来了)?没(有)?");
    private static final Pattern HAS_ASKED = Pattern.compile("(有没有|是否有|有无|有什么|有啥|享受什么|享受哪些|享受啥)(?:自己|自身|单独|独立|专门|专属)?的?([\\p{IsHan}&&[^的了呢吗啊呀吧是都有要能可和与及或]]{2,8})");
    /** "有免费饮水吗", "有地方淋浴吗": whether there is a thing, asked with 有…吗 (not 还有, 没有, 有没有). */
    private static final Pattern HAS_ASKED_MA = Pattern.compile(
            "(?<![没还只都也])(有)(?!人)([\\p{IsHan}&&[^的了呢吗啊呀吧是都有要能可和与及或没]]{2,8})吗[？?]*$"); // 有人去吗: someone
    /** A thing asked after a verb and a question word: 发布什么新的行动计划, 出台了哪些配套的政策. */
    private static final Pattern WHICH_THING = Pattern.compile(
            "[\\p{IsHan}]{0,4}?(?:什么|哪些|哪种|啥)[^的，,。？?\\s]{0,4}?的?([\\p{IsHan}&&[^的了呢吗啊呀吧是都有要能可和与及或]]{2,8})");
    /** "要交评审费吗", "收不收报名费": a fee by its name. */
    private static final Pattern FEE_ASKED = Pattern.compile("(交|缴|缴纳|支付|付|收|收取)(?:多少|几|什么|啥)?([\\p{IsHan}&&[^的了不吗呢要多少几什么啥]]{1,5}费)(?!用)");
    /** "学费怎么收", "学费是企业出还是学生交": a fee named as what the question is about. */
    private static final Pattern FEE_TOPIC = Pattern.compile(
            "(学|住宿|培训|保险|评审|报名|考试|鉴定|认证|材料|实习|伙食|交通|课时|服务|管理|会务|检测|咨询|场地|租)费(?!用)"
            + "(怎么|由谁|谁|是|要|收|出|交|多少|标准|能不能|可以)");
    /** Heads too general to be missing from an answer in so many words (补助 is said 给予…万元, 条件 as 应当…). */
    private static final java.util.Set<String> GENERIC_THING = java.util.Set.of("时候", "部门", "单位", "东西", "政策", "文件", "地方", "情况",
            "内容", "样的", "要求", "条件", "标准", "规定", "办法", "措施", "方式", "流程", "程序", "手续", "材料", "待遇", "支持", "帮助",
            "好处", "照顾", "优势", "倾斜", "便利", "作用", "意义", "目标", "任务", "安排", "区别", "不同", "变化", "限制", "说法", "讲究", "门槛", "资格", "范围", "用途",
            // a limit or a share is said in numbers (20%以内, 最高150万元), not by name
            "上限", "下限", "限额", "名额", "数量", "比例", "额度", "金额", "时间", "期限", "多少",
            // what follows from a case is said by what then happens (不得申报, 收回资金), not by name
            "后果", "影响", "结果", "处理",
            // what came of something is told by what happened (接收实习学生600余人), not by name
            "效果", "成效", "成果", "收获", "进展");

    /** Words before a head that do not say which one (什么门槛, 相关要求, 具体条件). */
    private static final Pattern VAGUE = Pattern.compile("什么|哪些|哪种|任何|一些|相关|有关|具体|特别|其他|其它|额外|专门|明确|统一|硬性|前提|基本|主要|必要|先决");

    /** What a question asks the documents to have: {@code noun} as asked (生活补贴), {@code head} what a clause must name (补贴). */
    record AskedThing(String noun, String head) {
        /**
         * Whether a (canonical) clause text names it: its head, and the word before the head when
         * the noun has one of two characters (生活 of 生活补贴: any 补贴 is not a living allowance).
         */
        boolean namedIn(String text, java.util.function.UnaryOperator<String> canonical) {
            // "组织去现场观摩": after a verb of going the words before the head say where, not which (实地观摩 answers)
            String modifier = noun.length() >= 4 && !GOING.matcher(noun).find() ? noun.substring(noun.length() - 4, noun.length() - 2) : "";
            return (text.contains(canonical.apply(head)) || feeNamed(text, canonical))
                    && (modifier.isEmpty() || text.contains(canonical.apply(modifier)));
        }

        /** A fee asked by a short name (工位费) that a clause writes in full (工位使用费, 工位租用费). */
        private boolean feeNamed(String text, java.util.function.UnaryOperator<String> canonical) {
            return head.length() >= 3 && head.endsWith("费")
                    && Pattern.compile(Pattern.quote(canonical.apply(head.substring(0, head.length() - 1))) + "\\p{IsHan}{1,4}费").matcher(text).find();
        }
    }

    /**
     * The thing a question asks whether the documents have ("有没有生活补贴", "能享受什么税收优惠"),
     * when it is specific enough that a clause answering it must name it.
     */
    static Optional<AskedThing> askedThing(String question) {
        Matcher fee = FEE_ASKED.matcher(question);
        if (fee.find()) {
            return Optional.of(new AskedThing(fee.group(2), fee.group(2))); // "要交评审费吗": that very fee
        }
        Matcher topic = FEE_TOPIC.matcher(question);
        if (topic.find()) {
            // 保险费 is named by 保险 (实习责任保险，保费60元); 学费 only by itself.
            String named = topic.group(1) + "费";
            return Optional.of(new AskedThing(named, named.length() == 3 ? named.substring(0, 2) : named));
        }
        Matcher issued = ISSUED_YET.matcher(question);
        if (issued.find()) {
            return nounAsked(issued.group(1)); // "招生简章出了没有": whether that document is out, which a clause must name
        }
        Matcher m = HAS_ASKED.matcher(question);
        boolean found = m.find();
        if (!found) {
            m = HAS_ASKED_MA.matcher(question); // "有免费饮水吗": 有没有 said the short way
            found = m.find();
        }
        if (SAYS_WHETHER.matcher(question).find() || !found) { // "有没有写谁牵头" asks what is written, no thing had
            return Optional.empty();
        }
        String noun = m.group(2);
        if (noun.length() > 3 && noun.matches("^(地方|地儿).*")) {
            noun = noun.substring(2); // "有地方淋浴吗": whether one can shower, the 地方 is how it is said
        }
        Matcher which = WHICH_THING.matcher(question.substring(m.start(2)));
        if (VAGUE.matcher(noun).find() && which.lookingAt()) {
            noun = which.group(1); // "有没有发布什么新的行动计划": the 行动计划, whatever is said of it before
        }
        return nounAsked(noun);
    }

    /** A verb of going inside an asked thing: what follows it is where one goes to do the head's act. */
    private static final Pattern GOING = Pattern.compile("[去到来](?=[\\p{IsHan}]{2})");

    /** Words pointing at the asker's own thing ("有没有我们这个方向"), told before in words of their own, not a thing by name. */
    private static final Pattern POINTING = Pattern.compile("我们|咱们|我|这个|那个|这些|那些|这种|那种|这类|那类|这样|那样");

    /** A thing asked by its noun, or by the word before a head that says little (年龄 of 年龄限制); empty when both say little. */
    private static Optional<AskedThing> nounAsked(String noun) {
        if (POINTING.matcher(noun).find()) {
            return Optional.empty();
        }
        String head = noun.substring(noun.length() - 2); // a compound's head is its last word: 补贴 in 生活补贴
        if (GENERIC_THING.contains(head) || GENERIC_FOCUS.contains(head)) {
            // "有没有年龄限制": the head says little (限制), the word before it what is asked about (年龄).
            String modifier = noun.length() == 4 ? noun.substring(0, 2) : "";
            return modifier.isEmpty() || GENERIC_THING.contains(modifier) || GENERIC_FOCUS.contains(modifier)
                    || VAGUE.matcher(modifier).matches() ? Optional.empty() : Optional.of(new AskedThing(modifier, modifier));
        }
        return Optional.of(new AskedThing(noun, head));
    }

    private static final Pattern SPOKEN_MONEY = Pattern.compile("(几|多少)(万|千)(?![人名家个次亩平台套册件所项条户])|(?<!哪)(几|多少)(百|十)?块|多少个?钱|(几|多少)[wWＷ]");

    /** Asks when or how long in so many words: 多久, 什么时候, 哪天, 几个工作日. */
    private static final Pattern WHEN_ASKED = Pattern.compile("多久|多长时间|什么时候|啥时候|何时|哪天|哪一天|几号|几个?工作日|几天");
    /** Words that ask a quantity (多少, 几成, 什么标准), where a yes/no question may only name an amount's noun (补贴标准, 上限). */
    private static final Pattern AMOUNT_ASKED = Pattern.compile("多少|几成|几万|几千|几百|(什么|啥|哪个|哪档)(标准|比例|档次)|百分之几"
            // "有年龄上限吗", "最高能拿吗": whether there is a cap is asked as its figure
            + "|上限|最高|封顶|限额|额度");

    /** Order matters: "哪些部门负责" asks for units, "负责哪些任务" for a list, "能拿多少" for money. */
    /** Whether a document says something at all: 有没有写, 写没写, 是否提到. */
    private static final java.util.regex.Pattern SAYS_WHETHER = java.util.regex.Pattern.compile(
            "(有没有|是否|有无)(写|说|提到|提及|列出|列明|标出|标明|讲|注明)|(写|说|提|列|讲|标)没(写|说|提|列|讲|标)");

    /** Pay asked for: 工资多少, 月薪区间是多少, 薪酬大概多少. */
    private static final Pattern PAY_ASKED = Pattern.compile("(薪|工资|报酬|收入)[^，,。？?\\s]{0,6}(多少|几千|几万)");

    /** Asks how many decimal places or digits a figure is given in: 保留几位小数, 小数点后几位. */
    private static final Pattern DIGITS_ASKED = Pattern.compile("(几|多少)位(小数|数字|有效数字)|小数点后[^，,。？?]{0,3}(几|多少)位");

    /** 几 after a pointing word (那几天, 这几年, 前几天): those days, not how many. */
    private static final Pattern FEW_POINTED = Pattern.compile("(那|这|前|后|最近|近)几(?=天|日|年|个月|周|次)");

    static QuestionKind kindOf(String asked) {
        String q = FEW_POINTED.matcher(asked).replaceAll("$1些"); // "那几天开放吗": whether it is open then
        if (SAYS_WHETHER.matcher(q).find()) {
            return QuestionKind.YES_NO; // "图解上有没有写每项任务谁牵头": whether the page says it, not who leads
        }
        if (q.matches(".*(都有谁|都是谁|有哪些人|哪些人|成员有谁|哪几(个(?!月|工作日|小时)|家|所|项|类|种|条|批|方面|点(?!钟|开始|结束|到|前|之前|以前))"
                + "|有哪(家|所)(单位|企业|公司|学校|院校)).*")) {
            // "苏尼特左旗有哪家单位入选": which ones, however many
            // "哪几个领域" asks which ones, not how many; "提了哪几点要求" which points, not the hour
            return QuestionKind.LIST;
        }
        if (q.matches(".*(哪些|什么|哪个|哪家)(部门|单位|机构).*") || q.matches(".*(由谁|是谁|找谁|谁来|谁负责|谁牵头|谁管).*")
                // "是跟哪家企业一起办的": the partner by name
                || q.matches(".*(跟|和|与|同|由|是)哪(一)?(家|个)(企业|公司|厂|学校|院校|高校|职校).*")
                // "入选的社会组织是哪一家": the one by name
                || q.matches(".*是哪一?(家|所)[吗呢啊？?\\s]*$")) {
            return QuestionKind.PERSON;
        }
        if (RankedRows.asked(q).isPresent()) {
            // "得分最高的是哪家": a row named by its rank, not a cap (最高 of 最高补助)
            return q.matches(".*(谁|哪(一)?(家|所|位)|哪个(单位|企业|公司|学校|机构|组织)).*") ? QuestionKind.PERSON : QuestionKind.GENERAL;
        }
        if (SPOKEN_MONEY.matcher(q).find()) {
            return QuestionKind.AMOUNT; // "补几万", "给几千块", "多少个钱": money, however counted
        }
        if (q.matches(".*(文号|编号|编码|代码|索引号|字号|账号|邮编|邮政编码|电话|号码|手机号?|地址|邮箱|网址)(是)?多少.*")
                || q.matches(".*(文件|通知|意见|办法|方案|措施)[^，,。？?]{0,4}哪一?年的?第?几号(文)?[?？呢啊]*$")) {
            // "发改社会那个文件是哪年几号": 〔2019〕590号, a document's year and number, no date
            return QuestionKind.GENERAL; // "文号多少", "邮编是多少", "电话多少" ask for a number that names, not a quantity
        }
        if (QuestionKind.YES_NO.askedBy(q) && QuestionKind.AMOUNT.askedBy(q) && !AMOUNT_ASKED.matcher(q).find()) {
            return QuestionKind.YES_NO; // "各县区能不能自己调整补贴标准": whether, of a standard named, not how much it is
        }
        if (WHEN_ASKED.matcher(q).find() && QuestionKind.AMOUNT.askedBy(q) && !AMOUNT_ASKED.matcher(q).find()) {
            return QuestionKind.TIME; // "多久定下贴息金额": when, of an amount named, not how much it is
        }
        if (PAST_DEADLINE.matcher(q).find() && QuestionKind.YES_NO.askedBy(q)) {
            return QuestionKind.YES_NO; // "过了截止日期再寄还收不收": whether a late one counts, the deadline a condition
        }
        if (PAY_ASKED.matcher(q).find()) {
            return QuestionKind.AMOUNT; // "月薪区间是多少", "工资多少": money a month, however counted
        }
        if (DIGITS_ASKED.matcher(q).find()) {
            return QuestionKind.COUNT; // "比例类的保留几位小数": how many digits, not a 比例 asked for
        }
        for (QuestionKind k : List.of(QuestionKind.COUNT, QuestionKind.LIST, QuestionKind.AMOUNT, QuestionKind.TIME,
                QuestionKind.PERSON, QuestionKind.YES_NO)) {
            if (k.askedBy(q)) {
                if (k == QuestionKind.LIST && AskedDetails.askedBy(q).filter(d -> d == AskedDetails.SPENDING).isPresent()) {
                    return QuestionKind.GENERAL; // "钱能用在哪些方面": the sentence on its uses (主要用于…), not a list of clauses
                }
                return k;
            }
        }
        // "投入多少设备", "几所学校": a quantity of something other than money.
        // 好几 ("够上好几项奖补") says several, it does not ask how many; 第几 ("在第几开标室") asks which one.
        return q.matches(".*(多少|(?<![好第])几[^乎].*).*") ? QuestionKind.COUNT : QuestionKind.GENERAL;
    }

    /**
     * The question without the regions it names. Only the name is removed, not a 市/区 that starts
     * a unit name after it (温州市教育局 → 市教育局, the documents' own spelling).
     */
    static String withoutRegions(String text, List<Mention> named) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Mention m : named) {
            if (m.start() < at) {
                continue;
            }
            b.append(text, at, m.start());
            String surface = m.surface();
            String rest = text.substring(m.end());
            boolean unitFollows = rest.matches("^[\\p{IsHan}]{1,6}(局|委|厅|办|政府|中心).*") && !rest.startsWith("的");
            char last = surface.charAt(surface.length() - 1);
            // A comma keeps the words on either side from making a bigram of their own.
            b.append('，');
            if ((unitFollows || rest.startsWith("级")) && "市区县省".indexOf(last) >= 0) {
                b.append(last); // 温州市级 → 市级, 温州市教育局 → 市教育局
            }
            at = m.end();
        }
        b.append(text.substring(at));
        return b.toString().replaceAll("^[，\\s]+", "").strip();
    }

    /** A quantity said in words (一家, 每年, 两个): how much of something, not what it is. */
    private static final Pattern QUANTITY_WORDS = Pattern.compile("[每一二两三四五六七八九十几]+[个家所项次名人位年月天份套张本批种类台届轮]");

    private static String topic(String searchText) {
        String s = LEVEL.matcher(searchText).replaceAll(" ");
        s = QUANTITY_WORDS.matcher(s).replaceAll(" ");
        s = ASKING.matcher(s).replaceAll(" ");
        s = s.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s\\d０-９]+", "");
        return s;
    }
}
