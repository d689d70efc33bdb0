#!/usr/bin/env python3
"""Name and overlap checks of the fifty-second fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, kinds, region values and strings of the new documents — never the text of an earlier question).

    cd fresh51/src && python3 check_names.py

Adapted from ../../fresh50/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 四川 / 内蒙古 (the provinces of the new regions and of this round's clash places), and any
        earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in the prefectures of the new regions and of this round's
        clash places (凉山, 巴彦淖尔, 呼和浩特; also written without the province) or is 四川省 / 内蒙古自治区 itself: id, kind,
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

NEW_DOCS = ["yanyuan-peixun-banfa.docx", "yanyuan-peixun-tongbao.pdf", "wuqian-peixun-xize.html", "wuqian-peixun-tongbao.md"]
NEW_REGIONS = ["四川省凉山彝族自治州盐源县", "内蒙古自治区巴彦淖尔市乌拉特前旗"]
WATCH = ["四川省凉山彝族自治州", "凉山彝族自治州", "内蒙古自治区巴彦淖尔市", "巴彦淖尔市", "内蒙古自治区呼和浩特市", "呼和浩特市"]
PROVINCES = ["四川省", "内蒙古自治区"]
TOPIC = ("培训 收入 奖励 酬金 职校 职业 通报 多少 几 什么时候 能不能").split()
NAMES = ("盐源 乌拉特前 乌拉特 普格 布拖 喜德 和林格尔 清水河 盐井 卫城 梅雨 白乌 树河 黄草 平川 泸沽湖 盐塘 乌拉山 白彦花 先锋镇 "
         "西小召 大佘太 小佘太 苏独仑 冷国栋 苏丽娟 何文斌 马志林 韩永胜 高玉兰 乌兰其其格 刘海军 果乡职业技术学校 民族中等职业学校 "
         "阴山职业技术学校 黄河中等职业学校 果乡职校 民族中职 阴山职校 黄河中职 丰硕果业 金果冷链 湖畔酒店 绿洲牧业 金葵食品 "
         "盐人社发 盐教发 乌前人社发 乌前教发 职业能力建设股 职业教育股 预算股 职成教股 综合股 0834-6321475 0834-6325083 "
         "0834-6328146 0478-3215806 0478-3218372 0478-3212659 "
         "社会培训收入 培训收入 培训净收入 管理费 培训奖励 实训发展基金 奖励比例 自主开班 委托培训协议 委托培训经费 社会化培训 "
         "培训服务收入 培训结余 公用经费 培训酬金 技能提升基金 取证率 自主招生培训 培训服务协议 订单培训 合格率 课酬 绩效工资总量 "
         "2026年2月11日 2026年7月16日 2026年6月5日 2027年1月22日 364000元 373000元 208000元 201800元 86300元 79400元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh51-") or f.endswith(".pyc"):
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
            t = t.split("# Fifty-second fresh set")[0]
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
    print("step 2: earlier region values in 四川 / 内蒙古:", [r for r in regions if r.startswith(tuple(PROVINCES))])
    print("  earlier region values without a province in 凉山 / 巴彦淖尔 / 呼和浩特:",
          [r for r in regions if r.startswith(("凉山", "巴彦淖尔", "呼和浩特"))])
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
    print("step 5: earlier abstaining lines in the watched prefectures or on 四川省 / 内蒙古自治区 as a whole (id, kind, region, topic "
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
