#!/usr/bin/env python3
"""Write fresh39/atushi-shiyong-zhiyin.html (虚构测试文档，非真实政策).

    cd fresh39/src && python3 make_atushi_html.py

Part (b) of the held-out pair: the 使用指引 of the held-out city's 急需紧缺人才需求目录 as the city government portal publishes it under
政务公开 > 政策解读: bold lead-ins 一、…六、 as `<p class="sub">` (how the 目录 was compiled, what it holds (figures computed from
make_atushi_docx.ROWS), how schools use it, how enterprises use it (subsidies with amounts and conditions), update cycle, contacts).
UTF-8; a new green frame (zhiyin.css): top line (date, 无障碍 / 关怀模式 / 手机版 / 登录), banner with the
site name and a search box, nav, crumb `当前位置：首页 > 政务公开 > 政策解读`, **a left column of the 栏目 (政策解读 …)**, the article in a
right column: `<h1 class="art-title">`, info line (发布时间 / 来源 / 作者 / 浏览量 / 字号), `<div class="TRS_Editor">`, 落款, tools
(打印本页 / 关闭窗口 / 收藏), 上一篇 / 下一篇, the note, footer (主办 / 承办 / 网站标识码 / 新ICP备 / 新公网安备). No table: the 目录's
figures are in the prose. The note in an HTML comment and in the last lines.
"""
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_atushi_docx as m  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "atushi-shiyong-zhiyin.html")
SITE = "阿图什市人民政府"
PAGE_TITLE = f"《{m.MULU}》使用指引"
PUBLISHED = "2026-04-17 10:30"
SOURCE = "市人力资源和社会保障局"
AUTHOR = "阿依努尔·吐尔逊"
VIEWS = "2315"
SURVEYED = 94
INDUSTRIAL = 38
TRADE = SURVEYED - INDUSTRIAL
VALID_Q = 90
VISITS = 27
CONTACTS = [
    ("目录编制、技能提升补贴和岗位实习补贴", "市人力资源和社会保障局就业和职业能力建设股", "0908-4215376"),
    ("专业设置和订单班备案", "市教育局职业教育股", "0908-4223148"),
    ("产业项目用工需求", "市发展和改革委员会产业发展股", "0908-4231605"),
]
FACTS = {
    "period": "2026年2月16日至3月20日",
    "review": "2026年3月27日（星期五）",
    "order_class": "按每生每年1000元给予补助，单个院校每年最高20万元",
    "order_terms": "每班学生不少于25人、订单协议期限不少于3年",
    "raise": "上浮20%",
    "low": "初级工由每人1000元提高到1200元",
    "mid": "中级工由每人1400元提高到1680元",
    "apprentice": "每人每年5500元",
    "internship": "按每人每月500元给予岗位实习补贴，最长不超过6个月",
    "filing": "2026年6月19日（星期五）前",
    "update": "每年4月发布",
    "midterm": "每年10月中期调整一次",
    "phones": [c[2] for c in CONTACTS],
}
FICTION = ("本页为虚构测试文档，非真实政策：阿图什市为真实地名，调查数据、补贴标准、人员、电话和网站信息均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "zhiyin.css"), encoding="utf-8").read()
SIDE = ["政策文件", "政策解读", "规划信息", "人事信息", "财政资金", "公示公告"]


def e(s):
    return html.escape(s, quote=False)


def top_industries():
    return sorted(m.INDUSTRIES, key=lambda i: -m.total(m.by_industry(i)))


def top_posts(n=3):
    return sorted(m.ROWS, key=lambda r: -r[4])[:n]


def highest_pay():
    return max(m.ROWS, key=lambda r: int(r[5].split("—")[1]))


def article():
    t = m.total()
    ti = top_industries()
    s3, s2, s1 = (m.by_star(s) for s in (m.S3, m.S2, m.S1))
    sen = m.senior()
    hp = highest_pay()
    tp = top_posts()
    p = lambda s: f"<p>{s}</p>"  # noqa: E731
    sub = lambda s: f'<p class="sub">{s}</p>'  # noqa: E731
    o = ['<div class="TRS_Editor">',
         p(f"为方便用人单位、职业院校和求职者用好《{m.MULU}》（以下简称《目录》），现就《目录》的编制情况和使用方法说明如下。"),
         sub("一、目录是怎么编出来的"),
         p(f"{FACTS['period']}，市人力资源和社会保障局会同市发展和改革委员会、市教育局，对{SURVEYED}家用人单位开展需求调查，其中工业企业"
           f"{INDUSTRIAL}家、商贸服务和医疗康养单位{TRADE}家，回收有效需求登记表{VALID_Q}份；入企走访{VISITS}家，召开企业、院校座谈会3场。"
           f"{FACTS['review']}，组织专家评审后形成《目录》。"),
         sub("二、目录里有什么"),
         p(f"《目录》共列入{len(m.INDUSTRIES)}个产业的岗位（工种）{len(m.ROWS)}个，计划招用{t}人。按紧缺程度分，★★★急需岗位"
           f"{len(s3)}个、{m.total(s3)}人，★★紧缺岗位{len(s2)}个、{m.total(s2)}人，★较紧缺岗位{len(s1)}个、{m.total(s1)}人。"),
         p(f"从产业看，{ti[0]}计划招用{m.total(m.by_industry(ti[0]))}人，占{m.pct(m.total(m.by_industry(ti[0])), t)}，居第一；"
           f"{ti[1]}{m.total(m.by_industry(ti[1]))}人，占{m.pct(m.total(m.by_industry(ti[1])), t)}；"
           f"{ti[2]}{m.total(m.by_industry(ti[2]))}人，占{m.pct(m.total(m.by_industry(ti[2])), t)}。"
           "计划招用人数最多的岗位依次是" + "、".join(f"{r[1]}{r[4]}人" for r in tp) + "。"),
         p(f"要求高级工及以上技能等级的岗位{len(sen)}个、计划招用{m.total(sen)}人，占{m.pct(m.total(sen), t)}；薪酬区间上限最高的是"
           f"{hp[0]}的{hp[1]}，每月{hp[5]}元。"),
         sub("三、职业院校怎么用"),
         p("（一）调整专业。★★★急需岗位对应的专业，2026年招生计划不低于上年；连续两年列入《目录》但本市没有对口专业的，职业院校可"
           "申请增设专业。"),
         p(f"（二）开办订单班。职业院校与《目录》内岗位的用人单位合作开办订单班，{FACTS['order_terms']}的，"
           f"{FACTS['order_class']}。订单班协议须于{FACTS['filing']}报市教育局职业教育股备案，逾期备案的下一年度再予补助。"),
         sub("四、用人单位怎么用"),
         p(f"（一）技能提升补贴。职工参加《目录》内岗位技能培训并取得职业技能等级证书的，补贴标准{FACTS['raise']}，"
           f"{FACTS['low']}，{FACTS['mid']}。"),
         p(f"（二）新型学徒制补贴。用人单位对《目录》内岗位开展新型学徒制培养的，按{FACTS['apprentice']}给予补贴，培养期最长2年。"),
         p(f"（三）岗位实习补贴。用人单位接收职业院校学生到《目录》内岗位实习、签订三方协议并按月发放实习报酬的，"
           f"{FACTS['internship']}。"),
         p("以上补贴每季度第一个月受理上一季度的申请。同一人同一年度只能享受一次技能提升补贴；已享受订单班补助的学生，不再重复计算岗位"
           "实习补贴。"),
         sub("五、目录多久更新一次"),
         p(f"《目录》{FACTS['update']}，{FACTS['midterm']}。用人单位需求有变化的，可随时向市人力资源和社会保障局反映。"),
         sub("六、咨询电话"),
         ]
    for what, unit, phone in CONTACTS:
        o.append(p(f"{what}：{unit}，{phone}。"))
    o += [f'<p class="right">{SOURCE}</p>', '<p class="right">2026年4月17日</p>', "</div>"]
    return "\n".join(o)


def page():
    nav = ["首页", "走进阿图什", "政务公开", "政务服务", "互动交流", "专题专栏"]
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_{SITE}</title>',
         f'<meta name="ArticleTitle" content="{e(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         f'<meta name="ContentSource" content="{SOURCE}">', '<meta name="ColumnName" content="政策解读">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: survey figures, subsidies, people, phones and site details are '
         'invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="topline"><div class="wrap">今天是：2026年4月17日　星期五<span class="links"><a href="#">无障碍</a>'
         '<a href="#">关怀模式</a><a href="#">手机版</a><a href="#">登录</a></span></div></div>',
         f'<div class="banner"><div class="wrap"><div class="site">{SITE}<small>ATUSHI MUNICIPAL GOVERNMENT</small></div>'
         '<div class="sch"><input type="text" name="keyword" placeholder="搜索本站内容"><button type="button">搜索</button></div>'
         '</div></div>',
         '<div class="nav"><ul class="wrap">' + "".join(
             ('<li class="on">' if n == "政务公开" else "<li>") + f'<a href="#">{n}</a></li>' for n in nav) + '</ul></div>',
         '<div class="crumb wrap">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a></div>',
         '<div class="main wrap">',
         '<div class="side"><h4>政务公开</h4><ul>' + "".join(
             ('<li class="cur">' if s == "政策解读" else "<li>") + f'<a href="#">{s}</a></li>' for s in SIDE) + '</ul></div>',
         '<div class="content">',
         f'<h1 class="art-title">{e(PAGE_TITLE)}</h1>',
         f'<div class="art-info"><span>发布时间：{PUBLISHED}</span><span>来源：{SOURCE}</span><span>作者：{AUTHOR}</span>'
         f'<span>浏览量：{VIEWS}</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>',
         article(),
         '<div class="art-tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a><a href="#">【收藏】</a></div>',
         f'<div class="prevnext">上一篇：<a href="#">阿图什市2026年春季就业援助月活动安排</a><br>'
         f'下一篇：<a href="#">阿图什市职业技能提升行动问答</a></div>',
         f'<p class="fictional">{e(FICTION)}</p>',
         '</div>', '</div>',
         f'<div class="foot">主办：{SITE}办公室　　承办：阿图什市融媒体中心　　<a href="#">网站地图</a>　<a href="#">联系我们</a><br>'
         '网站标识码：6530010004　　新ICP备2026006217号-1　　新公网安备65300102000419号</div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
