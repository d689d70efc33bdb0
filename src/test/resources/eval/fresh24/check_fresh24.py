#!/usr/bin/env python3
"""Check fresh24-dev.jsonl / fresh24-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh24/check_fresh24.py            (from the repository root, or anywhere)
    python3 check_fresh24.py --dump DOC                                 (print a document's visible text)

Adapted from fresh23/check_fresh23.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt without its page-number lines), and
the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/,
keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their
split, `items`, every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a year-end **年度产教融合工作总结** and the **督查整改通报** that follows it: per split one region (the counts of
step 0 favoured 广西 and 湖南, the two provinces with the fewest earlier lines outside those with a provincial-level document
and outside 内蒙古 / 河南 / 重庆 / 北京 / 新疆 / 贵州) with its 总结 (past-tense figures against targets in a 主要指标完成情况 table,
the lead unit of each task, 奖补资金 in parts, 存在问题, 下一步工作打算 with dates) and its 通报 (督查 dates, the 总结 and the same
plan cited, a table 序号 / 问题 / 责任单位 (★ = 牵头单位) / 整改措施 / 整改时限 / 状态 (已完成 / 整改中 / 逾期), counts, 要求
with dates, contacts) (防城港市防城区: the 总结 as a LibreOffice .docx, the 通报 as a LibreOffice-printed .pdf with the table
on a landscape page, dev; 长沙市浏阳市: the 总结 as a portal .html page, the 通报 as PDF-extracted .txt whose table is printed
as `pdftotext -layout` prints collapsed columns, test). So it also checks:
  - regions: GB/T 2260 names (REGION_CODES) for the provinces, cities, counties and clash regions, and the 乡 / 镇 / 街道 of
    the two regions (TOWNS, names as in the 统计用区划代码); every answerable line's region lies in its region (both documents
    cover it); `region-scoped` if and only if the region is a 乡 / 镇 / 街道 of it (a `docs` line: each of its `docs` holds one
    of its `must` strings, neither all); every answerable line names its region, except REGION_FREE lines (no region, an
    anchor word of their document only, in no other document of any round);
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
    ids start with the prefix of their document (fcz / fct / lyz / lyt) or `x-f24-`;
  - ONLY lines have a `must` string that is not in the other document of the split;
  - `unstated`: no give-away word (UNSTATED_ABSENT) in a document covering the line's region; HIER lines name the
    province, the prefecture-level city or another county of it (covered by no document of this or any earlier round) and
    their words ARE in the region's 总结; every other `unstated` line's words are in no document of this or any earlier round;
  - `region-clash` regions: outside both provinces of this round, every earlier document's region and every province with a
    provincial-level document (and 内蒙古 / 河南 / 重庆 / 北京 / 新疆 / 贵州); no earlier region value lies in them; not named in
    the new documents;
  - `fragment`, `outofscope`, `region-clash`: split half and half, exactly as make_questions.pool_split() (fixed seed);
  - the documents: the fictional note in the last lines (the .pdf: on its last page), the .html also in an HTML comment, the
    .docx also in its core properties; lengths 1,400–6,000 characters (whitespace removed); KEEP_OUT (fresh23's list without
    学徒, which this shape needs — as fresh18 did), KEEP_OUT_EARLIER_BY (places and a few give-away words of the earlier lines
    on 广西 / 湖南), no provincial or prefectural figure (UPPER_FIGURE), LATER_ABSENT (the words that ../fresh17 … ../fresh23
    checks require to be in no document of any round) absent;
  - **the 总结**: the 主要指标完成情况 table (the .docx: parsed from src/*.src.txt, every cell a line of the text; the .html:
    parsed from the final page): header, ≥5 rows; 完成率 = 完成情况 / 年度目标 (one decimal); the prose states the same figures
    (认定 N家, 建成 N个, 培养学徒 N人, 奖补资金 total, 年初预算 = target, 预算执行率 = 完成率); the 奖补 parts add up to the total and
    the one-off award = enterprises × amount per enterprise; a row under 100 % is named in 存在问题, a row over 100 % is
    said to be 超额完成; the first three rows' units are said to 牵头; the plan cited by title and 文号; 下一步 dates after
    the 总结's date;
  - **the 通报**: the table (the .pdf: parsed from src/*.src.txt, each row's 序号, 时限 and 状态 on one printed line; the .txt:
    parsed from the final file by column positions, continuation lines joined back): header, 序号 1…N, six filled cells, 状态
    one of 已完成 / 整改中 / 逾期, one ★ at the start of every 责任单位 cell, every unit known; the intro counts (问题 N个, 已完成
    a个, 整改中 b个, 逾期 c个) and the claims about lead units (…牵头的问题已全部 / 均已整改完成; …牵头的N个问题中 1个逾期未完成;
    整改完成率) equal the table's; 逾期 rows' 时限 before the 截至 date, 整改中 rows' after it; 督查 period ≤ 截至 ≤ 通报 date; the
    书面说明 / 报告 deadline after the 通报 date; the 通报 after the 总结; the 总结 cited (title, and 文号 where it has one) and
    the same plan (title and 文号); the 总结's 存在问题 and dates found again in the table (LINKS);
  - formats: the 防城区 .docx written by LibreOffice, core properties, one `w:tbl` (header row repeated: `w:tblHeader`)
    whose cells are lines of the text; the 防城区 .pdf printed by LibreOffice, bold font, red head and 文号 on page 1, pages
    numbered, the table on a landscape page with its header printed as one row; the 浏阳 .html has the portal chrome,
    UTF-8, exactly two tables (信息公开, 指标); the 浏阳 .txt has hard breaks (no body line wider than 35 full-width units),
    page-number lines `— N —`, the table crossing a page break with its header repeated, rows whose cells are separated by
    runs of spaces, wrapped cells, and a page break inside a sentence.
It reads all other documents, the shipped plans included (about 2 minutes), and prints the counts per kind per split.
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
    "fangcheng-gongzuo-zongjie": "fangcheng-gongzuo-zongjie.docx",
    "fangcheng-duban-tongbao": "fangcheng-duban-tongbao.pdf",
    "liuyang-gongzuo-zongjie": "liuyang-gongzuo-zongjie.html",
    "liuyang-duban-tongbao": "liuyang-duban-tongbao.txt",
}
SPLITS = {"fresh24-dev.jsonl": {"fangcheng-gongzuo-zongjie", "fangcheng-duban-tongbao"},
          "fresh24-test.jsonl": {"liuyang-gongzuo-zongjie", "liuyang-duban-tongbao"}}
ZONGJIE = {"fresh24-dev.jsonl": "fangcheng-gongzuo-zongjie", "fresh24-test.jsonl": "liuyang-gongzuo-zongjie"}
TONGBAO = {"fresh24-dev.jsonl": "fangcheng-duban-tongbao", "fresh24-test.jsonl": "liuyang-duban-tongbao"}
FC = "广西壮族自治区防城港市防城区"
LY = "湖南省长沙市浏阳市"
PROVINCE = {"fresh24-dev.jsonl": "广西壮族自治区", "fresh24-test.jsonl": "湖南省"}
DOC_REGION_OF = {"fangcheng-gongzuo-zongjie": FC, "fangcheng-duban-tongbao": FC, "liuyang-gongzuo-zongjie": LY,
                 "liuyang-duban-tongbao": LY}
ID_PREFIX = {"fangcheng-gongzuo-zongjie": "fcz-", "fangcheng-duban-tongbao": "fct-", "liuyang-gongzuo-zongjie": "lyz-",
             "liuyang-duban-tongbao": "lyt-"}
# per split: the 总结's title, 文号 (None: the portal page has none), issuer, date; the plan both documents cite
ZJ = {"fresh24-dev.jsonl": ("防城区2025年产教融合工作总结", "防区产教办〔2026〕3号", "防城港市防城区产教融合工作领导小组办公室", "2026-01-20"),
      "fresh24-test.jsonl": ("浏阳市2025年产教融合工作总结", None, "浏阳市产教融合工作领导小组办公室", "2026-01-22")}
PLAN = {"fresh24-dev.jsonl": ("防城区产教融合三年行动计划（2024—2026年）", "防区政办发〔2024〕18号"),
        "fresh24-test.jsonl": ("浏阳市深化产教融合实施方案（2024—2026年）", "浏政办发〔2024〕21号")}
# per split: the 通报's 文号, issuers, date, 督查 period, 截至 date, the deadline for the 逾期 report
TB = {"fresh24-dev.jsonl": ("防区产教专班〔2026〕5号", ["防城港市防城区产教融合工作专班办公室"], "2026-04-08",
                            ("2026-02-23", "2026-03-06"), "2026-04-03", "2026-04-15"),
      "fresh24-test.jsonl": ("浏督查通〔2026〕6号", ["浏阳市人民政府督查室", "浏阳市产教融合工作专班办公室"], "2026-04-16",
                             ("2026-03-02", "2026-03-13"), "2026-04-10", "2026-04-23")}
STATUS = ("已完成", "整改中", "逾期")
# the 总结's 存在问题 / plans found again in the 通报's table: (words in the 总结, words in a table row of the 通报)
LINKS = {"fresh24-dev.jsonl": [("那良镇边贸物流实训基地未按期建成", "那良镇边贸物流实训基地未按期建成"),
                               ("2026年6月30日前建成", "2026年6月30日前"),
                               ("有2家企业的一次性奖励资金超过规定时限拨付", "2家企业的一次性奖励资金超过规定时限拨付"),
                               ("滩营乡、扶隆镇尚无认定的产教融合型企业", "滩营乡、扶隆镇尚无认定的产教融合型企业"),
                               ("合作期满后未重新签订", "合作期满后未重新签订"),
                               ("水营街道海洋食品实训基地", "水营街道海洋食品实训基地")],
         "fresh24-test.jsonl": [("较目标少3家", "较年度目标少3家"),
                                ("2026年9月30日前完成申报受理", "2026年9月30日前"),
                                ("社港镇、张坊镇尚未建立校企合作关系", "社港镇、张坊镇尚未建立校企合作关系"),
                                ("有3家企业的一次性奖励资金拨付超过规定时限", "3家企业一次性奖励资金拨付超过规定时限"),
                                ("大瑶镇烟花爆竹实训基地安全防护设施", "大瑶镇烟花爆竹实训基地安全防护设施")]}
# GB/T 2260 codes of the region values above the 乡级
REGION_CODES = {
    "广西壮族自治区": "450000", "广西壮族自治区防城港市": "450600", FC: "450603", "广西壮族自治区防城港市上思县": "450621",
    "湖南省": "430000", "湖南省长沙市": "430100", LY: "430181", "湖南省长沙市宁乡市": "430182",
    "广东省珠海市": "440400", "广东省惠州市": "441300", "四川省乐山市峨眉山市": "511181", "江西省上饶市婺源县": "361130",
    "浙江省金华市永康市": "330784", "江西省吉安市井冈山市": "360881",
}
# 乡 / 镇 / 街道 of the two regions (the region-scoped lines and the town units of the tables must be among them)
TOWNS = {
    FC: "水营街道 珠河街道 文昌街道 防城镇 华石镇 那良镇 峒中镇 大菉镇 那梭镇 扶隆镇 茅岭镇 滩营乡 十万山瑶族乡".split(),
    LY: ("淮川街道 集里街道 荷花街道 关口街道 永安镇 北盛镇 洞阳镇 大瑶镇 镇头镇 官渡镇 社港镇 淳口镇 古港镇 张坊镇 达浒镇 "
         "中和镇 柏加镇 文家市镇 大围山镇 澄潭江镇 高坪镇 龙伏镇 枨冲镇 金刚镇 葛家镇 小河乡").split(),
}
LEVEL = {FC: "区", LY: "市"}
ZONES = {FC: [], LY: ["浏阳经济技术开发区管委会"]}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁", "内蒙古", "河南", "重庆", "北京", "新疆", "贵州"]
FICTION = "虚构测试文档，非真实政策"
# fresh23's list without 学徒 (the 总结 reports 学徒 trained; fresh18 dropped it for the same reason)
KEEP_OUT = ("课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 结转").split()
# places and a few give-away words of the earlier lines on 广西 / 湖南 (see README, twenty-fifth set): 广西 — the 钦州 and 柳州
# documents and their districts, the clash lines (南宁, 桂林, 北海, 玉林, 岑溪, 梧州, 河池, 贵港, 百色, 崇左, 来宾, 贺州, 东兴),
# words of the 钦州 unstated lines (fresh16); 湖南 — the 常德 and 岳麓 documents and their places, the clash lines
KEEP_OUT_EARLIER_BY = {
    "广西": ("钦州 钦北 钦南 灵山 浦北 柳州 柳北 柳江 鱼峰 南宁 桂林 北海 玉林 岑溪 梧州 河池 贵港 百色 崇左 来宾 贺州 东兴 "
             "受伤 意外 个税 小程序 分期 户口 专款专用 从业年限 追回 申诉").split(),
    "湖南": ("常德 桃源 武陵 汉寿 澧县 石门 鼎城 岳麓 天心 娄底 岳阳 张家界 怀化 株洲 永州 湘潭 湘西 益阳 衡阳 邵阳 郴州").split(),
}
DOC_PROVINCE = {"fangcheng-gongzuo-zongjie": "广西", "fangcheng-duban-tongbao": "广西", "liuyang-gongzuo-zongjie": "湖南",
                "liuyang-duban-tongbao": "湖南"}
# a provincial or prefectural figure: 自治区 / 省 / 防城港市 / 长沙市 followed within one clause by an amount, a % or a date
# (全区 in the 防城区 documents and 全市 in the 浏阳 documents are the district / the city itself)
UPPER_FIGURE = (r"(自治区级?|广西|省级|全省|湖南省|防城港市(?!防城区)|长沙市)[^，。；]{0,16}?"
                r"(\d+(\.\d+)?(亿元|万元|元|%)|\d+月\d+日)")
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


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
    text = text.split("# Twenty-fifth fresh set")[0]
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
    """Words that fresh17/check_fresh17.py … fresh23/check_fresh23.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18, 19, 20, 21, 22, 23):
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


