#!/usr/bin/env python3
"""Name checks for the fourteenth fresh set (fresh13) (run while writing it; prints only this round's own strings,
line ids, region values and counts — never the text of an earlier question).

1. Each name this round uses (its two cities, its two districts and the other places below the cities, its
   region-clash regions, its people, system and platform names, 文号 stems, schools) against every earlier file under eval/ (the
   visible text of every document, every *.jsonl, README.md up to this round's section, the sources) and knowledge/: how
   many earlier files contain it — 0 expected for all.
2. The four new documents against the names of earlier regions: the parts of every earlier `region` value (split at
   省/市/区/县/…) and a list of the earlier regions, clash regions and provinces — no hit allowed (the new documents name
   neither 江西 nor 广东).
3. Earlier lines without a region: which strings (4–8 characters) of the new documents occur in their question,
   context or must strings (line ids and the new strings only).
4. No earlier document covers 宜春 or 韶关: the earlier `region` values inside 江西省 and 广东省 (printed: region values only)
   must all be other cities, and neither province has a provincial-level document (the provincial-level regions with one
   are listed in PROVINCIAL_REGIONS of check_fresh13.py).
5. KEEP_OUT (check_fresh13.py) words in the four new documents: none expected.

    python3 check_names.py
"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH13 = os.path.dirname(HERE)
EVAL = os.path.dirname(FRESH13)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(EVAL))))
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, FRESH13)
sys.dont_write_bytecode = True
import evalset  # noqa: E402
from check_fresh13 import KEEP_OUT, PROVINCIAL_REGIONS  # noqa: E402

MINE = ("宜春 袁州 樟树 丰城 高安 奉新 万载 宜丰 靖安 铜鼓 明月山 "
        "韶关 曲江 武江 浈江 乐昌 南雄 始兴 仁化 翁源 乳源 新丰 "
        "吉安 邵阳 许昌 六安 孝感 梅州 清远 玉林 永州 衢州 "
        "钟维良 易晓峰 彭丽君 汤海燕 胡建波 晏春燕 邹志刚 熊丽萍 简国庆 漆慧敏 辛晓明 况瑞芳 欧阳斌 廖振华 卢桂英 付文杰 龚婷 "
        "邓卫东 温志强 严嘉敏 骆永安 朱晓琳 谭明辉 曾凡宇 何秋菊 邱建新 叶丽清 罗国栋 范晓燕 巫志勇 赖春梅 潘振宇 陆佳怡 "
        "校企合作服务平台 校企通 产教云 产教融合项目申报平台 袁府办字 宜教职成字 宜府发 曲府办 韶发改社会 韶府办 "
        "新能源职业学院 北江职业技术学院 曲江技工学校 袁州区技工学校").split()
# 上高 (上高县, a county of 宜春 named in the 宜春 notice's contact table) is not in MINE: it is a substring of 以上高… in two
# earlier files; no question of this round names it.
EARLIER = ("温州 鹿城 瑞安 泉州 丰泽 晋江 江苏 南京 苏州 宁波 鄞州 慈溪 佛山 山东 长沙 岳麓 合肥 大连 柳州 河北 重庆 九龙坡 "
           "吉林 北京 顺义 海口 西宁 宜宾 襄阳 襄州 天水 齐齐哈尔 九江 宝鸡 曲靖 石嘴山 大武口 洛阳 包头 六盘水 克拉玛依 山西 "
           "大同 天津 武清 杭州 广州 成都 深圳 福州 上海 台州 武汉 厦门 南昌 西安 河南 昆明 天心 贵阳 郑州 兰州 沈阳 南宁 "
           "哈尔滨 内蒙古 渝北 银川 昌平 赣州 遵义 绵阳 大庆 宜昌 乌鲁木齐 拉萨 泸州 乐山 樊城 十堰 张掖 酒泉 牡丹江 佳木斯 "
           "上饶 萍乡 咸阳 汉中 玉溪 大理 惠农 吴忠 开封 新乡 鄂尔多斯 赤峰 安顺 毕节 哈密 吐鲁番 芜湖 株洲 嘉兴 东莞 漳州 "
           "鞍山 岳阳 蚌埠 滨海 白银 庐山 陕西 云南 贵州 四川 湖北 湖南 江西 安徽 福建 浙江 广东 广西 海南 甘肃 青海 宁夏 "
           "新疆 西藏 辽宁 黑龙江 绍兴 柯桥 上虞 诸暨 嵊州 新昌 越城 湖州 金华 江门 新会 司前 崖门 会城 大泽 冈州 蓬江 "
           "台山 常德 武陵 鼎城 桃源 汉寿 澧县 石门 朗州 益阳 张家界 怀化 仙桃 彭场 沙嘴 毛嘴 郑场 张沟 胡场 沔阳 潜江 天门 "
           "荆州 上海 西藏 拉萨 曲水 嘉定 日喀则 林芝 昌都 那曲 浦东 闵行 宝山 松江 青浦 奉贤 玉树 甘孜 迪庆 舟山 丽水 宣城 滁州 "
           "潍坊 寿光 青州 诸城 高密 安丘 昌邑 临朐 奎文 潍城 坊子 寒亭 昌乐 盐城 东台 大丰 亭湖 盐都 建湖 射阳 阜宁 响水 "
           "桂林 榆林 平凉 鸡西 锦州 景德镇 南阳 郴州 龙岩 呼伦贝尔 德阳 旌阳 罗江 广汉 什邡 绵竹 中江 莆田 城厢 涵江 "
           "荔城 秀屿 仙游 湄洲 遂宁 南充 黄冈 肇庆 商丘 宁德 三明 安庆 衡阳 北海").split()
NEW_DOCS = ["yuanzhou-gongzuo-yaodian.txt", "yichun-shenbao-tongzhi.html", "qujiang-shishi-fangan.pdf", "shaoguan-shenbao-zhinan.docx"]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def fresh9_text(path):
    """fresh9's readings (as its check script reads them, re-implemented here so that no earlier round's check script —
    which imports its held-out questions — is imported): the .docx with tracked changes accepted, the two-column .pdf in
    pdftotext's reading order."""
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True, text=True).stdout
    out = []
    skip = (W + "del", MC + "Fallback", W + "rPrChange", W + "pPrChange")

    def walk(el):
        if el.tag in skip:
            return
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag == W + "br":
            out.append("\n")
        for child in el:
            walk(child)
        if el.tag == W + "p":
            out.append("\n")

    walk(ET.fromstring(zipfile.ZipFile(path).read("word/document.xml")))
    return "".join(out)


