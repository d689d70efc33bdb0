#!/usr/bin/env python3
"""Write fresh36/jincheng-tujie.html (虚构测试文档，非真实政策).

    cd fresh36/src && python3 make_jincheng_html.py

Part (b) of the dev pair: **the 政策图解 “一图读懂” of the 晋城市2026年产教融合工作要点** as the 晋城市发展和改革委员会 portal
publishes it under 政策解读 > 图解政策 — the text-only version of an infographic (the portal's 图片文字版): short headline lines,
the figures pulled out and split from their units (`<span class="shu">15</span><span class="dw">家</span>`), 关键词 chips, a
问答 block, a 时间节点 block, a link back to the original. UTF-8; a new frame in blue (tujie.css): top line (date, 无障碍 / 长者模式
/ 繁體), head with site name and search form, menu, position line `您当前的位置：首页 > 政策解读 > 图解政策`, a left column (政策解读:
文字解读 / 图解政策 / 专家解读 / 媒体解读 / 政策问答), the article: `<h1 class="art-title">`, info line (发布时间 / 信息来源 / 浏览次数 /
字体), a 解读文件 box (the original's title, 文号, 解读机关), `<div class="TRS_Editor">` with the 图解 blocks, 原文链接, 责任编辑, share /
print / close, 相关解读, footer (主办 / 网站标识码 / ICP备 / 公网安备). The note in an HTML comment and in the last lines.

NUMBERS holds every figure the 图解 pulls out, with the words of the 工作要点 it comes from (../check_fresh36.py: each in both).
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "jincheng-tujie.html")

SITE = "晋城市发展和改革委员会"
ORIG = "晋城市产教融合工作领导小组办公室关于印发《晋城市2026年产教融合工作要点》的通知"
DOC_NO = "晋市产教办〔2026〕2号"
TITLE = "【图解】一图读懂《晋城市2026年产教融合工作要点》"
PUBLISHED = "2026-03-05 10:12"
SOURCE = "社会发展科"
VIEWS = "1736"
EDITOR = "牛晓丹"
# (figure, unit, label under it, the words of the 工作要点 the figure comes from)
NUMBERS = [
    ("1", "个", "晋城光机电产业市域产教联合体　实体化运行", "晋城光机电产业市域产教联合体实现实体化运行"),
    ("2", "个", "新组建行业产教融合共同体", "新组建行业产教融合共同体2个"),
    ("15", "家", "新培育市级产教融合型企业　累计达到52家", "新培育市级产教融合型企业15家，累计达到52家"),
    ("4", "个", "新认定市级产教融合实训基地　累计达到15个", "新认定市级产教融合实训基地4个，累计达到15个"),
    ("60", "个", "订单班、冠名班　招收学生1800人", "开设订单班、冠名班60个，招收学生1800人"),
    ("3.2", "万人次", "企业职工技能培训", "开展企业职工技能培训3.2万人次"),
    ("58%", "以上", "职业院校毕业生本地就业率", "本地就业率达到58%以上"),
    ("4800", "万元", "市级产教融合专项资金", "市级财政安排产教融合专项资金4800万元"),
]
# 6 个方面, 20 项重点任务: (heading, [bullets])
AREAS = [
    ("推动市域产教联合体实体化运行", ["第一季度召开联合体理事会年度会议", "6月底前建成产教资源共享平台　归集信息不少于500条",
                                      "组建煤层气、智能铸造行业产教融合共同体2个"]),
    ("深化校企协同育人", ["订单班、冠名班60个　招收学生1800人", "现代学徒制试点专业10个　企业新型学徒制培训1500人",
                          "新建市级产业学院3个　每个补助100万元", "选派200名专业课教师到企业实践　聘请兼职教师300名",
                          "“双师型”教师比例达到60%", "实习学生责任保险全覆盖"]),
    ("建设高水平实训基地", ["新认定市级产教融合实训基地4个", "按设备投入的30%补助　单个基地最高不超过200万元",
                            "每个基地年开展社会培训不少于500人次", "争取上级资金不少于3000万元"]),
    ("培育产教融合型企业", ["新培育15家　择优推荐5家申报省级", "新认定的给予一次性奖励30万元",
                            "“产教融合贷”　新增贷款不少于5亿元", "年度评价不合格的移出名单"]),
    ("提升技术技能人才供给质量", ["新增专业8个　停招专业5个", "职工技能培训3.2万人次　新增高技能人才4000人",
                                  "校企供需对接活动不少于10场　本地就业率58%以上"]),
    ("强化组织保障", ["市级产教融合专项资金4800万元", "地方教育附加用于职业教育的比例不低于30%",
                      "纳入县（市、区）政府履行教育职责评价", "每季度调度1次　遴选典型案例10个"]),
]
KEYWORDS = ["实体化运行", "共同体", "订单培养", "产业学院", "双师型", "开放共享", "组合式激励", "本地就业"]
QA = [
    ("新认定的市级产教融合型企业有奖励吗？", "有。对新认定的市级产教融合型企业给予一次性奖励30万元。"),
    ("实训基地补助怎么算？", "按设备投入的30%给予补助，单个基地最高不超过200万元。"),
    ("新建的市级产业学院能拿多少补助？", "每个给予一次性建设补助100万元。"),
    ("企业投资兴办职业教育有什么政策？", "投资符合规定的，可按投资额的30%抵免当年应缴教育费附加和地方教育附加。"),
    ("4800万元专项资金主要用在哪？", "主要用于实训基地建设、产业学院建设、产教融合型企业奖励、职工技能培训和“双师型”教师培养培训。"),
    ("各项任务由谁牵头？", "每项任务都明确了牵头单位和配合单位，详见原文附件《晋城市2026年产教融合重点任务分解表》。"),
]
TIMELINE = [
    ("第一季度", "召开联合体理事会年度会议；下达4800万元专项资金"),
    ("第二季度", "启动市级产教融合型企业申报；完成2027年中央预算内投资项目申报"),
    ("6月底前", "产教资源共享平台上线运行；完成2026年招生专业调整"),
    ("第三季度", "完成市级产教融合实训基地认定；组建2个行业产教融合共同体"),
    ("9月底前", "开设订单班、冠名班60个"),
    ("11月底前", "完成市级产教融合型企业年度评价"),
    ("第四季度", "完成市级产教融合型企业认定；新建3个市级产业学院"),
    ("12月20日前", "各牵头单位报送全年工作总结"),
]
RELATED = ["【文字解读】《晋城市2026年产教融合工作要点》政策解读", "【媒体解读】晋城：以市域产教联合体为牵引推动产教深度融合",
           "【图解】一图读懂晋城市2026年国民经济和社会发展计划"]
FICTION = ("本页为虚构测试文档，非真实政策：晋城市为真实地名，文号、目标任务、金额、人员和网站信息均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")
ON = '<li class="on">'
CSS = open(os.path.join(HERE, "tujie.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def blocks():
    o = ['<div class="TRS_Editor">', '<p class="tip">（本图解由晋城市发展和改革委员会制作，以下为图片文字版）</p>']
    o.append('<div class="tu"><p class="big">一图读懂</p><p class="big">晋城市2026年产教融合工作要点</p>'
             f'<p>晋城市产教融合工作领导小组办公室印发</p><p>{e(DOC_NO)}</p></div>')
    o.append('<div class="tu"><h4>总体要求</h4><p>以产兴教　以教促产</p><p>以市域产教联合体建设为牵引</p>'
             '<p>推动教育链、人才链与产业链、创新链有机衔接</p><p>服务光机电、煤层气、智能铸造等产业转型发展</p></div>')
    nums = "".join(f'<p><span class="shu">{e(n)}</span><span class="dw">{e(u)}</span></p><p class="lb">{e(l)}</p>'
                   for n, u, l, _ in NUMBERS)
    o.append(f'<div class="tu"><h4>主要目标</h4><p>到2026年底</p><p>8组数字看目标</p>{nums}</div>')
    areas = "".join(f'<p class="big">{["一", "二", "三", "四", "五", "六"][i]}　{e(h)}</p><ul>'
                    + "".join(f"<li>{e(b)}</li>" for b in bs) + "</ul>" for i, (h, bs) in enumerate(AREAS))
    o.append(f'<div class="tu"><h4>重点任务</h4><p><span class="shu">6</span><span class="dw">个方面</span>　'
             f'<span class="shu">20</span><span class="dw">项重点任务</span></p>{areas}</div>')
    kw = "".join(f"<span>#{e(k)}</span>" for k in KEYWORDS)
    o.append(f'<div class="tu"><h4>关键词</h4><p class="kw">{kw}</p></div>')
    qa = "".join(f'<p class="q">问：{e(q)}</p><p class="a">答：{e(a)}</p>' for q, a in QA)
    o.append(f'<div class="tu"><h4>划重点·您关心的问题</h4>{qa}</div>')
    tl = "".join(f'<p class="tl"><b>{e(w)}</b>　{e(t)}</p>' for w, t in TIMELINE)
    o.append(f'<div class="tu"><h4>时间节点</h4>{tl}</div>')
    o.append('<div class="tu"><p class="big">一图读懂</p><p>晋城市2026年产教融合工作要点</p>'
             '<p><span class="shu">4800</span><span class="dw">万元</span>专项资金　'
             '<span class="shu">20</span><span class="dw">项</span>重点任务</p>'
             '<p>解读：晋城市发展和改革委员会社会发展科</p><p>设计制作：晋城市融媒体中心</p></div>')
    o.append("</div>")
    return "\n".join(o)


def page():
    side = ["文字解读", "图解政策", "专家解读", "媒体解读", "政策问答"]
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{e(TITLE)}-图解政策-{SITE}</title>',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         f'<meta name="ContentSource" content="{SOURCE}">', '<meta name="ColumnName" content="图解政策">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: 文号, targets, amounts, people and site details are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="topline"><div class="w">今天是：2026年3月5日　星期四<span class="fr"><a href="#">无障碍</a><a href="#">长者模式</a>'
         '<a href="#">繁體</a><a href="#">English</a></span></div></div>',
         f'<div class="head"><div class="w"><div class="logo">{SITE}<em>JINCHENG DEVELOPMENT AND REFORM COMMISSION</em></div>'
         '<div class="sch"><input type="text" name="searchword" placeholder="请输入关键字"><button type="button">搜索</button></div>'
         '</div></div>',
         '<div class="menu"><ul class="w"><li><a href="#">首页</a></li><li><a href="#">机构概况</a></li><li><a href="#">政务公开</a></li>'
         '<li class="cur"><a href="#">政策解读</a></li><li><a href="#">发展规划</a></li><li><a href="#">项目建设</a></li>'
         '<li><a href="#">互动交流</a></li></ul></div>',
         '<div class="position w">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">图解政策</a></div>',
         '<div class="box w">',
         '<div class="side"><h3>政策解读</h3><ul>' + "".join(
             (ON if s == "图解政策" else "<li>") + f'<a href="#">{s}</a></li>' for s in side) + '</ul></div>',
         '<div class="content">',
         f'<h1 class="art-title">{e(TITLE)}</h1>',
         f'<div class="art-info"><span>发布时间：{PUBLISHED}</span><span>信息来源：{SOURCE}</span><span>浏览次数：{VIEWS}</span>'
         '<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
         f'<div class="jdwj"><b>解读文件：</b><a href="#">{e(ORIG)}</a>（{e(DOC_NO)}）<br><b>解读机关：</b>{SITE}</div>',
         blocks(),
         f'<div class="yuanwen">原文链接：<a href="#">{e(ORIG)}</a></div>',
         f'<div class="bj">责任编辑：{EDITOR}</div>',
         '<div class="opt"><span class="share">分享到：微信　微博　QQ空间</span><span class="act"><a href="#">打印</a>'
         '<a href="#">收藏</a><a href="#">关闭</a></span></div>',
         '<div class="xgjd"><h5>相关解读</h5><ul>' + "".join(f'<li><a href="#">{e(r)}</a></li>' for r in RELATED) + '</ul></div>',
         f'<p class="fictional">{e(FICTION)}</p>',
         '</div>', '</div>',
         f'<div class="bottom"><div class="w">主办单位：{SITE}　　联系我们　　网站地图<br>'
         '网站标识码：1405000012　　晋ICP备2026002713号-1　　晋公网安备14050202000318号</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
