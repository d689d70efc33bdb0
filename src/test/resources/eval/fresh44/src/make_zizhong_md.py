#!/usr/bin/env python3
"""Write fresh44/zizhong-jiangjin-tongzhi.md (虚构测试文档，非真实政策): the held-out 奖金发放 notice as a Markdown file.

    cd fresh44/src && python3 make_zizhong_md.py

Part (b) of the held-out pair (the same parts as make_pucheng_html.py in other words and numbers: the results and their counts, units
without an award because too few entered, titles, the amounts restated with this year's change, worked examples — a team's amount,
this year's top-up, a teacher over the cap —, the total against the budget, how the money is paid, papers, deadlines, contacts, the
winners table). **A Markdown file as a knowledge base keeps a notice** (UTF-8, LF): a YAML front matter (title, date, source,
doc_no, tags), the note in an HTML comment, `#` title, the 文号, `##` parts, numbered items, the 落款, and **the winners table as a
GitHub pipe table** (`| … |` rows, a `|---|` rule; one row a winner or team, the 竞赛项目 and 组别 written on every row, a 合计 row).

Every count, amount, worked example and date is computed here from make_zizhong_pdf's figures and recomputed by ../check_fresh44.py.
"""
import datetime
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_zizhong_pdf as m  # noqa: E402

NAME = "zizhong-jiangjin-tongzhi"
ISSUER = "资中县人力资源和社会保障局"
DOC_NO = "资人社发〔2026〕38号"
D = datetime.date
DATE_D = D(2026, 6, 29)
DATE = m.cn_date(DATE_D)
TITLE = f"{ISSUER}关于发放2026年职业技能大赛获奖奖金的通知"
TABLE_TITLE = "资中县2026年职业技能大赛获奖名单及奖金明细表"
FORM_NAME = "资中县2026年职业技能大赛获奖奖金发放确认表"
TJ, ZZ = m.TJ, m.ZZ
STAFF, STUDENT, TEACHER = m.STAFF, m.STUDENT, m.TEACHER
# entrants (人 or 队) of each 比赛单元; fewer than m.MIN_FOR_MERIT → no 优胜奖
ENTRANTS = {("电工", STAFF): 12, ("电工", STUDENT): 10, ("电工", TEACHER): 6, ("钳工", STAFF): 9, ("钳工", STUDENT): 6,
            ("中式面点师", STAFF): 8, ("电子商务师", STUDENT): 5, ("育婴员", STAFF): 7}
