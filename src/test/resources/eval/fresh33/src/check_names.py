#!/usr/bin/env python3
"""Name and overlap checks of the thirty-fourth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh33/src && python3 check_names.py

Adapted from ../../fresh32/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, 文号 stems, phones, e-mails, codes, system names, the main figures, dates and
        phrasings, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier
        sources).
Step 2: earlier region values inside 山东 / 云南, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 日照市 / 红河哈尼族彝族自治州 or is 山东省 / 云南省 itself: id, kind, and which
        words of a topic list occur in their messages (not the messages).
Step 6: parts of the region values of earlier `region-clash` lines (2+ characters) found in the new documents (the checks of
        fresh17 … fresh31 read every folder of eval/ and want their clash regions named in no document).
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

NEW_DOCS = ["rizhao-zhaobiao-gonggao.html", "rizhao-zhongbiao-gonggao.docx", "honghe-cuoshang-gonggao.pdf",
            "honghe-chengjiao-gonggao.txt"]
NEW_REGIONS = ["山东省日照市", "云南省红河哈尼族彝族自治州"]
WATCH = ["山东省日照市", "云南省红河哈尼族彝族自治州"]  # step 5: lines in these regions
TOPIC = ("招标 磋商 中标 成交 采购 投标 开标 预算 限价 联合体 中小企业 价格扣除 专家 代理服务费 质疑 投诉 履约 担保 废标 终止 "
         "实训基地 产教融合 多少 几个 什么时候 能不能 联系人 电话").split()
NAMES = ("日照 东港 岚山 五莲 莒县 威海 东营 临沂 红河 开远 蒙自 弥勒 建水 石屏 元阳 泸西 文山 西双版纳 楚雄 滇南 "
         "海曲 潮汐路 望海路 临港路 学苑路 云仓大道 创业路 凤凰路 学府路 果蔬路 兴业路 职教园区 "
         "相振华 郝雨菲 宫立新 綦国栋 孔令宇 邵明霞 卜庆海 鞠文静 普丽华 者建明 马文涛 罗晓燕 者永福 段思源 施红英 白云峰 钱绍文 "
         "0633 0873 8216705 8239516 8787216 3721846 3145072 3051924 RZHY HHZC2026 3700000088 鲁ICP备20260908 "
         "海洋工程职业学校 蓝岸 港联 海岸数字 冷链云仓 智汇职教 滇南工贸 云岭工程咨询 云果食品机械 锦程建设 "
         "山东政府采购网 公共资源交易平台 公共资源交易电子服务系统 公开招标公告 竞争性磋商公告 中标（成交）结果公告 成交结果公告 "
         "招标公告 招标文件 磋商文件 响应文件 投标文件 开标 评标委员会 磋商小组 最高限价 预算金额 价格扣除 代理服务费 "
         "联合体牵头人 联合协议 履约担保 投标担保 响应担保 银行保函 废标 采购终止 中标通知书 成交通知书 质疑 投诉 "
         "中小企业声明函 监狱企业 残疾人福利性单位 电子与智能化工程 建筑装修装饰工程 注册建造师 安全生产许可证 信息安全管理体系 "
         "现代职业教育质量提升计划 智能港口装卸 冷链物流仓储 船舶机电 信息化管理平台 果蔬加工 跨境电商直播 实训楼改造 "
         "1286.00万元 516.00万元 957.90万元 401.16万元 476.80 352.60 128.50 254.36 146.80 9.76万元 48139.20 30523.20 17616.00 "
         "480.00万元 295.00万元 260.00万元 150.00万元 "
         "2026年9月8日 2026年9月16日 2026年9月29日 2026年10月14日 2026年10月19日 2026年10月26日 2026年11月3日 2026年10月28日 "
         "2026年11月10日 2026-09-08 2026-09-29 2026-11-10 9点30分 14点30分 "
         "踏勘 样品 答疑会 预付款 质保金 价格分 进口 分包 转包").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh33-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-fourth fresh set")[0]
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
    print("step 2: earlier region values in 山东 / 云南:", [r for r in regions if r.startswith(("山东", "云南"))])
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
    print("step 5: earlier lines in 日照市 / 红河州 or on 山东省 / 云南省 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("山东省", "云南省"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
