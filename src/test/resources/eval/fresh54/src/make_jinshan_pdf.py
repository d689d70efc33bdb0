#!/usr/bin/env python3
"""Write fresh54/jinshan-qiuxue-xize.pdf (虚构测试文档，非真实政策): the held-out district's detailed rules for a yearly grant
to the staff of its firms who study part-time for a 专科 / 本科 diploma at the colleges it names (职工求学圆梦助学计划), for the
firms that bear their tuition and for the study centres (企业学习中心) set up in the firms, with their 印发通知; part (a) of the
held-out pair.

    cd fresh54/src && python3 make_jinshan_pdf.py      (needs soffice and the Noto CJK fonts)

**Layout: a PDF printed by LibreOffice with a two-level numbered list** (this file → `src/jinshan-qiuxue-xize.src.txt` →
`../../tools/make_fodt.py` (unchanged) → **the second level of its `Outline` list style turned from `（一）` into `1.`** →
`soffice --convert-to pdf`): the 印发通知 on the first page (红头, 文号 over a red rule, 主送, the text, 附件 line, the 落款),
the rules from the second page on, **their parts numbered `一、` … and their points `1.` `2.` … (restarting in each part) by the
list — neither number is in the source text —**, the points as plain paragraphs, a small table of the rates under one point, the
page numbers `— 1 —` at the foot, the note in small print in the last lines and in the PDF's Subject.
"""
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "jinshan-qiuxue-xize"
ISSUERS = ["金山区总工会", "金山区人力资源和社会保障局", "金山区教育局", "金山区财政局"]
DOC_NO = "金工发〔2026〕5号"
DATE_D = D(2026, 3, 5)
DATE = cn_date(DATE_D)
PLAN = "金山区职工求学圆梦助学计划实施细则"
TITLE = f"关于印发《{PLAN}》的通知"
BODY_START = PLAN
LAW = "《中华人民共和国职业教育法》"          # real national law, cited as 依据 only

# the figures of the rules
INSURED_MONTHS = 6             # 在本区连续缴纳城镇职工社会保险满6个月
AGE_MAX = 45                   # 申请时不超过45周岁
YEARS_MAX = 3                  # 每个学历层次最多资助3个学年
GRANT = {"专科": 1500, "本科": 2500}     # 圆梦助学金 每学年
TECH_PLUS = 500                # 持有技师以上证书 每学年另加500元
SHARE = 20                     # 企业助学奖励: 企业当学年实际承担学习费用金额的20%
SHARE_CAP = 50000              # 每家企业每学年最高5万元
CENTER_MIN = 20                # 企业学习中心: 本企业在读资助对象不少于20人
ROOM_MIN = 40                  # 学习室面积不少于40平方米
SEATS_MIN = 20                 # 桌椅不少于20套
CENTER_HOURS = 48              # 承办高校每学期在中心面授不少于48学时
OPEN_GRANT = 20000             # 新认定的企业学习中心 一次性开办补贴2万元
RUN = [(20, 49, 10000), (50, None, 20000)]   # 运行补贴: 20人至49人 1万元; 50人以上 2万元
WINDOW = ((9, 1), (10, 15))    # 每学年9月1日至10月15日受理
FIRST_DAYS = 15                # 区总工会 受理截止后15个工作日内完成初审
CHECK_DAYS = 10                # 区人社局 收到初审名单后10个工作日内完成核验
PUB_DAYS = 7                   # 资助名单 公示7日
PAY_DAYS = 15                  # 公示期满后15个工作日内发放
CENTER_BY_MONTH = 5            # 企业学习中心 每年5月底前申报
CENTER_PUB = 5                 # 拟认定名单 公示5个工作日
EFFECTIVE = D(2026, 3, 25)
UNTIL = D(2029, 3, 24)
APPLY_BY = D(2026, 5, 15)      # set in the 印发通知: the first study centres apply by this date
COLLEGES = ["澄湾理工学院", "思齐职业技术学院"]   # the 承办高校 named in the 印发通知
CONTACTS = [("区总工会职工服务部", "沈佳怡", "021-57921386", "圆梦助学金和企业助学奖励"),
            ("区教育局终身教育科", "陆文韬", "021-57935214", "承办高校和企业学习中心"),
            ("区人社局职业能力建设科", "顾晓峰", "021-57918640", "社会保险和技能证书核验")]
FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：金山区为真实地名，文号、高校、企业、条件、标准、金额、期限、日期、人员和电话均为虚构，"
                "仅用于问答系统评测；所引《中华人民共和国职业教育法》为真实法律。")
LEVELS = ["专科", "本科"]
RATE_HEAD = ["学历层次", "每学年圆梦助学金", "持技师以上证书的每学年", "最多资助"]


def rate_rows():
    return [[lv, w(GRANT[lv]), w(GRANT[lv] + TECH_PLUS), f"{YEARS_MAX}个学年"] for lv in LEVELS]


