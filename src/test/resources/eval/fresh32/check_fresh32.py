#!/usr/bin/env python3
"""Check fresh32-dev.jsonl / fresh32-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh32/check_fresh32.py            (from the repository root, or anywhere)
    python3 check_fresh32.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh31/check_fresh31.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt as it is — GBK here, so read as GB18030);
the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys,
kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, every
`must` string in the visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a **校企合作协议（示范文本）** issued by the region's 教育局 and 人社局 and the **notice on the 备案 of such agreements**
per split: 河南省三门峡市 (the 范本 as a LibreOffice .docx with the signature block as a real table, the 通知 as a government site's
下载正文 .txt in GBK; dev) and 新疆维吾尔自治区阿勒泰地区布尔津县 (the 范本 as a LibreOffice PDF with the signature table on its last
page, the 通知 as a portal .html page with an 附件 link list; test). So it also checks:
  - lines (as fresh31): id prefixes (smf- / smt- / bjf- / bjt- by `doc`, x-f32- for lines that must not be answered), regions
    (REGION_CODES, TOWNS), `region-scoped` if and only if the region lies strictly below the document's region (a 县（市、区） of
    三门峡市, a 镇 / 乡 of 布尔津县) and names it, every other answerable line names its region (REGION_FREE lines: no region, an
    anchor word of their document found in no other document of any round), `docs` lines (each document holds a `must` string,
    neither all), ONLY lines, `two`, punctuation, `unstated` (region = the split's, named; either give-away words in the question
    and in no document of this round nor of any earlier round — UNSTATED_ABSENT — or, new, **a number the 范本 leaves blank** —
    BLANKS: the question's word is in the 范本, the 范本's clause is there with its run of underscores, and the 通知 does not
    have the word), `region-clash` (another region of the same province, covered by no document of any round, named in no
    document, named by the question, and not a region value of an earlier line), `outofscope` regions, the seeded split of the
    fragment lines;
  - **the 范本**: the issuers' line and the edition, the title 《…校企合作协议（示范文本）》, 使用说明, the parties as fill-in lines
    (甲方（学校）：____ / 乙方（企业）：____), articles 第一条 … 第N条 each starting a line once and in order with the expected
    headings (合作内容 / 合作期限 … 甲方的权利和义务, 乙方的权利和义务, 知识产权, 经费与设备 / 设备与经费, 违约责任, 争议解决,
    协议的变更与解除, 附则, 生效), the set obligations / periods / shares, at least 20 blanks (runs of 4+ underscores), no amount of
    money stated (every sum is a blank), and none of the 通知's facts (文号, dates, system, working-day periods, persons, phones,
    e-mail);
  - **the 通知**: title, 文号, addressee, 落款 (issuers and date), the 附件 list naming the 范本 by its title; who registers,
    deadlines (the 存量 deadline after the 通知), the system, materials, 审核 steps and times, what 备案 brings (认定产教融合型企业,
    申报实训基地), consequences, the annual report date, persons, phones of the area code, one e-mail; none of the 范本's rules;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (范本 2,400–6,000, 通知 1,500–4,500 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh31 checks require in no document) absent; no name of an earlier round's
    region-clash region (their checks read this folder too); no 河南 / 新疆 (the documents do not cover their provinces:
    x-region-clash-f03 of fresh-dev is 河南省 as a whole);
  - formats: the .docx is written by LibreOffice, has one real table (w:tbl) — the signature block with 甲方（学校） / 乙方（企业）,
    盖章, 签字 and 签订日期 — every article heading a bold paragraph, blanks as underscores in the text (not underlined spaces); the
    .txt is not UTF-8 but GBK, CRLF throughout, its first line the 文号, the 附件 list after the 落款; the .pdf is produced by
    LibreOffice, 3–4 pages numbered `— N —`, the signature table (and nothing of it before) on the last page; the .html is UTF-8
    with the portal chrome (top bar, banner, menu, position line 首页 > 政务公开 > 政策文件 > 部门文件, 信息公开 <table>, title,
    meta line, TRS_Editor body, footer) and the 附件 link list (<div class="fujian">, two <a href> links, the first the 范本 .pdf).
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
    "sanmenxia-xieyi-fanben": "sanmenxia-xieyi-fanben.docx",
    "sanmenxia-beian-tongzhi": "sanmenxia-beian-tongzhi.txt",
    "buerjin-xieyi-fanben": "buerjin-xieyi-fanben.pdf",
    "buerjin-beian-tongzhi": "buerjin-beian-tongzhi.html",
}
DEV, TEST = "fresh32-dev.jsonl", "fresh32-test.jsonl"
SPLITS = {DEV: {"sanmenxia-xieyi-fanben", "sanmenxia-beian-tongzhi"},
          TEST: {"buerjin-xieyi-fanben", "buerjin-beian-tongzhi"}}
FB = {DEV: "sanmenxia-xieyi-fanben", TEST: "buerjin-xieyi-fanben"}
TZ = {DEV: "sanmenxia-beian-tongzhi", TEST: "buerjin-beian-tongzhi"}
SMX = "河南省三门峡市"
BEJ = "新疆维吾尔自治区阿勒泰地区布尔津县"
REGION = {DEV: SMX, TEST: BEJ}
PROVINCE = {DEV: "河南省", TEST: "新疆维吾尔自治区"}
ID_PREFIX = {"sanmenxia-xieyi-fanben": "smf-", "sanmenxia-beian-tongzhi": "smt-", "buerjin-xieyi-fanben": "bjf-",
             "buerjin-beian-tongzhi": "bjt-"}
REGION_CODES = {
    "河南省": "410000", SMX: "411200", SMX + "湖滨区": "411202", SMX + "陕州区": "411203", SMX + "渑池县": "411221",
    SMX + "卢氏县": "411224", SMX + "义马市": "411281", SMX + "灵宝市": "411282",
    "河南省安阳市": "410500", "河南省鹤壁市": "410600", "河南省濮阳市": "410900",
    "新疆维吾尔自治区": "650000", "新疆维吾尔自治区阿勒泰地区": "654300", BEJ: "654321",
    "新疆维吾尔自治区阿勒泰地区福海县": "654323", "新疆维吾尔自治区阿勒泰地区哈巴河县": "654324",
    "新疆维吾尔自治区阿勒泰地区吉木乃县": "654326",
}
# 镇 / 乡 of 布尔津县 (names and codes as in the 统计用区划代码): 冲乎尔镇 654321101, 窝依莫克镇 654321102, 阔斯特克镇 654321103,
# 杜来提乡 654321201, 也格孜托别乡 654321204, 禾木哈纳斯蒙古族乡 654321205; 布尔津镇 (654321100) is left out: its name is the county's
TOWNS = {BEJ: "冲乎尔镇 窝依莫克镇 阔斯特克镇 杜来提乡 也格孜托别乡 禾木哈纳斯蒙古族乡".split()}
ALIASES = {}
AREA = {DEV: "0398", TEST: "0906"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
CN = "一二三四五六七八九十"
HEADINGS = {"合作内容", "合作项目", "合作期限", "订单培养", "岗位实习", "共建实训基地", "师资互聘", "职工培训", "甲方的权利和义务",
            "乙方的权利和义务", "实习管理与考核", "实习考核与安全", "知识产权", "经费与设备", "设备与经费", "保密", "违约责任", "争议解决",
            "协议的变更与解除", "附则", "生效"}
MUST_HEADINGS = ["合作期限", "甲方的权利和义务", "乙方的权利和义务", "知识产权", "违约责任", "争议解决", "协议的变更与解除", "附则", "生效"]
# per split: the facts both documents are built on
FACTS = {
    DEV: {"title": "三门峡市校企合作协议（示范文本）", "issuers": ["三门峡市教育局", "三门峡市人力资源和社会保障局"],
          "edition": "（2026年版）", "articles": 17,
          "rules": ["不少于3年", "报酬不低于本单位相同岗位试用期工资标准的80%", "录用比例不低于70%", "学生每天实习不超过8小时",
                    "每周不超过40小时", "不得安排学生加班和夜班", "为实习学生购买实习责任保险", "保险费用由乙方承担",
                    "每10名实习学生至少配备1名", "每20名实习学生至少配备1名", "提前30日书面通知对方", "协议终止后60日内自行收回",
                    "保密期限至本协议终止后2年", "提交三门峡仲裁委员会仲裁", "一式四份", "乙方评价占考核成绩的60%", "所有权归乙方",
                    "由甲方按照规定办理备案", "签字并加盖公章之日起生效"],
          "tz_title": "三门峡市教育局三门峡市人力资源和社会保障局关于做好校企合作协议备案工作的通知",
          "wh": "三教职成〔2026〕38号", "date": "2026年8月4日", "stock": "2026年10月30日", "annual": "每年1月22日前",
          "system": "三门峡市校企合作协议备案管理系统",
          "tz_rules": ["学校是备案责任主体", "自协议签订之日起20个工作日内完成备案", "10个工作日内办理变更备案或者注销备案",
                       "5个工作日内完成初审", "7个工作日内完成复核", "3个工作日内补正", "系统生成备案编号",
                       "作为认定产教融合型企业、申报市级产教融合实训基地", "学校不得安排学生到该企业岗位实习", "予以通报",
                       "实习责任保险投保证明", "营业执照复印件", "备案登记表"],
          "persons": ["杜文昊", "柴红梅"], "phones": ["0398-2811742", "0398-2869315"], "email": "smxxqba@163.com"},
    TEST: {"title": "布尔津县校企合作协议（示范文本）", "issuers": ["布尔津县教育局", "布尔津县人力资源和社会保障局"],
           "edition": "（2026年版）", "articles": 18,
           "rules": ["不少于2年", "报酬不低于本单位相同岗位试用期工资标准的85%", "录用比例不低于60%", "学生每天实习不超过8小时",
                     "每周不超过40小时", "不得安排学生加班和夜班", "为实习学生购买实习责任保险", "保险费用由乙方承担",
                     "每8名实习学生至少配备1名", "每15名实习学生至少配备1名", "提前60日书面通知对方", "协议终止后30日内收回设备",
                     "保密期限至本协议终止后3年", "向布尔津县人民法院提起诉讼", "一式六份", "乙方评价占50%", "所有权归乙方",
                     "由甲方按照规定办理备案", "自双方签字盖章之日起生效"],
           "tz_title": "布尔津县教育局布尔津县人力资源和社会保障局关于做好校企合作协议备案工作的通知",
           "wh": "布教发〔2026〕27号", "date": "2026年8月19日", "stock": "2026年11月13日", "annual": "每年12月22日前",
           "system": "布尔津县校企合作协议备案服务系统",
           "tz_rules": ["由学校向县教育局备案", "由本县企业向县人力资源和社会保障局备案", "自签订之日起10个工作日内备案",
                        "5个工作日内报告原备案部门", "8个工作日内完成审核", "出具备案编号", "作为认定产教融合型企业、申报县级以上实训基地",
                        "学校不得安排学生到未备案协议的企业开展岗位实习", "取消其参加县级校企合作示范企业评选的资格",
                        "实习责任保险投保证明", "营业执照复印件", "备案表"],
           "persons": ["努尔兰·哈力克", "蔺春燕"], "phones": ["0906-6521837", "0906-6523094"], "email": "bejxqba@126.com"},
}


def cn(n):
    """1 → 一, 12 → 十二, 20 → 二十."""
    if n <= 10:
        return CN[n - 1]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t - 1]) + "十" + (CN[u - 1] if u else "")


def date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


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
    text = text.split("# Thirty-third fresh set")[0]
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
    """The visible text of every document of the other folders of eval/ (docs/ and fresh … fresh31)."""
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
    """Words that fresh17/check_fresh17.py … fresh31/check_fresh31.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    mods = ("make_questions", "questions_dev", "questions_test")
    for n in range(17, 32):
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
ART = re.compile(r"^\s*(第[一二三四五六七八九十]+条)\s*(\S+)?")


