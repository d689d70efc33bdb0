#!/usr/bin/env python3
"""Check fresh54-dev.jsonl / fresh54-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh54/check_fresh54.py            (from the repository root, or anywhere)
    python3 check_fresh54.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh53/check_fresh53.py. The documents are read exactly as ../tools/evalset.py / ../tools/crossround.py read
them (the .docx through `soffice --convert-to txt:Text` — **the automatic 条 / 项 numbers are in that text** —; the .html's
<body> text without tags, scripts, styles and comments; `pdftotext -layout` for the .pdf — **its list numbers `一、` and `1.`
printed**, the page numbers `— 2 —` in it —; the .txt as it is (a BOM and CR LF, no page-number lines)); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in
the visible text of its document — or of one of its `docs` — with whitespace removed**); the cross-round helpers are
../tools/crossround.py's (unchanged).

This round is, per split, **a district's rules for the diploma schooling (专科 / 本科, part-time) of the staff of its firms, run
with the colleges it names and partly taught in the firms**, with their 印发通知, and **that district's list / report of a
batch or a 学年** (each firm's or centre's learners by level, the skilled ones, the sums computed from a share of the tuition with
a cap or from a rate a 学年 with an addition; the tiers of a centre's running subsidy; a firm's reward for the tuition it bore,
capped; who is paid; the learners turned down and why; the one-off grants; the dates): 天津市静海区 (the 办法 as a LibreOffice
.docx with automatic 条 numbers and two tables, the 公示 as a portal page whose lists are CSS grids of <div>s; dev) and the
held-out district (the 细则 as a LibreOffice PDF whose parts and points are a two-level numbered list, the 通报 as a UTF-8
Notepad text with a BOM, CR LF, full-width indentation and a numbered list of lines; test). So it also checks:
  - lines: id prefixes (jhb- / jhg- / jsx- / jst- by `doc`, x-f54- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's and names it (a place named in
    no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor word of
    their document found in no other document of any round), `docs` lines, ONLY lines, `two`, `items` (only on the one list
    line of a notice naming the firms / centres of one kind, `items` = their number), punctuation, `unstated`, `region-clash`
    (crossround.line_errors), `outofscope` regions, the seeded fragment split;
  - **the rules** (src/make_jinghai_docx.py / src/make_jinshan_pdf.py): 文号, date, issuers, title, FACTS strings; every 章 / 条 /
    item (dev) or part / point (held out) printed whole and in order; **dev: the 条 read back from the text numbered 第一条 …
    without a gap across the 章, each the generator's text, the 章 第一章 … 第七章, the last 条 the 施行 one; held out: the parts
    `一、` … and the points `1.` … restarting in each part read back from pdftotext's lines, equal to the generator's numbering,
    each point starting with the generator's text**; phones of the area code; 印发 before 施行 before the first application date
    before the end of validity; **the rates' table read back (dev: from the .docx's XML; held out: from pdftotext's lines) and
    equal to the rates and caps the checker computes from the rules' figures**; **dev: the annex read back from the .docx's
    second table, its header row repeated (`w:tblHeader`), equal to the generator's rows, every 学历层次 one of the rules'**;
  - **the notices** (src/make_jinghai_html.py / src/make_jinshan_txt.py): title, the rules by title and 文号, **every cited
    `《办法》第X条[第（Y）项]` / `《细则》第X部分第Y点` the right one** (the cited text holds the topic word of CITE_WORDS); **the lists
    read back** (dev: the two CSS grids of <div>s parsed cell by cell; held out: the numbered lines of the centres parsed with a
    pattern) **and equal to what the checker computes itself from the firms / centres and the rules' figures** (not through the
    generator's functions: a learner's subsidy = the tuition × the share of the level (+ the skilled points), capped; a centre's
    grant = learners × the yearly rate + the certified ones × the addition, its running subsidy by the tiers, none under the floor;
    a firm's reward = 20 % of the tuition borne, capped; totals); **the stated totals, the caps, the split payment, the hardship
    allowances, the one-off grants, the learners turned down with their numbers, the rewards as computed**; the dates against the
    rules' days (the review, the 公示, the payment, the windows, the next dates) and in order; a phone of the rules restated;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines, the .html also in an HTML comment and the `description`, the .docx and the
    .pdf in their Subject; lengths (rules 2,000–7,000, notices 1,400–5,000 characters, whitespace removed); LATER_ABSENT (the
    words ../fresh17 … ../fresh53 checks require in no document) absent; no name of an earlier line's region-clash region; no part
    of an earlier region value; the municipality (天津 / 津; 上海 / 沪) not named; neither district in the other split's
    documents; no region value of this round inside a clash region of fresh17 … fresh53; neither district used by an earlier
    round's document or line, nor named in an earlier document; no earlier region value above this round's but the
    municipalities (LOOSENED is empty); the municipalities' own earlier documents are the known ones (PROVINCE_DOCS);
  - formats: the .docx (the 条 and items as automatic numbering — `第%1条` / `（%2）` in numbering.xml, no `第X条` typed at the start
    of a paragraph —, two tables, the annex's header row repeated, the note in docProps/core.xml's subject); the .html (UTF-8,
    `charset=utf-8`, **no `<table>`, two `gs-grid` <div>s with `role="table"`**, the note in a comment and the description); the
    .pdf (`%PDF`, the note in its Subject, portrait pages only, the rules from page 2, **no `一、` / `1.` typed in the source**);
    the .txt (a UTF-8 BOM, CR LF only, **every paragraph one line led by two full-width spaces**, no ASCII-space indentation, no
    page-number lines, no table rules, the 落款 pushed right with full-width spaces).
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
    "jinghai-xueli-banfa": "jinghai-xueli-banfa.docx",
    "jinghai-xueli-gongshi": "jinghai-xueli-gongshi.html",
    "jinshan-qiuxue-xize": "jinshan-qiuxue-xize.pdf",
    "jinshan-qiuxue-tongbao": "jinshan-qiuxue-tongbao.txt",
}
DEV, TEST = "fresh54-dev.jsonl", "fresh54-test.jsonl"
SPLITS = {DEV: {"jinghai-xueli-banfa", "jinghai-xueli-gongshi"},
          TEST: {"jinshan-qiuxue-xize", "jinshan-qiuxue-tongbao"}}
RULES = {DEV: "jinghai-xueli-banfa", TEST: "jinshan-qiuxue-xize"}
NOTICE = {DEV: "jinghai-xueli-gongshi", TEST: "jinshan-qiuxue-tongbao"}
TJ = "天津市"
SH = "上海市"
JH = TJ + "静海区"
JS = SH + "金山区"
REGION = {DEV: JH, TEST: JS}
PROVINCE = {DEV: TJ, TEST: SH}
ID_PREFIX = {"jinghai-xueli-banfa": "jhb-", "jinghai-xueli-gongshi": "jhg-", "jinshan-qiuxue-xize": "jsx-",
             "jinshan-qiuxue-tongbao": "jst-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 街道), as in the china-division package's data (2.7.0)
REGION_CODES = {
    TJ: "120000", JH: "120118",
    JH + "唐官屯镇": "120118101", JH + "独流镇": "120118102", JH + "王口镇": "120118103", JH + "台头镇": "120118104",
    JH + "陈官屯镇": "120118106", JH + "大邱庄镇": "120118108", JH + "蔡公庄镇": "120118109", JH + "团泊镇": "120118111",
    JH + "双塘镇": "120118112",
    TJ + "宝坻区": "120115", TJ + "宁河区": "120117", TJ + "蓟州区": "120119",
    SH: "310000", JS: "310116",
    JS + "朱泾镇": "310116101", JS + "枫泾镇": "310116102", JS + "张堰镇": "310116103", JS + "亭林镇": "310116104",
    JS + "吕巷镇": "310116105", JS + "廊下镇": "310116107", JS + "漕泾镇": "310116112",
    SH + "崇明区": "310151", SH + "杨浦区": "310110",
}
# earlier lines whose region lies above this round's regions (other than the municipality itself): none
LOOSENED = {}
# the municipalities of this round have documents of their own in earlier rounds (their provincial-level rounds; each round
# is indexed alone, so they do not answer this round's questions); pinned here so that a change shows
PROVINCE_DOCS = {TJ, SH}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ALIASES = {}
AREA = {DEV: "022", TEST: "021"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["天津", "津", "上海", "沪", "金山"], TEST: ["上海", "沪", "天津", "津", "静海"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
TD = datetime.timedelta
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
# the rules' 条 / items (dev) or points (held out) each notice cites, and a topic word the cited text must hold
CITE_WORDS = {DEV: {"review": "公示", "l_2": "社会保险", "x_2": "全日制", "x_3": "其他财政性", "graduate": "学制期满", "onjob": "在岗",
                    "rate": "本科", "skill": "百分点", "payee": "全额承担", "hardship": "生活补助", "grant": "建设补助"},
              TEST: {"center": "专职教务员", "open": "开办补贴", "grant": "每学年", "tech": "技师", "cond": "社会保险",
                     "exclude": "财政性", "pause": "暂停", "run": "运行补贴", "share": "企业助学奖励", "pay": "银行账户"}}
RULE_LEN, NOTICE_LEN = (2000, 7000), (1400, 5000)


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix, longer ones lose it (静海, 金山)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    if split == DEV:
        import make_jinghai_docx as m
        import make_jinghai_html as g
    else:
        import make_jinshan_pdf as m
        import make_jinshan_txt as g
    return m, g


def cn(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(d, year=True):
    return (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"


def wan(x):
    return f"{x // 10000}万元" if x % 10000 == 0 else f"{x}元"


def add_workdays(d, n):
    while n:
        d += TD(1)
        if d.weekday() < 5:
            n -= 1
    return d


def workdays(a, b):
    """the working days from a to b, both included"""
    return sum(1 for k in range((b - a).days + 1) if (a + TD(k)).weekday() < 5)


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
def docx_tables(path):
    """the tables of a .docx from its XML: a list of (rows of cell texts, header row repeated)"""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    out = []
    for tb in re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S):
        rows = []
        for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tb, re.S):
            rows.append(["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", tc)) for tc in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)])
        out.append((rows, "<w:tblHeader" in tb))
    return out, xml


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
        out[mt.group(1)] = re.sub(r"第[一二三四五六七]章.{2,12}$", "", body[mt.end():stop])
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


def pdf_structure(path, m):
    """the held-out rules read back from pdftotext's lines (from the page the rules start on): a list of (level, number as read,
    text) — part ('一、…') or point ('1.…', its continuation lines joined) — and cite → text (第X部分 / 第X部分第Y点)"""
    pages = crossround.pdf_pages(path)
    lines = []
    started = False
    for p in pages:
        for line in p.splitlines():
            if not started:
                started = sq(line) == sq(m.PLAN)
                continue
            if not line.strip() or re.fullmatch(r"\s*—\s*\d+\s*—\s*", line):
                continue
            lines.append(line.strip())
    items, cites = [], {}
    part = None
    for line in lines:
        if mt := re.fullmatch(r"([一二三四五六七八九十]+)、(\S{2,8})", line):
            part = mt.group(1)
            items.append(["part", mt.group(1), mt.group(2)])
            cites[f"第{part}部分"] = ""
        elif mt := re.match(r"(\d+)\.(\S.*)", line):
            items.append(["pt", mt.group(1), mt.group(2)])
        elif items and items[-1][0] == "pt":
            items[-1][2] += line
    for it in items:
        it[2] = sq(it[2])
    part = None
    for lvl, num, tx in items:
        if lvl == "part":
            part = num
        else:
            cites[f"第{part}部分第{num}点"] = tx
            cites[f"第{part}部分"] += tx
    return items, cites, pages, lines


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
        errors.append(f"{name}: headings / 条 / items / points not printed whole in order (missing {missing[:3]})")
    ph = re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not m.DATE_D < m.EFFECTIVE < m.APPLY_BY < m.UNTIL:
        errors.append(f"{name}: not 印发 < 施行 < the first application date < the end of validity")
    n = m.numbering()
    want_rates = [[lv, f"{m.RATE[lv]}%", f"{m.RATE[lv] + m.SKILL_PLUS}%", wan(m.CAP[lv])] for lv in m.LEVELS] if split == DEV else \
        [[lv, wan(m.GRANT[lv]), wan(m.GRANT[lv] + m.TECH_PLUS), f"{m.YEARS_MAX}个学年"] for lv in m.LEVELS]
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
        if m.APPLY_BY != D(m.APPLY_BY.year, *m.WINDOWS[1]) or m.FROM_GRAD.year != m.APPLY_BY.year:
            errors.append(f"{name}: the first application date is not the rules' window for January graduates of that year")
        tables, xml = docx_tables(os.path.join(HERE, name))
        if len(tables) != 2:
            errors.append(f"{name}: {len(tables)} tables, want 2 (the rates in 第十条, the annex)")
            return arts
        (rates, _), (annex, repeated) = tables
        if rates[0] != m.RATE_HEAD or rates[1:] != want_rates:
            errors.append(f"{name}: the rates' table read back is not the rates and caps of the rules' figures")
        if "补助标准如下表" not in sq(arts.get(cn(n["rate"][0]), "")) or n["t_rate"][0] != "表":
            errors.append(f"{name}: the rates' table is not announced in the 条 of the rates")
        if annex[0] != m.HEAD or annex[1:] != m.annex_rows() or not repeated:
            errors.append(f"{name}: the annex read back from the .docx is not the generator's, or its header row is not repeated")
        for r in annex[1:]:
            if not set(r[3].split("、")) <= set(m.LEVELS):
                errors.append(f"{name}: annex row {r[0]}: {r[3]} is not a 学历层次 of the rules")
        typed = re.findall(r"<w:t(?: [^>]*)?>\s*(第[一二三四五六七八九十]+条)", xml)
        nxml = zipfile.ZipFile(os.path.join(HERE, name)).read("word/numbering.xml").decode("utf-8")
        if typed or 'w:lvlText w:val="第%1条"' not in nxml or 'w:lvlText w:val="（%2）"' not in nxml:
            errors.append(f"{name}: the 条 are typed ({typed[:2]}) or numbering.xml has no 第%1条 / （%2） level")
        if xml.count("<w:numPr>") != sum(1 for v in n.values() if len(v) in (1, 2) and v[0] not in ("章",)):
            errors.append(f"{name}: {xml.count('<w:numPr>')} numbered paragraphs, not one a 条 and item")
        print(f"{name}: {len(arts)} 条 in {len(chaps)} 章 read back (automatic numbers); the rates' table and the annex ("
              f"{len(annex) - 1} rows) read back from the .docx")
        return arts
    items, cites, pages, lines = pdf_structure(os.path.join(HERE, name), m)
    want = []
    for lvl, key, tx in m.SECTIONS:
        v = n[key]
        if lvl == "part":
            want.append(("part", cn(v[1])))
        elif lvl == "pt":
            want.append(("pt", str(v[2])))
    if [(a, b) for a, b, _ in items] != want:
        errors.append(f"{name}: the parts / points read back from pdftotext are not the generator's numbering")
    for lvl, key, tx in m.SECTIONS:
        if lvl == "pt" and not cites.get(m.cite(key), "").startswith(sq(tx)):
            errors.append(f"{name}: {key} is not point {m.cite(key)} as read back")
        if lvl == "part" and not any(i[0] == "part" and i[2] == tx for i in items):
            errors.append(f"{name}: part {tx} not read back")
    rows = [list(mt.groups()) for l in lines if (mt := re.fullmatch(r"(专科|本科)\s+(\d+)\s*元\s+(\d+)\s*元\s+(\d+)\s*个学年", l))]
    if [[a, f"{b}元", f"{c}元", f"{d}个学年"] for a, b, c, d in rows] != want_rates:
        errors.append(f"{name}: the rates' table read back from pdftotext is not the rates of the rules' figures")
    if not any(sq(m.PLAN) == sq(l) for l in pages[1].splitlines()):
        errors.append(f"{name}: the rules do not start on page 2")
    src = open(os.path.join(HERE, "src", m.NAME + ".src.txt"), encoding="utf-8").read()
    if re.search(r"^@h[12] (?:[一二三四五六七八九十]+、|\d+\.)", src, re.M):
        errors.append(f"{name}: a part or point number typed in the source (they are list numbers)")
    if m.CENTER_BY_MONTH < m.APPLY_BY.month:
        errors.append(f"{name}: the first centres' date is after the yearly one")
    print(f"{name}: {sum(1 for x in items if x[0] == 'part')} parts and {sum(1 for x in items if x[0] == 'pt')} list-numbered "
          f"points read back from pdftotext; the rates' table: {len(rows)} rows")
    return cites


# ---------------------------------------------------------------- the notices
def cites_checks(split, t, arts, m, name, errors):
    short = "《办法》" if split == DEV else "《细则》"
    one = r"第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?" if split == DEV else r"第[一二三四五六七]部分(?:第\d+点)?"
    cites = set()
    for mt in re.finditer(re.escape(short) + r"）?((?:" + one + r")(?:、(?:" + one + r"))*)", t):
        cites |= set(re.findall(one, mt.group(1)))
    text_of = (lambda ref: cited_text_dev(arts, ref) or "") if split == DEV else (lambda ref: arts.get(ref, ""))
    want = {m.cite(k) for k in CITE_WORDS[split]}
    if cites != want:
        errors.append(f"{name}: cites {sorted(cites)}, the right ones are {sorted(want)}")
    for k, word in CITE_WORDS[split].items():
        if sq(word) not in sq(text_of(m.cite(k))):
            errors.append(f"{name}: the cited {m.cite(k)} does not hold {word!r}")
    return cites


class Grids(html.parser.HTMLParser):
    """the CSS grids of a page: for each <div class="gs-grid …">, its rows (<div class="gs-row …">) of cells (<div class="gs-cell">)"""

    def __init__(self):
        super().__init__()
        self.grids, self.depth, self.stack, self.cell = [], 0, [], None

    def handle_starttag(self, tag, attrs):
        if tag != "div":
            return
        cls = (dict(attrs).get("class") or "").split()
        kind = "grid" if "gs-grid" in cls else "row" if "gs-row" in cls else "cell" if "gs-cell" in cls else "other"
        self.stack.append(kind)
        if kind == "grid":
            self.grids.append([])
        elif kind == "row":
            self.grids[-1].append([])
        elif kind == "cell":
            self.cell = ""

    def handle_endtag(self, tag):
        if tag != "div" or not self.stack:
            return
        kind = self.stack.pop()
        if kind == "cell":
            self.grids[-1][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def notice_checks(split, t, raw, arts, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    title = m.RULES if split == DEV else m.PLAN
    short = "办法" if split == DEV else "细则"
    for w in [g.TITLE, f"《{title}》（{m.DOC_NO}，以下简称《{short}》）"] + ([g.DOC_NO] if split == TEST else []):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    cites = cites_checks(split, t, arts, m, name, errors)
    said = []
    if split == DEV:
        def one(college, level, skilled):
            share = m.RATE[level] + (m.SKILL_PLUS if skilled else 0)
            return min(g.TUITION[(college, level)] * share // 100, m.CAP[level])
        want, subs = [], []
        for i, f in enumerate(g.FIRMS, 1):
            nm, groups, payee, hard = f
            s = sum((n - k) * one(c, lv, False) + k * one(c, lv, True) for c, lv, n, k in groups)
            zk = sum(n for _, lv, n, _ in groups if lv == "专科")
            bk = sum(n for _, lv, n, _ in groups if lv == "本科")
            cols = "、".join(c for c in m.COLLEGES if c in {x[0] for x in groups})
            who = {"学员": "学员", "企业": "企业"}.get(payee, "学员和企业")
            want.append([str(i), nm, cols, str(zk), str(bk), str(sum(k for *_, k in groups)), str(s), who])
            subs.append(s)
            if any(k > n for _, _, n, k in groups) or any((c, lv) not in g.TUITION for c, lv, _, _ in groups):
                errors.append(f"{name}: firm {i}: more skilled learners than learners, or a level its college does not teach")
        tot = [str(sum(int(r[3]) for r in want)), str(sum(int(r[4]) for r in want)), str(sum(int(r[5]) for r in want)),
               str(sum(subs))]
        reader = Grids()
        reader.feed(open(os.path.join(HERE, name), encoding="utf-8").read())
        grids = reader.grids
        if len(grids) != 2:
            errors.append(f"{name}: {len(grids)} grids, want 2")
        else:
            g1, g2 = grids
            if g1[0] != g.HEAD or g1[1:-1] != want or g1[-1] != ["合计", "—", "—"] + tot + ["—"]:
                errors.append(f"{name}: the grid of firms read back is not the one recomputed from the firms")
            pts = [[str(i), f, c, str(n), str(m.POINT_GRANT)] for i, (f, c, n) in enumerate(g.POINTS, 1)]
            if g2[0] != g.POINT_HEAD or g2[1:-1] != pts or g2[-1] != ["合计", "—", "—", str(sum(n for *_, n in g.POINTS)),
                                                                   str(m.POINT_GRANT * len(g.POINTS))]:
                errors.append(f"{name}: the grid of the new classrooms read back is not the recomputed one")
            if any(n < m.POINT_LEARNERS for *_, n in g.POINTS) or any(c not in m.COLLEGES for _, c, _ in g.POINTS):
                errors.append(f"{name}: a new classroom under the rules' learners, or of a college not named")
        refused = sum(n for _, n in g.REFUSED)
        n_ok = int(tot[0]) + int(tot[1])
        shared = [f for f in g.FIRMS if not isinstance(f[2], str)]
        full = [f for f in g.FIRMS if f[2] == "企业"]
        hard = sum(f[3] for f in g.FIRMS)
        b_raw = g.TUITION[(m.COLLEGES[1], "本科")] * (m.RATE["本科"] + m.SKILL_PLUS) // 100
        z_raw = g.TUITION[(m.COLLEGES[1], "专科")] * (m.RATE["专科"] + m.SKILL_PLUS) // 100
        said += [f"共受理{g.FIRMS_APPLIED}家企业{n_ok + refused}名学员", f"拟对{len(g.FIRMS)}家企业的{n_ok}名学员",
                 f"其中专科{tot[0]}人、本科{tot[1]}人，技能人才学员{tot[2]}人", f"学杂费补助共{tot[3]}元", f"不予补助{refused}人",
                 f"计算为{b_raw}元", f"按{m.CAP['本科']}元核定", f"计算为{z_raw}元，按{m.CAP['专科']}元核定",
                 f"困难职工{hard}名", f"生活补助共{hard * m.HARDSHIP}元", f"共{wan(m.POINT_GRANT * len(g.POINTS))}",
                 f"{m.PUB_DAYS}个工作日", "、".join(f[0] for f in full) + "为学员全额承担学杂费"]
        if not (b_raw > m.CAP["本科"] and z_raw > m.CAP["专科"]):
            errors.append(f"{name}: the capped sums are not over the caps")
        for f in shared:
            s = subs[g.FIRMS.index(f)]
            said += [f"{f[0]}承担学员学杂费的{f[2]}%", f"其学杂费补助{s}元拨付给企业{s * f[2] // 100}元、拨付给学员{s - s * f[2] // 100}元"]
        for k, n in g.REFUSED:
            said.append(f"{n}人{g.REFUSED_TEXT[k]}（《办法》{m.cite(k)}）")
        for (c, lv), x in g.TUITION.items():
            said.append(f"{lv}{x}元/人")
        if g.CLOSED != m.APPLY_BY or g.REVIEWED > add_workdays(g.CLOSED, m.REVIEW_DAYS) or \
                workdays(*g.PUBLIC) != m.PUB_DAYS or g.PAY_BY != add_workdays(g.PAY_NOTICE, m.PAY_DAYS) or \
                g.NEXT_BY != D(g.NEXT_BY.year, *m.WINDOWS[7]) or g.POINTS_FILED < m.EFFECTIVE:
            errors.append(f"{name}: the dates against the rules' days (closing, review, 公示, payment, the next window, 备案)")
        chain = [m.DATE_D, m.EFFECTIVE, g.POINTS_FILED, g.POINTS_PAID, g.CLOSED, g.REVIEWED, g.PUBLIC[0], g.DATE_D, g.PUBLIC[1],
                 g.PAY_NOTICE, g.PAY_BY, g.NEXT_BY, m.UNTIL]
        said += [cn_date(x, False) for x in (g.REVIEWED, g.PUBLIC[1], g.PAY_NOTICE, g.PAY_BY, g.POINTS_PAID)]
        said += [cn_date(x) for x in (g.CLOSED, g.PUBLIC[0], g.POINTS_FILED, g.NEXT_BY, g.DATE_D)]
        summary = f"{len(g.FIRMS)} firms, {n_ok} learners ({refused} turned down), subsidies {tot[3]}; {len(g.POINTS)} new classrooms"
    else:
        lines = [l for l in raw.splitlines()]
        pat = re.compile(r"　　(\d+)．(\S+?)企业学习中心（承办高校：(\S+?)）：资助对象(\d+)人，其中专科(\d+)人、本科(\d+)人，持技师以上证书"
                         r"(\d+)人；圆梦助学金(\d+)元，(?:运行补贴(\d+)万元|本学年在中心学习的资助对象不足(\d+)人，不给予运行补贴)。")
        got = [list(mt.groups()) for l in lines if (mt := pat.fullmatch(l))]

        def grant(zk, bk, tech):
            return zk * m.GRANT["专科"] + bk * m.GRANT["本科"] + tech * m.TECH_PLUS

        def run(n):
            return next((a for lo, hi, a in m.RUN if n >= lo and (hi is None or n <= hi)), 0)
        want, runs = [], []
        for i, c in enumerate(g.CENTERS, 1):
            nm, cols, zk, bk, tech = c
            r = run(zk + bk)
            want.append([str(i), nm, "、".join(cols), str(zk + bk), str(zk), str(bk), str(tech), str(grant(zk, bk, tech)),
                         str(r // 10000) if r else None, None if r else str(m.CENTER_MIN)])
            runs.append(r)
            if tech > zk + bk or not set(cols) <= set(m.COLLEGES):
                errors.append(f"{name}: centre {i}: more certified learners than learners, or a college not named")
        if got != want:
            errors.append(f"{name}: the numbered lines of the centres read back are not the ones recomputed from the centres")
        firms, ozk, obk, otech = g.OTHERS
        zk = sum(c[2] for c in g.CENTERS) + ozk
        bk = sum(c[3] for c in g.CENTERS) + obk
        tech = sum(c[4] for c in g.CENTERS) + otech
        total = grant(zk, bk, tech)
        refused = sum(n for *_, n in g.REFUSED)
        rewards = [(f, x, min(x * m.SHARE // 100, m.SHARE_CAP)) for f, x in g.SHARES]
        said += [f"共核定资助对象{zk + bk}人，其中专科{zk}人、本科{bk}人，持技师以上证书的{tech}人", f"核定圆梦助学金共{total}元",
                 f"未设立企业学习中心的{firms}家企业共有资助对象{ozk + obk}人，其中专科{ozk}人、本科{obk}人，持技师以上证书{otech}人；"
                 f"圆梦助学金{grant(ozk, obk, otech)}元", f"共受理{g.FIRMS_APPLIED}家企业{zk + bk + refused}名职工",
                 f"不予资助或者暂停资助{refused}人", f"核定运行补贴共{wan(sum(runs))}", f"认定首批企业学习中心{len(g.CENTERS)}个",
                 f"共有{g.CENTERS_APPLIED}家企业申报", f"共{wan(m.OPEN_GRANT * len(g.CENTERS))}",
                 f"企业助学奖励共{sum(r for *_, r in rewards)}元", f"共有{len(g.SHARES)}家企业为资助对象承担学习费用"]
        for f, x, r in rewards:
            if x * m.SHARE // 100 > m.SHARE_CAP:
                said += [f"{f}承担学习费用{x}元，按{m.SHARE}%计算为{x * m.SHARE // 100}元", f"按{wan(m.SHARE_CAP)}核定"]
            else:
                said.append(f"{f}承担学习费用{x}元，奖励{r}元")
        for k, why, n in g.REFUSED:
            said.append(f"{n}人{why}（《细则》{m.cite(k)}）")
        if not any(x * m.SHARE // 100 > m.SHARE_CAP for _, x in g.SHARES) or all(run(c[2] + c[3]) for c in g.CENTERS):
            errors.append(f"{name}: no capped reward, or no centre under the floor")
        if g.CENTERS_APPLIED != len(g.CENTERS) + len(g.REFUSED_CENTERS) or f"{m.ROOM_MIN}平方米" in g.REFUSED_CENTERS[0][1] or \
                int(re.search(r"(\d+)平方米", g.REFUSED_CENTERS[0][1]).group(1)) >= m.ROOM_MIN:
            errors.append(f"{name}: the centres applied / turned down do not add up, or the small room is not under the floor")
        if workdays(*g.CENTER_PUBLIC) != m.CENTER_PUB or not m.APPLY_BY < g.CENTER_PUBLIC[0] < g.RECOGNIZED or \
                g.OPENED != (D(g.OPENED[0].year, *m.WINDOW[0]), D(g.OPENED[0].year, *m.WINDOW[1])) or \
                g.FIRST_DONE > add_workdays(g.OPENED[1], m.FIRST_DAYS) or g.CHECK_DONE > add_workdays(g.FIRST_DONE, m.CHECK_DAYS) or \
                (g.PUBLIC[1] - g.PUBLIC[0]).days + 1 != m.PUB_DAYS or g.GRANTS_PAID > add_workdays(g.PUBLIC[1], m.PAY_DAYS) or \
                g.NEXT_WINDOW != (D(g.OPENED[0].year + 1, *m.WINDOW[0]), D(g.OPENED[0].year + 1, *m.WINDOW[1])) or \
                g.NEXT_CENTER_BY.month != m.CENTER_BY_MONTH or (g.NEXT_CENTER_BY + TD(1)).month == m.CENTER_BY_MONTH:
            errors.append(f"{name}: the dates against the plan's days (公示, recognition, window, review, check, payment, next dates)")
        chain = [m.DATE_D, m.EFFECTIVE, m.APPLY_BY, g.CENTER_PUBLIC[0], g.CENTER_PUBLIC[1], g.RECOGNIZED, g.OPEN_PAID, g.OPENED[0],
                 g.OPENED[1], g.FIRST_DONE, g.CHECK_DONE, g.PUBLIC[0], g.PUBLIC[1], g.GRANTS_PAID, g.FIRMS_PAID, g.DATE_D,
                 g.NEXT_CENTER_BY, g.NEXT_WINDOW[0], g.NEXT_WINDOW[1], m.UNTIL]
        said += [cn_date(x, False) for x in (g.CENTER_PUBLIC[0], g.CENTER_PUBLIC[1], g.OPEN_PAID, g.OPENED[0], g.OPENED[1],
                                             g.FIRST_DONE, g.CHECK_DONE, g.PUBLIC[0], g.PUBLIC[1], g.GRANTS_PAID, g.FIRMS_PAID)]
        said += [cn_date(x) for x in (m.APPLY_BY, g.RECOGNIZED, g.NEXT_WINDOW[0], g.NEXT_CENTER_BY, g.DATE_D)]
        summary = f"{len(g.CENTERS)} centres + {firms} firms, {zk + bk} learners ({refused} turned down or paused), grants {total}, " \
                  f"running {sum(runs)}, rewards {sum(r for *_, r in rewards)}"
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    if chain != sorted(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if not ph & set(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: no phone of the rules restated, or not of {AREA[split]}")
    if not all(c in t for c in m.COLLEGES):
        errors.append(f"{name}: the colleges of the 印发通知 are not named")
    print(f"{name}: {summary}; cites {len(cites)}")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[RULES[DEV]]
    core = zipfile.ZipFile(os.path.join(HERE, name)).read("docProps/core.xml").decode("utf-8")
    if f"<dc:subject>{FICTION}</dc:subject>" not in core:
        errors.append(f"{name}: the note is not in its Subject")
    print(f"{name}: .docx by LibreOffice, 条 and items as automatic numbering, two tables (the annex's header repeated), the note "
          "in its Subject")


def html_checks(errors):
    name = DOCS[NOTICE[DEV]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    for w in ('<meta charset="utf-8">', 'class="gs-grid', 'role="table"', 'role="columnheader"', "display: grid", "<script"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if "<table" in page or page.count('class="gs-grid') != 2:
        errors.append(f"{name}: a <table>, or not two gs-grid lists")
    if not re.search(r"<!--[^>]*" + FICTION, page) or f'name="description" content="{FICTION}"' not in page:
        errors.append(f"{name}: no fictional note in an HTML comment / the description")
    print(f"{name}: portal 公示 page (UTF-8): no <table>, two CSS grids of <div>s (role=table), the note in a comment and the "
          "description")


def pdf_checks(errors):
    name = DOCS[RULES[TEST]]
    path = os.path.join(HERE, name)
    if open(path, "rb").read(5) != b"%PDF-":
        errors.append(f"{name}: not a PDF")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", path], capture_output=True, text=True).stdout
    if FICTION not in info:
        errors.append(f"{name}: the note is not in its Subject")
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    if not sizes or any(float(a) > float(b) for a, b in sizes):
        errors.append(f"{name}: not portrait pages only")
    print(f"{name}: PDF, {len(sizes)} portrait pages, the note in its Subject, parts and points as list numbers")


def txt_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_jinshan_txt as g
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    if not b.startswith(b"\xef\xbb\xbf") or b.count(b"\n") != b.count(b"\r\n") or b"\r\n" not in b:
        errors.append(f"{name}: no BOM, or a line end that is not CR LF")
    lines = t.lstrip("\ufeff").split("\r\n")
    body = lines[lines.index("各基层工会，各有关企业，各承办高校："):]
    paras = [l for l in body[1:] if l and not l.startswith(FICTION) and not l.startswith("本文件为") and not l.startswith("　" * 20)]
    bad = [l[:12] for l in paras if not re.match(r"　　\S", l)]
    sign = [l for l in lines if l.startswith("　" * 20) and l.strip("　")]
    if bad or any(l.startswith(" ") for l in lines) or any(re.fullmatch(r"\s*—\s*\d+\s*—\s*", l) for l in lines) or \
            any(re.search(r"-{5,}|[─━│┃┌┐└┘├┤┬┴┼]", l) for l in lines) or [l.strip("　") for l in sign] != [g.ISSUER, g.DATE] or \
            not lines[0].startswith("　" * 4):
        errors.append(f"{name}: paragraphs not led by two full-width spaces ({bad[:2]}), ASCII indentation, page-number lines, "
                      "table rules, or the title / 落款 not set with full-width spaces")
    print(f"{name}: UTF-8 with BOM, CR LF, {len(paras)} paragraphs each one line led by two full-width spaces, a numbered list of "
          "lines, no table")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    m, g = generators(split)
    if split == DEV:
        return [f[0] for f in g.FIRMS if not any(lv == "本科" for _, lv, _, _ in f[1])]
    return [c[0] for c in g.CENTERS if m.COLLEGES[1] in c[1]]


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Fifty-fifth fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    if {p for p in PROVINCE.values() if p in earlier_regions} != PROVINCE_DOCS:
        errors.append("the municipalities with an earlier document of their own are not PROVINCE_DOCS")
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
            errors += crossround.shape_errors(d, split, "x-f54-", ID_PREFIX, REGION_CODES)
            if "items" in d:
                n_items += 1
                if kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(items) or \
                        not all(x in items for x in d["must"]):
                    errors.append(f"{where}: items only on the list line of a notice naming its firms / centres of one kind: = "
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
                                              "x-f54-")
    errors += crossround.inside_earlier_clash(range(17, 54), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 静海 / the held-out district")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 54), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    docx_checks(errors)
    html_checks(errors)
    pdf_checks(errors)
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
