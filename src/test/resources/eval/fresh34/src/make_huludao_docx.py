#!/usr/bin/env python3
"""Write fresh34/huludao-zhiliang-baogao.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh34/src && python3 make_huludao_docx.py

New shape of this round: part (b) of the held-out pair — the **葫芦岛首山职业技术学院2025年度职业教育质量报告（校企合作篇）**
(2026年2月26日): huludao-zhiliang-baogao.src.txt (markup of ../../tools/make_fodt.py, unchanged: title, school and month lines over
a rule, bold section lead-ins 说明, 一、…十、, paragraphs, targets （一）…（六） as literal text, 落款, note) → flat ODT → **three real
tables** put in by ../../tools/fodt_table.py (unchanged): B1 主要数据 指标 / 2024年 / 2025年, B2 产业学院 (with a 合计 row), B3 实训基地
(with a 合计 row) → the note in the meta (docProps/core.xml) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private
profile) → three `w:tbl`. Uses make_changzhou_pdf.fodt() / convert().
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_changzhou_pdf import OUT_DIR, convert, fodt  # noqa: E402

NAME = "huludao-zhiliang-baogao"
B1 = {"widths": [8.0, 3.2, 3.2], "head": 1, "size": 10.5, "rows": [
    ["指标", "2024年", "2025年"],
    ["合作企业（家）", "168", "193"],
    ["其中：葫芦岛市内企业（家）", "112", "131"],
    ["订单班（个）", "14", "17"],
    ["订单班学生（人）", "582", "706"],
    ["现代学徒制学徒（人）", "96", "128"],
    ["企业兼职教师（人）", "118", "137"],
    ["企业兼职教师承担课时（学时）", "9860", "11420"],
    ["企业捐赠设备值（万元）", "326.80", "418.60"],
    ["技术服务到账金额（万元）", "642.30", "815.70"],
    ["职工培训（人次）", "9600", "12850"],
]}
B2 = {"widths": [4.8, 5.6, 2.6, 2.6], "head": 1, "size": 10, "rows": [
    ["产业学院", "合作企业", "成立时间", "在读学生（人）"],
    ["船舶海工产业学院", "葫芦岛渤洋船舶重工有限公司", "2020年10月", "318"],
    ["精细化工产业学院", "葫芦岛北港石化有限公司", "2022年4月", "265"],
    ["泳装设计与智造产业学院", "葫芦岛海蓝泳装服饰有限公司", "2023年9月", "187"],
    ["文旅康养产业学院", "葫芦岛觉华文旅发展有限公司", "2025年3月", "96"],
    ["合计", "", "", "866"],
]}
B3 = {"widths": [4.6, 4.8, 1.9, 1.9, 1.4, 2.2], "head": 1, "size": 9, "rows": [
    ["实训基地名称", "合作企业", "总投资（万元）", "企业投入（万元）", "工位（个）", "建成时间"],
    ["船体分段焊接实训基地", "葫芦岛渤洋船舶重工有限公司", "680", "410", "60", "2025年7月"],
    ["化工总控虚拟仿真实训中心", "葫芦岛北港石化有限公司", "520", "260", "50", "2025年5月"],
    ["泳装数字化设计与打版实训室", "葫芦岛海蓝泳装服饰有限公司", "260", "150", "40", "2025年10月"],
    ["智慧文旅实训中心", "葫芦岛觉华文旅发展有限公司", "310", "120", "36", "2025年11月"],
    ["合计", "", "1770", "940", "186", ""],
]}
TABLES = {"B1": B1, "B2": B2, "B3": B3}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, TABLES)
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
