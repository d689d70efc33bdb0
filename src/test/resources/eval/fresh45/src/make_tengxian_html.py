#!/usr/bin/env python3
"""Write fresh45/tengxian-rending-gonggao.html (虚构测试文档，非真实政策): the held-out 认定结果及补助资金拨付公告 as a page saved from
the county government's 政务公开 platform, **encoded in GBK** (`<meta charset="gbk">`).

    cd fresh45/src && python3 make_tengxian_html.py

Part (b) of the held-out pair, citing the 办法 (make_tengxian_pdf.py) by title and 文号 and its 条 by number. **A saved page of the
政务公开 platform** (部门信息公开 of the 县教育局): site header and navigation, a `您现在的位置` breadcrumb, **the 公开目录 box as a small
table** (索引号, 发布机构, 主题分类, 成文日期, 发布日期, 文号, 名称), the title, the 公告 in `<p>`s (headings bold), the 落款, the 附件 heading
and **the 名单 table** (学校 cells spanning the rows of their school — `rowspan` — and a 合计 row spanning columns — `colspan`),
【打印】【关闭】, the footer (主办 / 承办, 网站标识码; no ICP line, which would name the province by its abbreviation); the note in an
HTML comment and in the page's last line. The file is written with Python's `gbk` codec (every character must exist in GBK; the
file is not valid UTF-8, so ../../tools/evalset.py reads it as GB18030).

Every count, amount, example and date is computed here from make_tengxian_pdf's figures and recomputed by ../check_fresh45.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_tengxian_pdf as m  # noqa: E402

NAME = "tengxian-rending-gonggao"
ISSUER = "藤县教育局"
DOC_NO = "藤教公告〔2026〕6号"
D = datetime.date
DATE_D = D(2026, 9, 11)
DATE = m.cn_date(DATE_D)
PUBLISHED = "2026-09-11"
INDEX_NO = "11450422MB1X08526P/2026-00418"
TITLE = f"{ISSUER}关于2026年职业学校冠名班认定结果及补助资金拨付的公告"
TABLE_TITLE = "藤县2026年职业学校冠名班认定名单及补助资金拨付表"
SY, BY = "藤县嘉业职业技术学校", "藤县博雅技工学校"
MANUF, OTHER = m.MANUF, m.OTHER
NEW, OLD = "2026级", "2025级"
# (学校, 冠名班, 冠名企业, 企业类别, 专业, 年级, 在籍学生, 冠名经费 per 学年)
CLASSES = [
    (SY, "华瓷班", "藤县华瓷陶瓷有限公司", MANUF, "陶瓷制造工艺", NEW, 48, 12000),
    (SY, "金钛班", "藤县金钛化工有限公司", MANUF, "化工工艺", NEW, 40, 10000),
    (SY, "佳和班", "藤县佳和电子商务有限公司", OTHER, "电子商务", NEW, 35, 10000),
    (SY, "森宝班", "藤县森宝木业有限公司", MANUF, "家具设计与制作", OLD, 31, 10000),
    (BY, "利达班", "藤县利达机电设备有限公司", MANUF, "机电设备安装与维修", NEW, 50, 15000),
    (BY, "顺锦班", "藤县顺锦汽车维修服务有限公司", OTHER, "汽车维修", NEW, 26, 10000),
    (BY, "畅捷班", "藤县畅捷物流有限公司", OTHER, "物流服务与管理", OLD, 29, 10000),
    (BY, "康乐班", "藤县康乐养老服务有限公司", OTHER, "养老服务", NEW, 25, 10000),
]
APPLIED = 10
REJECT_FEE = 8000               # one class: 冠名经费 below the 办法's floor
REJECT_LECTURERS = 2            # one class: too few 企业讲师
APPLY_END = D(2026, 7, 15)
DONE = D(2026, 9, 8)            # 完成认定
ROLL_DAY = D(2026, 9, 7)
TERM_START = D(2026, 9, 1)
PAPERS_BY = D(2026, 9, 25)
PAY_BY = D(2026, 10, 30)
ASSESS = "2027年8月"
INTERN_FROM = "2027年3月"
EXAMPLES = ["利达班", "畅捷班"]
CONTACTS = [("认定和补助", m.CONTACTS[0][0], m.CONTACTS[0][1], m.CONTACTS[0][2]),
            ("资金拨付", "县财政局科教股", "韦少峰", "0774-7251736")]
NOTE_TEXT = ("本页为虚构测试文档，非真实政策：藤县为真实地名，文号、索引号、学校、企业、冠名班、学生人数、补助金额、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def publicity():
    return DATE_D, DATE_D + datetime.timedelta(m.PUBLICITY - 1)


def opening(c):
    return 0 if c[5] == OLD else m.OPEN[c[3]]


def term(c):
    return c[6] * m.PER_TERM


def totals():
    new = [c for c in CLASSES if c[5] == NEW]
    firms = list(dict.fromkeys(c[2] for c in CLASSES))
    manuf_firms = list(dict.fromkeys(c[2] for c in CLASSES if c[3] == MANUF))
    fee = sum(c[7] for c in CLASSES)
    return dict(
        classes=len(CLASSES), new=len(new), old=len(CLASSES) - len(new),
        new_manuf=sum(1 for c in new if c[3] == MANUF), new_other=sum(1 for c in new if c[3] == OTHER),
        students=sum(c[6] for c in CLASSES), firms=len(firms), manuf_firms=len(manuf_firms),
        per_school={s: sum(1 for c in CLASSES if c[0] == s) for s in (SY, BY)},
        school_term={s: sum(term(c) for c in CLASSES if c[0] == s) for s in (SY, BY)},
        open=sum(opening(c) for c in CLASSES), term=sum(term(c) for c in CLASSES),
        all=sum(opening(c) + term(c) for c in CLASSES), fee=fee, fee_aid=fee * m.FEE_AID // 100)


def paragraphs():
    t = totals()
    c = m.cite
    pa, pb = publicity()
    ex = [next(x for x in CLASSES if x[1] == n) for n in EXAMPLES]
    a, b = ex
    new_m = t["new_manuf"] * m.OPEN[MANUF]
    new_o = t["new_other"] * m.OPEN[OTHER]
    return [
        ("p", f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》），县内{len(t['per_school'])}所职业学校在{m.cn_date(APPLY_END)}前共提交"
              f"冠名班认定申请{APPLIED}个。县教育局会同县人力资源和社会保障局、县财政局、县工业和信息化局进行审核，于{m.cn_date(DONE)}完成"
              "认定。现将认定结果和补助资金拨付情况公告如下："),
        ("h", "一、认定结果"),
        ("p", f"（一）认定冠名班{t['classes']}个，在籍学生共{t['students']}人（以{m.cn_date(ROLL_DAY)}学籍数据为准）。其中{NEW}新开冠名班"
              f"{t['new']}个，《办法》施行前已开办的{OLD}冠名班{t['old']}个；{SY}{t['per_school'][SY]}个，{BY}{t['per_school'][BY]}个。"
              f"涉及冠名企业{t['firms']}家，其中经县工业和信息化局确认的制造业企业{t['manuf_firms']}家。名单见附件。"),
        ("p", f"（二）未予认定{APPLIED - t['classes']}个：1个班的冠名企业承诺冠名经费为每学年{REJECT_FEE}元，低于《办法》{c('fee')}规定的"
              f"每班每学年{m.w(m.FEE)}；1个班的企业讲师仅{REJECT_LECTURERS}名，不足《办法》{c('class_4')}规定的{m.LECTURERS}名。"),
        ("p", f"（三）{t['classes']}个冠名班的冠名企业承诺支付冠名经费合计{t['fee']}元。按《办法》{c('fee')}规定，其中用于学生奖助的不低于"
              f"{m.FEE_AID}%，即不低于{t['fee_aid']}元。"),
        ("h", "二、补助资金"),
        ("p", f"（一）开班奖补。{t['new']}个新开冠名班中，{MANUF}{t['new_manuf']}个班每班{m.w(m.OPEN[MANUF])}、{OTHER}{t['new_other']}个班"
              f"每班{m.w(m.OPEN[OTHER])}，共{t['open']}元（{new_m}＋{new_o}），一次性拨付给冠名企业。{t['old']}个{OLD}冠名班按《办法》"
              f"{c('open')}规定不享受开班奖补。"),
        ("p", f"（二）生均补助。{t['classes']}个冠名班{t['students']}名学生，本学期每生{m.PER_TERM}元，共{t['term']}元，拨付给学校，其中"
              f"{SY}{t['school_term'][SY]}元、{BY}{t['school_term'][BY]}元。第二学期生均补助按届时在籍学生人数核定，于2027年春季学期开学后"
              f"{m.PAY_WITHIN_MONTHS}个月内拨付。"),
        ("p", f"（三）本次共拨付补助资金{t['all']}元。"),
        ("h", "三、计算示例"),
        ("p", f"（一）{a[1]}（{a[3]}，{a[5]}，在籍学生{a[6]}人）：开班奖补{opening(a)}元拨付给{a[2]}；生均补助{a[6]}×{m.PER_TERM}＝"
              f"{term(a)}元拨付给{a[0]}。"),
        ("p", f"（二）{b[1]}（{b[3]}，{b[5]}，在籍学生{b[6]}人）：不享受开班奖补；生均补助{b[6]}×{m.PER_TERM}＝{term(b)}元拨付给{b[0]}。"),
        ("p", f"（三）本学期冠名班学生暂未进入岗位实习。{OLD}冠名班学生预计{INTERN_FROM}起到冠名企业岗位实习，届时冠名企业可以按《办法》"
              f"{c('intern_aid')}申请实习指导补贴，每人每月{m.INTERN_AID}元，每名学生最多{m.INTERN_AID}×{m.INTERN_AID_MONTHS}＝"
              f"{m.INTERN_AID * m.INTERN_AID_MONTHS}元。"),
        ("h", "四、拨付时间和材料"),
        ("p", f"（一）学校和冠名企业应当于{m.cn_date(PAPERS_BY, week=True)}前向{m.CONTACTS[0][0]}报送单位银行账户信息和加盖公章的《冠名班"
              "在籍学生名册》。"),
        ("p", f"（二）补助资金于{m.cn_date(PAY_BY, week=True)}前由县财政局直接拨付到学校和冠名企业的银行账户。"),
        ("p", f"（三）{ASSESS}县教育局将按《办法》{c('assess')}和附件评分表对{t['classes']}个冠名班进行首次年度考核，考核结果与下一学年"
              "生均补助挂钩。"),
        ("h", "五、公告期"),
        ("p", f"公告期为{m.cn_date(pa)}至{m.cn_date(pb, year=False)}，共{m.PUBLICITY}日。对认定结果有异议的，请在公告期内以书面形式向"
              f"{m.CONTACTS[0][0]}反映，反映问题应当实事求是并提供联系方式。"),
        ("h", "六、联系方式"),
        ("p", f"{CONTACTS[0][0]}：{CONTACTS[0][1]}　{CONTACTS[0][2]}，电话{CONTACTS[0][3]}。"),
        ("p", f"{CONTACTS[1][0]}：{CONTACTS[1][1]}　{CONTACTS[1][2]}，电话{CONTACTS[1][3]}。"),
    ]


HEAD = ["序号", "学校", "冠名班", "冠名企业", "企业类别", "专业", "年级", "在籍学生（人）", "开班奖补（元）", "本学期生均补助（元）"]


def table_rows():
    """the table's rows as a reader sees them (the 学校 cell repeated), without the 合计 row"""
    return [[str(k), x[0], x[1], x[2], x[3], x[4], x[5], str(x[6]), str(opening(x)) if opening(x) else "—", str(term(x))]
            for k, x in enumerate(CLASSES, 1)]


