#!/usr/bin/env python3
"""Write fresh12/putian-shishi-banfa.docx (虚构测试文档，非真实政策) as WordprocessingML written by hand.

    cd fresh12/src && python3 make_putian_docx.py

An ordinary Word file as a bureau offers its 实施办法 for download (the generator is fresh11's make_weifang_docx.py with
this content and an article layout): the 印发通知 of four bureaus (Title, Document Number, Salutation, one sentence, four-body
落款 over two lines, date, 公开 line), then the 办法 on a new page with real paragraph styles: Title, **Heading 1** for the
chapters 第一章…第六章 (centred), Normal body paragraphs for the articles 第一条…第二十四条 (article number as bold run-in text,
literal, no list numbering) and their items （一）…; the 附件 一览表 as the only table (序号/支持项目/申报条件（摘要）/支持标准/
受理部门, header row repeated), 印发 line, the fictional note; page numbers `— N —` in the footer; core properties with the title
and the fictional note.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "putian-shishi-banfa.docx")

NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')

NOTICE_TITLE = ("莆田市教育局 莆田市发展和改革委员会 莆田市财政局 莆田市人力资源和社会保障局"
                "关于印发《莆田市鼓励企业参与职业教育校企合作实施办法》的通知")
DOCNO = "莆教规〔2026〕3号"
TO = ("各县（区）教育局、发展改革局、财政局、人力资源和社会保障局，湄洲岛国家旅游度假区、湄洲湾北岸经济开发区社会事业局，"
      "各职业院校，各有关企业：")
NOTICE = ("为鼓励企业参与职业教育校企合作，市教育局、市发展改革委、市财政局、市人力资源社会保障局联合制定了"
          "《莆田市鼓励企业参与职业教育校企合作实施办法》，现印发给你们，请遵照执行。")
ISSUERS = ["莆田市教育局　　　　莆田市发展和改革委员会", "莆田市财政局　　莆田市人力资源和社会保障局"]
DATE = "2026年5月26日"
PUBLIC = "（此件主动公开）"
TITLE = "莆田市鼓励企业参与职业教育校企合作实施办法"

# ("ch", chapter heading) | ("art", article text — starts with 第X条) | ("item", item paragraph)
BODY = [
    ("ch", "第一章　总则"),
    ("art", "第一条　为鼓励和引导企业参与职业教育校企合作，促进职业院校人才培养与我市鞋服、工艺美术、电子信息、食品加工、石化新材料等产业需求"
            "紧密对接，根据《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）等有关规定，结合我市实际，制定本办法。"),
    ("art", "第二条　本办法所称企业，是指在莆田市行政区域内依法登记注册的企业，包括外地企业在莆田市设立、税收征管关系在莆田市的分支机构；"
            "湄洲岛国家旅游度假区、湄洲湾北岸经济开发区内的企业参照本办法执行。本办法所称职业院校，是指莆田市行政区域内的中等职业学校、"
            "高等职业学校和技工学校。"),
    ("art", "第三条　市教育局负责校企共建实训中心、校企共建专业、教师企业实践项目的受理和认定；市人力资源社会保障局负责岗位实习、职工技能培训"
            "项目的受理；市发展改革委负责市级示范性职业教育集团的受理和认定；市财政局负责资金保障和绩效管理。各县（区）教育局负责本辖区企业"
            "申报材料的初审。"),
    ("ch", "第二章　申报条件"),
    ("art", "第四条　申报本办法支持项目的企业，应当同时具备以下基本条件："),
    ("item", "（一）在莆田市行政区域内登记注册，税收征管关系在莆田市；"),
    ("item", "（二）成立满1年，生产经营正常；"),
    ("item", "（三）纳税信用等级为B级以上；"),
    ("item", "（四）近2年内未发生重大安全生产事故和重大环境污染事件，未被列入经营异常名录或者严重违法失信名单；"),
    ("item", "（五）与莆田市职业院校签订1年以上的校企合作协议。"),
    ("art", "第五条　申报市级校企共建实训中心的，除符合第四条规定外，还应当同时符合下列条件："),
    ("item", "（一）成立满3年，职工人数不少于80人；"),
    ("item", "（二）实训中心设在企业生产经营场所内，实训设备原值不低于100万元；"),
    ("item", "（三）每年接收职业院校学生实训不少于200人次。"),
    ("art", "第六条　申报校企共建专业的，企业应当与职业院校联合制定人才培养方案，合作专业在校生不少于90人，且已有1届以上毕业生。"),
    ("art", "第七条　申报岗位实习补助的，企业当年接收职业院校学生岗位实习不少于5人，每名学生连续实习不少于2个月，并与学生、学校签订三方协议。"),
    ("art", "第八条　申报职工技能培训补助的，企业职工人数应当不少于30人，委托莆田市职业院校开展培训，每期培训不少于40学时。"),
    ("art", "第九条　申报教师企业实践补助的，企业应当为职业院校教师提供实践岗位并安排技术人员指导，每名教师连续实践不少于1个月。"),
    ("art", "第十条　牵头组建市级示范性职业教育集团的，牵头企业应当成立满5年、上年度营业收入不低于3亿元，集团成员单位不少于15家，"
            "其中职业院校不少于2所、企业不少于10家。"),
    ("ch", "第三章　支持标准"),
    ("art", "第十一条　经认定的市级校企共建实训中心，按实训设备原值的25%给予一次性补助，最高40万元；企业属于我市鞋服、工艺美术、电子信息"
            "三个重点产业的，补助比例为30%，最高60万元。"),
    ("art", "第十二条　经认定的校企共建专业，每个专业给予合作企业一次性补助15万元，同一企业最多支持2个专业。"),
    ("art", "第十三条　岗位实习补助按每人每月450元给予企业补助，每名学生最长补助5个月，每家企业每年最高12万元。接收脱贫家庭学生、残疾学生"
            "岗位实习的，每人每月增加100元。"),
    ("art", "第十四条　职工技能培训补助按培训合格人数给予企业补助，每人400元，每家企业每年最高8万元。"),
    ("art", "第十五条　教师企业实践补助按每名教师每月1500元给予企业补助，每名教师最长补助3个月，每家企业每年最多补助8名教师。"),
    ("art", "第十六条　经认定的市级示范性职业教育集团，给予牵头企业一次性补助25万元。"),
    ("art", "第十七条　企业与职业院校共建的实训基地被认定为省级产教融合实训基地的，给予企业一次性奖励35万元；被认定为国家级产教融合实训基地的，"
            "给予一次性奖励70万元。同一基地先后被认定为省级、国家级的，国家级奖励按补齐差额的方式发放。"),
    ("art", "第十八条　同一项目已获得省级财政同类补助的，不再享受本办法同类补助；同一项目同时符合本办法多项支持条件的，按就高原则支持，"
            "不重复享受。同一企业每年享受本办法补助资金合计最高80万元。"),
    ("ch", "第四章　申报程序"),
    ("art", "第十九条　本办法支持项目每年集中申报一次，申报时间为每年8月1日至8月31日。企业通过莆田市校企合作项目申报系统填报，并将纸质材料"
            "报送注册地县（区）教育局；湄洲岛国家旅游度假区、湄洲湾北岸经济开发区内的企业报送所在区社会事业局。"),
    ("art", "第二十条　县（区）教育局、社会事业局会同同级相关部门于9月20日前完成初审，报市教育局。市直受理部门组织评审和实地核查，"
            "拟支持名单在莆田市教育局网站公示5个工作日，公示期满无异议的，于当年12月31日前拨付资金。"),
    ("ch", "第五章　监督管理"),
    ("art", "第二十一条　获得补助的企业应当将补助资金用于实训设备购置、实训耗材、实习实训指导等校企合作支出，并单独建立台账。"),
    ("art", "第二十二条　企业以弄虚作假等方式骗取补助资金的，由受理部门追回补助资金，3年内不得申报本市校企合作类补助项目，并按规定处理。"),
    ("ch", "第六章　附则"),
    ("art", "第二十三条　本办法所需资金由市、县（区）财政按5:5比例分担；湄洲岛国家旅游度假区、湄洲湾北岸经济开发区内企业所需资金由市财政"
            "和管委会按5:5比例分担。"),
    ("art", "第二十四条　本办法由市教育局会同市人力资源社会保障局负责解释，自2026年7月15日起施行，有效期5年。"),
]
ANNEX_LINE = "附件：莆田市校企合作支持项目一览表"
TABLE_TITLE = "莆田市校企合作支持项目一览表"
TABLE_HEAD = ["序号", "支持项目", "申报条件（摘要）", "支持标准", "受理部门"]
ROWS = [
    ("市级校企共建实训中心", "成立满3年；职工不少于80人；实训设备原值不低于100万元；每年实训不少于200人次",
     "设备原值的25%，最高40万元；鞋服、工艺美术、电子信息企业30%，最高60万元", "市教育局"),
    ("校企共建专业", "合作专业在校生不少于90人；已有1届以上毕业生", "每个专业15万元，每家企业最多2个专业", "市教育局"),
    ("岗位实习补助", "当年接收不少于5人；每名学生连续实习不少于2个月",
     "每人每月450元，最长5个月，每家企业每年最高12万元；脱贫家庭学生、残疾学生每人每月增加100元", "市人力资源社会保障局"),
    ("职工技能培训补助", "职工不少于30人；每期培训不少于40学时", "每人400元，每家企业每年最高8万元", "市人力资源社会保障局"),
    ("教师企业实践补助", "每名教师连续实践不少于1个月", "每人每月1500元，最长3个月，每家企业每年最多8名教师", "市教育局"),
    ("市级示范性职业教育集团", "牵头企业成立满5年、上年度营业收入不低于3亿元；成员单位不少于15家", "牵头企业一次性补助25万元", "市发展改革委"),
    ("省级、国家级实训基地奖励", "被认定为省级、国家级产教融合实训基地", "省级35万元；国家级70万元", "市教育局"),
]
PRINT_LINE = "莆田市教育局办公室　　　　　　　　　　　　2026年5月29日印发"
FICTION = ("虚构测试文档，非真实政策：莆田市为真实地名，本文件的文号、内容、金额、日期和系统名称均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")


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
    for i, r in enumerate(rows, 1):
        cells = [str(i)] + list(r)
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
        if kind == "ch":
            b.append(para(text, "Heading1", keep=True))
        elif kind == "art":
            num, rest = text.split("　", 1)
            b.append(para(None, runs=run(num, bold=True) + run("　" + rest)))
        else:
            b.append(para(text))
    b.append(para(""))
    b.append(para(ANNEX_LINE, "NoIndent"))
    b.append(para("附件", "AnnexLabel", page_before=True))
    b.append(para(TABLE_TITLE, "TableTitle"))
    b.append(table(TABLE_HEAD, ROWS, [700, 2000, 2900, 2300, 1100]))
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
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="160"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{HEI}</w:rPr></w:style>
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

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""

CORE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{NOTICE_TITLE}</dc:title><dc:subject>虚构测试文档，非真实政策</dc:subject><dc:description>虚构测试文档，非真实政策（fictional test document, not a real policy）</dc:description><cp:keywords>虚构测试文档</cp:keywords><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-05-22T07:30:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-28T02:10:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>"""



def main():
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body()}</w:body></w:document>'
    fixed = (2026, 5, 28, 10, 10, 0)
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
