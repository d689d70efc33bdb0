"""Questions of fresh41-dev.jsonl (湖北省襄阳市枣阳市: 枣阳市教育局　枣阳市人力资源和社会保障局　枣阳市财政局关于印发《枣阳市产教融合
实训基地开放共享管理办法》的通知 (枣教发〔2026〕12号, 2026年4月20日) with the 办法 and its 收费标准 table — a PDF printed by
LibreOffice —, and 枣阳市教育局关于2026年秋季学期产教融合实训基地开放预约的公告 (2026年8月24日) as text copied from the bureau's
page). Written from the documents only.
What the 办法 and its 印发通知 state (articles, the 收费标准 table and its notes, issuers, 文号, date, 施行, 有效期, contact) → `doc` =
the .pdf, also when the 公告 repeats it; what only the 公告 says (this term's bases and 工位, dates, hours, closed days, the term's own
limits, fee changes and worked examples, payment, contacts, 常见问题) and questions that say they read it → `doc` = the .txt.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
ZY = "湖北省襄阳市枣阳市"
BC = ZY + "北城街道"
HC = ZY + "环城街道"
JW = ZY + "琚湾镇"
QF = ZY + "七方镇"
YD = ZY + "杨当镇"
LT = ZY + "鹿头镇"
LS = ZY + "刘升镇"
WD = ZY + "吴店镇"
XJ = ZY + "熊集镇"
NZ = "湖北省襄阳市南漳县"
BK = "湖北省襄阳市保康县"
XC = "湖北省襄阳市襄城区"
B = "zaoyang-kaifang-banfa"
G = "zaoyang-yuyue-gonggao"
BOTH = [B, G]

QUESTIONS = [
    # amount
    ("zab-amount-01", "枣阳实训基地加工中心工位收费标准是多少", "amount", ["60"], B, ZY, {}),
    ("zab-amount-02", "枣阳机加工实训室包场半天多少钱", "amount", ["800"], B, ZY, {}),
    ("zab-amount-03", "枣阳实训基地考核优秀的每人次奖补多少 一个基地一年最多拿多少", "amount", ["每人次20元", "最高30万元"], B, ZY,
     {"two": True}),
    ("zab-amount-04", "枣阳考核良好的实训基地奖补标准是多少", "amount", ["按每人次12元给予奖补", "单个基地每年最高20万元"], B, ZY, {}),
    ("zab-amount-05", "枣阳奖补资金里给指导教师的劳务每课时最多多少钱", "amount", ["每课时不超过100元"], B, ZY, {}),
    ("zab-amount-06", "枣阳实训基地技能等级认定场地每人次收多少 能减免吗", "amount", ["60", "不减免"], B, ZY, {"two": True}),
    ("zab-amount-fu-01", "全天包场怎么收钱", "amount", ["全天包场按半天标准的1.8倍收取"], B, ZY,
     {"context": ["枣阳实训基地能整间包场吗"]}),
    ("zag-amount-01", "枣阳这学期工业机器人实训工位多少钱一小时", "amount", ["36元/工位·小时"], G, ZY, {}),
    ("zag-amount-02", "枣阳新增的那个高压安全实训工位怎么收费", "amount", ["35元/工位·小时"], G, ZY, {}),
    ("zag-amount-03", "枣阳一个退役军人预约数控车床工位3小时要交多少钱", "amount", ["45元"], G, ZY, {}),
    ("zag-amount-04", "枣阳企业全天包场机加工实训室一共要交多少", "amount", ["1440元"], G, ZY, {}),
    ("zag-amount-fu-01", "那用3个小时交多少", "amount", ["54元"], G, ZY,
     {"context": ["枣阳中小微企业职工用工业机器人工位 这学期的优惠价还能再减半吗"]}),
    # person
    ("zab-person-01", "枣阳实训基地开放共享管理办法是哪几个部门联合印发的", "person",
     ["枣阳市教育局", "枣阳市人力资源和社会保障局", "枣阳市财政局"], B, ZY, {}),
    ("zab-person-02", "枣阳实训基地预约平台是哪个部门建的", "person", ["市教育局"], B, ZY, {}),
    ("zab-person-03", "枣阳技工院校的实训基地开放归哪个部门指导", "person", ["市人力资源和社会保障局"], B, ZY, {}),
    ("zab-person-04", "枣阳实训基地开放共享的第一责任人是谁", "person", ["其主要负责人是第一责任人"], B, ZY, {}),
    ("zab-person-05", "枣阳实训基地的年度考核是哪几个部门一起搞", "person", ["市教育局会同市人力资源和社会保障局、市财政局"], B, ZY,
     {}),
    ("zab-person-06", "枣阳学校组织学生去实训基地把设备弄坏了谁来赔", "person", ["由组织单位承担维修费用"], B, ZY, {}),
    ("zab-person-fu-01", "要报告给谁", "person", ["报告市教育局和主管部门"], B, ZY, {"context": ["枣阳实训基地出了安全事故怎么办"]}),
    ("zag-person-01", "枣阳焊接实训基地预约有问题找谁 电话多少", "person", ["陈立群", "0710-6219658"], G, ZY, {"two": True}),
    ("zag-person-02", "枣阳汽车检测维修实训基地的联系人是谁", "person", ["郑海波"], G, ZY, {}),
    ("zag-person-03", "枣阳实训预约平台登不上去找谁 电话多少", "person", ["预约平台运维组", "0710-6238806"], G, ZY, {"two": True}),
    ("zag-person-04", "枣阳工业机器人应用实训基地是哪家单位的", "person", ["枣阳市恒驰汽车零部件有限公司"], G, ZY, {}),
    ("zag-person-05", "枣阳这学期新增的高压安全实训工位收费是谁审核同意的", "person", ["经市教育局会同市发展和改革局审核同意"], G, ZY,
     {}),
    ("zag-person-fu-01", "市教育局那边的联系人是谁", "person", ["王静怡"], G, ZY, {"context": ["我想咨询枣阳实训基地开放的政策"]}),
    # time
    ("zab-time-01", "枣阳实训基地开放共享管理办法什么时候施行 有效期几年", "time", ["2026年6月1日", "有效期5年"], B, ZY,
     {"two": True}),
    ("zab-time-02", "枣阳实训基地管理办法是哪天印发的", "time", ["2026年4月20日"], B, ZY, {}),
    ("zab-time-03", "枣阳个人预约实训工位最早能提前几天", "time", ["最早可提前14天"], B, ZY, {}),
    ("zab-time-04", "枣阳实训基地每年什么时候考核", "time", ["每年12月"], B, ZY, {}),
    ("zab-time-05", "枣阳实训基地考核不合格给多长时间整改", "time", ["整改期为3个月"], B, ZY, {}),
    ("zab-time-06", "枣阳实训基地出了安全事故多长时间内要上报", "time", ["2小时内"], B, ZY, {}),
    ("zab-time-08", "枣阳管理办法哪天开始施行 这学期实训基地又是哪天开始开放", "time", ["2026年6月1日", "2026年9月7日"], B, ZY,
     {"docs": BOTH, "two": True}),
    ("zab-time-09", "枣阳焊接实训基地什么时候检修停开 检修安排要提前几天公布", "time",
     ["2026年11月16日至11月20日", "提前3个工作日在预约平台公布"], B, ZY, {"docs": BOTH, "two": True}),
    ("zag-time-01", "枣阳这学期实训基地从哪天开放到哪天", "time", ["2026年9月7日", "2027年1月15日"], G, ZY, {}),
    ("zag-time-02", "枣阳实训基地每天几点开门几点关门", "time", ["8:30—11:30", "14:30—17:30"], G, ZY, {}),
    ("zag-time-03", "枣阳实训基地国庆哪几天不开放", "time", ["2026年10月1日至10月7日"], G, ZY, {}),
    ("zag-time-04", "枣阳实训基地的安全准入培训什么时候开班", "time", ["每周星期二、星期四上午9:00开班"], G, ZY, {}),
    ("zag-time-fu-01", "多久能退回来", "time", ["5个工作日内原路退回"], G, ZY, {"context": ["枣阳实训预约按时取消了钱退不退"]}),
    # count
    ("zab-count-01", "枣阳实训基地每学期至少要对外开放多少周", "count", ["不少于16周"], B, ZY, {}),
    ("zab-count-02", "枣阳实训基地每周对外开放至少多少小时", "count", ["不少于20小时"], B, ZY, {}),
    ("zab-count-03", "枣阳实训基地多少人以上算团体预约", "count", ["10人以上"], B, ZY, {}),
    ("zab-count-04", "枣阳实训基地每学期至少搞几次应急演练", "count", ["每学期至少组织1次应急演练"], B, ZY, {}),
    ("zab-count-05", "枣阳实训基地考核结果分几个等次", "count", ["优秀、良好、合格和不合格四个等次"], B, ZY, {}),
    ("zab-count-fu-01", "算几人次", "count", ["同一人同一天多次签到的按1人次计算"], B, ZY,
     {"context": ["枣阳实训基地有个人一天在预约平台上签到了三次"]}),
    ("zag-count-01", "枣阳这学期有几个实训基地开放 一共多少个工位", "count", ["6个基地", "98个"], G, ZY, {"two": True}),
    ("zag-count-03", "枣阳焊接技能实训基地开放多少个工位", "count", ["焊接实训工位24个"], G, ZY, {}),
    ("zag-count-fu-01", "一天最多能约几个时段", "count", ["最多预约2个时段"], G, ZY,
     {"context": ["枣阳实训预约平台上我想把一整天都约满"]}),
    # yesno
    ("zab-yesno-01", "枣阳本市职校学生按教学计划去实训基地要交工位费吗", "yesno", ["免收工位使用费"], B, ZY, {}),
    ("zab-yesno-02", "枣阳我既是退役军人又是中小微企业职工 减半能叠加吗", "yesno", ["不重复减免"], B, ZY, {}),
    ("zab-yesno-03", "枣阳整室包场能享受减半吗", "yesno", ["不适用本办法第十六条、第十七条规定的减免"], B, ZY, {}),
    ("zab-yesno-04", "枣阳实训基地预约了自己去不了能转给同事用吗", "yesno", ["不得将预约让与他人使用"], B, ZY, {}),
    ("zab-yesno-05", "枣阳没有特种作业操作证能做焊接实训吗", "yesno", ["在持证指导教师现场指导下操作"], B, ZY, {}),
    ("zab-yesno-fu-01", "还能保留市级基地资格吗", "yesno", ["取消其市级产教融合实训基地资格"], B, ZY,
     {"context": ["枣阳有个实训基地连续两年考核不合格"]}),
    ("zag-yesno-01", "枣阳外地职校的学生能预约实训基地吗", "yesno", ["市外院校学生按收费标准缴费"], G, ZY, {}),
    ("zag-yesno-02", "枣阳这学期工业机器人的优惠价能和减半一起享受吗", "yesno", ["该优惠价可与《办法》第十七条规定的减半同时享受"], G,
     ZY, {}),
    ("zag-yesno-03", "枣阳初中生能自己去实训基地参加职业体验吗", "yesno", ["不能单独预约"], G, ZY, {}),
    ("zag-yesno-04", "枣阳实训基地可以自带材料吗", "yesno", ["自带耗材须经基地管理员检查"], G, ZY, {}),
    ("zag-yesno-05", "枣阳星期一实训基地开门吗", "yesno", ["星期一为设备维护日"], G, ZY, {}),
    ("zag-yesno-06", "枣阳团体预约实训基地能对公转账吗", "yesno", ["团体预约可以对公转账"], G, ZY, {}),
    ("zag-yesno-fu-01", "那几天开放吗", "yesno", ["2026年11月16日至11月20日设备检修"], G, ZY,
     {"context": ["枣阳焊接技能实训基地11月中旬我想去练"]}),
    # list
    ("zab-list-01", "枣阳实训基地面向哪些人开放", "list",
     ["本市职业院校、技工院校学生", "本市普通中小学学生", "企业在岗职工", "市外院校和培训机构", "退役军人、登记失业人员、农村转移劳动力"],
     B, ZY, {}),
    ("zab-list-02", "枣阳实训基地有哪几种开放方式", "list", ["工位预约", "整室包场", "培训合作", "技能等级认定和竞赛"], B, ZY, {}),
    ("zab-list-03", "枣阳哪些人用实训工位能减半", "list", ["本市中小微企业在岗职工、退役军人、登记失业人员和脱贫人口"], B, ZY, {}),
    ("zab-list-04", "枣阳什么情况下基地管理员可以让人停止使用", "list",
     ["未参加安全准入培训或者考核不合格", "违反操作规程，经劝阻不改", "酒后进入基地"], B, ZY, {}),
    ("zab-list-05", "枣阳实训基地收费标准表里都有哪些收费项目", "list",
     ["普通车床工位", "数控车床工位", "焊接实训工位", "工业机器人实训工位", "电子商务直播实训间", "机加工实训室", "安全准入培训",
      "指导教师指导费"], B, ZY, {"items": 14}),
    ("zab-list-06", "枣阳实训基地的奖补资金可以用在哪些地方", "list", ["设备维护更新、耗材补充和指导教师劳务"], B, ZY, {}),
    ("zag-list-01", "枣阳这学期哪些实训基地开放", "list",
     ["汽车零部件智能制造实训基地", "汽车检测维修实训基地", "焊接技能实训基地", "电工电子实训基地", "工业机器人应用实训基地",
      "电子商务直播实训基地"], G, ZY, {}),
    ("zag-list-02", "枣阳这学期实训基地收费有哪些调整", "list",
     ["工业机器人实训工位在开放初期按标准的80%收取", "新增新能源汽车高压安全实训工位"], G, ZY, {}),
    ("zag-list-03", "枣阳申请工位费减半要上传哪些材料", "list", ["退役军人证", "就业失业登记证明", "所在企业出具的在岗证明"], G, ZY, {}),
    ("zag-list-fu-01", "有哪些工位", "list",
     ["普通车床工位10个", "数控车床工位16个", "加工中心工位4个", "汽车维修实训工位12个", "新能源汽车高压安全实训工位4个"], G, ZY,
     {"context": ["枣阳春陵职业技术学校的实训基地这学期对外开放"]}),
    # docfact
    ("zab-docfact-01", "枣阳实训基地开放共享管理办法的文号是多少", "docfact", ["枣教发〔2026〕12号"], B, ZY, {}),
    ("zab-docfact-02", "枣阳实训基地管理办法分哪几章", "docfact",
     ["总则", "开放对象和方式", "预约和使用", "收费和减免", "安全管理", "考核和奖补", "附则"], B, ZY, {}),
    ("zab-docfact-03", "枣阳实训基地管理办法后面附了什么", "docfact", ["枣阳市产教融合实训基地开放共享收费标准"], B, ZY, {}),
    ("zab-docfact-04", "枣阳实训基地收费标准表有哪几列", "docfact", ["项目", "计费单位", "收费标准", "减免对象", "备注"], B, ZY, {}),
    ("zab-docfact-05", "枣阳实训基地管理办法由谁解释 秋季开放预约公告是哪天发的", "docfact", ["本办法由市教育局负责解释", "2026年8月24日"],
     B, ZY, {"docs": BOTH, "two": True}),
    ("zab-docfact-06", "枣阳实训基地管理办法是公开发布的吗", "docfact", ["（此件公开发布）"], B, ZY, {}),
    ("zag-docfact-01", "枣阳秋季学期实训基地开放预约公告是哪个部门发的", "docfact", ["枣阳市教育局"], G, ZY, {}),
    ("zag-docfact-02", "枣阳开放预约公告是根据哪个文件发的", "docfact", ["《枣阳市产教融合实训基地开放共享管理办法》（枣教发〔2026〕12号"],
     G, ZY, {}),
    ("zag-docfact-03", "枣阳实训基地开放预约公告分了哪几部分", "docfact",
     ["一、开放基地和工位", "二、开放时间", "三、预约办法", "四、收费标准", "五、缴费和退费", "六、咨询电话", "七、常见问题"], G, ZY, {}),
    # general
    ("zab-general-01", "枣阳实训基地收费按什么原则", "general", ["补偿运行成本、不以营利为目的"], B, ZY, {}),
    ("zab-general-02", "枣阳实训基地什么情况算爽约", "general", ["预约后在预约时段开始30分钟内未签到，且未按时取消的，视为爽约"], B, ZY, {}),
    ("zab-general-03", "枣阳实训基地收费标准要调整怎么办", "general",
     ["由基地所在单位提出，经市教育局会同市发展和改革局审核后在预约平台公布"], B, ZY, {}),
    ("zab-general-04", "枣阳实训工位用了不到1个小时怎么算钱", "general", ["不足1小时的按1小时计算"], B, ZY, {}),
    ("zab-general-05", "枣阳办法里说收费标准几年不变 这学期新增了什么收费项目", "general",
     ["原则上3年内保持稳定", "新能源汽车高压安全实训工位"], B, ZY, {"docs": BOTH, "two": True}),
    ("zag-general-01", "枣阳实训基地在哪预约", "general", ["枣阳市实训基地共享预约平台", "实名注册后预约"], G, ZY, {}),
    ("zag-general-02", "枣阳去实训基地怎么签到", "general", ["凭预约码在基地入口签到"], G, ZY, {}),
    ("zag-general-03", "枣阳实训基地的钱怎么交", "general", ["通过预约平台在线支付"], G, ZY, {}),
    ("zag-general-04", "枣阳实训基地约好了临时有事来不了怎么办", "general", ["在预约时段开始24小时前登录预约平台取消"], G, ZY, {}),
    ("zag-general-fu-01", "怎么计费", "general", ["按2.5小时计费", "50元"], G, ZY,
     {"context": ["枣阳实训基地的焊接工位我用了2小时10分钟"]}),
    # region-scoped
    ("zab-rs-01", "我是北城街道一所中学的老师 带学生去枣阳实训基地搞劳动教育要交钱吗", "region-scoped", ["免收工位使用费和指导费"], B, BC,
     {}),
    ("zab-rs-02", "琚湾镇一家汽配厂的职工去枣阳实训基地培训 工位费怎么算", "region-scoped", ["按标准的50%收取"], B, JW, {}),
    ("zab-rs-03", "七方镇的退役军人想用枣阳实训基地的电工工位 标准多少钱一小时", "region-scoped", ["12"], B, QF, {}),
    ("zab-rs-04", "杨当镇企业组织20个职工去枣阳实训基地 要提前几天预约", "region-scoped", ["至少提前5个工作日"], B, YD, {}),
    ("zab-rs-05", "鹿头镇一个厂带职工去枣阳实训基地 要给职工买保险吗", "region-scoped", ["购买意外伤害保险"], B, LT, {}),
    ("zab-rs-fu-01", "第一次去要先做什么", "region-scoped", ["安全准入培训"], B, LS, {"context": ["我在刘升镇 想去枣阳实训基地练焊接"]}),
    ("zag-rs-01", "吴店镇的职校老师问 枣阳这学期电工电子实训基地在哪个学校", "region-scoped", ["枣阳市恒昌技工学校"], G, WD, {}),
    ("zag-rs-02", "熊集镇的年轻人想去枣阳实训基地 这学期星期六开不开", "region-scoped", ["每周星期二至星期六"], G, XJ, {}),
    ("zag-rs-fu-01", "晚上能用吗", "region-scoped", ["每周星期二、星期四19:00—21:00"], G, HC,
     {"context": ["环城街道的一家电商公司想用枣阳的直播实训间"]}),
    # outofscope
    ("x-f41-outofscope-01", "枣阳酸浆面哪家最好吃", "outofscope", None, None, ZY, {}),
    ("x-f41-outofscope-02", "枣阳白水寺门票多少钱", "outofscope", None, None, ZY, {}),
    ("x-f41-outofscope-03", "枣阳明天会不会下雨", "outofscope", None, None, ZY, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f41-unstated-01", "枣阳实训基地预约能不能用支付宝付钱", "unstated", None, None, ZY, {}),
    ("x-f41-unstated-02", "枣阳实训基地有没有电动车充电桩", "unstated", None, None, ZY, {}),
    ("x-f41-unstated-03", "枣阳实训基地练完焊接有地方淋浴吗", "unstated", None, None, ZY, {}),
    ("x-f41-unstated-04", "枣阳实训基地里有免费饮水吗", "unstated", None, None, ZY, {}),
    ("x-f41-unstated-05", "枣阳在实训基地练习能录视频发抖音吗", "unstated", None, None, ZY, {}),
    ("x-f41-unstated-06", "枣阳去实训基地工作服要自己带吗", "unstated", None, None, ZY, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f41-clash-01", "南漳县实训基地个人预约要提前几天", "region-clash", None, None, NZ, {}),
    ("x-f41-clash-02", "保康实训基地数控车床工位多少钱一小时", "region-clash", None, None, BK, {}),
    ("x-f41-clash-03", "襄城区实训基地爽约几次会被暂停预约", "region-clash", None, None, XC, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f41-unstated-01": ["支付宝"],
    "x-f41-unstated-02": ["充电桩"],
    "x-f41-unstated-03": ["淋浴"],
    "x-f41-unstated-04": ["饮水"],
    "x-f41-unstated-05": ["抖音"],
    "x-f41-unstated-06": ["工作服"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"zab-list-07": "预约履约率", "zag-count-04": "新能源汽车高压安全实训工位"}
QUESTIONS += [
    ("zab-list-07", "实训基地考核内容里有预约履约率 还看哪些方面", "list", ["开放时长", "对外服务人次", "安全管理", "使用者评价"], B, "",
     {}),
    ("zag-count-04", "新能源汽车高压安全实训工位这学期开放几个", "count", ["新能源汽车高压安全实训工位4个"], G, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["zab-amount-05", "zab-yesno-02", "zab-general-04", "zab-list-03", "zag-amount-01", "zag-amount-04", "zag-yesno-02",
        "zag-count-fu-01"]
