"""Questions of fresh27-test.jsonl (河北省衡水市故城县: the 故城县人力资源和社会保障局关于县十八届人大四次会议第52号建议的答复 as a
LibreOffice .pdf (答复类别 B类, addressee 蔺春生代表, 一、工作开展情况 （一）–（五）, 二、下一步工作打算, a measures table, contact,
抄送, 公开属性) and the 故城县产教融合政策汇编（2026年版） as plain text (cover lines, 编印说明, 目录, four compiled policies: two of
衡水市, two of 故城县, each after a separator line with its 文号, issuer and date)).
Written from the documents only. A user in 故城 asks; where the city's figure and the county's differ, the question says whose it
wants or `must` holds both.
Row: (id, q, kind, must or None, doc or None, region, extra keys). SECTION as in questions_dev.py.
"""
HB = "河北省"
GC = "河北省衡水市故城县"
ZQ = "河北省衡水市枣强县"
WY = "河北省衡水市武邑县"
FC = "河北省衡水市阜城县"
SZ = "河北省衡水市深州市"
ZB = "河北省张家口市张北县"
ZK = GC + "郑口镇"
XZ = GC + "夏庄镇"
QH = GC + "青罕镇"
WGZ = GC + "武官寨镇"
JT = GC + "军屯镇"
JG = GC + "建国镇"
XBT = GC + "西半屯镇"
D = "gucheng-jianyi-dafu"
H = "gucheng-zhengce-huibian"
BOTH = [H, D]

