#!/usr/bin/env python3
"""Check fresh23-dev.jsonl / fresh23-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh23/check_fresh23.py            (from the repository root, or anywhere)
    python3 check_fresh23.py --dump DOC                                 (print a document's visible text)

Adapted from fresh22/check_fresh22.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext
-layout` for the .pdf, `soffice … txt:Text` for the .docx, the <body> text of the .html, the .txt without its page-number
lines), and the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other
*.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings
and a doc of their split, `items`, every `must` string in the visible text of its document — or of one of its `docs` —
with whitespace removed).

This round is a recognition call and its result: per split one county-level city (the counts of step 0 favoured 新疆 and
贵州, the two provinces with the fewest earlier lines and no provincial-level document) with its **认定申报指南** for
产教融合型企业 and 产教融合实训基地 (印发通知 with 文号, 申报类别和数量, 申报条件, 申报材料 list, **时间安排 as a table 阶段 / 时间 /
事项**, 评审方式, 支持政策 with amounts, 联系方式, 有关要求, 附件 titles) and its **拟认定名单公示** (intro paragraph, 公示期 dates,
异议 procedure with hours, contact and address, **the 名单 table 序号 / 企业名称 / 所属行业 / 申报类别 / 推荐单位**, 说明, signature
and date) (库尔勒市: the 指南 as a LibreOffice-printed .pdf, the 公示 as a portal .html page, dev; 凯里市: the 指南 as a
LibreOffice .docx, the 公示 as PDF-extracted .txt, test). So it also checks:
  - regions: GB/T 2260 names (REGION_CODES) for the provinces, prefectures, cities, counties and clash regions, and the
    乡 / 镇 / 街道 of the two cities (TOWNS, names as in the 统计用区划代码; no GB/T 2260 code); every answerable line's region
    lies in the city (both documents cover the city); `region-scoped` if and only if the region is a 乡 / 镇 / 街道 of the
    city (a `docs` line: each of its `docs` holds one of its `must` strings, neither all); every answerable line names its
    region, except REGION_FREE lines (no region, an anchor word of their document only, in no other document of any round);
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
    ids start with the prefix of their document (klz / klg / kaz / kag) or `x-f23-`;
  - ONLY lines have a `must` string that is not in the other document of the split;
  - `unstated`: no give-away word (UNSTATED_ABSENT) in a document covering the line's region; HIER lines name the
    province, the prefecture or another county of it (covered by no document of this or any earlier round) and their
    words ARE in the city's 申报指南; every other `unstated` line's words are in no document of this or any earlier round;
  - `region-clash` regions: outside both provinces of this round, every earlier document's region and every province
    with a provincial-level document (and 内蒙古 / 河南 / 重庆 / 北京); no earlier region value lies in them; not named in
    the new documents;
  - `fragment`, `outofscope`, `region-clash`: split half and half, exactly as make_questions.pool_split() (fixed seed);
  - the documents: the fictional note in the last lines (a .pdf: on its last page), the .html also in an HTML comment, the
    .docx also in its core properties; lengths 1,400–6,000 characters (whitespace removed); KEEP_OUT (fresh22's list),
    KEEP_OUT_EARLIER_BY (places and give-away words of the earlier lines on 新疆 / 贵州), no provincial or prefectural
    figure (UPPER_FIGURE: the documents name 自治区级 / 省级 only as a level to be recommended to, never with an amount, % or
    date), LATER_ABSENT (the words that ../fresh17 … ../fresh22 checks require to be in no document of any round) absent;
  - **the 申报指南** (parsed from src/*.src.txt, the one source of the .pdf and the .docx): 文号, every issuing body in the
    red head and the 落款, date, `（此件公开发布）`; the sections 申报条件 / 申报材料 / 时间安排 / 评审方式 / 支持政策 / 联系方式 /
    有关要求; the 时间安排 table: header 阶段 / 时间 / 事项, 4–6 rows of three filled cells, stages 申报 → 初审 → 评审 → 公示 →
    认定 / 授牌 with dates that do not go backwards, the 公示 row stating the 公示期; ≥3 amounts in 支持政策; ≥3 phone numbers;
  - **the 拟认定名单公示**: the 名单's header, 序号 1…N in order, five filled cells a row (the .txt: a wrapped 企业名称 joined
    back), 申报类别 产教融合型企业 / 产教融合实训基地 in that order; the counts of the intro and the 说明 (N项, 企业 M家, 基地 K)
    equal the table's and do not exceed the 指南's caps; the enterprises in both categories are those the 说明 names; no
    推荐单位 recommends more enterprises than the 指南 allows; every 镇 / 乡 / 街道 推荐单位 is one of the city (TOWNS); the
    公示 cites the 指南's 文号 and title; the 公示期 dates: after the 指南's 评审 stage, inside its 公示 window (上旬 / 中旬),
    as long as the 指南 says (5个工作日 = five weekdays; 7天 = seven days), starting on the 落款 date; the contact phone is
    one of the 指南's;
  - formats: the 库尔勒 .pdf was produced by LibreOffice, red head and 文号 on page 1, pages numbered, bold font, the 时间安排
    table with its header; the 库尔勒 .html has the portal chrome, UTF-8, exactly two tables (信息公开, 名单); the 凯里 .docx
    was written by LibreOffice, core properties, one `w:tbl` (header row repeated: `w:tblHeader`) whose cells are lines of
    the text; the 凯里 .txt has hard breaks (no body line wider than 35 full-width units, no table line wider than 40),
    page-number lines `— N —`, the 名单 crossing a page break with its header repeated, a wrapped 企业名称, and a page break
    inside a sentence.
It reads all 94 other documents, the shipped plans included (about 2 minutes), and prints the counts per kind per split.
"""
import datetime
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
    "kuerle-rending-zhinan": "kuerle-rending-zhinan.pdf",
    "kuerle-gongshi-mingdan": "kuerle-gongshi-mingdan.html",
    "kaili-rending-zhinan": "kaili-rending-zhinan.docx",
    "kaili-gongshi-mingdan": "kaili-gongshi-mingdan.txt",
}
SPLITS = {"fresh23-dev.jsonl": {"kuerle-rending-zhinan", "kuerle-gongshi-mingdan"},
          "fresh23-test.jsonl": {"kaili-rending-zhinan", "kaili-gongshi-mingdan"}}
