#!/usr/bin/env python3
"""Write fresh46/chengkou-yixuan-gongshi.pdf (虚构测试文档，非真实政策): the held-out 遴选结果公示, a PDF printed by LibreOffice.

    cd fresh46/src && python3 make_chengkou_pdf.py

Part (b) of the held-out pair (the same shape as the dev pair, other words and numbers), citing the 细则
(make_chengkou_docx.py) by title and 文号 and its 条 by number (`《细则》第十二条`). It writes chengkou-yixuan-gongshi.src.txt (markup
of ../../tools/make_fodt.py, unchanged) and prints it with make_chengkou_docx.fodt() / convert(): **portrait A4 pages with `—N—`
footers**, the title, the 文号-less 公示 text in 一、… sections, **the list of the organisations as one table of a row per
organisation and 职业（工种） — the organisation repeated in each of its rows — that runs over a page break, its header row repeated
on the next page**, a 合计 line under it, the rest of the text, the 落款 and the note on the last page; the note also in the
Subject.

Every count, amount and date is computed here from make_chengkou_docx's figures and recomputed by ../check_fresh46.py.
"""
import datetime
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_chengkou_docx as m  # noqa: E402

NAME = "chengkou-yixuan-gongshi"
ISSUER = m.ISSUERS[0]
D = datetime.date
DATE_D = D(2026, 6, 12)
DATE = m.cn_date(DATE_D)
TITLE = "城口县2026年第一批职业技能等级评价机构遴选结果公示"
FIRM, SCHOOL, SOCIAL = m.FIRM, m.SCHOOL, m.SOCIAL
SHORT_CAT = {FIRM: "企业", SCHOOL: "职业院校", SOCIAL: "社会组织"}
QB, RH = "城口县秦巴技工学校", "城口县任河职业技能培训学校"
AY, YL = "城口县安颐康养服务有限公司", "城口县云岭茶业有限公司"
XD, DS = "城口县鑫达电力安装有限公司", "城口县电子商务协会"
AT, HR = "城口县安泰保安服务有限公司", "城口县华瑞汽车服务有限公司"
L5, L4, L3 = m.LEVELS
# every applicant: (name, category, score or None (现场核查 not passed), [(职业（工种）, top level, 评价员)], 内部督导员)
APPLICANTS = [
    (QB, SCHOOL, 90.5, [("电工", L3, 6), ("汽车维修工", L4, 5), ("中式烹调师", L4, 4), ("育婴员", L4, 4)], 2),
    (RH, SOCIAL, 86.0, [("电工", L4, 4), ("中式面点师", L4, 4), ("家政服务员", L4, 5)], 1),
    (AY, FIRM, 83.5, [("养老护理员", L3, 6), ("育婴员", L4, 4)], 1),
    (YL, FIRM, 80.0, [("茶艺师", L3, 5), ("评茶员", L4, 4)], 1),
    (XD, FIRM, 78.0, [("电工", L3, 5), ("焊工", L4, 4)], 1),
    (DS, SOCIAL, 76.5, [("电子商务师", L4, 4), ("互联网营销师", L4, 4)], 1),
    (AT, FIRM, 71.5, [("保安员", L4, 4)], 1),
    (HR, FIRM, None, [("汽车维修工", L4, 4)], 1),
]
HR_STATIONS = 12                     # 华瑞: 实操工位仅12个
CALL_START = m.CALL_START
VERIFY_START = D(2026, 5, 11)
REVIEW_DAY = D(2026, 6, 5)
PANEL = 9
LIST_START = D(2026, 7, 1)
FIRST = (QB, "电工", L4, D(2026, 7, 18))     # the first 评价 of the 名录: its plan deadline
EXAMPLES = [(AY, "养老护理员", L4, 30, 6), (YL, "茶艺师", L5, 20, 0)]   # (机构, 职业, 等级, 人数, 其中脱贫劳动力)
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：城口县为真实地名，评价机构、评审得分、职业（工种）、补助金额、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")
WIDTHS = [1.1, 5.4, 1.9, 2.8, 2.4, 1.4, 1.9]
HEAD = ["序号", "评价机构", "类别", "职业（工种）", "评价等级", "评价员", "评审得分"]


def add_workdays(d, n):
    step = 1 if n > 0 else -1
    n = abs(n)
    while n:
        d += datetime.timedelta(step)
        if d.weekday() < 5:
            n -= 1
    return d


def call_end():
    return CALL_START + datetime.timedelta(m.CALL_DAYS - 1)


def verify_end():
    return add_workdays(call_end(), m.CHECK_DAYS)


def publicity_end():
    return DATE_D + datetime.timedelta(m.PUBLICITY - 1)


