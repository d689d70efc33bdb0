#!/usr/bin/env python3
"""Write ../../fresh54-dev.jsonl and ../../fresh54-test.jsonl from questions_dev.py / questions_test.py (虚构测试文档的问题).

    cd fresh54/src && python3 make_questions.py

Lines naming a place go to its region's file (静海 → dev, the held-out district → test); the `fragment` lines (POOL: no region,
no document named, each answered differently by the two regions) are shuffled once with random.Random(SEED) and split in half
through ../../tools/roundlines.py. Also holds the tables the checker reads: DOC_REGION, UNSTATED_ABSENT, REGION_FREE, ONLY, HIER.
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

SEED = 20261210
DEV, TEST = "fresh54-dev.jsonl", "fresh54-test.jsonl"
DOC_REGION = {"jinghai-xueli-banfa": "天津市静海区", "jinghai-xueli-gongshi": "天津市静海区",
              "jinshan-qiuxue-xize": "上海市金山区", "jinshan-qiuxue-tongbao": "上海市金山区"}
POOL = [
    ("x-f54-fragment-01", "社保要交满几个月才能申请", "fragment", None, None, "", {}),
    ("x-f54-fragment-02", "年龄最大多少岁还能申请", "fragment", None, None, "", {}),
    ("x-f54-fragment-03", "有技能证书的能多补点吗", "fragment", None, None, "", {}),
    ("x-f54-fragment-04", "在企业里设上课的地方至少要多少人", "fragment", None, None, "", {}),
    ("x-f54-fragment-05", "读本科能补多少钱", "fragment", None, None, "", {}),
    ("x-f54-fragment-06", "这个补助一年受理几次", "fragment", None, None, "", {}),
]
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
ONLY = questions_dev.ONLY + questions_test.ONLY
HIER = []


def pool_split():
    return roundlines.pool_split(POOL, SEED)


def main():
    dev_pool, test_pool = pool_split()
    roundlines.write(EVAL, {DEV: questions_dev.QUESTIONS + dev_pool, TEST: questions_test.QUESTIONS + test_pool})


if __name__ == "__main__":
    main()
