#!/usr/bin/env python3
"""Write fresh46/fangshan-pingjia-banfa.html (虚构测试文档，非真实政策): a district portal page holding a 管理办法.

    cd fresh46/src && python3 make_fangshan_html.py

New shape of this round: per region **(a) a district's / county's 职业技能等级认定 社会培训评价组织（评价机构）遴选管理办法 as
published** (what an 评价组织 is, who does what, **the basic and the professional conditions** — years registered, seats, floor
area, 考评人员 and 督导员 per 职业（工种）, experience —, how many 职业（工种） and which 等级, who is excluded, **the 遴选 procedure
with day counts, the pass mark and a cap of organisations per 职业（工种）**, the 目录 and its term, **认定 rules** — plan days ahead,
examiners per candidates, supervision share, certificates, fees —, **subsidies** — a 评价补贴 per certificate by 等级 with a markup
for 紧缺 occupations, claims and a yearly cap, a one-off 场地建设补助 by the number of 职业（工种） —, the yearly 质量评估 with its
grades and what they bring, removal, 施行 and 有效期, and an annex 评分表) **and (b) that region's 遴选结果公告** (the organisations
that passed with type, score, 职业（工种） and 等级, examiners and 督导员; those that did not and why; the 场地建设补助 per organisation
and in total; worked 评价补贴 examples; the first 认定 dates with their plan deadlines and an estimate; contacts). This is part (a)
of the dev pair: 房山区人力资源和社会保障局　房山区财政局关于印发《房山区职业技能等级认定社会培训评价组织遴选管理办法》的通知
(房人社发〔2026〕19号, 2026年4月9日).

**Layout: a page of the district government's portal** (UTF-8): site header and navigation, `当前位置` crumb, title, an info line
(发布时间 / 来源 / 字号), the 印发通知 in `<p>`s, then **the 办法 in nested `<div>`s** — `<div class="bf-zhang">` per 章 holding its
heading `<div class="bf-zhang-hd">` and `<div class="bf-tiao">` per 条, each with `<span class="bf-tiao-no">第X条</span>`, its text in
`<div class="bf-tiao-bd">` and its items in `<div class="bf-kuan">` (number in a `<span>`) —, then **the annex 评分表 as a `<table>`
whose 评审项目 cells span their rows (`rowspan`)** and a 合计 row spanning columns (`colspan`), the 附件下载 line, 【打印本页】【关闭窗口】
and the footer (主办 / 承办, 网站标识码; **no ICP line**, which would name the municipality by its abbreviation). The note is in an
HTML comment and in the page's last lines.

ARTICLES, the figures and the helpers (cn(), cn_date(), w(), numbering(), art_no(), cite(), printed(), text()) are read by
make_fangshan_md.py (the 公告 cites the 条 by number and restates the standards) and by ../check_fresh46.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)

NAME = "fangshan-pingjia-banfa"
NOTE = "虚构测试文档，非真实政策"
DISTRICT = "房山区"
ISSUERS = ["房山区人力资源和社会保障局", "房山区财政局"]
DOC_NO = "房人社发〔2026〕19号"
D = datetime.date
DATE_D = D(2026, 4, 9)
RULES = "房山区职业技能等级认定社会培训评价组织遴选管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "房山区社会培训评价组织遴选评分表"
LAW = "《中华人民共和国就业促进法》"   # real national law
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
PUBLISHED = "2026-04-10 09:30"


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
REG_YEARS = 3                   # 登记注册满3年
SEATS = 40                      # 理论考场不少于40个机位
AREA = 200                      # 每个申报职业（工种）的实操场地面积不少于200平方米
EXAMINERS = 5                   # 每个申报职业（工种）配备不少于5名考评人员
SENIOR = 2                      # 其中高级工以上等级或者中级以上职称的不少于2名
SUPERVISORS = 2                 # 专职质量督导员不少于2名
EXPERIENCE = 300                # 近2年累计开展职业技能培训或者评价不少于300人次
MAX_JOBS = 5                    # 每家申报的职业（工种）不超过5个
LEVELS = ["初级工", "中级工", "高级工"]
BAN_YEARS = 3                   # 被移出目录未满3年的不予遴选; 3年内不得再次申报
APPLY_DAYS = 15                 # 申报期不少于15个工作日
CHECK_DAYS = 10                 # 申报期结束后10个工作日内完成资格审查
EXPERTS = 5                     # 不少于5名专家
PASS = 70                       # 评审得分70分以上的为评审合格
PER_JOB = 3                     # 同一职业（工种）不超过3家
PUBLICITY = 5                   # 公示5个工作日
TERM_YEARS = 3                  # 目录有效期3年
CHANGE_DAYS = 30                # 自变化之日起30日内报告
PLAN_DAYS = 10                  # 每次认定10个工作日前报送认定计划
EXAM_RATIO = (30, 2)            # 理论知识考试每30名考生至少配备2名监考人员
SKILL_RATIO = (10, 1, 3)        # 操作技能考核每10名考生至少配备1名考评人员，每场不少于3名
SUPERVISE_SHARE = 30            # 不低于认定场次30%的比例随机派员现场督导
CERT_DAYS = 15                  # 认定结束后15个工作日内完成成绩公示和证书核发
SUBSIDY = {"初级工": 500, "中级工": 800, "高级工": 1200}   # 评价补贴 per certificate, to the 评价组织
UPLIFT = 20                     # 紧缺职业（工种） → 上浮20%
CLAIM_DAYS = 15                 # 每季度结束后15个工作日内申领
CAP = 400000                    # 同一评价组织每年评价补贴不超过40万元
CAP_EXCELLENT = 500000          # 评估优秀 → 下一年度上限提高到50万元
BUILD_MANY, BUILD_MIN = 3, 3    # 认定职业（工种）3个及以上 …
BUILD = {"many": 50000, "few": 30000}   # 场地建设补助: 3个及以上每家5万元, 1至2个每家3万元
SUSPEND_MONTHS = 3              # 评估不合格 → 暂停认定3个月
EFFECTIVE = D(2026, 5, 1)
VALID_YEARS = 5
APPLY_START, APPLY_END = D(2026, 5, 11), D(2026, 6, 5)   # the 2026 申报 window, announced in the 印发通知
CONTACTS = [("区人社局职业能力建设科", "闫淑华", "010-69361274"),
            ("区职业技能评价指导中心", "贾文博", "010-81312659")]

LV = "、".join(LEVELS)
ARTICLES = [
    ("chap", "c1", "第一章　总则"),
    ("art", "purpose", "为规范职业技能等级认定社会培训评价组织（以下简称评价组织）遴选和管理，提高职业技能等级认定质量，根据"
     f"{LAW}和国家关于职业技能等级认定的有关规定，结合本区实际，制定本办法。"),
    ("art", "define", "本办法所称评价组织，是指经区人力资源和社会保障局（以下简称区人社局）遴选并纳入本区社会培训评价组织目录（以下简称"
     "目录），面向社会劳动者开展职业技能等级认定并颁发职业技能等级证书的职业院校、职业培训机构、企业和社会组织。用人单位仅对本单位职工"
     "开展职业技能等级认定的，不适用本办法。"),
    ("art", "principle", "评价组织遴选坚持公开、公平、择优和动态管理的原则，遴选工作不向申报单位收费。"),
    ("art", "duties", "区人社局负责评价组织的遴选、目录管理和监督检查；区财政局负责评价补贴和场地建设补助资金的预算安排和监督；区职业"
     "技能评价指导中心（以下简称区评价指导中心）负责认定计划备案、质量督导和补贴申领材料的初审。"),
    ("chap", "c2", "第二章　遴选条件"),
    ("art", "basic", "申报评价组织应当具备下列基本条件："),
    ("item", "basic_1", f"在本区依法登记注册满{REG_YEARS}年，具有独立法人资格；"),
    ("item", "basic_2", "近3年未被列入严重失信主体名单，未因职业技能评价违规行为受到行政处罚；"),
    ("item", "basic_3", "有健全的考务管理、质量督导、证书管理和档案管理制度。"),
    ("art", "pro", "申报评价组织还应当具备下列专业条件："),
    ("item", "pro_1", f"有固定的认定场所，理论考场不少于{SEATS}个机位，每个申报职业（工种）的实操场地面积不少于{AREA}平方米，设施设备"
     "满足考核要求；"),
    ("item", "pro_2", f"每个申报职业（工种）配备不少于{EXAMINERS}名考评人员，其中具有该职业（工种）高级工以上等级或者相关专业中级以上"
     f"职称的不少于{SENIOR}名；"),
    ("item", "pro_3", f"配备不少于{SUPERVISORS}名专职质量督导员；"),
    ("item", "pro_4", f"近2年累计开展职业技能培训或者评价不少于{EXPERIENCE}人次。"),
    ("art", "scope", f"每家评价组织申报的职业（工种）不超过{MAX_JOBS}个，认定等级为{LV}。技师、高级技师的认定另行规定。"),
    ("art", "exclude", "有下列情形之一的，不予遴选："),
    ("item", "exclude_1", f"被移出目录未满{BAN_YEARS}年的；"),
    ("item", "exclude_2", "申报材料弄虚作假的；"),
    ("item", "exclude_3", "申报的职业（工种）属于准入类职业资格的。"),
    ("chap", "c3", "第三章　遴选程序"),
    ("art", "call", "区人社局根据本区产业发展和劳动者技能提升需求，原则上每年发布一次遴选公告，明确申报的职业（工种）范围和申报时间，"
     f"申报期不少于{APPLY_DAYS}个工作日。"),
    ("art", "papers", "申报评价组织应当提交下列材料："),
    ("item", "pp_1", "社会培训评价组织遴选申报表；"),
    ("item", "pp_2", "营业执照或者法人登记证书复印件；"),
    ("item", "pp_3", "认定场所产权证明或者租赁合同；"),
    ("item", "pp_4", "考评人员和专职质量督导员名单及其等级、职称证明；"),
    ("item", "pp_5", "考务管理、质量督导和证书管理制度。"),
    ("art", "review", f"区人社局在申报期结束后{CHECK_DAYS}个工作日内完成资格审查。通过资格审查的，由区人社局组织不少于{EXPERTS}名专家"
     f"按照附件《{TABLE_TITLE}》进行评审，取专家评分的平均分作为评审得分，评审得分{PASS}分以上的为评审合格。同一职业（工种）评审合格的"
     f"评价组织超过{PER_JOB}家的，按评审得分从高到低确定不超过{PER_JOB}家。"),
    ("art", "publicity", f"遴选结果在区人社局网站公示{PUBLICITY}个工作日。公示无异议的，纳入目录并向社会公告。目录有效期{TERM_YEARS}年，"
     "期满重新遴选。"),
    ("art", "change", f"评价组织的名称、法定代表人或者认定场所发生变化的，应当自变化之日起{CHANGE_DAYS}日内向区人社局报告；需要新增职业"
     "（工种）的，在下一次遴选时申报。"),
    ("chap", "c4", "第四章　认定实施"),
    ("art", "plan", f"评价组织应当在每次认定{PLAN_DAYS}个工作日前，向区评价指导中心报送认定计划，写明认定的职业（工种）、等级、人数、"
     "时间、地点和考评人员。未报送认定计划的，不得组织认定。"),
    ("art", "ratio", f"理论知识考试每{EXAM_RATIO[0]}名考生至少配备{EXAM_RATIO[1]}名监考人员；操作技能考核每{SKILL_RATIO[0]}名考生至少"
     f"配备{SKILL_RATIO[1]}名考评人员，每场不少于{SKILL_RATIO[2]}名。考评人员与考生有利害关系的，不得担任该考生的考评人员。"),
    ("art", "supervise", f"区评价指导中心按照不低于认定场次{SUPERVISE_SHARE}%的比例随机派员现场督导；评价组织的专职质量督导员应当"
     "全程督导本组织的每场认定。"),
    ("art", "cert", f"评价组织应当在认定结束后{CERT_DAYS}个工作日内完成成绩公示和证书核发，并按规定上传证书信息。"),
    ("art", "fee", "评价组织收取认定费用的，应当公示收费项目和标准；对已申领评价补贴的劳动者，不得再向其本人收取认定费用。"),
    ("chap", "c5", "第五章　补贴政策"),
    ("art", "subsidy", "在本区居住或者就业的劳动者，通过评价组织认定取得职业技能等级证书的，按照"
     + "、".join(f"{k}每人{v}元" for k, v in SUBSIDY.items()) + "的标准给予评价组织评价补贴。认定的职业（工种）列入本区当年紧缺"
     f"职业（工种）目录的，补贴标准上浮{UPLIFT}%。"),
    ("art", "once", "同一劳动者同一职业（工种）同一等级只能享受一次评价补贴，每人每年最多享受一次。"),
    ("art", "claim", f"评价补贴按季度申领。评价组织应当在每季度结束后{CLAIM_DAYS}个工作日内，向区评价指导中心提交补贴申领材料，经区评价"
     f"指导中心初审、区人社局审核后，由区财政局拨付。同一评价组织每年享受的评价补贴不超过{w(CAP)}。"),
    ("art", "build", f"对首次纳入目录的评价组织，按照认定职业（工种）{BUILD_MANY}个及以上的每家{w(BUILD['many'])}、1至2个的每家"
     f"{w(BUILD['few'])}的标准，一次性给予场地建设补助，在其首次认定结束后拨付。"),
    ("chap", "c6", "第六章　监督管理"),
    ("art", "assess", "区人社局每年12月对评价组织开展年度质量评估，评估结果分为优秀、合格、不合格三个等次。评估优秀的，下一年度评价补贴"
     f"上限提高到{w(CAP_EXCELLENT)}；评估不合格的，暂停认定{SUSPEND_MONTHS}个月并限期整改。"),
    ("art", "remove", "评价组织有下列情形之一的，移出目录："),
    ("item", "remove_1", "弄虚作假、违规颁发职业技能等级证书的；"),
    ("item", "remove_2", "未按规定配备考评人员或者拒不接受质量督导的；"),
    ("item", "remove_3", "连续2年年度质量评估不合格的。"),
    ("art", "remove_do", f"移出目录的评价组织，{BAN_YEARS}年内不得再次申报；以欺骗手段取得的补贴资金，依法追回。"),
    ("chap", "c7", "第七章　附则"),
    ("art", "explain", "本办法由区人社局负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。"),
]
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "law": LAW,
    "phones": [c[2] for c in CONTACTS],
    "subsidy": "、".join(f"{k}每人{v}元" for k, v in SUBSIDY.items()),
    "uplift": f"补贴标准上浮{UPLIFT}%",
    "pass": f"评审得分{PASS}分以上的为评审合格",
    "per_job": f"按评审得分从高到低确定不超过{PER_JOB}家",
    "cap": f"同一评价组织每年享受的评价补贴不超过{w(CAP)}",
    "build": f"{BUILD_MANY}个及以上的每家{w(BUILD['many'])}、1至2个的每家{w(BUILD['few'])}",
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
    """how the 公告 cites the 办法: 第十一条 / 第五条第（一）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


