#!/usr/bin/env python3
"""Write fresh31/xilinguole-lianmeng-zhangcheng.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh31/src && python3 make_xilinguole_docx.py

New shape of this round: an **联盟章程** issued with a cover notice of the 牵头单位 (锡林郭勒草原职业技术学院关于印发《锡林郭勒盟
产教融合联盟章程》的通知, 锡草职院发〔2026〕27号, 2026年6月17日; the 章程 adopted at the 成立大会暨第一次会员大会 of 2026年6月3日,
8 chapters, 35 articles): xilinguole-lianmeng-zhangcheng.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头, 文号, title,
then on a new page the 章程 with chapter headings centred and bold and every article a body paragraph that starts with a bold
literal 第X条) → flat ODT (.fodt, in a temporary folder) → the note added to the meta (dc:subject, dc:description →
docProps/core.xml) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).
`fodt()` is also used by make_hongya_pdf.py. Adapted from ../../fresh30/src/make_zhaoping_docx.py.
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
NAME = "xilinguole-lianmeng-zhangcheng"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh31"


def fodt(tmp, name):
    """make_fodt.py's flat ODT of src/NAME.src.txt, with the note in dc:subject and dc:description."""
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
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
        path = fodt(tmp, NAME)
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
