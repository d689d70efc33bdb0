#!/usr/bin/env python3
"""Check fresh28-dev.jsonl / fresh28-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh28/check_fresh28.py            (from the repository root, or anywhere)
    python3 check_fresh28.py --dump DOC                                 (print a document's visible text)

Adapted from fresh27/check_fresh27.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx and the .doc, `pdftotext -layout` for the .pdf, the <body> text of the .html); the schema checks are evalset.py's
(`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without
must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every `must` string in
the visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a **项目支出绩效目标表** and a **项目绩效自评报告** of the same project per split: 浙江省湖州市德清县 (产教融合实训
基地建设专项资金: the 目标表 as a portal .html page, the 自评报告 as a LibreOffice .docx; dev) and 新疆维吾尔自治区昌吉回族自治州
阜康市 (校企合作奖补资金: the 目标表 as a LibreOffice Word 97 .doc, the 自评报告 as a LibreOffice .pdf; test). So it also checks:
  - lines: id prefixes (dqm- / dqz- / fkm- / fkz- by `doc`, x-f28- for lines that must not be answered), regions (REGION_CODES,
    TOWNS), `region-scoped` if and only if the region lies strictly below the county, CITY_NAMED lines (region = the city /
    自治州, the question names it and not the county), every other answerable line names its region (REGION_FREE lines: no
    region, an anchor word of their document found in no other document of any round), `docs` lines (each document holds a
    `must` string, neither all), ONLY lines, `two` / `items` (the "没拿满分" lists: `items` = the 自评表 rows scoring below
    their 分值, every `must` string one of them), punctuation, `unstated` (region covered by the split, named, give-away words
    in the question and in no document of this round nor of any earlier round), `region-clash` (a county of the same city /
    自治州, covered by no document of any round, named in no document, named by the question), the seeded split of the
    fragment lines;
  - **the 目标表**: 项目名称, 主管部门, 实施单位, 项目属性, 项目期, 项目负责人 with a phone of the area code, 年度资金总额 = 财政拨款 +
    其他资金 < 项目期资金总额, 年度总体目标 1. 2. 3., the indicator table with the four 一级指标 and every (三级指标, 指标值);
  - **the 自评报告**: 一、… 六、 in order, 立项依据 citing 国办发〔2017〕95号 and the local 办法 with its 文号, 财预〔2020〕10号, the
    budget as in the 目标表 (total, 财政拨款, 其他资金), 到位 = 财政拨款 + 其他资金到位, 预算执行率 = 实际支出 / 预算 (2 decimals) and
    its score = 执行率 × 10, the 自评表 rows (三级指标 + 年度指标值 + 实际完成值 + 分值 + 得分 contiguous in the text), the same
    (三级指标, 指标值) pairs as the 目标表, 分值 summing to 100 and 得分 to the 总分 of 三、自评结论, the 等级 by the thresholds, at
    least three indicators below target with a reason, 五、 with dates and 责任单位, 六、 with 公开 and the next year's budget,
    a contact with a phone of the area code different from the 目标表's, 落款 unit and date after the 目标表's date;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .doc in its document properties (read back with soffice), the .pdf in its Subject; 1,200–2,200
    characters (whitespace removed); LATER_ABSENT (the words ../fresh17 … ../fresh27 checks require in no document) absent;
  - formats: the .html is UTF-8 with the portal chrome (top bar, nav, breadcrumb 首页 > 政务公开 > 财政预决算 > 部门预算, 信息公开
    box, info line, footer) and two tables, the indicator table with rowspan; the .docx is written by LibreOffice with a real
    Word table using vertical merges and column spans; the .doc is a Word 97 (OLE) file written by LibreOffice with two real
    tables, the indicator table with row spans; the .pdf is produced by LibreOffice, 2–3 pages, pages numbered `— N —`, the
    自评表 header on one line.
It reads all other documents of eval/ (about half a minute) and prints the counts per kind per split and per document.
"""
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
    "deqing-jixiao-mubiao": "deqing-jixiao-mubiao.html",
    "deqing-jixiao-zipingbaogao": "deqing-jixiao-zipingbaogao.docx",
    "fukang-jixiao-mubiao": "fukang-jixiao-mubiao.doc",
    "fukang-jixiao-zipingbaogao": "fukang-jixiao-zipingbaogao.pdf",
}
DEV, TEST = "fresh28-dev.jsonl", "fresh28-test.jsonl"
SPLITS = {DEV: {"deqing-jixiao-mubiao", "deqing-jixiao-zipingbaogao"},
          TEST: {"fukang-jixiao-mubiao", "fukang-jixiao-zipingbaogao"}}
