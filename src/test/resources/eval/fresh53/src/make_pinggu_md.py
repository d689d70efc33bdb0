#!/usr/bin/env python3
"""Write fresh53/pinggu-qimeng-fangan.md (虚构测试文档，非真实政策): the held-out district's three-year plan for the career-awareness
education of its primary and middle school pupils (实施方案) with its 印发通知 — part (a) of the held-out pair.

    cd fresh53/src && python3 make_pinggu_md.py

**Layout: a Markdown file as a document library / knowledge base exports it, UTF-8 without BOM, LF** — **YAML front matter**
(title, 文号, 发文机关, 成文日期, 分类, 标签), an HTML comment with the note, the 印发通知 under a `#` heading (文号 in bold, 主送,
the text, contacts, 附件 line, the 落款 lines ending in two spaces — Markdown's hard line break), a `---` rule, then the plan under
a `#` heading: the parts `## 一、…`, the sections `### （一）…`, **the points as an ordered Markdown list (`1.` `2.` … — the numbers
are in the text, restarting in each section) whose lead-in is bold (`**认定条件。**`)**, and the annex: **a pipe table
(`| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |`, an alignment row `|:---:|---|…`, a `<br>` inside two cells)**; the note
in the last lines.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, w  # noqa: E402,F401

NAME = "pinggu-qimeng-fangan"
ISSUERS = ["平谷区教育委员会", "平谷区人力资源和社会保障局", "平谷区财政局", "平谷区经济和信息化局", "平谷区农业农村局"]
DOC_NO = "平教字〔2026〕9号"
DATE_D = D(2026, 2, 25)
DATE = cn_date(DATE_D)
PLAN = "平谷区中小学职业启蒙教育实施方案（2026—2028年）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{PLAN}》的通知"
TABLE_TITLE = "平谷区中小学职业启蒙教育重点任务分工表"
BODY_START = "# " + PLAN
LAW = "《中华人民共和国职业教育法》"          # real national law, cited as 依据 only

GRADES = "小学四至六年级和初中一、二年级"
TARGET = 15                   # 到2028年 建成职业启蒙实践中心不少于15个
TARGET_FIRM = 10              # 其中企业实践中心不少于10个
STEPS = [(2026, 8), (2027, 12), (2028, 15)]   # 累计 by year's end
TIMES = 6                     # 初中毕业前参加职业启蒙实践不少于6次
REGISTERED_YEARS = 3          # 企业 在本区注册满3年
AREA_MIN = 500                # 实践场地不少于500平方米
PROJECTS_MIN = 2              # 不少于2个实践项目
MENTORS_FIRM = 5              # 企业 启蒙导师不少于5人
LABS_MIN = 3                  # 职业学校 开放不少于3个实训室
MENTORS_SCHOOL = 8            # 职业学校 启蒙导师不少于8人
APPLY_MONTH = 4               # 每年4月申报
PUB_DAYS = 5                  # 公示5个工作日
VALID_YEARS = 2               # 认定有效期2年
TRAIN_HOURS = 12              # 启蒙导师每年培训不少于12学时
SESSION_MIN, SESSION_MAX = 20, 45   # 每场次学生不少于20人、不超过45人
RATIO = 15                    # 每15名学生配备不少于1名启蒙导师
LEADERS = 3                   # 带队教师不少于3人
MINUTES = 150                 # 每场次时长不少于150分钟
INSURED = 30                  # 意外伤害保险 保额不低于每人30万元
RATE = {"企业": 1500, "学校": 800}   # 运行补贴 每场次
CAP = 60000                   # 每个实践中心每年运行补贴最高6万元
START_SHARE = 50              # 启动补贴 按投入的50%
START_CAP = 100000            # 最高10万元
MENTOR_FEE = 200              # 企业启蒙导师 每学时200元
BEST_MAX = 3                  # 优秀实践中心 不超过3个
BEST_AWARD = 30000            # 每个奖励3万元
SUBMIT_BY = (11, 30)          # 每年11月30日前报送当年场次记录
PERIOD_END = (11, 20)         # 当年1月1日至11月20日
REVIEW_DAYS = 15              # 区教委 15个工作日内审核
PAY_DAYS = 7                  # 区财政局 7个工作日内拨付
FUND = 300                    # 区财政每年安排专项经费300万元
APPLY_BY = D(2026, 4, 30)     # set in the 印发通知: the first batch applies by this date
CONTACTS = [("区教委职业教育科", "孟晓岚", "010-69961427"),
            ("区教委基础教育科", "葛建业", "010-69963518"),
            ("区财政局教育科", "温若琳", "010-69982674")]
FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：平谷区为真实地名，文号、企业、学校、目标、条件、标准、金额、期限、日期、人员和电话均为"
                "虚构，仅用于问答系统评测；所引《中华人民共和国职业教育法》为真实法律。")

INTRO = (f"为深入推进产教融合，引导企业和职业学校参与中小学职业启蒙教育，帮助中小学生了解职业、体验劳动、树立正确的职业观，根据{LAW}"
         "等有关规定，结合本区实际，制定本方案。")
# (level, key, text): part = ## 一、, sec = ### （一）, pt = a numbered list point (lead, text) or a plain paragraph (None, text)
SECTIONS = [
    ("part", "p1", "总体要求"),
    ("sec", "idea", "指导思想"),
    ("pt", "idea_1", (None, "坚持政府统筹、校企协同、就近就便、安全第一，以企业和职业学校的生产、实训场所为依托，面向"
                            f"{GRADES}学生开展职业认知和职业体验活动，让学生在动手实践中认识产业、尊重劳动。")),
    ("sec", "goal", "工作目标"),
    ("pt", "goal_1", (None, f"到2028年，全区建成职业启蒙实践中心不少于{TARGET}个，其中企业实践中心不少于{TARGET_FIRM}个；"
                            f"{STEPS[0][0]}年底建成{STEPS[0][1]}个，{STEPS[1][0]}年底累计建成{STEPS[1][1]}个，{STEPS[2][0]}年底累计建成"
                            f"{STEPS[2][1]}个。职业启蒙实践覆盖全区所有小学和初中，每名学生初中毕业前参加职业启蒙实践不少于{TIMES}次。")),
    ("part", "p2", "主要任务"),
    ("sec", "center", "建设职业启蒙实践中心"),
    ("pt", "c_firm", ("企业实践中心认定条件。", f"在本区注册满{REGISTERED_YEARS}年，实践场地不少于{AREA_MIN}平方米，能够开设不少于"
                                              f"{PROJECTS_MIN}个实践项目，有不少于{MENTORS_FIRM}名启蒙导师，配备1名专职安全员。")),
    ("pt", "c_school", ("职业学校实践中心认定条件。", f"向中小学生开放不少于{LABS_MIN}个实训室，有不少于{MENTORS_SCHOOL}名启蒙导师，"
                                                  "配备1名专职安全员。")),
    ("pt", "c_proc", ("认定程序。", f"实践中心每年{APPLY_MONTH}月集中申报，区教委会同区经济和信息化局、区农业农村局组织评审，评审结果公示"
                                   f"{PUB_DAYS}个工作日后认定。认定有效期{VALID_YEARS}年，期满复核。")),
    ("sec", "course", "开发启蒙课程"),
    ("pt", "k_1", ("共同开发。", "实践中心应当与职业学校、中小学校共同开发启蒙课程，每个实践项目开发1个课程包。")),
    ("pt", "k_2", ("课程包内容。", "课程包包括实践手册、安全须知和学生评价表，报区教委审核后使用。")),
    ("sec", "mentor", "建设启蒙导师队伍"),
    ("pt", "m_1", ("导师来源。", "启蒙导师由企业技术骨干、能工巧匠和职业学校专业课教师担任。")),
    ("pt", "m_2", ("导师培训。", f"区教委每年组织启蒙导师培训，每名启蒙导师每年参加培训不少于{TRAIN_HOURS}学时。")),
    ("sec", "session", "规范实践组织"),
    ("pt", "s_1", ("场次规模。", f"每场次参加学生不少于{SESSION_MIN}人、不超过{SESSION_MAX}人，每{RATIO}名学生配备不少于1名启蒙导师，"
                                f"中小学校每场次带队教师不少于{LEADERS}人。")),
    ("pt", "s_2", ("场次时长。", f"每场次实践活动时长不少于{MINUTES}分钟，往返路途时间不计入。")),
    ("pt", "s_3", ("场次确认。", "每场次结束后，实践中心和中小学校在场次记录上共同签字确认。")),
    ("sec", "safe", "强化安全保障"),
    ("pt", "a_1", ("安全责任。", "实践中心对场地和设备安全负责，专职安全员全程在场；中小学校对学生往返途中安全负责。")),
    ("pt", "a_2", ("保险。", f"中小学校应当为参加实践的学生购买意外伤害保险，保额不低于每人{INSURED}万元。")),
    ("pt", "a_3", ("不得收费。", "实践中心和中小学校不得以任何名义向学生收费。")),
    ("part", "p3", "支持政策"),
    ("sec", "run", "运行补贴"),
    ("pt", "r_1", ("补贴标准。", f"区财政按照核定场次给予实践中心运行补贴，企业实践中心每场次{RATE['企业']}元，职业学校实践中心每场次"
                                f"{RATE['学校']}元，每个实践中心每年运行补贴最高{w(CAP)}。")),
    ("pt", "r_2", ("不计入核定场次的情形。", f"参加学生不足{SESSION_MIN}人或者超过{SESSION_MAX}人的场次，时长不足{MINUTES}分钟的场次，"
                                           "场次记录未经中小学校签字确认的场次，不计入核定场次。")),
    ("pt", "r_3", ("暂缓拨付。", "未按规定配备专职安全员的实践中心，暂缓拨付运行补贴，整改到位后拨付。")),
    ("sec", "start", "启动补贴"),
    ("pt", "t_1", (None, f"对新认定的企业实践中心，按照场地改造和设备购置实际投入的{START_SHARE}%给予一次性启动补贴，最高"
                         f"{w(START_CAP)}。职业学校实践中心不享受启动补贴。")),
    ("sec", "fee", "导师课时补贴"),
    ("pt", "e_1", (None, f"企业启蒙导师授课按每学时{MENTOR_FEE}元给予课时补贴，由实践中心从运行补贴中列支。")),
    ("sec", "best", "评优奖励"),
    ("pt", "b_1", (None, f"区教委每年评选优秀职业启蒙实践中心，数量不超过{BEST_MAX}个，每个奖励{w(BEST_AWARD)}。")),
    ("sec", "apply", "补贴申领和拨付"),
    ("pt", "y_1", (None, f"实践中心于每年{SUBMIT_BY[0]}月{SUBMIT_BY[1]}日前向区教委报送当年1月1日至{PERIOD_END[0]}月{PERIOD_END[1]}日的"
                         f"场次记录和补贴申请表。区教委在{REVIEW_DAYS}个工作日内完成审核，区财政局在收到区教委审核意见后{PAY_DAYS}个"
                         "工作日内拨付补贴资金。")),
    ("part", "p4", "保障措施"),
    ("sec", "lead", "加强组织领导"),
    ("pt", "l_1", (None, "成立区中小学职业启蒙教育工作专班，由区教委主要负责同志任召集人，区人力社保局、区财政局、区经济和信息化局、"
                         "区农业农村局分管负责同志为成员，专班办公室设在区教委职业教育科。")),
    ("sec", "money", "强化经费保障"),
    ("pt", "o_1", (None, f"区财政每年安排中小学职业启蒙教育专项经费{FUND}万元，用于运行补贴、启动补贴、导师培训和评优奖励。")),
    ("sec", "check", "严格督导考核"),
    ("pt", "h_1", (None, "将中小学校组织学生参加职业启蒙实践情况纳入区教委对中小学校的年度督导评估；实践中心连续2年未开展实践活动"
                         "的，取消认定。")),
    ("sec", "pr", "营造良好氛围"),
    ("pt", "q_1", (None, "每年举办职业启蒙教育成果展示活动，宣传推广优秀实践中心和启蒙课程。")),
]

HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
TASKS = [
    ("制定实践中心认定和管理细则", "区教委", "区经济和信息化局、区农业农村局", "2026年4月"),
    ("认定首批职业启蒙实践中心", "区教委", "区经济和信息化局、区农业农村局", "2026年6月"),
    ("开发启蒙课程包", "区教委", "各实践中心、各职业学校", "2026年9月起持续推进"),
    ("组织启蒙导师培训", "区教委", "区人力社保局", "每年"),
    ("动员企业申报实践中心", "区经济和信息化局", "区农业农村局", "每年4月"),
    ("组织涉农企业和合作社参与", "区农业农村局", "区教委", "每年4月"),
    ("落实运行补贴和启动补贴", "区财政局", "区教委", "每年12月"),
    ("技工院校参与职业启蒙教育", "区人力社保局", "区教委", "2027年起"),
    ("纳入中小学校年度督导评估", "区教委", "—", "每年"),
    ("评选优秀职业启蒙实践中心", "区教委", "区财政局", "每年1月"),
]

FACTS = {
    "apply_by": cn_date(APPLY_BY, week=True),
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "annex": TABLE_TITLE,
    "main": "各中小学校、职业学校，区有关部门，各乡镇人民政府、街道办事处，有关企业：",
}


def numbering():
    """key → ('part', n) / ('sec', part, n) / ('pt', part, sec, n or 0 for a plain paragraph)"""
    out, p, s, i = {}, 0, 0, 0
    for lvl, key, t in SECTIONS:
        if lvl == "part":
            p, s = p + 1, 0
            out[key] = ("part", p)
        elif lvl == "sec":
            s, i = s + 1, 0
            out[key] = ("sec", p, s)
        else:
            if t[0] is not None:
                i += 1
            out[key] = ("pt", p, s, i if t[0] is not None else 0)
    return out


def cite(key):
    """how the 通知 cites the 方案: 第二部分第（四）项第1点 / 第三部分第（一）项"""
    n = numbering()[key]
    if n[0] == "part":
        return f"第{cn(n[1])}部分"
    if n[0] == "sec":
        return f"第{cn(n[1])}部分第（{cn(n[2])}）项"
    return f"第{cn(n[1])}部分第（{cn(n[2])}）项" + (f"第{n[3]}点" if n[3] else "")


def text(key):
    t = next(t for _, k, t in SECTIONS if k == key)
    return t if isinstance(t, str) else t[0] + t[1] if t[0] else t[1]


def printed():
    """every heading and point as the file holds them (squashed compare; the bold marks dropped)"""
    out = []
    n = numbering()
    for lvl, key, t in SECTIONS:
        if lvl == "part":
            out.append(f"## {cn(n[key][1])}、{t}")
        elif lvl == "sec":
            out.append(f"### （{cn(n[key][2])}）{t}")
        elif t[0]:
            out.append(f"{n[key][3]}. **{t[0]}**{t[1]}")
        else:
            out.append(t[1])
    return out


def annex_rows():
    return [[str(i)] + list(r) for i, r in enumerate(TASKS, 1)]


def md():
    c = CONTACTS
    L = ["---", f"title: {TITLE}", f"文号: {DOC_NO}", "发文机关: " + "、".join(ISSUERS), f"成文日期: {DATE_D.isoformat()}",
         "分类: 教育 / 职业教育", "标签: [职业启蒙, 实践中心, 产教融合]", "---", "",
         f"<!-- {FICTION_TEXT} -->", "", f"# {TITLE}", "", f"**{DOC_NO}**", "", FACTS["main"], "",
         f"现将《{PLAN}》印发给你们，请结合实际认真组织实施。", "",
         f"2026年首批职业启蒙实践中心申报工作同步开展。符合条件的企业和职业学校请于{cn_date(APPLY_BY, week=True)}前向区教委职业教育科"
         "提交申报材料。", "",
         f"联系人：{c[0][0]}{c[0][1]}，电话：{c[0][2]}；中小学校组织实践：{c[1][0]}{c[1][1]}，电话：{c[1][2]}；补贴资金："
         f"{c[2][0]}{c[2][1]}，电话：{c[2][2]}。", "", f"附件：{TABLE_TITLE}", ""]
    L += [f"{x}  " for x in ISSUERS] + [DATE, "", "---", "", f"# {PLAN}", "", INTRO, ""]
    n = numbering()
    for lvl, key, t in SECTIONS:
        if lvl == "part":
            L += [f"## {cn(n[key][1])}、{t}", ""]
        elif lvl == "sec":
            L += [f"### （{cn(n[key][2])}）{t}", ""]
        elif t[0]:
            L += [f"{n[key][3]}. **{t[0]}**{t[1]}"]
            nxt = SECTIONS[SECTIONS.index((lvl, key, t)) + 1] if SECTIONS.index((lvl, key, t)) + 1 < len(SECTIONS) else None
            if not nxt or nxt[0] != "pt" or nxt[2][0] is None:
                L.append("")
        else:
            L += [t[1], ""]
    L += ["## 附件", "", f"### {TABLE_TITLE}", "", "| " + " | ".join(HEAD) + " |", "|:---:|---|---|---|---|"]
    for r in annex_rows():
        cells = list(r)
        cells[3] = cells[3].replace("、", "、<br>", 1) if len(cells[3]) > 10 else cells[3]
        L.append("| " + " | ".join(cells) + " |")
    L += ["", "---", "", FICTION_TEXT, "", f"{NOTE}。", ""]
    return "\n".join(L)


def main():
    path = os.path.join(OUT_DIR, NAME + ".md")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(md())
    print("wrote", path)


if __name__ == "__main__":
    main()
