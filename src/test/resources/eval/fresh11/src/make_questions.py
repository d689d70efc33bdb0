#!/usr/bin/env python3
"""Write ../../fresh11-dev.jsonl (潍坊, questions_dev.py) and ../../fresh11-test.jsonl (盐城, questions_test.py).

    cd fresh11/src && python3 make_questions.py

Ids: `wfg` 潍坊 规划 (.docx), `wfs` 潍坊 通知 (.txt), `ycr` 盐城 方案 (.html), `ycx` 盐城 细则 (.pdf) — by the line's `doc`;
`-fu-` for follow-ups (with `context`); lines that must not be answered are `x-<kind>-pNN`. `two: true` marks a message
holding two questions (its `must` holds the fact of each part).
DOC_REGION and UNSTATED_ABSENT (the give-away words of each `unstated` line) are read by ../check_fresh11.py.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from questions_dev import DEV, NONE_DEV  # noqa: E402
from questions_test import TEST, NONE_TEST  # noqa: E402

DOCS = {"wfg": "weifang-jiaoyu-guihua", "wfs": "weifang-shenbao-tongzhi",
        "ycr": "yancheng-rencai-fangan", "ycx": "yancheng-chanye-xueyuan-xize"}
DOC_REGION = {"weifang-jiaoyu-guihua": "山东省潍坊市", "weifang-shenbao-tongzhi": "山东省潍坊市",
              "yancheng-rencai-fangan": "江苏省盐城市", "yancheng-chanye-xueyuan-xize": "江苏省盐城市"}
EXPECT = {"fragment": "clarify", "outofscope": "none", "unstated": "none", "region-clash": "none"}


def build():
    counters = {}
    none_n = [0]
    unstated = {}

    def next_id(stem):
        counters[stem] = counters.get(stem, 0) + 1
        return f"{stem}-{counters[stem]:02d}"

    def answerable(entries):
        out = []
        for kind, key, region, q, must, extra in entries:
            extra = dict(extra)
            fu = "context" in extra
            d = {"id": next_id(f"{key}-fu-{kind}" if fu else f"{key}-{kind}"), "q": q, "kind": kind, "must": must,
                 "doc": DOCS[key], "region": region}
            if fu:
                d["context"] = extra.pop("context")
            for k in ("docs", "multi", "items", "two"):
                if k in extra:
                    d[k] = extra.pop(k)
            assert not extra, extra
            out.append(d)
        return out

    def unanswerable(entries):
        out = []
        for kind, region, q, words in entries:
            none_n[0] += 1
            d = {"id": f"x-{kind}-p{none_n[0]:02d}", "q": q, "kind": kind, "region": region, "expect": EXPECT[kind]}
            if kind == "unstated":
                unstated[d["id"]] = words
            out.append(d)
        return out

    dev = answerable(DEV) + unanswerable(NONE_DEV)
    test = answerable(TEST) + unanswerable(NONE_TEST)
    return dev, test, unstated


DEV_LINES, TEST_LINES, UNSTATED_ABSENT = build()


def main():
    for name, lines in (("fresh11-dev.jsonl", DEV_LINES), ("fresh11-test.jsonl", TEST_LINES)):
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for d in lines:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote", name, len(lines), "lines")


if __name__ == "__main__":
    main()
