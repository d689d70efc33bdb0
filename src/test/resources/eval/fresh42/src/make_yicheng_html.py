#!/usr/bin/env python3
"""Write fresh42/yicheng-xuanpin-gonggao.html (虚构测试文档，非真实政策): the year's 选聘公告 of the dev 管理办法, as a saved WeChat
公众号 article page.

    cd fresh42/src && python3 make_yicheng_html.py

Part (b) of the dev pair: 宜城市教育局关于公开选聘2026年度职业院校产业导师的公告 (no 文号; 落款 2026年5月8日), reposted by the
bureau's 公众号 (account 宜城教育, 2026-05-08 17:45) under a headline of its own: a lead citing the 办法 by title and 文号;
一、选聘岗位和人数 (totals computed from the table; urgent posts ★), 二、报名条件 (the 办法's 第六条 / 第七条 / 第八条 cited by
number; the age limits restated with birth dates computed from the first day of 报名), 三、报名时间和方式, 四、资格审查, 五、考核
(试讲 and 面试, their times and weights, the 办法's pass mark, **two worked scores**), 六、公示和聘用 (公示 days, 聘期 dates, 岗前培训),
七、课时津贴 (every rate restated from the 办法's table, **this year's change for ★ posts**, **two worked allowances** against the cap),
八、咨询电话, 九、答疑 (Q / A), and **the 岗位需求表 as the article's only `<table>`**. A saved WeChat page: `rich_media_title`, the meta
line (account, time — no 发表于 line), `#js_content` of nested `<section>`s with inline styles, amounts split into `<span>` /
`<strong>`, coloured heading bars, 来源 / 编辑 / 审核 lines, 阅读原文, the toolbar and the 扫码关注 box; the note in an HTML comment and
in the last lines.

Every rate is read from make_yicheng_doc.RATES, every rule restated from its FACTS / ARTICLES, every article cited by number computed
(art()); totals, birth dates, the ★ rate, the example scores and allowances computed here and recomputed by ../check_fresh42.py.
"""
import datetime
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_yicheng_doc as m  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "yicheng-xuanpin-gonggao.html")
ISSUER = "宜城市教育局"
ACCOUNT = "宜城教育"
DATE = "2026年5月8日"
PUBLISHED = "2026-05-08 17:45"
YEAR = "2026年度"
TITLE = f"{ISSUER}关于公开选聘{YEAR}职业院校产业导师的公告"
HEADLINE = "招募令｜宜城公开选聘2026年度产业导师，9个岗位等你来"
SONGYU, CHU, HANJ = "宜城市宋玉职业技术学校", "宜城市楚皇城技工学校", "宜城市莺河职业高级中学"
TABLE_TITLE = f"{YEAR}宜城市职业院校产业导师岗位需求表"
STAR = "★"
# (岗位代码, 设岗学校, 专业（方向）, 岗位名称, 人数, 主要任务, 岗位要求, 每学期课时, 急需紧缺)
POSTS = [
    ("YC2601", SONGYU, "数控技术应用", "数控车削加工导师", 2, "数控车削实训教学，指导学生参加数控车技能竞赛",
     "具有数控车工技师以上证书，或者机械类中级以上专业技术职称", 64, True),
    ("YC2602", SONGYU, "汽车运用与维修", "新能源汽车维修导师", 2, "新能源汽车动力电池、驱动电机检修实训教学",
     "具有汽车维修工技师以上证书，或者汽车类中级以上专业技术职称，熟悉新能源汽车维修", 48, True),
    ("YC2603", SONGYU, "电子商务", "直播电商运营导师", 1, "直播电商、新媒体营销课程教学",
     "具有电子商务类中级以上专业技术职称，或者在本行业具有公认的直播运营专长并经所在企业推荐", 32, False),
    ("YC2604", CHU, "焊接加工", "焊接技术导师", 2, "手工电弧焊、气体保护焊实训教学", "具有焊工技师以上证书", 64, True),
    ("YC2605", CHU, "电气自动化设备安装与维修", "PLC控制技术导师", 1, "PLC编程与调试实训教学",
     "具有电工技师以上证书，或者电气类中级以上专业技术职称", 32, False),
    ("YC2606", CHU, "工业机器人应用与维护", "工业机器人运维导师", 1, "工业机器人操作编程、日常维护实训教学",
     "具有工业机器人系统运维员技师以上证书，或者自动化类中级以上专业技术职称", 48, True),
    ("YC2607", HANJ, "现代农艺技术", "设施农业技术导师", 1, "设施蔬菜栽培、病虫害绿色防控实训教学",
     "具有农业类中级以上专业技术职称，或者获得县级以上农业技术能手等称号", 32, False),
    ("YC2608", HANJ, "农产品加工与质量检测", "农产品检测导师", 2, "农产品质量检测实训教学",
     "具有农产品食品检验员技师以上证书，或者食品类中级以上专业技术职称", 32, False),
    ("YC2609", HANJ, "畜禽生产技术", "畜禽养殖技术导师", 1, "生猪、家禽规模养殖实训教学", "具有畜牧兽医类中级以上专业技术职称",
     32, False),
]
HEAD = ["岗位代码", "设岗学校", "专业（方向）", "岗位名称", "人数", "主要任务", "岗位要求", "每学期课时", "备注"]
D = datetime.date
APPLY = (D(2026, 5, 11), D(2026, 5, 19))
APPLY_HOURS = "工作日上午8:30—12:00，下午14:30—17:30"
REVIEW1, REVIEW2 = D(2026, 5, 21), D(2026, 5, 25)
EXAM = D(2026, 5, 30)
TERM = (D(2026, 9, 1), D(2028, 8, 31))
LECTURE_MIN, INTERVIEW_MIN = 20, 10
W_LECTURE, W_INTERVIEW = 60, 40          # % of the 总成绩
STAR_UP = 20                            # % — ★ posts, this year
SCORES = [(82, 70), (75, 60)]           # (试讲, 面试): one passes, one does not
# allowance examples: (类别, ★, 理论课课时, 实训课课时)
PAY = [("二类产业导师", True, 0, 48), ("一类产业导师", False, 40, 60)]
CONTACTS = [
    ("政策咨询", "宜城市教育局职业教育股", "刘晓芸", m.CONTACT[1]),
    ("YC2601—YC2603岗位", SONGYU, "胡志刚", "0710-4213579"),
    ("YC2604—YC2606岗位", CHU, "周婷", "0710-4238126"),
    ("YC2607—YC2609岗位", HANJ, "邓雅琴", "0710-4251960"),
]
FAQ = [
    ("外地企业的技术人员可以报名吗？", "可以。本次选聘面向企业、行业组织，不限企业所在地，符合条件的均可报名。"),
    ("已经在一所学校担任产业导师，还能报名吗？", "可以报名，但按照《办法》{limit}规定，同时受聘的职业院校原则上不超过2所。"),
    ("没有职称也没有技师证书能报吗？", "获得县级以上技能大师、劳动模范、工匠等称号，或者在本行业具有公认的技术技能专长并经所在企业推荐的，"
     "也可以报名；岗位要求另有规定的，按岗位要求执行。"),
    ("到学校上课会不会影响在企业上班？", "按照《办法》{enterprise}规定，授课时间计入正常出勤。学校排课时将尽量兼顾企业生产安排。"),
    ("课时津贴什么时候发？", "课时津贴由学校按学期核发，一般在每学期结束后1个月内发放到个人银行账户。"),
    ("一个人可以报两个岗位吗？", "不可以，每人限报1个岗位。"),
]
FOOTER = ("来源：宜城市教育局", "编辑：王蕾", "审核：张文涛")
WEEK = "一二三四五六日"


