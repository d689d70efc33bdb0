#!/usr/bin/env python3
"""Write fresh50/meitan-shouzeng-gongshi.html (虚构测试文档，非真实政策): the dev 公示 of the gifts of a half-year.

    cd fresh50/src && python3 make_meitan_html.py

Part (b) of the dev pair: 湄潭县教育局关于2026年上半年职业学校受赠情况的公示 (no 文号, 2026年7月20日), citing the 办法
(make_meitan_doc.py) by title and 文号 and its 条 by number (`《办法》第八条`, `《办法》第六条第（三）项`).

**Layout: a page of the county portal in UTF-8 whose two tables were pasted from Excel** — the site's header, navigation, a
breadcrumb, the title, an info line (发布时间 / 来源 / 字号), the article, and in it **two tables as Excel puts them on the
clipboard** (`<!--StartFragment-->`, a `<style>` block of `.xl65` … classes inside the article, `<table x:str>` with `<col>`
widths, `class=xlNN` cells, `x:num` on numbers, dates as Excel writes them (`2026/4/15`), a title row and a 单位 row inside the
table spanning all columns, **the cells of a gift with two items spanning both rows (`rowspan`)**, a 合计 row whose label spans
several columns (`colspan`), and Excel's hidden `<![if supportMisalignedColumns]>` row); the 落款, the site's footer (no ICP line,
which would name the province by its abbreviation); the note in an HTML comment, the `description` meta and the last lines.

Every value (items by the 办法's rules: invoice, **old machines at their price times the share left after 15 % a full year**,
market price, money received), every total (by school, by kind, all), every tier (school / filed / reviewed), the agreements and
receipts, the named rooms (a donor's total over the years against the 办法's thresholds), the refusals (years since made, a
commercial condition) and every date (filing within 5 working days but for the one late filing, the catch-up date of the 印发通知
for gifts taken before 施行, the review answer within 10 working days, the replies within 5, the 公示 within 30 days of the half-year
and its 7 days) is computed here from make_meitan_doc's figures and recomputed by ../check_fresh50.py.
"""
import datetime
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_meitan_doc as m  # noqa: E402
from common import D, NOTE, OUT_DIR, add_workdays, cn, cn_date, w, workdays_between  # noqa: E402,F401

NAME = "meitan-shouzeng-gongshi"
ISSUER = "湄潭县教育局"
DATE_D = D(2026, 7, 20)
DATE = cn_date(DATE_D)
PERIOD = (D(2026, 1, 1), D(2026, 6, 30))
HALF = "2026年上半年"
TITLE = f"{ISSUER}关于{HALF}职业学校受赠情况的公示"
PUB_END = DATE_D + datetime.timedelta(m.PUB_MIN - 1)
POSTED = "2026-07-20 16:05"
SITE = "湄潭县人民政府"

