#!/usr/bin/env python3
"""Write fresh47/shenqiu-dashi-banfa.txt (虚构测试文档，非真实政策): a county's 管理办法 as text copied out of its PDF.

    cd fresh47/src && python3 make_shenqiu_txt.py

New shape of this round: per region **(a) a county's / district's 技能大师工作室 建设（认定）管理办法 as published** — a short
印发通知 (issuers, 文号, date, 主送, the first 申报 window, contacts) and the 办法: what a 技能大师工作室 is and how it is named, who
does what, **the conditions of the master who runs it (领办人 / 领衔人: 等级 or title, years in the trade, an age bound, apprentices
in recent years) and of the host unit (依托单位: years registered, floor area, equipment, team, matching funds)**, how many a unit
and a year, the papers, **the procedure with day counts, a pass mark and a yearly cap**, what happens to those that pass beyond the
cap, the 建设期 and **the yearly tasks** (apprentices, training 人次, 攻关 projects), **the money — a 建设资助 paid in instalments,
a reward for an excellent result, an allowance per apprentice promoted (or per month) with a yearly cap** —, its use and what it
may not pay, the yearly 考核 and the final 验收 with grades and what each brings, removal and its ban, 施行 and 有效期 (试行期), and
an annex — **and (b) that region's 命名 / 认定 result with the money allocated** (the workshops named with their master, trade,
grade, host, score and yearly tasks, the first instalment each and in total; the ones that did not pass and why; worked allowance
examples and the cap; the 建设期 and its dates; requirements; contacts). This is part (a) of the dev pair:
沈丘县人力资源和社会保障局　沈丘县财政局关于印发《沈丘县技能大师工作室建设管理办法》的通知 (沈人社〔2026〕11号, 2026年3月18日).

**Layout: the text as a reader copies it out of the county's PDF** (UTF-8, LF): the 红头 lines, the 文号, the title in three lines,
the notice and the 办法 **broken hard at 28 characters a line (a digit or Latin letter half a character), 22 lines a page as the
公文 standard sets them**, each page closed by its number line `— N —` (so a sentence runs over a page break), 章 headings and
`第X条` at the start of a line, items `（一）` likewise, and the annex 评审指标 as copied from a PDF table: a row a line, cells
separated by spaces, a long 评审要点 going on in indented lines. The note in the last lines.

ARTICLES, the figures and the helpers (cn(), cn_date(), w(), numbering(), art_no(), cite(), printed(), text()) are read by
make_shenqiu_docx.py (the 命名通知 cites the 条 by number and restates the standards) and by ../check_fresh47.py.
"""
import datetime
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)

NAME = "shenqiu-dashi-banfa"
NOTE = "虚构测试文档，非真实政策"
COUNTY = "沈丘县"
ISSUERS = ["沈丘县人力资源和社会保障局", "沈丘县财政局"]
DOC_NO = "沈人社〔2026〕11号"
D = datetime.date
DATE_D = D(2026, 3, 18)
RULES = "沈丘县技能大师工作室建设管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "沈丘县技能大师工作室评审指标"
LAW = "《中华人民共和国职业教育法》"   # real national law
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
LINE = 28          # characters a line (公文: 28 a line, 22 lines a page)
PAGE = 22


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


DATE = cn_date(DATE_D)

