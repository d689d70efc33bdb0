"""Questions of fresh29-dev.jsonl (青海省黄南藏族自治州: the 关于公开征求《黄南州深化产教融合促进职业教育发展若干措施（征求意见稿）》
意见的公告 with the 征求意见稿 as a portal .html page, and the 起草说明 of the same 征求意见稿 as a plain .txt file).
Written from the documents only. The two documents are about one draft: questions ask what the draft says (amounts, conditions,
施行 date: the 征求意见稿, `doc` = the .html page), how to give feedback and by when (the 公告, same page), and what only the
起草说明 holds (the old policy and its old amounts `由原来的…`, 起草依据, 起草过程 with its counts and dates, 资金来源, 衔接).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
QH = "青海省"
HN = "青海省黄南藏族自治州"
TR = HN + "同仁市"
JZ = HN + "尖扎县"
ZK = HN + "泽库县"
HNX = HN + "河南蒙古族自治县"
GL = "青海省果洛藏族自治州"
HNZ = "青海省海南藏族自治州"
HX = "青海省海西蒙古族藏族自治州"
G = "huangnan-zhengqiu-yijian"
S = "huangnan-qicao-shuoming"
BOTH = [G, S]

QUESTIONS = [
    # amount
    ("hng-amount-01", "黄南州产教融合若干措施征求意见稿里 校企共建实训基地最多补多少", "amount", ["40万元"], G, HN, {}),
    ("hng-amount-02", "黄南企业接收职校学生实习 每人每月补多少 一家企业一年最多拿多少", "amount", ["500元", "15万元"], G, HN,
     {"two": True}),
    ("hng-amount-03", "黄南企业师傅去职校兼职上课 一课时给多少钱", "amount", ["120元"], G, HN, {}),
    ("hng-amount-04", "黄南热贡艺术技艺传承工作室认定了给多少建设补助", "amount", ["15万元"], G, HN, {}),
    ("hng-amount-05", "黄南企业招职校应届毕业生 招一个补多少钱", "amount", ["2700元"], G, HN, {}),
    ("hng-amount-06", "黄南职校老师去企业实践 每天生活补助多少", "amount", ["70元"], G, HN, {}),
    ("hng-amount-07", "黄南州财政每年拿多少钱做产教融合专项资金", "amount", ["630万元"], G, HN, {}),
    ("hng-amount-08", "黄南实训基地补助是按设备投入的百分之多少算", "amount", ["30%"], G, HN, {}),
    ("hng-amount-09", "黄南订单班奖励多少钱 这个是新加的还是以前就有", "amount",
     ["5万元奖励", "新增热贡艺术技艺传承工作室和订单班支持内容"], G, HN, {"docs": BOTH, "two": True}),
    ("hns-amount-01", "黄南实训基地补助上限原来是多少 现在提到多少", "amount", ["25万元", "40万元"], S, HN, {"two": True}),
    ("hns-amount-02", "黄南以前老政策实习补助每人每月多少", "amount", ["300元"], S, HN, {}),
    ("hns-amount-03", "黄南兼职任教课时补贴原来每课时多少钱", "amount", ["80元"], S, HN, {}),
    ("hns-amount-04", "黄南州级专项资金原来每年多少 这次增加到多少", "amount", ["300万元", "630万元"], S, HN, {"two": True}),
    ("hns-amount-05", "黄南老政策那几年一共兑现了多少校企合作补助", "amount", ["1126万元"], S, HN, {}),
    ("hns-amount-fu-01", "那原来是多少", "amount", ["300元"], S, HN, {"context": ["黄南新的若干措施里实习补助每人每月多少"]}),
    # person
    ("hng-person-01", "黄南征求意见稿有问题打电话找谁 电话多少", "person", ["多杰才让", "0973-8726415"], G, HN, {"two": True}),
    ("hng-person-02", "黄南产教融合若干措施是哪些部门起草的", "person",
     ["州教育局会同州发展改革委、州财政局、州人力资源社会保障局"], G, HN, {}),
    ("hng-person-03", "黄南寄信提意见寄给哪个科室", "person", ["州教育局职业教育与成人教育科"], G, HN, {}),
    ("hng-person-04", "黄南校企共建的实训基地由谁来验收", "person", ["州教育局会同州财政局"], G, HN, {}),
    ("hng-person-05", "黄南产教融合补助申报交上去谁来审核", "person", ["州教育局会同州财政局、州人力资源社会保障局审核"], G, HN, {}),
    ("hng-person-06", "黄南产教融合工作联席会议哪个部门牵头", "person", ["州教育局牵头"], G, HN, {}),
    ("hng-person-07", "黄南这个若干措施由谁负责解释", "person", ["州教育局负责解释"], G, HN, {}),
    ("hng-person-08", "黄南征求意见的联系人是谁 起草说明里合法性审查又是哪个部门做的", "person", ["多杰才让", "州司法局"], G, HN,
     {"docs": BOTH, "two": True}),
    ("hng-person-fu-01", "电话多少", "person", ["0973-8726415"], G, HN, {"context": ["黄南产教融合若干措施征求意见稿的联系人是谁"]}),
    ("hns-person-01", "黄南这个征求意见稿的合法性审查是哪个部门做的", "person", ["州司法局"], S, HN, {}),
    ("hns-person-02", "黄南若干措施征求完意见以后要提交哪里审议", "person", ["州人民政府常务会议"], S, HN, {}),
    ("hns-person-03", "黄南老的校企合作若干措施当时是哪个部门印发的", "person", ["州人民政府办公室"], S, HN, {}),
    # time
    ("hng-time-01", "黄南产教融合若干措施提意见截止到哪天", "time", ["2026年7月8日"], G, HN, {}),
    ("hng-time-02", "黄南这个征求意见从哪天开始的", "time", ["2026年6月9日"], G, HN, {}),
    ("hng-time-03", "黄南新的产教融合若干措施啥时候开始施行", "time", ["2026年9月20日"], G, HN, {}),
    ("hng-time-04", "黄南打电话反馈意见啥时间段能打通", "time", ["上午9:00—12:00", "下午14:30—18:00"], G, HN, {}),
    ("hng-time-05", "黄南产教融合补助每年几月份申报", "time", ["3月1日至3月31日"], G, HN, {}),
    ("hng-time-06", "黄南寄信提意见的话 是按哪个日期算有没有超期", "time", ["寄出邮戳日期为准"], G, HN, {}),
    ("hng-time-07", "黄南职校老师每年去企业实践至少要多长时间", "time", ["不少于1个月"], G, HN, {}),
    ("hng-time-08", "黄南产教融合联席会议多久开一次", "time", ["每半年召开一次"], G, HN, {}),
    ("hng-time-fu-01", "截止到几号", "time", ["2026年7月8日"], G, HN, {"context": ["黄南产教融合若干措施征求意见稿现在还能提意见吗"]}),
    ("hns-time-01", "黄南老的校企合作政策有效期到啥时候", "time", ["2026年8月31日"], S, HN, {}),
    ("hns-time-02", "黄南若干措施是啥时候开始起草的 初稿啥时候出来的", "time", ["2026年3月", "4月底形成初稿"], S, HN,
     {"two": True}),
    ("hns-time-03", "黄南征求意见稿是哪天做的合法性审查", "time", ["5月28日"], S, HN, {}),
    # count
    ("hns-count-01", "黄南产教融合若干措施一共几条", "count", ["12条"], S, HN, {}),
    ("hns-count-02", "黄南起草若干措施的时候开了几次座谈会", "count", ["座谈会4次"], S, HN, {}),
    ("hns-count-03", "黄南起草调研走访了多少家企业 几所职校", "count", ["企业21家", "职业院校3所"], S, HN, {"two": True}),
    ("hns-count-04", "黄南书面征求了多少个州直部门的意见", "count", ["14个部门"], S, HN, {}),
    ("hns-count-05", "黄南部门一共反馈了多少条意见 采纳了几条", "count", ["19条", "采纳15条"], S, HN, {"two": True}),
    ("hns-count-06", "黄南老政策一共支持过多少家企业", "count", ["62家"], S, HN, {}),
    ("hns-count-07", "黄南有几条意见没采纳", "count", ["未采纳的4条"], S, HN, {}),
    ("hns-count-fu-01", "开了几次座谈会", "count", ["4次"], S, HN, {"context": ["黄南产教融合若干措施起草的时候去哪几个地方调研了"]}),
    ("hng-count-01", "黄南热贡艺术传承工作室每年最多认定几个", "count", ["不超过5个"], G, HN, {}),
    ("hng-count-02", "黄南兼职任教课时补贴一个人一年最多补多少课时", "count", ["240课时"], G, HN, {}),
    ("hng-count-03", "唐卡堆绣这些作坊跟职校共建技艺传承工作室 一年最多认定几个", "count", ["不超过5个"], G, "", {}),
    # yesno
    ("hng-yesno-01", "黄南产教融合新措施现在能按这个申请补助了吗", "yesno", ["不作为政策执行依据"], G, HN, {}),
    ("hng-yesno-02", "黄南过了截止日期再寄意见还收不收", "yesno", ["逾期反馈的意见不予受理"], G, HN, {}),
    ("hng-yesno-03", "黄南企业接收实习生干了2个月能拿实习补助吗", "yesno", ["连续3个月以上"], G, HN, {}),
    ("hng-yesno-04", "黄南提意见要不要写真名", "yesno", ["真实姓名"], G, HN, {}),
    ("hng-yesno-05", "黄南新措施出来以后 原来黄政办2021年37号那个文件还有效吗", "yesno", ["同时废止"], G, HN, {}),
    ("hns-yesno-01", "黄南这些补助县里要不要配套出钱", "yesno", ["不要求县（市）配套"], S, HN, {}),
    ("hns-yesno-02", "黄南已经拿了省里同类补助 州里还能再补吗", "yesno", ["州级不再重复补助"], S, HN, {}),
    ("hns-yesno-03", "黄南订单班补助是以前老政策就有的吗", "yesno", ["新增热贡艺术技艺传承工作室和订单班支持内容"], S, HN, {}),
    ("hns-yesno-04", "黄南这个征求意见稿做过合法性审查没", "yesno", ["州司法局"], S, HN, {}),
    # list
    ("hng-list-01", "黄南提意见有哪几种方式", "list", ["电子邮件", "信函", "电话"], G, HN, {}),
    ("hng-list-02", "黄南热贡艺术工作室包括哪些门类的企业", "list", ["唐卡", "堆绣", "泥塑"], G, HN, {}),
    ("hng-list-03", "黄南产教融合联席会议都有哪些部门参加", "list",
     ["州教育局", "州发展改革委", "州财政局", "州人力资源社会保障局", "州文化和旅游局"], G, HN, {}),
    ("hng-list-04", "黄南若干措施主要想服务哪些产业", "list", ["生态畜牧业", "文化旅游业", "热贡文化产业", "清洁能源产业"], G, HN, {}),
    ("hns-list-01", "黄南若干措施起草依据了哪些文件", "list",
     ["中华人民共和国职业教育法", "国办发〔2017〕95号", "发改社会〔2019〕590号", "青政办〔2025〕52号"], S, HN, {}),
    ("hns-list-02", "黄南新措施跟老政策比都有哪些变化", "list",
     ["25万元提高到40万元", "300元提高到500元", "80元提高到120元", "新增热贡艺术技艺传承工作室和订单班支持内容",
      "300万元增加到630万元"], S, HN, {}),
    ("hns-list-03", "黄南起草若干措施去哪几个县调研了", "list", ["同仁市", "尖扎县", "泽库县", "河南县"], S, HN, {}),
    ("hns-list-04", "黄南若干措施主要分哪几个方面", "list", ["支持企业参与办学", "支持教师和毕业生", "保障措施"], S, HN, {}),
    # docfact
    ("hng-docfact-01", "黄南产教融合若干措施征求意见的公告落款是哪天", "docfact", ["2026年6月5日"], G, HN, {}),
    ("hng-docfact-02", "黄南这个公告在州政府网站上哪天发布的", "docfact", ["2026-06-06"], G, HN, {}),
    ("hng-docfact-03", "黄南征求意见公告的索引号是多少", "docfact", ["11632300MB1F37425Q/2026-00367"], G, HN, {}),
    ("hng-docfact-04", "黄南新措施有效期几年", "docfact", ["有效期3年"], G, HN, {}),
    ("hng-docfact-05", "黄南新若干措施施行以后哪个老文件废止", "docfact", ["黄南州支持校企合作若干措施", "黄政办〔2021〕37号"], G, HN,
     {}),
    ("hng-docfact-06", "黄南若干措施开头引用的国务院办公厅文件文号多少", "docfact", ["国办发〔2017〕95号"], G, HN, {}),
    ("hng-docfact-07", "黄南提意见的邮箱是多少", "docfact", ["hnzjyj_cjrh@163.com"], G, HN, {}),
    ("hng-docfact-08", "黄南寄信提意见地址和邮编是多少", "docfact", ["同仁市热贡路88号", "811300"], G, HN, {"two": True}),
    ("hng-docfact-09", "黄南发邮件提意见主题要咋写", "docfact", ["产教融合若干措施意见"], G, HN, {}),
    ("hng-docfact-10", "黄南征求意见稿施行日期定的哪天 起草依据里省里那个文件文号是啥", "docfact",
     ["2026年9月20日", "青政办〔2025〕52号"], G, HN, {"docs": BOTH, "two": True}),
    ("hns-docfact-01", "黄南起草依据里省政府办公厅那个实施意见文号多少", "docfact", ["青政办〔2025〕52号"], S, HN, {}),
    ("hns-docfact-02", "黄南起草说明里引用的发改社会那个文件是哪年几号", "docfact", ["发改社会〔2019〕590号"], S, HN, {}),
    ("hns-docfact-03", "黄南老的支持校企合作若干措施是哪年发的", "docfact", ["2021年"], S, HN, {}),
    # general
    ("hng-general-01", "黄南实训基地补助咋算的", "general", ["企业设备实际投入的30%", "最高不超过40万元"], G, HN, {}),
    ("hng-general-02", "黄南订单班要满足啥条件才给奖励", "general", ["70%以上"], G, HN, {}),
    ("hng-general-03", "黄南企业招毕业生拿补助要满足啥条件", "general", ["1年以上劳动合同", "缴纳社会保险"], G, HN, {}),
    ("hng-general-04", "黄南补助审核结果在哪公示 公示多久", "general", ["州人民政府网站公示15日"], G, HN, {}),
    ("hng-general-05", "黄南对征求意见稿提意见有啥要求", "general", ["围绕征求意见稿内容提出", "说明理由和依据"], G, HN, {}),
    ("hns-general-01", "黄南为啥要重新出台产教融合措施", "general", ["补助标准偏低", "支持范围较窄"], S, HN, {}),
    ("hns-general-02", "黄南新措施的钱从哪里出", "general", ["州级产教融合专项资金", "纳入州本级年度财政预算"], S, HN, {}),
    ("hns-general-03", "黄南那4条意见为啥没采纳", "general", ["提高补助标准和扩大资金规模", "超出州级财力承受范围"], S, HN, {}),
    ("hns-general-04", "黄南若干措施有效期为啥定3年", "general", ["根据产业发展情况适时调整"], S, HN, {}),
    ("hns-general-05", "黄南一件事同时符合好几项支持条件咋办", "general", ["就高原则", "不重复享受"], S, HN, {}),
    ("hns-general-06", "说是超出财力承受范围没采纳的那几条意见 具体是哪方面的", "general", ["提高补助标准和扩大资金规模"], S, "", {}),
    # region-scoped — a county-level unit of 黄南州
    ("hng-rs-01", "我是同仁市一家唐卡企业 想跟职校共建传承工作室 州里给多少补助", "region-scoped", ["15万元"], G, TR, {}),
    ("hng-rs-02", "尖扎县的企业接收州里职校学生实习 一个月补多少", "region-scoped", ["500元"], G, JZ, {}),
    ("hng-rs-03", "泽库县的职校老师去企业实践一天补多少", "region-scoped", ["70元"], G, ZK, {}),
    ("hng-rs-04", "河南县的企业招了职校应届毕业生 州里补多少", "region-scoped", ["2700元"], G, HNX, {}),
    ("hng-rs-05", "同仁市的企业想打电话问问州教育局 提意见电话多少", "region-scoped", ["0973-8726415"], G, TR, {}),
    ("hns-rs-01", "我在尖扎县 州里新产教融合措施的钱县里要不要配套", "region-scoped", ["不要求县（市）配套"], S, JZ, {}),
    ("hns-rs-02", "泽库县的企业问 新措施实习补助比原来高了多少", "region-scoped", ["300元提高到500元"], S, ZK, {}),
    ("hng-rs-fu-01", "州里新出的产教融合措施 实训基地最多补多少", "region-scoped", ["40万元"], G, HNX,
     {"context": ["我是河南县一家畜牧企业"]}),
    ("hns-rs-fu-01", "兼职任教课时补贴原来是多少", "region-scoped", ["80元"], S, JZ, {"context": ["我在黄南尖扎县的职校上班"]}),
    # outofscope (this region)
    ("x-f29-outofscope-01", "黄南热贡唐卡一幅大概多少钱", "outofscope", None, None, HN, {}),
    ("x-f29-outofscope-02", "同仁到西宁坐大巴要多久", "outofscope", None, None, TR, {}),
    ("x-f29-outofscope-03", "泽库县冬天最低气温多少度", "outofscope", None, None, ZK, {}),
    # unstated — in the domain, stated by no document (the words are in no document of any round)
    ("x-f29-unstated-01", "黄南这个产教融合措施征求意见会开听证会吗", "unstated", None, None, HN, {}),
    ("x-f29-unstated-02", "黄南订单班的学生学费能减免吗", "unstated", None, None, HN, {}),
    ("x-f29-unstated-03", "黄南企业能工巧匠去职校兼课有没有年龄限制", "unstated", None, None, HN, {}),
    ("x-f29-unstated-04", "黄南我发邮件提的意见多久能收到回复", "unstated", None, None, HN, {}),
    ("x-f29-unstated-05", "黄南热贡艺术工作室那15万补助是分期拨付吗", "unstated", None, None, HN, {}),
    ("x-f29-unstated-06", "黄南征求意见稿合法性审查的时候请律师了吗", "unstated", None, None, HN, {}),
    # region-clash — other 自治州 of 青海 with no document of their own (the province's fresh17 产业学院 办法 answers none)
    ("x-f29-clash-01", "果洛州产教融合措施征求意见啥时候截止", "region-clash", None, None, GL, {}),
    ("x-f29-clash-02", "海南州企业接收职校学生实习每人每月补多少", "region-clash", None, None, HNZ, {}),
    ("x-f29-clash-03", "海西州校企共建实训基地补助上限多少", "region-clash", None, None, HX, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f29-unstated-01": ["听证会"],
    "x-f29-unstated-02": ["学费"],
    "x-f29-unstated-03": ["年龄"],
    "x-f29-unstated-04": ["回复"],
    "x-f29-unstated-05": ["分期拨付"],
    "x-f29-unstated-06": ["律师"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"hng-count-03": "唐卡", "hns-general-06": "财力承受范围"}
# the answer is in one document although both documents talk about the topic
ONLY = ["hns-amount-01", "hns-amount-02", "hng-person-01", "hns-person-01", "hns-count-01", "hns-list-01", "hng-docfact-07",
        "hng-time-01"]
