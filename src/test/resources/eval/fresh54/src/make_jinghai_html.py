#!/usr/bin/env python3
"""Write fresh54/jinghai-xueli-gongshi.html (虚构测试文档，非真实政策): the district's 公示 of the first batch of learners to be
paid the 学杂费补助 under the 办法 of make_jinghai_docx.py (those who graduated in January 2026) — each firm's learners by level,
the skilled ones, the sum and who it is paid to; the capped sums; the learners turned down and why; the hardship allowance; the
new classrooms in firms and their grants; the 公示 period and the next dates; part (b) of the dev pair.

    cd fresh54/src && python3 make_jinghai_html.py

**Layout: a district portal's 公示公告 page, UTF-8, whose lists are CSS grids of `<div>`s, not tables** — the site bar, a
location line, the title, an info line of `<span>`s (发布时间, 来源, 浏览次数, the font-size links), the 公示 in `<p>` paragraphs
with `<h4>` headings typed `一、` …, **the list of firms as `<div class="gs-grid" role="table">` with `<div class="gs-row">` rows
of `<div class="gs-cell">` cells (a header row, 12 rows and a 合计 row)** and **a second such grid of the new classrooms**, the
落款, a share bar, the footer; the note in an HTML comment, the `description` meta and the last lines of the 公示.

Every figure is computed here from FIRMS, TUITION and the 办法's figures (make_jinghai_docx.py); the checker recomputes them on
its own.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_jinghai_docx as m  # noqa: E402
from common import D, NOTE, OUT_DIR, cn_date, w  # noqa: E402,F401

NAME = "jinghai-xueli-gongshi"
ISSUER = m.ISSUERS[0]
TITLE = "关于2026年第一批职工学历提升学杂费补助拟补助名单的公示"
DATE_D = D(2026, 5, 25)
DATE = cn_date(DATE_D)
BATCH = "2026年第一批"
GRADUATED = "2026年1月"
CLOSED = m.APPLY_BY                       # 受理截止 (the 印发通知's date)
REVIEWED = D(2026, 5, 22)                 # 区人社局 审核完成 (with 区教育局: 学籍和毕业证书; 社保缴费)
PUBLIC = (D(2026, 5, 25), D(2026, 5, 29)) # 公示期: 5 working days
PAY_NOTICE = D(2026, 6, 1)                # 拨款通知 to the 区财政局 (if no objection)
PAY_BY = D(2026, 6, 15)                   # PAY_NOTICE + the 办法's 10 working days
POINTS_FILED = D(2026, 3, 18)             # the new classrooms 备案
POINTS_PAID = D(2026, 4, 24)              # their one-off grants paid
NEXT_GRAD = "2026年7月"
NEXT_BY = D(2026, 10, 31)                 # the 办法's second window
A, B = m.COLLEGES
TUITION = {(A, "专科"): 7500, (B, "专科"): 9000, (B, "本科"): 14000}
# name, groups (college, level, learners, of whom skilled), payee ("学员" / "企业" / firm's share of the tuition in %), hardship
FIRMS = [
    ("静海宏程钢管制造有限公司", [(A, "专科", 14, 4), (B, "本科", 5, 2)], "企业", 0),
    ("静海联拓自行车有限公司", [(A, "专科", 18, 3)], 50, 2),
    ("静海远帆电动车科技有限公司", [(A, "专科", 9, 1), (B, "专科", 6, 2)], "学员", 0),
    ("静海瑞泓医疗器械有限公司", [(B, "专科", 7, 0), (B, "本科", 4, 1)], "学员", 0),
    ("静海广源金属制品有限公司", [(A, "专科", 11, 5)], "学员", 1),
    ("静海恒鑫五金工具有限公司", [(A, "专科", 8, 2)], "学员", 0),
    ("静海绿循再生资源有限公司", [(A, "专科", 6, 0), (B, "本科", 3, 0)], "学员", 0),
    ("静海佳润食品有限公司", [(B, "专科", 5, 1)], "学员", 1),
    ("静海博锐汽车零部件有限公司", [(A, "专科", 12, 3), (B, "本科", 6, 3)], "企业", 0),
    ("静海海智物流有限公司", [(B, "专科", 4, 0), (B, "本科", 2, 1)], "学员", 0),
    ("静海晟达电力设备有限公司", [(B, "专科", 9, 4), (B, "本科", 7, 2)], "学员", 0),
    ("静海康禾护理服务有限公司", [(B, "专科", 10, 0)], "学员", 0),
]
FIRMS_APPLIED = 14                        # firms whose staff applied (two had every learner turned down)
# the learners turned down: (key of the 办法's item / 条, learners)
REFUSED = [("l_2", 3), ("x_2", 1), ("x_3", 2), ("graduate", 1), ("onjob", 2)]
REFUSED_TEXT = {"l_2": "在本区连续缴纳职工社会保险不满12个月", "x_2": "参加的是全日制学历教育", "x_3": "同一学历层次已享受过其他财政性学杂费补助",
                "graduate": "在规定学制期满1年后才取得毕业证书", "onjob": "申请时已离开本区企业"}
# the new classrooms in firms (备案 in the spring semester of 2026): firm, college, learners enrolled
POINTS = [("静海宏程钢管制造有限公司", A, 42), ("静海联拓自行车有限公司", A, 36), ("静海博锐汽车零部件有限公司", A, 33),
          ("静海晟达电力设备有限公司", B, 31)]
FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：静海区为真实地名，院校、企业、人数、金额、日期、人员和电话均为虚构，仅用于问答系统"
                "评测。")
HEAD = ["序号", "企业名称", "办学院校", "专科（人）", "本科（人）", "其中技能人才学员（人）", "学杂费补助（元）", "拨付对象"]
POINT_HEAD = ["序号", "企业名称", "办学院校", "报名学员（人）", "建设补助（元）"]


def per_learner(college, level, skilled):
    share = m.RATE[level] + (m.SKILL_PLUS if skilled else 0)
    return min(TUITION[(college, level)] * share // 100, m.CAP[level])


def subsidy(f):
    return sum((n - s) * per_learner(c, lv, False) + s * per_learner(c, lv, True) for c, lv, n, s in f[1])


def count(f, level=None):
    return sum(n for _, lv, n, _ in f[1] if level in (None, lv))


def skilled(f):
    return sum(s for *_, s in f[1])


def colleges(f):
    return "、".join(c for c in m.COLLEGES if any(g[0] == c for g in f[1]))


def payee(f):
    return f[2] if isinstance(f[2], str) else "学员和企业"


def rows():
    return [[str(i), f[0], colleges(f), str(count(f, "专科")), str(count(f, "本科")), str(skilled(f)), str(subsidy(f)), payee(f)]
            for i, f in enumerate(FIRMS, 1)]


def totals():
    return [sum(count(f, "专科") for f in FIRMS), sum(count(f, "本科") for f in FIRMS), sum(skilled(f) for f in FIRMS),
            sum(subsidy(f) for f in FIRMS)]


def point_rows():
    return [[str(i), f, c, str(n), str(m.POINT_GRANT)] for i, (f, c, n) in enumerate(POINTS, 1)]


def grid(cls, label, head, body, total=None):
    out = [f'<div class="gs-grid {cls}" role="table" aria-label="{label}">',
           '<div class="gs-row gs-head" role="row">' + "".join(f'<div class="gs-cell" role="columnheader">{h}</div>' for h in head)
           + "</div>"]
    for r in body:
        out.append('<div class="gs-row" role="row">' + "".join(f'<div class="gs-cell" role="cell">{c}</div>' for c in r) + "</div>")
    if total:
        out.append('<div class="gs-row gs-total" role="row">' + "".join(f'<div class="gs-cell" role="cell">{c}</div>' for c in total)
                   + "</div>")
    out.append("</div>")
    return "\n".join(out)


def paragraphs():
    t = totals()
    learners = t[0] + t[1]
    refused = sum(n for _, n in REFUSED)
    hardship = sum(f[3] for f in FIRMS)
    full = [f for f in FIRMS if f[2] == "企业"]
    shared = next(f for f in FIRMS if not isinstance(f[2], str))
    firm_part = subsidy(shared) * shared[2] // 100
    c = m.cite
    P = []
    P.append(f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）{c('review')}规定，现将{BATCH}职工学历提升学杂费补助拟补助名单予以公示。")
    P.append("<h4>一、受理和审核情况</h4>")
    P.append(f"截至{cn_date(CLOSED)}，区人社局共受理{FIRMS_APPLIED}家企业{learners + refused}名学员的学杂费补助申请，申请人均为{GRADUATED}"
             f"取得毕业证书的学员。经区人社局会同区教育局核对学籍、毕业证书和社会保险缴费记录，于{cn_date(REVIEWED, False)}完成审核，"
             f"拟对{len(FIRMS)}家企业的{learners}名学员给予学杂费补助，其中专科{t[0]}人、本科{t[1]}人，技能人才学员{t[2]}人，学杂费补助"
             f"共{t[3]}元。")
    why = "；".join(f"{n}人{REFUSED_TEXT[k]}（《办法》{c(k)}）" for k, n in REFUSED)
    P.append(f"不予补助{refused}人：{why}。")
    P.append("<h4>二、拟补助名单</h4>")
    P.append(f"本批学员的学杂费按办学院校收费标准计：{A}专科{TUITION[(A, '专科')]}元/人；{B}专科{TUITION[(B, '专科')]}元/人、本科"
             f"{TUITION[(B, '本科')]}元/人。各企业拟补助情况见下表。")
    P.append("GRID1")
    sk_b = per_learner(B, "本科", True)
    raw_b = TUITION[(B, "本科")] * (m.RATE["本科"] + m.SKILL_PLUS) // 100
    raw_z = TUITION[(B, "专科")] * (m.RATE["专科"] + m.SKILL_PLUS) // 100
    P.append(f"按照《办法》{c('rate')}、{c('skill')}规定，{B}本科技能人才学员按{m.RATE['本科'] + m.SKILL_PLUS}%计算为{raw_b}元，超过每人"
             f"最高{m.CAP['本科']}元的规定，按{sk_b}元核定；该院专科技能人才学员按{m.RATE['专科'] + m.SKILL_PLUS}%计算为{raw_z}元，按"
             f"{m.CAP['专科']}元核定。")
    P.append(f"按照《办法》{c('payee')}规定，学杂费补助拨付到学员本人社会保障卡银行账户；{full[0][0]}、{full[1][0]}为学员全额承担学杂费，其学杂费"
             f"补助拨付给企业；{shared[0]}承担学员学杂费的{shared[2]}%，其学杂费补助{subsidy(shared)}元拨付给企业{firm_part}元、拨付给学员"
             f"{subsidy(shared) - firm_part}元。")
    hard = [f for f in FIRMS if f[3]]
    P.append(f"学员中有区总工会建档的困难职工{hardship}名（" + "、".join(f"{f[0]}{f[3]}名" for f in hard) + f"），由区总工会另行发放一次性"
             f"生活补助共{hardship * m.HARDSHIP}元（《办法》{c('hardship')}）。")
    P.append("<h4>三、企业教学点建设补助</h4>")
    P.append(f"{cn_date(POINTS_FILED)}，区教育局为{len(POINTS)}个新设立的企业教学点办理了备案。按照《办法》{c('grant')}规定，每个企业教学点"
             f"给予设立企业一次性建设补助{w(m.POINT_GRANT)}，共{w(m.POINT_GRANT * len(POINTS))}，已于{cn_date(POINTS_PAID, False)}"
             "拨付到位，不在本次公示范围内，列示如下。")
    P.append("GRID2")
    P.append("<h4>四、公示时间和异议反映</h4>")
    P.append(f"公示期为{cn_date(PUBLIC[0])}至{cn_date(PUBLIC[1], False)}（{m.PUB_DAYS}个工作日）。对公示名单有异议的，请在公示期内以书面形式"
             f"向区人社局职业能力建设科反映，联系人：{m.CONTACTS[0][1]}，电话：{m.CONTACTS[0][2]}。")
    P.append(f"公示无异议的，区人社局将于{cn_date(PAY_NOTICE, False)}向区财政局发出拨款通知，区财政局在收到拨款通知后{m.PAY_DAYS}个工作日内"
             f"（{cn_date(PAY_BY, False)}前）将学杂费补助拨付到位。{NEXT_GRAD}取得毕业证书的学员，请于{cn_date(NEXT_BY)}前通过所在企业提出"
             "第二批申请。")
    return P


def page():
    t = totals()
    body = []
    for p in paragraphs():
        if p == "GRID1":
            body.append(grid("gs-8", "拟补助名单", HEAD, rows(), ["合计", "—", "—"] + [str(x) for x in t] + ["—"]))
        elif p == "GRID2":
            body.append(grid("gs-5", "企业教学点建设补助", POINT_HEAD, point_rows(),
                             ["合计", "—", "—", str(sum(n for *_, n in POINTS)), str(m.POINT_GRANT * len(POINTS))]))
        elif p.startswith("<h4>"):
            body.append(p)
        else:
            body.append(f"<p>{p}</p>")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}-通知公告-静海区人力资源和社会保障局</title>
<meta name="description" content="{NOTE}">
<!-- {NOTE}：{FICTION_TEXT} -->
<style>
body {{ font-family: "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #333; }}
.article p {{ text-indent: 2em; line-height: 1.9; }}
.gs-grid {{ display: grid; border-top: 1px solid #bbb; border-left: 1px solid #bbb; margin: 12px 0; font-size: 14px; }}
.gs-8 {{ grid-template-columns: 3em 15em 14em 5em 5em 8em 7em 6em; }}
.gs-5 {{ grid-template-columns: 3em 15em 10em 8em 8em; }}
.gs-row {{ display: contents; }}
.gs-cell {{ border-right: 1px solid #bbb; border-bottom: 1px solid #bbb; padding: 4px 6px; }}
.gs-head .gs-cell {{ background: #eef3f8; font-weight: bold; text-align: center; }}
.gs-total .gs-cell {{ font-weight: bold; }}
</style>
<script src="/static/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="site-top"><a href="/">静海区人力资源和社会保障局</a><span class="top-links"><a href="/wza/">无障碍浏览</a> | <a href="/m/">手机版</a></span></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
<div class="article">
<h2 class="title">{TITLE}</h2>
<div class="info"><span>发布时间：{DATE_D.isoformat()} 09:30</span><span>来源：{ISSUER}</span><span>浏览次数：<em id="hits">1268</em></span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content" id="zoom">
{chr(10).join(body)}
<p style="text-align:right;">{ISSUER}</p>
<p style="text-align:right;">{DATE}</p>
<p class="note" style="font-size:12px;">{FICTION_TEXT}</p>
<p class="note" style="font-size:12px;">{NOTE}。</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
</div>
<div class="footer"><p>主办单位：{ISSUER}　网站标识码：（略）</p><p>本页所载内容为{NOTE}。</p></div>
<script>$("#hits").text(parseInt($("#hits").text(), 10) + 1);</script>
</body>
</html>
"""


def main():
    path = os.path.join(OUT_DIR, NAME + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", path, totals())


if __name__ == "__main__":
    main()
