#!/usr/bin/env python3
"""Name and overlap checks of the forty-third fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh42/src && python3 check_names.py

Adapted from ../../fresh41/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 襄阳 / the 兵团 cities not used yet, and any earlier region value that starts with a new
        region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 宜城市, in a 兵团 city not used yet (新星 / 白杨) or in this round's clash places
        (江夏 / 蔡甸 / 下陆; 富蕴 / 墨玉) or is 湖北省 / 新疆维吾尔自治区 itself: id, kind, and which words of a topic list occur in
        their messages (not the messages).
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

NEW_DOCS = ["yicheng-xuanpin-banfa.doc", "yicheng-xuanpin-gonggao.html", "xinxing-jianzhi-banfa.txt", "xinxing-zhaopin-gonggao.pdf"]
NEW_REGIONS = ["湖北省襄阳市宜城市", "新疆维吾尔自治区新星市"]
WATCH2 = ["湖北省襄阳市", "新疆维吾尔自治区新星市", "新疆维吾尔自治区白杨市", "湖北省武汉市", "湖北省黄石市",
          "新疆维吾尔自治区阿勒泰地区", "新疆维吾尔自治区和田地区"]  # step 2
WATCH = ["湖北省襄阳市宜城市", "新疆维吾尔自治区新星市", "新疆维吾尔自治区白杨市", "湖北省武汉市江夏区", "湖北省武汉市蔡甸区",
         "湖北省黄石市下陆区", "新疆维吾尔自治区阿勒泰地区富蕴县", "新疆维吾尔自治区和田地区墨玉县"]  # step 5
TOPIC = ("产业导师 兼职教师 选聘 聘用 招聘 聘期 课时 津贴 报酬 试讲 面试 实操 考核 公示 报名 岗位 条件 职称 技师 "
         "多少 几 什么时候 能不能").split()
NAMES = ("宜城 鄢城 南营 龙头 郑集 小河 刘猴 孔湾 流水 板桥店 王集 雷河 大雁 江夏 蔡甸 下陆 武汉 黄石 襄阳 湖北 鄂 "
         "新星 二道湖 骆驿 黄田 第十三师 十三师 白杨 哈密 兵团 富蕴 墨玉 阿勒泰 和田 新疆 "
         "宋玉 楚皇城 莺河 雅丹 星火技工 刘晓芸 胡志刚 周婷 邓雅琴 王蕾 张文涛 韩雪梅 赵志强 孙海燕 宜城教育 "
         "宜教发 十三师教发 0710-4226835 0710-4213579 0710-4238126 0710-4251960 0902-6931472 0902-6952318 0902-6967045 "
         "gh_7d31c5a09e4b "
         "选聘管理办法 选聘公告 岗位需求表 课时津贴 产业导师人才库 三方聘用协议 联络教师 试讲 招募令 "
         "兼职教师聘用管理办法 招聘公告 岗位计划表 课时报酬 兼职教师信息库 实践课 聘用合同 交通补助 "
         "2026年3月19日 2026年5月8日 2026年4月8日 2026年5月20日 10368元 22400元 77.2分 9500元 18200元 62.6分 57.1分 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh42-") or f.endswith(".pyc"):
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
            t = t.split("# Forty-third fresh set")[0]
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
    print("step 2: earlier region values in 襄阳 / 新星 / 白杨 / the clash places' prefectures:", [r for r in regions if r.startswith(tuple(WATCH2))])
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
    print("step 5: earlier lines in 宜城 / 新星 / 白杨 / the clash places or on 湖北省 / 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("湖北省", "新疆维吾尔自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
