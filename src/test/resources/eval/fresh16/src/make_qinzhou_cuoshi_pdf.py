#!/usr/bin/env python3
"""Write fresh16/qinzhou-ruogan-cuoshi.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice.

    cd fresh16/src && python3 make_qinzhou_cuoshi_pdf.py

钦州市人民政府办公室关于印发钦州市促进产教融合若干政策措施的通知 with the 若干政策措施: WordprocessingML written by hand
(flow_docx.py, Noto CJK fonts so that the layout does not depend on font substitution): page 1 red head
`钦州市人民政府办公室文件` with the 文号 over a red rule, title, addressee, the 印发 text, signature, date and 公开 line; the
政策措施 start on a new page (title, preamble, measures 一、…十一、 each opening with its lead sentence as a bold run);
then the 附件 on a new page: the only table 序号/政策措施/支持标准/牵头单位/配合单位 whose 13 rows run over a page break
with the header row repeated (w:tblHeader); imprint line and the note on the last page; footer `— N —`. Then
`soffice --headless --convert-to pdf`; the intermediate .docx is not kept. No phone number, window, contact person or
platform name is in this document (the 解读 has them).
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import flow_docx  # noqa: E402

OUT_DIR = os.path.dirname(HERE)
NAME = "qinzhou-ruogan-cuoshi"

TITLE = "钦州市人民政府办公室关于印发钦州市促进产教融合若干政策措施的通知"
MEASURES_TITLE = "钦州市促进产教融合若干政策措施"
MEASURES = [
    ("一、支持组建行业产教融合共同体。",
     "支持龙头企业牵头，联合职业院校、科研机构组建行业产教融合共同体。经自治区级认定的，给予牵头企业一次性奖励115万元；"
     "经市级认定的，给予一次性奖励38万元。同一共同体获得两级认定的，只享受最高一级奖励，不重复奖励。"),
    ("二、支持企业建设产教融合实训基地。",
     "企业投资建设面向职业院校学生的实训基地，实训设备投资额在160万元以上、实训工位不少于45个、与至少2所职业院校签订共建"
     "协议的，按实训设备投资额的30%给予补助，单个基地最高不超过73万元。实训设备须为2025年以后购置的新设备，租赁设备不计入"
     "投资额。"),
    ("三、支持企业参与专业共建。",
     "企业与职业院校共建专业，共同制定课程标准并承担不少于30%专业课教学任务的，每个共建专业每年给予企业补助13万元，"
     "同一专业连续支持不超过3年。"),
    ("四、鼓励企业接收学生岗位实习。",
     "企业接收职业院校学生岗位实习连续满1个月、按不低于当地最低工资标准发放实习报酬的，按每人每月470元给予企业补贴，"
     "每名学生最长补贴6个月，每家企业每年最高不超过17万元。"),
    ("五、建设特色产业实训中心。",
     "支持钦州港经济技术开发区建设石化产业公共实训中心，实训工位不少于200个，2027年9月30日前建成；支持钦南区建设坭兴陶"
     "技艺传承实训中心，每年开展技艺培训不少于720人次；支持灵山县建设荔枝深加工实训基地、浦北县建设农产品加工实训基地。"
     "上述中心和基地建成并经市级评估达标的，每个给予一次性奖励95万元。"),
    ("六、支持高技能人才到校任教。",
     "企业高技能人才经市教育局认定担任职业院校“产业教授”，每学年授课不少于56学时的，按每人每年9600元给予补助。"),
    ("七、支持新录用职工岗前培训。",
     "企业委托本市职业院校对新录用职工开展岗前培训，培训时间不少于36学时的，按每人650元给予企业培训补贴，每家企业每年"
     "最高不超过26万元。"),
    ("八、支持建设虚拟仿真实训基地。",
     "企业与职业院校共建虚拟仿真实训基地，获评自治区级示范性虚拟仿真实训基地的，给予企业一次性奖励58万元。"),
    ("九、鼓励毕业生留钦就业。",
     "职业院校毕业生毕业后1年内到本市企业就业，并签订2年以上劳动合同的，给予每人一次性留钦就业补贴4200元。"),
    ("十、强化资金保障。",
     "本政策措施所需资金由市、县（区）财政按5∶5比例分担；钦州港经济技术开发区内的项目，所需资金由钦州港经济技术开发区"
     "管委会全额承担。支持资金每年第三季度集中受理一次。同一项目已获得自治区级及以上财政同类资金支持的，不再重复支持；"
     "被列入严重失信主体名单的企业，不予支持。"),
    ("十一、附则。",
     "本政策措施由市教育局会同市人力资源社会保障局、市财政局负责解释，自印发之日起施行，有效期3年。"),
]
ROWS = [
    ("1", "行业产教融合共同体", "自治区级认定奖励115万元，市级认定奖励38万元", "市发展改革委", "市教育局、市财政局"),
    ("2", "产教融合实训基地", "设备投资额的30%，单个基地最高73万元", "市教育局", "市人力资源社会保障局、市财政局"),
    ("3", "专业共建", "每个共建专业每年13万元，最多3年", "市教育局", "市工业和信息化局"),
    ("4", "学生岗位实习补贴", "每人每月470元，每家企业每年最高17万元", "市人力资源社会保障局", "市教育局、市财政局"),
    ("5", "石化产业公共实训中心", "工位不少于200个，2027年9月30日前建成", "钦州港经济技术开发区管委会", "市人力资源社会保障局"),
    ("6", "坭兴陶技艺传承实训中心", "每年培训不少于720人次", "钦南区人民政府", "市文化广电体育和旅游局"),
    ("7", "荔枝深加工实训基地", "评估达标奖励95万元", "灵山县人民政府", "市农业农村局"),
    ("8", "农产品加工实训基地", "评估达标奖励95万元", "浦北县人民政府", "市农业农村局"),
    ("9", "产业教授", "每人每年9600元", "市教育局", "市人力资源社会保障局"),
    ("10", "新录用职工岗前培训", "每人650元，每家企业每年最高26万元", "市人力资源社会保障局", "市教育局"),
    ("11", "虚拟仿真实训基地", "自治区级示范性基地一次性奖励58万元", "市教育局", "市财政局"),
    ("12", "毕业生留钦就业补贴", "每人一次性4200元", "市人力资源社会保障局", "市财政局"),
    ("13", "资金保障和集中受理", "每年第三季度集中受理一次", "市财政局", "各县（区）人民政府、钦州港经济技术开发区管委会"),
]

FLOW = [
    ("red", "钦州市人民政府办公室文件"),
    ("redrule", "钦政办发〔2026〕5号"),
    ("title", TITLE),
    ("to", "各县、区人民政府，钦州港经济技术开发区管委会，市直各委、办、局："),
    ("p", "《钦州市促进产教融合若干政策措施》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，"
          "请径向市教育局反映。"),
    ("blank",),
    ("sign", "钦州市人民政府办公室"),
    ("sign", "2026年2月12日"),
    ("p", "（此件公开发布）"),
    ("pb-title", MEASURES_TITLE),
    ("p", "为贯彻落实《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）和《自治区人民政府办公厅关于深化产教融合"
          "推动职业教育高质量发展的实施意见》（桂政办发〔2025〕41号），服务我市石化、新能源材料、港口物流、林浆纸等重点产业发展，"
          "制定以下政策措施。"),
]
FLOW += [("lead", lead, rest) for lead, rest in MEASURES]
FLOW += [
    ("annex", "附件"),
    ("tabletitle", "钦州市促进产教融合若干政策措施任务分工表"),
    ("table", ["序号", "政策措施", "支持标准", "牵头单位", "配合单位"], ROWS, [900, 1800, 2700, 1850, 1850]),
    ("blank",),
    ("imprint", "钦州市人民政府办公室　　　　　　　　　　　2026年2月13日印发"),
    ("note", "虚构测试文档，非真实政策：钦州市及所辖县区为真实地名，本文件的文号、内容、金额、日期均为虚构，仅用于问答系统评测。"
             "虚构测试文档，非真实政策。"),
]

SPEC = {"flow": FLOW, "core_title": TITLE, "created": "2026-02-10T01:40:00Z", "modified": "2026-02-13T03:25:00Z",
        "fonts": "noto", "table_size": 28}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        docx = flow_docx.build(SPEC, os.path.join(tmp, NAME + ".docx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), len(MEASURES), "measures,", len(ROWS), "table rows")


if __name__ == "__main__":
    main()
