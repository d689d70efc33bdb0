#!/usr/bin/env python3
"""Write fresh41/shuanghe-kaifang-gonggao.html (虚构测试文档，非真实政策): the held-out 开放共享公告 as the notice page of the
booking platform's own site.

    cd fresh41/src && python3 make_shuanghe_html.py

Part (b) of the held-out pair (the same parts as make_zaoyang_txt.py in other words and numbers: bases and 工位, opening term, days,
hours and closed days, booking, cancelling and 失约, fees restated with this term's changes and worked examples, payment and refunds,
contacts, 常见问题). A new look, not a government portal: **the notice page of the 共享平台's web site** (UTF-8, `yuyue.css` put in a <style>): an app
header with the platform's name and 登录 / 注册 / 小程序 links, a tab menu (首页 / 基地导览 / 工位预约 / 通知公告 / 帮助中心 / 我的预约),
a crumb `通知公告 / 公告详情`, a notice card (`<h2 class="notice-title">`, a meta row 发布单位 / 发布时间 / 阅读, tags), the body with
`<h4>` heads, **the bases as cards** (`<div class="base-card">`), **the opening hours as the page's only table** (`<table
class="time-table">`), the examples as a `<ul class="calc">`, **the 常见问题 as `<details>` / `<summary>`**, 落款; a side column (预约
流程 steps as an `<ol>`, 立即预约 button, 客服); footer (主办 / 技术支持, 新ICP备).

Every fee is read from make_shuanghe_docx.FEES, every rule restated from its FACTS / ARTICLES, every article cited by number computed;
the totals and the example results computed here and recomputed by ../check_fresh41.py.
"""
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_shuanghe_docx as m  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "shuanghe-kaifang-gonggao.html")
CSS = open(os.path.join(HERE, "yuyue.css"), encoding="utf-8").read()
ISSUER = "第五师双河市人力资源和社会保障局"
SHORT = "师市人力资源和社会保障局"
DATE = "2026年8月26日"
PUBLISHED = "2026-08-26 11:20"
TERM = "2026—2027学年第一学期"
TITLE = f"双河市产教融合实训基地{TERM}开放共享公告"
ROOM = "农产品电商直播间"
BASES = [
    ("农机装备维修实训基地", "双河市农牧职业技术学校", [("农业机械维修实训工位", 20), ("焊接实训工位", 12)]),
    ("智能制造实训基地", "双河市天成技工学校", [("数控车床实训工位", 14), ("电工实训工位", 18)]),
    ("无人机植保实训基地", "双河市金穗农业科技有限公司", [("无人机植保实训工位", 10)]),
    ("光伏电站实训基地", "双河市晶阳新能源有限公司", [("光伏电站运维实训工位", 8)]),
    ("农产品电商直播实训基地", "双河市农牧职业技术学校", [(ROOM, 4)]),
]
TERM_SPAN = ("2026年8月31日（星期一）", "2027年1月9日（星期六）")
SLOTS = [  # (日期, 上午时段, 下午时段)
    ("星期一至星期五", "10:00—13:30", "16:00—19:30"),
    ("星期六", "10:00—13:30", "不开放"),
    ("星期日", "不开放", "不开放"),
]
CLOSED = [
    "中秋节（2026年9月25日）、国庆节假期（2026年10月1日至10月7日）全部实训基地不开放",
    "光伏电站实训基地每周星期三下午设备巡检，不开放",
    "无人机植保实训基地2026年10月8日至10月31日承担秋季植保作业，只接受团体预约",
]
LIMIT = "本学期个人每周累计预约不超过12小时"
CHANGED = ("无人机植保实训工位", "45", "电池更换和设备保险成本增加")    # item, new fee, why
FREE_MONTH = ("农业机械维修实训工位", "2026年9月1日至9月30日", "团场职工")    # free for whom in which period
EX = {
    "veteran": ("焊接实训工位", 2),        # 退役军人 60%
    "drone": (3,),                          # 团场职工 无人机 new fee × 60%
    "hall": ("综合实操大厅",),             # 全天
    "half": ("数控车床实训工位", 1.5),     # 1小时20分钟 → 1.5
}
CONTACTS = [
    ("政策咨询", "师市人力资源和社会保障局职业能力建设科", "马文静", m.CONTACT[1]),
    ("平台客服", "共享平台运营中心", "", "0909-2236017"),
    ("农机装备维修、农产品电商直播实训基地", "双河市农牧职业技术学校", "周建新", "0909-2241583"),
    ("智能制造实训基地", "双河市天成技工学校", "杨帆", "0909-2257406"),
]
SERVICE = "每日10:00—19:30"
FAQ = [
    ("师市以外院校的学生可以预约吗？", "可以。师市以外院校学生按收费标准全额缴费，不享受《办法》{free}规定的免收；8人以上集体前来的，请由学校"
     "按团体预约办理，至少提前3个工作日。"),
    ("没有无人机操控证能参加无人机植保实训吗？", "可以。按《办法》{special}规定，未持证的须在具备资格的指导人员现场指导下操作，预约时请"
     "勾选“需要指导”，实训指导费按收费标准收取。"),
    ("预约后去不了，怎么取消？", "个人须在预约时段开始12小时前、团体须在预约时段开始2个工作日前在共享平台取消，已缴费用全额退还；超过"
     "开始时间20分钟未签到又未取消的记为失约。"),
    ("到了实训基地怎么签到？", "在实训基地入口的签到机刷身份证或者出示预约二维码签到。"),
    ("可以帮同事预约吗？", "不可以。预约资格仅限本人使用，不得转借他人，签到时核验本人身份。"),
]
STEPS = ["实名注册", "参加安全培训", "选择基地和工位", "在线支付", "按时签到"]


