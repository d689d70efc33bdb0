"""Questions of fresh31-test.jsonl (四川省眉山市洪雅县: the 《洪雅县县域产教联合体章程》 with its cover notice (洪青职校发〔2026〕19号)
as a LibreOffice PDF, and the 关于公布洪雅县县域产教联合体首批成员单位名单的公告 (洪产教联〔2026〕2号) as a portal's 纯文本 .txt
export with the roster as whitespace-aligned columns and three wrapped unit names). Written from the documents only. Rules —
conditions, procedures, terms, 不收取会费, quorums and majorities — are asked from the 章程 (`doc` = the .pdf); names, counts, 职务,
persons, contacts and the dates of the next steps from the 公告 (`doc` = the .txt).
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL).
"""
HY = "四川省眉山市洪雅县"
HC = HY + "洪川镇"
YP = HY + "余坪镇"
ZG = HY + "止戈镇"
CYT = HY + "槽渔滩镇"
ZB = HY + "中保镇"
DY = HY + "东岳镇"
WWS = HY + "瓦屋山镇"
JJ = HY + "将军镇"
GM = HY + "高庙镇"
DL = "四川省眉山市丹棱县"
QS = "四川省眉山市青神县"
JX = "四川省乐山市夹江县"
Z = "hongya-lianheti-zhangcheng"
G = "hongya-mingdan-gonggao"
BOTH = [Z, G]

