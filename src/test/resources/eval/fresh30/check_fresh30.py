#!/usr/bin/env python3
"""Check fresh30-dev.jsonl / fresh30-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh30/check_fresh30.py            (from the repository root, or anywhere)
    python3 check_fresh30.py --dump DOC                                 (print a document's visible text)

Adapted from fresh29/check_fresh29.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .doc and the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html); the schema checks are evalset.py's
(`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without
must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, every `must` string in the visible
text of its document — or of one of its `docs` — with whitespace removed).

This round is a **项目验收通知** and the **验收结果通报** of the same acceptance round per split: 甘肃省张掖市 (the 通知 as a Word 97
.doc written by LibreOffice with the scoring table, the 通报 as a portal .html page with the results <table>; dev) and
广西壮族自治区贺州市昭平县 (the 通知 as a LibreOffice .docx with the scoring table (merged 一级指标 cells), the 通报 as a LibreOffice
PDF whose results table crosses a page break with its header repeated; test). So it also checks:
  - lines (as fresh29): id prefixes (zyz- / zyb- / zpz- / zpb- by `doc`, x-f30- for lines that must not be answered), regions
    (REGION_CODES, TOWNS), `region-scoped` if and only if the region lies strictly below the document's region, every other
    answerable line names its region (REGION_FREE lines: no region, an anchor word of their document found in no other document
    of any round), `docs` lines (each document holds a `must` string, neither all), ONLY lines, `two`, punctuation, `unstated`
    (region = the split's, named, give-away words in the question and in no document of this round nor of any earlier round),
    `region-clash` (another region of the same province, covered by no document of any round except the province's own, named
    in no document, named by the question), `outofscope` regions, the seeded split of the fragment lines;
  - **the 通知**: title and 文号, scope (2024年立项, 共N个), the scoring table (read from the generator: adds up to 100, every cell
    in the text), thresholds (优秀 / 合格线 / 不合格), dates in order (通知 < 材料截止 < 现场验收 window < 通报), 尾款 share and
    the first payment, one e-mail, two contacts with phones of the area code, consequences (整改期限, 追回, N年内不得申报), 落款;
  - **the 通报**: title, 文号 and the 通知's 文号; the results table (read from the generator): N projects as in the 通知, every
    conclusion as the 通知's thresholds give it for the score, 尾款 = share × 补助 for 优秀 / 合格 and none for the others, the
    counts per conclusion, totals, held 尾款 and money taken back as stated, every name, unit and score in the text; 整改
    deadline after the 通报, 落款; none of the 通知's own facts (合格线 sentence, e-mail, contacts, first payment);
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .doc in its
    document properties (read back with soffice), the .docx in docProps/core.xml, the .pdf in its Subject; 1,400–3,600
    characters (whitespace removed); LATER_ABSENT (the words ../fresh17 … ../fresh29 checks require in no document) absent;
  - formats: the .doc is a Word 97 (OLE) file with one real table (合计 row spanning columns); the .html is UTF-8 with the portal
    chrome (top bar, menu, breadcrumb 首页 > 政务公开 > 通知公告, 信息公开 box, meta line, footer) and the results <table>
    (header, N rows, 合计 with colspan); the .docx is written by LibreOffice with one table with vMerge and gridSpan; the .pdf is
    produced by LibreOffice, 2–4 pages numbered `— N —`, the results table on two pages with its header row on both.
It reads all other documents of eval/ (about half a minute) and prints the counts per kind per split and per document.
"""
import datetime
import importlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

_visible = evalset.visible_text


def visible_text(path):
    """evalset.visible_text, plus .md read as it is (earlier rounds' .md documents)."""
    if path.endswith(".md"):
        return open(path, encoding="utf-8").read()
    return _visible(path)


evalset.visible_text = visible_text
sq = evalset.squash

DOCS = {
    "zhangye-yanshou-tongzhi": "zhangye-yanshou-tongzhi.doc",
    "zhangye-yanshou-tongbao": "zhangye-yanshou-tongbao.html",
    "zhaoping-yanshou-tongzhi": "zhaoping-yanshou-tongzhi.docx",
    "zhaoping-yanshou-tongbao": "zhaoping-yanshou-tongbao.pdf",
}
DEV, TEST = "fresh30-dev.jsonl", "fresh30-test.jsonl"
SPLITS = {DEV: {"zhangye-yanshou-tongzhi", "zhangye-yanshou-tongbao"},
          TEST: {"zhaoping-yanshou-tongzhi", "zhaoping-yanshou-tongbao"}}
