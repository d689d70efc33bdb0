#!/usr/bin/env python3
"""Write ../../fresh24-dev.jsonl and ../../fresh24-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh24/src && python3 make_questions.py

Copied from fresh23/src/make_questions.py. The split is by region (广西壮族自治区防城港市防城区 → dev,
湖南省长沙市浏阳市 → test), as in the earlier rounds; the lines tied to neither region — `fragment`, `outofscope`
and `region-clash` (POOL below) — are split with a fixed seed: `random.Random(SEED)` shuffles each kind's lines once and the
first half goes to dev, the rest to test; every file keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh24.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
region), ONLY (lines whose answer is in one document although both documents of the split talk about the topic: at least one
`must` string is not in the other document), UNSTATED_ABSENT (give-away words of the `unstated` lines), HIER (`unstated`
hierarchy traps: the words are in the region's 工作总结, which does not cover the place named — the province, the
prefecture-level city or another county of it, covered by no document of any round; the other `unstated` lines' words are in no
document of any round) and REGION_FREE (answerable lines without a region: an anchor word found in the line's document and
in no other document of any round).
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

SEED = 20260408
DOC_REGION = {
    "fangcheng-gongzuo-zongjie": "广西壮族自治区防城港市防城区",
    "fangcheng-duban-tongbao": "广西壮族自治区防城港市防城区",
    "liuyang-gongzuo-zongjie": "湖南省长沙市浏阳市",
    "liuyang-duban-tongbao": "湖南省长沙市浏阳市",
}
# lines tied to neither region: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f24-fragment-01", "哪些整改项逾期了", "fragment", None, None, "", {}),
    ("x-f24-fragment-02", "去年认定了多少家企业", "fragment", None, None, "", {}),
    ("x-f24-fragment-03", "实训基地建成几个 目标是几个", "fragment", None, None, "", {}),
    ("x-f24-fragment-04", "教育局牵头的整改项有几条", "fragment", None, None, "", {}),
    ("x-f24-fragment-05", "整改进展几号前报", "fragment", None, None, "", {}),
    ("x-f24-fragment-06", "奖补资金执行率多少", "fragment", None, None, "", {}),
    ("x-f24-outofscope-01", "防城港白浪滩现在去玩门票多少", "outofscope", None, None, "广西壮族自治区防城港市", {}),
    ("x-f24-outofscope-02", "十万大山国家森林公园从防城区开车过去多久", "outofscope", None, None, "广西壮族自治区防城港市防城区", {}),
    ("x-f24-outofscope-03", "浏阳烟花节今年哪天放", "outofscope", None, None, "湖南省长沙市浏阳市", {}),
    ("x-f24-outofscope-04", "浏阳蒸菜哪家馆子好吃", "outofscope", None, None, "湖南省长沙市浏阳市", {}),
    ("x-f24-outofscope-05", "年终总结怎么写才出彩", "outofscope", None, None, "", {}),
    ("x-f24-outofscope-06", "单位年底评先进一般看哪些方面", "outofscope", None, None, "", {}),
    ("x-f24-clash-01", "珠海去年认定了多少家产教融合型企业", "region-clash", None, None, "广东省珠海市", {}),
    ("x-f24-clash-02", "惠州产教融合督查整改有哪些逾期的", "region-clash", None, None, "广东省惠州市", {}),
    ("x-f24-clash-03", "峨眉山市实训基地去年建成几个", "region-clash", None, None, "四川省乐山市峨眉山市", {}),
    ("x-f24-clash-04", "婺源县产教融合奖补资金兑现了多少", "region-clash", None, None, "江西省上饶市婺源县", {}),
    ("x-f24-clash-05", "永康市学徒培养补贴去年发了多少", "region-clash", None, None, "浙江省金华市永康市", {}),
    ("x-f24-clash-06", "井冈山市整改通报里教育局牵头的有几条", "region-clash", None, None, "江西省吉安市井冈山市", {}),
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
    return {"fresh24-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh24-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