# figures of the 办法
TRADE_YEARS = 10                # 领办人: 在本职业（工种）岗位连续工作满10年
AGE_MAX = 55                    # 申报时不超过55周岁
APPRENTICES_3Y = 5              # 近3年带徒不少于5名
APPRENTICES_3Y_CERT = 3         # 其中取得中级工以上证书的不少于3名
REG_YEARS = 2                   # 依托单位: 在本县依法登记注册满2年
AREA = 80                       # 不少于80平方米
EQUIPMENT = 200000              # 设备价值不少于20万元
TEAM, TEAM_SENIOR = 5, 2        # 团队成员不少于5名，其中技师以上等级的不少于2名
MATCH = 50                      # 配套投入不低于资助资金的50%
PER_UNIT = 2                    # 同一依托单位申报的工作室不超过2个
APPLY_DAYS = 20                 # 申报期不少于20日
CHECK_DAYS = 10                 # 申报期结束后10个工作日内完成资格初审
EXPERTS = 5                     # 不少于5名专家
PASS = 75                       # 评审得分75分以上的为合格
YEAR_CAP = 4                    # 每年命名不超过4个
PUBLICITY = 7                   # 公示7日 (calendar days)
TERM_YEARS = 2                  # 建设期2年，自命名次月1日起计算
TASKS = {"apprentices": 3, "months": 6, "trainees": 100, "projects": 1, "materials": 1}
PROMOTED_END = 4                # 建设期满，徒弟取得高一等级证书累计不少于4名
CHANGE_DAYS = 30                # 领办人不能履职 → 30日内提出调整意见
GRANT = 100000                  # 建设资助 每个10万元
FIRST_SHARE = 60                # 命名后拨付60%，验收合格后拨付40%
EXCELLENT_REWARD = 20000        # 验收优秀另给予2万元奖励
ALLOWANCE = {"中级工": 1000, "高级工": 1500, "技师": 2000}   # 带徒津贴 per apprentice promoted, to the 领办人
ALLOWANCE_CAP = 10000           # 每个工作室每年带徒津贴不超过1万元
CLAIM_BY = (1, 31)              # 每年1月31日前申领上一年度的带徒津贴
PAY_DAYS = 15                   # 依托单位收到资金后15日内足额发放
ASSESS_MONTH = 2                # 每年2月年度考核
FIX_MONTHS = 3                  # 年度考核不合格 → 限期3个月整改
CHECK_MONTHS = 3                # 建设期满后3个月内期满验收
EXCELLENT, GOOD = 90, 75        # 验收: 优秀90分以上，合格75分以上不足90分
BAN_YEARS = 3                   # 弄虚作假 → 3年内不得再次申报
EFFECTIVE = D(2026, 4, 1)
VALID_YEARS = 3
APPLY_START, APPLY_END = D(2026, 4, 13), D(2026, 5, 12)   # the 2026 申报 window, announced in the 印发通知
CONTACTS = [("县人社局职业能力建设股", "郜明远", "0394-5218637"),
            ("县财政局社会保障股", "于春燕", "0394-5213092")]

