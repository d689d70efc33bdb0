#!/usr/bin/env python3
"""Write fresh48/jinxian-tiexi-banfa.docx (虚构测试文档，非真实政策): a county's 贷款贴息管理办法 with its 印发通知, as a .docx whose
article numbers come from Word's automatic list numbering.

    cd fresh48/src && python3 make_jinxian_docx.py      (needs soffice; run no other soffice at the same time)

New shape of this round: per region **(a) a county's 产教融合项目贷款贴息 管理办法 / 实施细则 as published** — a short 印发通知
(issuers, 文号, date, 主送, the first 申报 window, contacts) and the rules: what the 贴息 is and which projects it serves, who does
what, **the conditions of the firm and of the loan** (years registered, the 项目库 / 重点项目名单, a 校企合作协议 and the students
taken in for 实习实训, the lender, the loan's term and size), **what is never subsidised** (罚息, 复利, 展期 or 逾期 interest, loans
subsidised already, loans put to another use, loans not from a bank), **the standard — a share of the interest actually paid (dev)
or a rate on the principal for the days used, bounded by a share of the interest (held out) — with a rate ceiling or a bound,
a higher share for 产教融合型企业 (dev), a yearly cap per firm or per project and a term in years**, the procedure with day counts
(申报期, 核实 / 初审, 审核 / 复核, 公示, 拨付, objections), the ledger, claw-back and its ban, early repayment, 施行 / 试行 and
有效期 / 试行期, and an annex — **and (b) that region's result of the year with the money** — the firms, schools, banks, loans,
rates, interest paid, what may be subsidised, the share or rate, the amount per loan and per firm or project (a table with row
spans), **the firms that did not pass and why**, **worked examples, one of them over the yearly cap**, the totals, the 公示 and
payment dates that follow, the years left of the term, contacts. This is part (a) of the dev pair:
进贤县财政局　进贤县发展和改革委员会　进贤县教育体育局关于印发《进贤县产教融合项目贷款贴息管理办法》的通知 (进财金〔2026〕7号,
2026年2月27日).

**Layout: a `.docx` written by LibreOffice whose 第X条 and （X） are Word automatic list numbering, not typed text** (this file →
`src/jinxian-tiexi-banfa.src.txt` → `../../tools/make_fodt.py` (unchanged: `@art` / `@item`, list style "Art" → `numbering.xml`
with `第%1条` / `（%2）`) → the note put into the meta → `soffice --convert-to docx:"MS Word 2007 XML"`): 红头 of the three issuers
with `文件`, the 文号 over a red rule, the title, 主送, the notice, the 落款, `（此件公开发布）`; then on a new page the 办法 — 章
headings as literal centred text, **every 条 and item a numbered list paragraph whose number Word draws** (`soffice … txt:Text`
prints it: `第五条 申请…`, `（一） 在本县…`) —; then on a new page the annex 工作流程及时限表, **a table whose 责任单位 and 时限 cells
span rows** (`^` in the source, `table:number-rows-spanned` in the ODT, `w:vMerge` in the .docx); the note in small print.

ARTICLES, the figures and the helpers (cn(), cn_date(), numbering(), art_no(), cite(), printed(), text()) are read by
make_jinxian_html.py (the 公示 cites the 条 by number and restates the standards) and by ../check_fresh48.py; fodt() and convert()
are reused by the other generators.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
EVAL = os.path.dirname(OUT_DIR)

NAME = "jinxian-tiexi-banfa"
NOTE = "虚构测试文档，非真实政策"
COUNTY = "进贤县"
ISSUERS = ["进贤县财政局", "进贤县发展和改革委员会", "进贤县教育体育局"]
DOC_NO = "进财金〔2026〕7号"
D = datetime.date
DATE_D = D(2026, 2, 27)
RULES = "进贤县产教融合项目贷款贴息管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "进贤县产教融合项目贷款贴息工作流程及时限表"
BASIS = "《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）"   # real national document
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"


def cn(n):
    """1..99 → 一 … 九十九"""
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(d, year=True, week=False):
    s = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
    return s + (f"（星期{WEEK[d.weekday()]}）" if week else "")


def w(x):
    return f"{x // 10000}万元" if x % 10000 == 0 else f"{x}元"


def add_workdays(d, n):
    """the n-th working day (Monday to Friday) after d"""
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


DATE = cn_date(DATE_D)

# figures of the 办法
REG_YEARS = 1                   # 在本县依法登记注册满1年
COOP_YEARS = 3                  # 校企合作协议 合作期限不少于3年
INTERNS = 20                    # 上一年度接收学生实习实训不少于20人
LOAN_YEARS = 1                  # 借款期限1年以上（含1年）
MIN_LOAN = 100                  # 单笔贷款金额不少于100万元
SHARE = 50                      # 上一年度实际付息额的50%
SHARE_PLUS = 60                 # 县级以上产教融合型企业 60%
RATE_CAP = 4                    # 年利率高于4%的，按4%折算可贴息付息额
CAP = 300000                    # 每家企业每年贴息总额不超过30万元
PER_YEAR_LOANS = 3              # 同一企业每年申报贴息的贷款不超过3笔
TERM_YEARS = 2                  # 同一笔贷款贴息期限累计不超过2个年度
APPLY_MONTH = 3                 # 县财政局每年3月发布申报通知
APPLY_DAYS = 15                 # 申报期不少于15日
CHECK_DAYS = 10                 # 申报期结束后10个工作日内 核实
REVIEW_DAYS = 10                # 收到核实意见后10个工作日内 审核确定
PUBLICITY = 5                   # 公示5个工作日
PAY_DAYS = 15                   # 公示期满后15个工作日内 拨付
RECHECK_DAYS = 10               # 有异议的，10个工作日内复核
KEEP_YEARS = 5                  # 资料保存不少于5年
BAN_YEARS = 5                   # 骗取 → 5年内不再受理
EFFECTIVE = D(2026, 3, 1)
VALID_YEARS = 3
APPLY_START, APPLY_END = D(2026, 3, 23), D(2026, 4, 10)   # the first 申报 window (2025年度), announced in the 印发通知
OFFICE = "县行政服务中心3楼308室"
CONTACTS = [("县财政局金融股", "涂文斌", "0791-85672318"),
            ("县发展改革委社会发展股", "熊晓琴", "0791-85671406"),
            ("县教育体育局职业教育股", "万志强", "0791-85668925")]

ARTICLES = [
    ("chap", "c1", "第一章　总则"),
    ("art", "purpose", "为引导企业加大产教融合投入，支持企业与职业院校共建实训基地、购置实训设备、建设学生实习实训场所，降低企业"
     f"融资成本，根据{BASIS}和国家有关规定，结合本县实际，制定本办法。"),
    ("art", "define", "本办法所称产教融合项目贷款贴息（以下简称贴息），是指县财政对企业为实施产教融合项目向银行业金融机构借入的贷款，"
     "按照企业实际付息额的一定比例给予的补助。本办法所称产教融合项目，是指企业与职业院校合作建设的实训基地、实训车间、学生实习"
     "实训场所和实训设备购置项目。"),
    ("art", "duties", "县财政局负责贴息资金的预算安排、审核拨付和监督检查；县发展和改革委员会（以下简称县发展改革委）负责产教融合"
     "项目入库审核；县教育体育局负责核实校企合作协议履行和学生实习实训情况；贷款银行负责出具贷款发放和付息证明。"),
    ("art", "principle", "贴息遵循先付后贴、据实核定、总额控制、公开透明的原则，所需资金在县级财政年度预算中安排。"),
    ("chap", "c2", "第二章　贴息对象和条件"),
    ("art", "cond", "申请贴息的企业应当同时具备下列条件："),
    ("item", "cond_1", f"在本县依法登记注册满{REG_YEARS}年，近3年未被列入严重失信主体名单；"),
    ("item", "cond_2", "贷款所投项目已纳入县产教融合项目库；"),
    ("item", "cond_3", f"与本县职业院校签订校企合作协议，合作期限不少于{COOP_YEARS}年，上一年度接收学生实习实训不少于{INTERNS}人；"),
    ("item", "cond_4", f"贷款由县内银行业金融机构发放，借款期限{LOAN_YEARS}年以上（含{LOAN_YEARS}年），单笔贷款金额不少于"
     f"{MIN_LOAN}万元；"),
    ("item", "cond_5", "贷款资金按照合同约定用于产教融合项目。"),
    ("art", "exclude", "下列贷款或者付息额不予贴息："),
    ("item", "ex_1", "贷款逾期期间的付息额以及罚息、复利；"),
    ("item", "ex_2", "已享受其他财政贴息的同一笔贷款；"),
    ("item", "ex_3", "改变贷款用途的贷款；"),
    ("item", "ex_4", "企业之间借款、民间借贷等非银行业金融机构的借款。"),
    ("art", "limit", f"同一企业每年申报贴息的贷款不超过{PER_YEAR_LOANS}笔。同一笔贷款贴息期限累计不超过{TERM_YEARS}个年度，"
     "自首次享受贴息的年度起计算。"),
    ("chap", "c3", "第三章　贴息标准"),
    ("art", "share", f"贴息按照企业上一年度实际付息额的{SHARE}%给予。经认定的县级以上产教融合型企业，贴息比例提高到{SHARE_PLUS}%。"),
    ("art", "ratecap", f"贷款实际执行年利率高于{RATE_CAP}%的，以实际付息额乘以{RATE_CAP}%再除以实际执行年利率，作为可贴息付息额。"),
    ("art", "cap", f"每家企业每年贴息总额不超过{w(CAP)}。年度申报贴息总额超过当年预算的，按照同一比例核减。"),
    ("chap", "c4", "第四章　申报和审核"),
    ("art", "call", f"贴息每年申报一次，申报上一年度的实际付息额。县财政局每年{APPLY_MONTH}月发布申报通知，申报期不少于"
     f"{APPLY_DAYS}日。"),
    ("art", "papers", "申请贴息应当提交下列材料："),
    ("item", "pp_1", "产教融合项目贷款贴息申请表；"),
    ("item", "pp_2", "营业执照复印件；"),
    ("item", "pp_3", "贷款合同、借款借据复印件；"),
    ("item", "pp_4", "贷款银行出具的上一年度付息凭证（结息单）；"),
    ("item", "pp_5", "校企合作协议和上一年度接收学生实习实训名单；"),
    ("item", "pp_6", "未享受其他财政贴息的承诺书。"),
    ("art", "review", f"县发展改革委、县教育体育局在申报期结束后{CHECK_DAYS}个工作日内分别完成项目入库情况和校企合作情况核实，"
     f"将核实意见送县财政局。县财政局在收到核实意见后{REVIEW_DAYS}个工作日内审核确定贴息金额。"),
    ("art", "publicity", f"拟贴息企业名单和贴息金额在县人民政府门户网站公示{PUBLICITY}个工作日。公示无异议的，县财政局在公示期满后"
     f"{PAY_DAYS}个工作日内将贴息资金直接拨付至企业基本账户。"),
    ("art", "objection", f"公示期间有异议的，由县财政局会同县发展改革委、县教育体育局在{RECHECK_DAYS}个工作日内复核，复核结果书面告知"
     "提出异议的单位或者个人。"),
    ("chap", "c5", "第五章　监督管理"),
    ("art", "ledger", f"企业应当建立贷款使用台账，贷款合同、付息凭证等资料保存不少于{KEEP_YEARS}年，接受财政、审计部门监督检查。"),
    ("art", "fraud", "企业以虚报、伪造材料等方式骗取贴息资金的，由县财政局追回已拨付的贴息资金，"
     f"{BAN_YEARS}年内不再受理其贴息申请；涉嫌犯罪的，移送司法机关处理。"),
    ("art", "early", "企业提前归还贷款的，按照实际付息额计算贴息。"),
    ("art", "perf", "县财政局每年对贴息资金使用效果开展绩效评价，评价结果作为调整贴息政策的依据。"),
    ("chap", "c6", "第六章　附则"),
    ("art", "incl", "本办法所称“以上”“不少于”“满”，均包含本数。"),
    ("art", "explain", "本办法由县财政局会同县发展改革委、县教育体育局负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。本办法施行前发放、2025年度已实际付息的贷款，"
     "可以按照本办法申请贴息。"),
]

# the annex 工作流程及时限表: (环节, 责任单位, 时限, 依据 keys); "^" = the cell above spans this row too
FLOW = [
    ("发布申报通知", "县财政局", f"每年{APPLY_MONTH}月", ["call"]),
    ("企业提交申报材料", "申报企业", f"申报期不少于{APPLY_DAYS}日", ["call", "papers"]),
    ("项目入库情况核实", "县发展改革委", f"申报期结束后{CHECK_DAYS}个工作日内", ["review"]),
    ("校企合作情况核实", "县教育体育局", "^", "^"),
    ("审核确定贴息金额", "县财政局", f"收到核实意见后{REVIEW_DAYS}个工作日内", ["review"]),
    ("公示", "^", f"{PUBLICITY}个工作日", ["publicity"]),
    ("拨付贴息资金", "^", f"公示期满后{PAY_DAYS}个工作日内", ["publicity"]),
    ("公示异议复核", "县财政局会同县发展改革委、县教育体育局", f"收到异议后{RECHECK_DAYS}个工作日内", ["objection"]),
]
HEAD = ["序号", "环节", "责任单位", "时限", "依据"]
WIDTHS = [1.2, 3.6, 4.4, 4.4, 2.4]

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "basis": BASIS,
    "phones": [c[2] for c in CONTACTS],
    "share": f"贴息按照企业上一年度实际付息额的{SHARE}%给予",
    "plus": f"贴息比例提高到{SHARE_PLUS}%",
    "ratecap": f"贷款实际执行年利率高于{RATE_CAP}%的",
    "cap": f"每家企业每年贴息总额不超过{w(CAP)}",
    "term": f"同一笔贷款贴息期限累计不超过{TERM_YEARS}个年度",
    "effect": f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年",
    "window": f"{cn_date(APPLY_START, week=True)}至{cn_date(APPLY_END, False, True)}",
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
    """how the 公示 cites the 办法: 第十三条 / 第五条第（二）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def printed():
    """every 章 heading, 条 and item as the .docx shows them (the numbers drawn by Word)"""
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


