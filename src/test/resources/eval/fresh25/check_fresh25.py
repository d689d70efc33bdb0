#!/usr/bin/env python3
"""Check fresh25-dev.jsonl / fresh25-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh25/check_fresh25.py            (from the repository root, or anywhere)
    python3 check_fresh25.py --dump DOC                                 (print a document's visible text)

Adapted from fresh24/check_fresh24.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .doc, `pdftotext -layout` for the .pdf, the <body> text of the .html) and the .md as it is (as fresh8/check_fresh8.py
reads its .md: evalset.visible_text does not know .md, so it is wrapped here, evalset.py itself unchanged); the schema checks
are evalset.py's (`evalset.main`: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines
without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every `must`
string in the visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a **领导小组 notice** (关于调整 / 成立 XX产教融合工作领导小组的通知: 组长 / 副组长 / 成员 with posts, the office,
its 主任 and 联络员 with phone, 职责, 工作规则 / 工作制度, the notice it replaces) and a **meeting notice** (关于召开 XX产教融合
推进（现场）会的通知: date with weekday, 报到, 地点, 参会人员 by unit, 议程 with speakers, 有关要求 (回执 by e-mail, 交流材料
字数 and deadline, 着装, 纪律, contacts), 附件 回执 table) per split: 四川省凉山彝族自治州西昌市 (the 领导小组 notice as a legacy
Word .doc, the meeting notice as a portal .html page; dev) and 江西省赣州市瑞金市 (the 领导小组 notice as a LibreOffice-printed
.pdf with the members in a table, the meeting notice as Markdown with a pipe table; test). So it also checks:
  - regions (REGION_CODES, TOWNS), region-scoped lines, docs lines, region named, REGION_FREE, `two` / `items`, punctuation,
    id prefixes, ONLY, `unstated` (HIER words in the region's documents; the others in no document of any round),
    `region-clash`, the seeded split of the pooled lines — as check_fresh24.py;
  - the documents: fictional note in the last lines (the .html also in a comment, the .md also in a comment at the top, the
    .doc also in its summary information), 900–6,000 characters (these notices are short), KEEP_OUT (check_fresh24.py's
    list), KEEP_OUT_EARLIER_BY (places of the earlier lines in 四川 / 江西), no provincial or prefectural figure
    (UPPER_FIGURE), LATER_ABSENT (the words ../fresh17 … ../fresh24 checks require in no document of any round) absent;
  - **the 领导小组 notice**: title, 文号, issuer, date; the members (the .doc: lines `组　长：name　post` and continuation
    lines; the .pdf: the table of src/*.src.txt, each row printed on one line): one 组长, ≥2 副组长, ≥6 成员, names unique,
    every post of a 市 unit or the 开发区; the office 设在 a member's unit, its 主任 a member of that unit (`由 NAME 同志兼任`),
    the 联络员 of that unit with a phone; 自然递补 and 不再另行发文; the meeting frequency (每季度 / 每半年 召开一次全体会议); the
    replaced notice cited by title and an earlier 文号 and 废止; every deadline after the notice's date;
  - **the meeting notice**: title, 文号, issuer (the 领导小组办公室 of the region), date after the 领导小组 notice; the meeting
    date with the right weekday; 报到 before the start; the 回执 deadline after the notice and before the meeting, sent to one
    e-mail address repeated under the 回执 table; the 交流材料 deadline and 字数; the agenda (the .html: an <ol> whose numbers
    are not in the text; the .md: a numbered list 1.…N.) with ≥5 items, the last the 组长's speech; every person of the
    领导小组 notice named in the meeting notice with the post the 领导小组 notice gives; the 联络员 a contact with the same
    phone; the 参会人员 items with counts (各N名); the 回执 table: header with 单位名称 / 姓名 / 职务 / a phone column, empty rows;
  - formats: the .doc is a Word 97 binary (OLE2 magic, WordDocument and SummaryInformation streams; LibreOffice
    leaves no producer string in it), the note in its text and its summary information; the .pdf printed by
    LibreOffice, red head and 文号 on page 1, pages numbered `— N —`; the .html has the portal chrome, UTF-8, exactly two tables
    (信息公开, 回执); the .md has `#` title, `##` headings, a numbered list and a pipe table with its separator row.
It reads all other documents, the shipped plans included (about 2 minutes), and prints the counts per kind per split.
"""
import datetime
import importlib
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # importing src/make_questions.py leaves no __pycache__ in src/

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
KNOWLEDGE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(EVAL)))), "knowledge")
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