def text_of(path):
    if os.path.dirname(os.path.abspath(path)) == os.path.join(EVAL, "fresh9") and path.endswith((".pdf", ".docx")):
        return fresh9_text(path)
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
        t = t.split("# Fourteenth fresh set")[0]
    return t


def earlier_files():
    for dp, _, fn in os.walk(EVAL):
        if os.path.relpath(dp, EVAL).startswith("fresh13"):
            continue
        for f in fn:
            if f.startswith("fresh13"):  # this round's own jsonl files
                continue
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".jsonl", ".md", ".txt", ".py", ".fodt")):
                yield os.path.join(dp, f)
    for dp, _, fn in os.walk(os.path.join(ROOT, "knowledge")):
        for f in fn:
            yield os.path.join(dp, f)


def jsonl_lines():
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and not f.startswith("fresh13"):
            for l in open(os.path.join(EVAL, f), encoding="utf-8"):
                if l.strip():
                    yield f, json.loads(l)


def new_texts():
    out = []
    for f in NEW_DOCS:
        p = os.path.join(FRESH13, f)
        t = evalset.visible_text(p)
        if f.endswith(".html"):
            t += open(p, encoding="utf-8").read()
        out.append((f, evalset.squash(t)))
    return out


def main():
    files = list(earlier_files())
    corpus = [(p, evalset.squash(text_of(p))) for p in files]
    print(len(corpus), "earlier files")
    bad = 0
    for name in MINE:
        n = sum(name in t for _, t in corpus)
        bad += n
        print(f"  {name}: {n}")
    parts = set(EARLIER)
    for _, d in jsonl_lines():
        r = d.get("region") or ""
        parts.update(p for p in re.split(r"省|市|自治区|自治州|区|县|镇|街道|旗|盟|乡", r) if len(p) >= 2)
    docs = new_texts()
    for f, t in docs:
        hits = sorted(x for x in parts if x in t)
        bad += len(hits)
        print(f"  {f}: earlier region names in it: {hits}")
    grams = set()
    for _, t in docs:
        for n in range(4, 9):
            grams.update(t[i:i + n] for i in range(len(t) - n + 1))

    def hits_in(text):
        h = sorted({g for g in grams if g in text}, key=len, reverse=True)
        return [x for x in h if not any(x != o and x in o for o in h)]

    print("region-free lines (id: strings of the new documents in them):")
    for f, d in jsonl_lines():
        if d.get("region"):
            continue
        h = hits_in(evalset.squash(d.get("q", "") + "".join(d.get("context", [])) + "".join(d.get("must", []))))
        if h:
            print(f"  {f} {d.get('id')}: {h[:8]}")
    print("earlier region values inside 江西省 / 广东省 (none may contain 宜春 or 韶关 or be the province itself):")
    regions = sorted({d.get("region") for _, d in jsonl_lines() if (d.get("region") or "").startswith(("江西", "广东"))})
    for r in regions:
        covering = r in ("江西省", "广东省") or "宜春" in r or "韶关" in r
        bad += covering
        print(f"  {r}" + ("  COVERS THIS ROUND'S CITY" if covering else ""))
    for p in ("江西", "广东"):
        if p in PROVINCIAL_REGIONS:
            bad += 1
            print(f"  {p} has a provincial-level document")
    for f, t in docs:
        kept = [w for w in KEEP_OUT if w in t]
        bad += len(kept)
        print(f"  {f}: KEEP_OUT words in it: {kept}")
    print("ok" if not bad else f"{bad} hit(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
