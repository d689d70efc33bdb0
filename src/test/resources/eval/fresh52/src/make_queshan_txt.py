#!/usr/bin/env python3
"""Write fresh52/queshan-jiaocai-tongbao.txt (虚构测试文档，非真实政策): the county's 通报 of the 2026 autumn semester on its
vocational schools' textbook choices and school-written books, under the 办法 of make_queshan_pdf.py — part (b) of the dev pair.

    cd fresh52/src && python3 make_queshan_txt.py

**Layout: a plain-text file saved by Windows Notepad as "ANSI" on a Chinese system — GB18030 (GBK), CRLF line ends, no BOM** —
the 通报 copied out of a word processor: the title and 文号 centred with full-width spaces, every paragraph one long line starting
with two full-width spaces, the 落款 pushed right with spaces, and **two tables drawn with box-drawing characters** (┌─┬─┐ │ ├─┼─┤
└─┴─┘): 附件1, the schools' filings (a 合计 row), and 附件2, the school-written books, **where a school's cell spans its books' rows
(no rule across that column between them, the name written once)** — widths counted in display columns (a CJK character is two);
the note in the last lines.

Every figure is computed here from the items of FILINGS / BOOKS and the 办法's figures (make_queshan_pdf.py); the checker recomputes
them on its own.
"""
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_queshan_pdf as m  # noqa: E402
from common import D, NOTE, OUT_DIR, add_workdays, cn_date, w  # noqa: E402,F401

NAME = "queshan-jiaocai-tongbao"
ISSUER = "确山县教育局"
DOC_NO = "确教职〔2026〕31号"
DATE_D = D(2026, 8, 7)
DATE = cn_date(DATE_D)
TERM = "2026年秋季学期"
FILE_DUE = D(2026, 6, 30)                  # the 办法's filing date of this semester
NEXT_TERM = "2027年春季学期"
NEXT_FILE_DUE = D(2026, 12, 15)
NEXT_BY = NEXT_FILE_DUE + (D(2026, 1, 2) - D(2026, 1, 1)) * m.REPORT_DAYS    # the next 通报
TITLE = f"{ISSUER}关于{TERM}职业学校教材选用备案和校本教材开发情况的通报"
# full name, short name
SCHOOLS = [("确山县职业教育中心", "县职教中心"), ("确山县中等专业学校", "县中专"), ("确山县技工学校", "县技校")]
# school: filed, 公共基础课 books, 专业课 books, of them 国家规划教材, committee members, of them from firms
FILINGS = [(D(2026, 6, 26), 18, 36, 27, 9, 3), (D(2026, 7, 6), 16, 24, 18, 7, 3), (D(2026, 6, 29), 14, 20, 11, 7, 3)]
LATE = 1                                   # the school that filed late
TYPES = {"workbook": "工作手册式", "loose": "活页式", "plain": "常规"}
# school, title, type, firm, 千字, firm writers, review sent, opinion given, passed, no-grant item (key of the 办法's items or None),
# in use before the 办法 (sent under the 印发通知's catch-up date)
BOOKS = [
    (0, "农机维修工作手册", "workbook", "确山县禾盛农机服务有限公司", 180, 2, D(2026, 4, 20), D(2026, 5, 15), True, None, False),
    (0, "电子商务运营实务", "loose", "确山县云通电子商务有限公司", 260, 3, D(2026, 4, 20), D(2026, 5, 15), True, None, False),
    (1, "汽车保养与维护", "plain", "确山县骏达汽车销售服务有限公司", 300, 2, D(2026, 5, 6), D(2026, 6, 2), True, None, True),
    (1, "中式面点制作", "loose", "确山县福满楼餐饮有限公司", 450, 2, D(2026, 5, 6), D(2026, 6, 2), True, None, False),
    (2, "焊接实训指导", "workbook", "确山县铭锐钢结构有限公司", 150, 1, D(2026, 5, 12), D(2026, 6, 5), True, "ng_1", False),
    (2, "钳工技能训练", "loose", "确山县铭锐钢结构有限公司", 200, 2, D(2026, 5, 12), D(2026, 6, 5), False, "ng_2", False),
]
SUMMARY_SENT = D(2026, 6, 19)              # the 汇总表 sent to 县财政局
PAID = D(2026, 7, 8)                       # the grants paid
SPOT = 28                                  # books checked
OLD_BOOK = (0, "机械制图", 2019)           # school, title, year of its edition (found by the spot check)
SOLD = (2, "焊工考证习题册", 42, 28)       # school, the workbook sold to students, students, 元 each
SPRING_END = D(2026, 7, 10)                # the spring semester's end
REFUNDS = [(D(2026, 7, 24), 3150), (D(2026, 8, 3), 2870), (D(2026, 7, 31), 2620)]   # 教材费 settled: published, refunded
FIX_BY = D(2026, 8, 31)                    # the school under the floor re-files by this day (before the semester begins)
CONTACT = m.CONTACTS[0]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：确山县为真实地名，文号、学校、企业、教材、人数、金额、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def share(f):
    return f[3] * 100 // f[2]


