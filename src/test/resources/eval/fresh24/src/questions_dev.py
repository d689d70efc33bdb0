"""Questions of fresh24-dev.jsonl (广西壮族自治区防城港市防城区: the 关于报送防城区2025年产教融合工作总结的报告 as a LibreOffice .docx
(主要指标完成情况 a real `w:tbl`: 指标 / 年度目标 / 完成情况 / 完成率 / 责任单位) and the 督查发现问题整改情况的通报 as a
LibreOffice-printed .pdf (附件 table on a landscape page: 序号 / 发现问题 / 责任单位 (★ = 牵头单位) / 整改措施 / 整改时限 /
整改状态, 9 rows)). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
GX = "广西壮族自治区"
FCG = "广西壮族自治区防城港市"
FC = "广西壮族自治区防城港市防城区"
SS = "广西壮族自治区防城港市上思县"
NL = FC + "那良镇"
TY = FC + "滩营乡"
FL = FC + "扶隆镇"
SY = FC + "水营街道"
ZH = FC + "珠河街道"
HS = FC + "华石镇"
DL = FC + "大菉镇"
DZ = FC + "峒中镇"
Z = "fangcheng-gongzuo-zongjie"
T = "fangcheng-duban-tongbao"
BOTH = [T, Z]

QUESTIONS = [
    # amount — 奖补资金 of the 总结; the 通报's 整改完成率
    ("fcz-amount-01", "防城区去年产教融合奖补资金一共兑现了多少钱", "amount", ["436.5万元"], Z, FC, {}),
    ("fcz-amount-02", "防城区2025年奖补资金年初预算多少 执行了百分之多少", "amount", ["455万元", "95.9%"], Z, FC, {"two": True}),
    ("fcz-amount-03", "防城区认定的产教融合形企业每家奖了多少", "amount", ["每家12万元"], Z, FC, {}),
    ("fcz-amount-04", "防城区去年给认定企业的一次性奖励总共花了多少", "amount", ["一次性奖励132万元"], Z, FC, {}),
    ("fcz-amount-05", "防城区实训基地建设补助去年发了多少", "amount", ["实训基地建设补助196.5万元"], Z, FC, {}),
    ("fcz-amount-06", "防城区学徒培养补贴2025年发了多少钱", "amount", ["学徒培养补贴108万元"], Z, FC, {}),
    ("fcz-amount-fu-01", "其中实训基地和学徒各占多少", "amount", ["196.5万元", "108万元"], Z, FC,
     {"context": ["防城区去年奖补资金兑现了多少"], "two": True}),
    ("fct-amount-01", "防城区督查通报里整改完成率是多少", "amount", ["55.6%"], T, FC, {}),
    ("fct-amount-02", "防城区认定的企业每家奖多少 发晚了的那几家现在补发了没", "amount", ["每家12万元", "已完成"], T, FC,
     {"docs": BOTH, "two": True}),
    # person — lead units, contacts
    ("fcz-person-01", "防城区产教融合型企业认定是哪个单位牵头", "person", ["区发展和改革局牵头"], Z, FC, {}),
    ("fcz-person-02", "防城区实训基地建设归哪个部门管", "person", ["区教育局牵头"], Z, FC, {}),
    ("fcz-person-03", "防城区新型学徒制是哪个局负责的", "person", ["区人力资源和社会保障局牵头"], Z, FC, {}),
    ("fcz-person-04", "防城区这份工作总结有问题找谁 电话多少", "person", ["梁秋菊", "0770-3282519"], Z, FC, {"two": True}),
    ("fcz-person-05", "防城区奖补资金是谁负责兑现的", "person", ["区财政局会同区发展和改革局"], Z, FC, {}),
    ("fct-person-01", "防城区督查整改的事情联系谁", "person", ["韦家明", "0770-3286417"], T, FC, {}),
    ("fct-person-02", "防城区政策宣传不到位那个问题谁牵头整改", "person", ["★区发展和改革局"], T, FC, {}),
    ("fct-person-03", "防城区校企合作协议没重新签的那条 责任单位是哪个", "person", ["★区教育局"], T, FC, {}),
    ("fct-person-04", "防城区奖补资金绩效目标那条问题归谁整改", "person", ["★区财政局"], T, FC, {}),
    ("fct-person-05", "防城区这次专项督查是哪几家一起搞的", "person", ["区产教融合工作专班办公室会同区人民政府督查室"], T, FC, {}),
    ("fct-person-06", "防城区逾期没完成的整改项要向谁书面说明原因", "person", ["向区产教融合工作专班办公室书面说明原因"], T, FC, {}),
    ("fct-person-07", "防城区产教融合工作专班办公室设在哪个单位", "person", ["设在区发展和改革局"], T, FC, {}),
    ("fct-person-08", "防城区学徒补贴台账那个问题谁负责", "person", ["★区人力资源和社会保障局"], T, FC, {}),
    # time — 下一步工作打算, 督查 dates, 整改时限, reporting dates
    ("fcz-time-01", "防城区2026年产教融合型企业认定什么时候要全部搞完", "time", ["2026年10月31日前"], Z, FC, {}),
    ("fcz-time-02", "防城区全区校企对接会打算啥时候开", "time", ["2026年9月15日前"], Z, FC, {}),
    ("fcz-time-03", "防城区以后认定了奖补钱多长时间内拨到位", "time", ["认定文件印发后20个工作日内"], Z, FC, {}),
    ("fcz-time-04", "防城区2025年的结余资金什么时候清理完", "time", ["2026年3月底前"], Z, FC, {}),
    ("fct-time-01", "防城区这次专项督查是什么时候查的", "time", ["2026年2月23日至3月6日"], T, FC, {}),
    ("fct-time-02", "防城区通报里的整改情况统计截至哪天", "time", ["2026年4月3日"], T, FC, {}),
    ("fct-time-03", "防城区逾期的整改项要在哪天前交书面说明", "time", ["2026年4月15日前"], T, FC, {}),
    ("fct-time-04", "防城区整改进展每个月几号前报", "time", ["每月5日前"], T, FC, {}),
    ("fct-time-05", "防城区问题整改完了多久要交完成报告", "time", ["10个工作日内"], T, FC, {}),
    ("fct-time-06", "防城区整改回头看安排在啥时候", "time", ["2026年7月"], T, FC, {}),
    ("fct-time-07", "防城区政策宣传那条整改时限是哪天", "time", ["2026年3月10日前"], T, FC, {}),
    ("fct-time-08", "防城区奖补资金绩效目标那个问题要求啥时候改完", "time", ["2026年3月25日前"], T, FC, {}),
    ("fct-time-09", "防城区总结说今年企业认定啥时候前搞完 督查那边逾期的说明又要啥时候交", "time",
     ["2026年10月31日前", "2026年4月15日前"], T, FC, {"docs": BOTH, "two": True}),
    # count — figures achieved and targets, numbers of the 通报
    ("fcz-count-01", "防城区去年认定了多少家产教融合型企业", "count", ["认定区级产教融合型企业11家"], Z, FC, {}),
    ("fcz-count-02", "防城区企业认定年度目标是几家 完成了百分之多少", "count", ["10家", "110%"], Z, FC, {"two": True}),
    ("fcz-count-03", "防城区实训基地建成几个 目标是几个", "count", ["4个", "5个"], Z, FC, {"two": True}),
    ("fcz-count-04", "防城区累计认定了多少家产教融合型企业", "count", ["累计认定区级产教融合型企业27家"], Z, FC, {}),
    ("fcz-count-05", "防城区去年培养了多少学徒", "count", ["1046人"], Z, FC, {}),
    ("fcz-count-06", "防城区学徒里拿到职业技能等级证书的有多少人", "count", ["812人"], Z, FC, {}),
    ("fcz-count-07", "防城区去年新增了多少个实训工位", "count", ["新增实训工位380个"], Z, FC, {}),
    ("fcz-count-08", "防城区2025年新签了几份校企合作协议", "count", ["63份"], Z, FC, {}),
    ("fcz-count-09", "防城区认定的时候一共受理了多少家申报", "count", ["共受理申报19家"], Z, FC, {}),
    ("fcz-count-10", "防城区2026年计划认定多少家 新建几个基地", "count", ["不少于12家", "不少于3个"], Z, FC, {"two": True}),
    ("fct-count-01", "防城区这次督查一共查出几个问题", "count", ["共发现问题9个"], T, FC, {}),
    ("fct-count-02", "防城区整改项已完成几条 还有几条在整改", "count", ["已完成整改5个", "整改中3个"], T, FC, {"two": True}),
    ("fct-count-03", "防城区教育局牵头的整改项有几条", "count", ["区教育局牵头的3个问题"], T, FC, {}),
    ("fct-count-04", "防城区有几条整改逾期了", "count", ["逾期未完成1个"], T, FC, {}),
    ("fct-count-05", "防城区实训基地去年建成几个 没建成的那个现在整改到哪了", "count", ["4个", "整改中"], T, FC,
     {"docs": BOTH, "two": True}),
    # yesno
    ("fcz-yesno-01", "防城区去年实训基地的目标完成了吗", "yesno", ["年度目标未完成"], Z, FC, {}),
    ("fcz-yesno-02", "防城区产教融合型企业认定完成年度目标没有", "yesno", ["超额完成年度目标"], Z, FC, {}),
    ("fcz-yesno-03", "防城区学徒培养任务完成了吗", "yesno", ["104.6%"], Z, FC, {}),
    ("fcz-yesno-04", "防城区奖补资金去年都按时发下去了吗", "yesno", ["超过规定时限拨付"], Z, FC, {}),
    ("fcz-yesno-05", "金花茶产教通上能找实习岗位吗", "yesno", ["发布实习岗位1460个"], Z, "", {}),
    ("fct-yesno-01", "防城区教育局牵头的问题都整改完了吗", "yesno", ["1个逾期未完成"], T, FC, {}),
    ("fct-yesno-02", "防城区财政局牵头的整改项是不是都完成了", "yesno", ["已全部整改完成"], T, FC, {}),
    ("fct-yesno-03", "防城区学徒补贴台账的问题改好了没", "yesno", ["学徒培养补贴发放台账不完整", "已完成"], T, FC, {}),
    ("fct-yesno-04", "防城区整改完成了是不是就自动销号", "yesno", ["经专班办公室核实后销号"], T, FC, {}),
    ("fct-yesno-05", "防城区整改不力的单位会不会被通报", "yesno", ["对整改不力的单位在全区通报"], T, FC, {}),
    ("fct-yesno-06", "防城区校企合作协议重新签订那条整改按时完成了吗", "yesno", ["2026年3月18日前", "逾期"], T, FC, {}),
    ("fct-yesno-07", "防城区配合单位要不要对整改结果负责", "yesno", ["对整改结果负总责", "其他责任单位按职责配合"], T, FC, {}),
    # list — every item in must
    ("fcz-list-01", "防城区去年建成的实训基地是哪几个", "list",
     ["华石镇粮油加工实训基地", "水营街道海洋食品实训基地", "珠河街道跨境电商实训基地", "大菉镇香料加工实训基地"], Z, FC, {}),
    ("fcz-list-02", "防城区总结里提了哪些存在问题", "list",
     ["实训基地建设进度滞后", "奖补资金拨付不够及时", "企业培育区域分布不均衡", "合作期满后未重新签订", "深度不够"], Z, FC, {}),
    ("fcz-list-03", "防城区新认定的企业集中在哪些产业", "list", ["粮油加工", "边境贸易物流", "海洋食品", "香料加工"], Z, FC, {}),
    ("fcz-list-04", "防城区去年兑现的奖补资金分哪几块", "list",
     ["一次性奖励132万元", "实训基地建设补助196.5万元", "学徒培养补贴108万元"], Z, FC, {}),
    ("fcz-list-05", "防城区2025年产教融合重点任务是哪几项", "list", ["企业培育", "实训基地建设", "学徒培养", "奖补兑现"], Z, FC, {}),
    ("fct-list-01", "防城区哪些整改项逾期了", "list", ["校企合作协议合作期满后未重新签", "逾期"], T, FC, {}),
    ("fct-list-02", "防城区还在整改中的有哪几条", "list",
     ["那良镇边贸物流实训基地未按期建成", "滩营乡、扶隆镇尚无认定的产教融合型", "水营街道海洋食品实训基地使用率不高"], T, FC, {}),
    ("fct-list-03", "防城区区发展和改革局牵头的整改项有哪些", "list",
     ["滩营乡、扶隆镇尚无认定的产教融合型", "产教融合政策宣传不到位，企业知晓率", "年度总结中新增实训工位数据统计口径"], T, FC, {}),
    ("fct-list-04", "防城区已经整改完成的是哪几条", "list",
     ["一次性奖励资金超过规定时", "学徒培养补贴发放台账不完整", "产教融合政策宣传不到位，企业知晓率", "奖补资金绩效目标未细化量化",
      "年度总结中新增实训工位数据统计口径"], T, FC, {}),
    # docfact
    ("fcz-docfact-01", "防城区2025年产教融合工作总结的文号是多少", "docfact", ["防区产教办〔2026〕3号"], Z, FC, {}),
    ("fcz-docfact-02", "防城区这份总结是哪个单位报的 报给谁", "docfact", ["防城港市防城区产教融合工作领导小组办公室", "区人民政府"], Z, FC,
     {"two": True}),
    ("fcz-docfact-03", "防城区工作总结落款日期是哪天", "docfact", ["2026年1月20日"], Z, FC, {}),
    ("fcz-docfact-04", "防城区去年产教融合工作是按哪个文件部署的", "docfact",
     ["防城区产教融合三年行动计划（2024—2026年）", "防区政办发〔2024〕18号"], Z, FC, {}),
    ("fct-docfact-01", "防城区督查整改通报文号多少", "docfact", ["防区产教专班〔2026〕5号"], T, FC, {}),
    ("fct-docfact-02", "防城区这个整改通报哪天发的", "docfact", ["2026年4月8日"], T, FC, {}),
    ("fct-docfact-03", "防城区整改通报抄送了哪些单位", "docfact", ["区人民政府办公室", "区人民政府督查室"], T, FC, {}),
    ("fct-docfact-04", "防城区整改通报带的附件叫啥", "docfact", ["2025年度产教融合重点工作督查发现问题整改情况表"], T, FC, {}),
    ("fct-docfact-05", "防城区这次督查是对照哪些文件查的", "docfact", ["防区政办发〔2024〕18号", "防区产教办〔2026〕3号"], T, FC, {}),
    # general
    ("fcz-general-01", "防城区金花茶产教通平台是干啥用的", "general", ["发布企业岗位需求和院校专业信息"], Z, FC, {}),
    ("fcz-general-02", "防城区在产教融合政策宣传上做了啥", "general", ["防城区产教融合政策汇编", "产教融合专栏"], Z, FC, {}),
    ("fcz-general-03", "海湾粮油加工有限公司跟职业院校合作搞了啥", "general", ["共建了产业订单专业"], Z, "", {}),
    ("fct-general-01", "防城区整改表里打五角星是啥意思", "general", ["表中标注★的为牵头单位"], T, FC, {}),
    ("fct-general-02", "防城区逾期没完成的除了说明原因还要交啥", "general", ["提出新的完成时限和保障措施"], T, FC, {}),
    ("fct-general-03", "防城区政策宣传不到位那条是咋整改的", "general", ["编印政策明白纸"], T, FC, {}),
    ("fct-general-04", "防城区学徒补贴台账不完整准备怎么弄", "general", ["补齐台账"], T, FC, {}),
    ("fct-general-05", "防城区实训工位数据统计口径的问题咋整改", "general", ["重新核对数据，统一统计口径"], T, FC, {}),
    # region-scoped — a 镇 / 乡 / 街道 of 防城区
    ("fct-rs-01", "防城区那良镇的实训基地啥时候能建好", "region-scoped", ["2026年6月30日前"], T, NL, {}),
    ("fct-rs-02", "防城区那良镇基地没建成这事 除了教育局还有谁负责", "region-scoped", ["那良镇人民政府"], T, NL, {}),
    ("fct-rs-03", "滩营乡到现在还没有产教融合型企业 整改要求做到啥程度 期限是哪天", "region-scoped",
     ["每个乡镇至少培育", "2026年5月31日前"], T, TY, {"two": True}),
    ("fct-rs-04", "防城区水营街道那个海洋食品实训基地有啥问题 咋整改", "region-scoped", ["使用率不高", "制定基地开放共享计划"], T, SY,
     {"two": True}),
    ("fct-rs-05", "防城区扶隆镇企业培育那条整改是哪个单位牵头", "region-scoped", ["★区发展和改革局"], T, FL, {}),
    ("fct-rs-fu-01", "那这个问题整改期限是哪天 改完没", "region-scoped", ["2026年4月30日前", "整改中"], T, SY,
     {"context": ["防城区水营街道的海洋食品实训基地有啥问题"], "two": True}),
    ("fcz-rs-01", "防城区那良镇边贸物流实训基地为啥没按期建成", "region-scoped", ["因设备采购未完成"], Z, NL, {}),
    ("fcz-rs-02", "扶隆镇有认定的产教融合型企业吗", "region-scoped", ["扶隆镇尚无认定的产教融合型企业"], Z, FL, {}),
    ("fcz-rs-03", "防城区华石镇的实训基地是做啥的", "region-scoped", ["华石镇粮油加工实训基地"], Z, HS, {}),
    ("fcz-rs-04", "珠河街道去年建了个什么实训基地", "region-scoped", ["珠河街道跨境电商实训基地"], Z, ZH, {}),
    ("fcz-rs-05", "防城区大菉镇去年建成了实训基地没", "region-scoped", ["大菉镇香料加工实训基地"], Z, DL, {}),
    ("fcz-rs-06", "峒中镇那边有企业跟职业院校共建专业吗", "region-scoped", ["防城区峒中边贸物流有限公司"], Z, DZ, {}),
    ("fcz-rs-fu-01", "那今年计划啥时候建好投入使用", "region-scoped", ["2026年6月30日前建成投入使用"], Z, NL,
     {"context": ["防城区那良镇的边贸物流实训基地建成了没"]}),
    # unstated — three hierarchy traps (自治区 / 防城港市 / 上思县), four words no document of any round has
    ("x-f24-unstated-01", "广西去年认定了多少家产教融合型企业", "unstated", None, None, GX, {}),
    ("x-f24-unstated-02", "防城港市去年建成了几个产教融合实训基地", "unstated", None, None, FCG, {}),
    ("x-f24-unstated-03", "上思县学徒培养补贴去年发了多少", "unstated", None, None, SS, {}),
    ("x-f24-unstated-04", "防城区奖补资金比2024年同比增长了多少", "unstated", None, None, FC, {}),
    ("x-f24-unstated-05", "防城区整改不力的单位负责人会被诫勉谈话吗", "unstated", None, None, FC, {}),
    ("x-f24-unstated-06", "防城区整改逾期的单位要写检讨吗", "unstated", None, None, FC, {}),
    ("x-f24-unstated-07", "防城区这次督查组一共去了几个人", "unstated", None, None, FC, {}),
]

# give-away words of the unstated lines: HIER lines — words in the 总结 (which does not cover the place); the others — words
# in no document of any round
UNSTATED_ABSENT = {
    "x-f24-unstated-01": ["产教融合型企业"],
    "x-f24-unstated-02": ["产教融合实训基地"],
    "x-f24-unstated-03": ["学徒培养补贴"],
    "x-f24-unstated-04": ["同比"],
    "x-f24-unstated-05": ["诫勉"],
    "x-f24-unstated-06": ["检讨"],
    "x-f24-unstated-07": ["督查组"],
}
HIER = ["x-f24-unstated-01", "x-f24-unstated-02", "x-f24-unstated-03"]
# answerable lines without a region: an anchor word of their document only (no other document of any round)
REGION_FREE = {"fcz-yesno-05": "金花茶产教通", "fcz-general-03": "海湾粮油"}
# the answer is in one document although both talk about the topic
ONLY = ["fct-time-02", "fcz-amount-03", "fct-list-01", "fcz-person-04", "fct-yesno-06"]
