#!/usr/bin/env python3
"""Write ../../fresh51-dev.jsonl and ../../fresh51-test.jsonl (虚构测试文档，非真实政策) from questions_dev.py / questions_test.py
and the pooled fragment lines below, through ../../tools/roundlines.py.

    cd fresh51/src && python3 make_questions.py

Lines naming a place go to its region's file (盐源 → dev, the held-out 旗 → test); the `fragment` lines (POOL: no region, no
document named, each answered differently by the two regions) are shuffled once with random.Random(SEED), first half to dev.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, HERE)
import questions_dev as qd  # noqa: E402
import questions_test as qt  # noqa: E402
import roundlines  # noqa: E402

SEED = 20260716
DOC_REGION = {"yanyuan-peixun-banfa": qd.YY, "yanyuan-peixun-tongbao": qd.YY,
              "wuqian-peixun-xize": qt.WQ, "wuqian-peixun-tongbao": qt.WQ}
POOL = [
    ("x-f51-fragment-01", "职校搞社会培训 管理费按收入多少提", "fragment", None, None, "", {}),
    ("x-f51-fragment-02", "培训班考核通过的人太少 奖励比例降到多少", "fragment", None, None, "", {}),
    ("x-f51-fragment-03", "一个老师一年带培训最多能拿多少奖励", "fragment", None, None, "", {}),
    ("x-f51-fragment-04", "培训班开班前要提前几个工作日备案", "fragment", None, None, "", {}),
    ("x-f51-fragment-05", "职校一期培训班最多收多少人", "fragment", None, None, "", {}),
    ("x-f51-fragment-06", "培训结业后分配方案多少天内要拿出来", "fragment", None, None, "", {}),
]
UNSTATED_ABSENT = {**qd.UNSTATED_ABSENT, **qt.UNSTATED_ABSENT}
REGION_FREE = {**qd.REGION_FREE, **qt.REGION_FREE}
ONLY = qd.ONLY + qt.ONLY


def pool_split():
    return roundlines.pool_split(POOL, SEED)


def main():
    dev_pool, test_pool = pool_split()
    roundlines.write(EVAL, {"fresh51-dev.jsonl": qd.QUESTIONS + dev_pool, "fresh51-test.jsonl": qt.QUESTIONS + test_pool})


if __name__ == "__main__":
    main()
