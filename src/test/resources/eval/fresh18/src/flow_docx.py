#!/usr/bin/env python3
"""WordprocessingML writer of the nineteenth fresh set (虚构测试文档，非真实政策), copied unchanged from
fresh17/src/flow_docx.py (used by make_yunnan_yijian_pdf.py: `h1`, `h2`, `lead`, `red`, `redrule`, `sign`, `imprint`, `note`).

fresh17's description: copied from fresh16/src/flow_docx.py.

fresh17 added ("chap", t) a chapter line 第一章　总　则 (centred, bold, kept with the next paragraph) and
("art", label, rest) an article whose label 第一条 is a bold run followed by its text in the same paragraph.

fresh16's description: adapted from fresh15/src/plan_docx.py (same hand-written styles: Title, Document Number, Salutation, **Heading 1**,
**Heading 2**, Signature, Table Heading / Table Contents, Imprint, Note, red head `RedHead` / `RedRule`, footer
`— PAGE —`), with a free flow of paragraphs instead of the fixed 实施意见 frame, and a paragraph kind `lead` (a measure
whose lead sentence is a bold run, 一、支持….). `build(spec, out_docx)` writes one .docx; the callers
(make_maanshan_jiedu_docx.py, make_qinzhou_cuoshi_pdf.py) convert it with LibreOffice (`soffice --headless --convert-to
docx` / `--convert-to pdf`); the intermediate .docx is written to a temporary folder and not kept.

spec keys: flow (see body()), core_title, created, modified, fonts ("word" | "noto"), table_size (half-points of the
table text).
"""
import os
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
FICTION_CORE = "虚构测试文档，非真实政策"


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


def table(head, rows, widths):
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
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


def lead(bold_text, rest):
    """A measure: its bold lead sentence (一、支持….) and the detail in the same paragraph."""
    return f"<w:p><w:pPr></w:pPr>{run(bold_text, True)}{run(rest)}</w:p>"


def body(s):
    """s["flow"]: a list of items, one paragraph (or table) each:
    ("red", t) red head · ("redrule", t) 文号 over a red rule · ("title", t) · ("docno", t) · ("to", t) addressee ·
    ("p", t) body text · ("lead", bold, rest) a measure with a bold lead sentence · ("h1", t) / ("h2", t) Heading 1 / 2 ·
    ("sign", t) right-aligned · ("annex", t) annex label, new page · ("pb-title", t) title starting a new page ·
    ("tabletitle", t) · ("table", head, rows, widths) header row repeated · ("imprint", t) · ("note", t) · ("blank",)"""
    b = []
    for item in s["flow"]:
        k = item[0]
        if k == "red":
            b.append(para(item[1], "RedHead"))
        elif k == "redrule":
            b.append(para(item[1], "RedRule"))
        elif k == "title":
            b.append(para(item[1], "Title"))
        elif k == "pb-title":
            b.append(para(item[1], "Title", page_before=True))
        elif k == "docno":
            b.append(para(item[1], "DocNumber"))
        elif k == "sub":
            b.append(para(item[1], "DocNumber"))
        elif k == "to":
            b.append(para(item[1], "Salutation"))
        elif k == "h1":
            b.append(para(item[1], "Heading1", keep=True))
        elif k == "h2":
            b.append(para(item[1], "Heading2", keep=True))
        elif k == "lead":
            b.append(lead(item[1], item[2]))
        elif k == "art":
            b.append(lead(item[1], item[2]))
        elif k == "chap":
            b.append(para(item[1], "Chapter", keep=True))
        elif k == "sign":
            b.append(para(item[1], "Signature"))
        elif k == "annex":
            b.append(para(item[1], "AnnexLabel", page_before=True))
        elif k == "annex-here":
            b.append(para(item[1], "AnnexLabel", keep=True))
        elif k == "tabletitle":
            b.append(para(item[1], "TableTitle", keep=True))
        elif k == "table":
            b.append(table(item[1], item[2], item[3]))
        elif k == "imprint":
            b.append(para(item[1], "Imprint"))
        elif k == "note":
            b.append(para(item[1], "Note"))
        elif k == "blank":
            b.append(para(""))
        else:
            b.append(para(item[1]))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>')
    return "".join(b) + sect


def fonts(kind):
    if kind == "noto":
        serif, sans = "Noto Serif CJK SC", "Noto Sans CJK SC"
        return {k: f'<w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}"/>'
                for k, f in (("FS", serif), ("HEI", sans), ("KAI", serif), ("XBS", serif))}
    return {k: f'<w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}"/>'
            for k, f in (("FS", "仿宋_GB2312"), ("HEI", "黑体"), ("KAI", "楷体_GB2312"), ("XBS", "方正小标宋简体"))}


def styles(s):
    f = fonts(s.get("fonts", "word"))
    FS, HEI, KAI, XBS = f["FS"], f["HEI"], f["KAI"], f["XBS"]
    ts = s.get("table_size", 24)
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr>{FS}<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="RedHead"><w:name w:val="Red Head"/><w:basedOn w:val="Normal"/><w:next w:val="RedRule"/><w:pPr><w:spacing w:before="600" w:after="200" w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{XBS}<w:b/><w:bCs/><w:color w:val="D00000"/><w:spacing w:val="10"/><w:sz w:val="64"/><w:szCs w:val="64"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="RedRule"><w:name w:val="Red Rule"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="24" w:space="6" w:color="D00000"/></w:pBdr><w:spacing w:before="240" w:after="360"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{XBS}<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="DocNumber"><w:name w:val="Document Number"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Salutation"><w:name w:val="Salutation"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="80" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{HEI}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>{KAI}<w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{HEI}<w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="AnnexLabel"><w:name w:val="Annex Label"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr>{HEI}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0" w:right="640"/><w:jc w:val="right"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableTitle"><w:name w:val="Table Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="200"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{XBS}<w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="400" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>{HEI}<w:sz w:val="{ts}"/><w:szCs w:val="{ts}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="{ts * 15}" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="{ts}"/><w:szCs w:val="{ts}"/></w:rPr></w:style>
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


def core(s):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(s["core_title"])}</dc:title><dc:subject>{FICTION_CORE}</dc:subject><dc:description>{FICTION_CORE}（fictional test document, not a real policy）</dc:description><cp:keywords>虚构测试文档</cp:keywords><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>4</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{s["created"]}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{s["modified"]}</dcterms:modified></cp:coreProperties>"""


APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>"""


def build(s, out):
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body(s)}</w:body></w:document>'
    fixed = (2026, 3, 1, 9, 0, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document), ("word/styles.xml", styles(s)),
                           ("word/settings.xml", SETTINGS), ("word/footer1.xml", FOOTER),
                           ("word/_rels/document.xml.rels", DOC_RELS),
                           ("docProps/core.xml", core(s)), ("docProps/app.xml", APP)]:
            z.writestr(zipfile.ZipInfo(name, fixed), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out
