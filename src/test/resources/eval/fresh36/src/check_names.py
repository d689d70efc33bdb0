#!/usr/bin/env python3
"""Name and overlap checks of the thirty-seventh fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh36/src && python3 check_names.py

Adapted from ../../fresh35/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 山西 / 山东, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 晋城市 / 淄博市 or is 山西省 / 山东省 itself: id, kind, and which words of a topic
        list occur in their messages (not the messages).
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

NEW_DOCS = ["jincheng-gongzuo-yaodian.docx", "jincheng-tujie.html", "zibo-gongzuo-yaodian.pdf", "zibo-tujie.html"]
NEW_REGIONS = ["山西省晋城市", "山东省淄博市"]
WATCH = ["山西省晋城市", "山东省淄博市"]  # step 5: lines in these regions
TOPIC = ("工作要点 图解 一图读懂 产教融合型企业 实训基地 产业学院 现场工程师 订单班 冠名班 学徒 双师型 专项资金 奖励 补助 "
         "共同体 联合体 牵头 责任单位 完成时限 季度 就业率 技能培训 教育费附加 贷款 多少 几个 什么时候 能不能 文号 联系人 电话").split()
NAMES = ("晋城 泽州 高平 阳城 沁水 陵川 朔州 忻州 吕梁 淄博 张店 淄川 博山 临淄 周村 桓台 高青 沂源 滨州 菏泽 "
         "秦文博 郝雪萍 牛晓丹 邢立超 蒲晓琳 綦文静 毕德胜 0356-2087316 0356-2029854 0533-3182645 0533-2307718 2087316 2029854 "
         "3182645 2307718 晋市产教办 淄发改社会 1405000012 晋ICP备2026002713号 晋公网安备14050202000318号 齐都云 淄博发改 "
         "丹河 华晖 般阳 齐川 光机电 煤层气 智能铸造 陶瓷琉璃 现场工程师学院 留淄 校企面对面 产教融合贷 产教融合专项贷 "
         "产教资源共享平台 实体化运营中心 月调度 季通报 人行晋城市分行 人民银行淄博市分行 晋城开发区管委会 淄博高新区管委会 "
         "市政府教育督导室 市委督查室 实习学生责任保险 担保费率 重点任务分解表 重点任务清单 图解政策 政务号 政策红包 "
         "4800万元 6000万元 2600万元 2800万元 1500万元 450万元 650万元 200万元 250万元 100万元 80万元 30万元 20万元 5亿元 8亿元 "
         "58%以上 65%以上 37家 52家 66家 86家 2026年2月27日 2026年3月16日 2026-03-05 2026-03-20 2026年12月20日 "
         "企业所得税 贷款期限 网址 住房补贴 招生简章 工资待遇 社保补贴 管饭 办公地址 发放时间 分数线 摘牌 "
         "皇城相府 王莽岭 长平之战 烧烤 古商城 琉璃博物馆").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh36-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-seventh fresh set")[0]
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
    print("step 2: earlier region values in 山西 / 山东:", [r for r in regions if r.startswith(("山西", "山东"))])
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
    print("step 5: earlier lines in 晋城市 / 淄博市 or on 山西省 / 山东省 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("山西省", "山东省"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
