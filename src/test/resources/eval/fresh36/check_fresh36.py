#!/usr/bin/env python3
"""Check fresh36-dev.jsonl / fresh36-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh36/check_fresh36.py            (from the repository root, or anywhere)
    python3 check_fresh36.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh35/check_fresh35.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html); the schema checks are evalset.py's
(`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without
must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in the
visible text of its document — or of one of its `docs` — with whitespace removed**); the cross-round helpers are
../tools/crossround.py's.

This round is, per split, **a city's yearly 产教融合工作要点** (a 印发通知 and the 要点: numbered tasks each ending with its
责任单位 in parentheses, the lead unit marked, 完成时限 by quarter or month, quantified targets, the 专项资金 and its items, a 附件
task table 序号 / 重点任务 / 责任单位 / 完成时限) **and the 图解 “一图读懂” of the same 要点 as published online** (the text-only version
of an infographic: figures split from their units, 关键词, 问答, 时间节点, a link back to the original): 山西省晋城市 (the 要点 as a
LibreOffice .docx with the table as a real w:tbl, the 图解 as a page of the city 发展和改革委员会 portal; dev) and the held-out city
(the 要点 as a LibreOffice PDF, the 图解 as a 政务新媒体 H5 article page; test). So it also checks:
  - lines (as fresh35): id prefixes (jcy- / jct- / zby- / zbt- by `doc`, x-f36- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round), `docs` lines (each document holds a `must` string, neither
    all), ONLY lines, `two`, punctuation, `unstated` (region = the split's, named; give-away words in no document of any round —
    UNSTATED_ABSENT), `region-clash` (a city of the same province covered by no document of any round but the province's, its
    name in no document of any round and no part of it in this round's documents, named by the question, and not inside or
    around an earlier line's region value), `outofscope` regions, the seeded split of the fragment lines;
  - **the 工作要点** (generators src/make_jincheng_docx.py / src/make_zibo_pdf.py: TASKS, BASE, FUND, SECTIONS): title, 文号,
    issuers, date, contacts and phones of the area code, the reporting dates after the date; the lead-unit convention stated;
    every task's line (number, title, text, `（责任单位：…）`) in the visible text; dev: one ★, on the first unit, in every task and
    in the table; test: no marker at all; the table = the tasks (dev: the .docx's one w:tbl cell by cell; test: the header and
    every 完成时限 cell in the PDF's text); every 完成时限 a quarter / month of 2026 (or 全年…) and the latest quarter or month a
    task's text names = its 完成时限; 累计 / 总数 = 基数 + 新增 (BASE) as the 目标 states them; the fund's items adding up to the
    stated total, the per-unit items = count × amount of their tasks, the 实训基地 item = count × cap;
  - **the 图解** (src/make_jincheng_html.py / src/make_zibo_html.py): every figure it pulls out (NUMBERS) in the 图解 and the
    words it comes from in the 工作要点; **every figure-with-unit of the 图解's content found in the 工作要点** except its own counts
    (the number of NUMBERS / SECTIONS / TASKS, each = the generator's); its 板块 = the 要点's sections; the original's title (dev:
    and 文号) as in the 工作要点; published after the 要点's date; no task's 责任单位 (and no ★) in the 图解;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (工作要点 3,000–8,000, 图解 1,200–4,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh35 checks require in no document) absent; no name of an earlier round's
    region-clash region; neither province (山西 / 山东) named; no region value of this round inside a clash region of
    fresh17 … fresh35; neither city used by an earlier round;
  - formats: the .docx is written by LibreOffice with exactly one real table (w:tbl) of the task rows; the dev .html is UTF-8 with
    the portal chrome (top line, head with search form, menu, position line 首页 > 政策解读 > 图解政策, left column, <h1 class=
    "art-title">, info line 发布时间 / 信息来源 / 浏览次数 / 字体, 解读文件 box, <div class="TRS_Editor">, 原文链接, 责任编辑, 打印 /
    关闭, 相关解读, footer with 网站标识码 and ICP备); the .pdf is produced by LibreOffice, 4–7 pages numbered `— N —`, the table's
    header in it; the test .html is an H5 page (viewport, app bar with 打开APP, <h1 class="art-h">, author row with 政务号 and
    time, <div class="art-body"> of <section>s, 政策原文 box, toolbar, 相关推荐, 评论, download banner, copyright).
It reads all other documents of eval/ (about fifty seconds) and prints the counts per kind per split and per document.
"""
import datetime
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
sq = evalset.squash

