#!/usr/bin/env python3
"""Check fresh21-dev.jsonl / fresh21-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh21/check_fresh21.py            (from the repository root, or anywhere)
    python3 check_fresh21.py --dump DOC                                 (print a document's visible text)

Adapted from fresh20/check_fresh20.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext
-layout` for the .pdf, `soffice … txt:Text` for the .docx, the <body> text of the .html, the .txt without its page-number
lines), and the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other
*.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings
and a doc of their split, `items`, every `must` string in the visible text of its document — or of one of its `docs` —
with whitespace removed).

This round is what an enterprise can get and what a hotline answers: per split one prefecture-level city with its
产教融合惠企政策清单 (a big policy table: 序号 / 政策类别 / 政策名称 / 支持对象 / 支持标准 / 申报时间 / 受理部门 / 政策依据 /
咨询电话 / 备注) and its 产教融合惠企政策常见问题解答 (numbered Q&A pairs pointing to the 清单's rows by 序号) (内蒙古自治区
通辽市: the 清单 as a LibreOffice-printed .pdf with the table on landscape pages, the 问答 as a portal .html page, dev; 河南省
漯河市: the 清单 as a LibreOffice .docx, the 问答 as PDF-extracted .txt, test). So it also checks:
  - regions (as fresh20): GB/T 2260 names (REGION_CODES); every answerable line's region lies in the city (both documents
    cover the city); `region-scoped` if and only if the region lies strictly below the city (a 旗 / 县 / 区 / 县级市; a
    `docs` line: each of its `docs` holds one of its `must` strings); every answerable line names its region, except
    REGION_FREE lines (no region, an anchor word of their document only, in no other document of any round);
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
  - ONLY lines have a `must` string that is not in the other document of the split;
  - `unstated`: no give-away word (UNSTATED_ABSENT) in a document covering the line's region; HIER lines name the city's
    province or another city of it (covered by no document of this or any earlier round) and their words ARE in the
    city's 清单; every other `unstated` line's words are in no document of this or any earlier round;
  - `region-clash` regions: outside both provinces, every earlier document's region and every province with a
    provincial-level document; no earlier region value lies in them; not named in the new documents;
  - `fragment`, `outofscope`, `region-clash`: split half and half, exactly as make_questions.pool_split() (fixed seed);
  - the documents: the fictional note in the last lines (a .pdf: on its last page), the .html also in an HTML comment, the
    .docx also in its core properties; lengths 2,000–6,000 characters (whitespace removed); KEEP_OUT (fresh20's list),
    KEEP_OUT_EARLIER_BY (give-away words and places of the earlier lines on 内蒙古 / 河南), no provincial figure (the
    清单 and 问答 name 自治区 / 省级 policies only in 叠加 / 就高 rules, never with an amount or a date), LATER_ABSENT (the
    words that ../fresh17 … ../fresh20 checks require to be in no document of any round) absent;
  - **the 清单** (rows parsed from src/*.src.txt, the one source of the .pdf and the .docx): 序号 1…N in order, 20–25 rows,
    ten cells each, the six 政策类别 named in the preamble in that order and used, N = the count in the preamble, every
    申报时间 / 受理部门 filled, every 政策依据 a 《title》 with its number, every 咨询电话 a city number (0475- / 0395-, 7
    digits) or 12345, ≥3 rows 叠加 and ≥3 就高, ≥4 county variants in 备注 naming counties of the city (CITY_COUNTIES),
    文号, 有效期, 解释, 联系人 with a phone; the .docx: every cell of every row a line of its text, one table of N+1 rows
    with a repeated header row (`w:tblHeader`); the .pdf: the 序号 printed in order at the start of a row line, the table
    on ≥3 landscape pages each with the header;
  - **the 问答**: pairs numbered 1…M in order (15–25), each 问 with its 答; every `第N项` cited is a row of the 清单; every
    amount (元 / 万元 / %) in an answer citing rows is in one of those rows' cells or is a worked figure in DERIVED, whose
    arithmetic is checked; every county named is a county of the city;
  - formats: the 通辽 .pdf was produced by LibreOffice, red head and 文号 on page 1, portrait pages 1–2, pages numbered,
    bold font; the 通辽 .html has the portal chrome, UTF-8, one 信息公开 table and the Q&A in one <dl>; the 漯河 .docx was
    written by LibreOffice, core properties; the 漯河 .txt has hard breaks (no body line wider than 35 full-width units),
    page-number lines `— N —` and a page break inside a sentence.
"""
import html as htmlmod
import importlib
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
    "tongliao-huiqi-qingdan": "tongliao-huiqi-qingdan.pdf",
    "tongliao-huiqi-wenda": "tongliao-huiqi-wenda.html",
    "luohe-huiqi-qingdan": "luohe-huiqi-qingdan.docx",
    "luohe-huiqi-wenda": "luohe-huiqi-wenda.txt",
}
SPLITS = {"fresh21-dev.jsonl": {"tongliao-huiqi-qingdan", "tongliao-huiqi-wenda"},
          "fresh21-test.jsonl": {"luohe-huiqi-qingdan", "luohe-huiqi-wenda"}}
