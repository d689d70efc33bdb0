#!/usr/bin/env python3
"""Write fresh38/jiyuan-duijiehui-fangan.docx (虚构测试文档，非真实政策): a Word 2007+ file written by LibreOffice.

    cd fresh38/src && python3 make_jiyuan_docx.py

New shape of this round: per region, **(a) the 活动方案 of a 校企供需对接会 / 产教融合洽谈会** as a notice issues it (purpose, theme,
time and place, 主办 / 承办 / 协办 units, 参会对象 with per-unit caps, the 日程安排 as a table of times and sessions, 任务分工 with the
responsible units and their contacts, 报名方式 with the 回执 deadline and the deadline for 拟签约项目, 工作要求, the 参会回执 table)
**and (b) the 会后签约项目清单 / 成果通报** (a table of the signed school–enterprise projects: 序号 / 项目名称 / 院校 / 企业 / 合作内容 /
协议金额（万元） / 签约类型, totals, next steps, contacts). This is part (a) of the dev pair: 济源市教育局　济源市人力资源和社会保障局
济源市发展和改革委员会关于举办2026年济源市校企供需对接会的通知 (济教职成〔2026〕9号, 2026年4月28日) with the 活动方案 (附件1) and the
参会回执 (附件2).

This script writes jiyuan-duijiehui-fangan.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头 of the three issuers, 文号
over a red rule, title, 主送, text, 附件 lines, 落款, then from a new page 附件1 with bold headings 一、…九、 as literal text, **the 日程
table** (时间 / 活动内容 / 地点 / 负责单位) by make_fodt's `@table`, the 任务分工 as （一）…（五） paragraphs each ending with `联系人：… 电话：…`,
then from a new page 附件2 **the 参会回执 table** (a label / value block and a person table with empty rows)), makes the flat ODT, puts
the note in the meta (docProps/core.xml) and converts with `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private
profile).

SCHEDULE, DUTIES, HOSTS, ORGANIZER, CO_HOSTS, FACTS are read by ../check_fresh38.py and ../src/make_jiyuan_md.py (the 通报 restates
the date, the place, the 主办 units and the contacts).
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

NAME = "jiyuan-duijiehui-fangan"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh38"
CITY = "济源市"
ISSUERS = ["济源市教育局", "济源市人力资源和社会保障局", "济源市发展和改革委员会"]
DOC_NO = "济教职成〔2026〕9号"
DATE = "2026年4月28日"
EVENT = "2026年济源市校企供需对接会"
PLAN_TITLE = f"{EVENT}活动方案"
TITLE = f"{'　'.join(ISSUERS)}关于举办{EVENT}的通知"
THEME = "校企同心　产教共融"
WHEN = "2026年5月22日（星期五）上午8:30—12:00"
CHECK_IN = "8:00开始签到"
VENUE = "济源市产教融合服务中心"
ADDRESS = "济源市科技路16号"
HALL = "一楼多功能厅"
HOSTS = ["济源市教育局", "济源市人力资源和社会保障局", "济源市发展和改革委员会"]
ORGANIZER = "济源太行职业技术学院"
CO_HOSTS = ["济源市工业和信息化局", "济源市工商业联合会", "济源市职业教育集团"]
EMAIL = "jyxqdj2026@163.com"
RECEIPT_DEADLINE = "2026年5月12日（星期二）17:00前"
PROJECT_DEADLINE = "2026年5月15日（星期五）17:00前"
PLANNED = "集中签约校企合作项目不少于10个"
PRIORITY = "协议金额在100万元以上的项目"
BUDGET = "经费预算8.6万元"
FUND = "2026年市级职业教育发展专项资金"
# (时间, 活动内容, 地点, 负责单位)
SCHEDULE = [
    ("8:00—8:30", "签到入场，领取活动资料", "一楼大厅", "济源太行职业技术学院"),
    ("8:30—9:00", "开幕式：市教育局主要负责同志致辞；市人力资源和社会保障局发布《济源市2026年重点企业技能人才需求目录》",
     "一楼多功能厅", "市教育局"),
    ("9:00—9:40", "校企合作项目集中签约", "一楼多功能厅", "市发展改革委"),
    ("9:40—10:30", "院校专业推介和企业用人需求发布（院校、企业代表各4家，每家发言不超过5分钟）", "一楼多功能厅", "市人力资源和社会保障局"),
    ("10:30—12:00", "分区洽谈：设装备制造、新材料、能源化工、现代服务4个洽谈区，校企面对面对接", "东侧广场", "市工业和信息化局、市职业教育集团"),
]
SCHEDULE_HEAD = ["时间", "活动内容", "地点", "负责单位"]
# (unit, task, contact unit, person, phone)
DUTIES = [
    ("市教育局", "负责活动总体协调，组织职业院校参会，审核院校专业推介材料，邀请开幕式致辞领导。", "职业教育与成人教育科", "卫思远",
     "0391-6632158"),
    ("市人力资源和社会保障局", "负责组织技工院校参会，编制并发布《济源市2026年重点企业技能人才需求目录》，组织企业用人需求发布。",
     "职业能力建设科", "段明哲", "0391-6615273"),
    ("市发展改革委", "负责收集、审核拟签约项目，确认协议文本，组织集中签约仪式，会后汇总签约项目清单。", "社会发展科", "原雪晴",
     "0391-6698431"),
    ("市工业和信息化局、市工商业联合会", "负责组织重点工业企业和民营企业参会，收集企业用工需求和技术需求，协助布置4个洽谈区。",
     "市工业和信息化局产业发展科", "贾文韬", "0391-6621907"),
    ("济源太行职业技术学院", "负责会场布置、签到、引导、安全保障和后勤服务，为需要展位的企业免费提供展位。", "校企合作处", "靳慧敏",
     "0391-6587320"),
]
RECEIPT_HEAD = ["序号", "姓名", "单位及职务", "手机号码", "是否参加集中签约", "是否需要展位"]
ATTACHMENTS = [PLAN_TITLE, f"{EVENT}参会回执"]
# facts the questions and the 通报 use (strings as printed)
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "when": WHEN, "venue": VENUE, "address": ADDRESS, "organizer": ORGANIZER,
    "email": EMAIL, "receipt_deadline": RECEIPT_DEADLINE, "project_deadline": PROJECT_DEADLINE, "planned": PLANNED,
    "phones": [d[4] for d in DUTIES],
    "persons": [d[3] for d in DUTIES],
    "expected": "预计参会人数约300人，其中企业约120家",
    "caps": ["每所院校不超过3人", "每家企业不超过2人"],
    "budget": BUDGET, "fund": FUND, "priority": PRIORITY, "term": "合作期限原则上不少于3年",
}


def schedule_rows():
    return [SCHEDULE_HEAD] + [list(r) for r in SCHEDULE]


def source():
    o = [f"% {NOTE} — fresh38 dev 活动方案 (written by make_jiyuan_docx.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各职业院校、技工院校，各镇人民政府、街道办事处，市直有关单位，各有关企业：",
          "为深化产教融合、校企合作，推动职业院校专业设置与我市主导产业需求精准对接，经研究，定于2026年5月22日举办" + EVENT +
          "。现将《" + PLAN_TITLE + "》印发给你们，请认真组织参会，并于" + RECEIPT_DEADLINE + "报送参会回执。",
          "@blank",
          f"@n 附件：1．{ATTACHMENTS[0]}",
          f"@n 　　　2．{ATTACHMENTS[1]}",
          "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）",
          "@pb", "@n **附件1**", f"@title {PLAN_TITLE}",
          "为贯彻落实国家和省关于深化产教融合的决策部署，搭建校企供需对接平台，推动教育链、人才链与产业链、创新链有机衔接，促进职业院校"
          "毕业生在本地就业，结合我市实际，制定本方案。",
          "**一、活动目的**",
          "以对接会为平台，集中发布重点企业技能人才需求和院校专业设置信息，推动校企在订单培养、实训基地共建、产业学院、技术研发等方面深度"
          f"合作，{PLANNED}，形成一批可落地、可跟踪的合作成果。",
          "**二、活动主题**",
          f"“{THEME}”",
          "**三、时间地点**",
          f"（一）时间：{WHEN}，{CHECK_IN}。",
          f"（二）地点：{VENUE}（{ADDRESS}）{HALL}及东侧广场。",
          "**四、组织机构**",
          "主办单位：" + "、".join(HOSTS),
          "承办单位：" + ORGANIZER,
          "协办单位：" + "、".join(CO_HOSTS),
          "**五、参会对象**",
          "（一）市直有关部门分管负责同志各1名；",
          "（二）市内各职业院校、技工院校校长或分管校领导1名，招生就业、校企合作部门负责人各1名，每所院校不超过3人；",
          "（三）全市重点工业企业、规模以上企业和拟签约企业负责人或人力资源部门负责人，每家企业不超过2人；",
          "（四）各镇人民政府、街道办事处分管负责同志各1名。",
          FACTS["expected"] + "。",
          "**六、活动内容及日程安排**",
          "对接会分开幕式、集中签约、专业推介和需求发布、分区洽谈四个环节，具体安排如下：",
          "@table 2.6 7.2 2.8 3.4"]
    o += ["| " + " | ".join(r) + " |" for r in schedule_rows()]
    o += ["@endtable",
          "**七、任务分工**"]
    cn = "一二三四五"
    for k, (unit, task, cu, person, phone) in enumerate(DUTIES):
        o.append(f"（{cn[k]}）{unit}：{task}联系人：{cu}　{person}，电话：{phone}。")
    o += ["**八、报名方式**",
          f"（一）参会回执。各单位于{RECEIPT_DEADLINE}填写参会回执（附件2），加盖单位公章后将扫描件发送至电子邮箱{EMAIL}，"
          "邮件主题注明“单位名称＋对接会回执”。",
          f"（二）拟签约项目。拟在对接会上集中签约的项目，由院校和企业双方确认协议文本后，于{PROJECT_DEADLINE}共同报送市发展改革委社会发展科，"
          "逾期报送的不纳入集中签约。每个签约项目安排院校、企业代表各1名上台签约。",
          "（三）企业展位。需要在分区洽谈环节设置展位的企业，请在回执中注明，每家企业限1个展位，由承办单位免费提供桌椅和展板。",
          f"（四）签约项目要求。拟签约项目应当有明确的合作内容、合作期限和资金或设备投入，合作期限原则上不少于3年；{PRIORITY}，"
          "优先推荐申报市级产教融合实训基地。",
          "**九、工作要求**",
          "（一）高度重视。各单位要把对接会作为推进产教融合的重要抓手，安排熟悉业务的负责同志参会，确保人员按时到位。",
          "（二）精心准备。各院校要准备专业介绍和招生就业资料；各企业要准备岗位需求清单，注明岗位名称、需求人数、技能要求和薪酬范围。",
          "（三）确保安全。承办单位要制定安全工作预案，做好会场秩序维护和应急保障；参会人员须遵守会场秩序，服从现场工作人员引导。",
          "（四）加强宣传。市融媒体中心做好对接会宣传报道，及时发布签约成果和企业用人需求。",
          f"（五）经费保障。对接会{BUDGET}，从{FUND}中列支，由承办单位按规定使用，参会单位不承担会务费用。",
          "@pb", "@n **附件2**", f"@title {ATTACHMENTS[1]}",
          "@table 3.0 5.4 2.6 5.0",
          "| 单位名称（盖章） |  | 单位类型 | □职业院校　□技工院校　□企业　□其他 |",
          "| 联系人 |  | 联系电话 |  |",
          "@endtable",
          "@blank",
          "@table 1.2 2.2 4.2 3.0 2.6 2.8"]
    o += ["| " + " | ".join(RECEIPT_HEAD) + " |"]
    o += ["| " + " | ".join([str(i)] + [""] * (len(RECEIPT_HEAD) - 1)) + " |" for i in (1, 2, 3)]
    o += ["@endtable",
          f"@n 注：请于{RECEIPT_DEADLINE}将本回执加盖公章后的扫描件发送至{EMAIL}。每所院校不超过3人，每家企业不超过2人。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：济源市为真实地名，文号、活动安排、院校、企业、人员、电话和电子邮箱均为虚构，仅用于问答系统"
          "评测。虚构测试文档，非真实政策。"]
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
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
