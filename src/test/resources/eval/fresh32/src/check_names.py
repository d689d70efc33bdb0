#!/usr/bin/env python3
"""Name and overlap checks of the thirty-third fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh32/src && python3 check_names.py

Adapted from ../../fresh31/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, 文号 stems, phones, e-mails, codes, system names, the main figures, dates and
        phrasings, the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier
        sources).
Step 2: earlier region values inside 河南 / 新疆, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 三门峡市 / 阿勒泰地区 or is 河南省 / 新疆维吾尔自治区 itself: id, kind, and which
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

NEW_DOCS = ["sanmenxia-xieyi-fanben.docx", "sanmenxia-beian-tongzhi.txt", "buerjin-xieyi-fanben.pdf", "buerjin-beian-tongzhi.html"]
NEW_REGIONS = ["河南省三门峡市", "新疆维吾尔自治区阿勒泰地区布尔津县"]
WATCH = ["河南省三门峡市", "新疆维吾尔自治区阿勒泰地区"]  # step 5: lines in these regions
TOPIC = ("协议 备案 范本 示范文本 校企合作 实习 报酬 保险 订单 实训基地 兼职教师 违约 仲裁 诉讼 解除 期限 截止 多少 几个 什么时候 "
         "能不能 联系人 电话 产教融合型企业 申报 补助 奖励 名单").split()
NAMES = ("三门峡 湖滨 陕州 渑池 卢氏 义马 灵宝 崤函 安阳 鹤壁 濮阳 天鹅湖 仰韶 "
         "布尔津 冲乎尔 窝依莫克 阔斯特克 杜来提 也格孜托别 禾木 喀纳斯 额河 阿勒泰 哈巴河 吉木乃 福海 "
         "杜文昊 柴红梅 努尔兰 哈力克 蔺春燕 三教职成 布教发 0398 0906 smxxqba bejxqba 116543217263104588 6543210004 "
         "新公网安备65432102000317 新ICP备20260819 崤函校企通 额河校企通 校企合作协议备案管理系统 校企合作协议备案服务系统 "
         "示范文本 校企合作协议（示范文本） 备案登记表 备案表 备案编号 注销备案 变更备案 补充备案 条款对照表 三方实习协议样本 "
         "投保证明 教育窗口 法人账号 三门峡仲裁委员会 布尔津县人民法院 授课酬金 企业奖学金 捐赠协议 署名权 对账 折旧 "
         "季节性 第三学年 6月至9月 野外高风险向导 危险性较大 划去 续签 不可抗力 "
         "试用期工资标准的80% 试用期工资标准的85% 录用比例不低于70% 录用比例不低于60% 乙方评价占考核成绩的60% 乙方评价占50% "
         "每20名实习学生 每10名实习学生 每15名实习学生 每8名实习学生 不少于32课时 不少于60课时 不少于100人次 不少于60人次 "
         "不少于8学时 不少于12学时 2小时内报告 1小时内报告 终止后2年 终止后3年 一式四份 一式六份 各执两份 各执三份 "
         "提前30日书面通知 提前60日书面通知 60日内自行收回 30日内收回设备 不少于3年 不少于2年 每5年累计不少于6个月 "
         "每周不超过40小时 每天实习不超过8小时 次月10日前 "
         "20个工作日内 10个工作日内 5个工作日内 7个工作日内 3个工作日内 8个工作日内 "
         "2026年8月4日 2026年8月11日 2026年10月30日 1月22日 2026年8月19日 2026-08-19 2026-08-21 2026年11月13日 12月22日 "
         "印花税 电子合同 竞业限制 备案费 哈萨克文 商业保险 实习日志 英文版").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh32-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-third fresh set")[0]
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
    print("step 2: earlier region values in 河南 / 新疆:", [r for r in regions if r.startswith(("河南", "新疆"))])
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
    print("step 5: earlier lines in 三门峡市 / 阿勒泰地区 or on 河南省 / 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("河南省", "新疆维吾尔自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
