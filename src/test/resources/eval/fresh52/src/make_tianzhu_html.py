#!/usr/bin/env python3
"""Write fresh52/tianzhu-jiaocai-tongbao.html (虚构测试文档，非真实政策): the held-out county's 通报 of the 2026—2027 school year
on its vocational schools' textbook choices and school-written books, under the 细则 of make_tianzhu_docx.py — part (b) of the
held-out pair.

    cd fresh52/src && python3 make_tianzhu_html.py

**Layout: a county government portal's article page saved from the browser (UTF-8)**: the site's top bar, logo and search box,
**a navigation bar and a breadcrumb trail (当前位置：首页 > 政务公开 > …)**, **the 信息公开 box as a `<table>` (索引号, 发布机构, 主题分类,
成文日期, 文号, 发布日期, 标题)**, the title, a line with the publishing time, source, hit counter and font-size links, the 通报 in
the CMS's `TRS_Editor` `<div>` (paragraphs with inline styles, the 落款 right-aligned), **附件1 a plain table** and **附件2 a table
with a two-row header (`colspan` over 人数 / 其中企业人员, the others `rowspan="2"`) whose school cells span their books' rows
(`rowspan`) and whose 合计 label spans five columns**, the print / close links and the site footer; scripts for the counter; the note in
an HTML comment, the `description` meta and the last lines of the article.

Every figure is computed here from the items of FILINGS / BOOKS and the 细则's figures (make_tianzhu_docx.py); the checker recomputes
them on its own.
"""
import os
import sys
from html import escape

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_tianzhu_docx as m  # noqa: E402
from common import D, NOTE, OUT_DIR, cn_date, w  # noqa: E402,F401

NAME = "tianzhu-jiaocai-tongbao"
ISSUER = "天柱县教育局"
DOC_NO = "天教通〔2026〕27号"
DATE_D = D(2026, 9, 4)
DATE = cn_date(DATE_D)
YEAR = "2026—2027学年"
FILE_DUE = D(2026, 7, 10)
NEXT_YEAR = "2027—2028学年"
NEXT_FILE_DUE = D(2027, 7, 10)
NEXT_BY = NEXT_FILE_DUE + (D(2026, 1, 2) - D(2026, 1, 1)) * m.REPORT_DAYS
TITLE = f"{ISSUER}关于{YEAR}职业学校教材遴选备案和自编教材编写情况的通报"
SCHOOLS = [("天柱县中等职业学校", "县中职"), ("天柱县职业技术学校", "县职校")]
# school: filed, 公共基础课 books, 专业课 books, of them 国家规划教材, 教材工作小组 members, of them 行业企业专家
FILINGS = [(D(2026, 7, 14), 20, 50, 30, 11, 3), (D(2026, 7, 9), 15, 25, 12, 9, 3)]
LATE = 0
TYPES = {"digital": "融媒体", "plain": "常规"}
# school, title, type, firm, 万字, team, of them from the firm, students, sent, concluded, passed, no-subsidy item (key of the 细则's
# items or None), in use before the 细则 (sent under the 印发通知's catch-up date)
BOOKS = [
    (0, "茶叶加工与审评", "digital", "天柱县云雾茶业有限公司", 28, 6, 2, 86, D(2026, 6, 15), D(2026, 7, 2), True, None, False),
    (0, "民宿运营与服务", "plain", "天柱县栖云文化旅游有限公司", 22, 5, 2, 45, D(2026, 6, 22), D(2026, 7, 9), True, None, True),
    (0, "农村电商直播实务", "digital", "天柱县优品电子商务有限公司", 36, 6, 3, 120, D(2026, 6, 22), D(2026, 7, 9), True, None,
     False),
    (1, "木制品加工工艺", "plain", "天柱县森达木业有限公司", 30, 7, 2, 52, D(2026, 6, 29), D(2026, 7, 16), True, "ns_1", False),
    (1, "汽车电路检修", "digital", "天柱县顺捷汽车维修有限公司", 18, 6, 2, 24, D(2026, 6, 29), D(2026, 7, 16), True, "ns_3", False),
    (1, "电梯安装与调试", "plain", "天柱县恒升电梯工程有限公司", 20, 6, 2, 40, D(2026, 6, 29), D(2026, 7, 16), False, "ns_2", False),
]
SUMMARY_SENT = D(2026, 7, 20)
PAID = D(2026, 8, 12)
SPOT = 17
OLD_BOOK = (0, "电工技术基础", 2021)
MARKUP = (1, "汽修电工实训手册", 38, 6)    # school, the book ordered for students with a markup, students, 元 a copy
SPRING_END = D(2026, 7, 3)
REFUNDS = [(D(2026, 7, 24), 4260), (D(2026, 7, 28), 2380)]   # 教材款 settled: published, refunded
FIX_BY = D(2026, 9, 30)
CONTACT = m.CONTACTS[0]
INDEX_NO = "TZ-JYJ-2026-0904-0027"

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：天柱县为真实地名，文号、学校、企业、教材、人数、金额、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def share(f):
    return f[3] * 100 // f[2]


