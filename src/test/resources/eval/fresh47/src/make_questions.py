#!/usr/bin/env python3
"""Write ../../fresh47-dev.jsonl and ../../fresh47-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh47/src && python3 make_questions.py

Adapted from ../../fresh46/src/make_questions.py. The split is by region (沈丘县 → dev, the held-out district → test): every line
naming a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region, a place in it or
another place of the same prefecture) is in its region's file (questions_dev.py / questions_test.py). The lines tied to neither
region — the `fragment` lines (POOL below: no region, no document named) — are split with a fixed seed: `random.Random(SEED)`
shuffles them once and the first half goes to dev, the rest to test (../../tools/roundlines.py); every file keeps the writing order
of its lines. Do not re-split.

Also holds what ../check_fresh47.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
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

SEED = 20260720
DEV, TEST = "fresh47-dev.jsonl", "fresh47-test.jsonl"
DOC_REGION = {
    "shenqiu-dashi-banfa": "河南省周口市沈丘县",
    "shenqiu-dashi-mingming": "河南省周口市沈丘县",
    "xisaishan-dashi-banfa": "湖北省黄石市西塞山区",
    "xisaishan-dashi-gongshi": "湖北省黄石市西塞山区",
}
# lines tied to neither region: (id, q, kind, None, None, region, {}) — each answered differently by the two regions
POOL = [
    ("x-f47-fragment-01", "技能大师工作室一年最多命名几个", "fragment", None, None, "", {}),
    ("x-f47-fragment-02", "申报大师工作室的依托单位要注册满几年", "fragment", None, None, "", {}),
    ("x-f47-fragment-03", "技能大师工作室的建设资金分几次拨", "fragment", None, None, "", {}),
    ("x-f47-fragment-04", "大师工作室的场地至少要多少平方米", "fragment", None, None, "", {}),
    ("x-f47-fragment-05", "工作室领头的师傅申报时最多多大年纪", "fragment", None, None, "", {}),
    ("x-f47-fragment-06", "带的徒弟考上技师能拿多少钱", "fragment", None, None, "", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
BLANKS = {}
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
CITY_NAMED = set()
HIER = []  # no hierarchy traps this round (the clash lines are other places of the same prefecture)


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
