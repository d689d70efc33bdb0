#!/usr/bin/env python3
"""Write fresh42/yicheng-xuanpin-banfa.doc (虚构测试文档，非真实政策): a Word 97 file written by LibreOffice.

    cd fresh42/src && python3 make_yicheng_doc.py

New shape of this round: per region **(a) a 职业院校产业导师（企业兼职教师）选聘 / 聘用管理办法** with its 印发通知 — 章 / 条:
总则, 选聘条件, 选聘程序, 岗位职责, 待遇保障, 考核管理, 附则 (解释, 施行日期) — with **its 课时津贴标准 as 附件, a table**, **and (b)
that year's 选聘公告 / 招聘公告** with its **岗位需求表** (post code, school, 专业, post, number of people, tasks, requirements,
课时 a term, urgent posts marked), 报名 / 资格审查 / 考核 / 公示 / 聘用 steps with dates, the allowances restated with this year's
change and worked examples, contacts and a short 答疑 part. This is part (a) of the dev pair: 宜城市教育局　宜城市人力资源和社会保障局
宜城市经济和信息化局　宜城市财政局关于印发《宜城市职业院校产业导师选聘管理办法》的通知 (宜教发〔2026〕9号, 2026年3月19日).

This script writes yicheng-xuanpin-banfa.src.txt (markup of ../../tools/make_fodt.py, unchanged): 红头 of the four issuers, 文号 over
a red rule, title, 主送, the short 印发通知, 附件 line, 落款; on a new page the 办法: title, `第一章　总则` … `第七章　附则` as centred
headings, **articles by `@art` and their items by `@item`** — Word's automatic numbering `第一条` … and `（一）（二）` … (the numbers are
not in the document's text; `soffice … txt:Text` writes them) —; on a new page the 附件 title and **the 课时津贴标准 as one real table**
(`@table`), its notes, the imprint and the note. The note is put in the meta (→ the .doc's SummaryInformation: Subject / Comments);
`soffice --headless --convert-to doc:"MS Word 97"` (private profile under /tmp).

ARTICLES, CHAPTERS, RATES, HEAD, TABLE_NOTES, FACTS and the helpers (cn(), art_no(), art(), rate(), …) are read by
make_yicheng_html.py (the 公告 restates conditions, steps and allowances and names the 办法's articles by number), by
make_xinxing_txt.py (cn(), fodt(), convert()) and by ../check_fresh42.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
TOOLS = os.path.join(os.path.dirname(OUT_DIR), "tools")

NAME = "yicheng-xuanpin-banfa"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh42"
CITY = "宜城市"
ISSUERS = ["宜城市教育局", "宜城市人力资源和社会保障局", "宜城市经济和信息化局", "宜城市财政局"]
DOC_NO = "宜教发〔2026〕9号"
DATE = "2026年3月19日"
BANFA = "宜城市职业院校产业导师选聘管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{BANFA}》的通知"
START = "2026年4月1日"
VALID = "有效期5年"
POOL_NAME = "宜城市产业导师人才库"
EDU, HRSS = "市教育局", "市人力资源和社会保障局"

CN = "零一二三四五六七八九十"


def cn(n):
    """1..99 → 一 … 九十九"""
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


CHAPTERS = ["总则", "选聘条件", "选聘程序", "岗位职责", "待遇保障", "考核管理", "附则"]
# (chapter index 0-based, key, text, items) — the article number is its place in this list; items are numbered （一）（二）…
ARTICLES = [
    (0, "purpose", "为深化产教融合、校企合作，推动企业技术技能人才到职业院校兼职任教，建设专兼结合的“双师型”教师队伍，根据国家和省有关"
     "职业院校兼职教师管理的规定，结合本市实际，制定本办法。", []),
    (0, "scope", "本办法适用于本市中等职业学校、技工学校（以下统称职业院校）面向企业、行业组织选聘产业导师的活动。", []),
    (0, "define", "本办法所称产业导师，是指由职业院校按照本办法选聘，来自企业生产、服务、管理一线，承担专业课程教学、实习实训指导和"
     "技术技能传承等任务的企业兼职教师。", []),
    (0, "principle", "产业导师选聘坚持按需设岗、公开择优、专兼结合、动态管理的原则。", []),
    (0, "duty", f"市教育局负责产业导师选聘工作的统筹协调，统一发布选聘公告，建立{POOL_NAME}。市人力资源和社会保障局负责指导技工学校"
     "产业导师选聘，支持产业导师参加职称评审和职业技能等级认定。市经济和信息化局负责动员和推荐企业技术技能人才参加选聘。市财政局负责"
     "课时津贴补助资金的安排和监督。职业院校是产业导师选聘、使用和管理的责任主体。", []),
    (1, "basic", "产业导师应当具备下列基本条件：",
     ["遵守宪法和法律，具有良好的职业道德；",
      "身体健康，能够胜任教学工作，一般不超过60周岁，高技能人才可以放宽至65周岁；",
      "在企业生产、服务、管理一线连续工作5年以上；",
      "所在企业同意其到职业院校兼职任教。"]),
    (1, "prof", "产业导师除具备基本条件外，还应当具备下列条件之一：",
     ["具有中级以上专业技术职称；",
      "具有技师以上职业资格或者职业技能等级证书；",
      "获得县级以上技能大师、劳动模范、工匠等称号；",
      "在本行业具有公认的技术技能专长，并经所在企业推荐。"]),
    (1, "bar", "有下列情形之一的，不得选聘为产业导师：",
     ["受过刑事处罚的；",
      "有违反师德行为或者其他违法违纪行为，造成不良影响的；",
      "被依法列为失信联合惩戒对象的；",
      "法律法规规定不得从事教育教学工作的其他情形。"]),
    (1, "priority", "同等条件下，产教融合型企业以及与职业院校共建产业学院、实训基地的企业推荐的人员优先选聘。", []),
    (2, "posts", "职业院校应当于每年3月底前，根据专业建设和教学需要提出下一学年产业导师岗位需求，中等职业学校报市教育局审核，技工学校报"
     "市人力资源和社会保障局审核。每所职业院校产业导师岗位数一般不超过本校专任教师总数的20%。", []),
    (2, "notice", "市教育局会同市人力资源和社会保障局汇总审核后的岗位需求，统一发布选聘公告，载明岗位、人数、条件、程序和待遇，报名时间"
     "不少于7个工作日。", []),
    (2, "apply", "报名采取个人自荐或者企业推荐的方式。报名人员应当提交报名表、身份证、学历证书、专业技术职称或者职业技能等级证书、所在企业"
     "同意兼职的证明等材料。每人限报1个岗位。", []),
    (2, "review", "职业院校对报名人员进行资格初审，市教育局会同市人力资源和社会保障局进行资格复审。", []),
    (2, "exam", "职业院校组织考核小组，采取试讲和面试的方式进行考核。考核小组由5人以上单数组成，其中企业专家不少于2人。试讲时间不少于"
     "15分钟。考核总成绩满分为100分，总成绩低于70分的不予聘用。", []),
    (2, "publicity", "职业院校根据考核总成绩，按岗位从高分到低分确定拟聘人员，在市教育局网站公示，公示期为5个工作日。", []),
    (2, "contract", f"公示无异议的，由职业院校与产业导师及其所在企业签订三方聘用协议，颁发聘书，并将其纳入{POOL_NAME}。聘期一般为2年，"
     "期满经考核合格的可以续聘。", []),
    (2, "direct", "获得省级以上技能大师、劳动模范、工匠称号或者具有正高级专业技术职称的人员，经职业院校提出、市教育局同意，可以直接聘任为"
     "产业导师，免于试讲和面试。", []),
    (3, "duties", "产业导师应当履行下列职责：",
     ["承担专业课程或者实训课程教学，每学期授课不少于32课时；",
      "指导学生实习实训，指导学生参加职业技能竞赛；",
      "参与人才培养方案制定、课程开发和教材编写；",
      "与校内专业教师结对，每个聘期至少带教1名青年教师。"]),
    (3, "school", "职业院校应当为每名产业导师明确1名校内联络教师，组织不少于8学时的岗前培训，并提供必要的教学条件。", []),
    (3, "limit", "产业导师同时受聘的职业院校原则上不超过2所。", []),
    (3, "enterprise", "产业导师所在企业应当支持其按照教学计划到职业院校授课，授课时间计入正常出勤。", []),
    (4, "allowance", "产业导师课时津贴按课时计发，标准见附件。课时津贴由职业院校按学期核发，不得拖欠。", []),
    (4, "subsidy", "市财政按职业院校上一学年实际发放课时津贴总额的50%给予补助，每所职业院校每年最高25万元。", []),
    (4, "award", "产业导师指导学生参加职业技能竞赛获得省级一等奖的，给予一次性奖励5000元；获得省级二等奖、三等奖的，分别奖励3000元、"
     "2000元；获得国家级奖项的，按省级同等奖次标准的2倍给予奖励。同一竞赛项目按最高奖次奖励，不重复奖励。", []),
    (4, "honor", "产业导师可以参加职业院校组织的教师培训和教研活动；考核优秀的，可以参加市级优秀教师评选。", []),
    (5, "assess", "职业院校每学年末对产业导师进行考核，考核内容包括教学工作量、教学效果、学生评价和师德表现。考核结果分为优秀、合格、"
     "不合格三个等次，优秀等次人数不超过本校产业导师总数的30%。", []),
    (5, "excellent", "学年考核优秀的，下一学年课时津贴按标准上浮10%；连续两个学年考核优秀的，聘期届满优先续聘。", []),
    (5, "dismiss", "产业导师有下列情形之一的，职业院校应当解除聘用协议：",
     ["学年考核不合格的；",
      "无正当理由累计3次未按照教学计划授课的；",
      "有违反师德行为的；",
      "离开推荐企业且不再从事相关行业工作的。"]),
    (5, "ban", "因本办法{dismiss}第（三）项情形被解除聘用协议的，5年内不得再次选聘为产业导师。", []),
    (5, "resign", "产业导师因工作变动等原因不能继续履职的，应当提前1个月书面告知职业院校。", []),
    (6, "rules", "各职业院校可以依据本办法制定实施细则，报市教育局或者市人力资源和社会保障局备案。", []),
    (6, "explain", "本办法由市教育局会同市人力资源和社会保障局负责解释。", []),
    (6, "start", f"本办法自{START}起施行，{VALID}。", []),
]

# 课时津贴标准 (附件): (类别, 认定条件, 理论课, 实训课, 备注)
HEAD = ["序号", "类别", "认定条件", "理论课（元/课时）", "实训课（元/课时）", "备注"]
RATES = [
    ("一类产业导师", "获得省级以上技能大师、劳动模范、工匠称号，或者具有正高级专业技术职称、高级技师证书", "200", "240",
     "按本办法{direct}直接聘任的，列入一类"),
    ("二类产业导师", "具有副高级专业技术职称或者技师证书，且在企业一线工作10年以上", "150", "180", "—"),
    ("三类产业导师", "符合本办法{prof}规定的其他人员", "100", "120", "—"),
]
UP_EXCELLENT = 10       # % — 第二十七条
CAP = 20000             # 每名产业导师每学期课时津贴最高 (元)
TABLE_NOTES = [
    "每课时按45分钟计算；实训课按实际指导学生实训的课时计算。",
    "课时津贴已包含交通、误餐等费用，不再另行发放补助。",
    "学年考核优秀的，下一学年按本办法{excellent}规定上浮" + f"{UP_EXCELLENT}%。",
    "每名产业导师每学期课时津贴最高不超过2万元。",
    "类别由职业院校在聘用时确定；聘期内取得更高一类条件的，可以从下一学期起调整。",
]
CONTACT = ("市教育局职业教育股", "0710-4226835")
TABLE_TITLE = f"{CITY}职业院校产业导师课时津贴标准"
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "banfa": BANFA, "start": f"本办法自{START}起施行", "valid": VALID,
    "pool": POOL_NAME, "phones": [CONTACT[1]],
    "age": "一般不超过60周岁，高技能人才可以放宽至65周岁",
    "years": "在企业生产、服务、管理一线连续工作5年以上",
    "days": "报名时间不少于7个工作日",
    "pass": "总成绩低于70分的不予聘用",
    "publicity": "公示期为5个工作日",
    "term": "聘期一般为2年",
    "hours": "每学期授课不少于32课时",
    "subsidy": "每所职业院校每年最高25万元",
    "explain": "本办法由市教育局会同市人力资源和社会保障局负责解释",
}
# the articles the text cites by number: (citing key or "table", cited key)
REFS = [("ban", "dismiss"), ("table", "direct"), ("table", "prof"), ("table", "excellent")]


def art_no(key):
    """the article number (1-based) of an article key"""
    return next(i for i, a in enumerate(ARTICLES, 1) if a[1] == key)


def art(key):
    return f"第{cn(art_no(key))}条"


def article(key):
    """an article's text with its items, as one string (items numbered （一）…)"""
    _, _, text, items = ARTICLES[art_no(key) - 1]
    return text + "".join(f"（{cn(k)}）{it}" for k, it in enumerate(items, 1))


