package org.policybot.answer;

import java.util.List;
import java.util.regex.Pattern;

/** A fact about a document itself rather than one of its clauses: 文号, issuer, date, period, basis, annexes, title, 抄送. */
public enum DocumentFact {
    /** A portal page's number in the 政府信息公开 catalogue (索引号), which is not its 文号. */
    INDEX_NO("索引号|索引编号"),
    DOC_NO("文号|发文字号|发文号|字号|编号是|文件号|(纪要|通报|文件|通知|公告|办法|方案|意见)[^，,。？?]{0,4}编号"),
    ISSUER("发文机关|发文单位|发文部门|印发单位|谁发的|谁印发|谁制定的|谁出台的|哪里发的|谁颁布|发布单位|发布机关|制发|联合发|联合印发|"
            + "(哪|几个|哪些|什么)[^，。？]{0,4}(部门|单位|机关|厅|局|政府)[^，。？]{0,4}(发(?![言展放现车生])|印发|出台|制定|颁布|出的|出具|编的|编制的|写的|报的)"
            // "这个发布会是哪个单位办的": who held a press conference is who published its transcript
            + "|(发布会|新闻发布|吹风会)[^，。？]{0,6}(哪|什么)[^，。？]{0,4}(部门|单位|机关)[^，。？]{0,3}(办|主办|举办|召开|组织)"
            // "落款是哪个单位": the signature's unit, not its day
            + "|落款是?(哪|什么)[^，。？?]{0,3}(单位|部门|机关)"),
    ADDRESSEE("主送|(发|印发|下发|转发|回复|答复)给了?(谁|哪)|印发给|下发给|发到哪|送达"),
    /** The bodies the colophon copies it to (抄送：…). */
    COPIED_TO("抄送|抄报"),
    /**
     * The day a web page went online (发布时间), which its 落款 day need not be: asked with 网上/网站, not
     * of an act done online ("网上申报从哪天到哪天" asks the 申报 period).
     */
    POSTED("(网上|网站上?|网页上?|门户|挂网|页面上?|官网)(?:(?!申报|提交|报名|填报|办理|申请|受理|报送|上传)[^，,。？?]){0,6}"
            + "(哪天|哪一天|什么时候|啥时候|何时|几号|日期|时间)|(哪天|什么时候|啥时候|何时)[^，,。？?]{0,4}(挂网|挂到网上|上网|放到网上|在?网(站|页)?上发布?)"),
    /** Whether it is public: （此件公开发布）, 公开方式：主动公开. */
    PUBLICITY("公开(发布)?的吗|是否公开|公不公开|公开不公开|公开属性|公开方式|能不能公开|可以公开吗|能公开吗|对外公开吗|是不是公开"),
    DATE("落款(?!是?(哪|什么)[^，。？?]{0,3}(单位|部门|机关))|发布日期|发布时间|印发日期|印发时间|成文日期|落款日期|落款时间|哪天发|什么时候发|什么时候印发|什么时候出台的|啥时候发|啥时候印发|啥时候出台的|哪天印发|何时印发|何时发布|几号发|发文日期|发文时间|哪年发|哪年印发|(?<=是)(?<!(认定|考试|考核|评审|会议|开会|培训|活动|比赛|竞赛|决赛|初赛|复赛|开班|报名|开学|答辩|验收|面试|签约|场|轮)[^，,。？?\\s]{0,6})哪一?天(?=[、，,]|$)|(哪一?天|几号|什么时候|啥时候|何时)[^，,。？?\\s]{1,4}(发文|印发|下发)|(哪一?天|几号|什么时候|啥时候|何时)(出的|发出的|答复的|回复的|成文|编制的|制定的)"),
    PERIOD("有效期|执行期|实施期|实施期限|执行期限|有效期限|适用期|管多久|到哪年为止|哪几年|什么期间|还有效|过期|失效|有效吗|时效|"
            + "开始执行|开始实施|开始施行|起施行|起执行|起实施|生效|施行"),
    BASIS("依据|根据哪|根据什么|(根据|按照|依照)[^，。？?]{1,6}(哪|什么)[^，。？?]{0,3}(文件|政策|规定|精神|意见|通知|法规)|上位文件|上位政策|哪些国家文件|(贯彻|落实|执行)(的是)?([省市区县国][里级家]|上级|国家|中央)?哪(个|份|些|一个)?(文件|政策|方案|规划|计划|意见|通知|精神)|按照哪|出台背景|引用(的是|了)?(哪|什么)"),
    ATTACHMENTS("附件(?!材料)|(附了|后面附|后附|最后附)(的|了|有)?(什么|哪|啥|几)"), // 附件材料: the papers to hand in, not the annexes
    TITLE("标题|全称|全名|文件名|叫什么名|名称是|题目"),
    /**
     * The parts a document is divided into: its first-level headings (一、… or 第X章). 目录 only of a
     * document named so (方案的目录): "补贴目录", "按邯郸的目录" name a catalogue, which is the document.
     */
    OUTLINE("(分|包括|包含|有)了?(成|为)?(哪|几)几?(个|大)?(块|部分|方面|板块|章)|几大(块|部分|方面|板块)|框架|大纲"
            + "|(方案|意见|通知|办法|文件|规划|计划|报告|细则|汇编)的?目录|(总体|整体)结构"
            // "一共几章 都是什么": the chapters by name, not only their count
            + "|(几|多少)章[^，,。？?]{0,4}(都是|分别是|是哪|有哪|叫什么|是什么|都叫)|哪几章|哪些章"),
    /** Which chapter holds a topic: 补助政策在第几章, 考核是哪一章. */
    CHAPTER("第几章|哪一章|哪章|哪个章节|哪一个章节"),
    /** How many chapters and articles a regulation has: 一共几章几条. */
    ARTICLES("(一共|共|总共|总计)(有)?(几|多少)(章|条)|几章几条|(?<!第)(几|多少)章");

