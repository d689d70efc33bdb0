#!/usr/bin/env python3
"""Write fresh43/xihua-xiangmu-tongzhi.txt (虚构测试文档，非真实政策): the dev 企业实践项目 notice as a plain-text file.

    cd fresh43/src && python3 make_xihua_txt.py

Part (b) of the dev pair: 西华县教育体育局关于下达2026年度职业学校专业教师企业实践项目的通知 (西教体〔2026〕27号, 2026年5月22日),
citing the 规定 (make_xihua_docx.py) by title and 文号 and its articles by number. **A plain-text notice as a county bureau sends
it by its OA system's 纯文本 export**: UTF-8 without BOM, CRLF line ends (Windows), one paragraph a line (no hard breaks), paragraphs
indented with two ideographic spaces, headings `一、…` flush left, the 落款 pushed right with ideographic spaces; **the 项目表 as a
text table drawn with box-drawing characters** (`┌─┬─┐ │ ├─┼─┤ └─┴─┘`, each CJK character and each box character two columns
wide, padded with ideographic spaces): **cells wrap inside their column**, so a long firm or post name is split over two or three
lines of the table, each line holding one piece of every cell of its row.

Every total (projects, firms, places, inside / outside the county, lodging, batches), every rate restated, every conversion and every
worked allowance is computed here from make_xihua_docx's figures, every article cited by number computed (make_xihua_docx.art()),
and recomputed by ../check_fresh43.py.
"""
import datetime
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_xihua_docx as m  # noqa: E402

NAME = "xihua-xiangmu-tongzhi"
ISSUER = "西华县教育体育局"
DOC_NO = "西教体〔2026〕27号"
DATE = "2026年5月22日"
YEAR = "2026年度"
TITLE = f"{ISSUER}关于下达{YEAR}职业学校专业教师企业实践项目的通知"
TABLE_TITLE = f"{YEAR}西华县职业学校专业教师企业实践项目表"
WH, HK = "西华县娲皇职业中等专业学校", "西华县华康技工学校"
ROOM = "提供住宿"
IN, OUT = "县内", "县外"
B1, B2 = "第一批", "第二批"
# (编号, 实践企业, 实践岗位, 对口专业, 名额, 批次, 实践地点, 备注)
PROJECTS = [
    ("XH2601", "西华县丰穗面业有限公司", "面粉加工生产线操作", "食品加工工艺", 2, B1, IN, "—"),
    ("XH2602", "西华县丰穗面业有限公司", "食品质量检验", "食品加工工艺", 1, B2, IN, "—"),
    ("XH2603", "西华县华纬纺织有限公司", "纺纱设备维护", "机电技术应用", 2, B1, IN, "—"),
    ("XH2604", "西华县金禾农业机械有限公司", "农机装配调试", "农业机械使用与维护", 2, B1, IN, "—"),
    ("XH2605", "西华县顺骐汽车销售服务有限公司", "汽车机电维修", "汽车运用与维修", 2, B2, IN, "—"),
    ("XH2606", "西华县云采电子商务有限公司", "直播电商运营", "电子商务", 2, B1, IN, "—"),
    ("XH2607", "鼎盛精工数控机床有限公司", "数控车削加工", "数控技术应用", 2, B1, OUT, ROOM),
    ("XH2608", "博拓工业机器人科技有限公司", "工业机器人运维", "工业机器人技术应用", 1, B2, OUT, ROOM),
    ("XH2609", "博拓工业机器人科技有限公司", "焊接机器人编程", "焊接技术应用", 1, B2, OUT, ROOM),
    ("XH2610", "华信智能电网科技有限公司", "配电设备运行", "电气设备运行与控制", 2, B2, OUT, "—"),
    ("XH2611", "西华县颐康养老服务有限公司", "老年照护", "护理", 2, B2, IN, "—"),
]
HEAD = ["编号", "实践企业", "实践岗位", "对口专业", "名额", "批次", "实践地点", "备注"]
WIDTHS = [8, 16, 12, 12, 4, 6, 8, 8]      # display columns (a CJK character is 2)
D = datetime.date
BATCHES = {B1: (D(2026, 7, 6), D(2026, 7, 31)), B2: (D(2026, 8, 3), D(2026, 8, 28))}
APPLY_END = D(2026, 6, 5)       # 教师向学校报名
SUBMIT = D(2026, 6, 10)         # 学校报县教育体育局
RESULT = D(2026, 6, 19)         # 安排结果通知各校
INSURE = {B1: D(2026, 7, 3), B2: D(2026, 7, 31)}
REPORT_DAYS = 5                 # 规定 第二十六条: 实践结束后5个工作日内
PIECE_END = D(2026, 12, 25)     # 分段实践完成
ASSESS_END = D(2026, 9, 30)     # 考核结果公布
NEW_SINCE = "2024年9月"          # 新入职: 这个时间以后入职
FARE = 200                      # 元 — this year's change: 县外 往返路费包干 per project
# worked allowances: (place, days in 集中实践, days in 分段实践)
PAY = [(IN, 20, 0), (OUT, 20, 25)]
CONTACTS = [
    ("政策咨询", "县教育体育局职业教育股", "王振华", m.CONTACT[1]),
    ("报名", WH, "李娟", "0394-5226408"),
    ("报名", HK, "张国庆", "0394-5237715"),
]
WEEK = "一二三四五六日"
NOTE_LINES = [
    "本文件为虚构测试文档，非真实政策：西华县为真实地名，文号、学校、企业、项目、名额、日期、补助金额、人员和电话均为虚构，仅用于问答"
    "系统评测。",
    "虚构测试文档，非真实政策",
]


