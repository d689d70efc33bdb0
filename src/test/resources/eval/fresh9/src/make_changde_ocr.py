#!/usr/bin/env python3
"""Make fresh9/changde-shenbao-tongzhi.txt: the OCR text of a scanned, stamped 申报通知 (虚构测试文档，非真实政策).

    cd fresh9/src && python3 make_changde_ocr.py

Input: changde-shenbao-tongzhi.clean.txt (one paragraph a line; @head 红头 line, @title, @c centred, @r right,
@n no indent, @pb new page). Output: what an OCR program gives for the printed pages, deterministically
(random.Random(SEED)):
  - the page's line breaks (28 full-width characters a body line, 2-character indent on the first line; digits and
    Latin letters count half), 22 lines a page; the page numbers as the OCR read them, in mixed forms
    (`— 1 —`, `-2-`, `·3·`, `- 4 -`, …) on their own lines, a blank line around them;
  - stray spaces between some Chinese characters (one in about every sixth line, some lines two);
  - full-width punctuation read as half-width now and then (，→,  ：→:  ；→;  （）→()  。→. rarely);
  - the fixed misreadings in FIXES (〇→O in years, 未→末, 责→贵, 址→趾, 己 for 已, □→口 in the forms), each applied
    at one place only;
  - one line broken inside a date (the OCR split a line at a smudge), and the seal's noise line under the 落款.
The `must` strings of the questions are copied from this output as it is.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "changde-shenbao-tongzhi.clean.txt")
OUT = os.path.join(os.path.dirname(HERE), "changde-shenbao-tongzhi.txt")
SEED = 20260408
WIDTH = 28
PAGE_LINES = 22
PAGE_MARKS = ["— {} —", "-{}-", "·{}·", "- {} -", "— {} —", "{}"]

# (old, new, which occurrence: 1 = first) — applied to the source paragraphs, before wrapping and the random noise
FIXES = [
    ("2026年4月8日", "2O26年4月8日", 1),
    ("二〇二六年", "二O二六年", 1),
    ("近3年未发生", "近3年末发生", 1),
    ("真实性负责", "真实性负贵", 1),
    ("报送地址", "报送地趾", 1),
    ("已认定的市级", "己认定的市级", 1),
    ("2026年度常德市产教融合项目申报书", "2O26年度常德市产教融合项目申报书", 2),
]

FICTION = ["",
           "〔说明〕本文本为虚构测试文档，非真实政策（虚构测试文档，非真实政策）：常德市为真实地名，",
           "文中内容、金额、文号、人员、电话、邮箱和地址均为虚构，仅用于问答系统评测；",
           "文本模拟扫描件经OCR识别的结果，保留了识别错误。"]


NO_START = "，。、；：）》”！？"


def width(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text, first_indent):
    lines, cur, w = [], "", (2.0 if first_indent else 0.0)
    for ch in text:
        if w + width(ch) > WIDTH and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += width(ch)
    if cur:
        lines.append(cur)
    # the printed page kept closing punctuation off the start of a line (避头尾): it stays on the line before
    for i in range(len(lines) - 1, 0, -1):
        while lines[i] and lines[i][0] in NO_START:
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
    return [l for l in lines if l]


def fixed_source():
    src = open(SRC, encoding="utf-8").read()
    for old, new, nth in FIXES:
        idx = -1
        for _ in range(nth):
            idx = src.find(old, idx + 1)
            assert idx >= 0, (old, nth)
        src = src[:idx] + new + src[idx + len(old):]
    return src.splitlines(True)


def layout():
    pages, page = [], []
    for raw in fixed_source():
        raw = raw.rstrip("\n")
        if not raw.strip():
            continue
        if raw == "@pb":
            pages.append(page)
            page = []
            continue
        tag, _, text = raw.partition(" ") if raw.startswith("@") else ("", "", raw)
        if tag == "@head":
            out = ["  " + " ".join(text) if len(text) <= 4 else text]
        elif tag == "@title":
            out = [" " * 6 + l for l in wrap(text, False)] if len(text) <= 20 else \
                  [" " * 4 + text[:20], " " * 6 + text[20:]]
        elif tag == "@c":
            out = [" " * 16 + text]
        elif tag == "@r":
            out = [" " * 22 + text]
        elif tag == "@n":
            out = wrap(text, False)
        else:
            out = wrap(text, True)
        for l in out:
            page.append(l)
            if len(page) == PAGE_LINES:
                pages.append(page)
                page = []
    if page:
        pages.append(page)
    return pages


def noise(line, rng):
    # half-width punctuation now and then
    table = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}
    chars = []
    for ch in line:
        if ch in table and rng.random() < 0.17:
            ch = table[ch]
        elif ch == "。" and rng.random() < 0.04:
            ch = "."
        chars.append(ch)
    line = "".join(chars)
    # stray spaces between Chinese characters
    for _ in range(2):
        if rng.random() < 0.17:
            spots = [i for i in range(1, len(line)) if "\u4e00" <= line[i - 1] <= "\u9fff" and "\u4e00" <= line[i] <= "\u9fff"]
            if spots:
                i = rng.choice(spots)
                line = line[:i] + " " + line[i:]
    return line


def main():
    rng = random.Random(SEED)
    pages = layout()
    text_pages = ["\n".join(p) for p in pages]
    whole = "\n\u0000\n".join(text_pages)
    whole = whole.replace("□", "口")
    # the OCR broke one line at a smudge inside the 申报 date
    assert whole.count("5月31日") == 1
    whole = whole.replace("5月31日", "5月3\n1日", 1)
    # the seal over the 落款: noise characters on a line of their own under the date
    whole = whole.replace("2O26年4月8日\n", "2O26年4月8日\n" + " " * 20 + "、 ′ ·  ,\n", 1)
    out = []
    for n, ptext in enumerate(whole.split("\n\u0000\n"), 1):
        for l in ptext.split("\n"):
            out.append(noise(l, rng) if l.strip() else l)
        out.append("")
        out.append(" " * 24 + PAGE_MARKS[(n - 1) % len(PAGE_MARKS)].format(n))
        out.append("")
    out.extend(FICTION)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", OUT, len(pages), "pages")


if __name__ == "__main__":
    main()
