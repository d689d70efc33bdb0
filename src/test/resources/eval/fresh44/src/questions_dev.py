"""Questions of fresh44-dev.jsonl (福建省南平市浦城县: 浦城县人力资源和社会保障局　浦城县教育局　浦城县总工会　浦城县财政局关于印发
《浦城县2026年职业技能竞赛实施方案》的通知 (浦人社〔2026〕18号, 2026年4月8日) with the 方案 and its 赛项安排表 — a Word 97 .doc —, and
浦城县人力资源和社会保障局　浦城县教育局关于兑现2026年职业技能竞赛获奖奖励的通知 (浦人社〔2026〕41号, 2026年7月8日) with its winners
table, as a page of the county government's portal). Written from the documents only.
What the 方案 and its 印发通知 state (a part or item, the 赛项安排表, the issuers, 文号, date, contacts) → `doc` = the .doc, also when the
notice repeats it; what only the notice says (this year's winners, places, amounts, totals, worked examples, the firm's own award,
how and by when to claim, papers, contacts) and questions that say they read it → `doc` = the .html.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
PC = "福建省南平市浦城县"
FL = PC + "富岭镇"
SB = PC + "石陂镇"
XY = PC + "仙阳镇"
ZX = PC + "忠信镇"
JM = PC + "九牧镇"
GC = PC + "管厝乡"
HC = PC + "濠村乡"
PT = PC + "盘亭乡"
NP = PC + "南浦街道"
SC = "福建省南平市顺昌县"
SX = "福建省南平市松溪县"
JY = "福建省南平市建阳区"
F = "pucheng-jingsai-fangan"
T = "pucheng-duixian-tongzhi"
BOTH = [F, T]

QUESTIONS = [
    # amount
    ("pcf-amount-01", "浦城技能竞赛职工组一等奖奖金多少", "amount", ["职工组一等奖每人5000元"], F, PC, {}),
    ("pcf-amount-04", "浦城技能竞赛经费预算一共多少 其中奖金多少", "amount", ["竞赛经费预算共计30万元", "奖金12万元"], F, PC,
     {"two": True}),
    ("pcf-amount-05", "浦城学生拿了一等奖或二等奖 指导老师各奖多少", "amount", ["分别奖励1000元、600元"], F, PC, {}),
    ("pcf-amount-06", "浦城技能竞赛的总成绩理论和实操各占多少", "amount", ["初赛理论知识成绩占30%", "决赛实际操作成绩占70%"], F, PC,
     {}),
    ("pcf-amount-fu-01", "那二等奖一队多少", "amount", ["二等奖每队3000元"], F, PC,
     {"context": ["浦城技能竞赛学生组团体赛一等奖一队奖多少钱"]}),
    ("pcd-amount-01", "浦城这次技能竞赛获奖奖励一共兑现了多少钱", "amount", ["本次兑现奖金共计87400元"], T, PC, {}),
    ("pcd-amount-02", "浦城电子商务学生组一等奖那个队每人能分多少", "amount", ["4800÷3＝1600元"], T, PC, {}),
    ("pcd-amount-03", "浦城郑海涛老师带的汽修队拿了好几个奖 他的指导奖金能拿多少", "amount", ["按最高一项计发1000元"], T, PC, {}),
    ("pcd-amount-04", "浦城恒光电力另外给电工职工组一等奖奖了多少 这钱在哪领", "amount",
     ["另行奖励2000元", "由该企业在表彰会上直接发放"], T, PC, {"two": True}),
    ("pcd-amount-fu-01", "那实际到账按多少算", "amount", ["以代扣后的金额为准"], T, PC,
     {"context": ["浦城技能竞赛的奖金是含税的吧"]}),
    # person
    ("pcf-person-01", "浦城职业技能竞赛实施方案是哪几个部门联合发的", "person",
     ["浦城县人力资源和社会保障局", "浦城县教育局", "浦城县总工会", "浦城县财政局"], F, PC, {}),
    ("pcf-person-02", "浦城技能竞赛组委会主任由谁担任", "person", ["由县人民政府分管副县长任主任"], F, PC, {}),
    ("pcf-person-03", "浦城竞赛组委会办公室设在哪个单位", "person", ["设在县人力资源和社会保障局"], F, PC, {}),
    ("pcf-person-04", "浦城技能竞赛的监督仲裁组设在哪个部门", "person", ["监督仲裁组设在县总工会"], F, PC, {}),
    ("pcf-person-05", "浦城技能竞赛各赛项的裁判长由谁来当", "person", ["裁判长由合作企业技术负责人担任"], F, PC, {}),
    ("pcf-person-06", "浦城焊工赛项是哪个学校承办的 合作企业是哪家", "person",
     ["浦城县丹桂技工学校", "浦城县鼎力重工机械有限公司"], F, PC, {"two": True}),
    ("pcf-person-fu-01", "这个称号由哪个部门授予", "person", ["由县人力资源和社会保障局授予"], F, PC,
     {"context": ["浦城技能竞赛职工组一等奖能得什么称号"]}),
    ("pcd-person-01", "浦城电工职工组一等奖是谁 哪个单位的", "person", ["徐振涛", "浦城县恒光电力安装有限公司"], T, PC,
     {"two": True}),
    ("pcd-person-02", "浦城学生组选手的兑现材料交到哪", "person", ["由所在学校汇总，报县教育局职成股"], T, PC, {}),
    ("pcd-person-03", "浦城学生组领奖金的材料有问题找谁 电话多少", "person", ["陈晓帆", "0599-2835261"], T, PC, {"two": True}),
    ("pcd-person-04", "浦城中式烹调师学生组一等奖是谁 指导老师是哪个", "person", ["余佳怡", "吴秀英"], T, PC, {"two": True}),
    ("pcd-person-fu-01", "她的指导老师是谁", "person", ["陈美玲"], T, PC,
     {"context": ["浦城养老护理员学生组一等奖是谁"]}),
    # time
    ("pcf-time-01", "浦城技能竞赛报名从哪天开始到哪天结束", "time", ["2026年4月20日", "5月8日"], F, PC, {}),
    ("pcf-time-02", "浦城技能竞赛初赛是哪天 几点开始考", "time", ["2026年5月23日", "上午9:00"], F, PC, {"two": True}),
    ("pcf-time-03", "浦城技能竞赛决赛是哪两天", "time", ["2026年6月6日", "6月7日"], F, PC, {}),
    ("pcf-time-04", "浦城技能竞赛实施方案是哪天印发的", "time", ["2026年4月8日"], F, PC, {}),
    ("pcf-time-05", "浦城技能竞赛的参赛名单什么时候公布", "time", ["5月15日前"], F, PC, {}),
    ("pcf-time-06", "浦城决赛结束后多久公布成绩", "time", ["决赛结束后3个工作日内"], F, PC, {}),
    ("pcf-time-07", "浦城方案说公示期满后多少天内发兑现通知 实际是哪天发的", "time", ["公示期满后30日内", "2026年7月8日"], F, PC,
     {"docs": BOTH, "two": True}),
    ("pcd-time-01", "浦城获奖的兑现材料最晚哪天交", "time", ["2026年7月24日"], T, PC, {}),
    ("pcd-time-02", "浦城技能竞赛的奖金什么时候能到账", "time", ["2026年8月14日"], T, PC, {}),
    ("pcd-time-03", "浦城这次竞赛成绩公示是从几号到几号", "time", ["6月11日至6月17日"], T, PC, {}),
    ("pcd-time-04", "浦城职工组获奖了想申请晋升技能等级 最晚什么时候申请", "time", ["2026年9月30日前"], T, PC, {}),
    ("pcd-time-05", "浦城竞赛的获奖证书什么时候发下来", "time", ["2026年8月统一发放"], T, PC, {}),
    ("pcd-time-06", "浦城技能竞赛成绩是哪天公布的", "time", ["6月10日公布"], T, PC, {}),
    ("pcd-time-fu-01", "教育局什么时候前转给人社局", "time", ["7月29日前"], T, PC,
     {"context": ["浦城学生组的兑现材料是学校交到县教育局吧"]}),
    # count
    ("pcf-count-01", "浦城这次技能竞赛设了几个赛项", "count", ["6个赛项"], F, PC, {}),
    ("pcf-count-02", "浦城每个单位每个组别赛项最多报几个人", "count", ["限报3名（队）选手"], F, PC, {}),
    ("pcf-count-03", "浦城初赛之后每个组别赛项取前几名进决赛 这次养老护理员学生组决赛有几个人", "count",
     ["取前10名（队）进入决赛", "决赛选手仅5名"], F, PC, {"docs": BOTH, "two": True}),
    ("pcf-count-04", "浦城每个赛项的裁判至少几个人 其中企业的至少几个", "count", ["裁判员不少于5人", "技术人员不少于2人"], F, PC,
     {"two": True}),
    ("pcf-count-05", "浦城初赛理论考试考多长时间 满分多少", "count", ["时间90分钟", "满分100分"], F, PC, {"two": True}),
    ("pcf-count-06", "浦城电子商务团体赛一个队几个人", "count", ["每队3人"], F, PC, {}),
    ("pcf-count-07", "浦城优秀组织奖最多评几个", "count", ["评选优秀组织奖不超过3个"], F, PC, {}),
    ("pcf-count-fu-01", "要在几个工作日内提", "count", ["2个工作日内"], F, PC,
     {"context": ["浦城对技能竞赛成绩不服可以申请复核吗"]}),
    ("pcd-count-01", "浦城这次技能竞赛一共多少人获奖", "count", ["获奖选手共46人"], T, PC, {}),
    ("pcd-count-02", "浦城职工组有多少人获奖", "count", ["职工组16名"], T, PC, {}),
    ("pcd-count-03", "浦城这次有多少学生拿到技能新秀称号", "count", ["（含团体赛队员）8人"], T, PC, {}),
    ("pcd-count-04", "浦城这次有几个指导教师拿到奖金", "count", ["9名指导教师"], T, PC, {}),
    # yesno
    ("pcf-yesno-01", "浦城参加技能竞赛要交报名费吗", "yesno", ["参赛选手不交纳任何费用"], F, PC, {}),
    ("pcf-yesno-02", "浦城已经考了技师证的职工还能报职工组吗", "yesno", ["不得报名参加该赛项职工组竞赛"], F, PC, {}),
    ("pcf-yesno-03", "浦城一个人能同时报两个赛项吗", "yesno", ["每名选手限报1个赛项"], F, PC, {}),
    ("pcf-yesno-04", "浦城决赛实操只考了55分还能评奖吗", "yesno", ["决赛实际操作成绩低于60分的，不予评奖"], F, PC, {}),
    ("pcf-yesno-05", "浦城个体户能参加技能竞赛职工组吗", "yesno", ["在本县从业的个体工商户"], F, PC, {}),
    ("pcf-yesno-06", "浦城合作企业给竞赛提供设备要付钱吗", "yesno", ["合作企业提供的设备和技术服务不另行付费"], F, PC, {}),
    ("pcf-yesno-fu-01", "没有证书的能直接认定中级工吗", "yesno", ["可以按规定直接认定中级工（四级）职业技能等级"], F, PC,
     {"context": ["浦城技能竞赛职工组拿了二等奖 技能等级上有说法吗"]}),
    ("pcd-yesno-01", "浦城技能竞赛的奖金要扣税吗 谁来扣", "yesno", ["由获奖人员本人承担", "依法代扣代缴"], T, PC, {"two": True}),
    ("pcd-yesno-02", "浦城学生不满18岁 奖金能打到家长卡上吗", "yesno", ["可以发放到其监护人的银行账户"], T, PC, {}),
    ("pcd-yesno-03", "浦城学生拿了三等奖 指导老师有奖金吗", "yesno", ["三等奖选手（队）的指导教师不发放奖金"], T, PC, {}),
    ("pcd-yesno-04", "浦城养老护理员学生组这次有三等奖吗", "yesno", ["仅5名", "不设三等奖"], T, PC, {}),
    ("pcd-yesno-05", "浦城兑现材料过了截止时间还能交吗", "yesno", ["视为放弃领取奖金"], T, PC, {}),
    ("pcd-yesno-06", "浦城恒光电力另外给的那2000元也是人社局发吗", "yesno", ["不列入本次兑现范围"], T, PC, {}),
    ("pcd-yesno-fu-01", "这超没超预算", "yesno", ["奖金预算12万元以内"], T, PC,
     {"context": ["浦城这次技能竞赛兑现了87400元奖金"]}),
    # list
    ("pcf-list-01", "浦城这次技能竞赛都有哪些赛项", "list", ["电工", "中式烹调师", "电子商务", "焊工", "汽车维修工", "养老护理员"], F,
     PC, {}),
    ("pcf-list-02", "浦城技能竞赛哪些赛项是团体赛", "list", ["电子商务赛项为团体赛", "汽车维修工赛项为团体赛"], F, PC, {}),
    ("pcf-list-03", "浦城竞赛组委会成员单位有哪些", "list", ["县财政局", "县工业和信息化局", "县市场监督管理局", "团县委"], F, PC,
     {}),
    ("pcf-list-04", "浦城梦笔职专承办哪几个赛项", "list", ["电工", "中式烹调师", "电子商务"], F, PC, {}),
    ("pcf-list-05", "浦城办赛补助能用在哪些地方", "list", ["场地布置、耗材、试题编制和裁判酬金"], F, PC, {}),
    ("pcf-list-06", "浦城承办学校在竞赛里要负责哪些事", "list",
     ["负责赛项的具体组织实施", "会同合作企业制定赛项技术文件", "保障竞赛场地和设备"], F, PC, {}),
    ("pcf-list-fu-01", "那县教育局负责什么", "list", ["负责学生组报名", "指导承办学校做好场地、设备和安全保障"], F, PC,
     {"context": ["浦城县人社局在技能竞赛里负责什么"]}),
    ("pcd-list-01", "浦城这次职工组获奖的都有谁", "list", ["徐振涛", "王立成", "江志鹏", "祝永辉", "黄秋菊", "张永福", "谢振宇", "吴美华"],
     T, PC, {"items": 16}),
    ("pcd-list-02", "浦城领竞赛奖金要交哪些材料", "list", ["奖励兑现申领表", "本人居民身份证复印件", "社会保障卡（银行卡）复印件"], T, PC,
     {}),
    ("pcd-list-03", "浦城电工学生组三等奖是哪两个人", "list", ["熊家豪", "邹志远"], T, PC, {}),
    ("pcd-list-04", "浦城这次职工组一等奖都是谁", "list", ["徐振涛", "祝永辉", "张永福", "吴美华"], T, PC, {}),
    ("pcd-list-fu-01", "还要另外交什么材料", "list", ["监护人居民身份证复印件", "户口簿复印件"], T, PC,
     {"context": ["浦城学生的竞赛奖金想打到监护人账户上"]}),
    # docfact
    ("pcf-docfact-01", "浦城技能竞赛实施方案的文号是多少", "docfact", ["浦人社〔2026〕18号"], F, PC, {}),
    ("pcf-docfact-02", "浦城技能竞赛实施方案后面附的是什么表", "docfact", ["浦城县2026年职业技能竞赛赛项安排表"], F, PC, {}),
    ("pcf-docfact-03", "浦城技能竞赛方案是依据哪部法律定的", "docfact", ["《中华人民共和国职业教育法》"], F, PC, {}),
    ("pcf-docfact-04", "浦城赛项安排表有哪几列", "docfact", ["序号", "赛项", "组别", "竞赛形式", "承办学校", "合作企业"], F, PC, {}),
    ("pcf-docfact-05", "浦城竞赛实施方案第七部分讲的是什么", "docfact", ["奖励办法"], F, PC, {}),
    ("pcf-docfact-06", "浦城竞赛方案依据的是哪部法律 兑现通知的文号是多少", "docfact",
     ["《中华人民共和国职业教育法》", "浦人社〔2026〕41号"], F, PC, {"docs": BOTH, "two": True}),
    ("pcd-docfact-01", "浦城兑现技能竞赛获奖奖励的通知文号是多少", "docfact", ["浦人社〔2026〕41号"], T, PC, {}),
    ("pcd-docfact-02", "浦城竞赛奖励兑现通知的附件是什么", "docfact", ["浦城县2026年职业技能竞赛获奖选手及奖金兑现表"], T, PC, {}),
    ("pcd-docfact-03", "浦城竞赛奖金兑现表有哪些栏目", "docfact",
     ["序号", "赛项", "组别", "奖次", "获奖选手（队）", "所在单位", "奖金（元）", "指导教师"], T, PC, {}),
    # general
    ("pcf-general-01", "浦城技能竞赛总成绩一样的话怎么排名次", "general",
     ["实际操作成绩高者名次在前", "实际操作用时少者名次在前"], F, PC, {}),
    ("pcf-general-02", "浦城这次技能竞赛的主题是什么", "general", ["技能成就梦想　匠心助力发展"], F, PC, {}),
    ("pcf-general-03", "浦城团体赛的初赛成绩怎么算", "general", ["团体赛的初赛成绩为队员成绩的平均分"], F, PC, {}),
    ("pcf-general-04", "浦城选手弄虚作假获奖了会怎么处理", "general", ["取消其成绩和称号，收回奖金和证书"], F, PC, {}),
    ("pcf-general-05", "浦城职工组拿了一等奖在技能等级上有什么好处", "general",
     ["可以按规定晋升一级职业技能等级", "最高晋升至技师"], F, PC, {}),
    ("pcf-general-06", "浦城规定决赛不足几名就不设三等奖 这次哪个组别赛项因为这个没设", "general",
     ["不足6名（队）的，不设三等奖", "养老护理员赛项学生组"], F, PC, {"docs": BOTH, "two": True}),
    ("pcd-general-01", "浦城技能竞赛奖金是怎么发的", "general", ["通过银行转账发放到获奖人员本人社会保障卡的金融账户"], T, PC, {}),
    ("pcd-general-02", "浦城个体户选手的兑现材料怎么交", "general", ["个体工商户选手本人直接报送"], T, PC, {}),
    ("pcd-general-03", "浦城团体赛的奖金在队员之间怎么分", "general", ["团体赛奖金由队员平均分配"], T, PC, {}),
    ("pcd-general-fu-01", "是自己交还是单位统一交", "general", ["职工组选手的材料由所在单位汇总"], T, PC,
     {"context": ["浦城职工组选手领奖金的材料交给谁"]}),
    # region-scoped
    ("pcf-rs-01", "我在富岭镇一家企业上班 能报浦城技能竞赛职工组吗 有什么条件", "region-scoped", ["须16周岁以上、60周岁以下"], F, FL,
     {}),
    ("pcf-rs-02", "石陂镇的个体户想报浦城技能竞赛 可以自己去报名吗", "region-scoped", ["个体工商户可以直接报名"], F, SB, {}),
    ("pcf-rs-03", "仙阳镇一家厂的焊工想报浦城焊工比赛 决赛在哪个学校", "region-scoped", ["浦城县丹桂技工学校"], F, XY, {}),
    ("pcf-rs-04", "忠信镇一个职工拿了浦城技能竞赛职工组三等奖 能拿多少钱", "region-scoped", ["三等奖每人1500元"], F, ZX, {}),
    ("pcf-rs-05", "九牧镇有个老师想给浦城学生组选手当指导老师 一个选手能配几个", "region-scoped",
     ["学生组每名（队）选手可以配备指导教师1名"], F, JM, {}),
    ("pcf-rs-fu-01", "能报哪个赛项", "region-scoped", ["中式烹调师"], F, GC,
     {"context": ["我是管厝乡人 在浦城一家饭店当厨师 想参加县里的技能竞赛"]}),
    ("pcd-rs-01", "濠村乡的徐振涛拿了浦城电工职工组一等奖 奖金打到哪个账户", "region-scoped", ["本人社会保障卡的金融账户"], T, HC,
     {}),
    ("pcd-rs-02", "盘亭乡有个学生在浦城梦笔职专读书 拿了竞赛奖 兑现材料交给谁", "region-scoped", ["由所在学校汇总"], T, PT, {}),
    ("pcd-rs-fu-01", "孩子他们汽修队拿了二等奖 两个人每人分多少", "region-scoped", ["3000÷2＝1500元"], T, NP,
     {"context": ["我家住南浦街道 孩子在浦城丹桂技校读书"]}),
    # outofscope
    ("x-f44-outofscope-01", "浦城大米在哪里买最正宗", "outofscope", None, None, PC, {}),
    ("x-f44-outofscope-02", "浦城明天会不会下雨", "outofscope", None, None, PC, {}),
    ("x-f44-outofscope-03", "浦城县城哪里有好吃的桂花糕", "outofscope", None, None, PC, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f44-unstated-01", "浦城技能竞赛一等奖发不发奖杯", "unstated", None, None, PC, {}),
    ("x-f44-unstated-02", "浦城参加技能竞赛统一发参赛服吗", "unstated", None, None, PC, {}),
    ("x-f44-unstated-03", "浦城职工去参加决赛那两天单位算公假吗", "unstated", None, None, PC, {}),
    ("x-f44-unstated-04", "浦城技能竞赛拿了一等奖能推荐去参加省赛吗", "unstated", None, None, PC, {}),
    ("x-f44-unstated-05", "浦城初赛理论考试要带准考证吗", "unstated", None, None, PC, {}),
    ("x-f44-unstated-06", "浦城技能竞赛会不会拍宣传片", "unstated", None, None, PC, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f44-clash-01", "顺昌县职业技能竞赛职工组一等奖奖金多少", "region-clash", None, None, SC, {}),
    ("x-f44-clash-02", "松溪县技能竞赛什么时候报名", "region-clash", None, None, SX, {}),
    ("x-f44-clash-03", "建阳区技能竞赛的获奖奖金什么时候发", "region-clash", None, None, JY, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f44-unstated-01": ["奖杯"],
    "x-f44-unstated-02": ["参赛服"],
    "x-f44-unstated-03": ["公假"],
    "x-f44-unstated-04": ["省赛"],
    "x-f44-unstated-05": ["准考证"],
    "x-f44-unstated-06": ["宣传片"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"pcf-person-08": "赛项安排表", "pcd-amount-06": "获奖选手及奖金兑现表"}
QUESTIONS += [
    ("pcf-person-08", "赛项安排表里焊工和汽车维修工是哪个学校承办的", "person", ["浦城县丹桂技工学校"], F, "", {}),
    ("pcd-amount-06", "获奖选手及奖金兑现表最后合计是多少钱", "amount", ["79600"], T, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["pcf-yesno-fu-01", "pcf-general-05", "pcf-amount-04", "pcf-person-fu-01", "pcd-amount-03", "pcd-yesno-01", "pcd-yesno-03",
        "pcd-general-03"]
