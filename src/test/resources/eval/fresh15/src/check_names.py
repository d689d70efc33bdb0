#!/usr/bin/env python3
"""Name and overlap checks of the sixteenth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh15/src && python3 check_names.py

Adapted from fresh14/src/check_names.py.
Step 1: every name this round uses (places, people, 文号 stems, platform / system names, clash regions, main figures and
        dates) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 湖北 / 广东 and any earlier region value that starts with a new region, or that
        a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EVAL = os.path.dirname(SET)
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, HERE)
import evalset  # noqa: E402

NEW_DOCS = ["jingmen-shishi-yijian.doc", "jingmen-caizheng-banfa.html", "zhanjiang-shishi-yijian.pdf",
            "zhanjiang-caizheng-tongzhi.docx"]
NEW_REGIONS = ["湖北省荆门市", "广东省湛江市"]
NAMES = ("荆门 东宝 掇刀 京山 钟祥 沙洋 屈家岭 漳河 湛江 赤坎 麻章 坡头 遂溪 徐闻 廉江 雷州 吴川 奋勇 "
         "蔺德华 邝雪梅 翟慧敏 柯俊辉 晏佩玲 龚振川 欧阳静妍 符海燕 庞志勇 梁晓帆 "
         "荆政办发 荆财教发 鄂政办发 湛府办 湛财教 湛财规 粤府办 荆才校企汇 荆门惠企资金申报系统 湛才产教通 "
         "湛江市财政专项资金申报管理系统 磷化工 通用航空 轻工机械 绿色钢铁 小家电 菠萝 羽绒 "
         "娄底 眉山 南平 武夷山 咸宁 茂名 抚州 内江 隆昌 随州 阳江 "
         "1350万元 1680万元 960万元 460元 480元 360元 7500元 5500元 补齐至40万元 按较高标准 可叠加享受 "
         "2318647 2369518 2318652 2330746 3381624 3380512 3192764 3381639 4208000022 20260427 "
         "2026年2月9日 2026年2月11日 2026年4月28日 2026-04-30 2026年5月18日 6月24日 7月20日前 2026年10月20日 2029年2月28日 "
         "2026年1月26日 2026年1月27日 2029年1月25日 4月15日前 2026年5月22日 2026年5月25日 6月29日 7月8日前 8月14日前").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh15-") or f.endswith((".pyc",)):
                continue
            yield os.path.join(root, f)


def read(path):
    if path.endswith((".docx", ".doc", ".pdf", ".html", ".txt")):
        try:
            return evalset.visible_text(path)
        except Exception:
            pass
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", "ignore")


def main():
    texts = {}
    for p in earlier_files():
        t = read(p)
        if os.path.basename(p) == "README.md":
            t = t.split("# Sixteenth fresh set")[0]
        texts[p] = evalset.squash(t)
    print(f"step 1: {len(texts)} earlier files")
    hits = {n: sum(t.count(n) for t in texts.values()) for n in NAMES}
    print(" ", " ".join(f"{n}:{c}" for n, c in hits.items()))
    print("  non-zero:", {n: c for n, c in hits.items() if c})
    lines = []
    for p in texts:
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    lines.append(json.loads(l))
    regions = sorted({d.get("region", "") for d in lines})
    print("step 2: earlier region values in 湖北/广东:", [r for r in regions if r.startswith(("湖北", "广东"))])
    print("  earlier region values starting with a new region, or a new region starting with them:",
          [r for r in regions if r and (r.startswith(tuple(NEW_REGIONS)) or any(n.startswith(r) for n in NEW_REGIONS))])
    new = "".join(evalset.squash(evalset.visible_text(os.path.join(SET, f))) for f in NEW_DOCS)
    hit = {}
    for d in lines:
        if d.get("region", "") == "":
            ms = [evalset.squash(m) for m in d.get("must", []) if len(evalset.squash(m)) >= 4 and evalset.squash(m) in new]
            if ms:
                hit[d["id"]] = ms
    print(f"step 3: {len(hit)} region-free earlier lines with a must string in the new documents:")
    for i, ms in hit.items():
        print("   ", i, ms)
    region_parts = sorted({p for r in regions for p in re.split(SPLIT_AT, r) if len(p) >= 2})
    print("step 4: parts of earlier region values in the new documents:", [p for p in region_parts if p in new])


if __name__ == "__main__":
    main()
