#!/usr/bin/env python3
"""Write fresh45/dianjiang-dingdanban-banfa.docx (虚构测试文档，非真实政策): a .docx written by LibreOffice.

    cd fresh45/src && python3 make_dianjiang_docx.py

New shape of this round: per region **(a) a county's 校企合作订单班（冠名班）管理办法 as published** (what an 订单班 / 冠名班 is, who
does what, the firm's and the class's conditions, naming, students' rights, 申报 and 备案 with dates and day counts, teaching and
岗位实习 rules, **subsidies to schools and firms with their standards, shares and caps**, yearly 考核 with grades and consequences,
recovery, 施行 and 有效期) **and (b) that county's 订单班名单及补助资金拨付公告** (the classes that passed with school, firm, major and
students, the first payment per class and in total, what is paid later, worked examples, what did not pass and why, deadlines,
contacts). This is part (a) of the dev pair: 垫江县教育委员会　垫江县人力资源和社会保障局　垫江县财政局　垫江县经济和信息化委员会关于印发
《垫江县校企合作订单班管理办法》的通知 (垫教委发〔2026〕27号, 2026年3月17日).

This script writes dianjiang-dingdanban-banfa.src.txt (markup of ../../tools/make_fodt.py, unchanged): 红头 of the four issuers, 文号
over a red rule, title, 主送, the short 印发通知, 附件 line, 落款; on a new page the 办法: title, **seven 章 (`@chap`) and 28 条 whose
numbers are literal text** (`第一条　…`, bold), items `（一）…` as paragraphs of their own; on a new page the 附件 title and **the
补助标准表 as a real table whose header spans two rows** (`@table head=2`: 补助标准 spans two columns over 县重点产业相关专业 / 其他专业,
序号 / 补助项目 / 补助对象 / 拨付方式 span both header rows), its 注, the imprint and the note. The note is put in the meta (→ the
.docx's docProps/core.xml: subject / description); `soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile under
/tmp).

ARTICLES, the figures and the helpers (cn(), cn_date(), art_no(), cite(), w(), fodt(), convert()) are read by make_dianjiang_txt.py
(the 公告 restates the standards and cites the 条 by number), by make_tengxian_pdf.py (cn(), cn_date(), fodt(), convert()) and by
../check_fresh45.py.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")

NAME = "dianjiang-dingdanban-banfa"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh45"
COUNTY = "垫江县"
ISSUERS = ["垫江县教育委员会", "垫江县人力资源和社会保障局", "垫江县财政局", "垫江县经济和信息化委员会"]
DOC_NO = "垫教委发〔2026〕27号"
D = datetime.date
DATE_D = D(2026, 3, 17)
RULES = "垫江县校企合作订单班管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "垫江县校企合作订单班补助标准表"
LAW = "《中华人民共和国职业教育法》"   # real national law
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


DATE = cn_date(DATE_D)

# figures of the 办法
FIRM_YEARS = 2                  # 登记注册满2年
FIRM_STAFF = 50                 # 上年度在职职工不少于50人
CLASS_SIZE = (20, 45)           # 每班学生不少于20人、不超过45人
AGREEMENT_YEARS = 2             # 协议期限不少于2年
TEACH_SHARE = 30                # 企业承担的专业课课时不低于30%
MENTORS = 2                     # 企业导师不少于2名
MENTOR_HOURS = 60               # 每学年到校授课不少于60课时
NAMED_MAX = 3                   # 同一企业在同一学校冠名的班级不超过3个
APPLY_BY = (6, 30)              # 每年6月30日前申报下一学年
REVIEW_DAYS = 20                # 20个工作日内完成审核
PUBLISH_WITHIN = 30             # 秋季开学后30日内公告
CHANGE_DAYS = 15                # 变化之日起15日内变更备案
QUIT_DAYS = 10                  # 退出申请 10日内办理
REPORT_DAYS = 10                # 每学期结束后10个工作日内报送
INTERN_MONTHS = 6               # 岗位实习累计不超过6个月
INTERN_AGE = 16
INTERN_PAY = 80                 # 不低于同岗位试用期工资标准的80%
KEY, OTHER = "县重点产业相关专业", "其他专业"
BUILD = {KEY: 30000, OTHER: 20000}      # 建班补助 per class, to the school, once
TRAIN = {KEY: 1800, OTHER: 1200}        # 培养补助 per student per 学年, to the firm
FIRST_SHARE, REST_SHARE = 60, 40        # 培养补助: 60% with the 公告, 40% after a passed 考核
MATCH, MATCH_CAP = 50, 10000            # 奖学金配套: 50% of the firm's money, at most 1万元 per class per 学年
RETAIN, RETAIN_MONTHS, RETAIN_CONTRACT = 2000, 6, 1     # 留用奖励 per graduate, after 6 months, a contract of 1 year or more
FIRM_CAP = 300000               # 同一企业每学年 培养补助 + 留用奖励 ≤ 30万元
EXCELLENT_SHARE = 20            # 优秀 ≤ 20% of the classes
UPLIFT = 10                     # 优秀 → 下一学年培养补助标准上浮10%
DROPOUT = 20                    # 学生流失率超过20% → 不合格
FIX_MONTHS = 3                  # 限期3个月整改
BAN_YEARS = 3                   # 3年内不得申报
EFFECTIVE = D(2026, 4, 1)
VALID_YEARS = 3
KEY_MAJORS = ["机电技术应用", "电子技术应用", "汽车运用与维修", "食品加工工艺", "现代农艺技术"]
CONTACTS = [("县教委职业教育与成人教育科", "谭晓东", "023-74685213"),
            ("县人力社保局职业能力建设科", "冉春梅", "023-74662418")]

# the 办法: (level, key, text) — "chap" a 章 heading, "art" a 条 (its number printed as text), "item" （一）… under the last 条
ARTICLES = [
    ("chap", "c1", "第一章　总则"),
    ("art", "purpose", f"为深化产教融合、校企合作，规范我县校企合作订单班的设立、教学和管理，提高技术技能人才培养与本县产业需求的匹配度，"
     f"根据{LAW}等有关规定，结合我县实际，制定本办法。"),
    ("art", "define", "本办法所称订单班，是指县内中等职业学校、技工学校（以下统称学校）与企业签订订单培养协议，按照企业岗位需求共同选拔"
     "学生、共同制定人才培养方案、共同组织教学，学生毕业后按照约定到企业就业的班级。以合作企业名称或者品牌命名的订单班称为冠名班，"
     "冠名班适用本办法关于订单班的规定。"),
    ("art", "principle", "订单班坚持学生自愿、校企平等、过程共管、质量为先的原则。"),
    ("art", "duties", "县教育委员会（以下简称县教委）负责订单班的统筹管理、备案和年度考核；县人力资源和社会保障局（以下简称县人力社保局）"
     "负责技工学校订单班的业务指导和订单班毕业生的就业服务；县财政局负责补助资金的预算安排和监督；县经济和信息化委员会（以下简称县经济"
     "信息委）负责汇总发布企业用工需求，动员企业参与订单培养。"),
    ("chap", "c2", "第二章　设立条件"),
    ("art", "firm", "合作企业应当具备下列条件："),
    ("item", "firm_1", f"在本县行政区域内依法登记注册，且登记注册满{FIRM_YEARS}年；"),
    ("item", "firm_2", f"上年度在职职工不少于{FIRM_STAFF}人；"),
    ("item", "firm_3", "近3年未发生重大生产安全事故和环境污染事件，未被列入严重失信主体名单；"),
    ("item", "firm_4", "能够提供与订单班专业对口的实习岗位和就业岗位，且就业岗位数不少于订单班学生人数。"),
    ("art", "class", "订单班应当符合下列条件："),
    ("item", "class_1", f"每班学生不少于{CLASS_SIZE[0]}人、不超过{CLASS_SIZE[1]}人；"),
    ("item", "class_2", f"订单培养协议期限不少于{AGREEMENT_YEARS}年；"),
    ("item", "class_3", f"企业承担的专业课课时不低于专业课总课时的{TEACH_SHARE}%；"),
    ("item", "class_4", f"企业选派不少于{MENTORS}名技术骨干担任企业导师。"),
    ("art", "naming", f"冠名班名称统一为“企业简称＋专业简称＋冠名班”，冠名期限不得超过订单培养协议期限。同一企业在同一学校冠名的班级不超过"
     f"{NAMED_MAX}个。"),
    ("art", "free", "订单班学生实行自愿报名、双向选择。学校和企业不得强制学生进入订单班，不得向学生收取任何与订单培养有关的费用，不得要求"
     "学生或者其家长缴纳违约金。"),
    ("chap", "c3", "第三章　申报和备案"),
    ("art", "apply", f"学校应当于每年{APPLY_BY[0]}月{APPLY_BY[1]}日前向县教委申报下一学年拟设立的订单班；技工学校申报的，同时抄送县人力"
     "社保局。"),
    ("art", "papers", "申报订单班应当提交下列材料："),
    ("item", "pp_1", "订单班设立申请表；"),
    ("item", "pp_2", "订单培养协议；"),
    ("item", "pp_3", "校企共同制定的人才培养方案；"),
    ("item", "pp_4", "企业营业执照复印件和上年度职工参保证明；"),
    ("item", "pp_5", "企业导师名单及其技术职称或者职业技能等级证明。"),
    ("art", "review", f"县教委会同县人力社保局、县财政局、县经济信息委，在收到申报材料后{REVIEW_DAYS}个工作日内完成审核。审核通过的予以备案，"
     f"并在学校秋季开学后{PUBLISH_WITHIN}日内公告订单班名单和补助资金拨付情况。"),
    ("art", "change", f"订单班的合作企业、专业或者学生人数发生变化的，学校应当自变化之日起{CHANGE_DAYS}日内向县教委申请变更备案。合作企业"
     "注销、停产或者校企双方解除订单培养协议的，订单班备案自动失效，学校应当妥善安排学生转入其他班级继续学习。"),
    ("chap", "c4", "第四章　教学和实习管理"),
    ("art", "plan", "订单班人才培养方案由学校和企业共同制定，企业岗位课程由企业导师讲授，学校负责学籍管理和日常教学管理。"),
    ("art", "mentor", f"企业导师由学校颁发聘书，每学年到校授课不少于{MENTOR_HOURS}课时，课酬由企业支付。"),
    ("art", "intern", f"订单班学生到合作企业岗位实习累计不超过{INTERN_MONTHS}个月。未满{INTERN_AGE}周岁的学生不得安排岗位实习。企业应当"
     f"为实习学生购买实习责任保险，实习报酬不低于本企业同岗位试用期工资标准的{INTERN_PAY}%。"),
    ("art", "quit", f"订单班学生可以在每学年结束时申请退出订单班，学校应当自收到申请之日起{QUIT_DAYS}日内办理，并安排学生转入同专业其他班级。"
     "企业不得因学生退出订单班向学生或者其家长追索培养费用。"),
    ("art", "job", "订单班学生毕业后可以自主选择是否到合作企业就业。到合作企业就业的，企业应当依法与其签订劳动合同，劳动报酬不低于本企业"
     "同岗位职工水平。"),
    ("chap", "c5", "第五章　补助政策"),
    ("art", "build", f"对备案的订单班，按照{KEY}每班{w(BUILD[KEY])}、{OTHER}每班{w(BUILD[OTHER])}的标准，一次性给予学校建班补助，"
     "用于课程开发和实训条件改善。冠名班不另行增加建班补助。"),
    ("art", "train", f"按照订单班在籍学生人数，{KEY}每生每学年{TRAIN[KEY]}元、{OTHER}每生每学年{TRAIN[OTHER]}元给予企业培养补助，用于"
     f"企业导师课酬、实训耗材和学生岗位实习管理。培养补助按学年核定，在备案公告时拨付{FIRST_SHARE}%，其余{REST_SHARE}%在年度考核合格后"
     "拨付。"),
    ("art", "match", f"企业在订单班设立奖学金的，县财政按照企业当学年实际出资额的{MATCH}%给予配套，每班每学年最高{w(MATCH_CAP)}。配套资金"
     "拨付给学校，由学校随企业奖学金一并发放给学生。"),
    ("art", "retain", f"订单班毕业生到合作企业就业并签订{RETAIN_CONTRACT}年以上劳动合同，在企业连续工作满{RETAIN_MONTHS}个月的，按照每人"
     f"{RETAIN}元给予企业留用奖励。"),
    ("art", "cap", f"同一企业每学年享受的培养补助和留用奖励合计不超过{w(FIRM_CAP)}。补助标准见附件。"),
    ("chap", "c6", "第六章　考核和监督"),
    ("art", "report", f"学校应当在每学期结束后{REPORT_DAYS}个工作日内，向县教委报送订单班教学、岗位实习和学生变动情况；技工学校同时抄送"
     "县人力社保局。"),
    ("art", "assess", f"县教委每年7月对上一学年的订单班进行考核，考核结果分为优秀、合格、不合格三个等次，优秀等次不超过订单班总数的"
     f"{EXCELLENT_SHARE}%。考核优秀的订单班，下一学年培养补助标准上浮{UPLIFT}%。"),
    ("art", "fail", "订单班有下列情形之一的，年度考核为不合格："),
    ("item", "fail_1", f"学生流失率超过{DROPOUT}%；"),
    ("item", "fail_2", f"企业承担的专业课课时低于专业课总课时的{TEACH_SHARE}%；"),
    ("item", "fail_3", "安排学生从事与所学专业无关的简单重复劳动；"),
    ("item", "fail_4", "向学生收费或者要求学生缴纳违约金。"),
    ("art", "fail_do", f"年度考核不合格的，不拨付其余{REST_SHARE}%培养补助，由县教委责令限期{FIX_MONTHS}个月整改；连续2个学年考核不合格的，"
     "撤销订单班备案。"),
    ("art", "recover", f"以弄虚作假等手段骗取补助资金的，追回已拨付资金，相关企业{BAN_YEARS}年内不得参与订单班申报；涉嫌违法犯罪的，依法"
     "移送有关机关处理。"),
    ("chap", "c7", "第七章　附则"),
    ("art", "explain", "本办法由县教委负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年。"),
]
HEAD = [["序号", "补助项目", "补助对象", "补助标准", "<", "拨付方式"],
        ["^", "^", "^", KEY, OTHER, "^"]]
WIDTHS = [1.1, 2.2, 1.9, 3.6, 3.6, 4.6]
ROWS = [
    ["1", "建班补助", "学校", f"每班{w(BUILD[KEY])}", f"每班{w(BUILD[OTHER])}", "备案公告时一次性拨付"],
    ["2", "培养补助", "企业", f"每生每学年{TRAIN[KEY]}元", f"每生每学年{TRAIN[OTHER]}元",
     f"备案公告时拨付{FIRST_SHARE}%，年度考核合格后拨付{REST_SHARE}%"],
    ["3", "奖学金配套", "学校", f"企业出资额的{MATCH}%，每班每学年最高{w(MATCH_CAP)}", f"企业出资额的{MATCH}%，每班每学年最高{w(MATCH_CAP)}",
     "学年末凭奖学金发放记录拨付"],
    ["4", "留用奖励", "企业", f"每人{RETAIN}元", f"每人{RETAIN}元", f"毕业生连续工作满{RETAIN_MONTHS}个月后拨付"],
]
TABLE_NOTE = [f"注：1．{KEY}：{'、'.join(KEY_MAJORS)}。",
              f"2．同一企业每学年享受的培养补助和留用奖励合计不超过{w(FIRM_CAP)}。"]
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "law": LAW,
    "phones": [c[2] for c in CONTACTS],
    "size": f"每班学生不少于{CLASS_SIZE[0]}人、不超过{CLASS_SIZE[1]}人",
    "build": f"{KEY}每班{w(BUILD[KEY])}、{OTHER}每班{w(BUILD[OTHER])}",
    "train": f"{KEY}每生每学年{TRAIN[KEY]}元、{OTHER}每生每学年{TRAIN[OTHER]}元",
    "share": f"在备案公告时拨付{FIRST_SHARE}%，其余{REST_SHARE}%在年度考核合格后拨付",
    "match": f"每班每学年最高{w(MATCH_CAP)}",
    "cap": f"合计不超过{w(FIRM_CAP)}",
    "effect": f"本办法自{cn_date(EFFECTIVE)}起施行，有效期{VALID_YEARS}年",
    "majors": KEY_MAJORS,
}


def numbering():
    """key → 条 number (1, 2, …) for each 条; item keys → (条, item number)"""
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
    """第十八条"""
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    """how the 公告 cites the 办法: 第十八条 / 第二十五条第（一）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def printed():
    """every 章 heading, 条 and item as the document prints it (for the checker)"""
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


