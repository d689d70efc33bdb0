#!/usr/bin/env python3
"""Write fresh25/ruijin-lingdao-xiaozu.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from an ODT.

    cd fresh25/src && python3 make_ruijin_pdf.py

Adapted from fresh24/src/make_fangcheng_tongbao_pdf.py: ruijin-lingdao-xiaozu.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta) → `soffice --headless --convert-to pdf`
(private profile). 瑞金市人民政府办公室关于成立瑞金市产教融合工作领导小组的通知 (瑞府办字〔2026〕9号): red head, 文号 over a
red rule, addressee, the 组成人员 as a **three-column table 领导小组职务 / 姓名 / 单位及职务 (11 rows)**, 领导小组办公室 (设在,
主任, 联络员 with phone), 主要职责 1.–4., 工作制度 1.–5. (automatic numbers), the replaced 联席会议 notice, 落款, the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "ruijin-lingdao-xiaozu"
NOTE = "虚构测试文档，非真实政策"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".src.txt")
        shutil.copyfile(os.path.join(HERE, NAME + ".src.txt"), src)
        subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
        fodt = os.path.join(tmp, NAME + ".fodt")
        text = open(fodt, encoding="utf-8").read()
        text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                           f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh25", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
