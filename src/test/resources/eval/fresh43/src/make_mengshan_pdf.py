#!/usr/bin/env python3
"""Write fresh43/mengshan-dinggang-xize.pdf (虚构测试文档，非真实政策): the held-out 实施细则, a PDF printed by LibreOffice.

    cd fresh43/src && python3 make_mengshan_pdf.py

Part (a) of the held-out pair (the same kind of document as make_xihua_docx.py in other words and numbers: 章 / 条 from 总则 to 附则,
the 5-year requirement and new teachers, forms of practice, the firms, plans, 报名, agreements, weekly records, leave, grounds to end
the practice, safety, workload, meal allowance with a cap, travel and lodging, the firms' 补助, 考核 with four 等次, credits, the
consequences, 附则 with 解释 and 施行 / 试行期; its 鉴定表 as 附件, a form). Layout: 红头 of four issuers, 文号 over a red rule, the
印发通知, 落款; the 细则 on a new page with **Word-style automatic numbering** (`@art` / `@item` — in the PDF the numbers are printed
text); the form on a new page (../../tools/fodt_table.py); `— N —` footers; the note in the meta (→ the PDF's Subject) and on the
last page. `soffice --headless --convert-to pdf`.

ARTICLES, CHAPTERS, FORM, FORM_NOTES, FACTS and the helpers are read by make_mengshan_html.py and ../check_fresh43.py.
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_xihua_docx as base  # noqa: E402

cn, NOTE, NATIONAL = base.cn, base.NOTE, base.NATIONAL
NAME = "mengshan-dinggang-xize"
COUNTY = "蒙山县"
ISSUERS = ["蒙山县教育局", "蒙山县人力资源和社会保障局", "蒙山县工业和信息化局", "蒙山县财政局"]
DOC_NO = "蒙教发〔2026〕15号"
DATE = "2026年4月13日"
GUIDING = "蒙山县职业学校教师企业顶岗实践实施细则（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{GUIDING}》的通知"
START = "2026年5月15日"
VALID = "试行期2年"
BASE_FIRM = "教师顶岗实践基地企业"
FORM_TITLE = "蒙山县职业学校教师企业顶岗实践鉴定表"

YEARS, MONTHS = 5, 6            # 每5年累计不少于6个月
YOUNG_AGE, YOUNG_YEARS = 35, 2  # 35周岁以下: 每2年至少1次整段顶岗
DAYS_PER_MONTH = 30             # 累计30天折算为1个月
NEW_MONTHS = 2                  # 新招聘: 上岗第一年内不少于2个月
MIN_BLOCK = 30                  # 整段顶岗每次连续不少于30天
MIN_TERM = 15                   # 周期顶岗每学期累计不少于15天
WORKLOAD = 3                    # 每天折算3课时
CREDIT_DAYS = 5                 # 每满5天计继续教育学分1分
IN_RATE, OUT_RATE = 50, 80      # 生活补贴 元/人/天: 县内 / 县外
CAP = 4000                      # 每人每年
LODGING = 150
FIRM_PAY, FIRM_CAP = 1000, 20000
LEAVE_DAYS = 2
EXCELLENT_SHARE = 15
REPORT_DAYS = 7                 # 实践结束后7日内

CHAPTERS = ["总则", "实践要求", "组织管理", "经费保障", "考核与结果运用", "附则"]
ARTICLES = [
    (0, "purpose", "为落实职业学校教师定期到企业实践制度，提高教师专业实践能力和“双师”素质，根据"
     f"{NATIONAL}，结合我县实际，制定本细则。", []),
    (0, "scope", "本细则适用于本县中等职业学校、技工学校的专业课教师（含实习指导教师，以下简称教师）。文化课教师可以自愿参加。", []),
    (0, "define", "本细则所称顶岗实践，是指教师在企业实际工作岗位上承担具体工作任务的实践活动，分为整段顶岗和周期顶岗。", []),
    (0, "period", f"教师每{YEARS}年累计顶岗实践时间不少于{MONTHS}个月；{YOUNG_AGE}周岁以下的教师，每{YOUNG_YEARS}年至少参加1次整段顶岗。"
     f"顶岗实践时间以天计算，累计{DAYS_PER_MONTH}天折算为1个月。", []),
    (0, "new", f"新招聘且没有3年以上企业工作经历的教师，应当在上岗第一年内完成不少于{NEW_MONTHS}个月的顶岗实践，经考核合格后方可独立"
     "承担专业课教学。", []),
    (0, "duty", "县教育局牵头负责全县职业学校教师顶岗实践工作。县工业和信息化局负责推荐和协调企业接收教师顶岗实践。县人力资源和社会"
     "保障局负责技工学校教师顶岗实践的指导，并将顶岗实践情况作为职称评审的重要依据。县财政局负责经费保障。职业学校负责组织实施。",
     []),
    (1, "content", "教师顶岗实践应当围绕下列任务开展：",
     ["熟悉企业生产流程、岗位标准和管理规范；",
      "掌握本专业领域的新技术、新工艺和新设备操作；",
      "收集企业真实案例，开发实训项目和教学资源。"]),
    (1, "form", f"整段顶岗每次连续不少于{MIN_BLOCK}天，原则上利用暑假进行；周期顶岗每周到企业不少于1天，每学期累计不少于{MIN_TERM}天。",
     []),
    (1, "base", f"县教育局会同县工业和信息化局遴选{BASE_FIRM}，实行动态管理。基地企业应当为每名顶岗教师安排1名企业带教师傅。", []),
    (1, "outside", "教师原则上在县内基地企业顶岗实践；到县外企业顶岗实践的，须经学校同意并报县教育局审批。", []),
    (2, "plan", "职业学校应当于每年4月底前制定本校教师顶岗实践年度计划，报县教育局审核。", []),
    (2, "annual", "县教育局于每年6月15日前印发年度教师顶岗实践计划，明确基地企业、岗位、人数和时间。", []),
    (2, "apply", "教师根据年度计划向学校报名，每人每年参加整段顶岗不超过2次。", []),
    (2, "agreement", "学校、基地企业和顶岗教师应当签订三方协议，约定顶岗岗位、任务、时间、安全和保密责任。", []),
    (2, "journal", "顶岗教师应当每周填写1份顶岗实践周志，由企业带教师傅签字确认。", []),
    (2, "leave", f"顶岗教师应当遵守基地企业的考勤和劳动纪律。请假{LEAVE_DAYS}天以内的，由企业带教师傅批准；{LEAVE_DAYS}天以上的，报学校"
     "批准。", []),
    (2, "stop", "顶岗教师有下列情形之一的，学校应当终止其顶岗实践：",
     ["擅自离岗累计2天以上的；",
      "违反安全生产规定造成事故的；",
      "在顶岗实践中弄虚作假的。"]),
    (2, "safety", "学校应当为顶岗教师购买意外伤害保险；基地企业负责岗前安全培训，培训时间不少于4学时。", []),
    (2, "visit", "学校应当安排专人每月至少到基地企业走访1次，掌握教师顶岗情况。", []),
    (2, "share", "顶岗教师返校后1个月内，应当在本专业教研组作1次顶岗实践汇报，将企业的新技术、新工艺和真实案例融入课程教学。", []),
    (3, "salary", f"教师顶岗实践期间，工资、津贴补贴和绩效工资照常发放；顶岗实践每天折算{WORKLOAD}课时教学工作量。", []),
    (3, "meals", f"县财政对顶岗教师给予生活补贴：在县内企业顶岗的，每人每天{IN_RATE}元；在县外企业顶岗的，每人每天{OUT_RATE}元。"
     f"每人每年生活补贴不超过{CAP}元。", []),
    (3, "travel", f"到县外企业顶岗的，往返路费凭票实报实销，每次顶岗限1次往返；基地企业不提供住宿的，住宿费每人每天不超过{LODGING}元。", []),
    (3, "firm_pay", f"对接收教师顶岗实践的基地企业，每名教师完成1次整段顶岗并考核合格的，补助基地企业{FIRM_PAY}元，每家基地企业每年"
     f"不超过{FIRM_CAP // 10000}万元。", []),
    (3, "nopay", "顶岗教师不得在基地企业领取劳动报酬。", []),
    (3, "budget", "职业学校应当将教师顶岗实践所需的保险、交通、住宿等经费列入年度预算，专款专用。", []),
    (4, "assess", f"顶岗实践结束后{REPORT_DAYS}日内，教师向学校提交顶岗实践周志、实践报告和鉴定表（见附件）。学校会同基地企业进行考核，"
     f"考核结果分为优秀、良好、合格、不合格四个等次，优秀等次比例不超过{EXCELLENT_SHARE}%。", []),
    (4, "credit", f"考核合格以上的，计入顶岗实践时间，每满{CREDIT_DAYS}天计继续教育学分1分；考核优秀的，在职称评审、评优评先中同等条件下"
     "优先。", []),
    (4, "fail", "考核不合格的，不计入顶岗实践时间，不享受生活补贴，须在下一学年重新参加顶岗实践。", []),
    (4, "title", f"教师申报高一级专业技术职称时，应当提供近{YEARS}年顶岗实践累计满{MONTHS}个月的证明；未达到本细则{{period}}规定的，学校不予"
     "推荐。", []),
    (4, "review", "县教育局每2年对基地企业评估一次，评估不合格的，取消其基地企业资格。", []),
    (5, "explain", "本细则由县教育局负责解释。", []),
    (5, "start", f"本细则自{START}起施行，{VALID}。", []),
]

FORM = [
    ["姓名", "", "性别", "", "出生日期", ""],
    ["所在学校", "", "<", "<", "任教专业", ""],
    ["基地企业", "", "<", "<", "顶岗岗位", ""],
    ["企业带教师傅", "", "<", "<", "联系电话", ""],
    ["顶岗方式", "□整段顶岗　□周期顶岗", "<", "<", "累计天数", "天"],
    ["顶岗时间", "年　月　日至　年　月　日", "<", "<", "<", "<"],
    ["实践报告摘要", "", "<", "<", "<", "<"],
    ["鉴定意见", "带教师傅评价", "签字：　年　月　日", "<", "<", "<"],
    ["^", "基地企业意见", "（盖章）　年　月　日", "<", "<", "<"],
    ["^", "学校鉴定等次", "□优秀　□良好　□合格　□不合格<br>（盖章）　年　月　日", "<", "<", "<"],
    ["县教育局审核意见", "（盖章）　年　月　日", "<", "<", "<", "<"],
]
FORM_WIDTHS = [2.6, 3.0, 2.3, 2.6, 2.2, 3.1]
FORM_LABELS = ["姓名", "性别", "出生日期", "所在学校", "任教专业", "基地企业", "顶岗岗位", "企业带教师傅", "联系电话", "顶岗方式",
               "累计天数", "顶岗时间", "实践报告摘要", "鉴定意见", "带教师傅评价", "基地企业意见", "学校鉴定等次", "县教育局审核意见"]
FORM_NOTES = [
    "本表一式两份，学校和县教育局各存1份，复印件由教师本人留存。",
    "累计天数按实际在岗天数填写。",
    "鉴定等次按本细则{assess}确定。",
]
CONTACT = ("县教育局职业与成人教育股", "0774-7286153")
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "guiding": GUIDING, "start": f"本细则自{START}起施行", "valid": VALID,
    "base": BASE_FIRM, "phones": [CONTACT[1]], "national": NATIONAL,
    "period": f"教师每{YEARS}年累计顶岗实践时间不少于{MONTHS}个月",
    "month": f"累计{DAYS_PER_MONTH}天折算为1个月",
    "block": f"整段顶岗每次连续不少于{MIN_BLOCK}天",
    "term": f"每学期累计不少于{MIN_TERM}天",
    "rates": [f"每人每天{IN_RATE}元", f"每人每天{OUT_RATE}元", f"每人每年生活补贴不超过{CAP}元"],
    "workload": f"顶岗实践每天折算{WORKLOAD}课时教学工作量",
    "credit": f"每满{CREDIT_DAYS}天计继续教育学分1分",
    "explain": "本细则由县教育局负责解释",
}
REFS = [("title", "period"), ("form", "assess")]


def art_no(key):
    return next(i for i, a in enumerate(ARTICLES, 1) if a[1] == key)


def art(key):
    return f"第{cn(art_no(key))}条"


def article(key):
    _, _, text, items = ARTICLES[art_no(key) - 1]
    return text + "".join(f"（{cn(k)}）{it}" for k, it in enumerate(items, 1))


def resolve():
    f = {k: art(k) for _, k, _, _ in ARTICLES}
    ARTICLES[:] = [(c, k, t.format(**f), [i.format(**f) for i in its]) for c, k, t, its in ARTICLES]
    FORM_NOTES[:] = [n.format(**f) for n in FORM_NOTES]


def check_refs():
    for where, key in REFS:
        text = article(where) if where != "form" else "".join(FORM_NOTES)
        assert art(key) in text, (where, key, art(key))


resolve()


def source():
    check_refs()
    o = [f"% {NOTE} — fresh43 held-out 实施细则 (written by make_mengshan_pdf.py with ../../tools/make_fodt.py and fodt_table.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各乡镇人民政府，县直有关单位，各职业学校，有关企业：",
          f"经县人民政府同意，现将《{GUIDING}》印发给你们，请遵照执行。各职业学校要把教师顶岗实践作为教师队伍建设的重要内容，"
          "每年12月底前将本校教师顶岗实践完成情况报县教育局。执行中遇到的问题，请及时向县教育局反映。",
          f"联系单位：{CONTACT[0]}，联系电话：{CONTACT[1]}。",
          "@blank", f"@n 附件：{GUIDING}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件主动公开）", "@pb", f"@title {GUIDING}"]
    ch = -1
    for c, key, text, items in ARTICLES:
        if c != ch:
            ch = c
            o.append(f"@chap 第{cn(c + 1)}章　{CHAPTERS[c]}")
        o.append(f"@art {text}")
        o += [f"@item {it}" for it in items]
    o += ["@pb", "@n **附件**", f"@title {FORM_TITLE}", "@n [[TABLE:Form]]"]
    o += [f"@n {'说明：' if k == 1 else ''}{k}．{t}" for k, t in enumerate(FORM_NOTES, 1)]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：蒙山县为真实地名，文号、学校、企业、条件、补助标准、人员和电话均为虚构，仅用于问答"
          f"系统评测；所引{NATIONAL}为真实文件。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        spec = {"widths": FORM_WIDTHS, "rows": FORM, "head": 0, "label": [0]}
        path = base.fodt(tmp, NAME, source(), {"Form": spec})
        base.convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
