"""Questions of fresh34-dev.jsonl (江苏省常州市: the news article 常州市召开2026年职业教育产教融合推进会 / 36个校企合作项目集中签约
(event 2026年4月16日, published 2026-04-17 08:45) as a page of the city government's portal, and the 常州晋陵职业技术学院2025年度
职业教育质量报告（产教融合篇） (2026年1月28日) as a LibreOffice PDF with three tables). Written from the documents only. What the
meeting did — who spoke / chaired, the signing (number, 协议总投资, 企业投资, kinds of projects, fields), the city-wide 2025 figures,
the 三年行动计划's 2028 targets, the 专项资金, the 示范产业学院 list, the 晋陵 – 翼航 agreement, the article's chrome — is asked from
the news (`doc` = the .html); the college's own figures (表1 指标 2024 / 2025, 产业学院, 实训基地 with investments, 兼职教师, 恒锂班,
problems, 2026 targets, its people and contact) from the report (`doc` = the .pdf).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
CZ = "江苏省常州市"
TN = CZ + "天宁区"
ZL = CZ + "钟楼区"
XB = CZ + "新北区"
WJ = CZ + "武进区"
JT = CZ + "金坛区"
LY = CZ + "溧阳市"
WX = "江苏省无锡市"
YZ = "江苏省扬州市"
TZ = "江苏省泰州市"
X = "changzhou-tuijinhui-xinwen"
B = "changzhou-zhiliang-baogao"
BOTH = [X, B]

QUESTIONS = [
    # amount
    ("czb-amount-01", "常州晋陵职业技术学院2025年新建的几个实训基地一共投了多少钱", "amount", ["总投资4060万元"], B, CZ, {}),
    ("czb-amount-02", "常州晋陵职院那些校企共建实训基地里企业自己掏了多少钱", "amount", ["企业投入2190万元"], B, CZ, {}),
    ("czb-amount-03", "常州晋陵学院动力电池检测与装配实训中心总投资多少 企业出了多少", "amount", ["1260", "780"], B, CZ,
     {"two": True}),
    ("czb-amount-04", "常州晋陵职业技术学院2025年企业捐的设备值多少钱", "amount", ["786.30万元"], B, CZ, {}),
    ("czb-amount-05", "常州晋陵职院去年技术服务到账多少钱 比前一年多了多少", "amount", ["1712.40万元", "增加326.80万元"], B, CZ,
     {"two": True}),
    ("czb-amount-06", "常州晋陵学院的恒锂奖学金企业一年出多少钱", "amount", ["每年出资30万元"], B, CZ, {}),
    ("czb-amount-07", "常州晋陵职业技术学院建实训基地企业投入占总投资的比例是多少", "amount", ["占总投资的53.9%"], B, CZ, {}),
    ("czb-amount-08", "常州晋陵职院2026年技术服务到账的目标定的多少", "amount", ["技术服务到账金额达到2000万元"], B, CZ, {}),
    ("czb-amount-fu-01", "那2024年是多少", "amount", ["612.50"], B, CZ,
     {"context": ["常州晋陵职院2025年企业捐赠设备值是多少"]}),
    ("czx-amount-01", "常州这次产教融合推进会上签约的项目协议总投资有多少", "amount", ["协议总投资18.6亿元"], X, CZ, {}),
    ("czx-amount-02", "常州推进会签约项目里面企业投资是多少", "amount", ["其中企业投资11.3亿元"], X, CZ, {}),
    ("czx-amount-03", "常州市2026年财政给职业教育产教融合安排了多少专项资金", "amount", ["专项资金8000万元"], X, CZ, {}),
    ("czx-amount-04", "常州晋陵职院和翼航无人机要共建的那个实训中心 首期投多少钱", "amount", ["首期投入2800万元"], X, CZ, {}),
    ("czx-amount-fu-01", "协议总投资多少", "amount", ["18.6亿元"], X, CZ, {"context": ["常州推进会现场签了多少个校企合作项目"]}),
    ("czb-amount-12", "常州晋陵学院2026年新建实训基地计划投多少 推进会上签的无人机实训中心首期投多少", "amount",
     ["总投资不低于3000万元", "首期投入2800万元"], B, CZ, {"docs": BOTH, "two": True}),
    # person
    ("czb-person-02", "常州晋陵职院哪个副校长分管产教融合", "person", ["副校长薛文静分管产教融合与校企合作工作"], B, CZ, {}),
    ("czb-person-03", "常州晋陵学院质量报告有疑问找谁 电话多少", "person", ["巢国庆", "0519-86931172"], B, CZ, {"two": True}),
    ("czb-person-04", "常州晋陵职业技术学院智能装备产业学院的院长是谁", "person", ["殷志华兼任智能装备产业学院院长"], B, CZ, {}),
    ("czb-person-05", "常州晋陵职院的光伏储能产业学院是跟哪家企业一起办的", "person", ["常州天曜光能科技有限公司"], B, CZ, {}),
    ("czb-person-07", "常州晋陵职业技术学院校企合作归哪个部门管", "person", ["合作发展处是学校校企合作工作的归口管理部门"], B, CZ,
     {}),
    ("czb-person-fu-01", "是跟哪家企业合作建的", "person", ["常州轨联交通装备有限公司"], B, CZ,
     {"context": ["常州晋陵职院轨道车辆检修实训基地是什么时候建成的"]}),
    ("czx-person-01", "常州职业教育产教融合推进会是哪位副市长出席讲话的", "person", ["副市长钟雅琴出席会议并讲话"], X, CZ, {}),
    ("czx-person-02", "常州这次推进会是谁主持的", "person", ["市政府副秘书长周立恒主持会议"], X, CZ, {}),
    ("czx-person-03", "常州推进会上是谁通报的全市产教融合工作情况", "person", ["市教育局局长曹建平"], X, CZ, {}),
    ("czx-person-04", "常州推进会上作为企业代表发言的是谁", "person", ["常州恒锂新能源科技有限公司董事长陆振宁"], X, CZ, {}),
    ("czx-person-05", "常州推进会这篇新闻是哪个记者写的", "person", ["记者 严晓岚"], X, CZ, {}),
    ("czx-person-06", "常州晋陵职院的低空经济产业学院是和哪家公司合作共建的", "person", ["常州翼航无人机科技有限公司"], X, CZ, {}),
    ("czx-person-fu-01", "学校代表是谁", "person", ["常州晋陵职业技术学院校长蒋立诚"], X, CZ,
     {"context": ["常州推进会上是哪家企业的代表发言的"]}),
    ("czb-person-08", "常州晋陵职业技术学院分管产教融合的副校长是谁 校长在推进会上说学校要以啥为契机", "person",
     ["副校长薛文静", "以低空经济产业学院建设为契机"], B, CZ, {"docs": BOTH, "two": True}),
    # time
    ("czb-time-01", "常州晋陵职业技术学院2025年度质量报告是哪天发布的", "time", ["2026年1月28日"], B, CZ, {}),
    ("czb-time-02", "常州晋陵职院的光伏储能产业学院什么时候成立的", "time", ["于2025年5月成立"], B, CZ, {}),
    ("czb-time-03", "常州晋陵学院恒锂班是从哪年开始办的", "time", ["2023年起"], B, CZ, {}),
    ("czb-time-04", "常州晋陵职业技术学院新能源动力电池产业学院哪年评上的市示范产业学院", "time",
     ["2024年入选首批常州市示范产业学院"], B, CZ, {}),
    ("czb-time-05", "常州晋陵职院质量报告里的数据统计到什么时候为止", "time", ["统计截止时间为2025年12月31日"], B, CZ, {}),
    ("czb-time-07", "常州晋陵职业技术学院企业兼职教师多长时间聘一次", "time", ["每学年聘任一次"], B, CZ, {}),
    ("czb-time-fu-01", "智能装备产业学院呢", "time", ["2022年6月"], B, CZ,
     {"context": ["常州晋陵职院新能源动力电池产业学院是哪年成立的"]}),
    ("czx-time-01", "常州2026年职业教育产教融合推进会是哪天开的", "time", ["4月16日下午"], X, CZ, {}),
    ("czx-time-02", "常州推进会那篇新闻是什么时候发在政府网站上的", "time", ["2026-04-17 08:45"], X, CZ, {}),
    ("czx-time-03", "常州深化产教融合三年行动计划是哪几年的", "time", ["2026—2028年"], X, CZ, {}),
    ("czx-time-fu-01", "要到哪年建成", "time", ["到2028年"], X, CZ, {"context": ["常州的三年行动计划说要建几个市域产教联合体"]}),
    # count
    ("czb-count-01", "常州晋陵职业技术学院现在一共有多少家合作企业", "count", ["合作企业总数达到318家"], B, CZ, {}),
    ("czb-count-02", "常州晋陵职院2025年开了几个订单班 一共多少学生", "count", ["订单班27个", "订单班学生1254人"], B, CZ,
     {"two": True}),
    ("czb-count-03", "常州晋陵学院企业兼职教师有多少人", "count", ["聘请企业兼职教师241人"], B, CZ, {}),
    ("czb-count-04", "常州晋陵职业技术学院跟企业共建了几个产业学院", "count", ["共建产业学院4个"], B, CZ, {}),
    ("czb-count-05", "常州晋陵职院几个产业学院加起来一共多少在读学生", "count", ["在读学生合计1361人"], B, CZ, {}),
    ("czb-count-06", "常州晋陵学院2025年新建了几个校企共建实训基地 新增多少个工位", "count",
     ["新建校企共建实训基地5个", "新增实训工位408个"], B, CZ, {"two": True}),
    ("czb-count-08", "常州晋陵职院2025年给企业做了多少人次的职工培训", "count", ["职工培训23800人次"], B, CZ, {}),
    ("czb-count-09", "常州晋陵学院2025届恒锂班毕业多少人 有几个留在企业", "count", ["毕业生98人", "就业的84人"], B, CZ,
     {"two": True}),
    ("czb-count-11", "常州晋陵职院2026年合作企业要达到多少家", "count", ["合作企业达到350家"], B, CZ, {}),
    ("czb-count-fu-01", "那轨道交通装备产业学院呢", "count", ["298"], B, CZ,
     {"context": ["常州晋陵职院新能源动力电池产业学院在读学生有多少"]}),
    ("czx-count-01", "常州推进会现场签了多少个校企合作项目", "count", ["36个校企合作项目现场签约"], X, CZ, {}),
    ("czx-count-02", "常州全市的职业院校2025年一共跟多少家企业有合作", "count", ["全市职业院校与4260家企业开展合作"], X, CZ,
     {}),
    ("czx-count-03", "常州这次签约项目里产业学院共建的有几个", "count", ["产业学院共建项目9个"], X, CZ, {}),
    ("czx-count-04", "常州三年行动计划要培育多少家市级产教融合型企业", "count", ["培育市级产教融合型企业100家"], X, CZ, {}),
    ("czx-count-05", "常州第二批示范产业学院一共有几个", "count", ["共12个产业学院入选"], X, CZ, {}),
    ("czx-count-07", "常州全市到现在一共建成了多少个产业学院", "count", ["累计建成产业学院57个"], X, CZ, {}),
    ("czx-count-fu-01", "订单培养的有几个", "count", ["订单培养项目8个"], X, CZ,
     {"context": ["常州推进会签约项目里实训基地共建的有几个"]}),
    ("czx-count-08", "常州晋陵职院自己有几个产业学院 常州全市累计又有多少个", "count", ["共建产业学院4个", "累计建成产业学院57个"], X,
     CZ, {"docs": BOTH, "two": True}),
    # yesno
    ("czb-yesno-02", "常州晋陵职院2026年是不是打算再建一个产业学院", "yesno", ["新建低空经济产业学院1个"], B, CZ, {}),
    ("czb-yesno-03", "常州晋陵学院的共建实训基地企业会派人参与管理吗", "yesno", ["企业派驻技术人员参与日常管理"], B, CZ, {}),
    ("czb-yesno-04", "常州晋陵职业技术学院恒锂班企业参不参与招生", "yesno", ["企业全程参与招生、课程设置、教学和考核"], B, CZ,
     {}),
    ("czb-yesno-05", "常州晋陵职院的实训基地除了学生实训 还给企业培训员工吗", "yesno", ["承担企业员工培训和产品检测任务"], B, CZ,
     {}),
    ("czx-yesno-01", "常州推进会上有没有发布什么新的行动计划", "yesno", ["《常州市深化产教融合三年行动计划（2026—2028年）》"],
     X, CZ, {}),
    ("czx-yesno-02", "常州推进会开会前有没有组织去现场观摩", "yesno", ["实地观摩了常州晋陵职业技术学院动力电池检测与装配实训中心"],
     X, CZ, {}),
    ("czx-yesno-03", "常州这次推进会有没有公布示范产业学院名单", "yesno", ["公布了第二批常州市示范产业学院名单"], X, CZ, {}),
    # list
    ("czb-list-01", "常州晋陵职业技术学院都有哪些产业学院", "list",
     ["新能源动力电池产业学院", "智能装备产业学院", "轨道交通装备产业学院", "光伏储能产业学院"], B, CZ, {}),
    ("czb-list-03", "常州晋陵学院2025年新建的实训基地分别是哪些", "list",
     ["动力电池检测与装配实训中心", "工业机器人集成应用实训基地", "轨道车辆检修实训基地", "光伏储能系统集成实训室",
      "数字化产线虚拟仿真实训中心"], B, CZ, {}),
    ("czb-list-04", "常州晋陵职业技术学院2026年定了哪些工作目标", "list",
     ["合作企业达到350家", "订单班学生达到1400人", "企业兼职教师达到270人", "新建低空经济产业学院1个",
      "新建校企共建实训基地不少于3个", "技术服务到账金额达到2000万元"], B, CZ, {}),
    ("czb-list-05", "常州晋陵职院质量报告里自己说存在哪些问题", "list",
     ["参与人才培养的深度不均衡", "教学能力有待提升", "运行机制和经费保障需要进一步完善"], B, CZ, {}),
    ("czx-list-01", "常州推进会签约的项目都涉及哪些产业", "list", ["新能源、智能装备、轨道交通、低空经济、生物医药"], X, CZ, {}),
    ("czx-list-02", "常州副市长在推进会上提了哪几点要求", "list", ["聚焦重点产业链", "压实企业主体作用", "强化要素保障"], X, CZ,
     {}),
    ("czx-list-03", "常州三年行动计划到2028年要完成哪些目标", "list",
     ["市域产教联合体3个", "行业产教融合共同体10个", "培育市级产教融合型企业100家", "新建市级产教融合实训基地30个",
      "职业院校订单培养学生年均达到1.5万人"], X, CZ, {}),
    ("czx-list-04", "常州2026年全市要重点推进的是哪三项工作", "list",
     ["产教联合体实体化运行", "百名工匠进校园", "职业院校专业动态调整"], X, CZ, {}),
    # docfact
    ("czb-docfact-01", "常州晋陵职业技术学院质量报告里的数据是从哪里来的", "docfact", ["人才培养工作状态数据采集平台"], B, CZ,
     {}),
    ("czb-docfact-02", "常州晋陵职院这份质量报告是哪个部门编的 谁审议通过的", "docfact", ["合作发展处牵头编制", "校长办公会审议通过"],
     B, CZ, {"two": True}),
    ("czb-docfact-03", "常州晋陵学院那份质量报告全名叫什么", "docfact",
     ["常州晋陵职业技术学院2025年度职业教育质量报告（产教融合篇）"], B, CZ, {}),
    ("czb-docfact-05", "常州晋陵职院质量报告留的联系邮箱是什么", "docfact", ["hzc@jlzy.edu.cn"], B, CZ, {}),
    ("czx-docfact-01", "常州推进会这篇新闻的来源是哪里", "docfact", ["来源：常州日报"], X, CZ, {}),
    ("czx-docfact-02", "常州推进会那篇新闻浏览量有多少", "docfact", ["3126"], X, CZ, {}),
    ("czx-docfact-03", "常州推进会的新闻放在市政府网站哪个栏目下面", "docfact", ["工作动态"], X, CZ, {}),
    ("czx-docfact-04", "常州推进会上发布的那个行动计划全称叫什么", "docfact",
     ["常州市深化产教融合三年行动计划（2026—2028年）"], X, CZ, {}),
    # general
    ("czb-general-01", "常州晋陵职业技术学院的实训基地是按什么模式运行的", "general", ["校中厂"], B, CZ, {}),
    ("czb-general-02", "常州晋陵职院产业学院的院长是怎么产生的", "general", ["院长由学校和企业共同选派"], B, CZ, {}),
    ("czb-general-03", "常州晋陵学院恒锂奖学金是用来干嘛的", "general", ["用于奖励品学兼优的学生"], B, CZ, {}),
    ("czb-general-04", "常州晋陵职业技术学院对企业兼职教师怎么考核", "general", ["每学期进行教学考核"], B, CZ, {}),
    ("czb-general-05", "常州晋陵职院建产业学院的思路是啥", "general", ["一个产业学院对接一条产业链"], B, CZ, {}),
    ("czx-general-01", "常州推进会上恒锂的董事长说跟学校合作有啥效果", "general", ["三年来共接收实习学生600余人"], X, CZ, {}),
    ("czx-general-02", "常州2026年的这次产教融合推进会主要是干什么的", "general", ["会议总结2025年全市产教融合工作，部署2026年重点任务"],
     X, CZ, {}),
    ("czx-general-03", "常州晋陵学院和翼航无人机签了协议以后要一起建什么", "general", ["无人机装调与检测实训中心"], X, CZ, {}),
    # region-scoped — a 区 / 县级市 of 常州市 (named in neither document)
    ("czb-rs-01", "我们是武进区一家新能源企业 想了解常州晋陵职业技术学院恒锂班的留用率", "region-scoped", ["留用率85.7%"], B, WJ,
     {}),
    ("czb-rs-02", "新北区的机器人公司想和常州晋陵职院合作 他们学校有几个工匠工作室", "region-scoped", ["企业工匠工作室3个"], B, XB, {}),
    ("czb-rs-04", "溧阳的企业想找常州晋陵职业技术学院谈校企合作 联系电话是多少", "region-scoped", ["0519-86931172"], B, LY, {}),
    ("czb-rs-05", "天宁区一家轨交配套企业问 常州晋陵职院轨道车辆检修实训基地企业投了多少", "region-scoped", ["520"], B, TN, {}),
    ("czb-rs-fu-01", "常州晋陵职院双师型教师比例有多少", "region-scoped", ["68.5%"], B, ZL,
     {"context": ["我在钟楼区一家智能装备企业做人事 想招职业院校的老师来兼职"]}),
    ("czx-rs-01", "武进区的职业学校想问 常州推进会上说今年产教融合专项资金有多少", "region-scoped", ["8000万元"], X, WJ, {}),
    ("czx-rs-02", "新北区一家无人机公司 常州推进会签约项目里技术研发类的有几个", "region-scoped", ["技术研发项目5个"], X, XB, {}),
    ("czx-rs-03", "我们是溧阳市的职业学校 常州的三年行动计划要新建多少个市级产教融合实训基地", "region-scoped",
     ["新建市级产教融合实训基地30个"], X, LY, {}),
    ("czx-rs-fu-01", "推进会是在哪开的", "region-scoped", ["市会议中心东楼报告厅"], X, JT,
     {"context": ["我们是金坛区一家企业 听说常州市开了产教融合推进会"]}),
    # outofscope (this region)
    ("x-f34-outofscope-01", "常州恐龙园门票多少钱", "outofscope", None, None, CZ, {}),
    ("x-f34-outofscope-02", "溧阳天目湖砂锅鱼哪家好吃", "outofscope", None, None, LY, {}),
    ("x-f34-outofscope-03", "常州地铁晚上几点停运", "outofscope", None, None, CZ, {}),
    # unstated — in the domain, stated by neither document: give-away words in no document of any round
    ("x-f34-unstated-01", "常州晋陵职业技术学院恒锂班的学生毕业后有服务期要求吗", "unstated", None, None, CZ, {}),
    ("x-f34-unstated-02", "常州晋陵职院毕业生去合作企业上班月薪一般多少", "unstated", None, None, CZ, {}),
    ("x-f34-unstated-03", "常州晋陵学院订单班的学生生源地主要是哪里", "unstated", None, None, CZ, {}),
    ("x-f34-unstated-04", "常州推进会上签约的企业能享受哪些税收优惠", "unstated", None, None, CZ, {}),
    ("x-f34-unstated-05", "常州晋陵职业技术学院的企业兼职教师退了休还能返聘吗", "unstated", None, None, CZ, {}),
    ("x-f34-unstated-06", "常州晋陵职院产业学院要是赚了钱 学校和企业怎么分红", "unstated", None, None, CZ, {}),
    # region-clash — other cities of the province with no document of their own
    ("x-f34-clash-01", "无锡市职业教育产教融合推进会签了多少个校企合作项目", "region-clash", None, None, WX, {}),
    ("x-f34-clash-02", "扬州市的职业技术学院2025年质量报告里合作企业有多少家", "region-clash", None, None, YZ, {}),
    ("x-f34-clash-03", "泰州市今年给职业教育产教融合安排了多少专项资金", "region-clash", None, None, TZ, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f34-unstated-01": ["服务期"],
    "x-f34-unstated-02": ["月薪"],
    "x-f34-unstated-03": ["生源地"],
    "x-f34-unstated-04": ["税收优惠"],
    "x-f34-unstated-05": ["返聘"],
    "x-f34-unstated-06": ["分红"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"czb-count-15": "恒锂班", "czx-general-05": "翼航"}
QUESTIONS += [
    ("czb-count-15", "恒锂班2025年招了多少学生", "count", ["招收学生120人"], B, "", {}),
    ("czx-general-05", "翼航无人机跟学校签的是个什么协议", "general", ["签订低空经济产业学院共建协议"], X, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["czb-amount-01", "czb-count-04", "czb-time-01", "czx-time-02", "czx-person-06", "czx-count-07", "czx-amount-04",
        "czb-count-01"]
