#!/usr/bin/env python3
"""Write fresh46/fangshan-yixuan-gonggao.md (虚构测试文档，非真实政策): the dev 遴选结果公告, as a Markdown file.

    cd fresh46/src && python3 make_fangshan_md.py

Part (b) of the dev pair: 房山区2026年职业技能等级认定社会培训评价组织遴选结果公告 (房山区人力资源和社会保障局, 2026年7月16日),
citing the 办法 (make_fangshan_html.py) by title and 文号 and its 条 by number (`《办法》第十一条`, `第五条第（一）项`).
**Markdown as the bureau's site keeps it** (UTF-8, LF): the note in an HTML comment first, a `#` title, a `>` block with the
issuer, date and 依据, `##` sections 一、… 八、, **a pipe table of the organisations that passed** (序号 / name / type / score /
职业（工种）及等级 — several 职业 in one cell, `；`-separated — / 考评人员 / 专职质量督导员) **with a 合计 row**, a bullet list of
those that did not pass, **a second pipe table of the first 认定 sessions** (with the plan deadlines), numbered 要求, the 落款, a
`---` rule and the note as the last lines.

Every count (applicants, passed, per type, 职业（工种） and entries, examiners, 督导员), the 3-per-职业 cut, every amount (each
organisation's 场地建设补助 and the total, the 评价补贴 rates with the 紧缺 markup, the worked examples, the first sessions' estimate,
the cap in people), every date (申报 window, 资格审查 within 10 working days, 公示 of 5 working days, the 目录's term, each plan
deadline 10 working days before its session) is computed here from make_fangshan_html's figures and recomputed by
../check_fresh46.py.
"""
import datetime
import math
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_fangshan_html as m  # noqa: E402

NAME = "fangshan-yixuan-gonggao"
ISSUER = m.ISSUERS[0]
D = datetime.date
DATE_D = D(2026, 7, 16)
DATE = m.cn_date(DATE_D)
TITLE = "房山区2026年职业技能等级认定社会培训评价组织遴选结果公告"
XH, ZY = "房山区新航职业技术学校", "房山区致远职业技能培训学校"
KY, FD = "房山区康颐养老服务有限公司", "房山区丰登农业科技服务中心"
DW, HX = "房山区鼎味餐饮管理有限公司", "房山区恒信机电设备安装有限公司"
QM = "房山区启明电力工程有限公司"
ZL, AD = "房山区智联职业技能培训学校", "房山区骏捷汽车维修有限公司"
TYPES = ["职业院校", "职业培训机构", "企业", "社会组织"]
CHU, ZHONG, GAO = m.LEVELS
# every applicant: (name, type, score or None (资格审查 not passed), [(职业（工种）, [等级])] applied, 考评人员, 专职质量督导员)
APPLICANTS = [
    (XH, "职业院校", 91.0, [("电工", [ZHONG, GAO]), ("汽车维修工", [CHU, ZHONG, GAO]), ("中式烹调师", [CHU, ZHONG]),
                         ("互联网营销师", [CHU, ZHONG])], 24, 3),
    (ZY, "职业培训机构", 88.5, [("电工", [CHU, ZHONG, GAO]), ("焊工", [CHU, ZHONG]), ("钳工", [CHU, ZHONG])], 17, 2),
    (KY, "企业", 82.0, [("养老护理员", [CHU, ZHONG, GAO]), ("保育师", [CHU, ZHONG])], 11, 2),
    (FD, "社会组织", 79.0, [("农作物植保员", [CHU, ZHONG])], 6, 2),
    (DW, "企业", 76.5, [("中式烹调师", [CHU, ZHONG]), ("中式面点师", [CHU, ZHONG])], 10, 2),
    (HX, "企业", 74.0, [("电工", [CHU, ZHONG]), ("钳工", [CHU, ZHONG])], 10, 2),
    (QM, "企业", 72.5, [("电工", [CHU, ZHONG]), ("焊工", [CHU, ZHONG])], 5, 2),
    (AD, "企业", 66.5, [("汽车维修工", [CHU, ZHONG])], 6, 2),
    (ZL, "职业培训机构", None, [("育婴员", [CHU, ZHONG])], 5, 2),
]
ZL_REGISTERED = D(2024, 3, 1)       # 智联: registered 2024年3月, not 3 years by the 申报 deadline
CHECK_DONE = D(2026, 6, 18)         # 资格审查 done
REVIEW_DAY = D(2026, 6, 30)         # 专家评审
EXPERTS = 7                         # the review panel
PUBLICITY_START = D(2026, 7, 6)
TERM_START = D(2026, 8, 1)
SHORTAGE = ["电工", "汽车维修工", "养老护理员"]      # in the district's 2026 紧缺职业（工种）目录
# first 认定 sessions: (organisation, 职业（工种）, 等级, date, planned candidates)
SESSIONS = [
    (ZY, "电工", CHU, D(2026, 9, 12), 60),
    (XH, "汽车维修工", ZHONG, D(2026, 9, 19), 45),
    (KY, "养老护理员", CHU, D(2026, 10, 31), 30),
    (DW, "中式烹调师", ZHONG, D(2026, 11, 7), 25),
]
EXAMPLES = [(XH, "汽车维修工", ZHONG, 45), (DW, "中式烹调师", ZHONG, 25)]
NOTE_TEXT = ("本文为虚构测试文档，非真实政策：房山区为真实地名，文号、评价组织、评审得分、职业（工种）安排、补助金额、日期、人员和电话"
             "均为虚构，仅用于问答系统评测。")


