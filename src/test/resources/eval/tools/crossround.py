"""Checks every round's check_freshN.py makes against the other rounds of eval/, in one place.

    import crossround
    crossround.install()                                   # evalset.visible_text also reads earlier rounds' .md documents
    crossround.earlier_doc_regions("# Thirty-sixth fresh set")
    crossround.earlier_lines({"fresh35-dev.jsonl", "fresh35-test.jsonl"})
    crossround.earlier_documents("fresh35")
    crossround.later_absent(range(17, 35), own_src)
    crossround.inside_earlier_clash(range(17, 35), {"fresh35-dev.jsonl", "fresh35-test.jsonl"})
    crossround.pdf_pages(path)

Used from fresh34/ on; the checkers of earlier rounds keep their own copies (they ran and passed as they are).
"""
import importlib
import json
import os
import random
import re
import subprocess
import sys

import evalset

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_visible = evalset.visible_text


def visible_text(path):
    """evalset.visible_text, plus .md read as it is (earlier rounds' .md documents)."""
    if path.endswith(".md"):
        return open(path, encoding="utf-8").read()
    return _visible(path)


def install():
    """Make evalset.visible_text the one above, for evalset's own schema checks too."""
    evalset.visible_text = visible_text


def earlier_doc_regions(own_heading):
    """The region column of every document table of eval/README.md before the round headed {own_heading}."""
    text = open(os.path.join(EVAL, "README.md"), encoding="utf-8").read()
    text = text.split(own_heading)[0]
    out = set()
    for l in text.splitlines():
        cells = [c.strip() for c in l.split("|")]
        if l.startswith("| `") and len(cells) > 5 and cells[4] and cells[4] != "region":
            out.add(re.split(r"[ (（]", cells[4])[0])
    return out


def earlier_lines(own_files):
    """Every question line of eval/*.jsonl but the files {own_files}."""
    out = []
    for f in sorted(os.listdir(EVAL)):
        if f.endswith(".jsonl") and f not in own_files:
            out += [json.loads(l) for l in open(os.path.join(EVAL, f), encoding="utf-8") if l.strip()]
    return out


def earlier_documents(own_folder):
    """The visible text (whitespace removed) of every document of the folders of eval/ but tools/ and {own_folder}."""
    texts = {}
    for d in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, d)
        if not os.path.isdir(p) or d in ("tools", own_folder):
            continue
        for f in sorted(os.listdir(p)):
            if f.endswith((".pdf", ".docx", ".doc", ".html", ".txt", ".md")):
                texts[f"{d}/{f}"] = evalset.squash(visible_text(os.path.join(p, f)))
    return texts


def inside_earlier_clash(rounds, own_files):
    """Errors for each region value of {own_files} lying inside a region-clash line's region of fresh{rounds}
    (the checks of fresh17 … fresh27 reject a clash region that another jsonl's region value starts with)."""
    clash = set()
    for n in rounds:
        for sp in ("dev", "test"):
            for l in open(os.path.join(EVAL, f"fresh{n}-{sp}.jsonl"), encoding="utf-8"):
                d = json.loads(l)
                if d.get("kind") == "region-clash":
                    clash.add(d["region"])
    errors = []
    for f in sorted(own_files):
        for l in open(os.path.join(EVAL, f), encoding="utf-8"):
            r = json.loads(l)["region"]
            if r and any(r.startswith(c) for c in clash):
                errors.append(f"{f}: region {r} lies in an earlier line's clash region")
    return errors


def later_absent(rounds, own_src):
    """Words that the checkers of fresh{rounds} require to be in no document of any round (they read every folder of
    eval/, the caller's included): their non-HIER UNSTATED_ABSENT words and their REGION_FREE anchors. {own_src}, the
    caller's src/ folder with its own make_questions, is taken off sys.path meanwhile."""
    words = {}
    mods = ("make_questions", "questions_dev", "questions_test")
    sys.path.remove(own_src)
    for m in mods:
        sys.modules.pop(m, None)
    for n in rounds:
        src = os.path.join(EVAL, f"fresh{n}", "src")
        sys.path.insert(0, src)
        for m in mods:
            sys.modules.pop(m, None)
        mq = importlib.import_module("make_questions")
        for qid, ws in mq.UNSTATED_ABSENT.items():
            if qid not in set(getattr(mq, "HIER", [])):
                for w in ws:
                    words.setdefault(w, []).append(qid)
        for qid, w in getattr(mq, "REGION_FREE", {}).items():
            words.setdefault(w, []).append(qid)
        sys.path.remove(src)
        for m in mods:
            sys.modules.pop(m, None)
    sys.path.insert(0, own_src)
    return words


def earlier_words_in(name, text, later, clash_names):
    """Errors for {name}'s squashed {text} holding a word that an earlier round's check requires in no document
    ({later}, from later_absent) or naming an earlier line's clash region ({clash_names})."""
    errors = []
    for w, qids in later.items():
        if evalset.squash(w) in text:
            errors.append(f"{name}: {w!r} must stay out (an earlier round's check requires it in no document: {qids[:2]})")
    for p in sorted(clash_names):
        if p in text:
            errors.append(f"{name}: {p!r} names an earlier line's clash region")
    return errors


