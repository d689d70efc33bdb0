#!/usr/bin/env python3
"""Write fresh45/tengxian-guanmingban-banfa.pdf (虚构测试文档，非真实政策): the held-out 管理办法, a PDF printed by LibreOffice.

    cd fresh45/src && python3 make_tengxian_pdf.py

Part (a) of the held-out pair (the same kind of document as make_dianjiang_docx.py in other words and numbers: a 冠名班 办法 with 条
and no 章 — definition, duties, the firm's and the class's conditions, a 冠名经费 the firm pays, naming, students' rights, 申报 and
认定 with dates and day counts, 岗位实习, **four kinds of subsidy with their standards, a payment by 学期 and a yearly cap**, a yearly
考核 by a 100-point 评分表 with four grades and what each brings, recovery, 施行 and 试行期). Layout: 红头 of four issuers, 文号 over a
red rule, the 印发通知, 落款; the 办法 on a new page, **条 numbers as printed text** and items `（一）…`; **the 考核评分表 as the 附件 on a
landscape page** (`@landscape`, a table put in by ../../tools/fodt_table.py (unchanged) at 9 pt, its 考核项目 cells merged down their rows), its 注, the imprint and the note; `— N —`
footers; the note in the meta (→ the PDF's Subject) and on the last page. `soffice --headless --convert-to pdf`.

ARTICLES, the figures and the helpers are read by make_tengxian_html.py and ../check_fresh45.py.
"""
import datetime
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_dianjiang_docx as base  # noqa: E402

sys.path.insert(0, base.TOOLS)
import fodt_table  # noqa: E402

cn, cn_date, NOTE = base.cn, base.cn_date, base.NOTE


def w(x):
    """20000 → 2万元, 15000 → 1.5万元, 800 → 800元"""
    return f"{x / 10000:g}万元" if x % 1000 == 0 and x >= 10000 else f"{x}元"


NAME = "tengxian-guanmingban-banfa"
COUNTY = "藤县"
ISSUERS = ["藤县教育局", "藤县人力资源和社会保障局", "藤县财政局", "藤县工业和信息化局"]
DOC_NO = "藤教发〔2026〕19号"
D = datetime.date
DATE_D = D(2026, 4, 20)
DATE = cn_date(DATE_D)
RULES = "藤县职业学校冠名班管理办法（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "藤县职业学校冠名班年度考核评分表"
BASIS = "《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）"   # real national document

# figures of the 办法
FIRM_YEARS = 1                  # 登记注册满1年
FIRM_STAFF = 30                 # 上年度参保职工不少于30人
CLASS_SIZE = (25, 50)           # 每班25–50人
AGREEMENT_YEARS = 3             # 冠名协议期限不少于3年
PRACTICE_SHARE = 25             # 企业承担的实践教学课时不低于总课时的25%
LECTURERS, LECTURER_HOURS = 3, 40   # 企业讲师不少于3名, 每学年授课不少于40课时
FEE = 10000                     # 冠名经费 每班每学年不低于1万元
FEE_AID = 60                    # 用于学生奖助的不低于60%
NAMED_MAX = 4                   # 同一企业在全县冠名的班级不超过4个
TRANSFER_BEFORE = "第一学年结束前"
APPLY_BY = (7, 15)              # 每年7月15日前申请
REVIEW_DAYS = 40                # 申报截止之日起40个工作日内完成认定
PUBLICITY = 7                   # 公告期7日
INTERN_MONTHS = 6
INTERN_PAY = 1600               # 实习报酬每月不低于1600元
MANUF, OTHER = "制造业企业", "其他企业"
OPEN = {MANUF: 20000, OTHER: 15000}     # 开班奖补, to the firm, once (not for classes opened before the 办法)
PER_STUDENT, PER_TERM = 800, 400        # 生均补助 per student per 学年, to the school, paid per 学期
PAY_WITHIN_MONTHS = 2           # 每学期开学后2个月内拨付
INTERN_AID, INTERN_AID_MONTHS = 300, 6  # 实习指导补贴 per student per month, at most 6 months
JOB_AWARD, JOB_YEARS = 3000, 1  # 就业奖励 per graduate after a year
CAP = 200000                    # 同一企业每个自然年度 开班奖补 + 实习指导补贴 + 就业奖励 ≤ 20万元
GRADES = [("A", 90), ("B", 75), ("C", 60), ("D", 0)]
A_PLUS = 200                    # A → 下一学年生均补助每生增加200元
C_SHARE = 80                    # C → 下一学年生均补助按80%拨付
FIX_MONTHS = 6
BAN_YEARS = 5
EFFECTIVE = D(2026, 5, 1)
TRIAL_YEARS = 2
CONTACTS = [("县教育局职业教育股", "覃丽华", "0774-7282615"),
            ("县人力资源和社会保障局职业能力建设股", "莫振宇", "0774-7263308")]

