#!/usr/bin/env python3
"""Name and overlap checks of the forty-sixth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh45/src && python3 check_names.py

Adapted from ../../fresh44/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 重庆 / 梧州 (the municipality and the prefecture of the new counties, and of this round's clash places),
        and any earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in 重庆 / 梧州 (the new counties, their siblings, this round's
        clash places) or is 重庆市 / 广西壮族自治区 itself: id, kind, and which words of a topic list occur in their messages (not the
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
import evalset  # noqa: E402

sys.path.insert(0, HERE)
import make_questions  # noqa: E402

NEW_DOCS = ["dianjiang-dingdanban-banfa.docx", "dianjiang-mingdan-gonggao.txt", "tengxian-guanmingban-banfa.pdf",
            "tengxian-rending-gonggao.html"]
NEW_REGIONS = ["重庆市垫江县", "广西壮族自治区梧州市藤县"]
WATCH2 = ["重庆市", "广西壮族自治区梧州市"]  # step 2
WATCH = ["重庆市", "广西壮族自治区梧州市"]  # step 5
TOPIC = ("订单班 冠名班 订单 冠名 补助 奖补 建班 培养 生均 奖学金 留用 实习 考核 认定 备案 名单 公告 企业导师 企业讲师 多少 几 "
         "什么时候 能不能").split()
NAMES = ("垫江 藤县 梁平 丰都 长寿 万秀 长洲 桂溪 周嘉 普顺 澄溪 鹤游 砚台 曹回 杠家 裴兴 塘步 埌南 新庆 岭景 濛江 古龙 东荣 大黎 宁康 "
         "丰源职业 明德技工 恒钧 宏博 云杉电子 禾润 悦来酒店 骏驰 康怡 沃野 嘉业 博雅技工 华瓷 金钛 佳和电子 森宝 利达机电 顺锦 畅捷 "
         "康乐养老 谭晓东 冉春梅 冉思琪 向国庆 覃丽华 莫振宇 韦少峰 垫江教育发布 垫教委发 藤教发 藤教公告 "
         "023-74685213 023-74662418 0774-7282615 0774-7263308 0774-7251736 4504220001 11450422MB1X08526P "
         "订单班管理办法 校企合作订单班 订单班名单 建班补助 奖学金配套 留用奖励 县重点产业相关专业 学生流失率 订单班补助标准表 "
         "冠名班管理办法 冠名培养协议 冠名经费 企业字号 开班奖补 实习指导补贴 企业讲师 年度考核评分表 学生保有率 冠名班认定 "
         "首批拨付情况 冠名班认定名单及补助资金拨付表 "
         "2026年3月17日 2026年9月18日 2026年4月20日 2026年9月11日 489200元 259200元 172800元 218600元 113600元 105000元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh45-") or f.endswith(".pyc"):
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
            t = t.split("# Forty-sixth fresh set")[0]
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
    print("step 2: earlier region values in 重庆 / 梧州:", [r for r in regions if r.startswith(tuple(WATCH2))])
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
    print("step 5: earlier lines in 重庆 / 梧州 or on 重庆市 / 广西壮族自治区 as a whole (id, kind, topic words):")
    covered = 0
    for d in lines:
        r = d.get("region", "")
        if (r.startswith(tuple(WATCH)) or r in ("重庆市", "广西壮族自治区")) and "expect" not in d:
            covered += 1
            continue
        if r.startswith(tuple(WATCH)) or r in ("重庆市", "广西壮族自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    print(f"    (and {covered} answerable lines there, on their own documents: 九龙坡, 永川, 蒙山 — not listed)")
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