SCHOOLS = ["湄潭县茶乡职业技术学校", "湄潭县鼎新中等专业学校", "湄潭县兴农中等职业学校"]
# donors: key → (name, kind)
DONORS = {
    "xc": ("湄潭县兴茶机械制造有限公司", "企业"),
    "cy": ("湄潭县翠芽茶业有限公司", "企业"),
    "hy": ("湄潭县宏远汽车销售服务有限公司", "企业"),
    "xm": ("湄潭县鑫茂电气设备有限公司", "企业"),
    "sc": ("湄潭县赛驰新能源科技有限公司", "企业"),
    "yc": ("湄潭县云创电子商务有限公司", "企业"),
    "lm": ("湄潭县绿茗包装有限公司", "企业"),
    "cl": ("湄潭县茶旅文化促进会", "社会组织"),
    "nm": ("匿名捐赠人", "个人"),
}
# items: (name, quantity, unit, basis, price) — basis "invoice" (发票金额 a unit), ("old", years since made) (原购置价格 a unit),
# "market" (同类产品市场价格 a unit), "cash" (quantity None: the money received)
# gifts: (school, donor, items, use, accepted (验收合格 / 到账), filed (备案) or None, review (报审, 同意) or None)
GIFTS = [
    (0, "xc", [("揉捻机", 2, "台", ("old", 2), 68000), ("杀青机", 1, "台", "invoice", 42800)], "茶叶加工实训室",
     D(2026, 4, 15), D(2026, 4, 20), None),
    (0, "cy", [("资金", None, None, "cash", 200000)], "茶艺实训室建设（定向）", D(2026, 2, 10), D(2026, 4, 24), None),
    (1, "hy", [("教学用整车", 2, "辆", "market", 86500), ("汽车故障诊断仪", 4, "台", ("old", 1), 9600)], "汽车运用与维修实训",
     D(2026, 5, 8), D(2026, 5, 13), None),
    (1, "xm", [("电工实训台", 10, "套", "invoice", 5800)], "电气技术实训室", D(2026, 6, 1), D(2026, 6, 12), None),
    (1, "sc", [("新能源汽车实训平台", 2, "套", "invoice", 268000)], "新能源汽车实训室", D(2026, 5, 18), None,
     (D(2026, 4, 22), D(2026, 4, 30))),
    (2, "yc", [("直播设备", 1, "套", "invoice", 36500)], "电子商务实训室", D(2026, 3, 20), None, None),
    (2, "cl", [("资金", None, None, "cash", 30000)], "学生奖助（定向）", D(2026, 5, 26), None, None),
    (0, "nm", [("资金", None, None, "cash", 8000)], "学生奖助", D(2026, 6, 10), None, None),
    (2, "lm", [("茶叶包装耗材", 1, "批", "market", 12600)], "茶叶加工实训耗材", D(2026, 6, 16), None, None),
]
LATE = 3                                   # the gift filed late (index in GIFTS)
EARLIER = {"cy": (0, 120000, 2025)}        # donor → (school, amount given before this half-year, year)
# named rooms: donor → (what was asked, name given, approved on)
NAMED = {"cy": ("实训室", "翠芽茶艺实训室", D(2026, 5, 12)),
         "sc": ("实训中心", "赛驰新能源汽车实训室", D(2026, 6, 3))}
# letters of intent refused: (received, answered, school, who, what, key of the 办法's item, detail)
REFUSED = [
    (D(2026, 4, 27), D(2026, 4, 30), 1, "一家机床经销企业", "数控车床3台", "ref_3", 7),
    (D(2026, 5, 20), D(2026, 5, 22), 2, "一家教学软件企业", f"资金{w(50000)}", "ref_1", None),
]
CONTACT = m.CONTACTS[0]
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：湄潭县为真实地名，学校、捐赠人、受赠财产、价值、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def share(years):
    """成新率 in % of an old machine made `years` full years ago"""
    return 100 - years * m.STEP


def unit_value(item):
    _, _, _, basis, price = item
    if isinstance(basis, tuple):
        return price * share(basis[1]) // 100
    return price


def item_value(item):
    return unit_value(item) * (item[1] or 1)


def gift_value(g):
    return sum(item_value(i) for i in g[2])


def is_cash(g):
    return all(i[3] == "cash" for i in g[2])


def tier(g):
    v = gift_value(g)
    return "school" if v < m.SCHOOL_BELOW else ("review" if v >= m.REVIEW_FROM else "filed")


TIER = {"school": "校长办公会研究决定", "filed": "报县教育局备案", "review": "县教育局审核同意"}


def method(item):
    basis = item[3]
    if isinstance(basis, tuple):
        return f"原购置价格{item[4]}元×成新率{share(basis[1])}%"
    return {"invoice": "发票金额", "market": "同类产品市场价格", "cash": "实际到账金额"}[basis]


def totals():
    by_school = []
    for s in range(len(SCHOOLS)):
        gs = [g for g in GIFTS if g[0] == s]
        cash = sum(gift_value(g) for g in gs if is_cash(g))
        goods = sum(gift_value(g) for g in gs if not is_cash(g))
        by_school.append((len(gs), cash, goods, cash + goods))
    n, cash, goods = len(GIFTS), sum(x[1] for x in by_school), sum(x[2] for x in by_school)
    kinds = [DONORS[g[1]][1] for g in GIFTS]
    return dict(by_school=by_school, n=n, cash=cash, goods=goods, total=cash + goods, donors=len({g[1] for g in GIFTS}),
                firms=kinds.count("企业"), orgs=kinds.count("社会组织"), people=kinds.count("个人"),
                tiers={t: sum(1 for g in GIFTS if tier(g) == t) for t in TIER},
                agreements=sum(1 for g in GIFTS if gift_value(g) >= m.AGREEMENT_FROM),
                receipts=sum(1 for g in GIFTS if g[1] != "nm"),
                before=[g for g in GIFTS if g[4] < m.EFFECTIVE])


