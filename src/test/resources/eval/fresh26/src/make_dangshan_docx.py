#!/usr/bin/env python3
"""Write fresh26/dangshan-zhuanfa-tongzhi.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh26/src && python3 make_dangshan_docx.py

Adapted from fresh25/src/make_xichang_doc.py: dangshan-zhuanfa-tongzhi.src.txt (markup of ../../tools/make_fodt.py,
unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta: dc:subject, dc:description → docProps/core.xml
of the .docx) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).
砀山县人民政府办公室关于转发《宿州市产教融合实训基地奖补办法》的通知 (砀政办〔2026〕11号): red head, 文号 over a red rule,
addressee, the forwarding sentence, the county's own 一、…五、 (县级配套 1:0.5 / 1:0.8 with caps, the county deadline
2026年5月20日 before the city's 5月31日, 受理 and 初审 by 县教育体育局, 工作要求, contact), 附件 line, 落款; then on a new page
the attachment 宿州市产教融合实训基地奖补办法 (宿政办发〔2026〕5号) with automatically numbered 第一条…第九条 and （一）…（五）,
its 落款; the note.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "dangshan-zhuanfa-tongzhi"
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
                        "docx:MS Word 2007 XML", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
