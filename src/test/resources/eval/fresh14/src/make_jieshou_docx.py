#!/usr/bin/env python3
"""Write fresh14/jieshou-shishi-fangan.docx (虚构测试文档，非真实政策) as WordprocessingML written by hand.

    cd fresh14/src && python3 make_jieshou_docx.py

A 县级市's yearly 产教融合 实施方案 as its government office offers it for download (the generator is fresh13's
make_shaoguan_docx.py with this content): the 印发通知 (Title, Document Number, Salutation, text, 落款, date, 公开 line),
then the 方案 on a new page: Title, a preamble, **Heading 1** for 一、工作目标 … 四、保障措施, **Heading 2** for the task
groups （一）…（六）, Normal paragraphs for the numbered tasks ending in （责任单位：★lead，others）, the 附件 line; then the
附件 on a new page (label, title, the only table: 序号/重点任务/责任单位（★为牵头单位）/完成时限, header row repeated), the 印发
line and the fictional note; page numbers `— N —` in the footer; core properties with the title and the note.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "jieshou-shishi-fangan.docx")

NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')

NOTICE_TITLE = "界首市人民政府办公室关于印发《界首市2026年产教融合工作实施方案》的通知"
DOCNO = "界政办〔2026〕21号"
TO = "各镇人民政府、街道办事处，界首高新技术产业开发区管委会，市政府各部门、各直属机构："
NOTICE = ("《界首市2026年产教融合工作实施方案》已经市政府第27次常务会议研究同意，现印发给你们，请结合实际认真贯彻落实。"
          "执行中遇到的问题，请及时向市产教融合工作领导小组办公室（设在市教育局）反映。")
ISSUERS = ["界首市人民政府办公室"]
DATE = "2026年3月3日"
PUBLIC = "（此件公开发布）"
TITLE = "界首市2026年产教融合工作实施方案"

# ("h", Heading 1) | ("h2", Heading 2) | ("p", paragraph)
BODY = [
    ("p", "为深入推进产教融合、校企合作，促进教育链、人才链与产业链有机衔接，根据《阜阳市深化产教融合实施方案（2025—2027年）》"
          "（阜政办〔2025〕18号）要求，结合我市实际，制定本方案。"),
    ("h", "一、工作目标"),
    ("p", "2026年，全市新建产教融合实训基地5个、校企共建产业学院2个，实施校企合作项目15个；组织职业院校学生到企业岗位实习"
          "1200人次，开展企业职工和农村劳动力职业技能培训8000人次；本市职业院校毕业生留在本地就业的比例达到60%以上。"
          "市财政安排产教融合专项资金580万元。"),
    ("h", "二、重点任务"),
    ("h2", "（一）建设一批产教融合实训基地"),
    ("p", "1.围绕再生资源、新型材料、彩陶文化等产业，支持企业与职业院校共建实训基地，按企业实训设备投入的25%给予一次性补助，"
          "单个基地最高30万元。2026年9月底前完成5个基地建设并投入使用。（责任单位：★市教育局，市发展改革委、市财政局、界首高新区管委会）"),
    ("p", "2.在田营镇再生资源产业集聚区建设1个公共实训中心，设置实训工位不少于60个，面向区内企业和职业院校开放共享。"
          "（责任单位：★田营镇人民政府，市发展改革委、市人社局）"),
    ("h2", "（二）共建产业学院"),
    ("p", "3.支持界首颍河职业技术学校与骨干企业共建再生塑料产业学院和彩陶工艺产业学院，每个产业学院给予一次性建设补助15万元。"
          "（责任单位：★市教育局，市经信局、市财政局）"),
    ("p", "4.在光武镇建设彩陶技艺传习所，每年组织彩陶技艺传承培训不少于200人次。（责任单位：★市文化旅游体育局，光武镇人民政府、市教育局）"),
    ("h2", "（三）扩大岗位实习"),
    ("p", "5.企业接收职业院校学生岗位实习满1个月的，按每人每月350元给予企业补贴，每名学生最长补贴5个月，每家企业每年最高10万元。"
          "（责任单位：★市人社局，市教育局、市财政局）"),
    ("p", "6.建立岗位实习需求清单，4月30日前由市人社局汇总发布，此后每季度更新一次。（责任单位：★市人社局，市经信局、界首高新区管委会）"),
    ("h2", "（四）加强师资互聘"),
    ("p", "7.从企业选聘企业导师40名到职业院校授课，按每人每年4500元给予补助；组织职业院校专业教师100名到企业实践，"
          "每人累计不少于1个月。（责任单位：★市教育局，市人社局、市财政局）"),
    ("h2", "（五）开展技能培训"),
    ("p", "8.面向再生资源、电子商务、家政服务等领域开展职业技能培训8000人次，其中农村劳动力培训不少于3000人次。"
          "（责任单位：★市人社局，市农业农村局、市商务局、各镇人民政府、街道办事处）"),
    ("p", "9.东城街道、西城街道、颍南街道各建设1个社区技能服务站，提供用工信息发布和技能培训报名服务，6月底前建成。"
          "（责任单位：★东城街道办事处，西城街道办事处、颍南街道办事处、市人社局）"),
    ("h2", "（六）搭建服务平台"),
    ("p", "10.6月30日前建成“界首校企通”服务平台，集中发布企业用工需求、实习岗位和培训信息。（责任单位：★市数据资源局，市教育局、市人社局）"),
    ("h", "三、适用范围"),
    ("p", "本方案适用于在界首市行政区域内注册的企业和本市职业院校。界首高新技术产业开发区位于界首市境内，区内企业同等享受本方案各项支持政策。"),
    ("h", "四、保障措施"),
    ("p", "（一）加强组织领导。成立界首市产教融合工作领导小组，由副市长韩立群任组长，市教育局、市发展改革委、市人社局、市财政局"
          "等部门主要负责同志为成员。领导小组办公室设在市教育局，办公室主任由市教育局局长孟庆华兼任，联系电话0558-4812367。"),
    ("p", "（二）强化资金保障。市财政安排产教融合专项资金580万元，其中实训基地补助150万元、产业学院建设补助30万元、"
          "岗位实习补贴120万元、企业导师补助18万元，其余用于技能培训、平台建设。"),
    ("p", "（三）加强督导通报。领导小组办公室每季度召开一次推进会，各责任单位于每季度最后一个月的20日前报送工作进展，"
          "12月10日前报送全年工作总结。"),
    ("p", "附件：界首市2026年产教融合重点任务分工表"),
]
ANNEX_LABEL = "附件"
ANNEX_TITLE = "界首市2026年产教融合重点任务分工表"
TABLE_HEAD = ["序号", "重点任务", "责任单位（★为牵头单位）", "完成时限"]
ROWS = [
    ("1", "建设产教融合实训基地5个", "★市教育局，市发展改革委、市财政局、界首高新区管委会", "2026年9月底前"),
    ("2", "田营镇公共实训中心", "★田营镇人民政府，市发展改革委、市人社局", "2026年10月底前"),
    ("3", "共建再生塑料、彩陶工艺产业学院", "★市教育局，市经信局、市财政局", "2026年10月15日前"),
    ("4", "光武镇彩陶技艺传习所", "★市文化旅游体育局，光武镇人民政府、市教育局", "2026年11月底前"),
    ("5", "岗位实习补贴", "★市人社局，市教育局、市财政局", "2026年12月底前"),
    ("6", "岗位实习需求清单", "★市人社局，市经信局、界首高新区管委会", "2026年4月30日前"),
    ("7", "企业导师选聘和教师企业实践", "★市教育局，市人社局、市财政局", "2026年12月底前"),
    ("8", "职业技能培训8000人次", "★市人社局，市农业农村局、市商务局、各镇人民政府、街道办事处", "2026年12月底前"),
    ("9", "社区技能服务站", "★东城街道办事处，西城街道办事处、颍南街道办事处、市人社局", "2026年6月底前"),
    ("10", "“界首校企通”服务平台", "★市数据资源局，市教育局、市人社局", "2026年6月30日前"),
]
PRINT_LINE = "界首市人民政府办公室　　　　　　　　　　　　2026年3月5日印发"
FICTION = ("虚构测试文档，非真实政策：界首市为真实地名，本文件的文号、内容、金额、日期、人员、电话、学校、平台名称均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")


def run(text, bold=False):
    b = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f'<w:r>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, style=None, jc=None, keep=False, page_before=False, runs=None):
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        ppr.append("<w:keepNext/>")
    if page_before:
        ppr.append("<w:pageBreakBefore/>")
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    content = runs if runs is not None else (run(text) if text else "")
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{content}</w:p>"


def cell(text, width, header=False, jc=None):
    style = "TableHeading" if header else "TableText"
    j = f'<w:jc w:val="{jc}"/>' if jc else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{j}</w:pPr>{run(text)}</w:p></w:tc>')


def table(head, rows, widths):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
           '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>',
           '<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>'
           + "".join(cell(h, w, True, "center") for h, w in zip(head, widths)) + '</w:tr>']
    for r in rows:
        cells = list(r)
        out.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>'
                   + "".join(cell(c, w, jc="center" if k in (0, len(cells) - 1) else None)
                             for k, (c, w) in enumerate(zip(cells, widths))) + '</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


def body():
    b = [para(NOTICE_TITLE, "Title"), para(DOCNO, "DocNumber"), para(TO, "Salutation"), para(NOTICE), para("")]
    b += [para(x, "Signature") for x in ISSUERS]
    b += [para(DATE, "Signature"), para(PUBLIC), para(TITLE, "Title", page_before=True)]
    for kind, text in BODY:
        if kind == "h":
            b.append(para(text, "Heading1", keep=True))
        elif kind == "h2":
            b.append(para(text, "Heading2", keep=True))
        else:
            b.append(para(text))
    b.append(para(ANNEX_LABEL, "AnnexLabel", page_before=True))
    b.append(para(ANNEX_TITLE, "TableTitle"))
    b.append(table(TABLE_HEAD, ROWS, [900, 3000, 3400, 1700]))
    b.append(para(""))
    b.append(para(PRINT_LINE, "Imprint"))
    b.append(para(FICTION, "Note"))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>')
    return "".join(b) + sect


FS = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
HEI = '<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/>'
KAI = '<w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/>'
XBS = '<w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hAnsi="方正小标宋简体"/>'

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr>{FS}<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{XBS}<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="DocNumber"><w:name w:val="Document Number"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Salutation"><w:name w:val="Salutation"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="80" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{HEI}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="AnnexLabel"><w:name w:val="Annex Label"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr>{HEI}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>{KAI}<w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NoIndent"><w:name w:val="Body Text No Indent"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0" w:right="640"/><w:jc w:val="right"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableTitle"><w:name w:val="Table Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="200"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{XBS}<w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="360" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{HEI}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="360" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Imprint"><w:name w:val="Imprint"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BoxTitle"><w:name w:val="Box Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{HEI}<w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:line="320" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ListNumber"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""

CORE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{NOTICE_TITLE}</dc:title><dc:subject>虚构测试文档，非真实政策</dc:subject><dc:description>虚构测试文档，非真实政策（fictional test document, not a real policy）</dc:description><cp:keywords>虚构测试文档</cp:keywords><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T02:10:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-05T07:45:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>"""



def main():
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body()}</w:body></w:document>'
    fixed = (2026, 3, 5, 15, 45, 0)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document), ("word/styles.xml", STYLES),
                           ("word/settings.xml", SETTINGS), ("word/numbering.xml", NUMBERING), ("word/footer1.xml", FOOTER),
                           ("word/_rels/document.xml.rels", DOC_RELS),
                           ("docProps/core.xml", CORE), ("docProps/app.xml", APP)]:
            z.writestr(zipfile.ZipInfo(name, fixed), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
    print("wrote", OUT, len(ROWS), "task rows")


if __name__ == "__main__":
    main()
