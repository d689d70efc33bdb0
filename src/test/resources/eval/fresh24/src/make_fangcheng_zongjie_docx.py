#!/usr/bin/env python3
"""Write fresh24/fangcheng-gongzuo-zongjie.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh24/src && python3 make_fangcheng_zongjie_docx.py

Copied from fresh23/src/make_kaili_zhinan_docx.py: fangcheng-gongzuo-zongjie.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → this script adds the note to the ODT meta (dc:subject,
dc:description, as the core properties of the .docx) and sets the table cells to 10pt → `soffice --headless --convert-to
docx:"MS Word 2007 XML"` (private profile). 关于报送防城区2025年产教融合工作总结的报告 (防区产教办〔2026〕3号): red head, 文号, the
short 报告 to the 区人民政府, then the 总结: intro (the 三年行动计划 by title and 文号), **主要指标完成情况 as a real `w:tbl`
(指标 / 年度目标 / 完成情况 / 完成率 / 责任单位, 5 rows, header row repeated: `w:tblHeader`)**, 主要工作成效 (per task, the
lead unit and the figures), 存在问题, 下一步工作打算 (with dates), contact, 落款 and date, the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "fangcheng-gongzuo-zongjie"
NOTE = "虚构测试文档，非真实政策"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".src.txt")
        shutil.copyfile(os.path.join(HERE, NAME + ".src.txt"), src)
        subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
        fodt = os.path.join(tmp, NAME + ".fodt")
        text = open(fodt, encoding="utf-8").read()
        text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                           f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>"
                                           "<meta:keyword>虚构测试文档</meta:keyword>", 1)
        # table cells at 10pt; nothing else changed
        text = text.replace('<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>',
                            '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/>', 1)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh24", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
