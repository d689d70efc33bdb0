#!/usr/bin/env python3
"""Check fresh19-dev.jsonl / fresh19-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh19/check_fresh19.py            (from the repository root, or anywhere)
    python3 check_fresh19.py --dump DOC                                 (print a document's visible text)

Adapted from fresh18/check_fresh18.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext
-layout` for the .pdf, `soffice … txt:Text` for the .docx, the <body> text of the .html, the .txt without its page-number
lines), and the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other
*.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings
and a doc of their split, `items`, every `must` string in the visible text of its document — or of one of its `docs` —
with whitespace removed).

This round is money actually allocated and progress actually made: per province the 财政厅's notice 关于下达2026年产教融合
专项资金（第一批）的通知 with an allocation table and a 绩效目标表, and a prefecture-level city's 通报 on its 2026 上半年
产教融合 work with 督办 items and a county ranking (陕西省: the notice as a LibreOffice-printed .pdf with landscape table pages,
延安市's 通报 as a LibreOffice .docx, dev; 甘肃省: the notice as a portal .html whose table has rowspan 地区 cells, 陇南市's
通报 as a PDF-extracted .txt, test). So it also checks:
  - regions (as fresh18): GB/T 2260 names (REGION_CODES); every answerable line's region lies in the region of its `doc`
    and of each of its `docs`; `region-scoped` if and only if the region lies strictly below the doc's region (a `docs`
    line: below all its documents' regions; each of its `docs` holds one of its `must` strings); every answerable line
    names its region, except REGION_FREE lines (no region, an anchor word of their document only, in no other document
    of any round);
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
  - ONLY lines have a `must` string that is not in the other document of the split;
  - `unstated`: no give-away word (UNSTATED_ABSENT) in a document covering the line's region; HIER lines name a place of
    the province outside the city and their words ARE in the city's 通报; every other `unstated` line's words are in no
    document of this or any earlier round;
  - `region-clash` regions: outside both provinces, every earlier document's region and every province with a
    provincial-level document; no earlier region value lies in them; not named in the new documents;
  - `fragment`, `outofscope`, `region-clash`: split half and half, exactly as make_questions.pool_split() (fixed seed);
  - the documents: the fictional note in the last lines (a .pdf: on its last page), the .html also in an HTML comment, the
    .docx also in its core properties; lengths 1,800–3,200 characters (whitespace removed); KEEP_OUT (fresh14's list
    without 结转, which the brief asks for), KEEP_OUT_EARLIER_BY (give-away words of the earlier lines on places in 陕西 /
    甘肃) and LATER_ABSENT (the words that ../fresh17/check_fresh17.py and ../fresh18/check_fresh18.py require to be in no
    document of any round: their non-HIER `unstated` words and REGION_FREE anchors) absent;
  - the notices: 文号, a 依据 管理办法 cited with title and 文号, 专款专用, 不得用于, 绩效, 执行期限, 结转, 清算 with a date,
    a phone; **the allocation table parsed from the document** — 序号 1…N in order, every row with a 地区, a 项目类别 of
    the set and an amount, each 地区's 小计 equal to the sum of its rows, the 合计 equal to the sum of the 小计 and to the
    total stated in the text (陕西 also: the per-地区 amounts stated in the text equal the 小计), 25–35 project rows; the
    绩效目标表 (一级 / 二级 / 三级指标, 指标值);
  - the 通报: 文号, 总体情况 with percentages, the stated percentages equal the ratios of the stated figures (完成率, 完成
    年度目标的…%, 拨付率), **the amount the 通报 says the province allocated equals the city's 小计 in the province's
    table** and its 文号 is the notice's, 督办 items each with a 责任单位 and a 整改时限, 约谈 and 通报批评, 下一步 with
    dates, a 联系人 with a phone; **the ranking table parsed from the document** — every county of the city once (the
    GB/T 2260 counties), 完成进度 = 已完成 ÷ 年度任务数 (one decimal), 排名 1…N in order of 完成进度, and the county
    totals stated in the text equal the table's sums;
  - formats: the 陕西 .pdf was produced by LibreOffice, red head and 文号 on page 1, pages numbered, **the allocation table
    on landscape pages, crossing a page break with its header repeated**, a bold font; the 延安 .docx was written by
    LibreOffice, core properties, two tables (督办 7 rows, ranking 14 rows) with a repeated header row; the 甘肃 .html has
    the portal chrome, UTF-8, three tables (信息公开, allocation, 绩效), **a rowspan 地区 cell per group** and a colspan
    合计; the 陇南 .txt has hard breaks (no body line wider than 35 full-width units), page-number lines `— N —` and a page
    break inside a sentence.
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
    "shaanxi-zijin-tongzhi": "shaanxi-zijin-tongzhi.pdf",
    "yanan-tuijin-tongbao": "yanan-tuijin-tongbao.docx",
    "gansu-zijin-tongzhi": "gansu-zijin-tongzhi.html",
    "longnan-tuijin-tongbao": "longnan-tuijin-tongbao.txt",
}
SPLITS = {"fresh19-dev.jsonl": {"shaanxi-zijin-tongzhi", "yanan-tuijin-tongbao"},
          "fresh19-test.jsonl": {"gansu-zijin-tongzhi", "longnan-tuijin-tongbao"}}
PROVINCE_DOC = {"fresh19-dev.jsonl": "shaanxi-zijin-tongzhi", "fresh19-test.jsonl": "gansu-zijin-tongzhi"}
CITY_DOC = {"fresh19-dev.jsonl": "yanan-tuijin-tongbao", "fresh19-test.jsonl": "longnan-tuijin-tongbao"}
NOTICE_OF = {"yanan-tuijin-tongbao": "shaanxi-zijin-tongzhi", "longnan-tuijin-tongbao": "gansu-zijin-tongzhi"}
CITY_NAME = {"yanan-tuijin-tongbao": "延安市", "longnan-tuijin-tongbao": "陇南市"}
DOCNO = {"shaanxi-zijin-tongzhi": "陕财办教〔2026〕47号", "yanan-tuijin-tongbao": "延政办发〔2026〕63号",
         "gansu-zijin-tongzhi": "甘财建〔2026〕58号", "longnan-tuijin-tongbao": "陇南政办发〔2026〕71号"}
BASIS = {"shaanxi-zijin-tongzhi": "《陕西省产教融合专项资金管理办法》（陕财办教〔2024〕19号）",
         "gansu-zijin-tongzhi": "《甘肃省产教融合专项资金管理办法》（甘财建〔2024〕31号）"}
CATEGORIES = {"shaanxi-zijin-tongzhi": {"产业学院", "实训基地", "专业群建设", "共同体建设", "平台建设", "技能培训"},
              "gansu-zijin-tongzhi": {"专业群建设", "教学装备升级", "共同体建设", "校企协同育人", "平台建设", "技能培训"}}
# GB/T 2260 codes of the region values (province, prefecture, county level)
REGION_CODES = {
    "陕西省": "610000", "陕西省铜川市": "610200", "陕西省铜川市宜君县": "610222", "陕西省延安市": "610600",
    "陕西省延安市宝塔区": "610602", "陕西省延安市安塞区": "610603", "陕西省延安市延长县": "610621",
    "陕西省延安市延川县": "610622", "陕西省延安市志丹县": "610625", "陕西省延安市吴起县": "610626",
    "陕西省延安市甘泉县": "610627", "陕西省延安市富县": "610628", "陕西省延安市洛川县": "610629",
    "陕西省延安市宜川县": "610630", "陕西省延安市黄龙县": "610631", "陕西省延安市黄陵县": "610632",
    "陕西省延安市子长市": "610681", "陕西省安康市": "610900", "陕西省安康市紫阳县": "610924", "陕西省安康市平利县": "610926",
    "甘肃省": "620000", "甘肃省白银市": "620400", "甘肃省白银市会宁县": "620422", "甘肃省白银市景泰县": "620423",
    "甘肃省庆阳市": "621000", "甘肃省庆阳市环县": "621022", "甘肃省庆阳市宁县": "621026", "甘肃省陇南市": "621200",
    "甘肃省陇南市武都区": "621202", "甘肃省陇南市成县": "621221", "甘肃省陇南市文县": "621222", "甘肃省陇南市宕昌县": "621223",
    "甘肃省陇南市康县": "621224", "甘肃省陇南市西和县": "621225", "甘肃省陇南市礼县": "621226", "甘肃省陇南市徽县": "621227",
    "甘肃省陇南市两当县": "621228", "甘肃省临夏回族自治州": "622900", "甘肃省临夏回族自治州广河县": "622924",
    "甘肃省临夏回族自治州东乡族自治县": "622926",
    "黑龙江省鹤岗市": "230400", "四川省巴中市": "511900", "新疆维吾尔自治区阿克苏地区": "652900", "河南省信阳市": "411500",
    "贵州省黔西南布依族苗族自治州": "522300", "广东省河源市": "441600",
}
# every county-level division of the two cities (the ranking tables must list each once)
CITY_COUNTIES = {
    "yanan-tuijin-tongbao": "宝塔区 安塞区 延长县 延川县 志丹县 吴起县 甘泉县 富县 洛川县 宜川县 黄龙县 黄陵县 子长市".split(),
    "longnan-tuijin-tongbao": "武都区 成县 文县 宕昌县 康县 西和县 礼县 徽县 两当县".split(),
}
SUB_PLACES = {}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃"]
FICTION = "虚构测试文档，非真实政策"
# fresh14's list without 结转 (the brief asks for 执行期限 / 结转 rules; the only earlier line asking about 结转,
# x-unstated-i07 of fresh4-dev.jsonl, is on 襄州区, which no document of this round covers)
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 优秀 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 产教融合型企业").split()
# give-away words of the earlier lines on places in 陕西 / 甘肃 (see README, twentieth set), per province, and the places:
# 陕西 — 西安's 产业学院 申报 deadline, 榆林's 岗位实习 subsidy, 渭南高新区's 项目 申报 deadline, 商洛's 学徒 subsidy, 咸阳's
# 市域产教联合体 评审 补助, 汉中's 产业教授 津贴, 宝鸡's unstated lines (产业教授 津贴, 联合体 补助 开支, 中高职贯通 学费,
# 教师企业实践基地); 甘肃 — 兰州's 实训基地, 平凉's 市域产教联合体, 武威's 产业学院, 定西's 联席会议, 张掖's 实训基地,
# 酒泉's 有效期, 天水's unstated lines (技师, 产业学院, the fourth set's unstated words: 交通费, 代办, 办理时限, 贷款 …)
KEEP_OUT_EARLIER_BY = {
    "陕西": ("申报 评审 截止 实习 学徒 产业教授 津贴 联合体 贯通 学费 企业实践 西安 宝鸡 咸阳 汉中 榆林 渭南 商洛 陈仓 "
             "凤翔").split(),
    "甘肃": ("产业学院 实训 联合体 联席会议 有效期 技师 学徒 交通费 代办 办理时限 年龄 户籍 兰州 天水 武威 张掖 平凉 酒泉 "
             "定西 麦积 甘谷").split(),
}
DOC_PROVINCE = {"shaanxi-zijin-tongzhi": "陕西", "yanan-tuijin-tongbao": "陕西", "gansu-zijin-tongzhi": "甘肃",
                "longnan-tuijin-tongbao": "甘肃"}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"
ALLOC_HEAD = "序号地区（市）单位或项目名称项目类别金额（万元）备注"
KPI_HEAD = "一级指标二级指标三级指标指标值"
RANK_HEAD = "排名县（市、区）年度任务数已完成任务数完成进度"


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    return region in REGION_CODES


def earlier_doc_regions():
    """Region cells of the documents tables in eval/README.md above this round's section."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twentieth fresh set")[0]
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
    """Words that fresh17/check_fresh17.py and fresh18/check_fresh18.py require to be in no document of any round (they
    read every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18):
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


def pct(a, b):
    return f"{a / b * 100:.1f}"


def same_pct(stated, a, b):
    """A stated percentage ('70', '44.8') equals a / b rounded as the document rounds it."""
    return abs(float(stated) - a / b * 100) < 0.05 + (0.5 if "." not in stated else 0)


# ---------------------------------------------------------------- allocation tables
def alloc_rows_pdf(raw):
    """(序号, 地区, 名称, 类别, 金额) rows, 小计 {地区: amount} and 合计 from the `pdftotext -layout` text of the 陕西 notice."""
    rows, subs, total = [], {}, None
    for l in raw.splitlines():
        m = re.match(r"^\s*(\d{1,2})\s+(省本级|\S+市)\s+(\S+)\s+(\S+)\s+(\d+)(\s|$)", l)
        if m:
            rows.append((int(m.group(1)), m.group(2), m.group(3), m.group(4), int(m.group(5))))
            continue
        m = re.match(r"^\s*(\S+?)小计\s+(\d+)\s*$", l)
        if m:
            subs[m.group(1)] = int(m.group(2))
            continue
        m = re.match(r"^\s*合计\s+(\d+)\s*$", l)
        if m:
            total = int(m.group(1))
    return rows, subs, total


def alloc_rows_html(page):
    """The same from the 甘肃 page's allocation <table> (rowspan 地区 cells, 小计 rows, colspan 合计)."""
    tables = re.findall(r"<table[^>]*>.*?</table>", page, re.S)
    t = [x for x in tables if "单位或项目名称" in x][0]
    rows, subs, total, region, left = [], {}, None, None, 0
    for tr in re.findall(r"<tr>(.*?)</tr>", t, re.S)[1:]:
        cells = re.findall(r"<td([^>]*)>(.*?)</td>", tr, re.S)
        vals = [htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip() for a, c in cells]
        if 'colspan="4"' in cells[0][0] and vals[0] == "合计":
            total = int(vals[1])
            continue
        m = re.search(r'rowspan="(\d+)"', "".join(a for a, c in cells[1:2]))
        if m:
            region, left = vals[1], int(m.group(1))
            vals = vals[:1] + vals[2:]
        left -= 1
        if vals[1] == "小计":
            subs[region] = int(vals[3])
            if left != 0:
                subs[region] = -1  # the rowspan does not end with the 小计 row
            continue
        rows.append((int(vals[0]), region, vals[1], vals[2], int(vals[3])))
    return rows, subs, total


