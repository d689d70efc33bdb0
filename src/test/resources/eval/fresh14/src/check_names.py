#!/usr/bin/env python3
"""Name and overlap checks of the fifteenth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids and region values — never the text of an earlier question).

    cd fresh14/src && python3 check_names.py

Step 1: every name this round uses (places, people, 文号 stems, platform / mini-program names, schools, enterprises,
        clash regions) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 安徽 / 辽宁 and any earlier region value that starts with a new region.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: ids only.
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
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

NEW_DOCS = ["jieshou-shishi-fangan.docx", "jieshou-gxq-shenbao-tongzhi.html", "dashiqiao-gongzuo-yaodian.pdf",
            "yingkou-gxq-shenbao-tongzhi.txt"]
NEW_REGIONS = ["安徽省阜阳市", "辽宁省营口市"]
NAMES = ("阜阳 界首 光武 田营 颍南 东城街道 西城街道 营口 大石桥 虎庄 汤池 官屯 博洛铺 高坎 盖州 "
         "韩立群 孟庆华 陶文静 葛昌明 鲁志远 冯丽娜 邵佳宁 程立伟 贾晓东 "
         "界政办 界高管 阜政办 大石政办 营高管发 营政办发 界首校企通 石桥校企直通车 营口高新区企业服务平台 "
         "颍河职业技术学校 镁都职业中等专业学校 辽镁新材料 "
         "亳州 项城 渭南 铜仁 盘锦 安达 绥化 岑溪 梧州 昭通 "
         "580万元 450万元 4500元 补足差额 2026年10月15日前 86万元 57万元 4812367 4917236 4917281 5628134 6281452 6281469 6281530").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh14-") or f.endswith((".pyc",)):
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
            t = t.split("# Fifteenth fresh set")[0]
        texts[p] = evalset.squash(t)
    print(f"step 1: {len(texts)} earlier files")
    hits = {n: sum(t.count(n) for t in texts.values()) for n in NAMES}
    print(" ", " ".join(f"{n}:{c}" for n, c in hits.items()))
    lines = []
    for p in texts:
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    lines.append(json.loads(l))
    regions = sorted({d.get("region", "") for d in lines})
    print("step 2: earlier region values in 安徽/辽宁:", [r for r in regions if r.startswith(("安徽", "辽宁"))])
    print("  earlier region values starting with a new region:", [r for r in regions if r.startswith(tuple(NEW_REGIONS))])
    new = "".join(evalset.squash(evalset.visible_text(os.path.join(SET, f))) for f in NEW_DOCS)
    hit_ids = [d["id"] for d in lines if d.get("region", "") == "" and any(len(evalset.squash(m)) >= 4
                                                                          and evalset.squash(m) in new for m in d.get("must", []))]
    print(f"step 3: {len(hit_ids)} region-free earlier lines with a must string in the new documents:", hit_ids)
    region_parts = sorted({p for r in regions for p in re.split(SPLIT_AT, r) if len(p) >= 2})
    print("step 4: parts of earlier region values in the new documents:", [p for p in region_parts if p in new])


if __name__ == "__main__":
    main()
