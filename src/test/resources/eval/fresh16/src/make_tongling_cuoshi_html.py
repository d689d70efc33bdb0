#!/usr/bin/env python3
"""Write fresh16/tongling-ruogan-cuoshi.html (虚构测试文档，非真实政策).

    cd fresh16/src && python3 make_tongling_cuoshi_html.py

An article page of a city government portal (frame of fresh15's make_jingmen_caizheng_html.py, other colours): top
bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 市政府办公室文件, <h1> title, info line
发布时间/来源/浏览次数/字号 大 中 小; the body: 文号, addressee, the 印发 text, signature and date, 公开 line, then the
若干措施 (title, preamble, measures 一、…十一、 as <p>s, each opening with its lead sentence in <strong>), the 附件 清单
as the only <table> (序号/支持项目/支持标准/牵头部门); then 相关下载 / 相关解读 links, 【打印本页】【关闭窗口】, footer with
网站标识码 and 皖ICP备. No phone number, window or contact person is on this page (the 解读 has them). The fictional
note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "tongling-ruogan-cuoshi.html")

SITE = "铜陵市人民政府"
PAGE_TITLE = "铜陵市人民政府办公室关于印发铜陵市支持产教融合发展若干措施的通知"
PUBLISHED = "2026-02-04 10:15"
SOURCE = "市政府办公室"
DOCNO = "铜政办〔2026〕11号"
TO = "各县、区人民政府，铜陵经济技术开发区、狮子山高新区管委会，市政府各部门、各直属机构："
NOTICE = ["《铜陵市支持产教融合发展若干措施》已经市政府第38次常务会议审议通过，现印发给你们，请认真组织实施。"]
SIGN = ["铜陵市人民政府办公室", "2026年2月3日"]
PUBLIC = "（此件公开发布）"
TITLE = "铜陵市支持产教融合发展若干措施"
PREAMBLE = ("为深入贯彻《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），落实《省人民政府办公厅关于推进产教融合"
            "高质量发展的实施意见》（皖政办秘〔2025〕63号）部署，推动职业教育与我市铜基新材料、电子信息、先进装备制造、"
            "绿色食品等产业深度融合，结合我市实际，制定如下措施。")
MEASURES = [
    ("一、支持建设市域产教联合体。",
     "以铜陵经济技术开发区、狮子山高新区等产业园区为依托，由园区、龙头企业和职业院校共同组建市域产教联合体，实行理事会"
     "管理。经省级认定的，给予牵头单位一次性奖励135万元；经市级认定的，给予一次性奖励42万元。已获市级奖励后又获省级认定"
     "的，省级奖励扣除已拨付的市级奖励后发放。"),
    ("二、支持企业建设实训基地。",
     "企业新建或改扩建面向职业院校学生的实训基地，设备投资额（不含税）达到220万元以上、实训工位不少于60个、每年接收职业"
     "院校学生实训不少于500人次的，按设备投资额的25%给予补助，单个基地最高不超过85万元。享受补助的实训基地应向合作院校"
     "免费开放，连续运营不少于3年；未满3年停止运营的，按未运营月数比例收回补助资金。"),
    ("三、支持校企共建产业学院。",
     "企业与职业院校共建产业学院，每年招收学生不少于80人、企业全程参与人才培养的，经市教育局认定后，按企业实际投入的20%"
     "给予补助，最高不超过65万元，补助资金分两年各拨付50%。"),
    ("四、鼓励企业接收学生岗位实习。",
     "企业接收职业院校学生开展岗位实习，与学生、院校签订三方协议，实习时间连续满2个月并按月足额发放实习报酬的，按每人"
     "每月520元给予企业补贴，每名学生补贴期限最长4个月，每家企业每年最高不超过14万元。"),
    ("五、支持企业技术骨干到校授课。",
     "企业技术骨干、技能大师经职业院校聘任为产业导师，每学年在校授课不少于72学时的，按每人每学年8400元给予补助，补助资金"
     "由聘任院校申请，直接发放给本人。"),
    ("六、支持职工技能提升培训。",
     "企业委托本市职业院校开展职工技能提升培训，职工取得职业技能等级证书的，按初级工（五级）900元、中级工（四级）1400元、"
     "高级工（三级）2100元的标准给予企业培训补贴，每家企业每年最高不超过32万元。同一职工同一年度只能享受一次。"),
    ("七、建设区域公共实训中心。",
     "支持铜官区建设铜基新材料公共实训中心，实训工位不少于180个，2027年8月底前建成；支持枞阳县建设绿色食品加工实训中心、"
     "铜陵经济技术开发区建设电子信息技能实训中心，2027年2月底前建成。建成并经市人社局会同市教育局评估达标的，市级财政给予每个中心一次性"
     "奖励165万元。"),
    ("八、支持职业院校开设紧缺专业。",
     "职业院校围绕铜基新材料、电子信息、先进装备制造等产业新设紧缺专业，并与本市企业共同制定人才培养方案、共同组织招生的，"
     "每个专业给予一次性建设经费28万元，每所院校每年最多支持2个专业。"),
    ("九、鼓励毕业生留铜就业。",
     "职业院校毕业生在毕业后2年内到本市企业就业，签订1年以上劳动合同并按规定参加社保满6个月的，给予每人一次性就业补贴"
     "3600元。"),
    ("十、优化政策兑现服务。",
     "本措施所列支持事项实行“一口受理、限时兑现”，每年分上半年、下半年两批集中受理。受理截止后20个工作日内完成审核和公示，"
     "公示无异议的，在公示结束后15个工作日内拨付资金。申请单位被列入严重失信主体名单，或近2年发生较大及以上安全生产事故的，"
     "不予支持。同一事项同时符合本市其他政策的，按照“从优不重复”原则执行。"),
    ("十一、附则。",
     "本措施所需资金由市、县（区）财政按6∶4比例分担，第七项所列奖励由市级财政全额承担。本措施由市教育局会同市人社局、"
     "市财政局负责解释，自发布之日起施行，有效期3年。《铜陵市促进校企合作若干规定》（铜政办〔2022〕19号）同时废止。"),
]
ANNEX = "附件：铜陵市支持产教融合发展若干措施支持事项清单"
TABLE = (["序号", "支持项目", "支持标准", "牵头部门"],
         [("1", "市域产教联合体", "省级认定一次性奖励135万元，市级认定一次性奖励42万元", "市发展改革委"),
          ("2", "企业实训基地", "按设备投资额的25%补助，单个基地最高85万元", "市教育局"),
          ("3", "产业学院", "按企业实际投入的20%补助，最高65万元", "市教育局"),
          ("4", "学生岗位实习", "每人每月520元，每家企业每年最高14万元", "市人社局"),
          ("5", "产业导师", "每人每学年8400元", "市教育局"),
          ("6", "职工技能提升培训", "按证书等级每人900元至2100元，每家企业每年最高32万元", "市人社局"),
          ("7", "区域公共实训中心", "每个中心一次性奖励165万元", "市人社局"),
          ("8", "紧缺专业建设", "每个专业一次性建设经费28万元", "市教育局"),
          ("9", "毕业生留铜就业", "每人一次性就业补贴3600元", "市人社局"),
          ("10", "政策兑现服务", "每年两批集中受理，公示结束后15个工作日内拨付", "市财政局")])
DOWNLOADS = ["铜陵市支持产教融合发展若干措施（文字版）.docx"]
RELATED = ["《铜陵市支持产教融合发展若干措施》政策解读"]
FICTION = ("本页为虚构测试文档，非真实政策：铜陵市及所辖县区为真实地名，文号、内容、金额、日期、网站标识码和备案号均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #f3efe9; }
.top { background: #8c1d18; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #a3241d; font-weight: bold; letter-spacing: 6px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #b2302a; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
h1 { font-size: 22px; text-align: center; color: #111; line-height: 1.6; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 4px; }
.article p.no, .article p.bt, .article p.tt { text-align: center; text-indent: 0; }
.article p.to { text-indent: 0; }
.article p.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.article p.bt { font-size: 20px; font-weight: bold; margin: 28px 0 12px; }
.article p.tt { font-weight: bold; margin-top: 16px; }
.article table { border-collapse: collapse; margin: 6px auto 12px; font-size: 15px; width: 92%; }
.article th, .article td { border: 1px solid #888; padding: 6px 10px; line-height: 1.7; }
.article th { background: #f6e6e4; }
.article td.c { text-align: center; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #8c1d18; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #3b2b2a; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def table():
    head, rows = TABLE
    o = ['<table><thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in head) + '</tr></thead><tbody>']
    for no, item, std, lead in rows:
        o.append(f'<tr><td class="c">{e(no)}</td><td class="c">{e(item)}</td><td>{e(std)}</td><td class="c">{e(lead)}</td></tr>')
    o.append('</tbody></table>')
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_市政府办公室文件_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="市政府办公室文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, the measures, their 文号, figures, dates, '
         '网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">欢迎访问{SITE}门户网站　　<a href="#">无障碍</a>　<a href="#">长者版</a>　'
         '<a href="#">English</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键词"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进铜陵</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; '
         '<a href="#">市政府办公室文件</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">3862</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>']
    o += [f'<p>{e(t)}</p>' for t in NOTICE]
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append(f'<p>{e(PUBLIC)}</p>')
    o.append(f'<p class="bt">{e(TITLE)}</p>')
    o.append(f'<p>{e(PREAMBLE)}</p>')
    for lead, rest in MEASURES:
        o.append(f'<p><strong>{e(lead)}</strong>{e(rest)}</p>')
    o.append(f'<p class="tt">{e(ANNEX)}</p>')
    o.append(table())
    o.append('</div>')
    o.append('<div class="attach">相关下载：' + "".join(f'<a href="#">{e(a)}</a>' for a in DOWNLOADS) + '</div>')
    o.append('<div class="attach">相关解读：' + "".join(f'<a href="#">{e(a)}</a>' for a in RELATED) + '</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：铜陵市数据资源管理局<br>'
             '网站标识码：3407000031　　皖ICP备20260203号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