MUBIAO = {DEV: "deqing-jixiao-mubiao", TEST: "fukang-jixiao-mubiao"}
ZIPING = {DEV: "deqing-jixiao-zipingbaogao", TEST: "fukang-jixiao-zipingbaogao"}
DQ = "浙江省湖州市德清县"
FK = "新疆维吾尔自治区昌吉回族自治州阜康市"
COUNTY = {DEV: DQ, TEST: FK}
CITY = {DEV: "浙江省湖州市", TEST: "新疆维吾尔自治区昌吉回族自治州"}
COUNTY_WORD = {DEV: "德清", TEST: "阜康"}
CITY_WORD = {DEV: "湖州", TEST: "昌吉"}
ID_PREFIX = {"deqing-jixiao-mubiao": "dqm-", "deqing-jixiao-zipingbaogao": "dqz-", "fukang-jixiao-mubiao": "fkm-",
             "fukang-jixiao-zipingbaogao": "fkz-"}
REGION_CODES = {
    "浙江省": "330000", "浙江省湖州市": "330500", DQ: "330521", "浙江省湖州市吴兴区": "330502", "浙江省湖州市长兴县": "330522",
    "浙江省湖州市南浔区": "330503",
    "新疆维吾尔自治区": "650000", "新疆维吾尔自治区昌吉回族自治州": "652300", FK: "652302",
    "新疆维吾尔自治区昌吉回族自治州呼图壁县": "652323", "新疆维吾尔自治区昌吉回族自治州玛纳斯县": "652324",
    "新疆维吾尔自治区昌吉回族自治州吉木萨尔县": "652327",
}
# 镇 / 乡 / 街道 of the two counties used by the lines (names as in the 统计用区划代码)
TOWNS = {
    DQ: "武康街道 阜溪街道 下渚湖街道 乾元镇 新市镇 洛舍镇 钟管镇 禹越镇 新安镇 雷甸镇 莫干山镇".split(),
    FK: "博峰街道 阜新街道 城关镇 九运街镇 滋泥泉子镇 甘河子镇 上户沟哈萨克族乡 水磨沟乡 三工河哈萨克族乡".split(),
}
AREA = {DEV: "0572", TEST: "0994"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
# per split: the facts both documents are built on (checked against the documents' text)
FACTS = {
    DEV: {"project": "产教融合实训基地建设专项资金", "dept": "德清县教育局", "impl": "德清县职业教育中心", "attr": "延续项目",
          "period": "3年（2025年1月—2027年12月）", "head": "朱晓东", "total": 860, "fiscal": 720, "other": 140, "period_total": 2460,
          "mb_date": "2026年1月28日", "banfa": ("德清县产教融合实训基地建设专项资金管理办法", "德教发〔2025〕12号"),
          "arrived": 812, "other_arrived": 92, "spent": 776.5, "rate": "90.29%", "score": "91.63", "grade": "优",
          "unit": "德清县教育局", "zp_date": "2027年3月18日", "contact": "施丽娟",
          "html": ("deqing", "make_deqing_html"), "zp": "make_deqing_docx"},
    TEST: {"project": "校企合作奖补资金", "dept": "阜康市人力资源和社会保障局", "impl": "阜康市人力资源和社会保障局、阜康市教育局",
           "attr": "新增项目", "period": "2年（2026年1月—2027年12月）", "head": "马建新", "total": 600, "fiscal": 480, "other": 120,
           "period_total": 1130, "mb_date": "2026年1月23日", "banfa": ("阜康市校企合作奖补资金管理办法", "阜人社发〔2025〕47号"),
           "arrived": 558, "other_arrived": 78, "spent": 531.2, "rate": "88.53%", "score": "88.99", "grade": "良",
           "unit": "阜康市人力资源和社会保障局", "zp_date": "2027年4月10日", "contact": "帕丽达·艾买提",
           "doc": "make_fukang_doc", "zp": "make_fukang_pdf"},
}
GRADES = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twenty-ninth fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def earlier_documents():
    """The visible text of every document of the other folders of eval/ (docs/ and fresh … fresh27)."""
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
    """Words that fresh17/check_fresh17.py … fresh27/check_fresh27.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in range(17, 28):
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


def gen(name):
    """A generator module of src/ (its indicator rows)."""
    sys.modules.pop(name, None)
    return importlib.import_module(name)


def indicators(split):
    """(三级指标, 指标值) of the 目标表 and the 自评表 rows (三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)."""
    f = FACTS[split]
    if split == DEV:
        mb = [(c, v) for _, _, c, v in gen("make_deqing_html").ZB]
    else:
        mb = [(r[2], r[3]) for r in gen("make_fukang_doc").ZB[1:]]
    rows = [r for r in gen(f["zp"]).ROWS]
    return mb, rows


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


def doc_as_fodt(path):
    """The .doc read back by LibreOffice as a flat ODT (its meta and tables)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh28-check", "--headless", "--convert-to", "fodt",
                        "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return open(os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".fodt"), encoding="utf-8").read()


def wan(x):
    return f"{x:g}万元"


# ---------------------------------------------------------------- the two documents of a split
def mubiao_checks(split, t, errors):
    f = FACTS[split]
    name = DOCS[MUBIAO[split]]
    for label, value in (("项目名称", f["project"]), ("主管部门", f["dept"]), ("实施单位", f["impl"]), ("项目属性", f["attr"]),
                         ("项目期", f["period"]), ("项目负责人", f["head"]), ("年度资金总额", wan(f["total"])),
                         ("项目期资金总额", wan(f["period_total"])), ("其中：财政拨款", wan(f["fiscal"])),
                         ("其他资金", wan(f["other"]))):
        if sq(label + value) not in t:
            errors.append(f"{name}: {label} {value} missing")
    if f["fiscal"] + f["other"] != f["total"] or not f["total"] < f["period_total"]:
        errors.append(f"{name}: 财政拨款 + 其他资金 != 年度资金总额, or 年度 not below 项目期资金总额")
    ph = re.findall(r"0\d{3}-\d{7}", t)
    if len(ph) != 1 or not ph[0].startswith(AREA[split]):
        errors.append(f"{name}: not exactly one phone of {AREA[split]} ({ph})")
    goals = t[t.find("年度总体目标"):]
    if not all(f"{n}." in goals[:400] for n in (1, 2, 3)):
        errors.append(f"{name}: 年度总体目标 not numbered 1. 2. 3.")
    if sq(f["mb_date"]) not in t:
        errors.append(f"{name}: 填报日期 {f['mb_date']} missing")
    for w in ("一级指标二级指标三级指标指标值", "产出指标", "成本指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标",
              "社会效益指标", "可持续影响指标", "服务对象满意度指标"):
        if w not in t:
            errors.append(f"{name}: {w} missing")
    mb, _ = indicators(split)
    for c, v in mb:
        if sq(c + v) not in t:
            errors.append(f"{name}: indicator {c} {v} not in the text as one row")
    return ph[0] if ph else None


def ziping_checks(split, t, mb_text, mb_phone, errors):
    f = FACTS[split]
    name = DOCS[ZIPING[split]]
    pos = [t.find(h) for h in ("一、项目基本情况", "二、绩效目标完成情况", "三、自评结论", "四、存在的问题", "五、下一步改进措施",
                               "六、结果应用")]
    if -1 in pos or pos != sorted(pos):
        errors.append(f"{name}: parts 一、… 六、 missing or out of order")
    bt, bno = f["banfa"]
    for w in ("立项依据", "国办发〔2017〕95号", "财预〔2020〕10号", f"《{bt}》（{bno}）", "资金来源",
              f"预算安排{wan(f['total'])}" if split == DEV else f"预算{wan(f['total'])}",
              f"财政拨款{wan(f['fiscal'])}", f"{wan(f['other'])}", f"实际到位{wan(f['arrived'])}",
              f"到位{wan(f['other_arrived'])}", f"实际支出{wan(f['spent'])}", f"预算执行率{f['rate']}",
              f"得分{f['score']}分", f"自评等级为“{f['grade']}”", "责任单位", "公开", "预算", f["unit"] + f["zp_date"],
              "联系人：" + f["contact"]):
        if sq(w) not in t:
            errors.append(f"{name}: {w} missing")
    if f["fiscal"] + f["other_arrived"] != f["arrived"]:
        errors.append(f"{name}: 到位 != 财政拨款 + 其他资金到位")
    rate = round(f["spent"] / f["total"] * 100, 2)
    if f"{rate:.2f}%" != f["rate"]:
        errors.append(f"{name}: 预算执行率 {f['rate']} != 实际支出 / 预算 ({rate:.2f}%)")
    mb, rows = indicators(split)
    body = [r for r in rows if r[0] not in ("预算执行率", "合计")]
    pairs = [(r[2], r[3]) for r in body]
    if pairs != mb:
        errors.append(f"{name}: the 自评表's (三级指标, 年度指标值) differ from the 目标表's")
    budget = [r for r in rows if r[0] == "预算执行率"]
    total = [r for r in rows if r[0] == "合计"]
    if not budget or budget[0][4] != f["rate"] or abs(float(budget[0][6]) - round(rate / 10, 2)) > 1e-9:
        errors.append(f"{name}: the 预算执行率 row does not give the rate and its score (rate × 10)")
    if not total or total[0][6] != f["score"] or total[0][5] != "100":
        errors.append(f"{name}: the 合计 row is not 100 / {f['score']}")
    if abs(sum(float(r[5]) for r in body + budget) - 100) > 1e-9 or \
            abs(sum(float(r[6]) for r in body + budget) - float(f["score"])) > 1e-9:
        errors.append(f"{name}: 分值 do not add up to 100 or 得分 to the 总分")
    grade = next(g for lim, g in GRADES if float(f["score"]) >= lim)
    if grade != f["grade"]:
        errors.append(f"{name}: grade {f['grade']} does not match {f['score']}")
    for r in body:
        if sq("".join(r[2:7])) not in t:
            errors.append(f"{name}: 自评表 row {r[2]} not contiguous in the text")
    below = [r for r in body if float(r[6]) < float(r[5])]
    if len(below) < 3 or any(r[7] in ("—", "") for r in below) or any(r[7] != "—" for r in body if r not in below):
        errors.append(f"{name}: fewer than three indicators below target, or a reason missing / given for a met one")
    if not re.search(r"20\d\d年\d+月(底前|\d+日前)", t[pos[4]:pos[5]] if -1 not in pos else ""):
        errors.append(f"{name}: 五、 has no dates")
    ph = re.findall(r"0\d{3}-\d{7}", t)
    if len(ph) != 1 or not ph[0].startswith(AREA[split]) or ph[0] == mb_phone:
        errors.append(f"{name}: not exactly one phone of {AREA[split]}, or the same as the 目标表's ({ph})")
    if sq(f["head"]) in t or sq(f["contact"]) in mb_text:
        errors.append(f"{name}: the 项目负责人 and the 自评 contact must each be in one document only")
    return below


# ---------------------------------------------------------------- formats
def format_checks(raw, texts):
    errors = []
    # html 目标表
    name = DOCS["deqing-jixiao-mubiao"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="top">', '<div class="nav">', '<div class="crumb">', '<div class="xxgk">',
              '<div class="info">', '<div class="foot">', "当前位置", "索 引 号", "发布机构", "发布时间", "浏览次数", "打印本页",
              "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="crumb">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页政务公开财政预决算部门预算":
        errors.append(f"{name}: breadcrumb is {crumb}")
    art = re.search(r'<div class="article">(.*?)</div>', page, re.S)
    if page.count("<table") != 2 or not art or '<table class="xm">' not in art.group(1) or '<table class="zb">' not in art.group(1):
        errors.append(f"{name}: not the two tables (项目基本信息, 绩效指标) inside the article")
    else:
        zb = re.search(r'<table class="zb">(.*?)</table>', art.group(1), re.S).group(1)
        if len(re.findall(r"rowspan=", zb)) < 6 or len(re.findall(r"<tr>", zb)) != 15:
            errors.append(f"{name}: the indicator table has no rowspans for 一级 / 二级指标, or not 14 rows")
    # docx 自评报告
    name = DOCS["deqing-jixiao-zipingbaogao"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    if body.count("<w:tbl>") != 1 or "<w:vMerge" not in body or "<w:gridSpan" not in body:
        errors.append(f"{name}: not one Word table with vertical merges and column spans")
    # doc 目标表
    name = DOCS["fukang-jixiao-mubiao"]
    path = os.path.join(HERE, name)
    if open(path, "rb").read(8) != bytes.fromhex("D0CF11E0A1B11AE1"):
        errors.append(f"{name}: not an OLE (Word 97) file")
    fo = doc_as_fodt(path)
    subj = re.search(r"<dc:subject>(.*?)</dc:subject>", fo)
    desc = re.search(r"<dc:description>(.*?)</dc:description>", fo)
    gen_ = re.search(r"<meta:generator>(.*?)</meta:generator>", fo)
    if not subj or FICTION not in subj.group(1) or not desc or FICTION not in desc.group(1):
        errors.append(f"{name}: the note is not in the document properties (subject, description)")
    if fo.count("<table:table ") != 2 or "table:number-rows-spanned" not in fo:
        errors.append(f"{name}: not two real tables with row spans")
    if not gen_ or "LibreOffice" not in gen_.group(1):
        pass  # the generator of the read-back file is the reader; the writer is checked with `file` below
    info = subprocess.run(["file", path], capture_output=True, text=True).stdout
    if "Composite Document File V2" not in info:
        errors.append(f"{name}: `file` does not see a Word 97 compound document")
    # pdf 自评报告
    name = DOCS["fukang-jixiao-zipingbaogao"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 2 <= len(sp) <= 3 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 2–3 pages numbered — N —, or the note not on the last page")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    if not any(re.fullmatch(r"\s*" + r"\s+".join(head) + r"\s*", l) for p in pages for l in p.splitlines()):
        errors.append(f"{name}: the 自评表 header is not one line")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, CITY_NAMED, POOL, pool_split  # noqa: E402
    errors = []
    if DOC_REGION != {d: COUNTY[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's counties")
    earlier_regions = earlier_doc_regions()
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    below = {}
    for split in SPLITS:
        ph = mubiao_checks(split, texts[MUBIAO[split]], errors)
        below[split] = ziping_checks(split, texts[ZIPING[split]], texts[MUBIAO[split]], ph, errors)
        if FACTS[split]["mb_date"] >= FACTS[split]["zp_date"]:
            errors.append(f"{split}: the 自评报告 is not later than the 目标表")
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
            if not (qid.startswith("x-f28-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f28-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 乡 / 镇 / 街道 of the regions")
            if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d and kind != "list":
                errors.append(f"{where}: items on a {kind} line")
            if d.get("doc"):
                doc = d["doc"]
                musts = [sq(m) for m in d["must"]]
                if qid in REGION_FREE:
                    anchor = REGION_FREE[qid]
                    if (region or anchor not in d["q"] or anchor not in texts[doc]
                            or any(anchor in texts[x] for x in DOCS if x != doc)
                            or any(anchor in t for t in earlier.values())):
                        errors.append(f"{where}: region-free line needs no region and an anchor word of its document only")
                elif qid in CITY_NAMED:
                    if (region != CITY[split] or CITY_WORD[split] not in said or COUNTY_WORD[split] in said
                            or kind == "region-scoped"):
                        errors.append(f"{where}: a CITY_NAMED line names the city only, with the city as its region")
                else:
                    for x in [doc] + d.get("docs", []):
                        if not region.startswith(DOC_REGION[x]):
                            errors.append(f"{where}: region {region!r} is not inside {x}'s region")
                    strictly = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                    if strictly != (kind == "region-scoped"):
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the county")
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
                if "items" in d:
                    rows = [r for r in indicators(split)[1] if r[0] != "合计" and float(r[6]) < float(r[5])]
                    names = ["预算执行率" if r[0] == "预算执行率" else r[2] for r in rows]
                    if d["items"] != len(names) or not all(m in names for m in d["must"]):
                        errors.append(f"{where}: items {d['items']} is not the number of rows below their 分值 ({len(names)}) "
                                      "or a must string is not one of them")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(qid)
                if not words or region != COUNTY[split] or COUNTY_WORD[split] not in said:
                    errors.append(f"{where}: no give-away words, or the county not its region / not named")
                    continue
                for w in words:
                    if w not in said:
                        errors.append(f"{where}: give-away word {w!r} not in the question")
                    hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
                    if hits:
                        errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                names = parts(region)[2:]
                bad = (not region.startswith(CITY[split]) or region.startswith(COUNTY[split]) or region == CITY[split]
                       or any(region.startswith(r) for r in earlier_regions))
                if bad or any(p in t for p in names for t in list(texts.values()) + list(earlier.values())) \
                        or not any(p[:2] in said for p in names):
                    errors.append(f"{where}: clash region must be a county of the same city covered by no document, named in "
                                  "no document, and named by the question")
            if kind == "outofscope" and region and not (region.startswith(COUNTY[split]) or region == CITY[split]):
                errors.append(f"{where}: an outofscope line of this split names a place outside it")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE) + list(CITY_NAMED):
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
        have = {i for i in by_split[split] if re.match(r"x-f28-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 1200 <= n <= 2200:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 1,200–2,200")
        for w, qids in later.items():
            if sq(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
        print(f"{f}: {n} characters")
    errors += format_checks(raw, texts)
    for split in SPLITS:
        ks = [json.loads(l)["kind"] for l in open(os.path.join(EVAL, split), encoding="utf-8")]
        fu = sum(1 for l in open(os.path.join(EVAL, split), encoding="utf-8") if "context" in json.loads(l))
        two = sum(1 for l in open(os.path.join(EVAL, split), encoding="utf-8") if json.loads(l).get("two"))
        print(f"{split}: " + ", ".join(f"{k} {ks.count(k)}" for k in KINDS) + f"; all {len(ks)} (follow-ups {fu}, two {two})")
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
