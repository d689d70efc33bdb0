#!/usr/bin/env python3
"""Name and overlap checks of the thirtieth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh29/src && python3 check_names.py

Adapted from fresh28/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, 文号 stems, phones, codes, anchor and give-away words) — how often it
        occurs in the earlier files (the visible text of every earlier document read as ../../tools/evalset.py reads it,
        every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: earlier region values inside 青海 / 海南, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 黄南藏族自治州 / 乐东黎族自治县 or is 青海省 / 海南省 itself: id, kind, and which
        words of a topic list occur in their messages (not the messages).
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

NEW_DOCS = ["huangnan-zhengqiu-yijian.html", "huangnan-qicao-shuoming.txt", "ledong-zhengqiu-yijian.docx",
            "ledong-qicao-shuoming.pdf"]
NEW_REGIONS = ["青海省黄南藏族自治州", "海南省乐东黎族自治县"]
TOPIC = ("征求意见 意见稿 起草说明 反馈 截止 邮箱 联系人 电话 实训基地 实习 课时 兼职 学徒 订单班 毕业生 专项资金 施行 有效期 "
         "依据 文号 座谈 调研 补助 奖励 补贴 多少 几个 什么时候 能不能 产业学院 产教融合型企业 认定").split()
NAMES = ("黄南 同仁 尖扎 泽库 河南县 河南蒙古族 热贡 隆务 果洛 海南藏族 海南州 海西 玛沁 "
         "乐东 抱由 万冲 大安镇 志仲 千家镇 九所 利国镇 黄流 佛罗 尖峰 莺歌海 东方市 五指山 保亭 陵水 南繁 "
         "多杰才让 符晓丹 黄政办 青政办 乐人社发 琼人社发 人社部发〔2018〕66号 "
         "0973-8726415 0898-85536274 811300 572500 hnzjyj_cjrh ldrsj_cjrh 11632300MB1F37425Q 6323000019 青ICP备 "
         "新民路16号 热贡路88号 "
         "征求意见稿 起草说明 公开征求 征求意见时间 反馈方式 合法性审查 由原来的 就高原则 技艺传承工作室 订单班 唐卡 堆绣 "
         "南繁育种 新型学徒制 "
         "1126万元 62家 19条 16条 "
         "40万元 500元 120元 240课时 15万元 5万元 2700元 630万元 300万元 25万元 300元 80元 每人每天70元 70%以上 公示15日 10个工作日 38条 "
         "400元 130元 200元 90元 "
         "2026年6月9日 2026年7月8日 2026年9月20日 2026年7月20日 2026年8月18日 2026年10月1日 2026年6月5日 2026年7月17日").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh29-") or f.endswith(".pyc"):
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
            t = t.split("# Thirtieth fresh set")[0]
        texts[p] = evalset.squash(t)
    print(f"step 1: {len(texts)} earlier files")
    hits = {n: sum(t.count(n) for t in texts.values()) for n in NAMES}
    print("  zero:", " ".join(n for n, c in hits.items() if not c))
    print("  non-zero:", {n: c for n, c in hits.items() if c})
    lines = []
    for p in texts:
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    lines.append(json.loads(l))
    regions = sorted({d.get("region", "") for d in lines})
    print("step 2: earlier region values in 青海 / 海南:", [r for r in regions if r.startswith(("青海", "海南"))])
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
    print("step 5: earlier lines in 黄南 / 乐东 or on 青海省 / 海南省 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(NEW_REGIONS)) or r in ("青海省", "海南省"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])


if __name__ == "__main__":
    main()