# the annex 评分表: (评审项目, 评审内容, 分值, 评分标准); 评审项目 spans its rows, its points in the label
SCORE_ROWS = [
    ("基础条件", "登记注册和法人资格", 5, f"符合{cite('basic_1')}的得5分"),
    ("基础条件", "社会信用", 5, "近3年无不良信用记录的得5分"),
    ("基础条件", "管理制度", 5, "考务、督导、证书、档案制度齐全的得5分，每缺一项扣1分"),
    ("考评队伍", "考评人员数量", 15, f"每个申报职业（工种）{EXAMINERS}名的得10分，每增加1名加1分，最高15分"),
    ("考评队伍", "考评人员等级和职称", 10, f"高级工以上等级或者中级以上职称人员每个职业（工种）{SENIOR}名的得6分，每增加1名加1分，最高10分"),
    ("考评队伍", "专职质量督导员", 5, f"{SUPERVISORS}名的得3分，每增加1名加1分，最高5分"),
    ("场地设备", "理论考场", 10, f"机位{SEATS}个的得6分，每增加10个加1分，最高10分"),
    ("场地设备", "实操场地和设备", 15, "场地面积、工位数量和设备满足考核要求，由专家综合评分"),
    ("评价经验", "培训和评价业绩", 12, f"近2年{EXPERIENCE}人次的得6分，每增加100人次加1分，最高12分"),
    ("评价经验", "考核方案和试题", 8, "有各申报职业（工种）、等级的考核方案和试题的得8分"),
    ("服务能力", "服务承诺和收费公示", 10, "承诺公示收费项目和标准、提供咨询和投诉渠道的得10分"),
]
HEAD = ["评审项目", "评审内容", "分值", "评分标准"]


