#!/usr/bin/env python3
"""Write fresh43/xihua-shijian-guiding.docx (虚构测试文档，非真实政策): a Word 2007 .docx written by LibreOffice.

    cd fresh43/src && python3 make_xihua_docx.py

New shape of this round: per region **(a) a 职业学校专业教师企业实践管理规定** (how vocational-school teachers spend time in firms)
with its 印发通知 — 章 / 条: 总则 (the 5-year requirement, new teachers), 实践内容和形式, 组织实施, 实践管理, 保障措施 (工作量,
生活补助 with a cap, travel and lodging, the firms' 补助), 考核评价, 附则 — with **its 考核登记表 as 附件, a form** (label cells,
column and row spans), **and (b) that year's 企业实践项目 notice** with its **项目表** (code, firm, post, 对口专业, places, batch,
inside / outside the county, remarks), dates, this year's change, worked allowances and contacts. This is part (a) of the dev pair:
西华县教育体育局　西华县人力资源和社会保障局　西华县财政局关于印发《西华县职业学校专业教师企业实践管理规定》的通知
(西教体〔2026〕9号, 2026年3月26日).

This script writes xihua-shijian-guiding.src.txt (markup of ../../tools/make_fodt.py, unchanged): 红头 of the three issuers, 文号
over a red rule, title, 主送, the short 印发通知, 附件 line, 落款; on a new page the 规定: title, `第一章　总则` … `第七章　附则` as centred
headings, **articles by `@art` and their items by `@item`** — Word's automatic numbering `第一条` … and `（一）（二）` … (not in the
document's text; `soffice … txt:Text` writes them) —; on a new page the 附件 title and **the 考核登记表 as one form table** put in by
../../tools/fodt_table.py (unchanged: label cells, `<` column spans, `^` row spans, no header row), its notes, the imprint and the
note. The note is put in the meta (→ docProps/core.xml: subject / description); `soffice --headless --convert-to docx`.

ARTICLES, CHAPTERS, FORM, FORM_NOTES, FACTS and the helpers (cn(), art_no(), art(), article(), …) are read by make_xihua_txt.py
(the notice restates rules and rates and names the 规定's articles by number), by make_mengshan_pdf.py (cn(), fodt(), convert()) and
by ../check_fresh43.py.
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
sys.path.insert(0, TOOLS)
import fodt_table  # noqa: E402

NAME = "xihua-shijian-guiding"
NOTE = "虚构测试文档，非真实政策"
PROFILE = "-env:UserInstallation=file:///tmp/lo-fresh43"
COUNTY = "西华县"
ISSUERS = ["西华县教育体育局", "西华县人力资源和社会保障局", "西华县财政局"]
DOC_NO = "西教体〔2026〕9号"
DATE = "2026年3月26日"
GUIDING = "西华县职业学校专业教师企业实践管理规定"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{GUIDING}》的通知"
START = "2026年5月1日"
VALID = "有效期3年"
STATION = "教师企业实践工作站"
FORM_TITLE = "西华县职业学校专业教师企业实践考核登记表"
NATIONAL = "《职业学校教师企业实践规定》（教师〔2016〕3号）"   # real national document

CN = "零一二三四五六七八九十"


def cn(n):
    """1..99 → 一 … 九十九"""
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# rates and limits (read by the notice and the checker)
YEARS, MONTHS = 5, 6            # 每5年累计不少于6个月
NEW_YEARS, NEW_MONTHS = 2, 3    # 新入职: 入职后2年内不少于3个月
DAYS_PER_MONTH = 20             # 每20个工作日折算为1个月
MIN_BLOCK, MIN_PIECE = 20, 5    # 集中实践每次连续不少于20个工作日; 分段实践每段不少于5个工作日
WORKLOAD = 2                    # 每个工作日折算2课时
CREDIT = 8                      # 每个工作日折算8个继续教育学时
IN_RATE, OUT_RATE = 60, 90      # 生活补助 元/人/天: 县内 / 县外
CAP = 3600                      # 生活补助每人每年最高
LODGING = 120                   # 住宿费每人每天不超过
STATION_PAY, STATION_CAP = 1500, 30000
LEAVE_DAYS = 3
MIN_STATION_PLACES = 2        # 每个工作站每年提供的名额不少于
EXCELLENT_SHARE = 20            # %

CHAPTERS = ["总则", "实践内容和形式", "组织实施", "实践管理", "保障措施", "考核评价", "附则"]
# (chapter index 0-based, key, text, items) — the article number is its place in this list; items are numbered （一）（二）…
ARTICLES = [
    (0, "purpose", "为加强职业学校“双师型”教师队伍建设，推动专业教师定期到企业实践，提升专业教师实践教学能力，根据"
     f"{NATIONAL}等有关规定，结合本县实际，制定本规定。", []),
    (0, "scope", "本规定适用于本县中等职业学校、技工学校（以下统称职业学校）在职在岗的专业课教师和实习指导教师（以下统称专业教师）。"
     "公共基础课教师可以参照本规定参加企业实践。", []),
    (0, "define", "本规定所称企业实践，是指专业教师按照学校安排，到企业生产、服务一线岗位进行的实践锻炼，分为集中实践和分段实践两种"
     "形式。", []),
    (0, "period", f"专业教师每{YEARS}年累计参加企业实践的时间不少于{MONTHS}个月。新入职且没有企业工作经历的专业教师，应当在入职后"
     f"{NEW_YEARS}年内参加不少于{NEW_MONTHS}个月的企业实践。企业实践时间按实际到岗工作日计算，每{DAYS_PER_MONTH}个工作日折算为1个月。",
     []),
    (0, "duty", f"县教育体育局负责统筹全县职业学校专业教师企业实践工作，发布年度企业实践项目安排，认定{STATION}。县人力资源和社会保障局"
     "负责指导技工学校专业教师企业实践工作，将企业实践经历纳入职称评审条件。县财政局负责企业实践经费的安排和监督。职业学校是专业教师"
     "企业实践的责任主体。", []),
    (1, "content", "专业教师企业实践主要包括下列内容：",
     ["了解企业的生产组织方式、工艺流程和产业发展趋势；",
      "熟悉企业相关岗位的职责、操作规范、技能要求和用人标准；",
      "学习所教专业在生产实践中应用的新知识、新技术、新工艺、新材料、新设备和新标准；",
      "结合企业生产实际，改进专业课程教学内容和实践教学方法。"]),
    (1, "form", f"集中实践每次连续不少于{MIN_BLOCK}个工作日，一般安排在寒假、暑假；分段实践每段不少于{MIN_PIECE}个工作日，每学年累计不少于"
     f"{MIN_BLOCK}个工作日。", []),
    (1, "station", f"县教育体育局会同县人力资源和社会保障局从产教融合型企业和与职业学校合作紧密的企业中认定{STATION}，每3年复核一次。"
     f"每个工作站每年提供的企业实践名额不少于{MIN_STATION_PLACES}个。", []),
    (1, "match", "专业教师原则上到与所教专业对口的企业实践。到县外企业实践的，应当经所在学校同意，并报县教育体育局备案。", []),
    (2, "plan", "职业学校应当于每年3月底前制定本校专业教师企业实践计划，报县教育体育局备案；技工学校同时抄送县人力资源和社会保障局。", []),
    (2, "annual", "县教育体育局根据各校计划和工作站接收能力，于每年5月底前发布年度企业实践项目安排，载明实践企业、岗位、名额、时间和"
     "要求。", []),
    (2, "apply", "专业教师根据年度项目安排向所在学校提出申请，经学校审核后由学校统一报县教育体育局。每名专业教师每年申报的集中实践项目"
     "不超过1个。", []),
    (2, "order", "同一项目申请人数超过名额的，按照下列顺序安排：",
     ["新入职且没有企业工作经历的专业教师；",
      f"近{YEARS}年累计企业实践时间不足{MONTHS}个月的专业教师；",
      "新设专业的专业教师。"]),
    (2, "agreement", "职业学校应当与实践企业签订教师企业实践协议，明确实践岗位、内容、时间、安全责任和双方权利义务。实践企业应当为每名"
     "实践教师指定1名企业指导人员。", []),
    (2, "nopay", "专业教师在企业实践期间不得从事与实践内容无关的工作，不得在实践企业领取劳动报酬。", []),
    (3, "log", "实践教师应当每天填写企业实践日志，每周向所在学校报告1次实践情况。", []),
    (3, "leave", f"实践期间执行实践企业的考勤制度。实践教师请假{LEAVE_DAYS}天以内的，由企业指导人员批准；超过{LEAVE_DAYS}天的，还应当经"
     "所在学校批准。请假时间不计入企业实践时间。", []),
    (3, "stop", "实践教师有下列情形之一的，终止其企业实践，考核结果为不合格：",
     ["无故离岗累计3天以上的；",
      "严重违反实践企业规章制度或者安全操作规程的；",
      "泄露实践企业商业秘密的；",
      "伪造企业实践日志或者考核材料的。"]),
    (3, "insurance", "职业学校应当在实践开始前为实践教师购买人身意外伤害保险，实践企业应当对实践教师进行安全教育。", []),
    (3, "inspect", "职业学校应当在每次集中实践期间至少开展1次现场巡查，了解实践教师到岗和实践情况。", []),
    (4, "workload", f"专业教师企业实践期间享受与在岗教师同等的工资福利待遇。企业实践时间计入教学工作量，每个工作日折算{WORKLOAD}课时。",
     []),
    (4, "subsidy", f"县财政对参加企业实践的专业教师给予生活补助，按实际实践天数计算：在县内企业实践的，每人每天{IN_RATE}元；在县外企业"
     f"实践的，每人每天{OUT_RATE}元。生活补助每人每年最高不超过{CAP}元。", []),
    (4, "travel", f"到县外企业实践的，每次实践的往返路费凭票据实报实销，限1个往返。实践企业不能提供住宿的，住宿费凭票据按每人每天不超过"
     f"{LODGING}元实报实销。", []),
    (4, "station_pay", f"县财政对接收专业教师企业实践的工作站给予补助，每接收1名专业教师完成1次集中实践并考核合格的补助{STATION_PAY}元，"
     f"每个工作站每年最高不超过{STATION_CAP // 10000}万元。", []),
    (4, "title", "专业教师未按照本规定{period}规定完成企业实践的，不得申报高一级专业技术职称，不得参加县级以上骨干教师评选。", []),
    (5, "assess", "实践结束后5个工作日内，实践教师应当向所在学校提交企业实践日志、实践总结和考核登记表（见附件）。考核由企业指导人员"
     f"提出意见，学校综合评定。考核结果分为优秀、合格、不合格三个等次，优秀等次人数不超过本校当年实践教师总数的{EXCELLENT_SHARE}%。", []),
    (5, "recognize", f"考核合格以上的，认定其企业实践时间，每个工作日折算{CREDIT}个继续教育学时；考核优秀的，同等条件下在评优评先中"
     "优先考虑。", []),
    (5, "fail", "考核不合格的，不认定本次企业实践时间，不发放生活补助；已经发放的，由所在学校予以收回。", []),
    (5, "review", "县教育体育局每年对工作站接收和指导专业教师情况进行评估。工作站连续2年未接收专业教师企业实践，或者评估不合格的，"
     "取消其工作站资格。", []),
    (6, "rules", "各职业学校可以依据本规定制定实施细则，报县教育体育局备案。", []),
    (6, "explain", "本规定由县教育体育局会同县人力资源和社会保障局负责解释。", []),
    (6, "start", f"本规定自{START}起施行，{VALID}。", []),
]

# 附件: the 考核登记表, a form of 6 columns ("<" covered by the cell to the left, "^" by the cell above)
FORM = [
    ["姓名", "", "性别", "", "出生年月", ""],
    ["所在学校", "", "<", "<", "任教专业", ""],
    ["实践企业", "", "<", "<", "实践岗位", ""],
    ["实践形式", "□集中实践　□分段实践", "<", "<", "实践天数", "个工作日"],
    ["实践时间", "年　月　日至　年　月　日", "<", "<", "<", "<"],
    ["企业指导人员", "", "职务（职称）", "", "联系电话", ""],
    ["实践内容及主要收获", "（可另附页）", "<", "<", "<", "<"],
    ["考核意见", "实践企业", "考核等次建议：□优秀　□合格　□不合格<br>企业指导人员（签字）：<br>实践企业（盖章）　年　月　日", "<", "<", "<"],
    ["^", "所在学校", "考核等次：□优秀　□合格　□不合格<br>学校负责人（签字）：<br>学校（盖章）　年　月　日", "<", "<", "<"],
    ["县教育体育局备案意见", "（盖章）　年　月　日", "<", "<", "<", "<"],
]
FORM_WIDTHS = [2.6, 3.0, 2.3, 2.6, 2.2, 3.1]
FORM_LABELS = ["姓名", "性别", "出生年月", "所在学校", "任教专业", "实践企业", "实践岗位", "实践形式", "实践天数", "实践时间",
               "企业指导人员", "职务（职称）", "联系电话", "实践内容及主要收获", "考核意见", "县教育体育局备案意见"]
FORM_NOTES = [
    "本表一式三份，由实践教师、所在学校和县教育体育局各留存1份。",
    "实践天数按实际到岗工作日填写，请假时间不计入。",
    "考核等次由学校根据企业意见和企业实践日志、实践总结综合评定，优秀等次比例按本规定{assess}执行。",
]
CONTACT = ("县教育体育局职业教育股", "0394-5291736")
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "guiding": GUIDING, "start": f"本规定自{START}起施行", "valid": VALID,
    "station": STATION, "phones": [CONTACT[1]], "national": NATIONAL,
    "period": f"每{YEARS}年累计参加企业实践的时间不少于{MONTHS}个月",
    "new": f"应当在入职后{NEW_YEARS}年内参加不少于{NEW_MONTHS}个月的企业实践",
    "month": f"每{DAYS_PER_MONTH}个工作日折算为1个月",
    "block": f"集中实践每次连续不少于{MIN_BLOCK}个工作日",
    "piece": f"分段实践每段不少于{MIN_PIECE}个工作日",
    "rates": [f"每人每天{IN_RATE}元", f"每人每天{OUT_RATE}元", f"生活补助每人每年最高不超过{CAP}元"],
    "workload": f"每个工作日折算{WORKLOAD}课时",
    "credit": f"每个工作日折算{CREDIT}个继续教育学时",
    "explain": "本规定由县教育体育局会同县人力资源和社会保障局负责解释",
}
# the articles the text cites by number: (citing key or "form", cited key)
REFS = [("title", "period"), ("form", "assess")]


def art_no(key):
    """the article number (1-based) of an article key"""
    return next(i for i, a in enumerate(ARTICLES, 1) if a[1] == key)


def art(key):
    return f"第{cn(art_no(key))}条"


def article(key):
    """an article's text with its items, as one string (items numbered （一）…)"""
    _, _, text, items = ARTICLES[art_no(key) - 1]
    return text + "".join(f"（{cn(k)}）{it}" for k, it in enumerate(items, 1))