def flow_rows():
    """the annex rows as the source writes them (序号, 环节, 责任单位, 时限, 依据 as 第X条、第Y条)"""
    out = []
    for k, (step, unit, limit, keys) in enumerate(FLOW, 1):
        basis = "^" if keys == "^" else "、".join(art_no(x) for x in keys)
        out.append([str(k), step, unit, limit, basis])
    return out


def flow_read():
    """the annex rows with every spanned cell filled from the one above (what the table means)"""
    rows = flow_rows()
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if c == "^":
                r[j] = rows[i - 1][j]
    return rows


NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：进贤县为真实地名，文号、条件、贴息标准、日期、人员和电话均为虚构，仅用于问答系统评测；"
             "所引国办发〔2017〕95号为真实文件。")


def source():
    L = [f"@red {x}" for x in ISSUERS] + ["@red 文件", "@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
                                          "@n 各乡镇人民政府，县直有关单位，各银行业金融机构，各有关企业、职业院校："]
    L += [f"现将《{RULES}》印发给你们，请认真贯彻执行。",
          f"2025年度产教融合项目贷款贴息申报时间为{cn_date(APPLY_START, week=True)}至{cn_date(APPLY_END, False, True)}。申报企业"
          f"按照本办法{art_no('papers')}的规定准备申报材料，报送{CONTACTS[0][0]}（{OFFICE}）。",
          f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；项目入库：{CONTACTS[1][0]}{CONTACTS[1][1]}，"
          f"电话：{CONTACTS[1][2]}；校企合作核实：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。",
          "@blank", f"附件：{TABLE_TITLE}", "@blank"]
    L += [f"@r {x}" for x in ISSUERS] + [f"@r {DATE}", "@blank", "（此件公开发布）", "@pb", f"@title {RULES}"]
    for lvl, key, t in ARTICLES:
        L.append({"chap": "@chap ", "art": "@art ", "item": "@item "}[lvl] + t)
    L += ["@pb", "@n 附件", f"@title {TABLE_TITLE}", "@table " + " ".join(str(x) for x in WIDTHS),
          "| " + " | ".join(HEAD) + " |"]
    L += ["| " + " | ".join(r) + " |" for r in flow_rows()]
    L += ["@endtable", "@blank", f"@small {NOTE_TEXT}", f"@small {NOTE}。"]
    return L


def fodt(src_name, basename, lines, title, note_text, note=NOTE):
    """src lines → src/<basename>.src.txt → make_fodt → the note into the meta; returns the .fodt path (in a temp dir)"""
    src = os.path.join(HERE, basename + ".src.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"% {note} — written by {src_name}; do not edit by hand\n" + "\n".join(lines) + "\n")
    tmp = tempfile.mkdtemp()
    shutil.copy(src, tmp)
    subprocess.run([sys.executable, os.path.join(EVAL, "tools", "make_fodt.py"), os.path.join(tmp, basename + ".src.txt")],
                   check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, basename + ".fodt")
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"<dc:title>.*?</dc:title>", f"<dc:title>{title}</dc:title><dc:subject>{note}</dc:subject>"
               f"<dc:description>{note_text}</dc:description>", t, count=1)
    open(path, "w", encoding="utf-8").write(t)
    return path


def convert(path, fmt, out_dir=OUT_DIR):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", out_dir, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    path = fodt("make_jinxian_docx.py", NAME, source(), TITLE, NOTE_TEXT)
    convert(path, 'docx:MS Word 2007 XML')
    shutil.rmtree(os.path.dirname(path))
    n = numbering()
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"), sum(1 for v in n.values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
