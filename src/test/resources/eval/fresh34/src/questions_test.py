"""Questions of fresh34-test.jsonl (辽宁省葫芦岛市: the news article 葫芦岛市召开产教融合校企合作对接会 / 28个项目现场签约 (event
2026年5月20日, published 2026-05-21 09:05) as the plain text the city portal's 下载 gives, and the 葫芦岛首山职业技术学院2025年度
职业教育质量报告（校企合作篇） (2026年2月26日) as a LibreOffice .docx with three real tables). Written from the documents only. What
the meeting did — who spoke / chaired / presented, the city-wide 2025 figures, the signing (number, 协议总额, 企业投入, kinds,
fields, the college's share), the 需求清单, the 实训基地 list, the 专项资金 and 补助, the listed signed projects, the article's chrome —
is asked from the news (`doc` = the .txt); the college's own figures (表1 2024 / 2025, 产业学院, 实训基地 with investments, 兼职教师,
海蓝泳装班, problems, 2026 targets, its people and contact) from the report (`doc` = the .docx).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL).
"""
HL = "辽宁省葫芦岛市"
LS = HL + "连山区"
LG = HL + "龙港区"
NP = HL + "南票区"
XC = HL + "兴城市"
SZ = HL + "绥中县"
FS = "辽宁省抚顺市"
CY = "辽宁省朝阳市"
X = "huludao-duijiehui-xinwen"
B = "huludao-zhiliang-baogao"
BOTH = [X, B]