def document_errors(docs, raw, texts, splits, lengths, not_named, later, clash_names, fiction):
    """Errors for each of a round's {docs} (id -> file name): its fictional note {fiction} not in its last lines, its
    length (whitespace removed) outside {lengths}(doc) = (lo, hi), a word an earlier round keeps out of every document
    ({later}, {clash_names}), or a name its split must not use ({not_named}[split]). Prints each document's length."""
    errors = []
    for doc, fn in docs.items():
        split = next(sp for sp, ds in splits.items() if doc in ds)
        tail = [t for t in raw[doc].splitlines() if t.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", t)
                and not t.strip().startswith("<!--")][-4:]
        if not any(fiction in t for t in tail):
            errors.append(f"{fn}: the fictional note is not in its last lines")
        n = len(texts[doc])
        lo, hi = lengths(doc)
        if not lo <= n <= hi:
            errors.append(f"{fn}: {n} characters (whitespace removed), not within {lo:,}–{hi:,}")
        errors += earlier_words_in(fn, texts[doc], later, clash_names)
        for w in not_named[split]:
            if w in texts[doc]:
                errors.append(f"{fn}: names {w} (the province / prefecture or the other split's city)")
        print(f"{fn}: {n} characters")
    return errors


def print_document_counts(cols, kinds, counts):
    """The questions per kind of each column of {cols} (a document, or a split's lines naming none), from {counts}."""
    print("per document:", " / ".join(cols))
    for k in kinds:
        print(f"  {k}: " + " ".join(str(counts.get((c, k), 0)) for c in cols))
    print("  all: " + " ".join(str(sum(v for (c, _), v in counts.items() if c == col)) for col in cols))


def print_split_counts(splits, kinds):
    """One line a split: its questions per kind, and how many are follow-ups, two-part and several-document ones."""
    for split in splits:
        ls = [json.loads(l) for l in open(os.path.join(EVAL, split), encoding="utf-8")]
        ks = [d["kind"] for d in ls]
        fu = sum(1 for d in ls if "context" in d)
        two = sum(1 for d in ls if d.get("two"))
        dd = sum(1 for d in ls if "docs" in d)
        print(f"{split}: " + ", ".join(f"{k} {ks.count(k)}" for k in kinds) + f"; all {len(ks)} (follow-ups {fu}, two {two}, "
              f"docs {dd})")


def pdf_pages(path):
    """A PDF's text page by page, as pdftotext -layout gives it."""
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


def shape_errors(d, split, round_prefix, id_prefix, region_codes):
    """The checks of a line's shape every round makes: its id starts with its document's prefix (from {@code id_prefix})
    or the round's (x-f42-), -rs- ids are exactly the region-scoped lines, its region is a known name, what the user
    types has no punctuation, and a two-part line has a must string for each part."""
    errors = []
    qid, region, kind = d["id"], d["region"], d["kind"]
    said = d["q"] + "".join(d.get("context", []))
    where = f"{split} {qid}"
    if not (qid.startswith(round_prefix) or (d.get("doc") and qid.startswith(id_prefix[d["doc"]]))):
        errors.append(f"{where}: id does not start with its document's prefix or {round_prefix}")
    if ("-rs-" in qid) != (kind == "region-scoped"):
        errors.append(f"{where}: -rs- ids are the region-scoped lines")
    if region and region not in region_codes:
        errors.append(f"{where}: region {region!r} is not a known GB/T 2260 name")
    if re.search(r"[，。？！、,.?!；;：:“”\"（）()]", said):
        errors.append(f"{where}: punctuation in a user's message")
    if "two" in d and (d["two"] is not True or len(d.get("must", [])) < 2):
        errors.append(f"{where}: two must be true and the line needs a must string for each part")
    return errors


