#!/usr/bin/env python3
"""Name and overlap checks of the thirty-second fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh31/src && python3 check_names.py

Adapted from ../../fresh30/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, 文号 stems, phones, e-mails, codes, every unit name of both rosters, the main
        figures, dates and phrasings) — how often it occurs in the earlier files (the visible text of every earlier document read
        as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: earlier region values inside 内蒙古 / 四川, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 锡林郭勒盟 / 眉山市 (洪雅县 lies in it) or is 内蒙古自治区 / 四川省 itself: id, kind, and
        which words of a topic list occur in their messages (not the messages).
Step 6: parts of the region values of earlier `region-clash` lines (2+ characters) found in the new documents (the checks of
        fresh17 … fresh30 read every folder of eval/ and want their clash regions named in no document).
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
import make_hongya_txt  # noqa: E402
import make_xilinguole_html  # noqa: E402

NEW_DOCS = ["xilinguole-lianmeng-zhangcheng.docx", "xilinguole-mingdan-gonggao.html", "hongya-lianheti-zhangcheng.pdf",
            "hongya-mingdan-gonggao.txt"]
NEW_REGIONS = ["内蒙古自治区锡林郭勒盟", "四川省眉山市洪雅县"]
WATCH = ["内蒙古自治区锡林郭勒盟", "四川省眉山市"]  # step 5: lines in these regions (眉山市 covers 洪雅县)
TOPIC = ("联盟 联合体 章程 会员 成员单位 理事 秘书 会费 入会 退出 除名 名单 申报 专项资金 截止 多少 几个 什么时候 能不能 "
         "联系人 电话 实训基地 产业学院 补助 奖励").split()
NAMES = ("锡林郭勒 锡林浩特 二连浩特 阿巴嘎 苏尼特 乌珠穆沁 东乌 西乌 太仆寺 镶黄旗 正镶白旗 正蓝旗 多伦 锡盟 兴安盟 阿拉善 乌海 "
         "洪雅 洪川 止戈 余坪 槽渔滩 中保镇 东岳镇 瓦屋山 将军镇 三宝镇 花溪镇 高庙镇 丹棱 青神 夹江 "
         "毕力格图 高雅琴 苏日娜 杨启明 罗晓梅 何丽娟 锡草职院发 锡产教盟 洪青职校发 洪产教联 "
         "0479-8263157 028-37826514 xlglm_cjrh hyxycjlht 115225000117358942 1525000037 蒙ICP备 蒙公网安备15250202000739 "
         "学府大街16号 青衣路88号 草原职业技术学院 青衣江职业技术学校 产教融合联盟 县域产教联合体 联盟章程 首批成员单位 "
         "理事长单位 副理事长单位 理事单位 会员大会 成员大会 会费 会员证书 入会申请表 加入申请表 专业工作组 专业协作组 "
         "3.2万元 1.6万元 8000元 3000元 12个工作日 10个工作日内提出初审意见 提前一个月 提前15日 连续两年不参加 连续两次不参加 "
         "连续12个月 三年内不得重新申请入会 两年内不得重新申请加入 每四年 每三年 任期四年 任期三年 每半年至少 每季度召开 "
         "三分之二以上 过半数 五分之一以上 三分之一以上 15日内 20日内 不收取会费 纳税信用等级不低于B级 "
         "47家 34家 12个旗县市 11个镇 院校8家 企业30家 科研院所4家 行业协会5家 院校6家 企业19家 科研院所3家 行业协会6家 "
         "2026年6月3日 2026年6月17日 2026年6月23日 2026年7月23日 2026年8月14日 2026年9月18日 2026-06-23 2026-06-25 "
         "会徽 监事会 入会费 名誉理事长 无记名投票 官方网站 观察员 荣誉证书 线上会议 会旗 年度评优 团体标准 "
         "元上都 乳肉加工 青竹家居 藤椒和乳制品加工 "
         "2026年6月25日 2026年6月29日 2026年7月2日 2026年7月22日 2026年8月6日 2026年10月29日 2026-07-03").split()
NAMES += [r[0] for r in make_xilinguole_html.ROWS] + [r[0] for r in make_hongya_txt.ROWS]
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh31-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-second fresh set")[0]
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
    print("step 2: earlier region values in 内蒙古 / 四川:", [r for r in regions if r.startswith(("内蒙古", "四川"))])
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
    print("step 5: earlier lines in 锡林郭勒盟 / 眉山市 or on 内蒙古自治区 / 四川省 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("内蒙古自治区", "四川省"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
