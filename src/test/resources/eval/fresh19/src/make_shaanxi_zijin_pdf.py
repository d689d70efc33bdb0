#!/usr/bin/env python3
"""Write fresh19/shaanxi-zijin-tongzhi.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from an ODT.

    cd fresh19/src && python3 make_shaanxi_zijin_pdf.py

Copied from fresh18/src/make_guyuan_fangan_pdf.py (same path): shaanxi-zijin-tongzhi.src.txt (markup of
../../tools/make_fodt.py, unchanged) → flat ODT (.fodt, in a temporary folder; the note added to its meta) →
`soffice --headless --convert-to pdf`. The province's 财政厅 + 教育厅 notice 关于下达2026年产教融合专项资金（第一批）的通知:
page 1 (portrait) red head (two issuing bodies), 文号 over a red rule, title, addressee, 依据 (an earlier 管理办法 cited by
title and 文号), the total and the amount per city, 一、资金使用要求 (专款专用, 不得用于…, 30日内 分解下达, 采购 deadline),
二、绩效管理, 三、执行期限和结转, 四、资金清算 (two dates), 五、监督管理, 六、联系方式 (two people and phones), 附件 list,
落款, 公开 line; then **landscape pages**: 附件1 the allocation table (序号 / 地区（市） / 单位或项目名称 / 项目类别 /
金额（万元） / 备注; 29 project rows, a 小计 row per 地区 and a 合计 row, cells spanning three columns), **crossing a page
break with the header row repeated**; 附件2 the 绩效目标表 (7 indicators); imprint line and the note; footer `— N —`.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")
NAME = "shaanxi-zijin-tongzhi"
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
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
