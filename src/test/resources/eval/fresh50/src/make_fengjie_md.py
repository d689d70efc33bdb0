#!/usr/bin/env python3
"""Write fresh50/fengjie-juanzeng-xize.md (虚构测试文档，非真实政策): the held-out county's 接受捐赠管理实施细则（试行） with its
印发通知, as a Markdown page of a 政府信息公开 file library.

    cd fresh50/src && python3 make_fengjie_md.py

Part (a) of the held-out pair (same parts as the dev 办法, in other words and figures: 条 without 章, a 登记表 instead of a letter
of intent, three tiers written with 以下 / 超过 instead of 不足 / 以上, a 主管部门 per kind of school, 折旧 by a yearly rate with a
part-year counted as a whole year instead of a 成新率 per full year, a 第三方评估单位 instead of a market price, other days and
thresholds, 冠名 of a 实训室 / 实训基地, a quarterly 通报 instead of a half-yearly 公示, 试行期 instead of 有效期).

**Layout: Markdown as a county file library exports a page**: the title as `#`, **the page's metadata grid as a pipe table**
(索引号 / 主题分类 / 发布机构 / 成文日期 / 文号 / 发布日期 / 有效性, two pairs a row), 主送, the notice, the 附件 lines, the 落款,
then `##` the 细则 with **each 条 typed as `**第X条**`** and its items as plain lines `（一）…`, then the two annexes: **a blank form
(捐赠登记表) as a pipe table of label / empty value cells** and **a pipe table whose spanned cells came out empty on the rows they
covered** (the 类别 of a group written on its first row only); the note in an HTML comment at the top and in the last lines.
"""
import datetime
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, w  # noqa: E402,F401

NAME = "fengjie-juanzeng-xize"
COUNTY = "奉节县"
ISSUERS = ["奉节县教育委员会", "奉节县财政局", "奉节县人力资源和社会保障局"]
DOC_NO = "奉教委发〔2026〕41号"
DATE_D = D(2026, 4, 20)
POSTED_D = D(2026, 4, 22)
DATE = cn_date(DATE_D)
RULES = "奉节县职业院校接受捐赠管理实施细则（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
FORM_TITLE = "奉节县职业院校捐赠登记表"
TABLE_TITLE = "奉节县职业院校受赠审批权限和价值确认表"
BODY_START = "## " + RULES          # the 细则's heading, after the 印发通知's date
ANNEX_START = "附件1\n\n### " + FORM_TITLE
LAW = "《中华人民共和国公益事业捐赠法》"   # real national law, cited as 依据 only
INDEX_NO = "11500236MB1C41073X/2026-00041"

# figures of the 细则
REPLY_DAYS = 7                 # 收到捐赠登记表后7个工作日内 答复
SELF_MAX = 30000               # 单笔3万元以下 院校校务会议研究决定
FILE_DAYS = 3                  # 超过3万元不超过30万元 接受后3个工作日内 报主管部门备案
APPROVE_OVER = 300000          # 超过30万元 报主管部门会同县财政局审批
APPROVE_DAYS = 15              # 主管部门 15个工作日内 作出决定
AGREEMENT_FROM = 5000          # 5000元以上 书面捐赠协议
CHECKERS = 5                   # 验收小组 不少于5人 (其中财务人员1名)
CHECK_DAYS = 7                 # 交付后7个工作日内 验收
OLD_MAX = 6                    # 出厂年限超过6年 不得接受
RATE = 12                      # 年折旧率12%，不满1年的部分按1年计算
FUNDS_DAYS = 3                 # 资金 到账后3个工作日内 入账
ASSET_DAYS = 10                # 设备 验收合格后10个工作日内 登记固定资产
RECEIPT_DAYS = 15              # 到账或者验收合格后15日内 开具公益事业捐赠票据
ROOM_OVER = 200000             # 累计超过20万元 冠名实训室
ROOM_YEARS = 3
BASE_OVER = 800000             # 累计超过80万元 冠名实训基地
BASE_YEARS = 8
SCHOOL_PUB_DAYS = 5            # 接受后5个工作日内 院校公示，公示期不少于5个工作日
REPORT_DAYS = 20               # 每季度结束后20日内 县教委通报
EFFECTIVE = D(2026, 5, 1)
TRIAL_YEARS = 2
LEDGER_BY = D(2026, 5, 29)     # set in the 印发通知: gifts taken before 试行 entered in the ledger by this date
CONTACTS = [("县教委职成科", "谭晓峰", "023-56551873"),
            ("县财政局资产科", "向春燕", "023-56553462"),
            ("县人力资源和社会保障局职业能力建设科", "冉德华", "023-56558019")]