_visible = evalset.visible_text


def visible_text(path):
    """evalset.visible_text, plus .md read as it is (as fresh8/check_fresh8.py does)."""
    if path.endswith(".md"):
        return open(path, encoding="utf-8").read()
    return _visible(path)


evalset.visible_text = visible_text

DOCS = {
    "xichang-lingdao-xiaozu": "xichang-lingdao-xiaozu.doc",
    "xichang-tuijinhui-tongzhi": "xichang-tuijinhui-tongzhi.html",
    "ruijin-lingdao-xiaozu": "ruijin-lingdao-xiaozu.pdf",
    "ruijin-tuijinhui-tongzhi": "ruijin-tuijinhui-tongzhi.md",
}
SPLITS = {"fresh25-dev.jsonl": {"xichang-lingdao-xiaozu", "xichang-tuijinhui-tongzhi"},
          "fresh25-test.jsonl": {"ruijin-lingdao-xiaozu", "ruijin-tuijinhui-tongzhi"}}
LINGDAO = {"fresh25-dev.jsonl": "xichang-lingdao-xiaozu", "fresh25-test.jsonl": "ruijin-lingdao-xiaozu"}
HUIYI = {"fresh25-dev.jsonl": "xichang-tuijinhui-tongzhi", "fresh25-test.jsonl": "ruijin-tuijinhui-tongzhi"}
XC = "四川省凉山彝族自治州西昌市"
RJ = "江西省赣州市瑞金市"
PROVINCE = {"fresh25-dev.jsonl": "四川省", "fresh25-test.jsonl": "江西省"}
DOC_REGION_OF = {"xichang-lingdao-xiaozu": XC, "xichang-tuijinhui-tongzhi": XC, "ruijin-lingdao-xiaozu": RJ,
                 "ruijin-tuijinhui-tongzhi": RJ}
ID_PREFIX = {"xichang-lingdao-xiaozu": "xcl-", "xichang-tuijinhui-tongzhi": "xct-", "ruijin-lingdao-xiaozu": "rjl-",
             "ruijin-tuijinhui-tongzhi": "rjt-"}
# per split: the 领导小组 notice's title, 文号, issuer, date, meeting frequency, the replaced notice's 文号
LD = {"fresh25-dev.jsonl": ("西昌市人民政府办公室关于调整西昌市产教融合工作领导小组的通知", "西府办函〔2026〕19号",
                            "西昌市人民政府办公室", "2026-03-12", "每季度召开一次全体会议", "西府办函〔2023〕41号"),
      "fresh25-test.jsonl": ("瑞金市人民政府办公室关于成立瑞金市产教融合工作领导小组的通知", "瑞府办字〔2026〕9号",
                             "瑞金市人民政府办公室", "2026-03-18", "每半年召开一次全体会议", "瑞府办字〔2022〕37号")}
# per split: the meeting notice's title, 文号, issuer, date, meeting date, start, 报到 (latest), 回执 deadline, 材料 deadline, e-mail
HY = {"fresh25-dev.jsonl": ("关于召开西昌市2026年产教融合推进现场会的通知", "西产教领办〔2026〕2号",
                            "西昌市产教融合工作领导小组办公室", "2026-04-03", "2026-04-22", "09:00", "08:20",
                            "2026-04-15", "2026-04-17", "xcscjrh2026@163.com"),
      "fresh25-test.jsonl": ("关于召开瑞金市产教融合推进会的通知", "瑞产教领办〔2026〕4号", "瑞金市产教融合工作领导小组办公室",
                             "2026-04-24", "2026-05-14", "14:30", "14:15", "2026-05-08", "2026-05-11", "rjcjrhb@163.com")}