# (竞赛项目, 组别, 名次, 获奖选手, 单位（学校）, 指导教师)
WINNERS = [
    ("电工", STAFF, "第一名", ["邓国华"], "资中县兴电电力工程有限公司", []),
    ("电工", STAFF, "第二名", ["陈友明"], "资中县清源供水有限公司", []),
    ("电工", STAFF, "第三名", ["黄志成"], "资中县恒锐机械制造有限公司", []),
    ("电工", STAFF, "优胜奖", ["李德强"], "资中县兴电电力工程有限公司", []),
    ("电工", STAFF, "优胜奖", ["杨建明"], "资中县康和医院", []),
    ("电工", STUDENT, "第一名", ["刘思源"], TJ, ["唐文军"]),
    ("电工", STUDENT, "第二名", ["王浩宇"], ZZ, ["曾志刚"]),
    ("电工", STUDENT, "第三名", ["张俊豪"], TJ, ["唐文军"]),
    ("电工", STUDENT, "优胜奖", ["周明杰"], ZZ, ["曾志刚"]),
    ("电工", STUDENT, "优胜奖", ["谢宇航"], TJ, ["唐文军"]),
    ("电工", TEACHER, "第一名", ["胡海军"], TJ, []),
    ("电工", TEACHER, "第二名", ["罗建平"], ZZ, []),
    ("电工", TEACHER, "第三名", ["蒋丽华"], TJ, []),
    ("钳工", STAFF, "第一名", ["袁德明"], "资中县恒锐机械制造有限公司", []),
    ("钳工", STAFF, "第二名", ["付永刚"], "资中县宏达农机配件厂", []),
    ("钳工", STAFF, "第三名", ["钟正华"], "资中县恒锐机械制造有限公司", []),
    ("钳工", STAFF, "优胜奖", ["何光辉"], "资中县顺通汽车修理厂", []),
    ("钳工", STAFF, "优胜奖", ["魏志远"], "资中县宏达农机配件厂", []),
    ("钳工", STUDENT, "第一名", ["杜子豪", "彭宇"], ZZ, ["曾志刚"]),
    ("钳工", STUDENT, "第二名", ["田浩", "夏俊熙"], ZZ, ["曾志刚", "何晓东"]),
    ("钳工", STUDENT, "第三名", ["余泽宇", "郭子涵"], ZZ, ["曾志刚"]),
    ("中式面点师", STAFF, "第一名", ["赵红梅"], "资中县冬尖食品有限公司", []),
    ("中式面点师", STAFF, "第二名", ["吴玉兰"], "资中县好运来酒楼", []),
    ("中式面点师", STAFF, "第三名", ["梁秀芳"], "灵活就业人员", []),
    ("中式面点师", STAFF, "优胜奖", ["汪春燕"], "资中县冬尖食品有限公司", []),
    ("中式面点师", STAFF, "优胜奖", ["宋丽君"], "资中县城东学校食堂", []),
    ("电子商务师", STUDENT, "第一名", ["高雨萱", "林子墨", "马欣怡"], TJ, ["刘春梅", "王志勇"]),
    ("电子商务师", STUDENT, "第二名", ["程思雨", "韩梓涵", "叶子豪"], ZZ, ["孙丽"]),
    ("电子商务师", STUDENT, "第三名", ["冯佳琪", "董浩然", "萧雅琳"], TJ, ["刘春梅"]),
    ("育婴员", STAFF, "第一名", ["苏雅琴"], "资中县贝贝乐母婴护理服务有限公司", []),
    ("育婴员", STAFF, "第二名", ["潘丽娟"], "资中县安贝月子护理中心", []),
    ("育婴员", STAFF, "第三名", ["崔红英"], "资中县贝贝乐母婴护理服务有限公司", []),
]
ORG_UNITS = [TJ, ZZ, "资中县兴电电力工程有限公司"]
TOP_UP = 1000                   # this year's change: 职工组第一名每人增发
TEAM_EXAMPLES = [("钳工", "第一名"), ("电子商务师", "第二名")]
TEACHER_EXAMPLE = "曾志刚"
PUBLICITY_START = D(2026, 6, 5)
MATERIALS_BY = D(2026, 7, 10)
PAY_BY = D(2026, 7, 31)
GRADE_BY = D(2026, 8, 31)
CONTACTS = [("政策咨询、职工组", m.CONTACTS[0][0], m.CONTACTS[0][1], m.CONTACTS[0][2]),
            ("学生组、教师组和指导教师", m.CONTACTS[1][0], m.CONTACTS[1][1], m.CONTACTS[1][2])]
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：资中县为真实地名，文号、学校、企业、获奖人员、名次、奖金、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def publicity():
    return PUBLICITY_START, PUBLICITY_START + datetime.timedelta(m.PUBLICITY - 1)


def unit(group_event):
    return next(u for u in m.UNITS if (u[0], u[1]) == group_event)


def size(r):
    return unit((r[0], r[1]))[3]


def amount(r):
    a = m.prize(r[1], size(r), r[2])
    if r[1] == STAFF and r[2] == "第一名":
        a += TOP_UP
    return a


def teacher_pay():
    """teacher → (amount, number of winners 第一名 to 第三名) — 500 a winner, added up, capped"""
    out = {}
    for r in WINNERS:
        if r[1] == STUDENT and r[2] != "优胜奖":
            for t in r[5]:
                out[t] = out.get(t, 0) + 1
    return {t: (min(n * m.TEACHER_PRIZE, m.TEACHER_CAP), n) for t, n in out.items()}


def no_merit():
    return [u for u in ENTRANTS if ENTRANTS[u] < m.MIN_FOR_MERIT]


def totals():
    tp = teacher_pay()
    players = sum(amount(r) for r in WINNERS)
    top = sum(TOP_UP for r in WINNERS if r[1] == STAFF and r[2] == "第一名")
    return dict(
        winners=len(WINNERS), top3=sum(1 for r in WINNERS if r[2] != "优胜奖"), merit=sum(1 for r in WINNERS if r[2] == "优胜奖"),
        people=sum(len(r[3]) for r in WINNERS), players=players, top=top, top_n=top // TOP_UP,
        teachers=len(tp), teacher_sum=sum(a for a, _ in tp.values()), org=len(ORG_UNITS) * m.ORG_PAY,
        all=players + sum(a for a, _ in tp.values()) + len(ORG_UNITS) * m.ORG_PAY)


