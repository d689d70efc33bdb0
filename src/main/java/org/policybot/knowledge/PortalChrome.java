package org.policybot.knowledge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The furniture of government portal pages that survives HTML cleaning as text: 【打印本页】
 * 【关闭窗口】, 分享到, 字号 大 中 小, 上一篇/下一篇, 扫一扫, and the 来源/发布时间/浏览次数 line.
 * A line is chrome only when it is made of such items and nothing else, so a sentence that
 * mentions 打印 stays a clause.
 */
final class PortalChrome {
    private PortalChrome() {
    }

    /**
     * What may follow a source's name on an info line whose items were joined without spaces
     * ("来源：宜宾市教育和体育局发布时间：2026-04-09"): the next item's label, a bracket or the end.
     */
    private static final String NEXT_LABEL = "(发布|发文|成文|印发)(时间|日期)|(浏览|访问|点击|阅读)(次数|量|数)?[:：]|作者[:：]|编辑[:：]|[\\s\u3000|｜【\\[]|$";

    /** One item of chrome; the line must be nothing but these, brackets and separators. */
    private static final Pattern ITEM = Pattern.compile(
            "【[^】]{0,12}】|\\[[^\\]]{0,12}]"
            + "|打印本页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部|返回|我要纠错|纠错"
            + "|分享到[:：]?(\\s*(微信|微博|新浪微博|QQ空间|QQ|朋友圈|豆瓣|腾讯微博))*|分享"
            + "|(字号|字体)[:：]?\\s*[大中小]?\\s*[大中小]?\\s*[大中小]?|默认|[大中小](?=\\s|$|】|\\])"
            + "|上一篇[:：].*|下一篇[:：].*|上一篇|下一篇"
            + "|扫一扫[^，。]{0,20}|用手机扫描二维码[^，。]{0,20}|在手机上打开|手机扫码"
            + "|(信息)?来源[:：]\\s*[^\\s\u3000]{0,30}?(?=" + NEXT_LABEL + ")|(发布|发文|成文|印发)(时间|日期)[:：]\\s*[0-9年月日\\-/. :]{4,20}"
            + "|" + IndexNumber.LINE.pattern()
            + "|(浏览|访问|点击|阅读)(次数|量|数)?[:：]\\s*\\d*|作者[:：][^\\s]{0,12}|编辑[:：][^\\s]{0,12}"
            // a WeChat article's furniture: 点击蓝字 关注我们, 长按识别二维码, 阅读原文, 阅读 2356, 在看 18, 审核：…
            + "|点击(上方)?蓝字\\s*关注(我们)?|长按(识别)?(图中)?二维码(关注)?|扫码关注|阅读原文|(阅读|在看|点赞|分享)\\s*\\d+"
            + "|(审核|责编|责任编辑|校对|排版|美编)[:：][^\\s]{0,12}"
            // the site footer: 主办：…　承办：…　网站标识码：…　新ICP备…号　…公网安备…号
            + "|(主办|承办|协办)(单位)?[:：]\\s*[^\\s\u3000]{2,30}|网站标识码[:：]?\\s*\\w{4,16}"
            + "|\\p{IsHan}?ICP备\\s*\\d+号(-\\d+)?|\\p{IsHan}?公网安备\\s*\\d+号");
    /** A line opening with who hosts (主办单位：…), on a site's footer or in an event's plan. */
    private static final Pattern ORGANIZER = Pattern.compile("(主办|承办|协办)(单位)?[:：]");
    /** What only a site's footer has. */
    private static final Pattern SITE_FOOTER = Pattern.compile("网站标识码|ICP备|公网安备|网站|版权所有|Copyright", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\u3000|｜/、·•>＞»-]+");
    static final Pattern SOURCE = Pattern.compile("来源[:：]\\s*([^\\s\u3000|｜]{2,30}?)(?=" + NEXT_LABEL + ")");
    /** "您当前的位置：首页 > 政务公开 > 政策解读": where the page sits in the site, not what it says. */
    private static final Pattern BREADCRUMB = Pattern.compile("^((您(当前)?的?|当前)(所在)?位置[:：]\\s*首页.{0,80}|首页\\s*[>＞»](\\s*[^>＞»。，]{1,12}\\s*[>＞»])*\\s*[^>＞»。，]{1,12})$");
    static final Pattern PUBLISHED = Pattern.compile(
            "(发布|发文|成文|印发)(时间|日期)[:：]\\s*(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:\\s*(\\d{1,2}:\\d{2})(?!\\d))?");


