#!/usr/bin/env python3
"""Check fresh20-dev.jsonl / fresh20-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh20/check_fresh20.py            (from the repository root, or anywhere)
    python3 check_fresh20.py --dump DOC                                 (print a document's visible text)

Adapted from fresh19/check_fresh19.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext
-layout` for the .pdf, `soffice … txt:Text` for the .docx, the <body> text of the .html, the .txt without its page-number
lines), and the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other
*.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings
and a doc of their split, `items`, every `must` string in the visible text of its document — or of one of its `docs` —
with whitespace removed).

This round is evaluation and decisions: per province a provincial 产教融合型企业 年度评价 办法 / 实施细则 with a 评分
细则 / 评分表 (附件), and a prefecture-level city's 会议纪要 of its 产教融合 专班 / 联席会议 with numbered 议定事项
(黑龙江省: the 办法 as a portal .html whose scoring table has rowspan 一级指标 cells, 七台河市's 纪要 as a LibreOffice
.docx, dev; 辽宁省: the 细则 as a LibreOffice-printed .pdf with the scoring table on landscape pages, 本溪市's 纪要 as a
PDF-extracted .txt, test). So it also checks:
  - regions (as fresh19): GB/T 2260 names (REGION_CODES); every answerable line's region lies in the region of its `doc`
    and of each of its `docs`; `region-scoped` if and only if the region lies strictly below the doc's region (a `docs`
    line: below all its documents' regions; each of its `docs` holds one of its `must` strings); every answerable line
    names its region, except REGION_FREE lines (no region, an anchor word of their document only, in no other document
    of any round);
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
  - ONLY lines have a `must` string that is not in the other document of the split;
  - `unstated`: no give-away word (UNSTATED_ABSENT) in a document covering the line's region; HIER lines name a place of
    the province outside the city and their words ARE in the city's 纪要; every other `unstated` line's words are in no
    document of this or any earlier round;
  - `region-clash` regions: outside both provinces, every earlier document's region and every province with a
    provincial-level document; no earlier region value lies in them; not named in the new documents;
  - `fragment`, `outofscope`, `region-clash`: split half and half, exactly as make_questions.pool_split() (fixed seed);
  - the documents: the fictional note in the last lines (a .pdf: on its last page), the .html also in an HTML comment, the
    .docx also in its core properties; lengths 1,800–4,200 characters (whitespace removed); KEEP_OUT (fresh14's list
    without 产教融合型企业 and 优秀, which the brief asks for), KEEP_OUT_EARLIER_BY (give-away words of the earlier lines on
    places in 黑龙江 / 辽宁) and LATER_ABSENT (the words that ../fresh17, ../fresh18 and ../fresh19 checks require to be in
    no document of any round: their non-HIER `unstated` words and REGION_FREE anchors) absent;
  - the 办法 / 细则: 文号, 依据 发改社会〔2019〕590号, the four steps (自评 with a date range, 市级初审 / 省级复核 with a
    date, 公示 with a number of 工作日), the three levels with thresholds that cover 0–100 without a gap, what 优秀 brings
    (an amount, 金融, 土地, 信用), 不合格 → 整改 with a period, 连续2… 不合格 → out, the list of direct exits (≥5), the
    waiting years, 解释, 施行 date, 试行期; **the scoring table parsed from the document** — 序号 1…N in order, 15–20
    rows, every 一级指标 written `XX（N分）` whose rows sum to N, the 基础指标 summing to 100, the 加分项 rows summing to
    its cap `（最高N分）`, ≥2 扣分项 rows;
  - the 纪要: number, date, place, the 副市长 who chaired it, the provincial document cited by title and 文号, 议定事项
    numbered （一）…（N） in order, each with a 责任单位 (lead marked ★ for 七台河, 牵头 for 本溪) and a 完成时限; the 初审
    deadline before the province's and `提前N天` = the difference; the number of 参评 companies in the text = the rows of
    its 附件 名单, whose counties are counties of the city and whose dates qualify under the provincial rule; the money
    reserved = the number of 参评 companies × the city's award; 出席 / 列席 lists with the chair first;
  - formats: the 黑龙江 .html has the portal chrome, UTF-8, two tables (信息公开, scoring), **one rowspan 一级指标 cell per
    group**; the 七台河 .docx was written by LibreOffice, core properties, one table (名单, 10 rows) with a repeated header
    row; the 辽宁 .pdf was produced by LibreOffice, red head and 文号 on page 1, pages numbered, bold font, **the scoring
    table on landscape pages, crossing a page break with its header repeated**; the 本溪 .txt has hard breaks (no body
    line wider than 35 full-width units), page-number lines `— N —` and a page break inside a sentence.
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
    "heilongjiang-pingjia-banfa": "heilongjiang-pingjia-banfa.html",
    "qitaihe-zhuanban-jiyao": "qitaihe-zhuanban-jiyao.docx",
    "liaoning-pingjia-xize": "liaoning-pingjia-xize.pdf",
    "benxi-lianxi-jiyao": "benxi-lianxi-jiyao.txt",
}
SPLITS = {"fresh20-dev.jsonl": {"heilongjiang-pingjia-banfa", "qitaihe-zhuanban-jiyao"},
          "fresh20-test.jsonl": {"liaoning-pingjia-xize", "benxi-lianxi-jiyao"}}
PROVINCE_DOC = {"fresh20-dev.jsonl": "heilongjiang-pingjia-banfa", "fresh20-test.jsonl": "liaoning-pingjia-xize"}
CITY_DOC = {"fresh20-dev.jsonl": "qitaihe-zhuanban-jiyao", "fresh20-test.jsonl": "benxi-lianxi-jiyao"}
BANFA_OF = {"qitaihe-zhuanban-jiyao": "heilongjiang-pingjia-banfa", "benxi-lianxi-jiyao": "liaoning-pingjia-xize"}
CITY_NAME = {"qitaihe-zhuanban-jiyao": "七台河市", "benxi-lianxi-jiyao": "本溪市"}
DOCNO = {"heilongjiang-pingjia-banfa": "黑发改社会规〔2026〕3号", "qitaihe-zhuanban-jiyao": "七政专纪〔2026〕5号",
         "liaoning-pingjia-xize": "辽发改社会〔2026〕27号", "benxi-lianxi-jiyao": "第3期"}
TITLE = {"heilongjiang-pingjia-banfa": "《黑龙江省产教融合型企业年度评价办法（试行）》",
         "liaoning-pingjia-xize": "《辽宁省产教融合型企业年度评价实施细则（试行）》"}
LEAD_MARK = {"qitaihe-zhuanban-jiyao": "★", "benxi-lianxi-jiyao": "牵头"}
# GB/T 2260 codes of the region values (province, prefecture, county level)
REGION_CODES = {
    "黑龙江省": "230000", "黑龙江省七台河市": "230900", "黑龙江省七台河市新兴区": "230902", "黑龙江省七台河市桃山区": "230903",
    "黑龙江省七台河市茄子河区": "230904", "黑龙江省七台河市勃利县": "230921", "黑龙江省双鸭山市": "230500",
    "黑龙江省双鸭山市宝清县": "230523", "黑龙江省双鸭山市集贤县": "230521",
    "辽宁省": "210000", "辽宁省本溪市": "210500", "辽宁省本溪市平山区": "210502", "辽宁省本溪市溪湖区": "210503",
    "辽宁省本溪市明山区": "210504", "辽宁省本溪市南芬区": "210505", "辽宁省本溪市本溪满族自治县": "210521",
    "辽宁省本溪市桓仁满族自治县": "210522", "辽宁省阜新市": "210900", "辽宁省阜新市彰武县": "210922", "辽宁省辽阳市": "211000",
    "辽宁省辽阳市灯塔市": "211081",
    "四川省广元市": "510800", "安徽省淮南市": "340400", "内蒙古自治区乌兰察布市": "150900", "安徽省宿州市": "341300",
    "广东省云浮市": "445300", "四川省资阳市": "512000",
}
# every county-level division of the two cities (the 名单 counties must be among them)
CITY_COUNTIES = {
    "qitaihe-zhuanban-jiyao": "新兴区 桃山区 茄子河区 勃利县".split(),
    "benxi-lianxi-jiyao": "平山区 溪湖区 明山区 南芬区 本溪满族自治县 桓仁满族自治县".split(),
}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁"]
FICTION = "虚构测试文档，非真实政策"
# fresh14's list without 产教融合型企业 and 优秀 (the brief asks for a 产教融合型企业 评价办法 with the level 优秀)
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 结转").split()
# give-away words of the earlier lines on places in 黑龙江 / 辽宁 (see README, twenty-first set), per province, and the
# places: 黑龙江 — 鸡西's 产业导师 补贴, 哈尔滨's 高级工 补贴, 鹤岗's 专项资金 (read); 安达 / 伊春 实训基地, 黑河 补贴, 大庆
# 联合体 资金, 牡丹江 实习, 佳木斯 (held out: topic words only); 齐齐哈尔's unstated lines (补贴, 评价 多少, 认定 有效期; the
# fourth set's words 年龄 … 办理时限, 工匠学院 validity); 辽宁 — 锦州's 产业学院 申报, 丹东's 实习, 鞍山's 产业导师 津贴,
# 沈阳's 订单班 奖励, 大连's unstated lines (实训基地 认定 有效期, 链主企业, 订单班, 住房补贴) (read); 盘锦 实习 补贴, 铁岭
# 学徒, the 营口 / 大石桥 unstated lines (实习 补贴, 申报 技能大师工作室 技师, 申报 下载, 企业实践, 评审, 产业学院 材料) (held out)
KEEP_OUT_EARLIER_BY = {
    "黑龙江": ("导师 高级工 专项资金 实训基地 联合体 实习 补贴 有效期 工匠学院 技能等级 自主评价 交通费 代办 办理时限 "
               "贷款期限 哈尔滨 伊春 佳木斯 大庆 牡丹江 绥化 安达 鸡西 鹤岗 黑河 齐齐哈尔").split(),
    "辽宁": ("产业学院 申报 实习 导师 津贴 订单 链主 住房 有效期 学徒 技能大师 技师 下载 企业实践 评审 实训基地 补贴 "
             "大连 营口 大石桥 沈阳 丹东 盘锦 铁岭 锦州 鞍山").split(),
}
DOC_PROVINCE = {"heilongjiang-pingjia-banfa": "黑龙江", "qitaihe-zhuanban-jiyao": "黑龙江", "liaoning-pingjia-xize": "辽宁",
                "benxi-lianxi-jiyao": "辽宁"}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"
SCORE_HEAD = "序号一级指标二级指标分值评分标准"
NUM = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    return region in REGION_CODES


def earlier_doc_regions():
    """Region cells of the documents tables in eval/README.md above this round's section."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twenty-first fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


