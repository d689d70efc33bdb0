#!/usr/bin/env python3
"""Write fresh47/shenqiu-dashi-mingming.docx (虚构测试文档，非真实政策): the dev 命名通知 with the money allocated.

    cd fresh47/src && python3 make_shenqiu_docx.py      (needs soffice; run no other soffice at the same time)

Part (b) of the dev pair: 沈丘县人力资源和社会保障局　沈丘县财政局关于命名2026年度沈丘县技能大师工作室并拨付首期建设资助资金的
通知 (沈人社〔2026〕27号, 2026年7月20日), citing the 办法 (make_shenqiu_txt.py) by title and 文号 and its 条 by number (`《办法》第十条`,
`第六条第（四）项`).

**Layout: a `.docx` written by LibreOffice** (this file → `src/shenqiu-dashi-mingming.src.txt` → `../../tools/make_fodt.py`
(unchanged) → the note put into the meta (dc:subject / dc:description → docProps/core.xml) → `soffice --convert-to
docx:"MS Word 2007 XML"`): 红头 of both issuers with `文件`, the 文号 over a red rule, the title, 主送, the lead, sections 一、… 六、 as
literal text, **one table of the workshops named whose cells hold several paragraphs** — the 领办人 cell: name / 职业（工种） and
等级 / title (when there is one); the 年度建设任务 cell: apprentices / training 人次 / the 攻关 project — `<br>` in the source, a
`<text:p>` each in the ODT, a `<w:p>` each in the .docx —, with its header row repeated and **a 合计 row whose first cells span
columns**; bullets as literal text, the 落款, `（此件公开发布）` and the note in small print.

Every count (applicants, past the 初审, 合格, named, 后备, not passed; hosts by type; 职业（工种）), the cap rule, every amount (the
first instalment each and in total, the rest, the matching funds, the reward), the worked 带徒津贴 examples and the cap, and every
date (初审 within 10 working days, the 公示 of 7 days, the 建设期 of 2 years from the month after, the 验收 within 3 months, the first
考核 in February, the allowance claim by 1月31日) is computed here from make_shenqiu_txt's figures and recomputed by
../check_fresh47.py.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
EVAL = os.path.dirname(OUT_DIR)
sys.path.insert(0, HERE)
import make_shenqiu_txt as m  # noqa: E402

NAME = "shenqiu-dashi-mingming"
D = datetime.date
DOC_NO = "沈人社〔2026〕27号"
DATE_D = D(2026, 7, 20)
DATE = m.cn_date(DATE_D)
TITLE_SHORT = "关于命名2026年度沈丘县技能大师工作室并拨付首期建设资助资金的通知"
TITLE = "　".join(m.ISSUERS) + TITLE_SHORT
TYPES = ["企业", "职业院校"]
# every applicant: (领办人, 职业（工种）, 等级, 称号 or "", 依托单位, host type, score or None (初审 not passed),
#                   (带徒, 培训人次, 攻关项目) planned a year)
APPLICANTS = [
    ("郜志刚", "焊工", "高级技师", "市级技术能手", "沈丘县鼎丰重工机械有限公司", "企业", 89.5, (4, 120, "厚板焊接变形控制")),
    ("蒋秀兰", "中式面点师", "技师", "县级技术能手", "沈丘县槐源职业技术学校", "职业院校", 86.0, (5, 200, "传统面点标准化制作")),
    ("邢国栋", "电工", "高级技师", "", "沈丘县汇能电力安装有限公司", "企业", 82.5, (3, 100, "农村低压线路故障快速排查")),
    ("穆红梅", "汽车维修工", "技师", "县级技术能手", "沈丘县安驰汽车服务有限公司", "企业", 80.0, (3, 100, "混合动力车型故障诊断")),
    ("乔振东", "钳工", "技师", "", "沈丘县鼎丰重工机械有限公司", "企业", 78.5, (3, 100, "")),
    ("韩素芳", "中式烹调师", "技师", "县级技术能手", "沈丘县槐源职业技术学校", "职业院校", 76.0, (3, 100, "")),
    ("尹德胜", "农机修理工", "技师", "", "沈丘县沃丰农机专业合作社", "企业", 72.0, (3, 100, "")),
    ("柴文博", "互联网营销师", "技师", "", "沈丘县云裳电子商务有限公司", "企业", 68.5, (3, 100, "")),
    ("彭玉洁", "美容师", "技师", "", "沈丘县悦颜美容美发有限公司", "企业", None, (3, 100, "")),
]
FAILED_HOST_REGISTERED = D(2024, 9, 1)   # 彭玉洁's host: registered 2024年9月, not 2 years by the 申报 deadline
CHECK_DONE = D(2026, 5, 22)              # 资格初审 done
REVIEW_DAY = D(2026, 6, 16)              # 专家评审
EXPERTS = 7                              # the panel
PUBLICITY_START = D(2026, 7, 6)
PAY_BY = D(2026, 8, 14)                  # 首期资助 paid to the hosts by
FIRST_ASSESS = (2027, 2)                 # the first 年度考核: 2027年2月
# worked 带徒津贴 examples: (领办人, year, {等级: apprentices promoted})
EXAMPLES = [("郜志刚", 2027, {"高级工": 3, "技师": 1}), ("邢国栋", 2027, {"高级工": 5, "技师": 2})]
GRADE_RANK = ["技师", "高级技师"]
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：沈丘县为真实地名，文号、工作室、领办人、依托单位、评审得分、资助金额、日期、人员和电话"
             "均为虚构，仅用于问答系统评测。")


def add_workdays(d, n):
    step = 1 if n > 0 else -1
    n = abs(n)
    while n:
        d += datetime.timedelta(step)
        if d.weekday() < 5:
            n -= 1
    return d


def publicity_end():
    return PUBLICITY_START + datetime.timedelta(m.PUBLICITY - 1)


def term():
    """the 建设期: from the 1st of the month after the 命名 for TERM_YEARS years"""
    start = D(DATE_D.year + DATE_D.month // 12, DATE_D.month % 12 + 1, 1)
    end = D(start.year + m.TERM_YEARS, start.month, start.day) - datetime.timedelta(1)
    return start, end


def final_by():
    """the 期满验收 within CHECK_MONTHS months after the 建设期"""
    _, end = term()
    nxt = end + datetime.timedelta(1)
    mo = nxt.month - 1 + m.CHECK_MONTHS
    return D(nxt.year + mo // 12, mo % 12 + 1, 1) - datetime.timedelta(1)


def checked():
    return [a for a in APPLICANTS if a[6] is not None]


def qualified():
    """past the 初审 with a score of the pass mark or more, by score (the higher 等级 first on a tie)"""
    return sorted((a for a in checked() if a[6] >= m.PASS), key=lambda a: (-a[6], -GRADE_RANK.index(a[2])))


def named():
    return qualified()[:m.YEAR_CAP]


def reserve():
    return qualified()[m.YEAR_CAP:]


def failed():
    return [a for a in checked() if a[6] < m.PASS]


def studio(a):
    return f"{m.COUNTY}{a[0]}技能大师工作室"


def first():
    return m.GRANT * m.FIRST_SHARE // 100


def rest():
    return m.GRANT - first()


def allowance(promoted):
    raw = sum(m.ALLOWANCE[k] * v for k, v in promoted.items())
    return raw, min(raw, m.ALLOWANCE_CAP)


def totals():
    ns = named()
    return dict(
        applied=len(APPLICANTS), checked=len(checked()), qualified=len(qualified()), named=len(ns), reserve=len(reserve()),
        failed=len(failed()), per_type={t: sum(1 for a in ns if a[5] == t) for t in TYPES},
        trades=[a[1] for a in ns], apprentices=sum(a[7][0] for a in ns), trainees=sum(a[7][1] for a in ns),
        projects=sum(1 for a in ns if a[7][2]), first_total=first() * len(ns), rest_total=rest() * len(ns),
        match=m.GRANT * m.MATCH // 100)


def leader_cell(a):
    return "<br>".join([a[0], f"{a[1]}　{a[2]}"] + ([a[3]] if a[3] else []))


def task_cell(a):
    return f"带徒{a[7][0]}名<br>培训{a[7][1]}人次<br>攻关：{a[7][2]}"


HEAD = ["序号", "工作室名称", "领办人", "依托单位", "评审得分", "年度建设任务", "首期资助（元）"]
WIDTHS = [0.9, 3.0, 2.4, 2.8, 1.3, 3.8, 1.6]


def table_rows():
    """the table's body rows as in the source (cells with <br>), the 合计 row last"""
    t = totals()
    rows = [[str(k), studio(a), leader_cell(a), a[4], f"{a[6]:.1f}", task_cell(a), str(first())]
            for k, a in enumerate(named(), 1)]
    rows.append(["合计", "<", f"{t['named']}个", "<", "<",
                 f"带徒{t['apprentices']}名，培训{t['trainees']}人次，攻关项目{t['projects']}项", str(t["first_total"])])
    return rows