def cumulative(donor):
    earlier = EARLIER.get(donor, (None, 0, None))[1]
    return earlier + sum(gift_value(g) for g in GIFTS if g[1] == donor)


HEAD1 = ["序号", "受赠学校", "捐赠人", "受赠财产", "数量", "单价（元）", "价值确认方式", "确认价值（元）", "用途", "接受日期",
         "办理方式"]
HEAD2 = ["受赠学校", "笔数", "资金（元）", "设备和物资（元）", "合计（元）"]


def xdate(d):
    return f"{d.year}/{d.month}/{d.day}"


def table1_rows():
    """the rows as they read once the rowspan cells are filled: one row an item"""
    rows = []
    for k, g in enumerate(GIFTS, 1):
        for it in g[2]:
            cash = it[3] == "cash"
            rows.append([str(k), SCHOOLS[g[0]], DONORS[g[1]][0], it[0], "—" if cash else f"{it[1]}{it[2]}",
                         "—" if cash else str(unit_value(it)), method(it), str(item_value(it)), g[3], xdate(g[4]),
                         TIER[tier(g)]])
    t = totals()
    rows.append(["合计"] * 7 + [str(t["total"])] + [""] * 3)
    return rows


def table2_rows():
    t = totals()
    rows = [[SCHOOLS[s]] + [str(x) for x in t["by_school"][s]] for s in range(len(SCHOOLS))]
    rows.append(["合计", str(t["n"]), str(t["cash"]), str(t["goods"]), str(t["total"])])
    return rows


def paragraphs():
    t = totals()
    c = m.cite
    old = [(g, it) for g in GIFTS for it in g[2] if isinstance(it[3], tuple)]
    late = GIFTS[LATE]
    rv = next(g for g in GIFTS if g[6])
    P = []
    P.append(f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）{c('county_pub')}规定，现将{cn_date(PERIOD[0])}至"
             f"{cn_date(PERIOD[1], False)}全县职业学校受赠情况公示如下。")
    P.append("一、总体情况")
    P.append(f"{HALF}，全县{len(SCHOOLS)}所职业学校共接受捐赠{t['n']}笔，捐赠人{t['donors']}个（企业{t['firms']}家、社会组织"
             f"{t['orgs']}家、个人{t['people']}名），确认价值合计{t['total']}元，其中资金{t['cash']}元、设备和物资{t['goods']}元。"
             f"按照《办法》{c('grade')}分级管理，由学校校长办公会研究决定{t['tiers']['school']}笔，报县教育局备案{t['tiers']['filed']}"
             f"笔，经县教育局审核同意后接受{t['tiers']['review']}笔（{SCHOOLS[rv[0]]}{cn_date(rv[6][0], False)}报送，县教育局会同县财政局"
             f"于{cn_date(rv[6][1], False)}书面同意）。单笔确认价值{w(m.AGREEMENT_FROM)}以上的{t['agreements']}笔均已"
             f"签订捐赠协议；各校共开具公益事业捐赠票据{t['receipts']}份（匿名捐赠人未要求开具）。")
    P.append(f"《办法》施行前接受的{len(t['before'])}笔捐赠，已按照印发通知要求于{cn_date(m.CATCH_UP_BY)}前补办入账、备案手续。")
    P.append("二、受赠明细")
    P.append("[[TABLE1]]")
    P.append("各校受赠汇总如下：")
    P.append("[[TABLE2]]")
    P.append("三、旧设备价值确认")
    parts = []
    for g, it in old:
        yrs = it[3][1]
        parts.append(f"{DONORS[g[1]][0]}捐赠{SCHOOLS[g[0]]}的{it[0]}{it[1]}{it[2]}，原购置价格每{it[2]}{it[4]}元，出厂满{yrs}年，"
                     f"成新率为100%－{yrs}×{m.STEP}%＝{share(yrs)}%，确认价值{it[4]}×{share(yrs)}%×{it[1]}＝{item_value(it)}元")
    P.append("；".join(parts) + f"（《办法》{c('val_2')}）。")
    P.append("四、冠名情况")
    for d, (asked, given, on) in NAMED.items():
        g = next(x for x in GIFTS if x[1] == d)
        school, donor, total = SCHOOLS[g[0]], DONORS[d][0], cumulative(d)
        end = on.replace(year=on.year + m.ROOM_YEARS) - datetime.timedelta(1)
        if d in EARLIER:
            _, before, year = EARLIER[d]
            P.append(f"{donor}{year}年已向{school}捐赠资金{w(before)}，本次捐赠{w(gift_value(g))}后累计捐赠确认价值{w(total)}，达到"
                     f"《办法》{c('naming')}规定的{w(m.ROOM_FROM)}以上，经县教育局{cn_date(on)}批准，冠名“{given}”，冠名期限"
                     f"{m.ROOM_YEARS}年（{cn_date(on)}至{cn_date(end)}）。")
        else:
            P.append(f"{donor}申请冠名{school}新能源汽车{asked}，其累计捐赠确认价值{total}元，不足{w(m.CENTRE_FROM)}，经县教育局"
                     f"{cn_date(on)}批准冠名“{given}”，冠名期限{m.ROOM_YEARS}年（{cn_date(on)}至{cn_date(end)}）。")
    P.append("五、不予接受的捐赠")
    for k, (got, ans, s, who, what, key, yrs) in enumerate(REFUSED, 1):
        if key == "ref_3":
            why = f"经审查出厂已满{yrs}年，超过《办法》{c(key)}规定的{m.OLD_MAX}年"
        else:
            why = f"但要求学校采购其教学软件，属于《办法》{c(key)}规定的附加商业条件情形"
        P.append(f"（{cn(k)}）{cn_date(got, False)}，{who}向{SCHOOLS[s]}提交捐赠意向书，拟捐赠{what}，{why}，学校于"
                 f"{cn_date(ans, False)}书面答复不予接受。")
    P.append("六、发现的问题")
    P.append(f"{SCHOOLS[late[0]]}{cn_date(late[4], False)}接受{DONORS[late[1]][0]}捐赠的{late[2][0][0]}（确认价值"
             f"{gift_value(late)}元），{cn_date(late[5], False)}才报县教育局备案，超过《办法》{c('grade')}规定的{m.FILE_DAYS}个工作日，"
             f"县教育局已责令该校限期整改（《办法》{c('liable')}）。")
    P.append("七、公示期和意见反馈")
    P.append(f"公示期为{cn_date(DATE_D)}至{cn_date(PUB_END, False)}（{m.PUB_MIN}日）。对公示内容有异议的，请在公示期内向{CONTACT[0]}"
             f"反映，联系人：{CONTACT[1]}，电话：{CONTACT[2]}。")
    return P


