#!/usr/bin/env python3
"""Write fresh24/fangcheng-duban-tongbao.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from an ODT.

    cd fresh24/src && python3 make_fangcheng_tongbao_pdf.py

Copied from fresh23/src/make_kuerle_zhinan_pdf.py: fangcheng-duban-tongbao.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta, the table cells set to 10pt) →
`soffice --headless --convert-to pdf` (private profile). Page 1: red head (区产教融合工作专班办公室), 文号 over a red rule, the
通报 (督查 dates, the 行动计划 and the 总结 cited by title and 文号, 9 problems, the counts 已完成 / 整改中 / 逾期, 有关要求 with
dates, contact, 落款, 抄送); then a **landscape page with the 附件 table 序号 / 发现问题 / 责任单位 (★ = 牵头单位) / 整改措施 /
整改时限 / 整改状态, 9 rows**, the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "fangcheng-duban-tongbao"
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
        # table cells at 10pt; nothing else changed
        text = text.replace('<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>',
                            '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/>', 1)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh24", "--headless", "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
