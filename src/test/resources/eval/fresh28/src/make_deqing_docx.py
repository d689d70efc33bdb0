#!/usr/bin/env python3
"""Write fresh28/deqing-jixiao-zipingbaogao.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh28/src && python3 make_deqing_docx.py

New shape of this round: a **项目绩效自评报告** (德清县教育局2026年度产教融合实训基地建设专项资金项目绩效自评报告, 落款
德清县教育局 2027年3月18日): deqing-jixiao-zipingbaogao.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat ODT
(.fodt, in a temporary folder) → the 自评表 (a real table with row spans for 一级 / 二级指标 and column spans for the
预算执行率 and 合计 rows: fodt_table.py) put at `[[TABLE:ZPB]]`, the note added to the meta (dc:subject, dc:description →
docProps/core.xml) → `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).
Parts: 一、项目基本情况 (立项依据 with 国办发〔2017〕95号 and the county 办法 德教发〔2025〕12号, 资金来源, 预算 860万元 = 财政拨款
720万元 + 其他资金 140万元, 到位 812万元, 支出 776.5万元, 执行率 90.29%), 二、绩效目标完成情况 (the 自评表: 年度指标值 / 实际完成值
/ 分值 / 得分 / 偏差原因分析及改进措施), 三、自评结论 (91.63分, 优), 四、存在的问题, 五、下一步改进措施 (dates, 责任单位), 六、结果应用
(公开, 2027年度财政拨款 720万元 → 680万元), contact, 落款, the note.
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
NAME = "deqing-jixiao-zipingbaogao"
NOTE = "虚构测试文档，非真实政策"
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [
    ["预算执行率", "<", "<", "100%", "90.29%", "10", "9.03", "合作企业投入未足额到位，已督促补足"],
    ["产出指标", "数量指标", "新建校企合作实训基地数量", "≥5个", "5个", "8", "8", "—"],
    ["^", "^", "改造提升实训室数量", "≥8间", "6间", "6", "4.5", "2间实训室设备采购两次流标，2027年5月底前完成"],
    ["^", "^", "参训学生人次", "≥1200人次", "1386人次", "6", "6", "—"],
    ["^", "^", "企业接收实习学生人数", "≥300人", "268人", "6", "5.36", "部分合作企业生产任务调整，实习岗位减少"],
    ["^", "质量指标", "学生职业技能等级证书获取率", "≥85%", "88.6%", "5", "5", "—"],
    ["^", "时效指标", "实训基地建成投用时间", "2026年10月底前", "4个按期投用，汽车维修实训基地2026年12月15日投用", "5", "4",
     "场地改造施工推迟"],
    ["^", "^", "资金拨付及时率", "≥90%", "93.5%", "4", "4", "—"],
    ["成本指标", "经济成本指标", "单个实训基地平均建设补助", "≤100万元", "92.6万元", "5", "5", "—"],
    ["^", "^", "生均实训耗材费用", "≤400元", "438元", "5", "3", "耗材价格上涨；2027年起耗材集中采购"],
    ["效益指标", "社会效益指标", "合作企业录用实习毕业生人数", "≥120人", "131人", "10", "10", "—"],
    ["^", "^", "企业职工技能培训人次", "≥500人次", "412人次", "10", "8.24", "培训时间与企业生产旺季冲突，部分班次取消"],
    ["^", "可持续影响指标", "签订3年以上校企合作协议的企业数", "≥5家", "5家", "10", "10", "—"],
    ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "94.2%", "5", "5", "—"],
    ["^", "^", "合作企业满意度", "≥90%", "87.5%", "5", "4.5", "企业反映实训设备开放时间不足"],
    ["合计", "<", "<", "<", "<", "100", "91.63", "自评等级：优"],
]
SPEC = {"widths": [1.5, 1.7, 3.2, 1.9, 2.4, 0.9, 1.1, 3.3], "rows": [HEAD] + ROWS, "head": 1, "size": 9}


def check_scores():
    """分值 add up to 100, 得分 to the total in the table."""
    vals = [r for r in ROWS if r[0] != "合计"]
    assert abs(sum(float(r[5]) for r in vals) - 100) < 1e-9
    assert abs(sum(float(r[6]) for r in vals) - float(ROWS[-1][6])) < 1e-9, sum(float(r[6]) for r in vals)


def main():
    check_scores()
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".src.txt")
        shutil.copyfile(os.path.join(HERE, NAME + ".src.txt"), src)
        subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
        fodt = os.path.join(tmp, NAME + ".fodt")
        text = open(fodt, encoding="utf-8").read()
        text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                           f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
        text = inject(text, "ZPB", SPEC)
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh28", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