def fanben_checks(split, raw, t, errors):
    f = FACTS[split]
    name = DOCS[FB[split]]
    flat = re.sub("　", "", raw)
    if sq(f["title"]) not in t or f["edition"] not in t or sq("".join(f["issuers"])) not in sq(flat) or "使用说明" not in t:
        errors.append(f"{name}: title, edition, issuers' line or 使用说明 missing")
    for party in ("甲方（学校）：", "乙方（企业）："):
        if not re.search(re.escape(party) + r"_{8,}", t):
            errors.append(f"{name}: fill-in line {party}____ missing")
    arts = [(m.group(1), m.group(2)) for m in map(ART.match, raw.splitlines()) if m]
    want = [f"第{cn(i)}条" for i in range(1, f["articles"] + 1)]
    if [a for a, _ in arts] != want:
        errors.append(f"{name}: articles starting a line are not 第一条 … 第{cn(f['articles'])}条 in order ({len(arts)})")
    heads = [h for _, h in arts]
    if any(h not in HEADINGS for h in heads) or any(h not in heads for h in MUST_HEADINGS) or heads[-1] != "生效":
        errors.append(f"{name}: article headings {heads} not of the expected set")
    for w in f["rules"]:
        if sq(w) not in t:
            errors.append(f"{name}: rule {w!r} missing")
    blanks = re.findall(r"_{4,}", t)
    if len(blanks) < 20:
        errors.append(f"{name}: only {len(blanks)} blanks")
    if re.search(r"\d+(\.\d+)?万?元", t):
        errors.append(f"{name}: an amount of money stated (the 范本 leaves every sum blank)")
    for w in [f["wh"], f["date"], f["stock"], f["annual"], f["system"], f["email"]] + f["persons"] + f["phones"] + \
            [x for x in f["tz_rules"] if "工作日" in x or "备案编号" in x or "通报" in x]:
        if sq(w) in t:
            errors.append(f"{name}: {w} is in the 范本 (it belongs to the 通知)")


