#!/usr/bin/env python3
"""Check fresh33-dev.jsonl / fresh33-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh33/check_fresh33.py            (from the repository root, or anywhere)
    python3 check_fresh33.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh32/check_fresh32.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt as it is); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in
the visible text of its document — or of one of its `docs` — with whitespace removed**).

This round is a **government procurement pair for an 产教融合 project** per split: 山东省日照市 (the 公开招标公告 as a page of a
provincial 政府采购网 portal, the 中标（成交）结果公告 as a LibreOffice .docx with the 中标结果 as a real table; dev) and 云南省红河
哈尼族彝族自治州 (the 竞争性磋商公告 as a LibreOffice PDF with the 采购需求 as a real table, the 成交结果公告 as a portal's 下载 .txt
with the 成交信息 as tab-separated rows; test). So it also checks:
  - lines (as fresh32): id prefixes (rzz- / rzj- / hhc- / hhj- by `doc`, x-f33- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region (a 区 / 县 of 日照市, a
    县级市 / 县 of 红河州) and names it, every other answerable line names its region (REGION_FREE lines: no region, an anchor word
    of their document found in no other document of any round), `docs` lines (each document holds a `must` string, neither all),
    ONLY lines, `two`, punctuation, `unstated` (region = the split's, named; give-away words in the question and in no document
    of this round nor of any earlier round — UNSTATED_ABSENT), `region-clash` (another region of the same province, covered by no
    document of any round but the province's, named in no document, named by the question, and not a region value of an earlier
    line), `outofscope` regions, the seeded split of the fragment lines;
  - **the 公告** (招标 / 磋商): title, 项目编号, 采购方式, 预算金额 = the sum of the 包 budgets, every 包's 最高限价 not above its budget
    and stated in the text, 获取 period (at least 5 working days), the 截止 time (at least 20 days after the 公告 for a 公开招标, 10
    for a 竞争性磋商), the set rules (联合体, 资格, 中小企业 预留 and 价格扣除, 售价, 公告期限 5个工作日, 质疑 7 / 投诉 15个工作日, 担保,
    代理服务费), persons, phones of the area code; none of the result's facts (winners, amounts, experts, 废标 / 终止, its date);
  - **the 结果公告**: title, the same 项目编号, every winner with its amount (not above the 包's 最高限价), the total = their sum,
    the one failed 包 (废标 / 采购终止) with its reason, the 评审专家 / 磋商小组, the 代理服务费 per 包 and their sum (test: 1.2 % of
    the amount; dev: within the 公告's cap), 公告期限 1个工作日, 合同 within 30日, its date after the 截止; none of the 公告's 获取
    period, 售价 or 截止 line;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (公告 2,000–6,000, 结果公告 1,200–4,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh32 checks require in no document; among them **保证金** — the 公告 say 投标担保 /
    响应担保 instead) absent; no name of an earlier round's region-clash region; 云南 named nowhere, 山东 only as the portal's name
    山东政府采购网;
  - formats: the .html is UTF-8 with the portal chrome (top strip, head with search form, nav, breadcrumb 首页 > 采购公告 > 市县公告 >
    招标公告, <h1>, meta line, project-info <table>, body in vF_detail_content with the 包 <table>, attach-box with three <a href>
    links, the 招标文件 .pdf first, footer); the .docx is written by LibreOffice and has one real table (w:tbl), the 中标结果
    (header + 4 包 rows, 废标 in one); the .pdf is produced by LibreOffice, 3–4 pages numbered `— N —`, the 采购需求 table on page
    1; the .txt is valid UTF-8, CRLF throughout, its first line the title, the 成交信息 as 4 tab-separated rows of 5 cells, the 落款
    pushed right with full-width spaces.
It reads all other documents of eval/ (about forty seconds) and prints the counts per kind per split and per document.
"""
import datetime
import importlib
import json
import os
import random
import re
import subprocess
import sys
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
    "rizhao-zhaobiao-gonggao": "rizhao-zhaobiao-gonggao.html",
    "rizhao-zhongbiao-gonggao": "rizhao-zhongbiao-gonggao.docx",
    "honghe-cuoshang-gonggao": "honghe-cuoshang-gonggao.pdf",
    "honghe-chengjiao-gonggao": "honghe-chengjiao-gonggao.txt",
}
DEV, TEST = "fresh33-dev.jsonl", "fresh33-test.jsonl"
SPLITS = {DEV: {"rizhao-zhaobiao-gonggao", "rizhao-zhongbiao-gonggao"},
          TEST: {"honghe-cuoshang-gonggao", "honghe-chengjiao-gonggao"}}
