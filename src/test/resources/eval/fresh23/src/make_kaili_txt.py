#!/usr/bin/env python3
"""Write fresh23/kaili-gongshi-mingdan.txt (虚构测试文档，非真实政策): plain text as `pdftotext -raw` gives it of a PDF.

The 关于凯里市2026年度产教融合型企业和产教融合实训基地拟认定名单的公示: title lines, the intro paragraph, 公示时间, the 异议
procedure (受理时间, 联系人, 电话, 地址), then the 名单 as pdftotext prints a simple table (`@t` lines: the cells separated by
one space, a header line, a long 企业名称 wrapped onto the next line, the header repeated on page 2), 说明, the signature
(four bodies) and date.

    cd fresh23/src && python3 make_kaili_txt.py

Copied from fresh22/src/make_huairou_txt.py (itself from fresh21/src/make_luohe_txt.py): the paragraphs of
kaili-gongshi-mingdan.src.txt are cut every WIDTH full-width characters (ASCII counts half) regardless of words or numbers;
a closing punctuation mark that would start a line takes the previous character down with it (so no line is wider than
WIDTH); body paragraphs start with two ideographic spaces, and every PAGE lines a page-number line `— N —` is inserted, so
sentences run across pages. `@c` centres a line, `@r` right-aligns it, `@n` does not indent, `@t` is a table line written
as it is, `@p` forces a page break. The fictional note is written as the last lines, after the last page number.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kaili-gongshi-mingdan.src.txt")
OUT = os.path.join(os.path.dirname(HERE), "kaili-gongshi-mingdan.txt")
WIDTH, PAGE = 35, 22
NOTE = ["虚构测试文档，非真实政策：凯里市及所辖镇、街道为真实地名，本公示的内容、企业名称、日期、人员、电话和地址均为虚构，",
        "仅用于问答系统评测。虚构测试文档，非真实政策。"]
NO_START = "，。、；：？！）》”’〕」』】%"


def wrap(text, indent):
    text = ("　　" if indent else "") + text
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > WIDTH:
            if ch in NO_START:  # closing punctuation may not start a line: carry the last character down with it
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


def main():
    out, page, n = [], 1, 0

    header = None

    def footer():
        nonlocal page, n
        out.extend(["", f"                — {page} —", ""])
        page += 1
        n = 0
        if header and table:  # a table crossing the page break: its header line is printed again on the next page
            out.append(header)
            n += 1

    table = False
    for raw in open(SRC, encoding="utf-8"):
        l = raw.rstrip("\n")
        table = l.startswith("@t ")
        if table and header is None:
            header = l[3:]
        if not l.strip() or l.startswith("%"):
            continue
        if l == "@p":
            footer()
            continue
        if l.startswith("@c "):
            lines = ["        " + l[3:]]
        elif l.startswith("@r "):
            lines = [" " * 40 + l[3:]]
        elif l.startswith("@t "):
            lines = [l[3:]]
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
