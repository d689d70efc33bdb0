"""Questions of fresh35-test.jsonl (吉林省松原市: the notice 松原市人力资源和社会保障局　松原市财政局关于印发《松原市职业技能培训
补贴标准目录（2026年版）》的通知 (松人社联〔2026〕6号, 2026年2月24日) as a LibreOffice .docx with the catalogue as one real table,
and the 松原市企业职工技能提升补贴和企业新型学徒制补贴申领操作规程 (松人社办发〔2026〕3号, 2026年3月6日) as the portal's plain-text
export, CRLF, with a tab-separated 时限 table). Held out: do not tune on it. Written from the documents only. Standards, markups
(stacked), the cap, 学徒 standards, 次数, 申领期限, 执行 / 有效期, 文号, who pays, contacts of the notice → `doc` = the .docx; who
does what, materials, steps and 时限, 公示期, 拨付, 学徒 备案 and 两次申领, 抽查, 追回, 保存期限, contacts of the 规程 → `doc` = the .txt.
Row: (id, q, kind, must or None, doc or None, region, extra keys).
"""
SY = "吉林省松原市"
NJ = SY + "宁江区"
QG = SY + "前郭尔罗斯蒙古族自治县"
CL = SY + "长岭县"
QA = SY + "乾安县"
FY = SY + "扶余市"
LY = "吉林省辽源市"
DF = LY + "东丰县"
M = "songyuan-butie-mulu"
G = "songyuan-shenling-guicheng"
BOTH = [M, G]

