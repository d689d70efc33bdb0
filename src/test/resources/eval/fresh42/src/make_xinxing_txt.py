#!/usr/bin/env python3
"""Write fresh42/xinxing-jianzhi-banfa.txt (虚构测试文档，非真实政策): the held-out 管理办法 as the text pdftotext gives of the
published PDF.

    cd fresh42/src && python3 make_xinxing_txt.py

Part (a) of the held-out pair (the same shape as make_yicheng_doc.py: a 管理办法 of the 职业院校's 企业兼职教师 with its 印发通知, 章 /
条 from 总则 to 附则, its 课时报酬标准 as 附件 in a table), in other words and numbers. This script writes xinxing-jianzhi-banfa.src.txt
(markup of ../../tools/make_fodt.py, unchanged): 红头 of the three issuers, 文号 over a red rule, title, 主送, the 印发通知, 附件 line,
落款; on a new page the 办法 with `@chap` headings and **literal** `第X条` (bold; items （一）（二） inside the article's paragraph); on a
new page the 附件 title and **the 课时报酬标准 as one real table** (`@table`), its notes, the imprint and the note. It makes the flat ODT
(the note in its meta), prints it to PDF with `soffice --headless --convert-to pdf` in a temporary folder and keeps **only the text
`pdftotext` (default mode, not -layout) gives of it**: hard line breaks where LibreOffice wrapped the lines, the page footers `— N —`
as lines of their own, a form feed at each page's end, the table's cells one after another in reading order.

ARTICLES, CHAPTERS, LEVELS, HEAD, TABLE_NOTES, FACTS and the helpers are read by make_xinxing_pdf.py and by ../check_fresh42.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_yicheng_doc as base  # noqa: E402  (cn(), fodt(), convert() — the same tools)

NAME = "xinxing-jianzhi-banfa"
NOTE = base.NOTE
CITY = "新星市"
ISSUERS = ["第十三师新星市教育局", "第十三师新星市人力资源和社会保障局", "第十三师新星市财政局"]
DOC_NO = "十三师教发〔2026〕15号"
DATE = "2026年4月8日"
BANFA = "第十三师新星市职业院校企业兼职教师聘用管理办法（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{BANFA}》的通知"
START = "2026年5月1日"
VALID = "试行期2年"
POOL_NAME = "师市兼职教师信息库"
cn = base.cn

CHAPTERS = ["总则", "聘用条件", "聘用程序", "职责和考核", "课时报酬和激励", "附则"]
# (chapter, key, text, items); items are written inside the article's paragraph as （一）（二）…
ARTICLES = [
    (0, "purpose", "为加强职业院校“双师型”教师队伍建设，规范企业兼职教师聘用管理，推动师市企业、团场技术技能人才参与职业教育，结合"
     "师市实际，制定本办法。", []),
    (0, "scope", "本办法所称企业兼职教师（以下简称兼职教师），是指师市职业院校从企业、团场和行业组织聘用，承担专业课、实践课教学和"
     "实习指导任务的技术技能人才。师市职业院校聘用兼职教师，适用本办法。", []),
    (0, "principle", "兼职教师聘用坚持需求导向、择优聘用、规范管理、注重实效的原则。", []),
    (0, "duty", f"师市教育局负责兼职教师聘用工作的统筹管理，审核职业院校聘用计划，统一发布招聘公告，建立{POOL_NAME}。师市人力资源和"
     "社会保障局负责技工院校兼职教师聘用的指导，将兼职教师纳入师市技能人才评价范围。师市财政局负责课时报酬补助资金保障。职业院校负责"
     "兼职教师的招聘、使用、考核和日常管理。", []),
    (1, "basic", "兼职教师应当符合下列基本条件：",
     ["热爱职业教育，遵纪守法，品行端正；",
      "一般不超过58周岁，具有高级技师证书或者正高级专业技术职称的可以放宽至63周岁；",
      "在企业、团场相关岗位工作3年以上；",
      "身体健康，所在单位同意其兼职。"]),
    (1, "prof", "兼职教师还应当具备下列条件之一：",
     ["具有中级以上专业技术职称；",
      "具有高级工以上职业资格或者职业技能等级证书；",
      "获得师市级以上技术能手、劳动模范等称号；",
      "具有丰富实践经验和特殊技能，经所在单位推荐、职业院校认可。"]),
    (1, "bar", "有下列情形之一的，不予聘用：",
     ["受过刑事处罚或者正在接受立案调查的；",
      "有违反师德、违法违纪行为的；",
      "依照本办法{dismiss}被解除聘用合同未满3年的；",
      "其他不适宜从事教育教学工作的。"]),
    (2, "plan", "职业院校应当于每年4月底前编制下一学年兼职教师聘用计划，报师市教育局审核；技工院校的聘用计划同时报师市人力资源和社会"
     "保障局。兼职教师承担的教学任务一般不超过学校专业课总课时的30%。", []),
    (2, "notice", "师市教育局根据审核通过的聘用计划统一发布招聘公告。自公告发布之日至报名截止之日不少于10日。", []),
    (2, "apply", "报名可以采取个人报名或者单位推荐的方式。报名人员应当提交报名登记表、身份证、学历证书、专业技术职称或者职业技能等级"
     "证书、所在单位同意兼职的书面意见。同一人最多可以报2个岗位。", []),
    (2, "review", "职业院校负责资格审查，审查结果报师市教育局备案。", []),
    (2, "exam", "考核采取试讲、实操和面试相结合的方式，专业课岗位以试讲为主，实践课岗位以实操为主。考核小组不少于5人，其中企业专家"
     "不少于三分之一。考核成绩满分为100分，60分以上为合格。", []),
    (2, "publicity", "职业院校按照考核成绩从高到低确定拟聘人员，在师市教育局网站公示7个工作日。", []),
    (2, "contract", "公示期满无异议的，职业院校与兼职教师签订聘用合同，并取得其所在单位的书面同意。聘期一般为3年，每学年考核合格的，"
     "合同继续履行。", []),
    (2, "renew", "聘期届满、历次学年考核均为合格以上的，经本人和所在单位同意，职业院校可以续聘。续聘不再组织考核，但应当重新签订"
     "聘用合同。", []),
    (2, "direct", "省部级以上技能大师、技术能手和享受政府特殊津贴的人员，可以由职业院校直接聘用，报师市教育局备案。", []),
    (3, "duties", "兼职教师应当履行下列职责：",
     ["完成聘用合同约定的教学任务，每学期授课不少于40课时；",
      "指导学生实习实训和技能竞赛；",
      "参与专业建设、课程开发和实训基地建设；",
      "向校内教师传授新技术、新工艺、新规范。"]),
    (3, "school", "职业院校应当为每名兼职教师配备1名指导教师，组织不少于16学时的岗前培训，帮助其掌握教学基本规范。", []),
    (3, "leave", "兼职教师因故不能按时授课的，应当提前3日向职业院校请假并协商调课；每学期请假累计不得超过所承担课时的20%。", []),
    (3, "employer", "兼职教师所在单位应当为其兼职教学提供便利，不得因其兼职降低工资福利待遇。", []),
    (3, "assess", "职业院校每学年对兼职教师进行考核，考核结果分为优秀、良好、合格、不合格四个等次，优秀等次比例不超过25%。", []),
    (3, "archive", f"职业院校应当建立兼职教师业务档案，记录其授课、指导学生、考核和奖励等情况，并按学年报送{POOL_NAME}。", []),
    (3, "dismiss", "兼职教师有下列情形之一的，职业院校可以解除聘用合同：",
     ["学年考核不合格的；",
      "一学期内无故缺课2次以上的；",
      "违反师德规范的；",
      "所在单位不再同意其兼职的。"]),
    (4, "fee", "兼职教师课时报酬按照附件标准执行，由职业院校按月核发。", []),
    (4, "subsidy", "师市财政按职业院校上一学年兼职教师课时报酬实际支出的60%给予补助，单所职业院校每年补助不超过30万元。", []),
    (4, "excellent", "学年考核优秀的兼职教师，由职业院校给予一次性奖励3000元，续聘时优先。", []),
    (4, "award", "兼职教师指导学生获得省部级职业技能竞赛一等奖、二等奖、三等奖的，分别给予一次性奖励4000元、2500元、1500元；获得"
     "国家级奖项的，按同等奖次省部级标准的3倍给予奖励。", []),
    (4, "title", "兼职教师在职业院校任教期间的教学业绩，可以作为其申报专业技术职称和职业技能等级的业绩依据。", []),
    (5, "rules", "职业院校可以根据本办法制定具体实施细则。", []),
    (5, "explain", "本办法由师市教育局负责解释。", []),
    (5, "start", f"本办法自{START}起施行，{VALID}。", []),
]

HEAD = ["序号", "等级", "适用条件", "专业课（元/课时）", "实践课（元/课时）", "说明"]
LEVELS = [
    ("A级", "省部级以上技能大师、技术能手，享受政府特殊津贴人员，高级技师，正高级专业技术职称人员", "180", "220",
     "按本办法{direct}直接聘用的，确定为A级"),
    ("B级", "技师，副高级专业技术职称人员", "130", "160", "—"),
    ("C级", "符合本办法{prof}规定的其他人员", "90", "110", "—"),
]
CAP = 15000
TABLE_NOTES = [
    "每课时按40分钟计算。",
    "课时报酬按月核发，每名兼职教师每学期课时报酬不超过1.5万元。",
    "学年考核优秀的一次性奖励按本办法{excellent}执行，不计入课时报酬。",
    "等级由职业院校在签订聘用合同时确定，聘期内不作调整。",
]
CONTACT = ("师市教育局职业教育科", "0902-6931472")
TABLE_TITLE = "第十三师新星市职业院校企业兼职教师课时报酬标准"
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "banfa": BANFA, "start": f"本办法自{START}起施行", "valid": VALID,
    "pool": POOL_NAME, "phones": [CONTACT[1]],
    "age": "一般不超过58周岁，具有高级技师证书或者正高级专业技术职称的可以放宽至63周岁",
    "years": "在企业、团场相关岗位工作3年以上",
    "days": "自公告发布之日至报名截止之日不少于10日",
    "pass": "60分以上为合格",
    "publicity": "公示7个工作日",
    "term": "聘期一般为3年",
    "hours": "每学期授课不少于40课时",
    "subsidy": "单所职业院校每年补助不超过30万元",
    "explain": "本办法由师市教育局负责解释",
}
REFS = [("bar", "dismiss"), ("table", "direct"), ("table", "prof"), ("table", "excellent")]


def art_no(key):
    return next(i for i, a in enumerate(ARTICLES, 1) if a[1] == key)


def art(key):
    return f"第{cn(art_no(key))}条"


def article(key):
    _, _, text, items = ARTICLES[art_no(key) - 1]
    return text + "".join(f"（{cn(k)}）{it}" for k, it in enumerate(items, 1))


def rate(level, kind):
    r = next(r for r in LEVELS if r[0] == level)
    return int(r[2] if kind == "专业课" else r[3])


def table_rows():
    return [[str(i), *r] for i, r in enumerate(LEVELS, 1)]


def resolve():
    """put the article numbers the texts cite ({key}) in ARTICLES, LEVELS and TABLE_NOTES"""
    f = {k: art(k) for _, k, _, _ in ARTICLES}
    ARTICLES[:] = [(c, k, t.format(**f), [i.format(**f) for i in its]) for c, k, t, its in ARTICLES]
    LEVELS[:] = [tuple(x.format(**f) for x in r) for r in LEVELS]
    TABLE_NOTES[:] = [n.format(**f) for n in TABLE_NOTES]


def check_refs():
    """the article numbers the text names by number are the right ones (REFS: citing article or the table → cited article)"""
    for where, key in REFS:
        text = article(where) if where != "table" else "".join("".join(r) for r in LEVELS) + "".join(TABLE_NOTES)
        assert art(key) in text, (where, key, art(key))
    assert "违反师德" not in article("bar").split("依照")[1] and "考核优秀" in article("excellent")
    assert art("direct") in LEVELS[0][4] and art("prof") in LEVELS[2][1] and art("excellent") in TABLE_NOTES[2]


resolve()


def source():
    check_refs()
    o = [f"% {NOTE} — fresh42 held-out 管理办法 (written by make_xinxing_txt.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 师市各职业院校、技工院校，各团场，师市有关部门，有关企业：",
          f"《{BANFA}》已经师市研究同意，现印发给你们，请认真贯彻落实。各职业院校要于每学年结束后20日内将兼职教师聘用、考核和课时报酬发放"
          "情况报师市教育局。",
          f"联系人：{CONTACT[0]}，联系电话：{CONTACT[1]}。",
          "@blank", f"@n 附件：{BANFA}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）", "@pb", f"@title {BANFA}"]
    ch = -1
    for i, (c, key, text, items) in enumerate(ARTICLES, 1):
        if c != ch:
            ch = c
            o.append(f"@chap 第{cn(c + 1)}章　{CHAPTERS[c]}")
        o.append(f"**第{cn(i)}条**　{text}" + "".join(f"（{cn(k)}）{it}" for k, it in enumerate(items, 1)))
    o += ["@pb", "@n **附件**", f"@title {TABLE_TITLE}",
          "@table 1.1 1.5 6.2 2.2 2.2 3.3"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o += ["@endtable"]
    o += [f"@n {'注：' if k == 1 else ''}{k}．{t}" for k, t in enumerate(TABLE_NOTES, 1)]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：新星市为真实地名，文号、学校、条件、课时报酬、补助和奖励金额、人员和电话均为虚构，"
          "仅用于问答系统评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = base.fodt(tmp, NAME, source())
        base.convert(path, "pdf", tmp)
        subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".txt")],
                       check=True)
    print("wrote", os.path.join(OUT_DIR, NAME + ".txt"))


if __name__ == "__main__":
    main()
