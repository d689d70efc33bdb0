#!/usr/bin/env python3
"""Write fresh29/ledong-zhengqiu-yijian.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh29/src && python3 make_ledong_docx.py

New shape of this round: a **公开征求意见公告 with its 征求意见稿** (关于公开征求《乐东黎族自治县支持企业参与职业教育产教融合
实施办法（征求意见稿）》意见的公告, 落款 乐东黎族自治县人力资源和社会保障局 2026年7月17日; then, on a new page, the 征求意见稿:
五章十七条, 第一条 … 第十七条 as literal bold run-in text): ledong-zhengqiu-yijian.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → the note added to the meta (dc:subject, dc:description →
docProps/core.xml) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).
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
NAME = "ledong-zhengqiu-yijian"
NOTE = "虚构测试文档，非真实政策"


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


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh29", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
