#!/usr/bin/env python3
"""Write ../../fresh13-dev.jsonl (宜春) and ../../fresh13-test.jsonl (韶关) from questions_dev.py / questions_test.py.

    cd fresh13/src && python3 make_questions.py

Ids: <prefix>-<kind>-NN by the line's `doc` (yz 袁州 要点, yc 宜春 申报通知, qjf 曲江 方案, sgz 韶关 申报指南), `-fu-` for
follow-ups (with `context`), numbered in writing order; lines that must not be answered are x-<kind>-rNN, numbered through
both splits (dev first). `fragment` and `outofscope` lines are written by each split's own file (half and half).

Also holds, for check_fresh13.py: DOC_REGION; ONLY (ids of lines whose answer is in their doc and not in the other
document of the city: at least one must string occurs in neither other document); UNSTATED_ABSENT (id -> give-away words
that occur in neither document of the city).
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

DOC_IDS = {"yz": "yuanzhou-gongzuo-yaodian", "yc": "yichun-shenbao-tongzhi",
           "qjf": "qujiang-shishi-fangan", "sgz": "shaoguan-shenbao-zhinan"}
DOC_REGION = {"yuanzhou-gongzuo-yaodian": "江西省宜春市袁州区", "yichun-shenbao-tongzhi": "江西省宜春市",
              "qujiang-shishi-fangan": "广东省韶关市曲江区", "shaoguan-shenbao-zhinan": "广东省韶关市"}
EXTRA_KEYS = ("docs", "two", "items", "context")


def build():
    splits = {}
    only, absent = [], {}
    xn = 0
    for name, answerable, none in (("fresh13-dev.jsonl", questions_dev.DEV, questions_dev.NONE_DEV),
                                   ("fresh13-test.jsonl", questions_test.TEST, questions_test.NONE_TEST)):
        counters = {}
        lines = []
        for entry in answerable:
            kind, key, region, q, must = entry[:5]
            extra = entry[5] if len(entry) > 5 else {}
            fu = "fu-" if "context" in extra else ""
            stem = f"{key}-{fu}{kind}"
            counters[stem] = counters.get(stem, 0) + 1
            d = {"id": f"{stem}-{counters[stem]:02d}", "q": q, "kind": kind, "must": list(must),
                 "doc": DOC_IDS[key], "region": region}
            for k in EXTRA_KEYS:
                if k in extra:
                    d[k] = [DOC_IDS[v] for v in extra[k]] if k == "docs" else extra[k]
            if extra.get("only"):
                only.append(d["id"])
            lines.append(d)
        for kind, region, q, words in none:
            xn += 1
            d = {"id": f"x-{kind}-r{xn:02d}", "q": q, "kind": kind, "region": region,
                 "expect": "clarify" if kind == "fragment" else "none"}
            if kind == "unstated":
                absent[d["id"]] = list(words)
            lines.append(d)
        splits[name] = lines
    return splits, only, absent


SPLITS, ONLY, UNSTATED_ABSENT = build()


def main():
    for name, lines in SPLITS.items():
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for d in lines:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote", name, len(lines), "lines")
    print("ONLY", len(ONLY), "UNSTATED", len(UNSTATED_ABSENT))


if __name__ == "__main__":
    main()
