#!/usr/bin/env python3
"""Write fresh47/xisaishan-dashi-gongshi.pdf (虚构测试文档，非真实政策): the held-out 公示 with the money allocated, in two columns.

    cd fresh47/src && python3 make_xisaishan_pdf.py      (needs soffice; run no other soffice at the same time)

Part (b) of the held-out pair: 西塞山区人力资源和社会保障局 关于2026年区级技能大师工作室拟认定名单及补助资金分配方案的公示 (2026年6月22日),
citing the 办法 (make_xisaishan_html.py) by title and 文号 and its 条 by number (`《办法》第六条`, `第四条第（二）项`).

**Layout: a PDF printed by LibreOffice from a flat ODT whose body is set in two columns** (this file →
`src/xisaishan-dashi-gongshi.src.txt` → `../../tools/make_fodt.py` (unchanged) → **the paragraphs between the markers
`[[COLS]]` / `[[/COLS]]` put into a `<text:section>` whose style has `fo:column-count="2"`** → the note into the meta (Subject) →
`soffice --convert-to pdf`): the title, the lead and **the 拟认定名单及补助资金分配表 across the full width** (a row per workshop and a
合计 row whose first cells span columns; long cells wrap), then **sections 一、… 五、 in two columns** — `pdftotext -layout` prints a
line of the left column and a line of the right one side by side, so a sentence comes out cut into pieces between pieces of the
other column —, then the 落款 and the note across the full width again; `—N—` footers.

Every count, amount, example and date is computed here from make_xisaishan_html's figures and recomputed by ../check_fresh47.py.
"""
import datetime
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_xisaishan_html as m  # noqa: E402
import make_shenqiu_docx as dx  # noqa: E402  (fodt() and convert())

NAME = "xisaishan-dashi-gongshi"
ISSUER = m.ISSUERS[0]
D = datetime.date
DATE_D = D(2026, 6, 22)
DATE = m.cn_date(DATE_D)
TITLE = "关于2026年区级技能大师工作室拟认定名单及补助资金分配方案的公示"
TABLE_TITLE = "2026年区级技能大师工作室拟认定名单及补助资金分配表"
# every applicant: (领衔人, 职业（工种）, 等级, 称号 or "", 依托单位, stage, score or None)
#   stage: "review" (评审), "site" (现场核查 not passed), "check" (资格审核 not passed)
APPLICANTS = [
    ("柯志远", "钳工", "高级技师", "", "西塞山区华冶机械制造有限公司", "review", 91.0),
    ("于凤霞", "电工", "技师", "市级技术能手", "西塞山区江瑞电气设备有限公司", "review", 87.5),
    ("娄雪梅", "养老护理员", "技师", "市级技术能手", "西塞山区颐年养老服务中心", "review", 84.0),
    ("丁怀礼", "车工", "技师", "市级技术能手", "西塞山区恒舟船舶配件有限公司", "review", 81.5),
    ("宋立新", "汽车维修工", "高级技师", "", "西塞山区路安汽车维修有限公司", "review", 77.0),
    ("童春燕", "中式烹调师", "高级技师", "", "西塞山区味江餐饮管理有限公司", "site", None),
    ("雷振宇", "焊工", "高级技师", "", "西塞山区新港钢构工程有限公司", "check", None),
]
SITE_AREA = 45                      # 童春燕's host: the place measured 45平方米
CHECK_ARRIVED = D(2022, 10, 1)      # 雷振宇 came to work in the district in 2022年10月: not 5 years
CHECK_DONE = D(2026, 6, 5)          # 资格审核 done
SITE_START, SITE_END = D(2026, 6, 8), D(2026, 6, 10)   # 现场核查
REVIEW_DAY = D(2026, 6, 16)
EXPERTS = 5
TERM_START = D(2026, 7, 1)
# worked 带徒奖励 examples: (领衔人, {等级: apprentices})
EXAMPLES = [("柯志远", {"技师": 2, "高级技师": 1}), ("于凤霞", {"技师": 4, "高级技师": 1})]
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：西塞山区为真实地名，工作室、领衔人、依托单位、评审得分、补助金额、日期、人员和电话均为"
             "虚构，仅用于问答系统评测。")


def add_workdays(d, n):
    step = 1 if n > 0 else -1
    n = abs(n)
    while n:
        d += datetime.timedelta(step)
        if d.weekday() < 5:
            n -= 1
    return d


def publicity_end():
    return add_workdays(DATE_D, m.PUBLICITY - 1)


def term_end():
    return D(TERM_START.year + m.TERM_YEARS, TERM_START.month, TERM_START.day) - datetime.timedelta(1)


