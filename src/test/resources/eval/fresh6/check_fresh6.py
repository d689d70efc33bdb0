#!/usr/bin/env python3
"""Check fresh6-dev.jsonl / fresh6-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh6/check_fresh6.py            (from the repository root, or anywhere)
    python3 check_fresh6.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py (the Word-exported .html is read as UTF-8, its <body> without tags: the
spans that split words and numbers become spaces and vanish with all other whitespace before comparing; the
.docx through soffice txt:Text, which prints the automatic numbers; the PDF through pdftotext -layout).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import evalset  # noqa: E402

DOCS = {
    "luoyang-ruogan-cuoshi": "luoyang-ruogan-cuoshi.html",
    "baotou-shenbao-tongzhi": "baotou-shenbao-tongzhi.pdf",
    "liupanshui-xingdong-fangan": "liupanshui-xingdong-fangan.docx",
    "kelamayi-zhengqiu-yijian": "kelamayi-zhengqiu-yijian.txt",
}
SPLITS = {"fresh6-dev.jsonl": {"liupanshui-xingdong-fangan", "kelamayi-zhengqiu-yijian"},
          "fresh6-test.jsonl": {"luoyang-ruogan-cuoshi", "baotou-shenbao-tongzhi"}}

if __name__ == "__main__":
    sys.exit(evalset.main(HERE, DOCS, SPLITS))