DOCS = {
    "jincheng-gongzuo-yaodian": "jincheng-gongzuo-yaodian.docx",
    "jincheng-tujie": "jincheng-tujie.html",
    "zibo-gongzuo-yaodian": "zibo-gongzuo-yaodian.pdf",
    "zibo-tujie": "zibo-tujie.html",
}
DEV, TEST = "fresh36-dev.jsonl", "fresh36-test.jsonl"
SPLITS = {DEV: {"jincheng-gongzuo-yaodian", "jincheng-tujie"}, TEST: {"zibo-gongzuo-yaodian", "zibo-tujie"}}
YAODIAN = {DEV: "jincheng-gongzuo-yaodian", TEST: "zibo-gongzuo-yaodian"}
TUJIE = {DEV: "jincheng-tujie", TEST: "zibo-tujie"}
JC = "山西省晋城市"
ZB = "山东省淄博市"
REGION = {DEV: JC, TEST: ZB}
PROVINCE = {DEV: "山西省", TEST: "山东省"}
ID_PREFIX = {"jincheng-gongzuo-yaodian": "jcy-", "jincheng-tujie": "jct-", "zibo-gongzuo-yaodian": "zby-", "zibo-tujie": "zbt-"}
# GB/T 2260 / 统计用区划代码
REGION_CODES = {
    "山西省": "140000", JC: "140500", JC + "沁水县": "140521", JC + "阳城县": "140522", JC + "陵川县": "140524",
    JC + "泽州县": "140525", JC + "高平市": "140581",
    "山西省朔州市": "140600", "山西省忻州市": "140900", "山西省吕梁市": "141100",
    "山东省": "370000", ZB: "370300", ZB + "淄川区": "370302", ZB + "张店区": "370303", ZB + "博山区": "370304",
    ZB + "临淄区": "370305", ZB + "周村区": "370306", ZB + "桓台县": "370321", ZB + "高青县": "370322", ZB + "沂源县": "370323",
    "山东省滨州市": "371600", "山东省菏泽市": "371700",
}
ALIASES = {}
AREA = {DEV: "0356", TEST: "0533"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
FACTS = {
    DEV: {"title": "晋城市产教融合工作领导小组办公室关于印发《晋城市2026年产教融合工作要点》的通知",
          "doc_no": "晋市产教办〔2026〕2号", "issuers": ["晋城市产教融合工作领导小组办公室"],
          "date": (D(2026, 2, 27), "2026年2月27日"),
          "reports": [(D(2026, 12, 20), "全年工作总结于2026年12月20日前报送")],
          "people": ["秦文博", "郝雪萍"], "phones": ["0356-2087316", "0356-2029854"],
          "lead_rule": "各项任务中标注“★”的为牵头单位", "table_note": "注：标注“★”的为牵头单位。",
          "base": {"产教融合型企业": ("市级产教融合型企业{}家", "新培育市级产教融合型企业{}家", "累计达到{}家"),
                   "实训基地": ("市级产教融合实训基地{}个", "新认定市级产教融合实训基地{}个", "累计达到{}个")},
          "fund_text": "市级财政安排产教融合专项资金{}万元，其中{}",
          # (fund item, task with the count, count words, task with the amount, amount words): item = count × amount
          "fund_products": [("产业学院建设补助", 6, "新建市级产业学院{}个", 6, "每个给予一次性建设补助{}万元"),
                            ("产教融合型企业奖励", 12, "新培育市级产教融合型企业{}家", 13, "给予一次性奖励{}万元")],
          "fund_caps": [("实训基地建设补助", 9, "新认定{}个", "单个基地补助最高不超过{}万元")],
          "tujie_published": (D(2026, 3, 5), "2026-03-05 10:12"),
          "tujie_counts": {"8组": "numbers", "6个方面": "sections", "20项": "tasks"},
          "tujie_orig": ["晋城市产教融合工作领导小组办公室关于印发《晋城市2026年产教融合工作要点》的通知", "晋市产教办〔2026〕2号"]},
    TEST: {"title": "淄博市发展和改革委员会　淄博市教育局关于印发《淄博市2026年产教融合工作要点》的通知",
           "doc_no": "淄发改社会〔2026〕21号", "issuers": ["淄博市发展和改革委员会", "淄博市教育局"],
           "date": (D(2026, 3, 16), "2026年3月16日"),
           "reports": [(D(2026, 6, 30), "于2026年6月30日前报送上半年工作进展情况"),
                       (D(2026, 12, 15), "12月15日前报送全年工作完成情况")],
           "people": ["邢立超", "蒲晓琳"], "phones": ["0533-3182645", "0533-2307718"],
           "lead_rule": "各项任务责任单位中排在第一位的为牵头单位", "table_note": "说明：责任单位中排在第一位的为牵头单位。",
           "base": {"产教融合型企业": ("市级产教融合型企业{}家", "新培育市级产教融合型企业{}家", "总数达到{}家"),
                    "实训基地": ("市级产教融合实训基地{}个", "新建市级产教融合实训基地{}个", "总数达到{}个")},
           "fund_text": "市级财政安排产教融合专项资金{}万元，其中{}",
           "fund_products": [("现场工程师学院建设支持", 4, "建设市级现场工程师学院{}个", 4, "每个给予{}万元建设支持"),
                             ("市级产业学院建设补助", 5, "新建市级产业学院{}个", 5, "每个给予{}万元建设补助"),
                             ("产教融合型企业奖励", 12, "新培育市级产教融合型企业{}家", 13, "给予一次性奖励{}万元")],
           "fund_caps": [("市级产教融合实训基地建设补助", 9, "新建市级产教融合实训基地{}个", "单个项目补助最高{}万元")],
           "tujie_published": (D(2026, 3, 20), "2026-03-20 17:45"),
           "tujie_counts": {"6大板块": "sections", "19项": "tasks"},
           "tujie_orig": ["淄博市发展和改革委员会　淄博市教育局关于印发《淄博市2026年产教融合工作要点》的通知"]},
}
CN = {"一": 1, "二": 2, "三": 3, "四": 4}
UNIT = r"(?:%以上|%|万人次|万元|亿元|个方面|大板块|个|家|人次|人|名|条|场|项|次|组)"


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 工作要点's generator (TASKS, SECTIONS, BASE, FUND, TARGETS, table_rows(), units_text(), task_line(), LEAD) and the
    图解's (NUMBERS, AREAS / PARTS)."""
    if split == DEV:
        import make_jincheng_docx as y
        import make_jincheng_html as t
    else:
        import make_zibo_pdf as y
        import make_zibo_html as t
    return y, t


def month_of(s):
    """The month a deadline phrase stands for (a quarter → its last month, 上半年 → 6, 年底 → 12), None if it names none."""
    ms = []
    for q in re.findall(r"([一二三四])季度", s):
        ms.append(3 * CN[q])
    ms += [int(m) for m in re.findall(r"(\d+)月底前", s)]
    if "上半年" in s:
        ms.append(6)
    if "年底前" in s or "年内" in s:
        ms.append(12)
    return max(ms) if ms else None


# ---------------------------------------------------------------- the 工作要点
def yaodian_checks(split, raw, t, errors):
    f = FACTS[split]
    name = DOCS[YAODIAN[split]]
    y, _ = generators(split)
    for w in [f["title"], f["doc_no"], f["date"][1], f["lead_rule"], f["table_note"], y.TARGETS] + f["issuers"] + f["people"] \
            + [r for _, r in f["reports"]]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", raw)
    if sorted(set(ph)) != sorted(f["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {ph}, not those of area code {AREA[split]}")
    if not all(f["date"][0] < d for d, _ in f["reports"]):
        errors.append(f"{name}: a reporting date is not after the date of the notice")
    # the tasks: their lines (without the page footers), the lead marker, the table
    body = re.sub(r"—\d+—", "", t)
    for n, task in enumerate(y.TASKS, 1):
        line = y.task_line(n, task)
        if sq(line) not in body:
            errors.append(f"{name}: task {n}'s line is not in the visible text")
        ut = y.units_text(task[3])
        if split == DEV and (ut.count("★") != 1 or not ut.startswith(task[3][0] + "★")):
            errors.append(f"{name}: task {n}: not one ★, on the first unit")
        due = task[4]
        if not re.fullmatch(r"2026年(第[一二三四]季度|[一二三四]季度|\d{1,2}月底前|年底前)|全年持续推进|全年推进", due):
            errors.append(f"{name}: task {n}: 完成时限 {due!r} is not a quarter / month of 2026")
        said = month_of(task[2])
        if said and month_of(due) != said:
            errors.append(f"{name}: task {n}: its text names month {said}, its 完成时限 {due!r}")
        if sq(due) not in t:
            errors.append(f"{name}: task {n}: 完成时限 {due!r} not in the visible text")
    if split == TEST and "★" in t:
        errors.append(f"{name}: a ★ in the held-out 工作要点 (the first unit leads)")
    secs = sorted({task[0] for task in y.TASKS})
    if secs != list(range(len(y.SECTIONS))) or not all(sq(s) in t for s in y.SECTIONS):
        errors.append(f"{name}: sections are not those of the tasks")
    # targets: 基数 + 新增 = 累计 / 总数
    for key, pats in f["base"].items():
        b, new, tot = y.BASE[key]
        if b + new != tot or not all(sq(p.format(v)) in sq(y.TARGETS) for p, v in zip(pats, (b, new, tot))):
            errors.append(f"{name}: {key}: {b} + {new} ≠ {tot}, or not so stated in the 目标")
    # the fund
    total, items = y.FUND
    listing = "、".join(f"{k}{v}万元" for k, v in items)
    if sum(v for _, v in items) != total or sq(f["fund_text"].format(total, listing)) not in t:
        errors.append(f"{name}: the fund's items do not add up to {total} or are not so stated")
    fund = dict(items)
    for item, n, cw, m, aw in f["fund_products"]:
        c = re.search(re.escape(cw).replace(r"\{\}", r"(\d+)"), y.TASKS[n - 1][2])
        a = re.search(re.escape(aw).replace(r"\{\}", r"(\d+)"), y.TASKS[m - 1][2])
        if not c or not a or int(c.group(1)) * int(a.group(1)) != fund[item]:
            errors.append(f"{name}: fund item {item} ≠ count (task {n}) × amount (task {m})")
    for item, n, cw, aw in f["fund_caps"]:
        c = re.search(re.escape(cw).replace(r"\{\}", r"(\d+)"), y.TASKS[n - 1][2])
        a = re.search(re.escape(aw).replace(r"\{\}", r"(\d+)"), y.TASKS[n - 1][2])
        if not c or not a or int(c.group(1)) * int(a.group(1)) != fund[item]:
            errors.append(f"{name}: fund item {item} ≠ count × cap of task {n}")
    print(f"{name}: {len(y.TASKS)} tasks in {len(y.SECTIONS)} sections, fund {total}万元 in {len(items)} items")


# ---------------------------------------------------------------- the 图解
def tujie_checks(split, page, t, yt, errors):
    f = FACTS[split]
    name = DOCS[TUJIE[split]]
    y, g = generators(split)
    for n, u, label, src in g.NUMBERS:
        if sq(n + u) not in t or sq(src) not in yt:
            errors.append(f"{name}: figure {n}{u} not in the 图解, or {src!r} not in the 工作要点")
    start, end = ('<div class="TRS_Editor">', '<div class="yuanwen">') if split == DEV else \
        ('<div class="art-body"', '<div class="orig">')
    s = page.index(start)
    content = re.sub(r"<[^>]+>", " ", page[s:page.index(end, s)])
    toks = [re.sub(r"\s+", "", m) for m in re.findall(r"(?<![\d.])\d+(?:\.\d+)?\s*" + UNIT, content)]
    want = {"numbers": len(g.NUMBERS), "sections": len(y.SECTIONS), "tasks": len(y.TASKS)}
    own = {k for k in toks if k not in yt}
    for k in own:
        what = f["tujie_counts"].get(k)
        if what is None or int(re.match(r"\d+", k).group(0)) != want[what]:
            errors.append(f"{name}: figure {k!r} of the 图解 is not in the 工作要点 (nor one of its own counts)")
    for k, what in f["tujie_counts"].items():
        if sq(k) not in t or int(re.match(r"\d+", k).group(0)) != want[what]:
            errors.append(f"{name}: its count {k!r} is not the generator's {what} ({want[what]})")
    areas = getattr(g, "AREAS", None) or getattr(g, "PARTS")
    if [a for a, _ in areas] != [re.sub(r"^（[一二三四五六七八九十]+）", "", s) for s in y.SECTIONS]:
        errors.append(f"{name}: its 板块 are not the 工作要点's sections")
    for w in f["tujie_orig"] + [f["tujie_published"][1]]:
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    if not f["tujie_published"][0] > f["date"][0]:
        errors.append(f"{name}: published before the 工作要点")
    if "★" in t or "责任单位：" in t or any(sq(y.units_text(task[3])) in t for task in y.TASKS if len(task[3]) > 2):
        errors.append(f"{name}: a task's 责任单位 (or ★) in the 图解")
    print(f"{name}: {len(toks)} figures ({len(own)} its own counts)")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[YAODIAN[DEV]]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    import make_jincheng_docx as y
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
            for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)]
    if rows != y.table_rows():
        errors.append(f"{name}: the table is not the tasks' {len(y.table_rows())} rows")
    print(f"{name}: table rows {len(rows)}")


