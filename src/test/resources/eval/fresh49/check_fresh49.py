#!/usr/bin/env python3
"""Check fresh49-dev.jsonl / fresh49-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh49/check_fresh49.py            (from the repository root, or anywhere)
    python3 check_fresh49.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh48/check_fresh48.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext -layout`
for the .pdf, which prints the 条 and item numbers LibreOffice drew; the .txt decoded as GB18030 when it is not UTF-8; `soffice …
txt:Text` for the .docx; the <body> text of the .html without tags, scripts, styles and comments, decoded as GB18030 when it is
not UTF-8); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in
eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their
split, **every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**); the
cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a county's rules for the 职业学校学生实习责任保险统保 / 实习保险统一投保 with their 印发通知** and
**that county's report / 公示 on a period of it** (the insurer, the schools and students insured, the premiums and who paid them,
the accidents, what was paid, refused and advanced, the problems, the dates): 内蒙古自治区赤峰市宁城县 (the 办法 as a LibreOffice
PDF with a landscape annex table, the 通报 as a GBK Notepad text with tables typed in spaces; dev) and the held-out county (the
细则 as a .docx with typed 条 and a Word table with a two-row header, the 公示 as a GBK table-layout portal page; test). So it
also checks:
  - lines: id prefixes (ncb- / nct- / pjx- / pjg- by `doc`, x-f49- for lines that must not be answered), regions (REGION_CODES),
    `region-scoped` if and only if the region lies strictly below the document's and names it (a place named in no document of
    this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor word of their document
    found in no other document of any round), `docs` lines, ONLY lines, `two`, `items` (only on the one list line of a notice
    naming its schools, `items` = their number), punctuation, `unstated`, `region-clash` (crossround.line_errors), `outofscope`
    regions, the seeded fragment split;
  - **the rules** (src/make_ningcheng_pdf.py / src/make_pingjiang_docx.py): 文号, date, issuers, title, FACTS strings; every 章
    (dev), 条 and item printed whole and in order, the 条 read back from the text numbered 第一条 … without a gap, the last the 施行
    / 试行 one; phones of the area code; 印发 before 施行; **the annex read back** (dev: the PDF's table rows in order, the 依据 of
    each row an 条 / 项 whose text holds the row's figures; held out: the .docx's `<w:tbl>` with its `w:gridSpan` / `w:vMerge`
    cells filled, equal to the generator's, its figures the 条's);
  - **the notices** (src/make_ningcheng_txt.py / src/make_pingjiang_html.py): title, the rules cited by title and 文号, **every
    `《办法》/《细则》第X条[第（Y）项]` the right 条** (the cited text holds the topic word of CITE_WORDS); **the tables read back**
    (dev: the text tables split on their spaces; held out: the .html's tables with their `rowspan` / `colspan` cells filled) **and
    equal to what the checker computes itself from the students and the rules' fees and shares** (not through the generator's
    functions); the claims recomputed by the rules' limits (deductible / social insurance share, disability grade, hospital days,
    the advance share) and each refusal against the exclusion it cites; the counts, totals, loss ratio and dates stated so; the
    late report later than the rules' hours; every date in order;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines, the .pdf also in its Subject, the .docx in its core properties, the .html in
    an HTML comment and the `description`; lengths (rules 2,000–7,000, notices 1,400–5,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh48 checks require in no document) absent; no name of an earlier line's
    region-clash region; no part of an earlier region value; the province and prefecture (内蒙古 / 蒙 / 赤峰; 湖南 / 湘 / 岳阳) not
    named; neither region in the other split's documents; no region value of this round inside a clash region of fresh17 …
    fresh48; neither region used by an earlier round's document or line (but LOOSENED), nor named in an earlier document;
  - formats: the PDF (LibreOffice, the note in its Subject, 4–8 pages, the annex page landscape, `—N—` at the foot of every
    page); the .txt (not UTF-8, GBK, CRLF, every line ending CRLF, the tables' rules of `-`); the .docx (the note in core.xml,
    no `<w:numPr>` paragraph, every 条 typed, one table with `w:gridSpan`, `w:vMerge` and two repeated header rows); the .html
    (not UTF-8, GBK, `charset=gb2312`, the note in a comment and the description, layout tables, two data tables with `rowspan`
    and `colspan` header cells, 打印 / 关闭, no ICP line).
LOOSENED: the region-clash lines x-region-clash-k08 (fresh6, 内蒙古自治区赤峰市) and x-region-clash-l07 (fresh7, 湖南省岳阳市)
lie above this round's regions; they are checked to be the only such lines and to abstain (a county's documents do not cover the
prefecture).
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import html.parser
import json
import os
import re
import subprocess
import sys
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
    "ningcheng-baoxian-banfa": "ningcheng-baoxian-banfa.pdf",
    "ningcheng-baoxian-tongbao": "ningcheng-baoxian-tongbao.txt",
    "pingjiang-baoxian-xize": "pingjiang-baoxian-xize.docx",
    "pingjiang-baoxian-gongshi": "pingjiang-baoxian-gongshi.html",
}
DEV, TEST = "fresh49-dev.jsonl", "fresh49-test.jsonl"
SPLITS = {DEV: {"ningcheng-baoxian-banfa", "ningcheng-baoxian-tongbao"},
          TEST: {"pingjiang-baoxian-xize", "pingjiang-baoxian-gongshi"}}
RULES = {DEV: "ningcheng-baoxian-banfa", TEST: "pingjiang-baoxian-xize"}
NOTICE = {DEV: "ningcheng-baoxian-tongbao", TEST: "pingjiang-baoxian-gongshi"}
NMP = "内蒙古自治区"
HNP = "湖南省"
NC = NMP + "赤峰市宁城县"
PJ = HNP + "岳阳市平江县"
REGION = {DEV: NC, TEST: PJ}
PROVINCE = {DEV: NMP, TEST: HNP}
ID_PREFIX = {"ningcheng-baoxian-banfa": "ncb-", "ningcheng-baoxian-tongbao": "nct-", "pingjiang-baoxian-xize": "pjx-",
             "pingjiang-baoxian-gongshi": "pjg-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data (2.7.0)
REGION_CODES = {
    NMP: "150000", NC: "150429",
    NC + "天义镇": "150429100", NC + "大城子镇": "150429102", NC + "八里罕镇": "150429103", NC + "黑里河镇": "150429104",
    NC + "右北平镇": "150429105", NC + "汐子镇": "150429107", NC + "大明镇": "150429108", NC + "忙农镇": "150429109",
    NC + "五化镇": "150429110",
    NMP + "呼和浩特市托克托县": "150122", NMP + "呼和浩特市武川县": "150125", NMP + "巴彦淖尔市五原县": "150821",
    HNP: "430000", PJ: "430626",
    PJ + "汉昌街道": "430626001", PJ + "安定镇": "430626101", PJ + "三市镇": "430626102", PJ + "加义镇": "430626103",
    PJ + "梅仙镇": "430626108", PJ + "瓮江镇": "430626110", PJ + "浯口镇": "430626109", PJ + "童市镇": "430626113",
    PJ + "岑川镇": "430626114",
    HNP + "长沙市望城区": "430112", HNP + "长沙市开福区": "430105",
}
# earlier lines whose region lies above this round's regions (other than the province itself): the prefecture as a whole, region-
# clash lines of the sixth and seventh sets; a county's documents do not cover the prefecture, so they must still abstain
LOOSENED = {NMP + "赤峰市": {"x-region-clash-k08"}, HNP + "岳阳市": {"x-region-clash-l07"}}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ALIASES = {}
AREA = {DEV: "0476", TEST: "0730"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["内蒙古", "蒙", "赤峰", "湖南", "湘", "岳阳", "平江"],
             TEST: ["湖南", "湘", "岳阳", "内蒙古", "蒙", "赤峰", "宁城"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 / items each notice cites by number (keys of ARTICLES), and a topic word the cited 条 / item must hold
CITE_WORDS = {DEV: {"yearly": "通报", "insurer": "承保期", "share": "县财政全额承担", "payment": "一次性拨付", "limits": "责任限额",
                    "ex_3": "非实习时间", "advance": "预赔", "report": "小时内", "assess": "满意度"},
              TEST: {"public": "公示", "insurer": "公开招标", "fee": "每生每月", "share": "县内实习单位", "settle": "结算清单",
                     "cover": "责任限额", "advance": "先行支付", "liable": "录入名单", "report": "小时内", "ex_3": "探亲",
                     "ex_4": "未在平台录入名单"}}
CITE_NAME = {DEV: "办法", TEST: "细则"}
RULE_LEN, NOTICE_LEN = (2000, 7000), (1400, 5000)


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (宁城, 平江)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    if split == DEV:
        import make_ningcheng_pdf as m
        import make_ningcheng_txt as g
    else:
        import make_pingjiang_docx as m
        import make_pingjiang_html as g
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
def articles_of(t, m):
    """the rules' 条 as read from the squashed text: number → text up to the next 条 (or the annex)"""
    body = t[t.find(sq(m.RULES), t.find(sq(m.DATE))):]
    end = body.find(sq("附件" + m.TABLE_TITLE))
    body = body[:end] if end > 0 else body
    found = list(re.finditer(r"第([一二三四五六七八九十]+)条", body))
    out = {}
    for i, mt in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(body)
        out.setdefault(mt.group(1), body[mt.end():stop])
    return out