def cn_date(d, year=True, week=False):
    s = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
    return s + (f"（星期{WEEK[d.weekday()]}）" if week else "")


def workdays(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def totals():
    """(posts, people, ★ posts, ★ people, schools) of the 岗位需求表"""
    return (len(POSTS), sum(p[4] for p in POSTS), sum(1 for p in POSTS if p[8]), sum(p[4] for p in POSTS if p[8]),
            len({p[1] for p in POSTS}))


def born(years):
    """the birth date limit for an age limit counted on the first day of 报名"""
    return APPLY[0].replace(year=APPLY[0].year - years)


def num(x):
    return f"{round(x, 2):g}"


def score_examples():
    out = []
    for a, b in SCORES:
        total = (a * W_LECTURE + b * W_INTERVIEW) / 100
        verdict = "达到70分，可以按岗位排名确定拟聘人员" if total >= 70 else "低于70分，不予聘用"
        out.append((f"试讲{a}分、面试{b}分的，总成绩为{a}×{W_LECTURE}%＋{b}×{W_INTERVIEW}%＝{num(total)}分", verdict, total))
    return out


def pay_examples():
    out = []
    for cat, star, th, pr in PAY:
        if star:
            r = m.rate(cat, "实训课")
            pay = r * (100 + STAR_UP) / 100 * pr
            out.append((f"一名{cat}在{STAR}岗位授课，每学期实训课{pr}课时，课时津贴为{r}×{100 + STAR_UP}%×{pr}＝{num(pay)}元", pay))
        else:
            a, b = m.rate(cat, "理论课"), m.rate(cat, "实训课")
            pay = a * th + b * pr
            out.append((f"一名{cat}在非{STAR}岗位每学期授理论课{th}课时、实训课{pr}课时，课时津贴为{a}×{th}＋{b}×{pr}＝{num(pay)}元",
                        pay))
    return out


def e(s):
    return html.escape(s, quote=False)


P_STYLE = 'style="text-indent:2em;margin-bottom:8px;"'


def para(s):
    return f"<section {P_STYLE}>{s}</section>"


def red(s):
    return f'<strong><span style="color:#c0392b;">{e(s)}</span></strong>'


def bar(s):
    return ('<section style="margin:22px 0 12px;"><section style="display:inline-block;padding:4px 14px;background:#1f7a5c;'
            f'color:#fff;font-size:16px;border-radius:0 14px 14px 0;"><strong>{e(s)}</strong></section></section>')


def page():
    n_posts, n_people, n_star, n_star_people, n_school = totals()
    a = {k: m.art(k) for k in ("basic", "prof", "bar", "exam", "direct", "limit", "enterprise", "award", "excellent")}
    sc = score_examples()
    pay = pay_examples()
    rates = "；".join(f"{r[0]}理论课{r[2]}元/课时、实训课{r[3]}元/课时" for r in m.RATES)
    body = []
    body.append('<section style="text-align:center;margin-bottom:14px;"><section style="display:inline-block;font-size:14px;'
                'color:#1f7a5c;"><span>点击上方蓝字</span><span style="color:#888;">关注我们</span></section></section>')
    body.append(f'<section style="text-align:center;font-size:17px;line-height:1.6;margin:10px 0 16px;"><strong>{e(TITLE)}</strong>'
                "</section>")
    body.append(para(f"根据《{e(m.BANFA)}》（{m.DOC_NO}，以下简称《办法》），经市教育局、市人力资源和社会保障局审核，现面向企业、行业"
                     f"组织公开选聘{YEAR}职业院校产业导师。有关事项公告如下："))
    body.append(bar("一、选聘岗位和人数"))
    body.append(para(f"本次选聘共涉及{n_school}所职业院校、{red(f'{n_posts}个岗位')}，计划选聘产业导师{red(f'{n_people}名')}，具体见文末"
                     f"《{e(TABLE_TITLE)}》。其中标注“{STAR}”的{n_star}个岗位为急需紧缺岗位，计划选聘{n_star_people}名。"))
    body.append(bar("二、报名条件"))
    body.append(para(f"（一）符合《办法》{a['basic']}规定的基本条件，并具备《办法》{a['prof']}规定的条件之一。"))
    body.append(para("（二）符合所报岗位的岗位要求。"))
    body.append(para(f"（三）{e(m.FACTS['age'])}，周岁计算截止到报名首日，即一般应在{cn_date(born(60))}以后出生，高技能人才应在"
                     f"{cn_date(born(65))}以后出生。"))
    body.append(para(f"（四）有《办法》{a['bar']}规定情形之一的，不得报名。"))
    body.append(bar("三、报名时间和方式"))
    body.append(para(f"（一）报名时间：{cn_date(APPLY[0], week=True)}至{cn_date(APPLY[1], year=False, week=True)}，{APPLY_HOURS}。"))
    body.append(para("（二）报名方式：报名人员到所报岗位的设岗学校人事科（办公室）现场报名；由企业推荐的，可以由企业统一报送。"))
    body.append(para("（三）报名材料：《2026年度宜城市职业院校产业导师报名表》（点击文末“阅读原文”下载）、身份证、学历证书、专业技术职称或者"
                     "职业技能等级证书、所在企业同意兼职的证明、近期2寸免冠照片2张，均须提供原件和复印件。"))
    body.append(para("（四）每人限报1个岗位。"))
    body.append(bar("四、资格审查"))
    body.append(para(f"设岗学校于{cn_date(REVIEW1)}前完成资格初审，市教育局会同市人力资源和社会保障局于{cn_date(REVIEW2, year=False)}前"
                     "完成资格复审。通过复审的，由设岗学校电话通知考核时间和地点。岗位报名人数不足计划人数的，经市教育局同意，可以核减该岗位"
                     "计划或者取消该岗位。"))
    body.append(bar("五、考核"))
    body.append(para(f"（一）考核时间：{cn_date(EXAM, week=True)}上午8:30开始，在各设岗学校进行，具体考场以电话通知为准。"))
    body.append(para(f"（二）考核方式：试讲和面试。试讲时间{LECTURE_MIN}分钟，内容为所报岗位对应课程中自选的一个教学单元；面试时间"
                     f"{INTERVIEW_MIN}分钟，由考核小组围绕专业技能和教学组织提问。"))
    body.append(para(f"（三）成绩计算：考核总成绩＝试讲成绩×{W_LECTURE}%＋面试成绩×{W_INTERVIEW}%。按照《办法》{a['exam']}规定，总成绩"
                     f"低于70分的不予聘用。例如，{e(sc[0][0])}，{e(sc[0][1])}；{e(sc[1][0])}，{red(sc[1][1])}。"))
    body.append(para(f"（四）按照《办法》{a['direct']}直接聘任的人员，免于试讲和面试，由设岗学校提出、市教育局同意后直接进入公示。"))
    body.append(bar("六、公示和聘用"))
    body.append(para(f"拟聘人员名单在市教育局网站公示5个工作日。公示无异议的，由设岗学校与产业导师及其所在企业签订三方聘用协议，颁发聘书，"
                     f"聘期自{cn_date(TERM[0])}至{cn_date(TERM[1])}。2026年8月下旬，各设岗学校组织不少于8学时的岗前培训。"))
    body.append(bar("七、课时津贴"))
    body.append(para(f"（一）课时津贴按《办法》附件标准执行：{rates}。每名产业导师每学期课时津贴最高不超过2万元。"))
    body.append(para(f"（二）本年度调整：标注“{STAR}”的急需紧缺岗位，2026—2027学年课时津贴按标准上浮{red(f'{STAR_UP}%')}，与《办法》"
                     f"{a['excellent']}规定的考核优秀上浮{m.UP_EXCELLENT}%不叠加，按较高一项执行。"))
    over = pay[1][1] > m.CAP
    body.append(para(f"（三）计算示例：{e(pay[0][0])}；{e(pay[1][0])}，"
                     + (f"超过每学期最高2万元，按{red('2万元')}发放。" if over else "未超过每学期最高2万元。")))
    body.append(para(f"（四）产业导师指导学生参加职业技能竞赛获奖的，按《办法》{a['award']}规定给予奖励。"))
    body.append(bar("八、咨询电话"))
    for what, unit, who, ph in CONTACTS:
        body.append(para(f"{e(what)}：{e(unit)}，{e(who)}，{ph}"))
    body.append(bar("九、报名答疑"))
    for q, ans in FAQ:
        body.append(f'<section style="margin:10px 0 4px;color:#1f7a5c;"><strong>Q：{e(q)}</strong></section>')
        body.append(f'<section style="margin-bottom:10px;">A：{e(ans.format(limit=m.art("limit"), enterprise=m.art("enterprise")))}'
                    "</section>")
    body.append(f'<section style="text-align:right;margin-top:18px;">{ISSUER}</section>')
    body.append(f'<section style="text-align:right;margin-bottom:20px;">{DATE}</section>')
    body.append(f'<section style="margin:16px 0 8px;"><strong>附件：{e(TABLE_TITLE)}</strong></section>')
    rows = ["<tr>" + "".join(f'<td style="border:1px solid #bbb;padding:4px;background:#eef6f2;"><strong>{e(h)}</strong></td>'
                             for h in HEAD) + "</tr>"]
    for p in POSTS:
        cells = [p[0], p[1], p[2], p[3], str(p[4]), p[5], p[6], str(p[7]), f"{STAR}急需紧缺" if p[8] else ""]
        rows.append("<tr>" + "".join(f'<td style="border:1px solid #bbb;padding:4px;">{e(c)}</td>' for c in cells) + "</tr>")
    rows.append(f'<tr><td colspan="4" style="border:1px solid #bbb;padding:4px;">合计</td><td style="border:1px solid #bbb;padding:4px;">'
                f'{n_people}</td><td colspan="4" style="border:1px solid #bbb;padding:4px;">{n_posts}个岗位</td></tr>')
    body.append('<section style="overflow-x:auto;"><table style="border-collapse:collapse;font-size:12px;line-height:1.5;width:100%;">'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody></table></section>")
    body.append('<section style="margin-top:18px;font-size:14px;color:#888;">'
                + "　".join(FOOTER) + "</section>")
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<!-- 虚构测试文档，非真实政策：宜城市为真实地名，公告内容、学校、岗位、日期、金额、人员、电话和公众号名称均为虚构。 -->
<meta property="og:title" content="{e(HEADLINE)}">
<meta property="og:site_name" content="微信公众平台">
<title>{e(HEADLINE)}</title>
<style>
.rich_media_area_primary{{padding:20px 16px 12px;background:#fff}}
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:400}}
.rich_media_meta_list{{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}}
.rich_media_meta_nickname a{{color:#576b95;text-decoration:none}}
.rich_media_content{{font-size:16px;color:rgba(0,0,0,.9);line-height:1.75;overflow:hidden;letter-spacing:.5px}}
.original_area{{margin-top:26px;font-size:15px}}
.original_area a{{color:#576b95;text-decoration:none}}
.rich_media_tool{{font-size:15px;color:rgba(0,0,0,.5);margin-top:16px;display:flex;gap:22px}}
.qr_code_pc_inner{{margin-top:30px;padding:14px;border:1px solid #eee;text-align:center;font-size:14px;color:#888}}
</style>
<script type="text/javascript" nonce="5307718264">var ct="1778233500";var nickname="{ACCOUNT}";var user_name="gh_7d31c5a09e4b";var msg_title="{e(HEADLINE)}";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{e(HEADLINE)}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{ACCOUNT}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{PUBLISHED}</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="margin:0 6px;font-size:16px;line-height:1.75;color:#333;text-align:justify;">
{content}
</section>
</div>
<div class="original_area" id="js_view_source"><a href="javascript:void(0);">阅读原文</a></div>
<div class="rich_media_tool" id="js_toobar3"><span>阅读 3826</span><span>分享</span><span>在看</span><span>赞 57</span></div>
<div class="qr_code_pc_inner"><p>微信扫一扫<br>关注该公众号</p></div>
<div class="wx_profile_card"><strong>{ACCOUNT}</strong><p>宜城市教育局官方公众号，发布全市教育政策、通知公告和服务信息。</p></div>
</div>
</div>
<div class="wx_tips">预览时标签不可点</div>
<div class="wx_note">（本页为虚构测试文档，非真实政策：宜城市为真实地名，学校、岗位、日期、课时津贴、示例数据、人员和电话均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。）</div>
<script type="text/javascript">var __appmsgCgiData={{can_use_page:"0",is_wxg_stuff_uin:"0"}};</script>
</body>
</html>
"""


def main():
    open(OUT, "w", encoding="utf-8").write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
