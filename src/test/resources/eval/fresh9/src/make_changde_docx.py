#!/usr/bin/env python3
"""Write fresh9/changde-shishi-fangan.docx (虚构测试文档，非真实政策) as WordprocessingML written by hand.

    cd fresh9/src && python3 make_changde_docx.py

What a portal's download of a Word file that was never cleaned up looks like:
  - the 红头 (常德市人民政府办公室文件) and the 文号 are in a **text box** anchored to the first paragraph
    (mc:AlternateContent: a wps:wsp text box, with the usual VML v:textbox fallback holding the same text);
  - **tracked changes** left in the file: w:del / w:ins runs by three authors (figures, a deleted sentence, a
    牵头单位 moved in the 分工表, a deadline, an added sentence), and w:trackRevisions on in settings.xml;
  - four **comments** (word/comments.xml) on ranges of the text;
  - one formatting revision (w:rPrChange).
The accepted text (deletions dropped, insertions kept, comments and the VML fallback left out) is the document's
text; check_fresh9.py reads the .docx that way (docx_accepted_text below).
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

import changde_plan_content as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "changde-shishi-fangan.docx")

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 wp14"')

FANGSONG = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
HEI = '<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/>'
KAI = '<w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/>'
XBS = '<w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hAnsi="方正小标宋简体"/>'

_rev = [100]


def rev_id():
    _rev[0] += 1
    return _rev[0]


TOKEN = re.compile(r"\{\{(\d+)\||\}\}|\[-|-\]|\[\+|\+\]|\*\*")


def runs(s, font=FANGSONG, size=32, author="a", extra=""):
    """Inline markup -> runs (w:r, w:ins, w:del, comment ranges)."""
    out, pos, bold, mode, open_c = [], 0, False, None, []

    def emit(text):
        if not text:
            return
        rpr = f"<w:rPr>{font}{'<w:b/>' if bold else ''}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>{extra}</w:rPr>"
        if mode == "del":
            name, date = C.AUTHORS[author]
            out.append(f'<w:del w:id="{rev_id()}" w:author="{name}" w:date="{date}"><w:r>{rpr}'
                       f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
        elif mode == "ins":
            name, date = C.AUTHORS[author]
            out.append(f'<w:ins w:id="{rev_id()}" w:author="{name}" w:date="{date}"><w:r>{rpr}'
                       f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
        else:
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')

    for m in TOKEN.finditer(s):
        emit(s[pos:m.start()])
        pos = m.end()
        t = m.group(0)
        if t.startswith("{{"):
            n = int(m.group(1))
            open_c.append(n)
            out.append(f'<w:commentRangeStart w:id="{n}"/>')
        elif t == "}}":
            n = open_c.pop()
            out.append(f'<w:commentRangeEnd w:id="{n}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{n}"/></w:r>')
        elif t == "[-":
            mode = "del"
        elif t == "[+":
            mode = "ins"
        elif t in ("-]", "+]"):
            mode = None
        elif t == "**":
            bold = not bold
    emit(s[pos:])
    assert not open_c and mode is None, s
    return "".join(out)


def para(s, jc=None, indent=True, font=FANGSONG, size=32, spacing=560, author="a", keep=False, extra=""):
    ppr = [f'<w:spacing w:line="{spacing}" w:lineRule="exact"/>']
    if indent:
        ppr.append('<w:ind w:firstLineChars="200" w:firstLine="640"/>')
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    if keep:
        ppr.insert(0, "<w:keepNext/>")
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{runs(s, font, size, author, extra)}</w:p>"


def page_break():
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def textbox():
    """红头 + 文号 in a text box anchored to the first paragraph (DrawingML with a VML fallback)."""
    inner = (
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr>' + XBS + '<w:color w:val="FF0000"/><w:spacing w:val="-20"/><w:sz w:val="72"/><w:szCs w:val="72"/></w:rPr>'
        '<w:t>' + C.ISSUER + '文件</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="480" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr>' + FANGSONG + '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t>' + C.DOCNO + '</w:t></w:r></w:p>'
    )
    cx, cy = 5580000, 1620000
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>1260000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>' + inner + '</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
    )
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
        'style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:99.2pt;width:439.4pt;height:127.6pt;'
        'z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:page"><v:textbox inset="0,0,0,0"><w:txbxContent>' + inner +
        '</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/><w10:anchorlock/></v:shape></w:pict>'
    )
    red_rule = ('<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>')
    return ('<w:p><w:pPr>' + red_rule + '<w:spacing w:before="1500" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps">' + drawing + '</mc:Choice>'
            '<mc:Fallback>' + fallback + '</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def cell(s, width, header=False, jc=None):
    font = HEI if header else FANGSONG
    jcx = f'<w:jc w:val="{jc}"/>' if jc else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f'<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/>{jcx}</w:pPr>{runs(s, font, 24, "b")}</w:p></w:tc>')


def table(rows):
    widths = [700, 2500, 4200, 1600]
    border = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
           '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>']
    out.append('<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>'
               + "".join(cell(h, w, True, "center") for h, w in zip(C.TABLE_HEAD, widths)) + '</w:tr>')
    for r in rows:
        out.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>'
                   + cell(r[0], widths[0], jc="center") + cell(r[1], widths[1]) + cell(r[2], widths[2])
                   + cell(r[3], widths[3], jc="center") + '</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


def body():
    b = [textbox()]
    b.append(para(C.TITLE.join(["常德市人民政府办公室关于印发《", "》的通知"]), jc="center", indent=False, font=XBS, size=40,
                  spacing=580))
    b.append(para(C.NOTICE_TO, indent=False))
    b.append(para(C.NOTICE))
    b.append(para(""))
    b.append(para(C.ISSUER, jc="right", indent=False))
    b.append(para(C.DATE, jc="right", indent=False))
    b.append(para("（此件公开发布）", indent=True))
    b.append(page_break())
    b.append(para(C.TITLE, jc="center", indent=False, font=XBS, size=44, spacing=700))
    b.append(para(C.PREAMBLE))
    b.append(para("一、总体要求", font=HEI))
    b.append(para("**（一）指导思想。**" + C.GUIDE, author="c"))
    b.append(para("**（二）主要目标。**" + C.TARGET_LEAD))
    for i, t in enumerate(C.TARGETS, 1):
        b.append(para(f"{i}.{t}", author="c"))
    b.append(para("二、重点任务", font=HEI))
    n = 0
    rows = []
    for head, tasks in C.SECTIONS:
        b.append(para(head, font=KAI))
        for name, text, units, due in tasks:
            n += 1
            author = "b" if "★" in units and "[" in units else "a"
            b.append(para(f"{n}.**{name}。**{text}", author=author))
            rows.append((str(n), name, units, due))
    b.append(para("三、保障措施", font=HEI))
    for head, text in C.GUARANTEES:
        b.append(para(f"**{head}**{text}", author="a"))
    b.append(para(C.CLOSING, author="a"))
    b.append(para(""))
    b.append(para("附件：" + C.TABLE_TITLE, indent=False))
    b.append(page_break())
    b.append(para("附件", indent=False, font=HEI))
    b.append(para(C.TABLE_TITLE, jc="center", indent=False, font=XBS, size=36, spacing=600))
    b.append(table(rows))
    b.append(para(C.TABLE_NOTE, indent=False, size=24, spacing=400))
    b.append(para(""))
    # 版记 with a formatting revision on the 抄送 line
    fmt = ('<w:rPrChange w:id="%d" w:author="Administrator" w:date="2026-02-13T09:25:00Z"><w:rPr>'
           + FANGSONG + '<w:b/><w:sz w:val="28"/></w:rPr></w:rPrChange>') % rev_id()
    b.append(para(C.CC_LINE, indent=False, size=28, extra=fmt))
    b.append(para(C.PRINT_LINE, indent=False, size=28))
    b.append(para(C.FICTION, indent=False, size=20, spacing=320))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/>'
            '</w:sectPr>')
    return "".join(b) + sect, n


def comments_xml():
    out = [f'<w:comments {NS}>']
    for n, (author, date, text) in sorted(C.COMMENTS.items()):
        out.append(f'<w:comment w:id="{n}" w:author="{author}" w:date="{date}" w:initials="">'
                   '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                   f'<w:annotationRef/></w:r><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:comment>')
    out.append('</w:comments>')
    return "".join(out)


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr>{FANGSONG}<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>
</w:styles>"""

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>常德市深化产教融合实施方案（2026—2028年）</dc:title><dc:description>虚构测试文档，非真实政策</dc:description><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-02-10T08:30:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-13T09:26:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>"""


def main():
    content, n = body()
    assert n == 45, n
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{content}</w:body></w:document>'
    fixed = (2026, 2, 13, 9, 26, 0)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document), ("word/styles.xml", STYLES),
                           ("word/settings.xml", SETTINGS), ("word/comments.xml", comments_xml()),
                           ("word/footer1.xml", FOOTER), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("docProps/core.xml", CORE), ("docProps/app.xml", APP)]:
            z.writestr(zipfile.ZipInfo(name, fixed), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
    print("wrote", OUT, n, "tasks")


if __name__ == "__main__":
    main()