def resolve():
    """put the article numbers the texts cite ({key}) in ARTICLES and FORM_NOTES"""
    f = {k: art(k) for _, k, _, _ in ARTICLES}
    ARTICLES[:] = [(c, k, t.format(**f), [i.format(**f) for i in its]) for c, k, t, its in ARTICLES]
    FORM_NOTES[:] = [n.format(**f) for n in FORM_NOTES]


def check_refs():
    """the article numbers the text names by number are the right ones (REFS: citing article or the form → cited article)"""
    for where, key in REFS:
        text = article(where) if where != "form" else "".join(FORM_NOTES)
        assert art(key) in text, (where, key, art(key))
    assert "优秀等次人数不超过" in article("assess") and f"不少于{MONTHS}个月" in article("period")


resolve()


def source():
    check_refs()
    o = [f"% {NOTE} — fresh43 dev 管理规定 (written by make_xihua_docx.py with ../../tools/make_fodt.py and fodt_table.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 各乡镇人民政府、街道办事处，县直有关单位，各职业学校，有关企业：",
          f"现将《{GUIDING}》印发给你们，请认真贯彻执行。各职业学校要按照本规定制定本校专业教师企业实践计划，每学年结束后10个工作日内将"
          "本校专业教师企业实践情况报县教育体育局。",
          f"联系单位：{CONTACT[0]}，电话：{CONTACT[1]}。",
          "@blank", f"@n 附件：{GUIDING}（含考核登记表）", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）", "@pb", f"@title {GUIDING}"]
    ch = -1
    for c, key, text, items in ARTICLES:
        if c != ch:
            ch = c
            o.append(f"@chap 第{cn(c + 1)}章　{CHAPTERS[c]}")
        o.append(f"@art {text}")
        o += [f"@item {it}" for it in items]
    o += ["@pb", "@n **附件**", f"@title {FORM_TITLE}", "@n [[TABLE:Form]]"]
    o += [f"@n {'注：' if k == 1 else ''}{k}．{t}" for k, t in enumerate(FORM_NOTES, 1)]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：西华县为真实地名，文号、学校、企业、条件、补助标准、人员和电话均为虚构，仅用于问答"
          f"系统评测；所引{NATIONAL}为真实文件。虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def fodt(tmp, name, src_text, tables=None):
    """make_fodt.py's flat ODT of the source text (also kept as src/NAME.src.txt), the note in dc:subject and dc:description;
    tables: {name: fodt_table spec} put in where `@n [[TABLE:name]]` stands."""
    open(os.path.join(HERE, name + ".src.txt"), "w", encoding="utf-8").write(src_text)
    src = os.path.join(tmp, name + ".src.txt")
    shutil.copyfile(os.path.join(HERE, name + ".src.txt"), src)
    subprocess.run([sys.executable, "-B", os.path.join(TOOLS, "make_fodt.py"), src], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, name + ".fodt")
    text = open(path, encoding="utf-8").read()
    assert text.count("</dc:title>") == 1
    text = text.replace("</dc:title>", f"</dc:title><dc:subject>{NOTE}</dc:subject>"
                                       f"<dc:description>{NOTE}（fictional test document, not a real policy）</dc:description>", 1)
    for tname, spec in (tables or {}).items():
        text = fodt_table.inject(text, tname, spec)
    open(path, "w", encoding="utf-8").write(text)
    return path


def convert(path, fmt, tmp):
    subprocess.run(["soffice", PROFILE, "--headless", "--convert-to", fmt, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        spec = {"widths": FORM_WIDTHS, "rows": FORM, "head": 0, "label": [0]}
        path = fodt(tmp, NAME, source(), {"Form": spec})
        convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
