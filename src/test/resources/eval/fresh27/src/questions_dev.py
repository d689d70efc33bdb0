"""Questions of fresh27-dev.jsonl (吉林省四平市梨树县: the 梨树县教育局关于县十九届人大五次会议第37号建议的答复 as a portal .html
page (答复类别 A类, addressee 苗秀芝代表, what has been done, what will be done, a measures table, contact, 抄送, 公开属性) and the
梨树县产教融合政策汇编（2026年版） as a LibreOffice .docx (cover, 编印说明, 目录, four compiled policies: two of 四平市, two of
梨树县, each under a Heading 1 with its 文号, date and issuer)).
Written from the documents only. A user in 梨树 asks; where the city's figure and the county's differ, the question says whose it
wants or `must` holds both.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
SECTION: for every line on the 汇编, the part(s) of it that hold the `must` strings (0 = cover, 编印说明 and 目录; 1–4 = the
compiled policies in their order) — check_fresh27.py checks every `must` string is in one of them and each part holds one.
"""
JL = "吉林省"
LS = "吉林省四平市梨树县"
YT = "吉林省四平市伊通满族自治县"
SL = "吉林省四平市双辽市"
TD = "吉林省四平市铁东区"
TN = "吉林省白城市洮南市"
GJD = LS + "郭家店镇"
YST = LS + "榆树台镇"
GJZ = LS + "孤家子镇"
XCZ = LS + "小城子镇"
LMD = LS + "喇嘛甸镇"
CJ = LS + "蔡家镇"
SJB = LS + "十家堡镇"
WF = LS + "万发镇"
D = "lishu-jianyi-dafu"
H = "lishu-zhengce-huibian"
BOTH = [H, D]