def notice_structure(doc, raw, t, errors):
    name = DOCS[doc]
    for w in (DOCNO[doc], BASIS[doc], "专款专用", "不得用于", "绩效", "执行期限", "结转", "清算", "（第一批）",
              "关于下达2026年产教融合专项资金（第一批）的通知", "（此件主动公开）"):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    if not re.search(r"于2027年\d+月\d+日前(完成本批资金清算|办理清算)", t):
        errors.append(f"{name}: no 清算 date")
    if not re.search(r"电话：0\d{2,3}-\d{7,8}", t):
        errors.append(f"{name}: no phone number")
    if name.endswith(".pdf"):
        rows, subs, total = alloc_rows_pdf(raw)
    else:
        rows, subs, total = alloc_rows_html(open(os.path.join(HERE, name), encoding="utf-8").read())
    if [r[0] for r in rows] != list(range(1, len(rows) + 1)) or not 25 <= len(rows) <= 35:
        errors.append(f"{name}: allocation rows not 1…N in order with 25 ≤ N ≤ 35 ({[r[0] for r in rows]})")
    regions = []
    for r in rows:
        if r[1] not in regions:
            regions.append(r[1])
        if r[3] not in CATEGORIES[doc]:
            errors.append(f"{name}: row {r[0]} has the category {r[3]!r}")
    for reg in regions:
        s = sum(r[4] for r in rows if r[1] == reg)
        if subs.get(reg) != s:
            errors.append(f"{name}: 小计 of {reg} is {subs.get(reg)}, its rows sum to {s}")
    stated = re.search(r"专项资金（第一批）(\d+)万元", t)
    if total is None or total != sum(subs.values()) or not stated or int(stated.group(1)) != total:
        errors.append(f"{name}: 合计 {total} does not equal the 小计 ({sum(subs.values())}) and the total in the text")
    if doc == "shaanxi-zijin-tongzhi":
        for reg in regions:
            m = re.search(reg + r"(\d+)万元", t)
            if not m or int(m.group(1)) != subs.get(reg):
                errors.append(f"{name}: the text's amount for {reg} is not its 小计")
    if KPI_HEAD not in t:
        errors.append(f"{name}: no 绩效目标表")
    return {"rows": rows, "subs": subs, "total": total}


