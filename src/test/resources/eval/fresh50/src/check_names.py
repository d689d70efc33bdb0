#!/usr/bin/env python3
"""Name and overlap checks of the fifty-first fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, kinds, region values and strings of the new documents — never the text of an earlier question).

    cd fresh50/src && python3 check_names.py

Adapted from ../../fresh49/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 贵州 / 重庆 (the provinces of the new regions and of this round's clash places), and any
        earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in the prefectures of the new dev region and of this round's
        dev clash places (遵义, 黔东南; also written without the province) or is 贵州省 / 重庆市 itself (重庆 has no prefectures:
        the held-out county and its clash places lie directly under it): id, kind, region, and — for lines of files that are not
        held out — which words of a topic list occur in their messages (not the messages); the answerable ones there (on their
        own documents) are only counted.
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

NEW_DOCS = ["meitan-juanzeng-banfa.doc", "meitan-shouzeng-gongshi.html", "fengjie-juanzeng-xize.md",
            "fengjie-shouzeng-tongbao.txt"]
NEW_REGIONS = ["贵州省遵义市湄潭县", "重庆市奉节县"]
WATCH = ["贵州省遵义市", "遵义市", "贵州省黔东南苗族侗族自治州", "黔东南苗族侗族自治州"]
PROVINCES = ["贵州省", "重庆市"]
TOPIC = ("捐赠 捐 冠名 设备 实训 学校 职业 公示 通报 多少 几 什么时候 能不能").split()
NAMES = ("湄潭 奉节 黎平 从江 锦屏 巫山 云阳 黄家坝 鱼泉 永兴 复兴 马山 新南 石莲 抄乐 天城 鱼复 夔州 白帝 草堂 汾河 朱衣 吐祥 "
         "安坪 青莲 冉光辉 付晓梅 蔡文俊 谭晓峰 向春燕 冉德华 茶乡职业技术学校 鼎新中等专业学校 兴农中等职业学校 诗城职业技术学校 "
         "夔韵中等专业学校 兴茶机械 翠芽茶业 宏远汽车 鑫茂电气 赛驰新能源 云创电子商务 绿茗包装 茶旅文化促进会 峡江机电 鑫橙果业 "
         "睿达汽车 德诚信息 峰岩工程机械 电商产业促进会 天坑文旅 川岳建筑 机床经销 湄教发 奉教委发 计划财务股 资产管理股 "
         "非税收入管理股 县教委职成科 县财政局资产科 0851-24523716 0851-24521682 0851-24527039 023-56551873 023-56553462 "
         "023-56558019 11500236MB1C41073X 5203280001 "
         "受赠 捐赠票据 公益事业捐赠票据 成新率 捐赠意向书 受赠财产 捐赠台账 受赠台账 价值确认 原购置价格 验收小组 附加商业条件 "
         "定向捐赠 非定向捐赠 受赠学校 受赠院校 确认价值 捐赠价值 捐赠登记表 年折旧率 折旧年限 评估所需费用 第三方评估单位 资产卡片 "
         "捐赠标识 校务会议 校长办公会 专物专用 冠名实训室 冠名1个实训室 实训基地冠名 补录 "
         "2026年3月16日 2026年7月20日 2026年4月20日 2026年10月16日 1224740元 1091180元 238000元 173000元 95200 199680 353600 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh50-") or f.endswith(".pyc"):
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
            t = t.split("# Fifty-first fresh set")[0]
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
    print("step 2: earlier region values in 贵州 / 重庆:", [r for r in regions if r.startswith(tuple(PROVINCES))])
    print("  earlier region values without a province in 遵义 / 黔东南 / 奉节 / 巫山 / 云阳:",
          [r for r in regions if r.startswith(("遵义", "黔东南", "奉节", "巫山", "云阳"))])
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
    print("step 5: earlier abstaining lines in the watched prefectures or on 贵州省 / 重庆市 as a whole (id, kind, region, topic "
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
