#!/usr/bin/env python3
"""Write fresh38/wusu-qianyue-tongbao.html (虚构测试文档，非真实政策).

    cd fresh38/src && python3 make_wusu_html.py

Part (b) of the held-out pair: **the 签约成果通报** of the held-out city's 2026 产教融合洽谈会, as the city 教育局 portal publishes it
under 工作动态 > 通知公告: a lead, 一、基本情况 (who came, the 岗位目录, the totals), 二、签约项目清单 as an HTML `<table>` (序号 / 项目名称 /
院校 / 企业 / 合作内容 / 协议金额（万元） / 签约类型, a 合计 row), 三、签约项目总体情况 (by 签约类型, by school, the largest project),
四、下一步工作, 五、联系人, 落款. UTF-8; a blue frame (tongbao.css): top bar (date, 无障碍浏览 / 长者模式 / 简体 / 繁體 /
手机版), header with the site name and a search box, menu, crumb `当前位置：首页 > 工作动态 > 通知公告`, `<h1 class="title">`, meta line
(发布时间 / 来源 / 浏览次数 / 字号), `<div class="TRS_Editor">`, 责任编辑, 打印 / 关闭, share line, footer (主办 / 地址 / 网站标识码 /
ICP备 / 公网安备). The note in an HTML comment and in the last lines.

PROJECTS holds the rows (the totals in the text are computed from them); RESTATED the keys of make_wusu_pdf.FACTS that the 通报
repeats; NEW strings found only here (../check_fresh38.py checks both).
"""
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_wusu_pdf import EVENT, FACTS, VENUE, HOSTS, ORGANIZERS, DUTIES  # noqa: E402
from make_jiyuan_md import fmt  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "wusu-qianyue-tongbao.html")
SITE = "乌苏市教育局"
PAGE_TITLE = f"{EVENT}签约成果通报"
PUBLISHED = "2026-06-26 11:40"
SIGNED = "2026年6月26日"
SOURCE = "职业教育股"
VIEWS = "1376"
EDITOR = "帕丽旦·艾山"
HEAD = ["序号", "项目名称", "院校", "企业", "合作内容", "协议金额（万元）", "签约类型"]
TYPES = ["正式协议", "续签协议", "意向协议"]
ZZ = "乌苏市中等职业技术学校"
JG = "乌苏市技工学校"
NJ = "乌苏市农业机械化学校"
# (项目名称, 院校, 企业, 合作内容, 协议金额（万元）, 签约类型)
PROJECTS = [
    ("化工工艺订单培养", ZZ, "乌苏金盛石油化工有限公司", "开设化工工艺订单班2个，培养学生80人", "160", "正式协议"),
    ("棉纺织实训车间共建", JG, "乌苏绿洲棉业有限公司", "共建棉纺织实训车间，企业投入纺纱设备12台", "210", "正式协议"),
    ("番茄制品检测实训室", NJ, "乌苏红果番茄制品有限公司", "共建食品检测实训室，开展质检员培训", "58", "正式协议"),
    ("煤化工设备运行学徒制培养", JG, "乌苏恒通煤化工有限公司", "开展企业新型学徒制培养，学徒35人", "87.5", "正式协议"),
    ("农机维修技术服务站", NJ, "乌苏丰禾农业机械有限公司", "共建农机维修技术服务站，开展农机驾驶和维修培训300人次", "45", "续签协议"),
    ("电力运行订单培养", ZZ, "乌苏众和电力有限公司", "开设电力运行订单班1个，培养学生40人", "64", "正式协议"),
    ("仓储物流实训基地", ZZ, "乌苏畅达物流有限公司", "共建仓储物流实训基地", "120", "意向协议"),
    ("畜牧兽医实习基地", NJ, "乌苏天牧畜牧有限公司", "共建畜牧兽医实习基地，每年接收实习学生60人", "76", "续签协议"),
    ("建材检测人才联合培养", JG, "乌苏鑫源建材有限公司", "联合培养建材检测人才", "30", "意向协议"),
    ("化工安全培训中心", ZZ, "乌苏金盛石油化工有限公司", "共建化工安全培训中心，开展在岗职工安全培训800人次", "240", "正式协议"),
]
ATTENDANCE = "全市6所职业院校和技工院校、98家企业的约240名代表参加"
DEMAND = "涉及紧缺岗位1240个"
INTENTIONS = "达成合作意向31项"
INTENT_DEADLINE = "2026年10月31日前"
RESTATED = ["venue"]
FICTION = ("本页为虚构测试文档，非真实政策：乌苏市为真实地名，通报中的签约项目、院校、企业、金额、人员、电话和网站信息均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "tongbao.css"), encoding="utf-8").read()
RELATED = ["乌苏市教育局关于做好2026年职业院校招生工作的通知", "乌苏市2026年职业教育活动周活动安排"]


def e(s):
    return html.escape(s, quote=False)


def total(rows=PROJECTS):
    return sum(float(r[4]) for r in rows)


def by_type(t):
    rows = [r for r in PROJECTS if r[5] == t]
    return len(rows), total(rows)


def by_school(s):
    return sum(1 for r in PROJECTS if r[1] == s)


def largest():
    return max(PROJECTS, key=lambda r: float(r[4]))


def article():
    n = len(PROJECTS)
    big = largest()
    ld = {d[1]: d for d in DUTIES}
    rs = ld["市人力资源和社会保障局职业能力建设股"]
    jy = ld["市教育局职业教育股"]
    o = ['<div class="TRS_Editor">',
         f"<p>2026年6月18日，{EVENT}在{VENUE}举办。洽谈会由" + "、".join(HOSTS) + "主办，" + "、".join(ORGANIZERS) +
         "承办。现将洽谈会签约成果通报如下。</p>",
         "<h3>一、基本情况</h3>",
         f"<p>本次洽谈会{ATTENDANCE}。洽谈会发布了《乌苏市2026年企业紧缺岗位目录》，{DEMAND}。现场签约校企合作项目{n}个，"
         f"协议金额合计{fmt(total())}万元；专场洽谈环节{INTENTIONS}。</p>",
         "<h3>二、签约项目清单</h3>",
         '<table>', "<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in HEAD) + "</tr></thead>", "<tbody>"]
    for i, r in enumerate(PROJECTS, 1):
        o.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in [str(i)] + list(r)) + "</tr>")
    o += [f'<tr><td colspan="5">合计</td><td>{fmt(total())}</td><td></td></tr>', "</tbody>", "</table>",
          "<p>注：续签协议为原有合作协议期满后重新签订的协议；意向协议项目的协议金额为预计金额。</p>",
          "<h3>三、签约项目总体情况</h3>",
          "<p>从签约类型看，" + "，".join(f"{t}{by_type(t)[0]}个、协议金额{fmt(by_type(t)[1])}万元" for t in TYPES) + "。</p>",
          f"<p>从签约院校看，{ZZ}签约{by_school(ZZ)}个，{JG}签约{by_school(JG)}个，{NJ}签约{by_school(NJ)}个。"
          f"签约企业{len({r[2] for r in PROJECTS})}家，其中乌苏金盛石油化工有限公司签约2个项目。"
          f"单个项目协议金额最高的是“{big[0]}”项目，协议金额{big[4]}万元。</p>",
          "<h3>四、下一步工作</h3>",
          "<p>（一）跟踪落实签约项目。市人力资源和社会保障局建立签约项目跟踪台账，每两个月调度一次项目进展，签约院校于每双月5日前报送"
          "项目实施情况。</p>",
          f"<p>（二）推动意向项目落地。签订意向协议的项目，力争于{INTENT_DEADLINE}签订正式协议；专场洽谈达成的合作意向，由市工业和信息化局"
          "逐项对接，成熟一个、签约一个。</p>",
          "<p>（三）加强政策支持。对签约项目中符合条件的，优先推荐申报市级产教融合实训基地和产教融合型企业；对按期完成订单培养任务的企业，"
          "在评优评先中予以倾斜。</p>",
          "<h3>五、联系人</h3>",
          f"<p>市人力资源和社会保障局职业能力建设股　{rs[2]}，联系电话：{rs[3]}；市教育局职业教育股　{jy[2]}，联系电话：{jy[3]}。</p>",
          f'<p class="sign">{SITE}</p>', f'<p class="sign">{SIGNED}</p>', "</div>"]
    return "\n".join(o)