def docx_table(path):
    """the .docx's tables: rows of (cell text, gridSpan, vMerge value or None)"""
    body = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    out = []
    for tb in tbls:
        rows = []
        for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tb, re.S):
            cells = []
            for tc in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S):
                vm = re.search(r'<w:vMerge(?: w:val="(\w+)")?/>', tc)
                gs = re.search(r'<w:gridSpan w:val="(\d+)"/>', tc)
                cells.append(("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", tc)), int(gs.group(1)) if gs else 1,
                              (vm.group(1) or "continue") if vm else None))
            rows.append(cells)
        out.append(rows)
    return out, tbls, body


def docx_grid(rows):
    """a .docx table's rows with every gridSpan cell repeated and every vMerge continuation filled from above"""
    grid = []
    for r in rows:
        out = []
        for text, span, vm in r:
            out += [(text, vm)] * span
        grid.append(out)
    for i in range(1, len(grid)):
        for j, (text, vm) in enumerate(grid[i]):
            if vm == "continue":
                grid[i][j] = (grid[i - 1][j][0], vm)
    return [[c for c, _ in r] for r in grid]


def rules_checks(split, t, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.RULES] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    rest = t[t.find(sq(m.RULES), t.find(sq(m.DATE))):]
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
    if not m.DATE_D < m.EFFECTIVE:
        errors.append(f"{name}: 印发 not before 施行 / 试行")
    if split == DEV:
        chaps = [x for lvl, _, x in m.ARTICLES if lvl == "chap"]
        if [c.split("　")[0] for c in chaps] != [f"第{cn(i)}章" for i in range(1, len(chaps) + 1)]:
            errors.append(f"{name}: 章 not numbered in order")
        if not (m.DATE_D < m.FIRST_LIST_BY < m.EFFECTIVE) or (m.FIRST_LIST_BY.month, m.FIRST_LIST_BY.day) <= m.LIST_BY:
            errors.append(f"{name}: the first year's list deadline not between 印发 and 施行, or not later than the 条's")
        # the annex: every row's cells in order in the squashed text (a spanned 类别 cell printed once, on its middle row)
        rows = m.annex_read()
        start = t.find(sq(m.TABLE_TITLE), t.find(sq(m.RULES), t.find(sq(m.DATE))))
        table = t[start:]
        if not ordered(table, m.HEAD) or not ordered(table, [c for r in rows for c in r[1:]]):
            errors.append(f"{name}: the annex rows are not in the text in order")
        for r in rows:
            art, ok = "", True
            for c in r[5].split("、"):
                mt = re.fullmatch(r"第([一二三四五六七八九十]+)条(?:第（([一二三四五六七八九十]+)）项)?", c)
                ok = ok and bool(mt)
                a = arts.get(mt.group(1), "") if mt else ""
                if mt and mt.group(2):
                    seg = a.split(f"（{mt.group(2)}）")
                    a = seg[1] if len(seg) > 1 else ""
                art += a
            figures = re.findall(r"\d+(?:万元|元|天|%)", r[2] + r[3] + r[4])
            if not ok or not all(sq(f) in art for f in figures):
                errors.append(f"{name}: annex row {r[1]}: {figures} not in the cited {r[5]}")
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条; annex of {len(rows)} rows, each row's figures in the 条 it cites")
    else:
        tables, _, _ = docx_table(os.path.join(HERE, name))
        grid = docx_grid(tables[0]) if tables else []
        head = [[c for c in r] for r in m.HEAD_ROWS]
        for i in range(len(head)):
            for j, c in enumerate(head[i]):
                if c == "<":
                    head[i][j] = head[i][j - 1]
                elif c == "^":
                    head[i][j] = head[i - 1][j]
        if grid != head + m.ANNEX:
            errors.append(f"{name}: the annex table read back ({len(grid)} rows) is not the generator's")
        cover = m.text("cover") + "".join(m.text(f"cv_{i}") for i in range(1, 5))
        for r in m.ANNEX:
            figures = [x for x in re.findall(r"\d+(?:万元|元|天|%)", "".join(r[2:])) if x not in ("100%", "10%")] + \
                      re.findall(r"\d+万元", r[3])
            if not all(sq(f) in sq(cover) for f in figures if f != wan(m.PER_ACCIDENT)):
                errors.append(f"{name}: annex row {r[1]}: {figures} not in 第{cn(m.numbering()['cover'][0])}条")
        print(f"{name}: {len(nums)} 条 (no 章); the annex table read back with gridSpan / vMerge cells: {len(grid)} rows")


