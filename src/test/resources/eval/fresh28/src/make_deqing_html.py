#!/usr/bin/env python3
"""Write fresh28/deqing-jixiao-mubiao.html (虚构测试文档，非真实政策).

    cd fresh28/src && python3 make_deqing_html.py

New shape of this round: a **项目支出绩效目标表** as published on a county portal's 预算公开 page (UTF-8; the frame of
fresh27's page in green: mubiao.css). 德清县人民政府 portal: top bar, logo and search box, nav, breadcrumb 当前位置：首页 >
政务公开 > 财政预决算 > 部门预算, a 信息公开 box (索引号, 主题分类, 发布机构, 成文日期, 发布日期, 公开方式 as <span>s), <h1> title,
info line (发布时间 / 来源 / 浏览次数), then in <div class="article">: an opening paragraph, **table 1** (`<table class="xm">`:
项目名称, 主管部门, 实施单位, 项目属性, 项目期, 项目负责人 / 联系电话, 年度资金总额 / 项目期资金总额, 财政拨款 / 其他资金,
项目主要内容, 年度总体目标 1.–3.), **table 2** (`<table class="zb">`, the indicator table: 一级指标 / 二级指标 / 三级指标 / 指标值, 一级 and
二级 cells with rowspan), 备注, 填报 / 审核 units; 【打印本页】【关闭窗口】, footer with 网站标识码 and 浙ICP备. The note is in an
HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "deqing-jixiao-mubiao.html")

SITE = "德清县人民政府"
TITLE = "德清县教育局2026年度产教融合实训基地建设专项资金项目支出绩效目标表"
PUBLISHED = "2026-02-10 16:42"
META = [("索 引 号", "113305210025918K/2026-00214"), ("主题分类", "财政\\预决算"), ("发布机构", "德清县教育局"),
        ("成文日期", "2026-02-06"), ("发布日期", "2026-02-10"), ("公开方式", "主动公开")]
INTRO = ("根据县财政局关于做好2026年部门预算公开工作的要求，现将德清县教育局2026年度产教融合实训基地建设专项资金项目支出"
         "绩效目标公开如下。")
# table 1: rows of (label, value) pairs; one pair = the value spans three columns
XM = [
    [("项目名称", "产教融合实训基地建设专项资金")],
    [("主管部门", "德清县教育局"), ("实施单位", "德清县职业教育中心")],
    [("项目属性", "延续项目"), ("项目期", "3年（2025年1月—2027年12月）")],
    [("项目负责人", "朱晓东"), ("联系电话", "0572-8421635")],
    [("年度资金总额", "860万元"), ("项目期资金总额", "2460万元")],
    [("其中：财政拨款", "720万元"), ("其他资金", "140万元")],
    [("项目主要内容", "支持县职业教育中心与县内企业共建校企合作实训基地，购置实训设备，改造提升校内实训室，开展学生实训、实习和"
                "企业职工技能培训。")],
    [("年度总体目标", ["1.新建校企合作实训基地5个，改造提升实训室8间，服务地理信息、通用航空、高端装备、绿色家居等县内主导产业。",
                  "2.全年组织学生参加实训1200人次以上，合作企业接收实习学生300人以上，学生职业技能等级证书获取率达到85%以上。",
                  "3.面向合作企业职工开展技能培训500人次以上，推动实训基地校企共建共管、持续运行。"])],
]
ZB_HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
ZB = [  # (一级, 二级, 三级, 指标值); None = covered by the cell above (rowspan)
    ("产出指标", "数量指标", "新建校企合作实训基地数量", "≥5个"),
    (None, None, "改造提升实训室数量", "≥8间"),
    (None, None, "参训学生人次", "≥1200人次"),
    (None, None, "企业接收实习学生人数", "≥300人"),
    (None, "质量指标", "学生职业技能等级证书获取率", "≥85%"),
    (None, "时效指标", "实训基地建成投用时间", "2026年10月底前"),
    (None, None, "资金拨付及时率", "≥90%"),
    ("成本指标", "经济成本指标", "单个实训基地平均建设补助", "≤100万元"),
    (None, None, "生均实训耗材费用", "≤400元"),
    ("效益指标", "社会效益指标", "合作企业录用实习毕业生人数", "≥120人"),
    (None, None, "企业职工技能培训人次", "≥500人次"),
    (None, "可持续影响指标", "签订3年以上校企合作协议的企业数", "≥5家"),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    (None, None, "合作企业满意度", "≥90%"),
]
AFTER = [("p", "备注：其他资金为合作企业投入资金；指标值中“≥”表示不低于，“≤”表示不高于。本项目绩效目标已经县财政局审核，"
               "执行中确需调整的，按程序报县财政局同意后重新公开。"),
         ("nb", "填报单位：德清县教育局　　审核单位：德清县财政局　　填报日期：2026年1月28日")]
FICTION = ("本页为虚构测试文档，非真实政策：德清县、湖州市为真实地名，项目、资金、绩效指标、人员、电话、索引号、网站标识码和备案号"
           "均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "mubiao.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def xm_table():
    o = ['<table class="xm">']
    for row in XM:
        if len(row) == 1:
            k, v = row[0]
            if isinstance(v, list):
                cell = "<br>".join(e(x) for x in v)
            else:
                cell = e(v)
            o.append(f"<tr><th>{e(k)}</th><td colspan=\"3\">{cell}</td></tr>")
        else:
            o.append("<tr>" + "".join(f"<th>{e(k)}</th><td>{e(v)}</td>" for k, v in row) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def span(col, i):
    n = 1
    while i + n < len(ZB) and ZB[i + n][col] is None:
        n += 1
    return f' rowspan="{n}"' if n > 1 else ""


def zb_table():
    o = ['<table class="zb">', "<tr>" + "".join(f"<th>{e(h)}</th>" for h in ZB_HEAD) + "</tr>"]
    for i, (a, b, c, v) in enumerate(ZB):
        cells = ""
        if a is not None:
            cells += f'<td class="c"{span(0, i)}>{e(a)}</td>'
        if b is not None:
            cells += f'<td class="c"{span(1, i)}>{e(b)}</td>'
        cells += f"<td>{e(c)}</td><td class=\"c\">{e(v)}</td>"
        o.append(f"<tr>{cells}</tr>")
    o.append("</table>")
    return "\n".join(o)


def article():
    o = ['<div class="article">', f"<p>{e(INTRO)}</p>", '<p class="cap">一、项目基本信息</p>', xm_table(),
         '<p class="cap">二、绩效指标</p>', zb_table()]
    for cls, t in AFTER:
        o.append(f'<p class="{cls}">{e(t)}</p>' if cls != "p" else f"<p>{e(t)}</p>")
    o.append("</div>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(TITLE)}_部门预算_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="部门预算">',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the project, amounts, indicators, people, phone numbers, 索引号, '
         '网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年2月12日 星期四</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">English</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进德清</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">政民互动</a><a href="#">数据开放</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政预决算</a> &gt; '
         '<a href="#">部门预算</a></div>',
         '<div class="main">',
         '<div class="xxgk">' + "".join(f"<span>{e(k)}：{e(v)}</span>" for k, v in META) + "</div>",
         f'<h1>{e(TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：县教育局　　浏览次数：<span id="hits">96</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         article(),
         '<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>',
         f'<p class="fiction">{e(FICTION)}</p>',
         '</div>',
         f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：德清县大数据发展管理中心<br>'
         '网站标识码：3305210047　　浙ICP备20260210号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(ZB), "indicators")


if __name__ == "__main__":
    main()