QINGDAN = {"fresh21-dev.jsonl": "tongliao-huiqi-qingdan", "fresh21-test.jsonl": "luohe-huiqi-qingdan"}
WENDA = {"fresh21-dev.jsonl": "tongliao-huiqi-wenda", "fresh21-test.jsonl": "luohe-huiqi-wenda"}
QINGDAN_OF = {"tongliao-huiqi-wenda": "tongliao-huiqi-qingdan", "luohe-huiqi-wenda": "luohe-huiqi-qingdan"}
CITY = {"fresh21-dev.jsonl": "内蒙古自治区通辽市", "fresh21-test.jsonl": "河南省漯河市"}
PROVINCE = {"fresh21-dev.jsonl": "内蒙古自治区", "fresh21-test.jsonl": "河南省"}
DOCNO = {"tongliao-huiqi-qingdan": "通发改社会〔2026〕14号", "luohe-huiqi-qingdan": "漯发改社会〔2026〕9号"}
AREA = {"tongliao-huiqi-qingdan": "0475", "luohe-huiqi-qingdan": "0395"}
VALID = {"tongliao-huiqi-qingdan": "有效期至2026年12月31日", "luohe-huiqi-qingdan": "有效期至2027年3月14日"}
CATEGORIES = {"tongliao-huiqi-qingdan": "财政奖补 金融支持 税费优惠 要素保障 人才支持 平台服务".split(),
              "luohe-huiqi-qingdan": "财政奖补 人才支持 金融支持 税费优惠 要素保障 平台服务".split()}
