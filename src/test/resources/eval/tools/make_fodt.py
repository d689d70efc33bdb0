#!/usr/bin/env python3
"""Turn a tiny line markup (*.src.txt) into a flat ODF text document (*.fodt).

Fictional test fixtures for the policy-bot evaluation (虚构测试文档，非真实政策).

    python3 ../tools/make_fodt.py foshan-banfa.src.txt   # in fresh/src or fresh2/src -> foshan-banfa.fodt
    soffice --headless --convert-to docx:"MS Word 2007 XML" foshan-banfa.fodt
    soffice --headless --convert-to pdf shandong-shenbao-tongzhi.fodt

Markup, one paragraph a line (blank lines are ignored):
    @red TEXT      red, large, centred (红头 issuing body)
    @title TEXT    bold centred title
    @chap TEXT     centred chapter / section heading (黑体)
    @c TEXT        centred
    @r TEXT        right-aligned (落款)
    @n TEXT        no first-line indent
    @small TEXT    small print
    @blank         empty paragraph
    @hr            paragraph with a rule under it
    @redhr         red rule (under the 文号)
    @pb            next paragraph starts a new page
    @landscape     next paragraph (must be plain @n) starts a new landscape A4 page
    @header TEXT   page header on every page (portrait and landscape), small, with a rule under it;
                   without @header nothing of it is written (the output is as before)
    @art TEXT      automatically numbered article: 第一条 第二条 … (list level 1, the number is
                   not in the text; numbering continues through the document)
    @item TEXT     automatically numbered item under the last @art: （一）（二）… (level 2)
    @sub TEXT      automatically numbered sub-item: 1. 2. … (level 3)
    @h1 TEXT       automatically numbered heading 一、二、… (list style "Outline", level 1, 黑体)
    @h2 TEXT       automatically numbered heading （一）（二）… (level 2; restarts under each @h1)
    @h3 TEXT       automatically numbered item 1. 2. … (level 3; restarts under each @h2 / @h1);
                   the Outline numbers are not in the text either (one list through the document)
    @table [pad=P] W1 W2 …  column widths in cm (pad: cell padding in cm, default 0.05); then rows "| a | b | c |" (first row = header,
                   repeated on every page) until @endtable; a row "| = TEXT |" spans all
                   columns (group heading); "<br>" inside a cell starts a new line; a cell "^" is
                   covered by the cell above it (vertical merge, rows-spanned; not with group rows)
    @table [pad=P] head=N W1 W2 …  the first N rows are header rows (a two-level header), all
                   repeated on every page (head=0: no header row, e.g. a form); in them a cell "<" is covered by the cell to its left
                   (column span, table:number-columns-spanned) and "^" by the cell above (row span)
    in a body row (not a group row) a cell "<" is covered by the cell to its left (column span)
    anything else  body paragraph with a 2-character first-line indent
Inside a paragraph **x** is bold. @art/@item/@sub use the list style "Art" (Word automatic
numbering after export to .docx: numbering.xml, not literal text).
"""
import re
import sys
from xml.sax.saxutils import escape

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"

HEAD = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{{title}}</dc:title><meta:user-defined meta:name="note">虚构测试文档，非真实政策</meta:user-defined></office:meta>
<office:font-face-decls>
 <style:font-face style:name="{SERIF}" svg:font-family="'{SERIF}'" style:font-family-generic="roman"/>
 <style:font-face style:name="{SANS}" svg:font-family="'{SANS}'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="128%"/>
  <style:text-properties style:font-name="{SERIF}" style:font-name-asian="{SERIF}" fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="0.85cm"/>
 </style:style>
 <style:style style:name="NoIndent" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-right="1cm"/>
 </style:style>
 <style:style style:name="Red" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:line-height="115%"/>
  <style:text-properties fo:color="#d00000" style:font-name="{SANS}" style:font-name-asian="{SANS}" fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm" fo:line-height="125%"/>
  <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Chap" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Rule" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:border-bottom="0.75pt solid #000000" fo:padding-bottom="0.1cm" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="RedRule" style:family="paragraph" style:parent-style-name="Center">
  <style:paragraph-properties fo:border-bottom="1.5pt solid #d00000" fo:padding-bottom="0.2cm" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:line-height="112%"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="CellGroup" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
 </style:style>
 <text:list-style style:name="Art">
  <text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="条" style:num-format="一, 二, 三, ...">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties>
   <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}"/>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ...">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.85cm"/></style:list-level-properties>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="1.7cm"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
{{outline}}</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="1.8cm" fo:margin-left="2.7cm" fo:margin-right="2.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pm2">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2.2cm" fo:margin-bottom="1.6cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="NoIndentLS" style:family="paragraph" style:parent-style-name="NoIndent" style:master-page-name="Landscape"/>
 <style:style style:name="TR" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="BodyPB" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="NoIndentPB" style:family="paragraph" style:parent-style-name="NoIndent"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="TitlePB" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="CenterPB" style:family="paragraph" style:parent-style-name="Center"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="TD" style:family="table-cell"><style:table-cell-properties fo:border="0.75pt solid #000000" fo:padding="0.05cm" style:vertical-align="middle"/></style:style>
{{autostyles}}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="pm2">
  <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""

