#!/usr/bin/env python3
"""Write fresh48/xiuwen-tiexi-gonggao.pdf (虚构测试文档，非真实政策): the held-out 分配结果公告 of the year's 贷款贴息.

    cd fresh48/src && python3 make_xiuwen_pdf.py      (needs soffice and pdftotext; run no other soffice at the same time)

Part (b) of the held-out pair, citing the 细则 (make_xiuwen_md.py) by title and 文号 and its 条 by number (`《细则》第七条`,
`《细则》第四条第（三）项`).

**Layout: a PDF printed by LibreOffice with a running header and footer and a table over a page break** (this file →
`src/xiuwen-tiexi-gonggao.src.txt` → `../../tools/make_fodt.py` (unchanged; `@header` sets the running header on every page, the
footer is its `— N —`) → the table put in by `../../tools/fodt_table.py` (unchanged: header row repeated on every page, **a
project with several loans has its 序号, firm, project and amount in cells spanning rows**, a 合计 row whose first cell spans
columns) → the note into the meta (Subject) → `soffice --convert-to pdf`): portrait A4 pages, **the running header
`修文县财政局　修文县教育局　2025年度产教融合项目贷款贴息资金分配结果公告` and the footer `— N —` on every page** (pdftotext prints them
between the rows where the table breaks), the title, the 文号, the lead, **the table starting on page 1 and going on on page 2
under its repeated header row**, the sections, the 落款 and the note.

Every count, amount (by the rate, half the interest, the lower of the two, the cap per project, totals), the worked examples and
every date (初审 within 7 working days, 复核 within 5, the 公示 of 7 days, the payment within 30 days, the next years of the term) is
computed here from make_xiuwen_md's figures and recomputed by ../check_fresh48.py.
"""
import datetime
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
EVAL = os.path.dirname(OUT_DIR)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
import fodt_table  # noqa: E402
import make_jinxian_docx as base  # noqa: E402  (fodt(), convert())
import make_xiuwen_md as m  # noqa: E402

NAME = "xiuwen-tiexi-gonggao"
D = datetime.date
ISSUERS = ["修文县财政局", "修文县教育局"]
DOC_NO = "修财通〔2026〕41号"
DATE_D = D(2026, 6, 24)
DATE = m.cn_date(DATE_D)
TITLE = f"{'　'.join(ISSUERS)}关于2025年度产教融合项目贷款贴息资金分配结果的公告"
HEADER = f"{'　'.join(ISSUERS)}　2025年度产教融合项目贷款贴息资金分配结果公告"
YEAR = 2025
CHECK_DONE = D(2026, 6, 5)               # 初审和现场核查 done
REVIEW_DONE = D(2026, 6, 11)             # 县财政局 复核 done
PUBLICITY_START = D(2026, 6, 12)
PAY_BY = D(2026, 7, 17)                  # 拨付 by (within 30 days after the 公示)
# every applicant: (企业, 项目, loans, reason key or None); a loan: (本金 万元, 年利率 %, 实际用款天数 counted, 展期天数 not counted)
APPLICANTS = [
    ("修文县碧果农业科技有限公司", "猕猴桃加工实训基地", [(800, "3.6", 360, 0)], None),
    ("修文县云鼎铝材有限公司", "铝型材加工实训车间", [(2000, "3.6", 360, 0), (1000, "3.6", 240, 0), (500, "3.6", 120, 0)], None),
    ("修文县恒岳建材科技有限公司", "装配式建筑实训中心", [(600, "2.8", 360, 0)], None),
    ("修文县安宏物流有限公司", "冷链物流实训中心", [(300, "3.8", 270, 90)], None),
    ("修文县兰亭茶业有限公司", "茶叶加工实训基地", [(150, "3.2", 360, 0)], None),
    ("修文县新岳汽车服务有限公司", "新能源汽车维修实训中心", [(1200, "3.3", 300, 0)], None),
    ("修文县禾香食品有限公司", "食品检测实训室", [(400, "3.45", 360, 0), (200, "3.45", 180, 0)], None),
    ("修文县山居酒店管理有限公司", "酒店服务实训基地", [(250, "3.5", 216, 0)], None),
    ("修文县睿芯电子有限公司", "电子装配实训线", [(500, "3.0", 360, 0)], None),
    ("修文县宏景建材有限公司", "新型墙材实训工坊", [(300, "3.7", 360, 0)], "cond_2"),
    ("修文县龙腾机械制造有限公司", "数控加工实训车间", [(450, "3.6", 360, 0)], "cond_3"),
    ("修文县瑞森木业有限公司", "家具制作实训室", [(120, "3.9", 90, 0)], "cond_4"),
    ("修文县鸿运包装有限公司", "包装设计实训室", [(200, "3.8", 360, 0)], "cond_1"),
]
INTERNS_FAILED = 18                      # 龙腾机械: 2025年接收岗位实习学生18人
LOAN_MONTHS_FAILED = 3                   # 瑞森木业: 合同期限3个月
REGISTERED_FAILED = (2024, 10)           # 鸿运包装: 2024年10月注册登记
EXTENDED_FROM = (2025, 10, 1)            # 安宏物流: 展期 from (90 days to 12月29日 → counted 270 of 360)
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：修文县为真实地名，文号、企业、项目、贷款、付息额、贴息金额、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def paid(loan):
    """实际付息额 for the counted days (展期 interest not counted): 本金 × 年利率 × 天数 ÷ 360"""
    wan, rate, days, _ = loan
    num = wan * 10000 * int(round(float(rate) * 100)) * days
    den = 10000 * m.YEAR_DAYS
    assert num % den == 0, loan
    return num // den


