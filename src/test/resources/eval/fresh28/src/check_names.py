#!/usr/bin/env python3
"""Name and overlap checks of the twenty-ninth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh28/src && python3 check_names.py

Adapted from fresh27/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, 文号 stems, phones, codes, anchor and give-away words) — how often it
        occurs in the earlier files (the visible text of every earlier document read as ../../tools/evalset.py reads it,
        every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: earlier region values inside 浙江 / 新疆, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 湖州市 / 昌吉回族自治州 or is 浙江省 / 新疆维吾尔自治区 itself: id, kind, and which
        words of a topic list occur in their messages (not the messages).
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

NEW_DOCS = ["deqing-jixiao-mubiao.html", "deqing-jixiao-zipingbaogao.docx", "fukang-jixiao-mubiao.doc",
            "fukang-jixiao-zipingbaogao.pdf"]
NEW_REGIONS = ["浙江省湖州市德清县", "新疆维吾尔自治区昌吉回族自治州阜康市"]
TOPIC = ("绩效 目标 自评 预算 执行率 实训基地 专项资金 奖补 实习 满意度 得分 等级 联系 电话 负责人 文号 依据 项目期 到位 支出 "
         "核减 公开 补助 配套 培训 合作协议 产业学院 产教融合型企业 多少 几个 什么时候").split()
NAMES = ("德清 湖州 武康 舞阳 阜溪 下渚湖 乾元 新市镇 洛舍 钟管 禹越 新安镇 雷甸 莫干山 安吉 长兴 南浔 吴兴 "
         "阜康 昌吉 博峰 阜新街道 城关镇 九运街 滋泥泉子 甘河子 上户沟 水磨沟 三工河 呼图壁 玛纳斯 吉木萨尔 天池 乌鲁木齐 "
         "朱晓东 施丽娟 马建新 何永军 帕丽达 艾买提 德教发 阜人社发 0572-8421635 0572-8063217 0994-3221764 0994-3236158 "
         "113305210025918K 3305210047 浙ICP备20260210 "
         "绩效目标表 绩效自评 自评报告 项目支出绩效 预算执行率 年度指标值 实际完成值 偏差原因 自评等级 项目期资金总额 "
         "汽车维修实训基地 两次流标 耗材集中采购 冬季停产 场地未落实 留用激励 "
         "评估机构 问卷 维护保养 课时费 2025年度自评 报销 实习工资 哪几家 交税 满意度调查 复评 "
         "860万元 720万元 140万元 2460万元 776.5万元 812万元 90.29% 91.63 680万元 "
         "600万元 480万元 120万元 1130万元 531.2万元 558万元 88.53% 88.99 460万元 23.6万元").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh28-") or f.endswith(".pyc"):
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
            t = t.split("# Twenty-ninth fresh set")[0]
        texts[p] = evalset.squash(t)
    print(f"step 1: {len(texts)} earlier files")
    hits = {n: sum(t.count(n) for t in texts.values()) for n in NAMES}
    print("  zero:", " ".join(n for n, c in hits.items() if not c))
    print("  non-zero:", {n: c for n, c in hits.items() if c})
    lines = []
    for p in texts:
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    lines.append(json.loads(l))
    regions = sorted({d.get("region", "") for d in lines})
    print("step 2: earlier region values in 浙江 / 新疆:", [r for r in regions if r.startswith(("浙江", "新疆"))])
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
    print("step 5: earlier lines in 湖州 / 昌吉 or on 浙江省 / 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(("浙江省湖州市", "新疆维吾尔自治区昌吉")) or r in ("浙江省", "新疆维吾尔自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])


if __name__ == "__main__":
    main()