REGION_CODES = {
    "四川省": "510000", "四川省凉山彝族自治州": "513400", XC: "513401", "四川省凉山彝族自治州德昌县": "513424",
    "江西省": "360000", "江西省赣州市": "360700", RJ: "360781", "江西省赣州市于都县": "360731",
    "广东省中山市": "442000", "湖北省宜昌市宜都市": "420581", "福建省宁德市福鼎市": "350982", "湖北省神农架林区": "429021",
    "浙江省丽水市龙泉市": "331181", "安徽省黄山市歙县": "341021",
}
# 乡 / 镇 / 街道 of the two regions used by the lines (names as in the 统计用区划代码)
TOWNS = {
    XC: "礼州镇 安宁镇 佑君镇 黄联关镇 太和镇 长安街道".split(),
    RJ: "象湖镇 沙洲坝镇 叶坪乡 壬田镇 九堡镇 瑞林镇 谢坊镇 云石山乡 武阳镇".split(),
}
ZONES = {XC: [], RJ: ["瑞金经济技术开发区管委会"]}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁", "内蒙古", "河南", "重庆", "北京", "新疆", "贵州", "广西", "湖南"]
FICTION = "虚构测试文档，非真实政策"
KEEP_OUT = ("课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章 结转").split()
# places of the earlier lines in 四川 / 江西 (see README, twenty-sixth set): 四川 — the 宜宾 and 德阳 documents and their
# counties, the clash lines (成都, 乐山, 峨眉山, 内江, 隆昌, 南充, 巴中, 广元, 广安, 攀枝花, 泸州, 甘孜, 眉山, 绵阳, 自贡, 资阳,
# 达州, 遂宁, 阿坝, 雅安); 江西 — the 九江, 宜春 and 袁州 documents and their counties, the clash lines
KEEP_OUT_EARLIER_BY = {
    "四川": ("成都 宜宾 南溪 叙州 德阳 中江 什邡 广汉 旌阳 绵竹 罗江 乐山 峨眉 内江 隆昌 南充 巴中 广元 广安 攀枝花 泸州 甘孜 "
             "眉山 绵阳 自贡 资阳 达州 遂宁 阿坝 雅安").split(),
    "江西": ("南昌 九江 修水 八里湖 宜春 袁州 万载 丰城 奉新 宜丰 樟树 铜鼓 靖安 高安 上饶 婺源 吉安 井冈山 抚州 新余 景德镇 "
             "萍乡 鹰潭").split(),
}
DOC_PROVINCE = {"xichang-lingdao-xiaozu": "四川", "xichang-tuijinhui-tongzhi": "四川", "ruijin-lingdao-xiaozu": "江西",
                "ruijin-tuijinhui-tongzhi": "江西"}
UPPER_FIGURE = (r"(省级|全省|四川省|江西省|凉山州|凉山彝族自治州|赣州市|全州)[^，。；]{0,16}?"
                r"(\d+(\.\d+)?(亿元|万元|元|%)|\d+月\d+日)")
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|镇|街道|乡"
WEEKDAY = "一二三四五六日"


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twenty-sixth fresh set")[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def earlier_region_values():
    out = set()
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and f not in SPLITS:
            for l in open(os.path.join(EVAL, f), encoding="utf-8"):
                if l.strip():
                    out.add(json.loads(l).get("region", ""))
    out.discard("")
    return out


