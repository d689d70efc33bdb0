"""Questions of fresh25-test.jsonl (江西省赣州市瑞金市: the 瑞金市人民政府办公室关于成立瑞金市产教融合工作领导小组的通知 as a
LibreOffice-printed .pdf (组成人员 as a three-column table 领导小组职务 / 姓名 / 单位及职务, 领导小组办公室, 主要职责, 工作制度,
the 联席会议 notice it replaces) and the 关于召开瑞金市产教融合推进会的通知 as Markdown (headings, a bulleted 参会人员 list, the
议程 and the 有关要求 as numbered lists, the 回执 as a pipe table)). Written from the documents only.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
JX = "江西省"
GZ = "江西省赣州市"
RJ = "江西省赣州市瑞金市"
YD = "江西省赣州市于都县"
SZB = RJ + "沙洲坝镇"
YP = RJ + "叶坪乡"
XH = RJ + "象湖镇"
RT = RJ + "壬田镇"
JB = RJ + "九堡镇"
YSS = RJ + "云石山乡"
L = "ruijin-lingdao-xiaozu"
H = "ruijin-tuijinhui-tongzhi"
BOTH = [H, L]

QUESTIONS = [
    # amount
    ("rjl-amount-01", "瑞金产教融合领导小组一年工作经费多少钱", "amount", ["工作经费每年8.6万元"], L, RJ, {}),
    ("rjl-amount-02", "瑞金领导小组的经费谁出 一年多少", "amount", ["8.6万元", "由市教育体育局在部门预算中统筹安排"], L, RJ, {"two": True}),
    ("rjl-amount-fu-01", "它的工作经费一年多少", "amount", ["8.6万元"], L, RJ, {"context": ["瑞金产教融合领导小组办公室在哪个单位"]}),
    # person
    ("rjl-person-01", "瑞金产教融合工作领导小组组长是哪位", "person", ["赖振华"], L, RJ, {}),
    ("rjl-person-02", "瑞金领导小组办公室放在哪个部门", "person", ["办公室设在市教育体育局"], L, RJ, {}),
    ("rjl-person-03", "瑞金产教融合领导小组办公室主任谁兼的", "person", ["钟慧敏"], L, RJ, {}),
    ("rjl-person-04", "瑞金领导小组联络员叫啥 电话是多少", "person", ["彭俊杰", "0797-2526318"], L, RJ, {"two": True}),
    ("rjl-person-05", "瑞金财政局谁是领导小组成员", "person", ["曾雪莲"], L, RJ, {}),
    ("rjl-person-06", "瑞金开发区管委会在领导小组里是谁", "person", ["胡建平"], L, RJ, {}),
    ("rjl-person-07", "瑞金领导小组里发改委的成员是哪个", "person", ["杨子健"], L, RJ, {}),
    ("rjl-person-08", "瑞金市教育体育局局长在领导小组里担任啥", "person", ["副组长", "温芳菲"], L, RJ, {}),
    ("rjl-person-09", "瑞金领导小组专题会议谁来召集", "person", ["由组长临时召集专题会议"], L, RJ, {}),
    ("rjl-person-10", "瑞金原来联席会议没办完的事现在谁接着办", "person", ["由领导小组办公室接续办理"], L, RJ, {}),
    ("rjl-person-fu-01", "主任是谁", "person", ["钟慧敏"], L, RJ, {"context": ["瑞金产教融合领导小组办公室设在哪"]}),
    ("rjt-person-01", "瑞金产教融合推进会谁主持", "person", ["谢明轩"], H, RJ, {}),
    ("rjt-person-02", "瑞金推进会上最后谁讲话", "person", ["组长、市人民政府常务副市长赖振华讲话"], H, RJ, {}),
    ("rjt-person-03", "瑞金推进会上谁解读学徒补贴政策", "person", ["廖志远"], H, RJ, {}),
    ("rjt-person-04", "瑞金推进会谁通报工作进展", "person", ["市教育体育局局长温芳菲"], H, RJ, {}),
    ("rjt-person-05", "瑞金推进会会务上的事找谁", "person", ["邱丽娟", "0797-2526307"], H, RJ, {}),
    ("rjt-person-06", "瑞金推进会请假要谁同意", "person", ["须经本单位主要负责同志同意"], H, RJ, {}),
    ("rjt-person-07", "瑞金推进会有问题联系哪个 电话多少", "person", ["彭俊杰", "0797-2526318"], H, RJ, {"two": True}),
    # time
    ("rjl-time-01", "瑞金产教融合领导小组多长时间开一次全体会", "time", ["每半年召开一次全体会议"], L, RJ, {}),
    ("rjl-time-02", "瑞金成员单位联络员名单最晚啥时候报", "time", ["2026年3月27日前"], L, RJ, {}),
    ("rjl-time-03", "瑞金领导小组办公室什么时候汇总各单位进展", "time", ["每季度末月25日前"], L, RJ, {}),
    ("rjt-time-01", "瑞金产教融合推进会哪天开", "time", ["2026年5月14日"], H, RJ, {}),
    ("rjt-time-02", "瑞金推进会几点开始", "time", ["下午2:30"], H, RJ, {}),
    ("rjt-time-03", "瑞金推进会几点到几点签到", "time", ["下午1:40—2:15"], H, RJ, {}),
    ("rjt-time-04", "瑞金推进会回执截止到啥时候", "time", ["2026年5月8日12:00前"], H, RJ, {}),
    ("rjt-time-05", "瑞金推进会交流材料哪天之前发", "time", ["2026年5月11日前"], H, RJ, {}),
    ("rjt-time-06", "瑞金推进会大概开多久", "time", ["会期约2小时"], H, RJ, {}),
    ("rjt-time-07", "瑞金推进会礼拜几开", "time", ["星期四"], H, RJ, {}),
    ("rjt-time-08", "瑞金推进会要提前几分钟进场", "time", ["提前10分钟入场"], H, RJ, {}),
    ("rjt-time-09", "瑞金领导小组哪天成立的 推进会又定在哪天", "time", ["2026年3月18日", "2026年5月14日"], H, RJ,
     {"docs": BOTH, "two": True}),
    ("rjt-time-fu-01", "那报到是几点", "time", ["下午1:40—2:15"], H, RJ, {"context": ["瑞金产教融合推进会定在哪天"]}),
    # count
    ("rjl-count-01", "瑞金产教融合领导小组有几个副组长", "count", ["谢明轩", "温芳菲"], L, RJ, {}),
    ("rjl-count-02", "瑞金各成员单位要报几个联络员", "count", ["1名联络员"], L, RJ, {}),
    ("rjl-count-03", "瑞金领导小组一年开几次全体会议", "count", ["每半年召开一次全体会议"], L, RJ, {}),
    ("rjt-count-01", "瑞金推进会每个乡镇去几个人", "count", ["各乡镇人民政府分管负责同志各1名"], H, RJ, {}),
    ("rjt-count-02", "瑞金推进会职业院校一共去几个人", "count", ["共2名"], H, RJ, {}),
    ("rjt-count-03", "瑞金推进会交流材料最多多少字", "count", ["不超过2000字"], H, RJ, {}),
    ("rjt-count-04", "瑞金推进会上签几个校企合作项目", "count", ["共签约项目3个"], H, RJ, {}),
    ("rjt-count-05", "瑞金推进会交流材料要配几张照片", "count", ["2至3张工作照片"], H, RJ, {}),
    ("rjt-count-06", "瑞金推进会融媒体中心来几个记者", "count", ["记者2名"], H, RJ, {}),
    ("rjt-count-07", "瑞金推进会每个单位发言给几分钟", "count", ["不超过5分钟"], H, RJ, {}),
    # yesno
    ("rjl-yesno-01", "瑞金领导小组成员调走了还要重新发文件吗", "yesno", ["自然递补", "不再另行发文"], L, RJ, {}),
    ("rjl-yesno-02", "瑞金以前的校企合作联席会议还在不在", "yesno", ["原瑞金市校企合作工作联席会议同时撤销"], L, RJ, {}),
    ("rjl-yesno-03", "瑞金联席会议那个2022年的文件还有效吗", "yesno", ["瑞府办字〔2022〕37号", "同时废止"], L, RJ, {}),
    ("rjl-yesno-04", "瑞金领导小组联络员换人了要告诉谁吗", "yesno", ["由所在单位及时告知领导小组办公室"], L, RJ, {}),
    ("rjl-yesno-05", "胡建平是瑞金领导小组的副组长吗", "yesno", ["瑞金经济技术开发区管委会副主任"], L, RJ, {}),
    ("rjt-yesno-01", "瑞金推进会要穿正装吗", "yesno", ["参会人员请着正装"], H, RJ, {}),
    ("rjt-yesno-02", "瑞金推进会能请假不", "yesno", ["原则上不得请假"], H, RJ, {}),
    ("rjt-yesno-03", "瑞金推进会管饭吗", "yesno", ["会议安排工作晚餐"], H, RJ, {}),
    ("rjt-yesno-04", "瑞金推进会开会能接电话吗", "yesno", ["手机调至静音或关机状态"], H, RJ, {}),
    ("rjt-yesno-05", "瑞金推进会有记者来吗", "yesno", ["市融媒体中心记者2名"], H, RJ, {}),
    ("rjt-yesno-06", "绿源食品有限公司在推进会上要发言吗", "yesno", ["瑞金绿源食品有限公司"], H, "", {}),
    ("rjt-yesno-07", "红都职业技术学校这次推进会要不要准备发言", "yesno", ["瑞金市红都职业技术学校"], H, "", {}),
    # list
    ("rjl-list-01", "瑞金领导小组副组长都是谁", "list", ["谢明轩", "温芳菲"], L, RJ, {}),
    ("rjl-list-02", "瑞金产教融合领导小组成员有哪些人", "list",
     ["钟慧敏", "杨子健", "刘宏斌", "曾雪莲", "廖志远", "朱晓婷", "邹春生", "胡建平"], L, RJ, {}),
    ("rjl-list-03", "瑞金领导小组主要职责有哪些", "list",
     ["研究制定全市深化产教融合的政策措施和年度工作要点", "统筹全市职业院校专业布局", "协调解决校企合作",
      "督促各成员单位按职责分工抓好工作落实"], L, RJ, {}),
    ("rjl-list-04", "瑞金职业院校专业布局要对接哪些产业", "list", ["红色文旅", "电子信息", "食品加工"], L, RJ, {}),
    ("rjt-list-01", "瑞金推进会哪些人要参加", "list",
     ["领导小组组长、副组长和全体成员", "各乡镇人民政府分管负责同志各1名", "管委会分管负责同志1名", "校长和分管校领导各1名",
      "拟签约企业负责人各1名", "市融媒体中心记者2名"], H, RJ, {}),
    ("rjt-list-02", "瑞金推进会议程是啥", "list",
     ["通报全市产教融合工作进展", "校企合作项目集中签约", "作交流发言", "解读企业新型学徒制培养补贴政策", "部署下阶段产教融合重点工作",
      "赖振华讲话"], H, RJ, {}),
    ("rjt-list-03", "瑞金推进会回执表要填哪几栏", "list", ["单位名称", "姓名", "职务", "手机号码", "是否需要安排用餐", "备注"], H, RJ, {}),
    ("rjt-list-04", "瑞金推进会上哪几个单位交流发言", "list",
     ["瑞金市红都职业技术学校", "瑞金绿源食品有限公司", "沙洲坝镇人民政府"], H, RJ, {}),
    ("rjt-list-05", "瑞金推进会会议纪律有哪些", "list", ["不得随意走动", "手机调至静音或关机状态", "原则上不得请假"], H, RJ, {}),
    # docfact
    ("rjl-docfact-01", "瑞金成立产教融合领导小组的文号多少", "docfact", ["瑞府办字〔2026〕9号"], L, RJ, {}),
    ("rjl-docfact-02", "瑞金领导小组成立通知落款日期", "docfact", ["2026年3月18日"], L, RJ, {}),
    ("rjl-docfact-03", "瑞金成立领导小组后废止了哪个文件", "docfact",
     ["瑞金市人民政府办公室关于建立瑞金市校企合作工作联席会议制度的通知", "瑞府办字〔2022〕37号"], L, RJ, {}),
    ("rjl-docfact-04", "瑞金成立领导小组的通知谁发的", "docfact", ["瑞金市人民政府办公室"], L, RJ, {}),
    ("rjl-docfact-05", "瑞金领导小组那份通知是不是公开的", "docfact", ["此件主动公开"], L, RJ, {}),
    ("rjt-docfact-01", "瑞金推进会通知的文号", "docfact", ["瑞产教领办〔2026〕4号"], H, RJ, {}),
    ("rjt-docfact-02", "瑞金推进会通知哪天发的 谁发的", "docfact", ["2026年4月24日", "瑞金市产教融合工作领导小组办公室"], H, RJ,
     {"two": True}),
    ("rjt-docfact-03", "瑞金推进会通知后面附的是啥", "docfact", ["瑞金市产教融合推进会参会回执"], H, RJ, {}),
    # general
    ("rjl-general-01", "瑞金为啥要成立产教融合领导小组", "general", ["加强对全市产教融合工作的统筹领导"], L, RJ, {}),
    ("rjl-general-02", "瑞金领导小组办公室平常干啥", "general", ["负责领导小组日常工作"], L, RJ, {}),
    ("rjl-general-03", "瑞金各成员单位除了联络员还要报谁", "general", ["1名分管负责同志"], L, RJ, {}),
    ("rjt-general-01", "瑞金推进会在哪开", "general", ["瑞金经济技术开发区管委会4楼报告厅"], H, RJ, {}),
    ("rjt-general-02", "瑞金推进会回执发哪个邮箱", "general", ["rjcjrhb@163.com"], H, RJ, {}),
    ("rjt-general-03", "瑞金推进会到了在哪签到", "general", ["在会场入口处签到"], H, RJ, {}),
    ("rjt-general-04", "瑞金开这个推进会是为了啥", "general", ["推动校企合作项目落地见效"], H, RJ, {}),
    ("rjt-general-05", "瑞金推进会回执里用餐那栏咋填", "general", ["填“是”或“否”"], H, RJ, {}),
    ("rjt-general-06", "瑞金推进会请了假要报备给谁", "general", ["报领导小组办公室备案"], H, RJ, {}),
    ("rjt-general-07", "瑞金推进会要交交流材料 领导小组办公室设在哪", "general", ["2026年5月11日前", "办公室设在市教育体育局"], H, RJ,
     {"docs": BOTH, "two": True}),
    ("rjt-general-08", "瑞金领导小组多久开一次全体会 这次推进会开多久", "general", ["每半年召开一次全体会议", "会期约2小时"], H, RJ,
     {"docs": BOTH, "two": True}),
    # region-scoped — a 乡 / 镇 of 瑞金市
    ("rjt-rs-01", "沙洲坝镇在瑞金推进会上要干啥", "region-scoped", ["沙洲坝镇人民政府作交流发言"], H, SZB, {}),
    ("rjt-rs-02", "我是瑞金叶坪乡的 推进会乡里去几个人", "region-scoped", ["各乡镇人民政府分管负责同志各1名"], H, YP, {}),
    ("rjt-rs-03", "瑞金象湖镇要派人参加推进会吗", "region-scoped", ["各乡镇人民政府分管负责同志各1名"], H, XH, {}),
    ("rjt-rs-04", "壬田镇这次推进会派谁去", "region-scoped", ["分管负责同志各1名"], H, RT, {}),
    ("rjt-rs-05", "瑞金九堡镇推进会回执往哪发", "region-scoped", ["rjcjrhb@163.com"], H, JB, {}),
    ("rjt-rs-06", "云石山乡要交推进会回执吗 啥时候截止", "region-scoped", ["2026年5月8日12:00前"], H, YSS, {}),
    ("rjt-rs-fu-01", "那沙洲坝镇能讲多久", "region-scoped", ["每个单位发言不超过5分钟"], H, SZB,
     {"context": ["瑞金沙洲坝镇这次推进会有发言任务吗"]}),
    ("rjl-rs-01", "瑞金叶坪乡政府有没有收到成立领导小组的通知", "region-scoped", ["各乡镇人民政府"], L, YP, {}),
    ("rjl-rs-02", "瑞金壬田镇想对接食品加工产业 领导小组管不管", "region-scoped", ["食品加工等产业需求对接"], L, RT, {}),
    # unstated — three hierarchy traps (省 / 赣州市 / 于都县), four words no document of any round has
    ("x-f25-unstated-08", "江西省产教融合工作领导小组办公室设在哪", "unstated", None, None, JX, {}),
    ("x-f25-unstated-09", "赣州市产教融合领导小组组长是谁", "unstated", None, None, GZ, {}),
    ("x-f25-unstated-10", "于都县产教融合推进会什么时候开", "unstated", None, None, YD, {}),
    ("x-f25-unstated-11", "瑞金推进会完了要集体合影吗", "unstated", None, None, RJ, {}),
    ("x-f25-unstated-12", "瑞金推进会会场挂不挂横幅", "unstated", None, None, RJ, {}),
    ("x-f25-unstated-13", "瑞金推进会那天下雨要带雨具吗", "unstated", None, None, RJ, {}),
    ("x-f25-unstated-14", "瑞金推进会座次怎么排", "unstated", None, None, RJ, {}),
]

UNSTATED_ABSENT = {
    "x-f25-unstated-08": ["领导小组办公室"],
    "x-f25-unstated-09": ["产教融合工作领导小组"],
    "x-f25-unstated-10": ["推进会"],
    "x-f25-unstated-11": ["合影"],
    "x-f25-unstated-12": ["横幅"],
    "x-f25-unstated-13": ["雨具"],
    "x-f25-unstated-14": ["座次"],
}
HIER = ["x-f25-unstated-08", "x-f25-unstated-09", "x-f25-unstated-10"]
REGION_FREE = {"rjt-yesno-06": "绿源食品", "rjt-yesno-07": "红都职业技术学校"}
ONLY = ["rjl-person-02", "rjl-person-03", "rjt-time-04", "rjt-person-05", "rjl-time-01"]
