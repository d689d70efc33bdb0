#!/usr/bin/env python3
"""Write ../../fresh41-dev.jsonl and ../../fresh41-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh41/src && python3 make_questions.py

Adapted from ../../fresh40/src/make_questions.py. The split is by region (枣阳市 → dev, the held-out city → test): every line naming
a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region, a place in it or another
place of the same province) is in its region's file (questions_dev.py / questions_test.py). The lines tied to neither region — the
`fragment` lines (POOL below: no region, no document named) — are split with a fixed seed: `random.Random(SEED)` shuffles them once
and the first half goes to dev, the rest to test; every file keeps the writing order of its lines. Do not re-split.

Also holds what ../check_fresh41.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
region), ONLY (lines whose answer is in one document although both documents talk about the topic), UNSTATED_ABSENT (give-away
words of the `unstated` lines: in no document of this round nor of any earlier round), REGION_FREE (answerable lines without a
region: an anchor word found in the line's document and in no other document of any round). No BLANKS, no CITY_NAMED and no HIER
lines this round.
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

SEED = 20260612
DEV, TEST = "fresh41-dev.jsonl", "fresh41-test.jsonl"
DOC_REGION = {
    "zaoyang-kaifang-banfa": "湖北省襄阳市枣阳市",
    "zaoyang-yuyue-gonggao": "湖北省襄阳市枣阳市",
    "shuanghe-kaifang-banfa": "新疆维吾尔自治区双河市",
    "shuanghe-kaifang-gonggao": "新疆维吾尔自治区双河市",
}
# lines tied to neither region: (id, q, kind, None, None, region, {}) — each answered differently by the two cities
POOL = [
    ("x-f41-fragment-01", "工位使用费怎么收", "fragment", None, None, "", {}),
    ("x-f41-fragment-02", "爽约几次会被暂停预约", "fragment", None, None, "", {}),
    ("x-f41-fragment-03", "安全培训要几个学时", "fragment", None, None, "", {}),
    ("x-f41-fragment-04", "个人预约要提前几天", "fragment", None, None, "", {}),
    ("x-f41-fragment-05", "考核优秀的基地奖补多少", "fragment", None, None, "", {}),
    ("x-f41-fragment-06", "全天包场怎么算钱", "fragment", None, None, "", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
BLANKS = {}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
CITY_NAMED = set()
HIER = []  # no hierarchy traps this round (the clash lines are other places of the same province)


def pool_split():
    """The POOL lines of each file: per kind, shuffled once with the fixed seed, first half → dev."""
    return roundlines.pool_split(POOL, SEED)


def rows():
    dev, test = pool_split()
    return {DEV: questions_dev.QUESTIONS + dev, TEST: questions_test.QUESTIONS + test}


def main():
    roundlines.write(EVAL, rows())


if __name__ == "__main__":
    main()
