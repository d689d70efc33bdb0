#!/usr/bin/env python3
"""Name and overlap checks of the thirty-eighth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh37/src && python3 check_names.py

Adapted from ../../fresh36/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 新疆, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 伊宁市 / 喀什市 (or their 州 / 地区) or is 新疆维吾尔自治区 itself: id, kind, and which words of a topic
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

NEW_DOCS = ["yining-shenbaoshu.doc", "yining-dayi.html", "kashi-shenbaoshu.pdf", "kashi-dayi.txt"]
NEW_REGIONS = ["新疆维吾尔自治区伊犁哈萨克自治州伊宁市", "新疆维吾尔自治区喀什地区喀什市"]
WATCH = ["新疆维吾尔自治区伊犁哈萨克自治州", "新疆维吾尔自治区喀什地区"]  # step 5: lines in these regions
TOPIC = ("申报书 填报 答疑 常见问题 产教融合型企业 实训基地 补助 奖励 抵免 设备 场地 注册 从业人员 实习 兼职教师 合作协议 "
         "截止 纸质 电子版 系统 平台 份 公示 审核 评审 推荐 盖章 承诺书 附件 材料 联系人 电话 多少 几 什么时候 能不能").split()
NAMES = ("伊宁 伊犁 巴彦岱 潘津 英也尔 达达木图 汉宾 喀尔墩 托格拉克 墩买里 萨依布依 六星街 喀赞其 薰衣草 "
         "喀什 乃则尔巴格 夏马勒巴格 浩罕 色满 多来特巴格 伯什克然木 帕哈太克里 恰萨 亚瓦格 古城 大巴扎 烤包子 "
         "石河子 五家渠 博乐 博尔塔拉 和田 阿拉尔 "
         "阿依古丽 买买提 周建林 俞雪薇 古丽米拉 阿不都 孙海涛 苗若涵 卢振东 喀什发改 "
         "0999-8126437 0999-8035512 0999-8126450 0998-2586413 0998-2837024 0998-2586420 8126437 8035512 8126450 2586413 "
         "2837024 2586420 伊市发改社会 喀市发改发 6540020017 新ICP备2026001837号 新公网安备65400202000215号 "
         "伊宁市产教融合项目申报系统 喀什市产教融合服务平台 新华西路 解放南路 市民服务中心4楼411室 政务服务大厅2楼218室 "
         "填报说明 申报条件自查表 申报条件对照表 自查结果 附件材料清单 校企合作情况表 近三年校企合作投入情况表 认定后三年工作目标 "
         "联合审核意见 正本 副本 两位小数 一位小数 不得涂改 单位自有资金 实训教学信息化平台 技工院校 外包服务 分支机构 "
         "三方实习协议 40学时 50MB 30MB 邮戳 EMS 统计上大中小微型企业划分办法 国有资本参股 "
         "150万元 300万元 200万元 600平方米 1000人日 2000人次 500人次 20万元 30万元 50万元 100人 60人 "
         "2026年6月12日 2026年6月15日 2026年7月10日 2026年7月13日 2026-05-08 2026年06月03日 二〇二六年四月 二〇二六年五月 "
         "增值税 手机填报 彩印 专户 数量限制 暂存 双语 登报 核查通知 招投标 报告模板 牌子").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh37-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-eighth fresh set")[0]
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
    print("step 2: earlier region values in 新疆:", [r for r in regions if r.startswith("新疆")])
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
    print("step 5: earlier lines in 伊犁州 / 喀什地区 or on 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r == "新疆维吾尔自治区":
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
