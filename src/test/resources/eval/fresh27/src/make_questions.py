#!/usr/bin/env python3
"""Write ../../fresh27-dev.jsonl and ../../fresh27-test.jsonl from questions_dev.py / questions_test.py and POOL.

    cd fresh27/src && python3 make_questions.py

Copied from fresh26/src/make_questions.py. The split is by region (吉林省四平市梨树县 → dev, 河北省衡水市故城县 → test), as in
the earlier rounds; the lines tied to neither region — `fragment`, `outofscope` and `region-clash` (POOL below) — are split
with a fixed seed: `random.Random(SEED)` shuffles each kind's lines once and the first half goes to dev, the rest to test;
every file keeps the writing order of its lines. Do not re-split.

Also holds what check_fresh27.py needs: DOC_REGION (the region each document covers: both documents of a split cover the
county; the 汇编's city policies also cover the rest of the city, see CITY_SCOPED), ONLY (lines whose answer is in one document
although both documents of the split talk about the topic), UNSTATED_ABSENT (give-away words of the `unstated` lines), HIER
(`unstated` hierarchy traps: a sibling county of the same city asking what only the county's own policy or reply says, and a
county of another city of the province asking what only a city policy of the 汇编 says — the words are in the region's
documents, not in any part or document covering the place; the other `unstated` lines' words are in no document of any round),
REGION_FREE (answerable lines without a region: an anchor word found in the line's document and in no other document of any
round), SECTION (the parts of the 汇编 holding each line's `must` strings) and CITY_SCOPED (region-scoped lines naming a
sibling county, answered from a city policy of the 汇编).
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

SEED = 20260526
DOC_REGION = {
    "lishu-jianyi-dafu": "吉林省四平市梨树县",
    "lishu-zhengce-huibian": "吉林省四平市梨树县",
    "gucheng-jianyi-dafu": "河北省衡水市故城县",
    "gucheng-zhengce-huibian": "河北省衡水市故城县",
}
# lines tied to neither region: (id, q, kind, None, None, region, {})
POOL = [
    ("x-f27-fragment-01", "这个建议答复算哪一类", "fragment", None, None, "", {}),
    ("x-f27-fragment-02", "汇编里最新的是哪个文件", "fragment", None, None, "", {}),
    ("x-f27-fragment-03", "实习补贴每人每月多少", "fragment", None, None, "", {}),
    ("x-f27-fragment-04", "县里在市里基础上再加多少", "fragment", None, None, "", {}),
    ("x-f27-fragment-05", "引进高级技师安家补贴给多少", "fragment", None, None, "", {}),
    ("x-f27-fragment-06", "答复函的联系人电话多少", "fragment", None, None, "", {}),
    ("x-f27-outofscope-01", "梨树叶赫那拉城景区门票多少钱", "outofscope", None, None, "吉林省四平市梨树县", {}),
    ("x-f27-outofscope-02", "梨树今年玉米收购价多少一斤", "outofscope", None, None, "吉林省四平市梨树县", {}),
    ("x-f27-outofscope-03", "故城县城到衡水坐大巴要多久", "outofscope", None, None, "河北省衡水市故城县", {}),
    ("x-f27-outofscope-04", "故城运河边有啥好玩的地方", "outofscope", None, None, "河北省衡水市故城县", {}),
    ("x-f27-outofscope-05", "人大代表是怎么选出来的", "outofscope", None, None, "", {}),
    ("x-f27-outofscope-06", "政策汇编一般用什么字体排版", "outofscope", None, None, "", {}),
    ("x-f27-clash-01", "江山市企业接收实习学生每人每月补多少", "region-clash", None, None, "浙江省衢州市江山市", {}),
    ("x-f27-clash-02", "四会市引进高级技师安家补贴多少", "region-clash", None, None, "广东省肇庆市四会市", {}),
    ("x-f27-clash-03", "汉川市教育局对人大代表校企合作建议的答复文号是多少", "region-clash", None, None, "湖北省孝感市汉川市", {}),
    ("x-f27-clash-04", "缙云县产教融合政策汇编里最新的是哪个文件", "region-clash", None, None, "浙江省丽水市缙云县", {}),
    ("x-f27-clash-05", "信宜市县级技能大师工作室奖补多少", "region-clash", None, None, "广东省茂名市信宜市", {}),
    ("x-f27-clash-06", "赤壁市职校毕业生本地就业生活补贴每月多少", "region-clash", None, None, "湖北省咸宁市赤壁市", {}),
]
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
HIER = set(questions_dev.HIER) | set(questions_test.HIER)
REGION_FREE = {**questions_dev.REGION_FREE, **questions_test.REGION_FREE}
SECTION = {**questions_dev.SECTION, **questions_test.SECTION}
CITY_SCOPED = set(questions_dev.CITY_SCOPED) | set(questions_test.CITY_SCOPED)


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
    return {"fresh27-dev.jsonl": questions_dev.QUESTIONS + dev, "fresh27-test.jsonl": questions_test.QUESTIONS + test}


def main():
    for name, rs in rows().items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")


if __name__ == "__main__":
    main()
