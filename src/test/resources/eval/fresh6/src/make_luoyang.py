#!/usr/bin/env python3
"""Writes ../luoyang-ruogan-cuoshi.html: a portal page whose article body is Word "Save as Web Page" HTML pasted
into the CMS (MsoNormal paragraphs, <span lang=EN-US> around digits and Latin, <o:p></o:p>, words split across
adjacent <span>s with different styles, &nbsp; indents, <b> run-in headings, a MsoTableGrid table with colspan).

虚构测试文档，非真实政策 — fictional test fixture: place names real; 文号, content, amounts, people, phone numbers,
school and company names, 网站标识码 and ICP 备案号 invented.

Markup of the paragraph texts below: **x** = bold run (Word <b>); "|" = a span boundary (the next piece gets a
slightly different style, as Word leaves after editing); digits and Latin get their own <span lang=EN-US>.
"""
import os
import re

FS = "font-size:16.0pt;line-height:150%;font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;"
FS2 = FS + ";color:black;mso-themecolor:text1"
LAT = "font-size:16.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:仿宋_GB2312"


def runs(text, base=FS, alt=FS2, lat=LAT):
    out = []
    for bi, part in enumerate(text.split("**")):
        if not part:
            continue
        pieces = []
        for si, piece in enumerate(part.split("|")):
            style = alt if si % 2 else base
            for tok in re.split(r"([0-9A-Za-z.@%\-]+(?:[0-9A-Za-z.@%\-]*))", piece):
                if not tok:
                    continue
                if re.fullmatch(r"[0-9A-Za-z.@%\-]+", tok):
                    pieces.append(f"<span lang=EN-US style='{lat}'>{tok}</span>")
                else:
                    pieces.append(f"<span style='{style}'>{tok}</span>")
        s = "".join(pieces)
        out.append(f"<b style='mso-bidi-font-weight:normal'>{s}</b>" if bi % 2 else s)
    return "".join(out)


