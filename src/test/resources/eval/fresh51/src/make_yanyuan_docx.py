#!/usr/bin/env python3
"""Write fresh51/yanyuan-peixun-banfa.docx (虚构测试文档，非真实政策): a county's rules for how its vocational schools share out
the income of the training they give to firms' staff and other people (社会培训收入分配管理办法) with their 印发通知, as a .docx
written by LibreOffice.

    cd fresh51/src && python3 make_yanyuan_docx.py      (needs soffice and the Noto CJK fonts)

New shape of the fifty-second round: per region **(a) a county's rules for the income of its vocational schools' 社会培训**
(training ordered by firms, subsidised training, courses open to anyone) — a short 印发通知 (issuers, 文号, date, 主送, a catch-up
date of its own for courses begun before the rules, contacts) and the rules: the kinds of training, the agreement above a sum,
filing before a course opens and the class size, the money through the school's account, **how a course's 净收入 is reckoned
(income less direct costs less a 管理费 of a share of the income)**, **the share of it that may reward the staff who taught and
the rest to a fund**, **a lower share when the pass rate is under a threshold**, the cases with no reward at all, **a cap a person
a year**, the plan, its 公示 and review within days, payment, the ledger, the county's 通报, liabilities, 施行 / 有效期, and an annex
— **and (b) that county's 通报 of a period** (each course with its school, kind, trainees, pass rate, income, costs, fee, net,
share, reward and fund; totals by school; the low pass rate; the cap reached; a course with no reward and the item it breaks; a
late plan; a fee charged privately). This is part (a) of the dev pair.

**Layout: a .docx written by LibreOffice** (this file → `src/yanyuan-peixun-banfa.src.txt` → `../../tools/make_fodt.py`
(unchanged: `@header` for a running page header, `@chap`, `@art` / `@item` — **Word list numbering in the .docx, the numbers not
in the text** —, `@table head=2` with `<` / `^` cells) → the note into the meta (→ the .docx's Subject / Comments) → `soffice
--convert-to docx:"MS Word 2007 XML"`): 红头 of the three issuers with `文件`, the 文号 over a red rule, the notice, 附件 line, 落款,
then on a new page the 办法 (5 章), then on a new page the annex 社会培训收入分配核算表 (a two-row header: `比例或标准` over `标准` /
`时限`, `项目` / `计算方法` / `依据` spanning both header rows, the 类别 cells spanning their group's rows); a running header on every
page; the note in small print.
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "yanyuan-peixun-banfa"
COUNTY = "盐源县"
ISSUERS = ["盐源县人力资源和社会保障局", "盐源县教育局", "盐源县财政局"]
DOC_NO = "盐人社发〔2026〕7号"
DATE_D = D(2026, 2, 11)
DATE = cn_date(DATE_D)
RULES = "盐源县职业学校社会培训收入分配管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "盐源县职业学校社会培训收入分配核算表"
BODY_START = RULES
ANNEX_START = "附件" + TABLE_TITLE
LAW = "《中华人民共和国职业教育法》"          # real national law, cited as 依据 only
HEADER = "盐源县人力资源和社会保障局规范性文件"

# the figures of the rules (every one printed in the 办法 below; the 通报 and the checker use them)
AGREEMENT_FROM = 20000         # 委托培训经费2万元以上 签订委托培训协议
FILE_DAYS = 3                  # 开班前3个工作日 报县人社局备案
CLASS_MAX = 50                 # 每期学员不超过50人
FEE_RATE = 10                  # 管理费 = 培训收入 × 10%
SHARE = 60                     # 培训奖励 ≤ 培训净收入 × 60%, the rest to 实训发展基金
LOW_PASS = 80                  # 结业考核合格率低于80%
LOW_SHARE = 30                 # … the share is 30%
CAP = 30000                    # 同一教职工 每年 培训奖励 累计不超过3万元
EXT_PAY_MAX = 300              # 外聘企业技术人员 课酬 每课时不超过300元
PLAN_DAYS = 15                 # 结业后15个工作日内 拟定分配方案
SCHOOL_PUB_DAYS = 5            # 校内公示不少于5个工作日
REVIEW_DAYS = 10               # 县教育局 收到后10个工作日内 审核
REPORT_DAYS = 20               # 每季度结束后20日内 县教育局 通报
EFFECTIVE = D(2026, 3, 1)
VALID_YEARS = 3
CATCH_UP_BY = D(2026, 3, 13)   # set in the 印发通知: courses begun before 施行, filed by this date
CONTACTS = [("县人社局职业能力建设股", "冷国栋", "0834-6321475"),
            ("县教育局职业教育股", "苏丽娟", "0834-6325083"),
            ("县财政局预算股", "何文斌", "0834-6328146")]

ARTICLES = [
    ("chap", "c1", "第一章　总则"),
    ("art", "purpose", f"为鼓励职业学校面向企业职工和社会人员开展技能培训，深化产教融合，规范社会培训收入的管理和分配，根据{LAW}"
                       "等有关规定，结合本县实际，制定本办法。"),
    ("art", "scope", "本办法适用于县教育局主管的中等职业学校（以下简称职业学校）面向企业职工、农村劳动力和其他社会人员开展的社会"
                     "培训。本办法所称社会培训收入，是指职业学校开展社会培训取得的委托培训经费、培训费和职业技能培训补贴资金。"),
    ("art", "duty", "县人力资源和社会保障局（以下简称县人社局）负责社会培训项目备案和培训质量监督；县教育局负责审核职业学校社会"
                    "培训收入分配方案，按季度汇总通报分配情况；县财政局负责指导社会培训收入的财务管理，对资金使用进行监督。职业学校是"
                    "社会培训的实施主体，对收入核算和分配负责。"),
    ("art", "principle", "社会培训收入分配遵循学校统筹、成本补偿、多劳多得、公开透明的原则。教职工不得以个人名义承接社会培训，不得"
                         "私自向学员收取任何费用。"),
    ("chap", "c2", "第二章　项目和收入管理"),
    ("art", "forms", "职业学校可以开展下列社会培训："),
    ("item", "form_1", "受企业委托开展的职工技能培训（以下简称委托培训）；"),
    ("item", "form_2", "承接的政府补贴性职业技能培训；"),
    ("item", "form_3", "面向社会自主开班的培训。"),
    ("art", "agreement", f"委托培训经费{w(AGREEMENT_FROM)}以上的，职业学校应当与委托企业签订委托培训协议，约定培训内容、人数、课时、"
                         "经费、考核方式以及双方的权利义务。"),
    ("art", "filing", f"职业学校应当在每期培训班开班前{FILE_DAYS}个工作日，将培训计划、学员名单和师资安排报县人社局备案。每期培训班"
                      f"学员不超过{CLASS_MAX}人。"),
    ("art", "account", "社会培训收入全部纳入学校账户统一核算，由学校开具票据，不得坐收坐支，不得由教职工个人收取。自主开班的收费标准"
                       "由职业学校提出，报县教育局核定后公布。"),
    ("chap", "c3", "第三章　收入分配"),
    ("art", "calc", "社会培训收入按照培训项目逐项核算。培训净收入等于培训收入减去直接成本和管理费。直接成本包括教材资料费、实训耗材费、"
                    f"外聘企业技术人员课酬和场地租赁费；外聘企业技术人员课酬每课时不超过{EXT_PAY_MAX}元。"),
    ("art", "fee", f"职业学校按照培训收入的{FEE_RATE}%提取管理费，用于水电、设备损耗等公用支出。"),
    ("art", "share", f"培训净收入的{SHARE}%以内可以作为培训奖励，分配给参与培训组织和授课的教职工；其余部分转入学校实训发展基金，用于"
                     "改善实训条件。"),
    ("art", "lowpass", f"培训项目结业考核合格率低于{LOW_PASS}%的，培训奖励按照培训净收入的{LOW_SHARE}%计算。"),
    ("art", "noreward", "有下列情形之一的，不得提取培训奖励，培训净收入全部转入实训发展基金："),
    ("item", "nr_1", "未按本办法{filing}规定备案的；"),
    ("item", "nr_2", "培训净收入为负数的；"),
    ("item", "nr_3", "培训中向学员违规收费的。"),
    ("art", "cap", f"同一教职工每年获得的培训奖励累计不超过{w(CAP)}，超出部分转入学校实训发展基金。"),
    ("art", "plan", f"职业学校应当在培训项目结业后{PLAN_DAYS}个工作日内拟定分配方案，经校内公示不少于{SCHOOL_PUB_DAYS}个工作日后报县"
                    f"教育局审核。县教育局应当在收到分配方案后{REVIEW_DAYS}个工作日内完成审核。"),
    ("art", "pay", "培训奖励经审核后通过银行转账发放，不得以现金发放，不纳入学校绩效工资总量。"),
    ("chap", "c4", "第四章　监督管理"),
    ("art", "ledger", "职业学校应当建立社会培训台账，逐项记录培训收入、成本、分配和发放情况，社会培训收支纳入学校年度内部审计。"),
    ("art", "report", f"县教育局在每季度结束后{REPORT_DAYS}日内，会同县人社局汇总通报全县职业学校社会培训收入分配情况。"),
    ("art", "liable", "职业学校违反本办法规定分配社会培训收入的，由县教育局责令改正，追回违规发放的培训奖励，并予以通报批评；未按规定"
                      "期限报送分配方案的，责令限期整改。教职工私自收费的，责令退还学员，并依纪依规处理。"),
    ("chap", "c5", "第五章　附则"),
    ("art", "terms", "本办法所称“以上”“以内”包含本数，“低于”“超过”不包含本数。"),
    ("art", "explain", "本办法由县人社局会同县教育局、县财政局负责解释。"),
    ("art", "effective", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。"),
]

# the annex: 类别 / 项目 / 计算方法或要求 / 标准 / 时限 / 依据 (keys of ARTICLES); "^" = spans from the row above
HEAD_ROWS = [["类别", "项目", "计算方法或要求", "比例或标准", "<", "依据"],
             ["^", "^", "^", "标准", "时限", "^"]]
ANNEX = [
    ("收入核算", "管理费", "培训收入×提取比例", f"{FEE_RATE}%", "—", ["fee"]),
    ("^", "培训净收入", "培训收入－直接成本－管理费", "—", "—", ["calc"]),
    ("^", "外聘课酬", "计入直接成本", f"每课时不超过{EXT_PAY_MAX}元", "—", ["calc"]),
    ("收入分配", "培训奖励", "培训净收入×奖励比例", f"{SHARE}%以内", "—", ["share"]),
    ("^", "合格率偏低的项目", f"结业考核合格率低于{LOW_PASS}%", f"{LOW_SHARE}%", "—", ["lowpass"]),
    ("^", "个人年度上限", "超出部分转入实训发展基金", f"{w(CAP)}", "每年", ["cap"]),
    ("程序", "项目备案", "报县人社局", f"每期不超过{CLASS_MAX}人", f"开班前{FILE_DAYS}个工作日", ["filing"]),
    ("^", "分配方案", "校内公示后报县教育局审核", f"公示不少于{SCHOOL_PUB_DAYS}个工作日", f"结业后{PLAN_DAYS}个工作日内",
     ["plan"]),
    ("^", "审核", "县教育局", "—", f"{REVIEW_DAYS}个工作日内", ["plan"]),
]
WIDTHS = [2.0, 2.6, 4.4, 3.2, 2.8, 2.0]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：盐源县为真实地名，文号、学校、比例、标准、期限、日期、人员和电话均为虚构，仅用于问答"
             "系统评测；所引《中华人民共和国职业教育法》为真实法律。")

FACTS = {
    "catch_up": cn_date(CATCH_UP_BY, week=True),
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "annex": TABLE_TITLE,
    "main": "县属各职业学校，县直有关单位：",
}


def numbering():
    """key → (条,) for each 条; item keys → (条, item number)"""
    out, a, i = {}, 0, 0
    for lvl, key, _ in ARTICLES:
        if lvl == "art":
            a, i = a + 1, 0
            out[key] = (a,)
        elif lvl == "item":
            i += 1
            out[key] = (a, i)
    return out


def art_no(key):
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    """how the 通报 cites the 办法: 第九条 / 第十三条第（一）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    t = next(t for _, k, t in ARTICLES if k == key)
    return t.replace("{filing}", art_no("filing"))


