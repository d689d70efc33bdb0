#!/usr/bin/env python3
"""Check fresh35-dev.jsonl / fresh35-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh35/check_fresh35.py            (from the repository root, or anywhere)
    python3 check_fresh35.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh34/check_fresh34.py. The documents are read exactly as ../tools/evalset.py reads them (`pdftotext -layout`
for the .pdf, `soffice … txt:Text` for the .docx, the <body> text of the .html, the .txt as it is, CRLF turned into LF); the
schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys,
kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split,
**every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**).

This round is, per split, **a city 人社局 + 财政局 notice publishing the year's 职业技能培训补贴标准目录 (the catalogue as a table
annex) and the same city's 经办规程 / 申领操作规程 for 企业职工技能提升补贴 and 企业新型学徒制补贴**: 河北省邯郸市 (the notice as a
page of the bureau's portal with the catalogue as a real <table>, the 经办规程 as a LibreOffice PDF with a 时限 table; dev) and
吉林省松原市 (the notice as a LibreOffice .docx with the catalogue as a real w:tbl, the 申领操作规程 as a CRLF plain-text export
with a tab-separated 时限 table; test). So it also checks:
  - lines (as fresh34): id prefixes (hdm- / hdg- / sym- / syg- by `doc`, x-f35- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region (a 区 / 县 / 县级市 of the
    city) and names it (a place named in no document of this round), every other answerable line names its region (REGION_FREE
    lines: no region, an anchor word of their document found in no other document of any round), `docs` lines (each document
    holds a `must` string, neither all), ONLY lines, `two`, punctuation, `unstated` (region = the split's, named; give-away words
    in no document of this round nor of any earlier round — UNSTATED_ABSENT), `region-clash` (a city of the same province, or a
    县 / 县级市 of one, covered by no document of any round but the province's, its last part named in no document of any round and
    no part of it in this round's documents, named by the question, and not inside an earlier line's region value),
    `outofscope` regions, the seeded split of the fragment lines;
  - **the notice**: title, 文号, 发文机关, contacts and phones of the area code, dates in order (成文 ≤ 发布 < the 规程's date ≤
    施行 < end of validity; test: the validity is two years to the day), the replaced year's 文号; **the catalogue** as built by
    src/make_handan_html.py / src/make_songyuan_docx.py (CATALOGUE): the numbers of 职业（工种）, 专项职业能力 and 紧缺 occupations
    stated in the text = the catalogue's; the markup percentages and the cap stated in the text = the generator's; dev: every
    ★ row's 上浮后标准 = min(标准 × 1.2, 3000) and every 学徒 row's = 标准 × 1.1 (in the page's own <table>, read back with its
    rowspans); every example the text restates (a 工种 and 等级, its 标准, the raised figure) is the catalogue's row and computed by
    the rule (dev: ×1.2, ×1.1, capped; test: ×1.15, ×1.1, stacked ×1.25, capped at 2500); the 学徒 standards restated in the text
    (dev: ×1.1; test: +500元) = the catalogue's; the new occupations named in the text are in the catalogue; no 时限 (工作日 /
    公示期) in the notice;
  - **the 规程**: title, 文号, date, the notice it implements named, contacts and phones of the area code (the 职业能力建设科 phone
    the notice's), its 时限 table (src/make_handan_pdf.py S1 / src/make_songyuan_txt.py STEPS): every step's 时限 restated in the
    text, the 工作日 adding up to the 合计 row (dev) and to the 合计 stated in the text (dev with the 公示期, test without its 7天),
    the two 学徒 instalments adding up to 100 %; no catalogue figure (`元/人`) and no occupation of the catalogue in the 规程;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (notice 2,000–6,000, 规程 1,500–5,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh34 checks require in no document) absent; no name of an earlier round's
    region-clash region; neither province (河北 / 吉林) named; no region value of this round inside a clash region of
    fresh17 … fresh34; neither city used by an earlier round;
  - formats: the .html is UTF-8 with the portal chrome (top bar, banner with search form, menu, breadcrumb 首页 > 政务公开 > 通知公告,
    信息公开 table with 索引号 / 文号 / 成文日期 / 发布日期, <h1>, info line with 发布时间 / 来源 / 浏览次数 / 字号, the text in
    <div id="zoom">, the catalogue <table class="mulu"> with rowspan and colspan, 附件下载, 【打印本页】【关闭窗口】, 上一篇 / 下一篇,
    footer with 网站标识码 and ICP备); the .pdf is produced by LibreOffice, 3–5 pages numbered `— N —`, the 时限 table's header in
    it; the .docx is written by LibreOffice with exactly one real table (w:tbl) of the catalogue's rows; the .txt is valid UTF-8
    without BOM, every line ending in CRLF, its first lines title / 文号, the 时限 table as tab-separated rows equal to STEPS.
It reads all other documents of eval/ (about fifty seconds) and prints the counts per kind per split and per document.
"""
import datetime
import html as htmlmod
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

