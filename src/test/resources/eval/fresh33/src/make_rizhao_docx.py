#!/usr/bin/env python3
"""Write fresh33/rizhao-zhongbiao-gonggao.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh33/src && python3 make_rizhao_docx.py

New shape of this round: part (b) of the dev procurement pair — the **中标（成交）结果公告** of the 日照市海洋工程职业学校港航物流产教
融合实训基地设备采购项目 (RZHY-GK-2026-018, 2026年10月14日): rizhao-zhongbiao-gonggao.src.txt (markup of ../../tools/make_fodt.py,
unchanged: title, bold section lead-ins 一、…十一、, paragraphs, 落款, note) → flat ODT (.fodt, in a temporary folder) → **the 中标结果
table** put at [[TABLE:ZB]] by ../../tools/fodt_table.py (unchanged; header row 包号 / 包名称 / 中标供应商名称 / 中标供应商地址 /
中标金额（万元）, one row a 包, the 联合体 of 包1 on two lines of one cell, 包3 `废标` with `—` cells) → the note added to the meta
(dc:subject, dc:description → docProps/core.xml) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).
`fodt()` and `convert()` are also used by make_honghe_pdf.py. Adapted from ../../fresh32/src/make_sanmenxia_docx.py.
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

NAME = "rizhao-zhongbiao-gonggao"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh33"
ZB = {"widths": [1.3, 3.3, 4.6, 4.4, 2.4], "head": 1, "size": 10, "rows": [
    ["包号", "包名称", "中标供应商名称", "中标供应商地址", "中标金额（万元）"],
    ["1", "智能港口装卸实训系统", "日照港联智能装备有限公司（联合体牵头人）<br>日照海岸数字科技有限公司（联合体成员）",
     "日照市临港路96号<br>日照市学苑路15号", "476.80"],
    ["2", "冷链物流仓储实训设备", "日照冷链云仓设备有限公司", "日照市物流园区云仓大道8号", "352.60"],
    ["3", "船舶机电实训设备", "废标", "—", "—"],
    ["4", "实训基地信息化管理平台", "日照智汇职教软件有限公司", "日照市创业路27号智汇大厦5层", "128.50"],
]}


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
        path = fodt(tmp, NAME, {"ZB": ZB})
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
