#!/usr/bin/env python3
"""Write fresh13/yichun-shenbao-tongzhi.html (虚构测试文档，非真实政策).

    cd fresh13/src && python3 make_yichun_html.py

An ordinary city bureau portal page carrying a yearly 申报通知 (UTF-8; page frame as fresh12's 德阳 page): top bar, logo
and search box, nav, breadcrumb 当前位置：首页 > 通知公告, <h1> title, 发布时间/来源/浏览次数/字号 line; the body as <p>s:
文号, addressee, opening paragraph, headings 一、…六、 in <strong>, items （一）… and numbered 申报材料 1.–8., the
contacts of the city bureaus as lines and those of the 县（市、区） and the two zones as a <table> (地区/受理单位/联系人/
联系电话), the 附件 line, the four issuing bodies and the date; then the 附件 downloads (three .docx links),
【打印本页】【关闭窗口】, footer with 网站标识码 and 赣ICP备. The fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "yichun-shenbao-tongzhi.html")

PAGE_TITLE = "关于开展2026年度宜春市产教融合项目申报工作的通知"
PUBLISHED = "2026-04-10 10:15"
SOURCE = "宜春市教育局"
DOCNO = "宜教职成字〔2026〕18号"
TO = ("各县（市、区）教育体育局、发展改革委、财政局、人力资源和社会保障局，宜春经济技术开发区、明月山温泉风景名胜区社会发展局，"
      "各有关职业院校、企业：")

# ("h", heading) | ("p", paragraph) | ("table", head, rows)
BODY = [
    ("p", "为深化产教融合、校企合作，根据《宜春市产教融合型企业认定和奖补办法》（宜府发〔2025〕57号）等有关规定，经研究，"
          "决定组织开展2026年度市级产教融合项目申报工作。2025年度全市共认定市级产教融合型企业18家、市级产教融合实训基地9个，"
          "发放岗位实习补贴316万元。现将2026年度申报有关事项通知如下："),
    ("h", "一、申报项目和支持标准"),
    ("p", "（一）市级产教融合型企业认定。2026年度全市认定不超过20家。经认定的市级产教融合型企业，给予一次性奖补15万元。"
          "已被认定为省级产教融合型企业的，不再参加市级认定，由市级给予一次性奖励40万元。"),
    ("p", "（二）市级产教融合实训基地。2026年度支持不超过12个。按企业实训设备投入的20%给予一次性补助，单个基地最高40万元。"),
    ("p", "（三）岗位实习补贴。企业接收宜春市职业院校学生岗位实习、连续实习满1个月的，按每人每月400元给予企业补贴，"
          "每名学生最长补贴6个月，每家企业每年最高12万元。"),
    ("p", "（四）申报数量。同一企业2026年度最多申报2个项目；同一实训基地只能申报一次。各县（市、区）推荐市级产教融合型企业"
          "原则上不超过3家，推荐市级产教融合实训基地原则上不超过2个。"),
    ("h", "二、申报条件"),
    ("p", "（一）基本条件。申报企业应在宜春市行政区域内依法注册登记、具有独立法人资格，正常经营满2年（2024年4月30日前注册）；"
          "依法纳税，纳税信用等级为B级及以上；近3年未被列入严重失信主体名单，未发生较大及以上安全生产事故；"
          "与职业院校签订合作协议并实际开展合作。"),
    ("p", "（二）市级产教融合型企业。除基本条件外，还应同时具备：与宜春市内职业院校合作满2年；上年度接收职业院校学生岗位实习"
          "不少于30人；职工人数不少于100人（以2025年12月在本企业参保的人数为准）；上年度营业收入不低于5000万元（锂电新能源、生物医药企业放宽至3000万元）。"),
    ("p", "（三）市级产教融合实训基地。实训设备投入不低于100万元（以2024年1月1日以后购置的设备计算）；实训工位不少于30个；"
          "每年接收职业院校学生实训不少于200人次；基地已投入使用满6个月。"),
    ("p", "（四）岗位实习补贴。实习时间在2025年9月1日至2026年8月31日之间；企业与学校、学生签订三方实习协议，并按协议支付实习报酬；"
          "同一学生在同一企业只能申报一次。"),
    ("p", "（五）有下列情形之一的，不予受理：被列入经营异常名录的；近3年内因弄虚作假被取消申报资格的；同一项目已获得市级其他财政资金支持的；"
          "申报岗位实习补贴的实习学生不是宜春市职业院校在籍学生的。"),
    ("h", "三、申报材料"),
    ("p", "1.《2026年度宜春市产教融合项目申报表》（附件1）；"),
    ("p", "2.营业执照复印件；"),
    ("p", "3.与职业院校签订的合作协议复印件；"),
    ("p", "4.上年度财务报表（资产负债表、利润表）；"),
    ("p", "5.税务部门出具的完税证明；"),
    ("p", "6.申报实训基地的，提供实训设备购置发票复印件和设备清单；"),
    ("p", "7.申报岗位实习补贴的，提供《岗位实习学生花名册》（附件2）、三方实习协议复印件和实习报酬银行发放记录；"),
    ("p", "8.《申报单位信用承诺书》（附件3）。"),
    ("p", "申报表须由企业法定代表人签字。申报材料一式两份，按上述顺序装订成册并加盖单位印章；同时将电子版上传至"
          "“宜春市校企合作服务平台”。"),
    ("h", "四、时间安排"),
    ("p", "（一）企业申报：2026年4月20日至5月22日。企业通过平台填报，并将纸质材料报送注册地县（市、区）教育主管部门；"
          "宜春经济技术开发区、明月山温泉风景名胜区的企业报送所在区社会发展局。平台于5月22日17:00关闭，逾期不再受理。"),
    ("p", "申报培训：市教育局定于4月16日下午3时在市教育局三楼会议室举办申报培训会，各县（市、区）受理单位和有意向申报的企业"
          "各派1名人员参加，不再另行通知。"),
    ("p", "（二）县级初审：5月25日至6月12日。县（市、区）教育、发展改革、人力资源社会保障部门联合初审，于6月15日前将初审意见"
          "和推荐名单报市教育局职成科。"),
    ("p", "（三）市级评审：6月下旬。市教育局会同市发展改革委、市人力资源社会保障局组织评审，并对申报实训基地的企业进行实地核查。"),
    ("p", "（四）公示：7月上旬在宜春市教育局网站公示，公示期7个工作日。"),
    ("p", "（五）资金拨付：公示结束后，由市财政局于9月30日前拨付到企业。"),
    ("h", "五、联系方式"),
    ("p", "市教育局职成科：彭丽君，0795-3599216（产教融合型企业、实训基地）"),
    ("p", "市人力资源社会保障局职业能力建设科：汤海燕，0795-3599108（岗位实习补贴）"),
    ("p", "市发展改革委社会科：胡建波，0795-3599734"),
    ("p", "平台技术支持：0795-3599660"),
    ("p", "各县（市、区）受理单位及联系人："),
    ("table", ["地区", "受理单位", "联系人", "联系电话"], [
        ("袁州区", "区教育体育局", "晏春燕", "0795-3268520"),
        ("樟树市", "市教育体育局", "邹志刚", "0795-7352216"),
        ("丰城市", "市教育体育局", "熊丽萍", "0795-6421357"),
        ("高安市", "市教育体育局", "简国庆", "0795-5218063"),
        ("奉新县", "县教育体育局", "漆慧敏", "0795-4502219"),
        ("万载县", "县教育体育局", "辛晓明", "0795-8826104"),
        ("上高县", "县教育体育局", "况瑞芳", "0795-2512367"),
        ("宜丰县", "县教育体育局", "欧阳斌", "0795-2758841"),
        ("靖安县", "县教育体育局", "廖振华", "0795-4628135"),
        ("铜鼓县", "县教育体育局", "卢桂英", "0795-8712290"),
        ("宜春经济技术开发区", "社会发展局", "付文杰", "0795-3661472"),
        ("明月山温泉风景名胜区", "社会发展局", "龚婷", "0795-3650318"),
    ]),
    ("h", "六、有关要求"),
    ("p", "（一）申报单位对申报材料的真实性负责。对弄虚作假骗取补助资金的，追回已拨付资金，3年内不得申报市级产教融合项目。"),
    ("p", "（二）同一实训基地已获得省级财政补助的，不再申报市级实训基地补助。"),
    ("p", "（三）县（市、区）对同类事项出台补贴政策的，企业可同时享受市级补贴和县级补贴。"),
    ("p", "（四）逾期报送或材料不全的，不予受理。"),
    ("p", "（五）各县（市、区）要加强政策宣传，组织辖区内符合条件的企业积极申报，对推荐企业的申报材料严格把关，"
          "并对初审意见负责。"),
    ("p", "（六）获得市级产教融合型企业认定或实训基地补助的企业，应于每年12月31日前通过平台报送当年校企合作和实训基地运行情况。"),
    ("p", "附件：1.2026年度宜春市产教融合项目申报表"),
    ("p", "2.岗位实习学生花名册"),
    ("p", "3.申报单位信用承诺书"),
]
SIGN = ["宜春市教育局　　宜春市发展和改革委员会", "宜春市财政局　　宜春市人力资源和社会保障局", "2026年4月9日"]
ATTACH = ["附件1：2026年度宜春市产教融合项目申报表.docx", "附件2：岗位实习学生花名册.xlsx", "附件3：申报单位信用承诺书.docx"]
FICTION = ("本页为虚构测试文档，非真实政策：宜春市为真实地名，文号、内容、金额、日期、人员、电话、平台名称、网站标识码和备案号均为虚构，"
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
         f'<title>{e(PAGE_TITLE)}_通知公告_宜春市教育局</title>',
         '<meta name="SiteName" content="宜春市教育局">', '<meta name="ColumnName" content="通知公告">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, its 文号, figures, dates, people, phone numbers '
         'and system name are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top"><div class="w">欢迎访问宜春市教育局网站　　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a></div></div>',
         '<div class="head"><div class="w"><span class="logo">宜春市教育局</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">通知公告</a>'
         '<a href="#">职业教育</a><a href="#">办事服务</a><a href="#">互动交流</a></div></div>',
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
    o.append('<div class="foot"><div class="w">主办：宜春市教育局　　技术支持：宜春市教育信息中心<br>'
             '网站标识码：3609000027　　赣ICP备20260412号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
