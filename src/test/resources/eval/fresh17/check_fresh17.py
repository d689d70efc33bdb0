#!/usr/bin/env python3
"""Check fresh17-dev.jsonl / fresh17-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh17/check_fresh17.py            (from the repository root, or anywhere)
    python3 check_fresh17.py --dump DOC                                 (print a document's visible text)

Adapted from fresh16/check_fresh16.py. The documents are read exactly as ../tools/evalset.py reads them (the <body> text
of the .html, `soffice … txt:Text` for the .docx, `pdftotext -layout` for the .pdf), and the schema checks are evalset.py's
(`evalset.main`: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc
and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every `must` string in the
visible text of its document — or of one of its `docs` — with whitespace removed). This round has no `region-scoped` line
that must abstain, so evalset's loop is used unchanged.

This round is a provincial-level document together with a county-level document that implements it (青海省: the
province's 产业学院 认定和管理办法 as a LibreOffice-printed .pdf and 互助土族自治县's 2026 实施方案 as a portal .html, dev;
海南省: the province's 产教融合型企业 认定和管理办法 as a portal .html of the 省发展改革委 and 三亚市崖州区's 2026 实施方案 as a
LibreOffice .docx, test), so it also checks:
  - regions: every region value is a GB/T 2260 name (REGION_CODES: province, prefecture, county; below a county only the
    towns and zones in SUB_PLACES); every answerable line's region lies in the region of its `doc` and of each of its
    `docs`; a line whose region lies strictly below its `doc`'s region is `region-scoped` and the other way round (lines
    with `docs` keep their kind: their region is one document's own region); every answerable line names its region
    (question or context), except REGION_FREE lines, which have no region and use an anchor word found in their document
    and in no other document of any round;
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines; no punctuation in users' messages;
  - ONLY lines (which level answers) have at least one `must` string that is not in the other document of the split;
  - `unstated` lines: none of their give-away words (UNSTATED_ABSENT) occurs in a document covering the line's region;
    HIER lines (hierarchy traps) name a place the county's / district's plan does not cover and their words ARE in that
    plan; every other `unstated` line's words occur in no document of this or any earlier round;
  - `region-clash` regions lie outside both provinces, outside every earlier document's region (the tables of
    eval/README.md) and every province with a provincial-level document, no earlier region value lies in them
    or equals them, and their names occur in none of the four new documents;
  - `fragment` and `outofscope` lines are split half and half between the two files;
  - the documents: the fictional note in the last lines (for the .pdf: in the text of its last page), the .html also in
    an HTML comment, the .docx also in its core properties (subject, description); lengths 2,000–5,000 characters
    (whitespace removed); KEEP_OUT (fresh14's list; 产教融合型企业 allowed in the 海南 documents only) and KEEP_OUT_EARLIER
    (the give-away words of the earlier `unstated` lines on 海口 / 西宁, and what the earlier `region-clash` lines on
    玉树 ask for: 实训基地 and 专项资金 stay out of the 青海 办法) absent; the 办法 have 第一章…第六章 and their articles in
    order, an 附则 with 负责解释, 施行, 有效期 and 废止; the plans cite their province's 办法 with its title and 文号 and have a
    ★ task table; the 海南 办法 gives no validity term of the 认定;
  - formats: the 青海 .pdf was produced by LibreOffice, its first page has the red head and the 文号, its pages are
    numbered `— 1 —` … `— N —`, it uses a bold font (chapter lines, article labels); the 互助 .html has the portal chrome
    (当前位置, info line with 字号 大 中 小, 打印本页, 网站标识码, ICP备), UTF-8, exactly one <table> whose 类别 cells span
    rows (rowspan) and twelve ★ rows; the 海南 .html has the portal chrome, a 信息公开 table and no other table, the
    chapters as <h3> and the articles as <p>; the 崖州 .docx was written by LibreOffice, has one table with ★, bold lead
    runs, and a list of six paragraphs numbered by Word numbering (numbering.xml, w:numPr) whose numbers are not in the text.
"""
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
    "qinghai-chanye-xueyuan-banfa": "qinghai-chanye-xueyuan-banfa.pdf",
    "huzhu-shishi-fangan": "huzhu-shishi-fangan.html",
    "hainan-chanjiao-qiye-banfa": "hainan-chanjiao-qiye-banfa.html",
    "yazhou-shishi-fangan": "yazhou-shishi-fangan.docx",
}
SPLITS = {"fresh17-dev.jsonl": {"qinghai-chanye-xueyuan-banfa", "huzhu-shishi-fangan"},
          "fresh17-test.jsonl": {"hainan-chanjiao-qiye-banfa", "yazhou-shishi-fangan"}}