# Later rounds' files placed inside this round's clash region 安徽省宿州市 (fresh26: 砀山县, whose section states the loosening): their loosening keeps
# this round's clash line unanswered, so their region values do not count against it.
LATER_IN_CLASH_REGION = {"fresh26-dev.jsonl", "fresh26-test.jsonl"}


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
    """Words that fresh17/check_fresh17.py, fresh18/check_fresh18.py and fresh19/check_fresh19.py require to be in no document of any round (they
    read every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18, 19):
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



# ---------------------------------------------------------------- scoring tables
def score_rows_html(page):
    """(序号, 一级指标, 二级指标, 分值, 评分标准) from the 黑龙江 page's scoring <table> (rowspan 一级指标 cells)."""
    t = [x for x in re.findall(r"<table[^>]*>.*?</table>", page, re.S) if "评分标准" in x][0]
    rows, group, left = [], None, 0
    for tr in re.findall(r"<tr>(.*?)</tr>", t, re.S)[1:]:
        cells = re.findall(r"<td([^>]*)>(.*?)</td>", tr, re.S)
        vals = [htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip() for a, c in cells]
        if "colspan" in cells[0][0]:
            continue
        m = re.search(r'rowspan="(\d+)"', cells[1][0]) if len(cells) > 1 else None
        if m:
            group, left = vals[1], int(m.group(1))
            vals = vals[:1] + vals[2:]
        elif len(vals) == 5:
            group, left, vals = vals[1], 1, vals[:1] + vals[2:]
        left -= 1
        rows.append((int(vals[0]), group, vals[1], int(vals[2]), vals[3]))
    return rows


