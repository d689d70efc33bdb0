#!/usr/bin/env python3
"""Build the two 绍兴 fixtures (虚构测试文档，非真实政策) from their *.src.txt.

    cd fresh8/src && python3 make_shaoxing.py
    soffice --headless --convert-to pdf --outdir .. shaoxing-banfa-2023.fodt
    soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir .. shaoxing-banfa-2026.fodt

The markup is ../../tools/make_fodt.py's (that tool is used unchanged); this script post-processes its .fodt:
  shaoxing-banfa-2023  ⟦SEAL⟧ in the 落款 line -> the seal image seal.png (made by chromium from seal.html), a frame
                       anchored to that paragraph and lying over the 落款 and date (run-through, in the foreground);
                       page numbers of a 公文: odd pages right-aligned "— 1 —", even pages left-aligned (footer-left)
  shaoxing-banfa-2026  a paragraph "@c ⟦ZHANG⟧TEXT" -> a chapter heading numbered automatically 第一章 第二章 …
                       (list style "Zhang", one list continued through the document, like make_fodt's @art list "Art")
"""
import base64
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import make_fodt  # noqa: E402

SEAL_STYLE = (' <style:style style:name="Seal" style:family="graphic"><style:graphic-properties style:wrap="run-through" '
              'style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="paragraph" '
              'style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:border="none" fo:padding="0cm"/></style:style>\n')

ZHANG = f""" <text:list-style style:name="Zhang">
  <text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="章" style:num-format="一, 二, 三, ...">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties>
   <style:text-properties style:font-name="{make_fodt.SANS}" style:font-name-asian="{make_fodt.SANS}"/>
  </text:list-level-style-number>
 </text:list-style>
"""

FOOT_ODD = '<style:footer><text:p text:style-name="FootR">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>'
FOOT_EVEN = '<style:footer-left><text:p text:style-name="FootL">— <text:page-number text:select-page="current">2</text:page-number> —</text:p></style:footer-left>'
FOOT_STYLES = """ <style:style style:name="FootR" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties fo:text-align="end" fo:margin-right="0.7cm"/></style:style>
 <style:style style:name="FootL" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties fo:text-align="start" fo:margin-left="0.7cm"/></style:style>
"""


def build(name):
    src = os.path.join(HERE, name + ".src.txt")
    make_fodt.main(src)
    return os.path.join(HERE, name + ".fodt")


def old():
    path = build("shaoxing-banfa-2023")
    s = open(path, encoding="utf-8").read()
    png = base64.b64encode(open(os.path.join(HERE, "seal.png"), "rb").read()).decode()
    frame = ('<draw:frame draw:style-name="Seal" draw:name="seal" text:anchor-type="paragraph" svg:x="9.9cm" svg:y="-1.3cm" '
             'svg:width="4.2cm" svg:height="4.2cm" draw:z-index="1"><draw:image><office:binary-data>'
             + png + '</office:binary-data></draw:image></draw:frame>')
    assert s.count("⟦SEAL⟧") == 1
    s = s.replace("⟦SEAL⟧", "", 1)
    s = s.replace('<text:p text:style-name="Right">绍兴市人民政府办公室</text:p>',
                  '<text:p text:style-name="Right">' + frame + '绍兴市人民政府办公室</text:p>', 1)
    s = s.replace('xmlns:dc=', 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"\n xmlns:xlink="http://www.w3.org/1999/xlink"\n xmlns:dc=', 1)
    s = s.replace("</office:automatic-styles>", SEAL_STYLE + "</office:automatic-styles>", 1)
    s = s.replace(" <text:list-style style:name=\"Art\">", FOOT_STYLES + " <text:list-style style:name=\"Art\">", 1)
    s = re.sub(r'(<style:master-page style:name="Standard" style:page-layout-name="pm1">\n  )<style:footer>.*?</style:footer>',
               lambda m: m.group(1) + FOOT_ODD + FOOT_EVEN, s, count=1, flags=re.S)
    open(path, "w", encoding="utf-8").write(s)
    print(path, "(seal, alternating page numbers)")


def new():
    path = build("shaoxing-banfa-2026")
    s = open(path, encoding="utf-8").read()
    n = 0

    def zhang(m):
        nonlocal n
        attr = ' xml:id="zhanglist"' if n == 0 else ' text:continue-list="zhanglist"'
        n += 1
        return (f'<text:list text:style-name="Zhang"{attr}><text:list-item>'
                f'<text:p text:style-name="Center">{m.group(1)}</text:p></text:list-item></text:list>')
    s = re.sub(r'<text:p text:style-name="Center">⟦ZHANG⟧(.*?)</text:p>', zhang, s)
    assert "⟦ZHANG⟧" not in s and n == 5
    s = s.replace(" <text:list-style style:name=\"Art\">", ZHANG + " <text:list-style style:name=\"Art\">", 1)
    open(path, "w", encoding="utf-8").write(s)
    print(path, f"({n} automatic chapter headings)")


if __name__ == "__main__":
    old()
    new()
