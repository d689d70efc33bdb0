#!/usr/bin/env python3
"""Write fresh32/buerjin-xieyi-fanben.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh32/src && python3 make_buerjin_pdf.py

New shape of this round: a **校企合作协议（示范文本）** issued by the county's 教育局 and 人社局 (《布尔津县校企合作协议（示范文本）》,
2026年版, 18 articles): buerjin-xieyi-fanben.src.txt (markup of ../../tools/make_fodt.py, unchanged: issuers' line, title, 协议编号
blank, 使用说明, the parties as fill-in lines of underscores, preamble, every article a bold literal heading line 第X条　… followed
by its text) → flat ODT with the **signature table** at [[TABLE:QZ]] (../../tools/fodt_table.py, unchanged; the same spec as the
dev 范本: make_sanmenxia_docx.QZ) and the note in the meta (→ the PDF's Subject; make_sanmenxia_docx.fodt()) → `soffice --headless
--convert-to pdf` (private profile). Pages numbered `— N —` (make_fodt's footer); 3–4 pages, **the signature table on the last
page** (checked by ../check_fresh32.py).
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_sanmenxia_docx import OUT_DIR, QZ, convert, fodt  # noqa: E402

NAME = "buerjin-xieyi-fanben"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, {"QZ": QZ})
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
