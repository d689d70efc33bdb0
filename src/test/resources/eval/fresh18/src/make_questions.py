#!/usr/bin/env python3
"""Write ../../fresh18-dev.jsonl and ../../fresh18-test.jsonl from questions_dev.py / questions_test.py.

    cd fresh18/src && python3 make_questions.py

Copied from fresh17/src/make_questions.py. Also holds what check_fresh18.py needs: DOC_REGION (the region each document
covers: the province's 实施意见 the whole province, the city's 任务分工方案 the city), ONLY (lines on a
kind of support both documents of the split pay for, at different levels: at least one `must` string is not in the other
document), UNSTATED_ABSENT (give-away words of the `unstated` lines), HIER (`unstated` hierarchy traps: the words are in the
city's 任务分工方案, which does not cover the place named — checked against the documents covering the line's
region only; the other `unstated` lines' words are in no document of any round) and REGION_FREE (answerable lines without
a region: an anchor word found in the line's document and in no other document of any round).
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import questions_dev  # noqa: E402
import questions_test  # noqa: E402

DOC_REGION = {
    "yunnan-chanjiao-yijian": "云南省",
    "baoshan-fengong-fangan": "云南省保山市",
    "ningxia-chanjiao-yijian": "宁夏回族自治区",
    "guyuan-fengong-fangan": "宁夏回族自治区固原市",
}
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
HIER = set(questions_dev.HIER) | set(questions_test.HIER)
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}


def line(row):
    qid, q, kind, must, doc, region, extra = row
    d = {"id": qid, "q": q, "kind": kind}
    if must is None:
        d["expect"] = "clarify" if kind == "fragment" else "none"
    else:
        d["must"] = must
        d["doc"] = doc
    d["region"] = region
    for k in ("docs", "two", "items", "context"):
        if k in extra:
            d[k] = extra[k]
    return d


def main():
    for name, mod in (("fresh18-dev.jsonl", questions_dev), ("fresh18-test.jsonl", questions_test)):
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in mod.QUESTIONS:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(mod.QUESTIONS), "lines")


if __name__ == "__main__":
    main()
