#!/usr/bin/env python3
"""Write fresh41/zaoyang-kaifang-banfa.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from a flat ODT.

    cd fresh41/src && python3 make_zaoyang_pdf.py

New shape of this round: per region **(a) a 产教融合实训基地开放共享管理办法** with its 印发通知 — 章 / 条: 总则, 开放对象和方式,
预约和使用, 收费和减免, 安全管理, 考核和奖补, 附则 (解释, 施行日期) — and **its 收费标准 as 附件, a table** (序号 / 项目 / 计费单位 /
收费标准（元） / 减免对象 / 备注, grouped by kind of fee), **and (b) the term's 开放预约公告 / 开放共享公告** (which bases and 工位 open,
opening hours and closed days, how to book — platform, days ahead, cancelling, 爽约 —, fees restated or changed, contacts, a short
常见问题 part). This is part (a) of the dev pair: 枣阳市教育局　枣阳市人力资源和社会保障局　枣阳市财政局关于印发《枣阳市产教融合
实训基地开放共享管理办法》的通知 (枣教发〔2026〕12号, 2026年4月20日).

This script writes zaoyang-kaifang-banfa.src.txt (markup of ../../tools/make_fodt.py, unchanged: 红头 of the three issuers, 文号
over a red rule, title, 主送, the short 印发通知, 附件 line, 落款; then on a new page the 办法: title, `第一章　总则` … `第七章　附则` as
centred headings, **articles as literal text** `第一条　…` (the article numbers are computed here; items （一）（二） inside the
article's paragraph); then on a new page the 附件 title and **the 收费标准 table** by make_fodt's `@table` (header row repeated; group
rows `一、工位使用费` … spanning all columns), its 注 1．–3．, the imprint and the note), makes the flat ODT, puts the note in the meta
(→ the PDF's Subject) and converts with `soffice --headless --convert-to pdf` (private profile under /tmp).

ARTICLES, CHAPTERS, FEES, GROUPS, FACTS and the helpers (art_no(), fee(), …) are read by make_zaoyang_txt.py (the 公告 restates
fees, booking rules and 爽约 penalties, names the 办法's articles by number) and by ../check_fresh41.py.
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

NAME = "zaoyang-kaifang-banfa"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh41"
CITY = "枣阳市"
ISSUERS = ["枣阳市教育局", "枣阳市人力资源和社会保障局", "枣阳市财政局"]
DOC_NO = "枣教发〔2026〕12号"
DATE = "2026年4月20日"
BANFA = "枣阳市产教融合实训基地开放共享管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{BANFA}》的通知"
START = "2026年6月1日"
VALID = "有效期5年"
PLATFORM = "枣阳市实训基地共享预约平台"
EDU, HRSS, FIN, NDRC = "市教育局", "市人力资源和社会保障局", "市财政局", "市发展和改革局"

CN = "零一二三四五六七八九十"


def cn(n):
    """1..99 → 一 … 九十九"""
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


CHAPTERS = ["总则", "开放对象和方式", "预约和使用", "收费和减免", "安全管理", "考核和奖补", "附则"]
# (chapter index 0-based, key, text) — the article number is its place in this list
ARTICLES = [
    (0, "purpose", "为推动产教融合实训基地（以下简称基地）开放共享，提高实训设施设备使用效率，更好服务职业院校实训教学、企业职工培训和"
     "社会人员技能提升，根据国家和省有关深化产教融合、推进职业教育实训基地建设的规定，结合本市实际，制定本办法。"),
    (0, "scope", "本办法适用于本市职业院校、技工院校和企业建设，经市教育局、市人力资源和社会保障局认定的市级产教融合实训基地面向校外"
     "开放共享的活动。基地在本校（本企业）内部使用的，按各单位内部规定执行。"),
    (0, "principle", "基地开放共享坚持公益优先、安全第一、统一预约、成本补偿的原则。"),
    (0, "duty", "市教育局负责基地开放共享的统筹协调，建设和管理枣阳市实训基地共享预约平台（以下简称预约平台），会同有关部门组织年度考核。"
     "市人力资源和社会保障局负责指导技工院校基地开放共享，将符合条件的基地纳入职业技能培训和评价场地目录。市财政局负责奖补资金的安排和"
     "监督。基地所在单位是开放共享的责任主体，其主要负责人是第一责任人，应明确1名基地管理员负责日常预约、接待和安全管理。"),
    (1, "objects", "基地面向下列对象开放：（一）本市职业院校、技工院校学生；（二）本市普通中小学学生，开展劳动教育和职业体验；（三）企业在岗"
     "职工；（四）市外院校和培训机构；（五）参加职业技能培训的退役军人、登记失业人员、农村转移劳动力等社会人员。"),
    (1, "ways", "基地开放方式包括：（一）工位预约，个人或者团体按工位和时段预约使用；（二）整室包场，团体按整间实训室半天或者全天使用；"
     "（三）培训合作，基地与企业、培训机构合作开展培训项目，按合作协议约定使用；（四）技能等级认定和竞赛，作为职业技能等级认定考点或者"
     "技能竞赛场地使用。"),
    (1, "hours", "基地每学期对外开放不少于16周，每周对外开放时间不少于20小时；寒假、暑假期间可根据需求集中开放。法定节假日和设备检修期间"
     "不开放，检修安排应提前3个工作日在预约平台公布。"),
    (1, "announce", "每学期开学前，市教育局汇总各基地开放安排，通过预约平台和市教育局网站统一发布开放预约公告，载明开放基地和工位、"
     "开放时间、预约办法、收费标准和联系方式。"),
    (2, "booking", "使用基地须通过预约平台实名预约。个人预约的，至少提前2个工作日，最早可提前14天；10人以上团体预约的，至少提前5个工作日，"
     "并上传实训计划和人员名单。培训合作、技能等级认定和竞赛使用的，由基地所在单位与使用单位协商确定，并在预约平台登记。"),
    (2, "cancel", "预约成功后不能按时使用的，个人应在预约时段开始24小时前、团体应在预约时段开始3个工作日前通过预约平台取消。按时取消的，"
     "已缴费用全额退还。"),
    (2, "noshow", "预约后在预约时段开始30分钟内未签到，且未按时取消的，视为爽约。个人在一个自然月内爽约累计2次的，暂停其预约资格30天；"
     "一学期内累计爽约4次的，取消其本学期预约资格。团体爽约的，暂停该单位预约资格60天。爽约的，已缴费用不予退还。"),
    (2, "use", "使用者应凭预约码签到，按预约的工位和时段使用，不得将预约让与他人使用。首次使用基地的，须参加基地组织的安全准入培训并考核合格，培训"
     "时间不少于2学时。未满16周岁的学生须由所在学校团体预约，带队教师全程在场。"),
    (2, "damage", "使用者应遵守基地操作规程，爱护设施设备。因违规操作造成设施设备损坏的，由使用者承担维修费用；团体使用的，由组织单位"
     "承担维修费用。"),
    (2, "guide", "基地应为使用者提供必要的技术指导。团体使用需要基地安排指导教师的，应在预约时提出，指导费按附件标准收取。"),
    (3, "fee", "基地对外开放按照补偿运行成本、不以营利为目的的原则收费，收费标准见附件。耗材可由使用者自备；由基地提供的，按实际消耗"
     "收取成本费。"),
    (3, "free", "本市职业院校、技工院校学生按教学计划参加实训的，免收工位使用费；本市普通中小学学生开展劳动教育和职业体验的，免收工位"
     "使用费和指导费。"),
    (3, "half", "本市中小微企业在岗职工、退役军人、登记失业人员和脱贫人口参加职业技能培训的，工位使用费按标准的50%收取。同时符合多项"
     "减免条件的，按最优惠的一项执行，不重复减免。"),
    (3, "nofree", "整室包场、技能等级认定场地使用不适用本办法第十六条、第十七条规定的减免；耗材成本费不予减免。"),
    (3, "collect", "基地收费标准应在预约平台公示，费用通过预约平台统一收取并开具票据，收入纳入所在单位预算统一管理，主要用于设备维护、"
     "耗材补充和指导教师劳务。不得在公示标准以外收取其他费用。"),
    (3, "adjust", "收费标准原则上3年内保持稳定。确需调整收费标准或者新增收费项目的，由基地所在单位提出，经市教育局会同市发展和改革局审核"
     "后在预约平台公布。"),
    (4, "system", "基地所在单位应建立安全管理制度，制定突发事件应急预案，每学期至少组织1次应急演练。"),
    (4, "special", "焊接、电工等特种作业实训，使用者须持有相应的特种作业操作证，或者在持证指导教师现场指导下操作。"),
    (4, "insure", "团体使用的，组织单位应为参训人员购买意外伤害保险，并与基地所在单位签订安全责任书。"),
    (4, "accident", "发生安全事故的，基地所在单位应立即组织救援，并在2小时内报告市教育局和主管部门。"),
    (4, "stop", "使用者有下列情形之一的，基地管理员可以责令其停止使用：（一）未参加安全准入培训或者考核不合格；（二）违反操作规程，经劝阻"
     "不改；（三）酒后进入基地；（四）其他危及人身和设施设备安全的行为。"),
    (5, "assess", "市教育局会同市人力资源和社会保障局、市财政局每年12月对基地开放共享情况进行考核，考核内容包括开放时长、对外服务人次、"
     "预约履约率、安全管理和使用者评价，考核结果分为优秀、良好、合格和不合格四个等次。"),
    (5, "award", "考核优秀的基地，按年度对外服务人次每人次20元给予奖补，单个基地每年最高30万元；考核良好的，按每人次12元给予奖补，单个"
     "基地每年最高20万元；考核合格的，不予奖补。对外服务人次以预约平台签到记录为准，同一人同一天多次签到的按1人次计算。"),
    (5, "use_award", "奖补资金主要用于设备维护更新、耗材补充和指导教师劳务，其中指导教师劳务每课时不超过100元。"),
    (5, "fail", "考核不合格的，责令限期整改，整改期为3个月；连续两年考核不合格的，取消其市级产教融合实训基地资格。"),
    (5, "fraud", "弄虚作假、虚报对外服务人次骗取奖补资金的，追回奖补资金，3年内不得申报市级产教融合奖补项目；涉嫌违法的，依法移送有关"
     "部门处理。"),
    (6, "rules", "基地所在单位可依据本办法制定具体实施细则，报市教育局备案。"),
    (6, "explain", "本办法由市教育局负责解释。"),
    (6, "start", f"本办法自{START}起施行，{VALID}。"),
]

# 收费标准 (附件): groups, then (group, 项目, 计费单位, 收费标准（元）, 减免对象, 备注)
R_ALL = "本市院校学生免收；第十七条所列人员减半"
R_NONE = "不减免"
R_PUPIL = "本市中小学生免收"
GROUPS = ["一、工位使用费", "二、整室包场费", "三、服务费"]
FEES = [
    (0, "普通车床工位", "工位·小时", "15", R_ALL, "耗材另计"),
    (0, "数控车床工位", "工位·小时", "30", R_ALL, "耗材另计"),
    (0, "加工中心工位", "工位·小时", "60", R_ALL, "含刀具损耗"),
    (0, "焊接实训工位", "工位·小时", "20", R_ALL, "焊材按实收取"),
    (0, "电工实训工位", "工位·小时", "12", R_ALL, "—"),
    (0, "工业机器人实训工位", "工位·小时", "45", R_ALL, "每工位限2人"),
    (0, "汽车维修实训工位", "工位·小时", "25", R_ALL, "含举升机使用"),
    (0, "电子商务直播实训间", "间·小时", "50", R_ALL, "含灯光音响"),
    (1, "机加工实训室", "间·半天", "800", R_NONE, "半天为4小时"),
    (1, "电子商务直播实训室", "间·半天", "500", R_NONE, "半天为4小时"),
    (2, "安全准入培训", "人·次", "免费", "—", "首次使用须参加"),
    (2, "指导教师指导费", "课时", "120", R_PUPIL, "每课时45分钟"),
    (2, "技能等级认定场地使用费", "人·次", "60", R_NONE, "不含考务费"),
    (2, "耗材成本费", "按实际消耗", "成本价", R_NONE, "可自备"),
]
HEAD = ["序号", "项目", "计费单位", "收费标准（元）", "减免对象", "备注"]
FULL_DAY = 1.8          # 全天包场 = 半天标准 × 1.8
TABLE_NOTES = [
    "工位使用不足1小时的按1小时计算，超过1小时的按实际使用时长以半小时为单位累计计算。",
    f"全天包场按半天标准的{FULL_DAY:g}倍收取。",
    "“减半”指按标准的50%收取；减免对象以预约时上传的证明材料为准，由基地管理员审核。",
]
CONTACT = ("市教育局职业教育与成人教育科", "0710-6231574")
TABLE_TITLE = f"{CITY}产教融合实训基地开放共享收费标准"
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "banfa": BANFA, "start": f"本办法自{START}起施行", "valid": VALID,
    "platform": PLATFORM, "phones": [CONTACT[1]],
    "individual": "个人预约的，至少提前2个工作日，最早可提前14天",
    "group": "10人以上团体预约的，至少提前5个工作日",
    "noshow": "个人在一个自然月内爽约累计2次的，暂停其预约资格30天",
    "award": "按年度对外服务人次每人次20元给予奖补，单个基地每年最高30万元",
    "explain": "本办法由市教育局负责解释",
}


def art_no(key):
    """the article number (1-based) of an article key"""
    return next(i for i, a in enumerate(ARTICLES, 1) if a[1] == key)


def art(key):
    return f"第{cn(art_no(key))}条"


def fee(item):
    """the FEES row of an item"""
    return next(r for r in FEES if r[1] == item)


def fee_rows():
    """the table's body rows: group rows `= …` and numbered fee rows"""
    out, n = [], 0
    for g, name in enumerate(GROUPS):
        out.append(["= " + name])
        for r in FEES:
            if r[0] == g:
                n += 1
                out.append([str(n), r[1], r[2], r[3], r[4], r[5]])
    return out