import crossround  # noqa: E402

crossround.install()
visible_text = crossround.visible_text
sq = evalset.squash

DOCS = {
    "handan-butie-mulu": "handan-butie-mulu.html",
    "handan-jingban-guicheng": "handan-jingban-guicheng.pdf",
    "songyuan-butie-mulu": "songyuan-butie-mulu.docx",
    "songyuan-shenling-guicheng": "songyuan-shenling-guicheng.txt",
}
DEV, TEST = "fresh35-dev.jsonl", "fresh35-test.jsonl"
SPLITS = {DEV: {"handan-butie-mulu", "handan-jingban-guicheng"},
          TEST: {"songyuan-butie-mulu", "songyuan-shenling-guicheng"}}
NOTICE = {DEV: "handan-butie-mulu", TEST: "songyuan-butie-mulu"}
RULES = {DEV: "handan-jingban-guicheng", TEST: "songyuan-shenling-guicheng"}
HD = "河北省邯郸市"
SY = "吉林省松原市"
REGION = {DEV: HD, TEST: SY}
PROVINCE = {DEV: "河北省", TEST: "吉林省"}
ID_PREFIX = {"handan-butie-mulu": "hdm-", "handan-jingban-guicheng": "hdg-", "songyuan-butie-mulu": "sym-",
             "songyuan-shenling-guicheng": "syg-"}
