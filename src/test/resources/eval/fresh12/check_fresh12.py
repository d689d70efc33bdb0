#!/usr/bin/env python3
"""Check fresh12-dev.jsonl / fresh12-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh12/check_fresh12.py            (from the repository root, or anywhere)
    python3 check_fresh12.py --dump DOC                                 (print a document's visible text)

What is checked: see ../tools/evalset.py (schema, ids unique against every other *.jsonl in eval/, every `must`
string in the visible text of its document, whitespace removed). The four documents are ordinary formats read exactly
as evalset.py reads them (the <body> text of the .html, `pdftotext -layout` for the .pdf, the UTF-8 .txt,
`soffice … txt:Text` for the .docx).

This round is about a city's 政策解读 (问答) page beside the measures it explains, and enterprises' eligibility questions
(德阳市, dev: 解读 .html + 若干措施 .pdf; 莆田市, test: 解读 .txt + 实施办法 .docx), so it also checks:
  - every answerable line's region lies in the region of its `doc` (and of every document in `docs`);
    `region-scoped` lines name a place strictly below their document's region; every answerable line has a region
    and its question (or context) names a part of it;
  - `two: true` lines (two questions in one message) have at least two `must` strings;
  - which document answers (src/make_questions.py): lines in BOTH have every `must` string in both documents of their
    city; lines in ONLY have every `must` string in their `doc` and at least one of them in neither other document of
    the city (the answer is only in the 解读, or only in the measures);
  - `unstated` lines: none of the give-away words (UNSTATED_ABSENT) occurs in either document of the city (no earlier
    document covers 德阳 or 莆田: 四川 and 福建 have only other cities' documents and no provincial-level one);
  - `region-clash` regions lie outside both cities and outside every province with a provincial-level document;
  - the documents: each carries the fictional note (虚构测试文档，非真实政策) in its last lines, the .html also in an HTML
    comment, the .docx also in its core properties; the 解读 have 15–25 问/答 pairs; the .docx has Heading 1 chapters and
    one table; the .pdf has page numbers — 1 — … — 5 —; lengths 2,000–6,000 characters; the KEEP_OUT topics of the
    earlier rounds occur in none of them.
"""
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True  # importing src/make_questions.py leaves no __pycache__ in src/

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, "tools"))
sys.path.insert(0, os.path.join(HERE, "src"))
import evalset  # noqa: E402

DOCS = {
    "deyang-zhengce-jiedu": "deyang-zhengce-jiedu.html",
    "deyang-ruogan-cuoshi": "deyang-ruogan-cuoshi.pdf",
    "putian-zhengce-jiedu": "putian-zhengce-jiedu.txt",
    "putian-shishi-banfa": "putian-shishi-banfa.docx",
}
JIEDU = {"deyang-zhengce-jiedu", "putian-zhengce-jiedu"}
SPLITS = {"fresh12-dev.jsonl": {"deyang-zhengce-jiedu", "deyang-ruogan-cuoshi"},
          "fresh12-test.jsonl": {"putian-zhengce-jiedu", "putian-shishi-banfa"}}
# provincial-level regions with a provincial-level document (earlier rounds): no clash region inside them
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海"]
FICTION = "虚构测试文档，非真实政策"
# topics kept out of all four documents, as in the earlier rounds (their `unstated` keywords among them)
KEEP_OUT = ("产教融合型企业 学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 优秀 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 结转 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章").split()


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(r"省|市|自治区|自治州|地区|新区|区|县|镇|街道|乡", region) if len(p) >= 2]


def extra_checks():
    from make_questions import UNSTATED_ABSENT, DOC_REGION, BOTH, ONLY  # noqa: E402
    errors = []
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: evalset.squash(t) for d, t in raw.items()}
    ids = set()
    for split, allowed in SPLITS.items():
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            ids.add(d["id"])
            region, kind = d["region"], d["kind"]
            if d.get("doc"):
                for doc in [d["doc"]] + d.get("docs", []):
                    if not region.startswith(DOC_REGION[doc]):
                        errors.append(f"{split} {d['id']}: region {region!r} is not inside {doc}'s region")
                if kind == "region-scoped" and region == DOC_REGION[d["doc"]]:
                    errors.append(f"{split} {d['id']}: region-scoped line names its document's own region")
                said = d["q"] + "".join(d.get("context", []))
                if not region or not any(p[:2] in said for p in parts(region)):
                    errors.append(f"{split} {d['id']}: no region, or the question does not name it")
                others = [texts[x] for x in allowed if x != d["doc"]]
                if d["id"] in BOTH:
                    for m in d["must"]:
                        if not all(evalset.squash(m) in texts[x] for x in allowed):
                            errors.append(f"{split} {d['id']}: BOTH line, {m!r} not in both documents")
                if d["id"] in ONLY:
                    if not any(all(evalset.squash(m) not in t for t in others) for m in d["must"]):
                        errors.append(f"{split} {d['id']}: ONLY line, every must string is also in the other document")
                    if d["id"] in BOTH:
                        errors.append(f"{split} {d['id']}: in both BOTH and ONLY")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{split} {d['id']}: two must be true and the line needs a must string for each part")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(d["id"])
                covering = [texts[doc] for doc, r in DOC_REGION.items() if region.startswith(r)]
                if not words or len(covering) != 2:
                    errors.append(f"{split} {d['id']}: no give-away words listed or region not covered by 2 documents")
                    continue
                for w in words:
                    if any(evalset.squash(w) in t for t in covering):
                        errors.append(f"{split} {d['id']}: {w!r} occurs in a covering document")
            if kind == "region-clash" and (any(region.startswith(r) for r in DOC_REGION.values())
                                           or any(region.startswith(p) for p in PROVINCIAL_REGIONS)):
                errors.append(f"{split} {d['id']}: clash region lies in a region with a covering document")
    for i in list(UNSTATED_ABSENT) + list(BOTH) + list(ONLY):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip()][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        n = len(texts[doc])
        if not 2000 <= n <= 6000:
            errors.append(f"{f}: {n} characters (whitespace removed), not within 2000–6000")
        for w in KEEP_OUT:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
        if doc in JIEDU:
            q, a = len(re.findall(r"问：", raw[doc])), len(re.findall(r"答：", raw[doc]))
            if q != a or not 15 <= q <= 25:
                errors.append(f"{f}: {q} 问 / {a} 答, expected 15–25 pairs")
    page = open(os.path.join(HERE, DOCS["deyang-zhengce-jiedu"]), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append("deyang-zhengce-jiedu.html: no fictional note in an HTML comment")
    z = zipfile.ZipFile(os.path.join(HERE, DOCS["putian-shishi-banfa"]))
    document = z.read("word/document.xml").decode("utf-8")
    if FICTION not in z.read("docProps/core.xml").decode("utf-8"):
        errors.append("putian-shishi-banfa.docx: no fictional note in the core properties")
    if document.count('<w:pStyle w:val="Heading1"/>') != 6:
        errors.append("putian-shishi-banfa.docx: not six chapters in style Heading 1")
    if document.count("<w:tbl>") != 1:
        errors.append("putian-shishi-banfa.docx: not exactly one table")
    if not all(f"—{n}—" in texts["deyang-ruogan-cuoshi"] for n in range(1, 6)):
        errors.append("deyang-ruogan-cuoshi.pdf: page numbers — 1 — … — 5 — not all found")
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    rc = evalset.main(HERE, DOCS, SPLITS)
    if len(sys.argv) == 1:
        rc = max(rc, extra_checks())
    sys.exit(rc)
