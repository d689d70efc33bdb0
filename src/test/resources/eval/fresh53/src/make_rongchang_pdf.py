#!/usr/bin/env python3
"""Write fresh53/rongchang-tiyan-tongbao.pdf (虚构测试文档，非真实政策): the district's 通报 of the 2026 spring semester on its
职业体验基地 — each base's batches and 人次, the 人次 counted and the subsidy — under the 办法 of make_rongchang_html.py; part (b)
of the dev pair.

    cd fresh53/src && python3 make_rongchang_pdf.py      (needs soffice and the Noto CJK fonts)

**Layout: a PDF printed by LibreOffice** (this file → `src/rongchang-tiyan-tongbao.src.txt` → `../../tools/make_fodt.py`
(unchanged: `@header`, `@h1` / `@h2` — **the 一、 and （一） numbers are list numbering, not text** —, `@table`) → the cells set
to the top (not centred) → `soffice --convert-to pdf`): **a running header on every page** (the issuer and the 通报's subject,
over a rule), the 红头 `荣昌区教育委员会文件` with the 文号 over a red rule, the 通报 with numbered headings, **the table of the
bases inside the text (表1), not in an annex: it starts on the first page and runs over the page break, its header row repeated
at the top of the next page**; each base's name with its 体验项目 under it in the same cell (two lines), the figures on the first;
a 合计 row; a note under the table; the 落款; the note in small print; the page numbers `— 1 —` at the foot.

Every figure is computed here from BASES and the 办法's figures (make_rongchang_html.py); the checker recomputes them on its own.
"""
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_rongchang_html as m  # noqa: E402
from common import D, NOTE, OUT_DIR, add_workdays, cn_date, convert, fodt, w  # noqa: E402,F401

NAME = "rongchang-tiyan-tongbao"
ISSUER = "荣昌区教育委员会"
DOC_NO = "荣昌教职〔2026〕27号"
DATE_D = D(2026, 9, 4)
DATE = cn_date(DATE_D)
TERM = "2026年春季学期"
TITLE = f"{ISSUER}关于{TERM}职业体验基地运行情况和接待补助核定结果的通报"
RECOGNIZED = D(2026, 5, 20)                 # the first batch of bases recognized
RECOGNIZE_NO = "荣昌教职〔2026〕11号"
OPEN_FROM = D(2026, 5, 25)                  # the bases received pupils from this day
TERM_END = D(2026, 7, 10)                   # the spring semester's end
SUBMIT_DUE = D(2026, 7, 25)                 # TERM_END + the 办法's 15 days
LAST_RECEIVED = D(2026, 7, 28)              # the late base's records (the last received)
REVIEWED = D(2026, 8, 14)                   # the review done
PUBLIC = (D(2026, 8, 17), D(2026, 8, 21))   # the 核定结果 published on the 区教委's site
PAY_NOTICE = D(2026, 8, 24)                 # the 拨款通知 to the 区财政局
PAID = D(2026, 9, 1)                        # the subsidies paid
BUILD_PAID = D(2026, 6, 30)                 # the one-off grants of the new firm bases paid
SCHOOLS_TOTAL = (41, 29, 12)                # 中小学校 that took part: all, 小学, 初中
TUTORS = 86                                 # 体验导师 of all bases
NEXT_TERM = "2026年秋季学期"
NEXT_END = D(2027, 1, 15)                   # the autumn semester's end
NEXT_DUE = D(2027, 1, 30)                   # its records by (NEXT_END + 15 days)
NEXT_BY = D(2027, 3, 16)                    # its 通报 by (NEXT_END + 60 days)
CONTACT = m.CONTACTS[0]
TYPE = {"企业": "企业", "学校": "中职学校"}
# name, kind, 体验项目 (as under the name), batches, 人次 received, cuts (key of the 办法's items of 第十五条, 人次), flag
BASES = [
    ("荣昌宏窑陶瓷有限公司", "企业", "陶艺拉坯、釉下彩绘", 24, 852, [], None),
    ("荣昌瑞牧生猪育种有限公司", "企业", "生猪育种与防疫认知", 12, 408, [], None),
    ("荣昌锦丝夏布织造有限公司", "企业", "夏布织造", 15, 516, [("k_2", 6)], None),
    ("荣昌金麦食品有限公司", "企业", "糕点烘焙", 18, 630, [], None),
    ("荣昌天枢电子科技有限公司", "企业", "电子产品装配", 10, 352, [("k_1", 35)], None),
    ("荣昌途安汽车服务有限公司", "企业", "汽车保养认知", 8, 276, [], None),
    ("荣昌青禾农业发展有限公司", "企业", "果蔬种植与采摘", 14, 490, [], "n_1"),
    ("荣昌恒利五金制品有限公司", "企业", "小五金件加工", 9, 315, [("k_3", 32)], None),
    ("荣昌济生中药饮片有限公司", "企业", "中药材辨识", 11, 374, [], None),
    ("荣昌捷达物流有限公司", "企业", "快件分拣", 7, 238, [], "late"),
    ("荣昌云栖电子商务有限公司", "企业", "网店运营与直播体验", 13, 455, [], None),
    ("荣昌和顺酒店管理有限公司", "企业", "客房服务与中式铺床", 6, 204, [], None),
    ("荣昌区现代制造职业学校", "学校", "数控加工、工业机器人", 20, 736, [], None),
    ("荣昌区园艺职业学校", "学校", "插花、盆景制作", 9, 315, [], None),
    ("荣昌区商贸旅游职业学校", "学校", "茶艺、导游讲解", 16, 568, [], None),
    ("荣昌区工业职业学校", "学校", "电工基础、焊接认知", 12, 430, [], None),
]
LATE_ON = LAST_RECEIVED
# the problems: the oversized batch (date, pupils), the unconfirmed records, the short batch (date, hours), the fee charged
# (pupils, 元 each), the school whose batch came with one teacher (name, date, teachers)
OVERSIZE = (D(2026, 6, 12), 46)
SHORT = (D(2026, 6, 26), 2)
CHARGED = (72, 10)
ESCORT_SHORT = ("荣昌区海棠小学", D(2026, 6, 18), 1)
CUT_NOTE = {"k_1": "未确认核减", "k_2": "超员核减", "k_3": "时长不足核减"}

FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：荣昌区为真实地名，文号、企业、学校、人次、金额、日期、人员和电话均为虚构，仅用于"
                "问答系统评测。")


def counted(b):
    return b[4] - sum(n for _, n in b[5])


def raw(b):
    return counted(b) * m.RATE[b[1]]


def subsidy(b):
    if b[6] == "n_1":
        return 0
    s = min(raw(b), m.CAP)
    return s * m.LATE_SHARE // 100 if b[6] == "late" else s


def note(b):
    if b[6] == "n_1":
        return "向学生收费不予补助"
    if b[6] == "late":
        return f"逾期报送按{m.LATE_SHARE}%"
    if raw(b) > m.CAP:
        return "按上限核定"
    if b[5]:
        return "".join(f"{CUT_NOTE[k]}{n}人次" for k, n in b[5])
    return ""


def rows():
    out = []
    for i, b in enumerate(BASES, 1):
        out.append([str(i), b[0], TYPE[b[1]], str(b[3]), str(b[4]), str(counted(b)), str(subsidy(b)), note(b)])
    return out


def totals():
    return (sum(b[3] for b in BASES), sum(b[4] for b in BASES), sum(counted(b) for b in BASES), sum(subsidy(b) for b in BASES))


HEAD = ["序号", "基地名称", "类型", "批次", "接待人次", "核定人次", "接待补助（元）", "备注"]
WIDTHS = [0.9, 4.4, 1.6, 1.0, 1.5, 1.5, 1.9, 3.2]
TABLE_TITLE = f"表1　{TERM}职业体验基地接待补助核定表"


