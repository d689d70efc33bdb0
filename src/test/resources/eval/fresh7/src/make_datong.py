#!/usr/bin/env python3
"""Write ../datong-shishi-fangan.html: an old-style city portal page (nested layout <table>s), GBK, CRLF.

虚构测试文档，非真实政策 — fictional test fixture for the policy-bot evaluation.
The body text is one <td>: paragraphs are separated by <br>, indented with &nbsp; runs (no <p>).
Lines of BODY: "" = an empty line (<br>), "=TEXT" = centred line, ">TEXT" = right-aligned line,
"#TEXT" = a bold heading line, anything else = an indented paragraph.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
IND = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"

TITLE = "大同市人民政府办公室关于印发大同市深化产教融合实施方案的通知"

BODY = """=同政办发〔2026〕21号

各县（区）人民政府，大同经济技术开发区管委会，市直各有关单位：
《大同市深化产教融合实施方案》已经市人民政府同意，现印发给你们，请认真贯彻落实。

>大同市人民政府办公室
>2026年4月22日
>（此件公开发布）

=大同市深化产教融合实施方案

为贯彻落实《山西省人民政府办公厅关于深化产教融合的实施意见》（晋政办发〔2026〕12号），推动我市职业教育与煤炭、新能源、装备制造、文化旅游、现代物流等产业深度融合，结合我市实际，制定本方案。
#一、工作目标
到2028年，全市建成市级产教融合实训基地30个、市级产业学院20个，评选市级校企合作示范企业50家，累计开展企业职工技能提升培训10万人次，职业院校毕业生在本市就业比例达到60%以上。
#二、重点任务
（一）建设市级产教融合实训基地。企业新建或改扩建面向职业院校学生和企业职工开放的实训基地、设备投资额在150万元以上且每年接收学生实训不少于500人次的，可申报市级产教融合实训基地。经认定的，按设备投资额的25%给予一次性补助，单个基地最高80万元。各县（区）可按不低于市级补助额30%的标准给予配套。（牵头单位：市发展改革委；配合单位：市财政局、市教育局）
（二）共建市级产业学院。支持职业院校与规模以上企业共建产业学院，合作协议期限不少于3年，产业学院在校生不少于150人。经认定的市级产业学院，给予一次性建设补助30万元。（牵头单位：市教育局；配合单位：市财政局、市工信局）
（三）选聘产业导师。支持职业院校从合作企业选聘技术骨干担任产业导师。经认定的市级产业导师，按每人每年9000元给予津贴，产业导师每学年到校开展教学和实践指导不少于40学时，每所院校每年认定不超过8名。（牵头单位：市教育局；配合单位：市人社局）
（四）支持企业接收岗位实习。企业接收职业院校学生岗位实习满1个月的，按每人每月400元给予企业补贴，每名学生最多补贴4个月，每家企业每年最高补贴12万元。（牵头单位：市教育局；配合单位：市人社局、市财政局）
（五）支持教师到企业实践。企业接收职业院校专业课教师实践满1个月的，按每人每月1200元给予企业补助，每名教师每年最多补助3个月。（牵头单位：市教育局；配合单位：市财政局）
（六）开展职工技能提升培训。企业职工经培训取得职业技能等级证书的，按初级工800元、中级工1300元、高级工1800元、技师2500元的标准给予培训补贴。（牵头单位：市人社局；配合单位：市总工会、市财政局）
（七）评选校企合作示范企业。每年评选市级校企合作示范企业10家，每家奖励10万元。申报企业应与市内职业院校连续合作满3年，且每年接收岗位实习学生不少于50人。（牵头单位：市发展改革委；配合单位：市教育局、市工信局）
（八）建设共享实训中心。依托大同经济技术开发区建设市级产教融合共享实训中心，面向煤炭智能开采、新能源装备运维、现代物流等领域开放共享，市财政连续3年每年给予运营补助30万元。（牵头单位：大同经济技术开发区管委会；配合单位：市人社局、市财政局）
（九）推动县域职业教育与产业协同。支持云州区、灵丘县、广灵县职业教育中心分别与当地黄花、文旅、食品加工企业合作开设专业，每个县（区）每年至少培育1个校企合作项目。（牵头单位：各县（区）人民政府；配合单位：市教育局）
#三、申报和管理
（一）集中受理。市级项目每年3月1日至3月31日集中受理，申报单位向所在县（区）主管部门提交申报材料，市直单位和市属院校直接向市发展改革委申报。
（二）评审公示。县（区）主管部门初审后，由市发展改革委会同市教育局、市人社局组织专家评审，评审结果在市发展改革委网站公示5个工作日。
（三）资金拨付。公示无异议的，由市财政局于每年9月30日前拨付资金。同一项目同时符合本方案和我市其他支持政策的，按就高原则执行，不重复享受。
（四）监督管理。申报单位弄虚作假骗取补助资金的，由市财政局全额追回，3年内不得申报市级产教融合项目。
#四、保障措施
（一）加强组织领导。成立大同市深化产教融合工作领导小组，由分管副市长任组长，市发展改革委、市教育局、市财政局、市人社局、市工信局为成员单位，领导小组办公室设在市发展改革委，办公室主任由市发展改革委主任兼任。
（二）加大资金投入。市级财政每年安排产教融合专项资金3000万元，统筹用于本方案确定的各项支持政策。
（三）强化督导落实。领导小组办公室每季度调度一次工作进展，年底对各县（区）工作情况进行通报。
本方案自印发之日起施行，有效期至2028年12月31日。
联系人：市发展改革委社会发展科 杜文斌，电话：0352-2046318；市教育局职业教育科 郝丽娟，电话：0352-2051726。"""

PAGE = """<html>
<head>
<meta charset=gbk>
<!-- 虚构测试文档，非真实政策：地名真实，内容、金额、文号、人员、电话、单位名称、网站标识码和备案号均为虚构。 -->
<title>{title}_大同市人民政府门户网站</title>
<meta name="keywords" content="产教融合,实施方案,同政办发">
<link href="/images/css.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
.titlefont {{font-size: 21px; font-weight: bold; color: #9C0000; line-height: 34px}}
.wz {{font-size: 15px; line-height: 30px; color: #333333}}
.gray12 {{font-size: 12px; color: #666666}}
.bottom {{font-size: 12px; color: #FFFFFF; line-height: 24px}}
-->
</style>
<script language="JavaScript" src="/js/public.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#EDEDED">
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr>
<td>
<table width="100%" border="0" cellspacing="0" cellpadding="0" background="/images/head_bg.jpg" height="120">
<tr>
<td width="600"><img src="/images/logo.png" width="560" height="100" alt="大同市人民政府门户网站" border="0"></td>
<td align="right" valign="top" class="gray12"><br>
<a href="/">设为首页</a> | <a href="#">加入收藏</a> | <a href="/wza/">无障碍</a> | <a href="/m/">手机版</a>&nbsp;&nbsp;<br><br>
<form name="search" action="/search/" method="get"><input type="text" name="q" size="18" value="">&nbsp;<input type="submit" value="搜索"></form>
</td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#1E5AA8" height="36">
<tr align="center">
<td><a href="/"><font color="#FFFFFF"><b>首&nbsp;&nbsp;页</b></font></a></td>
<td><a href="/zwdt/"><font color="#FFFFFF"><b>政务动态</b></font></a></td>
<td><a href="/zwgk/"><font color="#FFFFFF"><b>政务公开</b></font></a></td>
<td><a href="/zmhd/"><font color="#FFFFFF"><b>政民互动</b></font></a></td>
<td><a href="/bsfw/"><font color="#FFFFFF"><b>办事服务</b></font></a></td>
<td><a href="/zsyz/"><font color="#FFFFFF"><b>招商引资</b></font></a></td>
<td><a href="/mldt/"><font color="#FFFFFF"><b>魅力古都</b></font></a></td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td height="32" class="gray12" background="/images/dh_bg.gif">&nbsp;&nbsp;<img src="/images/home.gif" width="14" height="14" align="absmiddle"> 当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfwj/">政府文件</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfwj/szfbwj/">市政府办公室文件</a></td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="15">&nbsp;</td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #D6D6D6">
<tr>
<td height="20">&nbsp;</td>
</tr>
<tr>
<td align="center" class="titlefont">{title_br}</td>
</tr>
<tr>
<td align="center" height="40" class="gray12">发布时间：2026-04-24 10:36&nbsp;&nbsp;&nbsp;&nbsp;来源：市政府办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<font color="#CC0000">1867</font>&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(15)">中</a>&nbsp;<a href="javascript:doZoom(13)">小</a>】</td>
</tr>
<tr>
<td><hr size="1" color="#CCCCCC" width="94%"></td>
</tr>
<tr>
<td>
<table width="92%" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td class="wz" id="zoom">
{body}
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td height="50" align="center" class="gray12"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a>&nbsp;&nbsp;<a href="#top">【返回顶部】</a></td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="10"></td></tr>
<tr><td height="30" class="gray12" bgcolor="#F3F3F3">&nbsp;&nbsp;<b>相关文章</b></td></tr>
<tr><td class="gray12" height="24">&nbsp;&middot;&nbsp;<a href="/zwgk/zfwj/szfbwj/202604/t20260416_331802.html">大同市人民政府办公室关于做好2026年春季农业生产工作的通知</a></td></tr>
<tr><td class="gray12" height="24">&nbsp;&middot;&nbsp;<a href="/zwgk/zfwj/szfbwj/202604/t20260409_331577.html">大同市人民政府办公室关于进一步加强城市燃气安全管理的通知</a></td></tr>
</table>
</td>
<td width="15">&nbsp;</td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#1E5AA8">
<tr>
<td align="center" class="bottom"><br>
<a href="/wzdt/"><font color="#FFFFFF">网站地图</font></a> | <a href="/lxwm/"><font color="#FFFFFF">联系我们</font></a> | <a href="/sybz/"><font color="#FFFFFF">使用帮助</font></a><br>
主办：大同市人民政府办公室&nbsp;&nbsp;&nbsp;承办：大同市政务信息中心<br>
网站标识码：1402000037&nbsp;&nbsp;&nbsp;晋ICP备05003318号&nbsp;&nbsp;&nbsp;晋公网安备 14020202000415号<br>
本页面为虚构测试文档，非真实政策：地名真实，文号、内容、金额、人员、电话和单位名称均为虚构，仅用于测试。<br><br>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""


def body_html(text):
    out = []
    for l in text.split("\n"):
        if not l:
            out.append("<br>")
        elif l.startswith("="):
            out.append(f'<div align="center">{l[1:]}</div>')
        elif l.startswith(">"):
            out.append(f'<div align="right">{l[1:]}&nbsp;&nbsp;&nbsp;&nbsp;</div>')
        elif l.startswith("#"):
            out.append(f"{IND}<b>{l[1:]}</b><br>")
        else:
            out.append(f"{IND}{l}<br>")
    return "\n".join(out)


def main():
    page = PAGE.format(title=TITLE, title_br="大同市人民政府办公室关于印发<br>大同市深化产教融合实施方案的通知",
                       body=body_html(BODY))
    data = page.replace("\n", "\r\n").encode("gbk")
    open(os.path.join(HERE, "..", "datong-shishi-fangan.html"), "wb").write(data)


if __name__ == "__main__":
    main()
