#!/usr/bin/env python3
"""Write fresh54/jinghai-xueli-banfa.docx (虚构测试文档，非真实政策): a district's rules for the schooling of the staff of its
firms towards a higher diploma (职工学历提升: part-time 专科 / 本科 continuing education run by the colleges it selects, partly
taught in classrooms inside the firms), the 学杂费补助 it pays after graduation and the grants to the firms' classrooms (企业
教学点), with their 印发通知, as a Word file made by LibreOffice.

    cd fresh54/src && python3 make_jinghai_docx.py      (needs soffice and the Noto CJK fonts)

New shape of the fifty-fifth round: per region **(a) a district's rules / detailed rules for the diploma schooling of the staff of
its firms, run jointly by firms and colleges** — a 印发通知 (issuers, 文号, date, 主送, **the colleges selected for the first
term and the first application date of their own**, contacts, 附件) and the rules: what the schooling and a classroom in a firm
are, who does what, **the conditions of a college, of a classroom in a firm and of a learner (contract, months of social
insurance, age, the level above the diploma held, a listed major)**, who is left out, **the time to graduate**, **the share of the
tuition paid back by level with a cap, a higher share for skilled workers with the cap unchanged**, a one-off allowance for staff
in hardship, **a one-off grant for a new classroom in a firm and a yearly teaching grant a learner with a cap**, the application
windows, the review, the 公示 and the payment in working days, **who the subsidy is paid to when the firm bore the tuition**,
assessment, liabilities, a transitional clause, terms, 施行 / 有效期, and an annex (the majors supported) — **and (b) that
district's list of a batch** (dev: the 拟补助名单 公示 of the first batch). This is part (a) of the dev pair.

**Layout: a `.docx` written by LibreOffice from a flat ODT** (this file → `src/jinghai-xueli-banfa.src.txt` →
`../../tools/make_fodt.py` (unchanged) → `soffice --convert-to docx`): the 红头 and the 文号 over a red rule, the 印发通知 and
its 落款, a page break, the rules with **chapter titles typed (`第一章　总　　则`) and the 条 and their items as Word automatic
numbering (list style `Art`: `第一条` … and `（一）` … are numbering.xml's, not text)**, **a table inside 第十条 (the rates by
level)**, the annex **a table of 12 rows with its header row repeated**; the note in the document's Subject and in small print in
its last lines.
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "jinghai-xueli-banfa"
ISSUERS = ["静海区人力资源和社会保障局", "静海区教育局", "静海区总工会", "静海区财政局"]
DOC_NO = "静人社发〔2026〕6号"
DATE_D = D(2026, 2, 10)
DATE = cn_date(DATE_D)
RULES = "静海区职工学历提升校企合作培养补助办法"
TITLE = f"关于印发《{RULES}》的通知"
TABLE_TITLE = "静海区职工学历提升重点支持专业目录"
BODY_START = RULES
ANNEX_START = "附件" + TABLE_TITLE
LAW = "《中华人民共和国职业教育法》"          # real national law, cited as 依据 only

# the figures of the rules (every one printed below; the 公示 and the checker use them)
MAJORS_MIN = 5                 # 办学院校 开设与本区主导产业相关的专业不少于5个
GRAD_RATE = 85                 # 近3年学历继续教育毕业率不低于85%
SELECT_YEARS = 2               # 办学院校每2年遴选一次
POINT_LEARNERS = 30            # 企业教学点: 同一企业报名学员不少于30人
ROOM_MIN = 60                  # 固定教室面积不少于60平方米
POINT_HOURS = 64               # 每学期在教学点面授不少于64学时
INSURED_MONTHS = 12            # 在本区连续缴纳职工社会保险满12个月
AGE_MAX = 50                   # 入学时不超过50周岁
GRAD_YEARS = 1                 # 学制期满后1年内取得毕业证书
RATE = {"专科": 60, "本科": 50}          # 学杂费补助 比例 (%)
CAP = {"专科": 6000, "本科": 8000}       # 每人最高
SKILL_PLUS = 10                # 技能人才学员 提高10个百分点
HARDSHIP = 1000                # 困难职工 一次性生活补助1000元
POINT_GRANT = 30000            # 新备案的企业教学点 一次性建设补助3万元
TEACH_RATE = 300               # 送教补助 每名在读学员每学年300元
TEACH_CAP = 20000              # 每个企业教学点每学年最高2万元
WINDOWS = {1: (4, 30), 7: (10, 31)}     # 1月毕业 → 4月30日前; 7月毕业 → 10月31日前
REVIEW_DAYS = 20               # 受理截止后20个工作日内完成审核
PUB_DAYS = 5                   # 拟补助名单公示5个工作日
PAY_DAYS = 10                  # 区财政局 收到拨款通知后10个工作日内拨付
FIX_MONTHS = 6                 # 评估不合格的企业教学点 限期6个月整改
BAN_YEARS = 3                  # 弄虚作假 3年内不得申请
FROM_GRAD = D(2026, 1, 1)      # 本办法施行前已入学、2026年1月1日以后取得毕业证书的 可以申请
EFFECTIVE = D(2026, 3, 1)
UNTIL = D(2029, 2, 28)
APPLY_BY = D(2026, 4, 30)      # set in the 印发通知: the first batch (毕业 in January 2026) applies by this date
COLLEGES = ["子牙河职业技术学院", "鸿泰理工学院"]   # the 办学院校 of 2026—2027, named in the 印发通知
CONTACTS = [("区人社局职业能力建设科", "韩振宇", "022-68921547", "学员资格和学杂费补助"),
            ("区教育局职业与成人教育科", "苏婉清", "022-68935106", "办学院校和企业教学点"),
            ("区总工会职工服务中心", "邱立新", "022-68917382", "困难职工生活补助")]
FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：静海区为真实地名，文号、院校、企业、条件、标准、金额、期限、日期、人员和电话均为虚构，"
                "仅用于问答系统评测；所引《中华人民共和国职业教育法》为真实法律。")

LEVELS = ["专科", "本科"]
# the table inside 第十条
RATE_HEAD = ["学历层次", "补助比例", "技能人才学员补助比例", "每人最高补助金额"]


def rate_rows():
    return [[lv, f"{RATE[lv]}%", f"{RATE[lv] + SKILL_PLUS}%", w(CAP[lv])] for lv in LEVELS]


# (level, key, text): chap = 章 heading, art = 条, item = 项 of the 条 before it, table = the rates' table
ARTICLES = [
    ("chap", "c1", "总则"),
    ("art", "purpose", f"为提升本区产业职工学历层次和技术技能水平，推动企业与院校合作培养人才，深化产教融合，根据{LAW}等有关规定，"
                       "结合本区实际，制定本办法。"),
    ("art", "define", "本办法所称职工学历提升，是指本区企业在职职工参加办学院校举办的非全日制专科、本科学历继续教育。本办法所称企业"
                      "教学点，是指办学院校经区教育局备案，在企业内设立、主要面向本企业职工授课的教学场所。"),
    ("art", "duty", "区人社局负责本办法的组织实施，承担学员资格审核和学杂费补助核定工作；区教育局负责办学院校遴选、企业教学点备案和教学"
                    "质量监督；区总工会负责宣传动员和困难职工生活补助发放；区财政局负责补助资金的保障和监督。"),
    ("chap", "c2", "办学院校和企业教学点"),
    ("art", "college", "办学院校应当具备下列条件："),
    ("item", "u_1", "具有学历继续教育招生资格的高等职业学校或者普通本科高校；"),
    ("item", "u_2", f"开设与本区主导产业相关的专业不少于{MAJORS_MIN}个；"),
    ("item", "u_3", f"近3年学历继续教育毕业率不低于{GRAD_RATE}%。"),
    ("art", "select", f"办学院校由区教育局每{SELECT_YEARS}年遴选一次，遴选结果向社会公布。"),
    ("art", "point", f"办学院校可以在企业设立企业教学点。设立企业教学点应当同时满足：同一企业报名学员不少于{POINT_LEARNERS}人，有固定"
                     f"教室且面积不少于{ROOM_MIN}平方米，每学期在教学点面授不少于{POINT_HOURS}学时。"),
    ("chap", "c3", "学员条件"),
    ("art", "learner", "申请学杂费补助的学员应当具备下列条件："),
    ("item", "l_1", "与本区企业签订劳动合同并在岗工作；"),
    ("item", "l_2", f"在本区连续缴纳职工社会保险满{INSURED_MONTHS}个月；"),
    ("item", "l_3", f"入学时不超过{AGE_MAX}周岁；"),
    ("item", "l_4", "所读学历层次高于入学前已有学历；"),
    ("item", "l_5", "所读专业属于本办法附件所列重点支持专业。"),
    ("art", "exclude", "下列人员不纳入补助范围："),
    ("item", "x_1", "机关事业单位在编人员；"),
    ("item", "x_2", "参加全日制学历教育的；"),
    ("item", "x_3", "同一学历层次已享受过其他财政性学杂费补助的。"),
    ("art", "graduate", f"学员应当在规定学制期满后{GRAD_YEARS}年内取得毕业证书；逾期取得的，不予补助。"),
    ("chap", "c4", "补助标准"),
    ("art", "rate", f"学杂费补助按照学员实际缴纳的学杂费计算：专科每人按学杂费的{RATE['专科']}%补助，最高{CAP['专科']}元；本科每人按学杂费的"
                    f"{RATE['本科']}%补助，最高{CAP['本科']}元。补助标准如下表："),
    ("table", "t_rate", ""),
    ("art", "skill", f"持有高级工以上职业资格证书或者职业技能等级证书的学员（以下简称技能人才学员），补助比例提高{SKILL_PLUS}个百分点，"
                     "每人最高补助金额不变。"),
    ("art", "hardship", f"区总工会建档的困难职工取得毕业证书的，另给予一次性生活补助{HARDSHIP}元。"),
    ("art", "grant", f"新备案的企业教学点给予设立企业一次性建设补助{w(POINT_GRANT)}。办学院校按照企业教学点在读学员每人每学年{TEACH_RATE}元"
                     f"享受送教补助，每个企业教学点每学年最高{w(TEACH_CAP)}。"),
    ("chap", "c5", "申请和拨付"),
    ("art", "apply", f"学杂费补助在学员取得毕业证书后申请，每年分两批受理：1月取得毕业证书的学员于{WINDOWS[1][0]}月{WINDOWS[1][1]}日前申请，"
                     f"7月取得毕业证书的学员于{WINDOWS[7][0]}月{WINDOWS[7][1]}日前申请。学员通过所在企业向区人社局提出申请。"),
    ("art", "review", f"区人社局在受理截止后{REVIEW_DAYS}个工作日内完成审核，拟补助名单在区人社局网站公示{PUB_DAYS}个工作日。公示无异议的，"
                      f"区财政局在收到区人社局拨款通知后{PAY_DAYS}个工作日内将补助资金拨付到位。"),
    ("art", "payee", "学杂费补助拨付到学员本人社会保障卡银行账户。学杂费由企业全额承担的，学杂费补助拨付给企业；由企业和学员共同承担的，按照各自"
                     "承担学杂费的比例分别拨付。"),
    ("chap", "c6", "监督管理"),
    ("art", "onjob", "学员申请学杂费补助时应当仍在本区企业在岗工作。"),
    ("art", "assess", f"区教育局每年对办学院校和企业教学点进行评估。评估不合格的企业教学点，停止送教补助并限期{FIX_MONTHS}个月整改。"),
    ("art", "liable", f"学员或者企业弄虚作假骗取补助资金的，由区人社局追回补助资金，{BAN_YEARS}年内不得再次申请；办学院校弄虚作假的，取消"
                      "其办学院校资格。"),
    ("chap", "c7", "附则"),
    ("art", "transit", f"本办法施行前已入学、{cn_date(FROM_GRAD)}以后取得毕业证书的学员，可以按照本办法申请学杂费补助。"),
    ("art", "terms", "本办法所称“以上”“不少于”“不超过”“以内”“前”包含本数或者本日，“高于”“超过”“不足”不包含本数。"),
    ("art", "explain", "本办法由区人社局会同区教育局、区总工会、区财政局负责解释。"),
    ("art", "effective", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期至{cn_date(UNTIL)}。"),
]

# the annex: 序号 / 产业领域 / 专业名称 / 学历层次
HEAD = ["序号", "产业领域", "专业名称", "学历层次"]
MAJORS = [
    ("金属制品", "材料成型及控制技术", "专科"), ("金属制品", "机械设计制造及其自动化", "本科"),
    ("自行车和电动车", "机电一体化技术", "专科"), ("汽车零部件", "汽车制造与试验技术", "专科"),
    ("电力装备", "电气自动化技术", "专科"), ("电力装备", "电气工程及其自动化", "本科"),
    ("循环经济", "资源综合利用技术", "专科"), ("健康产业", "康复治疗技术", "专科"),
    ("健康产业", "护理", "专科、本科"), ("现代物流", "现代物流管理", "专科"),
    ("现代物流", "物流管理", "本科"), ("食品加工", "食品检验检测技术", "专科"),
]

FACTS = {
    "apply_by": cn_date(APPLY_BY, week=True),
    "colleges": COLLEGES,
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "annex": TABLE_TITLE,
    "main": "各镇人民政府、街道办事处，区有关部门，各有关企业、院校：",
}


def numbering():
    """key → (条,) for each 条; item keys → (条, item); chapter keys → ('章', n); the table → ('表', 0, 0)"""
    out, a, i, c = {}, 0, 0, 0
    for lvl, key, _ in ARTICLES:
        if lvl == "chap":
            c += 1
            out[key] = ("章", c)
        elif lvl == "art":
            a, i = a + 1, 0
            out[key] = (a,)
        elif lvl == "item":
            i += 1
            out[key] = (a, i)
        else:
            out[key] = ("表", 0, 0)
    return out


def art_no(key):
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    """how the 公示 cites the 办法: 第十条 / 第七条第（二）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    return next(t for _, k, t in ARTICLES if k == key)


