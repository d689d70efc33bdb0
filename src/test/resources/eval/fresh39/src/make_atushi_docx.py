#!/usr/bin/env python3
"""Write fresh39/atushi-jinque-mulu.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh39/src && python3 make_atushi_docx.py

Part (a) of the held-out pair: the held-out city's 急需紧缺人才需求目录 as its issuing notice carries it (红头 of two issuers, 文号
over a red rule, title, 主送, the notice with （一）…（五） paragraphs, 附件 line, 落款), then from a new **landscape** page the 目录 as
one real table (the same eight columns as the dev 目录, the 产业（行业） cell merged over its rows by `^`), then 说明 1．–4. Written as
`atushi-jinque-mulu.src.txt` (markup of ../../tools/make_fodt.py, unchanged), the note in the meta (docProps/core.xml), converted
with `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).

ROWS, INDUSTRIES, FACTS and the helpers are read by make_atushi_html.py (the 使用指引 states the totals computed here) and by
../check_fresh39.py.
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_laohekou_pdf import NOTE, HEAD, fodt, convert, pct  # noqa: E402,F401

NAME = "atushi-jinque-mulu"
CITY = "阿图什市"
ISSUERS = ["阿图什市人力资源和社会保障局", "阿图什市发展和改革委员会"]
DOC_NO = "阿市人社发〔2026〕9号"
DATE = "2026年4月10日"
MULU = "阿图什市急需紧缺人才需求目录（2026年度）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{MULU}》的通知"
VALID = "2026年5月1日至2027年4月30日"
S3, S2, S1 = "★★★", "★★", "★"
# (产业（行业）, 岗位（工种）, 专业要求, 学历或技能等级要求, 需求人数, 薪酬区间（元/月）, 紧缺程度)
ROWS = [
    ("纺织服装", "缝纫工", "服装设计与工艺", "初中及以上，初级工及以上", 180, "3000—4500", S2),
    ("纺织服装", "纺织设备保全工", "现代纺织技术、机电一体化技术", "中职及以上，中级工及以上", 36, "4000—5500", S3),
    ("纺织服装", "服装制版师", "服装设计与工艺", "高职及以上，高级工及以上", 12, "5000—7500", S3),
    ("纺织服装", "纺织品检验员", "纺织品检验与贸易", "中职及以上", 24, "3200—4200", S1),
    ("特色农产品加工", "果蔬加工工", "食品加工技术", "初中及以上", 95, "2800—3800", S1),
    ("特色农产品加工", "食品安全管理员", "食品质量与安全", "高职及以上", 15, "4000—5500", S2),
    ("特色农产品加工", "冷库制冷工", "制冷与空调技术", "中职及以上，持特种作业操作证", 18, "3800—5000", S3),
    ("新型建材", "水泥生产工", "建筑材料工程技术", "中职及以上，中级工及以上", 40, "4200—6000", S2),
    ("新型建材", "中控操作员", "建材智能制造、电气自动化技术", "高职及以上，高级工及以上", 14, "5500—8000", S3),
    ("新型建材", "装载机司机", "专业不限", "初中及以上，持特种设备作业人员证", 22, "4500—6500", S2),
    ("商贸物流", "跨境电商运营员", "跨境电子商务、商务英语", "高职及以上", 30, "4000—6500", S3),
    ("商贸物流", "关务专员", "关务与外贸服务", "高职及以上", 10, "4500—6000", S2),
    ("商贸物流", "冷链货车司机", "专业不限", "初中及以上，持A2驾驶证", 26, "5000—7000", S2),
    ("商贸物流", "仓储管理员", "现代物流管理", "中职及以上", 20, "3000—4000", S1),
    ("文化旅游", "导游", "导游、旅游管理", "中职及以上，持导游资格证", 25, "3500—5500", S2),
    ("文化旅游", "中式烹调师", "烹饪工艺与营养", "中职及以上，中级工及以上", 34, "4000—6000", S2),
    ("文化旅游", "民族刺绣工", "民族服装与饰品", "初中及以上", 28, "2600—3600", S1),
    ("医疗康养", "护士", "护理", "高职及以上，持护士执业资格证书", 48, "3600—5000", S3),
    ("医疗康养", "药剂员", "药学", "高职及以上", 12, "3500—4800", S1),
    ("医疗康养", "养老护理员", "智慧健康养老服务与管理", "中职及以上，初级工及以上", 30, "3000—4200", S3),
]
INDUSTRIES = list(dict.fromkeys(r[0] for r in ROWS))
CONTACT = ("市人力资源和社会保障局就业和职业能力建设股", "阿依努尔·吐尔逊", "0908-4215376")
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "mulu": MULU, "valid": VALID,
    "phones": [CONTACT[2]],
    "legend": ["★★★表示急需", "★★表示紧缺", "★表示较紧缺"],
    "scope": "用人单位2026年5月至2027年4月计划招用人数",
    "pay": "应发月工资",
}


def total(rows=ROWS):
    return sum(r[4] for r in rows)


def by_industry(ind):
    return [r for r in ROWS if r[0] == ind]


def by_star(s):
    return [r for r in ROWS if r[6] == s]


def senior(rows=ROWS):
    return [r for r in rows if "高级工及以上" in r[3]]


def table_rows():
    out = []
    prev = None
    for i, r in enumerate(ROWS, 1):
        ind = "^" if r[0] == prev else r[0]
        prev = r[0]
        out.append([str(i), ind, r[1], r[2], r[3], str(r[4]), r[5], r[6]])
    return out


def source():
    o = [f"% {NOTE} — fresh39 held-out 急需紧缺人才需求目录 (written by make_atushi_docx.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各乡镇人民政府、街道办事处，市直各有关单位，各职业院校，各有关企业：",
          f"现将《{MULU}》印发给你们，并就有关事项通知如下，请结合实际抓好使用。",
          f"（一）《目录》共列入纺织服装、特色农产品加工、新型建材、商贸物流、文化旅游、医疗康养{len(INDUSTRIES)}个产业的岗位（工种）"
          f"{len(ROWS)}个，计划招用{total()}人。",
          "（二）各职业院校要把《目录》作为调整专业结构和招生计划的重要依据，围绕急需岗位与企业共建订单班、实训基地。",
          "（三）各用人单位可依据《目录》申请订单培养补助、技能提升补贴和岗位实习补贴，具体办法见《目录》使用指引。",
          f"（四）《目录》执行期为{VALID}，每年4月发布，10月根据企业需求变化中期调整一次。",
          f"（五）执行中的问题请及时反馈{CONTACT[0]}，联系人：{CONTACT[1]}，联系电话：{CONTACT[2]}。",
          "@blank",
          f"@n 附件：{MULU}",
          "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件主动公开）",
          "@landscape", "@n **附件**", f"@title {MULU}",
          "@table 1.2 3.2 3.8 5.2 4.6 1.8 2.8 2.0"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o += ["@endtable",
          "@n 说明：1．紧缺程度：★★★表示急需（岗位空缺持续6个月以上或求人倍率在2.5以上），★★表示紧缺（求人倍率1.8至2.5），"
          "★表示较紧缺（求人倍率1.2至1.8）。",
          "@n 2．需求人数为用人单位2026年5月至2027年4月计划招用人数；薪酬区间为应发月工资，不含年终奖金。",
          f"@n 3．本目录执行期为{VALID}。",
          "@n 4．持证要求中所称“持特种作业操作证”“持特种设备作业人员证”，指取得应急管理部门或市场监管部门颁发的有效证件。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：阿图什市为真实地名，文号、岗位需求人数、薪酬区间、人员和电话均为虚构，仅用于问答系统"
          "评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, source())
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
