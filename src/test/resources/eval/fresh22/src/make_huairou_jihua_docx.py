#!/usr/bin/env python3
"""Write fresh22/huairou-xingdong-jihua.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh22/src && python3 make_huairou_jihua_docx.py

Copied from fresh21/src/make_luohe_qingdan_docx.py: huairou-xingdong-jihua.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → this script adds the note to the ODT meta (dc:subject,
dc:description, as the core properties of the .docx) and sets the table cells to 9pt (the landscape margins are left as
make_fodt.py writes them) → `soffice --headless --convert-to docx:"MS Word 2007 XML"`. 怀柔区产教融合三年行动计划（2026—2028年）
(怀政办发〔2026〕9号): red head, 文号, the 印发通知; the plan with **表1 主要指标 (序号 / 指标名称 / 单位 / 2025年基数 / 2026年 /
2027年 / 2028年 / 指标属性 / 责任单位, 14 rows; a real `w:tbl` with its header row repeated: `w:tblHeader`)**, 重点任务 (一)…(六),
保障措施 with the amounts; on a landscape page the 附件 (2026年度重点项目, 8 rows, a second `w:tbl`), the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "huairou-xingdong-jihua"
NOTE = "虚构测试文档，非真实政策"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".src.txt")
        shutil.copyfile(os.path.join(HERE, NAME + ".src.txt"), src)
        subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
        fodt = os.path.join(tmp, NAME + ".fodt")
        text = open(fodt, encoding="utf-8").read()
        text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                           f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>"
                                           "<meta:keyword>虚构测试文档</meta:keyword>", 1)
        # smaller table cells (9pt), so that the nine columns of 表1 fit a portrait page; nothing else changed
        text = text.replace('<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>',
                            '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>', 1)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
