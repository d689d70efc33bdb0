#!/usr/bin/env python3
"""Write ../../fresh49-dev.jsonl and ../../fresh49-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh49/src && python3 make_questions.py

Adapted from ../../fresh48/src/make_questions.py. The split is by region (宁城县 → dev, the held-out county → test): every line
naming a place is in its region's file. The lines tied to neither region — the `fragment` lines (POOL below: no region, no
document named, each answered differently by the two regions) — are split with a fixed seed (../../tools/roundlines.py): first
half to dev, the rest to test. Do not re-split.

Also holds what ../check_fresh49.py needs: DOC_REGION, ONLY, UNSTATED_ABSENT, REGION_FREE (see fresh48). No BLANKS, no CITY_NAMED
and no HIER lines this round.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
import roundlines  # noqa: E402
import questions_dev  # noqa: E402
import questions_test  # noqa: E402

SEED = 20260916
DEV, TEST = "fresh49-dev.jsonl", "fresh49-test.jsonl"
DOC_REGION = {
    "ningcheng-baoxian-banfa": "内蒙古自治区赤峰市宁城县",
    "ningcheng-baoxian-tongbao": "内蒙古自治区赤峰市宁城县",
    "pingjiang-baoxian-xize": "湖南省岳阳市平江县",
    "pingjiang-baoxian-gongshi": "湖南省岳阳市平江县",
}
POOL = [
    ("x-f49-fragment-01", "实习责任保险一个学生一年保费多少", "fragment", None, None, "", {}),
    ("x-f49-fragment-02", "实习出了事故要在多长时间内报案", "fragment", None, None, "", {}),
    ("x-f49-fragment-03", "实习保险的医疗费用每人最多赔多少", "fragment", None, None, "", {}),
    ("x-f49-fragment-04", "岗位实习的保险费到底谁来出", "fragment", None, None, "", {}),
    ("x-f49-fragment-05", "医疗费超过多少可以申请保险公司先赔一部分", "fragment", None, None, "", {}),
    ("x-f49-fragment-06", "实习保险的承保公司一次选几年", "fragment", None, None, "", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
BLANKS = {}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
CITY_NAMED = set()
HIER = []


def pool_split():
    return roundlines.pool_split(POOL, SEED)


def rows():
    dev, test = pool_split()
    return {DEV: questions_dev.QUESTIONS + dev, TEST: questions_test.QUESTIONS + test}


def main():
    roundlines.write(EVAL, rows())


if __name__ == "__main__":
    main()
