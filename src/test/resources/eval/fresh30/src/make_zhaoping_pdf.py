#!/usr/bin/env python3
"""Write fresh30/zhaoping-yanshou-tongbao.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh30/src && python3 make_zhaoping_pdf.py

New shape of this round: a **项目验收结果通报** (昭平县教育局 昭平县发展和改革局 昭平县财政局关于2026年度产教融合项目验收结果的
通报, 昭教发〔2026〕52号, 2026年10月23日): zhaoping-yanshou-tongbao.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat
ODT with the **results table** (序号 / 项目名称 / 承担单位 / 类型 / 验收得分 / 验收结论 / 县级补助（万元） / 尾款（万元）, 11 projects
and a 合计 row spanning five columns; its header row is a table-header-row, so LibreOffice **repeats it on the next page** where the
table crosses the page break) put at `[[TABLE:JG]]` by fodt_table.py and the note in the meta (→ the PDF's Subject) →
`soffice --headless --convert-to pdf` (private profile). Pages numbered `— N —` (make_fodt's footer).
Adapted from ../../fresh29/src/make_ledong_pdf.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "tools"))  # fodt_table.py, shared by the rounds
from make_zhaoping_docx import OUT_DIR, fodt  # noqa: E402

NAME = "zhaoping-yanshou-tongbao"
JG = [
    ["序号", "项目名称", "承担单位", "类型", "验收得分", "验收结论", "县级补助（万元）", "尾款（万元）"],
    ["1", "昭平红茶产业学院", "昭平县职业教育中心", "产业学院", "91.5", "优秀", "120", "48"],
    ["2", "黄姚古镇文旅服务实训基地", "昭平县职业教育中心", "实训基地", "88.0", "优秀", "55", "22"],
    ["3", "昭平电子商务公共实训中心", "昭平县人社局", "公共实训中心", "86.5", "优秀", "90", "36"],
    ["4", "走马镇茶叶初制实训基地", "象棋山茶业有限公司", "实训基地", "79.0", "合格", "30", "12"],
    ["5", "文竹镇松脂深加工实训基地", "桂松林产化工有限公司", "实训基地", "76.5", "合格", "35", "14"],
    ["6", "昭平小水电运维实训基地", "昭平县职业教育中心", "实训基地", "74.0", "合格", "40", "16"],
    ["7", "黄姚豆豉食品加工实训基地", "黄姚豆豉食品有限公司", "实训基地", "72.5", "合格", "25", "10"],
    ["8", "昭平家政养老公共实训中心", "昭平县人社局", "公共实训中心", "71.0", "合格", "60", "24"],
    ["9", "马江镇林下经济实训基地", "马江镇人民政府", "实训基地", "66.5", "限期整改", "30", "暂缓拨付"],
    ["10", "昭平新能源汽车产业学院", "昭平县职业教育中心", "产业学院", "63.0", "限期整改", "100", "暂缓拨付"],
    ["11", "富罗镇竹编工艺实训基地", "富罗兴林竹编工艺厂", "实训基地", "50.5", "不合格", "42", "不予拨付"],
    ["合计", "<", "<", "<", "<", "<", "627", "182"],
]
SPECS = {"JG": {"widths": [0.8, 4.0, 3.4, 2.2, 1.15, 1.5, 1.3, 1.45], "rows": JG, "head": 1, "size": 9}}


def main():
    body = JG[1:-1]
    assert sum(float(r[6]) for r in body) == 627
    assert sum(float(r[7]) for r in body if r[5] in ("优秀", "合格")) == 182
    assert all(abs(float(r[7]) - float(r[6]) * 0.4) < 1e-9 for r in body if r[5] in ("优秀", "合格"))
    assert sum(float(r[6]) * 0.4 for r in body if r[5] == "限期整改") == 52
    assert [r[5] for r in body].count("优秀") == 3 and [r[5] for r in body].count("合格") == 5
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, SPECS)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh30", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
