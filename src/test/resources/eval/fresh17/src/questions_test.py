"""Questions of fresh17-test.jsonl (海南省: the province's 产教融合型企业 认定和管理办法 as a portal .html of the 省发展改革委;
海南省三亚市崖州区: the district's 2026 实施方案 as a LibreOffice .docx). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys)."""
HN = "海南省"
YZ = "海南省三亚市崖州区"
B = "hainan-chanjiao-qiye-banfa"
F = "yazhou-shishi-fangan"
BOTH = [F, B]

QUESTIONS = [
    # amount
    ("hnb-amount-01", "海南省级产教融合型企业认定下来奖多少", "amount", ["36万元"], B, HN, {}),
    ("hnb-amount-02", "我们公司在海南 评上省级产教融合型企业了 接收实习生每人每月补多少", "amount", ["440元"], B, HN, {}),
    ("hnb-amount-03", "海南那个实习补帖一家企业一年最多拿多少", "amount", ["19万元"], B, HN, {}),
    ("yzf-amount-01", "我们公司在崖州区 要是认定成省级产教融合型企业 省里奖多少 区里再奖多少", "amount", ["36万元", "21万元"], F, YZ,
     {"docs": BOTH, "two": True}),
    ("yzf-amount-02", "崖州区培育库入库的企业有啥补助", "amount", ["一次性补助8万元"], F, YZ, {}),
    ("yzf-amount-03", "崖州区区里的实习补贴每人每月多少 最长补几个月", "amount", ["200元", "最长补贴3个月"], F, YZ, {"two": True}),
    ("yzf-amount-04", "我们厂在崖州区 派工程师去学校当企业导师 一年补多少钱", "amount", ["4800元"], F, YZ, {}),
    ("yzf-amount-05", "崖州区今年产教融合专项资金有多少", "amount", ["480万元"], F, YZ, {}),
    ("hnb-amount-04", "海南省级产教融合型企业营业收入要达到多少", "amount", ["不低于4300万元"], B, HN, {}),
    ("hnb-amount-fu-01", "那要是做旅游的企业呢", "amount", ["不低于2400万元"], B, HN,
     {"context": ["海南省级产教融合型企业营业收入要达到多少"]}),
    ("yzf-amount-08", "崖州区的省级产教融合型企业接收实习生 省里和区里每人每月各补多少", "amount", ["440元", "200元"], F, YZ,
     {"docs": BOTH, "two": True}),
    ("yzf-amount-07", "崖州区新认定的省级产教融合型企业 区财政再奖多少", "amount", ["21万元"], F, YZ, {}),
    # person
    ("yzf-person-01", "崖州区产教融合工作专班组长是谁", "person", ["符永健"], F, YZ, {}),
    ("yzf-person-02", "崖州区专班办公室设在哪 找谁 电话多少", "person", ["区发展和改革委员会", "王晓琪", "0898-88512637"], F, YZ,
     {"two": True}),
    ("hnb-person-01", "海南产教融合型企业认定和管理办法由谁负责解释", "person", ["省发展改革委会同省教育厅负责解释"], B, HN, {}),
    ("hnb-person-02", "海南省级产教融合型企业申报有问题找谁 电话多少", "person", ["王琼芳", "0898-65342718"], B, HN, {"two": True}),
    ("hnb-person-03", "海南的省属企业申报省级产教融合型企业 材料交给谁", "person", ["直接向省发展改革委申报"], B, HN, {}),
    ("yzf-person-03", "崖州区种业实训基地建设谁牵头", "person", ["区农业农村局★"], F, YZ, {}),
    ("yzf-person-fu-01", "企业导师选聘呢", "person", ["区教育局★"], F, YZ, {"context": ["崖州区种业实训基地建设谁牵头"]}),
    ("yzf-person-04", "崖州区专班副组长是哪两位", "person", ["陈文婷", "吉海涛"], F, YZ, {}),
    ("hnb-time-01", "海南省级产教融合型企业每年啥时候申报", "time", ["7月12日至8月12日"], B, HN, {}),
    ("hnb-time-02", "海南这个认定办法什么时候开始施行 有效期多久", "time", ["2026年7月6日", "有效期5年"], B, HN, {"two": True}),
    ("yzf-time-01", "崖州区区级奖补每年啥时候受理", "time", ["11月1日至11月20日"], F, YZ, {}),
    ("yzf-time-02", "崖州区推荐省级产教融合型企业 最晚啥时候报上去", "time", ["2026年8月5日前"], F, YZ, {}),
    ("hnb-time-03", "海南认定了的企业每年几号前要报上一年的工作情况", "time", ["3月31日前"], B, HN, {}),
    ("yzf-time-03", "崖州区培育库首批企业入库啥时候完成", "time", ["2026年7月28日前"], F, YZ, {}),
    ("yzf-time-04", "崖州区各责任单位每月几号前报进展 全年总结啥时候交", "time", ["每月10日前", "2026年12月18日前"], F, YZ,
     {"two": True}),
    ("hnb-time-05", "海南复核不符合条件的 给多长时间整改", "time", ["限期3个月整改"], B, HN, {}),
    ("yzf-time-05", "崖州区区级奖补审核要多久 公示几天", "time", ["15个工作日", "公示5个工作日"], F, YZ, {"two": True}),
    ("yzf-time-fu-01", "那种业实训基地要啥时候建成", "time", ["2026年10月底前"], F, YZ,
     {"context": ["崖州区培育库首批企业入库啥时候完成"]}),
    # count
    ("hnb-count-01", "海南申报省级产教融合型企业职工要多少人", "count", ["不少于120人"], B, HN, {}),
    ("hnb-count-02", "海南上一年接收实习学生要有多少人才够条件", "count", ["不少于40人"], B, HN, {}),
    ("yzf-count-01", "崖州区今年打算推荐几家企业申报省级 培育库入库多少家", "count", ["6家", "入库企业12家"], F, YZ, {"two": True}),
    ("hnb-count-03", "海南每年复核的比例是多少", "count", ["不低于20%"], B, HN, {}),
    ("yzf-count-02", "崖州区企业导师每家企业最多选几名", "count", ["每家企业不超过3名"], F, YZ, {}),
    ("hnb-count-04", "海南省级产教融合型企业要派几个技术骨干去学校", "count", ["不少于3名技术骨干"], B, HN, {}),
    # yesno
    ("hnb-yesno-01", "海南 我们公司成立才两年半 能申报省级产教融合型企业吗", "yesno", ["成立满3年"], B, HN, {}),
    ("hnb-yesno-02", "我们公司在海南 纳税信用是M级 能不能报省级产教融合型企业", "yesno", ["纳税信用等级为A级或B级"], B, HN, {}),
    ("hnb-yesno-03", "海南 合作的职校是我们集团自己办的 能认定吗", "yesno", ["合作院校由企业或其关联方举办的"], B, HN, {}),
    ("hnb-yesno-04", "海南 我们是做南繁育种的 认定有没有优先", "yesno", ["同等条件下优先认定"], B, HN, {}),
    ("yzf-yesno-01", "崖州区 已经拿了培育库8万的补助 评上省级后区里那21万还能拿吗", "yesno", ["不影响申领本项奖励"], F, YZ, {}),
    ("yzf-yesno-02", "崖州区 省级产教融合型企业的实习补贴 省里和区里能一起拿吗", "yesno",
     ["省级产教融合型企业可同时享受省级岗位实习补贴"], F, YZ, {}),
    ("hnb-yesno-05", "海南 市县给的奖励跟省级奖励能叠加吗", "yesno", ["市县奖励与省级奖励可以叠加享受"], B, HN, {}),
    ("hnb-yesno-06", "海南 我们去年认定时拿过奖励了 今年还能再拿一次省级奖励吗", "yesno", ["同一企业只享受一次省级认定奖励"], B, HN,
     {}),
    ("hnb-yesno-07", "海南 去年拖欠过学生实习报酬 现在已经整改完了 还能报吗", "yesno", ["未整改到位的"], B, HN, {}),
    ("yzf-yesno-03", "崖州区 企业接收学生实习才半个月 区里的补贴有吗", "yesno", ["岗位实习满1个月"], F, YZ, {}),
    ("hnb-yesno-08", "海南 我们跟学校停止合作一年多了 省级认定会被撤销吗", "yesno", ["停止与院校合作满1年的"], B, HN, {}),
    ("yzf-yesno-fu-01", "那不是省级的也没入库的普通企业呢 也能拿区里的实习补贴吗", "yesno", ["培育库企业和省级产教融合型企业"], F,
     YZ, {"context": ["崖州区 企业接收学生实习才半个月 区里的补贴有吗"]}),
    # list
    ("yzf-list-01", "崖州区任务清单里区发改委牵头的有哪些", "list",
     ["企业摸排和培育库入库", "推荐申报省级产教融合型企业", "区级奖补集中受理和审核"], F, YZ, {"items": 4}),
    ("yzf-list-02", "我们在崖州区 申领区级奖补要交哪些材料", "list",
     ["区级产教融合奖补申请表", "营业执照复印件", "企业导师授课记录", "企业银行账户信息"], F, YZ, {"items": 6}),
    ("hnb-list-01", "海南申报省级产教融合型企业要同时满足哪些条件", "list",
     ["成立满3年", "纳税信用等级为A级或B级", "实际开展合作满2年", "接收学生岗位实习不少于40人"], B, HN, {"items": 6}),
    ("hnb-list-02", "海南哪些情况不予认定", "list",
     ["严重失信主体名单或经营异常名录", "拖欠职工工资、学生实习报酬", "通报批评"], B, HN, {"items": 5}),
    ("hnb-list-03", "海南省级产教融合型企业什么情况下会被撤销", "list",
     ["以弄虚作假等不正当手段取得认定", "连续2年未按规定报送工作情况", "停止与院校合作满1年"], B, HN, {"items": 5}),
    ("yzf-list-03", "我是崖州区人社局的 任务清单里我们牵头哪几项", "list", ["学生岗位实习区级补贴发放", "企业职工技能培训"], F, YZ,
     {}),
    ("yzf-time-fu-02", "这两项啥时候要完成", "time", ["2026年12月20日前", "2026年12月底前"], F, YZ,
     {"context": ["我是崖州区人社局的 任务清单里我们牵头哪几项"]}),
    ("hnb-list-04", "海南认定条件能放宽的是哪几类产业", "list", ["旅游业", "现代服务业", "高新技术产业", "热带特色高效农业"], B,
     HN, {}),
    # docfact
    ("hnb-docfact-01", "海南产教融合型企业认定和管理办法文号是多少", "docfact", ["琼发改社会〔2026〕43号"], B, HN, {}),
    ("hnb-time-fu-01", "那它哪天开始执行", "time", ["2026年7月6日"], B, HN,
     {"context": ["海南产教融合型企业认定和管理办法文号是多少"]}),
    ("hnb-docfact-02", "海南这个办法是哪几个部门联合发的", "docfact",
     ["海南省发展和改革委员会", "海南省教育厅", "海南省工业和信息化厅", "海南省财政厅", "海南省人力资源和社会保障厅"], B, HN, {}),
    ("hnb-docfact-03", "海南这个办法成文是哪天 网上哪天发布的", "docfact", ["2026年5月21日", "2026-05-27"], B, HN, {"two": True}),
    ("hnb-docfact-04", "海南这个办法依据的是哪些国家文件", "docfact", ["国办发〔2017〕95号", "发改社会〔2019〕590号"], B, HN, {}),
    ("hnb-docfact-05", "海南新办法施行以后 哪个旧文件废止了", "docfact",
     ["海南省产教融合型企业培育管理暂行办法", "琼发改社会〔2021〕31号"], B, HN, {}),
    ("yzf-docfact-01", "崖州区产教融合实施方案文号多少", "docfact", ["崖府办〔2026〕52号"], F, YZ, {}),
    ("yzf-docfact-fu-01", "它依据的省里文件是哪个", "docfact",
     ["海南省产教融合型企业认定和管理办法", "琼发改社会〔2026〕43号"], F, YZ, {"context": ["崖州区产教融合实施方案文号多少"]}),
    ("yzf-docfact-02", "崖州区这个方案落款是哪天 印发是哪天", "docfact", ["2026年6月24日", "2026年6月26日"], F, YZ,
     {"two": True}),
    ("yzf-docfact-03", "崖州区方案后面有附件吗 是啥", "docfact", ["崖州区2026年产教融合重点任务清单"], F, YZ, {}),
    # general
    ("hnb-general-01", "海南省级产教融合型企业认定流程是怎么走的", "general",
     ["在线申报", "10个工作日内完成初审", "实地核查", "公示5个工作日"], B, HN, {}),
    ("hnb-general-02", "海南那个办法第十九条说的啥", "general", ["动态管理", "不低于20%的比例进行复核", "限期3个月整改"], B, HN, {}),
    ("hnb-general-03", "海南 企业弄虚作假被撤销了会怎么样", "general", ["追回省级奖励资金", "3年内不得再次申报"], B, HN, {}),
    ("hnb-general-04", "海南认定办法附则讲了些什么", "general",
     ["省发展改革委会同省教育厅负责解释", "2026年7月6日起施行", "有效期5年", "同时废止"], B, HN, {}),
    ("hnb-general-05", "海南省级产教融合型企业认定以后有哪些支持", "general",
     ["一次性奖励36万元", "每人每月440元", "优先推荐申报国家产教融合型企业"], B, HN, {}),
    ("yzf-general-01", "崖州区培育库入库要满足啥条件", "general", ["注册满1年", "合作协议满1年", "不少于10人"], F, YZ, {}),
    ("yzf-general-02", "崖州区区级奖补审核完了钱怎么拨", "general", ["公示无异议的由区财政局拨付资金"], F, YZ, {}),
    ("hnb-general-06", "海南申报纸质材料交几份 交到哪", "general", ["一式三份", "注册地市、县、自治县发展改革部门"], B, HN,
     {"two": True}),
    ("yzf-general-03", "崖州区南繁种业这块具体要干啥", "general", ["三亚南繁职业技术学院", "种业实训基地", "不少于620人次"], F, YZ,
     {}),
    ("yzf-general-04", "深海装备运维人才定向培养今年要培养多少人", "general", ["不少于40人"], F, "", {}),
    # region-scoped — another place of 海南 (no document of its own) → the province's 办法; 崖州 asking what only the
    # province says → the 办法; a zone inside 崖州 → the district's 实施方案
    ("hnb-rs-01", "琼海的企业申报省级产教融合型企业 营业收入要多少", "region-scoped", ["不低于4300万元"], B, "海南省琼海市", {}),
    ("hnb-rs-02", "儋州一家酒店职工90个人 够不够省级产教融合型企业的人数要求", "region-scoped", ["放宽至不少于80人"], B,
     "海南省儋州市", {}),
    ("hnb-rs-03", "三亚市的企业认定成省级产教融合型企业 省里奖多少", "region-scoped", ["36万元"], B, "海南省三亚市", {}),
    ("hnb-rs-04", "文昌做航天配套的企业 申报认定能优先吗", "region-scoped", ["同等条件下优先认定"], B, "海南省文昌市", {}),
    ("hnb-rs-05", "三亚天涯区的企业申报纸质材料交到哪个部门", "region-scoped", ["注册地市、县、自治县发展改革部门"], B,
     "海南省三亚市天涯区", {}),
    ("hnb-rs-06", "洋浦的企业申报省级产教融合型企业由谁初审", "region-scoped", ["洋浦经济开发区管理局履行市县初审推荐职责"], B,
     "海南省儋州市洋浦经济开发区", {}),
    ("hnb-rs-07", "崖州区的企业申报省级产教融合型企业 纳税信用有啥要求", "region-scoped", ["纳税信用等级为A级或B级"], B, YZ, {}),
    ("hnb-rs-08", "万宁的企业每年啥时候可以申报省级产教融合型企业", "region-scoped", ["7月12日至8月12日"], B, "海南省万宁市", {}),
    ("hnb-rs-fu-01", "省里另外还有一份吗 多少", "region-scoped", ["440元"], B, YZ,
     {"context": ["崖州区区里的实习补贴每人每月多少 最长补几个月"]}),
    ("yzf-rs-01", "崖州湾科技城里的企业 注册在崖州区的 能享受区里的政策吗", "region-scoped", ["同等享受本方案区级支持政策"], F,
     YZ + "三亚崖州湾科技城", {}),
    # fragment, outofscope
    ("x-f17-fragment-04", "那个补贴呢", "fragment", None, None, "", {}),
    ("x-f17-fragment-05", "能叠加吗", "fragment", None, None, "", {}),
    ("x-f17-fragment-06", "材料交哪", "fragment", None, None, "", {}),
    ("x-f17-outofscope-04", "三亚到崖州区坐公交要多久", "outofscope", None, None, "海南省三亚市", {}),
    ("x-f17-outofscope-05", "海南离岛免税额度一年多少", "outofscope", None, None, HN, {}),
    ("x-f17-outofscope-06", "崖州古城晚上几点关门", "outofscope", None, None, YZ, {}),
    # unstated — in the domain, stated by no document covering the named region (the first three are hierarchy traps:
    # only the 崖州 plan says it, and it does not cover the place named)
    ("x-f17-unstated-08", "文昌的企业进了培育库 有一次性补助吗", "unstated", None, None, "海南省文昌市", {}),
    ("x-f17-unstated-09", "海南省今年产教融合专项资金安排了多少", "unstated", None, None, HN, {}),
    ("x-f17-unstated-10", "三亚吉阳区的企业导师一年补多少", "unstated", None, None, "海南省三亚市吉阳区", {}),
    ("x-f17-unstated-11", "海南省级产教融合型企业认定以后有效期几年 到期要重新认定吗", "unstated", None, None, HN, {}),
    ("x-f17-unstated-12", "海南申报省级产教融合型企业的材料要不要去公证", "unstated", None, None, HN, {}),
    ("x-f17-unstated-13", "崖州区企业导师补助要交个税吗", "unstated", None, None, YZ, {}),
    ("x-f17-unstated-14", "崖州区实习学生有没有交通补贴", "unstated", None, None, YZ, {}),
    # region-clash — no document covers these
    ("x-f17-clash-04", "汕尾的企业认定产教融合型企业能奖多少", "region-clash", None, None, "广东省汕尾市", {}),
    ("x-f17-clash-05", "鹰潭企业接收学生岗位实习每月补多少", "region-clash", None, None, "江西省鹰潭市", {}),
    ("x-f17-clash-06", "鄂州产教融合工作专班组长是谁", "region-clash", None, None, "湖北省鄂州市", {}),
]

UNSTATED_ABSENT = {
    "x-f17-unstated-08": ["培育库"],
    "x-f17-unstated-09": ["专项资金"],
    "x-f17-unstated-10": ["企业导师", "4800元"],
    "x-f17-unstated-11": ["重新认定", "到期"],
    "x-f17-unstated-12": ["公证"],
    "x-f17-unstated-13": ["个税", "个人所得"],
    "x-f17-unstated-14": ["交通补贴", "交通费"],
}
# hierarchy traps: the give-away words are in the district's plan, which does not cover the place named (checked against
# the documents covering the line's region only); the other `unstated` lines' words are in no document of any round
HIER = ["x-f17-unstated-08", "x-f17-unstated-09", "x-f17-unstated-10"]
# region-free answerable lines: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"yzf-general-04": "深海装备运维"}
# which level answers: a kind of support both documents pay for (省级 / 区级 奖励, 岗位实习 补贴): at least one `must`
# string is not in the other document
ONLY = ["hnb-amount-01", "hnb-amount-02", "yzf-amount-03", "yzf-amount-07", "hnb-rs-fu-01",
        "hnb-amount-03"]
