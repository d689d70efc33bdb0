#!/usr/bin/env python3
"""Write fresh27/gucheng-jianyi-dafu.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice.

    cd fresh27/src && python3 make_gucheng_pdf.py

Adapted from fresh26/src/make_shaowu_pdf.py: gucheng-jianyi-dafu.src.txt (markup of ../../tools/make_fodt.py, unchanged)
→ flat ODT (.fodt, in a temporary folder; the note added to its meta: dc:subject, dc:description → the PDF's Subject) →
`soffice --headless --convert-to pdf` (private profile). 故城县人力资源和社会保障局关于县十八届人大四次会议第52号建议的答复
(故人社建复〔2026〕5号, 签发人 孟庆林): `答复类别：B类` top right, red head, 文号 with 签发人 over a red rule, title, addressee
`蔺春生代表：`, the 建议 restated, 一、工作开展情况 （一）–（四）, 二、下一步工作打算, a bordered measures table (序号 / 工作措施 /
目标任务 / 完成时限 / 责任单位, 4 rows), thanks, 联系单位 / 联系人 / 联系电话, 落款 and date, `抄送：…` over a rule,
`（此件公开发布）`; the note; pages numbered — N —.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "gucheng-jianyi-dafu"
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
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh27", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
