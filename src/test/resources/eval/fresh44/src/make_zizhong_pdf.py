#!/usr/bin/env python3
"""Write fresh44/zizhong-dasai-fangan.pdf (虚构测试文档，非真实政策): the held-out 实施方案, a PDF printed by LibreOffice.

    cd fresh44/src && python3 make_zizhong_pdf.py

Part (a) of the held-out pair (the same kind of document as make_pucheng_doc.py in other words and numbers: the lead, the leading
group and its office, judges and a supervising group, duties, the 竞赛项目 and their 比赛单元 with 组别, form, school and firm, who may
enter, stages and dates, scoring with two formulas, places and 奖金 with a top-up for teams, the teachers' 奖金 with a cap, titles
and skill grades, the units' award, funding with a budget, requirements, contacts). Layout: 红头 of three issuers, 文号 over a red
rule, the 印发通知, 落款; the 方案 on a new page with **Word-style outline numbering** (`@h1` / `@h2` / `@h3` — in the PDF the numbers
are printed text); **the 比赛单元 table in the body, long enough to run over a page break** (`@table`, its header row repeated on the
next page); `— N —` footers; the note in the meta (→ the PDF's Subject) and on the last page. `soffice --headless --convert-to pdf`.

SECTIONS, UNITS, the figures and the helpers are read by make_zizhong_md.py and ../check_fresh44.py.
"""
import datetime
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_pucheng_doc as base  # noqa: E402

cn, cn_date, NOTE, LAW = base.cn, base.cn_date, base.NOTE, base.LAW
NAME = "zizhong-dasai-fangan"
COUNTY = "资中县"
ISSUERS = ["资中县人力资源和社会保障局", "资中县教育和体育局", "资中县经济和信息化局"]
DOC_NO = "资人社发〔2026〕12号"
D = datetime.date
DATE_D = D(2026, 3, 30)
DATE = cn_date(DATE_D)
PLAN = "资中县2026年职业技能大赛实施方案"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{PLAN}》的通知"

TJ, ZZ = "资中县沱江职业技术学校", "资中县资州技工学校"
STAFF, STUDENT, TEACHER = "职工组", "学生组", "教师组"
SOLO = "个人赛"
# 比赛单元: (竞赛项目, 组别, 比赛方式, team size, 承办院校, 支持企业)
UNITS = [
    ("电工", STAFF, SOLO, 1, TJ, "资中县兴电电力工程有限公司"),
    ("电工", STUDENT, SOLO, 1, TJ, "资中县兴电电力工程有限公司"),
    ("电工", TEACHER, SOLO, 1, TJ, "资中县兴电电力工程有限公司"),
    ("钳工", STAFF, SOLO, 1, ZZ, "资中县恒锐机械制造有限公司"),
    ("钳工", STUDENT, "双人赛（每队2人）", 2, ZZ, "资中县恒锐机械制造有限公司"),
    ("中式面点师", STAFF, SOLO, 1, TJ, "资中县冬尖食品有限公司"),
    ("电子商务师", STUDENT, "团队赛（每队3人）", 3, TJ, "资中县橙乡电子商务有限公司"),
    ("育婴员", STAFF, SOLO, 1, ZZ, "资中县贝贝乐母婴护理服务有限公司"),
]
PROJECTS = list(dict.fromkeys(u[0] for u in UNITS))
HEAD = ["序号", "竞赛项目", "组别", "比赛方式", "技能操作内容", "承办院校", "支持企业"]
WIDTHS = [0.9, 1.9, 1.5, 2.0, 4.0, 2.7, 3.0]
# 技能操作内容 of each 比赛单元 (same order as UNITS)
CONTENT = [
    "低压配电线路安装与调试、电动机控制线路故障排除",
    "电气控制线路安装与调试、照明线路安装",
    "可编程控制器应用编程与调试、教学能力展示（15分钟）",
    "锉削、钻孔和配合件制作，零件尺寸精度检测",
    "双人协作完成配合件加工与装配",
    "资中特色面点制作、发酵面团和烫面制品制作",
    "网店开设与装修、农产品直播推广方案设计",
    "婴幼儿生活照料、日常保健和早期发展指导",
]

