#!/usr/bin/env python3
"""Write fresh33/honghe-cuoshang-gonggao.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh33/src && python3 make_honghe_pdf.py

New shape of this round: part (a) of the held-out procurement pair — the **竞争性磋商公告** of the 红河州滇南工贸职业技术学校绿色
食品加工与跨境电商产教融合实训基地建设项目 (HHZC2026-CS-0932, 2026年10月19日): honghe-cuoshang-gonggao.src.txt (markup of
../../tools/make_fodt.py, unchanged: title over a rule, bold section lead-ins 项目概况, 一、…九、, paragraphs, 落款, note) → flat ODT
with **the 采购需求 table** at [[TABLE:XQ]] (../../tools/fodt_table.py, unchanged: 包号 / 采购内容 / 数量 / 预算金额 / 最高限价 /
预留情况, three rows) and the note in the meta (→ the PDF's Subject; make_rizhao_docx.fodt()) → `soffice --headless --convert-to pdf`
(private profile). Pages numbered `— N —` (make_fodt's footer); 3–4 pages.
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_rizhao_docx import OUT_DIR, convert, fodt  # noqa: E402

NAME = "honghe-cuoshang-gonggao"
XQ = {"widths": [1.0, 8.0, 1.2, 1.9, 1.9, 1.8], "head": 1, "size": 9, "rows": [
    ["包号", "采购内容", "数量", "预算金额（万元）", "最高限价（万元）", "预留情况"],
    ["1", "果蔬加工实训生产线（清洗、切分、烘干、包装单元）", "1条", "268.00", "260.00", "不预留"],
    ["2", "跨境电商直播实训室设备", "6间", "96.00", "96.00", "专门面向小微企业"],
    ["3", "实训楼改造工程（约2400平方米）", "1项", "152.00", "150.00", "不预留"],
]}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, {"XQ": XQ})
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