def page():
    menu = ["首页", "机构概况", "工作动态", "政务公开", "职业教育", "办事服务", "互动交流"]
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{e(PAGE_TITLE)}-{SITE}</title>',
         f'<meta name="ArticleTitle" content="{e(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         f'<meta name="ContentSource" content="{SOURCE}">', '<meta name="ColumnName" content="通知公告">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: projects, schools, companies, amounts, people, phones and site '
         'details are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top-bar"><div class="w1200">2026年6月26日　星期五<span class="fr"><a href="#">无障碍浏览</a><a href="#">长者模式</a>'
         '<a href="#">简体</a><a href="#">繁體</a><a href="#">手机版</a></span></div></div>',
         f'<div class="header"><div class="w1200"><div class="logo">{SITE}<span>WUSU EDUCATION BUREAU</span></div>'
         '<div class="search"><input type="text" name="q" placeholder="请输入关键字"><button type="button">搜索</button></div></div></div>',
         '<div class="menu"><ul class="w1200">' + "".join(
             ('<li class="active">' if m == "工作动态" else "<li>") + f'<a href="#">{m}</a></li>' for m in menu) + '</ul></div>',
         '<div class="position w1200">当前位置：<a href="#">首页</a> &gt; <a href="#">工作动态</a> &gt; <a href="#">通知公告</a></div>',
         '<div class="article w1200">',
         f'<h1 class="title">{e(PAGE_TITLE)}</h1>',
         f'<div class="meta"><span>发布时间：{PUBLISHED}</span><span>来源：{SOURCE}</span><span>浏览次数：{VIEWS}</span>'
         '<span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
         article(),
         f'<div class="editor">责任编辑：{EDITOR}</div>',
         '<div class="tools"><a href="#">【打印】</a><a href="#">【关闭】</a></div>',
         '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
         '<div class="related"><h4>相关文章</h4><ul>' + "".join(f'<li><a href="#">{e(r)}</a></li>' for r in RELATED) + '</ul></div>',
         f'<p class="fictional">{e(FICTION)}</p>',
         '</div>',
         f'<div class="footer">主办单位：{SITE}　　地址：乌苏市迎宾路12号　　<a href="#">网站地图</a>　<a href="#">联系我们</a><br>'
         '网站标识码：6542020003　　新ICP备2026004518号-1　　新公网安备65420202000347号</div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
