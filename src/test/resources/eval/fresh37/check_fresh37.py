#!/usr/bin/env python3
"""Check fresh37-dev.jsonl / fresh37-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh37/check_fresh37.py            (from the repository root, or anywhere)
    python3 check_fresh37.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh36/check_fresh36.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .doc, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt as it is); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in
the visible text of its document — or of one of its `docs` — with whitespace removed**); the cross-round helpers are
../tools/crossround.py's.

This round is, per split, **a blank 申报书 form template** (cover, numbered 填报说明, form tables with labelled fields and ☐
checkboxes, a conditions table pointing at the 附件材料, a budget / input table with 合计, 绩效 / 工作目标 minimums, 推荐 / 审核意见
boxes, 承诺书, 附件材料清单) **and a 填报答疑** (《关于…申报工作常见问题的解答》, 问： / 答： pairs) about the same 申报:
新疆维吾尔自治区伊犁哈萨克自治州伊宁市 (市级产教融合实训基地: the form as a LibreOffice Word 97 .doc, the 答疑 as a page of the city
发展和改革委员会 portal under 互动交流 > 咨询答复; dev) and the held-out city (市级产教融合型企业: the form as a LibreOffice PDF, the
答疑 as a .txt copied from a WeChat 公众号 article; test). So it also checks:
  - lines (as fresh36): id prefixes (yns- / ynd- / kss- / ksd- by `doc`, x-f37- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round), `docs` lines (each document holds a `must` string, neither
    all), ONLY lines, `two`, `items` (only on the 附件材料 list lines: = the number of 附件材料, every must one of them),
    punctuation, `unstated` (region = the split's, named; give-away words in no document of any round — UNSTATED_ABSENT),
    `region-clash` (a city of the same autonomous region covered by no document of any round, its name in no document of any
    round and no part of it in this round's documents, named by the question, and not inside or around an earlier line's region
    value), `outofscope` regions, the seeded split of the fragment lines;
  - **the 申报书** (generators src/make_yining_doc.py / src/make_kashi_pdf.py: NOTES, CHECKBOXES, CONDITIONS, MATERIALS, FACTS,
    TABLES): title, 编制 / 印制 units, the notice and its 文号, `附件N`; every 填报说明 line `N．…` in the text, in order; every ☐
    option in the text and the number of ☐ = the generator's; every condition in the text, its 佐证 / 证明材料 number (as printed in
    the table, in order) pointing at a 附件材料 holding its word; every 附件材料 line `N．…`; the budget / input table's rows and 合计 in order; the 绩效 / 目标 minimums;
    FACTS in the text; phones of the area code; every `YYYY年M月D日（星期X）` with its right weekday (all four documents);
  - **the 答疑** (src/make_yining_html.py / src/make_kashi_txt.py: QA, RESTATED, NEW): one `问：` and one `答：` per pair, in order;
    every restated FACTS string in it (the facts are the form's); every NEW string in it and not in the form; its phones = the
    form's + the support line, of the area code; dates in order (form made < 答疑 published < 电子版 deadline ≤ 纸质 deadline;
    the `计算至` date and the `…以前（含当日）` date N years before it, N the form's `满N年`); the worked examples (dev:补助 =
    min(投资 × ratio, cap); the two payments add up to 100%);
  - the documents: fictional note in the last lines, the .html also in a comment, the .doc in its SummaryInformation, the .pdf in
    its Subject; lengths (申报书 2,000–6,000, 答疑 1,200–4,000 characters, whitespace removed); LATER_ABSENT (the words ../fresh17 …
    ../fresh36 checks require in no document) absent; no name of an earlier round's region-clash region; the autonomous region
    (新疆 / 自治区) not named; no region value of this round inside a clash region of fresh17 … fresh36; neither city used by an
    earlier round;
  - formats: the .doc is an OLE2 Word 97 file (WordDocument stream, no zip); the .html is UTF-8 with the portal chrome (tool bar,
    banner with search box, menu, crumb 首页 > 互动交流 > 咨询答复, left column, <h1 class="wz-title">, info line 发布时间 / 来源 /
    浏览次数 / 字体, <div class="wz-con">, 附件 link to the .doc, 责任编辑, 打印本页 / 关闭窗口, 相关链接, footer with 网站标识码 and
    ICP备); the .pdf is produced by LibreOffice, 4–8 pages numbered `— N —`, the tables' headers in it; the .txt is UTF-8 (LF) with the
    title line first, the `原创` line (account, date), 【】 headings, 问 / 答 lines, the end noise (来源 / 编辑 / 审核 / 阅读原文 / 阅读 N /
    分享 收藏 点赞 在看 / 微信扫一扫关注该公众号), no emoji.
It reads all other documents of eval/ (about fifty seconds) and prints the counts per kind per split and per document.
"""
import datetime
import json
import os
import random
import re
import subprocess
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

