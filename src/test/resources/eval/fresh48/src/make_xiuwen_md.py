#!/usr/bin/env python3
"""Write fresh48/xiuwen-tiexi-xize.md (虚构测试文档，非真实政策): the held-out county's 贷款贴息 实施细则（试行） with its 印发通知, as a
Markdown file.

    cd fresh48/src && python3 make_xiuwen_md.py

Part (a) of the held-out pair (the shape: see make_jinxian_docx.py). The held-out pair uses other words and numbers where a real
pair would: 实施细则（试行） vs 管理办法, 条 without 章, a 年贴息率 on the principal for the days used bounded by a share of the interest
vs a share of the interest with a rate ceiling, a yearly cap per project vs per firm, a term of 3 years vs 2 年度, other issuers,
conditions, day counts (working days against calendar days), ban, 试行期 vs 有效期, 依据 and annex (worked examples vs the flow).

**Layout: Markdown as a site's export gives it** (UTF-8, LF): a YAML front matter (title, 文号, 发布机构, 成文日期, 主题分类 and the
note), a level-1 heading with the notice's title, the 文号 in bold, 主送, the notice, the 落款, `（此件公开发布）`, a rule `---`; the
细则 under a level-2 heading, **every 条 a paragraph opening with `**第X条**`**, **items as a Markdown bullet list `- （一）…`**, the
annex under a level-3 heading as **a GitHub pipe table** (`| --- |` rule, a 注 under it); the note in the last lines.

ARTICLES, the figures and the helpers are read by make_xiuwen_pdf.py (the 公告 cites the 条 by number and restates the standards) and
by ../check_fresh48.py.
"""
import datetime
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_jinxian_docx as base  # noqa: E402  (cn(), cn_date(), w(), add_workdays())

cn, cn_date, w, add_workdays = base.cn, base.cn_date, base.w, base.add_workdays
NAME = "xiuwen-tiexi-xize"
NOTE = "虚构测试文档，非真实政策"
COUNTY = "修文县"
ISSUERS = ["修文县财政局", "修文县教育局", "修文县人力资源和社会保障局"]
DOC_NO = "修财通〔2026〕15号"
D = datetime.date
DATE_D = D(2026, 4, 8)
DATE = cn_date(DATE_D)
RULES = "修文县产教融合项目贷款贴息实施细则（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "修文县产教融合项目贷款贴息计算示例"
BASIS = "《建设产教融合型企业实施办法（试行）》（发改社会〔2019〕590号）"   # real national document

# figures of the 细则
REG_YEARS = 2                   # 在本县注册登记并依法纳税满2年
COOP_YEARS = 2                  # 与职业院校签订合作协议满2年
INTERNS = 30                    # 上一年度接收学生岗位实习不少于30人
MIN_MONTHS = 6                  # 合同期限6个月以上
MIN_LOAN = 50                   # 单笔金额不少于50万元
RATE = "1.5"                    # 年贴息率1.5%
HALF = 50                       # 不超过实际付息额的50%
YEAR_DAYS = 360                 # ÷360；全年用款的按360天计算
CAP = 400000                    # 每个项目每年贴息不超过40万元
TERM_YEARS = 3                  # 同一项目贴息期限最长3年
APPLY_MONTH = 5                 # 每年5月受理上一年度贴息申请
APPLY_DAYS = 15                 # 受理期15个工作日
CHECK_DAYS = 7                  # 受理期结束后7个工作日内 初审和现场核查
REVIEW_DAYS = 5                 # 收到初审意见后5个工作日内 复核
PUBLICITY = 7                   # 公示7日 (calendar days)
PAY_DAYS = 30                   # 公示期满后30日内 拨付
SAMPLE = 30                     # 每年抽查比例不低于30%
BAN_YEARS = 3                   # 3年内不得申请
EFFECTIVE = D(2026, 5, 1)
TRIAL_YEARS = 2
APPLY_START, APPLY_END = D(2026, 5, 11), D(2026, 5, 29)   # the first 受理期 (2025年度), in the 印发通知
CONTACTS = [("县教育局职成教股", "黎冬梅", "0851-82356107"),
            ("县财政局经济建设股", "罗国华", "0851-82351942")]