# ---------------------------------------------------------------- the Excel-pasted tables
STYLE = """<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl65
	{mso-style-parent:style0;
	font-size:16.0pt;
	font-weight:700;
	font-family:方正小标宋简体, monospace;
	text-align:center;
	vertical-align:middle;}
.xl66
	{mso-style-parent:style0;
	font-size:10.0pt;
	text-align:right;
	vertical-align:middle;}
.xl67
	{mso-style-parent:style0;
	font-size:10.0pt;
	font-weight:700;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl68
	{mso-style-parent:style0;
	font-size:10.0pt;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl69
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"0_ ";
	text-align:right;
	vertical-align:middle;
	border:.5pt solid windowtext;}
.xl70
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"yyyy\\/m\\/d";
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;}
-->
</style>"""


def td(text, cls="xl68", rs=1, cs=1, num=False, extra=""):
    a = f" rowspan={rs}" if rs > 1 else ""
    a += f" colspan={cs}" if cs > 1 else ""
    a += f" x:num=\"{text}\"" if num else ""
    return f"<td{a} class={cls}{extra}>{text if text else '&nbsp;'}</td>"


def excel_table(cols, title_rows, head, body):
    """an Excel clipboard table: <col> widths, title rows spanning all columns, the header, the body rows (lists of td strings)"""
    n = len(cols)
    o = [f"<table x:str border=0 cellpadding=0 cellspacing=0 width={sum(cols)} style='border-collapse:collapse;"
         f"table-layout:fixed;width:{sum(cols) * 3 // 4}pt'>"]
    o += [f" <col width={c} style='mso-width-source:userset;width:{c * 3 // 4}pt'>" for c in cols]
    for text, cls, h in title_rows:
        o.append(f" <tr height={h} style='mso-height-source:userset;height:{h * 3 / 4:.1f}pt'>")
        o.append(f"  <td colspan={n} height={h} class={cls} width={sum(cols)} style='height:{h * 3 / 4:.1f}pt;"
                 f"width:{sum(cols) * 3 // 4}pt'>{text}</td>")
        o.append(" </tr>")
    o.append(" <tr height=40 style='mso-height-source:userset;height:30.0pt'>")
    o += ["  " + td(h, "xl67") for h in head]
    o.append(" </tr>")
    for r in body:
        o.append(" <tr height=36 style='mso-height-source:userset;height:27.0pt'>")
        o += ["  " + c for c in r]
        o.append(" </tr>")
    o.append(" <![if supportMisalignedColumns]>")
    o.append(" <tr height=0 style='display:none'>")
    o += [f"  <td width={c} style='width:{c * 3 // 4}pt'></td>" for c in cols]
    o.append(" </tr>")
    o.append(" <![endif]>")
    o.append("</table>")
    return "\n".join(o)


