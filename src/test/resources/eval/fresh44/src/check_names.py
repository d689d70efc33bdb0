#!/usr/bin/env python3
"""Name and overlap checks of the forty-fifth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh44/src && python3 check_names.py

Adapted from ../../fresh43/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 南平 / 内江 (the prefectures of the new counties) and in this round's clash places' prefectures,
        and any earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 南平 / 内江 (the new counties, their siblings, this round's clash places) or is 福建省 /
        四川省 itself: id, kind, and which words of a topic list occur in their messages (not the messages).
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

sys.path.insert(0, HERE)
import make_questions  # noqa: E402

NEW_DOCS = ["pucheng-jingsai-fangan.doc", "pucheng-duixian-tongzhi.html", "zizhong-dasai-fangan.pdf", "zizhong-jiangjin-tongzhi.md"]
NEW_REGIONS = ["福建省南平市浦城县", "四川省内江市资中县"]
WATCH2 = ["福建省南平市", "四川省内江市", "四川省凉山彝族自治州"]  # step 2
WATCH = ["福建省南平市", "四川省内江市"]  # step 5
TOPIC = ("技能竞赛 技能大赛 竞赛 大赛 比赛 赛项 奖金 一等奖 第一名 奖励 称号 技术能手 指导教师 报名 决赛 理论 实操 团体 获奖 兑现 "
         "多少 几 什么时候 能不能").split()
NAMES = ("浦城 南平 福建 闽 顺昌 松溪 建阳 邵武 武夷山 南浦 富岭 石陂 仙阳 忠信 九牧 管厝 濠村 盘亭 "
         "资中 内江 四川 蜀 东兴 冕宁 凉山 球溪 罗泉 铁佛 归德 银山 孟塘 明心寺 发轮 龙结 "
         "梦笔 丹桂 恒光 荣华山 桂韵 鼎力重工 驰顺 福寿康养 桂香楼 华林竹木 顺达钢结构 颐和养老 康宁护理 溪源农家 "
         "沱江 资州 兴电 恒锐 冬尖 橙乡 贝贝乐 宏达农机 顺通汽车 好运来 康和医院 清源供水 安贝月子 城东学校 "
         "邱明辉 詹丽娟 陈晓帆 廖建军 罗小琴 徐振涛 郑海涛 曾志刚 邓国华 胡海军 浦人社 资人社发 "
         "0599-2832716 0599-2835208 0599-2835261 0832-5521637 0832-5536209 3507220001 "
         "职业技能竞赛实施方案 组委会 组别赛项 赛项安排表 承办学校 合作企业 职工组 学生组 教师组 技能新秀 技术标兵 技能之星 "
         "技能教学名师 监督仲裁组 优秀组织奖 优秀组织单位 获奖选手及奖金兑现表 奖励兑现申领表 兑现通知 代扣代缴 初赛 决赛 比赛单元 "
         "技能操作内容 大赛办公室 专家裁判组 一类账户 获奖奖金发放确认表 团队赛 双人赛 教学能力展示 "
         "2026年4月8日 2026年7月8日 2026年3月30日 2026年6月29日 87400元 79600元 115600元 95600元 4800元 1600元 7000元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh44-") or f.endswith(".pyc"):
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
            t = t.split("# Forty-fifth fresh set")[0]
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
    print("step 2: earlier region values in 南平 / 内江:", [r for r in regions if r.startswith(tuple(WATCH2))])
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
    print("step 5: earlier lines in 南平 / 内江 or on 福建省 / 四川省 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("福建省", "四川省"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
