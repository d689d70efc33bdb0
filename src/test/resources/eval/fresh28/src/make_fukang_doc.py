#!/usr/bin/env python3
"""Write fresh28/fukang-jixiao-mubiao.doc (虚构测试文档，非真实政策): a Word 97 file written by LibreOffice.

    cd fresh28/src && python3 make_fukang_doc.py

New shape of this round: a **项目支出绩效目标表** (阜康市人力资源和社会保障局, 2026年度, 校企合作奖补资金) as the 部门预算
attachment a 预算公开 page links to: fukang-jixiao-mubiao.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat ODT
(.fodt, in a temporary folder) → two real tables put at `[[TABLE:XM]]` (the form: 项目名称, 主管部门 / 实施单位, 项目属性 /
项目期, 项目负责人 / 联系电话, 年度资金总额 / 项目期资金总额, 财政拨款 / 其他资金, 项目主要内容, 奖补标准,
资金使用范围, 中期目标, 年度总体目标 1.–3.; label cells bold, value
cells spanning columns) and `[[TABLE:ZB]]` (一级指标 / 二级指标 / 三级指标 / 指标值, 一级 and 二级 cells spanning rows) by
fodt_table.py, the note added to the meta (dc:subject, dc:description → the .doc's SummaryInformation) →
`soffice --headless --convert-to doc:"MS Word 97"` (private profile).
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
NAME = "fukang-jixiao-mubiao"
NOTE = "虚构测试文档，非真实政策"
GOALS = ["1.对与职业院校开展合作的企业给予奖补，全年奖补合作企业20家以上，合作企业接收实习学生450人以上。",
         "2.开展校企联合培训1500人次以上，新建校企共建实训基地3个，实习岗位专业对口率达到80%以上。",
         "3.奖补资金于2026年11月底前拨付完毕，合作企业留用实习学生120人以上，带动企业职工技能提升600人次以上。"]
XM = [
    ["项目名称", "校企合作奖补资金", "<", "<"],
    ["主管部门", "阜康市人力资源和社会保障局", "实施单位", "阜康市人力资源和社会保障局、阜康市教育局"],
    ["项目属性", "新增项目", "项目期", "2年（2026年1月—2027年12月）"],
    ["项目负责人", "马建新", "联系电话", "0994-3221764"],
    ["年度资金总额", "600万元", "项目期资金总额", "1130万元"],
    ["其中：财政拨款", "480万元", "其他资金", "120万元"],
    ["项目主要内容", "对接收职业院校学生实习、与职业院校开展校企联合培训、共建实训基地的合作企业给予奖补，由市人力资源和社会保障局会同市教育局组织实施。",
     "<", "<"],
    ["奖补标准", "企业接收实习学生按每人不超过1500元给予奖补，单家企业年度奖补金额不超过25万元。", "<", "<"],
    ["资金使用范围", "用于合作企业接收实习学生奖补、校企联合培训奖补和共建实训基地奖补，不得用于企业日常经营支出。", "<", "<"],
    ["中期目标（2026—2027年）", "累计奖补合作企业40家以上，新建校企共建实训基地5个，企业接收实习学生1000人以上。", "<", "<"],
    ["年度总体目标", "<br>".join(GOALS), "<", "<"],
]
ZB = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "获得奖补的合作企业数量", "≥20家"],
    ["^", "^", "企业接收实习学生人数", "≥450人"],
    ["^", "^", "校企联合培训人次", "≥1500人次"],
    ["^", "^", "新建校企共建实训基地数量", "≥3个"],
    ["^", "质量指标", "奖补资金审核准确率", "=100%"],
    ["^", "^", "实习岗位专业对口率", "≥80%"],
    ["^", "时效指标", "奖补资金拨付完成时间", "2026年11月底前"],
    ["^", "^", "资金拨付及时率", "≥95%"],
    ["成本指标", "经济成本指标", "单家企业年度奖补金额", "≤25万元"],
    ["^", "^", "企业接收实习学生奖补标准", "≤1500元/人"],
    ["效益指标", "社会效益指标", "合作企业留用实习学生人数", "≥120人"],
    ["^", "^", "带动企业职工技能提升人次", "≥600人次"],
    ["^", "可持续影响指标", "签订3年以上校企合作协议的企业数", "≥15家"],
    ["满意度指标", "服务对象满意度指标", "合作企业满意度", "≥90%"],
    ["^", "^", "实习学生满意度", "≥90%"],
]
SPECS = {"XM": {"widths": [2.8, 4.6, 2.8, 5.6], "rows": XM, "head": 0, "label": [0, 2]},
         "ZB": {"widths": [2.6, 3.4, 6.4, 3.4], "rows": ZB, "head": 1}}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".src.txt")
        shutil.copyfile(os.path.join(HERE, NAME + ".src.txt"), src)
        subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
        fodt = os.path.join(tmp, NAME + ".fodt")
        text = open(fodt, encoding="utf-8").read()
        text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                           f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
        for name, spec in SPECS.items():
            text = inject(text, name, spec)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh28", "--headless", "--convert-to",
                        "doc:MS Word 97", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".doc"), os.path.join(OUT_DIR, NAME + ".doc"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".doc"))


if __name__ == "__main__":
    main()
