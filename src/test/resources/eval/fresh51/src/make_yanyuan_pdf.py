#!/usr/bin/env python3
"""Write fresh51/yanyuan-peixun-tongbao.pdf (虚构测试文档，非真实政策): the county's 通报 of the second quarter of 2026 on how its
vocational schools shared out the income of their 社会培训, under the 办法 of make_yanyuan_docx.py — part (b) of the dev pair.

    cd fresh51/src && python3 make_yanyuan_pdf.py      (needs soffice and the Noto CJK fonts)

**Layout: a PDF printed by LibreOffice** (this file → `src/yanyuan-peixun-tongbao.src.txt` → `../../tools/make_fodt.py`
(unchanged) → `soffice --convert-to pdf`): the 通报 on portrait pages (红头, 文号, title, 主送, four parts, the 落款 and 抄送), then
**on landscape pages two annexed tables**: 附件1, a 13-column table of the quarter's courses (a 合计 row spanning the first columns,
the per-course reward before the personal cap) and 附件2, the totals by school (the cap applied), each under its title and a
`单位：元` line; the note in small print. pdftotext -layout puts each table row on one line with the cells apart by spaces.

Every figure is computed here from the items of PROJECTS and the 办法's figures (make_yanyuan_docx.py); the checker recomputes
them on its own.
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_yanyuan_docx as m  # noqa: E402
from common import D, NOTE, OUT_DIR, cn_date, convert, fodt  # noqa: E402

NAME = "yanyuan-peixun-tongbao"
ISSUERS = ["盐源县教育局", "盐源县人力资源和社会保障局"]
DOC_NO = "盐教发〔2026〕41号"
DATE_D = D(2026, 7, 16)
DATE = cn_date(DATE_D)
QUARTER = "2026年第二季度"
PERIOD = (D(2026, 4, 1), D(2026, 6, 30))
NEXT_BY = D(2026, 10, 20)
TITLE = f"{'　'.join(ISSUERS)}关于{QUARTER}职业学校社会培训收入分配情况的通报"
# full name, short name
SCHOOLS = [("盐源县果乡职业技术学校", "果乡职校"), ("盐源县民族中等职业学校", "民族中职")]
KINDS = {"entrust": "委托培训", "subsidy": "政府补贴性培训", "open": "自主开班"}
# school, course, kind, client, trainees, passed, income, direct cost, opened, ended, filed (None: not filed), plan sent,
# plan approved, no-reward item (key of the 办法's items or None)
PROJECTS = [
    (0, "苹果栽培技术员培训", "entrust", "盐源县丰硕果业有限公司", 40, 38, 80000, 22000, D(2026, 4, 13), D(2026, 4, 24),
     D(2026, 4, 8), D(2026, 5, 8), D(2026, 5, 15), None),
    (0, "果品分级包装工培训", "entrust", "盐源县金果冷链物流有限公司", 40, 30, 60000, 19000, D(2026, 5, 11), D(2026, 5, 22),
     D(2026, 5, 6), D(2026, 6, 5), D(2026, 6, 12), None),
    (0, "电工上岗培训", "subsidy", None, 50, 46, 90000, 31000, D(2026, 4, 20), D(2026, 5, 15), D(2026, 4, 15), D(2026, 6, 3),
     D(2026, 6, 10), None),
    (1, "民族服饰刺绣培训", "open", None, 30, 27, 36000, 12400, D(2026, 4, 27), D(2026, 5, 29), D(2026, 4, 22), D(2026, 6, 11),
     D(2026, 6, 18), "nr_3"),
    (1, "酒店客房服务培训", "entrust", "盐源县湖畔酒店管理有限公司", 25, 24, 50000, 14000, D(2026, 5, 6), D(2026, 5, 22),
     D(2026, 4, 30), D(2026, 6, 24), D(2026, 7, 3), None),
    (1, "挖掘机操作培训", "open", None, 20, 19, 48000, 21200, D(2026, 6, 1), D(2026, 6, 12), None, D(2026, 6, 26),
     D(2026, 7, 6), "nr_1"),
]
LATE_PLAN = 4                          # the plan sent after the rules' days
PRIVATE_FEE = (3, 30, 100)             # the course where a teacher took a fee privately: trainees, 元 each
CAPPED = ("马志林", 0, 21800, [0, 2])    # teacher, school, reward of the first quarter, courses of this quarter he was paid from
CAPPED_SHARE = [6200, 4800]            # his share of those courses' rewards by the plans
CONTACT = m.CONTACTS[1]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：盐源县为真实地名，文号、学校、企业、培训项目、人数、金额、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def rate(p):
    return p[5] * 100 // p[4]


def fee(p):
    return p[6] * m.FEE_RATE // 100


def net(p):
    return p[6] - p[7] - fee(p)


def share(p):
    if p[13]:
        return 0
    return m.LOW_SHARE if rate(p) < m.LOW_PASS else m.SHARE


def reward(p):
    return net(p) * share(p) // 100


def capped_over():
    return max(0, CAPPED[2] + sum(CAPPED_SHARE) - m.CAP)


def by_school():
    out = []
    for s in range(len(SCHOOLS)):
        ps = [p for p in PROJECTS if p[0] == s]
        r = sum(reward(p) for p in ps) - (capped_over() if s == CAPPED[1] else 0)
        n = sum(net(p) for p in ps)
        out.append([len(ps), sum(p[4] for p in ps), sum(p[6] for p in ps), sum(fee(p) for p in ps), n, r, n - r])
    return out


def totals():
    rows = by_school()
    return [sum(r[i] for r in rows) for i in range(7)]


def table1_rows():
    rows = []
    for i, p in enumerate(PROJECTS, 1):
        rows.append([str(i), SCHOOLS[p[0]][1], p[1], KINDS[p[2]], str(p[4]), f"{rate(p)}%", str(p[6]), str(p[7]), str(fee(p)),
                     str(net(p)), f"{share(p)}%", str(reward(p)), str(net(p) - reward(p))])
    t = ["合计", "<", "<", "<", str(sum(p[4] for p in PROJECTS)), "—", str(sum(p[6] for p in PROJECTS)),
         str(sum(p[7] for p in PROJECTS)), str(sum(fee(p) for p in PROJECTS)), str(sum(net(p) for p in PROJECTS)), "—",
         str(sum(reward(p) for p in PROJECTS)), str(sum(net(p) - reward(p) for p in PROJECTS))]
    return rows + [t]


HEAD1 = ["序号", "学校", "培训项目", "类型", "人数", "合格率", "培训收入", "直接成本", "管理费", "净收入", "奖励比例", "培训奖励",
         "转入基金"]
HEAD2 = ["学校", "项目数", "培训人数", "培训收入", "管理费", "培训净收入", "核定培训奖励", "转入实训发展基金"]
T1_TITLE = f"附件1　{QUARTER}职业学校社会培训项目核算明细表"
T2_TITLE = f"附件2　{QUARTER}各职业学校社会培训收入分配汇总表"


def table2_rows():
    rows = [[SCHOOLS[s][0]] + [str(x) for x in r] for s, r in enumerate(by_school())]
    return rows + [["合计"] + [str(x) for x in totals()]]


def paragraphs():
    t = totals()
    ps = PROJECTS
    kinds = {k: [p for p in ps if p[2] == k] for k in KINDS}
    low = next(p for p in ps if not p[13] and rate(p) < m.LOW_PASS)
    nr1 = next(p for p in ps if p[13] == "nr_1")
    pf = ps[PRIVATE_FEE[0]]
    late = ps[LATE_PLAN]
    entrust = kinds["entrust"]
    s0, s1 = SCHOOLS
    name, sc, q1, _ = CAPPED
    got = sum(CAPPED_SHARE)
    return [
        f"按照《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）{m.cite('report')}规定，现将{QUARTER}全县职业学校社会培训收入分配情况"
        "通报如下。",
        "@n **一、总体情况**",
        f"{QUARTER}（4月1日至6月30日），全县{len(SCHOOLS)}所职业学校结业社会培训项目{len(ps)}个，培训{t[1]}人，培训收入合计"
        f"{t[2]}元，其中委托培训{len(kinds['entrust'])}个项目{sum(p[6] for p in kinds['entrust'])}元、政府补贴性培训"
        f"{len(kinds['subsidy'])}个项目{sum(p[6] for p in kinds['subsidy'])}元、自主开班{len(kinds['open'])}个项目"
        f"{sum(p[6] for p in kinds['open'])}元。按照《办法》{m.cite('fee')}规定提取管理费{t[3]}元，扣除直接成本"
        f"{sum(p[7] for p in ps)}元后，培训净收入合计{t[4]}元。经县教育局审核，核定培训奖励{t[5]}元，转入实训发展基金{t[6]}元。",
        f"{len(entrust)}个委托培训项目的委托方分别为" + "、".join(f"{p[3]}（{p[1]}）" for p in entrust) + "，委托培训经费均在"
        f"{m.AGREEMENT_FROM // 10000}万元以上，均已按照《办法》{m.cite('agreement')}"
        f"规定签订委托培训协议。各项目每期学员均未超过{m.CLASS_MAX}人。各项目核算情况见附件1，各校汇总情况见附件2。",
        "@n **二、需要说明的情况**",
        f"（一）合格率偏低的项目。{s0[1]}{low[1]}结业{low[4]}人、考核合格{low[5]}人，合格率{rate(low)}%，低于《办法》"
        f"{m.cite('lowpass')}规定的{m.LOW_PASS}%，培训奖励按照培训净收入{net(low)}元的{m.LOW_SHARE}%计算，为{reward(low)}元。",
        f"（二）超过个人年度上限。{SCHOOLS[sc][1]}教师{name}一季度已获培训奖励{q1}元，本季度按照分配方案应得{got}元，累计{q1 + got}元，"
        f"超过《办法》{m.cite('cap')}规定的{m.CAP // 10000}万元，本季度实际发放{got - capped_over()}元，超出的{capped_over()}元"
        "转入该校实训发展基金。",
        f"（三）不予提取培训奖励的项目。{s1[1]}{nr1[1]}（{cn_date(nr1[8], False)}开班）开班前未向县人社局备案，属于《办法》"
        f"{m.cite('nr_1')}规定的情形，培训净收入{net(nr1)}元全部转入实训发展基金。{s1[1]}{pf[1]}中，1名授课教师私自向"
        f"{PRIVATE_FEE[1]}名学员每人收取资料费{PRIVATE_FEE[2]}元，共{PRIVATE_FEE[1] * PRIVATE_FEE[2]}元，违反《办法》"
        f"{m.cite('principle')}规定，属于《办法》{m.cite('nr_3')}规定的情形，该项目不提取培训奖励，培训净收入{net(pf)}元全部转入"
        f"实训发展基金；县教育局已责令退还学员，并予以通报批评（《办法》{m.cite('liable')}）。",
        f"（四）分配方案迟报。{s1[1]}{late[1]}{cn_date(late[9], False)}结业，分配方案{cn_date(late[11], False)}才报县教育局，超过"
        f"《办法》{m.cite('plan')}规定的结业后{m.PLAN_DAYS}个工作日（应于{cn_date(m_add(late[9], m.PLAN_DAYS), False)}前报送），"
        "已责令该校限期整改。",
        "@n **三、工作要求**",
        f"各职业学校要严格按照《办法》{m.cite('calc')}规定逐项核算培训收入，培训奖励一律通过银行转账发放。{QUARTER[:5]}第三季度"
        f"情况将于{cn_date(NEXT_BY)}前通报。",
        f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。",
    ]


def m_add(d, n):
    from common import add_workdays
    return add_workdays(d, n)


def source():
    L = [f"@red {x}" for x in ISSUERS] + ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}", "@n 县属各职业学校："]
    L += paragraphs()
    L += ["附件：1．" + T1_TITLE.split("　", 1)[1], "2．" + T2_TITLE.split("　", 1)[1], "@blank"]
    L += [f"@r {x}" for x in ISSUERS] + [f"@r {DATE}", "@n 抄送：县人民政府办公室，县财政局。"]
    L += ["@landscape", f"@n {T1_TITLE.split('　')[0]}", f"@title {T1_TITLE.split('　', 1)[1]}", "@r 单位：元",
          "@table 1.1 2.1 4.0 3.0 1.2 1.5 1.9 1.9 1.7 1.8 1.7 1.9 1.9"]
    L += ["| " + " | ".join(HEAD1) + " |"] + ["| " + " | ".join(r) + " |" for r in table1_rows()]
    L += ["@endtable", f"@n 注：培训奖励为各项目按照比例核定的金额；{CAPPED[0]}超出个人年度上限的{capped_over()}元已从培训奖励转入"
                       f"实训发展基金，核定培训奖励合计{totals()[5]}元。"]
    L += ["@pb", f"@n {T2_TITLE.split('　')[0]}", f"@title {T2_TITLE.split('　', 1)[1]}", "@r 单位：元",
          "@table 6.0 1.8 2.2 2.4 2.2 2.6 3.0 3.6"]
    L += ["| " + " | ".join(HEAD2) + " |"] + ["| " + " | ".join(r) + " |" for r in table2_rows()]
    L += ["@endtable", "@blank", f"@small {NOTE_TEXT}", f"@small {NOTE}。"]
    return L


def main():
    path = fodt("make_yanyuan_pdf.py", NAME, source(), TITLE, NOTE_TEXT)
    convert(path, "pdf")
    shutil.rmtree(os.path.dirname(path))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), totals())


if __name__ == "__main__":
    main()