SIGN_UP = (D(2026, 4, 13), D(2026, 4, 30))
THEORY = D(2026, 5, 16)
RULES_BY = D(2026, 5, 8)
PRACTICE = (D(2026, 5, 30), D(2026, 5, 31))
RESULT_WITHIN = 7           # 比赛结束后7日内公示成绩
PUBLICITY = 7               # 公示期7天
ANSWER_DAYS = 5             # 复核申请 5日内答复
NOTICE_MONTH = 1            # 公示期满后1个月内印发奖金发放通知
AGE = (18, 55)
PER_UNIT = 5
THEORY_MIN = 60
THEORY_PASS = 60
W_THEORY, W_PRACTICE = 20, 80
W_T_PRACTICE, W_T_SHOW = 70, 30
PASS_PRACTICE = 60
MIN_JUDGES, MAX_JUDGES = 3, 7
PLACES = ["第一名", "第二名", "第三名", "优胜奖"]
MERIT = 2                    # 第四名、第五名为优胜奖
MIN_FOR_MERIT = 8            # 参赛选手（队）不足8名（队）的，不设优胜奖
PRIZE = {
    STAFF: {"第一名": 6000, "第二名": 4000, "第三名": 2500, "优胜奖": 800},
    STUDENT: {"第一名": 2500, "第二名": 1500, "第三名": 1000, "优胜奖": 400},
    TEACHER: {"第一名": 3000, "第二名": 2000, "第三名": 1000, "优胜奖": 0},
}
TEACHER_PRIZE, TEACHER_CAP = 500, 1500
ORG_MAX, ORG_PAY = 4, 5000
TITLE_STAFF, TITLE_STUDENT, TITLE_TEACHER = "资中县技术标兵", "资中县技能之星", "资中县技能教学名师"
HOST_PAY = 15000
PRIZE_BUDGET = 150000
CONTACTS = [("县人力资源和社会保障局职业能力建设股", "廖建军", "0832-5521637"),
            ("县教育和体育局职成教股", "罗小琴", "0832-5536209")]


def w(x):
    if x % 10000 == 0:
        return f"{x // 10000}万元"
    if x % 1000 == 0:
        return f"{x / 10000:g}万元"
    return f"{x}元"


HOST_TOTAL = HOST_PAY * len(UNITS)
BUDGET = HOST_TOTAL + PRIZE_BUDGET
TEAM_UNITS = [u for u in UNITS if u[3] > 1]


def prize(group, size, place):
    """per team: the personal amount × the team's size"""
    return PRIZE[group][place] * size