def pdf_checks(t, errors):
    name = DOCS[YAODIAN[TEST]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 7 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–7 pages numbered — N —, or the note not on the last page")
    import make_zibo_pdf as y
    rows = y.table_rows()
    if sq("".join(rows[0])) not in t:
        errors.append(f"{name}: the table's header is missing")
    table_text = "".join(sp[[i for i, p in enumerate(sp) if sq("".join(rows[0])) in p][0]:]) if sq("".join(rows[0])) in t else ""
    if [sq(r[3]) for r in rows[1:]] != re.findall(r"2026年(?:[一二三四]季度|\d{1,2}月底前|年底前)|全年推进",
                                                   table_text.split(sq(FACTS[TEST]["table_note"]))[0]):
        errors.append(f"{name}: the table's 完成时限 cells are not the tasks' (in order)")
    print(f"{name}: {len(pages)} pages")


def html_checks(errors):
    name = DOCS[TUJIE[DEV]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="topline">', '<div class="head">', '<div class="sch">', '<div class="menu">',
              '<div class="position', '<div class="side">', '<h1 class="art-title">', '<div class="art-info">', '<div class="jdwj">',
              '<div class="TRS_Editor">', '<div class="yuanwen">', '<div class="bj">', "打印", "关闭", '<div class="xgjd">',
              '<div class="bottom">', "网站标识码", "ICP备", "公网安备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    pos = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="position[^"]*">(.*?)</div>', page, re.S).group(1))
    if pos != "您当前的位置：首页政策解读图解政策":
        errors.append(f"{name}: position line is {pos}")
    info = re.search(r'<div class="art-info">(.*?)</div>', page, re.S).group(1)
    if not all(w in info for w in ("发布时间", "信息来源", "浏览次数", "字体")):
        errors.append(f"{name}: the info line lacks a field")


def h5_checks(errors):
    name = DOCS[TUJIE[TEST]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', 'name="viewport"', '<header class="app-bar">', "打开APP", '<h1 class="art-h">',
              '<div class="author-row">', "政务号", '<div class="art-body"', "<section", '<div class="orig">', '<div class="toolbar">',
              '<div class="recommend">', '<div class="comment">', '<div class="dl-banner">', '<div class="copy">'):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if page.count("<section") < 6:
        errors.append(f"{name}: fewer than six <section>s")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Thirty-seventh fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    old = crossround.earlier_lines(SPLITS)
    old_values = {d.get("region", "") for d in old}
    earlier = crossround.earlier_documents(os.path.basename(HERE))
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    for split in SPLITS:
        yaodian_checks(split, raw[YAODIAN[split]], texts[YAODIAN[split]], errors)
        page = open(os.path.join(HERE, DOCS[TUJIE[split]]), encoding="utf-8").read()
        tujie_checks(split, page, texts[TUJIE[split]], texts[YAODIAN[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    mine = list(texts.values())
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
            if not (qid.startswith("x-f36-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f36-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and region not in REGION_CODES:
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
                            or any(anchor in t for t in earlier.values())
                            or any(named(p, said) for p in parts(REGION[split])[1:])):
                        errors.append(f"{where}: region-free line needs no region, names no city, and an anchor word of its "
                                      "document only")
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
                       or any(v.startswith(region) or (v and region.startswith(v) and v != PROVINCE[split])
                              for v in old_values))
                if bad or not names or any(names[-1] in t for t in mine + list(earlier.values())) \
                        or any(p in t for p in names for t in mine) or not named(names[-1], said):
                    errors.append(f"{where}: clash region must be a place of the same province covered by no document but the "
                                  "province's, its last part named in no document and no part in this round's, named by the "
                                  "question, and no earlier line's region")
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
        have = {i for i in by_split[split] if re.match(r"x-f36-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh35 (their checks reject a clash
    # region that another jsonl's region value starts with); no earlier clash line lies in either city
    errors += crossround.inside_earlier_clash(range(17, 36), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 晋城 / 淄博")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 36), os.path.join(HERE, "src"))
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        lo, hi = (3000, 8000) if doc in YAODIAN.values() else (1200, 4000)
        if not lo <= n <= hi:
            errors.append(f"{f}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        errors += crossround.earlier_words_in(f, texts[doc], later, clash_names)
        if "山西" in texts[doc] or "山东" in texts[doc]:
            errors.append(f"{f}: a province named (山西 / 山东 nowhere)")
        print(f"{f}: {n} characters")
    docx_checks(errors)
    pdf_checks(texts[YAODIAN[TEST]], errors)
    html_checks(errors)
    h5_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [YAODIAN[DEV], TUJIE[DEV], f"{DEV} none", YAODIAN[TEST], TUJIE[TEST], f"{TEST} none"]
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
