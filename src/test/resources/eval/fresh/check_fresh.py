#!/usr/bin/env python3
"""Check fresh-dev.jsonl / fresh-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh/check_fresh.py            (from the repository root, or anywhere)
    python3 check_fresh.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import evalset  # noqa: E402

DOCS = {
    "foshan-banfa": "foshan-banfa.docx",
    "shandong-shenbao-tongzhi": "shandong-shenbao-tongzhi.pdf",
    "yuelu-rending-banfa": "yuelu-rending-banfa.txt",
    "hefei-gongzuo-fangan": "hefei-gongzuo-fangan.html",
}
SPLITS = {"fresh-dev.jsonl": {"foshan-banfa", "shandong-shenbao-tongzhi"},
          "fresh-test.jsonl": {"yuelu-rending-banfa", "hefei-gongzuo-fangan"}}

if __name__ == "__main__":
    sys.exit(evalset.main(HERE, DOCS, SPLITS))