import crossround  # noqa: E402

crossround.install()
sq = evalset.squash

DOCS = {
    "yining-shenbaoshu": "yining-shenbaoshu.doc",
    "yining-dayi": "yining-dayi.html",
    "kashi-shenbaoshu": "kashi-shenbaoshu.pdf",
    "kashi-dayi": "kashi-dayi.txt",
}
DEV, TEST = "fresh37-dev.jsonl", "fresh37-test.jsonl"
SPLITS = {DEV: {"yining-shenbaoshu", "yining-dayi"}, TEST: {"kashi-shenbaoshu", "kashi-dayi"}}
FORM = {DEV: "yining-shenbaoshu", TEST: "kashi-shenbaoshu"}
DAYI = {DEV: "yining-dayi", TEST: "kashi-dayi"}
XJ = "新疆维吾尔自治区"
YN = XJ + "伊犁哈萨克自治州伊宁市"
KS = XJ + "喀什地区喀什市"
REGION = {DEV: YN, TEST: KS}
PROVINCE = {DEV: XJ, TEST: XJ}
ID_PREFIX = {"yining-shenbaoshu": "yns-", "yining-dayi": "ynd-", "kashi-shenbaoshu": "kss-", "kashi-dayi": "ksd-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道)
REGION_CODES = {
    XJ: "650000", YN: "654002",
    YN + "萨依布依街道": "654002001", YN + "墩买里街道": "654002002", YN + "巴彦岱镇": "654002100", YN + "潘津镇": "654002101",
    YN + "英也尔镇": "654002102", YN + "达达木图镇": "654002103", YN + "汉宾乡": "654002201", YN + "喀尔墩乡": "654002203",
    YN + "托格拉克乡": "654002204",
    KS: "653101",
    KS + "恰萨街道": "653101001", KS + "亚瓦格街道": "653101002", KS + "乃则尔巴格镇": "653101100", KS + "夏马勒巴格镇": "653101101",
    KS + "多来特巴格乡": "653101202", KS + "浩罕乡": "653101203", KS + "色满乡": "653101204", KS + "帕哈太克里乡": "653101206",
    KS + "伯什克然木乡": "653101207",
    XJ + "石河子市": "659001", XJ + "阿拉尔市": "659002", XJ + "五家渠市": "659004", XJ + "博尔塔拉蒙古自治州博乐市": "652701",
    XJ + "和田地区和田市": "653201",
}
ALIASES = {}
AREA = {DEV: "0999", TEST: "0998"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
TIMES = {
    DEV: {"annex": "附件1", "made": (D(2026, 4, 1), "二〇二六年四月"), "published": (D(2026, 5, 8), "2026-05-08 16:30"),
          "e_deadline": D(2026, 6, 12), "p_deadline": (D(2026, 6, 15), "2026年6月15日（星期一）18:00前送达"),
          "counted_to": (D(2026, 3, 31), "计算至2026年3月31日"), "founded": "即成立日期在{}年{}月{}日以前（含当日）",
          "years": ("注册登记满{}年", 2), "cutoffs": [D(2025, 12, 31), D(2026, 3, 31)]},
    TEST: {"annex": "附件2", "made": (D(2026, 5, 1), "二〇二六年五月"), "published": (D(2026, 6, 3), "2026年06月03日 19:42"),
           "e_deadline": D(2026, 7, 10), "p_deadline": (D(2026, 7, 13), "2026年7月13日（星期一）20:00前送达"),
           "counted_to": (D(2026, 6, 30), "计算至2026年6月30日"), "founded": "即{}年{}月{}日以前（含当日）",
           "years": ("登记注册满{}年", 3), "cutoffs": [D(2025, 12, 31)]},
}


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 申报书's generator and the 答疑's."""
    if split == DEV:
        import make_yining_doc as f
        import make_yining_html as a
    else:
        import make_kashi_pdf as f
        import make_kashi_txt as a
    return f, a


def facts_strings(facts):
    out = []
    for v in facts.values():
        out += v if isinstance(v, list) else [v]
    return out


def ordered(body, pieces):
    """True when every piece (squashed) is in body, each after the one before."""
    pos = 0
    for p in pieces:
        i = body.find(sq(p), pos)
        if i < 0:
            return False
        pos = i + len(sq(p))
    return True


# ---------------------------------------------------------------- the 申报书
def form_checks(split, raw, t, errors):
    name = DOCS[FORM[split]]
    f, _ = generators(split)
    ti = TIMES[split]
    body = re.sub(r"—\d+—", "", t)
    for w in [f.TITLE.replace("申报书", ""), f.NOTICE, f.DOC_NO, ti["made"][1], ti["annex"], "　".join(f.MAKERS)] \
            + facts_strings(f.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    if not ordered(body, [f"{i}．{n}" for i, n in enumerate(f.NOTES, 1)]):
        errors.append(f"{name}: the 填报说明 lines 1．…{len(f.NOTES)}． are not all in the text, in order")
    if not ordered(body, [f"{i}．{m}" for i, m in enumerate(f.MATERIALS, 1)]):
        errors.append(f"{name}: the 附件材料 lines are not all in the text, in order")
    for field, opts in f.CHECKBOXES:
        for o in opts:
            if sq(f.BOX + o) not in body:
                errors.append(f"{name}: checkbox {field} / {o} missing")
    want = f.source().count(f.BOX) + sum(c.count(f.BOX) for spec in f.TABLES.values() for r in spec["rows"] for c in r)
    if t.count(f.BOX) != want:
        errors.append(f"{name}: {t.count(f.BOX)} ☐ in the text, the generator has {want}")
    nums = [n for _, n, _ in f.CONDITIONS]
    if len(set(nums)) != len(nums):
        errors.append(f"{name}: two conditions point at the same 附件材料")
    # in the PDF a wrapped condition cell interleaves with its row's other cells (☐达到 / ☐未达到, 材料N, the 序号): compare
    # without those cells and without digits
    cells = re.sub(r"\d", "", re.sub(f"{f.BOX}(?:{'|'.join(f.CHECK_RESULT)})|(?:附件)?材料\\d+", "", body))
    for c, n, word in f.CONDITIONS:
        if sq(c) not in body and (split == DEV or re.sub(r"\d", "", sq(c)) not in cells):
            errors.append(f"{name}: condition {c[:20]!r} not in the text")
        if not 1 <= n <= len(f.MATERIALS) or word not in f.MATERIALS[n - 1]:
            errors.append(f"{name}: condition {c[:20]!r} points at 附件材料 {n}, which is not about {word}")
    start = raw.find("二、申报条件")
    section = raw[start:raw.find("三、", start)] if start >= 0 else ""
    if [int(x) for x in re.findall(r"材料[ \t]*(\d+)", section)] != nums:
        errors.append(f"{name}: the conditions table's material numbers are not {nums}, in order")
    if split == DEV:
        rows = [f"{i}{b}" for i, b in enumerate(f.BUDGET, 1)] + ["合计"]
        minimums = [(c, m) for _, _, c, m in f.PERF]
    else:
        rows = f.INPUT_YEARS + ["合计"]
        minimums = [(g, m) for g, m in f.GOALS]
    if not ordered(body, rows):
        errors.append(f"{name}: the budget / input rows and 合计 are not in the text in order")
    for c, m in minimums:
        if split == DEV and not ordered(body, [c, m]) or split == TEST and (sq(c) not in body or sq(m) not in body):
            errors.append(f"{name}: target {c} / {m} not in the text")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(f.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {ph}, not those of area code {AREA[split]}")
    if sq(f.FACTS["deadline"]) not in body or not sq(f.FACTS["deadline"]).startswith(
            f"{ti['e_deadline'].year}年{ti['e_deadline'].month}月{ti['e_deadline'].day}日"):
        errors.append(f"{name}: the deadline is not {ti['e_deadline']}")
    if not all(c < ti["made"][0] for c in ti["cutoffs"]):
        errors.append(f"{name}: a data cut-off date is not before the form was made")
    heads = {DEV: ["序号申报条件自查结果佐证材料", "一级指标二级指标三级指标指标值最低要求"],
             TEST: ["序号申报条件企业情况对照结果证明材料", "序号指标目标值最低要求"]}[split]
    for h in heads:
        if h not in body:
            errors.append(f"{name}: table header {h} missing")
    print(f"{name}: {len(f.NOTES)} 填报说明, {t.count(f.BOX)} ☐, {len(f.CONDITIONS)} conditions, {len(f.MATERIALS)} 附件材料")


def dates_checks(texts, errors):
    for doc, t in texts.items():
        for y, m, d, w in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日（星期(.)）", t):
            if WEEK[D(int(y), int(m), int(d)).weekday()] != w:
                errors.append(f"{DOCS[doc]}: {y}年{m}月{d}日 is not a 星期{w}")


# ---------------------------------------------------------------- the 答疑
def dayi_checks(split, raw, t, ft, errors):
    name = DOCS[DAYI[split]]
    f, a = generators(split)
    ti = TIMES[split]
    qs = [qa for _, group in a.QA for qa in group] if split == TEST else a.QA
    if t.count("问：") != len(qs) or t.count("答：") != len(qs):
        errors.append(f"{name}: {t.count('问：')} 问： / {t.count('答：')} 答：, not {len(qs)} pairs")
    pieces = []
    for q, ans in qs:
        pieces += ["问：" + q, "答：" + ans]
    if not ordered(t, pieces):
        errors.append(f"{name}: the 问 / 答 pairs are not all in the text, in order")
    for k in a.RESTATED:
        v = f.FACTS[k]
        for w in (v if isinstance(v, list) else [v]):
            if sq(w) not in t or sq(w) not in ft:
                errors.append(f"{name}: restated fact {k} = {w!r} not in both documents")
    for w in a.NEW:
        if sq(w) not in t or sq(w) in ft:
            errors.append(f"{name}: new fact {w!r} not in the 答疑, or also in the 申报书")
    if sq(f.TITLE.replace("申报书", "")[:3]) not in sq(t[:400]) and sq(f.TITLE[:3]) not in t:
        errors.append(f"{name}: the 答疑 names another city")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(f.FACTS["phones"] + [a.SUPPORT]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the form's + the support line of area code {AREA[split]}")
    pub, pub_s = ti["published"]
    if sq(pub_s) not in t or not ti["made"][0] < pub < ti["e_deadline"] <= ti["p_deadline"][0] or sq(ti["p_deadline"][1]) not in t:
        errors.append(f"{name}: dates not in order (made < published < 电子版 deadline ≤ 纸质 deadline) or missing")
    ct, ct_s = ti["counted_to"]
    pat, n = ti["years"]
    back = ti["founded"].format(ct.year - n, ct.month, ct.day)
    if sq(ct_s) not in t or sq(back) not in t or sq(pat.format(n)) not in ft:
        errors.append(f"{name}: the 计算至 date, {back!r} or the form's {pat.format(n)!r} missing / inconsistent")
    if split == DEV:
        ratio = int(f.FACTS["ratio"].rstrip("%")) / 100
        cap = int(re.search(r"(\d+)万元", f.FACTS["cap"]).group(1))
        ex = re.findall(r"项目总投资(\d+)万元的，(?:可申请补助|按)(\d+)万元", t)
        if len(ex) != 2 or any(min(int(i) * ratio, cap) != int(s) for i, s in ex):
            errors.append(f"{name}: worked examples {ex} ≠ min(投资 × {ratio}, {cap})")
        pays = [int(x) for x in re.findall(r"拨付(?:补助资金的|其余)(\d+)%", t)]
        if sum(pays) != 100 or len(pays) != 2:
            errors.append(f"{name}: the two payments {pays} do not add up to 100%")
    else:
        if not re.search(r"一次性奖励(\d+)万元", t) or re.search(r"一次性奖励(\d+)万元", t).group(0) != sq(f.FACTS["reward"]):
            errors.append(f"{name}: the reward differs from the form's")
    print(f"{name}: {len(qs)} 问 / 答, {len(a.RESTATED)} restated facts, {len(a.NEW)} new ones")


# ---------------------------------------------------------------- formats
def doc_checks(errors):
    name = DOCS[FORM[DEV]]
    b = open(os.path.join(HERE, name), "rb").read()
    if not b.startswith(bytes.fromhex("d0cf11e0a1b11ae1")) or "WordDocument".encode("utf-16-le") not in b or b[:2] == b"PK":
        errors.append(f"{name}: not an OLE2 Word 97 file")
    if FICTION.encode("utf-8") not in b or "SummaryInformation".encode("utf-16-le") not in b:
        errors.append(f"{name}: no note in its SummaryInformation")


def pdf_checks(t, errors):
    name = DOCS[FORM[TEST]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 8 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–8 pages numbered — N —, or the note not on the last page")
    print(f"{name}: {len(pages)} pages")


def html_checks(errors):
    name = DOCS[DAYI[DEV]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    import make_yining_doc as f
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="toolbar">', '<div class="banner">', '<div class="so">', '<div class="nav">',
              '<div class="crumb', '<div class="lm">', '<h1 class="wz-title">', '<div class="wz-info">', '<div class="wz-con"',
              '<div class="fj">', '<div class="zrbj">', "打印本页", "关闭窗口", '<div class="xglj">', '<div class="foot">',
              "网站标识码", "ICP备", "公网安备", f"{f.TITLE}.doc"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="crumb[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页互动交流咨询答复":
        errors.append(f"{name}: crumb line is {crumb}")
    info = re.search(r'<div class="wz-info">(.*?)</div>', page, re.S).group(1)
    if not all(w in info for w in ("发布时间", "来源", "浏览次数", "字体")):
        errors.append(f"{name}: the info line lacks a field")


def txt_checks(errors):
    name = DOCS[DAYI[TEST]]
    import make_kashi_txt as a
    b = open(os.path.join(HERE, name), "rb").read()
    text = b.decode("utf-8")
    lines = [l for l in text.split("\n")]
    if b"\r" in b or text.startswith("\ufeff") or lines[0] != a.TITLE:
        errors.append(f"{name}: not UTF-8 / LF, or the title is not the first line")
    if not any(l.startswith("原创") and a.ACCOUNT in l and a.POSTED in l for l in lines[:4]):
        errors.append(f"{name}: no 原创 line with the account and the date at the top")
    heads = [l for l in lines if re.fullmatch(r"【[^】]+】", l)]
    if heads != [f"【{h}】" for h, _ in a.QA] + ["【咨询电话】"]:
        errors.append(f"{name}: 【】 headings {heads}")
    for i, l in enumerate(lines):
        if l.startswith("问：") and not lines[i + 1].startswith("答："):
            errors.append(f"{name}: line {i + 1}: a 问 not followed by its 答")
    for w in ("来源：", "编辑：", "审核：", "阅读原文", f"阅读 {a.READS}", "分享　收藏　点赞　在看", "微信扫一扫关注该公众号"):
        if not any(w in l for l in lines[-14:]):
            errors.append(f"{name}: end noise {w!r} missing")
    if re.search("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]", text):
        errors.append(f"{name}: an emoji or symbol in the text")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Thirty-eighth fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    if any(r.startswith(XJ) and r == XJ for r in earlier_regions):
        errors.append("an earlier document covers the autonomous region as a whole")
    old = crossround.earlier_lines(SPLITS)
    old_values = {d.get("region", "") for d in old}
    earlier = crossround.earlier_documents(os.path.basename(HERE))
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    dates_checks(texts, errors)
    for split in SPLITS:
        form_checks(split, raw[FORM[split]], texts[FORM[split]], errors)
        dayi_checks(split, raw[DAYI[split]], texts[DAYI[split]], texts[FORM[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    mine = list(texts.values())
    for split, allowed in SPLITS.items():
        f, _ = generators(split)
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
            if not (qid.startswith("x-f37-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f37-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and region not in REGION_CODES:
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name")
            if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d and (kind != "list" or d.get("doc") != FORM[split] or d["items"] != len(f.MATERIALS)
                                 or not all(any(sq(m) in sq(x) for x in f.MATERIALS) for m in d["must"])):
                errors.append(f"{where}: items only on a 附件材料 list line: = the number of 附件材料, each must one of them")
            if d.get("doc"):
                doc = d["doc"]
                musts = [sq(m) for m in d["must"]]
                if qid in REGION_FREE:
                    anchor = REGION_FREE[qid]
                    if (region or anchor not in d["q"] or anchor not in texts[doc]
                            or any(anchor in texts[x] for x in DOCS if x != doc)
                            or any(anchor in t for t in earlier.values())
                            or any(named(p, said) for p in parts(REGION[split])[1:])):
                        errors.append(f"{where}: region-free line needs no region, names no city, and an anchor word of its "
                                      "document only")
                else:
                    for x in [doc] + d.get("docs", []):
                        if not region.startswith(DOC_REGION[x]):
                            errors.append(f"{where}: region {region!r} is not inside {x}'s region")
                    strictly = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                    if strictly != (kind == "region-scoped"):
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the document's")
                    if not any(named(p, said) for p in parts(region)[1:]):
                        errors.append(f"{where}: the question does not name its region")
                    if strictly and not named(parts(region)[-1], said):
                        errors.append(f"{where}: a region-scoped line must name its 镇 / 乡 / 街道")
                    if strictly and any(parts(region)[-1] in texts[x] for x in DOCS):
                        errors.append(f"{where}: a region-scoped place must be named in no document of this round")
                if "docs" in d:
                    if sorted(d["docs"]) != sorted(allowed):
                        errors.append(f"{where}: docs must be the split's two documents")
                    for x in d["docs"]:
                        if not any(m in texts[x] for m in musts):
                            errors.append(f"{where}: no must string of the line is in {x}")
                    if not all(any(m not in texts[x] for m in musts) for x in d["docs"]):
                        errors.append(f"{where}: a docs line one document alone answers")
                others = [texts[x] for x in allowed if x != doc]
                if qid in ONLY and not any(all(m not in t for t in others) for m in musts):
                    errors.append(f"{where}: ONLY line, every must string is also in the other document")
            if kind == "unstated":
                if region != REGION[split] or not any(named(p, said) for p in parts(region)[1:]):
                    errors.append(f"{where}: the split's region not its region / not named")
                if qid not in UNSTATED_ABSENT:
                    errors.append(f"{where}: an unstated line needs give-away words")
                for w in UNSTATED_ABSENT.get(qid, []):
                    if w not in said:
                        errors.append(f"{where}: give-away word {w!r} not in the question")
                    hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
                    if hits:
                        errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                names = [p for p in parts(region)[1:] if p not in parts(REGION[split])]
                bad = (not region.startswith(PROVINCE[split]) or region == PROVINCE[split]
                       or any(region.startswith(r) for r in REGION.values())
                       or any(region.startswith(r) for r in earlier_regions if r != PROVINCE[split])
                       or any(v.startswith(region) or (v and region.startswith(v) and v != PROVINCE[split])
                              for v in old_values))
                if bad or not names or any(names[-1] in t for t in mine + list(earlier.values())) \
                        or any(p in t for p in names for t in mine) or not named(names[-1], said):
                    errors.append(f"{where}: clash region must be a place of the same autonomous region covered by no "
                                  "document, its last part named in no document and no part in this round's, named by the "
                                  "question, and no earlier line's region")
            if kind == "outofscope" and region and not region.startswith(REGION[split]):
                errors.append(f"{where}: an outofscope line of this split names a place outside it")
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
        have = {i for i in by_split[split] if re.match(r"x-f37-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh36; no earlier clash line lies in
    # either city
    errors += crossround.inside_earlier_clash(range(17, 37), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 伊宁 / 喀什")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 37), os.path.join(HERE, "src"))
    for doc, fn in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{fn}: the fictional note is not in its last lines")
        n = len(texts[doc])
        lo, hi = (2000, 6000) if doc in FORM.values() else (1200, 4000)
        if not lo <= n <= hi:
            errors.append(f"{fn}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        errors += crossround.earlier_words_in(fn, texts[doc], later, clash_names)
        if "新疆" in texts[doc] or "自治区" in texts[doc]:
            errors.append(f"{fn}: the autonomous region named (新疆 / 自治区 nowhere)")
        print(f"{fn}: {n} characters")
    doc_checks(errors)
    pdf_checks(texts[FORM[TEST]], errors)
    html_checks(errors)
    txt_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [FORM[DEV], DAYI[DEV], f"{DEV} none", FORM[TEST], DAYI[TEST], f"{TEST} none"]
    print("per document:", " / ".join(cols))
    for k in KINDS:
        print(f"  {k}: " + " ".join(str(counts.get((c, k), 0)) for c in cols))
    print("  all: " + " ".join(str(sum(v for (c, _), v in counts.items() if c == col)) for col in cols))
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(evalset.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
