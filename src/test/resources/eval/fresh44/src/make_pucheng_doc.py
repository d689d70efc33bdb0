#!/usr/bin/env python3
"""Write fresh44/pucheng-jingsai-fangan.doc (虚构测试文档，非真实政策): a Word 97 .doc written by LibreOffice.

    cd fresh44/src && python3 make_pucheng_doc.py

New shape of this round: per region **(a) a county's 职业技能竞赛实施方案** (that year's vocational skills competition under 产教融合 /
校企合作: organising committee and 责任分工, 赛项 with their 组别, form, organising school and partner firm, who may enter, stages and
dates, scoring, awards, 奖金, titles and skill grades, funding with a budget) **and (b) that county's 获奖奖励兑现 notice** (the winners
and teams by 赛项 with places and amounts, totals, worked examples, how and by when to claim, papers, contacts). This is part (a) of
the dev pair: 浦城县人力资源和社会保障局　浦城县教育局　浦城县总工会　浦城县财政局关于印发《浦城县2026年职业技能竞赛实施方案》的通知
(浦人社〔2026〕18号, 2026年4月8日).

This script writes pucheng-jingsai-fangan.src.txt (markup of ../../tools/make_fodt.py, unchanged): 红头 of the four issuers, 文号 over
a red rule, title, 主送, the short 印发通知, 附件 line, 落款; on a new page the 方案: title, a lead paragraph, **its parts and items as
Word's automatic outline numbering** (`@h1` 一、… / `@h2` （一）… / `@h3` 1. …: the numbers are not in the document's text;
`soffice … txt:Text` writes them with a space after); on a new page the 附件 title and **the 赛项安排表 as a real table whose 承办学校
cells span the rows of their 赛项 (`^`, vertical merge)**, the imprint and the note. The note is put in the meta (→ the .doc's
SummaryInformation: Subject / Comments); `soffice --headless --convert-to doc:"MS Word 97"` (private profile under /tmp).

SECTIONS, EVENTS, UNITS, the figures and the helpers (cn(), part(), sec(), cite(), …) are read by make_pucheng_html.py (the notice
restates the rules and amounts and names the 方案's parts by number), by make_zizhong_pdf.py (cn(), fodt(), convert()) and by
../check_fresh44.py.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")

NAME = "pucheng-jingsai-fangan"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh44"
COUNTY = "浦城县"
ISSUERS = ["浦城县人力资源和社会保障局", "浦城县教育局", "浦城县总工会", "浦城县财政局"]
DOC_NO = "浦人社〔2026〕18号"
D = datetime.date
DATE_D = D(2026, 4, 8)
PLAN = "浦城县2026年职业技能竞赛实施方案"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{PLAN}》的通知"
TABLE_TITLE = "浦城县2026年职业技能竞赛赛项安排表"
LAW = "《中华人民共和国职业教育法》"   # real national law
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"


def cn(n):
    """1..99 → 一 … 九十九"""
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(d, year=True, week=False):
    s = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
    return s + (f"（星期{WEEK[d.weekday()]}）" if week else "")


DATE = cn_date(DATE_D)

# schools, firms
MB, DG = "浦城县梦笔职业中专学校", "浦城县丹桂技工学校"
STAFF, STUDENT = "职工组", "学生组"
SOLO = "个人赛"
# (赛项, 组别, 竞赛形式, team size (1 = 个人赛), 承办学校, 合作企业) — rows of one school follow each other (merged cells)
EVENTS = [
    ("电工", [STAFF, STUDENT], SOLO, 1, MB, "浦城县恒光电力安装有限公司"),
    ("中式烹调师", [STAFF, STUDENT], SOLO, 1, MB, "浦城县荣华山大酒店有限公司"),
    ("电子商务", [STUDENT], "团体赛（每队3人）", 3, MB, "浦城县桂韵电子商务有限公司"),
    ("焊工", [STAFF], SOLO, 1, DG, "浦城县鼎力重工机械有限公司"),
    ("汽车维修工", [STUDENT], "团体赛（每队2人）", 2, DG, "浦城县驰顺汽车服务有限公司"),
    ("养老护理员", [STAFF, STUDENT], SOLO, 1, DG, "浦城县福寿康养服务有限公司"),
]
HEAD = ["序号", "赛项", "组别", "竞赛形式", "承办学校", "合作企业"]
WIDTHS = [1.1, 2.4, 2.4, 2.8, 3.9, 4.6]
UNITS = [(e[0], g) for e in EVENTS for g in e[1]]          # 组别赛项

# dates
SIGN_UP = (D(2026, 4, 20), D(2026, 5, 8))
LIST_BY = D(2026, 5, 15)
THEORY = D(2026, 5, 23)
FINAL = (D(2026, 6, 6), D(2026, 6, 7))
NOTIFY_DAYS = 3                 # 决赛具体时间提前3天通知
RESULT_DAYS = 3                 # 决赛结束后3个工作日内公布成绩
PUBLICITY_DAYS = 5              # 公示期5个工作日
OBJECT_DAYS, ANSWER_DAYS = 2, 3 # 复核申请 2个工作日内; 答复 3个工作日内
NOTICE_WITHIN = 30              # 公示期满后30日内发布奖励兑现通知
# rules and figures
AGE = (16, 60)
PER_UNIT_ENTRIES = 3
FINALISTS = 10
MIN_FOR_THIRD = 6               # 决赛选手（队）不足6名的，不设三等奖
THEORY_MIN, THEORY_FULL = 90, 100
W_THEORY, W_PRACTICE = 30, 70   # %
PASS_PRACTICE = 60
JUDGES, FIRM_JUDGES = 5, 2
PLACES = ["一等奖", "二等奖", "三等奖"]
N_PLACES = {"一等奖": 1, "二等奖": 1, "三等奖": 2}
PRIZE = {  # per person (个人赛) or per team (团体赛)
    (STAFF, 1): {"一等奖": 5000, "二等奖": 3000, "三等奖": 1500},
    (STUDENT, 1): {"一等奖": 2000, "二等奖": 1200, "三等奖": 800},
    (STUDENT, "team"): {"一等奖": 4800, "二等奖": 3000, "三等奖": 1800},
}
TEACHER_PRIZE = {"一等奖": 1000, "二等奖": 600}
MAX_ORG_AWARDS = 3
TITLE_STAFF, TITLE_STUDENT = "浦城县技术能手", "浦城县技能新秀"
HOST_PAY = 20000                # 办赛补助 per 组别赛项
PRIZE_BUDGET = 120000
CONTACTS = [("县人力资源和社会保障局职业能力建设股", "邱明辉", "0599-2832716"),
            ("县教育局职成股", "詹丽娟", "0599-2835208")]


def prize(group, size, place):
    return PRIZE[(group, 1 if size == 1 else "team")][place]


def w(x):
    return f"{x // 10000}万元" if x % 10000 == 0 else f"{x}元"


HOST_TOTAL = HOST_PAY * len(UNITS)
BUDGET = HOST_TOTAL + PRIZE_BUDGET
N_EVENTS, N_UNITS = len(EVENTS), len(UNITS)
TEAM_EVENTS = [e for e in EVENTS if e[3] > 1]

# the 方案: (level, key, text) — level 1 一、 (a heading), 2 （一）, 3 1.; level 0 a plain paragraph
SECTIONS = [
    (0, "lead", f"为深入贯彻{LAW}，推进产教融合、校企合作，以赛促学、以赛促训，加快培养高素质技术技能人才，结合我县实际，制定本方案。"),
    (1, "theme", "竞赛主题和原则"),
    (0, "theme_text", "竞赛以“技能成就梦想　匠心助力发展”为主题，坚持公开、公平、公正，坚持学校承办、企业合作、行业参与。"),
    (1, "org", "组织机构"),
    (2, "committee", "组织委员会。成立浦城县2026年职业技能竞赛组织委员会（以下简称组委会），由县人民政府分管副县长任主任，县人力资源和"
     "社会保障局、县教育局、县总工会主要负责同志任副主任，县财政局、县工业和信息化局、县市场监督管理局、团县委分管负责同志为成员，"
     "负责竞赛的统筹领导和重大事项决策。"),
    (2, "office", "组委会办公室。组委会下设办公室，设在县人力资源和社会保障局，办公室主任由县人力资源和社会保障局分管副局长兼任，负责"
     "竞赛日常工作，承担报名审核、成绩汇总、证书制作和奖励兑现等工作。"),
    (2, "judges", f"裁判组和监督仲裁组。各赛项设裁判组，裁判长由合作企业技术负责人担任，每个赛项裁判员不少于{JUDGES}人，其中合作企业"
     f"技术人员不少于{FIRM_JUDGES}人。监督仲裁组设在县总工会，负责竞赛全过程监督，受理选手对竞赛成绩的异议。"),
    (2, "duties", "责任分工。"),
    (3, "d_hrss", "县人力资源和社会保障局：牵头组织竞赛，负责职工组报名、技能等级晋升和奖金发放。"),
    (3, "d_edu", "县教育局：负责学生组报名，指导承办学校做好场地、设备和安全保障。"),
    (3, "d_union", "县总工会：负责监督仲裁工作，组织职工参赛宣传动员。"),
    (3, "d_fin", "县财政局：负责竞赛经费保障和资金监管。"),
    (3, "d_ind", "县工业和信息化局：负责动员工业企业选派职工参赛。"),
    (3, "d_school", "承办学校：负责赛项的具体组织实施，会同合作企业制定赛项技术文件，保障竞赛场地和设备。"),
    (3, "d_firm", "合作企业：负责提供竞赛设备和技术支持，选派技术人员担任裁判。"),
    (1, "events", "赛项设置"),
    (2, "ev_list", f"本次竞赛设{'、'.join(e[0] for e in EVENTS)}{N_EVENTS}个赛项，分职工组和学生组，共{N_UNITS}个组别赛项。各赛项的组别、"
     "竞赛形式、承办学校和合作企业见附件。"),
    (2, "ev_form", "竞赛分个人赛和团体赛。" + "；".join(f"{e[0]}赛项为团体赛，每队{e[3]}人" for e in TEAM_EVENTS) + "；其他赛项为个人赛。"),
    (2, "ev_level", "各赛项由承办学校会同合作企业，参照国家职业标准中级工（四级）要求命题，实际操作试题结合合作企业生产实际设计。"),
    (1, "who", "参赛对象和条件"),
    (2, "who_staff", f"职工组：在本县行政区域内企业、事业单位和其他组织就业的职工，以及在本县从业的个体工商户，须{AGE[0]}周岁以上、"
     f"{AGE[1]}周岁以下。"),
    (2, "who_student", "学生组：本县中等职业学校、技工学校全日制在籍学生。"),
    (2, "who_not", "已获得“浦城县技术能手”称号的人员，不得报名参加同一赛项职工组竞赛；已取得本职业（工种）技师及以上职业技能等级"
     "证书的人员，不得报名参加该赛项职工组竞赛。"),
    (2, "who_limit", f"每名选手限报1个赛项。每个单位每个组别赛项限报{PER_UNIT_ENTRIES}名（队）选手。学生组每名（队）选手可以配备指导"
     "教师1名，团体赛每队不超过2名。"),
    (2, "who_judge", "担任裁判的人员不得报名参赛。"),
    (1, "schedule", "竞赛安排"),
    (2, "s_signup", f"报名。{cn_date(SIGN_UP[0], week=True)}至{cn_date(SIGN_UP[1], year=False, week=True)}。职工组选手由所在单位统一"
     "向县人力资源和社会保障局报名，个体工商户可以直接报名；学生组选手由所在学校统一向县教育局报名。参赛选手不交纳任何费用。"),
    (2, "s_list", f"资格审核。组委会办公室于{cn_date(LIST_BY, year=False)}前完成资格审核，公布参赛名单。"),
    (2, "s_theory", f"初赛。{cn_date(THEORY, week=True)}上午9:00举行理论知识考试，采取闭卷笔试，时间{THEORY_MIN}分钟，满分"
     f"{THEORY_FULL}分，地点在{MB}。每个组别赛项按初赛成绩从高到低取前{FINALISTS}名（队）进入决赛，报名不足{FINALISTS}名（队）的"
     "全部进入决赛。团体赛的初赛成绩为队员成绩的平均分。"),
    (2, "s_final", f"决赛。{cn_date(FINAL[0], week=True)}至{cn_date(FINAL[1], year=False, week=True)}在各承办学校举行实际操作比赛，"
     f"具体时间由承办学校提前{NOTIFY_DAYS}天通知选手。"),
    (2, "s_result", f"成绩公布。决赛结束后{RESULT_DAYS}个工作日内公布竞赛成绩并进行公示，公示期{PUBLICITY_DAYS}个工作日。"),
    (1, "scoring", "评分办法"),
    (2, "sc_weight", f"总成绩按初赛理论知识成绩占{W_THEORY}%、决赛实际操作成绩占{W_PRACTICE}%计算。"),
    (2, "sc_tie", "总成绩相同的，实际操作成绩高者名次在前；实际操作成绩也相同的，实际操作用时少者名次在前。"),
    (2, "sc_pass", f"决赛实际操作成绩低于{PASS_PRACTICE}分的，不予评奖。"),
    (2, "sc_object", f"选手对成绩有异议的，可以在成绩公布之日起{OBJECT_DAYS}个工作日内向监督仲裁组书面提出复核申请，监督仲裁组在"
     f"{ANSWER_DAYS}个工作日内作出答复。"),
    (1, "awards", "奖励办法"),
    (2, "a_places", f"设奖。每个组别赛项设一等奖{N_PLACES['一等奖']}名、二等奖{N_PLACES['二等奖']}名、三等奖{N_PLACES['三等奖']}名，"
     f"团体赛按队计。决赛选手（队）不足{MIN_FOR_THIRD}名（队）的，不设三等奖。"),
    (2, "a_prize", "选手奖金。职工组一等奖每人{0}元、二等奖每人{1}元、三等奖每人{2}元；学生组个人赛一等奖每人{3}元、二等奖每人{4}元、"
     "三等奖每人{5}元；学生组团体赛一等奖每队{6}元、二等奖每队{7}元、三等奖每队{8}元，由队员平均分配。".format(
         *[PRIZE[k][p] for k in ((STAFF, 1), (STUDENT, 1), (STUDENT, "team")) for p in PLACES])),
    (2, "a_teacher", f"指导教师奖金。学生组获得一等奖、二等奖的选手（队），其指导教师每人分别奖励{TEACHER_PRIZE['一等奖']}元、"
     f"{TEACHER_PRIZE['二等奖']}元。同一指导教师指导多名（队）选手获奖的，按最高一项计发，不重复计发。"),
    (2, "a_title", f"荣誉称号。职工组一等奖选手由县人力资源和社会保障局授予“{TITLE_STAFF}”称号；学生组一等奖选手由县教育局、县人力资源"
     f"和社会保障局授予“{TITLE_STUDENT}”称号。"),
    (2, "a_grade", "技能等级。职工组一等奖选手，可以按规定晋升一级职业技能等级，最高晋升至技师；职工组二等奖、三等奖选手尚未取得本职业"
     "（工种）职业技能等级证书的，可以按规定直接认定中级工（四级）职业技能等级。"),
    (2, "a_org", f"优秀组织奖。对组织参赛成效突出的单位，评选优秀组织奖不超过{MAX_ORG_AWARDS}个，颁发证书。"),
    (2, "a_pay", f"兑现。获奖选手和指导教师由组委会颁发获奖证书。奖金和证书由组委会办公室在成绩公示期满后统一兑现，组委会办公室应当在"
     f"公示期满后{NOTICE_WITHIN}日内发布奖励兑现通知。"),
    (2, "a_cheat", "选手以弄虚作假等不正当手段获奖的，取消其成绩和称号，收回奖金和证书。"),
    (1, "funds", "经费保障"),
    (2, "f_source", "竞赛经费由县财政在县级职业技能提升资金中统筹安排。"),
    (2, "f_host", f"对承办学校按每个组别赛项{w(HOST_PAY)}的标准给予办赛补助，用于场地布置、耗材、试题编制和裁判酬金等支出；合作企业"
     "提供的设备和技术服务不另行付费。"),
    (2, "f_prize", "选手奖金和指导教师奖金由县人力资源和社会保障局按程序申请拨付后发放，奖金为含税金额。"),
    (2, "f_travel", "选手参赛期间的往返交通和就餐，由选手所在单位（学校）负责安排。"),
    (2, "f_budget", f"竞赛经费预算共计{w(BUDGET)}，其中办赛补助{w(HOST_TOTAL)}、奖金{w(PRIZE_BUDGET)}。"),
    (1, "req", "工作要求"),
    (2, "r_lead", "加强组织领导。各乡镇、各有关单位要高度重视，积极动员职工和学生报名参赛，为参赛人员提供练习条件。"),
    (2, "r_safe", "确保竞赛安全。承办学校应当制定安全预案，为决赛选手购买赛事期间意外伤害保险，合作企业应当对竞赛设备进行安全检查。"),
    (2, "r_rule", "严肃竞赛纪律。裁判员与参赛选手有师生、同事或者亲属关系的，应当主动申请不参加该赛项执裁。"),
    (1, "contact", "联系方式"),
    (0, "c1", f"{CONTACTS[0][0]}：{CONTACTS[0][1]}，电话{CONTACTS[0][2]}（职工组报名、技能等级、奖金发放）。"),
    (0, "c2", f"{CONTACTS[1][0]}：{CONTACTS[1][1]}，电话{CONTACTS[1][2]}（学生组报名、承办学校）。"),
]
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "plan": PLAN, "law": LAW,
    "phones": [c[2] for c in CONTACTS],
    "events": f"{N_EVENTS}个赛项", "units": f"共{N_UNITS}个组别赛项",
    "age": f"须{AGE[0]}周岁以上、{AGE[1]}周岁以下",
    "weights": f"初赛理论知识成绩占{W_THEORY}%、决赛实际操作成绩占{W_PRACTICE}%",
    "third": f"决赛选手（队）不足{MIN_FOR_THIRD}名（队）的，不设三等奖",
    "teacher": "按最高一项计发，不重复计发",
    "titles": [TITLE_STAFF, TITLE_STUDENT],
    "budget": f"竞赛经费预算共计{w(BUDGET)}，其中办赛补助{w(HOST_TOTAL)}、奖金{w(PRIZE_BUDGET)}",
    "host": f"每个组别赛项{w(HOST_PAY)}",
    "notice": f"公示期满后{NOTICE_WITHIN}日内发布奖励兑现通知",
}


def numbering():
    """key → its number as printed: 一、 for a part, （一） for an item, 1. for a sub-item (Word's outline numbering)"""
    out, h1, h2, h3 = {}, 0, 0, 0
    for lvl, key, _ in SECTIONS:
        if lvl == 1:
            h1, h2, h3 = h1 + 1, 0, 0
            out[key] = (h1,)
        elif lvl == 2:
            h2, h3 = h2 + 1, 0
            out[key] = (h1, h2)
        elif lvl == 3:
            h3 += 1
            out[key] = (h1, h2, h3)
    return out


def label(key):
    n = numbering()[key]
    return [f"{cn(n[0])}、", f"（{cn(n[1])}）" if len(n) > 1 else "", f"{n[2]}." if len(n) > 2 else ""][len(n) - 1]


def cite(key):
    """how the notice cites an item of the 方案: 第七部分第（二）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}部分" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    return next(t for _, k, t in SECTIONS if k == key)


def table_rows():
    rows = []
    for k, e in enumerate(EVENTS, 1):
        school = e[4] if k == 1 or EVENTS[k - 2][4] != e[4] else "^"
        rows.append([str(k), e[0], "、".join(e[1]), e[2], school, e[5]])
    return rows


def source():
    assert len(UNITS) == 9 and BUDGET == HOST_TOTAL + PRIZE_BUDGET
    o = [f"% {NOTE} — fresh44 dev 实施方案 (written by make_pucheng_doc.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各乡镇人民政府、街道办事处，县直有关单位，各职业学校，各有关企业：",
          f"为深化产教融合、校企合作，营造劳动光荣、技能宝贵、创造伟大的良好氛围，经县人民政府同意，现将《{PLAN}》印发给你们，请结合"
          f"实际认真组织实施。各单位要积极动员职工和学生报名参赛，于{cn_date(SIGN_UP[1])}前按要求报送参赛人员信息。",
          f"联系单位：{CONTACTS[0][0]}，电话：{CONTACTS[0][2]}。",
          "@blank", f"@n 附件：{PLAN}（含赛项安排表）", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）", "@pb", f"@title {PLAN}"]
    for lvl, key, t in SECTIONS:
        o.append({0: "", 1: "@h1 ", 2: "@h2 ", 3: "@h3 "}[lvl] + t)
    o += ["@pb", "@n **附件**", f"@title {TABLE_TITLE}", "@table " + " ".join(str(x) for x in WIDTHS)]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o += ["@endtable",
          f"@n 注：团体赛每队可以配备指导教师不超过2名；每个单位每个组别赛项限报{PER_UNIT_ENTRIES}名（队）选手。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：浦城县为真实地名，文号、学校、企业、赛项安排、日期、奖金和补助标准、人员和电话均为虚构，"
          f"仅用于问答系统评测；所引{LAW}为真实法律。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, src_text):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the note in dc:subject and dc:description."""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    t = open(path, encoding="utf-8").read()
    assert t.count("</dc:title>") == 1
    t = t.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                 f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    open(path, "w", encoding="utf-8").write(t)
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
