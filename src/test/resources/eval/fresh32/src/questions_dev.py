"""Questions of fresh32-dev.jsonl (河南省三门峡市: the 《三门峡市校企合作协议（示范文本）》 (2026年版, 17 articles) as a LibreOffice
.docx with the signature block as a real table, and the 三门峡市教育局　三门峡市人力资源和社会保障局关于做好校企合作协议备案工作的
通知 (三教职成〔2026〕38号) as a government site's 下载正文 .txt in GBK). Written from the documents only. Obligations, periods and
shares of a 协议 are asked from the 范本 (`doc` = the .docx); who registers, deadlines, the system, materials, 审核 times, what 备案
brings, consequences, the annual report and contacts from the 通知 (`doc` = the .txt). A number the 范本 leaves blank (________) is
`unstated` (BLANKS).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
SMX = "河南省三门峡市"
HB = SMX + "湖滨区"
SZ = SMX + "陕州区"
MC = SMX + "渑池县"
LS = SMX + "卢氏县"
YM = SMX + "义马市"
LB = SMX + "灵宝市"
AY = "河南省安阳市"
HBI = "河南省鹤壁市"
PY = "河南省濮阳市"
F = "sanmenxia-xieyi-fanben"
T = "sanmenxia-beian-tongzhi"
BOTH = [F, T]

QUESTIONS = [
    # amount — shares (比例) of the 范本; the 范本 leaves every sum of money blank
    ("smf-amount-01", "我是三门峡一家企业的人事 按市里的校企合作协议范本 实习生报酬最低得给多少", "amount",
     ["报酬不低于本单位相同岗位试用期工资标准的80%"], F, SMX, {}),
    ("smf-amount-02", "三门峡校企合作协议范本里 订单班学生毕业了企业最少要录用多少", "amount", ["乙方录用比例不低于70%"], F, SMX, {}),
    ("smf-amount-03", "三门峡的协议范本 实习考核成绩里企业的评价占多少", "amount", ["乙方评价占考核成绩的60%"], F, SMX, {}),
    ("smf-amount-04", "三门峡范本里学校和企业一起出钱买的设备 归属怎么算", "amount", ["按照出资比例共有"], F, SMX, {}),
    ("smf-amount-05", "三门峡校企合作范本规定实习报酬最低多少 实习责任保险的钱谁出", "amount",
     ["试用期工资标准的80%", "保险费用由乙方承担"], F, SMX, {"two": True}),
    ("smf-amount-fu-01", "那学校的评价占多少", "amount", ["甲方评价占40%"], F, SMX,
     {"context": ["三门峡协议范本里实习考核企业评价占多少"]}),
    ("smf-amount-fu-02", "实习报酬呢 最低给多少", "amount", ["相同岗位试用期工资标准的80%"], F, SMX,
     {"context": ["三门峡范本里订单班学生毕业企业最少录用多少"]}),
    # person
    ("smt-person-01", "三门峡校企合作协议备案有问题 市教育局找谁 电话多少", "person", ["杜文昊", "0398-2811742"], T, SMX,
     {"two": True}),
    ("smt-person-02", "我们是三门峡的技工院校 协议备案的事在市人社局找哪位", "person", ["柴红梅"], T, SMX, {}),
    ("smt-person-03", "三门峡校企合作协议备案到底是学校报还是企业报", "person", ["学校是备案责任主体"], T, SMX, {}),
    ("smt-person-04", "三门峡县里的职业学校签的合作协议 备案先由哪个部门初审", "person", ["由所在县（市、区）教育局在5个工作日内完成初审"],
     T, SMX, {}),
    ("smt-person-05", "三门峡市直技工院校的校企合作协议备案直接报哪个部门", "person", ["市直技工院校的协议直接报市人力资源和社会保障局"],
     T, SMX, {}),
    ("smt-person-fu-01", "人社局那边找谁", "person", ["柴红梅"], T, SMX, {"context": ["三门峡校企合作协议备案市教育局联系人是谁"]}),
    ("smf-person-01", "三门峡范本里校企合作闹了纠纷 协商不成可以找哪个部门协调", "person", ["可以请求三门峡市教育局协调"], F, SMX, {}),
    ("smf-person-02", "三门峡范本里企业兼职教师的授课酬金由谁来付", "person", ["由甲方支付"], F, SMX, {}),
    ("smf-person-03", "按三门峡的协议范本 订单班学生谁来招 企业能参与选人吗", "person",
     ["由甲方在相关专业在校生中招收", "乙方参与面试选拔"], F, SMX, {}),
    ("smf-person-04", "三门峡范本里说协议签完要备案 是学校办还是企业办", "person", ["由甲方按照规定办理备案"], F, SMX, {}),
    ("smf-person-05", "三门峡校企合作范本里 放在学校的实训基地平时归谁管", "person", ["负责校内实训基地的日常管理和维护"], F, SMX, {}),
    ("smf-person-fu-01", "市教育局协调也不成呢", "person", ["提交三门峡仲裁委员会仲裁"], F, SMX,
     {"context": ["三门峡校企合作协议范本里 双方闹纠纷协商不成怎么办"]}),
    # time
    ("smt-time-01", "三门峡新签的校企合作协议多少天之内要备案", "time", ["自协议签订之日起20个工作日内完成备案"], T, SMX, {}),
    ("smt-time-02", "三门峡以前签的校企合作协议还在履行 最晚啥时候补备案", "time", ["2026年10月30日前完成补充备案"], T, SMX, {}),
    ("smt-time-03", "三门峡已经备案的协议中途解除了 多长时间内要去注销备案", "time",
     ["10个工作日内办理变更备案或者注销备案"], T, SMX, {}),
    ("smt-time-04", "三门峡校企合作协议备案 县教育局初审要几天", "time", ["5个工作日内完成初审"], T, SMX, {}),
    ("smt-time-05", "三门峡校企协议备案市里复核要多长时间", "time", ["7个工作日内完成复核"], T, SMX, {}),
    ("smt-time-06", "三门峡学校的校企合作协议年度报告每年啥时候前交", "time", ["每年1月22日前"], T, SMX, {}),
    ("smt-time-07", "三门峡校企合作协议备案系统哪天开始能用", "time", ["2026年8月11日起开放"], T, SMX, {}),
    ("smt-time-fu-01", "那通知发之前签的老协议呢", "time", ["2026年10月30日前"], T, SMX,
     {"context": ["三门峡新签的校企合作协议几天内要备案"]}),
    ("smf-time-01", "三门峡校企合作协议范本要求合作期限最少几年", "time", ["不少于3年"], F, SMX, {}),
    ("smf-time-02", "三门峡范本里学生岗位实习一般多长时间", "time", ["岗位实习时间一般为6个月"], F, SMX, {}),
    ("smf-time-03", "按三门峡范本 一方要解除协议得提前多久通知对方", "time", ["提前30日书面通知对方"], F, SMX, {}),
    ("smf-time-04", "三门峡范本里的保密义务要管多久", "time", ["保密期限至本协议终止后2年"], F, SMX, {}),
    ("smf-time-05", "三门峡范本 实习生出了安全事故 企业要多久内告诉学校", "time", ["在2小时内报告甲方"], F, SMX, {}),
    ("smf-time-06", "三门峡范本里企业不打算录用订单班学生 要提前多久告诉学校", "time", ["在学生毕业前6个月书面告知甲方"], F, SMX,
     {}),
    ("smf-time-07", "三门峡校企合作协议快到期了 范本说啥时候可以谈续签", "time", ["合作期满前3个月内"], F, SMX, {}),
    ("smf-time-fu-01", "协议终止以后企业投在学校的设备多久内要拉走", "time", ["协议终止后60日内自行收回"], F, SMX,
     {"context": ["三门峡范本里一方要解除协议提前多久通知"]}),
    # count
    ("smf-count-01", "三门峡范本 企业指导教师一个人最多带几个实习生", "count", ["每10名实习学生至少配备1名"], F, SMX, {}),
    ("smf-count-02", "三门峡协议范本里企业最少要派几个兼职教师", "count", ["不少于3名技术骨干"], F, SMX, {}),
    ("smf-count-03", "三门峡范本规定兼职教师一学期至少上多少课时", "count", ["每学期授课不少于32课时"], F, SMX, {}),
    ("smf-count-04", "三门峡范本 学校每年最少派几个专业老师去企业实践", "count", ["每年选派不少于5名专业教师"], F, SMX, {}),
    ("smf-count-05", "三门峡范本里学校每年给企业职工培训至少多少人次", "count", ["技能培训不少于100人次"], F, SMX, {}),
    ("smf-count-06", "三门峡校企合作协议要签几份 各拿几份", "count", ["一式四份", "甲乙双方各执两份"], F, SMX, {}),
    ("smf-count-07", "三门峡范本 实习学生一周最多实习多少小时", "count", ["每周不超过40小时"], F, SMX, {}),
    ("smf-count-08", "三门峡范本里学生上岗前的安全教育至少多少学时", "count", ["时间不少于8学时"], F, SMX, {}),
    ("smf-count-fu-01", "学校的校内指导教师呢", "count", ["每20名实习学生至少配备1名"], F, SMX,
     {"context": ["三门峡范本企业指导教师按几个实习生配一个"]}),
    # yesno
    ("smf-yesno-01", "三门峡范本里实习生能不能安排上夜班", "yesno", ["不得安排学生加班和夜班"], F, SMX, {}),
    ("smf-yesno-02", "三门峡的企业能不能接收15岁的学生来岗位实习", "yesno", ["乙方不得接收未满16周岁的学生岗位实习"], F, SMX, {}),
    ("smf-yesno-03", "三门峡范本里实习报酬能不能发购物卡代替", "yesno", ["不得以物品代替"], F, SMX, {}),
    ("smf-yesno-04", "三门峡校企合作范本 实习责任保险的钱能让学生自己出吗", "yesno", ["保险费用由乙方承担，不得向学生收取"], F, SMX,
     {}),
    ("smf-yesno-05", "我们三门峡的学校能不能找中介公司帮忙管实习学生", "yesno", ["不得委托中介机构或者个人代为组织和管理学生实习"], F,
     SMX, {}),
    ("smf-yesno-06", "三门峡范本里第八条学生权益那几条 签的时候能不能删掉", "yesno", ["第八条关于实习学生权益保障的内容不得删减"], F,
     SMX, {}),
    ("smt-yesno-01", "三门峡学生去企业参观两个星期 这种也要备案吗", "yesno", ["可以不备案"], T, SMX, {}),
    ("smt-yesno-02", "三门峡岗位实习协议还没备案 学校能先把学生派过去吗", "yesno", ["学校不得安排学生到该企业岗位实习"], T, SMX, {}),
    ("smt-yesno-03", "三门峡一个学校跟同一家企业签了两个项目的协议 备一次案行不行", "yesno", ["应当分别备案"], T, SMX, {}),
    ("smf-yesno-fu-01", "国庆节能安排学生实习吗", "yesno", ["国家法定节假日不安排学生实习"], F, SMX,
     {"context": ["三门峡范本里实习生能上夜班吗"]}),
    ("smf-yesno-07", "三门峡岗位实习协议备案要交保险证明 这个保险是不是得企业出钱", "yesno", ["实习责任保险投保证明", "保险费用由乙方承担"], F,
     SMX, {"docs": BOTH, "two": True}),
    # list
    ("smt-list-01", "三门峡校企合作协议备案要准备哪些材料", "list",
     ["备案登记表", "协议文本扫描件", "营业执照复印件", "实习责任保险投保证明", "企业投入设备清单"], T, SMX, {}),
    ("smt-list-02", "三门峡校企合作协议备案了有啥用", "list",
     ["认定产教融合型企业", "申报市级产教融合实训基地", "校企合作示范项目的依据", "办学水平评价"], T, SMX, {}),
    ("smt-list-03", "三门峡校企合作协议不按规定备案会怎么样", "list",
     ["不作为认定产教融合型企业、申报实训基地的依据", "学校不得安排学生到该企业岗位实习", "予以通报"], T, SMX, {}),
    ("smt-list-04", "三门峡哪些校企合作协议需要备案", "list", ["订单培养", "岗位实习", "共建实训基地", "师资互聘", "均应当备案"], T,
     SMX, {}),
    ("smf-list-01", "三门峡范本里企业不能让实习生干哪些活", "list", ["高空", "井下", "放射性", "有毒", "易燃易爆"], F, SMX, {}),
    ("smf-list-02", "三门峡协议范本里学校这边要承担哪些义务", "list",
     ["共同制定人才培养方案和实习方案", "配备校内指导教师", "安全教育和实习纪律教育", "日常管理和维护", "技能培训不少于100人次"], F,
     SMX, {}),
    ("smf-list-03", "三门峡范本里企业违反哪几条 学校可以直接把学生召回解除协议", "list",
     ["第八条第（三）项、第（四）项或者第（五）项"], F, SMX, {}),
    ("smf-list-04", "三门峡校企合作范本里能合作的项目有哪些", "list", ["订单培养", "岗位实习", "共建实训基地", "师资互聘"], F, SMX, {}),
    # docfact
    ("smt-docfact-01", "三门峡那个校企合作协议备案通知的文号是多少", "docfact", ["三教职成〔2026〕38号"], T, SMX, {}),
    ("smt-docfact-02", "三门峡校企合作协议备案通知是哪天发的", "docfact", ["2026年8月4日"], T, SMX, {}),
    ("smt-docfact-03", "三门峡校企合作协议备案用的系统叫啥", "docfact", ["三门峡市校企合作协议备案管理系统"], T, SMX, {}),
    ("smt-docfact-04", "三门峡备案系统技术支持的邮箱是多少", "docfact", ["smxxqba@163.com"], T, SMX, {}),
    ("smt-docfact-05", "三门峡备案通知后面带了哪几个附件", "docfact", ["三门峡市校企合作协议（示范文本）", "三门峡市校企合作协议备案登记表"], T,
     SMX, {}),
    ("smt-docfact-06", "三门峡这个示范文本是哪年版的 备案通知文号又是多少", "docfact", ["2026年版", "三教职成〔2026〕38号"], T, SMX,
     {"docs": BOTH, "two": True}),
    ("smf-docfact-01", "三门峡校企合作协议示范文本是哪两个部门制定的", "docfact", ["三门峡市教育局", "三门峡市人力资源和社会保障局"], F, SMX,
     {}),
    ("smf-docfact-02", "按三门峡范本 校企合作协议从啥时候开始生效", "docfact", ["签字并加盖公章之日起生效"], F, SMX, {}),
    ("smf-docfact-03", "三门峡范本里签的补充协议算不算数", "docfact", ["补充协议与本协议具有同等效力"], F, SMX, {}),
    ("smf-docfact-04", "三门峡校企合作协议范本是依据哪些法规定的", "docfact",
     ["《中华人民共和国职业教育法》", "《职业学校校企合作促进办法》", "《职业学校学生实习管理规定》"], F, SMX, {}),
    # general
    ("smf-general-01", "三门峡范本里企业投到学校的设备归谁", "general", ["所有权归乙方", "甲方在合作期间享有使用权"], F, SMX, {}),
    ("smf-general-02", "三门峡范本 学校把企业的设备弄坏了怎么办", "general",
     ["由甲方承担修复费用或者按照设备折旧后的价值承担损失", "正常损耗除外"], F, SMX, {}),
    ("smf-general-03", "三门峡校企合作范本里知识产权怎么归属", "general", ["知识产权归双方共有", "知识产权归完成方所有"], F, SMX, {}),
    ("smf-general-04", "三门峡范本 协议解除的时候学生还在企业实习怎么办", "general",
     ["乙方应当安排在岗学生完成当期实习", "协助甲方另行安排实习岗位"], F, SMX, {}),
    ("smf-general-05", "三门峡范本里实习报酬该怎么发", "general", ["按月足额以货币形式直接支付给学生本人"], F, SMX, {}),
    ("smf-general-06", "三门峡范本里遇到不可抗力协议履行不了怎么办", "general", ["双方互不承担违约责任"], F, SMX, {}),
    ("smt-general-01", "三门峡校企合作协议备案审核是个什么流程", "general", ["完成初审", "报市级复核", "系统生成备案编号"], T, SMX, {}),
    ("smt-general-02", "三门峡签协议没用示范文本 备案时要多交什么", "general", ["条款对照表"], T, SMX, {}),
    ("smt-general-03", "三门峡备案材料被退回了怎么办", "general", ["3个工作日内补正后重新提交"], T, SMX, {}),
    ("smt-general-04", "三门峡备案的时候材料造假会怎样", "general", ["撤销该协议备案"], T, SMX, {}),
    ("smt-general-05", "三门峡协议是学校去备案 那我们企业要做什么", "general", ["合作企业应当予以配合"], T, SMX, {}),
    ("smt-time-08", "三门峡范本说协议签完由谁备案 备案得多少天内办完", "time", ["由甲方按照规定办理备案", "20个工作日内完成备案"], T,
     SMX, {"docs": BOTH, "two": True}),
    ("smf-time-08", "三门峡范本要求合作最少几年 以前签的老协议得啥时候前补备案", "time", ["不少于3年", "2026年10月30日前"], F, SMX,
     {"docs": BOTH, "two": True}),
    # region-scoped — a 县（市、区） of 三门峡市
    ("smt-rs-01", "我们是灵宝市一所职业学校 去年跟企业签的实训基地协议还在履行 最晚啥时候补备案", "region-scoped",
     ["2026年10月30日前完成补充备案"], T, LB, {}),
    ("smt-rs-02", "渑池县职教中心跟企业签的协议 备案初审归哪个部门 要几天", "region-scoped",
     ["由所在县（市、区）教育局在5个工作日内完成初审"], T, MC, {}),
    ("smt-rs-03", "我是义马市一家煤化工企业的人事 跟学校签了岗位实习协议 备案是我们去报吗", "region-scoped", ["学校是备案责任主体"],
     T, YM, {}),
    ("smt-rs-04", "灵宝市技工学校的校企合作协议备案 初审是教育局还是人社局", "region-scoped",
     ["技工院校的协议由所在县（市、区）人力资源和社会保障局初审"], T, LB, {}),
    ("smf-rs-01", "卢氏县一家食用菌企业接收职校实习生 每天最多能干几个小时", "region-scoped", ["学生每天实习不超过8小时"], F, LS, {}),
    ("smf-rs-02", "陕州区一家汽车零部件公司跟学校共建实训基地 投进去的设备归谁", "region-scoped", ["所有权归乙方"], F, SZ, {}),
    ("smf-rs-03", "湖滨区的酒店接收旅游专业实习生 实习报酬最低给多少", "region-scoped", ["相同岗位试用期工资标准的80%"], F, HB, {}),
    ("smt-rs-fu-01", "我们跟企业新签了订单班协议 多少天内要备案", "region-scoped", ["自协议签订之日起20个工作日内完成备案"], T, SZ,
     {"context": ["我是陕州区一所职业高中负责校企合作的老师"]}),
    ("smf-rs-fu-01", "企业指导教师要配多少", "region-scoped", ["每10名实习学生至少配备1名"], F, MC,
     {"context": ["我们是渑池县一家铝加工企业 准备跟职校签岗位实习协议"]}),
    # outofscope (this region)
    ("x-f32-outofscope-01", "三门峡天鹅湖几月份去看天鹅最好", "outofscope", None, None, SMX, {}),
    ("x-f32-outofscope-02", "灵宝苹果哪里买的正宗", "outofscope", None, None, LB, {}),
    ("x-f32-outofscope-03", "渑池仰韶文化博物馆几点开门", "outofscope", None, None, MC, {}),
    # unstated — in the domain, stated by no document: give-away words in no document of any round, or a number the 范本 leaves blank
    ("x-f32-unstated-01", "三门峡的校企合作协议要不要交印花税", "unstated", None, None, SMX, {}),
    ("x-f32-unstated-02", "三门峡的校企合作协议能不能签电子合同", "unstated", None, None, SMX, {}),
    ("x-f32-unstated-03", "三门峡范本里有没有订单班学生的竞业限制条款", "unstated", None, None, SMX, {}),
    ("x-f32-unstated-04", "三门峡校企合作协议备案收不收备案费", "unstated", None, None, SMX, {}),
    ("x-f32-unstated-05", "三门峡范本里违约金定的是多少钱", "unstated", None, None, SMX, {}),
    ("x-f32-unstated-06", "三门峡范本规定兼职教师授课酬金每课时多少钱", "unstated", None, None, SMX, {}),
    ("x-f32-unstated-07", "三门峡范本里订单班一个班招多少人", "unstated", None, None, SMX, {}),
    # region-clash — other cities of the province with no document of their own
    ("x-f32-clash-01", "安阳市校企合作协议备案截止到哪天", "region-clash", None, None, AY, {}),
    ("x-f32-clash-02", "鹤壁市校企合作协议示范文本里实习报酬最低给多少", "region-clash", None, None, HBI, {}),
    ("x-f32-clash-03", "濮阳市校企合作协议备案找谁联系", "region-clash", None, None, PY, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f32-unstated-01": ["印花税"],
    "x-f32-unstated-02": ["电子合同"],
    "x-f32-unstated-03": ["竞业限制"],
    "x-f32-unstated-04": ["备案费"],
}
# unstated lines asking for a number the 范本 leaves blank: the anchor is followed by a run of underscores in the 范本, and the
# word in the question is in the 范本 (the clause exists, its number does not)
BLANKS = {
    "x-f32-unstated-05": ("违约金", "违约金________元"),
    "x-f32-unstated-06": ("授课酬金", "授课酬金标准为每课时________元"),
    "x-f32-unstated-07": ("订单班", "订单班人数为________人"),
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"smt-docfact-07": "崤函", "smf-general-07": "对账"}
QUESTIONS += [
    ("smt-docfact-07", "崤函校企通那个备案系统从哪里登录", "docfact", ["三门峡市教育局网站“政务服务”栏目"], T, "", {}),
    ("smf-general-07", "校企合作范本里说合作经费要对账 多久对一次", "general", ["双方每年对合作经费使用情况对账一次"], F, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["smt-time-01", "smf-person-04", "smf-yesno-04", "smt-list-01", "smt-yesno-02", "smf-time-01", "smt-docfact-05",
        "smf-amount-01"]