def fragment_pool_errors(pools, pool, seed, by_split, round_prefix):
    """The fragment lines are split between the splits by the round's seed: {@code pools} maps each split to the pool rows
    it got (dev first), {@code pool} is every pool row, {@code by_split} each split's line ids."""
    errors = []
    pool_ids = [r[0] for r in pool]
    random.Random(seed).shuffle(pool_ids)
    first = next(iter(pools.values()))
    if {r[0] for r in first} != set(pool_ids[:len(pool_ids) // 2]):
        errors.append("pool_split is not the seeded half")
    for split, rows in pools.items():
        want = {r[0] for r in rows}
        have = {i for i in by_split[split] if re.match(re.escape(round_prefix) + "fragment-", i)}
        if want != have:
            errors.append(f"{split}: fragment lines are not the seeded half ({sorted(have ^ want)})")
    return errors


def line_errors(d, split, allowed, c):
    """The per-line checks every round's checker makes of its question lines: a line's region (inside its documents',
    region-scoped exactly when strictly below, named by the question), its docs and ONLY strings, an unstated line's
    give-away words, a clash region's place. {@code c} holds the round's tables and the earlier rounds' material
    (texts, DOCS, REGION, PROVINCE, DOC_REGION, REGION_FREE, ONLY, UNSTATED_ABSENT, earlier, earlier_regions, old,
    old_values, mine, named, parts, sq, overlaps: a set the clash overlaps are added to)."""
    errors = []
    texts, DOCS, REGION, PROVINCE, DOC_REGION = c.texts, c.DOCS, c.REGION, c.PROVINCE, c.DOC_REGION
    REGION_FREE, ONLY, UNSTATED_ABSENT = c.REGION_FREE, c.ONLY, c.UNSTATED_ABSENT
    earlier, earlier_regions, old, old_values, mine = c.earlier, c.earlier_regions, c.old, c.old_values, c.mine
    named, parts, sq, overlaps = c.named, c.parts, c.sq, c.overlaps
    qid, region, kind = d["id"], d["region"], d["kind"]
    said = d["q"] + "".join(d.get("context", []))
    where = f"{split} {qid}"
    if d.get("doc"):
        doc = d["doc"]
        musts = [sq(x) for x in d["must"]]
        if qid in REGION_FREE:
            anchor = REGION_FREE[qid]
            if (region or anchor not in d["q"] or anchor not in texts[doc]
                    or any(anchor in texts[x] for x in DOCS if x != doc)
                    or any(anchor in t for t in earlier.values())
                    or any(named(p, said) for p in parts(REGION[split])[1:])):
                errors.append(f"{where}: region-free line needs no region, names no city, and an anchor word of its "
                              "document only")
        else:
            for x in [doc] + d.get("docs", []):
                if not region.startswith(DOC_REGION[x]):
                    errors.append(f"{where}: region {region!r} is not inside {x}'s region")
            strictly = region != DOC_REGION[doc] and region.startswith(DOC_REGION[doc])
            if strictly != (kind == "region-scoped"):
                errors.append(f"{where}: region-scoped if and only if the region lies strictly below the document's")
            if not any(named(p, said) for p in parts(region)[1:]):
                errors.append(f"{where}: the question does not name its region")
            if strictly and not named(parts(region)[-1], said):
                errors.append(f"{where}: a region-scoped line must name its 镇 / 乡 / 街道")
            if strictly and any(parts(region)[-1] in texts[x] for x in DOCS):
                errors.append(f"{where}: a region-scoped place must be named in no document of this round")
        if "docs" in d:
            if sorted(d["docs"]) != sorted(allowed):
                errors.append(f"{where}: docs must be the split's two documents")
            for x in d["docs"]:
                if not any(mm in texts[x] for mm in musts):
                    errors.append(f"{where}: no must string of the line is in {x}")
            if not all(any(mm not in texts[x] for mm in musts) for x in d["docs"]):
                errors.append(f"{where}: a docs line one document alone answers")
        others = [texts[x] for x in allowed if x != doc]
        if qid in ONLY and not any(all(mm not in t for t in others) for mm in musts):
            errors.append(f"{where}: ONLY line, every must string is also in the other document")
    if kind == "unstated":
        if region != REGION[split] or not any(named(p, said) for p in parts(region)[1:]):
            errors.append(f"{where}: the split's region not its region / not named")
        if qid not in UNSTATED_ABSENT:
            errors.append(f"{where}: an unstated line needs give-away words")
        for w in UNSTATED_ABSENT.get(qid, []):
            if w not in said:
                errors.append(f"{where}: give-away word {w!r} not in the question")
            hits = [x for x in DOCS if sq(w) in texts[x]] + [p for p, t in earlier.items() if sq(w) in t]
            if hits:
                errors.append(f"{where}: {w!r} occurs in {hits[:3]}")
    if kind == "region-clash":
        names_ = [p for p in parts(region)[1:] if p not in parts(REGION[split])]
        around = [v for v in old_values if v and v != PROVINCE[split] and region.startswith(v)]
        abstain_only = all(o.get("kind") in ("unstated", "outofscope") for o in old if o.get("region") in around)
        bad = (not region.startswith(PROVINCE[split]) or region == PROVINCE[split]
               or any(region.startswith(r) for r in REGION.values())
               or any(region.startswith(r) for r in earlier_regions if r != PROVINCE[split])
               or any(v.startswith(region) for v in old_values) or not abstain_only)
        overlaps |= {(region, v) for v in around}
        if bad or not names_ or any(names_[-1] in t for t in mine + list(earlier.values())) \
                or any(p in t for p in names_ for t in mine) or not named(names_[-1], said):
            errors.append(f"{where}: clash region must be a place of the same province covered by no document, its "
                          "last part named in no document and no part in this round's, named by the question, no "
                          "earlier line's region inside it and only abstaining earlier lines around it")
    if kind == "outofscope" and region and not region.startswith(REGION[split]):
        errors.append(f"{where}: an outofscope line of this split names a place outside it")
    return errors
