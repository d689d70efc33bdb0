#!/usr/bin/env python3
"""Make a PDF-extracted-looking plain text from a paragraph source (fictional fixture, 虚构测试文档).

Paragraphs are cut every WIDTH full-width characters (digits count half) regardless of words or numbers, body paragraphs
start with two ideographic spaces, and every PAGE lines a page-number line "— N —"
is inserted (so a sentence can run across a page), as pdftotext -raw gives it.
Lines starting with % are comments; @c centres a line, @n does not indent, @p forces a page break.
"""
import sys

WIDTH, PAGE = 35, 28
NOTE = "（本文件为虚构测试文档，非真实政策：地名真实，内容、金额、文号、人员和电话均为虚构。）"


NO_START = "，。、；：？！）》”’〕」』】"


def wrap(text, indent):
    """Cut at WIDTH full-width units (ASCII counts half); closing punctuation stays on the line."""
    text = ("　　" if indent else "") + text
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > WIDTH and ch not in NO_START:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    lines.append(cur)
    return lines


def main(src):
    out, page, n = [], 1, 0

    def footer():
        nonlocal page, n
        out.extend(["", f"                — {page} —", ""])
        page += 1
        n = 0

    for raw in open(src, encoding="utf-8"):
        l = raw.rstrip("\n")
        if not l.strip() or l.startswith("%"):
            continue
        if l == "@p":
            footer()
            continue
        if l.startswith("@c "):
            lines = ["        " + l[3:]]
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
    out.append(NOTE)
    dst = src.replace(".src.txt", ".txt").replace("src/", "")
    dst = "../" + dst.split("/")[-1]
    open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(dst)


if __name__ == "__main__":
    main(sys.argv[1])
