#!/usr/bin/env python3
"""Write ../../fresh25-dev.jsonl and ../../fresh25-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh25/src && python3 make_questions.py

Copied from fresh24/src/make_questions.py. The split is by region (四川省凉山彝族自治州西昌市 → dev,
江西省赣州市瑞金市 → test), as in the earlier rounds; the lines tied to neither region — `fragment`, `outofscope`
and `region-clash` (POOL below) — are split with a fixed seed: `random.Random(SEED)` shuffles each kind's lines once and the
first half goes to dev, the rest to test; every file keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh25.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
region), ONLY (lines whose answer is in one document although both documents of the split talk about the topic: at least one
`must` string is not in the other document), UNSTATED_ABSENT (give-away words of the `unstated` lines), HIER (`unstated`
hierarchy traps: the words are in the region's documents, which do not cover the place named — the province, the
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

SEED = 20260424
DOC_REGION = {
    "xichang-lingdao-xiaozu": "四川省凉山彝族自治州西昌市",
    "xichang-tuijinhui-tongzhi": "四川省凉山彝族自治州西昌市",
    "ruijin-lingdao-xiaozu": "江西省赣州市瑞金市",
    "ruijin-tuijinhui-tongzhi": "江西省赣州市瑞金市",
}
# lines tied to neither region: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f25-fragment-01", "领导小组组长是谁", "fragment", None, None, "", {}),
    ("x-f25-fragment-02", "推进会哪天开", "fragment", None, None, "", {}),
    ("x-f25-fragment-03", "回执发到哪个邮箱", "fragment", None, None, "", {}),
    ("x-f25-fragment-04", "联络员电话多少", "fragment", None, None, "", {}),
    ("x-f25-fragment-05", "开会要穿正装吗", "fragment", None, None, "", {}),
    ("x-f25-fragment-06", "领导小组多久开一次会", "fragment", None, None, "", {}),
    ("x-f25-outofscope-01", "西昌邛海湿地公园现在要门票吗", "outofscope", None, None, "四川省凉山彝族自治州西昌市", {}),
    ("x-f25-outofscope-02", "西昌火把节今年几号开始", "outofscope", None, None, "四川省凉山彝族自治州西昌市", {}),
    ("x-f25-outofscope-03", "瑞金红色旅游景点有哪些值得去", "outofscope", None, None, "江西省赣州市瑞金市", {}),
    ("x-f25-outofscope-04", "瑞金牛肉汤哪家最正宗", "outofscope", None, None, "江西省赣州市瑞金市", {}),
    ("x-f25-outofscope-05", "开会发言稿怎么写才出彩", "outofscope", None, None, "", {}),
    ("x-f25-outofscope-06", "会议通知一般用什么格式写", "outofscope", None, None, "", {}),
    ("x-f25-clash-01", "中山市产教融合领导小组组长是谁", "region-clash", None, None, "广东省中山市", {}),
    ("x-f25-clash-02", "宜都市产教融合推进会哪天开", "region-clash", None, None, "湖北省宜昌市宜都市", {}),
    ("x-f25-clash-03", "福鼎市领导小组办公室设在哪个单位", "region-clash", None, None, "福建省宁德市福鼎市", {}),
    ("x-f25-clash-04", "神农架林区产教融合领导小组联络员电话多少", "region-clash", None, None, "湖北省神农架林区", {}),
    ("x-f25-clash-05", "龙泉市推进会回执什么时候交", "region-clash", None, None, "浙江省丽水市龙泉市", {}),
    ("x-f25-clash-06", "黄山歙县产教融合推进会在哪开", "region-clash", None, None, "安徽省黄山市歙县", {}),
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
    return {"fresh25-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh25-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
