"""Questions of fresh21-dev.jsonl (内蒙古自治区通辽市: the 产教融合惠企政策清单（2026年版） as a LibreOffice-printed .pdf whose
22-row policy table sits on landscape pages and crosses page breaks with its header repeated, and the 产教融合惠企政策常见问题
解答 as a portal .html page with 21 Q&A pairs in a <dl>). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
NM = "内蒙古自治区"
TL = "内蒙古自治区通辽市"
KZ = "内蒙古自治区通辽市科尔沁左翼中旗"
KH = "内蒙古自治区通辽市科尔沁左翼后旗"
KE = "内蒙古自治区通辽市科尔沁区"
KL = "内蒙古自治区通辽市开鲁县"
KU = "内蒙古自治区通辽市库伦旗"
NA = "内蒙古自治区通辽市奈曼旗"
ZH = "内蒙古自治区通辽市扎鲁特旗"
HL = "内蒙古自治区通辽市霍林郭勒市"
Q = "tongliao-huiqi-qingdan"
W = "tongliao-huiqi-wenda"
BOTH = [W, Q]

QUESTIONS = [
    # amount — a row's 支持标准, a cap, a worked example in the 问答
    ("tlq-amount-01", "通辽校企共建实训基地 一个基地最多补多少", "amount", ["最高84万元"], Q, TL, {}),
    ("tlq-amount-02", "通辽跟学校共建产业学院的企业能补多少钱", "amount", ["一次性补助34万元"], Q, TL, {}),
    ("tlq-amount-03", "通辽牵头搞市域产教联合体的企业奖多少", "amount", ["一次性奖励48万元"], Q, TL, {}),
    ("tlq-amount-04", "通辽跟学校共建蒙药炮制教学工厂 补助比例多少 封顶多少", "amount", ["按建设投入的30%补助", "最高40万元"], Q, TL,
     {"two": True}),
    ("tlq-amount-05", "通辽企业办的民办职业学校生均补助 一个学生一年多少", "amount", ["每生每年1600元"], Q, TL, {}),
    ("tlq-amount-06", "通辽职工考下中级工证 企业一个人能拿多少补贴", "amount", ["中级工每人1200"], Q, TL, {}),
    ("tlq-amount-07", "通辽产业导师一年补多少", "amount", ["每名导师每年补助9600元"], Q, TL, {}),
    ("tlq-amount-fu-01", "是按学期发吗 一学期多少", "amount", ["每学期4800元"], W, TL,
     {"context": ["通辽产业导师一年补多少"]}),
    ("tlq-amount-08", "通辽接收职校老师来企业跟岗实践 一个月补多少", "amount", ["跟岗满1个月补助130"], Q, TL, {}),
    ("tlq-amount-09", "通辽产教融合项目的融资担宝费能补多少 一年封顶多少", "amount", ["按实际担保费的50%补助", "每年最高8万元"], Q,
     TL, {"two": True}),
    ("tlq-amount-10", "通辽招一个毕业两年内的大学生 企业补多少", "amount", ["每人一次性补贴3200元"], Q, TL, {}),
    ("tlq-amount-11", "通辽定向培养录用一个学生补多少 一年最多多少", "amount", ["每录用1人补助2200元", "年最高16万元"], Q, TL,
     {"two": True}),
    ("tlw-amount-01", "通辽企业去年评上自治区产教融合型企业 自治区已经奖过了 市里还能拿多少", "amount",
     ["市级一次性奖励24万元", "可与自治区奖励叠加享受"], W, TL, {"docs": BOTH}),
    ("tlw-amount-02", "通辽 实训基地买设备花了470万 补助能拿多少", "amount", ["按84万元补助"], W, TL, {}),
    ("tlw-amount-03", "通辽 今年接了15个实习生 每人实习4个月 能补多少钱", "amount", ["1.8万元"], W, TL, {}),
    # person — 受理部门, 咨询电话, 解释, 联系人, who decides a 复核, who is paid
    ("tlq-person-01", "通辽产教融合型企业认定奖励归哪个部门管 电话多少", "person", ["市发展改革委", "0475-8216302"], Q, TL,
     {"two": True}),
    ("tlq-person-02", "通辽融资担保费补助去哪个部门办", "person", ["市财政局", "0475-8227190"], Q, TL, {}),
    ("tlq-person-03", "通辽产教融合信用贷找谁咨询 电话多少", "person", ["市委金融办", "0475-8219836"], Q, TL, {"two": True}),
    ("tlq-person-04", "通辽实训场地房产税减免是那个部门管的", "person", ["市税务局", "0475-8243617"], Q, TL, {}),
    ("tlq-person-05", "通辽蒙中医药教学工厂补助哪个部门受理", "person", ["市工业和信", "0475-8262951"], Q, TL, {}),
    ("tlq-person-06", "通辽这个惠企政策清单由谁负责解释", "person",
     ["市发展改革委会同市教育局、市人力资源社会保障局、市财政局、市税务局负责解释"], Q, TL, {}),
    ("tlq-person-07", "通辽惠企清单联系人是谁 电话呢", "person", ["包文斌", "0475-8216302"], Q, TL, {"two": True}),
    ("tlw-person-01", "通辽审核没通过想复核 找哪个部门", "person", ["向原受理部门书面申请复核一次"], W, TL, {}),
    ("tlw-person-02", "通辽产业导师补助是发给企业还是发给导师本人", "person", ["发放给导师本人"], W, TL, {}),
    ("tlw-person-03", "通辽产教融合信用贷有哪些合作银行 问谁", "person", ["合作银行名单可向市委金融办咨询"], W, TL, {}),
    ("tlw-person-04", "通辽补助审核通过了钱是谁打过来 打到哪", "person",
     ["由市财政局在公示期满后12个工作日内将资金拨付至企业基本存款账户"], W, TL, {}),
    # time — 申报时间 per row, 有效期, 到账, 补正, 复核, 计算期
    ("tlq-time-01", "通辽产教融合型企业认定奖励几月份申报", "time", ["每年4月1日", "至4月30日"], Q, TL, {}),
    ("tlq-time-02", "通辽实训基地补助啥时候报", "time", ["每年5月1日", "至5月31日"], Q, TL, {}),
    ("tlq-time-03", "通辽岗位实习补贴申报时间是几号到几号", "time", ["每年7月1日", "至7月31日"], Q, TL, {}),
    ("tlq-time-04", "通辽高校毕业生吸纳补贴哪段时间能报", "time", ["每年3月1日", "至11月30日"], Q, TL, {}),
    ("tlq-time-05", "通辽职工技能等级补贴啥时候受理", "time", ["全年受理，每", "季度末月集中"], Q, TL, {}),
    ("tlq-time-06", "通辽这个惠企清单哪天开始执行 管到啥时候", "time", ["2026年3月1日起施行", "有效期至2026年12月31日"], Q,
     TL, {"two": True}),
    ("tlq-time-07", "通辽定项培养奖补几月报", "time", ["每年11月1日", "至11月30日"], Q, TL, {}),
    ("tlw-time-01", "通辽补助报上去多久能到账", "time", ["20个工作日内完成审核", "12个工作日内将资金拨付"], W, TL, {}),
    ("tlw-time-fu-01", "公示几天", "time", ["公示7天"], W, TL, {"context": ["通辽补助报上去多久能到账"]}),
    ("tlw-time-02", "通辽申报材料被退回了 几天内要补政", "time", ["10个工作日内补正"], W, TL, {}),
    ("tlw-time-03", "通辽对审核结果不服 多少天内能申请复核", "time", ["收到审核结果之日起15日内"], W, TL, {}),
    ("tlw-time-04", "通辽岗位实习补贴算的是哪段时间的实习", "time", ["上年7月1日至当年6月30日"], W, TL, {}),
    # count
    ("tlq-count-01", "通辽惠企政策清单一共收了多少项政策", "count", ["共收录政策22项"], Q, TL, {}),
    ("tlq-count-02", "通辽清单里的政策分成几类", "count", ["平台服务6类"], Q, TL, {}),
    ("tlq-count-03", "通辽学生要实习满几个月企业才能拿岗位实习补贴", "count", ["满3个月"], Q, TL, {}),
    ("tlq-count-04", "通辽开发区标准厂房搞生产性实训 租金免几年", "count", ["前2年租金全免，第3年减半"], Q, TL, {}),
    ("tlq-count-05", "通辽产教融合项目土地出让金能分几年交", "count", ["可在1年内分期缴纳"], Q, TL, {}),
    ("tlq-count-06", "通辽惠企政策一窗受理 材料齐全几天能办结", "count", ["4个工作日内办结"], Q, TL, {}),
    ("tlw-count-01", "通辽审核没过能申请复核几次", "count", ["书面申请复核一次"], W, TL, {}),
    ("tlw-count-02", "通辽复核结论几个工作日能出来", "count", ["10个工作日内作出复核结论"], W, TL, {}),
    ("tlw-count-03", "通辽同一个职工同一个等级能领几次技能补贴", "count", ["同一职工同一等级只能享受一次补贴"], W, TL, {}),
    # yesno — `must` holds the deciding rule
    ("tlw-yesno-01", "通辽实习生没干满3个月就走了 还算补贴人数吗", "yesno", ["连续实习不满3个月的学生不计入补贴人数"], W, TL, {}),
    ("tlw-yesno-02", "通辽实训基地已经拿了自治区的补助 还能再拿市里的吗", "yesno", ["按就高原则执行", "由市级补足差额", "就高"],
     W, TL, {"docs": BOTH}),
    ("tlw-yesno-03", "我们厂里劳务派遣来的工人考了技能等级证 企业能申请补贴吗", "yesno", ["劳务派遣人员由派遣单位申报"], W, "", {}),
    ("tlw-yesno-04", "通辽实训场地减免房产税要去税务局审批吗", "yesno", ["不需要审批", "自行申报享受"], W, TL, {}),
    ("tlw-yesno-05", "通辽产教融合信用贷要不要抵押", "yesno", ["不需要抵押，采用信用方式"], W, TL, {}),
    ("tlw-yesno-06", "通辽申报惠企政策必须跑窗口吗", "yesno", ["可通过“科尔沁产教汇”服务平台在线申报"], W, TL, {}),
    ("tlw-yesno-07", "通辽去年认定的企业今年忘了报认定奖励 还能补报不", "yesno", ["逾期未申报的视为自动放弃"], W, TL, {}),
    ("tlq-yesno-01", "通辽同一个项目能同时报实训基地补助和产业学院补助吗", "yesno", ["同一企业同一建设内容不得重复申报"], Q, TL,
     {}),
    ("tlq-yesno-02", "通辽开发区里的企业也能享受这个清单吗", "yesno", ["含通辽经济技术开发区内企业"], Q, TL, {}),
    ("tlq-yesno-03", "通辽职工技能等级提升补贴能跟自治区的补贴一起拿吗", "yesno", ["不重复享受"], Q, TL, {}),
    # list
    ("tlq-list-01", "通辽清单里金融支持有哪几项", "list", ["融资担保费补助", "产教融合信用贷", "蒙银校企通"], Q, TL, {}),
    ("tlq-list-02", "我们是通辽的企业 人才支持方面有哪些政策", "list",
     ["职工技能等级提", "产业导师岗位补", "高校毕业生吸纳", "首席技师工作室", "教师跟岗实践补"], Q, TL, {}),
    ("tlq-list-03", "通辽税费优惠都有啥", "list", ["该场地按规定减免房产税", "该场地按规定减免城镇土地使用税"], Q, TL, {}),
    ("tlq-list-04", "通辽清单里哪些政策能跟自治区的叠加享受", "list", ["产教融合型企业", "市域产教联合体", "首席技师工作室"], Q,
     TL, {}),
    ("tlq-list-05", "通辽哪些政策是全年都能报的", "list",
     ["职工技能等级提", "融资担保费补助", "产教融合信用贷", "标准厂房租金减", "校企对接服务"], Q, TL, {}),
    ("tlq-list-06", "通辽市教育局受理的惠企政策有哪些", "list",
     ["校企共建实训基", "产业学院共建补", "岗位实习补贴", "企业举办职业教", "产业导师岗位补", "教师跟岗实践补"], Q, TL, {}),
    ("tlq-list-07", "通辽哪些旗县市在清单上还有自己另外的配套", "list", ["左翼中旗另奖", "库伦旗企业另", "霍林郭勒市按", "扎鲁特旗另补"],
     Q, TL, {}),
    ("tlw-list-01", "通辽申报要准备啥材料", "list", ["申报表", "营业执照复印件", "与院校签订的合作协议", "企业基本存款账户信息",
                                             "信用承诺书"], W, TL, {}),
    # docfact
    ("tlq-docfact-01", "通辽惠企政策清单文号多少", "docfact", ["通发改社会〔2026〕14号"], Q, TL, {}),
    ("tlq-docfact-02", "通辽这个清单是哪几个部门一起发的", "docfact",
     ["通辽市发展和改革委员会", "通辽市教育局", "通辽市人力资源和社会保障局", "通辽市财政局", "国家税务总局通辽市税务局"], Q, TL, {}),
    ("tlq-docfact-03", "通辽惠企清单哪天印发的", "docfact", ["2026年2月10日"], Q, TL, {}),
    ("tlq-docfact-04", "通辽实训基地补助依据的是哪个文件", "docfact", ["奖补资金管理办", "通财教〔202"], Q, TL, {}),
    ("tlw-docfact-01", "通辽惠企政策问答是哪天发布的", "docfact", ["2026-03-06"], W, TL, {}),
    ("tlw-docfact-02", "通辽那个常见问题解答是哪个单位发布的", "docfact", ["通辽市发展和改革委员会"], W, TL, {}),
    ("tlw-docfact-03", "通辽问答里说的第几项指的是哪个文件里的序号", "docfact",
     ["《通辽市产教融合惠企政策清单（2026年版）》中的序号"], W, TL, {}),
    ("tlw-docfact-04", "通辽惠企问答那个页面索引号多少", "docfact", ["TLFGW-2026-00062"], W, TL, {}),
    # general
    ("tlq-general-01", "蒙银校企通是干啥的", "general", ["优先推荐进入“蒙银校企通”金融服"], Q, "", {}),
    ("tlq-general-02", "通辽产教融合项目土地上有啥支持", "general", ["纳入年度土地供应计划优先保障"], Q, TL, {}),
    ("tlw-general-01", "通辽惠企政策到底在哪申报", "general", ["科尔沁产教汇", "一楼B区12号"], W, TL, {}),
    ("tlw-general-02", "通辽材料不全被退回 一般咋处理", "general", ["一次性告知需补正的内容"], W, TL, {}),
    ("tlw-general-03", "通辽实训场地减房产税 要留啥资料备查", "general", ["场地无偿使用协议备查"], W, TL, {}),
    ("tlw-general-04", "通辽清单以后调正了去哪看", "general", ["市发展改革委门户网站", "同步发布"], W, TL, {}),
    ("tlw-general-05", "通辽担保费补助申请要交啥凭证", "general", ["凭担保合同和担保费缴费凭证"], W, TL, {}),
    # region-scoped — a 旗 / 县 / 县级市 / 区 of 通辽 asking the 清单, the 问答 or both (`docs`)
    ("tlw-rs-01", "通辽科左中旗的企业新认定了产教融合型企业 旗里那6万要单独报吗 市里给多少", "region-scoped",
     ["一并勾选旗级配套", "市级一次性奖励24万元"], W, KZ, {"docs": BOTH, "two": True}),
    ("tlq-rs-01", "库伦旗企业建蒙药教学工厂 旗里再补多少", "region-scoped", ["库伦旗企业另", "补助8万元"], Q, KU, {}),
    ("tlw-rs-02", "库伦旗多给的那8万是哪个部门出", "region-scoped", ["库伦旗工业和信息化局"], W, KU, {}),
    ("tlq-rs-02", "霍林郭勒市企业办的民办职校 生均补多少", "region-scoped", ["每生每年1800"], Q, HL, {}),
    ("tlw-rs-03", "霍林郭勒多出来的那部分生均补助谁出钱", "region-scoped", ["差额部分由霍林郭勒市财政承担"], W, HL, {}),
    ("tlq-rs-03", "扎鲁特旗招大学生 旗里另外补多少", "region-scoped", ["扎鲁特旗另补", "贴每人800元"], Q, ZH, {}),
    ("tlw-rs-fu-01", "跟市里那个能一起拿不", "region-scoped", ["两项可同时享受"], W, ZH,
     {"context": ["扎鲁特旗招大学生 旗里另外补多少"]}),
    ("tlq-rs-04", "开鲁县的企业接收实习学生 每人每月补多少", "region-scoped", ["每人每月300元"], Q, KL, {}),
    ("tlw-rs-04", "开鲁县企业岗位实习补贴 一家一年最多拿多少", "region-scoped", ["每家企业每年最高12万元"], W, KL, {}),
    ("tlq-rs-05", "奈曼旗企业申请产业学院补助找哪个部门 电话", "region-scoped", ["市教育局", "0475-8216418"], Q, NA,
     {"two": True}),
    ("tlq-rs-06", "科尔沁区企业在开发区标准厂房搞生产性实训 租金咋减", "region-scoped", ["前2年租金全免，第3年减半"], Q, KE, {}),
    ("tlq-rs-07", "通辽科左后旗企业拿到融资担保了 担保费补多少", "region-scoped", ["按实际担保费的50%补助"], Q, KH, {}),
    ("tlw-rs-05", "科尔沁区的企业想现场办 去哪个窗口", "region-scoped", ["一楼B区12号"], W, KE, {}),
    ("tlw-rs-06", "扎鲁特旗的企业 产教融合信用贷能授信多少", "region-scoped", ["单户授信最高800万元"], W, ZH, {}),
    # unstated — the first three are hierarchy traps (only the 通辽 documents say it; no document covers the place named)
    ("x-f21-unstated-01", "内蒙古自治区有没有产教融合惠企政策清单 有效期到啥时候", "unstated", None, None, NM, {}),
    ("x-f21-unstated-02", "呼和浩特的企业接收实习学生 岗位实习补贴每人每月多少", "unstated", None, None, "内蒙古自治区呼和浩特市", {}),
    ("x-f21-unstated-03", "巴彦淖尔产教融合信用贷单户授信最高多少", "unstated", None, None, "内蒙古自治区巴彦淖尔市", {}),
    ("x-f21-unstated-04", "通辽惠企补贴申报能不能加急办", "unstated", None, None, TL, {}),
    ("x-f21-unstated-05", "通辽我们想让代账公司拿委托书帮我们申报 行不行", "unstated", None, None, TL, {}),
    ("x-f21-unstated-06", "通辽网上申报的材料能用电子签章吗", "unstated", None, None, TL, {}),
    ("x-f21-unstated-07", "通辽申报交上去以后还能撤回申请吗", "unstated", None, None, TL, {}),
]

UNSTATED_ABSENT = {
    "x-f21-unstated-01": ["惠企政策清单"],
    "x-f21-unstated-02": ["岗位实习补贴"],
    "x-f21-unstated-03": ["产教融合信用贷"],
    "x-f21-unstated-04": ["加急"],
    "x-f21-unstated-05": ["委托书"],
    "x-f21-unstated-06": ["电子签章"],
    "x-f21-unstated-07": ["撤回"],
}
# hierarchy traps: the give-away words are in the 通辽 清单, which does not cover the place named (the whole 内蒙古自治区,
# 呼和浩特市, 巴彦淖尔市 — covered by no document of any round); the other `unstated` lines' words are in no document of any round
HIER = ["x-f21-unstated-01", "x-f21-unstated-02", "x-f21-unstated-03"]
# region-free answerable lines: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"tlw-yesno-03": "劳务派遣", "tlq-general-01": "蒙银校企通"}
# the answer is in one document although both talk about the topic: at least one `must` string is not in the other document
ONLY = ["tlq-amount-fu-01", "tlw-time-04", "tlq-docfact-04", "tlw-rs-02", "tlq-person-03"]
