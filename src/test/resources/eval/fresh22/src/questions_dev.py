"""Questions of fresh22-dev.jsonl (重庆市永川区: the 产教融合三年行动计划（2026—2028年） as a LibreOffice-printed .pdf whose
主要指标 table (表1, 15 rows, year columns 2025年基数 / 2026年 / 2027年 / 2028年) is a wide portrait table with wrapped cells
crossing a page break, and the 新闻发布会实录 as a portal .html page with speaker turns in <p><strong>). Written from the
documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
CQ = "重庆市"
YC = "重庆市永川区"
WXH = "重庆市永川区卫星湖街道"
CSZH = "重庆市永川区茶山竹海街道"
SLL = "重庆市永川区胜利路街道"
DA = "重庆市永川区大安街道"
NDJ = "重庆市永川区南大街街道"
ZSL = "重庆市永川区中山路街道"
CS = "重庆市永川区陈食街道"
ZT = "重庆市永川区朱沱镇"
LS = "重庆市永川区来苏镇"
SS = "重庆市永川区双石镇"
JJ = "重庆市江津区"
BS = "重庆市璧山区"
P = "yongchuan-xingdong-jihua"
F = "yongchuan-fabuhui-shilu"
BOTH = [F, P]

QUESTIONS = [
    # amount — 保障措施 amounts, year columns of 表1 (亿元 / 万元 rows), worked examples and figures only in the 实录
    ("ycp-amount-01", "永川新认定的国家级产教融合型企业奖多少钱", "amount", ["46万元"], P, YC, {}),
    ("ycp-amount-02", "永川评上市级产教融合形企业 一次性奖励多少", "amount", ["17万元"], P, YC, {}),
    ("ycp-amount-03", "永川企业牵头搞区域产教联合体 奖励多少", "amount", ["一次性奖励33万元"], P, YC, {}),
    ("ycp-amount-04", "永川校企共建实训基地 按啥比例补 单个最多补多少", "amount", ["按设备投入的25%给予补助", "单个基地最高88万元"], P, YC,
     {"two": True}),
    ("ycp-amount-05", "永川新认定的市级产业学院 共建企业能补多少", "amount", ["一次性补助28万元"], P, YC, {}),
    ("ycp-amount-06", "永川企业接实习生 每人每月补多少 一年封顶多少", "amount", ["按每人每月260元给予补贴", "每家企业每年最高9万元"], P, YC,
     {"two": True}),
    ("ycp-amount-07", "永川产业导师岗位补助一年多少钱", "amount", ["按每人每年7200元给予岗位补助"], P, YC, {}),
    ("ycp-amount-fu-01", "那是一学期发一次吗 一学期多少", "amount", ["每学期3600元"], F, YC,
     {"context": ["永川产业导师岗位补助一年多少钱"]}),
    ("ycp-amount-09", "永川产教融合专项资金投入到2028年要达到多少亿", "amount", ["1.25"], P, YC, {}),
    ("ycp-amount-10", "永川专项资金投入2025年的基数是多少亿元", "amount", ["0.82"], P, YC, {}),
    ("ycf-amount-01", "永川 我们实训基地买设备花了400万 能补多少", "amount", ["按88万元补助"], F, YC, {}),
    ("ycf-amount-02", "永川 我们接了20个实习生 每人实习3个月 能拿多少补贴", "amount", ["1.56万元"], F, YC, {}),
    ("ycf-amount-03", "永川这三年产教融合专项资金一共要投多少", "amount", ["3.3亿元"], F, YC, {}),
    ("ycf-amount-04", "永川企业建成技能工匠工作室 区里资助多少", "amount", ["每个一次性资助12万元"], F, YC, {}),
    ("ycf-amount-05", "永川产业学院共建企业补多少 今年啥时候能报", "amount", ["28万元", "5月6日至5月31日"], F, YC,
     {"docs": BOTH, "two": True}),
    # person — ★ lead units of 表1 and of the tasks, 领导小组, who spoke, contacts
    ("ycp-person-01", "永川产教融合型企业数量这个指标谁牵头", "person", ["★区发展改革委"], P, YC, {}),
    ("ycp-person-02", "永川岗位实习参于率这个指标归哪个部门管", "person", ["★区教委"], P, YC, {}),
    ("ycp-person-03", "永川茶竹产教云入驻企业那个指标是谁牵头", "person", ["★区大数据发展局"], P, YC, {}),
    ("ycp-person-04", "永川产教融合工作领导小组组长是谁 办公室设在哪", "person",
     ["由分管副区长任组长", "领导小组办公室设在区发展改革委"], P, YC, {"two": True}),
    ("ycf-person-01", "永川那个产教融合发布会上是谁介绍的行动计划", "person", ["邓启航"], F, YC, {}),
    ("ycf-person-02", "永川这次新闻发布会主持人是谁", "person", ["罗晓岚"], F, YC, {}),
    ("ycf-person-03", "永川产教融合型企业奖励找哪个科室问 电话多少", "person", ["区发展改革委社会发展科", "023-49382716"], F, YC,
     {"two": True}),
    ("ycf-person-04", "永川茶竹产教云平台有问题打哪个电话", "person", ["023-49526180"], F, YC, {}),
    ("ycf-person-05", "永川产业导师补助钱是打给企业还是给导师自己", "person", ["直接发给导师本人"], F, YC, {}),
    ("ycf-person-07", "永川产业导师选聘是谁审核", "person", ["由区人力社保局会同区教委审核聘任"], F, YC, {}),
    # time — 完成时限, the year a target is reached, dates only in the 实录
    ("ycp-time-01", "永川产教融合型企业培育库啥时候要建好", "time", ["2026年6月底前"], P, YC, {}),
    ("ycp-time-02", "永川智能制造区域产教联合体什么时候组建完", "time", ["2026年底前完成组建"], P, YC, {}),
    ("ycp-time-03", "永川数字经济那个区域产教联合体哪年组建", "time", ["2027年组建数字经济区域产教联合体"], P, YC, {}),
    ("ycp-time-04", "永川岗位实习企业名录到啥时候要有300家", "time", ["2026年底前入录企业不少于300家"], P, YC, {}),
    ("ycp-time-05", "永川行动计划终期评估什么时候做完", "time", ["2028年11月底前完成终期评估"], P, YC, {}),
    ("ycp-time-07", "永川技能工匠工作室哪年要累计建成25个", "time", ["到2028年累计建成25个"], P, YC, {}),
    ("ycf-time-01", "永川茶竹产教云平台哪天正式上线", "time", ["2026年4月15日"], F, YC, {}),
    ("ycf-time-02", "永川今年奖补资金几号开始报 报到哪天", "time", ["5月6日至5月31日"], F, YC, {}),
    ("ycf-time-03", "永川补贴审核过了要公示几天 多久钱到账", "time", ["公示7天", "20个工作日内"], F, YC, {"two": True}),
    ("ycf-time-04", "永川企业推荐产业导师一般几月份", "time", ["每年9月"], F, YC, {}),
    ("ycf-time-05", "永川产教融合型企业培育库每年几月遴选", "time", ["每年4月组织遴选"], F, YC, {}),
    # count — year columns of 表1 (the right column), rounded in the 实录, counts only in the 实录
    ("ycp-count-01", "永川2027年产教融合型企业要达到多少家", "count", ["55"], P, YC, {}),
    ("ycp-count-fu-01", "那到2028年呢", "count", ["65"], P, YC, {"context": ["永川2027年产教融合型企业要达到多少家"]}),
    ("ycp-count-02", "永川到2027年毕业生留永就业人数目标是多少", "count", ["7450"], P, YC, {}),
    ("ycp-count-03", "永川今年也就是2026年 当年新增高技能人才要多少人", "count", ["2600"], P, YC, {}),
    ("ycp-count-04", "永川2028年企业产业导师要有多少人", "count", ["370"], P, YC, {}),
    ("ycp-count-06", "发布会说永川到2027年导师队伍要超过300人 计划表里2027年具体是多少", "count", ["310"], P, YC, {}),
    ("ycp-count-07", "永川毕业生留永就业 发布会说超过8000人 计划里2028年的目标具体是多少人", "count", ["8300"], P, YC, {}),
    ("ycp-count-08", "永川学生岗位实习参与率到2028年要百分之多少 不是说九成吗 准确数呢", "count", ["达到90%"], P, YC, {}),
    ("ycf-count-01", "永川行动计划设了几项主要指标 约束性的几项", "count", ["15项主要指标", "约束性指标4项"], F, YC, {"two": True}),
    ("ycf-count-02", "永川现在已经有多少企业在茶竹产教云上预注册了", "count", ["132家"], F, YC, {}),
    ("ycf-count-03", "永川报名智能制造产教联合体的有几家企业几所学校", "count", ["11家企业和4所院校"], F, YC, {}),
    ("ycf-count-04", "永川首批集中签约的校企合作项目有多少个", "count", ["27个"], F, YC, {}),
    ("ycf-count-05", "永川茶竹产教云2027年入驻企业要到多少家 平台是哪天上线", "count", ["450", "2026年4月15日"], F, YC,
     {"docs": BOTH, "two": True}),
    # yesno
    ("ycp-yesno-01", "永川职业院校学生岗位实习参与率是不是约束性指标", "yesno", ["约束性"], P, YC, {}),
    ("ycp-yesno-02", "永川产教融合型企业数量是约束性指标吗", "yesno", ["预期性"], P, YC, {}),
    ("ycp-yesno-03", "永川同一个项目已经拿了市里的同类资金 区里还能再补吗", "yesno", ["区级不重复支持"], P, YC, {}),
    ("ycp-yesno-04", "茶叶加工技能实训基地茶农能去用吗", "yesno", ["面向茶农和茶企职工开放"], P, "", {}),
    ("ycf-yesno-01", "永川不在岗位实习企业名录里的企业接实习生 能拿补贴吗", "yesno", ["名录外企业接收的不享受补贴"], F, YC, {}),
    ("ycf-yesno-02", "永川企业入驻茶竹产教云要交钱不", "yesno", ["入驻不收费"], F, YC, {}),
    ("ycf-yesno-03", "永川评上国家级产教融合型企业以后 奖励要自己去申报不", "yesno", ["企业不需要另行申报"], F, YC, {}),
    ("ycf-yesno-04", "永川实训基地共建协议只签两年行不行", "yesno", ["共建协议期限应不少于3年"], F, YC, {}),
    ("ycf-yesno-05", "永川实训基地设备投入是按合同金额算吗", "yesno", ["设备投入以发票金额为准"], F, YC, {}),
    ("ycf-yesno-06", "技能工匠工作室那笔资助能用来带徒传技不", "yesno", ["主要用于技术攻关和带徒传技"], F, "", {}),
    # list — a column across 表1 (约束性, one ★ unit), the 附件's projects, the 奖补 items, the speakers
    ("ycp-list-01", "永川行动计划里哪些指标是约束性的", "list",
     ["岗位实习参与率", "专业课教师企业实践", "产教融合专项资金", "重点产业链校企合作"], P, YC, {}),
    ("ycp-list-02", "永川区教委牵头的指标有哪些", "list",
     ["市级及以上产业学院", "校企共建实训基地", "岗位实习参与率", "专业课教师企业实践", "校企合作开发课程"], P, YC, {}),
    ("ycp-list-03", "永川区人力社保局牵头负责哪几个指标", "list",
     ["毕业生留永就业人数", "职工技能提升培训", "当年新增高技能人才", "企业产业导师"], P, YC, {}),
    ("ycp-list-04", "永川2026年有哪些产教融合重点项目", "list",
     ["永川区公共实训中心（二期）", "智能制造区域产教联合体", "茶叶加工技能实训基地", "汽车零部件产业学院实训楼", "数字经济人才实训基地",
      "乡村振兴技能培训点（朱沱）", "乡村振兴技能培训点（来苏）", "产教对接平台"], P, YC, {}),
    ("ycp-list-05", "永川区农业农村委负责哪几个重点项目", "list",
     ["茶叶加工技能实训基地", "乡村振兴技能培训点（朱沱）", "乡村振兴技能培训点（来苏）"], P, YC, {}),
    ("ycp-list-06", "永川产教融合专项资金主要奖补哪几块", "list",
     ["产教融合型企业", "区域产教联合体", "校企共建实训基地", "市级产业学院", "岗位实习", "产业导师"], P, YC, {}),
    ("ycp-list-07", "永川茶竹产教云平台都有啥功能", "list", ["岗位实习", "产业导师", "实训基地共享", "政策申报"], P, YC, {}),
    ("ycf-list-01", "永川发布会有哪几位发布人", "list", ["邓启航", "殷佳蓉", "谭国栋", "卢振宇", "蔡思源"], F, YC, {}),
    # docfact
    ("ycp-docfact-01", "永川这个产教融合三年行动计划文号是多少", "docfact", ["永川府办发〔2026〕17号"], P, YC, {}),
    ("ycp-docfact-02", "永川产教融合三年行动计划是哪个单位印发的 哪天", "docfact", ["重庆市永川区人民政府办公室", "2026年3月9日"], P, YC,
     {"two": True}),
    ("ycp-docfact-03", "永川行动计划是区政府第几次常务会议通过的", "docfact", ["区政府第48次常务会议"], P, YC, {}),
    ("ycp-docfact-04", "永川行动计划的附件是啥", "docfact", ["永川区2026年度产教融合重点项目"], P, YC, {}),
    ("ycf-docfact-01", "永川产教融合行动计划发布会哪天开的 在哪开的", "docfact", ["2026年3月12日", "区行政中心2号楼3楼新闻发布厅"], F,
     YC, {"two": True}),
    ("ycf-docfact-02", "永川发布会实录那个页面索引号是多少", "docfact", ["11500383MB1K-2026-0318"], F, YC, {}),
    ("ycf-docfact-03", "永川这个发布会是哪个单位办的", "docfact", ["重庆市永川区人民政府新闻办公室"], F, YC, {}),
    # general
    ("ycp-general-01", "永川行动计划的工作思路是啥", "general", ["以产定教、以教促产、校企共赢"], P, YC, {}),
    ("ycp-general-02", "永川指标表责任单位前面带个星号是啥意思", "general", ["牵头单位"], P, YC, {}),
    ("ycp-general-03", "永川平台入驻企业2025年基数那栏是一横 啥意思", "general", ["2025年平台尚未建成"], P, YC, {}),
    ("ycf-general-01", "永川企业咋入驻茶竹产教云", "general", ["使用统一社会信用代码注册"], F, YC, {}),
    ("ycf-general-03", "永川老师下企业实践的情况有啥用", "general", ["作为教师评优评先的重要依据"], F, YC, {}),
    ("ycf-general-04", "永川这个行动计划分成哪几部分", "general", ["分为总体要求、重点任务、保障措施三部分"], F, YC, {}),
    # region-scoped — 街道 / 镇 of 永川区: the 附件's projects, tasks naming a town, district rules asked from a town
    ("ycp-rs-01", "永川卫星湖街道的公共实训中心二期啥时候完工", "region-scoped", ["2027年9月底前"], P, WXH, {}),
    ("ycp-rs-02", "永川卫星湖街道那个公共实训中心二期总投资多少 今年计划投多少", "region-scoped", ["18600", "7200"], P, WXH,
     {"two": True}),
    ("ycp-rs-03", "永川茶山竹海街道的茶叶实训基地谁牵头", "region-scoped", ["★区农业农村委"], P, CSZH, {}),
    ("ycp-rs-04", "茶山竹海那个茶叶加工实训基地啥时候建好 永川的", "region-scoped", ["2026年10月底前"], P, CSZH, {}),
    ("ycp-rs-05", "永川胜利路街道今年有啥产教融合重点项目", "region-scoped", ["汽车零部件产业学院实训楼"], P, SLL, {}),
    ("ycp-rs-06", "永川大安街道的数字经济人才实训基地总投资多少万", "region-scoped", ["4150"], P, DA, {}),
    ("ycp-rs-07", "永川朱沱镇的培训点建些啥", "region-scoped", ["农机维修、电商直播培训教室"], P, ZT, {}),
    ("ycp-rs-08", "我在永川陈食街道开厂 接实习生每人每月补多少", "region-scoped", ["按每人每月260元给予补贴"], P, CS, {}),
    ("ycf-rs-01", "永川朱沱镇培训点今年先开哪几个方向", "region-scoped", ["农机维修和电商直播两个方向"], F, ZT, {}),
    ("ycf-rs-fu-01", "那边开啥培训 要钱不", "region-scoped", ["农产品加工和电工两个方向", "免费参加"], F, LS,
     {"context": ["永川来苏镇那个乡村振兴技能培训点什么时候投入使用"], "two": True}),
    ("ycf-rs-02", "永川卫星湖街道的企业 实训基地补助今年几号开始申报", "region-scoped", ["5月6日至5月31日"], F, WXH, {}),
    ("ycf-rs-03", "永川双石镇的企业建技能工匠工作室 区里资助多少 全区到哪年要建成25个", "region-scoped",
     ["每个一次性资助12万元", "到2028年累计建成25个"], F, SS, {"docs": BOTH, "two": True}),
    ("ycf-rs-04", "永川南大街街道那个茶竹产教云平台项目 平台哪天上线", "region-scoped", ["2026年4月15日"], F, NDJ, {}),
    ("ycf-rs-05", "永川中山路街道的企业想入驻茶竹产教云 打哪个电话", "region-scoped", ["023-49526180"], F, ZSL, {}),
    # unstated — three hierarchy traps (重庆市 / another district), four words no document of any round has
    ("x-f22-unstated-01", "重庆市的产教融合三年行动计划里2027年岗位实习参与率目标是多少", "unstated", None, None, CQ, {}),
    ("x-f22-unstated-02", "江津区企业接职校学生岗位实习 每人每月补多少", "unstated", None, None, JJ, {}),
    ("x-f22-unstated-03", "璧山区产业导师岗位补助一年多少钱", "unstated", None, None, BS, {}),
    ("x-f22-unstated-04", "永川企业接实习生 入职体检费谁来出", "unstated", None, None, YC, {}),
    ("x-f22-unstated-05", "永川实习生的餐补企业要给多少", "unstated", None, None, YC, {}),
    ("x-f22-unstated-06", "永川产业导师那7200是税前还是税后", "unstated", None, None, YC, {}),
    ("x-f22-unstated-07", "永川茶竹产教云能用苹果手机登录吗", "unstated", None, None, YC, {}),
]

# give-away words of the unstated lines: HIER lines — words in the 行动计划 (which does not cover the place); the others —
# words in no document of any round
UNSTATED_ABSENT = {
    "x-f22-unstated-01": ["岗位实习参与率"],
    "x-f22-unstated-02": ["岗位实习"],
    "x-f22-unstated-03": ["产业导师"],
    "x-f22-unstated-04": ["体检费"],
    "x-f22-unstated-05": ["餐补"],
    "x-f22-unstated-06": ["税前", "税后"],
    "x-f22-unstated-07": ["苹果手机"],
}
HIER = ["x-f22-unstated-01", "x-f22-unstated-02", "x-f22-unstated-03"]
# answerable lines without a region: an anchor word of their document only (no other document of any round)
REGION_FREE = {"ycp-yesno-04": "茶叶加工技能实训基地", "ycf-yesno-06": "带徒传技"}
# the answer is in one document although both talk about the topic
ONLY = ["ycp-amount-05", "ycp-amount-09", "ycp-time-05", "ycp-amount-fu-01", "ycf-time-05"]