# GB/T 2260 codes of the region values (province, prefecture, county level)
REGION_CODES = {
    "内蒙古自治区": "150000", "内蒙古自治区通辽市": "150500", "内蒙古自治区通辽市科尔沁区": "150502",
    "内蒙古自治区通辽市科尔沁左翼中旗": "150521", "内蒙古自治区通辽市科尔沁左翼后旗": "150522", "内蒙古自治区通辽市开鲁县": "150523",
    "内蒙古自治区通辽市库伦旗": "150524", "内蒙古自治区通辽市奈曼旗": "150525", "内蒙古自治区通辽市扎鲁特旗": "150526",
    "内蒙古自治区通辽市霍林郭勒市": "150581", "内蒙古自治区呼和浩特市": "150100", "内蒙古自治区巴彦淖尔市": "150800",
    "河南省": "410000", "河南省漯河市": "411100", "河南省漯河市源汇区": "411102", "河南省漯河市郾城区": "411103",
    "河南省漯河市召陵区": "411104", "河南省漯河市舞阳县": "411121", "河南省漯河市临颍县": "411122", "河南省平顶山市": "410400",
    "河南省驻马店市": "411700",
    "广西壮族自治区贵港市": "450800", "四川省自贡市": "510300", "安徽省马鞍山市": "340500", "广东省阳江市": "441700",
    "广西壮族自治区河池市": "451200", "安徽省淮北市": "340600",
}
# every county-level division of the two cities (the 清单's and 问答's county variants must be among them)
CITY_COUNTIES = {
    "tongliao-huiqi-qingdan": "科尔沁区 科尔沁左翼中旗 科尔沁左翼后旗 开鲁县 库伦旗 奈曼旗 扎鲁特旗 霍林郭勒市".split(),
    "luohe-huiqi-qingdan": "源汇区 郾城区 召陵区 舞阳县 临颍县".split(),
}
COUNTY_RE = r"(科尔沁左翼[中后]旗|科尔沁区|开鲁县|库伦旗|奈曼旗|扎鲁特旗|霍林郭勒市|源汇区|郾城区|召陵区|舞阳县|临颍县|[\u4e00-\u9fff]{2}[旗县区](?=企业|另))"
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁", "内蒙古", "河南"]
FICTION = "虚构测试文档，非真实政策"
# fresh20's list (fresh14's without 产教融合型企业 and 优秀)
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 结转").split()
# give-away words and places of the earlier lines on 内蒙古 / 河南 (see README, twenty-second set): 内蒙古 — the clash line
# on the whole 内蒙古自治区 (held out; topic words 产教融合型企业 多少: no 自治区 figure, checked by PROVINCIAL_FIGURE), the clash
# cities 乌兰察布 / 呼伦贝尔 / 赤峰 / 鄂尔多斯 and the 包头 documents' city (not named); 河南 — the clash line on 河南省 (read:
# 省级 产教融合项目 申报 time: no 省级产教融合项目, no 省级 date), the clash cities (信阳 南阳 项城 商丘 开封 新乡 焦作 许昌 郑州)
# and 洛阳 (documents) (not named)
KEEP_OUT_EARLIER_BY = {
    "内蒙古": "乌兰察布 呼伦贝尔 赤峰 鄂尔多斯 包头 固阳 昆都仑".split(),
    "河南": "省级产教融合项目 信阳 南阳 项城 周口 商丘 开封 新乡 焦作 许昌 郑州 洛阳 偃师 栾川".split(),
}
DOC_PROVINCE = {"tongliao-huiqi-qingdan": "内蒙古", "tongliao-huiqi-wenda": "内蒙古", "luohe-huiqi-qingdan": "河南",
                "luohe-huiqi-wenda": "河南"}
# a provincial-level figure or date: 自治区 / 省级 / 省里 / 省 followed within one clause by an amount or a date
PROVINCIAL_FIGURE = r"(自治区|省级|省里|省)[^，。；]{0,16}?(\d+(\.\d+)?(万元|元|%)|\d+月\d+日)"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"
HEADER = "序号政策类别政策名称支持对象支持标准申报时间受理部门政策依据咨询电话备注"
# worked figures of the 问答 (not a cell of the 清单): value → (the arithmetic, the 问答)
DERIVED = {
    "tongliao-huiqi-wenda": {"470万元": (470, None), "94万元": (470 * 0.20, 84), "1.8万元": (15 * 4 * 300 / 10000, None),
                             "4800元": (9600 / 2, None)},
    "luohe-huiqi-wenda": {"296万元": (296, None), "74万元": (296 * 0.25, 64), "4200元": (8400 / 2, None)},
}


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    return region in REGION_CODES


