#!/usr/bin/env python3
"""Write ../../fresh19-dev.jsonl and ../../fresh19-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh19/src && python3 make_questions.py

Copied from fresh18/src/make_questions.py. The split is by province (陕西 → dev, 甘肃 → test), as in the earlier rounds;
the lines tied to neither province — `fragment`, `outofscope` and `region-clash` (POOL below) — are split with a fixed
seed: `random.Random(SEED)` shuffles each kind's lines once and the first half goes to dev, the rest to test; every file
keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh19.py needs: DOC_REGION (the region each document covers: the province's notice the whole
province, the city's 通报 the city), ONLY (lines whose answer is in one document although both documents of the split talk
about the topic: at least one `must` string is not in the other document), UNSTATED_ABSENT (give-away words of the
`unstated` lines), HIER (`unstated` hierarchy traps: the words are in the city's 通报, which does not cover the place named
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

SEED = 20260721
DOC_REGION = {
    "shaanxi-zijin-tongzhi": "陕西省",
    "yanan-tuijin-tongbao": "陕西省延安市",
    "gansu-zijin-tongzhi": "甘肃省",
    "longnan-tuijin-tongbao": "甘肃省陇南市",
}
# lines tied to neither province: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f19-fragment-01", "这个拨了多少", "fragment", None, None, "", {}),
    ("x-f19-fragment-02", "排第几", "fragment", None, None, "", {}),
    ("x-f19-fragment-03", "整改时限是哪天", "fragment", None, None, "", {}),
    ("x-f19-fragment-04", "钱啥时候能到账", "fragment", None, None, "", {}),
    ("x-f19-fragment-05", "谁被督办了", "fragment", None, None, "", {}),
    ("x-f19-fragment-06", "能结转吗", "fragment", None, None, "", {}),
    ("x-f19-outofscope-01", "延安宝塔山门票多少钱", "outofscope", None, None, "陕西省延安市宝塔区", {}),
    ("x-f19-outofscope-02", "洛川苹果网上哪家店买的正宗", "outofscope", None, None, "陕西省延安市洛川县", {}),
    ("x-f19-outofscope-03", "陇南油橄榄油怎么吃比较好", "outofscope", None, None, "甘肃省陇南市", {}),
    ("x-f19-outofscope-04", "官鹅沟自驾游攻略", "outofscope", None, None, "甘肃省陇南市宕昌县", {}),
    ("x-f19-outofscope-05", "财政厅公务员考试都考啥", "outofscope", None, None, "", {}),
    ("x-f19-outofscope-06", "高速ETC怎么办理", "outofscope", None, None, "", {}),
    ("x-f19-clash-01", "鹤岗今年产教融合专项资金第一批分了多少", "region-clash", None, None, "黑龙江省鹤岗市", {}),
    ("x-f19-clash-02", "巴中上半年产教融合督办了哪些单位", "region-clash", None, None, "四川省巴中市", {}),
    ("x-f19-clash-03", "阿克苏地区职工技能培训项目拿了多少钱", "region-clash", None, None, "新疆维吾尔自治区阿克苏地区", {}),
    ("x-f19-clash-04", "信阳的产教融合专项资金能不能发工资", "region-clash", None, None, "河南省信阳市", {}),
    ("x-f19-clash-05", "黔西南州产教融合进度排名谁第一", "region-clash", None, None, "贵州省黔西南布依族苗族自治州", {}),
    ("x-f19-clash-06", "河源下达产教融合专项资金的文号是啥", "region-clash", None, None, "广东省河源市", {}),
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
    return {"fresh19-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh19-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
