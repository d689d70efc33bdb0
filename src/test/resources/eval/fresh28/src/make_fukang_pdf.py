#!/usr/bin/env python3
"""Write fresh28/fukang-jixiao-zipingbaogao.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice.

    cd fresh28/src && python3 make_fukang_pdf.py

New shape of this round: a **项目绩效自评报告** (阜康市人力资源和社会保障局2026年度校企合作奖补资金项目绩效自评报告, 落款
2027年4月10日): fukang-jixiao-zipingbaogao.src.txt (markup of ../../tools/make_fodt.py, unchanged) → flat ODT (.fodt, in a
temporary folder) → the 自评表 (a bordered table, 9.5pt, alone on a landscape page (`@landscape`; the text after it back on portrait pages), with row spans for 一级 / 二级指标 and column spans for the 预算执行率 and
合计 rows: fodt_table.py) put at `[[TABLE:ZPB]]`, the note added to the meta (dc:subject, dc:description → the PDF's Subject)
→ `soffice --headless --convert-to pdf` (private profile). Pages numbered `— N —` (make_fodt's footer).
Parts: 一、项目基本情况 (立项依据 with 国办发〔2017〕95号 and the city 办法 阜人社发〔2025〕47号, 资金来源, 预算 600万元 = 财政拨款
480万元 + 其他资金 120万元, 到位 558万元, 支出 531.2万元, 执行率 88.53%), 二、绩效目标完成情况 (the 自评表), 三、自评结论
(88.99分, 良), 四、存在的问题, 五、下一步改进措施 (dates, 责任单位), 六、结果应用 (公开, 2027年度预算 530万元 → 460万元),
contact, 落款, the note.
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
NAME = "fukang-jixiao-zipingbaogao"
NOTE = "虚构测试文档，非真实政策"
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [
    ["预算执行率", "<", "<", "100%", "88.53%", "10", "8.85", "企业配套投入到位不足"],
    ["产出指标", "数量指标", "获得奖补的合作企业数量", "≥20家", "22家", "6", "6", "—"],
    ["^", "^", "企业接收实习学生人数", "≥450人", "376人", "6", "5.01", "部分企业冬季停产"],
    ["^", "^", "校企联合培训人次", "≥1500人次", "1630人次", "6", "6", "—"],
    ["^", "^", "新建校企共建实训基地数量", "≥3个", "1个", "6", "2", "2家企业场地未落实"],
    ["^", "质量指标", "奖补资金审核准确率", "=100%", "100%", "5", "5", "—"],
    ["^", "^", "实习岗位专业对口率", "≥80%", "83.6%", "5", "5", "—"],
    ["^", "时效指标", "奖补资金拨付完成时间", "2026年11月底前", "2026年12月20日", "3", "2", "企业补正材料用时长"],
    ["^", "^", "资金拨付及时率", "≥95%", "91.2%", "3", "2.88", "同上"],
    ["成本指标", "经济成本指标", "单家企业年度奖补金额", "≤25万元", "最高23.6万元", "5", "5", "—"],
    ["^", "^", "企业接收实习学生奖补标准", "≤1500元/人", "1500元/人", "5", "5", "—"],
    ["效益指标", "社会效益指标", "合作企业留用实习学生人数", "≥120人", "87人", "10", "7.25", "留用激励不足"],
    ["^", "^", "带动企业职工技能提升人次", "≥600人次", "655人次", "10", "10", "—"],
    ["^", "可持续影响指标", "签订3年以上校企合作协议的企业数", "≥15家", "16家", "10", "10", "—"],
    ["满意度指标", "服务对象满意度指标", "合作企业满意度", "≥90%", "92.3%", "5", "5", "—"],
    ["^", "^", "实习学生满意度", "≥90%", "86.7%", "5", "4", "部分岗位技术含量低"],
    ["合计", "<", "<", "<", "<", "100", "88.99", "自评等级：良"],
]
SPEC = {"widths": [2.2, 3.4, 5.6, 3.2, 3.2, 1.1, 1.2, 4.8], "rows": [HEAD] + ROWS, "head": 1, "size": 9.5}
# the 自评表 on a landscape page of its own (make_fodt's `@landscape`): its caption centred, and the paragraph after the
# table (三、自评结论) back on a portrait page (master page "Standard")
PAGE_STYLES = """ <style:style style:name="CenterLS" style:family="paragraph" style:parent-style-name="Center" style:master-page-name="Landscape"/>
 <style:style style:name="NoIndentPT" style:family="paragraph" style:parent-style-name="NoIndent" style:master-page-name="Standard"/>
"""


def check_scores():
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
        text = text.replace("</office:automatic-styles>", PAGE_STYLES + "</office:automatic-styles>", 1)
        n0 = text.count('<text:p text:style-name="NoIndentLS">')
        text = text.replace('<text:p text:style-name="NoIndentLS">', '<text:p text:style-name="CenterLS">', 1)
        after = '<text:p text:style-name="NoIndent"><text:span text:style-name="B">三、自评结论</text:span></text:p>'
        assert n0 == 1 and text.count(after) == 1
        text = text.replace(after, after.replace('"NoIndent"', '"NoIndentPT"', 1))
        open(fodt, "w", encoding="utf-8").write(text)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-fresh28", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp, fodt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
