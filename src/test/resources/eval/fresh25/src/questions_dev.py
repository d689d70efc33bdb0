"""Questions of fresh25-dev.jsonl (四川省凉山彝族自治州西昌市: the 西昌市人民政府办公室关于调整西昌市产教融合工作领导小组的通知
as a legacy Word .doc (组成人员 as lines, 领导小组办公室, 工作职责, 成员单位主要职责, 工作规则, the replaced notice) and the
关于召开西昌市2026年产教融合推进现场会的通知 as a portal .html page (会议时间 / 地点 / 参会人员 / 议程 (<ol>, numbers not in
the text) / 有关要求, the 回执 as a <table>)). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
SC = "四川省"
LS = "四川省凉山彝族自治州"
XC = "四川省凉山彝族自治州西昌市"
DC = "四川省凉山彝族自治州德昌县"
LZ = XC + "礼州镇"
AN = XC + "安宁镇"
YJ = XC + "佑君镇"
HL = XC + "黄联关镇"
TH = XC + "太和镇"
CA = XC + "长安街道"
L = "xichang-lingdao-xiaozu"
H = "xichang-tuijinhui-tongzhi"
BOTH = [H, L]

QUESTIONS = [
    # amount — the only money of the two documents: the office's 工作经费
    ("xcl-amount-01", "西昌产教融合领导小组办公室一年工作经费多少", "amount", ["6.8万元"], L, XC, {}),
    ("xcl-amount-02", "西昌市领导小组办公室的经费从哪出 一年给多少钱", "amount", ["6.8万元", "列入市教育局部门预算"], L, XC, {"two": True}),
    ("xcl-amount-fu-01", "那它一年经费有多少", "amount", ["工作经费每年6.8万元"], L, XC,
     {"context": ["西昌产教融合领导小组办公室设在哪个单位"]}),
    # person — members, office, contacts, speakers
    ("xcl-person-01", "西昌市产教融合领导小组组长现在是谁", "person", ["郑远航"], L, XC, {}),
    ("xcl-person-02", "西昌市产教融合领导小组办公室设在哪个单位", "person", ["办公室设在市教育局"], L, XC, {}),
    ("xcl-person-03", "西昌领导小组办公室主任是谁", "person", ["苟丽萍"], L, XC, {}),
    ("xcl-person-04", "西昌产教融合领导小组联络员是谁 电话多少", "person", ["龙泽宇", "0834-3216587"], L, XC, {"two": True}),
    ("xcl-person-05", "西昌财政局是谁进了产教融合领导小组", "person", ["冉春燕"], L, XC, {}),
    ("xcl-person-06", "西昌领导小组里经信局的成员叫啥", "person", ["阿苏木呷"], L, XC, {}),
    ("xcl-person-07", "黎雨桐在西昌产教融合领导小组里是啥身份", "person", ["黎雨桐　市科学技术局副局长"], L, XC, {}),
    ("xcl-person-08", "西昌学徒制培养归领导小组哪个成员单位负责", "person", ["市人力资源和社会保障局：负责企业新型学徒制培养"], L, XC, {}),
    ("xcl-person-09", "西昌产教融合型企业培育是哪个部门管", "person", ["市发展和改革局：负责产教融合型企业培育"], L, XC, {}),
    ("xcl-person-10", "西昌实训基地建设谁牵头", "person", ["市教育局", "牵头推进产教融合实训基地建设"], L, XC, {}),
    ("xcl-person-11", "西昌领导小组全体会议由谁召集", "person", ["由组长或组长委托的副组长召集"], L, XC, {}),
    ("xcl-person-12", "西昌市领导小组里农业农村局派的是谁", "person", ["吉克曲布"], L, XC, {}),
    ("xcl-person-fu-01", "那办公室主任是谁", "person", ["苟丽萍"], L, XC, {"context": ["西昌产教融合领导小组办公室设在哪"]}),
    ("xct-person-01", "西昌推进现场会谁主持", "person", ["罗婉清"], H, XC, {}),
    ("xct-person-02", "西昌推进现场会最后是哪位领导讲话", "person", ["组长、市人民政府副市长郑远航讲话"], H, XC, {}),
    ("xct-person-03", "西昌现场会上谁通报去年的产教融合工作", "person", ["市教育局局长岳国栋"], H, XC, {}),
    ("xct-person-04", "西昌推进会上部署2026年重点任务的是谁", "person", ["何承志"], H, XC, {}),
    ("xct-person-05", "西昌推进现场会有事找谁 电话多少", "person", ["龙泽宇", "0834-3216587"], H, XC, {"two": True}),
    ("xct-person-06", "西昌现场会坐车的事问谁", "person", ["石佳怡", "0834-3216592"], H, XC, {}),
    ("xct-person-07", "西昌现场会不能去的话跟哪里请假", "person", ["向领导小组办公室请假"], H, XC, {}),
    # time
    ("xcl-time-01", "西昌领导小组多久开一次会", "time", ["每季度召开一次全体会议"], L, XC, {}),
    ("xcl-time-02", "西昌各成员单位联络员名单啥时候前报", "time", ["2026年3月25日前"], L, XC, {}),
    ("xcl-time-03", "西昌成员单位工作进展什么时候报", "time", ["6月20日前", "12月15日前"], L, XC, {}),
    ("xcl-time-04", "西昌成员单位多久报一次工作进展", "time", ["每半年向领导小组办公室报送一次工作进展"], L, XC, {}),
    ("xct-time-01", "西昌产教融合推进现场会哪天开", "time", ["2026年4月22日"], H, XC, {}),
    ("xct-time-02", "西昌现场会几点报到", "time", ["8:20前"], H, XC, {}),
    ("xct-time-03", "西昌现场会回执最晚啥时候交", "time", ["2026年4月15日17:00前"], H, XC, {}),
    ("xct-time-04", "西昌现场会交流材料哪天前报上去", "time", ["2026年4月17日前"], H, XC, {}),
    ("xct-time-05", "西昌现场会请假最晚哪天", "time", ["4月20日前"], H, XC, {}),
    ("xct-time-06", "西昌现场会要开多长时间", "time", ["会期半天"], H, XC, {}),
    ("xct-time-07", "西昌现场会观摩从几点到几点", "time", ["9:00—10:20"], H, XC, {}),
    ("xct-time-08", "西昌现场会几点发车去观摩", "time", ["8:30统一乘车"], H, XC, {}),
    ("xct-time-09", "西昌推进现场会是星期几开", "time", ["星期三"], H, XC, {}),
    ("xct-time-10", "西昌领导小组是哪天调整发文的 现场会又是哪天开", "time", ["2026年3月12日", "2026年4月22日"], H, XC,
     {"docs": BOTH, "two": True}),
    ("xct-time-fu-01", "几点前要报到", "time", ["8:20前"], H, XC, {"context": ["西昌推进现场会哪天开"]}),
    # count
    ("xcl-count-01", "西昌各成员单位要定几个联络员", "count", ["确定1名股级干部为联络员"], L, XC, {}),
    ("xcl-count-02", "西昌领导小组一年开几次全体会议", "count", ["每季度召开一次全体会议"], L, XC, {}),
    ("xcl-count-03", "西昌产教融合领导小组有几个副组长", "count", ["罗婉清", "岳国栋", "何承志"], L, XC, {}),
    ("xct-count-01", "西昌现场会每个成员单位去几个人", "count", ["成员单位分管负责同志各1名"], H, XC, {}),
    ("xct-count-02", "西昌职业院校去几个人参加现场会", "count", ["分管校领导和专业负责人各2名"], H, XC, {}),
    ("xct-count-03", "西昌现场会交流材料最多写多少字", "count", ["1500字以内"], H, XC, {}),
    ("xct-count-04", "西昌现场会要看几个实训基地", "count", ["礼州镇果蔬冷链实训基地", "安宁镇光伏运维实训基地"], H, XC, {}),
    ("xct-count-05", "西昌现场会有几个单位交流发言", "count",
     ["礼州镇人民政府", "西昌安宁光能科技有限公司", "西昌市建昌职业技术学校"], H, XC, {}),
    ("xct-count-06", "去年认定的产教融合型企业去西昌现场会要去几个人", "count", ["产教融合型企业负责人各1名"], H, XC, {}),
    # yesno
    ("xcl-yesno-01", "西昌领导小组成员换人了要不要重新发文", "yesno", ["自然递补", "不再另行发文"], L, XC, {}),
    ("xcl-yesno-02", "西昌产教融合领导小组有没有自己的公章", "yesno", ["领导小组不刻制印章"], L, XC, {}),
    ("xcl-yesno-03", "西昌领导小组成员开会来不了能不能让别人替", "yesno", ["可委托本单位其他负责同志参加"], L, XC, {}),
    ("xcl-yesno-04", "西昌2023年那个成立领导小组的文件还管用吗", "yesno", ["西府办函〔2023〕41号", "同时废止"], L, XC, {}),
    ("xcl-yesno-05", "吉克曲布是不是西昌产教融合领导小组的副组长", "yesno", ["吉克曲布　市农业农村局副局长"], L, XC, {}),
    ("xct-yesno-01", "西昌现场会要穿正装吗", "yesno", ["着便装、穿平底鞋"], H, XC, {}),
    ("xct-yesno-02", "西昌现场会回执晚交了还能参加吗", "yesno", ["逾时未报的视为不参会"], H, XC, {}),
    ("xct-yesno-03", "西昌现场会可以找人代会吗", "yesno", ["不得无故缺席或请人代会"], H, XC, {}),
    ("xct-yesno-04", "西昌现场会观摩要自己开车去吗", "yesno", ["统一乘车前往观摩点位"], H, XC, {}),
    ("xct-yesno-05", "西昌现场会开会时手机要关机吗", "yesno", ["手机调至静音状态"], H, XC, {}),
    ("xct-yesno-06", "光伏运维实训基地这次有人去参观吗", "yesno", ["安宁镇光伏运维实训基地"], H, "", {}),
    ("xcl-yesno-06", "吉克曲布是哪个单位的 进没进领导小组", "yesno", ["市农业农村局副局长"], L, "", {}),
    # list
    ("xcl-list-01", "西昌领导小组副组长都有谁", "list", ["罗婉清", "岳国栋", "何承志"], L, XC, {}),
    ("xcl-list-02", "西昌产教融合领导小组成员名单发我看看", "list",
     ["苟丽萍", "蒲晓川", "阿苏木呷", "冉春燕", "邱建林", "黎雨桐", "吉克曲布", "覃海鸥"], L, XC, {"items": 9}),
    ("xcl-list-03", "西昌领导小组的工作职责有哪些", "list",
     ["研究拟定全市产教融合年度工作计划", "统筹协调产教融合型企业培育", "督促各成员单位落实工作任务",
      "完成市人民政府交办的其他产教融合相关工作"], L, XC, {}),
    ("xcl-list-04", "西昌哪些部门是按行业职责组织企业参与校企合作的", "list",
     ["市经济和信息化局、市农业农村局、市文化广电旅游局、市商务局"], L, XC, {}),
    ("xct-list-01", "西昌现场会都有哪些人参加", "list",
     ["领导小组组长、副组长", "成员单位分管负责同志各1名", "街道办事处分管负责同志各1名", "分管校领导和专业负责人各2名",
      "产教融合型企业负责人各1名"], H, XC, {}),
    ("xct-list-02", "西昌推进现场会议程有哪些", "list",
     ["现场观摩", "通报2025年全市产教融合工作情况", "交流发言", "部署2026年产教融合重点任务", "郑远航讲话"], H, XC, {}),
    ("xct-list-03", "西昌现场会回执要填哪些内容", "list", ["单位名称", "姓名", "职务", "联系电话", "是否交流发言", "备注"], H, XC, {}),
    ("xct-list-04", "西昌现场会上哪几家交流发言", "list",
     ["礼州镇人民政府", "西昌安宁光能科技有限公司", "西昌市建昌职业技术学校"], H, XC, {}),
    ("xct-list-05", "西昌现场会去看哪几个基地", "list", ["礼州镇果蔬冷链实训基地", "安宁镇光伏运维实训基地"], H, XC, {}),
    ("xct-list-06", "西昌现场会有哪些纪律要求", "list",
     ["不得无故缺席或请人代会", "须于4月20日前向领导小组办公室请假", "手机调至静音状态"], H, XC, {}),
    # docfact
    ("xcl-docfact-01", "西昌调整产教融合领导小组的通知文号多少", "docfact", ["西府办函〔2026〕19号"], L, XC, {}),
    ("xcl-docfact-02", "西昌领导小组调整的文件哪天印发的", "docfact", ["2026年3月12日"], L, XC, {}),
    ("xcl-docfact-03", "西昌这次调整领导小组把哪个老文件废了", "docfact",
     ["西昌市人民政府办公室关于成立西昌市产教融合工作领导小组的通知", "西府办函〔2023〕41号"], L, XC, {}),
    ("xcl-docfact-04", "西昌领导小组调整通知是哪个单位发的", "docfact", ["西昌市人民政府办公室"], L, XC, {}),
    ("xcl-docfact-05", "西昌领导小组调整的通知能对外公开吗", "docfact", ["此件公开发布"], L, XC, {}),
    ("xct-docfact-01", "西昌推进现场会通知文号", "docfact", ["西产教领办〔2026〕2号"], H, XC, {}),
    ("xct-docfact-02", "西昌现场会通知是谁发的 哪天发的", "docfact", ["西昌市产教融合工作领导小组办公室", "2026年4月3日"], H, XC,
     {"two": True}),
    ("xct-docfact-03", "西昌现场会通知带了什么附件", "docfact", ["西昌市2026年产教融合推进现场会参会回执"], H, XC, {}),
    ("xct-docfact-04", "西昌现场会那个通知的索引号是多少", "docfact", ["513401-XCS-2026-0403-02"], H, XC, {}),
    # general
    ("xcl-general-01", "西昌领导小组办公室平时负责啥", "general", ["承担领导小组日常工作"], L, XC, {}),
    ("xcl-general-02", "西昌领导小组对外是以谁的名义办事", "general", ["对外工作以市人民政府办公室或领导小组办公室名义开展"], L, XC, {}),
    ("xcl-general-03", "西昌为啥要调整产教融合领导小组", "general", ["因人事变动和工作需要"], L, XC, {}),
    ("xcl-general-04", "西昌财政局在产教融合里具体管啥", "general", ["统筹安排产教融合奖补资金"], L, XC, {}),
    ("xct-general-01", "西昌现场会回执发到哪个邮箱", "general", ["xcscjrh2026@163.com"], H, XC, {}),
    ("xct-general-02", "西昌现场会开会地点在哪", "general", ["西昌市行政中心5楼第三会议室"], H, XC, {}),
    ("xct-general-03", "西昌现场会在哪集合报到", "general", ["西昌市行政中心北门广场"], H, XC, {}),
    ("xct-general-04", "西昌这次推进现场会开来干啥的", "general", ["总结2025年全市产教融合工作", "部署2026年重点任务"], H, XC, {}),
    ("xct-general-05", "西昌现场会回执里是否交流发言那栏咋填", "general", ["填“是”或“否”"], H, XC, {}),
    ("xct-general-06", "建昌职业技术学校在推进现场会上要干啥", "general", ["西昌市建昌职业技术学校依次发言"], H, "", {}),
    ("xct-general-07", "西昌现场会要交交流材料 领导小组办公室设在哪个单位", "general", ["2026年4月17日前", "办公室设在市教育局"], H, XC,
     {"docs": BOTH, "two": True}),
    ("xct-general-08", "西昌领导小组多久开一次全体会 这次现场会开多久", "general", ["每季度召开一次全体会议", "会期半天"], H, XC,
     {"docs": BOTH, "two": True}),
    # region-scoped — a 镇 / 街道 of 西昌市
    ("xct-rs-01", "礼州镇在西昌现场会上要发言吗", "region-scoped", ["交流发言：礼州镇人民政府"], H, LZ, {}),
    ("xct-rs-02", "西昌礼州镇那个实训基地现场会去不去看", "region-scoped", ["礼州镇果蔬冷链实训基地"], H, LZ, {}),
    ("xct-rs-03", "安宁镇的基地这次西昌现场会有观摩吗", "region-scoped", ["安宁镇光伏运维实训基地"], H, AN, {}),
    ("xct-rs-04", "我是西昌佑君镇的 推进现场会我们镇去几个人", "region-scoped", ["各镇人民政府、街道办事处分管负责同志各1名"], H, YJ, {}),
    ("xct-rs-05", "西昌黄联关镇要派谁去现场会", "region-scoped", ["街道办事处分管负责同志各1名"], H, HL, {}),
    ("xct-rs-06", "长安街道办事处要参加西昌的推进现场会吗", "region-scoped", ["街道办事处分管负责同志各1名"], H, CA, {}),
    ("xct-rs-07", "安宁镇那家光能公司在现场会上干啥", "region-scoped", ["西昌安宁光能科技有限公司"], H, AN, {}),
    ("xct-rs-fu-01", "那礼州镇发言能讲几分钟", "region-scoped", ["不超过6分钟"], H, LZ,
     {"context": ["西昌礼州镇这次推进现场会有啥安排"]}),
    ("xcl-rs-01", "太和镇政府在不在西昌调整领导小组通知的发送范围里", "region-scoped", ["各镇人民政府、街道办事处"], L, TH, {}),
    ("xcl-rs-02", "西昌礼州镇的企业想搞校企合作 领导小组里哪些部门管", "region-scoped", ["组织本行业企业参与校企合作"], L, LZ, {}),
    # unstated — three hierarchy traps (省 / 州 / 德昌县), four words no document of any round has
    ("x-f25-unstated-01", "四川省产教融合工作领导小组组长是谁", "unstated", None, None, SC, {}),
    ("x-f25-unstated-02", "凉山州产教融合领导小组办公室设在哪", "unstated", None, None, LS, {}),
    ("x-f25-unstated-03", "德昌县产教融合推进现场会哪天开", "unstated", None, None, DC, {}),
    ("x-f25-unstated-04", "西昌推进现场会中间有茶歇吗", "unstated", None, None, XC, {}),
    ("x-f25-unstated-05", "西昌现场会行政中心那边有停车位吗", "unstated", None, None, XC, {}),
    ("x-f25-unstated-06", "西昌现场会会场摆不摆桌签", "unstated", None, None, XC, {}),
    ("x-f25-unstated-07", "西昌现场会能带家属一起去观摩吗", "unstated", None, None, XC, {}),
]

# give-away words of the unstated lines: HIER lines — words in the region's documents (which do not cover the place); the
# others — words in no document of any round
UNSTATED_ABSENT = {
    "x-f25-unstated-01": ["产教融合工作领导小组"],
    "x-f25-unstated-02": ["领导小组办公室"],
    "x-f25-unstated-03": ["推进现场会"],
    "x-f25-unstated-04": ["茶歇"],
    "x-f25-unstated-05": ["停车位"],
    "x-f25-unstated-06": ["桌签"],
    "x-f25-unstated-07": ["家属"],
}
HIER = ["x-f25-unstated-01", "x-f25-unstated-02", "x-f25-unstated-03"]
# answerable lines without a region: an anchor word of their document only (no other document of any round)
REGION_FREE = {"xct-yesno-06": "光伏运维", "xcl-yesno-06": "吉克曲布", "xct-general-06": "建昌职业技术学校"}
# the answer is in one document although both talk about the topic
ONLY = ["xcl-person-02", "xcl-person-03", "xct-time-03", "xct-person-06", "xcl-time-01"]
