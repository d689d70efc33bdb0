#!/usr/bin/env python3
"""Write fresh31/xilinguole-mingdan-gonggao.html (虚构测试文档，非真实政策).

    cd fresh31/src && python3 make_xilinguole_html.py

New shape of this round: the **成员单位名单公告** of an 产教融合联盟 (关于公布锡林郭勒盟产教融合联盟首批成员单位名单的公告,
锡产教盟〔2026〕3号, 2026年6月23日) as published on the portal of the 锡林郭勒盟行政公署 (UTF-8; a new frame in grassland green and
gold: gonggao.css): utility bar (无障碍 / 关怀版 / 蒙古文版), header with the site name and a search box, a <ul> menu, breadcrumb
当前位置：首页 > 信息公开 > 公示公告, an 信息公开 box made of <dl> items (索引号, 发布机构, 主题分类, 文号, 成文日期, 发布日期), <h1>
title, info line (发布时间 / 来源 / 浏览次数), then in <div class="article">: 文号, opening, 一、基本情况 (counts by 类别 and by 联盟职务),
二、联盟负责人 (理事长, 秘书长), 三、后续工作 (首届理事会第一次会议, 会费 deadline, 第二批 申请截止), 四、联系方式 (秘书处: person,
phone, e-mail, address), 落款, then 附件 with the **roster <table class="md">** (序号 / 单位名称 / 类别 / 所在旗县市 / 联盟职务, 47 rows);
share line, 【打印】【关闭】, related links, the note, footer with 网站标识码, 蒙ICP备 and 蒙公网安备. The note is in an HTML comment and
in the last lines. Rules (conditions, fees, terms, majorities) are the 章程's (xilinguole-lianmeng-zhangcheng.docx) and are not
repeated here. Adapted from ../../fresh30/src/make_zhangye_html.py.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "xilinguole-mingdan-gonggao.html")

SITE = "锡林郭勒盟行政公署"
TITLE = "关于公布锡林郭勒盟产教融合联盟首批成员单位名单的公告"
PUBLISHED = "2026-06-25 10:20"
META = [("索引号", "115225000117358942/2026-00731"), ("发布机构", "锡林郭勒盟教育局"), ("主题分类", "教育\\职业教育"),
        ("文　　号", "锡产教盟〔2026〕3号"), ("成文日期", "2026-06-23"), ("发布日期", "2026-06-25")]
HEAD = ("序号", "单位名称", "类别", "所在旗县市", "联盟职务")
# 单位名称, 类别, 所在旗县市, 联盟职务
ROWS = [
    ("锡林郭勒草原职业技术学院", "院校", "锡林浩特市", "理事长单位"),
    ("锡林郭勒草原羊业集团有限公司", "企业", "锡林浩特市", "副理事长单位"),
    ("西乌珠穆沁旗草原乳品有限公司", "企业", "西乌珠穆沁旗", "副理事长单位"),
    ("阿巴嘎旗风电装备制造有限公司", "企业", "阿巴嘎旗", "副理事长单位"),
    ("正蓝旗元上都文化旅游发展有限公司", "企业", "正蓝旗", "副理事长单位"),
    ("锡林郭勒盟草原技师学院", "院校", "锡林浩特市", "副理事长单位"),
    ("锡林浩特市职业中等专业学校", "院校", "锡林浩特市", "理事单位"),
    ("二连浩特市口岸职业学校", "院校", "二连浩特市", "理事单位"),
    ("锡林郭勒盟农牧业科学研究所", "科研院所", "锡林浩特市", "理事单位"),
    ("锡林郭勒盟乳业协会", "行业协会", "锡林浩特市", "理事单位"),
    ("苏尼特右旗肉羊屠宰加工有限公司", "企业", "苏尼特右旗", "理事单位"),
    ("东乌珠穆沁旗牧歌肉业有限公司", "企业", "东乌珠穆沁旗", "理事单位"),
    ("镶黄旗蒙古马文化传播有限公司", "企业", "镶黄旗", "理事单位"),
    ("太仆寺旗燕麦食品有限公司", "企业", "太仆寺旗", "理事单位"),
    ("多伦县新能源储能科技有限公司", "企业", "多伦县", "理事单位"),
    ("二连浩特市口岸国际物流有限公司", "企业", "二连浩特市", "理事单位"),
    ("锡林浩特市奶食品加工有限公司", "企业", "锡林浩特市", "理事单位"),
    ("锡林郭勒盟新能源产业协会", "行业协会", "锡林浩特市", "理事单位"),
    ("多伦县职业中等专业学校", "院校", "多伦县", "成员单位"),
    ("太仆寺旗职业技术学校", "院校", "太仆寺旗", "成员单位"),
    ("正蓝旗职业教育中心", "院校", "正蓝旗", "成员单位"),
    ("东乌珠穆沁旗牧业技术学校", "院校", "东乌珠穆沁旗", "成员单位"),
    ("锡林郭勒盟畜牧兽医研究所", "科研院所", "锡林浩特市", "成员单位"),
    ("锡林郭勒盟草原生态研究院", "科研院所", "锡林浩特市", "成员单位"),
    ("锡林郭勒盟风光储能技术研究中心", "科研院所", "锡林浩特市", "成员单位"),
    ("锡林郭勒盟肉类协会", "行业协会", "锡林浩特市", "成员单位"),
    ("锡林郭勒盟旅游协会", "行业协会", "锡林浩特市", "成员单位"),
    ("锡林郭勒盟电子商务协会", "行业协会", "锡林浩特市", "成员单位"),
    ("锡林浩特市牧草饲料有限公司", "企业", "锡林浩特市", "成员单位"),
    ("锡林浩特市草原冷链物流有限公司", "企业", "锡林浩特市", "成员单位"),
    ("二连浩特市跨境电商产业园有限公司", "企业", "二连浩特市", "成员单位"),
    ("二连浩特市恐龙文化旅游有限公司", "企业", "二连浩特市", "成员单位"),
    ("阿巴嘎旗黑马牧业有限公司", "企业", "阿巴嘎旗", "成员单位"),
    ("苏尼特左旗羊绒制品有限公司", "企业", "苏尼特左旗", "成员单位"),
    ("苏尼特左旗骆驼奶制品有限公司", "企业", "苏尼特左旗", "成员单位"),
    ("苏尼特右旗光伏发电有限公司", "企业", "苏尼特右旗", "成员单位"),
    ("东乌珠穆沁旗草原奶酪有限公司", "企业", "东乌珠穆沁旗", "成员单位"),
    ("西乌珠穆沁旗那达慕文化旅游有限公司", "企业", "西乌珠穆沁旗", "成员单位"),
    ("西乌珠穆沁旗电力检修有限公司", "企业", "西乌珠穆沁旗", "成员单位"),
    ("镶黄旗绒毛加工有限公司", "企业", "镶黄旗", "成员单位"),
    ("正镶白旗草原生态修复有限公司", "企业", "正镶白旗", "成员单位"),
    ("正蓝旗奶豆腐食品有限公司", "企业", "正蓝旗", "成员单位"),
    ("太仆寺旗错季蔬菜有限公司", "企业", "太仆寺旗", "成员单位"),
    ("多伦县湿地旅游开发有限公司", "企业", "多伦县", "成员单位"),
    ("多伦县工程机械维修有限公司", "企业", "多伦县", "成员单位"),
    ("锡林浩特市智慧牧场科技有限公司", "企业", "锡林浩特市", "成员单位"),
    ("锡林浩特市民族服饰有限公司", "企业", "锡林浩特市", "成员单位"),
]
N = 47
BY_TYPE = {"院校": 8, "企业": 30, "科研院所": 4, "行业协会": 5}
BY_ROLE = {"理事长单位": 1, "副理事长单位": 5, "理事单位": 12, "成员单位": 29}
BEFORE = [
    ("wh", "锡产教盟〔2026〕3号"),
    ("", "根据《锡林郭勒盟产教融合联盟章程》有关规定，经单位自愿申请、联盟秘书处审核，2026年6月3日联盟成立大会暨第一次会员大会"
         "确认，锡林郭勒草原职业技术学院等47家单位为锡林郭勒盟产教融合联盟首批成员单位。现将名单予以公布。"),
    ("bt", "一、基本情况"),
    ("", "首批成员单位共47家，覆盖全盟12个旗县市。按单位类别分，院校8家、企业30家、科研院所4家、行业协会5家；按联盟职务分，"
         "理事长单位1家、副理事长单位5家、理事单位12家、成员单位29家。首批成员单位中，位于锡林浩特市的有18家。"),
    ("bt", "二、联盟负责人"),
    ("", "成立大会选举产生了联盟首届理事会。理事长由理事长单位锡林郭勒草原职业技术学院院长毕力格图担任；经理事长提名、理事会聘任，"
         "锡林郭勒草原职业技术学院产教融合处处长高雅琴任秘书长。"),
    ("bt", "三、后续工作"),
    ("", "（一）首届理事会第一次会议定于2026年7月23日在锡林浩特市召开，审议联盟2026年度工作计划，确定4个专业工作组的组长单位。"
         "首批成员单位的会员证书在会上颁发。"),
    ("", "（二）请首批成员单位于2026年8月14日前，按照联盟章程规定的标准交纳2026年度会费，交纳方式由秘书处另行通知。"),
    ("", "（三）第二批成员单位申请即日起开始受理，截止时间为2026年9月18日。有意加入的单位请按章程规定向联盟秘书处提交入会申请表"
         "及相关证明材料，第二批名单经理事会审议通过后公布。"),
    ("bt", "四、联系方式"),
    ("", "联盟秘书处（设在锡林郭勒草原职业技术学院产教融合处）"),
    ("", "联系人：苏日娜　　联系电话：0479-8263157"),
    ("", "电子邮箱：xlglm_cjrh@163.com"),
    ("", "地址：锡林浩特市学府大街16号"),
    ("", "特此公告。"),
    ("zs", "附件：锡林郭勒盟产教融合联盟首批成员单位名单"),
]
AFTER = [
    ("lk", "锡林郭勒盟产教融合联盟"),
    ("lk", "2026年6月23日"),
]
FICTION = ("本页为虚构测试文档，非真实政策：锡林郭勒盟及所属旗县市为真实地名，公告内容、联盟、单位名称、人员、电话、邮箱、地址、文号、"
           "索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "gonggao.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def para(cls, t):
    return f'<p class="{cls}">{e(t)}</p>' if cls else f"<p>{e(t)}</p>"


def table():
    o = ['<p class="ct">锡林郭勒盟产教融合联盟首批成员单位名单</p>', '<table class="md">',
         "<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in HEAD) + "</tr></thead>", "<tbody>"]
    o += [f'<tr><td>{i}</td><td class="n">{e(r[0])}</td>' + "".join(f"<td>{e(c)}</td>" for c in r[1:]) + "</tr>"
          for i, r in enumerate(ROWS, 1)]
    o += ["</tbody>", "</table>"]
    return "\n".join(o)


def article():
    o = ['<div class="article">']
    o += [para(c, t) for c, t in BEFORE[:-1]]
    o += [para(c, t) for c, t in AFTER]
    o.append(para(*BEFORE[-1]))
    o.append(table())
    o.append("</div>")
    return "\n".join(o)


def page():
    box = "".join(f"<dl><dt>{e(k)}：</dt><dd>{e(v)}</dd></dl>" for k, v in META)
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{e(TITLE)}_公示公告_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="公示公告">',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, alliance, units, people, phone, e-mail, address, 文号, '
         '索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="util"><div class="w">今天是2026年6月25日　欢迎访问{SITE}门户网站<span class="r"><a href="#">无障碍</a>'
         '<a href="#">关怀版</a><a href="#">蒙古文版</a><a href="#">手机版</a></span></div></div>',
         f'<div class="head"><div class="w"><div class="logo">{SITE}<small>政府门户网站</small></div>',
         '<div class="sch"><input type="text" name="kw" placeholder="搜索本站信息"><button type="button">搜索</button></div></div></div>',
         '<div class="nav"><ul class="w"><li><a href="#">首页</a></li><li><a href="#">走进锡盟</a></li>'
         '<li class="on"><a href="#">信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li>'
         '<li><a href="#">草原文旅</a></li><li><a href="#">专题专栏</a></li></ul></div>',
         '<div class="crumb w">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">公示公告</a></div>',
         '<div class="main w">',
         f'<div class="xxgk">{box}</div>',
         f'<h1 class="tit">{e(TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：盟教育局　　浏览次数：<span id="hits">512</span>　　'
         '字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         article(),
         '<div class="share">分享到：微博　QQ空间</div>',
         '<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>',
         '<div class="related">相关文章<ul><li><a href="#">锡林郭勒盟产教融合联盟成立大会召开</a></li>'
         '<li><a href="#">盟教育局召开职业教育工作推进会</a></li></ul></div>',
         f'<p class="xugou">{e(FICTION)}</p>',
         '</div>',
         f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：锡林郭勒盟政务服务中心<br>'
         '网站标识码：1525000037　　蒙ICP备20260615号-3　　蒙公网安备15250202000739号<br>'
         '建议使用1366×768以上分辨率浏览本站</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    assert len(ROWS) == N and len({r[0] for r in ROWS}) == N
    for k, v in BY_TYPE.items():
        assert sum(1 for r in ROWS if r[1] == k) == v, k
    for k, v in BY_ROLE.items():
        assert sum(1 for r in ROWS if r[3] == k) == v, k
    assert len({r[2] for r in ROWS}) == 12 and sum(1 for r in ROWS if r[2] == "锡林浩特市") == 18
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(ROWS), "units")


if __name__ == "__main__":
    main()
