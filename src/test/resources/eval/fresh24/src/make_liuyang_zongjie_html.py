#!/usr/bin/env python3
"""Write fresh24/liuyang-gongzuo-zongjie.html (虚构测试文档，非真实政策).

    cd fresh24/src && python3 make_liuyang_zongjie_html.py

Adapted from fresh23/src/make_kuerle_gongshi_html.py (same frame, other colours: zongjie.css): a 计划总结 page of the
浏阳市人民政府 portal (UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 计划总结, a 信息公开
table (索引号, 主题分类, 发布机构, 公开方式, 发布日期, 关联文件), <h1> title, info line 发布时间/来源/浏览次数/字号 大 中 小; then the
**浏阳市2025年产教融合工作总结**: intro (the 实施方案 by title and 文号), **主要指标完成情况 as a <table> (指标 / 年度目标 /
完成情况 / 完成率 / 牵头单位, 5 rows)**, 主要工作及成效 (per task: the lead unit, the figures, the 实训基地 by name), 存在问题,
2026年工作打算 (with dates), the signature and date; 【打印本页】【关闭窗口】, footer with 网站标识码 and 湘ICP备. The fictional
note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "liuyang-gongzuo-zongjie.html")

SITE = "浏阳市人民政府"
PAGE_TITLE = "浏阳市2025年产教融合工作总结"
PUBLISHED = "2026-01-23 16:20"
SOURCE = "市发展和改革局"
FANGAN = "《浏阳市深化产教融合实施方案（2024—2026年）》（浏政办发〔2024〕21号）"
META = [("索 引 号", "430181-LYS-2026-0123-03"), ("主题分类", "综合政务\\计划总结"), ("发布机构", "浏阳市发展和改革局"),
        ("公开方式", "主动公开"), ("发布日期", "2026-01-23"), ("关联文件", FANGAN)]
HEAD = ["指标", "年度目标", "完成情况", "完成率", "牵头单位"]
ROWS = [
    ("认定市级产教融合型企业", "20家", "17家", "85%", "市发展和改革局"),
    ("建成产教融合实训基地", "6个", "7个", "116.7%", "市教育局"),
    ("企业新型学徒制培养学徒", "1500人", "1530人", "102%", "市人力资源和社会保障局"),
    ("职业院校学生岗位实习", "3200人次", "3460人次", "108.1%", "市教育局"),
    ("兑现产教融合奖补资金", "1240万元", "982.6万元", "79.2%", "市财政局"),
]
BEFORE = [
    ("yy", f"2025年，我市以{FANGAN}为统领，坚持“政府引导、企业主体、院校参与”，围绕企业认定、实训基地建设、学徒培养和"
           "政策兑现四项重点任务，统筹推进产教融合各项工作。现将全年工作总结如下。"),
    ("h", "一、主要指标完成情况"),
]
AFTER = [
    ("h", "二、主要工作及成效"),
    ("yy", "（一）产教融合型企业认定。市发展和改革局牵头，全年受理申报26家，认定市级产教融合型企业17家，累计认定46家。"
           "新认定企业主要分布在烟花爆竹、医药健康、电子信息和智能装备四个产业，其中浏阳经济技术开发区9家。"),
    ("yy", "（二）实训基地建设。市教育局牵头，全年建成产教融合实训基地7个，超额完成年度目标，新增实训工位820个。新建基地为"
           "浏阳经济技术开发区医药健康实训基地、大瑶镇烟花爆竹实训基地、北盛镇智能装备实训基地、洞阳镇电子信息实训基地、"
           "集里街道电子商务实训基地、官渡镇乡村旅游实训基地和柏加镇园林花木实训基地。"),
    ("yy", "（三）新型学徒制培养。市人力资源和社会保障局牵头，在41家企业开展企业新型学徒制培养，全年培养学徒1530人，"
           "其中1218人取得职业技能等级证书。"),
    ("yy", "（四）奖补政策兑现。市财政局会同市发展和改革局、市教育局、市人力资源和社会保障局，全年兑现产教融合奖补资金"
           "982.6万元，年初预算1240万元，预算执行率79.2%。其中：产教融合型企业一次性奖励408万元（17家，每家24万元），"
           "实训基地建设补助386万元，学徒培养补贴188.6万元。"),
    ("yy", "（五）服务平台建设。依托“花炮产教云”平台发布企业用工需求和院校专业信息，全年发布实习岗位2150个，"
           "举办校企对接活动15场。"),
    ("h", "三、存在问题"),
    ("yy", "一是产教融合型企业认定未完成年度目标，较目标少3家。二是社港镇、张坊镇尚未建立校企合作关系，区域发展不平衡。"
           "三是奖补资金执行率偏低，有3家企业的一次性奖励资金拨付超过规定时限。四是大瑶镇烟花爆竹实训基地安全防护设施"
           "与行业安全标准存在差距。"),
    ("h", "四、2026年工作打算"),
    ("yy", "一是认定市级产教融合型企业不少于20家，2026年9月30日前完成申报受理。二是新建产教融合实训基地不少于5个，"
           "2026年5月召开全市校企对接大会。三是培养企业新型学徒不少于1650人。四是2026年6月底前拨付2025年度剩余奖补资金，"
           "奖补资金在认定后15个工作日内拨付到企业。"),
]
SIGN = ["浏阳市产教融合工作领导小组办公室", "2026年1月22日"]

FICTION = ("本页为虚构测试文档，非真实政策：浏阳市及所辖镇、街道为真实地名，总结内容、数据、文号、企业和基地名称、平台名称、"
           "索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "zongjie.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def xxgk():
    o = ['<table class="xxgk">']
    for i in range(0, len(META), 2):
        pair = META[i:i + 2]
        o.append("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in pair) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def zhibiao():
    o = ['<table class="zb">', "<caption>浏阳市2025年产教融合主要指标完成情况</caption>",
         "<tr>" + "".join(f"<th>{e(h)}</th>" for h in HEAD) + "</tr>"]
    for r in ROWS:
        o.append(f'<tr><td class="l">{e(r[0])}</td>' + "".join(f"<td>{e(c)}</td>" for c in r[1:]) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_计划总结_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="计划总结">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the figures, names, dates, 索引号, 网站标识码 and ICP number '
         'are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年1月26日 星期一</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">English</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进浏阳</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">计划总结</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">862</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">']
    for cls, t in BEFORE:
        o.append(f'<p class="{cls}">{e(t)}</p>')
    o.append(zhibiao())
    for cls, t in AFTER:
        o.append(f'<p class="{cls}">{e(t)}</p>')
    for s in SIGN:
        o.append(f'<p class="sign">{e(s)}</p>')
    o.append('</div>')
    o.append('<div class="attach">相关链接：<a href="#">浏阳市深化产教融合实施方案（2024—2026年）</a></div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：浏阳市融媒体中心<br>'
             '网站标识码：4301810031　　湘ICP备20260123号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(ROWS), "rows")


if __name__ == "__main__":
    main()
