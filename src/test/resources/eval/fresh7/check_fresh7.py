#!/usr/bin/env python3
"""Check fresh7-dev.jsonl / fresh7-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh7/check_fresh7.py            (from the repository root, or anywhere)
    python3 check_fresh7.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py (the PDF through pdftotext -layout; the .docx through soffice txt:Text;
the GBK .html and the GB18030/CRLF .txt are not valid UTF-8 and are read as GB18030 — the <body> text of the
page without tags, the .txt without its page-number lines).

This round is about region hierarchy: questions that name 大同 (or a place in it) or 武清 but are answered by
the covering document (山西 / 天津) stay in fresh7-test.jsonl, so the test split may use all four documents.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import evalset  # noqa: E402

DOCS = {
    "shanxi-shishi-yijian": "shanxi-shishi-yijian.pdf",
    "datong-shishi-fangan": "datong-shishi-fangan.html",
    "tianjin-guanli-banfa": "tianjin-guanli-banfa.docx",
    "wuqing-gongzuo-yaodian": "wuqing-gongzuo-yaodian.txt",
}
SPLITS = {"fresh7-dev.jsonl": {"shanxi-shishi-yijian", "tianjin-guanli-banfa"},
          "fresh7-test.jsonl": {"datong-shishi-fangan", "wuqing-gongzuo-yaodian",
                                "shanxi-shishi-yijian", "tianjin-guanli-banfa"}}

if __name__ == "__main__":
    sys.exit(evalset.main(HERE, DOCS, SPLITS))
