#!/usr/bin/env python3
"""Write fresh15/jingmen-caizheng-banfa.html (虚构测试文档，非真实政策).

    cd fresh15/src && python3 make_jingmen_caizheng_html.py

An article page of a city finance bureau's portal (frame of fresh14's make_jieshou_gxq_html.py, other colours): top
bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 规范性文件, <h1> title, info line
发布时间/来源/浏览次数/字号; the body: 文号, addressee, the 印发 text, signatures and date, then the 办法 (title, 第一条 …
第十六条 in <p>s, the 支持标准 as a <table> whose first column 支持类别 uses rowspan), the contacts; then 附件 downloads,
【打印本页】【关闭窗口】, footer with 网站标识码 and 鄂ICP备. The fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "jingmen-caizheng-banfa.html")

SITE = "荆门市财政局"
PAGE_TITLE = "荆门市财政局 荆门市教育局 荆门市人力资源和社会保障局关于印发《荆门市产教融合专项资金管理办法》的通知"
PUBLISHED = "2026-04-30 15:20"
SOURCE = "市财政局教科文科"
DOCNO = "荆财教发〔2026〕12号"
TO = "各县、市、区财政局、教育局、人力资源和社会保障局，屈家岭管理区、漳河新区财政和社会事务部门，市直有关单位："
NOTICE = [
    "为贯彻落实《荆门市人民政府办公室关于深化产教融合的实施意见》（荆政办发〔2026〕6号），规范和加强产教融合专项资金管理，"
    "市财政局会同市教育局、市人社局制定了《荆门市产教融合专项资金管理办法》，现印发给你们，请遵照执行。2026年度项目申报工作"
    "同步启动，具体安排见办法第十条。",
]
SIGN = ["荆门市财政局　　荆门市教育局", "荆门市人力资源和社会保障局", "2026年4月28日"]
BANFA_TITLE = "荆门市产教融合专项资金管理办法"

TABLE = (["支持类别", "支持项目", "支持标准", "单项上限"],
         [("实训基地", 2, "建设补助", "按新购实训设备投入的30%给予补助", "最高80万元"),
          (None, 0, "运行补助", "上一年度接收学生实训不少于600人次的，按年给予补助", "每年12万元"),
          ("产业学院", 2, "共建补助", "按企业实际投入的20%给予补助", "最高45万元"),
          (None, 0, "招生奖励", "当年招生不少于100人的，给予一次性奖励", "6万元"),
          ("岗位实习", 1, "紧缺专业实习补贴", "接收新能源电池、磷化工、通用航空类紧缺专业学生岗位实习满1个月的，按每人每月460元给予补贴",
           "每家企业每年最高18万元")])

BANFA = [
    ("p", "第一条　为规范和加强荆门市产教融合专项资金（以下简称专项资金）管理，提高资金使用效益，根据《荆门市人民政府办公室"
          "关于深化产教融合的实施意见》（荆政办发〔2026〕6号），制定本办法。"),
    ("p", "第二条　本办法所称专项资金，是指市级财政预算安排，用于支持企业与职业院校开展产教融合的资金。2026年度专项资金规模为"
          "1350万元。专项资金的分配、使用和管理遵循公开透明、突出重点、注重绩效的原则。"),
    ("p", "第三条　市财政局负责专项资金预算安排、资金拨付和绩效管理；市教育局负责实训基地、产业学院项目的组织申报和审核；"
          "市人社局负责紧缺专业实习补贴项目的组织申报和审核。"),
    ("p", "第四条　支持对象为在荆门市行政区域内（含京山市、钟祥市、沙洋县和屈家岭管理区、漳河新区）依法注册、具有独立法人"
          "资格的企业。职业院校不单独申报，可作为合作方与企业联合申报产业学院项目。"),
    ("p", "第五条　专项资金支持内容和标准如下表："),
    ("table",),
    ("p", "第六条　申报企业应同时符合下列条件："),
    ("p", "（一）注册并实际经营满2年，2025年度营业收入不低于1500万元（小型微型企业不低于500万元）；"),
    ("p", "（二）纳税信用等级为A级、B级或M级；"),
    ("p", "（三）与职业院校签订合作协议并实际开展合作满1年；"),
    ("p", "（四）申报实训基地建设补助的，新购实训设备投入不低于120万元（以2025年7月1日以后取得发票的设备计算），"
          "实训工位不少于40个；"),
    ("p", "（五）申报紧缺专业实习补贴的，与学生、职业院校签订三方协议，并按月足额发放实习报酬，实习报酬不低于本市最低工资"
          "标准的80%。"),
    ("p", "第七条　有下列情形之一的，不予支持："),
    ("p", "（一）被列入严重失信主体名单或重大税收违法失信主体名单的；"),
    ("p", "（二）近3年发生较大及以上生产安全事故或突发环境事件的；"),
    ("p", "（三）实训设备为租赁、二手设备或由合作院校出资购置的；"),
    ("p", "（四）同一项目已获得省级财政同类建设补助的；"),
    ("p", "（五）实训基地主要用于对外经营、不以学生实训为主的；"),
    ("p", "（六）拖欠职工工资被人社部门查处且未整改到位的；"),
    ("p", "（七）以前年度获得专项资金的项目绩效评价结果为“差”且未完成整改的。"),
    ("p", "第八条　与其他政策的衔接："),
    ("p", "（一）获得市级产教融合实训基地认定奖励的，可叠加享受本办法建设补助和运行补助；"),
    ("p", "（二）学生岗位实习已享受就业补助资金岗位实习补贴的，企业不得重复享受本办法紧缺专业实习补贴；"),
    ("p", "（三）县（市、区）对同一项目给予配套补助的，可以叠加，但市、县两级补助合计不得超过项目实际投入的50%；"),
    ("p", "（四）同一企业同一年度申报项目不超过2个。"),
    ("p", "第九条　申报程序："),
    ("p", "（一）企业申报。企业通过“荆门惠企资金申报系统”在线填报，同时向注册地县（市、区）教育或人社部门报送纸质材料一式两份；"),
    ("p", "（二）初审。县（市、区）主管部门会同同级财政部门在申报截止后10个工作日内完成初审，出具初审意见；"),
    ("p", "（三）复审。市教育局、市人社局按职责分工会同市财政局组织复审，对实训基地项目逐一实地核查设备和工位；"),
    ("p", "（四）公示。复审结果在市财政局门户网站公示7个工作日。"),
    ("p", "第十条　2026年度申报时间为2026年5月18日至6月24日，逾期不予受理；复审于7月20日前完成；实训基地建设补助首次拨付资金"
          "于2026年10月20日前下达。"),
    ("p", "第十一条　资金拨付。公示无异议后，市财政局按照国库集中支付有关规定将资金下达至县（市、区）财政，县（市、区）财政"
          "在收到资金后10个工作日内拨付到企业。实训基地建设补助分两次拨付：首次拨付60%，项目运行满1年且绩效评价结果为“中”"
          "及以上的，拨付剩余40%。"),
    ("p", "第十二条　绩效评价。市财政局会同市教育局、市人社局每年对上一年度专项资金开展绩效评价，评价内容包括学生实训人次、"
          "实训设备使用率、学生和合作院校满意度、毕业生留荆就业人数。评价结果分为优、良、中、差四个等次，作为下一年度资金"
          "安排的重要依据。"),
    ("p", "第十三条　追回和失信处理："),
    ("p", "（一）企业弄虚作假、骗取专项资金的，全额追回已拨付资金，5年内取消其申报市级财政专项资金资格，并将失信行为推送有关"
          "部门实施联合惩戒；"),
    ("p", "（二）获得建设补助的实训基地运行不满3年停止运行或改变用途的，按未运行年限比例追回建设补助；"),
    ("p", "（三）绩效评价结果为“差”的，停止拨付剩余资金，企业2年内不得申报。"),
    ("p", "第十四条　专项资金不得用于发放工作人员工资福利、偿还债务和支付罚款。"),
    ("p", "第十五条　本办法由市财政局会同市教育局、市人社局负责解释。"),
    ("p", "第十六条　本办法自印发之日起施行，有效期3年。"),
]
CONTACTS = ["联系方式：", "市财政局教科文科　翟慧敏　0724-2369518", "市教育局职成科　柯俊辉　0724-2318652（实训基地、产业学院）",
            "市人社局职业能力建设科　晏佩玲　0724-2330746（紧缺专业实习补贴）"]
ATTACH = ["附件1：荆门市产教融合专项资金项目申报表.docx", "附件2：荆门市产教融合专项资金项目绩效目标表.xlsx"]
FICTION = ("本页为虚构测试文档，非真实政策：荆门市及所辖县市区为真实地名，文号、内容、金额、日期、人员、电话、系统名称、网站标识码"
           "和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #eef2f7; }
.top { background: #0d4a8a; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff url() no-repeat; padding: 18px 0; }
.head .logo { font-size: 30px; color: #0d4a8a; font-weight: bold; letter-spacing: 6px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #1565b0; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
h1 { font-size: 22px; text-align: center; color: #111; line-height: 1.6; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 4px; }
.article p.no { text-align: center; text-indent: 0; }
.article p.to { text-indent: 0; }
.article p.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.article p.bt { text-align: center; text-indent: 0; font-size: 20px; font-weight: bold; margin: 28px 0 12px; }
.article table { border-collapse: collapse; margin: 6px auto 12px; font-size: 15px; width: 92%; }
.article th, .article td { border: 1px solid #888; padding: 6px 10px; line-height: 1.7; }
.article th { background: #e8f0fa; }
.article td.c { text-align: center; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #0d4a8a; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #233447; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def table():
    head, rows = TABLE
    o = ['<table><thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in head) + '</tr></thead><tbody>']
    for first, span, item, std, cap in rows:
        cells = ""
        if first is not None:
            rs = f' rowspan="{span}"' if span > 1 else ""
            cells += f'<td class="c"{rs}>{e(first)}</td>'
        cells += f'<td class="c">{e(item)}</td><td>{e(std)}</td><td class="c">{e(cap)}</td>'
        o.append(f'<tr>{cells}</tr>')
    o.append('</tbody></table>')
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_规范性文件_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="规范性文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, the 办法, its 文号, figures, dates, people, phone '
         'numbers, the system name, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年4月30日 星期四</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍</a>　<a href="#">关怀版</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入搜索内容"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">机构职能</a><a href="#">政务公开</a><a href="#">财政资金</a>'
         '<a href="#">预决算公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; '
         '<a href="#">规范性文件</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">2147</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>']
    o += [f'<p>{e(t)}</p>' for t in NOTICE]
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append(f'<p class="bt">{e(BANFA_TITLE)}</p>')
    for item in BANFA:
        o.append(table() if item[0] == "table" else f'<p>{e(item[1])}</p>')
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="to">{e(c)}</p>' for c in CONTACTS]
    o.append('</div>')
    o.append('<div class="attach">附件下载：' + "".join(f'<a href="#">{e(a)}</a>' for a in ATTACH) + '</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}　　承办：{SITE}办公室<br>'
             '网站标识码：4208000022　　鄂ICP备20260427号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