def ex_sentence(leader, year, promoted):
    raw, paid = allowance(promoted)
    parts = "、".join(f"{v}名徒弟取得{k}" for k, v in promoted.items())
    calc = "＋".join(f"{v}×{m.ALLOWANCE[k]}" for k, v in promoted.items())
    if raw <= m.ALLOWANCE_CAP:
        return f"{leader}工作室{year}年有{parts}，带徒津贴为{calc}＝{raw}元。"
    return (f"{leader}工作室{year}年有{parts}，按标准计算为{calc}＝{raw}元，超过每年{m.w(m.ALLOWANCE_CAP)}的上限，"
            f"按{m.ALLOWANCE_CAP}元拨付。")


def source():
    t = totals()
    c = m.cite
    ts, te = term()
    ns, rs, fs = named(), reserve(), failed()
    nocheck = next(a for a in APPLICANTS if a[6] is None)
    L = [f"@red {m.ISSUERS[0]}", f"@red {m.ISSUERS[1]}", "@red 文件", "@blank", f"@c {DOC_NO}", "@redhr",
         f"@title {'　'.join(m.ISSUERS)}<br>{TITLE_SHORT}"]
    L = L[:-1] + [f"@title {TITLE}"]
    L += ["@n 各乡镇人民政府、街道办事处，县直有关单位，各依托单位：",
          f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》），县人社局于{m.cn_date(m.APPLY_START)}至{m.cn_date(m.APPLY_END, False)}"
          f"组织开展了2026年度技能大师工作室申报工作。全县共有{t['applied']}个工作室申报，{t['checked']}个通过资格初审，经专家评审和"
          f"{m.cn_date(PUBLICITY_START)}至{m.cn_date(publicity_end(), False)}公示，决定命名{studio(ns[0])}等{t['named']}个工作室为"
          "2026年度沈丘县技能大师工作室，并拨付首期建设资助资金。现将有关事项通知如下。",
          "@n **一、评审情况**",
          f"{m.cn_date(CHECK_DONE, False)}，县人社局完成资格初审。{m.cn_date(REVIEW_DAY, False)}，县人社局组织{EXPERTS}名专家按照《办法》"
          f"附件评审指标进行评审，去掉一个最高分和一个最低分后取平均分作为评审得分，{t['qualified']}个工作室评审得分在{m.PASS}分以上，"
          "评审合格。",
          f"按《办法》{c('review')}，每年命名不超过{m.YEAR_CAP}个，按评审得分从高到低确定前{m.YEAR_CAP}名为命名工作室。"
          f"{'、'.join(a[0] for a in rs)}领办的{len(rs)}个工作室评审合格但未进入当年命名数量，列入后备名单，下一年度可以直接参加评审"
          f"（《办法》{c('publicity')}）。",
          f"未通过的情况：{nocheck[0]}领办的工作室，依托单位{nocheck[4]}于{FAILED_HOST_REGISTERED.year}年"
          f"{FAILED_HOST_REGISTERED.month}月登记注册，至申报截止时不满{m.REG_YEARS}年，未通过资格初审（《办法》{c('host_1')}）；"
          f"{'、'.join(a[0] for a in fs)}领办的{len(fs)}个工作室评审得分分别为{'、'.join(f'{a[6]:.1f}分' for a in fs)}，"
          f"低于{m.PASS}分（《办法》{c('review')}）。",
          "@n **二、命名工作室名单**",
          "@table " + " ".join(str(x) for x in WIDTHS),
          "| " + " | ".join(HEAD) + " |"]
    L += ["| " + " | ".join(r) + " |" for r in table_rows()]
    L += ["@endtable",
          f"命名的{t['named']}个工作室中，" + "、".join(f"依托{k}的{v}个" for k, v in t["per_type"].items()) +
          f"，涉及{'、'.join(t['trades'])}{len(t['trades'])}个职业（工种）。建设期自{m.cn_date(ts)}至{m.cn_date(te)}"
          f"（《办法》{c('term')}）。",
          "@n **三、建设资助资金**",
          f"按《办法》{c('grant')}，每个工作室建设资助{m.w(m.GRANT)}，命名后拨付{m.FIRST_SHARE}%，即每个{first()}元，"
          f"{t['named']}个工作室合计{t['first_total']}元，由县财政局于{m.cn_date(PAY_BY)}前拨付至依托单位；其余{100 - m.FIRST_SHARE}%"
          f"即每个{rest()}元、合计{t['rest_total']}元，在建设期满验收合格后拨付。期满验收为优秀的，另给予{m.EXCELLENT_REWARD}元奖励。",
          f"依托单位应当按照不低于资助资金{m.MATCH}%的比例配套投入，即每个工作室不少于{t['match']}元（《办法》{c('host_4')}）。"
          f"资助资金不得用于人员工资、奖金、招待费和罚款（《办法》{c('use')}）。",
          "@n **四、带徒津贴标准和测算**",
          f"按《办法》{c('allowance')}，领办人所带徒弟取得高一等级证书的，{m.AL}，每个工作室每年不超过{m.w(m.ALLOWANCE_CAP)}。",
          "举例：" + ex_sentence(*EXAMPLES[0]),
          "再如：" + ex_sentence(*EXAMPLES[1]),
          f"{ts.year}年度（{m.cn_date(ts, False)}至12月31日）的带徒津贴，应当于{ts.year + 1}年{m.CLAIM_BY[0]}月{m.CLAIM_BY[1]}日前"
          f"向县人社局申报（《办法》{c('claim')}）。",
          "@n **五、建设任务和考核安排**",
          f"（一）各工作室按名单所列年度建设任务组织实施，每年带徒不少于{m.TASKS['apprentices']}名、培训不少于{m.TASKS['trainees']}"
          f"人次、攻关项目不少于{m.TASKS['projects']}项（《办法》{c('tasks')}）。",
          f"（二）县人社局将于{FIRST_ASSESS[0]}年{FIRST_ASSESS[1]}月开展首次年度考核（《办法》{c('assess')}）；连续2年年度考核不合格的，"
          f"撤销命名（《办法》{c('revoke_2')}）。",
          f"（三）建设期满后，县人社局于{m.cn_date(final_by())}前完成期满验收（《办法》{c('final')}）。建设期满时，每个工作室所带徒弟"
          f"中取得高一等级证书的累计不少于{m.PROMOTED_END}名（《办法》{c('promoted')}）。",
          f"（四）领办人调离本县或者不能履职的，依托单位应当在{m.CHANGE_DAYS}日内提出调整意见（《办法》{c('change')}）。",
          "@n **六、联系方式**",
          f"{m.CONTACTS[0][0]}：{m.CONTACTS[0][1]}，{m.CONTACTS[0][2]}；{m.CONTACTS[1][0]}（资金拨付）：{m.CONTACTS[1][1]}，"
          f"{m.CONTACTS[1][2]}。",
          "@blank",
          f"@r {m.ISSUERS[0]}　{m.ISSUERS[1]}", f"@r {DATE}", "@blank", "（此件公开发布）", "@blank",
          f"@small {NOTE_TEXT}", f"@small {m.NOTE}。"]
    return L


