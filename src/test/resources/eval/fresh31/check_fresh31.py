#!/usr/bin/env python3
"""Check fresh31-dev.jsonl / fresh31-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh31/check_fresh31.py            (from the repository root, or anywhere)
    python3 check_fresh31.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh30/check_fresh30.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt as it is); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, every `must` string in the
visible text of its document — or of one of its `docs` — with whitespace removed).

This round is an **产教融合联盟 / 县域产教联合体 章程** (with the 牵头单位's cover notice) and the **首批成员单位名单公告** of the same
body per split: 内蒙古自治区锡林郭勒盟 (the 章程 as a LibreOffice .docx, the 公告 as a portal .html page with the roster <table>; dev)
and 四川省眉山市洪雅县 (the 章程 as a LibreOffice PDF, the 公告 as a portal's 纯文本 .txt with the roster as aligned columns; test).
So it also checks:
  - lines (as fresh30): id prefixes (xlz- / xlg- / hyz- / hyg- by `doc`, x-f31- for lines that must not be answered), regions
    (REGION_CODES, TOWNS), `region-scoped` if and only if the region lies strictly below the document's region, every other
    answerable line names its region (ALIASES: 锡盟 for 锡林郭勒; REGION_FREE lines: no region, an anchor word of their document
    found in no other document of any round), `docs` lines (each document holds a `must` string, neither all), ONLY lines,
    `two`, punctuation, `unstated` (region = the split's, named, give-away words in the question and in no document of this
    round nor of any earlier round), `region-clash` (another region of the same province, covered by no document of any round
    except the province's own, named in no document, named by the question, and not a region value of an earlier line),
    `outofscope` regions, the seeded split of the fragment lines;
  - **the 章程**: the cover notice (title 关于印发《…章程》的通知, its 文号 and date), the 章程's title, chapters 第一章 … numbered in
    order (总则 first, 附则 last), articles 第一条 … 第N条 each starting a line once and in order, the set facts (非营利性, 业务主管
    单位, 秘书处设在 the lead, the fees — per 职务 in dev, 不收取会费 and no amount of money at all in test — quorums, terms,
    退出 / 自动退出 / 除名 periods, 章程修改, 终止, 生效, 解释), dates in order (成立大会 < cover notice < 公告 < next steps), and
    none of the 公告's own facts (persons, phone, e-mail, 公告 文号, counts, next-step dates);
  - **the 公告**: title, 文号, the 章程 cited, 成立大会 date; the roster (read from the generator): N units, the counts per 类别
    and per 职务 stated in the text and matching the rows, one 理事长单位 = the 章程's lead, 副理事长单位 within the 章程's
    limit, every place a 旗县市 / 镇 of the region and the number of places stated, every unit name in the text (the .txt's
    wrapped names only as their two parts, never whole); persons, one phone of the area code, one e-mail, next-step dates after
    the 公告; none of the 章程's rules (fees, majorities, periods);
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .docx in
    docProps/core.xml, the .pdf in its Subject; lengths (章程 2,400–6,000, 公告 1,500–4,500 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh30 checks require in no document) absent; no name of an earlier round's
    region-clash region (their checks read this folder too);
  - formats: the .docx is written by LibreOffice, chapter headings centred (their paragraph style) and bold, every article's
    first run the bold 第X条; the .html is UTF-8 with the portal chrome (utility bar, header, menu, breadcrumb 首页 > 信息公开 >
    公示公告, 信息公开 box of <dl> items, info line, footer) and the roster <table> (header + N rows); the .pdf is produced by
    LibreOffice, 3–5 pages numbered `— N —`, and one article continues across a page break; the .txt is UTF-8 with the 纯文本
    header, a roster header line and rule, every row's columns starting at the header's display offsets, and 3 wrapped names.
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
import unicodedata
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
    "xilinguole-lianmeng-zhangcheng": "xilinguole-lianmeng-zhangcheng.docx",
    "xilinguole-mingdan-gonggao": "xilinguole-mingdan-gonggao.html",
    "hongya-lianheti-zhangcheng": "hongya-lianheti-zhangcheng.pdf",
    "hongya-mingdan-gonggao": "hongya-mingdan-gonggao.txt",
}
DEV, TEST = "fresh31-dev.jsonl", "fresh31-test.jsonl"
SPLITS = {DEV: {"xilinguole-lianmeng-zhangcheng", "xilinguole-mingdan-gonggao"},
          TEST: {"hongya-lianheti-zhangcheng", "hongya-mingdan-gonggao"}}
ZC = {DEV: "xilinguole-lianmeng-zhangcheng", TEST: "hongya-lianheti-zhangcheng"}
GG = {DEV: "xilinguole-mingdan-gonggao", TEST: "hongya-mingdan-gonggao"}
XL = "内蒙古自治区锡林郭勒盟"
HY = "四川省眉山市洪雅县"
REGION = {DEV: XL, TEST: HY}
PROVINCE = {DEV: "内蒙古自治区", TEST: "四川省"}
ID_PREFIX = {"xilinguole-lianmeng-zhangcheng": "xlz-", "xilinguole-mingdan-gonggao": "xlg-", "hongya-lianheti-zhangcheng": "hyz-",
             "hongya-mingdan-gonggao": "hyg-"}
BANNERS = "锡林浩特市 二连浩特市 阿巴嘎旗 苏尼特左旗 苏尼特右旗 东乌珠穆沁旗 西乌珠穆沁旗 太仆寺旗 镶黄旗 正镶白旗 正蓝旗 多伦县".split()
REGION_CODES = {
    "内蒙古自治区": "150000", XL: "152500", XL + "二连浩特市": "152501", XL + "锡林浩特市": "152502", XL + "阿巴嘎旗": "152522",
    XL + "苏尼特左旗": "152523", XL + "苏尼特右旗": "152524", XL + "东乌珠穆沁旗": "152525", XL + "西乌珠穆沁旗": "152526",
    XL + "太仆寺旗": "152527", XL + "镶黄旗": "152528", XL + "正镶白旗": "152529", XL + "正蓝旗": "152530", XL + "多伦县": "152531",
    "内蒙古自治区乌海市": "150300", "内蒙古自治区兴安盟": "152200", "内蒙古自治区阿拉善盟": "152900",
    "四川省": "510000", "四川省眉山市": "511400", HY: "511423", "四川省眉山市丹棱县": "511424", "四川省眉山市青神县": "511425",
    "四川省乐山市": "511100", "四川省乐山市夹江县": "511126",
}
# 镇 of 洪雅县 (names as in the 统计用区划代码); 柳江镇 is left out (柳江 is a district of 柳州 in earlier files)
TOWNS = {HY: "洪川镇 止戈镇 余坪镇 槽渔滩镇 中保镇 东岳镇 瓦屋山镇 将军镇 三宝镇 花溪镇 高庙镇".split()}
PLACES = {DEV: BANNERS, TEST: TOWNS[HY]}
ALIASES = {"锡林郭勒": ["锡盟"]}
AREA = {DEV: "0479", TEST: "028"}
FICTION = "虚构测试文档，非真实政策"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
CN = "一二三四五六七八九十"
# per split: the facts both documents are built on (checked against the documents' text and the generators' rosters)
FACTS = {
    DEV: {"lead": "锡林郭勒草原职业技术学院", "body": "锡林郭勒盟产教融合联盟", "cover_no": "锡草职院发〔2026〕27号",
          "cover_date": "2026年6月17日", "founded": "2026年6月3日", "articles": 35, "chapters": 8,
          "fees": {"理事长单位": "3.2万元", "副理事长单位": "1.6万元", "理事单位": "8000元", "成员单位": "3000元"},
          "rules": ["非营利性", "业务主管单位为锡林郭勒盟教育局", "秘书处设在锡林郭勒草原职业技术学院", "每四年召开一次", "每届任期四年",
                    "三分之二以上的会员单位出席", "到会会员单位过半数表决通过", "到会理事单位三分之二以上表决通过",
                    "提前一个月书面通知", "连续两年不参加联盟活动", "三年内不得重新申请入会", "五分之一以上的会员单位联名提出",
                    "15日内报业务主管单位备案", "自通过之日起生效", "解释权属于联盟理事会", "副理事长单位不超过7家"],
          "max_vice": 7, "gg_no": "锡产教盟〔2026〕3号", "gg_date": "2026年6月23日", "gg_issuer": "锡林郭勒盟产教融合联盟",
          "gg_title": "关于公布锡林郭勒盟产教融合联盟首批成员单位名单的公告", "roster": "make_xilinguole_html",
          "persons": ["毕力格图", "高雅琴", "苏日娜"], "phone": "0479-8263157", "email": "xlglm_cjrh@163.com",
          "next": ["2026年7月23日", "2026年8月14日", "2026年9月18日"], "places_said": "个旗县市"},
    TEST: {"lead": "洪雅县青衣江职业技术学校", "body": "洪雅县县域产教联合体", "cover_no": "洪青职校发〔2026〕19号",
           "cover_date": "2026年6月29日", "founded": "2026年6月25日", "articles": 33, "chapters": 7, "fees": None,
           "rules": ["非营利性", "业务主管单位为洪雅县教育和体育局", "秘书处设在洪雅县青衣江职业技术学校", "每三年召开一次",
                     "每届任期三年", "须有过半数成员单位出席", "到会成员单位过半数同意", "三分之二以上理事单位出席",
                     "提前15日书面告知秘书处", "连续两次不参加成员大会", "两年内不得重新申请加入联合体", "三分之一以上成员单位联名提出",
                     "20日内报洪雅县教育和体育局备案", "自通过之日起施行", "由联合体理事会负责解释", "副理事长单位不超过5家",
                     "不收取会费"],
           "max_vice": 5, "gg_no": "洪产教联〔2026〕2号", "gg_date": "2026年7月2日", "gg_issuer": "洪雅县县域产教联合体",
           "gg_title": "关于公布洪雅县县域产教联合体首批成员单位名单的公告", "roster": "make_hongya_txt",
           "persons": ["杨启明", "罗晓梅", "何丽娟"], "phone": "028-37826514", "email": "hyxycjlht@126.com",
           "next": ["2026年7月22日", "2026年8月6日", "2026年10月29日"], "places_said": "个镇"},
}


def cn(n):
    """1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五."""
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
    text = text.split("# Thirty-second fresh set")[0]
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
    """The visible text of every document of the other folders of eval/ (docs/ and fresh … fresh30)."""
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
    """Words that fresh17/check_fresh17.py … fresh30/check_fresh30.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in range(17, 31):
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


