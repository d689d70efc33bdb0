#!/usr/bin/env python3
"""Check fresh10-dev.jsonl / fresh10-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh10/check_fresh10.py            (from the repository root, or anywhere)
    python3 check_fresh10.py --dump DOC                                 (print a document's visible text)

What is checked: see ../tools/evalset.py (schema, ids unique against every other *.jsonl in eval/, every `must`
string in the visible text of its document, whitespace removed). This round's four documents are ordinary, clean
formats and are read exactly as evalset.py reads them (`soffice … txt:Text` for the .docx, the <body> text of the
.html, `pdftotext -layout` for the .pdf, the UTF-8 .txt); evalset.py is not changed.

This round is about a provincial-level document and a lower-level document inside it (西藏自治区 ⊃ 拉萨市曲水县, dev;
上海市 ⊃ 嘉定区, test), so it also checks:
  - every answerable line's region lies in the region of its `doc` (and of every document in `docs`);
    `region-scoped` lines name a place strictly below their document's region; every answerable line has a region
    and its question (or context) names a part of it;
  - `unstated` lines: none of the give-away words (src/make_questions.py UNSTATED_ABSENT) occurs in any document of
    this round covering the line's region (the region's own lower-level document only when the line names it or a
    place inside it);
  - `region-clash` regions lie in neither region of this round;
  - the documents: each carries the fictional note (虚构测试文档，非真实政策) in its last lines, the .html also in an HTML
    comment, the .docx also in its core properties; the .docx has Heading 1/Heading 2 paragraph styles and one table;
    the .pdf has page numbers; the topics of the earlier clash lines that name 上海/拉萨 stay out (KEEP_OUT).
"""
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True  # importing src/make_questions.py leaves no __pycache__ in src/

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402
from make_questions import UNSTATED_ABSENT, DOC_REGION  # noqa: E402

DOCS = {
    "xizang-shishi-yijian": "xizang-shishi-yijian.docx",
    "qushui-shishi-fangan": "qushui-shishi-fangan.html",
    "shanghai-ruogan-cuoshi": "shanghai-ruogan-cuoshi.pdf",
    "jiading-shenbao-tongzhi": "jiading-shenbao-tongzhi.txt",
}
SPLITS = {"fresh10-dev.jsonl": {"xizang-shishi-yijian", "qushui-shishi-fangan"},
          "fresh10-test.jsonl": {"shanghai-ruogan-cuoshi", "jiading-shenbao-tongzhi"}}
FICTION = "虚构测试文档，非真实政策"
# topics of the earlier clash lines naming this round's regions (x-region-clash-h08: 拉萨, a school rated 优秀;
# x-region-clash-06: 上海, 学徒): kept out of the documents that now cover those regions
KEEP_OUT = {"xizang-shishi-yijian": ["考核", "优秀"], "qushui-shishi-fangan": ["考核", "优秀"],
            "shanghai-ruogan-cuoshi": ["学徒"], "jiading-shenbao-tongzhi": ["学徒"]}


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…, and 自治区 for 西藏."""
    out = [p for p in re.split(r"省|市|自治区|自治州|地区|新区|区|县|镇|街道|乡", region) if len(p) >= 2]
    return out + (["自治区"] if region.startswith("西藏自治区") else [])


def extra_checks():
    errors = []
    texts = {d: evalset.squash(evalset.visible_text(os.path.join(HERE, f))) for d, f in DOCS.items()}
    ids = set()
    for split in SPLITS:
        for l in open(os.path.join(os.path.dirname(HERE), split), encoding="utf-8"):
            d = json.loads(l)
            ids.add(d["id"])
            region, kind = d["region"], d["kind"]
            if d.get("doc"):
                for doc in [d["doc"]] + d.get("docs", []):
                    if not region.startswith(DOC_REGION[doc]):
                        errors.append(f"{split} {d['id']}: region {region!r} is not inside {doc}'s region")
                if kind == "region-scoped" and region == DOC_REGION[d["doc"]]:
                    errors.append(f"{split} {d['id']}: region-scoped line names its document's own region")
                said = d["q"] + "".join(d.get("context", []))
                if not region or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{split} {d['id']}: no region, or the question does not name it")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(d["id"])
                covering = [doc for doc, r in DOC_REGION.items() if region.startswith(r)]
                if not words or not covering:
                    errors.append(f"{split} {d['id']}: no give-away words listed or region not covered")
                    continue
                for w in words:
                    for doc in covering:
                        if evalset.squash(w) in texts[doc]:
                            errors.append(f"{split} {d['id']}: {w!r} occurs in {doc}")
            if kind == "region-clash" and any(region.startswith(r) for r in DOC_REGION.values()):
                errors.append(f"{split} {d['id']}: clash region lies in a region of this round")
    for i in UNSTATED_ABSENT:
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    for doc, f in DOCS.items():
        path = os.path.join(HERE, f)
        tail = [t for t in evalset.visible_text(path).splitlines() if t.strip()][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        for w in KEEP_OUT[doc]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
    page = open(os.path.join(HERE, DOCS["qushui-shishi-fangan"]), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append("qushui-shishi-fangan.html: no fictional note in an HTML comment")
    z = zipfile.ZipFile(os.path.join(HERE, DOCS["xizang-shishi-yijian"]))
    document = z.read("word/document.xml").decode("utf-8")
    if FICTION not in z.read("docProps/core.xml").decode("utf-8"):
        errors.append("xizang-shishi-yijian.docx: no fictional note in the core properties")
    for style in ("Heading1", "Heading2"):
        if f'<w:pStyle w:val="{style}"/>' not in document:
            errors.append(f"xizang-shishi-yijian.docx: no paragraph in style {style}")
    if document.count("<w:tbl>") != 1:
        errors.append("xizang-shishi-yijian.docx: not exactly one table")
    pdf = evalset.visible_text(os.path.join(HERE, DOCS["shanghai-ruogan-cuoshi"]))
    if not all(f"—{n}—" in evalset.squash(pdf) for n in range(1, 6)):
        errors.append("shanghai-ruogan-cuoshi.pdf: page numbers — 1 — … — 5 — not all found")
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    rc = evalset.main(HERE, DOCS, SPLITS)
    if len(sys.argv) == 1:
        rc = max(rc, extra_checks())
    sys.exit(rc)