def earlier_documents():
    texts = {}
    for d in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, d)
        if not os.path.isdir(p) or d in ("tools", os.path.basename(HERE)):
            continue
        for f in sorted(os.listdir(p)):
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".txt")):
                texts[f"{d}/{f}"] = evalset.squash(evalset.visible_text(os.path.join(p, f)))
            elif f.endswith(".md"):
                texts[f"{d}/{f}"] = evalset.squash(open(os.path.join(p, f), encoding="utf-8").read())
    if os.path.isdir(KNOWLEDGE):
        for f in sorted(os.listdir(KNOWLEDGE)):
            if f.endswith(".md"):
                texts[f"knowledge/{f}"] = evalset.squash(open(os.path.join(KNOWLEDGE, f), encoding="utf-8").read())
    return texts


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh24/check_fresh24.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18, 19, 20, 21, 22, 23, 24):
        src = os.path.join(EVAL, f"fresh{n}", "src")
        sys.path.insert(0, src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
        mq = importlib.import_module("make_questions")
        for qid, ws in mq.UNSTATED_ABSENT.items():
            if qid not in set(mq.HIER):
                for w in ws:
                    words.setdefault(w, []).append(qid)
        for qid, w in mq.REGION_FREE.items():
            words.setdefault(w, []).append(qid)
        sys.path.remove(src)
        for m in ("make_questions", "questions_dev", "questions_test"):
            sys.modules.pop(m, None)
    sys.path.insert(0, os.path.join(HERE, "src"))
    return words


def day(s):
    return datetime.date.fromisoformat(s)


def cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


# ---------------------------------------------------------------- 领导小组 notice
def members(doc, raw, errors):
    """[(role, name, post)] of the 领导小组."""
    name = DOCS[doc]
    out = []
    if name.endswith(".doc"):
        role = None
        for l in raw.splitlines():
            m = re.fullmatch(r"(组\u3000长|副组长|成\u3000员)：(\S+)\u3000(\S+)", l.strip("\n"))
            c = re.fullmatch(r"\u3000{4}(\S+)\u3000(\S+)", l.strip("\n"))
            if m:
                role = m.group(1).replace("\u3000", "")
                out.append((role, m.group(2), m.group(3)))
            elif c and role:
                out.append((role, c.group(1), c.group(2)))
        return out
    src = open(os.path.join(HERE, "src", doc + ".src.txt"), encoding="utf-8").read()
    block = re.findall(r"@table[^\n]*\n(.*?)@endtable", src, re.S)
    if len(block) != 1:
        errors.append(f"{name}: not exactly one table in the source")
        return out
    rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in block[0].splitlines() if l.strip().startswith("|")]
    if rows[0] != ["领导小组职务", "姓名", "单位及职务"]:
        errors.append(f"{name}: table header {rows[0]}")
    lines = [evalset.squash(l) for l in raw.splitlines()]
    for r in rows[1:]:
        if "".join(r) not in lines:
            errors.append(f"{name}: member row {r} not printed on one line")
        out.append(tuple(r))
    return out


def lingdao_structure(split, raw, t, errors):
    doc = LINGDAO[split]
    name = DOCS[doc]
    title, docno, issuer, d, freq, old = LD[split]
    d = day(d)
    for w in (title, docno, issuer, cn(d), freq, "自然递补", "不再另行发文", "领导小组办公室"):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    ms = members(doc, raw, errors)
    roles = [r for r, _, _ in ms]
    names = [n for _, n, _ in ms]
    if roles.count("组长") != 1 or roles.count("副组长") < 2 or roles.count("成员") < 6 or len(set(names)) != len(names):
        errors.append(f"{name}: members {roles} (one 组长, ≥2 副组长, ≥6 成员, names unique)")
    for r, n, p in ms:
        if not (p.startswith("市") or any(p.startswith(z.replace("管委会", "")) for z in ZONES[DOC_REGION_OF[doc]])):
            errors.append(f"{name}: {n}'s post {p} is not of a 市 unit or the zone")
    m = re.search(r"办公室设在(市[^，。]+?局)", t)
    boss = re.search(r"办公室主任由(\S{2,4}?)同志兼任", t)
    if not m or not boss:
        errors.append(f"{name}: the office's unit or its 主任 not stated")
    else:
        unit = m.group(1)
        if not any(p.startswith(unit) for _, _, p in ms):
            errors.append(f"{name}: the office's unit {unit} is no member's unit")
        if not any(n == boss.group(1) and p.startswith(unit) for _, n, p in ms):
            errors.append(f"{name}: the office's 主任 {boss.group(1)} is not a member of {unit}")
        if not re.search(rf"联络员(由|为){unit}[^，。]*?(\S{{2,3}})同志[^。]*?电话：0\d{{3}}-\d{{7}}", t):
            errors.append(f"{name}: no 联络员 of {unit} with a phone")
    m = re.search(r"《([^》]+)》（([^）]+)）同时废止", t)
    if not m or m.group(2) != old or int(re.search(r"〔(\d{4})〕", old).group(1)) >= d.year:
        errors.append(f"{name}: the replaced notice not cited by title and an earlier 文号 ({old})")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日前", t):
        if datetime.date(*map(int, m.groups())) <= d:
            errors.append(f"{name}: deadline {m.group(0)} not after the notice's date")
    return ms


