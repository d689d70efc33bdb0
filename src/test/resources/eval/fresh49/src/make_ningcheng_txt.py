#!/usr/bin/env python3
"""Write fresh49/ningcheng-baoxian-tongbao.txt (虚构测试文档，非真实政策): the dev 通报 on the year of the 统保.

    cd fresh49/src && python3 make_ningcheng_txt.py

Part (b) of the dev pair: 宁城县教育局　宁城县财政局关于2025—2026学年度职业学校学生实习责任保险统保情况的通报 (宁教发〔2026〕33号,
2026年9月16日), citing the 办法 (make_ningcheng_pdf.py) by title and 文号 and its 条 by number (`《办法》第十一条`,
`《办法》第十八条第（三）项`).

**Layout: a plain-text file as Windows Notepad saves it on a Chinese system ("ANSI")** — **GBK-encoded** (read as GB18030 by
../../tools/evalset.py when it is not UTF-8), **CRLF** line ends, one paragraph a line with a two-full-width-space indent, headings
`一、` … as plain lines, and **two tables typed as text: columns lined up with spaces** (a CJK character counted two columns, as a
monospaced editor shows it), a rule of `-` under the header row, the 合计 row last; the note in the last lines.

Every count (schools, students by kind, students of 脱贫家庭), every premium (per school: the total, the county's share, the
firms' share, the totals), the claims (the amounts per item — 伤残 by grade, 医疗费用 less the deductible, the hospital days —,
paid, refused, advanced, the loss ratio) and every date (the county's payment within 30 days of the year's end, the report within
30 days, the report of an accident later than 24 hours) is computed here from make_ningcheng_pdf's figures and recomputed by
../check_fresh49.py.
"""
import datetime
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_ningcheng_pdf as m  # noqa: E402
from common import D, NOTE, OUT_DIR, cn, cn_date, w  # noqa: E402,F401

NAME = "ningcheng-baoxian-tongbao"
ISSUERS = ["宁城县教育局", "宁城县财政局"]
DOC_NO = "宁教发〔2026〕33号"
DATE_D = D(2026, 9, 16)
DATE = cn_date(DATE_D)
YEAR = "2025—2026学年度"
NEXT = "2026—2027学年度"
TITLE = f"{'　'.join(ISSUERS)}关于{YEAR}职业学校学生实习责任保险统保情况的通报"
INSURER = "恒佑财产保险股份有限公司宁城支公司"
CHOSEN_D = D(2025, 8, 22)               # 承保机构 chosen by 竞争性磋商
PERIOD = (D(2025, 9, 1), D(2026, 8, 31))
YEAR_END = PERIOD[1]
UNITS = 46                               # 实习单位 of the year
# every school: (name, 认识实习 students, 岗位实习 students, of whom 脱贫家庭)
SCHOOLS = [
    ("宁城县职业教育中心", 320, 410, 36),
    ("宁城县鸿雁职业技术学校", 150, 185, 12),
    ("宁城县惠民中等专业学校", 90, 128, 9),
    ("宁城县技工学校", 60, 142, 14),
]
FIRMS = {"jh": "宁城县金禾食品有限公司", "bc": "宁城县北辰汽车维修有限公司", "hd": "宁城县宏达机械制造有限公司",
         "sb": "宁城县塞北酒店管理有限公司"}
