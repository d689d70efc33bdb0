package org.policybot.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Details a question may ask for that a clause on the same topic often leaves out: where a form is
 * downloaded, how often a body meets, how a project is accepted, what a fund may be spent on, how
 * many experts review, how a subsidy is paid out. A clause on the 申请表 that does not say where to
 * get it, or one on the 验收 that gives no standard, does not answer; the documents are silent.
 * Each detail is told by words a question uses for it and words a clause must use to give it.
 */
enum AskedDetails {
    /** "申请表在哪里下载", "模板去哪下". */
    DOWNLOAD("下载或领取的地方",
            "(在|去|到|从)(哪|哪里|哪儿|什么地方|哪个网站)(能|可以)?下载?|下载(地址|链接|入口)|哪里(能|可以)?(下载|领取|领到|拿到)",
            "下载|获取|领取|https?://|www\\.|附件\\s*\\d|见附件"), // a 系统 to fill in online, a 网站 to publish a list on, is no place to get a form
    /** "领导小组多久开一次会", "联席会议一年开几次"; not "现场会开多久", how long one meeting lasts. */
    MEETING_RHYTHM("会议多久召开一次",
            "(多久|多长时间|隔多久|一年|每年|几个月)[^，,。？?]{0,6}(开|召开|举行)[^，,。？?]{0,3}(一次|几次)|(开|召开)(几次|一次)[^，,。？?]{0,4}会|会议?[^，,。？?]{0,4}((?<!开)多久|几次)",
            ""),
    /** "验收标准是什么", "怎么验收": a clause saying only when 验收 is held gives no standard. */
    ACCEPTANCE("验收的标准或办法",
            "验收的?(标准|条件|指标|要求|细则|办法|内容)|(怎么|如何|怎样)(组织)?验收",
            "验收(的)?(标准|条件|指标|要求|细则|办法|内容|程序|流程)|(按照|依据|对照)[^。；]{0,20}验收|验收[^。；]{0,10}(包括|重点|主要|考察|考核)"),
    /** "那150万能用在哪些开支上", "启动经费的开支范围": what the money may be spent on. */
    SPENDING("资金的使用范围",
            "(用在|用于|花在|用到)(哪些|哪(?![天年月日])|什么(?!时候))|(开支|支出|使用)范围|(钱|资金|经费|补助|补贴|奖励|奖补)[^，,。？?]{0,4}(的用途|能用来|可以用来|怎么用|能干什么|能用在|可以用在)",
            // "备注：用于拨付奖补资金" on a bank-account paper says what the paper is for, not what money is spent on
            "(资金|经费|补助|补贴|奖补|奖励|款|元|费)[^。；;\n]{0,10}用于|开支|支出|使用范围|列支|不得用"
                    // a fund split into its parts: 专项资金4800万元，其中实训基地建设补助800万元、…
                    + "|(资金|经费)[^。；;\n]{0,12}其中[^。；;\n]{0,20}\\d+(\\.\\d+)?\\s*(万元|亿元)"),
    /** "评审请几个专家": a number of experts, not a clause naming 专家评审. */
    EXPERTS("评审专家的人数",
            "(?<!哪)(几|多少)(个|位|名)?(评审)?(专家|评委)|(专家|评委)[^，,。？?]{0,4}(?<!哪)(几|多少)(个|位|名|人)(?!部门|单位|机构|方面|环节)",
            "(专家|评委)[^。；]{0,15}(\\d+|[一二三四五六七八九十]+)\\s*(名|人|位)|(\\d+|[一二三四五六七八九十]+)\\s*(名|人|位)(以上)?(的)?[^。；]{0,6}(专家|评委)"),
    /** "不合格给多长时间整改": rectification, which a clause on 考核 results may not mention. */
    RECTIFY("整改的规定", "整改", "整改"),
    /** "要给学生买什么保险": insurance is named by its name. */
    INSURANCE("保险的规定", "保险", "保险"),
    /** "津贴按月发还是年底一次性发", "是直接发给导师本人还是发给学校". */
    PAYOUT("发放方式",
            "(按月|按季度?|按年|按学期|一次性|分期|年底)[^？?，,]{0,12}(还是|或者)|发放方式|(怎么|如何)(发放|拨付|兑现)|(直接)?发给(谁|本人|个人|导师本人)",
            "按月|按季|按年度?(发放|拨付)|按学期|分期|分[两二三]次|一次性|发放给|发给|支付给|拨付给|拨付至|直接"),
    /** "实习报酬每月最低要给多少": a pay floor, not a clause saying 足额支付实习报酬. */
    MINIMUM_PAY("报酬的最低标准",
            "(报酬|工资|薪酬|薪资)[^，,。？?]{0,8}(最低|至少|不低于)|(最低|至少)[^，,。？?]{0,6}(报酬|工资|薪酬|薪资)",
            "(报酬|工资|薪酬|薪资)[^。；]{0,12}(不低于|不得低于|最低|\\d)|(不低于|不得低于|最低)[^。；]{0,12}(报酬|工资|薪酬|薪资)"),
    /** "立项以后负责人能不能变更": whether something may be changed. */
    CHANGE("变更的规定",
            "(能不能|可不可以|能否|可否|允不允许|是否允许|可以)[^，,。？?]{0,8}(变更|更换|换人)",
            "变更|更换|调整"),
    /** "认定以后有效期几年", "这个牌子管几年": how long a recognition holds, which the clause granting it may not say. */
    TITLE_VALIDITY("认定的有效期",
            "(有效期|有效期限)[^，,。？?]{0,3}(是|为|有)?(几|多少|多长|多久)|(管|有效)(几|多少)年|几年有效|(几|多少)年(复核|重新认定)",
            // "有效期至2029年5月14日" is how long the document holds, not the title it grants
            "有效期(限)?(?![^，,。；;]{0,3}\\d{4}\\s*年)|复核|重新认定|动态管理"),
    /** "考核不合格，拿的30万要退回吗": repayment, which a clause on the award or its 考核 may not rule on. */
    CLAWBACK("资金收回的规定",
            "退回|退还|收回|追回|返还|扣回|缴回|还回去",
            "退回|退还|收回|追回|返还|扣回|缴回|扣减|核减|清退"),
    /** "导师要求什么职称", "有学历要求吗": a qualification, not the clause naming who may serve. */
    QUALIFICATION("职称或学历要求",
            "(什么|哪些|啥|哪种|哪一级|几级)[^，,。？?]{0,3}(职称|学历)|(职称|学历)[^，,。？?]{0,4}(要求|门槛|条件|限制)|要求[^，,。？?]{0,4}(职称|学历)",
            "职称|学历|本科|专科|大专|硕士|博士|中级|高级|技师|职业资格"),
    /** "公共实训中心培训一个人收多少钱": a fee charged, not a subsidy paid. */
    FEE("收费标准",
            "(?<![接验吸征税回代])收(多少|几)?[^，,。？?]{0,2}(钱|费)|(?<![接验吸征税回代])收费|(交|付|缴)[^，,。？?]{0,3}(多少|几)[^，,。？?]{0,2}(钱|费)|费用(是)?(多少|怎么算)|(交|付|缴)[^，,。？?]{0,3}(什么|啥|哪些)[^，,。？?]{0,2}费|要不要(交|付|缴)(钱|费)|收不收(钱|费)|是否收费|免费吗",
            "收费|收取|免费|费用|成本价|\\d+\\s*元\\s*/\\s*(人|课时|天)|会费|(交纳|缴纳)[^。；]{0,6}费"),
    /** "补助要不要交税": tax, which a clause on an award rarely mentions. */
    TAX("纳税的规定", "(交|缴|纳|扣|免|完)税|个税|所得税|税吗", "税"),
    /** "材料每页都要盖公章吗", "要不要签字": a seal or signature. */
    SEAL("盖章或签字的要求", "盖章|公章|签章|骑缝章|(签字|签名)(?!的?(是|人|代表)|(是|由)?(谁|哪))", "盖章|公章|印章|签章|骑缝章|签字|签名|签署"),
    /** "对接会一般在哪里开": where something is held. */
    VENUE("举办的地点",
            // 在哪里公开 asks where it is published, not where something is held
            "(在|到|去)(哪里|哪儿|哪|什么地方|哪个地方)(?![^，,。？?]{0,2}公开)[^，,。？?]{0,2}(开|办|举办|召开|举行|进行|培训|上课|集中)",
            "在[^。；]{1,20}(举办|召开|举行|开展|进行|集中)|地点|地址|会场|场馆|礼堂|会议室|\\d+\\s*室|[路街]\\d+号"),
    /** "实习补贴企业怎么申领，去哪儿领": how a benefit is claimed, not the clause granting it. */
    CLAIM("申领的办法",
            "(怎么|如何|怎样|去哪儿?|到哪儿?|在哪儿?)[^，,。？?]{0,3}(申领|领取|领|兑现|报销)",
            "申领|向[^。；]{1,15}(申请|申报)|提交|报送|受理|领取|兑付|兑现|拨付至|拨付到"),
    /** "实习补贴每家企业一年最多补多少": a cap per enterprise, not the rate per student. */
    PER_BODY_CAP("每家单位的上限",
            // money, not how many projects one may file (一家单位最多能报几个项目)
            "(每家|每个|单个|一家|一个|每所)(企业|单位|公司|学校|院校)[^，,。？?]{0,8}(最多|最高|封顶|上限|顶多)(?![^，,。？?]{0,6}(几|多少)(个|项|家|所|名|人|次))",
            "(每家|每个|单个|同一|单家|每所|一家)(企业|单位|公司|学校|院校|申报主体)[^。；]{0,20}(最高|不超过|最多|上限|封顶)"),
    /** "那50万元第一年先拨多少": the first instalment, not the total. */
    INSTALMENT("首期拨付的数额",
            "(第一年|首年|首期|第一笔|头一笔|第一次|先)(能|会|要)?(拨|给|发|到账|拿)[^，,。？?]{0,3}(多少|几)|(首期|第一笔|首笔)[^，,。？?]{0,4}(多少|几)",
            // (认定结果公布后拨付补助资金的60%: the share paid first, as the instalments are said)
            "首期|首笔|第一年|第一笔|(认定|签约|立项|批准|验收)[^。；，,]{0,6}(后|当年|当月)[^。；]{0,6}拨付[^。；，,]{0,8}\\d|先(行)?拨付|预拨"
                    + "|\\d+(万元|%)[^。；]{0,20}(剩余|余下|其余|余款)"),
    /** "农艺师60岁了还能当导师吗", "有没有年龄限制": an age limit, not the post's other requirements. */
    AGE("年龄的规定", "年龄|岁数|年纪|(\\d+|[一二三四五六七八九十]+)\\s*周?岁", "岁|年龄");