# ---------------------------------------------------------------- meeting notice
def agenda(doc, raw):
    path = os.path.join(HERE, DOCS[doc])
    if path.endswith(".html"):
        page = open(path, encoding="utf-8").read()
        ol = re.findall(r'<ol class="yc">(.*?)</ol>', page, re.S)
        return [re.sub(r"<[^>]+>", "", x).strip() for x in re.findall(r"<li>(.*?)</li>", ol[0], re.S)] if len(ol) == 1 else []
    sec = raw.split("## 四、会议议程")[1].split("## 五、")[0]
    items = re.findall(r"(?m)^(\d+)\. (.+)$", sec)
    if [int(n) for n, _ in items] != list(range(1, len(items) + 1)):
        return []
    return [x for _, x in items]


def huizhi_table(doc, raw):
    path = os.path.join(HERE, DOCS[doc])
    if path.endswith(".html"):
        page = open(path, encoding="utf-8").read()
        tb = re.search(r'<table class="hz">(.*?)</table>', page, re.S).group(1)
        trs = re.findall(r"<tr>(.*?)</tr>", tb, re.S)
        rows = [[re.sub(r"<[^>]+>|&nbsp;", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)] for tr in trs]
        return rows[0], rows[1:]
    lines = [l for l in raw.split("## 附件")[1].splitlines() if l.startswith("|")]
    rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
    if not re.fullmatch(r"\|(-+\|)+", lines[1]):
        return rows[0], None
    return rows[0], rows[2:]


def huiyi_structure(split, raw, t, lt, ms, errors):
    doc = HUIYI[split]
    name = DOCS[doc]
    title, docno, issuer, d, meet, start, report, reply, material, email = HY[split]
    d, meet, reply, material = day(d), day(meet), day(reply), day(material)
    ld = day(LD[split][3])
    for w in (title, docno, issuer, cn(d), cn(meet) + f"（星期{WEEKDAY[meet.weekday()]}）", email, "回执", "附件"):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing (date with its weekday)")
    if not ld < d < reply < meet or not d < material < meet:
        errors.append(f"{name}: dates out of order (领导小组 {ld}, notice {d}, 回执 {reply}, 材料 {material}, meeting {meet})")
    if f"{cn(reply)}" not in t or f"{cn(material)}前" not in t:
        errors.append(f"{name}: 回执 / 交流材料 deadlines not stated")
    if t.count(email) < 2:
        errors.append(f"{name}: the e-mail is not repeated under the 回执 table")
    if not re.search(r"\d{3,4}字", t) or "着" not in t or "静音" not in t:
        errors.append(f"{name}: no 字数, 着装 or 纪律")
    def hm(s):
        h, m = s.split(":")
        return int(h) * 60 + int(m)
    if not hm(report) < hm(start):
        errors.append(f"{name}: 报到 {report} is not before the start {start}")
    items = agenda(doc, raw)
    boss = next((n for r, n, _ in ms if r == "组长"), None)
    if len(items) < 5 or not boss or boss not in items[-1] or "讲话" not in items[-1]:
        errors.append(f"{name}: agenda {len(items)} items, the last not the 组长's speech")
    for r, n, p in ms:
        for m in re.finditer(n, t):
            before = t[max(0, m.start() - 20):m.start()]
            if evalset.squash(p) not in before and not before.endswith(("副组长" + evalset.squash(p), r + "、" + evalset.squash(p))):
                errors.append(f"{name}: {n} named without the post {p} of the 领导小组 notice ({before}{n})")
    liaison = re.search(r"联络员(?:由|为)[^，。]*?(\S{3})同志[^。]*?电话：(0\d{3}-\d{7})", lt)
    if liaison and not re.search(liaison.group(1) + r"，电话：" + liaison.group(2), t):
        errors.append(f"{name}: the 联络员 {liaison.group(1)} is not a contact with the same phone")
    if len(re.findall(r"各\d名", t)) < 3:
        errors.append(f"{name}: 参会人员 without counts (各N名)")
    head, rows = huizhi_table(doc, raw)
    if rows is None or not {"单位名称", "姓名", "职务"} <= set(head) or not any("电话" in h or "手机" in h for h in head) \
            or not rows or any(c for r in rows for c in r[1:]):
        errors.append(f"{name}: the 回执 table {head} (单位名称 / 姓名 / 职务 / phone, empty rows)")
    return items, head


