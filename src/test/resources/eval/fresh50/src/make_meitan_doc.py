#!/usr/bin/env python3
"""Write fresh50/meitan-juanzeng-banfa.doc (虚构测试文档，非真实政策): a county's rules for its vocational schools accepting
donations (接受捐赠管理办法) with their 印发通知, as a Word 97 .doc written by LibreOffice.

    cd fresh50/src && python3 make_meitan_doc.py      (needs soffice and the Noto CJK fonts)

New shape of the fifty-first round: per region **(a) a county's rules for how its vocational schools take gifts of money,
training equipment and materials from firms, associations and people (受赠 / 接受捐赠)** — a short 印发通知 (issuers, 文号, date,
主送, a catch-up date of its own for gifts taken before the rules, contacts) and the rules: what may be taken and what never, the
letter of intent and its answer, **three tiers by the value of one gift (the school decides / files with the 教育局 afterwards /
asks the 教育局 first)**, the gift agreement above a value, the check on delivery, **how a gift's value is fixed** (the invoice,
**an old machine at its price times a share that falls by a step per full year since it was made**, a market price, the money
received), booking and the 公益事业捐赠票据, **naming a training room or centre after a donor above a total** and for how long, the
use of the money and of the machines, feedback to donors, the schools' and the county's 公示, the ledger, liabilities, 施行 /
有效期, and an annex — **and (b) that county's 公示 / 通报 of the gifts of a period** (each gift with its school, donor, items,
how its value was fixed, the value, its use and its tier, the totals by school and kind, the named rooms, the gifts refused and
why, late filings, the 公示期). This is part (a) of the dev pair: 湄潭县教育局　湄潭县财政局关于印发《湄潭县职业学校接受捐赠管理
办法》的通知 (湄教发〔2026〕19号, 2026年3月16日).

**Layout: a Word 97 `.doc` written by LibreOffice** (this file → `src/meitan-juanzeng-banfa.src.txt` → `../../tools/make_fodt.py`
(unchanged: `@chap` for the 章, `@art` / `@item` for the 条 and items — **Word list numbering in the .doc, the numbers not in the
text** —, `@table head=2` with `<` / `^` cells) → the note into the meta (Subject / Comments) → `soffice --convert-to doc:"MS Word
97"`): 红头 of the two issuers with `文件`, the 文号 over a red rule, the title, 主送, the notice, 附件 line, the 落款, then on a new
page the 办法 (6 章), then on a new portrait page **the annex 受赠分级管理和价值确认表, a table whose header spans two rows (办理要求
over 办理主体 / 时限) and whose 类别 cells span the rows of their group**; the note in small print.
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "meitan-juanzeng-banfa"
COUNTY = "湄潭县"
ISSUERS = ["湄潭县教育局", "湄潭县财政局"]
DOC_NO = "湄教发〔2026〕19号"
DATE_D = D(2026, 3, 16)
DATE = cn_date(DATE_D)
RULES = "湄潭县职业学校接受捐赠管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "湄潭县职业学校受赠分级管理和价值确认表"
BODY_START = RULES                  # the 办法's title on its own page, after the 印发通知's date
ANNEX_START = "附件" + TABLE_TITLE
LAWS = "《中华人民共和国公益事业捐赠法》《中华人民共和国职业教育法》"   # real national laws, cited as 依据 only

# figures of the 办法
INTENT_DAYS = 5                # 收到捐赠意向书后5个工作日内 答复
SCHOOL_BELOW = 50000           # 单笔确认价值不足5万元 学校校长办公会研究决定
FILE_DAYS = 5                  # 5万元以上不足50万元 接受后5个工作日内 报县教育局备案
REVIEW_FROM = 500000           # 50万元以上 报县教育局审核同意后方可接受
REVIEW_DAYS = 10               # 县教育局 10个工作日内 书面答复
AGREEMENT_FROM = 10000         # 1万元以上 签订捐赠协议
CHECKERS = 3                   # 验收小组 不少于3人
CHECK_DAYS = 10                # 交付后10个工作日内 完成验收
OLD_MAX = 5                    # 出厂年限超过5年的旧设备 不得接受
STEP = 15                      # 成新率 出厂每满1年减少15%
FUNDS_DAYS = 5                 # 资金 到账后5个工作日内 入账
ASSET_DAYS = 15                # 设备 验收合格后15日内 登记固定资产
RECEIPT_DAYS = 10              # 10个工作日内 开具公益事业捐赠票据
ROOM_FROM = 300000             # 累计30万元以上 冠名实训室
ROOM_YEARS = 5
CENTRE_FROM = 1000000          # 累计100万元以上 冠名实训中心
CENTRE_YEARS = 10
SCHOOL_PUB_DAYS = 10           # 接受后10个工作日内 学校公示
COUNTY_PUB_DAYS = 30           # 每半年结束后30日内 县教育局汇总公示
PUB_MIN = 7                    # 公示期不少于7日
FEEDBACK_BY = (12, 31)         # 每年12月31日前 书面反馈
EFFECTIVE = D(2026, 4, 1)
VALID_YEARS = 5
CATCH_UP_BY = D(2026, 4, 30)   # set in the 印发通知: gifts taken before 施行 and not yet booked / filed, by this date
CONTACTS = [("县教育局计划财务股", "冉光辉", "0851-24523716"),
            ("县财政局资产管理股", "付晓梅", "0851-24521682"),
            ("县财政局非税收入管理股", "蔡文俊", "0851-24527039")]

ARTICLES = [
    ("chap", "c1", "第一章　总则"),
    ("art", "purpose", "为规范职业学校接受捐赠行为，鼓励企业以捐赠设备、资金等方式支持职业学校实训条件建设，深化产教融合，根据"
     f"{LAWS}等法律法规，结合本县实际，制定本办法。"),
    ("art", "scope", "本办法适用于县教育局主管的中等职业学校（以下简称职业学校）接受企业、社会组织和个人（以下统称捐赠人）自愿无偿"
     "捐赠的资金、设备和其他物资（以下统称受赠财产）。本办法所称定向捐赠，是指捐赠人在捐赠协议中指定受赠财产用途的捐赠。"),
    ("art", "duties", "县教育局负责职业学校受赠工作的指导、审核、备案和监督，每半年汇总公示受赠情况；县财政局负责公益事业捐赠票据的"
     "发放和核销管理，对受赠资产管理进行监督；职业学校是受赠主体，负责洽谈、审查、签订捐赠协议、验收、入账、开具票据、使用管理和"
     "公示。"),
    ("art", "principle", "职业学校接受捐赠遵循自愿无偿、公开透明、专物专用、不附加条件的原则。教职工不得以个人名义接受捐赠；职业学校"
     "不得向学生及其家长摊派或者变相摊派捐赠。"),
    ("chap", "c2", "第二章　受赠范围"),
    ("art", "accept", "职业学校可以接受下列捐赠："),
    ("item", "acc_1", "与本校开设专业相关的实训设备、仪器和教学软件；"),
    ("item", "acc_2", "实训耗材和图书资料；"),
    ("item", "acc_3", "用于实训条件建设、学生奖助和教师企业实践的资金。"),
    ("art", "refuse", "有下列情形之一的，职业学校不得接受："),
    ("item", "ref_1", "附加要求学校采购捐赠人产品、安排学生到捐赠人处实习等商业条件的；"),
    ("item", "ref_2", "国家明令淘汰、存在安全隐患或者无产品合格证明的设备；"),
    ("item", "ref_3", f"出厂年限超过{OLD_MAX}年的旧设备；"),
    ("item", "ref_4", "烟草企业捐赠的；"),
    ("item", "ref_5", "要求以捐赠人名称冠名学校的。"),
    ("chap", "c3", "第三章　受赠程序"),
    ("art", "intent", "捐赠人应当向职业学校提交捐赠意向书，写明捐赠财产的名称、数量、规格型号、价值和用途。职业学校应当在收到捐赠"
     f"意向书后{INTENT_DAYS}个工作日内完成审查，并书面答复捐赠人。"),
    ("art", "grade", f"职业学校接受捐赠实行分级管理：单笔捐赠确认价值不足{w(SCHOOL_BELOW)}的，由学校校长办公会研究决定；"
     f"{w(SCHOOL_BELOW)}以上不足{w(REVIEW_FROM)}的，学校接受后{FILE_DAYS}个工作日内报县教育局备案；{w(REVIEW_FROM)}以上的，学校"
     f"报县教育局审核同意后方可接受，县教育局会同县财政局在{REVIEW_DAYS}个工作日内书面答复。"),
    ("art", "agreement", f"单笔捐赠确认价值{w(AGREEMENT_FROM)}以上的，职业学校应当与捐赠人签订捐赠协议，约定受赠财产的名称、数量、"
     "价值、用途、交付时间、验收方式以及双方的权利义务。"),
    ("art", "inspect", f"捐赠设备和物资交付后，职业学校应当组织不少于{CHECKERS}人的验收小组，在{CHECK_DAYS}个工作日内完成验收，出具"
     "由验收人员签字的验收清单。验收不合格的，不予接受。"),
    ("art", "value", "受赠财产的价值按照下列方式确认："),
    ("item", "val_1", "有购置发票的新设备、物资，按照发票金额确认；"),
    ("item", "val_2", f"出厂年限不超过{OLD_MAX}年的旧设备，按照原购置价格乘以成新率确认，成新率按照出厂每满1年减少{STEP}%计算；"),
    ("item", "val_3", "无购置发票的设备、物资，按照同类产品市场价格确认；"),
    ("item", "val_4", "资金按照实际到账金额确认。"),
    ("art", "book", f"受赠资金应当在到账后{FUNDS_DAYS}个工作日内纳入学校账户统一核算；受赠设备应当在验收合格后{ASSET_DAYS}日内登记为"
     f"学校固定资产。职业学校应当在资金到账或者验收合格后{RECEIPT_DAYS}个工作日内，按照确认价值向捐赠人开具公益事业捐赠票据。"),
    ("chap", "c4", "第四章　冠名和使用"),
    ("art", "naming", f"捐赠人向同一职业学校累计捐赠确认价值{w(ROOM_FROM)}以上的，经县教育局批准，可以冠名1个实训室，冠名期限不超过"
     f"{ROOM_YEARS}年；累计捐赠确认价值{w(CENTRE_FROM)}以上的，可以冠名实训中心，冠名期限不超过{CENTRE_YEARS}年。冠名期满自动终止。"),
    ("art", "use", "受赠资金实行专款专用。定向捐赠按照捐赠协议约定的用途使用；非定向捐赠用于实训条件建设、学生奖助和教师企业实践，"
     "不得用于发放教职工工资、奖金和福利。确需改变用途的，应当征得捐赠人书面同意。"),
    ("art", "asset", "受赠设备纳入学校国有资产统一管理，不得出租、出借用于经营活动；处置受赠设备，按照国有资产管理有关规定报县财政局"
     "审批。"),
    ("art", "feedback", f"职业学校应当在每年{FEEDBACK_BY[0]}月{FEEDBACK_BY[1]}日前，向捐赠人书面反馈受赠财产的使用情况。"),
    ("chap", "c5", "第五章　公示和监督"),
    ("art", "school_pub", f"职业学校应当在接受捐赠后{SCHOOL_PUB_DAYS}个工作日内，在校园网站或者校务公开栏公示捐赠人、受赠财产和确认"
     "价值。捐赠人要求匿名的，不公示其名称。"),
    ("art", "county_pub", f"县教育局在每半年结束后{COUNTY_PUB_DAYS}日内，汇总公示全县职业学校受赠情况，公示期不少于{PUB_MIN}日。"),
    ("art", "ledger", "职业学校应当建立捐赠台账，受赠财产的接受、使用和处置情况纳入学校年度内部审计。"),
    ("art", "liable", "职业学校接受本办法{refuse}规定不得接受的捐赠的，由县教育局责令退回，并予以通报批评；未按规定备案、公示的，责令"
     "限期整改。教职工以个人名义接受捐赠或者挪用受赠财产的，依纪依法处理。"),
    ("chap", "c6", "第六章　附则"),
    ("art", "incl", "本办法所称“以上”包含本数，“不足”“超过”不包含本数。"),
    ("art", "explain", "本办法由县教育局会同县财政局负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。"),
]

# the annex: 类别 | 情形 | 办理主体 | 时限 | 依据 (keys); "^" = the cell above spans this row too
HEAD_ROWS = [["类别", "情形", "办理要求", "<", "依据"],
             ["^", "^", "办理主体和方式", "时限", "^"]]
ANNEX = [
    ("分级管理", f"单笔确认价值不足{w(SCHOOL_BELOW)}", "学校校长办公会研究决定", "—", ("grade",)),
    ("^", f"单笔确认价值{w(SCHOOL_BELOW)}以上不足{w(REVIEW_FROM)}", "学校接受后报县教育局备案", f"接受后{FILE_DAYS}个工作日内",
     ("grade",)),
    ("^", f"单笔确认价值{w(REVIEW_FROM)}以上", "报县教育局审核同意后接受", f"县教育局{REVIEW_DAYS}个工作日内答复", ("grade",)),
    ("价值确认", "有购置发票的新设备、物资", "按照发票金额确认", f"验收合格后{ASSET_DAYS}日内登记固定资产", ("val_1", "book")),
    ("^", f"出厂年限不超过{OLD_MAX}年的旧设备", f"原购置价格×成新率（出厂每满1年减少{STEP}%）",
     f"验收合格后{ASSET_DAYS}日内登记固定资产", ("val_2", "book")),
    ("^", "无购置发票的设备、物资", "按照同类产品市场价格确认", f"验收合格后{ASSET_DAYS}日内登记固定资产", ("val_3", "book")),
    ("^", "资金", "按照实际到账金额确认", f"到账后{FUNDS_DAYS}个工作日内入账", ("val_4", "book")),
    ("冠名", f"累计确认价值{w(ROOM_FROM)}以上", "经县教育局批准冠名1个实训室", f"不超过{ROOM_YEARS}年", ("naming",)),
    ("^", f"累计确认价值{w(CENTRE_FROM)}以上", "经县教育局批准冠名实训中心", f"不超过{CENTRE_YEARS}年", ("naming",)),
]
WIDTHS = [1.9, 4.0, 4.0, 3.0, 2.9]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：湄潭县为真实地名，文号、学校、标准、期限、日期、人员和电话均为虚构，仅用于问答系统评测；"
             "所引《中华人民共和国公益事业捐赠法》《中华人民共和国职业教育法》为真实法律。")

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "laws": LAWS,
    "phones": [c[2] for c in CONTACTS],
    "grade": f"单笔捐赠确认价值不足{w(SCHOOL_BELOW)}的，由学校校长办公会研究决定",
    "old": f"成新率按照出厂每满1年减少{STEP}%计算",
    "naming": f"累计捐赠确认价值{w(ROOM_FROM)}以上的",
    "effect": f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年",
    "catch_up": cn_date(CATCH_UP_BY, week=True),
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
    """how the 公示 cites the 办法: 第九条 / 第六条第（三）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    t = next(t for _, k, t in ARTICLES if k == key)
    return t.replace("{refuse}", art_no("refuse"))


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
    """the annex body rows as the source writes them ("^" where a cell spans from above); 依据 as 第X条[第（Y）项][、第Z条]"""
    return [[a, b, c, d, "、".join(cite(k) for k in keys)] for a, b, c, d, keys in ANNEX]


def annex_read():
    rows = annex_rows()
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if c == "^":
                r[j] = rows[i - 1][j]
    return rows


def source():
    L = [f"@red {x}" for x in ISSUERS] + ["@red 文件", "@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
                                          "@n 各职业学校，县直有关单位："]
    L += [f"现将《{RULES}》印发给你们，请认真贯彻执行。",
          f"本办法施行前已接受捐赠但尚未办理入账、备案手续的，各职业学校应当于{cn_date(CATCH_UP_BY, week=True)}前按照本办法补办"
          f"（不适用本办法{art_no('grade')}规定的{FILE_DAYS}个工作日）。",
          f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；受赠资产管理：{CONTACTS[1][0]}{CONTACTS[1][1]}，"
          f"电话：{CONTACTS[1][2]}；公益事业捐赠票据：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。",
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
    path = fodt("make_meitan_doc.py", NAME, source(), TITLE, NOTE_TEXT)
    convert(path, "doc:MS Word 97")
    shutil.rmtree(os.path.dirname(path))
    n = numbering()
    print("wrote", os.path.join(OUT_DIR, NAME + ".doc"), sum(1 for v in n.values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
