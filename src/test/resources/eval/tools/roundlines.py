"""How every round's src/make_questions.py (from fresh35/ on) turns its rows into its two jsonl files, in one place.

    import roundlines
    dev, test = roundlines.pool_split(POOL, SEED)          # the lines tied to neither region, split once with the seed
    roundlines.write(EVAL, {DEV: rows_dev, TEST: rows_test})

A row is (id, q, kind, must or None, doc or None, region, extra keys).
"""
import json
import os
import random


def pool_split(pool, seed, kinds=("fragment",)):
    """The {pool} lines of each file: per kind, shuffled once with random.Random({seed}), first half → dev."""
    rng = random.Random(seed)
    dev, test = set(), set()
    for kind in kinds:
        ids = [r[0] for r in pool if r[2] == kind]
        rng.shuffle(ids)
        half = len(ids) // 2
        dev |= set(ids[:half])
        test |= set(ids[half:])
    return [r for r in pool if r[0] in dev], [r for r in pool if r[0] in test]


def line(row):
    """The jsonl line of {row}: must and doc when it has an answer, else expect (clarify for a fragment, none otherwise)."""
    qid, q, kind, must, doc, region, extra = row
    d = {"id": qid, "q": q, "kind": kind}
    if must is None:
        d["expect"] = "clarify" if kind == "fragment" else "none"
    else:
        d["must"] = must
        d["doc"] = doc
    d["region"] = region
    for k in ("docs", "two", "items", "context"):
        if k in extra:
            d[k] = extra[k]
    return d


def write(eval_dir, files):
    """Writes each of {files} (name → rows) into {eval_dir}, a line a row, in the rows' order."""
    for name, rs in files.items():
        with open(os.path.join(eval_dir, name), "w", encoding="utf-8") as f:
            for row in rs:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(rs), "lines")
