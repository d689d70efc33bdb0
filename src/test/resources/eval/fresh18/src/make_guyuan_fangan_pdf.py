#!/usr/bin/env python3
"""Write fresh18/guyuan-fengong-fangan.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from an ODT.

    cd fresh18/src && python3 make_guyuan_fangan_pdf.py

Same path as make_baoshan_fangan_docx.py, printed instead of saved: guyuan-fengong-fangan.src.txt (markup of
../../tools/make_fodt.py, unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta) →
`soffice --headless --convert-to pdf`. Page 1 the 印发通知 with a red head (文号, addressee, one paragraph citing the
autonomous region's 实施意见 by title and 文号, the reporting rule, the 联系人 line, 落款, 公开 line); from page 2 the
任务分工方案: title, one sentence and **one table of 30 rows** (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限),
重点任务 cells spanning 4–8 rows; **the table crosses page breaks and its header row is repeated on every page**; 印发
line and the note; footer `— N —`.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "guyuan-fengong-fangan"
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
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
