#!/usr/bin/env python3
"""Check fresh18-dev.jsonl / fresh18-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh18/check_fresh18.py            (from the repository root, or anywhere)
    python3 check_fresh18.py --dump DOC                                 (print a document's visible text)

Adapted from fresh17/check_fresh17.py. The documents are read exactly as ../tools/evalset.py reads them (the <body> text
of the .html, `soffice … txt:Text` for the .docx, `pdftotext -layout` for the .pdf), and the schema checks are evalset.py's
(`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without
must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every `must` string
in the visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a provincial-level 实施意见 whose tasks end with responsibility notes, together with a prefecture-level city's
任务分工方案 that implements it as one large table (云南省: the province's 实施意见 as a LibreOffice-printed .pdf and 保山市's
方案 as a LibreOffice .docx with vertically merged cells, dev; 宁夏回族自治区: the region's 实施意见 as a portal .html and
固原市's 方案 as a LibreOffice-printed .pdf whose table crosses page breaks, test), so it also checks:
  - regions: every region value is a GB/T 2260 name (REGION_CODES: province, prefecture, county; below a city only the
    zones in SUB_PLACES); every answerable line's region lies in the region of its `doc` and of each of its `docs`; a line
    whose region lies strictly below its `doc`'s region is `region-scoped` and the other way round; a line with `docs`
    is `region-scoped` if and only if its region lies strictly below every one of its documents' regions (a county of the
    city asking what both levels say), and each of its `docs` holds at least one of its `must` strings; every answerable
    line names its region (question or context), except REGION_FREE lines, which have no region and use an anchor word
    found in their document and in no other document of any round;
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
  - ONLY lines (which level answers) have at least one `must` string that is not in the other document of the split;
  - `unstated` lines: none of their give-away words (UNSTATED_ABSENT) occurs in a document covering the line's region;
    HIER lines (hierarchy traps) name a place the city's 方案 does not cover and their words ARE in that 方案; every other
    `unstated` line's words occur in no document of this or any earlier round;
  - `region-clash` regions lie outside both provinces, outside every earlier document's region (the tables of
    eval/README.md) and every province with a provincial-level document, no earlier region value lies in them
    or equals them, and their names occur in none of the four new documents;
  - `fragment` and `outofscope` lines are split half and half between the two files;
  - the documents: the fictional note in the last lines (for a .pdf: in the text of its last page), the .html also in
    an HTML comment, the .docx also in its core properties (subject, description); lengths 2,200–3,000 characters
    (whitespace removed); KEEP_OUT (fresh14's list without 学徒 and 产教融合型企业, which this round's brief asks for) and
    KEEP_OUT_EARLIER (the give-away words of the earlier lines on places in 云南 / 宁夏, per province) absent; the
    实施意见 have 一、总体要求 (a target year), 二、重点任务 with （一）… and tasks 1.…N. in order, **every task ending with a
    responsibility note in parentheses** (`（责任单位：…）` or `（…牵头，…配合）`), 三、组织实施 with 联席会议, 施行 / 有效期,
    落款 and a 公开 line; the 方案 cite their province's 实施意见 with its title and 文号, have a 联系人 line with a phone
    number and one table of 30 rows (序号 1…30 in order) with the columns 序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 /
    完成时限, a 市级 top-up on top of the provincial award and deadlines of the three kinds (…月底前, 长期坚持, 每年…);
  - formats: the 云南 .pdf was produced by LibreOffice, its first page has the red head and the 文号, its pages are
    numbered `— 1 —` … `— N —`, it uses a bold font; the 保山 .docx was written by LibreOffice, has one table with a
    repeated header row and vertically merged 重点任务 cells (`w:vMerge`, six groups); the 宁夏 .html has the portal
    chrome, UTF-8, the 信息公开 table and no other table, the body in <p>s; the 固原 .pdf was produced by LibreOffice, has
    the red head and 文号 on page 1, numbered pages, and its table runs over at least two pages with the header row
    repeated on each.
"""
import json
import os
import re
import subprocess
import sys
import zipfile

sys.dont_write_bytecode = True  # importing src/make_questions.py leaves no __pycache__ in src/

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
KNOWLEDGE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(EVAL)))), "knowledge")
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

