#!/usr/bin/env python3
"""Write fresh42/xinxing-zhaopin-gonggao.pdf (虚构测试文档，非真实政策): the held-out 招聘公告, a PDF printed by LibreOffice with its
岗位计划表 on a landscape page.

    cd fresh42/src && python3 make_xinxing_pdf.py

Part (b) of the held-out pair (the same parts as make_yicheng_html.py in other words and numbers: posts and people computed from the
table, conditions citing the 办法 by number with the age limits as birth dates, 报名 / 资格审查 / 考核 / 公示 / 聘用 with dates, worked
scores, the 课时报酬 restated with this year's addition and worked examples, contacts, other points). Layout: portrait pages with a
small page header over a rule and `— N —` footers (make_fodt's `@header`), title, body, 落款; then **the 岗位计划表 on a landscape page**
(`@landscape`, `@table` with the header row repeated), its note, the imprint and the note.

Every rate is read from make_xinxing_txt.LEVELS, every rule restated from its FACTS / ARTICLES, every article cited by number computed;
the totals, birth dates, example scores and 课时报酬 computed here and recomputed by ../check_fresh42.py.
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
import make_yicheng_doc as base  # noqa: E402
import make_xinxing_txt as m  # noqa: E402

NAME = "xinxing-zhaopin-gonggao"
ISSUER = "第十三师新星市教育局"
DATE = "2026年5月20日"
YEAR = "2026—2027学年"
TITLE = f"{ISSUER}关于公开招聘{YEAR}职业院校企业兼职教师的公告"
DTS, XH = "新星市雅丹职业技术学校", "新星市星火技工学校"
TABLE_TITLE = f"{YEAR}职业院校企业兼职教师岗位计划表"
MARK = "▲"
# (岗位编号, 招聘学校, 专业, 岗位类别, 岗位名称, 招聘人数, 岗位条件, 每学期课时, 重点岗位)
POSTS = [
    ("XX2601", DTS, "新能源装备技术", "实践课", "风电机组检修兼职教师", 2,
     "具有风电机组检修工高级工以上证书，或者电气类中级以上专业技术职称", 60, True),
    ("XX2602", DTS, "光伏工程技术", "实践课", "光伏系统运行维护兼职教师", 1, "具有电工高级工以上证书，熟悉光伏系统运行维护", 48, True),
    ("XX2603", DTS, "化工生产技术", "专业课", "煤化工工艺兼职教师", 1, "具有化工类中级以上专业技术职称", 40, False),
    ("XX2604", DTS, "设施农业与装备", "实践课", "瓜果栽培技术兼职教师", 2,
     "具有农艺类中级以上专业技术职称，或者获得师市级以上技术能手称号", 40, False),
    ("XX2605", XH, "电气设备安装与维修", "实践课", "电工实训兼职教师", 2, "具有电工技师以上证书", 60, True),
    ("XX2606", XH, "焊接加工", "实践课", "焊接实训兼职教师", 1, "具有焊工高级工以上证书", 48, False),
    ("XX2607", XH, "汽车维修", "实践课", "重型卡车维修兼职教师", 1, "具有汽车维修工高级工以上证书", 48, True),
    ("XX2608", XH, "物流服务与管理", "专业课", "物流仓储管理兼职教师", 1, "具有物流类中级以上专业技术职称", 40, False),
]
HEAD = ["序号", "岗位编号", "招聘学校", "专业", "岗位类别", "岗位名称", "招聘人数", "岗位条件", "每学期课时", "备注"]
D = datetime.date
APPLY = (D(2026, 5, 25), D(2026, 6, 3))
APPLY_HOURS = "每天受理时间为10:00—13:30、16:00—19:30"
REVIEW = D(2026, 6, 8)
EXAM = D(2026, 6, 13)
TRAINING = (D(2026, 8, 24), D(2026, 8, 25))
TERM = (D(2026, 9, 1), D(2029, 8, 31))
W_MAIN, W_INTERVIEW = 70, 30            # % — 试讲或者实操 / 面试
SCORES = [("实操", 68, 50), ("试讲", 55, 62)]   # one passes, one does not
FARE = 30                               # 元/课时 — 重点岗位交通补助, this year
# 课时报酬 examples: (等级, 重点岗位, 专业课课时, 实践课课时)
PAY = [("B级", True, 0, 50), ("A级", False, 40, 50)]
CONTACTS = [
    ("政策咨询", "师市教育局职业教育科", "韩雪梅", m.CONTACT[1]),
    ("XX2601—XX2604岗位", DTS, "赵志强", "0902-6952318"),
    ("XX2605—XX2608岗位", XH, "孙海燕", "0902-6967045"),
]
OTHER = [
    "本次招聘不收取任何费用。",
    "报名人员对所提交材料的真实性负责，弄虚作假的，一经查实取消聘用资格。",
    "岗位报名人数少于招聘人数的，由招聘学校报师市教育局同意后核减招聘人数。",
    "已被聘用的兼职教师所在单位、联系方式发生变化的，应当在10日内告知招聘学校。",
]
WEEK = "一二三四五六日"


def cn_date(d, year=True, week=False):
    s = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
    return s + (f"（星期{WEEK[d.weekday()]}）" if week else "")


def totals():
    """(posts, people, 重点 posts, 重点 people, schools)"""
    return (len(POSTS), sum(p[5] for p in POSTS), sum(1 for p in POSTS if p[8]), sum(p[5] for p in POSTS if p[8]),
            len({p[1] for p in POSTS}))


def born(years):
    return APPLY[0].replace(year=APPLY[0].year - years)


def num(x):
    return f"{round(x, 2):g}"


def score_examples():
    out = []
    for kind, a, b in SCORES:
        total = (a * W_MAIN + b * W_INTERVIEW) / 100
        verdict = "为合格" if total >= 60 else "不合格，不予聘用"
        out.append((f"某报名人员{kind}{a}分、面试{b}分，考核成绩为{a}×{W_MAIN}%＋{b}×{W_INTERVIEW}%＝{num(total)}分", verdict, total))
    return out


def pay_examples():
    out = []
    for lv, key, th, pr in PAY:
        if key:
            r = m.rate(lv, "实践课")
            pay = r * pr + FARE * pr
            out.append((f"一名{lv}兼职教师在{MARK}重点岗位每学期承担实践课{pr}课时，课时报酬{r}×{pr}＝{num(r * pr)}元，另发交通补助"
                        f"{FARE}×{pr}＝{num(FARE * pr)}元，合计{num(pay)}元", r * pr))
        else:
            a, b = m.rate(lv, "专业课"), m.rate(lv, "实践课")
            pay = a * th + b * pr
            out.append((f"一名{lv}兼职教师每学期承担专业课{th}课时、实践课{pr}课时，课时报酬为{a}×{th}＋{b}×{pr}＝{num(pay)}元", pay))
    return out


def source():
    n_posts, n_people, n_key, n_key_people, n_school = totals()
    a = {k: m.art(k) for k in ("basic", "prof", "bar", "exam", "direct", "apply", "contract", "school", "award", "excellent")}
    sc = score_examples()
    pay = pay_examples()
    rates = "；".join(f"{r[0]}专业课{r[2]}元/课时、实践课{r[3]}元/课时" for r in m.LEVELS)
    o = [f"% {base.NOTE} — fresh42 held-out 招聘公告 (written by make_xinxing_pdf.py with ../../tools/make_fodt.py)",
         f"@header {ISSUER}　通知公告"]
    o += [f"@title {TITLE}",
          f"根据《{m.BANFA}》（{m.DOC_NO}，以下简称《办法》），经师市教育局审核，现面向企业、团场和行业组织公开招聘{YEAR}职业院校企业"
          "兼职教师。现将有关事项公告如下：",
          "@n **一、招聘计划**",
          f"本次共招聘企业兼职教师{n_people}名，涉及{n_school}所职业院校{n_posts}个岗位，具体岗位见附件《{TABLE_TITLE}》。其中标注"
          f"“{MARK}”的{n_key}个岗位为重点岗位，招聘{n_key_people}名。",
          "@n **二、报考条件**",
          f"（一）符合《办法》{a['basic']}规定的基本条件，并具备《办法》{a['prof']}规定的条件之一。",
          "（二）符合所报岗位的岗位条件。",
          f"（三）一般不超过58周岁（{cn_date(born(58))}以后出生）；具有高级技师证书或者正高级专业技术职称的可以放宽至63周岁"
          f"（{cn_date(born(63))}以后出生）。",
          f"（四）有《办法》{a['bar']}所列情形之一的，不予聘用。",
          "@n **三、报名**",
          f"（一）报名时间：{cn_date(APPLY[0], week=True)}至{cn_date(APPLY[1], year=False, week=True)}，{APPLY_HOURS}。",
          "（二）报名地点：各招聘学校人事办公室。单位推荐的，可以由推荐单位统一报送。",
          "（三）报名材料：报名登记表、身份证、学历证书、专业技术职称或者职业技能等级证书、所在单位同意兼职的书面意见、近期1寸免冠照片2张。",
          f"（四）按照《办法》{a['apply']}规定，同一人最多可以报2个岗位；报2个岗位的，须分别提交报名材料。",
          "@n **四、资格审查**",
          f"招聘学校于{cn_date(REVIEW)}前完成资格审查，审查结果报师市教育局备案。通过资格审查的，由招聘学校以电话或者短信通知考核"
          "时间、地点和内容。",
          "@n **五、考核**",
          f"（一）考核时间：{cn_date(EXAM, week=True)}10:00开始，地点在各招聘学校。",
          "（二）考核方式：专业课岗位采取试讲和面试，试讲20分钟；实践课岗位采取实操和面试，实操40分钟。面试时间均为10分钟。",
          f"（三）成绩计算：考核成绩＝试讲或者实操成绩×{W_MAIN}%＋面试成绩×{W_INTERVIEW}%。按照《办法》{a['exam']}规定，60分以上为"
          f"合格。例如，{sc[0][0]}，{sc[0][1]}；{sc[1][0]}，{sc[1][1]}。",
          f"（四）符合《办法》{a['direct']}规定、由招聘学校直接聘用的人员，不参加考核。",
          "@n **六、公示和聘用**",
          f"招聘学校按照考核成绩从高到低确定拟聘人员，在师市教育局网站公示7个工作日。公示期满无异议的，按照《办法》{a['contract']}规定"
          f"签订聘用合同，聘期自{cn_date(TERM[0])}至{cn_date(TERM[1])}。被聘用人员应当参加{cn_date(TRAINING[0], year=False)}至"
          f"{cn_date(TRAINING[1], year=False)}的集中岗前培训，共16学时。",
          "@n **七、课时报酬**",
          f"（一）课时报酬按照《办法》附件标准执行：{rates}。课时报酬按月核发，每名兼职教师每学期课时报酬不超过1.5万元。",
          f"（二）本学年新增：标注“{MARK}”的重点岗位，每课时另发交通补助{FARE}元，由招聘学校随课时报酬按月发放，不计入每学期1.5万元上限。",
          f"（三）计算示例：{pay[0][0]}；{pay[1][0]}，"
          + ("超过每学期1.5万元上限，按1.5万元发放。" if pay[1][1] > m.CAP else "未超过每学期1.5万元上限。"),
          f"（四）学年考核优秀的，按照《办法》{a['excellent']}规定给予一次性奖励3000元；指导学生参加职业技能竞赛获奖的，按照《办法》"
          f"{a['award']}规定给予奖励。",
          "@n **八、咨询电话**"]
    o += [f"{w}：{u}，{p}，{ph}。" for w, u, p, ph in CONTACTS]
    o += ["@n **九、其他事项**"]
    o += [f"（{base.cn(k)}）{x}" for k, x in enumerate(OTHER, 1)]
    o += ["@blank", f"@n 附件：{TABLE_TITLE}", "@blank", f"@r {ISSUER}", f"@r {DATE}"]
    o += ["@landscape", "@n **附件**", f"@title {TABLE_TITLE}",
          "@table 1.0 1.8 3.2 2.8 1.6 3.4 1.4 5.6 1.6 1.8"]
    o += ["| " + " | ".join(HEAD) + " |"]
    for i, p in enumerate(POSTS, 1):
        o.append("| " + " | ".join([str(i), p[0], p[1], p[2], p[3], p[4], str(p[5]), p[6], str(p[7]),
                                     f"{MARK}重点岗位" if p[8] else "—"]) + " |")
    o.append(f"| 合计 | < | < | < | < | < | {n_people} | {n_posts}个岗位 | < | < |")
    o += ["@endtable",
          f"@n 注：岗位类别为“专业课”的采取试讲和面试，为“实践课”的采取实操和面试；标注“{MARK}”的重点岗位另发交通补助。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：新星市为真实地名，学校、岗位、日期、课时报酬、示例数据、人员和电话均为虚构，仅用于问答系统"
          "评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = base.fodt(tmp, NAME, source())
        base.convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
