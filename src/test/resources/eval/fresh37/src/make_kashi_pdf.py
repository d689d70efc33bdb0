#!/usr/bin/env python3
"""Write fresh37/kashi-shenbaoshu.pdf (虚构测试文档，非真实政策): a text-based PDF printed by LibreOffice.

    cd fresh37/src && python3 make_kashi_pdf.py

Part (a) of the held-out pair: the city's blank **申报书 form template for 市级产教融合型企业**, as the joint notice of its
发展和改革委员会, 教育局 and 工业和信息化局 issues it in an attachment: cover, 填报说明 (numbered, literal text), 企业基本情况 with ☐
checkboxes, 申报条件对照表 (each condition with the number of its 证明材料), 校企合作情况表, 近三年校企合作投入情况表 with 合计, 认定后
三年工作目标, 推荐及审核意见, 承诺书, 附件材料清单. This script writes kashi-shenbaoshu.src.txt (markup of ../../tools/make_fodt.py,
unchanged), makes the flat ODT, puts the form tables in with ../../tools/fodt_table.py (unchanged), the note in the meta (→ the
PDF's Subject) and prints with `soffice --headless --convert-to pdf` (private profile; make_yining_doc.fodt() / convert()).
Pages numbered `— N —` (make_fodt's footer).

NOTES, CHECKBOXES, CONDITIONS, INPUT_YEARS, GOALS, MATERIALS, FACTS are read by ../check_fresh37.py, as for the dev 申报书.
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_yining_doc import NOTE, OUT_DIR, convert, fodt  # noqa: E402

NAME = "kashi-shenbaoshu"
BOX = "☐"
TITLE = "喀什市2026年市级产教融合型企业申报书"
MAKERS = ["喀什市发展和改革委员会", "喀什市教育局", "喀什市工业和信息化局"]
NOTICE = "《喀什市发展和改革委员会　喀什市教育局　喀什市工业和信息化局关于开展2026年市级产教融合型企业申报工作的通知》"
DOC_NO = "喀市发改发〔2026〕27号"
MADE = "二〇二六年五月"
FACTS = {
    "copies": "一式三份（正本1份、副本2份）",
    "unit": "表中金额以万元为单位，保留一位小数",
    "reward": "一次性奖励20万元",
    "ratio": "可按投资额的30%抵免",
    "subsidy": "按10%给予补助",
    "cap": "每家企业最高不超过30万元",
    "valid": "认定有效期为3年",
    "deadline": "2026年7月10日（星期五）20:00",
    "system": "“喀什市产教融合服务平台”",
    "place": "喀什市解放南路39号政务服务大厅2楼218室",
    "publicity": "公示7个工作日",
    "people": ["古丽米拉·阿不都", "孙海涛"],
    "phones": ["0998-2586413", "0998-2837024"],
    "registered": "登记注册满3年",
    "staff": "上年度从业人员不少于100人",
    "interns": "近三年累计接收职业院校学生实习不少于60人",
    "input": "近三年校企合作累计投入不少于50万元",
    "credit_after": "2026年6月1日以后",
}
NOTES = [
    f"本申报书依据{NOTICE}（{DOC_NO}）印制，供申报2026年市级产教融合型企业的企业填写。",
    "申报企业须为在喀什市登记注册、具有独立法人资格的企业，填报的各项数据均为企业本级数据。",
    f"申报书一律用A4纸双面打印，装订成册，{FACTS['copies']}。",
    f"{FACTS['unit']}；“近三年”指2023年、2024年、2025年三个完整年度。",
    "各栏目不得涂改、不得空缺，不涉及的栏目填写“无”；勾选项在“☐”内打“√”。",
    "企业基本情况、校企合作情况和近三年投入情况须与附件材料相互印证。弄虚作假的，取消申报资格，三年内不得再次申报。",
    "申报书封面、承诺书和推荐意见须加盖公章；推荐单位为企业注册地所在乡（镇）人民政府、街道办事处或市级行业主管部门。",
    f"申报材料通过{FACTS['system']}在线填报，并上传盖章扫描件（PDF格式）；纸质材料报送市发展改革委社会事业科（{FACTS['place']}）。",
    f"申报截止时间为{FACTS['deadline']}，逾期不予受理。",
    "市发展改革委会同市教育局、市工业和信息化局、市人力资源和社会保障局对申报企业进行联合审核，并开展现场核查；拟认定名单在喀什市人民"
    f"政府网站{FACTS['publicity']}。",
    f"经认定的市级产教融合型企业，给予{FACTS['reward']}；企业投资兴办职业教育符合规定的，{FACTS['ratio']}当年应缴教育费附加和地方"
    f"教育附加；对认定当年新增的校企合作设备投入，{FACTS['subsidy']}，{FACTS['cap']}。{FACTS['valid']}。",
    f"联系人：市发展改革委社会事业科　{FACTS['people'][0]}，电话：{FACTS['phones'][0]}；市工业和信息化局产业科　{FACTS['people'][1]}，"
    f"电话：{FACTS['phones'][1]}。",
]
CHECKBOXES = [
    ("企业类型", ["国有企业", "民营企业", "混合所有制企业", "外资企业"]),
    ("企业规模", ["大型", "中型", "小型"]),
    ("所属行业", ["纺织服装", "农副产品加工", "电子信息", "商贸物流", "文化旅游", "建筑建材", "其他：＿＿＿＿"]),
    ("合作形式（可多选）", ["订单培养", "现代学徒制", "共建实训基地", "共建专业", "兼职教师"]),
]
CHECK_RESULT = ["达到", "未达到"]
# 申报条件: (condition, 证明材料 number, a word of that material)
CONDITIONS = [
    (f"在喀什市{FACTS['registered']}，具有独立法人资格", 1, "营业执照"),
    (FACTS["staff"], 5, "社会保险缴费证明"),
    ("与职业院校签订校企合作协议，稳定合作满2年", 2, "校企合作协议"),
    (FACTS["interns"], 3, "实习协议"),
    ("企业技术骨干在职业院校担任兼职教师不少于3名", 4, "兼职教师聘书"),
    (f"{FACTS['input']}（含资金投入和设备捐赠折价）", 6, "投入凭证"),
    ("近三年未发生较大及以上安全生产、环境污染事故，未被列入严重失信主体名单", 8, "信用报告"),
]
INPUT_YEARS = ["2023年", "2024年", "2025年"]
INPUT_COLS = ["年度", "资金投入（万元）", "设备捐赠折价（万元）", "接收实习学生（人）", "兼职教师（人）", "备注"]
# 认定后三年工作目标: (指标, 最低要求)
GOALS = [
    ("年接收职业院校学生实习（人）", "不少于30人"),
    ("年新增兼职教师（人）", "不少于2名"),
    ("年校企合作投入（万元）", "不少于20万元"),
    ("年开展职工技能培训（人次）", "不少于200人次"),
    ("参与订单班、现代学徒制培养（人）", "—"),
]
PLEDGE = [
    "一、本申报书及附件材料所填内容真实、准确、完整，如有虚假，愿承担相应责任；",
    "二、本企业近三年未发生较大及以上安全生产、环境污染事故，未被列入严重失信主体名单；",
    "三、认定后严格履行产教融合型企业责任，按要求报送年度工作报告，接受有关部门的评价和监督检查；",
    "四、奖励和补助资金专款用于校企合作和职工培训，不挪作他用。",
]
MATERIALS = [
    "营业执照复印件",
    "校企合作协议复印件（须在有效期内）",
    "近三年接收职业院校学生的实习协议及实习学生名单",
    "兼职教师聘书或职业院校出具的聘用证明",
    "2025年12月社会保险缴费证明",
    "近三年校企合作投入凭证（资金转账凭证、设备捐赠清单及院校接收证明）",
    "近三年财务审计报告",
    f"“信用中国”信用报告（{FACTS['credit_after']}打印）",
    "企业参与职业教育情况报告（不超过3000字）",
    "其他能够证明企业产教融合工作成效的材料",
]
LINE = "＿" * 16


def boxes(opts, per_line):
    return "<br>".join("　".join(BOX + o for o in opts[i:i + per_line]) for i in range(0, len(opts), per_line))


def cb(field):
    return dict(CHECKBOXES)[field]


T1 = {"widths": [3.4, 4.6, 3.2, 4.6], "head": 0, "label": [0, 2], "rows": [
    ["企业名称", "", "<", "<"],
    ["统一社会信用代码", "", "成立时间", ""],
    ["注册资本（万元）", "", "法定代表人", ""],
    ["企业类型", boxes(cb("企业类型"), 4), "<", "<"],
    ["企业规模", boxes(cb("企业规模"), 3), "<", "<"],
    ["所属行业", boxes(cb("所属行业"), 4), "<", "<"],
    ["注册地址", "", "<", "<"],
    ["联系人", "", "手机号码", ""],
    ["上年度从业人员（人）", "", "上年度营业收入（万元）", ""],
    ["主营业务", "", "<", "<"],
]}
T2 = {"widths": [1.1, 9.3, 1.7, 2.0, 1.7], "head": 1, "size": 10, "rows": [["序号", "申报条件", "企业情况", "对照结果", "证明材料"]] + [
    [str(i), c, "", "<br>".join(BOX + r for r in CHECK_RESULT), f"材料{n}"] for i, (c, n, _) in enumerate(CONDITIONS, 1)]}
T3 = {"widths": [1.1, 4.2, 5.3, 2.6, 2.6], "head": 1, "rows": [["序号", "合作院校名称", "合作形式（可多选）", "合作起始时间",
                                                             "协议有效期至"]]
      + [[str(i), "", boxes(cb("合作形式（可多选）"), 2), "", ""] for i in range(1, 4)]}
T4 = {"widths": [2.0, 2.8, 3.0, 2.8, 2.4, 2.8], "head": 1, "rows": [INPUT_COLS] + [[y, "", "", "", "", ""] for y in INPUT_YEARS]
      + [["合计", "", "", "", "", ""]]}
T5 = {"widths": [1.1, 7.2, 3.8, 3.7], "head": 1, "rows": [["序号", "指标", "目标值", "最低要求"]]
      + [[str(i), g, "", m] for i, (g, m) in enumerate(GOALS, 1)]}
T6 = {"widths": [3.8, 12.0], "head": 0, "label": [0], "rows": [
    ["推荐单位意见", "<br><br>负责人（签字）：　　　　　　（盖章）<br>　　年　　月　　日"],
    ["联合审核意见", "<br>市发展改革委（盖章）<br>市教育局（盖章）<br>市工业和信息化局（盖章）<br>　　年　　月　　日"],
]}
TABLES = {"T1": T1, "T2": T2, "T3": T3, "T4": T4, "T5": T5, "T6": T6}


def source():
    o = [f"% {NOTE} — fresh37 test 申报书 (written by make_kashi_pdf.py: ../../tools/make_fodt.py + the form tables by fodt_table.py)",
         "@n **附件2**", "@blank", "@blank", "@blank",
         "@title 喀什市2026年市级产教融合型企业", "@title 申　报　书", "@blank", "@blank", "@blank",
         f"@n 企业名称（盖章）：{LINE}", f"@n 统一社会信用代码：{LINE}", f"@n 所属行业：{LINE}　",
         f"@n 推荐单位（盖章）：{LINE}", "@n 申报日期：　　　　年　　月　　日",
         "@blank", "@blank", "@blank", "@blank", f"@c {'　'.join(MAKERS)}　制", f"@c {MADE}",
         "@pb", "@title 填　报　说　明"]
    o += [f"{i}．{n}" for i, n in enumerate(NOTES, 1)]
    o += ["@pb", "@n **一、企业基本情况**", "@n [[TABLE:T1]]", "@blank",
          "@n **二、申报条件对照表**",
          "申报企业须同时达到下列全部条件。请在“企业情况”栏填写实际数据，在“对照结果”栏勾选，并在“证明材料”栏注明附件材料序号。",
          "@n [[TABLE:T2]]", "@blank",
          "@n **三、校企合作情况表**", "@n [[TABLE:T3]]",
          "@n 注：合作院校超过3所的，可自行加行；只填写签订了校企合作协议的院校。", "@blank",
          "@n **四、近三年校企合作投入情况表**", "@r 金额单位：万元", "@n [[TABLE:T4]]",
          "@n 注：设备捐赠折价按捐赠时的账面净值计算；“合计”栏为2023年至2025年三年之和。", "@blank",
          "@n **五、认定后三年工作目标**",
          "“目标值”由企业自行填写，不得低于“最低要求”；工作目标作为认定后年度评价的依据。",
          "@n [[TABLE:T5]]", "@blank",
          "@pb", "@n **六、推荐及审核意见**", "@n [[TABLE:T6]]",
          "@blank", "@blank", "@title 申报企业承诺书", "@n 本企业自愿申报2026年喀什市市级产教融合型企业，并郑重承诺："] + PLEDGE
    o += ["@blank", "@r 法定代表人（签字）：＿＿＿＿＿＿", "@r 企业（盖章）", "@r 　　年　　月　　日",
          "@pb", "@title 附件材料清单"]
    o += [f"{i}．{m}" for i, m in enumerate(MATERIALS, 1)]
    o += ["以上材料按顺序装订在申报书之后，复印件须加盖企业公章；“信用中国”信用报告须为原件。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：喀什市为真实地名，文号、申报条件、奖励标准、时间、地址、人员和电话均为虚构，"
          "仅用于问答系统评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, TABLES, source())
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