def groups():
    """评审项目 → points (each 评审项目's rows added up)"""
    out = {}
    for g, _, p, _ in SCORE_ROWS:
        out[g] = out.get(g, 0) + p
    return out


def table_rows():
    """the 评分表's body rows as the page shows them: the 评审项目 label with its points, once per group (rowspan)"""
    gs = groups()
    out, last = [], None
    for g, item, p, rule in SCORE_ROWS:
        out.append([f"{g}（{gs[g]}分）" if g != last else "^", item, str(p), rule])
        last = g
    return out



def printed():
    """every 章 heading, 条 and item as the page shows them (for the checker)"""
    out = []
    for lvl, key, t in ARTICLES:
        if lvl == "chap":
            out.append(t)
        elif lvl == "art":
            out.append(f"{art_no(key)}{t}")
        else:
            out.append(f"（{cn(numbering()[key][1])}）{t}")
    return out


def text(key):
    return next(t for _, k, t in ARTICLES if k == key)


E = html.escape


def notice():
    """the 印发通知's paragraphs"""
    return [
        ("c", DOC_NO),
        ("n", "各乡镇人民政府、街道办事处，区有关单位，各职业院校、职业培训机构，有关企业和社会组织："),
        ("p", f"为规范职业技能等级认定社会培训评价组织的遴选和管理，经区政府同意，现将《{RULES}》印发给你们，请认真贯彻执行。"
              f"本区2026年评价组织遴选的申报时间为{cn_date(APPLY_START, week=True)}至{cn_date(APPLY_END, False, True)}，遴选公告"
              "另行发布。"),
        ("p", f"联系单位：{CONTACTS[0][0]}，联系人：{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；认定计划和补贴申领请联系"
              f"{CONTACTS[1][0]}，联系人：{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}。"),
        ("n", f"附件：{TABLE_TITLE}"),
        ("r", ISSUERS[0]), ("r", ISSUERS[1]), ("r", DATE), ("n", "（此件公开发布）"),
    ]


