#!/usr/bin/env python3
"""Name and overlap checks of the forty-eighth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh47/src && python3 check_names.py

Adapted from ../../fresh46/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 河南 / 湖北 (the provinces of the new regions and of this round's clash places), and any
        earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in 河南省周口市 / 湖北省黄石市 (the new regions, their siblings,
        this round's clash places) or is 河南省 / 湖北省 itself: id, kind, and which words of a topic list occur in their messages
        (not the messages); the answerable ones there (on their own documents) are only counted.
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
import crossround  # noqa: E402
import evalset  # noqa: E402

crossround.install()
sys.path.insert(0, HERE)
import make_questions  # noqa: E402

NEW_DOCS = ["shenqiu-dashi-banfa.txt", "shenqiu-dashi-mingming.docx", "xisaishan-dashi-banfa.html",
            "xisaishan-dashi-gongshi.pdf"]
NEW_REGIONS = ["河南省周口市沈丘县", "湖北省黄石市西塞山区"]
WATCH = ["河南省周口市", "湖北省黄石市"]  # step 5 (and the provinces themselves)
PROVINCES = ["河南省", "湖北省"]
TOPIC = ("技能大师 工作室 领办人 领衔人 带徒 徒弟 命名 认定 资助 补助 津贴 奖励 考核 验收 公示 依托单位 多少 几 什么时候 "
         "能不能").split()
NAMES = ("沈丘 西塞山 商水 鹿邑 淮阳 黄石港 铁山 刘庄店 留福 赵德营 付井 纸店 新安集 莲池 北杨集 范营 章山 八泉 澄月 牧羊湖 "
         "黄思湾 "
         "郜志刚 蒋秀兰 邢国栋 穆红梅 乔振东 韩素芳 尹德胜 柴文博 彭玉洁 郜明远 于春燕 柯志远 于凤霞 娄雪梅 丁怀礼 宋立新 童春燕 "
         "雷振宇 叶晓岚 程海鹰 鼎丰重工 槐源职业技术学校 汇能电力 安驰汽车 沃丰农机 云裳电子商务 悦颜美容 华冶机械 江瑞电气 "
         "颐年养老 恒舟船舶 路安汽车 味江餐饮 新港钢构 厚板焊接变形控制 传统面点标准化制作 农村低压线路故障快速排查 "
         "混合动力车型故障诊断 沈人社 西塞人社发 0394-5218637 0394-5213092 0714-6358214 0714-6351790 011043215/2026-00137 "
         "4202030009 "
         "技能大师工作室建设管理办法 技能大师工作室认定管理办法 领办人 领衔人 带徒津贴 带徒奖励 领衔人津贴 建设资助 首期资助 "
         "后备名单 绝技绝活 带徒协议 徒弟 高一等级 技术革新 依托单位 期满验收 撤销命名 评审要点 技能大师工作室评审指标 "
         "去掉一个最高分和一个最低分 补助资金拨付计划表 补助资金分配方案 拟认定名单及补助资金分配表 建设周期 认定期 "
         "2026年3月18日 2026年7月20日 2026年4月20日 2026年6月22日 2028年7月31日 2029年6月30日 2026年8月14日 "
         "240000元 160000元 6500元 11500元 96000元 18000元 11000元 17000元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh47-") or f.endswith(".pyc"):
                continue
            yield os.path.join(root, f)


def read(path):
    if path.endswith((".docx", ".doc", ".pdf", ".html", ".txt", ".md")):
        try:
            return crossround.visible_text(path)
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
            t = t.split("# Forty-eighth fresh set")[0]
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
    print("step 2: earlier region values in 河南 / 湖北:", [r for r in regions if r.startswith(tuple(PROVINCES))])
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
    print("step 5: earlier lines in 周口 / 黄石 or on 河南省 / 湖北省 as a whole (id, kind, topic words):")
    covered = 0
    for d in lines:
        r = d.get("region", "")
        inside = r.startswith(tuple(WATCH)) or r in PROVINCES
        if inside and "expect" not in d:
            covered += 1
            continue
        if inside:
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    print(f"    (and {covered} answerable lines there, on their own documents: 西华 — not listed)")
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
