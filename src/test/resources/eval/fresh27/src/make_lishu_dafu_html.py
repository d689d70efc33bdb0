#!/usr/bin/env python3
"""Write fresh27/lishu-jianyi-dafu.html (虚构测试文档，非真实政策).

    cd fresh27/src && python3 make_lishu_dafu_html.py

New shape of this round: a **人大代表建议答复函** on a county portal page (UTF-8; the frame of fresh26's 办事指南 page in blue:
dafu.css). 梨树县人民政府 portal: top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 建议提案办理 >
人大代表建议, a 信息公开 box (索引号, 主题分类, 发布机构, 文号, 成文日期, 发布日期 as <span>s, no table), <h1> title, info line
(发布时间 / 来源 / 浏览次数), then the letter in <div class="article">: 文号 with 签发人, 答复类别 `A类`, addressee `苗秀芝代表：`,
the 建议 restated, 一、已开展的工作 （一）–（三） (figures: 合作企业23家, 412名 / 186名, 135万元, the county 办法 cited with its
文号), 二、下一步工作 （一）–（四） (dates, targets, 120万元, 牵头 / 配合 units), **one measures table** (`<table class="cs">`:
序号 / 工作措施 / 目标任务 / 完成时限 / 责任单位, 4 rows), thanks, 联系单位 / 联系人 / 联系电话, 落款 and date, `抄送：…`, 公开属性;
【打印本页】【关闭窗口】, footer with 网站标识码 and 吉ICP备. The fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "lishu-jianyi-dafu.html")

SITE = "梨树县人民政府"
TITLE = "梨树县教育局关于县十九届人大五次会议第37号建议的答复"
PUBLISHED = "2026-05-29 10:15"
DOCNO = "梨教建复〔2026〕12号"
META = [("索 引 号", "220322-JYJ-2026-00086"), ("主题分类", "教育\\建议提案办理"), ("发布机构", "梨树县教育局"),
        ("文　　号", DOCNO), ("成文日期", "2026-05-26"), ("发布日期", "2026-05-29")]
BODY = [
    ("no", DOCNO),
    ("p", "答复类别：A类"),
    ("to", "苗秀芝代表："),
    ("p", "您在县十九届人大五次会议上提出的《关于加快推进职业院校与本地企业合作的建议》（第37号）收悉。本建议由我局主办，"
          "县人力资源和社会保障局、县工业和信息化局会办。您在建议中提出，县内职业院校与本地企业合作不够紧密，学生实习大多去了"
          "县外，本地企业招不到技术工人，建议县里出台激励政策、建立校企对接渠道。经认真研究并征求会办单位意见，现答复如下："),
    ("h", "一、已开展的工作"),
    ("p", "（一）合作企业逐步增加。梨树县职业技术教育中心（以下简称县职教中心）现有合作企业23家，其中县内企业14家，合作专业"
          "覆盖农机装备、食品加工、电子商务等。2025年，县职教中心共安排412名学生到合作企业实习，其中在县内企业实习的有186名。"),
    ("p", "（二）县级资金持续投入。2024年以来，县财政累计投入校企合作资金135万元，支持县职教中心与企业共建校内生产车间3个。"),
    ("p", "（三）激励政策已经出台。2026年4月，县政府办公室印发《梨树县校企合作奖励办法》（梨政办发〔2026〕9号），在四平市"
          "实习补贴基础上，对接收县职教中心学生实习的县内企业，县级再按每人每月200元给予补贴。"),
    ("h", "二、下一步工作"),
    ("p", "（一）扩大合作范围。2026年12月底前，县职教中心合作企业增加到35家，其中县内企业不少于22家。"),
    ("p", "（二）建立常态化对接机制。由县教育局牵头，县人力资源和社会保障局、县工业和信息化局配合，每学期组织1次校企对接会，"
          "首次对接会于2026年9月下旬在县职教中心举办，重点推介县内用工企业。"),
    ("p", "（三）加大资金保障。2026年县财政安排校企合作奖励资金120万元，由县教育局会同县财政局按季度拨付。"),
    ("p", "（四）引导学生在本地实习。县职教中心从2026年秋季学期起优先安排学生到县内合作企业实习，力争县内实习人数占比达到"
          "60%以上。"),
    ("p", "主要工作措施及责任分工如下："),
    ("table", None),
    ("p", "感谢您对全县职业教育工作的关心和支持，欢迎继续提出宝贵意见和建议。"),
    ("p", "联系单位：梨树县教育局职业与成人教育股"),
    ("p", "联系人：邢俊峰　　联系电话：0434-5230617"),
    ("lb", "梨树县教育局"),
    ("lb", "2026年5月26日"),
    ("cc", "抄送：县人大常委会人事代表工作委员会，县政府督查室。"),
    ("to", "公开属性：主动公开"),
]
MEASURES_HEAD = ["序号", "工作措施", "目标任务", "完成时限", "责任单位"]
MEASURES = [
    ("1", "新增合作企业", "合作企业达到35家（县内企业不少于22家）", "2026年12月底前", "县教育局"),
    ("2", "举办校企对接会", "每学期1次", "2026年9月下旬首次举办", "县教育局、县人力资源和社会保障局、县工业和信息化局"),
    ("3", "兑现县级实习补贴", "县内企业接收实习学生不少于260名", "2026年12月底前", "县教育局、县财政局"),
    ("4", "共建校内生产车间", "新建2个", "2027年7月底前", "县工业和信息化局、县职教中心"),
]
FICTION = ("本页为虚构测试文档，非真实政策：梨树县、四平市为真实地名，建议、答复内容、文号、人员、电话、索引号、网站标识码和备案号"
           "均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "dafu.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def measures():
    o = ['<table class="cs">', "<tr>" + "".join(f"<th>{e(h)}</th>" for h in MEASURES_HEAD) + "</tr>"]
    for n, m, t, d, u in MEASURES:
        o.append(f'<tr><td class="c">{n}</td><td>{e(m)}</td><td>{e(t)}</td><td class="c">{e(d)}</td><td>{e(u)}</td></tr>')
    o.append("</table>")
    return "\n".join(o)


def article():
    o = ['<div class="article">']
    for kind, text in BODY:
        if kind == "no":
            o.append(f'<p class="no">{e(text)}<span>签发人：沈立群</span></p>')
        elif kind == "h":
            o.append(f"<h3>{e(text)}</h3>")
        elif kind == "table":
            o.append(measures())
        elif kind == "p":
            o.append(f"<p>{e(text)}</p>")
        else:
            o.append(f'<p class="{kind}">{e(text)}</p>')
    o.append("</div>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(TITLE)}_建议提案办理_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="人大代表建议">',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the 建议, the reply, 文号, people, phone numbers, 索引号, '
         '网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年6月2日 星期二</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">手机版</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">梨树概况</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">政民互动</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">建议提案办理</a> &gt; '
         '<a href="#">人大代表建议</a></div>',
         '<div class="main">',
         '<div class="xxgk">' + "".join(f"<span>{e(k)}：{e(v)}</span>" for k, v in META) + "</div>",
         f'<h1>{e(TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：县教育局　　浏览次数：<span id="hits">173</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         article(),
         '<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>',
         f'<p class="fiction">{e(FICTION)}</p>',
         '</div>',
         f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：梨树县政务服务和数字化建设管理局<br>'
         '网站标识码：2203220019　　吉ICP备20260526号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(MEASURES), "measures")


if __name__ == "__main__":
    main()
