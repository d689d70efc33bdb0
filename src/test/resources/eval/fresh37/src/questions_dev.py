"""Questions of fresh37-dev.jsonl (新疆维吾尔自治区伊犁哈萨克自治州伊宁市: the 申报书 form 伊宁市2026年市级产教融合实训基地申报书
(附件1 of 伊市发改社会〔2026〕18号, 编制 伊宁市发展和改革委员会 / 伊宁市教育局, 二〇二六年四月) as a LibreOffice Word 97 .doc, and the
填报答疑 关于2026年伊宁市市级产教融合实训基地申报工作常见问题的解答 (2026-05-08 16:30) as a page of the 伊宁市发展和改革委员会 portal).
Written from the documents only.
What the 申报书 states (its 填报说明, fields, checkbox options, conditions, budget rules, 绩效 minimums, 承诺书, 附件材料清单) →
`doc` = the .doc, also when the 答疑 repeats it; what only the 答疑 says (edge cases, the worked examples, the two payments, the
纸质 deadline and office hours, the 系统's support line, file rules, the 评审 timing) and questions that say they read the 答疑 →
`doc` = the .html.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
YN = "新疆维吾尔自治区伊犁哈萨克自治州伊宁市"
BYD = YN + "巴彦岱镇"
PJ = YN + "潘津镇"
YYE = YN + "英也尔镇"
DDMT = YN + "达达木图镇"
HB = YN + "汉宾乡"
KED = YN + "喀尔墩乡"
TGLK = YN + "托格拉克乡"
DML = YN + "墩买里街道"
SYBY = YN + "萨依布依街道"
SHZ = "新疆维吾尔自治区石河子市"
WJQ = "新疆维吾尔自治区五家渠市"
BL = "新疆维吾尔自治区博尔塔拉蒙古自治州博乐市"
Y = "yining-shenbaoshu"
D = "yining-dayi"
BOTH = [Y, D]

QUESTIONS = [
    # amount
    ("yns-amount-01", "伊宁市级产教融合实训基地补助最高能给多少", "amount", ["单个项目最高不超过150万元"], Y, YN, {}),
    ("yns-amount-02", "伊宁实训基地补助按总投资的几成算", "amount", ["不超过项目总投资（不含土地和房屋建设费用）的30%"], Y, YN, {}),
    ("yns-amount-03", "伊宁申报实训基地 设备原值至少要多少", "amount", ["实训设备原值不低于300万元"], Y, YN, {}),
    ("yns-amount-04", "伊宁实训基地项目总投资最低多少才够格报", "amount", ["项目总投资不低于200万元"], Y, YN, {}),
    ("yns-amount-05", "伊宁投资预算表里其他那一栏最多能占多少", "amount", ["不超过投资额合计的10%"], Y, YN, {}),
    ("yns-amount-06", "伊宁申报书里的金额用什么单位 保留几位小数", "amount", ["表中金额单位为万元，保留两位小数"], Y, YN, {}),
    ("yns-amount-09", "伊宁实训基地补助的比例和封顶分别是多少", "amount", ["的30%", "单个项目最高不超过150万元"], Y, YN,
     {"two": True}),
    ("yns-amount-10", "伊宁实训基地绩效目标里年实训培训人次最低要求多少 补助认定后先拨多少", "amount",
     ["不少于2000人次", "拨付补助资金的60%"], Y, YN, {"docs": BOTH, "two": True}),
    ("ynd-amount-01", "伊宁答疑里说项目总投资400万元能申请多少补助", "amount", ["可申请补助120万元"], D, YN, {}),
    ("ynd-amount-02", "伊宁实训基地总投资600万的话补多少", "amount", ["按150万元补助"], D, YN, {}),
    ("ynd-amount-03", "伊宁实训基地补助认定以后先拨多少", "amount", ["认定结果公布后拨付补助资金的60%"], D, YN, {}),
    ("ynd-amount-fu-01", "验收以后再拨多少", "amount", ["拨付其余40%"], D, YN,
     {"context": ["伊宁实训基地补助是分两次拨的吗"]}),
    # person
    ("yns-person-01", "伊宁实训基地申报书是哪几个部门编制的", "person", ["伊宁市发展和改革委员会　伊宁市教育局　编制"], Y, YN, {}),
    ("yns-person-02", "伊宁实训基地申报由谁组织专家评审", "person",
     ["市发展改革委会同市教育局、市人力资源和社会保障局、市财政局"], Y, YN, {}),
    ("yns-person-03", "伊宁实训基地申报发改委那边联系人是谁 电话多少", "person", ["阿依古丽·买买提", "0999-8126437"], Y, YN,
     {"two": True}),
    ("yns-person-04", "伊宁教育局管实训基地申报的是谁", "person", ["周建林"], Y, YN, {}),
    ("yns-person-05", "伊宁企业申报实训基地 推荐部门可以是哪些", "person",
     ["申报单位注册地所在乡（镇）人民政府、街道办事处或市级行业主管部门"], Y, YN, {}),
    ("yns-person-06", "伊宁实训基地申报书的审核意见要哪几个部门出", "person", ["市发展改革委审核意见", "市教育局审核意见"], Y, YN,
     {}),
    ("yns-person-08", "伊宁实训基地纸质申报材料交给发改委哪个科", "person", ["市发展改革委社会发展科"], Y, YN, {}),
    ("yns-person-09", "伊宁申报书推荐部门意见那栏要谁签字 技工院校由哪个部门推荐", "person",
     ["经办人", "负责人", "技工院校由市人力资源和社会保障局推荐"], Y, YN, {"docs": BOTH, "two": True}),
    ("ynd-person-01", "伊宁职业院校申报实训基地由谁推荐", "person", ["职业院校由市教育局推荐"], D, YN, {}),
    ("ynd-person-02", "伊宁技工院校报实训基地归哪个部门推荐", "person", ["技工院校由市人力资源和社会保障局推荐"], D, YN, {}),
    ("ynd-person-03", "伊宁实训基地评审公示完了由谁发文认定", "person", ["由市发展改革委、市教育局联合发文认定"], D, YN, {}),
    ("ynd-person-05", "伊宁集团下面的分公司没有法人资格 那谁来报", "person", ["须由其所属的法人单位申报"], D, YN, {}),
    ("ynd-person-fu-01", "谁来组织验收", "person", ["通过市发展改革委、市教育局组织的验收"], D, YN,
     {"context": ["伊宁实训基地项目建成以后要验收吗"]}),
    # time
    ("yns-time-01", "伊宁市级实训基地申报截止到什么时候", "time", ["2026年6月12日（星期五）18:00"], Y, YN, {}),
    ("yns-time-02", "伊宁实训基地申报书里的财务数据截止到哪天", "time", ["财务数据截至2025年12月31日"], Y, YN, {}),
    ("yns-time-04", "伊宁实训基地建设期限最长多久", "time", ["不超过24个月"], Y, YN, {}),
    ("yns-time-05", "伊宁实训基地申报书是什么时候编制的", "time", ["二〇二六年四月"], Y, YN, {}),
    ("yns-time-06", "伊宁申报要的信用报告得是哪天以后打印的", "time", ["2026年4月1日以后打印"], Y, YN, {}),
    ("yns-time-fu-01", "最晚什么时候传", "time", ["2026年6月12日（星期五）18:00"], Y, YN,
     {"context": ["伊宁实训基地申报书电子版在哪个系统上传"]}),
    ("yns-time-08", "伊宁申报书怎么装订 纸质材料最晚哪天送到", "time", ["左侧装订成册", "2026年6月15日（星期一）18:00前送达"], Y,
     YN, {"docs": BOTH, "two": True}),
    ("ynd-time-01", "伊宁实训基地纸质材料最晚哪天送到", "time", ["2026年6月15日（星期一）18:00前送达"], D, YN, {}),
    ("ynd-time-02", "伊宁市民服务中心几点收实训基地纸质申报材料", "time", ["工作日10:00—14:00、16:00—19:30"], D, YN, {}),
    ("ynd-time-03", "伊宁实训基地注册满2年是算到哪天", "time", ["计算至2026年3月31日"], D, YN, {}),
    ("ynd-time-04", "伊宁实训基地评审结果大概什么时候出", "time", ["2026年7月下旬"], D, YN, {}),
    ("ynd-time-05", "伊宁实训基地申报常见问题的解答是哪天发布的", "time", ["2026-05-08 16:30"], D, YN, {}),
    ("ynd-time-06", "伊宁实训基地纸质材料是按寄出时间还是送达时间算", "time", ["以送达时间为准"], D, YN, {}),
    # count
    ("yns-count-01", "伊宁实训基地申报书要交几份", "count", ["一式四份（正本1份、副本3份）"], Y, YN, {}),
    ("yns-count-02", "伊宁申报实训基地场地要多大", "count", ["实训场地面积不少于600平方米"], Y, YN, {}),
    ("yns-count-03", "伊宁实训基地上年度培训量要达到多少", "count", ["上年度开展实训或培训不少于1000人日"], Y, YN, {}),
    ("yns-count-04", "伊宁实训基地每年实训培训至少多少人次 其中面向社会人员的至少多少", "count", ["不少于2000人次", "不少于500人次"],
     Y, YN, {"two": True}),
    ("yns-count-05", "伊宁实训基地每年要接收多少职校学生实习", "count", ["不少于100人"], Y, YN, {}),
    ("yns-count-06", "伊宁一个单位能报几个实训基地项目", "count", ["每个单位限报1个项目"], Y, YN, {}),
    ("yns-count-07", "伊宁实训基地评审结果公示几天", "count", ["公示5个工作日"], Y, YN, {}),
    ("yns-count-09", "伊宁院校申报实训基地至少要拉几家合作企业", "count", ["须有至少1家合作企业共同参与建设"], Y, YN, {}),
    ("yns-count-fu-01", "几年内不能再报", "count", ["五年内不再申报市级产教融合项目"], Y, YN,
     {"context": ["伊宁实训基地违反承诺会怎样"]}),
    # yesno
    ("yns-yesno-01", "伊宁实训基地申报书填错了能不能涂改", "yesno", ["不得涂改"], Y, YN, {}),
    ("yns-yesno-02", "伊宁已经是市级实训基地了 还能拿同一个基地再报吗", "yesno", ["不得以同一基地重复申报"], Y, YN, {}),
    ("yns-yesno-03", "伊宁申报书没内容的栏目能空着吗", "yesno", ["无相关内容的栏目填“无”，不得空缺"], Y, YN, {}),
    ("yns-yesno-04", "伊宁实训基地补助能拿来发工资吗", "yesno", ["市级补助资金不得用于人员工资福利"], Y, YN, {}),
    ("yns-yesno-05", "伊宁实训场地是租的能报吗", "yesno", ["场地为自有产权或租赁期不少于5年"], Y, YN, {}),
    ("yns-yesno-07", "伊宁申报条件有一条不符合还能报吗", "yesno", ["不符合任一条件的，不予受理"], Y, YN, {}),
    ("yns-yesno-fu-01", "那土地和房子的钱算不算进去", "yesno", ["不含土地和房屋建设费用"], Y, YN,
     {"context": ["伊宁实训基地的补助是按项目总投资算的吧"]}),
    ("ynd-yesno-01", "伊宁职业院校申报实训基地也要注册满2年吗", "yesno", ["院校申报不受“注册登记满2年”条件限制"], D, YN, {}),
    ("ynd-yesno-02", "伊宁租来的设备能算进设备原值吗", "yesno", ["租赁设备和合作院校所有的设备均不计入"], D, YN, {}),
    ("ynd-yesno-03", "伊宁实训基地申报书能手写吗", "yesno", ["申报书须用电脑填写后打印"], D, YN, {}),
    ("ynd-yesno-04", "伊宁已经拿过上级资金的项目还能报实训基地吗", "yesno", ["新增的建设内容可以申报"], D, YN, {}),
    ("ynd-yesno-05", "伊宁集团的子公司能单独申报实训基地吗", "yesno", ["具有独立法人资格的子公司可以以自己的名义单独申报"], D, YN,
     {}),
    ("ynd-yesno-fu-01", "能申报市级实训基地吗", "yesno", ["成立日期在2024年3月31日以前（含当日）的企业符合条件"], D, YN,
     {"context": ["伊宁一家公司是2024年3月31日成立的"]}),
    # list
    ("yns-list-01", "伊宁申报实训基地要准备哪些附件材料", "list",
     ["营业执照或事业单位法人证书复印件", "校企合作协议复印件", "实训设备清单及购置发票复印件", "场地产权证明或租赁合同复印件",
      "2025年度财务审计报告", "信用报告", "项目实施方案", "2025年度实训培训台账"], Y, YN, {"items": 10}),
    ("yns-list-02", "伊宁市级实训基地申报条件有哪些", "list",
     ["注册登记满2年", "项目总投资不低于200万元", "实训场地面积不少于600平方米", "实训设备原值不低于300万元",
      "签订校企合作协议，且已合作满1年", "上年度开展实训或培训不少于1000人日", "未被列入严重失信主体名单"], Y, YN, {}),
    ("yns-list-03", "伊宁实训基地投资预算表要分哪几项填", "list",
     ["实训设备购置", "实训场地改造", "实训教学信息化平台", "课程和教材开发", "师资培训"], Y, YN, {}),
    ("yns-list-04", "伊宁申报书单位性质有哪些选项", "list",
     ["☐国有企业", "☐民营企业", "☐混合所有制企业", "☐外资企业", "☐职业院校", "☐技工院校"], Y, YN, {}),
    ("yns-list-05", "伊宁实训基地申报书里所属产业领域能选哪些", "list",
     ["现代农牧业和食品加工", "纺织服装", "新能源新材料", "现代商贸物流", "文化旅游"], Y, YN, {}),
    ("yns-list-07", "伊宁实训基地申报书哪些地方要盖公章", "list", ["申报书封面、承诺书和推荐意见栏须加盖公章"], Y, YN, {}),
    ("yns-list-08", "伊宁实训基地补助不能花在哪些地方", "list", ["人员工资福利", "征地拆迁", "购置车辆"], Y, YN, {}),
    ("yns-list-09", "伊宁申报单位承诺书里要承诺哪些事", "list",
     ["内容真实、准确、完整", "未获得其他市级财政资金支持", "补助资金专款专用", "开放不少于200天", "自愿退回已拨付的补助资金"], Y, YN,
     {}),
    ("ynd-list-01", "伊宁投资预算表的其他一栏可以填哪些费用", "list", ["项目论证、设备安装调试等费用"], D, YN, {}),
    ("ynd-list-02", "伊宁实训基地上传的电子版有哪些要求", "list",
     ["一个PDF文件", "加盖公章后的扫描件", "文件大小不超过30MB", "“单位名称＋项目名称”"], D, YN, {}),
    ("ynd-list-fu-01", "都有哪些电话", "list", ["0999-8126437", "0999-8035512", "0999-8126450"], D, YN,
     {"context": ["伊宁实训基地申报有问题想打电话咨询"]}),
    # docfact
    ("yns-docfact-01", "伊宁实训基地申报书是依据哪个文件制定的", "docfact", ["伊市发改社会〔2026〕18号"], Y, YN, {}),
    ("yns-docfact-02", "伊宁实训基地申报书是那个通知的第几个附件", "docfact", ["附件1"], Y, YN, {}),
    ("yns-docfact-03", "伊宁实训基地申报书分哪几部分", "docfact",
     ["一、申报单位基本情况", "二、申报条件自查表", "三、项目基本情况", "四、项目投资预算表", "五、绩效目标表", "六、推荐及审核意见"], Y,
     YN, {}),
    ("yns-docfact-04", "伊宁实训基地绩效目标表有哪几列", "docfact", ["一级指标", "二级指标", "三级指标", "指标值", "最低要求"], Y, YN,
     {}),
    ("yns-docfact-05", "伊宁实训基地申报书封面要填哪些", "docfact",
     ["项目名称", "申报单位（盖章）", "推荐部门（盖章）", "项目负责人", "填报日期"], Y, YN, {}),
    ("ynd-docfact-01", "伊宁实训基地申报常见问题的解答在发改委网站哪个栏目", "docfact", ["互动交流", "咨询答复"], D, YN, {}),
    ("ynd-docfact-02", "伊宁那篇实训基地申报答疑来源写的什么 浏览了多少次", "docfact", ["来源：社会发展科", "浏览次数：2154"], D,
     YN, {"two": True}),
    ("ynd-docfact-03", "伊宁实训基地申报答疑页面后面附了什么文件", "docfact", ["伊宁市2026年市级产教融合实训基地申报书.doc"], D,
     YN, {}),
    ("ynd-docfact-04", "伊宁实训基地申报答疑最后落款是哪个单位 哪天", "docfact", ["伊宁市发展和改革委员会", "2026年5月8日"], D, YN,
     {"two": True}),
    # general
    ("yns-general-01", "伊宁实训基地的绩效目标填了有什么用", "general", ["绩效目标将作为项目验收的依据"], Y, YN, {}),
    ("yns-general-02", "伊宁实训基地申报书正本副本怎么区分", "general", ["封面右上角注明“正本”或“副本”"], Y, YN, {}),
    ("yns-general-04", "伊宁申报条件自查表怎么填", "general", ["在“自查结果”栏勾选", "注明对应的附件材料序号"], Y, YN, {}),
    ("yns-general-05", "伊宁实训基地违反承诺要承担什么后果", "general", ["自愿退回已拨付的补助资金"], Y, YN, {}),
    ("ynd-general-01", "伊宁申报书单位性质一栏能勾几个", "general", ["只能勾选一项"], D, YN, {}),
    ("ynd-general-02", "伊宁国有资本参股不控股的企业单位性质勾哪个", "general",
     ["国有资本参股但不控股的企业勾选“混合所有制企业”"], D, YN, {}),
    ("ynd-general-03", "伊宁产教融合项目申报系统怎么注册", "general", ["使用统一社会信用代码注册账号"], D, YN, {}),
    ("ynd-general-04", "伊宁实训基地设备原值按什么算", "general", ["按申报单位自有设备的购置发票或固定资产账面原值计算"], D, YN, {}),
    ("ynd-general-05", "伊宁上级资金支持过的项目 新增内容申报时要在哪说明", "general",
     ["在申报书“现有基础”栏说明已获支持情况"], D, YN, {}),
    # region-scoped — a 镇 / 乡 / 街道 of 伊宁市 (named in neither document)
    ("yns-rs-01", "我们是巴彦岱镇一家食品加工厂 想报伊宁的市级实训基地 推荐部门找谁", "region-scoped",
     ["申报单位注册地所在乡（镇）人民政府、街道办事处或市级行业主管部门"], Y, BYD, {}),
    ("yns-rs-02", "潘津镇的企业报伊宁市级实训基地 补助最高多少", "region-scoped", ["单个项目最高不超过150万元"], Y, PJ, {}),
    ("yns-rs-03", "英也尔镇有家纺织企业 按伊宁的申报书所属产业领域该勾哪个", "region-scoped", ["☐纺织服装"], Y, YYE, {}),
    ("yns-rs-04", "汉宾乡一家农牧企业想报伊宁实训基地 场地要求多大", "region-scoped", ["实训场地面积不少于600平方米"], Y, HB, {}),
    ("yns-rs-05", "墩买里街道的公司申报伊宁实训基地 纸质材料送到哪", "region-scoped",
     ["伊宁市新华西路358号市民服务中心4楼411室"], Y, DML, {}),
    ("yns-rs-fu-01", "伊宁市级实训基地申报书交几份", "region-scoped", ["一式四份（正本1份、副本3份）"], Y, DDMT,
     {"context": ["我是达达木图镇一家企业管申报的"]}),
    ("ynd-rs-01", "喀尔墩乡的企业看了伊宁的申报答疑 纸质材料最晚哪天交", "region-scoped", ["2026年6月15日（星期一）18:00前送达"],
     D, KED, {}),
    ("ynd-rs-02", "萨依布依街道一家公司是2024年5月成立的 按伊宁的答疑能报实训基地吗", "region-scoped",
     ["成立日期在2024年3月31日以前（含当日）的企业符合条件"], D, SYBY, {}),
    ("ynd-rs-fu-01", "补助分几次拨", "region-scoped", ["分两次拨付"], D, TGLK,
     {"context": ["托格拉克乡一家企业 刚看了伊宁发改委的实训基地申报常见问题解答"]}),
    # outofscope (this region)
    ("x-f37-outofscope-01", "伊宁六星街晚上几点关门", "outofscope", None, None, YN, {}),
    ("x-f37-outofscope-02", "伊宁喀赞其民俗旅游区门票多少钱", "outofscope", None, None, YN, {}),
    ("x-f37-outofscope-03", "伊宁市的薰衣草几月份开", "outofscope", None, None, YN, {}),
    # unstated — in the domain, stated by neither document: give-away words in no document of any round
    ("x-f37-unstated-01", "伊宁实训基地补助到账以后要交增值税吗", "unstated", None, None, YN, {}),
    ("x-f37-unstated-02", "伊宁产教融合项目申报系统能用手机填报吗", "unstated", None, None, YN, {}),
    ("x-f37-unstated-03", "伊宁实训基地申报书封面要不要彩印", "unstated", None, None, YN, {}),
    ("x-f37-unstated-04", "伊宁实训基地补助资金要不要单独开专户", "unstated", None, None, YN, {}),
    ("x-f37-unstated-05", "伊宁今年市级实训基地认定有没有数量限制", "unstated", None, None, YN, {}),
    ("x-f37-unstated-06", "伊宁申报系统填到一半能不能暂存", "unstated", None, None, YN, {}),
    # region-clash — other cities of the autonomous region, with no document of their own
    ("x-f37-clash-01", "石河子市级产教融合实训基地补助最高多少", "region-clash", None, None, SHZ, {}),
    ("x-f37-clash-02", "五家渠实训基地申报书要交几份", "region-clash", None, None, WJQ, {}),
    ("x-f37-clash-03", "博乐市级实训基地申报截止到什么时候", "region-clash", None, None, BL, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f37-unstated-01": ["增值税"],
    "x-f37-unstated-02": ["手机填报"],
    "x-f37-unstated-03": ["彩印"],
    "x-f37-unstated-04": ["专户"],
    "x-f37-unstated-05": ["数量限制"],
    "x-f37-unstated-06": ["暂存"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"yns-count-11": "伊市发改社会", "ynd-count-01": "俞雪薇"}
QUESTIONS += [
    ("yns-count-11", "伊市发改社会2026年18号文附的那个申报书要打印几份", "count", ["一式四份（正本1份、副本3份）"], Y, "", {}),
    ("ynd-count-01", "俞雪薇编辑的那篇申报常见问题解答里 补助分几次拨", "count", ["分两次拨付"], D, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["ynd-time-01", "ynd-amount-03", "ynd-yesno-02", "ynd-person-02", "yns-count-02", "yns-amount-06", "yns-list-01",
        "yns-time-02"]
