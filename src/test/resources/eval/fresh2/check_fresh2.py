#!/usr/bin/env python3
"""Check fresh2-dev.jsonl / fresh2-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh2/check_fresh2.py            (from the repository root, or anywhere)
    python3 check_fresh2.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import evalset  # noqa: E402

DOCS = {
    "dalian-zhengce-jiedu": "dalian-zhengce-jiedu.html",
    "liuzhou-ruogan-cuoshi": "liuzhou-ruogan-cuoshi.docx",
    "hebei-chanjiao-qiye-mingdan": "hebei-chanjiao-qiye-mingdan.pdf",
    "jiulongpo-changzhongxiao": "jiulongpo-changzhongxiao.docx",
}
SPLITS = {"fresh2-dev.jsonl": {"dalian-zhengce-jiedu", "liuzhou-ruogan-cuoshi"},
          "fresh2-test.jsonl": {"hebei-chanjiao-qiye-mingdan", "jiulongpo-changzhongxiao"}}

if __name__ == "__main__":
    sys.exit(evalset.main(HERE, DOCS, SPLITS))
