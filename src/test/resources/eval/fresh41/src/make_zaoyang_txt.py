#!/usr/bin/env python3
"""Write fresh41/zaoyang-yuyue-gonggao.txt (虚构测试文档，非真实政策): the term's 开放预约公告 of the dev 管理办法, as text copied
from the 市教育局 site's page into a UTF-8 file.

    cd fresh41/src && python3 make_zaoyang_txt.py

Part (b) of the dev pair: 枣阳市教育局关于2026年秋季学期产教融合实训基地开放预约的公告 (no 文号; 落款 2026年8月24日):
一、开放基地和工位 (a **tab-separated table** as copying an HTML table gives it: base, unit, 工位 per item, count), 二、开放时间 (term,
days and hours, closed days), 三、预约办法 (platform, days ahead, cancelling, 签到 and 爽约, 安全准入培训 — restated from the 办法 — and
this term's own limit of time slots), 四、收费标准 (restated from the 办法's 附件 with this term's changes: a discount on one item and
a new item, with worked examples), 五、缴费和退费, 六、咨询电话, 七、常见问题 (问 / 答). Layout of a portal page copied with select-all:
the position line, the title, the 发布时间 / 来源 / 浏览次数 / 【字体】【打印】 line, paragraphs indented with two full-width spaces, no
hard line breaks, the table's cells separated by tabs, 【打印本页】【关闭窗口】, the footer lines, the note in the last lines.

Every fee is read from make_zaoyang_pdf.FEES, every rule restated from its FACTS / ARTICLES, every article cited by number
computed (art()); the totals and the example results are computed here and recomputed by ../check_fresh41.py.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_zaoyang_pdf as m  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "zaoyang-yuyue-gonggao.txt")
ISSUER = "枣阳市教育局"
DATE = "2026年8月24日"
PUBLISHED = "2026-08-24 09:30"
TERM = "2026年秋季学期"
TITLE = f"{ISSUER}关于{TERM}产教融合实训基地开放预约的公告"
# (基地名称, 所在单位, [(收费项目 = FEES item or NEW item, 数量)])
NEW_ITEM = ("新能源汽车高压安全实训工位", "工位·小时", "35")
BASES = [
    ("汽车零部件智能制造实训基地", "枣阳市春陵职业技术学校", [("普通车床工位", 10), ("数控车床工位", 16), ("加工中心工位", 4)]),
    ("汽车检测维修实训基地", "枣阳市春陵职业技术学校", [("汽车维修实训工位", 12), (NEW_ITEM[0], 4)]),
    ("焊接技能实训基地", "枣阳市恒昌技工学校", [("焊接实训工位", 24)]),
    ("电工电子实训基地", "枣阳市恒昌技工学校", [("电工实训工位", 20)]),
    ("工业机器人应用实训基地", "枣阳市恒驰汽车零部件有限公司", [("工业机器人实训工位", 8)]),
    ("电子商务直播实训基地", "枣阳市现代职业技术学校", [("电子商务直播实训间", 6)]),
]
ROOM = "电子商务直播实训间"     # counted in 间, not in 工位
DISCOUNT = ("工业机器人实训工位", 80, "2026年12月31日")   # item, % of the standard, until
TERM_SPAN = ("2026年9月7日（星期一）", "2027年1月15日（星期五）")
DAYS = "每周星期二至星期六"
HOURS = ("8:30—11:30", "14:30—17:30")
EVENING = "每周星期二、星期四19:00—21:00"
CLOSED = [
    "每周星期日、星期一不对外开放（星期一为设备维护日）",
    "国庆节假期（2026年10月1日至10月7日）全部基地不开放",
    "元旦假期（2027年1月1日至1月3日）全部基地不开放",
    "焊接技能实训基地2026年11月16日至11月20日设备检修，暂停开放",
]
SLOTS = "本学期每个个人账号同一天最多预约2个时段（上午、下午各为1个时段）"
TRAINING = "安全准入培训每周星期二、星期四上午9:00开班，每期2学时，免费，须在预约平台预约“安全准入培训”后参加"
EX = {
    "veteran": ("数控车床工位", 3),            # 一名退役军人, 3 hours, 减半
    "fullday": ("机加工实训室",),              # 全天包场
    "robot": (3,),                             # 中小微企业职工, 工业机器人 3 hours: 优惠价再减半
    "over": ("焊接实训工位", 2.5),             # 2.5 hours
}
CONTACTS = [
    ("政策咨询", "枣阳市教育局职业教育与成人教育科", "王静怡", m.CONTACT[1]),
    ("平台技术支持", "预约平台运维组", "", "0710-6238806"),
    ("汽车零部件智能制造、汽车检测维修实训基地", "枣阳市春陵职业技术学校", "郑海波", "0710-6247213"),
    ("焊接技能、电工电子实训基地", "枣阳市恒昌技工学校", "陈立群", "0710-6219658"),
]
SERVICE_HOURS = "工作日8:30—12:00、14:30—17:30"
FAQ = [
    ("市外院校的学生能预约吗？", "可以。市外院校学生按收费标准缴费，不享受《办法》{free}规定的免收；以学校为单位10人以上预约的，按团体预约"
     "办理，至少提前5个工作日。"),
    ("预约后临时有事来不了怎么办？", "请在预约时段开始24小时前登录预约平台取消，费用全额退还；逾期未取消又未签到的按爽约处理，已缴费用不予"
     "退还。"),
    ("可以自带材料吗？", "可以。自带耗材须经基地管理员检查，符合设备要求的方可使用；使用基地提供的耗材按实际消耗收取成本费。"),
    ("初中学生能自己来参加职业体验吗？", "不能单独预约。未满16周岁的学生须由所在学校团体预约，带队教师全程在场；本市中小学生开展劳动教育和"
     "职业体验免收工位使用费和指导费。"),
    ("缴费后能开票吗？", "能。费用通过预约平台统一收取，电子票据在缴费后3个工作日内推送至预约账号。"),
    ("一个人能同时预约两个基地吗？", "可以预约不同日期或者不同时段的工位，同一时段只能预约1个工位。"),
]
FOOTER = ["主办单位：枣阳市教育局　　承办：枣阳市教育信息技术中心", "网站标识码：4206830031　　建议使用1920×1080分辨率浏览"]


def fee_std(item):
    """the standard fee (yuan) of an item, the new item included"""
    if item == NEW_ITEM[0]:
        return int(NEW_ITEM[2])
    return int(m.fee(item)[3])


def unit(item):
    return NEW_ITEM[1] if item == NEW_ITEM[0] else m.fee(item)[2]


def totals():
    """(工位 total, 间 total, number of bases)"""
    st = sum(n for _, _, items in BASES for it, n in items if it != ROOM)
    rooms = sum(n for _, _, items in BASES for it, n in items if it == ROOM)
    return st, rooms, len(BASES)


def discounted():
    item, pct, _ = DISCOUNT
    return fee_std(item) * pct // 100


def yuan(x):
    return f"{x:g}"


def examples():
    item, h = EX["veteran"]
    s = fee_std(item)
    room = m.fee(EX["fullday"][0])
    half = int(room[3])
    (hr,) = EX["robot"]
    d = discounted()
    oi, oh = EX["over"]
    os_ = fee_std(oi)
    return {
        "veteran": f"例如，一名退役军人预约{item}{h}小时，应缴{s}×{h}×50%＝{yuan(s * h * 0.5)}元。",
        "fullday": f"某企业全天包场{room[1]}，应缴{half}×{m.FULL_DAY:g}＝{yuan(half * m.FULL_DAY)}元，不享受减免。",
        "robot": f"本市中小微企业职工预约{DISCOUNT[0]}{hr}小时，按优惠价再减半，应缴{d}×{hr}×50%＝{yuan(d * hr * 0.5)}元。",
        "over": f"使用{oi}2小时10分钟的，按{yuan(oh)}小时计费，应缴{os_}×{yuan(oh)}＝{yuan(os_ * oh)}元。",
    }


def text():
    st, rooms, nb = totals()
    ex = examples()
    free, half = m.art("free"), m.art("half")
    I = "　　"
    o = ["您当前的位置：首页 > 通知公告", "", TITLE, "",
         f"发布时间：{PUBLISHED}　　来源：{ISSUER}　　浏览次数：1268　　【字体：大 中 小】【打印】", ""]
    o += [I + f"根据《{m.BANFA}》（{m.DOC_NO}，以下简称《办法》），现将{TERM}全市产教融合实训基地开放预约有关事项公告如下。", ""]
    o += [I + "一、开放基地和工位", "",
          I + f"本学期共有{nb}个基地对外开放，开放工位合计{st}个，另有{ROOM}{rooms}间，具体如下：", ""]
    o += ["序号\t基地名称\t所在单位\t开放工位（间）\t数量"]
    for i, (b, u, items) in enumerate(BASES, 1):
        desc = "、".join(f"{it}{n}{'间' if it == ROOM else '个'}" for it, n in items)
        cnt = sum(n for _, n in items)
        o.append(f"{i}\t{b}\t{u}\t{desc}\t{cnt}")
    o += ["", I + "二、开放时间", "",
          I + f"（一）开放周期：{TERM_SPAN[0]}至{TERM_SPAN[1]}。",
          I + f"（二）开放时段：{DAYS}，上午{HOURS[0]}，下午{HOURS[1]}。电子商务直播实训基地另于{EVENING}开放。",
          I + "（三）不开放时间：" + "；".join(CLOSED) + "。", ""]
    o += [I + "三、预约办法", "",
          I + f"（一）预约渠道。登录{m.PLATFORM}网页版或者微信小程序“枣阳实训预约”，实名注册后预约。",
          I + f"（二）预约时间。{m.FACTS['individual']}；{m.FACTS['group']}，并上传实训计划和人员名单。{SLOTS}。",
          I + "（三）取消预约。个人应在预约时段开始24小时前、团体应在预约时段开始3个工作日前通过预约平台取消，按时取消的已缴费用全额退还。",
          I + "（四）签到和爽约。凭预约码在基地入口签到。预约时段开始30分钟内未签到且未按时取消的，视为爽约。"
              f"{m.FACTS['noshow']}；一学期内累计爽约4次的，取消其本学期预约资格；团体爽约的，暂停该单位预约资格60天。爽约的，已缴费用不予退还。",
          I + f"（五）安全准入培训。首次使用基地的，须先参加安全准入培训并考核合格。{TRAINING}。", ""]
    fees = "；".join(f"{it}{fee_std(it)}元/{unit(it)}" for it in [r[1] for r in m.FEES if r[0] == 0])
    o += [I + "四、收费标准", "",
          I + f"本学期执行《办法》附件收费标准。工位使用费为：{fees}；整室包场{m.fee('机加工实训室')[1]}"
              f"{m.fee('机加工实训室')[3]}元/半天、{m.fee('电子商务直播实训室')[1]}{m.fee('电子商务直播实训室')[3]}元/半天，"
              f"全天按半天标准的{m.FULL_DAY:g}倍收取；指导教师指导费{m.fee('指导教师指导费')[3]}元/课时；安全准入培训免费。本学期调整如下：",
          I + f"（一）{DISCOUNT[0]}在开放初期按标准的{DISCOUNT[1]}%收取，即{discounted()}元/工位·小时，执行至{DISCOUNT[2]}。"
              f"该优惠价可与《办法》{half}规定的减半同时享受。",
          I + f"（二）经市教育局会同市发展和改革局审核同意，汽车检测维修实训基地新增{NEW_ITEM[0]}，收费标准为{NEW_ITEM[2]}元/工位·小时，"
              f"减免按其他工位使用费执行。",
          I + f"（三）减免。本市院校学生和中小学生的免收按《办法》{free}执行，减半按《办法》{half}执行。享受减半的，须在预约时上传退役军人证、"
              "就业失业登记证明、所在企业出具的在岗证明等材料，由基地管理员审核；整室包场和技能等级认定场地使用费不减免。",
          I + f"（四）计费示例。{ex['veteran']}{ex['robot']}{ex['fullday']}{ex['over']}", ""]
    o += [I + "五、缴费和退费", "",
          I + "费用在预约时通过预约平台在线支付；团体预约可以对公转账，转账后上传付款凭证。电子票据在缴费后3个工作日内推送至预约账号。"
              "按时取消或者因基地原因停止开放的，费用在5个工作日内原路退回。", ""]
    o += [I + "六、咨询电话", ""]
    for what, unit_, who, ph in CONTACTS:
        o.append(I + f"{what}：{unit_}{'，' + who if who else ''}，{ph}" + (f"（{SERVICE_HOURS}）" if not who else "") + "。")
    o += ["", I + "七、常见问题", ""]
    for k, (q, a) in enumerate(FAQ, 1):
        o += [I + f"{k}．问：{q}", I + "答：" + a.format(free=free, half=half)]
    o += ["", I + "特此公告。", "", f"{ISSUER}", DATE, "",
          "【打印本页】　【关闭窗口】", "",
          f"上一篇：{ISSUER}关于2026年秋季学期中等职业学校招生录取工作的通知",
          f"下一篇：{ISSUER}关于开展2026年职业院校教师企业实践的通知", ""]
    o += FOOTER
    o += ["", "（本页为虚构测试文档，非真实政策：枣阳市为真实地名，基地、工位、开放时间、收费、示例数据、人员和电话均为虚构，仅用于问答系统评测。"
              "虚构测试文档，非真实政策。）"]
    return "\n".join(o) + "\n"


def main():
    open(OUT, "w", encoding="utf-8").write(text())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