QUESTIONS = [
    # amount
    ("sym-amount-01", "松原采油工中级证补贴标准是多少", "amount", ["1400", "1610"], M, SY, {}),
    ("sym-amount-02", "松原井下作业工高级工补多少", "amount", ["2000"], M, SY, {}),
    ("sym-amount-03", "松原焊工中级补贴标准多少 我们是产教融合型企业的话能拿多少", "amount", ["1450", "1595"], M, SY, {"two": True}),
    ("sym-amount-04", "松原重点产业紧缺工种补贴上浮几个点", "amount", ["上浮15%"], M, SY, {}),
    ("sym-amount-05", "松原产教融合型企业的职工考证 补贴标准上浮多少", "amount", ["其职工取证的补贴标准上浮10%"], M, SY, {}),
    ("sym-amount-06", "松原紧缺工种加产教融合型企业两头都占 一共上浮多少", "amount", ["合计上浮25%"], M, SY, {}),
    ("sym-amount-07", "松原上浮以后每个人每次最多补多少钱", "amount", ["上浮后每人每次补贴不超过2500元"], M, SY, {}),
    ("sym-amount-08", "松原电工技师叠加上浮以后最后按多少核定", "amount", ["按2500元核定"], M, SY, {}),
    ("sym-amount-09", "松原采油工中级 人在产教融合型企业上班 叠加上浮以后是多少", "amount", ["叠加上浮后为1750元"], M, SY, {}),
    ("sym-amount-10", "松原企业新型学徒制中级工一年补多少", "amount", ["每人每年中级工4000元"], M, SY, {}),
    ("sym-amount-11", "松原产教融合型企业带的学徒 高级工一年补多少", "amount", ["高级工5500元"], M, SY, {}),
    ("sym-amount-12", "松原粮油保管员高级工补贴标准多少", "amount", ["1400"], M, SY, {}),
    ("sym-amount-13", "松原健康照护师四级能补多少", "amount", ["1150"], M, SY, {}),
    ("sym-amount-14", "松原小杂粮加工那个专项能力证补多少钱", "amount", ["450"], M, SY, {}),
    ("sym-amount-fu-01", "高级呢", "amount", ["2000"], M, SY, {"context": ["松原化工总控工中级补贴标准是多少"]}),
    ("sym-amount-fu-02", "技师那一档是多少", "amount", ["2200"], M, SY, {"context": ["松原电工有哪几个等级能补贴"]}),
    ("syg-amount-01", "松原学徒培训满半年能先申领当年补贴的多少", "amount", ["当年度补贴的60%"], G, SY, {}),
    ("syg-amount-02", "松原学徒拿到证以后剩下的还能领多少比例", "amount", ["申领剩余40%"], G, SY, {}),
    ("syg-amount-03", "松原补贴随机抽查的比例是多少", "amount", ["不低于已拨付补贴人数5%"], G, SY, {}),
    ("sym-amount-16", "松原采油工中级紧缺上浮以后是多少 钱打到职工哪个账户", "amount", ["上浮15%后为1610元", "社会保障卡金融账户"], M,
     SY, {"docs": BOTH, "two": True}),
    ("sym-amount-18", "松原产教融合型企业的学徒中级工一年补多少 培训满几个月能先领一部分", "amount", ["中级工4500元", "培训满6个月后"],
     M, SY, {"docs": BOTH, "two": True}),
    # person
    ("sym-person-02", "松原补贴标准目录有问题问人社局谁 电话多少", "person", ["白晓东", "0438-6123579"], M, SY, {"two": True}),
    ("sym-person-03", "松原财政局那边负责培训补贴的是谁", "person", ["隋明杰"], M, SY, {}),
    ("sym-person-04", "松原市直企业职工的补贴钱由哪一级出", "person", ["市直企业职工的补贴由市级承担"], M, SY, {}),
    ("sym-person-fu-01", "那其他企业职工的呢", "person", ["其他企业职工的补贴由参保地县（市、区）承担"], M, SY,
     {"context": ["松原市直企业职工的培训补贴由哪级财政出"]}),
    ("syg-person-01", "松原职工申领技能提升补贴 谁负责受理审核", "person", ["负责属地企业和职工申领的受理审核"], G, SY, {}),
    ("syg-person-02", "松原市直企业的职工申领归谁受理", "person", ["市直企业及其职工的申领由市就业服务局受理审核"], G, SY, {}),
    ("syg-person-03", "松原补贴复核是哪个单位做", "person", ["市就业服务局在5个工作日内完成复核"], G, SY, {}),
    ("syg-person-04", "松原补贴公示完了最后谁审批", "person", ["职业能力建设科在3个工作日内审批"], G, SY, {}),
    ("syg-person-05", "松原补贴申领有问题打谁电话 号码多少", "person", ["于海波", "0438-6129056"], G, SY, {"two": True}),
    ("syg-person-06", "松原骗补的追回通知书是谁下的", "person", ["由市就业服务局下达《补贴资金追回通知书》"], G, SY, {}),
    ("syg-person-fu-01", "钱是谁拨", "person", ["市财政局在7个工作日内"], G, SY,
     {"context": ["松原技能提升补贴公示完了谁审批"]}),
    ("sym-person-05", "松原补贴目录有疑问找人社局哪位 申领的业务咨询又找哪个科", "person", ["白晓东", "市就业服务局职业培训科"], M, SY,
     {"docs": BOTH, "two": True}),
    # time
    ("sym-time-01", "松原2026年版的补贴目录从哪天开始执行 有效期多久", "time", ["自2026年3月1日起执行", "有效期两年"], M, SY,
     {"two": True}),
    ("sym-time-02", "松原这版目录有效期到哪天", "time", ["2028年2月29日"], M, SY, {}),
    ("sym-time-03", "松原职工拿到证以后多长时间内要申领", "time", ["自证书核发之日起6个月内"], M, SY, {}),
    ("sym-time-04", "松原企业新型学徒制培训期限是多长", "time", ["培训期限为1至2年"], M, SY, {}),
    ("sym-time-05", "松原补贴目录的通知是哪天印发的", "time", ["2026年2月24日"], M, SY, {}),
    ("syg-time-01", "松原技能提升补贴要公示多少天", "time", ["公示期7天"], G, SY, {}),
    ("syg-time-02", "松原技能提升补贴不算公示期 办下来最多要几个工作日", "time", ["合计不超过22个工作日"], G, SY, {}),
    ("syg-time-03", "松原受理审核要几天", "time", ["7个工作日内完成受理审核"], G, SY, {}),
    ("syg-time-04", "松原企业新型学徒制开班以后多久之内要备案", "time", ["开班之日起30日内"], G, SY, {}),
    ("syg-time-05", "松原骗补的钱要多久退回", "time", ["收到通知书之日起10个工作日内"], G, SY, {}),
    ("syg-time-06", "松原补贴的申领资料要保存多少年", "time", ["保存期限不少于10年"], G, SY, {}),
    ("syg-time-07", "松原操作规程什么时候开始施行 是哪天印发的", "time", ["本规程自印发之日起施行", "2026年3月6日"], G, SY,
     {"two": True}),
    ("syg-time-fu-01", "多少天能确认", "time", ["5个工作日内完成备案确认"], G, SY, {"context": ["松原学徒制备案材料交上去了"]}),
    ("syg-time-08", "松原参加失业保险要满多久才能申领技能提升补贴", "time", ["参加失业保险累计满12个月"], G, SY, {}),
    # count
    ("sym-count-01", "松原补贴目录收了多少个工种 紧缺的有几个", "count", ["职业（工种）13个", "重点产业紧缺工种4个"], M, SY,
     {"two": True}),
    ("sym-count-02", "松原一个职工一年最多能享受几次培训补贴", "count", ["最多享受2次"], M, SY, {}),
    ("sym-count-03", "松原专项职业能力有几项", "count", ["专项职业能力3项"], M, SY, {}),
    ("sym-count-04", "松原一个学徒同一个培训周期学徒制补贴能享受几次", "count", ["同一培训周期只能享受一次"], M, SY, {}),
    ("syg-count-02", "松原学徒制补贴一年分几次申领", "count", ["分两次申领"], G, SY, {}),
    ("syg-count-03", "松原骗补的企业几年内不能再申领", "count", ["涉事企业5年内不得申领"], G, SY, {}),
    ("syg-count-fu-01", "个人呢", "count", ["涉事个人2年内不得申领技能提升补贴"], G, SY,
     {"context": ["松原企业骗补的话几年内不能再申领"]}),
    ("syg-count-05", "松原学徒制补贴培训满几个月能申领第一次", "count", ["培训满6个月后"], G, SY, {}),
    # yesno
    ("sym-yesno-01", "松原紧缺工种和产教融合型企业的上浮能一起算吗", "yesno", ["上浮比例叠加计算"], M, SY, {}),
    ("sym-yesno-02", "松原考了更高等级的证还能再申领吗", "yesno", ["可按新等级标准再次申领"], M, SY, {}),
    ("sym-yesno-03", "松原学徒制补贴能按紧缺工种上浮吗", "yesno", ["企业新型学徒制补贴不再适用本通知第三条规定的上浮办法"], M, SY,
     {}),
    ("sym-yesno-04", "松原县里能不能自己提高补贴标准", "yesno", ["不得擅自提高或降低标准"], M, SY, {}),
    ("sym-yesno-05", "松原企业还没认定只是进了培育库 职工考证能上浮吗", "yesno", ["纳入产教融合型企业建设培育库的企业"], M, SY, {}),
    ("syg-yesno-01", "松原那个申领表要自己填吗", "yesno", ["由系统自动生成，无需另行填写"], G, SY, {}),
    ("syg-yesno-02", "松原申领补贴用电子证书行不行", "yesno", ["电子证书与纸质证书具有同等效力"], G, SY, {}),
    ("syg-yesno-03", "松原补贴名单只在网上公示吗", "yesno", ["申领人所在企业同步公示"], G, SY, {}),
    ("syg-yesno-04", "松原规程出来以前已经受理还没办完的 按新规程办吗", "yesno", ["此前已受理尚未办结的申领，按本规程办理"], G, SY,
     {}),
    # list
    ("sym-list-01", "松原目录里哪些是重点产业紧缺工种", "list", ["采油工▲", "井下作业工▲", "电工▲", "化工总控工▲"], M, SY, {}),
    ("sym-list-02", "松原专项职业能力都有哪几项", "list", ["小杂粮加工", "网络直播销售", "农机驾驶操作"], M, SY, {}),
    ("sym-list-03", "松原补贴标准在哪些情况下能上浮", "list", ["重点产业紧缺工种的补贴标准上浮15%", "其职工取证的补贴标准上浮10%"], M,
     SY, {}),
    ("syg-list-01", "松原申领技能提升补贴要准备哪些材料", "list",
     ["《松原市职业技能培训补贴申领表》", "职业资格证书或职业技能等级证书", "本人社会保障卡", "加盖公章的在职证明"], G, SY, {}),
    ("syg-list-02", "松原学徒制备案要报哪些材料", "list", ["《企业新型学徒制培训备案表》", "学徒花名册", "劳动合同", "联合培养协议"], G,
     SY, {}),
    ("syg-list-03", "松原受理审核的时候重点比对什么", "list", ["参保时长", "证书真伪", "年度享受次数"], G, SY, {}),
    ("syg-list-fu-01", "都有哪几步", "list", ["网上申领", "受理审核", "复核", "公示", "审批", "拨付"], G, SY,
     {"context": ["松原职工的技能提升补贴怎么办"]}),
    ("syg-list-04", "松原办这个补贴涉及哪些单位", "list",
     ["县（市、区）就业服务机构", "市就业服务局", "市人力资源和社会保障局职业能力建设科", "市财政局"], G, SY, {}),
    # docfact
    ("sym-docfact-01", "松原补贴目录通知的文号是什么 哪两个部门发的", "docfact", ["松人社联〔2026〕6号", "松原市财政局"], M, SY,
     {"two": True}),
    ("sym-docfact-02", "松原新目录出来以后哪个旧文件停止执行", "docfact", ["松人社联〔2024〕4号"], M, SY, {}),
    ("sym-docfact-03", "松原补贴目录通知的附件叫什么", "docfact", ["松原市职业技能培训补贴标准目录（2026年版）"], M, SY, {}),
    ("sym-docfact-04", "松原这个补贴目录的通知是不是公开的", "docfact", ["（此件公开发布）"], M, SY, {}),
    ("syg-docfact-01", "松原操作规程的文号是多少", "docfact", ["松人社办发〔2026〕3号"], G, SY, {}),
    ("syg-docfact-02", "松原那个操作规程全称叫什么", "docfact", ["松原市企业职工技能提升补贴和企业新型学徒制补贴申领操作规程"], G, SY,
     {}),
    ("syg-docfact-03", "松原操作规程是为了落实哪个文件", "docfact", ["松人社联〔2026〕6号"], G, SY, {}),
    ("syg-docfact-04", "松原操作规程是从网站哪个栏目导出来的", "docfact", ["“政策文件”栏目"], G, SY, {}),
    # general
    ("sym-general-01", "松原补贴标准是按什么确定的", "general", ["按职业（工种）和等级确定"], M, SY, {}),
    ("sym-general-02", "松原这些补贴从哪个钱里列支", "general", ["职业技能提升行动专账资金"], M, SY, {}),
    ("sym-general-03", "松原以后国家和省出了新规定 这个目录怎么办", "general", ["从其规定"], M, SY, {}),
    ("sym-general-fu-01", "3月1日以前拿的证按哪版标准", "general", ["按2024年版目录标准执行"], M, SY,
     {"context": ["松原的2026年版补贴目录什么时候开始执行"]}),
    ("syg-general-01", "松原在哪网上申领技能提升补贴", "general", ["松原人社网上服务大厅"], G, SY, {}),
    ("syg-general-02", "松原学徒培训中间离开企业了 补贴怎么算", "general", ["按学徒实际在岗培训月数折算申领补贴"], G, SY, {}),
    ("syg-general-03", "松原学徒制补贴打到企业哪个账户", "general", ["企业基本存款账户"], G, SY, {}),
    ("syg-general-04", "松原骗取补贴会怎么处理", "general", ["退回全部补贴资金", "涉事企业5年内不得申领各类职业技能培训补贴"], G, SY,
     {}),
    ("syg-general-05", "松原技能提升补贴最后拨到哪里", "general", ["社会保障卡金融账户"], G, SY, {}),
    ("syg-general-06", "松原产教融合型企业的职工申领补贴要多交什么", "general", ["由企业出具加盖公章的在职证明"], G, SY, {}),
    # region-scoped — a 区 / 县 / 县级市 of 松原市 (named in neither document)
    ("sym-rs-01", "我们是宁江区一家油田服务公司 职工考井下作业工中级 松原补多少", "region-scoped", ["1500"], M, NJ, {}),
    ("sym-rs-02", "前郭县的农机合作社 员工考农机修理工中级按松原目录补多少", "region-scoped", ["1000"], M, QG, {}),
    ("sym-rs-03", "扶余市一家粮库 粮油保管员中级按松原的目录能补多少", "region-scoped", ["1000"], M, FY, {}),
    ("sym-rs-fu-01", "养老护理员四级按松原的标准补多少", "region-scoped", ["1250"], M, CL,
     {"context": ["我在长岭县一家养老机构做人事"]}),
    ("sym-rs-04", "乾安县的企业职工考电子商务师高级 松原补多少", "region-scoped", ["1450"], M, QA, {}),
    ("syg-rs-01", "宁江区的企业在松原申领学徒制补贴 备案找谁", "region-scoped", ["参保地县（市、区）就业服务机构"], G, NJ, {}),
    ("syg-rs-02", "扶余的职工申领松原的技能提升补贴 受理审核要几天", "region-scoped", ["7个工作日内完成受理审核"], G, FY, {}),
    ("syg-rs-03", "前郭一家企业骗补被查出来 按松原的规程几年不能申领", "region-scoped", ["涉事企业5年内不得申领"], G, QG, {}),
    ("syg-rs-fu-01", "公示在哪公示", "region-scoped", ["市人力资源和社会保障局门户网站"], G, CL,
     {"context": ["我们是长岭县的企业 帮职工申领松原的技能提升补贴"]}),
    # outofscope (this region)
    ("x-f35-outofscope-04", "前郭查干湖冬捕一般几月份开始", "outofscope", None, None, QG, {}),
    ("x-f35-outofscope-05", "松原到长春坐动车要多久", "outofscope", None, None, SY, {}),
    ("x-f35-outofscope-06", "扶余的小米哪家好", "outofscope", None, None, FY, {}),
    # unstated
    ("x-f35-unstated-07", "松原的技能提升补贴和失业金能一起领吗", "unstated", None, None, SY, {}),
    ("x-f35-unstated-08", "松原企业新型学徒制的学徒保底工资是多少", "unstated", None, None, SY, {}),
    ("x-f35-unstated-09", "松原退伍军人进企业以后考证有没有额外补贴", "unstated", None, None, SY, {}),
    ("x-f35-unstated-10", "松原考采油工证的鉴定费是企业出还是个人出", "unstated", None, None, SY, {}),
    ("x-f35-unstated-11", "松原补贴申领以后办理进度去哪看", "unstated", None, None, SY, {}),
    ("x-f35-unstated-12", "松原职工去考证那几天算不算带薪", "unstated", None, None, SY, {}),
    # region-clash — another city of the province (and a 县 of it), with no document of its own
    ("x-f35-clash-04", "辽源市职业技能培训补贴标准目录里电工中级补多少", "region-clash", None, None, LY, {}),
    ("x-f35-clash-05", "东丰县企业新型学徒制补贴怎么申领", "region-clash", None, None, DF, {}),
]

UNSTATED_ABSENT = {
    "x-f35-unstated-07": ["失业金"],
    "x-f35-unstated-08": ["保底工资"],
    "x-f35-unstated-09": ["退伍"],
    "x-f35-unstated-10": ["鉴定费"],
    "x-f35-unstated-11": ["办理进度"],
    "x-f35-unstated-12": ["带薪"],
}
REGION_FREE = {"sym-amount-17": "采油工", "syg-person-07": "于海波"}
QUESTIONS += [
    ("sym-amount-17", "采油工高级工的补贴标准是多少", "amount", ["1900"], M, "", {}),
    ("syg-person-07", "于海波的电话是多少", "person", ["0438-6129056"], G, "", {}),
]
ONLY = ["sym-time-02", "syg-time-01", "sym-count-02", "syg-person-04", "sym-amount-07", "syg-time-07", "sym-person-02",
        "syg-yesno-02"]
