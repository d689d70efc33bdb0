#!/usr/bin/env python3
"""Write fresh23/kuerle-gongshi-mingdan.html (虚构测试文档，非真实政策).

    cd fresh23/src && python3 make_kuerle_gongshi_html.py

Adapted from fresh22/src/make_yongchuan_fabuhui_html.py (same frame, other colours: gongshi.css): a 通知公告 page of the
库尔勒市人民政府 portal (UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 通知公告, a 信息公开
table (索引号, 主题分类, 发布机构, 关联文件, 发布日期, 有效性), <h1> title, info line 发布时间/来源/浏览次数/字号 大 中 小; then
the **公示**: an intro paragraph (the 申报指南 by title and 文号, how many applied, how many enterprises / bases are proposed),
公示期 dates, the 异议 procedure (书面, 实名, 受理时间, contact, phone, fax, address, 邮编), then **the 名单 as a <table>
(序号 / 企业名称 / 所属行业 / 申报类别 / 推荐单位, 23 rows: 16 产教融合型企业, 7 产教融合实训基地; two enterprises in both
categories)**, 说明 paragraphs, the signature (three bodies) and date; 【打印本页】【关闭窗口】, footer with 网站标识码 and 新ICP备.
The fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "kuerle-gongshi-mingdan.html")

SITE = "库尔勒市人民政府"
PAGE_TITLE = "关于2026年度库尔勒市产教融合型企业和产教融合实训基地拟认定名单的公示"
PUBLISHED = "2026-07-06 11:30"
SOURCE = "市发展改革委"
ZHINAN = "《2026年度库尔勒市产教融合型企业和产教融合实训基地认定申报指南》（库发改发〔2026〕31号）"
META = [("索 引 号", "652801-KEL-2026-0706-02"), ("主题分类", "综合政务\\通知公告"), ("发布机构", "库尔勒市发展和改革委员会"),
        ("关联文件", ZHINAN), ("发布日期", "2026-07-06"), ("有 效 性", "有效")]
QY, JD = "产教融合型企业", "产教融合实训基地"
KFQ = "库尔勒经济技术开发区管委会"
ROWS = [
    ("库尔勒塔里木石化装备有限公司", "装备制造", QY, KFQ),
    ("新疆孔雀河纺织科技有限公司", "纺织服装", QY, KFQ),
    ("库尔勒梨城香梨果业有限公司", "农副产品加工", QY, "西尼尔镇人民政府"),
    ("库尔勒捷运物流有限公司", "现代物流", QY, "天山街道办事处"),
    ("新疆塔什店能源化工有限公司", "石油化工", QY, "塔什店镇人民政府"),
    ("库尔勒晟阳光伏科技有限公司", "新能源", QY, "上户镇人民政府"),
    ("库尔勒博润纺织服装有限公司", "纺织服装", QY, "上户镇人民政府"),
    ("库尔勒绿源番茄制品有限公司", "农副产品加工", QY, "和什力克乡人民政府"),
    ("库尔勒新城数码信息技术有限公司", "信息技术", QY, "新城街道办事处"),
    ("巴州恒远汽车维修服务有限公司", "汽车维修", QY, "萨依巴格街道办事处"),
    ("库尔勒丝路建材集团有限公司", "建筑建材", QY, "塔什店镇人民政府"),
    ("库尔勒蓝湾酒店管理有限公司", "住宿餐饮", QY, "团结街道办事处"),
    ("库尔勒金穗棉业有限公司", "农副产品加工", QY, "上户镇人民政府"),
    ("新疆宏泰石油技术服务有限公司", "石油化工", QY, "市工业和信息化局"),
    ("库尔勒瑞康医药连锁有限公司", "医药流通", QY, "天山街道办事处"),
    ("库尔勒云帆电子商务有限公司", "电子商务", QY, "市工业和信息化局"),
    ("库尔勒塔里木石化装备有限公司", "装备制造", JD, KFQ),
    ("新疆孔雀河纺织科技有限公司", "纺织服装", JD, KFQ),
    ("库尔勒博斯腾燃气工程有限公司", "燃气供应", JD, "新城街道办事处"),
    ("库尔勒华耀汽车销售服务有限公司", "汽车维修", JD, "萨依巴格街道办事处"),
    ("库尔勒沁园乳品有限公司", "农副产品加工", JD, "西尼尔镇人民政府"),
    ("新疆巴音数控机床有限公司", "装备制造", JD, "市工业和信息化局"),
    ("库尔勒远航冷链物流有限公司", "现代物流", JD, "恰尔巴格乡人民政府"),
]
INTRO = [
    ("yy", f"根据{ZHINAN}，经企业申报、推荐初审、评审和实地核查，本年度共受理申报43家，确定库尔勒塔里木石化装备有限公司等16家企业"
           "为2026年度库尔勒市产教融合型企业拟认定对象，库尔勒塔里木石化装备有限公司等7家企业与职业院校共建的实训基地为"
           "2026年度库尔勒市产教融合实训基地拟认定对象，现予以公示。"),
    ("yy", "公示期：2026年7月6日至2026年7月10日（5个工作日）。"),
    ("yy", "公示期间，任何单位和个人对拟认定名单有异议的，可以书面形式向市发展改革委反映。以单位名义反映的，须加盖单位印章；"
           "以个人名义反映的，须署真实姓名并留下联系电话。匿名材料和超过公示期提交的材料不予受理。异议受理时间为工作日"
           "10:30—14:00、16:00—20:00，可以当面递交，也可以邮寄（以寄出邮戳日期为准）。"),
    ("yy", "联系人：马晓东　　联系电话：0996-2158307　　传真：0996-2158310"),
    ("yy", "地址：库尔勒市人民东路9号市政务服务中心2楼B区（市发展改革委社会发展科）　　邮编：841000"),
]
AFTER = [
    ("yy", "说明：名单共23项，按申报类别排列，同一类别内排名不分先后。库尔勒塔里木石化装备有限公司、新疆孔雀河纺织科技有限公司"
           "同时申报两个类别，分别列入。"),
    ("yy", "公示期满无异议或异议不成立的，报市人民政府同意后发文认定。一次性奖励和实训基地补助资金在认定文件印发后30个工作日内"
           "拨付至企业账户。未列入名单的申报企业，可于2026年7月13日后向推荐单位了解评审意见，符合条件的可参加下一年度申报。"),
]
SIGN = ["库尔勒市发展和改革委员会", "库尔勒市教育局", "库尔勒市人力资源和社会保障局", "2026年7月6日"]

FICTION = ("本页为虚构测试文档，非真实政策：库尔勒市及所辖乡镇、街道为真实地名，公示内容、企业名称、日期、人员、电话、地址、"
           "索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "gongshi.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def xxgk():
    o = ['<table class="xxgk">']
    for i in range(0, len(META), 2):
        pair = META[i:i + 2]
        o.append("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in pair) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def mingdan():
    o = ['<table class="md">', "<caption>2026年度库尔勒市产教融合型企业和产教融合实训基地拟认定名单</caption>",
         "<tr><th>序号</th><th>企业名称</th><th>所属行业</th><th>申报类别</th><th>推荐单位</th></tr>"]
    for i, (name, ind, cat, rec) in enumerate(ROWS, 1):
        o.append(f'<tr><td>{i}</td><td class="l">{e(name)}</td><td>{e(ind)}</td><td>{e(cat)}</td><td class="l">{e(rec)}</td></tr>')
    o.append("</table>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_通知公告_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="通知公告">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the list, enterprises, dates, people, phones, address, '
         '索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年7月7日 星期二</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">ئۇيغۇرچە</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进梨城</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">1487</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">']
    for cls, t in INTRO:
        o.append(f'<p class="{cls}">{e(t)}</p>')
    o.append(mingdan())
    for cls, t in AFTER:
        o.append(f'<p class="{cls}">{e(t)}</p>')
    for s in SIGN:
        o.append(f'<p class="sign">{e(s)}</p>')
    o.append('</div>')
    o.append('<div class="attach">相关链接：<a href="#">关于印发《2026年度库尔勒市产教融合型企业和产教融合实训基地认定申报指南》的通知</a></div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：库尔勒市融媒体中心<br>'
             '网站标识码：6528010026　　新ICP备20260706号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(ROWS), "rows")


if __name__ == "__main__":
    main()
