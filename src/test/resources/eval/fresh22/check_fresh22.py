#!/usr/bin/env python3
"""Check fresh22-dev.jsonl / fresh22-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh22/check_fresh22.py            (from the repository root, or anywhere)
    python3 check_fresh22.py --dump DOC                                 (print a document's visible text)

Adapted from fresh21/check_fresh21.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext
-layout` for the .pdf, `soffice … txt:Text` for the .docx, the <body> text of the .html, the .txt without its page-number
lines), and the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other
*.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings
and a doc of their split, `items`, every `must` string in the visible text of its document — or of one of its `docs` —
with whitespace removed).

This round is a three-year action plan with a year-by-year target table and the press conference presenting it: per
split one district of a municipality (the counts of step 0 favoured 重庆 and 北京) with its 产教融合三年行动计划（2026—2028年）
(印发通知, 总体要求, **表1 主要指标: 序号 / 指标名称 / 单位 / 2025年基数 / 2026年 / 2027年 / 2028年 / 指标属性 / 责任单位**, 重点任务
(一)…(六) with 责任单位 notes and 完成时限, 保障措施 with the amounts, 附件 年度重点项目 by 镇 / 街道) and its 新闻发布会实录 (host,
speakers, an opening statement restating — and rounding — the plan's figures, reporter questions answered by named
officials, figures only in the 实录) (重庆市永川区: the plan as a LibreOffice-printed .pdf, the 实录 as a portal .html page,
dev; 北京市怀柔区: the plan as a LibreOffice .docx, the 实录 as PDF-extracted .txt, test). So it also checks:
  - regions: GB/T 2260 names (REGION_CODES) for the municipality, districts and clash cities, and the 镇 / 街道 of the two
    districts (TOWNS, names as in the 统计用区划代码; no GB/T 2260 code); every answerable line's region lies in the
    district (both documents cover the district); `region-scoped` if and only if the region is a 镇 / 街道 of the
    district (a `docs` line: each of its `docs` holds one of its `must` strings); every answerable line names its
    region, except REGION_FREE lines (no region, an anchor word of their document only, in no other document of any round);
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
  - ONLY lines have a `must` string that is not in the other document of the split;
  - `unstated`: no give-away word (UNSTATED_ABSENT) in a document covering the line's region; HIER lines name the
    municipality or another district of it (covered by no document of this or any earlier round) and their words ARE in
    the district's 行动计划; every other `unstated` line's words are in no document of this or any earlier round;
  - `region-clash` regions: outside both municipalities, every earlier document's region and every province with a
    provincial-level document; no earlier region value lies in them; not named in the new documents;
  - `fragment`, `outofscope`, `region-clash`: split half and half, exactly as make_questions.pool_split() (fixed seed);
  - the documents: the fictional note in the last lines (a .pdf: on its last page), the .html also in an HTML comment, the
    .docx also in its core properties; lengths 2,000–6,000 characters (whitespace removed); KEEP_OUT (fresh21's list),
    KEEP_OUT_EARLIER_BY (give-away words and places of the earlier lines on 重庆 / 北京), no municipal figure
    (MUNI_FIGURE: the documents name 市级 support only as 市级产教融合型企业 / 市级产业学院 / 市级同类资金, never a 重庆市 / 北京市
    amount, % or date), LATER_ABSENT (the words that ../fresh17 … ../fresh21 checks require to be in no document of any
    round) absent;
  - **the 行动计划** (rows parsed from src/*.src.txt, the one source of the .pdf and the .docx): 表1's header, 序号 1…N in
    order with 12 ≤ N ≤ 16, nine filled cells, values numbers (or `—` as a base, explained in the 注) that do not fall
    from 2026 to 2028, 指标属性 预期性 / 约束性 (≥3 约束性), every 责任单位 starting with one ★ unit; the figures of the 发展目标 /
    主要目标 sentence are the 2028 column; 重点任务 (一)…(六) whose every numbered item ends with `（责任单位：★…）`, ≥3 完成时限;
    文号; the 附件 project table (建设地点 a 镇 / 街道 of the district (TOWNS) or a named zone, 2026年计划投资 ≤ 总投资);
    the .docx: every cell of 表1 a line of its text, two tables, the first of N+1 rows with a repeated header row
    (`w:tblHeader`), a landscape section; the .pdf: 表1's 序号 printed in order at the start of row lines, its header
    repeated on each page it covers (portrait), the 附件 on a landscape page;
  - **the 实录**: host turn first and last, 8–12 reporter questions (`XX记者：`) each answered by a speaker of the 发布人
    list (post + name), the opening statement by a speaker; the counts it restates (主要指标, 约束性, 重点任务) equal the
    plan's; ROUNDED (a figure the 实录 rounds: the rounded words in the 实录, the exact figure in the plan and not in the
    实录); SHILU_ONLY (figures only in the 实录: in it, not in the plan); DERIVED (worked figures of the 实录: arithmetic
    checked against the plan's rates and caps, the 附件's sum, the 专项资金 rows);
  - formats: the 永川 .pdf was produced by LibreOffice, red head and 文号 on page 1, pages numbered, bold font; the 永川
    .html has the portal chrome, UTF-8, one 信息公开 table, the 发布会信息 box and the turns as <p><strong>; the 怀柔
    .docx was written by LibreOffice, core properties; the 怀柔 .txt has hard breaks (no body line wider than 35
    full-width units), page-number lines `— N —` and a page break inside a sentence.
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
    "yongchuan-xingdong-jihua": "yongchuan-xingdong-jihua.pdf",
    "yongchuan-fabuhui-shilu": "yongchuan-fabuhui-shilu.html",
    "huairou-xingdong-jihua": "huairou-xingdong-jihua.docx",
    "huairou-fabuhui-shilu": "huairou-fabuhui-shilu.txt",
}
SPLITS = {"fresh22-dev.jsonl": {"yongchuan-xingdong-jihua", "yongchuan-fabuhui-shilu"},
          "fresh22-test.jsonl": {"huairou-xingdong-jihua", "huairou-fabuhui-shilu"}}
PLAN = {"fresh22-dev.jsonl": "yongchuan-xingdong-jihua", "fresh22-test.jsonl": "huairou-xingdong-jihua"}
SHILU = {"fresh22-dev.jsonl": "yongchuan-fabuhui-shilu", "fresh22-test.jsonl": "huairou-fabuhui-shilu"}
PLAN_OF = {"yongchuan-fabuhui-shilu": "yongchuan-xingdong-jihua", "huairou-fabuhui-shilu": "huairou-xingdong-jihua"}
CITY = {"fresh22-dev.jsonl": "重庆市永川区", "fresh22-test.jsonl": "北京市怀柔区"}
PROVINCE = {"fresh22-dev.jsonl": "重庆市", "fresh22-test.jsonl": "北京市"}
DOC_REGION_OF = {"yongchuan-xingdong-jihua": "重庆市永川区", "yongchuan-fabuhui-shilu": "重庆市永川区",
                 "huairou-xingdong-jihua": "北京市怀柔区", "huairou-fabuhui-shilu": "北京市怀柔区"}
DOCNO = {"yongchuan-xingdong-jihua": "永川府办发〔2026〕17号", "huairou-xingdong-jihua": "怀政办发〔2026〕9号"}
ISSUER = {"yongchuan-xingdong-jihua": "重庆市永川区人民政府办公室", "huairou-xingdong-jihua": "北京市怀柔区人民政府办公室"}
# GB/T 2260 codes of the region values above the 乡级 (municipality, districts, clash cities)
REGION_CODES = {
    "重庆市": "500000", "重庆市永川区": "500118", "重庆市江津区": "500116", "重庆市璧山区": "500120",
    "北京市": "110000", "北京市怀柔区": "110116", "北京市密云区": "110118", "北京市延庆区": "110119",
    "广西壮族自治区百色市": "451000", "广东省揭阳市": "445200", "安徽省黄山市": "341000", "广西壮族自治区崇左市": "451400",
    "广西壮族自治区来宾市": "451300", "广东省潮州市": "445100",
}
# every 镇 / 街道 (乡) of the two districts (the 附件's 建设地点, the towns named in tasks and the region-scoped lines must be
# among them)
TOWNS = {
    "重庆市永川区": ("中山路街道 胜利路街道 南大街街道 茶山竹海街道 大安街道 陈食街道 卫星湖街道 青峰镇 金龙镇 临江镇 何埂镇 松溉镇 "
                 "仙龙镇 吉安镇 五间镇 来苏镇 宝峰镇 双石镇 红炉镇 永荣镇 三教镇 板桥镇 朱沱镇").split(),
    "北京市怀柔区": ("泉河街道 龙山街道 怀柔镇 雁栖镇 庙城镇 北房镇 杨宋镇 桥梓镇 怀北镇 汤河口镇 渤海镇 九渡河镇 琉璃庙镇 宝山镇 "
                 "长哨营满族乡 喇叭沟门满族乡").split(),
}
ZONES = {"重庆市永川区": ["永川高新区"], "北京市怀柔区": ["怀柔科学城"]}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁", "内蒙古", "河南", "重庆", "北京"]
FICTION = "虚构测试文档，非真实政策"
# fresh21's list (fresh20's: fresh14's without 产教融合型企业 and 优秀)
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 结转").split()
# give-away words and places of the earlier lines on 重庆 / 北京 (see README, twenty-third set): 重庆 — the 九龙坡区 documents'
# 厂中校 (its unstated lines ask about the 厂中校 money and 住宿), the clash line on 渝北区 (厂中校), the town 西彭镇; 北京 — the
# 顺义区 documents and towns (仁和, 后沙峪), the unstated lines on 顺义 (违约 / 兼职教师 / 退休 / 年龄: in KEEP_OUT), the clash
# line on 昌平区 (区级产业学院 验收 建设经费), the outofscope line on 北京市 (小客车 摇号)
KEEP_OUT_EARLIER_BY = {
    "重庆": "厂中校 九龙坡 西彭 渝北".split(),
    "北京": "顺义 仁和 后沙峪 昌平 区级产业学院 建设经费 小客车 摇号".split(),
}
DOC_PROVINCE = {"yongchuan-xingdong-jihua": "重庆", "yongchuan-fabuhui-shilu": "重庆", "huairou-xingdong-jihua": "北京",
                "huairou-fabuhui-shilu": "北京"}
# a municipal figure: 重庆市 / 北京市 / 全市 / 市级 / 市里 followed within one clause by an amount or a date
MUNI_FIGURE = r"(重庆市(?!永川区)|北京市(?!怀柔区)|全市|市级|市里)[^，。；]{0,16}?(\d+(\.\d+)?(亿元|万元|元|%)|\d+月\d+日)"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"
HEADER = "序号指标名称单位2025年基数2026年2027年2028年指标属性责任单位"
# figures the 实录 rounds: (rounded words in the 实录, the exact figure in the plan, a string of the exact figure that the
# 实录 must not contain)
ROUNDED = {
    "yongchuan-fabuhui-shilu": [("产教融合型企业将超过60家", "产教融合型企业达到65家", "65家"),
                                ("岗位实习参与率达到九成", "岗位实习参与率达到90%", "90%"),
                                ("毕业生留永就业超过8000人", "毕业生留永就业人数达到8300人", "8300"),
                                ("到2027年导师队伍要超过300人", "10企业产业导师人180240310370", "310")],
    "huairou-fabuhui-shilu": [("产教融合型企业接近40家", "产教融合型企业达到37家", "37家"),
                              ("岗位实习参与率接近九成", "岗位实习参与率达到88%", "88%"),
                              ("到2028年导师总数超过200人", "9企业产业导师人95130170215", "215")],
}
# figures only in the 实录 (in it, not in the plan)
SHILU_ONLY = {
    "yongchuan-fabuhui-shilu": ["132家", "2026年4月15日", "27个校企合作项目", "5月6日至5月31日", "不少于3年", "每学期3600元",
                                "每个一次性资助12万元", "023-49526180", "11家企业和4所院校", "公示7天", "3.3亿元", "4.4亿元"],
    "huairou-fabuhui-shilu": ["41家", "2026年5月20日", "提前10天预约", "6月1日至6月30日", "4月底前公布", "每年12月一次性发放",
                              "同一职工只补贴一次", "010-69621870", "30日内", "1.63亿元", "3.3亿元", "今年9月开始招收首批学员"],
}
# worked figures of the 实录: value → (the arithmetic, the cap it exceeds or None)
DERIVED = {
    "yongchuan-fabuhui-shilu": {"400万元": (400, None), "100万元": (400 * 0.25, 88), "1.56万元": (20 * 3 * 260 / 10000, None),
                                "3600元": (7200 / 2, None), "3.3亿元": (1.0 + 1.1 + 1.25, None)},
    "huairou-fabuhui-shilu": {"300万元": (300, None), "90万元": (300 * 0.30, 76), "1.28万元": (10 * 4 * 320 / 10000, None),
                              "1.63亿元": ((4800 + 5400 + 6100) / 10000, None)},
}
# the 实录's 总投资 of the 年度重点项目 (sum of the 附件's 总投资, rounded to 0.1亿元)
ANNEX_TOTAL = {"yongchuan-fabuhui-shilu": "4.4亿元", "huairou-fabuhui-shilu": "3.3亿元"}


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
    text = text.split("# Twenty-third fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


# Later rounds' files placed inside this round's clash region 安徽省黄山市 (fresh25: 歙县): their loosening keeps
# this round's clash line unanswered, so their region values do not count against it.
LATER_IN_CLASH_REGION = {"fresh25-test.jsonl"}


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


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh21/check_fresh21.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18, 19, 20, 21):
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


# ---------------------------------------------------------------- 行动计划
def plan_source(doc):
    return open(os.path.join(HERE, "src", doc + ".src.txt"), encoding="utf-8").read()


def tables(doc):
    """The @table blocks of the plan's source: [[header, rows], …] (表1 first, the 附件 second)."""
    src = plan_source(doc)
    out = []
    for block in re.findall(r"@table[^\n]*\n(.*?)@endtable", src, re.S):
        rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in block.splitlines() if l.strip().startswith("|")]
        out.append((rows[0], rows[1:]))
    return out


