#!/usr/bin/env python3
"""Check fresh27-dev.jsonl / fresh27-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh27/check_fresh27.py            (from the repository root, or anywhere)
    python3 check_fresh27.py --dump DOC                                 (print a document's visible text)

Adapted from fresh26/check_fresh26.py. The documents are read exactly as ../tools/evalset.py reads them (`soffice … txt:Text`
for the .docx, `pdftotext -layout` for the .pdf, the <body> text of the .html, the .txt as it is); the schema checks are
evalset.py's (`evalset.main`, unchanged: JSON, ids unique also against every other *.jsonl in eval/, keys, kinds, expect
lines without must/doc and with an `x-` id, answerable lines with 1–8 must strings and a doc of their split, `items`, every
`must` string in the visible text of its document — or of one of its `docs` — with whitespace removed).

This round is a **人大代表建议答复函** (a county bureau answers a 县人大代表's 建议 on 产教融合: 文号 `…建复〔2026〕N号`, 签发人,
答复类别, addressee `…代表：`, the 建议 restated, what has been done, what will be done, a measures table, contact with phone,
落款 and date, 抄送, 公开属性) and a **政策汇编** (one file compiling four short policies of the county and its city, each with
its own title, 文号, issuer and date, a 目录 in front and the compiler on the cover) per split: 吉林省四平市梨树县 (the 答复函 as a
portal .html page, the 汇编 as a LibreOffice .docx; dev) and 河北省衡水市故城县 (the 答复函 as a LibreOffice .pdf, the 汇编 as
plain text; test). So it also checks:
  - regions (REGION_CODES, TOWNS), region-scoped lines (a 镇 / 乡 of the county, or — CITY_SCOPED — a sibling county of the
    city answered from a city policy of the 汇编 only), docs lines, region named, REGION_FREE, `two` / `items`, punctuation,
    id prefixes, ONLY, `unstated` (HIER words in the region's documents and not in any part or document covering the place:
    the city policies of the 汇编 for a county of the city, the earlier provincial document (fresh3's 吉林 实施方案, fresh2's
    河北 名单) for every place of the province; the others in no document of any round), `region-clash`, the seeded split of
    the pooled lines — as check_fresh26.py;
  - **SECTION**: every line on a 汇编 names the part(s) holding its `must` strings (0 = cover / 编印说明 / 目录, 1–4 = the
    compiled policies): every `must` string is in one of them (or in the other document of a `docs` line), each part named
    holds one; lines asking for the newest / oldest policy hold the title of the policy with the latest / earliest date;
  - the documents: fictional note in the last lines (the .html also in a comment, the .docx / .pdf also in their metadata),
    1,200–2,000 characters, KEEP_OUT (fresh25's list: no 申请材料 this round, so 原件 stays out again), KEEP_OUT_EARLIER_BY
    (places and give-away words of the earlier lines in 吉林 / 河北, whose provincial documents cover the new regions), no
    provincial figure (UPPER_FIGURE), LATER_ABSENT (the words ../fresh17 … ../fresh26 checks require in no document) absent;
  - **the 答复函**: 文号 with 签发人, 答复类别 (A类 / B类), addressee `X代表：`, 《建议》 with its number and 会议, `收悉`,
    `现答复如下`, 主办 and 会办, 一、/ 二、 parts, at least two `N家` / `N个` / `N名` figures and two `万元` amounts, completion
    dates, the measures table (序号 / 工作措施 / 目标任务 / 完成时限 / 责任单位, ≥4 rows), exactly one contact phone of the area
    code with 联系人, 落款 and date, `抄送：县人大常委会人事代表工作委员会，县政府督查室。`, the 公开属性 line; the county
    policy it cites (title and 文号) is in the split's 汇编 and is older than the reply;
  - **the 汇编**: cover (title, compiler `…领导小组办公室　编`, month), 编印说明 (number of files = number of policies, the
    收录 cut-off date not before the newest policy, the cover month not before it), 目录 listing `N、title（文号）` in order, then
    each policy with title, 文号, issuer(s) and date in its own part; two city and two county policies, at least three
    issuers, four different dates; each county policy cites a city policy of the 汇编 by title;
  - formats: the .html has the portal chrome (breadcrumb 建议提案办理, 信息公开 box, info line, footer), UTF-8, exactly one
    table (the measures table, inside the article); the .docx is written by LibreOffice (docProps/app.xml), the note in
    docProps/core.xml, one `Heading1` paragraph per compiled policy with its title (word/document.xml); the .pdf is produced
    by LibreOffice with the note in its Subject, 答复类别, red head and 文号 on page 1, pages numbered `— N —`, the table header
    on one line, the note on the last page; the .txt is UTF-8 with LF, a separator line of `=` before each policy, the policy's
    heading, 文号, issuer and date on the four lines after it, the note last.
It reads all other documents, the shipped plans included (about a minute), and prints the counts per kind per split and per
document.
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
sq = evalset.squash

DOCS = {
    "lishu-jianyi-dafu": "lishu-jianyi-dafu.html",
    "lishu-zhengce-huibian": "lishu-zhengce-huibian.docx",
    "gucheng-jianyi-dafu": "gucheng-jianyi-dafu.pdf",
    "gucheng-zhengce-huibian": "gucheng-zhengce-huibian.txt",
}
DEV, TEST = "fresh27-dev.jsonl", "fresh27-test.jsonl"
SPLITS = {DEV: {"lishu-jianyi-dafu", "lishu-zhengce-huibian"}, TEST: {"gucheng-jianyi-dafu", "gucheng-zhengce-huibian"}}
DAFU = {DEV: "lishu-jianyi-dafu", TEST: "gucheng-jianyi-dafu"}
HUIBIAN = {DEV: "lishu-zhengce-huibian", TEST: "gucheng-zhengce-huibian"}
LS = "吉林省四平市梨树县"
GC = "河北省衡水市故城县"
COUNTY = {DEV: LS, TEST: GC}
CITY = {DEV: "吉林省四平市", TEST: "河北省衡水市"}
PROVINCE = {DEV: "吉林省", TEST: "河北省"}
# the earlier provincial-level document covering each split's region
PROVINCIAL_DOC = {DEV: "fresh3/jilin-shishi-fangan.pdf", TEST: "fresh2/hebei-chanjiao-qiye-mingdan.pdf"}
DOC_REGION_OF = {"lishu-jianyi-dafu": LS, "lishu-zhengce-huibian": LS, "gucheng-jianyi-dafu": GC, "gucheng-zhengce-huibian": GC}
ID_PREFIX = {"lishu-jianyi-dafu": "lsd-", "lishu-zhengce-huibian": "lsh-", "gucheng-jianyi-dafu": "gcd-",
             "gucheng-zhengce-huibian": "gch-"}
# per split, the 答复函: title, 文号, 签发人, issuer, date, 答复类别, 代表, 建议 title, 建议 number, 会议, 会办 units, contact,
# area code, 公开属性 line, the county policy it cites (title, 文号)
DF = {DEV: ("梨树县教育局关于县十九届人大五次会议第37号建议的答复", "梨教建复〔2026〕12号", "沈立群", "梨树县教育局", "2026-05-26",
            "A类", "苗秀芝", "关于加快推进职业院校与本地企业合作的建议", "第37号", "县十九届人大五次会议",
            "县人力资源和社会保障局、县工业和信息化局会办", "邢俊峰", "0434", "公开属性：主动公开",
            ("梨树县校企合作奖励办法", "梨政办发〔2026〕9号")),
      TEST: ("故城县人力资源和社会保障局关于县十八届人大四次会议第52号建议的答复", "故人社建复〔2026〕5号", "孟庆林",
             "故城县人力资源和社会保障局", "2026-06-12", "B类", "蔺春生", "关于加强本地技能人才培养推动校企深度合作的建议", "第52号",
             "县十八届人大四次会议", "县教育局、县财政局会办", "訾晓宁", "0318", "（此件公开发布）",
             ("故城县技能人才培养奖补办法", "故人社字〔2026〕21号"))}
CC = "抄送：县人大常委会人事代表工作委员会，县政府督查室。"
TABLE_HEAD = ["序号", "工作措施", "目标任务", "完成时限", "责任单位"]
# per split, the 汇编: title, compiler, month, 收录 cut-off, policies (title, 文号, issuers, date, level)
HB = {DEV: ("梨树县产教融合政策汇编", "梨树县产教融合工作领导小组办公室", "2026-06", "2026-05-31", [
    ("四平市企业接收职业院校学生实习补贴办法", "四人社联〔2025〕27号", ["四平市人力资源和社会保障局", "四平市财政局"], "2025-11-20", "city"),
    ("四平市技能人才引进培育若干措施", "四政办发〔2026〕6号", ["四平市人民政府办公室"], "2026-02-12", "city"),
    ("梨树县校企合作奖励办法", "梨政办发〔2026〕9号", ["梨树县人民政府办公室"], "2026-04-15", "county"),
    ("梨树县产教融合工作领导小组工作规则", "梨产教组〔2026〕1号", ["梨树县产教融合工作领导小组"], "2026-05-18", "county")]),
      TEST: ("故城县产教融合政策汇编", "故城县产教融合工作领导小组办公室", "2026-07", "2026-06-30", [
    ("衡水市高技能人才引进奖励办法", "衡人社字〔2025〕86号", ["衡水市人力资源和社会保障局", "衡水市财政局"], "2025-10-09", "city"),
    ("衡水市职业院校毕业生留衡就业补贴实施细则", "衡政办字〔2026〕3号", ["衡水市人民政府办公室"], "2026-01-22", "city"),
    ("故城县企业吸纳实习学生补贴办法", "故政办字〔2026〕14号", ["故城县人民政府办公室"], "2026-03-30", "county"),
    ("故城县技能人才培养奖补办法", "故人社字〔2026〕21号", ["故城县人力资源和社会保障局", "故城县财政局"], "2026-06-08", "county")])}
REGION_CODES = {
    "吉林省": "220000", "吉林省四平市": "220300", LS: "220322", "吉林省四平市伊通满族自治县": "220323",
    "吉林省四平市双辽市": "220382", "吉林省四平市铁东区": "220303", "吉林省白城市洮南市": "220881",
    "河北省": "130000", "河北省衡水市": "131100", GC: "131126", "河北省衡水市枣强县": "131121", "河北省衡水市武邑县": "131122",
    "河北省衡水市阜城县": "131128", "河北省衡水市深州市": "131182", "河北省张家口市张北县": "130722",
    "浙江省衢州市江山市": "330881", "广东省肇庆市四会市": "441284", "湖北省孝感市汉川市": "420984",
    "浙江省丽水市缙云县": "331122", "广东省茂名市信宜市": "440983", "湖北省咸宁市赤壁市": "421281",
}
# 镇 / 乡 of the two counties used by the lines (names as in the 统计用区划代码)
TOWNS = {
    LS: "梨树镇 郭家店镇 榆树台镇 孤家子镇 小城子镇 喇嘛甸镇 蔡家镇 刘家馆子镇 十家堡镇 孟家岭镇 万发镇 东河镇 沈洋镇 林海镇 小宽镇 "
        "叶赫满族镇".split(),
    GC: "郑口镇 夏庄镇 青罕镇 故城镇 武官寨镇 饶阳店镇 军屯镇 建国镇 西半屯镇 房庄乡 三朗乡 辛庄乡 里老乡".split(),
}
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海", "青海", "海南", "云南", "宁夏", "陕西", "甘肃",
                      "黑龙江", "辽宁", "内蒙古", "河南", "重庆", "北京", "新疆", "贵州", "广西", "湖南", "四川", "江西"]
FICTION = "虚构测试文档，非真实政策"
# fresh25's list (with 原件: this round has no 申请材料)
KEEP_OUT = ("课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 聘期 离职 户籍 中介 网址 年度报告 学历 评委 公章 结转 原件").split()
# places and give-away words of the earlier lines in 吉林 / 河北 (see README, twenty-eighth set): 吉林 — the places the 吉林
# 实施方案 names and the topics its 56 province-level lines ask about (联合体, 共同体, 联席会议, 洽谈会, 授信 / 信贷, 东北亚, 产业导师,
# 学徒, 实训基地, 实习报酬, 专项资金, 产教融合型企业); 河北 — the places the 河北 名单 names except 衡水 (this round's city) and
# the topics of its 40 province-level lines (产教融合型企业, 名单, 年度报告, 复核, 取消 / 退出)
KEEP_OUT_EARLIER_BY = {
    "吉林": ("长春 吉林市 通化 延边 白山 长白山 联合体 共同体 联席会议 洽谈会 授信 信贷 东北亚 导师 学徒 实训基地 报酬 岗位实习 "
             "专项资金 产教融合型企业").split(),
    "河北": ("石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 定州 辛集 雄安 任丘 产教融合型企业 名单 复核 取消 退出").split(),
}
DOC_PROVINCE = {"lishu-jianyi-dafu": "吉林", "lishu-zhengce-huibian": "吉林", "gucheng-jianyi-dafu": "河北",
                "gucheng-zhengce-huibian": "河北"}
UPPER_FIGURE = r"(省级|全省|吉林省|河北省|省财政)[^，。；]{0,16}?(\d+(\.\d+)?(亿元|万元|元|%)|\d+月\d+日)"
SPLIT_AT = r"省|市|自治区|自治州|自治县|地区|新区|林区|区|县|镇|街道|乡"
KINDS = ("amount person time count yesno list docfact general region-scoped fragment outofscope unstated "
         "region-clash").split()


def parts(region):
    return [p for p in re.split(SPLIT_AT, region) if len(p) >= 2]


def region_ok(region):
    if region in REGION_CODES:
        return True
    return any(region.startswith(d) and region[len(d):] in TOWNS[d] for d in TOWNS)


def earlier_doc_regions():
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split("# Twenty-eighth fresh set")[0]
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
                texts[f"{d}/{f}"] = sq(evalset.visible_text(os.path.join(p, f)))
            elif f.endswith(".md"):
                texts[f"{d}/{f}"] = sq(open(os.path.join(p, f), encoding="utf-8").read())
    if os.path.isdir(KNOWLEDGE):
        for f in sorted(os.listdir(KNOWLEDGE)):
            if f.endswith(".md"):
                texts[f"knowledge/{f}"] = sq(open(os.path.join(KNOWLEDGE, f), encoding="utf-8").read())
    return texts


def later_absent():
    """Words that fresh17/check_fresh17.py … fresh26/check_fresh26.py require to be in no document of any round (they read
    every folder of eval/, this one included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors."""
    words = {}
    for n in range(17, 27):
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


def phones(t):
    return re.findall(r"0\d{3}-\d{7}", t)


# ---------------------------------------------------------------- 政策汇编
def sections(split, t):
    """The parts of the 汇编's squashed text: [0] cover / 编印说明 / 目录, [1..N] each compiled policy (from its heading — the
    title directly followed by its 文号, which the 目录 writes in brackets — to the next heading or the closing note)."""
    pols = HB[split][4]
    starts = []
    for title, no, *_ in pols:
        m = re.search(r"(?:[一二三四五六]、)?" + re.escape(title + no), t)
        starts.append(m.start() if m else -1)
    end = t.rfind("说明：")
    if -1 in starts or starts != sorted(starts) or end < starts[-1]:
        return None
    bounds = starts + [end]
    return [t[:starts[0]]] + [t[bounds[i]:bounds[i + 1]] for i in range(len(pols))]


def huibian_structure(split, t, errors):
    doc = HUIBIAN[split]
    name = DOCS[doc]
    title, compiler, month, cutoff, pols = HB[split]
    secs = sections(split, t)
    if secs is None:
        errors.append(f"{name}: the compiled policies' headings (title + 文号) not found in order")
        return None
    front = secs[0]
    y, m = map(int, month.split("-"))
    if not front.startswith(title) or compiler + "编" not in front or f"{y}年{m}月" not in front or "编印说明" not in front \
            or "目录" not in front:
        errors.append(f"{name}: cover (title, compiler `… 编`, month), 编印说明 or 目录 missing")
    n = re.search(r"(\d+)件", front)
    if not n or int(n.group(1)) != len(pols):
        errors.append(f"{name}: 编印说明 does not give the number of files ({len(pols)})")
    toc = front[front.find("目录"):]
    pos = [toc.find(f"{'一二三四五六'[i]}、{p[0]}（{p[1]}）") for i, p in enumerate(pols)]
    if -1 in pos or pos != sorted(pos):
        errors.append(f"{name}: 目录 does not list `N、title（文号）` of every policy in order")
    dates = [day(p[3]) for p in pols]
    newest = max(dates)
    if len(set(dates)) != len(dates) or cn(day(cutoff)) not in front or day(cutoff) < newest \
            or (y, m) < (newest.year, newest.month):
        errors.append(f"{name}: dates not distinct, or the 收录 cut-off / cover month before the newest policy")
    issuers = {i for p in pols for i in p[2]}
    if len(issuers) < 3 or [p[4] for p in pols].count("city") != 2 or [p[4] for p in pols].count("county") != 2:
        errors.append(f"{name}: fewer than three issuers, or not two city and two county policies")
    city_titles = [p[0] for p in pols if p[4] == "city"]
    for i, (pt, no, iss, d, level) in enumerate(pols, 1):
        s = secs[i]
        if not all(x in s for x in [pt, no, cn(day(d))] + iss):
            errors.append(f"{name}: part {i} lacks its title, 文号, date or issuer")
        if level == "county" and not any(f"《{c}》" in s for c in city_titles) and i == 3:
            errors.append(f"{name}: the first county policy does not cite a city policy of the 汇编")
        if not re.search(r"第一条|一、", s):
            errors.append(f"{name}: part {i} has no articles / items")
    return secs


# ---------------------------------------------------------------- 答复函
def dafu_structure(split, t, hb_text, errors):
    doc = DAFU[split]
    name = DOCS[doc]
    (title, no, signer, issuer, d, cat, rep, jy, num, meeting, huiban, contact, area, gk, (ptitle, pno)) = DF[split]
    d = day(d)
    for w in (title, no, "签发人：" + signer, "答复类别：" + cat, rep + "代表：", f"《{jy}》（{num}）", meeting, "收悉", "现答复如下",
              "主办", huiban, "一、", "二、", "联系人：" + contact, issuer + cn(d), CC, gk, f"《{ptitle}》（{pno}）"):
        if sq(w) not in t:
            errors.append(f"{name}: {w} missing")
    if sq(ptitle + pno) not in hb_text:
        errors.append(f"{name}: the cited policy {ptitle} / {pno} is not in the split's 汇编")
    pd = [p for p in HB[split][4] if p[0] == ptitle]
    if not pd or not day(pd[0][3]) < d:
        errors.append(f"{name}: the cited policy is not older than the reply")
    if len(re.findall(r"\d+(家|个|名)", t)) < 2 or len(re.findall(r"\d+(\.\d+)?万元", t)) < 2 \
            or len(re.findall(r"20\d\d年\d+月(底前|下旬)", t)) < 2:
        errors.append(f"{name}: fewer than two counts, two 万元 amounts or two completion dates")
    ps = phones(t)
    if len(ps) != 1 or not ps[0].startswith(area):
        errors.append(f"{name}: not exactly one contact phone of {area} ({ps})")
    return ps


# ---------------------------------------------------------------- formats
def format_checks(raw, texts):
    errors = []
    # html 答复函
    name = DOCS["lishu-jianyi-dafu"]
    page = open(os.path.join(HERE, name), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append(f"{name}: no fictional note in an HTML comment")
    for w in ("当前位置", "政务公开", "建议提案办理", "索 引 号", "发布机构", "发布时间", "浏览次数", "打印本页", "网站标识码", "ICP备",
              '<meta charset="utf-8">', '<div class="nav">', '<div class="crumb">', '<div class="xxgk">', '<div class="foot">'):
        if w not in page:
            errors.append(f"{name}: {w} missing")
    art = re.search(r'<div class="article">(.*?)</div>', page, re.S)
    if page.count("<table") != 1 or not art or '<table class="cs">' not in art.group(1):
        errors.append(f"{name}: not exactly one table (the measures table inside the article)")
    else:
        rows = re.findall(r"<tr>(.*?)</tr>", art.group(1), re.S)
        head = re.findall(r"<th>(.*?)</th>", rows[0])
        if head != TABLE_HEAD or len(rows) < 5:
            errors.append(f"{name}: measures table header {head} or fewer than 4 rows")
    # docx 汇编
    name = DOCS["lishu-zhengce-huibian"]
    z = zipfile.ZipFile(os.path.join(HERE, name))
    app, core, body = (z.read(p).decode("utf-8") for p in ("docProps/app.xml", "docProps/core.xml", "word/document.xml"))
    heads = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", body, re.S):
        if '<w:pStyle w:val="Heading1"/>' in p:
            heads.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))
    if "LibreOffice" not in app or FICTION not in core or heads != [p[0] for p in HB[DEV][4]]:
        errors.append(f"{name}: not written by LibreOffice, no note in docProps/core.xml, or the Heading 1 paragraphs {heads} "
                      "are not the compiled policies' titles")
    # pdf 答复函
    name = DOCS["gucheng-jianyi-dafu"]
    path = os.path.join(HERE, name)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    if "LibreOffice" not in info or not re.search(r"Subject:\s+" + FICTION, info):
        errors.append(f"{name}: not produced by LibreOffice, or the note not in its Subject")
    pages = pdf_pages(path)
    sp = [sq(p) for p in pages]
    if not sp[0].startswith("答复类别：B类故城县人力资源和社会保障局") or "故人社建复〔2026〕5号" not in sp[0][:60]:
        errors.append(f"{name}: no 答复类别, red head or 文号 at the top of page 1")
    if not all(f"—{n}—" in sp[n - 1] for n in range(1, len(sp) + 1)) or FICTION not in sp[-1]:
        errors.append(f"{name}: pages not numbered — 1 — … — {len(sp)} —, or the note not on the last page")
    if not any(re.fullmatch(r"\s*" + r"\s+".join(TABLE_HEAD) + r"\s*", l) for p in pages for l in p.splitlines()):
        errors.append(f"{name}: the measures table header is not one line")
    # txt 汇编
    name = DOCS["gucheng-zhengce-huibian"]
    b = open(os.path.join(HERE, name), "rb").read()
    b.decode("utf-8")
    lines = raw["gucheng-zhengce-huibian"].splitlines()
    seps = [i for i, l in enumerate(lines) if re.fullmatch(r"={20,}", l)]
    ok = len(seps) == len(HB[TEST][4]) + 1
    for k, (pt, no, iss, d, _) in enumerate(HB[TEST][4]):
        if not ok:
            break
        i = seps[k]
        ok = (lines[i + 1] == f"{'一二三四'[k]}、{pt}" and lines[i + 2] == no and lines[i + 3] == "　".join(iss)
              and lines[i + 4] == cn(day(d)))
    if b"\r" in b or not ok or not raw["gucheng-zhengce-huibian"].rstrip().endswith(FICTION + "。"):
        errors.append(f"{name}: not UTF-8 with LF, the policies not each after a `=` line with heading / 文号 / issuer / date "
                      "lines, or the note not last")
    return errors


def extra_checks(raw, texts):
    from make_questions import (UNSTATED_ABSENT, DOC_REGION, ONLY, HIER, REGION_FREE, SECTION, CITY_SCOPED,  # noqa: E402
                                pool_split)
    errors = []
    if DOC_REGION != DOC_REGION_OF:
        errors.append("make_questions.DOC_REGION differs from DOC_REGION_OF")
    earlier_docs_regions = earlier_doc_regions()
    if len(earlier_docs_regions) < 30:
        errors.append(f"README.md: only {len(earlier_docs_regions)} earlier document regions found")
    earlier_values = earlier_region_values()
    earlier = earlier_documents()
    print(f"earlier documents read: {len(earlier)}")
    for split in SPLITS:
        if PROVINCIAL_DOC[split] not in earlier or PROVINCE[split] not in earlier_docs_regions:
            errors.append(f"{split}: the earlier provincial document {PROVINCIAL_DOC[split]} not found")
    secs, levels = {}, {}
    for split in SPLITS:
        hb = HUIBIAN[split]
        secs[hb] = huibian_structure(split, texts[hb], errors) or [""] * 5
        levels[hb] = ["front"] + [p[4] for p in HB[split][4]]
        dafu_structure(split, texts[DAFU[split]], texts[hb], errors)
    ids = set()
    by_split = {}
    counts = {}
    for split, allowed in SPLITS.items():
        hb = HUIBIAN[split]
        city_parts = "".join(s for s, lv in zip(secs[hb], levels[hb]) if lv == "city")
        pols = HB[split][4]
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            qid = d["id"]
            ids.add(qid)
            by_split.setdefault(split, []).append(qid)
            region, kind = d["region"], d["kind"]
            counts[(d.get("doc", f"{split} none"), kind)] = counts.get((d.get("doc", f"{split} none"), kind), 0) + 1
            said = d["q"] + "".join(d.get("context", []))
            where = f"{split} {qid}"
            if not (qid.startswith("x-f27-") or (d.get("doc") and qid.startswith(ID_PREFIX[d["doc"]]))):
                errors.append(f"{where}: id does not start with its document's prefix or x-f27-")
            if region and not region_ok(region):
                errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name nor a 乡 / 镇 of the regions")
            if d.get("doc"):
                doc = d["doc"]
                musts = [sq(m) for m in d["must"]]
                if qid in REGION_FREE:
                    anchor = REGION_FREE[qid]
                    if (region or anchor not in d["q"] or anchor not in texts[doc]
                            or any(anchor in texts[x] for x in DOCS if x != doc)
                            or any(anchor in t for t in earlier.values())):
                        errors.append(f"{where}: region-free line needs no region and an anchor word of its document only")
                elif qid in CITY_SCOPED:
                    if (kind != "region-scoped" or doc != hb or not region.startswith(CITY[split]) or region.startswith(COUNTY[split])
                            or any(levels[hb][k] != "city" for k in SECTION.get(qid, [0]))
                            or not any(p[:2] in said for p in parts(region)[2:])):
                        errors.append(f"{where}: CITY_SCOPED line must be region-scoped on the 汇编, name a county of the city "
                                      "other than the region, and be answered from city policies only")
                else:
                    for x in [doc] + d.get("docs", []):
                        if not region.startswith(DOC_REGION[x]):
                            errors.append(f"{where}: region {region!r} is not inside {x}'s region")
                    below = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
                    if below != (kind == "region-scoped"):
                        errors.append(f"{where}: region-scoped if and only if the region lies strictly below the region")
                    if "docs" in d:
                        for x in d["docs"]:
                            if not any(m in texts[x] for m in musts):
                                errors.append(f"{where}: no must string of the line is in {x}")
                        if not all(any(m not in texts[x] for m in musts) for x in d["docs"]):
                            errors.append(f"{where}: a docs line one document alone answers")
                    if not any(p[:2] in said for p in parts(region)):
                        errors.append(f"{where}: the question does not name its region")
                if doc == hb:
                    ks = SECTION.get(qid)
                    if not ks:
                        errors.append(f"{where}: a line on the 汇编 without SECTION")
                    else:
                        other = "".join(texts[x] for x in d.get("docs", []) if x != doc)
                        for m in musts:
                            if not any(m in secs[hb][k] for k in ks) and m not in other:
                                errors.append(f"{where}: must {m!r} is in none of the parts {ks}")
                        for k in ks:
                            if not any(m in secs[hb][k] for m in musts):
                                errors.append(f"{where}: part {k} holds none of the must strings")
                    for word, pick in (("最新", max), ("最早", min)):
                        if word in d["q"]:
                            want = pick(pols, key=lambda p: p[3])[0]
                            if sq(want) not in musts:
                                errors.append(f"{where}: a {word} line must name {want}")
                elif qid in SECTION:
                    errors.append(f"{where}: SECTION on a line that is not on the 汇编")
                others = [texts[x] for x in allowed if x != doc]
                if qid in ONLY and not any(all(m not in t for t in others) for m in musts):
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
                    if any(sq(w) in texts[x] for x in covering):
                        errors.append(f"{where}: {w!r} occurs in a document covering {region}")
                if qid in HIER:
                    cover_texts = [earlier[PROVINCIAL_DOC[split]]] + ([city_parts] if region.startswith(CITY[split]) else [])
                    if (covering or region in (CITY[split], PROVINCE[split])
                            or not all(any(sq(w) in texts[x] for x in allowed) for w in words)
                            or any(sq(w) in t for w in words for t in cover_texts)
                            or any(region.startswith(r) for r in earlier_docs_regions if r != PROVINCE[split])):
                        errors.append(f"{where}: hierarchy trap must name a county outside the region, covered by no document "
                                      "but the provincial one, whose words are in the region's documents and not in the city "
                                      "policies of the 汇编 (same city) nor in the provincial document")
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
                if bad or any(p in t for p in names for t in list(texts.values()) + list(earlier.values())) \
                        or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{where}: clash region lies in a covered or used region, is named in a document, "
                                  "or is not named by the question")
    for i in list(UNSTATED_ABSENT) + list(ONLY) + list(HIER) + list(REGION_FREE) + list(SECTION) + list(CITY_SCOPED):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    dev_pool, test_pool = pool_split()
    for split, pool in ((DEV, dev_pool), (TEST, test_pool)):
        want = {r[0] for r in pool}
        have = {i for i in by_split[split] if re.match(r"x-f27-(fragment|outofscope|clash)-", i)}
        if want != have:
            errors.append(f"{split}: fragment / outofscope / region-clash lines are not the seeded half ({sorted(have ^ want)})")
    later = later_absent()
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 1200 <= n <= 2000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 1,200–2,000")
        for w in KEEP_OUT + KEEP_OUT_EARLIER_BY[DOC_PROVINCE[doc]]:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        m = re.search(UPPER_FIGURE, texts[doc])
        if m:
            errors.append(f"{f}: a provincial figure or date ({m.group(0)!r})")
        for w, qids in later.items():
            if sq(w) in texts[doc]:
                errors.append(f"{f}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
        print(f"{f}: {n} characters")
    errors += format_checks(raw, texts)
    for split in SPLITS:
        ks = [json.loads(l)["kind"] for l in open(os.path.join(EVAL, split), encoding="utf-8")]
        print(f"{split}: " + ", ".join(f"{k} {ks.count(k)}" for k in KINDS) + f"; all {len(ks)}")
    cols = list(DOCS)[:2] + [f"{DEV} none"] + list(DOCS)[2:] + [f"{TEST} none"]
    print("per document:", " / ".join(cols))
    for k in KINDS:
        print(f"  {k}: " + " ".join(str(counts.get((c, k), 0)) for c in cols))
    print("  all: " + " ".join(str(sum(v for (c, _), v in counts.items() if c == col)) for col in cols))
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(evalset.visible_text(os.path.join(HERE, DOCS[sys.argv[2]])))
        sys.exit(0)
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: sq(t) for d, t in raw.items()}
    rc = evalset.main(HERE, DOCS, SPLITS)
    rc = max(rc, extra_checks(raw, texts))
    sys.exit(rc)