QUESTIONS = [
    # amount — quorums and majorities (比例); the 联合体 collects no fees
    ("hyz-amount-01", "洪雅县域产教联合体开成员大会 要多少成员单位到场才能开", "amount", ["须有过半数成员单位出席"], Z, HY, {}),
    ("hyz-amount-02", "洪雅产教联合体成员大会的决议要多少同意才有效", "amount", ["到会成员单位过半数同意"], Z, HY, {}),
    ("hyz-amount-03", "洪雅联合体理事会开会要多少理事单位到场", "amount", ["三分之二以上理事单位出席"], Z, HY, {}),
    ("hyz-amount-04", "洪雅联合体理事会平常作决议要多少理事单位同意", "amount", ["到会理事单位过半数同意"], Z, HY, {}),
    ("hyz-amount-05", "洪雅联合体要把一个成员单位除名 得多少理事单位同意", "amount", ["到会理事单位三分之二以上同意"], Z, HY, {}),
    ("hyz-amount-06", "洪雅联合体想改章程 多少成员单位联名就可以提", "amount", ["三分之一以上成员单位联名提出"], Z, HY, {}),
    ("hyz-amount-07", "洪雅联合体要解散的话成员大会得多少同意", "amount", ["到会成员单位三分之二以上同意"], Z, HY, {}),
    ("hyz-amount-08", "洪雅联合体首次理事会哪天开 开会要多少理事单位到场才行", "amount", ["2026年8月6日", "三分之二以上理事单位出席"],
     Z, HY, {"docs": BOTH, "two": True}),
    ("hyz-amount-fu-01", "那成员大会呢", "amount", ["须有过半数成员单位出席"], Z, HY,
     {"context": ["洪雅县域产教联合体理事会开会要多少理事单位到场"]}),
    ("hyz-amount-fu-02", "除名呢", "amount", ["到会理事单位三分之二以上同意"], Z, HY,
     {"context": ["洪雅联合体理事会决议要多少理事单位同意"]}),
    # person
    ("hyg-person-01", "洪雅县域产教联合体理事长是谁", "person", ["杨启明"], G, HY, {}),
    ("hyg-person-02", "洪雅联合体的秘书长是哪位", "person", ["罗晓梅"], G, HY, {}),
    ("hyg-person-03", "想进洪雅产教联合体找谁联系 电话多少", "person", ["何丽娟", "028-37826514"], G, HY, {"two": True}),
    ("hyg-person-04", "洪雅联合体秘书处在学校哪个办公室", "person", ["校企合作办公室"], G, HY, {}),
    ("hyz-person-01", "洪雅县域产教联合体的业务主管单位是哪个", "person", ["洪雅县教育和体育局"], Z, HY, {}),
    ("hyz-person-02", "洪雅联合体是哪个学校牵头的", "person", ["由洪雅县青衣江职业技术学校牵头"], Z, HY, {}),
    ("hyz-person-03", "洪雅联合体副秘书长由谁推荐", "person", ["由担任副理事长单位的企业推荐"], Z, HY, {}),
    ("hyz-person-04", "洪雅联合体秘书长按章程是怎么产生的", "person", ["秘书长由理事长单位推荐，理事会聘任"], Z, HY, {}),
    ("hyz-person-05", "洪雅联合体副理事长单位是谁推选出来的", "person", ["由理事会从理事单位中推选"], Z, HY, {}),
    ("hyz-person-06", "洪雅联合体的经费归哪个部门监督", "person", ["接受洪雅县教育和体育局监督"], Z, HY, {}),
    ("hyz-person-07", "洪雅联合体秘书处日常运行的钱谁出", "person", ["牵头单位承担秘书处日常运行经费"], Z, HY, {}),
    ("hyz-person-08", "洪雅联合体啥时候聘副秘书长 由谁推荐", "person", ["2026年8月6日", "由担任副理事长单位的企业推荐"], Z, HY,
     {"docs": BOTH, "two": True}),
    ("hyg-person-fu-01", "秘书长呢", "person", ["罗晓梅"], G, HY, {"context": ["洪雅县域产教联合体理事长是谁"]}),
    # time
    ("hyg-time-01", "洪雅县域产教联合体第二批申请受理到哪天", "time", ["2026年10月29日"], G, HY, {}),
    ("hyg-time-02", "洪雅联合体首届理事会第一次会议啥时候开", "time", ["2026年8月6日"], G, HY, {}),
    ("hyg-time-03", "洪雅联合体成员单位的联络人最晚哪天报", "time", ["2026年7月22日"], G, HY, {}),
    ("hyz-time-01", "洪雅联合体成员大会多久开一次", "time", ["每三年召开一次"], Z, HY, {}),
    ("hyz-time-02", "洪雅联合体理事会一届几年", "time", ["每届任期三年"], Z, HY, {}),
    ("hyz-time-03", "洪雅联合体理事会多久开一次会", "time", ["每季度召开一次会议"], Z, HY, {}),
    ("hyz-time-04", "洪雅联合体加入申请交了以后 秘书处多少天给初审意见", "time", ["10个工作日内提出初审意见"], Z, HY, {}),
    ("hyz-time-05", "洪雅联合体成员单位想退出 要提前几天说", "time", ["提前15日书面告知秘书处"], Z, HY, {}),
    ("hyz-time-06", "洪雅联合体成员单位的年度合作情况每年啥时候前报", "time", ["每年12月底前"], Z, HY, {}),
    ("hyz-time-07", "洪雅联合体章程改了以后多少天内要备案", "time", ["20日内"], Z, HY, {}),
    ("hyz-time-08", "洪雅联合体被除名的单位多久以后能重新申请", "time", ["两年内不得重新申请加入联合体"], Z, HY, {}),
    ("hyz-time-fu-01", "理事会任期呢", "time", ["每届任期三年"], Z, HY, {"context": ["洪雅联合体成员大会几年开一次"]}),
    ("hyg-time-fu-01", "第二批申请到啥时候", "time", ["2026年10月29日"], G, HY,
     {"context": ["洪雅县域产教联合体首次理事会哪天开"]}),
    # count
    ("hyg-count-01", "洪雅县域产教联合体首批有多少家成员单位", "count", ["34家"], G, HY, {}),
    ("hyg-count-02", "洪雅联合体首批里企业几家 院校几家", "count", ["企业19家", "院校6家"], G, HY, {"two": True}),
    ("hyg-count-03", "洪雅联合体首批副理事长单位几家", "count", ["副理事长单位4家"], G, HY, {}),
    ("hyg-count-04", "洪雅联合体首批成员单位分布在几个镇", "count", ["全县11个镇"], G, HY, {}),
    ("hyg-count-05", "洪雅联合体首批单位有几家是行业协会", "count", ["行业协会6家"], G, HY, {}),
    ("hyg-count-06", "洪雅联合体首批理事单位有几家", "count", ["理事单位8家"], G, HY, {}),
    ("hyz-count-01", "洪雅联合体最多能有几个副理事长单位", "count", ["副理事长单位不超过5家"], Z, HY, {}),
    ("hyz-count-02", "洪雅联合体下面设了几个专业协作组", "count", ["5个专业协作组"], Z, HY, {}),
    ("hyz-count-03", "洪雅联合体副秘书长设几个", "count", ["副秘书长2名"], Z, HY, {}),
    ("hyg-count-07", "洪雅联合体首批有几家副理事长单位 章程规定最多能有几家", "count", ["副理事长单位4家", "副理事长单位不超过5家"],
     G, HY, {"docs": BOTH, "two": True}),
    ("hyg-count-fu-01", "其中科研院所几家", "count", ["科研院所3家"], G, HY, {"context": ["洪雅县域产教联合体首批一共多少家"]}),
    # yesno
    ("hyz-yesno-01", "我们是洪雅的企业 加入县域产教联合体要交会费吗", "yesno", ["不收取会费"], Z, HY, {}),
    ("hyz-yesno-02", "县外的企业能加入洪雅的产教联合体吗", "yesno", ["经理事会同意，可以作为成员单位加入"], Z, HY, {}),
    ("hyz-yesno-03", "洪雅联合体县外的院校能当理事单位吗", "yesno", ["不担任理事单位以上职务"], Z, HY, {}),
    ("hyz-yesno-04", "洪雅联合体有法人资格吗", "yesno", ["不具有法人资格"], Z, HY, {}),
    ("hyz-yesno-05", "洪雅联合体成员单位一整年没参加活动会被清退吗", "yesno",
     ["连续12个月未参加联合体任何活动的，视为自动退出"], Z, HY, {}),
    ("hyz-yesno-06", "刚注册半年的企业能加入洪雅联合体吗", "yesno", ["企业依法经营满1年"], Z, HY, {}),
    ("hyz-yesno-07", "洪雅联合体成员单位能打着联合体的名义搞营利活动吗", "yesno", ["不得以联合体名义从事营利活动"], Z, HY, {}),
    ("hyg-yesno-01", "洪雅县青衣江职业技术学校是联合体理事长单位吗", "yesno", ["洪雅县青衣江职业技术学校", "理事长单位"], G, HY, {}),
    ("hyg-yesno-02", "洪雅联合体第二批现在还能报名吗", "yesno", ["申请受理至2026年10月29日"], G, HY, {}),
    # list
    ("hyg-list-01", "洪雅县域产教联合体副理事长单位有哪几家", "list",
     ["洪雅县瓦屋山生态茶业有限公司", "四川青衣江乳业有限公司", "洪雅县青竹家居制造有限公司", "洪雅县藤椒食品产业有限公司"], G, HY, {}),
    ("hyg-list-02", "洪雅联合体首批有哪些科研院所", "list", ["洪雅县茶叶科学研究所", "洪雅县林业科学研究所", "洪雅县农业科学研究所"],
     G, HY, {}),
    ("hyg-list-03", "洪雅联合体里有哪些行业协会", "list",
     ["洪雅县茶业协会", "洪雅县旅游协会", "洪雅县竹产业协会", "洪雅县电子商务协会", "洪雅县民宿协会", "洪雅县家具行业协会"], G, HY, {}),
    ("hyg-list-04", "洪雅联合体理事单位都有谁", "list",
     ["洪雅县技工学校", "洪雅县茶叶科学研究所", "洪雅县茶业协会", "洪雅县槽渔滩雅鱼养殖有限公司", "洪雅县高庙康养旅游开发有限公司",
      "四川洪雅智能装备制造有限公司", "洪雅县中保奶牛牧场有限公司", "洪雅县旅游协会"], G, HY, {}),
    ("hyz-list-01", "洪雅联合体设了哪些专业协作组", "list", ["茶产业", "藤椒和乳制品加工", "竹木家居", "生态文旅康养", "智能制造"],
     Z, HY, {}),
    ("hyz-list-02", "洪雅联合体的经费来源有哪些", "list",
     ["牵头单位承担秘书处日常运行经费", "共同承担合作项目经费", "争取各级产教融合项目资金支持", "其他合法收入"], Z, HY, {}),
    ("hyz-list-03", "加入洪雅县域产教联合体要符合哪些条件", "list",
     ["认同本章程", "在洪雅县境内依法登记或者设立", "企业依法经营满1年", "近三年无严重失信记录"], Z, HY, {}),
    ("hyz-list-04", "洪雅联合体主要干哪些事", "list",
     ["调整专业设置", "生产性实训车间", "校企联合招生", "实用技术培训", "兼职任教", "技术攻关和产品研发合作"], Z, HY, {}),
    # docfact
    ("hyz-docfact-01", "洪雅县域产教联合体章程是哪天通过的", "docfact", ["2026年6月25日"], Z, HY, {}),
    ("hyz-docfact-02", "洪雅联合体章程啥时候开始施行", "docfact", ["自通过之日起施行"], Z, HY, {}),
    ("hyz-docfact-03", "洪雅联合体章程谁负责解释", "docfact", ["由联合体理事会负责解释"], Z, HY, {}),
    ("hyz-docfact-04", "洪雅印发联合体章程的那个通知文号是多少", "docfact", ["洪青职校发〔2026〕19号"], Z, HY, {}),
    ("hyz-docfact-05", "洪雅联合体章程是哪天印发的", "docfact", ["2026年6月29日"], Z, HY, {}),
    ("hyz-docfact-06", "洪雅联合体章程哪天印发的 名单公告又是哪天发的", "docfact", ["2026年6月29日", "2026年7月2日"], Z, HY,
     {"docs": BOTH, "two": True}),
    ("hyg-docfact-01", "洪雅县域产教联合体首批名单公告文号多少", "docfact", ["洪产教联〔2026〕2号"], G, HY, {}),
    ("hyg-docfact-02", "洪雅联合体成员名单公告落款日期是哪天", "docfact", ["2026年7月2日"], G, HY, {}),
    ("hyg-docfact-03", "洪雅联合体秘书处邮箱是啥", "docfact", ["hyxycjlht@126.com"], G, HY, {}),
    ("hyg-docfact-04", "洪雅联合体秘书处地址在哪", "docfact", ["洪雅县洪川镇青衣路88号"], G, HY, {}),
    ("hyg-docfact-05", "洪雅联合体名单公告在县政府网上哪天发布的", "docfact", ["2026-07-03"], G, HY, {}),
    # general
    ("hyz-general-01", "洪雅县域产教联合体的宗旨是什么", "general", ["政府引导、学校主体、企业参与、共建共享"], Z, HY, {}),
    ("hyz-general-02", "洪雅联合体加入流程是怎样的", "general", ["提交加入申请表", "10个工作日内提出初审意见", "由秘书处公布"], Z, HY,
     {}),
    ("hyz-general-03", "洪雅联合体的钱怎么管", "general", ["单独建账管理", "每年向理事会报告一次经费收支情况"], Z, HY, {}),
    ("hyz-general-04", "洪雅联合体终止以后剩下的财产怎么处理", "general", ["用于与联合体宗旨相关的事业"], Z, HY, {}),
    ("hyz-general-05", "洪雅联合体理事会由哪些人组成", "general", ["各派一名代表组成"], Z, HY, {}),
    ("hyz-general-06", "洪雅联合体理事会任期满了怎么办", "general", ["召开成员大会进行换届"], Z, HY, {}),
    ("hyz-general-07", "洪雅联合体章程没写到的事情怎么办", "general", ["由理事会研究决定"], Z, HY, {}),
    ("hyg-general-01", "洪雅联合体首次理事会要讨论啥", "general", ["审议2026年度工作计划", "聘任副秘书长"], G, HY, {}),
    ("hyg-general-02", "洪雅联合体让成员单位报联络人 要报哪些信息", "general", ["联络人姓名和手机号码"], G, HY, {}),
    ("hyz-general-fu-01", "那合作项目的钱谁出", "general", ["谁受益、谁投入"], Z, HY,
     {"context": ["洪雅县域产教联合体收不收会费"]}),
    # region-scoped — a 镇 of 洪雅县
    ("hyg-rs-01", "余坪镇有哪些单位进了洪雅联合体首批名单", "region-scoped",
     ["四川青衣江乳业有限公司", "四川洪雅智能装备制造有限公司", "洪雅县农民科技教育培训中心", "洪雅县农业科学研究所"], G, YP, {}),
    ("hyg-rs-02", "我们是槽渔滩镇的雅鱼养殖公司 在联合体里是啥职务", "region-scoped", ["洪雅县槽渔滩雅鱼养殖有限公司", "理事单位"],
     G, CYT, {}),
    ("hyg-rs-03", "高庙镇那家森林康养旅游服务公司进名单了吗", "region-scoped", ["洪雅县高庙森林康养旅游服务有限公", "成员单位"],
     G, GM, {}),
    ("hyg-rs-04", "东岳镇有几家单位是联合体成员", "region-scoped",
     ["洪雅县东岳木业有限公司", "洪雅县东岳竹木家居智能制造有限责", "洪雅县家具行业协会"], G, DY, {}),
    ("hyg-rs-05", "瓦屋山镇哪些单位入选了联合体首批", "region-scoped",
     ["洪雅县瓦屋山生态茶业有限公司", "洪雅县瓦屋山康养酒店管理有限公司"], G, WWS, {}),
    ("hyz-rs-01", "我们是中保镇一家奶牛牧场 成立才半年 能加入洪雅联合体吗", "region-scoped", ["企业依法经营满1年"], Z, ZB, {}),
    ("hyz-rs-02", "止戈镇的茶厂加入洪雅的产教联合体要交会费吗", "region-scoped", ["不收取会费"], Z, ZG, {}),
    ("hyg-rs-fu-01", "我们公司在联合体名单上吗 是什么职务", "region-scoped", ["洪雅县青衣江电子商务产业园运营管", "成员单位"], G, HC,
     {"context": ["我在洪川镇一家做电商产业园运营的公司上班"]}),
    ("hyz-rs-fu-01", "副秘书长是不是由我们这种企业推荐", "region-scoped", ["由担任副理事长单位的企业推荐"], Z, JJ,
     {"context": ["我们是将军镇的藤椒食品企业 是洪雅联合体副理事长单位"]}),
    # outofscope (this region)
    ("x-f31-outofscope-04", "瓦屋山冬天看雪门票多少钱", "outofscope", None, None, WWS, {}),
    ("x-f31-outofscope-05", "洪雅的藤椒油哪个牌子好", "outofscope", None, None, HY, {}),
    ("x-f31-outofscope-06", "槽渔滩漂流几月份开放", "outofscope", None, None, CYT, {}),
    # unstated — in the domain, stated by no document (the words are in no document of any round)
    ("x-f31-unstated-07", "洪雅县域产教联合体能不能先以观察员身份参加", "unstated", None, None, HY, {}),
    ("x-f31-unstated-08", "洪雅联合体对表现好的成员单位发不发荣誉证书", "unstated", None, None, HY, {}),
    ("x-f31-unstated-09", "洪雅联合体理事会能不能开线上会议", "unstated", None, None, HY, {}),
    ("x-f31-unstated-10", "洪雅联合体有没有自己的会旗", "unstated", None, None, HY, {}),
    ("x-f31-unstated-11", "洪雅联合体每年搞不搞年度评优", "unstated", None, None, HY, {}),
    ("x-f31-unstated-12", "洪雅联合体会不会牵头制定团体标准", "unstated", None, None, HY, {}),
    # region-clash — neighbouring counties with no document of their own
    ("x-f31-clash-04", "丹棱县产教联合体首批有几家成员单位", "region-clash", None, None, DL, {}),
    ("x-f31-clash-05", "青神县产教联合体理事长是谁", "region-clash", None, None, QS, {}),
    ("x-f31-clash-06", "夹江县产教联合体加入要不要交会费", "region-clash", None, None, JX, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f31-unstated-07": ["观察员"],
    "x-f31-unstated-08": ["荣誉证书"],
    "x-f31-unstated-09": ["线上会议"],
    "x-f31-unstated-10": ["会旗"],
    "x-f31-unstated-11": ["年度评优"],
    "x-f31-unstated-12": ["团体标准"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"hyg-docfact-06": "青竹家居", "hyz-general-08": "藤椒和乳制品加工"}
QUESTIONS += [
    ("hyg-docfact-06", "青竹家居制造有限公司进的是哪个联合体 名单公告文号多少", "docfact", ["洪产教联〔2026〕2号"], G, "", {}),
    ("hyz-general-08", "藤椒和乳制品加工专业协作组是干啥的", "general", ["负责组织本领域的校企合作"], Z, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["hyz-time-02", "hyg-time-02", "hyg-person-03", "hyz-time-04", "hyz-amount-03", "hyg-count-03", "hyz-count-01",
        "hyz-person-03"]