GG = {DEV: "rizhao-zhaobiao-gonggao", TEST: "honghe-cuoshang-gonggao"}
JG = {DEV: "rizhao-zhongbiao-gonggao", TEST: "honghe-chengjiao-gonggao"}
RZ = "山东省日照市"
HH = "云南省红河哈尼族彝族自治州"
REGION = {DEV: RZ, TEST: HH}
PROVINCE = {DEV: "山东省", TEST: "云南省"}
ID_PREFIX = {"rizhao-zhaobiao-gonggao": "rzz-", "rizhao-zhongbiao-gonggao": "rzj-", "honghe-cuoshang-gonggao": "hhc-",
             "honghe-chengjiao-gonggao": "hhj-"}
# GB/T 2260 / 统计用区划代码
REGION_CODES = {
    "山东省": "370000", RZ: "371100", RZ + "东港区": "371102", RZ + "岚山区": "371103", RZ + "五莲县": "371121",
    "山东省东营市": "370500", "山东省威海市": "371000", "山东省临沂市": "371300",
    "云南省": "530000", HH: "532500", HH + "开远市": "532502", HH + "蒙自市": "532503", HH + "弥勒市": "532504",
    HH + "建水县": "532524", HH + "石屏县": "532525", HH + "泸西县": "532527", HH + "元阳县": "532528",
    "云南省楚雄彝族自治州": "532300", "云南省文山壮族苗族自治州": "532600", "云南省西双版纳傣族自治州": "532800",
}
TOWNS = {}
ALIASES = {}
AREA = {DEV: "0633", TEST: "0873"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
# per split: the facts both documents are built on
FACTS = {
    DEV: {"name": "日照市海洋工程职业学校港航物流产教融合实训基地设备采购项目", "no": "RZHY-GK-2026-018", "method": "公开招标",
          "gg_title": "公开招标公告", "jg_title": "中标（成交）结果公告", "min_days": 20,
          "total": "1286.00", "packages": {1: ("486.00", "480.00"), 2: ("365.00", "365.00"), 3: ("298.00", "295.00"),
                                           4: ("137.00", "137.00")},
          "date": "2026年9月8日", "get": ("2026年9月8日", "2026年9月16日"), "deadline": "2026年9月29日", "deadline_line": "提交投标文件截止时间",
          "sale": "售价：0元",
          "rules": ["包1接受联合体投标", "联合体成员不得超过2家", "包2、包3、包4不接受联合体投标", "包4专门面向中小企业采购",
                    "对符合规定的小微企业报价给予10%的扣除", "对联合体报价给予4%的扣除", "不再给予价格扣除",
                    "电子与智能化工程专业承包二级及以上资质", "自本公告发布之日起5个工作日", "7个工作日内", "15个工作日内",
                    "本项目免收投标担保", "金额为合同金额的5%", "包1、包2、包3每包最高不超过5万元，包4最高不超过2万元"],
          "gg_persons": ["相振华", "郝雨菲", "宫立新"], "gg_phones": ["0633-8216705", "0633-8239516", "0633-8787216"],
          "jg_date": "2026年10月14日",
          "winners": {1: ("日照港联智能装备有限公司", "476.80"), 2: ("日照冷链云仓设备有限公司", "352.60"),
                      4: ("日照智汇职教软件有限公司", "128.50")},
          "failed": (3, "废标", "不足3家"), "sum": "957.90",
          "experts": ["綦国栋", "孔令宇", "邵明霞", "卜庆海", "鞠文静"],
          "fees": {1: "4.52万元", 2: "3.66万元", 4: "1.58万元"}, "fee_sum": "9.76万元", "fee_cap": {1: 5, 2: 5, 3: 5, 4: 2},
          "jg_rules": ["自本公告发布之日起1个工作日", "30日内签订政府采购合同", "本公告期限届满之日起7个工作日内"],
          "jg_persons": ["相振华", "宫立新"], "jg_phones": ["0633-8216705", "0633-8239516"]},
    TEST: {"name": "红河州滇南工贸职业技术学校绿色食品加工与跨境电商产教融合实训基地建设项目", "no": "HHZC2026-CS-0932",
           "method": "竞争性磋商", "gg_title": "竞争性磋商公告", "jg_title": "成交结果公告", "min_days": 10,
           "total": "516.00", "packages": {1: ("268.00", "260.00"), 2: ("96.00", "96.00"), 3: ("152.00", "150.00")},
           "date": "2026年10月19日", "get": ("2026年10月19日", "2026年10月26日"), "deadline": "2026年11月3日", "deadline_line": "截止时间",
           "sale": "每包300元，售后不退",
           "rules": ["本项目不接受联合体参加磋商", "包2专门面向小微企业采购", "包1对符合规定的小微企业报价给予15%的扣除",
                     "包3对符合规定的小微企业报价给予5%的扣除", "建筑装修装饰工程专业承包二级及以上资质", "自本公告发布之日起5个工作日",
                     "7个工作日内", "15个工作日内", "本项目免收响应担保", "合同金额10%的履约担保", "按成交金额的1.2%计取",
                     "提交最后报价的供应商不得少于3家"],
           "gg_persons": ["普丽华", "者建明", "马文涛"], "gg_phones": ["0873-3051924", "0873-3721846", "0873-3145072"],
           "jg_date": "2026年11月10日",
           "winners": {1: ("红河州云果食品机械有限公司", "254.36"), 3: ("红河州锦程建设工程有限公司", "146.80")},
           "failed": (2, "采购终止", "不足3家"), "sum": "401.16",
           "experts": ["罗晓燕", "者永福", "段思源", "施红英", "白云峰"],
           "fees": {1: "30523.20元", 3: "17616.00元"}, "fee_sum": "48139.20元", "fee_rate": 0.012,
           "jg_rules": ["自本公告发布之日起1个工作日", "30日内签订政府采购合同", "本公告期限届满之日起7个工作日内"],
           "jg_persons": ["普丽华", "马文涛"], "jg_phones": ["0873-3721846", "0873-3145072"]},
}


def date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def workdays(a, b):
    n, d = 0, a
    while d <= b:
        n += d.weekday() < 5
        d += datetime.timedelta(days=1)
    return n


def cents(s):
    return round(float(s) * 100)


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Thirty-fourth fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def earlier_lines():
    out = []
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and f not in SPLITS:
            out += [json.loads(l) for l in open(os.path.join(EVAL, f), encoding="utf-8") if l.strip()]
    return out


def earlier_documents():
    """The visible text of every document of the other folders of eval/ (docs/ and fresh … fresh32)."""
    texts = {}
    for d in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, d)
        if not os.path.isdir(p) or d in ("tools", os.path.basename(HERE)):
            continue
        for f in sorted(os.listdir(p)):
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".txt", ".md")):
                texts[f"{d}/{f}"] = sq(visible_text(os.path.join(p, f)))
    return texts


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh32/check_fresh32.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    mods = ("make_questions", "questions_dev", "questions_test")
    for n in range(17, 33):
        src = os.path.join(EVAL, f"fresh{n}", "src")
        sys.path.insert(0, src)
        for m in mods:
            sys.modules.pop(m, None)
        mq = importlib.import_module("make_questions")
        for qid, ws in mq.UNSTATED_ABSENT.items():
            if qid not in set(getattr(mq, "HIER", [])):
                for w in ws:
                    words.setdefault(w, []).append(qid)
        for qid, w in getattr(mq, "REGION_FREE", {}).items():
            words.setdefault(w, []).append(qid)
        sys.path.remove(src)
        for m in mods:
            sys.modules.pop(m, None)
    sys.path.insert(0, os.path.join(HERE, "src"))
    return words


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