ZHINAN = {"fresh23-dev.jsonl": "kuerle-rending-zhinan", "fresh23-test.jsonl": "kaili-rending-zhinan"}
MINGDAN = {"fresh23-dev.jsonl": "kuerle-gongshi-mingdan", "fresh23-test.jsonl": "kaili-gongshi-mingdan"}
KEL = "新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市"
KL = "贵州省黔东南苗族侗族自治州凯里市"
CITY = {"fresh23-dev.jsonl": KEL, "fresh23-test.jsonl": KL}
PROVINCE = {"fresh23-dev.jsonl": "新疆维吾尔自治区", "fresh23-test.jsonl": "贵州省"}
DOC_REGION_OF = {"kuerle-rending-zhinan": KEL, "kuerle-gongshi-mingdan": KEL, "kaili-rending-zhinan": KL, "kaili-gongshi-mingdan": KL}
ID_PREFIX = {"kuerle-rending-zhinan": "klz-", "kuerle-gongshi-mingdan": "klg-", "kaili-rending-zhinan": "kaz-",
             "kaili-gongshi-mingdan": "kag-"}
DOCNO = {"kuerle-rending-zhinan": "库发改发〔2026〕31号", "kaili-rending-zhinan": "凯发改联〔2026〕12号"}
ISSUERS = {"kuerle-rending-zhinan": ["库尔勒市发展和改革委员会", "库尔勒市教育局", "库尔勒市人力资源和社会保障局"],
           "kaili-rending-zhinan": ["凯里市发展和改革局", "凯里市教育局", "凯里市人力资源和社会保障局", "凯里市财政局"]}
TITLE = {"kuerle-rending-zhinan": "2026年度库尔勒市产教融合型企业和产教融合实训基地认定申报指南",
         "kaili-rending-zhinan": "凯里市2026年度产教融合型企业和产教融合实训基地认定申报指南"}
