#!/usr/bin/env python3
"""Helper of the twenty-ninth fresh set (虚构测试文档，非真实政策): a table with row spans **and** column spans for a flat ODT
written by ../../tools/make_fodt.py (unchanged; its `@table` markup has either vertical merges or column spans in a body
row, not both — a 绩效目标表 / 绩效自评表 needs both: 一级 / 二级指标 cells spanning rows, 预算执行率 / 合计 rows spanning
columns).

In a source file a paragraph `@n [[TABLE:name]]` marks where a table goes; `inject(fodt_text, name, spec)` replaces that
paragraph with the table. spec: dict with
    widths  column widths in cm
    rows    list of rows, each a list of cell texts; "^" = covered by the cell above (row span), "<" = covered by the cell
            to the left (column span); "<br>" inside a cell starts a new line; **x** is bold
    head    number of header rows (repeated on every page; 0 = none, e.g. a form)
    size    font size of the cells in pt (default: make_fodt's 10.5pt)
    label   columns (0-based) whose body cells are set like header cells (bold, centred), e.g. a form's label column
Cell borders, padding and the paragraph styles are make_fodt's (TD, Cell, CellHead, TR).
"""
import re
from xml.sax.saxutils import escape


def _inline(s):
    out = []
    for i, part in enumerate(re.split(r"\*\*", s)):
        part = escape(part)
        out.append(f'<text:span text:style-name="B">{part}</text:span>' if i % 2 and part else part)
    return "".join(out)


def table_xml(name, spec):
    widths, rows, head = spec["widths"], spec["rows"], spec.get("head", 1)
    label = set(spec.get("label", []))
    ncol = len(widths)
    auto = [f' <style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths):.2f}cm" '
            'table:align="center"/></style:style>']
    auto += [f' <style:style style:name="{name}.C{k}" style:family="table-column"><style:table-column-properties '
             f'style:column-width="{w}cm"/></style:style>' for k, w in enumerate(widths)]
    cell_ps, head_ps = "Cell", "CellHead"
    if spec.get("size"):
        sz = spec["size"]
        cell_ps, head_ps = f"{name}.P", f"{name}.PH"
        auto.append(f' <style:style style:name="{cell_ps}" style:family="paragraph" style:parent-style-name="Cell">'
                    f'<style:text-properties fo:font-size="{sz}pt" style:font-size-asian="{sz}pt"/></style:style>')
        auto.append(f' <style:style style:name="{head_ps}" style:family="paragraph" style:parent-style-name="CellHead">'
                    f'<style:text-properties fo:font-size="{sz}pt" style:font-size-asian="{sz}pt"/></style:style>')
    out = [f'<table:table table:name="{name}" table:style-name="{name}">']
    out += [f'<table:table-column table:style-name="{name}.C{k}"/>' for k in range(ncol)]
    for ri, r in enumerate(rows):
        assert len(r) == ncol, (name, ri, r)
        cells = []
        for k, c in enumerate(r):
            if c in ("^", "<"):
                cells.append("<table:covered-table-cell/>")
                continue
            nc = 1
            while k + nc < ncol and r[k + nc] == "<":
                nc += 1
            nr = 1
            while ri + nr < len(rows) and rows[ri + nr][k] == "^":
                nr += 1
            span = (f' table:number-columns-spanned="{nc}"' if nc > 1 else "") + \
                   (f' table:number-rows-spanned="{nr}"' if nr > 1 else "")
            ps = head_ps if (ri < head or k in label) else cell_ps
            paras = "".join(f'<text:p text:style-name="{ps}">{_inline(x)}</text:p>' for x in c.split("<br>"))
            cells.append(f'<table:table-cell table:style-name="TD" office:value-type="string"{span}>{paras}</table:table-cell>')
        row = f'<table:table-row table:style-name="TR">{"".join(cells)}</table:table-row>'
        if ri == 0 and head:
            out.append("<table:table-header-rows>")
        out.append(row)
        if head and ri == head - 1:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "\n".join(auto), "\n".join(out)


def inject(fodt, name, spec):
    auto, xml = table_xml(name, spec)
    marker = re.compile(r'<text:p text:style-name="[A-Za-z]+">\[\[TABLE:' + re.escape(name) + r'\]\]</text:p>')
    fodt, n = marker.subn(lambda m: xml, fodt)
    assert n == 1, (name, n)
    return fodt.replace("</office:automatic-styles>", auto + "\n</office:automatic-styles>", 1)
