#!/usr/bin/env python3
"""Write fresh14/jieshou-gxq-shenbao-tongzhi.html (虚构测试文档，非真实政策).

    cd fresh14/src && python3 make_jieshou_gxq_html.py

An ordinary portal article page of a development zone's 管委会 (frame as fresh13's 宜春 page): top bar, logo and search
box, nav, breadcrumb 当前位置：首页 > 通知公告, <h1> title, 发布时间/来源/浏览次数/字号 line; the body as <p>s: 文号,
addressee, opening paragraph, headings 一、…六、 in <strong>, items （一）…, the 申报材料 typed 1.–7., the contacts as
lines, the 附件 line, the issuing body and the date; then the 附件 downloads, 【打印本页】【关闭窗口】, footer with
网站标识码 and 皖ICP备. The fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "jieshou-gxq-shenbao-tongzhi.html")

SITE = "界首高新技术产业开发区管理委员会"
PAGE_TITLE = "关于开展2026年度界首高新区产教融合支持项目申报工作的通知"
PUBLISHED = "2026-04-07 09:30"
SOURCE = "高新区社会事务局"
DOCNO = "界高管〔2026〕9号"
TO = "区内各有关企业，各合作职业院校："

BODY = [
    ("p", "为加快区内企业技能人才队伍建设，根据《界首市2026年产教融合工作实施方案》（界政办〔2026〕21号）和《界首高新区促进产业"
          "高质量发展若干政策》（界高管〔2025〕33号），结合区内再生资源、新型材料和高端装备企业用工需求，经管委会研究，现就开展2026年度高新区产教融合支持项目申报工作通知如下。"
          "2025年，高新区共支持企业实训基地4个，发放岗位实习补贴86万元，带动区内企业接收职业院校实习学生410人次。"),
    ("h", "一、支持内容和标准"),
    ("p", "（一）实训基地建设补助。支持区内企业建设实训基地，按实训设备投入的30%给予一次性补助，单个基地最高50万元。"
          "2026年度计划支持不超过6个。"),
    ("p", "（二）产业学院共建奖励。区内企业与职业院校共建产业学院、当年招收学生不少于80人的，给予企业一次性奖励20万元。"),
    ("p", "（三）岗位实习补贴。企业接收职业院校学生岗位实习满1个月的，按每人每月500元给予补贴，每名学生最长补贴4个月，"
          "每家企业每年最高15万元。"),
    ("p", "（四）新招技能人才稳岗补贴。企业新招用职业院校应届毕业生并签订1年以上劳动合同的，按每人2000元给予一次性补贴，"
          "每家企业每年最高20万元。"),
    ("p", "（五）与市级政策衔接。区内企业可同时申报界首市级产教融合补助；同一项目已获得市级补助的，高新区按本通知标准补足差额，"
          "不重复补助。企业申报时应在申报表中如实填写同一项目已获得的市级补助金额。"),
    ("h", "二、申报条件"),
    ("p", "（一）在界首高新区内注册并实际经营，具有独立法人资格，2025年度营业收入不低于2000万元；"),
    ("p", "（二）纳税信用等级为B级及以上，近2年未发生一般及以上安全生产事故；"),
    ("p", "（三）与职业院校签订合作协议满1年并实际开展合作；"),
    ("p", "（四）申报实训基地的，实训设备投入不低于80万元（以2025年1月1日以后购置的设备计算），实训工位不少于30个。"),
    ("p", "注册地不在高新区的企业不在本通知支持范围内，可向所在镇、街道或市教育局咨询界首市级政策。"),
    ("h", "三、申报材料"),
    ("p", "1.《界首高新区2026年度产教融合支持项目申报表》（附件1）；"),
    ("p", "2.营业执照复印件；"),
    ("p", "3.校企合作协议复印件；"),
    ("p", "4.2025年度财务报表；"),
    ("p", "5.申报实训基地的，提供实训设备购置发票复印件和设备清单；"),
    ("p", "6.申报岗位实习补贴的，提供《岗位实习补贴明细表》（附件2）、三方协议和实习报酬发放凭证；"),
    ("p", "7.申报稳岗补贴的，提供劳动合同复印件和社保缴纳证明。"),
    ("p", "申报材料一式三份，用A4纸装订成册，并加盖企业印章，同时提交《申报承诺书》（附件3）。"),
    ("h", "四、时间安排"),
    ("p", "（一）申报时间：2026年4月10日至5月8日（工作日上午8:30—12:00，下午14:30—17:30），逾期不予受理。"),
    ("p", "（二）受理地点：高新区管委会政务服务中心二楼社会事务局窗口。申报企业须提交纸质材料，不接受邮寄。"),
    ("p", "（三）联合审核：社会事务局会同经济发展局、财政金融局对申报材料进行审核，对申报实训基地的企业逐一实地核查，"
          "核查内容包括设备到位、工位数量和学生实训记录。"),
    ("p", "（四）审核公示：5月中旬完成审核和实地核查，5月下旬在高新区管委会网站公示5个工作日。"),
    ("p", "（五）资金拨付：公示无异议后，于7月31日前拨付到企业账户。"),
    ("h", "五、联系方式"),
    ("p", "社会事务局：陶文静，0558-4917236（实训基地、产业学院）"),
    ("p", "经济发展局：葛昌明，0558-4917281（岗位实习补贴、稳岗补贴）"),
    ("h", "六、其他事项"),
    ("p", "（一）同一企业同一年度最多申报3个支持事项。"),
    ("p", "（二）对弄虚作假骗取补助的，追回已拨付资金，3年内取消其申报高新区各类扶持政策的资格。"),
    ("p", "（三）获得实训基地补助的企业，实训基地应持续运行不少于2年，每年接收职业院校学生实训不少于150人次。"),
    ("p", "（四）获得支持的企业，应于2026年12月31日前向社会事务局报送全年校企合作开展情况。"),
    ("p", "（五）本通知由高新区社会事务局负责解释。"),
    ("p", "附件：1.界首高新区2026年度产教融合支持项目申报表"),
    ("p", "2.岗位实习补贴明细表"),
    ("p", "3.申报承诺书"),
]
SIGN = ["界首高新技术产业开发区管理委员会", "2026年4月3日"]
ATTACH = ["附件1：界首高新区2026年度产教融合支持项目申报表.docx", "附件2：岗位实习补贴明细表.xlsx", "附件3：申报承诺书.docx"]
FICTION = ("本页为虚构测试文档，非真实政策：界首市、界首高新技术产业开发区为真实地名，文号、内容、金额、日期、人员、电话、网站标识码和备案号均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #f0f3f0; }
.top { background: #1d6b3a; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #1d6b3a; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #2a8a4f; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
h1 { font-size: 24px; text-align: center; color: #111; line-height: 1.5; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 4px; }
.article p.no { text-align: center; text-indent: 0; }
.article p.to { text-indent: 0; }
.article p.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.article table { border-collapse: collapse; margin: 6px auto 12px; font-size: 15px; }
.article th, .article td { border: 1px solid #999; padding: 5px 14px; }
.article th { background: #eef5ef; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #1d6b3a; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #2f3f34; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(PAGE_TITLE)}_通知公告_"+SITE+"</title>',
         '<meta name="SiteName" content="界首高新区管委会">', '<meta name="ColumnName" content="通知公告">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, its 文号, figures, dates, people, phone numbers '
         'are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top"><div class="w">欢迎访问界首高新区管委会网站　　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a></div></div>',
         '<div class="head"><div class="w"><span class="logo">界首高新区管委会</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">通知公告</a>'
         '<a href="#">招商引资</a><a href="#">办事服务</a><a href="#">互动交流</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">3862</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>']
    for item in BODY:
        if item[0] == "h":
            o.append(f'<p><strong>{e(item[1])}</strong></p>')
        elif item[0] == "p":
            o.append(f'<p>{e(item[1])}</p>')
        else:
            o.append('<table><thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in item[1]) + '</tr></thead><tbody>')
            for r in item[2]:
                o.append('<tr>' + "".join(f'<td>{e(x)}</td>' for x in r) + '</tr>')
            o.append('</tbody></table>')
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append('</div>')
    o.append('<div class="attach">附件下载：' + "".join(f'<a href="#">{e(a)}</a>' for a in ATTACH) + '</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append('<div class="foot"><div class="w">主办：界首高新技术产业开发区管理委员会　　承办：高新区党政办公室<br>'
             '网站标识码：3412820061　　皖ICP备20260318号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
