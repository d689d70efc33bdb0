#!/usr/bin/env python3
"""Write fresh19/gansu-zijin-tongzhi.html (虚构测试文档，非真实政策).

    cd fresh19/src && python3 make_gansu_zijin_html.py

Adapted from fresh18/src/make_ningxia_yijian_html.py (same frame, other colours): an article page of the 省财政厅 portal
(UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 财政资金分配, a 信息公开 table
(索引号, 主题分类, 发文机关, 文号, 成文日期, 发布日期, 有效性), <h1> title, info line 发布时间/来源/浏览次数/字号 大 中 小; the body
in <p>s: 文号, addressee, one paragraph (依据: an earlier 管理办法 cited by title and 文号; the total — **the amount per
地区 is only in the table**), 一、…五、 as <p><strong> (资金使用, 绩效管理, 执行期限和结转, 资金清算, 联系方式), signature,
date, 公开 line; then 附件1 **the allocation table as a <table>** (序号 / 地区 / 单位或项目名称 / 项目类别 / 金额（万元） / 备注,
**the 地区 cell spanning its rows and its 小计 row with `rowspan`**, a 合计 row with `colspan`) and 附件2 the 绩效目标表 (a
second <table>); 附件下载 line (file names only), 【打印本页】【关闭窗口】, footer with 网站标识码 and 甘ICP备. The fictional
note is in an HTML comment and in the last lines.
Kept out (earlier lines on places in 甘肃 — see README, twentieth set): 产业学院, 实训, 联合体, 联席会议, 有效期, 技师, 学徒,
the 天水 unstated words; no other earlier place of 甘肃 is named.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gansu-zijin-tongzhi.html")

SITE = "甘肃省财政厅"
PAGE_TITLE = "甘肃省财政厅 甘肃省发展和改革委员会关于下达2026年产教融合专项资金（第一批）的通知"
PUBLISHED = "2026-05-28 16:20"
SOURCE = "经济建设处"
DOCNO = "甘财建〔2026〕58号"
META = [("索 引 号", "GS-0118-2026-00263"), ("主题分类", "财政\\专项资金"), ("发文机关", "甘肃省财政厅 甘肃省发展和改革委员会"),
        ("文　　号", DOCNO), ("成文日期", "2026-05-26"), ("发布日期", "2026-05-28"), ("有 效 性", "有效")]
TO = "白银市、庆阳市、陇南市、临夏回族自治州财政局、发展改革委，省本级有关职业院校："
SIGN = ["甘肃省财政厅　　甘肃省发展和改革委员会", "2026年5月26日"]

BODY = [
    ("p", "根据《甘肃省产教融合专项资金管理办法》（甘财建〔2024〕31号），经研究，现下达你们2026年产教融合专项资金（第一批）"
          "4090万元，具体分配情况见附件1，绩效目标见附件2。请按照以下要求做好资金管理工作。"),
    ("h", "一、资金使用"),
    ("p", "（一）专项资金专款专用，重点支持专业群建设、行业产教融合共同体建设、校企协同育人、教学装备升级、产教对接平台建设"
          "和职工技能培训。"),
    ("p", "（二）专项资金不得用于人员工资和津贴补贴，不得用于偿还债务和对外投资，不得用于新建、改扩建楼堂馆所等基本建设支出。"),
    ("p", "（三）市（州）财政部门收到资金后20日内，会同同级发展改革部门将资金分解下达到项目单位，并将分解下达文件报省财政厅、"
          "省发展改革委；省本级项目资金由省财政厅直接下达至项目单位。"),
    ("p", "（四）同一项目已获得其他省级财政专项资金支持的，不得重复安排。"),
    ("h", "二、绩效管理"),
    ("p", "市（州）在分解下达资金时，要同步下达绩效目标。省财政厅、省发展改革委将组织开展绩效评价，评价结果与下一年度资金分配"
          "挂钩。"),
    ("h", "三、执行期限和结转"),
    ("p", "（一）本批资金执行期限至2026年12月31日。"),
    ("p", "（二）当年未支出的资金可结转下年使用，结转资金应在2027年6月30日前使用完毕；逾期仍未使用的，由省财政厅收回统筹使用。"),
    ("p", "（三）项目完成后的结余资金不得结转，由市（州）财政部门按规定收回。"),
    ("h", "四、资金清算"),
    ("p", "各市（州）财政局、发展改革委和省本级项目单位于2027年3月15日前报送资金使用情况和绩效自评表，省财政厅会同省发展改革委"
          "于2027年4月15日前办理清算。"),
    ("h", "五、联系方式"),
    ("p", "省财政厅经济建设处　汪永峰，电话：0931-8866735；省发展改革委社会发展处　牛雅琴，电话：0931-8915462。"),
]

# 附件1: (地区, rows of (序号, 单位或项目名称, 项目类别, 金额, 备注)); the 小计 is computed
GROUPS = [
    ("省本级", [
        (1, "甘肃祁连工程职业技术学院（智能建造专业群）", "专业群建设", 210, ""),
        (2, "甘肃祁连工程职业技术学院（工程机械教学装备升级）", "教学装备升级", 180, ""),
        (3, "甘肃陇上农牧职业技术学院（现代畜牧行业产教融合共同体）", "共同体建设", 190, "牵头单位"),
        (4, "甘肃陇上农牧职业技术学院（智慧农业专业群）", "专业群建设", 150, ""),
        (5, "甘肃驼铃商贸职业学院（跨境电商校企协同育人项目）", "校企协同育人", 120, ""),
        (6, "甘肃飞天文旅职业学院（文旅融合专业群）", "专业群建设", 130, ""),
        (7, "“陇职汇”产教供需对接平台", "平台建设", 160, "省发展改革委组织实施"),
    ]),
    ("白银市", [
        (8, "白银铜城有色金属职业技术学院（有色冶金专业群）", "专业群建设", 170, ""),
        (9, "白银有色金属行业产教融合共同体", "共同体建设", 160, "牵头：白银铜城有色金属职业技术学院"),
        (10, "会宁县桃花山职业学校（小杂粮加工校企协同育人项目）", "校企协同育人", 80, "会宁县"),
        (11, "景泰县黄河石林职业学校（文旅服务教学装备升级）", "教学装备升级", 90, "景泰县"),
        (12, "白银市职工技能培训项目", "技能培训", 150, "市人力资源社会保障局组织实施"),
    ]),
    ("庆阳市", [
        (13, "庆阳陇东能源职业技术学院（数据中心运维专业群）", "专业群建设", 200, ""),
        (14, "庆阳陇东能源职业技术学院（油气储运教学装备升级）", "教学装备升级", 170, ""),
        (15, "环县曲子职业学校（肉羊养殖校企协同育人项目）", "校企协同育人", 90, "环县"),
        (16, "庆阳算力产业行业产教融合共同体", "共同体建设", 150, "牵头：庆阳陇东能源职业技术学院"),
        (17, "宁县早胜职业学校（果品加工教学装备升级）", "教学装备升级", 70, "宁县"),
        (18, "庆阳市职工技能培训项目", "技能培训", 140, "市人力资源社会保障局组织实施"),
    ]),
    ("陇南市", [
        (19, "陇南白龙江职业技术学院（油橄榄加工专业群）", "专业群建设", 180, ""),
        (20, "陇南白龙江职业技术学院（电子商务校企协同育人项目）", "校企协同育人", 110, ""),
        (21, "武都区万象职业学校（花椒产业教学装备升级）", "教学装备升级", 100, "武都区"),
        (22, "宕昌县官鹅职业学校（中药材种植校企协同育人项目）", "校企协同育人", 90, "宕昌县"),
        (23, "康县阳坝职业学校（乡村旅游服务专业群）", "专业群建设", 80, "康县"),
        (24, "陇南中药材行业产教融合共同体", "共同体建设", 140, "牵头：陇南白龙江职业技术学院"),
        (25, "陇南市产教对接服务平台", "平台建设", 90, "市教育局组织实施"),
        (26, "陇南市职工技能培训项目", "技能培训", 150, "市人力资源社会保障局组织实施"),
    ]),
    ("临夏回族自治州", [
        (27, "临夏河州职业技术学院（民族特色食品加工专业群）", "专业群建设", 160, ""),
        (28, "临夏河州职业技术学院（餐饮服务校企协同育人项目）", "校企协同育人", 100, ""),
        (29, "广河县齐家职业学校（皮革加工教学装备升级）", "教学装备升级", 80, "广河县"),
        (30, "东乡族自治县锁南职业学校（烹饪专业校企协同育人项目）", "校企协同育人", 70, "东乡族自治县"),
        (31, "临夏州职工技能培训项目", "技能培训", 130, "州人力资源社会保障局组织实施"),
    ]),
]
TOTAL = 4090

KPI = [("产出指标", "数量指标", "支持专业群建设项目数", "8个"),
       ("产出指标", "数量指标", "职工技能培训人次", "不少于1.8万人次"),
       ("产出指标", "数量指标", "新增校企合作企业数", "不少于260家"),
       ("产出指标", "时效指标", "资金分解下达时间", "收到资金后20日内"),
       ("效益指标", "社会效益指标", "共同体成员单位数", "每个不少于40家"),
       ("满意度指标", "服务对象满意度指标", "参训职工满意度", "≥92%")]

FICTION = ("本页为虚构测试文档，非真实政策：甘肃省及所辖市州县为真实地名，文号、内容、金额、日期、人员、电话、学校、平台名称、"
           "索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #eef3f7; }
.top { background: #1d4f7a; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #1d4f7a; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #2b6aa0; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
table.xxgk { width: 100%; border-collapse: collapse; font-size: 13px; margin-bottom: 24px; background: #f4f8fb; }
table.xxgk th { width: 12%; text-align: right; padding: 6px 8px; font-weight: normal; color: #555; }
table.xxgk td { width: 38%; padding: 6px 8px; }
h1 { font-size: 22px; text-align: center; color: #111; line-height: 1.6; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 4px; }
.article p.no { text-align: center; text-indent: 0; }
.article p.to, .article p.fj { text-indent: 0; }
.article p.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.article p.bt { text-align: center; text-indent: 0; font-size: 18px; font-weight: bold; margin: 24px 0 10px; }
table.fp { width: 100%; border-collapse: collapse; font-size: 14px; margin: 6px 0 20px; }
table.fp th, table.fp td { border: 1px solid #666; padding: 5px 6px; text-align: center; }
table.fp td.l { text-align: left; }
.attach { margin-top: 20px; font-size: 14px; }
.attach a { display: block; color: #1d4f7a; line-height: 2; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.foot { background: #17324a; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
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


def allocation():
    o = ['<table class="fp">',
         "<tr><th>序号</th><th>地区</th><th>单位或项目名称</th><th>项目类别</th><th>金额（万元）</th><th>备注</th></tr>"]
    total = 0
    for region, rows in GROUPS:
        sub = sum(r[3] for r in rows)
        total += sub
        for k, (no, name, cat, amount, note) in enumerate(rows):
            cell = f'<td rowspan="{len(rows) + 1}">{e(region)}</td>' if k == 0 else ""
            o.append(f"<tr><td>{no}</td>{cell}<td class=\"l\">{e(name)}</td><td>{e(cat)}</td><td>{amount}</td>"
                     f"<td>{e(note)}</td></tr>")
        o.append(f"<tr><td></td><td>小计</td><td></td><td>{sub}</td><td></td></tr>")
    assert total == TOTAL, total
    o.append(f'<tr><td colspan="4">合计</td><td>{total}</td><td></td></tr>')
    o.append("</table>")
    return "\n".join(o)


def kpi():
    o = ['<table class="fp">', "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>"]
    for row in KPI:
        o.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_财政资金分配_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="财政资金分配">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, its 文号, amounts, schools, people, phones, the '
         'platform name, 索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年6月2日 星期二</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">财政要闻</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">预决算公开</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; '
         '<a href="#">财政资金分配</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">1937</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">', f'<p class="no">{e(DOCNO)}</p>', f'<p class="to">{e(TO)}</p>']
    for kind, text in BODY:
        o.append(f'<p><strong>{e(text)}</strong></p>' if kind == "h" else f'<p>{e(text)}</p>')
    o.append('<p class="fj">附件：1.2026年产教融合专项资金（第一批）分配表</p>')
    o.append('<p class="fj">　　　2.2026年产教融合专项资金（第一批）绩效目标表</p>')
    o.append('<p>&nbsp;</p>')
    o += [f'<p class="sign">{e(s)}</p>' for s in SIGN]
    o.append('<p>（此件主动公开）</p>')
    o.append('<p class="fj">附件1</p>')
    o.append('<p class="bt">2026年产教融合专项资金（第一批）分配表</p>')
    o.append(allocation())
    o.append('<p class="fj">附件2</p>')
    o.append('<p class="bt">2026年产教融合专项资金（第一批）绩效目标表</p>')
    o.append(kpi())
    o.append('</div>')
    o.append('<div class="attach">附件下载：<a href="#">附件1.2026年产教融合专项资金（第一批）分配表.xlsx</a>'
             '<a href="#">附件2.2026年产教融合专项资金（第一批）绩效目标表.xlsx</a></div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}　　承办：{SITE}办公室<br>'
             '网站标识码：6200000027　　甘ICP备20260526号-1<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
