#!/usr/bin/env python3
"""Name and overlap checks of the thirty-first fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh30/src && python3 check_names.py

Adapted from fresh29/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, 文号 stems, phones, codes, anchor and give-away words) — how often it
        occurs in the earlier files (the visible text of every earlier document read as ../../tools/evalset.py reads it,
        every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: earlier region values inside 甘肃 / 广西, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 张掖市 / 贺州市 (昭平县 lies in it) or is 甘肃省 / 广西壮族自治区 itself: id, kind, and which
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

NEW_DOCS = ["zhangye-yanshou-tongzhi.doc", "zhangye-yanshou-tongbao.html", "zhaoping-yanshou-tongzhi.docx",
            "zhaoping-yanshou-tongbao.pdf"]
NEW_REGIONS = ["甘肃省张掖市", "广西壮族自治区贺州市昭平县"]
WATCH = ["甘肃省张掖市", "广西壮族自治区贺州市"]  # step 5: lines in these regions (贺州市 covers 昭平县)
TOPIC = ("验收 合格 优秀 整改 不合格 尾款 追回 公示 得分 分数 截止 材料 专家 现场 联系人 电话 实训基地 产业学院 实训中心 "
         "名单 认定 补助 奖励 多少 几个 什么时候 能不能 设备投入 拨付 申报").split()
NAMES = ("张掖 甘州 临泽 高台 山丹 民乐 肃南 裕固 丹霞 金昌 嘉峪关 甘南 "
         "昭平 黄姚 走马镇 马江 文竹 富罗 北陀 五将 樟木林 象棋山 八步 平桂 富川 "
         "祁文斌 雷玉霞 覃秋萍 莫振华 张教职成 张教发 昭教发 "
         "0936-8216354 0936-8219027 0774-6682315 0774-6687402 zysjyj_cjys zpxjyj_xmys 11620700MB1A62937K 6207000024 陇ICP备 "
         "甘公网安备62070202000618 "
         "玉米种业产业学院 研学旅游实训基地 弱水 戈壁设施农业 新能源运维公共实训中心 智慧物流产业学院 马产业实训基地 智能制造公共实训中心 "
         "马铃薯加工实训基地 民族工艺实训基地 红枣精深加工 农产品电商实训基地 道地药材 康养旅游产业学院 健康照护公共实训中心 "
         "红茶产业学院 文旅服务实训基地 电子商务公共实训中心 茶叶初制 松脂 小水电 豆豉 家政养老 林下经济实训基地 新能源汽车产业学院 "
         "竹编工艺实训基地 竹编工艺厂 桂松林产 黄姚豆豉食品 "
         "验收结果的通报 项目验收工作的通知 合格线 限期整改 尾款 重新验收 暂缓拨付 不予拨付 "
         "94.5 56.5 82.9分 78.6% 1465万元 357万元 55.5万元 63万元 91.5 50.5 72.7% 627万元 182万元 52万元 25.2万元 "
         "2026年7月29日 2026年8月17日 2026年8月28日 2026年7月3日 2026年9月25日 2026年12月28日 2026年11月27日 2026年11月26日 2026年10月25日 "
         "2026年9月4日 2026年9月14日 2026年8月10日 2026年10月23日 2026年12月23日 2026年11月20日 2026年10月12日 2026年10月21日 "
         "公示期为7天 公示期10天 45日内 25日内 三年内不得申报 两年内不得申报 资金审计报告").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh30-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-first fresh set")[0]
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
    print("step 2: earlier region values in 甘肃 / 广西:", [r for r in regions if r.startswith(("甘肃", "广西"))])
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
    print("step 5: earlier lines in 张掖 / 贺州 or on 甘肃省 / 广西壮族自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("甘肃省", "广西壮族自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])


if __name__ == "__main__":
    main()