def raw_sub(b):
    return b[4] * m.RATE * (100 + (m.UPLIFT if b[2] == "digital" else 0)) // 100


def sub(b):
    return 0 if not b[10] or b[11] else min(raw_sub(b), m.CAP)


def used(s):
    return [b for b in BOOKS if b[0] == s and b[10]]


def totals():
    n_basic = sum(f[1] for f in FILINGS)
    n_voc = sum(f[2] for f in FILINGS)
    n_plan = sum(f[3] for f in FILINGS)
    return n_basic + n_voc, n_basic, n_voc, n_plan, n_plan * 100 // n_voc, sum(len(used(s)) for s in range(len(SCHOOLS)))


HEAD1 = ["学校", "备案日期", "备案教材", "公共基础课", "专业课", "国家规划教材", "占比", "自编教材", "教材工作小组", "行业企业专家"]
# the two-row header of 附件2: (text, rowspan, colspan)
HEAD2 = [[("序号", 2, 1), ("学校", 2, 1), ("教材名称", 2, 1), ("类型", 2, 1), ("合作企业", 2, 1), ("字数（万字）", 2, 1),
          ("编写团队", 1, 2), ("使用学生", 2, 1), ("审定结论", 2, 1), ("编写补贴（元）", 2, 1)],
         [("人数", 1, 1), ("其中企业人员", 1, 1)]]
T1_TITLE = f"附件1　{YEAR}职业学校教材遴选备案情况"
T2_TITLE = f"附件2　{YEAR}自编教材审定和编写补贴核定情况"


def table1_rows():
    rows = [[SCHOOLS[s][1], cn_date(f[0], False), str(f[1] + f[2]), str(f[1]), str(f[2]), str(f[3]), f"{share(f)}%",
             str(len(used(s))), str(f[4]), str(f[5])] for s, f in enumerate(FILINGS)]
    t = totals()
    return rows + [["合计", "—", str(t[0]), str(t[1]), str(t[2]), str(t[3]), f"{t[4]}%", str(t[5]), "—", "—"]]


def table2_rows():
    """the body rows of 附件2 as (text, rowspan, colspan) cells"""
    rows = []
    for i, b in enumerate(BOOKS):
        r = [(str(i + 1), 1, 1)]
        if i == 0 or BOOKS[i - 1][0] != b[0]:
            r.append((SCHOOLS[b[0]][1], sum(1 for x in BOOKS if x[0] == b[0]), 1))
        r += [(f"《{b[1]}》", 1, 1), (TYPES[b[2]], 1, 1), (b[3], 1, 1), (str(b[4]), 1, 1), (str(b[5]), 1, 1), (str(b[6]), 1, 1),
              (str(b[7]), 1, 1), ("通过" if b[10] else "未通过", 1, 1), (str(sub(b)), 1, 1)]
        rows.append(r)
    rows.append([("合计", 1, 5), (str(sum(b[4] for b in BOOKS)), 1, 1), ("—", 1, 1), ("—", 1, 1),
                 (str(sum(b[7] for b in BOOKS)), 1, 1), ("—", 1, 1),
                 (str(sum(sub(b) for b in BOOKS)), 1, 1)])
    return rows


