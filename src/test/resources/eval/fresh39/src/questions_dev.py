"""Questions of fresh39-dev.jsonl (湖北省襄阳市老河口市: 老河口市人力资源和社会保障局　老河口市经济和信息化局　老河口市教育局关于发布
《老河口市2026年重点产业紧缺技能人才需求目录》的通知 (老人社发〔2026〕14号, 2026年3月18日) with the 目录 as its 附件 — a PDF printed
by LibreOffice —, and the 《老河口市2026年重点产业紧缺技能人才需求目录》编制说明 (市人力资源和社会保障局, 2026年3月18日) as plain text
extracted from a PDF). Written from the documents only.
What the 目录 and its notice state (the rows: posts, 专业要求, 学历或技能等级要求, 需求人数, 薪酬区间, 紧缺程度; the notes: legend,
统计口径, 有效期, 职业分类大典; the notice: issuers, 文号, date, 产业, totals, use by schools and enterprises, 动态调整, contact) →
`doc` = the .pdf, also when the 编制说明 repeats it; what only the 编制说明 says (survey, findings, per-industry totals, changes
against 2025, 使用指引, subsidies, 更新机制, contacts) and questions that say they read it → `doc` = the .txt.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
LHK = "湖北省襄阳市老河口市"
GH = LHK + "光化街道"
ZY = LHK + "酂阳街道"
ML = LHK + "孟楼镇"
ZLQ = LHK + "竹林桥镇"
XJ = LHK + "薛集镇"
ZJ = LHK + "张集镇"
XRD = LHK + "仙人渡镇"
HSZ = LHK + "洪山嘴镇"
LL = LHK + "李楼镇"
ZYC = "湖北省襄阳市枣阳市"
YC = "湖北省襄阳市宜城市"
GC = "湖北省襄阳市谷城县"
M = "laohekou-jinque-mulu"
S = "laohekou-bianzhi-shuoming"
BOTH = [M, S]

QUESTIONS = [
    # amount
    ("lhm-amount-01", "老河口紧缺目录里数控车工一个月工资大概多少", "amount", ["4500—6500"], M, LHK, {}),
    ("lhm-amount-02", "老河口目录里工资最高的是哪个岗位 给多少", "amount", ["工艺工程师（电芯）", "8000—12000"], M, LHK,
     {"two": True}),
    ("lhm-amount-03", "老河口养老护理员在目录里月薪区间是多少", "amount", ["3300—4500"], M, LHK, {}),
    ("lhm-amount-fu-01", "那工资多少", "amount", ["4000—5500"], M, LHK, {"context": ["老河口紧缺目录里有叉车司机吗"]}),
    ("lhm-amount-04", "老河口目录里汽车焊装的焊工一个月能拿多少", "amount", ["4800—7000"], M, LHK, {}),
    ("lhm-amount-05", "老河口养老护理员工资多少 开这个岗位的订单班每个学生补多少", "amount",
     ["3300—4500", "按每生每年1200元给予补助"], M, LHK, {"docs": BOTH, "two": True}),
    ("lhs-amount-01", "老河口开紧缺岗位订单班 每个学生补助多少钱", "amount", ["按每生每年1200元给予补助"], S, LHK, {}),
    ("lhs-amount-02", "老河口订单班补助一个学校一年最多拿多少", "amount", ["单个院校每年最高30万元"], S, LHK, {}),
    ("lhs-amount-03", "老河口职工考了目录里岗位的中级工证 培训补贴能拿多少", "amount", ["中级工由每人1500元提高到1950元"], S, LHK,
     {}),
    ("lhs-amount-04", "老河口紧缺岗位技能提升补贴比平常上浮多少", "amount", ["上浮30%"], S, LHK, {}),
    ("lhs-amount-05", "老河口企业搞新型学徒制 目录内岗位每人每年补多少 别的岗位呢", "amount", ["每人每年6000元", "每人每年5000元"], S,
     LHK, {"two": True}),
    ("lhs-amount-fu-01", "按紧缺岗位上浮以后是多少", "amount", ["2600元"], S, LHK,
     {"context": ["老河口高级工培训补贴原来是多少"]}),
    # person
    ("lhm-person-01", "老河口紧缺技能人才需求目录是哪几个部门发的", "person",
     ["老河口市人力资源和社会保障局", "老河口市经济和信息化局", "老河口市教育局"], M, LHK, {}),
    ("lhm-person-02", "老河口目录有问题找谁 电话多少", "person", ["龚振宇", "0710-8236417"], M, LHK, {"two": True}),
    ("lhm-person-03", "老河口企业用工需求变了跟哪个部门说", "person", ["可随时向市人力资源和社会保障局反映"], M, LHK, {}),
    ("lhm-person-04", "老河口的紧缺目录是哪个部门牵头编的", "person", ["市人力资源和社会保障局会同市经济和信息化局、市教育局编制了"],
     M, LHK, {}),
    ("lhm-person-fu-01", "要跟谁合作开订单班", "person", ["与《目录》所列岗位的用人企业合作开设订单班"], M, LHK,
     {"context": ["老河口紧缺目录发了以后职业院校要怎么用"]}),
    ("lhs-person-01", "老河口订单班要报哪个部门备案", "person", ["报市教育局备案"], S, LHK, {}),
    ("lhs-person-02", "老河口订单班备案找谁 电话多少", "person", ["柯晓岚", "0710-8217735"], S, LHK, {"two": True}),
    ("lhs-person-03", "老河口企业用工需求是哪个股室收集的 联系人是谁", "person", ["市经济和信息化局产业发展股", "詹国栋"], S, LHK,
     {"two": True}),
    ("lhs-person-04", "老河口编紧缺目录的时候专家论证请了哪些专家", "person", ["邀请企业、院校和行业协会专家11人"], S, LHK, {}),
    ("lhs-person-05", "老河口紧缺岗位补贴的申请材料交给哪个部门", "person", ["报送市人力资源和社会保障局"], S, LHK, {}),
    ("lhs-person-06", "老河口紧缺目录的编制说明是哪个单位出的", "person", ["老河口市人力资源和社会保障局"], S, LHK, {}),
    ("lhs-person-07", "老河口求职者想做职业指导找谁 收不收钱", "person", ["公共就业服务机构免费提供职业指导"], S, LHK, {}),
    ("lhs-person-fu-01", "这个补贴有问题问谁", "person", ["龚振宇", "0710-8236417"], S, LHK,
     {"context": ["老河口紧缺岗位技能提升补贴怎么算"]}),
    # time
    ("lhm-time-01", "老河口紧缺技能人才需求目录有效期到什么时候", "time", ["2026年4月1日至2027年3月31日"], M, LHK, {}),
    ("lhm-time-02", "老河口紧缺目录是什么时候发布的", "time", ["2026年3月18日"], M, LHK, {}),
    ("lhm-time-fu-01", "用到哪天为止", "time", ["2027年3月31日"], M, LHK, {"context": ["老河口紧缺目录从哪天开始用"]}),
    ("lhm-time-03", "老河口目录有效期到哪天 下一版一般几月出", "time", ["2027年3月31日", "每年3月发布"], M, LHK,
     {"docs": BOTH, "two": True}),
    ("lhs-time-01", "老河口编这个目录的调查是什么时候做的", "time", ["2026年1月8日至2月20日"], S, LHK, {}),
    ("lhs-time-02", "老河口紧缺目录专家论证会哪天开的", "time", ["2026年3月6日（星期五）"], S, LHK, {}),
    ("lhs-time-03", "老河口订单班最晚哪天要报教育局备案", "time", ["2026年5月29日（星期五）前"], S, LHK, {}),
    ("lhs-time-04", "老河口紧缺岗位补贴一年什么时候受理", "time", ["每年6月和12月集中受理"], S, LHK, {}),
    ("lhs-time-05", "老河口紧缺岗位补贴下半年的申请材料最晚什么时候交", "time", ["12月20日前"], S, LHK, {}),
    ("lhs-time-06", "老河口紧缺目录多久更新一次 一般几月份发", "time", ["每年更新一次", "每年3月发布"], S, LHK, {"two": True}),
    ("lhs-time-07", "老河口年中有新项目投产 目录什么时候增补", "time", ["每年9月增补一次"], S, LHK, {}),
    ("lhs-time-08", "老河口新型学徒制补贴最长补几年", "time", ["补贴期限最长2年"], S, LHK, {}),
    ("lhs-time-fu-01", "协议至少要签几年", "time", ["订单协议期限不少于2年"], S, LHK, {"context": ["老河口紧缺岗位订单班有什么要求"]}),
    # count
    ("lhm-count-01", "老河口紧缺目录一共收了多少个岗位", "count", ["共收录岗位（工种）23个"], M, LHK, {}),
    ("lhm-count-02", "老河口目录里电池制造工要多少人", "count", ["150"], M, LHK, {}),
    ("lhm-count-03", "老河口目录里模具钳工需求几个人", "count", ["42"], M, LHK, {}),
    ("lhm-count-04", "老河口紧缺目录涵盖几个产业", "count", ["6个产业"], M, LHK, {}),
    ("lhs-count-01", "老河口医养健康产业在目录里一共要多少人", "count", ["医养健康需求188人"], S, LHK, {}),
    ("lhs-count-02", "老河口编目录调查了多少家企业 收回多少份", "count", ["168家企业", "收回有效调查表161份"], S, LHK, {"two": True}),
    ("lhs-count-03", "老河口目录里特别紧缺的岗位有几个", "count", ["特别紧缺岗位8个"], S, LHK, {}),
    ("lhs-count-04", "老河口订单班每班至少多少学生才能拿补助", "count", ["每班学生不少于20人"], S, LHK, {}),
    ("lhs-count-fu-01", "调出了几个", "count", ["3个供需基本平衡的岗位"], S, LHK, {"context": ["老河口今年紧缺目录新增了哪些岗位"]}),
    # yesno
    ("lhm-yesno-01", "老河口目录里的薪酬包不包括加班工资", "yesno", ["含基本工资、绩效工资和加班工资"], M, LHK, {}),
    ("lhm-yesno-02", "老河口目录的需求人数算不算临时用工", "yesno", ["不含临时用工"], M, LHK, {}),
    ("lhm-yesno-03", "老河口目录里叉车司机需要持证吗", "yesno", ["持特种设备"], M, LHK, {}),
    ("lhm-yesno-04", "老河口紧缺目录会动态调整吗", "yesno", ["实行动态调整"], M, LHK, {}),
    ("lhm-yesno-05", "老河口紧缺目录里有没有护士这个岗位", "yesno", ["3800—5500"], M, LHK, {}),
    ("lhm-yesno-06", "老河口的紧缺目录要求院校扩大招生吗", "yesno", ["适度扩大招生规模"], M, LHK, {}),
    ("lhm-yesno-fu-01", "专科能报吗", "yesno", ["本科及以上"], M, LHK, {"context": ["老河口目录里电芯工艺工程师要什么学历"]}),
    ("lhs-yesno-01", "老河口同一个学生能同时拿订单班补助和学徒制补贴吗", "yesno", ["同一学生不得同时享受订单班补助和新型学徒制补贴"], S,
     LHK, {}),
    ("lhs-yesno-02", "老河口技能提升补贴同一个等级能领两次吗", "yesno", ["同一职工同一职业同一等级的技能提升补贴只能享受一次"], S, LHK,
     {}),
    ("lhs-yesno-03", "老河口只有一颗星的岗位开订单班能拿补助吗", "yesno", ["紧缺程度为★★★或★★岗位订单班"], S, LHK, {}),
    ("lhs-yesno-04", "老河口本地没有对口专业的 院校能申报新专业吗", "yesno", ["鼓励院校申报新设专业"], S, LHK, {}),
    ("lhs-yesno-05", "老河口三星岗位对应专业今年秋季招生能减少吗", "yesno", ["2026年秋季招生计划原则上不低于上年"], S, LHK, {}),
    ("lhs-yesno-fu-01", "保育师是今年新加的吗", "yesno", ["保育师5个岗位"], S, LHK, {"context": ["老河口紧缺目录今年有没有新增岗位"]}),
    # list
    ("lhm-list-01", "老河口目录里汽车零部件行业有哪些紧缺岗位", "list", ["数控车工", "焊工（汽车焊装）", "汽车装调工", "模具钳工", "质量检验员"],
     M, LHK, {}),
    ("lhm-list-02", "老河口目录里医养健康要招哪些岗位", "list", ["养老护理员", "护士", "康复技术员", "保育师"], M, LHK, {}),
    ("lhm-list-03", "老河口目录里三颗星特别紧缺的岗位有哪些", "list",
     ["数控车工", "焊工（汽车焊装）", "模具钳工", "设备维修电工", "工艺工程师（电芯）", "养老护理员", "护士"], M, LHK, {}),
    ("lhm-list-04", "老河口紧缺目录包括哪些产业", "list", ["汽车及零部件制造、新能源电池、智能装备制造、农产品加工、现代物流、医养健康"], M,
     LHK, {}),
    ("lhm-list-05", "老河口目录里要求高级工以上的有哪几个岗位", "list", ["模具钳工", "设备维修电工"], M, LHK, {}),
    ("lhm-list-fu-01", "都有哪些岗位", "list", ["叉车司机", "仓储管理员", "物流调度员"], M, LHK,
     {"context": ["老河口紧缺目录里现代物流缺人吗"]}),
    ("lhm-list-06", "老河口紧缺技能人才需求目录里的岗位全部列一下", "list",
     ["数控车工", "电池制造工", "电工", "铣工", "粮油加工工", "叉车司机", "养老护理员", "保育师"], M, LHK, {"items": 23}),
    ("lhs-list-01", "老河口今年紧缺目录新增了哪些岗位", "list",
     ["工业机器人系统运维员、电池制造工、工艺工程师（电芯）、农产品电商运营员、保育师"], S, LHK, {}),
    ("lhs-list-02", "老河口编紧缺目录用了哪些办法", "list", ["书面调查", "实地走访和座谈", "数据比对", "专家论证"], S, LHK, {}),
    ("lhs-list-03", "老河口紧缺目录配套有哪些补贴政策", "list", ["紧缺岗位订单班补助", "紧缺岗位技能提升补贴", "新型学徒制补贴"], S, LHK,
     {}),
    ("lhs-list-04", "老河口目录今年调出了哪些岗位", "list", ["纺纱工、缝纫工、汽车维修工"], S, LHK, {}),
    # docfact
    ("lhm-docfact-01", "老河口紧缺人才目录的文号是多少", "docfact", ["老人社发〔2026〕14号"], M, LHK, {}),
    ("lhm-docfact-02", "老河口紧缺目录那张表有哪几列", "docfact",
     ["产业（行业）", "岗位（工种）", "专业要求", "学历或技能等级要求", "需求人数", "紧缺程度"], M, LHK, {}),
    ("lhm-docfact-03", "老河口目录里的岗位名称是参照什么定的", "docfact", ["《中华人民共和国职业分类大典（2022年版）》"], M, LHK, {}),
    ("lhm-docfact-04", "老河口目录的需求人数是按什么口径统计的", "docfact", ["调查企业2026年预计新增用工需求"], M, LHK, {}),
    ("lhm-docfact-05", "老河口发紧缺目录的通知带了什么附件 落款日期是哪天", "docfact",
     ["附件：老河口市2026年重点产业紧缺技能人才需求目录", "2026年3月18日"], M, LHK, {"two": True}),
    ("lhs-docfact-01", "老河口紧缺目录编制依据的是哪个文件", "docfact", ["《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）"], S,
     LHK, {}),
    ("lhs-docfact-02", "老河口紧缺目录的编制说明分几个部分", "docfact",
     ["一、编制目的和依据", "二、编制过程", "三、目录主要情况", "四、使用指引", "五、配套支持政策", "六、更新机制", "七、联系方式"], S, LHK, {}),
    ("lhs-docfact-03", "老河口编目录时比对的是哪个平台的数据", "docfact", ["老河口市公共就业服务平台2025年发布的岗位信息1.26万条"], S,
     LHK, {}),
    ("lhs-docfact-04", "老河口目录增补的岗位在哪里公布", "docfact", ["在市人力资源和社会保障局网站单独公布"], S, LHK, {}),
    # general
    ("lhm-general-01", "老河口目录里三颗星是什么意思 这样的岗位一共几个", "general", ["★★★为特别紧缺", "特别紧缺岗位8个"], M, LHK,
     {"docs": BOTH, "two": True}),
    ("lhm-general-02", "老河口目录里的薪酬区间是怎么算的", "general", ["试用期满后的月应发工资"], M, LHK, {}),
    ("lhm-general-03", "老河口企业招目录里的岗位能享受什么政策", "general", ["按规定享受紧缺岗位培训补贴等政策"], M, LHK, {}),
    ("lhm-general-04", "老河口企业需求变化大了 目录会怎么处理", "general", ["经核实后纳入下一年度《目录》"], M, LHK, {}),
    ("lhs-general-01", "老河口学生选专业怎么参考这个紧缺目录", "general", ["可参考《目录》所列岗位的需求人数、薪酬区间和紧缺程度"], S,
     LHK, {}),
    ("lhs-general-02", "老河口企业拿到紧缺目录能做些什么", "general", ["发布招聘信息", "参与院校人才培养方案制定", "接收学生岗位实习"], S,
     LHK, {}),
    ("lhs-general-03", "老河口要求高级工的岗位主要是哪些方面", "general", ["主要集中在模具、设备维修和工业机器人运维等岗位"], S, LHK, {}),
    ("lhs-general-04", "老河口目录的紧缺程度是怎么测算出来的", "general", ["测算各岗位求人倍率及平均招聘周期"], S, LHK, {}),
    ("lhs-general-05", "老河口开订单班要满足什么条件才能拿补助", "general", ["订单协议期限不少于2年、每班学生不少于20人"], S, LHK, {}),
    # region-scoped
    ("lhm-rs-01", "我们是孟楼镇一家汽车零部件厂 老河口目录里焊工工资标的多少", "region-scoped", ["4800—7000"], M, ML, {}),
    ("lhm-rs-02", "薛集镇的养老院招养老护理员 老河口目录里算几颗星", "region-scoped", ["3300—4500★★★"], M, XJ, {}),
    ("lhm-rs-03", "光化街道一家物流公司想招叉车司机 老河口目录里有啥要求", "region-scoped", ["持特种设备"], M, GH, {}),
    ("lhm-rs-04", "竹林桥镇的粮油加工企业想知道老河口目录里粮油加工工缺多少人", "region-scoped", ["110"], M, ZLQ, {}),
    ("lhm-rs-05", "仙人渡镇政府想知道老河口紧缺目录有效期到哪天", "region-scoped", ["2027年3月31日"], M, XRD, {}),
    ("lhm-rs-fu-01", "老河口目录里设备维修电工工资多少", "region-scoped", ["5200—7500"], M, HSZ,
     {"context": ["我是洪山嘴镇一家电池厂的人事"]}),
    ("lhs-rs-01", "张集镇一家企业想搞新型学徒制 老河口目录内岗位一年补多少", "region-scoped", ["每人每年6000元"], S, ZJ, {}),
    ("lhs-rs-02", "酂阳街道的职校跟企业开订单班 老河口每个学生补多少", "region-scoped", ["按每生每年1200元给予补助"], S, ZY, {}),
    ("lhs-rs-fu-01", "职工考了高级工证能补多少", "region-scoped", ["高级工由每人2000元提高到2600元"], S, LL,
     {"context": ["我在李楼镇的一家机械厂 刚看了老河口紧缺目录的编制说明"]}),
    # outofscope
    ("x-f39-outofscope-01", "老河口梨花湖景区门票多少钱", "outofscope", None, None, LHK, {}),
    ("x-f39-outofscope-02", "老河口明天会不会下雨", "outofscope", None, None, LHK, {}),
    ("x-f39-outofscope-03", "老河口锅盔哪家最好吃", "outofscope", None, None, LHK, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f39-unstated-01", "老河口目录里的岗位对年龄有没有限制", "unstated", None, None, LHK, {}),
    ("x-f39-unstated-02", "老河口目录里哪些岗位招女工", "unstated", None, None, LHK, {}),
    ("x-f39-unstated-03", "老河口目录里的数控车工能不能双休", "unstated", None, None, LHK, {}),
    ("x-f39-unstated-04", "外地户籍的职工在老河口能不能领紧缺岗位培训补贴", "unstated", None, None, LHK, {}),
    ("x-f39-unstated-05", "老河口紧缺岗位订单班的学生学费能减免吗", "unstated", None, None, LHK, {}),
    ("x-f39-unstated-06", "老河口目录里的工厂岗位要不要倒班", "unstated", None, None, LHK, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f39-clash-01", "枣阳市的紧缺技能人才需求目录有哪些岗位", "region-clash", None, None, ZYC, {}),
    ("x-f39-clash-02", "宜城开紧缺岗位订单班每个学生补多少", "region-clash", None, None, YC, {}),
    ("x-f39-clash-03", "谷城县紧缺人才目录有效期到什么时候", "region-clash", None, None, GC, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f39-unstated-01": ["年龄"],
    "x-f39-unstated-02": ["女工"],
    "x-f39-unstated-03": ["双休"],
    "x-f39-unstated-04": ["户籍"],
    "x-f39-unstated-05": ["学费"],
    "x-f39-unstated-06": ["倒班"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"lhm-count-05": "老人社发", "lhs-count-05": "纺纱工"}
QUESTIONS += [
    ("lhm-count-05", "老人社发2026年14号那个目录一共收了多少个岗位", "count", ["共收录岗位（工种）23个"], M, "", {}),
    ("lhs-count-05", "紧缺目录今年把纺纱工调出去了 一共调出几个岗位", "count", ["3个供需基本平衡的岗位"], S, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["lhm-time-01", "lhm-count-03", "lhm-yesno-02", "lhm-docfact-03", "lhs-time-02", "lhs-amount-04", "lhs-count-03",
        "lhs-list-04"]
