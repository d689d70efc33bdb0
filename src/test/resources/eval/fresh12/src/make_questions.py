#!/usr/bin/env python3
"""Write ../../fresh12-dev.jsonl (德阳) and ../../fresh12-test.jsonl (莆田) from questions_dev.py / questions_test.py.

    cd fresh12/src && python3 make_questions.py

Ids: <prefix>-<kind>-NN by the line's `doc` (dyj 德阳 解读, dyc 德阳 措施, ptw 莆田 解读, ptb 莆田 办法), `-fu-` for follow-ups
(with `context`), numbered in writing order; lines that must not be answered are x-<kind>-qNN, numbered through both
splits (dev first). `fragment` and `outofscope` lines are written by each split's own file (half and half).

Also holds, for check_fresh12.py: DOC_REGION; BOTH (ids of lines whose every must string is in both documents of the
city — either document answers); ONLY (ids of lines answered only by their doc: at least one must string is in neither
other document of the city); UNSTATED_ABSENT (id -> give-away words that occur in neither document of the city).
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import questions_dev  # noqa: E402
import questions_test  # noqa: E402

DOC_IDS = {"dyj": "deyang-zhengce-jiedu", "dyc": "deyang-ruogan-cuoshi",
           "ptw": "putian-zhengce-jiedu", "ptb": "putian-shishi-banfa"}
DOC_REGION = {"deyang-zhengce-jiedu": "四川省德阳市", "deyang-ruogan-cuoshi": "四川省德阳市",
              "putian-zhengce-jiedu": "福建省莆田市", "putian-shishi-banfa": "福建省莆田市"}
EXTRA_KEYS = ("docs", "two", "items", "context")


def build():
    splits = {}
    both, only, absent = [], [], {}
    xn = 0
    for name, answerable, none in (("fresh12-dev.jsonl", questions_dev.DEV, questions_dev.NONE_DEV),
                                   ("fresh12-test.jsonl", questions_test.TEST, questions_test.NONE_TEST)):
        counters = {}
        lines = []
        for kind, key, region, q, must, extra in answerable:
            fu = "fu-" if "context" in extra else ""
            stem = f"{key}-{fu}{kind}"
            counters[stem] = counters.get(stem, 0) + 1
            d = {"id": f"{stem}-{counters[stem]:02d}", "q": q, "kind": kind, "must": list(must),
                 "doc": DOC_IDS[key], "region": region}
            for k in EXTRA_KEYS:
                if k in extra:
                    d[k] = extra[k]
            if extra.get("both"):
                both.append(d["id"])
            if extra.get("only"):
                only.append(d["id"])
            lines.append(d)
        for kind, region, q, words in none:
            xn += 1
            d = {"id": f"x-{kind}-q{xn:02d}", "q": q, "kind": kind, "region": region,
                 "expect": "clarify" if kind == "fragment" else "none"}
            if kind == "unstated":
                absent[d["id"]] = list(words)
            lines.append(d)
        splits[name] = lines
    return splits, both, only, absent


SPLITS, BOTH, ONLY, UNSTATED_ABSENT = build()


def main():
    for name, lines in SPLITS.items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for d in lines:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote", name, len(lines), "lines")
    print("BOTH", len(BOTH), "ONLY", len(ONLY), "UNSTATED", len(UNSTATED_ABSENT))


if __name__ == "__main__":
    main()
