#!/usr/bin/env python3
"""Write fresh22/yongchuan-xingdong-jihua.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from an ODT.

    cd fresh22/src && python3 make_yongchuan_jihua_pdf.py

Copied from fresh21/src/make_tongliao_qingdan_pdf.py: yongchuan-xingdong-jihua.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta, the table cells set to 9pt) →
`soffice --headless --convert-to pdf`. Page 1 (portrait) red head 重庆市永川区人民政府办公室, 文号 over a red rule, the 印发通知
(title, addressee, one paragraph, 落款, date, 公开 line); then the plan (portrait): 总体要求 with the **主要指标 table (表1: 序号 /
指标名称 / 单位 / 2025年基数 / 2026年 / 2027年 / 2028年 / 指标属性 / 责任单位, 15 rows, a wide portrait table with wrapped
cells, header repeated if it crosses a page)**, 重点任务 (一)…(六) with numbered items and 责任单位 notes, 保障措施 with the
amounts; the 附件 (2026年度重点项目, 8 rows) on a landscape page, the note; footer `— N —`.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "yongchuan-xingdong-jihua"
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
        # smaller table cells (9pt), so that the nine columns of 表1 fit a portrait page; nothing else changed
        text = text.replace('<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>',
                            '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>', 1)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