# GB/T 2260 / 统计用区划代码
REGION_CODES = {
    "河北省": "130000", HD: "130400", HD + "邯山区": "130402", HD + "丛台区": "130403", HD + "峰峰矿区": "130406",
    HD + "临漳县": "130423", HD + "成安县": "130424", HD + "涉县": "130426", HD + "磁县": "130427", HD + "馆陶县": "130433",
    HD + "武安市": "130481",
    "河北省邢台市": "130500", "河北省邢台市宁晋县": "130528", "河北省邢台市南宫市": "130581",
    "河北省秦皇岛市": "130300", "河北省秦皇岛市昌黎县": "130322",
    "吉林省": "220000", SY: "220700", SY + "宁江区": "220702", SY + "前郭尔罗斯蒙古族自治县": "220721", SY + "长岭县": "220722",
    SY + "乾安县": "220723", SY + "扶余市": "220781",
    "吉林省辽源市": "220400", "吉林省辽源市东丰县": "220421",
}
TOWNS = {}
ALIASES = {}
AREA = {DEV: "0310", TEST: "0438"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
# per split: the facts both documents are built on (the catalogue and the 时限 table are read from the generators in src/)
FACTS = {
    DEV: {"title": "邯郸市人力资源和社会保障局 邯郸市财政局关于公布2026年度邯郸市职业技能培训补贴标准目录的通知",
          "doc_no": "邯人社字〔2026〕23号", "issuers": ["邯郸市人力资源和社会保障局", "邯郸市财政局"],
          "written": (D(2026, 3, 10), "2026年3月10日"), "published": (D(2026, 3, 13), "2026年3月13日"),
          "start": (D(2026, 4, 1), "《目录》自2026年4月1日起施行"), "end": (D(2027, 3, 31), "有效期至2027年3月31日"),
          "old_no": "邯人社字〔2025〕18号",
          "people": ["郑雅楠", "冯立军"], "phones": ["0310-6012487", "0310-6026631"], "office_phone": "0310-6012487",
          "counts": "本年度《目录》共列明职业（工种）{}个、专项职业能力{}项，其中急需紧缺职业（工种）{}个",
          "new_jobs": ["工业机器人系统运维员", "轧钢工"], "new_text": "新增工业机器人系统运维员、轧钢工{}个职业（工种）",
          "ups": ["补贴标准上浮{star}%", "补贴标准上浮{qy}%", "上浮后单人单次补贴最高不超过{cap}元"],
          # (工种, 等级, rule, sentence) — rule: star ×(1+STAR_UP), qy ×(1+QY_UP), cap = CAP where ×(1+STAR_UP) exceeds it
          "examples": [("焊工", "三级/高级工", "star", "{job}{level}补贴标准为{base}元/人，上浮后为{v}元/人"),
                       ("钳工", "四级/中级工", "qy", "{job}{level}补贴标准为{base}元/人，产教融合型企业职工取证的按{v}元/人补贴"),
                       ("焊工", "二级/技师", "cap", "{job}{level}补贴标准为{base}元/人，上浮后按{v}元/人执行")],
          "appr_text": ("中级工每人每年{}元、高级工每人每年{}元、技师每人每年{}元", "即中级工每人每年{}元、高级工每人每年{}元、技师每人每年{}元"),
          "rules_title": "邯郸市企业职工技能提升补贴和企业新型学徒制补贴经办规程", "rules_no": "邯人社办〔2026〕11号",
          "rules_date": (D(2026, 3, 20), "2026年3月20日"), "rules_start": (D(2026, 4, 1), "本规程自2026年4月1日起施行"),
          "rules_cites": "《2026年度邯郸市职业技能培训补贴标准目录》（邯人社字〔2026〕23号）",
          "rules_people": ["孟繁宇"], "rules_phones": ["0310-6018325", "0310-6012487"],
          "step_text": {"受理": "收到申请后{}内完成受理", "初审": "受理后{}内完成初审", "复审": "{}内完成复审", "公示": "公示期为{}",
                        "审定": "在{}内审定", "拨付": "收到拨付申请后{}内"},
          "total_text": "全流程（含公示期）合计不超过{}个工作日", "total_with_publicity": True,
          "instalments": ["金额为补贴总额的{}%", "企业可申请其余{}%"], "shares": (50, 50)},
    TEST: {"title": "松原市人力资源和社会保障局　松原市财政局关于印发《松原市职业技能培训补贴标准目录（2026年版）》的通知",
           "doc_no": "松人社联〔2026〕6号", "issuers": ["松原市人力资源和社会保障局", "松原市财政局"],
           "written": (D(2026, 2, 24), "2026年2月24日"), "published": None,
           "start": (D(2026, 3, 1), "《标准目录》自2026年3月1日起执行"),
           "end": (D(2028, 2, 29), "有效期两年（2026年3月1日至2028年2月29日）"), "two_years": True,
           "old_no": "松人社联〔2024〕4号",
           "people": ["白晓东", "隋明杰"], "phones": ["0438-6123579", "0438-6130824"], "office_phone": "0438-6123579",
           "counts": "《标准目录》共收录职业（工种）{}个、专项职业能力{}项，其中重点产业紧缺工种{}个",
           "new_jobs": [], "new_text": None,
           "ups": ["重点产业紧缺工种的补贴标准上浮{star}%", "其职工取证的补贴标准上浮{qy}%", "合计上浮{both}%",
                   "上浮后每人每次补贴不超过{cap}元"],
           "examples": [("采油工", "中级（四级）", "star", "{job}{level}补贴标准为{base}元，上浮15%后为{v}元"),
                        ("采油工", "中级（四级）", "both", "该职工所在企业为产教融合型企业的，叠加上浮后为{v}元"),
                        ("焊工", "中级（四级）", "qy", "{job}{level}补贴标准为{base}元，产教融合型企业职工取证的为{v}元"),
                        ("电工", "技师（二级）", "bothcap", "{job}{level}补贴标准为{base}元，叠加上浮后为{raw}元，超过上限的按{v}元核定")],
           "appr_text": ("每人每年中级工{}元、高级工{}元", "即中级工{}元、高级工{}元"),
           "rules_title": "松原市企业职工技能提升补贴和企业新型学徒制补贴申领操作规程", "rules_no": "松人社办发〔2026〕3号",
           "rules_date": (D(2026, 3, 6), "2026年3月6日"), "rules_start": (D(2026, 3, 6), "本规程自印发之日起施行"),
           "rules_cites": "《松原市职业技能培训补贴标准目录（2026年版）》（松人社联〔2026〕6号）",
           "rules_people": ["于海波"], "rules_phones": ["0438-6129056", "0438-6123579"],
           "step_text": {"受理审核": "在{}内完成受理审核", "复核": "在{}内完成复核", "公示": "公示期{}", "审批": "在{}内审批",
                         "拨付": "市财政局在{}内"},
           "total_text": "除公示期外，上述环节办理时限合计不超过{}个工作日", "total_with_publicity": False,
           "instalments": ["企业可申领当年度补贴的{}%", "申领剩余{}%"], "shares": (60, 40)},
}


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    return crossround.earlier_doc_regions("# Thirty-sixth fresh set")


def earlier_lines():
    return crossround.earlier_lines(SPLITS)


def earlier_documents():
    """The visible text of every document of the other folders of eval/."""
    return crossround.earlier_documents(os.path.basename(HERE))


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh34/check_fresh34.py require to be in no document of any round."""
    return crossround.later_absent(range(17, 35), os.path.join(HERE, "src"))


pdf_pages = crossround.pdf_pages


def generator(split):
    """The notice's generator (CATALOGUE, STAR_UP, QY_UP, CAP, …) and the 规程's 时限 table as rows (header first)."""
    if split == DEV:
        import make_handan_html as n
        import make_handan_pdf as r
        return n, [row for row in r.S1["rows"]]
    import make_songyuan_docx as n
    import make_songyuan_txt as r
    return n, [list(row) for row in r.STEPS]


def catalogue_rows(gen):
    """(group index, 工种, star, 等级, 标准) for every row of the catalogue."""
    return [(gi, name, star, level, base) for gi, (_, jobs) in enumerate(gen.CATALOGUE) for name, star, levels in jobs
            for level, base in levels]


def find(gen, job, level):
    hits = [(star, base) for _, name, star, lv, base in catalogue_rows(gen) if name == job and lv == level]
    assert len(hits) == 1, (job, level)
    return hits[0]


def pct_of(base, p):
    v = base * (100 + p)
    return v // 100 if v % 100 == 0 else v / 100


# ---------------------------------------------------------------- the two documents of a split
def notice_checks(split, raw, t, errors):
    f = FACTS[split]
    name = DOCS[NOTICE[split]]
    gen, _ = generator(split)
    for w in [f["title"], f["doc_no"], f["written"][1], f["start"][1], f["end"][1], f["old_no"]] + f["issuers"] + f["people"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", raw)
    if sorted(set(ph)) != sorted(f["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {ph}, not those of area code {AREA[split]}")
    written, start, end = f["written"][0], f["start"][0], f["end"][0]
    published = f["published"][0] if f["published"] else written
    if f["published"] and sq(f["published"][1]) not in t:
        errors.append(f"{name}: 发布日期 missing")
    rules_date, rules_start = f["rules_date"][0], f["rules_start"][0]
    if not (written <= published < rules_date <= rules_start < end and written < start <= rules_start):
        errors.append(f"{name}: dates not in order (成文 ≤ 发布 < 规程印发 ≤ 规程施行 < 有效期末; 成文 < 施行 ≤ 规程施行)")
    if f.get("two_years") and end != D(start.year + 2, start.month, start.day) - datetime.timedelta(days=1):
        errors.append(f"{name}: 有效期两年 does not end the day before {start} + 2 years")
    rows = catalogue_rows(gen)
    jobs = [j for j in gen.CATALOGUE[0][1]]
    njobs, nspecial, nstar = len(jobs), len(gen.CATALOGUE[1][1]), sum(1 for j in jobs if j[1])
    if sq(f["counts"].format(njobs, nspecial, nstar)) not in t:
        errors.append(f"{name}: the text's counts are not the catalogue's ({njobs}, {nspecial}, {nstar})")
    if f["new_text"] and (sq(f["new_text"].format(len(f["new_jobs"]))) not in t
                          or not all(j in [x[0] for x in jobs] for j in f["new_jobs"])):
        errors.append(f"{name}: the new occupations are not in the catalogue or not counted")
    vals = {"star": gen.STAR_UP, "qy": gen.QY_UP, "cap": gen.CAP, "both": gen.STAR_UP + gen.QY_UP}
    for w in f["ups"]:
        if sq(w.format(**vals)) not in t:
            errors.append(f"{name}: {w.format(**vals)!r} (the generator's markup / cap) missing")
    for job, level, rule, pat in f["examples"]:
        star, base = find(gen, job, level)
        raw_v = None
        if rule == "star":
            v = pct_of(base, gen.STAR_UP)
            ok = star and v <= gen.CAP
        elif rule == "qy":
            v = pct_of(base, gen.QY_UP)
            ok = not star and v <= gen.CAP
        elif rule == "cap":
            v = gen.CAP
            ok = star and pct_of(base, gen.STAR_UP) > gen.CAP
        elif rule == "both":
            v = pct_of(base, gen.STAR_UP + gen.QY_UP)
            ok = star and v <= gen.CAP
        else:  # bothcap
            raw_v = pct_of(base, gen.STAR_UP + gen.QY_UP)
            v = gen.CAP
            ok = star and raw_v > gen.CAP
        s = pat.format(job=job, level=level, base=base, v=v, raw=raw_v)
        if not ok or sq(s) not in t:
            errors.append(f"{name}: example {s!r} is not in the text or not the catalogue's row computed by its rule")
    appr = [r for r in rows if r[2] is None]
    bases = [r[4] for r in appr]
    if split == DEV:
        raised = [pct_of(b, gen.QY_UP) for b in bases]
    else:
        raised = [b + gen.APPR_ADD for b in bases]
    if sq(f["appr_text"][0].format(*bases)) not in t or sq(f["appr_text"][1].format(*raised)) not in t:
        errors.append(f"{name}: the 学徒 standards in the text are not the catalogue's ({bases} → {raised})")
    for _, job, star, level, base in rows:
        if sq(job) not in t or sq(level) not in t or str(base) not in t:
            errors.append(f"{name}: catalogue row {job} {level} {base} not in the visible text")
    for w in ("工作日", "公示期"):
        if w in t:
            errors.append(f"{name}: {w!r} in the notice (the 时限 belong to the 规程)")


def rules_checks(split, raw, t, notice_t, errors):
    f = FACTS[split]
    name = DOCS[RULES[split]]
    gen, steps = generator(split)
    for w in [f["rules_title"], f["rules_no"], f["rules_date"][1], f["rules_start"][1], f["rules_cites"]] + f["rules_people"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", raw)
    if sorted(set(ph)) != sorted(f["rules_phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph) \
            or f["office_phone"] not in ph:
        errors.append(f"{name}: phones {ph}, not those of area code {AREA[split]} / not the notice's office phone")
    head = steps[0]
    col_step, col_time = (1, 3) if split == DEV else (0, 2)
    body = [r for r in steps[1:] if r[0] != "合计"]
    total = 0
    for r in body:
        step, lim = r[col_step], r[col_time]
        if sq(f["step_text"][step].format(lim)) not in t:
            errors.append(f"{name}: step {step}'s 时限 {lim} is not restated in the text")
        m = re.fullmatch(r"(\d+)个工作日", lim)
        if m:
            total += int(m.group(1))
        elif not (step == "公示" and not f["total_with_publicity"] and re.fullmatch(r"\d+天", lim)):
            errors.append(f"{name}: step {step}: 时限 {lim!r} neither 工作日 nor the 公示期 in 天")
    if sq(f["total_text"].format(total)) not in t:
        errors.append(f"{name}: the 时限 do not add up to the stated 合计 ({total})")
    last = steps[-1]
    if split == DEV and (last[0] != "合计" or last[3] != f"{total}个工作日"):
        errors.append(f"{name}: the table's 合计 row is not {total}个工作日")
    for r in steps:
        if not all(sq(c) in t for c in r if c not in ("<", "^")):
            errors.append(f"{name}: table row {r[:2]} is not in the visible text")
    a, b = f["shares"]
    if a + b != 100 or not all(sq(p.format(v)) in t for p, v in zip(f["instalments"], (a, b))):
        errors.append(f"{name}: the two 学徒 instalments ({a} %, {b} %) are not stated or do not add up to 100 %")
    if "元/人" in t or any(sq(job) in t for _, job, star, *_ in catalogue_rows(gen) if star is not None):
        errors.append(f"{name}: a catalogue figure or occupation in the 规程 (they belong to the notice)")


# ---------------------------------------------------------------- formats
def html_table(page):
    """The <table class="mulu"> read back into rows of cell texts with "^" for cells covered by a rowspan (group rows: one
    cell)."""
    tb = re.search(r'<table class="mulu">(.*?)</table>', page, re.S).group(1)
    out, pending = [], {}
    for tr in re.findall(r"<tr>(.*?)</tr>", re.sub(r"<thead>.*?</thead>", "", tb, flags=re.S), re.S):
        cells = re.findall(r"<td([^>]*)>(.*?)</td>", tr, re.S)
        if len(cells) == 1 and "colspan" in cells[0][0]:
            out.append([htmlmod.unescape(cells[0][1])])
            continue
        row, k, it = [], 0, iter(cells)
        while k < 6:
            if pending.get(k, 0) > 0:
                row.append("^")
                pending[k] -= 1
            else:
                attrs, text = next(it)
                m = re.search(r'rowspan="(\d+)"', attrs)
                if m:
                    pending[k] = int(m.group(1)) - 1
                row.append(htmlmod.unescape(text))
            k += 1
        out.append(row)
    return out


def html_checks(errors):
    name = DOCS[NOTICE[DEV]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="top">', '<div class="banner">', '<form action="#">', '<div class="nav">',
              '<div class="crumb', '<table class="xxgk">', "索引号", "成文日期", "发布日期", '<div class="main', "<h1>",
              '<div class="meta">', '<div id="zoom">', '<table class="mulu">', "rowspan=", "colspan=", '<div class="attach">',
              "【打印本页】", "【关闭窗口】", "上一篇：", "下一篇：", '<div class="foot">', "网站标识码", "ICP备", "字号："):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="crumb[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页政务公开通知公告":
        errors.append(f"{name}: breadcrumb is {crumb}")
    meta = re.search(r'<div class="meta">(.*?)</div>', page, re.S).group(1)
    if not all(w in meta for w in ("发布时间", "来源", "浏览次数", "字号")):
        errors.append(f"{name}: the info line lacks a field")
    xx = re.sub(r"<[^>]+>", "|", re.search(r'<table class="xxgk">(.*?)</table>', page, re.S).group(1))
    f = FACTS[DEV]
    for w in (f["doc_no"], f["written"][1], f["published"][1], f["end"][0].strftime("%Y年%-m月%-d日")):
        if w not in xx:
            errors.append(f"{name}: the 信息公开 table lacks {w}")
    if f["published"][0].isoformat() not in meta:
        errors.append(f"{name}: 发布时间 is not the 发布日期")
    import make_handan_html as gen
    want = gen.table_rows()
    have = html_table(page)
    if have != want:
        errors.append(f"{name}: the page's catalogue table is not CATALOGUE ({len(have)} / {len(want)} rows)")
    n = 0
    for r in have:
        if len(r) == 1:
            continue
        if r[1] != "^":
            star = r[1].endswith("★")
        base, up = int(r[3]), r[4]
        if r[2] in ("中级工", "高级工", "技师"):
            ok = up == str(pct_of(base, gen.QY_UP))
        elif star:
            ok = up == str(min(pct_of(base, gen.STAR_UP), gen.CAP))
        else:
            ok = up == "—"
        if not ok:
            errors.append(f"{name}: 上浮后标准 {up} of row {r} is not computed by its rule")
        n += 1
    print(f"{name}: catalogue rows {n}")


def pdf_checks(errors):
    name = DOCS[RULES[DEV]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 3 <= len(sp) <= 5 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 3–5 pages numbered — N —, or the note not on the last page")
    _, steps = generator(DEV)
    if sq("".join(steps[0])) not in "".join(sp):
        errors.append(f"{name}: the 时限 table's header is missing")
    print(f"{name}: {len(pages)} pages")


def docx_checks(errors):
    name = DOCS[NOTICE[TEST]]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    import make_songyuan_docx as gen
    spec = gen.M1
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    x = tbls[0]
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x))
    nrows = x.count("<w:tr>") + x.count("<w:tr ")
    if nrows != len(spec["rows"]) or not all(c in text for r in spec["rows"] for c in r if c not in ("^", "<")):
        errors.append(f"{name}: the table is not the catalogue's {len(spec['rows'])} rows")
    if "vMerge" not in x or "gridSpan" not in x:
        errors.append(f"{name}: the table has no vertical merges or no column spans")
    print(f"{name}: table rows {nrows}")


def txt_checks(errors):
    name = DOCS[RULES[TEST]]
    raw = open(os.path.join(HERE, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not valid UTF-8")
        return
    if raw.startswith(b"\xef\xbb\xbf") or not raw.endswith(b"\r\n") or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{name}: BOM, or not every line ending in CRLF")
    lines = text.split("\r\n")
    f = FACTS[TEST]
    if not lines[0].endswith("《" + f["rules_title"] + "》的通知") or lines[1] != f["rules_no"]:
        errors.append(f"{name}: the first lines are not title / 文号")
    _, steps = generator(TEST)
    tabbed = [l.split("\t") for l in lines if "\t" in l]
    if tabbed != steps:
        errors.append(f"{name}: the tab-separated rows are not STEPS")
    body = [l for l in lines if l.startswith("　　")]
    if len(body) < 20:
        errors.append(f"{name}: fewer than twenty indented lines")


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
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region)")
    for split in SPLITS:
        notice_checks(split, raw[NOTICE[split]], texts[NOTICE[split]], errors)
        rules_checks(split, raw[RULES[split]], texts[RULES[split]], texts[NOTICE[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    mine = list(texts.values())
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
            if not (qid.startswith("x-f35-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f35-")
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
                    if strictly and any(parts(region)[-1] in texts[x] for x in DOCS):
                        errors.append(f"{where}: a region-scoped place must be named in no document of this round")
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
                       or any(v.startswith(region) or (v and region.startswith(v) and v != PROVINCE[split])
                              for v in old_values))
                if bad or not names or any(names[-1] in t for t in mine + list(earlier.values())) \
                        or any(p in t for p in names for t in mine) or not named(names[-1], said):
                    errors.append(f"{where}: clash region must be a place of the same province covered by no document but the "
                                  "province's, its last part named in no document and no part in this round's, named by the "
                                  "question, and no earlier line's region")
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
        have = {i for i in by_split[split] if re.match(r"x-f35-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh34 (the checks of fresh17 … fresh27
    # reject a clash region that another jsonl's region value starts with)
    errors += crossround.inside_earlier_clash(range(17, 35), SPLITS)
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    if any(p.startswith(("河北", "吉林")) for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[:1]):
        errors.append("an earlier region-clash line lies in 河北 / 吉林")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        lo, hi = (2000, 6000) if doc in NOTICE.values() else (1500, 5000)
        if not lo <= n <= hi:
            errors.append(f"{f}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        errors += crossround.earlier_words_in(f, texts[doc], later, clash_names)
        if "河北" in texts[doc] or "吉林" in texts[doc]:
            errors.append(f"{f}: a province named (河北 / 吉林 nowhere)")
        print(f"{f}: {n} characters")
    html_checks(errors)
    pdf_checks(errors)
    docx_checks(errors)
    txt_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [NOTICE[DEV], RULES[DEV], f"{DEV} none", NOTICE[TEST], RULES[TEST], f"{TEST} none"]
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