def body_html():
    o = []
    for kind, t in notice():
        style = {"c": ' style="text-align:center;"', "r": ' style="text-align:right;"', "n": "",
                 "p": ' style="text-indent:2em;"'}[kind]
        o.append(f"<p{style}>{E(t)}</p>")
    o.append('<div class="bf-wrap">')
    o.append(f'<div class="bf-title">{E(RULES)}</div>')
    open_chap = open_art = False
    nums = numbering()
    for lvl, key, t in ARTICLES:
        if lvl == "chap":
            if open_art:
                o.append("</div></div>")
                open_art = False
            if open_chap:
                o.append("</div>")
            o.append(f'<div class="bf-zhang"><div class="bf-zhang-hd">{E(t)}</div>')
            open_chap = True
        elif lvl == "art":
            if open_art:
                o.append("</div></div>")
            o.append(f'<div class="bf-tiao"><div class="bf-tiao-hd"><span class="bf-tiao-no">{art_no(key)}</span></div>'
                     f'<div class="bf-tiao-bd"><div class="bf-tiao-txt">{E(t)}</div>')
            open_art = True
        else:
            o.append(f'<div class="bf-kuan"><span class="bf-kuan-no">（{cn(nums[key][1])}）</span>'
                     f'<span class="bf-kuan-txt">{E(t)}</span></div>')
    o.append("</div></div></div>")   # last 条's body and 条, last 章
    o.append("</div>")                # bf-wrap
    # the annex
    o.append('<div class="fj-box"><p class="fj-label">附件</p>')
    o.append(f'<p class="fj-title">{E(TABLE_TITLE)}</p>')
    o.append('<table class="pf-table" border="1" cellspacing="0" cellpadding="4">')
    o.append("<tr>" + "".join(f"<th>{E(h)}</th>" for h in HEAD) + "</tr>")
    gs = groups()
    rows = table_rows()
    for k, r in enumerate(rows):
        cells = []
        if r[0] != "^":
            span = 1
            while k + span < len(rows) and rows[k + span][0] == "^":
                span += 1
            cells.append(f'<td rowspan="{span}">{E(r[0])}</td>' if span > 1 else f"<td>{E(r[0])}</td>")
        cells += [f"<td>{E(c)}</td>" for c in r[1:]]
        o.append("<tr>" + "".join(cells) + "</tr>")
    o.append(f'<tr><td colspan="2">合计</td><td>{sum(gs.values())}</td><td>评审得分取专家评分的平均分，{PASS}分以上为合格</td></tr>')
    o.append("</table>")
    o.append("<p>注：评审得分保留一位小数。</p></div>")
    return "\n".join(o)