def table_html():
    t = totals()
    rows = [f"<tr>{''.join(f'<th>{html.escape(h)}</th>' for h in HEAD)}</tr>"]
    body = table_rows()
    for k, r in enumerate(body):
        cells = [f"<td>{r[0]}</td>"]
        if k == 0 or CLASSES[k - 1][0] != CLASSES[k][0]:
            span = sum(1 for x in CLASSES if x[0] == CLASSES[k][0])
            cells.append(f'<td rowspan="{span}">{html.escape(r[1])}</td>')
        cells += [f"<td>{html.escape(x)}</td>" for x in r[2:]]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    rows.append(f'<tr><td colspan="7">合计</td><td>{t["students"]}</td><td>{t["open"]}</td><td>{t["term"]}</td></tr>')
    return ('<table class="mdtable" border="1" cellspacing="0" cellpadding="3" width="100%">\n' + "\n".join(rows) + "\n</table>")


def info_box():
    cells = [("索引号", INDEX_NO), ("发布机构", ISSUER), ("主题分类", "教育"), ("成文日期", DATE), ("发布日期", PUBLISHED),
             ("文号", DOC_NO), ("名称", TITLE)]
    rows = []
    for i in range(0, 6, 2):
        (a, x), (b, y) = cells[i], cells[i + 1]
        rows.append(f"<tr><th>{a}：</th><td>{html.escape(x)}</td><th>{b}：</th><td>{html.escape(y)}</td></tr>")
    rows.append(f'<tr><th>{cells[6][0]}：</th><td colspan="3">{html.escape(cells[6][1])}</td></tr>')
    return '<table class="xxgk-info" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