QUESTIONS = [
    # amount
    ("lsd-amount-01", "梨树县财政这两年在校企合作上一共投了多少钱", "amount", ["135万元"], D, LS, {}),
    ("lsd-amount-02", "梨树今年给校企合作奖励准备了多少钱", "amount", ["120万元"], D, LS, {}),
    ("lsd-amount-03", "梨树教育局答复里说县里的实习补贴每人每月补多少", "amount", ["每人每月200元"], D, LS, {}),
    ("lsd-amount-04", "县内实习人数占比要达到多少", "amount", ["60%以上"], D, "", {}),
    ("lsh-amount-01", "梨树的企业收了县职教中心的实习生 市里每人每月补多少 县里再补多少", "amount",
     ["每人每月400元", "每人每月200元"], H, LS, {"two": True}),
    ("lsh-amount-02", "梨树这边四平的实习补贴一家企业一年封顶多少", "amount", ["每家企业每年补贴总额最高不超过6万元"], H, LS, {}),
    ("lsh-amount-03", "梨树县里的实习补贴一家企业一年最多给多少", "amount", ["每家企业每年县级补贴最高不超过3万元"], H, LS, {}),
    ("lsh-amount-04", "梨树的企业从外地全职引进一个高级技师 安家补贴给多少", "amount", ["每人5万元安家补贴"], H, LS, {}),
    ("lsh-amount-05", "梨树企业跟职教中心合建生产车间能奖多少", "amount", ["一次性奖励8万元"], H, LS, {}),
    ("lsh-amount-06", "梨树企业职工考下技师证能拿多少补贴", "amount", ["1600元"], H, LS, {}),
    ("lsh-amount-07", "梨树实习补贴的钱市里和县里咋分摊", "amount", ["市、县两级财政各负担50%"], H, LS, {}),
    ("lsh-amount-08", "四平的技能提升补贴 高级工 技师 高级技师各给多少 我在梨树", "amount", ["800元、1600元、3000元"], H, LS, {}),
    ("lsh-amount-fu-01", "那高级技师呢", "amount", ["每人5万元安家补贴"], H, LS,
     {"context": ["梨树企业引进技师 四平给多少安家补贴"]}),
    # person
    ("lsd-person-01", "梨树教育局这个建议答复是谁签发的", "person", ["沈立群"], D, LS, {}),
    ("lsd-person-02", "梨树苗代表那条建议是哪个部门主办 还有哪些部门会办", "person",
     ["由我局主办", "县人力资源和社会保障局、县工业和信息化局会办"], D, LS, {"two": True}),
    ("lsd-person-03", "梨树的校企对接会谁牵头", "person", ["由县教育局牵头"], D, LS, {}),
    ("lsd-person-04", "梨树这个答复找谁联系 电话多少", "person", ["邢俊峰", "0434-5230617"], D, LS, {"two": True}),
    ("lsd-person-05", "梨树加快推进职业院校和本地企业合作的建议是哪位代表提的", "person", ["苗秀芝代表"], D, LS, {}),
    ("lsd-person-fu-01", "联系电话多少", "person", ["0434-5230617"], D, LS,
     {"context": ["梨树教育局答复苗代表建议的那个文件"]}),
    ("lsh-person-01", "梨树这本产教融合政策汇编是谁编的", "person", ["梨树县产教融合工作领导小组办公室"], H, LS, {}),
    ("lsh-person-02", "梨树产教融合领导小组办公室设在哪个单位", "person", ["领导小组办公室设在县教育局"], H, LS, {}),
    ("lsh-person-03", "梨树产教融合领导小组组长由谁当", "person", ["分管教育工作的副县长"], H, LS, {}),
    ("lsh-person-04", "四平的实习补贴 梨树的企业找哪个部门申报", "person", ["所在县（市、区）人力资源和社会保障局"], H, LS, {}),
    ("lsh-person-05", "梨树县里那个校企合作补贴向哪个部门申请", "person", ["向县教育局提出申请"], H, LS, {}),
    ("lsh-person-06", "梨树校企合作奖励办法归哪个部门解释", "person", ["由县教育局负责解释"], H, LS, {}),
    ("lsh-person-07", "梨树汇编里四平技能人才那个措施谁负责解释", "person", ["由市人力资源和社会保障局负责解释"], H, LS, {}),
    ("lsh-person-08", "梨树领导小组办公室主任是谁兼的", "person", ["办公室主任由县教育局局长兼任"], H, LS, {}),
    ("lsh-person-fu-01", "副组长呢", "person", ["县教育局、县人力资源和社会保障局主要负责同志"], H, LS,
     {"context": ["梨树产教融合领导小组组长是谁"]}),
    # time
    ("lsd-time-01", "梨树校企对接会第一次啥时候开", "time", ["2026年9月下旬"], D, LS, {}),
    ("lsd-time-02", "梨树职教中心合作企业要在啥时候前增加到35家", "time", ["2026年12月底前"], D, LS, {}),
    ("lsd-time-03", "梨树新建那2个校内生产车间啥时候完成", "time", ["2027年7月底前"], D, LS, {}),
    ("lsd-time-05", "梨树职教中心从啥时候起优先安排学生在县内实习", "time", ["2026年秋季学期"], D, LS, {}),
    ("lsh-time-01", "四平的实习补贴一年啥时候报 我是梨树的企业", "time", ["每年6月、12月"], H, LS, {}),
    ("lsh-time-02", "梨树县级实习补贴申请截止到几号", "time", ["每年12月10日前"], H, LS, {}),
    ("lsh-time-03", "梨树校企合作奖励审核结果公示几天", "time", ["公示10个工作日"], H, LS, {}),
    ("lsh-time-05", "四平技能人才引进培育措施从啥时候起施行 哪天发的 梨树这边问", "time",
     ["自印发之日起施行", "2026年2月12日"], H, LS, {"two": True}),
    ("lsh-time-06", "梨树产教融合领导小组多久开一次全体会", "time", ["每半年召开一次全体会议"], H, LS, {}),
    ("lsh-time-07", "梨树领导小组成员单位的联络员名单啥时候前报", "time", ["于2026年5月31日前报领导小组办公室"], H, LS, {}),
    ("lsh-time-08", "梨树校企合作奖励办法从哪天开始施行", "time", ["2026年5月1日起施行"], H, LS, {}),
    ("lsh-time-09", "梨树县里实习补贴那个办法哪天印发的 今年县财政准备了多少奖励资金", "time", ["2026年4月15日", "120万元"], H, LS,
     {"docs": BOTH, "two": True}),
    ("lsh-time-fu-01", "几号前交", "time", ["每年12月10日前"], H, LS, {"context": ["梨树县级的实习补贴找哪个部门申请"]}),
    # count
    ("lsd-count-01", "梨树职教中心现在一共有多少家合作企业", "count", ["现有合作企业23家"], D, LS, {}),
    ("lsd-count-02", "梨树去年职教中心多少学生去企业实习 在县内实习的有多少", "count", ["412名", "186名"], D, LS, {"two": True}),
    ("lsd-count-03", "梨树已经建成几个校内生产车间", "count", ["共建校内生产车间3个"], D, LS, {}),
    ("lsd-count-04", "梨树今年县内企业要接收多少实习学生", "count", ["县内企业接收实习学生不少于260名"], D, LS, {}),
    ("lsh-count-01", "梨树这本政策汇编收了几个文件", "count", ["政策文件4件"], H, LS, {}),
    ("lsh-count-02", "四平引进的技能人才劳动合同要签几年 梨树企业问", "count", ["签订3年以上劳动合同"], H, LS, {}),
    ("lsh-count-04", "联络员会议多久开一次", "count", ["每季度召开一次联络员会议"], H, "", {}),
    # yesno
    ("lsd-yesno-01", "梨树县对接收职教中心实习生的企业有没有县级补贴", "yesno", ["县级再按每人每月200元给予补贴"], D, LS, {}),
    ("lsd-yesno-03", "梨树的校企对接会是在职教中心开吗", "yesno", ["在县职教中心举办"], D, LS, {}),
    ("lsh-yesno-01", "梨树的技工学校学生来实习 企业能拿四平的实习补贴吗", "yesno", ["职业院校（含技工院校）"], H, LS, {}),
    ("lsh-yesno-02", "梨树企业收的实习生干了半个月就走了 还能申请实习补贴吗", "yesno",
     ["同一学生连续实习满1个月的，可以申请实习补贴"], H, LS, {}),
    ("lsh-yesno-03", "梨树企业跟县职教中心只签了1年协议 能拿县里的实习补贴吗", "yesno", ["签订2年以上合作协议"], H, LS, {}),
    ("lsh-yesno-04", "四平的安家补贴是一次发完吗 我们是梨树企业", "yesno", ["分3年发放，每年发放三分之一"], H, LS, {}),
    ("lsh-yesno-05", "梨树企业引进的技师社保不在四平交 还能拿安家补贴吗", "yesno", ["在本市缴纳社保"], H, LS, {}),
    ("lsh-yesno-06", "梨树县职教中心算不算产教融合领导小组成员单位", "yesno", ["县农业农村局和县职教中心"], H, LS, {}),
    ("lsh-yesno-07", "梨树县里的实习补贴和四平的能一起拿吗", "yesno", ["在四平市实习补贴基础上"], H, LS, {}),
    # list
    ("lsd-list-01", "梨树教育局答复里说已经做了哪些工作", "list", ["合作企业逐步增加", "县级资金持续投入", "激励政策已经出台"],
     D, LS, {}),
    ("lsd-list-02", "梨树下一步打算干哪几件事", "list", ["扩大合作范围", "建立常态化对接机制", "加大资金保障", "引导学生在本地实习"],
     D, LS, {}),
    ("lsd-list-03", "梨树职教中心跟企业合作的专业都有啥", "list", ["农机装备、食品加工、电子商务"], D, LS, {}),
    ("lsd-list-04", "梨树这个建议答复抄送给了谁", "list", ["县人大常委会人事代表工作委员会", "县政府督查室"], D, LS, {}),
    ("lsh-list-01", "梨树政策汇编里都收了哪些文件", "list",
     ["四平市企业接收职业院校学生实习补贴办法", "四平市技能人才引进培育若干措施", "梨树县校企合作奖励办法",
      "梨树县产教融合工作领导小组工作规则"], H, LS, {}),
    ("lsh-list-02", "梨树产教融合领导小组成员单位有哪些", "list",
     ["县发展和改革局、县财政局、县工业和信息化局、县农业农村局和县职教中心"], H, LS, {}),
    ("lsh-list-03", "梨树汇编里哪几个是四平市的文件", "list", ["四平市企业接收职业院校学生实习补贴办法", "四平市技能人才引进培育若干措施"],
     H, LS, {}),
    # docfact
    ("lsd-docfact-01", "梨树教育局答复苗秀芝代表建议的文号是多少", "docfact", ["梨教建复〔2026〕12号"], D, LS, {}),
    ("lsd-docfact-02", "梨树这个建议答复是哪天出的", "docfact", ["2026年5月26日"], D, LS, {}),
    ("lsd-docfact-03", "梨树教育局这个答复是A类还是B类", "docfact", ["A类"], D, LS, {}),
    ("lsd-docfact-04", "梨树苗代表那条建议是第几号 在哪次会上提的", "docfact", ["第37号", "县十九届人大五次会议"], D, LS,
     {"two": True}),
    ("lsd-docfact-05", "梨树这个建议答复能公开吗", "docfact", ["公开属性：主动公开"], D, LS, {}),
    ("lsd-docfact-06", "梨树答复里提到的县里那个奖励办法文号是啥", "docfact", ["梨政办发〔2026〕9号"], D, LS, {}),
    ("lsh-docfact-01", "梨树汇编里讲技能人才引进的那个文件文号多少", "docfact", ["四政办发〔2026〕6号"], H, LS, {}),
    ("lsh-docfact-02", "梨树汇编里哪个文件最新", "docfact", ["梨树县产教融合工作领导小组工作规则", "2026年5月18日"], H, LS, {}),
    ("lsh-docfact-03", "梨树汇编里最早的是哪个文件", "docfact", ["四平市企业接收职业院校学生实习补贴办法", "2025年11月20日"], H, LS, {}),
    ("lsh-docfact-04", "四平实习补贴办法是哪几个部门发的 梨树汇编里那个", "docfact", ["四平市人力资源和社会保障局、四平市财政局"], H, LS, {}),
    ("lsh-docfact-05", "梨树校企合作奖励办法有效期几年", "docfact", ["有效期3年"], H, LS, {}),
    ("lsh-docfact-06", "梨树汇编里四平实习补贴办法有效期到啥时候", "docfact", ["有效期至2027年12月31日"], H, LS, {}),
    ("lsh-docfact-07", "梨树这本汇编是几月编的 收的文件截止到哪天", "docfact", ["2026年6月", "2026年5月31日"], H, LS,
     {"two": True}),
    ("lsh-docfact-08", "梨树汇编里四平技能人才引进培育措施是谁发的", "docfact", ["四平市人民政府办公室"], H, LS, {}),
    ("lsh-docfact-09", "梨树校企合作奖励办法是根据哪个文件定的", "docfact", ["四平市企业接收职业院校学生实习补贴办法"], H, LS, {}),
    ("lsh-docfact-10", "梨树产教融合领导小组工作规则文号多少", "docfact", ["梨产教组〔2026〕1号"], H, LS, {}),
    # general
    ("lsd-general-01", "梨树苗代表的建议主要反映了啥问题", "general", ["学生实习大多去了县外", "本地企业招不到技术工人"], D, LS, {}),
    ("lsd-general-02", "梨树苗代表建议县里具体咋做", "general", ["出台激励政策、建立校企对接渠道"], D, LS, {}),
    ("lsd-general-04", "对接会上重点推介啥样的用工企业", "general", ["重点推介县内用工企业"], D, "", {}),
    ("lsh-general-01", "梨树这本汇编里的文件跟正式文件不一样以哪个为准", "general", ["以正式印发的文本为准"], H, LS, {}),
    ("lsh-general-02", "梨树产教融合领导小组办公室平时负责啥", "general", ["负责日常工作及政策汇编、解读"], H, LS, {}),
    ("lsh-general-03", "梨树县级实习补贴是怎么审核的", "general", ["县教育局会同县财政局审核"], H, LS, {}),
    ("lsh-general-04", "四平实习补贴是谁审核谁拨钱 梨树企业想知道", "general", ["市人力资源和社会保障局会同市财政局审核后拨付"], H, LS, {}),
    ("lsh-general-06", "梨树县实习补贴每家企业一年最多多少 这事答复函找谁联系", "general", ["县级补贴最高不超过3万元", "邢俊峰"], H, LS,
     {"docs": BOTH, "two": True}),
    ("lsh-general-07", "梨树这本汇编谁编的 教育局答复函是哪个股室联系", "general",
     ["梨树县产教融合工作领导小组办公室", "职业与成人教育股"], H, LS, {"docs": BOTH, "two": True}),
    # region-scoped — a 镇 of 梨树县, and (CITY_SCOPED) a sibling county of 四平市 asking what a 四平 policy of the 汇编 says
    ("lsh-rs-01", "我是梨树郭家店镇的企业 收了职教中心三个实习生 县里每人每月补多少", "region-scoped", ["每人每月200元"], H, GJD, {}),
    ("lsh-rs-02", "梨树榆树台镇一家企业引进了技师 四平给多少安家补贴", "region-scoped", ["每人3万元安家补贴"], H, YST, {}),
    ("lsh-rs-03", "梨树小城子镇的企业想跟县职教中心合建生产车间 设备要投多少才有奖励", "region-scoped", ["70万元以上"], H, XCZ, {}),
    ("lsh-rs-04", "梨树喇嘛甸镇企业的职工考下高级技师证补多少", "region-scoped", ["3000元"], H, LMD, {}),
    ("lsh-rs-05", "伊通县的企业接收职业院校学生实习 四平市里每人每月补多少", "region-scoped", ["每人每月400元"], H, YT, {}),
    ("lsh-rs-06", "双辽市的企业新认定了市级技能大师工作室 能拿多少资助", "region-scoped", ["一次性资助12万元"], H, SL, {}),
    ("lsh-rs-07", "四平铁东区的企业收实习生 实习补贴一家一年最多拿多少", "region-scoped", ["最高不超过6万元"], H, TD, {}),
    ("lsd-rs-01", "梨树蔡家镇的企业想招职教中心的实习生 以后学生会优先来县内实习吗", "region-scoped",
     ["优先安排学生到县内合作企业实习"], D, CJ, {}),
    ("lsd-rs-02", "梨树十家堡镇的用工企业能在校企对接会上推介吗", "region-scoped", ["重点推介县内用工企业"], D, SJB, {}),
    ("lsd-rs-fu-01", "县职教中心现在跟多少家县内企业合作", "region-scoped", ["县内企业14家"], D, WF,
     {"context": ["我是梨树万发镇的一家农机厂"]}),
    # unstated — three hierarchy traps (two sibling counties of 四平 asking what only 梨树's own policy or reply says, one county
    # of another 吉林 city asking what only a 四平 policy says), four words no document of any round has
    ("x-f27-unstated-01", "伊通县的企业接收实习学生 县里每人每月再补多少", "unstated", None, None, YT, {}),
    ("x-f27-unstated-02", "双辽市企业和职业学校合建校内生产车间能奖多少", "unstated", None, None, SL, {}),
    ("x-f27-unstated-03", "洮南市企业引进高级技师安家补贴多少", "unstated", None, None, TN, {}),
    ("x-f27-unstated-04", "梨树企业接收实习生有没有伙食补助", "unstated", None, None, LS, {}),
    ("x-f27-unstated-05", "梨树这本产教融合政策汇编有纸质版吗", "unstated", None, None, LS, {}),
    ("x-f27-unstated-06", "梨树教育局答复之前跟苗代表当面沟通过吗", "unstated", None, None, LS, {}),
    ("x-f27-unstated-07", "梨树实习学生在企业加班有加班费吗", "unstated", None, None, LS, {}),
]