def body():
    t = totals()
    c = m.cite
    pa, pb = publicity()
    nm = no_merit()
    tp = teacher_pay()
    firsts = {g: [r[3][0] for r in WINNERS if r[1] == g and r[2] == "第一名"] for g in (STAFF, STUDENT, TEACHER)}
    ex = []
    for ev, place in TEAM_EXAMPLES:
        r = next(x for x in WINNERS if x[0] == ev and x[2] == place and size(x) > 1)
        n = size(r)
        per = m.PRIZE[r[1]][place]
        ex.append(f"{ev}{r[1]}{place}每队{per}×{n}＝{per * n}元，每人{per}元")
    te, tn = TEACHER_EXAMPLE, tp[TEACHER_EXAMPLE][1]
    staff1 = m.PRIZE[STAFF]["第一名"]
    o = []
    o.append("各镇人民政府，县级有关部门，各职业学校，各有关企业：")
    o.append(f"根据《{m.PLAN}》（{m.DOC_NO}，以下简称《方案》），大赛技能操作比赛已于{m.cn_date(m.PRACTICE[1])}结束，比赛成绩于"
             f"{m.cn_date(pa, year=False)}至{m.cn_date(pb, year=False)}公示期满无异议。现将获奖奖金发放有关事项通知如下。")
    o.append("## 一、获奖情况")
    o.append(f"1. 大赛{len(m.PROJECTS)}个竞赛项目、{len(m.UNITS)}个比赛单元共产生获奖选手（队）{t['winners']}名（队），其中第一名至第三名"
             f"{t['top3']}名（队）、优胜奖{t['merit']}名，获奖人员共{t['people']}人。")
    o.append(f"2. {'、'.join(a + b for a, b in nm)}参赛选手（队）不足{m.MIN_FOR_MERIT}名（队），按《方案》{c('a_places')}规定不设优胜奖。")
    o.append(f"3. 授予{firsts[STAFF][0]}等{len(firsts[STAFF])}名职工组第一名“{m.TITLE_STAFF}”称号，授予电工学生组第一名{firsts[STUDENT][0]}"
             f"等学生组第一名“{m.TITLE_STUDENT}”称号，授予教师组第一名{firsts[TEACHER][0]}“{m.TITLE_TEACHER}”称号。")
    o.append(f"4. 评选{'、'.join(ORG_UNITS)}{len(ORG_UNITS)}个单位为优秀组织单位，每个奖励{m.ORG_PAY}元。")
    o.append("获奖名单及每名（队）选手的奖金见附件。")
    o.append("## 二、奖金标准")
    o.append(f"1. 选手奖金按《方案》{c('a_prize')}执行：职工组第一名{staff1}元、第二名{m.PRIZE[STAFF]['第二名']}元、第三名"
             f"{m.PRIZE[STAFF]['第三名']}元、优胜奖{m.PRIZE[STAFF]['优胜奖']}元；学生组第一名{m.PRIZE[STUDENT]['第一名']}元、第二名"
             f"{m.PRIZE[STUDENT]['第二名']}元、第三名{m.PRIZE[STUDENT]['第三名']}元、优胜奖{m.PRIZE[STUDENT]['优胜奖']}元；教师组第一名"
             f"{m.PRIZE[TEACHER]['第一名']}元、第二名{m.PRIZE[TEACHER]['第二名']}元、第三名{m.PRIZE[TEACHER]['第三名']}元。双人赛、团队赛"
             "按个人奖金标准乘以每队人数核定，由团队成员均分。")
    o.append(f"2. 经县人民政府同意，{YEAR}对职工组第一名每人增发奖金{TOP_UP}元，与《方案》规定的奖金一并发放。")
    o.append(f"3. 指导教师奖金按《方案》{c('a_teacher')}执行，学生组第一名至第三名选手（队）的指导教师每人奖励{m.TEACHER_PRIZE}元，"
             f"累计计发，每人最高不超过{m.TEACHER_CAP}元；优胜奖选手的指导教师不发放奖金。")
    o.append("## 三、奖金核算")
    o.append(f"1. 双人赛、团队赛：例如，{ex[0]}；{ex[1]}。")
    o.append(f"2. 职工组第一名：每人{staff1}＋{TOP_UP}＝{staff1 + TOP_UP}元，{t['top_n']}人共增发{t['top']}元。")
    o.append(f"3. 指导教师：例如，{te}老师指导的选手（队）中有{tn}名（队）获得学生组第一名至第三名，累计{m.TEACHER_PRIZE}×{tn}＝"
             f"{m.TEACHER_PRIZE * tn}元，超过每人{m.TEACHER_CAP}元的上限，按{m.TEACHER_CAP}元发放。")
    o.append(f"4. 本次共发放奖金{t['all']}元，其中选手奖金{t['players']}元（含增发{t['top']}元），指导教师奖金{t['teacher_sum']}元"
             f"（{t['teachers']}名），优秀组织单位奖金{t['org']}元，在《方案》{c('f_budget')}确定的奖金预算{m.w(m.PRIZE_BUDGET)}以内。")
    o.append("## 四、发放方式")
    o.append("1. 职工组、学生组获奖选手的奖金，由县人力资源和社会保障局直接转入本人银行一类账户（借记卡）；团队奖金按团队成员人数均分后"
             "分别转入每名成员的账户。")
    o.append("2. 教师组获奖选手和指导教师的奖金，由县人力资源和社会保障局拨付到所在学校，由学校发放。")
    o.append("3. 优秀组织单位奖金拨付到单位对公账户。")
    o.append("4. 奖金依法应当缴纳的税款由获奖人员个人负担，由发放单位依法代扣代缴，大赛经费不另行承担。")
    o.append("## 五、需提交的材料")
    o.append(f"1. 《{FORM_NAME}》，由获奖人员本人签字；")
    o.append("2. 居民身份证复印件（正反面）；")
    o.append("3. 本人银行一类账户借记卡复印件，注明开户行（具体到支行）。")
    o.append("职工组选手的材料由所在单位收齐后报送，灵活就业人员本人报送；学生组选手、教师组选手和指导教师的材料由所在学校收齐后报送。"
             "团队选手每名成员分别提交。")
    o.append("## 六、时间要求")
    o.append(f"1. 材料于{m.cn_date(MATERIALS_BY, week=True)}前报送县人力资源和社会保障局职业能力建设股，逾期不再受理。")
    o.append(f"2. 县人力资源和社会保障局于{m.cn_date(PAY_BY, week=True)}前完成发放。")
    o.append(f"3. 职工组第一名至第三名、学生组第一名申请晋升或者认定职业技能等级的，按《方案》{c('a_grade')}规定，于"
             f"{m.cn_date(GRADE_BY)}前向县人力资源和社会保障局职业能力建设股提出申请。")
    o.append("## 七、联系人")
    for who, dep, name, ph in CONTACTS:
        o.append(f"- {who}：{dep}　{name}　{ph}")
    return o


