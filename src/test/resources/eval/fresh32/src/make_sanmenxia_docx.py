#!/usr/bin/env python3
"""Write fresh32/sanmenxia-xieyi-fanben.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh32/src && python3 make_sanmenxia_docx.py

New shape of this round: a **校企合作协议（示范文本）** issued by the region's 教育局 and 人社局 as a standalone, attachment-like
document (《三门峡市校企合作协议（示范文本）》, 2026年版, 17 articles): sanmenxia-xieyi-fanben.src.txt (markup of
../../tools/make_fodt.py, unchanged: the issuers' line, title, 协议编号 blank, 使用说明, the parties as fill-in lines of underscores,
a preamble, then every article a bold literal heading line 第X条　… followed by its text, items （一）（二）… as plain paragraphs;
blanks as runs of underscores) → flat ODT (.fodt, in a temporary folder) → **the signature block** put at [[TABLE:QZ]] as a real
table by ../../tools/fodt_table.py (unchanged: header row 甲方（学校） / 乙方（企业）, rows 盖章, 法定代表人或授权代表（签字）, 签订日期
with blanks) → the note added to the meta (dc:subject, dc:description → docProps/core.xml) → `soffice --headless --convert-to
docx:"MS Word 2007 XML"` (private profile). `fodt()` and `convert()` are also used by make_buerjin_pdf.py.
Adapted from ../../fresh31/src/make_xilinguole_docx.py.
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
sys.path.insert(0, TOOLS)
import fodt_table  # noqa: E402

NAME = "sanmenxia-xieyi-fanben"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh32"
SIGN = "法定代表人或授权代表（签字）：________"
DATE = "签订日期：______年____月____日"
# the signature block: a header row and three rows, the same for both parties (used by make_buerjin_pdf.py too)
QZ = {"widths": [7.9, 7.9], "head": 1, "rows": [
    ["甲方（学校）", "乙方（企业）"],
    ["（盖章）<br> <br> ", "（盖章）<br> <br> "],
    [SIGN, SIGN],
    [DATE, DATE],
]}


def fodt(tmp, name, tables):
    """make_fodt.py's flat ODT of src/NAME.src.txt, the tables put in by fodt_table.py, the note in dc:subject and
    dc:description."""
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
    for tname, spec in tables.items():
        text = fodt_table.inject(text, tname, spec)
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
        path = fodt(tmp, NAME, {"QZ": QZ})
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
