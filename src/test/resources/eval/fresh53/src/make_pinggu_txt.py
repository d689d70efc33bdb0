#!/usr/bin/env python3
"""Write fresh53/pinggu-qimeng-tongzhi.txt (虚构测试文档，非真实政策): the held-out district's 通知 on the first year of its
职业启蒙实践中心 — each centre's sessions, the sessions counted, the running subsidy and the one-off start grant — under the plan
of make_pinggu_md.py; part (b) of the held-out pair.

    cd fresh53/src && python3 make_pinggu_txt.py

**Layout: a plain UTF-8 text (no BOM, LF) as a text copied out of a fixed-width window keeps it** — **every paragraph hard-wrapped
at 72 display columns (a CJK character is two), mid-word and mid-number**, the first line of a paragraph led by two full-width
spaces, headings `一、` / `（一）` / `1．` typed, **page-number lines `— 2 —` between the pages** (every 40 lines; evalset drops
them), the 落款 pushed right with spaces, and **one table set in columns with spaces only** (no rules between cells: a line of
`-` above and below the header and above the 合计 row; numbers right-aligned); the note in the last lines.

Every figure is computed here from CENTERS and the plan's figures (make_pinggu_md.py); the checker recomputes them on its own.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_pinggu_md as m  # noqa: E402
from common import D, NOTE, OUT_DIR, add_workdays, cn_date, pad, w, width, wrap  # noqa: E402,F401

NAME = "pinggu-qimeng-tongzhi"
ISSUER = "平谷区教育委员会"
DOC_NO = "平教职〔2026〕45号"
DATE_D = D(2026, 12, 28)
DATE = cn_date(DATE_D)
YEAR = "2026年度"
TITLE = f"{ISSUER}关于{YEAR}职业启蒙实践中心运行情况和运行补贴核拨结果的通知"
RECOGNIZED = D(2026, 6, 5)
RECOGNIZE_NO = "平教职〔2026〕21号"
FROM = D(2026, 6, 8)                       # the centres received pupils from this day
PERIOD_END = D(2026, 11, 20)               # the plan's period end
SUBMIT_DUE = D(2026, 11, 30)
REVIEWED = D(2026, 12, 14)
PAID = D(2026, 12, 23)
START_PAID = D(2026, 7, 31)                # the start grants paid
SCHOOLS_TOTAL = (34, 23, 11)               # 中小学校 that took part: all, 小学, 初中
MENTORS = 57
FOUND = D(2026, 11, 12)                    # the inspection that found no safety officer
FIX_BY = D(2027, 1, 15)
INSURANCE = ("平谷区松柏中学", D(2026, 10, 16))   # the school that bought no insurance for its pupils
NEXT_APPLY = D(2027, 4, 30)
NEXT_SUBMIT = D(2027, 11, 30)
BEST_BY = D(2027, 1, 29)
CONTACT = m.CONTACTS[0]
TYPE = {"企业": "企业", "学校": "职业学校"}
REASON = {"few": f"参加学生不足{m.SESSION_MIN}人", "many": f"参加学生超过{m.SESSION_MAX}人", "short": f"时长不足{m.MINUTES}分钟",
          "unsigned": "记录未经中小学校签字确认"}
# name, kind, project, sessions declared, sessions not counted (reason, n), pupils (人次), investment (企业) or None, safety officer
CENTERS = [
    ("平谷鸣琴乐器有限公司", "企业", "提琴制作体验", 44, [], 1672, 268000, True),
    ("平谷丰桃果品有限公司", "企业", "大桃种植与分拣", 36, [("few", 3)], 1287, 126000, True),
    ("平谷蜂语蜂业有限公司", "企业", "蜜蜂养殖认知", 21, [], 756, 94000, False),
    ("平谷冷运冷链物流有限公司", "企业", "冷链仓储认知", 18, [("short", 2)], 640, 180000, True),
    ("平谷金谷食品有限公司", "企业", "面点制作", 30, [("many", 1)], 1098, 152000, True),
    ("平谷云图数字科技有限公司", "企业", "无人机认知", 15, [("unsigned", 4)], 540, 214000, True),
    ("平谷区现代农业职业学校", "学校", "智慧农业", 28, [], 1036, None, True),
    ("平谷区工艺美术职业学校", "学校", "剪纸与装裱", 19, [], 665, None, True),
]
FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：平谷区为真实地名，文号、企业、学校、场次、人数、金额、日期、人员和电话均为虚构，仅用于"
                "问答系统评测。")
COLS = 72


def counted(c):
    return c[3] - sum(n for _, n in c[4])


def raw_run(c):
    return counted(c) * m.RATE[c[1]]


def run(c):
    return min(raw_run(c), m.CAP)


def raw_start(c):
    return c[6] * m.START_SHARE // 100 if c[1] == "企业" else 0


def start(c):
    return min(raw_start(c), m.START_CAP)


def rows():
    return [[str(i), c[0], TYPE[c[1]], str(c[3]), str(counted(c)), str(c[5]), str(run(c)), str(start(c)) if c[1] == "企业" else "—",
             "已拨付" if c[7] else "暂缓拨付"] for i, c in enumerate(CENTERS, 1)]


def totals():
    return (sum(c[3] for c in CENTERS), sum(counted(c) for c in CENTERS), sum(c[5] for c in CENTERS), sum(run(c) for c in CENTERS),
            sum(start(c) for c in CENTERS))


HEAD = ["序号", "实践中心名称", "类别", "申报场次", "核定场次", "参与学生（人次）", "运行补贴（元）", "启动补贴（元）", "拨付情况"]
RIGHT = {3, 4, 5, 6, 7}


def table():
    t = totals()
    allr = [HEAD] + rows() + [["合计", "", "", str(t[0]), str(t[1]), str(t[2]), str(t[3]), str(t[4]), ""]]
    ws = [max(width(r[k]) for r in allr) for k in range(len(HEAD))]

    def line(r):
        return "  ".join(pad(r[k], ws[k], k in RIGHT) for k in range(len(r))).rstrip()
    rule = "-" * (sum(ws) + 2 * (len(ws) - 1))
    return [rule, line(HEAD), rule] + [line(r) for r in allr[1:-1]] + [rule, line(allr[-1])]


def paras():
    """(kind, text): kind 'h' a heading line, 'p' a paragraph (wrapped, indented), 'n' a line as it is"""
    t = totals()
    firms = [c for c in CENTERS if c[1] == "企业"]
    schools = [c for c in CENTERS if c[1] == "学校"]
    cap = next(c for c in CENTERS if raw_run(c) > m.CAP)
    held = next(c for c in CENTERS if not c[7])
    caps = [c for c in firms if raw_start(c) > m.START_CAP]
    cut = {k: next((c, n) for c in CENTERS for kk, n in c[4] if kk == k) for k in REASON}
    ci = m.cite
    fa = f"《{m.PLAN}》（{m.DOC_NO}，以下简称《方案》）"
    paid = t[3] - run(held)
    return [
        ("n", "各职业启蒙实践中心，各中小学校："),
        ("p", f"根据{fa}{ci('r_1')}、{ci('y_1')}规定，区教委对{YEAR}职业启蒙实践中心场次记录和补贴申请进行了审核，现将运行情况和运行"
              "补贴核拨结果通知如下。"),
        ("h", "一、基本情况"),
        ("p", f"{cn_date(RECOGNIZED)}，区教委认定首批职业启蒙实践中心{len(CENTERS)}个（{RECOGNIZE_NO}），其中企业实践中心{len(firms)}个、"
              f"职业学校实践中心{len(schools)}个。{cn_date(FROM, False)}至{cn_date(PERIOD_END, False)}，各实践中心共申报实践活动{t[0]}场次，"
              f"参与学生{t[2]}人次，全区{SCHOOLS_TOTAL[0]}所中小学校（小学{SCHOOLS_TOTAL[1]}所、初中{SCHOOLS_TOTAL[2]}所）组织学生参加。"
              f"各实践中心共有启蒙导师{MENTORS}名。"),
        ("h", "二、运行补贴核定和拨付情况"),
        ("p", f"（一）场次核定。各实践中心均于{cn_date(SUBMIT_DUE, False)}前报送了场次记录和补贴申请表。经审核，核定场次{t[1]}场次，"
              f"以下{t[0] - t[1]}场次不计入核定场次（《方案》{ci('r_2')}）："),
        ("p", f"1．{cut['few'][0][0]}有{cut['few'][1]}场次{REASON['few']}；"),
        ("p", f"2．{cut['short'][0][0]}有{cut['short'][1]}场次{REASON['short']}；"),
        ("p", f"3．{cut['many'][0][0]}有{cut['many'][1]}场次{REASON['many']}；"),
        ("p", f"4．{cut['unsigned'][0][0]}有{cut['unsigned'][1]}场次{REASON['unsigned']}。"),
        ("p", f"（二）补贴核定。按照企业实践中心每场次{m.RATE['企业']}元、职业学校实践中心每场次{m.RATE['学校']}元的标准，核定运行补贴共"
              f"{t[3]}元。{cap[0]}核定{counted(cap)}场次，按标准计算为{raw_run(cap)}元，超过每个实践中心每年最高{w(m.CAP)}的规定，按"
              f"{m.CAP}元核定。"),
        ("p", f"（三）补贴拨付。区教委于{cn_date(REVIEWED, False)}完成审核并将审核意见送区财政局，区财政局已于{cn_date(PAID, False)}拨付"
              f"运行补贴{paid}元。{held[0]}未按规定配备专职安全员，其运行补贴{run(held)}元暂缓拨付（《方案》{ci('r_3')}）。"),
        ("p", f"（四）启动补贴。按照《方案》{ci('t_1')}规定，{len(firms)}个企业实践中心按场地改造和设备购置实际投入的{m.START_SHARE}%"
              f"核定启动补贴共{t[4]}元，已于{cn_date(START_PAID, False)}拨付。其中，" + "，".join(
                  f"{c[0]}实际投入{c[6]}元，计算为{raw_start(c)}元" for c in caps) + f"，均超过最高{w(m.START_CAP)}的规定，按"
              f"{m.START_CAP}元核定；{len(schools)}个职业学校实践中心不享受启动补贴。各实践中心核定情况见附表。"),
        ("h", "三、存在的问题"),
        ("p", f"（一）未配备专职安全员。{cn_date(FOUND, False)}区教委现场检查发现，{held[0]}未按《方案》{ci('c_firm')}规定配备专职安全员，"
              f"已责令其于{cn_date(FIX_BY)}前整改，整改到位后拨付暂缓的运行补贴。"),
        ("p", f"（二）未为学生购买意外伤害保险。{INSURANCE[0]}{cn_date(INSURANCE[1], False)}组织学生参加职业启蒙实践，未按《方案》"
              f"{ci('a_2')}规定为学生购买意外伤害保险，已责令立即整改，予以通报批评。"),
        ("p", f"（三）部分场次不规范。部分实践中心存在参加学生人数不足、时长不足和场次记录未签字确认的情况，各实践中心要严格执行"
              f"《方案》{ci('session')}的规定。"),
        ("h", "四、下一步工作"),
        ("p", f"（一）{YEAR}优秀职业启蒙实践中心评选工作将于{cn_date(BEST_BY)}前完成，评选数量不超过{m.BEST_MAX}个，每个奖励"
              f"{w(m.BEST_AWARD)}（《方案》{ci('b_1')}）。"),
        ("p", f"（二）第二批职业启蒙实践中心申报工作将于2027年4月启动，申报截止时间为{cn_date(NEXT_APPLY)}。"),
        ("p", f"（三）各实践中心应当于{cn_date(NEXT_SUBMIT)}前报送2027年场次记录和补贴申请表。"),
        ("p", f"联系人：{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。"),
    ]


def lines():
    L = [" " * 28 + ISSUER, "", " " * 26 + DOC_NO, ""]
    L += wrap(TITLE, COLS) + [""]
    for kind, t in paras():
        if kind == "p":
            L += wrap("　　" + t, COLS)
        else:
            L.append(t)
    L += ["", "附表：" + f"{YEAR}职业启蒙实践中心运行补贴和启动补贴核定表", "", " " * 50 + ISSUER, " " * 50 + DATE, ""]
    L += ["附表", "", " " * 10 + f"{YEAR}职业启蒙实践中心运行补贴和启动补贴核定表", ""] + table()
    L += ["", f"注：运行补贴按《方案》{m.cite('r_1')}核定，启动补贴按《方案》{m.cite('t_1')}核定。", ""]
    L += wrap(FICTION_TEXT, COLS) + [NOTE + "。"]
    out, page = [], 1
    for i, l in enumerate(L):
        out.append(l)
        if (i + 1) % 40 == 0 and i + 1 < len(L):
            out += ["", " " * 34 + f"— {page} —", ""]
            page += 1
    return out


def main():
    path = os.path.join(OUT_DIR, NAME + ".txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines()) + "\n")
    print("wrote", path, totals())


if __name__ == "__main__":
    main()
