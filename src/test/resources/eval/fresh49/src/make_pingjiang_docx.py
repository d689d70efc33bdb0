#!/usr/bin/env python3
"""Write fresh49/pingjiang-baoxian-xize.docx (虚构测试文档，非真实政策): the held-out county's 实习保险统一投保 管理细则（试行）
with its 印发通知, as a .docx written by LibreOffice.

    cd fresh49/src && python3 make_pingjiang_docx.py      (needs soffice)

Part (a) of the held-out pair (the same shape as make_ningcheng_pdf.py, in other words and numbers: 条 without 章, other
issuers and duties, an insurer chosen by 公开招标 for three years, other limits — medical costs after the social medical
insurance at 90 %, a legal-costs item —, a calendar-year policy, **a premium by the day (认识实习) and by the month (岗位实习)**,
other shares — the school pays for 认识实习, the firm for 岗位实习 with **a county subsidy only where the firm is in the county**
—, quarterly settlement and half-yearly subsidy, other hours and days, other exclusions, a half-yearly 公示, 试行 and 试行期).

**Layout: a `.docx` whose 第X条 are typed text in a bold run** (this file → `src/pingjiang-baoxian-xize.src.txt` →
`../../tools/make_fodt.py` (unchanged: plain `@n` paragraphs with `**第X条**`, no list numbering) → the note into the meta →
`soffice --convert-to docx:"MS Word 2007 XML"`): the 印发通知 without 红头 (a title, the 文号 centred, 主送, text, 落款), then on a
new page the 细则, then **the annex 保障方案表 as a real Word table (`<w:tbl>`) with a two-row header — `责任限额` spanning two
columns (`w:gridSpan`) over `每人` / `每次事故`, `序号` / `保障项目` / `赔付标准` spanning the two header rows (`w:vMerge`)**, both
header rows repeated on a new page.
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "pingjiang-baoxian-xize"
ISSUERS = ["平江县教育局", "平江县财政局"]
DOC_NO = "平教发〔2026〕12号"
DATE_D = D(2026, 3, 6)
DATE = cn_date(DATE_D)
RULES = "平江县职业院校学生实习保险统一投保管理细则（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "平江县职业院校学生实习保险保障方案表"
BASIS = "《职业学校学生实习管理规定》（教职成〔2021〕4号）"   # real national document
PLATFORM = "县职业教育实习管理平台"

SERVICE_YEARS = 3              # 承保期限3年
ADJUSTERS = 3                  # 理赔人员不少于3名
DEATH = 500000                 # 死亡、残疾 每人50万元
MEDICAL = 30000                # 医疗费用 每人3万元
MED_RATE = 90                  # 社保报销后剩余合理部分 按90%赔付
ALLOWANCE = 80                 # 住院补贴 每人每天80元
ALLOW_DAYS = 60                # 累计不超过60天
LEGAL = 20000                  # 法律费用 每次事故不超过2万元
PER_ACCIDENT = 5000000         # 每次事故 死亡残疾累计 500万元
FEE_DAY = 1                    # 认识实习 每生每天1元
FEE_MONTH = 10                 # 岗位实习 每生每月10元
SUBSIDY = 40                   # 县内实习单位 县财政补助40%
SETTLE_DAYS = 10               # 每季度结束后10个工作日内 结算清单
PAY_DAYS = 15                  # 收到结算清单后15日内 缴纳
ENTER_DAYS = 2                 # 实习开始2个工作日前 录入
CHANGE_DAYS = 1                # 名单变化 1个工作日内
REPORT_HOURS = 48              # 48小时内报案
SERIOUS_HOURS = 1              # 死亡或者重伤 1小时内
DECIDE_DAYS = 5                # 材料齐全后5个工作日内核定
PAY_AFTER = 3                  # 核定后3个工作日内赔付
REFUSE_DAYS = 3                # 3日内书面通知
ADVANCE_FROM = 10000           # 预计超过1万元 可申请预付
ADVANCE_SHARE = 30             # 不超过30%
SCORE = 85                     # 满意度测评低于85分
PUBLIC_DAYS = 7                # 公示不少于7天
EFFECTIVE = D(2026, 4, 1)
TRIAL_YEARS = 2
CONTACTS = [("县教育局职业教育与成人教育股", "钟海燕", "0730-6223418"),
            ("县财政局教育科技股", "彭建军", "0730-6225072")]

ARTICLES = [
    ("purpose", f"为规范职业院校学生实习保险投保和理赔工作，保障实习学生合法权益，根据{BASIS}，结合本县实际，制定本细则。"),
    ("scope", "本细则适用于本县中等职业学校、技工学校（以下统称职业院校）学生在县内外实习单位开展的认识实习和岗位实习。"),
    ("define", f"本细则所称统一投保，是指由县教育局统一组织、统一招标、统一保障方案，职业院校作为投保人，通过{PLATFORM}"
     "（以下简称平台）为实习学生办理实习保险。"),
    ("duties", "县教育局负责统一投保的组织、承保机构招标和服务考核；县财政局负责县财政补助资金的安排和拨付；职业院校负责录入投保名单、"
     "缴纳认识实习保费和报案；实习单位负责缴纳岗位实习保费，出具事故证明；承保机构负责出具保单、驻点服务和理赔。"),
    ("insurer", f"县教育局委托县公共资源交易中心通过公开招标确定承保机构，承保期限{SERVICE_YEARS}年，每年考核一次。承保机构应当在县城设立"
     f"理赔服务点，理赔人员不少于{ADJUSTERS}名。"),
    ("cover", "实习保险保障内容和责任限额如下："),
    ("cv_1", f"（一）死亡、残疾：每人{w(DEATH)}，残疾按照鉴定等级对应比例给付，一级为100%，十级为10%；"),
    ("cv_2", f"（二）医疗费用：每人{w(MEDICAL)}，不设免赔额，经社会医疗保险支付后剩余的合理部分按照{MED_RATE}%赔付；"),
    ("cv_3", f"（三）住院补贴：每人每天{ALLOWANCE}元，累计不超过{ALLOW_DAYS}天；"),
    ("cv_4", f"（四）法律费用：每次事故不超过{w(LEGAL)}。"),
    ("period", "保单按自然年度出具，每年1月1日至12月31日为一个保险年度。每名学生的保险责任自实习开始之日零时起，至实习结束之日二十四时止。"),
    ("fee", f"认识实习保费每生每天{FEE_DAY}元；岗位实习保费每生每月{FEE_MONTH}元，不足1个月的按1个月计算。"),
    ("share", f"认识实习保费由职业院校在公用经费中列支。岗位实习保费由实习单位承担；学生在县内实习单位岗位实习的，县财政按保费的"
     f"{SUBSIDY}%给予补助，其余部分由实习单位承担。严禁向学生收取任何保费。"),
    ("settle", f"保费按季度结算。承保机构在每季度结束后{SETTLE_DAYS}个工作日内出具结算清单，职业院校和实习单位在收到结算清单后"
     f"{PAY_DAYS}日内缴纳各自承担的保费。县财政补助资金由县财政局每半年拨付一次，分别于当年7月和次年1月拨付。"),
    ("enter", f"职业院校应当在学生实习开始{ENTER_DAYS}个工作日前，将实习学生名单、实习单位和实习起止时间录入平台。名单发生变化的，"
     f"应当在{CHANGE_DAYS}个工作日内更新。"),
    ("report", f"发生事故后，职业院校或者实习单位应当在{REPORT_HOURS}小时内通过平台或者理赔服务电话报案；发生学生死亡或者重伤的，应当在"
     f"{SERIOUS_HOURS}小时内报告县教育局。"),
    ("papers", "申请理赔应当提交下列材料："),
    ("pp_1", "（一）理赔申请表；"),
    ("pp_2", "（二）学生身份证和学生证复印件；"),
    ("pp_3", "（三）实习协议和实习单位出具的事故证明；"),
    ("pp_4", "（四）医疗费用原始票据、费用清单和出院小结；"),
    ("pp_5", "（五）社会医疗保险结算单；"),
    ("pp_6", "（六）涉及残疾或者死亡的，提供残疾鉴定书或者死亡证明。"),
    ("decide", f"承保机构应当在理赔材料齐全后{DECIDE_DAYS}个工作日内核定，核定后{PAY_AFTER}个工作日内赔付；不予赔付的，应当自核定之日起"
     f"{REFUSE_DAYS}日内书面通知职业院校并说明理由。"),
    ("advance", f"学生医疗费用预计超过{w(ADVANCE_FROM)}的，职业院校可以申请先行支付，先行支付金额不超过预计医疗费用的{ADVANCE_SHARE}%。"),
    ("exclude", "下列事故不属于保险责任："),
    ("ex_1", "（一）学生故意行为或者参与斗殴；"),
    ("ex_2", "（二）学生酒后驾驶或者无证驾驶机动车；"),
    ("ex_3", "（三）学生自行外出旅游、探亲期间发生的事故；"),
    ("ex_4", "（四）未在平台录入名单的学生发生的事故。"),
    ("assess", f"县教育局每年组织职业院校、实习单位和学生对承保机构进行满意度测评。测评得分低于{SCORE}分的，责令限期整改；连续两年低于"
     f"{SCORE}分的，终止承保协议。"),
    ("public", f"县教育局每半年在县教育局网站公示一次投保和理赔情况，公示期不少于{PUBLIC_DAYS}天。"),
    ("liable", "职业院校未按规定录入名单，致使学生发生事故得不到赔付的，由职业院校承担相应责任。向学生收取保费的，责令退还并通报。"),
    ("explain", "本细则由县教育局负责解释。"),
    ("effect", f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年。"),
]
ART_KEYS = ["purpose", "scope", "define", "duties", "insurer", "cover", "period", "fee", "share", "settle", "enter", "report",
            "papers", "decide", "advance", "exclude", "assess", "public", "liable", "explain", "effect"]

# annex: two header rows ("<" covered by the cell to its left, "^" by the cell above), then a row an item
HEAD_ROWS = [["序号", "保障项目", "责任限额", "<", "赔付标准"],
             ["^", "^", "每人", "每次事故", "^"]]
ANNEX = [
    ["1", "死亡、残疾", w(DEATH), w(PER_ACCIDENT), "残疾按鉴定等级比例给付，一级100%至十级10%"],
    ["2", "医疗费用", w(MEDICAL), "—", f"社会医疗保险支付后剩余合理部分的{MED_RATE}%，不设免赔额"],
    ["3", "住院补贴", f"每天{ALLOWANCE}元", "—", f"累计不超过{ALLOW_DAYS}天"],
    ["4", "法律费用", "—", w(LEGAL), "据实赔付"],
]
WIDTHS = [1.2, 2.6, 2.4, 2.4, 7.0]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：平江县为真实地名，文号、保障方案、保费标准、日期、人员和电话均为虚构，仅用于问答系统评测；"
             "所引教职成〔2021〕4号为真实文件。")

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "basis": BASIS,
    "phones": [c[2] for c in CONTACTS],
    "death": f"每人{w(DEATH)}",
    "fee": f"岗位实习保费每生每月{FEE_MONTH}元",
    "effect": f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年",
}


def numbering():
    out, a, i = {}, 0, 0
    for key, _ in ARTICLES:
        if key in ART_KEYS:
            a, i = a + 1, 0
            out[key] = (a,)
        else:
            i += 1
            out[key] = (a, i)
    return out


def art_no(key):
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    return next(t for k, t in ARTICLES if k == key)


def printed():
    return [(f"{art_no(k)}　{t}" if k in ART_KEYS else t) for k, t in ARTICLES]


def source():
    L = [f"@title {TITLE}", f"@c {DOC_NO}", "@blank", "@n 各职业院校，各有关实习单位："]
    L += [f"现将《{RULES}》印发给你们，请遵照执行。试行中遇到的问题，请及时向县教育局反映。",
          f"{PLATFORM}于{cn_date(D(2026, 3, 25), week=True)}开通。各职业院校应当于{cn_date(D(2026, 3, 27), False, True)}前完成"
          "本校管理员账号注册，在4月1日后开始实习的学生，一律通过平台录入投保名单。",
          f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；{CONTACTS[1][0]}{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}。",
          f"附件：{TABLE_TITLE}"]
    L += [f"@r {'　'.join(ISSUERS)}", f"@r {DATE}", "@pb", f"@title {RULES}"]
    for k, t in ARTICLES:
        L.append(f"@n **{art_no(k)}**　{t}" if k in ART_KEYS else f"@n 　　{t}")
    L += ["@pb", "@n 附件", f"@title {TABLE_TITLE}", "@table head=2 " + " ".join(str(x) for x in WIDTHS)]
    L += ["| " + " | ".join(r) + " |" for r in HEAD_ROWS + ANNEX]
    L += ["@endtable", "@blank", f"@small {NOTE_TEXT}", f"@small {NOTE}。"]
    return L


def main():
    path = fodt("make_pingjiang_docx.py", NAME, source(), TITLE, NOTE_TEXT)
    convert(path, 'docx:MS Word 2007 XML')
    shutil.rmtree(os.path.dirname(path))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"), len(ART_KEYS), "条")


if __name__ == "__main__":
    main()