def score_rows_pdf(raw):
    """The same from `pdftotext -layout` of the 辽宁 .pdf: a merged 一级指标 cell prints once, on its own line or next to
    one row of its group (LibreOffice centres it vertically; a group split by the page break prints it on the first page
    only), so each row's group is the label printed between the previous group's rows and the next label."""
    text = raw[raw.find("评价评分表"):]
    items, labels = [], []
    for l in text.splitlines():
        m = re.match(r"^\s*(\d{1,2})\s+(?:(\S+（[^）]*）|扣分项)\s+)?(\S+)\s+(\d+)\s+(\S.*)$", l)
        if m:
            items.append([int(m.group(1)), None, m.group(3), int(m.group(4)), m.group(5).strip()])
            if m.group(2):
                labels.append((len(items) - 1, m.group(2)))
            continue
        m = re.match(r"^\s*(\S+（[^）]*）|扣分项)\s*$", l)
        if m and items:
            labels.append((len(items) - 0.5, m.group(1)))
    return items, labels


def assign_groups_pdf(items, labels, sizes):
    """Give each row its 一级指标: the groups in order, with the number of rows of each (sizes, from the source)."""
    k = 0
    for name, n in sizes:
        for i in range(k, k + n):
            items[i][1] = name
        k += n
    return [tuple(x) for x in items]