PROVINCE_DOC = {"fresh17-dev.jsonl": "qinghai-chanye-xueyuan-banfa", "fresh17-test.jsonl": "hainan-chanjiao-qiye-banfa"}
COUNTY_DOC = {"fresh17-dev.jsonl": "huzhu-shishi-fangan", "fresh17-test.jsonl": "yazhou-shishi-fangan"}
CITES = {"huzhu-shishi-fangan": ["《青海省职业院校产业学院认定和管理办法》", "青教职〔2026〕26号"],
         "yazhou-shishi-fangan": ["《海南省产教融合型企业认定和管理办法》", "琼发改社会〔2026〕43号"]}
ARTICLES = {"qinghai-chanye-xueyuan-banfa": 24, "hainan-chanjiao-qiye-banfa": 22}
# GB/T 2260 codes of the region values (province, prefecture, county level)
REGION_CODES = {
    "青海省": "630000", "青海省海东市": "630200", "青海省海东市乐都区": "630202", "青海省海东市互助土族自治县": "630223",
    "青海省海北藏族自治州门源回族自治县": "632221", "青海省海西蒙古族藏族自治州格尔木市": "632801",
    "青海省海西蒙古族藏族自治州德令哈市": "632802",
    "海南省": "460000", "海南省三亚市": "460200", "海南省三亚市吉阳区": "460203", "海南省三亚市天涯区": "460204",
    "海南省三亚市崖州区": "460205", "海南省儋州市": "460400", "海南省琼海市": "469002", "海南省文昌市": "469005",
    "海南省万宁市": "469006",
    "甘肃省武威市": "620600", "河南省焦作市": "410800", "四川省雅安市": "511800",
    "广东省汕尾市": "441500", "江西省鹰潭市": "360600", "湖北省鄂州市": "420700",
}
# below a county: towns and zones (not GB/T 2260 divisions; 统计用区划 places / 管委会 zones), each under its county
SUB_PLACES = {"青海省海东市互助土族自治县": ["塘川镇", "丹麻镇", "威远镇", "互助绿色产业园区"],
              "海南省三亚市崖州区": ["三亚崖州湾科技城"], "海南省儋州市": ["洋浦经济开发区"]}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南"]
FICTION = "虚构测试文档，非真实政策"
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 优秀 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 结转 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 产教融合型企业").split()
KEEP_OUT_ALLOWED = {"hainan-chanjiao-qiye-banfa": {"产教融合型企业"}, "yazhou-shishi-fangan": {"产教融合型企业"}}
# give-away words of the earlier lines on places in 青海 / 海南: 海口's and 西宁's `unstated` lines (fresh3) and what the
# `region-clash` lines on 玉树 (fresh10) ask for (the 青海 documents' own check: 实训基地 and 专项资金 out of the 办法)
KEEP_OUT_EARLIER = "文件大小 变更 评审费 折价 旧设备 二手 回避 保存 字数 视频 答辩 动车".split()
QINGHAI_BANFA_OUT = ["实训基地", "专项资金"]
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region == county + sub for county, subs in SUB_PLACES.items() for sub in subs)


