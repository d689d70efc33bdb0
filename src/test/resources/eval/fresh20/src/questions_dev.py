"""Questions of fresh20-dev.jsonl (黑龙江省: the 产教融合型企业 年度评价办法 as a portal .html page whose 评分细则 table has
rowspan 一级指标 cells; 黑龙江省七台河市: the 产教融合工作专班 第三次会议纪要 as a LibreOffice .docx with numbered 议定事项 and
a 名单 table). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
HL = "黑龙江省"
QT = "黑龙江省七台河市"
SYS = "黑龙江省双鸭山市"
B = "heilongjiang-pingjia-banfa"
J = "qitaihe-zhuanban-jiyao"
BOTH = [J, B]

QUESTIONS = [
    # amount — an award, a group's points, a row's rule, the caps, the thresholds
    ("hlj-amount-01", "黑龙江产教融合型企业年度评价评上优秀 省里奖多少钱", "amount", ["一次性奖励40万元"], B, HL, {}),
    ("hlj-amount-02", "黑龙江评分细则里合作育人这一块总共多少分", "amount", ["合作育人（35分）"], B, HL, {}),
    ("hlj-amount-03", "黑龙江年度评价 给学校提供教学设备这项最高几分 咋算", "amount", ["按设备价值每40万元得1分，最高10分"], B, HL, {}),
    ("hlj-amount-04", "黑龙江评价加分项累计最多加几分", "amount", ["加分项累计不超过10分"], B, HL, {}),
    ("hlj-amount-05", "黑龙江产教融合型企业自评数据跟核实的对不上 最多扣多少分", "amount", ["每项扣2分，最多扣10分"], B, HL, {}),
    ("hlj-amount-06", "黑龙江评优秀的企业最多能占多大比例", "amount", ["不超过当年参评企业总数的20%"], B, HL, {}),
    ("hlj-amount-07", "黑龙江评价细则里校企合作经费投入占营业收入多少才能拿满分", "amount", ["0.3%及以上得7分"], B, HL, {}),
    ("hlj-amount-fu-01", "达不到的话 百分之零点二能得几分", "amount", ["0.1%至0.3%得4分"], B, HL,
     {"context": ["黑龙江评价细则里校企合作经费投入占营业收入多少才能拿满分"]}),
    ("hlj-amount-08", "黑龙江多少分算优秀 多少分不合格", "amount", ["85分及以上为优秀", "60分以下为不合格"], B, HL, {"two": True}),
    ("qth-amount-01", "七台河评上优秀的企业市里再奖多少", "amount", ["再给予一次性奖励16万元"], J, QT, {}),
    ("qth-amount-02", "七台河市财政给产教融合型企业奖励预留了多少钱", "amount", ["预留144万元"], J, QT, {}),
    ("qth-amount-03", "七台河的企业评上优秀 省里市里加起来能拿多少奖励", "amount", ["一次性奖励40万元", "一次性奖励16万元"], J, QT,
     {"docs": BOTH}),
    ("qth-amount-04", "七台河职工技能提升培训经费多少 从哪出", "amount", ["48万元", "市级就业补助资金"], J, QT, {"two": True}),
    ("qth-amount-05", "黑木耳那个教学工厂县财政出多少启动资金", "amount", ["36万元"], J, "", {}),
    ("qth-amount-06", "七台河2025年企业给院校提供的教学设备一共值多少", "amount", ["1380万元"], J, QT, {}),
    # person
    ("hlj-person-01", "黑龙江产教融合型企业年度评价全省是谁牵头组织", "person", ["省发展改革委会同省教育厅负责全省年度评价的组织实施"], B,
     HL, {}),
    ("hlj-person-02", "黑龙江这个评价办法执行中有问题找谁 电话多少", "person", ["于海涛", "0451-82620713"], B, HL, {"two": True}),
    ("hlj-person-03", "黑龙江市级初审归哪个部门管", "person", ["各市（地）发展改革委会同同级教育部门"], B, HL, {}),
    ("hlj-person-04", "黑龙江年度评价办法由谁负责解释", "person", ["省发展改革委会同省教育厅负责解释"], B, HL, {}),
    ("hlj-person-05", "黑龙江企业弄虚作假被取消资格 拿过的奖励谁来收回", "person", ["省财政厅按规定收回"], B, HL, {}),
    ("qth-person-01", "七台河产教融合工作专班第三次会议是谁主持的", "person", ["孟庆国"], J, QT, {}),
    ("qth-person-02", "七台河专班办公室设在哪个单位", "person", ["设在市发展改革委"], J, QT, {}),
    ("qth-person-03", "七台河优秀企业的市级奖励哪个部门牵头兑现", "person", ["市财政局★"], J, QT, {}),
    ("qth-person-04", "七台河煤城产教对接周谁牵头 哪些单位配合", "person", ["市教育局★", "市工业和信息化局", "市人力资源社会保障局"], J,
     QT, {}),
    ("qth-person-05", "七台河专班有事联系谁 电话多少", "person", ["刘婷", "0464-8291376"], J, QT, {"two": True}),
    ("qth-person-06", "七台河那次专班会桃山职业技术学院是谁列席的", "person", ["郭晓峰"], J, QT, {}),
    # time
    ("hlj-time-01", "黑龙江产教融合型企业自评啥时候报", "time", ["3月1日至3月31日"], B, HL, {}),
    ("hlj-time-02", "黑龙江省级复核几号前完成", "time", ["5月31日前完成复核"], B, HL, {}),
    ("hlj-time-03", "黑龙江评价结果公示几天", "time", ["公示期为8个工作日"], B, HL, {}),
    ("hlj-time-fu-01", "那啥时候正式公布", "time", ["6月30日前正式公布评价结果"], B, HL, {"context": ["黑龙江评价结果公示几天"]}),
    ("hlj-time-04", "黑龙江评价不合格的企业要多长时间整改完", "time", ["3个月内完成整改"], B, HL, {}),
    ("hlj-time-05", "黑龙江这个评价办法哪天开始施行 试行多久", "time", ["2026年3月1日", "试行期2年"], B, HL, {"two": True}),
    ("qth-time-01", "七台河企业自评几号前要在平台上填报完", "time", ["2026年3月28日前"], J, QT, {}),
    ("qth-time-02", "七台河市级初审几号前完成 比省里早几天", "time", ["2026年4月24日前", "提前6天"], J, QT, {"two": True}),
    ("qth-time-03", "七台河市级奖励啥时候兑现", "time", ["2026年7月31日前兑现到位"], J, QT, {}),
    ("qth-time-04", "七台河专班下次会议打算啥时候开", "time", ["2026年7月上旬"], J, QT, {}),
    ("qth-time-05", "七台河这个专班会哪天开的 纪要哪天印发", "time", ["2026年3月10日", "2026年3月13日"], J, QT, {"two": True}),
    ("qth-time-fu-01", "那要啥时候前搞完", "time", ["2026年5月29日前"], J, QT, {"context": ["七台河煤城产教对接周谁牵头 哪些单位配合"]}),
    # count
    ("hlj-count-01", "黑龙江参加年度评价的企业至少要跟几所院校合作", "count", ["合作院校不少于2所"], B, HL, {}),
    ("hlj-count-02", "黑龙江评分细则基础指标分几个一级指标", "count",
     ["合作育人（35分）", "资源投入（25分）", "员工培训（20分）", "成效保障（20分）"], B, HL, {}),
    ("hlj-count-03", "黑龙江被取消资格的企业几年内不能再申请", "count", ["3年内不得再次申请"], B, HL, {}),
    ("hlj-count-04", "黑龙江连着几年不合格会被取消资格", "count", ["连续2年评价结果为不合格的，取消其产教融合型企业资格"], B, HL, {}),
    ("qth-count-01", "七台河今年有几家企业参加年度评价", "count", ["9家"], J, QT, {}),
    ("qth-count-02", "七台河现在一共有多少家省级产教融合型企业", "count", ["11家"], J, QT, {}),
    ("qth-count-03", "七台河煤城产教对接周要签多少个项目", "count", ["不少于20个"], J, QT, {}),
    ("qth-count-04", "七台河今年职工技能提升培训搞多少人次", "count", ["2800人次"], J, QT, {}),
    ("qth-count-05", "七台河去年职业院校和企业新增了多少合作项目", "count", ["46个"], J, QT, {}),
    # yesno — `must` holds the deciding rule or figure
    ("hlj-yesno-01", "黑龙江去年刚纳入名单的产教融合型企业 今年要参加评价吗", "yesno", ["纳入名单不满1年的企业，当年不参加年度评价"], B,
     HL, {}),
    ("hlj-yesno-02", "黑龙江评价不合格的企业还能享受省里的支持政策不", "yesno", ["整改期间暂停享受省级支持政策"], B, HL, {}),
    ("hlj-yesno-03", "我们企业在黑龙江 要是不参加年度评价会被取消资格吗", "yesno", ["无正当理由不参加年度评价的"], B, HL, {}),
    ("hlj-yesno-04", "黑龙江评价合格的企业资格还保留吗", "yesno", ["保留产教融合型企业资格"], B, HL, {}),
    ("hlj-yesno-05", "黑龙江企业停产大半年了还能保住产教融合型企业资格吗", "yesno", ["停产停业超过6个月的"], B, HL, {}),
    ("hlj-yesno-06", "黑龙江各市能不能自己把评价条件降低", "yesno", ["不得降低本办法规定的条件"], B, HL, {}),
    ("qth-yesno-01", "七台河另外那2家企业今年参加评价吗", "yesno", ["纳入名单不满1年，今年不参加评价"], J, QT, {}),
    ("qth-yesno-02", "七台河专班对落实不力的单位会不会督办", "yesno", ["报请市政府进行督办"], J, QT, {}),
    ("qth-yesno-03", "七台河自评分低的企业有人上门帮扶吗", "yesno", ["自评得分低于65分的企业", "逐一上门帮扶"], J, QT, {}),
    ("qth-yesno-04", "七台河专班成员单位要每个月报进展吗", "yesno", ["每季度最后一个月的25日前"], J, QT, {}),
    # list
    ("hlj-list-01", "黑龙江评分细则里哪些算加分项", "list", ["牵头组建共同体", "承担试点项目", "平台发布岗位"], B, HL, {}),
    ("hlj-list-02", "黑龙江哪些情况会被直接取消产教融合型企业资格", "list",
     ["弄虚作假、提供虚假佐证材料", "重大安全生产事故或者严重环境违法行为", "严重失信主体名单", "停产停业超过6个月",
      "无正当理由不参加年度评价"], B, HL, {}),
    ("hlj-list-03", "黑龙江评上优秀都有哪些好处", "list",
     ["一次性奖励40万元", "融资对接清单", "土地要素保障范围", "守信激励对象名单"], B, HL, {}),
    ("hlj-list-04", "黑龙江评分细则里扣分的情形有哪些", "list", ["逾期报送", "数据失实", "投诉查实"], B, HL, {}),
    ("hlj-list-05", "黑龙江员工培训那个一级指标下面有哪几项", "list", ["职工培训覆盖率", "校企合作培训", "接收教师跟岗锻炼"], B, HL, {}),
    ("qth-list-01", "七台河今年参加年度评价的企业都有哪些", "list",
     ["七台河恒晟焦化有限公司", "七台河岭峰石墨新材料有限公司", "七台河味源食品有限公司", "七台河金源物流有限公司"], J, QT, {"items": 9}),
    ("qth-list-02", "七台河专班会议出席的都有谁", "list", ["孟庆国", "张立新", "王海峰", "赵淑娟", "李明辉", "陈德胜", "周建军"], J, QT, {}),
    ("qth-list-03", "七台河桃山职业技术学院新开了哪些专业", "list", ["煤化工技术", "新能源汽车检测与维修技术"], J, QT, {}),
    # docfact
    ("hlj-docfact-01", "黑龙江产教融合型企业年度评价办法文号是多少", "docfact", ["黑发改社会规〔2026〕3号"], B, HL, {}),
    ("hlj-docfact-02", "黑龙江这个评价办法是哪几家联合发的", "docfact",
     ["黑龙江省发展和改革委员会", "黑龙江省教育厅", "黑龙江省财政厅", "黑龙江省人力资源和社会保障厅", "黑龙江省自然资源厅"], B, HL, {}),
    ("hlj-docfact-03", "黑龙江评价办法是依据国家哪个文件定的", "docfact", ["建设产教融合型企业实施办法（试行）", "发改社会〔2019〕590号"], B,
     HL, {}),
    ("hlj-docfact-04", "黑龙江这个评价办法网上哪天发布的 成文日期呢", "docfact", ["2026-01-28", "2026年1月23日"], B, HL, {"two": True}),
    ("qth-docfact-01", "七台河产教融合工作专班第三次会议纪要编号多少", "docfact", ["七政专纪〔2026〕5号"], J, QT, {}),
    ("qth-docfact-02", "七台河这个专班会议纪要是哪个单位印发的", "docfact", ["七台河市人民政府办公室"], J, QT, {}),
    ("qth-docfact-fu-01", "会上传达学习的省里那个文件文号呢", "docfact", ["黑发改社会规〔2026〕3号"], J, QT,
     {"context": ["七台河产教融合工作专班第三次会议纪要编号多少"]}),
    ("qth-docfact-03", "七台河专班第三次会在哪开的", "docfact", ["市政府第三会议室"], J, QT, {}),
    # general
    ("hlj-general-01", "黑龙江年度评价都要走哪几步", "general", ["企业自评、市级初审、省级复核、结果公示"], B, HL, {}),
    ("hlj-general-02", "融资对接清单是咋回事 进了有啥用", "general",
     ["优先推荐纳入全省产教融合重点项目融资对接清单", "授信额度和利率上给予优惠"], B, "", {}),
    ("hlj-general-03", "黑龙江年度评价得分咋算 加分以后能超过100分吗", "general",
     ["基础指标得分+加分项得分-扣分项得分", "最高为100分"], B, HL, {}),
    ("hlj-general-04", "进了守信激励对象名单对企业有啥用", "general", ["在政府采购和评优评先中同等条件下优先考虑"], B, "", {}),
    ("qth-general-01", "七台河专班会上说企业评价这块存在啥问题", "general", ["对年度评价评分细则不熟悉", "佐证材料整理不规范"], J, QT, {}),
    ("qth-general-02", "七台河市级初审具体咋搞", "general", ["组成初审组", "逐项核实"], J, QT, {}),
    ("qth-general-03", "恒晟焦化在哪个区 主要跟哪个学校合作", "general", ["茄子河区", "七台河桃山职业技术学院"], J, "", {"two": True}),
    # region-scoped — a city or county of 黑龙江 asking the provincial 办法 (→ the 办法); a county of 七台河 asking the 纪要
    # (→ the 纪要), or both (`docs`)
    ("hlj-rs-01", "我们是双鸭山的产教融合型企业 评了优秀省里给多少", "region-scoped", ["一次性奖励40万元"], B, SYS, {}),
    ("hlj-rs-02", "宝清县的企业自评完了谁来初审", "region-scoped",
     ["各市（地）发展改革委会同同级教育部门负责本地区企业自评的组织和市级初审"], B, "黑龙江省双鸭山市宝清县", {}),
    ("hlj-rs-03", "集贤县的企业评价不合格 谁督促整改", "region-scoped", ["所在市（地）发展改革委督促其在3个月内完成整改"], B,
     "黑龙江省双鸭山市集贤县", {}),
    ("hlj-rs-04", "七台河的企业评分 录用毕业生这项咋给分", "region-scoped", ["每10人得1分，最高8分"], B, QT, {}),
    ("hlj-rs-05", "双鸭山企业评上优秀 土地上有啥支持", "region-scoped", ["优先纳入年度土地要素保障范围"], B, SYS, {}),
    ("hlj-rs-06", "勃利县企业的技术人员去学校上课 评价里怎么算分", "region-scoped", ["每人全年不少于32学时的得1分，最高7分"], B,
     "黑龙江省七台河市勃利县", {}),
    ("hlj-rs-07", "双鸭山的企业被列入严重失信主体名单会咋样", "region-scoped", ["直接取消其产教融合型企业资格"], B, SYS, {}),
    ("qth-rs-01", "勃利县在七台河专班会上领了啥任务 啥时候完成", "region-scoped",
     ["黑木耳精深加工教学工厂", "2026年9月30日前建成投用"], J, "黑龙江省七台河市勃利县", {"two": True}),
    ("qth-rs-02", "勃利县哪些企业今年参加年度评价", "region-scoped", ["七台河味源食品有限公司", "七台河瑞丰现代农业发展有限公司"], J,
     "黑龙江省七台河市勃利县", {}),
    ("qth-rs-fu-01", "它们主要跟哪个学校合作", "region-scoped", ["勃利县清河职业学校"], J, "黑龙江省七台河市勃利县",
     {"context": ["勃利县哪些企业今年参加年度评价"]}),
    ("qth-rs-03", "新兴区有哪几家企业参加这次评价", "region-scoped",
     ["七台河岭峰石墨新材料有限公司", "七台河万泽煤矿机械有限公司", "七台河新兴热力有限公司"], J, "黑龙江省七台河市新兴区", {}),
    ("qth-rs-04", "茄子河区的企业自评分数太低 谁来帮扶", "region-scoped", ["各区（县）人民政府★", "市发展改革委"], J,
     "黑龙江省七台河市茄子河区", {}),
    ("qth-rs-05", "桃山区的企业评上优秀 省里和市里各奖多少", "region-scoped", ["一次性奖励40万元", "一次性奖励16万元"], J,
     "黑龙江省七台河市桃山区", {"docs": BOTH, "two": True}),
    ("qth-rs-06", "桃山区那家医药公司主要跟哪个学校合作", "region-scoped", ["七台河康宁卫生学校"], J, "黑龙江省七台河市桃山区", {}),
    # unstated — in the domain, stated by no document covering the named region (the first three are hierarchy traps:
    # only the 七台河 纪要 says it, and it does not cover the place named)
    ("x-f20-unstated-01", "双鸭山的优秀企业市里还再奖多少", "unstated", None, None, SYS, {}),
    ("x-f20-unstated-02", "双鸭山产教融合工作专班开会定了哪些事", "unstated", None, None, SYS, {}),
    ("x-f20-unstated-03", "宝清县今年有哪些企业参加年度评价 有名单吗", "unstated", None, None, "黑龙江省双鸭山市宝清县", {}),
    ("x-f20-unstated-04", "黑龙江对年度评价结果不服 能申请行政复议吗", "unstated", None, None, HL, {}),
    ("x-f20-unstated-05", "黑龙江参加年度评价要交钱吗 收不收取费用", "unstated", None, None, HL, {}),
    ("x-f20-unstated-06", "七台河的企业要是搬迁到外省了 年度评价咋办", "unstated", None, None, QT, {}),
    ("x-f20-unstated-07", "黑龙江企业更名以后产教融合型企业资格要重新弄吗", "unstated", None, None, HL, {}),
]

UNSTATED_ABSENT = {
    "x-f20-unstated-01": ["市级财政"],
    "x-f20-unstated-02": ["专班", "议定事项"],
    "x-f20-unstated-03": ["参加年度评价的产教融合型企业名单"],
    "x-f20-unstated-04": ["复议"],
    "x-f20-unstated-05": ["收取费用", "评价费"],
    "x-f20-unstated-06": ["搬迁", "迁移", "外省"],
    "x-f20-unstated-07": ["更名", "名称变更"],
}
# hierarchy traps: the give-away words are in the city's 纪要, which does not cover the place named (checked against the
# documents covering the line's region only); the other `unstated` lines' words are in no document of any round
HIER = ["x-f20-unstated-01", "x-f20-unstated-02", "x-f20-unstated-03"]
# region-free answerable lines: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"hlj-general-02": "融资对接清单", "hlj-general-04": "守信激励", "qth-amount-05": "黑木耳",
               "qth-general-03": "恒晟"}
# the answer is in one document although both talk about the topic (the 纪要's own deadlines and money, the 办法's rules):
# at least one `must` string is not in the other document
ONLY = ["qth-time-01", "qth-time-02", "qth-amount-01", "hlj-rs-04", "hlj-time-02"]
