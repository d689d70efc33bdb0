#!/usr/bin/env python3
"""Write fresh33/rizhao-zhaobiao-gonggao.html (虚构测试文档，非真实政策).

    cd fresh33/src && python3 make_rizhao_html.py

New shape of this round: a **government procurement pair for an 产教融合 project**. This is part (a) of the dev pair: the
**公开招标公告** of the 日照市海洋工程职业学校港航物流产教融合实训基地设备采购项目 (项目编号 RZHY-GK-2026-018, 2026年9月8日) as
published on a provincial 政府采购网 portal (UTF-8; a new frame in crimson and gold: caigou.css): top strip (date, 无障碍 / 移动版 /
登录), head with the site name and a search form (select + input), a nav of <a> links, the breadcrumb 当前位置：首页 > 采购公告 >
市县公告 > 招标公告, <h1>, meta line (发布时间 / 来源 / 浏览次数), a **project info <table class="project-info">** of th / td pairs
(项目编号, 采购方式, 采购人, 代理机构, 预算金额, 行政区划, 公告类型, 开标时间), the body in **<div class="vF_detail_content">**
(项目概况 lead box, 一、…八、 section lines, paragraphs, the 采购需求 as a real <table> of 包 (包号, 包名称, 数量, 预算金额, 最高限价,
面向中小企业), the 落款), then an **附件 link list** <div class="attach-box"> with three <a href> (招标文件 .pdf, 中小企业声明函 .docx,
技术参数表 .xlsx); 【打印】【关闭】, the note, footer. The note is in an HTML comment and in the last lines. The results (中标供应商,
金额, 评审专家, 代理服务费 amounts, 废标) are only in part (b), rizhao-zhongbiao-gonggao.docx.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "rizhao-zhaobiao-gonggao.html")

SITE = "山东政府采购网"
NAME = "日照市海洋工程职业学校港航物流产教融合实训基地设备采购项目"
TITLE = NAME + "公开招标公告"
NO = "RZHY-GK-2026-018"
PUBLISHED = "2026-09-08 09:30"
INFO = [("项目编号", NO), ("采购方式", "公开招标"), ("采购人", "日照市海洋工程职业学校"), ("代理机构", "日照蓝岸招标代理有限公司"),
        ("预算金额", "1286.00万元"), ("行政区划", "日照市"), ("公告类型", "招标公告"), ("开标时间", "2026-09-29 09:30")]
LEAD = (f"{NAME}的潜在投标人应在日照市公共资源交易平台获取招标文件，并于2026年9月29日9点30分前递交投标文件。")
TABLE = [["包号", "包名称", "数量", "预算金额（万元）", "最高限价（万元）", "面向中小企业"],
         ["1", "智能港口装卸实训系统", "1套", "486.00", "480.00", "否"],
         ["2", "冷链物流仓储实训设备", "1批", "365.00", "365.00", "否"],
         ["3", "船舶机电实训设备", "1批", "298.00", "295.00", "否"],
         ["4", "实训基地信息化管理平台", "1套", "137.00", "137.00", "是（专门面向中小企业）"]]
# (class, text); "T" = the 采购需求 table
BODY = [
    ("sec", "一、项目基本情况"),
    ("", f"项目编号：{NO}"),
    ("", f"项目名称：{NAME}"),
    ("", "采购方式：公开招标"),
    ("", "预算金额：1286.00万元（人民币壹仟贰佰捌拾陆万元整）"),
    ("", "最高限价：包1为480.00万元，包2为365.00万元，包3为295.00万元，包4为137.00万元。投标报价超过所投包最高限价的，其投标无效。"),
    ("", "资金来源：中央财政现代职业教育质量提升计划资金和市级财政资金。"),
    ("", "采购需求：本项目用于建设学校港航物流产教融合实训基地，共分4个包。供应商可以对一个或者多个包投标，各包单独评标、单独确定"
         "中标供应商。各包基本情况如下："),
    ("T", ""),
    ("", "具体技术参数和商务要求详见招标文件第三章“采购需求”。"),
    ("", "合同履行期限：包1、包2、包3自合同签订之日起90日内完成供货、安装、调试并交付使用；包4自合同签订之日起60日内完成部署上线。"
         "质保期：包1、包2、包3不少于3年，包4不少于2年。"),
    ("", "交货地点：日照市海洋工程职业学校实训楼（采购人指定地点）。"),
    ("", "本项目（是/否）接受联合体投标：包1接受联合体投标，联合体成员不得超过2家，联合体各方应当签订联合协议，明确牵头人和各方"
         "承担的工作；包2、包3、包4不接受联合体投标。"),
    ("", "是否接受进口产品：否。本项目不允许分包、转包。"),
    ("sec", "二、申请人的资格要求"),
    ("", "1．满足《中华人民共和国政府采购法》第二十二条规定。"),
    ("", "2．落实政府采购政策需满足的资格要求：包4专门面向中小企业采购，投标人应当为中小企业并提交《中小企业声明函》；"
         "监狱企业、残疾人福利性单位视同小型、微型企业。"),
    ("", "3．本项目的特定资格要求：包1的投标人应当具有电子与智能化工程专业承包二级及以上资质，联合体投标的，至少有一方具有该资质；"
         "包3的投标人为经销商的，应当提供所投船舶机电设备制造商出具的授权书；包4的投标人应当具有有效的信息安全管理体系认证证书。"),
    ("", "4．信用要求：被列入失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单的供应商，不得参加本项目投标"
         "（以投标截止时间前3日内“信用中国”网站、中国政府采购网的查询结果为准）。"),
    ("", "5．单位负责人为同一人或者存在直接控股、管理关系的不同供应商，不得参加同一包的投标。"),
    ("sec", "三、政府采购政策"),
    ("", "1．中小企业扶持：包1、包2、包3为非专门面向中小企业的采购包，对符合规定的小微企业报价给予10%的扣除，用扣除后的价格参加评审；"
         "包1的联合体中小微企业合同份额占联合体协议合同总金额30%以上的，对联合体报价给予4%的扣除。包4专门面向中小企业采购，"
         "不再给予价格扣除。"),
    ("", "2．优先采购节能产品、环境标志产品，具体按照招标文件规定执行。"),
    ("sec", "四、获取招标文件"),
    ("", "时间：2026年9月8日至2026年9月16日，每天上午9:00至11:30，下午14:00至17:00（法定节假日除外）。"),
    ("", "地点：日照市公共资源交易平台（网上获取）。"),
    ("", "方式：供应商使用数字证书登录日照市公共资源交易平台，在“我要投标”栏目免费下载招标文件。"),
    ("", "售价：0元。"),
    ("sec", "五、提交投标文件截止时间、开标时间和地点"),
    ("", "提交投标文件截止时间：2026年9月29日9点30分"),
    ("", "开标时间：2026年9月29日9点30分"),
    ("", "地点：日照市公共资源交易中心第三开标室（日照市海曲中路188号）"),
    ("", "本项目实行电子投标，投标人应当在投标截止时间前通过交易平台上传加密的电子投标文件，逾期上传的，交易平台不予接收。"
         "评标方法为综合评分法。"),
    ("sec", "六、公告期限"),
    ("", "自本公告发布之日起5个工作日。"),
    ("sec", "七、其他补充事宜"),
    ("", "1．投标担保：本项目免收投标担保。"),
    ("", "2．履约担保：中标供应商应当在签订合同前向采购人提交履约担保，金额为合同金额的5%，可以采用银行保函、保险保函等非现金形式。"),
    ("", "3．付款方式：货物安装调试完毕并经采购人验收合格后30日内，采购人支付合同总价款。"),
    ("", "4．代理服务费：由中标供应商在领取中标通知书时向采购代理机构一次付清，按照招标文件规定的标准计算，包1、包2、包3每包"
         "最高不超过5万元，包4最高不超过2万元。"),
    ("", "5．质疑和投诉：供应商认为招标文件、采购过程和中标结果使自己的权益受到损害的，可以在知道或者应知其权益受到损害之日起"
         "7个工作日内，以书面形式向采购人或者采购代理机构提出质疑，其中对招标文件的质疑应当在获取招标文件之日或者本公告期限届满"
         "之日起7个工作日内一次性提出。质疑供应商对质疑答复有异议的，或者采购人、采购代理机构未在规定时间内作出答复的，可以在答复"
         "期满后15个工作日内向日照市财政局提出投诉（政府采购监督管理科，电话：0633-8787216）。"),
    ("", "6．本公告同时在中国政府采购网、山东政府采购网和日照市公共资源交易平台发布。"),
    ("sec", "八、对本次招标提出询问，请按以下方式联系"),
    ("", "1．采购人信息"),
    ("", "名称：日照市海洋工程职业学校"),
    ("", "地址：日照市潮汐路66号"),
    ("", "联系人：相振华"),
    ("", "联系电话：0633-8216705"),
    ("", "2．采购代理机构信息"),
    ("", "名称：日照蓝岸招标代理有限公司"),
    ("", "地址：日照市望海路218号蓝岸大厦9层"),
    ("", "联系人：郝雨菲、宫立新"),
    ("", "联系电话：0633-8239516"),
    ("", "3．项目联系方式"),
    ("", "项目联系人：郝雨菲"),
    ("", "电话：0633-8239516"),
]
SIGN = ["日照蓝岸招标代理有限公司", "2026年9月8日"]
ATTACH = [("/attach/2026/09/RZHY-GK-2026-018-zbwj.pdf", "1. 招标文件（RZHY-GK-2026-018）.pdf"),
          ("/attach/2026/09/zxqy-shengminghan.docx", "2. 中小企业声明函（格式）.docx"),
          ("/attach/2026/09/RZHY-GK-2026-018-jscs.xlsx", "3. 采购需求技术参数表.xlsx")]
FICTION = ("本页为虚构测试文档，非真实政策：日照市为真实地名，采购项目、采购人、代理机构、供应商、人员、电话、地址和项目编号均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "caigou.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def table():
    head = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in TABLE[0]) + "</tr>"
    rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in TABLE[1:])
    return f'<table class="cgxq"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def content():
    o = ['<div class="vF_detail_content">', f'<p class="lead">项目概况：{e(LEAD)}</p>']
    for cls, t in BODY:
        if cls == "T":
            o.append(table())
        else:
            o.append(f'<p class="{cls}">{e(t)}</p>' if cls else f"<p>{e(t)}</p>")
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append("</div>")
    o.append('<div class="attach-box"><h3>相关附件</h3><ul>' +
             "".join(f'<li><a href="{h}" target="_blank">{e(t)}</a></li>' for h, t in ATTACH) + "</ul></div>")
    return "\n".join(o)


def page():
    rows = [INFO[i:i + 2] for i in range(0, len(INFO), 2)]
    info = "".join("<tr>" + "".join(f"<th>{e(k)}</th><td>{e(v)}</td>" for k, v in r) + "</tr>" for r in rows)
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">', f'<title>{e(TITLE)}_{SITE}</title>',
         f'<meta name="keywords" content="{e(NAME)},招标公告">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the procurement, buyer, agency, suppliers, people, phones, '
         'addresses and project number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top-strip"><div class="w1200">2026年9月8日 星期二<span class="right"><a href="#">无障碍</a>'
         '<a href="#">移动版</a><a href="#">供应商登录</a><a href="#">采购人登录</a></span></div></div>',
         f'<div class="head"><div class="w1200"><div class="logo">{SITE}<small>政府采购信息发布平台</small></div>'
         '<form class="search" action="#"><select name="t"><option>采购公告</option><option>结果公告</option></select>'
         '<input type="text" name="kw" placeholder="项目名称或者项目编号"><button type="button">搜索</button></form></div></div>',
         '<div class="nav"><div class="w1200"><a href="#">首页</a><a class="on" href="#">采购公告</a><a href="#">结果公告</a>'
         '<a href="#">合同公告</a><a href="#">政策法规</a><a href="#">办事指南</a><a href="#">信用信息</a></div></div>',
         '<div class="crumb w1200">当前位置：<a href="#">首页</a> &gt; <a href="#">采购公告</a> &gt; <a href="#">市县公告</a>'
         ' &gt; <a href="#">招标公告</a></div>',
         '<div class="main w1200">',
         f'<h1 class="notice-title">{e(TITLE)}</h1>',
         f'<div class="notice-meta">发布时间：{PUBLISHED}　　来源：日照蓝岸招标代理有限公司　　浏览次数：<span>1284</span></div>',
         f'<table class="project-info">{info}</table>',
         content(),
         '<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>',
         f'<p class="note">{e(FICTION)}</p>',
         '</div>',
         f'<div class="foot"><div class="w1200">{SITE}　版权所有　　技术支持：政府采购信息中心<br>'
         '网站标识码：3700000088　　鲁ICP备20260908号-2<br>建议使用1366×768以上分辨率浏览</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
