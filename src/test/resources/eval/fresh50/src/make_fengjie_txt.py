#!/usr/bin/env python3
"""Write fresh50/fengjie-shouzeng-tongbao.txt (虚构测试文档，非真实政策): the held-out county's quarterly 通报 of the gifts.

    cd fresh50/src && python3 make_fengjie_txt.py

Part (b) of the held-out pair: 奉节县教育委员会关于2026年第三季度职业院校受赠情况的通报 (奉教委发〔2026〕78号, 2026年10月16日),
citing the 细则 (make_fengjie_md.py) by title and 文号 and its 条 by number.

**Layout: a plain-text file saved by Windows Notepad as "UTF-8 with BOM"** (a BOM, CRLF line ends), one paragraph a line,
headings as plain lines, and **two tables pasted from Excel: cells separated by TAB characters, a merged cell's text on its first
row only (its other rows keep an empty cell between two tabs)**, dates as the sheet shows them (`2026年7月16日`); the 落款 and the
note in the last lines.

Every value (items by the 细则's rules: invoice, **old machines less 12 % a year with a part-year counted whole**, a 第三方评估单位's
value, money received), total, tier, agreement count, named room / base (a donor's total against the thresholds), refusal and
every date (filing within 3 working days but for the late one, the review within 15 working days, the replies within 7, a receipt
later than 15 days, the 通报 within 20 days of the quarter, the next 通报) is computed here from make_fengjie_md's figures and
recomputed by ../check_fresh50.py.
"""
import datetime
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_fengjie_md as m  # noqa: E402
from common import D, NOTE, OUT_DIR, add_workdays, cn, cn_date, w  # noqa: E402,F401

NAME = "fengjie-shouzeng-tongbao"
ISSUER = "奉节县教育委员会"
DOC_NO = "奉教委发〔2026〕78号"
DATE_D = D(2026, 10, 16)
DATE = cn_date(DATE_D)
QUARTER = "2026年第三季度"
PERIOD = (D(2026, 7, 1), D(2026, 9, 30))
TITLE = f"{ISSUER}关于{QUARTER}职业院校受赠情况的通报"
NEXT_BY = D(2027, 1, 20)                 # the fourth quarter's 通报 by

SCHOOLS = ["奉节县诗城职业技术学校", "奉节县夔韵中等专业学校", "奉节县技工学校"]
DONORS = {
    "xj": ("奉节县峡江机电设备有限公司", "企业"),
    "xc": ("奉节县鑫橙果业有限公司", "企业"),
    "rd": ("奉节县睿达汽车服务有限公司", "企业"),
    "dc": ("奉节县德诚信息技术有限公司", "企业"),
    "fy": ("奉节县峰岩工程机械有限公司", "企业"),
    "ds": ("奉节县电商产业促进会", "社会组织"),
    "nm": ("匿名", "自然人"),
    "tk": ("奉节县天坑文旅发展有限公司", "企业"),
    "cy": ("奉节县川岳建筑工程有限公司", "企业"),
}
# items: (name, quantity, unit, basis, price) — basis "invoice", ("old", months used), "assessed" (评估价值 a unit), "cash"
# gifts: (school, donor, items, use, accepted, filed or None, (submitted, approved) or None, receipt issued or None)
GIFTS = [
    (0, "xj", [("数控车床", 2, "台", ("old", 28), 156000), ("刀具耗材", 1, "批", "invoice", 6800)], "数控技术实训",
     D(2026, 7, 16), D(2026, 7, 20), None, D(2026, 7, 24)),
    (0, "xc", [("资金", None, None, "cash", 150000)], "脐橙分拣包装实训（定向）", D(2026, 8, 5), D(2026, 8, 7), None,
     D(2026, 8, 10)),
    (1, "rd", [("新能源教学车", 1, "辆", "assessed", 124000)], "汽车运用与维修实训", D(2026, 7, 23), D(2026, 7, 27), None,
     D(2026, 7, 31)),
    (1, "dc", [("计算机", 40, "台", "invoice", 4350)], "计算机应用实训", D(2026, 8, 3), D(2026, 8, 5), None, D(2026, 8, 31)),
    (2, "fy", [("挖掘机", 1, "台", ("old", 48), 680000)], "工程机械操作实训", D(2026, 8, 12), None,
     (D(2026, 7, 9), D(2026, 7, 28)), D(2026, 8, 20)),
    (2, "ds", [("资金", None, None, "cash", 20000)], "学生资助（定向）", D(2026, 8, 20), None, None, D(2026, 8, 24)),
    (1, "nm", [("资金", None, None, "cash", 3000)], "学生资助", D(2026, 9, 2), None, None, None),
    (0, "tk", [("讲解设备", 1, "套", "invoice", 28600)], "旅游服务实训", D(2026, 9, 10), None, None, D(2026, 9, 15)),
    (2, "cy", [("钢筋加工耗材", 1, "批", "assessed", 31500)], "建筑施工实训", D(2026, 9, 14), D(2026, 9, 22), None,
     D(2026, 9, 25)),
]
LATE_FILE = 8                              # filed later than 3 working days
LATE_RECEIPT = 3                           # receipt later than 15 days
EARLIER = {"xc": (0, 80000, "2026年第二季度"), "fy": (2, 500000, "2025年")}
NAMED = {"xc": ("实训室", "鑫橙果品实训室", D(2026, 8, 25)), "fy": ("实训基地", "峰岩工程机械实训基地", D(2026, 9, 8))}
REFUSED = [
    (D(2026, 8, 17), D(2026, 8, 21), 1, "一家建材企业", f"资金{w(100000)}", "ref_4", None),
    (D(2026, 9, 7), D(2026, 9, 11), 2, "一家机械租赁企业", "装载机1台", "ref_2", 8),
]
CONTACT = m.CONTACTS[0]
NOTE_TEXT = ("本文件为虚构测试文档，非真实政策：奉节县为真实地名，文号、学校、捐赠人、受赠财产、价值、日期、人员和电话均为虚构，"
             "仅用于问答系统评测。")


