#!/usr/bin/env python3
"""Write ../../fresh20-dev.jsonl and ../../fresh20-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh20/src && python3 make_questions.py

Copied from fresh19/src/make_questions.py. The split is by province (黑龙江 → dev, 辽宁 → test), as in the earlier rounds;
the lines tied to neither province — `fragment`, `outofscope` and `region-clash` (POOL below) — are split with a fixed
seed: `random.Random(SEED)` shuffles each kind's lines once and the first half goes to dev, the rest to test; every file
keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh20.py needs: DOC_REGION (the region each document covers: the province's 办法 / 细则 the whole
province, the city's 纪要 the city), ONLY (lines whose answer is in one document although both documents of the split talk
about the topic: at least one `must` string is not in the other document), UNSTATED_ABSENT (give-away words of the
`unstated` lines), HIER (`unstated` hierarchy traps: the words are in the city's 纪要, which does not cover the place named
— checked against the documents covering the line's region only; the other `unstated` lines' words are in no document of
any round) and REGION_FREE (answerable lines without a region: an anchor word found in the line's document and in no other
document of any round).
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import questions_dev  # noqa: E402
import questions_test  # noqa: E402

SEED = 20260330
DOC_REGION = {
    "heilongjiang-pingjia-banfa": "黑龙江省",
    "qitaihe-zhuanban-jiyao": "黑龙江省七台河市",
    "liaoning-pingjia-xize": "辽宁省",
    "benxi-lianxi-jiyao": "辽宁省本溪市",
}
# lines tied to neither province: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f20-fragment-01", "评上优秀给多少", "fragment", None, None, "", {}),
    ("x-f20-fragment-02", "几号前交", "fragment", None, None, "", {}),
    ("x-f20-fragment-03", "这事谁牵头", "fragment", None, None, "", {}),
    ("x-f20-fragment-04", "加分项有哪些", "fragment", None, None, "", {}),
    ("x-f20-fragment-05", "扣几分", "fragment", None, None, "", {}),
    ("x-f20-fragment-06", "会上定的啥", "fragment", None, None, "", {}),
    ("x-f20-outofscope-01", "七台河有啥好玩的地方", "outofscope", None, None, "黑龙江省七台河市", {}),
    ("x-f20-outofscope-02", "勃利县的黑木耳网上哪家店正宗", "outofscope", None, None, "黑龙江省七台河市勃利县", {}),
    ("x-f20-outofscope-03", "本溪水洞门票多少钱", "outofscope", None, None, "辽宁省本溪市本溪满族自治县", {}),
    ("x-f20-outofscope-04", "桓仁冰酒一瓶大概多少钱", "outofscope", None, None, "辽宁省本溪市桓仁满族自治县", {}),
    ("x-f20-outofscope-05", "发改委公务员面试一般考啥", "outofscope", None, None, "", {}),
    ("x-f20-outofscope-06", "个人征信报告在哪查", "outofscope", None, None, "", {}),
    ("x-f20-clash-01", "广元的产教融合型企业年度评价优秀奖多少钱", "region-clash", None, None, "四川省广元市", {}),
    ("x-f20-clash-02", "淮南产教融合工作专班开会定了啥事", "region-clash", None, None, "安徽省淮南市", {}),
    ("x-f20-clash-03", "乌兰察布产教融合型企业评价几分算优秀", "region-clash", None, None, "内蒙古自治区乌兰察布市", {}),
    ("x-f20-clash-04", "云浮企业年度评价不合格会被取消资格吗", "region-clash", None, None, "广东省云浮市", {}),
    ("x-f20-clash-05", "宿州产教融合联席会议纪要里有哪些议定事项", "region-clash", None, None, "安徽省宿州市", {}),
    ("x-f20-clash-06", "资阳产教融合型企业自评啥时候报", "region-clash", None, None, "四川省资阳市", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
HIER = set(questions_dev.HIER) | set(questions_test.HIER)
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}


def pool_split():
    """The POOL lines of each file: per kind, shuffled once with the fixed seed, first half → dev."""
    rng = random.Random(SEED)
    dev, test = set(), set()
    for kind in ("fragment", "outofscope", "region-clash"):
        ids = [r[0] for r in POOL if r[2] == kind]
        rng.shuffle(ids)
        half = len(ids) // 2
        dev |= set(ids[:half])
        test |= set(ids[half:])
    return [r for r in POOL if r[0] in dev], [r for r in POOL if r[0] in test]


def line(row):
    qid, q, kind, must, doc, region, extra = row
    d = {"id": qid, "q": q, "kind": kind}
    if must is None:
        d["expect"] = "clarify" if kind == "fragment" else "none"
    else:
        d["must"] = must
        d["doc"] = doc
    d["region"] = region
    for k in ("docs", "two", "items", "context"):
        if k in extra:
            d[k] = extra[k]
    return d


def rows():
    dev, test = pool_split()
    return {"fresh20-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh20-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