def check_refs():
    """the article numbers the text names by number are the right ones"""
    assert art("free") == "第十六条" and art("half") == "第十七条", (art("free"), art("half"))


def source():
    check_refs()
    o = [f"% {NOTE} — fresh41 dev 管理办法 (written by make_zaoyang_pdf.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各镇人民政府、街道办事处，市直有关单位，各职业院校、技工院校，有关企业：",
          f"现将《{BANFA}》印发给你们，请结合实际认真贯彻执行。各基地所在单位要按照本办法要求，做好基地开放预约、收费公示和安全管理工作，"
          "每学期开放情况于学期结束后10个工作日内报市教育局。",
          f"联系单位：{CONTACT[0]}，电话：{CONTACT[1]}。",
          "@blank", f"@n 附件：{BANFA}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）", "@pb", f"@title {BANFA}"]
    ch = -1
    for i, (c, key, text) in enumerate(ARTICLES, 1):
        if c != ch:
            ch = c
            o.append(f"@chap 第{cn(c + 1)}章　{CHAPTERS[c]}")
        o.append(f"**第{cn(i)}条**　{text}")
    o += ["@pb", "@n **附件**", f"@title {TABLE_TITLE}",
          "@table 1.1 4.0 2.4 2.2 4.4 2.6"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in fee_rows()]
    o += ["@endtable"]
    o += [f"@n {'注：' if k == 1 else ''}{k}．{t}" for k, t in enumerate(TABLE_NOTES, 1)]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：枣阳市为真实地名，文号、基地、收费标准、奖补金额、人员和电话均为虚构，仅用于问答系统评测。"
          "虚构测试文档，非真实政策。"]
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
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
