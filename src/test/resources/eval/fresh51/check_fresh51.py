#!/usr/bin/env python3
"""Check fresh51-dev.jsonl / fresh51-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh51/check_fresh51.py            (from the repository root, or anywhere)
    python3 check_fresh51.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh50/check_fresh50.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, which writes the 条 and item numbers of Word's list numbering; `pdftotext -layout` for the .pdf; the <body> text of
the .html without tags, scripts, styles and comments; the .md as it is (../tools/crossround.py)); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in
the visible text of its document — or of one of its `docs` — with whitespace removed**); the cross-round helpers are
../tools/crossround.py's (unchanged).

This round is, per split, **a county's rules for the income of its vocational schools' 社会培训 (收入分配管理办法 / 实施细则（试行））
with their 印发通知** and **that county's 通报 of a period** (each course with its school, kind, trainees, pass / certificate rate,
income, direct costs, fee, net, share, reward and fund; totals by school; the low rate; the personal cap; the courses without
reward; a late plan): 四川省凉山彝族自治州盐源县 (the 办法 as a .docx, the 通报 as a LibreOffice PDF with landscape tables; dev) and
the held-out 旗 (the 细则 as a Word "filtered web page", the 通报 as an article saved as Markdown; test). So it also checks:
  - lines: id prefixes (yyb- / yyt- / wqx- / wqt- by `doc`, x-f51- for lines that must not be answered), regions (REGION_CODES),
    `region-scoped` if and only if the region lies strictly below the document's and names it (a place named in no document of
    this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor word of their document
    found in no other document of any round), `docs` lines, ONLY lines, `two`, `items` (only on the one list line of a notice
    naming its schools, `items` = their number), punctuation, `unstated`, `region-clash` (crossround.line_errors), `outofscope`
    regions, the seeded fragment split;
  - **the rules** (src/make_yanyuan_docx.py / src/make_wuqian_html.py): 文号, date, issuers, title, FACTS strings; every 章 (dev),
    条 and item printed whole and in order, the 条 read back from the text numbered 第一条 … without a gap, the last the 施行 /
    试行 one; phones of the area code; 印发 before 施行 / 试行 before the catch-up date of the 印发通知; **the annex read back**
    (dev: the .docx converted to flat ODT, its table with `number-rows-spanned` / `number-columns-spanned` cells filled; held out:
    the .html table with `rowspan` / `colspan` filled), equal to the generator's two-row header and rows, **every row's figures
    found in the 条 / 项 it cites**;
  - **the notices** (src/make_yanyuan_pdf.py / src/make_wuqian_md.py): title, the rules cited by title and 文号, **every
    `《办法》/《细则》第X条[第（Y）项]` the right 条** (the cited text holds the topic word of CITE_WORDS); **the tables read back**
    (dev: the rows of pdftotext -layout, a row a line; held out: the Markdown pipe tables) **and equal to what the checker computes
    itself from the courses and the rules' figures** (not through the generator's functions: fee = income × rate, net = income −
    costs − fee, share by the pass / certificate rate against the threshold or none for the stated item, reward, fund; totals by
    school with the personal cap); **the stated counts, totals, the low rate, the cap, the courses without reward, the late plan
    and the next 通报's date as computed**; filings before opening, plans after the end, reviews, agreements and class sizes
    against the rules' days and figures with exactly the stated late plan late; the notice within its days of the period; every
    date in order; a phone of the rules restated;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines, the .docx also in its Subject / Comments, the .pdf in its Subject, the .html in
    an HTML comment and the `description`, the .md in an HTML comment at its top; lengths (rules 2,000–7,000, notices 1,400–5,000
    characters, whitespace removed); LATER_ABSENT (the words ../fresh17 … ../fresh50 checks require in no document) absent; no name
    of an earlier line's region-clash region; no part of an earlier region value; the province and prefecture (四川 / 凉山; 内蒙古 /
    巴彦淖尔) not named; neither region in the other split's documents; no region value of this round inside a clash region of
    fresh17 … fresh50; neither region used by an earlier round's document or line (but LOOSENED), nor named in an earlier document;
  - formats: the .docx (a zip with word/document.xml, **the 条 and items in Word numbering (`w:numPr`), no paragraph starting with a
    typed 第X条**, a running header part, one table with `w:vMerge` and `w:gridSpan`); the .pdf (`%PDF`, portrait and landscape
    pages, the table rows a line each); the .html (UTF-8, `charset=utf-8`, Word's filtered Generator meta, WordSection1 / 2 with a
    page break, `lang=EN-US` runs, **every 条 typed in a bold run**, one `MsoTableGrid` with `rowspan` / `colspan`); the .md (front
    matter, the note comment at the top, two pipe tables with alignment rows and `<br>` in header cells, the `>` 落款, no HTML
    table).
LOOSENED: the unstated lines x-f25-unstated-02 (fresh25, 四川省凉山彝族自治州) and x-f21-unstated-03 (fresh21, 内蒙古自治区巴彦淖尔市)
lie above this round's regions; each is checked to be the only such line there and to abstain (a county's documents do not cover
its prefecture).
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
    "yanyuan-peixun-banfa": "yanyuan-peixun-banfa.docx",
    "yanyuan-peixun-tongbao": "yanyuan-peixun-tongbao.pdf",
    "wuqian-peixun-xize": "wuqian-peixun-xize.html",
    "wuqian-peixun-tongbao": "wuqian-peixun-tongbao.md",
}
DEV, TEST = "fresh51-dev.jsonl", "fresh51-test.jsonl"
SPLITS = {DEV: {"yanyuan-peixun-banfa", "yanyuan-peixun-tongbao"},
          TEST: {"wuqian-peixun-xize", "wuqian-peixun-tongbao"}}
RULES = {DEV: "yanyuan-peixun-banfa", TEST: "wuqian-peixun-xize"}
NOTICE = {DEV: "yanyuan-peixun-tongbao", TEST: "wuqian-peixun-tongbao"}
SC = "四川省"
NM = "内蒙古自治区"
YY = SC + "凉山彝族自治州盐源县"
WQ = NM + "巴彦淖尔市乌拉特前旗"
REGION = {DEV: YY, TEST: WQ}
PROVINCE = {DEV: SC, TEST: NM}
ID_PREFIX = {"yanyuan-peixun-banfa": "yyb-", "yanyuan-peixun-tongbao": "yyt-", "wuqian-peixun-xize": "wqx-",
             "wuqian-peixun-tongbao": "wqt-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 街道), as in the china-division package's data (2.7.0)
REGION_CODES = {
    SC: "510000", YY: "513423",
    YY + "盐井街道": "513423001", YY + "卫城镇": "513423101", YY + "梅雨镇": "513423102", YY + "白乌镇": "513423103",
    YY + "树河镇": "513423104", YY + "黄草镇": "513423105", YY + "平川镇": "513423106", YY + "泸沽湖镇": "513423107",
    YY + "盐塘镇": "513423114",
    SC + "凉山彝族自治州普格县": "513428", SC + "凉山彝族自治州布拖县": "513429", SC + "凉山彝族自治州喜德县": "513432",
    NM: "150000", WQ: "150823",
    WQ + "乌拉山镇": "150823100", WQ + "白彦花镇": "150823101", WQ + "先锋镇": "150823102", WQ + "西小召镇": "150823104",
    WQ + "大佘太镇": "150823105", WQ + "小佘太镇": "150823107", WQ + "苏独仑镇": "150823108",
    NM + "呼和浩特市和林格尔县": "150123", NM + "呼和浩特市清水河县": "150124",
}
# earlier lines whose region lies above this round's regions (other than the province itself): the prefecture as a whole, an
# unstated line each; a county's documents do not cover the prefecture, so they must still abstain
LOOSENED = {SC + "凉山彝族自治州": {"x-f25-unstated-02"}, NM + "巴彦淖尔市": {"x-f21-unstated-03"}}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ALIASES = {}
AREA = {DEV: "0834", TEST: "0478"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["四川", "凉山", "彝族", "内蒙古", "巴彦淖尔", "乌拉特"],
             TEST: ["内蒙古", "内蒙", "巴彦淖尔", "四川", "凉山", "盐源"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 / items each notice cites by number (keys of ARTICLES), and a topic word the cited 条 / item must hold
CITE_WORDS = {DEV: {"report": "通报", "fee": "管理费", "agreement": "委托培训协议", "lowpass": "合格率", "cap": "累计",
                    "nr_1": "备案", "principle": "私自", "nr_3": "违规收费", "liable": "退还", "plan": "分配方案",
                    "calc": "逐项核算"},
              TEST: {"report": "通报", "fee": "公用经费", "lowpass": "取证率", "cap": "累计", "nr_1": "备案",
                     "plan": "分配方案", "liable": "限期整改", "filing": "备案"}}
CITE_NAME = {DEV: "办法", TEST: "细则"}
RULE_LEN, NOTICE_LEN = (2000, 7000), (1400, 5000)
FIGURE = r"\d+(?:万元|元|个工作日|日|年|%|人)"


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (盐源, 乌拉特前)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    if split == DEV:
        import make_yanyuan_docx as m
        import make_yanyuan_pdf as g
    else:
        import make_wuqian_html as m
        import make_wuqian_md as g
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


def years_later(d, n):
    """the day before the same date n years later (a term of n years from d)"""
    return d.replace(year=d.year + n) - datetime.timedelta(1)


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
def articles_of(t, m):
    """the rules' 条 as read from the squashed text: number → text up to the next 条 (or the annex)"""
    body = t[t.find(sq(m.BODY_START), t.find(sq(m.DATE))):]
    end = body.find(sq(m.ANNEX_START))
    body = body[:end] if end > 0 else body
    found = []
    for mt in re.finditer(r"第([一二三四五六七八九十]+)条", body):
        if mt.group(1) == cn(len(found) + 1):      # the next 条 in order (a 条 citing another, 本办法第六条, is not a heading)
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


