#!/usr/bin/env python3
"""Write fresh22/huairou-fabuhui-shilu.txt (虚构测试文档，非真实政策): plain text as `pdftotext -raw` gives it of a PDF.

The 怀柔区《产教融合三年行动计划（2026—2028年）》新闻发布会实录: title lines, 时间 / 地点 / 发布人 / 主持人, then the speaker turns
(`主持人 何婉清：…`, `北京日报记者：…`, `区人力社保局副局长 乔雨桐：…`), one paragraph a turn.

    cd fresh22/src && python3 make_huairou_txt.py

Copied from fresh21/src/make_luohe_txt.py (itself from fresh20/src/make_benxi_txt.py): the paragraphs of
huairou-fabuhui-shilu.src.txt are cut every WIDTH full-width characters (ASCII counts half) regardless of words or numbers;
a closing punctuation mark that would start a line takes the previous character down with it (so no line is wider than
WIDTH); body paragraphs start with two ideographic spaces, and every PAGE lines a page-number line `— N —` is inserted, so
sentences run across pages. `@c` centres a line, `@r` right-aligns it, `@n` does not indent, `@t` is a table line written
as it is (the cells of the 名单 separated by spaces, as pdftotext prints a simple table), `@p` forces a page break.
The fictional note is written as the last lines, after the last page number.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "huairou-fabuhui-shilu.src.txt")
OUT = os.path.join(os.path.dirname(HERE), "huairou-fabuhui-shilu.txt")
WIDTH, PAGE = 35, 23
NOTE = ["虚构测试文档，非真实政策：怀柔区及所辖镇街为真实地名，本实录的内容、指标、金额、日期、人员、电话、平台名称均为虚构，",
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

    def footer():
        nonlocal page, n
        out.extend(["", f"                — {page} —", ""])
        page += 1
        n = 0

    for raw in open(SRC, encoding="utf-8"):
        l = raw.rstrip("\n")
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
