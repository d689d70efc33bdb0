#!/usr/bin/env python3
"""Write fresh41/shuanghe-kaifang-banfa.docx (虚构测试文档，非真实政策): a Word file written by LibreOffice.

    cd fresh41/src && python3 make_shuanghe_docx.py

Part (a) of the held-out pair (the same shape as make_zaoyang_pdf.py: a 管理办法 of the 产教融合实训基地's 开放共享 with its 印发通知,
章 / 条 from 总则 to 附则, its 收费标准 as 附件 in a table), in other words and numbers. This script writes
shuanghe-kaifang-banfa.src.txt (markup of ../../tools/make_fodt.py, unchanged): 红头 of the three issuers, 文号 over a red rule, title,
主送, the 印发通知, 附件 line, 落款; on a new page the 办法 with `@chap` headings and **articles by `@art`** — Word's automatic
numbering `第一条` … (the numbers are not in the document's text runs; `soffice … txt:Text` writes them) —; on a new page the 附件 title
and **the 收费标准 as one real table** (`@table`, group rows spanning all columns), its notes, the imprint and the note. The note is
put in the meta (→ the .docx core properties: Subject / Description); `soffice --headless --convert-to docx:"MS Word 2007 XML"`
(private profile under /tmp).

ARTICLES, CHAPTERS, FEES, GROUPS, FACTS and the helpers are read by make_shuanghe_html.py and by ../check_fresh41.py.
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_zaoyang_pdf as base  # noqa: E402  (cn(), fodt(), convert() — the same tools)

NAME = "shuanghe-kaifang-banfa"
NOTE = base.NOTE
CITY = "双河市"
ISSUERS = ["第五师双河市人力资源和社会保障局", "第五师双河市教育局", "第五师双河市财政局"]
DOC_NO = "师市人社发〔2026〕21号"
DATE = "2026年5月18日"
BANFA = "第五师双河市产教融合实训基地共享管理办法（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{BANFA}》的通知"
START = "2026年7月1日"
VALID = "试行期3年"
PLATFORM = "双河市实训资源共享服务平台"
HRSS, EDU, FIN = "师市人力资源和社会保障局", "师市教育局", "师市财政局"
cn = base.cn

CHAPTERS = ["总则", "开放对象和方式", "预约和使用", "收费和减免", "安全管理", "考核和奖补", "附则"]
ARTICLES = [
    (0, "purpose", "为盘活产教融合实训资源，推进实训基地向院校、企业和社会开放共享，提升技能人才培养能力，结合师市实际，制定本办法。"),
    (0, "scope", "本办法所称产教融合实训基地（以下简称实训基地），是指师市职业院校、技工院校、企业和团场建设，经师市人力资源和社会保障局、"
     "师市教育局认定，具备对外开放条件的实训场所。实训基地面向本单位以外的院校、企业和个人开放共享，适用本办法。"),
    (0, "principle", "实训基地共享坚持统筹管理、有序开放、安全规范、保本微利的原则。"),
    (0, "duty", "师市人力资源和社会保障局牵头负责实训基地共享工作，建设运行双河市实训资源共享服务平台（以下简称共享平台），组织考核；"
     "师市教育局负责职业院校实训基地开放的指导；师市财政局负责奖补资金保障和绩效管理。实训基地建设单位为共享责任单位，应设置共享服务"
     "岗位，配备不少于2名专职或者兼职管理人员。"),
    (1, "objects", "实训基地向下列对象开放：（一）师市各级各类院校在校生；（二）企业和团场职工；（三）有培训需求的退役军人、就业困难人员、"
     "高校毕业生等群体；（四）师市以外的院校、企业和培训机构。"),
    (1, "ways", "实训基地采取以下方式开放：（一）个人预约，按工位、时段使用；（二）团体预约，8人以上按批次使用；（三）场地租用，按整间"
     "（整场）租用；（四）项目合作，与企业、院校联合开展培训、技能等级认定和竞赛。"),
    (1, "hours", "实训基地每学期开放时间不少于18周，每周不少于24小时。遇节假日、设备检修等不开放的，应提前5日在共享平台公告。"),
    (1, "announce", "师市人力资源和社会保障局会同师市教育局于每学期开始前发布实训基地开放共享公告，公布开放基地、工位、时段、收费和咨询方式。"),
    (2, "booking", "实训基地实行线上预约。个人预约须至少提前1个工作日，最多可预约7日内的工位；团体预约须至少提前3个工作日，提交人员名单"
     "和安全承诺书。项目合作由共享责任单位与合作方签订协议，报师市人力资源和社会保障局备案。"),
    (2, "cancel", "预约后需要取消的，个人须在预约时段开始12小时前、团体须在预约时段开始2个工作日前在共享平台操作，已缴费用全额退还。"),
    (2, "noshow", "超过预约时段开始时间20分钟未签到且未取消的，记为失约1次。个人30日内失约累计3次的，暂停预约资格15日；一学年内累计失约"
     "5次的，取消本学年预约资格。团体失约的，暂停该团体所在单位预约资格30日，已缴费用扣除50%后退还。"),
    (2, "use", "使用者首次进入实训基地前，须完成不少于3学时的安全培训并通过考核。未满18周岁的学生须由学校组织团体预约，并由带队教师全程"
     "管理。预约资格仅限本人使用，不得转借他人。"),
    (2, "damage", "使用者应服从管理人员安排，按操作规程使用设备。因使用者过错造成设备损坏的，由使用者承担修复费用。"),
    (3, "fee", "实训基地对外开放实行有偿使用，收费按照保本微利原则确定，具体标准见附件。使用者自带耗材的，不收取耗材费。"),
    (3, "free", "师市院校在校生按教学安排使用实训基地的，免收工位使用费；师市中小学生开展职业体验的，免收工位使用费和指导费。"),
    (3, "reduce", "企业和团场职工、退役军人、就业困难人员参加技能培训的，工位使用费按标准的60%收取。同时符合两项以上优惠条件的，只享受其中"
     "一项。"),
    (3, "exclude", "场地租用费、技能等级认定场地费和耗材费不享受本办法第十五条、第十六条规定的优惠。"),
    (3, "collect", "实训基地收费通过共享平台统一结算，由共享责任单位开具票据，收入用于设备检修、耗材购置和指导人员劳务，不得挪作他用。"),
    (3, "adjust", "收费标准实行动态调整，调整或者新增收费项目的，由共享责任单位提出，经师市人力资源和社会保障局会同师市财政局审核后公布执行。"),
    (4, "system", "共享责任单位应落实安全生产责任，制定应急预案，每学期至少组织2次应急演练，定期检查维护设备。"),
    (4, "special", "电工、焊接、无人机操控等实训，使用者应持有相应操作证书，或者在具备资格的指导人员现场指导下操作。"),
    (4, "insure", "团体使用实训基地的，组织方应为参训人员办理意外伤害保险。"),
    (4, "accident", "实训基地发生安全事故的，共享责任单位应立即处置，并在1小时内向师市人力资源和社会保障局和行业主管部门报告。"),
    (4, "stop", "使用者不服从管理、违规操作或者存在安全隐患的，管理人员应及时制止；拒不改正的，终止其本次使用，并记录在共享平台。"),
    (5, "assess", "师市人力资源和社会保障局会同师市教育局、师市财政局每年11月对实训基地共享情况进行考核，考核内容包括开放天数、服务人次、"
     "履约情况、安全管理和服务评价，考核结果分为优秀、合格、不合格三个等次。"),
    (5, "award", "考核优秀的实训基地，按年度服务人次每人次15元给予奖补，每个实训基地每年最高25万元；考核合格的，按每人次8元给予奖补，"
     "每个实训基地每年最高12万元；考核不合格的不予奖补。服务人次以共享平台签到数据为准，同一人同一天签到多次的按1人次计算。"),
    (5, "use_award", "奖补资金用于实训设备检修更新、耗材补充和指导人员劳务，指导人员劳务每课时不超过80元。"),
    (5, "fail", "考核不合格的，限期2个月整改；连续两年考核不合格的，撤销其实训基地认定。"),
    (5, "fraud", "虚报服务人次、套取奖补资金的，收回已拨付资金，5年内不得申报师市产教融合相关奖补项目。"),
    (6, "explain", "本办法由师市人力资源和社会保障局会同师市教育局负责解释。"),
    (6, "start", f"本办法自{START}起施行，{VALID}。"),
]
GROUPS = ["一、工位使用费", "二、场地租用费", "三、其他服务费"]
R_ALL = "师市院校学生免收；第十六条所列人员按60%收取"
R_NONE = "不享受优惠"
R_PUPIL = "师市中小学生免收"
FEES = [
    (0, "农业机械维修实训工位", "工位·小时", "18", R_ALL, "含常用工具"),
    (0, "数控车床实训工位", "工位·小时", "28", R_ALL, "耗材另计"),
    (0, "焊接实训工位", "工位·小时", "22", R_ALL, "焊材另计"),
    (0, "电工实训工位", "工位·小时", "10", R_ALL, "—"),
    (0, "无人机植保实训工位", "工位·小时", "40", R_ALL, "每工位配教练机1架"),
    (0, "光伏电站运维实训工位", "工位·小时", "30", R_ALL, "—"),
    (0, "农产品电商直播间", "间·小时", "40", R_ALL, "含补光设备"),
    (1, "综合实操大厅", "场·半天", "1000", R_NONE, "半天为4小时"),
    (1, "电商直播实训室", "间·半天", "400", R_NONE, "半天为4小时"),
    (2, "安全培训", "人·次", "免费", "—", "首次使用须参加"),
    (2, "实训指导费", "课时", "100", R_PUPIL, "每课时40分钟"),
    (2, "技能等级认定场地费", "人·次", "50", R_NONE, "不含鉴定考务费"),
    (2, "耗材费", "按实际用量", "成本价", R_NONE, "自带耗材不收"),
]
HEAD = ["序号", "收费项目", "计费单位", "标准（元）", "减免对象", "说明"]
FULL_DAY = 1.6
TABLE_NOTES = [
    "工位使用以半小时为计费单元，不足半小时的按半小时计算。",
    f"场地全天租用按半天标准的{FULL_DAY:g}倍收取。",
    "“按60%收取”指按标准收费的60%结算，享受对象须在预约时上传有效证明。",
]
CONTACT = ("师市人力资源和社会保障局职业能力建设科", "0909-2213865")
TABLE_TITLE = f"{CITY}产教融合实训基地共享收费标准"
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "banfa": BANFA, "start": f"本办法自{START}起施行", "valid": VALID,
    "platform": PLATFORM, "phones": [CONTACT[1]],
    "individual": "个人预约须至少提前1个工作日，最多可预约7日内的工位",
    "group": "团体预约须至少提前3个工作日",
    "noshow": "个人30日内失约累计3次的，暂停预约资格15日",
    "award": "按年度服务人次每人次15元给予奖补，每个实训基地每年最高25万元",
    "explain": "本办法由师市人力资源和社会保障局会同师市教育局负责解释",
}
def art_no(key):
    """the article number (1-based) of an article key"""
    return next(i for i, a in enumerate(ARTICLES, 1) if a[1] == key)


def art(key):
    return f"第{cn(art_no(key))}条"


def fee(item):
    return next(r for r in FEES if r[1] == item)


def fee_rows():
    out, n = [], 0
    for g, name in enumerate(GROUPS):
        out.append(["= " + name])
        for r in FEES:
            if r[0] == g:
                n += 1
                out.append([str(n), r[1], r[2], r[3], r[4], r[5]])
    return out


def check_refs():
    assert art("free") == "第十五条" and art("reduce") == "第十六条", (art("free"), art("reduce"))


def source():
    check_refs()
    o = [f"% {NOTE} — fresh41 held-out 管理办法 (written by make_shuanghe_docx.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 师市各院校、各团场、各街道、各镇，师市有关部门，有关企业：",
          f"《{BANFA}》已经师市同意，现印发给你们，请认真抓好落实。实训基地开放共享情况纳入年度考核，各实训基地建设单位要于每学期结束后"
          "15日内将开放共享情况报师市人力资源和社会保障局。",
          f"联系人：{CONTACT[0]}，联系电话：{CONTACT[1]}。",
          "@blank", f"@n 附件：{BANFA}", "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）", "@pb", f"@title {BANFA}"]
    ch = -1
    for c, key, text in ARTICLES:
        if c != ch:
            ch = c
            o.append(f"@chap 第{cn(c + 1)}章　{CHAPTERS[c]}")
        o.append(f"@art {text}")
    o += ["@pb", "@n **附件**", f"@title {TABLE_TITLE}",
          "@table 1.1 3.9 2.3 1.9 4.6 2.8"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in fee_rows()]
    o += ["@endtable"]
    o += [f"@n {'注：' if k == 1 else ''}{k}．{t}" for k, t in enumerate(TABLE_NOTES, 1)]
    o += ["@blank",
          "@small 本文件为虚构测试文档，非真实政策：双河市为真实地名，文号、实训基地、收费标准、奖补金额、人员和电话均为虚构，仅用于问答系统评测。"
          "虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = base.fodt(tmp, NAME, source())
        base.convert(path, "docx:MS Word 2007 XML", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"))


if __name__ == "__main__":
    main()