QUESTIONS = [
    # amount
    ("gcd-amount-01", "故城去年发了多少职业技能培训补贴", "amount", ["171.6万元"], D, GC, {}),
    ("gcd-amount-02", "故城今年技能人才奖补一共安排了多少钱", "amount", ["175万元"], D, GC, {}),
    ("gch-amount-01", "故城企业引进一个高级技师 衡水给多少安家补贴 县里再加多少", "amount", ["每人6万元安家补贴", "每人2万元"], H, GC,
     {"two": True}),
    ("gch-amount-02", "故城县里对企业引进的高级技师和技师分别再给多少", "amount", ["县级再分别给予每人2万元、1万元"], H, GC, {}),
    ("gch-amount-03", "故城企业接收职校学生实习 每人每月补多少", "amount", ["每人每月350元"], H, GC, {}),
    ("gch-amount-04", "故城实习补贴一家企业一年最多能拿多少", "amount", ["每家企业每年最高不超过5万元"], H, GC, {}),
    ("gch-amount-05", "故城企业招了本市职业院校应届毕业生 衡水给企业多少吸纳补贴", "amount", ["按每人1800元给予企业一次性吸纳补贴"], H, GC,
     {}),
    ("gch-amount-06", "故城实习生毕业后留在企业 县里再奖企业多少", "amount", ["县级再给予企业每人1000元奖励"], H, GC, {}),
    ("gch-amount-07", "在故城企业上班的职校应届毕业生 每个月生活补贴多少", "amount", ["每月300元生活补贴"], H, GC, {}),
    ("gch-amount-08", "故城新认定的县级技能大师工作室奖多少", "amount", ["一次性奖补5万元"], H, GC, {}),
    ("gch-amount-09", "故城企业职工考下技师和高级技师证分别奖多少", "amount", ["1200元、2400元"], H, GC, {}),
    ("gch-amount-10", "衡水的吸纳补贴一家企业一年封顶多少 我们在故城", "amount", ["每家企业每年最高不超过8万元"], H, GC, {}),
    ("gch-amount-fu-01", "那技师呢", "amount", ["每人3.5万元安家补贴"], H, GC,
     {"context": ["故城企业引进高级技师 衡水的安家补贴多少"]}),
    # person
    ("gcd-person-01", "故城人社局这个建议答复是谁签发的", "person", ["孟庆林"], D, GC, {}),
    ("gcd-person-02", "故城蔺代表那条建议哪个部门主办 谁会办", "person", ["由我局主办", "县教育局、县财政局会办"], D, GC, {"two": True}),
    ("gcd-person-03", "故城这个答复找谁联系 电话多少", "person", ["訾晓宁", "0318-5362418"], D, GC, {"two": True}),
    ("gcd-person-04", "故城县级技能人才奖励资金由谁负责统筹", "person", ["由县财政局负责统筹"], D, GC, {}),
    ("gcd-person-05", "故城加强本地技能人才培养那条建议是哪位代表提的", "person", ["蔺春生代表"], D, GC, {}),
    ("gcd-person-06", "故城校企双选会哪些部门负责", "person", ["县人社局、县教育局"], D, GC, {}),
    ("gcd-person-fu-01", "联系人是谁", "person", ["訾晓宁"], D, GC, {"context": ["故城人社局答复蔺代表建议的那份文件"]}),
    ("gch-person-01", "故城这本产教融合政策汇编是谁编的", "person", ["故城县产教融合工作领导小组办公室"], H, GC, {}),
    ("gch-person-02", "故城企业引进技能人才 衡水的安家补贴向哪个部门申请", "person",
     ["向所在县（市、区）人力资源和社会保障局提出申请"], H, GC, {}),
    ("gch-person-03", "故城实习补贴谁来审核", "person", ["县人力资源和社会保障局会同县教育局审核"], H, GC, {}),
    ("gch-person-04", "故城技能人才培养奖补办法谁负责解释", "person", ["由县人力资源和社会保障局、县财政局负责解释"], H, GC, {}),
    ("gch-person-05", "在故城上班的毕业生生活补贴是企业去申请还是自己申请", "person", ["由毕业生本人申请"], H, GC, {}),
    ("gch-person-06", "衡水引进高技能人才的安家补贴最后谁审核 故城企业问", "person", ["经市人力资源和社会保障局审核后发放"], H, GC, {}),
    ("gch-person-fu-01", "找哪个部门报", "person", ["向县人力资源和社会保障局申报"], H, GC, {"context": ["故城企业想申请实习学生补贴"]}),
    # time
    ("gcd-time-01", "故城县级技能人才奖励资金打算啥时候设立", "time", ["2027年3月底前"], D, GC, {}),
    ("gcd-time-02", "故城新建技能大师工作室啥时候完成", "time", ["2026年11月底前"], D, GC, {}),
    ("gcd-time-03", "故城第二场校企双选会最晚啥时候办", "time", ["2026年10月底前"], D, GC, {}),
    ("gcd-time-04", "故城职教中心的数控专业哪个学期开", "time", ["2026年秋季学期"], D, GC, {}),
    ("gcd-time-05", "故城人社局答复里说技能人才培养奖补办法是几月印发的", "time", ["2026年6月"], D, GC, {}),
    ("gch-time-01", "故城实习补贴每年几月申报", "time", ["每年7月、12月"], H, GC, {}),
    ("gch-time-02", "故城企业引进的人才入职多久后才能申请衡水的安家补贴", "time", ["入职满6个月后"], H, GC, {}),
    ("gch-time-03", "衡水的安家补贴分几年发 故城这边", "time", ["分2年发放"], H, GC, {}),
    ("gch-time-04", "故城企业申请衡水的吸纳补贴截止到几号", "time", ["每年11月30日前"], H, GC, {}),
    ("gch-time-06", "故城实习补贴审核完公示几天", "time", ["公示6个工作日"], H, GC, {}),
    ("gch-time-07", "故城实习补贴一个学生最多补几个月", "time", ["最长补贴4个月"], H, GC, {}),
    ("gch-time-08", "衡水留衡就业补贴实施细则从哪天起施行 我在故城", "time", ["2026年3月1日起施行"], H, GC, {}),
    ("gch-time-09", "故城实习补贴办法是哪天印发的 人社局答复函联系电话多少", "time", ["2026年3月30日", "0318-5362418"], H, GC,
     {"docs": BOTH, "two": True}),
    ("gch-time-fu-01", "最长发多久", "time", ["最长发放12个月"], H, GC, {"context": ["在故城企业上班的职校毕业生有生活补贴吗"]}),
    # count
    ("gcd-count-01", "故城去年职业技能培训搞了多少人次", "count", ["2860人次"], D, GC, {}),
    ("gcd-count-02", "故城职教中心现在跟多少家县内企业合作", "count", ["县内31家企业"], D, GC, {}),
    ("gcd-count-03", "故城现在有几个县级技能大师工作室 今年建完一共几个", "count", ["县级技能大师工作室4个", "共7个"], D, GC,
     {"two": True}),
    ("gcd-count-04", "故城去年引进了多少高级技师和技师 多少人拿到了衡水的安家补贴", "count", ["27名", "19名"], D, GC, {"two": True}),
    ("gcd-count-06", "故城今年职工技能培训目标是多少人次", "count", ["3200人次以上"], D, GC, {}),
    ("gcd-count-07", "校企双选会一年办几场", "count", ["上、下半年各1场"], D, "", {}),
    ("gch-count-01", "故城这本政策汇编收了几个文件", "count", ["共收录文件4件"], H, GC, {}),
    ("gch-count-02", "故城实习学生要连续实习多久企业才能拿补贴", "count", ["连续实习满2个月"], H, GC, {}),
    ("gch-count-03", "在故城企业上班的毕业生劳动合同要签几年才有补贴", "count", ["签订1年以上劳动合同"], H, GC, {}),
    # yesno
    ("gcd-yesno-01", "故城蔺代表提的设县级技能人才奖励资金 县里同意了吗", "yesno", ["很有必要", "列入2027年县级财政预算编制计划"], D, GC,
     {}),
    ("gcd-yesno-02", "故城职教中心今年会不会开新专业", "yesno", ["新开设数控技术应用专业"], D, GC, {}),
    ("gch-yesno-01", "故城企业引进的技师之前就在衡水的企业干过 还能拿安家补贴吗", "yesno", ["引进前1年内未在本市企业工作"], H, GC, {}),
    ("gch-yesno-02", "故城县里的引进补贴跟衡水的能一起拿吗", "yesno", ["在衡水市安家补贴基础上"], H, GC, {}),
    ("gch-yesno-03", "故城技工学校的应届生在本地企业就业能拿留衡生活补贴吗", "yesno", ["本市职业院校（含技工院校）应届毕业生"], H, GC,
     {}),
    ("gch-yesno-04", "故城实习生毕业留下了 企业除了衡水的吸纳补贴县里还给钱吗", "yesno", ["在衡水市吸纳补贴基础上"], H, GC, {}),
    ("gch-yesno-06", "故城技能人才培养奖补办法现在已经生效了吗", "yesno", ["自印发之日起施行"], H, GC, {}),
    # list
    ("gcd-list-01", "故城人社局答复里说做了哪些工作", "list",
     ["技能培训规模扩大", "校企合作持续推进", "技能大师工作室建设起步", "配套政策逐步完善", "技能人才引进初见成效"], D, GC, {}),
    ("gcd-list-02", "故城今年有哪几项具体措施", "list", ["企业职工技能培训", "新建技能大师工作室", "举办校企双选会", "设立技能人才奖励资金"],
     D, GC, {}),
    ("gcd-list-03", "故城这个建议答复抄送了哪些单位", "list", ["县人大常委会人事代表工作委员会", "县政府督查室"], D, GC, {}),
    ("gcd-list-04", "故城蔺代表的建议提了哪些要求", "list", ["加大技能人才培养和引进力度", "设立县级技能人才奖励资金"], D, GC, {}),
    ("gch-list-01", "故城政策汇编里都有哪些文件", "list",
     ["衡水市高技能人才引进奖励办法", "衡水市职业院校毕业生留衡就业补贴实施细则", "故城县企业吸纳实习学生补贴办法",
      "故城县技能人才培养奖补办法"], H, GC, {}),
    ("gch-list-02", "故城汇编里哪些是县里自己出的文件", "list", ["故城县企业吸纳实习学生补贴办法", "故城县技能人才培养奖补办法"], H, GC, {}),
    # docfact
    ("gcd-docfact-01", "故城人社局答复蔺代表建议的文号是多少", "docfact", ["故人社建复〔2026〕5号"], D, GC, {}),
    ("gcd-docfact-02", "故城这个建议答复是哪天签的", "docfact", ["2026年6月12日"], D, GC, {}),
    ("gcd-docfact-03", "故城这个答复算几类", "docfact", ["B类"], D, GC, {}),
    ("gcd-docfact-04", "故城蔺代表那条建议是第几号 在哪次会上提的", "docfact", ["第52号", "县十八届人大四次会议"], D, GC, {"two": True}),
    ("gcd-docfact-05", "故城这份建议答复能公开吗", "docfact", ["此件公开发布"], D, GC, {}),
    ("gch-docfact-01", "故城汇编里关于实习学生补贴的那个文件文号是多少", "docfact", ["故政办字〔2026〕14号"], H, GC, {}),
    ("gch-docfact-02", "故城汇编里哪个文件最新", "docfact", ["故城县技能人才培养奖补办法", "2026年6月8日"], H, GC, {}),
    ("gch-docfact-03", "故城汇编里最早的文件是哪个", "docfact", ["衡水市高技能人才引进奖励办法", "2025年10月9日"], H, GC, {}),
    ("gch-docfact-04", "故城汇编里衡水留衡就业补贴那个细则是谁发的", "docfact", ["衡水市人民政府办公室"], H, GC, {}),
    ("gch-docfact-05", "故城汇编里衡水引进高技能人才那个办法有效期到啥时候", "docfact", ["有效期至2028年10月31日"], H, GC, {}),
    ("gch-docfact-06", "故城这本汇编是几月编的 收录截止到哪天", "docfact", ["2026年7月", "2026年6月30日"], H, GC, {"two": True}),
    ("gch-docfact-07", "故城实习补贴办法是依据哪个文件定的", "docfact", ["衡水市职业院校毕业生留衡就业补贴实施细则"], H, GC, {}),
    ("gch-docfact-08", "故城技能人才培养奖补办法文号多少 哪两个部门发的", "docfact",
     ["故人社字〔2026〕21号", "故城县人力资源和社会保障局　故城县财政局"], H, GC, {"two": True}),
    ("gch-docfact-09", "企业吸纳实习学生补贴办法的文号是多少", "docfact", ["故政办字〔2026〕14号"], H, "", {}),
    ("gch-docfact-fu-01", "有效期多久", "docfact", ["有效期2年"], H, GC, {"context": ["故城实习补贴办法啥时候开始施行"]}),
    # general
    ("gcd-general-01", "故城蔺代表反映了啥问题", "general", ["县内企业技术工人缺口较大", "职业院校毕业生留在本县的少"], D, GC, {}),
    ("gcd-general-02", "故城为啥现在不马上设县级技能人才奖励资金", "general", ["受县级财力所限"], D, GC, {}),
    ("gcd-general-03", "给机械加工企业定向培养技术工人的是哪个专业", "general", ["数控技术应用专业"], D, "", {}),
    ("gcd-general-04", "故城对毕业生留本地少这个问题打算咋办", "general",
     ["落实《衡水市职业院校毕业生留衡就业补贴实施细则》", "300名以上"], D, GC, {}),
    ("gch-general-01", "故城汇编跟正式文件不一样以哪个为准", "general", ["以正式文件为准"], H, GC, {}),
    ("gch-general-02", "故城实习补贴审核结果在哪公示", "general", ["在县政府网站公示"], H, GC, {}),
    ("gch-general-03", "衡水留衡就业补贴的钱从哪出 故城企业问", "general", ["从市级就业补助资金中列支"], H, GC, {}),
    ("gch-general-04", "故城技能人才奖补的钱从哪来", "general", ["由县财政在年度预算中安排"], H, GC, {}),
    ("gch-general-05", "故城县级技能大师工作室奖多少 答复函说现在建了几个", "general", ["一次性奖补5万元", "技能大师工作室4个"], H, GC,
     {"docs": BOTH, "two": True}),
    ("gch-general-06", "故城这本汇编谁编的 人社局答复函是哪个股室联系", "general",
     ["故城县产教融合工作领导小组办公室", "培训就业股"], H, GC, {"docs": BOTH, "two": True}),
    # region-scoped — a 镇 / 乡 of 故城县, and (CITY_SCOPED) a sibling county of 衡水市 asking what a 衡水 policy says
    ("gch-rs-01", "我是故城郑口镇的企业 收了两个职校实习生 每人每月能补多少", "region-scoped", ["每人每月350元"], H, ZK, {}),
    ("gch-rs-02", "故城夏庄镇有家企业引进了技师 县里再补多少", "region-scoped", ["每人2万元、1万元"], H, XZ, {}),
    ("gch-rs-03", "故城青罕镇企业的职工考下技师证奖多少", "region-scoped", ["1200元"], H, QH, {}),
    ("gch-rs-04", "故城武官寨镇的企业申请吸纳补贴截止到哪天", "region-scoped", ["每年11月30日前"], H, WGZ, {}),
    ("gch-rs-05", "枣强县企业引进一个高级技师 衡水给多少安家补贴", "region-scoped", ["每人6万元安家补贴"], H, ZQ, {}),
    ("gch-rs-06", "武邑县的职校应届毕业生在衡水的企业就业 生活补贴每月多少", "region-scoped", ["每月300元生活补贴"], H, WY, {}),
    ("gch-rs-07", "深州市企业招了应届职校毕业生 吸纳补贴一个人多少", "region-scoped", ["按每人1800元给予企业一次性吸纳补贴"], H, SZ, {}),
    ("gcd-rs-01", "故城军屯镇的机械加工厂 职教中心以后能给定向培养技术工人吗", "region-scoped",
     ["为县内机械加工企业定向培养技术工人"], D, JT, {}),
    ("gcd-rs-fu-01", "县里今年的校企双选会办几场", "region-scoped", ["上、下半年各1场"], D, JG,
     {"context": ["我是故城建国镇的企业 想招技能工人"]}),
    # unstated — three hierarchy traps (two sibling counties of 衡水 asking what only 故城's own policies say, one county of another
    # 河北 city asking what only a 衡水 policy says), four words no document of any round has
    ("x-f27-unstated-08", "枣强县企业接收实习学生每人每月补多少", "unstated", None, None, ZQ, {}),
    ("x-f27-unstated-09", "阜城县新认定的县级技能大师工作室奖多少", "unstated", None, None, FC, {}),
    ("x-f27-unstated-10", "张北县企业全职引进高级技师安家补贴多少", "unstated", None, None, ZB, {}),
    ("x-f27-unstated-11", "故城引进的技师租房有补贴吗", "unstated", None, None, GC, {}),
    ("x-f27-unstated-12", "故城企业引进的高级技师能在故城落户吗", "unstated", None, None, GC, {}),
    ("x-f27-unstated-13", "故城职教中心有没有送学生去企业实习的班车", "unstated", None, None, GC, {}),
    ("x-f27-unstated-14", "故城蔺代表要是对答复不满意咋办", "unstated", None, None, GC, {}),
]

