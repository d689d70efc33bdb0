"""Questions of fresh30-test.jsonl (广西壮族自治区贺州市昭平县: the 关于开展2026年度产教融合项目验收工作的通知 (昭教发〔2026〕33号)
as a LibreOffice .docx with the scoring table (merged 一级指标 cells), and the 关于2026年度产教融合项目验收结果的通报 (昭教发〔2026〕52号)
as a LibreOffice PDF whose results table crosses a page break with its header repeated). Written from the documents only. The
通知 holds the rules, thresholds, dates, materials, money rules and contacts; the 通报 the results, counts, amounts, problems and
整改 deadlines.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL).
"""
ZP = "广西壮族自治区贺州市昭平县"
HY = ZP + "黄姚镇"
ZM = ZP + "走马镇"
MJ = ZP + "马江镇"
FL = ZP + "富罗镇"
WZ = ZP + "文竹镇"
ZPZ = ZP + "昭平镇"
BB = "广西壮族自治区贺州市八步区"
PG = "广西壮族自治区贺州市平桂区"
FC = "广西壮族自治区贺州市富川瑶族自治县"
Z = "zhaoping-yanshou-tongzhi"
B = "zhaoping-yanshou-tongbao"
BOTH = [Z, B]

QUESTIONS = [
    # amount
    ("zpz-amount-01", "昭平县产教融合项目验收以后尾款占补助的百分之多少", "amount", ["验收后拨付40%"], Z, ZP, {}),
    ("zpz-amount-02", "昭平县级产教融合项目立项的时候先拨了多少", "amount", ["立项拨付60%"], Z, ZP, {}),
    ("zpb-amount-01", "昭平红茶产业学院验收完拿多少尾款", "amount", ["48"], B, ZP, {}),
    ("zpb-amount-02", "昭平这次一共拨了多少尾款", "amount", ["182万元"], B, ZP, {}),
    ("zpb-amount-03", "昭平11个项目县级补助一共多少", "amount", ["627万元"], B, ZP, {}),
    ("zpb-amount-04", "昭平限期整改那两个项目的尾款一共多少 啥时候给", "amount", ["52万元", "待整改验收合格后拨付"], B, ZP, {"two": True}),
    ("zpb-amount-05", "昭平验收不合格的项目要追回多少补助", "amount", ["25.2万元"], B, ZP, {}),
    ("zpb-amount-06", "昭平电子商务公共实训中心县里补了多少 尾款多少", "amount", ["90", "36"], B, ZP, {"two": True}),
    ("zpb-amount-07", "昭平这次验收通过率多少", "amount", ["72.7%"], B, ZP, {}),
    ("zpb-amount-08", "昭平新能源汽车产业学院企业配套资金到位了多少", "amount", ["仅到位35%"], B, ZP, {}),
    ("zpz-amount-03", "昭平小水电运维实训基地尾款多少 尾款是按补助的几成算的", "amount", ["16", "验收后拨付40%"], Z, ZP,
     {"docs": BOTH, "two": True}),
    ("zpb-amount-09", "昭平家政养老公共实训中心能拿多少尾款", "amount", ["24"], B, ZP, {}),
    ("zpb-amount-fu-01", "尾款呢", "amount", ["48"], B, ZP, {"context": ["昭平红茶产业学院县级补助多少"]}),
    ("zpz-amount-fu-01", "那剩下的呢", "amount", ["验收后拨付40%"], Z, ZP, {"context": ["昭平县产教融合项目补助立项时拨多少"]}),
    # person
    ("zpz-person-01", "昭平县产教融合项目验收找教育局谁问 电话多少", "person", ["覃秋萍", "0774-6682315"], Z, ZP, {"two": True}),
    ("zpz-person-02", "昭平验收资金上的事找县财政局哪个人", "person", ["莫振华"], Z, ZP, {}),
    ("zpz-person-03", "昭平县验收材料交到哪个股室", "person", ["县教育局职业教育股"], Z, ZP, {}),
    ("zpz-person-04", "昭平县项目现场验收是哪几个部门组织", "person", ["县教育局会同县发展和改革局、县财政局"], Z, ZP, {}),
    ("zpz-person-05", "昭平县限期整改的项目由谁组织重新验收", "person", ["县教育局组织重新验收"], Z, ZP, {}),
    ("zpb-person-01", "昭平新能源汽车产业学院是哪个单位承担的", "person", ["昭平县职业教育中心"], B, ZP, {}),
    ("zpb-person-02", "昭平电子商务公共实训中心是谁建的", "person", ["昭平县人社局"], B, ZP, {}),
    ("zpb-person-03", "昭平县验收专家是从哪里抽的", "person", ["县产教融合项目评审专家库中随机抽取"], B, ZP, {}),
    ("zpb-person-04", "昭平新能源汽车产业学院整改由哪个单位负责", "person", ["县职业教育中心"], B, ZP, {}),
    ("zpz-person-fu-01", "他电话多少", "person", ["0774-6687402"], Z, ZP, {"context": ["昭平县产教融合项目验收财政局的联系人是谁"]}),
    ("zpb-person-05", "昭平验收不合格项目的尾款由哪个部门停拨", "person", ["县财政局不再拨付尾款"], B, ZP, {}),
    # time
    ("zpz-time-01", "昭平县产教融合项目验收材料哪天前交", "time", ["2026年9月4日"], Z, ZP, {}),
    ("zpz-time-02", "昭平县现场验收是哪几天", "time", ["2026年9月14日至9月25日"], Z, ZP, {}),
    ("zpz-time-03", "昭平县验收结果要公示多久", "time", ["公示期10天"], Z, ZP, {}),
    ("zpz-time-04", "昭平验收合格以后多久能拿到尾款", "time", ["25日内"], Z, ZP, {}),
    ("zpz-time-05", "昭平县限期整改给多长时间", "time", ["整改期限为2个月"], Z, ZP, {}),
    ("zpb-time-01", "昭平县限期整改的项目最迟哪天整改完", "time", ["2026年12月23日"], B, ZP, {}),
    ("zpb-time-02", "昭平验收结果是哪几天公示的", "time", ["2026年10月12日至10月21日"], B, ZP, {}),
    ("zpb-time-03", "昭平8个项目的尾款啥时候前拨", "time", ["2026年11月20日"], B, ZP, {}),
    ("zpb-time-04", "昭平不合格那个项目的钱要在哪天前缴回", "time", ["2026年11月26日"], B, ZP, {}),
    ("zpb-time-05", "昭平2025年立项的项目啥时候验收", "time", ["2027年"], B, ZP, {}),
    ("zpz-time-fu-01", "那专家啥时候来现场", "time", ["2026年9月14日至9月25日"], Z, ZP, {"context": ["昭平县验收材料截止哪天"]}),
    ("zpz-time-06", "昭平县自评阶段到哪天结束", "time", ["即日起至2026年9月4日"], Z, ZP, {}),
    # count
    ("zpz-count-01", "昭平县这次一共要验收几个项目", "count", ["共11个"], Z, ZP, {}),
    ("zpz-count-02", "昭平验收材料要交几份", "count", ["一式2份"], Z, ZP, {}),
    ("zpz-count-03", "昭平县验收评分一级指标有几个", "count", ["项目建设（40分）", "资金管理（25分）", "产教融合成效（35分）"], Z, ZP,
     {}),
    ("zpb-count-01", "昭平县验收优秀几个 合格几个", "count", ["3个", "5个"], B, ZP, {"two": True}),
    ("zpb-count-02", "昭平县这次有几个项目限期整改", "count", ["2个"], B, ZP, {}),
    ("zpb-count-03", "昭平验收的项目里实训基地几个 产业学院几个", "count", ["实训基地7个", "产业学院2个"], B, ZP, {"two": True}),
    ("zpb-count-04", "昭平每个项目几个专家打分", "count", ["5名专家"], B, ZP, {}),
    ("zpb-count-05", "昭平县职业教育中心这次承担了几个项目", "count",
     ["昭平红茶产业学院", "黄姚古镇文旅服务实训基地", "昭平小水电运维实训基地", "昭平新能源汽车产业学院"], B, ZP, {}),
    ("zpb-count-06", "昭平这次拨尾款的一共几个项目", "count", ["8个项目"], B, ZP, {}),
    ("zpb-count-fu-01", "那不合格的几个", "count", ["1个"], B, ZP, {"context": ["昭平县产教融合项目验收有几个优秀的"]}),
    # yesno
    ("zpz-yesno-01", "昭平县验收得了72分算不算合格", "yesno", ["验收合格线为70分"], Z, ZP, {}),
    ("zpz-yesno-02", "昭平县建设期内已经终止的项目还要验收吗", "yesno", ["不列入本次验收范围"], Z, ZP, {}),
    ("zpz-yesno-03", "昭平项目单位不配合验收会怎么判", "yesno", ["直接定为“不合格”"], Z, ZP, {}),
    ("zpz-yesno-04", "昭平验收材料要不要盖公章", "yesno", ["加盖单位公章"], Z, ZP, {}),
    ("zpb-yesno-01", "昭平红茶产业学院是优秀吗", "yesno", ["91.5", "优秀"], B, ZP, {}),
    ("zpb-yesno-02", "昭平新能源汽车产业学院验收过了吗", "yesno", ["63.0", "限期整改"], B, ZP, {}),
    ("zpb-yesno-03", "昭平验收结果公示有没有人提异议", "yesno", ["公示期间无异议"], B, ZP, {}),
    ("zpb-yesno-04", "昭平县验收完的实训基地能改成别的用途吗", "yesno", ["不得擅自改变实训基地用途"], B, ZP, {}),
    ("zpb-yesno-fu-01", "那它能拿尾款吗", "yesno", ["暂缓拨付"], B, ZP, {"context": ["昭平新能源汽车产业学院验收结论是啥"]}),
    # list
    ("zpz-list-01", "昭平县验收要交哪些材料", "list",
     ["昭平县产教融合项目验收申请表", "项目建设总结及自评报告", "县级补助资金使用明细及相关凭证", "校企合作协议、实训设备清单、培训签到表"],
     Z, ZP, {}),
    ("zpz-list-02", "昭平县验收产教融合成效下面看哪几项", "list", ["校企合作", "人才培养培训", "服务地方产业"], Z, ZP, {}),
    ("zpz-list-03", "昭平县验收结论分哪几档", "list", ["优秀", "合格", "限期整改", "不合格"], Z, ZP, {}),
    ("zpb-list-01", "昭平县验收优秀的有哪几个项目", "list",
     ["昭平红茶产业学院", "黄姚古镇文旅服务实训基地", "昭平电子商务公共实训中心"], B, ZP, {}),
    ("zpb-list-02", "昭平县要限期整改的是哪两个项目", "list", ["马江镇林下经济实训基地", "昭平新能源汽车产业学院"], B, ZP, {}),
    ("zpb-list-03", "昭平验收通报里点了哪些问题", "list", ["建设进度滞后", "企业投入不到位", "已停止运行"], B, ZP, {}),
    ("zpb-list-04", "昭平验收合格的是哪几个项目", "list",
     ["走马镇茶叶初制实训基地", "文竹镇松脂深加工实训基地", "昭平小水电运维实训基地", "黄姚豆豉食品加工实训基地",
      "昭平家政养老公共实训中心"], B, ZP, {}),
    ("zpb-list-05", "昭平县两个公共实训中心分别是啥结论", "list", ["昭平电子商务公共实训中心", "优秀", "昭平家政养老公共实训中心", "合格"],
     B, ZP, {}),
    # docfact
    ("zpz-docfact-01", "昭平县产教融合项目验收通知文号多少", "docfact", ["昭教发〔2026〕33号"], Z, ZP, {}),
    ("zpz-docfact-02", "昭平县验收通知哪天发的", "docfact", ["2026年8月10日"], Z, ZP, {}),
    ("zpz-docfact-03", "昭平县验收材料电子版发到哪个邮箱", "docfact", ["zpxjyj_xmys@126.com"], Z, ZP, {}),
    ("zpz-docfact-04", "昭平县这批项目是哪个文件立项下达的", "docfact", ["昭教发〔2024〕21号"], Z, ZP, {}),
    ("zpz-docfact-05", "昭平县验收通知是哪几个部门发的", "docfact", ["昭平县教育局", "昭平县发展和改革局", "昭平县财政局"], Z, ZP, {}),
    ("zpb-docfact-01", "昭平县验收结果通报的文号是多少", "docfact", ["昭教发〔2026〕52号"], B, ZP, {}),
    ("zpb-docfact-02", "昭平县验收结果通报落款哪天", "docfact", ["2026年10月23日"], B, ZP, {}),
    ("zpb-docfact-03", "昭平验收结果在哪个网站公示的", "docfact", ["昭平县人民政府门户网站"], B, ZP, {}),
    ("zpz-docfact-06", "昭平县验收材料截止哪天 结果通报是哪天出的", "docfact", ["2026年9月4日", "2026年10月23日"], Z, ZP,
     {"docs": BOTH, "two": True}),
    ("zpb-docfact-04", "昭平县验收结果通报是按哪个通知组织的", "docfact", ["昭教发〔2026〕33号"], B, ZP, {}),
    ("zpb-docfact-05", "昭平县验收结果通报一开头说的验收依据文件叫啥", "docfact", ["关于开展2026年度产教融合项目验收工作的通知"], B, ZP, {}),
    # general
    ("zpz-general-01", "昭平县验收多少分算优秀 多少分算合格", "general", ["85分及以上", "验收合格线为70分"], Z, ZP, {"two": True}),
    ("zpz-general-02", "昭平县验收不合格有啥后果", "general", ["追回已拨付的县级补助资金", "两年内不得申报县级产教融合项目"], Z, ZP, {}),
    ("zpz-general-03", "昭平县限期整改的项目整改后怎么拿尾款", "general", ["重新验收达到70分"], Z, ZP, {}),
    ("zpz-general-04", "昭平县验收里资金使用这一项看啥", "general", ["专账核算、账目清晰"], Z, ZP, {}),
    ("zpb-general-01", "昭平那个竹编工艺实训基地为啥不合格", "general", ["已停止运行", "培训记录存在虚假情况"], B, ZP, {}),
    ("zpb-general-02", "昭平县验收完以后优秀项目还有啥安排", "general", ["推荐参加市级产教融合示范项目遴选"], B, ZP, {}),
    ("zpz-general-05", "昭平新能源汽车产业学院得了多少分 离合格线差多少", "general", ["63.0", "验收合格线为70分"], Z, ZP,
     {"docs": BOTH, "two": True}),
    ("zpb-general-03", "昭平这次验收总体情况怎么样", "general", ["茶产业、文化旅游和电子商务领域的项目建设成效较好"], B, ZP, {}),
    ("zpz-general-06", "昭平县现场验收专家都怎么看", "general", ["听取汇报、查看现场、查阅资料"], Z, ZP, {}),
    # region-scoped — a 镇 of 昭平县
    ("zpb-rs-01", "马江镇林下经济实训基地验收得了多少分", "region-scoped", ["66.5", "限期整改"], B, MJ, {}),
    ("zpb-rs-02", "马江镇那个实训基地被点名是啥问题", "region-scoped", ["林下种养示范区仅完成一半"], B, MJ, {}),
    ("zpb-rs-03", "我们是走马镇做茶的企业 茶叶初制实训基地验收过了吗", "region-scoped", ["79.0", "合格"], B, ZM, {}),
    ("zpb-rs-04", "文竹镇松脂深加工实训基地尾款多少", "region-scoped", ["14"], B, WZ, {}),
    ("zpb-rs-05", "黄姚古镇文旅服务实训基地验收多少分", "region-scoped", ["88.0", "优秀"], B, HY, {}),
    ("zpb-rs-06", "富罗镇那个竹编实训基地要退多少钱", "region-scoped", ["25.2万元"], B, FL, {}),
    ("zpz-rs-01", "我在昭平镇 县里产教融合项目验收材料交给谁", "region-scoped", ["县教育局职业教育股"], Z, ZPZ, {}),
    ("zpb-rs-fu-01", "我们那个豆豉食品加工实训基地验收结果咋样", "region-scoped", ["72.5", "合格"], B, HY,
     {"context": ["我是黄姚镇一家豆豉厂的"]}),
    ("zpz-rs-fu-01", "不合格的话以后还能报项目吗", "region-scoped", ["两年内不得申报县级产教融合项目"], Z, FL,
     {"context": ["我们是富罗镇一家竹编厂 建了个实训基地"]}),
    # outofscope (this region)
    ("x-f30-outofscope-04", "黄姚古镇门票多少钱", "outofscope", None, None, HY, {}),
    ("x-f30-outofscope-05", "昭平红茶一斤大概卖多少钱", "outofscope", None, None, ZP, {}),
    ("x-f30-outofscope-06", "昭平县城到桂林坐大巴几个小时", "outofscope", None, None, ZP, {}),
    # unstated
    ("x-f30-unstated-07", "昭平县验收专家组要不要抽签决定去哪个项目", "unstated", None, None, ZP, {}),
    ("x-f30-unstated-08", "昭平县验收优秀的项目有没有奖牌", "unstated", None, None, ZP, {}),
    ("x-f30-unstated-09", "昭平县现场验收要拍照留底吗", "unstated", None, None, ZP, {}),
    ("x-f30-unstated-10", "昭平县验收完资料要存档几年", "unstated", None, None, ZP, {}),
    ("x-f30-unstated-11", "昭平县验收合格会发结项证书吗", "unstated", None, None, ZP, {}),
    ("x-f30-unstated-12", "昭平县验收的专家费谁出", "unstated", None, None, ZP, {}),
    # region-clash — other county-level units of 贺州市 with no document of their own
    ("x-f30-clash-04", "八步区产教融合项目验收材料截止哪天", "region-clash", None, None, BB, {}),
    ("x-f30-clash-05", "平桂区产教融合项目验收合格线多少分", "region-clash", None, None, PG, {}),
    ("x-f30-clash-06", "富川产教融合项目验收不合格要退钱吗", "region-clash", None, None, FC, {}),
]

UNSTATED_ABSENT = {
    "x-f30-unstated-07": ["抽签"],
    "x-f30-unstated-08": ["奖牌"],
    "x-f30-unstated-09": ["拍照"],
    "x-f30-unstated-10": ["存档"],
    "x-f30-unstated-11": ["结项证书"],
    "x-f30-unstated-12": ["专家费"],
}
REGION_FREE = {"zpb-amount-10": "松脂深加工", "zpz-person-06": "教科文股"}
QUESTIONS += [
    ("zpb-amount-10", "松脂深加工实训基地县级补助多少万", "amount", ["35"], B, "", {}),
    ("zpz-person-06", "验收资金上的事想问县财政局教科文股 找谁", "person", ["莫振华"], Z, "", {}),
]
ONLY = ["zpz-amount-01", "zpb-amount-02", "zpz-person-01", "zpz-time-01", "zpb-time-01", "zpz-docfact-03", "zpz-yesno-01",
        "zpb-amount-05"]
