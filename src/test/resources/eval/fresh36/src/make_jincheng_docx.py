#!/usr/bin/env python3
"""Write fresh36/jincheng-gongzuo-yaodian.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh36/src && python3 make_jincheng_docx.py

New shape of this round: per region, **(a) a city's yearly 产教融合工作要点** (numbered tasks, each ending with its 责任单位 in
parentheses, the lead unit marked, quarter-based 完成时限, quantified targets, a 附件 task table) and **(b) a 政策图解 / “一图读懂”
page about the same 工作要点 as a government portal publishes it** (the text-only version of an infographic). This is part (a) of
the dev pair: 晋城市产教融合工作领导小组办公室关于印发《晋城市2026年产教融合工作要点》的通知 (晋市产教办〔2026〕2号, 2026年2月27日).
This script writes jincheng-gongzuo-yaodian.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头, 文号 over a red rule,
title, 主送, text, contacts, 落款, then from a new page the 工作要点 with bold headings 一、…三、, （一）…（六）, tasks 1．…20．
as literal text, each ending `（责任单位：lead★、…）`), makes the flat ODT with make_fodt.py, puts **the 附件 task table** T1
(序号 / 重点任务 / 责任单位 / 完成时限, one row a task) in with ../../tools/fodt_table.py (unchanged), the note in the meta
(docProps/core.xml) and converts with `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile).

TASKS, BASE, TARGETS, FUND are read by ../check_fresh36.py (task text ↔ table, one lead per task, 累计 = 基数 + 新增, the fund's items
adding up to its total, the 图解's numbers found in this document).
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

NAME = "jincheng-gongzuo-yaodian"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh36"
LEAD = "★"
TITLE = "晋城市2026年产教融合工作要点"
ISSUER = "晋城市产教融合工作领导小组办公室"
DOC_NO = "晋市产教办〔2026〕2号"
DATE = "2026年2月27日"
# 截至2025年底 (基数) and 2026 (新增 → 累计)
BASE = {"产教融合型企业": (37, 15, 52), "实训基地": (11, 4, 15)}
# the 专项资金 and its items (万元)
FUND = (4800, [("实训基地建设补助", 800), ("产业学院建设补助", 300), ("产教融合型企业奖励", 450), ("职工技能培训补贴", 2600),
               ("“双师型”教师培养培训", 650)])
SECTIONS = ["（一）推动市域产教联合体实体化运行", "（二）深化校企协同育人", "（三）建设高水平实训基地", "（四）培育产教融合型企业",
            "（五）提升技术技能人才供给质量", "（六）强化组织保障"]
# (section index, title, text, units (lead first), 完成时限, 重点任务 cell of the table)
TASKS = [
    (0, "健全联合体运行机制",
     "晋城光机电产业市域产教联合体由晋城经济技术开发区、晋城丹河职业技术学院和晋城华晖光机电集团有限公司共同牵头组建。第一季度召开"
     "联合体理事会年度会议，审议年度工作计划和经费预算，建立理事会、秘书处、专门工作委员会三级运行架构。",
     ["晋城开发区管委会", "市教育局", "市发展改革委"], "2026年第一季度", "召开联合体理事会年度会议，建立三级运行架构"),
    (0, "建设产教资源共享平台",
     "6月底前建成联合体产教资源共享平台并上线运行，归集企业技术需求、院校专业设置、实训设备和岗位需求信息不少于500条，实现校企供需"
     "在线对接。",
     ["市工信局", "晋城开发区管委会", "市教育局"], "2026年6月底前", "建成产教资源共享平台，归集信息不少于500条"),
    (0, "组建行业产教融合共同体",
     "围绕煤层气和智能铸造产业，由龙头企业和职业院校联合组建行业产教融合共同体2个，每个共同体吸纳成员单位不少于20家。",
     ["市教育局", "市能源局", "市工信局"], "2026年第三季度", "组建煤层气、智能铸造行业产教融合共同体2个"),
    (1, "扩大订单培养规模",
     "支持职业院校与重点企业联合开设订单班、冠名班60个，招收学生1800人，订单班毕业生到合作企业就业的比例不低于70%。",
     ["市教育局", "市人社局"], "2026年9月底前", "开设订单班、冠名班60个，招收学生1800人"),
    (1, "推进学徒制培养",
     "在光电信息、机电一体化等专业遴选现代学徒制试点专业10个；支持企业开展企业新型学徒制培训1500人。",
     ["市人社局", "市教育局", "市总工会"], "全年持续推进", "遴选现代学徒制试点专业10个，企业新型学徒制培训1500人"),
    (1, "共建产业学院",
     "围绕主导产业新建市级产业学院3个，每个给予一次性建设补助100万元。",
     ["市教育局", "市财政局", "市工信局"], "2026年第四季度", "新建市级产业学院3个"),
    (1, "加强“双师型”教师队伍建设",
     "选派200名专业课教师到企业实践，聘请300名企业技术骨干、能工巧匠担任兼职教师，职业院校“双师型”教师占专业课教师的比例达到60%。",
     ["市教育局", "市人社局"], "2026年12月底前", "教师企业实践200名，聘请兼职教师300名"),
    (1, "规范学生实习管理",
     "严格落实职业学校学生实习管理有关规定，实习学生责任保险实现全覆盖，第二季度、第四季度各开展1次实习专项检查。",
     ["市教育局", "市人社局", "市市场监管局"], "2026年第四季度", "实习学生责任保险全覆盖，开展实习专项检查2次"),
    (2, "认定市级产教融合实训基地",
     "第三季度完成市级产教融合实训基地认定工作，新认定4个。对新认定的实训基地，按设备投入的30%给予补助，单个基地补助最高不超过200万元。",
     ["市发展改革委", "市财政局", "市教育局"], "2026年第三季度", "新认定市级产教融合实训基地4个"),
    (2, "推动实训基地开放共享",
     "市级产教融合实训基地面向中小微企业和社会人员开放，每个基地年开展社会培训不少于500人次。",
     ["市人社局", "市发展改革委"], "全年持续推进", "每个基地年开展社会培训不少于500人次"),
    (2, "争取上级资金支持",
     "做好产教融合项目储备，第二季度完成2027年中央预算内投资项目申报，全年争取上级资金不少于3000万元。",
     ["市发展改革委", "市教育局", "市财政局"], "2026年第二季度", "完成2027年中央预算内投资项目申报"),
    (3, "扩大产教融合型企业规模",
     "第二季度启动2026年度市级产教融合型企业申报，第四季度完成认定，新培育市级产教融合型企业15家；择优推荐5家企业申报省级产教融合型"
     "企业。",
     ["市发展改革委", "市教育局", "市工信局", "市人社局"], "2026年第四季度", "新培育市级产教融合型企业15家，推荐5家申报省级"),
    (3, "落实组合式激励政策",
     "对新认定的市级产教融合型企业给予一次性奖励30万元。落实产教融合型企业兴办职业教育的投资符合规定的，可按投资额的30%抵免该企业"
     "当年应缴教育费附加和地方教育附加的政策。",
     ["市财政局", "市税务局", "市发展改革委"], "全年持续推进", "落实一次性奖励和教育费附加抵免政策"),
    (3, "加强金融支持",
     "引导银行机构开发“产教融合贷”专属信贷产品，全年新增产教融合领域贷款不少于5亿元。",
     ["人行晋城市分行", "市委金融办", "市发展改革委"], "2026年12月底前", "新增产教融合领域贷款不少于5亿元"),
    (3, "实施动态管理",
     "建立市级产教融合型企业年度评价制度，11月底前完成年度评价，评价不合格的移出市级产教融合型企业名单。",
     ["市发展改革委", "市教育局"], "2026年11月底前", "完成市级产教融合型企业年度评价"),
    (4, "优化专业布局",
     "对接产业需求，新增光电信息技术、智能铸造技术等专业8个，停招与产业需求不匹配的专业5个，6月底前完成2026年招生专业调整。",
     ["市教育局", "市人社局", "市发展改革委"], "2026年6月底前", "新增专业8个，停招专业5个"),
    (4, "开展大规模职业技能培训",
     "全年开展企业职工技能培训3.2万人次，新增高技能人才4000人。",
     ["市人社局", "市总工会", "市财政局"], "2026年12月底前", "企业职工技能培训3.2万人次，新增高技能人才4000人"),
    (4, "促进毕业生本地就业",
     "举办校企供需对接活动不少于10场，全市职业院校毕业生本地就业率达到58%以上。",
     ["市人社局", "市教育局"], "2026年12月底前", "举办校企供需对接活动不少于10场"),
    (5, "加大资金投入",
     "市级财政安排产教融合专项资金4800万元，其中实训基地建设补助800万元、产业学院建设补助300万元、产教融合型企业奖励450万元、"
     "职工技能培训补贴2600万元、“双师型”教师培养培训650万元。地方教育附加用于职业教育的比例不低于30%。",
     ["市财政局", "市教育局"], "2026年第一季度", "下达产教融合专项资金4800万元"),
    (5, "强化督促落实",
     "将产教融合工作纳入对县（市、区）人民政府履行教育职责评价内容。市产教融合工作领导小组办公室每季度调度1次工作进展，年底前遴选发布"
     "产教融合典型案例10个。",
     ["市发展改革委", "市政府教育督导室", "市教育局"], "2026年12月底前", "每季度调度1次，遴选发布典型案例10个"),
]
TARGETS = ("截至2025年底，全市共有市级产教融合型企业37家、市级产教融合实训基地11个。2026年主要目标是：晋城光机电产业市域产教联合体"
           "实现实体化运行，新组建行业产教融合共同体2个；新培育市级产教融合型企业15家，累计达到52家；新认定市级产教融合实训基地4个，"
           "累计达到15个；校企联合开设订单班、冠名班60个，招收学生1800人；开展企业职工技能培训3.2万人次；全市职业院校毕业生本地就业率"
           "达到58%以上；市级财政安排产教融合专项资金4800万元。")


def units_text(units):
    return "、".join(u + (LEAD if k == 0 else "") for k, u in enumerate(units))


def task_line(n, t):
    _, title, text, units, _, _ = t
    return f"{n}．{title}。{text}（责任单位：{units_text(units)}）"


def table_rows():
    rows = [["序号", "重点任务", "责任单位", "完成时限"]]
    for n, (_, title, _, units, due, cell) in enumerate(TASKS, 1):
        rows.append([str(n), f"{title}：{cell}", units_text(units), due])
    return rows


T1 = {"widths": [1.1, 7.5, 4.6, 2.6], "head": 1, "size": 10, "rows": table_rows()}
TABLES = {"T1": T1}


def source():
    o = [f"% {NOTE} — fresh36 dev 工作要点 (written by make_jincheng_docx.py: ../../tools/make_fodt.py + the task table T1 by "
         "fodt_table.py)",
         f"@red {ISSUER}", "@blank", f"@c {DOC_NO}", "@redhr",
         f"@title {ISSUER}关于印发《{TITLE}》的通知",
         "@n 各县（市、区）人民政府，市产教融合工作领导小组各成员单位，市直有关单位，各有关院校、企业：",
         f"《{TITLE}》已经市产教融合工作领导小组2026年第1次全体会议审议通过，现印发给你们，请结合实际认真抓好落实。",
         "各牵头单位要会同配合单位细化工作措施，明确进度安排，于每季度最后一个月的25日前将工作进展情况报送市产教融合工作领导小组办公室"
         "（设在市发展和改革委员会），全年工作总结于2026年12月20日前报送。",
         "联系人：市发展改革委社会发展科　秦文博，电话：0356-2087316；市教育局职业教育与成人教育科　郝雪萍，电话：0356-2029854。",
         "@blank", f"@r {ISSUER}", f"@r {DATE}", "@n （此件公开发布）",
         "@pb", f"@title {TITLE}",
         "2026年是“十五五”开局之年。为深入贯彻《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），坚持以产兴教、以教促产，"
         "以市域产教联合体建设为牵引，推动教育链、人才链与产业链、创新链有机衔接，为全市光机电、煤层气、智能铸造等产业转型发展提供"
         "技术技能人才支撑，制定本工作要点。各项任务中标注“★”的为牵头单位，其他为配合单位。",
         "**一、主要目标**", TARGETS, "**二、重点任务**"]
    sec = None
    for n, t in enumerate(TASKS, 1):
        if t[0] != sec:
            sec = t[0]
            o.append(f"**{SECTIONS[sec]}**")
        o.append(task_line(n, t))
    o += ["**三、工作要求**",
          "各牵头单位要切实履行牵头职责，主动对接配合单位，确保各项任务按期完成；配合单位要按照职责分工积极支持配合。市产教融合工作领导小组"
          "办公室对重点任务实行清单化管理，对进度滞后的任务及时提醒督促，并将任务完成情况作为年度产教融合工作评价的重要依据。",
          "@blank", "@n 附件：晋城市2026年产教融合重点任务分解表",
          "@pb", "@n **附件**", "@title 晋城市2026年产教融合重点任务分解表", "@n [[TABLE:T1]]",
          "@n 注：标注“★”的为牵头单位。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：晋城市为真实地名，文号、目标任务、金额、院校、企业、人员和电话均为虚构，仅用于问答系统"
          "评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, tables, src_text):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the tables put in by fodt_table.py, the note
    in dc:subject and dc:description."""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
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
        path = fodt(tmp, NAME, TABLES, source())
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