# (level, key, text): part = 一、 heading; pt = a numbered point (1. 2. …, restarting in each part); table = the rates' table
SECTIONS = [
    ("part", "p1", "总体要求"),
    ("pt", "purpose", f"为提升本区产业工人学历层次和技术技能水平，推进产教融合、校企合作，根据{LAW}等有关规定，结合本区实际，制定本细则。"),
    ("pt", "define", "职工求学圆梦助学计划（以下简称助学计划），是指对参加承办高校举办的成人高等教育或者开放教育、攻读专科或者本科学历"
                     "的本区企业职工按学年发放圆梦助学金，并支持企业为职工承担学习费用、在企业内设立企业学习中心。"),
    ("pt", "duty", "区总工会牵头实施助学计划，负责受理申请、初审和圆梦助学金发放；区人社局负责社会保险缴纳情况和技能证书核验；区教育局负责"
                   "确定承办高校、认定和考评企业学习中心；区财政局负责资金保障和监督。"),
    ("part", "p2", "资助对象"),
    ("pt", "cond", f"资助对象应当同时具备下列条件：与本区企业签订劳动合同；在本区连续缴纳城镇职工社会保险满{INSURED_MONTHS}个月；申请时"
                   f"不超过{AGE_MAX}周岁；为所在企业工会会员；已取得承办高校学籍。"),
    ("pt", "exclude", "机关事业单位在编人员、全日制在校学生，以及同一学历层次已获得过圆梦助学金或者其他财政性学历教育资助的人员，不纳入资助范围。"),
    ("pt", "pause", "上一学年有课程考核不合格且未重修通过的，当学年暂停资助，暂停的学年计入资助年限。"),
    ("pt", "years", f"每个学历层次最多资助{YEARS_MAX}个学年。资助对象中途退学或者被取消学籍的，自下一学年起停止资助。"),
    ("part", "p3", "资助标准"),
    ("pt", "grant", f"圆梦助学金按学年发放：专科每人每学年{GRANT['专科']}元，本科每人每学年{GRANT['本科']}元。"),
    ("pt", "tech", f"持有技师以上职业资格证书或者职业技能等级证书的资助对象，每学年另加{TECH_PLUS}元。资助标准如下表："),
    ("table", "t_rate", ""),
    ("pt", "share", f"企业为资助对象承担学习费用的，按照企业当学年实际承担学习费用金额的{SHARE}%给予企业助学奖励，每家企业每学年最高"
                    f"{w(SHARE_CAP)}。"),
    ("part", "p4", "企业学习中心"),
    ("pt", "center", f"企业学习中心由企业申请、区教育局认定，应当具备下列条件：本企业在读资助对象不少于{CENTER_MIN}人；有学习室，面积不少于"
                     f"{ROOM_MIN}平方米，桌椅不少于{SEATS_MIN}套；配备专职教务员1名；承办高校每学期在中心面授不少于{CENTER_HOURS}学时。"),
    ("pt", "recog", f"企业学习中心每年认定一次，企业于每年{CENTER_BY_MONTH}月底前向区教育局申报，区教育局会同区总工会实地核查，拟认定名单"
                    f"公示{CENTER_PUB}个工作日。"),
    ("pt", "open", f"新认定的企业学习中心给予企业一次性开办补贴{w(OPEN_GRANT)}。"),
    ("pt", "run", f"企业学习中心按当学年在中心学习的资助对象人数给予运行补贴：{RUN[0][0]}人至{RUN[0][1]}人的，每学年{w(RUN[0][2])}；"
                  f"{RUN[1][0]}人以上的，每学年{w(RUN[1][2])}。不足{CENTER_MIN}人的，当学年不给予运行补贴。"),
    ("pt", "review", "区教育局每学年对企业学习中心进行考评。考评不合格的，停发当学年运行补贴；连续2个学年考评不合格的，撤销认定。"),
    ("part", "p5", "申请和发放"),
    ("pt", "window", f"圆梦助学金每学年受理一次，受理时间为{WINDOW[0][0]}月{WINDOW[0][1]}日至{WINDOW[1][0]}月{WINDOW[1][1]}日。资助对象通过"
                     "所在企业工会向区总工会提出申请；企业助学奖励由企业一并申请。"),
    ("pt", "steps", f"区总工会在受理截止后{FIRST_DAYS}个工作日内完成初审，区人社局在收到初审名单后{CHECK_DAYS}个工作日内完成核验。资助名单在"
                    f"区总工会网站公示{PUB_DAYS}日。"),
    ("pt", "pay", f"公示无异议的，区总工会在公示期满后{PAY_DAYS}个工作日内将圆梦助学金发放到资助对象本人银行账户，企业助学奖励、开办补贴"
                  "和运行补贴拨付到企业。"),
    ("part", "p6", "管理监督"),
    ("pt", "leave", "资助对象离开本区企业的，自下一学年起停止资助，当学年已发放的圆梦助学金不予追回。"),
    ("pt", "fraud", "资助对象或者企业弄虚作假骗取资金的，由区总工会追回已发放资金，取消其资助资格，不得再次申请；企业学习中心弄虚作假的，"
                    "撤销认定。"),
    ("part", "p7", "附则"),
    ("pt", "terms", "本细则所称“以上”“不少于”“不超过”“以内”“前”包含本数或者本日，“不足”“超过”不包含本数。"),
    ("pt", "explain", "本细则由区总工会会同区人社局、区教育局、区财政局负责解释。"),
    ("pt", "effective", f"本细则自{cn_date(EFFECTIVE)}起施行，有效期至{cn_date(UNTIL)}。"),
]

