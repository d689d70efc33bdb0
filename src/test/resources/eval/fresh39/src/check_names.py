#!/usr/bin/env python3
"""Name and overlap checks of the fortieth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh39/src && python3 check_names.py

Adapted from ../../fresh38/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 湖北 / 新疆, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 襄阳市 / 克孜勒苏柯尔克孜自治州 (or 北屯市) or is 湖北省 / 新疆维吾尔自治区 itself: id, kind, and which words of a topic
        list occur in their messages (not the messages).
Step 6: parts of the region values of earlier `region-clash` lines (2+ characters) found in the new documents.
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
import evalset  # noqa: E402

NEW_DOCS = ["laohekou-jinque-mulu.pdf", "laohekou-bianzhi-shuoming.txt", "atushi-jinque-mulu.docx", "atushi-shiyong-zhiyin.html"]
NEW_REGIONS = ["湖北省襄阳市老河口市", "新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿图什市"]
WATCH = ["湖北省襄阳市", "新疆维吾尔自治区克孜勒苏柯尔克孜自治州", "新疆维吾尔自治区北屯市"]  # step 5
TOPIC = ("目录 紧缺 岗位 工种 需求 薪酬 工资 订单班 学徒 补贴 补助 上浮 技能 等级 高级工 有效期 更新 编制 调查 专业 招生 "
         "联系人 电话 多少 几 什么时候 能不能").split()
NAMES = ("老河口 光化 酂阳 孟楼 竹林桥 薛集 张集 仙人渡 洪山嘴 李楼 袁冲 梨花湖 锅盔 枣阳 宜城 谷城 襄阳 "
         "阿图什 幸福路 光明路 上阿图什 松他克 阿扎克 阿湖 格达良 哈拉峻 吐古买提 无花果 馕 阿克陶 北屯 克孜勒苏 "
         "龚振宇 柯晓岚 詹国栋 阿依努尔 吐尔逊 老人社发 阿市人社发 "
         "0710-8236417 0710-8217735 0710-8249062 0908-4215376 0908-4223148 0908-4231605 6530010004 新ICP备2026006217号 "
         "紧缺技能人才需求目录 急需紧缺人才需求目录 编制说明 使用指引 紧缺程度 薪酬区间 需求人数 特别紧缺 比较紧缺 一般紧缺 较紧缺 "
         "求人倍率 招聘周期 职业分类大典 订单班补助 技能提升补贴 调查表 需求登记表 纺纱工 缝纫工 电池制造工 工艺工程师（电芯） "
         "农产品电商运营员 纺织设备保全工 服装制版师 冷库制冷工 中控操作员 跨境电商运营员 关务专员 冷链货车司机 民族刺绣工 药剂员 "
         "1323人 719人 1200元 1000元 6000元 5500元 2026年3月18日 2026年4月10日 2026-04-17 "
         "年龄 女工 双休 户籍 学费 倒班 班车 身高 年假 工装 押金 转正").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh39-") or f.endswith(".pyc"):
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
            t = t.split("# Fortieth fresh set")[0]
        texts[p] = evalset.squash(t)
    print(f"step 1: {len(texts)} earlier files")
    hits = {n: sum(t.count(evalset.squash(n)) for t in texts.values()) for n in NAMES}
    print("  zero:", " ".join(n for n, c in hits.items() if not c))
    print("  non-zero:", {n: c for n, c in hits.items() if c})
    lines = []
    for p in texts:
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    lines.append(json.loads(l))
    regions = sorted({d.get("region", "") for d in lines})
    print("step 2: earlier region values in 湖北 / 新疆:", [r for r in regions if r.startswith(("湖北", "新疆"))])
    print("  earlier region values starting with a new region, or a new region starting with them:",
          [r for r in regions if r and (r.startswith(tuple(NEW_REGIONS)) or any(n.startswith(r) for n in NEW_REGIONS))])
    new = "".join(evalset.squash(read(os.path.join(SET, f))) for f in NEW_DOCS)
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
    print("step 5: earlier lines in 襄阳 / 克孜勒苏 / 北屯 or on 湖北省 / 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("湖北省", "新疆维吾尔自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
