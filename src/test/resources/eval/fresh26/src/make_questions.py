#!/usr/bin/env python3
"""Write ../../fresh26-dev.jsonl and ../../fresh26-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh26/src && python3 make_questions.py

Copied from fresh25/src/make_questions.py. The split is by region (安徽省宿州市砀山县 → dev, 福建省南平市邵武市 → test), as
in the earlier rounds; the lines tied to neither region — `fragment`, `outofscope` and `region-clash` (POOL below) — are split
with a fixed seed: `random.Random(SEED)` shuffles each kind's lines once and the first half goes to dev, the rest to test;
every file keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh26.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
region), ONLY (lines whose answer is in one document although both documents of the split talk about the topic: at least one
`must` string is not in the other document), UNSTATED_ABSENT (give-away words of the `unstated` lines), HIER (`unstated`
hierarchy traps: the words are in the region's documents, which do not cover the place named — the province, the
a sibling county of the forwarded 办法's city (never that city: the attachment covers it), covered by no document
of any round; the other `unstated` lines' words are in no
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

SEED = 20260420
DOC_REGION = {
    "dangshan-zhuanfa-tongzhi": "安徽省宿州市砀山县",
    "dangshan-banshi-zhinan": "安徽省宿州市砀山县",
    "shaowu-zhuanfa-tongzhi": "福建省南平市邵武市",
    "shaowu-banshi-zhinan": "福建省南平市邵武市",
}
# lines tied to neither region: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f26-fragment-01", "县里配套比例多少", "fragment", None, None, "", {}),
    ("x-f26-fragment-02", "申请材料要交几份", "fragment", None, None, "", {}),
    ("x-f26-fragment-03", "承诺几个工作日办完", "fragment", None, None, "", {}),
    ("x-f26-fragment-04", "窗口中午上班吗", "fragment", None, None, "", {}),
    ("x-f26-fragment-05", "补贴咨询电话多少", "fragment", None, None, "", {}),
    ("x-f26-fragment-06", "市里截止时间是哪天", "fragment", None, None, "", {}),
    ("x-f26-outofscope-01", "砀山酥梨现在多少钱一斤", "outofscope", None, None, "安徽省宿州市砀山县", {}),
    ("x-f26-outofscope-02", "砀山梨花节一般几月份", "outofscope", None, None, "安徽省宿州市砀山县", {}),
    ("x-f26-outofscope-03", "邵武和平古镇门票多少钱", "outofscope", None, None, "福建省南平市邵武市", {}),
    ("x-f26-outofscope-04", "邵武到武夷山坐动车要多久", "outofscope", None, None, "福建省南平市邵武市", {}),
    ("x-f26-outofscope-05", "社保卡丢了咋补办", "outofscope", None, None, "", {}),
    ("x-f26-outofscope-06", "转发文件的通知一般怎么写开头", "outofscope", None, None, "", {}),
    ("x-f26-clash-01", "安吉县实训基地奖补县里配套多少", "region-clash", None, None, "浙江省湖州市安吉县", {}),
    ("x-f26-clash-02", "岱山县学徒补贴申领去哪个窗口", "region-clash", None, None, "浙江省舟山市岱山县", {}),
    ("x-f26-clash-03", "麻城市产教融合实训基地奖补最高多少", "region-clash", None, None, "湖北省黄冈市麻城市", {}),
    ("x-f26-clash-04", "丹江口市新型学徒制补贴每人每年多少", "region-clash", None, None, "湖北省十堰市丹江口市", {}),
    ("x-f26-clash-05", "兴宁市实训基地奖补办事指南咨询电话多少", "region-clash", None, None, "广东省梅州市兴宁市", {}),
    ("x-f26-clash-06", "英德市学徒培训计划备案截止到哪天", "region-clash", None, None, "广东省清远市英德市", {}),
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
    return {"fresh26-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh26-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