def grant(b):
    if not b[8] or b[9]:
        return 0
    g = b[4] * m.RATE * (100 + (m.UPLIFT if b[2] in ("workbook", "loose") else 0)) // 100
    return min(g, m.CAP)


def raw_grant(b):
    return b[4] * m.RATE * (100 + (m.UPLIFT if b[2] in ("workbook", "loose") else 0)) // 100


def used(s):
    """the school-written books a school uses (those that passed)"""
    return [b for b in BOOKS if b[0] == s and b[8]]


def totals():
    n_basic = sum(f[1] for f in FILINGS)
    n_voc = sum(f[2] for f in FILINGS)
    n_plan = sum(f[3] for f in FILINGS)
    return n_basic + n_voc, n_basic, n_voc, n_plan, n_plan * 100 // n_voc, sum(len(used(s)) for s in range(len(SCHOOLS)))


def table1_rows():
    rows = []
    for s, f in enumerate(FILINGS):
        rows.append([SCHOOLS[s][1], cn_date(f[0], False), str(f[1] + f[2]), str(f[1]), str(f[2]), str(f[3]), f"{share(f)}%",
                     str(len(used(s)))])
    t = totals()
    return rows + [["合计", "—", str(t[0]), str(t[1]), str(t[2]), str(t[3]), f"{t[4]}%", str(t[5])]]


def table2_rows():
    rows = []
    for i, b in enumerate(BOOKS, 1):
        rows.append([str(i), SCHOOLS[b[0]][1], f"《{b[1]}》", TYPES[b[2]], b[3], str(b[4]), str(b[5]), "通过" if b[8] else "未通过",
                     str(grant(b))])
    return rows + [["合计", "", "", "", "", str(sum(b[4] for b in BOOKS)), "", "", str(sum(grant(b) for b in BOOKS))]]


HEAD1 = ["学校", "备案日期", "备案教材", "公共基础课", "专业课", "国家规划教材", "占专业课比例", "校本教材"]
HEAD2 = ["序号", "学校", "教材名称", "类型", "合作企业", "字数（千字）", "企业编写人员", "审核结果", "开发补助（元）"]
T1_TITLE = f"附件1　{TERM}职业学校教材选用备案情况表"
T2_TITLE = f"附件2　{TERM}校本教材审核和开发补助核定表"


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n, right=False):
    return (" " * (n - width(s)) + s) if right else (s + " " * (n - width(s)))


def spanned_rule(ws, k0):
    """the rule between two rows where column k0 continues (a spanned cell): blank there, the junctions around it turned"""
    out = "│" if k0 == 0 else "├"
    for k, n in enumerate(ws):
        out += (" " if k == k0 else "─") * n
        if k == len(ws) - 1:
            out += "│" if k == k0 else "┤"
        else:
            out += "├" if k == k0 else "┤" if k + 1 == k0 else "┼"
    return out


