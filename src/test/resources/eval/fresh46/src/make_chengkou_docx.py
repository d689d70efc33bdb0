#!/usr/bin/env python3
"""Write fresh46/chengkou-pingjia-xize.docx (虚构测试文档，非真实政策): the held-out 实施细则, a .docx written by LibreOffice.

    cd fresh46/src && python3 make_chengkou_docx.py

Part (a) of the held-out pair (the same shape as the dev pair, other words and numbers). This script writes
chengkou-pingjia-xize.src.txt (markup of ../../tools/make_fodt.py, unchanged): 红头 of the issuers, 文号 over a red rule, title,
主送, the short 印发通知, 附件 line, 落款; on a new page the 细则: title, 章 headings (`@chap`) and **条 numbered by Word** (`@art`:
list style "Art", exported as Word automatic numbering — the numbers are not in the text of the paragraphs; `soffice … txt:Text`
prints them), **items as literal text** (`（一）…` paragraphs of their own, no numbering); on a new page the 附件 title and the
补贴标准表 (`@table`), the imprint and the note. The note is put in the meta (→ docProps/core.xml: subject / description);
`soffice --headless --convert-to docx:"MS Word 2007 XML"` (private profile under /tmp).

ARTICLES, the figures and the helpers (cn(), cn_date(), numbering(), art_no(), cite(), printed(), text(), fodt(), convert()) are
read by make_chengkou_pdf.py and by ../check_fresh46.py.
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

NAME = "chengkou-pingjia-xize"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh46"
COUNTY = "城口县"
ISSUERS = ["城口县人力资源和社会保障局", "城口县财政局", "城口县教育委员会"]
DOC_NO = "城人社发〔2026〕23号"
D = datetime.date
DATE_D = D(2026, 3, 24)
RULES = "城口县职业技能等级评价机构遴选和管理实施细则"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "城口县技能评价补贴标准表"
LAW = "《中华人民共和国劳动法》"   # real national law
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"


def cn(n):
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
FIRM, SCHOOL, SOCIAL = "企业", "职业院校（含技工院校）", "社会组织"
CATEGORIES = [FIRM, SCHOOL, SOCIAL]
REG_YEARS = 2                   # 企业和社会组织登记注册满2年
FIRM_STAFF = 100                # 企业上年度在职职工不少于100人
SOCIAL_TRAINED = 500            # 社会组织近3年累计开展职业技能培训不少于500人次
RATERS = 4                      # 每个评价职业（工种）评价员不少于4名
SENIOR_RATERS = 1               # 其中高级评价员不少于1名
INNER = 1                       # 内部督导员不少于1名
STATIONS = 20                   # 实操工位不少于20个
MAX_JOBS = {FIRM: 3, SOCIAL: 3, SCHOOL: 6}
LEVELS = ["五级/初级工", "四级/中级工", "三级/高级工"]
CALL_DAYS = 20                  # 征集期20日
CHECK_DAYS = 15                 # 征集期结束后15个工作日内完成现场核查
PANEL = 7                       # 评审小组成员不少于7人
PASS = 75                       # 75分以上为合格
PER_JOB = 2                     # 同一职业（工种）入选的评价机构不超过2家
PUBLICITY = 7                   # 公示7日
LIST_YEARS = 2                  # 名录每2年调整一次
PLAN_DAYS = 7                   # 每次评价前7个工作日报送评价计划
RATIO = 15                      # 评价员与考生配比不低于1:15
MIN_RATERS = 3                  # 每场实操考核评价员不少于3名
ARCHIVE_YEARS = 5               # 评价档案保存期不少于5年
CERT_DAYS = 20                  # 评价结束后20个工作日内核发证书
AID = {"五级/初级工": 400, "四级/中级工": 700, "三级/高级工": 1000}   # 技能评价补贴 per person, to the 评价机构
AID_SHARE = 120                 # 脱贫劳动力、残疾人按标准的120%
CAP = 300000                    # 单个评价机构每年技能评价补贴不超过30万元
STATION_AID = 20000             # 站点建设补助: 首次纳入名录的企业和社会组织每家2万元（职业院校不享受）
REVIEW_DAYS = 20                # 申领材料 20个工作日内审核拨付
EXCELLENT, PASSMARK = 90, 60    # 年度考核 90分以上优秀, 60分以上不足90分合格, 不足60分不合格
REWARD = 10000                  # 优秀 → 一次性奖励1万元
SUSPEND_MONTHS = 6              # 不合格 → 暂停评价6个月
BAN_YEARS = 2                   # 退出名录的, 2年内不得再次申报
EFFECTIVE = D(2026, 4, 10)
TRIAL_YEARS = 2                 # 试行期2年
CALL_START = D(2026, 4, 20)     # the first 征集, announced in the 印发通知
CONTACTS = [("县人力社保局职业能力建设科", "刘德芬", "023-59226437"),
            ("县就业和人才服务中心", "何明轩", "023-59235718")]
LV = "至".join([LEVELS[0], LEVELS[-1]])

ARTICLES = [
    ("chap", "c1", "第一章　总　则"),
    ("art", "purpose", "为加强职业技能等级评价机构（以下简称评价机构）征集遴选和管理，保障职业技能等级评价质量，根据"
     f"{LAW}和国家关于职业技能等级评价的有关规定，结合本县实际，制定本细则。"),
    ("art", "define", "本细则所称评价机构，是指经县人力资源和社会保障局（以下简称县人力社保局）征集遴选、纳入本县职业技能等级评价机构"
     f"名录（以下简称名录），面向社会开展职业技能等级评价的{FIRM}、{SCHOOL}和{SOCIAL}。"),
    ("art", "duties", "县人力社保局负责评价机构的征集遴选、名录管理和监督检查；县财政局负责技能评价补贴和站点建设补助资金的保障和监督；"
     "县教育委员会配合做好职业院校评价工作的指导；县就业和人才服务中心负责评价计划备案、外部督导员派遣和补贴申领材料的审核。"),
    ("art", "principle", "评价机构征集遴选坚持自愿申报、分类遴选、择优入选、优胜劣汰的原则。"),
    ("chap", "c2", "第二章　申报条件"),
    ("art", "common", f"申报的企业和社会组织应当在本县依法登记注册满{REG_YEARS}年；申报单位近3年未被列入严重失信主体名单。"),
    ("art", "category", "申报单位还应当分别符合下列条件："),
    ("item", "category_1", f"企业：上年度在职职工不少于{FIRM_STAFF}人，申报的职业（工种）为本企业主要职业（工种）；"),
    ("item", "category_2", "职业院校（含技工院校）：申报的职业（工种）与本校开设的专业相对应；"),
    ("item", "category_3", f"社会组织：近3年累计开展职业技能培训不少于{SOCIAL_TRAINED}人次。"),
    ("art", "staff", f"每个评价职业（工种）应当有不少于{RATERS}名评价员，其中高级评价员不少于{SENIOR_RATERS}名；每家评价机构应当有不少于"
     f"{INNER}名内部督导员；每个评价职业（工种）的实操工位不少于{STATIONS}个。"),
    ("art", "range", f"企业和社会组织每家申报的职业（工种）不超过{MAX_JOBS[FIRM]}个，职业院校（含技工院校）每家不超过{MAX_JOBS[SCHOOL]}个。"
     f"评价等级为{LV}。"),
    ("chap", "c3", "第三章　征集遴选"),
    ("art", "call", f"县人力社保局根据本县产业发展需要发布征集公告，征集期为{CALL_DAYS}日。"),
    ("art", "papers", "申报单位应当提交下列材料："),
    ("item", "papers_1", "职业技能等级评价机构申报书；"),
    ("item", "papers_2", "营业执照、事业单位法人证书或者民办非企业单位登记证书复印件；"),
    ("item", "papers_3", "评价员、内部督导员名单及资格证明；"),
    ("item", "papers_4", "评价场地和设备清单；"),
    ("item", "papers_5", "评价工作方案。"),
    ("art", "verify", f"县人力社保局在征集期结束后{CHECK_DAYS}个工作日内完成现场核查。现场核查不合格的，不进入评审。"),
    ("art", "review", f"县人力社保局组织评审小组进行评审，评审小组成员不少于{PANEL}人，实行百分制，评审得分{PASS}分以上的为合格。同一职业"
     f"（工种）入选的评价机构不超过{PER_JOB}家，按评审得分从高到低确定；得分相同的，职业院校（含技工院校）优先。"),
    ("art", "publicity", f"遴选结果向社会公示{PUBLICITY}日。公示无异议的，纳入名录，名录每{LIST_YEARS}年调整一次。"),
    ("chap", "c4", "第四章　评价管理"),
    ("art", "plan", f"评价机构应当在每次评价前{PLAN_DAYS}个工作日，向县就业和人才服务中心报送评价计划。"),
    ("art", "raters", f"每场实操考核的评价员不少于{MIN_RATERS}名，评价员与考生配比不低于1:{RATIO}。"),
    ("art", "inspect", "县就业和人才服务中心对每场评价派出1名外部督导员，外部督导员的劳务报酬由县财政保障，不由评价机构承担。"),
    ("art", "cert", f"评价机构应当在评价结束后{CERT_DAYS}个工作日内核发职业技能等级证书。"),
    ("art", "charge", "评价机构不得以参加培训作为参加评价的前提条件，不得超出公示的评价收费标准收费。"),
    ("art", "rater_rule", "评价员不得参与其本人授课学员的评价，同一评价员每年在本县评价机构执考不超过60场。"),
    ("art", "open", "评价机构应当在评价场所显著位置公示评价职业（工种）、评价等级、收费标准和投诉电话，建立评价档案，档案保存期不少于"
     f"{ARCHIVE_YEARS}年。"),
    ("chap", "c5", "第五章　资金支持"),
    ("art", "aid", "对在本县就业或者居住的劳动者取得职业技能等级证书的，按照"
     + "、".join(f"{k}每人{v}元" for k, v in AID.items()) + f"的标准给予评价机构技能评价补贴；脱贫劳动力、残疾人按标准的{AID_SHARE}%"
     "给予补贴。"),
    ("art", "apply", f"技能评价补贴每半年申领一次，评价机构于每年1月申领上年下半年、7月申领当年上半年的补贴，县就业和人才服务中心在"
     f"{REVIEW_DAYS}个工作日内审核后拨付。单个评价机构每年技能评价补贴不超过{w(CAP)}。"),
    ("art", "station", f"对首次纳入名录的企业和社会组织，每家给予{w(STATION_AID)}站点建设补助，纳入名录后一次性拨付。职业院校（含技工院校）"
     "不享受站点建设补助。"),
    ("chap", "c6", "第六章　考核退出"),
    ("art", "assess", f"县人力社保局每年11月对评价机构进行年度考核，实行百分制，{EXCELLENT}分以上为优秀，{PASSMARK}分以上不足{EXCELLENT}分"
     f"为合格，不足{PASSMARK}分为不合格。考核优秀的，给予{w(REWARD)}一次性奖励；考核不合格的，暂停评价{SUSPEND_MONTHS}个月。"),
    ("art", "exit", "评价机构有下列情形之一的，退出名录："),
    ("item", "exit_1", "出具虚假职业技能等级证书的；"),
    ("item", "exit_2", "降低评价标准、减少评价内容的；"),
    ("item", "exit_3", "连续2年年度考核不合格的。"),
    ("art", "exit_do", f"退出名录的评价机构，{BAN_YEARS}年内不得再次申报。"),
    ("chap", "c7", "第七章　附　则"),
    ("art", "explain", "本细则由县人力社保局负责解释。"),
    ("art", "effect", f"本细则自{cn_date(EFFECTIVE)}起施行，试行期{TRIAL_YEARS}年。"),
]
HEAD = ["评价等级", "补贴标准（元/人）", "脱贫劳动力、残疾人（元/人）", "申领时间"]
WIDTHS = [3.4, 3.4, 4.4, 4.6]


def table_rows():
    return [[lv, str(v), str(v * AID_SHARE // 100), "每年1月、7月"] for lv, v in AID.items()]


TABLE_NOTE = [f"注：1．单个评价机构每年技能评价补贴不超过{w(CAP)}。",
              f"2．首次纳入名录的企业和社会组织另给予每家{w(STATION_AID)}站点建设补助。"]
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "law": LAW,
    "phones": [c[2] for c in CONTACTS],
    "aid": "、".join(f"{k}每人{v}元" for k, v in AID.items()),
    "share": f"按标准的{AID_SHARE}%",
    "pass": f"评审得分{PASS}分以上的为合格",
    "per_job": f"入选的评价机构不超过{PER_JOB}家",
    "cap": f"单个评价机构每年技能评价补贴不超过{w(CAP)}",
    "station": f"每家给予{w(STATION_AID)}站点建设补助",
    "effect": f"本细则自{cn_date(EFFECTIVE)}起施行，试行期{TRIAL_YEARS}年",
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
    """every 章 heading, 条 (with the number Word prints) and item as the text shows them (for the checker)"""
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


def source():
    o = [f"% {NOTE} — fresh46 held-out 实施细则 (written by make_chengkou_docx.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS] + ["@red 文件"]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各乡镇人民政府、街道办事处，县级有关部门，县内各职业院校（含技工院校），各有关企业和社会组织：",
          f"现将《{RULES}》印发给你们，请遵照执行。2026年第一批评价机构征集自{cn_date(CALL_START, week=True)}开始，征集公告另行发布。"
          "各乡镇、街道和县级有关部门要组织符合条件的企业、职业院校和社会组织积极申报，共同保障职业技能等级评价质量。",
          f"联系单位：{CONTACTS[0][0]}，联系人：{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；评价计划和补贴申领请联系{CONTACTS[1][0]}，"
          f"联系人：{CONTACTS[1][1]}，电话：{CONTACTS[1][2]}。",
          "@blank", f"@n 附件：{TABLE_TITLE}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件主动公开）", "@pb", f"@title {RULES}"]
    for lvl, key, t in ARTICLES:
        if lvl == "chap":
            o.append(f"@chap {t}")
        elif lvl == "art":
            o.append(f"@art {t}")
        else:
            o.append(f"（{cn(numbering()[key][1])}）{t}")
    o += ["@pb", "@n **附件**", f"@title {TABLE_TITLE}", "@table " + " ".join(str(x) for x in WIDTHS)]
    o += ["| " + " | ".join(r) + " |" for r in [HEAD] + table_rows()]
    o += ["@endtable"]
    o += [f"@n {t}" for t in TABLE_NOTE]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：城口县为真实地名，文号、评价机构条件、补贴标准、日期、人员和电话均为虚构，仅用于问答"
          f"系统评测；所引{LAW}为真实法律。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, src_text, inject=None):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the note in dc:subject and dc:description;
    inject(text) → text may put tables in (../../tools/fodt_table.py)"""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    t = open(path, encoding="utf-8").read()
    assert t.count("</dc:title>") == 1
    t = t.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                 f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    if inject:
        t = inject(t)
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