def P(text, indent=True):
    ind = "text-indent:32.0pt;" if indent else ""
    return (f"<p class=MsoNormal style='{ind}line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"{runs(text)}<span lang=EN-US style='{LAT}'><o:p></o:p></span></p>\n")


def PN(text):  # indent typed as spaces: &nbsp; runs instead of text-indent
    return (f"<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"<span lang=EN-US style='{LAT}'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
            f"{runs(text)}<span lang=EN-US style='{LAT}'><o:p></o:p></span></p>\n")


def H(text):  # 一、 heading: 黑体, bold
    st = "font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;"
    return (f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"<b><span style='{st}'>{text}</span></b><span lang=EN-US style='{st}'><o:p></o:p></span></p>\n")


def EMPTY():
    return f"<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='{LAT}'><o:p>&nbsp;</o:p></span></p>\n"


def RIGHT(text, pad=4):
    return (f"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"{runs(text)}<span lang=EN-US style='{LAT}'>{'&nbsp;' * pad}<o:p></o:p></span></p>\n")


def CENTER(text, size="16.0pt", font="仿宋_GB2312"):
    st = f"font-size:{size};font-family:{font};mso-hansi-font-family:&quot;Times New Roman&quot;"
    lat = f"font-size:{size};font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:{font}"
    return (f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"{runs(text, st, st + ';color:black', lat)}<span lang=EN-US style='{lat}'><o:p></o:p></span></p>\n")


def TITLE(text):
    st = "font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:&quot;Times New Roman&quot;"
    lat = "font-size:22.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:方正小标宋简体"
    return (f"<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt;mso-line-height-rule:exactly'>"
            f"<b style='mso-bidi-font-weight:normal'>{runs(text, st, st, lat)}</b><span lang=EN-US style='{lat}'><o:p></o:p></span></p>\n")


def CELL(text, width, head=False, center=True, colspan=1, first=False):
    fam = "黑体" if head else "仿宋_GB2312"
    st = f"font-size:12.0pt;font-family:{fam};mso-hansi-font-family:&quot;Times New Roman&quot;"
    lat = f"font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:{fam}"
    al = "align=center style='text-align:center'" if center else "style='text-align:left'"
    cs = f" colspan={colspan}" if colspan > 1 else ""
    pt = width * 0.75
    top = "" if first else "border-top:none;mso-border-top-alt:solid windowtext .5pt;"
    return (f"  <td width={width}{cs} valign=top style='width:{pt:.2f}pt;border:solid windowtext 1.0pt;{top}"
            f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
            f"  <p class=MsoNormal {al}>{runs(text, st, st, lat)}<span lang=EN-US style='{lat}'><o:p></o:p></span></p>\n  </td>\n")


WIDTHS = [47, 189, 170, 95, 104]
ROWS = [
    ("1", "市域产教联合体建设补助", "一次性120万元/个", "2个", "240"),
    ("2", "行业产教融合共同体工作经费", "10万元/个·年", "10个", "100"),
    ("3", "市级产业学院建设补助", "首期40万元/个", "10个", "400"),
    ("4", "市级产教融合实训基地补助", "设备投资额的22%，最高180万元/个", "6个", "720"),
    ("5", "实训基地运营补助", "15万元/个·年", "8个", "120"),
    ("6", "学生岗位实习补贴", "380元/人·月", "5000人·月", "190"),
    ("7", "产业导师津贴", "1.2万元/人·年", "200名", "240"),
    ("8", "教师企业实践补助", "1500元/人·月", "600人·月", "90"),
    ("9", "企业职工技能提升补贴", "600元—3000元/人", "—", "450"),
    ("10", "技术技能创新服务平台", "50万元/个", "5个", "250"),
    ("11", "县域公共实训中心", "100万元/个", "2个", "200"),
]


def TABLE():
    t = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;"
         "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    t.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\n")
    for h, w in zip(["序号", "支持项目", "支持标准", "计划数量", "安排资金（万元）"], WIDTHS):
        t.append(CELL(h, w, head=True, first=True))
    t.append(" </tr>\n")
    for i, r in enumerate(ROWS, 1):
        t.append(f" <tr style='mso-yfti-irow:{i}'>\n")
        for k, (c, w) in enumerate(zip(r, WIDTHS)):
            t.append(CELL(c, w, center=k != 1))
        t.append(" </tr>\n")
    t.append(f" <tr style='mso-yfti-irow:{len(ROWS) + 1};mso-yfti-lastrow:yes'>\n")
    t.append(CELL("合计", sum(WIDTHS[:4]), head=True, colspan=4))
    t.append(CELL("3000", WIDTHS[4], head=True))
    t.append(" </tr>\n</table>\n")
    return "".join(t)


NOTICE = [
    ("center", "洛政办〔2026〕17号"),
    ("empty",),
    ("p0", "各县区人民政府，市人民政府各部门，洛阳高新技术产业开发区、洛阳经济技术开发区管委会："),
    ("pn", "《洛阳市深化产教融合促进职业教育提质培优若干措施》已经市政府同意，现印发给你们，请认真贯彻落实。执行中遇到的问题，请及时向市发展改革委、市教育局反馈。"),
    ("pn", "联系人：市发展改革委社会发展科　许明远，电话：0379-63912846；市教育局职业教育与成人教育科　贾慧敏，电话：0379-63217705。"),
    ("empty",),
    ("right", "洛阳市人民政府办公室"),
    ("right", "2026年4月16日"),
    ("p", "（此件公开发布）"),
    ("empty",),
]

BODY = [
    ("title", "洛阳市深化产教融合促进职业教育提质培优若干措施"),
    ("empty",),
    ("p", "为深入贯彻《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），推动职业教育与我市先进制造业、现代服务业深度融合，加快培养高素质技术技能人才，结合我市实际，制定以下措施。"),
    ("h", "一、建强产教融合载体"),
    ("p", "**（一）组建市域产教联合体。**依托洛阳高新技术产业开发区、洛阳经济技术开发区，由开发区管委会牵头，联合龙头企业、职业院校和普通高校组建市域产教|联合体2个，每个联合体成员单位不少于45家，其中企业不少于30家、职业院校不少于6所。对通过市级评审的联合体给予一次性建设补助120万元；获批省级市域产教联合体的，再奖励80万元。（责任单位：市发展改革委、市教育局、市工业和信息化局）"),
    ("p", "**（二）建设行业产教融合共同体。**围绕高端装备、钼钨新材料、铝精深加工、现代农机装备、文化旅游等领域，支持行业龙头企业牵头组建行业产教融合共同体，到2028年累计建成10个。每个共同体每年给予工作经费10万元，连续支持3年。（责任单位：市工业和信息化局、市教育局）"),
    ("p", "**（三）共建市级产业学院。**支持职业院校与规模以上企业共建产业学院，企业以资金、设备、技术等形式投入不低于200万元。每年认定市级产业学院不超过10个，每个给予建设补助60万元，其中认定当年拨付40万元，建设期满2年考核合格后拨付20万元。（责任单位：市教育局、市财政局）"),
    ("p", "**（四）建设产教融合实训基地。**企业新建或改扩建面向职业院校学生和企业职工开放的实训基地，设备投资额在5|00万元以上、经认定为市级产教|融合实训基地的，按设备投资额的22%给予一次性补助，最高不超过180万元；年开展实训达到2万人日以上的，每年另给予运营补助15万元，连续支持不超过3年。（责任单位：市发展改革委、市人力资源和社会保障局）"),
    ("h", "二、深化校企协同育人"),
    ("p", "**（五）支持学生岗位实习。**企业接收市内职业院校学生岗位|实习，签订三方协议、实习满1个月并按规定支付实习报酬的，按每人每月380元给予企业|补贴，每名学生补贴不超过6个月，每家企业每年最高20万元。（责任单位：市人力资源和社会保障局、市教育局）"),
    ("p", "**（六）实施产业导师选聘计划。**每年从企业选聘产业|导师200名，到职业院校承担专业课教学、指导学生实训和毕业设计，市财政按每人每年1.2万元给予津贴。产业导师每学年到校授课或指导不少于48学时，年度考核不合格的不再续聘。（责任单位：市教育局、市人力资源和社会保障局）"),
    ("p", "**（七）开展现场工程师专项培养。**支持洛阳龙门职业技术学院、洛阳河洛职业学院联合洛阳伊洛重型装备有限公司、洛阳钼都新材料科技有限公司等企业，面向智能制造、新材料领域每年培养现场工程师500名，企业参与课程开发和岗位培养的全过程。（责任单位：市教育局、市工业和信息化局）"),
    ("h", "三、提升教师实践教学能力"),
    ("p", "**（八）建设教师企业实践基地。**到2028年认定市级教师企业实践基地30个，优先在规模以上工业企业和高新技术企业中认定，每个给予一次性补助12万元。（责任单位：市教育局、市财政局）"),
    ("p", "**（九）支持教师到企业实践。**职业院校专业课教师到企业实践的，对接收企业按每接收1名教师实践满1个月给予1500元补助，每名教师每年|补助不超过3个月。（责任单位：市教育局）"),
    ("h", "四、强化企业主体作用"),
    ("p", "**（十）支持职工技能提升。**企业职工取得初级工、中级工、高级工、技师及以上职业技能等级证书的，分别按每人600元、1200元、|2000元、3000元给予企业培训补贴，每家企业每年最高30万元。（责任单位：市人力资源和社会保障局）"),
    ("p", "**（十一）共建技术技能创新服务平台。**支持企业与职业院校共建技术技能创新服务平台，开展技术攻关、工艺改进和产品研发，经认定的市级平台每个给予50万元，到2028年建成15个。（责任单位：市科技局、市教育局）"),
    ("p", "**（十二）建设县域公共实训中心。**支持偃师区建设三轮摩托车及智能装备公共实训中心、伊川县建设新材料公共实训中心，市级财政每个补助100万元，2026年底前开工建设，2027年底前投入使用。（责任单位：市人力资源和社会保障局、偃师区人民政府、伊川县人民政府）"),
    ("h", "五、完善保障机制"),
    ("p", "**（十三）加强组织领导。**建立市产教融合工作联席|会议制度，召集人由分管教育工作的副市长担任，联席会议办公室设在市发展改革委，负责统筹协调和日常工作。（责任单位：市发展改革委）"),
    ("p", "**（十四）强化资金保障。**市财政每年安排产教|融合专项资金不少于3000万元，2026年度资金安排见附件。同一项目同时符合本措施和我市其他政策的，按就高原则执行，不重复享受。（责任单位：市财政局）"),
    ("p", "**（十五）规范申报审核。**各项补助每年集中申报一次，由市发展改革委会同市教育局于每年3月发布申报通知；县区主管部门初审后报市级主管部门审核，审核结果在市政府门户网站公示不少于5个工作日。（责任单位：市发展改革委、市教育局）"),
    ("p", "**（十六）加强资金监管。**补助资金实行专款专用。对弄虚作假骗取补助资金的，由市级主管部门追回已拨付资金，5年内取消其申报市级产教融合项目的资格。（责任单位：市财政局、市审计局）"),
    ("p", "**（十七）严格考核评价。**将产教融合工作纳入县区年度目标考核，市发展改革委会同市教育局每年11月底前对各项措施落实情况组织评估，评估结果作为下一年度资金安排的重要依据。（责任单位：市发展改革委、市教育局）"),
    ("pn", "本措施自2026年5月1日起施行，有效期3年。本措施由市发展改革委、市教育局负责解释。我市以往相关规定与本措施不一致的，以本措施为准。"),
    ("empty",),
    ("p0", "附件：2026年度洛阳市产教融合专项资金安排表"),
    ("empty",),
    ("p0", "附件"),
    ("center16h", "2026年度洛阳市产教融合专项资金安排表"),
    ("table",),
    ("p0", "注：实训基地运营补助、岗位实习补贴、教师企业实践补助按实际发生数拨付，资金不足部分在下一年度安排。"),
]


def render(items):
    out = []
    for it in items:
        k = it[0]
        if k == "p":
            out.append(P(it[1]))
        elif k == "pn":
            out.append(PN(it[1]))
        elif k == "p0":
            out.append(P(it[1], indent=False))
        elif k == "h":
            out.append(H(it[1]))
        elif k == "empty":
            out.append(EMPTY())
        elif k == "right":
            out.append(RIGHT(it[1]))
        elif k == "center":
            out.append(CENTER(it[1]))
        elif k == "center16h":
            out.append(CENTER(it[1], "18.0pt", "方正小标宋简体"))
        elif k == "title":
            out.append(TITLE(it[1]))
        elif k == "table":
            out.append(TABLE())
    return "".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="洛阳市人民政府">
<meta name="ColumnName" content="市政府办文件">
<meta name="ArticleTitle" content="洛阳市人民政府办公室关于印发洛阳市深化产教融合促进职业教育提质培优若干措施的通知">
<meta name="PubDate" content="2026-04-20 17:05">
<title>洛阳市人民政府办公室关于印发洛阳市深化产教融合促进职业教育提质培优若干措施的通知_市政府办文件_洛阳市人民政府</title>
<link rel="stylesheet" href="/images/2024/css/common.css">
<style>
.topbar{{background:#f5f5f5;font-size:12px;height:30px;line-height:30px}}
.nav li{{float:left;width:120px;text-align:center}}
.breadcrumb{{font-size:14px;color:#666;padding:10px 0}}
.article-title{{font-size:26px;text-align:center;color:#b30000;line-height:40px}}
.article-info{{text-align:center;color:#888;font-size:14px;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.article-content{{padding:20px 40px}}
.footer{{background:#b30000;color:#fff;font-size:13px;text-align:center;line-height:26px}}
</style>
<script src="/images/2024/js/jquery.min.js"></script>
</head>
<body>
<!-- 虚构测试文档，非真实政策：本页面为测试用虚构文档，地名真实，文号、内容、金额、人员、电话、学校和企业名称、网站标识码及ICP备案号均为虚构。 -->
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问洛阳市人民政府门户网站！</span><span class="fr"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="/english/">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/2024/logo.png" alt="洛阳市人民政府"></a>
<div class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjly/">走进洛阳</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfbwj/">市政府办文件</a></div>
<div class="article">
<h1 class="article-title">洛阳市人民政府办公室关于印发洛阳市深化产教融合促进职业教育提质培优若干措施的通知</h1>
<div class="article-info">发布时间：2026-04-20 17:05　　来源：洛阳市人民政府办公室　　浏览次数：<span id="hits">2187</span>　　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="article-content" id="zoom">
<div class=WordSection1 style='layout-grid:15.6pt'>
{body}
</div>
</div>
<div class="article-attach">
<p>附件：</p>
<p><a href="/uploadfile/2026/0420/20260420170512847.pdf" target="_blank">洛政办〔2026〕17号.pdf</a></p>
<p><a href="/uploadfile/2026/0420/20260420170513290.docx" target="_blank">2026年度洛阳市产教融合专项资金安排表.docx</a></p>
</div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a> <a href="#top">【返回顶部】</a></div>
<div class="related"><p>相关链接：</p><ul>
<li><a href="/zwgk/zcjd/">关于《洛阳市深化产教融合促进职业教育提质培优若干措施》的政策解读</a></li>
<li><a href="/zwgk/zcwj/">洛阳市人民政府办公室关于进一步做好高校毕业生就业创业工作的通知</a></li>
</ul></div>
</div>
</div>
<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/mzsm/">免责声明</a></p>
<p>主办：洛阳市人民政府办公室　承办：洛阳市政务服务和大数据管理局</p>
<p>网站标识码：4103000027　豫ICP备05031876号-1　豫公网安备 41030202000418号</p>
<p>本页面为虚构测试文档，非真实政策。</p>
</div>
</body>
</html>
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    body = render(NOTICE) + render(BODY)
    body += P("本文件为虚构测试文档，非真实政策：地名真实，文号、内容、金额、人员、电话、学校和企业名称均为虚构，仅用于测试。", indent=False)
    out = PAGE.format(body=body)
    dst = os.path.join(here, "..", "luoyang-ruogan-cuoshi.html")
    open(dst, "w", encoding="utf-8").write(out)
    print(os.path.normpath(dst))


if __name__ == "__main__":
    main()
