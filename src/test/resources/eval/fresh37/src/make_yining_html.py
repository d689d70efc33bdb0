#!/usr/bin/env python3
"""Write fresh37/yining-dayi.html (虚构测试文档，非真实政策).

    cd fresh37/src && python3 make_yining_html.py

Part (b) of the dev pair: **the 填报答疑 of the 伊宁市2026年市级产教融合实训基地 申报** — 关于2026年伊宁市市级产教融合实训基地申报工作
常见问题的解答, as the 伊宁市发展和改革委员会 portal publishes it under 互动交流 > 咨询答复: a short lead, five groups of numbered
`问：` / `答：` pairs (how to fill particular fields of the 申报书, eligibility edge cases, how the 补助 is worked out and paid, the
two deadlines, the 系统 and the address, contacts), the 附件 link to the 申报书 (.doc), 落款. UTF-8; a new frame in red (dayi.css):
tool bar (date, 无障碍 / 长者模式 / 手机版), banner with site name and search box, menu, crumb line `当前位置：首页 > 互动交流 > 咨询答复`,
a left column (互动交流: 主任信箱 / 咨询答复 / 在线访谈 / 意见征集 / 常见问题), `<h1 class="wz-title">`, info line (发布时间 / 来源 /
浏览次数 / 字体), `<div class="wz-con" id="zoom">`, 附件 box, 责任编辑, 打印本页 / 关闭窗口, 相关链接, footer (主办 / 网站标识码 /
ICP备 / 公网安备). The note in an HTML comment and in the last lines.

QA holds the pairs; RESTATED the keys of make_yining_doc.FACTS whose strings the 答疑 repeats; NEW strings found only here
(../check_fresh37.py checks both).
"""
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_yining_doc import FACTS, TITLE  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "yining-dayi.html")
SITE = "伊宁市发展和改革委员会"
PAGE_TITLE = "关于2026年伊宁市市级产教融合实训基地申报工作常见问题的解答"
PUBLISHED = "2026-05-08 16:30"
SIGNED = "2026年5月8日"
SOURCE = "社会发展科"
VIEWS = "2154"
EDITOR = "俞雪薇"
F = FACTS
SUPPORT = "0999-8126450"
GROUPS = [
    ("一、申报主体和条件", [
        ("职业院校能不能作为申报主体？",
         "可以。职业院校、技工院校与企业共建实训基地的，可以作为申报主体，但须有至少1家合作企业共同参与建设，并在申报书“合作院校（企业）"
         f"名称”栏填写合作企业名称。院校申报不受“{F['registered']}”条件限制。"),
        (f"“{F['registered']}”怎么计算？",
         "以营业执照载明的成立日期为准，计算至2026年3月31日，即成立日期在2024年3月31日以前（含当日）的企业符合条件。"),
        ("实训设备原值300万元能否包含租赁设备？",
         "不能。设备原值按申报单位自有设备的购置发票或固定资产账面原值计算，租赁设备和合作院校所有的设备均不计入。"),
        ("集团下属的子公司能否单独申报？",
         "具有独立法人资格的子公司可以以自己的名义单独申报；不具有独立法人资格的分公司，须由其所属的法人单位申报。每个单位限报1个项目。"),
    ]),
    ("二、申报书填写", [
        ("“单位性质”一栏怎么勾选？",
         "只能勾选一项。企业按营业执照登记的类型勾选，国有资本参股但不控股的企业勾选“混合所有制企业”；技工院校勾选“技工院校”，"
         "不勾选“职业院校”。"),
        ("投资预算表中的“其他”可以填哪些费用？",
         f"可填写项目论证、设备安装调试等费用，合计{F['other_share']}。人员工资福利、征地拆迁和购置车辆费用不得计入申请市级补助的金额。"),
        ("推荐部门怎么确定？",
         "企业由注册地所在乡（镇）人民政府或街道办事处推荐；职业院校由市教育局推荐；技工院校由市人力资源和社会保障局推荐。"),
        ("申报书能不能手写填写？",
         "不能。申报书须用电脑填写后打印，不得涂改；承诺书中“法定代表人（签字）”一栏须由法定代表人本人手写签名。"),
    ]),
    ("三、补助标准和资金拨付", [
        ("补助金额怎么计算？",
         f"按项目总投资（不含土地和房屋建设费用）的{F['ratio']}计算，{F['cap']}。例如，项目总投资400万元的，可申请补助120万元；"
         "项目总投资600万元的，按150万元补助。"),
        ("补助资金什么时候拨付？",
         "分两次拨付。认定结果公布后拨付补助资金的60%；项目建成并通过市发展改革委、市教育局组织的验收后，拨付其余40%。"),
        ("已经获得上级资金支持的项目还能申报吗？",
         "同一建设内容已获得中央或上级财政资金支持的，不得重复申报；新增的建设内容可以申报，并在申报书“现有基础”栏说明已获支持情况。"),
    ]),
    ("四、材料报送", [
        ("电子版和纸质材料分别什么时候交？",
         f"电子版须在{F['deadline']}前通过{F['system']}上传，系统到时自动关闭；纸质材料须在2026年6月15日（星期一）18:00前送达，"
         "以送达时间为准。"),
        ("纸质材料送到哪里？什么时间接收？",
         f"送至市发展改革委社会发展科（{F['place']}），{F['copies']}。接收时间为工作日10:00—14:00、16:00—19:30。"),
        ("申报系统怎么注册？",
         f"在{F['system']}首页点击“单位注册”，使用统一社会信用代码注册账号；职业院校使用事业单位统一社会信用代码注册。系统使用中遇到问题，"
         f"可拨打技术支持电话{SUPPORT}。"),
        ("上传的电子版有什么要求？",
         "申报书和附件材料制作成一个PDF文件，须为加盖公章后的扫描件，文件大小不超过30MB，文件名统一为“单位名称＋项目名称”。"),
        ("信用报告有什么要求？",
         f"须为{F['credit_after']}从“信用中国”网站下载打印的信用报告，并加盖申报单位公章。"),
    ]),
    ("五、评审和咨询", [
        ("评审结果什么时候公布？",
         "市发展改革委会同市教育局、市人力资源和社会保障局、市财政局预计于2026年7月下旬完成专家评审，评审结果在伊宁市发展和改革委员会网站"
         f"{F['publicity']}；公示无异议的，由市发展改革委、市教育局联合发文认定。"),
        ("有问题找谁咨询？",
         f"政策咨询：市发展改革委社会发展科　{F['people'][0]}，电话{F['phones'][0]}；院校申报：市教育局职业教育科　{F['people'][1]}，"
         f"电话{F['phones'][1]}；系统操作：技术支持电话{SUPPORT}。"),
    ]),
]
QA = [qa for _, qs in GROUPS for qa in qs]
RESTATED = ["copies", "ratio", "cap", "deadline", "system", "place", "publicity", "people", "phones", "other_share", "registered",
            "credit_after"]
