#!/usr/bin/env python3
"""Write fresh20/heilongjiang-pingjia-banfa.html (虚构测试文档，非真实政策).

    cd fresh20/src && python3 make_heilongjiang_banfa_html.py

Adapted from fresh19/src/make_gansu_zijin_html.py (same frame, other colours): an article page of the 省发展改革委 portal
(UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 规范性文件, a 信息公开 table
(索引号, 主题分类, 发文机关, 文号, 成文日期, 发布日期, 有效性), <h1> title, info line 发布时间/来源/浏览次数/字号 大 中 小; the
印发通知 in <p>s (文号, addressee, one paragraph with the contact, 附件 line, five-body signature, date, 公开 line), then the
办法 (第一章…第七章 as centred <p><strong>, 第一条…第二十二条 as <p>s) and the 附件 **评分细则 as a <table>** (序号 /
一级指标 / 二级指标 / 分值 / 评分标准; **each 一级指标 cell spans its rows with `rowspan`**; four 基础指标 groups written
`XX（N分）` summing to 100, a 加分项 group `（最高10分）` and a 扣分项 group; a colspan 基础指标合计 row) and its 注;
附件下载 line (file name only), 【打印本页】【关闭窗口】, footer with 网站标识码 and 黑ICP备. The fictional note is in an HTML
comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "heilongjiang-pingjia-banfa.html")

SITE = "黑龙江省发展和改革委员会"
PAGE_TITLE = "黑龙江省发展和改革委员会等5部门关于印发《黑龙江省产教融合型企业年度评价办法（试行）》的通知"
PUBLISHED = "2026-01-28 10:05"
SOURCE = "社会发展处"
DOCNO = "黑发改社会规〔2026〕3号"
META = [("索 引 号", "HLJFG-2026-00417"), ("主题分类", "社会发展\\产教融合"),
        ("发文机关", "黑龙江省发展和改革委员会 黑龙江省教育厅 黑龙江省财政厅 黑龙江省人力资源和社会保障厅 黑龙江省自然资源厅"),
        ("文　　号", DOCNO), ("成文日期", "2026-01-23"), ("发布日期", "2026-01-28"), ("有 效 性", "有效")]
TO = "各市（地）发展改革委、教育局、财政局、人力资源社会保障局、自然资源局，各有关企业："
SIGN = ["黑龙江省发展和改革委员会　　黑龙江省教育厅　　黑龙江省财政厅", "黑龙江省人力资源和社会保障厅　　黑龙江省自然资源厅", "2026年1月23日"]
INTRO = ("现将《黑龙江省产教融合型企业年度评价办法（试行）》印发给你们，请认真贯彻执行。执行中的问题，请及时反馈省发展改革委社会发展处"
         "（联系人：于海涛，电话：0451-82620713）。")

# (kind, text): "c" chapter heading, "p" article
BODY = [
    ("t", "黑龙江省产教融合型企业年度评价办法（试行）"),
    ("c", "第一章　总　则"),
    ("p", "第一条　为规范产教融合型企业动态管理，引导企业持续深度参与产教融合、校企合作，根据《建设产教融合型企业实施办法（试行）》"
          "（发改社会〔2019〕590号）等规定，结合我省实际，制定本办法。"),
    ("p", "第二条　本办法所称年度评价，是指对已纳入黑龙江省产教融合型企业名单的企业，按年度对其上一年度参与产教融合情况进行的综合评价。"),
    ("p", "第三条　年度评价坚持客观公正、分级负责、动态管理的原则。省发展改革委会同省教育厅负责全省年度评价的组织实施，省财政厅、"
          "省人力资源社会保障厅、省自然资源厅按职责做好评价结果运用；各市（地）发展改革委会同同级教育部门负责本地区企业自评的组织和市级初审。"),
    ("c", "第二章　评价对象和条件"),
    ("p", "第四条　评价对象为截至上一年度12月31日纳入黑龙江省产教融合型企业名单满1年的企业。纳入名单不满1年的企业，当年不参加年度评价。"),
    ("p", "第五条　参加年度评价的企业应当同时具备以下条件：（一）在我省依法登记注册，生产经营正常；（二）上一年度与职业院校或普通高校"
          "保持稳定合作关系，合作院校不少于2所；（三）上一年度未发生重大安全生产事故和严重环境违法行为。"),
    ("c", "第三章　评价程序"),
    ("p", "第六条　年度评价按照企业自评、市级初审、省级复核、结果公示的程序进行。"),
    ("p", "第七条　企业自评。企业于每年3月1日至3月31日，对照《黑龙江省产教融合型企业年度评价评分细则》（见附件）进行自评，通过"
          "“龙江产教通”服务平台填报自评表，并上传自评报告和佐证材料。"),
    ("p", "第八条　市级初审。各市（地）发展改革委会同同级教育部门于4月30日前完成初审，提出初审分数和等次建议，报省发展改革委。"),
    ("p", "第九条　省级复核。省发展改革委会同省教育厅于5月31日前完成复核，必要时可进行实地核查。"),
    ("p", "第十条　结果公示。复核结果在省发展改革委门户网站公示，公示期为8个工作日。公示无异议的，于6月30日前正式公布评价结果。"),
    ("c", "第四章　评价结果和运用"),
    ("p", "第十一条　年度评价实行百分制，结果分为优秀、合格、不合格三个等次：得分85分及以上为优秀，60分至84分为合格，60分以下为不合格。"
          "优秀等次企业数量原则上不超过当年参评企业总数的20%。"),
    ("p", "第十二条　评价结果为优秀的企业，享受以下支持：（一）财政支持。省级财政给予一次性奖励40万元，用于企业开展校企合作的相关支出；"
          "（二）金融支持。优先推荐纳入全省产教融合重点项目融资对接清单，引导合作银行在授信额度和利率上给予优惠；（三）土地支持。"
          "企业新建校企合作项目，优先纳入年度土地要素保障范围；（四）信用激励。纳入守信激励对象名单，在政府采购和评优评先中同等条件下优先考虑。"),
    ("p", "第十三条　评价结果为合格的企业，保留产教融合型企业资格，继续按规定享受相关政策。"),
    ("p", "第十四条　评价结果为不合格的企业，由所在市（地）发展改革委督促其在3个月内完成整改，整改期间暂停享受省级支持政策。"),
    ("c", "第五章　退出管理"),
    ("p", "第十五条　连续2年评价结果为不合格的，取消其产教融合型企业资格。"),
    ("p", "第十六条　企业有下列情形之一的，直接取消其产教融合型企业资格：（一）在自评中弄虚作假、提供虚假佐证材料的；（二）发生重大安全"
          "生产事故或者严重环境违法行为的；（三）被列入严重失信主体名单的；（四）进入破产程序或者停产停业超过6个月的；（五）无正当理由"
          "不参加年度评价的。"),
    ("p", "第十七条　被取消资格的企业，3年内不得再次申请纳入黑龙江省产教融合型企业名单；因弄虚作假被取消资格的，已享受的一次性奖励由"
          "省财政厅按规定收回。"),
    ("c", "第六章　监督管理"),
    ("p", "第十八条　各级发展改革、教育部门工作人员在评价工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"),
    ("p", "第十九条　任何单位和个人发现企业在年度评价中存在弄虚作假等问题的，可向省发展改革委反映。"),
    ("c", "第七章　附　则"),
    ("p", "第二十条　各市（地）可结合实际制定本地区配套措施，但不得降低本办法规定的条件。"),
    ("p", "第二十一条　本办法由省发展改革委会同省教育厅负责解释。"),
    ("p", "第二十二条　本办法自2026年3月1日起施行，试行期2年。"),
]

# 附件 评分细则: (一级指标, rows of (二级指标, 分值, 评分标准)); 基础指标 sum to 100, then 加分项 / 扣分项
SCORE = [
    ("合作育人（35分）", [
        ("合作院校数量", 5, "合作院校2所得3分，每增加1所加1分，最高5分"),
        ("校企共建专业", 8, "与院校共建专业，每个得2分，最高8分"),
        ("学生到岗学习", 8, "上一年度接收合作院校学生到企业岗位学习，每20人得1分，最高8分"),
        ("技术人员到校授课", 7, "企业技术人员到校授课，每人全年不少于32学时的得1分，最高7分"),
        ("共同开发课程标准", 7, "与院校共同开发课程标准，每门得1分，最高7分"),
    ]),
    ("资源投入（25分）", [
        ("教学设备投入", 10, "向合作院校提供教学设备，按设备价值每40万元得1分，最高10分"),
        ("共建教学工厂", 8, "与院校共建生产性教学工厂，每个得4分，最高8分"),
        ("经费投入", 7, "上一年度校企合作经费投入占主营业务收入0.3%及以上得7分，0.1%至0.3%得4分"),
    ]),
    ("员工培训（20分）", [
        ("职工培训覆盖率", 8, "年度职工培训覆盖率达到60%及以上得8分，每低10个百分点减2分"),
        ("校企合作培训", 6, "与院校合作开展职工技能提升培训，每期得1分，最高6分"),
        ("接收教师跟岗锻炼", 6, "接收院校教师到企业跟岗锻炼，每人得1分，最高6分"),
    ]),
    ("成效保障（20分）", [
        ("录用毕业生", 8, "上一年度录用合作院校毕业生，每10人得1分，最高8分"),
        ("工作机制", 6, "设立专门机构或明确专人负责产教融合工作得6分"),
        ("自评报告质量", 6, "自评报告内容完整、数据真实、佐证材料齐全得6分"),
    ]),
]
BONUS = ("加分项（最高10分）", [
    ("牵头组建共同体", 5, "牵头组建省级及以上行业产教融合共同体的，加5分"),
    ("承担试点项目", 3, "承担省级及以上产教融合试点项目的，加3分"),
    ("平台发布岗位", 2, "在“龙江产教通”服务平台发布岗位需求50个以上的，加2分"),
])
MINUS = ("扣分项", [
    ("逾期报送", 3, "未按时报送自评材料的，扣3分"),
    ("数据失实", 10, "自评数据与核实情况明显不符的，每项扣2分，最多扣10分"),
    ("投诉查实", 5, "被合作院校投诉并经查实的，每次扣5分"),
])
SCORE_NOTE = "注：1.基础指标满分100分，加分项累计不超过10分；2.年度评价得分=基础指标得分+加分项得分-扣分项得分，最高为100分。"

FICTION = ("本页为虚构测试文档，非真实政策：黑龙江省及所辖市（地）为真实地名，文号、内容、金额、日期、人员、电话、平台名称、"
           "索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #f6f0ee; }
.top { background: #8c1d1d; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #8c1d1d; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #a83232; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
table.xxgk { width: 100%; border-collapse: collapse; font-size: 13px; margin-bottom: 24px; background: #f4f8fb; }
table.xxgk th { width: 12%; text-align: right; padding: 6px 8px; font-weight: normal; color: #555; }
table.xxgk td { width: 38%; padding: 6px 8px; }
h1 { font-size: 22px; text-align: center; color: #111; line-height: 1.6; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 4px; }
.article p.no { text-align: center; text-indent: 0; }
.article p.to, .article p.fj { text-indent: 0; }
.article p.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.article p.ch { text-align: center; text-indent: 0; margin: 14px 0 6px; }
.article p.bt { text-align: center; text-indent: 0; font-size: 18px; font-weight: bold; margin: 24px 0 10px; }
table.fp { width: 100%; border-collapse: collapse; font-size: 14px; margin: 6px 0 20px; }
table.fp th, table.fp td { border: 1px solid #666; padding: 5px 6px; text-align: center; }
table.fp td.l { text-align: left; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #8c1d1d; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #4a1414; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def xxgk():
    o = ['<table class="xxgk">']
    for i in range(0, len(META), 2):
        pair = META[i:i + 2]
        o.append("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in pair)
                 + ("<th></th><td></td>" if len(pair) == 1 else "") + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def scoring():
    """The 评分细则 <table>: 序号 / 一级指标 (rowspan over its rows) / 二级指标 / 分值 / 评分标准."""
    o = ['<table class="fp">', "<tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>分值</th><th>评分标准</th></tr>"]
    no, base = 0, 0
    for group, rows in SCORE + [BONUS, MINUS]:
        for k, (name, pts, rule) in enumerate(rows):
            no += 1
            cell = f'<td rowspan="{len(rows)}">{e(group)}</td>' if k == 0 else ""
            o.append(f"<tr><td>{no}</td>{cell}<td>{e(name)}</td><td>{pts}</td><td class=\"l\">{e(rule)}</td></tr>")
        if (group, rows) in SCORE:
            want = int(group.split("（")[1].rstrip("分）"))
            assert sum(r[1] for r in rows) == want, group
            base += want
    assert base == 100, base
    o.append(f'<tr><td colspan="3">基础指标合计</td><td>{base}</td><td></td></tr>')
    o.append("</table>")
    o.append(f'<p class="fj">{e(SCORE_NOTE)}</p>')
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_规范性文件_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="规范性文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the 办法, its 文号, amounts, people, phones, the platform name, '
         '索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年2月3日 星期二</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">发改动态</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">项目建设</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; '
         '<a href="#">规范性文件</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">2684</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>', f'<p>{e(INTRO)}</p>',
         '<p class="fj">附件：黑龙江省产教融合型企业年度评价评分细则</p>', '<p>&nbsp;</p>']
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append('<p>（此件公开发布）</p>')
    for kind, text in BODY:
        if kind == "t":
            o.append(f'<p class="bt">{e(text)}</p>')
        elif kind == "c":
            o.append(f'<p class="ch"><strong>{e(text)}</strong></p>')
        else:
            o.append(f'<p>{e(text)}</p>')
    o.append('<p class="fj">附件</p>')
    o.append('<p class="bt">黑龙江省产教融合型企业年度评价评分细则</p>')
    o.append(scoring())
    o.append('</div>')
    o.append('<div class="attach">附件下载：<a href="#">附件.黑龙江省产教融合型企业年度评价评分细则.xlsx</a></div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}　　承办：{SITE}办公厅<br>'
             '网站标识码：2300000041　　黑ICP备20260128号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