QUESTIONS = [
    # amount
    ("hlb-amount-01", "葫芦岛首山职业技术学院2025年新建实训基地总共投了多少钱", "amount", ["总投资1770万元"], B, HL, {}),
    ("hlb-amount-02", "葫芦岛首山职院新建的实训基地里企业投了多少", "amount", ["企业投入940万元"], B, HL, {}),
    ("hlb-amount-03", "葫芦岛首山学院船体分段焊接实训基地总投资多少 企业出了多少", "amount", ["680", "410"], B, HL, {"two": True}),
    ("hlb-amount-04", "葫芦岛首山职业技术学院2025年技术服务到账多少钱", "amount", ["815.70万元"], B, HL, {}),
    ("hlb-amount-05", "葫芦岛首山职院2025年企业捐赠的设备值多少万", "amount", ["418.60"], B, HL, {}),
    ("hlb-amount-06", "葫芦岛首山学院海蓝泳装班企业每年给多少奖助学金", "amount", ["企业每年提供奖助学金12万元"], B, HL, {}),
    ("hlb-amount-07", "葫芦岛首山职业技术学院订单班学生占全校在校生多大比例", "amount", ["占全日制在校生的7.9%"], B, HL, {}),
    ("hlb-amount-08", "葫芦岛首山职院2026年技术服务到账想做到多少", "amount", ["技术服务到账金额达到1000万元"], B, HL, {}),
    ("hlb-amount-fu-01", "2024年是多少", "amount", ["642.30"], B, HL, {"context": ["葫芦岛首山职院2025年技术服务到账金额多少"]}),
    ("hlx-amount-01", "葫芦岛产教融合对接会上签约项目的协议总额是多少", "amount", ["协议总额6.4亿元"], X, HL, {}),
    ("hlx-amount-02", "葫芦岛对接会签的这些项目里企业投入多少钱", "amount", ["其中企业投入4.1亿元"], X, HL, {}),
    ("hlx-amount-03", "葫芦岛市2026年财政安排了多少产教融合专项资金", "amount", ["产教融合专项资金3000万元"], X, HL, {}),
    ("hlx-amount-04", "葫芦岛新认定的市级产教融合实训基地能补助多少钱", "amount", ["一次性补助40万元"], X, HL, {}),
    ("hlx-amount-fu-01", "企业投入占多少", "amount", ["4.1亿元"], X, HL, {"context": ["葫芦岛对接会签约项目协议总额多少"]}),
    ("hlb-amount-10", "葫芦岛首山职院的化工总控虚拟仿真实训中心投了多少钱 北港石化总经理说它让岗前培训缩短到多久", "amount",
     ["520", "缩短到1个半月"], B, HL, {"docs": BOTH, "two": True}),
    # person
    ("hlb-person-01", "葫芦岛首山职业技术学院的校长是谁", "person", ["校长任德刚"], B, HL, {}),
    ("hlb-person-02", "葫芦岛首山职院哪位副校长管校企合作", "person", ["副校长鲍春艳分管校企合作工作"], B, HL, {}),
    ("hlb-person-03", "葫芦岛首山学院质量报告的联系人是谁 电话多少", "person", ["邰志远", "0429-3125687"], B, HL, {"two": True}),
    ("hlb-person-05", "葫芦岛首山职院精细化工产业学院是跟哪家企业合作的", "person", ["葫芦岛北港石化有限公司"], B, HL, {}),
    ("hlb-person-06", "葫芦岛首山学院船舶焊接工匠工作室是哪位师傅领衔的", "person", ["首席焊接技师那振江"], B, HL, {}),
    ("hlb-person-07", "葫芦岛首山职业技术学院谁负责统筹校企合作项目", "person", ["校企合作办公室负责全校校企合作项目的统筹"], B,
     HL, {}),
    ("hlb-person-fu-01", "合作企业是哪家", "person", ["葫芦岛觉华文旅发展有限公司"], B, HL,
     {"context": ["葫芦岛首山职院文旅康养产业学院是哪年成立的"]}),
    ("hlx-person-01", "葫芦岛产教融合校企合作对接会是哪位副市长讲的话", "person", ["副市长佟丽华出席会议并讲话"], X, HL, {}),
    ("hlx-person-02", "葫芦岛对接会是谁主持的", "person", ["市教育局局长关宏伟主持会议"], X, HL, {}),
    ("hlx-person-03", "葫芦岛对接会上介绍企业人才需求情况的是谁", "person", ["市发展改革委副主任卢晓峰"], X, HL, {}),
    ("hlx-person-04", "葫芦岛对接会上哪家企业的老总发了言", "person", ["葫芦岛北港石化有限公司总经理富文博"], X, HL, {}),
    ("hlx-person-05", "葫芦岛对接会这篇报道是哪个记者写的 责任编辑是谁", "person", ["记者 管晓彤", "责任编辑：乔立群"], X, HL,
     {"two": True}),
    ("hlx-person-06", "葫芦岛首山职院的新能源汽车零部件产业学院准备跟哪家公司合作", "person", ["葫芦岛锐驰汽车部件有限公司"], X, HL,
     {}),
    ("hlx-person-fu-01", "有色冶炼订单培养是哪个学校和哪家企业签的", "person",
     ["葫芦岛市海滨职业中等专业学校—葫芦岛兴锌有色金属有限公司"], X, HL, {"context": ["葫芦岛对接会附的那几个签约项目"]}),
    ("hlb-count-14", "葫芦岛首山职业技术学院现在合作企业多少家 对接会上又和几家企业签了约", "count",
     ["合作企业达到193家", "与5家企业签约项目6个"], B, HL, {"docs": BOTH, "two": True}),
    # time
    ("hlb-time-01", "葫芦岛首山职业技术学院2025年度质量报告是哪天发的", "time", ["2026年2月26日"], B, HL, {}),
    ("hlb-time-02", "葫芦岛首山职院的船舶海工产业学院是什么时候成立的", "time", ["2020年10月"], B, HL, {}),
    ("hlb-time-03", "葫芦岛首山学院海蓝泳装班是哪年开始合作开的", "time", ["从2022年起"], B, HL, {}),
    ("hlb-time-04", "葫芦岛首山职业技术学院泳装设计与智造产业学院哪年被评为市示范产业学院", "time",
     ["泳装设计与智造产业学院2025年被评为葫芦岛市示范产业学院"], B, HL, {}),
    ("hlb-time-05", "葫芦岛首山职院多长时间给兼职教师做一次教学质量评价", "time", ["每学期开展一次教学质量评价"], B, HL, {}),
    ("hlb-time-fu-01", "精细化工产业学院呢", "time", ["2022年4月"], B, HL,
     {"context": ["葫芦岛首山职院船舶海工产业学院哪年成立的"]}),
    ("hlx-time-01", "葫芦岛产教融合校企合作对接会是哪天开的", "time", ["5月20日上午"], X, HL, {}),
    ("hlx-time-02", "葫芦岛对接会这条新闻是什么时候发布的", "time", ["2026-05-21 09:05"], X, HL, {}),
    ("hlx-time-03", "葫芦岛的校企合作需求清单多久更新一次", "time", ["实行季度更新"], X, HL, {}),
    ("hlx-time-fu-01", "什么时候开始招生", "time", ["年内启动首批招生"], X, HL,
     {"context": ["葫芦岛首山职院要和锐驰汽车部件建的是什么产业学院"]}),
    # count
    ("hlb-count-01", "葫芦岛首山职业技术学院现在有多少家合作企业", "count", ["合作企业达到193家"], B, HL, {}),
    ("hlb-count-02", "葫芦岛首山职院2025年开了几个订单班 多少学生", "count", ["订单班17个", "订单班学生706人"], B, HL, {"two": True}),
    ("hlb-count-03", "葫芦岛首山学院聘了多少企业兼职教师", "count", ["聘请企业兼职教师137人"], B, HL, {}),
    ("hlb-count-04", "葫芦岛首山职业技术学院有几个产业学院 一共多少在读学生", "count", ["共建产业学院4个", "在读学生合计866人"], B,
     HL, {"two": True}),
    ("hlb-count-05", "葫芦岛首山职院2025年新建了几个实训基地 新增多少工位", "count", ["新建实训基地4个", "新增实训工位186个"], B, HL,
     {"two": True}),
    ("hlb-count-06", "葫芦岛首山学院合作企业里有多少是葫芦岛本地的", "count", ["其中葫芦岛市内企业131家"], B, HL, {}),
    ("hlb-count-07", "葫芦岛首山职业技术学院现代学徒制培养了多少学徒", "count", ["培养学徒128人"], B, HL, {}),
    ("hlb-count-08", "葫芦岛首山职院2025年职工培训做了多少人次", "count", ["职工培训12850人次"], B, HL, {}),
    ("hlb-count-09", "葫芦岛首山学院2025届海蓝泳装班毕业几个 留下几个", "count", ["毕业生38人", "其中31人留在该企业工作"], B, HL,
     {"two": True}),
    ("hlb-count-10", "葫芦岛首山职业技术学院2026年合作企业要做到多少家", "count", ["合作企业达到220家"], B, HL, {}),
    ("hlb-count-fu-01", "泳装设计与智造产业学院呢", "count", ["187"], B, HL,
     {"context": ["葫芦岛首山职院船舶海工产业学院有多少在读学生"]}),
    ("hlx-count-01", "葫芦岛对接会上现场签了多少个项目", "count", ["28个校企合作项目签约"], X, HL, {}),
    ("hlx-count-02", "葫芦岛全市职业院校2025年跟多少家企业合作", "count", ["与1120家企业开展合作"], X, HL, {}),
    ("hlx-count-03", "葫芦岛对接会签约项目里订单培养的有几个", "count", ["订单培养项目10个"], X, HL, {}),
    ("hlx-count-04", "葫芦岛校企合作需求清单里有多少个企业需求岗位", "count", ["企业技术技能人才需求岗位3260个"], X, HL, {}),
    ("hlx-count-05", "葫芦岛首批市级产教融合实训基地有几个", "count", ["首批8个葫芦岛市产教融合实训基地"], X, HL, {}),
    ("hlx-count-06", "葫芦岛全市现在共建了多少个产业学院和实训基地", "count", ["共建产业学院16个、实训基地58个"], X, HL, {}),
    ("hlx-count-fu-01", "技术服务项目有几个", "count", ["技术服务项目3个"], X, HL,
     {"context": ["葫芦岛对接会签约的项目里产业学院共建的有几个"]}),
    ("hlx-count-07", "葫芦岛首山职院自己有几个实训基地是2025年新建的 葫芦岛全市职业院校一共有多少个实训基地", "count",
     ["新建实训基地4个", "实训基地58个"], X, HL, {"docs": BOTH, "two": True}),
    # yesno
    ("hlb-yesno-01", "葫芦岛首山职业技术学院的产业学院是双院长制吗", "yesno", ["实行双院长制"], B, HL, {}),
    ("hlb-yesno-02", "葫芦岛首山职院2026年有没有新建产业学院的计划", "yesno", ["新建新能源汽车零部件产业学院1个"], B, HL, {}),
    ("hlb-yesno-03", "葫芦岛首山学院的焊接实训基地能给企业焊工做取证培训吗", "yesno", ["企业焊工取证培训"], B, HL, {}),
    ("hlx-yesno-01", "葫芦岛的校企合作需求清单会不会对外公开", "yesno", ["在市教育局和市人力资源和社会保障局网站同步公开"], X, HL,
     {}),
    ("hlx-yesno-02", "葫芦岛对接会开完有没有组织参观", "yesno", ["参观了葫芦岛首山职业技术学院船体分段焊接实训基地"], X, HL, {}),
    ("hlx-yesno-03", "葫芦岛首山职院是不是这次对接会签约项目最多的学校", "yesno", ["是本次签约项目最多的院校"], X, HL, {}),
    ("hlx-yesno-04", "葫芦岛鼓励规上企业跟职业院校一起设订单班吗", "yesno", ["鼓励规上企业与职业院校共建实训基地、共设订单班"], X,
     HL, {}),
    # list
    ("hlb-list-01", "葫芦岛首山职业技术学院有哪些产业学院", "list",
     ["船舶海工产业学院", "精细化工产业学院", "泳装设计与智造产业学院", "文旅康养产业学院"], B, HL, {}),
    ("hlb-list-02", "葫芦岛首山职院2025年新建了哪些实训基地", "list",
     ["船体分段焊接实训基地", "化工总控虚拟仿真实训中心", "泳装数字化设计与打版实训室", "智慧文旅实训中心"], B, HL, {}),
    ("hlb-list-03", "葫芦岛首山学院2026年的目标任务有哪些", "list",
     ["合作企业达到220家", "订单班学生达到800人", "企业兼职教师达到155人", "新建新能源汽车零部件产业学院1个",
      "技术服务到账金额达到1000万元", "职工培训达到15000人次"], B, HL, {}),
    ("hlb-list-04", "葫芦岛首山职业技术学院有哪些二级学院", "list",
     ["船舶与海洋工程学院", "石油化工学院", "智能制造学院", "服装与设计学院", "文化旅游学院", "信息工程学院"], B, HL, {}),
    ("hlb-list-05", "葫芦岛首山职院质量报告说校企合作还有哪些不足", "list",
     ["合作企业以中小企业为主", "企业兼职教师流动性较大", "人员互聘、成果共享机制还不够健全"], B, HL, {}),
    ("hlx-list-01", "葫芦岛对接会签约项目涉及哪些产业", "list", ["石油化工、船舶海工、泳装服饰、有色金属、文旅康养"], X, HL, {}),
    ("hlx-list-02", "葫芦岛副市长在对接会上提了哪几条要求", "list", ["对接产业办专业", "发挥企业主体作用", "加大政策支持"], X, HL,
     {}),
    ("hlx-list-03", "葫芦岛首山职院在对接会上签了哪些项目", "list",
     ["新能源汽车零部件产业学院共建项目", "化工安全生产订单培养项目", "船舶电气实训基地共建项目"], X, HL, {}),
    ("hlx-list-04", "葫芦岛对接会签约的项目分哪几类 各几个", "list",
     ["产业学院共建项目6个", "实训基地共建项目9个", "订单培养项目10个", "技术服务项目3个"], X, HL, {}),
    # docfact
    ("hlb-docfact-01", "葫芦岛首山职业技术学院质量报告的数据来源是什么", "docfact", ["人才培养工作状态数据采集平台"], B, HL, {}),
    ("hlb-docfact-02", "葫芦岛首山职院的质量报告是谁审定的", "docfact", ["本报告经学校党委会审定"], B, HL, {}),
    ("hlb-docfact-03", "葫芦岛首山学院那份质量报告全名是什么", "docfact",
     ["葫芦岛首山职业技术学院2025年度职业教育质量报告（校企合作篇）"], B, HL, {}),
    ("hlx-docfact-01", "葫芦岛对接会这篇新闻出自哪家媒体", "docfact", ["来源：葫芦岛日报"], X, HL, {}),
    ("hlx-docfact-02", "葫芦岛对接会发布的需求清单全名叫什么", "docfact", ["《2026年葫芦岛市职业院校校企合作需求清单》"], X, HL,
     {}),
    ("hlx-docfact-03", "葫芦岛对接会那篇新闻有多少人看过", "docfact", ["浏览次数：1847"], X, HL, {}),
    ("hlx-docfact-04", "葫芦岛对接会在哪个地方开的", "docfact", ["市民中心三楼多功能厅"], X, HL, {}),
    # general
    ("hlb-general-01", "葫芦岛首山职业技术学院怎么管理企业兼职教师", "general", ["一人一档"], B, HL, {}),
    ("hlb-general-02", "葫芦岛首山职院海蓝泳装班是怎么培养学生的", "general",
     ["企业设计师进课堂，学生在企业样衣间完成毕业设计"], B, HL, {}),
    ("hlb-general-03", "葫芦岛首山学院船体分段焊接实训基地企业提供了什么设备", "general", ["焊接机器人和分段胎架"], B, HL, {}),
    ("hlb-general-04", "葫芦岛首山职业技术学院产业学院的企业院长由谁派", "general", ["企业院长由合作企业选派"], B, HL, {}),
    ("hlx-general-01", "葫芦岛北港石化总经理说化工总控仿真实训中心有啥效果", "general", ["由3个月缩短到1个半月"], X, HL, {}),
    ("hlx-general-02", "葫芦岛这次对接会主要目的是什么", "general", ["推动职业院校与重点产业企业精准对接"], X, HL, {}),
    ("hlx-general-03", "葫芦岛对职业院校新增专业有什么要求", "general", ["新增专业要与全市重点产业紧密衔接"], X, HL, {}),
    ("hlx-general-04", "葫芦岛校企合作需求清单里都收录了些啥", "general",
     ["企业技术技能人才需求岗位3260个", "职业院校可对外提供的技术服务项目85项"], X, HL, {}),
    # region-scoped — a 区 / 县 / 县级市 of 葫芦岛市 (named in neither document)
    ("hlb-rs-01", "我们是兴城市一家泳装厂 想了解葫芦岛首山职院海蓝泳装班的留用率", "region-scoped", ["留用率81.6%"], B, XC, {}),
    ("hlb-rs-02", "龙港区的化工企业想和葫芦岛首山职业技术学院合作 学校的精细化工产业学院有多少学生", "region-scoped", ["265"], B,
     LG, {}),
    ("hlb-rs-03", "连山区一家船厂想问葫芦岛首山学院的双师型教师占比多少", "region-scoped", ["61.2%"], B, LS, {}),
    ("hlb-rs-04", "绥中县的企业要跟葫芦岛首山职院谈校企合作 找哪个部门", "region-scoped", ["校企合作办公室"], B, SZ, {}),
    ("hlb-rs-fu-01", "葫芦岛首山职院泳装数字化设计与打版实训室有多少个工位", "region-scoped", ["40"], B, XC,
     {"context": ["我在兴城市一家泳装企业负责培训"]}),
    ("hlx-rs-01", "南票区的职业学校想问 葫芦岛对接会上说的产教融合专项资金有多少", "region-scoped", ["3000万元"], X, NP, {}),
    ("hlx-rs-02", "绥中县一家企业想知道葫芦岛需求清单上职业院校能提供多少项技术服务", "region-scoped", ["技术服务项目85项"], X, SZ,
     {}),
    ("hlx-rs-03", "我们是龙港区一家石化企业 葫芦岛对接会上企业代表是谁", "region-scoped", ["总经理富文博"], X, LG, {}),
    ("hlx-rs-fu-01", "对接会大概多少人参加", "region-scoped", ["共约210人参加会议"], X, NP,
     {"context": ["我们是南票区一家企业 听说葫芦岛开了产教融合校企合作对接会"]}),
    # outofscope (this region)
    ("x-f34-outofscope-04", "兴城古城门票多少钱", "outofscope", None, None, XC, {}),
    ("x-f34-outofscope-05", "绥中九门口长城怎么去", "outofscope", None, None, SZ, {}),
    ("x-f34-outofscope-06", "葫芦岛夏天海边哪个浴场人少", "outofscope", None, None, HL, {}),
    # unstated — in the domain, stated by neither document: give-away words in no document of any round
    ("x-f34-unstated-07", "葫芦岛首山职业技术学院订单班学生去企业实习管食宿吗", "unstated", None, None, HL, {}),
    ("x-f34-unstated-08", "葫芦岛首山职院订单班学生考试不及格能补考吗", "unstated", None, None, HL, {}),
    ("x-f34-unstated-09", "葫芦岛首山学院的学生能专升本吗", "unstated", None, None, HL, {}),
    ("x-f34-unstated-10", "葫芦岛首山职业技术学院海蓝泳装班企业交了多少冠名费", "unstated", None, None, HL, {}),
    ("x-f34-unstated-11", "葫芦岛对接会上签约的订单班学生实习多久能转正", "unstated", None, None, HL, {}),
    ("x-f34-unstated-12", "葫芦岛首山职院订单班学生中途退出要不要赔钱", "unstated", None, None, HL, {}),
    # region-clash — other cities of the province with no document of their own
    ("x-f34-clash-04", "抚顺市的产教融合校企合作对接会签了多少个项目", "region-clash", None, None, FS, {}),
    ("x-f34-clash-05", "朝阳市的职业技术学院2025年有几个产业学院", "region-clash", None, None, CY, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f34-unstated-07": ["食宿"],
    "x-f34-unstated-08": ["补考"],
    "x-f34-unstated-09": ["专升本"],
    "x-f34-unstated-10": ["冠名费"],
    "x-f34-unstated-11": ["转正"],
    "x-f34-unstated-12": ["中途退出"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"hlb-count-13": "海蓝泳装班", "hlx-person-07": "锐驰"}
QUESTIONS += [
    ("hlb-count-13", "海蓝泳装班2025年招了多少人", "count", ["招生45人"], B, "", {}),
    ("hlx-person-07", "锐驰汽车部件要跟哪所学校共建产业学院", "person", ["葫芦岛首山职业技术学院—葫芦岛锐驰汽车部件有限公司"], X, "",
     {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["hlb-amount-01", "hlb-count-01", "hlb-time-01", "hlx-time-02", "hlx-person-06", "hlx-count-06", "hlx-amount-03",
        "hlb-count-04"]