# ---------------------------------------------------------------- 通报
def ranking_rows(doc, raw):
    """(排名, county, tasks, done, progress) from the .docx text (one cell a line) or the .txt (one row a line)."""
    if doc == "yanan-tuijin-tongbao":
        lines = [l.strip() for l in raw[raw.find("已完成任务数\n完成进度"):].splitlines()[2:]]
        out = []
        for i in range(0, len(lines) - 4, 5):
            a, c, n, d, p = lines[i:i + 5]
            if not re.fullmatch(r"\d+", a):
                break
            out.append((int(a), c, int(n), int(d), p))
        return out
    return [(int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5))
            for m in re.finditer(r"(?m)^(\d+) (\S+[区县市]) (\d+) (\d+) ([\d.]+%)$", raw)]


def tongbao_structure(doc, raw, t, notices, errors):
    name = DOCS[doc]
    for w in (DOCNO[doc], "关于2026年上半年全市产教融合重点工作推进情况的通报", "督办", "责任单位", "整改时限", "约谈",
              "通报批评", "联系人", "（此件主动公开）", DOCNO[NOTICE_OF[doc]]):
        if w not in t:
            errors.append(f"{name}: {w} missing")
    if not re.search(r"联系人：[^。]*0\d{3}-\d{7}", t):
        errors.append(f"{name}: no 联系人 with a phone")
    # stated percentages against the stated figures
    m = re.search(r"重点任务(\d+)项。截至6月30日，已完成(\d+)项", t)
    m2 = re.search(r"任务完成率([\d.]+)%", t)
    if m and m2 and not same_pct(m2.group(1), int(m.group(2)), int(m.group(1))):
        errors.append(f"{name}: 任务完成率 does not match the figures")
    for m in re.finditer(r"(\d+)(家|人次)，完成年度目标（([\d.]+)(万)?(家|人次)）的([\d.]+)%", t):
        target = float(m.group(3)) * (10000 if m.group(4) else 1)
        if not same_pct(m.group(6), int(m.group(1)), target):
            errors.append(f"{name}: {m.group(0)} does not add up")
    m = re.search(r"（第一批）(\d+)万元（[^）]+），已拨付至项目单位(\d+)万元，拨付率(\d+)%", t)
    if not m or not same_pct(m.group(3), int(m.group(2)), int(m.group(1))):
        errors.append(f"{name}: 拨付率 does not match the figures")
    else:
        city = CITY_NAME[doc]
        sub = notices[NOTICE_OF[doc]]["subs"].get(city)
        if sub != int(m.group(1)):
            errors.append(f"{name}: says the province allocated {m.group(1)}万元, the notice's 小计 for {city} is {sub}")
    # 督办 items: each with a 责任单位 and a 整改时限 (the .docx as a table, the .txt as numbered paragraphs)
    if doc == "yanan-tuijin-tongbao":
        n = len(re.findall(r"2026年\d+月\d+日前", t[t.find("整改时限"):t.find("五、下一步工作")]))
    else:
        n = len(re.findall(r"责任单位：[^。]+。整改时限：2026年\d+月\d+日前", t))
    if n < 5:
        errors.append(f"{name}: fewer than five 督办 items with a 整改时限 ({n})")
    # ranking table
    rows = ranking_rows(doc, raw)
    counties = CITY_COUNTIES[doc]
    if sorted(r[1] for r in rows) != sorted(counties):
        errors.append(f"{name}: the ranking does not list every county once ({[r[1] for r in rows]})")
    if [r[0] for r in rows] != list(range(1, len(rows) + 1)):
        errors.append(f"{name}: 排名 not 1…N in order")
    for a, c, n_, d, p in rows:
        if p != pct(d, n_) + "%":
            errors.append(f"{name}: {c} 完成进度 {p} ≠ {d}/{n_}")
    progress = [d / n_ for a, c, n_, d, p in rows]
    if progress != sorted(progress, reverse=True) or len(set(progress)) != len(progress):
        errors.append(f"{name}: 排名 not in strictly decreasing order of 完成进度")
    m = re.search(r"共安排县级重点任务(\d+)项，已完成(\d+)项", t)
    if not m or int(m.group(1)) != sum(r[2] for r in rows) or int(m.group(2)) != sum(r[3] for r in rows):
        errors.append(f"{name}: the county totals in the text do not equal the ranking's sums")
    return rows