FACTS = {
    "apply_by": cn_date(APPLY_BY, week=True),
    "colleges": COLLEGES,
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "main": "各镇人民政府、街道办事处，区有关部门，各基层工会，各有关企业、高校：",
}


def numbering():
    """key → ('part', n) or ('pt', part, n); the table → ('表', part, 0)"""
    out, p, i = {}, 0, 0
    for lvl, key, _ in SECTIONS:
        if lvl == "part":
            p, i = p + 1, 0
            out[key] = ("part", p)
        elif lvl == "pt":
            i += 1
            out[key] = ("pt", p, i)
        else:
            out[key] = ("表", p, 0)
    return out


def cite(key):
    """how the 通报 cites the 细则: 第三部分第2点 / 第四部分"""
    n = numbering()[key]
    return f"第{cn(n[1])}部分" + (f"第{n[2]}点" if n[0] == "pt" else "")


def text(key):
    return next(t for _, k, t in SECTIONS if k == key)


def printed():
    """every part heading and point as pdftotext gives them (the list numbers included; squashed compare)"""
    out = []
    for lvl, key, _ in SECTIONS:
        n = numbering()[key]
        if lvl == "part":
            out.append(f"{cn(n[1])}、{text(key)}")
        elif lvl == "pt":
            out.append(f"{n[2]}.{text(key)}")
    return out


def source():
    c = CONTACTS
    L = [f"@red {ISSUERS[0]}文件", "@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}", f"@n {FACTS['main']}",
         f"经区政府同意，现将《{PLAN}》印发给你们，请结合实际认真组织实施。",
         f"{COLLEGES[0]}、{COLLEGES[1]}为助学计划首批承办高校。首批企业学习中心认定工作同步启动，符合条件的企业请于"
         f"{cn_date(APPLY_BY, week=True)}前将申报材料报区教育局终身教育科。",
         f"联系人：{c[0][0]}{c[0][1]}（{c[0][3]}），电话：{c[0][2]}；{c[1][0]}{c[1][1]}（{c[1][3]}），电话：{c[1][2]}；{c[2][0]}{c[2][1]}"
         f"（{c[2][3]}），电话：{c[2][2]}。",
         f"附件：{PLAN}", "@blank"]
    L += [f"@r {x}" for x in ISSUERS] + [f"@r {DATE}", "（此件公开发布）", "@pb", f"@title {PLAN}"]
    for lvl, key, _ in SECTIONS:
        if lvl == "part":
            L.append(f"@h1 {text(key)}")
        elif lvl == "pt":
            L.append(f"@h2 {text(key)}")
        else:
            L += ["@table 2.6 3.6 4.4 2.6", "| " + " | ".join(RATE_HEAD) + " |"]
            L += ["| " + " | ".join(r) + " |" for r in rate_rows()]
            L.append("@endtable")
    L += ["@blank", f"@small {FICTION_TEXT}", f"@small {NOTE}。"]
    return L


LEVEL2_FROM = ('<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" '
               'style:num-format="一, 二, 三, ...">')
LEVEL2_TO = '<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1">'


def main():
    path = fodt("make_jinshan_pdf.py", NAME, source(), TITLE, FICTION_TEXT)
    t = open(path, encoding="utf-8").read()
    at = t.index('<text:list-style style:name="Outline">')      # the Art list style before it has the same level 2
    head, outline = t[:at], t[at:]
    assert LEVEL2_FROM in outline
    outline = outline.replace(LEVEL2_FROM, LEVEL2_TO, 1)
    # the point numbers in the body font (make_fodt sets the level-2 numbers bold)
    outline = re.sub(r'(style:num-format="1">\s*<style:list-level-properties[^\n]*\n\s*)<style:text-properties '
                     r'fo:font-weight="bold" style:font-weight-asian="bold"/>', r"\1", outline, count=1)
    t = head + outline
    t = t.replace('<style:style style:name="H1" style:family="paragraph" style:parent-style-name="NoIndent">',
                  '<style:style style:name="H1" style:family="paragraph" style:parent-style-name="NoIndent">'
                  '<style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm"/>', 1)
    open(path, "w", encoding="utf-8").write(t)
    convert(path, "pdf")
    shutil.rmtree(os.path.dirname(path))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
