#!/usr/bin/env python3
"""Check fresh50-dev.jsonl / fresh50-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh50/check_fresh50.py            (from the repository root, or anywhere)
    python3 check_fresh50.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh49/check_fresh49.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .doc, which writes the 条 and item numbers of Word's list numbering; the <body> text of the .html without tags, scripts,
styles and comments; the .md as it is (../tools/crossround.py); the .txt decoded as UTF-8 — its BOM kept, it is not whitespace —
with CR removed); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl
in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their
split, **every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**); the
cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a county's rules for its vocational schools accepting gifts (接受捐赠管理办法 / 实施细则（试行）) with
their 印发通知** and **that county's 公示 / 通报 of the gifts of a period** (each gift with its school, donor, items, how its value was
fixed, the value, use and tier; totals; named rooms; refusals; late filings and receipts; dates): 贵州省遵义市湄潭县 (the 办法 as a
Word 97 .doc, the 公示 as a UTF-8 portal page with tables pasted from Excel; dev) and the held-out county (the 细则 as a Markdown
file-library page, the 通报 as a UTF-8-with-BOM Notepad text with tables pasted from Excel as TABs; test). So it also checks:
  - lines: id prefixes (mtb- / mtg- / fjx- / fjt- by `doc`, x-f50- for lines that must not be answered), regions (REGION_CODES),
    `region-scoped` if and only if the region lies strictly below the document's and names it (a place named in no document of
    this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor word of their document
    found in no other document of any round), `docs` lines, ONLY lines, `two`, `items` (only on the one list line of a notice
    naming its schools, `items` = their number), punctuation, `unstated`, `region-clash` (crossround.line_errors), `outofscope`
    regions, the seeded fragment split;
  - **the rules** (src/make_meitan_doc.py / src/make_fengjie_md.py): 文号, date, issuers, title, FACTS strings; every 章 (dev), 条
    and item printed whole and in order, the 条 read back from the text numbered 第一条 … without a gap, the last the 施行 / 试行
    one; phones of the area code; 印发 before 施行 / 试行 before the first-period date of the notice; **the annex read back** (dev:
    the .doc converted back to flat ODT, its table with `number-rows-spanned` / `number-columns-spanned` cells filled, equal to the
    generator's two-row header and rows; held out: the Markdown pipe table with its empty spanned cells filled from above, and the
    blank form) **and every row's figures found in the 条 / 项 it cites**;
  - **the notices** (src/make_meitan_html.py / src/make_fengjie_txt.py): title, the rules cited by title and 文号, **every
    `《办法》/《细则》第X条[第（Y）项]` the right 条** (the cited text holds the topic word of CITE_WORDS); **the tables read back**
    (dev: the Excel tables of the .html with `rowspan` / `colspan` cells filled; held out: the TAB-separated lines, a merged cell's
    text on its first row only) **and equal to what the checker computes itself from the items and the rules' valuation** (not
    through the generator's functions: dev 原购置价格 × (100 − 满年数 × 15) %, held out 原购置价格 × (100 − ⌈月数 / 12⌉ × 12) %);
    tiers by the single gift's value; totals by school and kind; agreements and receipts; named rooms by the donor's total against
    both thresholds; refusals against the item they cite; the dates by the rules (filing, review, replies, receipts, the notice
    within its days of the period, the 公示期 / next 通报) with exactly the late ones stated; every date in order;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines, the .doc also in its Subject / Comments, the .html in an HTML comment and the
    `description`, the .md in an HTML comment at its top; lengths (rules 2,000–7,000, notices 1,400–5,000 characters, whitespace
    removed); LATER_ABSENT (the words ../fresh17 … ../fresh49 checks require in no document) absent; no name of an earlier line's
    region-clash region; no part of an earlier region value; the province and prefecture (贵州 / 黔 / 遵义; 重庆 / 渝) not named;
    neither region in the other split's documents; no region value of this round inside a clash region of fresh17 … fresh49;
    neither region used by an earlier round's document or line (but LOOSENED), nor named in an earlier document;
  - formats: the .doc (Word 97 / OLE2 bytes; back in flat ODT: the note in dc:subject and dc:description, the 条 and items in list
    items, **no paragraph starting with a typed 第X条**, one table with row and column spans); the .html (valid UTF-8,
    `charset=utf-8`, the note in a comment and the description, two Excel tables (`x:str`, `class=xl…`, `x:num`, `<col>`,
    `<![if supportMisalignedColumns]>`, StartFragment) with `rowspan` / `colspan`, 打印 / 关闭, no ICP line); the .md (valid UTF-8,
    the metadata grid, every 条 typed `**第X条**`, three pipe tables, no HTML table); the .txt (a UTF-8 BOM, CRLF throughout, two
    TAB tables, empty merged cells).
LOOSENED: the region-clash line x-region-clash-h03 (fresh3, 贵州省遵义市) lies above the dev region; it is checked to be the only
such line and to abstain (a county's documents do not cover the prefecture).
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
    "meitan-juanzeng-banfa": "meitan-juanzeng-banfa.doc",
    "meitan-shouzeng-gongshi": "meitan-shouzeng-gongshi.html",
    "fengjie-juanzeng-xize": "fengjie-juanzeng-xize.md",
    "fengjie-shouzeng-tongbao": "fengjie-shouzeng-tongbao.txt",
}
DEV, TEST = "fresh50-dev.jsonl", "fresh50-test.jsonl"
SPLITS = {DEV: {"meitan-juanzeng-banfa", "meitan-shouzeng-gongshi"},
          TEST: {"fengjie-juanzeng-xize", "fengjie-shouzeng-tongbao"}}
RULES = {DEV: "meitan-juanzeng-banfa", TEST: "fengjie-juanzeng-xize"}
NOTICE = {DEV: "meitan-shouzeng-gongshi", TEST: "fengjie-shouzeng-tongbao"}
GZ = "贵州省"
CQ = "重庆市"
MT = GZ + "遵义市湄潭县"
FJ = CQ + "奉节县"
REGION = {DEV: MT, TEST: FJ}
PROVINCE = {DEV: GZ, TEST: CQ}
ID_PREFIX = {"meitan-juanzeng-banfa": "mtb-", "meitan-shouzeng-gongshi": "mtg-", "fengjie-juanzeng-xize": "fjx-",
             "fengjie-shouzeng-tongbao": "fjt-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data (2.7.0)
REGION_CODES = {
    GZ: "520000", MT: "520328",
    MT + "黄家坝街道": "520328005", MT + "鱼泉街道": "520328006", MT + "永兴镇": "520328101", MT + "复兴镇": "520328102",
    MT + "马山镇": "520328103", MT + "新南镇": "520328109", MT + "石莲镇": "520328110", MT + "抄乐镇": "520328113",
    MT + "天城镇": "520328114",
    GZ + "黔东南苗族侗族自治州黎平县": "522631", GZ + "黔东南苗族侗族自治州从江县": "522633",
    GZ + "黔东南苗族侗族自治州锦屏县": "522628",
    CQ: "500000", FJ: "500236",
    FJ + "鱼复街道": "500236002", FJ + "夔州街道": "500236004", FJ + "白帝镇": "500236117", FJ + "草堂镇": "500236118",
    FJ + "汾河镇": "500236119", FJ + "朱衣镇": "500236124", FJ + "吐祥镇": "500236127", FJ + "安坪镇": "500236132",
    FJ + "青莲镇": "500236134",
    CQ + "巫山县": "500237", CQ + "云阳县": "500235",
}
# earlier lines whose region lies above this round's regions (other than the province itself): the prefecture as a whole, a
# region-clash line of the fourth set; a county's documents do not cover the prefecture, so it must still abstain
LOOSENED = {GZ + "遵义市": {"x-region-clash-h03"}}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ALIASES = {}
AREA = {DEV: "0851", TEST: "023"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["贵州", "黔", "遵义", "重庆", "渝", "奉节"],
             TEST: ["重庆", "渝", "贵州", "黔", "遵义", "湄潭"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 / items each notice cites by number (keys of ARTICLES), and a topic word the cited 条 / item must hold
CITE_WORDS = {DEV: {"county_pub": "汇总公示", "grade": "备案", "val_2": "成新率", "naming": "冠名", "ref_3": "出厂年限",
                    "ref_1": "商业条件", "liable": "责令"},
              TEST: {"report": "通报", "grade": "备案", "val_2": "折旧", "naming": "冠名", "ref_4": "失信", "ref_2": "出厂年限",
                     "book": "票据", "liable": "扣分", "asset": "资产卡片"}}
CITE_NAME = {DEV: "办法", TEST: "细则"}
RULE_LEN, NOTICE_LEN = (2000, 7000), (1400, 5000)
FIGURE = r"\d+(?:万元|元|个工作日|日|年|%|人)"


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (湄潭, 奉节)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    if split == DEV:
        import make_meitan_doc as m
        import make_meitan_html as g
    else:
        import make_fengjie_md as m
        import make_fengjie_txt as g
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
            if all(re.fullmatch(r"-{3,}", c) for c in cells):
                continue
            cur = (cur or []) + [cells]
        elif cur is not None:
            out.append(cur)
            cur = None
    return out


def annex_figures_check(name, rows, arts, errors):
    for r in rows:
        art, ok = "", True
        for c in r[4].split("、"):
            a = cited_text(arts, c)
            ok = ok and a is not None
            art += a or ""
        figures = re.findall(FIGURE, "".join(r[1:4]))
        if not ok or not all(sq(f) in art for f in figures):
            errors.append(f"{name}: annex row {r[1]}: {figures} not in the cited {r[4]}")


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
    if split == DEV:
        chaps = [x for lvl, _, x in m.ARTICLES if lvl == "chap"]
        if [c.split("　")[0] for c in chaps] != [f"第{cn(i)}章" for i in range(1, len(chaps) + 1)]:
            errors.append(f"{name}: 章 not numbered in order")
        if not m.DATE_D < m.EFFECTIVE < m.CATCH_UP_BY:
            errors.append(f"{name}: not 印发 < 施行 < the catch-up date of the 印发通知")
        # the annex: the .doc back in flat ODT, its table with spans filled = the generator's header and rows
        grid, tb = odt_table(doc_as_fodt(os.path.join(HERE, name)))
        head = [list(r) for r in m.HEAD_ROWS]
        for i in range(len(head)):
            for j, c in enumerate(head[i]):
                if c == "<":
                    head[i][j] = head[i][j - 1]
                elif c == "^":
                    head[i][j] = head[i - 1][j]
        rows = m.annex_read()
        if grid != head + rows:
            errors.append(f"{name}: the annex table read back from the .doc ({len(grid)} rows) is not the generator's")
        if "number-rows-spanned" not in tb or "number-columns-spanned" not in tb:
            errors.append(f"{name}: the annex table has no row / column spans")
        annex_figures_check(name, rows, arts, errors)
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条; annex read back from the .doc: {len(grid)} rows (2 header rows), "
              "each row's figures in the 条 it cites")
    else:
        if not m.DATE_D < m.EFFECTIVE < m.LEDGER_BY:
            errors.append(f"{name}: not 印发 < 试行 < the ledger date of the 印发通知")
        tables = md_tables(raw)
        meta, form, annex = (tables + [[]] * 3)[:3]
        if len(tables) != 3 or not any(m.DOC_NO in r for r in meta) or not any(m.DATE in r for r in meta):
            errors.append(f"{name}: not three pipe tables, or the metadata grid without the 文号 and 成文日期")
        if form != m.FORM or not all(r[1] in ("", "□是　□否") and r[3] in ("", "□是　□否") for r in form):
            errors.append(f"{name}: the 登记表 read back is not the blank form of the generator")
        filled = [list(r) for r in annex[1:]]
        for i, r in enumerate(filled):
            if not r[0]:
                r[0] = filled[i - 1][0]
        if annex[:1] != [m.HEAD] or filled != m.annex_read() or not any(r[0] == "" for r in annex[1:]):
            errors.append(f"{name}: the annex pipe table read back is not the generator's, or no empty spanned cell")
        annex_figures_check(name, filled, arts, errors)
        print(f"{name}: {len(nums)} 条 (no 章); metadata grid, the blank form ({len(form)} rows), the annex ({len(filled)} rows) "
              "read back, each row's figures in the 条 it cites")


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


class ExcelTables(html.parser.HTMLParser):
    """the cells of every <table x:str> (a table pasted from Excel): rows of (text, rowspan, colspan); hidden rows left out"""

    def __init__(self):
        super().__init__()
        self.tables, self.cell, self.depth, self.at, self.hidden = [], None, 0, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.depth += 1
            if "x:str" in a:
                self.tables.append([])
                self.at = self.depth
        elif self.at == self.depth and tag == "tr":
            self.hidden = "display:none" in (a.get("style") or "")
            if not self.hidden:
                self.tables[-1].append([])
        elif self.at == self.depth and tag == "td" and not self.hidden:
            self.cell = ["", int(a.get("rowspan", 1)), int(a.get("colspan", 1))]

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.tables[-1][-1].append(tuple(self.cell))
            self.cell = None
        elif tag == "table":
            if self.at == self.depth:
                self.at = None
            self.depth -= 1

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0] += data.strip()

    def handle_entityref(self, name):
        if self.cell is not None and name != "nbsp":
            self.cell[0] += html.unescape(f"&{name};")


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


def tab_tables(raw):
    """the tables pasted into the .txt: runs of lines holding a TAB, split on TAB"""
    out, cur = [], None
    for line in raw.splitlines() + [""]:
        if "\t" in line:
            cur = (cur or []) + [line.split("\t")]
        elif cur is not None:
            out.append(cur)
            cur = None
    return out


def notice_checks(split, t, raw, rules_text, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, f"《{m.RULES}》（{m.DOC_NO}，以下简称《{CITE_NAME[split]}》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    said, chain = [], []
    # every item valued here by the rules' own figures (not through the generator's functions)
    values, rows, by_school, tiers = [], [], {}, []
    for k, gift in enumerate(g.GIFTS, 1):
        school, donor, items = gift[0], gift[1], gift[2]
        total = 0
        for j, (what, qty, unit, basis, price) in enumerate(items):
            if isinstance(basis, tuple):
                if split == DEV:
                    yrs = basis[1]
                    left = 100 - yrs * m.STEP
                    how = f"原购置价格{price}元×成新率{left}%"
                else:
                    yrs = -(-basis[1] // 12)
                    left = 100 - yrs * m.RATE
                    how = f"原购置价格扣除折旧（按{yrs}年计）"
                if yrs > m.OLD_MAX:
                    errors.append(f"{name}: gift {k}: an old machine older than the rules allow")
                unit_v = price * left // 100
            else:
                unit_v = price
                how = {DEV: {"invoice": "发票金额", "market": "同类产品市场价格", "cash": "实际到账金额"},
                       TEST: {"invoice": "发票金额", "assessed": "评估价值", "cash": "到账金额"}}[split][basis]
            v = unit_v * (qty or 1)
            total += v
            rows.append((k, j, what, qty, unit, unit_v, how, v))
        cash = all(i[3] == "cash" for i in items)
        if split == DEV:
            tier = "school" if total < m.SCHOOL_BELOW else ("review" if total >= m.REVIEW_FROM else "filed")
        else:
            tier = "self" if total <= m.SELF_MAX else ("approve" if total > m.APPROVE_OVER else "file")
        tiers.append(tier)
        values.append(total)
        s = by_school.setdefault(school, [0, 0, 0])
        s[0] += 1
        s[1 if cash else 2] += total
    tot_cash = sum(v[1] for v in by_school.values())
    tot_goods = sum(v[2] for v in by_school.values())
    total_all = tot_cash + tot_goods
    agreements = sum(1 for v in values if v >= m.AGREEMENT_FROM)
    kinds = [g.DONORS[x[1]][1] for x in g.GIFTS]
    table2 = [[g.SCHOOLS[s]] + [str(x) for x in by_school[s]] + [str(by_school[s][1] + by_school[s][2])]
              for s in range(len(g.SCHOOLS))] + [["合计", str(len(g.GIFTS)), str(tot_cash), str(tot_goods), str(total_all)]]
    cumul = {d: g.EARLIER.get(d, (None, 0, None))[1] + sum(v for x, v in zip(g.GIFTS, values) if x[1] == d) for d in g.NAMED}
    if split == DEV:
        page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
        reader = ExcelTables()
        reader.feed(page)
        grids = [html_grid(tb) for tb in reader.tables]
        tier_name = {"school": "校长办公会研究决定", "filed": "报县教育局备案", "review": "县教育局审核同意"}
        t1 = []
        for k, j, what, qty, unit, unit_v, how, v in rows:
            gift = g.GIFTS[k - 1]
            cash = qty is None
            t1.append([str(k), g.SCHOOLS[gift[0]], g.DONORS[gift[1]][0], what, "—" if cash else f"{qty}{unit}",
                       "—" if cash else str(unit_v), how, str(v), gift[3], f"{gift[4].year}/{gift[4].month}/{gift[4].day}",
                       tier_name[tiers[k - 1]]])
        t1.append(["合计"] * 7 + [str(total_all)] + [""] * 3)
        n_cols = len(g.HEAD1)
        want1 = [[f"{g.HALF}湄潭县职业学校受赠明细表"] * n_cols, ["单位：元"] * n_cols, g.HEAD1] + t1
        want2 = [["各校受赠汇总表"] * 5, g.HEAD2] + table2
        if len(grids) != 2 or grids[0] != want1 or grids[1] != want2:
            errors.append(f"{name}: the Excel tables read back are not the ones recomputed from the items")
        # dates by the rules
        for k, gift in enumerate(g.GIFTS, 1):
            acc, filed, review = gift[4], gift[5], gift[6]
            if not g.PERIOD[0] <= acc <= g.PERIOD[1]:
                errors.append(f"{name}: gift {k} outside the half-year")
            if tiers[k - 1] == "filed":
                limit = m.CATCH_UP_BY if acc < m.EFFECTIVE else add_workdays(acc, m.FILE_DAYS)
                if filed is None or (filed > limit) != (k - 1 == g.LATE) or filed < acc:
                    errors.append(f"{name}: gift {k}: filing date against the rules (only the stated late one is late)")
            elif filed:
                errors.append(f"{name}: gift {k} filed but not in the filing tier")
            if (tiers[k - 1] == "review") != bool(review) or (review and not (review[0] < review[1] <= add_workdays(
                    review[0], m.REVIEW_DAYS) and review[1] <= acc)):
                errors.append(f"{name}: gift {k}: review not as the rules have it")
        for d, (asked, given, on) in g.NAMED.items():
            big = m.CENTRE_FROM if asked == "实训中心" else m.ROOM_FROM
            if not m.ROOM_FROM <= cumul[d] < m.CENTRE_FROM or (asked == "实训中心") != (cumul[d] < big):
                errors.append(f"{name}: named room of {d}: the donor's total {cumul[d]} against the thresholds")
            said.append(f"{cn_date(on)}至{cn_date(years_later(on, m.ROOM_YEARS))}")
        for got, ans, s, who, what, key, yrs in g.REFUSED:
            if ans > add_workdays(got, m.INTENT_DAYS) or (key == "ref_3" and not yrs > m.OLD_MAX):
                errors.append(f"{name}: refusal of {what}: answered late or not against its item")
            said.append(f"学校于{cn_date(ans, False)}书面答复不予接受")
        late = g.GIFTS[g.LATE]
        pub_end = g.DATE_D + datetime.timedelta(m.PUB_MIN - 1)
        rv = next(x for x in g.GIFTS if x[6])
        said += [f"全县{len(g.SCHOOLS)}所职业学校共接受捐赠{len(g.GIFTS)}笔", f"企业{kinds.count('企业')}家、社会组织"
                 f"{kinds.count('社会组织')}家、个人{kinds.count('个人')}名", f"确认价值合计{total_all}元，其中资金{tot_cash}元、"
                 f"设备和物资{tot_goods}元", f"由学校校长办公会研究决定{tiers.count('school')}笔，报县教育局备案"
                 f"{tiers.count('filed')}笔，经县教育局审核同意后接受{tiers.count('review')}笔",
                 f"于{cn_date(rv[6][1], False)}书面同意", f"单笔确认价值{wan(m.AGREEMENT_FROM)}以上的{agreements}笔均已签订捐赠协议",
                 f"开具公益事业捐赠票据{sum(1 for x in g.GIFTS if x[1] != 'nm')}份",
                 f"《办法》施行前接受的{sum(1 for x in g.GIFTS if x[4] < m.EFFECTIVE)}笔捐赠",
                 f"{cn_date(late[4], False)}接受", f"{cn_date(late[5], False)}才报县教育局备案",
                 f"公示期为{cn_date(g.DATE_D)}至{cn_date(pub_end, False)}（{m.PUB_MIN}日）"]
        if g.DATE_D > g.PERIOD[1] + datetime.timedelta(m.COUNTY_PUB_DAYS) or g.DATE_D <= g.PERIOD[1]:
            errors.append(f"{name}: the 公示 not within {m.COUNTY_PUB_DAYS} days after the half-year")
        chain = [m.DATE_D, m.EFFECTIVE, m.CATCH_UP_BY, g.PERIOD[1], g.DATE_D, pub_end]
        summary = (f"{len(g.SCHOOLS)} schools, {len(g.GIFTS)} gifts, {total_all} (money {tot_cash}, goods {tot_goods}); "
                   f"tiers {tiers.count('school')}/{tiers.count('filed')}/{tiers.count('review')}")
    else:
        tables = tab_tables(raw)
        tier_name = {"self": "校务会议研究决定", "file": "报主管部门备案", "approve": "主管部门会同县财政局审批"}
        t1 = []
        for k, j, what, qty, unit, unit_v, how, v in rows:
            gift = g.GIFTS[k - 1]
            first = j == 0
            t1.append([str(k) if first else "", g.SCHOOLS[gift[0]] if first else "", g.DONORS[gift[1]][0] if first else "",
                       what, "—" if qty is None else f"{qty}{unit}", how, str(v), gift[3] if first else "",
                       cn_date(gift[4]) if first else "", tier_name[tiers[k - 1]] if first else ""])
        t1.append(["合计", "", "", "", "", "", str(total_all), "", "", ""])
        if len(tables) != 2 or tables[0] != [g.HEAD1] + t1 or tables[1] != [g.HEAD2] + table2:
            errors.append(f"{name}: the TAB tables read back are not the ones recomputed from the items")
        if not any(r[0] == "" and r[1] == "" for r in tables[0][1:] if tables):
            errors.append(f"{name}: no merged (empty) cell in the pasted table")
        for k, gift in enumerate(g.GIFTS, 1):
            acc, filed, approve, receipt = gift[4], gift[5], gift[6], gift[7]
            if not g.PERIOD[0] <= acc <= g.PERIOD[1]:
                errors.append(f"{name}: gift {k} outside the quarter")
            if tiers[k - 1] == "file":
                if filed is None or (filed > add_workdays(acc, m.FILE_DAYS)) != (k - 1 == g.LATE_FILE) or filed < acc:
                    errors.append(f"{name}: gift {k}: filing date against the rules (only the stated late one is late)")
            elif filed:
                errors.append(f"{name}: gift {k} filed but not in the filing tier")
            if (tiers[k - 1] == "approve") != bool(approve) or (approve and not (approve[0] < approve[1] <= add_workdays(
                    approve[0], m.APPROVE_DAYS) and approve[1] <= acc)):
                errors.append(f"{name}: gift {k}: approval not as the rules have it")
            if (receipt is None) != (gift[1] == "nm") or (receipt and (receipt > acc + datetime.timedelta(
                    m.RECEIPT_DAYS)) != (k - 1 == g.LATE_RECEIPT)):
                errors.append(f"{name}: gift {k}: receipt against the rules (only the stated late one is late)")
        for d, (kind, given, on) in g.NAMED.items():
            over, years = (m.ROOM_OVER, m.ROOM_YEARS) if kind == "实训室" else (m.BASE_OVER, m.BASE_YEARS)
            if not cumul[d] > over or (kind == "实训室" and cumul[d] > m.BASE_OVER):
                errors.append(f"{name}: named {kind} of {d}: the donor's total {cumul[d]} against the thresholds")
            said.append(f"累计{cumul[d]}元，超过《细则》{m.cite('naming')}规定的{wan(over)}")
            said.append(f"冠名期限{years}年（至{cn_date(years_later(on, years))}）")
        for got, ans, s, who, what, key, yrs in g.REFUSED:
            if ans > add_workdays(got, m.REPLY_DAYS) or (key == "ref_2" and not yrs > m.OLD_MAX):
                errors.append(f"{name}: refusal of {what}: answered late or not against its item")
            said.append(f"于{cn_date(ans, False)}答复不予接受")
        lf, lr = g.GIFTS[g.LATE_FILE], g.GIFTS[g.LATE_RECEIPT]
        next_by = D(g.PERIOD[1].year + 1, 1, 1) + datetime.timedelta(m.REPORT_DAYS - 1)
        said += [f"全县{len(g.SCHOOLS)}所职业院校共接受捐赠{len(g.GIFTS)}笔，价值合计{total_all}元，其中资金{tot_cash}元、物资"
                 f"{tot_goods}元", f"企业{kinds.count('企业')}家、社会组织{kinds.count('社会组织')}家、自然人{kinds.count('自然人')}名",
                 f"由职业院校校务会议研究决定{tiers.count('self')}笔，报主管部门备案{tiers.count('file')}笔，经主管部门会同县财政局审批"
                 f"{tiers.count('approve')}笔", f"{m.AGREEMENT_FROM}元以上的{agreements}笔均签订了书面捐赠协议",
                 f"开具公益事业捐赠票据{sum(1 for x in g.GIFTS if x[7])}份", f"{cn_date(lf[4], False)}接受",
                 f"{cn_date(lf[5], False)}才报", f"{cn_date(lr[4], False)}验收", f"{cn_date(lr[7], False)}才开具公益事业捐赠票据",
                 f"于{cn_date(next_by)}前通报"]
        if g.NEXT_BY != next_by:
            errors.append(f"{name}: the next 通报 is not {cn_date(next_by)}")
        if g.DATE_D > g.PERIOD[1] + datetime.timedelta(m.REPORT_DAYS) or g.DATE_D <= g.PERIOD[1]:
            errors.append(f"{name}: the 通报 not within {m.REPORT_DAYS} days after the quarter")
        chain = [m.DATE_D, m.EFFECTIVE, m.LEDGER_BY, g.PERIOD[1], g.DATE_D, next_by]
        summary = (f"{len(g.SCHOOLS)} schools, {len(g.GIFTS)} gifts, {total_all} (money {tot_cash}, goods {tot_goods}); "
                   f"tiers {tiers.count('self')}/{tiers.count('file')}/{tiers.count('approve')}")
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    if chain != sorted(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if m.FACTS["phones"][0] not in ph or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: the rules' first phone not restated, or not of {AREA[split]}")
    print(f"{name}: {summary}; cites {len(cites)} 条 / 项")


# ---------------------------------------------------------------- formats
def doc_checks(errors):
    name = DOCS[RULES[DEV]]
    import make_meitan_doc as m
    path = os.path.join(HERE, name)
    if open(path, "rb").read(8) != bytes.fromhex("D0CF11E0A1B11AE1"):
        errors.append(f"{name}: not a Word 97 (OLE2) file")
    x = doc_as_fodt(path)
    subj = re.search(r"<dc:subject>(.*?)</dc:subject>", x)
    desc = re.search(r"<dc:description>(.*?)</dc:description>", x)
    if not subj or subj.group(1) != FICTION or not desc or FICTION not in desc.group(1):
        errors.append(f"{name}: the note is not in its Subject / Comments")
    body = re.sub(r"<table:table [^>]*>.*?</table:table>", "", x.split("<office:body>")[1], flags=re.S)
    paras = [odt_text(p) for p in re.findall(r"<text:p[^>]*>.*?</text:p>", body, re.S)]
    typed = [p for p in paras if re.match(r"\s*第[一二三四五六七八九十]+条", p)]
    items = len(re.findall(r"<text:list-item>", body))
    n = len(m.numbering())
    if typed or items != n or x.count("<table:table ") != 1:
        errors.append(f"{name}: {len(typed)} typed 第X条, {items} list items (want 0 / {n}), or not one table")
    print(f"{name}: Word 97 .doc, the note in Subject / Comments; {items} 条 and items in Word list numbering, none typed; one "
          "table with row and column spans")


def html_checks(errors):
    name = DOCS[NOTICE[DEV]]
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        page = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    if not re.search(r"<!--[^>]*" + FICTION, page) or f'name="description" content="{FICTION}"' not in page:
        errors.append(f"{name}: no fictional note in an HTML comment / the description")
    for w in ('charset="utf-8"', 'class="nav"', "您当前的位置", "StartFragment", "EndFragment", "mso-number-format", "打印",
              "关闭", "主办"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if "ICP" in page or "黔" in page:
        errors.append(f"{name}: an ICP line or the province's abbreviation")
    if page.count("<table x:str") != 2 or page.count("<![if supportMisalignedColumns]>") != 2 or "x:num" not in page or \
            not re.search(r"class=xl\d+", page) or "<col width=" not in page or "rowspan=" not in page or \
            "colspan=" not in page:
        errors.append(f"{name}: not two Excel-pasted tables (x:str, xl classes, x:num, col, hidden row) with rowspan / colspan")
    print(f"{name}: UTF-8 portal page; {page.count('<table x:str')} Excel tables, {page.count('rowspan=')} rowspan and "
          f"{page.count('colspan=')} colspan cells")


def md_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_fengjie_md as m
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    typed = re.findall(r"^\*\*第[一二三四五六七八九十]+条\*\*　", t, re.M)
    if not t.startswith("<!-- " + "本文件为" + FICTION) or len(typed) != len(m.ART_KEYS) or "<table" in t or \
            not t.splitlines()[2].startswith("# ") or len(md_tables(t)) != 3:
        errors.append(f"{name}: the note not in the top comment, {len(typed)} typed **第X条** (want {len(m.ART_KEYS)}), an "
                      "HTML table, or not three pipe tables")
    print(f"{name}: Markdown, the note in the top comment; {len(typed)} typed **第X条**; 3 pipe tables")


def txt_checks(raw_bytes, errors):
    name = DOCS[NOTICE[TEST]]
    if not raw_bytes.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: no UTF-8 BOM")
    try:
        t = raw_bytes.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    if t.count("\r\n") != t.count("\n") or not t.endswith("\r\n") or len(tab_tables(t.replace("\r", ""))) != 2:
        errors.append(f"{name}: not CRLF throughout, or not two TAB tables")
    print(f"{name}: UTF-8 with BOM, CRLF, {t.count(chr(10))} lines, {t.count(chr(9))} TABs in 2 pasted tables")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    return list(g.SCHOOLS)


def extra_checks(raw, texts, raw_bytes):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Fifty-first fresh set")
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
            errors += crossround.shape_errors(d, split, "x-f50-", ID_PREFIX, REGION_CODES)
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
                                              "x-f50-")
    errors += crossround.inside_earlier_clash(range(17, 50), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 湄潭 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 50), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    doc_checks(errors)
    html_checks(errors)
    md_checks(errors)
    txt_checks(raw_bytes[NOTICE[TEST]], errors)
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
