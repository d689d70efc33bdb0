"""Questions of fresh28-test.jsonl (新疆维吾尔自治区昌吉回族自治州阜康市: the 阜康市人力资源和社会保障局2026年度项目支出绩效目标表
（校企合作奖补资金） as a LibreOffice Word 97 .doc (a form table: 项目名称 … 年度总体目标, and the indicator table with 一级 /
二级 cells spanning rows) and the 阜康市人力资源和社会保障局2026年度校企合作奖补资金项目绩效自评报告 as a LibreOffice .pdf (一、项目
基本情况 … 六、结果应用, the 自评表 on a landscape page)).
Written from the documents only. The two documents cover the same project: questions say whether they want the target (目标表,
the 自评表's 年度指标值 column) or what was achieved (实际完成值), the money planned (预算 / 年度资金总额 / 项目期资金总额) or spent
(实际支出).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
Scores (得分 / 分值 / 总分) are counted as `amount` (a figure, like a 比例).
"""
XJ = "新疆维吾尔自治区"
CJ = "新疆维吾尔自治区昌吉回族自治州"
FK = "新疆维吾尔自治区昌吉回族自治州阜康市"
HTB = "新疆维吾尔自治区昌吉回族自治州呼图壁县"
MNS = "新疆维吾尔自治区昌吉回族自治州玛纳斯县"
JMS = "新疆维吾尔自治区昌吉回族自治州吉木萨尔县"
CGZ = FK + "城关镇"
JYJ = FK + "九运街镇"
ZNQ = FK + "滋泥泉子镇"
GHZ = FK + "甘河子镇"
SHG = FK + "上户沟哈萨克族乡"
SMG = FK + "水磨沟乡"
SGH = FK + "三工河哈萨克族乡"
BF = FK + "博峰街道"
FX = FK + "阜新街道"
M = "fukang-jixiao-mubiao"
Z = "fukang-jixiao-zipingbaogao"
BOTH = [M, Z]