def box(head, rows, span_col=None, right=()):
    """a table drawn with box-drawing characters; in column span_col a cell equal to the one above is left blank and the rule
    between them is left out there (a spanned cell)"""
    allr = [head] + rows
    ws = [max(width(r[k]) for r in allr) + 2 for k in range(len(head))]

    def line(l, mid, r, fill="─", blank=()):
        return l + mid.join((" " * ws[k]) if k in blank else fill * ws[k] for k in range(len(ws))) + r

    def cells(r, blank=()):
        return "│" + "│".join(" " * ws[k] if k in blank else " " + pad(r[k], ws[k] - 1 if k not in right else ws[k] - 2,
                                                                        k in right) + (" " if k in right else "")
                             for k in range(len(ws))) + "│"
    out = [line("┌", "┬", "┐"), cells(head), line("├", "┼", "┤")]
    for i, r in enumerate(rows):
        cont = span_col is not None and i > 0 and r[span_col] == rows[i - 1][span_col] and r[span_col]
        if i:
            out.append(spanned_rule(ws, span_col) if cont else line("├", "┼", "┤"))
        out.append(cells(r, blank=(span_col,) if cont else ()))
    out.append(line("└", "┴", "┘"))
    return out


def paragraphs():
    t = totals()
    f_low = next(s for s, f in enumerate(FILINGS) if share(f) < m.PLAN_SHARE)
    fl = FILINGS[f_low]
    late = FILINGS[LATE]
    passed = [b for b in BOOKS if b[8]]
    granted = [b for b in BOOKS if grant(b)]
    capped = [b for b in BOOKS if grant(b) and raw_grant(b) > m.CAP]
    ng1 = next(b for b in BOOKS if b[9] == "ng_1")
    ng2 = next(b for b in BOOKS if b[9] == "ng_2")
    before = next(b for b in BOOKS if b[10])
    cap = capped[0]
    sc = lambda i: SCHOOLS[i][1]  # noqa: E731
    fee = m.REVIEWERS * m.REVIEW_FEE * len(BOOKS)
    return [
        f"按照《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）{m.cite('spot')}规定，现将{TERM}全县职业学校教材选用备案和校本教材开发"
        "情况通报如下。",
        "一、教材选用备案情况",
        f"全县{len(SCHOOLS)}所职业学校（" + "、".join(x[0] for x in SCHOOLS) + "，以下分别简称" + "、".join(x[1] for x in SCHOOLS)
        + f"）均已报送{TERM}教材选用备案材料，共备案教材{t[0]}种，其中公共基础课教材{t[1]}种、专业课教材"
        f"{t[2]}种；专业课教材中国家规划教材{t[3]}种，占{t[4]}%；选用校本教材{t[5]}种。各校教材选用委员会人数和企业技术人员、行业"
        f"专家比例均符合《办法》{m.cite('committee')}规定。各校备案情况见附件1。",
        f"{len(SCHOOLS)}所学校均已在学期结束后{m.SETTLE_DAYS}日内公布2026年春季学期代收教材费结算结果，按照《办法》{m.cite('fee')}"
        f"规定共退还学生多收的教材费{sum(r[1] for r in REFUNDS)}元，其中" + "、".join(f"{sc(s)}{r[1]}元" for s, r in enumerate(REFUNDS))
        + "，未发现加价行为。",
        "二、校本教材审核和开发补助情况",
        f"县教育局共收到校本教材审核申请{len(BOOKS)}种，均在收到申请后{m.REVIEW_DAYS}个工作日内出具审读意见，每种由{m.REVIEWERS}名"
        f"审读专家（其中企业专家1名）审读，审核通过{len(passed)}种、未通过{len(BOOKS) - len(passed)}种。其中，{sc(before[0])}"
        f"《{before[1]}》为《办法》施行前已在使用的校本教材，已于{cn_date(before[6], False)}按照印发通知要求报审。",
        f"按照《办法》{m.cite('grant')}规定，核定开发补助{len(granted)}种，共{sum(grant(b) for b in BOOKS)}元。{sc(cap[0])}《{cap[1]}》"
        f"{cap[4]}千字，为{TYPES[cap[2]]}教材，按照每千字{m.RATE}元上浮{m.UPLIFT}%计算为{raw_grant(cap)}元，超过每种最高{w(m.CAP)}"
        f"的规定，按{m.CAP}元核定。县教育局于{cn_date(SUMMARY_SENT, False)}将补助汇总表报县财政局，县财政局已于{cn_date(PAID, False)}"
        f"将开发补助拨付到相关学校（《办法》{m.cite('pay')}）。县教育局支付审读专家审读费{fee}元。各教材核定情况见附件2。",
        "三、存在的问题",
        f"（一）国家规划教材比例偏低。{sc(f_low)}专业课教材{fl[2]}种，其中国家规划教材{fl[3]}种，占{share(fl)}%，低于《办法》"
        f"{m.cite('ch_plan')}规定的{m.PLAN_SHARE}%，已责令该校于{cn_date(FIX_BY, False)}前调整选用并重新备案。",
        f"（二）逾期备案。{sc(LATE)}{cn_date(late[0], False)}才报送{TERM}教材选用备案材料，晚于《办法》{m.cite('filing')}规定的"
        f"{cn_date(FILE_DUE, False)}，已责令该校说明情况并作出书面检查（《办法》{m.cite('liable')}）。",
        f"（三）抽查发现超期版本。县教育局抽查备案教材{SPOT}种，发现{sc(OLD_BOOK[0])}选用的《{OLD_BOOK[1]}》为{OLD_BOOK[2]}年版，"
        f"超过《办法》{m.cite('ch_age')}规定的{m.EDITION_YEARS}年，已责令停止使用并更换。",
        f"（四）不予补助的校本教材。{sc(ng1[0])}《{ng1[1]}》编写组中企业人员{ng1[5]}人，少于《办法》{m.cite('write')}规定的"
        f"{m.FIRM_WRITERS}人，属于《办法》{m.cite('ng_1')}规定的情形，不给予开发补助；《{ng2[1]}》审核未通过（《办法》"
        f"{m.cite('ng_2')}），修改后可以重新报审。",
        f"（五）推销教辅材料。{sc(SOLD[0])}1名教师向{SOLD[2]}名学生推销《{SOLD[1]}》，每本{SOLD[3]}元，共{SOLD[2] * SOLD[3]}元，违反"
        f"《办法》{m.cite('principle')}规定，已责令全额退还学生，并予以通报批评。",
        "四、工作要求",
        f"各职业学校要严格执行《办法》{m.cite('choose')}的选用要求，于{cn_date(NEXT_FILE_DUE)}前报送{NEXT_TERM}教材选用备案材料。"
        f"{NEXT_TERM}教材选用和校本教材开发情况将于{cn_date(NEXT_BY)}前通报。",
        f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。",
    ]


