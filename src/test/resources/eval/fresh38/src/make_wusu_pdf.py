#!/usr/bin/env python3
"""Write fresh38/wusu-qiatanhui-fangan.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice.

    cd fresh38/src && python3 make_wusu_pdf.py

Part (a) of the held-out pair: the 活动方案 of the held-out city's 产教融合洽谈会, as the city government's office issues it (印发通知 with
红头, 文号 over a red rule, title, 主送, 落款; then the 方案 with bold headings 一、…七、 as literal text: 总体要求, 活动安排 (名称, 时间,
地点, 主办 / 承办 / 协办), 参会人员 with per-unit caps, **the 日程 table** (时段 / 环节 / 主要内容 / 责任单位), **the 任务分工 table**
(序号 / 工作任务 / 责任单位 / 联系人 / 联系电话), 报名要求 (回执 deadline, 拟签约项目 deadline, channel), 有关要求; then from a new page
**the 参会回执 table**). Written as `wusu-qiatanhui-fangan.src.txt` (markup of ../../tools/make_fodt.py, unchanged; the tables by its
`@table`), the note in the meta (→ the PDF's Subject), converted with `soffice --headless --convert-to pdf` (private profile).

SCHEDULE, DUTIES, HOSTS, ORGANIZERS, CO_HOSTS, FACTS are read by ../check_fresh38.py and make_wusu_html.py.
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
sys.path.insert(0, HERE)
from make_jiyuan_docx import NOTE, PROFILE, fodt, convert  # noqa: E402

NAME = "wusu-qiatanhui-fangan"
CITY = "乌苏市"
ISSUER = "乌苏市人民政府办公室"
DOC_NO = "乌苏政办发〔2026〕21号"
DATE = "2026年5月26日"
EVENT = "2026年乌苏市产教融合洽谈会"
PLAN_TITLE = f"{EVENT}活动方案"
TITLE = f"{ISSUER}关于印发《{PLAN_TITLE}》的通知"
WHEN = "2026年6月18日（星期四）10:30—18:30"
CHECK_IN = "10:00开始签到"
VENUE = "乌苏市职业教育实训中心"
ADDRESS = "乌苏市迎宾路88号"
HALL = "二楼报告厅"
HOSTS = ["乌苏市人民政府"]
ORGANIZERS = ["乌苏市教育局", "乌苏市人力资源和社会保障局"]
CO_HOSTS = ["乌苏市工业和信息化局", "乌苏市工商业联合会", "乌苏市中等职业技术学校"]
EMAIL = "wscjqth2026@126.com"
FAX = "0901-8523176"
RECEIPT_DEADLINE = "2026年6月10日（星期三）19:00前"
PROJECT_DEADLINE = "2026年6月12日（星期五）19:00前"
PLANNED = "现场签约校企合作项目8个以上"
PRIORITY = "协议金额50万元以上的签约项目"
BUDGET = "所需经费6.2万元"
FUND = "职业教育专项经费"
# (时段, 环节, 主要内容, 责任单位)
SCHEDULE = [
    ("10:00—10:30", "签到", "参会人员签到，领取洽谈会资料", "乌苏市中等职业技术学校"),
    ("10:30—11:10", "开幕式", "分管副市长致辞；发布《乌苏市2026年企业紧缺岗位目录》", "市教育局"),
    ("11:10—12:00", "项目签约", "校企合作项目现场签约", "市人力资源和社会保障局"),
    ("12:00—13:30", "院校推介", "各院校推介重点专业和毕业生资源，每所院校推介不超过8分钟", "市教育局"),
    ("16:00—17:30", "专场洽谈", "设石油化工、纺织服装、农产品加工、现代物流4个专场，校企分组洽谈", "市工业和信息化局"),
    ("17:30—18:30", "总结交流", "通报洽谈成果，部署后续对接工作", "市教育局"),
]
SCHEDULE_HEAD = ["时段", "环节", "主要内容", "责任单位"]
# (工作任务, 责任单位, 联系人, 联系电话)
DUTIES = [
    ("统筹协调洽谈会各项工作，组织院校参会和院校推介", "市教育局职业教育股", "热依汗·托合提", "0901-8521438"),
    ("收集审核拟签约项目，组织现场签约，汇总签约成果", "市人力资源和社会保障局职业能力建设股", "吴立新", "0901-8536207"),
    ("组织重点企业参会，编制《乌苏市2026年企业紧缺岗位目录》，组织专场洽谈", "市工业和信息化局", "赵庆川", "0901-8549513"),
    ("动员民营企业参会，收集企业用工需求", "市工商业联合会", "马雪莲", "0901-8527760"),
    ("会场布置、签到引导、安全保卫和后勤保障", "乌苏市中等职业技术学校", "韩建军", "0901-8562314"),
]
DUTY_HEAD = ["序号", "工作任务", "责任单位", "联系人", "联系电话"]
RECEIPT_HEAD = ["序号", "单位名称", "姓名", "职务", "联系电话", "参会类型（院校／企业）", "是否有签约项目"]
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "when": WHEN, "venue": VENUE, "address": ADDRESS, "email": EMAIL, "fax": FAX,
    "receipt_deadline": RECEIPT_DEADLINE, "project_deadline": PROJECT_DEADLINE, "planned": PLANNED,
    "phones": [d[3] for d in DUTIES] + [FAX],
    "persons": [d[2] for d in DUTIES],
    "expected": "预计参会人员约260人",
    "caps": ["每所院校限报4人", "每家企业限报3人"],
    "budget": BUDGET, "fund": FUND, "priority": PRIORITY, "term": "合作期限原则上不少于2年",
}


def source():
    o = [f"% {NOTE} — fresh38 held-out 活动方案 (written by make_wusu_pdf.py with ../../tools/make_fodt.py)",
         f"@red {ISSUER}", "@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
         "@n 各乡镇人民政府、街道办事处，市直各部门，各职业院校、技工院校，各有关企业：",
         f"《{PLAN_TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。",
         "@blank", f"@r {ISSUER}", f"@r {DATE}", "@n （此件公开发布）",
         "@pb", f"@title {PLAN_TITLE}",
         "为深入推进产教融合、校企合作，促进职业院校人才培养与企业用工需求有效对接，助推我市石油化工、纺织服装、农产品加工等产业发展，"
         "决定举办" + EVENT + "。为确保活动顺利开展，制定本方案。",
         "**一、总体要求**",
         "坚持政府搭台、校企唱戏，以洽谈会为载体，集中发布企业紧缺岗位和院校专业信息，促成一批订单培养、实训基地共建、学徒制培养和技术服务"
         f"合作项目，力争{PLANNED}，推动校企合作由“一对一”向“多对多”拓展。",
         "**二、活动安排**",
         f"（一）活动名称：{EVENT}。",
         f"（二）活动时间：{WHEN}，{CHECK_IN}。",
         f"（三）活动地点：{VENUE}（{ADDRESS}）{HALL}及一楼实训大厅。",
         "（四）组织单位",
         "主办：" + "、".join(HOSTS),
         "承办：" + "、".join(ORGANIZERS),
         "协办：" + "、".join(CO_HOSTS),
         "**三、参会人员**",
         "（一）市人民政府分管副市长，市直有关部门主要负责同志；",
         "（二）市内各职业院校、技工院校负责人及招生就业、专业建设负责人，每所院校限报4人；",
         "（三）石油化工、纺织服装、农产品加工、现代物流等行业重点企业负责人或人力资源负责人，每家企业限报3人；",
         "（四）各乡镇人民政府、街道办事处分管负责同志。",
         FACTS["expected"] + "，其中企业约100家。",
         "**四、日程安排**",
         "@table 2.6 2.0 7.6 3.8"]
    o += ["| " + " | ".join(SCHEDULE_HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in SCHEDULE]
    o += ["@endtable",
          "@n 注：13:30—16:00为午间休息，参会人员自行安排。",
          "**五、任务分工**",
          "@table 1.1 6.2 4.6 2.6 2.6"]
    o += ["| " + " | ".join(DUTY_HEAD) + " |"]
    o += ["| " + " | ".join([str(i)] + list(r)) + " |" for i, r in enumerate(DUTIES, 1)]
    o += ["@endtable",
          "**六、报名要求**",
          f"（一）各单位于{RECEIPT_DEADLINE}将参会回执（见附件）发送至电子邮箱{EMAIL}，或传真至{FAX}。",
          f"（二）有签约意向的院校和企业，须于{PROJECT_DEADLINE}将双方盖章的合作协议和项目简介（不超过300字）报送市人力资源和社会保障局"
          "职业能力建设股，经审核后列入现场签约项目。未按时报送的项目，可在专场洽谈环节对接。",
          "（三）参加专场洽谈的企业，请在回执中注明所属专场和紧缺岗位数量，每家企业安排洽谈桌1张。",
          f"（四）现场签约的项目，合作期限原则上不少于2年；{PRIORITY}，纳入市级产教融合重点项目库跟踪服务。",
          "**七、有关要求**",
          "（一）各责任单位要按照任务分工，细化工作措施，明确专人负责，确保各项工作落实到位。",
          "（二）各院校要做好专业推介准备，推介材料于2026年6月15日（星期一）前报市教育局职业教育股审核。",
          "（三）参会人员须提前15分钟入场，会议期间将手机调至静音状态，遵守会场秩序。",
          "（四）市融媒体中心负责洽谈会宣传报道工作。",
          f"（五）洽谈会{BUDGET}，由市教育局从{FUND}中统筹安排，不向参会院校和企业收取会务费。",
          "@blank",
          "@n 附件：2026年乌苏市产教融合洽谈会参会回执",
          "@pb", "@n **附件**", f"@title {EVENT}参会回执",
          "@table 1.1 3.4 1.8 2.0 2.6 2.9 2.4"]
    o += ["| " + " | ".join(RECEIPT_HEAD) + " |"]
    o += ["| " + " | ".join([str(i)] + [""] * (len(RECEIPT_HEAD) - 1)) + " |" for i in (1, 2, 3, 4)]
    o += ["@endtable",
          f"@n 注：请于{RECEIPT_DEADLINE}发送至{EMAIL}或传真至{FAX}。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：乌苏市为真实地名，文号、活动安排、院校、企业、人员、电话、传真和电子邮箱均为虚构，仅用于"
          "问答系统评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, source())
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