def tongzhi_checks(split, raw, t, fb_text, errors):
    f = FACTS[split]
    name = DOCS[TZ[split]]
    flat = sq(re.sub("　", "", raw))
    if f["tz_title"] not in flat or f["wh"] not in t:
        errors.append(f"{name}: title or 文号 {f['wh']} missing")
    if sq("".join(f["issuers"])) + f["date"] not in flat:
        errors.append(f"{name}: 落款 {' '.join(f['issuers'])} {f['date']} missing")
    m = re.search(r"附件[：:]", t)
    if not m or sq(f["title"]) not in t[m.start():]:
        errors.append(f"{name}: the 附件 list does not name the 范本 {f['title']}")
    if f"《{f['title']}》" not in t:
        errors.append(f"{name}: the 范本 not cited by its title")
    for w in f["tz_rules"] + [f["system"], f["stock"], f["annual"]] + f["persons"] + f["phones"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w!r} missing")
    if not date(f["date"]) < date(f["stock"]):
        errors.append(f"{name}: the 存量 deadline is not after the 通知")
    ph = re.findall(r"0\d{2,3}-\d{7,8}", t)
    if ph != f["phones"] or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {ph}, not those of area code {AREA[split]}")
    mails = re.findall(r"[a-z0-9_.]+@[a-z0-9.]+\.(?:com|cn)", t)
    if mails != [f["email"]]:
        errors.append(f"{name}: e-mail addresses {mails}")
    for w in [x for x in f["rules"] if x not in ("为实习学生购买实习责任保险",)] + ["试用期工资", "8小时", "夜班", "违约金"]:
        if sq(w) in t:
            errors.append(f"{name}: {w!r} is in the 通知 (it belongs to the 范本)")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[FB[DEV]]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not one")
    else:
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", tbls[0]))
        if not all(w in text for w in ("甲方（学校）", "乙方（企业）", "盖章", "签字", "签订日期")) or tbls[0].count("<w:tr>") + \
                tbls[0].count("<w:tr ") != 4:
            errors.append(f"{name}: the table is not the signature block (header + 3 rows)")
    n_art = 0
    for p in re.findall(r"<w:p[ >].*?</w:p>", body, re.S):
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))
        if ART.match(text) and "　" in text[:6]:
            n_art += 1
            runs = [r for r in re.findall(r"<w:r>(.*?)</w:r>", p, re.S) if "<w:t" in r]
            if not runs or not all("<w:b/>" in r for r in runs):
                errors.append(f"{name}: article heading {text} not bold")
    if n_art != FACTS[DEV]["articles"]:
        errors.append(f"{name}: {n_art} article headings")
    if "________" not in "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body)):
        errors.append(f"{name}: blanks are not runs of underscores")


