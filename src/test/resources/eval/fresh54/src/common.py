"""Helpers shared by the generators of the fifty-fifth fresh set (虚构测试文档，非真实政策).

cn(), cn_date(), w(), add_workdays(), width() / pad(), fodt() (a src lines list → src/<name>.src.txt → ../../tools/make_fodt.py →
the note into the meta) and convert() (soffice with a profile of its own under /tmp, so that a generator may run while a check
converts with the default profile). Adapted from ../../fresh53/src/common.py (profile name changed; wrap() dropped: no document of
this round is hard-wrapped).
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
EVAL = os.path.dirname(OUT_DIR)
sys.path.insert(0, os.path.join(EVAL, "tools"))
NOTE = "虚构测试文档，非真实政策"
WEEK = "一二三四五六日"
CN = "零一二三四五六七八九十"
D = datetime.date


def cn(n):
    """1..99 → 一 … 九十九"""
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(d, year=True, week=False):
    s = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
    return s + (f"（星期{WEEK[d.weekday()]}）" if week else "")


def w(x):
    """an amount in 元 as the documents write it: 万元 when whole"""
    return f"{x // 10000}万元" if x % 10000 == 0 else f"{x}元"


def add_workdays(d, n):
    """the n-th working day (Monday to Friday) after d"""
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def fodt(src_name, basename, lines, title, note_text, note=NOTE):
    """src lines → src/<basename>.src.txt → make_fodt → the note into the meta; returns the .fodt path (in a temp dir)"""
    src = os.path.join(HERE, basename + ".src.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"% {note} — written by {src_name}; do not edit by hand\n" + "\n".join(lines) + "\n")
    tmp = tempfile.mkdtemp()
    shutil.copy(src, tmp)
    subprocess.run([sys.executable, "-B", os.path.join(EVAL, "tools", "make_fodt.py"), os.path.join(tmp, basename + ".src.txt")],
                   check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, basename + ".fodt")
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"<dc:title>.*?</dc:title>", f"<dc:title>{title}</dc:title><dc:subject>{note}</dc:subject>"
               f"<dc:description>{note_text}</dc:description>", t, count=1)
    open(path, "w", encoding="utf-8").write(t)
    return path


def convert(path, fmt, out_dir=OUT_DIR):
    profile = "file:///tmp/fresh54-soffice-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", out_dir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