def roster(split):
    """(name, 类别, place, 职务) rows and the module of the 公告's generator."""
    mod = importlib.import_module(FACTS[split]["roster"])
    return [tuple(r) for r in mod.ROWS], mod


# ---------------------------------------------------------------- the two documents of a split
ART = re.compile(r"^\s*(第[一二三四五六七八九十]+条)")
CHAP = re.compile(r"^\s*(第[一二三四五六七八九十]+章)")


def zhangcheng_checks(split, raw, t, errors):
    f = FACTS[split]
    name = DOCS[ZC[split]]
    title = f"{f['body']}章程"
    if sq(f"{f['lead']}关于印发《{title}》的通知") not in t or f["cover_no"] not in t:
        errors.append(f"{name}: cover notice title or 文号 {f['cover_no']} missing")
    if f"{f['lead']}{f['cover_date']}" not in re.sub("　", "", t):
        errors.append(f"{name}: cover notice 落款 {f['lead']} {f['cover_date']} missing")
    lines = raw.splitlines()
    arts = [ART.match(l).group(1) for l in lines if ART.match(l)]
    want = [f"第{cn(i)}条" for i in range(1, f["articles"] + 1)]
    if arts != want:
        errors.append(f"{name}: articles starting a line are not 第一条 … 第{cn(f['articles'])}条 in order ({len(arts)})")
    chaps = [(CHAP.match(l).group(1), sq(l)) for l in lines if CHAP.match(l)]
    if [c for c, _ in chaps] != [f"第{cn(i)}章" for i in range(1, f["chapters"] + 1)] or not chaps[0][1].endswith("总则") \
            or not chaps[-1][1].endswith("附则"):
        errors.append(f"{name}: chapters not 第一章 总则 … 第{cn(f['chapters'])}章 附则 in order")
    if sq(title) not in t or f"{f['founded']}" not in t:
        errors.append(f"{name}: the 章程's title or the 成立大会 date {f['founded']} missing")
    for w in f["rules"]:
        if sq(w) not in t:
            errors.append(f"{name}: rule {w!r} missing")
    if f["fees"]:
        for role, fee in f["fees"].items():
            if f"{role}每年{fee}" not in t:
                errors.append(f"{name}: fee {role}每年{fee} missing")
    elif re.search(r"\d+(\.\d+)?(万元|元)", t):
        errors.append(f"{name}: an amount of money in a 章程 that collects no fees")
    if not (date(f["founded"]) < date(f["cover_date"]) < date(f["gg_date"]) < min(date(d) for d in f["next"])):
        errors.append(f"{name}: dates not in order (成立大会 < cover notice < 公告 < next steps)")
    rows, _ = roster(split)
    for w in f["persons"] + [f["phone"], f["email"], f["gg_no"], f"{len(rows)}家"] + f["next"]:
        if sq(w) in t:
            errors.append(f"{name}: {w} is in the 章程 (it belongs to the 公告)")


