#!/usr/bin/env python3
"""Write ../../fresh50-dev.jsonl and ../../fresh50-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh50/src && python3 make_questions.py

Adapted from ../../fresh49/src/make_questions.py. The split is by region (湄潭县 → dev, the held-out county → test): every line
naming a place is in its region's file. The lines tied to neither region — the `fragment` lines (POOL below: no region, no
document named, each answered differently by the two regions) — are split with a fixed seed (../../tools/roundlines.py): first
half to dev, the rest to test. Do not re-split.

Also holds what ../check_fresh50.py needs: DOC_REGION, ONLY, UNSTATED_ABSENT, REGION_FREE (see fresh49). No BLANKS, no CITY_NAMED
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

SEED = 20260720
DEV, TEST = "fresh50-dev.jsonl", "fresh50-test.jsonl"
DOC_REGION = {
    "meitan-juanzeng-banfa": "贵州省遵义市湄潭县",
    "meitan-shouzeng-gongshi": "贵州省遵义市湄潭县",
    "fengjie-juanzeng-xize": "重庆市奉节县",
    "fengjie-shouzeng-tongbao": "重庆市奉节县",
}
POOL = [
    ("x-f50-fragment-01", "旧设备捐给职校 出厂几年以内的才收", "fragment", None, None, "", {}),
    ("x-f50-fragment-02", "累计捐多少钱可以冠名实训室", "fragment", None, None, "", {}),
    ("x-f50-fragment-03", "给职校捐东西多少钱以上要签协议", "fragment", None, None, "", {}),
    ("x-f50-fragment-04", "学校收到捐款以后几天内要入账", "fragment", None, None, "", {}),
    ("x-f50-fragment-05", "捐赠的设备验收小组最少几个人", "fragment", None, None, "", {}),
    ("x-f50-fragment-06", "职校收捐赠超过多少要报教育部门备案", "fragment", None, None, "", {}),
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