YEAR = "2026年"
HEAD = ["序号", "竞赛项目", "组别", "名次", "获奖选手", "单位（学校）", "奖金（元）", "指导教师"]


def table_rows():
    return [[str(k), r[0], r[1], r[2], "、".join(r[3]), r[4], str(amount(r)), "、".join(r[5]) or "—"]
            for k, r in enumerate(WINNERS, 1)]


def page():
    t = totals()
    o = ["---", f"title: {TITLE}", f"date: {DATE_D.isoformat()}", f"source: {ISSUER}", f"doc_no: {DOC_NO}",
         "tags: [职业技能大赛, 奖金发放, 技能人才]", "---", "", f"<!-- {NOTE_TEXT}{m.NOTE}。 -->", "", f"# {TITLE}", "",
         DOC_NO, ""]
    for p in body():
        o += [p, ""]
    o += [f"附件：{TABLE_TITLE}", "", ISSUER, "", DATE, "", "（此件主动公开）", "", "## 附件", "", f"**{TABLE_TITLE}**", ""]
    o.append("| " + " | ".join(HEAD) + " |")
    o.append("|" + "|".join("---" for _ in HEAD) + "|")
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o.append(f"| 合计 |  |  |  |  |  | {t['players']} |  |")
    o += ["", "---", "", NOTE_TEXT, "", m.NOTE + "。", ""]
    return "\n".join(o)


def main():
    open(os.path.join(OUT_DIR, NAME + ".md"), "w", encoding="utf-8").write(page())
    print("wrote", os.path.join(OUT_DIR, NAME + ".md"))


if __name__ == "__main__":
    main()