OUTLINE = f""" <style:style style:name="H1" style:family="paragraph" style:parent-style-name="NoIndent">
  <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="NoIndent"/>
 <style:style style:name="H3" style:family="paragraph" style:parent-style-name="NoIndent"/>
 <text:list-style style:name="Outline">
  <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ...">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0.85cm" fo:margin-left="0cm"/></style:list-level-properties>
   <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}"/>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ...">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0.85cm" fo:margin-left="0cm"/></style:list-level-properties>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0.85cm" fo:margin-left="0cm"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
"""

TAIL = "</office:text></office:body>\n</office:document>\n"

HEADER_STYLE = f""" <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.08cm"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
"""


def with_header(head, text):
    """@header: a header paragraph on both master pages (only when the source asks for one)."""
    head = head.replace(" <text:list-style style:name=\"Art\">", HEADER_STYLE + " <text:list-style style:name=\"Art\">", 1)
    head = head.replace("  <style:footer-style>",
                        '  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>\n  <style:footer-style>')
    head = head.replace("  <style:footer><text:p",
                        f'  <style:header><text:p text:style-name="Header">{escape(text)}</text:p></style:header>\n  <style:footer><text:p')
    return head


def inline(s):
    out = []
    for i, part in enumerate(re.split(r"\*\*", s)):
        part = escape(part)
        out.append(f'<text:span text:style-name="B">{part}</text:span>' if i % 2 and part else part)
    return "".join(out)