def plan_structure(doc, raw, t, errors):
    name = DOCS[doc]
    district = DOC_REGION_OF[doc]
    (head, rows), (ahead, arows) = tables(doc)
    if "".join(head) != HEADER:
        errors.append(f"{name}: 表1 header is not 序号 / 指标名称 / 单位 / 2025年基数 / 2026年 / 2027年 / 2028年 / 指标属性 / 责任单位")
    if [r[0] for r in rows] != [str(i) for i in range(1, len(rows) + 1)] or not 12 <= len(rows) <= 16:
        errors.append(f"{name}: 表1 rows not 1…N in order with 12 ≤ N ≤ 16")
    for r in rows:
        where = f"{name} 表1 row {r[0]}"
        if len(r) != 9 or not all(r):
            errors.append(f"{where}: not nine filled cells")
            continue
        vals = r[3:7]
        nums = [float(v) for v in vals if re.fullmatch(r"\d+(\.\d+)?", v)]
        if not all(re.fullmatch(r"\d+(\.\d+)?", v) for v in vals[1:]) or not (re.fullmatch(r"\d+(\.\d+)?", vals[0]) or vals[0] == "—"):
            errors.append(f"{where}: year cells are not numbers (a missing base written —)")
        elif nums != sorted(nums):
            errors.append(f"{where}: the targets fall from one year to the next ({vals})")
        if r[7] not in ("预期性", "约束性"):
            errors.append(f"{where}: 指标属性 {r[7]!r}")
        if not r[8].startswith("★") or r[8].count("★") != 1:
            errors.append(f"{where}: 责任单位 does not start with one ★ unit")
        if vals[0] == "—" and "“—”表示2025年" not in t:
            errors.append(f"{where}: a — base without its 注")
    if sum(r[7] == "约束性" for r in rows) < 3:
        errors.append(f"{name}: fewer than three 约束性 indicators")
    # the figures of the goal sentence are the 2028 column
    goal = re.search(r"到2028年，全区(.*?)。", t)
    col2028 = {r[6] for r in rows}
    if not goal:
        errors.append(f"{name}: no 到2028年 goal sentence")
    else:
        for v in re.findall(r"达到(\d+(?:\.\d+)?)|建成\S*?(\d+)个|、\S*?(\d+)个", goal.group(1)):
            v = next(x for x in v if x)
            if v not in col2028:
                errors.append(f"{name}: the goal's {v} is not a 2028 target of 表1")
    # 重点任务: (一)…(六), every numbered item with its 责任单位 note; ≥3 完成时限
    src = plan_source(doc)
    tasks = src[src.index("@h1 重点任务"):src.index("@h1 保障措施")]
    if len(re.findall(r"(?m)^@h2 ", tasks)) != 6:
        errors.append(f"{name}: 重点任务 is not (一)…(六)")
    items = re.findall(r"(?m)^@h3 (.*)$", tasks)
    for it in items:
        if not re.search(r"（责任单位：★[^★）]+）$", it):
            errors.append(f"{name}: task without （责任单位：★…）: {it[:20]}")
    if tasks.count("完成时限") < 3:
        errors.append(f"{name}: fewer than three 完成时限")
    for town in re.findall(r"[\u4e00-\u9fff]{2,4}(?:街道|镇)(?=建设|、|布局|设立|人民政府|办事处|，)", tasks):
        if not any(town.endswith(x) for x in TOWNS[district]):
            errors.append(f"{name}: task names {town}, not a 镇 / 街道 of {district}")
    for w in (DOCNO[doc], ISSUER[doc], "（此件公开发布）", "牵头单位", "约束性", "预期性"):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    # 附件: 序号 / 项目名称 / 建设内容 / 建设地点 / 总投资（万元） / 2026年计划投资（万元） / 责任单位
    if [r[0] for r in arows] != [str(i) for i in range(1, len(arows) + 1)] or len(ahead) != 7:
        errors.append(f"{name}: 附件 rows not 1…M or not seven columns")
    for r in arows:
        if r[3] not in TOWNS[district] + ZONES[district]:
            errors.append(f"{name} 附件 row {r[0]}: 建设地点 {r[3]} is not a 镇 / 街道 of {district} nor a named zone")
        if not (r[4].isdigit() and r[5].isdigit() and int(r[5]) <= int(r[4])) or not r[6].startswith("★"):
            errors.append(f"{name} 附件 row {r[0]}: 投资 cells or ★ 责任单位 wrong")
    # the rows as the final file prints them
    if name.endswith(".docx"):
        lines = [l.strip() for l in raw.splitlines()]
        for r in rows:
            for c in r:
                if c not in lines:
                    errors.append(f"{name} 表1 row {r[0]}: cell {c!r} is not a line of the text")
    else:
        a, b = raw.index("表1"), raw.index("注：责任单位")
        starts = [int(m.group(1)) for m in re.finditer(r"(?m)^\s{0,6}(\d{1,2})\s+", raw[a:b])]
        if starts != list(range(1, len(rows) + 1)):
            errors.append(f"{name}: the 序号 printed in 表1 are {starts}, not 1…{len(rows)}")
    return rows, arows, items


