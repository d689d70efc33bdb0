#!/usr/bin/env python3
"""Write fresh40/enping-tianbao-tongzhi.md (虚构测试文档，非真实政策): the 数据填报通知 of the dev 指标体系 as a Markdown page.

    cd fresh40/src && python3 make_enping_md.py

Part (b) of the dev pair: 恩平市发展和改革局关于做好2026年度产教融合发展监测数据填报工作的通知 (恩发改函〔2026〕41号, 2026年5月12日):
一、填报单位和分工 (which unit reports which indicator, by the numbers of the 指标体系's rows), 二、填报平台和账号, 三、填报时间 (a
Markdown pipe table), 四、重点指标填报口径和计算示例 (worked examples, each one line starting `> 例：`), 五、审核程序, 六、逾期和数据
失实的处理, 七、联系方式. The page as a static site keeps it: YAML front matter (title, date, source, doc_no, tags), the note in an
HTML comment, `#` / `##` headings, bold lead-ins, numbered lists, the note again in the last lines.

Every indicator number, name, 目标值 and 分值 is read from make_enping_doc.ROWS; every example's result is computed here (EXAMPLES)
and recomputed by ../check_fresh40.py.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_enping_doc as m  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "enping-tianbao-tongzhi.md")
ISSUER = "恩平市发展和改革局"
DOC_NO = "恩发改函〔2026〕41号"
DATE = "2026年5月12日"
ISO = "2026-05-12"
TITLE = f"{ISSUER}关于做好2026年度产教融合发展监测数据填报工作的通知"
PLATFORM = "恩平市产教融合监测平台"
SCHOOLS = 4
CONTACTS = [
    ("填报口径及平台账号", "市发展和改革局社会发展股", "梁颖芝", "0750-7713826"),
    ("职业院校数据初审", "市教育局职业教育股", "岑志鹏", "0750-7725913"),
    ("技工院校数据初审和就业数据", "市人力资源和社会保障局职业能力建设股", "冯嘉慧", "0750-7731648"),
]
HELPDESK = "0750-7708215"
SCHEDULE = [  # (阶段, 内容, 时间)
    ("账号确认", "核对平台账号，登记本单位填报人、审核人", "2026年5月29日（星期五）前"),
    ("半年填报", "1—6月数据（第2、20、21项除外），仅用于调度，不计分", "2026年7月1日至7月15日"),
    ("年度填报", "监测年度全年数据，上传佐证材料", "2027年1月4日至1月20日"),
    ("审核复核", "主管部门初审、市发展和改革局抽查复核", "2027年1月21日至2月10日"),
    ("结果公示", "在市发展和改革局网站公示5个工作日", "2027年3月15日前"),
]
# worked examples: numbers here, results computed
EX = {
    "partners": (52, 47, 38, 15),                      # 三所院校各报合作企业数, 同时与两所院校合作的企业数
    "order": ((2400, 420), (1600, 180)),               # (在校生, 订单班在校生) 甲校, 乙校
    "dual": (210, 50, 92),                             # 专任教师, 其中公共基础课教师, “双师型”教师
    "hours": (36000, 7560),                            # 专业课总课时, 兼职教师承担
    "local": (850, 210, 12, 28, 282),                  # 毕业生, 升学, 参军, 未就业, 在恩平市内就业
    "invest": (80, 126, 180, 24),                      # 现金, 设备账面净值, 设备原值, 场地折算 (万元)
    "score": (6, 12.0, 18.0),                          # 第6项 监测值 12.0% / 18.0%
}
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "platform": PLATFORM,
    "accounts": "平台账号由市发展和改革局于5月22日前统一发放",
    "roles": "填报人和审核人不得为同一人",
    "files": "单个文件不超过20MB",
    "first_review": "初审在收到数据后5个工作日内完成",
    "sample": "抽查比例不低于30%",
    "closed": "平台于截止日次日关闭填报通道",
    "late": "逾期超过5个工作日仍未填报的",
    "false": "取消该单位下一年度市级产教融合专项资金申报资格",
    "phones": [c[3] for c in CONTACTS] + [HELPDESK],
}


def ranges(ns):
    """[1, 3, 4, 6, 7, 8, 9] → '第1、3、4、6—9项'"""
    out, i = [], 0
    ns = sorted(ns)
    while i < len(ns):
        j = i
        while j + 1 < len(ns) and ns[j + 1] == ns[j] + 1:
            j += 1
        out.append(f"{ns[i]}—{ns[j]}" if j - i >= 2 else "、".join(str(x) for x in ns[i:j + 1]))
        i = j + 1
    return "第" + "、".join(out) + "项"


def rows_from(source, unit=None):
    return [i for i, r in enumerate(m.ROWS, 1) if r[3] == source and (unit is None or r[6] == unit)]


def ind(n):
    """“name”（第n项） (a name that starts with a quotation mark as it is)"""
    name = m.row(n)[1]
    return (name if name.startswith("“") else f"“{name}”") + f"（第{n}项）"


def pct1(x):
    return f"{x:.1f}%"


def examples():
    a, b, c, d = EX["partners"]
    (s1, o1), (s2, o2) = EX["order"]
    city = (o1 + o2) * 100 / (s1 + s2)
    avg = (o1 * 100 / s1 + o2 * 100 / s2) / 2
    tch, base, dual = EX["dual"]
    tot_h, part_h = EX["hours"]
    grads, study, army, idle, local = EX["local"]
    employed = grads - study - army - idle
    cash, net, orig, site = EX["invest"]
    n, v1, v2 = EX["score"]
    r = m.row(n)
    return {
        "partners": f"> 例：甲校、乙校、丙校分别填报合作企业{a}家、{b}家、{c}家，其中有{d}家企业同时与两所院校合作，全市校企合作企业数为"
                    f"{a}＋{b}＋{c}－{d}＝{a + b + c - d}家。",
        "order": f"> 例：甲校全日制在校生{s1}人、订单班在校生{o1}人，乙校全日制在校生{s2}人、订单班在校生{o2}人，两校合计为（{o1}＋{o2}）÷"
                 f"（{s1}＋{s2}）×100%＝{pct1(city)}，不能把两校比例简单平均（本例简单平均为{pct1(avg)}）。",
        "dual": f"> 例：某校专任教师{tch}人，其中公共基础课教师{base}人，“双师型”教师{dual}人，则“双师型”教师比例为{dual}÷（{tch}－{base}）"
                f"×100%＝{pct1(dual * 100 / (tch - base))}。",
        "hours": f"> 例：某校监测年度专业课总课时{tot_h}节，其中企业兼职教师承担{part_h}节，则企业兼职教师课时占比为{part_h}÷{tot_h}×100%＝"
                 f"{pct1(part_h * 100 / tot_h)}。",
        "local": f"> 例：某校当年毕业生{grads}人，其中升学{study}人、参军{army}人、未就业{idle}人，就业的毕业生为{employed}人，在恩平市内就业"
                 f"{local}人，则毕业生本地就业率为{local}÷{employed}×100%＝{pct1(local * 100 / employed)}。",
        "invest": f"> 例：某企业监测年度向合作院校投入现金{cash}万元，捐赠设备原值{orig}万元、账面净值{net}万元，提供实训场地按市场租金折算"
                  f"{site}万元，应填报{cash}＋{net}＋{site}＝{cash + net + site}万元。",
        "score": f"> 例：{ind(n)}目标值为{r[4]}、分值{r[5]}分，监测值为{v1:.1f}%的，得分为{r[5]}×{v1:.1f}÷{m.number(r[4]):g}＝"
                 f"{m.score(n, v1):.1f}分；监测值为{v2:.1f}%的，超过目标值，得{m.score(n, v2):g}分。",
        "reverse": f"> 例：{ind(22)}分值{m.row(22)[5]}分，监测年度发生1起的，得{m.row(22)[5]}－{m.DEDUCT}＝{m.row(22)[5] - m.DEDUCT}分；"
                   f"发生2起及以上的，得0分。",
    }


def text():
    ex = examples()
    school = rows_from("院校填报")
    o = ["---", f"title: {TITLE}", f"date: {ISO}", f"source: {ISSUER}", f"doc_no: {DOC_NO}", "tags: [产教融合, 监测评价, 数据填报]",
         "---", "",
         "<!-- 虚构测试文档，非真实政策：恩平市为真实地名，本通知的文号、平台、时间、示例数据、人员和电话均为虚构，仅用于问答系统评测。"
         "虚构测试文档，非真实政策。 -->", "",
         f"# {TITLE}", "",
         f"{DOC_NO}", "",
         "各职业院校、技工院校，市教育局、市人力资源和社会保障局、市财政局，各有关企业：", "",
         f"根据《{m.SYSTEM}》（{m.DOC_NO}，以下简称《指标体系》），现就做好2026年度产教融合发展监测数据填报工作通知如下。", "",
         "## 一、填报单位和分工", "",
         f"1. **职业院校、技工院校**（全市{SCHOOLS}所）：填报《指标体系》{ranges(school)}，共{len(school)}项。",
         f"2. **合作企业**：与院校签订合作协议的企业填报{ranges(rows_from('企业填报'))}{ind(5)[:-5]}。",
         f"3. **市直部门**：市发展和改革局提供{ranges(rows_from('部门提供', m.NDRC))}，市人力资源和社会保障局提供"
         f"{ranges(rows_from('部门提供', m.HRSS))}，市财政局提供{ranges(rows_from('部门提供', m.FIN))}，市教育局提供"
         f"{ranges(rows_from('部门提供', m.EDU))}。",
         f"4. **平台生成和抽样测评**：{ranges(rows_from('平台生成'))}由平台根据各单位提交时间自动生成；{ranges(rows_from('抽样测评'))}"
         "由市人力资源和社会保障局组织抽样测评后录入。", "",
         "## 二、填报平台和账号", "",
         f"数据统一通过{PLATFORM}（以下简称平台）填报，不接收纸质报表。{FACTS['accounts']}，首次登录须修改初始密码。各单位确定填报人、"
         f"审核人各1名，{FACTS['roles']}。佐证材料以PDF格式上传，{FACTS['files']}。", "",
         "## 三、填报时间", "",
         "| 阶段 | 填报内容 | 时间 |", "|---|---|---|"]
    o += [f"| {a} | {b} | {c} |" for a, b, c in SCHEDULE]
    o += ["", "半年填报的数据用于掌握进度，不作为评价计分依据；年度评价以年度填报数据为准。", "",
          "## 四、重点指标填报口径和计算示例", "",
          f"**（一）{ind(1)}。**同一企业与多所院校合作的，全市只计1家；仅签订协议、监测年度内未开展任何实质性合作的企业不计入。",
          "", ex["partners"], "",
          f"**（二）{ind(6)}。**全市数据按各院校填报的人数汇总后计算，分母为全日制在校生总数。", "", ex["order"], "",
          f"**（三）{ind(8)}。**分母为专任专业课教师，不含公共基础课教师和企业兼职教师。", "", ex["dual"], "",
          f"**（四）{ind(9)}。**课时按监测年度实际授课课时统计，实训指导课时计入。", "", ex["hours"], "",
          f"**（五）{ind(12)}。**分母为当年就业的毕业生人数，升学、参军和未就业的毕业生均不计入。", "", ex["local"], "",
          f"**（六）{ind(5)}。**设备按账面净值计，不按原值计；场地按同地段市场租金折算。", "", ex["invest"], "",
          f"**（七）{ind(14)}。**同一名职工参加多个培训项目的分别计算人次，同一项目只计1人次。", "",
          "**（八）计分示例。**", "", ex["score"], "", ex["reverse"], "",
          "## 五、审核程序", "",
          "1. **单位自审。**填报人录入数据后，由本单位审核人审核，经单位负责人签字确认后在平台提交。",
          "2. **主管部门初审。**职业院校数据由市教育局初审，技工院校数据由市人力资源和社会保障局初审，企业数据由市发展和改革局初审，"
          f"{FACTS['first_review']}，发现问题的退回修改。",
          f"3. **抽查复核。**市发展和改革局会同市统计局对各单位数据进行抽查复核，{FACTS['sample']}，重点核对佐证材料与填报数据是否一致。",
          "4. **结果公示。**复核后的全市监测数据在市发展和改革局网站公示5个工作日；对公示数据有异议的，可在公示期内向市发展和改革局书面提出。",
          "",
          "## 六、逾期和数据失实的处理", "",
          f"1. 未在规定时间内完成填报的，{FACTS['closed']}；确有特殊情况的，应在截止日前向市发展和改革局书面说明。",
          f"2. {FACTS['late']}，在全市通报，该单位应填报的指标按0计入全市数据。",
          f"3. 虚报、瞒报数据或伪造佐证材料的，一经查实，相关数据按0计算，{FACTS['false']}，并由主管部门约谈该单位主要负责人。", "",
          "## 七、联系方式", ""]
    o += [f"- {what}：{unit}，{person}，{phone}" for what, unit, person, phone in CONTACTS]
    o += [f"- 平台技术支持：{HELPDESK}（工作日8:30—12:00、14:30—17:30）", "",
          f"{ISSUER}", "", f"{DATE}", "",
          "---", "",
          "本页为虚构测试文档，非真实政策：恩平市为真实地名，文号、平台、时间、示例数据、人员和电话均为虚构，仅用于问答系统评测。", "",
          "虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    open(OUT, "w", encoding="utf-8").write(text())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
