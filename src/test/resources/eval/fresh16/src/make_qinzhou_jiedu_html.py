#!/usr/bin/env python3
"""Write fresh16/qinzhou-zhengce-jiedu.html (虚构测试文档，非真实政策).

    cd fresh16/src && python3 make_qinzhou_jiedu_html.py

The 政策解读 of the 市教育局 on the city government portal (frame of make_maanshan_cuoshi_html.py, other colours): top
bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策解读 > 文字解读, <h1> title, info line
发布时间/来源/浏览次数/字号 大 中 小; the body: an opening paragraph, then fifteen questions, each a <p> holding only a
<strong>问：…？</strong>, each followed by its answer in <p>s starting with 答：; the 解读 restates figures of the
政策措施 (sometimes summarised: 三成, 半年) and adds what the 政策措施 do not have (background figures, the 2026
受理时间, the 申报系统 and the 受理窗口, the 咨询电话 and people, the date they take effect). Then 相关文件 link,
【打印本页】【关闭窗口】, footer with 网站标识码 and 桂ICP备. No <table>. The fictional note is in an HTML comment and in
the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "qinzhou-zhengce-jiedu.html")

SITE = "钦州市人民政府"
PAGE_TITLE = "《钦州市促进产教融合若干政策措施》政策解读"
PUBLISHED = "2026-02-14 09:30"
SOURCE = "钦州市教育局"
INTRO = ("近日，钦州市人民政府办公室印发了《钦州市促进产教融合若干政策措施》（钦政办发〔2026〕5号，以下简称《政策措施》）。"
         "为方便企业、职业院校和毕业生了解政策，现将有关内容解读如下。")
QA = [
    ("问：《政策措施》出台的背景是什么？",
     ["答：我市是北部湾重要的临港产业城市，石化、新能源材料等产业快速发展，技能人才需求旺盛。目前全市有职业院校12所、"
      "在校生约7.3万人，但校企合作层次不深、毕业生本地就业比例偏低，2025年全市职业院校毕业生留钦就业的比例约为43%。为落实国家和自治区关于深化产教融合的部署，市教育局"
      "会同市发展改革委、市人力资源社会保障局、市财政局等部门，经调研论证、公开征求意见和合法性审查，起草了《政策措施》。"]),
    ("问：《政策措施》主要包括哪些内容？",
     ["答：《政策措施》共11条，围绕行业产教融合共同体、实训基地、专业共建、岗位实习、特色产业实训中心、产业教授、岗前培训、"
      "虚拟仿真实训基地、毕业生留钦就业等9个方面给予支持，第十条明确资金保障，第十一条为附则。"]),
    ("问：哪些单位和个人可以申请？",
     ["答：在钦州市注册的企业、市内职业院校和符合条件的职业院校毕业生均可按规定申请。其中，产业教授补助由聘用院校统一"
      "申请，留钦就业补贴由毕业生本人申请，其他事项由企业申请。"]),
    ("问：企业建设实训基地最多能拿多少钱？",
     ["答：企业投资建设实训基地，设备投资160万元以上的，按投资额的三成给予补助，最高可获73万元。"]),
    ("问：企业接收学生岗位实习能补多少？",
     ["答：企业接收学生岗位实习满1个月的，每人每月可获470元补贴，一名学生最多补贴半年，每家企业每年最多可获17万元。实习报酬不得低于当地最低工资标准。"]),
    ("问：对行业产教融合共同体有什么奖励？",
     ["答：共同体经自治区级认定的，牵头企业最高可获115万元奖励；经市级认定的，奖励38万元。两级奖励不重复享受。"]),
    ("问：特色产业实训中心有哪些？有什么支持？",
     ["答：《政策措施》支持在钦州港经济技术开发区建设石化产业公共实训中心，工位200个以上，2027年9月底前建成；在钦南区建设"
      "坭兴陶技艺传承实训中心，每年培训700余人次；在灵山县、浦北县分别建设荔枝深加工和农产品加工实训基地。"
      "建成并经评估达标的，每个一次性奖励95万元。"]),
    ("问：企业招了新员工，委托职业院校做岗前培训有补贴吗？",
     ["答：有。企业委托本市职业院校对新录用职工开展岗前培训的，按每人650元给予培训补贴，每家企业每年最多26万元。"]),
    ("问：毕业生留在钦州工作有什么补贴？",
     ["答：毕业1年内到我市企业就业、签订2年以上劳动合同的职业院校毕业生，可申领一次性留钦就业补贴4200元。补贴在劳动合同"
      "签订满6个月后申领。"]),
    ("问：什么时候申报？在哪里申报？",
     ["答：2026年度集中受理时间为9月15日至10月23日。申请单位和个人可登录“钦州市惠企资金直通车系统”在线申报，也可到"
      "钦州市政务服务中心一楼综合受理区12号窗口现场办理。受理结束后，市教育局、市人力资源社会保障局按职责分工组织审核，"
      "审核结果在市政府门户网站公示5个工作日。"]),
    ("问：申报需要提交哪些材料？",
     ["答：主要包括申请表、营业执照复印件、校企合作或共建协议、设备购置发票、实习学生名单及实习报酬发放记录、"
      "劳动合同（申请留钦就业补贴的）等，具体以当年申报通知为准。"]),
    ("问：已经拿过自治区的资金，还能再申请吗？",
     ["答：同一项目已获得自治区级及以上财政同类资金支持的，市里不再重复支持。"]),
    ("问：所需资金由谁来承担？",
     ["答：市、县（区）两级财政各承担一半；钦州港经济技术开发区内的项目由开发区管委会全额承担。"]),
    ("问：有疑问可以咨询哪些部门？",
     ["答：共同体、实训基地、专业共建、产业教授和虚拟仿真实训基地等事项，请咨询市教育局职业教育科，联系人韦秋岚，"
      "电话0777-2817350；岗位实习、岗前培训和留钦就业补贴等事项，请咨询市人力资源社会保障局职业能力建设科，联系人黄敬棠，"
      "电话0777-2826914；特色产业实训中心事项，请咨询所在县（区）人民政府或钦州港经济技术开发区管委会。",
      "咨询时间为工作日上午8:00—12:00、下午15:00—18:00。"]),
    ("问：《政策措施》从什么时候开始施行？",
     ["答：《政策措施》自2026年2月13日起施行，有效期至2029年2月12日。"]),
]
RELATED = ["钦州市人民政府办公室关于印发钦州市促进产教融合若干政策措施的通知"]
FICTION = ("本页为虚构测试文档，非真实政策：钦州市及所辖县区为真实地名，解读内容、金额、日期、人员、电话、窗口、系统名称、"
           "网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #eaf3f1; }
.top { background: #0b5d57; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #0b5d57; font-weight: bold; letter-spacing: 6px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #14807a; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
h1 { font-size: 22px; text-align: center; color: #111; line-height: 1.6; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 4px; }
.article p.wen { margin-top: 14px; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #0b5d57; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #23403d; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_文字解读_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="文字解读">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the interpretation, its figures, dates, people, phone '
         'numbers, window, system name, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">欢迎访问{SITE}门户网站　　<a href="#">无障碍浏览</a>　<a href="#">关怀版</a>　'
         '<a href="#">登录</a>　<a href="#">注册</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="全站搜索"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">钦州概况</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">政民互动</a><a href="#">数据开放</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; '
         '<a href="#">文字解读</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">1529</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p>{e(INTRO)}</p>']
    for q, answers in QA:
        o.append(f'<p class="wen"><strong>{e(q)}</strong></p>')
        o += [f'<p>{e(a)}</p>' for a in answers]
    o.append('</div>')
    o.append('<div class="attach">相关文件：' + "".join(f'<a href="#">{e(a)}</a>' for a in RELATED) + '</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：钦州市大数据发展局<br>'
             '网站标识码：4507000012　　桂ICP备20260212号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(QA), "questions")


if __name__ == "__main__":
    main()