ISSUED = {"kuerle-rending-zhinan": "2026年4月20日", "kaili-rending-zhinan": "2026年5月8日"}
# the 指南's caps (企业 家, 基地 个) and the most enterprises one 推荐单位 may recommend
CAPS = {"kuerle-rending-zhinan": ("不超过20家", "不超过10个", "不超过6家"), "kaili-rending-zhinan": ("不超过15家", "不超过6个", "不超过5家")}
# the 公示期 as the 指南 states it and as the 名单 gives it: (words in the 指南, words in the 名单, start, end, kind)
GONGSHI = {"fresh23-dev.jsonl": ("公示期5个工作日", "（5个工作日）", "2026-07-06", "2026-07-10", "workdays"),
           "fresh23-test.jsonl": ("公示7天", "共7天", "2026-07-15", "2026-07-21", "days")}
# GB/T 2260 codes of the region values above the 乡级
REGION_CODES = {
    "新疆维吾尔自治区": "650000", "新疆维吾尔自治区巴音郭楞蒙古自治州": "652800", KEL: "652801",
    "新疆维吾尔自治区巴音郭楞蒙古自治州尉犁县": "652823",
    "贵州省": "520000", "贵州省黔东南苗族侗族自治州": "522600", KL: "522601", "贵州省黔东南苗族侗族自治州雷山县": "522634",
    "湖南省湘西土家族苗族自治州": "433100", "广西壮族自治区贺州市": "451100", "四川省攀枝花市": "510400",
    "广东省汕头市": "440500", "湖北省恩施土家族苗族自治州": "422800", "四川省阿坝藏族羌族自治州": "513200",
}
# 乡 / 镇 / 街道 of the two cities (the 推荐单位 and the region-scoped lines must be among them)
TOWNS = {
    KEL: ("团结街道 萨依巴格街道 天山街道 新城街道 建设街道 塔什店镇 上户镇 西尼尔镇 和什力克乡 恰尔巴格乡 铁克其乡 英下乡 "
          "兰干乡 阿瓦提乡 托布力其乡 哈拉玉宫乡 普惠乡").split(),
    KL: ("大十字街道 西门街道 城西街道 湾溪街道 洗马河街道 鸭塘街道 开怀街道 白午街道 炉山镇 万潮镇 龙场镇 湾水镇 三棵树镇 "
         "舟溪镇 旁海镇 下司镇 碧波镇 大风洞镇").split(),
}
ZONES = {KEL: ["库尔勒经济技术开发区"], KL: ["凯里经济开发区"]}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁", "内蒙古", "河南", "重庆", "北京"]
FICTION = "虚构测试文档，非真实政策"
# fresh22's list (fresh21's)
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 结转").split()
# places and give-away words of the earlier lines on 新疆 / 贵州 (see README, twenty-fourth set): 新疆 — the 克拉玛依 documents
# and districts (乌尔禾, 独山子), the clash lines on 乌鲁木齐 / 吐鲁番 / 哈密 / 阿克苏, the unstated lines on 克拉玛依 (产业学院,
# 合格, 学费, 评审费 / 专家: the last three in KEEP_OUT); 贵州 — the 六盘水 documents and places (六枝, 盘州), the clash lines on
# 贵阳 / 安顺 / 毕节 / 遵义 / 铜仁 / 黔南 / 黔西南
KEEP_OUT_EARLIER_BY = {
    "新疆": "克拉玛依 乌尔禾 独山子 乌鲁木齐 吐鲁番 哈密 阿克苏 产业学院 合格".split(),
    "贵州": "六盘水 六枝 盘州 贵阳 安顺 毕节 遵义 铜仁 黔南 黔西南 产业学院".split(),
}
DOC_PROVINCE = {"kuerle-rending-zhinan": "新疆", "kuerle-gongshi-mingdan": "新疆", "kaili-rending-zhinan": "贵州",
                "kaili-gongshi-mingdan": "贵州"}
# a provincial or prefectural figure: 自治区 / 省 / 州 (级) followed within one clause by an amount, a % or a date
UPPER_FIGURE = r"(自治区级?|全区|省级|全省|贵州省|巴音郭楞|巴州(?!恒远)|黔东南州|州级|全州)[^，。；]{0,16}?(\d+(\.\d+)?(亿元|万元|元|%)|\d+月\d+日)"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"
MD_HEADER = "序号企业名称所属行业申报类别推荐单位"
QY, JD = "产教融合型企业", "产教融合实训基地"


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/镇/街道/…."""
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    """Region cells of the documents tables in eval/README.md above this round's section."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twenty-fourth fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