# every claim: (出险日期, 报案日期, school index, firm key, what happened, medical costs 元 or None, hospital days, disability grade
#               or None, status "closed" / "refused" / "open", advance on the expected medical costs 元 or None)
CLAIMS = [
    (D(2025, 10, 14), D(2025, 10, 14), 0, "jh", "操作切片机时手部割伤", 3860, 0, None, "closed", None),
    (D(2025, 11, 27), D(2025, 11, 27), 1, "bc", "搬运轮胎时脚踝扭伤", 1240, 0, None, "closed", None),
    (D(2026, 1, 9), D(2026, 1, 10), 3, "hd", "左手食指骨折", 12600, 0, None, "closed", None),
    (D(2026, 3, 18), D(2026, 3, 21), 2, "sb", "后厨备餐时手臂烫伤", 2350, 0, None, "closed", None),
    (D(2026, 4, 5), D(2026, 4, 6), 0, "jh", "星期日在校外骑电动车摔伤", None, 0, None, "refused", None),
    (D(2026, 5, 20), D(2026, 5, 20), 3, "hd", "右手被冲压设备压伤", 18400, 21, 10, "closed", None),
    (D(2026, 7, 8), D(2026, 7, 8), 1, "bc", "在举升机旁摔倒致腰椎骨折", None, 0, None, "open", 40000),
]
REFUSED_NOTICE = D(2026, 4, 13)          # 拒赔通知书 sent
LATE_FIRMS = ["sb", "bc"]                # paid their share late, paid up since
LATE_PAID_BY = D(2026, 1, 15)
SATISFIED = "92.6"                        # 满意度 %
NEXT_LIST_BY = D(2026, 8, 20)
NEXT_LISTED = 1186                        # 2026—2027学年度 首批名单 students
RESELECT_BY = D(2027, 8, 20)              # the next insurer chosen by
CONTACT = m.CONTACTS[0]
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：宁城县为真实地名，文号、承保机构、学校、实习单位、人数、保费、事故、赔款、日期、人员和"
             "电话均为虚构，仅用于问答系统评测。")


def premium(s):
    """(保费合计, 县财政承担, 实习单位承担) of a school"""
    _, visit, post, poor = s
    total = visit * m.FEE_VISIT + post * m.FEE_POST
    unit = (post - poor) * m.FEE_POST * (100 - m.POST_SHARE) // 100
    return total, total - unit, unit


def totals():
    ps = [premium(s) for s in SCHOOLS]
    return dict(schools=len(SCHOOLS), visit=sum(s[1] for s in SCHOOLS), post=sum(s[2] for s in SCHOOLS),
                poor=sum(s[3] for s in SCHOOLS), students=sum(s[1] + s[2] for s in SCHOOLS), total=sum(p[0] for p in ps),
                fiscal=sum(p[1] for p in ps), unit=sum(p[2] for p in ps))


