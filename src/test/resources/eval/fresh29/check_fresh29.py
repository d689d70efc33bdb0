#!/usr/bin/env python3
"""Check fresh29-dev.jsonl / fresh29-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh29/check_fresh29.py            (from the repository root, or anywhere)
    python3 check_fresh29.py --dump DOC                                 (print a document's visible text)

Adapted from fresh28/check_fresh28.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt as it is); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, every `must` string in the
visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a **公开征求意见公告 with its 征求意见稿** and the **起草说明** of the same draft per split: 青海省黄南藏族自治州
(《黄南州深化产教融合促进职业教育发展若干措施（征求意见稿）》: the 公告 and the draft as a portal .html page, the 起草说明 as a UTF-8
.txt; dev) and 海南省乐东黎族自治县 (《乐东黎族自治县支持企业参与职业教育产教融合实施办法（征求意见稿）》: the 公告 and the draft as a
LibreOffice .docx, the 起草说明 as a LibreOffice .pdf; test). So it also checks:
  - lines: id prefixes (hng- / hns- / ldg- / lds- by `doc`, x-f29- for lines that must not be answered), regions (REGION_CODES,
    TOWNS), `region-scoped` if and only if the region lies strictly below the document's region, every other answerable line names
    its region (REGION_FREE lines: no region, an anchor word of their document found in no other document of any round), `docs`
    lines (each document holds a `must` string, neither all), ONLY lines, `two`, punctuation, `unstated` (region = the split's,
    named, give-away words in the question and in no document of this round nor of any earlier round), `region-clash` (another
    region of the same province, covered by no document of any round except the province's own, named in no document, named by
    the question), `outofscope` regions, the seeded split of the fragment lines;
  - **the 公告 + 征求意见稿**: title, 征求意见时间 (start after the 公告's date, end after start), one e-mail address, 信函 address with
    a 6-digit 邮编, exactly one phone of the area code, 联系人, the statement that the draft is not yet in force, 附件 line, 落款
    unit and date; the draft's title with （征求意见稿）, its measures / articles numbered in order (dev 一、… 十二、; test
    第一章 … 第五章 and 第一条 … 第十七条), every new amount of FACTS, 施行 date after the end of the 征求意见 period, 有效期, 废止 of
    the old policy;
  - **the 起草说明**: title, 一、起草背景 … 五、需要说明的问题 in order, the old policy and its 文号 (the one the draft 废止),
    every 依据 文号 of FACTS, the counts of 三、, the number of articles as in the draft, every change `由原来的 OLD …提高到 / 增加到 NEW`
    with NEW the draft's amount, 资金来源, 落款 unit and the 公告's date; no phone, e-mail or 联系人 (those are the 公告's);
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; 1,100–2,600 characters (whitespace removed); LATER_ABSENT (the words ../fresh17
    … ../fresh28 checks require in no document) absent;
  - formats: the .html is UTF-8 with the portal chrome (top bar, nav, breadcrumb 首页 > 政民互动 > 意见征集, 信息公开 box, info
    line, footer), no table; the .txt is UTF-8 without BOM or CR; the .docx is written by LibreOffice, no table, the draft on a new
    page; the .pdf is produced by LibreOffice, 1–3 pages numbered `— N —`.
It reads all other documents of eval/ (about half a minute) and prints the counts per kind per split and per document.
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
    "huangnan-zhengqiu-yijian": "huangnan-zhengqiu-yijian.html",
    "huangnan-qicao-shuoming": "huangnan-qicao-shuoming.txt",
    "ledong-zhengqiu-yijian": "ledong-zhengqiu-yijian.docx",
    "ledong-qicao-shuoming": "ledong-qicao-shuoming.pdf",
}
DEV, TEST = "fresh29-dev.jsonl", "fresh29-test.jsonl"
SPLITS = {DEV: {"huangnan-zhengqiu-yijian", "huangnan-qicao-shuoming"},
          TEST: {"ledong-zhengqiu-yijian", "ledong-qicao-shuoming"}}
ZQ = {DEV: "huangnan-zhengqiu-yijian", TEST: "ledong-zhengqiu-yijian"}
SM = {DEV: "huangnan-qicao-shuoming", TEST: "ledong-qicao-shuoming"}
HN = "青海省黄南藏族自治州"
LD = "海南省乐东黎族自治县"
REGION = {DEV: HN, TEST: LD}
PROVINCE = {DEV: "青海省", TEST: "海南省"}
ID_PREFIX = {"huangnan-zhengqiu-yijian": "hng-", "huangnan-qicao-shuoming": "hns-", "ledong-zhengqiu-yijian": "ldg-",
             "ledong-qicao-shuoming": "lds-"}
REGION_CODES = {
    "青海省": "630000", HN: "632300", HN + "同仁市": "632301", HN + "尖扎县": "632322", HN + "泽库县": "632323",
    HN + "河南蒙古族自治县": "632324", "青海省海南藏族自治州": "632500", "青海省果洛藏族自治州": "632600",
    "青海省海西蒙古族藏族自治州": "632800",
    "海南省": "460000", LD: "469027", "海南省五指山市": "469001", "海南省东方市": "469007", "海南省保亭黎族苗族自治县": "469029",
}
# 镇 of 乐东黎族自治县 used by the lines (names as in the 统计用区划代码)
TOWNS = {LD: "抱由镇 万冲镇 大安镇 志仲镇 千家镇 九所镇 利国镇 黄流镇 佛罗镇 尖峰镇 莺歌海镇".split()}
AREA = {DEV: "0973", TEST: "0898"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
# per split: the facts both documents are built on (checked against the documents' text)
FACTS = {
    DEV: {"policy": "黄南州深化产教融合促进职业教育发展若干措施", "unit": "黄南州教育局", "date": "2026年6月5日",
          "period": ("2026年6月9日", "2026年7月8日"), "email": "hnzjyj_cjrh@163.com", "postcode": "811300",
          "contact": "多杰才让", "not_yet": "本征求意见稿不作为政策执行依据", "effective": "2026年9月20日", "valid": "有效期3年",
          "old": ("黄南州支持校企合作若干措施", "黄政办〔2021〕37号"),
          "basis": ["国办发〔2017〕95号", "发改社会〔2019〕590号", "青政办〔2025〕52号"],
          "articles": 12, "size": "共12条",
          "changes": [("25万元", "40万元"), ("每人每月300元", "500元"), ("每课时80元", "120元"), ("每年300万元", "630万元")],
          "counts": ["企业21家", "职业院校3所", "座谈会4次", "38条", "14个部门", "19条", "采纳15条", "5月28日"],
          "funds": "所需资金从州级产教融合专项资金中列支"},
    TEST: {"policy": "乐东黎族自治县支持企业参与职业教育产教融合实施办法", "unit": "乐东黎族自治县人力资源和社会保障局",
           "date": "2026年7月17日", "period": ("2026年7月20日", "2026年8月18日"), "email": "ldrsj_cjrh@126.com",
           "postcode": "572500", "contact": "符晓丹", "not_yet": "本办法尚未施行", "effective": "2026年10月1日",
           "valid": "有效期2年", "old": ("乐东黎族自治县校企合作奖补暂行办法", "乐人社发〔2023〕19号"),
           "basis": ["国办发〔2017〕95号", "人社部发〔2018〕66号", "琼人社发〔2025〕87号"],
           "articles": 17, "chapters": 5, "size": "共五章十七条",
           "changes": [("每人每月200元", "400元"), ("15万元", "35万元"), ("每课时90元", "130元"), ("每年170万元", "330万元")],
           "counts": ["企业26家", "中等职业学校2所", "座谈会3次", "11个镇", "16条", "采纳12条", "7月10日", "修改意见3条"],
           "funds": "所需资金由县本级财政预算安排"},
}
CN = "一二三四五六七八九十"


def cn(n):
    """1 → 一, 12 → 十二, 17 → 十七."""
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Thirtieth fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def earlier_documents():
    """The visible text of every document of the other folders of eval/ (docs/ and fresh … fresh28)."""
    texts = {}
    for d in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, d)
        if not os.path.isdir(p) or d in ("tools", os.path.basename(HERE)):
            continue
        for f in sorted(os.listdir(p)):
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".txt", ".md")):
                texts[f"{d}/{f}"] = sq(evalset.visible_text(os.path.join(p, f)))
    return texts


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh28/check_fresh28.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in range(17, 29):
        src = os.path.join(EVAL, f"fresh{n}", "src")
        sys.path.insert(0, src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
        mq = importlib.import_module("make_questions")
        for qid, ws in mq.UNSTATED_ABSENT.items():
            if qid not in set(getattr(mq, "HIER", [])):
                for w in ws:
                    words.setdefault(w, []).append(qid)
        for qid, w in getattr(mq, "REGION_FREE", {}).items():
            words.setdefault(w, []).append(qid)
        sys.path.remove(src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
    sys.path.insert(0, os.path.join(HERE, "src"))
    return words


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


# ---------------------------------------------------------------- the two documents of a split
def zhengqiu_checks(split, t, errors):
    f = FACTS[split]
    name = DOCS[ZQ[split]]
    title = sq(f"关于公开征求《{f['policy']}（征求意见稿）》意见的公告")
    if title not in t:
        errors.append(f"{name}: title {title} missing")
    start, end = f["period"]
    if sq(f"征求意见时间{start}至{end}") not in t or not date(f["date"]) < date(start) < date(end):
        errors.append(f"{name}: 征求意见时间 {start}至{end} missing, or not after the 公告's date {f['date']}")
    mails = set(re.findall(r"[a-z0-9_.]+@[a-z0-9.]+\.(?:com|cn)", t))
    if mails != {f["email"]}:
        errors.append(f"{name}: e-mail addresses {mails}")
    if not re.search(r"(邮政编码|邮编)：" + f["postcode"], t) or "信函" not in t:
        errors.append(f"{name}: 信函 / 邮编 {f['postcode']} missing")
    ph = re.findall(r"0\d{2,3}-\d{7,8}", t)
    if len(ph) != 1 or not ph[0].startswith(AREA[split] + "-"):
        errors.append(f"{name}: not exactly one phone of {AREA[split]} ({ph})")
    if "联系人：" + f["contact"] not in t or sq(f["not_yet"]) not in t:
        errors.append(f"{name}: 联系人 or the not-yet-in-force statement missing")
    draft_at = t.find(sq(f"附件：{f['policy']}（征求意见稿）"))
    if draft_at < 0 or sq(f["unit"] + f["date"]) not in t[draft_at:]:
        errors.append(f"{name}: 附件 line or 落款 {f['unit']} {f['date']} missing")
        return ph[0] if ph else None
    draft = t[t.find(sq(f["policy"] + "（征求意见稿）"), draft_at + 10):]
    if not draft or len(draft) < 500:
        errors.append(f"{name}: the draft (title with （征求意见稿）) not after the 公告")
    if split == DEV:
        nums = [f"{cn(i)}、" for i in range(1, f["articles"] + 1)]
        pos = [draft.find(n, draft.find(nums[i - 1]) + 1 if i else 0) for i, n in enumerate(nums)]
        if -1 in pos or pos != sorted(pos) or f"{cn(f['articles'] + 1)}、" in draft:
            errors.append(f"{name}: the measures are not 一、… {cn(f['articles'])}、 in order")
    else:
        for word, n in (("章", f["chapters"]), ("条", f["articles"])):
            heads = [f"第{cn(i)}{word}" for i in range(1, n + 1)]
            pos, at = [], 0
            for h in heads:
                at = draft.find(h, at)
                pos.append(at)
                if at < 0:
                    break
            if -1 in pos or f"第{cn(n + 1)}{word}" in draft:
                errors.append(f"{name}: not 第一{word} … 第{cn(n)}{word} in order")
    for old, new in f["changes"]:
        if new not in draft:
            errors.append(f"{name}: the new amount {new} is not in the draft")
        if old in draft:
            errors.append(f"{name}: the old amount {old} is in the draft")
    eff = re.search(r"自(\d{4}年\d{1,2}月\d{1,2}日)起施行，(有效期\d年)", draft)
    if not eff or eff.group(1) != f["effective"] or eff.group(2) != f["valid"] or not date(end) < date(f["effective"]):
        errors.append(f"{name}: 施行 date / 有效期 wrong, or not after the end of the 征求意见 period")
    if sq(f"《{f['old'][0]}》（{f['old'][1]}）同时废止") not in draft:
        errors.append(f"{name}: 废止 of the old policy missing")
    if "国办发〔2017〕95号" not in draft:
        errors.append(f"{name}: the draft does not cite 国办发〔2017〕95号")
    return ph[0] if ph else None


def shuoming_checks(split, t, zq_text, errors):
    f = FACTS[split]
    name = DOCS[SM[split]]
    if sq(f"关于《{f['policy']}（征求意见稿）》的起草说明") not in t:
        errors.append(f"{name}: title missing")
    pos = [t.find(h) for h in ("一、起草背景", "二、起草依据", "三、起草过程", "四、主要内容", "五、需要说明的问题")]
    if -1 in pos or pos != sorted(pos):
        errors.append(f"{name}: parts 一、… 五、 missing or out of order")
        return
    if sq(f"《{f['old'][0]}》（{f['old'][1]}）") not in t[pos[0]:pos[1]]:
        errors.append(f"{name}: 一、 does not name the old policy with its 文号")
    for b in f["basis"]:
        if b not in t[pos[1]:pos[2]]:
            errors.append(f"{name}: 依据 {b} missing in 二、")
    for c in f["counts"]:
        if c not in t[pos[2]:pos[3]]:
            errors.append(f"{name}: {c} missing in 三、")
    if "合法性审查" not in t[pos[2]:pos[3]]:
        errors.append(f"{name}: no 合法性审查 in 三、")
    if f["size"] not in t[pos[3]:pos[4]]:
        errors.append(f"{name}: {f['size']} missing in 四、")
    for old, new in f["changes"]:
        if not re.search("由原来的" + re.escape(old) + "(提高|增加)到" + re.escape(new), t[pos[3]:pos[4]]):
            errors.append(f"{name}: change 由原来的{old}…到{new} missing in 四、")
        if new not in zq_text:
            errors.append(f"{name}: {new} is not the draft's amount")
    if f["funds"] not in t[pos[4]:]:
        errors.append(f"{name}: 资金来源 missing in 五、")
    if sq(f["unit"] + f["date"]) not in t:
        errors.append(f"{name}: 落款 {f['unit']} {f['date']} missing")
    if re.search(r"0\d{2,3}-\d{7,8}|@", t) or f["contact"] in t or "联系人" in t:
        errors.append(f"{name}: phone, e-mail or 联系人 in the 起草说明 (they belong to the 公告)")


# ---------------------------------------------------------------- formats
def format_checks():
    errors = []
    # html 公告 + 征求意见稿
    name = DOCS["huangnan-zhengqiu-yijian"]
    raw = open(os.path.join(HERE, name), "rb").read()
    page = raw.decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="top">', '<div class="nav">', '<div class="crumb">', '<div class="xxgk">',
              '<div class="info">', '<div class="article">', '<div class="foot">', "当前位置", "索 引 号", "发布机构", "发布时间",
              "浏览次数", "打印本页", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="crumb">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页政民互动意见征集":
        errors.append(f"{name}: breadcrumb is {crumb}")
    if "<table" in page:
        errors.append(f"{name}: a table (this page has none)")
    # txt 起草说明
    name = DOCS["huangnan-qicao-shuoming"]
    raw = open(os.path.join(HERE, name), "rb").read()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
        errors.append(f"{name}: BOM or CR")
    # docx 公告 + 征求意见稿
    name = DOCS["ledong-zhengqiu-yijian"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    if "<w:tbl>" in body:
        errors.append(f"{name}: a table (this document has none)")
    if '<w:br w:type="page"/>' not in body and "<w:pageBreakBefore" not in body:
        styles = z.read("word/styles.xml").decode("utf-8")
        if "<w:pageBreakBefore" not in styles:
            errors.append(f"{name}: the draft does not start on a new page")
    # pdf 起草说明
    name = DOCS["ledong-qicao-shuoming"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    sp = [sq(p) for p in pdf_pages(path)]
    if not 1 <= len(sp) <= 3 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 1–3 pages numbered — N —, or the note not on the last page")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = earlier_doc_regions()
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    for split in SPLITS:
        zhengqiu_checks(split, texts[ZQ[split]], errors)
        shuoming_checks(split, texts[SM[split]], texts[ZQ[split]], errors)
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
            if not (qid.startswith("x-f29-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f29-")
            if ("-rs-" in qid) != (kind == "region-scoped"):
                errors.append(f"{where}: -rs- ids are the region-scoped lines")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 镇 of the regions")
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
                    if not any(p[:2] in said for p in parts(region)[1:]):
                        errors.append(f"{where}: the question does not name its region")
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
                words = UNSTATED_ABSENT.get(qid)
                if not words or region != REGION[split] or not any(p[:2] in said for p in parts(region)[1:]):
                    errors.append(f"{where}: no give-away words, or the split's region not its region / not named")
                    continue
                for w in words:
                    if w not in said:
                        errors.append(f"{where}: give-away word {w!r} not in the question")
                    hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
                    if hits:
                        errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                names = parts(region)[1:]
                bad = (not region.startswith(PROVINCE[split]) or region == PROVINCE[split] or region.startswith(REGION[split])
                       or any(region.startswith(r) for r in earlier_regions if r != PROVINCE[split]))
                if bad or any(p in t for p in names for t in list(texts.values()) + list(earlier.values())) \
                        or not any(p[:2] in said for p in names):
                    errors.append(f"{where}: clash region must be another region of the same province covered by no document but "
                                  "the province's, named in no document, and named by the question")
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
        have = {i for i in by_split[split] if re.match(r"x-f29-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 1100 <= n <= 2600:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 1,100–2,600")
        for w, qids in later.items():
            if sq(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
        print(f"{f}: {n} characters")
    errors += format_checks()
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
