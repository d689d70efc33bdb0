#!/usr/bin/env python3
"""Write fresh51/wuqian-peixun-xize.html (虚构测试文档，非真实政策): the held-out 旗's rules for the income of its vocational
schools' 社会化培训 (实施细则（试行）) with their 印发通知 — part (a) of the held-out pair.

    cd fresh51/src && python3 make_wuqian_html.py

**Layout: a Word document saved as "Web Page, Filtered" (UTF-8)**: `<meta name=Generator content="Microsoft Word 15 (filtered)">`,
a `<style>` block of Mso classes inside a comment, `<div class=WordSection1>` / `WordSection2` with a page break
(`<br clear=all style='page-break-before:always'>`), every paragraph a `<p class=MsoNormal>` with its runs split into `<span>`s
(**digits in runs of their own, `lang=EN-US`**, so the visible text has spaces inside numbers and dates), indents as `&nbsp;`,
**the 条 numbers typed in bold runs (`<b>第一条</b>`)**, no 章; the annex a `MsoTableGrid` table with a two-row header (`rowspan` /
`colspan`) and group cells spanning rows; the note in an HTML comment, the description meta and the last lines.
"""
import html
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, w  # noqa: E402,F401

NAME = "wuqian-peixun-xize"
BANNER = "乌拉特前旗"
ISSUERS = ["乌拉特前旗人力资源和社会保障局", "乌拉特前旗教育局", "乌拉特前旗财政局"]
DOC_NO = "乌前人社发〔2026〕21号"
DATE_D = D(2026, 6, 5)
DATE = cn_date(DATE_D)
RULES = "乌拉特前旗职业院校社会化培训服务收入分配实施细则（试行）"
TITLE = f"关于印发《{RULES}》的通知"
TABLE_TITLE = "乌拉特前旗职业院校培训服务收入分配核算标准"
BODY_START = RULES
ANNEX_START = "附件" + TABLE_TITLE
LAW = "《中华人民共和国职业教育法》"

AGREEMENT_FROM = 30000         # 3万元以上 签订书面培训服务协议
FILE_DAYS = 5                  # 开班前5个工作日 报旗人社局备案
CLASS_MAX = 60
FEE_RATE = 15                  # 公用经费 = 培训服务收入 × 15%
SHARE = 50                     # 培训酬金 ≤ 培训结余 × 50%, the rest to 技能提升基金
LOW_PASS = 70                  # 取证率低于70%
LOW_SHARE = 25
CAP = 20000                    # 同一教职工 每一年度 培训酬金 累计不超过2万元
EXT_PAY_MAX = 240              # 外聘教师酬金 每课时不超过240元
PLAN_DAYS = 20
SCHOOL_PUB_DAYS = 3
REVIEW_DAYS = 7
REPORT_DAYS = 30               # 每半年结束后30日内 通报
EFFECTIVE = D(2026, 7, 1)
TRIAL_YEARS = 2
CATCH_UP_BY = D(2026, 7, 10)
CONTACTS = [("旗人社局职业能力建设股", "韩永胜", "0478-3215806"),
            ("旗教育局职成教股", "高玉兰", "0478-3218372"),
            ("旗财政局综合股", "乌兰其其格", "0478-3212659")]

