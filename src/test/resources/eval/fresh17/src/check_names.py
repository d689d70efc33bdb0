#!/usr/bin/env python3
"""Name and overlap checks of the eighteenth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh17/src && python3 check_names.py

Copied from fresh16/src/check_names.py (same four steps; other names, regions and documents) plus step 0 and step 5.
Step 0: for every provincial-level region, how many earlier region values and documents lie in it (the brief asked for a
        province with none; there is none left — see README, eighteenth set).
Step 1: every name this round uses (places, people, 文号 stems, platform / system names, clash regions, main figures and
        dates) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 青海 / 海南 and any earlier region value that starts with a new region, or that
        a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
Step 5: earlier lines whose region lies in 青海省 / 海南省 (now covered by a provincial document of this round): their ids,
        kinds, and which words of a topic list occur in their messages (not the messages), and which give-away words of
        the earlier `unstated` / `region-clash` lines on 青海 / 海南 (KEEP_OUT_EARLIER in ../check_fresh17.py) occur in the
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

NEW_DOCS = ["qinghai-chanye-xueyuan-banfa.pdf", "huzhu-shishi-fangan.html", "hainan-chanjiao-qiye-banfa.html",
            "yazhou-shishi-fangan.docx"]
NEW_REGIONS = ["青海省", "青海省海东市互助土族自治县", "海南省", "海南省三亚市崖州区"]
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 "
             "贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()
TOPIC = ("产业学院 产教融合型企业 实训基地 专项资金 认定 奖励 补助 补贴 多少 最高 有效期 撤销 公示 材料 申报 评审 专家 考核 "
         "实习 导师 培训 文件大小 变更 评审费 折价 旧设备 回避 保存 字数 视频 答辩 动车 费").split()
NAMES = ("青海 海东 互助 威远 塘川 丹麻 高寨 乐都 格尔木 德令哈 门源 海西 海北 青稞 盘绣 盐湖 互丰 "
         "海南 三亚 崖州 天涯 吉阳 海棠 儋州 琼海 文昌 万宁 澄迈 南繁 深海 洋浦 崖州湾 琼企产教通 青海省职教产教对接平台 "
         "马晓芸 韩德林 鲁永清 星海燕 吕国栋 祁文娟 王琼芳 符永健 陈文婷 吉海涛 王晓琪 "
         "青教职 互政办 琼发改社会 崖府办 三亚南繁职业技术学院 青海互丰青稞酒业有限公司 "
         "武威 焦作 雅安 汕尾 鹰潭 鄂州 "
         "94万元 116万元 8800元 44学时 270万元 170万元 160人 22万元 11万元 260元 2.6万元 3800元 370万元 3200人次 450人次 "
         "36万元 440元 19万元 4300万元 2400万元 8万元 21万元 200元 2.8万元 4800元 480万元 2400人次 620人次 650人次 880人次 240万元 "
         "0971-6307318 0971-6325147 0972-8321546 0898-65342718 0898-88512637 6321260017 4600000047 00820164-6 "
         "2026年1月19日 2026年1月21日 2026年2月23日 2026年4月17日 2026-04-19 2026年5月21日 2026-05-21 2026-05-27 "
         "2026年7月6日 2026年6月24日 2026年6月26日 4月12日 5月12日 7月12日 8月12日 11月1日 11月20日 "
         "2026年5月5日前 2026年8月5日前 2026年11月30日前 2026年12月20日前 2026年10月16日前 2026年12月25日前 "
         "2026年12月18日前 2026年12月10日前 2026年7月28日前 2026年7月30日前").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh17-") or f.endswith((".pyc",)):
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
            t = t.split("# Eighteenth fresh set")[0]
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
    print("step 2: earlier region values in 青海/海南:", [r for r in regions if r.startswith(("青海", "海南"))])
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
    print("step 5: earlier lines in 青海 / 海南 (id, kind, topic words of the message):")
    for d in lines:
        if d.get("region", "").startswith(("青海", "海南")):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), [w for w in TOPIC if w in said])
    sys.path.insert(0, SET)
    from check_fresh17 import KEEP_OUT_EARLIER  # noqa: E402
    print("  give-away words of those lines found in the new documents:", [w for w in KEEP_OUT_EARLIER if w in new])


def step0(texts):
    """Earlier region values (from every *.jsonl) and earlier documents (region cells of README) per provincial-level region."""
    regions = set()
    for p, t in texts.items():
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    regions.add(json.loads(l).get("region", ""))
    readme = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read().split("# Eighteenth fresh set")[0]
    docs = [l.split("|")[4].strip() for l in readme.splitlines() if l.startswith("| `") and len(l.split("|")) > 5]
    print("step 0: earlier region values / documents per provincial-level region (every one has some):")
    print("   ", " ".join(f"{p}:{sum(1 for r in regions if r.startswith(p))}/{sum(1 for c in docs if c.startswith(p))}"
                          for p in PROVINCES))


if __name__ == "__main__":
    main()
