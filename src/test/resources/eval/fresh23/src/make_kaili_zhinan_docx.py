#!/usr/bin/env python3
"""Write fresh23/kaili-rending-zhinan.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh23/src && python3 make_kaili_zhinan_docx.py

Copied from fresh22/src/make_huairou_jihua_docx.py: kaili-rending-zhinan.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → this script adds the note to the ODT meta (dc:subject,
dc:description, as the core properties of the .docx) and sets the table cells to 10pt → `soffice --headless --convert-to
docx:"MS Word 2007 XML"` (private profile). 凯里市2026年度产教融合型企业和产教融合实训基地认定申报指南 (凯发改联〔2026〕12号): red head
(four bodies), 文号, 印发通知; the 指南 with 认定数量, 申报条件, 申报材料 (numbered list), **时间安排 as a real `w:tbl` (阶段 / 时间 /
事项, 5 rows, header row repeated: `w:tblHeader`)**, 支持政策 with the amounts, 联系方式, 有关要求, 附件 titles, the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "kaili-rending-zhinan"
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
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh23", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