ARTICLES = [
    ("art", "purpose", f"为鼓励职业院校面向企业和社会开展社会化培训，深化产教融合，规范培训服务收入的核算和分配，根据{LAW}等有关"
                       "规定，结合本旗实际，制定本细则。"),
    ("art", "scope", "本细则适用于旗教育局主管的中等职业学校（以下简称职业院校）面向企业职工、农牧民和其他社会人员开展的社会化培训。"
                     "本细则所称培训服务收入，是指职业院校开展社会化培训取得的订单培训经费、培训费和职业技能培训补贴资金。"),
    ("art", "duty", "旗人力资源和社会保障局（以下简称旗人社局）负责培训项目备案和培训质量监督；旗教育局负责审核职业院校培训服务收入"
                    "分配方案，每半年汇总通报分配情况；旗财政局负责对培训服务收入的财务管理进行指导和监督。"),
    ("art", "principle", "培训服务收入分配坚持统筹管理、成本优先、按劳取酬、公开透明。教职工不得私自承接培训，不得向学员另行收费。"),
    ("art", "forms", "职业院校可以开展下列社会化培训："),
    ("item", "form_1", "按照企业订单开展的职工技能培训（以下简称订单培训）；"),
    ("item", "form_2", "承接的政府补贴性职业技能培训；"),
    ("item", "form_3", "面向社会自主招生的培训。"),
    ("art", "agreement", f"订单培训经费{w(AGREEMENT_FROM)}以上的，职业院校应当与企业签订书面培训服务协议，明确培训内容、人数、课时、"
                         "经费和考核要求。"),
    ("art", "filing", f"职业院校应当在开班前{FILE_DAYS}个工作日，将培训计划、学员花名册和授课教师名单报旗人社局备案。每期培训班"
                      f"学员不超过{CLASS_MAX}人。"),
    ("art", "account", "培训服务收入全部纳入职业院校账户统一管理，由职业院校开具票据，严禁坐收坐支和个人收费。"),
    ("art", "calc", "培训服务收入按照培训项目分别核算。培训结余等于培训服务收入扣除直接支出和公用经费后的余额。直接支出包括教材、"
                    f"实训耗材、外聘教师酬金和场地租用费用，外聘教师酬金每课时不超过{EXT_PAY_MAX}元。"),
    ("art", "fee", f"职业院校按照培训服务收入的{FEE_RATE}%提取公用经费，用于水电、设施设备维护等支出。"),
    ("art", "share", f"培训结余的{SHARE}%以内可以作为培训酬金，发放给承担培训组织和授课任务的教职工；其余部分转入职业院校技能提升"
                     "基金，用于实训条件建设和教师技能提升。"),
    ("art", "lowpass", f"培训项目取证率（结业学员中取得职业技能等级证书或者专项职业能力证书的比例）低于{LOW_PASS}%的，培训酬金按照"
                       f"培训结余的{LOW_SHARE}%计算。"),
    ("art", "noreward", "有下列情形之一的，不得提取培训酬金，培训结余全部转入技能提升基金："),
    ("item", "nr_1", "未按本细则{filing}规定备案的；"),
    ("item", "nr_2", "培训结余为负数的；"),
    ("item", "nr_3", "向学员违规收费的。"),
    ("art", "cap", f"同一教职工每一年度获得的培训酬金累计不超过{w(CAP)}，超出部分转入技能提升基金。"),
    ("art", "plan", f"职业院校应当在培训项目结业后{PLAN_DAYS}个工作日内拟定分配方案，在校内公示不少于{SCHOOL_PUB_DAYS}个工作日后报"
                    f"旗教育局审核。旗教育局应当自收到分配方案之日起{REVIEW_DAYS}个工作日内完成审核。"),
    ("art", "pay", "培训酬金经审核后通过银行转账发放，不得以现金或者实物发放。"),
    ("art", "ledger", "职业院校应当建立培训服务收入台账，培训服务收支纳入年度内部审计和财务公开。"),
    ("art", "report", f"旗教育局在每半年结束后{REPORT_DAYS}日内，会同旗人社局汇总通报全旗职业院校培训服务收入分配情况。"),
    ("art", "liable", "职业院校违规分配培训服务收入的，由旗教育局责令改正，追回违规发放的培训酬金，并予以通报批评；逾期报送分配方案的，"
                      "责令限期整改。教职工私自收费的，责令退还学员，并依纪依规处理。"),
    ("art", "terms", "本细则所称“以上”“以内”包含本数，“低于”“超过”不包含本数。"),
    ("art", "explain", "本细则由旗人社局会同旗教育局、旗财政局负责解释。"),
    ("art", "effective", f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年。"),
]

HEAD_ROWS = [["类别", "项目", "标准或要求", "<", "依据"],
             ["^", "^", "标准", "时限", "^"]]
ANNEX = [
    ("核算", "公用经费", f"培训服务收入的{FEE_RATE}%", "—", ["fee"]),
    ("^", "外聘教师酬金", f"每课时不超过{EXT_PAY_MAX}元", "—", ["calc"]),
    ("分配", "培训酬金", f"培训结余的{SHARE}%以内", "—", ["share"]),
    ("^", "取证率偏低", f"取证率低于{LOW_PASS}%的按{LOW_SHARE}%计算", "—", ["lowpass"]),
    ("^", "个人年度上限", f"累计不超过{w(CAP)}", "每一年度", ["cap"]),
    ("程序", "项目备案", f"每期不超过{CLASS_MAX}人", f"开班前{FILE_DAYS}个工作日", ["filing"]),
    ("^", "分配方案", f"校内公示不少于{SCHOOL_PUB_DAYS}个工作日", f"结业后{PLAN_DAYS}个工作日内", ["plan"]),
    ("^", "方案审核", "旗教育局", f"{REVIEW_DAYS}个工作日内", ["plan"]),
]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：乌拉特前旗为真实地名，文号、学校、比例、标准、期限、日期、人员和电话均为虚构，仅用于"
             "问答系统评测；所引《中华人民共和国职业教育法》为真实法律。")

