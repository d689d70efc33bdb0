#!/usr/bin/env python3
"""Write fresh15/zhanjiang-caizheng-tongzhi.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh15/src && python3 make_zhanjiang_docx.py

zhanjiang-caizheng-tongzhi.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat ODT (.fodt, in a temporary
folder) → this script adds the note to the ODT meta (dc:subject, dc:description, as the core properties of the .docx)
→ `soffice --headless --convert-to docx:"MS Word 2007 XML"`. The 不予支持 list is `@h3` (list style "Outline", level 3):
automatic numbering 1.–6. (numbering.xml after export, not typed); the 支持标准 is the only table; headings 一、…九、
are typed bold paragraphs.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "zhanjiang-caizheng-tongzhi"
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
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
