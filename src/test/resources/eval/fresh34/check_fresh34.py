#!/usr/bin/env python3
"""Check fresh34-dev.jsonl / fresh34-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh34/check_fresh34.py            (from the repository root, or anywhere)
    python3 check_fresh34.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh33/check_fresh33.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext -layout`
for the .pdf, `soffice … txt:Text` for the .docx, the <body> text of the .html, the .txt as it is); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in
the visible text of its document — or of one of its `docs` — with whitespace removed**).

This round is, per split, **a vocational college's 年度质量报告 on 产教融合 / 校企合作 and a government portal news article about a
产教融合 event in the same city**: 江苏省常州市 (the news 常州市召开2026年职业教育产教融合推进会 as a page of the city portal, the
常州晋陵职业技术学院2025年度职业教育质量报告（产教融合篇） as a LibreOffice PDF with three tables; dev) and 辽宁省葫芦岛市 (the news
葫芦岛市召开产教融合校企合作对接会 as the portal's plain-text export, the 葫芦岛首山职业技术学院2025年度职业教育质量报告（校企合作篇）
as a LibreOffice .docx with three real tables; test). So it also checks:
  - lines (as fresh33): id prefixes (czx- / czb- / hlx- / hlb- by `doc`, x-f34- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region (a 区 / 县 / 县级市 of the
    city) and names it, every other answerable line names its region (REGION_FREE lines: no region, an anchor word of their
    document found in no other document of any round), `docs` lines (each document holds a `must` string, neither all), ONLY
    lines, `two`, punctuation, `unstated` (region = the split's, named; give-away words in no document of this round nor of any
    earlier round — UNSTATED_ABSENT), `region-clash` (another city of the same province, covered by no document of any round but
    the province's, named in no document, named by the question, and not a region value of an earlier line), `outofscope`
    regions, the seeded split of the fragment lines;
  - **the report**: title, the college, 书记 / 校长 / 副校长, contact and phone of the area code, date; its tables as built by
    src/make_changzhou_pdf.py / src/make_huludao_docx.py: every 2025 figure in the table also in the text where the text states
    it, dev's 增减 column = 2025 − 2024, the 新增 合作企业 = the difference, the 订单班 share of the 在校生 and the 实习 share (dev)
    rounded to 0.1 %, the 产业学院 students adding up to the 合计 and to the text, the 实训基地 总投资 / 企业投入 / 工位 adding up to
    the 合计 and to the text, 企业投入 ≤ 总投资 per row, the enterprise share (dev), 建成 / 成立 dates not after 2025年12月, the
    订单班 case's 留用率 = 留用 / 毕业, every 2026 target above its 2025 figure; none of the news' facts (signing figures, officials,
    专项资金, the partner of the new 产业学院);
  - **the news**: title, subtitle, event date before the publication date and after the report's date, 来源 / 作者 / 浏览次数, the
    number of signed projects = the sum of its kinds, 企业投资 < 协议总额, the officials, the college's 校长 as in the report, the new
    产业学院 agreed with a named company = the report's 2026 target; none of the report's own figures, people or contact;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (report 2,000–6,000, news 1,200–3,500 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh33 checks require in no document) absent; no name of an earlier round's
    region-clash region; neither province (江苏 / 辽宁) named;
  - formats: the .html is UTF-8 with the portal chrome (top bar, header with search form, menu, breadcrumb 首页 > 新闻中心 > 工作动态,
    <h1>, subtitle, info line with 发布时间 / 来源 / 作者 / 浏览次数 / 字号, the article in TRS_Editor, 责任编辑, 【打印本页】【关闭窗口】,
    上一篇 / 下一篇, footer with 网站标识码 and ICP备); the .pdf is produced by LibreOffice, 3–5 pages numbered `— N —`, the three
    tables' headers in it; the .docx is written by LibreOffice with three real tables (w:tbl) of the expected header and row
    count; the .txt is valid UTF-8 without BOM or CR, its first lines title / subtitle / info line / rule, body paragraphs
    indented with two full-width spaces, the 附 list numbered 1．… in order.
It reads all other documents of eval/ (about forty seconds) and prints the counts per kind per split and per document.
"""
import importlib
import json
import os
import random
import re
import subprocess
import sys
import zipfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

