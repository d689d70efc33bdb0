#!/usr/bin/env python3
"""Name and overlap checks of the fifty-third fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, kinds, region values and strings of the new documents — never the text of an earlier question).

    cd fresh52/src && python3 check_names.py

Adapted from ../../fresh51/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 河南 / 贵州 (the provinces of the new regions and of this round's clash places), and any
        earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in the prefectures of the new regions and of this round's
        clash places (驻马店, 黔东南; also written without the province) or is 河南省 / 贵州省 itself: id, kind,
        region, and — for lines of files that are not held out — which words of a topic list occur in their messages (not the
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

NEW_DOCS = ["queshan-jiaocai-banfa.pdf", "queshan-jiaocai-tongbao.txt", "tianzhu-jiaocai-xize.docx", "tianzhu-jiaocai-tongbao.html"]
NEW_REGIONS = ["河南省驻马店市确山县", "贵州省黔东南苗族侗族自治州天柱县"]
WATCH = ["河南省驻马店市", "驻马店市", "贵州省黔东南苗族侗族自治州", "黔东南苗族侗族自治州", "黔东南州"]
PROVINCES = ["河南省", "贵州省"]
TOPIC = ("教材 课本 补助 补贴 职校 职业 通报 多少 几 什么时候 能不能").split()
NAMES = ("确山 天柱 西平 遂平 新蔡 三穗 麻江 盘龙 三里河 朗陵 竹沟 任店 留庄 瓦岗 石滚河 李新店 凤城 邦洞 社学 联山 坪地 蓝田 高酿 石洞 "
         "远口 姜明远 白晓静 邱文涛 杨光华 吴晓梅 龙再兴 确山县职业教育中心 确山县中等专业学校 确山县技工学校 天柱县中等职业学校 "
         "天柱县职业技术学校 县职教中心 县中专 县技校 县中职 县职校 禾盛 云通 骏达 福满楼 铭锐 云雾 栖云 优品 森达 顺捷 恒升 确教发 确教职 "
         "天教规 天教通 职业教育与成人教育股 教研室 教科股 职业与成人教育股 教研中心 科教股 0396-7021563 0396-7023418 0396-7026094 "
         "0855-7521836 0855-7523405 0855-7526617 "
         "教材选用 校本教材 选用委员会 教材选用委员会 国家规划教材 活页式 工作手册式 开发补助 审读 审读费 千字 征订 教材费 代收 多退少补 "
         "推销 教辅 凡选必审 自编教材 教材遴选 教材工作小组 审定专家 审定费 编写补贴 编写团队 万字 融媒体教材 数字资源 教材款 代订 "
         "谁遴选谁负责 教材管理 主编 "
         "2026年3月20日 2026年8月7日 2026年5月12日 2026年9月4日 79680元 49200元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh52-") or f.endswith(".pyc"):
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


def held_out(path):
    f = os.path.basename(path)
    return f.endswith("-test.jsonl") or f in ("test.jsonl", "heldout.jsonl")


def main():
    texts = {}
    for p in earlier_files():
        t = read(p)
        if os.path.basename(p) == "README.md":
            t = t.split("# Fifty-third fresh set")[0]
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
                    lines.append((p, json.loads(l)))
    regions = sorted({d.get("region", "") for _, d in lines})
    print("step 2: earlier region values in 河南 / 贵州:", [r for r in regions if r.startswith(tuple(PROVINCES))])
    print("  earlier region values without a province in 驻马店 / 黔东南:",
          [r for r in regions if r.startswith(("驻马店", "黔东南"))])
    print("  earlier region values starting with a new region, or a new region starting with them:",
          [r for r in regions if r and (r.startswith(tuple(NEW_REGIONS)) or any(n.startswith(r) for n in NEW_REGIONS))])
    new = "".join(evalset.squash(read(os.path.join(SET, f))) for f in NEW_DOCS)
    hit = {}
    for _, d in lines:
        if d.get("region", "") == "":
            ms = [evalset.squash(m) for m in d.get("must", []) if len(evalset.squash(m)) >= 4 and evalset.squash(m) in new]
            if ms:
                hit[d["id"]] = ms
    print(f"step 3: {len(hit)} region-free earlier lines with a must string in the new documents:")
    for i, ms in hit.items():
        print("   ", i, ms)
    region_parts = sorted({p for r in regions for p in re.split(SPLIT_AT, r) if len(p) >= 2})
    print("step 4: parts of earlier region values in the new documents:", [p for p in region_parts if p in new])
    print("step 5: earlier abstaining lines in the watched prefectures or on 河南省 / 贵州省 as a whole (id, kind, region, topic "
          "words — not for held-out files):")
    covered = 0
    for p, d in lines:
        r = d.get("region", "")
        inside = r.startswith(tuple(WATCH)) or r in PROVINCES
        if inside and "expect" not in d:
            covered += 1
            continue
        if inside:
            said = d["q"] + "".join(d.get("context", []))
            words = "(held out)" if held_out(p) else [w for w in TOPIC if w in said]
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, words)
    print(f"    (and {covered} answerable lines there, on their own documents — not listed)")
    clash = sorted({p for _, d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
