"""Questions of fresh47-dev.jsonl (河南省周口市沈丘县: 沈丘县人力资源和社会保障局　沈丘县财政局关于印发《沈丘县技能大师工作室建设
管理办法》的通知 (沈人社〔2026〕11号, 2026年3月18日) with the 办法 and its 评审指标 — text copied out of the PDF —, and the 关于命名
2026年度沈丘县技能大师工作室并拨付首期建设资助资金的通知 (沈人社〔2026〕27号, 2026年7月20日) as a LibreOffice .docx). Written from
the documents only. What the 办法 and its 印发通知 state (an 条 or item, the 评审指标, the issuers, 文号, date, contacts, the 2026 申报
window) → `doc` = the .txt, also when the 命名通知 repeats it; what only the 命名通知 says (this year's applicants, workshops, masters,
hosts, scores, tasks, the reserve list, who did not pass and why, the money paid, examples, dates) and questions that say they read
it → `doc` = the .docx.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split between
the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
SQ = "河南省周口市沈丘县"
LZD = SQ + "刘庄店镇"
LF = SQ + "留福镇"
ZDY = SQ + "赵德营镇"
FJ = SQ + "付井镇"
ZD = SQ + "纸店镇"
XAJ = SQ + "新安集镇"
LC = SQ + "莲池镇"
BYJ = SQ + "北杨集镇"
FY = SQ + "范营乡"
SS = "河南省周口市商水县"
LY = "河南省周口市鹿邑县"
HY = "河南省周口市淮阳区"
B = "shenqiu-dashi-banfa"
M = "shenqiu-dashi-mingming"
BOTH = [B, M]

QUESTIONS = [
    # amount
    ("sqb-amount-01", "沈丘技能大师工作室命名以后给多少建设资助", "amount", ["给予每个10万元建设资助"], B, SQ, {}),
    ("sqb-amount-02", "沈丘大师工作室期满验收评上优秀还另外奖励多少", "amount", ["另给予2万元奖励"], B, SQ, {}),
    ("sqb-amount-03", "沈丘领办人带的徒弟考上高级工 一个徒弟给多少带徒津贴", "amount", ["取得高级工的每名1500元"], B, SQ, {}),
    ("sqb-amount-04", "沈丘一个技能大师工作室一年的带徒津贴最多能拿多少", "amount", ["每个工作室每年带徒津贴不超过1万元"], B, SQ,
     {}),
    ("sqb-amount-06", "沈丘工作室的设备价值至少要多少 建设资助命名后先拨百分之几", "amount",
     ["工作室设备价值不少于20万元", "命名后拨付60%"], B, SQ, {"two": True}),
    ("sqb-amount-fu-01", "考上技师的呢", "amount", ["取得技师的每名2000元"], B, SQ,
     {"context": ["沈丘技能大师工作室领办人带徒弟有带徒津贴吗"]}),
    ("sqm-amount-01", "沈丘这次命名的4个工作室首期资助一共拨了多少", "amount", ["4个工作室合计240000元"], M, SQ, {}),
    ("sqm-amount-02", "沈丘蒋秀兰那个工作室首期能拿到多少钱", "amount", ["即每个60000元"], M, SQ, {}),
    ("sqm-amount-03", "沈丘郜志刚工作室2027年有3个徒弟考上高级工1个考上技师 带徒津贴是多少", "amount",
     ["3×1500＋1×2000＝6500元"], M, SQ, {}),
    ("sqm-amount-04", "沈丘命名通知里邢国栋工作室那个例子按标准算超了 最后拨多少", "amount", ["按10000元拨付"], M, SQ, {}),
    ("sqm-amount-05", "沈丘这批工作室剩下的资助4个合计还有多少 什么时候拨", "amount",
     ["合计160000元", "在建设期满验收合格后拨付"], M, SQ, {"two": True}),
    ("sqm-amount-fu-01", "每个工作室至少要配多少钱", "amount", ["即每个工作室不少于50000元"], M, SQ,
     {"context": ["沈丘这次命名的技能大师工作室 依托单位要配套投入吧"]}),
    # person
    ("sqb-person-01", "沈丘技能大师工作室建设管理办法是哪几个部门发的", "person", ["沈丘县人力资源和社会保障局", "沈丘县财政局"], B,
     SQ, {}),
    ("sqb-person-02", "沈丘大师工作室的资助资金是哪个部门负责拨付", "person", ["县财政局负责资助资金的预算安排、拨付和监督"], B,
     SQ, {}),
    ("sqb-person-04", "沈丘技能大师工作室建设管理办法由谁负责解释", "person", ["本办法由县人社局、县财政局负责解释"], B, SQ, {}),
    ("sqb-person-05", "沈丘申报技能大师工作室找哪个股室 电话多少", "person", ["县人社局职业能力建设股", "0394-5218637"], B, SQ,
     {"two": True}),
    ("sqb-person-06", "沈丘的带徒津贴最后是发给谁的", "person", ["给予领办人带徒津贴"], B, SQ, {}),
    ("sqb-person-fu-01", "公示完了由谁发文命名", "person", ["由县人社局、县财政局联合发文命名并授牌"], B, SQ,
     {"context": ["沈丘技能大师工作室拟命名名单要公示吧"]}),
    ("sqm-person-01", "沈丘这次评审得分最高的是哪个工作室", "person", ["沈丘县郜志刚技能大师工作室"], M, SQ, {}),
    ("sqm-person-02", "沈丘这次进了后备名单的是谁领办的工作室", "person", ["乔振东、韩素芳领办的2个工作室"], M, SQ, {}),
    ("sqm-person-03", "沈丘这次命名的工作室里依托职业院校的是哪个学校", "person", ["沈丘县槐源职业技术学校"], M, SQ, {}),
    ("sqm-person-04", "沈丘哪个工作室是因为依托单位注册不满2年没过初审的", "person", ["彭玉洁领办的工作室"], M, SQ, {}),
    ("sqm-person-fu-01", "资金拨付的事找谁 电话多少", "person", ["于春燕", "0394-5213092"], M, SQ,
     {"context": ["沈丘技能大师工作室命名通知出来了 首期资助什么时候到账"], "two": True}),
    # time
    ("sqb-time-01", "沈丘技能大师工作室办法什么时候开始施行 有效期几年", "time", ["本办法自2026年4月1日起施行", "有效期3年"], B,
     SQ, {"two": True}),
    ("sqb-time-02", "沈丘2026年度技能大师工作室是什么时候申报", "time", ["2026年4月13日（星期一）至5月12日（星期二）"], B, SQ,
     {}),
    ("sqb-time-03", "沈丘技能大师工作室建设期多长 从什么时候开始算", "time", ["工作室建设期为2年，自命名次月1日起计算"], B, SQ,
     {}),
    ("sqb-time-04", "沈丘带徒津贴每年在什么时候之前申领", "time", ["在每年1月31日前向县人社局提交上一年度徒弟取得证书情况"], B,
     SQ, {}),
    ("sqb-time-05", "沈丘依托单位收到带徒津贴后多少天内要发给领办人", "time", ["依托单位在收到资金后15日内足额发放给领办人"], B,
     SQ, {}),
    ("sqb-time-06", "沈丘县人社局每年几月对技能大师工作室做年度考核", "time", ["每年2月对工作室上一年度任务完成情况进行考核"], B,
     SQ, {}),
    ("sqb-time-fu-01", "限期多久整改", "time", ["限期3个月整改"], B, SQ,
     {"context": ["沈丘技能大师工作室年度考核不合格会怎么样"]}),
    ("sqm-time-01", "沈丘这次命名的工作室建设期到哪天结束", "time", ["2028年7月31日"], M, SQ, {}),
    ("sqm-time-02", "沈丘这批工作室的首期资助在哪天前拨到依托单位", "time", ["2026年8月14日前拨付至依托单位"], M, SQ, {}),
    ("sqm-time-03", "沈丘这次拟命名的工作室是哪几天公示的", "time", ["2026年7月6日至7月12日公示"], M, SQ, {}),
    ("sqm-time-04", "沈丘办法说建设期满后几个月内验收 这批工作室最晚哪天前验收完", "time",
     ["建设期满后3个月内", "2028年10月31日前完成期满验收"], M, SQ, {"docs": BOTH, "two": True}),
    ("sqm-time-fu-01", "这半年的带徒津贴最晚哪天之前报", "time", ["2027年1月31日前"], M, SQ,
     {"context": ["沈丘穆红梅工作室2026年下半年有两个徒弟考上了中级工"]}),
    # count
    ("sqb-count-01", "沈丘当技能大师工作室领办人要在本工种岗位干满几年", "count", ["连续工作满10年"], B, SQ, {}),
    ("sqb-count-02", "沈丘技能大师工作室的场所至少要多少平方米", "count", ["不少于80平方米的固定场所"], B, SQ, {}),
    ("sqb-count-03", "沈丘工作室团队至少几个人 技师以上要几个", "count", ["工作室团队成员不少于5名", "技师以上等级的不少于2名"], B,
     SQ, {"two": True}),
    ("sqb-count-04", "沈丘一个依托单位最多能申报几个工作室", "count", ["同一依托单位申报的工作室不超过2个"], B, SQ, {}),
    ("sqb-count-05", "沈丘技能大师工作室每年至少要带几个徒弟", "count", ["带徒不少于3名"], B, SQ, {}),
    ("sqb-count-06", "沈丘申报的领办人近3年要带过几个徒弟", "count", ["近3年带徒不少于5名"], B, SQ, {}),
    ("sqb-count-fu-01", "累计要几个", "count", ["累计不少于4名"], B, SQ,
     {"context": ["沈丘技能大师工作室建设期满对徒弟取得高一等级证书有要求吗"]}),
    ("sqm-count-01", "沈丘这次一共多少个工作室申报 几个过了资格初审", "count", ["全县共有9个工作室申报", "8个通过资格初审"], M,
     SQ, {"two": True}),
    ("sqm-count-02", "沈丘这次技能大师工作室评审合格的有几个", "count", ["6个工作室评审得分在75分以上"], M, SQ, {}),
    ("sqm-count-03", "沈丘这次命名的工作室里依托企业的有几个", "count", ["依托企业的3个"], M, SQ, {}),
    ("sqm-count-04", "沈丘办法规定评审至少要几名专家 这次实际请了几名", "count", ["不少于5名专家", "组织7名专家"], M, SQ,
     {"docs": BOTH, "two": True}),
    ("sqm-count-05", "沈丘这次命名的4个工作室一年一共要带多少徒弟", "count", ["带徒15名"], M, SQ, {}),
    # yesno
    ("sqb-yesno-01", "沈丘领办人今年56岁了 还能申报技能大师工作室吗", "yesno", ["申报时不超过55周岁"], B, SQ, {}),
    ("sqb-yesno-02", "沈丘一个师傅能同时领办两个技能大师工作室吗", "yesno", ["同一领办人只能领办1个工作室"], B, SQ, {}),
    ("sqb-yesno-03", "沈丘已经是市级技能大师工作室了 还能再评县级的吗", "yesno", ["不再重复命名县级工作室"], B, SQ, {}),
    ("sqb-yesno-04", "沈丘工作室的资助资金能给团队成员发工资吗", "yesno", ["不得用于人员工资、奖金、招待费和罚款"], B, SQ, {}),
    ("sqb-yesno-05", "沈丘同一个徒弟在建设期里考了两次证 带徒津贴能算两次吗", "yesno", ["同一徒弟在建设期内只计算一次"], B, SQ,
     {}),
    ("sqb-yesno-06", "沈丘领办人调到外县工作了 工作室还能保留吗", "yesno", ["经县人社局同意后更换领办人", "不能更换的，撤销命名"], B,
     SQ, {}),
    ("sqb-yesno-07", "沈丘没有技术能手称号 只有技师证能当领办人吗", "yesno", ["技师以上职业技能等级证书或者职业资格证书"], B, SQ,
     {}),
    ("sqb-yesno-08", "沈丘进了后备名单的工作室下一年还要重新交申报材料吗", "yesno", ["下一年度可以不再提交申报材料"], B, SQ, {}),
    ("sqb-yesno-fu-01", "剩下的资助还给不给", "yesno", ["剩余40%资助资金不予拨付"], B, SQ,
     {"context": ["沈丘技能大师工作室期满验收不合格会怎么样"]}),
    ("sqm-yesno-01", "沈丘乔振东领办的工作室这次命名了吗", "yesno", ["乔振东、韩素芳领办的2个工作室评审合格但未进入当年命名数量"],
     M, SQ, {}),
    ("sqm-yesno-02", "沈丘柴文博领办的工作室这次评审过了没有", "yesno", ["72.0分、68.5分，低于75分"], M, SQ, {}),
    ("sqm-yesno-03", "沈丘这次的首期资助是直接打到领办人个人账上吗", "yesno", ["拨付至依托单位"], M, SQ, {}),
    ("sqm-yesno-fu-01", "有没有做中式烹调师的", "yesno", ["涉及焊工、中式面点师、电工、汽车维修工4个职业（工种）"], M, SQ,
     {"context": ["沈丘这次命名的技能大师工作室名单我看了"]}),
    # list
    ("sqb-list-01", "沈丘申报技能大师工作室要交哪些材料", "list",
     ["技能大师工作室申报表", "获得称号的证明材料", "工作室团队成员名单", "主要设备清单", "近3年带徒协议和徒弟取得证书情况",
      "工作室两年建设方案"], B, SQ, {}),
    ("sqb-list-02", "沈丘技能大师工作室有哪些情况会被撤销命名", "list",
     ["申报或者验收中弄虚作假的", "连续2年年度考核不合格的", "依托单位注销或者不再为工作室提供保障的", "领办人不能履职且不能更换的"],
     B, SQ, {}),
    ("sqb-list-03", "沈丘技能大师工作室每年要完成哪些建设任务", "list",
     ["带徒不少于3名", "不少于100人次", "技术革新项目不少于1项", "培训教材不少于1项"], B, SQ, {}),
    ("sqb-list-04", "沈丘工作室的资助资金可以用在哪些方面", "list",
     ["设备购置和维护、带徒培养、技术攻关、培训教材开发和交流研修"], B, SQ, {}),
    ("sqb-list-05", "沈丘技能大师工作室评审指标有哪几项", "list",
     ["领办人技能水平", "带徒业绩", "技术创新和攻关成果", "团队建设", "场所和设备", "建设方案"], B, SQ, {}),
    ("sqb-list-fu-01", "依托单位要满足哪些条件", "list",
     ["在本县依法登记注册满2年", "不少于80平方米的固定场所", "工作室团队成员不少于5名", "不低于资助资金50%的比例配套投入"], B, SQ,
     {"context": ["沈丘申报技能大师工作室对领办人的条件我看过了"]}),
    ("sqm-list-01", "沈丘这次命名了哪几个技能大师工作室", "list",
     ["沈丘县郜志刚技能大师工作室", "沈丘县蒋秀兰技能大师工作室", "沈丘县邢国栋技能大师工作室"], M, SQ, {"items": 4}),
    ("sqm-list-02", "沈丘这次命名的工作室都涉及哪些职业工种", "list", ["焊工、中式面点师、电工、汽车维修工"], M, SQ, {}),
    ("sqm-list-03", "沈丘这次没通过的是哪几个 原因分别是什么", "list",
     ["彭玉洁领办的工作室", "不满2年", "尹德胜、柴文博领办的2个工作室", "低于75分"], M, SQ, {}),
    ("sqm-list-04", "沈丘郜志刚工作室每年的建设任务有哪些", "list", ["带徒4名", "培训120人次", "厚板焊接变形控制"], M, SQ, {}),
    ("sqm-list-05", "沈丘这次命名的工作室依托单位都是哪几家", "list",
     ["沈丘县鼎丰重工机械有限公司", "沈丘县槐源职业技术学校", "沈丘县汇能电力安装有限公司", "沈丘县安驰汽车服务有限公司"], M, SQ,
     {}),
    # docfact
    ("sqb-docfact-01", "沈丘技能大师工作室建设管理办法的文号是多少", "docfact", ["沈人社〔2026〕11号"], B, SQ, {}),
    ("sqb-docfact-02", "沈丘技能大师工作室办法是依据哪部法律制定的", "docfact", ["《中华人民共和国职业教育法》"], B, SQ, {}),
    ("sqb-docfact-03", "沈丘技能大师工作室办法后面的附件是什么", "docfact", ["沈丘县技能大师工作室评审指标"], B, SQ, {}),
    ("sqb-docfact-04", "沈丘工作室建设管理办法是哪天印发的 一共有几章", "docfact", ["2026年3月18日", "第七章　附则"], B, SQ,
     {"two": True}),
    ("sqb-docfact-05", "沈丘技能大师工作室评审指标里带徒业绩占多少分", "docfact", ["带徒业绩　20"], B, SQ, {}),
    ("sqm-docfact-01", "沈丘命名技能大师工作室的那个通知文号是多少", "docfact", ["沈人社〔2026〕27号"], M, SQ, {}),
    ("sqm-docfact-02", "沈丘这次命名通知是依据哪个文件", "docfact", ["《沈丘县技能大师工作室建设管理办法》（沈人社〔2026〕11号"], M,
     SQ, {}),
    ("sqm-docfact-03", "沈丘技能大师工作室命名通知是哪天发的", "docfact", ["2026年7月20日"], M, SQ, {}),
    # general
    ("sqb-general-01", "沈丘说的技能大师工作室到底是个什么平台", "general", ["以技能大师（以下称领办人）为核心"], B, SQ, {}),
    ("sqb-general-02", "沈丘技能大师工作室的名字按什么格式起", "general", ["“沈丘县＋领办人姓名＋技能大师工作室”的格式命名"], B,
     SQ, {}),
    ("sqb-general-03", "沈丘技能大师工作室评审得分是怎么算出来的", "general", ["去掉一个最高分和一个最低分后取平均分作为评审得分"],
     B, SQ, {}),
    ("sqb-general-04", "沈丘评审得分一样的时候谁排前面", "general", ["得分相同的，领办人职业技能等级高的优先"], B, SQ, {}),
    ("sqb-general-05", "沈丘工作室因为弄虚作假被撤销命名会怎么处理", "general",
     ["追回已拨付的资助资金和带徒津贴", "3年内不得再次申报"], B, SQ, {}),
    ("sqb-general-fu-01", "要是验收的时候配套投入还没到位会怎样", "general", ["按不合格处理"], B, SQ,
     {"context": ["沈丘技能大师工作室依托单位配套投入的要求我知道了"]}),
    ("sqm-general-01", "沈丘邢国栋工作室的带徒津贴为什么只拨10000元", "general", ["超过每年1万元的上限"], M, SQ, {}),
    ("sqm-general-02", "沈丘这次为什么只命名了4个工作室", "general",
     ["每年命名不超过4个，按评审得分从高到低确定前4名为命名工作室"], M, SQ, {}),
    ("sqm-general-03", "沈丘首期资助每个60000元是怎么算出来的", "general", ["命名后拨付60%，即每个60000元"], M, SQ, {}),
    ("sqm-general-fu-01", "为什么是从8月1日开始算", "general",
     ["自命名次月1日起计算", "建设期自2026年8月1日至2028年7月31日"], M, SQ,
     {"context": ["沈丘这次命名的技能大师工作室建设期我想了解一下"], "docs": BOTH}),
    ("sqm-general-04", "沈丘办法里建设资助分几次拨 这次首期4个工作室一共拨了多少", "general",
     ["分两次拨付", "合计240000元"], M, SQ, {"docs": BOTH, "two": True}),
    # region-scoped
    ("sqb-rs-01", "我们厂在刘庄店镇 想依托厂里申报沈丘的技能大师工作室 要注册满几年", "region-scoped",
     ["在本县依法登记注册满2年"], B, LZD, {}),
    ("sqb-rs-02", "留福镇一个老焊工想当沈丘技能大师工作室的领办人 要在岗位干满多少年", "region-scoped", ["连续工作满10年"],
     B, LF, {}),
    ("sqb-rs-03", "赵德营镇的农机合作社想在沈丘申报工作室 场所要多大", "region-scoped", ["不少于80平方米的固定场所"], B, ZDY,
     {}),
    ("sqb-rs-04", "付井镇一家机械厂问 沈丘技能大师工作室评审多少分算合格", "region-scoped", ["评审得分75分以上的为合格"], B, FJ,
     {}),
    ("sqb-rs-05", "纸店镇的小伙跟着沈丘一个技能大师考上了中级工 领办人能拿多少带徒津贴", "region-scoped",
     ["取得中级工的每名1000元"], B, ZD, {}),
    ("sqb-rs-fu-01", "团队要几个人", "region-scoped", ["工作室团队成员不少于5名"], B, XAJ,
     {"context": ["我在新安集镇一家企业当技师 想申报沈丘的技能大师工作室"]}),
    ("sqm-rs-01", "莲池镇的年轻人想学焊工 沈丘这次命名的哪个工作室是焊工的", "region-scoped", ["沈丘县郜志刚技能大师工作室"],
     M, LC, {}),
    ("sqm-rs-02", "北杨集镇一家汽修店想送人去学 沈丘这次哪个工作室是汽车维修工的", "region-scoped",
     ["沈丘县穆红梅技能大师工作室"], M, BYJ, {}),
    ("sqm-rs-fu-01", "这个工作室依托的是哪个单位", "region-scoped", ["沈丘县槐源职业技术学校"], M, FY,
     {"context": ["我家在范营乡 想去沈丘蒋秀兰技能大师工作室学面点"]}),
    # outofscope
    ("x-f47-outofscope-01", "沈丘明天天气怎么样", "outofscope", None, None, SQ, {}),
    ("x-f47-outofscope-02", "沈丘顾家馍哪家做得最正宗", "outofscope", None, None, SQ, {}),
    ("x-f47-outofscope-03", "沈丘沙颍河公园晚上几点关门", "outofscope", None, None, SQ, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f47-unstated-01", "沈丘徒弟学成以后跳槽了 领办人的带徒津贴要退回去吗", "unstated", None, None, SQ, {}),
    ("x-f47-unstated-02", "沈丘技能大师工作室收徒弟要不要办拜师仪式", "unstated", None, None, SQ, {}),
    ("x-f47-unstated-03", "沈丘当技能大师工作室领办人必须是党员吗", "unstated", None, None, SQ, {}),
    ("x-f47-unstated-04", "沈丘技能大师工作室授牌的时候要交挂牌费吗", "unstated", None, None, SQ, {}),
    ("x-f47-unstated-05", "沈丘技能大师工作室能不能把冠名权卖给赞助的企业", "unstated", None, None, SQ, {}),
    ("x-f47-unstated-06", "沈丘工作室的徒弟出师要不要统一考核", "unstated", None, None, SQ, {}),
    # region-clash — places of the same prefecture with no document of their own
    ("x-f47-clash-01", "商水县技能大师工作室命名以后给多少建设资助", "region-clash", None, None, SS, {}),
    ("x-f47-clash-02", "鹿邑县申报技能大师工作室 领办人要在岗位干满几年", "region-clash", None, None, LY, {}),
    ("x-f47-clash-03", "淮阳区今年技能大师工作室的命名名单出来了没有", "region-clash", None, None, HY, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f47-unstated-01": ["跳槽"],
    "x-f47-unstated-02": ["拜师"],
    "x-f47-unstated-03": ["党员"],
    "x-f47-unstated-04": ["挂牌费"],
    "x-f47-unstated-05": ["冠名权"],
    "x-f47-unstated-06": ["出师"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"sqb-general-07": "绝技绝活", "sqm-general-05": "首期资助"}
QUESTIONS += [
    ("sqb-general-07", "领办人没有绝技绝活还能申报技能大师工作室吗", "general",
     ["在本行业有绝技绝活，或者取得过技术革新、技术攻关成果"], B, "", {}),
    ("sqm-general-05", "拨付首期资助的那个通知里穆红梅工作室的攻关项目是什么", "general", ["混合动力车型故障诊断"], M, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["sqb-amount-04", "sqb-time-02", "sqb-yesno-08", "sqb-yesno-fu-01", "sqm-amount-03", "sqm-time-01", "sqm-general-02",
        "sqm-general-03"]