def source():
    o = [f"% {NOTE} — fresh45 dev 管理办法 (written by make_dianjiang_docx.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各乡镇人民政府、街道办事处，县级有关部门，县内各中等职业学校、技工学校，有关企业：",
          f"为深化产教融合、校企合作，规范订单班（含冠名班）的设立和管理，经县人民政府同意，现将《{RULES}》印发给你们，请认真贯彻执行。"
          f"2026年秋季学期拟设立订单班的学校，请于{cn_date(D(2026, *APPLY_BY), week=True)}前按本办法规定向县教委申报。",
          f"联系单位：{CONTACTS[0][0]}，联系人：{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；技工学校订单班请联系{CONTACTS[1][0]}，"
          f"联系人：{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}。",
          "@blank", f"@n 附件：{TABLE_TITLE}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）", "@pb", f"@title {RULES}"]
    for lvl, key, t in ARTICLES:
        if lvl == "chap":
            o.append(f"@chap {t}")
        elif lvl == "art":
            o.append(f"**{art_no(key)}**　{t}")
        else:
            o.append(f"（{cn(numbering()[key][1])}）{t}")
    o += ["@pb", "@n **附件**", f"@title {TABLE_TITLE}", "@table head=2 " + " ".join(str(x) for x in WIDTHS)]
    o += ["| " + " | ".join(r) + " |" for r in HEAD + ROWS]
    o += ["@endtable"]
    o += [f"@n {t}" for t in TABLE_NOTE]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：垫江县为真实地名，文号、学校、企业、补助标准、日期、人员和电话均为虚构，仅用于问答"
          f"系统评测；所引{LAW}为真实法律。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, src_text):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the note in dc:subject and dc:description."""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    t = open(path, encoding="utf-8").read()
    assert t.count("</dc:title>") == 1
    t = t.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                 f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    open(path, "w", encoding="utf-8").write(t)
    return path


def convert(path, fmt, tmp):
    subprocess.run(["soffice", PROFILE, "--headless", "--convert-to", fmt, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, source())
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
