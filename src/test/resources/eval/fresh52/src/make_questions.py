#!/usr/bin/env python3
"""Write ../../fresh52-dev.jsonl and ../../fresh52-test.jsonl from questions_dev.py / questions_test.py and the pooled
fragment lines below (虚构测试文档，非真实政策 — the questions are on the four fictional documents of fresh52/).

    cd fresh52/src && python3 make_questions.py

Lines naming a place go to its region's file (确山 → dev, the held-out county → test); the fragment lines name neither and are
split once with random.Random(SEED) (../../tools/roundlines.py: per kind, shuffled, first half → dev). ../check_fresh52.py
recomputes the split and checks DOC_REGION, ONLY, REGION_FREE and UNSTATED_ABSENT.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
import questions_dev  # noqa: E402
import questions_test  # noqa: E402
import roundlines  # noqa: E402

SEED = 20260807
DEV, TEST = "fresh52-dev.jsonl", "fresh52-test.jsonl"
DOC_REGION = {"queshan-jiaocai-banfa": questions_dev.QS, "queshan-jiaocai-tongbao": questions_dev.QS,
              "tianzhu-jiaocai-xize": questions_test.TZ, "tianzhu-jiaocai-tongbao": questions_test.TZ}
# no region and no document named; the two counties answer each differently
POOL = [
    ("x-f52-fragment-01", "职校选教材国家规划教材至少要占多少", "fragment", None, None, "", {}),
    ("x-f52-fragment-02", "学校自己编的教材审核要多少个工作日", "fragment", None, None, "", {}),
    ("x-f52-fragment-03", "选好的教材要在学校公示几天", "fragment", None, None, "", {}),
    ("x-f52-fragment-04", "跟企业合编教材 企业的人要有几个", "fragment", None, None, "", {}),
    ("x-f52-fragment-05", "自己编的教材补助最多给多少", "fragment", None, None, "", {}),
    ("x-f52-fragment-06", "选好的教材最晚几号要报上去备案", "fragment", None, None, "", {}),
]
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
ONLY = questions_dev.ONLY + questions_test.ONLY


def pool_split():
    return roundlines.pool_split(POOL, SEED)


def main():
    dev_pool, test_pool = pool_split()
    roundlines.write(EVAL, {DEV: questions_dev.QUESTIONS + dev_pool, TEST: questions_test.QUESTIONS + test_pool})


if __name__ == "__main__":
    main()
