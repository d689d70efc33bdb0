#!/usr/bin/env python3
"""Check fresh26-dev.jsonl / fresh26-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh26/check_fresh26.py            (from the repository root, or anywhere)
    python3 check_fresh26.py --dump DOC                                 (print a document's visible text)

Adapted from fresh25/check_fresh25.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt as it is); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect
lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every
`must` string in the visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a **转发通知** (a county-level office or bureau forwards a city-level 办法 with its own body: county-level
配套 ratio and cap, a county deadline earlier than the city's, the county unit that receives applications, a contact with
phone; the forwarded 办法 in full as its attachment: title, 文号, articles 第一条…, amounts, conditions, 有效期) and a
**政务服务事项办事指南** for the related service item per split: 安徽省宿州市砀山县 (the 转发通知 as a LibreOffice .docx, the
办事指南 as a portal .html page with a key–value table; dev) and 福建省南平市邵武市 (the 转发通知 as a LibreOffice .pdf, the
办事指南 as plain text key：value lines; test). So it also checks:
  - regions (REGION_CODES, TOWNS), region-scoped lines, docs lines, region named, REGION_FREE, `two` / `items`, punctuation,
    id prefixes, ONLY, `unstated` (HIER words in the region's documents — the places: the province and sibling counties of
    the forwarded 办法's city, never that city, which the attachment covers; the others in no document of any round),
    `region-clash` (also outside the two forwarded 办法's cities), the seeded split of the pooled lines — as check_fresh25.py;
  - the documents: fictional note in the last lines (the .html also in a comment, the .docx / .pdf also in their metadata),
    900–8,000 characters, KEEP_OUT (check_fresh25.py's list without 原件: the 申请材料 need 原件或复印件), KEEP_OUT_EARLIER_BY
    (places and give-away words of the earlier lines in 安徽 / 福建), no provincial figure (UPPER_FIGURE), LATER_ABSENT (the
    words ../fresh17 … ../fresh25 checks require in no document of any round) absent;
  - **the 转发通知**: title `…关于转发《X》的通知`, 文号, issuer, date; the body cites 《X》 with the attachment's 文号; the
    attachment (after the 附件 line, on a new page) carries title X and that 文号, articles 第一条…第N条 in order (automatic
    numbers in the text), 有效期 and its own 落款 date before the county's date; the county 配套 `1:R` with a cap
    (`最高不超过N万元` / `N元`), the county deadline earlier than the city's (both stated), the county date before the county
    deadline; the receiving unit; a contact with a phone of the region's area code;
  - **the 办事指南**: every field (事项名称 … 结果送达方式, 常见问题), 承诺办结时限 < 法定办结时限 (工作日), 设定依据 citing both
    文号, 不收费, 办理时间 with a lunch break, 咨询 / 投诉 phones with the notice contact's area code and all three phones
    different, the county deadline of the notice repeated; the 申请材料 (.html: a nested table 序号 / 材料名称 / 原件或复印件 /
    份数 / 备注; .txt: a numbered list `N. name（原件|复印件，N份，备注）`), ≥5 materials, each 原件 or 复印件 with 份数; ≥2 问 / 答;
  - formats: the .docx written by LibreOffice (docProps/app.xml), the note in docProps/core.xml, automatic numbering
    (word/numbering.xml; `第一条` not literal in word/document.xml); the .pdf produced by LibreOffice, red head and 文号 on page
    1, the attachment on a later page, pages numbered `— N —`, the note on the last page and in its Subject; the .html has the
    portal chrome, UTF-8, exactly two tables (the key–value table and the materials table inside it); the .txt is UTF-8 with LF,
    `key：value` lines, the note last.
It reads all other documents, the shipped plans included (about 2 minutes), and prints the counts per kind per split.
"""
import datetime
import importlib
import json
import os
import re
import subprocess
import sys
import zipfile

sys.dont_write_bytecode = True  # importing src/make_questions.py leaves no __pycache__ in src/

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
KNOWLEDGE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(EVAL)))), "knowledge")
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

