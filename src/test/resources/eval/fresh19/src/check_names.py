#!/usr/bin/env python3
"""Name and overlap checks of the twentieth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh19/src && python3 check_names.py

Copied from fresh18/src/check_names.py (same steps; other names, regions and documents). Step 0 now maps every earlier
region value written without its province by its city prefix (`柳州市柳江区` → 广西, `长沙市天心区` → 湖南, …), not only the
bare city names (function `province`).
Step 0: for every provincial-level region, how many earlier region values (lines) and documents lie in it, its clash
        regions and whether it has a provincial-level document (the brief: the two provinces with the fewest earlier lines,
        not 云南 / 宁夏 and not a province with two rounds, and no clash with earlier documents or clash regions).
Step 1: every name this round uses (places, people, schools, companies, 文号 stems, platforms, clash regions, main figures
        and dates) — how often it occurs in the earlier files (the visible text of every earlier document read as
        ../../tools/evalset.py reads it, every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 陕西 / 甘肃 and any earlier region value that starts with a new region, or that
        a new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
Step 5: earlier lines whose region lies in 陕西省 / 甘肃省 (now covered by a provincial document of this round): their ids,
        kinds, and which words of a topic list occur in their messages (not the messages), and which give-away words of
        the earlier lines on 陕西 / 甘肃 (KEEP_OUT_EARLIER_BY in ../check_fresh19.py) occur in the new documents.
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

NEW_DOCS = ["shaanxi-zijin-tongzhi.pdf", "yanan-tuijin-tongbao.docx", "gansu-zijin-tongzhi.html",
            "longnan-tuijin-tongbao.txt"]
NEW_REGIONS = ["陕西省", "陕西省延安市", "甘肃省", "甘肃省陇南市"]
NEW_PROVINCES = ("陕西", "甘肃")
# earlier region values written without their province (first sets): city → province
SHORT = {"佛山市": "广东", "合肥市": "安徽", "大连市": "辽宁", "宁波市": "浙江", "柳州市": "广西", "泉州市": "福建", "温州市": "浙江",
         "长沙市": "湖南", "兰州市": "甘肃", "南宁市": "广西", "南昌市": "江西", "厦门市": "福建", "台州市": "浙江", "哈尔滨市": "黑龙江",
         "广州市": "广东", "成都市": "四川", "昆明市": "云南", "杭州市": "浙江", "武汉市": "湖北", "沈阳市": "辽宁", "深圳市": "广东",
         "福州市": "福建", "西安市": "陕西", "贵阳市": "贵州", "郑州市": "河南", "银川市": "宁夏"}
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 "
             "贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()
TOPIC = ("产业学院 产教融合型企业 实训基地 专项资金 资金 下达 分配 认定 奖励 补助 补贴 多少 最高 有效期 撤销 公示 材料 申报 评审 "
         "专家 考核 实习 导师 培训 学徒 牵头 配合 联席会议 技能大师 工作室 技师 示范 项目 名单 专班 办公室 在哪 企业实践 老师 "
         "申请表 下载 审计 职称 资格 报酬 异议 年度报告 费 通报 督办 排名 进度 绩效 清算 结转 联合体 教授 津贴 学费 截止").split()
NAMES = ("延安 宝塔区 安塞 延长县 延川 志丹 吴起 甘泉县 富县 洛川 宜川 黄龙县 黄陵 子长 铜川 王益 印台 耀州 宜君 安康 汉滨 "
         "紫阳 平利 陇南 武都 成县 文县 宕昌 康县 西和 礼县 徽县 两当 庆阳 环县 宁县 白银 会宁 景泰 临夏 广河 东乡 阳坝 "
         "启元 弘毅 嘉禾 瀚文 博远 北辰 华原 玉华 北塬 清凉山 胜利山 桥山 翠屏 秦巴 焕古 女娲 祁连 陇上 驼铃 飞天 铜城 "
         "桃花山 黄河石林 陇东 曲子 早胜 白龙江 万象 官鹅 河州 齐家 锁南 鼎泰 盛泰 橄榄源 秦职通 圣地产教云 陇职汇 "
         "富硒 油橄榄 花椒 苹果 煤化工 "
         "雷振华 党晓燕 高志鹏 拓丽萍 汪永峰 牛雅琴 苟建平 何春燕 陕财办教 甘财建 延政办发 陇南政办发 "
         "娄底 朝阳市 鹤岗 黔西南 阿克苏 乌兰察布 信阳 随州 萍乡 巴中 河源 丽水 "
         "4860 4060 1460 1140 1650万元 820万元 930万元 910万元 1155万元 546万元 112家 68家 9860人次 5520人次 2.2万人次 "
         "1.3万人次 2.4万人次 1.8万人次 38.9% 44.8% 42.5% 1300个 1800人 260家 "
         "029-87651324 029-88668723 0911-2113657 0911-2386214 0931-8866735 0931-8915462 0939-8213546 0939-8225170 "
         "GS-0118-2026-00263 6200000027 陕财办教〔2026〕47号 陕财办教〔2024〕19号 甘财建〔2026〕58号 甘财建〔2024〕31号 "
         "延政办发〔2026〕63号 延政办发〔2026〕12号 陇南政办发〔2026〕71号 陇南政办发〔2026〕15号 "
         "2026年4月29日 2026年4月30日 2026年5月26日 2026-05-26 2026-05-28 2026年7月16日 2026年7月21日 2027年3月20日 "
         "2027年4月30日 2027年3月15日 2027年4月15日 2027年6月30日 2026年10月31日 2026年8月15日 2026年7月27日 2026年7月28日 "
         "2026年8月20日 第二批 第一批 结转 清算 督办 约谈 通报批评").split()
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
            if f.startswith("fresh19-") or f.endswith((".pyc",)):
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
            t = t.split("# Twentieth fresh set")[0]
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
    print("step 2: earlier region values in 陕西/甘肃:", [r for r in regions if province(r) in NEW_PROVINCES])
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
    print("step 5: earlier lines in 陕西 / 甘肃 (id, kind, topic words of the message):")
    for d in lines:
        r = d.get("region", "")
        if province(r) in NEW_PROVINCES:
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), [w for w in TOPIC if w in said])
    sys.path.insert(0, SET)
    from check_fresh19 import KEEP_OUT_EARLIER_BY  # noqa: E402
    for prov, docs in (("陕西", NEW_DOCS[:2]), ("甘肃", NEW_DOCS[2:])):
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
    readme = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read().split("# Twentieth fresh set")[0]
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