_DOC_FODT = {}


def doc_as_fodt(path):
    """the .doc converted back to a flat ODT by soffice (default profile, as evalset converts), its XML text"""
    if path not in _DOC_FODT:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", "--convert-to", "fodt", "--outdir", tmp, path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _DOC_FODT[path] = open(os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".fodt"),
                                   encoding="utf-8").read()
    return _DOC_FODT[path]


def odt_text(xml):
    return re.sub(r"<[^>]+>", "", re.sub(r"<text:s(?: text:c=\"(\d+)\")?/>", " ", xml))


def odt_table(xml):
    """the first table of a flat ODT: a grid with every row / column span filled"""
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
                row.append(pending.get(col, (None, 0))[0] if pending.get(col, (None, 0))[1] > 0 else row[-1] if row else "")
                if pending.get(col, (None, 0))[1] > 0:
                    pending[col] = (pending[col][0], pending[col][1] - 1)
                continue
            text = "".join(odt_text(p) for p in re.findall(r"<text:p[^>]*>.*?</text:p>|<text:p[^>]*/>", c, re.S))
            rs = int((re.search(r'number-rows-spanned="(\d+)"', c) or [0, 1])[1])
            row.append(text)
            if rs > 1:
                pending[col] = (text, rs - 1)
        grid.append(row)
    return grid, tb


