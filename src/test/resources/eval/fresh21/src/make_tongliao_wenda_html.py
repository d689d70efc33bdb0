#!/usr/bin/env python3
"""Write fresh21/tongliao-huiqi-wenda.html (虚构测试文档，非真实政策).

    cd fresh21/src && python3 make_tongliao_wenda_html.py

Adapted from fresh20/src/make_heilongjiang_banfa_html.py (same frame, other colours): a 政策问答 page of the 通辽市人民政府
portal (UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策解读 > 政策问答, a 信息公开 table
(索引号, 主题分类, 发布机构, 关联文件, 发布日期, 有效性), <h1> title, info line 发布时间/来源/浏览次数/字号 大 中 小; an
introduction (who compiled it, from which calls, `第N项` = the 序号 of the 清单), then **21 numbered Q&A pairs in a <dl>**
(`<dt><strong>N.问：…</strong></dt><dd>答：…</dd>`), in enterprises' words with the official answers (叠加 / 就高,
eligibility edge cases, 申报 steps, 材料, 时限, 到账, 补正, 复核, contacts), many pointing to rows of the 清单 by 序号;
来源 line, 【打印本页】【关闭窗口】, footer with 网站标识码 and 蒙ICP备. The fictional note is in an HTML comment and in the
last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "tongliao-huiqi-wenda.html")

SITE = "通辽市人民政府"
PAGE_TITLE = "通辽市产教融合惠企政策常见问题解答"
PUBLISHED = "2026-03-06 09:40"
SOURCE = "市发展改革委"
META = [("索 引 号", "TLFGW-2026-00062"), ("主题分类", "综合政务\\政策解读"), ("发布机构", "通辽市发展和改革委员会"),
        ("关联文件", "《通辽市产教融合惠企政策清单（2026年版）》（通发改社会〔2026〕14号）"), ("发布日期", "2026-03-06"),
        ("有 效 性", "有效")]
INTRO = ("为方便企业了解和申报产教融合惠企政策，市发展改革委会同市教育局、市人力资源社会保障局、市财政局、市税务局，梳理了"
         "12345政务服务便民热线和“科尔沁产教汇”服务平台近期受理的企业高频咨询问题，形成本问答。问答中的“第N项”是指"
         "《通辽市产教融合惠企政策清单（2026年版）》中的序号。")
QA = [
    ("我们公司去年12月刚被认定为自治区产教融合型企业，自治区已经给过奖励了，市里的认定奖励还能再拿吗？",
     "可以。清单第1项市级认定奖励可与自治区奖励叠加享受，标准为一次性24万元。请在每年4月1日至4月30日向市发展改革委申报；"
     "上一年度被认定的企业，应在本年度申报期内申报，逾期未申报的视为自动放弃。"),
    ("我们企业注册在科尔沁左翼中旗，旗里另外那6万元要单独去旗里申报吗？",
     "不需要。企业向市发展改革委申报第1项时一并勾选旗级配套，由科尔沁左翼中旗发展改革局同步审核，旗级奖励由科尔沁左翼中旗财政直接拨付。"),
    ("我们的实训基地去年已经拿了自治区的补助，还能申请市里的实训基地补助吗？",
     "第2项与自治区同类补助按就高原则执行，不重复享受。已获自治区补助金额高于或者等于市级标准的，不再给予市级补助；"
     "低于市级标准的，由市级补足差额。"),
    ("实训基地补助是怎么算的？我们采购设备花了470万元。",
     "第2项按设备购置额的20%计算，单个基地最高84万元，设备购置额以发票金额为准。购置额470万元的，按比例计算为94万元，超过上限，按84万元补助。"),
    ("接收实习学生的补贴怎么算？我们今年接了15个学生，每人实习4个月。",
     "第6项岗位实习补贴按每人每月300元计算，学生须在企业连续实习满3个月，补贴计算期为上年7月1日至当年6月30日。"
     "15名学生各实习4个月，可申请补贴1.8万元。每家企业每年最高12万元，申报时间为每年7月1日至7月31日。"),
    ("学生实习没满3个月就走了，这个学生还能算补贴吗？",
     "不能。连续实习不满3个月的学生不计入补贴人数。"),
    ("申报需要准备哪些材料？",
     "通用材料包括：申报表、营业执照复印件、与院校签订的合作协议、企业基本存款账户信息、信用承诺书。各项政策的专项材料见"
     "“科尔沁产教汇”平台各事项的办事指南，如第6项需提供实习学生名单和实习协议，第9项需提供职业技能等级证书编号。复印件须加盖单位印章。"),
    ("在哪里申报？一定要跑窗口吗？",
     "不一定。清单所列事项均可通过“科尔沁产教汇”服务平台在线申报；不方便网上办理的，可到市政务服务中心一楼B区12号"
     "“惠企政策综合窗口”现场办理。"),
    ("申报以后多久能到账？",
     "受理部门自申报期结束之日起20个工作日内完成审核，审核结果在“科尔沁产教汇”平台公示7天；公示无异议的，由市财政局在"
     "公示期满后12个工作日内将资金拨付至企业基本存款账户。"),
    ("申报材料被退回来了怎么办？",
     "材料不全或者不符合要求的，受理部门通过平台一次性告知需补正的内容，企业应在收到告知之日起10个工作日内补正后重新提交；"
     "逾期未补正的，视为放弃本次申报。"),
    ("审核没通过，我们觉得有问题，能复核吗？",
     "可以。企业对审核结果有异议的，可在收到审核结果之日起15日内向原受理部门书面申请复核一次，受理部门在10个工作日内作出复核结论。"),
    ("我们企业在霍林郭勒市，办了一所民办职业学校，生均补助按多少钱算？",
     "第8项生均补助全市标准为每生每年1600元，霍林郭勒市按每生每年1800元执行，差额部分由霍林郭勒市财政承担。"),
    ("职工技能等级提升补贴，劳务派遣来的工人能算吗？",
     "补贴对象须为与申报企业签订劳动合同并在本企业参保的职工，劳务派遣人员由派遣单位申报。同一职工同一等级只能享受一次补贴。"),
    ("产业导师补助是给企业还是给导师本人？",
     "第10项产业导师岗位补助每名导师每年9600元，发放给导师本人，由合作院校按学期发放，每学期4800元；企业负责在每年9月1日至"
     "9月30日统一报送导师名单。"),
    ("我们在扎鲁特旗，招了应届大学生，能拿多少补贴？",
     "第11项高校毕业生吸纳补贴标准为每人一次性3200元；扎鲁特旗企业另由扎鲁特旗财政补贴每人800元，两项可同时享受。"),
    ("融资担保费补助怎么申请？什么时候受理？",
     "第14项全年受理，每季度首月集中审核。企业凭担保合同和担保费缴费凭证向市财政局申请，按实际担保费的50%补助，每家企业每年最高8万元。"),
    ("产教融合信用贷要不要抵押？",
     "不需要抵押，采用信用方式。第15项由合作银行对产教融合型企业和校企合作重点项目企业给予单户授信最高800万元，"
     "利率不高于1年期LPR，合作银行名单可向市委金融办咨询。"),
    ("实训场地减免房产税要不要去税务局单独审批？",
     "不需要审批。第17项、第18项采取“自行申报享受、资料留存备查”方式，企业在纳税申报时填报减免信息，并留存与院校签订的"
     "场地无偿使用协议备查。"),
    ("库伦旗的蒙药企业建教学工厂有什么额外支持？",
     "第5项蒙中医药教学工厂补助按建设投入的30%给予补助，最高40万元；库伦旗企业另由库伦旗工业和信息化局补助8万元。"),
    ("清单里的政策有效期到什么时候？以后还会调整吗？",
     "本清单有效期至2026年12月31日，实行动态调整。政策依据废止或者修订的，以新规定为准，调整情况在市发展改革委门户网站和"
     "“科尔沁产教汇”平台同步发布。"),
    ("政策上有不清楚的，打哪个电话问？",
     "可拨打12345政务服务便民热线，也可直接咨询各项政策的受理部门，电话见清单“咨询电话”栏。综合协调：市发展改革委社会发展科"
     "包文斌，电话0475-8216302。"),
]

FICTION = ("本页为虚构测试文档，非真实政策：通辽市及所辖旗县市区为真实地名，问答内容、金额、日期、人员、电话、平台和目录名称、"
           "索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "wenda.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def xxgk():
    o = ['<table class="xxgk">']
    for i in range(0, len(META), 2):
        pair = META[i:i + 2]
        o.append("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in pair) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_政策问答_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="政策问答">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the questions and answers, amounts, people, phones, platform and '
         'list names, 索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年3月9日 星期一</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">蒙古文版</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进通辽</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">优化营商环境</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; '
         '<a href="#">政策问答</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">1937</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p>{e(INTRO)}</p>', '<dl class="qa">']
    for n, (q, a) in enumerate(QA, 1):
        o.append(f"<dt><strong>{n}.问：{e(q)}</strong></dt>")
        o.append(f"<dd>答：{e(a)}</dd>")
    o.append('</dl>')
    o.append('<p class="src">来源：通辽市发展和改革委员会　通辽市12345政务服务便民热线</p>')
    o.append('</div>')
    o.append('<div class="attach">相关链接：<a href="#">通辽市发展和改革委员会等5部门关于印发《通辽市产教融合惠企政策清单（2026年版）》的通知</a></div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：通辽市政务服务和数据管理局<br>'
             '网站标识码：1505000019　　蒙ICP备20260306号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(QA), "Q&A pairs")


if __name__ == "__main__":
    main()