AL = "、".join(f"取得{k}的每名{v}元" for k, v in ALLOWANCE.items())
ARTICLES = [
    ("chap", "c1", "第一章　总则"),
    ("art", "purpose", "为发挥高技能人才在技术攻关、技艺传承和技能培训中的示范带动作用，规范技能大师工作室建设和管理，根据"
     f"{LAW}和国家有关规定，结合本县实际，制定本办法。"),
    ("art", "define", "本办法所称技能大师工作室（以下简称工作室），是指依托本县企业、职业院校或者其他单位（以下简称依托单位）设立，"
     "以技能大师（以下称领办人）为核心，开展带徒培养、技术攻关、技艺传承和技能推广的工作平台。工作室按照“沈丘县＋领办人姓名＋"
     "技能大师工作室”的格式命名。"),
    ("art", "duties", "县人力资源和社会保障局（以下简称县人社局）负责工作室的申报受理、评审命名、考核验收和日常管理；县财政局负责"
     "资助资金的预算安排、拨付和监督；依托单位为工作室提供场所、设备和经费保障，对工作室的日常运行负主体责任。"),
    ("art", "principle", "工作室建设坚持按需设立、择优命名、动态管理的原则，优先支持本县主导产业和紧缺职业（工种）。"),
    ("chap", "c2", "第二章　申报条件"),
    ("art", "leader", "领办人应当具备下列条件："),
    ("item", "leader_1", "取得本职业（工种）技师以上职业技能等级证书或者职业资格证书，或者获得县级以上“技术能手”称号；"),
    ("item", "leader_2", f"在本职业（工种）岗位连续工作满{TRADE_YEARS}年，申报时不超过{AGE_MAX}周岁；"),
    ("item", "leader_3", f"近3年带徒不少于{APPRENTICES_3Y}名，其中取得中级工以上证书的不少于{APPRENTICES_3Y_CERT}名；"),
    ("item", "leader_4", "在本行业有绝技绝活，或者取得过技术革新、技术攻关成果。"),
    ("art", "host", "依托单位应当具备下列条件："),
    ("item", "host_1", f"在本县依法登记注册满{REG_YEARS}年，近3年未发生重大生产安全事故，未被列入严重失信主体名单；"),
    ("item", "host_2", f"能为工作室提供不少于{AREA}平方米的固定场所，工作室设备价值不少于{w(EQUIPMENT)}；"),
    ("item", "host_3", f"工作室团队成员不少于{TEAM}名，其中技师以上等级的不少于{TEAM_SENIOR}名；"),
    ("item", "host_4", f"承诺按照不低于资助资金{MATCH}%的比例配套投入建设经费。"),
    ("art", "limit", f"同一依托单位申报的工作室不超过{PER_UNIT}个，同一领办人只能领办1个工作室。已命名为市级以上技能大师工作室的，"
     "不再重复命名县级工作室。"),
    ("chap", "c3", "第三章　申报和评审"),
    ("art", "call", f"县人社局每年发布工作室申报通知，明确申报的职业（工种）范围和申报时间，申报期不少于{APPLY_DAYS}日。"),
    ("art", "papers", "申报工作室应当提交下列材料："),
    ("item", "pp_1", "技能大师工作室申报表；"),
    ("item", "pp_2", "领办人职业技能等级证书或者职业资格证书、获得称号的证明材料；"),
    ("item", "pp_3", "工作室团队成员名单；"),
    ("item", "pp_4", "场所产权证明或者租赁合同、主要设备清单；"),
    ("item", "pp_5", "近3年带徒协议和徒弟取得证书情况；"),
    ("item", "pp_6", "工作室两年建设方案。"),
    ("art", "review", f"县人社局在申报期结束后{CHECK_DAYS}个工作日内完成资格初审。通过初审的，由县人社局组织不少于{EXPERTS}名专家"
     f"按照附件《{TABLE_TITLE}》进行评审，去掉一个最高分和一个最低分后取平均分作为评审得分，评审得分{PASS}分以上的为合格。"
     f"每年命名不超过{YEAR_CAP}个，合格的按评审得分从高到低确定拟命名工作室；得分相同的，领办人职业技能等级高的优先。"),
    ("art", "publicity", f"拟命名名单在县人社局网站公示{PUBLICITY}日。公示无异议的，由县人社局、县财政局联合发文命名并授牌。评审合格"
     "但未进入当年命名数量的，列入后备名单，下一年度可以不再提交申报材料，直接参加评审。"),
    ("chap", "c4", "第四章　建设任务"),
    ("art", "term", f"工作室建设期为{TERM_YEARS}年，自命名次月1日起计算。"),
    ("art", "tasks", "建设期内，工作室每年应当完成下列任务："),
    ("item", "task_1", f"带徒不少于{TASKS['apprentices']}名，与徒弟签订带徒协议，带徒期限不少于{TASKS['months']}个月；"),
    ("item", "task_2", f"开展技能培训或者技术交流不少于{TASKS['trainees']}人次；"),
    ("item", "task_3", f"承担或者参与技术攻关、技术革新项目不少于{TASKS['projects']}项；"),
    ("item", "task_4", f"总结整理绝技绝活、操作法或者培训教材不少于{TASKS['materials']}项。"),
    ("art", "promoted", f"建设期满时，工作室所带徒弟中取得高一等级职业技能等级证书的累计不少于{PROMOTED_END}名。"),
    ("art", "change", f"领办人调离本县或者因病等原因不能履职的，依托单位应当在{CHANGE_DAYS}日内提出调整意见，经县人社局同意后更换"
     "领办人，工作室按新领办人姓名重新命名；不能更换的，撤销命名。"),
    ("chap", "c5", "第五章　资助和津贴"),
    ("art", "grant", f"对命名的工作室，给予每个{w(GRANT)}建设资助，分两次拨付：命名后拨付{FIRST_SHARE}%，建设期满验收合格后拨付"
     f"{100 - FIRST_SHARE}%。期满验收为优秀的，另给予{w(EXCELLENT_REWARD)}奖励。"),
    ("art", "use", "资助资金主要用于工作室设备购置和维护、带徒培养、技术攻关、培训教材开发和交流研修，不得用于人员工资、奖金、"
     "招待费和罚款。"),
    ("art", "allowance", f"建设期内，领办人所带徒弟取得高一等级职业技能等级证书的，按照{AL}的标准给予领办人带徒津贴。同一徒弟在建设期"
     f"内只计算一次，每个工作室每年带徒津贴不超过{w(ALLOWANCE_CAP)}。"),
    ("art", "claim", f"带徒津贴每年申领一次。工作室应当在每年{CLAIM_BY[0]}月{CLAIM_BY[1]}日前向县人社局提交上一年度徒弟取得证书情况，"
     f"经县人社局审核后，由县财政局拨付至依托单位，依托单位在收到资金后{PAY_DAYS}日内足额发放给领办人。"),
    ("chap", "c6", "第六章　考核和验收"),
    ("art", "assess", f"县人社局每年{ASSESS_MONTH}月对工作室上一年度任务完成情况进行考核，考核结果分为合格和不合格。年度考核不合格的，"
     f"限期{FIX_MONTHS}个月整改。"),
    ("art", "final", f"建设期满后{CHECK_MONTHS}个月内，县人社局组织期满验收，验收结果分为优秀（{EXCELLENT}分以上）、合格（{GOOD}分以上"
     f"不足{EXCELLENT}分）、不合格（不足{GOOD}分）三个等次。验收不合格的，剩余{100 - FIRST_SHARE}%资助资金不予拨付；依托单位配套投入"
     "未到位的，按不合格处理。"),
    ("art", "revoke", "工作室有下列情形之一的，撤销命名："),
    ("item", "revoke_1", "申报或者验收中弄虚作假的；"),
    ("item", "revoke_2", "连续2年年度考核不合格的；"),
    ("item", "revoke_3", "依托单位注销或者不再为工作室提供保障的；"),
    ("item", "revoke_4", "领办人不能履职且不能更换的。"),
    ("art", "revoke_do", f"因弄虚作假被撤销命名的，追回已拨付的资助资金和带徒津贴，依托单位和领办人{BAN_YEARS}年内不得再次申报。"),
    ("chap", "c7", "第七章　附则"),
    ("art", "explain", "本办法由县人社局、县财政局负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。"),
]