SECTIONS = [
    (0, "lead", f"为贯彻落实{LAW}，深化产教融合、校企合作，发现和培养一批高素质技能人才，县人力资源和社会保障局、县教育和体育局、县经济"
     f"和信息化局决定举办资中县2026年职业技能大赛（以下简称大赛）。为确保大赛顺利进行，制定本方案。"),
    (1, "aim", "目标任务"),
    (0, "aim_text", "以大赛为平台，推动职业学校与企业深度合作，引导职工和学生钻研技术、提升技能，营造尊重技能人才的良好氛围。"),
    (1, "org", "组织领导"),
    (2, "group", "领导小组。成立大赛领导小组，由县人民政府分管副县长任组长，县人力资源和社会保障局、县教育和体育局主要负责同志任副组长，"
     "县经济和信息化局、县财政局、县总工会分管负责同志为成员，负责大赛的组织领导和统筹协调。"),
    (2, "office", "大赛办公室。领导小组下设大赛办公室，设在县人力资源和社会保障局，由县人力资源和社会保障局分管副局长任主任、县教育和"
     "体育局分管副局长任副主任，负责报名受理、赛务安排、成绩汇总和奖金发放等日常工作。"),
    (2, "judges", f"专家裁判组和监督组。每个比赛单元设专家裁判组，由{MIN_JUDGES}至{MAX_JUDGES}名裁判组成，人数为单数，其中支持企业的专家"
     "不少于1名，裁判长由大赛办公室从县外聘请。监督组由县人力资源和社会保障局劳动保障监察大队和县总工会派员组成，受理参赛选手对比赛"
     "成绩的复核申请。"),
    (2, "duties", "部门职责。"),
    (3, "d_hrss", "县人力资源和社会保障局：负责大赛总体组织、职工组报名、职业技能等级晋升和奖金发放。"),
    (3, "d_edu", "县教育和体育局：负责学生组、教师组报名，督促承办院校落实场地、设备和安全措施。"),
    (3, "d_ind", "县经济和信息化局：负责组织规模以上工业企业选派职工参赛，协调支持企业提供设备。"),
    (3, "d_fin", "县财政局：负责大赛经费的审核拨付和监督管理。"),
    (3, "d_union", "县总工会：参与大赛监督，做好职工参赛宣传。"),
    (3, "d_school", "承办院校：负责比赛单元的具体实施，与支持企业共同拟定比赛规程和试题。"),
    (1, "who", "参赛条件"),
    (2, "who_staff", f"职工组：在本县企业、机关事业单位工作的职工和本县灵活就业人员，须年满{AGE[0]}周岁、不超过{AGE[1]}周岁。"),
    (2, "who_student", "学生组：本县中等职业学校、技工学校在校学生。"),
    (2, "who_teacher", "教师组：本县职业学校在职专业课教师和实习指导教师。"),
    (2, "who_not", f"已获得“{TITLE_STAFF}”称号，或者获得市级以上职业技能竞赛同一项目前三名的人员，不得参加该项目的比赛。"),
    (2, "who_absent", "参赛选手应当服从大赛办公室的统一安排，按时参加理论考试和技能操作比赛；无故缺考的，取消其参赛资格。"),
    (2, "who_limit", f"每人只能报名参加1个比赛单元。每个单位每个比赛单元最多推荐{PER_UNIT}名（队）选手。学生组每名（队）选手可以确定"
     "指导教师1至2名。"),
    (1, "items", "竞赛项目和组别"),
    (2, "it_list", f"大赛设{'、'.join(PROJECTS)}{len(PROJECTS)}个竞赛项目，分职工组、学生组、教师组，共{len(UNITS)}个比赛单元。"),
    (2, "it_form", "比赛分个人赛、双人赛和团队赛。" + "；".join(f"{u[0]}{u[1]}为{u[2][:3]}，每队{u[3]}人" for u in TEAM_UNITS)
     + "；其他比赛单元为个人赛。"),
    (2, "it_std", "各比赛单元以国家职业标准高级工（三级）要求为主，适当增加新技术、新工艺内容。比赛规程和样题由承办院校会同支持企业"
     f"制定，于{cn_date(RULES_BY, year=False)}前在县人力资源和社会保障局网站公布。"),
    (2, "it_table", "各比赛单元的组别、比赛方式、技能操作内容、承办院校和支持企业安排如下："),
    (9, "table", ""),
    (1, "schedule", "赛程安排"),
    (2, "s_signup", f"报名。{cn_date(SIGN_UP[0], week=True)}至{cn_date(SIGN_UP[1], year=False, week=True)}，参赛人员填写报名表，经所在"
     "单位盖章后由所在单位统一报送大赛办公室；灵活就业人员可以本人报送。"),
    (2, "s_theory", f"理论考试。{cn_date(THEORY, week=True)}上午举行，采取计算机考试，时间{THEORY_MIN}分钟，地点在{ZZ}。理论考试成绩"
     f"低于{THEORY_PASS}分的，不参加技能操作比赛。教师组不参加理论考试。"),
    (2, "s_practice", f"技能操作比赛。{cn_date(PRACTICE[0], week=True)}至{cn_date(PRACTICE[1], year=False, week=True)}在各承办院校举行。"),
    (2, "s_result", f"成绩公示。比赛结束后{RESULT_WITHIN}日内公示比赛成绩，公示期为{PUBLICITY}天。"),
    (1, "scoring", "成绩评定"),
    (2, "sc_weight", f"职工组、学生组总成绩＝理论考试成绩×{W_THEORY}%＋技能操作成绩×{W_PRACTICE}%；教师组总成绩＝技能操作成绩×"
     f"{W_T_PRACTICE}%＋教学能力展示成绩×{W_T_SHOW}%。"),
    (2, "sc_tie", "总成绩并列的，技能操作成绩高者列前；技能操作成绩仍并列的，理论考试成绩高者列前。"),
    (2, "sc_pass", f"技能操作成绩不满{PASS_PRACTICE}分的，不计名次。"),
    (2, "sc_review", f"参赛选手对成绩有异议的，可以在公示期内向监督组提出复核申请，监督组在{ANSWER_DAYS}日内答复。"),
    (1, "awards", "表彰奖励"),
    (2, "a_places", f"名次。每个比赛单元决出第一名、第二名、第三名各1名，第四名、第五名为优胜奖。参赛选手（队）不足{MIN_FOR_MERIT}名（队）的，"
     "不设优胜奖。"),
    (2, "a_prize", "奖金。职工组第一名{0}元、第二名{1}元、第三名{2}元、优胜奖{3}元；学生组第一名{4}元、第二名{5}元、第三名{6}元、优胜奖{7}元；"
     "教师组第一名{8}元、第二名{9}元、第三名{10}元，优胜奖只颁发证书。以上为个人奖金标准；双人赛、团队赛奖金按个人奖金标准乘以每队人数"
     "核定，由团队成员均分。".format(*[PRIZE[g][p] for g in (STAFF, STUDENT) for p in PLACES],
                                     *[PRIZE[TEACHER][p] for p in PLACES[:3]])),
    (2, "a_teacher", f"指导教师奖金。学生组获得第一名至第三名的选手（队），其指导教师每人奖励{TEACHER_PRIZE}元。同一指导教师指导多名（队）"
     f"选手获奖的，累计计发，每人最高不超过{TEACHER_CAP}元。"),
    (2, "a_title", f"荣誉称号。职工组第一名授予“{TITLE_STAFF}”称号，学生组第一名授予“{TITLE_STUDENT}”称号，教师组第一名授予"
     f"“{TITLE_TEACHER}”称号。"),
    (2, "a_grade", "技能等级。职工组第一名至第三名，可以按规定晋升一级职业技能等级；学生组第一名，可以按规定认定中级工（四级）职业技能等级。"),
    (2, "a_org", f"优秀组织单位。评选优秀组织单位不超过{ORG_MAX}个，每个奖励{ORG_PAY}元。"),
    (2, "a_pay", f"发放。大赛办公室在成绩公示期满后{NOTICE_MONTH}个月内印发奖金发放通知，奖金由县人力资源和社会保障局统一发放。"),
    (1, "funds", "经费保障"),
    (2, "f_source", "大赛经费在县就业补助资金中列支，不足部分由县财政统筹解决。"),
    (2, "f_host", f"承办院校按每个比赛单元{w(HOST_PAY)}包干使用办赛经费；支持企业提供的设备、耗材作为企业支持，不予结算。"),
    (2, "f_budget", f"大赛经费预算{w(BUDGET)}，其中办赛经费{w(HOST_TOTAL)}，奖金{w(PRIZE_BUDGET)}（含指导教师奖金和优秀组织单位奖金）。"),
    (2, "f_self", "参赛人员往返交通自行解决，比赛期间由承办院校统一安排工作餐。"),
    (1, "req", "有关要求"),
    (2, "r_mob", "各单位要认真组织动员，按时报送参赛人员，并为参赛人员备赛提供便利。"),
    (2, "r_safe", "承办院校要制定安全工作方案，比赛前对设备进行检修调试，配备医务人员。"),
    (2, "r_fair", "参赛人员冒名顶替或者比赛中作弊的，取消比赛成绩，已发放的奖金予以追回。"),
    (1, "contact", "联系人"),
    (0, "c1", f"{CONTACTS[0][0]}　{CONTACTS[0][1]}　{CONTACTS[0][2]}"),
    (0, "c2", f"{CONTACTS[1][0]}　{CONTACTS[1][1]}　{CONTACTS[1][2]}"),
]
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "plan": PLAN, "law": LAW,
    "phones": [c[2] for c in CONTACTS],
    "units": f"共{len(UNITS)}个比赛单元",
    "age": f"须年满{AGE[0]}周岁、不超过{AGE[1]}周岁",
    "merit": f"参赛选手（队）不足{MIN_FOR_MERIT}名（队）的，不设优胜奖",
    "teacher": f"累计计发，每人最高不超过{TEACHER_CAP}元",
    "titles": [TITLE_STAFF, TITLE_STUDENT, TITLE_TEACHER],
    "budget": f"大赛经费预算{w(BUDGET)}，其中办赛经费{w(HOST_TOTAL)}，奖金{w(PRIZE_BUDGET)}",
    "notice": f"公示期满后{NOTICE_MONTH}个月内印发奖金发放通知",
}
numbering = None  # set below


