#!/usr/bin/env python3
"""Check fresh4-dev.jsonl / fresh4-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh4/check_fresh4.py            (from the repository root, or anywhere)
    python3 check_fresh4.py --dump DOC                                (print a document's visible text)

What is checked: see ../tools/evalset.py (the GB18030 .txt is read as GB18030).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import evalset  # noqa: E402

DOCS = {
    "yibin-zhengce-wenda": "yibin-zhengce-wenda.html",
    "xiangzhou-xingdong-jihua": "xiangzhou-xingdong-jihua.txt",
    "tianshui-zhengce-qingdan": "tianshui-zhengce-qingdan.pdf",
    "qiqihaer-gongzhonghao": "qiqihaer-gongzhonghao.html",
}
SPLITS = {"fresh4-dev.jsonl": {"yibin-zhengce-wenda", "xiangzhou-xingdong-jihua"},
          "fresh4-test.jsonl": {"tianshui-zhengce-qingdan", "qiqihaer-gongzhonghao"}}

if __name__ == "__main__":
    sys.exit(evalset.main(HERE, DOCS, SPLITS))
