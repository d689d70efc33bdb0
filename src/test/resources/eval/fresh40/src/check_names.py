#!/usr/bin/env python3
"""Name and overlap checks of the forty-first fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh40/src && python3 check_names.py

Adapted from ../../fresh39/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 广东 / 新疆, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 江门市 or in a 兵团 city (图木舒克 / 铁门关 / 可克达拉) or is 广东省 / 新疆维吾尔自治区 itself: id, kind, and which words of a topic
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

NEW_DOCS = ["enping-jiance-zhibiao.doc", "enping-tianbao-tongzhi.md", "tumushuke-jiance-zhibiao.pdf", "tumushuke-baosong-tongzhi.html"]
NEW_REGIONS = ["广东省江门市恩平市", "新疆维吾尔自治区图木舒克市"]
WATCH = ["广东省江门市", "新疆维吾尔自治区图木舒克市", "新疆维吾尔自治区铁门关市", "新疆维吾尔自治区可克达拉市"]  # step 5
TOPIC = ("监测 指标 评价 目标值 分值 权重 填报 报送 平台 审核 核查 逆向 等次 示例 双师型 订单班 就业率 学徒 实训 "
         "截止 联系人 电话 多少 几 什么时候 能不能").split()
NAMES = ("恩平 恩城 横陂 圣堂 良西 牛江 君堂 那吉 大槐 东成 簕菜 开平 鹤山 江海 江门 "
         "图木舒克 锦绣 永安坝 草湖 嘉和 唐驿 金胡杨 杏花 唐王城 烤包子 铁门关 可克达拉 第三师 兵团 喀什 "
         "梁颖芝 岑志鹏 冯嘉慧 马晓琳 艾尔肯·吾斯曼 恩发改 恩发改函 师市教发 师市教函 "
         "0750-7713826 0750-7725913 0750-7731648 0750-7708215 0998-6213574 0998-6227139 0998-6208842 TMSK-JYJ-2026-00133 "
         "6590030012 新ICP备2026008451号-1 恩平市产教融合监测平台 师市职业教育数据监测平台 "
         "监测评价指标体系 指标体系 指标解释 计算方法 数据填报 填报通知 报送通知 填报口径 监测年度 监测期 监测值 逆向指标 正向指标 "
         "抽样测评 数据管理员 生师比 生均实训设备值 企业评价优良率 技能竞赛获奖人次 差错率 审签 甲校 乙校 丙校 "
         "122家 57.5% 47.0% 230万元 5.04分 3.75分 93.5% 53.0% 2026年4月8日 2026年5月12日 2026年4月21日 2026年5月20日 "
         "Excel 离职 排行 周末 托管 U盾 休息日 异地 保险公司 平板 往年 交接").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh40-") or f.endswith(".pyc"):
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
            t = t.split("# Forty-first fresh set")[0]
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
    print("step 2: earlier region values in 广东 / 新疆:", [r for r in regions if r.startswith(("广东", "新疆"))])
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
    print("step 5: earlier lines in 江门 / 图木舒克 / 铁门关 / 可克达拉 or on 广东省 / 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("广东省", "新疆维吾尔自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
