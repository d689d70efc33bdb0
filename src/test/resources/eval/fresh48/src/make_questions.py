#!/usr/bin/env python3
"""Write ../../fresh48-dev.jsonl and ../../fresh48-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh48/src && python3 make_questions.py

Adapted from ../../fresh47/src/make_questions.py. The split is by region (进贤县 → dev, the held-out county → test): every line
naming a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region or another place of
the same prefecture) is in its region's file (questions_dev.py / questions_test.py). The lines tied to neither region — the
`fragment` lines (POOL below: no region, no document named) — are split with a fixed seed: `random.Random(SEED)` shuffles them once
and the first half goes to dev, the rest to test (../../tools/roundlines.py); every file keeps the writing order of its lines. Do
not re-split.

Also holds what ../check_fresh48.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
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

SEED = 20260511
DEV, TEST = "fresh48-dev.jsonl", "fresh48-test.jsonl"
DOC_REGION = {
    "jinxian-tiexi-banfa": "江西省南昌市进贤县",
    "jinxian-tiexi-gongshi": "江西省南昌市进贤县",
    "xiuwen-tiexi-xize": "贵州省贵阳市修文县",
    "xiuwen-tiexi-gonggao": "贵州省贵阳市修文县",
}
# lines tied to neither region: (id, q, kind, None, None, region, {}) — each answered differently by the two regions
POOL = [
    ("x-f48-fragment-01", "产教融合贷款贴息每年最多能贴多少", "fragment", None, None, "", {}),
    ("x-f48-fragment-02", "贷款贴息的名单要在网站上公示几天", "fragment", None, None, "", {}),
    ("x-f48-fragment-03", "申请贷款贴息的企业要注册满几年", "fragment", None, None, "", {}),
    ("x-f48-fragment-04", "能贴息的单笔贷款至少要多少万", "fragment", None, None, "", {}),
    ("x-f48-fragment-05", "同一笔贷款最多能享受几年贴息", "fragment", None, None, "", {}),
    ("x-f48-fragment-06", "企业一年要接收多少学生实习才能申请贴息", "fragment", None, None, "", {}),
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