# ---------------------------------------------------------------- formats
def format_checks(raw, texts):
    errors = []
    name = DOCS["xichang-lingdao-xiaozu"]
    b = open(os.path.join(HERE, name), "rb").read()
    if not b.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") or FICTION.encode("utf-16-le") not in b:
        errors.append(f"{name}: not an OLE2 Word 97 file, or the note not in its text")
    if b"fictional test document" not in b or "WordDocument".encode("utf-16-le") not in b \
            or "SummaryInformation".encode("utf-16-le") not in b:
        errors.append(f"{name}: no WordDocument / SummaryInformation stream, or no note in the summary information")
    if "西府办函〔2026〕19号" not in raw["xichang-lingdao-xiaozu"].splitlines()[1]:
        errors.append(f"{name}: the 文号 is not under the red head")
    name = DOCS["ruijin-lingdao-xiaozu"]
    path = os.path.join(HERE, name)
    if "LibreOffice" not in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout:
        errors.append(f"{name}: not produced by LibreOffice")
    sq = [evalset.squash(p) for p in pdf_pages(path)]
    if "瑞金市人民政府办公室" not in sq[0][:40] or "瑞府办字〔2026〕9号" not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)) or FICTION not in sq[-1]:
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —, or the note not on the last page")
    name = DOCS["xichang-tuijinhui-tongzhi"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "发布时间", "来源", "浏览次数", "字号", "打印本页", "网站标识码", "ICP备", "索 引 号", "发布机构",
              '<meta charset="utf-8">'):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if page.count("<table") != 2 or '<table class="xxgk">' not in page or '<table class="hz">' not in page:
        errors.append(f"{name}: not exactly the 信息公开 table and the 回执 table")
    name = DOCS["ruijin-tuijinhui-tongzhi"]
    md = raw["ruijin-tuijinhui-tongzhi"]
    if not md.startswith("<!-- " + FICTION) or not re.search(r"(?m)^# 关于召开", md) \
            or len(re.findall(r"(?m)^## [一二三四五]、", md)) != 5 or not re.search(r"(?m)^- ", md) \
            or not re.search(r"(?m)^\|(-+\|)+$", md) or not md.rstrip().endswith("虚构测试文档，非真实政策。"):
        errors.append(f"{name}: not a Markdown notice (comment with the note, # title, five ## headings, a bulleted list, "
                      "a pipe table, the note last)")
    return errors


