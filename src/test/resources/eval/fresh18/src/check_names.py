#!/usr/bin/env python3
"""Name and overlap checks of the nineteenth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh18/src && python3 check_names.py

Copied from fresh17/src/check_names.py (same steps; other names, regions and documents). Step 0 also counts the earlier
region values written without their province (the first sets' short forms: 昆明市 → 云南, 银川市 → 宁夏, …), the earlier
`region-clash` regions and whether a provincial-level document exists.
Step 0: for every provincial-level region, how many earlier region values (lines) and documents lie in it, its clash
        regions and whether it has a provincial-level document (the brief: the two provinces with the fewest earlier lines,
        not 青海, 海南, 安徽, 广西, none with a provincial-level document).
Step 1: every name this round uses (places, people, 文号 stems, platform / system names, clash regions, main figures and
        dates) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 云南 / 宁夏 and any earlier region value that starts with a new region, or that
        a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
Step 5: earlier lines whose region lies in 云南省 / 宁夏回族自治区 (now covered by a provincial document of this round): their ids,
        kinds, and which words of a topic list occur in their messages (not the messages), and which give-away words of
        the earlier `unstated` / `region-clash` lines on 云南 / 宁夏 (KEEP_OUT_EARLIER in ../check_fresh18.py) occur in the
        new documents.
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

NEW_DOCS = ["yunnan-chanjiao-yijian.pdf", "baoshan-fengong-fangan.docx", "ningxia-chanjiao-yijian.html",
            "guyuan-fengong-fangan.pdf"]
NEW_REGIONS = ["云南省", "云南省保山市", "宁夏回族自治区", "宁夏回族自治区固原市"]
# earlier region values written without their province (first sets): city → province
SHORT = {"佛山市": "广东", "合肥市": "安徽", "大连市": "辽宁", "宁波市": "浙江", "柳州市": "广西", "泉州市": "福建", "温州市": "浙江",
         "长沙市": "湖南", "兰州市": "甘肃", "南宁市": "广西", "南昌市": "江西", "厦门市": "福建", "台州市": "浙江", "哈尔滨市": "黑龙江",
         "广州市": "广东", "成都市": "四川", "昆明市": "云南", "杭州市": "浙江", "武汉市": "湖北", "沈阳市": "辽宁", "深圳市": "广东",
         "福州市": "福建", "西安市": "陕西", "贵阳市": "贵州", "郑州市": "河南", "银川市": "宁夏"}
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 "
             "贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()
TOPIC = ("产业学院 产教融合型企业 实训基地 专项资金 认定 奖励 补助 补贴 多少 最高 有效期 撤销 公示 材料 申报 评审 专家 考核 "
         "实习 导师 培训 学徒 牵头 配合 联席会议 技能大师 工作室 技师 示范 项目 名单 专班 办公室 在哪 企业实践 老师 申请表 下载 "
         "审计 职称 资格 报酬 异议 年度报告 费").split()
NAMES = ("保山 隆阳 施甸 龙陵 昌宁 腾冲 普洱 临沧 丽江 思茅 临翔 工贸园区 石斛 咖啡 绿色硅 滇才供需云 供需云 滇才 "
         "固原 原州 西吉 隆德 泾源 彭阳 中卫 沙坡头 中宁 海原 红梅杏 冷凉 马铃薯 肉牛 枸杞 葡萄酒 塞上职教链 塞上 职教链 "
         "杨丽娟 段志强 马玉兰 海文斌 云政办发 保政办发 宁政办规发 固政办发 "
         "商洛 定西 广安 伊春 铁岭 黔南 "
         "32万元 4600元 75万元 88万元 12万元 1200元 3万元 24万元 740万元 27万元 3700元 26% 95万元 280万元 9万元 800元 15万元 440万元 "
         "1700人次 6000人次 8000人次 1.6万人次 5万人次 20万人次 1.2万人 6000人 不少于25家 不少于30家 不少于32家 不少于35家 "
         "0875-2156387 0875-2123469 0954-2037416 0954-2021583 NX0130-2026-0418 6400000093 "
         "云政办发〔2026〕19号 保政办发〔2026〕27号 宁政办规发〔2026〕8号 固政办发〔2026〕41号 "
         "2026年3月9日 2026年3月11日 2026年5月6日 2026年5月7日 2026年5月19日 2026-05-19 2026-05-22 2026年6月18日 "
         "2026年7月9日 2026年7月14日 2026年5月31日前 2026年7月25日前 12月10日前 11月25日前 12月5日前 11月15日前 6月30日 6月20日 "
         "2030年12月31日").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh18-") or f.endswith((".pyc",)):
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
            t = t.split("# Nineteenth fresh set")[0]
        texts[p] = evalset.squash(t)
    step0(texts)
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
    print("step 2: earlier region values in 云南/宁夏:", [r for r in regions if r.startswith(("云南", "宁夏")) or SHORT.get(r) in ("云南", "宁夏")])
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
    print("step 5: earlier lines in 云南 / 宁夏 (id, kind, topic words of the message):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(("云南", "宁夏")) or SHORT.get(r) in ("云南", "宁夏"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), [w for w in TOPIC if w in said])
    sys.path.insert(0, SET)
    from check_fresh18 import KEEP_OUT_EARLIER_BY  # noqa: E402
    for prov, docs in (("云南", NEW_DOCS[:2]), ("宁夏", NEW_DOCS[2:])):
        t = "".join(evalset.squash(evalset.visible_text(os.path.join(SET, f))) for f in docs)
        print(f"  give-away words of the lines on {prov} found in its new documents:", [w for w in KEEP_OUT_EARLIER_BY[prov] if w in t])


def step0(texts):
    """Earlier region values (from every *.jsonl; short forms mapped by SHORT), clash regions, and earlier documents
    (region cells of README) per provincial-level region."""
    vals = []
    for p, t in texts.items():
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    d = json.loads(l)
                    vals.append((d.get("region", ""), d.get("kind", "")))
    readme = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read().split("# Nineteenth fresh set")[0]
    docs = [l.split("|")[4].strip() for l in readme.splitlines() if l.startswith("| `") and len(l.split("|")) > 5]
    print("step 0: per provincial-level region: earlier lines / distinct region values / clash regions / documents / provincial document")
    rows = []
    for p in PROVINCES:
        inside = [(r, k) for r, k in vals if r.startswith(p) or SHORT.get(r) == p]
        clash = sorted({r for r, k in inside if k == "region-clash"})
        ds = [c for c in docs if c.startswith(p)]
        prov = any(re.fullmatch(p + r"(省|市|自治区|[^ ]*自治区)", re.split(r"[ (（]", c)[0]) for c in ds)
        rows.append((len(inside), p, len({r for r, k in inside}), len(clash), len(ds), prov))
    for n, p, nv, nc, nd, prov in sorted(rows):
        print(f"    {p}: {n} lines, {nv} values, {nc} clash, {nd} documents{', provincial document' if prov else ''}")


if __name__ == "__main__":
    main()