def gonggao_checks(split, raw, t, zc_text, errors):
    f = FACTS[split]
    name = DOCS[GG[split]]
    if sq(f["gg_title"]) not in t or f["gg_no"] not in t or f"《{f['body']}章程》" not in t or f["founded"] not in t:
        errors.append(f"{name}: title, 文号 {f['gg_no']}, the 章程 cited or the 成立大会 date missing")
    if f"{f['gg_issuer']}{f['gg_date']}" not in re.sub("　", "", t):
        errors.append(f"{name}: 落款 {f['gg_issuer']} {f['gg_date']} missing")
    rows, mod = roster(split)
    n = len(rows)
    if n != mod.N or f"{n}家" not in t:
        errors.append(f"{name}: {n} units, the text / generator says otherwise")
    for k, v in list(mod.BY_TYPE.items()) + list(mod.BY_ROLE.items()):
        col = 1 if k in mod.BY_TYPE else 3
        if sum(1 for r in rows if r[col] == k) != v or f"{k}{v}家" not in t:
            errors.append(f"{name}: count {k}{v}家 missing or not the roster's")
    heads = [r for r in rows if r[3] == "理事长单位"]
    if len(heads) != 1 or heads[0][0] != f["lead"]:
        errors.append(f"{name}: the 理事长单位 is not the 章程's lead alone")
    if sum(1 for r in rows if r[3] == "副理事长单位") > f["max_vice"]:
        errors.append(f"{name}: more 副理事长单位 than the 章程 allows")
    places = {r[2] for r in rows}
    if not places <= set(PLACES[split]) or f"{len(places)}{f['places_said']}" not in t:
        errors.append(f"{name}: places {sorted(places - set(PLACES[split]))} not of the region, or their number not stated")
    wrap = getattr(mod, "WRAP", None)
    wrapped = 0
    for r in rows:
        if wrap and len(r[0]) > wrap:
            wrapped += 1
            if sq(r[0][:wrap]) not in t or sq(r[0][wrap:]) not in t or sq(r[0]) in t:
                errors.append(f"{name}: wrapped name {r[0]} not as its two parts")
        elif sq(r[0]) not in t:
            errors.append(f"{name}: unit {r[0]} not in the text")
    if split == TEST and wrapped != 3:
        errors.append(f"{name}: {wrapped} wrapped names, not 3")
    for w in f["persons"] + f["next"]:
        if w not in t:
            errors.append(f"{name}: {w} missing")
    if not all(date(f["gg_date"]) < date(d) for d in f["next"]):
        errors.append(f"{name}: next steps not after the 公告")
    ph = re.findall(r"0\d{2,3}-\d{7,8}", t)
    if ph != [f["phone"]] or not f["phone"].startswith(AREA[split] + "-"):
        errors.append(f"{name}: phones {ph}, not one of area code {AREA[split]}")
    mails = re.findall(r"[a-z0-9_.]+@[a-z0-9.]+\.(?:com|cn)", t)
    if mails != [f["email"]]:
        errors.append(f"{name}: e-mail addresses {mails}")
    rules = [w for w in f["rules"] if w not in ("非营利性",)] + ([f"每年{v}" for v in f["fees"].values()] if f["fees"] else [])
    for w in rules + ["三分之二", "过半数"]:
        if sq(w) in t:
            errors.append(f"{name}: {w!r} is in the 公告 (it belongs to the 章程)")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[ZC[DEV]]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body, styles = (z.read(p).decode("utf-8") for p in
                               ("docProps/app.xml", "docProps/core.xml", "word/document.xml", "word/styles.xml"))
    if "LibreOffice" not in app or FICTION not in core:
        errors.append(f"{name}: not written by LibreOffice, or no note in docProps/core.xml")
    centred = set(re.findall(r'<w:style w:type="paragraph" w:styleId="([^"]+)">(?:(?!</w:style>).)*<w:jc w:val="center"/>',
                             styles, re.S))
    n_chap = n_art = 0
    for p in re.findall(r"<w:p[ >].*?</w:p>", body, re.S):
        runs = re.findall(r"<w:r>(.*?)</w:r>", p, re.S)
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))
        if CHAP.match(text):
            n_chap += 1
            st = re.search(r'<w:pStyle w:val="([^"]+)"/>', p)
            jc = '<w:jc w:val="center"/>' in p or (st and st.group(1) in centred)
            bold = all("<w:b/>" in r for r in runs if "<w:t" in r)
            if not jc or not bold:
                errors.append(f"{name}: chapter heading {text} not centred and bold")
        elif ART.match(text):
            n_art += 1
            first = next((r for r in runs if "<w:t" in r), "")
            if "<w:b/>" not in first or not re.search(r"<w:t[^>]*>第[一二三四五六七八九十]+条</w:t>", first):
                errors.append(f"{name}: article {text[:6]} does not start with a bold 第X条 run")
    if n_chap != FACTS[DEV]["chapters"] or n_art != FACTS[DEV]["articles"]:
        errors.append(f"{name}: {n_chap} chapter headings and {n_art} article paragraphs")


