#!/usr/bin/env python3
"""Check fresh13-dev.jsonl / fresh13-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh13/check_fresh13.py            (from the repository root, or anywhere)
    python3 check_fresh13.py --dump DOC                                 (print a document's visible text)

What is checked: see ../tools/evalset.py (schema, ids unique against every other *.jsonl in eval/, every `must`
string in the visible text of its document, whitespace removed). The four documents are read exactly as evalset.py reads
them (the UTF-8 .txt without its `— N —` lines, the <body> text of the .html, `pdftotext -layout` for the .pdf,
`soffice … txt:Text` for the .docx).

This round is about documents as the shipped seeds look — a district's annual 产教融合 plan as the text `pdftotext` gives
of its PDF (or the PDF itself) beside the prefecture city's yearly 申报通知 / 申报指南 — and questions typed on a phone by
the people who carry the plans out (宜春市 and its 袁州区, dev: 工作要点 .txt + 申报通知 .html; 韶关市 and its 曲江区,
test: 实施方案 .pdf + 申报指南 .docx), so it also checks:
  - every answerable line's region lies in the region of its `doc` (and of every document in `docs`); `region-scoped`
    lines name a place strictly below their document's region; every answerable line has a region and its question
    (or context) names a part of it;
  - `two: true` lines (two questions in one message) have at least two `must` strings; `items` lines are `list` lines;
  - lines in ONLY (src/make_questions.py) have at least one `must` string in neither other document of the city (the
    district plan and the city notice give different figures for the same kind of support);
  - `unstated` lines: none of the give-away words (UNSTATED_ABSENT) occurs in either document of the city (no earlier
    document covers 宜春 or 韶关: 江西 and 广东 have only other cities' documents and no provincial-level one);
  - `region-clash` regions lie outside both cities and outside every province with a provincial-level document;
  - `fragment` and `outofscope` lines are split half and half between the two files;
  - the documents: each carries the fictional note (虚构测试文档，非真实政策) in its last lines, the .html also in an HTML
    comment, the .docx also in its core properties; lengths 2,000–6,000 characters (whitespace removed); the KEEP_OUT
    topics of the earlier rounds occur in none of them; the .txt is a pdftotext extraction (page-number lines
    `— 1 —` … `— 8 —`, form feeds, the running header on every page after the first); the .pdf has page numbers
    `— 1 —` … `— 8 —`; both plans mark lead units with ★ and carry their two 附件 tables; the .docx has six Heading 1
    parts, one table (the contacts) and a Word numbered list of nine 申报材料.
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
    "yuanzhou-gongzuo-yaodian": "yuanzhou-gongzuo-yaodian.txt",
    "yichun-shenbao-tongzhi": "yichun-shenbao-tongzhi.html",
    "qujiang-shishi-fangan": "qujiang-shishi-fangan.pdf",
    "shaoguan-shenbao-zhinan": "shaoguan-shenbao-zhinan.docx",
}
SPLITS = {"fresh13-dev.jsonl": {"yuanzhou-gongzuo-yaodian", "yichun-shenbao-tongzhi"},
          "fresh13-test.jsonl": {"qujiang-shishi-fangan", "shaoguan-shenbao-zhinan"}}
PLANS = {"yuanzhou-gongzuo-yaodian": "袁州区2026年产教融合工作要点", "qujiang-shishi-fangan": "曲江区2026年产教融合工作实施方案"}
# provincial-level regions with a provincial-level document (earlier rounds): no clash region inside them
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海"]
FICTION = "虚构测试文档，非真实政策"
# topics kept out of all four documents, as in the earlier rounds (their `unstated` keywords among them) — fresh12's
# list without 产教融合型企业: this round's brief asks for the city's 产教融合型企业 认定 and 奖补 (see README)
KEEP_OUT = ("学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 优秀 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 结转 聘期 离职 户籍 中介 网址 年度报告 原件 学历 评委 公章").split()


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(r"省|市|自治区|自治州|自治县|地区|新区|区|县|镇|街道|乡", region) if len(p) >= 2]


def extra_checks():
    from make_questions import UNSTATED_ABSENT, DOC_REGION, ONLY  # noqa: E402
    errors = []
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: evalset.squash(t) for d, t in raw.items()}
    ids = set()
    none_kinds = {}
    for split, allowed in SPLITS.items():
        for l in open(os.path.join(EVAL, split), encoding="utf-8"):
            d = json.loads(l)
            ids.add(d["id"])
            region, kind = d["region"], d["kind"]
            if kind in ("fragment", "outofscope"):
                none_kinds.setdefault(kind, {}).setdefault(split, 0)
                none_kinds[kind][split] += 1
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
                if d["id"] in ONLY and not any(all(evalset.squash(m) not in t for t in others) for m in d["must"]):
                    errors.append(f"{split} {d['id']}: ONLY line, every must string is also in the other document")
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{split} {d['id']}: two must be true and the line needs a must string for each part")
            if "items" in d and kind != "list":
                errors.append(f"{split} {d['id']}: items on a {kind} line")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(d["id"])
                if not words or not any(region.startswith(DOC_REGION[x]) for x in allowed):
                    errors.append(f"{split} {d['id']}: no give-away words listed or region not in this split's city")
                    continue
                for w in words:
                    if any(evalset.squash(w) in texts[x] for x in allowed):
                        errors.append(f"{split} {d['id']}: {w!r} occurs in a document of the city")
            if kind == "region-clash" and (any(region.startswith(r) for r in DOC_REGION.values())
                                           or any(region.startswith(p) for p in PROVINCIAL_REGIONS)):
                errors.append(f"{split} {d['id']}: clash region lies in a region with a covering document")
    for i in list(UNSTATED_ABSENT) + list(ONLY):
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    for kind, per in none_kinds.items():
        n = [per.get(s, 0) for s in SPLITS]
        if max(n) - min(n) > 1:
            errors.append(f"{kind}: not split half and half ({n})")
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
    for doc, header in PLANS.items():
        t = texts[doc]
        if t.count("★") < 20 or "★为牵头单位" not in t or t.count("附件") < 3:
            errors.append(f"{DOCS[doc]}: lead units (★), the 责任单位 column or the two 附件 missing")
        if not all(f"—{n}—" in t for n in range(1, 9)) and doc == "qujiang-shishi-fangan":
            errors.append(f"{DOCS[doc]}: page numbers — 1 — … — 8 — not all found")
    txt = open(os.path.join(HERE, DOCS["yuanzhou-gongzuo-yaodian"]), encoding="utf-8").read()
    pages = txt.split("\f")
    numbers = [l for l in txt.splitlines() if re.fullmatch(r"— \d+ —", l.strip("\f"))]
    if len(numbers) != 8 or len([p for p in pages if p.strip()]) != 8:
        errors.append(f"yuanzhou-gongzuo-yaodian.txt: {len(numbers)} page-number lines / {len(pages)} form-feed pages, 8 expected")
    if sum(PLANS["yuanzhou-gongzuo-yaodian"] in p for p in pages[1:8]) != 7:
        errors.append("yuanzhou-gongzuo-yaodian.txt: the running header is not on pages 2–8")
    page = open(os.path.join(HERE, DOCS["yichun-shenbao-tongzhi"]), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append("yichun-shenbao-tongzhi.html: no fictional note in an HTML comment")
    z = zipfile.ZipFile(os.path.join(HERE, DOCS["shaoguan-shenbao-zhinan"]))
    document = z.read("word/document.xml").decode("utf-8")
    if FICTION not in z.read("docProps/core.xml").decode("utf-8"):
        errors.append("shaoguan-shenbao-zhinan.docx: no fictional note in the core properties")
    if document.count('<w:pStyle w:val="Heading1"/>') != 6:
        errors.append("shaoguan-shenbao-zhinan.docx: not six parts in style Heading 1")
    if document.count("<w:tbl>") != 1:
        errors.append("shaoguan-shenbao-zhinan.docx: not exactly one table")
    if document.count('<w:pStyle w:val="ListNumber"/>') != 9 or "word/numbering.xml" not in z.namelist():
        errors.append("shaoguan-shenbao-zhinan.docx: not nine numbered 申报材料 (List Number with numbering.xml)")
    if not all(f"{n}." in raw["shaoguan-shenbao-zhinan"] for n in range(1, 10)):
        errors.append("shaoguan-shenbao-zhinan.docx: LibreOffice does not print the list numbers 1.–9.")
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    rc = evalset.main(HERE, DOCS, SPLITS)
    if len(sys.argv) == 1:
        rc = max(rc, extra_checks())
    sys.exit(rc)