NEW = ["2024年3月31日以前（含当日）", "租赁设备和合作院校所有的设备均不计入", "不具有独立法人资格的分公司", "国有资本参股但不控股",
       "技工院校由市人力资源和社会保障局推荐", "手写签名", "可申请补助120万元", "按150万元补助", "拨付补助资金的60%", "拨付其余40%",
       "2026年6月15日（星期一）18:00前送达", "10:00—14:00、16:00—19:30", SUPPORT, "不超过30MB", "2026年7月下旬", "联合发文认定"]
RELATED = ["伊宁市发展和改革委员会　伊宁市教育局关于组织申报2026年市级产教融合实训基地的通知",
           "伊宁市2025年市级产教融合实训基地认定结果公示", "关于做好2026年产教融合项目储备工作的通知"]
FICTION = ("本页为虚构测试文档，非真实政策：伊宁市为真实地名，文号、申报条件、补助标准、时间、地址、人员、电话和网站信息均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "dayi.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def article():
    o = ['<div class="wz-con" id="zoom">',
         "<p>近期，我委收到不少企业和院校关于2026年市级产教融合实训基地申报工作的咨询。现将申报书填写和材料报送中的常见问题解答如下，"
         "请各申报单位认真对照填报。</p>"]
    n = 0
    for head, qs in GROUPS:
        o.append(f"<h3>{e(head)}</h3>")
        for q, a in qs:
            n += 1
            o.append(f'<p class="wen">{n}．问：{e(q)}</p>')
            o.append(f'<p class="da">答：{e(a)}</p>')
    o += [f'<p class="lk">{SITE}</p>', f'<p class="lk">{SIGNED}</p>', "</div>"]
    return "\n".join(o)


def page():
    side = ["主任信箱", "咨询答复", "在线访谈", "意见征集", "常见问题"]
    menu = ["首页", "机构职能", "政务公开", "发展规划", "项目建设", "价格管理", "互动交流"]
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_咨询答复_{SITE}</title>',
         f'<meta name="ArticleTitle" content="{e(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         f'<meta name="ContentSource" content="{SOURCE}">', '<meta name="ColumnName" content="咨询答复">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: 文号, conditions, amounts, dates, address, people and site details are '
         'invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="toolbar"><div class="wrap">2026年5月8日　星期五<span class="r"><a href="#">无障碍</a><a href="#">长者模式</a>'
         '<a href="#">手机版</a><a href="#">登录</a></span></div></div>',
         f'<div class="banner"><div class="wrap"><div class="site">{SITE}<small>YINING DEVELOPMENT AND REFORM COMMISSION</small></div>'
         '<div class="so"><input type="text" name="keyword" placeholder="请输入搜索内容"><a href="#">搜 索</a></div></div></div>',
         '<div class="nav"><ul class="wrap">' + "".join(
             ('<li class="on">' if m == "互动交流" else "<li>") + f'<a href="#">{m}</a></li>' for m in menu) + '</ul></div>',
         '<div class="crumb wrap">当前位置：<a href="#">首页</a> &gt; <a href="#">互动交流</a> &gt; <a href="#">咨询答复</a></div>',
         '<div class="main wrap">',
         '<div class="lm"><div class="lm-t">互动交流</div><ul>' + "".join(
             ('<li class="cur">' if s == "咨询答复" else "<li>") + f'<a href="#">{s}</a></li>' for s in side) + '</ul></div>',
         '<div class="rm">',
         f'<h1 class="wz-title">{e(PAGE_TITLE)}</h1>',
         f'<div class="wz-info"><span>发布时间：{PUBLISHED}</span><span>来源：{SOURCE}</span><span>浏览次数：{VIEWS}</span>'
         '<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
         article(),
         f'<div class="fj">附件：<a href="#">{e(TITLE)}.doc</a></div>',
         f'<div class="zrbj">责任编辑：{EDITOR}</div>',
         '<div class="wz-opt"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>',
         '<div class="xglj"><h4>相关链接</h4><ul>' + "".join(f'<li><a href="#">{e(r)}</a></li>' for r in RELATED) + '</ul></div>',
         f'<p class="fictional">{e(FICTION)}</p>',
         '</div>', '</div>',
         f'<div class="foot">主办单位：{SITE}　　地址：伊宁市新华西路358号　　<a href="#">网站地图</a>　<a href="#">联系我们</a><br>'
         '网站标识码：6540020017　　新ICP备2026001837号-1　　新公网安备65400202000215号</div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
