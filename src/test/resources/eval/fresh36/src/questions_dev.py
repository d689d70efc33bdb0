"""Questions of fresh36-dev.jsonl (山西省晋城市: the 工作要点 晋城市产教融合工作领导小组办公室关于印发《晋城市2026年产教融合工作要点》
的通知 (晋市产教办〔2026〕2号, 2026年2月27日) as a LibreOffice .docx with the 附件 task table, and the 图解 【图解】一图读懂《晋城市2026年
产教融合工作要点》 (发布 2026-03-05 10:12) as a page of the 晋城市发展和改革委员会 portal). Written from the documents only.
The tasks, their 责任单位 (★ lead), 完成时限, the 主要目标 and the fund's items, the notice's 文号 / 依据 / contacts / reporting dates →
`doc` = the .docx (also when the 图解 repeats a figure); what only the 图解 page says or how it says it (its 发布时间, 栏目, 解读机关,
设计制作, 责任编辑, the 8组数字 / 6个方面 / 20项 framing, its 问答 and 时间节点 wording) and questions that ask about the 图解 → `doc`
= the .html.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
JC = "山西省晋城市"
ZZ = JC + "泽州县"
GP = JC + "高平市"
YC = JC + "阳城县"
QS = JC + "沁水县"
LC = JC + "陵川县"
SZ = "山西省朔州市"
XZ = "山西省忻州市"
LL = "山西省吕梁市"
Y = "jincheng-gongzuo-yaodian"
T = "jincheng-tujie"
BOTH = [Y, T]

QUESTIONS = [
    # amount
    ("jcy-amount-01", "晋城今年市里安排了多少产教融合专项资金", "amount", ["专项资金4800万元"], Y, JC, {}),
    ("jcy-amount-02", "晋城新建的市级产业学院每个补多少钱", "amount", ["每个给予一次性建设补助100万元"], Y, JC, {}),
    ("jcy-amount-03", "晋城产教融合实训基地的补助最高能拿多少", "amount", ["单个基地补助最高不超过200万元"], Y, JC, {}),
    ("jcy-amount-04", "晋城实训基地是按设备投入的几成给补助", "amount", ["按设备投入的30%给予补助"], Y, JC, {}),
    ("jcy-amount-05", "晋城评上市级产教融合型企业能奖多少钱", "amount", ["一次性奖励30万元"], Y, JC, {}),
    ("jcy-amount-06", "晋城企业投钱办职业教育 能按投资额多少比例抵教育费附加", "amount", ["可按投资额的30%抵免"], Y, JC, {}),
    ("jcy-amount-07", "晋城那4800万专项资金里实训基地建设补助占多少", "amount", ["实训基地建设补助800万元"], Y, JC, {}),
    ("jcy-amount-08", "晋城专项资金里职工技能培训补贴安排了多少钱", "amount", ["职工技能培训补贴2600万元"], Y, JC, {}),
    ("jcy-amount-09", "晋城专项资金里产教融合型企业奖励一共多少 双师型教师培养培训又是多少", "amount",
     ["产教融合型企业奖励450万元", "“双师型”教师培养培训650万元"], Y, JC, {"two": True}),
    ("jcy-amount-10", "晋城产教融合贷今年要新增多少贷款", "amount", ["新增产教融合领域贷款不少于5亿元"], Y, JC, {}),
    ("jcy-amount-11", "晋城今年争取上级资金的目标是多少", "amount", ["全年争取上级资金不少于3000万元"], Y, JC, {}),
    ("jcy-amount-12", "晋城职校毕业生本地就业率今年要达到多少", "amount", ["本地就业率达到58%以上"], Y, JC, {}),
    ("jcy-amount-13", "晋城双师型教师要占专业课老师多大比例", "amount", ["占专业课教师的比例达到60%"], Y, JC, {}),
    ("jcy-amount-14", "晋城地方教育附加用在职业教育上的比例最低多少", "amount", ["地方教育附加用于职业教育的比例不低于30%"], Y, JC, {}),
    ("jcy-amount-fu-01", "订单班毕业生到合作企业就业的比例有要求吗", "amount", ["不低于70%"], Y, JC,
     {"context": ["晋城今年订单班冠名班要开多少个"]}),
    ("jcy-amount-15", "晋城专项资金里产业学院建设补助安排了多少 那个一图读懂是哪天发的", "amount",
     ["产业学院建设补助300万元", "2026-03-05"], Y, JC, {"docs": BOTH, "two": True}),
    ("jct-amount-01", "晋城发改委的一图读懂里专项资金是多少", "amount", ["4800万元市级产教融合专项资金"], T, JC, {}),
    ("jct-amount-02", "晋城那张产教融合图解上本地就业率目标写的多少", "amount", ["58%以上职业院校毕业生本地就业率"], T, JC, {}),
    ("jct-amount-fu-01", "里面说实训基地补助怎么算", "amount", ["按设备投入的30%给予补助，单个基地最高不超过200万元"], T, JC,
     {"context": ["晋城发改委发的产教融合一图读懂我看了"]}),
    # person
    ("jcy-person-01", "晋城订单班冠名班那项任务是哪个部门牵头", "person", ["市教育局★、市人社局"], Y, JC, {}),
    ("jcy-person-02", "晋城产教资源共享平台谁牵头建", "person", ["市工信局★、晋城开发区管委会、市教育局"], Y, JC, {}),
    ("jcy-person-03", "晋城联合体理事会年度会议归哪个单位牵头", "person", ["晋城开发区管委会★、市教育局、市发展改革委"], Y, JC, {}),
    ("jcy-person-04", "晋城产教融合贷这一块谁牵头", "person", ["人行晋城市分行★、市委金融办、市发展改革委"], Y, JC, {}),
    ("jcy-person-05", "晋城实训基地认定哪个部门牵头 配合的有谁", "person", ["市发展改革委★、市财政局、市教育局"], Y, JC, {}),
    ("jcy-person-06", "晋城光机电市域产教联合体是谁牵头组建的", "person",
     ["晋城经济技术开发区、晋城丹河职业技术学院和晋城华晖光机电集团有限公司共同牵头组建"], Y, JC, {}),
    ("jcy-person-07", "晋城产教融合工作领导小组办公室设在哪个单位", "person", ["设在市发展和改革委员会"], Y, JC, {}),
    ("jcy-person-08", "晋城产教融合工作要点有问题找发改委谁 电话多少", "person", ["秦文博", "0356-2087316"], Y, JC, {"two": True}),
    ("jcy-person-09", "晋城教育局那边管产教融合的联系人是谁", "person", ["郝雪萍"], Y, JC, {}),
    ("jcy-person-10", "晋城学徒制培养那项谁牵头 总工会有份吗", "person", ["市人社局★、市教育局、市总工会"], Y, JC, {}),
    ("jcy-person-fu-01", "这项谁牵头", "person", ["市人社局★、市总工会、市财政局"], Y, JC,
     {"context": ["晋城今年要搞多少人次的企业职工技能培训"]}),
    ("jct-person-01", "晋城产教融合那个一图读懂页面上写的设计制作单位是哪个", "person", ["设计制作：晋城市融媒体中心"], T, JC, {}),
    ("jct-person-02", "晋城一图读懂的解读机关是哪个", "person", ["解读机关：晋城市发展和改革委员会"], T, JC, {}),
    ("jct-person-03", "晋城图解是发改委哪个科解读的 这个科管产教融合的联系人是谁", "person",
     ["解读：晋城市发展和改革委员会社会发展科", "秦文博"], T, JC, {"docs": BOTH, "two": True}),
    ("jct-person-04", "晋城图解问答里说任务谁牵头要去哪看 订单班那项到底谁牵头", "person",
     ["详见原文附件《晋城市2026年产教融合重点任务分解表》", "市教育局★、市人社局"], T, JC, {"docs": BOTH, "two": True}),
    # time
    ("jcy-time-01", "晋城联合体理事会年度会议什么时候开", "time", ["第一季度召开联合体理事会年度会议"], Y, JC, {}),
    ("jcy-time-02", "晋城产教资源共享平台什么时候上线", "time", ["6月底前建成联合体产教资源共享平台并上线运行"], Y, JC, {}),
    ("jcy-time-03", "晋城市级产教融合实训基地哪个季度认定完", "time", ["第三季度完成市级产教融合实训基地认定工作"], Y, JC, {}),
    ("jcy-time-04", "晋城市级产教融合型企业什么时候开始申报 什么时候认定完", "time",
     ["第二季度启动2026年度市级产教融合型企业申报", "第四季度完成认定"], Y, JC, {"two": True}),
    ("jcy-time-05", "晋城牵头单位每个季度的工作进展什么时候之前报", "time", ["每季度最后一个月的25日前"], Y, JC, {}),
    ("jcy-time-06", "晋城产教融合全年工作总结哪天之前交", "time", ["全年工作总结于2026年12月20日前报送"], Y, JC, {}),
    ("jcy-time-07", "晋城产教融合型企业年度评价要在什么时候前做完", "time", ["11月底前完成年度评价"], Y, JC, {}),
    ("jcy-time-08", "晋城实习专项检查哪几个季度搞", "time", ["第二季度、第四季度各开展1次实习专项检查"], Y, JC, {}),
    ("jcy-time-09", "晋城新建市级产业学院那项任务的完成时限是什么时候", "time", ["2026年第四季度"], Y, JC, {}),
    ("jcy-time-10", "晋城加强金融支持那项任务什么时候完成", "time", ["2026年12月底前"], Y, JC, {}),
    ("jcy-time-fu-01", "要在什么时候完成", "time", ["第二季度完成2027年中央预算内投资项目申报"], Y, JC,
     {"context": ["晋城中央预算内投资项目申报是哪个部门牵头"]}),
    ("jct-time-01", "晋城产教融合一图读懂是什么时候发布的", "time", ["2026-03-05 10:12"], T, JC, {}),
    ("jct-time-02", "晋城图解的时间节点里招生专业调整放在什么时候", "time",
     ["6月底前　产教资源共享平台上线运行；完成2026年招生专业调整"], T, JC, {}),
    # count
    ("jcy-count-01", "晋城今年要新培育多少家市级产教融合型企业 累计到多少家", "count",
     ["新培育市级产教融合型企业15家", "累计达到52家"], Y, JC, {"two": True}),
    ("jcy-count-02", "晋城到去年底一共有多少家市级产教融合型企业", "count", ["全市共有市级产教融合型企业37家"], Y, JC, {}),
    ("jcy-count-03", "晋城今年新认定几个市级产教融合实训基地", "count", ["新认定市级产教融合实训基地4个"], Y, JC, {}),
    ("jcy-count-04", "晋城要组建几个行业产教融合共同体 每个至少拉多少家成员", "count",
     ["行业产教融合共同体2个", "每个共同体吸纳成员单位不少于20家"], Y, JC, {"two": True}),
    ("jcy-count-05", "晋城今年推荐几家企业去申报省级产教融合型企业", "count", ["择优推荐5家企业申报省级产教融合型企业"], Y, JC, {}),
    ("jcy-count-06", "晋城今年职校新增几个专业 停招几个", "count", ["新增光电信息技术、智能铸造技术等专业8个", "停招与产业需求不匹配的专业5个"], Y, JC,
     {"two": True}),
    ("jcy-count-fu-01", "选几个", "count", ["遴选发布产教融合典型案例10个"], Y, JC,
     {"context": ["晋城今年要评产教融合典型案例吗"]}),
    ("jct-count-01", "晋城一图读懂里重点任务一共几项 分几个方面", "count", ["6个方面", "20项重点任务"], T, JC, {"two": True}),
    ("jct-count-02", "晋城产教融合图解里主要目标用了几组数字", "count", ["8组数字看目标"], T, JC, {}),
    # yesno
    ("jcy-yesno-01", "晋城产教融合型企业年度评价不合格的 还能留在市级名单里吗", "yesno",
     ["评价不合格的移出市级产教融合型企业名单"], Y, JC, {}),
    ("jcy-yesno-02", "晋城职校学生实习要不要上实习责任保险", "yesno", ["实习学生责任保险实现全覆盖"], Y, JC, {}),
    ("jcy-yesno-03", "晋城产教融合会不会算进对县里政府的评价", "yesno", ["纳入对县（市、区）人民政府履行教育职责评价内容"], Y, JC,
     {}),
    ("jcy-yesno-04", "晋城这个工作要点是领导小组开会审议过的吗", "yesno", ["市产教融合工作领导小组2026年第1次全体会议审议通过"], Y,
     JC, {}),
    ("jcy-yesno-05", "晋城的产教融合实训基地是不是只给院校学生用", "yesno", ["面向中小微企业和社会人员开放"], Y, JC, {}),
    ("jcy-yesno-fu-01", "有没有封顶", "yesno", ["单个基地补助最高不超过200万元"], Y, JC,
     {"context": ["晋城实训基地按设备投入的30%补助"]}),
    ("jcy-yesno-06", "晋城这份产教融合工作要点是公开发布的吗", "yesno", ["（此件公开发布）"], Y, JC, {}),
    ("jct-yesno-01", "晋城一图读懂上有没有写每项任务谁牵头", "yesno",
     ["详见原文附件《晋城市2026年产教融合重点任务分解表》"], T, JC, {}),
    ("jct-yesno-02", "晋城图解问答里说新认定的市级产教融合型企业有没有奖励", "yesno",
     ["有。对新认定的市级产教融合型企业给予一次性奖励30万元"], T, JC, {}),
    # list
    ("jcy-list-01", "晋城4800万元专项资金都花在哪几块", "list",
     ["实训基地建设补助", "产业学院建设补助", "产教融合型企业奖励", "职工技能培训补贴", "“双师型”教师培养培训"], Y, JC, {}),
    ("jcy-list-02", "晋城联合体要建哪三级运行架构", "list", ["理事会、秘书处、专门工作委员会三级运行架构"], Y, JC, {}),
    ("jcy-list-03", "晋城产教资源共享平台要归集哪些信息", "list", ["企业技术需求", "院校专业设置", "实训设备和岗位需求信息"], Y, JC,
     {}),
    ("jcy-list-04", "晋城市发展改革委牵头的任务有哪些", "list",
     ["认定市级产教融合实训基地", "争取上级资金支持", "扩大产教融合型企业规模", "实施动态管理", "强化督促落实"], Y, JC, {}),
    ("jcy-list-05", "晋城任务分解表里完成时限写全年持续推进的是哪几项", "list",
     ["推进学徒制培养", "推动实训基地开放共享", "落实组合式激励政策"], Y, JC, {}),
    ("jct-list-01", "晋城图解里任务分成哪几个方面", "list",
     ["推动市域产教联合体实体化运行", "深化校企协同育人", "建设高水平实训基地", "培育产教融合型企业", "提升技术技能人才供给质量",
      "强化组织保障"], T, JC, {}),
    ("jct-list-fu-01", "第四季度要干哪些事", "list", ["完成市级产教融合型企业认定", "新建3个市级产业学院"], T, JC,
     {"context": ["晋城那个产教融合一图读懂里有时间节点吗"]}),
    ("jct-list-02", "晋城一图读懂的关键词有哪些", "list",
     ["#实体化运行", "#共同体", "#订单培养", "#产业学院", "#双师型", "#开放共享", "#组合式激励", "#本地就业"], T, JC, {}),
    # docfact
    ("jcy-docfact-01", "晋城产教融合工作要点的文号是多少", "docfact", ["晋市产教办〔2026〕2号"], Y, JC, {}),
    ("jcy-docfact-02", "晋城产教融合工作要点是哪个单位印发的 落款日期是哪天", "docfact",
     ["晋城市产教融合工作领导小组办公室", "2026年2月27日"], Y, JC, {"two": True}),
    ("jcy-docfact-03", "晋城产教融合工作要点带了什么附件", "docfact", ["附件：晋城市2026年产教融合重点任务分解表"], Y, JC, {}),
    ("jcy-docfact-04", "晋城这个工作要点是贯彻国务院哪个文件", "docfact", ["国办发〔2017〕95号"], Y, JC, {}),
    ("jcy-docfact-05", "晋城任务分解表有哪几列", "docfact", ["序号", "重点任务", "责任单位", "完成时限"], Y, JC, {}),
    ("jct-docfact-01", "晋城产教融合一图读懂放在发改委网站哪个栏目", "docfact", ["政策解读", "图解政策"], T, JC, {}),
    ("jct-docfact-02", "晋城那篇图解网页上信息来源写的啥 浏览了多少次", "docfact", ["信息来源：社会发展科", "浏览次数：1736"], T, JC,
     {"two": True}),
    ("jct-docfact-03", "晋城一图读懂解读的是哪个文件", "docfact",
     ["晋城市产教融合工作领导小组办公室关于印发《晋城市2026年产教融合工作要点》的通知"], T, JC, {}),
    # general
    ("jcy-general-01", "晋城今年产教融合工作拿什么当牵引", "general", ["以市域产教联合体建设为牵引"], Y, JC, {}),
    ("jcy-general-02", "晋城工作要点里那个★是什么意思", "general", ["标注“★”的为牵头单位"], Y, JC, {}),
    ("jcy-general-03", "晋城任务进度落后了会怎么处理", "general", ["对进度滞后的任务及时提醒督促"], Y, JC, {}),
    ("jcy-general-04", "晋城教师去企业实践和请兼职教师今年怎么安排", "general",
     ["选派200名专业课教师到企业实践", "聘请300名企业技术骨干、能工巧匠担任兼职教师"], Y, JC, {}),
    ("jcy-general-05", "晋城学徒制培养今年具体怎么搞", "general",
     ["遴选现代学徒制试点专业10个", "支持企业开展企业新型学徒制培训1500人"], Y, JC, {}),
    ("jcy-general-fu-01", "这是个什么东西", "general", ["引导银行机构开发“产教融合贷”专属信贷产品"], Y, JC,
     {"context": ["晋城工作要点里提到的产教融合贷"]}),
    ("jct-general-01", "晋城一图读懂问答里企业投资兴办职业教育有啥政策", "general",
     ["投资符合规定的，可按投资额的30%抵免当年应缴教育费附加和地方教育附加"], T, JC, {}),
    ("jct-general-02", "晋城产教融合图解里总体要求那页写了啥", "general",
     ["以产兴教　以教促产", "推动教育链、人才链与产业链、创新链有机衔接"], T, JC, {}),
    # region-scoped — a 县 / 县级市 of 晋城市 (named in neither document)
    ("jcy-rs-01", "我们是高平市一家铸造厂 评上晋城的市级产教融合型企业奖多少", "region-scoped", ["一次性奖励30万元"], Y, GP, {}),
    ("jcy-rs-02", "泽州县的职校想建市级产业学院 晋城每个补多少", "region-scoped", ["每个给予一次性建设补助100万元"], Y, ZZ, {}),
    ("jcy-rs-03", "阳城县一家企业想建实训基地 按晋城的工作要点补助怎么算", "region-scoped",
     ["按设备投入的30%给予补助", "单个基地补助最高不超过200万元"], Y, YC, {}),
    ("jcy-rs-04", "沁水县的煤层气企业能进晋城哪个行业产教融合共同体", "region-scoped", ["围绕煤层气和智能铸造产业"], Y, QS, {}),
    ("jcy-rs-05", "陵川县职校的订单班毕业生 按晋城的要求去合作企业就业的比例要多少", "region-scoped", ["不低于70%"], Y, LC,
     {}),
    ("jcy-rs-fu-01", "晋城产教融合贷今年计划新增多少贷款", "region-scoped", ["新增产教融合领域贷款不少于5亿元"], Y, ZZ,
     {"context": ["我在泽州县一家光电企业管人事"]}),
    ("jct-rs-01", "高平市的企业看了晋城那个一图读懂 问答里实训基地补助怎么说的", "region-scoped",
     ["按设备投入的30%给予补助，单个基地最高不超过200万元"], T, GP, {}),
    ("jct-rs-02", "阳城县这边问一下 晋城一图读懂时间节点里11月底前要干什么", "region-scoped",
     ["11月底前　完成市级产教融合型企业年度评价"], T, YC, {}),
    ("jct-rs-fu-01", "专项资金那块问答里说主要用在哪", "region-scoped",
     ["主要用于实训基地建设、产业学院建设、产教融合型企业奖励、职工技能培训和“双师型”教师培养培训"], T, QS,
     {"context": ["我是沁水县一家企业的 刚看了晋城发改委发的产教融合图解"]}),
    # outofscope (this region)
    ("x-f36-outofscope-01", "晋城皇城相府门票多少钱", "outofscope", None, None, JC, {}),
    ("x-f36-outofscope-02", "陵川王莽岭看云海几月份去最好", "outofscope", None, None, LC, {}),
    ("x-f36-outofscope-03", "高平长平之战遗址怎么去", "outofscope", None, None, GP, {}),
    # unstated — in the domain, stated by neither document: give-away words in no document of any round
    ("x-f36-unstated-01", "晋城产教融合型企业拿的30万元奖励要不要交企业所得税", "unstated", None, None, JC, {}),
    ("x-f36-unstated-02", "晋城产教融合贷的贷款期限最长几年", "unstated", None, None, JC, {}),
    ("x-f36-unstated-03", "晋城产教资源共享平台的网址是多少", "unstated", None, None, JC, {}),
    ("x-f36-unstated-04", "晋城订单班毕业生去合作企业上班有没有住房补贴", "unstated", None, None, JC, {}),
    ("x-f36-unstated-05", "晋城现代学徒制试点专业的招生简章出了没有", "unstated", None, None, JC, {}),
    ("x-f36-unstated-06", "晋城联合体秘书处工作人员的工资待遇谁来出", "unstated", None, None, JC, {}),
    # region-clash — other cities of the province, with no document of their own
    ("x-f36-clash-01", "朔州今年产教融合工作要点里要新培育多少家产教融合型企业", "region-clash", None, None, SZ, {}),
    ("x-f36-clash-02", "忻州市级产教融合实训基地补助最高多少", "region-clash", None, None, XZ, {}),
    ("x-f36-clash-03", "吕梁市今年产教融合专项资金安排了多少", "region-clash", None, None, LL, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f36-unstated-01": ["企业所得税"],
    "x-f36-unstated-02": ["贷款期限"],
    "x-f36-unstated-03": ["网址"],
    "x-f36-unstated-04": ["住房补贴"],
    "x-f36-unstated-05": ["招生简章"],
    "x-f36-unstated-06": ["工资待遇"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"jcy-general-06": "丹河职业技术学院", "jct-time-03": "牛晓丹"}
QUESTIONS += [
    ("jcy-general-06", "丹河职业技术学院在光机电联合体里是什么角色", "general", ["共同牵头组建"], Y, "", {}),
    ("jct-time-03", "牛晓丹编辑的那篇一图读懂是哪天发的", "time", ["2026-03-05 10:12"], T, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["jcy-time-05", "jcy-count-02", "jcy-person-01", "jcy-amount-07", "jcy-docfact-04", "jct-count-01", "jct-yesno-01",
        "jct-general-02"]
