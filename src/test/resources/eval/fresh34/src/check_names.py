#!/usr/bin/env python3
"""Name and overlap checks of the thirty-fifth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh34/src && python3 check_names.py

Adapted from ../../fresh33/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 江苏 / 辽宁, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 常州市 / 葫芦岛市 or is 江苏省 / 辽宁省 itself: id, kind, and which words of a topic
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

NEW_DOCS = ["changzhou-tuijinhui-xinwen.html", "changzhou-zhiliang-baogao.pdf", "huludao-duijiehui-xinwen.txt",
            "huludao-zhiliang-baogao.docx"]
NEW_REGIONS = ["江苏省常州市", "辽宁省葫芦岛市"]
WATCH = ["江苏省常州市", "辽宁省葫芦岛市"]  # step 5: lines in these regions
TOPIC = ("质量报告 产教融合 校企合作 合作企业 订单班 兼职教师 产业学院 实训基地 投资 签约 推进会 对接会 副市长 局长 校长 联系人 "
         "电话 目标 多少 几个 什么时候 能不能 奖励 补助 验收 产教融合型企业").split()
NAMES = ("常州 天宁 钟楼 新北 武进 金坛 溧阳 无锡 扬州 泰州 葫芦岛 连山 龙港 南票 兴城 绥中 抚顺 朝阳 晋陵 首山 "
         "蒋立诚 袁正清 薛文静 巢国庆 殷志华 莫建新 钟雅琴 周立恒 曹建平 陆振宁 严晓岚 常教宣 储颖 "
         "任德刚 阎国华 鲍春艳 邰志远 那振江 佟丽华 关宏伟 卢晓峰 富文博 管晓彤 乔立群 "
         "恒锂 德创 轨联 天曜 云启 翼航 渤洋 北港 海蓝 觉华 锐驰 兴锌 港通 海滨职业中等专业学校 港城交通职业学校 "
         "0519-86931172 86931172 0429-3125687 3125687 jlzy 3204000037 2026041701 常州日报 葫芦岛日报 市会议中心 市民中心 "
         "恒锂班 恒锂奖学金 海蓝泳装班 校中厂 百名工匠进校园 一人一档 双院长制 泳装 船舶海工 低空经济产业学院 "
         "新能源动力电池产业学院 智能装备产业学院 轨道交通装备产业学院 光伏储能产业学院 船舶海工产业学院 精细化工产业学院 "
         "泳装设计与智造产业学院 文旅康养产业学院 新能源汽车零部件产业学院 示范产业学院 "
         "动力电池检测与装配实训中心 工业机器人集成应用实训基地 轨道车辆检修实训基地 光伏储能系统集成实训室 "
         "数字化产线虚拟仿真实训中心 船体分段焊接实训基地 化工总控虚拟仿真实训中心 泳装数字化设计与打版实训室 智慧文旅实训中心 "
         "无人机装调与检测实训中心 校企合作需求清单 深化产教融合三年行动计划 "
         "18.6亿元 11.3亿元 6.4亿元 4.1亿元 8000万元 3000万元 2800万元 4060万元 2190万元 1770万元 940万元 1712.40 815.70 "
         "786.30 418.60 1.12万人 2.3万人次 71.6% 53.9% 10.1% 7.9% 85.7% 81.6% 27.4% 24.6% 68.5% 61.2% 64.2% 52.3% 77.9% "
         "2026年1月28日 2026年2月26日 2026-04-17 2026-05-21 4月16日 5月20日 "
         "职业教育质量报告 产教融合篇 校企合作篇 年度报告 "
         "宿舍 保险 食堂 学分 毕业证 招生计划 学费 分数线 评估 审计 门票 "
         "顶岗 宿舍费 就业率 生均").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh34-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-fifth fresh set")[0]
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
    print("step 2: earlier region values in 江苏 / 辽宁:", [r for r in regions if r.startswith(("江苏", "辽宁"))])
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
    print("step 5: earlier lines in 常州市 / 葫芦岛市 or on 江苏省 / 辽宁省 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("江苏省", "辽宁省"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