# Later rounds' files placed inside this round's clash region 广西壮族自治区贺州市 (fresh30): their loosening keeps
# this round's clash line unanswered, so their region values do not count against it.
LATER_IN_CLASH_REGION = {"fresh30-test.jsonl"}


def earlier_region_values():
    out = set()
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and f not in SPLITS and f not in LATER_IN_CLASH_REGION:
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


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh22/check_fresh22.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18, 19, 20, 21, 22):
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
    sys.path.insert(0, os.path.join(HERE, "src"))
    return words


# ---------------------------------------------------------------- 申报指南
def zhinan_source(doc):
    return open(os.path.join(HERE, "src", doc + ".src.txt"), encoding="utf-8").read()


def schedule(doc):
    """The 时间安排 table of the 指南's source: (header, rows)."""
    block = re.findall(r"@table[^\n]*\n(.*?)@endtable", zhinan_source(doc), re.S)
    rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in block[0].splitlines() if l.strip().startswith("|")]
    return rows[0], rows[1:], len(block)


def first_date(cell):
    """(month, day) of the first date of a 时间 cell; 上旬 / 中旬 / 下旬 → day 1 / 11 / 21; a bare month → day 1."""
    m = re.search(r"(\d+)月(\d+)日", cell)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.search(r"(\d+)月(上旬|中旬|下旬)?", cell)
    return int(m.group(1)), {"上旬": 1, "中旬": 11, "下旬": 21, None: 1}[m.group(2)]


def zhinan_structure(split, raw, t, errors):
    doc = ZHINAN[split]
    name = DOCS[doc]
    for w in [DOCNO[doc], TITLE[doc], ISSUED[doc], "（此件公开发布）"] + ISSUERS[doc]:
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    for issuer in ISSUERS[doc]:
        if t.count(issuer) < 2:
            errors.append(f"{name}: {issuer} not both in the red head and the 落款")
    for w in ("申报条件", "申报材料", "时间安排", "评审方式", "支持政策", "联系方式", "有关要求", "附件"):
        if w not in t:
            errors.append(f"{name}: section {w} missing")
    head, rows, n_tables = schedule(doc)
    if head != ["阶段", "时间", "事项"] or n_tables != 1 or not 4 <= len(rows) <= 6:
        errors.append(f"{name}: 时间安排 is not one table 阶段 / 时间 / 事项 of 5 rows")
    stages = [r[0] for r in rows]
    want = ["申报", "初审", "评审", "公示", "授牌"]
    if len(rows) != 5 or not all(len(r) == 3 and all(r) for r in rows) \
            or not all(w in rows[i][0] or w in rows[i][2] for i, w in enumerate(want)):
        errors.append(f"{name}: 时间安排 rows are not 申报 → 初审 → 评审 → 公示 → 认定 / 授牌 with three filled cells ({stages})")
    dates = [first_date(r[1]) for r in rows]
    if dates != sorted(dates):
        errors.append(f"{name}: the 时间安排 dates go backwards ({dates})")
    for r in rows:
        if not r[1].startswith("2026年"):
            errors.append(f"{name}: 时间 cell {r[1]!r} does not start with the year")
    if GONGSHI[split][0] not in rows[3][2]:
        errors.append(f"{name}: the 公示 row does not state {GONGSHI[split][0]}")
    src = zhinan_source(doc)
    policy = src[src.index("@h1 支持政策"):src.index("@h1 联系方式")]
    if len(re.findall(r"\d+(?:\.\d+)?(?:万元|元|%)", policy)) < 3:
        errors.append(f"{name}: fewer than three amounts in 支持政策")
    if len(set(re.findall(r"0\d{3}-\d{7}", t))) < 3:
        errors.append(f"{name}: fewer than three phone numbers")
    # the rows as the final file prints them: the .docx writes every cell as a line; the .pdf keeps each 时间 cell on a line
    if name.endswith(".docx"):
        lines = [l.strip() for l in raw.splitlines()]
        for r in [head] + rows:
            for c in r:
                if c not in lines:
                    errors.append(f"{name} 时间安排: cell {c!r} is not a line of the text")
    else:
        for r in rows:
            if not any(evalset.squash(l).startswith(r[0] + r[1]) or (r[0] in l and evalset.squash(r[1]) in evalset.squash(l))
                       for l in raw.splitlines()):
                errors.append(f"{name} 时间安排: row {r[0]} / {r[1]} not printed on one line")
    return rows


