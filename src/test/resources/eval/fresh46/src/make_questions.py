#!/usr/bin/env python3
"""Write ../../fresh46-dev.jsonl and ../../fresh46-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh46/src && python3 make_questions.py

Adapted from ../../fresh45/src/make_questions.py. The split is by region (房山区 → dev, the held-out county → test): every line naming
a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region, a place in it or another
place of the same municipality) is in its region's file (questions_dev.py / questions_test.py). The lines tied to neither region —
the `fragment` lines (POOL below: no region, no document named) — are split with a fixed seed: `random.Random(SEED)` shuffles them
once and the first half goes to dev, the rest to test (../../tools/roundlines.py); every file keeps the writing order of its lines.
Do not re-split.

Also holds what ../check_fresh46.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
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

SEED = 20260716
DEV, TEST = "fresh46-dev.jsonl", "fresh46-test.jsonl"
DOC_REGION = {
    "fangshan-pingjia-banfa": "北京市房山区",
    "fangshan-yixuan-gonggao": "北京市房山区",
    "chengkou-pingjia-xize": "重庆市城口县",
    "chengkou-yixuan-gongshi": "重庆市城口县",
}
# lines tied to neither region: (id, q, kind, None, None, region, {}) — each answered differently by the two regions
POOL = [
    ("x-f46-fragment-01", "职业技能等级认定的评价补贴中级工一个人能拿多少", "fragment", None, None, "", {}),
    ("x-f46-fragment-02", "申报技能等级评价的机构要注册满几年", "fragment", None, None, "", {}),
    ("x-f46-fragment-03", "这次评价机构遴选结果的公示期是几天", "fragment", None, None, "", {}),
    ("x-f46-fragment-04", "一个职业工种最多能选几家评价机构", "fragment", None, None, "", {}),
    ("x-f46-fragment-05", "评价机构一年的补贴最多能拿多少", "fragment", None, None, "", {}),
    ("x-f46-fragment-06", "首次进名单的评价机构有多少建设补助", "fragment", None, None, "", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
BLANKS = {}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
CITY_NAMED = set()
HIER = []  # no hierarchy traps this round (the clash lines are other places of the same municipality)


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
