#!/usr/bin/env python3
"""Write fresh35/handan-butie-mulu.html (虚构测试文档，非真实政策).

    cd fresh35/src && python3 make_handan_html.py

New shape of this round: per region, **a city 人社局 + 财政局 notice publishing the year's 职业技能培训补贴标准目录** (a catalogue
table annex: 职业（工种） / 技能等级 / 补贴标准 / 上浮后标准 / 备注) and **the same city's 经办规程 for 企业职工技能提升补贴 and
企业新型学徒制补贴**. This is the dev notice: 邯郸市人力资源和社会保障局 邯郸市财政局关于公布2026年度邯郸市职业技能培训补贴标准目录的
通知 (邯人社字〔2026〕23号, 成文 2026年3月10日, 发布 2026-03-13) as a page of the bureau's portal (UTF-8; a new frame in dark red:
renshe.css): top bar, banner with site name and search form, menu, breadcrumb 当前位置：首页 > 政务公开 > 通知公告, a 信息公开 table
(索引号 / 主题分类 / 发布机构 / 文号 / 成文日期 / 发布日期 / 有效性), <h1>, info line (发布时间 / 来源 / 浏览次数 / 字号), the text in
<div id="zoom"> (headings 一、…七、 as <h3>, 落款, （此件主动公开）), then the 附件 with **the catalogue as a real <table>** (group rows
with colspan, 序号 and 职业 cells with rowspan), its 注, an 附件下载 box, 【打印本页】【关闭窗口】, 上一篇 / 下一篇, the note, footer.
The note is in an HTML comment and in the last lines.

CATALOGUE holds the table; ../check_fresh35.py reads it from here (markups: ★ rows + 20 %, capped at CAP; 学徒 rows + 10 %).
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "handan-butie-mulu.html")

STAR_UP = 20      # 急需紧缺职业（工种） 上浮 %
QY_UP = 10        # 产教融合型企业 上浮 %
CAP = 3000        # 上浮后单人单次最高（元）
# (group title, [(职业（工种）, 紧缺 ★, [(技能等级, 补贴标准), …]), …]); the 学徒 group: 上浮 = 产教融合型企业 10 %
CATALOGUE = [
    ("一、职业技能培训补贴", [
        ("焊工", True, [("五级/初级工", 1000), ("四级/中级工", 1500), ("三级/高级工", 2000), ("二级/技师", 2600)]),
        ("电工", True, [("五级/初级工", 900), ("四级/中级工", 1400), ("三级/高级工", 1900)]),
        ("钳工", False, [("五级/初级工", 900), ("四级/中级工", 1300), ("三级/高级工", 1800)]),
        ("车工", True, [("四级/中级工", 1500), ("三级/高级工", 2000)]),
        ("工业机器人系统运维员", True, [("四级/中级工", 1600), ("三级/高级工", 2100)]),
        ("轧钢工", False, [("四级/中级工", 1300), ("三级/高级工", 1700)]),
        ("起重装卸机械操作工", False, [("五级/初级工", 800), ("四级/中级工", 1200)]),
        ("汽车维修工", False, [("四级/中级工", 1300), ("三级/高级工", 1800)]),
        ("电子商务师", False, [("四级/中级工", 1100), ("三级/高级工", 1500)]),
        ("养老护理员", True, [("五级/初级工", 900), ("四级/中级工", 1300)]),
        ("保育师", False, [("五级/初级工", 800), ("四级/中级工", 1100)]),
        ("中式烹调师", False, [("五级/初级工", 800), ("四级/中级工", 1100), ("三级/高级工", 1500)]),
        ("仓储管理员", False, [("五级/初级工", 700), ("四级/中级工", 1000)]),
        ("家政服务员", False, [("五级/初级工", 700)]),
    ]),
    ("二、专项职业能力", [
        ("电动叉车操作", False, [("专项职业能力", 500)]),
        ("网络直播营销", False, [("专项职业能力", 600)]),
        ("母婴护理", False, [("专项职业能力", 500)]),
    ]),
    ("三、企业新型学徒制（元/人·年）", [
        ("企业新型学徒制", None, [("中级工", 5000), ("高级工", 6000), ("技师", 7000)]),
    ]),
]
HEAD = ["序号", "职业（工种）", "技能等级", "补贴标准（元/人）", "上浮后标准（元/人）", "备注"]


def raised(star, base):
    """The 上浮后标准 cell: ★ + 20 % capped at CAP; the 学徒 rows (star None) + 10 %; others none."""
    if star is None:
        return base * (100 + QY_UP) // 100
    if star:
        return min(base * (100 + STAR_UP) // 100, CAP)
    return None


def note(star, base):
    if star is None:
        return "产教融合型企业上浮10%"
    if star:
        return "上浮后封顶" if base * (100 + STAR_UP) // 100 > CAP else "紧缺上浮20%"
    return ""


SITE = "邯郸市人力资源和社会保障局"
TITLE = "邯郸市人力资源和社会保障局 邯郸市财政局关于公布2026年度邯郸市职业技能培训补贴标准目录的通知"
DOC_NO = "邯人社字〔2026〕23号"
WRITTEN = "2026年3月10日"
PUBLISHED = "2026-03-13 16:05"
XXGK = [("索引号", "11130400MB0X27541Y/2026-00063", "主题分类", "劳动、人事／职业能力建设"),
        ("发布机构", "邯郸市人力资源和社会保障局", "文号", DOC_NO),
        ("成文日期", WRITTEN, "发布日期", "2026年3月13日"),
        ("有效性", "有效", "失效日期", "2027年3月31日")]
SOURCE = "职业能力建设科"
VIEWS = "2481"
# ("h", heading) / ("p", paragraph) / ("n", no indent) / ("sign", 落款 line)
TEXT = [
    ("n", "各县（市、区）人力资源和社会保障局、财政局，市直各有关单位，各有关企业、职业技能培训机构："),
    ("p", "为深入实施职业技能提升行动，推动产教融合、校企合作，规范职业技能培训补贴管理，市人力资源和社会保障局、市财政局结合全市"
          "重点产业用工需求和培训成本变化情况，对《2025年度邯郸市职业技能培训补贴标准目录》进行了修订，形成《2026年度邯郸市职业技能"
          "培训补贴标准目录》（以下简称《目录》，见附件），现予公布。有关事项通知如下："),
    ("h", "一、适用范围"),
    ("p", "《目录》适用于本市行政区域内企业职工技能提升补贴和企业新型学徒制补贴的核定。补贴对象为在本市依法参加企业职工基本养老保险"
          "的企业在职职工和企业新型学徒。机关事业单位工作人员不属于补贴对象。"),
    ("h", "二、补贴标准"),
    ("p", "（一）职业技能培训补贴按职业（工种）和技能等级分档确定。职工取得职业资格证书或职业技能等级证书的，按《目录》中对应职业"
          "（工种）和等级的标准补贴；取得专项职业能力证书的，按《目录》“专项职业能力”部分的标准补贴。"),
    ("p", "（二）本年度《目录》共列明职业（工种）14个、专项职业能力3项，其中急需紧缺职业（工种）5个。与上年度相比，新增工业机器人"
          "系统运维员、轧钢工2个职业（工种）。"),
    ("p", "（三）《目录》未列明的职业（工种），参照同等级相近职业（工种）的标准执行，具体由市人力资源和社会保障局职业能力建设科确定。"),
    ("h", "三、上浮政策"),
    ("p", "（一）列入《邯郸市2026年急需紧缺职业（工种）目录》的职业（工种），在《目录》中以“★”标注，补贴标准上浮20%。例如，焊工"
          "三级/高级工补贴标准为2000元/人，上浮后为2400元/人。"),
    ("p", "（二）经认定的市级及以上产教融合型企业组织本企业职工参加培训并取得证书的，补贴标准上浮10%。例如，钳工四级/中级工补贴标准"
          "为1300元/人，产教融合型企业职工取证的按1430元/人补贴。"),
    ("p", "（三）同一职工同一次取证同时符合上述两种情形的，按就高原则上浮，不叠加计算。"),
    ("p", "（四）上浮后单人单次补贴最高不超过3000元。焊工二级/技师补贴标准为2600元/人，上浮后按3000元/人执行。"),
    ("h", "四、企业新型学徒制补贴"),
    ("p", "企业新型学徒制补贴按学徒培养目标等级确定，中级工每人每年5000元、高级工每人每年6000元、技师每人每年7000元，补贴期限按"
          "实际培训时间计算，最长不超过2年。市级及以上产教融合型企业开展企业新型学徒制培训的，补贴标准上浮10%，即中级工每人每年5500元、"
          "高级工每人每年6600元、技师每人每年7700元。企业新型学徒制补贴不适用急需紧缺职业（工种）上浮政策，也不受单人单次3000元上限"
          "限制。"),
    ("h", "五、享受次数和申请期限"),
    ("p", "（一）每名职工每年享受职业技能培训补贴不超过3次，同一职业（工种）同一等级只能享受1次。"),
    ("p", "（二）职工应在证书核发之日起12个月内提出申请，逾期不再受理。"),
    ("p", "（三）学徒在企业新型学徒制培训期间，不得就同一职业（工种）同一等级重复申领企业职工技能提升补贴。"),
    ("h", "六、资金渠道"),
    ("p", "补贴资金从职业技能提升行动专账资金中列支；专账资金不足的，从就业补助资金中列支。"),
    ("h", "七、其他事项"),
    ("p", "（一）各县（市、区）应严格执行《目录》，不得自行调整补贴标准。"),
    ("p", "（二）申请、审核、公示和拨付等经办程序，按《邯郸市企业职工技能提升补贴和企业新型学徒制补贴经办规程》执行。"),
    ("p", "（三）《目录》自2026年4月1日起施行，有效期至2027年3月31日。《2025年度邯郸市职业技能培训补贴标准目录》（邯人社字〔2025〕"
          "18号）同时废止。2026年4月1日前取得证书的，仍按原目录标准执行。"),
    ("p", "政策咨询：市人力资源和社会保障局职业能力建设科，联系人：郑雅楠，联系电话：0310-6012487；市财政局社会保障科，联系人："
          "冯立军，联系电话：0310-6026631。"),
    ("n", "附件：2026年度邯郸市职业技能培训补贴标准目录"),
    ("sign", "邯郸市人力资源和社会保障局　　　邯郸市财政局"),
    ("sign", WRITTEN),
    ("p", "（此件主动公开）"),
]
TABLE_NOTES = [
    "注：1．标注“★”的为急需紧缺职业（工种），“上浮后标准”栏为上浮20%后的标准，上浮后超过3000元的按3000元执行。",
    "2．企业新型学徒制“上浮后标准”栏为市级及以上产教融合型企业适用标准。",
    "3．产教融合型企业职工取得其他职业（工种）证书的，按“补贴标准”栏上浮10%核定。",
]
PREV = "上一篇：关于开展2026年度企业技能人才自主评价机构备案工作的通知"
NEXT = "下一篇：2026年第一季度全市就业创业重点工作进展情况"
FICTION = ("本页为虚构测试文档，非真实政策：邯郸市为真实地名，文号、补贴标准、人员、电话和网站信息均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")
CSS = open(os.path.join(HERE, "renshe.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def table_rows():
    """The catalogue as rows of cell texts (group rows: one cell), the way the page shows them."""
    rows = []
    n = 0
    for title, jobs in CATALOGUE:
        rows.append([title])
        for name, star, levels in jobs:
            n += 1
            for k, (level, base) in enumerate(levels):
                up = raised(star, base)
                rows.append([str(n) if k == 0 else "^", (name + ("★" if star else "")) if k == 0 else "^", level, str(base),
                             str(up) if up else "—", note(star, base)])
    return rows


def table():
    o = ['<table class="mulu">', "<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in HEAD) + "</tr></thead>", "<tbody>"]
    rows = table_rows()
    for i, r in enumerate(rows):
        if len(r) == 1:
            o.append(f'<tr><td colspan="{len(HEAD)}" class="group">{e(r[0])}</td></tr>')
            continue
        cells = []
        for k, c in enumerate(r):
            if c == "^":
                continue
            span = 1
            while k < 2 and i + span < len(rows) and len(rows[i + span]) > 1 and rows[i + span][k] == "^":
                span += 1
            cells.append(f'<td rowspan="{span}">{e(c)}</td>' if span > 1 else f"<td>{e(c)}</td>")
        o.append("<tr>" + "".join(cells) + "</tr>")
    o += ["</tbody>", "</table>"]
    return "\n".join(o)


def body():
    o = ['<div id="zoom">']
    for kind, t in TEXT:
        if kind == "h":
            o.append(f"<h3>{e(t)}</h3>")
        elif kind == "n":
            o.append(f'<p class="noindent">{e(t)}</p>')
        elif kind == "sign":
            o.append(f'<p class="sign">{e(t)}</p>')
        else:
            o.append(f"<p>{e(t)}</p>")
    o.append('<p class="annex-no">附件</p>')
    o.append('<p class="annex-title">2026年度邯郸市职业技能培训补贴标准目录</p>')
    o.append(table())
    o += [f'<p class="tnote">{e(t)}</p>' for t in TABLE_NOTES]
    o.append("</div>")
    return "\n".join(o)


def page():
    xx = "".join(f"<tr><th>{a}：</th><td>{e(b)}</td><th>{c}：</th><td>{e(d)}</td></tr>" for a, b, c, d in XXGK)
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(TITLE)}_通知公告_{SITE}</title>',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', '<meta name="PubDate" content="2026-03-13 16:05">',
         f'<meta name="ContentSource" content="{SOURCE}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: 文号, subsidy standards, people, phone numbers and site '
         'details are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top"><div class="wrap">欢迎访问邯郸市人力资源和社会保障局网站<span class="links"><a href="#">无障碍</a>'
         '<a href="#">关怀版</a><a href="#">个人登录</a><a href="#">单位登录</a></span></div></div>',
         f'<div class="banner"><div class="wrap"><div class="site">{SITE}<small>Handan Human Resources and Social Security '
         'Bureau</small></div><form action="#"><input type="text" name="kw" placeholder="站内搜索"><button type="button">搜 索'
         '</button></form></div></div>',
         '<div class="nav"><div class="wrap"><a href="#">首页</a><a href="#">机构概况</a><a class="on" href="#">政务公开</a>'
         '<a href="#">政务服务</a><a href="#">就业创业</a><a href="#">社会保障</a><a href="#">人才人事</a><a href="#">互动交流</a>'
         '</div></div>',
         '<div class="crumb wrap">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>',
         '<div class="main wrap">',
         f'<table class="xxgk">{xx}</table>',
         f'<h1>{e(TITLE)}</h1>',
         f'<div class="meta"><span>发布时间：{PUBLISHED}</span><span>来源：{SOURCE}</span><span>浏览次数：{VIEWS}</span>'
         '<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>',
         body(),
         '<div class="attach">附件下载：<a href="#">2026年度邯郸市职业技能培训补贴标准目录.xlsx</a></div>',
         '<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>',
         f'<div class="prevnext"><a href="#">{e(PREV)}</a><br><a href="#">{e(NEXT)}</a></div>',
         f'<p class="note">{e(FICTION)}</p>',
         '</div>',
         '<div class="foot"><div class="wrap">主办单位：邯郸市人力资源和社会保障局　　人社服务热线：12333<br>'
         '网站标识码：1304000021　　冀ICP备2026031302号</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
