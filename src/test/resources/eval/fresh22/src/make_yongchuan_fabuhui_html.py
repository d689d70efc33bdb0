#!/usr/bin/env python3
"""Write fresh22/yongchuan-fabuhui-shilu.html (虚构测试文档，非真实政策).

    cd fresh22/src && python3 make_yongchuan_fabuhui_html.py

Adapted from fresh21/src/make_tongliao_wenda_html.py (same frame, other colours, fabuhui.css): a 发布会实录 page of the
重庆市永川区人民政府 portal (UTF-8): top bar, logo and search box, nav, breadcrumb 当前位置：首页 > 政务公开 > 新闻发布会 >
发布会实录, a 信息公开 table (索引号, 主题分类, 发布机构, 关联文件, 发布日期, 有效性), <h1> title, info line 发布时间/来源/
浏览次数/字号 大 中 小; a 发布会信息 box (时间, 地点, 发布人), then the **transcript: speaker turns in <p> with a <strong> speaker
label** (主持人 introduces the speakers by name and post; the opening statement of the 区发展改革委主任 restating the plan —
some figures rounded, some only here —; 10 reporter questions `XX记者：…`, each answered by a named official); 来源 line,
相关链接, 【打印本页】【关闭窗口】, footer with 网站标识码 and 渝ICP备. The fictional note is in an HTML comment and in the last
lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "yongchuan-fabuhui-shilu.html")

SITE = "重庆市永川区人民政府"
PAGE_TITLE = "永川区《产教融合三年行动计划（2026—2028年）》新闻发布会实录"
PUBLISHED = "2026-03-12 16:20"
SOURCE = "区政府新闻办"
META = [("索 引 号", "11500383MB1K-2026-0318"), ("主题分类", "综合政务\\新闻发布"), ("发布机构", "重庆市永川区人民政府新闻办公室"),
        ("关联文件", "《重庆市永川区产教融合三年行动计划（2026—2028年）》（永川府办发〔2026〕17号）"), ("发布日期", "2026-03-12"),
        ("有 效 性", "有效")]
INFO = [("时间", "2026年3月12日（星期四）上午10:00"), ("地点", "区行政中心2号楼3楼新闻发布厅"),
        ("发布人", "区发展改革委主任邓启航，区教委副主任殷佳蓉，区人力社保局副局长谭国栋，区财政局副局长卢振宇，区大数据发展局副局长蔡思源")]
HOST = "主持人　区政府新闻办副主任　罗晓岚"
DENG = "区发展改革委主任　邓启航"
YIN = "区教委副主任　殷佳蓉"
TAN = "区人力社保局副局长　谭国栋"
LU = "区财政局副局长　卢振宇"
CAI = "区大数据发展局副局长　蔡思源"
TURNS = [
    (HOST, "各位记者朋友，大家上午好！欢迎参加区政府新闻办举行的新闻发布会。近日，区政府办公室印发了《重庆市永川区产教融合三年行动计划"
           "（2026—2028年）》。今天我们邀请到区发展改革委主任邓启航先生，区教委副主任殷佳蓉女士，区人力社保局副局长谭国栋先生，"
           "区财政局副局长卢振宇先生，区大数据发展局副局长蔡思源先生，请他们介绍行动计划有关情况，并回答大家关心的问题。首先，请邓启航主任作介绍。"),
    (DENG, "各位记者朋友，大家好！下面我简要介绍行动计划的主要内容。行动计划分为总体要求、重点任务、保障措施三部分，提出了6个方面14项重点任务，"
           "设置了15项主要指标，其中约束性指标4项。到2028年，全区产教融合型企业将超过60家，职业院校学生岗位实习参与率达到九成，"
           "毕业生留永就业超过8000人。在资金保障上，区财政每年安排产教融合专项资金不少于1亿元，三年累计投入超过3.3亿元。"
           "今年我们将重点抓好公共实训中心二期、智能制造区域产教联合体等8个年度重点项目，总投资4.4亿元。"
           "截至3月10日，已有132家企业在“茶竹产教云”平台完成预注册，首批27个校企合作项目将在平台上线当天集中签约。谢谢大家！"),
    (HOST, "谢谢邓主任的介绍。下面进入提问环节，请记者朋友提问前先介绍所在的新闻单位。"),
    ("永川日报记者", "请问企业被认定为产教融合型企业后，区里有哪些奖励？怎么申报？"),
    (DENG, "谢谢您的提问。对新认定的国家级、市级产教融合型企业，区里分别给予一次性奖励46万元、17万元，认定结果公布后由区发展改革委按名单直接兑现，"
           "企业不需要另行申报。为做好培育，我们在6月底前建成产教融合型企业培育库，每年4月组织遴选，"
           "每年遴选入库企业不少于20家，入库企业优先推荐申报市级产教融合型企业。具体可咨询区发展改革委社会发展科，电话023-49382716。"),
    ("重庆日报记者", "校企共建实训基地的补助标准是多少？今年什么时候可以申报？"),
    (YIN, "对校企共建实训基地，按设备投入的25%给予补助，单个基地最高88万元，设备投入以发票金额为准，企业与院校的共建协议期限应不少于3年。"
          "比如一家企业投入设备400万元，按比例计算为100万元，超过上限，按88万元补助。今年的奖补资金集中申报时间为5月6日至5月31日，"
          "企业通过“茶竹产教云”平台在线申报。另外，卫星湖街道的公共实训中心二期将在2027年9月底前建成，新增实训工位1200个，建成后向全区企业开放共享。"),
    ("华龙网记者", "企业接收学生岗位实习，补贴怎么算？"),
    (TAN, "企业接收职业院校学生岗位实习满2个月的，按每人每月260元给予补贴，每家企业每年最高9万元。举个例子，企业接收20名学生，每人实习3个月，"
          "可以申请补贴1.56万元。需要注意的是，实习学生应由岗位实习企业名录内的企业接收，名录外企业接收的不享受补贴。"
          "名录今年年底前将达到300家，企业可以通过平台申请入录。"),
    ("上游新闻记者", "产业导师补助是给企业还是给导师个人？"),
    (TAN, "产业导师岗位补助按每人每年7200元标准发放，直接发给导师本人，按学期发放，每学期3600元。我们每年从重点企业选聘产业导师60名以上，"
          "到2027年导师队伍要超过300人。企业推荐导师人选的时间是每年9月，由区人力社保局会同区教委审核聘任。"),
    ("永川电视台记者", "大家都很关心“茶竹产教云”平台，平台什么时候上线？企业怎么入驻？"),
    (CAI, "“茶竹产教云”平台将于2026年4月15日正式上线运行。平台集成岗位实习、产业导师、实训基地共享和政策申报等功能，企业使用统一社会信用代码注册，"
          "审核通过后即可入驻，入驻不收费。今年年底前入驻企业要达到300家，到2028年达到600家。平台咨询电话023-49526180。"),
    ("第一眼新闻记者", "行动计划提出建设技能工匠工作室，有什么支持？"),
    (TAN, "到2028年，全区累计建成技能工匠工作室25个。对新建成的技能工匠工作室，区里给予每个一次性资助12万元，主要用于技术攻关和带徒传技。"
          "同时，我们每年开展职工技能提升培训3.5万人次以上，重点面向智能制造、汽车零部件产业一线职工。"),
    ("新重庆客户端记者", "行动计划里提到在镇上建乡村振兴技能培训点，具体怎么安排？"),
    (DENG, "我们在朱沱镇、来苏镇布局2个乡村振兴技能培训点，2027年10月底前投入使用。朱沱镇培训点今年先开设农机维修和电商直播两个方向，"
           "来苏镇培训点开设农产品加工和电工两个方向，培训面向本镇及周边群众，免费参加。"),
    ("永川日报记者", "区域产教联合体怎么建？企业牵头有没有支持？"),
    (DENG, "今年年底前，我们依托永川高新区完成智能制造区域产教联合体组建，2027年再组建数字经济区域产教联合体。对牵头组建区域产教联合体的企业，"
           "给予一次性奖励33万元。目前已有高新区内11家企业和4所院校报名参加智能制造区域产教联合体。"),
    ("重庆日报记者", "专项资金怎么保障？企业拿到的钱什么时候到位？"),
    (LU, "区财政每年安排产教融合专项资金不少于1亿元，今年安排1亿元，2027年、2028年逐年增加。奖补资金每年集中申报一次，经主管部门审核并公示7天无异议后，"
         "区财政局在20个工作日内将资金拨付至企业账户。同一项目已获市级同类资金支持的，区级不重复支持。"),
    ("华龙网记者", "对职业院校老师到企业实践有什么要求？"),
    (YIN, "专业课教师企业实践覆盖率是约束性指标，今年要达到75%，2028年实现全覆盖。专业课教师每年到企业实践不少于1个月，每5年累计不少于6个月，"
          "企业实践情况作为教师评优评先的重要依据。"),
    (HOST, "感谢各位发布人，感谢各位记者朋友。发布会后如需进一步了解行动计划，可联系区发展改革委社会发展科，电话023-49382716。今天的新闻发布会到此结束，谢谢大家！"),
]

FICTION = ("本页为虚构测试文档，非真实政策：永川区及所辖镇街为真实地名，发布会内容、指标、金额、日期、人员、电话、平台名称、"
           "索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "fabuhui.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def xxgk():
    o = ['<table class="xxgk">']
    for i in range(0, len(META), 2):
        pair = META[i:i + 2]
        o.append("<tr>" + "".join(f"<th>{e(k)}：</th><td>{e(v)}</td>" for k, v in pair) + "</tr>")
    o.append("</table>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         f'<title>{e(PAGE_TITLE)}_发布会实录_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="发布会实录">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the statements, figures, people, phones, platform name, '
         '索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">今天是：<span id="today">2026年3月13日 星期五</span>　　欢迎访问{SITE}门户网站　　'
         '<a href="#">无障碍浏览</a>　<a href="#">长者模式</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进永川</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">新闻发布会</a> &gt; '
         '<a href="#">发布会实录</a></div>',
         '<div class="main">', xxgk(), f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：{SOURCE}　　浏览次数：<span id="hits">2316</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="fbh">' + "<br>".join(f"<b>{e(k)}：</b>{e(v)}" for k, v in INFO) + '</div>',
         '<div class="article">']
    for who, said in TURNS:
        o.append(f"<p><strong>{e(who)}：</strong>{e(said)}</p>")
    o.append('<p class="src">来源：重庆市永川区人民政府新闻办公室</p>')
    o.append('</div>')
    o.append('<div class="attach">相关链接：<a href="#">重庆市永川区人民政府办公室关于印发《重庆市永川区产教融合三年行动计划（2026—2028年）》的通知</a>'
             '<a href="#">图解：永川区产教融合三年行动计划</a></div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append(f'<div class="foot"><div class="w">主办：{SITE}办公室　　承办：永川区大数据发展局<br>'
             '网站标识码：5001180047　　渝ICP备20260312号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(TURNS), "turns")


if __name__ == "__main__":
    main()
