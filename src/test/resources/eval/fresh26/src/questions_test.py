"""Questions of fresh26-test.jsonl (福建省南平市邵武市: the 邵武市人力资源和社会保障局关于转发《南平市企业新型学徒制培训补贴
实施办法》的通知 as a LibreOffice .pdf (the city's own body: 本级配套 1:0.3 / 1:0.5 with caps per 学徒 per year, the 备案
deadline 2026年6月10日, 受理 by 邵武市劳动就业中心, contact; the attachment: the 南平 办法 in full, 第一条…第十一条) and the
企业新型学徒制培训补贴申领 办事指南 as plain text (key：value lines, numbered 申请材料, 办理流程, 办结时限, 办理地点 / 时间,
phones, 网办, 常见问题)). Written from the documents only. A user in 邵武 asks; 邵武 is itself a 市 (县级市), so `市里`
is ambiguous — the questions say 南平 or 邵武 where the figure differs, or `must` holds both.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment / outofscope / region-clash lines are in
make_questions.py (POOL), split between the two files with a fixed seed.
"""
FJ = "福建省"
SW = "福建省南平市邵武市"
JO = "福建省南平市建瓯市"
GZ = "福建省南平市光泽县"
ZY = SW + "昭阳街道"
SB = SW + "水北镇"
NK = SW + "拿口镇"
HP = SW + "和平镇"
DZ = SW + "大竹镇"
HD = SW + "洪墩镇"
WJT = SW + "吴家塘镇"
CJ = SW + "城郊镇"
SK = SW + "晒口街道"
Z = "shaowu-zhuanfa-tongzhi"
G = "shaowu-banshi-zhinan"
BOTH = [G, Z]