ARTICLES = [
    ("art", "purpose", "为推动企业深度参与职业教育，支持企业建设实训基地和学生岗位实习场所，减轻企业融资负担，根据"
     f"{BASIS}等有关规定，结合本县实际，制定本细则。"),
    ("art", "define", "本细则所称贴息，是指对企业为建设县级产教融合重点项目向银行业金融机构取得的贷款，按照年贴息率和实际用款天数"
     "给予的补助。"),
    ("art", "duties", "县教育局负责受理贴息申请，会同县人力资源和社会保障局（以下简称县人社局）开展初审和现场核查；县财政局负责"
     "复核、资金拨付和监督管理。县级产教融合重点项目名单由县产教融合工作领导小组办公室（设在县教育局）每年确定。"),
    ("art", "cond", "申请贴息的企业应当符合下列条件："),
    ("item", "cond_1", f"在本县注册登记并依法纳税满{REG_YEARS}年；"),
    ("item", "cond_2", "贷款建设的项目列入当年县级产教融合重点项目名单；"),
    ("item", "cond_3", f"与职业院校签订合作协议满{COOP_YEARS}年，上一年度接收学生岗位实习不少于{INTERNS}人；"),
    ("item", "cond_4", f"贷款由银行业金融机构发放，合同期限{MIN_MONTHS}个月以上，单笔金额不少于{MIN_LOAN}万元。"),
    ("art", "formula", f"贴息金额按照贷款本金×年贴息率×实际用款天数÷{YEAR_DAYS}计算，年贴息率为{RATE}%。计算结果超过企业实际付息额"
     f"{HALF}%的，按照实际付息额的{HALF}%确定。"),
    ("art", "days", "实际用款天数自贷款发放之日或者上一年度1月1日起，至贷款归还之日或者上一年度12月31日止计算；全年用款的按"
     f"{YEAR_DAYS}天计算。企业提前还款的，按照实际用款天数计算。"),
    ("art", "cap", f"每个项目每年贴息不超过{w(CAP)}。同一项目有多笔贷款的，一并计算。"),
    ("art", "term", f"同一项目贴息期限最长{TERM_YEARS}年，自首次获得贴息的年度起连续计算。"),
    ("art", "exclude", "下列情形不予贴息："),
    ("item", "ex_1", "贷款展期期间的付息额；"),
    ("item", "ex_2", "逾期罚息和复利；"),
    ("item", "ex_3", "已获得市级以上财政贴息的贷款；"),
    ("item", "ex_4", "向企业股东、关联企业借入的资金。"),
    ("art", "call", f"县教育局每年{APPLY_MONTH}月受理上一年度贴息申请，受理期{APPLY_DAYS}个工作日。"),
    ("art", "papers", "申请贴息应当提交下列材料："),
    ("item", "pp_1", "贴息申报表；"),
    ("item", "pp_2", "项目列入县级产教融合重点项目名单的证明；"),
    ("item", "pp_3", "借款合同和放款凭证；"),
    ("item", "pp_4", "贷款银行出具的上一年度付息清单；"),
    ("item", "pp_5", "与职业院校的合作协议和岗位实习学生名单；"),
    ("item", "pp_6", "上一年度完税证明。"),
    ("art", "check", f"县教育局在受理期结束后{CHECK_DAYS}个工作日内，会同县人社局完成初审和现场核查，提出初审意见。"),
    ("art", "review", f"县财政局在收到初审意见后{REVIEW_DAYS}个工作日内完成复核，确定贴息金额。"),
    ("art", "publicity", f"拟贴息项目和金额在县人民政府网站公示{PUBLICITY}日。公示期满无异议的，县财政局在{PAY_DAYS}日内将贴息资金"
     "拨付至企业账户，县财政局、县教育局联合公告分配结果。"),
    ("art", "short", "当年贴息资金不足时，优先保障县级以上产教融合型企业的项目，其余项目按照贴息金额以同一比例分配。"),
    ("art", "use", "企业获得的贴息资金应当用于项目建设和学生实习实训，不得挪作他用。"),
    ("art", "fraud", f"企业以弄虚作假等手段骗取贴息资金的，由县财政局追回，{BAN_YEARS}年内不得申请贴息。"),
    ("art", "sample", f"县财政局、县教育局每年对贴息项目进行抽查，抽查比例不低于{SAMPLE}%。"),
    ("art", "explain", "本细则由县财政局、县教育局负责解释。"),
    ("art", "effect", f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年。"),
]

# the annex 计算示例: (情形, 本金 万元, 实际用款天数, 实际付息额 元)
EXAMPLES = [("示例一：全年用款", 1000, 360, 360000), ("示例二：年中放款", 600, 180, 99000),
            ("示例三：低利率贷款", 400, 360, 100000)]
HEAD = ["情形", "贷款本金（万元）", "实际用款天数", "实际付息额（元）", f"按年贴息率{RATE}%计算（元）", f"实际付息额的{HALF}%（元）",
        "贴息金额（元）"]


def by_rate(wan, days):
    """本金（万元）× 年贴息率 × 天数 ÷ 360, in 元"""
    num = wan * 10000 * int(float(RATE) * 10) * days
    den = 1000 * YEAR_DAYS
    assert num % den == 0, (wan, days)
    return num // den


def half(paid):
    assert paid * HALF % 100 == 0
    return paid * HALF // 100


def grant(wan, days, paid):
    return min(by_rate(wan, days), half(paid))


def table_rows():
    return [[n, str(p), str(d), str(i), str(by_rate(p, d)), str(half(i)), str(grant(p, d, i))] for n, p, d, i in EXAMPLES]


TABLE_NOTE = (f"注：贴息金额取“按年贴息率{RATE}%计算”和“实际付息额的{HALF}%”两者中较低的一项；每个项目每年合计不超过{w(CAP)}。")

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "basis": BASIS,
    "phones": [c[2] for c in CONTACTS],
    "formula": f"贷款本金×年贴息率×实际用款天数÷{YEAR_DAYS}计算，年贴息率为{RATE}%",
    "half": f"按照实际付息额的{HALF}%确定",
    "cap": f"每个项目每年贴息不超过{w(CAP)}",
    "term": f"同一项目贴息期限最长{TERM_YEARS}年",
    "effect": f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年",
    "window": f"{cn_date(APPLY_START, week=True)}至{cn_date(APPLY_END, False, True)}",
}


