"""Questions of fresh30-dev.jsonl (甘肃省张掖市: the 关于开展2026年度产教融合项目验收工作的通知 (张教职成〔2026〕41号) as a Word 97
.doc with the scoring table, and the 关于2026年度产教融合项目验收结果的通报 (张教职成〔2026〕63号) as a portal .html page with the
results table). Written from the documents only. The two documents are about one acceptance round: questions ask the rules,
thresholds, dates, materials, money rules and contacts (the 通知, `doc` = the .doc), and the results, counts, amounts paid or taken
back, problems and 整改 deadlines (the 通报, `doc` = the .html page).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
ZY = "甘肃省张掖市"
GZ = ZY + "甘州区"
LZ = ZY + "临泽县"
GT = ZY + "高台县"
SD = ZY + "山丹县"
ML = ZY + "民乐县"
SN = ZY + "肃南裕固族自治县"
JC = "甘肃省金昌市"
JYG = "甘肃省嘉峪关市"
GN = "甘肃省甘南藏族自治州"
Z = "zhangye-yanshou-tongzhi"
B = "zhangye-yanshou-tongbao"
BOTH = [Z, B]

QUESTIONS = [
    # amount
    ("zyz-amount-01", "张掖产教融合项目验收合格以后 剩下的尾款是补助资金的百分之多少", "amount", ["剩余30%作为尾款"], Z, ZY, {}),
    ("zyz-amount-02", "张掖市级产教融合项目立项的时候已经先拨了多少比例", "amount", ["已拨付70%"], Z, ZY, {}),
    ("zyb-amount-01", "张掖智慧物流产业学院验收完能拿到多少尾款", "amount", ["54"], B, ZY, {}),
    ("zyb-amount-02", "张掖这次验收一共拨了多少尾款", "amount", ["357万元"], B, ZY, {}),
    ("zyb-amount-03", "张掖这14个项目市级补助加起来一共多少钱", "amount", ["1465万元"], B, ZY, {}),
    ("zyb-amount-04", "张掖限期整改的那两个项目尾款一共压着多少没拨", "amount", ["55.5万元"], B, ZY, {}),
    ("zyb-amount-05", "张掖验收不合格的那个项目要退回多少钱", "amount", ["63万元"], B, ZY, {}),
    ("zyb-amount-06", "张掖玉米种业产业学院市级补助是多少 尾款多少", "amount", ["200", "60"], B, ZY, {"two": True}),
    ("zyb-amount-07", "张掖智慧物流产业学院当初市里补了多少万", "amount", ["180"], B, ZY, {}),
    ("zyb-amount-08", "张掖这回验收通过率是多少", "amount", ["78.6%"], B, ZY, {}),
    ("zyb-amount-09", "张掖有个项目资金支出率很低被点名了 支出率才多少", "amount", ["支出率仅为61%"], B, ZY, {}),
    ("zyz-amount-03", "张掖经开区智能制造公共实训中心拿了多少尾款 尾款占补助的几成", "amount", ["78", "剩余30%作为尾款"], Z, ZY,
     {"docs": BOTH, "two": True}),
    ("zyb-amount-fu-01", "那尾款呢", "amount", ["78"], B, ZY, {"context": ["张掖经开区智能制造公共实训中心验收得了多少分 市里补了多少"]}),
    ("zyz-amount-fu-01", "验收过了剩下的钱给多少", "amount", ["剩余30%作为尾款"], Z, ZY,
     {"context": ["张掖产教融合项目立项时先拨多少补助"]}),
    # person
    ("zyz-person-01", "张掖产教融合项目验收有问题找教育局哪个人 电话多少", "person", ["祁文斌", "0936-8216354"], Z, ZY, {"two": True}),
    ("zyz-person-02", "张掖验收里资金方面的事问财政局谁", "person", ["雷玉霞"], Z, ZY, {}),
    ("zyz-person-03", "张掖验收材料报给哪个科室", "person", ["市教育局职业教育科"], Z, ZY, {}),
    ("zyz-person-04", "张掖产教融合项目现场验收是哪些部门组织的", "person", ["市教育局会同市发展改革委、市财政局"], Z, ZY, {}),
    ("zyz-person-05", "张掖项目自评报告要先经谁初审", "person", ["所在县（区）教育局初审"], Z, ZY, {}),
    ("zyz-person-06", "张掖验收的尾款由哪个部门拨", "person", ["市财政局"], Z, ZY, {}),
    ("zyb-person-01", "张掖验收不合格的那个项目是哪个单位承担的", "person", ["山丹县人力资源和社会保障局"], B, ZY, {}),
    ("zyb-person-02", "张掖玉米种业产业学院是哪个学校建的", "person", ["张掖弱水职业技术学院"], B, ZY, {}),
    ("zyb-person-03", "张掖限期整改的项目谁负责督促", "person", ["所在县教育局负责督促指导"], B, ZY, {}),
    ("zyb-person-04", "张掖不合格项目要退的钱由哪个部门负责缴回", "person", ["山丹县财政局"], B, ZY, {}),
    ("zyz-person-fu-01", "电话呢", "person", ["0936-8219027"], Z, ZY, {"context": ["张掖产教融合项目验收财政局那边联系人是谁"]}),
    # time
    ("zyz-time-01", "张掖产教融合项目验收材料最晚哪天交", "time", ["2026年7月29日"], Z, ZY, {}),
    ("zyz-time-02", "张掖专家现场验收安排在哪几天", "time", ["2026年8月17日至8月28日"], Z, ZY, {}),
    ("zyz-time-03", "张掖验收结果公示几天", "time", ["公示期为7天"], Z, ZY, {}),
    ("zyz-time-04", "张掖这次验收的项目建设期到啥时候满", "time", ["2026年6月30日"], Z, ZY, {}),
    ("zyz-time-05", "张掖验收合格的项目通报出来以后多少天内拨尾款", "time", ["45日内"], Z, ZY, {}),
    ("zyz-time-06", "张掖验收结论是限期整改的 给多长时间整改", "time", ["整改期限为3个月"], Z, ZY, {}),
    ("zyb-time-01", "张掖限期整改的项目最晚哪天前要整改完", "time", ["2026年12月28日"], B, ZY, {}),
    ("zyb-time-02", "张掖验收结果是哪几天公示的", "time", ["2026年9月14日至9月20日"], B, ZY, {}),
    ("zyb-time-03", "张掖优秀和合格项目的尾款啥时候前拨下来", "time", ["2026年10月25日"], B, ZY, {}),
    ("zyb-time-04", "张掖不合格项目的钱要在哪天前退回", "time", ["2026年11月27日"], B, ZY, {}),
    ("zyb-time-05", "张掖2025年立项的产教融合项目啥时候验收", "time", ["2027年"], B, ZY, {}),
    ("zyz-time-fu-01", "那现场验收呢", "time", ["2026年8月17日至8月28日"], Z, ZY, {"context": ["张掖产教融合项目验收材料截止到哪天"]}),
    # count
    ("zyz-count-01", "张掖这次产教融合项目验收一共要验收几个项目", "count", ["共14个"], Z, ZY, {}),
    ("zyz-count-02", "张掖现场验收每个专家组几个专家", "count", ["每组5名专家"], Z, ZY, {}),
    ("zyz-count-03", "张掖验收材料纸质的要交几份", "count", ["一式3份"], Z, ZY, {}),
    ("zyz-count-04", "张掖验收评分一共分几个方面", "count", ["五个方面"], Z, ZY, {}),
    ("zyb-count-01", "张掖验收结果优秀几个 合格几个", "count", ["4个", "7个"], B, ZY, {"two": True}),
    ("zyb-count-02", "张掖这次有几个项目要限期整改", "count", ["2个"], B, ZY, {}),
    ("zyb-count-03", "张掖这次验收平均多少分", "count", ["82.9分"], B, ZY, {}),
    ("zyb-count-04", "张掖验收得分上了90分的项目有几个", "count", ["4个"], B, ZY, {}),
    ("zyb-count-05", "张掖验收了几个产业学院", "count", ["张掖玉米种业产业学院", "张掖智慧物流产业学院", "民乐县康养旅游产业学院"], B, ZY,
     {}),
    ("zyb-count-fu-01", "不合格的有几个", "count", ["1个"], B, ZY, {"context": ["张掖今年产教融合项目验收结果出来了吗 优秀的有几个"]}),
    # yesno
    ("zyz-yesno-01", "张掖验收得了85分算合格吗", "yesno", ["合格线为80分"], Z, ZY, {}),
    ("zyz-yesno-02", "张掖验收材料晚交了还能验收吗", "yesno", ["逾期未报送的视为自动放弃验收"], Z, ZY, {}),
    ("zyz-yesno-03", "张掖批准调整过建设期的项目这次要参加验收吗", "yesno", ["不纳入本次验收"], Z, ZY, {}),
    ("zyz-yesno-04", "张掖项目虚报建设内容的 分数够了也能算合格吗", "yesno", ["直接认定为“不合格”"], Z, ZY, {}),
    ("zyz-yesno-05", "张掖限期整改的项目重新验收还不到80分会怎样", "yesno", ["认定为“不合格”"], Z, ZY, {}),
    ("zyb-yesno-01", "张掖智慧物流产业学院验收通过了没", "yesno", ["88.5", "合格"], B, ZY, {}),
    ("zyb-yesno-02", "张掖验收结果公示的时候有人提异议吗", "yesno", ["公示期间未收到异议"], B, ZY, {}),
    ("zyb-yesno-03", "张掖验收优秀的项目会往省里推荐吗", "yesno", ["推荐申报省级产教融合示范项目"], B, ZY, {}),
    ("zyb-yesno-fu-01", "那它拿得到尾款吗", "yesno", ["不予拨付"], B, ZY, {"context": ["张掖哪个产教融合项目验收不合格"]}),
    # list
    ("zyz-list-01", "张掖产教融合项目验收要交哪些材料", "list",
     ["张掖市产教融合项目验收申请表", "项目建设自评报告", "项目任务书及立项批复文件复印件", "资金审计报告", "建设成果佐证材料"], Z, ZY,
     {}),
    ("zyz-list-02", "张掖验收打分看哪几项指标 各占多少分", "list",
     ["建设任务完成情况", "资金使用管理", "校企合作成效", "人才培养与培训", "运行管理与可持续性"], Z, ZY, {}),
    ("zyz-list-03", "张掖专家现场验收都用哪些方式", "list", ["听取汇报", "实地查看", "查阅资料", "师生座谈"], Z, ZY, {}),
    ("zyz-list-04", "张掖这次验收包括哪几类项目", "list", ["产教融合实训基地", "产业学院", "公共实训中心"], Z, ZY, {}),
    ("zyb-list-01", "张掖验收优秀的是哪几个项目", "list",
     ["张掖玉米种业产业学院", "临泽县研学旅游实训基地", "甘州区戈壁设施农业实训基地", "高台县新能源运维公共实训中心"], B, ZY, {}),
    ("zyb-list-02", "张掖要限期整改的是哪几个项目", "list", ["高台县道地药材种植实训基地", "民乐县康养旅游产业学院"], B, ZY, {}),
    ("zyb-list-03", "张掖验收中发现了哪些主要问题", "list", ["资金支出进度偏慢", "校企合作流于形式", "虚报建设内容"], B, ZY, {}),
    ("zyb-list-04", "张掖验收结论合格的有哪些项目", "list",
     ["张掖智慧物流产业学院", "山丹县马产业实训基地", "张掖经开区智能制造公共实训中心", "民乐县马铃薯加工实训基地",
      "肃南裕固族民族工艺实训基地", "临泽县红枣精深加工实训基地", "甘州区农产品电商实训基地"], B, ZY, {}),
    # docfact
    ("zyz-docfact-01", "张掖产教融合项目验收通知的文号是多少", "docfact", ["张教职成〔2026〕41号"], Z, ZY, {}),
    ("zyz-docfact-02", "张掖验收通知是哪几个部门联合发的", "docfact", ["张掖市教育局", "张掖市发展和改革委员会", "张掖市财政局"], Z, ZY, {}),
    ("zyz-docfact-03", "张掖验收通知落款日期是哪天", "docfact", ["2026年7月3日"], Z, ZY, {}),
    ("zyz-docfact-04", "张掖验收材料电子版发哪个邮箱", "docfact", ["zysjyj_cjys@163.com"], Z, ZY, {}),
    ("zyz-docfact-05", "张掖这次验收依据的管理办法是哪个文件", "docfact", ["张掖市产教融合项目管理暂行办法", "张教发〔2023〕58号"], Z, ZY, {}),
    ("zyz-docfact-06", "张掖2024年这批项目是哪个文件下达的", "docfact", ["张教职成〔2024〕19号"], Z, ZY, {}),
    ("zyb-docfact-01", "张掖产教融合项目验收结果通报文号多少", "docfact", ["张教职成〔2026〕63号"], B, ZY, {}),
    ("zyb-docfact-02", "张掖验收结果通报是哪天发的", "docfact", ["2026年9月25日"], B, ZY, {}),
    ("zyb-docfact-03", "张掖验收结果通报在市政府网站上的索引号是多少", "docfact", ["11620700MB1A62937K/2026-01185"], B, ZY, {}),
    ("zyb-docfact-04", "张掖验收结果通报网上哪天发布的", "docfact", ["2026-09-27"], B, ZY, {}),
    ("zyz-docfact-07", "张掖验收材料哪天截止 结果通报又是哪天印发的", "docfact", ["2026年7月29日", "2026年9月25日"], Z, ZY,
     {"docs": BOTH, "two": True}),
    ("zyb-docfact-05", "张掖验收结果通报是根据哪个通知来的", "docfact", ["张教职成〔2026〕41号"], B, ZY, {}),
    # general
    ("zyz-general-01", "张掖验收分数怎么划等级", "general", ["90分以上（含90分）", "合格线为80分", "不足60分"], Z, ZY, {}),
    ("zyz-general-02", "张掖验收不合格会有什么后果", "general", ["追回已拨付的市级补助资金", "三年内不得申报市级产教融合项目"], Z, ZY, {}),
    ("zyz-general-03", "张掖限期整改的项目整改完怎么拿尾款", "general", ["申请重新验收", "重新验收得分达到80分"], Z, ZY, {}),
    ("zyz-general-04", "张掖验收优秀的项目除了尾款还有啥好处", "general", ["优先支持"], Z, ZY, {}),
    ("zyz-general-05", "张掖验收里资金使用管理这一项主要看啥", "general", ["专账核算", "配套资金足额到位"], Z, ZY, {}),
    ("zyb-general-01", "张掖那个不合格的项目是因为啥被判不合格的", "general", ["虚报社会培训人次"], B, ZY, {}),
    ("zyb-general-02", "张掖那个康养旅游产业学院被点名是啥问题", "general", ["校企合作流于形式"], B, ZY, {}),
    ("zyb-general-03", "张掖验收通报对在建的2025年度项目有啥要求", "general", ["开展自查"], B, ZY, {}),
    ("zyz-general-06", "张掖玉米种业产业学院得了多少分 够优秀吗", "general", ["94.5", "90分以上（含90分）"], Z, ZY,
     {"docs": BOTH, "two": True}),
    ("zyb-general-04", "张掖限期整改的项目整改完了以后咋办", "general", ["申请重新验收"], B, ZY, {}),
    # region-scoped — a county-level unit of 张掖市
    ("zyb-rs-01", "高台县新能源运维公共实训中心验收得了多少分", "region-scoped", ["90.5", "优秀"], B, GT, {}),
    ("zyb-rs-02", "我们是临泽县职业中等专业学校 红枣精深加工实训基地这次能拿多少尾款", "region-scoped", ["13.5"], B, LZ, {}),
    ("zyb-rs-03", "山丹县马产业实训基地验收结论是什么", "region-scoped", ["86.5", "合格"], B, SD, {}),
    ("zyb-rs-04", "甘州区农产品电商实训基地过没过", "region-scoped", ["80.5", "合格"], B, GZ, {}),
    ("zyb-rs-05", "肃南那个民族工艺实训基地得了多少分", "region-scoped", ["82.5"], B, SN, {}),
    ("zyz-rs-01", "我是民乐县教育局的 县里项目的自评报告要先经我们初审吗", "region-scoped", ["所在县（区）教育局初审"], Z, ML, {}),
    ("zyz-rs-02", "高台县道地药材种植实训基地整改期限有多长", "region-scoped", ["整改期限为3个月"], Z, GT, {}),
    ("zyb-rs-fu-01", "我们那个戈壁设施农业实训基地验收得了多少分", "region-scoped", ["91.0"], B, GZ,
     {"context": ["我是甘州区职业中等专业学校的老师"]}),
    ("zyb-rs-fu-02", "那我们县还有别的项目被要求整改吗", "region-scoped", ["高台县道地药材种植实训基地"], B, GT,
     {"context": ["我在高台县人社局 新能源运维公共实训中心验收结果咋样"]}),
    # outofscope (this region)
    ("x-f30-outofscope-01", "张掖七彩丹霞景区门票多少钱", "outofscope", None, None, ZY, {}),
    ("x-f30-outofscope-02", "从张掖到兰州坐高铁要多久", "outofscope", None, None, ZY, {}),
    ("x-f30-outofscope-03", "甘州区哪家搓鱼面好吃", "outofscope", None, None, GZ, {}),
    # unstated — in the domain, stated by no document (the words are in no document of any round)
    ("x-f30-unstated-01", "张掖验收专家有劳务费吗 标准多少", "unstated", None, None, ZY, {}),
    ("x-f30-unstated-02", "张掖现场验收要不要项目单位做现场演示", "unstated", None, None, ZY, {}),
    ("x-f30-unstated-03", "张掖验收专家跟项目单位有关系的要回避吗", "unstated", None, None, ZY, {}),
    ("x-f30-unstated-04", "张掖验收优秀的项目会发铭牌吗", "unstated", None, None, ZY, {}),
    ("x-f30-unstated-05", "张掖现场验收的时候要拍摄视频吗", "unstated", None, None, ZY, {}),
    ("x-f30-unstated-06", "张掖这次能不能线上验收 不去现场", "unstated", None, None, ZY, {}),
    # region-clash — other cities of 甘肃 with no document of their own
    ("x-f30-clash-01", "金昌产教融合项目验收材料哪天截止", "region-clash", None, None, JC, {}),
    ("x-f30-clash-02", "嘉峪关产教融合项目验收合格线是多少分", "region-clash", None, None, JYG, {}),
    ("x-f30-clash-03", "甘南州产教融合项目验收合格以后尾款拨多少", "region-clash", None, None, GN, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f30-unstated-01": ["劳务费"],
    "x-f30-unstated-02": ["现场演示"],
    "x-f30-unstated-03": ["回避"],
    "x-f30-unstated-04": ["铭牌"],
    "x-f30-unstated-05": ["拍摄"],
    "x-f30-unstated-06": ["线上验收"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"zyb-count-06": "弱水职业技术学院", "zyz-docfact-08": "自动放弃验收"}
QUESTIONS += [
    ("zyb-count-06", "弱水职业技术学院这回有几个项目参加验收", "count", ["张掖玉米种业产业学院", "张掖智慧物流产业学院"], B, "",
     {}),
    ("zyz-docfact-08", "验收材料不按时交就算自动放弃验收 这个是哪个文件说的", "docfact", ["张教职成〔2026〕41号"], Z, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["zyz-amount-01", "zyb-amount-02", "zyz-person-01", "zyz-time-01", "zyb-time-01", "zyz-docfact-04", "zyz-yesno-01",
        "zyb-amount-05"]
