"""Questions of fresh26-dev.jsonl (安徽省宿州市砀山县: the 砀山县人民政府办公室关于转发《宿州市产教融合实训基地奖补办法》的通知
as a LibreOffice .docx (the county body: 县级配套 1:0.4 / 1:0.8 with caps, the county deadline 2026年5月20日, 受理 and 初审,
contact; the attachment: the 宿州 办法 in full, 第一条…第九条) and the 产教融合实训基地奖补资金申请 办事指南 as a portal .html
page (key–value table, the 申请材料 as a nested table, 办理流程, 办结时限, 办理地点 / 时间, phones, 网办, 常见问题)).
Written from the documents only. A user in 砀山 asks; where the city's figure (attachment) and the county's (body) differ,
the question says whose it wants or `must` holds both.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
AH = "安徽省"
DS = "安徽省宿州市砀山县"
XX = "安徽省宿州市萧县"
LB = "安徽省宿州市灵璧县"
LL = DS + "良梨镇"
DC = DS + "砀城镇"
LZ = DS + "李庄镇"
TZ = DS + "唐寨镇"
GJ = DS + "葛集镇"
ZZ = DS + "周寨镇"
GZB = DS + "官庄坝镇"
ZL = DS + "朱楼镇"
XM = DS + "玄庙镇"
Z = "dangshan-zhuanfa-tongzhi"
G = "dangshan-banshi-zhinan"
BOTH = [G, Z]

QUESTIONS = [
    # amount — city figures (attachment) and county figures (body)
    ("dsz-amount-01", "我是砀山的企业 实训基地评上市级了 市里最多奖多少 县里再配多少", "amount",
     ["最高不超过45万元", "1:0.4", "15万元"], Z, DS, {"two": True}),
    ("dsz-amount-02", "砀山县级配套比例是多少", "amount", ["1:0.4"], Z, DS, {}),
    ("dsz-amount-03", "砀山县里配套单个基地封顶多少钱", "amount", ["单个基地县级配套最高不超过15万元"], Z, DS, {}),
    ("dsz-amount-04", "砀山转发的市里那个办法 按设备投入的多少比例奖", "amount", ["实训设备实际投入的20%"], Z, DS, {}),
    ("dsz-amount-05", "砀山的实训基地一年培训超过2000人次 市里还能多给多少", "amount", ["一次性运营奖补6万元"], Z, DS, {}),
    ("dsz-amount-06", "砀山搞水果加工的实训基地县里配套比例多少 最高多少", "amount", ["1:0.8", "28万元"], Z, DS, {"two": True}),
    ("dsz-amount-07", "砀山县级配套的钱从哪出", "amount", ["由县财政统筹安排"], Z, DS, {}),
    ("dsz-amount-08", "做水果精深加工的实训基地 县级配套比例多少", "amount", ["1:0.8"], Z, "", {}),
    ("dsz-amount-09", "板材家居的实训基地县里配套最多给多少", "amount", ["28万元"], Z, "", {}),
    ("dsz-amount-fu-01", "那县里再配多少", "amount", ["1:0.4", "15万元"], Z, DS,
     {"context": ["砀山实训基地奖补市里最多给多少"]}),
    ("dsg-amount-01", "砀山申请实训基地奖补要交多少手续费", "amount", ["不收费"], G, DS, {}),
    # person
    ("dsz-person-01", "砀山实训基地奖补申报材料交给哪个单位", "person", ["报送县教育体育局"], Z, DS, {}),
    ("dsz-person-02", "砀山转发通知里的联系人是谁 电话多少", "person", ["祁文博", "0557-8021736"], Z, DS, {"two": True}),
    ("dsz-person-03", "砀山县里初审完报给市里哪个部门", "person", ["统一报送市教育局"], Z, DS, {}),
    ("dsz-person-04", "砀山转发的宿州那个办法谁负责解释", "person", ["本办法由市教育局、市财政局负责解释"], Z, DS, {}),
    ("dsz-person-05", "砀山县级配套是谁来核定", "person", ["由县教育体育局按比例核定"], Z, DS, {}),
    ("dsz-person-06", "砀山这边市级奖补最后是哪个部门拨钱", "person", ["由市财政局在公示结束后30个工作日内将奖补资金拨付至申报单位"], Z, DS, {}),
    ("dsz-person-fu-01", "联系人是谁", "person", ["祁文博"], Z, DS, {"context": ["砀山实训基地奖补的申报材料交到哪"]}),
    ("dsg-person-01", "砀山实训基地奖补的咨询电话多少", "person", ["0557-8021759"], G, DS, {}),
    ("dsg-person-02", "砀山办实训基地奖补不满意 投诉打哪个电话", "person", ["0557-8026315"], G, DS, {}),
    ("dsg-person-03", "砀山实训基地奖补这个事项实施主体是谁", "person", ["砀山县教育体育局"], G, DS, {}),
    ("dsg-person-04", "砀山这个奖补具体哪个股室承办", "person", ["砀山县教育体育局职业教育股"], G, DS, {}),
    ("dsg-person-05", "砀山实训基地奖补是给企业办还是学校也能办", "person", ["企业法人、事业单位法人"], G, DS, {}),
    ("dsg-person-fu-01", "有问题打哪个电话问", "person", ["0557-8021759"], G, DS, {"context": ["砀山实训基地奖补在哪个窗口办"]}),
    # time
    ("dsz-time-01", "砀山实训基地奖补县里申报截止到哪天", "time", ["2026年5月20日"], Z, DS, {}),
    ("dsz-time-02", "市里规定的是几号截止 砀山县里又是几号", "time", ["5月31日", "2026年5月20日"], Z, DS, {"two": True}),
    ("dsz-time-03", "砀山县里初审完啥时候报到市里", "time", ["5月28日前"], Z, DS, {}),
    ("dsz-time-04", "砀山县级配套的钱多久能拨下来", "time", ["县级配套资金在市级奖补资金到位后15个工作日内拨付"], Z, DS, {}),
    ("dsz-time-05", "砀山转发的奖补办法啥时候开始施行", "time", ["2026年4月1日起施行"], Z, DS, {}),
    ("dsz-time-06", "砀山这边市级评审结果公示几天", "time", ["公示6个工作日"], Z, DS, {}),
    ("dsz-time-07", "砀山市级奖补公示完多久拨钱", "time", ["公示结束后30个工作日内"], Z, DS, {}),
    ("dsg-time-01", "砀山实训基地奖补承诺几个工作日办完", "time", ["10个工作日"], G, DS, {}),
    ("dsg-time-02", "砀山实训基地奖补法定办结时限多久", "time", ["20个工作日"], G, DS, {}),
    ("dsg-time-03", "砀山教育体育窗口几点上班 中午休息到几点", "time", ["上午8:30—12:00", "下午14:30—17:30"], G, DS, {"two": True}),
    ("dsg-time-04", "砀山办奖补的窗口下午几点下班", "time", ["17:30"], G, DS, {}),
    ("dsg-time-05", "砀山县里申报截止是哪天 窗口下午几点开门", "time", ["2026年5月20日", "14:30"], G, DS,
     {"docs": BOTH, "two": True}),
    ("dsg-time-fu-01", "礼拜几能去办", "time", ["周一至周五"], G, DS, {"context": ["砀山实训基地奖补去哪个窗口办"]}),
    # count
    ("dsz-count-01", "砀山申报实训基地奖补 实训工位最少要多少个", "count", ["实训工位不少于50个"], Z, DS, {}),
    ("dsz-count-02", "砀山实训基地场地要多大面积才够报", "count", ["不少于1000平方米"], Z, DS, {}),
    ("dsz-count-03", "砀山实训基地一年至少要培训多少人次才能报", "count", ["不少于500人次"], Z, DS, {}),
    ("dsz-count-04", "砀山申报奖补要跟几所职业院校签协议", "count", ["与至少1所职业院校签订3年以上校企合作协议"], Z, DS, {}),
    ("dsz-count-05", "砀山实训基地奖补一年组织几次", "count", ["实训基地奖补每年组织一次"], Z, DS, {}),
    ("dsz-count-06", "砀山弄虚作假的单位几年不能再报", "count", ["3年内不得申报"], Z, DS, {}),
    ("dsg-count-01", "砀山奖补申请表要交几份", "count", ["2份"], G, DS, {}),
    ("dsg-count-02", "砀山办实训基地奖补要跑几趟", "count", ["网上办理0次", "窗口办理1次"], G, DS, {}),
    # yesno
    ("dsz-yesno-01", "砀山县级配套要不要再单独申报", "yesno", ["县级配套不另设申报程序"], Z, DS, {}),
    ("dsz-yesno-02", "砀山的截止时间跟市里一样吗", "yesno", ["早于市级规定的5月31日"], Z, DS, {}),
    ("dsz-yesno-03", "砀山过了5月20号还能交材料吗", "yesno", ["逾期不再受理"], Z, DS, {}),
    ("dsz-yesno-04", "砀山技工学校建的实训基地能不能申报", "yesno", ["职业院校（含技工院校）"], Z, DS, {}),
    ("dsz-yesno-05", "砀山实训基地前年出过一次较大安全事故 还能报吗", "yesno", ["近三年未发生较大及以上安全生产事故"], Z, DS, {}),
    ("dsg-yesno-01", "砀山实训基地奖补能网上办吗", "yesno", ["安徽政务服务网砀山县分厅"], G, DS, {}),
    ("dsg-yesno-02", "砀山一个单位有两个实训基地能都申请吗", "yesno", ["每个实训基地须分别提交申请材料"], G, DS, {}),
    ("dsg-yesno-03", "砀山的实训基地去年拿过市级奖补了 今年还能再申请吗", "yesno", ["同一实训基地只能享受一次市级一次性奖补"], G, DS, {}),
    ("dsg-yesno-04", "砀山申请奖补营业执照交复印件就行吗", "yesno", ["窗口核验原件后退还"], G, DS, {}),
    ("dsg-yesno-05", "砀山办奖补材料不全会不会直接打回来", "yesno", ["一次性告知需补正的内容"], G, DS, {}),
    ("dsg-yesno-06", "安全生产情况承诺书要原件吗 谁签字", "yesno", ["原件", "单位负责人签字"], G, "", {"two": True}),
    ("dsg-yesno-07", "砀山奖补办完结果能寄给我吗", "yesno", ["邮寄送达"], G, DS, {}),
    # list
    ("dsz-list-01", "砀山申报市级实训基地奖补要满足哪些条件", "list",
     ["建成运营满1年", "实训工位不少于50个", "不少于1000平方米", "不少于500人次", "3年以上校企合作协议",
      "未发生较大及以上安全生产事故"], Z, DS, {}),
    ("dsz-list-02", "砀山县级配套比例提高的是哪两个产业", "list", ["水果精深加工、板材家居"], Z, DS, {}),
    ("dsz-list-03", "砀山实训基地奖补的钱能用在哪些方面", "list", ["实训设备更新、实训课程开发和实训指导人员培养"], Z, DS, {}),
    ("dsz-list-04", "砀山转发通知发给了哪些单位", "list", ["各镇人民政府，砀山经济开发区管委会，县政府各部门、各直属机构"], Z, DS, {}),
    ("dsz-list-05", "砀山县里初审有哪些部门参加", "list", ["县教育体育局", "县财政局", "县人力资源和社会保障局"], Z, DS, {}),
    ("dsg-list-01", "砀山申请实训基地奖补要准备哪些材料", "list",
     ["产教融合实训基地奖补资金申请表", "营业执照或事业单位法人证书", "实训设备购置发票及设备清单", "校企合作协议",
      "近一年实训（培训）人次台账", "近三年安全生产情况承诺书", "单位银行基本账户信息"], G, DS, {}),
    ("dsg-list-02", "砀山实训基地奖补办理流程有哪几步", "list",
     ["窗口当场核对材料", "进行初审", "统一报送市教育局评审", "县教育体育局核定县级配套"], G, DS, {}),
    ("dsg-list-03", "砀山申请奖补哪些材料要交原件", "list",
     ["产教融合实训基地奖补资金申请表", "近一年实训（培训）人次台账", "近三年安全生产情况承诺书"], G, DS, {}),
    # docfact
    ("dsz-docfact-01", "砀山转发实训基地奖补办法的通知文号多少", "docfact", ["砀政办〔2026〕11号"], Z, DS, {}),
    ("dsz-docfact-02", "砀山转发的市里那个办法文号是啥", "docfact", ["宿政办发〔2026〕5号"], Z, DS, {}),
    ("dsz-docfact-03", "砀山这个转发通知哪天发的 谁发的", "docfact", ["2026年4月8日", "砀山县人民政府办公室"], Z, DS, {"two": True}),
    ("dsz-docfact-04", "砀山转发的奖补办法有效期几年", "docfact", ["有效期3年"], Z, DS, {}),
    ("dsz-docfact-05", "砀山转发的那个办法是依据哪个文件定的", "docfact", ["国办发〔2017〕95号"], Z, DS, {}),
    ("dsz-docfact-06", "砀山转发的奖补办法原文是哪天印发的", "docfact", ["2026年3月19日"], Z, DS, {}),
    ("dsz-docfact-07", "砀山这个转发通知能对外公开吗", "docfact", ["此件公开发布"], Z, DS, {}),
    ("dsg-docfact-01", "砀山实训基地奖补办事指南的设定依据是哪些文件", "docfact", ["宿政办发〔2026〕5号", "砀政办〔2026〕11号"], G, DS, {}),
    ("dsg-docfact-02", "砀山这个奖补事项编码多少", "docfact", ["3413210027-GG-00516"], G, DS, {}),
    ("dsg-docfact-03", "砀山实训基地奖补属于啥事项类型", "docfact", ["公共服务"], G, DS, {}),
    # general
    ("dsz-general-01", "砀山县级配套是咋算的", "general", ["在市级奖补基础上县级再按1:0.4给予配套奖补"], Z, DS, {}),
    ("dsz-general-02", "砀山县里为啥要把截止时间提前", "general", ["以便留出县级初审时间"], Z, DS, {}),
    ("dsz-general-03", "砀山转发的办法里说的实训基地指的是啥", "general",
     ["面向学生实习实训、企业职工培训和社会人员技能提升的实践教学场所"], Z, DS, {}),
    ("dsz-general-04", "砀山骗领奖补的会怎么处理", "general", ["追回已拨付资金", "3年内不得申报"], Z, DS, {}),
    ("dsz-general-05", "砀山的单位按市里办法是向谁提出申请", "general", ["向所在县（区）教育主管部门提出申请"], Z, DS, {}),
    ("dsg-general-01", "砀山实训基地奖补在哪个窗口办", "general", ["砀山县政务服务中心二楼B区教育体育窗口（12号窗口）"], G, DS, {}),
    ("dsg-general-02", "砀山奖补网上在哪申请", "general", ["安徽政务服务网砀山县分厅"], G, DS, {}),
    ("dsg-general-03", "砀山奖补结果怎么送达", "general", ["窗口领取或邮寄送达"], G, DS, {}),
    ("dsg-general-04", "砀山初审的时候会不会来基地看", "general", ["必要时到实训基地现场核实"], G, DS, {}),
    ("dsg-general-05", "砀山申请奖补设备发票咋整理", "general", ["按购置时间顺序排列"], G, DS, {}),
    ("dsg-general-06", "砀山县级配套最高给多少 材料交到哪个窗口", "general", ["15万元", "12号窗口"], G, DS,
     {"docs": BOTH, "two": True}),
    ("dsg-general-07", "砀山转发的办法有效期几年 网上办要跑几次", "general", ["有效期3年", "网上办理0次"], G, DS,
     {"docs": BOTH, "two": True}),
    # region-scoped — a 镇 of 砀山县
    ("dsz-rs-01", "我是砀山良梨镇做水果加工的企业 建了实训基地 县里配套比例多少", "region-scoped", ["1:0.8"], Z, LL, {}),
    ("dsz-rs-02", "李庄镇有个板材厂建了实训基地 砀山县级配套最高多少", "region-scoped", ["28万元"], Z, LZ, {}),
    ("dsz-rs-03", "砀山唐寨镇政府在实训基地奖补这事上要做啥", "region-scoped", ["要做好政策宣传"], Z, TZ, {}),
    ("dsz-rs-04", "葛集镇有个实训基地去年刚建好 今年能报砀山的奖补吗", "region-scoped", ["实训基地建成运营满1年"], Z, GJ, {}),
    ("dsz-rs-05", "砀山官庄坝镇的学校能不能申请实训基地奖补", "region-scoped", ["由企业、职业院校（含技工院校）单独或联合建设"], Z, GZB, {}),
    ("dsz-rs-fu-01", "那县里截止到哪天", "region-scoped", ["2026年5月20日"], Z, XM,
     {"context": ["我是砀山玄庙镇的企业 想申请实训基地奖补"]}),
    ("dsg-rs-01", "砀城镇的企业申请实训基地奖补去哪交材料", "region-scoped", ["砀山县政务服务中心二楼B区教育体育窗口"], G, DC, {}),
    ("dsg-rs-02", "砀山周寨镇的企业申请奖补要不要交钱", "region-scoped", ["不收费"], G, ZZ, {}),
    ("dsg-rs-03", "我在砀山朱楼镇 办实训基地奖补窗口周几开", "region-scoped", ["周一至周五"], G, ZL, {}),
    # unstated — three hierarchy traps (省 / 萧县 / 灵璧县), four words no document of any round has
    ("x-f26-unstated-01", "安徽省级实训基地奖补最高多少钱", "unstated", None, None, AH, {}),
    ("x-f26-unstated-02", "宿州萧县的县级配套比例是多少", "unstated", None, None, XX, {}),
    ("x-f26-unstated-03", "灵璧县办实训基地奖补的咨询电话多少", "unstated", None, None, LB, {}),
    ("x-f26-unstated-04", "砀山实训基地奖补能不能先预付一部分", "unstated", None, None, DS, {}),
    ("x-f26-unstated-05", "砀山申请实训基地奖补要交保证金吗", "unstated", None, None, DS, {}),
    ("x-f26-unstated-06", "砀山政务服务中心有没有代办员帮忙跑", "unstated", None, None, DS, {}),
    ("x-f26-unstated-07", "砀山交的申请材料要不要做个目录页", "unstated", None, None, DS, {}),
]

# give-away words of the unstated lines: HIER lines — words in the region's documents (which do not cover the place); the
# others — words in no document of any round
UNSTATED_ABSENT = {
    "x-f26-unstated-01": ["实训基地奖补"],
    "x-f26-unstated-02": ["县级配套"],
    "x-f26-unstated-03": ["咨询电话"],
    "x-f26-unstated-04": ["预付"],
    "x-f26-unstated-05": ["保证金"],
    "x-f26-unstated-06": ["代办员"],
    "x-f26-unstated-07": ["目录页"],
}
HIER = ["x-f26-unstated-01", "x-f26-unstated-02", "x-f26-unstated-03"]
# answerable lines without a region: an anchor word of their document only (no other document of any round)
REGION_FREE = {"dsz-amount-08": "水果精深加工", "dsz-amount-09": "板材家居", "dsg-yesno-06": "安全生产情况承诺书"}
# the answer is in one document although both talk about the topic
ONLY = ["dsz-amount-02", "dsz-person-02", "dsg-person-01", "dsg-time-01", "dsg-general-01"]