_visible = evalset.visible_text


def visible_text(path):
    """evalset.visible_text, plus .md read as it is (earlier rounds' .md documents, as fresh8/check_fresh8.py does)."""
    if path.endswith(".md"):
        return open(path, encoding="utf-8").read()
    return _visible(path)


evalset.visible_text = visible_text

DOCS = {
    "dangshan-zhuanfa-tongzhi": "dangshan-zhuanfa-tongzhi.docx",
    "dangshan-banshi-zhinan": "dangshan-banshi-zhinan.html",
    "shaowu-zhuanfa-tongzhi": "shaowu-zhuanfa-tongzhi.pdf",
    "shaowu-banshi-zhinan": "shaowu-banshi-zhinan.txt",
}
SPLITS = {"fresh26-dev.jsonl": {"dangshan-zhuanfa-tongzhi", "dangshan-banshi-zhinan"},
          "fresh26-test.jsonl": {"shaowu-zhuanfa-tongzhi", "shaowu-banshi-zhinan"}}
ZHUANFA = {"fresh26-dev.jsonl": "dangshan-zhuanfa-tongzhi", "fresh26-test.jsonl": "shaowu-zhuanfa-tongzhi"}
ZHINAN = {"fresh26-dev.jsonl": "dangshan-banshi-zhinan", "fresh26-test.jsonl": "shaowu-banshi-zhinan"}
DS = "安徽省宿州市砀山县"
SW = "福建省南平市邵武市"
PROVINCE = {"fresh26-dev.jsonl": "安徽省", "fresh26-test.jsonl": "福建省"}
# the city whose 办法 each 转发通知 carries as its attachment
CITY = {"fresh26-dev.jsonl": "安徽省宿州市", "fresh26-test.jsonl": "福建省南平市"}
DOC_REGION_OF = {"dangshan-zhuanfa-tongzhi": DS, "dangshan-banshi-zhinan": DS, "shaowu-zhuanfa-tongzhi": SW,
                 "shaowu-banshi-zhinan": SW}
ID_PREFIX = {"dangshan-zhuanfa-tongzhi": "dsz-", "dangshan-banshi-zhinan": "dsg-", "shaowu-zhuanfa-tongzhi": "swz-",
             "shaowu-banshi-zhinan": "swg-"}
# per split: the 转发通知's title, 文号, issuer, date; the attachment's title, 文号, date; county 配套 ratio and cap; county
# deadline, city deadline (month-day); the receiving unit; the area code
ZF = {"fresh26-dev.jsonl": ("砀山县人民政府办公室关于转发《宿州市产教融合实训基地奖补办法》的通知", "砀政办〔2026〕11号",
                            "砀山县人民政府办公室", "2026-04-08", "宿州市产教融合实训基地奖补办法", "宿政办发〔2026〕5号",
                            "2026-03-19", "1:0.4", "15万元", "2026-05-20", "05-31", "县教育体育局", "0557"),
      "fresh26-test.jsonl": ("邵武市人力资源和社会保障局关于转发《南平市企业新型学徒制培训补贴实施办法》的通知", "邵人社〔2026〕15号",
                             "邵武市人力资源和社会保障局", "2026-04-16", "南平市企业新型学徒制培训补贴实施办法", "南人社规〔2026〕2号",
                             "2026-03-27", "1:0.3", "1500元", "2026-06-10", "06-30", "邵武市劳动就业中心", "0599")}
# per split: the 办事指南's 事项名称
ITEM = {"fresh26-dev.jsonl": "产教融合实训基地奖补资金申请", "fresh26-test.jsonl": "企业新型学徒制培训补贴申领"}
FIELDS = ("事项名称 事项类型 事项编码 实施主体 承办机构 服务对象 设定依据 受理条件 申请材料 办理流程 法定办结时限 承诺办结时限 "
          "收费标准 办理地点 办理时间 咨询电话 监督投诉电话 是否网办 网办地址 到办事现场次数 结果送达方式 常见问题").split()
