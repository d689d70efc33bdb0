#!/usr/bin/env python3
"""Name checks for the tenth fresh set (fresh9) (run once while writing it; prints only this round's own strings).

1. Each name this round uses (its regions, the places of its region-scoped lines, its region-clash regions, its
   people, its street and school names) against every earlier file under eval/ (the visible text of every document,
   every *.jsonl, README.md up to this round's section, the sources) and knowledge/: how many earlier files contain
   it — 0 expected for all (常德/仙桃 and their places must be new, the clash regions must have no document and no
   earlier question).
2. The four new documents against the names of earlier regions: the parts of every earlier `region` value
   (split at 省/市/区/县/…) and a list of the earlier regions, clash regions and provinces — no hit expected. The
   .docx is read twice: its accepted text and its whole XML text (deleted runs, comments and the VML copy of the
   text box included).

    python3 check_names.py
"""
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH9 = os.path.dirname(HERE)
EVAL = os.path.dirname(FRESH9)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(EVAL))))
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, FRESH9)
sys.dont_write_bytecode = True
import evalset  # noqa: E402
import check_fresh9  # noqa: E402  (its readings of the .docx and the two-column .pdf)

MINE = ("常德 武陵 鼎城 桃源 汉寿 澧县 石门 朗州 益阳 张家界 怀化 "
        "仙桃 彭场 沙嘴 毛嘴 郑场 张沟 胡场 沔阳 潜江 天门 荆州 "
        "覃志远 向丽萍 龚文斌 邓佳慧 杜明轩 万思琪 严海波").split()
EARLIER = ("温州 鹿城 瑞安 泉州 丰泽 晋江 江苏 南京 苏州 宁波 鄞州 慈溪 佛山 山东 长沙 岳麓 合肥 大连 柳州 河北 重庆 九龙坡 "
           "吉林 北京 顺义 海口 西宁 宜宾 襄阳 襄州 天水 齐齐哈尔 九江 宝鸡 曲靖 石嘴山 大武口 洛阳 包头 六盘水 克拉玛依 山西 "
           "大同 天津 武清 杭州 广州 成都 深圳 福州 上海 台州 武汉 厦门 南昌 西安 河南 昆明 天心 贵阳 郑州 兰州 沈阳 南宁 "
           "哈尔滨 内蒙古 渝北 银川 昌平 赣州 遵义 绵阳 大庆 宜昌 乌鲁木齐 拉萨 泸州 乐山 樊城 十堰 张掖 酒泉 牡丹江 佳木斯 "
           "上饶 萍乡 咸阳 汉中 玉溪 大理 惠农 吴忠 开封 新乡 鄂尔多斯 赤峰 安顺 毕节 哈密 吐鲁番 芜湖 株洲 嘉兴 东莞 漳州 "
           "鞍山 岳阳 蚌埠 滨海 白银 庐山 陕西 云南 贵州 四川 湖北 湖南 江西 安徽 福建 浙江 广东 广西 海南 甘肃 青海 宁夏 "
           "新疆 西藏 辽宁 黑龙江 绍兴 柯桥 上虞 诸暨 嵊州 新昌 越城 湖州 金华 江门 新会 司前 崖门 会城 大泽 冈州 蓬江 "
           "台山 湖南 湖北").split()
NEW_DOCS = ["changde-shishi-fangan.docx", "changde-shenbao-tongzhi.txt", "xiantao-rending-banfa.pdf", "xiantao-zhengce-wenda.html"]


def text_of(path):
    if path.endswith((".pdf", ".docx", ".doc")):
        return evalset.visible_text(path)
    raw = open(path, "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("gb18030")
    if path.endswith(".html"):
        t += evalset.visible_text(path)
    if os.path.abspath(path) == os.path.join(EVAL, "README.md"):  # only the sections of the earlier rounds
        t = t.split("# Tenth fresh set")[0]
    return t


def earlier_files():
    for dp, _, fn in os.walk(EVAL):
        if os.path.abspath(dp).startswith(FRESH9):
            continue
        for f in fn:
            if f.startswith("fresh9"):  # this round's own jsonl files
                continue
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".jsonl", ".md", ".txt", ".py", ".fodt")):
                yield os.path.join(dp, f)
    for dp, _, fn in os.walk(os.path.join(ROOT, "knowledge")):
        for f in fn:
            yield os.path.join(dp, f)


def main():
    corpus = [evalset.squash(text_of(p)) for p in earlier_files()]
    print(len(corpus), "earlier files")
    bad = 0
    for name in MINE:
        n = sum(name in t for t in corpus)
        bad += n
        print(f"  {name}: {n}")
    parts = set(EARLIER)
    for f in os.listdir(EVAL):
        if f.endswith(".jsonl") and not f.startswith("fresh9"):
            for l in open(os.path.join(EVAL, f), encoding="utf-8"):
                r = json.loads(l).get("region") or "" if l.strip() else ""
                parts.update(p for p in re.split(r"省|市|自治区|自治州|区|县|镇|街道|旗|盟|乡", r) if len(p) >= 2)
    docs_text = []
    for f in NEW_DOCS:
        p = os.path.join(FRESH9, f)
        if f.endswith(".docx"):
            t = check_fresh9.visible_text(p) + re.sub(r"<[^>]+>", "", "".join(
                zipfile.ZipFile(p).read(n).decode("utf-8") for n in zipfile.ZipFile(p).namelist() if n.endswith(".xml")))
        elif f.endswith((".txt", ".html")):
            t = open(p, encoding="utf-8").read()
        else:
            t = check_fresh9.visible_text(p)
        t = evalset.squash(t)
        docs_text.append(t)
        hits = sorted(x for x in parts if x in t)
        bad += len(hits)
        print(f"  {f}: earlier region names in it: {hits}")
    region_free(docs_text)
    print("ok" if not bad else f"{bad} hit(s)")
    return 1 if bad else 0


def region_free(docs_text):
    """3. Earlier lines without a region: which strings (>= 4 characters) of the new documents occur
    in their question, context or must strings. Prints only the line ids and the new documents' strings, so that
    held-out questions are not read; a hit is a topic to keep out of (or check in) the new documents."""
    grams = set()
    for t in docs_text:
        for n in range(4, 9):
            grams.update(t[i:i + n] for i in range(len(t) - n + 1))
    for f in sorted(os.listdir(EVAL)):
        if not f.endswith(".jsonl") or f.startswith("fresh9"):
            continue
        for l in open(os.path.join(EVAL, f), encoding="utf-8"):
            if not l.strip():
                continue
            d = json.loads(l)
            if d.get("region"):
                continue
            text = evalset.squash(d["q"] + "".join(d.get("context", [])) + "".join(d.get("must", [])))
            hits = sorted({g for g in grams if g in text}, key=len, reverse=True)
            hits = [h for h in hits if not any(h != o and h in o for o in hits)]
            if hits:
                print(f"  region-free {f} {d['id']}: {hits[:6]}")


if __name__ == "__main__":
    sys.exit(main())
