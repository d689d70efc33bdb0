#!/usr/bin/env python3
"""Write fresh9/xiantao-zhengce-wenda.html (虚构测试文档，非真实政策): a portal's 政策问答 page as an accordion.

    cd fresh9/src && python3 make_xiantao_wenda.py

Layout: 仙桃市发展和改革委员会 site chrome (top bar, logo, nav, breadcrumb), title, 发布时间/来源/浏览次数/字号 line,
a lead paragraph, 【全部展开】【全部收起】 buttons, then 21 items
    <div class="faq-item"><div class="question" onclick="…"><span class="q-no">01</span><span class="q-text">…？</span>
    <i class="arrow"></i></div><div class="answer" style="display:none"> … </div></div>
— only the first answer is open (style="display:block"), the others are collapsed with an inline display:none and
opened by the page's script; answers are <p>s, one of them an <ol>, two use <br>. After the list: 附件 links, 相关阅读,
【打印本页】【关闭窗口】, footer with 网站标识码 and 鄂ICP备. The fictional note is an HTML comment and the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "xiantao-zhengce-wenda.html")

TITLE = "《仙桃市产教融合型企业认定管理办法》及配套支持措施政策问答"
LEAD = ("《仙桃市产教融合型企业认定管理办法》（仙政规〔2026〕2号，以下简称《办法》）已于2026年4月1日起施行，"
        "《仙桃市支持产教融合型企业发展若干措施》（仙政办发〔2026〕14号，以下简称《措施》）同步印发。"
        "为便于企业和院校了解政策、顺利申报，市发展改革委会同市教育局、市人力资源社会保障局对社会关注的问题解答如下。")

# (question, answer); an answer is a list of blocks: str = <p>, ("ol", [items]), ("br", [lines]) = one <p> with <br>s
QA = [
    ("什么是市级产教融合型企业？",
     ["简单地说，就是在仙桃注册、真正参与职业教育和人才培养、校企合作做得实、成效好的企业。"
      "经认定并报市人民政府同意后发文公布，授予“仙桃市产教融合型企业”称号。"]),
    ("哪些企业可以申报？有什么基本门槛？",
     ["需要同时满足四个基本条件：一是在仙桃市注册登记，有独立法人资格，依法经营满2年；二是职工总数不少于50人；"
      "三是近3年没有发生重大安全生产、环境污染、产品质量事故；四是没有严重违法失信记录，没有被列入经营异常名录。"]),
    ("外地企业在仙桃设立的分公司能申报吗？",
     ["分公司不具有独立法人资格，不能以分公司名义单独申报。外地企业在仙桃注册登记、具有独立法人资格的子公司，"
      "符合条件的可以申报。"]),
    ("在产教融合方面要达到什么条件？",
     ["《办法》列了7项条件，企业在申报前2年内满足其中3项以上（含3项）即可：",
      ("ol", ["与职业院校或普通高校签订3年以上校企合作协议，并实质性开展合作；",
              "每年接收职业院校学生岗位实习不少于20人；",
              "与院校共建实训基地或实训室，企业投入设备价值不低于50万元；",
              "选派3名以上技术技能人员到院校担任产业导师，每人每学年指导不少于32学时；",
              "每年职工教育培训经费支出不低于职工工资总额的1.5%；",
              "与院校共建产业学院、技术技能创新平台，或者联合培养现场工程师；",
              "参与制定专业人才培养方案或者课程标准不少于2项。"])]),
    ("我们已经列入省级产教融合型企业建设培育范围，还要满足这7项条件吗？",
     ["不需要。已列入国家或者省级产教融合型企业建设培育范围的企业，只要符合《办法》第五条规定的基本条件，"
      "就可以直接认定为市级产教融合型企业，申报时附上列入培育范围的证明文件即可。"]),
    ("今年什么时候申报？一年认定多少家？",
     ["认定每年集中开展一次。2026年度申报受理时间为7月1日至7月31日，具体以市发展改革委发布的申报通知为准。"
      "每年认定数量原则上不超过15家。"]),
    ("网上怎么申报？线下到哪里交材料？",
     [("br", ["网上申报：登录仙桃市政务服务网“产教融合型企业认定”专区（http://zwfw.xtcjrh.cn/rending），在线填报并上传材料。",
              "线下报送：纸质材料一式两份，报送仙桃市民之家（市政务服务中心，沔阳大道88号）三楼C区23号窗口。",
              "受理时间：工作日上午8:30—12:00，下午14:30—17:30。"])]),
    ("需要准备哪些材料？",
     ["共五项：认定申请表；营业执照复印件；校企合作协议及合作成效佐证材料；申报前2年职工教育培训经费支出情况说明；"
      "诚信承诺书。认定申请表可在网上申报专区下载。"]),
    ("材料交给谁初审？要多长时间？",
     ["企业可以向所在镇（街道）提交，也可以向市直行业主管部门提交，两者选其一，不要重复提交。"
      "初审单位自收到材料之日起10个工作日内完成初审，对符合条件的出具推荐意见，报送认定工作专班办公室（设在市发展改革委）。"]),
    ("认定要经过哪些环节？",
     ["企业申报→镇（街道）或市直行业主管部门初审→认定工作专班组织专家进行材料评审和实地核查→在市政府门户网站公示7个工作日"
      "→市发展改革委报市人民政府同意后发文公布。"]),
    ("什么时候能出结果？",
     ["2026年度认定名单计划于9月底前公布。"]),
    ("认定以后是不是就一劳永逸了？",
     ["不是。市级产教融合型企业实行动态管理，认定工作专班每年4月对企业上一年度的产教融合工作进行评价，"
      "结果分为良好、一般、较差三个等次。评价为较差的，由市发展改革委责令限期3个月整改，整改不到位的撤销称号。"]),
    ("认定以后每年还要做什么？",
     ["每年3月31日前，向市发展改革委报送上一年度产教融合工作开展情况。企业名称、注册地等发生变化的，"
      "要在30日内书面报告市发展改革委。"]),
    ("什么情况下会被撤销称号？",
     ["有六种情形：申报过程中弄虚作假；发生重大安全生产、环境污染、产品质量事故；出现严重违法失信行为；"
      "连续2年没有按规定报送产教融合工作开展情况；连续2年没有开展实质性校企合作；年度评价为较差且整改不到位。"
      "被撤销称号的企业，3年内不得再次申报。"]),
    ("认定以后能享受哪些支持？",
     ["主要有四个方面：一是优先支持申报市级产教融合实训基地、产业学院等项目；二是优先推荐申报省级产教融合型企业；"
      "三是按规定享受国家和省有关支持政策；四是按照《措施》享受资金支持。市财政每年安排不少于600万元资金，"
      "专门用于支持市级产教融合型企业发展。"]),
    ("《措施》对接收学生岗位实习怎么补贴？",
     ["市级产教融合型企业接收职业院校学生岗位实习的，按每人每月200元给予企业补贴，每名学生最长补贴6个月，"
      "每家企业每年最高补贴8万元。"]),
    ("企业派技术人员到学校当产业导师，有补贴吗？",
     ["有。企业选派技术技能人员到院校担任产业导师、每学年指导不少于32学时的，按每人每年6000元补贴企业，"
      "每家企业每年最多补贴5人。"]),
    ("产教融合型企业建实训基地，补助比例有没有提高？",
     ["有。一般企业建设市级产教融合实训基地，按设备投入的20%给予补助、最高50万元；市级产教融合型企业补助比例提高到25%，"
      "单个基地最高60万元。"]),
    ("职工考技能等级证书有补贴吗？",
     ["有。市级产教融合型企业职工取得高级工职业技能等级证书的，每人补贴企业1000元；取得技师证书的，每人补贴企业1500元；"
      "每家企业每年最高10万元。同一事项同时符合市级其他政策的，按照就高不重复的原则执行。"]),
    ("《措施》什么时候开始执行？管几年？",
     ["《措施》与《办法》同步，自2026年4月1日起施行，有效期3年。"]),
    ("有问题找谁咨询？",
     [("br", ["认定申报：市发展改革委社会发展科，杜明轩，0728-3316742；",
              "岗位实习、产业导师补贴：市教育局职业教育科，万思琪，0728-3285519；",
              "职工技能等级证书补贴：市人力资源社会保障局职业能力建设科，严海波，0728-3240963。"])]),
]

FICTION = ("说明：本页为虚构测试文档，非真实政策（虚构测试文档，非真实政策）。仙桃市为真实地名，页面中的政策内容、文号、金额、"
           "人员、电话、网络地址、街道地址、网站标识码和备案号均为虚构，仅用于问答系统评测。")


def e(s):
    return html.escape(s, quote=False)


def answer(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{e(b)}</p>")
        elif b[0] == "ol":
            out.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ol>")
        else:
            out.append("<p>" + "<br>\n".join(e(x) for x in b[1]) + "</p>")
    return "\n".join(out)


def main():
    items = []
    for i, (q, a) in enumerate(QA, 1):
        style = "display:block" if i == 1 else "display:none"
        cls = "faq-item open" if i == 1 else "faq-item"
        items.append(
            f'<div class="{cls}" id="faq{i:02d}">\n'
            f'<div class="question" onclick="toggleFaq(this)"><span class="q-no">{i:02d}</span>'
            f'<span class="q-text">{e(q)}</span><i class="arrow"></i></div>\n'
            f'<div class="answer" style="{style}">\n{answer(a)}\n</div>\n</div>')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE)}_政策解读_仙桃市发展和改革委员会</title>
<meta name="ArticleTitle" content="{e(TITLE)}">
<meta name="PubDate" content="2026-04-02 10:20">
<meta name="ContentSource" content="市发展改革委">
<!-- 虚构测试文档，非真实政策: fictional test page; policy content, 文号, amounts, people, phone numbers, web address,
     street address, 网站标识码 and ICP 备案号 are invented. -->
<style>
body {{ margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 15px; color: #333; background: #f3f5f8; }}
.topbar {{ background: #e9edf2; font-size: 12px; padding: 4px 0; }}
.w {{ width: 1100px; margin: 0 auto; }}
.logo {{ background: #1c5aa6; color: #fff; font-size: 26px; padding: 22px 0; }}
.nav a {{ display: inline-block; padding: 10px 22px; color: #fff; text-decoration: none; }}
.nav {{ background: #0f4a91; }}
.crumb {{ font-size: 13px; padding: 12px 0; }}
.article {{ background: #fff; padding: 30px 50px; }}
h1 {{ font-size: 24px; text-align: center; color: #1c5aa6; }}
.info {{ text-align: center; font-size: 13px; color: #888; border-bottom: 1px dashed #ccc; padding-bottom: 12px; }}
.tools {{ text-align: right; margin: 10px 0; }}
.faq-item {{ border: 1px solid #dde3ea; margin: 8px 0; }}
.question {{ cursor: pointer; background: #f6f8fb; padding: 12px 16px; font-weight: bold; }}
.q-no {{ display: inline-block; background: #1c5aa6; color: #fff; border-radius: 3px; padding: 0 6px; margin-right: 10px; }}
.arrow {{ float: right; width: 10px; height: 10px; border-right: 2px solid #999; border-bottom: 2px solid #999; transform: rotate(45deg); }}
.faq-item.open .arrow {{ transform: rotate(-135deg); }}
.answer {{ padding: 6px 22px 12px 22px; line-height: 1.9; }}
.answer p {{ text-indent: 2em; margin: 6px 0; }}
.related li {{ font-size: 14px; line-height: 2; }}
.footer {{ background: #0f4a91; color: #dfe7f2; font-size: 12px; text-align: center; padding: 18px 0; line-height: 2; }}
.fiction {{ font-size: 12px; color: #999; }}
</style>
<script>
function toggleFaq(el) {{
  var item = el.parentNode, ans = item.querySelector('.answer');
  var open = ans.style.display !== 'none';
  ans.style.display = open ? 'none' : 'block';
  item.className = open ? 'faq-item' : 'faq-item open';
}}
function toggleAll(show) {{
  var items = document.querySelectorAll('.faq-item');
  for (var i = 0; i < items.length; i++) {{
    items[i].querySelector('.answer').style.display = show ? 'block' : 'none';
    items[i].className = show ? 'faq-item open' : 'faq-item';
  }}
}}
</script>
</head>
<body>
<div class="topbar"><div class="w">欢迎访问仙桃市发展和改革委员会网站　｜　无障碍浏览　｜　长者模式　｜　<a href="#">手机版</a></div></div>
<div class="logo"><div class="w">仙桃市发展和改革委员会</div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">政策问答</a></div>
<div class="article">
<h1>{e(TITLE)}</h1>
<div class="info">发布时间：2026-04-02 10:20　　来源：市发展改革委　　浏览次数：<span id="hits">1386</span>　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="content">
<p style="text-indent:2em">{e(LEAD)}</p>
<div class="tools"><a href="javascript:toggleAll(true)">【全部展开】</a> <a href="javascript:toggleAll(false)">【全部收起】</a></div>
<div class="faq-list">
{chr(10).join(items)}
</div>
</div>
<div class="attach">附件：<a href="#">《仙桃市产教融合型企业认定管理办法》（仙政规〔2026〕2号）.pdf</a>　<a href="#">仙桃市产教融合型企业认定申请表.docx</a></div>
<div class="related"><b>相关阅读</b><ul>
<li><a href="#">仙桃市2026年重点项目建设工作推进会召开</a></li>
<li><a href="#">市发展改革委开展优化营商环境政策宣讲进园区活动</a></li>
</ul></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer">主办：仙桃市发展和改革委员会　　地址：仙桃市沔阳大道88号<br>
网站标识码：4290040027　　鄂ICP备2021018836号-1　　鄂公网安备42900402000317号<br>
<span class="fiction">{e(FICTION)}</span></div>
</body>
</html>
"""
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print("wrote", OUT, len(QA), "items")


if __name__ == "__main__":
    main()