ARTICLES = [
    ("art", "purpose", f"为推动职业学校与企业深度合作，规范冠名班的设立、认定、培养和管理，根据{BASIS}等有关规定，结合本县实际，制定本办法。"),
    ("art", "define", "本办法所称冠名班，是指本县职业学校（含中等职业学校和技工学校，以下统称学校）与企业签订冠名培养协议，以企业字号冠名，"
     "按照企业岗位标准共同招生、共同培养的班级。与学校签订冠名培养协议的企业称为冠名企业。"),
    ("art", "duties", "县教育局负责冠名班的认定、考核和日常管理；县人力资源和社会保障局负责技工学校冠名班的业务指导，以及冠名班学生岗位实习"
     "和就业的劳动权益保障；县财政局负责补助资金的筹措、拨付和监督；县工业和信息化局负责确认冠名企业是否属于制造业企业。"),
    ("art", "firm", "冠名企业应当具备下列条件："),
    ("item", "firm_1", f"在本县登记注册满{FIRM_YEARS}年；"),
    ("item", "firm_2", f"上年度参加社会保险的职工不少于{FIRM_STAFF}人；"),
    ("item", "firm_3", "未被列入严重失信主体名单，近2年无拖欠职工工资行为；"),
    ("item", "firm_4", "能够为冠名班学生提供与专业对口的岗位实习和就业岗位。"),
    ("art", "class", "冠名班应当符合下列条件："),
    ("item", "class_1", f"每班学生{CLASS_SIZE[0]}人至{CLASS_SIZE[1]}人；"),
    ("item", "class_2", f"冠名协议期限不少于{AGREEMENT_YEARS}年，覆盖学生在校学习全过程；"),
    ("item", "class_3", f"企业承担的实践教学课时不低于总课时的{PRACTICE_SHARE}%；"),
    ("item", "class_4", f"企业选派不少于{LECTURERS}名企业讲师，每人每学年到校授课不少于{LECTURER_HOURS}课时。"),
    ("art", "fee", f"冠名企业应当按照每班每学年不低于{w(FEE)}的标准向学校支付冠名经费。冠名经费专项用于冠名班学生奖助和实训耗材，其中用于学生"
     f"奖助的比例不低于{FEE_AID}%。学校应当单独核算冠名经费，每学年向冠名班学生公开使用情况。"),
    ("art", "naming", f"冠名班以“企业字号＋班”命名。同一企业在全县冠名的班级不超过{NAMED_MAX}个。"),
    ("art", "rights", f"冠名班招生坚持学生自愿，不得向学生收取冠名培养费用，不得与学生约定违约金。学生可以在{TRANSFER_BEFORE}申请转出冠名班，"
     "学校应当予以办理。"),
    ("art", "apply", f"学校应当于每年{APPLY_BY[0]}月{APPLY_BY[1]}日前向县教育局提交下一学年冠名班认定申请，并附冠名培养协议、人才培养方案、"
     "企业讲师名单和冠名经费支付承诺书；技工学校的申请由县人力资源和社会保障局出具意见。"),
    ("art", "recognize", f"县教育局会同县人力资源和社会保障局、县财政局、县工业和信息化局，自申报截止之日起{REVIEW_DAYS}个工作日内完成认定。"
     f"认定结果在藤县人民政府门户网站政务公开栏目公告，公告期{PUBLICITY}日。"),
    ("art", "intern", f"冠名班学生在冠名企业岗位实习一般不超过{INTERN_MONTHS}个月。企业应当按月足额支付实习报酬，每月不低于{INTERN_PAY}元，"
     "不得安排学生加班和夜班。"),
    ("art", "open", f"对新认定的冠名班，按照{MANUF}每班{w(OPEN[MANUF])}、{OTHER}每班{w(OPEN[OTHER])}的标准，给予冠名企业一次性开班奖补。"
     "本办法施行前已开办的冠名班经认定的，不享受开班奖补。"),
    ("art", "student", f"按照冠名班在籍学生人数，每生每学年{PER_STUDENT}元给予学校生均补助，分两个学期拨付，每学期每生{PER_TERM}元，于每学期"
     f"开学后{PAY_WITHIN_MONTHS}个月内拨付。"),
    ("art", "intern_aid", f"冠名企业接收冠名班学生岗位实习的，按照每人每月{INTERN_AID}元给予实习指导补贴，每名学生最长补贴"
     f"{INTERN_AID_MONTHS}个月。"),
    ("art", "job", f"冠名班毕业生在冠名企业连续工作满{JOB_YEARS}年的，按照每人{JOB_AWARD}元给予冠名企业就业奖励。"),
    ("art", "funds", "本办法规定的补助资金由县财政在县级职业教育发展资金中统筹安排，按照“先认定、后拨付”的原则，直接拨付到学校和冠名企业"
     "的银行账户。"),
    ("art", "cap", f"同一企业每个自然年度享受的开班奖补、实习指导补贴和就业奖励合计不超过{w(CAP)}。"),
    ("art", "assess", "县教育局每年8月按照《藤县职业学校冠名班年度考核评分表》（见附件）对上一学年的冠名班进行考核，满分100分。考核结果分为"
     "四个等次：90分以上为A等，75分以上不足90分为B等，60分以上不足75分为C等，不足60分为D等。"),
    ("art", "use", "考核结果按照下列方式运用："),
    ("item", "use_1", f"A等的，下一学年生均补助每生增加{A_PLUS}元；"),
    ("item", "use_2", "B等的，下一学年生均补助按标准拨付；"),
    ("item", "use_3", f"C等的，下一学年生均补助按{C_SHARE}%拨付；"),
    ("item", "use_4", f"D等的，停止拨付生均补助，限期{FIX_MONTHS}个月整改；连续2个学年为D等或者整改不到位的，撤销冠名班认定，追回当学年已拨付"
     "的生均补助。"),
    ("art", "report", "学校应当在每学期结束后1个月内，向县教育局报送冠名班教学、岗位实习和冠名经费使用情况。"),
    ("art", "fraud", f"以虚报学生人数等手段骗取补助资金的，追回已拨付资金，相关学校和企业{BAN_YEARS}年内不得享受本办法规定的补助。"),
    ("art", "explain", "本办法由县教育局负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起施行，试行期{TRIAL_YEARS}年。"),
]
HEAD = ["序号", "考核项目", "考核内容", "分值", "评分标准", "佐证材料"]
WIDTHS = [1.2, 3.2, 4.4, 1.4, 9.4, 5.0]
# (考核项目 with its points, 考核内容, 分值, 评分标准, 佐证材料)
SCORE_ROWS = [
    ("协议履行（20分）", "冠名协议履行", 10, "按协议约定提供岗位、设备和技术支持的得10分，每有1项未履行扣3分", "冠名培养协议、履约记录"),
    ("^", "冠名经费支付", 10, "按时足额支付冠名经费的得10分，逾期支付的得5分，未支付的不得分", "冠名经费收款凭证"),
    ("教学实施（35分）", "人才培养方案", 10, "校企共同制定并实施的得10分，企业未参与制定的得4分", "人才培养方案、会议纪要"),
    ("^", "企业实践教学课时", 15, f"达到总课时{PRACTICE_SHARE}%的得15分，每低1个百分点扣2分，扣完为止", "课程表、教学日志"),
    ("^", "企业讲师授课", 10, f"企业讲师人数和授课课时均达到要求的得10分，每少1人或者每人每少{LECTURER_HOURS // 4}课时扣2分", "聘书、授课记录"),
    ("学生发展（30分）", "学生保有率", 10, "学年末在籍学生占认定时在籍学生90%以上的得10分，80%以上不足90%的得6分，不足80%的不得分",
     "学籍名册"),
    ("^", "职业技能等级证书获取率", 10, "毕业年级获取率80%以上的得10分，60%以上不足80%的得6分，不足60%的得2分", "证书复印件"),
    ("^", "学生满意度", 10, "满意度测评90%以上的得10分，80%以上不足90%的得7分，不足80%的得3分", "测评汇总表"),
    ("管理保障（15分）", "岗位实习管理", 10, "实习报酬、实习时间和安全管理符合规定的得10分，每发现1项问题扣3分", "实习协议、报酬发放记录"),
    ("^", "资料报送", 5, "按时报送教学、实习和冠名经费使用情况的得5分，每迟报1次扣1分", "报送记录"),
]
TABLE_NOTE = (f"注：考核满分100分。90分以上为A等，75分以上不足90分为B等，60分以上不足75分为C等，不足60分为D等。冠名经费使用中用于学生奖助的"
              f"比例低于{FEE_AID}%的，“冠名经费支付”项不得分。")
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "basis": BASIS,
    "phones": [c[2] for c in CONTACTS],
    "size": f"每班学生{CLASS_SIZE[0]}人至{CLASS_SIZE[1]}人",
    "fee": f"每班每学年不低于{w(FEE)}",
    "open": f"{MANUF}每班{w(OPEN[MANUF])}、{OTHER}每班{w(OPEN[OTHER])}",
    "student": f"每生每学年{PER_STUDENT}元",
    "term": f"每学期每生{PER_TERM}元",
    "cap": f"合计不超过{w(CAP)}",
    "grades": "90分以上为A等，75分以上不足90分为B等，60分以上不足75分为C等，不足60分为D等",
    "effect": f"本办法自{cn_date(EFFECTIVE)}起施行，试行期{TRIAL_YEARS}年",
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
        out.append(f"{art_no(key)}　{t}" if lvl == "art" else f"（{cn(numbering()[key][1])}）{t}")
    return out


