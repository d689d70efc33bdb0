#!/usr/bin/env python3
"""Name and overlap checks of the thirty-ninth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh38/src && python3 check_names.py

Adapted from ../../fresh37/src/check_names.py (reads eval/ only).
Step 1: every name this round uses (places, people, schools, companies, phones, codes, the main figures, dates and phrasings,
        the give-away and anchor words) — how often it occurs in the earlier files (the visible text of every earlier
        document read as ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the
        earlier sources).
Step 2: earlier region values inside 河南 / 新疆, and any earlier region value that starts with a new region, or that a new
        region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids and
        the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters) found in the new documents.
Step 5: earlier lines whose region lies in 济源市 / 乌苏市 (or 平顶山市 / 塔城地区) or is 河南省 / 新疆维吾尔自治区 itself: id, kind, and which words of a topic
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

NEW_DOCS = ["jiyuan-duijiehui-fangan.docx", "jiyuan-qianyue-tongbao.md", "wusu-qiatanhui-fangan.pdf", "wusu-qianyue-tongbao.html"]
NEW_REGIONS = ["河南省济源市", "新疆维吾尔自治区塔城地区乌苏市"]
WATCH = ["河南省济源市", "河南省平顶山市", "新疆维吾尔自治区塔城地区", "新疆维吾尔自治区伊犁哈萨克自治州奎屯市"]  # step 5
TOPIC = ("对接会 洽谈会 签约 协议 项目 回执 报名 展位 洽谈 日程 主办 承办 协办 参会 订单班 实训基地 产业学院 学徒 "
         "金额 合计 意向 联系人 电话 截止 多少 几 什么时候 能不能").split()
NAMES = ("济源 克井 五龙口 轵城 承留 梨林 玉泉 思礼 济水 邵原 王屋 愚公 烩菜 汝州 舞钢 宝丰 平顶山 "
         "乌苏 塔城 车排子 百泉 四棵树 古尔图 西大沟 九间楼 哈图布呼 头台 南苑 甘家湖 梭梭 烤肉 沙湾 奎屯 "
         "卫思远 段明哲 原雪晴 贾文韬 靳慧敏 热依汗 托合提 吴立新 赵庆川 马雪莲 韩建军 帕丽旦 "
         "济教职成 济发改社会 乌苏政办发 太行职业技术学院 豫西技工学校 济源市职业教育中心 科技工程学校 中等职业技术学校 技工学校 "
         "农业机械化学校 鑫泰 华钢 中原能源化工 天宇智能 绿野食品 众鑫 豫丰 远航物流 康安医药 云谷数字 金盛 绿洲棉业 红果 恒通 丰禾 "
         "众和电力 畅达 天牧畜牧 鑫源建材 产教融合服务中心 职业教育实训中心 科技路16号 迎宾路 校企供需对接会 产教融合洽谈会 "
         "协议金额 意向协议 框架协议 续签协议 正式协议 签约类型 参会回执 洽谈区 专场洽谈 紧缺岗位目录 技能人才需求目录 校企同心 "
         "0391-6632158 0391-6615273 0391-6698431 0391-6621907 0391-6587320 0901-8521438 0901-8536207 0901-8549513 "
         "0901-8527760 0901-8562314 0901-8523176 jyxqdj2026 wscjqth2026 6542020003 新ICP备2026004518号 "
         "2017.5万元 1090.5万元 8.6万元 6.2万元 2026年5月22日 2026年6月18日 2026年6月3日 2026-06-26 "
         "胸牌 抽奖 文艺演出 摄像 投影 座位 翻译 纪念品 志愿者 简历 背景板 宾馆").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh38-") or f.endswith(".pyc"):
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
            t = t.split("# Thirty-ninth fresh set")[0]
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
    print("step 5: earlier lines in 济源 / 平顶山 / 塔城地区 / 奎屯 or on 河南省 / 新疆维吾尔自治区 as a whole (id, kind, topic words):")
    for d in lines:
        r = d.get("region", "")
        if r.startswith(tuple(WATCH)) or r in ("河南省", "新疆维吾尔自治区"):
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), r, [w for w in TOPIC if w in said])
    clash = sorted({p for d in lines if d.get("kind") == "region-clash" for p in re.split(SPLIT_AT, d["region"]) if len(p) >= 2})
    print("step 6: parts of earlier clash regions in the new documents:", [p for p in clash if p in new])


if __name__ == "__main__":
    main()
