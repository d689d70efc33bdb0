#!/usr/bin/env python3
"""Write ../wuqing-gongzuo-yaodian.txt from wuqing-gongzuo-yaodian.src.txt: text as copied from a PDF
(hard line breaks every 34 full-width characters, digits and Latin letters half width, page-number lines
"— N —" between pages), saved in GB18030 with CRLF line endings (Windows Notepad "ANSI" on a Chinese system).

虚构测试文档，非真实政策 — fictional test fixture for the policy-bot evaluation.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 68  # half-width units a line: 34 full-width characters
NOSTART = "，。、；：）》”！？"


def w(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def wrap(text, first_indent=True):
    text = ("　　" + text) if first_indent else text
    lines, cur, cw = [], "", 0
    for ch in text:
        if cw + w(ch) > WIDTH and not (cur and ch in NOSTART):  # 禁则: no line starts with closing punctuation
            lines.append(cur)
            cur, cw = "", 0
        cur += ch
        cw += w(ch)
    if cur:
        lines.append(cur)
    return lines


def main():
    out, page = [], 1

    def page_break():
        nonlocal page
        out.extend(["", f"— {page} —", ""])
        page += 1

    for raw in open(os.path.join(HERE, "wuqing-gongzuo-yaodian.src.txt"), encoding="utf-8"):
        l = raw.rstrip("\n")
        if not l or l.startswith("%"):
            continue
        if l == "@pb":
            page_break()
            continue
        if l.startswith("@c "):
            t = l[3:]
            pad = max(0, (WIDTH - sum(w(c) for c in t)) // 2)
            out.extend(" " * pad + x for x in wrap(t, False)) if pad == 0 else out.append(" " * pad + t)
            continue
        if l.startswith("@r "):
            t = l[3:]
            pad = max(0, WIDTH - 8 - sum(w(c) for c in t))
            out.append(" " * pad + t)
            continue
        if "|PB|" in l:
            a, b = l.split("|PB|")
            lines = wrap(a + b)
            # find the line where the split point falls and break the page there
            pos, n, acc = len("　　" + a), 0, 0
            for k, x in enumerate(lines):  # break the page after the line holding the split point
                acc += len(x)
                if acc >= pos:
                    n = k + 1
                    break
            out.extend(lines[:n])
            page_break()
            out.extend(lines[n:])
            continue
        if l.startswith(("一、", "二、", "三、", "四、")) and len(l) < 20:
            out.append(l)
            continue
        out.extend(wrap(l))
    page_break()
    text = "\r\n".join(out) + "\r\n"
    open(os.path.join(HERE, "..", "wuqing-gongzuo-yaodian.txt"), "wb").write(text.encode("gb18030"))


if __name__ == "__main__":
    main()
