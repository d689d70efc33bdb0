#!/usr/bin/env python3
"""Write fresh52/queshan-jiaocai-banfa.pdf (虚构测试文档，非真实政策): a county's rules for how its vocational schools choose
their textbooks and write their own with firms (教材选用和校本教材开发管理办法) with their 印发通知, as a PDF printed from a
Word document with footnotes.

    cd fresh52/src && python3 make_queshan_pdf.py      (needs soffice and the Noto CJK fonts)

New shape of the fifty-third round: per region **(a) a county's rules for the textbooks of its vocational schools** — a short
印发通知 (issuers, 文号, date, 主送, a catch-up date of its own for school-written books already in use, contacts) and the rules:
scope and what a school-written book (校本教材) is, who does what, principles (no selling of workbooks to students), **the
committee that chooses (its size and the share of people from firms)**, **what may be chosen (a floor for the share of
nationally planned books among the vocational books, an age limit for a book's edition, keeping a choice for some years)**, the
steps (the vote, the 公示 in working days, filing), **the filing dates a semester**, **the writing team of a school-written
book with a minimum of people from the firm**, the review (reviewers, working days), **the grant a 千字 with an uplift for
loose-leaf and workbook-style books and a cap a book**, the cases with no grant, payment and the reviewers' fee, the money
students pay for books (settled within days, 多退少补), spot checks and the county's 通报 within days of a filing date,
liabilities, terms, 施行 / 有效期, and an annex — **and (b) that county's 通报 of a semester** (each school's filing and books,
the share of planned books, the school-written books with their grants, the cap reached, a book without grant and the item it
falls under, a late filing, an old edition found by a spot check, workbooks sold to students). This is part (a) of the dev pair.

**Layout: a PDF printed from a Word document** (this file → `src/queshan-jiaocai-banfa.src.txt` → `../../tools/make_fodt.py`
(unchanged: `@art` / `@item` — **the 条 and item numbers are list numbering, not text** —, `@table`) → `[[fn:…]]` turned into
**footnotes** by `common.fodt()` → the note into the meta, no hanging punctuation → `soffice --convert-to pdf`): 红头 of
the three issuers with `文件`, the 文号 over a red rule, the notice, 附件 line, 落款, then on a new page the 办法 (条 with items, no
章) **with three footnotes printed at the foot of their pages (the citation numbers `1` `2` `3` sit in the running text)**, then
on a new page the annex 主要标准一览表 (序号 / 事项 / 标准或要求 / 时限 / 依据); the page numbers `— 1 —` at the foot; the note in
small print.
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "queshan-jiaocai-banfa"
COUNTY = "确山县"
ISSUERS = ["确山县教育局", "确山县人力资源和社会保障局", "确山县财政局"]
DOC_NO = "确教发〔2026〕12号"
DATE_D = D(2026, 3, 20)
DATE = cn_date(DATE_D)
RULES = "确山县职业学校教材选用和校本教材开发管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "确山县职业学校教材选用和校本教材开发主要标准一览表"
BODY_START = RULES
ANNEX_START = "附件" + TABLE_TITLE
LAW = "《中华人民共和国职业教育法》"          # real national law, cited as 依据 only

# the figures of the rules (every one printed in the 办法 below; the 通报 and the checker use them)
COMMITTEE_MIN = 7              # 选用委员会 不少于7人
FIRM_SHARE = "三分之一"        # 企业技术人员和行业专家 不少于委员总数的三分之一
PLAN_SHARE = 60                # 专业课教材中国家规划教材的比例不低于60%
EDITION_YEARS = 5              # 不得选用出版或者最近一次修订时间超过5年的专业课教材
KEEP_YEARS = 3                 # 选用后3年内保持稳定
PUB_DAYS = 5                   # 校内公示不少于5个工作日
FILE_BY = {"秋季学期": (6, 30), "春季学期": (12, 15)}   # 报县教育局备案: 秋季学期教材6月30日前, 春季学期教材12月15日前
FIRM_WRITERS = 2               # 编写组中企业人员不少于2人
REVIEWERS = 3                  # 审读专家不少于3人, 其中企业专家不少于1人
REVIEW_DAYS = 20               # 收到审核申请后20个工作日内出具审读意见
RATE = 60                      # 开发补助 每千字60元
UPLIFT = 20                    # 活页式教材 / 工作手册式教材 上浮20%
CAP = 30000                    # 每种最高3万元
PAY_DAYS = 15                  # 县财政局 收到汇总表后15个工作日内拨付
REVIEW_FEE = 800               # 审读专家审读费每人每种不超过800元
SETTLE_DAYS = 30               # 教材费 学期结束后30日内公布结算结果
SPOT_SHARE = 20                # 每学期抽查不少于备案教材种数的20%
REPORT_DAYS = 45               # 备案截止之日起45日内通报
EFFECTIVE = D(2026, 4, 1)
VALID_YEARS = 5
CATCH_UP_BY = D(2026, 5, 15)   # set in the 印发通知: school-written books already in use, sent for review by this date
CONTACTS = [("县教育局职业教育与成人教育股", "姜明远", "0396-7021563"),
            ("县教育局教研室", "白晓静", "0396-7023418"),
            ("县财政局教科股", "邱文涛", "0396-7026094")]
FN = {
    "loose": "活页式教材，是指以活页形式装订、可以根据岗位任务和技术更新随时增减内容的教材；工作手册式教材，是指按照工作任务和"
             "操作流程编排、供学生在实训和实习中边学边用的教材。",
    "plan": "国家规划教材，是指列入国家级职业教育规划教材书目的教材。",
    "firm": "企业人员，是指合作企业在职的技术人员、能工巧匠和管理人员，不含在职业学校任教的企业兼职教师。",
}
FN_ANCHOR = {"loose": "工作手册式教材", "plan": "优先选用国家规划教材", "firm": "专业课教师和企业人员"}   # the words a citation follows

ARTICLES = [
    ("art", "purpose", f"为规范职业学校教材选用，推动职业学校与企业合作开发教材，深化产教融合，提高技术技能人才培养质量，根据{LAW}等"
                       "有关规定，结合本县实际，制定本办法。"),
    ("art", "scope", "本办法适用于本县中等职业学校和技工学校（以下统称职业学校）教材的选用，以及校本教材的开发、审核和使用。本办法所称"
                     "校本教材，是指职业学校自行组织或者与企业合作编写、在本校使用的教材，包括活页式教材和工作手册式教材{fn:loose}。"),
    ("art", "duty", "县教育局负责全县职业学校教材选用和校本教材开发的统筹管理，承担备案、审核、抽查和通报工作；县人力资源和社会保障局"
                    "负责指导技工学校做好教材选用工作；县财政局负责校本教材开发补助资金的安排和监督。职业学校是教材选用和校本教材开发的"
                    "责任主体。"),
    ("art", "principle", "教材选用坚持凡选必审、质量第一、适宜教学、公开公正的原则。职业学校和教职工不得向学生推销或者变相推销教辅材料。"),
    ("art", "committee", f"职业学校应当成立教材选用委员会，成员不少于{COMMITTEE_MIN}人且为单数，由学校领导、专业课教师、公共基础课教师和"
                         f"合作企业技术人员、行业专家组成，其中企业技术人员和行业专家不少于委员总数的{FIRM_SHARE}。委员会每届任期"
                         f"{KEEP_YEARS}年。"),
    ("art", "choose", "职业学校选用教材应当符合下列要求："),
    ("item", "ch_plan", f"优先选用国家规划教材{{fn:plan}}，专业课教材中国家规划教材的比例不低于{PLAN_SHARE}%；"),
    ("item", "ch_age", f"不得选用出版或者最近一次修订时间超过{EDITION_YEARS}年的专业课教材；"),
    ("item", "ch_new", "专业课教材应当及时反映产业发展的新技术、新工艺、新规范；"),
    ("item", "ch_keep", f"同一专业同一课程的教材一经选用，{KEEP_YEARS}年内原则上保持稳定。"),
    ("art", "steps", "职业学校选用教材按照下列程序进行："),
    ("item", "st_1", "专业教研组提出初选意见；"),
    ("item", "st_2", "教材选用委员会审议，到会委员不少于委员总数的三分之二，经到会委员半数以上同意；"),
    ("item", "st_3", f"选用结果在校内公示不少于{PUB_DAYS}个工作日；"),
    ("item", "st_4", "报县教育局备案。"),
    ("art", "filing", f"职业学校应当在秋季学期教材{FILE_BY['秋季学期'][0]}月{FILE_BY['秋季学期'][1]}日前、春季学期教材"
                      f"{FILE_BY['春季学期'][0]}月{FILE_BY['春季学期'][1]}日前，将教材选用目录、教材选用委员会审议记录和公示情况报县"
                      "教育局备案。"),
    ("art", "write", f"职业学校开发校本教材，应当组建编写组，由专业课教师和企业人员{{fn:firm}}共同编写。校企合作开发的校本教材，编写组中"
                     f"企业人员不少于{FIRM_WRITERS}人。"),
    ("art", "review", f"校本教材使用前，职业学校应当报县教育局审核。县教育局组织审读专家不少于{REVIEWERS}人，其中企业专家不少于1人，在"
                      f"收到审核申请后{REVIEW_DAYS}个工作日内出具审读意见。未经审核或者审核未通过的校本教材不得使用。"),
    ("art", "grant", f"审核通过的校企合作开发校本教材，按照每千字{RATE}元给予开发补助；活页式教材和工作手册式教材按照标准上浮{UPLIFT}%；"
                     f"每种教材的开发补助最高{w(CAP)}。"),
    ("art", "nogrant", "有下列情形之一的，不给予开发补助："),
    ("item", "ng_1", "编写组中企业人员少于本办法{write}规定人数的；"),
    ("item", "ng_2", "审核未通过的；"),
    ("item", "ng_3", "已获得其他财政资金支持的。"),
    ("art", "pay", f"开发补助由县教育局按学期汇总，县财政局在收到汇总表后{PAY_DAYS}个工作日内拨付到职业学校，主要用于编写人员劳务和"
                   f"印制支出。审读专家审读费每人每种不超过{REVIEW_FEE}元，由县教育局从教材管理工作经费中支付。"),
    ("art", "fee", f"职业学校代收教材费应当按照实际征订价格结算，不得加价，并在学期结束后{SETTLE_DAYS}日内向学生公布结算结果，多退少补。"),
    ("art", "spot", f"县教育局每学期抽查不少于备案教材种数的{SPOT_SHARE}%，并在每学期备案截止之日起{REPORT_DAYS}日内通报全县职业学校"
                    "教材选用和校本教材开发情况。"),
    ("art", "liable", "职业学校违反本办法规定选用教材的，由县教育局责令改正，停止使用违规选用的教材，并予以通报批评；逾期备案的，责令"
                      "说明情况并作出书面检查；虚报冒领开发补助的，追回补助资金。教职工向学生推销教辅材料的，责令全额退还学生，并依纪依规"
                      "处理。"),
    ("art", "terms", "本办法所称“以上”“不少于”“以内”“前”包含本数或者本日，“超过”“低于”“少于”不包含本数。"),
    ("art", "explain", "本办法由县教育局会同县人力资源和社会保障局、县财政局负责解释。"),
    ("art", "effective", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。"),
]

# the annex: 序号 / 事项 / 标准或要求 / 时限 / 依据 (keys of ARTICLES)
HEAD = ["序号", "事项", "标准或要求", "时限", "依据"]
ANNEX = [
    ("教材选用委员会", f"不少于{COMMITTEE_MIN}人", f"任期{KEEP_YEARS}年", ["committee"]),
    ("国家规划教材", f"不低于{PLAN_SHARE}%", "—", ["choose"]),
    ("专业课教材版本", f"不超过{EDITION_YEARS}年", "—", ["choose"]),
    ("选用结果公示", "校内公示", f"不少于{PUB_DAYS}个工作日", ["steps"]),
    ("秋季学期教材备案", "报县教育局", f"{FILE_BY['秋季学期'][0]}月{FILE_BY['秋季学期'][1]}日前", ["filing"]),
    ("春季学期教材备案", "报县教育局", f"{FILE_BY['春季学期'][0]}月{FILE_BY['春季学期'][1]}日前", ["filing"]),
    ("校企合作编写组", f"企业人员不少于{FIRM_WRITERS}人", "—", ["write"]),
    ("校本教材审核", f"审读专家不少于{REVIEWERS}人", f"{REVIEW_DAYS}个工作日内", ["review"]),
    ("开发补助", f"每千字{RATE}元", f"每种最高{w(CAP)}", ["grant"]),
    ("补助拨付", "县财政局", f"{PAY_DAYS}个工作日内", ["pay"]),
    ("教材费结算", "多退少补", f"学期结束后{SETTLE_DAYS}日内", ["fee"]),
    ("情况通报", f"抽查不少于{SPOT_SHARE}%", f"备案截止之日起{REPORT_DAYS}日内", ["spot"]),
]
WIDTHS = [1.2, 3.6, 3.8, 4.6, 1.8]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：确山县为真实地名，文号、学校、比例、标准、期限、日期、人员和电话均为虚构，仅用于问答"
             "系统评测；所引《中华人民共和国职业教育法》为真实法律。")

FACTS = {
    "catch_up": cn_date(CATCH_UP_BY, week=True),
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "annex": TABLE_TITLE,
    "main": "县属各职业学校，县直有关单位：",
    "footnotes": list(FN.values()),
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
    """how the 通报 cites the 办法: 第九条 / 第十二条第（一）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key, notes=False):
    """the text of an 条 / item; with notes=True the footnote markers of the source, else without them"""
    t = next(t for _, k, t in ARTICLES if k == key)
    t = t.replace("{write}", art_no("write"))
    for k, v in FN.items():
        t = t.replace("{fn:" + k + "}", f"[[fn:{v}]]" if notes else "")
    return t