def chapter_title(key):
    n = numbering()[key][1]
    t = text(key)
    return f"第{cn(n)}章　" + ("　　".join(t) if len(t) == 2 else t)


def printed():
    """every 章 heading, 条 and item as the text export gives them (the automatic numbers included; squashed compare)"""
    out = []
    for lvl, key, _ in ARTICLES:
        n = numbering()[key]
        if lvl == "chap":
            out.append(chapter_title(key))
        elif lvl == "art":
            out.append(f"{art_no(key)} {text(key)}")
        elif lvl == "item":
            out.append(f"（{cn(n[1])}） {text(key)}")
    return out


def annex_rows():
    return [[str(i), a, b, c] for i, (a, b, c) in enumerate(MAJORS, 1)]


def source():
    c = CONTACTS
    L = [f"@red {ISSUERS[0]}文件", "@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}", f"@n {FACTS['main']}",
         f"现将《{RULES}》印发给你们，请认真贯彻执行。",
         f"经遴选，{COLLEGES[0]}和{COLLEGES[1]}为2026—2027年度办学院校。本办法施行前已入学、2026年1月取得毕业证书的学员，请于"
         f"{cn_date(APPLY_BY, week=True)}前通过所在企业向区人社局提出首批学杂费补助申请。",
         f"联系人：{c[0][0]}{c[0][1]}（{c[0][3]}），电话：{c[0][2]}；{c[1][0]}{c[1][1]}（{c[1][3]}），电话：{c[1][2]}；{c[2][0]}{c[2][1]}"
         f"（{c[2][3]}），电话：{c[2][2]}。",
         f"附件：{TABLE_TITLE}", "@blank"]
    L += [f"@r {x}" for x in ISSUERS] + [f"@r {DATE}", "（此件公开发布）", "@pb", f"@title {RULES}"]
    for lvl, key, _ in ARTICLES:
        if lvl == "chap":
            L.append(f"@chap {chapter_title(key)}")
        elif lvl == "art":
            L.append(f"@art {text(key)}")
        elif lvl == "item":
            L.append(f"@item {text(key)}")
        else:
            L += ["@table 3.2 2.6 4.4 3.6", "| " + " | ".join(RATE_HEAD) + " |"]
            L += ["| " + " | ".join(r) + " |" for r in rate_rows()]
            L.append("@endtable")
    L += ["@pb", "@n 附件", f"@title {TABLE_TITLE}", "@table 1.4 3.6 6.2 3.0", "| " + " | ".join(HEAD) + " |"]
    L += ["| " + " | ".join(r) + " |" for r in annex_rows()]
    L += ["@endtable", "@blank", f"@small {FICTION_TEXT}", f"@small {NOTE}。"]
    return L


def main():
    path = fodt("make_jinghai_docx.py", NAME, source(), TITLE, FICTION_TEXT)
    convert(path, 'docx:MS Word 2007 XML')
    shutil.rmtree(os.path.dirname(path))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"), sum(1 for v in numbering().values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