QUESTIONS = [
    # amount — money, 比例, scores
    ("fkm-amount-01", "阜康校企合作奖补资金今年年度资金总额多少", "amount", ["600万元"], M, FK, {}),
    ("fkm-amount-02", "阜康校企合作奖补里财政拨款和其他资金各多少", "amount", ["480万元", "120万元"], M, FK, {"two": True}),
    ("fkm-amount-03", "阜康这个校企合作奖补项目两年一共安排多少钱", "amount", ["1130万元"], M, FK, {}),
    ("fkm-amount-06", "阜康校企合作奖补项目期总资金多少 2026年实际支出多少", "amount", ["1130万元", "531.2万元"], M, FK,
     {"docs": BOTH, "two": True}),
    ("fkz-amount-01", "阜康校企合作奖补资金2026年实际支出多少", "amount", ["531.2万元"], Z, FK, {}),
    ("fkz-amount-02", "阜康校企合作奖补的钱实际到位了多少", "amount", ["558万元"], Z, FK, {}),
    ("fkz-amount-03", "阜康校企合作奖补的预算执行率多少", "amount", ["88.53%"], Z, FK, {}),
    ("fkz-amount-04", "阜康企业配套投入原来计划多少 实际到位多少", "amount", ["120万元", "78万元"], Z, FK, {"two": True}),
    ("fkz-amount-05", "阜康拿奖补最多的那家企业拿了多少", "amount", ["23.6万元"], Z, FK, {}),
    ("fkz-amount-06", "阜康校企合作奖补2027年预算调成多少了 原来计划多少", "amount", ["460万元", "530万元"], Z, FK, {"two": True}),
    ("fkz-amount-07", "阜康校企合作奖补绩效自评总共得了多少分", "amount", ["88.99"], Z, FK, {}),
    ("fkz-amount-09", "昌吉那个校企合作奖补资金项目2026年度自评多少分", "amount", ["88.99"], Z, CJ, {}),
    ("fkz-amount-fu-01", "实际花了多少", "amount", ["531.2万元"], Z, FK, {"context": ["阜康校企合作奖补今年预算多少"]}),
    # person
    ("fkm-person-01", "阜康校企合作奖补的项目负责人是谁 电话多少", "person", ["马建新", "0994-3221764"], M, FK, {"two": True}),
    ("fkm-person-02", "阜康校企合作奖补是哪几个单位实施的", "person", ["阜康市人力资源和社会保障局、阜康市教育局"], M, FK, {}),
    ("fkm-person-03", "阜康校企合作奖补的主管部门是哪个", "person", ["阜康市人力资源和社会保障局"], M, FK, {}),
    ("fkm-person-04", "阜康这个绩效目标表是哪个部门审核的", "person", ["阜康市财政局"], M, FK, {}),
    ("fkm-person-05", "阜康人社局那张绩效目标表上单位负责人是谁 填表人是谁", "person", ["何永军", "马建新"], M, FK, {"two": True}),
    ("fkm-person-06", "阜康校企合作奖补的项目负责人是谁 自评报告的联系人又是谁", "person", ["马建新", "帕丽达"], M, FK,
     {"docs": BOTH, "two": True}),
    ("fkm-person-07", "昌吉那个校企合作奖补资金的项目负责人是哪位", "person", ["马建新"], M, CJ, {}),
    ("fkm-person-fu-01", "电话呢", "person", ["0994-3221764"], M, FK, {"context": ["阜康校企合作奖补的项目负责人是谁"]}),
    ("fkz-person-01", "阜康校企合作奖补自评是人社局跟哪个部门一起做的", "person", ["会同市教育局"], Z, FK, {}),
    ("fkz-person-02", "阜康校企合作奖补自评报告找谁联系 电话多少", "person", ["帕丽达", "0994-3236158"], Z, FK, {"two": True}),
    ("fkz-person-03", "阜康剩下2个实训基地建设归哪些单位负责", "person", ["市人力资源和社会保障局、市教育局"], Z, FK, {}),
    ("fkz-person-04", "阜康奖补资金按季度拨付这事谁负责", "person", ["市人力资源和社会保障局、市财政局"], Z, FK, {}),
    ("fkz-person-05", "阜康自评报告的联系人是人社局哪个股室的", "person", ["职业能力建设股"], Z, FK, {}),
    ("fkz-person-fu-01", "电话多少", "person", ["0994-3236158"], Z, FK, {"context": ["阜康校企合作奖补自评报告的联系人是谁"]}),
    # time
    ("fkm-time-01", "阜康奖补资金目标要求啥时候前拨付完", "time", ["2026年11月底前"], M, FK, {}),
    ("fkm-time-02", "阜康校企合作奖补项目从哪年几月开始", "time", ["2026年1月"], M, FK, {}),
    ("fkm-time-03", "昌吉阜康那个校企合作奖补项目到啥时候结束", "time", ["2027年12月"], M, FK, {}),
    ("fkz-time-01", "阜康奖补资金实际哪天才拨付完", "time", ["2026年12月20日"], Z, FK, {}),
    ("fkz-time-02", "阜康剩下的2个实训基地啥时候建完", "time", ["2027年8月底前"], Z, FK, {}),
    ("fkz-time-03", "阜康实习学生留用激励措施啥时候出台", "time", ["2027年9月底前"], Z, FK, {}),
    ("fkz-time-04", "阜康以后奖补资金每个季度几号前拨付", "time", ["每季度最后一个月的25日前"], Z, FK, {}),
    ("fkz-time-05", "阜康自评里资金到位情况统计到哪天", "time", ["2026年12月31日"], Z, FK, {}),
    ("fkz-time-06", "阜康奖补资金拨付目标是几月底前 实际拖到了哪天", "time", ["2026年11月底前", "2026年12月20日"], Z, FK,
     {"two": True}),
    ("fkz-time-07", "阜康奖补资金从哪年开始按季度审核拨付", "time", ["2027年起"], Z, FK, {}),
    ("fkz-time-fu-01", "剩下的啥时候能建完", "time", ["2027年8月底前"], Z, FK, {"context": ["阜康新建实训基地为啥只建了1个"]}),
    # count
    ("fkm-count-01", "阜康今年计划奖补多少家合作企业", "count", ["20家"], M, FK, {}),
    ("fkm-count-02", "阜康企业接收实习学生的目标是多少人", "count", ["450人"], M, FK, {}),
    ("fkm-count-03", "阜康新建校企共建实训基地目标是几个", "count", ["3个"], M, FK, {}),
    ("fkm-count-04", "阜康校企合作奖补两年的中期目标要奖补多少家企业", "count", ["40家"], M, FK, {}),
    ("fkz-count-01", "阜康实际奖补了多少家企业", "count", ["22家"], Z, FK, {}),
    ("fkz-count-02", "阜康合作企业实际接收实习学生多少人", "count", ["376人"], Z, FK, {}),
    ("fkz-count-03", "阜康校企共建实训基地实际建成了几个", "count", ["1个"], Z, FK, {}),
    ("fkz-count-04", "阜康合作企业留用了多少实习学生 目标是多少", "count", ["87人", "120人"], Z, FK, {"two": True}),
    ("fkz-count-05", "阜康签了3年以上校企合作协议的企业实际有几家", "count", ["16家"], Z, FK, {}),
    ("fkz-count-08", "2家企业场地未落实的那个项目 实训基地计划建几个 实际建了几个", "count", ["3个", "1个"], Z, "", {"two": True}),
    # yesno
    ("fkm-yesno-01", "阜康校企合作奖补是延续项目吗", "yesno", ["新增项目"], M, FK, {}),
    ("fkm-yesno-02", "阜康企业拿到校企合作奖补能用在日常经营上吗", "yesno", ["不得用于企业日常经营支出"], M, FK, {}),
    ("fkm-yesno-03", "阜康奖补资金审核准确率要求百分之百吗", "yesno", ["100%"], M, FK, {}),
    ("fkz-yesno-01", "阜康校企合作奖补自评是优吗", "yesno", ["88.99"], Z, FK, {}),
    ("fkz-yesno-02", "阜康校企合作奖补的财政拨款是不是全到位了", "yesno", ["财政拨款480万元全部到位"], Z, FK, {}),
    ("fkz-yesno-03", "阜康实习岗位专业对口率达标了吗", "yesno", ["83.6%"], Z, FK, {}),
    ("fkz-yesno-04", "阜康实习学生满意度达标了吗", "yesno", ["86.7%"], Z, FK, {}),
    ("fkz-yesno-05", "阜康合作企业满意度到90%了吗", "yesno", ["92.3%"], Z, FK, {}),
    ("fkz-yesno-06", "阜康没建完的实训基地明年会追加资金吗", "yesno", ["不再追加资金"], Z, FK, {}),
    ("fkz-yesno-07", "阜康资金拨付及时率达标没", "yesno", ["91.2%"], Z, FK, {}),
    # list
    ("fkm-list-01", "阜康校企合作奖补的钱能用在哪些方面", "list", ["接收实习学生奖补", "校企联合培训奖补", "共建实训基地奖补"], M, FK, {}),
    ("fkm-list-02", "阜康校企合作奖补的效益指标有哪些", "list",
     ["合作企业留用实习学生人数", "带动企业职工技能提升人次", "签订3年以上校企合作协议的企业数"], M, FK, {}),
    ("fkm-list-03", "阜康校企合作奖补的满意度指标有哪几个", "list", ["合作企业满意度", "实习学生满意度"], M, FK, {}),
    ("fkz-list-01", "阜康自评里哪些指标没拿满分", "list",
     ["企业接收实习学生人数", "新建校企共建实训基地数量", "奖补资金拨付完成时间", "合作企业留用实习学生人数", "实习学生满意度"], Z, FK,
     {"items": 7}),
    ("fkz-list-02", "阜康校企合作奖补自评报告提了哪些问题", "list", ["实训基地建设滞后", "企业配套投入到位不足", "实习学生留用偏少"],
     Z, FK, {}),
    ("fkz-list-03", "阜康校企合作奖补下一步改进措施有哪几条", "list",
     ["完成剩余2个校企共建实训基地建设", "按季度审核拨付", "实习学生留用激励措施"], Z, FK, {}),
    ("fkz-list-04", "阜康校企合作奖补的项目资金由哪几部分组成", "list", ["市本级财政拨款", "合作企业配套投入"], Z, FK, {}),
    # docfact — 文号, 发文 / 编制单位, 日期, 项目期, 依据
    ("fkm-docfact-01", "阜康校企合作奖补绩效目标表是哪天填报的", "docfact", ["2026年1月23日"], M, FK, {}),
    ("fkm-docfact-02", "阜康校企合作奖补项目期几年 从哪到哪", "docfact", ["2年", "2026年1月", "2027年12月"], M, FK, {}),
    ("fkm-docfact-03", "阜康这个绩效目标表是跟着啥一起公开的", "docfact", ["2026年部门预算一并公开"], M, FK, {}),
    ("fkm-docfact-04", "阜康人社局这张绩效目标表上项目名称写的啥", "docfact", ["校企合作奖补资金"], M, FK, {}),
    ("fkm-docfact-05", "阜康绩效目标表哪天填的 自评报告哪天出的", "docfact", ["2026年1月23日", "2027年4月10日"], M, FK,
     {"docs": BOTH, "two": True}),
    ("fkz-docfact-01", "阜康校企合作奖补的立项依据是市里哪个文件 文号多少", "docfact",
     ["阜康市校企合作奖补资金管理办法", "阜人社发〔2025〕47号"], Z, FK, {"two": True}),
    ("fkz-docfact-02", "阜康自评依据的是哪个绩效评价办法", "docfact", ["项目支出绩效评价管理办法", "财预〔2020〕10号"], Z, FK, {}),
    ("fkz-docfact-03", "阜康校企合作奖补自评报告落款是哪天", "docfact", ["2027年4月10日"], Z, FK, {}),
    ("fkz-docfact-04", "阜康自评报告引用的国办文件文号是多少", "docfact", ["国办发〔2017〕95号"], Z, FK, {}),
    ("fkz-docfact-05", "阜康校企合作奖补自评报告是哪个单位出的", "docfact", ["阜康市人力资源和社会保障局"], Z, FK, {}),
    ("fkz-docfact-06", "阜康校企合作奖补自评报告在哪公开", "docfact", ["阜康市人民政府门户网站"], Z, FK, {}),
    ("fkz-docfact-07", "阜康校企合作奖补资金管理办法文号多少", "docfact", ["阜人社发〔2025〕47号"], Z, FK, {}),
    # general
    ("fkm-general-01", "阜康校企合作奖补主要奖补啥样的企业", "general", ["接收职业院校学生实习", "开展校企联合培训", "共建实训基地"],
     M, FK, {}),
    ("fkm-general-02", "阜康绩效目标表里的其他资金指的是啥钱", "general", ["合作企业配套投入资金"], M, FK, {}),
    ("fkm-general-03", "阜康目标表里指标值前面那个等号是啥意思", "general", ["表示等于"], M, FK, {}),
    ("fkz-general-01", "阜康新建实训基地为啥只建成1个", "general", ["2家企业场地未落实"], Z, FK, {}),
    ("fkz-general-02", "阜康企业接收实习学生为啥没达标", "general", ["部分企业冬季停产"], Z, FK, {}),
    ("fkz-general-03", "阜康奖补资金为啥拨晚了", "general", ["企业补正材料用时长"], Z, FK, {}),
    ("fkz-general-04", "阜康实习学生满意度为啥不高", "general", ["部分岗位技术含量低"], Z, FK, {}),
    ("fkz-general-05", "阜康校企合作奖补自评结果是怎么用的", "general", ["阜康市人民政府门户网站公开", "与下年预算安排挂钩"], Z, FK, {}),
    ("fkz-general-06", "阜康打算怎么让企业多留实习学生", "general", ["引导企业与实习学生签订就业协议"], Z, FK, {}),
    ("fkz-general-07", "部分企业冬季停产影响了哪个指标", "general", ["企业接收实习学生人数"], Z, "", {}),
    # region-scoped — a 镇 / 乡 / 街道 of 阜康市
    ("fkz-rs-01", "我是阜康城关镇一家企业 接收了职校实习生 去年全市合作企业实际接收了多少实习学生", "region-scoped", ["376人"], Z, CGZ,
     {}),
    ("fkm-rs-01", "阜康九运街镇的企业问 接收实习学生一个人最多奖补多少", "region-scoped", ["1500元"], M, JYJ, {}),
    ("fkm-rs-02", "阜康滋泥泉子镇的企业 一年最多能拿多少校企合作奖补", "region-scoped", ["25万元"], M, ZNQ, {}),
    ("fkz-rs-02", "阜康甘河子镇的企业想问 奖补资金以后按季度拨吗", "region-scoped", ["按季度审核拨付"], Z, GHZ, {}),
    ("fkm-rs-03", "阜康上户沟乡的企业想问 校企合作奖补项目负责人是谁", "region-scoped", ["马建新"], M, SHG, {}),
    ("fkz-rs-03", "阜康水磨沟乡的企业问 全市实际拿到奖补的企业有几家", "region-scoped", ["22家"], Z, SMG, {}),
    ("fkz-rs-04", "阜康三工河乡的企业 签3年以上校企合作协议的全市实际有多少家", "region-scoped", ["16家"], Z, SGH, {}),
    ("fkz-rs-fu-01", "去年市里带动企业职工技能提升了多少人次", "region-scoped", ["655人次"], Z, BF,
     {"context": ["我在阜康博峰街道一家企业管培训"]}),
    ("fkm-rs-fu-01", "校企合作奖补今年目标是奖补多少家企业", "region-scoped", ["20家"], M, FX, {"context": ["我是阜康阜新街道的企业"]}),
    # outofscope (this region)
    ("x-f28-outofscope-04", "阜康天池景区门票多少钱", "outofscope", None, None, FK, {}),
    ("x-f28-outofscope-05", "阜康冬天一般最低多少度", "outofscope", None, None, FK, {}),
    ("x-f28-outofscope-06", "昌吉到乌鲁木齐开车要多久", "outofscope", None, None, CJ, {}),
    # unstated — in the domain, stated by no document of this round (the words are in no document of any round)
    ("x-f28-unstated-07", "阜康企业接收实习学生 实习工资有没有最低标准", "unstated", None, None, FK, {}),
    ("x-f28-unstated-08", "阜康拿到奖补的那22家企业是哪几家", "unstated", None, None, FK, {}),
    ("x-f28-unstated-09", "阜康企业拿到校企合作奖补要交税吗", "unstated", None, None, FK, {}),
    ("x-f28-unstated-10", "阜康校企合作奖补的满意度调查是怎么做的", "unstated", None, None, FK, {}),
    ("x-f28-unstated-11", "阜康校企合作奖补自评有没有请评估机构", "unstated", None, None, FK, {}),
    ("x-f28-unstated-12", "阜康校企合作奖补自评结果市财政局有没有复评", "unstated", None, None, FK, {}),
    # region-clash — sibling counties of 昌吉回族自治州 with no document
    ("x-f28-clash-04", "呼图壁县校企合作奖补资金今年年度资金总额多少", "region-clash", None, None, HTB, {}),
    ("x-f28-clash-05", "玛纳斯县校企合作奖补项目绩效自评是啥等级", "region-clash", None, None, MNS, {}),
    ("x-f28-clash-06", "吉木萨尔县企业接收实习学生奖补标准每人多少", "region-clash", None, None, JMS, {}),
]

# answerable lines naming only the city (昌吉), not the county-level city: the region is the 自治州; the only documents in it are
# 阜康's
CITY_NAMED = ["fkz-amount-09", "fkm-person-07"]
UNSTATED_ABSENT = {
    "x-f28-unstated-07": ["实习工资"],
    "x-f28-unstated-08": ["哪几家"],
    "x-f28-unstated-09": ["交税"],
    "x-f28-unstated-10": ["满意度调查"],
    "x-f28-unstated-11": ["评估机构"],
    "x-f28-unstated-12": ["复评"],
}
REGION_FREE = {"fkz-general-07": "冬季停产", "fkz-count-08": "场地未落实"}
ONLY = ["fkm-amount-03", "fkz-amount-01", "fkm-person-01", "fkz-person-02", "fkm-count-04", "fkz-docfact-01"]