def date(s):
    """A date 2026年3月5日 / 2026-03-05 → datetime.date (the first one in s)."""
    m = re.search(r"(\d{4})(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})", s)
    return datetime.date(*(int(x) for x in m.groups()))


def src_table(doc, n=0):
    """The n-th @table of a document's src/*.src.txt: (header, rows)."""
    src = open(os.path.join(HERE, "src", doc + ".src.txt"), encoding="utf-8").read()
    block = re.findall(r"@table[^\n]*\n(.*?)@endtable", src, re.S)
    rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in block[n].splitlines() if l.strip().startswith("|")]
    return rows[0], rows[1:], len(block)


# ---------------------------------------------------------------- 工作总结
def zongjie_table(doc, raw, errors):
    name = DOCS[doc]
    if name.endswith(".html"):
        page = open(os.path.join(HERE, name), encoding="utf-8").read()
        table = re.search(r'<table class="zb">(.*?)</table>', page, re.S).group(1)
        trs = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        cells = [[htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)]
                 for tr in trs]
        return cells[0], cells[1:]
    head, rows, n = src_table(doc)
    if n != 1:
        errors.append(f"{name}: not exactly one table in the source")
    lines = [l.strip() for l in raw.splitlines()]
    for r in [head] + rows:
        for c in r:
            if c not in lines:
                errors.append(f"{name} 主要指标: cell {c!r} is not a line of the text")
    return head, rows