def items(c):
    """the amounts a claim pays, by item: [(label, formula, amount)]"""
    _, _, _, _, _, med, days, grade, status, adv = c
    out = []
    if status == "refused":
        return out
    if grade:
        share = 100 - (grade - 1) * m.GRADE_STEP
        out.append(("伤残", f"{m.DEATH}×{share}%＝{m.DEATH * share // 100}元", m.DEATH * share // 100))
    if med:
        out.append(("医疗费用", f"{med}－{m.DEDUCT}＝{med - m.DEDUCT}元", med - m.DEDUCT))
    if days:
        out.append(("住院津贴", f"{days}天×{m.ALLOWANCE}＝{days * m.ALLOWANCE}元", days * m.ALLOWANCE))
    if adv:
        out.append(("预赔", f"{adv}×{m.ADVANCE_SHARE}%＝{adv * m.ADVANCE_SHARE // 100}元", adv * m.ADVANCE_SHARE // 100))
    return out


def paid(c):
    return sum(a for _, _, a in items(c))


def claim_totals():
    closed = [c for c in CLAIMS if c[8] == "closed"]
    refused = [c for c in CLAIMS if c[8] == "refused"]
    open_ = [c for c in CLAIMS if c[8] == "open"]
    all_paid = sum(paid(c) for c in CLAIMS)
    ratio = all_paid * 1000 // totals()["total"]
    return dict(n=len(CLAIMS), covered=len(closed) + len(open_), refused=len(refused), closed=len(closed), open=len(open_),
                closed_paid=sum(paid(c) for c in closed), advance=sum(paid(c) for c in open_), all_paid=all_paid,
                ratio=f"{ratio // 10}.{ratio % 10}%")


def fiscal_by():
    return YEAR_END + datetime.timedelta(m.FISCAL_PAY_DAYS)


def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, n):
    return s + " " * (n - width(s))


def text_table(rows):
    """rows (first = header) → lines with columns lined up by spaces (CJK two columns wide), a rule under the header"""
    cols = [max(width(r[j]) for r in rows) + 2 for j in range(len(rows[0]))]
    out = ["".join(pad(c, cols[j]) for j, c in enumerate(rows[0])).rstrip(), "-" * (sum(cols) - 2)]
    out += ["".join(pad(c, cols[j]) for j, c in enumerate(r)).rstrip() for r in rows[1:]]
    return out


HEAD1 = ["学校", "认识实习（人）", "岗位实习（人）", "其中脱贫家庭学生（人）", "保费合计（元）", "县财政承担（元）", "实习单位承担（元）"]
HEAD2 = ["序号", "出险日期", "学校", "实习单位", "事故情况", "赔款（元）", "状态"]
STATUS = {"closed": "已结案", "refused": "拒赔", "open": "未结案（已预赔）"}


def table1_rows():
    rows = [[s[0], str(s[1]), str(s[2]), str(s[3])] + [str(x) for x in premium(s)] for s in SCHOOLS]
    t = totals()
    rows.append(["合计", str(t["visit"]), str(t["post"]), str(t["poor"]), str(t["total"]), str(t["fiscal"]), str(t["unit"])])
    return rows


def table2_rows():
    return [[str(k), f"{c[0].year}.{c[0].month}.{c[0].day}", SCHOOLS[c[2]][0].replace("宁城县", ""), FIRMS[c[3]].replace("宁城县", ""),
             c[4], str(paid(c)), STATUS[c[8]]] for k, c in enumerate(CLAIMS, 1)]


def lines():
    t, ct = totals(), claim_totals()
    c = m.cite
    disabled = next(x for x in CLAIMS if x[7])
    refused = next(x for x in CLAIMS if x[8] == "refused")
    opened = next(x for x in CLAIMS if x[8] == "open")
    late = [x for x in CLAIMS if (x[1] - x[0]).days * 24 > m.REPORT_HOURS]
    assert len(late) == 1
    late = late[0]
    dis_items = items(disabled)
    L = ["", TITLE, "", DOC_NO, "", "各职业学校，各有关实习单位："]
    P = lambda s: L.append("　　" + s)  # noqa: E731
    P(f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）第{cn(m.numbering()['yearly'][0])}条规定，现将{YEAR}全县职业学校学生实习"
      "责任保险统保（以下简称统保）情况通报如下。")
    L.append("一、承保机构和投保情况")
    P(f"{cn_date(CHOSEN_D)}，县教育局通过竞争性磋商确定{INSURER}为承保机构，承保期为{YEAR}和{NEXT}两个学年（《办法》"
      f"{c('insurer')}）。保险期间为{cn_date(PERIOD[0])}至{cn_date(PERIOD[1])}。")
    P(f"全县{t['schools']}所职业学校共为{t['students']}名实习学生投保，其中认识实习{t['visit']}人、岗位实习{t['post']}人（含脱贫家庭学生"
      f"{t['poor']}人），涉及实习单位{UNITS}家。保费合计{t['total']}元，其中县财政承担{t['fiscal']}元，实习单位承担{t['unit']}元。"
      "各校投保和保费情况如下：")
    L += [""] + text_table([HEAD1] + table1_rows()) + [""]
    P(f"注：认识实习每生{m.FEE_VISIT}元、岗位实习每生{m.FEE_POST}元；岗位实习保费由县财政和实习单位各承担{m.POST_SHARE}%，脱贫家庭学生"
      f"的岗位实习保费由县财政全额承担（《办法》{c('share')}）。")
    P(f"县财政承担的{t['fiscal']}元，由县财政局于{cn_date(fiscal_by())}前一次性拨付承保机构（《办法》{c('payment')}）。实习单位承担的"
      f"{t['unit']}元已全部缴纳。")
    L.append("二、理赔情况")
    P(f"本学年共报案{ct['n']}起，其中属于保险责任{ct['covered']}起、不属于保险责任{ct['refused']}起。已结案{ct['closed']}起，支付赔款"
      f"{ct['closed_paid']}元；未结案{ct['open']}起，已预赔{ct['advance']}元。累计支付赔款{ct['all_paid']}元，赔付率（累计支付赔款占保费"
      f"合计的比例）为{ct['ratio']}。各起事故情况如下：")
    L += [""] + text_table([HEAD2] + table2_rows()) + [""]
    P(f"其中：{cn_date(disabled[0], False)}{FIRMS[disabled[3]]}事故中，学生经鉴定为{cn(disabled[7])}级伤残，伤残赔款"
      f"{dis_items[0][1]}，医疗费用{dis_items[1][1]}，住院津贴{dis_items[2][1]}，合计{paid(disabled)}元（《办法》{c('limits')}）。")
    P(f"{cn_date(refused[0], False)}的事故，学生{refused[4].replace('摔伤', '')}，属于在非实习时间、非实习场所从事与实习无关的活动"
      f"（《办法》{c('ex_3')}），承保机构于{cn_date(REFUSED_NOTICE, False)}发出拒赔通知书。")
    P(f"{cn_date(opened[0], False)}的事故，学生目前仍在住院治疗，预计医疗费用{opened[9]}元，超过{w(m.ADVANCE_FROM)}，承保机构按《办法》"
      f"{c('advance')}预赔{items(opened)[0][1]}。")
    L.append("三、存在的问题")
    P(f"（一）{SCHOOLS[late[2]][0]}学生于{cn_date(late[0], False)}出险，学校于{cn_date(late[1], False)}才向承保机构报案，超过《办法》"
      f"{c('report')}规定的{m.REPORT_HOURS}小时。承保机构经核实后予以赔付，对该校予以通报批评。")
    P(f"（二）{'、'.join(FIRMS[k] for k in LATE_FIRMS)}未在学生岗位实习开始后{m.UNIT_PAY_DAYS}日内缴纳保费（《办法》{c('payment')}），"
      f"经督促已于{cn_date(LATE_PAID_BY)}前补缴。")
    P(f"（三）本学年实习学生和职业学校对承保机构服务的满意度为{SATISFIED}%，未发生无故拒赔、拖延赔付情况，承保机构继续履行服务协议"
      f"（《办法》{c('assess')}）。")
    L.append(f"四、{NEXT}工作安排")
    P(f"（一）{NEXT}承保机构仍为{INSURER}，保险期间为{cn_date(PERIOD[0].replace(year=2026))}至{cn_date(PERIOD[1].replace(year=2027))}。"
      f"各职业学校已于{cn_date(NEXT_LIST_BY)}前报送首批投保名单，共{NEXT_LISTED}人。")
    P(f"（二）学年中新增实习学生的，各职业学校应当在实习开始{m.ADD_DAYS}个工作日前报送投保名单；发生保险事故的，应当在{m.REPORT_HOURS}"
      f"小时内报案。")
    P(f"（三）承保机构承保期于{cn_date(PERIOD[1].replace(year=2027))}届满，县教育局将于{cn_date(RESELECT_BY)}前重新遴选2027—2028学年度"
      "承保机构。")
    P(f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。")
    L += ["", " " * 40 + "　".join(ISSUERS), " " * 48 + DATE, "", NOTE_TEXT, NOTE + "。"]
    return L


def main():
    data = "\r\n".join(lines()) + "\r\n"
    path = os.path.join(OUT_DIR, NAME + ".txt")
    open(path, "wb").write(data.encode("gbk"))
    print("wrote", path, totals(), claim_totals())


if __name__ == "__main__":
    main()