def extra_checks(raw, texts):
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY, HIER, REGION_FREE, pool_split  # noqa: E402
    errors = []
    if DOC_REGION != DOC_REGION_OF:
        errors.append("make_questions.DOC_REGION differs from DOC_REGION_OF")
    earlier_docs_regions = earlier_doc_regions()
    if len(earlier_docs_regions) < 30:
        errors.append(f"README.md: only {len(earlier_docs_regions)} earlier document regions found")
    earlier_values = earlier_region_values()
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    ids = set()
    by_split = {}
    for split, allowed in SPLITS.items():
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if not (qid.startswith("x-f25-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f25-")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 乡 / 镇 / 街道 of the regions")
            if d.get("doc"):
                doc = d["doc"]
                if qid in REGION_FREE:
                    anchor = REGION_FREE[qid]
                    if (region or anchor not in d["q"] or anchor not in texts[doc]
                            or any(anchor in texts[x] for x in DOCS if x != doc)
                            or any(anchor in t for t in earlier.values())):
                        errors.append(f"{where}: region-free line needs no region and an anchor word of its document only")
                else:
                    for x in [doc] + d.get("docs", []):
                        if not region.startswith(DOC_REGION[x]):
                            errors.append(f"{where}: region {region!r} is not inside {x}'s region")
                    below = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                    if below != (kind == "region-scoped"):
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the region")
                    if "docs" in d:
                        for x in d["docs"]:
                            if not any(evalset.squash(m) in texts[x] for m in d["must"]):
                                errors.append(f"{where}: no must string of the line is in {x}")
                        if not all(any(evalset.squash(m) not in texts[x] for m in d["must"]) for x in d["docs"]):
                            errors.append(f"{where}: a docs line one document alone answers")
                    if not any(p[:2] in said for p in parts(region)):
                        errors.append(f"{where}: the question does not name its region")
                others = [texts[x] for x in allowed if x != doc]
                if qid in ONLY and not any(all(evalset.squash(m) not in t for t in others) for m in d["must"]):
                    errors.append(f"{where}: ONLY line, every must string is also in the other document")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{where}: two must be true and the line needs a must string for each part")
            if "items" in d and kind != "list":
                errors.append(f"{where}: items on a {kind} line")
            if re.search(r"[，。？！、,.?!；;：:“”\"]", said):
                errors.append(f"{where}: punctuation in a user's message")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(qid)
                covering = [x for x in allowed if region.startswith(DOC_REGION[x])]
                if not words or not region.startswith(PROVINCE[split]) or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{where}: no give-away words, region not in this split's province, or region not named")
                    continue
                for w in words:
                    if any(evalset.squash(w) in texts[x] for x in covering):
                        errors.append(f"{where}: {w!r} occurs in a document covering {region}")
                if qid in HIER:
                    if covering or not all(any(evalset.squash(w) in texts[x] for x in allowed) for w in words) \
                            or any(region.startswith(r) for r in earlier_docs_regions):
                        errors.append(f"{where}: hierarchy trap must name a place outside the region, covered by no document, "
                                      "whose words are in the region's documents")
                else:
                    if not covering:
                        errors.append(f"{where}: a non-HIER unstated line must name a region covered by this split")
                    for w in words:
                        hits = [x for x in DOCS if w in texts[x]] + [p for p, t in earlier.items() if w in t]
                        if hits:
                            errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                bad = (any(region.startswith(r) or r.startswith(region) for r in DOC_REGION.values())
                       or any(region.startswith(p) for p in PROVINCIAL_REGIONS + ["四川", "江西"])
                       or any(region.startswith(r) or (len(r) >= 3 and r in region) for r in earlier_docs_regions)
                       or any(v.startswith(region) for v in earlier_values))
                names = parts(region)[1:]
                if bad or any(p in t for p in names for t in texts.values()) or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{where}: clash region lies in a covered or used region, is named in a new document, "
                                  "or is not named by the question")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(HIER) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    for split, pool in (("fresh25-dev.jsonl", dev_pool), ("fresh25-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f25-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 900 <= n <= 6000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 900–6000")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        m = re.search(UPPER_FIGURE, texts[doc])
        if m:
            errors.append(f"{f}: a provincial or prefectural figure or date ({m.group(0)!r})")
        for w, qids in later.items():
            if evalset.squash(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    for split in SPLITS:
        ld, hy = LINGDAO[split], HUIYI[split]
        ms = lingdao_structure(split, raw[ld], texts[ld], errors)
        items, head = huiyi_structure(split, raw[hy], texts[hy], texts[ld], ms, errors)
        print(f"{DOCS[ld]}: {len(ms)} members ({', '.join(r + ' ' + str([x[0] for x in ms].count(r)) for r in ('组长', '副组长', '成员'))});"
              f" {DOCS[hy]}: {len(items)} agenda items, 回执 {len(head)} columns")
    errors += format_checks(raw, texts)
    kinds = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
             "region-clash").split()
    for split in SPLITS:
        ks = [json.loads(l)["kind"] for l in open(os.path.join(EVAL, split), encoding="utf-8")]
        print(f"{split}: " + ", ".join(f"{k} {ks.count(k)}" for k in kinds) + f"; all {len(ks)}")
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(evalset.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: evalset.squash(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