FACTS = {
    "catch_up": cn_date(CATCH_UP_BY, week=True),
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "annex": TABLE_TITLE,
    "main": "旗属各职业院校，旗直有关单位：",
}
ART_KEYS = [k for lvl, k, _ in ARTICLES if lvl == "art"]


def numbering():
    out, a, i = {}, 0, 0
    for lvl, key, _ in ARTICLES:
        if lvl == "art":
            a, i = a + 1, 0
            out[key] = (a,)
        else:
            i += 1
            out[key] = (a, i)
    return out


def art_no(key):
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    t = next(t for _, k, t in ARTICLES if k == key)
    return t.replace("{filing}", art_no("filing"))


def printed():
    """every 条 and item as the visible text has them (typed numbers)"""
    out = []
    for lvl, key, _ in ARTICLES:
        out.append(f"{art_no(key)}　{text(key)}" if lvl == "art" else f"（{cn(numbering()[key][1])}）{text(key)}")
    return out


def annex_rows():
    return [[a, b, c, d, "、".join(cite(k) for k in keys)] for a, b, c, d, keys in ANNEX]


def annex_read():
    rows = annex_rows()
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if c == "^":
                r[j] = rows[i - 1][j]
    return rows


FS = "font-family:仿宋_GB2312"


def runs(s, style=FS):
    """Word's runs: digits / Latin in spans of their own (lang=EN-US), the rest in the paragraph's font"""
    out = []
    for part in re.split(r"([0-9A-Za-z\-%.]+)", s):
        if not part:
            continue
        if re.fullmatch(r"[0-9A-Za-z\-%.]+", part):
            out.append(f"<span lang=EN-US style='font-size:16.0pt'>{html.escape(part)}</span>")
        else:
            out.append(f"<span style='font-size:16.0pt;{style}'>{html.escape(part)}</span>")
    return "".join(out)


def para(s, indent=True, align=None, style=FS):
    a = f" align={align} style='text-align:{align}'" if align else " style='text-indent:32.0pt;line-height:28.0pt'" if indent \
        else " style='line-height:28.0pt'"
    return f"<p class=MsoNormal{a}>{runs(s, style)}</p>"


def article(key, lvl):
    if lvl == "art":
        return (f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><b><span style='font-size:16.0pt;"
                f"font-family:黑体'>{art_no(key)}</span></b><span style='font-size:16.0pt;{FS}'>　</span>{runs(text(key))}</p>")
    return para(f"（{cn(numbering()[key][1])}）{text(key)}")


