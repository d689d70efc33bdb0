"""Questions of fresh29-test.jsonl (海南省乐东黎族自治县: the 关于公开征求《乐东黎族自治县支持企业参与职业教育产教融合实施办法
（征求意见稿）》意见的公告 with the 征求意见稿 (五章十七条) as a LibreOffice .docx, and the 起草说明 as a LibreOffice .pdf).
Written from the documents only, as questions_dev.py. Held out: do not tune on these lines.
Row: (id, q, kind, must or None, doc or None, region, extra keys).
"""
HI = "海南省"
LD = "海南省乐东黎族自治县"
T = {n: LD + n for n in "抱由镇 万冲镇 大安镇 志仲镇 千家镇 九所镇 利国镇 黄流镇 佛罗镇 尖峰镇 莺歌海镇".split()}
DF = "海南省东方市"
WZS = "海南省五指山市"
BT = "海南省保亭黎族苗族自治县"
G = "ledong-zhengqiu-yijian"
S = "ledong-qicao-shuoming"
BOTH = [G, S]

QUESTIONS = [
    # amount
    ("ldg-amount-01", "乐东企业接收职校学生实习 每人每月补多少", "amount", ["400元"], G, LD, {}),
    ("ldg-amount-02", "乐东实习补助一家企业一年最多能拿多少", "amount", ["12万元"], G, LD, {}),
    ("ldg-amount-03", "乐东跟职校共建实训基地按多少比例补 最高补多少", "amount", ["20%", "35万元"], G, LD, {"two": True}),
    ("ldg-amount-04", "乐东企业搞新型学徒制培训 每人每年补多少", "amount", ["3800元"], G, LD, {}),
    ("ldg-amount-05", "乐东企业技术员去职校兼课 一节课给多少", "amount", ["130元"], G, LD, {}),
    ("ldg-amount-06", "乐东职校跟南繁单位合作开专业方向 补多少钱", "amount", ["25万元"], G, LD, {}),
    ("ldg-amount-07", "乐东录用职校毕业生 每招一个奖励企业多少", "amount", ["3400元"], G, LD, {}),
    ("ldg-amount-08", "乐东县财政每年安排多少产教融合专项资金", "amount", ["330万元"], G, LD, {}),
    ("ldg-amount-09", "乐东学徒培训补贴每人每年多少 这个是新加的吗", "amount", ["3800元", "新增企业新型学徒制培训"], G, LD,
     {"docs": BOTH, "two": True}),
    ("lds-amount-01", "乐东实习补助原来是每人每月多少", "amount", ["200元"], S, LD, {}),
    ("lds-amount-02", "乐东实训基地补助上限以前是多少", "amount", ["15万元"], S, LD, {}),
    ("lds-amount-03", "乐东兼职任教补贴原来一课时多少 现在多少", "amount", ["90元", "130元"], S, LD, {"two": True}),
    ("lds-amount-04", "乐东县级产教融合专项资金原来每年多少", "amount", ["170万元"], S, LD, {}),
    ("lds-amount-05", "乐东原来那个校企合作奖补暂行办法三年累计发了多少钱", "amount", ["413万元"], S, LD, {}),
    ("lds-amount-fu-01", "以前呢", "amount", ["15万元"], S, LD, {"context": ["乐东新办法里实训基地补助最高多少"]}),
    # person
    ("ldg-person-01", "乐东产教融合实施办法征求意见找谁咨询 电话多少", "person", ["符晓丹", "0898-85536274"], G, LD, {"two": True}),
    ("ldg-person-02", "乐东这个实施办法是哪几个部门起草的", "person", ["县人力资源和社会保障局会同县教育局、县财政局"], G, LD, {}),
    ("ldg-person-03", "乐东寄信提意见寄到人社局哪个股室", "person", ["职业能力建设股"], G, LD, {}),
    ("ldg-person-04", "乐东补助申报材料交给哪个部门", "person", ["向县人力资源和社会保障局提交申报材料"], G, LD, {}),
    ("ldg-person-05", "乐东补助审核公示完了谁来拨钱", "person", ["县财政局按规定拨付资金"], G, LD, {}),
    ("ldg-person-06", "乐东校企合作项目归谁做业务指导", "person", ["县教育局负责校企合作项目的业务指导"], G, LD, {}),
    ("ldg-person-07", "乐东南繁专业方向那个补助是给学校还是给谁", "person", ["给予合作单位一次性补助"], G, LD, {}),
    ("ldg-person-08", "乐东实施办法由哪个部门负责解释", "person", ["县人力资源和社会保障局负责解释"], G, LD, {}),
    ("ldg-person-09", "乐东征求意见联系人是谁 起草说明里合法性审查是谁做的", "person", ["符晓丹", "县司法局"], G, LD,
     {"docs": BOTH, "two": True}),
    ("ldg-person-fu-01", "电话呢", "person", ["0898-85536274"], G, LD, {"context": ["乐东产教融合实施办法征求意见的联系人是谁"]}),
    ("lds-person-01", "乐东实施办法的合法性审查是哪个部门做的", "person", ["县司法局"], S, LD, {}),
    ("lds-person-02", "乐东征求完意见以后要提交哪里审议", "person", ["县人民政府常务会议"], S, LD, {}),
    # time
    ("ldg-time-01", "乐东产教融合实施办法提意见啥时候截止", "time", ["2026年8月18日"], G, LD, {}),
    ("ldg-time-02", "乐东这个征求意见哪天开始的", "time", ["2026年7月20日"], G, LD, {}),
    ("ldg-time-03", "乐东新办法打算啥时候施行", "time", ["2026年10月1日"], G, LD, {}),
    ("ldg-time-04", "乐东补助一年申报几次 都是几月份", "time", ["4月1日至4月30日", "10月1日至10月31日"], G, LD, {"two": True}),
    ("ldg-time-05", "乐东补助申报截止以后多久审核完", "time", ["20个工作日内"], G, LD, {}),
    ("ldg-time-06", "乐东审核结果公示几天", "time", ["10个工作日"], G, LD, {}),
    ("ldg-time-07", "乐东学徒培训补贴一个学徒最多补几年", "time", ["每名学徒最多补贴2年"], G, LD, {}),
    ("ldg-time-08", "乐东实习要连续干多久企业才有补助", "time", ["连续2个月以上"], G, LD, {}),
    ("ldg-time-fu-01", "最后一天是哪天", "time", ["2026年8月18日"], G, LD, {"context": ["乐东产教融合实施办法现在还在征求意见吗"]}),
    ("lds-time-01", "乐东原来那个奖补暂行办法有效期到啥时候", "time", ["2026年9月30日"], S, LD, {}),
    ("lds-time-02", "乐东实施办法是啥时候启动起草的", "time", ["2026年4月"], S, LD, {}),
    ("lds-time-03", "乐东县司法局哪天审的这个办法", "time", ["7月10日"], S, LD, {}),
    # count
    ("lds-count-01", "乐东实施办法一共几章几条", "count", ["五章十七条"], S, LD, {}),
    ("lds-count-02", "乐东起草的时候开了几次座谈会", "count", ["座谈会3次"], S, LD, {}),
    ("lds-count-03", "乐东起草组走访了多少家企业 几所学校", "count", ["企业26家", "中等职业学校2所"], S, LD, {"two": True}),
    ("lds-count-04", "乐东征求意见收到多少条书面意见 采纳了几条", "count", ["16条", "采纳12条"], S, LD, {"two": True}),
    ("lds-count-05", "乐东合法性审查提了几条修改意见", "count", ["修改意见3条"], S, LD, {}),
    ("lds-count-06", "乐东原来那个暂行办法惠及了多少家企业", "count", ["43家"], S, LD, {}),
    ("lds-count-07", "乐东实施办法第二章一共有几项补助奖励", "count", ["6项"], S, LD, {}),
    ("lds-count-08", "乐东起草时征求了多少个镇政府的意见", "count", ["11个镇"], S, LD, {}),
    ("ldg-count-01", "乐东企业弄虚作假骗补助 几年内不能再申报", "count", ["3年内取消其申报资格"], G, LD, {}),
    ("lds-count-fu-01", "开了几次 在哪开的", "count", ["3次", "抱由镇", "九所镇", "黄流镇"], S, LD,
     {"context": ["乐东这个实施办法起草的时候开座谈会了吗"], "two": True}),
    # yesno
    ("ldg-yesno-01", "乐东现在就能按这个新办法申请补助吗", "yesno", ["暂不受理补助申报"], G, LD, {}),
    ("ldg-yesno-02", "乐东能直接去人社局交书面意见吗", "yesno", ["三楼308室"], G, LD, {}),
    ("ldg-yesno-03", "乐东外地注册的公司跟乐东职校合作能享受这个办法吗", "yesno", ["在本县依法登记注册"], G, LD, {}),
    ("ldg-yesno-04", "乐东同一件事符合好几项补助能都拿吗", "yesno", ["不重复享受"], G, LD, {}),
    ("ldg-yesno-05", "乐东实习补助是直接发给学生本人吗", "yesno", ["给予企业补助"], G, LD, {}),
    ("ldg-yesno-06", "乐东新办法出来以后老的奖补暂行办法还管用吗", "yesno", ["同时废止"], G, LD, {}),
    ("ldg-yesno-07", "职校跟南繁科研育种单位合作开专业方向 有没有补助", "yesno", ["25万元"], G, "", {}),
    ("lds-yesno-01", "乐东学徒培训已经拿了省里补贴 县里还补吗", "yesno", ["县级不再重复补贴"], S, LD, {}),
    ("lds-yesno-02", "乐东别的项目拿过省级同类补助 县里还给不给", "yesno", ["按照本办法标准补齐差额"], S, LD, {}),
    ("lds-yesno-03", "乐东以前补助是一年只申报一次吗", "yesno", ["每年1次调整为每年2次"], S, LD, {}),
    # list
    ("ldg-list-01", "乐东提意见有哪些途径", "list", ["电子邮箱", "信函", "现场提交", "咨询电话"], G, LD, {}),
    ("ldg-list-02", "乐东实施办法主要服务哪些产业", "list", ["热带高效农业", "南繁育种", "滨海旅游"], G, LD, {}),
    ("ldg-list-03", "乐东实施办法分哪几章", "list", ["总则", "支持内容", "申报与审核", "监督管理", "附则"], G, LD, {}),
    ("ldg-list-04", "乐东人社 教育 财政三个部门在这个办法里各管啥", "list",
     ["组织实施和补助资金审核", "业务指导", "资金保障和监督管理"], G, LD, {}),
    ("lds-list-01", "乐东实施办法起草依据有哪些文件", "list",
     ["中华人民共和国职业教育法", "国办发〔2017〕95号", "人社部发〔2018〕66号", "琼人社发〔2025〕87号"], S, LD, {}),
    ("lds-list-02", "乐东新办法跟原来的暂行办法比有哪些变化", "list",
     ["200元提高到400元", "15万元提高到35万元", "90元提高到130元", "新增企业新型学徒制培训", "南繁育种专业方向补助",
      "170万元增加到330万元", "每年1次调整为每年2次"], S, LD, {}),
    ("lds-list-03", "乐东起草时在哪几个镇开的座谈会", "list", ["抱由镇", "九所镇", "黄流镇"], S, LD, {}),
    ("lds-list-04", "乐东起草这个办法都做了哪些工作", "list",
     ["走访企业26家", "召开座谈会3次", "书面征求县直有关部门和11个镇人民政府意见", "合法性审查"], S, LD, {}),
    # docfact
    ("ldg-docfact-01", "乐东征求意见公告是哪天发的 落款是哪个单位", "docfact",
     ["2026年7月17日", "乐东黎族自治县人力资源和社会保障局"], G, LD, {"two": True}),
    ("ldg-docfact-02", "乐东实施办法有效期几年", "docfact", ["有效期2年"], G, LD, {}),
    ("ldg-docfact-03", "乐东新办法施行后废止哪个文件", "docfact", ["乐东黎族自治县校企合作奖补暂行办法", "乐人社发〔2023〕19号"], G, LD,
     {}),
    ("ldg-docfact-04", "乐东提意见的邮箱是多少", "docfact", ["ldrsj_cjrh@126.com"], G, LD, {}),
    ("ldg-docfact-05", "乐东寄信提意见地址和邮编是多少", "docfact", ["抱由镇新民路16号", "572500"], G, LD, {"two": True}),
    ("ldg-docfact-06", "乐东发邮件提意见主题要注明啥", "docfact", ["产教融合实施办法意见"], G, LD, {}),
    ("ldg-docfact-07", "乐东实施办法依据的国办文件文号是多少", "docfact", ["国办发〔2017〕95号"], G, LD, {}),
    ("ldg-docfact-08", "乐东提的意见采纳没采纳在哪公布", "docfact", ["乐东黎族自治县人民政府门户网站一并说明"], G, LD, {}),
    ("ldg-docfact-09", "乐东新办法哪天施行 旧办法有效期到哪天", "docfact", ["2026年10月1日", "2026年9月30日"], G, LD,
     {"docs": BOTH, "two": True}),
    ("lds-docfact-01", "乐东起草依据里省里那个文件文号多少", "docfact", ["琼人社发〔2025〕87号"], S, LD, {}),
    ("lds-docfact-02", "乐东起草依据里人社部那个新型学徒制文件文号多少", "docfact", ["人社部发〔2018〕66号"], S, LD, {}),
    ("lds-docfact-03", "乐东原来的奖补暂行办法是哪年印发的", "docfact", ["2023年"], S, LD, {}),
    ("lds-docfact-04", "乐东实施办法的起草说明是哪天出的", "docfact", ["2026年7月17日"], S, LD, {}),
    ("lds-docfact-05", "说是南繁育种人才需求变化较快 那个实施办法有效期就定了几年", "docfact", ["有效期设定为2年"], S, "", {}),
    # general
    ("ldg-general-01", "乐东实训基地补助咋算", "general", ["企业实际投入的20%", "最高不超过35万元"], G, LD, {}),
    ("ldg-general-02", "乐东企业录用毕业生要满足啥条件才有奖励", "general", ["2年以上劳动合同", "社会保险满6个月"], G, LD, {}),
    ("ldg-general-03", "乐东企业弄虚作假骗补助会咋处理", "general", ["追回已拨付资金", "3年内取消其申报资格"], G, LD, {}),
    ("ldg-general-04", "乐东提意见要写清楚啥信息", "general", ["姓名（单位名称）和联系电话"], G, LD, {}),
    ("ldg-general-05", "乐东这个办法适用哪些企业", "general", ["在本县依法登记注册", "与县内中等职业学校开展校企合作的企业"], G, LD, {}),
    ("ldg-general-06", "乐东同一企业符合多项补助条件咋处理", "general", ["按就高原则给予一项补助"], G, LD, {}),
    ("lds-general-01", "乐东新办法的钱从哪出", "general", ["县本级财政预算安排"], S, LD, {}),
    ("lds-general-02", "乐东实施办法有效期为啥只定2年", "general", ["人才需求变化较快"], S, LD, {}),
    ("lds-general-03", "乐东为啥要修订原来的暂行办法", "general", ["补助标准偏低", "支持方式单一"], S, LD, {}),
    ("lds-general-04", "乐东征求意见结束后下一步咋弄", "general", ["梳理反馈意见", "提请县人民政府常务会议审议"], S, LD, {}),
    # region-scoped — a 镇 of 乐东
    ("ldg-rs-01", "我是九所镇一家种哈密瓜的企业 接收县职校学生实习 一个月补多少", "region-scoped", ["400元"], G, T["九所镇"], {}),
    ("ldg-rs-02", "黄流镇的企业想跟职校共建实训基地 最多能补多少", "region-scoped", ["35万元"], G, T["黄流镇"], {}),
    ("ldg-rs-03", "抱由镇的企业问下 县里提意见的信寄到哪", "region-scoped", ["新民路16号"], G, T["抱由镇"], {}),
    ("ldg-rs-04", "莺歌海镇的渔业公司搞新型学徒制 一人一年补多少", "region-scoped", ["3800元"], G, T["莺歌海镇"], {}),
    ("ldg-rs-05", "利国镇企业录用县职校毕业生一个奖励多少", "region-scoped", ["3400元"], G, T["利国镇"], {}),
    ("lds-rs-01", "尖峰镇的企业问 实习补助比原来提高了多少", "region-scoped", ["200元提高到400元"], S, T["尖峰镇"], {}),
    ("lds-rs-02", "千家镇的 县里起草这个办法征求镇政府意见了吗", "region-scoped", ["11个镇人民政府"], S, T["千家镇"], {}),
    ("ldg-rs-fu-01", "县里那个产教融合办法现在能申请补助吗", "region-scoped", ["暂不受理补助申报"], G, T["大安镇"],
     {"context": ["我是乐东大安镇的企业"]}),
    ("lds-rs-fu-01", "县里产教融合专项资金原来一年多少 现在多少", "region-scoped", ["170万元", "330万元"], S, T["万冲镇"],
     {"context": ["我在乐东万冲镇办了个农业公司"], "two": True}),
    # outofscope (this region)
    ("x-f29-outofscope-04", "乐东哈密瓜一般啥时候上市", "outofscope", None, None, LD, {}),
    ("x-f29-outofscope-05", "尖峰岭国家森林公园门票多少钱", "outofscope", None, None, T["尖峰镇"], {}),
    ("x-f29-outofscope-06", "莺歌海那边的海能下去游泳吗", "outofscope", None, None, T["莺歌海镇"], {}),
    # unstated
    ("x-f29-unstated-07", "乐东实习学生的意外险企业买了能补吗", "unstated", None, None, LD, {}),
    ("x-f29-unstated-08", "乐东退休的技术员去职校兼课也能拿课时补贴吗", "unstated", None, None, LD, {}),
    ("x-f29-unstated-09", "乐东实训基地补助能不能预拨一部分", "unstated", None, None, LD, {}),
    ("x-f29-unstated-10", "乐东新型学徒制师带徒给师傅多少津贴", "unstated", None, None, LD, {}),
    ("x-f29-unstated-11", "乐东实习生从12月干到1月跨年了咋算", "unstated", None, None, LD, {}),
    ("x-f29-unstated-12", "乐东南繁育种专业方向的认定标准是啥", "unstated", None, None, LD, {}),
    # region-clash — other 市 / 自治县 of 海南 with no document of their own (the province's fresh17 办法 answers none of these)
    ("x-f29-clash-04", "东方市产教融合实施办法征求意见啥时候截止", "region-clash", None, None, DF, {}),
    ("x-f29-clash-05", "五指山市企业技术员去职校兼课一课时补多少", "region-clash", None, None, WZS, {}),
    ("x-f29-clash-06", "保亭县产教融合实施办法征求意见稿有效期几年", "region-clash", None, None, BT, {}),
]

UNSTATED_ABSENT = {
    "x-f29-unstated-07": ["意外险"],
    "x-f29-unstated-08": ["退休"],
    "x-f29-unstated-09": ["预拨"],
    "x-f29-unstated-10": ["师带徒"],
    "x-f29-unstated-11": ["跨年"],
    "x-f29-unstated-12": ["认定标准"],
}
REGION_FREE = {"ldg-yesno-07": "南繁科研育种单位", "lds-docfact-05": "需求变化较快"}
ONLY = ["lds-amount-01", "lds-amount-04", "ldg-person-01", "lds-person-01", "lds-count-01", "lds-list-01", "ldg-docfact-04",
        "ldg-time-01"]
