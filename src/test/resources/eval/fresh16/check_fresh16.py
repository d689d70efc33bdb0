#!/usr/bin/env python3
"""Check fresh16-dev.jsonl / fresh16-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh16/check_fresh16.py            (from the repository root, or anywhere)
    python3 check_fresh16.py --dump DOC                                 (print a document's visible text)

Adapted from fresh15/check_fresh15.py. The documents are read exactly as ../tools/evalset.py reads them (the <body>
text of the .html, `soffice … txt:Text` for the .docx, `pdftotext -layout` for the .pdf), and the schema checks are
evalset.py's (JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc
and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every `must` string in
the visible text of its document with whitespace removed), repeated here (`schema_checks`, as in fresh14 / fresh15)
because a `region-scoped` line may carry `"expect": "none"`: the province (autonomous region) is named about something
only the city's documents say; those ids are NONE_SCOPED of src/make_questions.py. evalset's KINDS, KEYS, EXPECT,
visible_text and squash are used unchanged.

This round is a city's 若干措施 together with its official 政策解读 written as questions and answers (安徽省铜陵市: the
措施 as a portal .html, the 解读 as a LibreOffice .docx, dev; 广西壮族自治区钦州市: the 措施 as a LibreOffice-printed
.pdf, the 解读 as a portal .html, test), so it also checks:
  - every answerable line's region lies in the region of its `doc`; `region-scoped` answerable lines name a place
    strictly below it (a district, county or zone of the city); every answerable line has a region and its question
    (or context) names a part of it;
  - NONE_SCOPED lines: their region is the province / autonomous region of the split (a strict prefix of the documents'
    region, covered by no document) and the question names it;
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines;
  - ONLY lines have at least one `must` string that is not in the other document of the split;
  - ECHO lines (phrased like one of the 解读's own questions) are answered by the 解读 and share at least six
    characters in a row with one of its question headings (punctuation removed);
  - `unstated` lines: none of the give-away words (UNSTATED_ABSENT) occurs in either document of the split;
  - `region-clash` regions lie outside both new cities, outside every earlier document's region (the tables of
    eval/README.md) and outside every province with a provincial-level document; their place names occur in none of
    the four new documents;
  - `fragment` and `outofscope` lines are split half and half between the two files;
  - the documents: the fictional note (虚构测试文档，非真实政策) in the last lines (for the .pdf: in the text of its last
    page), the .html also in an HTML comment, the .docx also in its core properties (subject, description); lengths
    2,000–5,000 characters (whitespace removed); KEEP_OUT (fresh14's list) absent; the 措施 have measures 一、…十一、
    each opening with a bold lead sentence, the last one 附则 with 有效期 and 负责解释; what only the 解读 gives (its
    咨询电话, the 受理窗口, the date the 措施 take effect) is not in the 措施;
  - formats: the 措施 .html has the portal chrome (当前位置, info line 发布时间/来源/浏览次数/字号 大 中 小, 打印本页,
    相关下载, 网站标识码, ICP备), UTF-8, exactly one <table> (序号/支持项目/支持标准/牵头部门) and eleven
    <p><strong>lead</strong>…</p> measures; the 解读 .docx was written by LibreOffice, has fifteen Heading 2 paragraphs
    ending in ？ (the questions) and no table; the 措施 .pdf was produced by LibreOffice, its first page has the red
    head and the 文号, its pages are numbered `— 1 —` … `— 6 —`, it uses a bold font (the lead sentences) and the 附件
    table's header row is on two consecutive pages; the 解读 .html has the portal chrome, no <table>, and fifteen
    questions, each a <p> holding only <strong>问：…？</strong>, each followed by a paragraph starting with 答：.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True  # importing src/make_questions.py leaves no __pycache__ in src/

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

DOCS = {
    "tongling-ruogan-cuoshi": "tongling-ruogan-cuoshi.html",
    "tongling-zhengce-jiedu": "tongling-zhengce-jiedu.docx",
    "qinzhou-ruogan-cuoshi": "qinzhou-ruogan-cuoshi.pdf",
    "qinzhou-zhengce-jiedu": "qinzhou-zhengce-jiedu.html",
}
SPLITS = {"fresh16-dev.jsonl": {"tongling-ruogan-cuoshi", "tongling-zhengce-jiedu"},
          "fresh16-test.jsonl": {"qinzhou-ruogan-cuoshi", "qinzhou-zhengce-jiedu"}}
MEASURES = ["tongling-ruogan-cuoshi", "qinzhou-ruogan-cuoshi"]          # the 若干措施
JIEDU = {"tongling-ruogan-cuoshi": "tongling-zhengce-jiedu", "qinzhou-ruogan-cuoshi": "qinzhou-zhengce-jiedu"}
JIEDU_ONLY = {"tongling-zhengce-jiedu": ["0562-", "26号窗口", "2026年2月4日起施行"],
              "qinzhou-zhengce-jiedu": ["0777-", "12号窗口", "2026年2月13日起施行"]}
NUMS = "一 二 三 四 五 六 七 八 九 十 十一".split()
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海"]
FICTION = "虚构测试文档，非真实政策"
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 优秀 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 结转 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 产教融合型企业").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def earlier_doc_regions():
    """Region cells of the documents tables in eval/README.md above this round's section (`| \\`doc\\` | file | kind | region |`)."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Seventeenth fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def schema_checks(texts, none_scoped):
    errors = []
    old_ids = set()
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and f not in SPLITS:
            for l in open(os.path.join(EVAL, f), encoding="utf-8"):
                if l.strip():
                    old_ids.add(json.loads(l)["id"])
    seen = set()
    for split, allowed in SPLITS.items():
        n = 0
        for i, l in enumerate(open(os.path.join(EVAL, split), encoding="utf-8"), 1):
            where = f"{split}:{i}"
            if not l.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                d = json.loads(l)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            n += 1
            qid = d.get("id")
            where += f" {qid}"
            if not qid or qid in seen or qid in old_ids:
                errors.append(f"{where}: id missing or not unique")
            seen.add(qid)
            if set(d) - evalset.KEYS:
                errors.append(f"{where}: unknown keys {sorted(set(d) - evalset.KEYS)}")
            if not d.get("q") or "region" not in d or d.get("kind") not in evalset.KINDS:
                errors.append(f"{where}: q/region/kind missing or kind unknown")
            if "context" in d and ("-fu-" not in qid or not isinstance(d["context"], list) or not d["context"]):
                errors.append(f"{where}: context must be a non-empty list on a -fu- id")
            if "-fu-" in qid and "context" not in d:
                errors.append(f"{where}: -fu- id without context")
            kind = d.get("kind")
            expect = evalset.EXPECT.get(kind) or ("none" if qid in none_scoped else None)
            if expect:
                if d.get("expect") != expect or "must" in d or "doc" in d:
                    errors.append(f"{where}: {kind} needs expect={expect} and no must/doc")
                if not qid.startswith("x-"):
                    errors.append(f"{where}: {kind} id should start with x-")
                continue
            must, doc = d.get("must"), d.get("doc")
            if "expect" in d or not isinstance(must, list) or not 1 <= len(must) <= 8:
                errors.append(f"{where}: answerable line needs 1-8 must strings and no expect")
                continue
            if doc not in allowed:
                errors.append(f"{where}: doc {doc!r} does not belong in {split}")
                continue
            if "items" in d and (not isinstance(d["items"], int) or d["items"] <= len(must)):
                errors.append(f"{where}: items must be an int larger than len(must)")
            for m in must:
                if evalset.squash(m) not in texts[doc] and not any(evalset.squash(m) in texts[x] for x in d.get("docs", [])):
                    errors.append(f"{where}: must {m!r} not in {DOCS[doc]}")
        print(f"{split}: {n} lines")
    for e in errors:
        print("FAIL", e)
    print("schema:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [evalset.squash(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                                          capture_output=True, text=True).stdout) for i in range(1, n + 1)]


def strip_punct(t):
    return re.sub(r"[\s，。？！、,.?!；;：:“”《》（）()\"]", "", t)


def portal_chrome(name, page, errors):
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "字号", "打印本页", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if '<meta charset="utf-8">' not in page or not re.search(r"字号：<a[^>]*>大</a> <a[^>]*>中</a> <a[^>]*>小</a>", page):
        errors.append(f"{name}: not UTF-8, or no 字号 大 中 小")


def format_checks(texts):
    errors = []
    # 铜陵 若干措施 .html: portal chrome, one table, eleven measures with a bold lead sentence
    name = DOCS["tongling-ruogan-cuoshi"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    if "相关下载" not in page or page.count("<table>") != 1 or "<th>牵头部门</th>" not in page:
        errors.append(f"{name}: 相关下载 missing or not exactly one <table> with 牵头部门")
    leads = re.findall(r"<p><strong>([一二三四五六七八九十]+)、([^<]*)</strong>", page)
    if [n for n, _ in leads] != NUMS or not all(t.endswith("。") for _, t in leads) or leads[-1][1] != "附则。":
        errors.append(f"{name}: not eleven measures 一、…十一、 with bold lead sentences ending in 附则 ({len(leads)})")
    # 铜陵 解读 .docx: LibreOffice, core properties, fifteen Heading 2 questions, no table
    name = DOCS["tongling-zhengce-jiedu"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append(f"{name}: not written by LibreOffice")
    core = z.read("docProps/core.xml").decode("utf-8")
    if core.count(FICTION) < 2:
        errors.append(f"{name}: no fictional note in the core properties (subject, description)")
    heads = [p for p in re.findall(r"<w:p[ >].*?</w:p>", document) if '<w:pStyle w:val="Heading2"/>' in p]
    htexts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in heads]
    if len(heads) != 15 or not all(t.endswith("？") for t in htexts) or "<w:tbl>" in document:
        errors.append(f"{name}: not fifteen Heading 2 questions ending in ？, or a table ({len(heads)})")
    # 钦州 若干措施 .pdf: LibreOffice, red head, — N —, bold font, the 附件 header row on two pages, note last
    name = DOCS["qinzhou-ruogan-cuoshi"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info:
        errors.append(f"{name}: not produced by LibreOffice")
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout
    if "Bold" not in fonts:
        errors.append(f"{name}: no bold font (the lead sentences)")
    pages = pdf_pages(path)
    if "钦州市人民政府办公室文件" not in pages[0] or "钦政办发〔2026〕5号" not in pages[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if len(pages) != 6 or not all(f"—{n}—" in pages[n - 1] for n in range(1, 7)):
        errors.append(f"{name}: not six pages numbered — 1 — … — 6 —")
    heads = [i + 1 for i, p in enumerate(pages) if "序号" in p and "支持标准" in p and "牵头单位" in p and "配合单位" in p]
    if len(heads) < 2 or heads != list(range(heads[0], heads[0] + len(heads))):
        errors.append(f"{name}: the 附件 table's header row is not repeated on the next page ({heads})")
    if FICTION not in pages[-1]:
        errors.append(f"{name}: the fictional note is not on the last page")
    t = texts["qinzhou-ruogan-cuoshi"]
    found = [n for n in NUMS if re.search("(?<![一二三四五六七八九十])" + n + "、", t)]
    if found != NUMS or "十一、附则。" not in t:
        errors.append(f"{name}: measures 一、…十一、附则 not all found")
    # 钦州 解读 .html: portal chrome, no table, fifteen <strong>问：…？</strong> paragraphs each followed by 答：
    name = DOCS["qinzhou-zhengce-jiedu"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    portal_chrome(name, page, errors)
    qs = re.findall(r'<p class="wen"><strong>(问：[^<]*？)</strong></p>\n<p>(.)', page)
    if "<table" in page or len(qs) != 15 or any(a != "答" for _, a in qs):
        errors.append(f"{name}: a table, or not fifteen 问：…？ questions each followed by 答： ({len(qs)})")
    return errors


def jiedu_questions(doc):
    """The 解读's own question headings (punctuation removed)."""
    path = os.path.join(HERE, DOCS[doc])
    if path.endswith(".html"):
        heads = re.findall(r"<strong>(问：[^<]*)</strong>", open(path, encoding="utf-8").read())
    else:
        document = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        heads = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))
                 for p in re.findall(r"<w:p[ >].*?</w:p>", document) if '<w:pStyle w:val="Heading2"/>' in p]
    return [strip_punct(h) for h in heads]


def common_run(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, ECHO, NONE_SCOPED  # noqa: E402
    errors = []
    earlier = earlier_doc_regions()
    if len(earlier) < 30:
        errors.append(f"README.md: only {len(earlier)} earlier document regions found")
    ids = set()
    none_kinds = {}
    for split, allowed in SPLITS.items():
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            ids.add(d["id"])
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            if kind in ("fragment", "outofscope"):
                none_kinds.setdefault(kind, {}).setdefault(split, 0)
                none_kinds[kind][split] += 1
            if d.get("doc"):
                for doc in [d["doc"]] + d.get("docs", []):
                    if not region.startswith(DOC_REGION[doc]):
                        errors.append(f"{split} {d['id']}: region {region!r} is not inside {doc}'s region")
                if kind == "region-scoped" and region == DOC_REGION[d["doc"]]:
                    errors.append(f"{split} {d['id']}: region-scoped line names its document's own region")
                if not region or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{split} {d['id']}: no region, or the question does not name it")
                others = [texts[x] for x in allowed if x != d["doc"]]
                if d["id"] in ONLY and not any(all(evalset.squash(m) not in t for t in others) for m in d["must"]):
                    errors.append(f"{split} {d['id']}: ONLY line, every must string is also in the other document")
                if d["id"] in ECHO and (d["doc"] not in JIEDU_ONLY
                                        or max(common_run(strip_punct(d["q"]), h) for h in jiedu_questions(d["doc"])) < 6):
                    errors.append(f"{split} {d['id']}: ECHO line not answered by the 解读 or not phrased like one of its questions")
            if d["id"] in NONE_SCOPED:
                regs = [DOC_REGION[x] for x in allowed]
                if (kind != "region-scoped" or not any(r.startswith(region) and r != region for r in regs)
                        or any(region.startswith(r) for r in DOC_REGION.values())
                        or not any(p[:2] in said for p in parts(region))):
                    errors.append(f"{split} {d['id']}: not-answerable region-scoped line must name the split's province")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{split} {d['id']}: two must be true and the line needs a must string for each part")
            if "items" in d and kind != "list":
                errors.append(f"{split} {d['id']}: items on a {kind} line")
            if re.search(r"[，。？！、,.?!；;：:“”\"]", d["q"] + "".join(d.get("context", []))):
                errors.append(f"{split} {d['id']}: punctuation in a user's message")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(d["id"])
                if not words or not any(region.startswith(DOC_REGION[x]) for x in allowed):
                    errors.append(f"{split} {d['id']}: no give-away words listed or region not in this split's documents")
                    continue
                for w in words:
                    if any(evalset.squash(w) in texts[x] for x in allowed):
                        errors.append(f"{split} {d['id']}: {w!r} occurs in a document of the split")
            if kind == "region-clash":
                bad = (any(region.startswith(r) or r.startswith(region) for r in DOC_REGION.values())
                       or any(region.startswith(p) for p in PROVINCIAL_REGIONS)
                       or any(region.startswith(r) or (len(r) >= 3 and r in region) for r in earlier))
                names = [p for p in parts(region)[1:]]
                if bad or any(p in t for p in names for t in texts.values()) or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{split} {d['id']}: clash region lies in a covered region, is named in a new document, "
                                  "or is not named by the question")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(ECHO) + list(NONE_SCOPED):
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
        for w in KEEP_OUT:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
    for doc in MEASURES:
        t = texts[doc]
        if "附则" not in t or "有效期3年" not in t or "负责解释" not in t:
            errors.append(f"{DOCS[doc]}: no 附则 with 有效期 and 负责解释")
        for w in JIEDU_ONLY[JIEDU[doc]]:
            if w in t or w not in texts[JIEDU[doc]]:
                errors.append(f"{DOCS[doc]}: {w!r} should be in the 解读 only")
    errors += format_checks(texts)
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(evalset.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    from make_questions import NONE_SCOPED  # noqa: E402
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: evalset.squash(t) for d, t in raw.items()}
    rc = schema_checks(texts, NONE_SCOPED)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
