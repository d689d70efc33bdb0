#!/usr/bin/env python3
"""Write fresh10/xizang-shishi-yijian.docx (虚构测试文档，非真实政策) as WordprocessingML written by hand.

    cd fresh10/src && python3 make_xizang_docx.py

An ordinary, clean Word file as a portal offers it for download: real paragraph styles (Title, Heading 1 for
一、…, Heading 2 for （一）…, Normal body text, a 落款 style), no text boxes, no tracked changes, no comments, no
automatic numbering (every number is literal text); page numbers `— N —` in the footer; one table (附件 重点任务分工表,
序号/重点任务/牵头单位/配合单位/完成时限, header row repeated); core properties with the title and the fictional note.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "xizang-shishi-yijian.docx")

TITLE = "西藏自治区人民政府办公厅关于深化产教融合促进技术技能人才培养的实施意见"
DOCNO = "藏政办发〔2026〕31号"
TO = "各市（地）人民政府、行署，自治区各委、办、厅、局："
PREAMBLE = ("为深入贯彻《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），推动教育链、人才链与产业链、创新链有机衔接，"
            "加快培养高原特色产业发展急需的技术技能人才，经自治区人民政府同意，现就深化产教融合促进技术技能人才培养提出如下实施意见。")

# (level, text): 1 = Heading 1, 2 = Heading 2, 0 = body paragraph
BODY = [
    (1, "一、总体要求"),
    (2, "（一）指导思想"),
    (0, "坚持以服务区域经济社会发展为导向，以校企合作为主线，坚持需求牵引、校企协同、分类推进、共建共享，推动职业院校、普通高校与行业企业在人才培养、"
        "技术创新、就业创业等方面深度合作，为高原特色产业发展提供技术技能人才支撑。"),
    (2, "（二）主要目标"),
    (0, "到2028年，全区建成自治区级市域产教联合体7个、行业产教融合共同体5个，认定自治区级产教融合实训基地30个、自治区级产业学院20个，"
        "每年面向企业职工和农牧民开展技能培训不少于2万人次。到2030年，产教融合制度和政策体系基本健全，校企协同育人机制全面建立。"),
    (1, "二、重点任务"),
    (2, "（一）组建市域产教联合体"),
    (0, "支持各市（地）依托产业园区，联合职业院校、普通高校和行业企业组建市域产教联合体，每个市（地）至少组建1个。联合体成员单位不少于30家，"
        "其中企业不少于18家、职业院校不少于3所。经认定为自治区级市域产教联合体的，给予一次性补助100万元。"),
    (2, "（二）打造行业产教融合共同体"),
    (0, "围绕高原特色农牧业、清洁能源、文化旅游、藏医药、建筑建材等重点产业，由行业龙头企业和职业院校牵头，组建行业产教融合共同体。"
        "经认定的行业产教融合共同体，每个给予一次性补助50万元。"),
    (2, "（三）建设产教融合实训基地"),
    (0, "支持企业与职业院校共建共享产教融合实训基地。设备投资额在200万元以上、每年面向学生和企业职工开展实训不少于600人次的，"
        "可认定为自治区级产教融合实训基地，按设备投资额的25%给予一次性补助，单个基地最高150万元。厂房等土建投入不计入设备投资额。"),
    (2, "（四）共建产业学院"),
    (0, "支持职业院校与行业企业共建产业学院，由校企双方共同组建管理机构。合作期限不少于5年、在校生不少于200人的，经认定为自治区级产业学院，"
        "给予建设补助60万元，认定后拨付40万元，3年建设期满评估合格后拨付20万元。"),
    (2, "（五）聘用产业导师"),
    (0, "鼓励职业院校聘请企业技术骨干、能工巧匠担任产业导师，参与专业教学和实习指导。产业导师每学年承担教学任务不少于48学时的，"
        "按每人每年1.2万元标准给予自治区级产业导师补贴，补贴资金拨付至聘用院校，每所院校每年补贴人数不超过20人。"),
    (2, "（六）支持学生岗位实习"),
    (0, "企业接收区内职业院校学生开展岗位实习，并与院校、学生签订三方协议的，按每人每月500元给予企业补贴，补贴期限最长6个月，"
        "每家企业每年补贴总额最高20万元。"),
    (2, "（七）推进教师企业实践"),
    (0, "建设一批职业院校教师企业实践基地。企业接收职业院校专业课教师到企业实践的，按每名教师每月1500元给予企业补助，"
        "每名教师累计补助期限不超过3个月。"),
    (2, "（八）促进技能提升和就业"),
    (0, "企业职工取得职业技能等级证书的，按初级工800元、中级工1500元、高级工2500元的标准给予企业职工技能提升补贴，每人每年享受一次。"
        "企业吸纳区内职业院校应届毕业生就业并签订1年以上劳动合同的，按每人3000元给予企业一次性吸纳就业补贴。"),
    (2, "（九）深化职教援藏合作"),
    (0, "用好对口援藏机制，推动援藏省市、中央企业与区内职业院校共建实训基地、产业学院和特色专业，开展联合招生、合作办学和师资交流，"
        "每年选派不少于120名职业院校教师赴援藏省市院校和企业跟岗研修。"),
    (2, "（十）建设技术技能创新服务平台"),
    (0, "支持职业院校与企业共建技术技能创新服务平台，开展技术攻关、工艺改进和产品升级，服务中小微企业发展。经认定的技术技能创新服务平台，"
        "每个给予一次性补助40万元。"),
    (1, "三、保障措施"),
    (2, "（一）加强统筹协调"),
    (0, "建立自治区产教融合工作协调机制，由自治区人民政府分管副主席任召集人，自治区发展改革委、教育厅、人力资源社会保障厅、财政厅、"
        "工业和信息化厅、科技厅、农业农村厅、国资委为成员单位，办公室设在自治区发展改革委。协调机制每年至少召开1次全体会议，研究解决重大问题。"
        "各市（地）参照建立相应工作机制。"),
    (2, "（二）加大资金投入"),
    (0, "自治区财政每年安排产教融合专项资金不少于2亿元。各市（地）、县（区）可结合实际安排配套资金。同一项目在自治区级同类政策中按照就高原则"
        "不重复支持；享受自治区级补助的项目，可同时享受市（地）、县（区）级补助。"),
    (2, "（三）规范项目管理"),
    (0, "自治区级项目每年集中申报一次，由自治区发展改革委会同自治区教育厅、人力资源社会保障厅组织评审，评审结果在自治区发展改革委门户网站"
        "公示7个工作日。补助资金实行专款专用。对弄虚作假骗取补助资金的，依法依规追回资金，5年内取消其申报资格。"),
    (2, "（四）开展评估督导"),
    (0, "自治区发展改革委会同自治区教育厅每年对本实施意见落实情况开展评估，评估结果报自治区人民政府。"),
    (0, "本实施意见自印发之日起施行，有效期5年，由自治区发展改革委会同自治区教育厅负责解释。"),
]
ANNEX_LINE = "附件：重点任务分工表"
ISSUER = "西藏自治区人民政府办公厅"
DATE = "2026年3月17日"
PUBLIC = "（此件公开发布）"
PRINT_LINE = "西藏自治区人民政府办公厅秘书处　　2026年3月19日印发"
TABLE_TITLE = "重点任务分工表"
TABLE_HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ("组建市域产教联合体", "自治区发展改革委", "自治区教育厅、各市（地）人民政府（行署）", "2027年底前"),
    ("打造行业产教融合共同体", "自治区工业和信息化厅", "自治区教育厅、自治区农业农村厅", "2028年底前"),
    ("建设产教融合实训基地", "自治区发展改革委", "自治区教育厅、自治区财政厅", "持续推进"),
    ("共建产业学院", "自治区教育厅", "自治区发展改革委、自治区财政厅", "持续推进"),
    ("聘用产业导师", "自治区教育厅", "自治区人力资源社会保障厅", "每年"),
    ("支持学生岗位实习", "自治区人力资源社会保障厅", "自治区教育厅、自治区财政厅", "每年"),
    ("推进教师企业实践", "自治区教育厅", "自治区国资委", "每年"),
    ("促进技能提升和就业", "自治区人力资源社会保障厅", "自治区财政厅", "每年"),
    ("深化职教援藏合作", "自治区教育厅", "自治区发展改革委", "持续推进"),
    ("建设技术技能创新服务平台", "自治区科技厅", "自治区教育厅、自治区工业和信息化厅", "2028年底前"),
    ("建立产教融合工作协调机制", "自治区发展改革委", "协调机制各成员单位", "2026年6月底前"),
    ("安排产教融合专项资金", "自治区财政厅", "自治区发展改革委、自治区教育厅", "每年"),
    ("组织自治区级项目申报评审", "自治区发展改革委", "自治区教育厅、自治区人力资源社会保障厅", "每年"),
    ("开展实施情况评估", "自治区发展改革委", "自治区教育厅", "每年"),
]
FICTION = ("虚构测试文档，非真实政策：西藏自治区为真实地名，本文件的文号、内容、数字和日期均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")

NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')


def run(text, bold=False):
    b = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f'<w:r>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, style=None, jc=None, keep=False, page_before=False):
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        ppr.append("<w:keepNext/>")
    if page_before:
        ppr.append("<w:pageBreakBefore/>")
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{run(text) if text else ''}</w:p>"


def cell(text, width, header=False, jc=None):
    style = "TableHeading" if header else "TableText"
    j = f'<w:jc w:val="{jc}"/>' if jc else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{j}</w:pPr>{run(text)}</w:p></w:tc>')


def table():
    widths = [700, 2300, 2000, 2700, 1300]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
           '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>',
           '<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>'
           + "".join(cell(h, w, True, "center") for h, w in zip(TABLE_HEAD, widths)) + '</w:tr>']
    for i, r in enumerate(ROWS, 1):
        out.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>' + cell(str(i), widths[0], jc="center")
                   + cell(r[0], widths[1]) + cell(r[1], widths[2]) + cell(r[2], widths[3]) + cell(r[3], widths[4], jc="center")
                   + '</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


def body():
    b = [para(TITLE, "Title"), para(DOCNO, "DocNumber"), para(TO, "Salutation"), para(PREAMBLE)]
    for level, text in BODY:
        if level == 1:
            b.append(para(text, "Heading1", keep=True))
        elif level == 2:
            b.append(para(text, "Heading2", keep=True))
        else:
            b.append(para(text))
    b.append(para(ANNEX_LINE, "NoIndent"))
    b.append(para(""))
    b.append(para(ISSUER, "Signature"))
    b.append(para(DATE, "Signature"))
    b.append(para(PUBLIC))
    b.append(para("附件", "Heading1", page_before=True))
    b.append(para(TABLE_TITLE, "TableTitle"))
    b.append(table())
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
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{HEI}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>{KAI}<w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NoIndent"><w:name w:val="Body Text No Indent"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0" w:right="640"/><w:jc w:val="right"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableTitle"><w:name w:val="Table Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="200"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{XBS}<w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="360" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{HEI}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="360" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Imprint"><w:name w:val="Imprint"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:line="320" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""

CORE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{TITLE}</dc:title><dc:subject>虚构测试文档，非真实政策</dc:subject><dc:description>虚构测试文档，非真实政策（fictional test document, not a real policy）</dc:description><cp:keywords>虚构测试文档</cp:keywords><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-16T09:10:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-19T10:02:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>"""


def main():
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body()}</w:body></w:document>'
    fixed = (2026, 3, 19, 10, 2, 0)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document), ("word/styles.xml", STYLES),
                           ("word/settings.xml", SETTINGS), ("word/footer1.xml", FOOTER),
                           ("word/_rels/document.xml.rels", DOC_RELS),
                           ("docProps/core.xml", CORE), ("docProps/app.xml", APP)]:
            z.writestr(zipfile.ZipInfo(name, fixed), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
    print("wrote", OUT, len(ROWS), "table rows")


if __name__ == "__main__":
    main()
