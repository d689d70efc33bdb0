#!/usr/bin/env python3
"""Write fresh29/ledong-qicao-shuoming.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh29/src && python3 make_ledong_pdf.py

New shape of this round: the **起草说明** of the 征求意见稿 in ledong-zhengqiu-yijian.docx (一、起草背景 (the old 暂行办法
乐人社发〔2023〕19号), 二、起草依据 (four documents with 文号), 三、起草过程 (counts and dates), 四、主要内容 (五章十七条, six changes
`由原来的…提高到…`), 五、需要说明的问题, 落款 2026年7月17日): ledong-qicao-shuoming.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT with the note in the meta (→ the PDF's Subject) → `soffice --headless --convert-to pdf` (private profile).
Pages numbered `— N —` (make_fodt's footer).
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_ledong_docx import OUT_DIR, fodt  # noqa: E402

NAME = "ledong-qicao-shuoming"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh29", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