def printed():
    """every 条 and item as pdftotext writes them, without the footnote citations (pieces between them)"""
    out = []
    for lvl, key, _ in ARTICLES:
        pre = f"{art_no(key)} " if lvl == "art" else f"（{cn(numbering()[key][1])}）"
        raw = next(t for _, k, t in ARTICLES if k == key).replace("{write}", art_no("write"))
        for i, piece in enumerate(raw.replace("{{", "{").split("{fn:")):
            piece = piece.split("}", 1)[1] if i else piece
            out.append((pre if i == 0 else "") + piece)
    return [p for p in out if p]


def annex_rows():
    return [[str(i), a, b, c, "、".join(cite(k) for k in keys)] for i, (a, b, c, keys) in enumerate(ANNEX, 1)]


def source():
    L = [f"@red {x}" for x in ISSUERS] + ["@red 文件", "@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}", f"@n {FACTS['main']}"]
    L += [f"现将《{RULES}》印发给你们，请结合实际认真贯彻执行。",
          f"本办法施行前已经在使用、2026年秋季学期拟继续使用的校本教材，职业学校应当于{cn_date(CATCH_UP_BY, week=True)}前按照本办法"
          f"{art_no('review')}规定报县教育局审核，审核通过后方可继续使用。",
          f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；校本教材审核：{CONTACTS[1][0]}{CONTACTS[1][1]}，"
          f"电话：{CONTACTS[1][2]}；补助资金：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。",
          f"附件：{TABLE_TITLE}"]
    L += ["@blank"] + [f"@r {x}" for x in ISSUERS] + [f"@r {DATE}", "（此件公开发布）", "@pb", f"@title {RULES}"]
    for lvl, key, _ in ARTICLES:
        L.append({"art": "@art ", "item": "@item "}[lvl] + text(key, notes=True))
    L += ["@pb", "@n 附件", f"@title {TABLE_TITLE}", "@table " + " ".join(str(x) for x in WIDTHS)]
    L += ["| " + " | ".join(HEAD) + " |"]
    L += ["| " + " | ".join(r) + " |" for r in annex_rows()]
    L += ["@endtable", "@blank", f"@small {NOTE_TEXT}", f"@small {NOTE}。"]
    return L


def main():
    path = fodt("make_queshan_pdf.py", NAME, source(), TITLE, NOTE_TEXT)
    t = open(path, encoding="utf-8").read()     # no punctuation hanging into the margin (a PDF of LibreOffice 7.4 then lacks
    #                                              the ， at a full line's end; a round trip through .docx loses this setting)
    t = t.replace('fo:line-height="128%"/>', 'fo:line-height="128%" style:punctuation-wrap="simple"/>', 1)
    open(path, "w", encoding="utf-8").write(t)
    convert(path, "pdf")
    shutil.rmtree(os.path.dirname(path))
    n = numbering()
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), sum(1 for v in n.values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