def earlier_doc_regions():
    """Region cells of the documents tables in eval/README.md above this round's section."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twenty-second fresh set")[0]
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


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh20/check_fresh20.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18, 19, 20):
        src = os.path.join(EVAL, f"fresh{n}", "src")
        sys.path.insert(0, src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
        mq = importlib.import_module("make_questions")
        for qid, ws in mq.UNSTATED_ABSENT.items():
            if qid not in set(mq.HIER):
                for w in ws:
                    words.setdefault(w, []).append(qid)
        for qid, w in mq.REGION_FREE.items():
            words.setdefault(w, []).append(qid)
        sys.path.remove(src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
    return words



def pdf_pages(path, layout=True):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    opt = ["-layout"] if layout else []
    return [subprocess.run(["pdftotext", *opt, "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]




def portal_chrome(name, page, errors):
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "字号", "打印本页", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if '<meta charset="utf-8">' not in page or not re.search(r"字号：<a[^>]*>大</a> <a[^>]*>中</a> <a[^>]*>小</a>", page):
        errors.append(f"{name}: not UTF-8, or no 字号 大 中 小")





# ---------------------------------------------------------------- 清单
def qingdan_rows(doc):
    """The table rows of the 清单 from its source (src/<doc>.src.txt, the one source of the .pdf / .docx): header, rows."""
    src = open(os.path.join(HERE, "src", doc + ".src.txt"), encoding="utf-8").read()
    block = src[src.index("@table"):src.index("@endtable")]
    rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in block.splitlines() if l.strip().startswith("|")]
    return rows[0], rows[1:]


def qingdan_structure(doc, raw, t, errors):
    name = DOCS[doc]
    head, rows = qingdan_rows(doc)
    if "".join(head) != HEADER:
        errors.append(f"{name}: header is not 序号 / 政策类别 / … / 咨询电话 / 备注")
    if [r[0] for r in rows] != [str(i) for i in range(1, len(rows) + 1)] or not 20 <= len(rows) <= 25:
        errors.append(f"{name}: rows not 1…N in order with 20 ≤ N ≤ 25")
    cats = CATEGORIES[doc]
    if not re.search("、".join(cats[:-1]) + "、" + cats[-1] + str(len(cats)) + "类", t) \
            or sorted({r[1] for r in rows}) != sorted(cats):
        errors.append(f"{name}: the six 政策类别 are not named in the preamble in order, or not the categories used")
    if not re.search(r"(共收录政策|共收录市级产教融合惠企政策)" + str(len(rows)) + "项", t):
        errors.append(f"{name}: the preamble's count is not the {len(rows)} rows")
    county_rows = 0
    for r in rows:
        where = f"{name} row {r[0]}"
        if len(r) != 10 or not all(r):
            errors.append(f"{where}: not ten filled cells")
            continue
        if not re.fullmatch(r"《[^》]+》（[^）]+号）", r[7]):
            errors.append(f"{where}: 政策依据 is not 《title》（number）")
        if not (re.fullmatch(AREA[doc] + r"-\d{7}", r[8]) or r[8] == "12345"):
            errors.append(f"{where}: 咨询电话 {r[8]} is not a city number or 12345")
        if not re.search(r"\d", r[4]) and "优先" not in r[4] and "减免" not in r[4] and "免费" not in r[4]:
            errors.append(f"{where}: 支持标准 states neither a figure nor a kind of support")
        for c in re.findall(COUNTY_RE, r[9]):
            county_rows += 1
            if c not in CITY_COUNTIES[doc]:
                errors.append(f"{where}: 备注 names {c}, not a county of the city")
    if sum("叠加" in r[9] for r in rows) < 3 or sum(r[9] == "就高" for r in rows) < 3 or county_rows < 4:
        errors.append(f"{name}: fewer than three 叠加 rows, three 就高 rows or four county variants")
    for w in (DOCNO[doc], VALID[doc], "动态调整", "负责解释", "联系人", "市发展改革委", "就高原则"):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    if not re.search(r"联系人：市发展改革委社会发展科\S{2,3}，电话：" + AREA[doc] + r"-\d{7}", t):
        errors.append(f"{name}: no 联系人 with a phone")
    # the rows as the final file prints them
    if name.endswith(".docx"):
        lines = [l.strip() for l in raw.splitlines()]
        for r in rows:
            for c in r:
                if c.replace("<br>", "") not in lines:
                    errors.append(f"{name} row {r[0]}: cell {c!r} is not a line of the text")
    else:
        starts = [int(m.group(1)) for m in re.finditer(r"(?m)^\s{0,6}(\d{1,2})\s+(?:财政奖补|金融支持|税费优惠|要素保障|人才支持|平台服务)", raw)]
        if starts != list(range(1, len(rows) + 1)):
            errors.append(f"{name}: the 序号 printed are {starts}, not 1…{len(rows)}")
    return rows


# ---------------------------------------------------------------- 问答
def wenda_pairs(doc, raw):
    """(number, question, answer) of the 问答 (.html: <dt>/<dd>; .txt: `N.问：` / `答：` paragraphs)."""
    if doc.endswith("-wenda") and DOCS[doc].endswith(".html"):
        page = open(os.path.join(HERE, DOCS[doc]), encoding="utf-8").read()
        return [(int(n), htmlmod.unescape(q), htmlmod.unescape(a))
                for n, q, a in re.findall(r"<dt><strong>(\d+)\.问：(.*?)</strong></dt>\s*<dd>答：(.*?)</dd>", page, re.S)]
    t = evalset.squash(raw)
    t = t[:t.find(FICTION)] if FICTION in t else t
    return [(int(n), q, a) for n, q, a in re.findall(r"(\d+)\.问：(.*?)答：(.*?)(?=\d+\.问：|$)", t)]


def wenda_structure(doc, raw, rows, errors):
    name = DOCS[doc]
    pairs = wenda_pairs(doc, raw)
    if [p[0] for p in pairs] != list(range(1, len(pairs) + 1)) or not 15 <= len(pairs) <= 25:
        errors.append(f"{name}: Q&A pairs not numbered 1…M with 15 ≤ M ≤ 25 ({[p[0] for p in pairs]})")
    cells = {int(r[0]): evalset.squash("".join(r)) for r in rows}
    derived = DERIVED[doc]
    for v, (calc, cap) in derived.items():
        if abs(float(re.match(r"[\d.]+", v).group()) - calc) > 1e-9 or (cap is not None and calc <= cap):
            errors.append(f"{name}: worked figure {v} is not {calc} (or not above the cap {cap})")
    cited = 0
    for n, q, a in pairs:
        refs = [int(x) for x in re.findall(r"第(\d+)项", a)]
        cited += bool(refs)
        if any(not 1 <= x <= len(rows) for x in refs):
            errors.append(f"{name} Q{n}: cites a row the 清单 does not have ({refs})")
        if refs:
            here = "".join(cells[x] for x in refs if x in cells)
            for amt in re.findall(r"\d+(?:\.\d+)?(?:万元|元|%)", a):
                if amt not in here and amt not in derived:
                    errors.append(f"{name} Q{n}: {amt} is not in row(s) {refs} of the 清单 nor a worked figure")
        for c in re.findall(COUNTY_RE, q + a):
            if c not in CITY_COUNTIES[QINGDAN_OF[doc]]:
                errors.append(f"{name} Q{n}: names {c}, not a county of the city")
    if cited < 10:
        errors.append(f"{name}: fewer than ten answers point to rows of the 清单")
    return pairs


# ---------------------------------------------------------------- formats
def format_checks(raw, texts, nrows):
    errors = []
    # 通辽 清单 .pdf: LibreOffice, red head and 文号 on page 1, portrait pages 1–2, the table on ≥3 landscape pages with
    # the header repeated, page numbers, bold font
    name = DOCS["tongliao-huiqi-qingdan"]
    path = os.path.join(HERE, name)
    if "LibreOffice" not in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font")
    pages = pdf_pages(path)
    sq = [evalset.squash(p) for p in pages]
    if "通辽市发展和改革委员会" not in sq[0] or DOCNO["tongliao-huiqi-qingdan"] not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —")
    if FICTION not in sq[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout
    sizes = [tuple(float(x) for x in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    table_pages = [i for i, p in enumerate(sq) if re.sub(r"序号|号", "", HEADER) in re.sub(r"序|号", "", p)]
    if len(table_pages) < 3 or not all(sizes[i][0] > sizes[i][1] for i in table_pages) \
            or not all(sizes[i][0] < sizes[i][1] for i in (0, 1)):
        errors.append(f"{name}: the table is not on three or more landscape pages with its header, after portrait pages 1–2")
    # 通辽 问答 .html: chrome, one 信息公开 table, the Q&A in one <dl>
    name = DOCS["tongliao-huiqi-wenda"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 1 or '<table class="xxgk">' not in page or page.count("<dl") != 1 \
            or page.count("<dt>") != page.count("<dd>"):
        errors.append(f"{name}: not one 信息公开 table and one <dl> of Q&A pairs")
    for w in ("索 引 号", "发布机构", "关联文件", "发布日期", "有 效 性", DOCNO["tongliao-huiqi-qingdan"]):
        if w not in page:
            errors.append(f"{name}: 信息公开 table without {w}")
    # 漯河 清单 .docx: LibreOffice, core properties, one table of N+1 rows with a repeated header row
    name = DOCS["luohe-huiqi-qingdan"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    if len(tables) != 1 or len(re.findall(r"<w:tr[ >]", tables[0])) != nrows["luohe-huiqi-qingdan"] + 1 \
            or "<w:tblHeader" not in tables[0] or "w:orient=\"landscape\"" not in document:
        errors.append(f"{name}: not one table of N+1 rows with a repeated header row on landscape pages")
    # 漯河 问答 .txt: hard breaks, page-number lines, a page break inside a sentence
    name = DOCS["luohe-huiqi-wenda"]
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().splitlines()
    body = [l for l in lines if l.strip() and not re.fullmatch(r"\s*— \d+ —\s*", l) and FICTION not in l]
    wide = [l for l in body if sum(0.5 if ord(ch) < 128 else 1 for ch in l.strip()) > 35]
    pages_n = [l for l in lines if re.fullmatch(r"\s*— \d+ —\s*", l)]
    if wide or len(pages_n) < 3:
        errors.append(f"{name}: lines wider than 35 ({wide[:2]}) or fewer than three page-number lines")
    mid = False
    for i, l in enumerate(lines):
        if re.fullmatch(r"\s*— \d+ —\s*", l):
            before = [x for x in lines[:i] if x.strip()][-1]
            if not re.search(r"[。：；）？]$", before.strip()):
                mid = True
    if not mid:
        errors.append(f"{name}: no page break inside a sentence")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, HIER, REGION_FREE, pool_split  # noqa: E402
    errors = []
    earlier_docs_regions = earlier_doc_regions()
    if len(earlier_docs_regions) < 30:
        errors.append(f"README.md: only {len(earlier_docs_regions)} earlier document regions found")
    earlier_values = earlier_region_values()
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    ids = set()
    by_split = {}
    for split, allowed in SPLITS.items():
        qd = QINGDAN[split]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name (REGION_CODES)")
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
                    below = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                    if below != (kind == "region-scoped"):
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the city")
                    if "docs" in d:
                        for x in d["docs"]:
                            if not any(evalset.squash(m) in texts[x] for m in d["must"]):
                                errors.append(f"{where}: no must string of the line is in {x}")
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
                if not words or not region.startswith(PROVINCE[split]) or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{where}: no give-away words, region not in this split's province, or region not named")
                    continue
                for w in words:
                    if any(evalset.squash(w) in texts[x] for x in covering):
                        errors.append(f"{where}: {w!r} occurs in a document covering {region}")
                if qid in HIER:
                    if covering or not all(evalset.squash(w) in texts[qd] for w in words) \
                            or any(region.startswith(r) for r in earlier_docs_regions):
                        errors.append(f"{where}: hierarchy trap must name a place outside the city, covered by no document, "
                                      "whose words are in the city's 清单")
                else:
                    if not covering:
                        errors.append(f"{where}: a non-HIER unstated line must name a region covered by this split")
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
    dev_pool, test_pool = pool_split()
    for split, pool in (("fresh21-dev.jsonl", dev_pool), ("fresh21-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f21-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    for kind in ("fragment", "outofscope", "clash"):
        n = [sum(1 for i in by_split[s] if i.startswith(f"x-f21-{kind}-")) for s in SPLITS]
        if n[0] != n[1]:
            errors.append(f"{kind}: not split half and half ({n})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 2000 <= n <= 6000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 2000–6000")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        m = re.search(PROVINCIAL_FIGURE, texts[doc])
        if m:
            errors.append(f"{f}: a provincial figure or date ({m.group(0)!r})")
        for w, qids in later.items():
            if evalset.squash(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    nrows = {}
    for split in SPLITS:
        rows = qingdan_structure(QINGDAN[split], raw[QINGDAN[split]], texts[QINGDAN[split]], errors)
        nrows[QINGDAN[split]] = len(rows)
        pairs = wenda_structure(WENDA[split], raw[WENDA[split]], rows, errors)
        print(f"{DOCS[QINGDAN[split]]}: {len(rows)} policy rows; {DOCS[WENDA[split]]}: {len(pairs)} Q&A pairs")
    errors += format_checks(raw, texts, nrows)
    kinds = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
             "region-clash").split()
    for split in SPLITS:
        ks = [json.loads(l)["kind"] for l in open(os.path.join(EVAL, split), encoding="utf-8")]
        print(f"{split}: " + ", ".join(f"{k} {ks.count(k)}" for k in kinds) + f"; all {len(ks)}")
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
