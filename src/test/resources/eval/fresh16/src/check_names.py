#!/usr/bin/env python3
"""Name and overlap checks of the seventeenth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh16/src && python3 check_names.py

Adapted from fresh15/src/check_names.py (same four steps; other names, regions and documents).
Step 1: every name this round uses (places, people, 文号 stems, platform / system names, clash regions, main figures and
        dates) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 安徽 / 广西 and any earlier region value that starts with a new region, or that
        a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
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
sys.path.insert(0, HERE)
import evalset  # noqa: E402

NEW_DOCS = ["tongling-ruogan-cuoshi.html", "tongling-zhengce-jiedu.docx", "qinzhou-ruogan-cuoshi.pdf",
            "qinzhou-zhengce-jiedu.html"]
NEW_REGIONS = ["安徽省铜陵市", "广西壮族自治区钦州市"]
NAMES = ("铜陵 铜官 枞阳 狮子山 铜基 义安 马鞍山 钦州 钦南 钦北 灵山 浦北 坭兴陶 林浆纸 北部湾 "
         "陶明远 濮丽君 韦秋岚 黄敬棠 "
         "铜政办 皖政办秘 钦政办发 桂政办发 铜陵市促进校企合作若干规定 铜陵惠企直达平台 钦州市惠企资金直通车系统 "
         "26号窗口 12号窗口 从优不重复 只享受最高一级 "
         "丹东 湘潭 黄石 大冶 池州 新余 达州 黑河 防城港 东兴 "
         "135万元 42万元 85万元 65万元 520元 14万元 8400元 72学时 900元 1400元 2100元 32万元 165万元 28万元 3600元 "
         "115万元 38万元 73万元 13万元 470元 17万元 720人次 95万元 9600元 56学时 36学时 650元 26万元 58万元 4200元 "
         "220万元以上 160万元以上 不少于45个 不少于30% 6∶4 5∶5 11所 12所 4.6万人 7.3万人 68家 43% "
         "0562- 0777- 2349072 2368491 2371036 2356187 2817350 2826914 3407000031 4507000012 20260203 20260212 "
         "2026年2月3日 2026年2月4日 2026-02-04 2026年2月5日 2029年2月3日 2026年1月1日以后 4月29日 5月19日 9月8日 10月13日 "
         "2027年8月底前 2027年2月底前 2026年2月12日 2026年2月13日 2026-02-14 2029年2月12日 9月15日 10月23日 "
         "2027年9月30日前 第38次 2026年2月13日印发 15:00—18:00 三娘湾 钦北区").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh16-") or f.endswith((".pyc",)):
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
            t = t.split("# Seventeenth fresh set")[0]
        texts[p] = evalset.squash(t)
    print(f"step 1: {len(texts)} earlier files")
    hits = {n: sum(t.count(n) for t in texts.values()) for n in NAMES}
    print(" ", " ".join(f"{n}:{c}" for n, c in hits.items()))
    print("  non-zero:", {n: c for n, c in hits.items() if c})
    lines = []
    for p in texts:
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    lines.append(json.loads(l))
    regions = sorted({d.get("region", "") for d in lines})
    print("step 2: earlier region values in 安徽/广西:", [r for r in regions if r.startswith(("安徽", "广西"))])
    print("  earlier region values starting with a new region, or a new region starting with them:",
          [r for r in regions if r and (r.startswith(tuple(NEW_REGIONS)) or any(n.startswith(r) for n in NEW_REGIONS))])
    new = "".join(evalset.squash(evalset.visible_text(os.path.join(SET, f))) for f in NEW_DOCS)
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


if __name__ == "__main__":
    main()
