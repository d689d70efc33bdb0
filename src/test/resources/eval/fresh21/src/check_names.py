#!/usr/bin/env python3
"""Name and overlap checks of the twenty-second fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh21/src && python3 check_names.py

Copied from fresh20/src/check_names.py (same steps; other names, regions and documents; fresh20's own lines now count
as earlier lines; step 5 now lists the earlier lines on the two provinces and on the whole provinces, whose give-away
words are in KEEP_OUT_EARLIER_BY of ../check_fresh21.py). Step 0 maps every earlier region value written without its province by its city prefix (function
`province`).
Step 0: for every provincial-level region, how many earlier region values (lines) and documents lie in it, its clash
        regions and whether it has a provincial-level document (the brief: the two provinces with the fewest earlier lines,
        not 云南 / 宁夏 and not a province with two rounds, and no clash with earlier documents or clash regions).
Step 1: every name this round uses (places, people, schools, companies, 文号 stems, platforms, clash regions, main figures
        and dates) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 内蒙古 / 河南 and any earlier region value that starts with a new region, or that
        a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
Step 5: earlier lines whose region lies in 内蒙古自治区 / 河南省 (the provinces of this round's cities): their ids, kinds,
        and which words of a topic list occur in their messages (not the messages), and which give-away words of the
        earlier lines on 内蒙古 / 河南 (KEEP_OUT_EARLIER_BY in ../check_fresh21.py) occur in the new documents.
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

NEW_DOCS = ["tongliao-huiqi-qingdan.pdf", "tongliao-huiqi-wenda.html", "luohe-huiqi-qingdan.docx", "luohe-huiqi-wenda.txt"]
NEW_REGIONS = ["内蒙古自治区通辽市", "河南省漯河市"]
NEW_PROVINCES = ("内蒙古", "河南")
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
         "评价 优秀 合格 取消 退出 纪要 会议 信用 土地 金融 授信 融资 评分 加分 扣分 订单 链主 住房 高级工 省级 省里 自治区 "
         "产教融合项目 什么时候 时间 税 贷 担保 清单 惠企 叠加 电话 窗口 到账 复核").split()
NAMES = ("通辽 科尔沁 开鲁 库伦 奈曼 扎鲁特 霍林郭勒 呼和浩特 巴彦淖尔 乌海 漯河 源汇 郾城 召陵 舞阳 临颍 平顶山 驻马店 "
         "贵港 自贡 马鞍山 阳江 河池 淮北 "
         "科尔沁产教汇 蒙银校企通 沙澧 沙澧产教通 沙澧金融服务直通车 产教融合信用贷 校企合作信用贷 惠企政策综合窗口 一楼B区 "
         "二楼A区 市民之家 蒙中医药 蒙药炮制 食品产业教学工厂 包文斌 郑雅琴 通发改社会 漯发改社会 通财教 通政办发 通人社发 通财金 "
         "漯财教 漯政办 漯人社 漯财金 0475- 0395- TLFGW 1505000019 惠企政策清单 常见问题解答 产教融合惠企 "
         "24万元 80万元 36万元 48万元 40万元 12万元 16万元 1600元 1800元 1900元 9600元 3200元 1.6万元 800万元 450万元 90万元 "
         "1.8万元 4800元 18万元 64万元 32万元 42万元 14万元 2400元 1400元 1700元 1650元 8400元 4200元 2600元 600元 7万元 70元 "
         "1.4万元 6万元 600万元 350元 300元 280万元 70万元 1200元 2万元 4万元 4个工作日 3个工作日 20个工作日 15个工作日 "
         "10个工作日 7个工作日 公示7天 公示5天 2026年2月10日 2026年2月13日 2026年3月1日 2026年3月15日 2027年3月14日 "
         "2026年12月31日 2026-03-06 2026年3月18日 首席技师工作室 教师跟岗实践 84万元 34万元 2200元 470万元 94万元 296万元 74万元 38万元 1000元 1300元 900元 4.8万元 3.6万元 12个工作日 16个工作日 8个工作日 1年期LPR 房产税 城镇土地使用税 担保费 叠加 就高 补足差额").split()
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
            if f.startswith("fresh21-") or f.endswith((".pyc",)):
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
            t = t.split("# Twenty-second fresh set")[0]
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
    print("step 2: earlier region values in 内蒙古/河南:", [r for r in regions if province(r) in NEW_PROVINCES])
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
    print("step 5: earlier lines in 内蒙古 / 河南 (id, kind, topic words of the message):")
    for d in lines:
        r = d.get("region", "")
        if province(r) in NEW_PROVINCES:
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), [w for w in TOPIC if w in said])
    sys.path.insert(0, SET)
    from check_fresh21 import KEEP_OUT_EARLIER_BY  # noqa: E402
    for prov, docs in (("内蒙古", NEW_DOCS[:2]), ("河南", NEW_DOCS[2:])):
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
    readme = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read().split("# Twenty-second fresh set")[0]
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
