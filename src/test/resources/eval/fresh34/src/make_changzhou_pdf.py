#!/usr/bin/env python3
"""Write fresh34/changzhou-zhiliang-baogao.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh34/src && python3 make_changzhou_pdf.py

New shape of this round: a vocational college's **年度质量报告 section on 产教融合** — part (b) of the dev pair: the
常州晋陵职业技术学院2025年度职业教育质量报告（产教融合篇） (2026年1月28日): changzhou-zhiliang-baogao.src.txt (markup of
../../tools/make_fodt.py, unchanged: title, 编制单位 line over a rule, bold section lead-ins 前言, 一、…十、, paragraphs, targets 1．…6．,
落款, note) → flat ODT with **three tables** put in by ../../tools/fodt_table.py (unchanged): T1 主要指标 2024 / 2025 / 增减, T2 产业学院
一览, T3 实训基地投入 (with a 合计 row) → the note in the meta (→ the PDF's Subject) → `soffice --headless --convert-to pdf`
(private profile). Pages numbered `— N —` (make_fodt's footer). Adapted from ../../fresh33/src/make_rizhao_docx.py / make_honghe_pdf.py.
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
sys.path.insert(0, TOOLS)
import fodt_table  # noqa: E402

NAME = "changzhou-zhiliang-baogao"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh34"
T1 = {"widths": [7.0, 2.6, 2.6, 2.6], "head": 1, "size": 10, "rows": [
    ["指标", "2024年", "2025年", "增减"],
    ["合作企业数（家）", "286", "318", "+32"],
    ["其中：规模以上工业企业（家）", "142", "167", "+25"],
    ["订单班（个）", "23", "27", "+4"],
    ["订单班学生人数（人）", "1036", "1254", "+218"],
    ["企业兼职教师（人）", "206", "241", "+35"],
    ["企业兼职教师承担课时（学时）", "18420", "21690", "+3270"],
    ["接收岗位实习学生的企业（家）", "214", "236", "+22"],
    ["校企共同开发课程（门）", "61", "74", "+13"],
    ["企业捐赠设备值（万元）", "612.50", "786.30", "+173.80"],
    ["技术服务到账金额（万元）", "1385.60", "1712.40", "+326.80"],
]}
T2 = {"widths": [5.0, 5.6, 2.6, 3.2], "head": 1, "size": 10, "rows": [
    ["产业学院名称", "牵头合作企业", "成立时间", "2025年在读学生（人）"],
    ["新能源动力电池产业学院", "常州恒锂新能源科技有限公司", "2021年9月", "486"],
    ["智能装备产业学院", "常州德创智能装备有限公司", "2022年6月", "412"],
    ["轨道交通装备产业学院", "常州轨联交通装备有限公司", "2023年3月", "298"],
    ["光伏储能产业学院", "常州天曜光能科技有限公司", "2025年5月", "165"],
    ["合计", "—", "—", "1361"],
]}
T3 = {"widths": [0.9, 4.6, 4.6, 1.8, 1.8, 1.2, 2.3], "head": 1, "size": 9, "rows": [
    ["序号", "实训基地名称", "合作企业", "总投资（万元）", "企业投入（万元）", "工位（个）", "建成时间"],
    ["1", "动力电池检测与装配实训中心", "常州恒锂新能源科技有限公司", "1260", "780", "120", "2025年6月"],
    ["2", "工业机器人集成应用实训基地", "常州德创智能装备有限公司", "980", "450", "96", "2025年3月"],
    ["3", "轨道车辆检修实训基地", "常州轨联交通装备有限公司", "860", "520", "64", "2025年9月"],
    ["4", "光伏储能系统集成实训室", "常州天曜光能科技有限公司", "420", "260", "48", "2025年12月"],
    ["5", "数字化产线虚拟仿真实训中心", "常州云启数字科技有限公司", "540", "180", "80", "2025年4月"],
    ["合计", "—", "—", "4060", "2190", "408", "—"],
]}
TABLES = {"T1": T1, "T2": T2, "T3": T3}


def fodt(tmp, name, tables):
    """make_fodt.py's flat ODT of src/NAME.src.txt, the tables put in by fodt_table.py, the note in dc:subject and
    dc:description."""
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
    for tname, spec in tables.items():
        text = fodt_table.inject(text, tname, spec)
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
        path = fodt(tmp, NAME, TABLES)
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