    /** Papers or an application sent back (材料被退回, 申请被退回来): money is repaid, not "被退回". */
    private static final Pattern PAPERS_RETURNED = Pattern.compile(
            "(材料|资料|申报书|申请书|申请表|申报表|报告|申请|申报)[^，,。？?]{0,4}(退回|退还|返还)|被(退回|退还|返还|打回)");
    private static final Pattern RHYTHM = Pattern.compile("每(年|季度|季|半年|月|两个月|学期|周)|定期|不定期|适时|(原则上|至少|一般)?(一|两|二|三|四|1|2|3|4)次");
    // a meeting held, not a body named after one (联席会议办公室, 联席会议制度, 会议成员)
    private static final Pattern MEETING = Pattern.compile("召开|开会|例会|推进会|调度会|对接会|座谈会|会商|举行|举办|会议(?![办制成])");

    private final String label;
    private final Pattern asks;
    private final Pattern gives;

    AskedDetails(String label, String asks, String gives) {
        this.label = label;
        this.asks = Pattern.compile(asks);
        this.gives = gives.isEmpty() ? null : Pattern.compile(gives);
    }

    static Optional<AskedDetails> askedBy(String question) {
        for (AskedDetails d : values()) {
            if (d == CLAWBACK && PAPERS_RETURNED.matcher(question).find()) {
                continue; // "申报材料被退回了": papers sent back for correction, not money repaid
            }
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

    /**
     * Whether clause {@code c} gives it, in its text or, for what a whole document is about (整改 in a
     * 整改情况的通报), in its document's title or its headings.
     */
    boolean givenBy(org.policybot.knowledge.Clause c) {
        return givenBy(c.text()) || gives != null && givenBy(c.document().title() + "\n" + String.join("\n", c.breadcrumb()));
    }

    /** Whether a document states it once for all it covers (an age limit), so that its clause giving it answers whatever matched. */
    boolean statedOnce() {
        return this == AGE;
    }

    /** How the answer names what is missing. */
    String label() {
        return label;
    }
}