def rate(cat, kind):
    """课时津贴 (yuan) of a 类别 for 理论课 / 实训课"""
    r = next(r for r in RATES if r[0] == cat)
    return int(r[2] if kind == "理论课" else r[3])


def table_rows():
    return [[str(i), *r] for i, r in enumerate(RATES, 1)]


def resolve():
    """put the article numbers the texts cite ({key}) in ARTICLES, RATES and TABLE_NOTES"""
    f = {k: art(k) for _, k, _, _ in ARTICLES}
    ARTICLES[:] = [(c, k, t.format(**f), [i.format(**f) for i in its]) for c, k, t, its in ARTICLES]
    RATES[:] = [tuple(x.format(**f) for x in r) for r in RATES]
    TABLE_NOTES[:] = [n.format(**f) for n in TABLE_NOTES]


def check_refs():
    """the article numbers the text names by number are the right ones (REFS: citing article or the table → cited article)"""
    for where, key in REFS:
        text = article(where) if where != "table" else "".join("".join(r) for r in RATES) + "".join(TABLE_NOTES)
        assert art(key) in text, (where, key, art(key))
    assert "违反师德" in ARTICLES[art_no("dismiss") - 1][3][2] and "第（三）项" in article("ban")
    assert art("direct") in RATES[0][4] and art("prof") in RATES[2][1] and art("excellent") in TABLE_NOTES[2]
    assert f"上浮{UP_EXCELLENT}%" in article("excellent")