def md_tables(raw):
    """the pipe tables of a Markdown text: lists of rows (the separator row left out)"""
    out, cur = [], None
    for line in raw.splitlines() + [""]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):      # the separator / alignment row
                continue
            cur = (cur or []) + [cells]
        elif cur is not None:
            out.append(cur)
            cur = None
    return out


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


def filled_head(m):
    head = [list(r) for r in m.HEAD_ROWS]
    for i in range(len(head)):
        for j, c in enumerate(head[i]):
            if c == "<":
                head[i][j] = head[i][j - 1]
            elif c == "^":
                head[i][j] = head[i - 1][j]
    return head


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


def rules_checks(split, t, raw, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.RULES] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    rest = t[t.find(sq(m.BODY_START), t.find(sq(m.DATE))):]
    if not ordered(rest, m.printed()):
        missing = [p[:20] for p in m.printed() if sq(p) not in rest]
        errors.append(f"{name}: 章 / 条 / items not printed whole in order (missing {missing[:3]})")
    arts = articles_of(t, m)
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
    head = filled_head(m)
    rows = m.annex_read()
    if split == DEV:
        chaps = [x for lvl, _, x in m.ARTICLES if lvl == "chap"]
        if [c.split("　")[0] for c in chaps] != [f"第{cn(i)}章" for i in range(1, len(chaps) + 1)]:
            errors.append(f"{name}: 章 not numbered in order")
        grid, tb = odt_table(doc_as_fodt(os.path.join(HERE, name)))
        if grid != head + rows:
            errors.append(f"{name}: the annex table read back from the .docx ({len(grid)} rows) is not the generator's")
        if "number-rows-spanned" not in tb or "number-columns-spanned" not in tb:
            errors.append(f"{name}: the annex table has no row / column spans")
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条; annex read back from the .docx: {len(grid)} rows (2 header rows)")
    else:
        reader = HtmlTables()
        reader.feed(open(os.path.join(HERE, name), encoding="utf-8").read())
        grids = [html_grid(tb) for tb in reader.tables]
        if len(grids) != 1 or grids[0] != head + rows:
            errors.append(f"{name}: the annex table read back from the .html is not the generator's")
        print(f"{name}: {len(nums)} 条 (no 章); annex read back from the .html with rowspan / colspan filled: "
              f"{len(grids[0]) if grids else 0} rows (2 header rows)")
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


