#!/usr/bin/env python3
"""Write fresh39/laohekou-jinque-mulu.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from a flat ODT.

    cd fresh39/src && python3 make_laohekou_pdf.py

New shape of this round: per region **(a) a 紧缺技能人才需求目录 as published** — a short issuing notice (文号, issuers, date, how
to use the 目录, 有效期, contact) and the 目录 itself as a table (序号 / 产业（行业） / 岗位（工种） / 专业要求 / 学历或技能等级要求 /
需求人数 / 薪酬区间（元/月） / 紧缺程度, many rows in several industries, the industry cell merged over its rows), with notes (the
紧缺程度 legend, 统计口径, 有效期) — **and (b) its 编制说明 / 使用指引** (how it was compiled, main findings with numbers, how
schools and enterprises use it, the subsidies tied to it, update cycle, contacts). This is part (a) of the dev pair: 老河口市人力资源和
社会保障局　老河口市经济和信息化局　老河口市教育局关于发布《老河口市2026年重点产业紧缺技能人才需求目录》的通知 (老人社发〔2026〕14号,
2026年3月18日).

This script writes laohekou-jinque-mulu.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头 of the three issuers, 文号
over a red rule, title, 主送, the notice with bold lead-ins 一、…五、 as literal text, 附件 line, 落款 right-aligned; then from a new
**landscape** page the 附件 title and **the 目录 table** by make_fodt's `@table` (header row repeated on every page; the 产业（行业）
cell spans its rows by `^`), then 注 1．–4．, the imprint and the note), makes the flat ODT, puts the note in the meta (→ the PDF's
Subject) and converts with `soffice --headless --convert-to pdf` (private profile).

ROWS, INDUSTRIES, ISSUERS, FACTS and the helpers (total(), by_industry(), …) are read by make_laohekou_txt.py (the 编制说明 states
the totals computed here) and by ../check_fresh39.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")

NAME = "laohekou-jinque-mulu"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh39"
CITY = "老河口市"
ISSUERS = ["老河口市人力资源和社会保障局", "老河口市经济和信息化局", "老河口市教育局"]
DOC_NO = "老人社发〔2026〕14号"
DATE = "2026年3月18日"
MULU = "老河口市2026年重点产业紧缺技能人才需求目录"
TITLE = f"{'　'.join(ISSUERS)}关于发布《{MULU}》的通知"
VALID = "2026年4月1日至2027年3月31日"
HEAD = ["序号", "产业（行业）", "岗位（工种）", "专业要求", "学历或技能等级要求", "需求人数", "薪酬区间（元/月）", "紧缺程度"]
S3, S2, S1 = "★★★", "★★", "★"
# (产业（行业）, 岗位（工种）, 专业要求, 学历或技能等级要求, 需求人数, 薪酬区间（元/月）, 紧缺程度)
ROWS = [
    ("汽车及零部件制造", "数控车工", "数控技术、机械制造及自动化", "中职及以上，中级工及以上", 126, "4500—6500", S3),
    ("汽车及零部件制造", "焊工（汽车焊装）", "焊接技术与自动化", "中职及以上，中级工及以上", 98, "4800—7000", S3),
    ("汽车及零部件制造", "汽车装调工", "汽车制造与试验技术", "中职及以上", 85, "4200—5800", S2),
    ("汽车及零部件制造", "模具钳工", "模具设计与制造", "高职及以上，高级工及以上", 42, "5500—8000", S3),
    ("汽车及零部件制造", "质量检验员", "机械制造及自动化、汽车检测与维修技术", "中职及以上", 60, "3800—5000", S1),
    ("新能源电池", "电池制造工", "新能源材料应用技术、应用化工技术", "中职及以上", 150, "4300—5600", S2),
    ("新能源电池", "设备维修电工", "电气自动化技术、机电一体化技术", "高职及以上，高级工及以上", 54, "5200—7500", S3),
    ("新能源电池", "工艺工程师（电芯）", "材料类、化工类", "本科及以上", 18, "8000—12000", S3),
    ("新能源电池", "化学检验员", "工业分析技术", "高职及以上，中级工及以上", 26, "4500—6000", S2),
    ("智能装备制造", "工业机器人系统运维员", "工业机器人技术", "高职及以上，高级工及以上", 35, "6000—9000", S3),
    ("智能装备制造", "电工", "电气自动化技术、供用电技术", "中职及以上，中级工及以上", 72, "4500—6200", S2),
    ("智能装备制造", "铣工", "数控技术", "中职及以上，中级工及以上", 40, "4500—6000", S2),
    ("智能装备制造", "机械设计员", "机械设计与制造", "高职及以上", 22, "5500—8500", S1),
    ("农产品加工", "食品检验员", "食品检验检测技术", "中职及以上", 30, "3500—4800", S2),
    ("农产品加工", "粮油加工工", "粮食工程技术与管理、食品加工技术", "初中及以上，初级工及以上", 110, "3200—4200", S1),
    ("农产品加工", "农产品电商运营员", "电子商务、农村电子商务", "中职及以上", 45, "3500—6000", S2),
    ("现代物流", "叉车司机", "专业不限", "初中及以上，持特种设备作业人员证", 64, "4000—5500", S2),
    ("现代物流", "仓储管理员", "现代物流管理", "中职及以上", 38, "3600—4800", S1),
    ("现代物流", "物流调度员", "现代物流管理、供应链运营", "高职及以上", 20, "4500—6500", S2),
    ("医养健康", "养老护理员", "智慧健康养老服务与管理、护理", "中职及以上，初级工及以上", 80, "3300—4500", S3),
    ("医养健康", "护士", "护理", "高职及以上，持护士执业资格证书", 56, "3800—5500", S3),
    ("医养健康", "康复技术员", "康复治疗技术", "高职及以上", 24, "4000—5600", S2),
    ("医养健康", "保育师", "婴幼儿托育服务与管理", "中职及以上，中级工及以上", 28, "3200—4300", S1),
]
INDUSTRIES = list(dict.fromkeys(r[0] for r in ROWS))
LEGEND = {S3: "特别紧缺", S2: "比较紧缺", S1: "一般紧缺"}
CONTACT = ("市人力资源和社会保障局职业能力建设股", "龚振宇", "0710-8236417")
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "mulu": MULU, "valid": VALID,
    "phones": [CONTACT[2]],
    "legend": ["★★★为特别紧缺", "★★为比较紧缺", "★为一般紧缺"],
    "scope": "调查企业2026年预计新增用工需求",
    "pay": "试用期满后的月应发工资",
}


def total(rows=ROWS):
    return sum(r[4] for r in rows)


def by_industry(ind):
    return [r for r in ROWS if r[0] == ind]


def by_star(s):
    return [r for r in ROWS if r[6] == s]


def senior(rows=ROWS):
    """rows whose 学历或技能等级要求 asks for 高级工及以上"""
    return [r for r in rows if "高级工及以上" in r[3]]


def pct(a, b):
    return f"{a * 100 / b:.1f}%"


def table_rows():
    out = []
    prev = None
    for i, r in enumerate(ROWS, 1):
        ind = "^" if r[0] == prev else r[0]
        prev = r[0]
        out.append([str(i), ind, r[1], r[2], r[3], str(r[4]), r[5], r[6]])
    return out


def source():
    o = [f"% {NOTE} — fresh39 dev 紧缺技能人才需求目录 (written by make_laohekou_pdf.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各镇人民政府、街道办事处，市直有关单位，各职业院校、技工院校，各有关企业：",
          "为引导职业院校、技工院校专业设置与我市重点产业发展需求精准对接，推动企业精准引才、院校精准育才，市人力资源和社会保障局会同市"
          f"经济和信息化局、市教育局编制了《{MULU}》（以下简称《目录》），现予以发布，并就有关事项通知如下。",
          "**一、目录内容。**《目录》涵盖汽车及零部件制造、新能源电池、智能装备制造、农产品加工、现代物流、医养健康6个产业，共收录"
          f"岗位（工种）{len(ROWS)}个，需求人数合计{total()}人。",
          "**二、院校使用。**各职业院校、技工院校要对照《目录》优化专业设置，对紧缺程度为★★★的岗位对应专业适度扩大招生规模，"
          "与《目录》所列岗位的用人企业合作开设订单班。",
          "**三、企业使用。**各有关企业招用《目录》所列岗位人员并开展岗前培训、新型学徒制培养的，按规定享受紧缺岗位培训补贴等政策，"
          "具体标准见《目录》编制说明。",
          "**四、有效期限。**《目录》有效期为" + VALID + "，实行动态调整。企业用工需求发生较大变化的，可随时向市人力资源和社会保障局"
          "反映，经核实后纳入下一年度《目录》。",
          f"**五、联系方式。**{CONTACT[0]}，联系人：{CONTACT[1]}，电话：{CONTACT[2]}。",
          "@blank",
          f"@n 附件：{MULU}",
          "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）",
          "@landscape", "@n **附件**", f"@title {MULU}",
          "@table 1.2 3.0 3.8 5.4 4.4 1.8 2.8 2.0"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o += ["@endtable",
          f"@n 注：1．紧缺程度：★★★为特别紧缺（岗位求人倍率高于3.0，或企业平均招聘周期超过3个月），★★为比较紧缺（求人倍率2.0至3.0），"
          "★为一般紧缺（求人倍率1.5至2.0）。",
          "@n 2．统计口径：需求人数为调查企业2026年预计新增用工需求，不含临时用工；薪酬区间为试用期满后的月应发工资，含基本工资、"
          "绩效工资和加班工资，不含单位缴纳的社会保险费。",
          f"@n 3．有效期：本目录有效期为{VALID}。",
          "@n 4．本目录所列岗位（工种）名称参照《中华人民共和国职业分类大典（2022年版）》，部分岗位按企业习惯称谓列示。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：老河口市为真实地名，文号、岗位需求人数、薪酬区间、人员和电话均为虚构，仅用于问答系统"
          "评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, src_text):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the note in dc:subject and dc:description."""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
    assert text.count("</dc:title>") == 1
    text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                       f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    open(path, "w", encoding="utf-8").write(text)
    return path


def convert(path, fmt, tmp):
    subprocess.run(["soffice", PROFILE, "--headless", "--convert-to", fmt, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, source())
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
