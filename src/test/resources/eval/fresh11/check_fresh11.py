#!/usr/bin/env python3
"""Check fresh11-dev.jsonl / fresh11-test.jsonl against the four fictional documents in this folder.

    python3 src/test/resources/eval/fresh11/check_fresh11.py            (from the repository root, or anywhere)
    python3 check_fresh11.py --dump DOC                                 (print a document's visible text)

What is checked: see ../tools/evalset.py (schema, ids unique against every other *.jsonl in eval/, every `must`
string in the visible text of its document, whitespace removed). The four documents are ordinary formats read exactly
as evalset.py reads them (`soffice … txt:Text` for the .docx, the <body> text of the .html, `pdftotext -layout` for
the .pdf, the UTF-8 .txt).

This round is about long documents in which 产教融合 is one part, a short bureau document of the same city, and chat-style
questions (潍坊市, dev; 盐城市, test), so it also checks:
  - every answerable line's region lies in the region of its `doc` (and of every document in `docs`);
    `region-scoped` lines name a place strictly below their document's region; every answerable line has a region
    and its question (or context) names a part of it;
  - `two: true` lines (two questions in one message) have at least two `must` strings;
  - `unstated` lines: none of the give-away words (src/make_questions.py UNSTATED_ABSENT) occurs in any document
    covering the line's region — both documents of this round's city, and the earlier provincial document of its
    province (山东: ../fresh/shandong-shenbao-tongzhi.pdf; 江苏: ../docs/jiangsu-shenbao-tongzhi.txt);
  - `region-clash` regions lie outside both cities and outside every province with a provincial-level document;
  - the documents: each carries the fictional note (虚构测试文档，非真实政策) in its last lines, the .html also in an HTML
    comment, the .docx also in its core properties; the .docx has Heading 1/Heading 2 paragraph styles and two tables;
    the .pdf has page numbers — 1 — … — 4 —; the long documents have 12,000–20,000 characters of visible text and the
    short ones 2,000–5,000; the KEEP_OUT topics of the earlier rounds occur in none of them.
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
from make_questions import UNSTATED_ABSENT, DOC_REGION  # noqa: E402

DOCS = {
    "weifang-jiaoyu-guihua": "weifang-jiaoyu-guihua.docx",
    "weifang-shenbao-tongzhi": "weifang-shenbao-tongzhi.txt",
    "yancheng-rencai-fangan": "yancheng-rencai-fangan.html",
    "yancheng-chanye-xueyuan-xize": "yancheng-chanye-xueyuan-xize.pdf",
}
LONG = {"weifang-jiaoyu-guihua", "yancheng-rencai-fangan"}
SPLITS = {"fresh11-dev.jsonl": {"weifang-jiaoyu-guihua", "weifang-shenbao-tongzhi"},
          "fresh11-test.jsonl": {"yancheng-rencai-fangan", "yancheng-chanye-xueyuan-xize"}}
# earlier provincial documents that also cover this round's cities
PROVINCIAL = {"山东省": os.path.join(EVAL, "fresh", "shandong-shenbao-tongzhi.pdf"),
              "江苏省": os.path.join(EVAL, "docs", "jiangsu-shenbao-tongzhi.txt")}
# provincial-level regions with a provincial-level document (earlier rounds): no clash region inside them
PROVINCIAL_REGIONS = ["江苏", "山东", "河北", "吉林", "山西", "天津", "西藏", "上海"]
FICTION = "虚构测试文档，非真实政策"
# topics kept out of all four documents, as in the earlier rounds (their `unstated` keywords among them)
KEEP_OUT = ("产教融合型企业 学徒 课时 兼职教师 用地 教育费附加 抵免 捐赠 订单班 双师型 学分 合理回报 所得税 增值税 贷款 贴息 保险 "
            "服务期 开放日 研发 精品课程 教材 竞赛 审计 检查 抽查 专家 职称 信用信息 就业率 考核 优秀 违约 退休 变更 评审费 工伤 "
            "年龄 预拨 开支范围 验收 学费 结转 聘期 离职 户籍 中介 网址 年度报告 原件").split()


def parts(region):
    """Names a question may use for its region: the parts of the region split at 省/市/区/县/…."""
    return [p for p in re.split(r"省|市|自治区|自治州|地区|新区|区|县|镇|街道|乡", region) if len(p) >= 2]


def extra_checks():
    errors = []
    raw = {d: evalset.visible_text(os.path.join(HERE, f)) for d, f in DOCS.items()}
    texts = {d: evalset.squash(t) for d, t in raw.items()}
    prov = {p: evalset.squash(evalset.visible_text(f)) for p, f in PROVINCIAL.items()}
    ids = set()
    for split in SPLITS:
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
            if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
                errors.append(f"{split} {d['id']}: two must be true and the line needs a must string for each part")
            if kind == "unstated":
                words = UNSTATED_ABSENT.get(d["id"])
                covering = [texts[doc] for doc, r in DOC_REGION.items() if region.startswith(r)]
                covering += [t for p, t in prov.items() if region.startswith(p)]
                if not words or len(covering) != 3:
                    errors.append(f"{split} {d['id']}: no give-away words listed or region not covered by 3 documents")
                    continue
                for w in words:
                    if any(evalset.squash(w) in t for t in covering):
                        errors.append(f"{split} {d['id']}: {w!r} occurs in a covering document")
            if kind == "region-clash" and (any(region.startswith(r) for r in DOC_REGION.values())
                                           or any(region.startswith(p) for p in PROVINCIAL_REGIONS)):
                errors.append(f"{split} {d['id']}: clash region lies in a region with a covering document")
    for i in UNSTATED_ABSENT:
        if i not in ids:
            errors.append(f"make_questions.py names {i}, which is in neither split")
    for doc, f in DOCS.items():
        tail = [t for t in raw[doc].splitlines() if t.strip()][-4:]
        if not any(FICTION in t for t in tail):
            errors.append(f"{f}: the fictional note is not in its last lines")
        lo, hi = (12000, 20000) if doc in LONG else (2000, 5000)
        if not lo <= len(raw[doc].strip()) <= hi:
            errors.append(f"{f}: {len(raw[doc].strip())} characters, not within {lo}–{hi}")
        for w in KEEP_OUT:
            if w in texts[doc]:
                errors.append(f"{f}: {w!r} should stay out")
    page = open(os.path.join(HERE, DOCS["yancheng-rencai-fangan"]), encoding="utf-8").read()
    if not re.search(r"<!--[^>]*" + FICTION, page):
        errors.append("yancheng-rencai-fangan.html: no fictional note in an HTML comment")
    z = zipfile.ZipFile(os.path.join(HERE, DOCS["weifang-jiaoyu-guihua"]))
    document = z.read("word/document.xml").decode("utf-8")
    if FICTION not in z.read("docProps/core.xml").decode("utf-8"):
        errors.append("weifang-jiaoyu-guihua.docx: no fictional note in the core properties")
    for style in ("Heading1", "Heading2"):
        if f'<w:pStyle w:val="{style}"/>' not in document:
            errors.append(f"weifang-jiaoyu-guihua.docx: no paragraph in style {style}")
    if document.count("<w:tbl>") != 2:
        errors.append("weifang-jiaoyu-guihua.docx: not exactly two tables")
    if not all(f"—{n}—" in texts["yancheng-chanye-xueyuan-xize"] for n in range(1, 5)):
        errors.append("yancheng-chanye-xueyuan-xize.pdf: page numbers — 1 — … — 4 — not all found")
    for e in errors:
        print("FAIL", e)
    print("extra checks:", "ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    rc = evalset.main(HERE, DOCS, SPLITS)
    if len(sys.argv) == 1:
        rc = max(rc, extra_checks())
    sys.exit(rc)