def add_workdays(d, n):
    step = 1 if n > 0 else -1
    n = abs(n)
    while n:
        d += datetime.timedelta(step)
        if d.weekday() < 5:
            n -= 1
    return d


def workdays(a, b):
    """working days from a to b, both counted"""
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def publicity_end():
    return add_workdays(PUBLICITY_START, m.PUBLICITY - 1)


def term_end():
    return D(TERM_START.year + m.TERM_YEARS, TERM_START.month, TERM_START.day) - datetime.timedelta(1)


def qualified():
    """applicants past the 资格审查 with a score of the pass mark or more"""
    return [a for a in APPLICANTS if a[2] is not None and a[2] >= m.PASS]


def selected():
    """(name, type, score, jobs kept, examiners, supervisors), by score: a 职业（工种） goes to at most PER_JOB organisations,
    the highest scores first"""
    taken, out, dropped = {}, [], []
    for a in sorted(qualified(), key=lambda x: -x[2]):
        keep = []
        for job, lv in a[3]:
            if taken.get(job, 0) < m.PER_JOB:
                taken[job] = taken.get(job, 0) + 1
                keep.append((job, lv))
            else:
                dropped.append((a[0], job))
        out.append((a[0], a[1], a[2], keep, a[4], a[5]))
    return out, dropped


def score(name):
    return next(a[2] for a in APPLICANTS if a[0] == name)


def cut_job():
    """the 职业（工种） cut by the PER_JOB rule and the qualified organisations that applied for it, by score"""
    _, dropped = selected()
    job = dropped[0][1]
    return job, [a[0] for a in sorted(qualified(), key=lambda x: -x[2]) if job in [j for j, _ in a[3]]]


def jobs_cell(jobs):
    return "；".join(f"{j}（{'、'.join(lv)}）" for j, lv in jobs)


def build(org):
    return m.BUILD["many"] if len(org[3]) >= m.BUILD_MANY else m.BUILD["few"]


def rate(job, level):
    base = m.SUBSIDY[level]
    return base * (100 + m.UPLIFT) // 100 if job in SHORTAGE else base


def plan_by(day):
    return add_workdays(day, -m.PLAN_DAYS)


def totals():
    sel, dropped = selected()
    jobs = list(dict.fromkeys(j for o in sel for j, _ in o[3]))
    return dict(
        applied=len(APPLICANTS), checked=sum(1 for a in APPLICANTS if a[2] is not None), qualified=len(qualified()),
        selected=len(sel), per_type={t: sum(1 for o in sel if o[1] == t) for t in TYPES}, jobs=len(jobs),
        entries=sum(len(o[3]) for o in sel), examiners=sum(o[4] for o in sel), supervisors=sum(o[5] for o in sel),
        many=[o for o in sel if len(o[3]) >= m.BUILD_MANY], few=[o for o in sel if len(o[3]) < m.BUILD_MANY],
        build=sum(build(o) for o in sel), dropped=dropped,
        planned=sum(s[4] for s in SESSIONS), estimate=sum(s[4] * rate(s[1], s[2]) for s in SESSIONS),
        supervise=math.ceil(len(SESSIONS) * m.SUPERVISE_SHARE / 100))


