#!/usr/bin/env python3
"""Write fresh20/liaoning-pingjia-xize.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from an ODT.

    cd fresh20/src && python3 make_liaoning_xize_pdf.py

Copied from fresh19/src/make_shaanxi_zijin_pdf.py (same path): liaoning-pingjia-xize.src.txt (markup of
../../tools/make_fodt.py, unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta) →
`soffice --headless --convert-to pdf`. Page 1 (portrait) red head (two of the five issuing bodies), 文号 over a red rule,
the 印发通知 (title, addressee, one sentence, five-body 落款, date, 公开 line); pages 2–3 the 细则 (第一章…第七章,
第一条…第二十条 as literal text); then **landscape pages**: the 附件 评分表 (序号 / 一级指标 / 二级指标 / 分值 / 评分标准;
19 rows, the 一级指标 cells merged vertically (`^`, printed once, centred in their rows), **crossing a page break with the
header row repeated** — the 职工培训 group is split by it), the note line, imprint line and the note; footer `— N —`.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "liaoning-pingjia-xize"
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
