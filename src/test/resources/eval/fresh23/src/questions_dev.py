"""Questions of fresh23-dev.jsonl (新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市: the 2026年度 产教融合型企业和产教融合实训基地
认定申报指南 as a LibreOffice-printed .pdf (时间安排 as a table 阶段 / 时间 / 事项) and the 拟认定名单的公示 as a portal .html page
(名单 as a <table>: 序号 / 企业名称 / 所属行业 / 申报类别 / 推荐单位, 23 rows). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
XJ = "新疆维吾尔自治区"
BZ = "新疆维吾尔自治区巴音郭楞蒙古自治州"
KEL = "新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市"
YL = "新疆维吾尔自治区巴音郭楞蒙古自治州尉犁县"
SH = KEL + "上户镇"
TSD = KEL + "塔什店镇"
XNE = KEL + "西尼尔镇"
HSLK = KEL + "和什力克乡"
QEBG = KEL + "恰尔巴格乡"
TJ = KEL + "团结街道"
SYBG = KEL + "萨依巴格街道"
TS = KEL + "天山街道"
XC = KEL + "新城街道"
Z = "kuerle-rending-zhinan"
G = "kuerle-gongshi-mingdan"
BOTH = [G, Z]
JD7 = ["库尔勒塔里木石化装备有限公司", "新疆孔雀河纺织科技有限公司", "库尔勒博斯腾燃气工程有限公司", "库尔勒华耀汽车销售服务有限公司",
       "库尔勒沁园乳品有限公司", "新疆巴音数控机床有限公司", "库尔勒远航冷链物流有限公司"]

QUESTIONS = [
    # amount — 支持政策 (指南), one worked line across both documents
    ("klz-amount-01", "库尔勒评上产教融合形企业奖多少钱", "amount", ["一次性奖励32万元"], Z, KEL, {}),
    ("klz-amount-02", "库尔勒实训基地认定了按设备投入补几成", "amount", ["20%"], Z, KEL, {}),
    ("klz-amount-03", "库尔勒产教融合实训基地补助封顶多少", "amount", ["最高不超过70万元"], Z, KEL, {}),
    ("klz-amount-04", "库尔勒企业接实习生 一个人一个月补多少钱", "amount", ["每人每月350元"], Z, KEL, {}),
    ("klz-amount-05", "库尔勒岗位实习补贴一家企业一年最多拿多少", "amount", ["每年最高5万元"], Z, KEL, {}),
    ("klz-amount-06", "库尔勒一家企业一年各种奖补加起来最多能拿多少", "amount", ["累计不超过125万元"], Z, KEL, {}),
    ("klz-amount-07", "库尔勒申报实训基地 设备总值起码得多少", "amount", ["不少于190万元"], Z, KEL, {}),
    ("klz-amount-fu-01", "那实训基地呢 最多补多少", "amount", ["20%", "最高不超过70万元"], Z, KEL,
     {"context": ["库尔勒产教融合型企业认定了奖多少"]}),
    ("klg-amount-01", "库尔勒梨城香梨果业公示上了 认定以后奖多少 钱多久到账", "amount", ["一次性奖励32万元", "30个工作日内"], G, KEL,
     {"docs": BOTH, "two": True}),
    # person — contacts, departments, who recommended whom
    ("klz-person-01", "库尔勒认定政策有不懂的找谁问", "person", ["马晓东", "0996-2158307"], Z, KEL, {}),
    ("klz-person-02", "库尔勒校企合作协议和实习名册的事该问哪个科室", "person", ["市教育局职业教育科", "古丽娜尔"], Z, KEL, {}),
    ("klz-person-03", "库尔勒岗位实习补贴归哪个科管 电话多少", "person", ["职业能力建设科", "0996-2264139"], Z, KEL, {"two": True}),
    ("klz-person-04", "库尔勒那个孔雀河产教通登不上去 打哪个电话", "person", ["0996-2180526"], Z, KEL, {}),
    ("klz-person-05", "库尔勒评审和实地核查是哪个部门牵头搞", "person", ["市发展改革委会同市教育局"], Z, KEL, {}),
    ("klz-person-06", "库尔勒企业报上去以后谁来初审", "person", ["各乡镇（街道）", "库尔勒经济技术开发区管委会"], Z, KEL, {}),
    ("klz-person-07", "库尔勒认定的奖补钱是哪个部门拨", "person", ["市财政局"], Z, KEL, {}),
    ("klg-person-01", "库尔勒公示有意见找哪个联系人", "person", ["马晓东", "0996-2158307"], G, KEL, {}),
    ("klg-person-02", "库尔勒对公示名单有异议 向哪个部门反映", "person", ["向市发展改革委反映"], G, KEL, {}),
    ("klg-person-03", "库尔勒博润纺织服装是谁推荐的", "person", ["上户镇人民政府"], G, KEL, {}),
    ("klg-person-04", "库尔勒新疆巴音数控机床是哪个单位推荐上去的", "person", ["市工业和信息化局"], G, KEL, {}),
    ("klg-person-05", "没进库尔勒名单的企业想知道为啥没评上 该去问谁", "person", ["向推荐单位了解评审意见"], G, KEL, {}),
    # time — the 时间安排 table, conditions, 公示 dates and hours
    ("klz-time-01", "库尔勒产教融合型企业认定啥时候开始报 哪天截止", "time", ["2026年4月27日至5月29日"], Z, KEL, {}),
    ("klz-time-02", "库尔勒推荐单位初审是几号到几号", "time", ["2026年6月1日至6月12日"], Z, KEL, {}),
    ("klz-time-03", "库尔勒评审核查安排在什么时间", "time", ["2026年6月15日至7月3日"], Z, KEL, {}),
    ("klz-time-04", "库尔勒认定文件大概啥时候下来", "time", ["2026年7月下旬"], Z, KEL, {}),
    ("klz-time-05", "库尔勒企业得是哪天之前成立的才能报", "time", ["2024年4月30日前成立"], Z, KEL, {}),
    ("klz-time-06", "库尔勒跟学校合作要合作多久才够条件", "time", ["合作期限1年以上"], Z, KEL, {}),
    ("klz-time-07", "库尔勒实训基地共建协议最少签几年", "time", ["不少于4年"], Z, KEL, {}),
    ("klz-time-08", "库尔勒实习生要干满多久企业才有补贴", "time", ["满1个月"], Z, KEL, {}),
    ("klg-time-01", "库尔勒拟认定名单公示到几号", "time", ["2026年7月6日至2026年7月10日"], G, KEL, {}),
    ("klg-time-02", "库尔勒交异议材料几点到几点能交", "time", ["10:30—14:00", "16:00—20:00"], G, KEL, {}),
    ("klg-time-03", "库尔勒名单上没我们 啥时候可以去问评审意见", "time", ["2026年7月13日后"], G, KEL, {}),
    ("klg-time-04", "库尔勒认定下来奖励多久能打到账上", "time", ["30个工作日内"], G, KEL, {}),
    ("klg-time-05", "库尔勒认定名单公示到哪天 正式发文又是啥时候", "time", ["2026年7月10日", "2026年7月下旬"], G, KEL,
     {"docs": BOTH, "two": True}),
    # count — caps and thresholds of the 指南, numbers of the 公示
    ("klz-count-01", "库尔勒今年打算认定多少家产教融合型企业", "count", ["不超过20家"], Z, KEL, {}),
    ("klz-count-02", "库尔勒实训基地今年最多认定几个", "count", ["不超过10个"], Z, KEL, {}),
    ("klz-count-03", "库尔勒申报的企业去年至少得接多少实习生", "count", ["不少于15人"], Z, KEL, {}),
    ("klz-count-04", "库尔勒实训基地工位要多少个", "count", ["不少于60个"], Z, KEL, {}),
    ("klz-count-05", "库尔勒实训基地专职实训指导人员要配几个", "count", ["不少于5名"], Z, KEL, {}),
    ("klz-count-06", "库尔勒一个推荐单位最多能推几家企业", "count", ["不超过6家"], Z, KEL, {}),
    ("klz-count-07", "库尔勒纸质材料要交几份", "count", ["一式两份"], Z, KEL, {}),
    ("klz-count-08", "库尔勒实训基地一年的实训教学量要达到多少", "count", ["不少于3000人日"], Z, KEL, {}),
    ("klz-count-09", "库尔勒企业派技术骨干去学校上课 要派几个人才算数", "count", ["不少于3人"], Z, KEL, {}),
    ("klg-count-01", "库尔勒这次一共多少家企业申报了", "count", ["43家"], G, KEL, {}),
    ("klg-count-02", "库尔勒公示了几家产教融合型企业", "count", ["16家企业"], G, KEL, {}),
    ("klg-count-03", "库尔勒拟认定名单一共多少项", "count", ["名单共23项"], G, KEL, {}),
    ("klg-count-04", "库尔勒名单里有几个实训基地 指南原先计划最多认定几个", "count", ["7家企业", "产教融合实训基地不超过10个"], G, KEL,
     {"docs": BOTH, "two": True}),
    # yesno
    ("klz-yesno-01", "库尔勒同一家企业能不能两个类别一起报", "yesno", ["可以同时申报两个类别", "须分别提交申报材料"], Z, KEL, {}),
    ("klz-yesno-02", "库尔勒已经认定过的企业今年还能再报吗", "yesno", ["不予受理"], Z, KEL, {}),
    ("klz-yesno-03", "库尔勒能找代理公司帮我们报吗", "yesno", ["不得委托第三方机构代为申报"], Z, KEL, {}),
    ("klz-yesno-04", "库尔勒认定要不要交钱", "yesno", ["不收取任何费用"], Z, KEL, {}),
    ("klz-yesno-05", "库尔勒材料造假会咋样 以后还能报不", "yesno", ["取消认定资格", "3年内不得再次申报"], Z, KEL, {"two": True}),
    ("klz-yesno-06", "孔雀河产教通上要传扫描件吗 啥格式", "yesno", ["PDF格式扫描件"], Z, "", {}),
    ("klg-yesno-01", "梨城香梨果业在不在拟认定名单里", "yesno", ["库尔勒梨城香梨果业有限公司"], G, "", {}),
    ("klg-yesno-02", "库尔勒塔里木石化装备是不是两个类别都上了", "yesno", ["同时申报两个类别"], G, KEL, {}),
    ("klg-yesno-03", "库尔勒公示有异议能打电话口头说吗", "yesno", ["以书面形式"], G, KEL, {}),
    ("klg-yesno-04", "库尔勒匿名举报名单上的企业管用不", "yesno", ["匿名材料和超过公示期提交的材料不予受理"], G, KEL, {}),
    ("klg-yesno-05", "库尔勒异议材料能寄过去吗 按哪天算", "yesno", ["也可以邮寄", "以寄出邮戳日期为准"], G, KEL, {"two": True}),
    ("klg-yesno-06", "库尔勒这次没评上 明年还能报吗", "yesno", ["符合条件的可参加下一年度申报"], G, KEL, {}),
    # list — every item in must
    ("klz-list-01", "库尔勒申报要准备哪些材料", "list",
     ["申报表", "营业执照（副本）复印件", "共建协议复印件", "实习名册", "实训设备清单", "诚信承诺书"], Z, KEL, {}),
    ("klz-list-02", "库尔勒哪些行业的企业能报产教融合型企业", "list",
     ["石油化工", "纺织服装", "农副产品加工", "新能源", "装备制造", "现代物流"], Z, KEL, {}),
    ("klz-list-03", "库尔勒整个认定流程分哪几步", "list", ["企业申报", "推荐初审", "评审核查", "名单公示", "发文认定"], Z, KEL, {}),
    ("klz-list-04", "库尔勒认定以后都有啥支持政策", "list", ["一次性奖励32万元", "20%", "每人每月350元", "优先推荐申报自治区级"], Z, KEL, {}),
    ("klz-list-05", "库尔勒哪些情况报了也不受理", "list", ["已被认定为库尔勒市产教融合型企业", "破产清算", "申报材料不全或逾期提交"], Z, KEL, {}),
    ("klg-list-01", "库尔勒开发区管委会推荐上来的有哪几家", "list", ["库尔勒塔里木石化装备有限公司", "新疆孔雀河纺织科技有限公司"], G, KEL, {}),
    ("klg-list-02", "库尔勒公示的实训基地都是哪几家企业的", "list", JD7, G, KEL, {}),
    ("klg-list-03", "库尔勒名单里搞农副产品加工的有哪些", "list",
     ["库尔勒梨城香梨果业有限公司", "库尔勒绿源番茄制品有限公司", "库尔勒金穗棉业有限公司", "库尔勒沁园乳品有限公司"], G, KEL, {}),
    ("klg-list-04", "库尔勒市工信局推荐了哪些企业", "list",
     ["新疆宏泰石油技术服务有限公司", "库尔勒云帆电子商务有限公司", "新疆巴音数控机床有限公司"], G, KEL, {}),
    # docfact — 文号, issuers, dates, 附件, 公开, 公示期, 索引号
    ("klz-docfact-01", "库尔勒认定申报指南文号是多少", "docfact", ["库发改发〔2026〕31号"], Z, KEL, {}),
    ("klz-docfact-02", "库尔勒这个申报指南是哪几个单位联合发的", "docfact",
     ["库尔勒市发展和改革委员会", "库尔勒市教育局", "库尔勒市人力资源和社会保障局"], Z, KEL, {}),
    ("klz-docfact-03", "库尔勒认定申报指南哪天印发的", "docfact", ["2026年4月20日"], Z, KEL, {}),
    ("klz-docfact-04", "库尔勒申报指南带了几个附件 都叫啥", "docfact", ["认定申报表", "诚信承诺书"], Z, KEL, {}),
    ("klz-docfact-05", "库尔勒这个指南是公开发布的吗", "docfact", ["此件公开发布"], Z, KEL, {}),
    ("klg-docfact-01", "库尔勒拟认定名单公示是哪天发的", "docfact", ["2026年7月6日"], G, KEL, {}),
    ("klg-docfact-02", "库尔勒这个公示依据的是哪个文件", "docfact", ["库发改发〔2026〕31号"], G, KEL, {}),
    ("klg-docfact-03", "库尔勒名单公示期几个工作日", "docfact", ["5个工作日"], G, KEL, {}),
    ("klg-docfact-04", "库尔勒这个公示网页的索引号是多少", "docfact", ["652801-KEL-2026-0706-02"], G, KEL, {}),
    # general
    ("klz-general-01", "库尔勒认定怎么打分 多少分能上", "general", ["满分100分", "得分70分以上"], Z, KEL, {"two": True}),
    ("klz-general-02", "库尔勒纸质材料咋装订 网上还要传啥", "general", ["按上述顺序装订成册", "PDF格式扫描件"], Z, KEL, {"two": True}),
    ("klz-general-03", "库尔勒评审主要看企业哪些方面", "general", ["校企合作成效", "岗位实习接收", "实训条件", "人才培养贡献"], Z, KEL, {}),
    ("klz-general-04", "库尔勒产教融合型企业对安全环保有啥要求", "general",
     ["安全生产重大事故和环境污染重大事故", "严重失信主体名单"], Z, KEL, {}),
    ("klg-general-01", "库尔勒对名单有异议 单位和个人交材料分别要注意啥", "general", ["加盖单位印章", "署真实姓名并留下联系电话"], G, KEL, {}),
    ("klg-general-02", "库尔勒公示完了后面还有啥程序", "general", ["报市人民政府同意后发文认定"], G, KEL, {}),
    ("klg-general-03", "库尔勒名单上的排名先后有讲究吗", "general", ["同一类别内排名不分先后"], G, KEL, {}),
    # region-scoped — a 镇 / 乡 / 街道 of 库尔勒市
    ("klg-rs-01", "库尔勒上户镇推荐上了哪几家企业", "region-scoped",
     ["库尔勒晟阳光伏科技有限公司", "库尔勒博润纺织服装有限公司", "库尔勒金穗棉业有限公司"], G, SH, {}),
    ("klg-rs-02", "塔什店镇这次有哪几家进了库尔勒的名单", "region-scoped", ["新疆塔什店能源化工有限公司", "库尔勒丝路建材集团有限公司"], G, TSD, {}),
    ("klg-rs-03", "库尔勒西尼尔镇推荐的那个乳品企业报的是哪一类", "region-scoped", ["库尔勒沁园乳品有限公司", "产教融合实训基地"], G, XNE, {}),
    ("klg-rs-04", "库尔勒和什力克乡有企业进名单没", "region-scoped", ["库尔勒绿源番茄制品有限公司"], G, HSLK, {}),
    ("klg-rs-05", "库尔勒恰尔巴格乡推荐的冷链企业叫啥名", "region-scoped", ["库尔勒远航冷链物流有限公司"], G, QEBG, {}),
    ("klg-rs-06", "库尔勒萨依巴格街道推荐的两家都是干啥的", "region-scoped",
     ["巴州恒远汽车维修服务有限公司", "库尔勒华耀汽车销售服务有限公司", "汽车维修"], G, SYBG, {}),
    ("klg-rs-07", "库尔勒天山街道推荐的有哪家医药企业", "region-scoped", ["库尔勒瑞康医药连锁有限公司"], G, TS, {}),
    ("klg-rs-fu-01", "那个燃气公司报的是产教融合型企业还是实训基地", "region-scoped", ["库尔勒博斯腾燃气工程有限公司", "产教融合实训基地"], G, XC,
     {"context": ["库尔勒新城街道推荐了哪些企业"]}),
    ("klz-rs-01", "我们在库尔勒团结街道 纸质申报材料先交给谁", "region-scoped", ["报送推荐单位"], Z, TJ, {}),
    ("klz-rs-02", "库尔勒塔什店镇的建材厂去年接了10个实习生 够申报条件不", "region-scoped", ["不少于15人"], Z, TSD, {}),
    ("klz-rs-03", "库尔勒上户镇的纺织厂接实习生 一个月补多少", "region-scoped", ["每人每月350元"], Z, SH, {}),
    ("klz-rs-04", "库尔勒天山街道的企业想报 啥时候在平台上填", "region-scoped", ["2026年4月27日至5月29日"], Z, TS, {}),
    ("klz-rs-fu-01", "那要是报实训基地 工位要多少个", "region-scoped", ["不少于60个"], Z, XNE,
     {"context": ["库尔勒西尼尔镇的果业公司想报产教融合型企业"]}),
    # unstated — three hierarchy traps (自治区 / 自治州 / another county), four words no document of any round has
    ("x-f23-unstated-01", "新疆自治区级产教融合型企业认定一次奖多少钱", "unstated", None, None, XJ, {}),
    ("x-f23-unstated-02", "巴音郭楞州的产教融合实训基地 按实训设备投入补多少", "unstated", None, None, BZ, {}),
    ("x-f23-unstated-03", "尉犁县企业接职校学生岗位实习 每人每月补多少", "unstated", None, None, YL, {}),
    ("x-f23-unstated-04", "库尔勒的申报表能用维吾尔文填吗", "unstated", None, None, KEL, {}),
    ("x-f23-unstated-05", "库尔勒认定能不能加急办", "unstated", None, None, KEL, {}),
    ("x-f23-unstated-06", "库尔勒个体户能报产教融合型企业吗", "unstated", None, None, KEL, {}),
    ("x-f23-unstated-07", "库尔勒授牌仪式在哪儿办 企业去几个人", "unstated", None, None, KEL, {}),
]

# give-away words of the unstated lines: HIER lines — words in the 指南 (which does not cover the place); the others — words
# in no document of any round
UNSTATED_ABSENT = {
    "x-f23-unstated-01": ["产教融合型企业"],
    "x-f23-unstated-02": ["实训设备投入"],
    "x-f23-unstated-03": ["岗位实习"],
    "x-f23-unstated-04": ["维吾尔文"],
    "x-f23-unstated-05": ["加急"],
    "x-f23-unstated-06": ["个体户"],
    "x-f23-unstated-07": ["授牌仪式"],
}
HIER = ["x-f23-unstated-01", "x-f23-unstated-02", "x-f23-unstated-03"]
# answerable lines without a region: an anchor word of their document only (no other document of any round)
REGION_FREE = {"klz-yesno-06": "孔雀河产教通", "klg-yesno-01": "梨城香梨果业"}
# the answer is in one document although both talk about the topic
ONLY = ["klz-time-04", "klg-time-01", "klg-time-04", "klg-count-03", "klz-person-07"]
