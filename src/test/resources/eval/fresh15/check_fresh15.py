#!/usr/bin/env python3
"""Check fresh15-dev.jsonl / fresh15-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh15/check_fresh15.py            (from the repository root, or anywhere)
    python3 check_fresh15.py --dump DOC                                 (print a document's visible text)

Adapted from fresh14/check_fresh14.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice …
txt:Text` for the .doc and the .docx, the <body> text of the .html, `pdftotext -layout` for the .pdf), and the schema
checks are evalset.py's (JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without
must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every `must`
string in the visible text of its document with whitespace removed), repeated here (`schema_checks`, as in fresh14)
because a `region-scoped` line may carry `"expect": "none"`: the province is named about something only the city's
documents say; those ids are NONE_SCOPED of src/make_questions.py. evalset's KINDS, KEYS, EXPECT, visible_text and
squash are used unchanged.

This round is about the kinds of documents users bring, with conditions and exclusions (湖北省荆门市: the city's 实施意见
as a legacy Word .doc and the 市财政局's 专项资金管理办法 as a portal .html, dev; 广东省湛江市: the city's 实施意见 as a
LibreOffice-printed .pdf and the 市财政局's 申报通知 as a LibreOffice .docx, test), so it also checks:
  - every answerable line's region lies in the region of its `doc`; `region-scoped` answerable lines name a place
    strictly below it (a district, county-level city, county or zone of the city); every answerable line has a region
    and its question (or context) names a part of it;
  - NONE_SCOPED lines: their region is the province of the split (a strict prefix of the documents' region, covered by
    no document) and the question names it;
  - `two: true` lines have at least two `must` strings; `items` only on `list` lines;
  - ONLY lines have at least one `must` string that is not in the other document of the split;
  - `unstated` lines: none of the give-away words (UNSTATED_ABSENT) occurs in either document of the split;
  - `region-clash` regions lie outside both new cities, outside every earlier document's region (the tables of
    eval/README.md) and outside every province with a provincial-level document; their place names occur in none of
    the four new documents;
  - `fragment` and `outofscope` lines are split half and half between the two files;
  - the documents: the fictional note (虚构测试文档，非真实政策) in the last lines (for the .pdf: in the text of its last
    page), the .html also in an HTML comment, the .doc / .docx also in their core properties (description); lengths
    2,000–5,000 characters (whitespace removed); KEEP_OUT (fresh14's list) absent; both 实施意见 mark lead units with ★
    in a 附件 task table (`★为牵头单位`);
  - formats: the .doc is a Word 97 binary (OLE2 signature) with four Heading 1, six Heading 2 paragraphs, one table
    with a repeated header row (read back through LibreOffice as .docx); the .html has the info line (发布时间, 来源,
    浏览次数), a <table> with rowspan, a downloads list, 网站标识码 and ICP备; the .pdf was produced by LibreOffice,
    its first page has the red head, its pages are numbered `— 1 —` … `— 6 —` and the 附件 table's header row is on two
    pages; the .docx was written by LibreOffice, has one table and a list of six paragraphs with automatic numbering
    (w:numPr, numbering.xml) whose text does not start with a typed number.
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
    "jingmen-shishi-yijian": "jingmen-shishi-yijian.doc",
    "jingmen-caizheng-banfa": "jingmen-caizheng-banfa.html",
    "zhanjiang-shishi-yijian": "zhanjiang-shishi-yijian.pdf",
    "zhanjiang-caizheng-tongzhi": "zhanjiang-caizheng-tongzhi.docx",
}
SPLITS = {"fresh15-dev.jsonl": {"jingmen-shishi-yijian", "jingmen-caizheng-banfa"},
          "fresh15-test.jsonl": {"zhanjiang-shishi-yijian", "zhanjiang-caizheng-tongzhi"}}
PLANS = ["jingmen-shishi-yijian", "zhanjiang-shishi-yijian"]
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
    text = text.split("# Sixteenth fresh set")[0]
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


def doc_as_docx(path, tmp):
    """The .doc read back through LibreOffice as .docx (styles, tables and core properties survive the round trip)."""
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return zipfile.ZipFile(os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx"))


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [evalset.squash(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                                          capture_output=True, text=True).stdout) for i in range(1, n + 1)]


def format_checks():
    errors = []
    # .doc: Word 97 binary with heading styles, one table with a repeated header row, the note in the core properties
    path = os.path.join(HERE, DOCS["jingmen-shishi-yijian"])
    if open(path, "rb").read(8) != bytes.fromhex("d0cf11e0a1b11ae1"):
        errors.append("jingmen-shishi-yijian.doc: not an OLE2 (Word 97) file")
    with tempfile.TemporaryDirectory() as tmp:
        z = doc_as_docx(path, tmp)
        document = z.read("word/document.xml").decode("utf-8")
        if document.count('<w:pStyle w:val="Heading1"/>') != 4 or document.count('<w:pStyle w:val="Heading2"/>') != 6:
            errors.append("jingmen-shishi-yijian.doc: not four Heading 1 and six Heading 2 paragraphs")
        if document.count("<w:tbl>") != 1 or "<w:tblHeader" not in document:
            errors.append("jingmen-shishi-yijian.doc: not exactly one table with a repeated header row")
        if FICTION not in z.read("docProps/core.xml").decode("utf-8"):
            errors.append("jingmen-shishi-yijian.doc: no fictional note in the core properties")
    # .html: portal chrome, info line, a table with rowspan, downloads, footer, the note in a comment
    page = open(os.path.join(HERE, DOCS["jingmen-caizheng-banfa"]), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append("jingmen-caizheng-banfa.html: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "附件下载", "网站标识码", "ICP备"):
        if w not in page:
            errors.append(f"jingmen-caizheng-banfa.html: {w} missing")
    if page.count("<table>") != 1 or 'rowspan="' not in page or '<meta charset="utf-8">' not in page:
        errors.append("jingmen-caizheng-banfa.html: not one <table> with rowspan, or not UTF-8")
    # .pdf: printed by LibreOffice, red head on page 1, — N — page numbers, the 附件 header row on two pages, note last
    path = os.path.join(HERE, DOCS["zhanjiang-shishi-yijian"])
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info:
        errors.append("zhanjiang-shishi-yijian.pdf: not produced by LibreOffice")
    pages = pdf_pages(path)
    if "湛江市人民政府办公室文件" not in pages[0]:
        errors.append("zhanjiang-shishi-yijian.pdf: no red head on page 1")
    if len(pages) != 6 or not all(f"—{n}—" in pages[n - 1] for n in range(1, 7)):
        errors.append("zhanjiang-shishi-yijian.pdf: not six pages numbered — 1 — … — 6 —")
    heads = [i + 1 for i, p in enumerate(pages) if "责任单位（★为牵头单位）" in p and "完成时限" in p]
    if len(heads) < 2 or heads != list(range(heads[0], heads[0] + len(heads))):
        errors.append(f"zhanjiang-shishi-yijian.pdf: the 附件 table's header row is not repeated on the next page ({heads})")
    if FICTION not in pages[-1]:
        errors.append("zhanjiang-shishi-yijian.pdf: the fictional note is not on the last page")
    # .docx: written by LibreOffice, one table, automatic numbering for the 不予支持 list
    z = zipfile.ZipFile(os.path.join(HERE, DOCS["zhanjiang-caizheng-tongzhi"]))
    document = z.read("word/document.xml").decode("utf-8")
    if "LibreOffice" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append("zhanjiang-caizheng-tongzhi.docx: not written by LibreOffice")
    if FICTION not in z.read("docProps/core.xml").decode("utf-8"):
        errors.append("zhanjiang-caizheng-tongzhi.docx: no fictional note in the core properties")
    if document.count("<w:tbl>") != 1:
        errors.append("zhanjiang-caizheng-tongzhi.docx: not exactly one table")
    numbered = [p for p in re.findall(r"<w:p[ >].*?</w:p>", document) if "<w:numPr>" in p]
    texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in numbered]
    if ("word/numbering.xml" not in z.namelist() or len(numbered) != 6
            or any(re.match(r"\s*([0-9０-９]+[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)", t) for t in texts)):
        errors.append("zhanjiang-caizheng-tongzhi.docx: the 不予支持 list is not six automatically numbered paragraphs")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, NONE_SCOPED  # noqa: E402
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
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(NONE_SCOPED):
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
    for doc in PLANS:
        t = texts[doc]
        if t.count("★") < 20 or "★为牵头单位" not in t or "附件" not in t:
            errors.append(f"{DOCS[doc]}: lead units (★), the 责任单位 column or the 附件 table missing")
    errors += format_checks()
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