QUESTIONS = [
    # amount
    ("swz-amount-01", "我是邵武的企业 带了个中级工学徒 南平补多少 邵武再配多少", "amount",
     ["培养中级工的，每名学徒每年4500元", "1:0.3", "1500元"], Z, SW, {"two": True}),
    ("swz-amount-02", "邵武本级配套比例是多少", "amount", ["1:0.3"], Z, SW, {}),
    ("swz-amount-03", "邵武配套每个学徒一年最多多少", "amount", ["每名学徒每年配套最高不超过1500元"], Z, SW, {}),
    ("swz-amount-04", "邵武企业培养高级工学徒 南平那边一年补多少", "amount", ["每名学徒每年5500元"], Z, SW, {}),
    ("swz-amount-05", "邵武竹木加工企业搞学徒培训 配套比例能到多少 最高多少", "amount", ["1:0.6", "2500元"], Z, SW, {"two": True}),
    ("swz-amount-06", "邵武的配套补贴钱从哪出", "amount", ["从我市就业补助资金中列支"], Z, SW, {}),
    ("swz-amount-07", "做氟新材料的企业搞学徒培训 配套比例多少", "amount", ["1:0.6"], Z, "", {}),
    ("swz-amount-08", "邵武学徒补贴第一次能领总额的多少", "amount", ["补贴总额的60%"], Z, SW, {}),
    ("swz-amount-fu-01", "那邵武本地再配多少", "amount", ["1:0.3", "1500元"], Z, SW,
     {"context": ["邵武的企业带中级工学徒 南平一年补多少"]}),
    ("swg-amount-01", "邵武申领学徒补贴要交多少手续费", "amount", ["不收费"], G, SW, {}),
    # person
    ("swz-person-01", "邵武学徒培训计划报给哪个单位备案", "person", ["报送邵武市劳动就业中心备案"], Z, SW, {}),
    ("swz-person-02", "邵武转发通知里的联系人是谁 电话多少", "person", ["危晓岚", "0599-6325417"], Z, SW, {"two": True}),
    ("swz-person-03", "邵武汇总以后报给谁", "person", ["汇总报南平市人力资源和社会保障局"], Z, SW, {}),
    ("swz-person-04", "邵武转发的南平学徒办法谁负责解释", "person",
     ["本办法由南平市人力资源和社会保障局、南平市财政局负责解释"], Z, SW, {}),
    ("swz-person-05", "邵武这个转发通知是哪个股室管联系", "person", ["市人力资源和社会保障局职业能力建设股"], Z, SW, {}),
    ("swz-person-fu-01", "联系人是谁", "person", ["危晓岚"], Z, SW, {"context": ["邵武学徒培训计划报哪备案"]}),
    ("swg-person-01", "邵武学徒补贴申领的咨询电话多少", "person", ["0599-6325433"], G, SW, {}),
    ("swg-person-02", "邵武办学徒补贴不满意 投诉打哪个电话", "person", ["0599-6325402"], G, SW, {}),
    ("swg-person-03", "邵武学徒补贴申领实施主体是谁", "person", ["邵武市人力资源和社会保障局"], G, SW, {}),
    ("swg-person-04", "邵武学徒补贴具体是哪个单位承办", "person", ["邵武市劳动就业中心"], G, SW, {}),
    ("swg-person-05", "邵武学徒补贴谁来审核学徒名单", "person", ["邵武市劳动就业中心审核学徒名单、培训协议和证书"], G, SW, {}),
    ("swg-person-fu-01", "有问题打哪个电话问", "person", ["0599-6325433"], G, SW, {"context": ["邵武学徒补贴在哪个窗口办"]}),
    # time
    ("swz-time-01", "邵武企业学徒培训计划备案截止到哪天", "time", ["2026年6月10日"], Z, SW, {}),
    ("swz-time-02", "南平规定几号前备案 邵武又是几号", "time", ["6月30日", "2026年6月10日"], Z, SW, {"two": True}),
    ("swz-time-03", "邵武多久往南平报一次汇总", "time", ["每季度末月10日前"], Z, SW, {}),
    ("swz-time-04", "邵武转发的南平学徒办法啥时候开始施行", "time", ["2026年4月1日起施行"], Z, SW, {}),
    ("swz-time-05", "邵武学徒培训要培训多长时间", "time", ["培训期限为1至2年"], Z, SW, {}),
    ("swz-time-06", "邵武学徒补贴最多能补几年", "time", ["最长补贴2年"], Z, SW, {}),
    ("swg-time-01", "邵武学徒补贴承诺几个工作日办完", "time", ["8个工作日"], G, SW, {}),
    ("swg-time-02", "邵武学徒补贴法定办结时限多久", "time", ["20个工作日"], G, SW, {}),
    ("swg-time-03", "邵武人社窗口早上几点上班 中午休息到几点", "time", ["上午8:00—12:00", "下午14:30—17:30"], G, SW, {"two": True}),
    ("swg-time-04", "邵武学徒补贴首次申领的钱多久能到", "time", ["公示结束后15个工作日内"], G, SW, {}),
    ("swg-time-05", "邵武学徒补贴审核结果公示几天", "time", ["公示6个工作日"], G, SW, {}),
    ("swg-time-06", "南平规定的备案截止是几号 邵武窗口下午几点开门", "time", ["6月30日", "14:30"], G, SW,
     {"docs": BOTH, "two": True}),
    ("swg-time-fu-01", "礼拜几能去办", "time", ["周一至周五"], G, SW, {"context": ["邵武学徒补贴去哪个窗口办"]}),
    # count
    ("swz-count-01", "邵武学徒要跟企业签几年以上的劳动合同", "count", ["签订1年以上劳动合同"], Z, SW, {}),
    ("swz-count-02", "邵武配套比例提高的是几个重点产业", "count", ["氟新材料、竹木精深加工两个重点产业"], Z, SW, {}),
    ("swz-count-03", "邵武学徒补贴分几次领", "count", ["培训补贴分两次申领"], Z, SW, {}),
    ("swz-count-04", "邵武骗补贴的企业几年不能再享受", "count", ["2年内不得享受本办法规定的补贴"], Z, SW, {}),
    ("swg-count-01", "邵武学徒补贴申领表要交几份", "count", ["2份"], G, SW, {}),
    ("swg-count-02", "邵武办学徒补贴要跑几趟现场", "count", ["到办事现场次数：0次"], G, SW, {}),
    ("swg-count-03", "邵武学徒补贴申领要交几样材料", "count",
     ["企业新型学徒制培训补贴申领表", "学徒培训计划备案回执", "学徒花名册及劳动合同", "企业与培训机构签订的合作培训协议",
      "职业技能等级证书", "企业银行基本账户信息"], G, SW, {}),
    # yesno
    ("swz-yesno-01", "邵武的配套补贴要不要另外申请", "yesno", ["企业无需另行申请"], Z, SW, {}),
    ("swz-yesno-02", "邵武备案截止跟南平一样吗", "yesno", ["早于南平市规定的6月30日"], Z, SW, {}),
    ("swz-yesno-03", "邵武过了6月10号才备案 今年还能领补贴吗", "yesno", ["逾期未备案的当年不予受理补贴申领"], Z, SW, {}),
    ("swz-yesno-04", "邵武企业没备案就开始培训了 能补吗", "yesno", ["未经备案的培训不予补贴"], Z, SW, {}),
    ("swz-yesno-05", "邵武新招的员工能算学徒吗", "yesno", ["在职职工和新招用人员"], Z, SW, {}),
    ("swz-yesno-06", "邵武学徒已经领过别的职业培训补贴了 还能领这个吗", "yesno", ["不得重复享受"], Z, SW, {}),
    ("swg-yesno-01", "邵武学徒补贴能全程网上办吗", "yesno", ["全程网办"], G, SW, {}),
    ("swg-yesno-02", "邵武同一个学徒能重复享受补贴吗", "yesno", ["同一学徒在同一职业（工种）同一等级只能享受一次培训补贴"], G, SW, {}),
    ("swg-yesno-03", "邵武学徒花名册对不上备案名单行不行", "yesno", ["须与备案名单一致"], G, SW, {}),
    ("swg-yesno-04", "邵武办学徒补贴材料不全会不会直接打回来", "yesno", ["不齐全的一次性告知"], G, SW, {}),
    ("swg-yesno-05", "合作培训协议每次申领都要交吗", "yesno", ["首次申领时提供"], G, "", {}),
    ("swg-yesno-06", "邵武学徒补贴审核结果会通知我吗", "yesno", ["审核结果以短信告知"], G, SW, {}),
    # list
    ("swz-list-01", "邵武配套比例提高的是哪两个产业", "list", ["氟新材料、竹木精深加工"], Z, SW, {}),
    ("swz-list-02", "邵武学徒补贴标准分哪几档", "list", ["培养中级工的，每名学徒每年4500元", "培养高级工的，每名学徒每年5500元"], Z, SW, {}),
    ("swz-list-03", "邵武转发通知发给了哪些单位", "list", ["各乡镇人民政府、街道办事处，市直有关单位，各有关企业"], Z, SW, {}),
    ("swz-list-04", "邵武企业新型学徒制可以跟哪些机构合作培养", "list", ["职业院校、技工院校或职业培训机构"], Z, SW, {}),
    ("swg-list-01", "邵武学徒补贴申领要准备哪些材料", "list",
     ["企业新型学徒制培训补贴申领表", "学徒培训计划备案回执", "学徒花名册及劳动合同", "企业与培训机构签订的合作培训协议",
      "职业技能等级证书", "企业银行基本账户信息"], G, SW, {}),
    ("swg-list-02", "邵武学徒补贴办理流程有哪几步", "list",
     ["窗口对材料进行核对", "审核学徒名单、培训协议和证书", "公示6个工作日", "补贴资金直接拨付至企业银行基本账户"], G, SW, {}),
    ("swg-list-03", "邵武学徒补贴哪些材料交复印件", "list",
     ["学徒培训计划备案回执（复印件", "学徒花名册及劳动合同（复印件", "合作培训协议（复印件", "职业技能等级证书（复印件",
      "企业银行基本账户信息（复印件"], G, SW, {}),
    # docfact
    ("swz-docfact-01", "邵武转发学徒补贴办法的通知文号多少", "docfact", ["邵人社〔2026〕15号"], Z, SW, {}),
    ("swz-docfact-02", "邵武转发的南平那个办法文号是啥", "docfact", ["南人社规〔2026〕2号"], Z, SW, {}),
    ("swz-docfact-03", "邵武这个转发通知哪天发的 谁发的", "docfact", ["2026年4月16日", "邵武市人力资源和社会保障局"], Z, SW,
     {"two": True}),
    ("swz-docfact-04", "邵武转发的学徒办法有效期到啥时候", "docfact", ["有效期至2029年3月31日"], Z, SW, {}),
    ("swz-docfact-05", "邵武转发的南平学徒办法是哪两个部门发的", "docfact", ["南平市人力资源和社会保障局、南平市财政局"], Z, SW, {}),
    ("swz-docfact-06", "邵武转发的学徒办法原文哪天印发的", "docfact", ["2026年3月27日"], Z, SW, {}),
    ("swz-docfact-07", "邵武这个转发通知能公开吗", "docfact", ["此件主动公开"], Z, SW, {}),
    ("swg-docfact-01", "邵武学徒补贴办事指南的设定依据是哪些文件", "docfact", ["南人社规〔2026〕2号", "邵人社〔2026〕15号"], G, SW, {}),
    ("swg-docfact-02", "邵武学徒补贴这个事项编码多少", "docfact", ["350781-SW-GG-0342"], G, SW, {}),
    # general
    ("swz-general-01", "邵武的配套补贴是咋算的", "general", ["在南平市补贴基础上再按1:0.3给予配套补贴"], Z, SW, {}),
    ("swz-general-02", "邵武企业新型学徒制是怎么个培养法", "general", ["“企校双师”联合培养", "工学交替"], Z, SW, {}),
    ("swz-general-03", "邵武学徒补贴余下的钱啥条件才能领", "general", ["学徒取得相应职业技能等级证书后，申领其余40%"], Z, SW, {}),
    ("swz-general-04", "邵武骗领学徒补贴会怎么处理", "general", ["追回补贴资金", "2年内不得享受本办法规定的补贴"], Z, SW, {}),
    ("swz-general-05", "邵武乡镇在学徒补贴这事上要干啥", "general", ["要做好政策宣传"], Z, SW, {}),
    ("swg-general-01", "邵武学徒补贴在哪个窗口办", "general", ["邵武市行政服务中心一楼人社综合窗口（8号、9号窗口）"], G, SW, {}),
    ("swg-general-02", "邵武学徒补贴网上在哪申领", "general", ["福建省网上办事大厅邵武市分厅"], G, SW, {}),
    ("swg-general-03", "邵武学徒补贴最后钱打到哪", "general", ["补贴资金直接拨付至企业银行基本账户"], G, SW, {}),
    ("swg-general-04", "邵武学徒补贴受理条件是啥", "general", ["已于2026年6月10日前将年度学徒培训计划报邵武市劳动就业中心备案"], G, SW, {}),
    ("swg-general-05", "邵武配套每个学徒最多多少 材料交到哪个窗口", "general", ["1500元", "8号、9号窗口"], G, SW,
     {"docs": BOTH, "two": True}),
    ("swg-general-06", "邵武转发的学徒办法有效期到哪天 能不能全程网办", "general", ["2029年3月31日", "全程网办"], G, SW,
     {"docs": BOTH, "two": True}),
    ("swg-general-07", "人社综合窗口办学徒补贴是几号窗口", "general", ["8号、9号窗口"], G, "", {}),
    # region-scoped — a 乡 / 镇 / 街道 of 邵武市
    ("swz-rs-01", "我是邵武拿口镇做竹木加工的企业 搞学徒培训配套比例多少", "region-scoped", ["1:0.6"], Z, NK, {}),
    ("swz-rs-02", "邵武水北镇有家氟新材料企业带学徒 配套每人每年最高多少", "region-scoped", ["2500元"], Z, SB, {}),
    ("swz-rs-03", "邵武和平镇政府在学徒补贴这事上要做啥", "region-scoped", ["引导辖区企业积极开展新型学徒制培训"], Z, HP, {}),
    ("swz-rs-04", "邵武昭阳街道的企业培训计划哪天前要备案", "region-scoped", ["2026年6月10日"], Z, ZY, {}),
    ("swz-rs-05", "邵武大竹镇的企业没参保能享受学徒补贴吗", "region-scoped", ["按规定为职工参保的企业"], Z, DZ, {}),
    ("swz-rs-fu-01", "那邵武这边备案截止到哪天", "region-scoped", ["2026年6月10日"], Z, SK,
     {"context": ["我是邵武晒口街道的企业 想申请新型学徒制补贴"]}),
    ("swg-rs-01", "邵武洪墩镇的企业申领学徒补贴去哪个窗口", "region-scoped", ["邵武市行政服务中心一楼人社综合窗口"], G, HD, {}),
    ("swg-rs-02", "邵武吴家塘镇的企业申领学徒补贴要不要交钱", "region-scoped", ["不收费"], G, WJT, {}),
    ("swg-rs-03", "我在邵武城郊镇 学徒补贴能不能不跑现场", "region-scoped", ["全程网办"], G, CJ, {}),
    # unstated — three hierarchy traps (省 / 建瓯市 / 光泽县), four words no document of any round has
    ("x-f26-unstated-08", "福建省级企业新型学徒制培训补贴每人多少", "unstated", None, None, FJ, {}),
    ("x-f26-unstated-09", "建瓯市学徒补贴本地再配套多少", "unstated", None, None, JO, {}),
    ("x-f26-unstated-10", "光泽县学徒补贴申领的咨询电话多少", "unstated", None, None, GZ, {}),
    ("x-f26-unstated-11", "邵武人社窗口办学徒补贴要先取号吗", "unstated", None, None, SW, {}),
    ("x-f26-unstated-12", "邵武学徒补贴申领表要盖骑缝章吗", "unstated", None, None, SW, {}),
    ("x-f26-unstated-13", "邵武行政服务中心有自助终端能办学徒补贴吗", "unstated", None, None, SW, {}),
    ("x-f26-unstated-14", "邵武有没有学徒补贴的企业微信群", "unstated", None, None, SW, {}),
]

UNSTATED_ABSENT = {
    "x-f26-unstated-08": ["新型学徒制培训补贴"],
    "x-f26-unstated-09": ["配套补贴"],
    "x-f26-unstated-10": ["咨询电话"],
    "x-f26-unstated-11": ["取号"],
    "x-f26-unstated-12": ["骑缝章"],
    "x-f26-unstated-13": ["自助终端"],
    "x-f26-unstated-14": ["微信群"],
}
HIER = ["x-f26-unstated-08", "x-f26-unstated-09", "x-f26-unstated-10"]
REGION_FREE = {"swz-amount-07": "氟新材料", "swg-yesno-05": "合作培训协议", "swg-general-07": "人社综合窗口"}
ONLY = ["swz-amount-02", "swz-person-02", "swg-person-01", "swg-time-01", "swg-general-01"]
