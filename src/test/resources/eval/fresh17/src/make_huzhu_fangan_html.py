#!/usr/bin/env python3
"""Write fresh17/huzhu-shishi-fangan.html (虚构测试文档，非真实政策).

    cd fresh17/src && python3 make_huzhu_fangan_html.py

An article page of a county government portal (frame of fresh15's make_jingmen_caizheng_html.py, other colours): top bar,
logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 县政府办文件, <h1> title, info line
发布时间/来源/浏览次数/字号 大 中 小; the body: 文号, addressee, the 印发 text, signature, date and 公开 line, then the
实施方案 (title, preamble citing the province's 办法 with its 文号, 一、…四、 in <strong>, the tasks （一）…（七） each a
<p> opening with its bold lead sentence, the county's own amounts in 三、, the 工作专班 and phone in 四、), then the 附件
任务清单 as the only <table>: 类别/序号/任务/责任单位/完成时限, the 类别 cells spanning four rows each (rowspan), ★ after
the 牵头单位; 注 line; then 相关下载, 【打印本页】【关闭窗口】, footer with 网站标识码 and 青ICP备. The fictional note is in an
HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "huzhu-shishi-fangan.html")

SITE = "互助土族自治县人民政府"
PAGE_TITLE = "互助土族自治县人民政府办公室关于印发《互助土族自治县2026年产教融合工作实施方案》的通知"
PUBLISHED = "2026-04-19 10:30"
SOURCE = "县政府办公室"
DOCNO = "互政办〔2026〕34号"
TO = "各乡（镇）人民政府，县政府各部门，互助绿色产业园区管委会："
NOTICE = ["《互助土族自治县2026年产教融合工作实施方案》已经县人民政府同意，现印发给你们，请结合实际认真抓好落实。"]
SIGN = ["互助土族自治县人民政府办公室", "2026年4月17日"]
FANGAN_TITLE = "互助土族自治县2026年产教融合工作实施方案"

FANGAN = [
    ("p", "为贯彻落实《青海省职业院校产业学院认定和管理办法》（青教职〔2026〕26号），推动我县职业教育与青稞酒酿造、土族盘绣、"
          "乡村旅游、高原农畜产品加工等特色产业深度融合，结合我县实际，制定本方案。"),
    ("h", "一、工作目标"),
    ("p", "2026年，推荐申报省级产业学院1个，认定县级产业学院2个，建成校企共建实训基地2个；全年开展企业职工和农牧民技能培训"
          "3200人次；县职业技术学校毕业生留县就业不少于180人。"),
    ("h", "二、重点任务"),
    ("lead", "（一）推荐申报省级青稞酒酿造产业学院。",
     "依托2025年3月由县职业技术学校与青海互丰青稞酒业有限公司等4家企业共建的青稞酒酿造产业学院（现有在校生172人，企业累计"
     "投入240万元），对照省级认定条件补齐短板，2026年5月5日前完成省级产业学院申报材料报送；秋季学期新增酿酒技术专业，"
     "招生不少于60人。"),
    ("lead", "（二）建设土族盘绣技艺产业学院。",
     "依托丹麻镇盘绣传习基地，由县职业技术学校与2家盘绣企业共建，按县级产业学院标准建设，2026年9月底前挂牌运行，全年开展"
     "盘绣技艺培训不少于450人次。"),
    ("lead", "（三）建设高原农畜产品加工实训基地。",
     "在塘川镇建设农畜产品加工实训基地，实训工位不少于40个，2026年10月底前建成投用，塘川镇人民政府负责场地保障。"),
    ("lead", "（四）培育乡村旅游服务人才。",
     "在威远镇开展土族民俗接待、餐饮服务、景区讲解等培训不少于500人次，2026年8月底前完成。"),
    ("lead", "（五）支持学生岗位实习。",
     "县内企业接收县职业技术学校学生岗位实习满1个月的，按每人每月260元给予企业补贴，每名学生最长补贴4个月，每家企业每年"
     "最高2.6万元。"),
    ("lead", "（六）选聘县级产业导师。",
     "县级产业学院从合作企业选聘产业导师，每学年授课不少于32学时的，按每人每学年3800元给予补助，全县每年不超过20名。"),
    ("lead", "（七）开展职工和农牧民技能培训。",
     "围绕青稞酒酿造、农畜产品加工、乡村旅游等岗位开展技能培训3200人次，其中青稞酒酿造岗位不少于880人次。"),
    ("h", "三、支持政策"),
    ("p", "（一）对我县新认定为省级产业学院的，在省级奖励基础上，县财政再给予牵头院校一次性奖励22万元。"),
    ("p", "（二）经县教育局认定的县级产业学院，县财政给予一次性建设补助11万元。已获县级建设补助、后被认定为省级产业学院的，"
          "县级建设补助不予扣减。"),
    ("p", "（三）县级奖补与省级奖励可以叠加享受；同一事项县直部门之间不重复支持。"),
    ("p", "（四）2026年县财政安排产教融合专项资金370万元，由县财政局按任务进度拨付。"),
    ("h", "四、保障措施"),
    ("p", "（一）加强组织领导。成立县产教融合工作专班，由副县长鲁永清任组长，县教育局局长星海燕、县发展和改革局局长吕国栋任副组长，"
          "县财政局、县人力资源和社会保障局、县工业商务和信息化局、县文体旅游广电局、县农业农村和科技局及丹麻镇、塘川镇、威远镇"
          "人民政府分管负责同志为成员。工作专班办公室设在县教育局，祁文娟同志任办公室主任，联系电话：0972-8321546。"),
    ("p", "（二）强化工作调度。各责任单位于每季度结束后5个工作日内向工作专班办公室报送工作进展，2026年12月10日前报送全年工作"
          "总结。"),
    ("p", "（三）严格资金管理。县级奖补资金由牵头单位审核后报县财政局拨付，任何单位不得截留、挪用。"),
    ("p", "附件：互助土族自治县2026年产教融合重点任务清单"),
]

TABLE_TITLE = "互助土族自治县2026年产教融合重点任务清单"
TABLE = (["类别", "序号", "任务", "责任单位", "完成时限"],
         [("平台建设", [
             ("1", "青稞酒酿造产业学院申报省级产业学院", "县教育局★、县职业技术学校、互助绿色产业园区管委会", "2026年5月5日前"),
             ("2", "土族盘绣技艺产业学院挂牌运行", "丹麻镇人民政府★、县教育局、县文体旅游广电局", "2026年9月底前"),
             ("3", "农畜产品加工实训基地建成投用", "塘川镇人民政府★、县农业农村和科技局、县工业商务和信息化局", "2026年10月底前"),
             ("4", "县级产业学院认定", "县教育局★、县财政局", "2026年11月30日前")]),
          ("人才培养", [
             ("5", "学生岗位实习补贴发放", "县人力资源和社会保障局★、县教育局、县财政局", "2026年12月20日前"),
             ("6", "县级产业导师选聘", "县教育局★、县人力资源和社会保障局", "2026年10月16日前"),
             ("7", "乡村旅游服务人才培训", "县文体旅游广电局★、威远镇人民政府", "2026年8月底前"),
             ("8", "职工和农牧民技能培训", "县人力资源和社会保障局★、县农业农村和科技局", "2026年12月底前")]),
          ("服务保障", [
             ("9", "产教融合专项资金拨付", "县财政局★、县教育局", "2026年12月25日前"),
             ("10", "校企合作需求清单发布", "县工业商务和信息化局★、县教育局", "2026年5月31日前"),
             ("11", "毕业生留县就业服务", "县人力资源和社会保障局★、互助绿色产业园区管委会", "2026年7月30日前"),
             ("12", "全年工作总结报送", "县教育局★、各责任单位", "2026年12月10日前")])])
TABLE_NOTE = "注：标★的为牵头单位，其他为配合单位。"
DOWNLOADS = ["互政办〔2026〕34号.pdf", "互助土族自治县2026年产教融合重点任务清单.xlsx"]
FICTION = ("本页为虚构测试文档，非真实政策：互助土族自治县及所辖乡镇为真实地名，文号、内容、金额、日期、人员、电话、企业名称、网站标识码"
           "和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #f3efe6; }
.top { background: #8a2a1c; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #8a2a1c; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #b23a26; }
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
.article p.h { text-indent: 2em; }
.article table { border-collapse: collapse; margin: 6px auto 12px; font-size: 15px; width: 96%; }
.article th, .article td { border: 1px solid #888; padding: 6px 10px; line-height: 1.7; }
.article th { background: #f6e8e2; }
.article td.c { text-align: center; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #8a2a1c; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #3b2a24; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def table():
    head, groups = TABLE
    o = [f'<p class="bt">{e(TABLE_TITLE)}</p>',
         '<table><thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in head) + '</tr></thead><tbody>']
    for group, rows in groups:
        for k, (no, task, units, due) in enumerate(rows):
            cells = f'<td class="c" rowspan="{len(rows)}">{e(group)}</td>' if k == 0 else ""
            cells += f'<td class="c">{no}</td><td>{e(task)}</td><td>{e(units)}</td><td class="c">{e(due)}</td>'
            o.append(f'<tr>{cells}</tr>')
    o.append('</tbody></table>')
    o.append(f'<p class="to">{e(TABLE_NOTE)}</p>')
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_县政府办文件_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="县政府办文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, the 实施方案, its 文号, figures, dates, people, phone '
         'numbers, company names, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年4月19日 星期日</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">手机版</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进互助</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; '
         '<a href="#">县政府办文件</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">968</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>']
    o += [f'<p>{e(t)}</p>' for t in NOTICE]
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append('<p>（此件公开发布）</p>')
    o.append(f'<p class="bt">{e(FANGAN_TITLE)}</p>')
    for item in FANGAN:
        if item[0] == "h":
            o.append(f'<p class="h"><strong>{e(item[1])}</strong></p>')
        elif item[0] == "lead":
            o.append(f'<p><strong>{e(item[1])}</strong>{e(item[2])}</p>')
        else:
            o.append(f'<p>{e(item[1])}</p>')
    o.append(table())
    o.append('</div>')
    o.append('<div class="attach">相关下载：' + "".join(f'<a href="#">{e(a)}</a>' for a in DOWNLOADS) + '</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：互助土族自治县融媒体中心<br>'
             '网站标识码：6321260017　　青ICP备20260319号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