# ---------------------------------------------------------------- 实录
def shilu_turns(doc, raw):
    """(speaker label, words) of the 实录 (.html: <p><strong>label：</strong>…</p>; .txt: `label：` paragraphs)."""
    if DOCS[doc].endswith(".html"):
        page = open(os.path.join(HERE, DOCS[doc]), encoding="utf-8").read()
        return [(evalset.squash(htmlmod.unescape(w)), htmlmod.unescape(s))
                for w, s in re.findall(r"<p><strong>(.*?)：</strong>(.*?)</p>", page, re.S)]
    t = evalset.squash(raw)
    t = t[t.index("主持人何婉清："):]
    t = t[:t.find(FICTION)] if FICTION in t else t
    label = r"(主持人[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,10}记者|区[\u4e00-\u9fff]{2,8}(?:主任|局长)[\u4e00-\u9fff]{2,3}|怀柔科学城管委会副主任[\u4e00-\u9fff]{2,3})："
    cuts = [m for m in re.finditer(label, t)]
    return [(m.group(1), t[m.end():(cuts[i + 1].start() if i + 1 < len(cuts) else len(t))]) for i, m in enumerate(cuts)]


def shilu_structure(doc, raw, t, plan_t, rows, items, arows, errors):
    name = DOCS[doc]
    turns = shilu_turns(doc, raw)
    speakers = re.search(r"发布人：(.*?)(?:主持人|$)", evalset.squash(raw)).group(1)
    if not turns or not turns[0][0].startswith("主持人") or not turns[-1][0].startswith("主持人"):
        errors.append(f"{name}: the host does not open and close")
    qs = [i for i, (w, s) in enumerate(turns) if w.endswith("记者")]
    if not 8 <= len(qs) <= 12:
        errors.append(f"{name}: {len(qs)} reporter questions, not 8–12")
    for i in qs:
        nxt = turns[i + 1][0] if i + 1 < len(turns) else ""
        who = re.sub(r"^.*?(?:主任|局长)", "", nxt)
        if nxt.endswith("记者") or nxt.startswith("主持人") or len(who) < 2 or who not in speakers:
            errors.append(f"{name}: question {turns[i][1][:12]} is not answered by a speaker of the 发布人 list ({nxt})")
    if len(turns) < 2 or turns[1][0].startswith("主持人") or turns[1][0].endswith("记者"):
        errors.append(f"{name}: no opening statement by a speaker after the host")
    n_bind = sum(r[7] == "约束性" for r in rows)
    for w in (f"{len(rows)}项主要指标", f"约束性指标{n_bind}项", f"{len(items)}项重点任务"):
        if w not in t:
            errors.append(f"{name}: does not restate {w}")
    for rounded, exact, absent in ROUNDED[doc]:
        if rounded not in t or exact not in plan_t or absent in t:
            errors.append(f"{name}: rounded figure {rounded!r} / exact {exact!r} in the plan / {absent!r} not in the 实录")
    for w in SHILU_ONLY[doc]:
        if w not in t or w in plan_t:
            errors.append(f"{name}: {w!r} should be in the 实录 only")
    for v, (calc, cap) in DERIVED[doc].items():
        num = float(re.match(r"[\d.]+", v).group())
        if v not in t or (abs(num - calc) > 1e-9 and not (v.endswith("亿元") and calc - num < 0.1)) \
                or (cap is not None and calc <= cap):
            errors.append(f"{name}: worked figure {v} is not {calc} (or not above the cap {cap}) or not in the 实录")
    total = sum(int(r[4]) for r in arows) / 10000
    if f"{len(arows)}个" not in t or ANNEX_TOTAL[doc] not in t or abs(round(total, 1) - float(ANNEX_TOTAL[doc][:-2])) > 1e-9:
        errors.append(f"{name}: the 重点项目 count / 总投资 {ANNEX_TOTAL[doc]} is not the 附件's ({len(arows)}, {total})")
    for town in re.findall(r"[\u4e00-\u9fff]{2,4}(?:街道|镇)(?=的|、|培训点|服务站|人民政府|高端)", t):
        if not any(town.endswith(x) for x in TOWNS[DOC_REGION_OF[doc]] + ["所在镇"]):
            errors.append(f"{name}: names {town}, not a 镇 / 街道 of the district")
    return turns, qs