SECTION = {
    "gch-amount-01": [1, 4], "gch-amount-02": [4], "gch-amount-03": [3], "gch-amount-04": [3], "gch-amount-05": [2],
    "gch-amount-06": [3], "gch-amount-07": [2], "gch-amount-08": [4], "gch-amount-09": [4], "gch-amount-10": [2],
    "gch-amount-fu-01": [1],
    "gch-person-01": [0], "gch-person-02": [1], "gch-person-03": [3], "gch-person-04": [4], "gch-person-05": [2],
    "gch-person-06": [1], "gch-person-fu-01": [3],
    "gch-time-01": [3], "gch-time-02": [1], "gch-time-03": [1], "gch-time-04": [2], "gch-time-06": [3],
    "gch-time-07": [3], "gch-time-08": [2], "gch-time-09": [3], "gch-time-fu-01": [2],
    "gch-count-01": [0], "gch-count-02": [3], "gch-count-03": [2],
    "gch-yesno-01": [1], "gch-yesno-02": [4], "gch-yesno-03": [2], "gch-yesno-04": [3], "gch-yesno-06": [4],
    "gch-list-01": [0], "gch-list-02": [0],
    "gch-docfact-01": [3], "gch-docfact-02": [4], "gch-docfact-03": [1], "gch-docfact-04": [2], "gch-docfact-05": [1],
    "gch-docfact-06": [0], "gch-docfact-07": [3], "gch-docfact-08": [4], "gch-docfact-09": [3], "gch-docfact-fu-01": [3],
    "gch-general-01": [0], "gch-general-02": [3], "gch-general-03": [2], "gch-general-04": [4], "gch-general-05": [4],
    "gch-general-06": [0],
    "gch-rs-01": [3], "gch-rs-02": [4], "gch-rs-03": [4], "gch-rs-04": [2], "gch-rs-05": [1], "gch-rs-06": [2], "gch-rs-07": [2],
}
CITY_SCOPED = ["gch-rs-05", "gch-rs-06", "gch-rs-07"]
UNSTATED_ABSENT = {
    "x-f27-unstated-08": ["每人每月"],
    "x-f27-unstated-09": ["技能大师工作室"],
    "x-f27-unstated-10": ["安家补贴"],
    "x-f27-unstated-11": ["租房"],
    "x-f27-unstated-12": ["落户"],
    "x-f27-unstated-13": ["班车"],
    "x-f27-unstated-14": ["不满意"],
}
HIER = ["x-f27-unstated-08", "x-f27-unstated-09", "x-f27-unstated-10"]
REGION_FREE = {"gcd-count-07": "校企双选会", "gcd-general-03": "机械加工企业", "gch-docfact-09": "实习学生补贴"}
ONLY = ["gcd-amount-01", "gcd-docfact-01", "gch-amount-05", "gch-person-01", "gch-time-01"]
