#!/usr/bin/env python3
"""Write fresh38/jiyuan-qianyue-tongbao.md (虚构测试文档，非真实政策).

    cd fresh38/src && python3 make_jiyuan_md.py

Part (b) of the dev pair: **the 会后签约项目清单 / 成果通报** of the 2026年济源市校企供需对接会 — 济源市发展和改革委员会关于2026年济源市
校企供需对接会签约项目情况的通报 (济发改社会〔2026〕31号, 2026年6月3日) — as a Markdown file (the format of knowledge/*.md and
fresh25's ruijin-tuijinhui-tongzhi.md, without front matter): the fictional note as an HTML comment at the top, `#` title, the 文号,
issuer and date in a line under it, 主送, a lead (when and where the 对接会 was held, who came, the 需求目录, the totals), `##`
headings 一、…四、: **一、签约项目清单 as a pipe table** (序号 / 项目名称 / 院校 / 企业 / 合作内容 / 协议金额（万元） / 签约类型, then a
合计 row), 二、总体情况 (counts and amounts by 签约类型 and by school, the largest project, the 分区洽谈 intentions), 三、下一步工作 as a
numbered list `1.`…`4.`, 四、联系人; 落款 and date; the note again as the last line.

PROJECTS holds the rows; the totals in the text are computed from them (../check_fresh38.py recomputes them from the printed table).
RESTATED names the keys of make_jiyuan_docx.FACTS that the 通报 repeats; NEW strings found only here.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_jiyuan_docx import EVENT, FACTS, HOSTS, VENUE, DUTIES  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "jiyuan-qianyue-tongbao.md")
ISSUER = "济源市发展和改革委员会"
DOC_NO = "济发改社会〔2026〕31号"
DATE = "2026年6月3日"
TITLE = f"{ISSUER}关于{EVENT}签约项目情况的通报"
HEAD = ["序号", "项目名称", "院校", "企业", "合作内容", "协议金额（万元）", "签约类型"]
TYPES = ["合作协议", "框架协议", "意向协议"]
TH = "济源太行职业技术学院"
YX = "济源市豫西技工学校"
ZJ = "济源市职业教育中心"
KJ = "济源科技工程学校"
# (项目名称, 院校, 企业, 合作内容, 协议金额（万元）, 签约类型)
PROJECTS = [
    ("冶金技术订单班", TH, "济源鑫泰铅锌冶炼有限公司", "开设冶金技术订单班2个，培养学生90人", "180", "合作协议"),
    ("材料成型实训基地共建", TH, "济源华钢特种钢材有限公司", "共建材料成型实训基地，企业投入实训设备", "460", "合作协议"),
    ("能源化工产业学院", TH, "济源中原能源化工有限公司", "共建能源化工产业学院，共同开发课程6门", "320", "框架协议"),
    ("智能装备现代学徒制", YX, "济源天宇智能装备有限公司", "开展现代学徒制培养，招收学徒40人", "96", "合作协议"),
    ("食品检验订单班", ZJ, "济源绿野食品有限公司", "开设食品检验订单班1个，培养学生45人", "54", "合作协议"),
    ("新材料联合研发中心", TH, "济源众鑫新材料科技有限公司", "共建联合研发中心，开展技术攻关项目3项", "260", "框架协议"),
    ("汽车零部件生产性实训基地", KJ, "济源豫丰汽车零部件有限公司", "共建生产性实训基地，每年接收实习学生100人", "150", "合作协议"),
    ("智慧物流订单班", ZJ, "济源远航物流有限公司", "开设智慧物流订单班1个，培养学生40人", "38.5", "合作协议"),
    ("医药营销人才联合培养", KJ, "济源康安医药有限公司", "联合培养医药营销人才，共建校外实训点", "42", "意向协议"),
    ("工业互联网产业学院", TH, "济源云谷数字科技有限公司", "共建工业互联网产业学院，共建工业互联网实训室", "280", "框架协议"),
    ("电工技能提升培训", YX, "济源华钢特种钢材有限公司", "为企业在岗职工开展电工技能提升培训600人次", "72", "合作协议"),
    ("冶炼设备维修技术服务", YX, "济源鑫泰铅锌冶炼有限公司", "共建设备维修工作室，开展设备维修技术服务", "65", "合作协议"),
]
ATTENDANCE = "全市9所职业院校和技工院校、136家企业的约320名代表参加活动"
DEMAND = "涉及岗位1860个"
INTENTIONS = "达成合作意向47项"
INTENT_DEADLINE = "2026年9月30日前"
REVIEW = "2026年12月底前"
RESTATED = ["venue", "organizer"]
SUPPORT = None
FICTION = ("虚构测试文档，非真实政策：济源市为真实地名，本通报的文号、签约项目、院校、企业、金额、人员、电话和电子邮箱均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")


def fmt(x):
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def total(rows=PROJECTS):
    return sum(float(r[4]) for r in rows)


def by_type(t):
    rows = [r for r in PROJECTS if r[5] == t]
    return len(rows), total(rows)


def by_school(s):
    return sum(1 for r in PROJECTS if r[1] == s)


def largest():
    return max(PROJECTS, key=lambda r: float(r[4]))


def order_students():
    return sum(int(m) for r in PROJECTS if r[0].endswith("订单班") for m in re.findall(r"培养学生(\d+)人", r[3]))


def summary():
    n = len(PROJECTS)
    parts = [f"{t}{by_type(t)[0]}个、协议金额{fmt(by_type(t)[1])}万元" for t in TYPES]
    big = largest()
    return [
        f"本次对接会共签约校企合作项目{n}个，协议金额合计{fmt(total())}万元。按签约类型分，" + "；".join(parts) + "。",
        f"按院校分，{TH}签约{by_school(TH)}个，{YX}签约{by_school(YX)}个，{ZJ}签约{by_school(ZJ)}个，{KJ}签约{by_school(KJ)}个。"
        f"签约企业{len({r[2] for r in PROJECTS})}家，其中济源华钢特种钢材有限公司、济源鑫泰铅锌冶炼有限公司各签约2个项目。",
        f"单个项目协议金额最高的是“{big[0]}”项目，协议金额{big[4]}万元。订单班项目共培养学生{order_students()}人。",
        f"分区洽谈环节，院校和企业现场{INTENTIONS}，由市工业和信息化局会同市职业教育集团建立意向项目清单，逐项跟踪对接。",
    ]


NEXT = [
    "**建立项目台账。** 市发展改革委建立签约项目台账，逐项明确院校和企业双方责任人、实施进度和完成时限，实行清单化管理。",
    "**实行季度调度。** 各签约院校于每季度最后一个月的20日前，将项目实施进展报送市发展改革委社会发展科；签约后6个月内仍未启动实施的项目，"
    "由市发展改革委会同市教育局、市人力资源和社会保障局约谈提醒。",
    f"**推动意向转化。** 签订意向协议的项目，合作双方要加快商定合作细节，力争于{INTENT_DEADLINE}转签为合作协议。",
    f"**开展履约评估。** {REVIEW}，市发展改革委会同有关部门对签约项目履约情况进行评估，评估结果作为市级产教融合型企业认定和产教融合"
    "实训基地项目推荐的参考。",
]


def text():
    n = len(PROJECTS)
    d = {x[0]: x for x in DUTIES}
    o = [f"<!-- {FICTION} -->", "", f"# {TITLE}", "", f"{DOC_NO}　　{ISSUER}　　{DATE}", "",
         "各职业院校、技工院校，市直有关单位，各有关企业：", "",
         f"2026年5月22日，{EVENT}在{VENUE}举办。对接会由" + "、".join(HOSTS) + f"主办，{FACTS['organizer']}承办，{ATTENDANCE}。"
         f"对接会发布了《济源市2026年重点企业技能人才需求目录》，{DEMAND}；现场集中签约校企合作项目{n}个，协议金额合计{fmt(total())}万元。"
         "现将签约项目情况通报如下。", "",
         "## 一、签约项目清单", "",
         "| " + " | ".join(HEAD) + " |", "|" + "|".join(["---"] * len(HEAD)) + "|"]
    for i, r in enumerate(PROJECTS, 1):
        o.append("| " + " | ".join([str(i)] + list(r)) + " |")
    o.append("| 合计 |  |  |  |  | " + fmt(total()) + " |  |")
    o += ["", "注：协议金额为合作双方在协议中约定的资金投入和设备投入金额合计，意向协议项目为预计金额。", "",
          "## 二、总体情况", ""]
    for p in summary():
        o += [p, ""]
    o += ["## 三、下一步工作", ""]
    o += [f"{i}. {x}" for i, x in enumerate(NEXT, 1)]
    fg = d["市发展改革委"]
    jy = d["市教育局"]
    o += ["", "## 四、联系人", "",
          f"市发展改革委{fg[2]}　{fg[3]}，电话：{fg[4]}；",
          f"市教育局{jy[2]}　{jy[3]}，电话：{jy[4]}。", "",
          ISSUER, "", DATE, "", f"（{FICTION}）", ""]
    return "\n".join(o)


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
