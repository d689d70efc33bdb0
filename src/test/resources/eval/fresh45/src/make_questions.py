#!/usr/bin/env python3
"""Write ../../fresh45-dev.jsonl and ../../fresh45-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh45/src && python3 make_questions.py

Adapted from ../../fresh44/src/make_questions.py. The split is by region (垫江县 → dev, the held-out county → test): every line naming
a place (answerable lines, and the outofscope / unstated / region-clash lines, which name the region, a place in it or another
place of the same province) is in its region's file (questions_dev.py / questions_test.py). The lines tied to neither region — the
`fragment` lines (POOL below: no region, no document named) — are split with a fixed seed: `random.Random(SEED)` shuffles them once
and the first half goes to dev, the rest to test (../../tools/roundlines.py); every file keeps the writing order of its lines. Do not
re-split.

Also holds what ../check_fresh45.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
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

SEED = 20260915
DEV, TEST = "fresh45-dev.jsonl", "fresh45-test.jsonl"
DOC_REGION = {
    "dianjiang-dingdanban-banfa": "重庆市垫江县",
    "dianjiang-mingdan-gonggao": "重庆市垫江县",
    "tengxian-guanmingban-banfa": "广西壮族自治区梧州市藤县",
    "tengxian-rending-gonggao": "广西壮族自治区梧州市藤县",
}
# lines tied to neither region: (id, q, kind, None, None, region, {}) — each answered differently by the two counties
POOL = [
    ("x-f45-fragment-01", "冠名班企业一个学生一年能拿多少补助", "fragment", None, None, "", {}),
    ("x-f45-fragment-02", "冠名班一个班最少要招多少学生", "fragment", None, None, "", {}),
    ("x-f45-fragment-03", "这次冠名班的补助什么时候到账", "fragment", None, None, "", {}),
    ("x-f45-fragment-04", "企业冠名一个班要满足什么条件", "fragment", None, None, "", {}),
    ("x-f45-fragment-05", "冠名班考核不合格会怎么样", "fragment", None, None, "", {}),
    ("x-f45-fragment-06", "申报下一学年的冠名班几号截止", "fragment", None, None, "", {}),
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