def fee_std(item):
    if item == CHANGED[0]:
        return int(CHANGED[1])
    return int(m.fee(item)[3])


def totals():
    st = sum(n for _, _, items in BASES for it, n in items if it != ROOM)
    rooms = sum(n for _, _, items in BASES for it, n in items if it == ROOM)
    return st, rooms, len(BASES)


def yuan(x):
    return f"{round(x, 2):g}"


def examples():
    vi, vh = EX["veteran"]
    (dh,) = EX["drone"]
    hall = m.fee(EX["hall"][0])
    hi, hh = EX["half"]
    return [
        f"一名退役军人使用{vi}{vh}小时，应缴{fee_std(vi)}×{vh}×60%＝{yuan(fee_std(vi) * vh * 0.6)}元",
        f"一名团场职工使用{CHANGED[0]}{dh}小时，按调整后的标准应缴{fee_std(CHANGED[0])}×{dh}×60%＝"
        f"{yuan(fee_std(CHANGED[0]) * dh * 0.6)}元",
        f"某企业全天租用{hall[1]}，应缴{hall[3]}×{m.FULL_DAY:g}＝{yuan(int(hall[3]) * m.FULL_DAY)}元，不享受优惠",
        f"个人使用{hi}1小时20分钟的，按{yuan(hh)}小时计费，应缴{fee_std(hi)}×{yuan(hh)}＝{yuan(fee_std(hi) * hh)}元",
    ]


def e(s):
    return html.escape(s, quote=False)