def group_points(name):
    m = re.search(r"（(?:最高)?\s*(\d+)\s*分）", name)
    return int(m.group(1)) if m else None


def check_scoring(name, rows, errors):
    if [r[0] for r in rows] != list(range(1, len(rows) + 1)) or not 15 <= len(rows) <= 20:
        errors.append(f"{name}: scoring rows not 1…N in order with 15 ≤ N ≤ 20 ({[r[0] for r in rows]})")
    groups = []
    for r in rows:
        if r[1] not in groups:
            groups.append(r[1])
    base = 0
    for g in groups:
        pts = sum(r[3] for r in rows if r[1] == g)
        if g.startswith("加分项"):
            if group_points(g) != pts:
                errors.append(f"{name}: 加分项 rows sum to {pts}, its cap is {group_points(g)}")
        elif g == "扣分项":
            if sum(1 for r in rows if r[1] == g) < 2 or not all("扣" in r[4] for r in rows if r[1] == g):
                errors.append(f"{name}: fewer than two 扣分项 rows, or a 扣分项 rule without 扣")
        else:
            if group_points(g) != pts:
                errors.append(f"{name}: {g} rows sum to {pts}")
            base += pts
    if base != 100 or groups[-2:] != [g for g in groups if g.startswith("加分项")] + ["扣分项"]:
        errors.append(f"{name}: 基础指标 sum to {base}, or 加分项 / 扣分项 are not the last two groups")
    for r in rows:
        m = re.search(r"最高(\d+)分", r[4])
        if m and int(m.group(1)) != r[3]:
            errors.append(f"{name}: row {r[0]} 分值 {r[3]} but its rule says 最高{m.group(1)}分")
    return groups


def banfa_structure(doc, raw, t, errors):
    name = DOCS[doc]
    for w in (DOCNO[doc], "发改社会〔2019〕590号", TITLE[doc].strip("《》"), "企业自评", "市级初审", "省级复核", "公示",
              "优秀", "合格", "不合格", "金融", "土地", "信用", "整改", "严重失信主体名单", "负责解释", "施行", "试行期"):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    if not re.search(r"于每年\d+月1日至\d+月3[01]日", t) or not re.search(r"于\d+月3[01]日前完成初审", t) \
            or not re.search(r"于\d+月3[01]日前完成复核", t) or not re.search(r"公示期为\d+个工作日", t):
        errors.append(f"{name}: 自评 / 初审 / 复核 / 公示 dates missing")
    m = re.search(r"(\d+)分及以上为优秀，(\d+)分至(\d+)分为合格，(\d+)分以下为不合格", t)
    if not m or not (int(m.group(3)) + 1 == int(m.group(1)) and m.group(2) == m.group(4)):
        errors.append(f"{name}: the three levels' thresholds leave a gap or overlap")
    if not re.search(r"一次性奖励\d+万元", t) or not re.search(r"连续2(年|次)(年度)?评价结果为不合格", t):
        errors.append(f"{name}: no 优秀 amount or no 连续2… 不合格 rule")
    m = re.search(r"(直接取消其产教融合型企业资格|直接移出名单)：(.*?)。", t)
    if not m or len(re.findall(r"（[一二三四五六七八九]）", m.group(2))) < 5:
        errors.append(f"{name}: fewer than five direct exits")
    if not re.search(r"\d年内不得(再次|重新)申请", t):
        errors.append(f"{name}: no waiting years after an exit")
    if name.endswith(".html"):
        rows = score_rows_html(open(os.path.join(HERE, name), encoding="utf-8").read())
    else:
        items, labels = score_rows_pdf(raw)
        src = open(os.path.join(HERE, "src", doc + ".src.txt"), encoding="utf-8").read()
        sizes, cur = [], None
        for l in src.splitlines():
            c = [x.strip() for x in l.strip("|").split("|")]
            if l.startswith("| ") and len(c) == 5 and c[0].isdigit():
                if c[1] != "^":
                    sizes.append([c[1], 0])
                sizes[-1][1] += 1
        printed = [g for i, g in labels]
        if [g.replace(" ", "") for g in printed] != [s[0] for s in sizes]:
            errors.append(f"{name}: the 一级指标 printed ({printed}) are not the source's groups in order")
        rows = assign_groups_pdf(items, labels, sizes)
        for r in rows:
            if evalset.squash(r[4]) not in t:
                errors.append(f"{name}: the rule of row {r[0]} is not contiguous in the text")
    if evalset.squash(SCORE_HEAD) not in t:
        errors.append(f"{name}: no scoring table header")
    check_scoring(name, rows, errors)
    return rows


