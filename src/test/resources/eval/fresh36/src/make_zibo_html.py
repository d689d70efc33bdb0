#!/usr/bin/env python3
"""Write fresh36/zibo-tujie.html (虚构测试文档，非真实政策).

    cd fresh36/src && python3 make_zibo_html.py

Part (b) of the held-out pair: **the 图解 of the city's 2026 产教融合工作要点** as a 政务新媒体 article — the share page (H5) of an
article the city's 发展和改革委员会 posted as a 政务号 on a city news client: the text-only version of an infographic in a
mobile layout (h5.css): sticky app bar (client name, 打开APP), `<h1 class="art-h">`, author row (account, 政务号 tag, 关注, time,
阅读), `<div class="art-body">` of `<section>`s — lead box, numbered parts `01`…`05` with figures split from their units
(`<span class="n">20</span><span class="u">家</span>`), 政策红包 rows, a 时间表, Q&A (`Q：` / `A：`), 关键词 chips, 来源 / 编辑 /
审核 lines — then 政策原文 link box, topics, toolbar (点赞 / 收藏 / 分享), 相关推荐, 评论, download banner, copyright. UTF-8; the
note in an HTML comment and in the last lines.

NUMBERS holds every figure the 图解 pulls out with the words of the 工作要点 it comes from (../check_fresh36.py: each in both).
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "zibo-tujie.html")

APP = "齐都云"
ACCOUNT = "淄博发改"
ORIG = "淄博市发展和改革委员会　淄博市教育局关于印发《淄博市2026年产教融合工作要点》的通知"
TITLE = "图解丨一图读懂《淄博市2026年产教融合工作要点》"
PUBLISHED = "2026-03-20 17:45"
READS = "1.3万"
EDITOR, REVIEWER = "綦文静", "毕德胜"
NUMBERS = [
    ("3", "个", "新组建行业产教融合共同体", "新组建行业产教融合共同体3个"),
    ("20", "家", "新培育市级产教融合型企业　总数达到86家", "新培育市级产教融合型企业20家，总数达到86家"),
    ("6", "个", "新建市级产教融合实训基地　总数达到24个", "新建市级产教融合实训基地6个，总数达到24个"),
    ("2", "个", "市级现场工程师学院", "建设市级现场工程师学院2个"),
    ("45", "个", "订单班　培养学生1500人", "开设订单班45个、培养学生1500人"),
    ("5", "万人次", "企业职工技能培训", "开展企业职工技能培训5万人次"),
    ("65%", "以上", "职业院校毕业生留淄就业率", "留淄就业率达到65%以上"),
    ("6000", "万元", "市级产教融合专项资金", "市级财政安排产教融合专项资金6000万元"),
]
PARTS = [
    ("高水平建设市域产教联合体", ["淄博新材料产业市域产教联合体　52家单位共同参与", "二季度完成理事会换届",
                                  "“月调度、季通报”", "实体化运营中心9月底前投入使用", "陶瓷琉璃、生物医药、智能装备　共同体3个"]),
    ("深化产教协同育人", ["现场工程师学院2个　专项培养学员不少于300人", "市级产业学院5个", "订单班45个　培养学生1500人",
                          "现代学徒制试点专业8个　企业新型学徒培训1200人", "选派260名教师到企业实践　兼职教师350名",
                          "“双师型”教师比例达到65%"]),
    ("建设共享型实训基地", ["新建市级产教融合实训基地6个", "每个基地年社会培训不少于800人次",
                            "储备项目不少于15个　总投资不少于20亿元"]),
    ("壮大产教融合型企业队伍", ["新培育20家　推荐8家申报省级", "“产教融合专项贷”　新增贷款不少于8亿元"]),
    ("提高人才供给适配度", ["新增专业10个　停招专业6个", "紧缺专业招生占比达到70%", "技能培训5万人次　新增高技能人才6000人",
                            "“校企面对面”招聘活动12场"]),
    ("加强要素保障", ["专项资金6000万元", "地方教育附加用于职业教育不低于30%", "纳入区县高质量发展综合绩效考核",
                      "每半年通报1次　典型案例12个"]),
]
REDPACKET = [
    "现场工程师学院：每个200万元建设支持",
    "市级产业学院：每个80万元建设补助",
    "市级产教融合实训基地：按项目实际投资额的20%补助，单个项目最高250万元",
    "新认定市级产教融合型企业：一次性奖励20万元",
    "首次认定为省级产教融合型企业：再给予一次性奖励30万元",
    "兴办职业教育投资：按投资额的30%抵免教育费附加和地方教育附加",
    "政府性融资担保：担保费率不超过1%",
]
TIMELINE = [
    ("一季度", "安排产教融合专项资金6000万元"),
    ("二季度", "联合体理事会换届；完成招生专业调整；完成2027年中央预算内投资项目申报"),
    ("上半年", "发布市级产教融合型企业申报通知"),
    ("9月底前", "实体化运营中心投入使用；开设订单班45个"),
    ("三季度", "组建行业产教融合共同体3个；实训基地组织申报"),
    ("10月底前", "公布市级产教融合型企业认定名单"),
    ("四季度", "实训基地完成评审；新建市级产业学院5个"),
    ("年底前", "现场工程师学院建成；评选典型案例12个"),
]
QA = [
    ("Q：新认定为市级产教融合型企业能拿多少奖励？", "A：一次性奖励20万元；首次认定为省级的，再奖励30万元。"),
    ("Q：实训基地怎么补？", "A：按项目实际投资额的20%给予补助，单个项目最高250万元。"),
    ("Q：今年职业院校毕业生留淄就业有什么目标？", "A：留淄就业率达到65%以上，全年举办“校企面对面”招聘活动12场。"),
    ("Q：这些任务由哪些部门负责？", "A：每项任务都明确了责任单位，排在第一位的为牵头单位，具体见原文附件《淄博市2026年产教融合重点任务清单》。"),
]
KEYWORDS = ["市域产教联合体", "现场工程师", "产业学院", "订单培养", "开放共享", "留淄就业", "政策红包"]
RECOMMEND = ["图解丨淄博市2026年重点项目建设计划来了", "淄博新材料产业市域产教联合体召开理事会", "2026年市级产教融合型企业申报即将启动"]
FICTION = ("本页为虚构测试文档，非真实政策：淄博市为真实地名，文号、目标任务、金额、人员、账号和客户端均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "h5.css"), encoding="utf-8").read()
CN = ["01", "02", "03", "04", "05"]


def e(s):
    return html.escape(s, quote=False)


def hd(k, text):
    return f'<p class="hd"><b>{CN[k]}</b>{e(text)}</p>'


def body():
    o = ['<div class="art-body" id="artBody">',
         '<section class="lead"><p>近日，市发展改革委、市教育局联合印发《淄博市2026年产教融合工作要点》。今年全市产教融合工作怎么干？'
         '一图带你读懂！👇</p></section>']
    cards = "".join(f'<div class="card"><span class="n">{e(n)}</span><span class="u">{e(u)}</span><p class="t">{e(l)}</p></div>'
                    for n, u, l, _ in NUMBERS)
    o.append(f'<section>{hd(0, "2026年工作目标")}<p class="row">以淄博新材料产业市域产教联合体为龙头</p>'
             f'<p class="row">联合体实体化运营</p>{cards}</section>')
    parts = "".join(f'<p><strong>{e(h)}</strong></p>' + "".join(f'<p class="row">{e(b)}</p>' for b in bs) for h, bs in PARTS)
    o.append(f'<section>{hd(1, "6大板块　19项重点任务")}{parts}</section>')
    rp = "".join(f'<p class="row">{e(r)}</p>' for r in REDPACKET)
    o.append(f'<section>{hd(2, "政策红包")}{rp}<p class="row">市级财政安排产教融合专项资金'
             '<span class="n">6000</span><span class="u">万元</span></p></section>')
    tl = "".join(f'<p class="row"><strong>{e(w)}</strong>　{e(t)}</p>' for w, t in TIMELINE)
    o.append(f'<section class="time">{hd(3, "时间表")}{tl}</section>')
    qa = "".join(f'<p class="q">{e(q)}</p><p class="a">{e(a)}</p>' for q, a in QA)
    o.append(f'<section class="qa">{hd(4, "你问我答")}{qa}</section>')
    kw = "".join(f"<span>{e(k)}</span>" for k in KEYWORDS)
    o.append(f'<section><p><strong>关键词</strong></p><p class="tagline">{kw}</p></section>')
    o.append('<section><p>一图读懂《淄博市2026年产教融合工作要点》</p><p>19项重点任务　'
             '<span class="n">6000</span><span class="u">万元</span>专项资金</p></section>')
    o.append(f'<section class="src"><p>来源：淄博市发展和改革委员会　淄博市教育局</p><p>编辑：{EDITOR}　审核：{REVIEWER}</p></section>')
    o.append("</div>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">',
         f'<title>{e(TITLE)}</title>', f'<meta name="description" content="{e(TITLE)}">',
         f'<meta property="og:title" content="{e(TITLE)}">', f'<meta property="og:site_name" content="{APP}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: 文号, targets, amounts, people, the account and the client are '
         'invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<header class="app-bar"><span class="brand">{APP}</span><span class="open">打开APP</span></header>',
         '<div class="art-wrap">',
         f'<h1 class="art-h">{e(TITLE)}</h1>',
         f'<div class="author-row"><span class="av"></span><div><span class="nm">{ACCOUNT}</span><span class="tag">政务号</span><br>'
         f'<span class="tm">{PUBLISHED}</span>　<span class="rd">阅读 {READS}</span></div><span class="fo">+关注</span></div>',
         body(),
         '</div>',
         f'<div class="orig">政策原文：<a href="#">{e(ORIG)}</a></div>',
         '<div class="topics">#产教融合　#淄博政策</div>',
         '<div class="toolbar"><span>点赞 128</span><span>收藏</span><span>分享</span></div>',
         '<div class="recommend"><h3>相关推荐</h3><ul>' + "".join(f"<li>{e(r)}</li>" for r in RECOMMEND) + "</ul></div>",
         '<div class="comment">评论（0）　写评论…</div>',
         f'<p class="fict">{e(FICTION)}</p>',
         f'<div class="dl-banner"><span>打开{APP}APP，阅读更多政务资讯</span><span class="btn">立即打开</span></div>',
         f'<div class="copy">{APP}　版权所有</div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