def cn_date(d, year=True, week=False):
    s = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
    return s + (f"（星期{WEEK[d.weekday()]}）" if week else "")


def workdays(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + datetime.timedelta(i)).weekday() < 5)


def add_workdays(d, n):
    while n:
        d += datetime.timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


def report_by(batch):
    return add_workdays(BATCHES[batch][1], REPORT_DAYS)


def totals():
    ps = PROJECTS
    return dict(projects=len(ps), firms=len({p[1] for p in ps}), places=sum(p[4] for p in ps),
                in_projects=sum(1 for p in ps if p[6] == IN), in_places=sum(p[4] for p in ps if p[6] == IN),
                out_projects=sum(1 for p in ps if p[6] == OUT), out_places=sum(p[4] for p in ps if p[6] == OUT),
                room=sum(1 for p in ps if p[7] == ROOM),
                b1=sum(1 for p in ps if p[5] == B1), b1_places=sum(p[4] for p in ps if p[5] == B1),
                b2=sum(1 for p in ps if p[5] == B2), b2_places=sum(p[4] for p in ps if p[5] == B2))


def firm_places():
    out = {}
    for p in PROJECTS:
        out[p[1]] = out.get(p[1], 0) + p[4]
    return out


def pay_examples():
    """[(sentence, amount before the cap, paid)]"""
    out = []
    for where, block, piece in PAY:
        rate = m.IN_RATE if where == IN else m.OUT_RATE
        days = block + piece
        amount = rate * days
        if not piece:
            s = f"参加{where}项目集中实践{block}个工作日的，生活补助为{rate}×{block}＝{amount}元"
        else:
            s = (f"参加{where}项目集中实践{block}个工作日、本学年又到{where}企业分段实践{piece}个工作日的，生活补助为{rate}×{days}＝"
                 f"{amount}元，超过每人每年{m.CAP}元的上限，按{m.CAP}元发放")
        out.append((s, amount, min(amount, m.CAP)))
    return out


# ---------------------------------------------------------------- the text table
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def wrap(s, w):
    """the pieces of a cell, each at most w columns wide"""
    out, cur = [], ""
    for c in s:
        if width(cur + c) > w:
            out.append(cur)
            cur = ""
        cur += c
    return out + [cur]


