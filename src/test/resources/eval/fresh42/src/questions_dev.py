"""Questions of fresh42-dev.jsonl (湖北省襄阳市宜城市: 宜城市教育局　宜城市人力资源和社会保障局　宜城市经济和信息化局　宜城市财政局
关于印发《宜城市职业院校产业导师选聘管理办法》的通知 (宜教发〔2026〕9号, 2026年3月19日) with the 办法 and its 课时津贴标准 table
— a Word 97 .doc —, and 宜城市教育局关于公开选聘2026年度职业院校产业导师的公告 (2026年5月8日) with its 岗位需求表, as the
bureau's WeChat 公众号 article). Written from the documents only.
What the 办法 and its 印发通知 state (articles, the 课时津贴 table and its notes, issuers, 文号, date, 施行, 有效期, contact) → `doc` =
the .doc, also when the 公告 repeats it; what only the 公告 says (this year's posts, people, schools, dates, steps, weights, the ★
change, worked scores and allowances, contacts, 答疑) and questions that say they read it → `doc` = the .html.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
YC = "湖北省襄阳市宜城市"
YCC = YC + "鄢城街道"
ZJ = YC + "郑集镇"
XH = YC + "小河镇"
LH = YC + "刘猴镇"
KW = YC + "孔湾镇"
LS = YC + "流水镇"
BQ = YC + "板桥店镇"
WJ = YC + "王集镇"
LHE = YC + "雷河镇"
JX = "湖北省武汉市江夏区"
CD = "湖北省武汉市蔡甸区"
XL = "湖北省黄石市下陆区"
B = "yicheng-xuanpin-banfa"
G = "yicheng-xuanpin-gonggao"
BOTH = [B, G]

QUESTIONS = [
    # amount
    ("ycb-amount-01", "宜城一类产业导师上理论课一课时多少钱", "amount", ["200"], B, YC, {}),
    ("ycb-amount-02", "宜城二类产业导师实训课的课时津贴标准是多少", "amount", ["180"], B, YC, {}),
    ("ycb-amount-03", "宜城产业导师带学生拿了省级竞赛一等奖奖励多少 国家级的怎么算", "amount",
     ["一次性奖励5000元", "省级同等奖次标准的2倍"], B, YC, {"two": True}),
    ("ycb-amount-04", "宜城市财政给学校发产业导师课时津贴补助多少 一所学校一年最多补多少", "amount",
     ["50%", "每所职业院校每年最高25万元"], B, YC, {"two": True}),
    ("ycb-amount-05", "宜城产业导师一个学期课时津贴最多能拿多少", "amount", ["每名产业导师每学期课时津贴最高不超过2万元"], B, YC, {}),
    ("ycb-amount-06", "宜城产业导师学年考核优秀了 第二年课时津贴能涨多少", "amount", ["上浮10%"], B, YC, {}),
    ("ycb-amount-fu-01", "省级三等奖给多少", "amount", ["2000元"], B, YC, {"context": ["宜城产业导师指导学生参加技能竞赛有奖励吗"]}),
    ("ycg-amount-01", "宜城今年急需紧缺岗位的课时津贴上浮多少", "amount", ["上浮20%"], G, YC, {}),
    ("ycg-amount-02", "宜城一个二类产业导师在急需紧缺岗位一学期上48节实训课 课时津贴多少", "amount", ["10368元"], G, YC, {}),
    ("ycg-amount-03", "宜城一类产业导师一学期上40节理论课60节实训课 津贴算下来多少 能拿多少", "amount", ["22400元", "按2万元发放"], G,
     YC, {"two": True}),
    ("ycg-amount-04", "宜城产业导师考核试讲82分面试70分 总成绩是多少", "amount", ["77.2分"], G, YC, {}),
    ("ycg-amount-fu-01", "面试占总成绩多少", "amount", ["面试成绩×40%"], G, YC, {"context": ["宜城这次产业导师考核试讲要讲多久"]}),
    # person
    ("ycb-person-01", "宜城产业导师选聘管理办法是哪几个部门一起发的", "person",
     ["宜城市教育局", "宜城市人力资源和社会保障局", "宜城市经济和信息化局", "宜城市财政局"], B, YC, {}),
    ("ycb-person-02", "宜城技工学校的产业导师岗位需求报哪个部门审核", "person", ["技工学校报市人力资源和社会保障局审核"], B, YC, {}),
    ("ycb-person-03", "宜城哪个部门负责动员企业技术人员来报名当产业导师", "person", ["市经济和信息化局"], B, YC, {}),
    ("ycb-person-04", "宜城产业导师的资格复审由谁来做", "person", ["市教育局会同市人力资源和社会保障局进行资格复审"], B, YC, {}),
    ("ycb-person-05", "宜城产业导师的聘用协议是谁和谁签", "person", ["由职业院校与产业导师及其所在企业签订三方聘用协议"], B, YC, {}),
    ("ycb-person-06", "宜城产业导师选聘管理办法由哪个部门负责解释", "person",
     ["本办法由市教育局会同市人力资源和社会保障局负责解释"], B, YC, {}),
    ("ycb-person-fu-01", "这笔补助资金归哪个部门管", "person", ["市财政局负责课时津贴补助资金的安排和监督"], B, YC,
     {"context": ["宜城产业导师的课时津贴市里给学校补助吗"]}),
    ("ycg-person-01", "宜城数控车削加工导师岗位有问题找谁 电话多少", "person", ["胡志刚", "0710-4213579"], G, YC, {"two": True}),
    ("ycg-person-02", "宜城产业导师选聘的政策咨询找谁", "person", ["刘晓芸"], G, YC, {}),
    ("ycg-person-03", "宜城直播电商运营导师是哪个学校招的", "person", ["宜城市宋玉职业技术学校"], G, YC, {}),
    ("ycg-person-04", "宜城畜禽养殖技术导师岗位的联系人是谁", "person", ["邓雅琴"], G, YC, {}),
    ("ycg-person-05", "宜城工业机器人运维导师是哪个学校的岗位", "person", ["宜城市楚皇城技工学校"], G, YC, {}),
    ("ycg-person-fu-01", "报名咨询打谁的电话", "person", ["周婷", "0710-4238126"], G, YC,
     {"context": ["宜城楚皇城技工学校这次有几个产业导师岗位"]}),
    # time
    ("ycb-time-01", "宜城产业导师选聘管理办法什么时候施行 有效期几年", "time", ["2026年4月1日", "有效期5年"], B, YC, {"two": True}),
    ("ycb-time-02", "宜城产业导师选聘管理办法是哪天印发的", "time", ["2026年3月19日"], B, YC, {}),
    ("ycb-time-03", "宜城职业院校每年几月底前要报产业导师岗位需求", "time", ["每年3月底前"], B, YC, {}),
    ("ycb-time-04", "宜城产业导师一聘几年", "time", ["聘期一般为2年"], B, YC, {}),
    ("ycb-time-05", "宜城产业导师不想干了要提前多久跟学校说", "time", ["提前1个月书面告知"], B, YC, {}),
    ("ycb-time-06", "宜城产业导师因为违反师德被解聘 几年内不能再选聘", "time", ["5年内不得再次选聘为产业导师"], B, YC, {}),
    ("ycb-time-07", "宜城产业导师办法哪天起施行 今年产业导师哪天开始报名", "time", ["2026年4月1日", "2026年5月11日"], B, YC,
     {"docs": BOTH, "two": True}),
    ("ycb-time-08", "宜城办法规定报名时间不少于几个工作日 今年报名到哪天截止", "time", ["报名时间不少于7个工作日", "5月19日"], B, YC,
     {"docs": BOTH, "two": True}),
    ("ycg-time-01", "宜城产业导师今年什么时候报名", "time", ["2026年5月11日", "5月19日"], G, YC, {}),
    ("ycg-time-02", "宜城产业导师考核是哪天", "time", ["2026年5月30日"], G, YC, {}),
    ("ycg-time-03", "宜城这次选上的产业导师聘期从哪天到哪天", "time", ["2026年9月1日", "2028年8月31日"], G, YC, {}),
    ("ycg-time-04", "宜城产业导师资格复审什么时候完成", "time", ["5月25日前完成资格复审"], G, YC, {}),
    ("ycg-time-fu-01", "一般什么时候到账", "time", ["每学期结束后1个月内"], G, YC, {"context": ["宜城产业导师的课时津贴是按学期发吗"]}),
    # count
    ("ycb-count-01", "宜城当产业导师要在企业一线干满几年", "count", ["连续工作5年以上"], B, YC, {}),
    ("ycb-count-02", "宜城一个产业导师最多能同时在几所学校兼课", "count", ["原则上不超过2所"], B, YC, {}),
    ("ycb-count-03", "宜城产业导师每学期至少要上多少课时", "count", ["每学期授课不少于32课时"], B, YC, {}),
    ("ycb-count-04", "宜城产业导师选聘的考核小组至少几个人 企业专家要几个", "count", ["5人以上单数", "企业专家不少于2人"], B, YC,
     {"two": True}),
    ("ycb-count-05", "宜城产业导师岗前培训至少几个学时", "count", ["不少于8学时"], B, YC, {}),
    ("ycb-count-fu-01", "累计几次学校就要解聘", "count", ["无正当理由累计3次未按照教学计划授课的"], B, YC,
     {"context": ["宜城有个产业导师好几次没按课表来上课"]}),
    ("ycb-count-fu-02", "一个人能报几个岗位", "count", ["每人限报1个岗位"], B, YC, {"context": ["宜城这次产业导师选聘我想报名"]}),
    ("ycg-count-01", "宜城这次一共选聘多少名产业导师 几个岗位", "count", ["13名", "9个岗位"], G, YC, {"two": True}),
    ("ycg-count-02", "宜城这次产业导师选聘有几个急需紧缺岗位", "count", ["4个岗位为急需紧缺岗位"], G, YC, {}),
    ("ycg-count-03", "宜城报名产业导师要交几张照片", "count", ["近期2寸免冠照片2张"], G, YC, {}),
    ("ycg-count-04", "宜城急需紧缺岗位一共要招几个人", "count", ["计划选聘7名"], G, YC, {}),
    # yesno
    ("ycb-yesno-01", "宜城受过刑事处罚的人能当产业导师吗", "yesno", ["不得选聘为产业导师", "受过刑事处罚的"], B, YC, {}),
    ("ycb-yesno-02", "宜城有省级技能大师称号的能不能不考试直接聘", "yesno", ["可以直接聘任为产业导师，免于试讲和面试"], B, YC, {}),
    ("ycb-yesno-03", "宜城产业导师去学校上课算不算在企业的出勤", "yesno", ["授课时间计入正常出勤"], B, YC, {}),
    ("ycb-yesno-04", "宜城产业导师课时津贴里包不包括交通和误餐的钱", "yesno", ["课时津贴已包含交通、误餐等费用"], B, YC, {}),
    ("ycb-yesno-05", "宜城产业导师聘期内评上了技师 类别能往上调吗", "yesno", ["可以从下一学期起调整"], B, YC, {}),
    ("ycb-yesno-fu-01", "学校会解聘吗", "yesno", ["职业院校应当解除聘用协议"], B, YC, {"context": ["宜城有个产业导师学年考核不合格"]}),
    ("ycg-yesno-01", "宜城外地企业的技术员能报产业导师吗", "yesno", ["不限企业所在地"], G, YC, {}),
    ("ycg-yesno-02", "宜城今年急需紧缺岗位上浮和考核优秀上浮能叠加吗", "yesno", ["不叠加，按较高一项执行"], G, YC, {}),
    ("ycg-yesno-03", "宜城产业导师报名能让企业统一报送吗", "yesno", ["可以由企业统一报送"], G, YC, {}),
    ("ycg-yesno-04", "宜城产业导师考核试讲75分面试60分 能被聘吗", "yesno", ["69分", "不予聘用"], G, YC, {}),
    ("ycg-yesno-05", "宜城产业导师报名材料要带原件吗", "yesno", ["均须提供原件和复印件"], G, YC, {}),
    ("ycg-yesno-06", "宜城有的岗位报名人数不够 这个岗位还招吗", "yesno", ["可以核减该岗位计划或者取消该岗位"], G, YC, {}),
    ("ycg-yesno-fu-01", "能全拿到吗", "yesno", ["按2万元发放"], G, YC, {"context": ["宜城一个一类产业导师这学期课时津贴算下来22400元"]}),
    # list
    ("ycb-list-01", "宜城当产业导师要满足哪些基本条件", "list",
     ["遵守宪法和法律", "身体健康", "连续工作5年以上", "所在企业同意其到职业院校兼职任教"], B, YC, {}),
    ("ycb-list-02", "宜城没有中级职称的人 还有哪些条件可以当产业导师", "list",
     ["技师以上职业资格或者职业技能等级证书", "县级以上技能大师、劳动模范、工匠等称号", "公认的技术技能专长"], B, YC, {}),
    ("ycb-list-03", "宜城产业导师要承担哪些职责", "list",
     ["承担专业课程或者实训课程教学", "指导学生实习实训", "参与人才培养方案制定、课程开发和教材编写", "带教1名青年教师"], B, YC, {}),
    ("ycb-list-04", "宜城产业导师报名要交哪些材料", "list",
     ["报名表", "身份证", "学历证书", "专业技术职称或者职业技能等级证书", "所在企业同意兼职的证明"], B, YC, {}),
    ("ycb-list-05", "宜城产业导师学年考核考哪些内容", "list", ["教学工作量", "教学效果", "学生评价", "师德表现"], B, YC, {}),
    ("ycb-list-06", "宜城哪些企业推荐的人可以优先选聘", "list", ["产教融合型企业", "共建产业学院、实训基地的企业"], B, YC, {}),
    ("ycb-list-fu-01", "具体是哪几种情形", "list",
     ["受过刑事处罚的", "违反师德行为", "失信联合惩戒对象", "不得从事教育教学工作"], B, YC,
     {"context": ["宜城产业导师管理办法里说有的人不得选聘"]}),
    ("ycg-list-01", "宜城这次选聘涉及哪几所学校", "list", ["宜城市宋玉职业技术学校", "宜城市楚皇城技工学校", "宜城市莺河职业高级中学"], G,
     YC, {}),
    ("ycg-list-02", "宜城这次产业导师都有哪些岗位", "list",
     ["数控车削加工导师", "新能源汽车维修导师", "直播电商运营导师", "焊接技术导师", "PLC控制技术导师", "工业机器人运维导师",
      "设施农业技术导师", "农产品检测导师"], G, YC, {"items": 9}),
    ("ycg-list-03", "宜城这次哪些是急需紧缺岗位", "list", ["数控车削加工导师", "新能源汽车维修导师", "焊接技术导师", "工业机器人运维导师"],
     G, YC, {}),
    ("ycg-list-fu-01", "招哪几个岗位", "list", ["设施农业技术导师", "农产品检测导师", "畜禽养殖技术导师"], G, YC,
     {"context": ["宜城莺河职业高级中学这次招产业导师吗"]}),
    # docfact
    ("ycb-docfact-01", "宜城产业导师选聘管理办法的文号是多少", "docfact", ["宜教发〔2026〕9号"], B, YC, {}),
    ("ycb-docfact-02", "宜城产业导师选聘管理办法一共几章 都是什么", "docfact",
     ["总则", "选聘条件", "选聘程序", "岗位职责", "待遇保障", "考核管理", "附则"], B, YC, {}),
    ("ycb-docfact-03", "宜城产业导师选聘管理办法后面附了什么", "docfact", ["宜城市职业院校产业导师课时津贴标准"], B, YC, {}),
    ("ycb-docfact-04", "宜城课时津贴标准表有哪几列", "docfact", ["类别", "认定条件", "理论课（元/课时）", "实训课（元/课时）", "备注"], B, YC,
     {}),
    ("ycb-docfact-05", "宜城产业导师办法由谁负责解释 选聘公告是哪天发的", "docfact",
     ["本办法由市教育局会同市人力资源和社会保障局负责解释", "2026年5月8日"], B, YC, {"docs": BOTH, "two": True}),
    ("ycb-docfact-06", "宜城产业导师选聘管理办法是公开发布的吗", "docfact", ["（此件公开发布）"], B, YC, {}),
    ("ycg-docfact-01", "宜城产业导师选聘公告是根据哪个文件发的", "docfact", ["《宜城市职业院校产业导师选聘管理办法》（宜教发〔2026〕9号"],
     G, YC, {}),
    ("ycg-docfact-02", "宜城产业导师选聘公告分了哪几部分", "docfact",
     ["一、选聘岗位和人数", "二、报名条件", "三、报名时间和方式", "四、资格审查", "五、考核", "六、公示和聘用", "七、课时津贴",
      "八、咨询电话"], G, YC, {}),
    ("ycg-docfact-03", "宜城产业导师岗位需求表有哪些栏目", "docfact",
     ["岗位代码", "设岗学校", "专业（方向）", "岗位名称", "人数", "主要任务", "岗位要求", "每学期课时"], G, YC, {}),
    # general
    ("ycb-general-01", "宜城说的产业导师到底指什么人", "general", ["来自企业生产、服务、管理一线", "企业兼职教师"], B, YC, {}),
    ("ycb-general-02", "宜城产业导师选聘坚持什么原则", "general", ["按需设岗、公开择优、专兼结合、动态管理"], B, YC, {}),
    ("ycb-general-03", "宜城产业导师选聘怎么考核", "general", ["采取试讲和面试的方式进行考核", "试讲时间不少于15分钟"], B, YC, {}),
    ("ycb-general-04", "宜城产业导师一课时按多长时间算", "general", ["每课时按45分钟计算"], B, YC, {}),
    ("ycb-general-05", "宜城办法规定学校要给产业导师安排什么人 今年岗前培训安排在什么时候", "general",
     ["明确1名校内联络教师", "2026年8月下旬"], B, YC, {"docs": BOTH, "two": True}),
    ("ycg-general-01", "宜城产业导师到哪报名", "general", ["设岗学校人事科（办公室）现场报名"], G, YC, {}),
    ("ycg-general-02", "宜城产业导师报名表在哪下载", "general", ["点击文末“阅读原文”下载"], G, YC, {}),
    ("ycg-general-03", "宜城产业导师考核试讲讲什么内容", "general", ["所报岗位对应课程中自选的一个教学单元"], G, YC, {}),
    ("ycg-general-04", "宜城产业导师过了复审以后怎么通知考核", "general", ["由设岗学校电话通知考核时间和地点"], G, YC, {}),
    ("ycg-general-fu-01", "公示完了以后呢", "general", ["由设岗学校与产业导师及其所在企业签订三方聘用协议"], G, YC,
     {"context": ["宜城今年产业导师的拟聘名单在哪公示"]}),
    # region-scoped
    ("ycb-rs-01", "我在郑集镇一家机械厂干了8年数控 有数控车工技师证 能报宜城的产业导师吗", "region-scoped",
     ["技师以上职业资格或者职业技能等级证书"], B, ZJ, {}),
    ("ycb-rs-02", "小河镇一家农业公司的农艺师60岁了 还能当宜城的产业导师吗", "region-scoped", ["一般不超过60周岁"], B, XH, {}),
    ("ycb-rs-03", "刘猴镇的老焊工当了宜城产业导师 每个聘期要带几个青年教师", "region-scoped", ["至少带教1名青年教师"], B, LH, {}),
    ("ycb-rs-04", "孔湾镇一家企业的工程师副高职称干了12年 去宜城职校兼课算几类产业导师", "region-scoped", ["二类产业导师"], B, KW, {}),
    ("ycb-rs-05", "流水镇养殖场的兽医当了宜城产业导师 带学生拿了国家级二等奖奖多少", "region-scoped", ["3000元", "2倍"], B, LS,
     {}),
    ("ycb-rs-fu-01", "企业那边要出什么手续", "region-scoped", ["所在企业同意兼职的证明"], B, BQ,
     {"context": ["我在板桥店镇一家汽修厂上班 想报宜城的产业导师"]}),
    ("ycg-rs-01", "王集镇一家农产品加工厂的质检员 宜城这次哪个岗位适合他", "region-scoped", ["农产品检测导师"], G, WJ, {}),
    ("ycg-rs-02", "雷河镇的电工技师想报宜城的PLC控制技术导师 在哪个学校", "region-scoped", ["宜城市楚皇城技工学校"], G, LHE, {}),
    ("ycg-rs-fu-01", "有对口的岗位吗", "region-scoped", ["直播电商运营导师"], G, YCC,
     {"context": ["鄢城街道一家电商公司的运营主管想报宜城的产业导师"]}),
    # outofscope
    ("x-f42-outofscope-01", "宜城大虾哪家店最正宗", "outofscope", None, None, YC, {}),
    ("x-f42-outofscope-02", "宜城鲤鱼湖公园晚上几点关门", "outofscope", None, None, YC, {}),
    ("x-f42-outofscope-03", "宜城明天会不会下雨", "outofscope", None, None, YC, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f42-unstated-01", "宜城当产业导师要不要有教师资格证", "unstated", None, None, YC, {}),
    ("x-f42-unstated-02", "宜城产业导师能在学校办校园卡吗", "unstated", None, None, YC, {}),
    ("x-f42-unstated-03", "宜城产业导师教师节有没有慰问", "unstated", None, None, YC, {}),
    ("x-f42-unstated-04", "宜城产业导师进学校要不要挂工牌", "unstated", None, None, YC, {}),
    ("x-f42-unstated-05", "宜城产业导师上课要自己写教案吗", "unstated", None, None, YC, {}),
    ("x-f42-unstated-06", "宜城产业导师进校门过门禁怎么办", "unstated", None, None, YC, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f42-clash-01", "江夏区产业导师一课时课时津贴多少钱", "region-clash", None, None, JX, {}),
    ("x-f42-clash-02", "蔡甸区选聘产业导师要在企业干几年", "region-clash", None, None, CD, {}),
    ("x-f42-clash-03", "下陆区产业导师聘期是几年", "region-clash", None, None, XL, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f42-unstated-01": ["教师资格证"],
    "x-f42-unstated-02": ["校园卡"],
    "x-f42-unstated-03": ["教师节", "慰问"],
    "x-f42-unstated-04": ["工牌"],
    "x-f42-unstated-05": ["教案"],
    "x-f42-unstated-06": ["门禁"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"ycb-person-07": "产业导师人才库", "ycg-amount-05": "岗位需求表"}
QUESTIONS += [
    ("ycb-person-07", "产业导师人才库是哪个部门建的", "person", ["市教育局"], B, "", {}),
    ("ycg-amount-05", "岗位需求表里备注写着急需紧缺的岗位 课时津贴有什么不一样", "amount", ["上浮20%"], G, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["ycb-amount-03", "ycb-general-04", "ycb-yesno-04", "ycb-count-fu-01", "ycg-yesno-02", "ycg-amount-03", "ycg-time-fu-01",
        "ycg-yesno-fu-01"]
