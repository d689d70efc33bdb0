#!/usr/bin/env python3
"""Name and overlap checks of the thirty-sixth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh35/src && python3 check_names.py

Adapted from ../../fresh34/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 河北 / 吉林, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 邯郸市 / 松原市 or is 河北省 / 吉林省 itself: id, kind, and which words of a topic
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

NEW_DOCS = ["handan-butie-mulu.html", "handan-jingban-guicheng.pdf", "songyuan-butie-mulu.docx",
            "songyuan-shenling-guicheng.txt"]
NEW_REGIONS = ["河北省邯郸市", "吉林省松原市"]
WATCH = ["河北省邯郸市", "吉林省松原市"]  # step 5: lines in these regions
TOPIC = ("职业技能培训补贴 补贴标准 技能提升补贴 学徒 上浮 紧缺 产教融合型企业 目录 经办 申领 公示 拨付 追回 抽查 工作日 "
         "焊工 电工 多少 几个 什么时候 能不能 文号 联系人 电话").split()
NAMES = ("邯郸 邯山 丛台 峰峰 武安 涉县 磁县 临漳 成安 馆陶 邢台 宁晋 南宫 秦皇岛 昌黎 松原 宁江 前郭 长岭 乾安 扶余 辽源 东丰 "
         "郑雅楠 冯立军 孟繁宇 白晓东 隋明杰 于海波 0310-6012487 0310-6026631 0310-6018325 0438-6123579 0438-6130824 0438-6129056 "
         "6012487 6026631 6018325 6123579 6130824 6129056 邯人社字 邯人社办 松人社联 松人社办发 11130400MB0X27541Y 1304000021 "
         "冀ICP备2026031302号 邯郸人社 邯郸市职业技能提升服务平台 松原人社网上服务大厅 市就业服务中心 市就业服务局 "
         "市职业技能鉴定指导中心 职业技能培训补贴标准目录 经办规程 申领操作规程 企业职工技能提升补贴 企业新型学徒制补贴 "
         "急需紧缺职业 重点产业紧缺工种 产教融合型企业建设培育库 上浮20% 上浮15% 上浮10% 合计上浮25% 3000元 2500元 "
         "29个工作日 22个工作日 公示期为5个工作日 公示期7天 12个月内 6个月内 2027年3月31日 2028年2月29日 2026年3月10日 "
         "2026年3月13日 2026年3月20日 2026年2月24日 2026年3月6日 2026年4月1日 2026年3月1日 "
         "焊工 电工 钳工 车工 工业机器人系统运维员 轧钢工 起重装卸机械操作工 汽车维修工 电子商务师 养老护理员 保育师 中式烹调师 "
         "仓储管理员 家政服务员 电动叉车操作 网络直播营销 母婴护理 采油工 井下作业工 化工总控工 农机修理工 农艺工 粮油保管员 "
         "健康照护师 中式面点师 小杂粮加工 网络直播销售 农机驾驶操作 "
         "报名费 计入工资 考评员 导师资格 进度查询 定点机构 失业金 保底工资 退伍 鉴定费 办理进度 带薪 "
         "广府 娲皇宫 磁州窑 查干湖 长春 小米").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh35-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-sixth fresh set")[0]
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
    print("step 2: earlier region values in 河北 / 吉林:", [r for r in regions if r.startswith(("河北", "吉林"))])
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
    print("step 5: earlier lines in 邯郸市 / 松原市 or on 河北省 / 吉林省 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("河北省", "吉林省"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
