#!/usr/bin/env python3
"""Write fresh25/xichang-lingdao-xiaozu.doc (虚构测试文档，非真实政策): a legacy Word 97–2003 file written by LibreOffice.

    cd fresh25/src && python3 make_xichang_doc.py

Adapted from fresh24/src/make_fangcheng_zongjie_docx.py: xichang-lingdao-xiaozu.src.txt (markup of
../../tools/make_fodt.py, unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta: dc:subject,
dc:description, as the summary information of the .doc) → `soffice --headless --convert-to doc:"MS Word 97"` (private
profile). 西昌市人民政府办公室关于调整西昌市产教融合工作领导小组的通知 (西府办函〔2026〕19号): red head, 文号, addressee, the
组成人员 as lines `组　长：name　post` (one person a line, the 副组长 / 成员 continuation lines indented with full-width spaces),
领导小组办公室 (设在, 主任, 联络员 with phone), 工作职责 1.–4., 工作规则 1.–6. (automatic numbers), the replaced notice,
落款 and date, the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "xichang-lingdao-xiaozu"
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
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh25", "--headless", "--convert-to", "doc:MS Word 97",
                        "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".doc"), os.path.join(OUT_DIR, NAME + ".doc"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".doc"))


if __name__ == "__main__":
    main()