# ---------------------------------------------------------------- the notices
def cites_checks(split, t, arts, m, name, errors):
    cites = set(re.findall(r"(?:《" + CITE_NAME[split] + r"》|以下简称《" + CITE_NAME[split] + r"》）)"
                           r"(第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?)", t))
    want = {m.cite(k) for k in CITE_WORDS[split]}
    if cites != want:
        errors.append(f"{name}: cites {sorted(cites)}, the right 条 are {sorted(want)}")
    for k, word in CITE_WORDS[split].items():
        mt = re.fullmatch(r"第([一二三四五六七八九十]+)条(?:第（([一二三四五六七八九十]+)）项)?", m.cite(k))
        art = arts.get(mt.group(1), "")
        if mt.group(2):
            seg = art.split(f"（{mt.group(2)}）")
            art = seg[1] if len(seg) > 1 else ""
        if sq(word) not in art:
            errors.append(f"{name}: the cited {m.cite(k)} does not hold {word!r}")
    return cites


class TableReader(html.parser.HTMLParser):
    """the cells of every <table class="data">: rows of (text, rowspan, colspan)"""

    def __init__(self):
        super().__init__()
        self.tables, self.cell, self.depth, self.data_at = [], None, 0, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.depth += 1
            if a.get("class") == "data":
                self.tables.append([])
                self.data_at = self.depth
        elif self.data_at == self.depth and tag == "tr":
            self.tables[-1].append([])
        elif self.data_at == self.depth and tag in ("td", "th"):
            self.cell = ["", int(a.get("rowspan", 1)), int(a.get("colspan", 1))]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(tuple(self.cell))
            self.cell = None
        elif tag == "table":
            if self.data_at == self.depth:
                self.data_at = None
            self.depth -= 1

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