def annex_html():
    rows = [r for r in HEAD_ROWS]
    body = annex_rows()
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    # header: 类别 / 项目 / 依据 span two rows, 标准或要求 spans two columns
    out.append("<tr>" + "".join(
        f"<td {'rowspan=2 ' if rows[1][j] == '^' else ''}{'colspan=2 ' if j + 1 < len(rows[0]) and rows[0][j + 1] == '<' else ''}"
        f"valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center "
        f"style='text-align:center'><b>{runs(c)}</b></p></td>"
        for j, c in enumerate(rows[0]) if c != "<") + "</tr>")
    out.append("<tr>" + "".join(
        f"<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center "
        f"style='text-align:center'><b>{runs(c)}</b></p></td>" for c in rows[1] if c != "^") + "</tr>")
    for i, r in enumerate(body):
        cells = []
        for j, c in enumerate(r):
            if c == "^":
                continue
            span = 1
            if j == 0:
                while i + span < len(body) and body[i + span][0] == "^":
                    span += 1
            rs = f"rowspan={span} " if span > 1 else ""
            cells.append(f"<td {rs}valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>"
                         f"{runs(c)}</p></td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}
 @font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
 /* Page Definitions */
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;}
div.WordSection1
	{page:WordSection1;}
@page WordSection2
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;}
div.WordSection2
	{page:WordSection2;}
-->
</style>"""


def page():
    L = ["<html>", "", "<head>", '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
         '<meta name=Generator content="Microsoft Word 15 (filtered)">', f'<meta name="description" content="{NOTE}">',
         f"<title>{TITLE}</title>", STYLE, "", "</head>", "", "<body lang=ZH-CN style='text-justify-trim:punctuation'>",
         f"<!-- {NOTE_TEXT} -->", "", "<div class=WordSection1>", ""]
    for x in ISSUERS:
        L.append(para(x, align="center", style="font-family:方正小标宋简体;color:red"))
    L.append(para("文件", align="center", style="font-family:方正小标宋简体;color:red"))
    L.append("<p class=MsoNormal>&nbsp;</p>")
    L.append(para(DOC_NO, align="center"))
    L.append("<div style='border:none;border-bottom:solid red 1.5pt;padding:0cm 0cm 1.0pt 0cm'><p class=MsoNormal>&nbsp;</p></div>")
    L.append(para(TITLE, align="center", style="font-family:方正小标宋简体"))
    L.append("<p class=MsoNormal>&nbsp;</p>")
    L.append(para(FACTS["main"], indent=False))
    L.append(para(f"经旗人民政府同意，现将《{RULES}》印发给你们，请认真抓好落实。"))
    L.append(para(f"本细则试行前已经开班、试行后结业的培训项目，按照本细则核算和分配，职业院校应当于{FACTS['catch_up']}前向旗人社局"
                  f"补办备案（不适用本细则{art_no('filing')}规定的开班前{FILE_DAYS}个工作日）。"))
    L.append(para(f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；分配方案审核：{CONTACTS[1][0]}"
                  f"{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}；财务管理：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。"))
    L.append(para(f"附件：{TABLE_TITLE}"))
    L.append("<p class=MsoNormal>&nbsp;</p>")
    for x in ISSUERS + [DATE]:
        L.append(para(x, align="right"))
    L.append(para("（此件主动公开）"))
    L.append("")
    L.append("<span style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all style='page-break-before:always'></span>")
    L.append(para(RULES, align="center", style="font-family:方正小标宋简体"))
    L.append("<p class=MsoNormal>&nbsp;</p>")
    for lvl, key, _ in ARTICLES:
        L.append(article(key, lvl))
    L += ["", "</div>", "", "<span style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all "
          "style='page-break-before:always'></span>", "", "<div class=WordSection2>", ""]
    L.append(para("附件", indent=False, style="font-family:黑体"))
    L.append(para(TABLE_TITLE, align="center", style="font-family:方正小标宋简体"))
    L.append(annex_html())
    L.append("<p class=MsoNormal>&nbsp;</p>")
    L.append(para(NOTE_TEXT, indent=False))
    L.append(para(NOTE + "。", indent=False))
    L += ["", "</div>", "", "</body>", "", "</html>", ""]
    return "\n".join(L)


def main():
    path = os.path.join(OUT_DIR, NAME + ".html")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(page())
    print("wrote", path, len(ART_KEYS), "条")


if __name__ == "__main__":
    main()
