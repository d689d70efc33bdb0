"""Questions of fresh14-dev.jsonl (安徽省阜阳市: 界首市's 实施方案 .docx and 界首高新区's 申报通知 .html). Written from the
documents only. Row: (id, q, kind, must or None, doc or None, region, extra keys)."""
JS = "安徽省阜阳市界首市"
GXQ = "安徽省阜阳市界首市界首高新技术产业开发区"
FY = "安徽省阜阳市"
P = "jieshou-shishi-fangan"
G = "jieshou-gxq-shenbao-tongzhi"

QUESTIONS = [
    # amount
    ("jsf-amount-01", "我们厂在界首 想跟职校共建个实训基地 市里按设备投入补多少 最高多少钱", "amount", ["25%", "30万元"], P, JS, {}),
    ("jsg-amount-01", "界首高新区的实训机地补助比例是多少，单个最高给多少", "amount", ["30%", "50万元"], G, GXQ, {}),
    ("jsf-amount-02", "界首岗位实习补贴 每个学生每月给企业多少钱", "amount", ["350元"], P, JS, {}),
    ("jsf-amount-fu-01", "那一家企业一年最多补多少", "amount", ["10万元"], P, JS, {"context": ["界首岗位实习补贴 每个学生每月给企业多少钱"]}),
    ("jsg-amount-02", "界首高新区实习生补贴每人每月多少，一家企业一年封顶多少", "amount", ["500元", "15万元"], G, GXQ, {"two": True}),
    ("jsf-amount-03", "界首的产业学院建设补助是多少钱一个", "amount", ["15万元"], P, JS, {}),
    ("jsg-amount-03", "界首高新区企业跟职校共建产业学院 奖励多少", "amount", ["20万元"], G, GXQ, {}),
    ("jsf-amount-04", "界首企业导师补帖一人一年多少钱啊", "amount", ["4500元"], P, JS, {}),
    ("jsg-amount-04", "我们在界首高新区 今年新招了十几个职校应届生都签了两年合同 稳岗补贴每人给多少", "amount", ["2000元"], G, GXQ, {}),
    ("jsf-amount-05", "界首今年产教融合专项资金一共多少 岗位实习补贴占多少", "amount", ["580万元", "120万元"], P, JS, {"two": True}),
    # person
    ("jsf-person-01", "界首产教融合领导小组组长是谁", "person", ["韩立群"], P, JS, {}),
    ("jsf-person-02", "界首领导小组办公室主任是哪位 电话多少", "person", ["孟庆华", "0558-4812367"], P, JS, {"two": True}),
    ("jsf-person-03", "界首的“界首校企通”平台哪个单位牵头建", "person", ["市数据资源局"], P, JS, {}),
    ("jsf-person-04", "界首实施方案里岗位实习需求清单谁负责汇总发布", "person", ["市人社局"], P, JS, {}),
    ("jsg-person-01", "界首高新区申报实训基地的事找谁 电话多少", "person", ["陶文静", "0558-4917236"], G, GXQ, {"two": True}),
    ("jsg-person-02", "界首高新区 实习补贴这块问谁", "person", ["葛昌明"], G, GXQ, {}),
    ("jsg-person-03", "界首高新区这个申报通知由哪个部门负责解释", "person", ["社会事务局"], G, GXQ, {}),
    ("jsf-person-05", "界首彩陶技艺传习所是哪个部门牵头的", "person", ["市文化旅游体育局"], P, JS, {}),
    ("jsg-person-fu-01", "那稳岗补贴呢 打哪个电话", "person", ["0558-4917281"], G, GXQ,
     {"context": ["界首高新区申报实训基地的事找谁 电话多少"]}),
    # time
    ("jsf-time-01", "界首那5个实训基地要求什么时候前建成", "time", ["2026年9月底前"], P, JS, {}),
    ("jsf-time-02", "我是界首经信局的 季度进展啥时候报", "time", ["每季度最后一个月的20日前"], P, JS, {}),
    ("jsf-time-03", "界首全年工作总结几号前交", "time", ["12月10日前"], P, JS, {}),
    ("jsg-time-01", "界首高新区产教融合项目什么时候开始申报 截止哪天", "time", ["2026年4月10日", "5月8日"], G, GXQ, {}),
    ("jsg-time-fu-01", "那每天几点能去交材料", "time", ["8:30—12:00", "14:30—17:30"], G, GXQ,
     {"context": ["界首高新区产教融合项目什么时候开始申报 截止哪天"]}),
    ("jsg-time-02", "界首高新区补助钱啥时候能到账", "time", ["7月31日前"], G, GXQ, {}),
    ("jsg-time-03", "界首高新区几时公示 公示几天", "time", ["5月下旬", "5个工作日"], G, GXQ, {"two": True}),
    ("jsf-time-04", "界首岗位实习需求清单 几号前发布", "time", ["4月30日前"], P, JS, {}),
    # count
    ("jsf-count-01", "界首今年计划新建几个实训基地 几个产业学院", "count", ["实训基地5个", "产业学院2个"], P, JS, {"two": True}),
    ("jsf-count-02", "界首要选聘多少名企业导师", "count", ["40名"], P, JS, {}),
    ("jsf-count-03", "界首今年职业技能培训目标多少人次 农村劳动力至少多少", "count", ["8000人次", "3000人次"], P, JS, {"two": True}),
    ("jsg-count-01", "界首高新区今年实训基地最多支持几个", "count", ["不超过6个"], G, GXQ, {}),
    ("jsg-count-02", "界首高新区一个企业一年能报几个事项", "count", ["3个支持事项"], G, GXQ, {}),
    ("jsf-count-04", "界首今年校企合作项目计划搞几个", "count", ["15个"], P, JS, {}),
    # yesno
    ("jsg-yesno-01", "我们公司注册在界首光武镇 不在高新区 能申请高新区的实训基地补助吗", "yesno",
     ["注册地不在高新区的企业不在本通知支持范围内"], G, GXQ, {}),
    ("jsg-yesno-02", "界首高新区的企业 同一个实训基地已经拿了界首市里的补助 高新区还能再补吗", "yesno", ["补足差额"], G, GXQ, {}),
    ("jsg-yesno-03", "界首高新区申抱材料能不能寄过去", "yesno", ["不接受邮寄"], G, GXQ, {}),
    ("jsg-yesno-04", "我们是界首高新区一家企业 去年营收1800万 能报高新区的产教融合项目吗", "yesno", ["不低于2000万元"], G, GXQ, {}),
    ("jsg-yesno-05", "界首高新区 我们实训设备是2024年底买的 能算进投入里吗", "yesno", ["2025年1月1日以后购置"], G, GXQ, {}),
    ("jsf-yesno-01", "界首岗位实习 学生才实习了三个星期 企业能拿补贴吗", "yesno", ["满1个月"], P, JS, {}),
    ("jsg-yesno-06", "在界首高新区拿了实训基地补助 过一年基地能不能不用了", "yesno", ["持续运行不少于2年"], G, GXQ, {}),
    ("jsf-yesno-02", "界首实训基地补助是一次性给还是每年都给", "yesno", ["一次性补助"], P, JS, {}),
    # list
    ("jsg-list-01", "界首高新区申报要交哪些材料", "list", ["营业执照复印件", "校企合作协议复印件", "2025年度财务报表", "社保缴纳证明"], G, GXQ,
     {"items": 7}),
    ("jsg-list-02", "界首高新区今年支持哪几类产教融合项目", "list", ["实训基地建设补助", "产业学院共建奖励", "岗位实习补贴", "稳岗补贴"], G, GXQ, {}),
    ("jsf-list-01", "我是界首人社局的 方案里我们牵头的有哪几项", "list", ["岗位实习补贴", "岗位实习需求清单", "职业技能培训8000人次"], P, JS, {}),
    ("jsf-list-02", "界首方案分工表里完成时限是12月底前的任务有哪些", "list", ["岗位实习补贴", "企业导师选聘和教师企业实践", "职业技能培训8000人次"], P, JS, {}),
    ("jsf-list-03", "界首专项资金580万都用在哪些方面", "list", ["实训基地补助150万元", "产业学院建设补助30万元", "岗位实习补贴120万元", "企业导师补助18万元"], P, JS, {}),
    ("jsf-list-04", "界首哪几个街道要建社区技能服务站", "list", ["东城街道", "西城街道", "颍南街道"], P, JS, {}),
    # docfact
    ("jsf-docfact-01", "界首那个产教融合实施方案文号是多少", "docfact", ["界政办〔2026〕21号"], P, JS, {}),
    ("jsf-docfact-02", "界首实施方案是依据哪个文件制定的", "docfact", ["阜阳市深化产教融合实施方案（2025—2027年）"], P, JS, {}),
    ("jsf-docfact-03", "界首方案是市政府哪次常务会议同意的", "docfact", ["第27次常务会议"], P, JS, {}),
    ("jsg-docfact-01", "界首高新区这个申报通知的文号和落款日期", "docfact", ["界高管〔2026〕9号", "2026年4月3日"], G, GXQ, {"two": True}),
    ("jsg-docfact-fu-01", "网站上啥时候发的", "docfact", ["2026-04-07"], G, GXQ, {"context": ["界首高新区这个申报通知的文号和落款日期"]}),
    ("jsf-docfact-04", "界首方案落款日期和印发日期分别是哪天", "docfact", ["2026年3月3日", "2026年3月5日"], P, JS, {"two": True}),
    ("jsg-docfact-02", "界首高新区的通知有几个附件 都是啥", "docfact", ["界首高新区2026年度产教融合支持项目申报表", "岗位实习补贴明细表", "申报承诺书"], G, GXQ, {}),
    # general
    ("jsf-general-01", "界首方案的适用范围是怎么规定的", "general", ["在界首市行政区域内注册的企业"], P, JS, {}),
    ("jsg-general-01", "界首高新区实地核查都查些什么", "general", ["设备到位", "工位数量", "学生实训记录"], G, GXQ, {}),
    ("jsg-general-02", "界首高新区产业学院奖励要满足什么条件", "general", ["不少于80人"], G, GXQ, {}),
    ("jsf-general-02", "界首方案里教师到企业实践有什么要求", "general", ["100名", "不少于1个月"], P, JS, {}),
    ("jsg-general-03", "在界首高新区弄虚作假被查出来会怎样", "general", ["追回已拨付资金", "3年内"], G, GXQ, {}),
    ("jsf-general-03", "界首这个方案推进会多久开一次", "general", ["每季度召开一次推进会"], P, JS, {}),
    # region-scoped (a town / 街道 inside 界首, the zone inside 界首) — answered by the 界首 plan
    ("jsf-rs-01", "我是界首田营镇政府的 田营镇那个公共实训中心是谁牵头 工位要多少个", "region-scoped", ["田营镇人民政府", "60个"], P,
     JS + "田营镇", {"two": True}),
    ("jsf-rs-02", "光武镇那个彩陶传习所每年要培训多少人", "region-scoped", ["200人次"], P, JS + "光武镇", {}),
    ("jsf-rs-03", "我们企业在界首高新区里面 能不能享受界首市实施方案里的岗位实习补贴", "region-scoped",
     ["区内企业同等享受本方案各项支持政策"], P, GXQ, {}),
    ("jsf-rs-04", "颍南街道的社区技能服务站什么时候要建好", "region-scoped", ["6月底前"], P, JS + "颍南街道", {}),
    ("jsf-rs-05", "界首东城街道 技能服务站这事谁牵头", "region-scoped", ["东城街道办事处"], P, JS + "东城街道", {}),
    ("jsf-rs-06", "我在田营镇开了家再生塑料厂 想跟颍河职校一起搞产业学院 界首这边给多少补助", "region-scoped", ["15万元"], P, JS + "田营镇", {}),
    ("jsf-rs-fu-01", "那西城街道的呢 谁牵头", "region-scoped", ["东城街道办事处"], P, JS + "西城街道",
     {"context": ["颍南街道的社区技能服务站什么时候要建好"]}),
    # region-scoped, not answerable: the prefecture city is named, only the 县级市's plan says it
    ("x-f14-rs-01", "阜阳市岗位实习补贴每人每月多少钱", "region-scoped", None, None, FY, {}),
    ("x-f14-rs-02", "阜阳市今年产教融合专项资金是多少", "region-scoped", None, None, FY, {}),
    ("x-f14-rs-03", "阜阳市的产教融合领导小组组长是谁", "region-scoped", None, None, FY, {}),
    ("x-f14-rs-fu-01", "阜阳市里的呢 也是这个标准吗", "region-scoped", None, None, FY,
     {"context": ["界首岗位实习补贴 每个学生每月给企业多少钱"]}),
    # fragment / outofscope
    ("x-f14-fragment-01", "最高补多少", "fragment", None, None, "", {}),
    ("x-f14-fragment-02", "截止是哪天来着", "fragment", None, None, "", {}),
    ("x-f14-outofscope-03", "营业执照上经营范围想加一项 要去哪办", "outofscope", None, None, "", {}),
    ("x-f14-outofscope-01", "帮我写一份公司年会的主持词 要喜庆点", "outofscope", None, None, "", {}),
    ("x-f14-outofscope-02", "阜阳到合肥的高铁要坐多久", "outofscope", None, None, FY, {}),
    # unstated
    ("x-f14-unstated-01", "界首企业导师补助要交个税吗", "unstated", None, None, JS, {}),
    ("x-f14-unstated-02", "界首高新区实训基地补助申报 需要找第三方出具设备评估报告吗", "unstated", None, None, GXQ, {}),
    ("x-f14-unstated-03", "界首彩陶传习所培训的学员有没有生活补助", "unstated", None, None, JS + "光武镇", {}),
    ("x-f14-unstated-04", "界首高新区稳岗补贴 员工要是签完合同半年就辞职了 补贴要退回去吗", "unstated", None, None, GXQ, {}),
    ("x-f14-unstated-05", "界首校企通平台有没有手机APP 还是只能电脑上用", "unstated", None, None, JS, {}),
    ("x-f14-unstated-06", "界首的企业导师要啥资格 比如要几年工作经验", "unstated", None, None, JS, {}),
    ("x-f14-unstated-13", "界首高新区 我们实训设备是租的不是买的 能算投入吗", "unstated", None, None, GXQ, {}),
    # region-clash
    ("x-f14-clash-01", "亳州市企业接收职校实习生有补贴吗 每月多少", "region-clash", None, None, "安徽省亳州市", {}),
    ("x-f14-clash-02", "项城市今年产教融合实训基地补助标准是多少", "region-clash", None, None, "河南省周口市项城市", {}),
    ("x-f14-clash-03", "渭南高新区产教融合项目申报截止时间是哪天", "region-clash", None, None, "陕西省渭南市渭南高新技术产业开发区", {}),
    ("x-f14-clash-04", "铜仁市产教融合领导小组办公室设在哪个部门", "region-clash", None, None, "贵州省铜仁市", {}),
]
UNSTATED_ABSENT = {
    "x-f14-unstated-01": ["个税", "个人所得"],
    "x-f14-unstated-02": ["评估报告", "第三方"],
    "x-f14-unstated-03": ["生活补助", "生活补贴"],
    "x-f14-unstated-04": ["退回", "退还", "辞职"],
    "x-f14-unstated-05": ["APP", "App", "手机", "客户端", "电脑"],
    "x-f14-unstated-06": ["工作经验", "从业", "资格条件"],
    "x-f14-unstated-13": ["租"],
}
ONLY = ["jsf-amount-01", "jsg-amount-01", "jsf-amount-02", "jsf-amount-fu-01", "jsf-amount-04"]
