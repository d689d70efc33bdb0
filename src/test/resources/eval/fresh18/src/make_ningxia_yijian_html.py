#!/usr/bin/env python3
"""Write fresh18/ningxia-chanjiao-yijian.html (虚构测试文档，非真实政策).

    cd fresh18/src && python3 make_ningxia_yijian_html.py

Copied from fresh17/src/make_hainan_banfa_html.py (same frame, other colours): an article page of the autonomous region's
government portal (UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 自治区政府办公厅文件,
a 信息公开 table (索引号, 主题分类, 发文机关, 文号, 成文日期, 发布日期, 有效性) — the only table —, <h1> title, info line
发布时间/来源/浏览次数/字号 大 中 小; the body, **every line a <p>**: 文号, addressee, preamble (依据 国办发〔2017〕95号),
一、…三、 as <p><strong>, （一）…（五） as <p>s, the tasks 1.…14. as <p>s **each ending with a responsibility note in
parentheses** (`（责任单位：…按职责分工负责）` or `（…牵头，…配合）`), 组织实施 (联席会议, 分工方案 deadline, yearly report), 施行 and
有效期, signature, date, 公开 line; then 相关附件 (no download link text), 【打印本页】【关闭窗口】, footer with 网站标识码 and
宁ICP备. The fictional note is in an HTML comment and in the last lines.
Kept out (earlier lines on places in 宁夏 — see README, nineteenth set): 产业学院, 企业实践, 技师, 申请表, 下载, 审计, 职称, 报酬,
导师; no other place of 宁夏 is named.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "ningxia-chanjiao-yijian.html")

SITE = "宁夏回族自治区人民政府"
PAGE_TITLE = "宁夏回族自治区人民政府办公厅关于深化产教融合推进职业教育与产业协同发展的实施意见"
PUBLISHED = "2026-05-22 09:40"
SOURCE = "自治区人民政府办公厅"
DOCNO = "宁政办规发〔2026〕8号"
META = [("索 引 号", "NX0130-2026-0418"), ("主题分类", "教育\\职业教育"), ("发文机关", "宁夏回族自治区人民政府办公厅"),
        ("文　　号", DOCNO), ("成文日期", "2026-05-19"), ("发布日期", "2026-05-22"), ("有 效 性", "有效")]
TO = "各市、县（区）人民政府，自治区政府各部门、各直属机构："
SIGN = ["宁夏回族自治区人民政府办公厅", "2026年5月19日"]

BODY = [
    ("p", "为贯彻落实《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），推动职业教育与我区新型材料、清洁能源、"
          "葡萄酒、枸杞、肉牛、文化旅游等重点产业协同发展，经自治区人民政府同意，现提出如下实施意见。"),
    ("h", "一、总体要求"),
    ("p", "坚持需求导向、企业主体、校企协同、开放共享，推动职业教育专业链与产业链精准对接。到2027年，全区培育自治区级产教融合型"
          "企业150家以上，建成产教融合实训基地40个，每个设区的市至少组建1个市域产教联合体，年均培养企业学徒6000人，职业院校"
          "专业与重点产业匹配度达到90%以上。"),
    ("h", "二、重点任务"),
    ("p", "（一）推动产教规划融合"),
    ("p", "1.统筹专业布局。每年6月底前发布全区重点产业人才需求目录，引导职业院校动态调整专业设置。（责任单位：自治区教育厅、"
          "发展改革委、人力资源社会保障厅按职责分工负责）"),
    ("p", "2.推进园区产教融合。支持国家级、自治区级开发区与职业院校共建产教融合园区，2027年底前建成8个。（自治区发展改革委牵头，"
          "自治区教育厅、商务厅配合）"),
    ("p", "3.组建市域产教联合体。以设区的市为单位，由龙头企业、职业院校、普通高校共同组建市域产教联合体，成员单位不少于32家。"
          "（责任单位：各设区的市人民政府，自治区教育厅、发展改革委）"),
    ("p", "（二）发挥企业主体作用"),
    ("p", "4.培育产教融合型企业。自治区级产教融合型企业认定每年组织一次。对新认定的自治区级产教融合型企业，自治区财政给予"
          "一次性奖励27万元。（自治区发展改革委牵头，自治区教育厅、工业和信息化厅、财政厅配合）"),
    ("p", "5.推行企业学徒培养。支持企业与职业院校联合招收学徒，自治区财政按每名学徒每年3700元给予企业补贴，累计补贴不超过24个月；"
          "招收脱贫家庭学生为学徒的，每人每年增加500元。（自治区人力资源社会保障厅牵头，自治区教育厅、财政厅、农业农村厅配合）"),
    ("p", "6.支持企业参与办学。鼓励企业以资本、技术、设备、管理等要素参与举办职业教育，支持国有企业与职业院校共建专业。"
          "（自治区教育厅牵头，自治区财政厅、国资委配合）"),
    ("p", "（三）共建共享实训资源"),
    ("p", "7.建设产教融合实训基地。支持企业与职业院校共建产教融合实训基地，对认定的自治区级产教融合实训基地，按设备投入的26%给予"
          "一次性补助，最高不超过95万元；设备投入不足280万元的，不予补助。（自治区教育厅牵头，自治区发展改革委、财政厅、"
          "人力资源社会保障厅配合）"),
    ("p", "8.推动实训资源开放共享。自治区级产教融合实训基地每年面向中小微企业职工和社会人员开展技能培训不少于1700人次。"
          "（自治区人力资源社会保障厅牵头，自治区教育厅配合）"),
    ("p", "（四）促进供需精准对接"),
    ("p", "9.建设供需对接平台。建设“塞上职教链”平台，归集企业岗位需求和院校人才培养信息，2026年10月底前上线运行。"
          "（自治区发展改革委牵头，自治区教育厅、人力资源社会保障厅配合）"),
    ("p", "10.开展校企联合招生。支持职业院校与企业联合招生、联合培养，2027年底前联合培养规模达到职业院校在校生的20%以上。"
          "（自治区教育厅牵头，自治区人力资源社会保障厅配合）"),
    ("p", "11.开展职工技能提升培训。依托产教融合型企业和职业院校开展职工技能提升培训，全区每年培训不少于5万人次。"
          "（自治区人力资源社会保障厅牵头，自治区总工会、教育厅配合）"),
    ("p", "（五）强化政策保障"),
    ("p", "12.加大财政支持。自治区财政统筹相关资金支持产教融合重点项目；各市、县（区）可在自治区级奖补基础上给予配套奖补，"
          "市、县（区）奖补与自治区级奖补可叠加享受。（自治区财政厅牵头，自治区发展改革委、教育厅配合）"),
    ("p", "13.发挥国有企业带动作用。自治区属国有企业每年至少与1所职业院校开展深度合作，2026年底前实现区属重点国有企业全覆盖。"
          "（自治区国资委牵头，自治区教育厅配合）"),
    ("p", "14.加强宣传引导。每年组织一次产教融合典型案例征集推广活动。（责任单位：自治区教育厅、发展改革委，各设区的市人民政府"
          "按职责分工负责）"),
    ("h", "三、组织实施"),
    ("p", "（一）加强统筹协调。建立自治区深化产教融合联席会议制度，由自治区发展改革委、教育厅共同牵头，联席会议办公室设在自治区"
          "发展改革委，每半年召开1次会议。"),
    ("p", "（二）细化任务分工。各设区的市人民政府要于2026年7月25日前制定本地任务分工方案，报自治区发展改革委备案。"),
    ("p", "（三）强化督促落实。各责任单位每年11月25日前将落实情况报送联席会议办公室，由联席会议办公室汇总后报自治区人民政府。"),
    ("p", "本意见自2026年6月18日起施行，有效期5年。"),
]
FICTION = ("本页为虚构测试文档，非真实政策：宁夏回族自治区为真实地名，文号、内容、金额、日期、平台名称、索引号、网站标识码"
           "和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #f6efe6; }
.top { background: #8c1c13; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #8c1c13; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #a8321f; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
table.xxgk { width: 100%; border-collapse: collapse; font-size: 13px; margin-bottom: 24px; background: #fbf7f2; }
table.xxgk th { width: 12%; text-align: right; padding: 6px 8px; font-weight: normal; color: #555; }
table.xxgk td { width: 38%; padding: 6px 8px; }
h1 { font-size: 22px; text-align: center; color: #111; line-height: 1.6; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 4px; }
.article p.no { text-align: center; text-indent: 0; }
.article p.to { text-indent: 0; }
.article p.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.article p.bt { text-align: center; text-indent: 0; font-size: 20px; font-weight: bold; margin: 28px 0 12px; }
.article h3 { text-align: center; font-size: 17px; margin: 18px 0 8px; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #8c1c13; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #4a2a22; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def xxgk():
    o = ['<table class="xxgk">']
    for i in range(0, len(META), 2):
        pair = META[i:i + 2]
        o.append("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in pair)
                 + ("<th></th><td></td>" if len(pair) == 1 else "") + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_自治区政府办公厅文件_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="自治区政府办公厅文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the 实施意见, its 文号, figures, dates, the platform name, '
         '索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年5月22日 星期五</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">English</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">走进宁夏</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; '
         '<a href="#">自治区政府办公厅文件</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">2768</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>']
    for kind, text in BODY:
        o.append(f'<p><strong>{e(text)}</strong></p>' if kind == "h" else f'<p>{e(text)}</p>')
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append('<p>（此件公开发布）</p>')
    o.append('</div>')
    o.append('<div class="attach">相关附件：无</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公厅　　承办：{SITE}办公厅政务公开办<br>'
             '网站标识码：6400000093　　宁ICP备20260519号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