# ---------------------------------------------------------------- 纪要
def jiyao_structure(doc, raw, t, texts, errors):
    name = DOCS[doc]
    banfa = BANFA_OF[doc]
    for w in (DOCNO[doc], "会议纪要", "议定事项", "主持", "副市长", "出席：", "列席：", TITLE[banfa], DOCNO[banfa],
              "责任单位：", "完成时限："):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    m = re.search(r"2026年(\d+)月(\d+)日[上下]午，副市长、[^，]+(组长|召集人)(\S{2,3}?)在(\S+?会议室)主持召开", t)
    if not m:
        errors.append(f"{name}: no date / chair / place of the meeting")
    else:
        chair = m.group(4)
        if not re.search(r"出席：" + chair + r"（副市长）", t):
            errors.append(f"{name}: the 出席 list does not start with the chair {chair}")
    body = t[t.find("二、议定事项"):]
    items = re.findall(r"（([一二三四五六七八九十])）[^（]", body[:body.find("会议")] if "会议" in body else body)
    nums = [NUM[x] for x in items]
    if nums != list(range(1, len(nums) + 1)) or len(nums) < 6:
        errors.append(f"{name}: 议定事项 not （一）…（N） in order with N ≥ 6 ({nums})")
    blocks = re.split(r"（[一二三四五六七八九十]）", body)[1:len(nums) + 1]
    for i, b in enumerate(blocks, 1):
        if "责任单位：" not in b or "完成时限：" not in b:
            errors.append(f"{name}: 议定事项 {i} without 责任单位 and 完成时限")
    leads = sum(1 for b in blocks if LEAD_MARK[doc] in b[b.find("责任单位："):])
    if leads < len(blocks) - 1:
        errors.append(f"{name}: the lead unit is marked ({LEAD_MARK[doc]}) in only {leads} of {len(blocks)} 议定事项")
    # 初审 deadline: earlier than the province's, 提前N天 = the difference
    pm = re.search(r"于(\d+)月(\d+)日前完成初审", texts[banfa])
    cm = re.search(r"于(\d+)月(\d+)日前完成初审(?:并报省发展改革委)?，比省定时限提前(\d+)天", t)
    if not pm or not cm:
        errors.append(f"{name}: no 初审 deadline with 提前N天")
    else:
        d1 = datetime.date(2026, int(pm.group(1)), int(pm.group(2)))
        d2 = datetime.date(2026, int(cm.group(1)), int(cm.group(2)))
        if (d1 - d2).days != int(cm.group(3)):
            errors.append(f"{name}: 提前{cm.group(3)}天 but the deadlines differ by {(d1 - d2).days} days")
    # 参评 companies: the text's number = the 名单's rows; counties of the city; dates qualify
    rows = roster(doc, raw)
    m = re.search(r"(\d+)家(?:企业)?(?:于2025年6月30日前列入名单，)?(?:纳入名单已满1年，按照省办法要求)?参加今年", t)
    if not m or int(m.group(1)) != len(rows):
        errors.append(f"{name}: the number of 参评 companies in the text is not the 名单's {len(rows)} rows")
    for no, company, county, when in rows:
        if county not in CITY_COUNTIES[doc]:
            errors.append(f"{name}: {company} in {county}, not a county of the city")
        y = re.match(r"(\d{4})年(\d+)?", when)
        ok = int(y.group(1)) <= 2024 if doc == "qitaihe-zhuanban-jiyao" else \
            (int(y.group(1)), int(y.group(2) or 12)) <= (2025, 6)
        if not ok:
            errors.append(f"{name}: {company} listed {when}, too late for this year's evaluation under the province's rule")
    award = re.search(r"再给予一次性奖励(\d+)万元", t)
    reserve = re.search(r"预留(\d+)万元", t)
    if not award or not reserve or int(award.group(1)) * len(rows) != int(reserve.group(1)):
        errors.append(f"{name}: the money reserved is not the number of 参评 companies × the city's award")
    if not re.search(r"联系人：[^，]*，电话：0\d{2,3}-\d{7,8}", t):
        errors.append(f"{name}: no 联系人 with a phone")
    return len(nums)


