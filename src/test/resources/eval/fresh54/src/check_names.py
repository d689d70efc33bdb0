#!/usr/bin/env python3
"""Name and overlap checks of the fifty-fifth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, kinds, region values and strings of the new documents — never the text of an earlier question).

    cd fresh54/src && python3 check_names.py

Adapted from ../../fresh53/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 天津市 / 上海市 (the municipalities of the new regions and of this round's clash places), and
        any earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region is 天津市 / 上海市 itself: id, kind, region, and — for lines of
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

NEW_DOCS = ["jinghai-xueli-banfa.docx", "jinghai-xueli-gongshi.html", "jinshan-qiuxue-xize.pdf", "jinshan-qiuxue-tongbao.txt"]
NEW_REGIONS = ["天津市静海区", "上海市金山区"]
PROVINCES = ["天津市", "上海市"]
TOPIC = ("学历 学费 补助 补贴 助学 职工 学员 院校 高校 教学点 学习中心 多少 几 什么时候 能不能").split()
NAMES = ("静海 金山 宝坻 宁河 蓟州 崇明 杨浦 独流 唐官屯 王口 台头 陈官屯 大邱庄 团泊 双塘 蔡公庄 朱泾 枫泾 张堰 亭林 吕巷 廊下 漕泾 "
         "韩振宇 苏婉清 邱立新 沈佳怡 陆文韬 顾晓峰 子牙河职业技术学院 鸿泰理工学院 澄湾理工学院 思齐职业技术学院 "
         "宏程 联拓 远帆 瑞泓 广源 恒鑫 绿循 佳润 博锐 海智 晟达 康禾 宏茂 新晟 柏源 恒嘉 锐思 洁源 盛驰 瀚海 明湾 佳禾 "
         "静人社发 金工发 金工〔2026〕38号 金教〔2026〕21号 职业能力建设科 职业与成人教育科 职工服务中心 职工服务部 终身教育科 "
         "022-68921547 022-68935106 022-68917382 021-57921386 021-57935214 021-57918640 "
         "学历提升 学杂费 学杂费补助 企业教学点 送教补助 办学院校 非全日制 学历继续教育 困难职工 拟补助名单 技能人才学员 在读学员 毕业率 "
         "学历层次 拨付对象 重点支持专业目录 求学圆梦 圆梦助学金 企业学习中心 承办高校 资助对象 开办补贴 企业助学奖励 学习费用 专职教务员 "
         "资助年限 学习室 成人高等教育 开放教育 重修 "
         "2026年2月10日 2026年3月5日 2026年5月25日 2026年12月10日 788100元 637500元 106400元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh54-") or f.endswith(".pyc"):
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
            t = t.split("# Fifty-fifth fresh set")[0]
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
    print("step 2: earlier region values in 天津市 / 上海市:", [r for r in regions if r.startswith(tuple(PROVINCES))])
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
    print("step 5: earlier lines on 天津市 / 上海市 as a whole (id, kind, region, topic words — not for held-out files):")
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