def main(src):
    lines = [l.rstrip("\n") for l in open(src, encoding="utf-8")]
    body, auto, title = [], [], ""
    pb = False
    outline = False
    header = None
    ntab = 0
    i = 0
    while i < len(lines):
        l = lines[i].strip()
        i += 1
        if not l or l.startswith("%"):
            continue
        if l == "@pb":
            pb = True
            continue
        if l == "@landscape":
            pb = "LS"
            continue
        if l.startswith("@header "):
            header = l[len("@header "):].strip()
            continue
        if l.startswith("@table"):
            ntab += 1
            args = l.split()[1:]
            pad = None
            if args and args[0].startswith("pad="):  # taller rows: cell padding in cm
                pad = args.pop(0)[4:]
            nhead = 1
            if args and args[0].startswith("head="):  # several header rows (two-level header)
                nhead = int(args.pop(0)[5:])
            widths = [float(w) for w in args]
            name = f"Table{ntab}"
            auto.append(f' <style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths)}cm" table:align="center"/></style:style>')
            for k, w in enumerate(widths):
                auto.append(f' <style:style style:name="{name}.C{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
            td = "TD"
            if pad:
                td = f"{name}.TD"
                auto.append(f' <style:style style:name="{td}" style:family="table-cell"><style:table-cell-properties fo:border="0.75pt solid #000000" fo:padding="{pad}cm" style:vertical-align="middle"/></style:style>')
            rows = []
            while not lines[i].strip().startswith("@endtable"):
                r = lines[i].strip()
                i += 1
                if r.startswith("|"):
                    rows.append([c.strip() for c in r.strip("|").split("|")])
            i += 1
            t = [f'<table:table table:name="{name}" table:style-name="{name}">']
            t += [f'<table:table-column table:style-name="{name}.C{k}"/>' for k in range(len(widths))]

            def row(cells, head):
                ps = "CellHead" if head else "Cell"
                if len(cells) == 1 and cells[0].startswith("="):  # group row spanning all columns
                    n = len(widths)
                    return (f'<table:table-row table:style-name="TR"><table:table-cell table:style-name="{td}" office:value-type="string" '
                            f'table:number-columns-spanned="{n}"><text:p text:style-name="CellGroup">{inline(cells[0][1:].strip())}</text:p>'
                            '</table:table-cell>' + '<table:covered-table-cell/>' * (n - 1) + '</table:table-row>')
                if not head and "<" in cells:  # column spans in a body row
                    cs = ""
                    for k, c in enumerate(cells):
                        if c == "<":
                            cs += "<table:covered-table-cell/>"
                            continue
                        nc = 1
                        while k + nc < len(cells) and cells[k + nc] == "<":
                            nc += 1
                        span = f' table:number-columns-spanned="{nc}"' if nc > 1 else ""
                        cs += (f'<table:table-cell table:style-name="{td}" office:value-type="string"{span}>'
                               + "".join(f'<text:p text:style-name="{ps}">{inline(x)}</text:p>' for x in c.split("<br>"))
                               + "</table:table-cell>")
                    return f'<table:table-row table:style-name="TR">{cs}</table:table-row>'
                cs = "".join(
                    f'<table:table-cell table:style-name="{td}" office:value-type="string">'
                    + "".join(f'<text:p text:style-name="{ps}">{inline(x)}</text:p>' for x in c.split("<br>"))
                    + "</table:table-cell>" for c in cells)
                return f'<table:table-row table:style-name="TR">{cs}</table:table-row>'
            if nhead == 0:  # head=0: no header row (a form: label cells and blank value cells)
                pass
            elif nhead == 1:
                t.append("<table:table-header-rows>" + row(rows[0], True) + "</table:table-header-rows>")
            else:  # header rows with "<" (covered by the cell to the left) and "^" (by the cell above)
                head_rows = rows[:nhead]
                hs = []
                for ri, r in enumerate(head_rows):
                    cs = []
                    for k, c in enumerate(r):
                        if c in ("<", "^"):
                            cs.append("<table:covered-table-cell/>")
                            continue
                        nc = 1
                        while k + nc < len(r) and r[k + nc] == "<":
                            nc += 1
                        nr = 1
                        while ri + nr < len(head_rows) and head_rows[ri + nr][k] == "^":
                            nr += 1
                        span = (f' table:number-columns-spanned="{nc}"' if nc > 1 else "") + \
                               (f' table:number-rows-spanned="{nr}"' if nr > 1 else "")
                        cs.append(f'<table:table-cell table:style-name="{td}" office:value-type="string"{span}>'
                                  + "".join(f'<text:p text:style-name="CellHead">{inline(x)}</text:p>' for x in c.split("<br>"))
                                  + "</table:table-cell>")
                    hs.append(f'<table:table-row table:style-name="TR">{"".join(cs)}</table:table-row>')
                t.append("<table:table-header-rows>" + "".join(hs) + "</table:table-header-rows>")
            body_rows = rows[nhead:]
            if any("^" in r for r in body_rows):  # vertically merged cells: "^" = covered by the cell above
                for ri, r in enumerate(body_rows):
                    cs = []
                    for k, c in enumerate(r):
                        if c == "^":
                            cs.append("<table:covered-table-cell/>")
                            continue
                        n = 1
                        while ri + n < len(body_rows) and body_rows[ri + n][k] == "^":
                            n += 1
                        span = f' table:number-rows-spanned="{n}"' if n > 1 else ""
                        cs.append(f'<table:table-cell table:style-name="{td}" office:value-type="string"{span}>'
                                  + "".join(f'<text:p text:style-name="Cell">{inline(x)}</text:p>' for x in c.split("<br>"))
                                  + "</table:table-cell>")
                    t.append(f'<table:table-row table:style-name="TR">{"".join(cs)}</table:table-row>')
            else:
                t += [row(r, False) for r in body_rows]
            t.append("</table:table>")
            body.append("\n".join(t))
            continue
        m = re.match(r"@h([123])\s?(.*)$", l)
        if m:  # Outline numbering 一、/（一）/1. (list style "Outline", one list through the document)
            depth = int(m.group(1))
            attr = ' xml:id="outlist"' if not outline else ' text:continue-list="outlist"'
            outline = True
            inner = f'<text:p text:style-name="H{depth}">{inline(m.group(2))}</text:p>'
            for _ in range(depth - 1):
                inner = f"<text:list><text:list-item>{inner}</text:list-item></text:list>"
            body.append(f'<text:list text:style-name="Outline"{attr}><text:list-item>{inner}</text:list-item></text:list>')
            continue
        m = re.match(r"@(art|item|sub)\s?(.*)$", l)
        if m:
            depth = {"art": 1, "item": 2, "sub": 3}[m.group(1)]
            first = not any("<text:list " in b for b in body)
            attr = ' xml:id="artlist"' if first else ' text:continue-list="artlist"'
            inner = f'<text:p text:style-name="NoIndent">{inline(m.group(2))}</text:p>'
            for _ in range(depth - 1):
                inner = f"<text:list><text:list-item>{inner}</text:list-item></text:list>"
            body.append(f'<text:list text:style-name="Art"{attr}><text:list-item>{inner}</text:list-item></text:list>')
            continue
        style, text = "Body", l
        m = re.match(r"@(\w+)\s?(.*)$", l)
        if m:
            tag, text = m.group(1), m.group(2)
            style = {"red": "Red", "title": "Title", "chap": "Chap", "c": "Center", "r": "Right",
                     "n": "NoIndent", "small": "Small", "blank": "Standard", "hr": "Rule",
                     "redhr": "RedRule"}[tag]
        if style == "Title" and not title:
            title = text
        if pb == "LS":
            style = "NoIndentLS"
            pb = False
        elif pb:
            style = {"Body": "BodyPB", "NoIndent": "NoIndentPB", "Title": "TitlePB", "Center": "CenterPB"}[style]
            pb = False
        body.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')
    head = with_header(HEAD, header) if header else HEAD
    out = head.replace("{title}", escape(title)).replace("{autostyles}", "\n".join(auto)).replace("{outline}", OUTLINE if outline else "") + "\n".join(body) + "\n" + TAIL
    dst = re.sub(r"\.src\.txt$", ".fodt", src)
    open(dst, "w", encoding="utf-8").write(out)
    print(dst)


if __name__ == "__main__":
    for a in sys.argv[1:]:
        main(a)
