#!/usr/bin/env python3
"""Write fresh17/hainan-chanjiao-qiye-banfa.html (虚构测试文档，非真实政策).

    cd fresh17/src && python3 make_hainan_banfa_html.py

An article page of the provincial development-and-reform commission's portal (UTF-8; frame of make_huzhu_fangan_html.py,
other colours): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 规范性文件, a 信息公开
table (索引号, 发文机关, 文号, 成文日期, 发布日期, 有效性), <h1> title, info line 发布时间/来源/浏览次数/字号 大 中 小; the body:
文号, addressee, the 印发 text (依据 国办发〔2017〕95号 and 发改社会〔2019〕590号), five-body signature, date, 公开 line, then
the 办法: title, the chapters 第一章…第六章 as <h3>, the articles 第一条…第二十二条 as <p>s (items （一）… as <p>s of their own),
the contact line (no list of 申报材料: a region-free `unstated` line of test.jsonl asks for the materials of a 省级
产教融合型企业 认定); then 附件下载, 【打印本页】【关闭窗口】, footer with 网站标识码 and 琼ICP备. No table in the article. The
办法 gives no validity term of the 认定 (a region-free line of test.jsonl asks for one) and no award for a 国家 产教融合型企业.
The fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "hainan-chanjiao-qiye-banfa.html")

SITE = "海南省发展和改革委员会"
PAGE_TITLE = ("海南省发展和改革委员会 海南省教育厅 海南省工业和信息化厅 海南省财政厅 海南省人力资源和社会保障厅关于印发"
              "《海南省产教融合型企业认定和管理办法》的通知")
PUBLISHED = "2026-05-27 16:05"
SOURCE = "社会发展处"
DOCNO = "琼发改社会〔2026〕43号"
META = [("索 引 号", "00820164-6/2026-00387"), ("主题分类", "综合政务\\教育"), ("发文机关", "海南省发展和改革委员会等"),
        ("文　　号", DOCNO), ("成文日期", "2026-05-21"), ("发布日期", "2026-05-27"), ("有 效 性", "有效")]
TO = ("各市、县、自治县发展改革委、教育局、工业和信息化主管部门、财政局、人力资源社会保障局，洋浦经济开发区管理局，"
      "省直有关单位，各有关企业：")
NOTICE = ["为贯彻落实《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）和《国家发展改革委 教育部关于印发"
          "〈建设产教融合型企业实施办法（试行）〉的通知》（发改社会〔2019〕590号），省发展改革委会同省教育厅、省工业和信息化厅、"
          "省财政厅、省人力资源社会保障厅制定了《海南省产教融合型企业认定和管理办法》，现印发给你们，请认真贯彻执行。"]
SIGN = ["海南省发展和改革委员会　　海南省教育厅", "海南省工业和信息化厅　　海南省财政厅", "海南省人力资源和社会保障厅",
        "2026年5月21日"]
BANFA_TITLE = "海南省产教融合型企业认定和管理办法"

BANFA = [
    ("h3", "第一章　总　则"),
    ("p", "第一条　为深化产教融合，推动企业深度参与职业教育和高等教育人才培养，规范我省产教融合型企业认定和管理，根据国办发"
          "〔2017〕95号、发改社会〔2019〕590号文件精神，结合海南自由贸易港建设实际，制定本办法。"),
    ("p", "第二条　本办法所称省级产教融合型企业，是指深度参与产教融合、校企合作，在职业院校和普通高等学校人才培养中发挥重要"
          "主体作用，按照本办法认定并纳入省级产教融合型企业名单的企业。"),
    ("p", "第三条　省发展改革委会同省教育厅牵头负责省级产教融合型企业的认定和管理；省工业和信息化厅、省人力资源社会保障厅按职责"
          "参与认定；省财政厅负责奖补资金保障。各市、县、自治县发展改革部门会同同级教育、人力资源社会保障部门负责本地区企业的初审"
          "推荐；洋浦经济开发区管理局履行市县初审推荐职责。"),
    ("p", "第四条　省级产教融合型企业认定工作每年开展一次，坚持企业自愿、公开公正、动态管理的原则。"),
    ("h3", "第二章　认定条件"),
    ("p", "第五条　申报企业应当同时具备下列条件："),
    ("p", "（一）在我省依法注册、具有独立法人资格，成立满3年；"),
    ("p", "（二）纳税信用等级为A级或B级；"),
    ("p", "（三）上一年度职工人数不少于120人，营业收入不低于4300万元；"),
    ("p", "（四）与职业院校或普通高等学校签订合作协议并实际开展合作满2年；"),
    ("p", "（五）上一年度接收学生岗位实习不少于40人，并按月足额发放实习报酬；"),
    ("p", "（六）选派不少于3名技术骨干到合作院校担任产业导师或参与专业建设。"),
    ("p", "第六条　属于旅游业、现代服务业、高新技术产业、热带特色高效农业的企业，第五条第（三）项规定的职工人数放宽至不少于80人，"
          "营业收入放宽至不低于2400万元。"),
    ("p", "第七条　从事南繁育种、深海科技、航天领域的企业，同等条件下优先认定。"),
    ("p", "第八条　有下列情形之一的，不予认定："),
    ("p", "（一）被列入严重失信主体名单或经营异常名录的；"),
    ("p", "（二）近3年发生较大及以上生产安全事故，或因生态环境违法行为受到行政处罚的；"),
    ("p", "（三）存在拖欠职工工资、学生实习报酬行为且未整改到位的；"),
    ("p", "（四）合作院校由企业或其关联方举办的；"),
    ("p", "（五）申报前12个月内因校企合作事项被有关部门通报批评的。"),
    ("h3", "第三章　认定程序"),
    ("p", "第九条　申报时间为每年7月12日至8月12日。企业通过“琼企产教通”平台在线申报，并向注册地市、县、自治县发展改革部门报送"
          "纸质材料一式三份。省属企业、中央驻琼企业直接向省发展改革委申报。"),
    ("p", "第十条　申报企业应当如实填报申报信息，对申报内容的真实性负责；弄虚作假的，按照本办法第二十条处理。"),
    ("p", "第十一条　市、县、自治县发展改革部门在申报截止后10个工作日内完成初审，择优向省发展改革委推荐。"),
    ("p", "第十二条　省发展改革委会同省教育厅、省工业和信息化厅、省人力资源社会保障厅组织评审，对拟认定企业逐一实地核查。"),
    ("p", "第十三条　拟认定名单在省发展改革委门户网站公示5个工作日。公示无异议的，由省发展改革委会同有关部门发文公布省级产教融合型"
          "企业名单。"),
    ("h3", "第四章　支持政策"),
    ("p", "第十四条　对新认定的省级产教融合型企业，省级财政给予一次性奖励36万元。同一企业只享受一次省级认定奖励。"),
    ("p", "第十五条　省级产教融合型企业接收职业院校学生岗位实习满1个月的，按每人每月440元给予企业补贴，每名学生最长补贴6个月，"
          "每家企业每年最高19万元。"),
    ("p", "第十六条　省级产教融合型企业优先推荐申报国家产教融合型企业，优先支持其与院校共建实训基地、产业学院，并按规定享受国家和"
          "我省相关支持政策。"),
    ("p", "第十七条　市、县、自治县可在省级奖励基础上给予配套奖励，市县奖励与省级奖励可以叠加享受。"),
    ("h3", "第五章　监督管理"),
    ("p", "第十八条　省级产教融合型企业应于每年3月31日前通过“琼企产教通”平台报送上一年度产教融合工作情况。"),
    ("p", "第十九条　省发展改革委会同有关部门对省级产教融合型企业实行动态管理，每年按不低于20%的比例进行复核。复核不符合认定条件的，"
          "限期3个月整改。"),
    ("p", "第二十条　省级产教融合型企业有下列情形之一的，撤销其认定并移出名单："),
    ("p", "（一）以弄虚作假等不正当手段取得认定的；"),
    ("p", "（二）发生较大及以上生产安全事故或被列入严重失信主体名单的；"),
    ("p", "（三）连续2年未按规定报送工作情况的；"),
    ("p", "（四）整改期满仍不符合认定条件的；"),
    ("p", "（五）停止与院校合作满1年的。"),
    ("p", "因前款第（一）项被撤销认定的，追回省级奖励资金，企业3年内不得再次申报。"),
    ("h3", "第六章　附　则"),
    ("p", "第二十一条　本办法由省发展改革委会同省教育厅负责解释。"),
    ("p", "第二十二条　本办法自2026年7月6日起施行，有效期5年。《海南省产教融合型企业培育管理暂行办法》（琼发改社会〔2021〕31号）"
          "同时废止。"),
]
CONTACT = "联系人：省发展改革委社会发展处　王琼芳，联系电话：0898-65342718。"
DOWNLOADS = ["琼发改社会〔2026〕43号.pdf", "海南省产教融合型企业申报书.docx"]
FICTION = ("本页为虚构测试文档，非真实政策：海南省及所辖市县为真实地名，文号、内容、金额、日期、人员、电话、平台名称、索引号、网站标识码"
           "和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #eaf3f3; }
.top { background: #0b6b6b; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #0b6b6b; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #128a8a; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
table.xxgk { width: 100%; border-collapse: collapse; font-size: 13px; margin-bottom: 24px; background: #f7fbfb; }
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
.attach a { display: block; color: #0b6b6b; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #1f3b3b; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
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
         f'<title>{e(PAGE_TITLE)}_规范性文件_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="规范性文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, the 办法, its 文号, figures, dates, people, phone '
         'numbers, the platform name, 索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年5月27日 星期三</span>　　欢迎访问{SITE}网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">English</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">发展规划</a>'
         '<a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; '
         '<a href="#">规范性文件</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">3512</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>']
    o += [f'<p>{e(t)}</p>' for t in NOTICE]
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append('<p>（此件主动公开）</p>')
    o.append(f'<p class="bt">{e(BANFA_TITLE)}</p>')
    for kind, text in BANFA:
        o.append(f'<h3>{e(text)}</h3>' if kind == "h3" else f'<p>{e(text)}</p>')
    o.append('<p>&nbsp;</p>')
    o.append(f'<p class="to">{e(CONTACT)}</p>')
    o.append('</div>')
    o.append('<div class="attach">附件下载：' + "".join(f'<a href="#">{e(a)}</a>' for a in DOWNLOADS) + '</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}　　承办：{SITE}办公室<br>'
             '网站标识码：4600000047　　琼ICP备20260521号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
