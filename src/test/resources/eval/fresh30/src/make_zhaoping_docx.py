#!/usr/bin/env python3
"""Write fresh30/zhaoping-yanshou-tongzhi.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh30/src && python3 make_zhaoping_docx.py

New shape of this round: a **项目验收通知** (昭平县教育局 昭平县发展和改革局 昭平县财政局关于开展2026年度产教融合项目验收工作的
通知, 昭教发〔2026〕33号, 2026年8月10日): zhaoping-yanshou-tongzhi.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat
ODT (.fodt, in a temporary folder) → the scoring table (一级指标 / 二级指标 / 分值 / 评分要点; **一级指标 cells merged over their rows**
(vMerge in the .docx), 合计 row spanning two columns (gridSpan)) put at `[[TABLE:PF]]` by fodt_table.py → the note added to the meta
(dc:subject, dc:description → docProps/core.xml) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).
`fodt()` is also used by make_zhaoping_pdf.py. Adapted from ../../fresh29/src/make_ledong_docx.py and ../../fresh28/src/make_fukang_doc.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "tools"))  # fodt_table.py, shared by the rounds
from fodt_table import inject  # noqa: E402

OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "zhaoping-yanshou-tongzhi"
NOTE = "虚构测试文档，非真实政策"
PF = [
    ["一级指标", "二级指标", "分值", "评分要点"],
    ["项目建设（40分）", "建设任务完成", "25", "按项目申报书和任务书核查建设内容完成情况，每缺一项扣5分。"],
    ["^", "建设进度", "15", "按期完成建设的得满分，进度滞后的酌情扣分。"],
    ["资金管理（25分）", "资金到位", "10", "县级补助资金和承担单位配套资金按计划到位。"],
    ["^", "资金使用", "15", "专账核算、账目清晰，无截留、挤占、挪用。"],
    ["产教融合成效（35分）", "校企合作", "15", "合作企业参与专业建设、课程开发和实习实训。"],
    ["^", "人才培养培训", "12", "年度学生实训和社会培训人次达到建设目标。"],
    ["^", "服务地方产业", "8", "服务茶产业、文化旅游等县域特色产业成效明显。"],
    ["合计", "<", "100", ""],
]
SPECS = {"PF": {"widths": [3.4, 3.0, 1.4, 8.0], "rows": PF, "head": 1}}


def fodt(tmp, name, specs=None):
    """make_fodt.py's flat ODT of src/NAME.src.txt, tables injected, with the note in dc:subject and dc:description."""
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
    assert text.count("</dc:title>") == 1
    text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                       f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    for tname, spec in (specs or {}).items():
        text = inject(text, tname, spec)
    open(path, "w", encoding="utf-8").write(text)
    return path


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, SPECS)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh30", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
