#!/usr/bin/env python3
"""Name and overlap checks of the fifty-fourth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, kinds, region values and strings of the new documents — never the text of an earlier question).

    cd fresh53/src && python3 check_names.py

Adapted from ../../fresh52/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 重庆市 / 北京市 (the municipalities of the new regions and of this round's clash places), and
        any earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region is 重庆市 / 北京市 itself: id, kind, region, and — for lines of
        files that are not held out — which words of a topic list occur in their messages (not the messages).
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

NEW_DOCS = ["rongchang-tiyan-banfa.html", "rongchang-tiyan-tongbao.pdf", "pinggu-qimeng-fangan.md", "pinggu-qimeng-tongzhi.txt"]
NEW_REGIONS = ["重庆市荣昌区", "北京市平谷区"]
PROVINCES = ["重庆市", "北京市"]
TOPIC = ("体验 启蒙 实践 补助 补贴 学生 基地 中心 多少 几 什么时候 能不能").split()
NAMES = ("荣昌 平谷 大足 铜梁 綦江 通州 海淀 昌元 广顺 安富 峰高 荣隆 清江 河包 观胜 龙集 滨河 兴谷 东高村 南独乐河 大华山 夏各庄 马昌营 "
         "王辛庄 刘家店 何静怡 罗文斌 唐明 孟晓岚 葛建业 温若琳 宏窑 瑞牧 锦丝 金麦 天枢 途安 青禾 恒利 济生 捷达 云栖 和顺 "
         "荣昌区现代制造职业学校 荣昌区园艺职业学校 荣昌区商贸旅游职业学校 荣昌区工业职业学校 海棠小学 鸣琴 丰桃 蜂语 冷运 金谷 云图 "
         "平谷区现代农业职业学校 平谷区工艺美术职业学校 松柏中学 荣昌教发 荣昌教职 平教字 平教职 基础教育科 大数据应用发展中心 "
         "023-46738215 023-46732906 023-46751487 010-69961427 010-69963518 010-69982674 11500226MB1L73620X "
         "职业启蒙 职业体验基地 体验导师 接待补助 接待人次 接待记录 随行教师 参考目录 体验项目 实践中心 启蒙导师 启动补贴 运行补贴 "
         "场次记录 课程包 专职安全员 带队教师 学段 职业体验 中小学生 "
         "2026年3月17日 2026年9月4日 2026年2月25日 2026年12月28日 216876元 262600元 476000元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh53-") or f.endswith(".pyc"):
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
            t = t.split("# Fifty-fourth fresh set")[0]
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
    print("step 2: earlier region values in 重庆市 / 北京市:", [r for r in regions if r.startswith(tuple(PROVINCES))])
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
    print("step 5: earlier abstaining lines on 重庆市 / 北京市 as a whole (id, kind, region, topic words — not for held-out files):")
    for p, d in lines:
        r = d.get("region", "")
        if r in PROVINCES:
            said = d["q"] + "".join(d.get("context", []))
            words = "(held out)" if held_out(p) else [w for w in TOPIC if w in said]
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, words)
    clash = sorted({p for _, d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
