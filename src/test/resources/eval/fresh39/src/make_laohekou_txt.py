#!/usr/bin/env python3
"""Write fresh39/laohekou-bianzhi-shuoming.txt (虚构测试文档，非真实政策): the 编制说明 of the dev 目录 as plain text, the way
`pdftotext -layout` gives it from a printed PDF (UTF-8).

    cd fresh39/src && python3 make_laohekou_txt.py

Part (b) of the dev pair: 《老河口市2026年重点产业紧缺技能人才需求目录》编制说明 (市人力资源和社会保障局, 2026年3月18日): 一、编制目的
和依据, 二、编制过程 (surveyed enterprises, period, questionnaires, visits, 座谈会, platform data, 专家论证), 三、目录主要情况 (totals per
industry, ★ counts, most-needed posts, the share asking for 高级工及以上, pay, changes against 2025), 四、使用指引 (院校 / 企业 / 学生和
求职者), 五、配套支持政策 (订单班补助, 技能提升补贴 上浮, 新型学徒制, exclusions, 受理时间), 六、更新机制, 七、联系方式. The text is
hard-wrapped at 35 characters, ASCII runs set off by spaces (`2026 年 3 月`), centred title lines, a page-number line `— N —` after
every 30 lines (the page break splits sentences), the note in the last lines.

Every figure of 三 is computed from make_laohekou_pdf.ROWS (../check_fresh39.py recomputes them); FACTS holds the strings the
questions and the check use.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_laohekou_pdf as m  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "laohekou-bianzhi-shuoming.txt")
TITLE = f"《{m.MULU}》编制说明"
ISSUER = "老河口市人力资源和社会保障局"
DATE = "2026年3月18日"
WIDTH = 35
PAGE = 30
SURVEYED = 168
INDUSTRIAL = 109
SERVICE = SURVEYED - INDUSTRIAL
VALID_Q = 161
VISITS = 45
NEW_POSTS = ["工业机器人系统运维员", "电池制造工", "工艺工程师（电芯）", "农产品电商运营员", "保育师"]
OUT_POSTS = ["纺纱工", "缝纫工", "汽车维修工"]
POSTS_2025 = len(m.ROWS) - len(NEW_POSTS) + len(OUT_POSTS)
CONTACTS = [
    ("市人力资源和社会保障局职业能力建设股", "龚振宇", "0710-8236417", "目录编制和培训补贴"),
    ("市教育局职业教育与成人教育股", "柯晓岚", "0710-8217735", "专业设置和订单班备案"),
    ("市经济和信息化局产业发展股", "詹国栋", "0710-8249062", "企业用工需求收集"),
]
FACTS = {
    "period": "2026年1月8日至2月20日",
    "review": "2026年3月6日（星期五）",
    "order_class": "按每生每年1200元给予补助，单个院校每年最高30万元",
    "order_terms": "订单协议期限不少于2年、每班学生不少于20人",
    "raise": "上浮30%",
    "mid": "中级工由每人1500元提高到1950元",
    "high": "高级工由每人2000元提高到2600元",
    "apprentice": "每人每年6000元",
    "apprentice_other": "每人每年5000元",
    "filing": "2026年5月29日（星期五）前",
    "intake": "每年6月和12月集中受理",
    "update": "每年3月发布",
    "supplement": "每年9月增补一次",
    "phones": [c[2] for c in CONTACTS],
}


def top_industries():
    return sorted(m.INDUSTRIES, key=lambda i: -m.total(m.by_industry(i)))


def top_posts(n=3):
    return sorted(m.ROWS, key=lambda r: -r[4])[:n]


def highest_pay():
    return max(m.ROWS, key=lambda r: int(r[5].split("—")[1]))


def paragraphs():
    t = m.total()
    ti = top_industries()
    s3, s2, s1 = (m.by_star(s) for s in (m.S3, m.S2, m.S1))
    sen = m.senior()
    hp = highest_pay()
    tp = top_posts()
    o = [("c", TITLE), ("c", ISSUER), ("c", DATE), ("", ""),
         ("h", "一、编制目的和依据"),
         ("p", "为贯彻落实《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），摸清我市重点产业技能人才供需状况，引导职业"
               "院校、技工院校按需设置专业、按需培养人才，引导劳动者按需提升技能，市人力资源和社会保障局会同市经济和信息化局、市教育局"
               f"编制了《{m.MULU}》（以下简称《目录》）。"),
         ("h", "二、编制过程"),
         ("p", f"（一）书面调查。{FACTS['period']}，对全市重点产业{SURVEYED}家企业开展用工需求调查，其中规模以上工业企业"
               f"{INDUSTRIAL}家、服务业企业{SERVICE}家，收回有效调查表{VALID_Q}份。"),
         ("p", f"（二）实地走访和座谈。实地走访企业{VISITS}家，召开企业座谈会4场、院校座谈会2场，听取企业人力资源负责人和院校专业"
               "负责人意见。"),
         ("p", "（三）数据比对。比对老河口市公共就业服务平台2025年发布的岗位信息1.26万条和求职登记信息，测算各岗位求人倍率及平均"
               "招聘周期。"),
         ("p", f"（四）专家论证。{FACTS['review']}召开专家论证会，邀请企业、院校和行业协会专家11人对《目录》初稿进行论证，"
               "根据论证意见修改完善后发布。"),
         ("h", "三、目录主要情况"),
         ("p", f"（一）总体情况。《目录》涵盖{len(m.INDUSTRIES)}个产业，共收录岗位（工种）{len(m.ROWS)}个，需求人数合计{t}人。"
               f"其中，紧缺程度为★★★的特别紧缺岗位{len(s3)}个、需求{m.total(s3)}人，★★的比较紧缺岗位{len(s2)}个、需求"
               f"{m.total(s2)}人，★的一般紧缺岗位{len(s1)}个、需求{m.total(s1)}人。"),
         ("p", f"（二）产业分布。需求人数最多的是{ti[0]}，需求{m.total(m.by_industry(ti[0]))}人，占"
               f"{m.pct(m.total(m.by_industry(ti[0])), t)}；其次是{ti[1]}，需求{m.total(m.by_industry(ti[1]))}人，占"
               f"{m.pct(m.total(m.by_industry(ti[1])), t)}；{ti[2]}需求{m.total(m.by_industry(ti[2]))}人，占"
               f"{m.pct(m.total(m.by_industry(ti[2])), t)}。"),
         ("p", "（三）重点岗位。需求人数最多的3个岗位是" + "、".join(f"{r[1]}（{r[4]}人）" for r in tp) +
               f"。薪酬区间最高的是{hp[1]}，为每月{hp[5]}元。"),
         ("p", f"（四）技能等级要求。要求高级工及以上职业技能等级的岗位{len(sen)}个、需求{m.total(sen)}人，占需求总人数的"
               f"{m.pct(m.total(sen), t)}，主要集中在模具、设备维修和工业机器人运维等岗位。"),
         ("p", f"（五）与上年相比。2025年目录收录岗位{POSTS_2025}个。本年度新增" + "、".join(NEW_POSTS) +
               f"{len(NEW_POSTS)}个岗位，调出" + "、".join(OUT_POSTS) + f"{len(OUT_POSTS)}个供需基本平衡的岗位。"),
         ("h", "四、使用指引"),
         ("p", "（一）职业院校、技工院校。一是调整专业设置，紧缺程度为★★★的岗位对应专业，2026年秋季招生计划原则上不低于上年；需求"
               "人数较多但本地尚无对口专业的，鼓励院校申报新设专业。二是开设订单班，与《目录》所列岗位的用人企业合作开设订单班的，"
               f"应签订订单培养协议，于{FACTS['filing']}报市教育局备案。"),
         ("p", "（二）企业。企业可对照《目录》发布招聘信息，参与院校人才培养方案制定，接收学生岗位实习，并按规定申请本说明第五部分的"
               "支持政策。"),
         ("p", "（三）学生和求职者。学生选择专业、求职者选择培训项目时，可参考《目录》所列岗位的需求人数、薪酬区间和紧缺程度；公共"
               "就业服务机构免费提供职业指导。"),
         ("h", "五、配套支持政策"),
         ("p", "（一）紧缺岗位订单班补助。院校与企业合作开设《目录》内紧缺程度为★★★或★★岗位订单班，"
               f"{FACTS['order_terms']}的，{FACTS['order_class']}。"),
         ("p", "（二）紧缺岗位技能提升补贴。企业职工参加《目录》内岗位培训并取得职业技能等级证书的，在全市职业技能培训补贴标准基础上"
               f"{FACTS['raise']}，其中{FACTS['mid']}，{FACTS['high']}。"),
         ("p", f"（三）新型学徒制补贴。企业对《目录》内岗位开展企业新型学徒制培养的，按{FACTS['apprentice']}给予补贴，其他岗位按"
               f"{FACTS['apprentice_other']}执行，补贴期限最长2年。"),
         ("p", "（四）有关要求。同一学生不得同时享受订单班补助和新型学徒制补贴；同一职工同一职业同一等级的技能提升补贴只能享受一次。"
               f"上述补贴{FACTS['intake']}，申请材料分别于6月30日前、12月20日前报送市人力资源和社会保障局。"),
         ("h", "六、更新机制"),
         ("p", f"《目录》每年更新一次，原则上{FACTS['update']}。年度中因重大项目投产新增用工需求的，{FACTS['supplement']}，"
               "增补岗位在市人力资源和社会保障局网站单独公布。企业可随时反映用工需求变化情况。"),
         ("h", "七、联系方式"),
         ]
    for unit, person, phone, what in CONTACTS:
        o.append(("p", f"{what}：{unit}，{person}，{phone}。"))
    o += [("", ""),
          ("p", "本文件为虚构测试文档，非真实政策：老河口市为真实地名，调查数据、补贴标准、人员和电话均为虚构，仅用于问答系统评测。"),
          ("n", "虚构测试文档，非真实政策。")]
    return o


CJK = "\u4e00-\u9fff"
CLOSING = "，。、；：）》」”？！％〕"


def spaced(s):
    """ASCII runs set off by spaces next to CJK ideographs, as pdftotext prints them."""
    s = re.sub(f"(?<=[{CJK}])([0-9A-Za-z.%\\-—]+)", r" \1", s)
    return re.sub(f"([0-9A-Za-z.%\\-—]+)(?=[{CJK}])", r"\1 ", s)


def tokens(text):
    """Units a line may not break inside: an ASCII run, or one character with the closing punctuation after it."""
    out = []
    for t in re.findall(r"[0-9A-Za-z.%\-—]+|.", text):
        if out and (t in CLOSING):
            out[-1] += t
        else:
            out.append(t)
    return out


def wrap(text, first_indent):
    out, cur = [], "　　" if first_indent else ""
    width = 2 if first_indent else 0
    for t in tokens(text):
        w = sum(1 if ord(ch) > 0x7f else 0.5 for ch in t)
        if width + w > WIDTH and cur.strip():
            out.append(cur)
            cur, width = "", 0
        cur += t
        width += w
    if cur:
        out.append(cur)
    return out


def lines():
    o = []
    for kind, text in paragraphs():
        if kind == "c":
            o.append(" " * max(0, int((WIDTH - len(text)) * 1.5)) + spaced(text))
        elif kind in ("", "n"):
            o.append(spaced(text))
        elif kind == "h":
            o.append("　　" + text)
        else:
            o += [spaced(l) for l in wrap(text, True)]
    return o


def render():
    ls = lines()
    out, page = [], 1
    for i in range(0, len(ls), PAGE):
        out += ls[i:i + PAGE]
        out += ["", f"                              — {page} —", ""]
        page += 1
    return "\n".join(out).rstrip() + "\n"


def main():
    open(OUT, "w", encoding="utf-8").write(render())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