# the annex: (序号, 评审指标, 分值, 评审要点)
SCORE_ROWS = [
    ("领办人技能水平", 25, "高级技师或者获得市级以上技术能手称号的得25分，技师或者获得县级技术能手称号的得18分"),
    ("带徒业绩", 20, f"近3年带徒{APPRENTICES_3Y}名的得12分，每增加1名加2分，最高20分"),
    ("技术创新和攻关成果", 20, "取得县级以上技术革新或者技术攻关成果的，每项得5分，最高20分"),
    ("团队建设", 15, f"团队{TEAM}名、其中技师以上{TEAM_SENIOR}名的得9分，每增加1名技师以上成员加2分，最高15分"),
    ("场所和设备", 10, f"场所{AREA}平方米、设备价值{w(EQUIPMENT)}的得6分，场所或者设备每增加50%加2分，最高10分"),
    ("建设方案", 10, "目标任务明确、措施可行、配套经费落实的，由专家综合评分"),
]
HEAD = ["序号", "评审指标", "分值", "评审要点"]
TABLE_NOTE = f"注：评审得分为去掉一个最高分和一个最低分后的平均分，保留一位小数；{PASS}分以上为合格。"

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "law": LAW,
    "phones": [c[2] for c in CONTACTS],
    "grant": f"给予每个{w(GRANT)}建设资助",
    "shares": f"命名后拨付{FIRST_SHARE}%，建设期满验收合格后拨付{100 - FIRST_SHARE}%",
    "allowance": AL,
    "cap": f"每个工作室每年带徒津贴不超过{w(ALLOWANCE_CAP)}",
    "pass": f"评审得分{PASS}分以上的为合格",
    "year_cap": f"每年命名不超过{YEAR_CAP}个",
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
    """how the 命名通知 cites the 办法: 第十条 / 第五条第（二）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def printed():
    """every 章 heading, 条 and item as the text shows them (for the checker)"""
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


def width(s):
    return sum(0.5 if ord(c) < 128 else 1 for c in s)


def wrap(s, first="　　", rest="", size=LINE):
    """a paragraph broken hard at {size} characters (half for ASCII), never before a closing mark"""
    out, cur = [], first
    for c in s:
        if width(cur + c) > size and c not in "，。；：、）”》":
            out.append(cur)
            cur = rest
        cur += c
    out.append(cur)
    return out


def notice():
    """the 印发通知 as (kind, text) paragraphs: c centred, n no indent, p indented, r right"""
    return [
        ("c", ISSUERS[0]), ("c", ISSUERS[1]), ("c", "文件"),
        ("c", DOC_NO),
        ("c", f"{'　'.join(ISSUERS)}"), ("c", f"关于印发《{RULES}》"), ("c", "的通知"),
        ("n", "各乡镇人民政府、街道办事处，县直有关单位，各有关企业、职业院校："),
        ("p", f"现将《{RULES}》印发给你们，请结合实际认真贯彻执行。本县2026年度技能大师工作室申报时间为"
              f"{cn_date(APPLY_START, week=True)}至{cn_date(APPLY_END, False, True)}，申报的职业（工种）范围和申报表另行通知。"),
        ("p", f"联系单位：{CONTACTS[0][0]}，联系人：{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；资助资金拨付请联系{CONTACTS[1][0]}，"
              f"联系人：{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}。"),
        ("c", ""),
        ("p", f"附件：{TABLE_TITLE}"),
        ("r", ISSUERS[0] + "　" + ISSUERS[1]), ("r", DATE), ("c", ""),
        ("p", "（此件公开发布）"),
    ]


def body_lines():
    """the text lines before pagination"""
    out = []
    for kind, t in notice():
        if kind == "c":
            pad = max(0, int((LINE - width(t)) // 2))
            out.append("　" * pad + t if t else "")
        elif kind == "r":
            out.append("　" * max(0, int(LINE - width(t) - 2)) + t)
        elif kind == "n":
            out += wrap(t, first="")
        else:
            out += wrap(t)
    out.append("<PB>")
    out.append("　" * int((LINE - width(RULES)) // 2) + RULES)
    out.append("")
    nums = numbering()
    for lvl, key, t in ARTICLES:
        if lvl == "chap":
            out.append("　" * int((LINE - width(t)) // 2) + t)
        elif lvl == "art":
            out += wrap(f"{art_no(key)}　{t}")
        else:
            out += wrap(f"（{cn(nums[key][1])}）{t}")
    out.append("<PB>")
    out.append("附件")
    out.append("")
    out.append("　" * int((LINE - width(TABLE_TITLE)) // 2) + TABLE_TITLE)
    out.append("")
    out.append("　".join(HEAD))
    for k, (item, pts, rule) in enumerate(SCORE_ROWS, 1):
        head = f"{k}　{item}　{pts}　"
        lines = wrap(rule, first=head, rest="　　　　　　", size=LINE)
        out += lines
    out.append(f"合计　　{sum(r[1] for r in SCORE_ROWS)}")
    out += wrap(TABLE_NOTE, first="")
    return out


FICTION_LINES = [f"（本文件为{NOTE}：沈丘县为真实地名，文号、条件、资助标准、日期、人员和电话均为虚构，仅用于问答系统评测；",
                 f"所引{LAW}为真实法律。）", NOTE + "。"]


def pages():
    """the lines split into pages of PAGE lines; <PB> starts a new page"""
    ps, cur = [], []
    for l in body_lines() + [""] + [x for f in FICTION_LINES for x in wrap(f, first="")]:
        if l == "<PB>":
            ps.append(cur)
            cur = []
            continue
        if len(cur) == PAGE:
            ps.append(cur)
            cur = []
        cur.append(l)
    ps.append(cur)
    return ps


def render():
    out = []
    for n, p in enumerate(pages(), 1):
        while p and not p[-1]:
            p = p[:-1]
        out += p
        out += ["", f"— {n} —", ""]
    # the note as the very last lines (after the last page number, as a copy from the reader adds nothing after it)
    return "\n".join(out).rstrip("\n") + "\n"


def main():
    t = render()
    assert all(width(l) <= LINE + 1 for l in t.splitlines()), [l for l in t.splitlines() if width(l) > LINE + 1][:3]
    with open(os.path.join(OUT_DIR, NAME + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(t)
    print("wrote", os.path.join(OUT_DIR, NAME + ".txt"), len(pages()), "pages")


if __name__ == "__main__":
    main()
