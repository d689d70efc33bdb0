"""Questions of fresh31-dev.jsonl (内蒙古自治区锡林郭勒盟: the 《锡林郭勒盟产教融合联盟章程》 with its cover notice (锡草职院发〔2026〕27号)
as a LibreOffice .docx, and the 关于公布锡林郭勒盟产教融合联盟首批成员单位名单的公告 (锡产教盟〔2026〕3号) as a portal .html page with
the roster <table>). Written from the documents only. Rules — conditions, procedures, terms, fees, quorums and majorities — are
asked from the 章程 (`doc` = the .docx); names, counts, 职务, persons, contacts and the dates of the next steps from the 公告
(`doc` = the .html page).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
XL = "内蒙古自治区锡林郭勒盟"
XLHT = XL + "锡林浩特市"
ELHT = XL + "二连浩特市"
DL = XL + "多伦县"
ZLQ = XL + "正蓝旗"
XHQ = XL + "镶黄旗"
SNTZ = XL + "苏尼特左旗"
DWQ = XL + "东乌珠穆沁旗"
XWQ = XL + "西乌珠穆沁旗"
TPS = XL + "太仆寺旗"
XAM = "内蒙古自治区兴安盟"
ALS = "内蒙古自治区阿拉善盟"
WH = "内蒙古自治区乌海市"
Z = "xilinguole-lianmeng-zhangcheng"
G = "xilinguole-mingdan-gonggao"
BOTH = [Z, G]

QUESTIONS = [
    # amount — fees and the quorums / majorities (比例), all in the 章程
    ("xlz-amount-01", "我们是锡林郭勒一家企业 当个普通成员单位一年会费多少钱", "amount", ["成员单位每年3000元"], Z, XL, {}),
    ("xlz-amount-02", "锡林郭勒产教融合联盟理事长单位一年交多少会费", "amount", ["理事长单位每年3.2万元"], Z, XL, {}),
    ("xlz-amount-03", "锡盟产教融合联盟的副理事长单位会费一年多少", "amount", ["副理事长单位每年1.6万元"], Z, XL, {}),
    ("xlz-amount-04", "锡林郭勒联盟理事单位每年会费交多少", "amount", ["理事单位每年8000元"], Z, XL, {}),
    ("xlz-amount-05", "锡林郭勒产教融合联盟开会员大会 得有多少会员单位到场才能开", "amount", ["三分之二以上的会员单位出席"], Z, XL,
     {}),
    ("xlz-amount-06", "锡林郭勒联盟会员大会表决 过多少票决议才算通过", "amount", ["到会会员单位过半数表决通过"], Z, XL, {}),
    ("xlz-amount-07", "锡林郭勒产教融合联盟理事会作决议要多少理事单位同意", "amount", ["到会理事单位三分之二以上表决通过"], Z,
     XL, {}),
    ("xlz-amount-08", "锡林郭勒联盟想改章程 要多少会员单位联名才能提", "amount", ["五分之一以上的会员单位联名提出"], Z, XL, {}),
    ("xlz-amount-09", "锡林郭勒联盟理事单位想开个临时理事会 得有多少家提议", "amount", ["三分之一以上的理事单位提议"], Z, XL, {}),
    ("xlz-amount-10", "锡林郭勒联盟要是解散 会员大会得多少票通过", "amount", ["到会会员单位三分之二以上表决通过"], Z, XL, {}),
    ("xlz-amount-11", "锡林郭勒联盟2026年度会费最晚哪天交 我们成员单位交多少", "amount", ["2026年8月14日", "成员单位每年3000元"],
     Z, XL, {"docs": BOTH, "two": True}),
    ("xlz-amount-fu-01", "那普通成员单位呢", "amount", ["成员单位每年3000元"], Z, XL,
     {"context": ["锡林郭勒产教融合联盟理事长单位会费一年多少"]}),
    ("xlz-amount-fu-02", "那理事会呢", "amount", ["三分之二以上的理事单位出席"], Z, XL,
     {"context": ["锡林郭勒联盟会员大会要多少会员到场才能开"]}),
    # person
    ("xlg-person-01", "锡林郭勒产教融合联盟理事长是谁", "person", ["毕力格图"], G, XL, {}),
    ("xlg-person-02", "锡林郭勒联盟现在的秘书长是哪位", "person", ["高雅琴"], G, XL, {}),
    ("xlg-person-03", "想加入锡林郭勒产教融合联盟 秘书处联系人是谁 电话多少", "person", ["苏日娜", "0479-8263157"], G, XL,
     {"two": True}),
    ("xlg-person-04", "锡林郭勒联盟秘书处具体设在学院哪个部门", "person", ["产教融合处"], G, XL, {}),
    ("xlz-person-01", "锡林郭勒产教融合联盟的业务主管单位是哪个部门", "person", ["锡林郭勒盟教育局"], Z, XL, {}),
    ("xlz-person-02", "锡林郭勒联盟是谁牵头搞起来的", "person", ["由锡林郭勒草原职业技术学院牵头"], Z, XL, {}),
    ("xlz-person-03", "锡林郭勒联盟秘书长按规定由谁聘任", "person", ["由理事长提名，理事会聘任"], Z, XL, {}),
    ("xlz-person-04", "锡林郭勒联盟理事长不能履职的时候谁来代", "person", ["由理事长委托一名副理事长单位负责人代为履行"], Z, XL,
     {}),
    ("xlz-person-05", "锡林郭勒联盟的业务指导单位有哪些", "person", ["锡林郭勒盟发展和改革委员会", "锡林郭勒盟人力资源和社会保障局"], Z,
     XL, {}),
    ("xlz-person-06", "锡林郭勒联盟专业工作组的组长单位由谁来定", "person", ["由理事会在副理事长单位和理事单位中确定"], Z, XL, {}),
    ("xlz-person-07", "锡林郭勒联盟秘书长现在是谁 章程规定秘书长是怎么产生的", "person", ["高雅琴", "由理事长提名，理事会聘任"], Z,
     XL, {"docs": BOTH, "two": True}),
    ("xlg-person-fu-01", "秘书长呢", "person", ["高雅琴"], G, XL, {"context": ["锡林郭勒产教融合联盟理事长是谁"]}),
    # time
    ("xlg-time-01", "锡林郭勒产教融合联盟第二批成员单位申请啥时候截止", "time", ["2026年9月18日"], G, XL, {}),
    ("xlg-time-02", "锡林郭勒联盟首届理事会第一次会议哪天开", "time", ["2026年7月23日"], G, XL, {}),
    ("xlg-time-03", "锡林郭勒联盟2026年的会费最晚哪天交", "time", ["2026年8月14日"], G, XL, {}),
    ("xlz-time-01", "锡林郭勒联盟会员大会多久开一次", "time", ["每四年召开一次"], Z, XL, {}),
    ("xlz-time-02", "锡林郭勒联盟理事会一届干几年", "time", ["每届任期四年"], Z, XL, {}),
    ("xlz-time-03", "锡林郭勒联盟理事会多长时间开一次会", "time", ["每半年至少召开一次会议"], Z, XL, {}),
    ("xlz-time-04", "锡林郭勒联盟入会材料交上去 秘书处多久审完", "time", ["12个工作日内"], Z, XL, {}),
    ("xlz-time-05", "锡林郭勒联盟会员想退出 要提前多久打招呼", "time", ["提前一个月书面通知"], Z, XL, {}),
    ("xlz-time-06", "锡林郭勒联盟章程改完以后多少天内要报教育局备案", "time", ["15日内报业务主管单位备案"], Z, XL, {}),
    ("xlz-time-07", "锡林郭勒联盟被除名的单位过几年才能再申请入会", "time", ["三年内不得重新申请入会"], Z, XL, {}),
    ("xlz-time-fu-01", "理事会任期呢", "time", ["每届任期四年"], Z, XL, {"context": ["锡林郭勒联盟会员大会几年开一次"]}),
    ("xlg-time-fu-01", "首次理事会啥时候开", "time", ["2026年7月23日"], G, XL,
     {"context": ["锡林郭勒产教融合联盟第二批什么时候截止申请"]}),
    # count
    ("xlg-count-01", "锡林郭勒产教融合联盟首批有多少家成员单位", "count", ["47家"], G, XL, {}),
    ("xlg-count-02", "锡林郭勒联盟首批里企业有几家 院校几家", "count", ["企业30家", "院校8家"], G, XL, {"two": True}),
    ("xlg-count-03", "锡林郭勒联盟副理事长单位现在一共几家", "count", ["副理事长单位5家"], G, XL, {}),
    ("xlg-count-04", "锡林郭勒联盟首批理事单位有多少家", "count", ["理事单位12家"], G, XL, {}),
    ("xlg-count-05", "锡林郭勒联盟首批成员单位覆盖了几个旗县市", "count", ["12个旗县市"], G, XL, {}),
    ("xlg-count-06", "锡林郭勒联盟首批单位里科研院所几家", "count", ["科研院所4家"], G, XL, {}),
    ("xlz-count-01", "锡林郭勒联盟最多能有几个副理事长单位", "count", ["副理事长单位不超过7家"], Z, XL, {}),
    ("xlz-count-02", "锡林郭勒联盟理事会下面设了几个专业工作组", "count", ["4个专业工作组"], Z, XL, {}),
    ("xlz-count-03", "锡林郭勒联盟秘书长设几名", "count", ["秘书长1名"], Z, XL, {}),
    ("xlg-count-07", "锡林郭勒联盟首批有几家行业协会 它们用不用交会费", "count", ["行业协会5家", "行业协会会员免交会费"], G, XL,
     {"docs": BOTH, "two": True}),
    ("xlg-count-fu-01", "里面行业协会几家", "count", ["行业协会5家"], G, XL,
     {"context": ["锡林郭勒产教融合联盟首批一共多少家单位"]}),
    # yesno
    ("xlz-yesno-01", "我们是锡林郭勒的行业协会 加入产教融合联盟要交会费吗", "yesno", ["行业协会会员免交会费"], Z, XL, {}),
    ("xlz-yesno-02", "锡林郭勒联盟个人能不能入会", "yesno", ["不发展个人会员"], Z, XL, {}),
    ("xlz-yesno-03", "锡林郭勒联盟退出以后已经交的会费能退吗", "yesno", ["已交纳的会费不予退还"], Z, XL, {}),
    ("xlz-yesno-04", "锡林郭勒产教融合联盟有独立法人资格吗", "yesno", ["不具有独立法人资格"], Z, XL, {}),
    ("xlz-yesno-05", "锡林郭勒一家企业刚成立一年 能申请加入联盟吗", "yesno", ["企业成立满2年"], Z, XL, {}),
    ("xlz-yesno-06", "锡林郭勒联盟会员两年都没参加过活动 还算会员吗", "yesno", ["视为自动退出"], Z, XL, {}),
    ("xlg-yesno-01", "锡林郭勒联盟第二批现在能申请了吗", "yesno", ["即日起开始受理"], G, XL, {}),
    ("xlg-yesno-02", "锡林郭勒草原技师学院是不是联盟副理事长单位", "yesno", ["锡林郭勒盟草原技师学院", "副理事长单位"], G, XL, {}),
    ("xlz-yesno-fu-01", "那在外地注册的企业呢", "yesno", ["在盟内设有分支机构、生产基地"], Z, XL,
     {"context": ["锡林郭勒联盟个人能入会吗"]}),
    # list
    ("xlg-list-01", "锡林郭勒联盟副理事长单位都是哪几家", "list",
     ["锡林郭勒草原羊业集团有限公司", "西乌珠穆沁旗草原乳品有限公司", "阿巴嘎旗风电装备制造有限公司", "正蓝旗元上都文化旅游发展有限公司",
      "锡林郭勒盟草原技师学院"], G, XL, {}),
    ("xlg-list-02", "锡林郭勒联盟首批里有哪些科研院所", "list",
     ["锡林郭勒盟农牧业科学研究所", "锡林郭勒盟畜牧兽医研究所", "锡林郭勒盟草原生态研究院", "锡林郭勒盟风光储能技术研究中心"], G, XL,
     {}),
    ("xlg-list-03", "锡林郭勒联盟里的行业协会都有哪些", "list",
     ["锡林郭勒盟乳业协会", "锡林郭勒盟新能源产业协会", "锡林郭勒盟肉类协会", "锡林郭勒盟旅游协会", "锡林郭勒盟电子商务协会"], G, XL,
     {}),
    ("xlz-list-01", "锡林郭勒联盟理事会下面有哪几个专业工作组", "list", ["畜牧兽医", "乳肉加工", "新能源装备", "草原文旅"], Z, XL,
     {}),
    ("xlz-list-02", "锡林郭勒联盟的经费都从哪来", "list", ["会费", "政府购买服务收入", "承接合作项目取得的收入", "其他合法收入"], Z,
     XL, {}),
    ("xlz-list-03", "加入锡林郭勒产教融合联盟要满足哪些条件", "list",
     ["拥护本章程", "依法登记注册或者设立", "企业成立满2年", "与联盟业务相关的专业或者研究方向", "在本行业具有一定代表性"], Z, XL, {}),
    ("xlz-list-04", "锡林郭勒联盟会员要尽哪些义务", "list",
     ["执行联盟决议", "维护联盟的合法权益和声誉", "按照规定交纳会费", "每年至少参加一次联盟组织的活动", "提供有关资料"], Z, XL, {}),
    ("xlz-list-05", "锡林郭勒联盟什么情况下会被除名", "list", ["严重违反本章程的", "损害联盟声誉", "被列入严重失信主体名单"], Z, XL,
     {}),
    # docfact
    ("xlz-docfact-01", "锡林郭勒产教融合联盟章程是哪天通过的", "docfact", ["2026年6月3日"], Z, XL, {}),
    ("xlz-docfact-02", "锡林郭勒联盟章程从什么时候开始生效", "docfact", ["自通过之日起生效"], Z, XL, {}),
    ("xlz-docfact-03", "锡林郭勒联盟章程的解释权归谁", "docfact", ["解释权属于联盟理事会"], Z, XL, {}),
    ("xlz-docfact-04", "印发锡林郭勒联盟章程的那个通知文号是多少", "docfact", ["锡草职院发〔2026〕27号"], Z, XL, {}),
    ("xlz-docfact-05", "锡林郭勒联盟章程是哪天印发的", "docfact", ["2026年6月17日"], Z, XL, {}),
    ("xlz-docfact-06", "锡林郭勒联盟章程哪天印发的 成员名单公告又是哪天发的", "docfact", ["2026年6月17日", "2026年6月23日"], Z, XL,
     {"docs": BOTH, "two": True}),
    ("xlg-docfact-01", "锡林郭勒联盟首批成员单位名单公告的文号是啥", "docfact", ["锡产教盟〔2026〕3号"], G, XL, {}),
    ("xlg-docfact-02", "锡林郭勒联盟成员名单公告落款是哪天", "docfact", ["2026年6月23日"], G, XL, {}),
    ("xlg-docfact-03", "锡林郭勒联盟那个名单公告在盟行政公署网站上是哪天发布的", "docfact", ["2026-06-25"], G, XL, {}),
    ("xlg-docfact-04", "锡林郭勒联盟秘书处的邮箱是多少", "docfact", ["xlglm_cjrh@163.com"], G, XL, {}),
    ("xlg-docfact-05", "锡林郭勒联盟名单公告的索引号多少", "docfact", ["115225000117358942/2026-00731"], G, XL, {}),
    ("xlg-docfact-06", "锡林郭勒联盟秘书处地址在哪 我想去现场交材料", "docfact", ["锡林浩特市学府大街16号"], G, XL, {}),
    # general
    ("xlz-general-01", "锡林郭勒产教融合联盟是干啥的 宗旨是什么", "general", ["深化产教融合、校企合作"], Z, XL, {}),
    ("xlz-general-02", "锡林郭勒联盟入会流程是怎样的", "general", ["提交入会申请表", "12个工作日内完成审核", "发放会员证书"], Z, XL,
     {}),
    ("xlz-general-03", "锡林郭勒联盟的经费怎么管", "general", ["设立专门账目管理", "不得在会员中分配"], Z, XL, {}),
    ("xlz-general-04", "锡林郭勒联盟要是解散了剩下的钱怎么处理", "general", ["用于与联盟宗旨相关的事业"], Z, XL, {}),
    ("xlz-general-05", "锡林郭勒联盟想当理事单位有啥要求", "general", ["入会满1年", "示范带动作用"], Z, XL, {}),
    ("xlz-general-06", "锡林郭勒联盟理事长有哪些职权", "general", ["召集和主持理事会", "代表联盟签署有关重要文件"], Z, XL, {}),
    ("xlz-general-07", "锡林郭勒联盟平时都开展哪些业务", "general", ["搭建院校与企业对接平台", "订单培养和现场工程师培养"], Z, XL, {}),
    ("xlg-general-01", "锡林郭勒联盟首届理事会第一次会议要讨论啥", "general", ["审议联盟2026年度工作计划", "组长单位"], G, XL, {}),
    ("xlg-general-02", "锡林郭勒联盟首批成员单位的会员证书什么时候发", "general", ["会员证书在会上颁发"], G, XL, {}),
    # region-scoped — a 旗县市 of 锡林郭勒盟
    ("xlg-rs-01", "多伦县有哪几家单位进了锡林郭勒联盟首批名单", "region-scoped",
     ["多伦县新能源储能科技有限公司", "多伦县职业中等专业学校", "多伦县湿地旅游开发有限公司", "多伦县工程机械维修有限公司"], G, DL, {}),
    ("xlg-rs-02", "正蓝旗元上都文化旅游发展有限公司在联盟里是什么职务", "region-scoped", ["副理事长单位"], G, ZLQ, {}),
    ("xlg-rs-03", "二连浩特市口岸职业学校是理事单位还是成员单位", "region-scoped", ["二连浩特市口岸职业学校", "理事单位"], G, ELHT,
     {}),
    ("xlg-rs-04", "苏尼特左旗有哪家单位入选了产教融合联盟", "region-scoped",
     ["苏尼特左旗羊绒制品有限公司", "苏尼特左旗骆驼奶制品有限公司"], G, SNTZ, {}),
    ("xlg-rs-05", "东乌旗牧业技术学校在联盟里是什么身份", "region-scoped", ["东乌珠穆沁旗牧业技术学校", "成员单位"], G, DWQ, {}),
    ("xlz-rs-01", "我们是镶黄旗一家做绒毛加工的企业 成立一年半 能加入产教融合联盟吗", "region-scoped", ["企业成立满2年"], Z, XHQ,
     {}),
    ("xlz-rs-02", "多伦县新能源储能科技有限公司是理事单位 一年会费多少", "region-scoped", ["理事单位每年8000元"], Z, DL, {}),
    ("xlg-rs-fu-01", "我们学校进联盟首批名单了吗 是什么职务", "region-scoped", ["太仆寺旗职业技术学校", "成员单位"], G, TPS,
     {"context": ["我是太仆寺旗职业技术学校的老师"]}),
    ("xlz-rs-fu-01", "一年会费要交多少", "region-scoped", ["副理事长单位每年1.6万元"], Z, XWQ,
     {"context": ["我们是西乌旗一家乳品企业 是锡林郭勒产教融合联盟的副理事长单位"]}),
    # outofscope (this region)
    ("x-f31-outofscope-01", "锡林郭勒草原夏天去哪儿骑马好玩", "outofscope", None, None, XL, {}),
    ("x-f31-outofscope-02", "锡林浩特哪家手把肉好吃", "outofscope", None, None, XLHT, {}),
    ("x-f31-outofscope-03", "锡盟今年那达慕大会几号开", "outofscope", None, None, XL, {}),
    # unstated — in the domain, stated by no document (the words are in no document of any round)
    ("x-f31-unstated-01", "锡林郭勒产教融合联盟有没有会徽", "unstated", None, None, XL, {}),
    ("x-f31-unstated-02", "锡林郭勒联盟设不设监事会", "unstated", None, None, XL, {}),
    ("x-f31-unstated-03", "锡林郭勒联盟除了年度会费还要交入会费吗", "unstated", None, None, XL, {}),
    ("x-f31-unstated-04", "锡林郭勒联盟有没有名誉理事长", "unstated", None, None, XL, {}),
    ("x-f31-unstated-05", "锡林郭勒联盟选理事单位是不是无记名投票", "unstated", None, None, XL, {}),
    ("x-f31-unstated-06", "锡林郭勒联盟有官方网站吗 网址多少", "unstated", None, None, XL, {}),
    # region-clash — other 盟市 of 内蒙古 with no document of their own
    ("x-f31-clash-01", "兴安盟产教融合联盟会费一年交多少", "region-clash", None, None, XAM, {}),
    ("x-f31-clash-02", "阿拉善盟产教融合联盟首批有多少家成员单位", "region-clash", None, None, ALS, {}),
    ("x-f31-clash-03", "乌海市产教融合联盟理事长是谁", "region-clash", None, None, WH, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f31-unstated-01": ["会徽"],
    "x-f31-unstated-02": ["监事会"],
    "x-f31-unstated-03": ["入会费"],
    "x-f31-unstated-04": ["名誉理事长"],
    "x-f31-unstated-05": ["无记名投票"],
    "x-f31-unstated-06": ["官方网站"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"xlg-docfact-07": "元上都", "xlz-general-08": "乳肉加工"}
QUESTIONS += [
    ("xlg-docfact-07", "元上都文化旅游发展有限公司进的那个成员名单公告 文号是多少", "docfact", ["锡产教盟〔2026〕3号"], G, "", {}),
    ("xlz-general-08", "乳肉加工专业工作组的组长单位是怎么定的", "general", ["由理事会在副理事长单位和理事单位中确定"], Z, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["xlz-amount-01", "xlg-time-03", "xlg-person-03", "xlz-time-04", "xlz-amount-07", "xlg-time-02", "xlg-count-01",
        "xlz-count-01"]
