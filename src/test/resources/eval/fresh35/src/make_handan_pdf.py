#!/usr/bin/env python3
"""Write fresh35/handan-jingban-guicheng.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh35/src && python3 make_handan_pdf.py

New shape of this round: part (b) of the dev pair — the city's **经办规程** for 企业职工技能提升补贴 and 企业新型学徒制补贴: a
红头 cover notice of the 邯郸市人力资源和社会保障局办公室 (邯人社办〔2026〕11号, 2026年3月20日) and, from page 2, the 规程 itself
(第一章…第五章, 第一条…第二十一条 as literal text, who does what, materials, 时限 in 工作日, 公示期, 拨付, 追回, contacts):
handan-jingban-guicheng.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat ODT with **one table** S1 (环节 / 承办单位 /
办理时限) put in by ../../tools/fodt_table.py (unchanged) → the note in the meta (→ the PDF's Subject) → `soffice --headless
--convert-to pdf` (private profile). Pages numbered `— N —` (make_fodt's footer). Adapted from ../../fresh34/src/make_changzhou_pdf.py.
S1 is read by ../check_fresh35.py (the 时限 add up to the 合计 stated in the text).
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
sys.path.insert(0, TOOLS)
import fodt_table  # noqa: E402

NAME = "handan-jingban-guicheng"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh35"
S1 = {"widths": [1.0, 1.5, 6.8, 2.6, 3.9], "head": 1, "size": 10, "rows": [
    ["序号", "环节", "承办单位", "办理时限", "备注"],
    ["1", "受理", "县（市、区）就业服务机构", "1个工作日", "材料不齐全一次性告知"],
    ["2", "初审", "县（市、区）就业服务机构", "5个工作日", "核对参保、证书和次数"],
    ["3", "复审", "市就业服务中心", "5个工作日", "形成拟补贴名单"],
    ["4", "公示", "市人力资源和社会保障局", "5个工作日", "有异议的核实处理"],
    ["5", "审定", "市人力资源和社会保障局职业能力建设科", "3个工作日", "提出拨付申请"],
    ["6", "拨付", "市财政局", "10个工作日", "拨付至社会保障卡"],
    ["合计", "<", "<", "29个工作日", "含公示期"],
]}
TABLES = {"S1": S1}


def fodt(tmp, name, tables):
    """make_fodt.py's flat ODT of src/NAME.src.txt, the tables put in by fodt_table.py, the note in dc:subject and
    dc:description."""
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
    for tname, spec in tables.items():
        text = fodt_table.inject(text, tname, spec)
    assert text.count("</dc:title>") == 1
    text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                       f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    open(path, "w", encoding="utf-8").write(text)
    return path


def convert(path, fmt, tmp):
    subprocess.run(["soffice", PROFILE, "--headless", "--convert-to", fmt, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, TABLES)
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