def html_checks(errors):
    name = DOCS[GG[DEV]]
    page = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<div class="util">', '<div class="head">', '<div class="nav">', '<div class="crumb',
              '<div class="xxgk"><dl>', '<h1 class="tit">', '<div class="info">', '<div class="article">', '<div class="foot">',
              '<table class="md">', "当前位置", "索引号", "发布机构", "发布时间", "浏览次数", "蒙古文版", "【打印】", "网站标识码",
              "ICP备", "公网安备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    crumb = re.sub(r"<[^>]+>|\s|&gt;", "", re.search(r'<div class="crumb[^"]*">(.*?)</div>', page, re.S).group(1))
    if crumb != "当前位置：首页信息公开公示公告":
        errors.append(f"{name}: breadcrumb is {crumb}")
    md = re.search(r'<table class="md">(.*?)</table>', page, re.S).group(1)
    rows, _ = roster(DEV)
    if md.count("<tr>") != len(rows) + 1 or md.count("<th>") != 5:
        errors.append(f"{name}: the roster table is not a header row of 5 cells and {len(rows)} rows")


def pdf_checks(errors):
    name = DOCS[ZC[TEST]]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 3 <= len(sp) <= 5 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 3–5 pages numbered — N —, or the note not on the last page")
    crossing = []
    for i in range(1, len(pages)):
        body = [l for l in pages[i].splitlines() if l.strip()]
        before = [ART.match(l).group(1) for l in pages[i - 1].splitlines() if ART.match(l)]
        if body and before and not ART.match(body[0]) and not CHAP.match(body[0]):
            crossing.append(f"{before[-1]} (page {i} → {i + 1})")
    if not crossing:
        errors.append(f"{name}: no article continues across a page break")
    print(f"{name}: {len(pages)} pages; articles across a page break: {', '.join(crossing)}")


def txt_checks(errors):
    name = DOCS[GG[TEST]]
    raw = open(os.path.join(HERE, name), "rb").read().decode("utf-8")
    lines = raw.splitlines()
    if "纯文本" not in lines[0] or not lines[1].startswith("====") or "\r" in raw:
        errors.append(f"{name}: no 纯文本 header block, or not LF line ends")

    def cols(l):
        out, w, prev = [], 0, " "
        for c in l:
            if c != " " and prev == " ":
                out.append(w)
            w += 2 if unicodedata.east_asian_width(c) in "WF" else 1
            prev = c
        return out

    head = [i for i, l in enumerate(lines) if re.match(r"序号\s+单位名称\s+类别\s+所在镇\s+联合体职务\s*$", l)]
    if len(head) != 1 or not set(lines[head[0] + 1]) == {"-"}:
        errors.append(f"{name}: not one roster header line with a rule of '-' under it")
        return
    offs = cols(lines[head[0]])
    rows, mod = roster(TEST)
    body = lines[head[0] + 2: head[0] + 2 + len(rows) + 3]
    full = [l for l in body if re.match(r"\d+\s", l)]
    cont = [l for l in body if l.startswith(" ")]
    if len(full) != len(rows) or not all(cols(l) == offs for l in full):
        errors.append(f"{name}: roster rows not aligned with the header's columns")
    if len(cont) != 3 or not all(cols(l) == [offs[1]] for l in cont):
        errors.append(f"{name}: not 3 wrapped-name lines under the name column")


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split  # noqa: E402
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
        zhangcheng_checks(split, raw[ZC[split]], texts[ZC[split]], errors)
        gonggao_checks(split, raw[GG[split]], texts[GG[split]], texts[ZC[split]], errors)
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
            if not (qid.startswith("x-f31-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f31-")
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
                    if not any(named(p, said) for p in parts(region)[1:]):
                        errors.append(f"{where}: the question does not name its region")
                    if strictly and not named(parts(region)[-1], said):
                        errors.append(f"{where}: a region-scoped line must name its 旗县市 / 镇")
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
                if not words or region != REGION[split] or not any(named(p, said) for p in parts(region)[1:]):
                    errors.append(f"{where}: no give-away words, or the split's region not its region / not named")
                    continue
                for w in words:
                    if w not in said:
                        errors.append(f"{where}: give-away word {w!r} not in the question")
                    hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
                    if hits:
                        errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                names = [p for p in parts(region)[1:] if p not in parts(REGION[split])]  # 眉山 is shared with 洪雅县
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
        have = {i for i in by_split[split] if re.match(r"x-f31-fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh30 (the checks of fresh17 …
    # fresh27 reject a clash region that another jsonl's region value starts with; 四川省眉山市 (fresh15) and 四川省乐山市 (fresh4)
    # are clash regions of rounds whose checks have no such rule: see README)
    clash_old = set()
    for n in range(17, 31):
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
        lo, hi = (2400, 6000) if doc in ZC.values() else (1500, 4500)
        if not lo <= n <= hi:
            errors.append(f"{f}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        for w, qids in later.items():
            if sq(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
        for p in sorted(clash_names):
            if p in texts[doc]:
                errors.append(f"{f}: {p!r} names an earlier line's clash region")
        print(f"{f}: {n} characters")
    docx_checks(errors)
    html_checks(errors)
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