def _numbering():
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


numbering = _numbering


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
    return [[str(k), u[0], u[1], u[2], CONTENT[k - 1], u[4], u[5]] for k, u in enumerate(UNITS, 1)]


def source():
    o = [f"% {NOTE} — fresh44 held-out 实施方案 (written by make_zizhong_pdf.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各镇人民政府，县级有关部门，各职业学校，各有关企业：",
          f"现将《{PLAN}》印发给你们，请认真抓好落实。各单位要高度重视，广泛宣传发动，择优推荐选手参赛，并于{cn_date(SIGN_UP[1])}前"
          "将报名表报送大赛办公室。",
          f"联系单位：{CONTACTS[0][0]}，联系电话：{CONTACTS[0][2]}。",
          "@blank", f"@n 附件：{PLAN}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件主动公开）", "@pb", f"@title {PLAN}"]
    for lvl, key, t in SECTIONS:
        if lvl == 9:
            o.append("@table " + " ".join(str(x) for x in WIDTHS))
            o.append("| " + " | ".join(HEAD) + " |")
            o += ["| " + " | ".join(r) + " |" for r in table_rows()]
            o.append("@endtable")
            continue
        o.append({0: "", 1: "@h1 ", 2: "@h2 ", 3: "@h3 "}[lvl] + t)
    o += ["@blank", "@r 资中县人力资源和社会保障局", "@r " + DATE, "@blank",
          "@small 本文件为虚构测试文档，非真实政策：资中县为真实地名，文号、学校、企业、比赛安排、日期、奖金和经费标准、人员和电话均为"
          f"虚构，仅用于问答系统评测；所引{LAW}为真实法律。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = base.fodt(tmp, NAME, source())
        base.convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