# ---------------------------------------------------------------- formats
def format_checks(raw, texts, nrows):
    errors = []
    # 永川 行动计划 .pdf: LibreOffice, red head and 文号 on page 1, 表1 (portrait) with its header on every page it covers,
    # the 附件 on a landscape page, page numbers, bold font
    name = DOCS["yongchuan-xingdong-jihua"]
    path = os.path.join(HERE, name)
    if "LibreOffice" not in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font")
    pages = pdf_pages(path)
    sq = [evalset.squash(p) for p in pages]
    if ISSUER["yongchuan-xingdong-jihua"] not in sq[0] or DOCNO["yongchuan-xingdong-jihua"] not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —")
    if FICTION not in sq[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout
    sizes = [tuple(float(x) for x in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    head = re.sub(r"\d{4}年|序号|基数|指标属性", "", HEADER)  # the header cells wrap (2025 年 / 基数, 指标属 / 性)
    t1 = [i for i, p in enumerate(sq) if "指标名称单位" in p and "责任单位" in p and "项目名称" not in p]
    row_pages = [i for i, p in enumerate(pages) if re.search(r"(?m)^\s{0,6}\d{1,2}\s+\S+.*(预期性|约束性)", p)]
    if len(t1) < 2 or set(row_pages) - set(t1) or not all(sizes[i][0] < sizes[i][1] for i in t1) or not head:
        errors.append(f"{name}: 表1 is not on portrait pages crossing a page break with its header on each ({t1}, {row_pages})")
    annex = [i for i, p in enumerate(sq) if "项目名称" in p and "建设地点" in p]
    if not annex or not all(sizes[i][0] > sizes[i][1] for i in annex):
        errors.append(f"{name}: the 附件 is not on a landscape page")
    # 永川 实录 .html: chrome, one 信息公开 table, the 发布会信息 box, the turns as <p><strong>
    name = DOCS["yongchuan-fabuhui-shilu"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 1 or '<table class="xxgk">' not in page or page.count('<div class="fbh">') != 1 \
            or len(re.findall(r"<p><strong>[^<]+：</strong>", page)) < 18:
        errors.append(f"{name}: not one 信息公开 table, one 发布会信息 box and the turns as <p><strong>")
    for w in ("索 引 号", "发布机构", "关联文件", "发布日期", "有 效 性", DOCNO["yongchuan-xingdong-jihua"], "时间：", "地点：", "发布人："):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    # 怀柔 行动计划 .docx: LibreOffice, core properties, two tables (表1 of N+1 rows with a repeated header row), landscape
    name = DOCS["huairou-xingdong-jihua"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    if len(tbls) != 2 or len(re.findall(r"<w:tr[ >]", tbls[0])) != nrows["huairou-xingdong-jihua"] + 1 \
            or "<w:tblHeader" not in tbls[0] or "w:orient=\"landscape\"" not in document:
        errors.append(f"{name}: not two tables, 表1 of N+1 rows with a repeated header row, and a landscape section")
    # 怀柔 实录 .txt: hard breaks, page-number lines, a page break inside a sentence
    name = DOCS["huairou-fabuhui-shilu"]
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
            if not re.search(r"[。：；）？！]$", before.strip()):
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
        qd = PLAN[split]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 镇 / 街道 of a district")
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
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the district")
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
                    errors.append(f"{where}: no give-away words, region not in this split's municipality, or region not named")
                    continue
                for w in words:
                    if any(evalset.squash(w) in texts[x] for x in covering):
                        errors.append(f"{where}: {w!r} occurs in a document covering {region}")
                if qid in HIER:
                    if covering or not all(evalset.squash(w) in texts[qd] for w in words) \
                            or any(region.startswith(r) for r in earlier_docs_regions):
                        errors.append(f"{where}: hierarchy trap must name a place outside the district, covered by no document, "
                                      "whose words are in the district's 行动计划")
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
    for split, pool in (("fresh22-dev.jsonl", dev_pool), ("fresh22-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f22-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    for kind in ("fragment", "outofscope", "clash"):
        n = [sum(1 for i in by_split[s] if i.startswith(f"x-f22-{kind}-")) for s in SPLITS]
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
        m = re.search(MUNI_FIGURE, texts[doc])
        if m:
            errors.append(f"{f}: a municipal figure or date ({m.group(0)!r})")
        for w, qids in later.items():
            if evalset.squash(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    nrows = {}
    for split in SPLITS:
        rows, arows, items = plan_structure(PLAN[split], raw[PLAN[split]], texts[PLAN[split]], errors)
        nrows[PLAN[split]] = len(rows)
        turns, qs = shilu_structure(SHILU[split], raw[SHILU[split]], texts[SHILU[split]], texts[PLAN[split]], rows, items,
                                    arows, errors)
        print(f"{DOCS[PLAN[split]]}: 表1 {len(rows)} rows, {len(items)} tasks, 附件 {len(arows)} projects; "
              f"{DOCS[SHILU[split]]}: {len(turns)} turns, {len(qs)} reporter questions")
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