def num(cell):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(家|个|人次|人|份|万元|%)", cell)
    return (float(m.group(1)), m.group(2)) if m else (None, None)


def pct(x):
    s = f"{x:.1f}"
    return (s[:-2] if s.endswith(".0") else s) + "%"


def zongjie_structure(split, raw, t, errors):
    doc = ZONGJIE[split]
    name = DOCS[doc]
    title, docno, issuer, day = ZJ[split]
    d = datetime.date.fromisoformat(day)
    sign = f"{d.year}年{d.month}月{d.day}日"
    for w in [title, issuer, sign] + list(PLAN[split]) + ([docno] if docno else []):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    for w in ("主要指标完成情况", "存在问题", "工作打算"):
        if w not in t:
            errors.append(f"{name}: section {w} missing")
    head, rows = zongjie_table(doc, raw, errors)
    if head[:4] != ["指标", "年度目标", "完成情况", "完成率"] or head[4] not in ("责任单位", "牵头单位") or len(rows) < 5:
        errors.append(f"{name}: 主要指标 table is not 指标 / 年度目标 / 完成情况 / 完成率 / 责任单位 with ≥5 rows ({head})")
    fig = {}
    for r in rows:
        (a, ua), (b, ub) = num(r[1]), num(r[2])
        if a is None or b is None or ua != ub or r[3] != pct(b / a * 100):
            errors.append(f"{name}: row {r[0]}: {r[2]} / {r[1]} is not {r[3]}")
            continue
        key = next((k for k in ("产教融合型企业", "实训基地", "学徒", "奖补资金") if k in r[0]), None)
        if key:
            fig[key] = (a, b, r[3], r[4])
        sec = t[t.index("存在问题"):t.index("工作打算")] if "工作打算" in t else ""
        if b < a and key and key not in sec:
            errors.append(f"{name}: row {r[0]} under target but not named in 存在问题")
    if set(fig) != {"产教融合型企业", "实训基地", "学徒", "奖补资金"}:
        errors.append(f"{name}: the table lacks one of 企业 / 实训基地 / 学徒 / 奖补资金 ({sorted(fig)})")
        return rows
    lvl = LEVEL[DOC_REGION_OF[doc]]
    said = {"产教融合型企业": re.findall(rf"认定{lvl}级产教融合型企业(\d+)家", t),
            "实训基地": re.findall(r"建成产教融合实训基地(\d+)个", t),
            "学徒": re.findall(r"培养学徒(\d+)人", t),
            "奖补资金": re.findall(r"兑现产教融合奖补资金([\d.]+)万元", t)}
    for k, found in said.items():  # the table's own cells also match (with the target): one of the hits must be the figure
        if not any(float(x) == fig[k][1] for x in found):
            errors.append(f"{name}: the prose does not state the table's {k} figure {fig[k][1]:g}")
    budget, rate = re.search(r"年初预算([\d.]+)万元", t), re.search(r"预算执行率([\d.]+%)", t)
    if not budget or float(budget.group(1)) != fig["奖补资金"][0] or not rate or rate.group(1) != fig["奖补资金"][2]:
        errors.append(f"{name}: 年初预算 / 预算执行率 differ from the table")
    award = re.search(r"一次性奖励([\d.]+)万元（(\d+)家，每家([\d.]+)万元）", t)
    base = re.search(r"实训基地建设补助([\d.]+)万元", t)
    appr = re.search(r"学徒培养补贴([\d.]+)万元", t)
    if not (award and base and appr):
        errors.append(f"{name}: the 奖补 parts (一次性奖励 N家 每家 M, 实训基地建设补助, 学徒培养补贴) not found")
    else:
        total = round(float(award.group(1)) + float(base.group(1)) + float(appr.group(1)), 1)
        if total != fig["奖补资金"][1]:
            errors.append(f"{name}: the 奖补 parts add up to {total}, not {fig['奖补资金'][1]}")
        if int(award.group(2)) != fig["产教融合型企业"][1] or \
                round(int(award.group(2)) * float(award.group(3)), 1) != float(award.group(1)):
            errors.append(f"{name}: 一次性奖励 is not the enterprises times the amount per enterprise")
    over = [k for k in ("产教融合型企业", "实训基地") if fig[k][1] > fig[k][0]]
    if over and "超额完成" not in t:
        errors.append(f"{name}: {over} over target but not said to be 超额完成")
    for k in ("产教融合型企业", "实训基地", "学徒"):
        if f"{fig[k][3]}牵头" not in t:
            errors.append(f"{name}: {fig[k][3]} is not said to lead ({k})")
    plan = t[t.index("工作打算"):t.rindex(sign)]
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底|)", plan):
        y, mo = int(m.group(1)), int(m.group(2))
        if (y, mo) <= (d.year, d.month):
            errors.append(f"{name}: 下一步 date {m.group(0)} not after the 总结's date {sign}")
    return rows


