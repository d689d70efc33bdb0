#!/usr/bin/env python3
"""Write ../../fresh22-dev.jsonl and ../../fresh22-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh22/src && python3 make_questions.py

Copied from fresh21/src/make_questions.py. The split is by district (重庆市永川区 → dev, 北京市怀柔区 → test), as in the
earlier rounds; the lines tied to neither district — `fragment`, `outofscope` and `region-clash` (POOL below) — are split
with a fixed seed: `random.Random(SEED)` shuffles each kind's lines once and the first half goes to dev, the rest to test;
every file keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh22.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
district), ONLY (lines whose answer is in one document although both documents of the split talk about the topic: at
least one `must` string is not in the other document), UNSTATED_ABSENT (give-away words of the `unstated` lines), HIER
(`unstated` hierarchy traps: the words are in the district's 行动计划, which does not cover the place named — the
municipality or another district of it, covered by no document of any round; the other `unstated` lines' words are in no
document of any round) and REGION_FREE (answerable lines without a region: an anchor word found in the line's document
and in no other document of any round).
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

SEED = 20260312
DOC_REGION = {
    "yongchuan-xingdong-jihua": "重庆市永川区",
    "yongchuan-fabuhui-shilu": "重庆市永川区",
    "huairou-xingdong-jihua": "北京市怀柔区",
    "huairou-fabuhui-shilu": "北京市怀柔区",
}
# lines tied to neither district: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f22-fragment-01", "2027年是多少", "fragment", None, None, "", {}),
    ("x-f22-fragment-02", "基数是多少", "fragment", None, None, "", {}),
    ("x-f22-fragment-03", "这个指标谁牵头", "fragment", None, None, "", {}),
    ("x-f22-fragment-04", "发布会哪天开的", "fragment", None, None, "", {}),
    ("x-f22-fragment-05", "约束性的有哪几个", "fragment", None, None, "", {}),
    ("x-f22-fragment-06", "今年的目标是多少", "fragment", None, None, "", {}),
    ("x-f22-outofscope-01", "永川哪里的秀芽茶最好喝", "outofscope", None, None, "重庆市永川区", {}),
    ("x-f22-outofscope-02", "茶山竹海景区门票多少钱 周末人多不", "outofscope", None, None, "重庆市永川区茶山竹海街道", {}),
    ("x-f22-outofscope-03", "怀柔哪家虹鳟鱼做得好吃", "outofscope", None, None, "北京市怀柔区", {}),
    ("x-f22-outofscope-04", "雁栖湖骑车绕一圈要多久", "outofscope", None, None, "北京市怀柔区雁栖镇", {}),
    ("x-f22-outofscope-05", "驾驶证快过期了怎么换证", "outofscope", None, None, "", {}),
    ("x-f22-outofscope-06", "新闻发布会上记者提问有什么技巧", "outofscope", None, None, "", {}),
    ("x-f22-clash-01", "百色的产教融合三年行动计划2027年产教融合型企业目标多少家", "region-clash", None, None, "广西壮族自治区百色市", {}),
    ("x-f22-clash-02", "揭阳企业接收学生岗位实习 每人每月补多少", "region-clash", None, None, "广东省揭阳市", {}),
    ("x-f22-clash-03", "黄山产业导师补助一年多少钱", "region-clash", None, None, "安徽省黄山市", {}),
    ("x-f22-clash-04", "崇左产教融合新闻发布会是哪天开的", "region-clash", None, None, "广西壮族自治区崇左市", {}),
    ("x-f22-clash-05", "来宾校企共建实训基地单个最多补多少", "region-clash", None, None, "广西壮族自治区来宾市", {}),
    ("x-f22-clash-06", "潮州产教融合专项资金2028年安排多少", "region-clash", None, None, "广东省潮州市", {}),
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
    return {"fresh22-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh22-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
