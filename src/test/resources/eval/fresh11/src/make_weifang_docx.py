#!/usr/bin/env python3
"""Write fresh11/weifang-jiaoyu-guihua.docx (虚构测试文档，非真实政策) as WordprocessingML written by hand.

    cd fresh11/src && python3 make_weifang_docx.py

An ordinary, long Word file as a city portal offers it for download (the generator is fresh10's make_xizang_docx.py with
this document's content, in weifang_content.py): the 印发通知 (title, 文号, addressee, one sentence, 落款, 公开 line), then
the 规划 on a new page with real paragraph styles (Title, Heading 1 for 一、…四、, Heading 2 for （一）…, Normal body text,
bold 专栏 titles), every number literal text (no list numbering), no text boxes, revisions or comments; page numbers
`— N —` in the footer; two tables: 专栏1 主要指标 (指标/2025年/2030年/属性) inside 二、（三）, and the 附件 重点任务分工表
(序号/重点任务/责任单位/完成时限, ★ before the 牵头单位, header row repeated); core properties with the title and the
fictional note. 产教融合 is one of fifteen task sections (三、（五）).
"""
import os
import zipfile
from xml.sax.saxutils import escape

from weifang_content import *  # noqa: F401,F403

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "weifang-jiaoyu-guihua.docx")

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


def table(head, rows, widths, numbered):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
           '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>',
           '<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>'
           + "".join(cell(h, w, True, "center") for h, w in zip(head, widths)) + '</w:tr>']
    for i, r in enumerate(rows, 1):
        cells = ([str(i)] if numbered else []) + list(r)
        out.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>'
                   + "".join(cell(c, w, jc="center" if (k == 0 and numbered) or k == len(cells) - 1 else None)
                             for k, (c, w) in enumerate(zip(cells, widths))) + '</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


def sections():
    """BODY with the further paragraphs, sections, 专栏 and the 主要指标 table put in their places."""
    out = []
    extra = {}
    for d in (EXTRA, MORE_EXTRA, MORE_EXTRA2):
        for k, v in d.items():
            extra.setdefault(k, []).extend(v)
    heads = [i for i, (lvl, _) in enumerate(BODY) if lvl]
    for n, i in enumerate(heads):
        lvl, text = BODY[i]
        nxt = heads[n + 1] if n + 1 < len(heads) else len(BODY)
        if text == "四、保障措施":
            for h, ps in MORE_TASKS:
                out.append((2, h))
                out.extend((0, p) for p in ps + extra.get(h, []))
        out.append((lvl, text))
        paras = [t for _, t in BODY[i + 1:nxt]]
        if text == "（四）营造良好氛围":
            last = paras.pop()  # the 解释 sentence comes after the further sections
        else:
            last = None
        if text == "一、发展基础":
            out.append((2, "（一）发展成就"))
        out.extend((0, p) for p in paras + extra.get(text, []))
        if text == "一、发展基础":
            out.append((2, ENVIRONMENT[0]))
            out.extend((0, p) for p in ENVIRONMENT[1] + extra.get(ENVIRONMENT[0], []))
        if text == "（三）发展目标":
            out.append(("box", INDICATORS_TITLE))
            out.append(("table1", None))
        if text in BOXES:
            out.append(("box", BOXES[text][0]))
            out.append((0, BOXES[text][1]))
        if last:
            for h, ps in MORE_GUARANTEES:
                out.append((2, h))
                out.extend((0, p) for p in ps + extra.get(h, []))
            out.append((0, last))
    return out


def body():
    b = [para(NOTICE_TITLE, "Title"), para(DOCNO, "DocNumber"), para(TO, "Salutation"), para(NOTICE),
         para(""), para(ISSUER, "Signature"), para(DATE, "Signature"), para(PUBLIC),
         para(TITLE, "Title", page_before=True), para(PREAMBLE)]
    for level, text in sections():
        if level == 1:
            b.append(para(text, "Heading1", keep=True))
        elif level == 2:
            b.append(para(text, "Heading2", keep=True))
        elif level == "box":
            b.append(para(text, "BoxTitle", keep=True))
        elif level == "table1":
            b.append(table(INDICATORS_HEAD, INDICATORS, [4200, 1500, 1700, 1600], False))
        else:
            b.append(para(text))
    b.append(para(ANNEX_LINE, "NoIndent"))
    b.append(para("附件", "Heading1", page_before=True))
    b.append(para(TABLE_TITLE, "TableTitle"))
    b.append(table(["序号"] + TABLE_HEAD[1:], ROWS, [700, 3600, 3400, 1300], True))
    b.append(para(TABLE_NOTE, "NoIndent"))
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
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{NOTICE_TITLE}</dc:title><dc:subject>虚构测试文档，非真实政策</dc:subject><dc:description>虚构测试文档，非真实政策（fictional test document, not a real policy）</dc:description><cp:keywords>虚构测试文档</cp:keywords><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-02-25T08:40:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T09:15:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>"""


def main():
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body()}</w:body></w:document>'
    fixed = (2026, 3, 2, 9, 15, 0)
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