def paragraphs():
    t = totals()
    sc = lambda i: SCHOOLS[i][1]  # noqa: E731
    low = next(s for s, f in enumerate(FILINGS) if share(f) < m.PLAN_SHARE)
    fl = FILINGS[low]
    passed = [b for b in BOOKS if b[10]]
    granted = [b for b in BOOKS if sub(b)]
    cap = next(b for b in BOOKS if sub(b) and raw_sub(b) > m.CAP)
    before = next(b for b in BOOKS if b[12])
    ns1 = next(b for b in BOOKS if b[11] == "ns_1")
    ns2 = next(b for b in BOOKS if b[11] == "ns_2")
    ns3 = next(b for b in BOOKS if b[11] == "ns_3")
    fee = m.REVIEWERS * m.REVIEW_FEE * len(BOOKS)
    return [
        f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《细则》）{m.cite('inspect')}规定，县教育局对全县职业学校{YEAR}教材遴选备案和自编"
        "教材编写情况进行了检查，现将有关情况通报如下。",
        "**一、总体情况**",
        f"全县{len(SCHOOLS)}所职业学校（" + "、".join(x[0] for x in SCHOOLS) + "，以下分别简称" + "、".join(x[1] for x in SCHOOLS)
        + f"）共备案{YEAR}教材{t[0]}种，其中公共基础课教材{t[1]}种、专业课教材{t[2]}种，专业课教材中国家"
        f"规划教材{t[3]}种，占{t[4]}%；使用自编教材{t[5]}种。{len(SCHOOLS)}所学校教材工作小组分别为"
        + "、".join(f"{f[4]}人" for f in FILINGS) + f"，其中行业企业专家均为{FILINGS[0][5]}人，符合《细则》{m.cite('group')}规定。"
        f"两校2026年春季学期代收的教材款均已在学期结束后{m.SETTLE_DAYS}个工作日内公开结算明细，共退还多收教材款"
        f"{sum(r[1] for r in REFUNDS)}元（" + "、".join(f"{sc(s)}{r[1]}元" for s, r in enumerate(REFUNDS)) + "）。各校备案情况见附件1。",
        "**二、自编教材审定和编写补贴情况**",
        f"县教育局共受理自编教材审定申请{len(BOOKS)}种，每种组织{m.REVIEWERS}名审定专家（其中企业专家2名）评审，均在受理之日起"
        f"{m.REVIEW_DAYS}个工作日内作出审定结论，通过{len(passed)}种、未通过{len(BOOKS) - len(passed)}种。{sc(before[0])}"
        f"《{before[1]}》为《细则》试行前已在使用的自编教材，已于{cn_date(before[8], False)}报审。",
        f"按照《细则》{m.cite('subsidy')}规定，核定编写补贴{len(granted)}种，共{sum(sub(b) for b in BOOKS)}元。其中{sc(cap[0])}"
        f"《{cap[1]}》{cap[4]}万字，为配套数字资源的融媒体教材，按标准计算为{raw_sub(cap)}元，超过每种最高{w(m.CAP)}的规定，按"
        f"{m.CAP}元核定。汇总材料已于{cn_date(SUMMARY_SENT, False)}报送县财政局，编写补贴已于{cn_date(PAID, False)}拨付（《细则》"
        f"{m.cite('pay')}），审定专家审定费共支付{fee}元。各教材审定和补贴情况见附件2。",
        "**三、检查发现的问题**",
        f"（一）逾期备案。{sc(LATE)}{cn_date(FILINGS[LATE][0], False)}才报送备案材料，晚于《细则》{m.cite('filing')}规定的"
        f"{cn_date(FILE_DUE, False)}，县教育局已约谈该校负责人（《细则》{m.cite('liable')}）。",
        f"（二）国家规划教材比例不足。{sc(low)}专业课教材{fl[2]}种，其中国家规划教材{fl[3]}种，占{share(fl)}%，低于《细则》"
        f"{m.cite('ch_plan')}规定的{m.PLAN_SHARE}%，已责令该校于{cn_date(FIX_BY, False)}前更换。",
        f"（三）版本超期。县教育局抽查备案教材{SPOT}种，发现{sc(OLD_BOOK[0])}遴选的《{OLD_BOOK[1]}》为{OLD_BOOK[2]}年版，超过《细则》"
        f"{m.cite('ch_age')}规定的{m.EDITION_YEARS}年，已责令限期更换。",
        f"（四）不予编写补贴的自编教材。{sc(ns1[0])}《{ns1[1]}》编写团队{ns1[5]}人，其中合作企业人员{ns1[6]}人，比例低于《细则》"
        f"{m.cite('write')}规定的三分之一，属于《细则》{m.cite('ns_1')}规定的情形；《{ns3[1]}》使用学生{ns3[7]}人，少于"
        f"{m.MIN_STUDENTS}人，属于《细则》{m.cite('ns_3')}规定的情形；《{ns2[1]}》审定未通过（《细则》{m.cite('ns_2')}）。以上"
        "3种教材均不予编写补贴。",
        f"（五）代订教材加价。{sc(MARKUP[0])}1名辅导员为学生代订《{MARKUP[1]}》时每本加价{MARKUP[3]}元，涉及{MARKUP[2]}名学生，共"
        f"{MARKUP[2] * MARKUP[3]}元，违反《细则》{m.cite('principle')}规定，已责令退还多收款项，并对责任人依规处理。",
        "**四、下一步要求**",
        f"各职业学校要对照《细则》{m.cite('choose')}的规定做好教材遴选，于{cn_date(NEXT_FILE_DUE)}前报送{NEXT_YEAR}教材遴选结果。"
        f"{NEXT_YEAR}检查情况将于{cn_date(NEXT_BY)}前通报。",
        f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。",
    ]


