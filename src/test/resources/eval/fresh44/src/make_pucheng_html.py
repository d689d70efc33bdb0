#!/usr/bin/env python3
"""Write fresh44/pucheng-duixian-tongzhi.html (虚构测试文档，非真实政策): the dev 获奖奖励兑现 notice as a county portal page.

    cd fresh44/src && python3 make_pucheng_html.py

Part (b) of the dev pair: 浦城县人力资源和社会保障局　浦城县教育局关于兑现2026年职业技能竞赛获奖奖励的通知 (浦人社〔2026〕41号,
2026年7月8日), citing the 方案 (make_pucheng_doc.py) by title and 文号 and its parts and items by number (`第七部分第（二）项`).
**A saved page of the county government's portal**, 部门信息 of the 人社局 (UTF-8): site header and navigation, `当前位置`
breadcrumb, title, an info line (发布时间, 来源, 浏览次数, 分享, 字号 大 中 小), the notice in `<p>`s (headings bold), the 落款, the 附件
heading and **the winners table as the page's only `<table>`** — 赛项 cells spanning the rows of the event (`rowspan`), 组别 cells
spanning the rows of their 组别赛项 (`rowspan`), a 合计 row spanning columns (`colspan`) —, 附件下载 links, 【打印本页】【关闭窗口】,
related links and the site footer (主办 / 承办, 网站标识码; no ICP line, which would name the province by its abbreviation); the note
in an HTML comment and in the page's last line.

Every count (winners, teams, people, titles, teachers), every amount (a row's 奖金 from the 方案's table of prizes, the players'
total, the teachers' total by the 方案's rule, the grand total against the budget), the worked examples (a team prize split, a
teacher's two winners paid once) and every date (the results 3 working days after the final, the 公示 of 5 working days, the notice
within 30 days of its end) is computed here from make_pucheng_doc's figures and recomputed by ../check_fresh44.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_pucheng_doc as m  # noqa: E402

NAME = "pucheng-duixian-tongzhi"
ISSUERS = ["浦城县人力资源和社会保障局", "浦城县教育局"]
DOC_NO = "浦人社〔2026〕41号"
D = datetime.date
DATE_D = D(2026, 7, 8)
DATE = m.cn_date(DATE_D)
PUBLISHED = "2026-07-08 10:35"
TITLE = f"{'　'.join(ISSUERS)}关于兑现2026年职业技能竞赛获奖奖励的通知"
TABLE_TITLE = "浦城县2026年职业技能竞赛获奖选手及奖金兑现表"
FORM_NAME = "浦城县2026年职业技能竞赛奖励兑现申领表"
MB, DG = m.MB, m.DG
STAFF, STUDENT = m.STAFF, m.STUDENT
# (赛项, 组别, 奖次, 获奖选手 (one name, or a team's names), 所在单位, 指导教师)
WINNERS = [
    ("电工", STAFF, "一等奖", ["徐振涛"], "浦城县恒光电力安装有限公司", []),
    ("电工", STAFF, "二等奖", ["王立成"], "浦城县城区供水有限公司", []),
    ("电工", STAFF, "三等奖", ["江志鹏"], "浦城县鼎力重工机械有限公司", []),
    ("电工", STAFF, "三等奖", ["李春生"], "浦城县华林竹木制品有限公司", []),
    ("电工", STUDENT, "一等奖", ["何宇航"], MB, ["黄志强"]),
    ("电工", STUDENT, "二等奖", ["彭俊杰"], MB, ["黄志强"]),
    ("电工", STUDENT, "三等奖", ["熊家豪"], DG, ["魏光明"]),
    ("电工", STUDENT, "三等奖", ["邹志远"], MB, ["黄志强"]),
    ("中式烹调师", STAFF, "一等奖", ["祝永辉"], "浦城县荣华山大酒店有限公司", []),
    ("中式烹调师", STAFF, "二等奖", ["陈国栋"], "浦城县桂香楼餐饮有限公司", []),
    ("中式烹调师", STAFF, "三等奖", ["黄秋菊"], "浦城县老街饭店（个体工商户）", []),
    ("中式烹调师", STAFF, "三等奖", ["林春燕"], "浦城县溪源农家菜馆", []),
    ("中式烹调师", STUDENT, "一等奖", ["余佳怡"], MB, ["吴秀英"]),
    ("中式烹调师", STUDENT, "二等奖", ["沈静雯"], DG, ["陆红梅"]),
    ("中式烹调师", STUDENT, "三等奖", ["饶梦婷"], MB, ["吴秀英"]),
    ("中式烹调师", STUDENT, "三等奖", ["钟佳琪"], DG, ["陆红梅"]),
    ("电子商务", STUDENT, "一等奖", ["张子涵", "李思远", "王欣悦"], MB, ["刘建平", "苏晓燕"]),
    ("电子商务", STUDENT, "二等奖", ["周子轩", "吴诗琪", "郑雨桐"], DG, ["方志勇"]),
    ("电子商务", STUDENT, "三等奖", ["赵一鸣", "孙浩宇", "钱梦瑶"], MB, ["刘建平"]),
    ("电子商务", STUDENT, "三等奖", ["冯嘉琪", "陈浩然", "褚雅婷"], DG, ["方志勇"]),
    ("焊工", STAFF, "一等奖", ["张永福"], "浦城县鼎力重工机械有限公司", []),
    ("焊工", STAFF, "二等奖", ["刘海波"], "浦城县恒光电力安装有限公司", []),
    ("焊工", STAFF, "三等奖", ["谢振宇"], "浦城县顺达钢结构有限公司", []),
    ("焊工", STAFF, "三等奖", ["范立新"], "浦城县鼎力重工机械有限公司", []),
    ("汽车维修工", STUDENT, "一等奖", ["韩宇轩", "杨志豪"], DG, ["郑海涛"]),
    ("汽车维修工", STUDENT, "二等奖", ["朱子墨", "秦浩然"], DG, ["郑海涛"]),
    ("汽车维修工", STUDENT, "三等奖", ["许文博", "何俊熙"], MB, ["潘国良"]),
    ("汽车维修工", STUDENT, "三等奖", ["吕子豪", "施明轩"], DG, ["郑海涛"]),
    ("养老护理员", STAFF, "一等奖", ["吴美华"], "浦城县福寿康养服务有限公司", []),
    ("养老护理员", STAFF, "二等奖", ["叶秀琴"], "浦城县颐和养老院", []),
    ("养老护理员", STAFF, "三等奖", ["蔡玉兰"], "浦城县福寿康养服务有限公司", []),
    ("养老护理员", STAFF, "三等奖", ["杨小红"], "浦城县康宁护理院", []),
    ("养老护理员", STUDENT, "一等奖", ["朱雨欣"], DG, ["陈美玲"]),
    ("养老护理员", STUDENT, "二等奖", ["邓晓雯"], MB, ["程丽萍"]),
]
# finalists (人 or 队) of each 组别赛项, as the results had them; fewer than m.MIN_FOR_THIRD → no 三等奖
FINALISTS = {u: m.FINALISTS for u in m.UNITS}
FINALISTS[("养老护理员", STUDENT)] = 5
SHORT_UNIT = ("养老护理员", STUDENT)
# this year's addition: a partner firm's own award, paid by the firm, outside this payout
FIRM_EXTRA = ("浦城县恒光电力安装有限公司", "电工", STAFF, "一等奖", 2000)
# worked examples: a team prize split (赛项, 奖次) ×2, and a teacher with two winners paid once
SPLITS = [("电子商务", "一等奖"), ("汽车维修工", "二等奖")]
TEACHER_EXAMPLE = "郑海涛"
# dates
RESULT_D = None                 # computed: 3 working days after the final
MATERIALS_BY = D(2026, 7, 24)
EDU_FORWARD_BY = D(2026, 7, 29)
PAY_BY = D(2026, 8, 14)
GRADE_BY = D(2026, 9, 30)
CERT_MONTH = "2026年8月"
CONTACTS = [("政策咨询和职工组材料", m.CONTACTS[0][0], m.CONTACTS[0][1], m.CONTACTS[0][2]),
            ("学生组和指导教师材料", m.CONTACTS[1][0], "陈晓帆", "0599-2835261")]
NOTE_TEXT = ("本页为虚构测试文档，非真实政策：浦城县为真实地名，文号、学校、企业、获奖人员、名次、奖金、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def result_day():
    return add_workdays(m.FINAL[1], m.RESULT_DAYS)


def publicity():
    a = add_workdays(result_day(), 1)
    return a, add_workdays(a, m.PUBLICITY_DAYS - 1)


def size(event):
    return next(e[3] for e in m.EVENTS if e[0] == event)


def amount(row):
    ev, g, place = row[0], row[1], row[2]
    return m.prize(g, size(ev), place)


def teacher_pay():
    """teacher → (amount, [奖次 of their winners]) — the highest one only (方案: 按最高一项计发，不重复计发)"""
    out = {}
    for r in WINNERS:
        for t in r[5]:
            out.setdefault(t, []).append(r[2])
    return {t: (max((m.TEACHER_PRIZE.get(p, 0) for p in ps), default=0), ps) for t, ps in out.items()}


def totals():
    staff = [r for r in WINNERS if r[1] == STAFF]
    solo_st = [r for r in WINNERS if r[1] == STUDENT and size(r[0]) == 1]
    teams = [r for r in WINNERS if size(r[0]) > 1]
    tp = teacher_pay()
    paid_t = {t: a for t, (a, _) in tp.items() if a}
    players = sum(amount(r) for r in WINNERS)
    return dict(
        winners=len(WINNERS), staff=len(staff), solo_st=len(solo_st), teams=len(teams),
        team_people=sum(len(r[3]) for r in teams), people=sum(len(r[3]) for r in WINNERS),
        t_staff=len([r for r in staff if r[2] == "一等奖"]),
        t_student=sum(len(r[3]) for r in WINNERS if r[1] == STUDENT and r[2] == "一等奖"),
        players=players, teachers=len(paid_t), teacher_sum=sum(paid_t.values()),
        all=players + sum(paid_t.values()))


def units_in_order():
    seen = []
    for r in WINNERS:
        if (r[0], r[1]) not in seen:
            seen.append((r[0], r[1]))
    return seen


def paragraphs():
    t = totals()
    c = m.cite
    pa, pb = publicity()
    tp = teacher_pay()
    ex_t = tp[TEACHER_EXAMPLE]
    ex_rows = [r for r in WINNERS if TEACHER_EXAMPLE in r[5]]
    ex_ev = ex_rows[0][0]
    firsts_staff = [r[3][0] for r in WINNERS if r[1] == STAFF and r[2] == "一等奖"]
    splits = []
    for ev, place in SPLITS:
        r = next(x for x in WINNERS if x[0] == ev and x[2] == place)
        n = len(r[3])
        splits.append(f"{ev}赛项学生组{place}每队{amount(r)}元，每名队员分得{amount(r)}÷{n}＝{amount(r) // n}元")
    fe = FIRM_EXTRA
    unit_short = f"{SHORT_UNIT[0]}赛项{SHORT_UNIT[1]}"
    return [
        ("p0", f"各乡镇人民政府、街道办事处，县直有关单位，各职业学校，各有关企业："),
        ("p", f"根据《{m.PLAN}》（{m.DOC_NO}，以下简称《方案》），浦城县2026年职业技能竞赛已于{m.cn_date(m.FINAL[1])}结束，竞赛成绩于"
              f"{m.cn_date(result_day(), year=False)}公布，经{m.cn_date(pa, year=False)}至{m.cn_date(pb, year=False)}公示无异议。现将获奖"
              "奖励兑现有关事项通知如下："),
        ("h", "一、获奖情况"),
        ("p", f"本次竞赛{m.N_EVENTS}个赛项、{m.N_UNITS}个组别赛项共评出获奖选手（队）{t['winners']}名（队），其中职工组{t['staff']}名，"
              f"学生组个人赛{t['solo_st']}名、团体赛{t['teams']}队（队员{t['team_people']}名），获奖选手共{t['people']}人。{unit_short}决赛选手"
              f"仅{FINALISTS[SHORT_UNIT]}名，按《方案》{c('a_places')}规定不设三等奖。获奖名单见附件。"),
        ("p", f"按《方案》{c('a_title')}规定，授予{firsts_staff[0]}等{t['t_staff']}名职工组一等奖选手“{m.TITLE_STAFF}”称号，授予学生组"
              f"一等奖选手（含团体赛队员）{t['t_student']}人“{m.TITLE_STUDENT}”称号。"),
        ("h", "二、奖励标准"),
        ("p", f"（一）选手奖金按《方案》{c('a_prize')}执行：职工组一等奖每人{m.PRIZE[(STAFF, 1)]['一等奖']}元、二等奖每人"
              f"{m.PRIZE[(STAFF, 1)]['二等奖']}元、三等奖每人{m.PRIZE[(STAFF, 1)]['三等奖']}元；学生组个人赛一等奖每人"
              f"{m.PRIZE[(STUDENT, 1)]['一等奖']}元、二等奖每人{m.PRIZE[(STUDENT, 1)]['二等奖']}元、三等奖每人"
              f"{m.PRIZE[(STUDENT, 1)]['三等奖']}元；学生组团体赛一等奖每队{m.PRIZE[(STUDENT, 'team')]['一等奖']}元、二等奖每队"
              f"{m.PRIZE[(STUDENT, 'team')]['二等奖']}元、三等奖每队{m.PRIZE[(STUDENT, 'team')]['三等奖']}元。"),
        ("p", f"（二）指导教师奖金按《方案》{c('a_teacher')}执行：学生组一等奖、二等奖选手（队）的指导教师每人分别奖励"
              f"{m.TEACHER_PRIZE['一等奖']}元、{m.TEACHER_PRIZE['二等奖']}元，三等奖选手（队）的指导教师不发放奖金。"),
        ("p", f"（三）经组委会同意，合作企业可以对其合作赛项的获奖选手另行给予奖励。今年{fe[0]}对{fe[1]}赛项{fe[2]}{fe[3]}选手另行奖励"
              f"{fe[4]}元，由该企业在表彰会上直接发放，不列入本次兑现范围。"),
        ("h", "三、兑现金额"),
        ("p", f"本次兑现奖金共计{t['all']}元，其中选手奖金{t['players']}元，指导教师奖金{t['teacher_sum']}元（{t['teachers']}名指导教师），"
              f"在《方案》{c('f_budget')}确定的奖金预算{m.w(m.PRIZE_BUDGET)}以内。每名（队）选手的奖金见附件。"),
        ("h", "四、计算说明"),
        ("p", f"（一）团体赛奖金由队员平均分配。例如，{splits[0]}；{splits[1]}。"),
        ("p", f"（二）指导教师奖金不重复计发。例如，{TEACHER_EXAMPLE}老师指导的{ex_ev}赛项学生组{len(ex_rows)}支队伍分获"
              f"{'、'.join(dict.fromkeys(ex_t[1]))}，按最高一项计发{ex_t[0]}元，不按"
              f"{m.TEACHER_PRIZE['一等奖']}＋{m.TEACHER_PRIZE['二等奖']}＝{m.TEACHER_PRIZE['一等奖'] + m.TEACHER_PRIZE['二等奖']}元计发。"),
        ("p", "（三）奖金为含税金额。按规定应当缴纳的税款由获奖人员本人承担，县人力资源和社会保障局在发放时依法代扣代缴，实际到账金额"
              "以代扣后的金额为准。"),
        ("h", "五、领取方式和材料"),
        ("p", "（一）奖金通过银行转账发放到获奖人员本人社会保障卡的金融账户。学生未满18周岁的，可以发放到其监护人的银行账户。"),
        ("p", f"（二）获奖人员应当提交：1．《{FORM_NAME}》；2．本人居民身份证复印件；3．社会保障卡（银行卡）复印件。学生另需提交学校出具"
              "的在籍证明；发放到监护人账户的，另需提交监护人居民身份证复印件和户口簿复印件。"),
        ("p", f"（三）职工组选手的材料由所在单位汇总，个体工商户选手本人直接报送，报县人力资源和社会保障局职业能力建设股；学生组选手和"
              f"指导教师的材料由所在学校汇总，报县教育局职成股，县教育局审核后于{m.cn_date(EDU_FORWARD_BY, year=False)}前转县人力资源和"
              "社会保障局。"),
        ("h", "六、时间安排"),
        ("p", f"（一）材料报送截止时间为{m.cn_date(MATERIALS_BY, week=True)}。逾期未报送材料且未说明理由的，视为放弃领取奖金。"),
        ("p", f"（二）县人力资源和社会保障局审核后，于{m.cn_date(PAY_BY, week=True)}前将奖金发放到账。"),
        ("p", f"（三）获奖证书和称号证书由组委会办公室于{CERT_MONTH}统一发放到获奖人员所在单位（学校）。"),
        ("p", f"（四）职工组获奖选手申请晋升或者认定职业技能等级的，按《方案》{c('a_grade')}规定，于{m.cn_date(GRADE_BY)}前向县人力资源和"
              "社会保障局职业能力建设股提出申请。"),
        ("h", "七、联系方式"),
        ("p", f"{CONTACTS[0][0]}：{CONTACTS[0][1]}，{CONTACTS[0][2]}，电话{CONTACTS[0][3]}。"),
        ("p", f"{CONTACTS[1][0]}：{CONTACTS[1][1]}，{CONTACTS[1][2]}，电话{CONTACTS[1][3]}。"),
    ]


HEAD = ["序号", "赛项", "组别", "奖次", "获奖选手（队）", "所在单位", "奖金（元）", "指导教师"]


def table_rows():
    """the table's rows as a reader sees them (spanned cells repeated), without the 合计 row"""
    return [[str(k), r[0], r[1], r[2], "、".join(r[3]), r[4], str(amount(r)), "、".join(r[5]) or "—"]
            for k, r in enumerate(WINNERS, 1)]