def list_end():
    return D(LIST_START.year + m.LIST_YEARS, LIST_START.month, LIST_START.day) - datetime.timedelta(1)


def qualified():
    return [a for a in APPLICANTS if a[2] is not None and a[2] >= m.PASS]


def selected():
    """(name, category, score, jobs kept, 督导员) by score; a 职业（工种） to at most PER_JOB organisations"""
    taken, out, dropped = {}, [], []
    for a in sorted(qualified(), key=lambda x: -x[2]):
        keep = []
        for j in a[3]:
            if taken.get(j[0], 0) < m.PER_JOB:
                taken[j[0]] = taken.get(j[0], 0) + 1
                keep.append(j)
            else:
                dropped.append((a[0], j[0]))
        out.append((a[0], a[1], a[2], keep, a[4]))
    return out, dropped


def score(name):
    return next(a[2] for a in APPLICANTS if a[0] == name)


def cut_job():
    _, dropped = selected()
    job = dropped[0][1]
    return job, [a[0] for a in sorted(qualified(), key=lambda x: -x[2]) if job in [j[0] for j in a[3]]]


def level_range(top):
    return f"五级至{top.split('/')[0]}"


def table_rows():
    rows, k = [], 0
    for o in selected()[0]:
        for job, top, raters in o[3]:
            k += 1
            rows.append([str(k), o[0], SHORT_CAT[o[1]], job, level_range(top), str(raters), f"{o[2]:.1f}"])
    return rows


def station(o):
    return 0 if o[1] == SCHOOL else m.STATION_AID


def rate(level, poor=False):
    return m.AID[level] * (m.AID_SHARE if poor else 100) // 100


def totals():
    sel, dropped = selected()
    jobs = list(dict.fromkeys(j[0] for o in sel for j in o[3]))
    return dict(applied=len(APPLICANTS), verified=sum(1 for a in APPLICANTS if a[2] is not None), qualified=len(qualified()),
                selected=len(sel), per_cat={c: sum(1 for o in sel if o[1] == c) for c in m.CATEGORIES}, jobs=len(jobs),
                rows=sum(len(o[3]) for o in sel), raters=sum(j[2] for o in sel for j in o[3]), inner=sum(o[4] for o in sel),
                station_n=sum(1 for o in sel if station(o)), station=sum(station(o) for o in sel), dropped=dropped)


def short(name):
    return name[len(m.COUNTY):]