def text_tables(raw):
    """the tables typed in the .txt: the lines between a rule of '-' (the header above it) and the next empty line, split on
    runs of two or more spaces"""
    lines = raw.splitlines()
    out = []
    for i, l in enumerate(lines):
        if re.fullmatch(r"-{20,}", l):
            rows = [re.split(r" {2,}", lines[i - 1].strip())]
            for r in lines[i + 1:]:
                if not r.strip():
                    break
                rows.append(re.split(r" {2,}", r.strip()))
            out.append(rows)
    return out


def notice_checks(split, t, raw, rules_text, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, f"《{m.RULES}》（{m.DOC_NO}，以下简称《{CITE_NAME[split]}》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    said = []
    if split == DEV:
        tables = text_tables(raw)
        # premiums recomputed here from the students and the rules' fees and shares (not through the generator's functions)
        rows, tot = [], [0] * 6
        for school, visit, post, poor in g.SCHOOLS:
            total = visit * m.FEE_VISIT + post * m.FEE_POST
            unit = (post - poor) * m.FEE_POST * m.POST_SHARE // 100
            fiscal = visit * m.FEE_VISIT + (post - poor) * m.FEE_POST * (100 - m.POST_SHARE) // 100 + poor * m.FEE_POST
            if fiscal + unit != total or poor > post:
                errors.append(f"{name}: {school}'s shares do not add up")
            vals = [visit, post, poor, total, fiscal, unit]
            tot = [a + b for a, b in zip(tot, vals)]
            rows.append([school] + [str(x) for x in vals])
        rows.append(["合计"] + [str(x) for x in tot])
        if len(tables) != 2 or tables[0] != [g.HEAD1] + rows:
            errors.append(f"{name}: the premium table read back is not the one recomputed from the students")
        # claims recomputed by the rules' limits
        paid_all, closed_paid, advance, crows = 0, 0, 0, []
        for k, (occ, rep, si, firm, what, med, days, grade, status, adv) in enumerate(g.CLAIMS, 1):
            amount = 0
            if status != "refused":
                amount += (m.DEATH * (100 - (grade - 1) * m.GRADE_STEP) // 100) if grade else 0
                amount += (min(med, m.MEDICAL) - m.DEDUCT) if med else 0
                amount += min(days, m.ALLOW_DAYS) * m.ALLOWANCE
                if adv:
                    if adv <= m.ADVANCE_FROM:
                        errors.append(f"{name}: claim {k} advanced below the rules' threshold")
                    amount += adv * m.ADVANCE_SHARE // 100
            paid_all += amount
            closed_paid += amount if status == "closed" else 0
            advance += amount if status == "open" else 0
            crows.append([str(k), f"{occ.year}.{occ.month}.{occ.day}", g.SCHOOLS[si][0].replace("宁城县", ""),
                          g.FIRMS[firm].replace("宁城县", ""), what, str(amount), g.STATUS[status]])
            if not g.PERIOD[0] <= occ <= rep <= g.PERIOD[1]:
                errors.append(f"{name}: claim {k} outside the policy year or reported before it happened")
        if len(tables) != 2 or tables[1] != [g.HEAD2] + crows:
            errors.append(f"{name}: the claims table read back is not the one recomputed by the rules' limits")
        late = [c for c in g.CLAIMS if (c[1] - c[0]).days * 24 > m.REPORT_HOURS]
        refused = [c for c in g.CLAIMS if c[8] == "refused"]
        if len(late) != 1 or len(refused) != 1 or "非实习" not in sq(m.text("ex_3")):
            errors.append(f"{name}: not one late report and one refusal under 第十八条第（三）项")
        n_students = tot[0] + tot[1]
        ratio = paid_all * 1000 // tot[3]
        fiscal_by = g.PERIOD[1] + datetime.timedelta(m.FISCAL_PAY_DAYS)
        said += [f"全县{len(g.SCHOOLS)}所职业学校共为{n_students}名实习学生投保",
                 f"保费合计{tot[3]}元，其中县财政承担{tot[4]}元，实习单位承担{tot[5]}元",
                 f"本学年共报案{len(g.CLAIMS)}起", f"已结案{sum(1 for c in g.CLAIMS if c[8] == 'closed')}起，支付赔款{closed_paid}元",
                 f"已预赔{advance}元", f"累计支付赔款{paid_all}元", f"为{ratio // 10}.{ratio % 10}%",
                 f"于{cn_date(fiscal_by)}前一次性拨付承保机构", f"超过《办法》第{cn(m.numbering()['report'][0])}条规定的"
                 f"{m.REPORT_HOURS}小时", f"学校于{cn_date(late[0][1], False)}才向承保机构报案"]
        chain = [m.DATE_D, g.CHOSEN_D, m.FIRST_LIST_BY, m.EFFECTIVE, g.PERIOD[0]] + sorted(c[0] for c in g.CLAIMS) + \
            [g.PERIOD[1], g.DATE_D, fiscal_by, g.RESELECT_BY]
        if g.DATE_D > g.PERIOD[1] + datetime.timedelta(m.REPORT_DAYS):
            errors.append(f"{name}: the 通报 later than {m.REPORT_DAYS} days after the year")
        summary = (f"{len(g.SCHOOLS)} schools, {n_students} students, premiums {tot[3]} (county {tot[4]}, firms {tot[5]}); "
                   f"{len(g.CLAIMS)} claims, paid {paid_all} ({ratio / 10}%)")
    else:
        page = open(os.path.join(HERE, name), "rb").read().decode("gb18030")
        reader = TableReader()
        reader.feed(page)
        grids = [html_grid(tb) for tb in reader.tables]
        head = [["学校", "认识实习", "认识实习", "岗位实习", "岗位实习", "岗位实习"] + ["保费（元）"] * 4,
                ["学校"] + g.HEAD_SUB]
        rows, tot = [], [0] * 9
        for school, v, days, post, inside, outside in g.SCHOOLS:
            visit_fee = v * days * m.FEE_DAY
            post_fee = (inside + outside) * m.FEE_MONTH
            sub = inside * m.FEE_MONTH * m.SUBSIDY // 100
            if inside + outside > post * 3:
                errors.append(f"{name}: {school}: more 人月 than its students over three months")
            vals = [v, v * days, post, inside, outside, visit_fee + post_fee, visit_fee, sub, post_fee - sub]
            tot = [a + b for a, b in zip(tot, vals)]
            rows.append([school] + [str(x) for x in vals])
        rows.append(["合计"] + [str(x) for x in tot])
        if len(grids) != 2 or grids[0] != head + rows:
            errors.append(f"{name}: the premium table read back is not the one recomputed from the students")
        crows, paid_sum, adv_sum, paid_n = [], 0, 0, 0
        for k, c in enumerate(g.CLAIMS, 1):
            occ, rep, si, firm, inside, what, med, social, days, status, why, expected = c
            amount = 0
            if status == "paid":
                amount = min((med - social) * m.MED_RATE // 100, m.MEDICAL) + min(days, m.ALLOW_DAYS) * m.ALLOWANCE
                paid_sum += amount
                paid_n += 1
            elif status == "advance":
                if expected <= m.ADVANCE_FROM:
                    errors.append(f"{name}: claim {k} advanced below the rules' threshold")
                amount = expected * m.ADVANCE_SHARE // 100
                adv_sum += amount
            else:
                if why not in ("ex_3", "ex_4") or (why == "ex_4" and not g.NOT_ENTERED_UNTIL > occ):
                    errors.append(f"{name}: claim {k} refused without its exclusion holding")
            res = {"paid": "已赔付", "advance": "已先行支付，治疗中"}.get(status, f"不予赔付（《细则》{m.cite(why or 'ex_1')}）")
            crows.append([str(k), cn_date(occ, False), g.SCHOOLS[si][0], firm or "—", what, str(amount), res])
            if not g.SPAN[0] <= occ <= rep <= g.SPAN[1]:
                errors.append(f"{name}: claim {k} outside the half-year or reported before it happened")
        if len(grids) != 2 or grids[1] != [g.HEAD2] + crows:
            errors.append(f"{name}: the claims table read back is not the one recomputed by the rules' limits")
        late = [c for c in g.CLAIMS if (c[1] - c[0]).days * 24 > m.REPORT_HOURS]
        if len(late) != 1:
            errors.append(f"{name}: not one late report")
        settle = add_workdays(g.SPAN[1], m.SETTLE_DAYS)
        pay = settle + datetime.timedelta(m.PAY_DAYS)
        pe = g.DATE_D + datetime.timedelta(m.PUBLIC_DAYS - 1)
        n_ref = sum(1 for c in g.CLAIMS if c[9] == "refused")
        said += [f"为{tot[0]}名认识实习学生和{tot[2]}名岗位实习学生投保",
                 f"保费合计{tot[5]}元，其中职业院校承担{tot[6]}元、县财政补助{tot[7]}元、实习单位承担{tot[8]}元",
                 f"上半年共报案{len(g.CLAIMS)}起，已赔付{paid_n}起、金额{paid_sum}元", f"金额{adv_sum}元，不予赔付{n_ref}起",
                 f"累计支付{paid_sum + adv_sum}元", f"于{cn_date(settle)}出具", f"应当于{cn_date(pay)}前缴纳",
                 f"公示期为{cn_date(g.DATE_D)}至{cn_date(pe, False)}（{m.PUBLIC_DAYS}天）",
                 f"{cn_date(late[0][0], False)}事故于{cn_date(late[0][1], False)}报案，超过{m.REPORT_HOURS}小时"]
        chain = [m.DATE_D, g.TENDER_D, m.EFFECTIVE, g.SERVICE[0], g.SPAN[0]] + sorted(c[0] for c in g.CLAIMS) + \
            [g.SPAN[1], settle, g.DATE_D, pe, pay]
        if (g.SERVICE[1] - g.SERVICE[0]).days + 1 not in (365 * m.SERVICE_YEARS, 365 * m.SERVICE_YEARS + 1):
            errors.append(f"{name}: the insurer's term is not {m.SERVICE_YEARS} years")
        summary = (f"{len(g.SCHOOLS)} schools, premiums {tot[5]} (schools {tot[6]}, county {tot[7]}, firms {tot[8]}); "
                   f"{len(g.CLAIMS)} claims, paid {paid_sum} + advanced {adv_sum}")
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
def pdf_checks(errors):
    name = DOCS[RULES[DEV]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    last_size = subprocess.run(["pdfinfo", "-f", str(len(pages)), "-l", str(len(pages)), path], capture_output=True,
                               text=True).stdout
    w_, h_ = map(float, re.search(r"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)", last_size).groups())
    if not 4 <= len(sp) <= 8 or not all(p.endswith(f"—{n}—") for n, p in enumerate(sp, 1)) or w_ <= h_ or \
            FICTION not in sp[-1] or "附件" not in sp[-1]:
        errors.append(f"{name}: not 4–8 pages each closing with —N—, or the annex / note not on a landscape last page")
    print(f"{name}: {len(pages)} pages with —N—; the last (annex) page landscape ({w_:.0f} x {h_:.0f})")


def txt_checks(raw_bytes, errors):
    name = DOCS[NOTICE[DEV]]
    try:
        raw_bytes.decode("utf-8")
        errors.append(f"{name}: valid UTF-8 (should be GBK)")
    except UnicodeDecodeError:
        pass
    try:
        t = raw_bytes.decode("gbk")
    except UnicodeDecodeError:
        errors.append(f"{name}: not GBK")
        return
    if t.count("\r\n") != t.count("\n") or not t.endswith("\r\n") or len(re.findall(r"\r\n-{20,}\r\n", t)) != 2:
        errors.append(f"{name}: not CRLF throughout, or not two typed tables with a rule of '-'")
    print(f"{name}: GBK, CRLF, {t.count(chr(10))} lines, 2 typed tables")


def docx_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_pingjiang_docx as m
    z = zipfile.ZipFile(os.path.join(HERE, name))
    core = z.read("docProps/core.xml").decode("utf-8")
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the core properties")
    tables, tbls, body = docx_table(os.path.join(HERE, name))
    paras = re.findall(r"<w:p[ >].*?</w:p>", re.sub(r"<w:tbl>.*?</w:tbl>", "", body, flags=re.S), re.S)
    typed = [p for p in paras if re.match(r"第[一二三四五六七八九十]+条", "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))]
    numbered = sum(1 for p in paras if "<w:numPr>" in p)
    if numbered or len(typed) != len(m.ART_KEYS):
        errors.append(f"{name}: {numbered} numbered paragraphs, {len(typed)} typed 第X条 (want 0 / {len(m.ART_KEYS)})")
    if len(tbls) != 1 or tbls[0].count("<w:tblHeader") != 2 or "w:gridSpan" not in tbls[0] or "w:vMerge" not in tbls[0]:
        errors.append(f"{name}: {len(tbls)} tables, or not two repeated header rows, or no gridSpan / vMerge cell")
    print(f"{name}: .docx, the note in core.xml; {len(typed)} typed 第X条, none numbered by Word; 1 table with two repeated "
          "header rows, gridSpan and vMerge cells")


def html_checks(errors):
    name = DOCS[NOTICE[TEST]]
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        b.decode("utf-8")
        errors.append(f"{name}: valid UTF-8 (should be GBK)")
    except UnicodeDecodeError:
        pass
    page = b.decode("gbk")
    if not re.search(r"<!--[^>]*" + FICTION, page) or f'name="description" content="{FICTION}"' not in page:
        errors.append(f"{name}: no fictional note in an HTML comment / the description")
    for w in ("charset=gb2312", 'class="nav"', "您现在的位置", 'class="left"', "打印", "关闭", "版权所有"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if "ICP" in page:
        errors.append(f"{name}: an ICP line")
    if page.count('class="data"') != 2 or page.count("<table") < 6 or "rowspan=" not in page or "colspan=" not in page:
        errors.append(f"{name}: not two data tables inside layout tables, or no rowspan / colspan cells")
    print(f"{name}: GBK table-layout page; {page.count('<table')} tables (2 data tables); "
          f"{page.count('rowspan=')} rowspan and {page.count('colspan=')} colspan cells")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    return [s[0] for s in g.SCHOOLS]


def extra_checks(raw, texts, raw_bytes):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Fiftieth fresh set")
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
    # earlier values above a region value of this round (the province excepted): exactly LOOSENED, every line there abstaining;
    # earlier values written without their province: none above or inside a region of this round
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
        rules_checks(split, texts[RULES[split]], errors)
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
            errors += crossround.shape_errors(d, split, "x-f49-", ID_PREFIX, REGION_CODES)
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
                                              "x-f49-")
    errors += crossround.inside_earlier_clash(range(17, 49), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 宁城 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 49), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    pdf_checks(errors)
    txt_checks(raw_bytes[NOTICE[DEV]], errors)
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
