"""Questions of fresh23-test.jsonl (贵州省黔东南苗族侗族自治州凯里市: the 2026年度 产教融合型企业和产教融合实训基地认定申报指南 as a
LibreOffice .docx (时间安排 a real `w:tbl`: 阶段 / 时间 / 事项) and the 拟认定名单的公示 as PDF-extracted plain text (名单 rows as
`pdftotext -raw` prints them: cells separated by spaces, one long 企业名称 wrapped, the header repeated after the page break).
Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
GZ = "贵州省"
QDN = "贵州省黔东南苗族侗族自治州"
KL = "贵州省黔东南苗族侗族自治州凯里市"
LSX = "贵州省黔东南苗族侗族自治州雷山县"
LUS = KL + "炉山镇"
DSZ = KL + "大十字街道"
WC = KL + "万潮镇"
XS = KL + "下司镇"
WS = KL + "湾水镇"
ZX = KL + "舟溪镇"
YT = KL + "鸭塘街道"
SKS = KL + "三棵树镇"
XMH = KL + "洗马河街道"
WX = KL + "湾溪街道"
LC = KL + "龙场镇"
PH = KL + "旁海镇"
Z = "kaili-rending-zhinan"
G = "kaili-gongshi-mingdan"
BOTH = [G, Z]

QUESTIONS = [
    # amount
    ("kaz-amount-01", "凯里认定成产教融合型企业 一次性给多少奖励", "amount", ["一次性奖励18万元"], Z, KL, {}),
    ("kaz-amount-02", "凯里产教融合实训基地按设备投入补百分之多少", "amount", ["30%"], Z, KL, {}),
    ("kaz-amount-03", "凯里实训基地补助单个最高多少钱", "amount", ["单个基地最高45万元"], Z, KL, {}),
    ("kaz-amount-04", "凯里企业收岗位实习学生 每人每月补贴多少", "amount", ["每人每月300元"], Z, KL, {}),
    ("kaz-amount-05", "凯里实习补贴每家企业一年封顶多少", "amount", ["每年最高4万元"], Z, KL, {}),
    ("kaz-amount-06", "凯里一个企业一年享受的奖补合计最多多少", "amount", ["合计不超过85万元"], Z, KL, {}),
    ("kaz-amount-07", "凯里报实训基地 设备总值至少要多少万", "amount", ["不少于170万元"], Z, KL, {}),
    ("kaz-amount-fu-01", "那实习补贴呢 每人每月多少 一年最多多少", "amount", ["每人每月300元", "每年最高4万元"], Z, KL,
     {"context": ["凯里产教融合型企业认定后奖多少钱"], "two": True}),
    ("kag-amount-01", "凯里苗岭民族药业两个都进了名单 实训基地那块最多补多少 钱啥时候拨", "amount", ["单个基地最高45万元", "授牌后15个工作日内"], G, KL,
     {"docs": BOTH, "two": True}),
    # person
    ("kaz-person-01", "凯里认定的事找发改局哪个人", "person", ["吴光明", "0855-8236014"], Z, KL, {}),
    ("kaz-person-02", "凯里教育局那边管这个的是哪个股 联系人是谁", "person", ["职业与成人教育股", "龙小燕"], Z, KL, {"two": True}),
    ("kaz-person-03", "凯里人社局谁负责 电话多少", "person", ["潘永福", "0855-8259128"], Z, KL, {"two": True}),
    ("kaz-person-04", "凯里清水江产教通平台出问题了打哪个热线", "person", ["0855-8210736"], Z, KL, {}),
    ("kaz-person-05", "凯里评审认定是哪几个部门来搞", "person", ["市发展和改革局会同市教育局"], Z, KL, {}),
    ("kaz-person-06", "凯里企业报名后谁负责初审", "person", ["凯里经济开发区管委会和市直行业主管部门初审"], Z, KL, {}),
    ("kaz-person-07", "凯里申报书要谁签字", "person", ["法定代表人签字"], Z, KL, {}),
    ("kag-person-01", "凯里的公示名单有问题 联系谁", "person", ["吴光明", "0855-8236014"], G, KL, {}),
    ("kag-person-02", "凯里黔岭新型建材是哪个单位推荐的", "person", ["万潮镇人民政府"], G, KL, {}),
    ("kag-person-03", "凯里通达现代物流是谁推荐上来的", "person", ["湾水镇人民政府"], G, KL, {}),
    ("kag-person-04", "凯里奖励资金最后是哪个部门拨给企业", "person", ["由市财政局拨付"], G, KL, {}),
    # time
    ("kaz-time-01", "凯里产教融合型企业认定几号开始报 报到哪天", "time", ["2026年5月11日至6月10日"], Z, KL, {}),
    ("kaz-time-02", "凯里推荐初审是什么时间段", "time", ["2026年6月11日至6月19日"], Z, KL, {}),
    ("kaz-time-03", "凯里评审认定什么时候进行", "time", ["2026年6月22日至7月10日"], Z, KL, {}),
    ("kaz-time-04", "凯里企业要哪天以前注册的才可以报", "time", ["2023年5月31日前注册"], Z, KL, {}),
    ("kaz-time-05", "凯里校企合作要合作满几年", "time", ["合作期2年以上"], Z, KL, {}),
    ("kaz-time-06", "凯里实训基地的共建协议起码签几年", "time", ["不少于3年"], Z, KL, {}),
    ("kaz-time-07", "凯里推荐单位最晚哪天要把材料报到发改局", "time", ["2026年6月19日前"], Z, KL, {}),
    ("kag-time-01", "凯里拟认定名单公示从哪天到哪天", "time", ["2026年7月15日至7月21日"], G, KL, {}),
    ("kag-time-02", "凯里交异议材料 工作日几点能去", "time", ["上午9:00—12:00", "下午14:30—17:30"], G, KL, {}),
    ("kag-time-03", "凯里啥时候统一授牌", "time", ["2026年8月下旬"], G, KL, {}),
    ("kag-time-04", "凯里评审认定是啥时候 名单公示又是哪几天", "time", ["2026年6月22日至7月10日", "2026年7月15日至7月21日"], G, KL,
     {"docs": BOTH, "two": True}),
    ("kag-time-fu-01", "那奖励钱授牌后多久能拨下来", "time", ["授牌后15个工作日内"], G, KL,
     {"context": ["凯里啥时候给认定的企业授牌"]}),
    # count
    ("kaz-count-01", "凯里今年计划认定几家产教融合型企业", "count", ["不超过15家"], Z, KL, {}),
    ("kaz-count-02", "凯里实训基地今年认定多少个", "count", ["不超过6个"], Z, KL, {}),
    ("kaz-count-03", "凯里申报企业上一年要收多少个实习学生", "count", ["不少于10人"], Z, KL, {}),
    ("kaz-count-04", "凯里申报的企业职工要有多少人", "count", ["不少于50人"], Z, KL, {}),
    ("kaz-count-05", "凯里实训基地要有多少工位", "count", ["不少于50个"], Z, KL, {}),
    ("kaz-count-06", "凯里实训基地要配几个专职指导人员", "count", ["不少于4名"], Z, KL, {}),
    ("kaz-count-07", "凯里纸质材料交几份", "count", ["一式三份"], Z, KL, {}),
    ("kaz-count-08", "凯里每个推荐单位能推荐几家", "count", ["不超过5家"], Z, KL, {}),
    ("kag-count-01", "凯里这回有多少家企业报了名", "count", ["31家"], G, KL, {}),
    ("kag-count-02", "凯里公示了几家产教融合型企业 几个实训基地", "count", ["产教融合型企业13家", "产教融合实训基地6个"], G, KL, {"two": True}),
    ("kag-count-03", "凯里进现场核查的有几家企业", "count", ["24家企业"], G, KL, {}),
    ("kag-count-04", "凯里拟认定名单总共几项", "count", ["名单共19项"], G, KL, {}),
    # yesno
    ("kaz-yesno-01", "凯里已经认定过的企业还能重复报吗", "yesno", ["不再重复申报"], Z, KL, {}),
    ("kaz-yesno-02", "凯里实训基地是学校报还是企业报", "yesno", ["以企业为申报主体"], Z, KL, {}),
    ("kaz-yesno-03", "凯里认定收不收费", "yesno", ["不向企业收取任何费用"], Z, KL, {}),
    ("kaz-yesno-04", "凯里材料没按时交还能补救吗", "yesno", ["视为自动放弃"], Z, KL, {}),
    ("kaz-yesno-05", "凯里申报材料弄虚作假以后还能不能报", "yesno", ["取消认定资格", "5年内不得申报"], Z, KL, {}),
    ("kaz-yesno-06", "清水江产教通上交的是电子材料吗 纸质的还要不要", "yesno", ["电子材料通过“清水江产教通”平台提交", "纸质材料一式三份"], Z, "",
     {"two": True}),
    ("kaz-yesno-07", "凯里实习只有一个月的学生算不算", "yesno", ["实习时间不少于2个月"], Z, KL, {}),
    ("kag-yesno-01", "黔韵绣坊在拟认定名单上吗", "yesno", ["凯里黔韵绣坊服饰有限公司"], G, "", {}),
    ("kag-yesno-02", "凯里云谷电子科技是不是两个类别都列进去了", "yesno", ["同时列入两个类别"], G, KL, {}),
    ("kag-yesno-03", "凯里提异议不写名字行不行", "yesno", ["不署名或不提供证明材料的异议不予受理"], G, KL, {}),
    ("kag-yesno-04", "凯里这次没评上的 明年能再报吗", "yesno", ["符合条件的可参加下一年度申报"], G, KL, {}),
    # list
    ("kaz-list-01", "凯里认定申报要交哪些材料", "list",
     ["认定申报书", "营业执照（副本）复印件", "共建协议复印件", "实习协议复印件", "实训场地照片", "企业诚信承诺书"], Z, KL, {}),
    ("kaz-list-02", "凯里评审看哪几个方面", "list", ["校企合作基础", "岗位实习接收", "实训条件", "人才培养成效", "社会贡献"], Z, KL, {}),
    ("kaz-list-03", "凯里认定分几个阶段 各叫啥", "list", ["企业申报", "推荐初审", "评审认定", "名单公示", "发文授牌"], Z, KL, {}),
    ("kaz-list-04", "凯里认定以后有哪些好处", "list", ["一次性奖励18万元", "30%", "每人每月300元", "优先使用市公共实训基地"], Z, KL, {}),
    ("kaz-list-05", "凯里这个指南是哪几个部门一起发的", "list",
     ["凯里市发展和改革局", "凯里市教育局", "凯里市人力资源和社会保障局", "凯里市财政局"], Z, KL, {}),
    ("kag-list-01", "凯里名单上的实训基地都有哪几家", "list",
     ["凯里苗岭民族药业有限公司", "凯里云谷电子科技有限公司", "凯里恒信汽车销售服务有限公司", "凯里黔韵绣坊服饰有限公司",
      "贵州龙场新能源科技有限公司", "凯里旁海生态农业发展有限公司"], G, KL, {}),
    ("kag-list-02", "凯里经开区推荐了哪些企业", "list", ["凯里苗岭民族药业有限公司", "凯里云谷电子科技有限公司"], G, KL, {}),
    ("kag-list-03", "凯里名单里做民族工艺银饰这一块的有哪几家", "list", ["凯里银匠坊民族工艺品有限公司", "凯里舟溪芦笙工艺品有限公司"], G, KL, {}),
    # docfact
    ("kaz-docfact-01", "凯里认定申报指南的文号", "docfact", ["凯发改联〔2026〕12号"], Z, KL, {}),
    ("kaz-docfact-02", "凯里申报指南是哪天印发的", "docfact", ["2026年5月8日"], Z, KL, {}),
    ("kaz-docfact-03", "凯里指南有哪几个附件", "docfact", ["认定申报书", "企业诚信承诺书"], Z, KL, {}),
    ("kaz-docfact-04", "凯里这个认定指南公开发布了没", "docfact", ["此件公开发布"], Z, KL, {}),
    ("kaz-docfact-05", "凯里指南里说名单公示几天", "docfact", ["公示7天"], Z, KL, {}),
    ("kag-docfact-01", "凯里拟认定名单的公示是哪天发布的", "docfact", ["2026年7月15日"], G, KL, {}),
    ("kag-docfact-02", "凯里公示是按哪个文件搞的", "docfact", ["凯发改联〔2026〕12号"], G, KL, {}),
    ("kag-docfact-03", "凯里名单公示落款是哪几个单位", "docfact",
     ["凯里市发展和改革局", "凯里市教育局", "凯里市人力资源和社会保障局", "凯里市财政局"], G, KL, {}),
    # general
    ("kaz-general-01", "凯里认定打分多少分以上才能进名单", "general", ["总分100分", "得分75分以上"], Z, KL, {}),
    ("kaz-general-02", "凯里要是分数一样 谁优先", "general", ["优先考虑民族特色产业企业"], Z, KL, {}),
    ("kaz-general-03", "凯里纸质材料怎么打印", "general", ["用A4纸双面打印"], Z, KL, {}),
    ("kaz-general-04", "凯里奖补的钱从哪里出", "general", ["市级产教融合专项资金"], Z, KL, {}),
    ("kag-general-01", "凯里对名单有意见 要怎么提", "general", ["以书面形式实名", "提供必要的证明材料"], G, KL, {}),
    ("kag-general-02", "凯里公示除了网上还贴在哪", "general", ["政务公开栏张贴"], G, KL, {}),
    # region-scoped — a 镇 / 街道 of 凯里市
    ("kag-rs-01", "凯里炉山镇推荐的是哪家企业", "region-scoped", ["贵州清水江酸汤食品有限公司"], G, LUS, {}),
    ("kag-rs-02", "凯里大十字街道有哪几家上了名单", "region-scoped", ["凯里银匠坊民族工艺品有限公司", "凯里黔韵绣坊服饰有限公司"], G, DSZ, {}),
    ("kag-rs-03", "凯里下司镇推荐的那个文旅公司报的什么类别", "region-scoped", ["凯里下司古镇文化旅游开发有限", "产教融合型企业"], G, XS, {}),
    ("kag-rs-04", "凯里舟溪镇有企业进名单没有", "region-scoped", ["凯里舟溪芦笙工艺品有限公司"], G, ZX, {}),
    ("kag-rs-05", "凯里鸭塘街道推荐的企业是做啥的", "region-scoped", ["凯里鸭塘汽车维修服务有限公司", "汽车维修"], G, YT, {}),
    ("kag-rs-06", "凯里龙场镇那家新能源公司报的是啥", "region-scoped", ["贵州龙场新能源科技有限公司", "产教融合实训基地"], G, LC, {}),
    ("kag-rs-07", "凯里三棵树镇推荐的茶叶企业叫什么", "region-scoped", ["凯里三棵树茶业有限公司"], G, SKS, {}),
    ("kag-rs-fu-01", "那湾溪街道呢", "region-scoped", ["凯里恒信汽车销售服务有限公司"], G, WX,
     {"context": ["凯里旁海镇推荐的实训基地是哪家"]}),
    ("kaz-rs-01", "我们是凯里洗马河街道的电商企业 报名在哪个平台填", "region-scoped", ["清水江产教通"], Z, XMH, {}),
    ("kaz-rs-02", "凯里旁海镇的农业公司只有30个人 能报产教融合型企业吗", "region-scoped", ["不少于50人"], Z, PH, {}),
    ("kaz-rs-03", "凯里湾水镇的企业接岗位实习学生每月补多少", "region-scoped", ["每人每月300元"], Z, WS, {}),
    ("kaz-rs-04", "凯里万潮镇的建材企业申报材料交到哪里", "region-scoped", ["报推荐单位"], Z, WC, {}),
    ("kaz-rs-05", "凯里炉山镇的企业要哪天之前报完", "region-scoped", ["2026年5月11日至6月10日"], Z, LUS, {}),
    # unstated — three hierarchy traps (省 / 自治州 / another county), four words no document of any round has
    ("x-f23-unstated-08", "贵州省级产教融合型企业认定奖励多少钱", "unstated", None, None, GZ, {}),
    ("x-f23-unstated-09", "黔东南州产教融合实训基地按实训设备投入补几成", "unstated", None, None, QDN, {}),
    ("x-f23-unstated-10", "雷山县企业收岗位实习学生 每人每月补多少", "unstated", None, None, LSX, {}),
    ("x-f23-unstated-11", "凯里申报材料要彩色打印吗", "unstated", None, None, KL, {}),
    ("x-f23-unstated-12", "凯里申报截止了还能申请延期吗", "unstated", None, None, KL, {}),
    ("x-f23-unstated-13", "凯里材料漏了一份 能后面补交吗", "unstated", None, None, KL, {}),
    ("x-f23-unstated-14", "凯里寄异议材料的快递费谁出", "unstated", None, None, KL, {}),
]

UNSTATED_ABSENT = {
    "x-f23-unstated-08": ["产教融合型企业"],
    "x-f23-unstated-09": ["实训设备投入"],
    "x-f23-unstated-10": ["岗位实习"],
    "x-f23-unstated-11": ["彩色打印"],
    "x-f23-unstated-12": ["延期"],
    "x-f23-unstated-13": ["补交"],
    "x-f23-unstated-14": ["快递费"],
}
HIER = ["x-f23-unstated-08", "x-f23-unstated-09", "x-f23-unstated-10"]
REGION_FREE = {"kaz-yesno-06": "清水江产教通", "kag-yesno-01": "黔韵绣坊"}
ONLY = ["kag-time-01", "kag-time-03", "kag-count-04", "kaz-person-05", "kag-time-fu-01"]