ARTICLES = [
    ("purpose", f"为规范职业院校接受捐赠行为，引导企业通过捐赠设备、资金等方式参与职业教育，根据{LAW}等法律法规，结合我县实际，"
     "制定本细则。"),
    ("scope", "本细则适用于本县中等职业学校和技工学校（以下统称职业院校）接受法人、其他组织和自然人（以下统称捐赠人）无偿捐赠的资金"
     "和物资。"),
    ("duties", "县教育委员会（以下简称县教委）负责中等职业学校受赠的备案、审批和监督，县人力资源和社会保障局负责技工学校受赠的备案、"
     "审批和监督并抄送县教委（以下统称主管部门）；县财政局负责公益事业捐赠票据管理和受赠资产监管；县教委每季度汇总通报全县职业院校"
     "受赠情况。"),
    ("principle", "职业院校接受捐赠应当坚持自愿、无偿、公开、据实的原则，不得与招生、收费挂钩，不得损害学生权益。"),
    ("register", f"捐赠人应当如实填写{FORM_TITLE}（附件1），职业院校应当在收到登记表后{REPLY_DAYS}个工作日内答复是否接受。"),
    ("refuse", "有下列情形之一的，职业院校不得接受捐赠："),
    ("ref_1", "以指定职业院校采购其产品、指定学生实习单位或者其他商业利益为条件的；"),
    ("ref_2", f"出厂年限超过{OLD_MAX}年的设备；"),
    ("ref_3", "存在安全隐患或者不符合国家标准的设备和物资；"),
    ("ref_4", "捐赠人被列入失信被执行人名单的；"),
    ("ref_5", "要求以捐赠人名称冠名职业院校的。"),
    ("grade", f"单笔捐赠价值{w(SELF_MAX)}以下的，由职业院校校务会议研究决定；超过{w(SELF_MAX)}不超过{w(APPROVE_OVER)}的，职业院校"
     f"接受后{FILE_DAYS}个工作日内报主管部门备案；超过{w(APPROVE_OVER)}的，报主管部门会同县财政局审批，主管部门应当在"
     f"{APPROVE_DAYS}个工作日内作出决定。"),
    ("agreement", f"单笔捐赠价值{AGREEMENT_FROM}元以上的，职业院校应当与捐赠人签订书面捐赠协议。"),
    ("inspect", f"受赠物资交付后，职业院校应当组织不少于{CHECKERS}人（其中财务人员1名）的验收小组，在{CHECK_DAYS}个工作日内完成验收。"),
    ("value", "受赠财产价值按照下列规定确认："),
    ("val_1", "新购置的设备、物资，以发票金额确认；"),
    ("val_2", f"旧设备按照原购置价格扣除折旧后确认，年折旧率为{RATE}%，使用年限不满1年的部分按1年计算；"),
    ("val_3", "无发票的设备、物资，以具有资质的第三方评估单位出具的评估价值确认，评估所需费用由职业院校承担；"),
    ("val_4", "资金以实际到账金额确认。"),
    ("book", f"受赠资金应当在到账后{FUNDS_DAYS}个工作日内入账；受赠设备应当在验收合格后{ASSET_DAYS}个工作日内登记固定资产。职业院校"
     f"应当在资金到账或者验收合格后{RECEIPT_DAYS}日内开具公益事业捐赠票据。"),
    ("naming", f"捐赠人向同一职业院校累计捐赠价值超过{w(ROOM_OVER)}的，经主管部门批准可以冠名实训室，冠名期限{ROOM_YEARS}年；累计"
     f"超过{w(BASE_OVER)}的，可以冠名实训基地，冠名期限{BASE_YEARS}年。冠名期满后，捐赠人继续捐赠达到标准的，可以申请延续。"),
    ("use", "受赠资金专款专用。定向捐赠按照协议约定使用；非定向捐赠用于实训条件建设、学生资助和教师培训，不得用于人员经费和接待费用。"),
    ("asset", "受赠设备应当建立资产卡片，粘贴捐赠标识；报废、处置按照规定报县财政局审批。"),
    ("school_pub", f"职业院校应当在接受捐赠后{SCHOOL_PUB_DAYS}个工作日内在校内公示，公示期不少于{SCHOOL_PUB_DAYS}个工作日。"),
    ("report", f"县教委在每季度结束后{REPORT_DAYS}日内，通报上季度全县职业院校受赠情况。"),
    ("ledger", "职业院校应当建立受赠台账，受赠财产管理使用情况纳入年度审计。"),
    ("liable", "职业院校接受本细则{refuse}规定不得接受的捐赠的，由主管部门责令退回，并约谈职业院校主要负责人；逾期备案、逾期开具"
     "票据的，责令限期整改，并在年度考核中扣分。"),
    ("explain", "本细则由县教委会同县财政局、县人力资源和社会保障局负责解释。"),
    ("effect", f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年。"),
]
ITEMS = {"ref_1", "ref_2", "ref_3", "ref_4", "ref_5", "val_1", "val_2", "val_3", "val_4"}
ART_KEYS = [k for k, _ in ARTICLES if k not in ITEMS]

FORM = [["捐赠人名称", "", "统一社会信用代码或者身份证号码", ""],
        ["联系人", "", "联系电话", ""],
        ["捐赠财产名称", "", "规格型号", ""],
        ["数量", "", "出厂日期", ""],
        ["原购置价格（元）", "", "拟捐赠价值（元）", ""],
        ["拟捐赠用途", "", "是否定向捐赠", "□是　□否"],
        ["是否要求冠名", "□是　□否", "捐赠人签字（盖章）", ""],
        ["受赠职业院校意见", "", "日期", ""]]
HEAD = ["类别", "情形", "办理方式", "时限", "依据"]
ANNEX = [
    ("分级办理", f"单笔{w(SELF_MAX)}以下", "职业院校校务会议研究决定", "—", ("grade",)),
    ("", f"超过{w(SELF_MAX)}不超过{w(APPROVE_OVER)}", "接受后报主管部门备案", f"接受后{FILE_DAYS}个工作日内", ("grade",)),
    ("", f"超过{w(APPROVE_OVER)}", "主管部门会同县财政局审批", f"{APPROVE_DAYS}个工作日内作出决定", ("grade",)),
    ("价值确认", "新购置的设备、物资", "发票金额", f"验收合格后{ASSET_DAYS}个工作日内登记固定资产", ("val_1", "book")),
    ("", f"出厂年限不超过{OLD_MAX}年的旧设备", f"原购置价格扣除折旧（年折旧率{RATE}%，不满1年按1年）",
     f"验收合格后{ASSET_DAYS}个工作日内登记固定资产", ("ref_2", "val_2", "book")),
    ("", "无发票的设备、物资", "第三方评估单位出具的评估价值", f"验收合格后{ASSET_DAYS}个工作日内登记固定资产", ("val_3", "book")),
    ("", "资金", "实际到账金额", f"到账后{FUNDS_DAYS}个工作日内入账", ("val_4", "book")),
    ("冠名", f"累计超过{w(ROOM_OVER)}", "主管部门批准冠名实训室", f"{ROOM_YEARS}年", ("naming",)),
    ("", f"累计超过{w(BASE_OVER)}", "主管部门批准冠名实训基地", f"{BASE_YEARS}年", ("naming",)),
]

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：奉节县为真实地名，文号、索引号、标准、期限、日期、人员和电话均为虚构，仅用于问答系统评测；"
             "所引《中华人民共和国公益事业捐赠法》为真实法律。")

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "law": LAW,
    "phones": [c[2] for c in CONTACTS],
    "grade": f"单笔捐赠价值{w(SELF_MAX)}以下的，由职业院校校务会议研究决定",
    "old": f"年折旧率为{RATE}%，使用年限不满1年的部分按1年计算",
    "naming": f"累计捐赠价值超过{w(ROOM_OVER)}的",
    "effect": f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年",
    "ledger": cn_date(LEDGER_BY, week=True),
}