def txt_checks(errors):
    name = DOCS[TZ[DEV]]
    raw = open(os.path.join(HERE, name), "rb").read()
    try:
        raw.decode("utf-8")
        errors.append(f"{name}: valid UTF-8 (should be the site's GBK download)")
    except UnicodeDecodeError:
        pass
    text = raw.decode("gbk")
    if raw.count(b"\r\n") != raw.count(b"\n") or raw.count(b"\r\n") < 30:
        errors.append(f"{name}: not CRLF line ends throughout")
    lines = text.split("\r\n")
    if lines[0] != FACTS[DEV]["wh"]:
        errors.append(f"{name}: the first line is not the 文号")
    d = [i for i, l in enumerate(lines) if l.strip() == FACTS[DEV]["date"]]
    a = [i for i, l in enumerate(lines) if l.startswith("附件：1．")]
    if len(d) != 1 or len(a) != 1 or not d[0] < a[0] or not lines[d[0]].startswith("　" * 10):
        errors.append(f"{name}: the 落款 (pushed right) is not followed by the 附件 list")


def pdf_checks(errors):
    name = DOCS[FB[TEST]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 3 <= len(sp) <= 4 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 3–4 pages numbered — N —, or the note not on the last page")
    table = ["（盖章）", "法定代表人或授权代表（签字）", "签订日期"]
    if not all(sp[-1].count(w) == 2 for w in table) or any(w in p for w in table for p in sp[:-1]):
        errors.append(f"{name}: the signature table is not (wholly) on the last page")
    print(f"{name}: {len(pages)} pages; signature table on page {len(pages)}")


def html_checks(errors):
    name = DOCS[TZ[TEST]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="topbar">', '<div class="banner">', '<div class="menu">',
              '<div class="position', '<table class="xxgk-info">', '<h1 class="art-title">', '<div class="art-meta">',
              '<div class="TRS_Editor" id="zoom">', '<div class="fujian">', '<div class="footer">', "您现在的位置", "索引号",
              "发文机关", "发布时间", "阅读次数", "【打印本页】", "网站标识码", "ICP备", "公网安备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="position[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "您现在的位置：首页政务公开政策文件部门文件":
        errors.append(f"{name}: position line is {crumb}")
    fj = re.search(r'<div class="fujian">(.*?)</div>', page, re.S).group(1)
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', fj)
    if len(links) != 2 or not links[0][0].endswith(".pdf") or FACTS[TEST]["title"] not in links[0][1]:
        errors.append(f"{name}: the 附件 list is not two links with the 范本 .pdf first")
    if page.index(FACTS[TEST]["date"]) > page.index('<div class="fujian">'):
        errors.append(f"{name}: the 落款 is not before the 附件 list")


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, BLANKS, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
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
        fanben_checks(split, raw[FB[split]], texts[FB[split]], errors)
        tongzhi_checks(split, raw[TZ[split]], texts[TZ[split]], texts[FB[split]], errors)
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
            if not (qid.startswith("x-f32-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f32-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 镇 / 乡 of the regions")
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
                        errors.append(f"{where}: a region-scoped line must name its 县（市、区） / 镇 / 乡")
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
                if (qid in UNSTATED_ABSENT) == (qid in BLANKS):
                    errors.append(f"{where}: an unstated line needs give-away words or a blank of the 范本 (one of them)")
                for w in UNSTATED_ABSENT.get(qid, []):
                    if w not in said:
                        errors.append(f"{where}: give-away word {w!r} not in the question")
                    hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
                    if hits:
                        errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
                if qid in BLANKS:
                    word, clause = BLANKS[qid]
                    fb, tz = texts[FB[split]], texts[TZ[split]]
                    if (word not in said or word not in fb or sq(clause) not in fb or not re.search(r"_{4,}", clause)
                            or word in tz):
                        errors.append(f"{where}: blank line needs its word in the question and the 范本, the clause with its "
                                      "blank in the 范本, and the word not in the 通知")
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
    for i in list(UNSTATED_ABSENT) + list(BLANKS) + list(ONLY) + list(REGION_FREE):
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
        have = {i for i in by_split[split] if re.match(r"x-f32-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh31 (the checks of fresh17 … fresh27
    # reject a clash region that another jsonl's region value starts with; 河南省 (fresh's x-region-clash-f03) is the clash region
    # of a round whose check has no such rule: see README)
    clash_old = set()
    for n in range(17, 32):
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
        lo, hi = (2400, 6000) if doc in FB.values() else (1500, 4500)
        if not lo <= n <= hi:
            errors.append(f"{f}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        for w, qids in later.items():
            if sq(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
        for p in sorted(clash_names):
            if p in texts[doc]:
                errors.append(f"{f}: {p!r} names an earlier line's clash region")
        for p in ("河南", "新疆", "自治区"):
            if p in texts[doc]:
                errors.append(f"{f}: {p!r} names a province (the documents do not cover their province)")
        print(f"{f}: {n} characters")
    docx_checks(errors)
    txt_checks(errors)
    pdf_checks(errors)
    html_checks(errors)
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
