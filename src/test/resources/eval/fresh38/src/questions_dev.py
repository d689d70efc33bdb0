"""Questions of fresh38-dev.jsonl (河南省济源市: the 活动方案 of the 2026年济源市校企供需对接会 (附件1 of 济教职成〔2026〕9号, issued
by 济源市教育局 / 济源市人力资源和社会保障局 / 济源市发展和改革委员会 on 2026年4月28日, with the 参会回执 as 附件2) as a LibreOffice .docx,
and the 通报 济源市发展和改革委员会关于2026年济源市校企供需对接会签约项目情况的通报 (济发改社会〔2026〕31号, 2026年6月3日) with the
签约项目清单 as a Markdown file). Written from the documents only.
What the 活动方案 states (time, place, units, 参会对象, 日程, 任务分工, 报名, 签约项目要求, 工作要求, 回执) → `doc` = the .docx, also when
the 通报 repeats it; what only the 通报 says (the signed projects, amounts, totals, counts, next steps) and questions that say they
read the 通报 → `doc` = the .md.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
JY = "河南省济源市"
KJ = JY + "克井镇"
WLK = JY + "五龙口镇"
ZC = JY + "轵城镇"
CL = JY + "承留镇"
LL = JY + "梨林镇"
YQ = JY + "玉泉街道"
SL = JY + "思礼镇"
JS = JY + "济水街道"
SY = JY + "邵原镇"
RZ = "河南省平顶山市汝州市"
WG = "河南省平顶山市舞钢市"
BF = "河南省平顶山市宝丰县"
F = "jiyuan-duijiehui-fangan"
T = "jiyuan-qianyue-tongbao"
BOTH = [F, T]
PROJECT_NAMES = ["冶金技术订单班", "材料成型实训基地共建", "能源化工产业学院", "智能装备现代学徒制", "食品检验订单班",
                 "新材料联合研发中心", "汽车零部件生产性实训基地", "智慧物流订单班", "医药营销人才联合培养", "工业互联网产业学院",
                 "电工技能提升培训", "冶炼设备维修技术服务"]

QUESTIONS = [
    # amount
    ("jyf-amount-01", "济源这次对接会经费预算多少 钱从哪里出", "amount", ["经费预算8.6万元", "2026年市级职业教育发展专项资金"], F, JY,
     {"two": True}),
    ("jyf-amount-02", "济源对接会上签的项目协议金额到多少能优先推荐报市级实训基地", "amount", ["协议金额在100万元以上的项目"], F, JY, {}),
    ("jyf-amount-fu-01", "那办这个对接会预算是多少钱", "amount", ["经费预算8.6万元"], F, JY,
     {"context": ["济源对接会参会单位要出会务费吗"]}),
    ("jyf-amount-03", "济源对接会原来计划签几个项目 最后签的协议金额合计多少", "amount",
     ["集中签约校企合作项目不少于10个", "协议金额合计2017.5万元"], F, JY, {"docs": BOTH, "two": True}),
    ("jyt-amount-01", "济源校企供需对接会签约项目的协议金额一共多少", "amount", ["协议金额合计2017.5万元"], T, JY, {}),
    ("jyt-amount-02", "济源对接会上金额最大的是哪个项目 多少万", "amount", ["材料成型实训基地共建", "协议金额460万元"], T, JY,
     {"two": True}),
    ("jyt-amount-03", "济源对接会签的框架协议加起来多少钱", "amount", ["框架协议3个、协议金额860万元"], T, JY, {}),
    ("jyt-amount-04", "济源太行职院跟鑫泰冶炼签的冶金订单班协议金额多少", "amount", ["180"], T, JY, {}),
    ("jyt-amount-05", "济源康安医药那个意向协议预计多少钱", "amount", ["协议金额42万元"], T, JY, {}),
    ("jyt-amount-06", "济源智慧物流订单班的协议金额是多少万", "amount", ["38.5"], T, JY, {}),
    ("jyt-amount-07", "济源对接会签的正式合作协议总共多少钱", "amount", ["合作协议8个、协议金额1115.5万元"], T, JY, {}),
    ("jyt-amount-fu-01", "这个项目协议金额多少", "amount", ["280"], T, JY,
     {"context": ["济源对接会上签的工业互联网产业学院是跟哪家企业签的"]}),
    # person
    ("jyf-person-01", "济源校企供需对接会是哪几个单位主办的", "person",
     ["济源市教育局、济源市人力资源和社会保障局、济源市发展和改革委员会"], F, JY, {}),
    ("jyf-person-02", "济源对接会承办单位是谁 协办的有哪些", "person",
     ["承办单位：济源太行职业技术学院", "济源市工业和信息化局、济源市工商业联合会、济源市职业教育集团"], F, JY, {"two": True}),
    ("jyf-person-03", "济源对接会上想签约的项目报给哪个部门", "person", ["共同报送市发展改革委社会发展科"], F, JY, {}),
    ("jyf-person-04", "济源对接会教育局那边联系人是谁 电话多少", "person", ["卫思远", "0391-6632158"], F, JY, {"two": True}),
    ("jyf-person-05", "济源对接会会场布置和签到这些活谁负责", "person",
     ["济源太行职业技术学院：负责会场布置、签到、引导、安全保障和后勤服务"], F, JY, {}),
    ("jyf-person-06", "济源对接会上重点企业技能人才需求目录由哪个部门发布", "person",
     ["市人力资源和社会保障局发布《济源市2026年重点企业技能人才需求目录》"], F, JY, {}),
    ("jyf-person-07", "济源对接会分区洽谈那段哪个单位负责", "person", ["市工业和信息化局、市职业教育集团"], F, JY, {}),
    ("jyf-person-08", "济源对接会每个签约项目上台签字的是哪些人", "person", ["每个签约项目安排院校、企业代表各1名上台签约"], F, JY,
     {}),
    ("jyf-person-fu-01", "那个部门的联系人和电话呢", "person", ["段明哲", "0391-6615273"], F, JY,
     {"context": ["济源对接会技工院校由哪个部门组织参会"]}),
    ("jyt-person-01", "济源签约项目签了半年还没动的 谁来约谈", "person",
     ["由市发展改革委会同市教育局、市人力资源和社会保障局约谈提醒"], T, JY, {}),
    ("jyt-person-02", "济源对接会分区洽谈谈成的意向后面由谁跟踪", "person",
     ["由市工业和信息化局会同市职业教育集团建立意向项目清单"], T, JY, {}),
    ("jyt-person-03", "济源天宇智能装备的学徒制项目是和哪个学校签的", "person", ["济源市豫西技工学校"], T, JY, {}),
    ("jyt-person-04", "济源发改委签约项目通报最后留的联系人是谁", "person", ["原雪晴", "0391-6698431"], T, JY, {}),
    # time
    ("jyf-time-01", "济源校企供需对接会哪天开 几点到几点", "time", ["2026年5月22日（星期五）上午8:30—12:00"], F, JY, {}),
    ("jyf-time-02", "济源对接会几点开始签到", "time", ["8:00开始签到"], F, JY, {}),
    ("jyf-time-03", "济源对接会的参会回执最晚哪天交", "time", ["2026年5月12日（星期二）17:00前"], F, JY, {}),
    ("jyf-time-04", "济源对接会想现场签约的项目最晚什么时候报上去", "time", ["2026年5月15日（星期五）17:00前"], F, JY, {}),
    ("jyf-time-05", "济源对接会集中签约安排在几点", "time", ["9:00—9:40"], F, JY, {}),
    ("jyf-time-06", "济源对接会分区洽谈是什么时间段", "time", ["10:30—12:00"], F, JY, {}),
    ("jyf-time-07", "济源对接会签约项目合作期限有要求吗 最少几年", "time", ["合作期限原则上不少于3年"], F, JY, {}),
    ("jyf-time-fu-01", "几点开始", "time", ["8:30—9:00"], F, JY, {"context": ["济源对接会开幕式都有什么内容"]}),
    ("jyt-time-01", "济源对接会签的意向协议最晚什么时候要转成合作协议", "time", ["力争于2026年9月30日前转签为合作协议"], T, JY,
     {}),
    ("jyt-time-02", "济源对接会签约项目的履约评估什么时候搞", "time", ["2026年12月底前"], T, JY, {}),
    ("jyt-time-03", "济源签约院校每个季度什么时候报项目进展", "time", ["每季度最后一个月的20日前"], T, JY, {}),
    ("jyf-time-08", "济源对接会回执哪天截止 签的意向协议要在什么时候前转签", "time",
     ["2026年5月12日（星期二）17:00前", "2026年9月30日前"], F, JY, {"docs": BOTH, "two": True}),
    ("jyt-time-fu-01", "是哪天发的", "time", ["2026年6月3日"], T, JY, {"context": ["济源对接会签约项目情况的通报出来了吗"]}),
    # count
    ("jyf-count-01", "济源对接会每个学校能去几个人", "count", ["每所院校不超过3人"], F, JY, {}),
    ("jyf-count-02", "济源对接会企业最多来几个人", "count", ["每家企业不超过2人"], F, JY, {}),
    ("jyf-count-03", "济源对接会设了几个洽谈区", "count", ["4个洽谈区"], F, JY, {}),
    ("jyf-count-04", "济源对接会专业推介院校企业各几家发言 每家讲多长时间", "count", ["院校、企业代表各4家", "每家发言不超过5分钟"],
     F, JY, {"two": True}),
    ("jyf-count-05", "济源对接会预计来多少人 实际来了多少", "count", ["预计参会人数约300人", "约320名代表参加活动"], F, JY,
     {"docs": BOTH, "two": True}),
    ("jyt-count-01", "济源对接会最后一共签了几个项目", "count", ["现场集中签约校企合作项目12个"], T, JY, {}),
    ("jyt-count-02", "济源对接会去了多少家企业", "count", ["136家企业"], T, JY, {}),
    ("jyt-count-03", "济源太行职院在对接会上签了几个项目", "count", ["济源太行职业技术学院签约5个"], T, JY, {}),
    ("jyt-count-fu-01", "意向协议签了几个", "count", ["意向协议1个"], T, JY, {"context": ["济源对接会框架协议签了几个"]}),
    # yesno
    ("jyf-yesno-01", "济源对接会参会单位要交会务费吗", "yesno", ["参会单位不承担会务费用"], F, JY, {}),
    ("jyf-yesno-02", "济源对接会企业摆展位收钱吗", "yesno", ["由承办单位免费提供桌椅和展板"], F, JY, {}),
    ("jyf-yesno-03", "济源对接会签约项目过了5月15号再报还能上台签吗", "yesno", ["逾期报送的不纳入集中签约"], F, JY, {}),
    ("jyf-yesno-04", "济源对接会回执要不要盖公章", "yesno", ["加盖单位公章后将扫描件发送至电子邮箱"], F, JY, {}),
    ("jyf-yesno-05", "济源对接会镇里和街道要派人参加吗", "yesno", ["各镇人民政府、街道办事处分管负责同志各1名"], F, JY, {}),
    ("jyf-yesno-06", "济源对接会签约前协议文本要双方先确认吗", "yesno", ["由院校和企业双方确认协议文本后"], F, JY, {}),
    ("jyf-yesno-07", "济源对接会签的项目金额过了100万能优先推荐报实训基地吗", "yesno", ["优先推荐申报市级产教融合实训基地"], F,
     JY, {}),
    ("jyf-yesno-fu-01", "薪酬范围要不要写", "yesno", ["注明岗位名称、需求人数、技能要求和薪酬范围"], F, JY,
     {"context": ["济源对接会企业要准备什么材料"]}),
    ("jyt-yesno-01", "济源对接会签约项目里有没有产业学院", "yesno", ["能源化工产业学院", "工业互联网产业学院"], T, JY, {}),
    ("jyt-yesno-02", "济源签约清单里意向协议的金额是定下来的吗", "yesno", ["意向协议项目为预计金额"], T, JY, {}),
    ("jyt-yesno-03", "济源签约项目履约评估的结果会不会影响产教融合型企业认定", "yesno",
     ["评估结果作为市级产教融合型企业认定和产教融合实训基地项目推荐的参考"], T, JY, {}),
    ("jyt-yesno-04", "济源华钢特钢是不是在对接会上签了两个项目", "yesno",
     ["济源华钢特种钢材有限公司、济源鑫泰铅锌冶炼有限公司各签约2个项目"], T, JY, {}),
    ("jyt-yesno-fu-01", "它要不要转成合作协议", "yesno", ["力争于2026年9月30日前转签为合作协议"], T, JY,
     {"context": ["济源对接会上康安医药签的是意向协议吗"]}),
    # list
    ("jyf-list-01", "济源对接会都有哪几个环节", "list", ["开幕式", "集中签约", "专业推介和需求发布", "分区洽谈"], F, JY, {}),
    ("jyf-list-02", "济源对接会分区洽谈分了哪几个区", "list", ["装备制造、新材料、能源化工、现代服务"], F, JY, {}),
    ("jyf-list-03", "济源对接会都邀请哪些人参加", "list",
     ["市直有关部门分管负责同志各1名", "校长或分管校领导1名", "拟签约企业负责人或人力资源部门负责人",
      "各镇人民政府、街道办事处分管负责同志各1名"], F, JY, {}),
    ("jyf-list-04", "济源对接会回执表里要填哪些内容", "list", ["姓名", "单位及职务", "手机号码", "是否参加集中签约", "是否需要展位"], F,
     JY, {}),
    ("jyf-list-05", "济源对接会工作要求有哪几条", "list", ["高度重视", "精心准备", "确保安全", "加强宣传", "经费保障"], F, JY, {}),
    ("jyf-list-06", "济源对接会回执里单位类型能勾哪些", "list", ["□职业院校", "□技工院校", "□企业", "□其他"], F, JY, {}),
    ("jyt-list-01", "济源对接会上都有哪些学校签了约", "list",
     ["济源太行职业技术学院", "济源市豫西技工学校", "济源市职业教育中心", "济源科技工程学校"], T, JY, {}),
    ("jyt-list-02", "济源对接会签了哪些订单班", "list", ["冶金技术订单班", "食品检验订单班", "智慧物流订单班"], T, JY, {}),
    ("jyt-list-03", "济源签约项目通报说下一步要做哪些工作", "list", ["建立项目台账", "实行季度调度", "推动意向转化", "开展履约评估"], T,
     JY, {}),
    ("jyt-list-04", "济源校企供需对接会签约的项目都有哪些", "list",
     [PROJECT_NAMES[i] for i in (0, 1, 2, 3, 5, 6, 8, 9)], T, JY, {"items": 12}),
    ("jyt-list-fu-01", "都是跟哪些企业签的", "list",
     ["济源天宇智能装备有限公司", "济源华钢特种钢材有限公司", "济源鑫泰铅锌冶炼有限公司"], T, JY,
     {"context": ["济源豫西技工学校在对接会上签了几个项目"]}),
    # docfact
    ("jyf-docfact-01", "济源校企供需对接会那个通知的文号是多少", "docfact", ["济教职成〔2026〕9号"], F, JY, {}),
    ("jyf-docfact-02", "济源对接会的通知是哪几个部门联合发的 哪天发的", "docfact",
     ["济源市教育局　济源市人力资源和社会保障局　济源市发展和改革委员会", "2026年4月28日"], F, JY, {"two": True}),
    ("jyf-docfact-03", "济源对接会通知后面带了哪些附件", "docfact",
     ["2026年济源市校企供需对接会活动方案", "2026年济源市校企供需对接会参会回执"], F, JY, {}),
    ("jyf-docfact-04", "济源对接会活动方案分哪几部分", "docfact",
     ["一、活动目的", "二、活动主题", "三、时间地点", "四、组织机构", "五、参会对象", "六、活动内容及日程安排", "七、任务分工",
      "八、报名方式"], F, JY, {}),
    ("jyf-docfact-05", "济源对接会的主题是什么", "docfact", ["校企同心　产教共融"], F, JY, {}),
    ("jyf-docfact-06", "济源对接会日程安排表有哪几列", "docfact", ["时间", "活动内容", "地点", "负责单位"], F, JY, {}),
    ("jyt-docfact-01", "济源对接会签约项目情况通报的文号是多少", "docfact", ["济发改社会〔2026〕31号"], T, JY, {}),
    ("jyt-docfact-02", "济源签约项目清单表里有哪些栏目", "docfact",
     ["项目名称", "院校", "企业", "合作内容", "协议金额（万元）", "签约类型"], T, JY, {}),
    ("jyt-docfact-03", "济源签约项目那个通报是哪个单位发的 发给谁", "docfact",
     ["济源市发展和改革委员会", "各职业院校、技工院校，市直有关单位，各有关企业"], T, JY, {"two": True}),
    # general
    ("jyf-general-01", "济源搞这个对接会是想干什么", "general", ["集中发布重点企业技能人才需求和院校专业设置信息"], F, JY, {}),
    ("jyf-general-02", "济源对接会回执怎么报", "general", ["jyxqdj2026@163.com", "单位名称＋对接会回执"], F, JY, {}),
    ("jyf-general-03", "济源对接会在哪里开", "general", ["济源市产教融合服务中心（济源市科技路16号）一楼多功能厅及东侧广场"], F, JY, {}),
    ("jyf-general-04", "济源对接会安全方面有什么要求", "general", ["制定安全工作预案"], F, JY, {}),
    ("jyf-general-05", "济源对接会拟签约的项目得满足什么条件", "general", ["有明确的合作内容、合作期限和资金或设备投入"], F, JY, {}),
    ("jyt-general-01", "济源签约清单里的协议金额是怎么算的", "general", ["合作双方在协议中约定的资金投入和设备投入金额合计"], T, JY,
     {}),
    ("jyt-general-02", "济源签约项目台账怎么管理", "general", ["逐项明确院校和企业双方责任人、实施进度和完成时限，实行清单化管理"], T,
     JY, {}),
    ("jyt-general-03", "济源华钢特钢跟太行职院合作的是什么内容", "general", ["共建材料成型实训基地，企业投入实训设备"], T, JY, {}),
    ("jyt-general-04", "济源众鑫新材料签的那个项目具体干什么", "general", ["共建联合研发中心，开展技术攻关项目3项"], T, JY, {}),
    # region-scoped
    ("jyf-rs-01", "我们是克井镇一家铸造企业 想去济源的校企对接会 能去几个人", "region-scoped", ["每家企业不超过2人"], F, KJ, {}),
    ("jyf-rs-02", "五龙口镇的企业报名济源对接会 回执发哪个邮箱", "region-scoped", ["jyxqdj2026@163.com"], F, WLK, {}),
    ("jyf-rs-03", "轵城镇政府要派人参加济源的校企供需对接会吗", "region-scoped", ["各镇人民政府、街道办事处分管负责同志各1名"], F,
     ZC, {}),
    ("jyf-rs-04", "承留镇一家食品厂想在济源对接会上摆个展位 要怎么弄", "region-scoped", ["请在回执中注明，每家企业限1个展位"], F, CL,
     {}),
    ("jyf-rs-05", "梨林镇的企业跟学校谈好了合作 想在济源对接会上签约 最晚哪天报", "region-scoped",
     ["2026年5月15日（星期五）17:00前"], F, LL, {}),
    ("jyf-rs-fu-01", "济源对接会几点开始签到", "region-scoped", ["8:00开始签到"], F, YQ,
     {"context": ["我是玉泉街道一家物流公司的"]}),
    ("jyt-rs-01", "思礼镇一家食品企业想知道济源对接会签了哪个食品方面的项目", "region-scoped",
     ["食品检验订单班", "济源绿野食品有限公司"], T, SL, {}),
    ("jyt-rs-02", "济水街道有家企业跟学校签了约 济源要求每季度什么时候报进展", "region-scoped", ["每季度最后一个月的20日前"], T, JS,
     {}),
    ("jyt-rs-fu-01", "签意向协议的项目最晚什么时候转成合作协议", "region-scoped", ["2026年9月30日前"], T, SY,
     {"context": ["我在邵原镇一家企业 刚看了济源发改委的签约项目通报"]}),
    # outofscope
    ("x-f38-outofscope-01", "济源王屋山景区门票多少钱", "outofscope", None, None, JY, {}),
    ("x-f38-outofscope-02", "济源的愚公移山精神展览馆周一开门吗", "outofscope", None, None, JY, {}),
    ("x-f38-outofscope-03", "济源烩菜哪家最正宗", "outofscope", None, None, JY, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f38-unstated-01", "济源对接会参会人员要不要戴胸牌", "unstated", None, None, JY, {}),
    ("x-f38-unstated-02", "济源对接会现场有没有抽奖环节", "unstated", None, None, JY, {}),
    ("x-f38-unstated-03", "济源对接会开幕式有没有文艺演出", "unstated", None, None, JY, {}),
    ("x-f38-unstated-04", "济源对接会签约现场有人摄像吗 录像能给单位一份吗", "unstated", None, None, JY, {}),
    ("x-f38-unstated-05", "济源对接会企业展位上能接投影吗", "unstated", None, None, JY, {}),
    ("x-f38-unstated-06", "济源对接会会场座位怎么排 企业坐哪里", "unstated", None, None, JY, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f38-clash-01", "汝州的校企供需对接会什么时候开", "region-clash", None, None, RZ, {}),
    ("x-f38-clash-02", "舞钢市校企对接会回执发哪个邮箱", "region-clash", None, None, WG, {}),
    ("x-f38-clash-03", "宝丰县的校企对接会签了多少个合作项目", "region-clash", None, None, BF, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f38-unstated-01": ["胸牌"],
    "x-f38-unstated-02": ["抽奖"],
    "x-f38-unstated-03": ["文艺演出"],
    "x-f38-unstated-04": ["摄像"],
    "x-f38-unstated-05": ["投影"],
    "x-f38-unstated-06": ["座位"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"jyf-count-06": "济教职成", "jyt-count-05": "济发改社会"}
QUESTIONS += [
    ("jyf-count-06", "济教职成2026年9号文说的那个对接会每所院校能去几个人", "count", ["每所院校不超过3人"], F, "", {}),
    ("jyt-count-05", "济发改社会2026年31号那个通报里一共签了几个项目", "count", ["现场集中签约校企合作项目12个"], T, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["jyf-count-03", "jyf-time-05", "jyf-person-08", "jyf-amount-02", "jyt-count-01", "jyt-person-02", "jyt-time-01",
        "jyt-amount-01"]
