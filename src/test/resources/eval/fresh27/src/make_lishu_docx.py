#!/usr/bin/env python3
"""Write fresh27/lishu-zhengce-huibian.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh27/src && python3 make_lishu_docx.py

Adapted from fresh26/src/make_dangshan_docx.py: lishu-zhengce-huibian.src.txt (markup of ../../tools/make_fodt.py, unchanged)
→ flat ODT (.fodt, in a temporary folder) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).
Two changes to the .fodt before the conversion: the note added to its meta (dc:subject, dc:description → docProps/core.xml of
the .docx), and **each compiled policy's title** (the `@title` paragraphs that start a new page) turned into a real heading
(`<text:h text:outline-level="1">` in a paragraph style "Heading 1" → `w:pStyle w:val="Heading1"` in the .docx), so the
file has one Heading 1 per compiled policy. 梨树县产教融合政策汇编（2026年版）, 梨树县产教融合工作领导小组办公室 编, 2026年6月:
cover, 编印说明, 目录 (four titles with their 文号), then 四平市企业接收职业院校学生实习补贴办法 (四人社联〔2025〕27号),
四平市技能人才引进培育若干措施 (四政办发〔2026〕6号), 梨树县校企合作奖励办法 (梨政办发〔2026〕9号), 梨树县产教融合工作领导小组
工作规则 (梨产教组〔2026〕1号), each on a new page with its 文号, a line `（date issuer印发）` and literal 第一条… / 一、… items;
the note.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "lishu-zhengce-huibian"
NOTE = "虚构测试文档，非真实政策"
HEADING = """ <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Title" style:default-outline-level="1" style:class="text"/>
"""
HEADING_PB = """ <style:style style:name="HeadingPB" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
"""


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".src.txt")
        shutil.copyfile(os.path.join(HERE, NAME + ".src.txt"), src)
        subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
        fodt = os.path.join(tmp, NAME + ".fodt")
        text = open(fodt, encoding="utf-8").read()
        text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                           f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
        text = text.replace(' <text:list-style style:name="Art">', HEADING + ' <text:list-style style:name="Art">', 1)
        text = text.replace("</office:automatic-styles>", HEADING_PB + "</office:automatic-styles>", 1)
        text, n = re.subn(r'<text:p text:style-name="TitlePB">(.*?)</text:p>',
                          r'<text:h text:style-name="HeadingPB" text:outline-level="1">\1</text:h>', text)
        assert n == 4, n
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh27", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
