"""Questions of fresh33-dev.jsonl (山东省日照市: the 日照市海洋工程职业学校港航物流产教融合实训基地设备采购项目公开招标公告
(RZHY-GK-2026-018, 2026年9月8日) as a page of a provincial 政府采购网 portal, and its 中标（成交）结果公告 (2026年10月14日) as a
LibreOffice .docx with the 中标结果 as a real table). Written from the documents only. What the buyer asks for — 包, 预算, 最高限价,
履行期限, 联合体, 资格, 中小企业 policy, 获取招标文件, 截止 / 开标, 公告期限, 质疑 / 投诉, 担保, 付款, the fee cap, contacts of the
tender stage — is asked from the 公告 (`doc` = the .html); who won, at what price, 废标, 评审专家, the fees charged, the 结果's 公告期限,
合同 deadline and contacts from the 结果公告 (`doc` = the .docx).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
RZ = "山东省日照市"
DG = RZ + "东港区"
LS = RZ + "岚山区"
WL = RZ + "五莲县"
WH = "山东省威海市"
DY = "山东省东营市"
LY = "山东省临沂市"
Z = "rizhao-zhaobiao-gonggao"
J = "rizhao-zhongbiao-gonggao"
BOTH = [Z, J]

QUESTIONS = [
    # amount
    ("rzz-amount-01", "日照海洋工程职业学校那个实训基地设备采购 总预算多少钱", "amount", ["1286.00万元"], Z, RZ, {}),
    ("rzz-amount-02", "日照这个港航物流实训基地招标 包1最高限价是多少", "amount", ["包1为480.00万元"], Z, RZ, {}),
    ("rzz-amount-03", "日照实训基地采购包3预算多少 最高限价又是多少", "amount", ["298.00", "包3为295.00万元"], Z, RZ, {"two": True}),
    ("rzz-amount-04", "日照实训基地包4是专门给中小企业的 投标价还能再扣吗", "amount", ["不再给予价格扣除"], Z, RZ, {}),
    ("rzz-amount-05", "日照这个实训基地项目 包1联合体里有小微企业的 价格扣除怎么算", "amount",
     ["联合体中小微企业合同份额占联合体协议合同总金额30%以上的", "对联合体报价给予4%的扣除"], Z, RZ, {}),
    ("rzz-amount-06", "日照海洋工程职业学校项目中标了 履约担保交多少", "amount", ["金额为合同金额的5%"], Z, RZ, {}),
    ("rzz-amount-07", "日照实训基地招标的代理服务费最高收多少", "amount", ["每包最高不超过5万元", "包4最高不超过2万元"], Z, RZ, {}),
    ("rzz-amount-fu-01", "包4呢", "amount", ["包4为137.00万元"], Z, RZ, {"context": ["日照实训基地采购包1最高限价多少"]}),
    ("rzj-amount-01", "日照海洋工程职业学校港航物流实训基地包1最后多少钱中的标", "amount", ["476.80"], J, RZ, {}),
    ("rzj-amount-02", "日照那个实训基地设备采购 中标金额一共多少", "amount", ["957.90万元"], J, RZ, {}),
    ("rzj-amount-03", "日照这个项目包4的信息化平台中标价多少", "amount", ["128.50"], J, RZ, {}),
    ("rzj-amount-04", "日照实训基地项目中标后 包1要交多少代理服务费", "amount", ["包1为4.52万元"], J, RZ, {}),
    ("rzj-amount-05", "日照海洋工程职业学校这个项目代理服务费总共收了多少", "amount", ["合计9.76万元"], J, RZ, {}),
    ("rzj-amount-fu-01", "中标金额多少", "amount", ["476.80"], J, RZ, {"context": ["日照海洋工程职业学校实训基地包1谁中标了"]}),
    ("rzj-amount-fu-02", "那包2的代理服务费呢", "amount", ["包2为3.66万元"], J, RZ, {"context": ["日照实训基地包1代理服务费多少"]}),
    ("rzj-amount-06", "日照实训基地包1最高限价多少 最后中标价多少", "amount", ["包1为480.00万元", "476.80"], J, RZ,
     {"docs": BOTH, "two": True}),
    # person
    ("rzz-person-01", "日照海洋工程职业学校这个招标 采购人那边联系谁 电话多少", "person", ["相振华", "0633-8216705"], Z, RZ,
     {"two": True}),
    ("rzz-person-02", "日照港航物流实训基地招标的代理机构是哪家", "person", ["日照蓝岸招标代理有限公司"], Z, RZ, {}),
    ("rzz-person-03", "日照这个实训基地项目招标阶段的项目联系人是谁", "person", ["项目联系人：郝雨菲"], Z, RZ, {}),
    ("rzz-person-04", "对日照实训基地招标的质疑答复有意见 去哪里投诉", "person", ["向日照市财政局提出投诉"], Z, RZ, {}),
    ("rzz-person-05", "日照这个项目的代理服务费是谁出 采购人还是中标的", "person",
     ["由中标供应商在领取中标通知书时向采购代理机构一次付清"], Z, RZ, {}),
    ("rzz-person-fu-01", "代理机构那边呢", "person", ["郝雨菲、宫立新"], Z, RZ, {"context": ["日照港航物流实训基地招标 采购人联系人是谁"]}),
    ("rzj-person-01", "日照海洋工程职业学校实训基地包2是哪家公司中的标", "person", ["日照冷链云仓设备有限公司"], J, RZ, {}),
    ("rzj-person-02", "日照那个实训基地包1中标的联合体 牵头的是谁", "person", ["日照港联智能装备有限公司（联合体牵头人）"], J, RZ,
     {}),
    ("rzj-person-03", "日照实训基地项目评标委员会组长是谁", "person", ["綦国栋担任评标委员会组长"], J, RZ, {}),
    ("rzj-person-04", "日照这个项目评标的采购人代表是谁", "person", ["鞠文静（采购人代表）"], J, RZ, {}),
    ("rzj-person-05", "日照实训基地中标结果出来了 有问题找代理公司哪位", "person", ["宫立新", "0633-8239516"], J, RZ,
     {"two": True}),
    ("rzj-person-fu-01", "联合体另一家是谁 负责啥", "person", ["日照海岸数字科技有限公司", "承担实训数字孪生软件的开发和培训服务"], J, RZ,
     {"context": ["日照海洋工程职业学校实训基地包1中标的是哪家"], "two": True}),
    ("rzj-person-06", "日照实训基地招标公告的项目联系人和中标公告的是同一个人吗", "person", ["项目联系人：郝雨菲", "项目联系人：宫立新"], J,
     RZ, {"docs": BOTH}),
    # time
    ("rzz-time-01", "日照海洋工程职业学校实训基地设备采购 投标截止到啥时候", "time", ["提交投标文件截止时间：2026年9月29日9点30分"], Z,
     RZ, {}),
    ("rzz-time-02", "日照这个实训基地招标文件什么时候可以下载", "time", ["2026年9月8日至2026年9月16日"], Z, RZ, {}),
    ("rzz-time-03", "日照港航物流实训基地 中标后设备多长时间要装好交付", "time",
     ["自合同签订之日起90日内完成供货、安装、调试并交付使用"], Z, RZ, {}),
    ("rzz-time-04", "日照实训基地包4的管理平台 签合同后多久要上线", "time", ["自合同签订之日起60日内完成部署上线"], Z, RZ, {}),
    ("rzz-time-05", "日照这个招标公告挂多少天", "time", ["自本公告发布之日起5个工作日"], Z, RZ, {}),
    ("rzz-time-06", "觉得日照实训基地的招标文件有问题 多少天内要提质疑", "time", ["之日起7个工作日内一次性提出"], Z, RZ, {}),
    ("rzz-time-07", "日照这个实训基地项目的设备质保期多长", "time", ["包1、包2、包3不少于3年，包4不少于2年"], Z, RZ, {}),
    ("rzz-time-09", "日照港航物流实训基地 质疑答复不满意的话 多少天内可以投诉", "time", ["答复期满后15个工作日内"], Z, RZ, {}),
    ("rzz-time-fu-01", "那开标呢 在哪开", "time", ["开标时间：2026年9月29日9点30分", "日照市公共资源交易中心第三开标室"], Z, RZ,
     {"context": ["日照港航物流实训基地投标截止是什么时候"], "two": True}),
    ("rzj-time-01", "日照实训基地中标结果公告以后 多长时间内要签合同", "time", ["自中标通知书发出之日起30日内签订政府采购合同"], J,
     RZ, {}),
    ("rzj-time-02", "日照海洋工程职业学校这个项目是哪天开标评标的", "time", ["2026年9月29日"], J, RZ, {}),
    ("rzj-time-03", "日照这个中标结果公告期是几天", "time", ["自本公告发布之日起1个工作日"], J, RZ, {}),
    ("rzj-time-04", "对日照实训基地中标结果有异议 几天内能质疑", "time", ["本公告期限届满之日起7个工作日内"], J, RZ, {}),
    ("rzj-time-fu-01", "合同签完多久要公告", "time", ["自政府采购合同签订之日起2个工作日内"], J, RZ,
     {"context": ["日照实训基地中标后多久签合同"]}),
    # count
    ("rzz-count-01", "日照海洋工程职业学校实训基地采购分了几个包", "count", ["共分4个包"], Z, RZ, {}),
    ("rzz-count-fu-01", "那包1最多几家组成联合体", "count", ["联合体成员不得超过2家"], Z, RZ,
     {"context": ["日照实训基地招标哪几个包不接受联合体"]}),
    ("rzj-count-01", "日照实训基地评标委员会有几个人", "count", ["评标委员会由5人组成"], J, RZ, {}),
    ("rzj-count-02", "日照那个实训基地包3有几家来投标", "count", ["提交投标文件的供应商只有2家"], J, RZ, {}),
    ("rzj-count-03", "日照这个项目最后几个包定了中标的", "count", ["包1、包2、包4确定中标供应商"], J, RZ, {}),
    ("rzj-count-04", "日照实训基地的评审专家有几个 不算采购人代表", "count", ["綦国栋、孔令宇、邵明霞、卜庆海（以上为评审专家）"], J,
     RZ, {}),
    ("rzj-count-05", "日照实训基地包1中标的联合体由几家公司组成", "count",
     ["日照港联智能装备有限公司（联合体牵头人）", "日照海岸数字科技有限公司（联合体成员）"], J, RZ, {}),
    # yesno
    ("rzz-yesno-01", "我们公司想跟另一家联合投日照实训基地的包2 可以吗", "yesno", ["包2、包3、包4不接受联合体投标"], Z, RZ, {}),
    ("rzz-yesno-02", "日照海洋工程职业学校实训基地能投进口设备吗", "yesno", ["是否接受进口产品：否"], Z, RZ, {}),
    ("rzz-yesno-03", "我们是大企业 能投日照那个实训基地的包4信息化平台吗", "yesno", ["包4专门面向中小企业采购"], Z, RZ, {}),
    ("rzz-yesno-04", "日照这个项目投标要交投标保证金吗", "yesno", ["本项目免收投标担保"], Z, RZ, {}),
    ("rzz-yesno-05", "日照实训基地的招标文件要花钱买吗", "yesno", ["售价：0元"], Z, RZ, {}),
    ("rzz-yesno-07", "日照实训基地中标以后能把部分活分包出去吗", "yesno", ["本项目不允许分包、转包"], Z, RZ, {}),
    ("rzz-yesno-08", "我们老板同时管两家公司 能都投日照实训基地包2吗", "yesno", ["不得参加同一包的投标"], Z, RZ, {}),
    ("rzz-yesno-09", "投日照实训基地的项目 监狱企业算不算小微企业", "yesno", ["监狱企业、残疾人福利性单位视同小型、微型企业"], Z,
     RZ, {}),
    ("rzj-yesno-01", "日照海洋工程职业学校实训基地包3定下来中标的了吗", "yesno", ["包3予以废标"], J, RZ, {}),
    ("rzj-yesno-02", "日照这个项目包2中标的那家享受小微企业价格扣除了吗", "yesno", ["评审时其报价享受了10%的价格扣除"], J, RZ, {}),
    ("rzj-yesno-fu-01", "之后还会重新招吗", "yesno", ["采购人将对包3依法重新组织采购"], J, RZ, {"context": ["日照实训基地包3为啥废标"]}),
    # list
    ("rzz-list-01", "日照海洋工程职业学校实训基地采购都买哪些东西", "list",
     ["智能港口装卸实训系统", "冷链物流仓储实训设备", "船舶机电实训设备", "实训基地信息化管理平台"], Z, RZ, {}),
    ("rzz-list-02", "投日照实训基地的项目 有哪些失信情况不让参加", "list",
     ["失信被执行人", "重大税收违法失信主体", "政府采购严重违法失信行为记录名单"], Z, RZ, {}),
    ("rzz-list-03", "日照这个招标公告在哪些网站发布", "list", ["中国政府采购网", "山东政府采购网和日照市公共资源交易平台发布"], Z, RZ,
     {}),
    ("rzz-list-04", "日照实训基地招标的特定资格要求都有哪些", "list",
     ["电子与智能化工程专业承包二级及以上资质", "制造商出具的授权书", "信息安全管理体系认证证书"], Z, RZ, {}),
    ("rzz-list-05", "日照港航物流实训基地履约担保能用哪些形式", "list", ["银行保函、保险保函等非现金形式"], Z, RZ, {}),
    ("rzj-list-01", "日照实训基地这次都是哪些公司中标了", "list",
     ["日照港联智能装备有限公司", "日照海岸数字科技有限公司", "日照冷链云仓设备有限公司", "日照智汇职教软件有限公司"], J, RZ, {}),
    ("rzj-list-02", "日照海洋工程职业学校实训基地评审专家名单有谁", "list", ["綦国栋", "孔令宇", "邵明霞", "卜庆海"], J, RZ, {}),
    ("rzj-list-03", "日照这个项目中标的里面哪些是小微企业", "list",
     ["日照冷链云仓设备有限公司为小型企业", "日照智汇职教软件有限公司为微型企业"], J, RZ, {}),
    # docfact
    ("rzz-docfact-01", "日照海洋工程职业学校实训基地设备采购项目编号是多少", "docfact", ["RZHY-GK-2026-018"], Z, RZ, {}),
    ("rzz-docfact-02", "日照这个实训基地是用什么方式采购的", "docfact", ["采购方式：公开招标"], Z, RZ, {}),
    ("rzz-docfact-03", "日照港航物流实训基地招标公告是哪天发的", "docfact", ["2026年9月8日"], Z, RZ, {}),
    ("rzz-docfact-04", "日照这个实训基地招标公告后面带了哪些附件", "docfact",
     ["招标文件（RZHY-GK-2026-018）.pdf", "中小企业声明函（格式）.docx", "采购需求技术参数表.xlsx"], Z, RZ, {}),
    ("rzz-docfact-05", "日照实训基地这个项目的钱从哪来", "docfact", ["中央财政现代职业教育质量提升计划资金和市级财政资金"], Z, RZ, {}),
    ("rzz-docfact-06", "日照这个项目评标用的什么办法", "docfact", ["评标方法为综合评分法"], Z, RZ, {}),
    ("rzj-docfact-01", "日照实训基地中标结果公告哪天发布的", "docfact", ["2026年10月14日"], J, RZ, {}),
    ("rzj-docfact-02", "日照实训基地包3废标依据的是哪条法律", "docfact", ["《中华人民共和国政府采购法》第三十六条"], J, RZ, {}),
    ("rzj-docfact-03", "日照这个项目包1中标设备是什么品牌型号", "docfact", ["品牌：港联", "规格型号：GL-PORT-3"], J, RZ, {}),
    ("rzj-docfact-04", "日照实训基地招标公告哪天发的 中标结果又是哪天公布的", "docfact", ["2026年9月8日", "2026年10月14日"], J, RZ,
     {"docs": BOTH, "two": True}),
    # general
    ("rzz-general-01", "日照实训基地的招标文件怎么获取", "general",
     ["使用数字证书登录日照市公共资源交易平台", "“我要投标”栏目免费下载招标文件"], Z, RZ, {}),
    ("rzz-general-02", "日照这个项目报价超过最高限价会怎样", "general", ["其投标无效"], Z, RZ, {}),
    ("rzz-general-03", "日照实训基地包1联合体投标有啥要求", "general", ["联合体各方应当签订联合协议，明确牵头人和各方承担的工作"], Z,
     RZ, {}),
    ("rzz-general-04", "日照港航物流实训基地的设备送到哪里", "general", ["日照市海洋工程职业学校实训楼"], Z, RZ, {}),
    ("rzz-general-05", "日照这个实训基地项目中标后怎么付款", "general", ["经采购人验收合格后30日内，采购人支付合同总价款"], Z, RZ,
     {}),
    ("rzz-general-fu-01", "投标文件怎么交", "general", ["通过交易平台上传加密的电子投标文件"], Z, RZ,
     {"context": ["日照实训基地招标文件在哪下载"]}),
    ("rzz-general-06", "日照这个实训基地中标了履约担保交多少 什么时候交", "general", ["金额为合同金额的5%", "在签订合同前提交履约担保"],
     Z, RZ, {"docs": BOTH, "two": True}),
    ("rzj-general-01", "日照实训基地包3为啥废标", "general", ["提交投标文件的供应商只有2家，不足3家"], J, RZ, {}),
    ("rzj-general-02", "日照实训基地中标了 签合同之前中标的要先做什么", "general", ["在签订合同前提交履约担保"], J, RZ, {}),
    ("rzj-general-03", "日照那个实训基地包3重新采购的话 我们之前投过的还能再投吗", "general", ["本次已提交投标文件的供应商可以重新参加投标"],
     J, RZ, {}),
    # region-scoped — a 区 / 县 of 日照市
    ("rzz-rs-01", "我们是岚山区一家智能装备公司 想投日照海洋工程职业学校实训基地包1 要什么资质", "region-scoped",
     ["电子与智能化工程专业承包二级及以上资质"], Z, LS, {}),
    ("rzz-rs-02", "五莲县一家小微企业投日照那个港航物流实训基地包2 价格能扣多少", "region-scoped",
     ["对符合规定的小微企业报价给予10%的扣除"], Z, WL, {}),
    ("rzz-rs-03", "东港区的软件公司想投日照海洋工程职业学校那个信息化平台 要啥证书", "region-scoped", ["信息安全管理体系认证证书"], Z,
     DG, {}),
    ("rzz-rs-04", "我们在东港区 去日照公共资源交易中心开标 具体地址在哪", "region-scoped", ["日照市海曲中路188号"], Z, DG, {}),
    ("rzz-rs-fu-01", "日照海洋工程职业学校实训基地包2能不能跟别人组联合体投", "region-scoped", ["包2、包3、包4不接受联合体投标"], Z, WL,
     {"context": ["我们是五莲县一家冷链设备经销商"]}),
    ("rzj-rs-01", "岚山区一家船舶设备公司投了日照实训基地包3 结果怎么样", "region-scoped", ["包3予以废标"], J, LS, {}),
    ("rzj-rs-02", "五莲县的企业想知道日照实训基地包2中标的是哪家 中了多少钱", "region-scoped", ["日照冷链云仓设备有限公司", "352.60"],
     J, WL, {"two": True}),
    ("rzj-rs-03", "东港区一家公司对日照实训基地中标结果不服 几天内能质疑", "region-scoped", ["本公告期限届满之日起7个工作日内"], J, DG,
     {}),
    ("rzj-rs-fu-01", "我们的代理服务费是多少", "region-scoped", ["包1为4.52万元"], J, LS,
     {"context": ["我是岚山区一家装备公司的 我们联合体中了日照实训基地包1"]}),
    # outofscope (this region)
    ("x-f33-outofscope-01", "日照万平口海滨几月份去人少", "outofscope", None, None, RZ, {}),
    ("x-f33-outofscope-02", "五莲山门票多少钱", "outofscope", None, None, WL, {}),
    ("x-f33-outofscope-03", "日照绿茶哪个牌子好喝", "outofscope", None, None, RZ, {}),
    # unstated — in the domain, stated by neither document: give-away words in no document of any round
    ("x-f33-unstated-01", "日照海洋工程职业学校实训基地投标前组织现场踏勘吗", "unstated", None, None, RZ, {}),
    ("x-f33-unstated-02", "日照实训基地投标要不要送样品", "unstated", None, None, RZ, {}),
    ("x-f33-unstated-03", "日照这个项目开标前有没有答疑会", "unstated", None, None, RZ, {}),
    ("x-f33-unstated-04", "日照实训基地投标有效期是多少天", "unstated", None, None, RZ, {}),
    ("x-f33-unstated-05", "日照海洋工程职业学校这个项目的采购意向是啥时候公开的", "unstated", None, None, RZ, {}),
    ("x-f33-unstated-06", "日照实训基地评标的时候价格分占多少", "unstated", None, None, RZ, {}),
    # region-clash — other cities of the province with no document of their own
    ("x-f33-clash-01", "威海市职业学校的产教融合实训基地设备采购 投标截止是哪天", "region-clash", None, None, WH, {}),
    ("x-f33-clash-02", "东营市那个产教融合实训基地招标 包1最高限价多少", "region-clash", None, None, DY, {}),
    ("x-f33-clash-03", "临沂市产教融合实训基地采购项目中标的是哪家公司", "region-clash", None, None, LY, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f33-unstated-01": ["踏勘"],
    "x-f33-unstated-02": ["样品"],
    "x-f33-unstated-03": ["答疑会"],
    "x-f33-unstated-04": ["投标有效期"],
    "x-f33-unstated-05": ["采购意向"],
    "x-f33-unstated-06": ["价格分"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"rzj-docfact-05": "智汇", "rzz-general-07": "海曲"}
QUESTIONS += [
    ("rzj-docfact-05", "智汇职教软件公司中标的那个平台叫啥名 多少钱", "docfact", ["智汇实训基地管理平台V3.0", "128.50"], J, "",
     {"two": True}),
    ("rzz-general-07", "海曲中路188号那个交易中心 开标是在第几开标室", "general", ["第三开标室"], Z, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["rzz-amount-01", "rzz-person-03", "rzz-docfact-03", "rzj-docfact-01", "rzj-time-01", "rzz-time-05", "rzj-time-03",
        "rzj-person-03"]
