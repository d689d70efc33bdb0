#!/usr/bin/env python3
"""Write fresh12/deyang-zhengce-jiedu.html (虚构测试文档，非真实政策).

    cd fresh12/src && python3 make_deyang_html.py

An ordinary city portal page of a bureau's 政策解读 (UTF-8; page frame as fresh10's 曲水 page): top bar, logo and search
box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策解读 > 部门解读, <h1> title, 发布时间/来源/浏览次数/字号 line; the body as
<p>s: 解读机关/解读人/联系电话 line, headings 一、出台背景 二、主要内容 三、政策问答 in <strong>, the 问答 as pairs of <p>s
(`问：…` in bold, `答：…`), a 相关文件 line with the 措施's title and 文号; 【打印本页】【关闭窗口】, 相关链接, footer with
网站标识码 and 蜀ICP备. The 解读 quotes the 措施 (deyang-ruogan-cuoshi.pdf) in places, paraphrases it in others, and adds
what the 措施 does not say (how 成立满2年 is counted, the M级 rule, an example, the 2026 window, the window at the 政务服务中心,
the 实习 subsidy's half-yearly rounds, contacts). The fictional note is in an HTML comment and in the last lines of the page.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "deyang-zhengce-jiedu.html")

PAGE_TITLE = "《德阳市支持企业深度参与职业教育产教融合若干措施》政策解读"
PUBLISHED = "2026-04-22 16:40"
SOURCE = "德阳市教育局"
BYLINE = "解读机关：德阳市教育局　　解读人：蒲建勋　　联系电话：0838-2207613"

# ("h", heading) | ("p", paragraph) | ("q", question, answer)
BODY = [
    ("h", "一、出台背景"),
    ("p", "近年来，我市职业院校与装备制造等重点产业的合作不断深化，但仍存在企业参与积极性不高、合作形式较为单一、支持政策分散等问题。"
          "为引导和支持企业深度参与职业教育，市教育局会同市发展改革委、市财政局、市人力资源社会保障局起草了《德阳市支持企业深度参与职业教育产教融合若干措施》"
          "（以下简称《措施》），经2026年4月8日市政府第47次常务会议审议通过，由市政府办公室以德府办规〔2026〕8号文件印发。"),
    ("h", "二、主要内容"),
    ("p", "《措施》共三个部分十四条。第一部分明确适用范围和企业申报的基本条件；第二部分明确七类支持事项，包括共建实训基地、共建产业学院、"
          "开展岗位实习、吸纳毕业生就业、职工技能提升、校企合作示范企业和行业产教融合共同体；第三部分明确申报方式、不重复享受、资金保障和监督管理等要求。"
          "《措施》自2026年5月15日起施行，有效期至2029年5月14日。"),
    ("h", "三、政策问答"),
    ("q", "哪些企业可以申报《措施》的支持事项？",
     "在德阳市行政区域内（含各县（市、区）和两个开发区）依法登记注册、具有独立法人资格的企业都可以申报，但须同时满足基本条件：纳税信用等级为B级及以上，"
     "近3年未发生较大及以上安全生产事故和突发环境事件，未被列入严重失信主体名单，与职业院校签订合作协议并实际开展合作。"),
    ("q", "外地企业在德阳设立的分公司能否申报？",
     "分公司不具有独立法人资格，不能以自身名义申报。外地企业在德阳设立的具有独立法人资格的子公司，符合条件的可以申报。"),
    ("q", "“成立满2年”“成立满3年”如何计算？",
     "以营业执照载明的成立日期为起点，计算至当年申报截止之日。例如，申报截止日为2026年6月30日的，成立日期在2024年6月30日（含）以前的企业才算成立满2年。"),
    ("q", "新成立的企业还没有纳税信用等级，能否申报？",
     "纳税信用等级以税务部门最近一次公布的年度评价结果为准，企业可以登录电子税务局自行查询。新设立企业首次评价前按M级对待，"
     "M级不属于B级及以上，暂不符合基本条件，待取得B级及以上评价后再申报。"),
    ("q", "实训基地补助怎么计算？能举个例子吗？",
     "按实训设备投资额的15%计算，单个基地最高45万元；属于清洁能源装备、先进材料、医药食品、数字经济四个重点产业链的企业，比例提高到20%，单个基地最高70万元。"
     "例如，一家清洁能源装备企业实训设备投资额为280万元，按20%计算可获得56万元；投资额为400万元的，按20%计算为80万元，超过上限，只能获得70万元。"),
    ("q", "哪些投入可以计入实训设备投资额？",
     "申报截止前2年内购置并投入使用、主要用于学生实训的设备，以购置发票为依据。实训场地的厂房建设、装修费用以及办公设备、车辆不计入实训设备投资额。"),
    ("q", "实训基地认定以后还有什么要求？",
     "认定后的市级产教融合实训基地，应当每年12月底前通过平台报送学生实训人次等运行情况。连续两年每年实训人次达不到240人次的，取消市级产教融合实训基地称号。"),
    ("q", "2026年什么时候申报？",
     "2026年度集中申报计划于6月8日至6月30日开展，具体以市教育局等部门发布的申报通知为准。"),
    ("q", "已经被认定为省级现代产业学院的，还能申报市级产业学院补助吗？",
     "不能。《措施》规定，已被认定为省级及以上现代产业学院的，不再申报市级产业学院补助，但可以按认定层级获得市级一次性奖励，省级40万元、国家级90万元。"),
    ("q", "市级产业学院的60万元补助是一次拨付吗？",
     "分两年拨付。认定当年拨付30万元，次年经绩效评价合格后拨付剩余的30万元。"),
    ("q", "接收外市职业院校的学生实习，能享受岗位实习补贴吗？",
     "不能。岗位实习补贴只支持接收德阳市职业院校学生的企业，外市职业院校学生不在补贴范围内。"),
    ("q", "岗位实习补贴有什么门槛？标准是多少？",
     "企业当年接收实习学生不少于10人，且每名学生签订实习协议、按规定领取实习报酬、实习期满1个月。"
     "补贴标准为每人每月350元，每名学生最长补贴6个月，每家企业每年最高15万元。"),
    ("q", "岗位实习补贴多久申报一次？",
     "按学期申报，每年1月、7月各集中受理一次，企业申报上一学期的岗位实习补贴。"),
    ("q", "吸纳毕业生补贴中的“应届毕业生”怎么界定？",
     "指当年取得德阳市职业院校毕业证书的毕业生。往届毕业生不在支持范围内。"),
    ("q", "职工技能提升补贴发给谁？职工个人能申请吗？",
     "补贴发给委托职业院校开展培训的企业，职工个人不能申请。同一职工同一职业（工种）同一等级只享受一次。"),
    ("q", "申报市级校企合作示范企业需要什么条件？",
     "企业须同时满足成立满3年、职工人数不少于100人、与不少于2所职业院校合作满2年、近2年每年接收职业院校学生实习实训不少于50人、纳税信用等级为A级。"
     "每年认定不超过10家，每家一次性奖励20万元。已获评省级校企合作示范企业的，市级不再认定。"),
    ("q", "一家企业一年最多能拿多少？",
     "同一企业同一年度享受《措施》支持资金合计不超过100万元。同一项目同时符合市级其他政策的，按就高不重复的原则支持。"),
    ("q", "县（市、区）的企业是否需要分别向市里和县里申报？",
     "不需要。《措施》所需资金由市和县（市、区）财政分担，企业只需按《措施》通过平台申报一次。县（市、区）自行出台的其他政策，按各地规定执行。"),
    ("q", "在哪里申报？不会网上操作怎么办？",
     "通过德阳市惠企政策兑现平台在线申报。不熟悉网上操作的企业，可以到德阳市政务服务中心二楼“惠企政策兑现”综合窗口咨询和代办。"),
    ("q", "遇到问题找谁咨询？",
     "实训基地、产业学院、岗位实习事项：市教育局职业教育与成人教育科，蒲建勋，0838-2207613；吸纳毕业生、职工技能提升事项："
     "市人力资源社会保障局职业能力建设科，钟晓岚，0838-2216054；校企合作示范企业、行业产教融合共同体事项：市发展改革委社会发展科，廖世杰，0838-2233280。"),
    ("p", "相关文件：德阳市人民政府办公室关于印发《德阳市支持企业深度参与职业教育产教融合若干措施》的通知（德府办规〔2026〕8号）"),
]
FICTION = ("本页为虚构测试文档，非真实政策：德阳市为真实地名，文号、内容、金额、日期、人员、电话、网站标识码和备案号均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #eef2f6; }
.top { background: #0b4f8a; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #0b4f8a; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #1466ad; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
h1 { font-size: 24px; text-align: center; color: #111; line-height: 1.5; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 6px; }
.article p.by { text-align: center; text-indent: 0; color: #555; font-size: 14px; }
.article p.q { font-weight: bold; margin-top: 14px; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.links { margin-top: 20px; font-size: 13px; border-top: 1px solid #ddd; padding-top: 10px; }
.foot { background: #3d4f61; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(PAGE_TITLE)}_部门解读_德阳市人民政府</title>',
         '<meta name="SiteName" content="德阳市人民政府">', '<meta name="ColumnName" content="部门解读">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the 解读, the 措施 it explains, their 文号, figures, people and '
         'phone numbers are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top"><div class="w">欢迎访问德阳市人民政府网站　　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">手机版</a></div></div>',
         '<div class="head"><div class="w"><span class="logo">德阳市人民政府</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进德阳</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">政民互动</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">部门解读</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">2147</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="by">{e(BYLINE)}</p>']
    for item in BODY:
        if item[0] == "h":
            o.append(f'<p><strong>{e(item[1])}</strong></p>')
        elif item[0] == "p":
            o.append(f'<p>{e(item[1])}</p>')
        else:
            o.append(f'<p class="q">问：{e(item[1])}</p>')
            o.append(f'<p>答：{e(item[2])}</p>')
    o.append('</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append('<div class="links">相关链接：<a href="#">德阳市人民政府办公室关于印发《德阳市支持企业深度参与职业教育产教融合若干措施》的通知</a>　'
             '<a href="#">德阳市2026年春季职业院校招生工作安排</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append('<div class="foot"><div class="w">主办：德阳市人民政府办公室　　承办：德阳市大数据中心<br>'
             '网站标识码：5106000038　　蜀ICP备20260388号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    n = sum(1 for b in BODY if b[0] == "q")
    print("wrote", OUT, n, "questions")


if __name__ == "__main__":
    main()
