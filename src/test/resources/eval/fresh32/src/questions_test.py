"""Questions of fresh32-test.jsonl (新疆维吾尔自治区阿勒泰地区布尔津县: the 《布尔津县校企合作协议（示范文本）》 (2026年版, 18 articles)
as a LibreOffice PDF with the signature table on its last page, and the 布尔津县教育局　布尔津县人力资源和社会保障局关于做好校企合作
协议备案工作的通知 (布教发〔2026〕27号) as a portal .html page with an 附件 link list). Written from the documents only. Obligations,
periods and shares of a 协议 are asked from the 范本 (`doc` = the .pdf); who registers, deadlines, the system, materials, 审核,
consequences, the annual report and contacts from the 通知 (`doc` = the .html). A number the 范本 leaves blank is `unstated` (BLANKS).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL).
"""
BEJ = "新疆维吾尔自治区阿勒泰地区布尔津县"
CHE = BEJ + "冲乎尔镇"
WYM = BEJ + "窝依莫克镇"
KST = BEJ + "阔斯特克镇"
DLT = BEJ + "杜来提乡"
YGZ = BEJ + "也格孜托别乡"
HM = BEJ + "禾木哈纳斯蒙古族乡"
HBH = "新疆维吾尔自治区阿勒泰地区哈巴河县"
JMN = "新疆维吾尔自治区阿勒泰地区吉木乃县"
FH = "新疆维吾尔自治区阿勒泰地区福海县"
F = "buerjin-xieyi-fanben"
T = "buerjin-beian-tongzhi"
BOTH = [F, T]

