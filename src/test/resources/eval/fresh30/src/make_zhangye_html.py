#!/usr/bin/env python3
"""Write fresh30/zhangye-yanshou-tongbao.html (虚构测试文档，非真实政策).

    cd fresh30/src && python3 make_zhangye_html.py

New shape of this round: a **项目验收结果通报** (张掖市教育局 张掖市发展和改革委员会 张掖市财政局关于2026年度产教融合项目验收结果
的通报, 张教职成〔2026〕63号, 2026年9月25日) as published on the city portal (UTF-8; a new frame in blue and 丹霞 red:
tongbao.css). 张掖市人民政府 portal: top bar, banner with search box, menu, breadcrumb 当前位置：首页 > 政务公开 > 通知公告,
a 信息公开 box (a small <table>: 索引号, 发布机构, 主题分类, 文号, 成文日期, 发布日期), <h1> title, meta line (发布时间 / 来源 /
浏览次数), then in <div class="zw">: 文号 line, 主送, opening, 一、验收总体情况 with the **results table** (<table class="jg">:
序号 / 项目名称 / 承担单位 / 类型 / 验收得分 / 验收结论 / 市级补助（万元） / 尾款（万元）), 二、主要问题, 三、整改要求,
四、下一步工作, 落款; 【打印】【关闭】, the note, footer with 网站标识码 and 陇ICP备. The note is in an HTML comment and in the last lines.
Adapted from ../../fresh29/src/make_huangnan_html.py.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "zhangye-yanshou-tongbao.html")

SITE = "张掖市人民政府"
TITLE = "张掖市教育局 张掖市发展和改革委员会 张掖市财政局关于2026年度产教融合项目验收结果的通报"
PUBLISHED = "2026-09-27 16:40"
META = [("索引号", "11620700MB1A62937K/2026-01185"), ("发布机构", "张掖市教育局"), ("主题分类", "教育\\职业教育"),
        ("文　号", "张教职成〔2026〕63号"), ("成文日期", "2026-09-25"), ("发布日期", "2026-09-27")]
# 序号, 项目名称, 承担单位, 类型, 验收得分, 验收结论, 市级补助（万元）, 尾款（万元）
ROWS = [
    ("1", "张掖玉米种业产业学院", "张掖弱水职业技术学院", "产业学院", "94.5", "优秀", "200", "60"),
    ("2", "临泽县研学旅游实训基地", "临泽县职业中等专业学校", "实训基地", "92.0", "优秀", "60", "18"),
    ("3", "甘州区戈壁设施农业实训基地", "张掖市甘州区职业中等专业学校", "实训基地", "91.0", "优秀", "80", "24"),
    ("4", "高台县新能源运维公共实训中心", "高台县人力资源和社会保障局", "公共实训中心", "90.5", "优秀", "150", "45"),
    ("5", "张掖智慧物流产业学院", "张掖弱水职业技术学院", "产业学院", "88.5", "合格", "180", "54"),
    ("6", "山丹县马产业实训基地", "山丹县职业中等专业学校", "实训基地", "86.5", "合格", "70", "21"),
    ("7", "张掖经开区智能制造公共实训中心", "张掖经济技术开发区管理委员会", "公共实训中心", "85.0", "合格", "260", "78"),
    ("8", "民乐县马铃薯加工实训基地", "民乐县职业中等专业学校", "实训基地", "84.0", "合格", "50", "15"),
    ("9", "肃南裕固族民族工艺实训基地", "肃南裕固族自治县职业教育中心", "实训基地", "82.5", "合格", "40", "12"),
    ("10", "临泽县红枣精深加工实训基地", "临泽县职业中等专业学校", "实训基地", "81.0", "合格", "45", "13.5"),
    ("11", "甘州区农产品电商实训基地", "张掖市甘州区职业中等专业学校", "实训基地", "80.5", "合格", "55", "16.5"),
    ("12", "高台县道地药材种植实训基地", "高台县职业中等专业学校", "实训基地", "76.5", "限期整改", "65", "暂缓拨付"),
    ("13", "民乐县康养旅游产业学院", "民乐县职业中等专业学校", "产业学院", "72.0", "限期整改", "120", "暂缓拨付"),
    ("14", "山丹县健康照护公共实训中心", "山丹县人力资源和社会保障局", "公共实训中心", "56.5", "不合格", "90", "不予拨付"),
]
HEAD = ("序号", "项目名称", "承担单位", "类型", "验收得分", "验收结论", "市级补助（万元）", "尾款（万元）")
BEFORE = [
    ("wh", "张教职成〔2026〕63号"),
    ("zs", "各县（区）教育局、发展改革局、财政局，市属各职业院校，各项目承担单位："),
    ("", "根据《关于开展2026年度产教融合项目验收工作的通知》（张教职成〔2026〕41号），2026年8月17日至8月28日，市教育局会同市发展"
         "改革委、市财政局组织专家组，对2024年立项、建设期满的市级产教融合项目进行了现场验收。验收结果已于2026年9月14日至9月20日在"
         "张掖市教育局网站公示，公示期间未收到异议。现将验收结果通报如下："),
    ("bt", "一、验收总体情况"),
    ("", "本次共验收项目14个，平均得分82.9分。其中，验收结论为“优秀”的4个，“合格”的7个，“限期整改”的2个，“不合格”的1个，"
         "验收通过率为78.6%。14个项目市级补助资金合计1465万元，本次拨付“优秀”“合格”项目尾款共计357万元；“限期整改”项目尾款55.5万元"
         "暂缓拨付；“不合格”项目不予拨付尾款。各项目验收结果如下："),
]
AFTER = [
    ("bt", "二、验收中发现的主要问题"),
    ("", "（一）部分项目资金支出进度偏慢。高台县道地药材种植实训基地市级补助资金支出率仅为61%，部分实训设备尚未完成采购安装。"),
    ("", "（二）个别项目校企合作流于形式。民乐县康养旅游产业学院合作企业未实际参与课程开发和教学，企业兼职教师授课课时明显不足。"),
    ("", "（三）个别项目存在虚报建设内容问题。山丹县健康照护公共实训中心虚报社会培训人次，部分培训记录与实际不符，按规定直接认定为"
         "“不合格”。"),
    ("bt", "三、整改要求"),
    ("", "（一）验收结论为“限期整改”的2个项目，由项目承担单位于2026年12月28日前完成整改，所在县教育局负责督促指导；整改完成后向市"
         "教育局申请重新验收，重新验收合格的拨付尾款。"),
    ("", "（二）山丹县健康照护公共实训中心验收不合格，由山丹县财政局负责于2026年11月27日前将已拨付的市级补助资金63万元缴回市财政；"
         "山丹县人力资源和社会保障局自本通报印发之日起三年内不得申报市级产教融合项目。"),
    ("", "（三）各县（区）要举一反三，对在建的2025年度项目开展自查，发现问题及时纠正。"),
    ("bt", "四、下一步工作"),
    ("", "市财政局于2026年10月25日前拨付“优秀”“合格”项目尾款。验收结论为“优秀”的4个项目，由市教育局推荐申报省级产教融合示范项目。"
         "2025年立项的市级产教融合项目将于2027年组织验收。"),
    ("lk", "张掖市教育局　　　张掖市发展和改革委员会　　　张掖市财政局"),
    ("lk", "2026年9月25日"),
]
FICTION = ("本页为虚构测试文档，非真实政策：张掖市及所属县（区）为真实地名，通报内容、项目名称、承担单位、得分、金额、文号、索引号、"
           "网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "tongbao.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def para(cls, t):
    return f'<p class="{cls}">{e(t)}</p>' if cls else f"<p>{e(t)}</p>"


def table():
    o = ['<table class="jg">', "<caption>2026年度产教融合项目验收结果一览表</caption>",
         "<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in HEAD) + "</tr></thead>", "<tbody>"]
    o += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in ROWS]
    o.append('<tr><td colspan="6">合计</td><td>1465</td><td>357</td></tr>')
    o += ["</tbody>", "</table>"]
    return "\n".join(o)


def article():
    o = ['<div class="zw">']
    o += [para(c, t) for c, t in BEFORE]
    o.append(table())
    o += [para(c, t) for c, t in AFTER]
    o.append("</div>")
    return "\n".join(o)


def page():
    gk = "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" + ("</tr><tr>" if i % 3 == 2 and i < len(META) - 1 else "")
                 for i, (k, v) in enumerate(META))
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(TITLE)}-通知公告-{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="通知公告">',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the report, projects, schools, scores, amounts, 文号, 索引号, '
         '网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="topbar"><div class="w">您好，欢迎访问{SITE}网站！　　<a href="#">简体版</a><a href="#">繁體版</a>'
         '<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">登录</a></div></div>',
         f'<div class="banner"><div class="w"><span class="site">{SITE}<em>政府门户网站</em></span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键词"> <button type="submit">搜索</button></form></div></div>',
         '<div class="menu"><div class="w"><a href="#">首页</a><a href="#">张掖概况</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">文化旅游</a><a href="#">专题专栏</a></div></div>',
         '<div class="path">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>',
         '<div class="content">',
         f'<div class="gkxx"><table><tr>{gk}</tr></table></div>',
         f'<h1>{e(TITLE)}</h1>',
         f'<div class="meta">发布时间：{PUBLISHED}　　来源：市教育局　　浏览次数：<span id="views">386</span>　　'
         '【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>',
         article(),
         '<div class="ops"><a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>',
         f'<p class="xugou">{e(FICTION)}</p>',
         '</div>',
         f'<div class="footer"><div class="w">主办单位：{SITE}办公室　　承办单位：张掖市大数据中心<br>'
         '网站标识码：6207000024　　陇ICP备20260927号-2　　甘公网安备62070202000618号<br>'
         '建议使用1440×900以上分辨率浏览</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    assert sum(float(r[6]) for r in ROWS) == 1465
    assert sum(float(r[7]) for r in ROWS if r[5] in ("优秀", "合格")) == 357
    assert abs(sum(float(r[7]) if r[5] in ("优秀", "合格") else 0 for r in ROWS) - 357) < 1e-9
    assert abs(sum(float(r[6]) * 0.3 for r in ROWS if r[5] == "限期整改") - 55.5) < 1e-9
    assert all(abs(float(r[7]) - float(r[6]) * 0.3) < 1e-9 for r in ROWS if r[5] in ("优秀", "合格"))
    assert round(sum(float(r[4]) for r in ROWS) / len(ROWS), 1) == 82.9
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(ROWS), "projects")


if __name__ == "__main__":
    main()
