#!/usr/bin/env python3
"""Write fresh10/qushui-shishi-fangan.html (虚构测试文档，非真实政策).

    cd fresh10/src && python3 make_qushui_html.py

An ordinary county government portal article page (UTF-8): top bar, logo, nav, breadcrumb
当前位置：首页 > 政务公开 > 政策文件 > 县政府办文件, <h1> title, 发布时间/来源/字号 line, the body as <p>s (文号, addressee,
one-sentence 通知, 落款, the 方案 with headings 一、…三、 in <strong>, items （一）… at the start of their <p>, contacts,
附件 line), the 附件 重点任务分工表 as an ordinary <table> (<th> header row; ★ after the 牵头单位 in the 责任单位 cell),
注 line, 【打印本页】【关闭窗口】, 相关链接, footer with 网站标识码 and 藏ICP备. The fictional note is in an HTML
comment and in the last lines of the page.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "qushui-shishi-fangan.html")

PAGE_TITLE = "曲水县人民政府办公室关于印发曲水县深化产教融合实施方案（2026—2028年）的通知"
DOCNO = "曲水政办发〔2026〕16号"
TO = "各乡（镇）人民政府，县直各部门："
NOTICE = "《曲水县深化产教融合实施方案（2026—2028年）》已经县人民政府同意，现印发给你们，请认真抓好落实。"
ISSUER = "曲水县人民政府办公室"
DATE = "2026年4月23日"
PUBLISHED = "2026-04-27 16:08"
TITLE = "曲水县深化产教融合实施方案（2026—2028年）"

# ("h", heading) | ("p", paragraph)
BODY = [
    ("p", "为贯彻落实《西藏自治区人民政府办公厅关于深化产教融合促进技术技能人才培养的实施意见》（藏政办发〔2026〕31号），推动县职业技术学校"
          "与县内企业深度合作，促进农牧民转移就业和县域产业发展，结合我县实际，制定本方案。"),
    ("h", "一、工作目标"),
    ("p", "到2028年，全县建成县级产教融合实训基地6个，县职业技术学校新设或调整与县域产业对接的专业不少于3个，聘请县级产业导师30名以上，"
          "每年开展农牧民和企业职工技能培训不少于2500人次。"),
    ("h", "二、重点任务"),
    ("p", "（一）建设县级产教融合实训基地。支持县内企业与县职业技术学校共建实训基地。设备投资额在50万元以上、每年开展实训不少于200人次的，"
          "经认定为县级产教融合实训基地，按设备投资额的20%给予一次性补助，单个基地最高30万元。县发展改革委每年择优推荐县级实训基地"
          "申报自治区级产教融合实训基地。"),
    ("p", "（二）优化专业设置。县职业技术学校围绕净土健康、高原特色农牧业、文化旅游、清洁能源等产业，2027年底前新设或调整专业不少于3个，"
          "每个专业至少与1家县内企业签订合作协议。"),
    ("p", "（三）聘请县级产业导师。县职业技术学校聘请县内企业技术骨干担任产业导师，每学年承担教学任务不少于32学时的，县财政按每人每年6000元"
          "给予补贴，每年补贴人数不超过10人。"),
    ("p", "（四）落实岗位实习补贴。县内企业接收县职业技术学校学生岗位实习的，在享受上级补贴的基础上，县财政再按每人每月200元给予企业补贴，"
          "补贴期限最长3个月。"),
    ("p", "（五）建设乡镇技能培训点。2026年在曲水镇、聂当乡各建设1个乡镇技能培训点，2027年底前实现各乡（镇）全覆盖，每个培训点给予"
          "一次性建设补助3万元。"),
    ("p", "（六）开展农牧民技能培训。围绕藏式家具制作、民族手工艺、农机操作、乡村旅游服务等，由县职业技术学校和县内企业联合开展农牧民技能培训，"
          "每年不少于1600人次，培训合格的按每人200元给予培训补助。"),
    ("p", "（七）促进毕业生县内就业。县内企业吸纳县职业技术学校毕业生并签订1年以上劳动合同的，县财政按每人2000元给予一次性补贴，"
          "每家企业每年最高4万元。"),
    ("p", "（八）搭建校企对接平台。每年6月、11月各举办1次校企合作对接会，发布县内企业用工需求和县职业技术学校专业设置信息。"),
    ("p", "（九）用好援藏资源。积极争取援藏资金和援藏省市职业院校支持，推动县职业技术学校与援藏地区院校结对，每年选派教师5名以上赴结对院校"
          "跟岗学习。"),
    ("h", "三、保障措施"),
    ("p", "（一）加强组织领导。成立曲水县产教融合工作领导小组，由县人民政府分管副县长任组长，县教育局、县发展改革委主要负责同志任副组长，"
          "县财政局、县人力资源社会保障局、县农业农村局、县工业和信息化局、县文化和旅游局为成员单位。领导小组办公室设在县教育局。"),
    ("p", "（二）保障资金投入。县财政每年安排产教融合专项资金300万元，用于本方案规定的各项补助。县级补助可与上级补助叠加享受；"
          "同一项目在县级政策中不重复支持。"),
    ("p", "（三）规范项目管理。县级项目每年4月集中申报，由县教育局会同县发展改革委审核，审核结果在县人民政府门户网站公示5个工作日。"
          "对弄虚作假骗取补助资金的，追回资金，3年内不得申报县级项目。"),
    ("p", "（四）强化跟踪问效。县教育局每半年对方案落实情况进行调度，每年12月底前向县人民政府报告年度工作情况。"),
    ("p", "本方案自印发之日起施行，有效期3年，由县教育局会同县发展改革委负责解释。"),
    ("p", "联系人：县教育局　格桑曲珍，电话：0891-6135207；县发展改革委　洛桑旺堆，电话：0891-6132416。"),
    ("p", "附件：曲水县深化产教融合重点任务分工表"),
]
TABLE_TITLE = "曲水县深化产教融合重点任务分工表"
TABLE_HEAD = ["序号", "重点任务", "责任单位", "完成时限"]
ROWS = [
    ("建设县级产教融合实训基地", "县发展改革委★、县教育局、县财政局", "2028年底前"),
    ("推荐申报自治区级实训基地", "县发展改革委★、县教育局", "每年"),
    ("优化专业设置", "县教育局★、县职业技术学校", "2027年底前"),
    ("聘请县级产业导师", "县教育局★、县财政局", "每年"),
    ("落实岗位实习补贴", "县人力资源社会保障局★、县教育局、县财政局", "每年"),
    ("建设乡镇技能培训点", "县人力资源社会保障局★、各乡（镇）人民政府", "2027年底前"),
    ("开展农牧民技能培训", "县农业农村局★、县人力资源社会保障局、县职业技术学校", "每年"),
    ("促进毕业生县内就业", "县人力资源社会保障局★、县工业和信息化局", "每年"),
    ("举办校企合作对接会", "县教育局★、县工业和信息化局", "每年6月、11月"),
    ("开展乡村旅游服务培训", "县文化和旅游局★、县职业技术学校", "每年"),
    ("争取援藏资源支持", "县发展改革委★、县教育局", "持续推进"),
    ("成立产教融合工作领导小组", "县教育局★", "2026年5月底前"),
    ("安排产教融合专项资金", "县财政局★、县教育局", "每年"),
    ("组织县级项目申报审核", "县教育局★、县发展改革委", "每年4月"),
]
TABLE_NOTE = "注：标★的为牵头单位，其他为配合单位。"
FICTION = ("本页为虚构测试文档，非真实政策：曲水县为真实地名，文号、内容、数字、人员、电话、网站标识码和备案号均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #f3f3f3; }
.top { background: #8c1c13; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #8c1c13; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #a8281d; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
h1 { font-size: 24px; text-align: center; color: #111; line-height: 1.5; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 6px; }
.article p.c { text-align: center; text-indent: 0; }
.article p.r { text-align: right; }
.article p.n { text-indent: 0; }
.article p.t { text-align: center; text-indent: 0; font-size: 20px; font-weight: bold; margin: 24px 0 12px; }
table.fgb { border-collapse: collapse; width: 100%; margin: 10px 0; font-size: 14px; }
table.fgb th, table.fgb td { border: 1px solid #555; padding: 6px 8px; line-height: 1.6; }
table.fgb th { background: #f0f0f0; }
table.fgb td.c { text-align: center; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.links { margin-top: 20px; font-size: 13px; border-top: 1px solid #ddd; padding-top: 10px; }
.foot { background: #5a5a5a; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(PAGE_TITLE)}_县政府办文件_曲水县人民政府</title>',
         '<meta name="SiteName" content="曲水县人民政府">', '<meta name="ColumnName" content="县政府办文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the 方案, its 文号, figures, people and phone numbers are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top"><div class="w">欢迎访问曲水县人民政府网站　　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">手机版</a></div></div>',
         '<div class="head"><div class="w"><span class="logo">曲水县人民政府</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进曲水</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">县政府办文件</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：曲水县人民政府办公室　　浏览次数：<span id="hits">1386</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">',
         f'<p class="c">{e(DOCNO)}</p>', f'<p class="n">{e(TO)}</p>', f'<p>{e(NOTICE)}</p>',
         f'<p class="r">{e(ISSUER)}</p>', f'<p class="r">{e(DATE)}</p>', '<p>（此件公开发布）</p>',
         f'<p class="t">{e(TITLE)}</p>']
    for kind, text in BODY:
        if kind == "h":
            o.append(f'<p><strong>{e(text)}</strong></p>')
        else:
            o.append(f'<p>{e(text)}</p>')
    o.append(f'<p class="t">{e(TABLE_TITLE)}</p>')
    o.append('<table class="fgb">')
    o.append('<tr>' + "".join(f'<th>{e(h)}</th>' for h in TABLE_HEAD) + '</tr>')
    for i, (task, units, due) in enumerate(ROWS, 1):
        o.append(f'<tr><td class="c">{i}</td><td>{e(task)}</td><td>{e(units)}</td><td class="c">{e(due)}</td></tr>')
    o.append('</table>')
    o.append(f'<p class="n">{e(TABLE_NOTE)}</p>')
    o.append('</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append('<div class="links">相关链接：<a href="#">曲水县人民政府办公室关于做好2026年春季农牧民转移就业工作的通知</a>　'
             '<a href="#">曲水县2026年政府信息公开工作要点</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append('<div class="foot"><div class="w">主办：曲水县人民政府办公室　　承办：曲水县融媒体中心<br>'
             '网站标识码：5401240007　　藏ICP备20260417号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(ROWS), "rows")


if __name__ == "__main__":
    main()