def html_p(t, style="text-indent:2em;"):
    t = escape(t)
    while "**" in t:
        t = t.replace("**", "<strong>", 1).replace("**", "</strong>", 1)
    return f'<p style="{style}line-height:2;font-size:16px;">{t}</p>'


def tables():
    td = 'style="border:1px solid #000;padding:4px 6px;text-align:center;"'
    t1 = [f'<p style="text-indent:0;font-size:16px;"><strong>{T1_TITLE.split("　")[0]}</strong></p>',
          f'<p style="text-align:center;font-size:16px;"><strong>{escape(T1_TITLE.split("　", 1)[1])}</strong></p>',
          '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:0 auto;width:100%;">',
          "<tbody>", "<tr>" + "".join(f"<td {td}><strong>{escape(h)}</strong></td>" for h in HEAD1) + "</tr>"]
    t1 += ["<tr>" + "".join(f"<td {td}>{escape(c)}</td>" for c in r) + "</tr>" for r in table1_rows()]
    t1 += ["</tbody>", "</table>"]
    t2 = [f'<p style="text-indent:0;font-size:16px;"><strong>{T2_TITLE.split("　")[0]}</strong></p>',
          f'<p style="text-align:center;font-size:16px;"><strong>{escape(T2_TITLE.split("　", 1)[1])}</strong></p>',
          '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:0 auto;width:100%;">',
          "<tbody>"]

    def tdx(c, head=False):
        t, rs, cs = c
        a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        inner = f"<strong>{escape(t)}</strong>" if head else escape(t)
        return f"<td{a} {td}>{inner}</td>"
    t2 += ["<tr>" + "".join(tdx(c, True) for c in r) + "</tr>" for r in HEAD2]
    t2 += ["<tr>" + "".join(tdx(c) for c in r) + "</tr>" for r in table2_rows()]
    t2 += ["</tbody>", "</table>"]
    return t1, t2


