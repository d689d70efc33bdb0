#!/usr/bin/env python3
"""Name and overlap checks of the forty-seventh fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh46/src && python3 check_names.py

Adapted from ../../fresh45/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 北京 / 重庆 (the municipalities of the new regions and of this round's clash places), and any
        earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in 北京 / 重庆 (the new regions, their siblings, this round's
        clash places) or is 北京市 / 重庆市 itself: id, kind, and which words of a topic list occur in their messages (not the
        messages); the answerable ones there (on their own documents) are only counted.
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

NEW_DOCS = ["fangshan-pingjia-banfa.html", "fangshan-yixuan-gonggao.md", "chengkou-pingjia-xize.docx",
            "chengkou-yixuan-gongshi.pdf"]
NEW_REGIONS = ["北京市房山区", "重庆市城口县"]
WATCH = ["北京市", "重庆市"]  # steps 2 and 5
TOPIC = ("评价组织 评价机构 遴选 认定 评价 补贴 补助 考评 督导 目录 名录 公示 公告 职业 工种 等级 证书 多少 几 什么时候 "
         "能不能").split()
NAMES = ("房山 城口 门头沟 丰台 石景山 巫溪 潼南 窦店 长沟 石楼 阎村 青龙湖 韩村河 大石窝 十渡 拱辰 坪坝 庙坝 明通 修齐 高观 咸宜 "
         "北屏 周溪 葛城 "
         "新航职业 致远职业 康颐 丰登农业 鼎味 恒信机电 启明电力 智联职业 骏捷 秦巴技工 任河 安颐康养 云岭茶业 鑫达电力 "
         "城口县电子商务协会 安泰保安 华瑞汽车 闫淑华 贾文博 刘德芬 何明轩 房人社发 城人社发 "
         "010-69361274 010-81312659 023-59226437 023-59235718 1101110006 "
         "社会培训评价组织 评价组织遴选 遴选管理办法 遴选评分表 质量督导员 考评人员 场地建设补助 区评价指导中心 认定计划 首批认定 "
         "认定场所 准入类 评价补贴 遴选结果 评价机构名录 技能评价补贴 站点建设补助 内部督导员 外部督导员 评价员 评价计划 征集遴选 "
         "实操工位 县就业和人才服务中心 评价收费 "
         "2026年4月9日 2026年7月16日 2026年7月6日 2029年7月31日 2026年3月24日 2026年6月12日 2026年4月10日 2028年6月30日 "
         "250000元 117200元 43200元 399360元 100000元 21840元 299600元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh46-") or f.endswith(".pyc"):
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
            t = t.split("# Forty-seventh fresh set")[0]
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
    print("step 2: earlier region values in 北京 / 重庆:", [r for r in regions if r.startswith(tuple(WATCH))])
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
    print("step 5: earlier lines in 北京 / 重庆 or on 北京市 / 重庆市 as a whole (id, kind, topic words):")
    covered = 0
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) and "expect" not in d:
            covered += 1
            continue
        if r.startswith(tuple(WATCH)):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    print(f"    (and {covered} answerable lines there, on their own documents: 顺义, 怀柔, 九龙坡, 永川, 垫江 — not listed)")
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