    /**
     * The line under a 公众号 article's title as copied from it: 原创, the author and the account, the day and the minute it
     * went out, the province it was posted from (原创 XX发布 XX发布 2026年05月20日 18:30 新疆). The minute tells it from a
     * signature (XX局　2026年5月20日).
     */
    static final Pattern ACCOUNT_BYLINE = Pattern.compile("^(?:原创[\\s\u3000]*)?(?:[^\\s\u3000]{2,40}[\\s\u3000]+){1,2}"
            + "(\\d{4})(?:年|-)(\\d{1,2})(?:月|-)(\\d{1,2})日?[\\s\u3000]+(\\d{1,2}:\\d{2})(?:[\\s\u3000]*\\p{IsHan}{2,3})?$");

    /** Whether the whole line is portal furniture (and not policy text). */
    static boolean isChrome(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 120 || t.contains("。")) {
            return false;
        }
        if (ACCOUNT_BYLINE.matcher(t).matches()) {
            return true;
        }
        if (BREADCRUMB.matcher(t).matches()) {
            return true;
        }
        if (ORGANIZER.matcher(t).lookingAt() && ORGANIZER.matcher(t).results().count() == 1 && !SITE_FOOTER.matcher(t).find()) {
            // "承办单位：济源太行职业技术学院", a line of an event's plan: a site's footer names 主办 and 承办 on one line,
            // or its 网站标识码 or ICP备 with them
            return false;
        }
        Matcher m = ITEM.matcher(t);
        int pos = 0;
        boolean any = false;
        while (m.find()) {
            if (!SEPARATORS.matcher(t.substring(pos, m.start())).replaceAll("").isEmpty()) {
                return false; // words between the items: a sentence, not chrome
            }
            if (m.end() == m.start()) {
                continue;
            }
            any = true;
            pos = m.end();
        }
        return any && SEPARATORS.matcher(t.substring(pos)).replaceAll("").isEmpty();
    }

    /**
     * The source and date a chrome line states (来源：…, 发布时间：…), added to {@code meta} where it
     * has none. The source is kept as {@code source}: the issuer only when the text's own letterhead
     * or signature names none (a page of two bureaus' notice is posted by one of them).
     */
    static void readMeta(String line, Map<String, String> meta) {
        Matcher s = SOURCE.matcher(line);
        if (s.find() && !s.group(1).matches(".*(网|网站|门户|客户端)$")) {
            meta.putIfAbsent("source", s.group(1));
        }
        Matcher index = IndexNumber.LINE.matcher(line);
        if (index.find()) {
            meta.putIfAbsent("indexno", index.group(1));
        }
        Matcher account = ACCOUNT_BYLINE.matcher(line.strip());
        if (account.matches()) {
            String day = String.format("%s-%02d-%02d", account.group(1), Integer.parseInt(account.group(2)), Integer.parseInt(account.group(3)));
            meta.putIfAbsent("date", day);
            meta.putIfAbsent("posted", day + " " + account.group(4));
        }
        Matcher d = PUBLISHED.matcher(line);
        while (d.find()) {
            String day = String.format("%s-%02d-%02d", d.group(3), Integer.parseInt(d.group(4)), Integer.parseInt(d.group(5)));
            if (d.group(1).equals("发布")) {
                meta.putIfAbsent("date", day);
                // the page's own day and, where it shows it, hour, which a question on when it went online asks
                meta.putIfAbsent("posted", d.group(6) == null ? day : day + " " + d.group(6));
            } else if (meta.putIfAbsent("written", day) == null) {
                // 成文日期 (印发, 发文): the document's own day, before a 发布 day read first; not the day it went online
                meta.put("date", day);
            }
        }
    }

    /** A page's number in the 政府信息公开 catalogue (索引号), as its info table or a copied info line gives it. */
    static final class IndexNumber {
        private IndexNumber() {
        }

        /** "索引号：" (labels often spaced: 索 引 号). */
        static final Pattern LABEL = Pattern.compile("^索\\s*引\\s*号\\s*[:：]?\\s*");
        /** Letters, digits and separators (11330300002649789X/2026-00058, TLFGW-2026-00062). */
        static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-/._]{3,59}");
        /** "索引号：TLFGW-2026-00062" on an info line, the value as group 1. */
        static final Pattern LINE = Pattern.compile("索\\s*引\\s*号[:：]\\s*(" + VALUE.pattern() + ")");
    }
}
