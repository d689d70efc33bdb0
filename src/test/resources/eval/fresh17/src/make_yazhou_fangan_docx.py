#!/usr/bin/env python3
"""Write fresh17/yazhou-shishi-fangan.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh17/src && python3 make_yazhou_fangan_docx.py

Copied from fresh15/src/make_zhanjiang_docx.py: yazhou-shishi-fangan.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → this script adds the note to the ODT meta (dc:subject,
dc:description, as the core properties of the .docx) → `soffice --headless --convert-to docx:"MS Word 2007 XML"`.
Page 1 the 印发通知 with a red head; the 方案 from page 2 with typed bold headings 一、…五、 and tasks （一）…（七） whose
lead sentences are bold runs; the 申领材料 are `@h3` (list style "Outline", level 3): automatic numbering 1.–6.
(numbering.xml after export, not typed); the 附件 任务清单 on its own page is the only table (★ = 牵头单位).
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "yazhou-shishi-fangan"
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