def pad(s, w):
    gap = w - width(s)
    return s + "　" * (gap // 2) + " " * (gap % 2)


def rule(left, mid, right):
    return left + mid.join("─" * (w // 2) for w in WIDTHS) + right


def table_lines():
    rows = [HEAD] + [[p[0], p[1], p[2], p[3], str(p[4]), p[5], p[6], p[7]] for p in PROJECTS]
    lines = [rule("┌", "┬", "┐")]
    for i, r in enumerate(rows):
        pieces = [wrap(c, w) for c, w in zip(r, WIDTHS)]
        for k in range(max(len(p) for p in pieces)):
            lines.append("│" + "│".join(pad(p[k] if k < len(p) else "", w) for p, w in zip(pieces, WIDTHS)) + "│")
        lines.append(rule("├", "┼", "┤") if i < len(rows) - 1 else rule("└", "┴", "┘"))
    return lines


def cell_pieces(p):
    """the pieces of each cell of a project's row, as the table prints them"""
    r = [p[0], p[1], p[2], p[3], str(p[4]), p[5], p[6], p[7]]
    return [wrap(c, w) for c, w in zip(r, WIDTHS)]


# ---------------------------------------------------------------- the notice
def text():
    t = totals()
    a = {k: m.art(k) for k in ("period", "form", "apply", "order", "log", "leave", "insurance", "inspect", "subsidy", "travel",
                               "station_pay", "assess", "recognize", "fail")}
    b1, b2 = BATCHES[B1], BATCHES[B2]
    pay = pay_examples()
    fp = firm_places()
    big = max(fp, key=fp.get)
    big_codes = [p[0] for p in PROJECTS if p[1] == big]
    days = m.MIN_BLOCK
    P = "　　"
    o = [ISSUER, "", DOC_NO, "", TITLE, "",
         "各职业学校，各教师企业实践工作站：",
         f"{P}根据《{m.GUIDING}》（{m.DOC_NO}，以下简称《规定》），结合各职业学校报送的{YEAR}专业教师企业实践计划和各工作站接收能力，"
         f"现将{YEAR}职业学校专业教师企业实践项目下达给你们，并就有关事项通知如下：",
         "一、项目安排",
         f"{P}{YEAR}共安排企业实践项目{t['projects']}个，涉及实践企业{t['firms']}家，提供实践名额{t['places']}个。其中，{IN}项目{t['in_projects']}个、"
         f"名额{t['in_places']}个；{OUT}项目{t['out_projects']}个、名额{t['out_places']}个。本年度项目的实践企业均为已认定的{m.STATION}。"
         "具体项目见附件。",
         "二、实践时间",
         f"{P}（一）集中实践分两批进行：{B1}{cn_date(b1[0], week=True)}至{cn_date(b1[1], year=False, week=True)}，共{t['b1']}个项目、"
         f"{t['b1_places']}个名额；{B2}{cn_date(b2[0], week=True)}至{cn_date(b2[1], year=False, week=True)}，共{t['b2']}个项目、"
         f"{t['b2_places']}个名额。每批{workdays(*b1)}个工作日，符合《规定》{a['form']}“集中实践每次连续不少于{m.MIN_BLOCK}个工作日”的要求。",
         f"{P}（二）分段实践由学校与实践企业商定，每段不少于{m.MIN_PIECE}个工作日，于{cn_date(PIECE_END)}前完成。",
         "三、参加对象和报名",
         f"{P}（一）两所职业学校的专业教师均可报名。{NEW_SINCE}以后入职且没有企业工作经历的专业教师，应当按照《规定》{a['period']}在入职后"
         f"{m.NEW_YEARS}年内完成不少于{m.NEW_MONTHS}个月（{m.NEW_MONTHS * m.DAYS_PER_MONTH}个工作日）的企业实践，今年应当报名参加集中实践。",
         f"{P}（二）专业教师于{cn_date(APPLY_END)}前向所在学校报名，每人限报1个集中实践项目（《规定》{a['apply']}）。",
         f"{P}（三）各职业学校审核后，于{cn_date(SUBMIT, year=False)}前将报名汇总表报县教育体育局职业教育股。",
         f"{P}（四）同一项目报名人数超过名额的，按《规定》{a['order']}的顺序安排。安排结果于{cn_date(RESULT, year=False)}前通知各职业学校。",
         "四、实践要求",
         f"{P}（一）实践教师于每批第一天上午8:30到实践企业报到，由企业指导人员安排岗位。",
         f"{P}（二）实践教师每天填写企业实践日志，每周五向所在学校报告实践情况（《规定》{a['log']}）；请假按《规定》{a['leave']}办理。",
         f"{P}（三）各职业学校于{cn_date(INSURE[B1], year=False)}前为{B1}、{cn_date(INSURE[B2], year=False)}前为{B2}实践教师购买人身意外伤害"
         f"保险（《规定》{a['insurance']}），每批实践期间至少开展1次现场巡查（《规定》{a['inspect']}）。",
         "五、经费保障",
         f"{P}（一）生活补助按《规定》{a['subsidy']}执行：{IN}项目每人每天{m.IN_RATE}元，{OUT}项目每人每天{m.OUT_RATE}元，每人每年最高不超过"
         f"{m.CAP}元。例如，{pay[0][0]}；{pay[1][0]}。",
         f"{P}（二）经县财政局同意，{YEAR}到{OUT}企业实践的往返路费实行包干，每人每个项目{FARE}元，不再凭票据实报实销。备注栏标注“{ROOM}”的"
         f"{t['room']}个{OUT}项目由实践企业免费提供住宿，不再另付住宿费；其他{OUT}项目的住宿费按《规定》{a['travel']}凭票据实报实销。",
         f"{P}（三）工作站补助按《规定》{a['station_pay']}核定。例如，{big.replace('西华县', '')}承担{'、'.join(big_codes)}{'两' if len(big_codes) == 2 else len(big_codes)}个项目共{fp[big]}个名额，"
         f"实践教师全部考核合格的，可获补助{m.STATION_PAY}×{fp[big]}＝{m.STATION_PAY * fp[big]}元。",
         "六、考核认定",
         f"{P}（一）实践教师应当在实践结束后{REPORT_DAYS}个工作日内向所在学校提交企业实践日志、实践总结和考核登记表（《规定》{a['assess']}），"
         f"{B1}于{cn_date(report_by(B1), year=False)}前、{B2}于{cn_date(report_by(B2), year=False)}前提交。考核结果于{cn_date(ASSESS_END, year=False)}前公布。",
         f"{P}（二）考核合格以上的，按《规定》{a['recognize']}认定企业实践时间和继续教育学时。完成1批集中实践{days}个工作日的，折算企业实践时间"
         f"{days // m.DAYS_PER_MONTH}个月、教学工作量{days * m.WORKLOAD}课时、继续教育学时{days * m.CREDIT}学时。考核不合格的，按《规定》"
         f"{a['fail']}处理。",
         "七、联系方式",
         f"{P}政策咨询：{CONTACTS[0][1]}，{CONTACTS[0][2]}，电话{CONTACTS[0][3]}。",
         f"{P}报名咨询：{CONTACTS[1][1]}教务处，{CONTACTS[1][2]}，电话{CONTACTS[1][3]}；{CONTACTS[2][1]}教务科，{CONTACTS[2][2]}，电话"
         f"{CONTACTS[2][3]}。",
         "",
         f"{P}附件：{TABLE_TITLE}",
         "",
         "　" * 16 + ISSUER,
         "　" * 16 + DATE,
         "",
         "附件",
         "",
         TABLE_TITLE,
         ""]
    o += table_lines()
    o += ["", f"注：{IN}项目{t['in_projects']}个、名额{t['in_places']}个，{OUT}项目{t['out_projects']}个、名额{t['out_places']}个，合计{t['projects']}"
          f"个项目、{t['places']}个名额。", "", "（此件公开发布）", ""]
    o += NOTE_LINES
    return "\r\n".join(o) + "\r\n"


def main():
    open(os.path.join(OUT_DIR, NAME + ".txt"), "w", encoding="utf-8", newline="").write(text())
    print("wrote", os.path.join(OUT_DIR, NAME + ".txt"))


if __name__ == "__main__":
    main()