def page():
    st, rooms, nb = totals()
    free, reduce, special = m.art("free"), m.art("reduce"), m.art("special")
    cards = []
    for i, (b, u, items) in enumerate(BASES, 1):
        desc = "、".join(f"{it}{n}{'间' if it == ROOM else '个'}" for it, n in items)
        cards.append(f'<div class="base-card"><div class="base-no">{i:02d}</div><div class="base-info"><h5>{e(b)}</h5>'
                     f'<p>建设单位：{e(u)}</p><p>开放工位：{e(desc)}</p></div></div>')
    rows = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in SLOTS)
    work_fees = "；".join(f"{r[1]}{r[3]}元/{r[2]}" for r in m.FEES if r[0] == 0)
    hall, room = m.fee("综合实操大厅"), m.fee("电商直播实训室")
    calc = "".join(f"<li>{e(x)}。</li>" for x in examples())
    faq = "".join(f'<details class="qa"><summary>{e(q)}</summary><div class="ans">{e(a.format(free=free, special=special))}</div>'
                  "</details>" for q, a in FAQ)
    contacts = "".join(
        f"<li><span class=\"c-what\">{e(w)}</span>{e(u)}{'，' + e(p) if p else ''}，{ph}"
        + (f"（{SERVICE}）" if not p else "") + "</li>" for w, u, p, ph in CONTACTS)
    steps = "".join(f"<li>{e(s)}</li>" for s in STEPS)
    P = "\n"
    body = f"""<p>根据《{e(m.BANFA)}》（{m.DOC_NO}，以下简称《办法》），现将{TERM}师市产教融合实训基地开放共享安排公告如下：</p>
<h4>一、开放基地</h4>
<p>本学期开放实训基地{nb}个，开放工位共{st}个，另有{ROOM}{rooms}间。</p>
<div class="base-list">
{P.join(cards)}
</div>
<h4>二、开放时间</h4>
<p>开放期为{TERM_SPAN[0]}至{TERM_SPAN[1]}，各实训基地每日开放时段如下：</p>
<table class="time-table"><thead><tr><th>日期</th><th>上午时段</th><th>下午时段</th></tr></thead><tbody>{rows}</tbody></table>
<p>以下时间不开放或者限制开放：{e("；".join(CLOSED))}。</p>
<h4>三、预约规则</h4>
<p>1．预约渠道：登录{m.PLATFORM}或者微信小程序“双河实训通”，实名注册后预约。</p>
<p>2．提前时间：{m.FACTS['individual']}；{m.FACTS['group']}，并提交人员名单和安全承诺书。{LIMIT}。</p>
<p>3．取消预约：个人须在预约时段开始12小时前、团体须在预约时段开始2个工作日前在共享平台取消，已缴费用全额退还。</p>
<p>4．失约处理：超过预约时段开始时间20分钟未签到且未取消的，记为失约1次。{m.FACTS['noshow']}；一学年内累计失约5次的，取消本学年预约资格；团体失约的，暂停该团体所在单位预约资格30日，已缴费用扣除50%后退还。</p>
<p>5．安全培训：首次使用的须完成不少于3学时的安全培训并通过考核，安全培训免费，每周星期一、星期四16:00在各实训基地开班。</p>
<h4>四、收费标准</h4>
<p>本学期工位使用费为：{e(work_fees)}。{hall[1]}租用{hall[3]}元/半天、{room[1]}租用{room[3]}元/半天，全天按半天标准的{m.FULL_DAY:g}倍收取；实训指导费{m.fee('实训指导费')[3]}元/课时。</p>
<p>本学期变动事项：</p>
<p>（一）经师市人力资源和社会保障局会同师市财政局审核，因{CHANGED[2]}，{CHANGED[0]}收费标准由{m.fee(CHANGED[0])[3]}元/工位·小时调整为{CHANGED[1]}元/工位·小时。</p>
<p>（二）{FREE_MONTH[1]}为秋季农机检修服务月，{FREE_MONTH[0]}对{FREE_MONTH[2]}免费开放，其他对象照常收费。</p>
<p>（三）院校在校生和中小学生免收按《办法》{free}执行；企业和团场职工、退役军人、就业困难人员按《办法》{reduce}的规定按标准的60%收取，须在预约时上传职工证明、退役军人优待证或者就业困难人员认定证明。</p>
<p>计费示例：</p>
<ul class="calc">{calc}</ul>
<h4>五、缴费和退费</h4>
<p>个人预约在共享平台通过微信或者银行卡支付；团体预约可对公转账。票据由实训基地建设单位在使用结束后5个工作日内开具。应退费用在7个工作日内原路退回。</p>
<h4>六、咨询方式</h4>
<ul class="contact">{contacts}</ul>
<h4>七、常见问题</h4>
{faq}
<p class="sign">{ISSUER}<br>{DATE}</p>"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE)} - {m.PLATFORM}</title>
<style>
{CSS}</style>
<!-- 虚构测试文档，非真实政策：双河市为真实地名，平台、实训基地、工位、开放时间、收费、示例数据、人员、电话和备案号均为虚构，仅用于问答系统评测。 -->
</head>
<body>
<header class="app-head">
<div class="app-logo"><span class="logo-mark">实</span>{m.PLATFORM}</div>
<div class="app-user"><a href="#">登录</a> | <a href="#">注册</a> | <a href="#">小程序</a></div>
</header>
<nav class="app-tabs"><a href="#">首页</a><a href="#">基地导览</a><a href="#">工位预约</a><a class="on" href="#">通知公告</a><a href="#">帮助中心</a><a href="#">我的预约</a></nav>
<div class="app-wrap">
<main class="notice-card">
<div class="crumb"><a href="#">通知公告</a> / 公告详情</div>
<h2 class="notice-title">{e(TITLE)}</h2>
<div class="notice-meta"><span>发布单位：{SHORT}</span><span>发布时间：{PUBLISHED}</span><span>阅读：3461</span></div>
<div class="notice-tags"><span class="tag">开放共享</span><span class="tag">{TERM}</span></div>
<div class="notice-body">
{body}
</div>
</main>
<aside class="side">
<div class="side-box"><h5>预约流程</h5><ol class="steps">{steps}</ol><a class="btn-book" href="#">立即预约</a></div>
<div class="side-box"><h5>平台客服</h5><p>{CONTACTS[1][3]}</p><p>{SERVICE}</p></div>
</aside>
</div>
<footer class="app-foot">
<p>主办：{ISSUER}　技术支持：双河市云启信息技术有限公司</p>
<p>新ICP备2026011735号-2</p>
<p class="fiction">本页为虚构测试文档，非真实政策：双河市为真实地名，平台、实训基地、收费、人员和电话均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。</p>
</footer>
</body>
</html>
"""


def main():
    open(OUT, "w", encoding="utf-8").write(page())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