def page():
    t1, t2 = tables()
    body = [html_p(x, "text-indent:2em;" if not x.startswith("**") else "text-indent:2em;font-weight:normal;")
            for x in paragraphs()]
    body = [f'<p style="text-align:center;line-height:2;font-size:16px;">{DOC_NO}</p>',
            '<p style="text-indent:0;line-height:2;font-size:16px;">各职业学校：</p>'] + body
    body += [html_p("附件：1．" + T1_TITLE.split("　", 1)[1]), html_p("2．" + T2_TITLE.split("　", 1)[1], "text-indent:5em;"),
             '<p style="text-align:right;line-height:2;font-size:16px;">' + ISSUER + "</p>",
             '<p style="text-align:right;line-height:2;font-size:16px;">' + DATE + "</p>", "<p><br/></p>"]
    body += t1 + ["<p><br/></p>"] + t2
    body += [html_p(f"注：编写补贴按照《细则》{m.cite('subsidy')}计算，配套数字资源的融媒体教材按照标准上浮{m.UPLIFT}%，每种最高"
                    f"{w(m.CAP)}。", "text-indent:0;"),
             html_p(NOTE_TEXT, "text-indent:0;font-size:12px;"), html_p(NOTE + "。", "text-indent:0;font-size:12px;")]
    date_iso = DATE_D.isoformat()
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="天柱县人民政府">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{escape(TITLE)}">
<meta name="PubDate" content="{date_iso} 16:20">
<meta name="ContentSource" content="{ISSUER}">
<meta name="description" content="{NOTE}">
<title>{escape(TITLE)}_通知公告_天柱县人民政府</title>
<!-- {NOTE_TEXT} -->
<link rel="stylesheet" type="text/css" href="/images/common.css">
<style type="text/css">
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333;}}
.w1200{{width:1200px;margin:0 auto;}}
.topbar{{background:#f5f5f5;height:36px;line-height:36px;font-size:13px;}}
.nav li{{float:left;list-style:none;width:200px;text-align:center;color:#fff;font-size:18px;}}
.crumb{{height:40px;line-height:40px;border-bottom:1px solid #ddd;}}
.xxgk-table td{{padding:6px 10px;border:1px solid #e5e5e5;font-size:14px;}}
.article h1{{font-size:24px;text-align:center;color:#c00;}}
.footer{{background:#0b4f8a;color:#fff;text-align:center;font-size:13px;padding:20px 0;}}
</style>
<script type="text/javascript">var _cms_site = "tianzhu", _cms_col = "tzgg";</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问天柱县人民政府网站</span><span class="fr"><a href="javascript:void(0);" id="wza">无障碍</a> | <a href="javascript:void(0);" id="zzms">长者模式</a> | <a href="/m/">手机版</a></span></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/">天柱县人民政府</a></div>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词" /><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjtz/">走进天柱</a></li></ul></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/jyj/">县教育局</a> &gt; <a href="/zwgk/bmxxgk/jyj/tzgg/">通知公告</a></div>
<div class="xxgk">
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><td class="t">索引号：</td><td>{INDEX_NO}</td><td class="t">发布机构：</td><td>{ISSUER}</td></tr>
<tr><td class="t">主题分类：</td><td>教育</td><td class="t">成文日期：</td><td>{DATE}</td></tr>
<tr><td class="t">文号：</td><td>{DOC_NO}</td><td class="t">发布日期：</td><td>{date_iso}</td></tr>
<tr><td class="t">标题：</td><td colspan="3">{escape(TITLE)}</td></tr>
</table>
</div>
<div class="article">
<h1>{escape(TITLE)}</h1>
<div class="info">发布时间：{date_iso} 16:20&nbsp;&nbsp;&nbsp;来源：{ISSUER}&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">--</span>&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="TRS_Editor">
{chr(10).join(body)}
</div>
<div class="tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：天柱县人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：天柱县人民政府办公室信息科</p>
<p>网站标识码：（略）&nbsp;&nbsp;&nbsp;备案号：（略）&nbsp;&nbsp;&nbsp;建议使用1920×1080分辨率浏览</p>
</div></div>
<script type="text/javascript">document.getElementById("hits").innerHTML = "386";</script>
</body>
</html>
"""


def main():
    path = os.path.join(OUT_DIR, NAME + ".html")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    print("wrote", path, totals(), sum(sub(b) for b in BOOKS))


if __name__ == "__main__":
    main()