def numbering():
    """key → (条,) for each 条; item keys → (条, item number)"""
    out, a, i = {}, 0, 0
    for key, _ in ARTICLES:
        if key not in ITEMS:
            a, i = a + 1, 0
            out[key] = (a,)
        else:
            i += 1
            out[key] = (a, i)
    return out


def art_no(key):
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    t = next(t for k, t in ARTICLES if k == key)
    return t.replace("{refuse}", art_no("refuse"))


def printed():
    """every 条 and item as the page writes them (the 条 typed in bold `**第X条**`, the items as plain lines)"""
    out = []
    for key, _ in ARTICLES:
        if key in ITEMS:
            out.append(f"（{cn(numbering()[key][1])}）{text(key)}")
        else:
            out.append(f"**{art_no(key)}**　{text(key)}")
    return out


def annex_rows():
    return [[a, b, c, d, "、".join(cite(k) for k in keys)] for a, b, c, d, keys in ANNEX]


def annex_read():
    """the annex rows with each empty 类别 cell taken from the row above (the spanned cell as the export left it)"""
    rows = annex_rows()
    for i, r in enumerate(rows):
        if not r[0]:
            r[0] = rows[i - 1][0]
    return rows


def pipe(rows, head=None):
    out = []
    if head:
        out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(c for c in r) + " |" for r in rows]
    return [x.replace("|  |", "| |") for x in out]


