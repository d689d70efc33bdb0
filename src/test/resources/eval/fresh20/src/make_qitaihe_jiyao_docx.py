#!/usr/bin/env python3
"""Write fresh20/qitaihe-zhuanban-jiyao.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh20/src && python3 make_qitaihe_jiyao_docx.py

Copied from fresh19/src/make_yanan_tongbao_docx.py: qitaihe-zhuanban-jiyao.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → this script adds the note to the ODT meta (dc:subject,
dc:description, as the core properties of the .docx) → `soffice --headless --convert-to docx:"MS Word 2007 XML"`.
七台河市产教融合工作专班第三次会议纪要 (七政专纪〔2026〕5号): red head, number and date line, title; the meeting (date,
place, the 副市长 who chaired it, what was studied and heard); 一、会议听取的情况; 二、议定事项 (八项, each with
`责任单位：…★…。完成时限：…。`, some with amounts); closing paragraph; 附件 line; 出席 / 列席; 联系人; 分送; on a new
page the 附件 **名单 table** (序号 / 企业名称 / 所在区（县） / 纳入省级名单时间 / 主要合作院校, 9 rows) and the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "qitaihe-zhuanban-jiyao"
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
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
