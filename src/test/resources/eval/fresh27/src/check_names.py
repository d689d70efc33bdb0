#!/usr/bin/env python3
"""Name and overlap checks of the twenty-eighth fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh27/src && python3 check_names.py

Copied from fresh26/src/check_names.py (same steps; other names, regions and documents; fresh26's own lines now count as
earlier lines; this round's two regions are two counties (梨树县, 四平市, 吉林; 故城县, 衡水市, 河北), so step 2 and step 5 look
at the earlier lines in 吉林 / 河北 — both provinces have a provincial-level document already (fresh3's 吉林 实施方案, fresh2's
河北 名单), whose give-away words are in KEEP_OUT_EARLIER_BY of ../check_fresh27.py). Each 政策汇编 holds city policies (四平市,
衡水市): step 5 would also print earlier lines whose region lies in those cities (there are none).
Step 0: for every provincial-level region, how many earlier region values (lines) and documents lie in it, its clash
        regions and whether it has a provincial-level document.
Step 1: every name this round uses (places, people, 文号 stems, phones, codes, main figures and dates, words of the shape)
        — how often it occurs in the earlier files (the visible text of every earlier document read as ../../tools/evalset.py
        reads it (the .md as it is), every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 吉林 / 河北 and any earlier region value that starts with a new region, or that a
        new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
Step 5: earlier lines whose region lies in 吉林 / 河北: their ids, kinds, and which words of a topic list occur in their
        messages (not the messages), and which give-away words of those lines (KEEP_OUT_EARLIER_BY in ../check_fresh27.py)
        occur in the new documents.
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

NEW_DOCS = ["lishu-jianyi-dafu.html", "lishu-zhengce-huibian.docx", "gucheng-jianyi-dafu.pdf", "gucheng-zhengce-huibian.txt"]
NEW_REGIONS = ["吉林省四平市梨树县", "河北省衡水市故城县"]
NEW_PROVINCES = ("吉林", "河北")
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
         "产教融合项目 什么时候 时间 税 贷 担保 清单 惠企 叠加 电话 窗口 到账 复核 行动计划 指标 发布会 厂中校 违约 兼职教师 "
         "资源库 退休 年龄 摇号 小客车 验收 建设经费 引进 安家 共同体 洽谈会 东北亚 信贷 就业 专业 答复 建议 汇编").split()
NAMES = ("四平 梨树 伊通 双辽 铁东 铁西 郭家店 榆树台 孤家子 小城子 喇嘛甸 蔡家镇 刘家馆子 十家堡 孟家岭 万发 东河镇 沈洋 林海镇 小宽 叶赫 "
         "洮南 白城 衡水 故城 郑口 夏庄 青罕 武官寨 军屯 建国镇 西半屯 房庄 三朗 辛庄 里老 枣强 武邑 阜城 深州 张北 江山 四会 汉川 缙云 信宜 赤壁 "
         "苗秀芝 沈立群 邢俊峰 蔺春生 孟庆林 訾晓宁 梨教建复 梨政办发 四政办发 四人社联 梨产教组 故人社建复 故人社字 故政办字 衡人社字 衡政办字 "
         "0434-5230617 0434-523 0318-5362418 0318-536 220322-JYJ 2203220019 吉ICP备20260526 "
         "职业技术教育中心 县职教中心 生产车间 校企对接会 校企双选会 留衡 安家补贴 技能提升补贴 吸纳补贴 技能大师工作室 职业与成人教育股 培训就业股 "
         "人大代表 建议的答复 答复类别 A类 B类 签发人 会办 主办 抄送 人事代表工作委员会 督查室 政策汇编 编印说明 目录 收录 "
         "400元 200元 350元 300元 6万元 3万元 5万元 8万元 12万元 70万元 120万元 135万元 175万元 3.5万元 6万元 2万元 1万元 1800元 800元 1600元 1200元 2400元 "
         "2026年5月26日 2026年6月12日 2025年11月20日 2026年2月12日 2026年4月15日 2026年5月18日 2025年10月9日 2026年1月22日 2026年3月30日 2026年6月8日 "
         "2027年12月31日 2028年10月31日 12月10日 11月30日 2026年5月31日 2026年6月30日 10个工作日 6个工作日 有效期3年 有效期2年 "
         "预付 保证金 目录页 取号 骑缝章 微信群").split()
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
            if f.startswith("fresh27-") or f.endswith((".pyc",)):
                continue
            yield os.path.join(root, f)


def new_text(f):
    """A new document's visible text (as ../check_fresh27.py reads it)."""
    p = os.path.join(SET, f)
    return open(p, encoding="utf-8").read() if p.endswith(".md") else evalset.visible_text(p)


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
            t = t.split("# Twenty-eighth fresh set")[0]
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
    print("step 2: earlier region values in 吉林/河北:", [r for r in regions if province(r) in NEW_PROVINCES])
    print("  earlier region values starting with a new region, or a new region starting with them:",
          [r for r in regions if r and (r.startswith(tuple(NEW_REGIONS)) or any(n.startswith(r) for n in NEW_REGIONS))])
    new = "".join(evalset.squash(new_text(f)) for f in NEW_DOCS)
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
    print("step 5: earlier lines in 吉林 / 河北 (id, kind, topic words of the message):")
    for d in lines:
        r = d.get("region", "")
        if province(r) in NEW_PROVINCES:
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), [w for w in TOPIC if w in said])
    sys.path.insert(0, SET)
    from check_fresh27 import KEEP_OUT_EARLIER_BY  # noqa: E402
    for prov, docs in (("吉林", NEW_DOCS[:2]), ("河北", NEW_DOCS[2:])):
        t = "".join(evalset.squash(new_text(f)) for f in docs)
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
    readme = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read().split("# Twenty-eighth fresh set")[0]
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
