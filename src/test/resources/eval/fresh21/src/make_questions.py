#!/usr/bin/env python3
"""Write ../../fresh21-dev.jsonl and ../../fresh21-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh21/src && python3 make_questions.py

Copied from fresh20/src/make_questions.py. The split is by city (通辽 → dev, 漯河 → test), as in the earlier rounds;
the lines tied to neither city — `fragment`, `outofscope` and `region-clash` (POOL below) — are split with a fixed
seed: `random.Random(SEED)` shuffles each kind's lines once and the first half goes to dev, the rest to test; every file
keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh21.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
city), ONLY (lines whose answer is in one document although both documents of the split talk
about the topic: at least one `must` string is not in the other document), UNSTATED_ABSENT (give-away words of the
`unstated` lines), HIER (`unstated` hierarchy traps: the words are in the city's 清单, which does not cover the place named
— the province or another city of it, covered by no document of any round; the other `unstated` lines' words are in no document of
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

SEED = 20260306
DOC_REGION = {
    "tongliao-huiqi-qingdan": "内蒙古自治区通辽市",
    "tongliao-huiqi-wenda": "内蒙古自治区通辽市",
    "luohe-huiqi-qingdan": "河南省漯河市",
    "luohe-huiqi-wenda": "河南省漯河市",
}
# lines tied to neither city: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f21-fragment-01", "能叠加吗", "fragment", None, None, "", {}),
    ("x-f21-fragment-02", "多久到账", "fragment", None, None, "", {}),
    ("x-f21-fragment-03", "去哪个窗口办", "fragment", None, None, "", {}),
    ("x-f21-fragment-04", "要哪些材料", "fragment", None, None, "", {}),
    ("x-f21-fragment-05", "一个人补多少", "fragment", None, None, "", {}),
    ("x-f21-fragment-06", "啥时候截止", "fragment", None, None, "", {}),
    ("x-f21-outofscope-01", "通辽有啥好吃的 牛肉干哪家好", "outofscope", None, None, "内蒙古自治区通辽市", {}),
    ("x-f21-outofscope-02", "奈曼旗沙漠旅游区几月份去最好", "outofscope", None, None, "内蒙古自治区通辽市奈曼旗", {}),
    ("x-f21-outofscope-03", "漯河坐高铁到郑州要多长时间", "outofscope", None, None, "河南省漯河市", {}),
    ("x-f21-outofscope-04", "临颍县哪里能买到正宗的辣椒", "outofscope", None, None, "河南省漯河市临颍县", {}),
    ("x-f21-outofscope-05", "营业执照丢了咋补办", "outofscope", None, None, "", {}),
    ("x-f21-outofscope-06", "12345热线投诉噪音扰民管用吗", "outofscope", None, None, "", {}),
    ("x-f21-clash-01", "贵港的产教融合惠企政策清单里实训基地补多少", "region-clash", None, None, "广西壮族自治区贵港市", {}),
    ("x-f21-clash-02", "自贡企业接收实习学生 岗位实习补贴多少", "region-clash", None, None, "四川省自贡市", {}),
    ("x-f21-clash-03", "马鞍山产教融合信用贷能授信多少", "region-clash", None, None, "安徽省马鞍山市", {}),
    ("x-f21-clash-04", "阳江惠企政策申报了多久到账", "region-clash", None, None, "广东省阳江市", {}),
    ("x-f21-clash-05", "河池产业导师补助一年多少钱", "region-clash", None, None, "广西壮族自治区河池市", {}),
    ("x-f21-clash-06", "淮北企业技能大师工作室资助多少", "region-clash", None, None, "安徽省淮北市", {}),
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
    return {"fresh21-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh21-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