# ---------------------------------------------------------------- 督查整改通报
def txt_table(raw):
    """The table of the .txt as pdftotext -layout prints it: the header line gives the column starts; a line starting with a
    序号 starts a row, a line starting with spaces continues the cells of the row above; a repeated header is skipped."""
    lines = raw.splitlines()
    hi = next(i for i, l in enumerate(lines) if re.match(r"序号\s{2,}", l))
    header = lines[hi]
    starts = [m.start() for m in re.finditer(r"\S+", header)]
    heads = header.split()
    rows, wrapped, repeated = [], 0, 0
    for l in lines[hi + 1:]:
        if not l.strip():
            continue
        if l == header:
            repeated += 1
            continue
        if re.match(r"\d{1,2}\s{2,}", l) or (l.startswith(" ") and rows):
            cells = []
            for k, s in enumerate(starts):
                e = starts[k + 1] if k + 1 < len(starts) else None
                cells.append(l[s:e].strip() if len(l) > s else "")
            if l[0].isdigit():
                rows.append(cells)
            else:
                wrapped += 1
                rows[-1] = [a + b for a, b in zip(rows[-1], cells)]
            continue
        break
    return heads, rows, wrapped, repeated


def tongbao_rows(split, raw, errors):
    doc = TONGBAO[split]
    name = DOCS[doc]
    if name.endswith(".txt"):
        head, rows, wrapped, repeated = txt_table(raw)
        src = open(os.path.join(HERE, "src", doc + ".src.txt"), encoding="utf-8").read()
        block = re.search(r"@tab\n(.*?)@endtab", src, re.S).group(1)
        want = [[c.strip() for c in l.strip().strip("|").split("|")] for l in block.splitlines() if l.strip().startswith("|")]
        if [head] + rows != want:
            errors.append(f"{name}: the table parsed from the text is not the source's table")
        if not wrapped or not repeated:
            errors.append(f"{name}: no wrapped cell or no repeated header in the table")
        return head, rows
    head, rows, n = src_table(doc)
    if n != 1:
        errors.append(f"{name}: not exactly one table in the source")
    for r in rows:
        if not any(re.match(rf"\s*{r[0]}\s", l) and evalset.squash(r[4]) in evalset.squash(l) and l.rstrip().endswith(r[5])
                   for l in raw.splitlines()):
            errors.append(f"{name}: row {r[0]}'s 序号, 时限 and 状态 are not printed on one line")
    return head, rows