def lines():
    L = [f"{'　' * 10}{ISSUER}", "", f"{'　' * 9}{DOC_NO}", "", TITLE, "", "县属各职业学校："]
    for p in paragraphs():
        L.append(p if p.startswith(("一、", "二、", "三、", "四、")) or p.startswith("　") else "　　" + p)
    L += ["", "　　附件：1．" + T1_TITLE.split("　", 1)[1], "　　　　　2．" + T2_TITLE.split("　", 1)[1], "",
          " " * 48 + ISSUER, " " * 46 + DATE, "", "抄送：县人力资源和社会保障局，县财政局。", "", ""]
    L += [T1_TITLE.split("　")[0], "", f"{'　' * 6}{T1_TITLE.split('　', 1)[1]}", ""]
    L += box(HEAD1, table1_rows(), right=range(2, 8))
    L += ["", "", T2_TITLE.split("　")[0], "", f"{'　' * 6}{T2_TITLE.split('　', 1)[1]}", "单位：元"]
    L += box(HEAD2, table2_rows(), span_col=1, right=(5, 6, 8))
    L += [f"注：开发补助按照《办法》{m.cite('grant')}计算，活页式教材和工作手册式教材按照标准上浮{m.UPLIFT}%，每种最高{w(m.CAP)}。", "",
          NOTE_TEXT, NOTE + "。"]
    return L


def main():
    path = os.path.join(OUT_DIR, NAME + ".txt")
    with open(path, "wb") as f:
        f.write("\r\n".join(lines()).encode("gb18030") + b"\r\n")
    print("wrote", path, totals(), sum(grant(b) for b in BOOKS))


if __name__ == "__main__":
    main()