    private final Pattern asks;

    DocumentFact(String asks) {
        this.asks = Pattern.compile(asks);
    }

    /**
     * The document fact {@code question} asks for, or null. 依据 and 附件 are clause words too
     * (考核依据, 附件2的任务), so they count only with a word about documents or a list.
     */
    static DocumentFact askedBy(String question) {
        List<DocumentFact> all = allAskedBy(question);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every document fact {@code question} asks for ("哪两个厅发的，哪天发的" asks two). */
    /** A bare "what are they" after a count: 都是什么, 分别是哪些, 叫什么. */
    private static final Pattern BARE_WHAT = Pattern.compile("(都|分别|各)?(是|叫)(什么|哪些|哪几章|啥)[呢啊呀]?");

    static List<DocumentFact> allAskedBy(String question) {
        List<DocumentFact> out = new java.util.ArrayList<>();
        // Spaces part a question typed on a phone as commas do ("是哪个单位发的 哪天").
        for (String part : question.strip().split("[，,；;。？?、\\s]+")) {
            if (!out.isEmpty() && !out.contains(DATE) && BARE_WHEN.matcher(part).matches()) {
                out.add(DATE); // "哪个单位发的，哪天": a bare when after a fact of the document asks its date
                continue;
            }
            if (out.contains(ARTICLES) && !out.contains(OUTLINE) && BARE_WHAT.matcher(part).matches()) {
                out.add(0, OUTLINE); // "一共几章 都是什么": the chapters by name, then their count
                continue;
            }
            // "是哪个部门什么时候发布的" asks two in one breath: every fact the part asks, in the order asked.
            String p = part.isBlank() ? question : part;
            List<DocumentFact> found = new java.util.ArrayList<>();
            for (DocumentFact f : values()) {
                if (f.asks(p, question)) {
                    found.add(f);
                }
            }
            found.sort(java.util.Comparator.comparingInt(f -> {
                java.util.regex.Matcher m = f.asks.matcher(p);
                return m.find() ? m.start() : Integer.MAX_VALUE;
            }));
            for (DocumentFact f : found) {
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
            if (found.contains(DATE) && !out.contains(POSTED) && PUBLISHED.matcher(p).find()) {
                out.add(POSTED); // "哪天发布的": on a web page, the day it went online as well as the day it bears
            }
        }
        return out;
    }

    /** Asks when it was published (发布), not signed or printed. */
    private static final Pattern PUBLISHED = Pattern.compile("发布(?!会)");

    /** Whether {@code part} of {@code question} asks for this fact; whether it is about a document is read from the whole question. */
    private boolean asks(String part, String whole) {
        String question = part;
        if (!asks.matcher(part).find()) {
            return false;
        }
        if (OTHER_DOCUMENT.matcher(whole).find()) {
            return false; // "施行后要废止哪个文件，文号多少": another document's, which a clause names
        }
        if (WHY.matcher(part).find()) {
            return false; // "有效期为啥定3年": the reason a clause gives, not the fact itself
        }
        boolean aboutDocument = DOCUMENT_WORDS.matcher(whole).find();
        switch (this) {
            case BASIS -> {
                if (aboutDocument || question.matches(".*(哪些|哪个|什么)(国家|上级|省|市)?(文件|政策).*")) {
                    return true;
                }
            }
            case ATTACHMENTS -> {
                if ((question.matches(".*附件(有|是|都|包括|一共|共|里).*(哪|什么|几|啥).*") || question.matches(".*(哪些|哪几个|几个|什么)附件.*")
                        || question.matches(".*(附了|后面附|后附|最后附)(的|了|有)?(什么|哪|啥|几).*"))
                        && !question.matches(".*附件\\s*\\d.*")) {
                    return true;
                }
            }
            case PERIOD, ADDRESSEE -> {
                if (this == PERIOD && whole.matches(".*(认定|资格|称号|证书|授牌|协议|合同|名单|基地|学院|中心|平台|共同体|联合体|企业)[^。；;？?]{0,6}有效期.*")) {
                    return false; // "认定(以后)有效期几年" is a rule about the recognition, not the document's own period
                }
                if (this == PERIOD && !asks.matcher(BEFORE_OR_AFTER_START.matcher(part).replaceAll("")).find()) {
                    return false; // "办法施行前收的捐赠哪天前补办": the start only dates what is asked about
                }
                if (aboutDocument || question.matches(".*(有效期|执行期|实施期|主送).*")) {
                    return true;
                }
            }
            case DATE -> {
                if (question.matches(".*(时限|期限|截止日期|截止时间|截至|节点)是?(哪一?天|几号|什么时候).*") && !question.matches(".*(成文|印发|发文|落款|发布).*")) {
                    return false; // "整改时限是哪天": a deadline a clause sets, not the day the document was signed
                }
                if (aboutDocument || question.matches(".*(成文日期|印发|发文|落款).*")) { // 落款: only a document has one
                    return true;
                }
            }
            case TITLE, OUTLINE, CHAPTER, ARTICLES -> {
                if (aboutDocument) {
                    return true;
                }
            }
            default -> {
                return true;
            }
        }
        return false;
    }

    /** The start of a document as a point in time the question counts from (施行前, 实施以后), not what it asks. */
    private static final Pattern BEFORE_OR_AFTER_START = Pattern.compile("(施行|实施|执行|生效)(之|以)?(前|后)");

    /** A part asking only when, nothing else ("哪天", "什么时候的"). */
    private static final Pattern BARE_WHEN = Pattern.compile("(哪天|哪一天|哪日|几号|什么时候|啥时候|何时|什么时间|啥时间|哪年)(发的|印发的|出的|的)?[呢啊吗]?");

    /** Asks for a reason. */
    private static final Pattern WHY = Pattern.compile("为啥|为什么|为何|什么原因|啥原因");

    /** A question about a document this one repeals or replaces, not about this one. */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("废止|废除|取代|替代|同时失效"
            // "原来那个暂行办法还有效吗": an earlier document, which the new one's clause says what became of
            + "|(原来|原先|以前|之前|旧|老)的?(那个|那份|那一?版)?[^，,。？?]{0,20}(暂行办法|办法|文件|政策|方案|规定|细则|措施|要点|计划|规划|实施意见|若干意见)"
            // "各部门的申报指南什么时候发": documents each department issues later, which a clause dates
            + "|各(个)?(部门|单位|牵头部门|县区|县（市、区）|地)[^，,。？?]{0,4}(指南|通知|名单|公告)");

    /** Words that make a question about a document; a 文号 (鲁教职函〔2026〕9号) names one. */
    private static final Pattern DOCUMENT_WORDS = Pattern.compile("文件|方案|通知|意见|办法|要点|规划|政策|细则|措施|条例|规定|计划|指南|规则|决定|解读|纲要|纪要|通报|公告|公示|这个|该|本|此|它|文|国家"
            + "|报告|总结|汇编|答复|目标表|自评表|新闻|报道|稿子|图解|一图读懂|申报书|申请书|申请表|答疑|解答"
            + "|[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");
}