def roster(doc, raw):
    """(序号, company, county, date) rows of the 附件 名单 (.docx: one cell a line; .txt: one row a line)."""
    if doc == "qitaihe-zhuanban-jiyao":
        lines = [l.strip() for l in raw[raw.find("主要合作院校\n"):].splitlines()[1:]]
        out = []
        for i in range(0, len(lines) - 4, 5):
            a, c, n, d, s = lines[i:i + 5]
            if not re.fullmatch(r"\d+", a):
                break
            out.append((int(a), c, n, d))
        return out
    return [(int(m.group(1)), m.group(2), m.group(3), m.group(4))
            for m in re.finditer(r"(?m)^(\d+) (\S+有限公司) (\S+) (\d{4}年\d+月)$", raw)]


# ---------------------------------------------------------------- formats
def format_checks(raw, texts, banfa):
    errors = []
    # 黑龙江 办法 .html: chrome, two tables, rowspan 一级指标 cells
    name = DOCS["heilongjiang-pingjia-banfa"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 2 or '<table class="xxgk">' not in page:
        errors.append(f"{name}: not two tables (信息公开, scoring)")
    for w in ("索 引 号", "发文机关", "文　　号", "成文日期", "发布日期", "有 效 性"):
        if w not in page:
            errors.append(f"{name}: 信息公开 table without {w}")
    groups = {r[1] for r in banfa["heilongjiang-pingjia-banfa"]}
    if len(re.findall(r'<td rowspan="\d+">', page)) != len(groups):
        errors.append(f"{name}: not one rowspan 一级指标 cell per group")
    # 七台河 纪要 .docx: LibreOffice, core properties, one table with a repeated header row
    name = DOCS["qitaihe-zhuanban-jiyao"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    if len(tables) != 1 or len(re.findall(r"<w:tr[ >]", tables[0])) != 10 or "<w:tblHeader" not in tables[0]:
        errors.append(f"{name}: not one table (名单, 10 rows) with a repeated header row")
    # 辽宁 细则 .pdf: LibreOffice, red head, page numbers, landscape table pages, table over a page break
    name = DOCS["liaoning-pingjia-xize"]
    path = os.path.join(HERE, name)
    if "LibreOffice" not in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font")
    pages = pdf_pages(path)
    sq = [evalset.squash(p) for p in pages]
    if "辽宁省发展和改革委员会" not in sq[0] or DOCNO["liaoning-pingjia-xize"] not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —")
    if FICTION not in sq[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout
    sizes = [tuple(float(x) for x in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    table_pages = [i for i, p in enumerate(sq) if SCORE_HEAD in p]
    if len(table_pages) < 2 or not all(sizes[i][0] > sizes[i][1] for i in table_pages) or not sizes[0][0] < sizes[0][1]:
        errors.append(f"{name}: the scoring table is not on two or more landscape pages (header repeated)")
    # 本溪 纪要 .txt: hard breaks, page-number lines, a page break inside a sentence
    name = DOCS["benxi-lianxi-jiyao"]
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


def portal_chrome(name, page, errors):
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "字号", "打印本页", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if '<meta charset="utf-8">' not in page or not re.search(r"字号：<a[^>]*>大</a> <a[^>]*>中</a> <a[^>]*>小</a>", page):
        errors.append(f"{name}: not UTF-8, or no 字号 大 中 小")



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
    for split, pool in (("fresh20-dev.jsonl", dev_pool), ("fresh20-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f20-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    for kind in ("fragment", "outofscope", "clash"):
        n = [sum(1 for i in by_split[s] if i.startswith(f"x-f20-{kind}-")) for s in SPLITS]
        if n[0] != n[1]:
            errors.append(f"{kind}: not split half and half ({n})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 1800 <= n <= 4200:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 1800–4200")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        for w, qids in later.items():
            if evalset.squash(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    banfa = {}
    for doc in ("heilongjiang-pingjia-banfa", "liaoning-pingjia-xize"):
        banfa[doc] = banfa_structure(doc, raw[doc], texts[doc], errors)
        print(f"{DOCS[doc]}: {len(banfa[doc])} scoring rows")
    for doc in ("qitaihe-zhuanban-jiyao", "benxi-lianxi-jiyao"):
        n = jiyao_structure(doc, raw[doc], texts[doc], texts, errors)
        print(f"{DOCS[doc]}: {n} 议定事项")
    errors += format_checks(raw, texts, banfa)
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
