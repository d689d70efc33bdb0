#!/usr/bin/env python3
"""Name and overlap checks of the twenty-first fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh20/src && python3 check_names.py

Copied from fresh19/src/check_names.py (same steps; other names, regions and documents; fresh19's own lines now count
as earlier lines). Step 0 maps every earlier region value written without its province by its city prefix (function
`province`).
Step 0: for every provincial-level region, how many earlier region values (lines) and documents lie in it, its clash
        regions and whether it has a provincial-level document (the brief: the two provinces with the fewest earlier lines,
        not 云南 / 宁夏 and not a province with two rounds, and no clash with earlier documents or clash regions).
Step 1: every name this round uses (places, people, schools, companies, 文号 stems, platforms, clash regions, main figures
        and dates) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 黑龙江 / 辽宁 and any earlier region value that starts with a new region, or that
        a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
Step 5: earlier lines whose region lies in 黑龙江省 / 辽宁省 (now covered by a provincial document of this round): their ids,
        kinds, and which words of a topic list occur in their messages (not the messages), and which give-away words of
        the earlier lines on 黑龙江 / 辽宁 (KEEP_OUT_EARLIER_BY in ../check_fresh19.py) occur in the new documents.
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

NEW_DOCS = ["heilongjiang-pingjia-banfa.html", "qitaihe-zhuanban-jiyao.docx", "liaoning-pingjia-xize.pdf",
            "benxi-lianxi-jiyao.txt"]
NEW_REGIONS = ["黑龙江省", "黑龙江省七台河市", "辽宁省", "辽宁省本溪市"]
NEW_PROVINCES = ("黑龙江", "辽宁")
# earlier region values written without their province (first sets): city → province
SHORT = {"佛山市": "广东", "合肥市": "安徽", "大连市": "辽宁", "宁波市": "浙江", "柳州市": "广西", "泉州市": "福建", "温州市": "浙江",
         "长沙市": "湖南", "兰州市": "甘肃", "南宁市": "广西", "南昌市": "江西", "厦门市": "福建", "台州市": "浙江", "哈尔滨市": "黑龙江",
         "广州市": "广东", "成都市": "四川", "昆明市": "云南", "杭州市": "浙江", "武汉市": "湖北", "沈阳市": "辽宁", "深圳市": "广东",
         "福州市": "福建", "西安市": "陕西", "贵阳市": "贵州", "郑州市": "河南", "银川市": "宁夏"}
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 "
             "贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()
TOPIC = ("产业学院 产教融合型企业 实训基地 专项资金 资金 下达 分配 认定 奖励 补助 补贴 多少 最高 有效期 撤销 公示 材料 申报 评审 "
         "专家 考核 实习 导师 培训 学徒 牵头 配合 联席会议 技能大师 工作室 技师 示范 项目 名单 专班 办公室 在哪 企业实践 老师 "
         "申请表 下载 审计 职称 资格 报酬 异议 年度报告 费 通报 督办 排名 进度 绩效 清算 结转 联合体 教授 津贴 学费 截止 "
         "评价 优秀 合格 取消 退出 纪要 会议 信用 土地 金融 授信 融资 评分 加分 扣分 订单 链主 住房 高级工").split()
NAMES = ("七台河 新兴区 桃山 茄子河 勃利 双鸭山 宝清 集贤 本溪 平山区 溪湖 明山 南芬 桓仁 阜新 彰武 辽阳 灯塔 "
         "恒晟 北岭 龙泰 万泽 北味 瑞丰 安和 金源 清河职业 康宁卫生 东岭 桃山职业 辽参 鑫钢 华岭 南芬矿山 桓龙 雪岭 冰酒 钢城 钢都 "
         "龙江产教通 煤城产教对接周 药都钢都 融资对接清单 融资服务白名单 守信激励 土地要素 黑木耳 中药制剂 "
         "孟庆国 张立新 王海峰 赵淑娟 李明辉 陈德胜 周建军 郭玉林 吴振东 刘婷 于海涛 姜文博 孙立国 何振宇 林雪梅 赵文涛 高丽娜 "
         "郑宏伟 刘春阳 金成哲 马丽华 王晓丹 黑发改社会规 辽发改社会 七政专纪 "
         "广元 淮南 乌兰察布 怀化 云浮 舟山 "
         "0451-82620713 0464-8291376 024-42836157 HLJFG-2026-00417 2300000041 黑发改社会规〔2026〕3号 辽发改社会〔2026〕27号 "
         "七政专纪〔2026〕5号 40万元 36万元 16万元 96万元 48万元 12万元 84万元 80万元 64万元 1320万元 8个工作日 6个工作日 "
         "2026年1月23日 2026-01-28 2026年3月1日 2026年3月13日 2026年3月10日 2026年2月26日 2026年2月28日 2026年3月26日 "
         "2026年3月30日 2026年4月1日 2026年3月31日前 2026年4月24日前 2026年4月15日前 2026年5月29日前 2026年11月30日前 "
         "2026年9月30日前 2026年7月31日前 2026年4月30日前 2026年5月25日前 2026年4月20日前 2026年10月31日前 2026年9月1日前 "
         "2026年12月15日前 试行期2年 试行期3年 评分细则 评分表 年度评价 优秀 不合格 取消 移出名单 议定事项 纪要").split()
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡"


def province(r):
    """The provincial-level region of a region value (short first-set values by their city prefix)."""
    for p in PROVINCES:
        if r.startswith(p):
            return p
    for city, p in SHORT.items():
        if r.startswith(city):
            return p
    return None


def earlier_files():
    for root, dirs, files in os.walk(EVAL):
        if os.path.abspath(root).startswith(SET):
            continue
        for f in files:
            if f.startswith("fresh20-") or f.endswith((".pyc",)):
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
            t = t.split("# Twenty-first fresh set")[0]
        texts[p] = evalset.squash(t)
    step0(texts)
    print(f"step 1: {len(texts)} earlier files")
    hits = {n: sum(t.count(n) for t in texts.values()) for n in NAMES}
    print(" ", " ".join(f"{n}:{c}" for n, c in hits.items()))
    print("  non-zero:", {n: c for n, c in hits.items() if c})
    lines = []
    for p in texts:
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    lines.append(json.loads(l))
    regions = sorted({d.get("region", "") for d in lines})
    print("step 2: earlier region values in 黑龙江/辽宁:", [r for r in regions if province(r) in NEW_PROVINCES])
    print("  earlier region values starting with a new region, or a new region starting with them:",
          [r for r in regions if r and (r.startswith(tuple(NEW_REGIONS)) or any(n.startswith(r) for n in NEW_REGIONS))])
    new = "".join(evalset.squash(evalset.visible_text(os.path.join(SET, f))) for f in NEW_DOCS)
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
    print("step 5: earlier lines in 黑龙江 / 辽宁 (id, kind, topic words of the message):")
    for d in lines:
        r = d.get("region", "")
        if province(r) in NEW_PROVINCES:
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), [w for w in TOPIC if w in said])
    sys.path.insert(0, SET)
    from check_fresh20 import KEEP_OUT_EARLIER_BY  # noqa: E402
    for prov, docs in (("黑龙江", NEW_DOCS[:2]), ("辽宁", NEW_DOCS[2:])):
        t = "".join(evalset.squash(evalset.visible_text(os.path.join(SET, f))) for f in docs)
        print(f"  give-away words of the lines on {prov} found in its new documents:", [w for w in KEEP_OUT_EARLIER_BY[prov] if w in t])


def step0(texts):
    """Earlier region values (from every *.jsonl; short forms mapped by SHORT), clash regions, and earlier documents
    (region cells of README) per provincial-level region."""
    vals = []
    for p, t in texts.items():
        if p.endswith(".jsonl"):
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    d = json.loads(l)
                    vals.append((d.get("region", ""), d.get("kind", "")))
    readme = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read().split("# Twenty-first fresh set")[0]
    docs = [l.split("|")[4].strip() for l in readme.splitlines() if l.startswith("| `") and len(l.split("|")) > 5]
    print("step 0: per provincial-level region: earlier lines / distinct region values / clash regions / documents / provincial document")
    rows = []
    for p in PROVINCES:
        inside = [(r, k) for r, k in vals if province(r) == p]
        clash = sorted({r for r, k in inside if k == "region-clash"})
        ds = [c for c in docs if c.startswith(p)]
        prov = any(re.fullmatch(p + r"(省|市|自治区|[^ ]*自治区)", re.split(r"[ (（]", c)[0]) for c in ds)
        rows.append((len(inside), p, len({r for r, k in inside}), len(clash), len(ds), prov))
    for n, p, nv, nc, nd, prov in sorted(rows):
        print(f"    {p}: {n} lines, {nv} values, {nc} clash, {nd} documents{', provincial document' if prov else ''}")


if __name__ == "__main__":
    main()
