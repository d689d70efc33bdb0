#!/usr/bin/env python3
"""Check fresh5-dev.jsonl / fresh5-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh5/check_fresh5.py            (from the repository root, or anywhere)
    python3 check_fresh5.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py (the GBK .html is read as GB18030; the .txt table's tabs are
whitespace, removed like all other whitespace before comparing).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import evalset  # noqa: E402

DOCS = {
    "jiujiang-shishi-banfa": "jiujiang-shishi-banfa.html",
    "baoji-ruogan-cuoshi": "baoji-ruogan-cuoshi.docx",
    "qujing-gongshi-mingdan": "qujing-gongshi-mingdan.pdf",
    "dawukou-shishi-xize": "dawukou-shishi-xize.txt",
}
SPLITS = {"fresh5-dev.jsonl": {"baoji-ruogan-cuoshi", "dawukou-shishi-xize"},
          "fresh5-test.jsonl": {"jiujiang-shishi-banfa", "qujing-gongshi-mingdan"}}

if __name__ == "__main__":
    sys.exit(evalset.main(HERE, DOCS, SPLITS))
