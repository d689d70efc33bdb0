#!/usr/bin/env python3
"""Write fresh34/changzhou-tuijinhui-xinwen.html (虚构测试文档，非真实政策).

    cd fresh34/src && python3 make_changzhou_html.py

New shape of this round: per region, a vocational college's 年度质量报告 (产教融合篇) and a **government portal news article**
(工作动态) about a 产教融合 event in the same city. This is part (a) of the dev pair: the news article 常州市职业教育产教融合推进会
召开 / 36个校企合作项目集中签约 (event 2026年4月16日, published 2026-04-17 08:45) as a page of the city government's portal
(UTF-8; a new frame in blue: zhengwu.css): top bar (date, 无障碍 / 长者模式 / English / 手机版), header with the site name and a
search form, a menu of <a> links, the breadcrumb 当前位置：首页 > 新闻中心 > 工作动态, <h1> with a subtitle, an info line (发布时间 /
来源 / 作者 / 浏览次数 / 字号 大 中 小), the article in **<div class="TRS_Editor">** (paragraphs, a picture caption), 责任编辑,
【打印本页】【关闭窗口】, 上一篇 / 下一篇, the note, footer with 主办 / 网站标识码 / 苏ICP备. The note is in an HTML comment and in the
last lines. The college's own figures (表1–表3 of the report) are only in changzhou-zhiliang-baogao.pdf.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "changzhou-tuijinhui-xinwen.html")

SITE = "常州市人民政府"
TITLE = "常州市召开2026年职业教育产教融合推进会"
SUBTITLE = "36个校企合作项目集中签约　协议总投资18.6亿元"
PUBLISHED = "2026-04-17 08:45"
SOURCE = "常州日报"
AUTHOR = "记者 严晓岚　通讯员 常教宣"
VIEWS = "3126"
PARAS = [
    "4月16日下午，常州市2026年职业教育产教融合推进会暨校企合作项目集中签约仪式在市会议中心东楼报告厅举行。会议总结2025年全市"
    "产教融合工作，部署2026年重点任务。副市长钟雅琴出席会议并讲话，市政府副秘书长周立恒主持会议。",
    "会上，市教育局局长曹建平通报了2025年全市产教融合工作情况。2025年，全市职业院校与4260家企业开展合作，新建产业学院11个，"
    "累计建成产业学院57个、校企共建实训基地136个；全年订单培养学生1.12万人，职业院校毕业生留常就业率达到71.6%。曹建平介绍，2026年全市将重点推进"
    "产教联合体实体化运行、企业兼职教师“百名工匠进校园”和职业院校专业动态调整三项工作，力争全年新增订单培养学生2000人。",
    "集中签约环节，36个校企合作项目现场签约，协议总投资18.6亿元，其中企业投资11.3亿元。签约项目涵盖新能源、智能装备、轨道交通、"
    "低空经济、生物医药等产业领域，包括产业学院共建项目9个、实训基地共建项目14个、订单培养项目8个、技术研发项目5个。其中，"
    "常州晋陵职业技术学院与常州翼航无人机科技有限公司签订低空经济产业学院共建协议，双方将共同建设无人机装调与检测实训中心，"
    "首期投入2800万元。",
    "PIC",
    "会前，与会人员实地观摩了常州晋陵职业技术学院动力电池检测与装配实训中心和常州德创智能装备有限公司智能工厂，详细了解"
    "“校中厂”实训模式和企业新型学徒培养情况。",
    "会议发布了《常州市深化产教融合三年行动计划（2026—2028年）》。行动计划提出，到2028年，全市建成市域产教联合体3个、行业产教"
    "融合共同体10个，培育市级产教融合型企业100家，新建市级产教融合实训基地30个，职业院校订单培养学生年均达到1.5万人。会上还公布了"
    "第二批常州市示范产业学院名单，共12个产业学院入选。",
    "常州恒锂新能源科技有限公司董事长陆振宁、常州晋陵职业技术学院校长蒋立诚分别作为企业代表和学校代表作交流发言。陆振宁介绍，"
    "企业与学校共建动力电池实训中心和订单班，三年来共接收实习学生600余人，新招技术员工中职业院校毕业生占比超过六成。"
    "蒋立诚表示，学校将以低空经济产业学院建设为契机，推动专业设置与本地产业需求紧密对接。",
    "钟雅琴指出，产教融合是职业教育高质量发展的关键一招，要把产教融合摆在服务全市产业发展的突出位置。她要求，一是聚焦重点产业链，"
    "推动专业布局与产业布局同频共振；二是压实企业主体作用，支持龙头企业牵头组建行业产教融合共同体；三是强化要素保障，"
    "2026年市财政安排职业教育产教融合专项资金8000万元，各辖市区和有关部门要抓好政策落地，确保签约项目早开工、早见效。",
    "市发展改革委、市教育局、市工业和信息化局、市人力资源社会保障局、市财政局等部门负责同志，各辖市区分管负责同志，全市职业院校"
    "和签约企业代表约260人参加会议。",
]
PIC = "图为校企合作项目集中签约现场。　记者 严晓岚 摄"
EDITOR = "责任编辑：储颖"
PREV = "上一篇：市政府召开一季度经济运行分析会"
NEXT = "下一篇：全市职业院校技能大赛开幕"
FICTION = ("本页为虚构测试文档，非真实政策：常州市为真实地名，会议、讲话、人员、学校、企业、数据和网站信息均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "zhengwu.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def article():
    o = ['<div class="TRS_Editor">']
    for p in PARAS:
        o.append(f'<p class="pic">{e(PIC)}</p>' if p == "PIC" else f"<p>{e(p)}</p>")
    o.append("</div>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(TITLE)}_工作动态_{SITE}</title>',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         f'<meta name="ContentSource" content="{SOURCE}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the meeting, speeches, people, school, companies, figures and '
         'site details are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="topbar"><div class="w1200">今天是：2026年4月17日 星期五<span class="right"><a href="#">无障碍浏览</a>'
         '<a href="#">长者模式</a><a href="#">English</a><a href="#">手机版</a></span></div></div>',
         f'<div class="header"><div class="w1200"><div class="logo">{SITE}<span>Changzhou Municipal People&#39;s Government</span></div>'
         '<form action="#"><input type="text" name="q" placeholder="请输入关键词"><button type="button">搜索</button></form>'
         '</div></div>',
         '<div class="menu"><div class="w1200"><a href="#">首页</a><a class="cur" href="#">新闻中心</a><a href="#">政务公开</a>'
         '<a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进常州</a></div></div>',
         '<div class="position w1200">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">工作动态</a></div>',
         '<div class="article w1200">',
         f'<h1>{e(TITLE)}</h1>',
         f'<div class="subtitle">{e(SUBTITLE)}</div>',
         f'<div class="info"><span>发布时间：{PUBLISHED}</span><span>来源：{SOURCE}</span><span>作者：{e(AUTHOR)}</span>'
         f'<span>浏览次数：<em>{VIEWS}</em></span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>',
         article(),
         f'<div class="editor">{e(EDITOR)}</div>',
         '<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>',
         f'<div class="prevnext"><a href="#">{e(PREV)}</a><br><a href="#">{e(NEXT)}</a></div>',
         f'<p class="note">{e(FICTION)}</p>',
         '</div>',
         f'<div class="footer"><div class="w1200">主办：常州市人民政府办公室　　承办：常州市大数据管理中心<br>'
         '网站标识码：3204000037　　苏ICP备2026041701号　　建议使用1366×768以上分辨率浏览</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