DOCS = {
    "yunnan-chanjiao-yijian": "yunnan-chanjiao-yijian.pdf",
    "baoshan-fengong-fangan": "baoshan-fengong-fangan.docx",
    "ningxia-chanjiao-yijian": "ningxia-chanjiao-yijian.html",
    "guyuan-fengong-fangan": "guyuan-fengong-fangan.pdf",
}
SPLITS = {"fresh18-dev.jsonl": {"yunnan-chanjiao-yijian", "baoshan-fengong-fangan"},
          "fresh18-test.jsonl": {"ningxia-chanjiao-yijian", "guyuan-fengong-fangan"}}
PROVINCE_DOC = {"fresh18-dev.jsonl": "yunnan-chanjiao-yijian", "fresh18-test.jsonl": "ningxia-chanjiao-yijian"}
CITY_DOC = {"fresh18-dev.jsonl": "baoshan-fengong-fangan", "fresh18-test.jsonl": "guyuan-fengong-fangan"}
CITES = {"baoshan-fengong-fangan": ["《云南省人民政府办公厅关于深化产教融合推动职业教育服务产业发展的实施意见》", "云政办发〔2026〕19号"],
         "guyuan-fengong-fangan": ["《宁夏回族自治区人民政府办公厅关于深化产教融合推进职业教育与产业协同发展的实施意见》",
                                   "宁政办规发〔2026〕8号"]}
TASKS = {"yunnan-chanjiao-yijian": 16, "ningxia-chanjiao-yijian": 14}
TABLE_ROWS = 30
# GB/T 2260 codes of the region values (province, prefecture, county level)
REGION_CODES = {
    "云南省": "530000", "云南省保山市": "530500", "云南省保山市隆阳区": "530502", "云南省保山市施甸县": "530521",
    "云南省保山市龙陵县": "530523", "云南省保山市昌宁县": "530524", "云南省保山市腾冲市": "530581",
    "云南省普洱市": "530800", "云南省普洱市思茅区": "530802", "云南省临沧市": "530900", "云南省临沧市临翔区": "530902",
    "云南省丽江市": "530700",
    "宁夏回族自治区": "640000", "宁夏回族自治区固原市": "640400", "宁夏回族自治区固原市原州区": "640402",
    "宁夏回族自治区固原市西吉县": "640422", "宁夏回族自治区固原市隆德县": "640423", "宁夏回族自治区固原市泾源县": "640424",
    "宁夏回族自治区固原市彭阳县": "640425", "宁夏回族自治区中卫市": "640500", "宁夏回族自治区中卫市沙坡头区": "640502",
    "宁夏回族自治区中卫市中宁县": "640521", "宁夏回族自治区中卫市海原县": "640522",
    "陕西省商洛市": "611000", "甘肃省定西市": "621100", "四川省广安市": "511600",
    "黑龙江省伊春市": "230700", "辽宁省铁岭市": "211200", "贵州省黔南布依族苗族自治州": "522700",
}
# below a city: zones (管委会 zones, not GB/T 2260 divisions), each under its city
SUB_PLACES = {"云南省保山市": ["保山工贸园区"], "宁夏回族自治区固原市": ["固原经济技术开发区"]}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏"]
FICTION = "虚构测试文档，非真实政策"
KEEP_OUT = ("课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 优秀 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 结转 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章").split()
# give-away words of the earlier lines on places in 云南 / 宁夏 (see README, nineteenth set), per province:
# 云南 — 昆明's 技能大师工作室, 迪庆's 实习 subsidy, 玉溪's 示范项目 公示, 大理's 实训基地 认定, 昭通's 专班 office, 曲靖's
# unstated lines (异议, 专家, 年度报告); 宁夏 — 银川's 技师, 惠农区's 产业学院, 吴忠's 教师 企业实践, 大武口's unstated lines
# (申请表 下载, 审计报告, 导师 资格 / 职称, 实习 报酬), and the places themselves
KEEP_OUT_EARLIER_BY = {
    "云南": "实训基地 实训 实习 公示 示范项目 专班 大师 工作室 异议 昆明 迪庆 玉溪 大理 昭通 曲靖".split(),
    "宁夏": "产业学院 企业实践 技师 申请表 下载 审计 职称 报酬 导师 银川 吴忠 石嘴山 惠农 大武口".split(),
}
KEEP_OUT_EARLIER = sorted({w for ws in KEEP_OUT_EARLIER_BY.values() for w in ws})
DOC_PROVINCE = {"yunnan-chanjiao-yijian": "云南", "baoshan-fengong-fangan": "云南", "ningxia-chanjiao-yijian": "宁夏",
                "guyuan-fengong-fangan": "宁夏"}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"
