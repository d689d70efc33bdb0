#!/usr/bin/env python3
"""Write ../../fresh37-dev.jsonl and ../../fresh37-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh37/src && python3 make_questions.py

Adapted from ../../fresh36/src/make_questions.py. The split is by region (伊宁市 → dev, the held-out city → test): every line
naming a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region, a place in it or
another city of the autonomous region) is in its region's file (questions_dev.py / questions_test.py). The lines tied to neither
region — the `fragment` lines (POOL below: no region, no document named) — are split with a fixed seed: `random.Random(SEED)`
shuffles them once and the first half goes to dev, the rest to test; every file keeps the writing order of its lines. Do not
re-split.

Also holds what ../check_fresh37.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
region), ONLY (lines whose answer is in one document although both documents talk about the topic), UNSTATED_ABSENT
(give-away words of the `unstated` lines: in no document of this round nor of any earlier round), REGION_FREE (answerable lines
without a region: an anchor word found in the line's document and in no other document of any round). No BLANKS, no
CITY_NAMED and no HIER lines this round.
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

SEED = 20260508
DEV, TEST = "fresh37-dev.jsonl", "fresh37-test.jsonl"
DOC_REGION = {
    "yining-shenbaoshu": "新疆维吾尔自治区伊犁哈萨克自治州伊宁市",
    "yining-dayi": "新疆维吾尔自治区伊犁哈萨克自治州伊宁市",
    "kashi-shenbaoshu": "新疆维吾尔自治区喀什地区喀什市",
    "kashi-dayi": "新疆维吾尔自治区喀什地区喀什市",
}
# lines tied to neither region: (id, q, kind, None, None, region, {}) — each answered differently by the two cities
POOL = [
    ("x-f37-fragment-01", "申报书要交几份", "fragment", None, None, "", {}),
    ("x-f37-fragment-02", "申报截止到哪天", "fragment", None, None, "", {}),
    ("x-f37-fragment-03", "纸质材料送到哪里", "fragment", None, None, "", {}),
    ("x-f37-fragment-04", "注册要满几年才能报", "fragment", None, None, "", {}),
    ("x-f37-fragment-05", "结果公示几个工作日", "fragment", None, None, "", {}),
    ("x-f37-fragment-06", "表里的金额保留几位小数", "fragment", None, None, "", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
BLANKS = {}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
CITY_NAMED = set()
HIER = []  # no hierarchy traps this round (the clash lines are other cities of the autonomous region)


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