def numbering():
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
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def printed():
    out = []
    for lvl, key, t in ARTICLES:
        if lvl == "art":
            out.append(f"{art_no(key)}　{t}")
        else:
            out.append(f"（{cn(numbering()[key][1])}）{t}")
    return out


def text(key):
    return next(t for _, k, t in ARTICLES if k == key)


NOTE_LINES = [f"（本文件为{NOTE}：修文县为真实地名，文号、条件、贴息标准、日期、人员和电话均为虚构，仅用于问答系统评测；"
              "所引发改社会〔2019〕590号为真实文件。）", f"{NOTE}。"]


def render():
    L = ["---",
         f"title: {TITLE}",
         f"文号: {DOC_NO}",
         f"发布机构: {ISSUERS[0]}",
         f"成文日期: {DATE_D.isoformat()}",
         "主题分类: 财政、金融、审计 / 职业教育",
         f"note: {NOTE}",
         "---", "",
         f"# {TITLE}", "",
         f"**{DOC_NO}**", "",
         "各乡（镇）人民政府、街道办事处，县直有关部门，各银行业金融机构，有关企业、职业院校：", "",
         f"现将《{RULES}》印发给你们，请遵照执行。", "",
         f"2025年度贴息申请受理时间为{cn_date(APPLY_START, week=True)}至{cn_date(APPLY_END, False, True)}，共{APPLY_DAYS}个工作日，"
         f"申请材料报送{CONTACTS[0][0]}。联系人：{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；贴息资金拨付联系{CONTACTS[1][0]}"
         f"{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}。", "",
         f"附件：{TABLE_TITLE}", "",
         "　".join(ISSUERS), "",
         DATE, "",
         "（此件公开发布）", "",
         "---", "",
         f"## {RULES}", ""]
    nums = numbering()
    prev = None
    for lvl, key, t in ARTICLES:
        if lvl == "art":
            if prev == "item":
                L.append("")
            L += [f"**{art_no(key)}**　{t}", ""]
        else:
            L.append(f"- （{cn(nums[key][1])}）{t}")
        prev = lvl
    if prev == "item":
        L.append("")
    L += ["---", "", "### 附件", "", f"**{TABLE_TITLE}**", "",
          "| " + " | ".join(HEAD) + " |", "| " + " | ".join("---" if i == 0 else "---:" for i in range(len(HEAD))) + " |"]
    L += ["| " + " | ".join(r) + " |" for r in table_rows()]
    L += ["", TABLE_NOTE, "", "---", ""] + [x for n in NOTE_LINES for x in (n, "")]
    return "\n".join(L).rstrip("\n") + "\n"


def main():
    with open(os.path.join(OUT_DIR, NAME + ".md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render())
    print("wrote", os.path.join(OUT_DIR, NAME + ".md"), sum(1 for v in numbering().values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