REGION_CODES = {
    "安徽省": "340000", "安徽省宿州市": "341300", DS: "341321", "安徽省宿州市萧县": "341322", "安徽省宿州市灵璧县": "341323",
    "福建省": "350000", "福建省南平市": "350700", SW: "350781", "福建省南平市建瓯市": "350783", "福建省南平市光泽县": "350723",
    "浙江省湖州市安吉县": "330523", "浙江省舟山市岱山县": "330921", "湖北省黄冈市麻城市": "421181", "湖北省十堰市丹江口市": "420381",
    "广东省梅州市兴宁市": "441481", "广东省清远市英德市": "441881",
}
# 乡 / 镇 / 街道 of the two regions used by the lines (names as in the 统计用区划代码)
TOWNS = {
    DS: "砀城镇 周寨镇 李庄镇 唐寨镇 葛集镇 赵屯镇 官庄坝镇 玄庙镇 关帝庙镇 朱楼镇 程庄镇 良梨镇 曹庄镇".split(),
    SW: "昭阳街道 通泰街道 水北街道 晒口街道 城郊镇 水北镇 下沙镇 卫闽镇 沿山镇 拿口镇 洪墩镇 大埠岗镇 和平镇 肖家坊镇 大竹镇 "
        "吴家塘镇 桂林乡 张厝乡 金坑乡".split(),
}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁", "内蒙古", "河南", "重庆", "北京", "新疆", "贵州", "广西", "湖南", "四川", "江西"]
FICTION = "虚构测试文档，非真实政策"
# check_fresh25.py's list without 原件 (the 申请材料 of a 办事指南 need 原件或复印件)
KEEP_OUT = ("课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 学历 评委 公章 结转").split()
# places and give-away words of the earlier lines in 安徽 / 福建 (see README, twenty-seventh set): 安徽 — the 合肥, 铜陵 and
# 界首 documents and their places, the clash lines (亳州, 六安, 安庆, 宣城, 淮北, 淮南, 池州, 滁州, 芜湖, 蚌埠, 马鞍山, 黄山, 歙县)
# and the words of the 宿州 clash line (联席会议, 纪要: 宿州's 办法 is attached to the 砀山 notice); 福建 — the 泉州, 丰泽 and
# 莆田 documents and their places, the clash lines (福州, 厦门, 三明, 宁德, 福鼎, 漳州, 龙岩, 武夷山) and the topic of the
# 武夷山 clash line (实训基地: 南平's 办法, which covers 武夷山, is attached to the 邵武 notice)
KEEP_OUT_EARLIER_BY = {
    "安徽": ("合肥 包河 肥西 铜陵 枞阳 狮子山 铜官 阜阳 界首 光武 田营 颍南 亳州 六安 安庆 宣城 淮北 淮南 池州 滁州 芜湖 蚌埠 "
             "马鞍山 黄山 歙县 联席会议 纪要 建设经费 实习补贴 导师").split(),
    "福建": ("泉州 丰泽 晋江 莆田 仙游 城厢 涵江 秀屿 荔城 福州 厦门 三明 宁德 福鼎 漳州 龙岩 武夷山 实训基地").split(),
}
DOC_PROVINCE = {"dangshan-zhuanfa-tongzhi": "安徽", "dangshan-banshi-zhinan": "安徽", "shaowu-zhuanfa-tongzhi": "福建",
                "shaowu-banshi-zhinan": "福建"}