def by_rate(loan):
    return m.by_rate(loan[0], loan[2])


def half(loan):
    return m.half(paid(loan))


def loan_grant(loan):
    return min(by_rate(loan), half(loan))


def project_grant(a):
    return min(sum(loan_grant(l) for l in a[2]), m.CAP)


def chosen():
    return [a for a in APPLICANTS if a[3] is None]


def failed():
    return [a for a in APPLICANTS if a[3] is not None]


def publicity_end():
    return PUBLICITY_START + datetime.timedelta(m.PUBLICITY - 1)


def totals():
    cs = chosen()
    loans = [l for a in cs for l in a[2]]
    return dict(firms=len(APPLICANTS), loans=sum(len(a[2]) for a in APPLICANTS), ok=len(cs), ok_loans=len(loans),
                principal=sum(l[0] for l in loans), paid=sum(paid(l) for l in loans), by_rate=sum(by_rate(l) for l in loans),
                half=sum(half(l) for l in loans), granted=sum(project_grant(a) for a in cs), bad=len(failed()))


HEAD = ["序号", "企业名称", "项目名称", "贷款本金（万元）", "实际用款天数", "实际付息额（元）", "按贴息率计算（元）", "付息额的50%（元）",
        "项目贴息（元）"]
WIDTHS = [1.0, 2.9, 2.6, 1.5, 1.4, 1.7, 1.7, 1.6, 1.6]
PROJECT_COLS = {0, 1, 2, 8}


def table_rows():
    """the table as it means: a row a loan, a project's cells repeated on its other loans; the 合计 row last"""
    rows = []
    for k, a in enumerate(chosen(), 1):
        for l in a[2]:
            rows.append([str(k), a[0], a[1], str(l[0]), str(l[2]), str(paid(l)), str(by_rate(l)), str(half(l)),
                         str(project_grant(a))])
    t = totals()
    rows.append(["合计", "合计", f"{t['ok']}个项目{t['ok_loans']}笔", str(t["principal"]), "—", str(t["paid"]), str(t["by_rate"]),
                 str(t["half"]), str(t["granted"])])
    return rows


