#!/usr/bin/env python3
"""Write fresh45/dianjiang-mingdan-gonggao.txt (虚构测试文档，非真实政策): the dev 名单及补助资金拨付公告, as copied from a WeChat article.

    cd fresh45/src && python3 make_dianjiang_txt.py

Part (b) of the dev pair: 垫江县2026年秋季学期校企合作订单班名单及补助资金拨付公告, published by the 县教委 on its WeChat 公众号
(垫江教育发布, 2026年9月18日), citing the 办法 (make_dianjiang_docx.py) by title and 文号 and its 条 by number (`《办法》第十八条`).
**Plain text as a reader copies it out of a 公众号 article** (UTF-8, LF, no emoji): the headline, the `原创　account　account　date`
line, short paragraphs with blank lines between them, **【】 headings**, **the 名单 as blocks with no numbers** (a school line with its
count, then per class its name and `合作企业：` / `专业：` / `在籍学生：` / `首批补助：` lines), **lists without numbers** (the two classes
that did not pass, the papers a firm sends), `来源` / `编辑` / `审核` lines and the page's end (`阅读原文`, `阅读 N`, 分享　收藏　点赞　在看,
the account, 微信扫一扫关注该公众号) and the note as the last line.

Every count (classes, 冠名班, 重点产业 classes, per school, students, firms), every amount (a class's 建班补助 and first 培养补助, the
first payment's total and parts, the 40% left, the 奖学金配套 with its cap, one firm's two classes against the cap), the worked
examples and every date (the 公告 within 30 days of the 秋季开学, 5 working days for objections) is computed here from
make_dianjiang_docx's figures and recomputed by ../check_fresh45.py.
"""
import datetime
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_dianjiang_docx as m  # noqa: E402

NAME = "dianjiang-mingdan-gonggao"
ACCOUNT = "垫江教育发布"
ISSUER = "垫江县教育委员会"
D = datetime.date
DATE_D = D(2026, 9, 18)
DATE = m.cn_date(DATE_D)
POSTED = "2026年09月18日 17:30"
TITLE = "垫江县2026年秋季学期校企合作订单班名单及补助资金拨付公告"
KEY, OTHER = m.KEY, m.OTHER
FY, MD = "垫江县丰源职业中专学校", "垫江县明德技工学校"
HJ = "垫江县恒钧机械制造有限公司"
# (学校, 订单班, 合作企业, 专业, 重点产业?, 在籍学生, 企业承诺奖学金 (元, 0 = none), 冠名班?)
CLASSES = [
    (FY, "恒钧机电冠名班", HJ, "机电技术应用", True, 42, 6000, True),
    (FY, "宏博电子冠名班", "垫江县宏博电子科技有限公司", "电子技术应用", True, 38, 0, True),
    (FY, "2026级电子商务订单班", "垫江县云杉电子商务有限公司", "电子商务", False, 30, 24000, False),
    (FY, "禾润食品冠名班", "垫江县禾润食品有限公司", "食品加工工艺", True, 25, 8000, True),
    (FY, "2026级中餐烹饪订单班", "垫江县悦来酒店管理有限公司", "中餐烹饪", False, 20, 0, False),
    (MD, "骏驰汽修冠名班", "垫江县骏驰汽车销售服务有限公司", "汽车运用与维修", True, 45, 10000, True),
    (MD, "2026级焊接加工订单班", HJ, "焊接加工", False, 28, 0, False),
    (MD, "康怡养老冠名班", "垫江县康怡养老服务有限公司", "智慧健康养老服务", False, 24, 0, True),
    (MD, "2026级现代农艺技术订单班", "垫江县沃野农业开发有限公司", "现代农艺技术", True, 22, 4000, False),
]
APPLIED = 11                    # 申报的订单班
# the two that did not pass: (why, the 办法's item it fails)
REJECTED = [("合作企业2025年3月才登记注册，登记注册不满2年", "firm_1"),
            ("报名学生仅16人，不足每班20人", "class_1")]
REJECT_STUDENTS = 16
TERM_START = D(2026, 9, 1)      # 秋季开学
ROLL_DAY = D(2026, 9, 10)       # 在籍学生人数 as of
OBJECT_DAYS = 5                 # 异议: 公告之日起5个工作日内
PAPERS_BY = D(2026, 9, 30)
PAY_BY = D(2026, 10, 23)
REAPPLY_BY = D(2027, 6, 30)
ASSESS_MONTH = "2027年7月"
EXAMPLES = ["恒钧机电冠名班", "2026级中餐烹饪订单班"]         # worked examples of the 培养补助
FIRM_PAPERS = ["单位银行账户信息", "订单班学生花名册（加盖学校公章）", "企业导师聘书复印件"]
EDITOR, CHECKER, READS = "冉思琪", "向国庆", 1946
NOTE_TEXT = ("本文为虚构测试文档，非真实政策：垫江县为真实地名，公众号、文号、学校、企业、订单班、学生人数、补助金额、日期、人员和电话均为"
             "虚构，仅用于问答系统评测。")


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def object_by():
    """the last day for objections: 5 working days from the 公告's day (the day itself not counted)"""
    return add_workdays(DATE_D, OBJECT_DAYS)


