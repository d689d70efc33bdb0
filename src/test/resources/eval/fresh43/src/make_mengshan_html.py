#!/usr/bin/env python3
"""Write fresh43/mengshan-anpai-tongzhi.html (虚构测试文档，非真实政策): the held-out 顶岗实践 notice as a county portal page.

    cd fresh43/src && python3 make_mengshan_html.py

Part (b) of the held-out pair (the same parts as make_xihua_txt.py in other words and numbers: posts, firms and teachers computed
from the table, periods with dates, who may apply and by when (an age limit turned into a birth date), what to do during the practice,
the allowance restated with this year's change and worked examples, the firms' 补助 with a worked example, 考核 deadlines and
conversions, contacts). **A saved page of the county government's portal** (UTF-8): site header and navigation, 当前位置 breadcrumb,
the title, an info line (发布时间, 来源, 浏览次数, 字号 大 中 小), the notice in `<p>`s, the 附件 heading and **the 岗位安排表 as a real
`<table>` whose 基地企业 cells span rows (`rowspan`) and a 合计 row spanning columns (`colspan`)**, the 落款, 【打印本页】【关闭窗口】,
related links and the site footer (主办 / 承办, 网站标识码), the note in an HTML comment and in the page's last line.

Every total, birth date, day count, rate, worked allowance and conversion is computed here from make_mengshan_pdf's figures, every
article cited by number computed (make_mengshan_pdf.art()), and recomputed by ../check_fresh43.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_mengshan_pdf as m  # noqa: E402

NAME = "mengshan-anpai-tongzhi"
ISSUER = "蒙山县教育局"
DOC_NO = "蒙教职〔2026〕6号"
DATE = "2026年6月12日"
PUBLISHED = "2026-06-12 16:20"
YEAR = "2026年"
PLAN = f"{YEAR}职业学校教师企业顶岗实践计划"
TITLE = f"{ISSUER}关于印发{PLAN}的通知"
TABLE_TITLE = f"{YEAR}职业学校教师企业顶岗实践岗位安排表"
MJ, SY = "蒙山县湄江职业技术学校", "蒙山县丝源技工学校"
BLOCK, CYCLE = "整段顶岗", "周期顶岗"
IN, OUT = "县内", "县外"
ROOM = "提供住宿"
# (基地企业, 顶岗岗位, 对应专业, 顶岗方式, 人数, 地点, 备注) — rows of one firm follow each other (rowspan)
POSTS = [
    ("蒙山县锦蚕丝绸有限公司", "缫丝生产线操作", "纺织技术及应用", BLOCK, 2, IN, "—"),
    ("蒙山县锦蚕丝绸有限公司", "丝绸质量检验", "纺织技术及应用", CYCLE, 1, IN, "—"),
    ("蒙山县林海木业有限公司", "人造板生产工艺", "木材加工技术", BLOCK, 2, IN, "—"),
    ("蒙山县果香农业发展有限公司", "砂糖橘标准化种植", "现代农艺技术", CYCLE, 2, IN, "—"),
    ("蒙山县果香农业发展有限公司", "农产品网店运营", "电子商务", BLOCK, 1, IN, "—"),
    ("恒泰新能源汽车服务有限公司", "新能源汽车检修", "新能源汽车运用与维修", BLOCK, 2, OUT, ROOM),
    ("精铸模具制造有限公司", "注塑模具装配", "模具制造技术", BLOCK, 1, OUT, "—"),
    ("蒙山县安颐养老服务有限公司", "老年人生活照护", "护理", CYCLE, 2, IN, "—"),
    ("蒙山县安颐养老服务有限公司", "康复辅助", "康复技术", BLOCK, 1, IN, "—"),
]
HEAD = ["序号", "基地企业", "顶岗岗位", "对应专业", "顶岗方式", "人数", "地点", "备注"]
D = datetime.date
BLOCK_DATES = (D(2026, 7, 13), D(2026, 8, 11))
CYCLE_WEEKDAY = 3                       # 星期四
CYCLE_DATES = (D(2026, 9, 10), D(2026, 12, 24))
HOLIDAY = (D(2026, 10, 1), D(2026, 10, 7))   # 国庆节假期: 周期顶岗暂停
APPLY_END = D(2026, 6, 26)
SUBMIT = D(2026, 7, 1)
LIST = D(2026, 7, 6)
INSURE = D(2026, 7, 10)
OUT_BLOCK_RATE = 100                    # this year's change: 县外 整段顶岗 生活补贴 每人每天
# worked allowances: [(地点, 方式, 天数), …] per example
PAY = [[(IN, BLOCK, 30)], [(OUT, BLOCK, 30), (OUT, CYCLE, 15)]]
CONTACTS = [
    ("政策咨询", "县教育局职业与成人教育股", "覃丽萍", m.CONTACT[1]),
    ("报名咨询", MJ, "黎文斌", "0774-7213648"),
    ("报名咨询", SY, "莫海燕", "0774-7225091"),
]
OTHER = [
    "各学校要把教师顶岗实践与专业建设、课程改革结合起来，顶岗教师返校后按《细则》{share}作顶岗实践汇报。",
    "基地企业要安排企业带教师傅全程指导，不得安排顶岗教师从事与顶岗岗位无关的工作。",
    "顶岗期间发生安全事故的，学校和基地企业应当立即处置，并在24小时内报告县教育局。",
    "本通知未尽事项，按《细则》执行。",
]
WEEK = "一二三四五六日"


def cn_date(d, year=True, week=False):
    s = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
    return s + (f"（星期{WEEK[d.weekday()]}）" if week else "")


def days(a, b):
    return (b - a).days + 1


def cycle_days():
    d, n = CYCLE_DATES[0], 0
    while d <= CYCLE_DATES[1]:
        if d.weekday() == CYCLE_WEEKDAY and not HOLIDAY[0] <= d <= HOLIDAY[1]:
            n += 1
        d += datetime.timedelta(1)
    return n


def skipped():
    return [HOLIDAY[0] + datetime.timedelta(i) for i in range(days(*HOLIDAY))
            if (HOLIDAY[0] + datetime.timedelta(i)).weekday() == CYCLE_WEEKDAY]


def born_after():
    """35周岁以下 as of the first day of 整段顶岗: born after that day 36 years earlier"""
    d = BLOCK_DATES[0]
    return d.replace(year=d.year - m.YOUNG_AGE - 1)


def totals():
    ps = POSTS
    return dict(posts=len(ps), firms=len({p[0] for p in ps}), people=sum(p[4] for p in ps),
                block=sum(1 for p in ps if p[3] == BLOCK), block_people=sum(p[4] for p in ps if p[3] == BLOCK),
                cycle=sum(1 for p in ps if p[3] == CYCLE), cycle_people=sum(p[4] for p in ps if p[3] == CYCLE),
                out=sum(1 for p in ps if p[5] == OUT), out_people=sum(p[4] for p in ps if p[5] == OUT))


def rate(where, how):
    if where == OUT and how == BLOCK:
        return OUT_BLOCK_RATE
    return m.IN_RATE if where == IN else m.OUT_RATE


def pay_examples():
    """[(sentence, amount, paid)]"""
    out = []
    for parts in PAY:
        amount = sum(rate(w, h) * n for w, h, n in parts)
        formula = "＋".join(f"{rate(w, h)}×{n}" for w, h, n in parts)
        if len(parts) == 1:
            w, h, n = parts[0]
            s = f"到{w}基地企业{h}{n}天的，生活补贴为{formula}＝{amount}元"
        else:
            (w1, h1, n1), (w2, h2, n2) = parts
            s = (f"到{w1}基地企业{h1}{n1}天、秋季学期又在{w2}基地企业{h2}{n2}天的，生活补贴为{formula}＝{amount}元，超过每人每年"
                 f"{m.CAP}元上限，按{m.CAP}元发放")
        out.append((s, amount, min(amount, m.CAP)))
    return out


def firm_people():
    out = {}
    for p in POSTS:
        if p[3] == BLOCK:
            out[p[0]] = out.get(p[0], 0) + p[4]
    return out


def paragraphs():
    t = totals()
    a = {k: m.art(k) for k in ("period", "form", "apply", "journal", "leave", "safety", "visit", "meals", "travel", "firm_pay",
                               "assess", "credit", "fail")}
    b0, b1 = BLOCK_DATES
    n_block = days(b0, b1)
    pay = pay_examples()
    fp = firm_people()
    big = max(fp, key=fp.get)
    sk = skipped()
    return [
        ("p", "各职业学校，各教师顶岗实践基地企业："),
        ("p", f"根据《{m.GUIDING}》（{m.DOC_NO}，以下简称《细则》），县教育局制定了《{PLAN}》，现印发给你们，请认真组织实施。有关事项通知"
              "如下："),
        ("h", "一、岗位安排"),
        ("p", f"今年共安排顶岗岗位{t['posts']}个，涉及基地企业{t['firms']}家，计划安排教师{t['people']}名。其中，{BLOCK}岗位{t['block']}个、"
              f"{t['block_people']}名，{CYCLE}岗位{t['cycle']}个、{t['cycle_people']}名；{OUT}岗位{t['out']}个、{t['out_people']}名。具体岗位见"
              "附件。"),
        ("h", "二、时间安排"),
        ("p", f"（一）{BLOCK}：{cn_date(b0, week=True)}至{cn_date(b1, year=False, week=True)}，共{n_block}天，符合《细则》{a['form']}"
              f"“每次连续不少于{m.MIN_BLOCK}天”的要求。"),
        ("p", f"（二）{CYCLE}：{YEAR}秋季学期，自{cn_date(CYCLE_DATES[0], year=False)}起每周星期{WEEK[CYCLE_WEEKDAY]}到基地企业，至"
              f"{cn_date(CYCLE_DATES[1], year=False)}止，{cn_date(sk[0], year=False)}国庆节假期暂停1次，共{cycle_days()}天。"),
        ("h", "三、报名安排"),
        ("p", f"（一）教师于{cn_date(APPLY_END)}前向所在学校报名。今年{BLOCK}只安排1期，每人限报1个岗位。{m.YOUNG_AGE}周岁以下"
              f"（{cn_date(born_after())}以后出生）且近{m.YOUNG_YEARS}年未参加{BLOCK}的教师，按《细则》{a['period']}应当报名{BLOCK}，"
              "同等条件下优先安排。"),
        ("p", f"（二）各学校审核汇总后，于{cn_date(SUBMIT, year=False)}前报县教育局职业与成人教育股；安排名单于{cn_date(LIST, year=False)}前"
              "公布。"),
        ("h", "四、过程管理"),
        ("p", f"（一）顶岗教师每周填写1份顶岗实践周志（《细则》{a['journal']}），请假按《细则》{a['leave']}办理。"),
        ("p", f"（二）各学校于{cn_date(INSURE, year=False)}前为{BLOCK}教师购买意外伤害保险；基地企业在顶岗第一天完成不少于4学时的岗前安全"
              f"培训（《细则》{a['safety']}）。学校每月至少到基地企业走访1次（《细则》{a['visit']}）。"),
        ("h", "五、经费保障"),
        ("p", f"（一）生活补贴按《细则》{a['meals']}执行，{IN}每人每天{m.IN_RATE}元、{OUT}每人每天{m.OUT_RATE}元，每人每年不超过{m.CAP}元。"
              f"经县财政局同意，{YEAR}到{OUT}基地企业{BLOCK}的，生活补贴提高到每人每天{OUT_BLOCK_RATE}元，年度上限不变。"),
        ("p", f"（二）例如，{pay[0][0]}；{pay[1][0]}。"),
        ("p", f"（三）{OUT}岗位往返路费和住宿费按《细则》{a['travel']}实报实销；备注栏标注“{ROOM}”的岗位不再另付住宿费。"),
        ("p", f"（四）基地企业补助按《细则》{a['firm_pay']}核定。例如，{big}接收{BLOCK}教师{fp[big]}名，全部考核合格的，可获补助"
              f"{m.FIRM_PAY}×{fp[big]}＝{m.FIRM_PAY * fp[big]}元。"),
        ("h", "六、考核"),
        ("p", f"（一）{BLOCK}教师于{cn_date(b1 + datetime.timedelta(m.REPORT_DAYS), year=False)}前、{CYCLE}教师于"
              f"{cn_date(CYCLE_DATES[1] + datetime.timedelta(m.REPORT_DAYS), year=False)}前，向所在学校提交周志、实践报告和鉴定表"
              f"（《细则》{a['assess']}）。"),
        ("p", f"（二）考核合格以上的，{BLOCK}{n_block}天折算顶岗实践时间{n_block // m.DAYS_PER_MONTH}个月、教学工作量{n_block * m.WORKLOAD}课时，"
              f"计继续教育学分{n_block // m.CREDIT_DAYS}分（《细则》{a['credit']}）。考核不合格的，按《细则》{a['fail']}处理。"),
        ("h", "七、其他事项"),
    ] + [("p", f"（{m.cn(k)}）" + o.format(share=m.art("share"))) for k, o in enumerate(OTHER, 1)] + [
        ("h", "八、联系方式"),
        ("p", f"{CONTACTS[0][0]}：{CONTACTS[0][1]}，{CONTACTS[0][2]}，{CONTACTS[0][3]}。"),
        ("p", f"{CONTACTS[1][0]}：{CONTACTS[1][1]}，{CONTACTS[1][2]}，{CONTACTS[1][3]}；{CONTACTS[2][1]}，{CONTACTS[2][2]}，{CONTACTS[2][3]}。"),
    ]


def table_html():
    t = totals()
    rows = [f"<tr>{''.join(f'<th>{html.escape(h)}</th>' for h in HEAD)}</tr>"]
    i = 0
    for k, p in enumerate(POSTS):
        cells = [f"<td>{k + 1}</td>"]
        if i == k:
            span = 1
            while i + span < len(POSTS) and POSTS[i + span][0] == p[0]:
                span += 1
            cells.append(f'<td rowspan="{span}">{html.escape(p[0])}</td>' if span > 1 else f"<td>{html.escape(p[0])}</td>")
            i += span
        cells += [f"<td>{html.escape(str(x))}</td>" for x in (p[1], p[2], p[3], p[4], p[5], p[6])]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    rows.append(f'<tr><td colspan="5">合计</td><td>{t["people"]}</td><td colspan="2">{t["posts"]}个岗位</td></tr>')
    return ('<table class="xxgk_table" border="1" cellspacing="0" cellpadding="4" width="100%">\n'
            + "\n".join(rows) + "\n</table>")


def page():
    body = [f'<p style="text-align:center;">{DOC_NO}</p>']
    for kind, s in paragraphs():
        if kind == "h":
            body.append(f'<p style="text-indent:2em;"><strong>{html.escape(s)}</strong></p>')
        elif s.startswith("各职业学校"):
            body.append(f"<p>{html.escape(s)}</p>")
        else:
            body.append(f'<p style="text-indent:2em;">{html.escape(s)}</p>')
    body.append(f'<p style="text-indent:2em;">附件：{html.escape(TABLE_TITLE)}</p>')
    body.append(f'<p style="text-align:right;">{ISSUER}</p>')
    body.append(f'<p style="text-align:right;">{DATE}</p>')
    body.append('<p style="text-align:left;"><strong>附件</strong></p>')
    body.append(f'<p style="text-align:center;"><strong>{html.escape(TABLE_TITLE)}</strong></p>')
    body.append(table_html())
    body.append("<p>（此件主动公开）</p>")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html.escape(TITLE)}_通知公告_蒙山县人民政府门户网站</title>
<meta name="ArticleTitle" content="{html.escape(TITLE)}">
<meta name="PubDate" content="{PUBLISHED}">
<meta name="ContentSource" content="{ISSUER}">
<!-- {m.NOTE}：蒙山县为真实地名，文号、学校、企业、岗位、人数、日期、补助金额、人员和电话均为虚构，仅用于问答系统评测 -->
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;}} .top{{background:#1a5fa8;color:#fff;padding:10px 40px;}}
.nav a{{color:#fff;margin-right:18px;}} .main{{width:1000px;margin:0 auto;}} .xxgk_table td,.xxgk_table th{{text-align:center;}}
</style>
<script>function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="top"><div class="logo">蒙山县人民政府门户网站</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjms/">走进蒙山</a></div>
</div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<h1 class="article-title">{html.escape(TITLE)}</h1>
<div class="article-info">发布时间：{PUBLISHED}　来源：{ISSUER}　浏览次数：<span id="hits">1286</span>　字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="article-content" id="zoom">
{chr(10).join(body)}
</div>
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><div class="related-title">相关链接</div>
<ul><li><a href="/zwgk/tzgg/">通知公告</a></li><li><a href="/zwgk/zcjd/">政策解读</a></li></ul></div>
</div>
<div class="footer">
<p>主办：蒙山县人民政府办公室　承办：蒙山县人民政府门户网站管理中心</p>
<p>网站标识码：4504230007　<a href="/zcwz/">政府网站找错</a></p>
<p>{m.NOTE}（本页为虚构测试文档，非真实政策）</p>
</div>
</body>
</html>
"""


def main():
    open(os.path.join(OUT_DIR, NAME + ".html"), "w", encoding="utf-8").write(page())
    print("wrote", os.path.join(OUT_DIR, NAME + ".html"))


if __name__ == "__main__":
    main()