def tongbao_structure(split, raw, t, zt, errors):
    doc = TONGBAO[split]
    name = DOCS[doc]
    docno, issuers, day, (s0, s1), upto, report = TB[split]
    d, upto, report = (datetime.date.fromisoformat(x) for x in (day, upto, report))
    s0, s1 = datetime.date.fromisoformat(s0), datetime.date.fromisoformat(s1)
    sign = f"{d.year}年{d.month}月{d.day}日"
    title, zdocno, _, zday = ZJ[split]
    for w in [docno, sign, title] + issuers + list(PLAN[split]) + ([zdocno] if zdocno else []):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing (the 通报 cites the 总结 and the plan)")
    if f"{s0.year}年{s0.month}月{s0.day}日至{s1.month}月{s1.day}日" not in t or f"截至{upto.year}年{upto.month}月{upto.day}日" not in t:
        errors.append(f"{name}: 督查 period or 截至 date not stated")
    if not (s0 <= s1 < upto <= d < report) or d <= datetime.date.fromisoformat(zday):
        errors.append(f"{name}: dates out of order (督查 {s0}–{s1}, 截至 {upto}, 通报 {d}, report {report}, 总结 {zday})")
    if f"{report.year}年{report.month}月{report.day}日前" not in t:
        errors.append(f"{name}: the 逾期 report deadline {report} not stated")
    head, rows = tongbao_rows(split, raw, errors)
    if head[0] != "序号" or head[1] not in ("发现问题", "存在问题") or head[2:5] != ["责任单位", "整改措施", "整改时限"] \
            or head[5] not in ("整改状态", "状态"):
        errors.append(f"{name}: the table header is {head}")
    if [r[0] for r in rows] != [str(i) for i in range(1, len(rows) + 1)] or not all(len(r) == 6 and all(r) for r in rows):
        errors.append(f"{name}: rows not 1…N in order with six filled cells")
    city = DOC_REGION_OF[doc]
    lvl = LEVEL[city]
    lead = {}
    for r in rows:
        if r[5] not in STATUS:
            errors.append(f"{name}: row {r[0]} status {r[5]!r}")
        if not r[2].startswith("★") or r[2].count("★") != 1:
            errors.append(f"{name}: row {r[0]}: 责任单位 does not start with the one ★ ({r[2]})")
        units = r[2].lstrip("★").split("、")
        lead.setdefault(units[0], []).append(r)
        for u in units:
            place = re.sub(r"(人民政府|办事处)$", "", u)
            if re.search(r"(镇|乡|街道)$", place) and u != place:
                if place not in TOWNS[city]:
                    errors.append(f"{name}: row {r[0]}: {u} is not a 乡 / 镇 / 街道 of {city}")
            elif not (u.startswith(lvl) and re.search(r"(局|中心|办公室)$", u)) and u not in ZONES[city] \
                    and u != "各镇（街道）":
                errors.append(f"{name}: row {r[0]}: unknown unit {u}")
        try:
            due = date(r[4])
        except AttributeError:
            errors.append(f"{name}: row {r[0]}: 时限 {r[4]!r} is not a date")
            continue
        if (r[5] == "逾期" and not due < upto) or (r[5] == "整改中" and not due > upto):
            errors.append(f"{name}: row {r[0]}: {r[5]} with 时限 {due} against 截至 {upto}")
    n = len(rows)
    c = {s: sum(r[5] == s for r in rows) for s in STATUS}
    m = re.search(r"共(?:发现|梳理)问题(\d+)个", t)
    if not m or int(m.group(1)) != n or f"已完成整改{c['已完成']}个" not in t or f"整改中{c['整改中']}个" not in t \
            or f"逾期未完成{c['逾期']}个" not in t:
        errors.append(f"{name}: the intro counts are not the table's ({n}, {c})")
    m = re.search(r"整改完成率([\d.]+%)", t)
    if m and m.group(1) != pct(c["已完成"] / n * 100):
        errors.append(f"{name}: 整改完成率 {m.group(1)} is not {c['已完成']}/{n}")
    m = re.search(r"。([^。]*?)牵头的问题(?:已全部|均已)整改完成", t)
    if not m:
        errors.append(f"{name}: no claim about lead units that finished")
    else:
        for u in m.group(1).split("、"):
            if not lead.get(u) or any(r[5] != "已完成" for r in lead[u]):
                errors.append(f"{name}: {u} is said to have finished, the table says otherwise")
    for m in re.finditer(r"([^。；，]+?)牵头的(\d+)个问题中，(?:有)?(\d+)个逾期未完成", t):
        u = m.group(1)
        if len(lead.get(u, [])) != int(m.group(2)) or sum(r[5] == "逾期" for r in lead[u]) != int(m.group(3)):
            errors.append(f"{name}: the claim about {u} ({m.group(0)}) differs from the table")
    rowtext = ["".join(r) for r in rows]
    for zw, tw in LINKS[split]:
        if evalset.squash(zw) not in zt or not any(tw in x for x in rowtext):
            errors.append(f"{name}: link {zw!r} / {tw!r} not found (总结 / 通报 table)")
    if len(set(re.findall(r"0\d{2,3}-\d{7,8}", t))) < 1 or "联系人" not in t:
        errors.append(f"{name}: no contact person with a phone")
    return rows, c


