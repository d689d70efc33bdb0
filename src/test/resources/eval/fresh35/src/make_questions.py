#!/usr/bin/env python3
"""Write ../../fresh35-dev.jsonl and ../../fresh35-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh35/src && python3 make_questions.py

Adapted from ../../fresh34/src/make_questions.py. The split is by region (河北省邯郸市 → dev, 吉林省松原市 → test): every line
naming a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region, a place in it or
a place of another city of its province) is in its region's file (questions_dev.py / questions_test.py). The lines tied to
neither region — the `fragment` lines (POOL below: no region, no document named) — are split with a fixed seed:
`random.Random(SEED)` shuffles them once and the first half goes to dev, the rest to test; every file keeps the writing order of
its lines. Do not re-split.

Also holds what ../check_fresh35.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
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

SEED = 20260313
DEV, TEST = "fresh35-dev.jsonl", "fresh35-test.jsonl"
DOC_REGION = {
    "handan-butie-mulu": "河北省邯郸市",
    "handan-jingban-guicheng": "河北省邯郸市",
    "songyuan-butie-mulu": "吉林省松原市",
    "songyuan-shenling-guicheng": "吉林省松原市",
}
# lines tied to neither region: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f35-fragment-01", "焊工中级能补多少钱", "fragment", None, None, "", {}),
    ("x-f35-fragment-02", "公示期是几天", "fragment", None, None, "", {}),
    ("x-f35-fragment-03", "一年最多能领几次补贴", "fragment", None, None, "", {}),
    ("x-f35-fragment-04", "学徒制补贴一年多少钱", "fragment", None, None, "", {}),
    ("x-f35-fragment-05", "紧缺工种上浮多少", "fragment", None, None, "", {}),
    ("x-f35-fragment-06", "申请材料有哪些", "fragment", None, None, "", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
BLANKS = {}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
CITY_NAMED = set()
HIER = []  # no hierarchy traps this round (the clash lines are places of other cities of the province)


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