def earlier_doc_regions():
    """Region cells of the documents tables in eval/README.md above this round's section (`| \\`doc\\` | file | kind | region |`)."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Eighteenth fresh set")[0]
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


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [evalset.squash(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                                          capture_output=True, text=True).stdout) for i in range(1, n + 1)]


def portal_chrome(name, page, errors):
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "字号", "打印本页", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if '<meta charset="utf-8">' not in page or not re.search(r"字号：<a[^>]*>大</a> <a[^>]*>中</a> <a[^>]*>小</a>", page):
        errors.append(f"{name}: not UTF-8, or no 字号 大 中 小")


NUMS = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五".split()


def banfa_structure(doc, t, errors):
    chaps = [m for m in re.findall(r"第([一二三四五六])章", t)]
    if chaps != ["一", "二", "三", "四", "五", "六"]:
        errors.append(f"{DOCS[doc]}: chapters 第一章…第六章 not found in order ({chaps})")
    n = ARTICLES[doc]
    pos = -1
    for k in NUMS[:n]:
        m = re.compile(f"第{k}条(?![一二三四五六七八九十])").search(t, pos + 1)
        if not m:
            errors.append(f"{DOCS[doc]}: 第{k}条 missing or out of order")
            break
        pos = m.start()
    if f"第{NUMS[n]}条" in t:
        errors.append(f"{DOCS[doc]}: more than {n} articles")
    fuze = t[t.rfind("附则"):]
    for w in ("负责解释", "起施行", "有效期5年", "同时废止"):
        if w not in fuze:
            errors.append(f"{DOCS[doc]}: 附则 without {w}")


def format_checks(texts):
    errors = []
    # 青海 办法 .pdf
    name = DOCS["qinghai-chanye-xueyuan-banfa"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info:
        errors.append(f"{name}: not produced by LibreOffice")
    if "Bold" not in subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: no bold font (chapter lines, article labels)")
    pages = pdf_pages(path)
    if "青海省教育厅文件" not in pages[0] or "青教职〔2026〕26号" not in pages[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in pages[n - 1] for n in range(1, len(pages) + 1)):
        errors.append(f"{name}: pages not numbered — 1 — … — {len(pages)} —")
    if FICTION not in pages[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    # 互助 实施方案 .html: chrome, one table with rowspan, ★ rows
    name = DOCS["huzhu-shishi-fangan"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    rows = re.findall(r"<tr>(.*?)</tr>", page)
    if (page.count("<table") != 1 or len(re.findall(r'rowspan="\d"', page)) != 3
            or sum("★" in r for r in rows) != 12 or "<th>责任单位</th>" not in page or "相关下载" not in page):
        errors.append(f"{name}: not one <table> with three rowspan 类别 cells, twelve ★ rows and 相关下载")
    if len(re.findall(r"<p><strong>（[一二三四五六七]）[^<]*。</strong>", page)) != 7:
        errors.append(f"{name}: not seven tasks with bold lead sentences")
    # 海南 办法 .html: chrome, 信息公开 table only, <h3> chapters, <p> articles
    name = DOCS["hainan-chanjiao-qiye-banfa"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if page.count("<table") != 1 or '<table class="xxgk">' not in page:
        errors.append(f"{name}: not exactly one table (the 信息公开 table)")
    if len(re.findall(r"<h3>第[一二三四五六]章", page)) != 6 or len(re.findall(r"<p>第[一二三四五六七八九十]+条　", page)) != 22:
        errors.append(f"{name}: chapters not six <h3>, or articles not twenty-two <p>")
    # 崖州 实施方案 .docx: LibreOffice, core properties, one table with ★, bold leads, six Word-numbered paragraphs
    name = DOCS["yazhou-shishi-fangan"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    if z.read("docProps/core.xml").decode("utf-8").count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    numbered = [p for p in re.findall(r"<w:p[ >].*?</w:p>", document) if "<w:numPr>" in p]
    ntexts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in numbered]
    if (len(numbered) != 6 or "word/numbering.xml" not in z.namelist()
            or any(re.match(r"\s*\d", t) for t in ntexts)):
        errors.append(f"{name}: not six paragraphs with Word numbering whose numbers are outside the text ({len(numbered)})")
    if document.count("<w:tbl>") != 1 or document.count("★") != 13:  # twelve rows and the header cell
        errors.append(f"{name}: not one table with twelve ★")
    if document.count("<w:b/>") < 10:
        errors.append(f"{name}: no bold lead runs")
    t = texts["yazhou-shishi-fangan"]
    if "1.区级产教融合奖补申请表" not in t or "6.企业银行账户信息" not in t:
        errors.append(f"{name}: the generated numbers 1.…6. are not in the soffice text")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, HIER, REGION_FREE  # noqa: E402
    errors = []
    earlier_docs_regions = earlier_doc_regions()
    if len(earlier_docs_regions) < 30:
        errors.append(f"README.md: only {len(earlier_docs_regions)} earlier document regions found")
    earlier_values = earlier_region_values()
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    ids = set()
    none_kinds = {}
    for split, allowed in SPLITS.items():
        county = COUNTY_DOC[split]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name (REGION_CODES / SUB_PLACES)")
            if kind in ("fragment", "outofscope"):
                none_kinds.setdefault(kind, {}).setdefault(split, 0)
                none_kinds[kind][split] += 1
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
                    if "docs" in d:
                        if not any(region == DOC_REGION[x] for x in d["docs"]) or kind == "region-scoped":
                            errors.append(f"{where}: a docs line's region is one document's own region, its kind not region-scoped")
                    elif below != (kind == "region-scoped"):
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
                    if region.startswith(DOC_REGION[county]) or not any(evalset.squash(w) in texts[county] for w in words):
                        errors.append(f"{where}: hierarchy trap must name a place outside the county's plan, which has the words")
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
    for kind, per in none_kinds.items():
        n = [per.get(s, 0) for s in SPLITS]
        if max(n) - min(n) > 1:
            errors.append(f"{kind}: not split half and half ({n})")
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 2000 <= n <= 5000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 2000–5000")
        for w in KEEP_OUT + KEEP_OUT_EARLIER:
            if w in texts[doc] and w not in KEEP_OUT_ALLOWED.get(doc, set()):
                errors.append(f"{f}: {w!r} should stay out")
    for w in QINGHAI_BANFA_OUT:
        if w in texts["qinghai-chanye-xueyuan-banfa"]:
            errors.append(f"{DOCS['qinghai-chanye-xueyuan-banfa']}: {w!r} should stay out (earlier 玉树 region-clash lines)")
    if "认定有效期" in texts["hainan-chanjiao-qiye-banfa"] or "认定有效期" in texts["yazhou-shishi-fangan"]:
        errors.append("海南 documents: no validity term of the 认定 (a region-free earlier line asks for one)")
    for doc in ARTICLES:
        banfa_structure(doc, texts[doc], errors)
    for doc, cites in CITES.items():
        if not all(c in texts[doc] for c in cites) or "★" not in texts[doc]:
            errors.append(f"{DOCS[doc]}: does not cite its province's 办法 with title and 文号, or has no ★")
    errors += format_checks(texts)
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
