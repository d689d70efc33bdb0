#!/usr/bin/env python3
"""Write fresh52/tianzhu-jiaocai-xize.docx (虚构测试文档，非真实政策): the held-out county's rules for its vocational schools'
textbooks (教材管理实施细则（试行）) with their 印发通知 — part (a) of the held-out pair.

    cd fresh52/src && python3 make_tianzhu_docx.py      (Python only: the .docx is written part by part)

**Layout: a .docx as Microsoft Word writes it, built here part by part** (no LibreOffice): `[Content_Types].xml`, `_rels`,
`word/document.xml` with `w:rsidR` attributes, `word/styles.xml` (仿宋_GB2312 / 方正小标宋简体 / 黑体 as Word's East Asian fonts),
`word/settings.xml`, a footer part with a `PAGE` field between two dashes, `docProps/core.xml` (the note in its Subject and
Description) and `docProps/app.xml` (`Microsoft Office Word`): 红头 in red runs, the 文号 over a red bottom border, the notice, the
附件 line, the 落款, then after a page break the 细则 (no 章) **whose 条 numbers are typed in bold runs followed by a full-width
space, the items typed `（一）` — no Word numbering**, then after a page break **the annex, a Word table 教材管理工作职责分工表 with
a `★` before each lead unit (`★为牵头单位` in the header), the 工作环节 cells merged down their group (`w:vMerge`)**; the note in
small print and in the core properties.
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, w  # noqa: E402,F401

NAME = "tianzhu-jiaocai-xize"
COUNTY = "天柱县"
ISSUERS = ["天柱县教育局", "天柱县财政局"]
DOC_NO = "天教规〔2026〕3号"
DATE_D = D(2026, 5, 12)
DATE = cn_date(DATE_D)
RULES = "天柱县职业学校教材管理实施细则（试行）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "天柱县职业学校教材管理工作职责分工表"
BODY_START = RULES
ANNEX_START = "附件" + TABLE_TITLE
LAW = "《中华人民共和国职业教育法》"          # real national law, cited as 依据 only

GROUP_MIN = 9                  # 教材工作小组 成员不少于9人
GROUP_FIRM = 3                 # 其中行业企业专家不少于3人
PLAN_SHARE = 50                # 专业课教材中国家规划教材的比例不低于50%
EDITION_YEARS = 4              # 不得遴选出版或者修订时间超过4年的专业课教材
PUB_DAYS = 7                   # 校内公示不少于7个工作日
FILE_BY = (7, 10)              # 每年7月10日前 下一学年教材遴选结果 备案
FIRM_SHARE = 3                 # 编写团队中合作企业人员的比例不低于三分之一 (1/3)
REVIEWERS = 5                  # 审定专家不少于5人, 其中企业专家不少于2人
REVIEW_DAYS = 15               # 受理之日起15个工作日内作出审定结论
RATE = 500                     # 编写补贴 每万字500元
UPLIFT = 30                    # 配套数字资源的融媒体教材 上浮30%
CAP = 20000                    # 每种最高2万元
MIN_STUDENTS = 30              # 使用学生少于30人的 不予补贴
PAY_DAYS = 20                  # 收到汇总材料后20个工作日内拨付
REVIEW_FEE = 600               # 审定专家审定费每人每种不超过600元
SETTLE_DAYS = 20               # 学期结束后20个工作日内公开结算明细
SPOT_SHARE = 15                # 抽查比例不少于备案教材种数的15%
REPORT_DAYS = 60               # 备案截止之日起60日内通报
EFFECTIVE = D(2026, 6, 1)
TRIAL_YEARS = 2
CATCH_UP_BY = D(2026, 7, 3)    # set in the 印发通知: school-written books already in use, sent for 审定 by this date
CONTACTS = [("县教育局职业与成人教育股", "杨光华", "0855-7521836"),
            ("县教研中心", "吴晓梅", "0855-7523405"),
            ("县财政局科教股", "龙再兴", "0855-7526617")]

ARTICLES = [
    ("art", "purpose", f"为加强职业学校教材管理，推进职业学校与企业合作编写教材，促进产教融合、校企合作，根据{LAW}等有关规定，"
                       "结合我县实际，制定本细则。"),
    ("art", "scope", "本细则适用于本县中等职业学校和技工学校（以下统称职业学校）教材的遴选、自编教材的编写和审定，以及教材款的代收"
                     "管理。本细则所称自编教材，是指职业学校组织本校教师和合作企业人员共同编写、在本校使用的教材。"),
    ("art", "duty", "县教育局负责全县职业学校教材管理工作，承担备案、审定、检查和通报；县人力资源和社会保障局负责技工学校教材遴选的"
                    "业务指导；县财政局负责编写补贴资金的保障和监督。职业学校对本校教材遴选和自编教材编写负主体责任。"),
    ("art", "principle", "教材遴选坚持谁遴选谁负责、集体决策、公开透明。任何单位和个人不得利用教材遴选谋取利益，不得在代订教材时加价。"),
    ("art", "group", f"职业学校应当成立教材工作小组，由校长任组长，成员不少于{GROUP_MIN}人，其中行业企业专家不少于{GROUP_FIRM}人。"),
    ("art", "choose", "职业学校遴选教材应当遵守下列规定："),
    ("item", "ch_plan", f"专业课教材中国家规划教材的比例不低于{PLAN_SHARE}%；"),
    ("item", "ch_age", f"不得遴选出版或者修订时间超过{EDITION_YEARS}年的专业课教材；"),
    ("item", "ch_digital", "同等条件下优先遴选配套数字资源的教材。"),
    ("art", "steps", "职业学校遴选教材按照下列程序进行："),
    ("item", "st_1", "专业教研组推荐；"),
    ("item", "st_2", "教材工作小组集体审议，经三分之二以上成员同意；"),
    ("item", "st_3", f"遴选结果在校内公示不少于{PUB_DAYS}个工作日；"),
    ("item", "st_4", "报县教育局备案。"),
    ("art", "filing", f"职业学校应当于每年{FILE_BY[0]}月{FILE_BY[1]}日前，将下一学年教材遴选结果报县教育局备案。学年中途增补教材的，"
                      "应当在使用前补报备案。"),
    ("art", "write", "自编教材由职业学校组建编写团队编写，编写团队中合作企业人员的比例不低于三分之一。主编应当具有中级以上专业技术"
                     "职称或者技师以上职业资格。"),
    ("art", "review", f"自编教材使用前应当报县教育局审定。县教育局组织审定专家不少于{REVIEWERS}人，其中企业专家不少于2人，在受理之日起"
                      f"{REVIEW_DAYS}个工作日内作出审定结论。"),
    ("art", "subsidy", f"审定通过的自编教材，按照每万字{RATE}元给予编写补贴；配套数字资源的融媒体教材按照标准上浮{UPLIFT}%；每种教材的"
                       f"编写补贴最高{w(CAP)}。"),
    ("art", "nosub", "有下列情形之一的，不予编写补贴："),
    ("item", "ns_1", "编写团队中合作企业人员比例低于本细则{write}规定的；"),
    ("item", "ns_2", "审定未通过的；"),
    ("item", "ns_3", f"使用学生少于{MIN_STUDENTS}人的；"),
    ("item", "ns_4", "已获得其他财政资金支持的。"),
    ("art", "pay", f"编写补贴由县教育局每学年汇总一次，县财政局在收到汇总材料后{PAY_DAYS}个工作日内拨付。审定专家审定费每人每种不超过"
                   f"{REVIEW_FEE}元。"),
    ("art", "money", f"职业学校代收教材款应当按照教材实际价格结算，学期结束后{SETTLE_DAYS}个工作日内公开结算明细，多收部分全额退还。"),
    ("art", "evaluate", "职业学校每学年组织师生和合作企业对在用教材进行评价，评价结果作为下一学年教材遴选的重要依据。"),
    ("art", "inspect", f"县教育局每学年对职业学校教材遴选情况进行检查，抽查比例不少于备案教材种数的{SPOT_SHARE}%，并在备案截止之日起"
                       f"{REPORT_DAYS}日内通报检查情况。"),
    ("art", "liable", "违反本细则遴选教材的，责令限期更换；未按时备案的，约谈学校负责人；代订教材加价的，责令退还多收款项，并对责任人"
                      "依规处理；弄虚作假骗取编写补贴的，追回资金。"),
    ("art", "terms", "本细则所称“以上”“不少于”“不低于”包含本数，“超过”“低于”“少于”不包含本数。"),
    ("art", "explain", "本细则由县教育局负责解释。"),
    ("art", "effective", f"本细则自{cn_date(EFFECTIVE)}起试行，试行期{TRIAL_YEARS}年。"),
]

HEAD = ["序号", "工作环节", "工作事项", "责任单位（★为牵头单位）", "时限", "依据"]
# 工作环节 ("^": merged with the cell above), 工作事项, 责任单位 (the lead first, with ★), 时限, keys of ARTICLES
ANNEX = [
    ("教材遴选", "成立教材工作小组", "★各职业学校", "长期", ["group"]),
    ("^", "推荐、审议和公示", "★各职业学校", f"公示不少于{PUB_DAYS}个工作日", ["steps"]),
    ("^", "遴选结果备案", "★各职业学校、县教育局", f"每年{FILE_BY[0]}月{FILE_BY[1]}日前", ["filing"]),
    ("自编教材", "组建编写团队", "★各职业学校、合作企业", "—", ["write"]),
    ("^", "审定", "★县教育局", f"受理之日起{REVIEW_DAYS}个工作日内", ["review"]),
    ("^", "编写补贴拨付", "★县财政局、县教育局", f"收到汇总材料后{PAY_DAYS}个工作日内", ["pay"]),
    ("监督检查", "教材款结算公开", "★各职业学校", f"学期结束后{SETTLE_DAYS}个工作日内", ["money"]),
    ("^", "检查抽查", "★县教育局、县人力资源和社会保障局", "每学年", ["inspect"]),
    ("^", "通报", "★县教育局", f"备案截止之日起{REPORT_DAYS}日内", ["inspect"]),
]
WIDTHS = [700, 1300, 2000, 2500, 2000, 1000]     # twips

NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：天柱县为真实地名，文号、学校、比例、标准、期限、日期、人员和电话均为虚构，仅用于问答"
             "系统评测；所引《中华人民共和国职业教育法》为真实法律。")

FACTS = {
    "catch_up": cn_date(CATCH_UP_BY, week=True),
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "annex": TABLE_TITLE,
    "main": "各职业学校，县直有关单位：",
}


def numbering():
    out, a, i = {}, 0, 0
    for lvl, key, _ in ARTICLES:
        if lvl == "art":
            a, i = a + 1, 0
            out[key] = (a,)
        elif lvl == "item":
            i += 1
            out[key] = (a, i)
    return out


def art_no(key):
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    t = next(t for _, k, t in ARTICLES if k == key)
    return t.replace("{write}", art_no("write"))


def printed():
    """every 条 and item as `soffice … txt:Text` writes them (the typed number, a full-width space)"""
    out = []
    for lvl, key, _ in ARTICLES:
        out.append(f"{art_no(key)}　{text(key)}" if lvl == "art" else f"（{cn(numbering()[key][1])}）{text(key)}")
    return out


def annex_rows():
    return [[str(i), a, b, c, d, "、".join(cite(k) for k in keys)] for i, (a, b, c, d, keys) in enumerate(ANNEX, 1)]


def annex_read():
    rows = annex_rows()
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if c == "^":
                r[j] = rows[i - 1][j]
    return rows


# ---------------------------------------------------------------- the parts of the .docx
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RSID = ["00A21C3F", "003B7E12", "005D9A40", "00E61F08"]
_n = [0]


def rsid():
    _n[0] += 1
    return RSID[_n[0] % len(RSID)]


def run(t, bold=False, color=None, size=None, font=None):
    rpr = ""
    if font:
        rpr += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    else:
        rpr += '<w:rFonts w:hint="eastAsia"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r w:rsidRPr="{rsid()}"><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(runs, align=None, indent=True, before=None, border=None, page_break=False, spacing=None):
    ppr = ""
    if border:
        ppr += f'<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="{border}"/></w:pBdr>'
    if spacing:
        ppr += spacing
    if indent and not align:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    pb = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    return f'<w:p w:rsidR="{rsid()}" w:rsidRDefault="{rsid()}"><w:pPr>{ppr}</w:pPr>{pb}{"".join(runs)}</w:p>'


def p(t, **kw):
    return para([run(t)], **kw)


def cell(t, wd, head=False, vmerge=None):
    tcpr = f'<w:tcW w:w="{wd}" w:type="dxa"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    tcpr += '<w:vAlign w:val="center"/>'
    body = run(t, bold=head, size=21) if t else ""
    return (f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p w:rsidR="{rsid()}" w:rsidRDefault="{rsid()}"><w:pPr><w:jc w:val="center"/>'
            f'</w:pPr>{body}</w:p></w:tc>')


def table():
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in WIDTHS)
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = ['<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(h, wd, head=True) for h, wd in zip(HEAD, WIDTHS)) + "</w:tr>"]
    raw = annex_rows()
    for i, r in enumerate(raw):
        cs = []
        for j, (c, wd) in enumerate(zip(r, WIDTHS)):
            if j == 1:
                nxt = raw[i + 1][1] if i + 1 < len(raw) else None
                vm = "continue" if c == "^" else ("restart" if nxt == "^" else None)
                cs.append(cell("" if c == "^" else c, wd, vmerge=vm))
            else:
                cs.append(cell(c, wd))
        rows.append("<w:tr>" + "".join(cs) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(WIDTHS)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{border}'
            f'</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def body():
    red = "FF0000"
    out = [para([run(x, color=red, size=52, font="方正小标宋简体")], align="center") for x in ISSUERS]
    out.append(para([run("文件", color=red, size=72, font="方正小标宋简体")], align="center"))
    out.append(para([]))
    out.append(para([run(DOC_NO)], align="center", border=red))
    out.append(para([run(TITLE, size=40, font="方正小标宋简体")], align="center"))
    out.append(p(FACTS["main"], indent=False))
    out += [p(f"现将《{RULES}》印发给你们，请认真贯彻执行。"),
            p(f"本细则试行前已经在使用、2026—2027学年拟继续使用的自编教材，职业学校应当于{cn_date(CATCH_UP_BY, week=True)}前按照本细则"
              f"{art_no('review')}规定报县教育局审定；逾期未报审定的，不得继续使用。"),
            p(f"联系人：{CONTACTS[0][0]}{CONTACTS[0][1]}，电话：{CONTACTS[0][2]}；自编教材审定：{CONTACTS[1][0]}{CONTACTS[1][1]}，"
              f"电话：{CONTACTS[1][2]}；编写补贴：{CONTACTS[2][0]}{CONTACTS[2][1]}，电话：{CONTACTS[2][2]}。"),
            p(f"附件：{TABLE_TITLE}"), para([])]
    out += [p(x, align="right") for x in ISSUERS] + [p(DATE, align="right"), p("（此件公开发布）")]
    out.append(para([run(RULES, size=40, font="方正小标宋简体")], align="center", page_break=True))
    for lvl, key, _ in ARTICLES:
        if lvl == "art":
            out.append(para([run(art_no(key), bold=True, font="黑体"), run("　" + text(key))]))
        else:
            out.append(para([run(f"（{cn(numbering()[key][1])}）{text(key)}")]))
    out.append(para([run("附件", font="黑体")], indent=False, page_break=True))
    out.append(para([run(TABLE_TITLE, size=36, font="方正小标宋简体")], align="center"))
    out.append(table())
    out.append(para([]))
    out.append(para([run(NOTE_TEXT, size=18)], indent=False))
    out.append(para([run(NOTE + "。", size=18)], indent=False))
    sect = ('<w:sectPr w:rsidR="00A21C3F"><w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R_NS}><w:body>' + "".join(out) + sect
            + "</w:body></w:document>")


FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W} {R_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
          'xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>'
          '<w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
          '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
          '</w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>'
          '<w:qFormat/><w:pPr><w:widowControl w:val="0"/></w:pPr></w:style><w:style w:type="table" w:default="1" w:styleId="a1">'
          '<w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
          '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
          '</w:tblPr></w:style></w:styles>')
SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/><w:characterSpacingControl '
            'w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting '
            'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids>'
            + "".join(f'<w:rsid w:val="{x}"/>' for x in RSID) + '</w:rsids><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '</w:settings>')
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
                 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/'
                 'styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override '
                 'PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                 'settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                 'package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.extended-properties+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/'
        '2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId8" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')


def core():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
            'terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(TITLE)}</dc:title><dc:subject>{NOTE}</dc:subject><dc:creator>jyj</dc:creator>'
            f'<cp:keywords></cp:keywords><dc:description>{escape(NOTE_TEXT)}</dc:description><cp:lastModifiedBy>jyj</cp:lastModifiedBy>'
            '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-05-11T01:32:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-12T07:05:00Z</dcterms:modified></cp:coreProperties>')


APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
       '2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
       '</Template><TotalTime>47</TotalTime><Pages>5</Pages><Application>Microsoft Office Word</Application><DocSecurity>0'
       '</DocSecurity><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false'
       '</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')


def main():
    path = os.path.join(OUT_DIR, NAME + ".docx")
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", body()),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
             ("word/footer1.xml", FOOTER), ("docProps/core.xml", core()), ("docProps/app.xml", APP)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in parts:
            zi = zipfile.ZipInfo(n, date_time=(2026, 5, 12, 15, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, t)
    print("wrote", path, sum(1 for v in numbering().values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
