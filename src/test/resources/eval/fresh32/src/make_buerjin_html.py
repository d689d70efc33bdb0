#!/usr/bin/env python3
"""Write fresh32/buerjin-beian-tongzhi.html (虚构测试文档，非真实政策).

    cd fresh32/src && python3 make_buerjin_html.py

New shape of this round: the **notice on the 备案 of 校企合作协议** (布尔津县教育局　布尔津县人力资源和社会保障局关于做好校企合作协议
备案工作的通知, 布教发〔2026〕27号, 2026年8月19日) as published on the portal of the 布尔津县人民政府 (UTF-8; a new frame in lake blue
and amber: tongzhi.css): top bar (date, 无障碍 / 关怀版 / 手机版), banner with the site name and a search form, a menu of <a> links,
the position line 您现在的位置：首页 > 政务公开 > 政策文件 > 部门文件, an 信息公开 **<table class="xxgk-info">** of th/td pairs
(索引号, 发文机关, 文号, 主题分类, 成文日期, 发布日期), <h1> title, meta line (发布时间 / 来源 / 阅读次数 / 字号), then in
<div class="TRS_Editor" id="zoom"> the 文号, addressee, paragraphs (一、…九、 headings as their own paragraphs), 落款, then the
**附件 link list** (<div class="fujian"> with a <ul> of two <a> links: the 范本 as .pdf, the 备案表 as .xlsx); 【打印本页】【关闭窗口】,
扫一扫 line, the note, footer with 网站标识码, 新ICP备 and 新公网安备. The note is in an HTML comment and in the last lines.
Deadlines, the online system, materials, 审核, consequences, annual report and contacts are only here; the obligations, periods and
shares of a 协议 are the 范本's (buerjin-xieyi-fanben.pdf) and are not repeated. Adapted from ../../fresh31/src/make_xilinguole_html.py.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "buerjin-beian-tongzhi.html")

SITE = "布尔津县人民政府"
TITLE = "布尔津县教育局　布尔津县人力资源和社会保障局关于做好校企合作协议备案工作的通知"
WH = "布教发〔2026〕27号"
DATE = "2026年8月19日"
PUBLISHED = "2026-08-21 11:05"
META = [("索引号", "116543217263104588/2026-00512"), ("发文机关", "布尔津县教育局"), ("文　　号", WH),
        ("主题分类", "教育\\职业教育"), ("成文日期", "2026-08-19"), ("发布日期", "2026-08-21")]
ADDRESSEE = "县职业技术学校，县直有关单位，各有关企业："
BODY = [
    ("", "为规范校企合作行为，保障学生实习期间的合法权益，县教育局、县人力资源和社会保障局印制了《布尔津县校企合作协议（示范文本）》"
         "（以下简称《示范文本》）。现就做好校企合作协议备案工作通知如下："),
    ("h", "一、备案对象"),
    ("", "（一）本县职业学校与企业签订的订单培养、岗位实习、共建实训基地、师资互聘和职工培训协议，由学校向县教育局备案。"),
    ("", "（二）县外职业院校与本县企业签订的岗位实习、订单培养协议，由本县企业向县人力资源和社会保障局备案。"),
    ("h", "二、备案时限"),
    ("", "（一）新签订的协议，应当自签订之日起10个工作日内备案。"),
    ("", "（二）本通知印发前签订且仍在履行的协议，应当于2026年11月13日前完成备案。"),
    ("", "（三）已备案协议变更、解除的，应当在变更、解除后5个工作日内报告原备案部门。"),
    ("h", "三、备案办理方式"),
    ("", "备案通过“额河校企通”布尔津县校企合作协议备案服务系统网上办理，系统入口设在布尔津县人民政府门户网站“办事服务”栏目，学校和企业"
         "使用法人账号登录。暂不具备网上办理条件的企业，可以携带材料到县政务服务中心教育窗口现场办理。使用《示范文本》签订的协议，"
         "备案时勾选“示范文本”选项即可；未使用的，应当在备案表中说明与《示范文本》不一致的主要条款。"),
    ("h", "四、备案材料"),
    ("", "（一）布尔津县校企合作协议备案表（附件2）；"),
    ("", "（二）加盖双方公章的协议文本扫描件；"),
    ("", "（三）企业营业执照复印件；"),
    ("", "（四）涉及岗位实习的，提供实习责任保险投保证明。"),
    ("h", "五、审核"),
    ("", "县教育局（县外院校协议为县人力资源和社会保障局）自收到材料之日起8个工作日内完成审核。审核通过的，出具备案编号，并在备案系统中"
         "公开协议名称、合作双方和合作期限；材料需要补正的，一次性告知补正内容，补正时间不计入审核时限。"),
    ("h", "六、备案结果的使用"),
    ("", "已备案的协议作为认定产教融合型企业、申报县级以上实训基地的依据，也是学校申报校企合作项目的必备材料。"),
    ("h", "七、未备案的处理"),
    ("", "未按期备案的协议，不作为认定产教融合型企业和申报实训基地的依据；学校不得安排学生到未备案协议的企业开展岗位实习。对连续两年"
         "未按要求备案的企业，取消其参加县级校企合作示范企业评选的资格。"),
    ("h", "八、年度报告"),
    ("", "每年12月22日前，学校和办理备案的企业通过备案系统报送当年协议履行情况。"),
    ("h", "九、联系方式"),
    ("", "县教育局职业教育股：努尔兰·哈力克，电话0906-6521837"),
    ("", "县人力资源和社会保障局职业能力建设股：蔺春燕，电话0906-6523094"),
    ("", "备案咨询邮箱：bejxqba@126.com"),
]
SIGN = ["布尔津县教育局　　布尔津县人力资源和社会保障局", DATE]
ATTACH = [("/uploadfiles/2026/08/buerjin-xqxy-fanben.pdf", "1. 布尔津县校企合作协议（示范文本）.pdf"),
          ("/uploadfiles/2026/08/buerjin-xqxy-beianbiao.xlsx", "2. 布尔津县校企合作协议备案表.xlsx")]
FICTION = ("本页为虚构测试文档，非真实政策：布尔津县为真实地名，通知内容、备案系统、人员、电话、邮箱、文号、索引号、网站标识码和备案号均为"
           "虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "tongzhi.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def p(cls, t):
    return f'<p class="{cls}">{e(t)}</p>' if cls else f"<p>{e(t)}</p>"


def article():
    o = ['<div class="TRS_Editor" id="zoom">', p("wh", WH), p("addr", ADDRESSEE)]
    o += [p(c, t) for c, t in BODY]
    o += [p("sign", s) for s in SIGN]
    o.append("</div>")
    o.append('<div class="fujian"><span>附件：</span><ul>' +
             "".join(f'<li><a href="{h}" target="_blank">{e(t)}</a></li>' for h, t in ATTACH) + "</ul></div>")
    return "\n".join(o)


def page():
    rows = [META[i:i + 2] for i in range(0, len(META), 2)]
    box = "".join("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in r) + "</tr>" for r in rows)
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(TITLE)}-{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="部门文件">',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, system, people, phones, e-mail, 文号, 索引号, '
         '网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="topbar"><div class="wrap">欢迎访问{SITE}门户网站　今天是2026年8月21日 星期五<span class="fr">'
         '<a href="#">无障碍</a><a href="#">关怀版</a><a href="#">手机版</a></span></div></div>',
         f'<div class="banner"><div class="wrap"><div class="sitename">{SITE}<em>政务公开　政务服务　互动交流</em></div>'
         '<form action="#"><input type="text" name="q" placeholder="请输入关键词"><button type="button">站内搜索</button></form>'
         '</div></div>',
         '<div class="menu"><div class="wrap"><a href="#">首页</a><a href="#">走进布尔津</a><a class="cur" href="#">政务公开</a>'
         '<a href="#">办事服务</a><a href="#">互动交流</a><a href="#">文旅布尔津</a></div></div>',
         '<div class="position wrap">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a>'
         ' &gt; <a href="#">部门文件</a></div>',
         '<div class="content-box wrap">',
         f'<table class="xxgk-info">{box}</table>',
         f'<h1 class="art-title">{e(TITLE)}</h1>',
         f'<div class="art-meta">发布时间：{PUBLISHED}　　来源：县教育局　　阅读次数：<span id="count">367</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         article(),
         '<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>',
         '<div class="qrcode">扫一扫在手机打开当前页</div>',
         f'<p class="note">{e(FICTION)}</p>',
         '</div>',
         f'<div class="footer"><div class="wrap">主办单位：{SITE}办公室　　技术支持：布尔津县融媒体中心<br>'
         '网站标识码：6543210004　　新ICP备20260819号-1　　新公网安备65432102000317号<br>'
         '建议使用1280×800以上分辨率浏览</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
