"""Questions of fresh43-dev.jsonl (河南省周口市西华县: 西华县教育体育局　西华县人力资源和社会保障局　西华县财政局关于印发《西华县职业
学校专业教师企业实践管理规定》的通知 (西教体〔2026〕9号, 2026年3月26日) with the 规定 and its 考核登记表 — a .docx —, and 西华县
教育体育局关于下达2026年度职业学校专业教师企业实践项目的通知 (西教体〔2026〕27号, 2026年5月22日) with its 项目表, as a plain-text
file with a box-drawn table). Written from the documents only.
What the 规定 and its 印发通知 state (articles, items, the form and its notes, issuers, 文号, date, 施行, 有效期, contact) → `doc` = the
.docx, also when the notice repeats it; what only the notice says (this year's projects, firms, places, batches, dates, the
路费 change, worked allowances, conversions, contacts) and questions that say they read it → `doc` = the .txt.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
XH = "河南省周口市西华县"
XXT = XH + "西夏亭镇"
XY = XH + "逍遥镇"
FM = XH + "奉母镇"
HHJ = XH + "红花集镇"
ND = XH + "聂堆镇"
ZF = XH + "址坊镇"
CY = XH + "迟营镇"
PY = XH + "皮营街道"
DWY = XH + "东王营乡"
FG = "河南省周口市扶沟县"
TK = "河南省周口市太康县"
DC = "河南省周口市郸城县"
B = "xihua-shijian-guiding"
T = "xihua-xiangmu-tongzhi"
BOTH = [B, T]

QUESTIONS = [
    # amount
    ("xhd-amount-01", "西华职校老师去县内企业实践一天生活补助多少钱", "amount", ["每人每天60元"], B, XH, {}),
    ("xhd-amount-02", "西华老师到县外企业实践 生活补助一天给多少 一年最多能领多少", "amount",
     ["每人每天90元", "生活补助每人每年最高不超过3600元"], B, XH, {"two": True}),
    ("xhd-amount-03", "西华老师去县外企业实践 企业不管住的话住宿费一天最多报多少", "amount", ["每人每天不超过120元"], B, XH, {}),
    ("xhd-amount-04", "西华的企业实践工作站接收一个老师实践考核合格能拿多少补助 一年封顶多少", "amount",
     ["补助1500元", "每个工作站每年最高不超过3万元"], B, XH, {"two": True}),
    ("xhd-amount-05", "西华企业实践考核优秀的人数最多能占多少", "amount", ["不超过本校当年实践教师总数的20%"], B, XH, {}),
    ("xhd-amount-fu-01", "去县外的呢", "amount", ["每人每天90元"], B, XH, {"context": ["西华老师去县内企业实践有生活补助吗"]}),
    ("xht-amount-01", "西华今年去县外企业实践的往返交通费怎么给 给多少", "amount", ["每人每个项目200元"], T, XH, {}),
    ("xht-amount-02", "西华老师参加县内项目集中实践20个工作日 生活补助能拿多少", "amount", ["60×20＝1200元"], T, XH, {}),
    ("xht-amount-03", "西华一个老师县外集中实践20天又去县外分段实践25天 生活补助算下来多少 实际发多少", "amount",
     ["90×45＝4050元", "按3600元发放"], T, XH, {"two": True}),
    ("xht-amount-04", "西华丰穗面业今年接收的实践老师都考核合格的话能拿多少工作站补助", "amount", ["1500×3＝4500元"], T, XH, {}),
    ("xht-amount-fu-01", "那包干给多少钱", "amount", ["200元"], T, XH, {"context": ["西华今年去县外企业实践的往返车费还要凭票报吗"]}),
    # person
    ("xhd-person-01", "西华企业实践管理规定是哪几个部门联合发的", "person",
     ["西华县教育体育局", "西华县人力资源和社会保障局", "西华县财政局"], B, XH, {}),
    ("xhd-person-02", "西华的教师企业实践工作站由哪个部门认定", "person", ["县教育体育局会同县人力资源和社会保障局"], B, XH, {}),
    ("xhd-person-03", "西华老师企业实践的经费归哪个部门管", "person", ["县财政局负责企业实践经费的安排和监督"], B, XH, {}),
    ("xhd-person-04", "西华老师在企业实践请两天假找谁批", "person", ["由企业指导人员批准"], B, XH, {}),
    ("xhd-person-05", "西华老师企业实践的考核由谁评定", "person", ["考核由企业指导人员提出意见，学校综合评定"], B, XH, {}),
    ("xhd-person-06", "西华企业实践管理规定由哪个部门负责解释", "person",
     ["本规定由县教育体育局会同县人力资源和社会保障局负责解释"], B, XH, {}),
    ("xhd-person-07", "西华老师去企业实践的意外伤害保险谁给买", "person",
     ["职业学校应当在实践开始前为实践教师购买人身意外伤害保险"], B, XH, {}),
    ("xhd-person-fu-01", "技工学校还要抄送哪个部门", "person", ["技工学校同时抄送县人力资源和社会保障局"], B, XH,
     {"context": ["西华职业学校的企业实践计划报到哪"]}),
    ("xht-person-01", "西华企业实践项目的政策问题找谁问 电话多少", "person", ["王振华", "0394-5291736"], T, XH, {"two": True}),
    ("xht-person-02", "西华华康技工学校的老师报今年的企业实践找谁", "person", ["张国庆"], T, XH, {}),
    ("xht-person-03", "西华XH2610项目是在哪家企业", "person", ["华信智能电网科技"], T, XH, {}),
    ("xht-person-04", "西华今年直播电商运营那个实践项目在哪家公司", "person", ["云采电子商"], T, XH, {}),
    ("xht-person-fu-01", "报名找谁 电话多少", "person", ["李娟", "0394-5226408"], T, XH,
     {"context": ["西华娲皇职专的老师想报今年的企业实践项目"], "two": True}),
    # time
    ("xhd-time-01", "西华企业实践管理规定哪天开始施行 有效期多久", "time", ["2026年5月1日", "有效期3年"], B, XH, {"two": True}),
    ("xhd-time-02", "西华企业实践管理规定是哪天印发的", "time", ["2026年3月26日"], B, XH, {}),
    ("xhd-time-03", "西华职业学校每年几月底前要把本校企业实践计划报上去", "time", ["每年3月底前"], B, XH, {}),
    ("xhd-time-04", "西华县里每年什么时候前发布企业实践项目安排", "time", ["每年5月底前"], B, XH, {}),
    ("xhd-time-05", "西华新入职没在企业干过的老师要在入职后几年内完成企业实践", "time", ["入职后2年内"], B, XH, {}),
    ("xhd-time-06", "西华老师企业实践结束后多长时间内交考核材料", "time", ["实践结束后5个工作日内"], B, XH, {}),
    ("xhd-time-07", "西华企业实践规定哪天起施行 今年第一批集中实践哪天开始", "time", ["2026年5月1日", "2026年7月6日"], B, XH,
     {"docs": BOTH, "two": True}),
    ("xht-time-01", "西华今年第一批企业实践是什么时候", "time", ["2026年7月6日", "7月31日"], T, XH, {}),
    ("xht-time-02", "西华第二批集中实践从哪天到哪天", "time", ["8月3日", "8月28日"], T, XH, {}),
    ("xht-time-03", "西华老师报名今年的企业实践截止到哪天", "time", ["2026年6月5日"], T, XH, {}),
    ("xht-time-04", "西华第二批实践完了考核材料最晚哪天交", "time", ["9月4日前"], T, XH, {}),
    ("xht-time-05", "西华今年的分段实践要在什么时候前做完", "time", ["2026年12月25日前完成"], T, XH, {}),
    ("xht-time-06", "西华实践老师第一天几点到企业报到", "time", ["上午8:30"], T, XH, {}),
    ("xht-time-fu-01", "安排结果什么时候通知学校", "time", ["6月19日前通知各职业学校"], T, XH,
     {"context": ["西华学校的企业实践报名汇总表什么时候报到县里"]}),
    # count
    ("xhd-count-01", "西华专业课老师每5年要累计企业实践多长时间", "count", ["不少于6个月"], B, XH, {}),
    ("xhd-count-02", "西华集中实践一次至少要连续多少个工作日", "count", ["集中实践每次连续不少于20个工作日"], B, XH, {}),
    ("xhd-count-03", "西华分段实践每段最少几天", "count", ["分段实践每段不少于5个工作日"], B, XH, {}),
    ("xhd-count-04", "西华企业实践多少个工作日算一个月", "count", ["每20个工作日折算为1个月"], B, XH, {}),
    ("xhd-count-05", "西华老师企业实践一天能折算几个课时的工作量", "count", ["每个工作日折算2课时"], B, XH, {}),
    ("xhd-count-06", "西华企业实践考核登记表一式几份", "count", ["本表一式三份"], B, XH, {}),
    ("xhd-count-07", "西华规定一个工作日折算多少继续教育学时 今年做完一批集中实践能折算多少学时", "count",
     ["每个工作日折算8个继续教育学时", "160学时"], B, XH, {"docs": BOTH, "two": True}),
    ("xhd-count-fu-01", "累计几天就终止实践", "count", ["无故离岗累计3天以上的"], B, XH,
     {"context": ["西华有个老师在企业实践的时候无故不去岗位"]}),
    ("xht-count-01", "西华今年一共有几个企业实践项目 多少个名额", "count", ["企业实践项目11个", "实践名额19个"], T, XH,
     {"two": True}),
    ("xht-count-02", "西华今年县外的实践项目有几个", "count", ["县外项目4个"], T, XH, {}),
    ("xht-count-03", "西华第一批集中实践有多少个名额", "count", ["10个名额"], T, XH, {}),
    ("xht-count-04", "西华集中实践一批20个工作日能折算多少继续教育学时", "count", ["继续教育学时160学时"], T, XH, {}),
    # yesno
    ("xhd-yesno-01", "西华老师在企业实践的时候能拿企业发的工资吗", "yesno", ["不得在实践企业领取劳动报酬"], B, XH, {}),
    ("xhd-yesno-02", "西华教公共基础课的老师能参加企业实践吗", "yesno", ["公共基础课教师可以参照本规定参加企业实践"], B, XH, {}),
    ("xhd-yesno-03", "西华老师请假的时间算不算企业实践时间", "yesno", ["请假时间不计入企业实践时间"], B, XH, {}),
    ("xhd-yesno-04", "西华老师没按规定完成企业实践还能评高一级职称吗", "yesno", ["不得申报高一级专业技术职称"], B, XH, {}),
    ("xhd-yesno-05", "西华企业实践考核不合格 已经发的生活补助要退吗", "yesno", ["已经发放的，由所在学校予以收回"], B, XH, {}),
    ("xhd-yesno-06", "西华老师能自己去县外企业实践吗", "yesno", ["应当经所在学校同意，并报县教育体育局备案"], B, XH, {}),
    ("xhd-yesno-fu-01", "他考核还能合格吗", "yesno", ["终止其企业实践，考核结果为不合格"], B, XH,
     {"context": ["西华有个老师伪造了企业实践日志"]}),
    ("xht-yesno-01", "西华今年去县外企业实践交通费还用凭票报销吗", "yesno", ["不再凭票据实报实销"], T, XH, {}),
    ("xht-yesno-02", "西华一个老师今年能报两个集中实践项目吗", "yesno", ["每人限报1个集中实践项目"], T, XH, {}),
    ("xht-yesno-03", "西华2025年入职没有企业经历的新老师今年必须报名企业实践吗", "yesno", ["今年应当报名参加集中实践"], T, XH, {}),
    ("xht-yesno-04", "西华去华信智能电网实践的老师住宿费能报销吗", "yesno", ["其他县外项目的住宿费"], T, XH, {}),
    ("xht-yesno-05", "西华今年的项目企业都是认定过的工作站吗", "yesno", ["本年度项目的实践企业均为已认定的教师企业实践工作站"], T,
     XH, {}),
    ("xht-yesno-fu-01", "这够规定的最少天数吗", "yesno", ["每批20个工作日", "符合《规定》第七条"], T, XH,
     {"context": ["西华今年第二批集中实践是8月3日到8月28日吧"]}),
    # list
    ("xhd-list-01", "西华老师去企业实践主要学哪些内容", "list",
     ["生产组织方式、工艺流程和产业发展趋势", "职责、操作规范、技能要求和用人标准", "新知识、新技术、新工艺、新材料、新设备和新标准",
      "改进专业课程教学内容和实践教学方法"], B, XH, {}),
    ("xhd-list-02", "西华同一个实践项目报的人太多 按什么顺序安排", "list",
     ["新入职且没有企业工作经历的专业教师", "不足6个月的专业教师", "新设专业的专业教师"], B, XH, {}),
    ("xhd-list-03", "西华哪些情况会被终止企业实践", "list",
     ["无故离岗累计3天以上的", "严重违反实践企业规章制度或者安全操作规程的", "泄露实践企业商业秘密的", "伪造企业实践日志或者考核材料的"],
     B, XH, {}),
    ("xhd-list-04", "西华企业实践结束要交哪些材料", "list", ["企业实践日志", "实践总结", "考核登记表"], B, XH, {}),
    ("xhd-list-05", "西华企业实践考核分哪几个等次", "list", ["优秀、合格、不合格三个等次"], B, XH, {}),
    ("xhd-list-06", "西华学校和企业签的企业实践协议要写明哪些内容", "list", ["实践岗位、内容、时间、安全责任和双方权利义务"], B, XH,
     {}),
    ("xhd-list-fu-01", "具体哪两件事不能做", "list", ["不得申报高一级专业技术职称", "不得参加县级以上骨干教师评选"], B, XH,
     {"context": ["西华老师没按规定完成企业实践有什么影响"]}),
    ("xht-list-01", "西华今年企业实践都有哪些项目", "list",
     ["面粉加工生产", "食品质量检验", "纺纱设备维护", "农机装配调试", "汽车机电维修", "直播电商运营", "数控车削加工", "配电设备运行"], T,
     XH, {"items": 11}),
    ("xht-list-02", "西华今年哪些实践项目企业提供住宿", "list", ["XH2607", "XH2608", "XH2609"], T, XH, {}),
    ("xht-list-03", "西华今年县外的实践项目是哪几家企业", "list", ["鼎盛精工数控机床", "博拓工业机器人", "华信智能电网科技"], T, XH,
     {}),
    ("xht-list-fu-01", "是哪几个项目", "list", ["XH2601", "XH2602"], T, XH, {"context": ["西华教食品加工的老师今年有对口的实践项目吗"]}),
    # docfact
    ("xhd-docfact-01", "西华企业实践管理规定的文号是多少", "docfact", ["西教体〔2026〕9号"], B, XH, {}),
    ("xhd-docfact-02", "西华企业实践管理规定分几章 各章叫什么", "docfact",
     ["总则", "实践内容和形式", "组织实施", "实践管理", "保障措施", "考核评价", "附则"], B, XH, {}),
    ("xhd-docfact-03", "西华企业实践管理规定后面附了什么表", "docfact", ["西华县职业学校专业教师企业实践考核登记表"], B, XH, {}),
    ("xhd-docfact-04", "西华企业实践管理规定是依据哪个国家文件定的", "docfact", ["《职业学校教师企业实践规定》（教师〔2016〕3号）"], B,
     XH, {}),
    ("xhd-docfact-05", "西华企业实践考核登记表上要填哪些栏目", "docfact",
     ["姓名", "所在学校", "实践企业", "实践岗位", "实践形式", "实践天数", "企业指导人员", "实践内容及主要收获"], B, XH, {}),
    ("xhd-docfact-06", "西华企业实践管理规定由谁负责解释 今年的项目通知是哪天发的", "docfact",
     ["本规定由县教育体育局会同县人力资源和社会保障局负责解释", "2026年5月22日"], B, XH, {"docs": BOTH, "two": True}),
    ("xht-docfact-01", "西华今年企业实践项目通知的文号是多少", "docfact", ["西教体〔2026〕27号"], T, XH, {}),
    ("xht-docfact-02", "西华企业实践项目表有哪些列", "docfact", ["编号", "实践企业", "实践岗位", "对口专业", "名额", "批次", "实践地点", "备注"],
     T, XH, {}),
    ("xht-docfact-03", "西华今年企业实践项目通知分了哪几部分", "docfact",
     ["一、项目安排", "二、实践时间", "三、参加对象和报名", "四、实践要求", "五、经费保障", "六、考核认定", "七、联系方式"], T, XH, {}),
    # general
    ("xhd-general-01", "西华说的企业实践到底指什么", "general", ["到企业生产、服务一线岗位进行的实践锻炼", "集中实践和分段实践"], B, XH,
     {}),
    ("xhd-general-02", "西华老师在企业实践期间平时要怎么跟学校汇报", "general", ["每天填写企业实践日志", "每周向所在学校报告1次实践情况"],
     B, XH, {}),
    ("xhd-general-03", "西华的工作站什么情况下会被取消资格", "general", ["连续2年未接收专业教师企业实践", "评估不合格"], B, XH, {}),
    ("xhd-general-04", "西华学校对实践老师的现场巡查有什么要求", "general", ["每次集中实践期间至少开展1次现场巡查"], B, XH, {}),
    ("xhd-general-05", "西华规定对分段实践每段有什么要求 今年的分段实践什么时候前做完", "general",
     ["分段实践每段不少于5个工作日", "2026年12月25日"], B, XH, {"docs": BOTH, "two": True}),
    ("xht-general-01", "西华今年的集中实践怎么安排的", "general", ["集中实践分两批进行"], T, XH, {}),
    ("xht-general-02", "西华学校的报名汇总表交到哪", "general", ["报县教育体育局职业教育股"], T, XH, {}),
    ("xht-general-03", "西华实践老师每周什么时候向学校报告", "general", ["每周五向所在学校报告实践情况"], T, XH, {}),
    ("xht-general-04", "西华XH2604项目对口什么专业", "general", ["农业机械使用"], T, XH, {}),
    ("xht-general-fu-01", "那怎么安排", "general", ["按《规定》第十三条的顺序安排"], T, XH,
     {"context": ["西华今年有个企业实践项目报名的人比名额多"]}),
    # region-scoped
    ("xhd-rs-01", "逍遥镇一家食品厂想接收西华职校老师来实践 怎么才能成为工作站", "region-scoped",
     ["从产教融合型企业和与职业学校合作紧密的企业中认定"], B, XY, {}),
    ("xhd-rs-02", "我家在奉母镇 去西华县外企业实践企业不管住 住宿费一天能报多少", "region-scoped", ["每人每天不超过120元"], B, FM, {}),
    ("xhd-rs-03", "红花集镇一个刚入职的职校老师以前没在企业干过 按西华的规定要实践多久", "region-scoped",
     ["入职后2年内参加不少于3个月的企业实践"], B, HHJ, {}),
    ("xhd-rs-04", "聂堆镇的老师在西华县内企业实践 一天生活补助多少", "region-scoped", ["每人每天60元"], B, ND, {}),
    ("xhd-rs-05", "址坊镇一家农机厂是西华的工作站 接收老师实践合格一个补多少", "region-scoped", ["补助1500元"], B, ZF, {}),
    ("xhd-rs-fu-01", "每5年要去企业实践多久", "region-scoped", ["不少于6个月"], B, XXT,
     {"context": ["我是西夏亭镇人 在西华职校教汽修"]}),
    ("xht-rs-01", "迟营镇的老师在西华职校教电商 今年有对口的实践项目吗", "region-scoped", ["直播电商运营"], T, CY, {}),
    ("xht-rs-02", "住皮营街道的老师想报西华第一批实践 第一批哪天开始", "region-scoped", ["2026年7月6日"], T, PY, {}),
    ("xht-rs-fu-01", "今年能去哪家企业实践", "region-scoped", ["鼎盛精工数控机床"], T, DWY,
     {"context": ["东王营乡有个老师在西华职校教数控"]}),
    # outofscope
    ("x-f43-outofscope-01", "西华逍遥镇的胡辣汤哪家最好喝", "outofscope", None, None, XY, {}),
    ("x-f43-outofscope-02", "西华女娲城景区门票多少钱", "outofscope", None, None, XH, {}),
    ("x-f43-outofscope-03", "西华明天下不下雨", "outofscope", None, None, XH, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f43-unstated-01", "西华老师去企业实践企业管不管午饭", "unstated", None, None, XH, {}),
    ("x-f43-unstated-02", "西华老师暑假去企业实践有没有防暑降温费", "unstated", None, None, XH, {}),
    ("x-f43-unstated-03", "西华老师企业实践期间企业发工作服吗", "unstated", None, None, XH, {}),
    ("x-f43-unstated-04", "西华老师企业实践期间能休年假吗", "unstated", None, None, XH, {}),
    ("x-f43-unstated-05", "西华企业实践结束了发不发结业证书", "unstated", None, None, XH, {}),
    ("x-f43-unstated-06", "西华老师去企业实践的时间算不算工龄", "unstated", None, None, XH, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f43-clash-01", "扶沟县老师去企业实践一天生活补助多少", "region-clash", None, None, FG, {}),
    ("x-f43-clash-02", "太康县的企业实践工作站接收老师有补助吗", "region-clash", None, None, TK, {}),
    ("x-f43-clash-03", "郸城县今年教师企业实践第一批什么时候开始", "region-clash", None, None, DC, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f43-unstated-01": ["午饭"],
    "x-f43-unstated-02": ["防暑"],
    "x-f43-unstated-03": ["工作服"],
    "x-f43-unstated-04": ["年假"],
    "x-f43-unstated-05": ["结业证书"],
    "x-f43-unstated-06": ["工龄"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"xhd-list-07": "企业实践考核登记表", "xht-yesno-06": "企业实践项目表"}
QUESTIONS += [
    ("xhd-list-07", "专业教师企业实践考核登记表上要盖哪些章", "list", ["实践企业（盖章）", "学校（盖章）"], B, "", {}),
    ("xht-yesno-06", "企业实践项目表上备注写着提供住宿的 住宿费还能报吗", "yesno", ["不再另付住宿费"], T, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["xhd-amount-03", "xhd-yesno-05", "xhd-count-05", "xhd-person-07", "xht-amount-01", "xht-amount-03", "xht-yesno-01",
        "xht-count-04"]