UPPER_FIGURE = r"(省级|全省|安徽省|福建省)[^，。；]{0,16}?(\d+(\.\d+)?(亿元|万元|元|%)|\d+月\d+日)"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|镇|街道|乡"
CN_NUM = "一二三四五六七八九十"


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twenty-seventh fresh set")[0]
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
    """Words that fresh17/check_fresh17.py … fresh25/check_fresh25.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in (17, 18, 19, 20, 21, 22, 23, 24, 25):
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


def cn_int(s):
    """一 … 十九 → int."""
    if s.startswith("十"):
        return 10 + (CN_NUM.index(s[1]) + 1 if len(s) > 1 else 0)
    if len(s) == 2 and s[1] == "十":
        return (CN_NUM.index(s[0]) + 1) * 10
    if "十" in s:
        a, b = s.split("十")
        return (CN_NUM.index(a) + 1) * 10 + CN_NUM.index(b) + 1
    return CN_NUM.index(s) + 1


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


def phones(t):
    return re.findall(r"0\d{3}-\d{7}", t)


# ---------------------------------------------------------------- 转发通知
def zhuanfa_structure(split, t, errors):
    doc = ZHUANFA[split]
    name = DOCS[doc]
    title, docno, issuer, d, att, att_no, att_d, ratio, cap, dl, city_dl, unit, area = ZF[split]
    d, att_d, dl = day(d), day(att_d), day(dl)
    for w in (title, docno, issuer, cn(d), att, att_no, "转发给你们", "结合我", "请一并贯彻执行", "附件"):
        if evalset.squash(w) not in t:
            errors.append(f"{name}: {w} missing")
    if not re.search(r"《" + re.escape(att) + r"》（" + re.escape(att_no) + "）", t):
        errors.append(f"{name}: the body does not cite 《{att}》 with its 文号 {att_no}")
    body, _, attach = t.partition("附件：" + att)
    if not attach or att not in attach or att_no not in attach or cn(att_d) not in attach:
        errors.append(f"{name}: the attachment (after the 附件 line) lacks its title, 文号 or date")
    arts = [cn_int(x) for x in re.findall(r"第([一二三四五六七八九十]{1,3})条", attach)]
    if len(arts) < 8 or arts != list(range(1, len(arts) + 1)):
        errors.append(f"{name}: the attachment's articles are not 第一条…第N条 in order ({arts})")
    if "有效期" not in attach or not att_d < d < dl:
        errors.append(f"{name}: no 有效期, or dates out of order (办法 {att_d}, notice {d}, county deadline {dl})")
    if ratio not in body or not re.search(re.escape(ratio) + r"[^。]*?最高不超过" + re.escape(cap), body):
        errors.append(f"{name}: county 配套 {ratio} with its cap {cap} not in the body")
    m, dd = map(int, city_dl.split("-"))
    if cn(dl) not in body or f"{m}月{dd}日" not in body or f"每年{m}月{dd}日前" not in attach or not dl < datetime.date(dl.year, m, dd):
        errors.append(f"{name}: the county deadline {dl} and the city's {city_dl} not both stated, or not earlier")
    if unit not in body:
        errors.append(f"{name}: the receiving unit {unit} not named in the body")
    ps = phones(body)
    if len(ps) != 1 or not ps[0].startswith(area) or "联系人" not in body:
        errors.append(f"{name}: not exactly one contact with a {area} phone in the body ({ps})")
    return ps[0] if ps else None


# ---------------------------------------------------------------- 办事指南
def zhinan_fields(doc, raw):
    """[(label, value)] of the 办事指南 (.html: the <th>/<td> rows of the key–value table; .txt: `key：value` lines)."""
    path = os.path.join(HERE, DOCS[doc])
    if path.endswith(".html"):
        page = open(path, encoding="utf-8").read()
        tb = re.search(r'<table class="zn">(.*)</table>', page, re.S).group(1)
        rows = re.findall(r"<tr><th>([^<]+)</th><td>(.*?)</td></tr>\n", tb + "\n", re.S)
        out = [(k, re.sub(r"<[^>]+>", " ", v)) for k, v in rows]
        if "常见问题" in page:
            out.append(("常见问题", page.split("常见问题", 1)[1]))
        return out
    out = []
    for l in raw.splitlines():
        m = re.fullmatch(r"([\u4e00-\u9fff]{2,8})：(.*)", l)
        if m and m.group(1) not in ("问", "答", "说明"):
            out.append((m.group(1), m.group(2)))
    return out


def materials(doc, raw):
    """[(name, 原件/复印件, 份数, 备注)] of the 申请材料."""
    path = os.path.join(HERE, DOCS[doc])
    if path.endswith(".html"):
        page = open(path, encoding="utf-8").read()
        tb = re.findall(r'<table class="cl">(.*?)</table>', page, re.S)
        if len(tb) != 1:
            return None, []
        trs = re.findall(r"<tr>(.*?)</tr>", tb[0], re.S)
        rows = [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)] for tr in trs]
        return rows[0], [tuple(r[1:]) for r in rows[1:]]
    sec = raw.split("申请材料：", 1)[1].split("办理流程：", 1)[0]
    items = re.findall(r"(?m)^(\d+)\. (.+?)（(原件|复印件)，(\d+份)，([^）]+)）$", sec)
    if [int(x[0]) for x in items] != list(range(1, len(items) + 1)):
        return None, []
    return ["序号", "材料名称", "原件或复印件", "份数", "备注"], [x[1:] for x in items]


def zhinan_structure(split, raw, t, contact, errors):
    doc = ZHINAN[split]
    name = DOCS[doc]
    title, docno, issuer, d, att, att_no, att_d, ratio, cap, dl, city_dl, unit, area = ZF[split]
    fs = zhinan_fields(doc, raw)
    labels = [k for k, _ in fs]
    vals = dict(fs)
    missing = [f for f in FIELDS if f not in labels]
    if missing:
        errors.append(f"{name}: fields missing {missing}")
        return [], []
    if ITEM[split] not in vals["事项名称"]:
        errors.append(f"{name}: 事项名称 is not {ITEM[split]}")
    lim = [int(re.match(r"(\d+)个工作日", vals[k]).group(1)) for k in ("法定办结时限", "承诺办结时限")]
    if not lim[1] < lim[0]:
        errors.append(f"{name}: 承诺办结时限 {lim[1]} not shorter than 法定办结时限 {lim[0]}")
    if att_no not in vals["设定依据"] or docno not in vals["设定依据"]:
        errors.append(f"{name}: 设定依据 does not cite both {att_no} and {docno}")
    if "不收费" not in vals["收费标准"]:
        errors.append(f"{name}: 收费标准 is not 不收费")
    if not re.search(r"上午\d{1,2}:\d\d—12:00，下午1\d:\d\d—1\d:\d\d", vals["办理时间"]):
        errors.append(f"{name}: 办理时间 without a lunch break")
    ps = [vals["咨询电话"].strip(), vals["监督投诉电话"].strip()]
    if not all(re.fullmatch(area + r"-\d{7}", p) for p in ps) or len({contact, *ps}) != 3:
        errors.append(f"{name}: 咨询 / 投诉 phones {ps} not of {area} or not different from the notice contact {contact}")
    m, dd = map(int, dl[5:].split("-"))
    if f"{m}月{dd}日前" not in t:
        errors.append(f"{name}: the county deadline {dl} not repeated")
    head, ms = materials(doc, raw)
    if head != ["序号", "材料名称", "原件或复印件", "份数", "备注"] or len(ms) < 5 \
            or any(k not in ("原件", "复印件") or not re.fullmatch(r"\d+份", c) for _, k, c, _ in ms):
        errors.append(f"{name}: 申请材料 {head} with {len(ms)} rows (序号 / 材料名称 / 原件或复印件 / 份数 / 备注, ≥5, 原件 or 复印件, N份)")
    if t.count("问：") < 2 or t.count("问：") != t.count("答："):
        errors.append(f"{name}: 常见问题 without ≥2 问 / 答 pairs")
    return fs, ms


# ---------------------------------------------------------------- formats
def format_checks(raw, texts):
    errors = []
    name = DOCS["dangshan-zhuanfa-tongzhi"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    if "LibreOffice" not in app or FICTION not in core or "word/numbering.xml" not in z.namelist() or "第一条" in body:
        errors.append(f"{name}: not written by LibreOffice, no note in docProps/core.xml, or the articles not numbered automatically")
    if "砀政办〔2026〕11号" not in raw["dangshan-zhuanfa-tongzhi"].splitlines()[1]:
        errors.append(f"{name}: the 文号 is not under the red head")
    name = DOCS["shaowu-zhuanfa-tongzhi"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    sq = [evalset.squash(p) for p in pdf_pages(path)]
    if "邵武市人力资源和社会保障局" not in sq[0][:40] or "邵人社〔2026〕15号" not in sq[0]:
        errors.append(f"{name}: no red head or 文号 on page 1")
    if "附件南平市企业新型学徒制培训补贴实施办法" in sq[0] or not any(p.startswith("附件南平市") for p in sq[1:]):
        errors.append(f"{name}: the attachment does not start on a new page")
    if not all(f"—{n}—" in sq[n - 1] for n in range(1, len(sq) + 1)) or FICTION not in sq[-1]:
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sq)} —, or the note not on the last page")
    name = DOCS["dangshan-banshi-zhinan"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "政务服务", "办事指南", "更新时间", "浏览次数", "打印本页", "网站标识码", "ICP备", '<meta charset="utf-8">',
              '<div class="nav">', '<div class="crumb">', '<div class="foot">'):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if page.count("<table") != 2 or not re.search(r'<table class="zn">.*<table class="cl">.*</table>.*</table>', page, re.S):
        errors.append(f"{name}: not exactly the key–value table with the materials table inside it")
    name = DOCS["shaowu-banshi-zhinan"]
    b = open(os.path.join(HERE, name), "rb").read()
    b.decode("utf-8")
    if b"\r" in b or not raw["shaowu-banshi-zhinan"].rstrip().endswith(FICTION + "。") \
            or len(re.findall(r"(?m)^[\u4e00-\u9fff]{2,8}：\S", raw["shaowu-banshi-zhinan"])) < 20:
        errors.append(f"{name}: not UTF-8 with LF, not ≥20 key：value lines, or the note not last")
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
            if not (qid.startswith("x-f26-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f26-")
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
                    if covering or region == CITY[split] or not all(any(evalset.squash(w) in texts[x] for x in allowed) for w in words) \
                            or any(region.startswith(r) for r in earlier_docs_regions):
                        errors.append(f"{where}: hierarchy trap must name a place outside the region (not the attachment's city), "
                                      "covered by no document, whose words are in the region's documents")
                else:
                    if not covering:
                        errors.append(f"{where}: a non-HIER unstated line must name a region covered by this split")
                    for w in words:
                        hits = [x for x in DOCS if w in texts[x]] + [p for p, t in earlier.items() if w in t]
                        if hits:
                            errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
            if kind == "region-clash":
                bad = (any(region.startswith(r) or r.startswith(region) for r in list(DOC_REGION.values()) + list(CITY.values()))
                       or any(region.startswith(p) for p in PROVINCIAL_REGIONS + ["安徽", "福建"])
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
    for split, pool in (("fresh26-dev.jsonl", dev_pool), ("fresh26-test.jsonl", test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f26-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 900 <= n <= 8000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 900–8000")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        m = re.search(UPPER_FIGURE, texts[doc])
        if m:
            errors.append(f"{f}: a provincial figure or date ({m.group(0)!r})")
        for w, qids in later.items():
            if evalset.squash(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    for split in SPLITS:
        zf, zn = ZHUANFA[split], ZHINAN[split]
        contact = zhuanfa_structure(split, texts[zf], errors)
        fs, ms = zhinan_structure(split, raw[zn], texts[zn], contact, errors)
        print(f"{DOCS[zf]}: contact {contact}; {DOCS[zn]}: {len(fs)} fields, {len(ms)} materials; "
              f"{len(texts[zf])} / {len(texts[zn])} characters")
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
