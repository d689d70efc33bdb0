#!/usr/bin/env python3
"""Name and overlap checks of the forty-ninth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh48/src && python3 check_names.py

Adapted from ../../fresh47/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, organisations, phones, codes, the main figures, dates and phrasings, the
        shape's key words, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every
        earlier document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 江西 / 贵州 (the provinces of the new regions and of this round's clash places), and any
        earlier region value that starts with a new region, or that a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines that must not be answered whose region lies in 江西省南昌市 / 贵州省贵阳市 (also written without the
        province: 南昌市 / 贵阳市; the new regions, their siblings, this round's clash places) or is 江西省 / 贵州省 itself: id,
        kind, and which words of a topic list occur in their messages (not the messages); the answerable ones there (on their
        own documents) are only counted.
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

NEW_DOCS = ["jinxian-tiexi-banfa.docx", "jinxian-tiexi-gongshi.html", "xiuwen-tiexi-xize.md", "xiuwen-tiexi-gonggao.pdf"]
NEW_REGIONS = ["江西省南昌市进贤县", "贵州省贵阳市修文县"]
WATCH = ["江西省南昌市", "贵州省贵阳市", "南昌市", "贵阳市"]  # step 5 (and the provinces; the first sets wrote no province)
PROVINCES = ["江西省", "贵州省"]
TOPIC = ("贴息 贷款 利息 利率 银行 产教融合 企业 实习 公示 公告 拨付 资金 补贴 多少 几 什么时候 能不能").split()
NAMES = ("进贤 修文 安义 青山湖 青云谱 息烽 开阳 李渡 温圳 文港 梅庄 张公 罗溪 架桥 前坊 钟陵 景阳 扎佐 久长 六广 六屯 "
         "洒坪 六桶 谷堡 小箐 "
         "涂文斌 熊晓琴 万志强 黎冬梅 罗国华 华笔文化用品 恒济医疗器械 康华医用材料 丰泰农机 新程汽车零部件 鑫旺建材 嘉木家居 "
         "天衡模具 贤湖职业技术学校 青岚中等专业学校 瑞泽农村商业银行 鼎信商业银行 和兴村镇银行 碧果农业 云鼎铝材 恒岳建材 安宏物流 "
         "兰亭茶业 新岳汽车 禾香食品 山居酒店 睿芯电子 宏景建材 龙腾机械 瑞森木业 鸿运包装 猕猴桃加工实训基地 铝型材加工实训车间 "
         "装配式建筑实训中心 冷链物流实训中心 新型墙材实训工坊 进财金 修财通 县财政局金融股 县财政局经济建设股 县行政服务中心3楼308室 "
         "0791-85672318 0791-85671406 0791-85668925 0851-82356107 0851-82351942 3601240001 "
         "贷款贴息管理办法 贷款贴息实施细则 贴息资金 实际付息额 可贴息付息额 付息凭证 结息单 付息清单 借款借据 贴息比例 年贴息率 "
         "实际用款天数 罚息 复利 展期 先付后贴 据实核定 银行业金融机构 产教融合项目库 重点项目名单 贴息期限 工作流程及时限表 "
         "贷款贴息计算示例 分配结果 按比例核减 民间借贷 "
         "2026年2月27日 2026年5月11日 2026年4月8日 2026年6月24日 2026年6月5日 2026年7月17日 512496元 982750元 310500元 "
         "425000元 43746 74000元 "
         + " ".join(w for ws in make_questions.UNSTATED_ABSENT.values() for w in ws)
         + " " + " ".join(make_questions.REGION_FREE.values())).split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh48-") or f.endswith(".pyc"):
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


def main():
    texts = {}
    for p in earlier_files():
        t = read(p)
        if os.path.basename(p) == "README.md":
            t = t.split("# Forty-ninth fresh set")[0]
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
    print("step 2: earlier region values in 江西 / 贵州:", [r for r in regions if r.startswith(tuple(PROVINCES))])
    print("  earlier region values without a province in 南昌 / 贵阳:", [r for r in regions if r.startswith(("南昌", "贵阳"))])
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
    print("step 5: earlier lines in 南昌 / 贵阳 or on 江西省 / 贵州省 as a whole (id, kind, topic words):")
    covered = 0
    for d in lines:
        r = d.get("region", "")
        inside = r.startswith(tuple(WATCH)) or r in PROVINCES
        if inside and "expect" not in d:
            covered += 1
            continue
        if inside:
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    print(f"    (and {covered} answerable lines there, on their own documents — not listed)")
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
