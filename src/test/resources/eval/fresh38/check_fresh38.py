#!/usr/bin/env python3
"""Check fresh38-dev.jsonl / fresh38-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh38/check_fresh38.py            (from the repository root, or anywhere)
    python3 check_fresh38.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh37/check_fresh37.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html) and the .md as it is (../tools/crossround.py's
`install()`); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl
in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of
their split, **every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**);
the cross-round helpers are ../tools/crossround.py's.

This round is, per split, **the 活动方案 of a 校企供需对接会 / 产教融合洽谈会** (印发通知, purpose, time and place, 主办 / 承办 / 协办,
参会对象 with caps, the 日程 table, 任务分工 with contacts, 报名方式 with deadlines, 签约项目要求, 工作要求, 经费, the 参会回执 table)
**and the 会后签约项目清单 / 成果通报** (the table of signed school–enterprise projects 序号 / 项目名称 / 院校 / 企业 / 合作内容 /
协议金额（万元） / 签约类型, totals, next steps, contacts): 河南省济源市 (the 方案 as a LibreOffice .docx, the 通报 as a Markdown file;
dev) and the held-out city (the 方案 as a LibreOffice PDF, the 通报 as a page of the city 教育局 portal; test). So it also checks:
  - lines (as fresh37): id prefixes (jyf- / jyt- / wsf- / wst- by `doc`, x-f38- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no city named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the signed-project list lines: = the number of projects, every
    must a project name), punctuation, `unstated` (region = the split's, named; give-away words in no document of any round),
    `region-clash` (a place of the same province covered by no document of any round, its name in no document of any round and
    no part of it in this round's documents, named by the question, not inside this round's regions or an earlier document's
    region, no earlier line's region inside it; an earlier line's region containing it only when all such earlier lines
    abstain — `unstated` / `outofscope` — printed as an overlap), `outofscope` regions, the seeded split of the fragment lines;
  - **the 方案** (generators src/make_jiyuan_docx.py / src/make_wusu_pdf.py): 文号, date, issuer(s), title, event, time, place,
    address, 主办 / 承办 / 协办, e-mail, deadlines, planned count, FACTS strings in the text; the bold headings 一、… in order;
    the 日程 rows (times in order, no overlap, the first row starting at the 签到 time, the opening at the event's start, the last
    row ending at its end; every cell in the text — in the PDF as a subsequence of the table's text, since wrapped cells
    interleave); the 任务分工 persons and phones (the phones of the text = FACTS phones, all of the area code); the 回执 header;
    the deadlines before the event and after the notice; every `YYYY年M月D日（星期X）` of the four documents with its right weekday;
  - **the 通报** (src/make_jiyuan_md.py / src/make_wusu_html.py): the project table as printed (parsed from the Markdown pipe table
    / the HTML <table>) = PROJECTS; the 合计 row and `协议金额合计` = the sum of the printed amounts; the counts and amounts per
    签约类型, the counts per school, the number of enterprises, the largest project, the number of projects (≥ the 方案's planned
    minimum), dev: the 订单班 students; the event date, place and hosts restated (RESTATED in both documents); its phones a subset
    of the 方案's; dates in order (notice < deadlines < event < 通报 < the 意向 deadline);
  - the documents: fictional note in the last lines (the .pdf on its last page), the .md and .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (方案 2,000–6,000, 通报 1,200–4,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh37 checks require in no document) absent; no name of an earlier round's
    region-clash region; the province (河南 / 新疆 / 自治区) and the prefecture (塔城) not named; neither city in the other split's
    documents; no region value of this round inside a clash region of fresh17 … fresh37; neither city used by an earlier round;
  - formats: the .docx is written by LibreOffice with three real tables (w:tbl), the first = the 日程 rows; the .md has the note
    comment first, one `#` title, `##` headings, the pipe table with its `|---|` line, no front matter; the .pdf is produced by
    LibreOffice, 4–8 pages numbered `— N —`; the .html is UTF-8 with the portal chrome (top bar, header with search box, menu,
    crumb 首页 > 工作动态 > 通知公告, <h1 class="title">, meta line 发布时间 / 来源 / 浏览次数 / 字号, <div class="TRS_Editor">, the
    <table> with <thead>, 责任编辑, 打印 / 关闭, footer with 网站标识码 / ICP备 / 公网安备).
It reads all other documents of eval/ (about fifty seconds) and prints the counts per kind per split and per document.
"""
import datetime
import html as htmlmod
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
    "jiyuan-duijiehui-fangan": "jiyuan-duijiehui-fangan.docx",
    "jiyuan-qianyue-tongbao": "jiyuan-qianyue-tongbao.md",
    "wusu-qiatanhui-fangan": "wusu-qiatanhui-fangan.pdf",
    "wusu-qianyue-tongbao": "wusu-qianyue-tongbao.html",
}
DEV, TEST = "fresh38-dev.jsonl", "fresh38-test.jsonl"
SPLITS = {DEV: {"jiyuan-duijiehui-fangan", "jiyuan-qianyue-tongbao"}, TEST: {"wusu-qiatanhui-fangan", "wusu-qianyue-tongbao"}}
PLAN = {DEV: "jiyuan-duijiehui-fangan", TEST: "wusu-qiatanhui-fangan"}
REPORT = {DEV: "jiyuan-qianyue-tongbao", TEST: "wusu-qianyue-tongbao"}
HN = "河南省"
XJ = "新疆维吾尔自治区"
JY = HN + "济源市"
WS = XJ + "塔城地区乌苏市"
REGION = {DEV: JY, TEST: WS}
PROVINCE = {DEV: HN, TEST: XJ}
ID_PREFIX = {"jiyuan-duijiehui-fangan": "jyf-", "jiyuan-qianyue-tongbao": "jyt-", "wusu-qiatanhui-fangan": "wsf-",
             "wusu-qianyue-tongbao": "wst-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道)
REGION_CODES = {
    HN: "410000", JY: "419001",
    JY + "济水街道": "419001002", JY + "玉泉街道": "419001005", JY + "克井镇": "419001100", JY + "五龙口镇": "419001101",
    JY + "轵城镇": "419001102", JY + "承留镇": "419001103", JY + "邵原镇": "419001104", JY + "梨林镇": "419001106",
    JY + "思礼镇": "419001108",
    HN + "平顶山市舞钢市": "410481", HN + "平顶山市汝州市": "410482", HN + "平顶山市宝丰县": "410421",
    XJ: "650000", WS: "654202",
    WS + "南苑街道": "654202001", WS + "哈图布呼镇": "654202101", WS + "车排子镇": "654202103", WS + "百泉镇": "654202105",
    WS + "四棵树镇": "654202106", WS + "古尔图镇": "654202107", WS + "西大沟镇": "654202109", WS + "九间楼乡": "654202202",
    WS + "头台乡": "654202204",
    XJ + "塔城地区沙湾市": "654203", XJ + "伊犁哈萨克自治州奎屯市": "654003",
}
ALIASES = {}
AREA = {DEV: "0391", TEST: "0901"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["河南", "豫北", "乌苏", "新疆"], TEST: ["新疆", "自治区", "塔城", "济源", "河南"]}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 方案's generator and the 通报's."""
    if split == DEV:
        import make_jiyuan_docx as f
        import make_jiyuan_md as b
    else:
        import make_wusu_pdf as f
        import make_wusu_html as b
    return f, b


def facts_strings(facts):
    out = []
    for v in facts.values():
        out += v if isinstance(v, list) else [v]
    return out


def ordered(body, pieces):
    """True when every piece (squashed) is in body, each after the one before."""
    pos = 0
    for p in pieces:
        i = body.find(sq(p), pos)
        if i < 0:
            return False
        pos = i + len(sq(p))
    return True


def subsequence(piece, body):
    """True when the characters of piece (squashed) occur in body in order (a wrapped PDF cell interleaves with its row)."""
    it = iter(body)
    return all(c in it for c in sq(piece))


def to_date(s):
    y, m, d = (int(x) for x in re.search(DATE_RE, sq(s)).groups())
    return D(y, m, d)


def minutes(hm):
    h, m = hm.split(":")
    return int(h) * 60 + int(m)


# ---------------------------------------------------------------- the 方案
def plan_checks(split, raw, t, errors):
    name = DOCS[PLAN[split]]
    f, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    issuers = f.ISSUERS if split == DEV else [f.ISSUER]
    organizers = [f.ORGANIZER] if split == DEV else f.ORGANIZERS
    for w in [f.DOC_NO, f.DATE, f.TITLE, f.EVENT, f.PLAN_TITLE, f.WHEN, f.CHECK_IN, f.VENUE, f.ADDRESS, f.EMAIL,
              f.RECEIPT_DEADLINE, f.PROJECT_DEADLINE, f.PLANNED] + issuers + f.HOSTS + organizers + f.CO_HOSTS \
            + facts_strings(f.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    heads = re.findall(r"\*\*([一二三四五六七八九十]+、[^*]+)\*\*", f.source())
    if not heads or not ordered(body, heads) or [h.split("、")[0] for h in heads] != list("一二三四五六七八九十"[:len(heads)]):
        errors.append(f"{name}: the headings {heads} are not all in the text, numbered in order")
    # the 日程: times in order without overlap; first row at the 签到 time, the opening at the event's start, the end at its end
    spans = [tuple(minutes(x) for x in r[0].split("—")) for r in f.SCHEDULE]
    start, end = (minutes(x) for x in re.search(r"(\d{1,2}:\d\d)—(\d{1,2}:\d\d)", f.WHEN).groups())
    check_in = minutes(re.match(r"(\d{1,2}:\d\d)", f.CHECK_IN).group(1))
    if any(a >= b for a, b in spans) or any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)) \
            or spans[0][0] != check_in or spans[1][0] != start or spans[-1][1] != end:
        errors.append(f"{name}: the 日程 times {f.SCHEDULE} do not fit {f.WHEN} / {f.CHECK_IN}")
    if not ordered(body, [r[0] for r in f.SCHEDULE]):
        errors.append(f"{name}: the 日程 times are not in the text in order")
    s0 = body.find(sq(f.SCHEDULE_HEAD[0]) + sq(f.SCHEDULE_HEAD[1]))
    table = body[s0:body.find(sq(f.SCHEDULE[-1][0]), s0) + 200] if s0 >= 0 else ""
    for r in [f.SCHEDULE_HEAD] + [list(x) for x in f.SCHEDULE]:
        for c in r:
            if (split == DEV and sq(c) not in table) or (split == TEST and not subsequence(c, table)):
                errors.append(f"{name}: 日程 cell {c[:20]!r} not in the table's text")
    if split == TEST and not re.search(r"(\d{1,2}:\d\d)—(\d{1,2}:\d\d)为午间休息", body):
        errors.append(f"{name}: the 午间休息 note missing")
    if split == TEST:
        gap = [(spans[i][1], spans[i + 1][0]) for i in range(len(spans) - 1) if spans[i][1] < spans[i + 1][0]]
        note = re.search(r"(\d{1,2}:\d\d)—(\d{1,2}:\d\d)为午间休息", body)
        if note and gap != [(minutes(note.group(1)), minutes(note.group(2)))]:
            errors.append(f"{name}: the 午间休息 note does not fill the gap of the 日程")
    # 任务分工: persons and phones
    persons = [d[3] for d in f.DUTIES] if split == DEV else [d[2] for d in f.DUTIES]
    for p in persons:
        if sq(p) not in body:
            errors.append(f"{name}: contact {p} missing")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(f.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    rec = body[body.rfind(sq(f.RECEIPT_HEAD[0]) if split == DEV else sq(f.EVENT + "参会回执")):]
    if (split == DEV and "".join(sq(h) for h in f.RECEIPT_HEAD) not in rec) or \
            (split == TEST and not all(subsequence(h, rec) for h in f.RECEIPT_HEAD)):
        errors.append(f"{name}: the 回执 header missing")
    notice, receipt, project = to_date(f.DATE), to_date(f.RECEIPT_DEADLINE), to_date(f.PROJECT_DEADLINE)
    event = to_date(f.WHEN)
    if not notice < receipt < project < event:
        errors.append(f"{name}: dates not in order (notice < 回执 deadline < 签约项目 deadline < event)")
    for c in f.FACTS["caps"]:
        if sq(c) not in body:
            errors.append(f"{name}: cap {c} missing")
    print(f"{name}: {len(heads)} headings, {len(f.SCHEDULE)} 日程 rows, {len(f.DUTIES)} 任务分工 units, {len(set(ph))} phones")


def dates_checks(texts, errors):
    for doc, t in texts.items():
        for y, m, d, w in re.findall(DATE_RE + r"（星期(.)）", t):
            if WEEK[D(int(y), int(m), int(d)).weekday()] != w:
                errors.append(f"{DOCS[doc]}: {y}年{m}月{d}日 is not a 星期{w}")


# ---------------------------------------------------------------- the 通报
def printed_rows(split):
    """The project table as printed: the .md's pipe rows / the .html's <tr> rows (cells as text)."""
    path = os.path.join(HERE, DOCS[REPORT[split]])
    text = open(path, encoding="utf-8").read()
    if split == DEV:
        rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in text.splitlines()
                if re.match(r"\|\s*(\d+|合计)\s*\|", l)]
    else:
        tb = re.search(r"<table>(.*?)</table>", text, re.S).group(1)
        rows = [[htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
                for tr in re.findall(r"<tr>(.*?)</tr>", tb, re.S)]
        rows = [r for r in rows if r]
    return rows


def report_checks(split, t, pt, errors):
    name = DOCS[REPORT[split]]
    f, b = generators(split)
    rows = printed_rows(split)
    body, tot = [r for r in rows if r[0] != "合计"], [r for r in rows if r[0] == "合计"]
    if [r[1:] for r in body] != [list(p) for p in b.PROJECTS] or [r[0] for r in body] != [str(i) for i in
                                                                                          range(1, len(body) + 1)]:
        errors.append(f"{name}: the printed project table is not PROJECTS, numbered 1…{len(b.PROJECTS)}")
    amounts = [float(r[5]) for r in body]
    total = round(sum(amounts), 2)
    if len(tot) != 1 or float([c for c in tot[0] if re.fullmatch(r"[\d.]+", c)][0]) != total:
        errors.append(f"{name}: the 合计 row is not the sum {total}")
    m = re.search(r"协议金额合计([\d.]+)万元", t)
    if not m or float(m.group(1)) != total or len(set(re.findall(r"协议金额合计([\d.]+)万元", t))) != 1:
        errors.append(f"{name}: 协议金额合计 not {total} (or two different totals)")
    n = re.findall(r"签约校企合作项目(\d+)个", t)
    if not n or any(int(x) != len(body) for x in n):
        errors.append(f"{name}: the number of projects in the text {n} ≠ {len(body)} rows")
    planned = int(re.search(r"(\d+)个", f.PLANNED).group(1))
    if len(body) < planned:
        errors.append(f"{name}: fewer projects than the 方案 planned ({planned})")
    for ty in b.TYPES:
        rs = [r for r in body if r[6] == ty]
        mt = re.search(ty + r"(\d+)个、协议金额([\d.]+)万元", t)
        if not rs or not mt or int(mt.group(1)) != len(rs) or float(mt.group(2)) != round(sum(float(r[5]) for r in rs), 2):
            errors.append(f"{name}: {ty}: count / amount in the text differ from the table")
    if {r[6] for r in body} != set(b.TYPES):
        errors.append(f"{name}: 签约类型 in the table are not {b.TYPES}")
    for s in {r[2] for r in body}:
        ms = re.search(re.escape(s) + r"签约(\d+)个", t)
        if not ms or int(ms.group(1)) != sum(1 for r in body if r[2] == s):
            errors.append(f"{name}: the count of {s} differs from the table")
    me = re.search(r"签约企业(\d+)家", t)
    if not me or int(me.group(1)) != len({r[3] for r in body}):
        errors.append(f"{name}: 签约企业 count differs from the table")
    for e in {r[3] for r in body}:
        k = sum(1 for r in body if r[3] == e)
        if k > 1 and not re.search(re.escape(e) + r"(?:、[^，。]*)?(?:各)?签约" + str(k) + "个项目", t):
            errors.append(f"{name}: {e} signs {k} projects, not said")
    big = max(body, key=lambda r: float(r[5]))
    if not re.search("“" + re.escape(big[1]) + "”项目，协议金额" + re.escape(big[5]) + "万元", t):
        errors.append(f"{name}: the largest project is not {big[1]} / {big[5]}")
    if split == DEV:
        st = sum(int(x) for r in body if r[1].endswith("订单班") for x in re.findall(r"培养学生(\d+)人", r[4]))
        if sq(f"订单班项目共培养学生{st}人") not in t:
            errors.append(f"{name}: the 订单班 students are not {st}")
    for k in b.RESTATED:
        v = f.FACTS[k]
        for w in (v if isinstance(v, list) else [v]):
            if sq(w) not in t or sq(w) not in pt:
                errors.append(f"{name}: restated fact {k} = {w!r} not in both documents")
    event = to_date(f.WHEN)
    if sq(f"{event.year}年{event.month}月{event.day}日，{f.EVENT}在{f.VENUE}举办") not in t:
        errors.append(f"{name}: the lead does not restate the 方案's date, event and place")
    if not all(sq(h) in t for h in f.HOSTS):
        errors.append(f"{name}: the 主办 units not restated")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if not ph or not set(ph) <= set(f.FACTS["phones"]):
        errors.append(f"{name}: phones {ph} are not the 方案's")
    signed = to_date(b.DATE if split == DEV else b.SIGNED)
    if not event < signed < to_date(b.INTENT_DEADLINE):
        errors.append(f"{name}: dates not in order (event < 通报 < 意向 deadline)")
    if split == TEST and b.PUBLISHED[:10] != signed.isoformat():
        errors.append(f"{name}: published {b.PUBLISHED} ≠ 落款 {signed}")
    print(f"{name}: {len(body)} projects, 合计 {total}万元, types {b.TYPES}")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[PLAN[DEV]]
    import make_jiyuan_docx as f
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 3:
        errors.append(f"{name}: {len(tbls)} tables, not 3")
        return
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
            for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)]
    if rows != f.schedule_rows():
        errors.append(f"{name}: the first table is not the 日程's {len(f.schedule_rows())} rows")
    print(f"{name}: {len(tbls)} tables, 日程 rows {len(rows)}")


def md_checks(errors):
    name = DOCS[REPORT[DEV]]
    text = open(os.path.join(HERE, name), encoding="utf-8").read()
    lines = text.splitlines()
    if not re.fullmatch(r"<!-- .*" + FICTION + r".* -->", lines[0]) or text.startswith("---"):
        errors.append(f"{name}: no fictional note comment first (or front matter)")
    if sum(1 for l in lines if l.startswith("# ")) != 1 or not any(l.startswith("## ") for l in lines):
        errors.append(f"{name}: not one # title with ## headings")
    if not any(re.fullmatch(r"\|(---\|)+", l) for l in lines):
        errors.append(f"{name}: no pipe table separator line")


def pdf_checks(errors):
    name = DOCS[PLAN[TEST]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 8 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–8 pages numbered — N —, or the note not on the last page")
    print(f"{name}: {len(pages)} pages")


def html_checks(errors):
    name = DOCS[REPORT[TEST]]
    import make_wusu_html as b
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="top-bar">', '<div class="header">', '<div class="search">',
              '<div class="menu">', '<div class="position', '<h1 class="title">', '<div class="meta">',
              '<div class="TRS_Editor">', "<table>", "<thead>", '<div class="editor">', "【打印】", "【关闭】",
              '<div class="footer">', "网站标识码", "ICP备", "公网安备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="position[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页工作动态通知公告":
        errors.append(f"{name}: crumb line is {crumb}")
    meta = re.search(r'<div class="meta">(.*?)</div>', page, re.S).group(1)
    if not all(w in meta for w in ("发布时间", "来源", "浏览次数", "字号")):
        errors.append(f"{name}: the meta line lacks a field")
    heads = re.findall(r"<th>(.*?)</th>", page)
    if heads != b.HEAD:
        errors.append(f"{name}: table header {heads}")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Thirty-ninth fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a provincial document")
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
    dates_checks(texts, errors)
    for split in SPLITS:
        plan_checks(split, raw[PLAN[split]], texts[PLAN[split]], errors)
        report_checks(split, texts[REPORT[split]], texts[PLAN[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    mine = list(texts.values())
    overlaps = set()
    for split, allowed in SPLITS.items():
        _, b = generators(split)
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
            if not (qid.startswith("x-f38-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f38-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and region not in REGION_CODES:
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name")
            if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            names = [p[0] for p in b.PROJECTS]
            if "items" in d and (kind != "list" or d.get("doc") != REPORT[split] or d["items"] != len(names)
                                 or not all(m in names for m in d["must"])):
                errors.append(f"{where}: items only on a signed-project list line: = the number of projects, each must one")
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
                        errors.append(f"{where}: a region-scoped line must name its 镇 / 乡 / 街道")
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
                names_ = [p for p in parts(region)[1:] if p not in parts(REGION[split])]
                around = [v for v in old_values if v and v != PROVINCE[split] and region.startswith(v)]
                abstain_only = all(o.get("kind") in ("unstated", "outofscope") for o in old if o.get("region") in around)
                bad = (not region.startswith(PROVINCE[split]) or region == PROVINCE[split]
                       or any(region.startswith(r) for r in REGION.values())
                       or any(region.startswith(r) for r in earlier_regions if r != PROVINCE[split])
                       or any(v.startswith(region) for v in old_values) or not abstain_only)
                overlaps |= {(region, v) for v in around}
                if bad or not names_ or any(names_[-1] in t for t in mine + list(earlier.values())) \
                        or any(p in t for p in names_ for t in mine) or not named(names_[-1], said):
                    errors.append(f"{where}: clash region must be a place of the same province covered by no document, its "
                                  "last part named in no document and no part in this round's, named by the question, no "
                                  "earlier line's region inside it and only abstaining earlier lines around it")
            if kind == "outofscope" and region and not region.startswith(REGION[split]):
                errors.append(f"{where}: an outofscope line of this split names a place outside it")
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
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
        have = {i for i in by_split[split] if re.match(r"x-f38-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh37; no earlier clash line lies in
    # either city
    errors += crossround.inside_earlier_clash(range(17, 38), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 济源 / 乌苏")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 38), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS, lambda doc: (2000, 6000) if doc in PLAN.values() else (1200, 4000),
                                         NOT_NAMED, later, clash_names, FICTION)
    docx_checks(errors)
    md_checks(errors)
    pdf_checks(errors)
    html_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [PLAN[DEV], REPORT[DEV], f"{DEV} none", PLAN[TEST], REPORT[TEST], f"{TEST} none"]
    crossround.print_document_counts(cols, KINDS, counts)
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(crossround.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: crossround.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
