#!/usr/bin/env python3
"""Write fresh26/dangshan-banshi-zhinan.html (虚构测试文档，非真实政策).

    cd fresh26/src && python3 make_dangshan_zhinan_html.py

Adapted from fresh25/src/make_xichang_huiyi_html.py (same frame, other colours: zhinan.css): a 办事指南 page of the
砀山县人民政府 portal (UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务服务 > 办事指南 > 教育体育,
<h1> 事项名称 + 办事指南, info line (更新时间 / 来源 / 浏览次数), tabs (办事指南 / 在线办理 / 表格下载), then **one key–value
table** (`<table class="zn">`: <th> label, <td> value) holding 事项名称, 事项类型, 事项编码, 实施主体, 承办机构, 服务对象, 设定依据,
受理条件, 申请材料 (a nested `<table class="cl">`: 序号 / 材料名称 / 原件或复印件 / 份数 / 备注, 7 rows), 办理流程 (steps 1.–5.
as <p> lines), 法定办结时限, 承诺办结时限, 收费标准, 办理地点, 办理时间, 咨询电话, 监督投诉电话, 是否网办, 网办地址, 到办事现场次数,
结果送达方式; then 常见问题 as a <dl> (three 问 / 答); 【打印本页】【关闭窗口】, footer with 网站标识码 and 皖ICP备. The
fictional note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "dangshan-banshi-zhinan.html")

SITE = "砀山县人民政府"
ITEM = "产教融合实训基地奖补资金申请"
UPDATED = "2026-04-10 09:40"
MATERIALS = [
    ("产教融合实训基地奖补资金申请表", "原件", "2份", "在线下载填写，加盖单位印章"),
    ("营业执照或事业单位法人证书", "复印件", "1份", "窗口核验原件后退还"),
    ("实训设备购置发票及设备清单", "复印件", "1份", "按购置时间顺序排列"),
    ("校企合作协议", "复印件", "1份", "合作期限须3年以上"),
    ("近一年实训（培训）人次台账", "原件", "1份", "附培训签到表"),
    ("近三年安全生产情况承诺书", "原件", "1份", "单位负责人签字"),
    ("单位银行基本账户信息", "复印件", "1份", "用于拨付奖补资金"),
]
STEPS = [
    "1. 申请：申请单位于5月20日前通过网上办理或到窗口提交申请材料；",
    "2. 受理：窗口当场核对材料，材料齐全的当场受理，材料不全的一次性告知需补正的内容；",
    "3. 初审：县教育体育局会同县财政局、县人力资源和社会保障局进行初审，必要时到实训基地现场核实；",
    "4. 报送：初审通过的于5月28日前统一报送市教育局评审；",
    "5. 办结：市级奖补结果确定后，县教育体育局核定县级配套，市级奖补资金和县级配套资金分别拨付至单位银行基本账户。",
]
ROWS = [
    ("事项名称", ITEM),
    ("事项类型", "公共服务"),
    ("事项编码", "3413210027-GG-00516"),
    ("实施主体", "砀山县教育体育局"),
    ("承办机构", "砀山县教育体育局职业教育股"),
    ("服务对象", "企业法人、事业单位法人"),
    ("设定依据", "1.《宿州市产教融合实训基地奖补办法》（宿政办发〔2026〕5号）；2.《砀山县人民政府办公室关于转发〈宿州市产教融合"
                 "实训基地奖补办法〉的通知》（砀政办〔2026〕11号）。"),
    ("受理条件", "在砀山县行政区域内依法登记注册的企业或职业院校，其实训基地建成运营满1年、实训工位不少于50个，并符合"
                 "《宿州市产教融合实训基地奖补办法》第三条规定的全部条件。"),
    ("申请材料", None),
    ("办理流程", STEPS),
    ("法定办结时限", "20个工作日"),
    ("承诺办结时限", "10个工作日（自窗口受理至县级初审完成）"),
    ("收费标准", "不收费"),
    ("办理地点", "砀山县政务服务中心二楼B区教育体育窗口（12号窗口）"),
    ("办理时间", "周一至周五上午8:30—12:00，下午14:30—17:30（法定节假日除外）"),
    ("咨询电话", "0557-8021759"),
    ("监督投诉电话", "0557-8026315"),
    ("是否网办", "是"),
    ("网办地址", "安徽政务服务网砀山县分厅，搜索“产教融合实训基地奖补资金申请”"),
    ("到办事现场次数", "网上办理0次；窗口办理1次"),
    ("结果送达方式", "窗口领取或邮寄送达；奖补资金直接拨付至单位银行基本账户"),
]
FAQ = [
    ("县级配套需要单独申请吗？", "不需要。县级配套不另设申报程序，市级奖补结果确定后由县教育体育局按比例核定。"),
    ("同一单位有两个实训基地，可以都申请吗？", "可以。每个实训基地须分别提交申请材料，分别核定奖补。"),
    ("实训基地去年已经拿过市级一次性奖补，今年还能再申请吗？", "不能。同一实训基地只能享受一次市级一次性奖补，县级配套也随之只享受一次。"),
]
FICTION = ("本页为虚构测试文档，非真实政策：砀山县、宿州市为真实地名，事项内容、事项编码、文号、窗口、电话、网站标识码和备案号"
           "均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "zhinan.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def materials():
    o = ['<table class="cl">', "<tr><th>序号</th><th>材料名称</th><th>原件或复印件</th><th>份数</th><th>备注</th></tr>"]
    for i, (n, k, c, b) in enumerate(MATERIALS, 1):
        o.append(f'<tr><td>{i}</td><td class="l">{e(n)}</td><td>{e(k)}</td><td>{e(c)}</td><td class="l">{e(b)}</td></tr>')
    o.append("</table>")
    return "".join(o)


def zn():
    o = ['<table class="zn">']
    for k, v in ROWS:
        if v is None:
            cell = materials()
        elif isinstance(v, list):
            cell = "".join(f"<p>{e(x)}</p>" for x in v)
        else:
            cell = e(v)
        o.append(f"<tr><th>{e(k)}</th><td>{cell}</td></tr>")
    o.append("</table>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(ITEM)}办事指南_政务服务_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="办事指南">',
         f'<meta name="ArticleTitle" content="{e(ITEM)}办事指南">', f'<meta name="PubDate" content="{UPDATED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the item code, 文号, window, phone numbers, 网站标识码 and ICP '
         'number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年4月13日 星期一</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进砀山</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务服务</a> &gt; <a href="#">办事指南</a> &gt; '
         '<a href="#">教育体育</a></div>',
         '<div class="main">', f'<h1>{e(ITEM)}办事指南</h1>',
         f'<div class="info">更新时间：{UPDATED}　　来源：县教育体育局　　浏览次数：<span id="hits">286</span></div>',
         '<div class="tabs"><span class="on">办事指南</span><span>在线办理</span><span>表格下载</span></div>',
         zn(),
         '<div class="faq"><h3>常见问题</h3><dl>']
    for q, a in FAQ:
        o.append(f"<dt>问：{e(q)}</dt><dd>答：{e(a)}</dd>")
    o.append("</dl></div>")
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：砀山县数据资源管理局<br>'
             '网站标识码：3413210031　　皖ICP备20260410号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(MATERIALS), "materials,", len(STEPS), "steps")


if __name__ == "__main__":
    main()
