"""Questions of fresh24-test.jsonl (湖南省长沙市浏阳市: the 浏阳市2025年产教融合工作总结 as a portal .html page (主要指标完成情况 a
<table>: 指标 / 年度目标 / 完成情况 / 完成率 / 牵头单位) and the 督查整改情况的通报 as PDF-extracted plain text (整改问题清单 as
`pdftotext -layout` prints a table whose columns collapsed: cells separated by runs of spaces, long cells wrapped onto
continuation lines, the header repeated after the page break)). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
HN = "湖南省"
CS = "湖南省长沙市"
LY = "湖南省长沙市浏阳市"
NX = "湖南省长沙市宁乡市"
DY = LY + "大瑶镇"
SG = LY + "社港镇"
ZF = LY + "张坊镇"
BS = LY + "北盛镇"
DYG = LY + "洞阳镇"
JL = LY + "集里街道"
GD = LY + "官渡镇"
BJ = LY + "柏加镇"
Z = "liuyang-gongzuo-zongjie"
T = "liuyang-duban-tongbao"
BOTH = [T, Z]

QUESTIONS = [
    # amount
    ("lyz-amount-01", "浏阳去年产教融合奖补资金兑现了多少", "amount", ["982.6万元"], Z, LY, {}),
    ("lyz-amount-02", "浏阳2025年奖补资金预算多少 执行率多少", "amount", ["1240万元", "79.2%"], Z, LY, {"two": True}),
    ("lyz-amount-03", "浏阳认定一家产教融合型企业奖多少钱", "amount", ["每家24万元"], Z, LY, {}),
    ("lyz-amount-04", "浏阳去年一次性奖励一共发了多少", "amount", ["一次性奖励408万元"], Z, LY, {}),
    ("lyz-amount-05", "浏阳实训基地建设补助2025年花了多少", "amount", ["实训基地建设补助386万元"], Z, LY, {}),
    ("lyz-amount-06", "浏阳学徒培养补贴去年发了多少钱", "amount", ["学徒培养补贴188.6万元"], Z, LY, {}),
    ("lyz-amount-07", "浏阳产教融合型企业认定完成率是多少", "amount", ["85%"], Z, LY, {}),
    ("lyz-amount-fu-01", "那认定的企业每家奖多少 一共发了多少", "amount", ["每家24万元", "408万元"], Z, LY,
     {"context": ["浏阳去年认定了多少家产教融合型企业"], "two": True}),
    ("lyt-amount-01", "浏阳去年奖补资金执行率多少 发晚了的那几家现在补发了没", "amount", ["79.2%", "已完成"], T, LY,
     {"docs": BOTH, "two": True}),
    # person
    ("lyz-person-01", "浏阳产教融合型企业认定哪个部门牵头", "person", ["市发展和改革局牵头"], Z, LY, {}),
    ("lyz-person-02", "浏阳实训基地建设是哪个单位牵头", "person", ["市教育局牵头"], Z, LY, {}),
    ("lyz-person-03", "浏阳新型学徒制归哪个局管", "person", ["市人力资源和社会保障局牵头"], Z, LY, {}),
    ("lyz-person-04", "浏阳奖补政策兑现是谁负责", "person", ["市财政局会同市发展和改革局"], Z, LY, {}),
    ("lyz-person-05", "浏阳职业院校学生岗位实习那项指标谁牵头", "person", ["市教育局"], Z, LY, {}),
    ("lyt-person-01", "浏阳督查整改的事找谁 电话多少", "person", ["彭晓岚", "0731-83627308"], T, LY, {"two": True}),
    ("lyt-person-02", "浏阳产教融合专班办公室联系人是谁", "person", ["邓志坚", "0731-83621475"], T, LY, {}),
    ("lyt-person-03", "浏阳学徒补贴审核不严那条是谁牵头整改", "person", ["★市人力资源和社会保障局"], T, LY, {}),
    ("lyt-person-04", "浏阳奖补申领流程不清晰那个问题谁负责", "person", ["★市发展和改革局"], T, LY, {}),
    ("lyt-person-05", "浏阳逾期的整改项要向谁书面报告", "person", ["向市人民政府督查室书面报告"], T, LY, {}),
    ("lyt-person-06", "浏阳这次产教融合督查是哪些单位搞的", "person", ["市人民政府督查室会同市产教融合工作专班办公室"], T, LY, {}),
    ("lyt-person-07", "浏阳校企合作协议履约那条归谁管", "person", ["★市教育局"], T, LY, {}),
    ("lyt-person-08", "浏阳产教融合工作专班办公室设在哪个局", "person", ["设在市发展和改革局"], T, LY, {}),
    # time
    ("lyz-time-01", "浏阳2026年企业认定申报什么时候前受理完", "time", ["2026年9月30日前完成申报受理"], Z, LY, {}),
    ("lyz-time-02", "浏阳全市校企对接大会打算啥时候开", "time", ["2026年5月"], Z, LY, {}),
    ("lyz-time-03", "浏阳2025年剩下的奖补资金啥时候拨", "time", ["2026年6月底前"], Z, LY, {}),
    ("lyz-time-04", "浏阳以后企业认定了奖补多久能到账", "time", ["认定后15个工作日内"], Z, LY, {}),
    ("lyt-time-01", "浏阳专项督查是哪几天搞的", "time", ["2026年3月2日至3月13日"], T, LY, {}),
    ("lyt-time-02", "浏阳通报里的整改情况截至哪天", "time", ["截至2026年4月10日"], T, LY, {}),
    ("lyt-time-03", "浏阳逾期的牵头单位最晚哪天交书面报告", "time", ["2026年4月23日前"], T, LY, {}),
    ("lyt-time-04", "浏阳整改中的问题每月几号前报进展", "time", ["每月10日前"], T, LY, {}),
    ("lyt-time-05", "浏阳整改完了几天内申请销号", "time", ["3个工作日内"], T, LY, {}),
    ("lyt-time-06", "浏阳整改回头看什么时候搞", "time", ["2026年6月"], T, LY, {}),
    ("lyt-time-07", "浏阳企业认定少了3家那个问题 整改时限到什么时候", "time", ["2026年9月30日前"], T, LY, {}),
    ("lyt-time-08", "浏阳实训基地开放共享不足那条 哪天之前要改好", "time", ["2026年5月31日前"], T, LY, {}),
    ("lyt-time-09", "浏阳总结里说剩余奖补资金啥时候拨完 通报里逾期问题的书面报告又是哪天截止", "time",
     ["2026年6月底前", "2026年4月23日前"], T, LY, {"docs": BOTH, "two": True}),
    # count
    ("lyz-count-01", "浏阳去年认定了多少家企业", "count", ["认定市级产教融合型企业17家"], Z, LY, {}),
    ("lyz-count-02", "浏阳实训基地建成几个 目标是几个", "count", ["7个", "6个"], Z, LY, {"two": True}),
    ("lyz-count-03", "浏阳累计认定了多少家产教融合型企业", "count", ["累计认定46家"], Z, LY, {}),
    ("lyz-count-04", "浏阳去年受理了多少家认定申报", "count", ["受理申报26家"], Z, LY, {}),
    ("lyz-count-05", "浏阳去年培养学徒多少人 目标多少", "count", ["1530人", "1500人"], Z, LY, {"two": True}),
    ("lyz-count-06", "浏阳去年新增多少个实训工位", "count", ["新增实训工位820个"], Z, LY, {}),
    ("lyz-count-07", "浏阳认定的企业里开发区的占几家", "count", ["浏阳经济技术开发区9家"], Z, LY, {}),
    ("lyz-count-08", "浏阳学生去企业岗位实习去年多少人次", "count", ["3460人次"], Z, LY, {}),
    ("lyz-count-09", "浏阳2026年打算认定多少家 培养多少学徒", "count", ["不少于20家", "不少于1650人"], Z, LY, {"two": True}),
    ("lyt-count-01", "浏阳这次督查梳理出几个问题", "count", ["共梳理问题10个"], T, LY, {}),
    ("lyt-count-02", "浏阳整改逾期的有几个", "count", ["逾期未完成2个"], T, LY, {}),
    ("lyt-count-03", "浏阳市教育局牵头的整改项有几条", "count", ["市教育局牵头的3个问题"], T, LY, {}),
    # yesno
    ("lyz-yesno-01", "浏阳去年企业认定完成目标了吗", "yesno", ["未完成年度目标", "较目标少3家"], Z, LY, {}),
    ("lyz-yesno-02", "浏阳实训基地建设任务完成了没", "yesno", ["超额完成年度目标"], Z, LY, {}),
    ("lyz-yesno-03", "浏阳学徒培养目标完成了吗", "yesno", ["102%"], Z, LY, {}),
    ("lyz-yesno-04", "浏阳奖补资金是不是都按时拨了", "yesno", ["超过规定时限"], Z, LY, {}),
    ("lyz-yesno-05", "花炮产教云上能看到实习岗位吗", "yesno", ["发布实习岗位2150个"], Z, "", {}),
    ("lyt-yesno-01", "浏阳财政局牵头的整改都弄完了吗", "yesno", ["均已整改完成"], T, LY, {}),
    ("lyt-yesno-02", "浏阳学徒补贴审核那条改好了没", "yesno", ["学徒培养补贴申领材料审核不严", "已完成"], T, LY, {}),
    ("lyt-yesno-03", "浏阳校企合作协议履约跟踪那条按期完成了吗", "yesno", ["2026年3月30日前", "逾期"], T, LY, {}),
    ("lyt-yesno-04", "浏阳已经整改完成的问题是不是就不用管了", "yesno", ["建立长效机制"], T, LY, {}),
    ("lyt-yesno-05", "浏阳整改不力的单位会不会被通报", "yesno", ["对整改不力的单位予以通报"], T, LY, {}),
    ("lyt-yesno-06", "浏阳工作台账更新不及时那个问题解决了没", "yesno", ["产教融合工作台账更新不及时", "已完成"], T, LY, {}),
    # list
    ("lyz-list-01", "浏阳去年新建的实训基地有哪些", "list",
     ["浏阳经济技术开发区医药健康实训基地", "大瑶镇烟花爆竹实训基地", "北盛镇智能装备实训基地", "洞阳镇电子信息实训基地",
      "集里街道电子商务实训基地", "官渡镇乡村旅游实训基地", "柏加镇园林花木实训基地"], Z, LY, {}),
    ("lyz-list-02", "浏阳总结里说存在哪些问题", "list",
     ["较目标少3家", "社港镇、张坊镇尚未建立校企合作关系", "奖补资金执行率偏低", "安全防护设施"], Z, LY, {}),
    ("lyz-list-03", "浏阳新认定的企业都是哪些产业的", "list", ["烟花爆竹", "医药健康", "电子信息", "智能装备"], Z, LY, {}),
    ("lyz-list-04", "浏阳奖补资金都花在哪几块", "list",
     ["一次性奖励408万元", "实训基地建设补助386万元", "学徒培养补贴188.6万元"], Z, LY, {}),
    ("lyt-list-01", "浏阳哪些整改项逾期了", "list", ["大瑶镇烟花爆竹实训基地安全防", "校企合作协议履约情况未跟踪"], T, LY, {}),
    ("lyt-list-02", "浏阳还在整改中的是哪几条", "list",
     ["产教融合型企业认定较年度目标", "社港镇、张坊镇尚未建立校企合", "实训基地面向院校开放共享不足"], T, LY, {}),
    ("lyt-list-03", "浏阳市发展和改革局牵头的整改项有哪些", "list",
     ["产教融合型企业认定较年度目标", "奖补申领流程不清晰，企业反映", "产教融合工作台账更新不及时", "部分镇（街道）未明确产教融合"], T, LY, {}),
    ("lyt-list-04", "浏阳已经整改完成的有哪几项", "list",
     ["3家企业一次性奖励资金拨付超", "学徒培养补贴申领材料审核不严", "奖补申领流程不清晰，企业反映", "产教融合工作台账更新不及时",
      "部分镇（街道）未明确产教融合"], T, LY, {}),
    ("lyt-list-05", "浏阳通报对下一步整改提了哪些要求", "list", ["2026年4月23日前", "每月10日前", "建立长效机制", "回头看"], T, LY, {}),
    # docfact
    ("lyz-docfact-01", "浏阳2025年产教融合工作总结是哪天发布的", "docfact", ["2026-01-23"], Z, LY, {}),
    ("lyz-docfact-02", "浏阳这份工作总结落款是哪个单位", "docfact", ["浏阳市产教融合工作领导小组办公室"], Z, LY, {}),
    ("lyz-docfact-03", "浏阳工作总结网页的索引号是多少", "docfact", ["430181-LYS-2026-0123-03"], Z, LY, {}),
    ("lyz-docfact-04", "浏阳产教融合工作依据的实施方案文号是多少", "docfact", ["浏政办发〔2024〕21号"], Z, LY, {}),
    ("lyt-docfact-01", "浏阳督查整改通报的文号是多少", "docfact", ["浏督查通〔2026〕6号"], T, LY, {}),
    ("lyt-docfact-02", "浏阳整改通报是哪天发的 谁发的", "docfact", ["2026年4月16日", "浏阳市人民政府督查室", "浏阳市产教融合工作专班办公室"], T, LY,
     {"two": True}),
    ("lyt-docfact-03", "浏阳这次督查对照的是哪份总结", "docfact", ["浏阳市2025年产教融合工作总结"], T, LY, {}),
    ("lyt-docfact-04", "浏阳整改通报是发给哪些单位的", "docfact", ["各镇人民政府、街道办事处", "浏阳经济技术开发区管委会", "市直有关单位"], T, LY, {}),
    # general
    ("lyz-general-01", "浏阳花炮产教云平台是干啥的", "general", ["发布企业用工需求和院校专业信息"], Z, LY, {}),
    ("lyz-general-02", "浏阳搞产教融合坚持的是什么原则", "general", ["政府引导、企业主体、院校参与"], Z, LY, {}),
    ("lyz-general-03", "医药健康实训基地是哪个园区建的", "general", ["浏阳经济技术开发区医药健康实训基地"], Z, "", {}),
    ("lyt-general-01", "浏阳整改表里带五角星的单位是什么意思", "general", ["表中标注★的为牵头单位"], T, LY, {}),
    ("lyt-general-02", "浏阳奖补申领慢那个问题咋整改的", "general", ["编制办事指南"], T, LY, {}),
    ("lyt-general-03", "浏阳企业认定没达标准备怎么补上", "general", ["建立后备企业库"], T, LY, {}),
    ("lyt-general-04", "浏阳逾期的书面报告里要写啥", "general", ["逾期原因和整改计划"], T, LY, {}),
    ("lyt-general-05", "浏阳学徒补贴审核不严怎么整改的", "general", ["建立初审和复核两级审核制度"], T, LY, {}),
    # region-scoped — a 镇 / 街道 of 浏阳市
    ("lyt-rs-01", "浏阳大瑶镇烟花爆竹实训基地的安全问题整改好了没", "region-scoped", ["2026年3月27日前", "逾期"], T, DY, {}),
    ("lyt-rs-02", "大瑶镇那个实训基地安全整改谁牵头", "region-scoped", ["★市应急管理局"], T, DY, {}),
    ("lyt-rs-03", "大瑶镇实训基地安全设施准备怎么整改", "region-scoped", ["增设防爆隔离和监控设施"], T, DY, {}),
    ("lyt-rs-04", "浏阳张坊镇校企合作空白那条整改到啥时候 现在啥状态", "region-scoped", ["2026年6月30日前", "整改中"], T, ZF, {"two": True}),
    ("lyt-rs-05", "社港镇校企合作的整改措施是啥", "region-scoped", ["组织职业院校与两镇企业结对"], T, SG, {}),
    ("lyt-rs-fu-01", "那这个问题现在整改到哪一步了", "region-scoped", ["2026年3月27日前", "逾期"], T, DY,
     {"context": ["浏阳大瑶镇的烟花爆竹实训基地有啥问题"]}),
    ("lyt-rs-fu-02", "那今年怎么解决 谁牵头", "region-scoped", ["★市教育局", "组织职业院校与两镇企业结对"], T, SG,
     {"context": ["浏阳社港镇有没有跟职业院校建立校企合作"], "two": True}),
    ("lyz-rs-01", "浏阳社港镇现在跟职业院校有合作吗", "region-scoped", ["社港镇、张坊镇尚未建立校企合作关系"], Z, SG, {}),
    ("lyz-rs-02", "浏阳北盛镇去年建了什么实训基地", "region-scoped", ["北盛镇智能装备实训基地"], Z, BS, {}),
    ("lyz-rs-03", "洞阳镇那个实训基地是哪方面的", "region-scoped", ["洞阳镇电子信息实训基地"], Z, DYG, {}),
    ("lyz-rs-04", "浏阳集里街道有产教融合实训基地吗", "region-scoped", ["集里街道电子商务实训基地"], Z, JL, {}),
    ("lyz-rs-05", "官渡镇去年建的实训基地叫啥", "region-scoped", ["官渡镇乡村旅游实训基地"], Z, GD, {}),
    ("lyz-rs-06", "浏阳柏加镇的实训基地是做啥的", "region-scoped", ["柏加镇园林花木实训基地"], Z, BJ, {}),
    # unstated — three hierarchy traps (省 / 长沙市 / 宁乡市), four words no document of any round has
    ("x-f24-unstated-11", "湖南省去年建成了多少个产教融合实训基地", "unstated", None, None, HN, {}),
    ("x-f24-unstated-12", "长沙市去年学徒培养了多少人", "unstated", None, None, CS, {}),
    ("x-f24-unstated-13", "长沙宁乡市产教融合奖补资金预算执行率多少", "unstated", None, None, NX, {}),
    ("x-f24-unstated-14", "浏阳产教融合型企业认定比上年多了几家", "unstated", None, None, LY, {}),
    ("x-f24-unstated-15", "浏阳整改逾期的单位会收到督办函吗", "unstated", None, None, LY, {}),
    ("x-f24-unstated-16", "浏阳整改逾期会被亮红黄牌吗", "unstated", None, None, LY, {}),
    ("x-f24-unstated-17", "浏阳认定的产教融合型企业里有几家是独角兽企业", "unstated", None, None, LY, {}),
]

UNSTATED_ABSENT = {
    "x-f24-unstated-11": ["产教融合实训基地"],
    "x-f24-unstated-12": ["学徒"],
    "x-f24-unstated-13": ["预算执行率"],
    "x-f24-unstated-14": ["比上年"],
    "x-f24-unstated-15": ["督办函"],
    "x-f24-unstated-16": ["红黄牌"],
    "x-f24-unstated-17": ["独角兽"],
}
HIER = ["x-f24-unstated-11", "x-f24-unstated-12", "x-f24-unstated-13"]
REGION_FREE = {"lyz-yesno-05": "花炮产教云", "lyz-general-03": "医药健康实训基地"}
ONLY = ["lyt-time-02", "lyz-amount-03", "lyt-list-01", "lyt-count-02", "lyz-count-01"]
