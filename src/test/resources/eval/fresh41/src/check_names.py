#!/usr/bin/env python3
"""Name and overlap checks of the forty-second fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh41/src && python3 check_names.py

Adapted from ../../fresh40/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 湖北 / 新疆, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 襄阳市 or in a 兵团 city not used yet (双河 / 昆玉 / 胡杨河 / 新星 / 白杨) or is
        湖北省 / 新疆维吾尔自治区 itself: id, kind, and which words of a topic list occur in their messages (not the messages).
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

NEW_DOCS = ["zaoyang-kaifang-banfa.pdf", "zaoyang-yuyue-gonggao.txt", "shuanghe-kaifang-banfa.docx", "shuanghe-kaifang-gonggao.html"]
NEW_REGIONS = ["湖北省襄阳市枣阳市", "新疆维吾尔自治区双河市"]
WATCH = ["湖北省襄阳市", "新疆维吾尔自治区双河市", "新疆维吾尔自治区昆玉市", "新疆维吾尔自治区胡杨河市", "新疆维吾尔自治区新星市",
         "新疆维吾尔自治区白杨市"]  # step 5
TOPIC = ("实训基地 开放 共享 预约 工位 爽约 失约 收费 减免 包场 租用 安全培训 奖补 考核 公告 办法 平台 签到 取消 "
         "多少 几 什么时候 能不能").split()
NAMES = ("枣阳 北城 南城 环城 琚湾 七方 杨当 太平 新市 鹿头 刘升 兴隆 王城 吴店 熊集 平林 南漳 保康 襄城 襄阳 "
         "双河 明珠 双桥 石峪 博河 双乐 友谊 昆玉 胡杨河 新星 白杨 第五师 博尔塔拉 博乐 兵团 "
         "王静怡 郑海波 陈立群 马文静 周建新 杨帆 春陵 光武 恒昌 恒驰 天成 金穗 晶阳 农牧 智汇 "
         "枣教发 师市人社发 0710-6231574 0710-6238806 0710-6247213 0710-6219658 0909-2213865 0909-2236017 0909-2241583 "
         "0909-2257406 4206830031 新ICP备2026011735号-2 "
         "开放共享管理办法 共享管理办法 开放预约 开放共享公告 爽约 失约 预约平台 共享平台 预约码 工位使用费 整室包场 场地租用费 "
         "安全准入培训 减免对象 计费单位 预约履约率 保本微利 成本补偿 枣阳实训预约 双河实训通 实训资源共享服务平台 实训基地共享预约平台 "
         "农机检修服务月 无人机植保 光伏电站运维 电商直播间 "
         "2026年4月20日 2026年8月24日 2026年5月18日 2026年8月26日 1440元 26.4元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh41-") or f.endswith(".pyc"):
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
            t = t.split("# Forty-second fresh set")[0]
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
    print("step 2: earlier region values in 湖北襄阳 / 新疆 兵团 cities:", [r for r in regions if r.startswith(tuple(WATCH))])
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
    print("step 5: earlier lines in 襄阳 / the unused 兵团 cities or on 湖北省 / 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("湖北省", "新疆维吾尔自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
