#!/usr/bin/env python3
"""Write fresh18/baoshan-fengong-fangan.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh18/src && python3 make_baoshan_fangan_docx.py

Copied from fresh17/src/make_yazhou_fangan_docx.py: baoshan-fengong-fangan.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → this script adds the note to the ODT meta (dc:subject,
dc:description, as the core properties of the .docx) → `soffice --headless --convert-to docx:"MS Word 2007 XML"`.
Page 1 the 印发通知 with a red head (文号, addressee, one paragraph citing the province's 实施意见 by title and 文号, the
reporting rule, the 联系人 line, 落款, 公开 line); from page 2 the 任务分工方案: its title and **one table of 30 rows**
(序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限) whose 重点任务 cells span 3–7 rows each (`^` in the source:
table:number-rows-spanned in the ODT, `w:vMerge` in the .docx), header row repeated on every page; 印发 line and the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "baoshan-fengong-fangan"
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
