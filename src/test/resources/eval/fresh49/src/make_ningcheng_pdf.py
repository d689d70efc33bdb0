#!/usr/bin/env python3
"""Write fresh49/ningcheng-baoxian-banfa.pdf (虚构测试文档，非真实政策): a county's 职业学校学生实习责任保险统保 实施办法 with
its 印发通知, as a PDF printed by LibreOffice.

    cd fresh49/src && python3 make_ningcheng_pdf.py      (needs soffice and the Noto CJK fonts)

New shape of the fiftieth round: per region **(a) a county's rules for insuring the students of its vocational schools during
their 实习 under one policy bought for all (统保 / 统一投保)** — a short 印发通知 (issuers, 文号, date, 主送, the first year's list
deadline, contacts) and the rules: what 统保 is and which 实习 it covers, who does what, how the insurer is chosen and for how
long, **what the policy pays and up to how much** (death / disability by grade, medical costs with a deductible, a daily
hospital allowance with a day cap, a per-accident total), the policy year, **the premium per student and who pays which share**
(county budget, the firm taking the student, never the student), how and when each share is paid, the list of insured students
and its changes, **reporting an accident within hours, the papers of a claim, the insurer's time limits, an advance payment**,
**what is never paid**, the yearly report, the insurer's assessment, 施行 / 有效期, and an annex — **and (b) that county's
report / notice on the year** (the insurer, the schools and students insured, the premiums and who paid them, the accidents and
what was paid, the refused and the open claim, the problems found, the next year). This is part (a) of the dev pair:
宁城县教育局　宁城县财政局　宁城县人力资源和社会保障局关于印发《宁城县职业学校学生实习责任保险统保实施办法》的通知
(宁教发〔2025〕27号, 2025年8月12日).

**Layout: a PDF printed by LibreOffice** (this file → `src/ningcheng-baoxian-banfa.src.txt` → `../../tools/make_fodt.py`
(unchanged: `@chap` for the 章, `@art` / `@item` for the 条 and items, whose numbers LibreOffice draws and prints into the PDF,
`@landscape` and `@table` with `^` cells for the annex) → the note into the meta (Subject) → `soffice --convert-to pdf`): 红头
of the three issuers with `文件`, the 文号 over a red rule, the title, 主送, the notice, the 落款, then on a new page the 办法 (7 章),
then **on a landscape page the annex 保障方案和保费分担表, a table whose 保障项目 group cells span rows**; the note in small print;
the `— N —` footer on every page.
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "ningcheng-baoxian-banfa"
COUNTY = "宁城县"
ISSUERS = ["宁城县教育局", "宁城县财政局", "宁城县人力资源和社会保障局"]
DOC_NO = "宁教发〔2025〕27号"
DATE_D = D(2025, 8, 12)
DATE = cn_date(DATE_D)
RULES = "宁城县职业学校学生实习责任保险统保实施办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "宁城县职业学校学生实习责任保险统保保障方案和保费分担表"
BASIS = "《职业学校学生实习管理规定》（教职成〔2021〕4号）"   # real national document

# figures of the 办法
SERVICE_YEARS = 2              # 承保期2年
ADJUSTERS = 2                  # 专职理赔人员不少于2名
DEATH = 600000                 # 死亡、伤残 每人60万元
GRADE_STEP = 10                # 一级伤残100%，每降低一级减少10%
MEDICAL = 50000                # 医疗费用 每人5万元
DEDUCT = 100                   # 医疗费用每次事故免赔额100元
ALLOWANCE = 100                # 住院津贴 每人每天100元
ALLOW_DAYS = 90                # 最长90天
PER_ACCIDENT = 10000000        # 每次事故累计 1000万元
FEE_VISIT = 30                 # 认识实习 每生每学年30元
FEE_POST = 120                 # 岗位实习 每生每学年120元
POST_SHARE = 50                # 岗位实习 县财政承担50%，实习单位承担50%
UNIT_PAY_DAYS = 15             # 实习单位 岗位实习开始后15日内 直接缴纳
FISCAL_PAY_DAYS = 30           # 县财政 学年结束后30日内 一次性拨付
LIST_BY = (8, 20)              # 首批投保名单 每年8月20日前
ADD_DAYS = 3                   # 新增 实习开始3个工作日前报送
CHANGE_DAYS = 3                # 变更之日起3个工作日内 批改
REPORT_HOURS = 24              # 出险后24小时内报案
SERIOUS_HOURS = 2              # 死亡或者3人以上受伤 2小时内 报告县教育局
SERIOUS_PEOPLE = 3
DECIDE_DAYS = 10               # 收到齐全材料后10个工作日内 核定
PAY_DAYS = 5                   # 达成赔付协议后5个工作日内 支付
REFUSE_DAYS = 3                # 3个工作日内 拒赔通知书
ADVANCE_FROM = 20000           # 医疗费用预计超过2万元 可以申请预付
ADVANCE_SHARE = 50             # 预付不超过预计医疗费用的50%
REPORT_DAYS = 30               # 每学年结束后30日内 通报
SATISFACTION = 80              # 满意度低于80%
BAD_CASES = 2                  # 无故拒赔、拖延赔付 经查实2起以上
EFFECTIVE = D(2025, 9, 1)
VALID_YEARS = 3
FIRST_LIST_BY = D(2025, 8, 27)   # the first year's 首批投保名单, set in the 印发通知 (later than the 办法's 8月20日)
CONTACTS = [("县教育局职业教育股", "于海龙", "0476-4221357"),
            ("县财政局文教股", "白玉梅", "0476-4223086"),
            ("县人力资源和社会保障局职业能力建设股", "邢志国", "0476-4226614")]

ARTICLES = [
    ("chap", "c1", "第一章　总则"),
    ("art", "purpose", "为保障职业学校学生实习期间的合法权益，分散和化解实习风险，规范实习责任保险统一投保工作，根据"
     f"{BASIS}等规定，结合本县实际，制定本办法。"),
    ("art", "define", "本办法适用于本县中等职业学校、技工学校（以下统称职业学校）组织的认识实习和岗位实习。本办法所称统保，是指由县教育局"
     "统一组织、统一选定承保机构、统一保障方案，为全县职业学校实习学生投保实习责任保险。"),
    ("art", "duties", "县教育局负责统保的组织实施、承保机构遴选和理赔监督；县财政局负责保费补助资金的预算安排和拨付；县人力资源和社会"
     "保障局负责督促技工学校参加统保；职业学校负责报送投保名单、出险报案和协助理赔；实习单位负责缴纳其承担的保费，配合事故调查和理赔。"),
    ("art", "principle", "统保遵循应保尽保、统一组织、财政补助、不向学生收取的原则。任何单位不得向实习学生收取保费。"),
    ("chap", "c2", "第二章　承保机构和保障方案"),
    ("art", "insurer", f"县教育局通过政府采购方式遴选承保机构，承保期{SERVICE_YEARS}年。承保机构应当在本县设有分支机构，配备专职理赔"
     f"人员不少于{ADJUSTERS}名。"),
    ("art", "scope", "学生在实习期间，因实习活动遭受人身伤害，依法应当由职业学校或者实习单位承担的经济责任，由承保机构在责任限额内"
     "赔付。学生在实习单位规定的上下班途中遭受意外伤害的，视为实习期间。"),
    ("art", "limits", "保险责任限额按照下列标准确定："),
    ("item", "lim_1", f"死亡、伤残每人{w(DEATH)}，伤残按照伤残等级对应比例赔付，一级伤残为100%，每降低一级减少{GRADE_STEP}%；"),
    ("item", "lim_2", f"医疗费用每人{w(MEDICAL)}，每次事故免赔额{DEDUCT}元，免赔额以上部分按照100%赔付；"),
    ("item", "lim_3", f"住院津贴每人每天{ALLOWANCE}元，最长{ALLOW_DAYS}天；"),
    ("item", "lim_4", f"每次事故累计责任限额{w(PER_ACCIDENT)}。"),
    ("art", "period", "保险期间为每学年9月1日零时起至次年8月31日二十四时止。学年中新增的实习学生，自投保名单报送次日零时起生效。"),
    ("chap", "c3", "第三章　保费标准和分担"),
    ("art", "fee", f"认识实习保费每生每学年{FEE_VISIT}元，岗位实习保费每生每学年{FEE_POST}元。保费按学年计收，学生提前终止实习的，已缴"
     "保费不予退还。"),
    ("art", "share", f"认识实习保费由县财政全额承担。岗位实习保费由县财政和实习单位各承担{POST_SHARE}%；脱贫家庭学生的岗位实习保费由"
     "县财政全额承担。"),
    ("art", "payment", f"实习单位承担的保费，由实习单位在学生岗位实习开始后{UNIT_PAY_DAYS}日内直接缴纳承保机构。县财政承担的保费，由"
     f"县财政局在每学年结束后{FISCAL_PAY_DAYS}日内，根据县教育局审核确认的投保人数一次性拨付承保机构。"),
    ("chap", "c4", "第四章　投保和变更"),
    ("art", "list", f"职业学校应当在每年{LIST_BY[0]}月{LIST_BY[1]}日前，将本学年首批实习学生投保名单报送县教育局，由县教育局汇总后"
     f"交承保机构。学年中新增实习学生的，职业学校应当在实习开始{ADD_DAYS}个工作日前报送。未列入投保名单的学生，承保机构不承担保险"
     "责任。"),
    ("art", "change", f"学生更换实习单位或者提前终止实习的，职业学校应当自变更之日起{CHANGE_DAYS}个工作日内向承保机构办理批改手续。"),
    ("chap", "c5", "第五章　报案和理赔"),
    ("art", "report", f"发生保险事故后，职业学校或者实习单位应当在{REPORT_HOURS}小时内向承保机构报案，并同时报告县教育局。造成学生"
     f"死亡或者{SERIOUS_PEOPLE}名以上学生伤害的，应当在{SERIOUS_HOURS}小时内报告县教育局。"),
    ("art", "papers", "申请理赔应当提交下列材料："),
    ("item", "pp_1", "索赔申请表；"),
    ("item", "pp_2", "学生身份证明和实习协议复印件；"),
    ("item", "pp_3", "由实习单位和职业学校共同盖章的事故经过说明；"),
    ("item", "pp_4", "医疗机构出具的诊断证明、病历和医疗费用票据；"),
    ("item", "pp_5", "涉及伤残的，提供伤残鉴定报告；涉及死亡的，提供死亡证明。"),
    ("art", "decide", f"承保机构应当在收到齐全的理赔材料后{DECIDE_DAYS}个工作日内作出核定；属于保险责任的，在达成赔付协议后{PAY_DAYS}"
     f"个工作日内支付赔款；不属于保险责任的，在{REFUSE_DAYS}个工作日内发出拒赔通知书并说明理由。"),
    ("art", "advance", f"学生医疗费用预计超过{w(ADVANCE_FROM)}的，职业学校可以向承保机构申请预赔，预赔金额不超过预计医疗费用的"
     f"{ADVANCE_SHARE}%。"),
    ("art", "exclude", "下列情形承保机构不承担保险责任："),
    ("item", "ex_1", "学生故意自伤；"),
    ("item", "ex_2", "学生醉酒或者无有效驾驶证驾驶机动车；"),
    ("item", "ex_3", "学生在非实习时间、非实习场所从事与实习无关的活动；"),
    ("item", "ex_4", "未列入投保名单的学生发生的事故。"),
    ("chap", "c6", "第六章　监督管理"),
    ("art", "yearly", f"县教育局在每学年结束后{REPORT_DAYS}日内，通报上一学年统保的投保、保费缴纳和理赔情况。"),
    ("art", "assess", f"县教育局每学年对承保机构开展服务评价。实习学生和职业学校满意度低于{SATISFACTION}%的，或者无故拒赔、拖延赔付经查实"
     f"{BAD_CASES}起以上的，县教育局可以解除服务协议，重新遴选承保机构。"),
    ("art", "liable", "职业学校未按规定报送投保名单，致使学生未获保险保障的，由职业学校依法承担相应责任。违反规定向学生收取保费的，"
     "责令退还，并予以通报批评。"),
    ("chap", "c7", "第七章　附则"),
    ("art", "incl", "本办法所称“以上”“不少于”，均包含本数；“超过”“低于”，不包含本数。"),
    ("art", "explain", "本办法由县教育局会同县财政局、县人力资源和社会保障局负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。"),
]

# the annex: (保障项目 / 保费项目, 标准, 免赔额, 承担, 说明, 依据 key); "^" = the cell above spans this row too
HEAD = ["类别", "项目", "标准", "免赔额", "承担方式", "依据"]
ANNEX = [
    ("保障方案", "死亡", f"每人{w(DEATH)}", "无", "承保机构赔付", "lim_1"),
    ("^", "伤残", f"每人{w(DEATH)}×伤残等级比例", "无", "承保机构赔付", "lim_1"),
    ("^", "医疗费用", f"每人{w(MEDICAL)}", f"每次事故{DEDUCT}元", "承保机构赔付", "lim_2"),
    ("^", "住院津贴", f"每人每天{ALLOWANCE}元，最长{ALLOW_DAYS}天", "无", "承保机构赔付", "lim_3"),
    ("^", "每次事故累计", w(PER_ACCIDENT), "—", "承保机构赔付", "lim_4"),
    ("保费分担", "认识实习", f"每生每学年{FEE_VISIT}元", "—", "县财政全额承担", ("fee", "share")),
    ("^", "岗位实习", f"每生每学年{FEE_POST}元", "—", f"县财政、实习单位各{POST_SHARE}%", ("fee", "share")),
    ("^", "岗位实习（脱贫家庭学生）", f"每生每学年{FEE_POST}元", "—", "县财政全额承担", ("fee", "share")),
]
WIDTHS = [2.4, 4.6, 6.2, 3.2, 4.6, 3.6]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：宁城县为真实地名，文号、保障方案、保费标准、日期、人员和电话均为虚构，仅用于问答系统评测；"
             "所引教职成〔2021〕4号为真实文件。")

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "basis": BASIS,
    "phones": [c[2] for c in CONTACTS],
    "death": f"死亡、伤残每人{w(DEATH)}",
    "medical": f"医疗费用每人{w(MEDICAL)}，每次事故免赔额{DEDUCT}元",
    "fee": f"岗位实习保费每生每学年{FEE_POST}元",
    "effect": f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年",
    "first_list": cn_date(FIRST_LIST_BY, week=True),
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
    """how the 通报 cites the 办法: 第十三条 / 第七条第（二）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def printed():
    """every 章 heading, 条 and item as the PDF prints them (the numbers drawn by LibreOffice)"""
    out = []
    for lvl, key, t in ARTICLES:
        if lvl == "chap":
            out.append(t)
        elif lvl == "art":
            out.append(f"{art_no(key)}　{t}")
        else:
            out.append(f"（{cn(numbering()[key][1])}）{t}")
    return out