import crossround  # noqa: E402

crossround.install()
visible_text = crossround.visible_text
sq = evalset.squash

DOCS = {
    "changzhou-tuijinhui-xinwen": "changzhou-tuijinhui-xinwen.html",
    "changzhou-zhiliang-baogao": "changzhou-zhiliang-baogao.pdf",
    "huludao-duijiehui-xinwen": "huludao-duijiehui-xinwen.txt",
    "huludao-zhiliang-baogao": "huludao-zhiliang-baogao.docx",
}
DEV, TEST = "fresh34-dev.jsonl", "fresh34-test.jsonl"
SPLITS = {DEV: {"changzhou-tuijinhui-xinwen", "changzhou-zhiliang-baogao"},
          TEST: {"huludao-duijiehui-xinwen", "huludao-zhiliang-baogao"}}
NEWS = {DEV: "changzhou-tuijinhui-xinwen", TEST: "huludao-duijiehui-xinwen"}
REPORT = {DEV: "changzhou-zhiliang-baogao", TEST: "huludao-zhiliang-baogao"}
CZ = "江苏省常州市"
HL = "辽宁省葫芦岛市"
REGION = {DEV: CZ, TEST: HL}
PROVINCE = {DEV: "江苏省", TEST: "辽宁省"}
ID_PREFIX = {"changzhou-tuijinhui-xinwen": "czx-", "changzhou-zhiliang-baogao": "czb-", "huludao-duijiehui-xinwen": "hlx-",
             "huludao-zhiliang-baogao": "hlb-"}