TZ = {DEV: "zhangye-yanshou-tongzhi", TEST: "zhaoping-yanshou-tongzhi"}
TB = {DEV: "zhangye-yanshou-tongbao", TEST: "zhaoping-yanshou-tongbao"}
ZY = "甘肃省张掖市"
ZP = "广西壮族自治区贺州市昭平县"
REGION = {DEV: ZY, TEST: ZP}
PROVINCE = {DEV: "甘肃省", TEST: "广西壮族自治区"}
ID_PREFIX = {"zhangye-yanshou-tongzhi": "zyz-", "zhangye-yanshou-tongbao": "zyb-", "zhaoping-yanshou-tongzhi": "zpz-",
             "zhaoping-yanshou-tongbao": "zpb-"}
REGION_CODES = {
    "甘肃省": "620000", ZY: "620700", ZY + "甘州区": "620702", ZY + "肃南裕固族自治县": "620721", ZY + "民乐县": "620722",
    ZY + "临泽县": "620723", ZY + "高台县": "620724", ZY + "山丹县": "620725", "甘肃省嘉峪关市": "620200", "甘肃省金昌市": "620300",
    "甘肃省甘南藏族自治州": "623000",
    "广西壮族自治区": "450000", "广西壮族自治区贺州市": "451100", "广西壮族自治区贺州市八步区": "451102",
    "广西壮族自治区贺州市平桂区": "451103", ZP: "451121", "广西壮族自治区贺州市富川瑶族自治县": "451123",
}
# 镇 of 昭平县 used by the lines (names as in the 统计用区划代码)
TOWNS = {ZP: "昭平镇 文竹镇 黄姚镇 富罗镇 北陀镇 马江镇 五将镇 走马镇 樟木林镇".split()}
AREA = {DEV: "0936", TEST: "0774"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
# per split: the facts both documents are built on (checked against the documents' text and the generators' tables)
FACTS = {
    DEV: {"units": ["张掖市教育局", "张掖市发展和改革委员会", "张掖市财政局"], "tz_no": "张教职成〔2026〕41号", "tz_date": "2026年7月3日",
          "tb_no": "张教职成〔2026〕63号", "tb_date": "2026年9月25日", "deadline": "2026年7月29日",
          "site": ("2026年8月17日", "2026年8月28日"), "n": 14, "excellent": 90, "pass": 80, "fail_below": 60,
          "pass_line": "合格线为80分", "share": 30, "paid_first": "已拨付70%", "email": "zysjyj_cjys@163.com",
          "contacts": ["祁文斌", "雷玉霞"], "months": "整改期限为3个月", "rectify_by": "2026年12月28日", "ban": "三年内不得申报",
          "totals": ("1465万元", "357万元"), "scoring": "make_zhangye_doc", "results": "make_zhangye_html",
          "built": "2024年立项"},
    TEST: {"units": ["昭平县教育局", "昭平县发展和改革局", "昭平县财政局"], "tz_no": "昭教发〔2026〕33号", "tz_date": "2026年8月10日",
           "tb_no": "昭教发〔2026〕52号", "tb_date": "2026年10月23日", "deadline": "2026年9月4日",
           "site": ("2026年9月14日", "2026年9月25日"), "n": 11, "excellent": 85, "pass": 70, "fail_below": 60,
           "pass_line": "验收合格线为70分", "share": 40, "paid_first": "立项拨付60%", "email": "zpxjyj_xmys@126.com",
           "contacts": ["覃秋萍", "莫振华"], "months": "整改期限为2个月", "rectify_by": "2026年12月23日", "ban": "两年内不得申报",
           "totals": ("627万元", "182万元"), "scoring": "make_zhaoping_docx", "results": "make_zhaoping_pdf",
           "built": "2024年立项"},
}
CN = "一二三四五六七八九十"


def cn(n):
    """1 → 一, 12 → 十二, 17 → 十七."""
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Thirty-first fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def earlier_documents():
    """The visible text of every document of the other folders of eval/ (docs/ and fresh … fresh29)."""
    texts = {}
    for d in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, d)
        if not os.path.isdir(p) or d in ("tools", os.path.basename(HERE)):
            continue
        for f in sorted(os.listdir(p)):
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".txt", ".md")):
                texts[f"{d}/{f}"] = sq(evalset.visible_text(os.path.join(p, f)))
    return texts


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh29/check_fresh29.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in range(17, 30):
        src = os.path.join(EVAL, f"fresh{n}", "src")
        sys.path.insert(0, src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
        mq = importlib.import_module("make_questions")
        for qid, ws in mq.UNSTATED_ABSENT.items():
            if qid not in set(getattr(mq, "HIER", [])):
                for w in ws:
                    words.setdefault(w, []).append(qid)
        for qid, w in getattr(mq, "REGION_FREE", {}).items():
            words.setdefault(w, []).append(qid)
        sys.path.remove(src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
    sys.path.insert(0, os.path.join(HERE, "src"))
    return words


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


# ---------------------------------------------------------------- the two documents of a split
def results_rows(split):
    """(name, unit, type, score, conclusion, subsidy, tail) from the generator of the 通报 (the same rows it writes)."""
    mod = importlib.import_module(FACTS[split]["results"])
    if split == DEV:
        return [(r[1], r[2], r[3], float(r[4]), r[5], float(r[6]), r[7]) for r in mod.ROWS]
    return [(r[1], r[2], r[3], float(r[4]), r[5], float(r[6]), r[7]) for r in mod.JG[1:-1]]


def conclusion(split, score):
    f = FACTS[split]
    if score >= f["excellent"]:
        return "优秀"
    if score >= f["pass"]:
        return "合格"
    return "限期整改" if score >= f["fail_below"] else "不合格"


def tongzhi_checks(split, t, errors):
    f = FACTS[split]
    name = DOCS[TZ[split]]
    title = sq("".join(f["units"][0:1]) + " " + " ".join(f["units"][1:]) + "关于开展2026年度产教融合项目验收工作的通知")
    if title not in t or f["tz_no"] not in t:
        errors.append(f"{name}: title or 文号 {f['tz_no']} missing")
    if f"共{f['n']}个" not in t or f["built"] not in t:
        errors.append(f"{name}: scope (2024年立项, 共{f['n']}个) missing")
    mod = importlib.import_module(f["scoring"])
    rows = mod.PF[1:]
    scores = [int(r[2]) for r in rows if r[2].isdigit() and r[0] != "合计"]
    total = [r for r in rows if r[0] == "合计"]
    if sum(scores) != 100 or not total or total[0][2] != "100":
        errors.append(f"{name}: the scoring table does not add up to 100 ({sum(scores)})")
    for r in rows:
        for cell in r:
            if cell not in ("^", "<", "") and sq(cell) not in t:
                errors.append(f"{name}: table cell {cell[:12]} not in the text")
    if sq(f["pass_line"]) not in t or f"{f['excellent']}分" not in t or f"{f['fail_below']}分" not in t:
        errors.append(f"{name}: thresholds ({f['excellent']} / {f['pass']} / {f['fail_below']}) missing")
    s0, s1 = f["site"]
    s1full = s0[:5] + s1[5:] if False else s1
    if not (date(f["tz_date"]) < date(f["deadline"]) < date(s0) < date(s1) < date(f["tb_date"])):
        errors.append(f"{name}: dates not in order (通知 < 材料截止 < 现场验收 < 通报)")
    if f["deadline"] not in t or sq(s0 + "至" + s1[5:]) not in t:
        errors.append(f"{name}: 材料截止 or 现场验收 window missing")
    if f"{f['share']}%" not in t or f["paid_first"] not in t:
        errors.append(f"{name}: 尾款 share {f['share']}% / first payment missing")
    mails = set(re.findall(r"[a-z0-9_.]+@[a-z0-9.]+\.(?:com|cn)", t))
    if mails != {f["email"]}:
        errors.append(f"{name}: e-mail addresses {mails}")
    ph = re.findall(r"0\d{2,3}-\d{7,8}", t)
    if len(ph) != 2 or not all(p.startswith(AREA[split] + "-") for p in ph) or not all(c in t for c in f["contacts"]):
        errors.append(f"{name}: not two contacts with phones of {AREA[split]} ({ph})")
    for w in (f["months"], f["ban"], "追回已拨付"):
        if w not in t:
            errors.append(f"{name}: consequence {w} missing")
    if sq("".join(f["units"]) + f["tz_date"]) not in re.sub("　", "", t):
        errors.append(f"{name}: 落款 {f['units']} {f['tz_date']} missing")


def tongbao_checks(split, t, tz_text, errors):
    f = FACTS[split]
    name = DOCS[TB[split]]
    title = sq(f["units"][0] + " " + " ".join(f["units"][1:]) + "关于2026年度产教融合项目验收结果的通报")
    if title not in t or f["tb_no"] not in t or f["tz_no"] not in t:
        errors.append(f"{name}: title, 文号 {f['tb_no']} or the 通知's 文号 missing")
    rows = results_rows(split)
    if len(rows) != f["n"]:
        errors.append(f"{name}: {len(rows)} projects, the 通知 says {f['n']}")
    counts = {c: sum(1 for r in rows if r[4] == c) for c in ("优秀", "合格", "限期整改", "不合格")}
    for c, n in counts.items():
        if sq(f"“{c}”的{n}个") not in t:
            errors.append(f"{name}: count “{c}”的{n}个 missing")
    share = f["share"] / 100
    for r in rows:
        if conclusion(split, r[3]) != r[4]:
            errors.append(f"{name}: {r[0]} {r[3]} is not {r[4]} under the 通知's thresholds")
        if r[4] in ("优秀", "合格") and abs(float(r[6]) - r[5] * share) > 1e-9:
            errors.append(f"{name}: {r[0]} 尾款 {r[6]} is not {f['share']}% of {r[5]}")
        if r[4] not in ("优秀", "合格") and r[6][0].isdigit():
            errors.append(f"{name}: {r[0]} is {r[4]} but gets a 尾款")
        for cell in (r[0], r[1], f"{r[3]:.1f}"):
            if sq(cell) not in t:
                errors.append(f"{name}: table cell {cell} not in the text")
    total, paid = f["totals"]
    if f"{sum(r[5] for r in rows):g}万元" != total or f"{sum(float(r[6]) for r in rows if r[4] in ('优秀', '合格')):g}万元" != paid:
        errors.append(f"{name}: totals {total} / {paid} do not add up")
    if total not in t or paid not in t:
        errors.append(f"{name}: totals {total} / {paid} missing in the text")
    held = sum(r[5] * share for r in rows if r[4] == "限期整改")
    back = sum(r[5] * (1 - share) for r in rows if r[4] == "不合格")
    if f"{held:g}万元" not in t or f"{round(back, 2):g}万元" not in t:
        errors.append(f"{name}: held 尾款 {held:g}万元 or money taken back {back:g}万元 missing")
    if f["rectify_by"] not in t or not date(f["tb_date"]) < date(f["rectify_by"]):
        errors.append(f"{name}: 整改 deadline {f['rectify_by']} missing or not after the 通报")
    if f["ban"] not in t or "责任单位" not in t and split == TEST:
        errors.append(f"{name}: ban or 责任单位 missing")
    if sq("".join(f["units"]) + f["tb_date"]) not in re.sub("　", "", t):
        errors.append(f"{name}: 落款 {f['units']} {f['tb_date']} missing")
    for w in (f["pass_line"], f["email"], f["contacts"][0], f["paid_first"]):
        if sq(w) in t:
            errors.append(f"{name}: {w} is in the 通报 (it belongs to the 通知)")


def doc_as_fodt(path):
    """The .doc read back by LibreOffice as a flat ODT (its meta and tables)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh30-check", "--headless", "--convert-to", "fodt",
                        "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return open(os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".fodt"), encoding="utf-8").read()


# ---------------------------------------------------------------- formats
def format_checks():
    errors = []
    # doc 通知 (Word 97)
    name = DOCS["zhangye-yanshou-tongzhi"]
    path = os.path.join(HERE, name)
    if open(path, "rb").read(8) != bytes.fromhex("D0CF11E0A1B11AE1"):
        errors.append(f"{name}: not an OLE (Word 97) file")
    fo = doc_as_fodt(path)
    subj = re.search(r"<dc:subject>(.*?)</dc:subject>", fo)
    desc = re.search(r"<dc:description>(.*?)</dc:description>", fo)
    if not subj or FICTION not in subj.group(1) or not desc or FICTION not in desc.group(1):
        errors.append(f"{name}: the note is not in the document properties (subject, description)")
    if fo.count("<table:table ") != 1 or "table:number-columns-spanned" not in fo:
        errors.append(f"{name}: not one real table with the 合计 row spanning columns")
    # html 通报
    name = DOCS["zhangye-yanshou-tongbao"]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="topbar">', '<div class="menu">', '<div class="path">', '<div class="gkxx">',
              '<div class="meta">', '<div class="zw">', '<div class="footer">', '<table class="jg">', "当前位置", "索引号",
              "发布机构", "发布时间", "浏览次数", "【打印】", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="path">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页政务公开通知公告":
        errors.append(f"{name}: breadcrumb is {crumb}")
    jg = re.search(r'<table class="jg">(.*?)</table>', page, re.S).group(1)
    if jg.count("<tr>") != FACTS[DEV]["n"] + 2 or "<th>" not in jg or 'colspan="6"' not in jg:
        errors.append(f"{name}: the results table is not a header, {FACTS[DEV]['n']} rows and a 合计 row")
    # docx 通知
    name = DOCS["zhaoping-yanshou-tongzhi"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    if body.count("<w:tbl>") != 1 or '<w:vMerge w:val="restart"/>' not in body or "<w:gridSpan" not in body:
        errors.append(f"{name}: not one Word table with merged cells (vMerge, gridSpan)")
    # pdf 通报
    name = DOCS["zhaoping-yanshou-tongbao"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 2 <= len(sp) <= 4 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 2–4 pages numbered — N —, or the note not on the last page")
    rows = results_rows(TEST)
    on = [[i for i, p in enumerate(sp) if sq(r[0] + r[1] + r[2]) in p] for r in rows]
    first, last = on[0][:1], on[-1][:1]
    if not first or not last or first == last:
        errors.append(f"{name}: the results table does not cross a page break")
    else:
        for i in (first[0], last[0]):
            if not re.search(r"序号\s+项目名称\s+承担单位\s+类型", pages[i]):
                errors.append(f"{name}: page {i + 1} has part of the results table without its header row")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = earlier_doc_regions()
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    for split in SPLITS:
        tongzhi_checks(split, texts[TZ[split]], errors)
        tongbao_checks(split, texts[TB[split]], texts[TZ[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    for split, allowed in SPLITS.items():
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
            if not (qid.startswith("x-f30-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f30-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 镇 of the regions")
            if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d:
                errors.append(f"{where}: no items lines this round")
            if d.get("doc"):
                doc = d["doc"]
                musts = [sq(m) for m in d["must"]]
                if qid in REGION_FREE:
                    anchor = REGION_FREE[qid]
                    if (region or anchor not in d["q"] or anchor not in texts[doc]
                            or any(anchor in texts[x] for x in DOCS if x != doc)
                            or any(anchor in t for t in earlier.values())):
                        errors.append(f"{where}: region-free line needs no region and an anchor word of its document only")
                else:
                    for x in [doc] + d.get("docs", []):
                        if not region.startswith(DOC_REGION[x]):
                            errors.append(f"{where}: region {region!r} is not inside {x}'s region")
                    strictly = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                    if strictly != (kind == "region-scoped"):
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the document's")
                    if not any(p[:2] in said for p in parts(region)[1:]):
                        errors.append(f"{where}: the question does not name its region")
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
                words = UNSTATED_ABSENT.get(qid)
                if not words or region != REGION[split] or not any(p[:2] in said for p in parts(region)[1:]):
                    errors.append(f"{where}: no give-away words, or the split's region not its region / not named")
                    continue
                for w in words:
                    if w not in said:
                        errors.append(f"{where}: give-away word {w!r} not in the question")
                    hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
                    if hits:
                        errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                names = [p for p in parts(region)[1:] if p not in parts(REGION[split])]  # 贺州 is shared with 昭平县
                bad = (not region.startswith(PROVINCE[split]) or region == PROVINCE[split] or region.startswith(REGION[split])
                       or any(region.startswith(r) for r in earlier_regions if r != PROVINCE[split]))
                if bad or any(p in t for p in names for t in list(texts.values()) + list(earlier.values())) \
                        or not any(p[:2] in said for p in names):
                    errors.append(f"{where}: clash region must be another region of the same province covered by no document but "
                                  "the province's, named in no document, and named by the question")
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
        have = {i for i in by_split[split] if re.match(r"x-f30-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 1400 <= n <= 3600:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 1,400–3,600")
        for w, qids in later.items():
            if sq(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
        print(f"{f}: {n} characters")
    errors += format_checks()
    for split in SPLITS:
        ls = [json.loads(l) for l in open(os.path.join(EVAL, split), encoding="utf-8")]
        ks = [d["kind"] for d in ls]
        fu = sum(1 for d in ls if "context" in d)
        two = sum(1 for d in ls if d.get("two"))
        dd = sum(1 for d in ls if "docs" in d)
        print(f"{split}: " + ", ".join(f"{k} {ks.count(k)}" for k in KINDS) + f"; all {len(ks)} (follow-ups {fu}, two {two}, "
              f"docs {dd})")
    cols = list(DOCS)[:2] + [f"{DEV} none"] + list(DOCS)[2:] + [f"{TEST} none"]
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
