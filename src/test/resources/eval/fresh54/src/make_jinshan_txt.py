#!/usr/bin/env python3
"""Write fresh54/jinshan-qiuxue-tongbao.txt (虚构测试文档，非真实政策): the held-out district's 通报 of the first 学年 of the
plan of make_jinshan_pdf.py — the study centres recognized (and those turned down), each centre's learners by level, the
skilled ones, the yearly grant and the running subsidy, the learners of firms without a centre, the learners turned down or
paused and why, the firms' tuition rewards (one capped), the dates of the review, the 公示 and the payments, the next dates;
part (b) of the held-out pair.

    cd fresh54/src && python3 make_jinshan_txt.py

**Layout: a plain text saved by Windows Notepad as "UTF-8 with BOM", CRLF line ends, no hard wraps** — every paragraph one long
line **led by two full-width spaces (`　　`)**, the title and the 文号 centred with full-width spaces, the headings `一、` … typed
and indented like the paragraphs, **the centres as a numbered list of lines (`　　1．…`, a full-width full stop) — no table**, the
落款 pushed right with full-width spaces, the note in the last lines.

Every figure is computed here from CENTERS, OTHERS, SHARES and the 细则's figures (make_jinshan_pdf.py); the checker recomputes
them on its own.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_jinshan_pdf as m  # noqa: E402
from common import D, NOTE, OUT_DIR, cn_date, w  # noqa: E402,F401

NAME = "jinshan-qiuxue-tongbao"
ISSUER = m.ISSUERS[0]
DOC_NO = "金工〔2026〕38号"
DATE_D = D(2026, 12, 10)
DATE = cn_date(DATE_D)
YEAR = "2026—2027学年"
TITLE = f"{ISSUER}关于{YEAR}职工求学圆梦助学金和企业学习中心补贴核定情况的通报"
CENTERS_APPLIED = 10                      # firms that applied for a centre by the 印发通知's date
CENTER_PUBLIC = (D(2026, 6, 1), D(2026, 6, 5))   # the 拟认定名单 公示 (5 working days)
RECOGNIZED = D(2026, 6, 12)
RECOGNIZE_NO = "金教〔2026〕21号"
OPEN_PAID = D(2026, 7, 10)                # the 开办补贴 paid
REFUSED_CENTERS = [("金山明湾纺织有限公司", "学习室面积仅32平方米"), ("金山佳禾包装材料有限公司", "未配备专职教务员")]
OPENED = (D(2026, 9, 1), D(2026, 10, 15)) # the 细则's window
FIRMS_APPLIED = 33
FIRST_DONE = D(2026, 11, 4)               # 区总工会 初审
CHECK_DONE = D(2026, 11, 13)              # 区人社局 核验
PUBLIC = (D(2026, 11, 16), D(2026, 11, 22))   # 公示 7日
GRANTS_PAID = D(2026, 12, 8)              # 圆梦助学金 发放
FIRMS_PAID = D(2026, 12, 9)               # 企业助学奖励 and 运行补贴 拨付
NEXT_YEAR = "2027—2028学年"
NEXT_WINDOW = (D(2027, 9, 1), D(2027, 10, 15))
NEXT_CENTER_BY = D(2027, 5, 31)
A, B = m.COLLEGES
# the centres (all recognized in the first batch): firm, colleges, 专科, 本科, of whom holding a 技师 certificate or above
CENTERS = [
    ("金山宏茂化工有限公司", [A], 38, 18, 9),
    ("金山新晟材料科技有限公司", [A], 24, 9, 4),
    ("金山柏源药业有限公司", [A], 15, 12, 2),
    ("金山恒嘉食品有限公司", [B], 22, 0, 1),
    ("金山锐思智能装备有限公司", [A, B], 41, 10, 6),
    ("金山洁源环保科技有限公司", [B], 18, 0, 2),
    ("金山盛驰汽车配件有限公司", [B], 29, 0, 3),
    ("金山瀚海物流有限公司", [A], 17, 8, 1),
]
OTHERS = (23, 70, 27, 5)                  # firms without a centre: firms, 专科, 本科, 技师以上
# learners turned down or paused: (key of the 细则's point, reason as written, learners)
REFUSED = [("cond", "在本区连续缴纳城镇职工社会保险不满6个月", 6), ("cond", "申请时已超过45周岁", 2),
           ("exclude", "同一学历层次已获得过其他财政性学历教育资助", 3), ("pause", "上一学年有课程考核不合格且未重修通过，当学年暂停资助", 4)]
# firms that bore tuition this 学年: firm, tuition borne (元)
SHARES = [("金山宏茂化工有限公司", 286000), ("金山锐思智能装备有限公司", 153000), ("金山新晟材料科技有限公司", 84000),
          ("金山盛驰汽车配件有限公司", 45000)]
FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：金山区为真实地名，文号、高校、企业、人数、金额、日期、人员和电话均为虚构，仅用于问答"
                "系统评测。")
IND = "　　"


def learners(c):
    return c[2] + c[3]


def grant(zk, bk, tech):
    return zk * m.GRANT["专科"] + bk * m.GRANT["本科"] + tech * m.TECH_PLUS


def run(n):
    for lo, hi, amount in m.RUN:
        if n >= lo and (hi is None or n <= hi):
            return amount
    return 0


def reward(x):
    return min(x * m.SHARE // 100, m.SHARE_CAP)


def totals():
    zk = sum(c[2] for c in CENTERS) + OTHERS[1]
    bk = sum(c[3] for c in CENTERS) + OTHERS[2]
    tech = sum(c[4] for c in CENTERS) + OTHERS[3]
    return zk, bk, tech, grant(zk, bk, tech), sum(run(learners(c)) for c in CENTERS), sum(reward(x) for _, x in SHARES)


def center_line(i, c):
    nm, cols, zk, bk, tech = c
    n = zk + bk
    head = f"{IND}{i}．{nm}企业学习中心（承办高校：{'、'.join(cols)}）：资助对象{n}人，其中专科{zk}人、本科{bk}人，持技师以上证书{tech}人；" \
           f"圆梦助学金{grant(zk, bk, tech)}元，"
    if run(n):
        return head + f"运行补贴{w(run(n))}。"
    return head + f"本学年在中心学习的资助对象不足{m.CENTER_MIN}人，不给予运行补贴。"


def lines():
    t = totals()
    c = m.cite
    n_ok = t[0] + t[1]
    refused = sum(n for *_, n in REFUSED)
    capped = [(f, x) for f, x in SHARES if x * m.SHARE // 100 > m.SHARE_CAP]
    rest = [(f, x) for f, x in SHARES if x * m.SHARE // 100 <= m.SHARE_CAP]
    no_run = [x for x in CENTERS if not run(learners(x))]
    big = [x for x in CENTERS if run(learners(x)) == m.RUN[1][2]]
    L = [f"{'　' * 6}{TITLE}", f"{'　' * 16}{DOC_NO}", "", "各基层工会，各有关企业，各承办高校：",
         f"{IND}根据《{m.PLAN}》（{m.DOC_NO}，以下简称《细则》）有关规定，现将{YEAR}职工求学圆梦助学金、企业助学奖励和企业学习中心"
         "补贴核定情况通报如下。",
         f"{IND}一、企业学习中心认定情况",
         f"{IND}截至{cn_date(m.APPLY_BY)}，共有{CENTERS_APPLIED}家企业申报企业学习中心。区教育局会同区总工会实地核查，"
         + "，".join(f"{f}{why}" for f, why in REFUSED_CENTERS) + f"，不符合《细则》{c('center')}规定的条件；拟认定名单于"
         f"{cn_date(CENTER_PUBLIC[0], False)}至{cn_date(CENTER_PUBLIC[1], False)}公示。{cn_date(RECOGNIZED)}，区教育局认定首批企业学习"
         f"中心{len(CENTERS)}个（{RECOGNIZE_NO}）。按照《细则》{c('open')}规定，每个企业学习中心一次性开办补贴{w(m.OPEN_GRANT)}，共"
         f"{w(m.OPEN_GRANT * len(CENTERS))}，已于{cn_date(OPEN_PAID, False)}拨付到企业。",
         f"{IND}二、圆梦助学金核定情况",
         f"{IND}{cn_date(OPENED[0], False)}至{cn_date(OPENED[1], False)}，区总工会共受理{FIRMS_APPLIED}家企业{n_ok + refused}名职工的申请。区总工会于"
         f"{cn_date(FIRST_DONE, False)}完成初审，区人社局于{cn_date(CHECK_DONE, False)}完成社会保险和技能证书核验，资助名单于"
         f"{cn_date(PUBLIC[0], False)}至{cn_date(PUBLIC[1], False)}在区总工会网站公示。",
         f"{IND}经审核，{YEAR}共核定资助对象{n_ok}人，其中专科{t[0]}人、本科{t[1]}人，持技师以上证书的{t[2]}人；核定圆梦助学金共{t[3]}元。"
         f"按照《细则》{c('grant')}、{c('tech')}规定，专科每人每学年{m.GRANT['专科']}元、本科每人每学年{m.GRANT['本科']}元，持技师以上"
         f"证书的每人另加{m.TECH_PLUS}元。",
         f"{IND}不予资助或者暂停资助{refused}人：" + "；".join(f"{n}人{why}（《细则》{c(k)}）" for k, why, n in REFUSED) + "。",
         f"{IND}三、各企业学习中心资助对象和运行补贴",
         f"{IND}按照《细则》{c('run')}规定，各企业学习中心{YEAR}资助对象、圆梦助学金和运行补贴核定如下："]
    L += [center_line(i, x) for i, x in enumerate(CENTERS, 1)]
    L += [f"{IND}未设立企业学习中心的{OTHERS[0]}家企业共有资助对象{OTHERS[1] + OTHERS[2]}人，其中专科{OTHERS[1]}人、本科{OTHERS[2]}人，"
          f"持技师以上证书{OTHERS[3]}人；圆梦助学金{grant(*OTHERS[1:])}元。",
          f"{IND}{len(CENTERS)}个企业学习中心核定运行补贴共{w(t[4])}，其中" + "、".join(x[0] for x in big)
          + f"在中心学习的资助对象在{m.RUN[1][0]}人以上，各{w(m.RUN[1][2])}；" + "、".join(x[0] for x in no_run)
          + f"企业学习中心本学年资助对象{learners(no_run[0])}人，不给予运行补贴。",
          f"{IND}四、企业助学奖励",
          f"{IND}{YEAR}共有{len(SHARES)}家企业为资助对象承担学习费用。按照《细则》{c('share')}规定，"
          + "；".join(f"{f}承担学习费用{x}元，按{m.SHARE}%计算为{x * m.SHARE // 100}元，超过每家企业每学年最高{w(m.SHARE_CAP)}的规定，按"
                     f"{w(m.SHARE_CAP)}核定" for f, x in capped) + "；"
          + "；".join(f"{f}承担学习费用{x}元，奖励{reward(x)}元" for f, x in rest) + f"。企业助学奖励共{t[5]}元。",
          f"{IND}五、资金发放情况",
          f"{IND}资助名单公示无异议。区总工会已于{cn_date(GRANTS_PAID, False)}将圆梦助学金发放到资助对象本人银行账户，"
          f"{cn_date(FIRMS_PAID, False)}将企业助学奖励和运行补贴拨付到企业（《细则》{c('pay')}）。",
          f"{IND}六、下一步工作",
          f"{IND}各企业学习中心要按照《细则》{c('center')}规定配齐专职教务员，督促承办高校落实每学期面授学时。{NEXT_YEAR}圆梦助学金受理时间为"
          f"{cn_date(NEXT_WINDOW[0])}至{cn_date(NEXT_WINDOW[1], False)}；第二批企业学习中心请于{cn_date(NEXT_CENTER_BY)}前向区教育局申报。",
          f"{IND}联系人：{m.CONTACTS[0][0]}{m.CONTACTS[0][1]}，电话：{m.CONTACTS[0][2]}。",
          "",
          f"{'　' * 22}{ISSUER}",
          f"{'　' * 21}{DATE}",
          "",
          FICTION_TEXT,
          f"{NOTE}。"]
    return L


def main():
    path = os.path.join(OUT_DIR, NAME + ".txt")
    with open(path, "w", encoding="utf-8-sig", newline="\r\n") as f:
        f.write("\n".join(lines()) + "\n")
    print("wrote", path, totals())


if __name__ == "__main__":
    main()
