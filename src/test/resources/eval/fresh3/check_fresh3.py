#!/usr/bin/env python3
"""Check fresh3-dev.jsonl / fresh3-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh3/check_fresh3.py            (from the repository root, or anywhere)
    python3 check_fresh3.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import evalset  # noqa: E402

DOCS = {
    "shunyi-gongzuo-yaodian": "shunyi-gongzuo-yaodian.doc",
    "haikou-shenbao-zhinan": "haikou-shenbao-zhinan.html",
    "jilin-shishi-fangan": "jilin-shishi-fangan.pdf",
    "xining-kaohe-pingfen": "xining-kaohe-pingfen.docx",
}
SPLITS = {"fresh3-dev.jsonl": {"shunyi-gongzuo-yaodian", "haikou-shenbao-zhinan"},
          "fresh3-test.jsonl": {"jilin-shishi-fangan", "xining-kaohe-pingfen"}}

if __name__ == "__main__":
    sys.exit(evalset.main(HERE, DOCS, SPLITS))