def text(key):
    return next(t for _, k, t in ARTICLES if k == key)


def table_rows():
    """the 评分表's rows as printed ("^" = the 考核项目 cell above spans this row)"""
    return [[str(k), r[0], r[1], str(r[2]), r[3], r[4]] for k, r in enumerate(SCORE_ROWS, 1)]


def groups():
    """考核项目 → (points stated in its cell, points of its rows)"""
    out, cur = {}, None
    for r in SCORE_ROWS:
        if r[0] != "^":
            cur = r[0]
            out[cur] = [int(cur.split("（")[1].rstrip("分）")), 0]
        out[cur][1] += r[2]
    return out


def source():
    o = [f"% {NOTE} — fresh45 held-out 管理办法 (written by make_tengxian_pdf.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各乡镇人民政府，县直有关单位，县内各中等职业学校、技工学校，有关企业：",
          f"《{RULES}》已经县人民政府同意，现印发给你们，请认真组织实施。2026—2027学年拟设立冠名班的学校，请于"
          f"{cn_date(D(2026, *APPLY_BY), week=True)}前提交认定申请。执行中遇到的问题，请及时向县教育局反映。",
          f"联系人：{CONTACTS[0][0]}　{CONTACTS[0][1]}，电话{CONTACTS[0][2]}；{CONTACTS[1][0]}　{CONTACTS[1][1]}，电话{CONTACTS[1][2]}"
          "（技工学校冠名班）。",
          "@blank", f"@n 附件：{TABLE_TITLE}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件主动公开）", "@pb", f"@title {RULES}"]
    for lvl, key, t in ARTICLES:
        if lvl == "art":
            o.append(f"**{art_no(key)}**　{t}")
        else:
            o.append(f"（{cn(numbering()[key][1])}）{t}")
    o += ["@landscape", "@n **附件**", f"@title {TABLE_TITLE}", "@n [[TABLE:score]]", f"@n {TABLE_NOTE}",
          "@small 本文件为虚构测试文档，非真实政策：藤县为真实地名，文号、学校、企业、补助标准、考核指标、日期、人员和电话均为虚构，仅用于"
          "问答系统评测；所引国办发〔2017〕95号文件为真实文件。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = base.fodt(tmp, NAME, source())
        t = open(path, encoding="utf-8").read()
        t = fodt_table.inject(t, "score", {"widths": WIDTHS, "rows": [HEAD] + table_rows(), "head": 1, "size": 9})
        open(path, "w", encoding="utf-8").write(t)
        base.convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
