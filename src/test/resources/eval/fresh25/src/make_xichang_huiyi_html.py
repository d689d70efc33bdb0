#!/usr/bin/env python3
"""Write fresh25/xichang-tuijinhui-tongzhi.html (虚构测试文档，非真实政策).

    cd fresh25/src && python3 make_xichang_huiyi_html.py

Adapted from fresh24/src/make_liuyang_zongjie_html.py (same frame, other colours: huiyi.css): a 通知公告 page of the
西昌市人民政府 portal (UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 通知公告, a 信息公开
table (索引号, 主题分类, 发布机构, 文号, 发布日期, 公开方式), <h1> title, info line 发布时间/来源/浏览次数/字号 大 中 小; then the
**关于召开西昌市2026年产教融合推进现场会的通知** (西产教领办〔2026〕2号): addressee, 一、会议时间 (date with weekday, 报到),
二、会议地点 (two 观摩 bases, the meeting room), 三、参会人员 (by unit, how many each), 四、会议议程 (numbered items with
the speakers, an <ol>), 五、有关要求 (回执 by e-mail, 交流材料 字数 and deadline, 着装, 纪律, contacts), 附件, the signature
and date; then the 附件 参会回执 as a <table class="hz"> (单位名称 / 姓名 / 职务 / 联系电话 / 是否交流发言 / 备注, three empty
rows); 【打印本页】【关闭窗口】, footer with 网站标识码 and 蜀ICP备. The fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "xichang-tuijinhui-tongzhi.html")

SITE = "西昌市人民政府"
PAGE_TITLE = "关于召开西昌市2026年产教融合推进现场会的通知"
PUBLISHED = "2026-04-03 17:05"
SOURCE = "市教育局"
DOCNO = "西产教领办〔2026〕2号"
EMAIL = "xcscjrh2026@163.com"
META = [("索 引 号", "513401-XCS-2026-0403-02"), ("主题分类", "教育\\通知公告"), ("发布机构", "西昌市产教融合工作领导小组办公室"),
        ("文　　号", DOCNO), ("发布日期", "2026-04-03"), ("公开方式", "主动公开")]
HZ_HEAD = ["单位名称", "姓名", "职务", "联系电话", "是否交流发言", "备注"]
BODY = [
    ("no", DOCNO),
    ("to", "领导小组各成员单位，各镇人民政府、街道办事处，辖区各职业院校，各有关企业："),
    ("yy", "为总结2025年全市产教融合工作，部署2026年重点任务，经领导小组组长同意，定于2026年4月22日召开全市产教融合推进"
           "现场会。现将有关事项通知如下："),
    ("h", "一、会议时间"),
    ("yy", "2026年4月22日（星期三）上午9:00开始，会期半天。参会人员请于当日上午8:20前到西昌市行政中心北门广场报到，"
           "8:30统一乘车前往观摩点位。"),
    ("h", "二、会议地点"),
    ("yy", "现场观摩：礼州镇果蔬冷链实训基地、安宁镇光伏运维实训基地。"),
    ("yy", "会议地点：西昌市行政中心5楼第三会议室。"),
    ("h", "三、参会人员"),
    ("yy", "（一）领导小组组长、副组长；"),
    ("yy", "（二）领导小组各成员单位分管负责同志各1名；"),
    ("yy", "（三）各镇人民政府、街道办事处分管负责同志各1名；"),
    ("yy", "（四）辖区各职业院校分管校领导和专业负责人各2名；"),
    ("yy", "（五）2025年认定的市级产教融合型企业负责人各1名。"),
    ("h", "四、会议议程"),
]
AGENDA = [
    "现场观摩礼州镇果蔬冷链实训基地、安宁镇光伏运维实训基地（9:00—10:20）；",
    "市教育局局长岳国栋通报2025年全市产教融合工作情况；",
    "交流发言：礼州镇人民政府、西昌安宁光能科技有限公司、西昌市建昌职业技术学校依次发言，每个单位发言不超过6分钟；",
    "副组长、市人力资源和社会保障局局长何承志部署2026年产教融合重点任务；",
    "组长、市人民政府副市长郑远航讲话。",
]
AFTER = [
    ("yy", "会议由副组长、市人民政府办公室副主任罗婉清主持。"),
    ("h", "五、有关要求"),
    ("yy", f"（一）请各参会单位于2026年4月15日17:00前将参会回执（见附件）发送至领导小组办公室电子邮箱{EMAIL}，"
           "逾时未报的视为不参会。"),
    ("yy", "（二）交流发言单位请于2026年4月17日前将书面交流材料报送领导小组办公室，材料控制在1500字以内，"
           "发言时间不超过6分钟。"),
    ("yy", "（三）现场观摩需步行较长距离，请参会人员着便装、穿平底鞋。"),
    ("yy", "（四）请参会人员准时参会，不得无故缺席或请人代会；确因特殊情况不能参会的，须于4月20日前向领导小组办公室请假。"
           "会议期间请将手机调至静音状态。"),
    ("yy", "（五）联系人：领导小组办公室龙泽宇，电话：0834-3216587；会务和乘车：市教育局办公室石佳怡，电话：0834-3216592。"),
    ("fj", "附件：西昌市2026年产教融合推进现场会参会回执"),
]
SIGN = ["西昌市产教融合工作领导小组办公室", "2026年4月3日"]

FICTION = ("本页为虚构测试文档，非真实政策：西昌市及所辖镇、街道为真实地名，通知内容、人员、文号、企业和基地名称、学校名称、"
           "电话、电子邮箱、索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "huiyi.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def xxgk():
    o = ['<table class="xxgk">']
    for i in range(0, len(META), 2):
        o.append("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in META[i:i + 2]) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def huizhi():
    o = ['<p class="fj">附件</p>', '<p class="bt">西昌市2026年产教融合推进现场会参会回执</p>', '<table class="hz">',
         "<tr>" + "".join(f"<th>{e(h)}</th>" for h in HZ_HEAD) + "</tr>"]
    for _ in range(3):
        o.append("<tr>" + "<td>&nbsp;</td>" * len(HZ_HEAD) + "</tr>")
    o.append("</table>")
    o.append(f'<p class="fj">注：“是否交流发言”栏填“是”或“否”；回执请于4月15日17:00前发送至{e(EMAIL)}。</p>')
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_通知公告_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="通知公告">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the names, dates, phone numbers, e-mail, 索引号, 网站标识码 and '
         'ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年4月7日 星期二</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">彝文版</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进西昌</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">517</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">']
    for cls, t in BODY:
        o.append(f'<p class="{cls}">{e(t)}</p>')
    o.append('<ol class="yc">' + "".join(f"<li>{e(a)}</li>" for a in AGENDA) + "</ol>")
    for cls, t in AFTER:
        o.append(f'<p class="{cls}">{e(t)}</p>')
    for s in SIGN:
        o.append(f'<p class="sign">{e(s)}</p>')
    o.append(huizhi())
    o.append('</div>')
    o.append('<div class="attach">附件下载：<a href="#">西昌市2026年产教融合推进现场会参会回执.docx</a></div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：西昌市融媒体中心<br>'
             '网站标识码：5134010027　　蜀ICP备20260403号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(AGENDA), "agenda items")


if __name__ == "__main__":
    main()