resolve()


def source():
    check_refs()
    o = [f"% {NOTE} — fresh42 dev 管理办法 (written by make_yicheng_doc.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各镇人民政府、街道办事处，市直有关单位，各职业院校，有关企业：",
          f"现将《{BANFA}》印发给你们，请结合实际认真贯彻执行。各职业院校要按照本办法做好产业导师岗位设置、选聘、使用和考核工作，"
          "每学年产业导师聘用和考核情况于学年结束后15个工作日内报市教育局，技工学校同时抄送市人力资源和社会保障局。",
          f"联系单位：{CONTACT[0]}，电话：{CONTACT[1]}。",
          "@blank", f"@n 附件：{BANFA}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）", "@pb", f"@title {BANFA}"]
    ch = -1
    for c, key, text, items in ARTICLES:
        if c != ch:
            ch = c
            o.append(f"@chap 第{cn(c + 1)}章　{CHAPTERS[c]}")
        o.append(f"@art {text}")
        o += [f"@item {it}" for it in items]
    o += ["@pb", "@n **附件**", f"@title {TABLE_TITLE}",
          "@table 1.1 2.6 5.6 2.0 2.0 3.2"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o += ["@endtable"]
    o += [f"@n {'注：' if k == 1 else ''}{k}．{t}" for k, t in enumerate(TABLE_NOTES, 1)]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：宜城市为真实地名，文号、学校、条件、课时津贴、补助和奖励金额、人员和电话均为虚构，"
          "仅用于问答系统评测。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, src_text):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the note in dc:subject and dc:description."""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
    assert text.count("</dc:title>") == 1
    text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                       f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    open(path, "w", encoding="utf-8").write(text)
    return path


def convert(path, fmt, tmp):
    subprocess.run(["soffice", PROFILE, "--headless", "--convert-to", fmt, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, source())
        convert(path, "doc:MS Word 97", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".doc"), os.path.join(OUT_DIR, NAME + ".doc"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".doc"))


if __name__ == "__main__":
    main()