# GB/T 2260 / 统计用区划代码
REGION_CODES = {
    "江苏省": "320000", CZ: "320400", CZ + "天宁区": "320402", CZ + "钟楼区": "320404", CZ + "新北区": "320411",
    CZ + "武进区": "320412", CZ + "金坛区": "320413", CZ + "溧阳市": "320481",
    "江苏省无锡市": "320200", "江苏省扬州市": "321000", "江苏省泰州市": "321200",
    "辽宁省": "210000", HL: "211400", HL + "连山区": "211402", HL + "龙港区": "211403", HL + "南票区": "211404",
    HL + "绥中县": "211421", HL + "兴城市": "211481",
    "辽宁省抚顺市": "210400", "辽宁省朝阳市": "211300",
}
TOWNS = {}
ALIASES = {}
AREA = {DEV: "0519", TEST: "0429"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
# per split: the facts both documents are built on (the report's tables are read from the generators in src/)
FACTS = {
    DEV: {"college": "常州晋陵职业技术学院", "report_title": "常州晋陵职业技术学院2025年度职业教育质量报告（产教融合篇）",
          "report_date": (2026, 1, 28), "report_date_s": "2026年1月28日",
          "people": ["党委书记袁正清", "校长蒋立诚", "副校长薛文静"], "contact": "巢国庆", "phones": ["0519-86931172"],
          "students": 12460, "text_2025": {"合作企业数（家）": "合作企业总数达到{}家", "订单班（个）": "订单班{}个",
                                           "订单班学生人数（人）": "订单班学生{}人", "企业兼职教师（人）": "聘请企业兼职教师{}人",
                                           "企业兼职教师承担课时（学时）": "承担专业课教学{}学时",
                                           "企业捐赠设备值（万元）": "折合人民币{}万元", "技术服务到账金额（万元）": "技术服务到账金额{}万元",
                                           "其中：规模以上工业企业（家）": "其中规模以上工业企业{}家"},
          "new_partners": "新增合作企业{}家", "order_key": "订单班学生人数（人）", "partner_key": "合作企业数（家）",
          "order_share": "占全日制在校生的{}%", "intern": (3105, 3986, "在合作企业实习的3105人，占{}%"),
          "college_total": "在读学生合计{}人", "base_text": ("总投资{}万元", "企业投入{}万元", "新增实训工位{}个"),
          "base_share": "占总投资的{}%",
          "case": (84, 98, "留用率{}%"),
          "targets": [("合作企业达到350家", "合作企业数（家）", 350), ("订单班学生达到1400人", "订单班学生人数（人）", 1400),
                      ("企业兼职教师达到270人", "企业兼职教师（人）", 270),
                      ("技术服务到账金额达到2000万元", "技术服务到账金额（万元）", 2000),
                      ("其中规模以上工业企业不少于185家", "其中：规模以上工业企业（家）", 185)],
          "new_college": "低空经济产业学院",
          "news_title": "常州市召开2026年职业教育产教融合推进会", "news_sub": "36个校企合作项目集中签约　协议总投资18.6亿元",
          "event": (2026, 4, 16), "event_s": "4月16日下午", "published": "2026-04-17 08:45", "source": "常州日报",
          "author": "记者 严晓岚", "views": "3126",
          "signed": (36, "36个校企合作项目现场签约", [("产业学院共建项目", 9), ("实训基地共建项目", 14), ("订单培养项目", 8),
                                                    ("技术研发项目", 5)]),
          "money": ("协议总投资18.6亿元", 18.6, "其中企业投资11.3亿元", 11.3),
          "officials": ["副市长钟雅琴", "市政府副秘书长周立恒", "市教育局局长曹建平", "董事长陆振宁"],
          "partner": "常州翼航无人机科技有限公司签订低空经济产业学院共建协议",
          "news_only": ["18.6亿元", "11.3亿元", "钟雅琴", "周立恒", "曹建平", "陆振宁", "翼航", "2800万元", "8000万元", "4260家",
                        "产业学院57个", "严晓岚"],
          "report_only": ["318家", "1254人", "4060万元", "2190万元", "1361", "恒锂班", "巢国庆", "0519-86931172", "袁正清",
                          "薛文静", "殷志华", "莫建新", "天曜", "轨联", "云启", "12460"]},
    TEST: {"college": "葫芦岛首山职业技术学院", "report_title": "葫芦岛首山职业技术学院2025年度职业教育质量报告（校企合作篇）",
           "report_date": (2026, 2, 26), "report_date_s": "2026年2月26日",
           "people": ["党委书记阎国华", "校长任德刚", "副校长鲍春艳"], "contact": "邰志远", "phones": ["0429-3125687"],
           "students": 8930, "text_2025": {"合作企业（家）": "合作企业达到{}家", "其中：葫芦岛市内企业（家）": "其中葫芦岛市内企业{}家",
                                           "订单班（个）": "订单班{}个", "订单班学生（人）": "订单班学生{}人",
                                           "现代学徒制学徒（人）": "培养学徒{}人", "企业兼职教师（人）": "聘请企业兼职教师{}人",
                                           "企业兼职教师承担课时（学时）": "承担课时{}学时",
                                           "技术服务到账金额（万元）": "技术服务到账金额{}万元", "职工培训（人次）": "职工培训{}人次"},
           "new_partners": "新增合作企业{}家", "order_key": "订单班学生（人）", "partner_key": "合作企业（家）",
           "order_share": "占全日制在校生的{}%", "intern": None,
           "college_total": "在读学生合计{}人", "base_text": ("总投资{}万元", "企业投入{}万元", "新增实训工位{}个"),
           "base_share": None,
           "case": (31, 38, "留用率{}%"),
           "targets": [("合作企业达到220家", "合作企业（家）", 220), ("订单班学生达到800人", "订单班学生（人）", 800),
                       ("企业兼职教师达到155人", "企业兼职教师（人）", 155),
                       ("技术服务到账金额达到1000万元", "技术服务到账金额（万元）", 1000),
                       ("职工培训达到15000人次", "职工培训（人次）", 15000)],
           "new_college": "新能源汽车零部件产业学院",
           "news_title": "葫芦岛市召开产教融合校企合作对接会", "news_sub": "28个项目现场签约　协议总额6.4亿元",
           "event": (2026, 5, 20), "event_s": "5月20日上午", "published": "2026-05-21 09:05", "source": "葫芦岛日报",
           "author": "记者 管晓彤", "views": "1847",
           "signed": (28, "28个校企合作项目签约", [("产业学院共建项目", 6), ("实训基地共建项目", 9), ("订单培养项目", 10),
                                                  ("技术服务项目", 3)]),
           "money": ("协议总额6.4亿元", 6.4, "其中企业投入4.1亿元", 4.1),
           "officials": ["副市长佟丽华", "市教育局局长关宏伟", "市发展改革委副主任卢晓峰", "总经理富文博"],
           "partner": "葫芦岛首山职业技术学院—葫芦岛锐驰汽车部件有限公司：新能源汽车零部件产业学院共建项目",
           "news_only": ["6.4亿元", "4.1亿元", "佟丽华", "关宏伟", "卢晓峰", "富文博", "锐驰", "3000万元", "一次性补助40万元", "1120家",
                         "3260个", "管晓彤"],
           "report_only": ["193家", "706人", "1770万元", "940万元", "866", "海蓝泳装班", "邰志远", "0429-3125687", "阎国华",
                           "鲍春艳", "那振江", "觉华", "8930"]},
}


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    return crossround.earlier_doc_regions("# Thirty-fifth fresh set")


def earlier_lines():
    return crossround.earlier_lines(SPLITS)


def earlier_documents():
    """The visible text of every document of the other folders of eval/."""
    return crossround.earlier_documents(os.path.basename(HERE))


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh33/check_fresh33.py require to be in no document of any round."""
    return crossround.later_absent(range(17, 34), os.path.join(HERE, "src"))


pdf_pages = crossround.pdf_pages


def num(s):
    return float(s.replace("+", ""))


def pct(a, b):
    return f"{a / b * 100:.1f}"


def tables(split):
    """The report's tables as its generator builds them: (indicators, 产业学院, 实训基地)."""
    if split == DEV:
        import make_changzhou_pdf as m
        return m.T1, m.T2, m.T3
    import make_huludao_docx as m
    return m.B1, m.B2, m.B3


# ---------------------------------------------------------------- the two documents of a split
def report_checks(split, raw, t, errors):
    f = FACTS[split]
    name = DOCS[REPORT[split]]
    if sq(f["report_title"]) not in t or f["report_date_s"] not in t:
        errors.append(f"{name}: title or date missing")
    for w in f["people"] + [f["contact"]] + f["phones"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", raw)
    if sorted(set(ph)) != sorted(f["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {ph}, not those of area code {AREA[split]}")
    ind, col, base = tables(split)
    rows = {r[0]: r[1:] for r in ind["rows"][1:]}
    for k, pat in f["text_2025"].items():
        if sq(pat.format(rows[k][1])) not in t:
            errors.append(f"{name}: the text does not state {k} = {rows[k][1]} ({pat})")
    for r in ind["rows"][1:]:
        if not all(sq(c) in t for c in r):
            errors.append(f"{name}: the table row {r[0]} is not in the text")
        if len(r) == 4 and abs(num(r[2]) - num(r[1]) - num(r[3])) > 0.001:
            errors.append(f"{name}: 增减 of {r[0]} is not 2025 − 2024")
    pk = f["partner_key"]
    if sq(f["new_partners"].format(int(num(rows[pk][1]) - num(rows[pk][0])))) not in t:
        errors.append(f"{name}: 新增合作企业 is not the difference of the two years")
    if sq(f["order_share"].format(pct(num(rows[f["order_key"]][1]), f["students"]))) not in t or \
            sq(f"全日制在校生{f['students']}人") not in t:
        errors.append(f"{name}: the 订单班 share is not 订单班学生 / 在校生")
    if f["intern"]:
        a, b, pat = f["intern"]
        if sq(pat.format(pct(a, b))) not in t or f"毕业生{b}人" not in t:
            errors.append(f"{name}: the 实习 share is not {a} / {b}")
    body = col["rows"][1:-1]
    total = sum(int(r[-1]) for r in body)
    if col["rows"][-1][0] != "合计" or int(col["rows"][-1][-1]) != total or sq(f["college_total"].format(total)) not in t \
            or f"产业学院{len(body)}个" not in t:
        errors.append(f"{name}: the 产业学院 students do not add up to the 合计 / the text, or their number is not stated")
    for r in body:
        y, m = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月", r[2]).groups())
        if (y, m) > (2025, 12) or not all(sq(c) in t for c in r):
            errors.append(f"{name}: 产业学院 row {r[0]} dated after 2025 or not in the text")
    brows = base["rows"][1:-1]
    head = base["rows"][0]
    ci, ce, cw = head.index("总投资（万元）"), head.index("企业投入（万元）"), head.index("工位（个）")
    ti, te, tw = (sum(int(r[c]) for r in brows) for c in (ci, ce, cw))
    last = base["rows"][-1]
    if (int(last[ci]), int(last[ce]), int(last[cw])) != (ti, te, tw) or not all(
            sq(p.format(v)) in t for p, v in zip(f["base_text"], (ti, te, tw))) or f"实训基地{len(brows)}个" not in t:
        errors.append(f"{name}: the 实训基地 合计 ({last}) or the text is not the sum of the rows ({ti}, {te}, {tw})")
    for r in brows:
        y, m = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月", r[-1]).groups())
        if int(r[ce]) > int(r[ci]) or y != 2025 or not all(sq(c) in t for c in r):
            errors.append(f"{name}: 实训基地 row {r} (企业投入 above 总投资, not built in 2025, or not in the text)")
    if f["base_share"] and sq(f["base_share"].format(pct(te, ti))) not in t:
        errors.append(f"{name}: the enterprise share is not 企业投入 / 总投资")
    a, b, pat = f["case"]
    if sq(pat.format(pct(a, b))) not in t:
        errors.append(f"{name}: the 订单班 case's 留用率 is not {a} / {b}")
    for w, k, target in f["targets"]:
        if sq(w) not in t or not target > num(rows[k][1]):
            errors.append(f"{name}: target {w} missing or not above the 2025 figure {rows[k][1]}")
    if f"新建{f['new_college']}1个" not in t:
        errors.append(f"{name}: the new 产业学院 target is missing")
    for w in f["news_only"]:
        if sq(w) in t:
            errors.append(f"{name}: {w!r} is in the report (it belongs to the news)")


def news_checks(split, raw, t, errors):
    import datetime
    f = FACTS[split]
    name = DOCS[NEWS[split]]
    for w in (f["news_title"], f["news_sub"], f["event_s"], "发布时间：" + f["published"], "来源：" + f["source"],
              "作者：" + f["author"], "浏览次数：" + f["views"], f["partner"], "校长" + f["people"][1][2:]) + tuple(f["officials"]):
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    ev = datetime.date(*f["event"])
    pub = datetime.date(*map(int, f["published"][:10].split("-")))
    if not datetime.date(*f["report_date"]) < ev < pub or f"{ev.month}月{ev.day}日" not in f["event_s"]:
        errors.append(f"{name}: the event is not after the report and before the publication")
    n, w, kinds = f["signed"]
    if sq(w) not in t or sum(k for _, k in kinds) != n or not all(f"{a}{k}个" in t for a, k in kinds):
        errors.append(f"{name}: the signed projects ({n}) are not the sum of their kinds")
    a, x, b, y = f["money"]
    if sq(a) not in t or sq(b) not in t or not y < x:
        errors.append(f"{name}: 协议总额 / 企业投入 missing or the enterprise part not below the total")
    if sq(f["new_college"]) not in t:
        errors.append(f"{name}: the report's new 产业学院 is not the one agreed at the meeting")
    for w in f["report_only"]:
        if sq(w) in t:
            errors.append(f"{name}: {w!r} is in the news (it belongs to the report)")


# ---------------------------------------------------------------- formats
def html_checks(errors):
    name = DOCS[NEWS[DEV]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="topbar">', '<div class="header">', '<form action="#">', '<div class="menu">',
              '<div class="position', '<div class="article', "<h1>", '<div class="subtitle">', '<div class="info">',
              '<div class="TRS_Editor">', '<div class="editor">', "责任编辑：", "【打印本页】", "【关闭窗口】", "上一篇：",
              "下一篇：", '<div class="footer">', "网站标识码", "ICP备", "字号："):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="position[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页新闻中心工作动态":
        errors.append(f"{name}: breadcrumb is {crumb}")
    info = re.search(r'<div class="info">(.*?)</div>', page, re.S).group(1)
    if not all(w in info for w in ("发布时间", "来源", "作者", "浏览次数", "字号")):
        errors.append(f"{name}: the info line lacks a field")
    art = re.search(r'<div class="TRS_Editor">(.*?)</div>', page, re.S).group(1)
    if len(re.findall(r"<p>", art)) < 6:
        errors.append(f"{name}: the article has fewer than six paragraphs")


def pdf_checks(errors):
    name = DOCS[REPORT[DEV]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 3 <= len(sp) <= 5 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 3–5 pages numbered — N —, or the note not on the last page")
    whole = "".join(sp)
    for tb in tables(DEV):
        if not all(sq(c.split("（")[0]) in whole for c in tb["rows"][0]):
            errors.append(f"{name}: a table header ({tb['rows'][0][:2]}) is missing")
    print(f"{name}: {len(pages)} pages")


def docx_checks(errors):
    name = DOCS[REPORT[TEST]]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    want = tables(TEST)
    if len(tbls) != len(want):
        errors.append(f"{name}: {len(tbls)} tables, not {len(want)}")
        return
    for x, spec in zip(tbls, want):
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x))
        nrows = x.count("<w:tr>") + x.count("<w:tr ")
        if nrows != len(spec["rows"]) or not all(c in text for r in spec["rows"] for c in r):
            errors.append(f"{name}: a table is not {spec['rows'][0][:2]}… with {len(spec['rows'])} rows")


def txt_checks(errors):
    name = DOCS[NEWS[TEST]]
    raw = open(os.path.join(HERE, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not valid UTF-8")
        return
    if b"\r" in raw or raw.startswith(b"\xef\xbb\xbf") or not raw.endswith(b"\n"):
        errors.append(f"{name}: CR, BOM or no final newline")
    lines = text.rstrip("\n").split("\n")
    f = FACTS[TEST]
    if lines[0] != f["news_title"] or lines[1] != f["news_sub"] or not lines[2].startswith("来源：") or \
            not re.fullmatch(r"─{20,}", lines[3]):
        errors.append(f"{name}: the first lines are not title / subtitle / info line / rule")
    body = [l for l in lines[4:] if l.startswith("　　")]
    if len(body) < 8:
        errors.append(f"{name}: fewer than eight indented body lines")
    items = [re.match(r"　　(\d)．", l).group(1) for l in body if re.match(r"　　\d．", l)]
    if items != [str(i) for i in range(1, len(items) + 1)] or len(items) < 3:
        errors.append(f"{name}: the 附 list is not numbered 1．… in order")


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = earlier_doc_regions()
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    old = earlier_lines()
    old_values = {d.get("region", "") for d in old}
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region)")
    for split in SPLITS:
        report_checks(split, raw[REPORT[split]], texts[REPORT[split]], errors)
        news_checks(split, raw[NEWS[split]], texts[NEWS[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    for split, allowed in SPLITS.items():
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if not (qid.startswith("x-f34-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f34-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name")
            if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d:
                errors.append(f"{where}: no items lines this round")
            if d.get("doc"):
                doc = d["doc"]
                musts = [sq(m) for m in d["must"]]
                if qid in REGION_FREE:
                    anchor = REGION_FREE[qid]
                    if (region or anchor not in d["q"] or anchor not in texts[doc]
                            or any(anchor in texts[x] for x in DOCS if x != doc)
                            or any(anchor in t for t in earlier.values())):
                        errors.append(f"{where}: region-free line needs no region and an anchor word of its document only")
                else:
                    for x in [doc] + d.get("docs", []):
                        if not region.startswith(DOC_REGION[x]):
                            errors.append(f"{where}: region {region!r} is not inside {x}'s region")
                    strictly = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                    if strictly != (kind == "region-scoped"):
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the document's")
                    if not any(named(p, said) for p in parts(region)[1:]):
                        errors.append(f"{where}: the question does not name its region")
                    if strictly and not named(parts(region)[-1], said):
                        errors.append(f"{where}: a region-scoped line must name its 区 / 县 / 县级市")
                    if strictly and any(parts(region)[-1] in texts[x] for x in DOCS):
                        errors.append(f"{where}: a region-scoped place must be named in no document of this round")
                if "docs" in d:
                    if sorted(d["docs"]) != sorted(allowed):
                        errors.append(f"{where}: docs must be the split's two documents")
                    for x in d["docs"]:
                        if not any(m in texts[x] for m in musts):
                            errors.append(f"{where}: no must string of the line is in {x}")
                    if not all(any(m not in texts[x] for m in musts) for x in d["docs"]):
                        errors.append(f"{where}: a docs line one document alone answers")
                others = [texts[x] for x in allowed if x != doc]
                if qid in ONLY and not any(all(m not in t for t in others) for m in musts):
                    errors.append(f"{where}: ONLY line, every must string is also in the other document")
            if kind == "unstated":
                if region != REGION[split] or not any(named(p, said) for p in parts(region)[1:]):
                    errors.append(f"{where}: the split's region not its region / not named")
                if qid not in UNSTATED_ABSENT:
                    errors.append(f"{where}: an unstated line needs give-away words")
                for w in UNSTATED_ABSENT.get(qid, []):
                    if w not in said:
                        errors.append(f"{where}: give-away word {w!r} not in the question")
                    hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
                    if hits:
                        errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                names = [p for p in parts(region)[1:] if p not in parts(REGION[split])]
                bad = (not region.startswith(PROVINCE[split]) or region == PROVINCE[split] or region.startswith(REGION[split])
                       or any(region.startswith(r) for r in earlier_regions if r != PROVINCE[split])
                       or any(v.startswith(region) for v in old_values))
                if bad or any(p in t for p in names for t in list(texts.values()) + list(earlier.values())) \
                        or not any(p[:2] in said for p in names):
                    errors.append(f"{where}: clash region must be another region of the same province covered by no document but "
                                  "the province's, named in no document, named by the question, and no earlier line's region")
            if kind == "outofscope" and region and not region.startswith(REGION[split]):
                errors.append(f"{where}: an outofscope line of this split names a place outside it")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    rng = random.Random(__import__("make_questions").SEED)
    pool_ids = [r[0] for r in POOL]
    rng.shuffle(pool_ids)
    if {r[0] for r in dev_pool} != set(pool_ids[:len(pool_ids) // 2]):
        errors.append("pool_split is not the seeded half")
    for split, pool in ((DEV, dev_pool), (TEST, test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f34-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh33 (the checks of fresh17 … fresh27
    # reject a clash region that another jsonl's region value starts with)
    errors += crossround.inside_earlier_clash(range(17, 34), SPLITS)
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        lo, hi = (2000, 6000) if doc in REPORT.values() else (1200, 3500)
        if not lo <= n <= hi:
            errors.append(f"{f}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        errors += crossround.earlier_words_in(f, texts[doc], later, clash_names)
        if "江苏" in texts[doc] or "辽宁" in texts[doc]:
            errors.append(f"{f}: a province named (江苏 / 辽宁 nowhere)")
        print(f"{f}: {n} characters")
    html_checks(errors)
    pdf_checks(errors)
    docx_checks(errors)
    txt_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [NEWS[DEV], REPORT[DEV], f"{DEV} none", NEWS[TEST], REPORT[TEST], f"{TEST} none"]
    print("per document:", " / ".join(cols))
    for k in KINDS:
        print(f"  {k}: " + " ".join(str(counts.get((c, k), 0)) for c in cols))
    print("  all: " + " ".join(str(sum(v for (c, _), v in counts.items() if c == col)) for col in cols))
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(evalset.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
