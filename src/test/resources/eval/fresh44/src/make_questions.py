#!/usr/bin/env python3
"""Write ../../fresh44-dev.jsonl and ../../fresh44-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh44/src && python3 make_questions.py

Adapted from ../../fresh43/src/make_questions.py. The split is by region (浦城县 → dev, the held-out county → test): every line naming
a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region, a place in it or another
place of the same province) is in its region's file (questions_dev.py / questions_test.py). The lines tied to neither region — the
`fragment` lines (POOL below: no region, no document named) — are split with a fixed seed: `random.Random(SEED)` shuffles them once
and the first half goes to dev, the rest to test (../../tools/roundlines.py); every file keeps the writing order of its lines. Do not
re-split.

Also holds what ../check_fresh44.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
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

SEED = 20260801
DEV, TEST = "fresh44-dev.jsonl", "fresh44-test.jsonl"
DOC_REGION = {
    "pucheng-jingsai-fangan": "福建省南平市浦城县",
    "pucheng-duixian-tongzhi": "福建省南平市浦城县",
    "zizhong-dasai-fangan": "四川省内江市资中县",
    "zizhong-jiangjin-tongzhi": "四川省内江市资中县",
}
# lines tied to neither region: (id, q, kind, None, None, region, {}) — each answered differently by the two counties
POOL = [
    ("x-f44-fragment-01", "技能比赛职工组拿第一奖金有多少", "fragment", None, None, "", {}),
    ("x-f44-fragment-02", "团体赛的奖金队员之间怎么分", "fragment", None, None, "", {}),
    ("x-f44-fragment-03", "技能比赛报名到哪天截止", "fragment", None, None, "", {}),
    ("x-f44-fragment-04", "理论考试成绩在总成绩里占多少", "fragment", None, None, "", {}),
    ("x-f44-fragment-05", "指导老师带了好几个获奖的学生 奖金怎么算", "fragment", None, None, "", {}),
    ("x-f44-fragment-06", "比赛奖金什么时候能发到卡上", "fragment", None, None, "", {}),
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
