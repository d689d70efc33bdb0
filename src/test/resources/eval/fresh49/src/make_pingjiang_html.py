#!/usr/bin/env python3
"""Write fresh49/pingjiang-baoxian-gongshi.html (虚构测试文档，非真实政策): the held-out half-yearly 公示 of the 统一投保.

    cd fresh49/src && python3 make_pingjiang_html.py

Part (b) of the held-out pair: 平江县教育局关于2026年上半年职业院校学生实习保险统一投保和理赔情况的公示 (2026年7月17日), citing the
细则 (make_pingjiang_docx.py) by title and 文号 and its 条 by number (`《细则》第九条`, `《细则》第十六条第（三）项`).

**Layout: a page of an old county site (a table-layout CMS) saved in GBK** — `<meta http-equiv="Content-Type"
content="text/html; charset=gb2312">`, the bytes GBK (read as GB18030 by ../../tools/evalset.py), **the page laid out with nested
`<table>`s** (banner, a navigation row, a left column of links, the article in the right cell), the title, an info line (发布日期 /
来源 / 点击), `<p>` paragraphs, **two data tables: the premiums per school with a two-row header (`colspan` groups 认识实习 /
岗位实习 / 保费（元） over their columns, `rowspan` on 学校) and a 合计 row; the claims, one a row**, the 落款, 【打印】【关闭】,
the footer (版权所有 / 地址 / 技术支持; no ICP line, which would name the province by its abbreviation); the note in an HTML
comment, the `description` meta and the footer's last lines.

Every figure (人天 and 人月 × the fee, the county's 40 % only for firms in the county, the school's and the firms' shares, the
totals; the claims — (medical costs − what the social medical insurance paid) × 90 %, the hospital days, the advance of 30 % —,
the counts, the sums) and every date (the 结算清单 within 10 working days of the quarter, the payment within 15 days of it, the
公示 of 7 days) is computed here from make_pingjiang_docx's figures and recomputed by ../check_fresh49.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_pingjiang_docx as m  # noqa: E402
from common import D, NOTE, OUT_DIR, add_workdays, cn_date, w  # noqa: E402,F401

NAME = "pingjiang-baoxian-gongshi"
ISSUER = "平江县教育局"
DATE_D = D(2026, 7, 17)                  # published; the 公示 starts the same day
DATE = cn_date(DATE_D)
TITLE = "平江县教育局关于2026年上半年职业院校学生实习保险统一投保和理赔情况的公示"
SPAN = (D(2026, 4, 1), D(2026, 6, 30))
INSURER = "润和财产保险股份有限公司平江支公司"
TENDER_D = D(2026, 3, 20)
SERVICE = (D(2026, 4, 1), D(2029, 3, 31))
SERVICE_POINT = "县政务服务中心一楼东侧"
HOTLINE = "0730-6231195"
# every school: (name, 认识实习 students, days each, 岗位实习 students, 人月 with firms in the county, 人月 with firms outside)
SCHOOLS = [
    ("平江县职业技术学校", 240, 5, 380, 620, 410),
    ("平江县启明中等职业学校", 120, 3, 150, 300, 126),
    ("平江县技工学校", 80, 4, 210, 420, 180),
]
# every claim: (出险, 报案, school index, firm or None, in the county, what happened, medical costs, paid by the social medical
#               insurance, hospital days, status "paid" / "advance" / "refused", reason key, expected costs for an advance)
CLAIMS = [
    (D(2026, 4, 22), D(2026, 4, 22), 0, "平江县华兴电子科技有限公司", True, "装配时手指划伤", 2600, 1400, 0, "paid", None, None),
    (D(2026, 5, 9), D(2026, 5, 10), 1, "华锐精密制造有限公司", False, "车间滑倒致左腕骨折", 9800, 5600, 6, "paid", None, None),
    (D(2026, 5, 28), D(2026, 5, 28), 2, "平江县鑫源食品有限公司", True, "蒸汽管道烫伤", None, None, 0, "advance", None, 20000),
    (D(2026, 6, 3), D(2026, 6, 4), 0, None, None, "请假回家探亲途中摔伤", None, None, 0, "refused", "ex_3", None),
    (D(2026, 6, 15), D(2026, 6, 15), 1, "平江县恒通物流有限公司", True, "分拣货物时扭伤腰部", None, None, 0, "refused", "ex_4", None),
    (D(2026, 6, 24), D(2026, 6, 27), 2, "金拓机械有限公司", False, "操作折弯机时右手夹伤", 4800, 3000, 0, "paid", None, None),
]
NOT_ENTERED_UNTIL = D(2026, 6, 17)       # claim 5: the student entered into the 平台 only then
SCHOOL_BORE = 3150                       # claim 5: what the school paid itself (《细则》第十九条)
NOTE_TEXT = ("本页为虚构测试文档，非真实政策：平江县为真实地名，承保机构、学校、实习单位、人数、保费、事故、赔款、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def premium(s):
    """(保费合计, 职业院校承担, 县财政补助, 实习单位承担) of a school"""
    _, v, days, _, inside, outside = s
    visit = v * days * m.FEE_DAY
    post = (inside + outside) * m.FEE_MONTH
    sub = inside * m.FEE_MONTH * m.SUBSIDY // 100
    return visit + post, visit, sub, post - sub


def totals():
    ps = [premium(s) for s in SCHOOLS]
    return dict(schools=len(SCHOOLS), visit=sum(s[1] for s in SCHOOLS), days=sum(s[1] * s[2] for s in SCHOOLS),
                post=sum(s[3] for s in SCHOOLS), inside=sum(s[4] for s in SCHOOLS), outside=sum(s[5] for s in SCHOOLS),
                total=sum(p[0] for p in ps), school=sum(p[1] for p in ps), subsidy=sum(p[2] for p in ps), unit=sum(p[3] for p in ps))


def items(c):
    _, _, _, _, _, _, med, social, days, status, _, expected = c
    out = []
    if status == "paid":
        out.append(("医疗费用", f"（{med}－{social}）×{m.MED_RATE}%＝{(med - social) * m.MED_RATE // 100}元",
                    (med - social) * m.MED_RATE // 100))
        if days:
            out.append(("住院补贴", f"{days}天×{m.ALLOWANCE}元＝{days * m.ALLOWANCE}元", days * m.ALLOWANCE))
    if status == "advance":
        out.append(("先行支付", f"{expected}×{m.ADVANCE_SHARE}%＝{expected * m.ADVANCE_SHARE // 100}元", expected * m.ADVANCE_SHARE // 100))
    return out


def paid(c):
    return sum(a for _, _, a in items(c))


def claim_totals():
    return dict(n=len(CLAIMS), paid=sum(1 for c in CLAIMS if c[9] == "paid"), advance=sum(1 for c in CLAIMS if c[9] == "advance"),
                refused=sum(1 for c in CLAIMS if c[9] == "refused"), paid_sum=sum(paid(c) for c in CLAIMS if c[9] == "paid"),
                advance_sum=sum(paid(c) for c in CLAIMS if c[9] == "advance"), all_sum=sum(paid(c) for c in CLAIMS))


def settle_by():
    return add_workdays(SPAN[1], m.SETTLE_DAYS)


def pay_by():
    return settle_by() + datetime.timedelta(m.PAY_DAYS)


def publicity_end():
    return DATE_D + datetime.timedelta(m.PUBLIC_DAYS - 1)


HEAD_TOP = [("学校", 2, 1), ("认识实习", 1, 2), ("岗位实习", 1, 3), ("保费（元）", 1, 4)]
HEAD_SUB = ["人数", "人天", "人数", "县内实习单位（人月）", "县外实习单位（人月）", "合计", "职业院校承担", "县财政补助", "实习单位承担"]
HEAD2 = ["序号", "出险日期", "学校", "实习单位", "事故情况", "赔付（元）", "处理结果"]


def table1_rows():
    rows = []
    for s in SCHOOLS:
        rows.append([s[0], str(s[1]), str(s[1] * s[2]), str(s[3]), str(s[4]), str(s[5])] + [str(x) for x in premium(s)])
    t = totals()
    rows.append(["合计", str(t["visit"]), str(t["days"]), str(t["post"]), str(t["inside"]), str(t["outside"]), str(t["total"]),
                 str(t["school"]), str(t["subsidy"]), str(t["unit"])])
    return rows


def result(c):
    if c[9] == "paid":
        return "已赔付"
    if c[9] == "advance":
        return "已先行支付，治疗中"
    return f"不予赔付（《细则》{m.cite(c[10])}）"


def table2_rows():
    return [[str(k), cn_date(c[0], False), SCHOOLS[c[2]][0], c[3] or "—", c[5], str(paid(c)), result(c)]
            for k, c in enumerate(CLAIMS, 1)]


def paragraphs():
    t, ct = totals(), claim_totals()
    c = m.cite
    P = []
    P.append(("p", f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《细则》）{c('public')}规定，现将{cn_date(SPAN[0])}至{cn_date(SPAN[1], False)}"
                   "全县职业院校学生实习保险统一投保和理赔情况公示如下："))
    P.append(("h", "一、承保机构"))
    P.append(("p", f"{cn_date(TENDER_D)}，县公共资源交易中心受县教育局委托组织公开招标，{INSURER}中标，承保期限为{cn_date(SERVICE[0])}至"
                   f"{cn_date(SERVICE[1])}（《细则》{c('insurer')}）。理赔服务点设在{SERVICE_POINT}，理赔服务电话：{HOTLINE}。"))
    P.append(("h", "二、投保和保费情况"))
    P.append(("p", f"上半年全县{t['schools']}所职业院校通过平台为{t['visit']}名认识实习学生和{t['post']}名岗位实习学生投保。认识实习按每生每天"
                   f"{m.FEE_DAY}元计算，岗位实习按每生每月{m.FEE_MONTH}元计算（《细则》{c('fee')}）；在县内实习单位岗位实习的，县财政补助"
                   f"保费的{m.SUBSIDY}%，在县外实习单位岗位实习的不享受县财政补助（《细则》{c('share')}）。保费合计{t['total']}元，其中职业院校"
                   f"承担{t['school']}元、县财政补助{t['subsidy']}元、实习单位承担{t['unit']}元。"))
    P.append(("table1", ""))
    P.append(("p", f"第二季度保费结算清单已由承保机构于{cn_date(settle_by())}出具，职业院校和实习单位应当于{cn_date(pay_by())}前缴纳各自"
                   f"承担的保费；县财政补助资金{t['subsidy']}元由县财政局于7月拨付（《细则》{c('settle')}）。"))
    P.append(("h", "三、理赔情况"))
    P.append(("p", f"上半年共报案{ct['n']}起，已赔付{ct['paid']}起、金额{ct['paid_sum']}元，先行支付{ct['advance']}起、金额{ct['advance_sum']}元，不予赔付"
                   f"{ct['refused']}起。累计支付{ct['all_sum']}元。"))
    P.append(("table2", ""))
    big = next(x for x in CLAIMS if x[8])
    adv = next(x for x in CLAIMS if x[9] == "advance")
    late = next(x for x in CLAIMS if (x[1] - x[0]).days * 24 > m.REPORT_HOURS)
    trip = next(x for x in CLAIMS if x[10] == "ex_3")
    unlisted = next(x for x in CLAIMS if x[10] == "ex_4")
    bi = items(big)
    P.append(("p", f"计算说明：{cn_date(big[0], False)}事故，医疗费用{big[6]}元，社会医疗保险支付{big[7]}元，医疗费用赔付{bi[0][1]}；住院{big[8]}天，"
                   f"住院补贴{bi[1][1]}；合计{paid(big)}元（《细则》{c('cover')}）。"))
    P.append(("p", f"{cn_date(adv[0], False)}事故学生仍在治疗，预计医疗费用{adv[11]}元，超过{w(m.ADVANCE_FROM)}，先行支付{items(adv)[0][1]}"
                   f"（《细则》{c('advance')}）。"))
    P.append(("p", f"{cn_date(trip[0], False)}事故发生在学生{trip[5].replace('途中摔伤', '')}途中，属于自行外出探亲期间发生的事故；"
                   f"{cn_date(unlisted[0], False)}事故学生{cn_date(unlisted[0], False)}开始实习，学校至{cn_date(NOT_ENTERED_UNTIL, False)}才将其录入平台，"
                   f"属于未在平台录入名单的学生发生的事故，医疗费用{SCHOOL_BORE}元由学校承担（《细则》{c('liable')}）。"))
    P.append(("p", f"{cn_date(late[0], False)}事故于{cn_date(late[1], False)}报案，超过{m.REPORT_HOURS}小时（《细则》{c('report')}），承保机构核实后予以"
                   "赔付，已提醒该校按时报案。"))
    P.append(("h", "四、公示时间"))
    pe = publicity_end()
    P.append(("p", f"公示期为{cn_date(DATE_D)}至{cn_date(pe, False)}（{m.PUBLIC_DAYS}天）。对公示内容有异议的，请在公示期内向{m.CONTACTS[0][0]}"
                   f"反映，联系人：{m.CONTACTS[0][1]}，电话：{m.CONTACTS[0][2]}。"))
    P.append(("r", ISSUER))
    P.append(("r", DATE))
    return P


def cell_html(text, tag="td", rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<{tag}{a}>{html.escape(text)}</{tag}>"


def table1_html():
    out = ['<table class="data" border="1" cellspacing="0" cellpadding="3" width="100%">',
           "<tr>" + "".join(cell_html(t, "th", rs, cs) for t, rs, cs in HEAD_TOP) + "</tr>",
           "<tr>" + "".join(cell_html(t, "th") for t in HEAD_SUB) + "</tr>"]
    out += ["<tr>" + "".join(cell_html(x) for x in r) + "</tr>" for r in table1_rows()]
    out.append("</table>")
    return "\n".join(out)


def table2_html():
    out = ['<table class="data" border="1" cellspacing="0" cellpadding="3" width="100%">',
           "<tr>" + "".join(cell_html(t, "th") for t in HEAD2) + "</tr>"]
    out += ["<tr>" + "".join(cell_html(x) for x in r) + "</tr>" for r in table2_rows()]
    out.append("</table>")
    return "\n".join(out)


def page():
    body = []
    for kind, t in paragraphs():
        if kind == "table1":
            body.append(table1_html())
        elif kind == "table2":
            body.append(table2_html())
        elif kind == "h":
            body.append(f"<p><b>{html.escape(t)}</b></p>")
        elif kind == "r":
            body.append(f'<p align="right">{html.escape(t)}</p>')
        else:
            body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(t)}</p>")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{TITLE}-平江县教育局</title>
<meta name="keywords" content="实习保险,统一投保,公示">
<meta name="description" content="{NOTE}">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
body {{ margin: 0; font-size: 12px; font-family: "宋体"; }}
.data th {{ background: #e8eef7; }}
.nav td {{ color: #fff; background: #1d5fa8; text-align: center; height: 30px; }}
</style>
<script language="javascript">function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}</script>
</head>
<body>
<!-- {NOTE}：{NOTE_TEXT} -->
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="90" class="banner">平江县教育局</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr><td>网站首页</td><td>机构概况</td><td>政务公开</td><td>教育资讯</td><td>职业教育</td><td>办事服务</td><td>互动交流</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top" class="left">
      <table width="100%" border="0" cellpadding="4" cellspacing="0">
        <tr><td class="lefttitle">职业教育</td></tr>
        <tr><td>·中职招生</td></tr><tr><td>·技能竞赛</td></tr><tr><td>·校企合作</td></tr><tr><td>·学生实习</td></tr><tr><td>·资助政策</td></tr>
      </table>
    </td>
    <td width="780" valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td class="position">您现在的位置：网站首页 &gt;&gt; 职业教育 &gt;&gt; 学生实习</td></tr>
        <tr><td align="center" class="arttitle"><b>{TITLE}</b></td></tr>
        <tr><td align="center" class="artinfo">发布日期：{DATE_D.isoformat()}　来源：{ISSUER}　点击：<script>document.write(1)</script>次　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr><td id="zoom" class="content">
{chr(10).join(body)}
        </td></tr>
        <tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="6" cellspacing="0" class="footer">
  <tr><td align="center">版权所有：平江县教育局　地址：平江县教育局办公楼　技术支持：平江县融媒体中心</td></tr>
  <tr><td align="center">{NOTE_TEXT}</td></tr>
  <tr><td align="center">{NOTE}。</td></tr>
</table>
</body>
</html>
"""


def main():
    path = os.path.join(OUT_DIR, NAME + ".html")
    data = page().replace("\n", "\r\n")
    open(path, "wb").write(data.encode("gbk"))
    print("wrote", path, totals(), claim_totals(), settle_by(), pay_by(), publicity_end())


if __name__ == "__main__":
    main()
