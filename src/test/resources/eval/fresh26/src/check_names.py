#!/usr/bin/env python3
"""Name and overlap checks of the twenty-seventh fresh set against every earlier file in eval/ (prints only names of this
round, counts, line ids, region values and strings of the new documents — never the text of an earlier question).

    cd fresh26/src && python3 check_names.py

Copied from fresh25/src/check_names.py (same steps; other names, regions and documents; fresh25's own lines now count as
earlier lines; this round's two regions are a county (砀山县, 宿州市, 安徽) and a county-level city (邵武市, 南平市, 福建),
so step 2 and step 5 look at the earlier lines in 安徽 / 福建, whose give-away words are in KEEP_OUT_EARLIER_BY of
../check_fresh26.py). Step 5 also prints the earlier lines whose region is the forwarded document's city or lies in it
(宿州市, 南平市): the attachment of each 转发通知 is a city document.
Step 0: for every provincial-level region, how many earlier region values (lines) and documents lie in it, its clash
        regions and whether it has a provincial-level document.
Step 1: every name this round uses (places, people, 文号 stems, phones, codes, main figures and dates, words of the shape)
        — how often it occurs in the earlier files (the visible text of every earlier document read as ../../tools/evalset.py
        reads it (the .md as it is), every other *.jsonl, README.md above this round's section, the earlier sources).
Step 2: the earlier region values inside 安徽 / 福建 and any earlier region value that starts with a new region, or that a
        new region value starts with.
Step 3: earlier lines with "region": "" that have a `must` string (4+ characters) found in the new documents: their ids
        and the matching strings (strings of the new documents).
Step 4: parts of earlier region values (2+ characters, split at 省/市/区/县/镇/街道…) found in the new documents.
Step 5: earlier lines whose region lies in 安徽 / 福建: their ids, kinds, and which words of a topic list occur in their
        messages (not the messages), and which give-away words of those lines (KEEP_OUT_EARLIER_BY in ../check_fresh26.py)
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

NEW_DOCS = ["dangshan-zhuanfa-tongzhi.docx", "dangshan-banshi-zhinan.html", "shaowu-zhuanfa-tongzhi.pdf", "shaowu-banshi-zhinan.txt"]
NEW_REGIONS = ["安徽省宿州市砀山县", "福建省南平市邵武市"]
NEW_PROVINCES = ("安徽", "福建")
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
         "资源库 退休 年龄 摇号 小客车 验收 建设经费").split()
NAMES = ("宿州 砀山 砀城 良梨 李庄镇 唐寨 葛集 周寨 赵屯 官庄坝 玄庙 关帝庙 朱楼 程庄 曹庄 萧县 灵璧 "
         "南平 邵武 昭阳街道 通泰街道 水北 晒口 城郊镇 下沙镇 卫闽 沿山 拿口 洪墩 大埠岗 和平镇 肖家坊 大竹镇 吴家塘 桂林乡 张厝 金坑 建瓯 光泽 "
         "祁文博 危晓岚 砀政办 宿政办 宿政办发 邵人社 南人社 南人社规 0557-80217 0557-8021 0557-8026 0599-63254 0599-6325 "
         "3413210027 3413210031 350781-SW 皖ICP备20260410 水果精深加工 板材家居 氟新材料 竹木精深加工 安全生产情况承诺书 "
         "劳动就业中心 职业能力建设股 教育体育窗口 人社综合窗口 行政服务中心 政务服务中心 "
         "转发 配套 1:0.4 1:0.6 1:0.8 1:0.3 办事指南 法定办结时限 承诺办结时限 监督投诉电话 是否网办 网办地址 到办事现场次数 结果送达方式 "
         "原件或复印件 企校双师 工学交替 新型学徒制 4500元 5500元 1500元 2500元 15万元 28万元 45万元 6万元 "
         "2026年4月8日 2026年3月19日 2026年5月20日 5月31日 5月28日 2026年4月16日 2026年3月27日 2026年6月10日 6月30日 "
         "2029年3月31日 2026年4月1日 有效期3年 最长补贴2年 6个工作日 20个工作日 10个工作日 8个工作日 15个工作日 30个工作日 "
         "申请书 委托书 快递 复议 收取费用 学徒期满 结业证书 带徒传技 劳务派遣 双休").split()
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
            if f.startswith("fresh26-") or f.endswith((".pyc",)):
                continue
            yield os.path.join(root, f)


def new_text(f):
    """A new document's visible text (the .md as it is, as ../check_fresh25.py reads it)."""
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
            t = t.split("# Twenty-seventh fresh set")[0]
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
    print("step 2: earlier region values in 安徽/福建:", [r for r in regions if province(r) in NEW_PROVINCES])
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
    print("step 5: earlier lines in 安徽 / 福建 (id, kind, topic words of the message):")
    for d in lines:
        r = d.get("region", "")
        if province(r) in NEW_PROVINCES:
            said = d["q"] + "".join(d.get("context", []))
            print("   ", d["id"], d["kind"] + ("/" + d["expect"] if "expect" in d else ""), [w for w in TOPIC if w in said])
    sys.path.insert(0, SET)
    from check_fresh26 import KEEP_OUT_EARLIER_BY  # noqa: E402
    for prov, docs in (("安徽", NEW_DOCS[:2]), ("福建", NEW_DOCS[2:])):
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
    readme = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read().split("# Twenty-seventh fresh set")[0]
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