def fodt(src_name, title, note_text, out_dir=OUT_DIR, basename=NAME):
    """src lines → src/<basename>.src.txt → make_fodt → the note into the meta; returns the .fodt path (in a temp dir)"""
    src = os.path.join(HERE, basename + ".src.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"% {m.NOTE} — written by {src_name}; do not edit by hand\n" + "\n".join(src_lines_cache[basename]) + "\n")
    tmp = tempfile.mkdtemp()
    shutil.copy(src, tmp)
    subprocess.run([sys.executable, os.path.join(EVAL, "tools", "make_fodt.py"), os.path.join(tmp, basename + ".src.txt")],
                   check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(tmp, basename + ".fodt")
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"<dc:title>.*?</dc:title>", f"<dc:title>{title}</dc:title><dc:subject>{m.NOTE}</dc:subject>"
               f"<dc:description>{note_text}</dc:description>", t, count=1)
    open(path, "w", encoding="utf-8").write(t)
    return path


src_lines_cache = {}


def convert(path, fmt, out_dir=OUT_DIR):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", out_dir, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    src_lines_cache[NAME] = source()
    path = fodt("make_shenqiu_docx.py", TITLE, NOTE_TEXT)
    convert(path, 'docx:MS Word 2007 XML')
    shutil.rmtree(os.path.dirname(path))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"), {k: v for k, v in totals().items()})


if __name__ == "__main__":
    main()