# ---------------------------------------------------------------- formats
def portal_chrome(name, page, errors):
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "字号", "打印本页", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if '<meta charset="utf-8">' not in page or not re.search(r"字号：<a[^>]*>大</a> <a[^>]*>中</a> <a[^>]*>小</a>", page):
        errors.append(f"{name}: not UTF-8, or no 字号 大 中 小")


def format_checks(raw, texts, notices):
    errors = []
    # 陕西 notice .pdf: LibreOffice, red head, page numbers, landscape table pages, table over a page break
    name = DOCS["shaanxi-zijin-tongzhi"]
    path = os.path.join(HERE, name)
    if "LibreOffice" not in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font")
    pages = pdf_pages(path)
    sq = [evalset.squash(p) for p in pages]
    if "陕西省财政厅" not in sq[0] or DOCNO["shaanxi-zijin-tongzhi"] not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —")
    if FICTION not in sq[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout
    sizes = [tuple(float(x) for x in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    table_pages = [i for i, p in enumerate(sq) if ALLOC_HEAD in p]
    if len(table_pages) < 2 or not all(sizes[i][0] > sizes[i][1] for i in table_pages) or not sizes[0][0] < sizes[0][1]:
        errors.append(f"{name}: the allocation table is not on two or more landscape pages (header repeated)")
    # 延安 通报 .docx: LibreOffice, core properties, two tables with a repeated header row
    name = DOCS["yanan-tuijin-tongbao"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    if len(tables) != 2 or [len(re.findall(r"<w:tr[ >]", x)) for x in tables] != [7, 14] \
            or not all("<w:tblHeader" in x for x in tables):
        errors.append(f"{name}: not two tables (督办 7 rows, ranking 14 rows) with repeated header rows")
    # 甘肃 notice .html: chrome, three tables, rowspan 地区 cells, colspan 合计
    name = DOCS["gansu-zijin-tongzhi"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 3 or '<table class="xxgk">' not in page:
        errors.append(f"{name}: not three tables (信息公开, allocation, 绩效)")
    for w in ("索 引 号", "发文机关", "文　　号", "成文日期", "发布日期", "有 效 性"):
        if w not in page:
            errors.append(f"{name}: 信息公开 table without {w}")
    regions = {r[1] for r in notices["gansu-zijin-tongzhi"]["rows"]}
    if len(re.findall(r'<td rowspan="\d+">', page)) != len(regions) or '<td colspan="4">合计</td>' not in page \
            or -1 in notices["gansu-zijin-tongzhi"]["subs"].values():
        errors.append(f"{name}: not one rowspan 地区 cell per group ending with its 小计, or no colspan 合计")
    # 陇南 通报 .txt: hard breaks, page-number lines, a page break inside a sentence
    name = DOCS["longnan-tuijin-tongbao"]
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
            if not re.search(r"[。：；）]$", before.strip()):
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
        city = CITY_DOC[split]
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
                    if region.startswith(DOC_REGION[city]) or not all(evalset.squash(w) in texts[city] for w in words):
                        errors.append(f"{where}: hierarchy trap must name a place outside the city's 通报, which has the words")
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
    dev_pool, test_pool = pool_split()
    for split, pool in (("fresh19-dev.jsonl", dev_pool), ("fresh19-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f19-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    for kind in ("fragment", "outofscope", "clash"):
        n = [sum(1 for i in by_split[s] if i.startswith(f"x-f19-{kind}-")) for s in SPLITS]
        if n[0] != n[1]:
            errors.append(f"{kind}: not split half and half ({n})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 1800 <= n <= 3200:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 1800–3200")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        for w, qids in later.items():
            if evalset.squash(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    notices = {}
    for doc in ("shaanxi-zijin-tongzhi", "gansu-zijin-tongzhi"):
        notices[doc] = notice_structure(doc, raw[doc], texts[doc], errors)
        print(f"{DOCS[doc]}: {len(notices[doc]['rows'])} rows, 小计 {notices[doc]['subs']}, 合计 {notices[doc]['total']}")
    for doc in ("yanan-tuijin-tongbao", "longnan-tuijin-tongbao"):
        rows = tongbao_structure(doc, raw[doc], texts[doc], notices, errors)
        print(f"{DOCS[doc]}: ranking of {len(rows)} counties, first {rows[0][1] if rows else None}")
    errors += format_checks(raw, texts, notices)
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
