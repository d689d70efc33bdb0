#!/usr/bin/env python3
"""Check fresh8-dev.jsonl / fresh8-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh8/check_fresh8.py            (from the repository root, or anywhere)
    python3 check_fresh8.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py (the PDF through pdftotext -layout; the .docx through soffice txt:Text; the
UTF-8 .html as its <body> text without tags). The Markdown file is new in this round: its visible text is the raw
file (UTF-8, as a Markdown reader sees it: front matter, link syntax and table pipes included); evalset.py is not
changed for it — this script hands it the raw text itself.

This round is about superseded versions (绍兴 2023 → 2026 in the dev split, 新会 2023 试行 → 2026 in the test split),
so it also checks:
  - a line whose doc is an old version names that version in its question or context (2023 / 旧 / 老 / 试行 / 原 /
    its 文号), and a line whose doc is a replacement lies in the same region as that replacement;
  - each `unstated` line: none of its give-away words (src/make_questions.py UNSTATED_ABSENT) occurs in the
    documents of its region;
  - the 2026 绍兴 .docx really has automatic numbering: no literal 第X条/第X章 in word/document.xml, and
    word/numbering.xml has 第%1条 and 第%1章.
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
from make_questions import UNSTATED_ABSENT  # noqa: E402

DOCS = {
    "shaoxing-banfa-2023": "shaoxing-banfa-2023.pdf",
    "shaoxing-banfa-2026": "shaoxing-banfa-2026.docx",
    "xinhui-xize-2023": "xinhui-xize-2023.html",
    "xinhui-xize-2026": "xinhui-xize-2026.md",
}
SPLITS = {"fresh8-dev.jsonl": {"shaoxing-banfa-2023", "shaoxing-banfa-2026"},
          "fresh8-test.jsonl": {"xinhui-xize-2023", "xinhui-xize-2026"}}
REGION = {"shaoxing": "浙江省绍兴市", "xinhui": "广东省江门市新会区"}
OLD_MARK = {"shaoxing-banfa-2023": ("2023", "旧", "老", "原", "绍政办发〔2023〕19号"),
            "xinhui-xize-2023": ("2023", "旧", "老", "试行", "新府办〔2023〕27号")}

_visible = evalset.visible_text


def visible_text(path):
    if path.endswith(".md"):
        return open(path, encoding="utf-8").read()
    return _visible(path)


evalset.visible_text = visible_text


def extra_checks():
    errors = []
    texts = {d: evalset.squash(visible_text(os.path.join(HERE, f))) for d, f in DOCS.items()}
    for split in SPLITS:
        for l in open(os.path.join(os.path.dirname(HERE), split), encoding="utf-8"):
            d = json.loads(l)
            asked = d["q"] + "".join(d.get("context", []))
            doc = d.get("doc")
            if doc in OLD_MARK and not any(m in asked for m in OLD_MARK[doc]):
                errors.append(f"{split} {d['id']}: doc is the old version but the question does not name it")
            if doc and not d["region"].startswith(REGION[doc.split("-")[0]]):
                errors.append(f"{split} {d['id']}: region {d['region']!r} is not inside the document's region")
            if d["kind"] == "unstated":
                words = UNSTATED_ABSENT.get(d["id"])
                if not words:
                    errors.append(f"{split} {d['id']}: no give-away words listed")
                    continue
                key = [k for k, r in REGION.items() if d["region"].startswith(r)][0]
                for w in words:
                    for doc_id, t in texts.items():
                        if doc_id.startswith(key) and evalset.squash(w) in t:
                            errors.append(f"{split} {d['id']}: {w!r} occurs in {doc_id}")
    z = zipfile.ZipFile(os.path.join(HERE, DOCS["shaoxing-banfa-2026"]))
    document = z.read("word/document.xml").decode("utf-8")
    numbering = z.read("word/numbering.xml").decode("utf-8")
    if re.search(r"第[一二三四五六七八九十]+[条章]", document):
        errors.append("shaoxing-banfa-2026.docx: literal 第X条/第X章 in word/document.xml")
    if "第%1条" not in numbering or "第%1章" not in numbering:
        errors.append("shaoxing-banfa-2026.docx: numbering.xml lacks 第%1条 / 第%1章")
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    rc = evalset.main(HERE, DOCS, SPLITS)
    if len(sys.argv) == 1:
        rc = max(rc, extra_checks())
    sys.exit(rc)