# ---------------------------------------------------------------- 拟认定名单公示
def mingdan_rows(doc, raw):
    """The 名单's rows [序号, 企业名称, 所属行业, 申报类别, 推荐单位] as the final file has them (the .txt: a wrapped 企业名称 joined
    back; the repeated header skipped), and the header."""
    if DOCS[doc].endswith(".html"):
        page = open(os.path.join(HERE, DOCS[doc]), encoding="utf-8").read()
        table = re.search(r'<table class="md">(.*?)</table>', page, re.S).group(1)
        trs = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        cells = [[htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)]
                 for tr in trs]
        return "".join(cells[0]), cells[1:], []
    lines = raw.splitlines()
    start = next(i for i, l in enumerate(lines) if l.replace(" ", "") == MD_HEADER)
    rows, wrapped, repeated = [], [], 0
    for l in lines[start + 1:]:
        s = l.strip()
        if not s:
            continue
        if s.replace(" ", "") == MD_HEADER:
            repeated += 1
            continue
        m = re.match(r"(\d{1,2}) (\S+) (\S+) (\S+) (\S+)$", s)
        if m:
            rows.append(list(m.groups()))
        elif rows and not s.startswith("　") and len(s) <= 6:
            rows[-1][1] += s
            wrapped.append(rows[-1][1])
        else:
            break
    return MD_HEADER if repeated else "", rows, wrapped


def workdays(a, b):
    d, n = a, 0
    while d <= b:
        n += d.weekday() < 5
        d += datetime.timedelta(days=1)
    return n