def printed():
    """every 章 heading, 条 and item as `soffice … txt:Text` writes them (the numbers from Word's list numbering)"""
    out = []
    for lvl, key, _ in ARTICLES:
        if lvl == "chap":
            out.append(text(key))
        elif lvl == "art":
            out.append(f"{art_no(key)} {text(key)}")
        else:
            out.append(f"（{cn(numbering()[key][1])}）{text(key)}")
    return out


def annex_rows():
    return [[a, b, c, d, e, "、".join(cite(k) for k in keys)] for a, b, c, d, e, keys in ANNEX]


def annex_read():
    rows = annex_rows()
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if c == "^":
                r[j] = rows[i - 1][j]
    return rows


def source():
    L = [f"@header {HEADER}"] + [f"@red {x}" for x in ISSUERS] + ["@red 文件", "@blank", f"@c {DOC_NO}", "@redhr",
                                                                  f"@title {TITLE}", f"@n {FACTS['main']}"]
    L += [f"现将《{RULES}》印发给你们，请结合实际认真贯彻执行。",
          f"本办法施行前已经开班、施行后结业的社会培训项目，按照本办法核算和分配，职业学校应当于{cn_date(CATCH_UP_BY, week=True)}前"
          f"向县人社局补办备案手续（不适用本办法{art_no('filing')}规定的开班前{FILE_DAYS}个工作日）。",
          f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；分配方案审核：{CONTACTS[1][0]}{CONTACTS[1][1]}，"
          f"电话：{CONTACTS[1][2]}；财务管理：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。",
          f"附件：{TABLE_TITLE}"]
    L += ["@blank"] + [f"@r {x}" for x in ISSUERS] + [f"@r {DATE}", "（此件公开发布）", "@pb", f"@title {RULES}"]
    for lvl, key, _ in ARTICLES:
        L.append({"chap": "@chap ", "art": "@art ", "item": "@item "}[lvl] + text(key))
    L += ["@pb", "@n 附件", f"@title {TABLE_TITLE}", "@table head=2 " + " ".join(str(x) for x in WIDTHS)]
    L += ["| " + " | ".join(r) + " |" for r in HEAD_ROWS]
    L += ["| " + " | ".join(r) + " |" for r in annex_rows()]
    L += ["@endtable", "@blank", f"@small {NOTE_TEXT}", f"@small {NOTE}。"]
    return L


def main():
    path = fodt("make_yanyuan_docx.py", NAME, source(), TITLE, NOTE_TEXT)
    convert(path, 'docx:MS Word 2007 XML')
    shutil.rmtree(os.path.dirname(path))
    n = numbering()
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"), sum(1 for v in n.values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
