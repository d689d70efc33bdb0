"""Questions of fresh45-dev.jsonl (重庆市垫江县: 垫江县教育委员会　垫江县人力资源和社会保障局　垫江县财政局　垫江县经济和信息化委员会关于
印发《垫江县校企合作订单班管理办法》的通知 (垫教委发〔2026〕27号, 2026年3月17日) with the 办法 and its 补助标准表 — a .docx written
by LibreOffice —, and 垫江县2026年秋季学期校企合作订单班名单及补助资金拨付公告 as copied from the 县教委's WeChat 公众号 (2026年9月18日)).
Written from the documents only.
What the 办法 and its 印发通知 state (an 条 or item, the 补助标准表, the issuers, 文号, date, contacts) → `doc` = the .docx, also when
the 公告 repeats it; what only the 公告 says (this year's classes, schools, firms, students, amounts, totals, worked examples, the
classes that did not pass, dates, papers) and questions that say they read it → `doc` = the .txt.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
DJ = "重庆市垫江县"
ZJ = DJ + "周嘉镇"
PS = DJ + "普顺镇"
CX = DJ + "澄溪镇"
HY = DJ + "鹤游镇"
YT = DJ + "砚台镇"
CH = DJ + "曹回镇"
GJ = DJ + "杠家镇"
PX = DJ + "裴兴镇"
GX = DJ + "桂溪街道"
LP = "重庆市梁平区"
FD = "重庆市丰都县"
CS = "重庆市长寿区"
F = "dianjiang-dingdanban-banfa"
T = "dianjiang-mingdan-gonggao"
BOTH = [F, T]

QUESTIONS = [
    # amount
    ("djb-amount-01", "垫江职校开一个重点产业专业的订单班 学校能拿多少开班的补助", "amount", ["每班3万元"], F, DJ, {}),
    ("djb-amount-02", "垫江订单班企业培养补助一个学生一年给多少 重点产业的和其他专业的分别说一下", "amount",
     ["每生每学年1800元", "每生每学年1200元"], F, DJ, {}),
    ("djb-amount-03", "垫江订单班学生去企业实习 实习工资最少按什么标准给", "amount", ["试用期工资标准的80%"], F, DJ, {}),
    ("djb-amount-04", "垫江办法规定同一家企业一年补助上限是多少 恒钧两个班一年培养补助加起来多少", "amount",
     ["合计不超过30万元", "本学年培养补助合计109200元"], F, DJ, {"docs": BOTH, "two": True}),
    ("djb-amount-05", "垫江订单班毕业生留在合作企业干满半年 企业能拿多少奖励", "amount", ["每人2000元"], F, DJ, {}),
    ("djb-amount-fu-01", "一个班最多配多少", "amount", ["每班每学年最高1万元"], F, DJ,
     {"context": ["垫江订单班企业自己设了奖学金 县里给配套吗"]}),
    ("djg-amount-01", "垫江这次订单班首批补助一共拨了多少钱", "amount", ["共计489200元"], T, DJ, {}),
    ("djg-amount-02", "垫江骏驰汽修冠名班首批能拿到多少补助", "amount", ["学校建班补助30000元", "企业培养补助48600元"], T, DJ, {}),
    ("djg-amount-03", "垫江恒钧机电冠名班的培养补助还有多少没拨", "amount", ["其余30240元"], T, DJ, {}),
    ("djg-amount-04", "垫江那个电商订单班企业拿出24000元做奖学金 县里配多少", "amount", ["按10000元配套"], T, DJ, {}),
    ("djg-amount-fu-01", "剩下的40%一共多少钱 什么时候给", "amount", ["共172800元", "2027年7月年度考核合格后拨付"], T, DJ,
     {"context": ["垫江这次订单班培养补助是不是只先拨了60%"], "two": True}),
    # person
    ("djb-person-01", "垫江订单班管理办法是哪几个部门联合印发的", "person",
     ["垫江县教育委员会", "垫江县人力资源和社会保障局", "垫江县财政局", "垫江县经济和信息化委员会"], F, DJ, {}),
    ("djb-person-02", "垫江订单班的备案和年度考核归哪个部门管", "person", ["县教育委员会"], F, DJ, {}),
    ("djb-person-03", "垫江技工学校办订单班 哪个部门负责业务指导", "person",
     ["县人力资源和社会保障局"], F, DJ, {}),
    ("djb-person-04", "垫江哪个部门负责把企业要招什么人汇总起来发布", "person", ["县经济和信息化委员会"], F, DJ, {}),
    ("djb-person-05", "垫江订单班企业导师上课的课酬谁来出", "person", ["课酬由企业支付"], F, DJ, {}),
    ("djb-person-06", "垫江订单班管理办法由哪个单位负责解释", "person", ["本办法由县教委负责解释"], F, DJ, {}),
    ("djb-person-fu-01", "配套的钱拨给学校还是拨给企业", "person", ["配套资金拨付给学校"], F, DJ,
     {"context": ["垫江订单班企业设奖学金的话县财政有配套吧"]}),
    ("djg-person-01", "垫江宏博电子冠名班是哪个学校的", "person", ["垫江县丰源职业中专学校"], T, DJ, {}),
    ("djg-person-02", "垫江明德技工学校那个现代农艺技术订单班是跟哪家企业合作的", "person", ["垫江县沃野农业开发有限公司"], T, DJ, {}),
    ("djg-person-03", "垫江这次哪家企业一家就合作了两个订单班", "person", ["垫江县恒钧机械制造有限公司"], T, DJ, {}),
    ("djg-person-04", "垫江订单班名单有异议找哪个科室 电话多少", "person", ["县教委职业教育与成人教育科", "023-74685213"], T, DJ,
     {"two": True}),
    ("djg-person-05", "垫江康怡养老冠名班是在哪个学校开的", "person", ["垫江县明德技工学校"], T, DJ, {}),
    # time
    ("djb-time-01", "垫江学校申报下一学年的订单班每年截止到几号", "time", ["每年6月30日前"], F, DJ, {}),
    ("djb-time-02", "垫江订单班管理办法什么时候开始施行 管几年", "time", ["2026年4月1日起施行", "有效期3年"], F, DJ, {"two": True}),
    ("djb-time-03", "垫江订单班管理办法是哪天印发的", "time", ["2026年3月17日"], F, DJ, {}),
    ("djb-time-04", "垫江县教委一般每年几月份对订单班进行考核", "time", ["每年7月"], F, DJ, {}),
    ("djb-time-05", "垫江订单班换了合作企业 学校多长时间内要去变更备案", "time", ["自变化之日起15日内"], F, DJ, {}),
    ("djb-time-06", "垫江办法说秋季开学后多少天内要公告订单班名单 今年实际是哪天公告的", "time",
     ["秋季开学后30日内", "2026年09月18日"], F, DJ, {"docs": BOTH, "two": True}),
    ("djb-time-fu-01", "那配套的钱什么时候拨", "time", ["学年末凭奖学金发放记录拨付"], F, DJ,
     {"context": ["垫江订单班企业出奖学金县里按一半配套对吧"]}),
    ("djg-time-01", "垫江订单班首批补助什么时候能到账", "time", ["2026年10月23日"], T, DJ, {}),
    ("djg-time-02", "垫江对订单班名单有意见 最晚哪天前要反映", "time", ["2026年9月25日前"], T, DJ, {}),
    ("djg-time-03", "垫江订单班合作企业的银行账户信息最晚哪天报上去", "time", ["2026年9月30日前"], T, DJ, {}),
    ("djg-time-04", "垫江订单班在籍学生人数是按哪天的学籍数据算的", "time", ["2026年9月10日"], T, DJ, {}),
    ("djg-time-05", "垫江这次没通过备案的学校 最晚什么时候能重新申报", "time", ["2027年6月30日前"], T, DJ, {}),
    # count
    ("djb-count-01", "垫江一个订单班最少多少学生 最多多少", "count", ["每班学生不少于20人、不超过45人"], F, DJ, {}),
    ("djb-count-02", "垫江办订单班企业至少要派几个企业导师", "count", ["不少于2名技术骨干"], F, DJ, {}),
    ("djb-count-03", "垫江企业导师一学年至少要到学校上多少课时", "count", ["不少于60课时"], F, DJ, {}),
    ("djb-count-04", "垫江同一家企业在同一所学校最多能冠名几个班", "count", ["不超过3个"], F, DJ, {}),
    ("djb-count-05", "垫江企业要有多少员工才能跟职校合办订单班", "count", ["上年度在职职工不少于50人"], F, DJ, {}),
    ("djb-count-06", "垫江县教委收到订单班申报材料后多少个工作日内审完", "count", ["20个工作日内完成审核"], F, DJ, {}),
    ("djb-count-fu-01", "最多能实习几个月", "count", ["累计不超过6个月"], F, DJ,
     {"context": ["垫江订单班学生可以到合作企业岗位实习吧"]}),
    ("djg-count-01", "垫江这次一共有几个订单班通过备案 其中冠名班几个", "count", ["9个订单班通过备案", "其中冠名班5个"], T, DJ,
     {"two": True}),
    ("djg-count-02", "垫江这次通过备案的订单班一共有多少学生", "count", ["共有在籍学生274人"], T, DJ, {}),
    ("djg-count-03", "垫江今年一共申报了多少个订单班", "count", ["共申报订单班11个"], T, DJ, {}),
    ("djg-count-04", "垫江丰源职业中专这次有几个订单班", "count", ["垫江县丰源职业中专学校（5个）"], T, DJ, {}),
    ("djg-count-05", "垫江办法规定每班最少多少学生 这次没通过的那个班报名了几个人", "count",
     ["每班学生不少于20人", "报名学生仅16人"], T, DJ, {"docs": BOTH, "two": True}),
    ("djg-count-06", "垫江这次订单班一共涉及多少家合作企业", "count", ["涉及合作企业8家"], T, DJ, {}),
    # yesno
    ("djb-yesno-01", "垫江孩子进订单班要交钱吗", "yesno", ["不得向学生收取任何与订单培养有关的费用"], F, DJ, {}),
    ("djb-yesno-02", "垫江冠名班的建班补助会比普通订单班多一些吗", "yesno", ["冠名班不另行增加建班补助"], F, DJ, {}),
    ("djb-yesno-03", "垫江不满16岁的订单班学生能不能安排去岗位实习", "yesno", ["未满16周岁的学生不得安排岗位实习"], F, DJ, {}),
    ("djb-yesno-04", "垫江订单班学生毕业后是不是必须去合作企业上班", "yesno", ["可以自主选择是否到合作企业就业"], F, DJ, {}),
    ("djb-yesno-05", "垫江订单班考核优秀的话 下一学年补助会不会多一点", "yesno", ["下一学年培养补助标准上浮10%"], F, DJ, {}),
    ("djb-yesno-06", "垫江一家刚注册一年的企业能跟学校办订单班吗", "yesno", ["登记注册满2年"], F, DJ, {}),
    ("djb-yesno-07", "垫江学生中途退出订单班 企业能找家长要回培养费吗", "yesno",
     ["企业不得因学生退出订单班向学生或者其家长追索培养费用"], F, DJ, {}),
    ("djb-yesno-08", "垫江中餐烹饪专业算不算县重点产业相关专业", "yesno",
     ["机电技术应用、电子技术应用、汽车运用与维修、食品加工工艺、现代农艺技术"], F, DJ, {}),
    ("djb-yesno-fu-01", "要是连续两年都不合格 会不会直接撤销", "yesno", ["连续2个学年考核不合格的，撤销订单班备案"], F, DJ,
     {"context": ["垫江订单班年度考核不合格会怎么样"]}),
    ("djg-yesno-01", "垫江这次首批补助里面有没有奖学金配套的钱", "yesno", ["学年末凭奖学金发放记录拨付给学校"], T, DJ, {}),
    ("djg-yesno-02", "垫江这次名单上的订单班是不是都在丰源职业中专", "yesno", ["垫江县明德技工学校（4个）"], T, DJ, {}),
    ("djg-yesno-03", "垫江订单班的合作企业这次要不要交企业导师聘书复印件", "yesno", ["企业导师聘书复印件"], T, DJ, {}),
    ("djg-yesno-fu-01", "家长发现学校收费可以去反映吗", "yesno", ["学生和家长发现收费的，可以向县教委反映"], T, DJ,
     {"context": ["垫江订单班的名单公告我看了"]}),
    # list
    ("djb-list-01", "垫江的县重点产业相关专业都有哪些", "list",
     ["机电技术应用", "电子技术应用", "汽车运用与维修", "食品加工工艺", "现代农艺技术"], F, DJ, {}),
    ("djb-list-02", "垫江学校申报订单班要交哪些材料", "list",
     ["订单班设立申请表", "订单培养协议", "校企共同制定的人才培养方案", "企业营业执照复印件和上年度职工参保证明",
      "企业导师名单及其技术职称或者职业技能等级证明"], F, DJ, {}),
    ("djb-list-03", "垫江订单班出现哪些情况年度考核会判不合格", "list",
     ["学生流失率超过20%", "企业承担的专业课课时低于专业课总课时的30%", "安排学生从事与所学专业无关的简单重复劳动",
      "向学生收费或者要求学生缴纳违约金"], F, DJ, {}),
    ("djb-list-04", "垫江订单班的补助一共有哪几种", "list", ["建班补助", "培养补助", "奖学金配套", "留用奖励"], F, DJ, {}),
    ("djb-list-05", "垫江企业想跟职校合作办订单班 要满足哪些条件", "list",
     ["登记注册满2年", "上年度在职职工不少于50人", "未被列入严重失信主体名单", "就业岗位数不少于订单班学生人数"], F, DJ, {}),
    ("djb-list-fu-01", "这笔钱能用在哪些地方", "list", ["企业导师课酬、实训耗材和学生岗位实习管理"], F, DJ,
     {"context": ["垫江订单班企业拿到的培养补助"]}),
    ("djg-list-01", "垫江这次都有哪些冠名班", "list", ["恒钧机电冠名班", "禾润食品冠名班", "康怡养老冠名班"], T, DJ, {"items": 5}),
    ("djg-list-02", "垫江明德技工学校这次有哪些订单班", "list",
     ["骏驰汽修冠名班", "2026级焊接加工订单班", "康怡养老冠名班", "2026级现代农艺技术订单班"], T, DJ, {}),
    ("djg-list-03", "垫江订单班合作企业这次要给县教委报哪些材料", "list",
     ["单位银行账户信息", "订单班学生花名册（加盖学校公章）", "企业导师聘书复印件"], T, DJ, {}),
    ("djg-list-04", "垫江这次有两个订单班没通过备案 分别是什么原因", "list", ["登记注册不满2年", "不足每班20人"], T, DJ, {}),
    ("djg-list-05", "垫江丰源职业中专这次的订单班都跟哪些企业合作", "list",
     ["垫江县恒钧机械制造有限公司", "垫江县宏博电子科技有限公司", "垫江县云杉电子商务有限公司", "垫江县禾润食品有限公司",
      "垫江县悦来酒店管理有限公司"], T, DJ, {}),
    # docfact
    ("djb-docfact-01", "垫江订单班管理办法的文号是多少", "docfact", ["垫教委发〔2026〕27号"], F, DJ, {}),
    ("djb-docfact-02", "垫江订单班管理办法是依据哪部法律制定的", "docfact", ["《中华人民共和国职业教育法》"], F, DJ, {}),
    ("djb-docfact-03", "垫江订单班管理办法后面的附件是什么", "docfact", ["垫江县校企合作订单班补助标准表"], F, DJ, {}),
    ("djb-docfact-04", "垫江订单班补助标准表都有哪些栏目", "docfact",
     ["序号", "补助项目", "补助对象", "补助标准", "县重点产业相关专业", "其他专业", "拨付方式"], F, DJ, {}),
    ("djb-docfact-05", "垫江订单班管理办法里补助政策在第几章", "docfact", ["第五章　补助政策"], F, DJ, {}),
    ("djg-docfact-01", "垫江订单班名单公告是在哪个公众号发的", "docfact", ["垫江教育发布"], T, DJ, {}),
    ("djg-docfact-02", "垫江订单班名单公告是根据哪个文件出的", "docfact", ["《垫江县校企合作订单班管理办法》（垫教委发〔2026〕27号"], T,
     DJ, {}),
    ("djg-docfact-03", "垫江订单班公告说培养补助按办法第几条算 那一条规定备案公告时先拨多少", "docfact",
     ["按《办法》第十九条", "在备案公告时拨付60%"], T, DJ, {"docs": BOTH, "two": True}),
    # general
    ("djb-general-01", "垫江说的冠名班到底是什么意思", "general", ["以合作企业名称或者品牌命名的订单班称为冠名班"], F, DJ, {}),
    ("djb-general-02", "垫江冠名班的班名有什么规定", "general", ["企业简称＋专业简称＋冠名班"], F, DJ, {}),
    ("djb-general-03", "垫江学校拿到的建班补助可以用来干什么", "general", ["用于课程开发和实训条件改善"], F, DJ, {}),
    ("djb-general-04", "垫江订单班考核没过会怎么处理", "general", ["不拨付其余40%培养补助", "限期3个月整改"], F, DJ, {}),
    ("djb-general-05", "垫江要是有企业弄虚作假骗订单班的补助怎么办", "general", ["追回已拨付资金", "3年内不得参与订单班申报"], F, DJ,
     {}),
    ("djb-general-06", "垫江合作企业停产了 订单班的学生怎么办", "general", ["订单班备案自动失效", "转入其他班级继续学习"], F, DJ, {}),
    ("djg-general-01", "垫江恒钧机电冠名班的培养补助是怎么算出来的", "general", ["42×1800＝75600元", "75600×60%＝45360元"], T, DJ,
     {}),
    ("djg-general-02", "垫江这次首批补助的钱 给学校的和给企业的各是多少", "general", ["学校建班补助230000元", "企业培养补助259200元"], T,
     DJ, {}),
    ("djg-general-03", "垫江公告里的奖学金配套是怎么测算的", "general", ["承诺金额合计52000元", "县财政配套24000元"], T, DJ, {}),
    ("djg-general-fu-01", "那学校这边拿的是什么钱", "general", ["建班补助一次性拨付给学校"], T, DJ,
     {"context": ["垫江订单班的培养补助是拨给企业的吧"]}),
    # region-scoped
    ("djb-rs-01", "我们厂在周嘉镇 想和垫江的职校合办订单班 企业要注册满几年", "region-scoped", ["登记注册满2年"], F, ZJ, {}),
    ("djb-rs-02", "普顺镇一家食品厂跟垫江的职校搞订单班 食品加工工艺专业一个班建班补助多少", "region-scoped", ["每班3万元"], F, PS,
     {}),
    ("djb-rs-03", "澄溪镇的企业接垫江订单班学生来实习 实习报酬最低按多少算", "region-scoped", ["试用期工资标准的80%"], F, CX, {}),
    ("djb-rs-04", "鹤游镇有家养老公司想在垫江的职校冠名一个班 班名要怎么起", "region-scoped", ["企业简称＋专业简称＋冠名班"], F, HY,
     {}),
    ("djb-rs-05", "砚台镇一个家长问 孩子在垫江读订单班不想读了能退出吗", "region-scoped", ["每学年结束时申请退出订单班"], F, YT, {}),
    ("djb-rs-fu-01", "他才15岁 能被安排去企业岗位实习吗", "region-scoped", ["未满16周岁的学生不得安排岗位实习"], F, CH,
     {"context": ["我是曹回镇的 孩子在垫江的职校读订单班"]}),
    ("djg-rs-01", "杠家镇的孩子在垫江骏驰汽修冠名班 这个班有多少学生", "region-scoped", ["在籍学生：45人"], T, GJ, {}),
    ("djg-rs-02", "裴兴镇一家农业公司想知道 垫江现代农艺技术订单班首批补助拨了多少", "region-scoped",
     ["学校建班补助30000元", "企业培养补助23760元"], T, PX, {}),
    ("djg-rs-fu-01", "这个班是哪个学校的", "region-scoped", ["垫江县明德技工学校"], T, GX,
     {"context": ["我家在桂溪街道 孩子进了垫江的康怡养老冠名班"]}),
    # outofscope
    ("x-f45-outofscope-01", "垫江明天天气怎么样", "outofscope", None, None, DJ, {}),
    ("x-f45-outofscope-02", "垫江牡丹樱花节的门票多少钱", "outofscope", None, None, DJ, {}),
    ("x-f45-outofscope-03", "垫江石磨豆花哪家最正宗", "outofscope", None, None, DJ, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f45-unstated-01", "垫江订单班的学生统一发校服吗", "unstated", None, None, DJ, {}),
    ("x-f45-unstated-02", "垫江订单班的班主任是学校派还是企业派", "unstated", None, None, DJ, {}),
    ("x-f45-unstated-03", "垫江冠名班成立的时候要不要搞开班仪式", "unstated", None, None, DJ, {}),
    ("x-f45-unstated-04", "垫江订单班学生留级了还能留在这个班吗", "unstated", None, None, DJ, {}),
    ("x-f45-unstated-05", "垫江订单班学生去企业实习有没有校车接送", "unstated", None, None, DJ, {}),
    ("x-f45-unstated-06", "垫江订单班学生毕业进了合作企业 企业给不给交五险", "unstated", None, None, DJ, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f45-clash-01", "梁平区订单班的建班补助一个班多少钱", "region-clash", None, None, LP, {}),
    ("x-f45-clash-02", "丰都县冠名班一个班最多能招多少学生", "region-clash", None, None, FD, {}),
    ("x-f45-clash-03", "长寿区订单班名单什么时候公布", "region-clash", None, None, CS, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f45-unstated-01": ["校服"],
    "x-f45-unstated-02": ["班主任"],
    "x-f45-unstated-03": ["开班仪式"],
    "x-f45-unstated-04": ["留级"],
    "x-f45-unstated-05": ["校车"],
    "x-f45-unstated-06": ["五险"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"djb-general-07": "订单班补助标准表", "djg-amount-05": "首批拨付情况"}
QUESTIONS += [
    ("djb-general-07", "订单班补助标准表里留用奖励什么时候拨付", "general", ["毕业生连续工作满6个月后拨付"], F, "", {}),
    ("djg-amount-05", "首批拨付情况里学校建班补助一共多少", "amount", ["学校建班补助230000元"], T, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["djb-amount-03", "djb-yesno-05", "djb-yesno-07", "djb-general-03", "djb-list-fu-01", "djg-time-04", "djg-yesno-01",
        "djg-general-fu-01"]