def table_html():
    t = totals()
    rows = [f"<tr>{''.join(f'<th>{html.escape(h)}</th>' for h in HEAD)}</tr>"]
    for k, r in enumerate(WINNERS):
        cells = [f"<td>{k + 1}</td>"]
        for col, key in ((0, lambda x: x[0]), (1, lambda x: (x[0], x[1]))):   # 赛项, 组别: a cell spanning its rows
            if k == 0 or key(WINNERS[k - 1]) != key(r):
                span = 1
                while k + span < len(WINNERS) and key(WINNERS[k + span]) == key(r):
                    span += 1
                txt = html.escape(r[col])
                cells.append(f'<td rowspan="{span}">{txt}</td>' if span > 1 else f"<td>{txt}</td>")
        row = table_rows()[k]
        cells += [f"<td>{html.escape(x)}</td>" for x in row[3:]]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    rows.append(f'<tr><td colspan="6">合计</td><td>{t["players"]}</td><td>—</td></tr>')
    return ('<table class="list-table" border="1" cellspacing="0" cellpadding="4" width="100%">\n'
            + "\n".join(rows) + "\n</table>")


def page():
    body = [f'<p style="text-align:center;">{DOC_NO}</p>']
    for kind, s in paragraphs():
        if kind == "h":
            body.append(f'<p style="text-indent:2em;"><strong>{html.escape(s)}</strong></p>')
        elif kind == "p0":
            body.append(f"<p>{html.escape(s)}</p>")
        else:
            body.append(f'<p style="text-indent:2em;">{html.escape(s)}</p>')
    body.append(f'<p style="text-indent:2em;">附件：{html.escape(TABLE_TITLE)}</p>')
    body += [f'<p style="text-align:right;">{u}</p>' for u in ISSUERS]
    body.append(f'<p style="text-align:right;">{DATE}</p>')
    body.append("<p>（此件公开发布）</p>")
    body.append('<p style="text-align:left;"><strong>附件</strong></p>')
    body.append(f'<p style="text-align:center;"><strong>{html.escape(TABLE_TITLE)}</strong></p>')
    body.append(table_html())
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{html.escape(TITLE)}_县人社局_浦城县人民政府</title>
<meta name="ArticleTitle" content="{html.escape(TITLE)}">
<meta name="PubDate" content="{PUBLISHED}">
<meta name="ContentSource" content="{ISSUERS[0]}">
<!-- {m.NOTE}：{NOTE_TEXT} -->
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;color:#333;}} .header{{background:#0b5aa2;color:#fff;padding:12px 40px;}}
.menu a{{color:#fff;margin-right:20px;}} .wrap{{width:1000px;margin:0 auto;}} .list-table td,.list-table th{{text-align:center;font-size:14px;}}
.fujian a{{color:#0b5aa2;}}
</style>
<script>function setFont(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="header"><div class="site-name">浦城县人民政府</div>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bmxx/">部门信息</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>
</div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bmxx/">部门信息</a> &gt; <a href="/bmxx/rsj/">县人社局</a> &gt; <a href="/bmxx/rsj/tzgg/">通知公告</a></div>
<h1 class="art-title">{html.escape(TITLE)}</h1>
<div class="art-info">发布时间：{PUBLISHED}　来源：{ISSUERS[0]}　浏览次数：<span id="views">2147</span>　分享到：微信 微博　字号：【<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</div>
<div class="art-content" id="zoom">
{chr(10).join(body)}
</div>
<div class="fujian">附件下载：<a href="/uploads/2026/07/{FORM_NAME}.docx">{html.escape(FORM_NAME)}.docx</a></div>
<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="links"><div class="links-title">相关链接</div>
<ul><li><a href="/bmxx/rsj/tzgg/">县人社局通知公告</a></li><li><a href="/zwgk/zcwj/">政策文件</a></li></ul></div>
</div>
<div class="footer">
<p>主办：浦城县人民政府办公室　承办：浦城县融媒体中心</p>
<p>网站标识码：3507220001　<a href="/wzdt/">网站地图</a></p>
<p>{NOTE_TEXT}{m.NOTE}</p>
</div>
</body>
</html>
"""


def main():
    open(os.path.join(OUT_DIR, NAME + ".html"), "w", encoding="utf-8").write(page())
    print("wrote", os.path.join(OUT_DIR, NAME + ".html"))


if __name__ == "__main__":
    main()
