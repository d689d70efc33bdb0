#!/usr/bin/env python3
"""Write fresh31/hongya-lianheti-zhangcheng.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh31/src && python3 make_hongya_pdf.py

New shape of this round: an **产教联合体章程** issued with a cover notice of the 牵头单位 (洪雅县青衣江职业技术学校关于印发《洪雅县县域
产教联合体章程》的通知, 洪青职校发〔2026〕19号, 2026年6月29日; the 章程 adopted at the 成立大会 of 2026年6月25日, 7 chapters, 33
articles, 不收取会费): hongya-lianheti-zhangcheng.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头, 文号, title, then on
a new page the 章程 with centred chapter headings and every article a body paragraph starting with a bold literal 第X条) → flat ODT
with the note in the meta (→ the PDF's Subject; make_xilinguole_docx.fodt()) → `soffice --headless --convert-to pdf` (private
profile). Pages numbered `— N —` (make_fodt's footer); **one article continues across a page break** (checked by
../check_fresh31.py). Adapted from ../../fresh30/src/make_zhaoping_pdf.py.
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_xilinguole_docx import OUT_DIR, convert, fodt  # noqa: E402

NAME = "hongya-lianheti-zhangcheng"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME)
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