def reviewed():
    return [a for a in APPLICANTS if a[5] == "review"]


def qualified():
    return sorted((a for a in reviewed() if a[6] >= m.PASS), key=lambda a: -a[6])


def chosen():
    return qualified()[:m.YEAR_CAP]


def beyond():
    return qualified()[m.YEAR_CAP:]


def failed():
    return [a for a in reviewed() if a[6] < m.PASS]


def studio(a):
    return f"{m.DISTRICT}{a[0]}{a[1]}技能大师工作室"


def instalments():
    return [m.GRANT * s // 100 for s in m.SHARES]


def yearly():
    return m.MONTHLY * 12


def first_months():
    """months of the 认定期 in its first calendar year (津贴 of 2026)"""
    return 12 - TERM_START.month + 1


def reward(apprentices):
    raw = sum(m.REWARD[k] * v for k, v in apprentices.items())
    return raw, min(raw, m.REWARD_CAP)


def totals():
    ch = chosen()
    return dict(applied=len(APPLICANTS), checked=sum(1 for a in APPLICANTS if a[5] != "check"), reviewed=len(reviewed()),
                qualified=len(qualified()), chosen=len(ch), first_total=instalments()[0] * len(ch),
                grant_total=m.GRANT * len(ch), yearly_total=yearly() * len(ch),
                first_year=m.MONTHLY * first_months(), first_year_total=m.MONTHLY * first_months() * len(ch),
                term_each=m.MONTHLY * 12 * m.TERM_YEARS)


HEAD = ["序号", "工作室名称", "领衔人", "职业（工种）及等级", "依托单位", "评审得分", "首次拨付建设补助（元）", "领衔人津贴（元/年）"]
WIDTHS = [0.9, 3.4, 1.4, 2.2, 3.1, 1.3, 1.8, 1.7]


def table_rows():
    t = totals()
    rows = [[str(k), studio(a), a[0], f"{a[1]}　{a[2]}" + (f"（{a[3]}）" if a[3] else ""), a[4], f"{a[6]:.1f}",
             str(instalments()[0]), str(yearly())] for k, a in enumerate(chosen(), 1)]
    rows.append(["合计", "<", f"{t['chosen']}个", "<", "<", "", str(t["first_total"]), str(t["yearly_total"])])
    return rows


def ex_sentence(leader, apprentices):
    raw, paid = reward(apprentices)
    parts = "、".join(f"{v}名取得{k}证书" for k, v in apprentices.items())
    calc = "＋".join(f"{v}×{m.REWARD[k]}" for k, v in apprentices.items())
    if raw <= m.REWARD_CAP:
        return f"{leader}工作室一年内所带徒弟有{parts}的，奖励{calc}＝{raw}元。"
    return f"{leader}工作室一年内所带徒弟有{parts}的，按标准计算为{calc}＝{raw}元，超过{m.w(m.REWARD_CAP)}，按{m.REWARD_CAP}元奖励。"


def source():
    t = totals()
    c = m.cite
    ch, bd, fl = chosen(), beyond(), failed()
    site = next(a for a in APPLICANTS if a[5] == "site")
    chk = next(a for a in APPLICANTS if a[5] == "check")
    i1, i2, i3 = instalments()
    L = [f"@title {TITLE}",
         f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《办法》），经单位申报、资格审核、现场核查和专家评审，拟将{studio(ch[0])}"
         f"等{t['chosen']}个工作室认定为2026年区级技能大师工作室。现将拟认定名单及补助资金分配方案予以公示，公示期为{m.cn_date(DATE_D)}"
         f"至{m.cn_date(publicity_end(), False)}。",
         f"@c **{TABLE_TITLE}**",
         "@table " + " ".join(str(x) for x in WIDTHS),
         "| " + " | ".join(HEAD) + " |"]
    L += ["| " + " | ".join(r) + " |" for r in table_rows()]
    L += ["@endtable", "@blank", "@n [[COLS]]",
          "@n **一、认定工作情况**",
          f"{m.cn_date(m.APPLY_START)}至{m.cn_date(m.APPLY_END, False)}申报期内，共有{t['applied']}个工作室申报。"
          f"{m.cn_date(CHECK_DONE, False)}完成资格审核，{t['checked']}个通过；{m.cn_date(SITE_START, False)}至"
          f"{m.cn_date(SITE_END, False)}进行现场核查，{t['reviewed']}个通过。{m.cn_date(REVIEW_DAY, False)}，区人社局组织"
          f"{EXPERTS}名专家进行评审，评审得分在{m.PASS}分以上的有{t['qualified']}个。按《办法》{c('cap')}，每年认定工作室不超过"
          f"{m.YEAR_CAP}个，按评审得分从高到低确定前{m.YEAR_CAP}名为拟认定工作室。",
          "@n **二、未列入拟认定名单的情况**",
          f"（一）{chk[0]}领衔的工作室：领衔人{CHECK_ARRIVED.year}年{CHECK_ARRIVED.month}月起在本区工作，不满{m.DISTRICT_YEARS}年，"
          f"未通过资格审核（《办法》{c('leader_2')}）。",
          f"（二）{site[0]}领衔的工作室：现场核查场所面积为{SITE_AREA}平方米，不足{m.AREA}平方米，未通过现场核查"
          f"（《办法》{c('host_2')}）。",
          f"（三）{bd[0][0]}领衔的工作室：评审得分{bd[0][6]:.1f}分，评审合格，但排第{qualified().index(bd[0]) + 1}名，超出年度认定数量，"
          f"可以在下一年度重新申报（《办法》{c('review')}）。",
          f"（四）{fl[0][0]}领衔的工作室：评审得分{fl[0][6]:.1f}分，低于{m.PASS}分。",
          "@n **三、补助资金分配方案**",
          f"按《办法》{c('grant')}，每个工作室建设补助{m.w(m.GRANT)}，分三次拨付。认定后首次拨付{m.SHARES[0]}%，即每个{i1}元，"
          f"{t['chosen']}个工作室合计{t['first_total']}元；第二次、第三次各拨付{m.SHARES[1]}%，即每个{i2}元，分别在"
          f"{TERM_START.year}年{m.ASSESS_MONTH}月、{TERM_START.year + 1}年{m.ASSESS_MONTH}月年度考核合格后拨付。{t['chosen']}个工作室"
          f"建设补助共计{t['grant_total']}元。",
          f"按《办法》{c('monthly')}，领衔人津贴每月{m.MONTHLY}元，每人每年{yearly()}元，{t['chosen']}位领衔人每年合计{t['yearly_total']}元；"
          f"{TERM_START.year}年{TERM_START.month}月至12月共{first_months()}个月，每人{t['first_year']}元，合计{t['first_year_total']}元。"
          f"认定期内每位领衔人津贴最多{t['term_each']}元。",
          "@n **四、带徒奖励测算**",
          f"按《办法》{c('reward')}，徒弟取得技师证书的每名奖励工作室{m.REWARD['技师']}元，取得高级技师证书的每名奖励"
          f"{m.REWARD['高级技师']}元，每个工作室每年不超过{m.w(m.REWARD_CAP)}。",
          "例如：" + ex_sentence(*EXAMPLES[0]),
          "又如：" + ex_sentence(*EXAMPLES[1]),
          "@n **五、公示期和异议反映**",
          f"公示期为{m.cn_date(DATE_D)}至{m.cn_date(publicity_end(), False)}，共{m.PUBLICITY}个工作日（《办法》{c('publicity')}）。"
          f"公示无异议的，认定期自{m.cn_date(TERM_START)}至{m.cn_date(term_end())}。",
          "对拟认定工作室有异议的，请在公示期内以书面形式实名向区人社局反映，并提供必要的证明材料。",
          f"联系人：{m.CONTACTS[0][1]}，电话：{m.CONTACTS[0][2]}。",
          "@n [[/COLS]]",
          "@blank",
          f"@r {ISSUER}", f"@r {DATE}", "@blank",
          f"@small {NOTE_TEXT}", f"@small {m.NOTE}。"]
    return L


SECTION_STYLE = (' <style:style style:name="Cols2" style:family="section"><style:section-properties>'
                 '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>\n')


def two_columns(path):
    """the paragraphs between the markers into a section of two columns"""
    t = open(path, encoding="utf-8").read()
    t, n1 = re.subn(r'<text:p text:style-name="NoIndent">\[\[COLS\]\]</text:p>',
                    '<text:section text:style-name="Cols2" text:name="Body2">', t)
    t, n2 = re.subn(r'<text:p text:style-name="NoIndent">\[\[/COLS\]\]</text:p>', '</text:section>', t)
    assert n1 == n2 == 1, (n1, n2)
    t = t.replace("</office:automatic-styles>", SECTION_STYLE + "</office:automatic-styles>", 1)
    open(path, "w", encoding="utf-8").write(t)


def main():
    dx.src_lines_cache[NAME] = source()
    path = dx.fodt("make_xisaishan_pdf.py", TITLE, NOTE_TEXT, basename=NAME)
    two_columns(path)
    dx.convert(path, "pdf")
    shutil.rmtree(os.path.dirname(path))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"), totals())


if __name__ == "__main__":
    main()