STYLE = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#222;background:#f4f6f9;}
.top{background:#a5211c;color:#fff;padding:14px 0;} .top .logo{width:1100px;margin:0 auto;font-size:26px;letter-spacing:2px;}
.nav{background:#8b1712;} .nav ul{width:1100px;margin:0 auto;padding:0;list-style:none;} .nav li{display:inline-block;padding:10px 22px;}
.nav a{color:#fff;text-decoration:none;} .main{width:1100px;margin:12px auto;background:#fff;padding:24px 40px;}
.position{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px;} h1.xl-title{font-size:22px;text-align:center;}
.xl-info{font-size:13px;color:#888;text-align:center;border-bottom:1px dashed #ccc;padding-bottom:10px;}
.bf-title{font-size:20px;font-weight:bold;text-align:center;margin:30px 0 14px;} .bf-zhang-hd{text-align:center;font-weight:bold;margin:14px 0 8px;}
.bf-tiao{display:flex;margin:6px 0;} .bf-tiao-hd{flex:0 0 4.5em;font-weight:bold;} .bf-tiao-bd{flex:1;}
.bf-kuan{margin:2px 0 2px 2em;} .pf-table{border-collapse:collapse;width:100%;font-size:14px;} .pf-table th{background:#f0f0f0;}
.footer{background:#333;color:#bbb;font-size:12px;text-align:center;padding:16px 0;line-height:24px;}"""


def page():
    crumb = ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmwj/">部门文件</a>'
             ' &gt; <a href="/zwgk/bmwj/rsj/">区人力社保局</a></div>')
    nav = "".join(f'<li><a href="/{h}/">{t}</a></li>' for h, t in
                  [("", "首页"), ("zwgk", "政务公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("zjfs", "走进房山")])
    fiction = (f"本页为{NOTE}：房山区为真实地名，文号、评价组织条件、补贴标准、日期、人员和电话均为虚构，仅用于问答系统评测；所引{LAW}"
               "为真实法律。")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(TITLE)}_部门文件_房山区人民政府</title>
<meta name="ArticleTitle" content="{E(TITLE)}">
<meta name="PubDate" content="{PUBLISHED}">
<meta name="ContentSource" content="{ISSUERS[0]}">
<!-- {fiction}{NOTE}。 -->
<style>
{STYLE}
</style>
<script>function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="top"><div class="logo">房山区人民政府</div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="main">
{crumb}
<h1 class="xl-title">{E(TITLE)}</h1>
<div class="xl-info">发布时间：{PUBLISHED}　来源：{ISSUERS[0]}　字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="xl-content" id="zoom">
{body_html()}
</div>
<div class="xl-fj">附件下载：<a href="/zwgk/bmwj/rsj/202604/P020260410.docx">{E(TABLE_TITLE)}.docx</a></div>
<div class="xl-tools">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">主办：房山区人民政府办公室　承办：房山区政务服务和数据管理局<br>网站标识码：1101110006<br>{fiction}<br>{NOTE}。</div>
</body>
</html>
"""


def main():
    with open(os.path.join(OUT_DIR, NAME + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    print("wrote", os.path.join(OUT_DIR, NAME + ".html"))


if __name__ == "__main__":
    main()