def mingdan_structure(split, raw, t, zt, zrows, errors):
    doc, zdoc = MINGDAN[split], ZHINAN[split]
    name = DOCS[doc]
    head, rows, wrapped = mingdan_rows(doc, raw)
    if head != MD_HEADER:
        errors.append(f"{name}: the 名单 header is not 序号 / 企业名称 / 所属行业 / 申报类别 / 推荐单位 (or, .txt, not repeated)")
    if [r[0] for r in rows] != [str(i) for i in range(1, len(rows) + 1)] or not all(len(r) == 5 and all(r) for r in rows):
        errors.append(f"{name}: 名单 rows not 1…N in order with five filled cells")
    cats = [r[3] for r in rows]
    n_qy, n_jd = cats.count(QY), cats.count(JD)
    if cats != [QY] * n_qy + [JD] * n_jd:
        errors.append(f"{name}: 申报类别 not 产教融合型企业 first, then 产教融合实训基地")
    intro = re.search(r"等(\d+)家企业为", t)
    base = re.search(r"等(\d+)家企业与职业院校共建的实训基地", t)
    total = re.search(r"名单共(\d+)项", t)
    if not (intro and base and total) or (int(intro.group(1)), int(base.group(1)), int(total.group(1))) != (n_qy, n_jd, len(rows)):
        errors.append(f"{name}: the counts of the intro / 说明 are not the table's ({n_qy}, {n_jd}, {len(rows)})")
    cap_qy, cap_jd, cap_rec = (int(re.search(r"\d+", c).group()) for c in CAPS[zdoc])
    if any(evalset.squash(c) not in zt for c in CAPS[zdoc]) or n_qy > cap_qy or n_jd > cap_jd:
        errors.append(f"{name}: more enterprises / bases than the 指南 allows ({CAPS[zdoc]})")
    both = sorted({r[1] for r in rows if r[3] == QY} & {r[1] for r in rows if r[3] == JD})
    said = re.search(r"([\u4e00-\u9fff、]+?)同时(?:申报|列入)两个类别", t)
    if not both or not said or sorted(said.group(1).split("、")) != both:
        errors.append(f"{name}: the enterprises in both categories ({both}) are not those the 说明 names")
    per = {}
    for r in rows:
        per.setdefault(r[4], set()).add(r[1])
    if max(len(v) for v in per.values()) > cap_rec:
        errors.append(f"{name}: a 推荐单位 recommends more than {cap_rec} enterprises")
    city = DOC_REGION_OF[doc]
    for rec in per:
        place = re.sub(r"(人民政府|办事处|管委会)$", "", rec)
        if re.search(r"(镇|乡|街道)$", place) and place not in TOWNS[city]:
            errors.append(f"{name}: 推荐单位 {rec} is not a 乡 / 镇 / 街道 of {city}")
        if not re.search(r"(镇|乡|街道)$", place) and place not in ZONES[city] and not rec.startswith("市"):
            errors.append(f"{name}: 推荐单位 {rec} is neither a town, the zone, nor a 市 department")
    for w in (DOCNO[zdoc], TITLE[zdoc]):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: does not cite the 指南 ({w})")
    zwords, mwords, a, b, kind = GONGSHI[split]
    a, b = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
    span = (b - a).days + 1 if kind == "days" else workdays(a, b)
    want = int(re.search(r"\d+", zwords).group())
    sign = f"{a.year}年{a.month}月{a.day}日"
    if mwords not in t or f"{a.month}月{a.day}日至" not in t or f"{b.month}月{b.day}日" not in t or span != want:
        errors.append(f"{name}: 公示期 {a}–{b} is not {zwords} of the 指南 or not stated")
    review_end = re.findall(r"(\d+)月(\d+)日", zrows[2][1])[-1]
    window = first_date(zrows[3][1])
    if (a.month, a.day) <= tuple(int(x) for x in review_end) or not (a.month == window[0] and window[1] <= a.day < window[1] + 10):
        errors.append(f"{name}: 公示 starts {a}, not after the 评审 stage or not inside the 指南's 公示 window {zrows[3][1]}")
    if not t.endswith(sign) and not re.search(re.escape(sign) + r"(相关链接|本页为虚构|虚构测试)", t):
        errors.append(f"{name}: the 落款 date is not {sign}")
    phones = re.findall(r"0\d{3}-\d{7}", t)
    if not phones or phones[0] not in zt:
        errors.append(f"{name}: the 异议 contact phone is not one of the 指南's")
    return rows, wrapped


