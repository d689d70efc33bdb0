#!/usr/bin/env python3
"""Write fresh24/liuyang-duban-tongbao.txt (虚构测试文档，非真实政策): plain text as pdftotext gives it of a PDF.

    cd fresh24/src && python3 make_liuyang_txt.py

Adapted from fresh23/src/make_kaili_txt.py: the paragraphs of liuyang-duban-tongbao.src.txt are cut every WIDTH full-width
characters (ASCII counts half) regardless of words or numbers; a closing punctuation mark that would start a line takes the
previous character down with it; body paragraphs start with two ideographic spaces, and every PAGE lines a page-number line
`— N —` is inserted, so sentences run across pages. `@c` centres a line, `@r` right-aligns it, `@n` does not indent.
New in this round: the block `@tab` … `@endtab` (rows `| a | b | … |`, the first the header) is written **the way
`pdftotext -layout` prints a ruled table whose columns collapsed**: one line a row, the cells separated by runs of spaces
(each column padded to a fixed number of characters, as pdftotext pads by x position), a cell longer than its column
wrapped onto continuation lines that carry only that column's text at its position; a row is never cut by a page break,
and when the table crosses a page break its header line is printed again on the next page. The fictional note is written
as the last lines, after the last page number.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "liuyang-duban-tongbao.src.txt")
OUT = os.path.join(os.path.dirname(HERE), "liuyang-duban-tongbao.txt")
WIDTH, PAGE = 35, 21
# characters per column of the table (序号, 存在问题, 责任单位, 整改措施, 整改时限, 状态) and the gap between columns
COLS = [4, 14, 12, 14, 12, 3]
GAP = 3
NOTE = ["虚构测试文档，非真实政策：浏阳市及所辖镇、街道为真实地名，本通报的内容、问题、文号、人员和电话均为虚构，",
        "仅用于问答系统评测。虚构测试文档，非真实政策。"]
NO_START = "，。、；：？！）》”’〕」』】%"


def wrap(text, indent):
    text = ("　　" if indent else "") + text
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > WIDTH:
            if ch in NO_START:
                carry = cur[-1]
                lines.append(cur[:-1])
                cur, w = carry, (0.5 if ord(carry) < 128 else 1.0)
            else:
                lines.append(cur)
                cur, w = "", 0.0
        cur += ch
        w += cw
    lines.append(cur)
    return lines


def cut(cell, n):
    """A cell split into pieces of at most n characters (a closing punctuation mark stays on the line before)."""
    out, cur = [], ""
    for ch in cell:
        if len(cur) >= n and ch not in NO_START:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def table_row(cells):
    """The lines of one table row as pdftotext -layout prints it: cells padded to their columns, runs of spaces between."""
    pieces = [cut(c, n) for c, n in zip(cells, COLS)]
    lines = []
    for k in range(max(len(p) for p in pieces)):
        s = ""
        for j, (p, n) in enumerate(zip(pieces, COLS)):
            part = p[k] if k < len(p) else ""
            s += part + " " * (n - len(part) + GAP) if j < len(COLS) - 1 else part
        lines.append(s.rstrip())
    return lines


def main():
    out, page, n = [], 1, 0
    header = None
    in_table = False

    def footer():
        nonlocal page, n
        out.extend(["", f"                — {page} —", ""])
        page += 1
        n = 0
        if in_table and header:
            out.extend(header)
            n += len(header)

    src = [l.rstrip("\n") for l in open(SRC, encoding="utf-8")]
    for l in src:
        if not l.strip() or l.startswith("%"):
            continue
        if l == "@tab":
            in_table = True
            continue
        if l == "@endtab":
            in_table = False
            continue
        if l == "@p":
            footer()
            continue
        if in_table:
            cells = [c.strip() for c in l.strip().strip("|").split("|")]
            lines = table_row(cells)
            if header is None:
                header = lines
            if n + len(lines) > PAGE:
                footer()
            out.extend(lines)
            n += len(lines)
            continue
        if l.startswith("@c "):
            lines = ["        " + l[3:]]
        elif l.startswith("@r "):
            lines = [" " * 40 + l[3:]]
        elif l.startswith("@n "):
            lines = wrap(l[3:], False)
        else:
            lines = wrap(l, True)
        for x in lines:
            if n == PAGE:
                footer()
            out.append(x)
            n += 1
    footer()
    out.extend(NOTE)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", OUT, page - 1, "pages")


if __name__ == "__main__":
    main()