# ---------------------------------------------------------------- formats
def format_checks(raw, texts):
    errors = []
    # 防城区 总结 .docx: LibreOffice, core properties, one table with a repeated header row
    name = DOCS["fangcheng-gongzuo-zongjie"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    if len(tbls) != 1 or len(re.findall(r"<w:tr[ >]", tbls[0])) != len(src_table("fangcheng-gongzuo-zongjie")[1]) + 1 \
            or "<w:tblHeader" not in tbls[0]:
        errors.append(f"{name}: not one table (主要指标, header row repeated: w:tblHeader)")
    if "防区产教办〔2026〕3号" not in raw["fangcheng-gongzuo-zongjie"].splitlines()[1]:
        errors.append(f"{name}: the 文号 is not under the red head")
    # 防城区 通报 .pdf: LibreOffice, bold, red head and 文号 on page 1, numbered pages, the table on a landscape page
    name = DOCS["fangcheng-duban-tongbao"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font")
    pages = pdf_pages(path)
    sq = [evalset.squash(p) for p in pages]
    if "防城港市防城区产教融合工作专班办公室" not in sq[0] or "防区产教专班〔2026〕5号" not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —")
    if FICTION not in sq[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    heads = [i for i, p in enumerate(pages) if re.search(r"(?m)^\s*序号\s+发现问题\s+责任单位\s+整改措施\s+整改时限\s+整改状态\s*$", p)]
    if not heads:
        errors.append(f"{name}: the table header is not printed as one row")
    else:
        size = subprocess.run(["pdfinfo", "-f", str(heads[0] + 1), "-l", str(heads[0] + 1), path], capture_output=True,
                              text=True).stdout
        w, h = (float(x) for x in re.search(r"size:\s+([\d.]+) x ([\d.]+)", size).groups())
        if w <= h:
            errors.append(f"{name}: the table's page is not landscape")
    # 浏阳 总结 .html: chrome, two tables (信息公开, 指标)
    name = DOCS["liuyang-gongzuo-zongjie"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 2 or '<table class="xxgk">' not in page or '<table class="zb">' not in page:
        errors.append(f"{name}: not exactly the 信息公开 table and the 指标 table")
    for w in ("索 引 号", "发布机构", "关联文件", "发布日期", "公开方式", "浏政办发〔2024〕21号", "计划总结"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    # 浏阳 通报 .txt: hard breaks, page-number lines, the table across a page break with its header repeated, cells separated
    # by runs of spaces, a page break inside a sentence
    name = DOCS["liuyang-duban-tongbao"]
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().splitlines()
    pn = re.compile(r"\s*— \d+ —\s*")

    def width(l):
        return sum(0.5 if ord(ch) < 128 else 1 for ch in l.strip())
    body = [l for l in lines if l.strip() and not pn.fullmatch(l) and FICTION not in l]
    table = [l for l in body if re.match(r"(\d{1,2}|序号)\s{2,}", l) or re.match(r" {5,}\S", l) and not l.startswith(" " * 30)]
    wide = [l for l in body if l not in table and width(l) > 35] + [l for l in table if len(l) > 100]
    pages_n = [i for i, l in enumerate(lines) if pn.fullmatch(l)]
    if wide or len(pages_n) < 2:
        errors.append(f"{name}: lines too wide ({wide[:2]}) or fewer than two page-number lines")
    after = [next((x for x in lines[i + 1:] if x.strip()), "") for i in pages_n]
    if not any(re.match(r"序号\s{2,}", x) for x in after):
        errors.append(f"{name}: the table does not cross a page break with its header repeated")
    if not any(len(re.findall(r"\S\s{2,}(?=\S)", l)) >= 5 for l in table):
        errors.append(f"{name}: no table row whose six cells are separated by runs of spaces")
    mid = False
    for i in pages_n:
        before = [x for x in lines[:i] if x.strip()][-1].strip()
        if not re.search(r"[。：；）？！]$", before) and not re.match(r"\d{1,2}\s", before) and not before.startswith("浏阳市") \
                and not re.match(r"\d{4}年", before):
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
        qd = ZONGJIE[split]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if not (qid.startswith("x-f24-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f24-")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 乡 / 镇 / 街道 of the regions")
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
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the region")
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
                        errors.append(f"{where}: hierarchy trap must name a place outside the region, covered by no document, "
                                      "whose words are in the region's 总结")
                else:
                    if not covering:
                        errors.append(f"{where}: a non-HIER unstated line must name a region covered by this split")
                    for w in words:
                        hits = [x for x in DOCS if w in texts[x]] + [p for p, t in earlier.items() if w in t]
                        if hits:
                            errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                bad = (any(region.startswith(r) or r.startswith(region) for r in DOC_REGION.values())
                       or any(region.startswith(p) for p in PROVINCIAL_REGIONS + ["广西", "湖南"])
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
    for split, pool in (("fresh24-dev.jsonl", dev_pool), ("fresh24-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f24-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    for kind in ("fragment", "outofscope", "clash"):
        n = [sum(1 for i in by_split[s] if i.startswith(f"x-f24-{kind}-")) for s in SPLITS]
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
        zd, td = ZONGJIE[split], TONGBAO[split]
        zrows = zongjie_structure(split, raw[zd], texts[zd], errors)
        rows, c = tongbao_structure(split, raw[td], texts[td], texts[zd], errors)
        print(f"{DOCS[zd]}: 主要指标 {len(zrows)} rows; {DOCS[td]}: {len(rows)} problems ("
              + ", ".join(f"{k} {v}" for k, v in c.items()) + ")")
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