def pdf_rows(path):
    """the lines of pdftotext -layout split on whitespace (a table row a line)"""
    out = []
    for page in crossround.pdf_pages(path):
        out += [ln.split() for ln in page.splitlines() if ln.strip()]
    return out


def notice_checks(split, t, raw, rules_text, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, g.DOC_NO, f"《{m.RULES}》（{m.DOC_NO}，以下简称《{CITE_NAME[split]}》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    # every course computed here from its items and the rules' own figures (not through the generator's functions)
    rows, per = [], []
    for k, p in enumerate(g.PROJECTS, 1):
        school, course, kind, client, n, passed, income, cost, opened, ended, filed, sent, approved, item = p
        rate = passed * 100 // n
        if passed * 100 % n:
            errors.append(f"{name}: course {k}: the rate is not a whole per cent")
        fee = income * m.FEE_RATE // 100
        net = income - cost - fee
        if item is None and filed is not None and net >= 0:
            share = m.LOW_SHARE if rate < m.LOW_PASS else m.SHARE
        else:
            share = 0
        if (item == "nr_1") != (filed is None):
            errors.append(f"{name}: course {k}: the no-reward item against its filing")
        reward = net * share // 100
        per.append((school, n, income, fee, net, reward))
        rows.append([str(k), g.SCHOOLS[school][1], course, g.KINDS[kind], str(n), f"{rate}%", str(income), str(cost), str(fee),
                     str(net), f"{share}%", str(reward), str(net - reward)])
        # dates and figures by the rules
        if not g.PERIOD[0] <= ended <= g.PERIOD[1] or not opened < ended:
            errors.append(f"{name}: course {k} not ended within the period")
        if filed is not None and add_workdays(filed, m.FILE_DAYS) > opened:
            errors.append(f"{name}: course {k}: filed later than {m.FILE_DAYS} working days before opening")
        if (sent > add_workdays(ended, m.PLAN_DAYS)) != (k - 1 == g.LATE_PLAN):
            errors.append(f"{name}: course {k}: plan date against the rules (only the stated late one is late)")
        if not sent < approved <= add_workdays(sent, m.REVIEW_DAYS):
            errors.append(f"{name}: course {k}: review not within {m.REVIEW_DAYS} working days")
        if n > m.CLASS_MAX or (client is not None) != (kind in ("entrust", "order")) or \
                (client is not None and income < m.AGREEMENT_FROM):
            errors.append(f"{name}: course {k}: class size, client or agreement sum against the rules")
    cap_name, cap_school, before, cap_courses = g.CAPPED
    got = sum(g.CAPPED_SHARE)
    over = max(0, before + got - m.CAP)
    if not over or any(g.PROJECTS[i][0] != cap_school for i in cap_courses) or \
            any(s > int(rows[i][11]) for s, i in zip(g.CAPPED_SHARE, cap_courses)):
        errors.append(f"{name}: the capped teacher's shares against his courses' rewards")
    schools = []
    for s in range(len(g.SCHOOLS)):
        ps = [x for x in per if x[0] == s]
        r = sum(x[5] for x in ps) - (over if s == cap_school else 0)
        nt = sum(x[4] for x in ps)
        schools.append([len(ps), sum(x[1] for x in ps), sum(x[2] for x in ps), sum(x[3] for x in ps), nt, r, nt - r])
    tot = [sum(r[i] for r in schools) for i in range(7)]
    sum_cost = sum(p[7] for p in g.PROJECTS)
    t1_total = [str(sum(x[1] for x in per)), str(sum(x[2] for x in per)), str(sum_cost), str(sum(x[3] for x in per)),
                str(sum(x[4] for x in per)), str(sum(x[5] for x in per)), str(sum(x[4] - x[5] for x in per))]
    t2 = [[g.SCHOOLS[s][0]] + [str(x) for x in r] for s, r in enumerate(schools)]
    if split == DEV:
        lines = pdf_rows(os.path.join(HERE, name))
        want1 = [g.HEAD1] + rows + [["合计", t1_total[0], "—"] + t1_total[1:5] + ["—"] + t1_total[5:]]
        want2 = [g.HEAD2] + t2 + [["合计"] + [str(x) for x in tot]]
        got1 = [ln for ln in lines if ln and (len(ln) == 13 and (ln[0] == "序号" or re.fullmatch(r"\d+", ln[0])) or
                                              ln[0] == "合计" and len(ln) == 10)]
        got2 = [ln for ln in lines if len(ln) == 8 and (ln[0] in ("学校", "合计") or ln[0] in [s[0] for s in g.SCHOOLS])]
        if got1 != want1 or got2 != want2:
            errors.append(f"{name}: the PDF tables read back are not the ones recomputed from the courses")
        pages = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", os.path.join(HERE, name)], capture_output=True,
                               text=True).stdout
        sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", pages)
        if not any(float(a) > float(b) for a, b in sizes) or not any(float(a) < float(b) for a, b in sizes):
            errors.append(f"{name}: not portrait pages followed by landscape ones")
        kind_word, rate_word, fund = "委托培训", "合格率", "实训发展基金"
    else:
        tables = md_tables(raw)
        want1 = [g.HEAD1] + rows + [["**合计**", "", "", "", t1_total[0], ""] + t1_total[1:5] + [""] + t1_total[5:]]
        want2 = [g.HEAD2] + t2 + [["**合计**"] + [str(x) for x in tot]]
        if len(tables) != 2 or tables[0] != want1 or tables[1] != want2:
            errors.append(f"{name}: the pipe tables read back are not the ones recomputed from the courses")
        kind_word, rate_word, fund = "订单培训", "取证率", "技能提升基金"
    low = [r for r, p in zip(rows, g.PROJECTS) if p[13] is None and int(r[5][:-1]) < m.LOW_PASS]
    nr1 = [(r, p) for r, p in zip(rows, g.PROJECTS) if p[13] == "nr_1"]
    late = g.PROJECTS[g.LATE_PLAN]
    said = [f"{kind_word}{sum(1 for p in g.PROJECTS if p[3])}个项目{sum(p[6] for p in g.PROJECTS if p[3])}元",
            f"{tot[3]}元", f"{sum_cost}元", f"{tot[4]}元", f"{tot[5]}元", f"{tot[6]}元",
            f"{cn_date(late[9], False)}结业", cn_date(add_workdays(late[9], m.PLAN_DAYS), False) + "前",
            cn_date(late[11], False), f"{cn_date(g.NEXT_BY)}前通报", f"超出的{over}元", f"{got}元"]
    for r in low:
        said += [f"{rate_word}{r[5]}", f"{r[9]}元的{m.LOW_SHARE}%", f"{r[11]}元"]
    for r, p in nr1:
        said += [f"{cn_date(p[8], False)}开班", f"{r[9]}元全部转入{fund}"]
    if len(low) != 1 or len(nr1) != 1:
        errors.append(f"{name}: not one low-rate course and one course without filing")
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    y, mo = g.PERIOD[1].year, g.PERIOD[1].month + (3 if split == DEV else 6)
    y, mo = (y + 1, mo - 12) if mo > 12 else (y, mo)
    nxt_end = (D(y + 1, 1, 1) if mo == 12 else D(y, mo + 1, 1)) - datetime.timedelta(1)
    if g.NEXT_BY != nxt_end + datetime.timedelta(m.REPORT_DAYS):
        errors.append(f"{name}: the next 通报 is not {m.REPORT_DAYS} days after the next period")
    if g.DATE_D > g.PERIOD[1] + datetime.timedelta(m.REPORT_DAYS) or g.DATE_D <= g.PERIOD[1]:
        errors.append(f"{name}: the 通报 not within {m.REPORT_DAYS} days after the period")
    chain = [m.DATE_D, m.EFFECTIVE, m.CATCH_UP_BY, g.PERIOD[1], g.DATE_D, g.NEXT_BY]
    if chain != sorted(chain) or g.PERIOD[0] < m.EFFECTIVE:
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if not ph & set(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: no phone of the rules restated, or not of {AREA[split]}")
    print(f"{name}: {len(g.SCHOOLS)} schools, {len(g.PROJECTS)} courses, income {tot[2]}, fee {tot[3]}, net {tot[4]}, reward "
          f"{tot[5]}, fund {tot[6]}; cites {len(cites)} 条 / 项")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[RULES[DEV]]
    import make_yanyuan_docx as m
    path = os.path.join(HERE, name)
    try:
        z = zipfile.ZipFile(path)
        doc = z.read("word/document.xml").decode("utf-8")
        core = z.read("docProps/core.xml").decode("utf-8")
        headers = "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.match(r"word/header\d*\.xml", n))
    except (zipfile.BadZipFile, KeyError) as e:
        errors.append(f"{name}: not a .docx ({e})")
        return
    if FICTION not in core:
        errors.append(f"{name}: the note is not in its Subject / Comments")
    body = re.sub(r"<w:tbl>.*?</w:tbl>", "", doc, flags=re.S)
    paras = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<w:p[ >].*?</w:p>", body, re.S)]
    typed = [p for p in paras if re.match(r"\s*第[一二三四五六七八九十]+条", p)]
    numbered = len(re.findall(r"<w:numPr>", doc))
    n = len(m.numbering())
    if typed or numbered < n or doc.count("<w:tbl>") != 1 or "w:vMerge" not in doc or "w:gridSpan" not in doc:
        errors.append(f"{name}: {len(typed)} typed 第X条, {numbered} numbered paragraphs (want 0 / ≥{n}), or not one table "
                      "with vMerge / gridSpan")
    if m.HEADER not in re.sub(r"<[^>]+>", "", headers):
        errors.append(f"{name}: no running page header")
    print(f"{name}: .docx, the note in its core properties; {numbered} numbered paragraphs (Word numbering), none typed; a "
          "running header; one table with vMerge / gridSpan")


def pdf_checks(errors):
    name = DOCS[NOTICE[DEV]]
    path = os.path.join(HERE, name)
    if open(path, "rb").read(5) != b"%PDF-":
        errors.append(f"{name}: not a PDF")
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if FICTION not in info:
        errors.append(f"{name}: the note is not in its Subject")
    pages = re.search(r"Pages:\s+(\d+)", info).group(1)
    print(f"{name}: PDF, {pages} pages, the note in its Subject")


def html_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_wuqian_html as m
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        page = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    if not re.search(r"<!--[^>]*" + FICTION, page) or f'name="description" content="{FICTION}"' not in page:
        errors.append(f"{name}: no fictional note in an HTML comment / the description")
    for w in ("charset=utf-8", 'content="Microsoft Word 15 (filtered)"', "class=WordSection1", "class=WordSection2",
              "page-break-before:always", "class=MsoNormal", "lang=EN-US", "class=MsoTableGrid", "rowspan=", "colspan=",
              "&nbsp;"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    bold = re.findall(r"<b><span[^>]*>第[一二三四五六七八九十]+条</span></b>", page)
    if len(bold) != len(m.ART_KEYS) or page.count("<table") != 1:
        errors.append(f"{name}: {len(bold)} 条 in bold runs (want {len(m.ART_KEYS)}), or not one table")
    print(f"{name}: Word filtered web page (UTF-8); {len(bold)} 条 typed in bold runs; one MsoTableGrid table with rowspan / "
          "colspan")


def md_checks(errors):
    name = DOCS[NOTICE[TEST]]
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    ls = t.splitlines()
    if ls[0] != "---" or "---" not in ls[1:8] or not any(x.startswith("<!-- 本文件为" + FICTION) for x in ls[:10]) or \
            "<table" in t or len(md_tables(t)) != 2 or "<br>" not in t or not re.search(r"^\|:?-{3,}:?\|", t, re.M) or \
            not re.search(r"^> ", t, re.M) or "![" not in t:
        errors.append(f"{name}: not front matter + top note comment + two pipe tables with alignment rows and <br> + a quote")
    print(f"{name}: Markdown article, front matter, the note in a comment at the top; 2 pipe tables")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    return [s[0] for s in g.SCHOOLS]


def extra_checks(raw, texts, raw_bytes):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Fifty-second fresh set")
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
        if {o["id"] for o in there} != qids or any(o.get("expect") != "none" for o in there):
            errors.append(f"{v}: the earlier lines there are not exactly {sorted(qids)}, abstaining")
        print(f"loosened: {v} (an earlier clash region) lies above {len(above.get(v, []))} region values of this round; "
              f"its lines {sorted(qids)} abstain (a county's documents do not cover the prefecture)")
    region_parts = {p for v in old_values | earlier_regions for p in re.split(SUFFIX, v) if len(p) >= 2}
    for doc, t in texts.items():
        hits = sorted(p for p in region_parts if p in t and p not in {x for r in REGION.values() for x in parts(r)})
        if hits:
            errors.append(f"{DOCS[doc]}: names parts of earlier region values {hits}")
    n_weekdays = dates_checks(texts, errors)
    for split in SPLITS:
        rules_checks(split, texts[RULES[split]], raw[RULES[split]], errors)
        notice_checks(split, texts[NOTICE[split]], raw[NOTICE[split]], texts[RULES[split]], errors)
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
            errors += crossround.shape_errors(d, split, "x-f51-", ID_PREFIX, REGION_CODES)
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
                                              "x-f51-")
    errors += crossround.inside_earlier_clash(range(17, 51), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 盐源 / the held-out 旗")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 51), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    docx_checks(errors)
    pdf_checks(errors)
    html_checks(errors)
    md_checks(errors)
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