def spec_rows():
    """the rows for fodt_table: "^" under a project's first loan, "<" for the 合计 row's spanned cell"""
    rows = [HEAD]
    for k, a in enumerate(chosen(), 1):
        for i, l in enumerate(a[2]):
            r = [str(k), a[0], a[1], str(l[0]), str(l[2]), str(paid(l)), str(by_rate(l)), str(half(l)), str(project_grant(a))]
            if i:
                r = ["^" if j in PROJECT_COLS else c for j, c in enumerate(r)]
            rows.append(r)
    last = table_rows()[-1]
    rows.append([last[0], "<"] + last[2:])
    return rows


def reason(a):
    c = m.cite
    if a[3] == "cond_2":
        return f"{a[1]}未列入当年县级产教融合重点项目名单（《细则》{c('cond_2')}）"
    if a[3] == "cond_3":
        return f"{YEAR}年接收学生岗位实习{INTERNS_FAILED}人，不足{m.INTERNS}人（《细则》{c('cond_3')}）"
    if a[3] == "cond_4":
        return f"贷款合同期限{LOAN_MONTHS_FAILED}个月，不足{m.MIN_MONTHS}个月（《细则》{c('cond_4')}）"
    if a[3] == "cond_1":
        return (f"于{REGISTERED_FAILED[0]}年{REGISTERED_FAILED[1]}月在本县注册登记，纳税不满{m.REG_YEARS}年"
                f"（《细则》{c('cond_1')}）")
    raise KeyError(a[3])


def examples():
    cs = {a[0]: a for a in chosen()}
    bg, hy, ah, yd = (cs[n] for n in ("修文县碧果农业科技有限公司", "修文县恒岳建材科技有限公司", "修文县安宏物流有限公司",
                                     "修文县云鼎铝材有限公司"))
    short = lambda a: a[0].replace("修文县", "").replace("有限公司", "")  # noqa: E731
    l = bg[2][0]
    e1 = (f"示例1：{short(bg)}：{l[0]}万元×{m.RATE}%×{l[2]}÷{m.YEAR_DAYS}＝{by_rate(l)}元，低于实际付息额的{m.HALF}%"
          f"（{half(l)}元），贴息{loan_grant(l)}元。")
    l = hy[2][0]
    e2 = (f"示例2：{short(hy)}：贷款年利率{l[1]}%，按贴息率计算为{by_rate(l)}元，超过实际付息额{paid(l)}元的{m.HALF}%即"
          f"{half(l)}元，贴息{loan_grant(l)}元。")
    l = ah[2][0]
    e3 = (f"示例3：{short(ah)}：贷款自{EXTENDED_FROM[0]}年{EXTENDED_FROM[1]}月{EXTENDED_FROM[2]}日起展期，展期期间{l[3]}天的付息额"
          f"不予贴息（《细则》{m.cite('ex_1')}），实际用款天数按{l[2]}天计算：{l[0]}万元×{m.RATE}%×{l[2]}÷{m.YEAR_DAYS}＝"
          f"{by_rate(l)}元。")
    raw = sum(loan_grant(x) for x in yd[2])
    e4 = (f"示例4：{short(yd)}：{len(yd[2])}笔贷款合计{'＋'.join(str(loan_grant(x)) for x in yd[2])}＝{raw}元，超过每个项目每年"
          f"{m.w(m.CAP)}的上限，按{project_grant(yd)}元确定（《细则》{m.cite('cap')}）。")
    return [e1, e2, e3, e4]


