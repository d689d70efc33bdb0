#!/usr/bin/env python3
"""Write fresh35/songyuan-butie-mulu.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh35/src && python3 make_songyuan_docx.py

New shape of this round: part (a) of the held-out pair — the city 人社局 + 财政局 notice publishing the 职业技能培训补贴标准目录:
松原市人力资源和社会保障局　松原市财政局关于印发《松原市职业技能培训补贴标准目录（2026年版）》的通知 (松人社联〔2026〕6号,
2026年2月24日): songyuan-butie-mulu.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头 two lines, 文号 over a red rule,
title, bold lead-ins 一、…八、, 落款, （此件公开发布）, then a new page with the 附件) → flat ODT → **the catalogue as one real table**
M1 put in by ../../tools/fodt_table.py (unchanged; group rows spanning all columns, 序号 / 职业 / 备注 cells spanning the rows of
an occupation) → the note in the meta (docProps/core.xml) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private
profile) → one `w:tbl`. Uses make_handan_pdf.fodt() / convert().

CATALOGUE holds the table; ../check_fresh35.py reads it from here (markups: ▲ + 15 %, 产教融合型企业 + 10 %, stacked 25 %, capped at
CAP; 学徒 + 500元 a year).
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_handan_pdf import OUT_DIR, convert, fodt  # noqa: E402

NAME = "songyuan-butie-mulu"
STAR_UP = 15    # 重点产业紧缺工种 上浮 %
QY_UP = 10      # 产教融合型企业 上浮 %
CAP = 2500      # 上浮后每人每次最高（元）
APPR_ADD = 500  # 产教融合型企业 学徒 每人每年增加（元）
# (group title, [(职业（工种）, 紧缺 ▲, [(等级, 补贴标准), …]), …]); the 学徒 group has star None
CATALOGUE = [
    ("一、职业（工种）", [
        ("采油工", True, [("初级（五级）", 900), ("中级（四级）", 1400), ("高级（三级）", 1900)]),
        ("井下作业工", True, [("中级（四级）", 1500), ("高级（三级）", 2000)]),
        ("电工", True, [("初级（五级）", 850), ("中级（四级）", 1300), ("高级（三级）", 1800), ("技师（二级）", 2200)]),
        ("化工总控工", True, [("中级（四级）", 1500), ("高级（三级）", 2000)]),
        ("焊工", False, [("初级（五级）", 950), ("中级（四级）", 1450), ("高级（三级）", 1950)]),
        ("汽车维修工", False, [("中级（四级）", 1200), ("高级（三级）", 1700)]),
        ("农机修理工", False, [("初级（五级）", 700), ("中级（四级）", 1000)]),
        ("农艺工", False, [("初级（五级）", 600), ("中级（四级）", 900)]),
        ("粮油保管员", False, [("中级（四级）", 1000), ("高级（三级）", 1400)]),
        ("健康照护师", False, [("初级（五级）", 800), ("中级（四级）", 1150)]),
        ("养老护理员", False, [("初级（五级）", 850), ("中级（四级）", 1250)]),
        ("中式面点师", False, [("初级（五级）", 750), ("中级（四级）", 1050)]),
        ("电子商务师", False, [("中级（四级）", 1050), ("高级（三级）", 1450)]),
    ]),
    ("二、专项职业能力", [
        ("小杂粮加工", False, [("专项职业能力", 450)]),
        ("网络直播销售", False, [("专项职业能力", 500)]),
        ("农机驾驶操作", False, [("专项职业能力", 400)]),
    ]),
    ("三、企业新型学徒制（元/人·年）", [
        ("企业新型学徒制", None, [("中级工", 4000), ("高级工", 5000)]),
    ]),
]
HEAD = ["序号", "职业（工种）", "等级", "补贴标准（元/人）", "备注"]


def remark(star):
    if star is None:
        return "产教融合型企业每人每年增加500元"
    return "重点产业紧缺工种，上浮15%" if star else ""


def table_rows():
    rows = [HEAD]
    n = 0
    for title, jobs in CATALOGUE:
        rows.append([title] + ["<"] * (len(HEAD) - 1))
        for name, star, levels in jobs:
            n += 1
            for k, (level, base) in enumerate(levels):
                first = k == 0
                rows.append([str(n) if first else "^", (name + ("▲" if star else "")) if first else "^", level, str(base),
                             remark(star) if first else "^"])
    return rows


M1 = {"widths": [1.2, 4.2, 3.2, 3.0, 4.2], "head": 1, "size": 10, "rows": table_rows()}
TABLES = {"M1": M1}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, TABLES)
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
