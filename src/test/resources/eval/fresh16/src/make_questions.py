#!/usr/bin/env python3
"""Write ../../fresh16-dev.jsonl and ../../fresh16-test.jsonl from questions_dev.py / questions_test.py.

    cd fresh16/src && python3 make_questions.py

Adapted from fresh15/src/make_questions.py. Also holds what check_fresh16.py needs: DOC_REGION (the region each
document covers: both documents of a split — the 若干措施 and their 政策解读 — cover the whole prefecture city), ONLY
(lines on a matter both documents of the split talk about: at least one `must` string is not in the other document of
the split), ECHO (lines phrased like one of the 解读's own questions), UNSTATED_ABSENT (give-away words of the
`unstated` lines, to be absent from both documents of the split) and NONE_SCOPED (`region-scoped` lines that must not be
answered: the province / autonomous region is named about something only the city's documents say).
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

DOC_REGION = {
    "tongling-ruogan-cuoshi": "安徽省铜陵市",
    "tongling-zhengce-jiedu": "安徽省铜陵市",
    "qinzhou-ruogan-cuoshi": "广西壮族自治区钦州市",
    "qinzhou-zhengce-jiedu": "广西壮族自治区钦州市",
}
ONLY = set(questions_dev.ONLY) | set(questions_test.ONLY)
ECHO = set(questions_dev.ECHO) | set(questions_test.ECHO)
UNSTATED_ABSENT = {**questions_dev.UNSTATED_ABSENT, **questions_test.UNSTATED_ABSENT}
NONE_SCOPED = {q[0] for m in (questions_dev, questions_test) for q in m.QUESTIONS if q[2] == "region-scoped" and q[3] is None}


def line(row):
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


def main():
    for name, mod in (("fresh16-dev.jsonl", questions_dev), ("fresh16-test.jsonl", questions_test)):
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for row in mod.QUESTIONS:
                f.write(json.dumps(line(row), ensure_ascii=False) + "\n")
        print("wrote", name, len(mod.QUESTIONS), "lines")


if __name__ == "__main__":
    main()
