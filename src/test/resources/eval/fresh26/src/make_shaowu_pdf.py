#!/usr/bin/env python3
"""Write fresh26/shaowu-zhuanfa-tongzhi.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice.

    cd fresh26/src && python3 make_shaowu_pdf.py

Adapted from fresh25/src/make_ruijin_pdf.py: shaowu-zhuanfa-tongzhi.src.txt (markup of ../../tools/make_fodt.py, unchanged)
→ flat ODT (.fodt, in a temporary folder; the note added to its meta: dc:subject, dc:description → the PDF's Subject) →
`soffice --headless --convert-to pdf` (private profile). 邵武市人力资源和社会保障局关于转发《南平市企业新型学徒制培训补贴实施办法》
的通知 (邵人社〔2026〕15号): red head, 文号 over a red rule, addressee, the forwarding sentence, the city's own 一、…五、 (本级配套
1:0.3 / 1:0.5 with caps per 学徒 per year, the 备案 deadline 2026年6月10日 before 南平's 6月30日, 受理 by 邵武市劳动就业中心,
工作要求, contact), 附件 line, 落款; then on a new page the attachment 南平市企业新型学徒制培训补贴实施办法 (南人社规〔2026〕2号)
with automatically numbered 第一条…第十一条, its two 落款; the note; pages numbered — N —.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "shaowu-zhuanfa-tongzhi"
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
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh26", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