def source():
    t = totals()
    c = m.cite
    pe = publicity_end()
    L = [f"@header {HEADER}", f"@title {TITLE}", f"@c {DOC_NO}", "@blank",
         f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《细则》），县教育局于{m.cn_date(m.APPLY_START)}至{m.cn_date(m.APPLY_END, False)}"
         f"受理{YEAR}年度产教融合项目贷款贴息申请，共有{t['firms']}家企业的{t['firms']}个项目、{t['loans']}笔贷款提出申请。"
         f"{m.cn_date(CHECK_DONE, False)}，县教育局会同县人社局完成初审和现场核查，{t['ok']}家企业的{t['ok']}个项目、"
         f"{t['ok_loans']}笔贷款通过初审；{m.cn_date(REVIEW_DONE, False)}，县财政局完成复核，确定贴息金额（《细则》{c('review')}）。"
         f"拟贴息项目和金额于{m.cn_date(PUBLICITY_START, False)}至{m.cn_date(pe, False)}在县人民政府网站公示{m.PUBLICITY}日，"
         "公示期间未收到异议。现将分配结果公告如下。",
         "@n **一、审核和计算办法**",
         f"初审和现场核查主要核实企业注册登记和纳税年限、项目是否列入当年县级产教融合重点项目名单、与职业院校的合作协议和"
         f"{YEAR}年接收学生岗位实习人数、贷款合同期限和单笔金额（《细则》{c('cond')}）。展期期间的付息额、逾期罚息和复利不予贴息"
         f"（《细则》{c('exclude')}）。",
         f"贴息按《细则》{c('formula')}计算：贷款本金×{m.RATE}%×实际用款天数÷{m.YEAR_DAYS}，超过实际付息额{m.HALF}%的按"
         f"{m.HALF}%确定；同一项目多笔贷款一并计算，每个项目每年不超过{m.w(m.CAP)}（《细则》{c('cap')}）。",
         "@n **二、贴息资金分配结果**",
         "@n [[TABLE:T1]]",
         f"注：表中实际付息额不含展期期间的付息额。{t['ok']}个项目贴息资金合计{t['granted']}元。",
         "@n **三、未予贴息的情况**",
         f"共{t['bad']}家企业的{t['bad']}个项目未通过初审："]
    L += [f"{k}. {a[0]}：{reason(a)}。" for k, a in enumerate(failed(), 1)]
    L += ["@n **四、计算说明**"] + examples()
    L += ["@n **五、资金拨付和后续安排**",
          f"（一）县财政局于{m.cn_date(PAY_BY)}前将贴息资金拨付至企业账户（《细则》{c('publicity')}）。",
          f"（二）企业获得的贴息资金应当用于项目建设和学生实习实训，不得挪作他用（《细则》{c('use')}）。县财政局、县教育局将按"
          f"不低于{m.SAMPLE}%的比例抽查（《细则》{c('sample')}）。",
          f"（三）同一项目贴息期限最长{m.TERM_YEARS}年（《细则》{c('term')}）。上述{t['ok']}个项目{YEAR}年度为首次获得贴息，"
          f"还可以申请{YEAR + 1}年度、{YEAR + 2}年度的贴息，每年{m.APPLY_MONTH}月向县教育局申请。",
          "@n **六、联系方式**",
          f"{m.CONTACTS[0][0]}：{m.CONTACTS[0][1]}，{m.CONTACTS[0][2]}；{m.CONTACTS[1][0]}（资金拨付）：{m.CONTACTS[1][1]}，"
          f"{m.CONTACTS[1][2]}。",
          "@blank", f"@r {'　'.join(ISSUERS)}", f"@r {DATE}", "@blank",
          f"@small {NOTE_TEXT}", f"@small {m.NOTE}。"]
    return L


def main():
    path = base.fodt("make_xiuwen_pdf.py", NAME, source(), TITLE, NOTE_TEXT)
    t = open(path, encoding="utf-8").read()
    t = fodt_table.inject(t, "T1", {"widths": WIDTHS, "rows": spec_rows(), "head": 1, "size": 10})
    open(path, "w", encoding="utf-8").write(t)
    base.convert(path, "pdf")
    shutil.rmtree(os.path.dirname(path))
    tt = totals()
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), tt)


if __name__ == "__main__":
    main()
