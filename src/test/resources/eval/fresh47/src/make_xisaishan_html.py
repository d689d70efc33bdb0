#!/usr/bin/env python3
"""Write fresh47/xisaishan-dashi-banfa.html (虚构测试文档，非真实政策): the held-out 办法 on an old GBK 信息公开 page.

    cd fresh47/src && python3 make_xisaishan_html.py

Part (a) of the held-out pair (the shape: see make_shenqiu_txt.py): 西塞山区人力资源和社会保障局　西塞山区财政局　西塞山区总工会
关于印发《西塞山区技能大师工作室认定管理办法（试行）》的通知 (西塞人社发〔2026〕9号, 2026年4月20日) — the 办法 in 条 with items
(no 章): what a 区级技能大师工作室 is and its name, who does what, **the 领衔人's conditions (all of them: 等级 or 等级 and title,
years in the district and in the trade, an age bound, apprentices) and the host's** (years registered, floor area, team, yearly
running money), **a yearly cap and one workshop a host**, the 申报 window in working days, papers, **资格审核 within working days,
a 现场核查, experts and a pass mark**, what those beyond the cap may do, the 公示 in working days, **a 认定期 of three years**, the
yearly tasks, **a 建设补助 in three instalments, a monthly 领衔人津贴 paid by the yearly result, a 带徒奖励 per apprentice reaching
技师 / 高级技师 with a yearly cap**, the use of the money, the yearly 考核 in four grades and what they bring, the 期满评估, removal
and its ban, 试行 and 试行期; an annex 拨付计划表.

**Layout: a page of an old 政府信息公开 site, saved in GBK** (`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`,
the bytes GBK): a table layout with the site's head, `您现在的位置`, **the 信息公开 metadata table** (索引号 / 信息分类 / 发布机构 /
生成日期 / 文号 / 主题词), the title in a `<td>`, and **the whole document — the notice, the 办法 and its annex table — in one
`<pre>` block** as the editor pasted it from a text file: **lines broken hard at 36 characters** (a digit or Latin letter half a
character), paragraphs opened by two ideographic spaces, `第X条` at a line's start, items `（一）` likewise, **the annex table as
columns aligned by spaces**, no tag inside the block; then 【打印本页】【关闭窗口】 and the footer. The note is in an HTML comment
and in the footer's last lines.

ARTICLES, the figures and the helpers are read by make_xisaishan_pdf.py (the 公示 cites the 条 by number and restates the
standards) and by ../check_fresh47.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)

NAME = "xisaishan-dashi-banfa"
NOTE = "虚构测试文档，非真实政策"
DISTRICT = "西塞山区"
ISSUERS = ["西塞山区人力资源和社会保障局", "西塞山区财政局", "西塞山区总工会"]
DOC_NO = "西塞人社发〔2026〕9号"
D = datetime.date
DATE_D = D(2026, 4, 20)
RULES = "西塞山区技能大师工作室认定管理办法（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "西塞山区技能大师工作室补助资金拨付计划表"
BASIS = "中共中央办公厅、国务院办公厅《关于加强新时代高技能人才队伍建设的意见》"   # real national document
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
LINE = 36
INDEX_NO = "011043215/2026-00137"


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
    if x % 10000 == 0:
        return f"{x // 10000}万元"
    if x % 1000 == 0:
        return f"{x / 10000:g}万元"
    return f"{x}元"


DATE = cn_date(DATE_D)

# figures of the 办法
LEVELS = ["技师", "高级技师"]
DISTRICT_YEARS = 5              # 领衔人: 在本区工作满5年
TRADE_YEARS = 8                 # 从事本职业（工种）满8年
AGE_MAX = 58                    # 申报时不超过58周岁
APPRENTICES_2Y = 3              # 近2年带徒不少于3名
REG_YEARS = 1                   # 依托单位: 在本区登记注册满1年
AREA = 60                       # 不少于60平方米
TEAM, TEAM_SENIOR = 4, 1        # 团队成员不少于4名，其中技师以上等级的不少于1名
RUNNING = 20000                 # 每年安排工作室运行经费不少于2万元
YEAR_CAP = 3                    # 每年认定工作室不超过3个
PER_HOST = 1                    # 同一依托单位只能申报1个工作室
APPLY_MONTH = 5                 # 每年5月发布申报公告
APPLY_DAYS = 15                 # 申报期为15个工作日
CHECK_DAYS = 7                  # 申报期结束后7个工作日内完成资格审核
EXPERTS = 5                     # 不少于5名专家
PASS = 80                       # 评审得分80分以上的为合格
PUBLICITY = 5                   # 公示5个工作日
TERM_YEARS = 3                  # 认定期为3年
TASKS = {"apprentices": 2, "trainees": 60, "projects": 1, "events": 1}
GRANT = 80000                   # 建设补助 每个8万元
SHARES = [40, 30, 30]           # 认定后40%；第一年度、第二年度考核合格后各30%
MONTHLY = 500                   # 领衔人津贴 每月500元
REWARD = {"技师": 3000, "高级技师": 5000}   # 带徒奖励 per apprentice, to the 工作室
REWARD_CAP = 15000              # 每个工作室每年带徒奖励不超过1.5万元
ASSESS_MONTH = 12               # 每年12月年度考核
ASSESS_MIN_MONTHS = 6           # 认定满6个月的工作室
GRADES = ["优秀", "良好", "合格", "不合格"]
REPORT_DAYS = 15                # 领衔人调离 → 依托单位15日内报告
BAN_YEARS = 2                   # 弄虚作假 → 2年内不得申报
EFFECTIVE = D(2026, 5, 1)
TRIAL_YEARS = 2
APPLY_START, APPLY_END = D(2026, 5, 11), D(2026, 5, 29)   # the 2026 申报 window, announced in the 印发通知
CONTACTS = [("区人社局职业能力建设科", "叶晓岚", "0714-6358214"),
            ("区总工会经济技术部", "程海鹰", "0714-6351790")]

ARTICLES = [
    ("art", "purpose", "为加强高技能人才队伍建设，发挥技能大师在技能攻关、技艺传承和人才培养中的引领作用，根据"
     f"{BASIS}和有关规定，结合本区实际，制定本办法。"),
    ("art", "define", "本办法所称区级技能大师工作室（以下简称工作室），是指经区人力资源和社会保障局（以下简称区人社局）认定，依托"
     "本区企业、技工院校或者职业院校建立，由领衔人带领团队开展技能攻关、技艺传承和人才培养的工作平台。工作室名称为“西塞山区＋"
     "领衔人姓名＋职业（工种）名称＋技能大师工作室”。"),
    ("art", "duties", "区人社局负责工作室的认定、考核和管理；区财政局负责补助资金的预算安排和监督；区总工会负责推荐领衔人人选，"
     "指导工作室开展职工技能交流活动。"),
    ("art", "leader", "领衔人应当同时具备下列条件："),
    ("item", "leader_1", "取得高级技师职业技能等级证书，或者取得技师职业技能等级证书并获得市级以上技术能手称号；"),
    ("item", "leader_2", f"在本区工作满{DISTRICT_YEARS}年，从事本职业（工种）满{TRADE_YEARS}年；"),
    ("item", "leader_3", f"申报时不超过{AGE_MAX}周岁；"),
    ("item", "leader_4", f"近2年带徒不少于{APPRENTICES_2Y}名。"),
    ("art", "host", "依托单位应当具备下列条件："),
    ("item", "host_1", f"在本区登记注册满{REG_YEARS}年，生产经营或者办学正常；"),
    ("item", "host_2", f"为工作室提供不少于{AREA}平方米的相对独立场所和必要的设备；"),
    ("item", "host_3", f"工作室团队成员不少于{TEAM}名，其中技师以上等级的不少于{TEAM_SENIOR}名；"),
    ("item", "host_4", f"每年安排工作室运行经费不少于{w(RUNNING)}。"),
    ("art", "cap", f"区人社局每年认定工作室不超过{YEAR_CAP}个。同一依托单位只能申报{PER_HOST}个工作室。"),
    ("art", "call", f"区人社局每年{APPLY_MONTH}月发布申报公告，申报期为{APPLY_DAYS}个工作日。"),
    ("art", "papers", "申报单位应当提交下列材料："),
    ("item", "pp_1", "区级技能大师工作室申报表；"),
    ("item", "pp_2", "领衔人职业技能等级证书和称号证明；"),
    ("item", "pp_3", "团队成员名单及其职业技能等级证书；"),
    ("item", "pp_4", "场所和设备情况说明；"),
    ("item", "pp_5", "工作室三年建设规划。"),
    ("art", "review", f"区人社局会同区财政局、区总工会在申报期结束后{CHECK_DAYS}个工作日内完成资格审核，并对通过资格审核的工作室进行"
     f"现场核查。现场核查通过的，组织不少于{EXPERTS}名专家进行评审，评审得分{PASS}分以上的为合格，按评审得分从高到低在年度认定"
     "数量内确定拟认定工作室。评审合格但未被认定的，可以在下一年度重新申报。"),
    ("art", "publicity", f"拟认定工作室在区人民政府网站公示{PUBLICITY}个工作日。公示无异议的，由区人社局发文认定并授牌，认定期为"
     f"{TERM_YEARS}年。"),
    ("art", "tasks", "认定期内，工作室每年应当完成下列任务："),
    ("item", "task_1", f"带徒不少于{TASKS['apprentices']}名；"),
    ("item", "task_2", f"开展技能培训不少于{TASKS['trainees']}人次；"),
    ("item", "task_3", f"完成技术攻关或者工艺改进项目不少于{TASKS['projects']}项；"),
    ("item", "task_4", f"举办职工技能交流活动不少于{TASKS['events']}次。"),
    ("art", "grant", f"对认定的工作室，给予每个{w(GRANT)}建设补助，分三次拨付：认定后拨付{SHARES[0]}%；第一年度、第二年度考核"
     f"合格后各拨付{SHARES[1]}%。"),
    ("art", "monthly", f"认定期内，给予领衔人每月{MONTHLY}元津贴，按年度考核结果发放；年度考核不合格的，当年津贴不予发放。"),
    ("art", "reward", f"认定期内，领衔人所带徒弟取得技师职业技能等级证书的，每名奖励工作室{REWARD['技师']}元；取得高级技师职业技能"
     f"等级证书的，每名奖励工作室{REWARD['高级技师']}元。每个工作室每年带徒奖励不超过{w(REWARD_CAP)}。"),
    ("art", "use", "建设补助和带徒奖励用于工作室设备更新、技能攻关、带徒培训和交流活动，不得用于发放人员补贴、购置车辆和支付罚款。"),
    ("art", "assess", f"区人社局每年{ASSESS_MONTH}月对认定满{ASSESS_MIN_MONTHS}个月的工作室开展年度考核，考核结果分为"
     f"{'、'.join(GRADES)}四个等次。考核不合格的，停拨当年度补助资金；连续2次考核不合格的，撤销认定。"),
    ("art", "final", "认定期满，区人社局组织期满评估。评估为优秀的，优先推荐申报市级技能大师工作室。"),
    ("art", "report", f"领衔人调离本区或者不能履行职责的，依托单位应当在{REPORT_DAYS}日内书面报告区人社局。"),
    ("art", "revoke", "工作室有下列情形之一的，撤销认定："),
    ("item", "revoke_1", "弄虚作假骗取认定或者资金的；"),
    ("item", "revoke_2", "连续2次年度考核不合格的；"),
    ("item", "revoke_3", "领衔人调离本区或者不能履行职责的；"),
    ("item", "revoke_4", "依托单位停产、注销的。"),
    ("art", "revoke_do", f"被撤销认定的，停拨补助资金和领衔人津贴；因弄虚作假被撤销认定的，追回已拨付资金，依托单位{BAN_YEARS}年内不得"
     "申报。"),
    ("art", "explain", "本办法由区人社局负责解释。"),
    ("art", "effect", f"本办法自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年。"),
]

HEAD = ["拨付次序", "拨付条件", "拨付比例", "金额（元）"]
TABLE_NOTE = [f"注：1.领衔人津贴每月{MONTHLY}元，全年{MONTHLY * 12}元，按年度考核结果另行发放。",
              f"2.带徒奖励每个工作室每年不超过{REWARD_CAP}元。"]

FACTS = {
    "doc_no": DOC_NO, "date": DATE, "rules": RULES, "basis": BASIS,
    "phones": [c[2] for c in CONTACTS],
    "grant": f"给予每个{w(GRANT)}建设补助",
    "shares": f"认定后拨付{SHARES[0]}%；第一年度、第二年度考核合格后各拨付{SHARES[1]}%",
    "monthly": f"给予领衔人每月{MONTHLY}元津贴",
    "reward_cap": f"每个工作室每年带徒奖励不超过{w(REWARD_CAP)}",
    "pass": f"评审得分{PASS}分以上的为合格",
    "cap": f"每年认定工作室不超过{YEAR_CAP}个",
    "effect": f"本办法自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年",
    "window": f"{cn_date(APPLY_START, week=True)}至{cn_date(APPLY_END, False, True)}",
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
        if lvl == "art":
            out.append(f"{art_no(key)}　{t}")
        else:
            out.append(f"（{cn(numbering()[key][1])}）{t}")
    return out


def text(key):
    return next(t for _, k, t in ARTICLES if k == key)


def table_rows():
    """the annex table: (次序, 条件, 比例, 金额) for each instalment, then the 合计 row"""
    conds = ["认定后", "第一年度考核合格后", "第二年度考核合格后"]
    order = ["第一次", "第二次", "第三次"]
    rows = [[order[k], conds[k], f"{s}%", str(GRANT * s // 100)] for k, s in enumerate(SHARES)]
    rows.append(["合计", "", f"{sum(SHARES)}%", str(sum(GRANT * s // 100 for s in SHARES))])
    return rows


def width(s):
    return sum(0.5 if ord(c) < 128 else 1 for c in s)


def wrap(s, first="　　", rest="", size=LINE):
    out, cur = [], first
    for c in s:
        if width(cur + c) > size and c not in "，。；：、）”》":
            out.append(cur)
            cur = rest
        cur += c
    out.append(cur)
    return out


def pad(s, n):
    """s padded with spaces to n columns (a CJK character two columns)"""
    cols = sum(1 if ord(c) < 128 else 2 for c in s)
    return s + " " * max(1, n - cols)


def centred(s):
    return "　" * int((LINE - width(s)) // 2) + s


def pre_lines():
    L = [centred(ISSUERS[0]), centred(ISSUERS[1]), centred(ISSUERS[2]), "", centred(DOC_NO), ""]
    L += [centred(f"关于印发《{RULES}》的通知"), ""]
    L += wrap("各街道办事处，区直有关单位，各有关企业、院校：", first="")
    L += wrap(f"现将《{RULES}》印发给你们，请认真遵照执行。2026年区级技能大师工作室申报时间为{cn_date(APPLY_START, week=True)}"
              f"至{cn_date(APPLY_END, False, True)}，申报公告另行发布。")
    L += wrap(f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话{CONTACTS[0][2]}；领衔人人选推荐请联系{CONTACTS[1][0]}"
              f"{CONTACTS[1][1]}，电话{CONTACTS[1][2]}。")
    L += [""] + wrap(f"附件：{TABLE_TITLE}") + [""]
    for iss in ISSUERS:
        L.append("　" * int(LINE - width(iss) - 2) + iss)
    L.append("　" * int(LINE - width(DATE) - 3) + DATE)
    L += ["", "　　（此件公开发布）", "", ""]
    L += [centred(RULES), ""]
    nums = numbering()
    for lvl, key, t in ARTICLES:
        if lvl == "art":
            L += wrap(f"{art_no(key)}　{t}")
        else:
            L += wrap(f"（{cn(nums[key][1])}）{t}")
    L += ["", "", "附件", "", centred(TABLE_TITLE), ""]
    widths = [12, 24, 12, 12]
    L.append("".join(pad(h, n) for h, n in zip(HEAD, widths)).rstrip())
    for r in table_rows():
        L.append("".join(pad(c, n) for c, n in zip(r, widths)).rstrip())
    L += TABLE_NOTE
    return L


E = html.escape


def page():
    fiction = (f"本页为{NOTE}：西塞山区为真实地名，文号、工作室条件、补助标准、日期、人员和电话均为虚构，仅用于问答系统评测；所引{BASIS}"
               "为真实文件。")
    meta = [("索引号", INDEX_NO), ("信息分类", "劳动、人事、监察 / 通知"), ("发布机构", ISSUERS[0]),
            ("生成日期", DATE_D.strftime("%Y-%m-%d")), ("文号", DOC_NO), ("主题词", "技能大师工作室　认定　管理办法")]
    rows = []
    for k in range(0, len(meta), 2):
        (a, b), (c, d) = meta[k], meta[k + 1]
        rows.append(f'<tr><td class="mt">{a}：</td><td class="mv">{E(b)}</td><td class="mt">{c}：</td><td class="mv">{E(d)}</td></tr>')
    pre = "\n".join(E(l) for l in pre_lines())
    nav = "　|　".join(f'<a href="/{h}/">{t}</a>' for h, t in
                      [("", "首页"), ("xxgk", "信息公开"), ("zwfw", "政务服务"), ("gzhd", "公众互动"), ("zjxss", "走进西塞山")])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{E(TITLE)}</title>
<!-- {fiction}{NOTE}。 -->
<style type="text/css">
body{{margin:0;font-size:12px;font-family:宋体;background:#e8eef4;}}
.head{{background:#1d5a96;color:#fff;font-size:24px;height:70px;}} .nav{{background:#2a6fb0;color:#fff;height:30px;}}
.nav a{{color:#fff;text-decoration:none;}} .mt{{background:#f2f2f2;width:80px;text-align:right;}} .mv{{width:260px;}}
.title{{font-size:20px;font-weight:bold;text-align:center;padding:16px 0;}}
pre.wz{{font-family:宋体;font-size:14px;line-height:26px;white-space:pre;}}
.foot{{background:#1d5a96;color:#dde;text-align:center;line-height:22px;}}
</style>
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="head">　西塞山区人民政府　政府信息公开</td></tr>
<tr><td class="nav">{nav}</td></tr>
<tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; <a href="/xxgk/bmwj/">部门文件</a></td></tr>
<tr><td>
<table class="meta" width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#cccccc">
{chr(10).join(rows)}
</table>
</td></tr>
<tr><td class="title">{E(TITLE)}</td></tr>
<tr><td>
<pre class="wz">
{pre}
</pre>
</td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="foot">主办单位：西塞山区人民政府办公室　承办单位：西塞山区政务服务和大数据管理局<br>网站标识码：4202030009<br>{fiction}<br>{NOTE}。</td></tr>
</table>
</body>
</html>
"""


def main():
    data = page().encode("gbk")
    with open(os.path.join(OUT_DIR, NAME + ".html"), "wb") as f:
        f.write(data.replace(b"\r\n", b"\n"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".html"), len(data), "bytes (GBK)")


if __name__ == "__main__":
    main()
