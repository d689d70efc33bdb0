"""Questions of fresh28-dev.jsonl (浙江省湖州市德清县: the 德清县教育局2026年度产教融合实训基地建设专项资金项目支出绩效目标表 as a
portal .html page (项目基本信息 table, 年度总体目标, the indicator table with 一级 / 二级 rowspans) and the 德清县教育局2026年度
产教融合实训基地建设专项资金项目绩效自评报告 as a LibreOffice .docx (一、项目基本情况 … 六、结果应用, the 自评表 with 年度指标值 /
实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施)).
Written from the documents only. The two documents cover the same project: questions say whether they want the target (目标表,
the 自评表's 年度指标值 column) or what was achieved (实际完成值), the money planned (预算 / 年度资金总额) or spent (实际支出).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
Scores (得分 / 分值 / 总分) are counted as `amount` (a figure, like a 比例).
"""
ZJ = "浙江省"
HZ = "浙江省湖州市"
DQ = "浙江省湖州市德清县"
WX = "浙江省湖州市吴兴区"
CX = "浙江省湖州市长兴县"
NX = "浙江省湖州市南浔区"
XS = DQ + "新市镇"
QY = DQ + "乾元镇"
WK = DQ + "武康街道"
LD = DQ + "雷甸镇"
ZG = DQ + "钟管镇"
MGS = DQ + "莫干山镇"
LS = DQ + "洛舍镇"
YY = DQ + "禹越镇"
XA = DQ + "新安镇"
M = "deqing-jixiao-mubiao"
Z = "deqing-jixiao-zipingbaogao"
BOTH = [M, Z]

