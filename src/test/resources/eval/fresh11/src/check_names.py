#!/usr/bin/env python3
"""Name checks for the twelfth fresh set (fresh11) (run while writing it; prints only this round's own strings,
line ids and counts — never the text of an earlier question).

1. Each name this round uses (its places below the two regions, the places of its region-scoped lines, its
   region-clash regions, its people and its street name) against every earlier file under eval/ (the visible text of
   every document, every *.jsonl, README.md up to this round's section, the sources) and knowledge/: how many earlier
   files contain it — 0 expected for all.
   The two provinces are not new (山东 and 江苏 each have an earlier provincial document); KNOWN lists them and the script
   prints the earlier files that contain them, by name.
2. The four new documents against the names of earlier regions: the parts of every earlier `region` value (split at
   省/市/区/县/…) and a list of the earlier regions, clash regions and provinces — the only hits allowed are KNOWN
   (山东, 江苏: the provinces of this round).
3. Earlier lines without a region: which strings (4–8 characters) of the new documents occur in their question,
   context or must strings (line ids and the new strings only).
4. The earlier provincial documents of this round's provinces (山东 申报通知, fresh/; 江苏 申报通知, docs/), which also
   cover 潍坊 and 盐城: which words of a topic list occur in them (hit strings only), so that this round's questions either
   avoid those topics or ask for the 市级 figure, and `unstated` lines are checked against them too (check_fresh11.py).

    python3 check_names.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH11 = os.path.dirname(HERE)
EVAL = os.path.dirname(FRESH11)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(EVAL))))
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(EVAL, "fresh9"))
sys.dont_write_bytecode = True
import evalset  # noqa: E402
import check_fresh9  # noqa: E402  (its readings of fresh9's .docx with tracked changes and two-column .pdf)

MINE = ("潍坊 寿光 青州 诸城 高密 安丘 昌邑 临朐 奎文 潍城 坊子 寒亭 昌乐 "
        "盐城 东台 大丰 亭湖 盐都 建湖 射阳 阜宁 响水 城南新区 "
        "桂林 榆林 平凉 鸡西 锦州 景德镇 南阳 郴州 龙岩 呼伦贝尔 "
        "孟庆岚 于德川 钱慧敏 陈志远 仲海涛 黄海英才 盐聚英才").split()
KNOWN = ["山东", "江苏"]
EARLIER = ("温州 鹿城 瑞安 泉州 丰泽 晋江 江苏 南京 苏州 宁波 鄞州 慈溪 佛山 山东 长沙 岳麓 合肥 大连 柳州 河北 重庆 九龙坡 "
           "吉林 北京 顺义 海口 西宁 宜宾 襄阳 襄州 天水 齐齐哈尔 九江 宝鸡 曲靖 石嘴山 大武口 洛阳 包头 六盘水 克拉玛依 山西 "
           "大同 天津 武清 杭州 广州 成都 深圳 福州 上海 台州 武汉 厦门 南昌 西安 河南 昆明 天心 贵阳 郑州 兰州 沈阳 南宁 "
           "哈尔滨 内蒙古 渝北 银川 昌平 赣州 遵义 绵阳 大庆 宜昌 乌鲁木齐 拉萨 泸州 乐山 樊城 十堰 张掖 酒泉 牡丹江 佳木斯 "
           "上饶 萍乡 咸阳 汉中 玉溪 大理 惠农 吴忠 开封 新乡 鄂尔多斯 赤峰 安顺 毕节 哈密 吐鲁番 芜湖 株洲 嘉兴 东莞 漳州 "
           "鞍山 岳阳 蚌埠 滨海 白银 庐山 陕西 云南 贵州 四川 湖北 湖南 江西 安徽 福建 浙江 广东 广西 海南 甘肃 青海 宁夏 "
           "新疆 西藏 辽宁 黑龙江 绍兴 柯桥 上虞 诸暨 嵊州 新昌 越城 湖州 金华 江门 新会 司前 崖门 会城 大泽 冈州 蓬江 "
           "台山 常德 武陵 鼎城 桃源 汉寿 澧县 石门 朗州 益阳 张家界 怀化 仙桃 彭场 沙嘴 毛嘴 郑场 张沟 胡场 沔阳 潜江 天门 "
           "荆州 上海 西藏 拉萨 曲水 嘉定 日喀则 林芝 昌都 那曲 浦东 闵行 宝山 松江 青浦 奉贤 玉树 甘孜 迪庆 舟山 丽水 宣城 滁州").split()
NEW_DOCS = ["weifang-jiaoyu-guihua.docx", "weifang-shenbao-tongzhi.txt", "yancheng-rencai-fangan.html",
            "yancheng-chanye-xueyuan-xize.pdf"]
PROVINCIAL = [os.path.join("fresh", "shandong-shenbao-tongzhi.pdf"), os.path.join("docs", "jiangsu-shenbao-tongzhi.txt")]
TOPICS = ("实训基地 产业学院 导师 实习 学徒 教师 技能 证书 联合体 共同体 平台 专项资金 补助 补贴 奖励 奖 万元 多少 最高 申报 时间 "
          "材料 公示 文号 有效期 牵头 考核 评价 优秀 等次 职业院校 企业 学校 毕业生 培训 钱").split()


def text_of(path):
    if os.path.dirname(os.path.abspath(path)) == os.path.join(EVAL, "fresh9") and path.endswith((".pdf", ".docx")):
        return check_fresh9.visible_text(path)
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
        t = t.split("# Twelfth fresh set")[0]
    return t


def earlier_files():
    for dp, _, fn in os.walk(EVAL):
        if os.path.relpath(dp, EVAL).startswith("fresh11"):
            continue
        for f in fn:
            if f.startswith("fresh11"):  # this round's own jsonl files
                continue
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".jsonl", ".md", ".txt", ".py", ".fodt")):
                yield os.path.join(dp, f)
    for dp, _, fn in os.walk(os.path.join(ROOT, "knowledge")):
        for f in fn:
            yield os.path.join(dp, f)


def jsonl_lines():
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and not f.startswith("fresh11"):
            for l in open(os.path.join(EVAL, f), encoding="utf-8"):
                if l.strip():
                    yield f, json.loads(l)


def main():
    files = list(earlier_files())
    corpus = [(p, evalset.squash(text_of(p))) for p in files]
    print(len(corpus), "earlier files")
    bad = 0
    for name in MINE:
        n = sum(name in t for _, t in corpus)
        bad += n
        print(f"  {name}: {n}")
    for name in KNOWN:
        hits = sorted(os.path.relpath(p, os.path.dirname(EVAL)) for p, t in corpus if name in t)
        print(f"  known {name}: {len(hits)} {hits}")
    parts = set(EARLIER)
    for _, d in jsonl_lines():
        r = d.get("region") or ""
        parts.update(p for p in re.split(r"省|市|自治区|自治州|区|县|镇|街道|旗|盟|乡", r) if len(p) >= 2)
    docs_text = []
    for f in NEW_DOCS:
        p = os.path.join(FRESH11, f)
        t = evalset.visible_text(p)
        if f.endswith(".html"):
            t += open(p, encoding="utf-8").read()
        t = evalset.squash(t)
        docs_text.append(t)
        hits = sorted(x for x in parts if x in t)
        extra = [h for h in hits if h not in KNOWN]
        bad += len(extra)
        print(f"  {f}: earlier region names in it: {hits}" + ("" if not extra else f"  NOT ALLOWED: {extra}"))
    grams = set()
    for t in docs_text:
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
    print("earlier provincial documents covering this round's cities (topic words found in them):")
    for rel in PROVINCIAL:
        t = evalset.squash(text_of(os.path.join(EVAL, rel)))
        print(f"  {rel}: {[w for w in TOPICS if w in t]}")
    print("ok" if not bad else f"{bad} hit(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