# ---------------------------------------------------------------- the two documents of a split
def gonggao_checks(split, raw, t, errors):
    f = FACTS[split]
    name = DOCS[GG[split]]
    if sq(f["name"] + f["gg_title"]) not in t or f["no"] not in t or f"采购方式：{f['method']}" not in t:
        errors.append(f"{name}: title, 项目编号 or 采购方式 missing")
    if f"预算金额：{f['total']}万元" not in t:
        errors.append(f"{name}: 预算金额 {f['total']}万元 missing")
    if sum(cents(b) for b, _ in f["packages"].values()) != cents(f["total"]):
        errors.append(f"{name}: the 包 budgets do not add up to the 预算金额")
    if f"共分{len(f['packages'])}个包" not in t:
        errors.append(f"{name}: the number of 包 is not stated")
    for k, (b, cap) in f["packages"].items():
        if cents(cap) > cents(b) or f"包{k}为{cap}万元" not in t or b not in t:
            errors.append(f"{name}: 包{k} budget {b} / 最高限价 {cap} not stated or the cap above the budget")
    g0, g1 = (date(x) for x in f["get"])
    pub, dl = date(f["date"]), date(f["deadline"])
    if f"{f['get'][0]}至{f['get'][1]}" not in t or g0 != pub or workdays(g0, g1) < 5:
        errors.append(f"{name}: 获取 period not stated, not from the 公告's date, or shorter than 5 working days")
    if (dl - pub).days < f["min_days"] or f["deadline_line"] + "：" + f["deadline"] not in t:
        errors.append(f"{name}: 截止 {f['deadline']} missing or fewer than {f['min_days']} days after the 公告")
    for w in f["rules"] + [f["sale"]] + f["gg_persons"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", raw)
    if sorted(set(ph)) != sorted(f["gg_phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {ph}, not those of area code {AREA[split]}")
    for w in [n for n, _ in f["winners"].values()] + [a for _, a in f["winners"].values()] + f["experts"] + \
            [f["jg_date"], f["sum"], f["fee_sum"], f["failed"][1]] + list(f["fees"].values()):
        if sq(w) in t:
            errors.append(f"{name}: {w} is in the 公告 (it belongs to the 结果公告)")


def jieguo_checks(split, raw, t, errors):
    f = FACTS[split]
    name = DOCS[JG[split]]
    if sq(f["name"] + f["jg_title"]) not in t or f["no"] not in t or f["jg_date"] not in t:
        errors.append(f"{name}: title, 项目编号 or date missing")
    if not date(f["jg_date"]) > date(f["deadline"]):
        errors.append(f"{name}: the 结果公告 is not after the 截止")
    for k, (who, amount) in f["winners"].items():
        if who not in t or amount not in t or cents(amount) > cents(f["packages"][k][1]):
            errors.append(f"{name}: 包{k} winner {who} / {amount} missing or above the 最高限价")
    if sum(cents(a) for _, a in f["winners"].values()) != cents(f["sum"]) or f"{f['sum']}万元" not in t:
        errors.append(f"{name}: the total {f['sum']} is not the sum of the amounts")
    k, word, why = f["failed"]
    if k in f["winners"] or f"包{k}{word}" not in t and f"包{k}予以{word}" not in t or why not in t:
        errors.append(f"{name}: 包{k} not {word} with its reason")
    if set(f["winners"]) | {k} != set(f["packages"]):
        errors.append(f"{name}: every 包 needs a winner or the failed note")
    for w in f["experts"] + f["jg_rules"] + f["jg_persons"] + f["jg_phones"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    fees = {k: v for k, v in f["fees"].items()}
    if set(fees) != set(f["winners"]) or not all(f"包{k}为{v}" in t for k, v in fees.items()) or f"合计{f['fee_sum']}" not in t:
        errors.append(f"{name}: 代理服务费 per 包 or their sum missing")
    unit = "万元" if f["fee_sum"].endswith("万元") else "元"
    num = {k: float(v[:-len(unit)]) for k, v in fees.items()}
    if round(sum(num.values()), 2) != float(f["fee_sum"][:-len(unit)]):
        errors.append(f"{name}: the fees do not add up")
    if "fee_rate" in f and not all(round(float(f["winners"][k][1]) * 10000 * f["fee_rate"], 2) == v for k, v in num.items()):
        errors.append(f"{name}: the fees are not {f['fee_rate']:.1%} of the amounts")
    if "fee_cap" in f and not all(v <= f["fee_cap"][k] for k, v in num.items()):
        errors.append(f"{name}: a fee above the 公告's cap")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", raw)
    if sorted(set(ph)) != sorted(f["jg_phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {ph}")
    for w in [f"{f['get'][0]}至{f['get'][1]}", f["sale"], f["deadline_line"] + "：", "最高限价", "预算金额"]:
        if sq(w) in t:
            errors.append(f"{name}: {w!r} is in the 结果公告 (it belongs to the 公告)")


# ---------------------------------------------------------------- formats
def html_checks(errors):
    name = DOCS[GG[DEV]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="top-strip">', '<div class="head">', '<form class="search"', '<div class="nav">',
              '<div class="crumb', '<h1 class="notice-title">', '<div class="notice-meta">', '<table class="project-info">',
              '<div class="vF_detail_content">', '<table class="cgxq">', '<div class="attach-box">', '<div class="foot">',
              "当前位置", "发布时间", "浏览次数", "【打印】", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="crumb[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页采购公告市县公告招标公告":
        errors.append(f"{name}: breadcrumb is {crumb}")
    info = re.search(r'<table class="project-info">(.*?)</table>', page, re.S).group(1)
    if not all(w in info for w in ("项目编号", FACTS[DEV]["no"], "采购方式", "预算金额", "采购人", "代理机构")):
        errors.append(f"{name}: the project-info table lacks a field")
    body = re.search(r'<div class="vF_detail_content">(.*?)</div>', page, re.S).group(1)
    rows = re.findall(r"<tr>(.*?)</tr>", re.search(r'<table class="cgxq">(.*?)</table>', body, re.S).group(1))
    if len(rows) != 1 + len(FACTS[DEV]["packages"]) or "<th>" not in rows[0]:
        errors.append(f"{name}: the 包 table is not a header row and one row a 包")
    box = re.search(r'<div class="attach-box">(.*?)</div>', page, re.S).group(1)
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', box)
    if len(links) != 3 or not links[0][0].endswith(".pdf") or "招标文件" not in links[0][1]:
        errors.append(f"{name}: the attach-box is not three links with the 招标文件 .pdf first")
    if page.index(FACTS[DEV]["date"] + "</p>") > page.index('<div class="attach-box">'):
        errors.append(f"{name}: the 落款 is not before the attachments")


def docx_checks(errors):
    name = DOCS[JG[DEV]]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not one")
    else:
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", tbls[0]))
        nrows = tbls[0].count("<w:tr>") + tbls[0].count("<w:tr ")
        if not all(w in text for w in ("包号", "中标供应商名称", "中标金额", "废标")) or nrows != 1 + len(FACTS[DEV]["packages"]) or \
                not all(a in text for _, a in FACTS[DEV]["winners"].values()):
            errors.append(f"{name}: the table is not the 中标结果 (header + one row a 包)")


def pdf_checks(errors):
    name = DOCS[GG[TEST]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 3 <= len(sp) <= 4 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 3–4 pages numbered — N —, or the note not on the last page")
    if not all(w in sp[0] for w in ("包号", "采购内容", "预留情况", "果蔬加工实训生产线", "实训楼改造工程")):
        errors.append(f"{name}: the 采购需求 table is not (wholly) on page 1")
    print(f"{name}: {len(pages)} pages; 采购需求 table on page 1")


def txt_checks(errors):
    name = DOCS[JG[TEST]]
    raw = open(os.path.join(HERE, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not valid UTF-8")
        return
    if raw.count(b"\r\n") != raw.count(b"\n") or raw.count(b"\r\n") < 30:
        errors.append(f"{name}: not CRLF line ends throughout")
    lines = text.split("\r\n")
    if lines[0] != FACTS[TEST]["name"] + FACTS[TEST]["jg_title"]:
        errors.append(f"{name}: the first line is not the title")
    tab = [l.split("\t") for l in lines if "\t" in l]
    if len(tab) != 1 + len(FACTS[TEST]["packages"]) or any(len(r) != 5 for r in tab) or tab[0][0] != "包号":
        errors.append(f"{name}: the 成交信息 is not {1 + len(FACTS[TEST]['packages'])} tab-separated rows of 5 cells")
    d = [i for i, l in enumerate(lines) if l.strip() == FACTS[TEST]["jg_date"]]
    if len(d) != 1 or not lines[d[0]].startswith("　" * 10):
        errors.append(f"{name}: the 落款 date is not pushed right with full-width spaces")


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = earlier_doc_regions()
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    old = earlier_lines()
    old_values = {d.get("region", "") for d in old}
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    for split in SPLITS:
        gonggao_checks(split, raw[GG[split]], texts[GG[split]], errors)
        jieguo_checks(split, raw[JG[split]], texts[JG[split]], errors)
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
            if not (qid.startswith("x-f33-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f33-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name")
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
                    if not any(named(p, said) for p in parts(region)[1:]):
                        errors.append(f"{where}: the question does not name its region")
                    if strictly and not named(parts(region)[-1], said):
                        errors.append(f"{where}: a region-scoped line must name its 区 / 县 / 县级市")
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
                bad = (not region.startswith(PROVINCE[split]) or region == PROVINCE[split] or region.startswith(REGION[split])
                       or any(region.startswith(r) for r in earlier_regions if r != PROVINCE[split])
                       or any(v.startswith(region) for v in old_values))
                if bad or any(p in t for p in names for t in list(texts.values()) + list(earlier.values())) \
                        or not any(p[:2] in said for p in names):
                    errors.append(f"{where}: clash region must be another region of the same province covered by no document but "
                                  "the province's, named in no document, named by the question, and no earlier line's region")
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
        have = {i for i in by_split[split] if re.match(r"x-f33-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh32 (the checks of fresh17 … fresh27
    # reject a clash region that another jsonl's region value starts with)
    clash_old = set()
    for n in range(17, 33):
        for sp in ("dev", "test"):
            for l in open(os.path.join(EVAL, f"fresh{n}-{sp}.jsonl"), encoding="utf-8"):
                d = json.loads(l)
                if d.get("kind") == "region-clash":
                    clash_old.add(d["region"])
    for split in SPLITS:
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            r = json.loads(l)["region"]
            if r and any(r.startswith(c) for c in clash_old):
                errors.append(f"{split}: region {r} lies in an earlier line's clash region")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        lo, hi = (2000, 6000) if doc in GG.values() else (1200, 4000)
        if not lo <= n <= hi:
            errors.append(f"{f}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        for w, qids in later.items():
            if sq(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
        for p in sorted(clash_names):
            if p in texts[doc]:
                errors.append(f"{f}: {p!r} names an earlier line's clash region")
        if "云南" in texts[doc] or texts[doc].count("山东") != texts[doc].count("山东政府采购网"):
            errors.append(f"{f}: a province named (云南 nowhere, 山东 only as the portal 山东政府采购网)")
        print(f"{f}: {n} characters")
    html_checks(errors)
    docx_checks(errors)
    pdf_checks(errors)
    txt_checks(errors)
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
