#!/usr/bin/env python3
"""Name and overlap checks of the forty-fourth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh43/src && python3 check_names.py

Adapted from ../../fresh42/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 周口 / 梧州 (the prefectures of the new counties) and in this round's clash places' prefectures,
        and any earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 周口 / 梧州 (the new counties, their siblings, this round's clash places) or is 河南省 /
        广西壮族自治区 itself: id, kind, and which words of a topic list occur in their messages (not the messages).
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

NEW_DOCS = ["xihua-shijian-guiding.docx", "xihua-xiangmu-tongzhi.txt", "mengshan-dinggang-xize.pdf", "mengshan-anpai-tongzhi.html"]
NEW_REGIONS = ["河南省周口市西华县", "广西壮族自治区梧州市蒙山县"]
WATCH2 = ["河南省周口市", "广西壮族自治区梧州市"]  # step 2
WATCH = ["河南省周口市", "广西壮族自治区梧州市"]  # step 5
TOPIC = ("企业实践 顶岗 实践 补助 伙食 生活补助 工作站 基地 日志 周志 考核 请假 职称 学时 学分 课时 报名 项目 岗位 "
         "多少 几 什么时候 能不能").split()
NAMES = ("西华 周口 河南 豫 扶沟 太康 郸城 项城 西夏亭 东夏亭 逍遥 奉母 红花集 聂堆 址坊 迟营 皮营 东王营 娲城 "
         "蒙山 梧州 广西 桂 苍梧 龙圩 岑溪 西河 新圩 文圩 黄村 陈塘 汉豪 长坪 夏宜 "
         "娲皇 华康技工 丰穗 华纬 金禾 顺骐 云采 鼎盛精工 博拓 华信智能 颐康 湄江 丝源 锦蚕 林海木业 果香农业 恒泰新能源 精铸 安颐 "
         "王振华 李娟 张国庆 覃丽萍 黎文斌 莫海燕 西教体 蒙教发 蒙教职 "
         "0394-5291736 0394-5226408 0394-5237715 0774-7286153 0774-7213648 0774-7225091 4504230007 "
         "企业实践管理规定 企业实践日志 考核登记表 集中实践 分段实践 教师企业实践工作站 企业实践项目表 现场巡查 交通费实行包干 "
         "顶岗实践 整段顶岗 周期顶岗 顶岗实践周志 带教师傅 鉴定表 基地企业 伙食补助 岗位安排表 "
         "2026年3月26日 2026年5月22日 2026年5月1日 2026年4月13日 2026年6月12日 2026年5月15日 1200元 4050元 4500元 1500元 "
         "4200元 2000元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh43-") or f.endswith(".pyc"):
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
            t = t.split("# Forty-fourth fresh set")[0]
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
    print("step 2: earlier region values in 周口 / 梧州:", [r for r in regions if r.startswith(tuple(WATCH2))])
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
    print("step 5: earlier lines in 周口 / 梧州 or on 河南省 / 广西壮族自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("河南省", "广西壮族自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