QUESTIONS = [
    # amount — money, 比例, scores
    ("dqm-amount-01", "德清县教育局那个产教融合实训基地专项今年年度资金一共多少", "amount", ["860万元"], M, DQ, {}),
    ("dqm-amount-02", "德清实训基地建设专项资金里财政拨款多少 其他资金多少", "amount", ["720万元", "140万元"], M, DQ, {"two": True}),
    ("dqm-amount-03", "德清这个实训基地项目整个项目期资金总额是多少", "amount", ["2460万元"], M, DQ, {}),
    ("dqm-amount-05", "德清实训项目的生均实训耗材费用指标定的多少", "amount", ["400元"], M, DQ, {}),
    ("dqz-amount-01", "德清实训基地专项2026年实际花出去多少钱", "amount", ["776.5万元"], Z, DQ, {}),
    ("dqz-amount-02", "德清这个实训基地项目的钱实际到位了多少", "amount", ["812万元"], Z, DQ, {}),
    ("dqz-amount-03", "德清实训基地专项的预算执行率是多少", "amount", ["90.29%"], Z, DQ, {}),
    ("dqz-amount-04", "德清实训基地项目合作企业那部分投入最后到位多少 还差多少", "amount", ["92万元", "48万元"], Z, DQ, {"two": True}),
    ("dqz-amount-06", "德清实训的生均耗材费用实际花到多少了", "amount", ["438元"], Z, DQ, {}),
    ("dqz-amount-07", "德清实训基地专项2027年的财政拨款被核减到多少", "amount", ["680万元"], Z, DQ, {}),
    ("dqz-amount-08", "德清实训基地项目绩效自评总分多少", "amount", ["91.63"], Z, DQ, {}),
    ("dqz-amount-10", "湖州那个产教融合实训基地建设专项资金2026年度自评得了多少分", "amount", ["91.63"], Z, HZ, {}),
    ("dqz-amount-fu-01", "那实际支出了多少", "amount", ["776.5万元"], Z, DQ, {"context": ["德清实训基地专项2026年预算安排了多少"]}),
    ("dqm-amount-06", "德清实训基地专项三年总共安排多少钱 2026年实际花了多少", "amount", ["2460万元", "776.5万元"], M, DQ,
     {"docs": BOTH, "two": True}),
    # person
    ("dqm-person-01", "德清实训基地专项的项目负责人是谁 电话多少", "person", ["朱晓东", "0572-8421635"], M, DQ, {"two": True}),
    ("dqm-person-02", "德清这个实训基地项目具体是哪个单位实施的", "person", ["德清县职业教育中心"], M, DQ, {}),
    ("dqm-person-03", "德清实训基地绩效目标表是哪个部门审核的", "person", ["德清县财政局"], M, DQ, {}),
    ("dqm-person-04", "德清实训基地项目绩效目标要调整的话得报哪个部门同意", "person", ["报县财政局同意后重新公开"], M, DQ, {}),
    ("dqm-person-05", "德清实训基地专项项目负责人是谁 自评报告上的联系人又是谁", "person", ["朱晓东", "施丽娟"], M, DQ,
     {"docs": BOTH, "two": True}),
    ("dqm-person-fu-01", "他电话多少", "person", ["0572-8421635"], M, DQ, {"context": ["德清实训基地专项的项目负责人是哪位"]}),
    ("dqz-person-01", "德清实训基地专项的绩效自评是哪个科室牵头做的", "person", ["县教育局计划财务科"], Z, DQ, {}),
    ("dqz-person-02", "德清实训基地自评报告有疑问找谁 电话多少", "person", ["施丽娟", "0572-8063217"], Z, DQ, {"two": True}),
    ("dqz-person-03", "德清剩下那2间实训室改造由哪个单位负责", "person", ["县职业教育中心"], Z, DQ, {}),
    ("dqz-person-04", "德清企业职工培训下一步由哪些单位负责", "person", ["县职业教育中心、县人力资源和社会保障局"], Z, DQ, {}),
    ("dqz-person-06", "德清实训基地自评是哪个单位配合的", "person", ["县职业教育中心配合"], Z, DQ, {}),
    ("dqz-person-07", "德清实训基地自评报告要报哪个部门备案", "person", ["报县财政局备案"], Z, DQ, {}),
    ("dqz-person-fu-01", "电话多少", "person", ["0572-8063217"], Z, DQ, {"context": ["德清实训基地专项绩效自评报告留的联系人是谁"]}),
    # time
    ("dqm-time-01", "德清的实训基地目标要求啥时候前建成投用", "time", ["2026年10月底前"], M, DQ, {}),
    ("dqm-time-02", "湖州德清那个实训基地项目是哪年几月开始的", "time", ["2025年1月"], M, DQ, {}),
    ("dqm-time-03", "德清实训基地专项到啥时候结束", "time", ["2027年12月"], M, DQ, {}),
    ("dqz-time-01", "德清那几个实训基地是不是都按时投用了 哪个晚了", "time", ["汽车维修实训基地", "2026年12月15日"], Z, DQ, {}),
    ("dqz-time-02", "德清还没改完的2间实训室啥时候能完成", "time", ["2027年5月底前"], Z, DQ, {}),
    ("dqz-time-03", "德清合作企业欠的投入资金要求啥时候前补足", "time", ["2027年4月30日前"], Z, DQ, {}),
    ("dqz-time-04", "德清实训基地自评里的资金执行数据统计到哪天", "time", ["2026年12月31日"], Z, DQ, {}),
    ("dqz-time-05", "德清实训基地项目多久向县财政局报一次资金执行情况", "time", ["每季度末"], Z, DQ, {}),
    ("dqz-time-06", "德清以后企业职工培训安排在啥时候搞", "time", ["避开企业生产旺季", "按季度组织"], Z, DQ, {}),
    ("dqz-time-07", "德清实训基地目标是几月底前建成 实际最晚一个是哪天投用的", "time", ["2026年10月底前", "2026年12月15日"], Z, DQ,
     {"two": True}),
    ("dqz-time-09", "汽车维修实训基地是哪天投用的", "time", ["2026年12月15日"], Z, "", {}),
    ("dqz-time-fu-01", "那啥时候能改完", "time", ["2027年5月底前"], Z, DQ, {"context": ["德清实训基地项目的实训室改造为啥没完成"]}),
    # count
    ("dqm-count-01", "德清实训基地专项今年计划新建几个实训基地", "count", ["5个"], M, DQ, {}),
    ("dqm-count-02", "德清改造提升实训室的目标是多少间", "count", ["8间"], M, DQ, {}),
    ("dqm-count-03", "德清实训基地项目参训学生人次目标定的多少", "count", ["1200人次"], M, DQ, {}),
    ("dqm-count-05", "湖州这边教育局那个产教融合实训基地建设专项 企业接收实习学生的目标是多少人", "count", ["300人"], M, HZ, {}),
    ("dqz-count-01", "德清实训室实际改造了几间", "count", ["6间"], Z, DQ, {}),
    ("dqz-count-02", "德清去年实际参加实训的学生有多少人次", "count", ["1386人次"], Z, DQ, {}),
    ("dqz-count-03", "德清合作企业实际接收了多少实习学生 目标是多少", "count", ["268人", "300人"], Z, DQ, {"two": True}),
    ("dqz-count-04", "德清企业职工技能培训目标是多少人次 实际完成多少", "count", ["500人次", "412人次"], Z, DQ, {"two": True}),
    ("dqz-count-05", "德清合作企业最后录用了多少实习毕业生", "count", ["131人"], Z, DQ, {}),
    ("dqz-count-06", "德清2027年企业职工培训要搞多少人次", "count", ["不少于600人次"], Z, DQ, {}),
    # yesno
    ("dqm-yesno-01", "德清这个实训基地项目是今年新上的项目吗", "yesno", ["延续项目"], M, DQ, {}),
    ("dqm-yesno-02", "德清实训基地专项里有没有企业出的钱", "yesno", ["其他资金为合作企业投入资金"], M, DQ, {}),
    ("dqm-yesno-03", "德清实训基地项目的绩效目标定了以后还能改吗", "yesno", ["按程序报县财政局同意后重新公开"], M, DQ, {}),
    ("dqz-yesno-01", "德清实训基地专项的绩效自评算不算优", "yesno", ["91.63"], Z, DQ, {}),
    ("dqz-yesno-02", "德清实训基地项目的财政拨款是不是全部到位了", "yesno", ["财政拨款720万元全部到位"], Z, DQ, {}),
    ("dqz-yesno-03", "德清企业接收实习学生的目标完成了没有", "yesno", ["268人"], Z, DQ, {}),
    ("dqz-yesno-04", "德清实训基地项目学生满意度达标了吗", "yesno", ["94.2%"], Z, DQ, {}),
    ("dqz-yesno-05", "德清合作企业满意度达到目标了吗", "yesno", ["87.5%"], Z, DQ, {}),
    ("dqz-yesno-07", "德清实训基地自评结果会不会影响下一年预算", "yesno", ["680万元"], Z, DQ, {}),
    # list
    ("dqm-list-01", "德清实训基地专项的满意度指标有哪几个", "list", ["学生满意度", "合作企业满意度"], M, DQ, {}),
    ("dqm-list-02", "德清实训基地专项绩效指标的一级指标分哪几类", "list", ["产出指标", "成本指标", "效益指标", "满意度指标"], M, DQ, {}),
    ("dqm-list-03", "德清实训基地专项的时效指标都有啥", "list", ["实训基地建成投用时间", "资金拨付及时率"], M, DQ, {}),
    ("dqz-list-01", "德清新建的5个实训基地都是哪些方向的", "list", ["地理信息", "通用航空", "高端装备", "绿色家居", "汽车维修"], Z, DQ, {}),
    ("dqz-list-02", "德清实训基地自评里哪些指标没拿满分", "list",
     ["预算执行率", "改造提升实训室数量", "企业接收实习学生人数", "企业职工技能培训人次", "合作企业满意度"], Z, DQ, {"items": 7}),
    ("dqz-list-03", "德清实训基地自评报告说存在哪些问题", "list", ["部分产出指标未完成", "其他资金到位不足", "企业职工培训开展不充分"],
     Z, DQ, {}),
    ("dqz-list-04", "德清实训基地项目下一步有哪些改进措施", "list",
     ["完成剩余2间实训室改造", "补足投入资金48万元", "按季度组织", "每季度末向县财政局报送资金执行情况"], Z, DQ, {}),
    ("dqz-list-05", "德清实训基地项目的资金从哪几块来", "list", ["县级财政拨款", "合作企业投入资金"], Z, DQ, {}),
    # docfact — 文号, 发文 / 编制单位, 日期, 项目期, 依据
    ("dqm-docfact-01", "德清这个实训基地绩效目标表的索引号是多少", "docfact", ["113305210025918K/2026-00214"], M, DQ, {}),
    ("dqm-docfact-02", "德清实训基地绩效目标表是哪天发布的", "docfact", ["2026-02-10"], M, DQ, {}),
    ("dqm-docfact-03", "德清实训基地专项的项目期是几年 从哪到哪", "docfact", ["3年", "2025年1月", "2027年12月"], M, DQ, {}),
    ("dqm-docfact-04", "德清实训基地绩效目标表是哪天填报的", "docfact", ["2026年1月28日"], M, DQ, {}),
    ("dqm-docfact-05", "德清这个绩效目标表在县政府网站哪个栏目里", "docfact", ["财政预决算", "部门预算"], M, DQ, {}),
    ("dqm-docfact-06", "德清实训基地绩效目标表的成文日期是哪天", "docfact", ["2026-02-06"], M, DQ, {}),
    ("dqm-docfact-07", "德清实训基地绩效目标表哪天发布的 自评报告又是哪天出的", "docfact", ["2026-02-10", "2027年3月18日"], M, DQ,
     {"docs": BOTH, "two": True}),
    ("dqz-docfact-01", "德清实训基地专项立项依据是县里哪个文件 文号多少", "docfact",
     ["德清县产教融合实训基地建设专项资金管理办法", "德教发〔2025〕12号"], Z, DQ, {"two": True}),
    ("dqz-docfact-02", "德清实训基地项目绩效自评是按哪个办法做的", "docfact", ["项目支出绩效评价管理办法", "财预〔2020〕10号"], Z, DQ, {}),
    ("dqz-docfact-03", "湖州德清那个实训基地自评报告是啥时候出的", "docfact", ["2027年3月18日"], Z, DQ, {}),
    ("dqz-docfact-04", "德清实训基地自评报告里引用的国务院办公厅文件文号是多少", "docfact", ["国办发〔2017〕95号"], Z, DQ, {}),
    ("dqz-docfact-05", "德清实训基地绩效自评报告是哪个单位出的", "docfact", ["德清县教育局"], Z, DQ, {}),
    ("dqz-docfact-06", "德清实训基地自评报告在哪里公开", "docfact", ["德清县人民政府门户网站"], Z, DQ, {}),
    ("dqz-docfact-07", "德清实训基地专项资金管理办法的文号是啥", "docfact", ["德教发〔2025〕12号"], Z, DQ, {}),
    # general
    ("dqm-general-01", "德清实训基地专项主要干些啥", "general", ["共建校企合作实训基地", "购置实训设备", "改造提升校内实训室"], M, DQ, {}),
    ("dqm-general-02", "德清实训基地项目年度总体目标第三条讲的啥", "general", ["面向合作企业职工开展技能培训500人次以上"], M, DQ, {}),
    ("dqz-general-01", "德清实训基地自评的等级是怎么划分的", "general", ["90分（含）以上为优", "80分（含）至90分为良"], Z, DQ, {}),
    ("dqz-general-02", "德清改造实训室为啥没完成", "general", ["设备采购两次流标"], Z, DQ, {}),
    ("dqz-general-03", "德清企业接收实习学生为啥没达标", "general", ["生产任务调整", "实习岗位减少"], Z, DQ, {}),
    ("dqz-general-04", "德清生均实训耗材费用为啥超了 打算咋改", "general", ["耗材价格上涨", "耗材集中采购"], Z, DQ, {"two": True}),
    ("dqz-general-05", "德清企业职工培训为啥没完成", "general", ["企业生产旺季冲突"], Z, DQ, {}),
    ("dqz-general-06", "德清合作企业满意度为啥没到90%", "general", ["实训设备开放时间不足"], Z, DQ, {}),
    ("dqz-general-07", "德清实训基地自评结果会怎么用", "general", ["德清县人民政府门户网站公开", "与下年预算挂钩"], Z, DQ, {}),
    ("dqz-general-08", "实训室设备采购两次流标的那个项目 剩下的实训室打算咋办", "general", ["2027年5月底前完成剩余2间实训室改造"], Z, "",
     {}),
    # region-scoped — a 镇 / 街道 of 德清县
    ("dqz-rs-01", "我是德清新市镇一家企业 跟县职教中心共建了实训基地 这个项目去年自评打了多少分", "region-scoped", ["91.63"], Z, XS, {}),
    ("dqz-rs-02", "德清乾元镇的企业问下 去年全县合作企业实际接收了多少实习学生", "region-scoped", ["268人"], Z, QY, {}),
    ("dqm-rs-01", "德清武康街道的职校老师问 实训基地专项参训学生目标是多少人次", "region-scoped", ["1200人次"], M, WK, {}),
    ("dqm-rs-02", "德清雷甸镇的企业想知道 实训基地专项里企业要出的钱一共多少", "region-scoped", ["140万元"], M, LD, {}),
    ("dqz-rs-03", "德清钟管镇的企业职工想参加培训 县里2027年打算培训多少人次", "region-scoped", ["不少于600人次"], Z, ZG, {}),
    ("dqm-rs-03", "德清莫干山镇的企业问 实训基地专项单个基地平均建设补助上限多少", "region-scoped", ["100万元"], M, MGS, {}),
    ("dqz-rs-04", "德清洛舍镇做家居的企业 新建的实训基地里有没有我们这个方向", "region-scoped", ["绿色家居"], Z, LS, {}),
    ("dqz-rs-fu-01", "县里实训基地项目合作企业满意度实际多少", "region-scoped", ["87.5%"], Z, YY,
     {"context": ["我在德清禹越镇一家企业做人事"]}),
    ("dqm-rs-fu-01", "实训基地专项的项目负责人是哪位", "region-scoped", ["朱晓东"], M, XA, {"context": ["我是德清新安镇的企业"]}),
    # outofscope (this region)
    ("x-f28-outofscope-01", "德清莫干山的民宿周末一晚大概多少钱", "outofscope", None, None, DQ, {}),
    ("x-f28-outofscope-02", "湖州到杭州坐高铁要多久", "outofscope", None, None, HZ, {}),
    ("x-f28-outofscope-03", "绩效目标表一般用什么软件填", "outofscope", None, None, "", {}),
    # unstated — in the domain, stated by no document of this round (the words are in no document of any round)
    ("x-f28-unstated-01", "德清实训基地专项的绩效自评有没有请评估机构", "unstated", None, None, DQ, {}),
    ("x-f28-unstated-02", "德清实训基地项目的学生满意度是发问卷调查的吗", "unstated", None, None, DQ, {}),
    ("x-f28-unstated-03", "德清新建的实训基地设备以后维护保养谁负责", "unstated", None, None, DQ, {}),
    ("x-f28-unstated-04", "德清企业师傅到实训基地带学生有课时费吗", "unstated", None, None, DQ, {}),
    ("x-f28-unstated-05", "德清实训基地专项2025年度自评得了多少分", "unstated", None, None, DQ, {}),
    ("x-f28-unstated-06", "德清学生去实训基地的路费能报销吗", "unstated", None, None, DQ, {}),
    # region-clash — a sibling county and districts of 湖州市 with no document (not 安吉县: fresh26's x-f26-clash-01 uses it,
    # and fresh26/check_fresh26.py requires its clash regions to be no other line's region)
    ("x-f28-clash-01", "吴兴区产教融合实训基地建设专项资金今年计划新建几个基地", "region-clash", None, None, WX, {}),
    ("x-f28-clash-02", "长兴县教育局实训基地项目绩效自评得了多少分", "region-clash", None, None, CX, {}),
    ("x-f28-clash-03", "南浔区实训基地专项的预算执行率是多少", "region-clash", None, None, NX, {}),
]

# answerable lines naming only the city (湖州), not the county: the region is the city; the only documents in it are 德清's
CITY_NAMED = ["dqz-amount-10", "dqm-count-05"]
# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f28-unstated-01": ["评估机构"],
    "x-f28-unstated-02": ["问卷"],
    "x-f28-unstated-03": ["维护保养"],
    "x-f28-unstated-04": ["课时费"],
    "x-f28-unstated-05": ["2025年度自评"],
    "x-f28-unstated-06": ["报销"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"dqz-time-09": "汽车维修实训基地", "dqz-general-08": "两次流标"}
# the answer is in one document although both documents talk about the topic
ONLY = ["dqm-amount-03", "dqz-amount-01", "dqm-person-01", "dqz-person-02", "dqz-count-01", "dqm-docfact-01", "dqz-docfact-01"]