def source():
    t = totals()
    c = m.cite
    o = [f"% {m.NOTE} — fresh46 held-out 公示 (written by make_chengkou_pdf.py with ../../tools/make_fodt.py)"]
    o += [f"@title {TITLE}"]
    o += [f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《细则》），县人力社保局于{m.cn_date(CALL_START)}至{m.cn_date(call_end(), False)}开展"
          f"2026年第一批职业技能等级评价机构征集，共有{t['applied']}家单位申报。{m.cn_date(VERIFY_START, False)}至"
          f"{m.cn_date(verify_end(), False)}完成现场核查，{t['verified']}家单位通过现场核查。{m.cn_date(REVIEW_DAY, False)}，由{PANEL}人"
          f"组成的评审小组进行评审，{t['qualified']}家单位评审得分在{m.PASS}分以上。经研究，拟将{t['selected']}家单位纳入本县职业技能等级"
          "评价机构名录，现予以公示。"]
    o += ["@n **一、征集和评审情况**"]
    o += [f"现场核查按照《细则》{c('staff')}的要求，逐一核对申报单位的评价员、内部督导员和实操工位；按照《细则》{c('range')}，企业和"
          f"社会组织每家申报的职业（工种）不超过{m.MAX_JOBS[FIRM]}个，职业院校（含技工院校）每家不超过{m.MAX_JOBS[SCHOOL]}个，本批申报单位"
          "均未超出。",
          f"评审实行百分制，取评审小组成员评分的平均分作为评审得分，{m.PASS}分以上的为合格。评审得分和现场核查结果已书面告知各申报单位。"]
    o += ["@n **二、拟纳入名录的评价机构**"]
    pc = t["per_cat"]
    o += [f"拟纳入名录的{t['selected']}家评价机构中，" + "、".join(f"{SHORT_CAT[k]}{v}家" for k, v in pc.items()) + f"，共{t['jobs']}个"
          f"评价职业（工种）、{t['rows']}项，评价员{t['raters']}名，内部督导员{t['inner']}名。按《细则》{c('review')}，同一职业（工种）入选的"
          f"评价机构不超过{m.PER_JOB}家。名单如下（评价等级均自五级起）："]
    o += ["@table pad=0.1 " + " ".join(str(x) for x in WIDTHS)]
    o += ["| " + " | ".join(r) + " |" for r in [HEAD] + table_rows()]
    o += ["@endtable"]
    o += [f"@n 合计：{t['selected']}家评价机构，{t['rows']}项评价职业（工种），评价员{t['raters']}名。"]
    o += ["@n **三、未纳入名录的情况**"]
    job, ranked = cut_job()
    o += [f"{HR}：现场核查时实操工位仅{HR_STATIONS}个，不足{m.STATIONS}个（《细则》{c('staff')}），未进入评审。",
          f"{AT}：评审得分{score(AT):.1f}分，低于{m.PASS}分（《细则》{c('review')}）。",
          f"{XD}申报的{job}：该职业（工种）评审合格的有{len(ranked)}家，{short(XD)}得分{score(XD):.1f}分排第{ranked.index(XD) + 1}名，"
          f"按《细则》{c('review')}不纳入；其申报的焊工纳入名录。"]
    o += ["@n **四、站点建设补助**"]
    sch = [x for x in selected()[0] if x[1] == SCHOOL]
    o += [f"按《细则》{c('station')}，拟纳入名录的企业和社会组织{t['station_n']}家每家{m.STATION_AID}元，合计{t['station']}元，纳入名录后"
          f"一次性拨付；{short(sch[0][0])}属于职业院校（含技工院校），不享受站点建设补助。"]
    o += ["@n **五、技能评价补贴**"]
    o += [f"按《细则》{c('aid')}，技能评价补贴标准为" + "、".join(f"{k}每人{v}元" for k, v in m.AID.items()) + "；脱贫劳动力、残疾人"
          f"按标准的{m.AID_SHARE}%补贴，即" + "、".join(f"{k}每人{rate(k, True)}元" for k in m.AID) + "。"]
    a, b = EXAMPLES
    o += [f"例如，{short(a[0])}{a[1]}{a[2].split('/')[0]}评价{a[3]}人，其中脱贫劳动力{a[4]}人，全部取得证书的，技能评价补贴为"
          f"{a[3] - a[4]}×{rate(a[2])}＋{a[4]}×{rate(a[2], True)}＝{(a[3] - a[4]) * rate(a[2]) + a[4] * rate(a[2], True)}元；"
          f"{short(b[0])}{b[1]}{b[2].split('/')[0]}评价{b[3]}人，补贴为{b[3]}×{rate(b[2])}＝{b[3] * rate(b[2])}元。"]
    n = m.CAP // rate(L4)
    o += [f"单个评价机构每年技能评价补贴不超过{m.w(m.CAP)}（《细则》{c('apply')}），按四级每人{rate(L4)}元计算，一年最多{n}人"
          f"（{n}×{rate(L4)}＝{n * rate(L4)}元）。补贴每年1月、7月申领。"]
    o += ["@n **六、公示期和异议**"]
    o += [f"公示期为{m.cn_date(DATE_D)}至{m.cn_date(publicity_end(), False)}，共{m.PUBLICITY}日（《细则》{c('publicity')}）。对公示结果有"
          f"异议的，请在公示期内以书面形式向{m.CONTACTS[0][0]}反映，并提供联系方式和相关材料。"]
    o += ["@n **七、名录和首次评价**"]
    f = FIRST
    o += [f"公示无异议的，自{m.cn_date(LIST_START)}起纳入名录，名录每{m.LIST_YEARS}年调整一次，本批名录至{m.cn_date(list_end())}。"
          f"评价机构应当在每次评价前{m.PLAN_DAYS}个工作日报送评价计划（《细则》{c('plan')}）。{short(f[0])}首场评价为{f[1]}"
          f"{f[2].split('/')[0]}，定于{m.cn_date(f[3], week=True)}，评价计划应当于{m.cn_date(add_workdays(f[3], -m.PLAN_DAYS), week=True)}"
          f"前报送。首场评价时，县就业和人才服务中心按《细则》{c('inspect')}派出1名外部督导员，评价机构不承担其劳务报酬。"]
    o += ["@n **八、联系方式**"]
    o += [f"{m.CONTACTS[0][0]}　{m.CONTACTS[0][1]}　{m.CONTACTS[0][2]}",
          f"{m.CONTACTS[1][0]}（评价计划、补贴申领）　{m.CONTACTS[1][1]}　{m.CONTACTS[1][2]}"]
    o += ["@blank", f"@r {ISSUER}", f"@r {DATE}", "@blank", f"@small {NOTE_TEXT}{m.NOTE}。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = m.fodt(tmp, NAME, source())
        m.convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), {k: v for k, v in totals().items()})


if __name__ == "__main__":
    main()
