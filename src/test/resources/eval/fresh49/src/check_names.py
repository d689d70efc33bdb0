#!/usr/bin/env python3
"""Name and overlap checks of the fiftieth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh49/src && python3 check_names.py

Adapted from ../../fresh48/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 内蒙古 / 湖南 (the provinces of the new regions and of this round's clash places), and any
        earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in the prefectures of the new regions and of this round's
        clash places (赤峰, 岳阳, 呼和浩特, 巴彦淖尔, 长沙; also written without the province) or is 内蒙古自治区 / 湖南省
        itself: id, kind, and which words of a topic list occur in their messages (not the messages); the answerable ones there
        (on their own documents) are only counted.
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

NEW_DOCS = ["ningcheng-baoxian-banfa.pdf", "ningcheng-baoxian-tongbao.txt", "pingjiang-baoxian-xize.docx",
            "pingjiang-baoxian-gongshi.html"]
NEW_REGIONS = ["内蒙古自治区赤峰市宁城县", "湖南省岳阳市平江县"]
WATCH = ["内蒙古自治区赤峰市", "湖南省岳阳市", "赤峰市", "岳阳市", "内蒙古自治区呼和浩特市", "内蒙古自治区巴彦淖尔市",
         "湖南省长沙市", "长沙市"]  # step 5: the prefectures of the regions and of the clash places (also without a province)
PROVINCES = ["内蒙古自治区", "湖南省"]
TOPIC = ("保险 保费 理赔 赔 实习 事故 学生 职业 公示 通报 多少 几 什么时候 能不能").split()
NAMES = ("宁城 平江 托克托 武川 五原 望城 开福 天义 大城子 八里罕 黑里河 右北平 汐子 大明 忙农 五化 汉昌 安定 三市 加义 梅仙 "
         "瓮江 浯口 童市 岑川 于海龙 白玉梅 邢志国 钟海燕 彭建军 恒佑财产保险 润和财产保险 宁城县职业教育中心 鸿雁职业技术学校 "
         "惠民中等专业学校 宁城县技工学校 平江县职业技术学校 启明中等职业学校 平江县技工学校 金禾食品 北辰汽车维修 宏达机械制造 塞北酒店 "
         "华兴电子科技 华锐精密制造 鑫源食品 恒通物流 金拓机械 宁教发 平教发 县财政局文教股 县财政局教育科技股 县职业教育实习管理平台 "
         "县政务服务中心一楼东侧 0476-4221357 0476-4223086 0476-4226614 0730-6223418 0730-6225072 0730-6231195 "
         "统保 统一投保 实习责任保险统保 学生实习保险 理赔 拒赔 拒赔通知书 预赔 先行支付 赔付率 住院津贴 住院补贴 法律费用 索赔申请表 "
         "理赔申请表 伤残等级 残疾鉴定 事故经过说明 批改 承保期 承保期限 结算清单 人天 人月 社会医疗保险 教职成〔2021〕4号 "
         "2025年8月12日 2026年9月16日 2026年3月6日 2026年7月17日 122400元 74760元 120050元 22440元 12960元 80400元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh49-") or f.endswith(".pyc"):
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
            t = t.split("# Fiftieth fresh set")[0]
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
    print("step 2: earlier region values in 内蒙古 / 湖南:", [r for r in regions if r.startswith(tuple(PROVINCES))])
    print("  earlier region values without a province in 赤峰 / 岳阳 / 长沙:", [r for r in regions if r.startswith(("赤峰", "岳阳", "长沙"))])
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
    print("step 5: earlier abstaining lines in the watched prefectures or on 内蒙古自治区 / 湖南省 as a whole (id, kind, topic words):")
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
    print(f"    (and {covered} answerable lines there, on their own documents — not listed)")
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
