#!/usr/bin/env python3
"""Write fresh21/tongliao-huiqi-qingdan.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from an ODT.

    cd fresh21/src && python3 make_tongliao_qingdan_pdf.py

Copied from fresh20/src/make_liaoning_xize_pdf.py (same path): tongliao-huiqi-qingdan.src.txt (markup of
../../tools/make_fodt.py, unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta, the table cells
set to 9pt and the landscape side margins to 2cm so that ten columns fit) → `soffice --headless --convert-to pdf`.
Page 1 (portrait) red head (two of the five issuing bodies), 文号 over a red rule, the 印发通知 (title, addressee, one
paragraph, five-body 落款, date, 公开 line); page 2 the title and the 编制说明 一…四; then **landscape pages**: the 附件
通辽市产教融合惠企政策清单 (序号 / 政策类别 / 政策名称 / 支持对象 / 支持标准 / 申报时间 / 受理部门 / 政策依据 / 咨询电话 / 备注;
22 rows, **crossing four page breaks with the header row repeated**; most cells wrap), the 注, imprint line and the note;
footer `— N —`.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "tongliao-huiqi-qingdan"
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
        # smaller table cells (9pt) and 2cm side margins on the landscape pages, so that the ten columns fit; nothing else changed
        text = text.replace('<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>',
                            '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>', 1)
        text = text.replace('style:print-orientation="landscape" fo:margin-top="2.2cm" fo:margin-bottom="1.6cm" fo:margin-left="2.5cm" '
                            'fo:margin-right="2.5cm"', 'style:print-orientation="landscape" fo:margin-top="2.2cm" fo:margin-bottom="1.6cm" '
                            'fo:margin-left="2cm" fo:margin-right="2cm"', 1)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
