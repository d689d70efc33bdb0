#!/usr/bin/env python3
"""Write ../../fresh23-dev.jsonl and ../../fresh23-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh23/src && python3 make_questions.py

Copied from fresh22/src/make_questions.py. The split is by region (新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市 → dev,
贵州省黔东南苗族侗族自治州凯里市 → test), as in the earlier rounds; the lines tied to neither city — `fragment`, `outofscope`
and `region-clash` (POOL below) — are split with a fixed seed: `random.Random(SEED)` shuffles each kind's lines once and the
first half goes to dev, the rest to test; every file keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh23.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
city), ONLY (lines whose answer is in one document although both documents of the split talk about the topic: at least one
`must` string is not in the other document), UNSTATED_ABSENT (give-away words of the `unstated` lines), HIER (`unstated`
hierarchy traps: the words are in the city's 申报指南, which does not cover the place named — the province, the autonomous
prefecture or another county of it, covered by no document of any round; the other `unstated` lines' words are in no
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

SEED = 20260706
DOC_REGION = {
    "kuerle-rending-zhinan": "新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市",
    "kuerle-gongshi-mingdan": "新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市",
    "kaili-rending-zhinan": "贵州省黔东南苗族侗族自治州凯里市",
    "kaili-gongshi-mingdan": "贵州省黔东南苗族侗族自治州凯里市",
}
# lines tied to neither city: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f23-fragment-01", "公示到哪天", "fragment", None, None, "", {}),
    ("x-f23-fragment-02", "我们公司在名单上吗", "fragment", None, None, "", {}),
    ("x-f23-fragment-03", "材料要交几份", "fragment", None, None, "", {}),
    ("x-f23-fragment-04", "推荐单位是哪个", "fragment", None, None, "", {}),
    ("x-f23-fragment-05", "有异议找谁", "fragment", None, None, "", {}),
    ("x-f23-fragment-06", "认定了奖多少钱", "fragment", None, None, "", {}),
    ("x-f23-outofscope-01", "库尔勒香梨现在多少钱一公斤 哪里批发便宜", "outofscope", None, None, "新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市", {}),
    ("x-f23-outofscope-02", "博斯腾湖景区门票多少 从库尔勒开车多久", "outofscope", None, None, "新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市", {}),
    ("x-f23-outofscope-03", "凯里哪家酸汤鱼好吃", "outofscope", None, None, "贵州省黔东南苗族侗族自治州凯里市", {}),
    ("x-f23-outofscope-04", "去下司古镇坐几路公交", "outofscope", None, None, "贵州省黔东南苗族侗族自治州凯里市下司镇", {}),
    ("x-f23-outofscope-05", "公司名字想改一下 工商那边怎么办", "outofscope", None, None, "", {}),
    ("x-f23-outofscope-06", "公示和公告有啥区别", "outofscope", None, None, "", {}),
    ("x-f23-clash-01", "湘西州产教融合型企业认定申报指南出了没 今年什么时候报", "region-clash", None, None, "湖南省湘西土家族苗族自治州", {}),
    ("x-f23-clash-02", "贺州拟认定名单公示到哪天", "region-clash", None, None, "广西壮族自治区贺州市", {}),
    ("x-f23-clash-03", "攀枝花认定为产教融合型企业奖多少钱", "region-clash", None, None, "四川省攀枝花市", {}),
    ("x-f23-clash-04", "汕头产教融合实训基地补助最高多少", "region-clash", None, None, "广东省汕头市", {}),
    ("x-f23-clash-05", "恩施州认定申报材料要交几份", "region-clash", None, None, "湖北省恩施土家族苗族自治州", {}),
    ("x-f23-clash-06", "阿坝州产教融合型企业名单里有哪些企业", "region-clash", None, None, "四川省阿坝藏族羌族自治州", {}),
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
    return {"fresh23-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh23-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