def page():
    body = [f'<p style="text-align:center;">{DOC_NO}</p>']
    for kind, s in paragraphs():
        if kind == "h":
            body.append(f'<p style="text-indent:2em;"><b>{html.escape(s)}</b></p>')
        else:
            body.append(f'<p style="text-indent:2em;">{html.escape(s)}</p>')
    body.append(f'<p style="text-indent:2em;">附件：{html.escape(TABLE_TITLE)}</p>')
    body.append(f'<p style="text-align:right;">{ISSUER}</p>')
    body.append(f'<p style="text-align:right;">{DATE}</p>')
    body.append('<p><b>附件</b></p>')
    body.append(f'<p style="text-align:center;"><b>{html.escape(TABLE_TITLE)}</b></p>')
    body.append(table_html())
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>{html.escape(TITLE)}-藤县人民政府门户网站</title>
<meta name="ArticleTitle" content="{html.escape(TITLE)}">
<meta name="PubDate" content="{PUBLISHED} 16:20">
<meta name="ContentSource" content="{ISSUER}">
<!-- {m.NOTE}：{NOTE_TEXT} -->
<style>
body{{font-family:"SimSun",serif;margin:0;}} .top{{background:#b30000;color:#fff;padding:10px 30px;}} .nav a{{color:#fff;margin-right:18px;}}
.xxgk-info{{width:100%;border:1px solid #ccc;font-size:13px;}} .xxgk-info th{{width:90px;text-align:right;background:#f5f5f5;}}
.mdtable td,.mdtable th{{font-size:13px;text-align:center;}}
</style>
<script type="text/javascript">var _hmt=_hmt||[];function doPrint(){{window.print();}}</script>
</head>
<body>
<div class="top"><div class="logo">藤县人民政府门户网站</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjtx/">走进藤县</a></div>
</div>
<div class="main">
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/jyj/">县教育局</a> &gt; 通知公告</div>
{info_box()}
<h1 class="title">{html.escape(TITLE)}</h1>
<div class="subinfo">发布日期：{PUBLISHED}　来源：{ISSUER}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content" id="zoomcon">
{chr(10).join(body)}
</div>
<div class="tools">【<a href="javascript:doPrint()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="foot">
<p>主办单位：藤县人民政府办公室　承办单位：藤县融媒体中心</p>
<p>网站标识码：4504220001　<a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a></p>
<p>{NOTE_TEXT}{m.NOTE}</p>
</div>
</body>
</html>
"""


def main():
    with open(os.path.join(OUT_DIR, NAME + ".html"), "w", encoding="gbk", newline="\n") as f:
        f.write(page())
    print("wrote", os.path.join(OUT_DIR, NAME + ".html"), totals())


if __name__ == "__main__":
    main()
