#!/usr/bin/env python3
"""Write fresh51/wuqian-peixun-tongbao.md (虚构测试文档，非真实政策): the held-out 旗's 通报 of the second half of 2026 on how its
vocational schools shared out the income of their 社会化培训, under the 细则 of make_wuqian_html.py — part (b) of the held-out pair.

    cd fresh51/src && python3 make_wuqian_md.py

**Layout: an article of the 旗's public account saved as Markdown by a converter**: YAML front matter (title, author, date,
source URL), the note in an HTML comment, the account's header line, a cover image line, the 通报 with its headings as `###` and
bold lead-ins, **two pipe tables with alignment rows (`:---:` / `---:`), their header cells broken with `<br>`**, a `>` quote
for the 落款, the account's footer (`▼`, `阅读原文`); the note again in the last lines.

Every figure is computed here from PROJECTS and the 细则's figures (make_wuqian_html.py); the checker recomputes them on its own.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_wuqian_html as m  # noqa: E402
from common import D, NOTE, OUT_DIR, add_workdays, cn_date  # noqa: E402

NAME = "wuqian-peixun-tongbao"
ISSUERS = ["乌拉特前旗教育局", "乌拉特前旗人力资源和社会保障局"]
DOC_NO = "乌前教发〔2027〕3号"
DATE_D = D(2027, 1, 22)
DATE = cn_date(DATE_D)
HALF = "2026年下半年"
PERIOD = (D(2026, 7, 1), D(2026, 12, 31))
NEXT_BY = D(2027, 7, 30)
TITLE = f"关于{HALF}全旗职业院校培训服务收入分配情况的通报"
SCHOOLS = [("乌拉特前旗阴山职业技术学校", "阴山职校"), ("乌拉特前旗黄河中等职业学校", "黄河中职")]
KINDS = {"order": "订单培训", "subsidy": "政府补贴性培训", "open": "自主招生培训"}
# school, course, kind, client, trainees, certified, income, direct cost, opened, ended, filed, plan sent, approved, no-pay item
PROJECTS = [
    (0, "肉羊养殖技术培训", "order", "乌拉特前旗绿洲牧业有限公司", 50, 45, 100000, 27000, D(2026, 7, 13), D(2026, 8, 7),
     D(2026, 7, 3), D(2026, 8, 28), D(2026, 9, 4), None),
    (0, "农机驾驶与维修培训", "subsidy", None, 40, 26, 72000, 24400, D(2026, 8, 17), D(2026, 9, 11), D(2026, 8, 7),
     D(2026, 9, 25), D(2026, 9, 30), None),
    (1, "中式烹调师培训", "open", None, 30, 27, 45000, 13250, D(2026, 9, 14), D(2026, 10, 23), D(2026, 9, 4), D(2026, 11, 13),
     D(2026, 11, 20), None),
    (1, "葵花籽加工工培训", "order", "乌拉特前旗金葵食品有限公司", 60, 54, 120000, 41000, D(2026, 10, 12), D(2026, 11, 6),
     D(2026, 9, 30), D(2026, 12, 15), D(2026, 12, 22), None),
    (1, "电商直播营销培训", "open", None, 20, 18, 36000, 9600, D(2026, 11, 16), D(2026, 11, 27), None, D(2026, 12, 11),
     D(2026, 12, 18), "nr_1"),
]
LATE_PLAN = 3
CAPPED = ("刘海军", 0, 0, [0, 1])
CAPPED_SHARE = [13600, 8200]
CONTACT = m.CONTACTS[1]
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：乌拉特前旗为真实地名，文号、学校、企业、培训项目、人数、金额、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def rate(p):
    return p[5] * 100 // p[4]


def fee(p):
    return p[6] * m.FEE_RATE // 100


def net(p):
    return p[6] - p[7] - fee(p)


def share(p):
    if p[13]:
        return 0
    return m.LOW_SHARE if rate(p) < m.LOW_PASS else m.SHARE


def reward(p):
    return net(p) * share(p) // 100


def capped_over():
    return max(0, CAPPED[2] + sum(CAPPED_SHARE) - m.CAP)


def by_school():
    out = []
    for s in range(len(SCHOOLS)):
        ps = [p for p in PROJECTS if p[0] == s]
        r = sum(reward(p) for p in ps) - (capped_over() if s == CAPPED[1] else 0)
        n = sum(net(p) for p in ps)
        out.append([len(ps), sum(p[4] for p in ps), sum(p[6] for p in ps), sum(fee(p) for p in ps), n, r, n - r])
    return out


def totals():
    rows = by_school()
    return [sum(r[i] for r in rows) for i in range(7)]


HEAD1 = ["序号", "学校", "培训项目", "类型", "结业<br>人数", "取证率", "培训服务<br>收入", "直接支出", "公用经费", "培训结余",
         "酬金<br>比例", "培训酬金", "转入技能<br>提升基金"]
HEAD2 = ["学校", "项目数", "结业人数", "培训服务收入", "公用经费", "培训结余", "核定培训酬金", "转入技能提升基金"]


def table1_rows():
    rows = []
    for i, p in enumerate(PROJECTS, 1):
        rows.append([str(i), SCHOOLS[p[0]][1], p[1], KINDS[p[2]], str(p[4]), f"{rate(p)}%", str(p[6]), str(p[7]), str(fee(p)),
                     str(net(p)), f"{share(p)}%", str(reward(p)), str(net(p) - reward(p))])
    rows.append(["**合计**", "", "", "", str(sum(p[4] for p in PROJECTS)), "", str(sum(p[6] for p in PROJECTS)),
                 str(sum(p[7] for p in PROJECTS)), str(sum(fee(p) for p in PROJECTS)), str(sum(net(p) for p in PROJECTS)), "",
                 str(sum(reward(p) for p in PROJECTS)), str(sum(net(p) - reward(p) for p in PROJECTS))])
    return rows


def table2_rows():
    rows = [[SCHOOLS[s][0]] + [str(x) for x in r] for s, r in enumerate(by_school())]
    return rows + [["**合计**"] + [str(x) for x in totals()]]


def pipe(head, rows, align):
    return ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"] + ["| " + " | ".join(r) + " |" for r in rows]


def lines():
    t = totals()
    ps = PROJECTS
    kinds = {k: [p for p in ps if p[2] == k] for k in KINDS}
    low = next(p for p in ps if not p[13] and rate(p) < m.LOW_PASS)
    nr1 = next(p for p in ps if p[13] == "nr_1")
    late = ps[LATE_PLAN]
    s0, s1 = SCHOOLS
    name, sc, before, _ = CAPPED
    got = sum(CAPPED_SHARE)
    order = kinds["order"]
    L = ["---", f"title: {TITLE}", "author: 乌拉特前旗教育发布", f"date: {DATE_D.isoformat()} 10:05",
         "source: https://mp.weixin.qq.com/s/Wq7tP2xKvR0aZ3mLd9BnYe", "---", "",
         f"<!-- {NOTE_TEXT} -->", "", f"# {TITLE}", "", f"乌拉特前旗教育发布　{DATE_D.isoformat()} 10:05", "",
         "![封面图](https://mmbiz.qpic.cn/mmbiz_jpg/fresh51cover/640?wx_fmt=jpeg)", "",
         f"**{DOC_NO}**", "", "旗属各职业院校：", "",
         f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《细则》）{m.cite('report')}规定，现将{HALF}全旗职业院校培训服务收入分配情况"
         "通报如下：", "", "### 一、基本情况", "",
         f"{HALF}，全旗{len(SCHOOLS)}所职业院校共有{len(ps)}个社会化培训项目结业，结业学员{t[1]}人，培训服务收入合计{t[2]}元"
         f"（订单培训{len(order)}个项目{sum(p[6] for p in order)}元、政府补贴性培训{len(kinds['subsidy'])}个项目"
         f"{sum(p[6] for p in kinds['subsidy'])}元、自主招生培训{len(kinds['open'])}个项目{sum(p[6] for p in kinds['open'])}元）。"
         f"按照《细则》{m.cite('fee')}规定提取公用经费{t[3]}元，扣除直接支出{sum(p[7] for p in ps)}元，培训结余合计{t[4]}元；"
         f"经旗教育局审核，核定培训酬金{t[5]}元，转入技能提升基金{t[6]}元。", "",
         f"{len(order)}个订单培训项目分别由" + "、".join(f"{p[3]}（{p[1]}）" for p in order) + "下单，经费均在"
         f"{m.AGREEMENT_FROM // 10000}万元以上，均已签订书面培训服务协议。", "",
         "**表1　各培训项目核算情况**（单位：元）", ""]
    L += pipe(HEAD1, table1_rows(), [":---:"] * 4 + ["---:"] * 9)
    L += ["", "**表2　各职业院校分配汇总**（单位：元）", ""]
    L += pipe(HEAD2, table2_rows(), [":---"] + ["---:"] * 7)
    L += ["", "### 二、存在的问题", "",
          f"**（一）取证率偏低。**{s0[1]}{low[1]}结业{low[4]}人，取得证书{low[5]}人，取证率{rate(low)}%，低于《细则》"
          f"{m.cite('lowpass')}规定的{m.LOW_PASS}%，培训酬金按培训结余{net(low)}元的{m.LOW_SHARE}%核定为{reward(low)}元。", "",
          f"**（二）超过年度酬金上限。**{SCHOOLS[sc][1]}教师{name}参与{ps[CAPPED[3][0]][1]}和{ps[CAPPED[3][1]][1]}，按分配方案分别"
          f"应得{CAPPED_SHARE[0]}元和{CAPPED_SHARE[1]}元，合计{got}元，超过《细则》{m.cite('cap')}规定的每一年度"
          f"{m.CAP // 10000}万元，超出的{capped_over()}元转入该校技能提升基金，实际发放{got - capped_over()}元。", "",
          f"**（三）未备案项目。**{s1[1]}{nr1[1]}于{cn_date(nr1[8], False)}开班，开班前未报旗人社局备案，按照《细则》"
          f"{m.cite('nr_1')}规定不得提取培训酬金，培训结余{net(nr1)}元全部转入技能提升基金。", "",
          f"**（四）分配方案逾期报送。**{s1[1]}{late[1]}于{cn_date(late[9], False)}结业，应当在{cn_date(add_workdays(late[9], m.PLAN_DAYS), False)}"
          f"前报送分配方案，实际于{cn_date(late[11], False)}报送，超过《细则》{m.cite('plan')}规定的{m.PLAN_DAYS}个工作日，"
          f"旗教育局已按照《细则》{m.cite('liable')}责令该校限期整改。", "",
          "### 三、下一步要求", "",
          f"各职业院校要对照《细则》{m.cite('filing')}规定，开班前按时报送备案材料。{NEXT_BY.year}年上半年分配情况将于"
          f"{cn_date(NEXT_BY)}前通报。", "",
          f"联系人：{CONTACT[0]}{CONTACT[1]}，联系电话：{CONTACT[2]}", "",
          "> " + "　".join(ISSUERS), ">", f"> {DATE}", "",
          "▼", "", "阅读原文", "", f"{NOTE_TEXT}", "", f"{NOTE}。", ""]
    return L


def main():
    path = os.path.join(OUT_DIR, NAME + ".md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines()))
    print("wrote", path, totals())


if __name__ == "__main__":
    main()