# the parts of the 汇编 holding each line's must strings (0 = cover / 编印说明 / 目录, 1–4 = the compiled policies)
SECTION = {
    "lsh-amount-01": [1, 3], "lsh-amount-02": [1], "lsh-amount-03": [3], "lsh-amount-04": [2], "lsh-amount-05": [3],
    "lsh-amount-06": [2], "lsh-amount-07": [1], "lsh-amount-08": [2], "lsh-amount-fu-01": [2],
    "lsh-person-01": [0], "lsh-person-02": [4], "lsh-person-03": [4], "lsh-person-04": [1], "lsh-person-05": [3],
    "lsh-person-06": [3], "lsh-person-07": [2], "lsh-person-08": [4], "lsh-person-fu-01": [4],
    "lsh-time-01": [1], "lsh-time-02": [3], "lsh-time-03": [3], "lsh-time-05": [2], "lsh-time-06": [4],
    "lsh-time-07": [4], "lsh-time-08": [3], "lsh-time-09": [3], "lsh-time-fu-01": [3],
    "lsh-count-01": [0], "lsh-count-02": [2], "lsh-count-04": [4],
    "lsh-yesno-01": [1], "lsh-yesno-02": [1], "lsh-yesno-03": [3], "lsh-yesno-04": [2], "lsh-yesno-05": [2], "lsh-yesno-06": [4],
    "lsh-yesno-07": [3], "lsh-list-01": [0], "lsh-list-02": [4], "lsh-list-03": [0],
    "lsh-docfact-01": [2], "lsh-docfact-02": [4], "lsh-docfact-03": [1], "lsh-docfact-04": [1], "lsh-docfact-05": [3],
    "lsh-docfact-06": [1], "lsh-docfact-07": [0], "lsh-docfact-08": [2], "lsh-docfact-09": [3], "lsh-docfact-10": [4],
    "lsh-general-01": [0], "lsh-general-02": [4], "lsh-general-03": [3], "lsh-general-04": [1], "lsh-general-06": [3], "lsh-general-07": [0],
    "lsh-rs-01": [3], "lsh-rs-02": [2], "lsh-rs-03": [3], "lsh-rs-04": [2], "lsh-rs-05": [1], "lsh-rs-06": [2], "lsh-rs-07": [1],
}
# region-scoped lines naming a county of 四平市 other than 梨树: answered from a 四平 (city) policy of the 汇编 only
CITY_SCOPED = ["lsh-rs-05", "lsh-rs-06", "lsh-rs-07"]
# give-away words of the unstated lines: HIER lines — words in the region's documents (not in the parts or documents covering
# the place: the 四平 policies of the 汇编 for a 四平 county, fresh3's 吉林 实施方案 for every 吉林 place); the others — words in no
# document of any round
UNSTATED_ABSENT = {
    "x-f27-unstated-01": ["县级再按"],
    "x-f27-unstated-02": ["生产车间"],
    "x-f27-unstated-03": ["安家补贴"],
    "x-f27-unstated-04": ["伙食"],
    "x-f27-unstated-05": ["纸质版"],
    "x-f27-unstated-06": ["当面沟通"],
    "x-f27-unstated-07": ["加班费"],
}
HIER = ["x-f27-unstated-01", "x-f27-unstated-02", "x-f27-unstated-03"]
# answerable lines without a region: an anchor word of their document only (no other document of any round)
REGION_FREE = {"lsd-amount-04": "实习人数占比", "lsh-count-04": "联络员会议", "lsd-general-04": "用工企业"}
# the answer is in one document although both talk about the topic
ONLY = ["lsd-amount-02", "lsd-docfact-01", "lsh-amount-01", "lsh-person-01", "lsh-time-02"]
