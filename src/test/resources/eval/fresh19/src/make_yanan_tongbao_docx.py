#!/usr/bin/env python3
"""Write fresh19/yanan-tuijin-tongbao.docx (虚构测试文档，非真实政策): a .docx produced by LibreOffice from an ODT.

    cd fresh19/src && python3 make_yanan_tongbao_docx.py

Copied from fresh18/src/make_baoshan_fangan_docx.py: yanan-tuijin-tongbao.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder) → this script adds the note to the ODT meta (dc:subject,
dc:description, as the core properties of the .docx) → `soffice --headless --convert-to docx:"MS Word 2007 XML"`.
延安市人民政府办公室关于2026年上半年全市产教融合重点工作推进情况的通报: red head, 文号, title, addressee, preamble;
一、总体情况 (tasks done / on time / behind, achieved numbers against the year's targets in %, the provincial money received
and paid out), 二、主要做法 (named schools, companies, counties), 三、存在问题, 四、督办事项 (the consequence rule, then **a
table of six items**: 序号 / 督办事项 / 责任单位 / 整改时限), 五、下一步工作 (dated), 附件 line, 联系人 (two people and phones),
落款, 公开 line; on a new page the 附件 **ranking table** (排名 / 县（市、区） / 年度任务数 / 已完成任务数 / 完成进度, 13 rows),
注 and the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "yanan-tuijin-tongbao"
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
