#!/usr/bin/env python3
"""Write fresh48/jinxian-tiexi-gongshi.html (虚构测试文档，非真实政策): the dev 公示 of the year's 贷款贴息, as a page of the county's
government portal.

    cd fresh48/src && python3 make_jinxian_html.py

Part (b) of the dev pair: 关于2025年度进贤县产教融合项目贷款贴息资金的公示 (进贤县财政局, 2026年5月11日), citing the 办法
(make_jinxian_docx.py) by title and 文号 and its 条 by number (`《办法》第十三条`, `《办法》第五条第（二）项`).

**Layout: an article inside a portal page** (UTF-8, `<meta charset="utf-8">`): the site's top bar, header with a search form, the
navigation, the crumb `当前位置`, **a sidebar of links before the article**, the article's title and info line (发布时间 / 来源 /
浏览次数 / 字号), the text in `<p>` paragraphs, **the table of the firms subsidised, in which a firm with two loans has its 序号,
name, school, students, share and amount in cells with `rowspan="2"`, and a 合计 row with a `colspan` cell**, the 落款, a
related-files box, 上一篇 / 下一篇, the footer with 主办 / 承办 / 网站标识码 (no ICP line, which would name the province by its
abbreviation), scripts; the note in an HTML comment and in the footer's last lines.

Every count (firms and loans applied, passed, not passed), every amount (interest paid, what may be subsidised after the rate
ceiling and after overdue interest, the share, the amount per loan and per firm, the yearly cap, the totals, the budget), the worked
examples and every date (核实 within 10 working days, 审核 within 10 working days, the 公示 of 5 working days, the payment within 15
working days after it, the next call in March) is computed here from make_jinxian_docx's figures and recomputed by
../check_fresh48.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_jinxian_docx as m  # noqa: E402

NAME = "jinxian-tiexi-gongshi"
D = datetime.date
ISSUER = "进贤县财政局"
DATE_D = D(2026, 5, 11)                  # published; the 公示 starts the same day
DATE = m.cn_date(DATE_D)
TITLE = "关于2025年度进贤县产教融合项目贷款贴息资金的公示"
CHECK_DONE = D(2026, 4, 21)              # 县发展改革委、县教育体育局 核实 done
REVIEW_DONE = D(2026, 4, 30)             # 县财政局 审核确定
BUDGET = 800000                          # 2026年县级预算安排贴息资金
YEAR = 2025                              # the interest year
BANKS = ["进贤瑞泽农村商业银行", "进贤鼎信商业银行", "进贤和兴村镇银行"]
SCHOOLS = ["进贤县贤湖职业技术学校", "进贤县青岚中等专业学校"]
# every applicant: (企业, 合作院校, 2025年接收实习实训人数, 产教融合型企业 level or "", loans, reason key or None)
# a loan: (bank, 万元, 年利率 %, 2025年实际付息额 元, of which overdue interest and 罚息 元, reason or None)
APPLICANTS = [
    ("进贤县华笔文化用品有限公司", SCHOOLS[0], 26, "", [(BANKS[0], 300, "3.65", 109500, 0, None)], None),
    ("进贤县恒济医疗器械有限公司", SCHOOLS[1], 48, "县级", [(BANKS[1], 1000, "3.8", 380000, 0, None),
                                                   (BANKS[0], 500, "3.6", 137500, 0, None)], None),
    ("进贤县康华医用材料有限公司", SCHOOLS[0], 22, "", [(BANKS[2], 200, "4.35", 87000, 0, None)], None),
    ("进贤县丰泰农机制造有限公司", SCHOOLS[1], 31, "", [(BANKS[0], 400, "3.7", 151220, 3220, None)], None),
    ("进贤县新程汽车零部件有限公司", SCHOOLS[0], 35, "市级", [(BANKS[1], 150, "3.45", 51750, 0, None),
                                                     (BANKS[1], 120, "3.45", 21160, 0, None)], None),
    ("进贤县鑫旺建材有限公司", SCHOOLS[1], 24, "", [(BANKS[2], 260, "3.9", 101400, 0, "cond_2")], "cond_2"),
    ("进贤县嘉木家居有限公司", SCHOOLS[0], 21, "", [(BANKS[0], 350, "3.6", 126000, 0, "ex_2"),
                                                (BANKS[2], 80, "3.85", 30800, 0, "cond_4")], "mixed"),
    ("进贤县天衡模具有限公司", SCHOOLS[1], 12, "", [(BANKS[1], 180, "3.7", 66600, 0, "cond_3")], "cond_3"),
]
OTHER_SUBSIDY = "县工业和信息化局技术改造贷款贴息"   # what 嘉木家居's 350万元 loan had already
# worked examples in the 公示 (企业 short names and which computation)
SHORT = {a[0]: a[0].replace("进贤县", "").replace("有限公司", "") for a in APPLICANTS}
CONTACT = m.CONTACTS[0]
NOTE_TEXT = ("本页为虚构测试文档，非真实政策：进贤县为真实地名，企业、学校、银行、贷款、利率、付息额、贴息金额、日期、人员和电话均为"
             "虚构，仅用于问答系统评测。")


def passed():
    return [a for a in APPLICANTS if a[5] is None]


def failed():
    return [a for a in APPLICANTS if a[5] is not None]


def share(a):
    return m.SHARE_PLUS if a[3] else m.SHARE


def eligible(loan):
    """可贴息付息额 of a loan: overdue interest and 罚息 off; a rate above the ceiling scaled down to it"""
    _, _, rate, paid, overdue, _ = loan
    base = paid - overdue
    if float(rate) > m.RATE_CAP:
        num = base * m.RATE_CAP * 100
        den = int(round(float(rate) * 100))
        assert num % den == 0, loan
        return num // den
    return base


def by_share(a, loan):
    x = eligible(loan) * share(a)
    assert x % 100 == 0, (a[0], loan)
    return x // 100


def firm_amount(a):
    return min(sum(by_share(a, l) for l in a[4]), m.CAP)


def publicity_end():
    return m.add_workdays(DATE_D, m.PUBLICITY - 1)


def pay_by():
    return m.add_workdays(publicity_end(), m.PAY_DAYS)


def totals():
    ps = passed()
    loans = [l for a in ps for l in a[4]]
    return dict(
        firms=len(APPLICANTS), loans=sum(len(a[4]) for a in APPLICANTS),
        amount=sum(l[1] for a in APPLICANTS for l in a[4]),
        ok_firms=len(ps), ok_loans=len(loans), ok_amount=sum(l[1] for l in loans),
        paid=sum(l[3] for l in loans), eligible=sum(eligible(l) for l in loans),
        by_share=sum(by_share(a, l) for a in ps for l in a[4]), granted=sum(firm_amount(a) for a in ps),
        plus=[a for a in ps if a[3]], bad_firms=len(failed()), bad_loans=sum(len(a[4]) for a in failed()))


HEAD = ["序号", "企业名称", "合作院校", f"{YEAR}年接收实习实训（人）", "贷款银行", "贷款金额（万元）", "年利率", f"{YEAR}年实际付息额（元）",
        "可贴息付息额（元）", "贴息比例", "按比例计算（元）", "核定贴息（元）"]
FIRM_COLS = {0, 1, 2, 3, 9, 11}    # the cells a firm with two loans has once, with rowspan


def table_rows():
    """the table as it means: a row a loan, every cell filled (a firm's cells repeated on its second loan); the 合计 row last"""
    rows = []
    for k, a in enumerate(passed(), 1):
        for l in a[4]:
            rows.append([str(k), a[0], a[1], str(a[2]), l[0], str(l[1]), l[2] + "%", str(l[3]), str(eligible(l)),
                         f"{share(a)}%", str(by_share(a, l)), str(firm_amount(a))])
    t = totals()
    rows.append(["合计", "合计", "合计", "合计", f"{t['ok_loans']}笔", str(t["ok_amount"]), "—", str(t["paid"]), str(t["eligible"]),
                 "—", str(t["by_share"]), str(t["granted"])])
    return rows


def table_html():
    out = ['<table class="gs-table" border="1" cellspacing="0" cellpadding="4">', "<thead><tr>"]
    out += [f"<th>{html.escape(h)}</th>" for h in HEAD]
    out.append("</tr></thead><tbody>")
    for k, a in enumerate(passed(), 1):
        n = len(a[4])
        for i, l in enumerate(a[4]):
            cells = [str(k), a[0], a[1], str(a[2]), l[0], str(l[1]), l[2] + "%", str(l[3]), str(eligible(l)),
                     f"{share(a)}%", str(by_share(a, l)), str(firm_amount(a))]
            tds = []
            for j, c in enumerate(cells):
                if j in FIRM_COLS:
                    if i:
                        continue
                    span = f' rowspan="{n}"' if n > 1 else ""
                    tds.append(f"<td{span}>{html.escape(c)}</td>")
                else:
                    tds.append(f"<td>{html.escape(c)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
    t = totals()
    out.append(f'<tr class="total"><td colspan="4">合计</td><td>{t["ok_loans"]}笔</td><td>{t["ok_amount"]}</td><td>—</td>'
               f'<td>{t["paid"]}</td><td>{t["eligible"]}</td><td>—</td><td>{t["by_share"]}</td><td>{t["granted"]}</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


def reason(key, a, loan=None):
    c = m.cite
    if key == "cond_2":
        return f"贷款所投项目未纳入县产教融合项目库（《办法》{c('cond_2')}）"
    if key == "cond_3":
        return f"{YEAR}年接收学生实习实训{a[2]}人，不足{m.INTERNS}人（《办法》{c('cond_3')}）"
    if key == "ex_2":
        return f"{loan[1]}万元贷款已享受{OTHER_SUBSIDY}，不重复贴息（《办法》{c('ex_2')}）"
    if key == "cond_4":
        return f"{loan[1]}万元贷款单笔金额不足{m.MIN_LOAN}万元（《办法》{c('cond_4')}）"
    raise KeyError(key)


def failed_lines():
    out = []
    for k, a in enumerate(failed(), 1):
        n = len(a[4])
        if a[5] == "mixed":
            out.append(f"{k}. {a[0]}（{n}笔）：" + "；".join(reason(l[5], a, l) for l in a[4]) + "。")
        else:
            out.append(f"{k}. {a[0]}（{n}笔，{a[4][0][1]}万元）：{reason(a[5], a)}。")
    return out


def example_lines():
    ps = {a[0]: a for a in passed()}
    hb, hj, kh, ft = (ps[n] for n in ("进贤县华笔文化用品有限公司", "进贤县恒济医疗器械有限公司", "进贤县康华医用材料有限公司",
                                     "进贤县丰泰农机制造有限公司"))
    l = hb[4][0]
    e1 = f"例1：{SHORT[hb[0]]}：{eligible(l)}×{share(hb)}%＝{by_share(hb, l)}元。"
    l = kh[4][0]
    e2 = (f"例2：{SHORT[kh[0]]}：年利率{l[2]}%高于{m.RATE_CAP}%，可贴息付息额为{l[3]}×{m.RATE_CAP}%÷{l[2]}%＝{eligible(l)}元，"
          f"贴息为{eligible(l)}×{share(kh)}%＝{by_share(kh, l)}元。")
    l = ft[4][0]
    e3 = (f"例3：{SHORT[ft[0]]}：可贴息付息额为{l[3]}－{l[4]}＝{eligible(l)}元，贴息为{eligible(l)}×{share(ft)}%＝"
          f"{by_share(ft, l)}元。")
    raw = sum(by_share(hj, x) for x in hj[4])
    e4 = (f"例4：{SHORT[hj[0]]}：（{'＋'.join(str(eligible(x)) for x in hj[4])}）×{share(hj)}%＝{raw}元，超过每家企业每年"
          f"{m.w(m.CAP)}的上限，按{firm_amount(hj)}元核定。")
    return [e1, e2, e3, e4]


def paragraphs():
    t = totals()
    c = m.cite
    ps = {a[0]: a for a in passed()}
    ft = ps["进贤县丰泰农机制造有限公司"]
    kh = ps["进贤县康华医用材料有限公司"]
    hj = ps["进贤县恒济医疗器械有限公司"]
    pe = publicity_end()
    plus = "、".join(f"{SHORT[a[0]]}（{a[3]}）" for a in t["plus"])
    P = [("p", f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》），县财政局于{m.cn_date(m.APPLY_START)}至"
               f"{m.cn_date(m.APPLY_END, False)}受理了{YEAR}年度产教融合项目贷款贴息申报。全县共有{t['firms']}家企业申报贷款"
               f"{t['loans']}笔，贷款金额合计{t['amount']}万元。经县发展改革委、县教育体育局核实和县财政局审核，{t['ok_firms']}家企业的"
               f"{t['ok_loans']}笔贷款符合贴息条件，核定贴息资金合计{t['granted']}元。现将有关情况公示如下。"),
         ("h", "一、审核情况"),
         ("p", f"{m.cn_date(CHECK_DONE, False)}，县发展改革委、县教育体育局分别完成项目入库情况和校企合作情况核实；"
               f"{m.cn_date(REVIEW_DONE, False)}，县财政局审核确定贴息金额（《办法》{c('review')}）。"),
         ("p", f"贴息按企业{YEAR}年实际付息额的{m.SHARE}%核定；{plus}{len(t['plus'])}家企业为县级以上产教融合型企业，贴息比例"
               f"为{m.SHARE_PLUS}%（《办法》{c('share')}）。"),
         ("p", f"{SHORT[kh[0]]}的贷款年利率为{kh[4][0][2]}%，高于{m.RATE_CAP}%，按《办法》{c('ratecap')}折算可贴息付息额。"
               f"{SHORT[ft[0]]}的贷款{YEAR}年发生逾期，逾期期间的付息额和罚息合计{ft[4][0][4]}元不予贴息（《办法》{c('ex_1')}），"
               "从实际付息额中扣除。"),
         ("p", f"{SHORT[hj[0]]}{len(hj[4])}笔贷款按{m.SHARE_PLUS}%计算的贴息为{sum(by_share(hj, x) for x in hj[4])}元，超过每家"
               f"企业每年{m.w(m.CAP)}的上限，按{firm_amount(hj)}元核定（《办法》{c('cap')}）。2026年县级预算安排贴息资金"
               f"{m.w(BUDGET)}，核定贴息总额未超过预算，未按比例核减。"),
         ("h", "二、拟贴息企业及金额"),
         ("table", None),
         ("p", f"注：{SHORT[hj[0]]}、{SHORT[ps['进贤县新程汽车零部件有限公司'][0]]}各有2笔贷款，核定贴息按企业合计。"),
         ("h", "三、未通过审核的情况"),
         ("p", f"共{t['bad_firms']}家企业的{t['bad_loans']}笔贷款未通过审核："),
         ]
    P += [("p", x) for x in failed_lines()]
    P += [("h", "四、计算说明")]
    P += [("p", x) for x in example_lines()]
    P += [("h", "五、公示时间和后续安排"),
          ("p", f"公示期为{m.cn_date(DATE_D, week=True)}至{m.cn_date(pe, False, True)}（{m.PUBLICITY}个工作日）。对公示内容有"
                f"异议的，请在公示期内以书面形式向{CONTACT[0]}反映，并提供联系方式；县财政局会同县发展改革委、县教育体育局在"
                f"{m.RECHECK_DAYS}个工作日内复核（《办法》{c('objection')}）。"),
          ("p", f"公示无异议的，县财政局将于{m.cn_date(pay_by())}前将贴息资金直接拨付至企业基本账户（《办法》{c('publicity')}）。"),
          ("p", f"上述{t['ok_loans']}笔贷款均为首次享受贴息。同一笔贷款贴息期限累计不超过{m.TERM_YEARS}个年度（《办法》"
                f"{c('limit')}），还可以申报{YEAR + 1}年度的贴息，申报时间以县财政局{YEAR + 2}年{m.APPLY_MONTH}月发布的申报通知为准。"),
          ("p", f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}；地址：{m.OFFICE}。"),
          ("r", ISSUER), ("r", DATE)]
    return P


STYLE = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f2f4f7;color:#333}
.top{background:#0b4ea2;color:#fff;font-size:12px;padding:4px 20px}.header{background:#fff;padding:16px 20px}
.logo{font-size:28px;color:#0b4ea2;font-weight:bold}.nav{background:#0b4ea2;margin:0;padding:0;list-style:none;overflow:hidden}
.nav li{float:left;color:#fff;padding:10px 22px}.crumb{padding:10px 20px;font-size:13px}.main{overflow:hidden;padding:0 20px}
.sidebar{float:left;width:220px;background:#fff;margin-right:20px}.sidebar h3{background:#0b4ea2;color:#fff;margin:0;padding:8px}
.sidebar li{padding:6px 0;font-size:14px}.article{overflow:hidden;background:#fff;padding:20px 30px}
.article h1{text-align:center;font-size:22px}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}
.content p{text-indent:2em;line-height:1.9}.content p.h{text-indent:0;font-weight:bold}.content p.r{text-align:right}
.gs-table{border-collapse:collapse;width:100%;font-size:12px}.gs-table td,.gs-table th{text-align:center}
.footer{background:#0b4ea2;color:#dfe7f3;text-align:center;font-size:12px;padding:14px;margin-top:20px}"""


def page():
    body = []
    for kind, t in paragraphs():
        if kind == "table":
            body.append(table_html())
        elif kind == "h":
            body.append(f'<p class="h">{html.escape(t)}</p>')
        elif kind == "r":
            body.append(f'<p class="r">{html.escape(t)}</p>')
        else:
            body.append(f"<p>{html.escape(t)}</p>")
    pub = DATE_D.isoformat()
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_进贤县人民政府</title>
<meta name="SiteName" content="进贤县人民政府">
<meta name="ColumnName" content="财政资金">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="{pub} 09:30">
<meta name="ContentSource" content="{ISSUER}">
<meta name="description" content="{m.NOTE}">
<style>
{STYLE}
</style>
<script>var _hits = 0; function setFont(s){{document.getElementById("zoom").style.fontSize = s + "px";}}</script>
</head>
<body>
<!-- {m.NOTE}：{NOTE_TEXT} -->
<div class="top">欢迎访问进贤县人民政府网站　|　无障碍　|　长者模式　|　登录　|　注册</div>
<div class="header">
  <div class="logo">进贤县人民政府</div>
  <form class="search" action="#" onsubmit="return false;"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form>
</div>
<ul class="nav">
  <li>首页</li><li>走进进贤</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li>
</ul>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县财政局 &gt; 财政资金</div>
<div class="main">
  <div class="sidebar">
    <h3>县财政局</h3>
    <ul>
      <li>机构职能</li><li>政策文件</li><li>预算公开</li><li>决算公开</li><li>政府采购</li><li>财政资金</li><li>惠企政策</li>
    </ul>
    <h3>热点服务</h3>
    <ul>
      <li>办事指南</li><li>表格下载</li><li>依申请公开</li><li>政策解读</li>
    </ul>
  </div>
  <div class="article">
    <h1>{TITLE}</h1>
    <div class="info">发布时间：{pub} 09:30　来源：{ISSUER}　浏览次数：<span id="hits"></span>　字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></div>
    <div class="content" id="zoom">
{chr(10).join(body)}
    </div>
    <div class="attach">相关文件：<a href="#">{m.RULES}</a></div>
    <div class="share">分享到：微信　微博　　【打印本页】　【关闭窗口】</div>
    <div class="prev-next">上一篇：进贤县财政局2026年部门预算公开说明<br>下一篇：进贤县财政局关于开展惠企政策宣传月活动的通知</div>
  </div>
</div>
<div class="footer">
  <p>主办：进贤县人民政府办公室　承办：进贤县大数据中心　网站标识码：3601240001</p>
  <p>建议使用1366×768分辨率浏览本网站</p>
  <p>{NOTE_TEXT}</p>
  <p>{m.NOTE}。</p>
</div>
<script>document.getElementById("hits").innerHTML = _hits;</script>
</body>
</html>
"""


def main():
    t = page()
    with open(os.path.join(OUT_DIR, NAME + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(t)
    print("wrote", os.path.join(OUT_DIR, NAME + ".html"), {k: v for k, v in totals().items() if k != "plus"})


if __name__ == "__main__":
    main()