# ---------------------------------------------------------------- formats
def format_checks(raw, texts):
    errors = []
    # 库尔勒 指南 .pdf: LibreOffice, red head and 文号 on page 1, pages numbered, bold font, the 时间安排 table with its header
    name = DOCS["kuerle-rending-zhinan"]
    path = os.path.join(HERE, name)
    if "LibreOffice" not in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font")
    pages = pdf_pages(path)
    sq = [evalset.squash(p) for p in pages]
    if not all(i in sq[0] for i in ISSUERS["kuerle-rending-zhinan"]) or DOCNO["kuerle-rending-zhinan"] not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —")
    if FICTION not in sq[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    if not any(re.search(r"(?m)^\s*阶段\s+时间\s+事项\s*$", p) for p in pages):
        errors.append(f"{name}: the 时间安排 header 阶段 / 时间 / 事项 is not printed as a table row")
    # 库尔勒 公示 .html: chrome, two tables (信息公开, 名单)
    name = DOCS["kuerle-gongshi-mingdan"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 2 or '<table class="xxgk">' not in page or '<table class="md">' not in page:
        errors.append(f"{name}: not exactly the 信息公开 table and the 名单 table")
    for w in ("索 引 号", "发布机构", "关联文件", "发布日期", "有 效 性", DOCNO["kuerle-rending-zhinan"], "公示期：", "联系人：", "地址："):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    # 凯里 指南 .docx: LibreOffice, core properties, one table with a repeated header row
    name = DOCS["kaili-rending-zhinan"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    if len(tbls) != 1 or len(re.findall(r"<w:tr[ >]", tbls[0])) != len(schedule("kaili-rending-zhinan")[1]) + 1 \
            or "<w:tblHeader" not in tbls[0]:
        errors.append(f"{name}: not one table (时间安排, header row repeated: w:tblHeader)")
    # 凯里 公示 .txt: hard breaks, page-number lines, the 名单 across a page break with its header repeated, a page break
    # inside a sentence
    name = DOCS["kaili-gongshi-mingdan"]
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().splitlines()
    pn = re.compile(r"\s*— \d+ —\s*")

    def width(l):
        return sum(0.5 if ord(ch) < 128 else 1 for ch in l.strip())
    body = [l for l in lines if l.strip() and not pn.fullmatch(l) and FICTION not in l]
    table = [l for l in body if re.match(r"\d{1,2} \S", l) or l.replace(" ", "") == MD_HEADER]
    wide = [l for l in body if l not in table and width(l) > 35] + [l for l in table if width(l) > 40]
    pages_n = [i for i, l in enumerate(lines) if pn.fullmatch(l)]
    if wide or len(pages_n) < 2:
        errors.append(f"{name}: lines too wide ({wide[:2]}) or fewer than two page-number lines")
    after = [next((x for x in lines[i + 1:] if x.strip()), "") for i in pages_n]
    if not any(x.replace(" ", "") == MD_HEADER for x in after):
        errors.append(f"{name}: the 名单 does not cross a page break with its header repeated")
    mid = False
    for i in pages_n:
        before = [x for x in lines[:i] if x.strip()][-1].strip()
        if not re.search(r"[。：；）？！]$", before) and not re.match(r"\d{1,2} \S", before):
            mid = True
    if not mid:
        errors.append(f"{name}: no page break inside a sentence")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, HIER, REGION_FREE, pool_split  # noqa: E402
    errors = []
    if DOC_REGION != DOC_REGION_OF:
        errors.append("make_questions.DOC_REGION differs from DOC_REGION_OF")
    earlier_docs_regions = earlier_doc_regions()
    if len(earlier_docs_regions) < 30:
        errors.append(f"README.md: only {len(earlier_docs_regions)} earlier document regions found")
    earlier_values = earlier_region_values()
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    ids = set()
    by_split = {}
    for split, allowed in SPLITS.items():
        qd = ZHINAN[split]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if not (qid.startswith("x-f23-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f23-")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 乡 / 镇 / 街道 of the cities")
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
                        if not all(any(evalset.squash(m) not in texts[x] for m in d["must"]) for x in d["docs"]):
                            errors.append(f"{where}: a docs line one document alone answers")
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
                                      "whose words are in the city's 申报指南")
                else:
                    if not covering:
                        errors.append(f"{where}: a non-HIER unstated line must name a region covered by this split")
                    for w in words:
                        hits = [x for x in DOCS if w in texts[x]] + [p for p, t in earlier.items() if w in t]
                        if hits:
                            errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                bad = (any(region.startswith(r) or r.startswith(region) for r in DOC_REGION.values())
                       or any(region.startswith(p) for p in PROVINCIAL_REGIONS + ["新疆", "贵州"])
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
    for split, pool in (("fresh23-dev.jsonl", dev_pool), ("fresh23-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f23-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    for kind in ("fragment", "outofscope", "clash"):
        n = [sum(1 for i in by_split[s] if i.startswith(f"x-f23-{kind}-")) for s in SPLITS]
        if n[0] != n[1]:
            errors.append(f"{kind}: not split half and half ({n})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 1400 <= n <= 6000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 1400–6000")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        m = re.search(UPPER_FIGURE, texts[doc])
        if m:
            errors.append(f"{f}: a provincial or prefectural figure or date ({m.group(0)!r})")
        for w, qids in later.items():
            if evalset.squash(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    for split in SPLITS:
        zd, md = ZHINAN[split], MINGDAN[split]
        zrows = zhinan_structure(split, raw[zd], texts[zd], errors)
        rows, wrapped = mingdan_structure(split, raw[md], texts[md], texts[zd], zrows, errors)
        print(f"{DOCS[zd]}: 时间安排 {len(zrows)} rows; {DOCS[md]}: 名单 {len(rows)} rows "
              f"({sum(r[3] == QY for r in rows)} {QY}, {sum(r[3] == JD for r in rows)} {JD})"
              + (f", wrapped 企业名称 {wrapped}" if wrapped else ""))
    errors += format_checks(raw, texts)
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
