#!/usr/bin/env python3
"""Write ../../fresh53-dev.jsonl and ../../fresh53-test.jsonl from questions_dev.py / questions_test.py and the pooled
fragment lines below (虚构测试文档，非真实政策 — the questions are on the four fictional documents of fresh53/).

    cd fresh53/src && python3 make_questions.py

Lines naming a place go to its region's file (荣昌 → dev, the held-out district → test); the fragment lines name neither and
are split once with random.Random(SEED) (../../tools/roundlines.py: per kind, shuffled, first half → dev). ../check_fresh53.py
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

SEED = 20260904
DEV, TEST = "fresh53-dev.jsonl", "fresh53-test.jsonl"
DOC_REGION = {"rongchang-tiyan-banfa": questions_dev.RC, "rongchang-tiyan-tongbao": questions_dev.RC,
              "pinggu-qimeng-fangan": questions_test.PG, "pinggu-qimeng-tongzhi": questions_test.PG}
# no region and no document named; the two districts answer each differently
POOL = [
    ("x-f53-fragment-01", "企业给中小学生开放搞职业体验 接待一次补多少", "fragment", None, None, "", {}),
    ("x-f53-fragment-02", "一批学生最多能去多少人", "fragment", None, None, "", {}),
    ("x-f53-fragment-03", "带学生体验的导师上岗前要培训多少学时", "fragment", None, None, "", {}),
    ("x-f53-fragment-04", "认定下来的有效期是几年", "fragment", None, None, "", {}),
    ("x-f53-fragment-05", "新认定的企业有没有一次性的补助", "fragment", None, None, "", {}),
    ("x-f53-fragment-06", "企业申报要在本区注册满几年", "fragment", None, None, "", {}),
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