def short(name):
    return name[len(m.DISTRICT):]


def lines():
    t = totals()
    sel, dropped = t["selected"], t["dropped"]
    orgs, _ = selected()
    c = m.cite
    pe = publicity_end()
    o = [f"<!-- {NOTE_TEXT}{m.NOTE}。 -->", "", f"# {TITLE}", ""]
    o += [f"> 发布单位：{ISSUER}　　发布日期：{DATE}", f"> 依据：《{m.RULES}》（{m.DOC_NO}）", ""]
    o += [f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》），区人社局于{m.cn_date(m.APPLY_START)}至{m.cn_date(m.APPLY_END, False)}"
          f"开展了2026年社会培训评价组织遴选。共有{t['applied']}家单位申报，{t['checked']}家通过资格审查，经专家评审和"
          f"{m.cn_date(PUBLICITY_START)}至{m.cn_date(pe, False)}公示，{sel}家单位纳入房山区社会培训评价组织目录（以下简称目录）。"
          "现将遴选结果公告如下。", ""]
    o += ["## 一、遴选情况", ""]
    o += [f"{m.cn_date(CHECK_DONE, False)}，区人社局完成资格审查。{m.cn_date(REVIEW_DAY, False)}，区人社局组织{EXPERTS}名专家按照《办法》"
          f"附件评分表进行评审，取专家评分的平均分作为评审得分。{t['qualified']}家单位评审得分在{m.PASS}分以上，评审合格。", ""]
    o += [f"按《办法》{c('review')}，同一职业（工种）评审合格的评价组织超过{m.PER_JOB}家的，按评审得分从高到低确定不超过{m.PER_JOB}家。"
          f"本次电工评审合格的有{len(cut_job()[1])}家，确定得分前{m.PER_JOB}名的" + "、".join(short(x) for x in cut_job()[1][:m.PER_JOB])
          + f"，{short(QM)}申报的电工不纳入目录。",
          ""]
    o += ["## 二、入选评价组织名单", ""]
    o += ["| 序号 | 评价组织名称 | 类型 | 评审得分 | 认定职业（工种）及等级 | 考评人员（名） | 专职质量督导员（名） |",
          "|---|---|---|---|---|---|---|"]
    for k, org in enumerate(orgs, 1):
        o.append(f"| {k} | {org[0]} | {org[1]} | {org[2]:.1f} | {jobs_cell(org[3])} | {org[4]} | {org[5]} |")
    o.append(f"| 合计 | {sel}家 |  |  | {t['jobs']}个职业（工种）、{t['entries']}项 | {t['examiners']} | {t['supervisors']} |")
    o += [""]
    pt = t["per_type"]
    o += [f"入选的{sel}家评价组织中，" + "、".join(f"{k}{v}家" for k, v in pt.items()) + f"，共涉及{t['jobs']}个职业（工种）。"
          f"目录有效期自{m.cn_date(TERM_START)}至{m.cn_date(term_end())}，期满重新遴选。", ""]
    o += ["## 三、未入选情况", ""]
    o += [f"- {ZL}：{ZL_REGISTERED.year}年{ZL_REGISTERED.month}月登记注册，至申报截止时登记注册不满{m.REG_YEARS}年，未通过资格审查"
          f"（《办法》{c('basic_1')}）。",
          f"- {AD}：评审得分{score(AD):.1f}分，低于{m.PASS}分（《办法》{c('review')}）。",
          f"- {QM}申报的电工：同一职业（工种）已确定{m.PER_JOB}家，其得分{score(QM):.1f}分排第{cut_job()[1].index(QM) + 1}名，"
          "不纳入目录；其申报的焊工纳入目录。", ""]
    o += ["## 四、场地建设补助", ""]
    many, few = t["many"], t["few"]
    o += [f"按《办法》{c('build')}，认定职业（工种）{m.BUILD_MANY}个及以上的{short(many[0][0])}、{short(many[1][0])}{len(many)}家每家"
          f"{m.BUILD['many']}元，其余{len(few)}家每家{m.BUILD['few']}元，合计{t['build']}元。补助在各评价组织首次认定结束后拨付。", ""]
    o += ["## 五、评价补贴标准和测算", ""]
    up = {lv: rate(SHORTAGE[0], lv) for lv in m.LEVELS}
    o += [f"- 按《办法》{c('subsidy')}，评价补贴标准为" + "、".join(f"{k}每人{v}元" for k, v in m.SUBSIDY.items()) + "，补贴给评价"
          "组织。",
          f"- 本次目录内的{'、'.join(SHORTAGE)}{len(SHORTAGE)}个职业（工种）列入本区2026年紧缺职业（工种）目录，补贴标准上浮"
          f"{m.UPLIFT}%，即" + "、".join(f"{k}每人{v}元" for k, v in up.items()) + "。"]
    a, b = EXAMPLES
    ra = rate(a[1], a[2])
    o += [f"- 举例：{short(a[0])}{a[1]}{a[2]}{a[3]}人，{a[1]}属于紧缺职业（工种），补贴标准为{m.SUBSIDY[a[2]]}×（1＋{m.UPLIFT}%）＝{ra}元，"
          f"{a[3]}人全部取得证书的，评价补贴为{a[3]}×{ra}＝{a[3] * ra}元。",
          f"- 再如：{short(b[0])}{b[1]}{b[2]}{b[3]}人，{b[1]}不属于紧缺职业（工种），评价补贴为{b[3]}×{rate(b[1], b[2])}＝"
          f"{b[3] * rate(b[1], b[2])}元。"]
    n = m.CAP // ra
    o += [f"- 按《办法》{c('claim')}，同一评价组织每年评价补贴不超过{m.w(m.CAP)}，以{ra}元的标准计算，一家评价组织一年最多可申领{n}人的"
          f"评价补贴（{n}×{ra}＝{n * ra}元）。补贴按季度申领，每季度结束后{m.CLAIM_DAYS}个工作日内提交申领材料。", ""]
    o += ["## 六、首批认定安排", ""]
    o += ["| 评价组织 | 职业（工种） | 等级 | 认定日期 | 计划人数 | 认定计划报送截止 |", "|---|---|---|---|---|---|"]
    for s in SESSIONS:
        o.append(f"| {s[0]} | {s[1]} | {s[2]} | {m.cn_date(s[3], week=True)} | {s[4]} | {m.cn_date(plan_by(s[3]), week=True)} |")
    o += [""]
    o += [f"按《办法》{c('plan')}，认定计划应当在每次认定{m.PLAN_DAYS}个工作日前报送区评价指导中心。首批{len(SESSIONS)}场认定计划人数"
          f"合计{t['planned']}人，全部取得证书的，评价补贴测算为{t['estimate']}元。区评价指导中心按《办法》{c('supervise')}，对首批"
          f"{len(SESSIONS)}场认定至少派员督导{t['supervise']}场。", ""]
    o += ["## 七、有关要求", ""]
    o += [f"1. 评价组织应当在认定结束后{m.CERT_DAYS}个工作日内完成成绩公示和证书核发（《办法》{c('cert')}）。",
          f"2. 评价组织收取认定费用的，应当公示收费项目和标准；对已申领评价补贴的劳动者，不得再向其本人收取认定费用（《办法》{c('fee')}）。",
          f"3. 评价组织的名称、法定代表人或者认定场所发生变化的，应当自变化之日起{m.CHANGE_DAYS}日内向区人社局报告（《办法》"
          f"{c('change')}）。",
          f"4. 区人社局将于每年12月开展年度质量评估，连续2年评估不合格的移出目录（《办法》{c('remove')}）。", ""]
    o += ["## 八、联系方式", ""]
    o += [f"- {m.CONTACTS[0][0]}：{m.CONTACTS[0][1]}，{m.CONTACTS[0][2]}",
          f"- {m.CONTACTS[1][0]}（认定计划、补贴申领）：{m.CONTACTS[1][1]}，{m.CONTACTS[1][2]}", ""]
    o += [ISSUER, "", DATE, "", "---", "", NOTE_TEXT, "", m.NOTE + "。"]
    return o


def main():
    with open(os.path.join(OUT_DIR, NAME + ".md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines()) + "\n")
    t = totals()
    print("wrote", os.path.join(OUT_DIR, NAME + ".md"), {k: v for k, v in t.items() if k not in ("many", "few")})


if __name__ == "__main__":
    main()