def text(key):
    return next(t for _, k, t in ARTICLES if k == key)


def annex_rows():
    """the annex rows as the source writes them ("^" where a cell spans from above); 依据 as 第X条[第（Y）项][、第Z条]"""
    return [[a, b, c, d, e, "、".join(cite(x) for x in (k if isinstance(k, tuple) else (k,)))] for a, b, c, d, e, k in ANNEX]


def annex_read():
    rows = annex_rows()
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if c == "^":
                r[j] = rows[i - 1][j]
    return rows


def source():
    L = [f"@red {x}" for x in ISSUERS] + ["@red 文件", "@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
                                          "@n 各职业学校，各有关企业，县直有关单位："]
    L += [f"现将《{RULES}》印发给你们，请认真贯彻执行。",
          f"2025—2026学年度承保机构由县教育局通过政府采购确定后另行公布。各职业学校应当于{cn_date(FIRST_LIST_BY, week=True)}前"
          f"报送本学年首批实习学生投保名单（本学年不适用本办法{art_no('list')}规定的{LIST_BY[0]}月{LIST_BY[1]}日）。",
          f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；保费补助：{CONTACTS[1][0]}{CONTACTS[1][1]}，"
          f"电话：{CONTACTS[1][2]}；技工学校：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。",
          f"附件：{TABLE_TITLE}"]
    L += [f"@r {x}" for x in ISSUERS] + [f"@r {DATE}", "（此件公开发布）", "@pb", f"@title {RULES}"]
    for lvl, key, t in ARTICLES:
        L.append({"chap": "@chap ", "art": "@art ", "item": "@item "}[lvl] + t)
    L += ["@landscape", "@n 附件", f"@title {TABLE_TITLE}", "@table " + " ".join(str(x) for x in WIDTHS),
          "| " + " | ".join(HEAD) + " |"]
    L += ["| " + " | ".join(r) + " |" for r in annex_rows()]
    L += ["@endtable", "@blank", f"@small {NOTE_TEXT}", f"@small {NOTE}。"]
    return L


def main():
    path = fodt("make_ningcheng_pdf.py", NAME, source(), TITLE, NOTE_TEXT)
    convert(path, "pdf")
    shutil.rmtree(os.path.dirname(path))
    n = numbering()
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), sum(1 for v in n.values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
