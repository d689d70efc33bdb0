"""Questions of fresh46-dev.jsonl (北京市房山区: 房山区人力资源和社会保障局　房山区财政局关于印发《房山区职业技能等级认定社会培训评价
组织遴选管理办法》的通知 (房人社发〔2026〕19号, 2026年4月9日) with the 办法 and its 遴选评分表 — a page of the district's portal —,
and 房山区2026年职业技能等级认定社会培训评价组织遴选结果公告 (2026年7月16日) as a Markdown file). Written from the documents only.
What the 办法 and its 印发通知 state (an 条 or item, the 评分表, the issuers, 文号, date, contacts, the 2026 申报 window) → `doc` = the
.html, also when the 公告 repeats it; what only the 公告 says (this year's organisations, scores, 职业（工种）, examiners, who did not
pass and why, the 建设补助 paid, the 紧缺 list and rates, examples, the first sessions, dates) and questions that say they read it →
`doc` = the .md.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
FS = "北京市房山区"
DD = FS + "窦店镇"
CG = FS + "长沟镇"
SL = FS + "石楼镇"
YC = FS + "阎村镇"
QLH = FS + "青龙湖镇"
HCH = FS + "韩村河镇"
DSW = FS + "大石窝镇"
SD = FS + "十渡镇"
GC = FS + "拱辰街道"
MTG = "北京市门头沟区"
FT = "北京市丰台区"
SJS = "北京市石景山区"
F = "fangshan-pingjia-banfa"
T = "fangshan-yixuan-gonggao"
BOTH = [F, T]

QUESTIONS = [
    # amount
    ("fsb-amount-01", "房山社会培训评价组织的评价补贴 中级工一个人给多少", "amount", ["中级工每人800元"], F, FS, {}),
    ("fsb-amount-02", "房山评价组织认定的要是紧缺职业 补贴标准能上浮多少", "amount", ["补贴标准上浮20%"], F, FS, {}),
    ("fsb-amount-03", "房山一家评价组织一年的评价补贴最多能拿多少", "amount", ["同一评价组织每年享受的评价补贴不超过40万元"], F, FS,
     {}),
    ("fsb-amount-04", "房山评价组织年度质量评估评上优秀 下一年补贴上限提到多少", "amount", ["上限提高到50万元"], F, FS, {}),
    ("fsb-amount-05", "房山首次进目录的评价组织 认定职业有3个以上的场地建设补助给多少 这次一共发了多少", "amount",
     ["3个及以上的每家5万元", "合计250000元"], F, FS, {"docs": BOTH, "two": True}),
    ("fsb-amount-fu-01", "高级工呢", "amount", ["高级工每人1200元"], F, FS,
     {"context": ["房山职业技能等级认定的评价补贴是按什么标准给的"]}),
    ("fsg-amount-01", "房山这次入选评价组织的场地建设补助一共多少钱", "amount", ["合计250000元"], T, FS, {}),
    ("fsg-amount-02", "房山康颐养老那家评价组织能拿多少场地建设补助", "amount", ["其余5家每家30000元"], T, FS, {}),
    ("fsg-amount-03", "房山公告里紧缺职业的中级工评价补贴一个人多少钱", "amount", ["中级工每人960元"], T, FS, {}),
    ("fsg-amount-04", "房山新航学校汽车维修工中级工45个人都拿到证的话 评价补贴有多少", "amount", ["45×960＝43200元"], T, FS, {}),
    ("fsg-amount-05", "房山首批认定那几场要是都拿证 评价补贴测算是多少", "amount", ["评价补贴测算为117200元"], T, FS, {}),
    ("fsg-amount-fu-01", "评价补贴能拿多少 中式烹调师算紧缺职业吗", "amount",
     ["25×800＝20000元", "中式烹调师不属于紧缺职业（工种）"], T, FS,
     {"context": ["房山鼎味餐饮这次首批认定中式烹调师中级工25个人"], "two": True}),
    # person
    ("fsb-person-01", "房山评价组织遴选管理办法是哪几个部门印发的", "person", ["房山区人力资源和社会保障局", "房山区财政局"], F, FS,
     {}),
    ("fsb-person-02", "房山评价组织每次认定之前认定计划要报给谁", "person", ["向区评价指导中心报送认定计划"], F, FS, {}),
    ("fsb-person-03", "房山评价补贴和场地建设补助的钱归哪个部门安排", "person",
     ["区财政局负责评价补贴和场地建设补助资金的预算安排和监督"], F, FS, {}),
    ("fsb-person-04", "房山评价组织遴选管理办法由谁负责解释", "person", ["本办法由区人社局负责解释"], F, FS, {}),
    ("fsb-person-05", "房山评价组织交上去的补贴申领材料是谁先初审", "person", ["经区评价指导中心初审"], F, FS, {}),
    ("fsb-person-06", "房山评价组织遴选的事找哪个科室 电话多少", "person", ["区人社局职业能力建设科", "010-69361274"], F, FS,
     {"two": True}),
    ("fsb-person-fu-01", "这个补贴是发给考证的人还是发给评价组织", "person", ["给予评价组织评价补贴"], F, FS,
     {"context": ["房山职业技能等级认定的评价补贴我想了解一下"]}),
    ("fsg-person-01", "房山这次遴选得分最高的是哪家", "person", ["房山区新航职业技术学校"], T, FS, {}),
    ("fsg-person-02", "房山这次入选的社会组织是哪一家", "person", ["房山区丰登农业科技服务中心"], T, FS, {}),
    ("fsg-person-03", "房山哪家因为注册不满3年没过资格审查", "person", ["房山区智联职业技能培训学校"], T, FS, {}),
    ("fsg-person-04", "房山这次哪家评价组织能认定养老护理员", "person", ["房山区康颐养老服务有限公司"], T, FS, {}),
    ("fsg-person-fu-01", "认定计划和补贴申领要找谁", "person", ["贾文博", "010-81312659"], T, FS,
     {"context": ["房山这次社会培训评价组织遴选结果出来了 我们单位入选了"]}),
    # time
    ("fsb-time-01", "房山评价组织遴选管理办法什么时候开始施行 有效期几年", "time", ["2026年5月1日起施行", "有效期5年"], F, FS,
     {"two": True}),
    ("fsb-time-02", "房山评价组织遴选管理办法是哪天印发的", "time", ["2026年4月9日"], F, FS, {}),
    ("fsb-time-03", "房山2026年评价组织遴选是什么时候申报", "time", ["2026年5月11日（星期一）至6月5日（星期五）"], F, FS, {}),
    ("fsb-time-04", "房山评价组织每次组织认定要提前多久报认定计划", "time", ["每次认定10个工作日前"], F, FS, {}),
    ("fsb-time-05", "房山评价组织认定完了多长时间内要把证书发下来", "time", ["认定结束后15个工作日内完成成绩公示和证书核发"], F,
     FS, {}),
    ("fsb-time-fu-01", "每季度结束后多久内要交申领材料", "time", ["每季度结束后15个工作日内"], F, FS,
     {"context": ["房山评价组织的评价补贴是按季度申领的吗"]}),
    ("fsg-time-01", "房山这次遴选结果是哪几天公示的", "time", ["2026年7月6日至7月10日"], T, FS, {}),
    ("fsg-time-02", "房山这次的社会培训评价组织目录有效期到什么时候", "time", ["2029年7月31日"], T, FS, {}),
    ("fsg-time-03", "房山新航学校汽车维修工那场认定是哪天 认定计划最晚哪天报", "time",
     ["2026年9月19日（星期六）", "2026年9月7日（星期一）"], T, FS, {"two": True}),
    ("fsg-time-04", "房山办法说资格审查要在申报期结束后几个工作日内完成 这次实际是哪天审完的", "time",
     ["申报期结束后10个工作日内完成资格审查", "6月18日，区人社局完成资格审查"], T, FS, {"docs": BOTH, "two": True}),
    ("fsg-time-fu-01", "认定是哪天", "time", ["2026年10月31日（星期六）"], T, FS,
     {"context": ["房山康颐养老那家首批认定养老护理员初级工"]}),
    # count
    ("fsb-count-01", "房山申报评价组织要在本区注册满几年", "count", ["登记注册满3年"], F, FS, {}),
    ("fsb-count-02", "房山评价组织每个职业工种至少要配几个考评人员", "count", ["不少于5名考评人员"], F, FS, {}),
    ("fsb-count-03", "房山评价组织的理论考场要有多少个机位", "count", ["理论考场不少于40个机位"], F, FS, {}),
    ("fsb-count-04", "房山一家评价组织最多能申报几个职业工种", "count", ["不超过5个"], F, FS, {}),
    ("fsb-count-05", "房山评价组织遴选公告的申报期至少要多少个工作日", "count", ["申报期不少于15个工作日"], F, FS, {}),
    ("fsb-count-06", "房山操作技能考核多少个考生要配一个考评人员", "count", ["每10名考生至少配备1名考评人员"], F, FS, {}),
    ("fsb-count-fu-01", "至少要几名", "count", ["配备不少于2名专职质量督导员"], F, FS,
     {"context": ["房山评价组织还得有专职质量督导员吧"]}),
    ("fsg-count-01", "房山这次有多少家单位申报 最后几家入选", "count",
     ["共有9家单位申报", "7家单位纳入房山区社会培训评价组织目录"], T, FS, {"two": True}),
    ("fsg-count-02", "房山这次入选的评价组织一共涉及多少个职业工种", "count", ["共涉及10个职业（工种）"], T, FS, {}),
    ("fsg-count-03", "房山这次入选名单里企业有几家", "count", ["企业4家"], T, FS, {}),
    ("fsg-count-04", "房山首批认定一共计划多少人", "count", ["计划人数合计160人"], T, FS, {}),
    ("fsg-count-05", "房山办法说遴选评审至少要几名专家 这次实际请了几名", "count", ["不少于5名专家", "组织7名专家"], T, FS,
     {"docs": BOTH, "two": True}),
    ("fsg-count-06", "房山区评价指导中心对首批认定至少去督导几场", "count", ["至少派员督导2场"], T, FS, {}),
    # yesno
    ("fsb-yesno-01", "房山评价组织申报遴选要交报名费吗", "yesno", ["遴选工作不向申报单位收费"], F, FS, {}),
    ("fsb-yesno-02", "房山的评价组织可以认定技师吗", "yesno", ["技师、高级技师的认定另行规定"], F, FS, {}),
    ("fsb-yesno-03", "房山企业只给自己职工搞技能等级认定 也要按这个遴选办法来吗", "yesno", ["不适用本办法"], F, FS, {}),
    ("fsb-yesno-04", "房山考评人员跟考生是亲戚 还能当他的考评人员吗", "yesno", ["不得担任该考生的考评人员"], F, FS, {}),
    ("fsb-yesno-05", "房山劳动者已经领了评价补贴 评价组织还能再收他认定费吗", "yesno", ["不得再向其本人收取认定费用"], F, FS, {}),
    ("fsb-yesno-06", "房山同一个人同一个工种同一个等级能重复享受评价补贴吗", "yesno", ["只能享受一次评价补贴"], F, FS, {}),
    ("fsb-yesno-07", "房山申报准入类职业资格的工种能参加评价组织遴选吗", "yesno", ["申报的职业（工种）属于准入类职业资格的"], F, FS,
     {}),
    ("fsb-yesno-fu-01", "连续两年不合格会被移出目录吗", "yesno", ["连续2年年度质量评估不合格的"], F, FS,
     {"context": ["房山评价组织年度质量评估不合格会怎么样"]}),
    ("fsg-yesno-01", "房山启明电力的电工这次进目录了吗", "yesno", ["启明电力工程有限公司申报的电工不纳入目录"], T, FS, {}),
    ("fsg-yesno-02", "房山骏捷汽车维修这次入选了没有", "yesno", ["评审得分66.5分，低于70分"], T, FS, {}),
    ("fsg-yesno-03", "房山养老护理员算紧缺职业吗", "yesno", ["养老护理员3个职业（工种）列入本区2026年紧缺职业（工种）目录"], T, FS,
     {}),
    ("fsg-yesno-04", "房山场地建设补助是不是公告一出来就发", "yesno", ["补助在各评价组织首次认定结束后拨付"], T, FS, {}),
    ("fsg-yesno-fu-01", "丰登农业那家能不能认定中级工", "yesno", ["农作物植保员（初级工、中级工）"], T, FS,
     {"context": ["房山这次评价组织遴选结果公告我看了"]}),
    # list
    ("fsb-list-01", "房山申报评价组织要交哪些材料", "list",
     ["社会培训评价组织遴选申报表", "营业执照或者法人登记证书复印件", "认定场所产权证明或者租赁合同",
      "考评人员和专职质量督导员名单及其等级、职称证明", "考务管理、质量督导和证书管理制度"], F, FS, {}),
    ("fsb-list-02", "房山评价组织有哪些情况会被移出目录", "list",
     ["弄虚作假、违规颁发职业技能等级证书的", "未按规定配备考评人员或者拒不接受质量督导的", "连续2年年度质量评估不合格的"], F, FS,
     {}),
    ("fsb-list-03", "房山遴选评分表有哪几个评审项目", "list",
     ["基础条件（15分）", "考评队伍（30分）", "场地设备（25分）", "评价经验（20分）", "服务能力（10分）"], F, FS, {}),
    ("fsb-list-04", "房山评价组织能认定哪几个等级", "list", ["认定等级为初级工、中级工、高级工"], F, FS, {}),
    ("fsb-list-05", "房山哪些情况不予遴选", "list",
     ["被移出目录未满3年的", "申报材料弄虚作假的", "申报的职业（工种）属于准入类职业资格的"], F, FS, {}),
    ("fsb-list-fu-01", "除了基本条件还有哪些专业条件", "list",
     ["理论考场不少于40个机位", "不少于5名考评人员", "不少于2名专职质量督导员", "不少于300人次"], F, FS,
     {"context": ["房山申报社会培训评价组织有基本条件"]}),
    ("fsg-list-01", "房山这次入选的企业有哪几家", "list",
     ["房山区康颐养老服务有限公司", "房山区鼎味餐饮管理有限公司", "房山区恒信机电设备安装有限公司"], T, FS, {"items": 4}),
    ("fsg-list-02", "房山新航职业技术学校这次能认定哪些职业", "list",
     ["电工（中级工、高级工）", "汽车维修工（初级工、中级工、高级工）", "中式烹调师（初级工、中级工）", "互联网营销师（初级工、中级工）"],
     T, FS, {}),
    ("fsg-list-03", "房山这次哪些单位没入选 分别是什么原因", "list",
     ["房山区智联职业技能培训学校", "登记注册不满3年", "房山区骏捷汽车维修有限公司", "低于70分"], T, FS, {}),
    ("fsg-list-04", "房山这次哪些职业算紧缺职业 补贴要上浮", "list", ["电工、汽车维修工、养老护理员"], T, FS, {}),
    ("fsg-list-05", "房山首批认定是哪几家评价组织在做", "list",
     ["房山区致远职业技能培训学校", "房山区新航职业技术学校", "房山区康颐养老服务有限公司", "房山区鼎味餐饮管理有限公司"], T, FS,
     {}),
    # docfact
    ("fsb-docfact-01", "房山评价组织遴选管理办法的文号是多少", "docfact", ["房人社发〔2026〕19号"], F, FS, {}),
    ("fsb-docfact-02", "房山评价组织遴选管理办法是根据哪部法律定的", "docfact", ["《中华人民共和国就业促进法》"], F, FS, {}),
    ("fsb-docfact-03", "房山评价组织遴选管理办法后面附了什么", "docfact", ["房山区社会培训评价组织遴选评分表"], F, FS, {}),
    ("fsb-docfact-04", "房山评价组织遴选办法一共几章 补贴政策在第几章", "docfact", ["第七章　附则", "第五章　补贴政策"], F, FS,
     {"two": True}),
    ("fsb-docfact-05", "房山遴选评分表里考评队伍占多少分", "docfact", ["考评队伍（30分）"], F, FS, {}),
    ("fsg-docfact-01", "房山遴选结果公告是依据哪个文件发的", "docfact",
     ["《房山区职业技能等级认定社会培训评价组织遴选管理办法》（房人社发〔2026〕19号"], T, FS, {}),
    ("fsg-docfact-02", "房山评价组织遴选结果公告是哪天发布的", "docfact", ["发布日期：2026年7月16日"], T, FS, {}),
    ("fsg-docfact-03", "房山公告说电工按办法第几条只确定3家 办法那一条多少分算评审合格", "docfact",
     ["按《办法》第十一条", "评审得分70分以上的为评审合格"], T, FS, {"docs": BOTH, "two": True}),
    # general
    ("fsb-general-01", "房山说的社会培训评价组织具体是指什么", "general",
     ["面向社会劳动者开展职业技能等级认定并颁发职业技能等级证书"], F, FS, {}),
    ("fsb-general-02", "房山评价组织遴选的评审得分是怎么算的", "general", ["取专家评分的平均分作为评审得分"], F, FS, {}),
    ("fsb-general-03", "房山评价组织名称或者认定场所变了要怎么办", "general", ["自变化之日起30日内向区人社局报告"], F, FS, {}),
    ("fsb-general-04", "房山评价组织年度质量评估不合格会怎么处理", "general", ["暂停认定3个月并限期整改"], F, FS, {}),
    ("fsb-general-05", "房山评价组织要是骗取补贴会怎么样", "general", ["3年内不得再次申报", "依法追回"], F, FS, {}),
    ("fsb-general-06", "房山评分表里考评人员数量这项怎么打分", "general", ["每增加1名加1分，最高15分"], F, FS, {}),
    ("fsg-general-01", "房山公告里紧缺职业上浮以后的补贴标准是怎么算出来的", "general", ["800×（1＋20%）＝960元"], T, FS, {}),
    ("fsg-general-02", "房山启明电力的电工为什么没进目录", "general", ["其得分72.5分排第4名"], T, FS, {}),
    ("fsg-general-03", "房山公告里一家评价组织一年补贴上限折算成人数是怎么算的", "general", ["416×960＝399360元"], T, FS, {}),
    ("fsg-general-fu-01", "新航和致远为什么比别家拿得多", "general", ["认定职业（工种）3个及以上的"], T, FS,
     {"context": ["房山这次入选的评价组织都有场地建设补助吧"]}),
    # region-scoped
    ("fsb-rs-01", "我们公司在窦店镇 想申报房山的评价组织 要注册满几年", "region-scoped", ["登记注册满3年"], F, DD, {}),
    ("fsb-rs-02", "长沟镇一家养老机构想当房山的评价组织 实操场地要多大", "region-scoped", ["实操场地面积不少于200平方米"], F, CG, {}),
    ("fsb-rs-03", "石楼镇的工人在房山考了个中级工 评价组织能拿多少补贴", "region-scoped", ["中级工每人800元"], F, SL, {}),
    ("fsb-rs-04", "阎村镇一家培训学校问 房山评价组织遴选评审多少分算合格", "region-scoped", ["评审得分70分以上的为评审合格"], F, YC, {}),
    ("fsb-rs-05", "青龙湖镇的企业想申报房山评价组织 近两年培训要达到多少人次", "region-scoped", ["不少于300人次"], F, QLH, {}),
    ("fsb-rs-fu-01", "评价组织领了补贴还能收我钱吗", "region-scoped", ["不得再向其本人收取认定费用"], F, HCH,
     {"context": ["我在韩村河镇一家企业上班 想在房山考个职业技能等级证书"]}),
    ("fsg-rs-01", "大石窝镇的人想考电工 房山这次哪几家评价组织能认定电工", "region-scoped",
     ["房山区新航职业技术学校", "房山区致远职业技能培训学校", "房山区恒信机电设备安装有限公司"], T, DSW, {}),
    ("fsg-rs-02", "十渡镇一家农业合作社想在房山考农作物植保员 这次哪家评价组织能认定", "region-scoped",
     ["房山区丰登农业科技服务中心"], T, SD, {}),
    ("fsg-rs-fu-01", "首批认定是哪天", "region-scoped", ["2026年9月12日（星期六）"], T, GC,
     {"context": ["我家在拱辰街道 想去房山致远职业技能培训学校考电工初级工"]}),
    # outofscope
    ("x-f46-outofscope-01", "房山明天会下雨吗", "outofscope", None, None, FS, {}),
    ("x-f46-outofscope-02", "房山的磨盘柿什么时候上市", "outofscope", None, None, FS, {}),
    ("x-f46-outofscope-03", "房山云居寺几点开门", "outofscope", None, None, FS, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f46-unstated-01", "房山评价组织的考场要不要装视频监控", "unstated", None, None, FS, {}),
    ("x-f46-unstated-02", "房山在评价组织报了名临时有事能退考吗", "unstated", None, None, FS, {}),
    ("x-f46-unstated-03", "房山去评价组织考证能不能网上报名", "unstated", None, None, FS, {}),
    ("x-f46-unstated-04", "房山色弱的人能不能在评价组织考电工", "unstated", None, None, FS, {}),
    ("x-f46-unstated-05", "房山认定成绩有异议能申请成绩复核吗", "unstated", None, None, FS, {}),
    ("x-f46-unstated-06", "房山评价组织办考前辅导班收费有没有上限", "unstated", None, None, FS, {}),
    # region-clash — places of the same municipality with no document of their own
    ("x-f46-clash-01", "门头沟区评价组织认定中级工的评价补贴一个人多少钱", "region-clash", None, None, MTG, {}),
    ("x-f46-clash-02", "丰台区申报社会培训评价组织要注册满几年", "region-clash", None, None, FT, {}),
    ("x-f46-clash-03", "石景山区评价组织遴选结果什么时候公告", "region-clash", None, None, SJS, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f46-unstated-01": ["视频监控"],
    "x-f46-unstated-02": ["退考"],
    "x-f46-unstated-03": ["网上报名"],
    "x-f46-unstated-04": ["色弱"],
    "x-f46-unstated-05": ["成绩复核"],
    "x-f46-unstated-06": ["考前辅导"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"fsb-general-07": "遴选评分表", "fsg-time-05": "首批认定安排"}
QUESTIONS += [
    ("fsb-general-07", "遴选评分表里理论考场这一项怎么给分", "general", ["机位40个的得6分，每增加10个加1分，最高10分"], F, "", {}),
    ("fsg-time-05", "首批认定安排里鼎味餐饮那场认定计划最晚哪天报", "time", ["2026年10月26日（星期一）"], T, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["fsb-person-fu-01", "fsb-time-03", "fsb-amount-03", "fsb-general-04", "fsg-yesno-04", "fsg-amount-03", "fsg-time-02",
        "fsg-general-01"]