def source():
    firms = [b for b in BASES if b[1] == "企业"]
    schools = [b for b in BASES if b[1] == "学校"]
    t = totals()
    cap = next(b for b in BASES if raw(b) > m.CAP and not b[6])
    late = next(b for b in BASES if b[6] == "late")
    over = next(b for b in BASES if any(k == "k_2" for k, _ in b[5]))
    unconf = next(b for b in BASES if any(k == "k_1" for k, _ in b[5]))
    short = next(b for b in BASES if any(k == "k_3" for k, _ in b[5]))
    fee = next(b for b in BASES if b[6] == "n_1")
    cut = lambda b, k: next(n for kk, n in b[5] if kk == k)  # noqa: E731
    c = m.cite
    L = [f"@header {ISSUER}　{TERM}职业体验基地运行情况通报", f"@red {ISSUER}文件", "@blank", f"@c {DOC_NO}", "@redhr",
         f"@title {TITLE}", "@n 各职业体验基地，各中小学校："]
    L += [f"按照《{m.RULES}》（{m.DOC_NO}，以下简称《办法》）{c('report')}规定，现将{TERM}全区职业体验基地运行情况和接待补助核定结果"
          "通报如下。",
          "@h1 总体情况",
          f"{cn_date(RECOGNIZED)}，区教委认定首批职业体验基地{len(BASES)}个（{RECOGNIZE_NO}），其中企业基地{len(firms)}个、中等职业学校"
          f"基地{len(schools)}个。{cn_date(OPEN_FROM, False)}至{cn_date(TERM_END, False)}，各基地共接待学生{t[0]}批次、{t[1]}人次，全区"
          f"{SCHOOLS_TOTAL[0]}所中小学校（小学{SCHOOLS_TOTAL[1]}所、初中{SCHOOLS_TOTAL[2]}所）组织学生参加了职业体验。各基地体验导师共"
          f"{TUTORS}名，均已参加区教委组织的{m.TRAIN_HOURS}学时培训。",
          "@h1 接待补助核定情况",
          f"经审核，全区核定接待{t[2]}人次，核定接待补助共{t[3]}元，各基地核定情况见表1。",
          f"@n {TABLE_TITLE}",
          "@table pad=0.08 " + " ".join(str(x) for x in WIDTHS),
          "| " + " | ".join(HEAD) + " |"]
    for r, b in zip(rows(), BASES):
        cells = list(r)
        cells[1] = f"{b[0]}<br>（{b[2]}）"
        L.append("| " + " | ".join(x if x else " " for x in cells) + " |")
    L += ["| 合计 | — | — | " + " | ".join(str(x) for x in t) + " |  |", "@endtable",
          f"@n 注：企业基地每人次{m.RATE['企业']}元，中等职业学校基地每人次{m.RATE['学校']}元，每个基地每学期最高{w(m.CAP)}（《办法》"
          f"{c('rate')}）。",
          f"{cap[0]}核定{counted(cap)}人次，按每人次{m.RATE['企业']}元计算为{raw(cap)}元，超过每个基地每学期最高{w(m.CAP)}的规定，按"
          f"{m.CAP}元核定。",
          f"除{late[0]}外，各基地均在学期结束后{m.SUBMIT_DAYS}日内报送了接待记录和补助申请表。区教委于{cn_date(REVIEWED, False)}完成审核，"
          f"{cn_date(PUBLIC[0], False)}至{cn_date(PUBLIC[1], False)}在区教委网站公示核定结果，{cn_date(PAY_NOTICE, False)}向区财政局发出拨款"
          f"通知，区财政局已于{cn_date(PAID, False)}将接待补助拨付到各基地（《办法》{c('deadline')}）。",
          f"按照《办法》{c('build')}规定，首批{len(firms)}个企业基地的建设补助每个{w(m.BUILD)}，共{w(m.BUILD * len(firms))}，已于"
          f"{cn_date(BUILD_PAID, False)}拨付到位；{len(schools)}个中等职业学校基地不享受建设补助。",
          f"{late[0]}{cn_date(LATE_ON, False)}才报送接待记录，晚于{cn_date(SUBMIT_DUE, False)}，核定{counted(late)}人次，应补助{raw(late)}元，"
          f"按照《办法》{c('deadline')}规定按{m.LATE_SHARE}%核定为{subsidy(late)}元。",
          "@h1 存在的问题",
          f"@h2 超员接待。{over[0]}{cn_date(OVERSIZE[0], False)}接待一批次学生{OVERSIZE[1]}人，超过《办法》{c('batch')}规定的"
          f"{m.BATCH_MAX}人，超出的{cut(over, 'k_2')}人次不予核定（《办法》{c('k_2')}）。",
          f"@h2 接待记录未经确认。{unconf[0]}有{cut(unconf, 'k_1')}人次的接待记录未经中小学校确认，不予核定（《办法》{c('k_1')}）。",
          f"@h2 体验时间不足。{short[0]}{cn_date(SHORT[0], False)}接待的一批次学生体验时间仅{SHORT[1]}小时，该批次{cut(short, 'k_3')}人次"
          f"不予核定（《办法》{c('k_3')}）。",
          f"@h2 向学生收费。{fee[0]}向{CHARGED[0]}名学生收取采摘体验材料费，每人{CHARGED[1]}元，共{CHARGED[0] * CHARGED[1]}元，违反《办法》"
          f"{c('nofee')}规定，当学期不给予接待补助（《办法》{c('n_1')}），已责令全额退还学生（《办法》{c('liable')}）。",
          f"@h2 随行教师不足。{ESCORT_SHORT[0]}{cn_date(ESCORT_SHORT[1], False)}组织一批次学生参加职业体验，随行教师仅{ESCORT_SHORT[2]}人，"
          f"少于《办法》{c('batch')}规定的{m.ESCORT}人，予以通报批评。",
          "@h1 工作要求",
          f"各基地要按照《办法》{c('course')}规定将体验项目课程方案报区教委备案，严格控制每批次接待人数。{NEXT_TERM}于"
          f"{cn_date(NEXT_END)}结束，各基地应当于{cn_date(NEXT_DUE)}前报送接待记录和补助申请表，区教委将于{cn_date(NEXT_BY)}前通报"
          f"{NEXT_TERM}基地运行情况和接待补助核定结果。",
          f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。",
          "@blank", f"@r {ISSUER}", f"@r {DATE}", "（此件公开发布）", f"@small {FICTION_TEXT}", f"@small {NOTE}。"]
    return L


def main():
    path = fodt("make_rongchang_pdf.py", NAME, source(), TITLE, FICTION_TEXT)
    t = open(path, encoding="utf-8").read()
    t = t.replace('style:vertical-align="middle"', 'style:vertical-align="top"')
    t = t.replace('fo:line-height="128%"/>', 'fo:line-height="128%" style:punctuation-wrap="simple"/>', 1)
    t = re.sub(r'(<style:style style:name="Cell" [^>]*>\s*<style:paragraph-properties [^/]*/>\s*<style:text-properties) '
               r'fo:font-size="10.5pt" style:font-size-asian="10.5pt"', r'\1 fo:font-size="9pt" style:font-size-asian="9pt"', t)
    open(path, "w", encoding="utf-8").write(t)
    convert(path, "pdf")
    shutil.rmtree(os.path.dirname(path))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), totals())


if __name__ == "__main__":
    main()