TABLE_HEAD = "序号重点任务具体措施牵头单位配合单位完成时限"
NOTE_RE = r"（(责任单位：[^（）]+|[^（）]+牵头[^（）]*)）"


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region == county + sub for county, subs in SUB_PLACES.items() for sub in subs)


def earlier_doc_regions():
    """Region cells of the documents tables in eval/README.md above this round's section (`| \\`doc\\` | file | kind | region |`)."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Nineteenth fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def earlier_region_values():
    out = set()
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and f not in SPLITS:
            for l in open(os.path.join(EVAL, f), encoding="utf-8"):
                if l.strip():
                    out.add(json.loads(l).get("region", ""))
    out.discard("")
    return out


def earlier_documents():
    """Visible text (whitespace removed) of every earlier fixture document (eval/<set>/ and eval/docs/, not src/) and of
    the shipped knowledge/*.md, read as evalset.py reads them."""
    texts = {}
    for d in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, d)
        if not os.path.isdir(p) or d in ("tools", os.path.basename(HERE)):
            continue
        for f in sorted(os.listdir(p)):
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".txt")):
                texts[f"{d}/{f}"] = evalset.squash(evalset.visible_text(os.path.join(p, f)))
            elif f.endswith(".md"):
                texts[f"{d}/{f}"] = evalset.squash(open(os.path.join(p, f), encoding="utf-8").read())
    if os.path.isdir(KNOWLEDGE):
        for f in sorted(os.listdir(KNOWLEDGE)):
            if f.endswith(".md"):
                texts[f"knowledge/{f}"] = evalset.squash(open(os.path.join(KNOWLEDGE, f), encoding="utf-8").read())
    return texts


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [evalset.squash(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                                          capture_output=True, text=True).stdout) for i in range(1, n + 1)]


def portal_chrome(name, page, errors):
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "字号", "打印本页", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if '<meta charset="utf-8">' not in page or not re.search(r"字号：<a[^>]*>大</a> <a[^>]*>中</a> <a[^>]*>小</a>", page):
        errors.append(f"{name}: not UTF-8, or no 字号 大 中 小")


NUMS = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五".split()


def yijian_structure(doc, t, errors):
    """t: visible text, whitespace removed, page-number lines (—N—) removed."""
    name = DOCS[doc]
    a, b, c = t.find("一、总体要求"), t.find("二、重点任务"), t.find("三、组织实施")
    if not 0 <= a < b < c or not re.search(r"到20\d\d年", t[a:b]):
        errors.append(f"{name}: 一、总体要求 (with a target year) / 二、重点任务 / 三、组织实施 not found in order")
        return
    tasks = t[b:c]
    n = TASKS[doc]
    starts = []
    pos = 0
    for k in range(1, n + 1):
        m = re.compile(rf"(?<![\d.]){k}\.(?=[\u4e00-\u9fff])").search(tasks, pos)
        if not m:
            errors.append(f"{name}: task {k}. missing or out of order")
            return
        starts.append(m.start())
        pos = m.end()
    if re.compile(rf"(?<![\d.]){n + 1}\.(?=[\u4e00-\u9fff])").search(tasks, pos):
        errors.append(f"{name}: more than {n} tasks")
    heads = re.findall(r"（([一二三四五六])）[\u4e00-\u9fff]{4,12}(?=\d+\.)", tasks)
    if heads != list("一二三四五")[:len(heads)] or len(heads) < 4:
        errors.append(f"{name}: sub-headings （一）（二）… not found in order ({heads})")
    for k, s in enumerate(starts):
        seg = tasks[s:starts[k + 1] if k + 1 < n else len(tasks)]
        seg = re.sub(r"（[一二三四五六]）[\u4e00-\u9fff]{4,14}$", "", seg)
        if not re.search(NOTE_RE + "$", seg):
            errors.append(f"{name}: task {k + 1}. does not end with a responsibility note ({seg[-30:]})")
    tail = t[c:]
    for w in ("联席会议", "有效期", "人民政府办公厅", "（此件公开发布）", "任务分工方案"):
        if w not in tail:
            errors.append(f"{name}: 组织实施 / 落款 part without {w}")
    if not re.search(r"人民政府办公厅2026年\d+月\d+日", tail):
        errors.append(f"{name}: no 落款 with a date")


def table_rows(doc, raw):
    """Row numbers of the 方案's table in reading order: the .docx text has each cell on a line; in the .pdf layout text
    the row number stands at the start of a line."""
    body = raw[raw.find("序号"):]
    if DOCS[doc].endswith(".docx"):
        return [int(l) for l in body.splitlines() if re.fullmatch(r"\d{1,2}", l.strip())]
    return [int(m.group(1)) for m in re.finditer(r"(?m)^\s{0,3}(\d{1,2})(?=\s{2,}|\s+[\u4e00-\u9fff])", body)]


def fangan_structure(doc, raw, t, errors):
    name = DOCS[doc]
    if not all(c in t for c in CITES[doc]):
        errors.append(f"{name}: does not cite its province's 实施意见 with title and 文号")
    if TABLE_HEAD not in t:
        errors.append(f"{name}: no table header {TABLE_HEAD}")
    rows = table_rows(doc, raw)
    if rows != list(range(1, TABLE_ROWS + 1)):
        errors.append(f"{name}: table rows not 1…{TABLE_ROWS} in order ({rows})")
    if not re.search(r"联系人：[^。]*\d{4}-\d{7}", t):
        errors.append(f"{name}: no 联系人 line with a phone number")
    for w in ("长期坚持", "月底前", "每年", "任务分工方案", "（此件公开发布）"):
        if w not in t:
            errors.append(f"{name}: {w} missing")
    if not re.search(r"基础上(市级)?再给予一次性奖励", t):
        errors.append(f"{name}: no 市级 top-up on top of the provincial award")


def format_checks(raw, texts):
    errors = []
    # 云南 实施意见 .pdf
    name = DOCS["yunnan-chanjiao-yijian"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font (task lead sentences)")
    pages = pdf_pages(path)
    if "云南省人民政府办公厅文件" not in pages[0] or "云政办发〔2026〕19号" not in pages[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in pages[n - 1] for n in range(1, len(pages) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(pages)} —")
    if FICTION not in pages[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    # 保山 方案 .docx: LibreOffice, core properties, one table, repeated header row, vertically merged 重点任务 cells
    name = DOCS["baoshan-fengong-fangan"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    if (document.count("<w:tbl>") != 1 or "<w:tblHeader" not in document
            or len(re.findall(r"<w:tr[ >]", document)) != TABLE_ROWS + 1
            or len(re.findall(r'<w:vMerge w:val="restart"/>', document)) != 6
            or len(re.findall(r'<w:vMerge w:val="continue"/>|<w:vMerge/>', document)) != TABLE_ROWS - 6):
        errors.append(f"{name}: not one table of {TABLE_ROWS} rows with a repeated header and six vertically merged groups")
    # 宁夏 实施意见 .html: chrome, the 信息公开 table only, the body in <p>s
    name = DOCS["ningxia-chanjiao-yijian"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 1 or '<table class="xxgk">' not in page:
        errors.append(f"{name}: not exactly one table (the 信息公开 table)")
    for w in ("索 引 号", "发文机关", "文　　号", "成文日期", "发布日期", "有 效 性"):
        if w not in page:
            errors.append(f"{name}: 信息公开 table without {w}")
    if len(re.findall(r"<p>\d+\.[^<]*" + NOTE_RE + "</p>", page)) != TASKS["ningxia-chanjiao-yijian"]:
        errors.append(f"{name}: tasks are not {TASKS['ningxia-chanjiao-yijian']} <p>s ending with a responsibility note")
    if len(re.findall(r"<p><strong>[一二三]、", page)) != 3 or re.search(r"<h[2-6]", page):
        errors.append(f"{name}: headings 一、…三、 not <p><strong>, or other headings used")
    # 固原 方案 .pdf: LibreOffice, red head, page numbers, the table over several pages with the header repeated
    name = DOCS["guyuan-fengong-fangan"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info:
        errors.append(f"{name}: not produced by LibreOffice")
    pages = pdf_pages(path)
    if "固原市人民政府办公室文件" not in pages[0] or "固政办发〔2026〕41号" not in pages[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in pages[n - 1] for n in range(1, len(pages) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(pages)} —")
    if sum(TABLE_HEAD in p for p in pages) < 2:
        errors.append(f"{name}: the table does not cross a page break with its header repeated")
    if FICTION not in pages[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, HIER, REGION_FREE  # noqa: E402
    errors = []
    earlier_docs_regions = earlier_doc_regions()
    if len(earlier_docs_regions) < 30:
        errors.append(f"README.md: only {len(earlier_docs_regions)} earlier document regions found")
    earlier_values = earlier_region_values()
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    ids = set()
    none_kinds = {}
    for split, allowed in SPLITS.items():
        city = CITY_DOC[split]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name (REGION_CODES / SUB_PLACES)")
            if kind in ("fragment", "outofscope"):
                none_kinds.setdefault(kind, {}).setdefault(split, 0)
                none_kinds[kind][split] += 1
            if d.get("doc"):
                doc = d["doc"]
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
                    if "docs" in d:
                        below_all = all(region != DOC_REGION[x] for x in d["docs"])
                        if below_all != (kind == "region-scoped"):
                            errors.append(f"{where}: a docs line is region-scoped if and only if its region lies below all its documents")
                        for x in d["docs"]:
                            if not any(evalset.squash(m) in texts[x] for m in d["must"]):
                                errors.append(f"{where}: no must string of the line is in {x}")
                    else:
                        below = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                        if below != (kind == "region-scoped"):
                            errors.append(f"{where}: region-scoped if and only if the region lies strictly below the doc's region")
                    if not any(p[:2] in said for p in parts(region)):
                        errors.append(f"{where}: the question does not name its region")
                others = [texts[x] for x in allowed if x != doc]
                if qid in ONLY and not any(all(evalset.squash(m) not in t for t in others) for m in d["must"]):
                    errors.append(f"{where}: ONLY line, every must string is also in the other document")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d and kind != "list":
                errors.append(f"{where}: items on a {kind} line")
            if re.search(r"[，。？！、,.?!；;：:“”\"]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(qid)
                covering = [x for x in allowed if region.startswith(DOC_REGION[x])]
                if not words or not covering or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{where}: no give-away words, region not in this split, or region not named")
                    continue
                for w in words:
                    if any(evalset.squash(w) in texts[x] for x in covering):
                        errors.append(f"{where}: {w!r} occurs in a document covering {region}")
                if qid in HIER:
                    if region.startswith(DOC_REGION[city]) or not any(evalset.squash(w) in texts[city] for w in words):
                        errors.append(f"{where}: hierarchy trap must name a place outside the city's 方案, which has the words")
                else:
                    for w in words:
                        hits = [x for x in DOCS if w in texts[x]] + [p for p, t in earlier.items() if w in t]
                        if hits:
                            errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                bad = (any(region.startswith(r) or r.startswith(region) for r in DOC_REGION.values())
                       or any(region.startswith(p) for p in PROVINCIAL_REGIONS)
                       or any(region.startswith(r) or (len(r) >= 3 and r in region) for r in earlier_docs_regions)
                       or any(v.startswith(region) for v in earlier_values))
                names = parts(region)[1:]
                if bad or any(p in t for p in names for t in texts.values()) or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{where}: clash region lies in a covered or used region, is named in a new document, "
                                  "or is not named by the question")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(HIER) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    for kind, per in none_kinds.items():
        n = [per.get(s, 0) for s in SPLITS]
        if max(n) - min(n) > 1:
            errors.append(f"{kind}: not split half and half ({n})")
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 2200 <= n <= 3000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 2200–3000")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
    for doc in TASKS:
        yijian_structure(doc, re.sub(r"—\d+—", "", texts[doc]), errors)
    for doc in CITES:
        fangan_structure(doc, raw[doc], texts[doc], errors)
    errors += format_checks(raw, texts)
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(evalset.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: evalset.squash(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