def years_counted(months):
    """使用年限: whole years, a part-year counted as a year"""
    return -(-months // 12)


def rest(months):
    """the share left in % after 折旧"""
    return 100 - years_counted(months) * m.RATE


def unit_value(item):
    basis, price = item[3], item[4]
    if isinstance(basis, tuple):
        return price * rest(basis[1]) // 100
    return price


def item_value(item):
    return unit_value(item) * (item[1] or 1)


def gift_value(g):
    return sum(item_value(i) for i in g[2])


def is_cash(g):
    return all(i[3] == "cash" for i in g[2])


def tier(g):
    v = gift_value(g)
    return "self" if v <= m.SELF_MAX else ("approve" if v > m.APPROVE_OVER else "file")


TIER = {"self": "校务会议研究决定", "file": "报主管部门备案", "approve": "主管部门会同县财政局审批"}


def method(item):
    basis = item[3]
    if isinstance(basis, tuple):
        return f"原购置价格扣除折旧（按{years_counted(basis[1])}年计）"
    return {"invoice": "发票金额", "assessed": "评估价值", "cash": "到账金额"}[basis]


def totals():
    by_school = []
    for s in range(len(SCHOOLS)):
        gs = [g for g in GIFTS if g[0] == s]
        cash = sum(gift_value(g) for g in gs if is_cash(g))
        goods = sum(gift_value(g) for g in gs if not is_cash(g))
        by_school.append((len(gs), cash, goods, cash + goods))
    kinds = [DONORS[g[1]][1] for g in GIFTS]
    return dict(by_school=by_school, n=len(GIFTS), cash=sum(x[1] for x in by_school), goods=sum(x[2] for x in by_school),
                total=sum(x[3] for x in by_school), firms=kinds.count("企业"), orgs=kinds.count("社会组织"),
                people=kinds.count("自然人"), tiers={t: sum(1 for g in GIFTS if tier(g) == t) for t in TIER},
                agreements=sum(1 for g in GIFTS if gift_value(g) >= m.AGREEMENT_FROM),
                receipts=sum(1 for g in GIFTS if g[7]))


def cumulative(donor):
    return EARLIER.get(donor, (None, 0, None))[1] + sum(gift_value(g) for g in GIFTS if g[1] == donor)


HEAD1 = ["序号", "受赠院校", "捐赠人", "受赠财产", "数量", "确认方式", "确认价值（元）", "用途", "接受日期", "办理方式"]
HEAD2 = ["受赠院校", "笔数", "资金（元）", "物资（元）", "合计（元）"]


def table1_rows():
    """the rows as pasted: a merged cell's text on the first row of its gift only"""
    rows = []
    for k, g in enumerate(GIFTS, 1):
        for j, it in enumerate(g[2]):
            cash = it[3] == "cash"
            first = j == 0
            rows.append([str(k) if first else "", SCHOOLS[g[0]] if first else "", DONORS[g[1]][0] if first else "", it[0],
                         "—" if cash else f"{it[1]}{it[2]}", method(it), str(item_value(it)), g[3] if first else "",
                         cn_date(g[4]) if first else "", TIER[tier(g)] if first else ""])
    rows.append(["合计", "", "", "", "", "", str(totals()["total"]), "", "", ""])
    return rows


def table2_rows():
    t = totals()
    rows = [[SCHOOLS[s]] + [str(x) for x in t["by_school"][s]] for s in range(len(SCHOOLS))]
    rows.append(["合计", str(t["n"]), str(t["cash"]), str(t["goods"]), str(t["total"])])
    return rows


def lines():
    t = totals()
    c = m.cite
    L = [TITLE, "", DOC_NO, "", "各中等职业学校、技工学校，县级有关部门："]
    P = L.append
    P(f"根据《{m.RULES}》（{m.DOC_NO}，以下简称《细则》）{c('report')}规定，现将{QUARTER}（{cn_date(PERIOD[0], False)}至"
      f"{cn_date(PERIOD[1], False)}）全县职业院校受赠情况通报如下。")
    P("一、基本情况")
    P(f"本季度全县{len(SCHOOLS)}所职业院校共接受捐赠{t['n']}笔，价值合计{t['total']}元，其中资金{t['cash']}元、物资{t['goods']}元；"
      f"捐赠人中企业{t['firms']}家、社会组织{t['orgs']}家、自然人{t['people']}名。按照《细则》{c('grade')}，由职业院校校务会议研究决定"
      f"{t['tiers']['self']}笔，报主管部门备案{t['tiers']['file']}笔，经主管部门会同县财政局审批{t['tiers']['approve']}笔。单笔"
      f"{m.AGREEMENT_FROM}元以上的{t['agreements']}笔均签订了书面捐赠协议，开具公益事业捐赠票据{t['receipts']}份。")
    P("二、受赠明细")
    L.append("")
    L += ["\t".join(HEAD1)] + ["\t".join(r) for r in table1_rows()]
    L.append("")
    P("各职业院校受赠汇总：")
    L.append("")
    L += ["\t".join(HEAD2)] + ["\t".join(r) for r in table2_rows()]
    L.append("")
    P("三、旧设备价值确认")
    parts = []
    for g in GIFTS:
        for it in g[2]:
            if isinstance(it[3], tuple):
                mo = it[3][1]
                used = f"已使用{mo // 12}年{mo % 12}个月" if mo % 12 else f"已使用{mo // 12}年"
                count = f"，不满1年的部分按1年计算，折旧年限{years_counted(mo)}年" if mo % 12 else ""
                parts.append(f"{DONORS[g[1]][0]}捐赠的{it[0]}{it[1]}{it[2]}，原购置价格每{it[2]}{it[4]}元，{used}{count}，确认价值"
                             f"{it[4]}×（1－{years_counted(mo)}×{m.RATE}%）×{it[1]}＝{item_value(it)}元")
    P("；".join(parts) + f"（《细则》{c('val_2')}）。")
    P("四、冠名情况")
    for d, (kind, given, on) in NAMED.items():
        g = next(x for x in GIFTS if x[1] == d)
        _, before, when = EARLIER[d]
        years = m.ROOM_YEARS if kind == "实训室" else m.BASE_YEARS
        over = m.ROOM_OVER if kind == "实训室" else m.BASE_OVER
        end = on.replace(year=on.year + years) - datetime.timedelta(1)
        P(f"{DONORS[d][0]}{when}已向{SCHOOLS[g[0]]}捐赠{w(before)}，本季度捐赠{gift_value(g)}元，累计{cumulative(d)}元，超过《细则》"
          f"{c('naming')}规定的{w(over)}，经主管部门于{cn_date(on)}批准冠名“{given}”，冠名期限{years}年（至{cn_date(end)}）。")
    P("五、不予接受情况")
    for k, (got, ans, s, who, what, key, yrs) in enumerate(REFUSED, 1):
        if key == "ref_4":
            why = f"经查询该企业已被列入失信被执行人名单（《细则》{c(key)}）"
        else:
            why = f"该设备出厂已{yrs}年，超过《细则》{c(key)}规定的{m.OLD_MAX}年"
        P(f"（{cn(k)}）{cn_date(got, False)}，{who}向{SCHOOLS[s]}提交捐赠登记表，拟捐赠{what}，{why}，{SCHOOLS[s]}于"
          f"{cn_date(ans, False)}答复不予接受。")
    P("六、存在的问题")
    lf, lr = GIFTS[LATE_FILE], GIFTS[LATE_RECEIPT]
    P(f"（一）{SCHOOLS[lf[0]]}{cn_date(lf[4], False)}接受{DONORS[lf[1]][0]}捐赠的{lf[2][0][0]}（价值{gift_value(lf)}元），"
      f"{cn_date(lf[5], False)}才报县人力资源和社会保障局备案，超过《细则》{c('grade')}规定的{m.FILE_DAYS}个工作日。")
    P(f"（二）{SCHOOLS[lr[0]]}{cn_date(lr[4], False)}验收{DONORS[lr[1]][0]}捐赠的{lr[2][0][0]}，{cn_date(lr[7], False)}才开具公益事业"
      f"捐赠票据，超过《细则》{c('book')}规定的{m.RECEIPT_DAYS}日。")
    P(f"对上述问题，主管部门已责令相关职业院校限期整改，并在年度考核中扣分（《细则》{c('liable')}）。")
    P("七、工作要求")
    P(f"各职业院校要严格执行《细则》，第四季度受赠情况由县教委于{cn_date(NEXT_BY)}前通报。受赠设备要建立资产卡片、粘贴捐赠标识"
      f"（《细则》{c('asset')}）。")
    P(f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。")
    L += ["", ISSUER, DATE, "", NOTE_TEXT, NOTE + "。"]
    return L


def main():
    data = "\ufeff" + "\r\n".join(lines()) + "\r\n"
    path = os.path.join(OUT_DIR, NAME + ".txt")
    open(path, "wb").write(data.encode("utf-8"))
    print("wrote", path, {k: v for k, v in totals().items()})


if __name__ == "__main__":
    main()
