#!/usr/bin/env python3
"""Write fresh37/yining-shenbaoshu.doc (虚构测试文档，非真实政策): a Word 97–2003 file written by LibreOffice.

    cd fresh37/src && python3 make_yining_doc.py

New shape of this round: per region, **(a) a blank 申报书 form template** as a notice issues it in an attachment (cover page,
填报说明, labelled form tables with ☐ checkboxes, an 投资预算表 with 合计, a 绩效目标表, 推荐 / 审核意见 boxes for 盖章, a 承诺书 and an
附件材料清单) and **(b) a 填报答疑** (《关于…申报工作常见问题的解答》, 问： / 答： pairs) about the same 申报. This is part (a) of the
dev pair: 伊宁市2026年市级产教融合实训基地申报书 (附件1 of 伊市发改社会〔2026〕18号, 编制 伊宁市发展和改革委员会 and 伊宁市教育局,
二〇二六年四月).
This script writes yining-shenbaoshu.src.txt (markup of ../../tools/make_fodt.py, unchanged: cover, 填报说明 1．…12． as literal
text, section headings, the 承诺书, the 附件材料清单), makes the flat ODT with make_fodt.py, puts the six form tables T1…T6 in with
../../tools/fodt_table.py (unchanged; T1 / T3 / T6 without header row, T5 with row spans), the note in the meta (dc:subject →
the .doc's SummaryInformation) and converts with `soffice --headless --convert-to doc:"MS Word 97"` (private profile).

NOTES, CHECKBOXES, CONDITIONS, BUDGET, PERF, MATERIALS, FACTS are read by ../check_fresh37.py (numbering, the ☐ count, every
condition's 佐证材料 number pointing at the right 附件材料, the 答疑's restated facts equal to these).
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

NAME = "yining-shenbaoshu"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh37"
BOX = "☐"
TITLE = "伊宁市2026年市级产教融合实训基地申报书"
MAKERS = ["伊宁市发展和改革委员会", "伊宁市教育局"]
NOTICE = "《伊宁市发展和改革委员会　伊宁市教育局关于组织申报2026年市级产教融合实训基地的通知》"
DOC_NO = "伊市发改社会〔2026〕18号"
MADE = "二〇二六年四月"
# facts the 答疑 restates (../check_fresh37.py: each in this document, and the 答疑's restatement equal to it)
FACTS = {
    "copies": "一式四份（正本1份、副本3份）",
    "unit": "表中金额单位为万元，保留两位小数",
    "ratio": "30%",
    "cap": "单个项目最高不超过150万元",
    "deadline": "2026年6月12日（星期五）18:00",
    "system": "“伊宁市产教融合项目申报系统”",
    "place": "伊宁市新华西路358号市民服务中心4楼411室",
    "publicity": "公示5个工作日",
    "people": ["阿依古丽·买买提", "周建林"],
    "phones": ["0999-8126437", "0999-8035512"],
    "other_share": "不超过投资额合计的10%",
    "equipment": "实训设备原值不低于300万元",
    "registered": "注册登记满2年",
    "credit_after": "2026年4月1日以后",
}
NOTES = [
    f"本申报书依据{NOTICE}（{DOC_NO}）制定，由申报单位如实填写。",
    "申报主体为在伊宁市行政区域内依法注册登记的企业，以及与企业共建实训基地的职业院校、技工院校；院校申报的，须有至少1家合作企业"
    "共同参与建设。",
    "每个单位限报1个项目；已认定为市级产教融合实训基地的，不得以同一基地重复申报。",
    f"申报书用A4纸双面打印，左侧装订成册，{FACTS['copies']}，封面右上角注明“正本”或“副本”。",
    f"{FACTS['unit']}；人数、面积、工位数等填写阿拉伯数字。",
    "财务数据截至2025年12月31日，其他数据截至2026年3月31日。",
    "申报书须逐项填写，不得涂改；无相关内容的栏目填“无”，不得空缺。所填数据须与附件材料一致。",
    "申报书封面、承诺书和推荐意见栏须加盖公章；推荐部门为申报单位注册地所在乡（镇）人民政府、街道办事处或市级行业主管部门。",
    f"申报材料电子版（PDF格式）通过{FACTS['system']}上传；纸质材料报送市发展改革委社会发展科（{FACTS['place']}）。",
    f"申报截止时间为{FACTS['deadline']}，逾期不予受理。",
    "市发展改革委会同市教育局、市人力资源和社会保障局、市财政局对申报项目进行资格审核，并组织专家评审，评审结果在伊宁市发展和改革委员会"
    f"网站{FACTS['publicity']}。",
    f"联系人：市发展改革委社会发展科　{FACTS['people'][0]}，电话：{FACTS['phones'][0]}；市教育局职业教育科　{FACTS['people'][1]}，"
    f"电话：{FACTS['phones'][1]}。",
]
# checkbox groups: (field, options); every option is printed as ☐option
CHECKBOXES = [
    ("单位性质", ["国有企业", "民营企业", "混合所有制企业", "外资企业", "职业院校", "技工院校", "其他：＿＿＿＿"]),
    ("所属产业领域", ["现代农牧业和食品加工", "纺织服装", "新能源新材料", "现代商贸物流", "文化旅游", "其他：＿＿＿＿"]),
    ("主要实训方向（可多选）", ["生产性实训", "技能培训", "技能等级认定", "技术研发与服务"]),
]
CHECK_RESULT = ["符合", "不符合"]
# 申报条件: (condition, 附件材料 number, a word of that 附件材料)
CONDITIONS = [
    ("在伊宁市行政区域内依法注册登记满2年（职业院校、技工院校除外）", 1, "营业执照"),
    ("项目总投资不低于200万元（不含土地和房屋建设费用）", 7, "项目实施方案"),
    ("实训场地面积不少于600平方米，场地为自有产权或租赁期不少于5年", 4, "场地产权证明"),
    ("实训设备原值不低于300万元", 3, "实训设备清单"),
    ("与至少1所职业院校（企业）签订校企合作协议，且已合作满1年", 2, "校企合作协议"),
    ("上年度开展实训或培训不少于1000人日", 8, "实训培训台账"),
    ("近三年未发生较大及以上安全生产事故，未被列入严重失信主体名单", 6, "信用报告"),
]
BUDGET = ["实训设备购置", "实训场地改造", "实训教学信息化平台", "课程和教材开发", "师资培训", "其他"]
BUDGET_NOTES = [
    f"申请市级补助不超过项目总投资（不含土地和房屋建设费用）的{FACTS['ratio']}，{FACTS['cap']}。",
    "市级补助资金不得用于人员工资福利、征地拆迁和购置车辆。",
    f"“其他”一栏{FACTS['other_share']}。",
]
# 绩效目标: (一级指标, 二级指标, 三级指标, 最低要求)
PERF = [
    ("产出指标", "数量指标", "新增实训工位数（个）", "—"),
    ("产出指标", "数量指标", "年实训培训人次（人次）", "不少于2000人次"),
    ("产出指标", "数量指标", "其中：面向社会人员培训（人次）", "不少于500人次"),
    ("产出指标", "质量指标", "实训设备完好率（%）", "不低于95%"),
    ("产出指标", "时效指标", "项目按期建成率（%）", "100%"),
    ("效益指标", "社会效益指标", "年接收职业院校学生实习（人）", "不少于100人"),
    ("效益指标", "社会效益指标", "年开放天数（天）", "不少于200天"),
    ("效益指标", "社会效益指标", "服务中小微企业（家）", "不少于10家"),
    ("满意度指标", "服务对象满意度指标", "受训学员满意度（%）", "不低于90%"),
]
PLEDGE = [
    "一、本申报书及附件材料所填内容真实、准确、完整，不存在弄虚作假行为；",
    "二、本项目同一建设内容未获得其他市级财政资金支持，不重复申报；",
    "三、获得补助后，严格按照申报内容组织实施，补助资金专款专用，自觉接受发展改革、教育、财政、审计等部门的监督检查；",
    "四、实训基地建成后每年面向职业院校学生和社会人员开放不少于200天；",
    "五、如违反上述承诺，自愿退回已拨付的补助资金，五年内不再申报市级产教融合项目，并承担相应法律责任。",
]
MATERIALS = [
    "营业执照或事业单位法人证书复印件",
    "校企合作协议复印件",
    "实训设备清单及购置发票复印件（设备原值合计须达到300万元）",
    "场地产权证明或租赁合同复印件（租赁期不少于5年）",
    "2025年度财务审计报告",
    f"“信用中国”网站信用报告（{FACTS['credit_after']}打印）",
    "项目实施方案（含建设内容、进度安排、运营管理机制）",
    "2025年度实训培训台账（含培训人员名单和课时）",
    "合作院校出具的学生实习安排证明",
    "其他能够证明项目建设基础的材料",
]
LINE = "＿" * 16


def boxes(opts, per_line):
    out = []
    for i in range(0, len(opts), per_line):
        out.append("　".join(BOX + o for o in opts[i:i + per_line]))
    return "<br>".join(out)


def cb(field):
    return dict(CHECKBOXES)[field]


T1 = {"widths": [3.4, 4.7, 3.2, 4.5], "head": 0, "label": [0, 2], "rows": [
    ["单位名称", "", "<", "<"],
    ["统一社会信用代码", "", "成立日期", ""],
    ["单位性质", boxes(cb("单位性质"), 4), "<", "<"],
    ["注册地址", "", "<", "<"],
    ["法定代表人", "", "职工总数（人）", ""],
    ["联系人", "", "职务", ""],
    ["手机号码", "", "电子邮箱", ""],
    ["上年度营业收入（万元）", "", "上年度纳税总额（万元）", ""],
    ["合作院校（企业）名称", "", "<", "<"],
    ["合作协议签订时间", "", "合作年限（年）", ""],
    ["所属产业领域", boxes(cb("所属产业领域"), 3), "<", "<"],
]}
T2 = {"widths": [1.2, 8.8, 3.2, 2.6], "head": 1, "rows": [["序号", "申报条件", "自查结果", "佐证材料"]] + [
    [str(i), c, "　".join(BOX + r for r in CHECK_RESULT), f"附件材料{n}"] for i, (c, n, _) in enumerate(CONDITIONS, 1)]}
T3 = {"widths": [3.4, 4.7, 3.2, 4.5], "head": 0, "label": [0, 2], "rows": [
    ["项目名称", "", "<", "<"],
    ["建设地点", "", "<", "<"],
    ["建设期限", "　　年　　月至　　年　　月（不超过24个月）", "<", "<"],
    ["项目总投资（万元）", "", "申请市级补助（万元）", ""],
    ["实训工位数（个）", "", "实训场地面积（平方米）", ""],
    ["主要实训方向（可多选）", boxes(cb("主要实训方向（可多选）"), 4), "<", "<"],
    ["建设内容及目标", "（不超过1000字，包括建设内容、实训项目设置、设备配置和运营管理机制）<br><br><br>", "<", "<"],
    ["现有基础", "（不超过500字，包括现有场地、设备、师资和校企合作情况）<br><br>", "<", "<"],
]}
T4 = {"widths": [1.2, 4.6, 2.4, 2.8, 2.6, 2.2], "head": 1, "rows": [
    ["序号", "支出内容", "投资额", "其中：申请市级补助", "其中：单位自有资金", "备注"]]
    + [[str(i), b, "", "", "", ""] for i, b in enumerate(BUDGET, 1)] + [["合计", "<", "", "", "", ""]]}
T5 = {"widths": [2.2, 3.0, 5.6, 2.5, 2.5], "head": 1, "rows": [["一级指标", "二级指标", "三级指标", "指标值", "最低要求"]]}
for i, (a, b, c, m) in enumerate(PERF):
    prev = PERF[i - 1] if i else None
    T5["rows"].append(["^" if prev and prev[0] == a else a, "^" if prev and prev[:2] == (a, b) else b, c, "", m])
T6 = {"widths": [3.6, 12.2], "head": 0, "label": [0], "rows": [
    ["合作院校（企业）意见", "<br><br>（盖章）<br>　　年　　月　　日"],
    ["推荐部门意见", "<br><br>经办人：　　　　　负责人：　　　　　（盖章）<br>　　年　　月　　日"],
    ["市发展改革委审核意见", "<br><br>（盖章）<br>　　年　　月　　日"],
    ["市教育局审核意见", "<br><br>（盖章）<br>　　年　　月　　日"],
]}
TABLES = {"T1": T1, "T2": T2, "T3": T3, "T4": T4, "T5": T5, "T6": T6}


def source():
    o = [f"% {NOTE} — fresh37 dev 申报书 (written by make_yining_doc.py: ../../tools/make_fodt.py + the form tables by fodt_table.py)",
         "@n **附件1**", "@blank", "@blank", "@blank",
         "@title 伊宁市2026年市级产教融合实训基地", "@title 申　报　书", "@blank", "@blank", "@blank",
         f"@n 项目名称：{LINE}", f"@n 申报单位（盖章）：{LINE}", f"@n 推荐部门（盖章）：{LINE}",
         "@n 项目负责人：＿＿＿＿＿＿　联系电话：＿＿＿＿＿＿＿", "@n 填报日期：　　　　年　　月　　日",
         "@blank", "@blank", "@blank", "@blank", f"@c {'　'.join(MAKERS)}　编制", f"@c {MADE}",
         "@pb", "@title 填报说明"]
    o += [f"{i}．{n}" for i, n in enumerate(NOTES, 1)]
    o += ["@pb", "@n **一、申报单位基本情况**", "@n [[TABLE:T1]]", "@blank",
          "@n **二、申报条件自查表**",
          "申报单位应逐项对照下列条件自查，在“自查结果”栏勾选，并在“佐证材料”栏注明对应的附件材料序号。不符合任一条件的，不予受理。",
          "@n [[TABLE:T2]]", "@blank",
          "@n **三、项目基本情况**", "@n [[TABLE:T3]]", "@blank",
          "@n **四、项目投资预算表**", "@r 金额单位：万元", "@n [[TABLE:T4]]"]
    o += ["@n 注：" + f"1．{BUDGET_NOTES[0]}"] + [f"@n {i}．{n}" for i, n in enumerate(BUDGET_NOTES[1:], 2)]
    o += ["@blank", "@n **五、绩效目标表**",
          "“指标值”由申报单位根据项目实际填写，不得低于“最低要求”栏所列标准；绩效目标将作为项目验收的依据。",
          "@n [[TABLE:T5]]", "@blank",
          "@n **六、推荐及审核意见**", "@n [[TABLE:T6]]",
          "@pb", "@title 申报单位承诺书", "@n 本单位郑重承诺："] + PLEDGE
    o += ["@blank", "@r 法定代表人（签字）：＿＿＿＿＿＿", "@r 申报单位（盖章）", "@r 　　年　　月　　日",
          "@pb", "@title 附件材料清单"]
    o += [f"{i}．{m}" for i, m in enumerate(MATERIALS, 1)]
    o += ["附件材料按上述顺序排列并编制页码，与申报书一并装订；复印件须加盖申报单位公章。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：伊宁市为真实地名，文号、申报条件、补助标准、时间、地址、人员和电话均为虚构，"
          "仅用于问答系统评测。虚构测试文档，非真实政策。"]
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
        convert(path, "doc:MS Word 97", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".doc"), os.path.join(OUT_DIR, NAME + ".doc"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".doc"))


if __name__ == "__main__":
    main()
