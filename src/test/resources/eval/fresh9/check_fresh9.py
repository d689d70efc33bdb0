#!/usr/bin/env python3
"""Check fresh9-dev.jsonl / fresh9-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh9/check_fresh9.py            (from the repository root, or anywhere)
    python3 check_fresh9.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py (schema, ids unique against every other *.jsonl in eval/, every `must`
string in the visible text of its document, whitespace removed). Two of this round's layouts need their own
reading of the visible text; evalset.py is not changed, this script hands it these readings:
  .docx  (常德 实施方案, tracked changes) the **accepted** text, read from word/document.xml: w:t of the runs in
         document order, w:ins kept, w:del dropped, the text box (w:txbxContent of mc:Choice) kept once (its VML
         mc:Fallback copy dropped), comments (word/comments.xml) left out. `soffice --convert-to txt` is not used:
         it prints deleted and inserted text side by side ("1520个", "3050万元") and drops the text box.
  .pdf   (仙桃 公报, two columns) `pdftotext` in its default reading order (column by column); `-layout` would put
         the lines of both columns side by side.
  .txt   (常德 OCR) and .html (仙桃 问答) as evalset.py reads them (the .txt without `— N —` lines; the <body> text).

This round is about one region with two documents of different kinds (常德: 实施方案 + 申报通知, dev; 仙桃: 认定管理办法
+ 政策问答, test), so it also checks:
  - every answerable line's region lies in its document's region;
  - lines in BOTH (src/make_questions.py): each must string occurs in **both** documents of the region (the fact is
    stated by both, so either is a correct source);
  - each `unstated` line: none of its give-away words (UNSTATED_ABSENT) occurs in either document of its region;
  - the .docx: it has tracked insertions and deletions, comments and a text box with the 红头 and 文号; the strings in
    DELETED_ONLY occur in its text before the revisions (all changes rejected) and nowhere in its accepted text (nor in
    the 申报通知).
"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

sys.dont_write_bytecode = True  # importing src/make_questions.py leaves no __pycache__ in src/

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402
from make_questions import UNSTATED_ABSENT, BOTH  # noqa: E402

DOCS = {
    "changde-shishi-fangan": "changde-shishi-fangan.docx",
    "changde-shenbao-tongzhi": "changde-shenbao-tongzhi.txt",
    "xiantao-rending-banfa": "xiantao-rending-banfa.pdf",
    "xiantao-zhengce-wenda": "xiantao-zhengce-wenda.html",
}
SPLITS = {"fresh9-dev.jsonl": {"changde-shishi-fangan", "changde-shenbao-tongzhi"},
          "fresh9-test.jsonl": {"xiantao-rending-banfa", "xiantao-zhengce-wenda"}}
REGION = {"changde": "湖南省常德市", "xiantao": "湖北省仙桃市"}
# text that only the tracked deletions of the .docx hold
DELETED_ONLY = ["最高30万元", "专项资金1500万元", "产业学院15个", "考核优秀", "2027年6月底前", "由市教育局负责解释"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def docx_accepted_text(path, accept=True):
    """The text a reader sees with all changes accepted (see the module docstring); accept=False: all rejected
    (the text before the revisions: deletions kept, insertions dropped)."""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    skip = (W + "del" if accept else W + "ins", MC + "Fallback", W + "rPrChange", W + "pPrChange")

    def walk(el):
        tag = el.tag
        if tag in skip:
            return
        if tag == W + "t" or (tag == W + "delText" and not accept):
            out.append(el.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag == W + "br":
            out.append("\n")
        for child in el:
            walk(child)
        if tag == W + "p":
            out.append("\n")

    walk(root)
    return "".join(out)


_visible = evalset.visible_text


def visible_text(path):
    if path.endswith(".docx"):
        return docx_accepted_text(path)
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True, text=True).stdout
    return _visible(path)


evalset.visible_text = visible_text


def region_key(region):
    return [k for k, r in REGION.items() if region.startswith(r)]


def extra_checks():
    errors = []
    texts = {d: evalset.squash(visible_text(os.path.join(HERE, f))) for d, f in DOCS.items()}
    ids = set()
    for split in SPLITS:
        for l in open(os.path.join(os.path.dirname(HERE), split), encoding="utf-8"):
            d = json.loads(l)
            ids.add(d["id"])
            doc = d.get("doc")
            if doc and not d["region"].startswith(REGION[doc.split("-")[0]]):
                errors.append(f"{split} {d['id']}: region {d['region']!r} is not inside the document's region")
            if d["id"] in BOTH:
                key = doc.split("-")[0]
                for m in d["must"]:
                    for doc_id, t in texts.items():
                        if doc_id.startswith(key) and evalset.squash(m) not in t:
                            errors.append(f"{split} {d['id']}: BOTH line, must {m!r} not in {doc_id}")
            if d["kind"] == "unstated":
                words = UNSTATED_ABSENT.get(d["id"])
                key = region_key(d["region"])
                if not words or not key:
                    errors.append(f"{split} {d['id']}: no give-away words listed or region unknown")
                    continue
                for w in words:
                    for doc_id, t in texts.items():
                        if doc_id.startswith(key[0]) and evalset.squash(w) in t:
                            errors.append(f"{split} {d['id']}: {w!r} occurs in {doc_id}")
    for i in list(BOTH) + list(UNSTATED_ABSENT):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    path = os.path.join(HERE, DOCS["changde-shishi-fangan"])
    z = zipfile.ZipFile(path)
    document = z.read("word/document.xml").decode("utf-8")
    for what, needle in [("tracked insertions", "<w:ins "), ("tracked deletions", "<w:del "),
                         ("comment ranges", "<w:commentRangeStart "), ("a text box", "<w:txbxContent>")]:
        if needle not in document:
            errors.append(f"changde-shishi-fangan.docx: no {what}")
    if "word/comments.xml" not in z.namelist():
        errors.append("changde-shishi-fangan.docx: no word/comments.xml")
    box = re.search(r"<mc:Choice.*?<w:txbxContent>(.*?)</w:txbxContent>", document, re.S).group(1)
    if "常政办发〔2026〕6号" not in re.sub(r"<[^>]+>", "", box):
        errors.append("changde-shishi-fangan.docx: the 文号 is not in the text box")
    rejected = evalset.squash(docx_accepted_text(path, accept=False))
    for s in DELETED_ONLY:
        if s in texts["changde-shishi-fangan"] or s in texts["changde-shenbao-tongzhi"]:
            errors.append(f"deleted-only string {s!r} occurs in the accepted text of a 常德 document")
        if s not in rejected:
            errors.append(f"deleted-only string {s!r} is not in the text before the revisions")
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    rc = evalset.main(HERE, DOCS, SPLITS)
    if len(sys.argv) == 1:
        rc = max(rc, extra_checks())
    sys.exit(rc)