def table1_html():
    body = []
    for k, g in enumerate(GIFTS, 1):
        n = len(g[2])
        for j, it in enumerate(g[2]):
            cash = it[3] == "cash"
            r = []
            if j == 0:
                r += [td(str(k), rs=n, num=True), td(SCHOOLS[g[0]], rs=n), td(DONORS[g[1]][0], rs=n)]
            r += [td(it[0]), td("—" if cash else f"{it[1]}{it[2]}"),
                  td("—", "xl68") if cash else td(str(unit_value(it)), "xl69", num=True), td(method(it)),
                  td(str(item_value(it)), "xl69", num=True)]
            if j == 0:
                r += [td(g[3], rs=n), td(xdate(g[4]), "xl70", rs=n, extra=f" x:num=\"{(g[4] - D(1899, 12, 30)).days}\""),
                      td(TIER[tier(g)], rs=n)]
            body.append(r)
    t = totals()
    body.append([td("合计", "xl67", cs=7), td(str(t["total"]), "xl69", num=True), td("", cs=3)])
    cols = [36, 150, 170, 110, 52, 72, 150, 84, 120, 78, 110]
    return excel_table(cols, [(f"{HALF}湄潭县职业学校受赠明细表", "xl65", 40), ("单位：元", "xl66", 24)], HEAD1, body)


def table2_html():
    body = [[td(r[0])] + [td(x, "xl69", num=True) for x in r[1:]] for r in table2_rows()[:-1]]
    last = table2_rows()[-1]
    body.append([td("合计", "xl67")] + [td(x, "xl69", num=True) for x in last[1:]])
    return excel_table([170, 60, 100, 120, 100], [("各校受赠汇总表", "xl65", 36)], HEAD2, body)


def page():
    paras = []
    for p in paragraphs():
        if p == "[[TABLE1]]":
            paras.append("<!--StartFragment-->\n" + STYLE + "\n" + table1_html() + "\n<!--EndFragment-->")
        elif p == "[[TABLE2]]":
            paras.append("<!--StartFragment-->\n" + table2_html() + "\n<!--EndFragment-->")
        elif p[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、"):
            paras.append(f'<p style="text-indent:2em;"><strong>{p}</strong></p>')
        else:
            paras.append(f'<p style="text-indent:2em;">{p}</p>')
    body = "\n".join(paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="description" content="{NOTE}">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="{POSTED}">
<meta name="ContentSource" content="县教育局">
<title>{TITLE}_通知公告_{SITE}</title>
<link rel="stylesheet" href="/static/css/common.css">
<!-- {NOTE_TEXT} -->
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问{SITE}门户网站</span><span class="fr"><a href="/">无障碍浏览</a> | <a href="/">长者模式</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/">{SITE}</a>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmt/">走进湄潭</a></li></ul></div>
<div class="w1200 main">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="article">
<h1 class="title">{TITLE}</h1>
<div class="info"><span>发布时间：{POSTED}</span><span>来源：县教育局</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="content" id="zoom">
{body}
<p style="text-align:right;">{ISSUER}</p>
<p style="text-align:right;">{DATE}</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办：{SITE}办公室　承办：湄潭县大数据发展中心</p>
<p>联系电话：0851-24520000　网站标识码：5203280001</p>
<p class="note">{NOTE_TEXT}</p>
<p class="note">{NOTE}。</p>
</div></div>
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def main():
    path = os.path.join(OUT_DIR, NAME + ".html")
    open(path, "w", encoding="utf-8", newline="\n").write(page())
    t = totals()
    print("wrote", path, {k: v for k, v in t.items() if k != "before"})


if __name__ == "__main__":
    main()