QUESTIONS = [
    # amount — shares (比例) of the 范本; the 范本 leaves every sum of money blank
    ("bjf-amount-01", "我是布尔津一家旅游公司的人事 按县里的校企合作协议范本 实习生报酬最低给多少", "amount",
     ["报酬不低于本单位相同岗位试用期工资标准的85%"], F, BEJ, {}),
    ("bjf-amount-02", "布尔津校企合作范本里订单班学生毕业后企业最少录用多少", "amount", ["录用比例不低于60%"], F, BEJ, {}),
    ("bjf-amount-03", "布尔津的协议范本 实习成绩里企业评价占多少", "amount", ["乙方评价占50%"], F, BEJ, {}),
    ("bjf-amount-04", "布尔津范本实习报酬最低给多少 最晚每月几号前发", "amount", ["试用期工资标准的85%", "于次月10日前"], F, BEJ,
     {"two": True}),
    ("bjf-amount-fu-01", "学校的评价呢", "amount", ["甲方评价占50%"], F, BEJ, {"context": ["布尔津范本里实习成绩企业评价占多少"]}),
    ("bjf-amount-fu-02", "那实习报酬最低多少", "amount", ["相同岗位试用期工资标准的85%"], F, BEJ,
     {"context": ["布尔津范本订单班学生毕业企业最少要录用多少"]}),
    # person
    ("bjt-person-01", "布尔津校企合作协议备案的事 县教育局找谁 电话多少", "person", ["努尔兰·哈力克", "0906-6521837"], T, BEJ,
     {"two": True}),
    ("bjt-person-02", "我们是布尔津的企业 跟外地职业院校签了岗位实习协议 谁去备案 向哪个部门", "person",
     ["由本县企业向县人力资源和社会保障局备案"], T, BEJ, {}),
    ("bjt-person-03", "布尔津县职业技术学校跟企业签的协议向哪个部门备案", "person", ["由学校向县教育局备案"], T, BEJ, {}),
    ("bjt-person-04", "布尔津县外院校跟本地企业的协议备案 谁来审核", "person", ["县外院校协议为县人力资源和社会保障局"], T, BEJ, {}),
    ("bjt-person-05", "布尔津校企合作协议年度履行情况由谁来报", "person", ["学校和办理备案的企业"], T, BEJ, {}),
    ("bjt-person-fu-01", "人社局那边找谁", "person", ["蔺春燕"], T, BEJ, {"context": ["布尔津校企合作协议备案县教育局联系人是谁"]}),
    ("bjf-person-01", "布尔津范本里校企合作有纠纷 协商不成找谁调解", "person",
     ["布尔津县教育局会同布尔津县人力资源和社会保障局调解"], F, BEJ, {}),
    ("bjf-person-02", "布尔津范本里企业兼职教师的授课酬金由哪方付", "person", ["由甲方支付"], F, BEJ, {}),
    ("bjf-person-03", "布尔津范本里学校给企业职工培训 耗材的钱谁出", "person", ["培训所需耗材费用由乙方承担"], F, BEJ, {}),
    ("bjf-person-04", "布尔津范本说协议签完要备案 学校办还是企业办", "person", ["由甲方按照规定办理备案"], F, BEJ, {}),
    ("bjf-person-05", "布尔津范本里共建的实训基地平时谁管", "person", ["由甲方负责日常管理"], F, BEJ, {}),
    ("bjf-person-fu-01", "调解也不成呢", "person", ["向布尔津县人民法院提起诉讼"], F, BEJ,
     {"context": ["布尔津校企合作范本里协议纠纷协商不成怎么办"]}),
    # time
    ("bjt-time-01", "布尔津新签的校企合作协议几天内要备案", "time", ["自签订之日起10个工作日内备案"], T, BEJ, {}),
    ("bjt-time-02", "布尔津以前签的校企合作协议还在履行 最晚啥时候备案", "time", ["2026年11月13日前完成备案"], T, BEJ, {}),
    ("bjt-time-03", "布尔津已经备案的协议解除了 多久内要报告", "time", ["5个工作日内报告原备案部门"], T, BEJ, {}),
    ("bjt-time-04", "布尔津校企合作协议备案审核要几天", "time", ["8个工作日内完成审核"], T, BEJ, {}),
    ("bjt-time-05", "布尔津校企合作协议的年度履行情况每年啥时候前报", "time", ["每年12月22日前"], T, BEJ, {}),
    ("bjt-time-fu-01", "那通知发之前签的呢", "time", ["2026年11月13日前"], T, BEJ,
     {"context": ["布尔津新签的校企合作协议几天内要备案"]}),
    ("bjf-time-01", "布尔津校企合作协议范本要求合作期限最少几年", "time", ["不少于2年"], F, BEJ, {}),
    ("bjf-time-02", "布尔津范本里岗位实习一般放在第几学年 一般多长时间", "time", ["一般安排在第三学年", "时间一般不超过6个月"], F,
     BEJ, {"two": True}),
    ("bjf-time-03", "按布尔津范本 一方要提前解除协议得提前多久说", "time", ["提前60日书面通知对方"], F, BEJ, {}),
    ("bjf-time-04", "布尔津范本里保密义务管多少年", "time", ["保密期限至本协议终止后3年"], F, BEJ, {}),
    ("bjf-time-05", "布尔津范本 实习出了安全事故企业多久内要报告学校", "time", ["在1小时内报告甲方"], F, BEJ, {}),
    ("bjf-time-06", "布尔津范本里学校专业老师去企业实践 时间有啥要求", "time", ["每5年累计不少于6个月"], F, BEJ, {}),
    ("bjf-time-07", "布尔津的协议合作期满前多久可以谈续签", "time", ["合作期满前2个月内"], F, BEJ, {}),
    ("bjf-time-fu-01", "协议终止后企业的设备多久内收回", "time", ["协议终止后30日内收回设备"], F, BEJ,
     {"context": ["布尔津范本一方要提前解除协议得提前多久通知"]}),
    ("bjt-time-06", "布尔津范本说协议签完谁去办备案 几天之内要办", "time", ["由甲方按照规定办理备案", "10个工作日内备案"], T, BEJ,
     {"docs": BOTH, "two": True}),
    ("bjf-time-08", "布尔津范本要求合作最少几年 老协议得啥时候前备案", "time", ["不少于2年", "2026年11月13日前"], F, BEJ,
     {"docs": BOTH, "two": True}),
    # count
    ("bjf-count-01", "布尔津范本 企业指导教师按几个实习生配一个", "count", ["每8名实习学生至少配备1名"], F, BEJ, {}),
    ("bjf-count-02", "布尔津范本里企业最少派几个兼职教师", "count", ["不少于2名技术骨干"], F, BEJ, {}),
    ("bjf-count-03", "布尔津范本兼职教师一学年至少上多少课时", "count", ["每学年授课不少于60课时"], F, BEJ, {}),
    ("bjf-count-04", "布尔津范本 企业每年至少接收几名老师来实践", "count", ["不少于3名专业教师"], F, BEJ, {}),
    ("bjf-count-05", "布尔津范本里学校每年给企业职工培训多少人次", "count", ["技能培训不少于60人次"], F, BEJ, {}),
    ("bjf-count-06", "布尔津校企合作协议一式几份 双方各拿几份", "count", ["一式六份", "甲乙双方各执三份"], F, BEJ, {}),
    ("bjf-count-07", "布尔津范本里学生上岗前安全教育至少多少学时", "count", ["时间不少于12学时"], F, BEJ, {}),
    ("bjf-count-08", "布尔津范本 校内指导教师每周至少跟实习生联系几次", "count", ["每周至少与实习学生联系1次"], F, BEJ, {}),
    ("bjf-count-fu-01", "学校的校内指导教师呢", "count", ["每15名实习学生至少配备1名"], F, BEJ,
     {"context": ["布尔津范本企业指导教师按几个学生配一个"]}),
    # yesno
    ("bjf-yesno-01", "布尔津范本里实习生能安排夜班吗", "yesno", ["不得安排学生加班和夜班"], F, BEJ, {}),
    ("bjf-yesno-02", "布尔津的企业接收实习生要不要管住宿", "yesno", ["为实习学生提供安全卫生的住宿条件"], F, BEJ, {}),
    ("bjf-yesno-03", "布尔津范本里实习责任保险的钱能让学生出吗", "yesno", ["保险费用由乙方承担，不得转嫁给学生"], F, BEJ, {}),
    ("bjf-yesno-04", "布尔津范本 学校用企业投进来的设备要付钱吗", "yesno", ["合作期间由甲方无偿使用"], F, BEJ, {}),
    ("bjf-yesno-05", "布尔津范本里用不上的条款能直接不管吗", "yesno", ["未选用的条款应当划去"], F, BEJ, {}),
    ("bjt-yesno-01", "布尔津的企业网上办不了备案 能不能现场办", "yesno", ["县政务服务中心教育窗口现场办理"], T, BEJ, {}),
    ("bjt-yesno-02", "布尔津协议还没备案 学校能先安排学生去企业岗位实习吗", "yesno",
     ["学校不得安排学生到未备案协议的企业开展岗位实习"], T, BEJ, {}),
    ("bjf-yesno-fu-01", "那旅游旺季能集中安排学生实习吗", "yesno", ["每年6月至9月集中安排岗位实习"], F, BEJ,
     {"context": ["布尔津范本里实习学生能上夜班吗"]}),
    ("bjf-yesno-06", "布尔津岗位实习协议备案要交保险证明 这保险是不是企业出钱", "yesno", ["实习责任保险投保证明", "保险费用由乙方承担"], F,
     BEJ, {"docs": BOTH, "two": True}),
    # list
    ("bjt-list-01", "布尔津校企合作协议备案要交哪些材料", "list", ["备案表", "协议文本扫描件", "营业执照复印件", "实习责任保险投保证明"],
     T, BEJ, {}),
    ("bjt-list-02", "布尔津校企合作协议备案了有什么用", "list",
     ["认定产教融合型企业", "申报县级以上实训基地", "申报校企合作项目的必备材料"], T, BEJ, {}),
    ("bjt-list-03", "布尔津不按期备案会有什么后果", "list",
     ["不作为认定产教融合型企业和申报实训基地的依据", "不得安排学生到未备案协议的企业开展岗位实习", "取消其参加县级校企合作示范企业评选的资格"],
     T, BEJ, {}),
    ("bjt-list-04", "布尔津备案审核通过后系统里会公开哪些信息", "list", ["协议名称", "合作双方", "合作期限"], T, BEJ, {}),
    ("bjf-list-01", "布尔津校企合作范本里可以选哪些合作项目", "list", ["订单培养", "岗位实习", "共建实训基地", "师资互聘", "职工培训"], F,
     BEJ, {}),
    ("bjf-list-02", "布尔津范本里企业不能安排实习生干哪些活", "list", ["高空", "井下", "放射性", "有毒", "易燃易爆", "野外高风险向导"], F,
     BEJ, {}),
    ("bjf-list-03", "布尔津范本里协议的附件包括哪些", "list", ["实习岗位清单", "设备清单"], F, BEJ, {}),
    ("bjf-list-04", "布尔津范本里企业违反哪几项 学校可以马上召回学生", "list", ["第九条第（三）项、第（四）项或者第（五）项"], F, BEJ,
     {}),
    # docfact
    ("bjt-docfact-01", "布尔津校企合作协议备案通知的文号是多少", "docfact", ["布教发〔2026〕27号"], T, BEJ, {}),
    ("bjt-docfact-02", "布尔津备案通知的成文日期是哪天", "docfact", ["2026年8月19日"], T, BEJ, {}),
    ("bjt-docfact-03", "布尔津备案通知在县政府网站上哪天发布的", "docfact", ["2026-08-21"], T, BEJ, {}),
    ("bjt-docfact-04", "布尔津校企合作协议备案的系统叫什么", "docfact", ["布尔津县校企合作协议备案服务系统"], T, BEJ, {}),
    ("bjt-docfact-05", "布尔津备案咨询邮箱多少", "docfact", ["bejxqba@126.com"], T, BEJ, {}),
    ("bjt-docfact-06", "布尔津备案通知的索引号多少", "docfact", ["116543217263104588/2026-00512"], T, BEJ, {}),
    ("bjt-docfact-07", "布尔津备案通知的附件能下载哪些", "docfact",
     ["布尔津县校企合作协议（示范文本）.pdf", "布尔津县校企合作协议备案表.xlsx"], T, BEJ, {}),
    ("bjt-docfact-08", "布尔津示范文本是哪年版的 备案通知文号多少", "docfact", ["2026年版", "布教发〔2026〕27号"], T, BEJ,
     {"docs": BOTH, "two": True}),
    ("bjf-docfact-01", "布尔津校企合作协议示范文本是哪两个部门印制的", "docfact", ["布尔津县教育局", "布尔津县人力资源和社会保障局"], F,
     BEJ, {}),
    ("bjf-docfact-02", "按布尔津范本协议从什么时候生效", "docfact", ["自双方签字盖章之日起生效"], F, BEJ, {}),
    ("bjf-docfact-03", "布尔津范本里合作期满了协议怎么处理", "docfact", ["合作期满自然终止"], F, BEJ, {}),
    ("bjf-docfact-04", "布尔津校企合作协议范本依据的是哪些法规", "docfact",
     ["《中华人民共和国职业教育法》", "《职业学校学生实习管理规定》"], F, BEJ, {}),
    # general
    ("bjf-general-01", "布尔津范本里企业投的设备归谁所有", "general", ["乙方投入的设备所有权归乙方"], F, BEJ, {}),
    ("bjf-general-02", "布尔津范本 协议终止后企业想把设备留给学校继续用怎么办", "general", ["双方另行签订捐赠协议"], F, BEJ, {}),
    ("bjf-general-03", "布尔津范本 学校把设备用坏了怎么办", "general", ["由甲方负责修复", "正常损耗除外"], F, BEJ, {}),
    ("bjf-general-04", "布尔津校企合作范本里知识产权怎么算", "general", ["知识产权归双方共有", "知识产权归完成方所有"], F, BEJ, {}),
    ("bjf-general-05", "布尔津范本 企业违约了怎么处理", "general", ["应当承担违约责任", "还应当依法承担责任"], F, BEJ, {}),
    ("bjf-general-06", "布尔津范本 提前解除协议时学生还在实习怎么办", "general", ["妥善安置正在实习的学生"], F, BEJ, {}),
    ("bjf-general-07", "布尔津范本里合作经费能挪去干别的吗", "general", ["任何一方不得挪作他用"], F, BEJ, {}),
    ("bjt-general-01", "布尔津签协议没用示范文本 备案时要怎么处理", "general", ["说明与《示范文本》不一致的主要条款"], T, BEJ, {}),
    ("bjt-general-02", "布尔津备案材料不齐要补正怎么办", "general", ["一次性告知补正内容", "补正时间不计入审核时限"], T, BEJ, {}),
    ("bjt-general-03", "布尔津用示范文本签的协议 备案时有什么简便办法", "general", ["勾选“示范文本”选项即可"], T, BEJ, {}),
    # region-scoped — a 镇 / 乡 of 布尔津县
    ("bjf-rs-01", "我们是禾木乡一家民宿 想在夏天集中接收旅游专业学生实习 范本允许吗", "region-scoped",
     ["每年6月至9月集中安排岗位实习"], F, HM, {}),
    ("bjf-rs-02", "冲乎尔镇一家冷水鱼养殖公司接收实习生 每天最多干几个小时", "region-scoped", ["学生每天实习不超过8小时"], F, CHE,
     {}),
    ("bjf-rs-03", "窝依莫克镇的牧业公司接收实习生 要不要给学生安排住的地方", "region-scoped", ["提供安全卫生的住宿条件"], F, WYM, {}),
    ("bjf-rs-04", "冲乎尔镇的旅游公司能不能让实习生去当户外向导", "region-scoped", ["野外高风险向导"], F, CHE, {}),
    ("bjt-rs-01", "我们是阔斯特克镇的一家企业 跟县外一所职业学院签了订单培养协议 谁去备案", "region-scoped",
     ["由本县企业向县人力资源和社会保障局备案"], T, KST, {}),
    ("bjt-rs-02", "杜来提乡的企业去年跟县职校签的实习协议还在履行 最晚啥时候备案", "region-scoped", ["2026年11月13日前完成备案"], T,
     DLT, {}),
    ("bjt-rs-03", "也格孜托别乡一家企业没法网上办备案 能去哪办", "region-scoped", ["县政务服务中心教育窗口"], T, YGZ, {}),
    ("bjt-rs-fu-01", "我们跟县职校新签了岗位实习协议 多少天内要备案", "region-scoped", ["自签订之日起10个工作日内备案"], T, HM,
     {"context": ["我是禾木乡一家旅游公司的人事"]}),
    ("bjf-rs-fu-01", "毕业生我们最少得录用多少", "region-scoped", ["录用比例不低于60%"], F, WYM,
     {"context": ["我们是窝依莫克镇一家畜产品加工企业 跟县职业技术学校办了订单班"]}),
    # outofscope (this region)
    ("x-f32-outofscope-04", "布尔津去喀纳斯景区门票多少钱", "outofscope", None, None, BEJ, {}),
    ("x-f32-outofscope-05", "禾木村冬天能滑雪吗", "outofscope", None, None, HM, {}),
    ("x-f32-outofscope-06", "布尔津夜市烤鱼哪家好吃", "outofscope", None, None, BEJ, {}),
    # unstated — in the domain, stated by no document: give-away words in no document of any round, or a number the 范本 leaves blank
    ("x-f32-unstated-08", "布尔津的校企合作协议范本有没有哈萨克文版本", "unstated", None, None, BEJ, {}),
    ("x-f32-unstated-09", "布尔津除了实习责任保险 企业还要给实习生买商业保险吗", "unstated", None, None, BEJ, {}),
    ("x-f32-unstated-10", "布尔津的实习生每天要不要写实习日志", "unstated", None, None, BEJ, {}),
    ("x-f32-unstated-11", "布尔津的校企合作协议能签英文版吗", "unstated", None, None, BEJ, {}),
    ("x-f32-unstated-12", "布尔津范本里实训基地设备总价值要求多少万", "unstated", None, None, BEJ, {}),
    ("x-f32-unstated-13", "布尔津范本规定的订单班企业奖学金每人每年多少钱", "unstated", None, None, BEJ, {}),
    ("x-f32-unstated-14", "布尔津范本里违约金是多少", "unstated", None, None, BEJ, {}),
    # region-clash — neighbouring counties of 阿勒泰地区 with no document of their own
    ("x-f32-clash-04", "哈巴河县校企合作协议备案截止是哪天", "region-clash", None, None, HBH, {}),
    ("x-f32-clash-05", "吉木乃县校企合作协议示范文本里实习报酬最低多少", "region-clash", None, None, JMN, {}),
    ("x-f32-clash-06", "福海县校企合作协议备案联系人是谁", "region-clash", None, None, FH, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f32-unstated-08": ["哈萨克文"],
    "x-f32-unstated-09": ["商业保险"],
    "x-f32-unstated-10": ["实习日志"],
    "x-f32-unstated-11": ["英文版"],
}
# unstated lines asking for a number the 范本 leaves blank (see questions_dev.BLANKS)
BLANKS = {
    "x-f32-unstated-12": ("设备总价值", "设备总价值为________万元"),
    "x-f32-unstated-13": ("奖学金", "企业奖学金，标准为每人每学年________元"),
    "x-f32-unstated-14": ("违约金", "违约金________元"),
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"bjt-docfact-09": "额河", "bjf-general-08": "署名权"}
QUESTIONS += [
    ("bjt-docfact-09", "额河校企通备案系统的入口在哪", "docfact", ["门户网站“办事服务”栏目"], T, "", {}),
    ("bjf-general-08", "校企合作范本里说实习学生搞出的创新成果有署名权 具体怎么规定的", "general", ["学生在实习中为主完成的创新成果"], F,
     "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["bjt-time-01", "bjf-person-04", "bjf-yesno-03", "bjt-list-01", "bjt-yesno-02", "bjf-time-01", "bjt-docfact-07",
        "bjf-amount-01"]
