#!/usr/bin/env python3
"""Write fresh40/tumushuke-baosong-tongzhi.html (虚构测试文档，非真实政策).

    cd fresh40/src && python3 make_tumushuke_html.py

Part (b) of the held-out pair: the 数据报送通知 of the held-out 指标体系 as the issuing bureau's site publishes it under 信息公开 >
通知公告: 一、…七、 as `<h3>` headings (who reports which indicator, by the numbers of the 指标体系's rows; the platform and the
数据管理员; the two reporting rounds and the 核查; 指标口径 with worked examples computed here (EX) from the rows' 目标值 and 权重;
三级核查; late and false data; contacts), 附件 list, 落款. UTF-8; a new frame in deep blue and red (baosong.css): top line, masthead
with site name and search box, red menu, crumb `您现在的位置：首页 > 信息公开 > 通知公告`, **an 信息公开 index table** (索引号 / 主题分类 /
发文机关 / 成文日期 / 文号 / 发布日期 / 有效性 / 体裁分类), `<article class="doc">` with `<h1>`, 文号 line, tool line (发布时间 / 浏览次数 / 字号),
`<div id="zoom">` body, 附件, 打印 / 关闭, 相关链接, the note, footer (主办 / 承办 / 网站标识码 / 新ICP备 / 新公网安备). The note in an
HTML comment and in the last lines.
"""
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_tumushuke_pdf as m  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "tumushuke-baosong-tongzhi.html")
SITE = "第三师图木舒克市教育局"
ISSUER = "第三师图木舒克市教育局"
DOC_NO = "师市教函〔2026〕33号"
DATE = "2026年5月20日"
PUBLISHED = "2026-05-20 17:05"
TITLE = f"{ISSUER}关于开展2026年度职业教育产教融合监测数据报送工作的通知"
INDEX_NO = "TMSK-JYJ-2026-00133"
VIEWS = "1487"
PLATFORM = "师市职业教育数据监测平台"
CONTACTS = [
    ("指标口径及平台使用", "师市教育局职业教育科", "马晓琳", "0998-6213574"),
    ("技工学校数据、新型学徒制和职业技能等级证书数据", "师市人力资源和社会保障局职业能力建设科", "艾尔肯·吾斯曼", "0998-6227139"),
]
HELPDESK = "0998-6208842"
EX = {
    "equip": (2214, 318, 1845),         # 设备原值（万元）, 其中企业捐赠, 全日制在校生
    "ratio": (1845, 96),                # 全日制在校生, 专任教师
    "grads": (620, 498, 82, 264),       # 毕业生, 就业, 升学, 在图木舒克市就业
    "order": (8, 420),                  # 第8项 监测值
}
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "platform": PLATFORM,
    "admin": "各单位确定1名数据管理员",
    "admin_deadline": "2026年6月12日（星期五）前",
    "sign": "经分管负责人审签后提交",
    "mid": "2026年7月6日至7月20日",
    "annual": "2027年1月5日至1月25日",
    "check": "2027年2月1日至2月26日",
    "publish": "2027年3月31日前",
    "review_days": "7个工作日内完成审核",
    "sample": "抽取不少于三分之一的学校进行现场核查",
    "error": "差错率超过5%的",
    "late": "该批次涉及的指标按0分计",
    "false": "年度评价等级直接确定为D级",
    "phones": [c[3] for c in CONTACTS] + [HELPDESK],
}
FICTION = ("本页为虚构测试文档，非真实政策：图木舒克市为真实地名，文号、平台、时间、示例数据、人员、电话和网站信息均为虚构，仅用于问答系统"
           "评测。虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "baosong.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def ranges(ns):
    out, i = [], 0
    ns = sorted(ns)
    while i < len(ns):
        j = i
        while j + 1 < len(ns) and ns[j + 1] == ns[j] + 1:
            j += 1
        out.append(f"{ns[i]}至{ns[j]}" if j - i >= 2 else "、".join(str(x) for x in ns[i:j + 1]))
        i = j + 1
    return "第" + "、".join(out) + "项"


def rows_from(source, unit=None):
    return [i for i, r in enumerate(m.ROWS, 1) if r[3] == source and (unit is None or r[6] == unit)]


def ind(n):
    return f"第{n}项{m.row(n)[1]}"


def examples():
    eq, don, st = EX["equip"]
    s2, t2 = EX["ratio"]
    g, emp, up, local = EX["grads"]
    n, v = EX["order"]
    r3 = m.row(3)
    ratio = round(s2 / t2, 1)
    return {
        "equip": f"例如：某校实训教学设备原值合计{eq}万元（其中企业捐赠设备{don}万元），全日制在校生{st}人，生均实训设备值为{eq}÷{st}"
                 f"＝{eq / st:.2f}万元。",
        "ratio": f"例如：某校全日制在校生{s2}人，专任教师{t2}人，生师比为{s2}÷{t2}＝{ratio}，高于目标值{m.number(r3[4]):g}，该项得分为"
                 f"{r3[5]}×{m.number(r3[4]):g}÷{ratio}＝{m.score(3, ratio):.2f}分。",
        "grads": f"例如：某校当年毕业生{g}人，其中就业{emp}人、升学{up}人，毕业生就业率为（{emp}＋{up}）÷{g}×100%＝"
                 f"{(emp + up) * 100 / g:.1f}%；就业的{emp}人中在图木舒克市就业{local}人，毕业生在本市就业比例为{local}÷{emp}×100%＝"
                 f"{local * 100 / emp:.1f}%。",
        "order": f"例如：{ind(n)}目标值为{m.row(n)[4]}、权重{m.row(n)[5]}%，某校监测值为{v}人的，该项得分为{m.row(n)[5]}×{v}÷"
                 f"{m.number(m.row(n)[4]):g}＝{m.score(n, v):.2f}分。",
    }


def body():
    ex = examples()
    sch = rows_from("学校报送")
    p = []
    P = lambda s, c="": p.append(f'<p{(" class=" + chr(34) + c + chr(34)) if c else ""}>{e(s)}</p>')  # noqa: E731
    H = lambda s: p.append(f"<h3>{e(s)}</h3>")  # noqa: E731
    P("师市各职业学校、技工学校，各有关企业，师市人力资源和社会保障局、发展和改革委员会：", "noindent")
    P(f"根据《{m.SYSTEM}》（{m.DOC_NO}），现就开展2026年度职业教育产教融合监测数据报送工作通知如下。")
    H("一、报送主体和分工")
    P(f"各职业学校、技工学校报送《指标体系》{ranges(sch)}，共{len(sch)}项；与学校合作的企业报送{ranges(rows_from('企业报送'))}"
      f"（{m.row(rows_from('企业报送')[0])[1]}），由合作学校汇总后一并提交；师市人力资源和社会保障局提供{ranges(rows_from('部门提供', m.HRSS))}"
      f"数据；{ranges(rows_from('部门提供', m.EDU))}由师市教育局根据安全事故报告情况统计。")
    H("二、报送平台")
    P(f"数据统一通过{PLATFORM}报送。{FACTS['admin']}，负责本单位数据录入，于{FACTS['admin_deadline']}将数据管理员姓名和手机号码报"
      "师市教育局职业教育科，由职业教育科开通平台账号。各单位数据"
      f"{FACTS['sign']}，佐证材料（协议、名册、发票、证书等）扫描后随数据一并上传。")
    H("三、报送时间")
    P(f"（一）中期报送：{FACTS['mid']}，报送截至6月30日的数据，用于跟踪进度，不计入年度得分。")
    P(f"（二）年度报送：{FACTS['annual']}，报送监测期全年数据及佐证材料。")
    P(f"（三）核查：{FACTS['check']}，师市教育局组织审核和现场核查。")
    P(f"（四）结果公布：评价等级于{FACTS['publish']}在师市教育系统内通报。")
    H("四、指标口径说明")
    P(f"（一）{ind(1)}。设备按固定资产账面原值计算，企业捐赠并已登记入账的设备计入，租用设备不计入。{ex['equip']}")
    P(f"（二）{ind(3)}。专任教师不含兼职教师、行政人员和教辅人员，在校生只计全日制学生。{ex['ratio']}")
    P(f"（三）{ind(12)}和{ind(13)}。就业率的分子包括升学人数；在本市就业比例的分母为就业毕业生数，不含升学人数。{ex['grads']}")
    P(f"（四）{ind(9)}。只统计已在人社部门备案的学徒，数据由师市人力资源和社会保障局提供，学校不再重复报送。")
    P(f"（五）{ind(18)}。同一人参加同一培训项目只计1人次，参加不同项目的分别计算。例如：一名职工先后参加电工初级班和焊工初级班，"
      "计2人次。")
    P(f"（六）评分示例。{ex['order']}")
    H("五、审核和核查")
    P("数据实行三级核查：一是学校（企业）自查，数据管理员录入后由分管负责人审签；二是主管部门审核，职业学校数据由师市教育局审核，"
      f"技工学校数据由师市人力资源和社会保障局审核，{FACTS['review_days']}；三是现场核查，师市教育局会同师市统计局随机"
      f"{FACTS['sample']}，核对佐证材料原件。核查发现{FACTS['error']}，退回重新报送。")
    H("六、有关要求")
    P(f"逾期未报送的，{FACTS['late']}，并在师市教育系统内通报。数据弄虚作假的，该校{FACTS['false']}，取消当年各类先进评选资格，"
      "并追究有关人员责任。")
    H("七、联系人")
    for what, unit, person, phone in CONTACTS:
        P(f"{what}：{unit}，{person}，电话{phone}。")
    P(f"平台技术支持电话：{HELPDESK}。")
    P(ISSUER, "sign")
    P(DATE, "sign")
    return "\n".join(p)


def page():
    meta = [("索引号", INDEX_NO), ("主题分类", "教育"), ("发文机关", ISSUER), ("成文日期", DATE), ("文号", DOC_NO),
            ("发布日期", PUBLISHED[:10]), ("有效性", "有效"), ("体裁分类", "通知")]
    rows = "".join(f"<tr><th>{a}：</th><td>{e(b)}</td><th>{c}：</th><td>{e(d)}</td></tr>\n"
                   for (a, b), (c, d) in zip(meta[0::2], meta[1::2]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(TITLE)}_{e(SITE)}</title>
<meta name="ArticleTitle" content="{e(TITLE)}">
<meta name="PubDate" content="{PUBLISHED}">
<style>
{CSS}</style>
</head>
<body>
<!-- {FICTION} -->
<div class="gov-top"><span>今天是：2026年5月21日 星期四</span><span>无障碍浏览</span><span>长者模式</span><span>English</span></div>
<div class="masthead"><div class="site-name">{e(SITE)}</div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="menu"><a href="#">首页</a><a href="#">机构概况</a><a href="#">信息公开</a><a href="#">教育动态</a><a href="#">职业教育</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="position">您现在的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">通知公告</a></div>
<div class="wrap">
<table class="xxgk-meta">
{rows}</table>
<article class="doc">
<h1>{e(TITLE)}</h1>
<div class="doc-no">{e(DOC_NO)}</div>
<div class="doc-tools">发布时间：{PUBLISHED}　　浏览次数：{VIEWS}　　【字号：大 中 小】</div>
<div id="zoom">
{body()}
</div>
<div class="fj">附件：<a href="#">1．数据报送承诺书.docx</a>　<a href="#">2．佐证材料清单.xlsx</a></div>
<div class="doc-foot"><a href="#">【打印】</a><a href="#">【关闭】</a></div>
</article>
<div class="related"><strong>相关链接</strong><ul><li><a href="#">{e(m.TITLE)}</a></li>
<li><a href="#">师市教育局2026年职业教育工作要点</a></li></ul></div>
<p class="note">{e(FICTION)}</p>
</div>
<div class="footer">主办：{e(SITE)}　承办：师市教育局办公室<br>
网站标识码：6590030012　新ICP备2026008451号-1　新公网安备65900302000117号<br>
{e(FICTION)}</div>
</body>
</html>
"""


def main():
    open(OUT, "w", encoding="utf-8").write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
