"""Questions of fresh35-dev.jsonl (河北省邯郸市: the notice 邯郸市人力资源和社会保障局 邯郸市财政局关于公布2026年度邯郸市职业技能
培训补贴标准目录的通知 (邯人社字〔2026〕23号, 成文 2026年3月10日, 发布 2026-03-13) as a page of the bureau's portal with the catalogue
as a real <table>, and the 邯郸市企业职工技能提升补贴和企业新型学徒制补贴经办规程 (邯人社办〔2026〕11号, 2026年3月20日) as a
LibreOffice PDF with a 时限 table). Written from the documents only. Standards (a 工种 and 等级's 补贴标准 and 上浮后标准), markups,
the cap, 学徒 standards, 次数, the 申请期限, 施行 / 有效期, 文号, contacts of the notice → `doc` = the .html; who does what, materials,
时限 in 工作日, 公示期, 拨付, 学徒 备案 and 两次申请, 抽查, 追回, 档案, contacts of the 规程 → `doc` = the .pdf.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
HD = "河北省邯郸市"
HS = HD + "邯山区"
CT = HD + "丛台区"
FF = HD + "峰峰矿区"
SX = HD + "涉县"
CX = HD + "磁县"
LZ = HD + "临漳县"
CA = HD + "成安县"
GT = HD + "馆陶县"
WA = HD + "武安市"
NJ = "河北省邢台市宁晋县"
NG = "河北省邢台市南宫市"
CL = "河北省秦皇岛市昌黎县"
M = "handan-butie-mulu"
G = "handan-jingban-guicheng"
BOTH = [M, G]

QUESTIONS = [
    # amount
    ("hdm-amount-01", "邯郸焊工中级工的证能补多少钱", "amount", ["1500", "1800"], M, HD, {}),
    ("hdm-amount-02", "邯郸电工考了高级工补贴标准是多少", "amount", ["1900", "2280"], M, HD, {}),
    ("hdm-amount-03", "邯郸钳工中级证补多少", "amount", ["1300"], M, HD, {}),
    ("hdm-amount-04", "我们是邯郸的产教融合型企业 职工考了钳工四级 能补多少", "amount", ["1430元/人"], M, HD, {}),
    ("hdm-amount-05", "邯郸焊工考到技师 上浮以后到底能拿多少", "amount", ["上浮后按3000元/人执行"], M, HD, {}),
    ("hdm-amount-06", "邯郸急需紧缺的工种补贴上浮多少", "amount", ["上浮20%"], M, HD, {}),
    ("hdm-amount-07", "邯郸产教融合型企业的职工取证 补贴能往上浮多少", "amount", ["补贴标准上浮10%"], M, HD, {}),
    ("hdm-amount-08", "邯郸上浮以后一个人一次最多能补多少", "amount", ["最高不超过3000元"], M, HD, {}),
    ("hdm-amount-09", "邯郸企业新型学徒制培养高级工一年补多少", "amount", ["高级工每人每年6000元"], M, HD, {}),
    ("hdm-amount-10", "邯郸产教融合型企业带学徒 培养技师一年能补多少", "amount", ["技师每人每年7700元"], M, HD, {}),
    ("hdm-amount-11", "邯郸工业机器人系统运维员三级补贴标准多少 上浮以后呢", "amount", ["2100", "2520"], M, HD, {"two": True}),
    ("hdm-amount-13", "邯郸养老护理员四级补多少钱", "amount", ["1300", "1560"], M, HD, {}),
    ("hdm-amount-14", "邯郸网络直播营销的专项能力证补多少", "amount", ["600"], M, HD, {}),
    ("hdm-amount-15", "邯郸电子商务师中级的补贴标准是多少", "amount", ["1100"], M, HD, {}),
    ("hdm-amount-fu-01", "那三级呢", "amount", ["2000", "2400"], M, HD, {"context": ["邯郸车工四级补贴标准是多少"]}),
    ("hdm-amount-fu-02", "最高那个等级补多少", "amount", ["1500"], M, HD,
     {"context": ["邯郸中式烹调师有哪几个等级能补贴"]}),
    ("hdg-amount-01", "邯郸学徒制补贴第一次能申请总额的多少", "amount", ["补贴总额的50%"], G, HD, {}),
    ("hdg-amount-02", "邯郸人社局抽查补贴的比例是多少", "amount", ["不低于已拨付人数10%"], G, HD, {}),
    ("hdm-amount-16", "邯郸焊工三级上浮以后补多少 钱最后打到哪个账户", "amount", ["2400元/人", "社会保障卡银行账户"], M, HD,
     {"docs": BOTH, "two": True}),
    ("hdm-amount-17", "邯郸产教融合型企业的学徒中级工一年补多少 学徒制补贴第一次能领总额的多少", "amount",
     ["中级工每人每年5500元", "补贴总额的50%"], M, HD, {"docs": BOTH, "two": True}),
    # person
    ("hdm-person-01", "邯郸补贴目录里没列的工种补贴标准谁来定", "person", ["市人力资源和社会保障局职业能力建设科确定"], M, HD, {}),
    ("hdm-person-03", "邯郸培训补贴目录有问题找人社局谁 电话多少", "person", ["郑雅楠", "0310-6012487"], M, HD, {"two": True}),
    ("hdm-person-04", "邯郸财政局那边管这个培训补贴的联系人是谁", "person", ["冯立军"], M, HD, {}),
    ("hdg-person-01", "邯郸县里企业的职工申请技能提升补贴 谁负责受理初审", "person",
     ["各县（市、区）就业服务机构负责属地企业及其职工申请的受理和初审"], G, HD, {}),
    ("hdg-person-02", "邯郸市直企业的职工申请补贴归谁受理", "person", ["市直企业及其职工的申请由市就业服务中心受理和初审"], G, HD,
     {}),
    ("hdg-person-03", "邯郸申请补贴的时候证书信息是谁来核验", "person", ["证书信息由市职业技能鉴定指导中心核验"], G, HD, {}),
    ("hdg-person-04", "邯郸技能提升补贴复审是哪个单位做的", "person", ["市就业服务中心负责复审"], G, HD, {}),
    ("hdg-person-05", "邯郸补贴公示完了最后谁来审定", "person", ["市人力资源和社会保障局职业能力建设科在3个工作日内审定"], G, HD,
     {}),
    ("hdg-person-06", "邯郸补贴经办上的事找谁问 电话多少", "person", ["孟繁宇", "0310-6018325"], G, HD, {"two": True}),
    ("hdg-person-07", "邯郸技能提升补贴的钱是哪个部门拨下来的", "person", ["市财政局负责补贴资金的审核拨付"], G, HD, {}),
    ("hdg-person-fu-01", "由哪个单位核实", "person", ["由市就业服务中心在5个工作日内核实处理"], G, HD,
     {"context": ["邯郸技能提升补贴公示的时候有人提异议怎么办"]}),
    ("hdg-person-08", "邯郸学徒制培训计划备案是谁审核", "person", ["县（市、区）就业服务机构应在10个工作日内完成备案审核"], G, HD,
     {}),
    ("hdm-person-05", "邯郸目录里没有的工种谁来定标准 经办规程执行中遇到问题报哪里", "person",
     ["市人力资源和社会保障局职业能力建设科确定", "请及时报市人力资源和社会保障局职业能力建设科"], M, HD, {"docs": BOTH, "two": True}),
    # time
    ("hdm-time-01", "邯郸2026年度的补贴目录什么时候开始施行", "time", ["《目录》自2026年4月1日起施行"], M, HD, {}),
    ("hdm-time-02", "邯郸这个补贴目录有效期到什么时候", "time", ["有效期至2027年3月31日"], M, HD, {}),
    ("hdm-time-03", "邯郸职工拿到证以后多长时间内要申请补贴", "time", ["证书核发之日起12个月内"], M, HD, {}),
    ("hdm-time-04", "邯郸企业新型学徒制补贴最长能补几年", "time", ["最长不超过2年"], M, HD, {}),
    ("hdm-time-05", "邯郸补贴目录的通知是哪天在网上发布的", "time", ["2026-03-13 16:05"], M, HD, {}),
    ("hdg-time-01", "邯郸技能提升补贴要公示几天", "time", ["公示期为5个工作日"], G, HD, {}),
    ("hdg-time-02", "邯郸技能提升补贴从申请到钱到账最多要多久", "time", ["合计不超过29个工作日"], G, HD, {}),
    ("hdg-time-03", "邯郸财政局收到拨付申请以后多少天把补贴打到卡上", "time", ["市财政局在收到拨付申请后10个工作日内"], G, HD,
     {}),
    ("hdg-time-05", "邯郸学徒制补贴开班多久以后可以申请第一次", "time", ["开班满3个月后"], G, HD, {}),
    ("hdg-time-06", "邯郸经办规程什么时候施行 有效期多久", "time", ["本规程自2026年4月1日起施行", "有效期3年"], G, HD,
     {"two": True}),
    ("hdg-time-08", "邯郸补贴经办档案要保存几年", "time", ["保存不少于5年"], G, HD, {}),
    ("hdg-time-fu-01", "复审呢", "time", ["5个工作日内完成复审"], G, HD, {"context": ["邯郸技能提升补贴初审要几天"]}),
    ("hdg-time-10", "邯郸申请交上去以后几天内受理", "time", ["收到申请后1个工作日内完成受理"], G, HD, {}),
    # count
    ("hdm-count-01", "邯郸今年补贴目录列了多少个职业工种 其中紧缺的有几个", "count", ["职业（工种）14个", "急需紧缺职业（工种）5个"],
     M, HD, {"two": True}),
    ("hdm-count-03", "邯郸一个职工一年最多能领几次技能培训补贴", "count", ["不超过3次"], M, HD, {}),
    ("hdm-count-fu-01", "同一个工种同一个等级呢", "count", ["同一等级只能享受1次"], M, HD,
     {"context": ["邯郸一个职工一年能领几次培训补贴"]}),
    ("hdm-count-05", "邯郸今年的目录新增了几个工种", "count", ["新增工业机器人系统运维员、轧钢工2个职业（工种）"], M, HD, {}),
    ("hdm-count-06", "邯郸目录里专项职业能力有几项", "count", ["专项职业能力3项"], M, HD, {}),
    ("hdg-count-01", "邯郸学徒制补贴分几次申请", "count", ["分两次申请"], G, HD, {}),
    ("hdg-count-02", "邯郸骗补的要几天内把钱退回 企业几年不能再申请", "count", ["自收到书面通知之日起15个工作日内", "3年内不得申请"],
     G, HD, {"two": True}),
    ("hdg-count-03", "邯郸企业搞新型学徒制 和学徒的劳动合同至少签几年", "count", ["签订1年以上劳动合同"], G, HD, {}),
    # yesno
    ("hdm-yesno-01", "邯郸机关事业单位的人考了证能领这个补贴吗", "yesno", ["机关事业单位工作人员不属于补贴对象"], M, HD, {}),
    ("hdm-yesno-fu-01", "跟紧缺工种的上浮能一起算吗", "yesno", ["不叠加计算"], M, HD,
     {"context": ["邯郸产教融合型企业职工考证补贴上浮多少"]}),
    ("hdm-yesno-03", "邯郸企业新型学徒制补贴能不能按紧缺工种上浮", "yesno", ["企业新型学徒制补贴不适用急需紧缺职业（工种）上浮政策"],
     M, HD, {}),
    ("hdm-yesno-04", "邯郸各县区能不能自己调整补贴标准", "yesno", ["不得自行调整补贴标准"], M, HD, {}),
    ("hdm-yesno-05", "邯郸学徒培训期间还能领同工种同等级的技能提升补贴吗", "yesno",
     ["不得就同一职业（工种）同一等级重复申领企业职工技能提升补贴"], M, HD, {}),
    ("hdg-yesno-01", "邯郸申请技能提升补贴还要交证书扫描件吗", "yesno", ["不再要求申请人提供证书扫描件"], G, HD, {}),
    ("hdg-yesno-02", "邯郸产教融合型企业的职工要按上浮标准补 需不需要另外交证明", "yesno", ["申请人无需另行提供证明材料"], G, HD,
     {}),
    ("hdg-yesno-03", "邯郸学徒最后没拿到证 剩下的学徒制补贴还给吗", "yesno", ["不再拨付其余部分"], G, HD, {}),
    ("hdg-yesno-04", "邯郸公示补贴名单的时候名字会全写出来吗", "yesno", ["申请人姓名（部分隐去）"], G, HD, {}),
    ("hdg-yesno-05", "邯郸企业搞新型学徒制必须跟学校或者培训机构合作吗", "yesno",
     ["与技工院校、职业院校或职业技能培训机构签订联合培养协议"], G, HD, {}),
    # list
    ("hdm-list-01", "邯郸补贴目录里哪些是急需紧缺职业", "list", ["焊工★", "电工★", "车工★", "工业机器人系统运维员★", "养老护理员★"],
     M, HD, {}),
    ("hdm-list-02", "邯郸专项职业能力能补贴的有哪些", "list", ["电动叉车操作", "网络直播营销", "母婴护理"], M, HD, {}),
    ("hdm-list-03", "邯郸企业新型学徒制按哪几个等级补 各补多少", "list",
     ["中级工每人每年5000元", "高级工每人每年6000元", "技师每人每年7000元"], M, HD, {}),
    ("hdm-list-04", "邯郸这些补贴的钱从哪些资金里出", "list", ["职业技能提升行动专账资金", "就业补助资金"], M, HD, {}),
    ("hdg-list-fu-01", "要交哪些材料", "list",
     ["《邯郸市企业职工技能提升补贴申请表》", "本人社会保障卡银行账户信息", "职业资格证书、职业技能等级证书或专项职业能力证书"], G, HD,
     {"context": ["邯郸职工想申请技能提升补贴"]}),
    ("hdg-list-02", "邯郸学徒制培训备案要交哪些东西", "list",
     ["《企业新型学徒制培训计划备案表》", "学徒名册", "劳动合同", "联合培养协议"], G, HD, {}),
    ("hdg-list-03", "邯郸补贴公示都公示哪些内容", "list", ["申请人姓名（部分隐去）", "所在企业", "职业（工种）", "等级和补贴金额"], G, HD,
     {}),
    ("hdg-list-04", "邯郸学徒制补贴企业可以花在哪些地方", "list", ["学徒培训", "导师带教津贴", "培训教材开发"], G, HD, {}),
    # docfact
    ("hdm-docfact-01", "邯郸补贴目录的文号是多少 哪天成文的", "docfact", ["邯人社字〔2026〕23号", "2026年3月10日"], M, HD,
     {"two": True}),
    ("hdm-docfact-02", "邯郸这个补贴目录是哪两个部门联合发的", "docfact", ["邯郸市人力资源和社会保障局", "邯郸市财政局"], M, HD, {}),
    ("hdm-docfact-03", "邯郸新目录出来以后废止的是哪个文件", "docfact", ["邯人社字〔2025〕18号"], M, HD, {}),
    ("hdm-docfact-04", "邯郸补贴目录那个网页上的索引号是多少", "docfact", ["11130400MB0X27541Y/2026-00063"], M, HD, {}),
    ("hdm-docfact-05", "邯郸补贴目录的附件能下载成什么文件", "docfact", ["2026年度邯郸市职业技能培训补贴标准目录.xlsx"], M, HD, {}),
    ("hdg-docfact-01", "邯郸经办规程的印发文号是多少 哪天印发的", "docfact", ["邯人社办〔2026〕11号", "2026年3月20日"], G, HD,
     {"two": True}),
    ("hdg-docfact-02", "邯郸那个经办规程全名叫什么", "docfact", ["邯郸市企业职工技能提升补贴和企业新型学徒制补贴经办规程"], G, HD, {}),
    ("hdg-docfact-03", "邯郸经办规程是根据什么文件制定的", "docfact", ["根据《2026年度邯郸市职业技能培训补贴标准目录》和有关规定"],
     G, HD, {}),
    # general
    ("hdm-general-01", "邯郸补贴标准是按什么来定的", "general", ["按职业（工种）和技能等级分档确定"], M, HD, {}),
    ("hdm-general-02", "邯郸一个职工同时符合紧缺工种和产教融合型企业两种上浮 按哪个算", "general", ["按就高原则上浮"], M, HD, {}),
    ("hdm-general-03", "邯郸考了专项职业能力证书按什么标准补", "general", ["按《目录》“专项职业能力”部分的标准补贴"], M, HD, {}),
    ("hdm-general-fu-01", "4月1日以前拿的证怎么算", "general", ["仍按原目录标准执行"], M, HD,
     {"context": ["邯郸2026年度的补贴目录从哪天开始用"]}),
    ("hdm-general-04", "邯郸学徒制补贴期限是怎么计算的", "general", ["补贴期限按实际培训时间计算"], M, HD, {}),
    ("hdg-general-01", "邯郸初审主要查哪些东西", "general", ["重点核对参保状态、证书信息和本年度已享受次数"], G, HD, {}),
    ("hdg-general-02", "邯郸学徒培训到一半跟企业解除合同了 补贴怎么算", "general", ["按其实际参加培训的月数核定补贴"], G, HD, {}),
    ("hdg-general-03", "邯郸申请材料没交齐会怎么处理", "general", ["一次性告知申请人需要补正的全部内容"], G, HD, {}),
    ("hdg-general-04", "邯郸骗取补贴会有什么后果", "general",
     ["追回已拨付的补贴资金", "3年内不得申请技能提升补贴和学徒制补贴", "依法移送司法机关处理"], G, HD, {}),
    # region-scoped — a 区 / 县 / 县级市 of 邯郸市 (named in neither document)
    ("hdm-rs-01", "我们是武安市一家钢厂 职工考轧钢工中级按邯郸的目录能补多少", "region-scoped", ["1300"], M, WA, {}),
    ("hdm-rs-02", "峰峰矿区的企业问 邯郸的起重装卸机械操作工四级补多少", "region-scoped", ["1200"], M, FF, {}),
    ("hdm-rs-03", "临漳县一家养老院 护理员考了五级 按邯郸目录能补多少", "region-scoped", ["900", "1080"], M, LZ, {}),
    ("hdm-rs-fu-01", "汽车维修工高级工按邯郸的目录补多少", "region-scoped", ["1800"], M, CA,
     {"context": ["我在成安县一家汽修厂管培训"]}),
    ("hdm-rs-04", "邯山区的电商公司 员工考电子商务师三级 邯郸补多少钱", "region-scoped", ["1500"], M, HS, {}),
    ("hdg-rs-01", "我们是丛台区的企业 邯郸学徒制培训计划备案要多少天审核", "region-scoped", ["10个工作日内完成备案审核"], G, CT, {}),
    ("hdg-rs-02", "武安的企业职工申请邯郸的技能提升补贴 谁来受理", "region-scoped",
     ["各县（市、区）就业服务机构负责属地企业及其职工申请的受理和初审"], G, WA, {}),
    ("hdg-rs-03", "峰峰矿区一家企业被查出骗取补贴 按邯郸的规程几年不能再申请", "region-scoped", ["3年内不得申请"], G, FF, {}),
    ("hdg-rs-fu-01", "在哪申请", "region-scoped", ["“邯郸人社”微信公众号", "邯郸市职业技能提升服务平台"], G, GT,
     {"context": ["我是馆陶县一家企业的人事 想帮职工申请邯郸的技能提升补贴"]}),
    # outofscope (this region)
    ("x-f35-outofscope-01", "邯郸广府古城门票多少钱", "outofscope", None, None, HD, {}),
    ("x-f35-outofscope-02", "涉县娲皇宫几点开门", "outofscope", None, None, SX, {}),
    ("x-f35-outofscope-03", "磁县的磁州窑瓷器哪里能买到", "outofscope", None, None, CX, {}),
    # unstated — in the domain, stated by neither document: give-away words in no document of any round
    ("x-f35-unstated-01", "邯郸考电工证报名费要交多少", "unstated", None, None, HD, {}),
    ("x-f35-unstated-02", "邯郸企业能不能把职工领到的技能提升补贴计入工资", "unstated", None, None, HD, {}),
    ("x-f35-unstated-03", "邯郸职业技能等级认定的考评员怎么报名", "unstated", None, None, HD, {}),
    ("x-f35-unstated-04", "邯郸企业新型学徒制的企业导师要什么导师资格", "unstated", None, None, HD, {}),
    ("x-f35-unstated-05", "邯郸申请技能提升补贴以后能不能在网上做进度查询", "unstated", None, None, HD, {}),
    ("x-f35-unstated-06", "邯郸哪些培训机构是技能培训的定点机构", "unstated", None, None, HD, {}),
    # region-clash — 县 / 县级市 of other cities of the province, with no document of their own
    ("x-f35-clash-01", "宁晋县今年的职业技能培训补贴标准目录里焊工中级补多少", "region-clash", None, None, NJ, {}),
    ("x-f35-clash-02", "南宫市企业职工技能提升补贴要公示几天", "region-clash", None, None, NG, {}),
    ("x-f35-clash-03", "昌黎县企业新型学徒制补贴一年补多少", "region-clash", None, None, CL, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f35-unstated-01": ["报名费"],
    "x-f35-unstated-02": ["计入工资"],
    "x-f35-unstated-03": ["考评员"],
    "x-f35-unstated-04": ["导师资格"],
    "x-f35-unstated-05": ["进度查询"],
    "x-f35-unstated-06": ["定点机构"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"hdm-amount-18": "轧钢工", "hdg-person-10": "孟繁宇"}
QUESTIONS += [
    ("hdm-amount-18", "轧钢工高级工的补贴标准是多少", "amount", ["1700"], M, "", {}),
    ("hdg-person-10", "孟繁宇是哪个单位的", "person", ["市就业服务中心职业培训科"], G, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["hdm-time-02", "hdg-time-01", "hdm-count-03", "hdg-person-05", "hdm-amount-08", "hdg-time-06", "hdm-person-03",
        "hdg-yesno-02"]