def lines():
    L = [f"<!-- {NOTE_TEXT} -->", "", f"# {TITLE}", ""]
    L += pipe([["发布机构", ISSUERS[0], "成文日期", cn_date(DATE_D)],
               ["文号", DOC_NO, "发布日期", cn_date(POSTED_D)],
               ["主题分类", "教育", "有效性", "有效"]], head=["索引号", INDEX_NO, "信息名称", f"《{RULES}》"])
    L += ["", "各中等职业学校、技工学校，县级有关部门：", "",
          f"现将《{RULES}》印发给你们，请遵照执行。", "",
          f"《细则》试行前已接受的捐赠，不再补办备案、审批手续，但各职业院校应当于{cn_date(LEDGER_BY, week=True)}前将其补录入受赠台账。", "",
          f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；{CONTACTS[1][0]}{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}；"
          f"技工学校受赠事项：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。", "",
          f"附件：1. {FORM_TITLE}", "", f"2. {TABLE_TITLE}", "",
          "　".join(ISSUERS), "", DATE, "", "（此件公开发布）", "", f"## {RULES}", ""]
    for key, _ in ARTICLES:
        if key in ITEMS:
            L += [f"（{cn(numbering()[key][1])}）{text(key)}", ""]
        else:
            L += [f"**{art_no(key)}**　{text(key)}", ""]
    L += ["附件1", "", f"### {FORM_TITLE}", ""]
    L += pipe(FORM[1:], head=FORM[0])
    L += ["", "附件2", "", f"### {TABLE_TITLE}", ""]
    L += pipe(annex_rows(), head=HEAD)
    L += ["", "---", "", NOTE_TEXT, "", NOTE + "。", ""]
    return L


def main():
    path = os.path.join(OUT_DIR, NAME + ".md")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(lines()))
    n = numbering()
    print("wrote", path, sum(1 for v in n.values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