def kind(c):
    return KEY if c[4] else OTHER


def build(c):
    return m.BUILD[kind(c)]


def train_year(c):
    return m.TRAIN[kind(c)] * c[5]


def train_first(c):
    return train_year(c) * m.FIRST_SHARE // 100


def match(c):
    return min(c[6] * m.MATCH // 100, m.MATCH_CAP)


def totals():
    key = [c for c in CLASSES if c[4]]
    other = [c for c in CLASSES if not c[4]]
    firms = list(dict.fromkeys(c[2] for c in CLASSES))
    build_sum = sum(build(c) for c in CLASSES)
    year_sum = sum(train_year(c) for c in CLASSES)
    first_sum = sum(train_first(c) for c in CLASSES)
    pledged = [c for c in CLASSES if c[6]]
    return dict(
        classes=len(CLASSES), named=sum(1 for c in CLASSES if c[7]), key=len(key), other=len(other),
        key_build=sum(build(c) for c in key), other_build=sum(build(c) for c in other),
        students=sum(c[5] for c in CLASSES), firms=len(firms), build=build_sum, year=year_sum, first=first_sum,
        rest=year_sum - first_sum, all=build_sum + first_sum,
        pledged=len(pledged), pledge_sum=sum(c[6] for c in pledged), match_sum=sum(match(c) for c in pledged),
        per_school={s: sum(1 for c in CLASSES if c[0] == s) for s in (FY, MD)})


def two_class_firm():
    """the firm with two classes, and its 培养补助 of the 学年 against the cap"""
    cs = [c for c in CLASSES if c[2] == HJ]
    return cs, sum(train_year(c) for c in cs)


def lines():
    t = totals()
    c = m.cite
    o = [TITLE, "", f"原创　{ACCOUNT}　{ACCOUNT}　{POSTED}", "", "点击上方蓝字关注我们", ""]
    o += [f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》），今年6月，县内{len(t['per_school'])}所学校共申报订单班{APPLIED}个。经县教委"
          f"会同县人力社保局、县财政局、县经济信息委审核，{t['classes']}个订单班通过备案，其中冠名班{t['named']}个。现将订单班名单和首批"
          "补助资金拨付情况公告如下。", ""]
    o += ["【订单班名单】", ""]
    for school in (FY, MD):
        o += [f"{school}（{t['per_school'][school]}个）", ""]
        for cl in (x for x in CLASSES if x[0] == school):
            o += [cl[1], f"合作企业：{cl[2]}", f"专业：{cl[3]}" + (f"（{KEY}）" if cl[4] else ""), f"在籍学生：{cl[5]}人",
                  f"首批补助：学校建班补助{build(cl)}元，企业培养补助{train_first(cl)}元", ""]
    o += [f"在籍学生人数以{m.cn_date(ROLL_DAY)}学籍系统数据为准。{t['classes']}个订单班共有在籍学生{t['students']}人，涉及合作企业"
          f"{t['firms']}家。", ""]
    o += ["【补助怎么算】", ""]
    o += [f"建班补助一次性拨付给学校，按《办法》{c('build')}，{KEY}每班{m.w(m.BUILD[KEY])}，{OTHER}每班{m.w(m.BUILD[OTHER])}。冠名班"
          "不另行增加建班补助。", ""]
    o += [f"培养补助拨付给企业，按《办法》{c('train')}，{KEY}每生每学年{m.TRAIN[KEY]}元，{OTHER}每生每学年{m.TRAIN[OTHER]}元，本次"
          f"先拨付{m.FIRST_SHARE}%。", ""]
    ex = [next(x for x in CLASSES if x[1] == n) for n in EXAMPLES]
    a, b = ex
    o += [f"举个例子：{a[1]}在籍学生{a[5]}人，全学年培养补助{a[5]}×{m.TRAIN[kind(a)]}＝{train_year(a)}元，首批拨付"
          f"{train_year(a)}×{m.FIRST_SHARE}%＝{train_first(a)}元，其余{train_year(a) - train_first(a)}元在{ASSESS_MONTH}年度考核合格后"
          "拨付。", ""]
    o += [f"再比如：{b[1]}在籍学生{b[5]}人，全学年培养补助{b[5]}×{m.TRAIN[kind(b)]}＝{train_year(b)}元，首批拨付{train_first(b)}元。",
          ""]
    cs, s = two_class_firm()
    o += [f"{HJ}同时合作{len(cs)}个班，本学年培养补助合计{s}元，未超过《办法》{c('cap')}规定的同一企业每学年{m.w(m.FIRM_CAP)}上限。", ""]
    o += ["【首批拨付情况】", ""]
    o += [f"本次首批拨付补助资金共计{t['all']}元，其中学校建班补助{t['build']}元（{KEY}{t['key']}个班{t['key_build']}元、{OTHER}"
          f"{t['other']}个班{t['other_build']}元），企业培养补助{t['first']}元（{t['classes']}个班{t['students']}名学生全学年培养补助"
          f"{t['year']}元的{m.FIRST_SHARE}%）。", ""]
    o += [f"其余{m.REST_SHARE}%培养补助共{t['rest']}元，待{ASSESS_MONTH}年度考核合格后拨付；考核不合格的订单班不拨付（《办法》"
          f"{c('fail_do')}）。", ""]
    o += ["【奖学金配套】", ""]
    big = next(x for x in CLASSES if x[6] * m.MATCH // 100 > m.MATCH_CAP)
    o += [f"{t['pledged']}个订单班的合作企业承诺设立奖学金，承诺金额合计{t['pledge_sum']}元。按《办法》{c('match')}测算，县财政配套"
          f"{t['match_sum']}元，学年末凭奖学金发放记录拨付给学校，由学校随企业奖学金一并发给学生。", ""]
    o += [f"其中{big[1]}企业出资{big[6]}元，按{m.MATCH}%计算为{big[6] * m.MATCH // 100}元，超过每班每学年最高{m.w(m.MATCH_CAP)}的"
          f"标准，按{match(big)}元配套。", ""]
    o += [f"【未通过备案的{len(REJECTED)}个班】", ""]
    o += [f"1个班因{why}" for why, _ in REJECTED]
    o += ["", f"相关学校可以按《办法》{c('apply')}规定，于{m.cn_date(REAPPLY_BY)}前重新申报。", ""]
    o += ["【需要注意的事项】", ""]
    o += [f"对名单有异议的，请于公告之日起{OBJECT_DAYS}个工作日内（{m.cn_date(object_by())}前）向{m.CONTACTS[0][0]}反映。", ""]
    o += [f"合作企业请于{m.cn_date(PAPERS_BY)}前向{m.CONTACTS[0][0]}报送以下材料：", ""] + FIRM_PAPERS + [""]
    o += [f"首批补助资金将于{m.cn_date(PAY_BY, week=True)}前拨付到学校和企业账户。", ""]
    o += [f"订单班学生人数发生变化的，学校应当自变化之日起{m.CHANGE_DAYS}日内申请变更备案（《办法》{c('change')}）。", ""]
    o += [f"学校和企业不得向订单班学生收取任何费用（《办法》{c('free')}），学生和家长发现收费的，可以向县教委反映。", ""]
    o += ["【写给学生和家长】", ""]
    o += ["订单班学生实行自愿报名、双向选择，学校和企业不得强制学生进入订单班。", ""]
    o += [f"进了订单班，每学年结束时仍然可以申请退出，学校自收到申请之日起{m.QUIT_DAYS}日内办理，并安排转入同专业其他班级"
          f"（《办法》{c('quit')}）。", ""]
    o += [f"岗位实习累计不超过{m.INTERN_MONTHS}个月，未满{m.INTERN_AGE}周岁的学生不安排岗位实习（《办法》{c('intern')}）。毕业后可以"
          "自主选择是否到合作企业就业。", ""]
    o += ["【咨询电话】", ""]
    o += [f"{m.CONTACTS[0][0]}　{m.CONTACTS[0][1]}　{m.CONTACTS[0][2]}",
          f"{m.CONTACTS[1][0]}（技工学校订单班）　{m.CONTACTS[1][1]}　{m.CONTACTS[1][2]}", ""]
    o += [f"来源：{ISSUER}", f"编辑：{EDITOR}　审核：{CHECKER}", "", "阅读原文", f"阅读 {READS}", "", "分享　收藏　点赞　在看", "",
          ACCOUNT, "微信扫一扫关注该公众号", "", NOTE_TEXT + m.NOTE]
    return o


def main():
    with open(os.path.join(OUT_DIR, NAME + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines()) + "\n")
    print("wrote", os.path.join(OUT_DIR, NAME + ".txt"), totals())


if __name__ == "__main__":
    main()
