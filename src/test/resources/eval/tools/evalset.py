#!/usr/bin/env python3
"""Checks one evaluation set's jsonl files against its fictional documents (used by
fresh/check_fresh.py, fresh2/check_fresh2.py, fresh3/check_fresh3.py, fresh4/check_fresh4.py,
fresh5/check_fresh5.py, fresh6/check_fresh6.py and fresh7/check_fresh7.py).

Checks: every line parses as JSON; ids unique (also against every other *.jsonl in eval/); schema
(kinds, expect lines without must/doc, answerable lines with 1-8 must strings and a known doc);
every `must` string occurs in the visible text of its document(s) (the optional key `two: true`, used from the twelfth
set on, marks a message holding two questions; its checks are the set's own), comparing with all
whitespace removed:
  .docx  soffice --headless --convert-to txt:Text (includes the automatic list numbers)
  .doc   the same (Word 97 binary)
  .pdf   pdftotext -layout
  .txt   the file, without its page-number lines ("— 3 —"); a .txt that is not valid UTF-8 is
         read as GB18030 (Windows Notepad "ANSI" on a Chinese system: GBK, CRLF)
  .html  the text of <body> without tags, scripts, styles and comments; an .html that is not
         valid UTF-8 is read as GB18030 (an old site page saved as GBK, charset=gb2312)
Exit status 1 when anything fails.
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KINDS = {"amount", "person", "time", "count", "yesno", "list", "docfact", "general",
         "region-scoped", "fragment", "outofscope", "unstated", "region-clash"}
EXPECT = {"fragment": "clarify", "outofscope": "none", "unstated": "none", "region-clash": "none"}
KEYS = {"id", "q", "kind", "must", "doc", "docs", "region", "multi", "items", "context", "expect", "two"}


def visible_text(path):
    if path.endswith((".docx", ".doc")):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", tmp, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            name = os.path.splitext(os.path.basename(path))[0] + ".txt"
            return open(os.path.join(tmp, name), encoding="utf-8-sig").read()
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                              capture_output=True, text=True).stdout
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        if not path.endswith((".txt", ".html")):
            raise
        text = raw.decode("gb18030")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.endswith(".txt"):
        return "\n".join(l for l in text.splitlines() if not re.fullmatch(r"\s*— \d+ —\s*", l))
    body = re.search(r"<body[^>]*>(.*)</body>", text, re.S).group(1)
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    return html.unescape(body)


def squash(s):
    return re.sub(r"\s+", "", s)


def ordered(body, pieces):
    """True when every piece (squashed) is in body, each after the one before."""
    pos = 0
    for p in pieces:
        i = body.find(squash(p), pos)
        if i < 0:
            return False
        pos = i + len(squash(p))
    return True


def subsequence(piece, body):
    """True when the characters of piece (squashed) occur in body in order."""
    it = iter(body)
    return all(c in it for c in squash(piece))


def facts_strings(facts):
    """The strings of a generator's FACTS, lists flattened."""
    out = []
    for v in facts.values():
        out += v if isinstance(v, list) else [v]
    return out


def main(here, docs, splits):
    """here: the set's folder; docs: doc id -> file name in it; splits: jsonl name -> the doc ids it may use."""
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(visible_text(os.path.join(here, docs[sys.argv[2]])))
        return 0
    texts = {d: squash(visible_text(os.path.join(here, f))) for d, f in docs.items()}
    errors = []
    old_ids = set()
    for f in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, f)
        if f.endswith(".jsonl") and f not in splits:
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    old_ids.add(json.loads(l)["id"])
    seen = set()
    for split, allowed in splits.items():
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
            if set(d) - KEYS:
                errors.append(f"{where}: unknown keys {sorted(set(d) - KEYS)}")
            if not d.get("q") or "region" not in d or d.get("kind") not in KINDS:
                errors.append(f"{where}: q/region/kind missing or kind unknown")
            if "context" in d and ("-fu-" not in qid or not isinstance(d["context"], list) or not d["context"]):
                errors.append(f"{where}: context must be a non-empty list on a -fu- id")
            if "-fu-" in qid and "context" not in d:
                errors.append(f"{where}: -fu- id without context")
            kind = d.get("kind")
            if kind in EXPECT:
                if d.get("expect") != EXPECT[kind] or "must" in d or "doc" in d:
                    errors.append(f"{where}: {kind} needs expect={EXPECT[kind]} and no must/doc")
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
                if squash(m) not in texts[doc] and not any(squash(m) in texts[x] for x in d.get("docs", [])):
                    errors.append(f"{where}: must {m!r} not in {docs[doc]}")
        print(f"{split}: {n} lines")
    for e in errors:
        print("FAIL", e)
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0
