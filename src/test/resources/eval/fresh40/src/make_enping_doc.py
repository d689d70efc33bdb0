#!/usr/bin/env python3
"""Write fresh40/enping-jiance-zhibiao.doc (虚构测试文档，非真实政策): a Word 97 file written by LibreOffice.

    cd fresh40/src && python3 make_enping_doc.py

New shape of this round: per region **(a) a 产教融合（或职业教育）监测评价指标体系 as published** — a short issuing notice (文号,
issuers, date, what it is for, how the results are used, 试行期 / 执行期, contact) and the 指标体系 itself as a table (一级指标 /
二级指标 / 指标解释或计算方法 / 数据来源 / 目标值 / 分值或权重 / 责任单位, about 20 rows, the 一级指标 cell merged over its rows),
with notes — **and (b) its 数据填报通知 / 填报说明** (who reports which indicator, which system, reporting periods and deadlines,
how the difficult indicators are computed with worked examples, 审核 steps, what happens on late or false data, contacts).
This is part (a) of the dev pair: 恩平市发展和改革局　恩平市教育局　恩平市人力资源和社会保障局关于印发《恩平市产教融合发展监测
评价指标体系（试行）》的通知 (恩发改〔2026〕23号, 2026年4月8日).

This script writes enping-jiance-zhibiao.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头 of the three issuers, 文号
over a red rule, title, 主送, the notice with bold lead-ins 一、…六、 as literal text, 附件 line, 落款; then from a new **landscape**
page the 附件 title and **the 指标体系 table** by make_fodt's `@table` (header row repeated; the 一级指标 cell spans its rows by
`^`), then 注 1．–5．, the imprint and the note), makes the flat ODT, puts the note in
the meta (→ the .doc's SummaryInformation: Subject / Comments) and converts with `soffice --headless --convert-to doc:"MS Word 97"`
(private profile).

ROWS, LEVEL1, ISSUERS, FACTS and the helpers (score(), by_level1(), …) are read by make_enping_md.py (the 填报通知 refers to the
indicators by number and name, and its examples use the 目标值 and 分值 of the rows) and by ../check_fresh40.py.
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

NAME = "enping-jiance-zhibiao"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh40"
CITY = "恩平市"
ISSUERS = ["恩平市发展和改革局", "恩平市教育局", "恩平市人力资源和社会保障局"]
DOC_NO = "恩发改〔2026〕23号"
DATE = "2026年4月8日"
SYSTEM = "恩平市产教融合发展监测评价指标体系（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{SYSTEM}》的通知"
START = "2026年5月1日"
TRIAL = "试行期2年"
HEAD = ["序号", "一级指标", "二级指标", "指标解释及计算方法", "数据来源", "2026年目标值", "分值", "责任单位"]
EDU, NDRC, HRSS, FIN = "市教育局", "市发展和改革局", "市人力资源和社会保障局", "市财政局"
# (一级指标, 二级指标, 指标解释及计算方法, 数据来源, 2026年目标值, 分值, 责任单位)
ROWS = [
    ("产教融合基础", "校企合作企业数", "与职业院校、技工院校签订合作协议，并在监测年度内开展接收实习、共建课程、订单培养、捐赠设备等至少一项"
     "实质性合作的企业数量，同一企业只计1次", "院校填报", "120家", 4, EDU),
    ("产教融合基础", "产教融合型企业数", "纳入省级及以上产教融合型企业建设培育范围的本市企业数量，按截至监测年度末的累计数计算", "部门提供",
     "8家", 4, NDRC),
    ("产教融合基础", "实训基地工位数", "院校与企业共建的实训基地（含校内生产性实训基地）可同时容纳学生实训的工位数", "院校填报", "1500个", 4,
     EDU),
    ("产教融合基础", "产业学院数", "院校与行业骨干企业共建、有独立运行机制的产业学院数量", "院校填报", "3个", 3, EDU),
    ("产教融合基础", "企业投入资金", "企业以现金、设备、场地等形式投入校企合作的资金总额，设备按账面净值计，场地按同地段市场租金折算",
     "企业填报", "2000万元", 5, NDRC),
    ("人才培养", "订单班学生占比", "订单班在校生数÷全日制在校生总数×100%", "院校填报", "15%", 5, EDU),
    ("人才培养", "现代学徒制学生数", "按现代学徒制培养、签订学徒培养协议的在校生人数", "院校填报", "300人", 4, EDU),
    ("人才培养", "“双师型”教师比例", "“双师型”教师数÷专任专业课教师数×100%", "院校填报", "55%", 5, EDU),
    ("人才培养", "企业兼职教师课时占比", "企业兼职教师承担的专业课课时÷专业课总课时×100%", "院校填报", "20%", 4, EDU),
    ("人才培养", "职业技能等级证书获取率", "当年毕业生中取得职业技能等级证书或职业资格证书的人数÷当年毕业生人数×100%", "部门提供", "80%", 4,
     HRSS),
    ("人才培养", "岗位实习对口率", "实习岗位与所学专业对口的学生数÷参加岗位实习的学生数×100%", "院校填报", "75%", 3, EDU),
    ("服务产业", "毕业生本地就业率", "在恩平市内就业的毕业生数÷当年就业的毕业生数×100%，升学、参军的毕业生不计入分母", "院校填报", "45%", 6,
     HRSS),
    ("服务产业", "毕业生对口就业率", "从事与所学专业对口工作的毕业生数÷当年就业的毕业生数×100%", "院校填报", "70%", 4, HRSS),
    ("服务产业", "企业职工培训人次", "院校面向企业在岗职工开展技能培训的人次，同一人参加多个培训项目的分别计算", "院校填报", "6000人次", 5,
     HRSS),
    ("服务产业", "技术服务到账金额", "院校为企业提供技术开发、技术咨询和技术服务，在监测年度内实际到账的收入", "院校填报", "300万元", 5, EDU),
    ("服务产业", "重点产业专业覆盖率", "对接本市重点产业的专业数÷开设专业总数×100%", "院校填报", "70%", 5, EDU),
    ("保障措施", "产教融合专项资金", "市财政在监测年度内安排的产教融合专项资金", "部门提供", "800万元", 5, FIN),
    ("保障措施", "奖补资金兑现率", "已兑现的产教融合奖补资金÷应兑现的奖补资金×100%", "部门提供", "95%", 5, FIN),
    ("保障措施", "校企合作项目按期完成率", "按协议约定期限完成的校企合作项目数÷应完成的项目数×100%", "院校填报", "90%", 4, NDRC),
    ("保障措施", "数据填报及时率", "按期完成填报的单位数÷应填报的单位数×100%", "平台生成", "100%", 4, NDRC),
    ("社会评价", "企业评价优良率", "抽样测评中对毕业生综合评价为“优良”的企业数÷参评企业数×100%", "抽样测评", "90%", 6, HRSS),
    ("社会评价", "实习实训安全责任事故数", "学生实习实训期间发生的安全责任事故起数", "部门提供", "0起", 6, EDU),
]
LEVEL1 = list(dict.fromkeys(r[0] for r in ROWS))
REVERSE = [22]          # 逆向指标 (序号)
DEDUCT = 3              # 逆向指标: 每发生1起扣3分
LEVELS = [("优秀", "90分及以上"), ("良好", "75分（含）至90分"), ("合格", "60分（含）至75分"), ("不合格", "60分以下")]
CONTACT = ("市发展和改革局社会发展股", "梁颖芝", "0750-7713826")
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "system": SYSTEM, "start": f"自{START}起试行", "trial": TRIAL,
    "phones": [CONTACT[2]],
    "formula": "正向指标得分＝分值×监测值÷目标值",
    "full": "监测值达到或超过目标值的，按该项分值计分",
    "reverse": f"第22项为逆向指标，每发生1起扣{DEDUCT}分，扣完为止",
    "year": "监测年度为每年1月1日至12月31日",
    "report": "每年4月底前形成上一年度监测报告",
}


def points(rows=ROWS):
    return sum(r[5] for r in rows)


def by_level1(l1):
    return [r for r in ROWS if r[0] == l1]


def row(n):
    """the row of 序号 n (1-based)"""
    return ROWS[n - 1]


def number(s):
    """the number of a 目标值 ('120家' → 120.0, '15%' → 15.0)"""
    import re
    return float(re.match(r"[\d.]+", s).group())


def score(n, value):
    """the score of indicator n for a 监测值 (a number in the unit of its 目标值): 分值×监测值÷目标值, at most 分值"""
    r = row(n)
    return min(r[5], r[5] * value / number(r[4]))


def level_sentence():
    return "，".join(f"{b}为{a}" for a, b in LEVELS)


def table_rows():
    out = []
    prev = None
    for i, r in enumerate(ROWS, 1):
        l1 = "^" if r[0] == prev else f"{r[0]}（{points(by_level1(r[0]))}分）"
        prev = r[0]
        out.append([str(i), l1, r[1], r[2], r[3], r[4], str(r[5]), r[6]])
    return out


def source():
    parts = "、".join(f"{l}{points(by_level1(l))}分" for l in LEVEL1)
    o = [f"% {NOTE} — fresh40 dev 监测评价指标体系 (written by make_enping_doc.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各镇人民政府、街道办事处，市直有关单位，各职业院校、技工院校，各有关企业：",
          "为全面掌握我市产教融合发展状况，推动校企合作提质增效，市发展和改革局会同市教育局、市人力资源和社会保障局研究制定了"
          f"《{SYSTEM}》（以下简称《指标体系》），现印发给你们，并就有关事项通知如下。",
          "**一、监测对象和用途。**《指标体系》用于对全市产教融合发展情况开展年度监测评价，监测范围包括全市职业院校、技工院校，与院校"
          f"开展合作的企业和市直有关部门。市发展和改革局{FACTS['report']}，报市人民政府，监测评价结果作为市级产教融合专项资金安排和"
          "责任单位年度绩效考核的重要依据。",
          f"**二、指标构成。**《指标体系》设一级指标{len(LEVEL1)}个、二级指标{len(ROWS)}个，满分{points()}分，其中{parts}。"
          "每项二级指标明确了指标解释及计算方法、数据来源、2026年目标值、分值和责任单位。",
          f"**三、计分和等次。**{FACTS['formula']}，{FACTS['full']}；逆向指标按扣分计算。各项得分相加为总分，"
          f"{level_sentence()}。",
          "**四、数据填报。**各填报单位通过恩平市产教融合监测平台填报数据，填报时间、填报口径和审核要求由市发展和改革局另行通知。"
          "各责任单位要指定专人负责本单位牵头指标的数据核查，确保数据真实、准确、完整。",
          f"**五、试行期限。**《指标体系》{FACTS['start']}，{TRIAL}。试行期间，市发展和改革局可根据监测情况对个别指标和目标值提出调整"
          "意见，报市人民政府同意后执行。",
          f"**六、联系方式。**{CONTACT[0]}，联系人：{CONTACT[1]}，电话：{CONTACT[2]}。",
          "@blank",
          f"@n 附件：{SYSTEM}",
          "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件主动公开）",
          "@landscape", "@n **附件**", f"@title {SYSTEM}",
          "@table 1.1 2.8 3.4 7.6 2.0 2.2 1.3 3.6"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o += ["@endtable",
          f"@n 注：1．指标性质：第22项“实习实训安全责任事故数”为逆向指标，其余21项为正向指标；各项分值合计{points()}分。",
          f"@n 2．计分方法：{FACTS['formula']}，{FACTS['full']}；{FACTS['reverse']}。",
          "@n 3．比例类指标以百分数表示，保留1位小数；金额类指标以万元计，保留2位小数。",
          f"@n 4．{FACTS['year']}；第2项为截至监测年度末的累计数，其余指标均为监测年度内的数据。",
          "@n 5．目标值为2026年度目标值，2027年度目标值由市发展和改革局会同责任单位根据2026年监测结果另行提出。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：恩平市为真实地名，文号、指标、目标值、分值、人员和电话均为虚构，仅用于问答系统评测。"
          "虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, src_text):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the note in dc:subject and dc:description."""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
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
        path = fodt(tmp, NAME, source())
        convert(path, "doc:MS Word 97", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".doc"), os.path.join(OUT_DIR, NAME + ".doc"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".doc"))


if __name__ == "__main__":
    main()
