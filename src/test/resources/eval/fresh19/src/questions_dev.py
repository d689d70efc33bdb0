"""Questions of fresh19-dev.jsonl (陕西省: the 财政厅 + 教育厅 notice 关于下达2026年产教融合专项资金（第一批）的通知 as a
LibreOffice-printed .pdf with the allocation table on landscape pages; 陕西省延安市: the city's 通报 on 2026 上半年 progress as a
LibreOffice .docx with a 督办 table and a county ranking table). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
SX = "陕西省"
YA = "陕西省延安市"
Z = "shaanxi-zijin-tongzhi"
T = "yanan-tuijin-tongbao"
BOTH = [T, Z]

QUESTIONS = [
    # amount — one row of the allocation table, a subtotal, the total, the 通报's achieved figures in %
    ("sxz-amount-01", "陕西今年产教融合专项资金第一批一共下了多少钱", "amount", ["4980万元"], Z, SX, {}),
    ("sxz-amount-02", "陕西启元工业职业技术学院那个智能制造产业学院分了多少钱", "amount", ["280"], Z, SX, {}),
    ("sxz-amount-03", "弘毅交通职业学院这次两个项目各拿了多少", "amount", ["190", "150"], Z, "", {}),
    ("sxz-amount-04", "陕西这批钱省本级一共多少", "amount", ["1480万元"], Z, SX, {}),
    ("sxz-amount-05", "陕西嘉禾农林职业学院牵头的那个共同体给了多少", "amount", ["160"], Z, SX, {}),
    ("sxz-amount-06", "秦职通平台这次安排了多少钱", "amount", ["130"], Z, "", {}),
    ("sxz-amount-07", "陕西这批第一批资金 省本级 铜川 延安 安康各分了多少", "amount",
     ["1480万元", "840万元", "1690万元", "970万元"], Z, SX, {}),
    ("sxz-amount-08", "陕西这次给职工技能培训的钱有几笔 各多少", "amount", ["250", "180", "220", "技能培训"], Z, SX, {}),
    ("sxz-amount-09", "陕西绩效目标里设备采购按期完成率要求多少", "amount", ["≥95%"], Z, SX, {}),
    ("sxz-amount-fu-01", "合作企业满意度呢", "amount", ["≥90%"], Z, SX, {"context": ["陕西绩效目标里设备采购按期完成率要求多少"]}),
    ("yat-amount-01", "延安上半年省里下来的专项资金拨附了多少 拨付率多少", "amount", ["1183万元", "拨付率70%"], T, YA, {"two": True}),
    ("yat-amount-02", "延安市级配套资金安排了多少 拨了多少", "amount", ["600万元", "已拨付380万元"], T, YA, {"two": True}),
    ("yat-amount-03", "延安这次省级产教融合专项资金第一批一共分到多少", "amount", ["1690万元"], T, YA, {"docs": BOTH}),
    ("yat-amount-04", "延安新增校企合作企业完成年度目标的百分之几", "amount", ["112家", "70%"], T, YA, {}),
    ("yat-amount-05", "延安上半年职工技能培训完成了目标的多少", "amount", ["9860人次", "44.8%"], T, YA, {}),
    ("yat-amount-06", "延安市级产教融合重点任务完成率是多少", "amount", ["38.9%"], T, YA, {}),
    # person
    ("sxz-person-01", "陕西这批专项资金有问题找财政厅谁 电话多少", "person", ["雷振华", "029-87651324"], Z, SX, {"two": True}),
    ("sxz-person-fu-01", "教育厅那边呢", "person", ["党晓燕", "029-88668723"], Z, SX,
     {"context": ["陕西这批专项资金有问题找财政厅谁 电话多少"]}),
    ("sxz-person-02", "陕西现代农业装备行业产教融合共同体是哪个学校牵头的", "person", ["陕西嘉禾农林职业学院"], Z, SX, {}),
    ("sxz-person-03", "陕西省本级学校的项目钱是谁直接拨下来", "person", ["省财政厅直接拨付至项目单位"], Z, SX, {}),
    ("sxz-person-04", "陕西下到各市的钱由谁负责分到项目单位", "person", ["各市财政局要会同教育局"], Z, SX, {}),
    ("yat-person-01", "延安这个通报有事找谁 电话多少", "person", ["高志鹏", "0911-2113657"], T, YA, {"two": True}),
    ("yat-person-02", "延安那个圣地产教云平台没按时上线 责任单位是谁", "person", ["市教育局"], T, YA, {}),
    ("yat-person-03", "延安督办事项逾期没整改 谁来约谈谁", "person", ["市政府分管副市长", "主要负责同志"], T, YA, {}),
    ("yat-person-04", "延安上半年产教融合这次督查是哪些部门搞的", "person",
     ["市政府督查室会同市教育局、市发展改革委、市人力资源社会保障局"], T, YA, {}),
    ("yat-person-05", "延安职工技能培训进度落后是哪个部门的责任", "person", ["市人力资源社会保障局"], T, YA, {}),
    # time
    ("sxz-time-01", "陕西这批资金市里收到以后多久要分到项目单位", "time", ["收到资金后30日内"], Z, SX, {}),
    ("sxz-time-02", "陕西设备购置类的项目最晚啥时候采购完", "time", ["2026年10月31日前"], Z, SX, {}),
    ("sxz-time-03", "陕西第一批产教融合资金执行期限是哪段时间", "time", ["2026年1月1日至2026年12月31日"], Z, SX, {}),
    ("sxz-time-04", "陕西这批钱啥时候清算 材料几号前要交", "time", ["2027年3月20日前", "2027年4月30日前"], Z, SX,
     {"two": True}),
    ("sxz-time-05", "陕西这批钱没花完结专的话最多能结转多久", "time", ["结转时间不超过1年"], Z, SX, {}),
    ("yat-time-01", "延安督办里资金拨付那一项要啥时候前整改完", "time", ["2026年7月31日前全部拨付"], T, YA, {}),
    ("yat-time-fu-02", "最晚啥时候必须上线", "time", ["2026年8月31日前上线运行"], T, YA,
     {"context": ["延安那个圣地产教云平台没按时上线 责任单位是谁"]}),
    ("yat-time-03", "延安全年产教融合工作总结几号前交 交给谁", "time", ["12月10日前", "报送市教育局"], T, YA, {"two": True}),
    ("yat-time-04", "延安全市校企合作对接会准备啥时候办", "time", ["8月底前"], T, YA, {}),
    ("yat-time-05", "延安督办事项整改时限到了以后多少天内要报整改情况", "time", ["整改时限届满后10个工作日内"], T, YA, {}),
    ("yat-time-fu-01", "那要啥时候前整改到位", "time", ["2026年9月30日前完成年度目标的75%"], T, YA,
     {"context": ["延安职工技能培训进度落后是哪个部门的责任"]}),
    # count
    ("sxz-count-01", "陕西这批一共支持了几个实训基地项目", "count", ["11个"], Z, SX, {}),
    ("sxz-count-fu-01", "新增实训工位要求多少个", "count", ["不少于1300个"], Z, SX,
     {"context": ["陕西这批一共支持了几个实训基地项目"]}),
    ("sxz-count-03", "陕西这批资金职工技能培训要完成多少人次", "count", ["不少于2.4万人次"], Z, SX, {}),
    ("yat-count-01", "延安今年市级重点任务一共多少项 完成了几项", "count", ["36项", "已完成14项"], T, YA, {"two": True}),
    ("yat-count-02", "延安这次督办了几项事", "count", ["6项"], T, YA, {}),
    ("yat-count-03", "延安今年计划新建几个实训基地 现在建成几个", "count", ["8个", "已建成2个"], T, YA, {"two": True}),
    ("yat-count-04", "延安山地苹果行业产教融合共同体吸纳了多少家成员单位", "count", ["46家"], T, YA, {}),
    ("yat-count-05", "延安各县区一共安排了多少县级任务 完成了多少", "count", ["129项", "已完成62项"], T, YA, {"two": True}),
    # yesno — `must` holds the deciding rule or figure
    ("sxz-yesno-01", "陕西这个产教融合专项资金能不能拿来给老师发工资", "yesno", ["不得用于发放人员工资、奖金和福利"], Z, SX, {}),
    ("sxz-yesno-02", "我们学校在陕西 之前欠了设备款 专项资金能用来还债吗", "yesno", ["不得用于偿还债务"], Z, SX, {}),
    ("sxz-yesno-03", "陕西这钱年底要是没用完是不是就收回去了", "yesno", ["可结转下年度继续用于原项目"], Z, SX, {}),
    ("sxz-yesno-04", "陕西这批资金我们想挪到别的项目上用 可以吗", "yesno",
     ["不得擅自调整项目和资金用途", "报省财政厅、省教育厅同意后实施"], Z, SX, {}),
    ("sxz-yesno-fu-01", "那结转的钱放了一年多还没用完呢 还能接着用吗", "yesno", ["收回省级财政统筹使用"], Z, SX,
     {"context": ["陕西这钱年底要是没用完是不是就收回去了"]}),
    ("sxz-yesno-07", "陕西下达专项资金这个文件是公开的吗", "yesno", ["此件主动公开"], Z, SX, {}),
    ("yat-yesno-01", "延安督办事项要是逾期没整改完 会直接通报批评吗", "yesno", ["约谈后仍未完成的，在全市范围内通报批评"], T, YA, {}),
    ("yat-yesno-02", "延安职工技能培训是不是落后于序时进度了", "yesno", ["低于序时进度"], T, YA, {}),
    ("yat-yesno-03", "延安那个圣地产教云平台上线了没", "yesno", ["目前尚未上线"], T, YA, {}),
    ("yat-yesno-04", "延安督办了还不整改会不会扣钱", "yesno", ["扣减该单位下一年度市级产教融合资金安排"], T, YA, {}),
    # list
    ("sxz-list-01", "陕西这批钱里哪些项目是实训基地类的", "list",
     ["工业机器人实训基地", "陶瓷工艺实训基地", "油气开采实训基地", "煤矿智能化实训基地", "茶叶加工实训基地"], Z, SX,
     {"items": 11}),
    ("sxz-list-02", "陕西这次专项资金支持了哪几个产业学院", "list",
     ["智能制造产业学院", "软件与信息服务产业学院", "新型建材产业学院", "煤化工产业学院", "富硒食品产业学院"], Z, SX, {}),
    ("sxz-list-03", "陕西这批里共同体建设的项目有哪些", "list",
     ["现代农业装备行业产教融合共同体", "延安山地苹果行业产教融合共同体", "安康富硒产业行业产教融合共同体"], Z, SX, {}),
    ("sxz-list-04", "陕西这个专项资金不能用在哪些地方", "list",
     ["发放人员工资、奖金和福利", "偿还债务、支付罚款", "修建楼堂馆所和购置公务用车"], Z, SX, {}),
    ("sxz-list-05", "陕西这批资金绩效目标表里都有哪些指标", "list",
     ["支持实训基地项目数", "新增实训工位数", "职工技能培训人次", "合作企业满意度"], Z, SX, {"items": 7}),
    ("yat-list-01", "延安这次被督半的单位有哪些", "list",
     ["延长县人民政府", "甘泉县人民政府", "黄陵县人民政府", "市人力资源社会保障局", "市教育局", "宜川县教育局"], T, YA, {}),
    ("yat-list-02", "延安进度排最后三名的是哪几个县", "list", ["宜川县", "甘泉县", "延长县"], T, YA, {}),
    # docfact
    ("sxz-docfact-01", "陕西下达2026年产教融合专项资金第一批的文号是多少", "docfact", ["陕财办教〔2026〕47号"], Z, SX, {}),
    ("sxz-docfact-02", "陕西这笔钱是依据哪个管理办法下的", "docfact",
     ["陕西省产教融合专项资金管理办法", "陕财办教〔2024〕19号"], Z, SX, {}),
    ("sxz-docfact-03", "陕西这个下达资金的通知是哪两个厅发的 落款哪天", "docfact",
     ["陕西省财政厅", "陕西省教育厅", "2026年4月29日"], Z, SX, {"two": True}),
    ("sxz-docfact-04", "陕西这个资金通知带了几个附件 分别是啥", "docfact",
     ["2026年产教融合专项资金（第一批）分配表", "2026年产教融合专项资金（第一批）绩效目标表"], Z, SX, {}),
    ("sxz-docfact-05", "陕西这批资金列的哪个支出科目", "docfact", ["教育支出"], Z, SX, {}),
    ("yat-docfact-01", "延安上半年产教融合推进情况那个通报文号多少", "docfact", ["延政办发〔2026〕63号"], T, YA, {}),
    ("yat-docfact-fu-01", "省里下专项资金的那个文件文号呢", "docfact", ["陕财办教〔2026〕47号"], T, YA,
     {"context": ["延安上半年产教融合推进情况那个通报文号多少"]}),
    ("yat-docfact-02", "延安这个通报是哪个单位发的 哪天", "docfact", ["延安市人民政府办公室", "2026年7月16日"], T, YA,
     {"two": True}),
    ("yat-docfact-03", "延安通报里说要落实的是哪个任务清单", "docfact",
     ["延安市2026年产教融合重点工作任务清单", "延政办发〔2026〕12号"], T, YA, {}),
    # general
    ("sxz-general-01", "陕西这批产教融合专项资金主要用来干啥", "general", ["实训基地设备购置和改造", "职工技能培训"], Z, SX, {}),
    ("sxz-general-02", "陕西说的绩效评价结果有啥用", "general", ["年度专项资金分配的重要依据"], Z, SX, {}),
    ("sxz-general-03", "陕西要是有单位挪用这笔专项资金会怎么处理", "general",
     ["截留、挤占、挪用专项资金的", "财政违法行为处罚处分条例"], Z, SX, {}),
    ("yat-general-01", "延安上半年产教融合总体推进得咋样", "general", ["已完成14项", "按序时推进16项", "进度滞后6项"], T, YA, {}),
    ("yat-general-02", "延安在调整职校专业上具体做了啥", "general",
     ["新增石油化工技术、无人机应用技术、老年保健与管理等专业7个", "撤并与产业需求脱节的专业3个"], T, YA, {}),
    ("yat-general-03", "延安北塬能源职业技术学院跟哪家企业共建的产业学院 招了多少人", "general",
     ["延安鼎泰石化装备有限公司", "首批招收学生120人"], T, YA, {"two": True}),
    ("yat-general-04", "圣地产教云现在建到哪一步了", "general", ["完成一期开发", "归集企业岗位需求1260个"], T, "", {}),
    # region-scoped — a city or county of 陕西 asking its row of the provincial table (→ the notice); a county of 延安 asking
    # the city's 通报 (→ the 通报), or both (`docs`)
    ("sxz-rs-01", "我们是铜川的 这次省里给铜川一共分了多少", "region-scoped", ["840万元"], Z, "陕西省铜川市", {}),
    ("sxz-rs-02", "安康秦巴生态职业技术学院两个项目各拿了多少", "region-scoped", ["230", "150"], Z, "陕西省安康市", {}),
    ("sxz-rs-03", "宜君县玉华职业学校这回拿了多少钱", "region-scoped", ["90"], Z, "陕西省铜川市宜君县", {}),
    ("sxz-rs-05", "洛川县苹果产业学校这批分了多少", "region-scoped", ["180"], Z, "陕西省延安市洛川县", {}),
    ("sxz-rs-06", "延安北塬能源职业技术学院这批拿了多少", "region-scoped", ["260", "210"], Z, YA, {}),
    ("sxz-rs-07", "延安这次分到的项目里哪些是实训基地", "region-scoped",
     ["油气开采实训基地", "苹果种植加工实训基地", "石油装备维修实训基地", "煤矿智能化实训基地"], Z, YA, {}),
    ("sxz-rs-08", "安康市职工技能培训项目多少钱 谁组织实施", "region-scoped", ["220", "市人力资源社会保障局组织实施"], Z,
     "陕西省安康市", {"two": True}),
    ("yat-rs-01", "吴起县在延安排第几 进度多少", "region-scoped", ["吴起县", "70.0%"], T, "陕西省延安市吴起县", {}),
    ("yat-rs-02", "我们延长县被督办的是啥事 啥时候前整改", "region-scoped",
     ["汽车维修专业群实训室改造", "2026年8月15日前开工"], T, "陕西省延安市延长县", {"two": True}),
    ("yat-rs-03", "甘泉县的督办要求是啥", "region-scoped", ["新增校企合作企业仅完成年度目标的30%", "2026年9月30日前达到70%"],
     T, "陕西省延安市甘泉县", {}),
    ("yat-rs-04", "黄陵县省级专项资金拨付率多少 要啥时候拨完", "region-scoped", ["40%", "2026年7月31日前全部拨付"], T,
     "陕西省延安市黄陵县", {"two": True}),
    ("yat-rs-05", "延长县翠屏职业学校汽车维修专业群省里给了多少 现在进展咋样", "region-scoped",
     ["110", "目前仍处于设计阶段"], T, "陕西省延安市延长县", {"docs": BOTH, "two": True}),
    ("yat-rs-06", "宜川县在延安排第几", "region-scoped", ["33.3%"], T, "陕西省延安市宜川县", {}),
    ("yat-rs-fu-01", "那宜川被督办的是啥 啥时候补报", "region-scoped",
     ["宜川县未按时报送上半年工作进展情况", "2026年7月27日前补报"], T, "陕西省延安市宜川县",
     {"context": ["宜川县在延安排第几"], "two": True}),
    # unstated — in the domain, stated by no document covering the named region (the first three are hierarchy traps:
    # only the 延安 通报 says it, and it does not cover the place named)
    ("x-f19-unstated-01", "铜川上半年产教融合重点任务完成率多少", "unstated", None, None, "陕西省铜川市", {}),
    ("x-f19-unstated-02", "安康这次有哪些单位被督办了", "unstated", None, None, "陕西省安康市", {}),
    ("x-f19-unstated-03", "铜川各区县产教融合进度排名谁第一", "unstated", None, None, "陕西省铜川市", {}),
    ("x-f19-unstated-04", "陕西产教融合专项资金第二批啥时候下", "unstated", None, None, SX, {}),
    ("x-f19-unstated-05", "陕西这个专项资金学校自己要配套多少", "unstated", None, None, SX, {}),
    ("x-f19-unstated-06", "延安督办的事要是到时候确实完不成 能申请延期吗", "unstated", None, None, YA, {}),
    ("x-f19-unstated-07", "陕西这笔专项资金存在银行产生的利息咋处理", "unstated", None, None, SX, {}),
]

UNSTATED_ABSENT = {
    "x-f19-unstated-01": ["重点任务", "任务完成率"],
    "x-f19-unstated-02": ["督办", "整改时限"],
    "x-f19-unstated-03": ["排名", "完成进度"],
    "x-f19-unstated-04": ["第二批资金", "第二批专项资金"],
    "x-f19-unstated-05": ["自筹"],
    "x-f19-unstated-06": ["延期"],
    "x-f19-unstated-07": ["利息"],
}
# hierarchy traps: the give-away words are in the city's 通报, which does not cover the place named (checked against the
# documents covering the line's region only); the other `unstated` lines' words are in no document of any round
HIER = ["x-f19-unstated-01", "x-f19-unstated-02", "x-f19-unstated-03"]
# region-free answerable lines: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"sxz-amount-03": "弘毅", "sxz-amount-06": "秦职通", "yat-general-04": "圣地产教云"}
# the answer is in one document although both talk about the topic (the 通报's payment figures, the table's rows): at
# least one `must` string is not in the other document
ONLY = ["yat-amount-01", "yat-amount-02", "sxz-rs-05", "sxz-amount-02", "yat-rs-04"]
