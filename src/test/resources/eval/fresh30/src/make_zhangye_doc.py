#!/usr/bin/env python3
"""Write fresh30/zhangye-yanshou-tongzhi.doc (虚构测试文档，非真实政策): a Word 97 file written by LibreOffice.

    cd fresh30/src && python3 make_zhangye_doc.py

New shape of this round: a **项目验收通知** (张掖市教育局 张掖市发展和改革委员会 张掖市财政局关于开展2026年度产教融合项目验收工作的
通知, 张教职成〔2026〕41号, 2026年7月6日): zhangye-yanshou-tongzhi.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat
ODT (.fodt, in a temporary folder) → the scoring table (序号 / 验收指标 / 分值 / 评分要点, a 合计 row spanning two columns) put at
`[[TABLE:PF]]` by ../../tools/fodt_table.py, the note added to the meta (dc:subject, dc:description
→ the .doc's SummaryInformation) → `soffice --headless --convert-to doc:"MS Word 97"` (private profile).
Adapted from ../../fresh28/src/make_fukang_doc.py.
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
NAME = "zhangye-yanshou-tongzhi"
NOTE = "虚构测试文档，非真实政策"
PF = [
    ["序号", "验收指标", "分值", "评分要点"],
    ["1", "建设任务完成情况", "30", "对照项目任务书逐项核查建设内容、建设进度和预期目标完成情况，未完成的按比例扣分。"],
    ["2", "资金使用管理", "20", "市级补助资金专账核算、规范使用，承担单位配套资金足额到位，支出进度和票据凭证完整。"],
    ["3", "校企合作成效", "20", "合作企业深度参与人才培养，共同制定培养方案、共建课程、共同开展实习实训。"],
    ["4", "人才培养与培训", "15", "学生实训、社会培训人次达到任务书目标，服务区域主导产业。"],
    ["5", "运行管理与可持续性", "15", "管理制度健全，运行经费有保障，建成后持续对外开放共享。"],
    ["合计", "<", "100", ""],
]
SPECS = {"PF": {"widths": [1.4, 3.8, 1.6, 9.0], "rows": PF, "head": 1}}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".src.txt")
        shutil.copyfile(os.path.join(HERE, NAME + ".src.txt"), src)
        subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
        fodt = os.path.join(tmp, NAME + ".fodt")
        text = open(fodt, encoding="utf-8").read()
        assert text.count("</dc:title>") == 1
        text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                           f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
        for name, spec in SPECS.items():
            text = inject(text, name, spec)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh30", "--headless", "--convert-to",
                        "doc:MS Word 97", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".doc"), os.path.join(OUT_DIR, NAME + ".doc"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".doc"))


if __name__ == "__main__":
    main()
