#!/usr/bin/env python3
"""Shared page builder of the two county-level plans of the fourteenth fresh set (虚构测试文档，非真实政策).

Used by make_yuanzhou_txt.py (dev: printed to PDF, then `pdftotext` to the committed .txt) and make_qujiang_pdf.py
(test: the committed .pdf). A plan as a county government office prints it: page 1 the 印发通知 under a red
`…人民政府办公室文件` head (文号, a red rule, title, addressee, text, 落款, 公开 line); from page 2 the plan itself with a
running header (the plan's short title over a thin rule, not on page 1), page numbers `— N —` from an @page margin box;
headings 一、… in bold sans, sub-headings （一）… in bold, numbered tasks as ordinary paragraphs ending in their
（★lead unit, other units）; the 附件 line; then each 附件 on a new page: `附件N` label, title, a bordered table with
the header row repeated on every page, rows never split; the 印发 line between two rules and the fictional note last.
"""
import html
import subprocess

CSS = """
@page { size: A4; margin: 32mm 25mm 27mm 27mm;
  @top-center { content: "HEADER"; font-family: "Noto Serif CJK SC", serif; font-size: 10pt; color: #333;
                vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.6pt solid #555; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC", serif; font-size: 12pt;
                   white-space: pre; word-spacing: 14pt; } }
@page :first { @top-center { content: none; border: none; } }
@page wide { size: A4 landscape; margin: 26mm 22mm 22mm 22mm; }
.annex { page: wide; }
.annex table { font-size: 10pt; line-height: 1.35; }
.annex th, .annex td { padding: 0.9mm 1.4mm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 15pt; line-height: 1.75; color: #000; }
.redhead { font-family: "Noto Serif CJK SC", serif; font-weight: bold; color: #c00; font-size: 27pt; text-align: center;
           letter-spacing: 1pt; margin: 10mm 0 9mm 0; line-height: 1.3; }
.docno { text-align: center; margin: 0 0 2mm 0; }
.redrule { border-top: 1.6pt solid #c00; margin: 0 0 9mm 0; }
h1 { font-family: "Noto Serif CJK SC", serif; font-size: 20pt; text-align: center; line-height: 1.5; font-weight: bold;
     margin: 0 0 6mm 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.n { text-indent: 0; }
p.r { text-align: right; text-indent: 0; padding-right: 2.5em; }
p.h1 { font-family: "Noto Sans CJK SC", sans-serif; font-weight: bold; }
p.h2 { font-weight: bold; }
.newpage { break-before: page; }
.annexlabel { font-family: "Noto Sans CJK SC", sans-serif; text-indent: 0; }
h2 { font-family: "Noto Serif CJK SC", serif; font-weight: bold; font-size: 17pt; text-align: center;
     margin: 2mm 0 4mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.45; }
th, td { border: 0.8pt solid #000; padding: 1.3mm 1.6mm; vertical-align: middle; text-align: left; }
th { font-family: "Noto Sans CJK SC", sans-serif; font-weight: normal; text-align: center; }
td.c { text-align: center; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.imprint { border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; text-indent: 0; font-size: 13pt;
           margin-top: 8mm; padding: 1mm 0; }
.fiction { font-size: 9pt; text-indent: 0; margin-top: 4mm; line-height: 1.5; }
"""


def e(s):
    return html.escape(s, quote=False)


def page(c):
    """c: dict with REDHEAD, DOCNO, NOTICE_TITLE, TO, NOTICE (list), ISSUER, DATE, PUBLIC, HEADER, TITLE, BODY
    (list of ("h1"|"h2"|"p", text)), ANNEX_LINES, ANNEXES (list of (label, title, head, widths, rows)), PRINT_LINE,
    FICTION."""
    o = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', f'<title>{e(c["TITLE"])}</title>',
         '<!-- 虚构测试文档，非真实政策 -->', f'<style>{CSS.replace("HEADER", c["HEADER"])}</style></head><body>',
         f'<div class="redhead">{e(c["REDHEAD"])}</div>', f'<div class="docno">{e(c["DOCNO"])}</div>',
         '<div class="redrule"></div>', f'<h1>{e(c["NOTICE_TITLE"])}</h1>', f'<p class="n">{e(c["TO"])}</p>']
    o += [f'<p>{e(t)}</p>' for t in c["NOTICE"]]
    o += ['<p>&nbsp;</p>', f'<p class="r">{e(c["ISSUER"])}</p>', f'<p class="r">{e(c["DATE"])}</p>',
          f'<p>{e(c["PUBLIC"])}</p>', f'<h1 class="newpage">{e(c["TITLE"])}</h1>']
    for kind, text in c["BODY"]:
        cls = {"h1": ' class="h1"', "h2": ' class="h2"', "p": ""}[kind]
        o.append(f'<p{cls}>{e(text)}</p>')
    o.append('<p>&nbsp;</p>')
    for k, line in enumerate(c["ANNEX_LINES"]):
        style = "" if k == 0 else ' style="padding-left:5em;text-indent:0"'
        o.append(f'<p{style}>{e(line)}</p>')
    for label, title, head, widths, rows in c["ANNEXES"]:
        o.append('<div class="annex">')
        o.append(f'<p class="annexlabel newpage">{e(label)}</p>')
        o.append(f'<h2>{e(title)}</h2>')
        o.append('<table><colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>')
        o.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in head) + '</tr></thead><tbody>')
        for i, r in enumerate(rows, 1):
            cells = [f'<td class="c">{i}</td>'] + [
                f'<td class="c">{e(x)}</td>' if k == len(r) - 1 else f'<td>{e(x)}</td>' for k, x in enumerate(r)]
            o.append('<tr>' + "".join(cells) + '</tr>')
        o.append('</tbody></table></div>')
    o.append(f'<p class="imprint">{e(c["PRINT_LINE"])}</p>')
    o.append(f'<p class="fiction">{e(c["FICTION"])}</p>')
    o.append('</body></html>')
    return "\n".join(o) + "\n"


def write_pdf(c, html_path, pdf_path):
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(page(c))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                    html_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
