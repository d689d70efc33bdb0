"""Questions of fresh40-dev.jsonl (广东省江门市恩平市: 恩平市发展和改革局　恩平市教育局　恩平市人力资源和社会保障局关于印发《恩平市
产教融合发展监测评价指标体系（试行）》的通知 (恩发改〔2026〕23号, 2026年4月8日) with the 指标体系 as its 附件 — a Word 97 .doc written
by LibreOffice —, and 恩平市发展和改革局关于做好2026年度产教融合发展监测数据填报工作的通知 (恩发改函〔2026〕41号, 2026年5月12日) as a
Markdown page). Written from the documents only.
What the 指标体系 and its notice state (the rows: 一级 / 二级指标, 指标解释及计算方法, 数据来源, 2026年目标值, 分值, 责任单位; the notes:
逆向指标, 计分方法, 小数位, 监测年度, 2027年目标值; the notice: issuers, 文号, date, 用途, 指标构成, 等次, 试行期, contact) → `doc` = the
.doc, also when the 填报通知 repeats it; what only the 填报通知 says (who reports which indicator, platform, schedule, 口径 and worked
examples, 审核, late and false data, contacts) and questions that say they read it → `doc` = the .md.
Row: (id, q, kind, must or None, doc or None, region, extra keys). The fragment lines are in make_questions.py (POOL), split
between the two files with a fixed seed; the outofscope / unstated / region-clash lines of this region are here.
"""
ENP = "广东省江门市恩平市"
EC = ENP + "恩城街道"
HB = ENP + "横陂镇"
ST = ENP + "圣堂镇"
LX = ENP + "良西镇"
NJ = ENP + "牛江镇"
JT = ENP + "君堂镇"
NAJ = ENP + "那吉镇"
DH = ENP + "大槐镇"
DC = ENP + "东成镇"
KP = "广东省江门市开平市"
HS = "广东省江门市鹤山市"
JH = "广东省江门市江海区"
M = "enping-jiance-zhibiao"
S = "enping-tianbao-tongzhi"
BOTH = [M, S]

QUESTIONS = [
    # amount
    ("epz-amount-01", "恩平产教融合监测指标里订单班学生占比目标值是多少", "amount", ["15%"], M, ENP, {}),
    ("epz-amount-02", "恩平监测指标里企业投入资金2026年要达到多少", "amount", ["2000万元"], M, ENP, {}),
    ("epz-amount-03", "恩平监测指标里人才培养这一块满分多少分", "amount", ["人才培养25分"], M, ENP, {}),
    ("epz-amount-05", "恩平产教融合专项资金这个指标目标值是多少 由哪个部门负责", "amount", ["800万元", "市财政局"], M, ENP,
     {"two": True}),
    ("epz-amount-06", "恩平企业投入资金目标多少 捐的设备按原值还是净值算", "amount", ["2000万元", "不按原值计"], M, ENP,
     {"docs": BOTH, "two": True}),
    ("epz-amount-fu-01", "目标多少", "amount", ["300万元"], M, ENP, {"context": ["恩平监测指标里有没有技术服务到账金额"]}),
    ("ept-amount-01", "恩平填报说明里企业投入资金那个例子最后填多少万", "amount", ["230万元"], S, ENP, {}),
    ("ept-amount-02", "恩平双师型教师比例的例子算出来是多少", "amount", ["57.5%"], S, ENP, {}),
    ("ept-amount-03", "恩平订单班占比那个例子两校合计是多少 简单平均又是多少", "amount", ["15.0%", "14.4%"], S, ENP, {"two": True}),
    ("ept-amount-04", "恩平毕业生本地就业率那个例子算出来是多少", "amount", ["47.0%"], S, ENP, {}),
    ("ept-amount-fu-01", "那要是18%呢", "amount", ["得5分"], S, ENP, {"context": ["恩平订单班学生占比监测值12%能得几分"]}),
    # person
    ("epz-person-01", "恩平产教融合监测评价指标体系是哪几个部门发的", "person",
     ["恩平市发展和改革局", "恩平市教育局", "恩平市人力资源和社会保障局"], M, ENP, {}),
    ("epz-person-02", "恩平监测指标体系有问题找谁 电话多少", "person", ["梁颖芝", "0750-7713826"], M, ENP, {"two": True}),
    ("epz-person-03", "恩平毕业生本地就业率这个指标的责任单位是谁", "person", ["市人力资源和社会保障局"], M, ENP, {}),
    ("epz-person-04", "恩平产教融合监测报告最后报给谁", "person", ["报市人民政府"], M, ENP, {}),
    ("epz-person-fu-01", "谁来提调整意见", "person", ["市发展和改革局可根据监测情况对个别指标和目标值提出调整意见"], M, ENP,
     {"context": ["恩平指标体系试行期间指标能调整吗"]}),
    ("ept-person-01", "恩平职业院校的监测数据由哪个部门初审", "person", ["职业院校数据由市教育局初审"], S, ENP, {}),
    ("ept-person-02", "恩平技工学校的数据谁初审 联系人是谁", "person", ["技工院校数据由市人力资源和社会保障局初审", "冯嘉慧"], S, ENP,
     {"two": True}),
    ("ept-person-03", "恩平监测数据抽查复核是哪几个部门一起做", "person", ["市发展和改革局会同市统计局"], S, ENP, {}),
    ("ept-person-04", "恩平监测平台账号谁发", "person", ["平台账号由市发展和改革局于5月22日前统一发放"], S, ENP, {}),
    ("ept-person-05", "恩平产教融合型企业数的数据由哪个部门提供", "person", ["市发展和改革局提供第2项"], S, ENP, {}),
    ("ept-person-06", "恩平企业评价优良率的抽样测评谁来组织", "person", ["由市人力资源和社会保障局组织抽样测评后录入"], S, ENP, {}),
    ("ept-person-07", "恩平职业院校填报数据有疑问问谁 电话多少", "person", ["岑志鹏", "0750-7725913"], S, ENP, {"two": True}),
    ("ept-person-fu-01", "谁去约谈", "person", ["由主管部门约谈该单位主要负责人"], S, ENP,
     {"context": ["恩平虚报产教融合监测数据会怎么处理"]}),
    # time
    ("epz-time-01", "恩平产教融合监测指标体系从哪天开始试行 试行几年", "time", ["自2026年5月1日起试行", "试行期2年"], M, ENP,
     {"two": True}),
    ("epz-time-02", "恩平监测指标体系是哪天印发的", "time", ["2026年4月8日"], M, ENP, {}),
    ("epz-time-03", "恩平产教融合监测的监测年度是怎么算的", "time", ["监测年度为每年1月1日至12月31日"], M, ENP, {}),
    ("epz-time-04", "恩平每年什么时候出监测报告", "time", ["每年4月底前形成上一年度监测报告"], M, ENP, {}),
    ("epz-time-05", "恩平指标体系哪天印发的 填报通知又是哪天发的", "time", ["2026年4月8日", "2026年5月12日"], M, ENP,
     {"docs": BOTH, "two": True}),
    ("ept-time-01", "恩平监测年度数据什么时候填报", "time", ["2027年1月4日至1月20日"], S, ENP, {}),
    ("ept-time-02", "恩平半年数据什么时候填", "time", ["2026年7月1日至7月15日"], S, ENP, {}),
    ("ept-time-03", "恩平填报人审核人信息最晚哪天登记", "time", ["2026年5月29日（星期五）前"], S, ENP, {}),
    ("ept-time-04", "恩平监测结果什么时候公示 公示几天", "time", ["2027年3月15日前", "公示5个工作日"], S, ENP, {"two": True}),
    ("ept-time-05", "恩平主管部门初审要几天内完成", "time", ["初审在收到数据后5个工作日内完成"], S, ENP, {}),
    ("ept-time-07", "恩平监测平台技术支持什么时间能打通", "time", ["工作日8:30—12:00、14:30—17:30"], S, ENP, {}),
    ("ept-time-fu-01", "哪天关", "time", ["平台于截止日次日关闭填报通道"], S, ENP, {"context": ["恩平填报截止以后平台还开着吗"]}),
    # count
    ("epz-count-01", "恩平监测指标体系一共多少个二级指标", "count", ["二级指标22个"], M, ENP, {}),
    ("epz-count-02", "恩平产教融合型企业数目标是几家", "count", ["8家"], M, ENP, {}),
    ("epz-count-03", "恩平实训基地工位数目标多少个", "count", ["1500个"], M, ENP, {}),
    ("epz-count-04", "恩平现代学徒制学生要达到多少人", "count", ["300人"], M, ENP, {}),
    ("epz-count-05", "恩平校企合作企业数目标是多少家 同一家企业跟三所学校合作算几家", "count", ["120家", "全市只计1家"], M, ENP,
     {"docs": BOTH, "two": True}),
    ("epz-count-06", "恩平企业职工培训人次目标多少", "count", ["6000人次"], M, ENP, {}),
    ("ept-count-01", "恩平一共有几所院校要填报监测数据", "count", ["全市4所"], S, ENP, {}),
    ("ept-count-02", "恩平职业院校要填报多少项指标", "count", ["共14项"], S, ENP, {}),
    ("ept-count-03", "恩平校企合作企业数那个例子 全市算出来多少家", "count", ["122家"], S, ENP, {}),
    ("ept-count-fu-01", "算几人次", "count", ["同一名职工参加多个培训项目的分别计算人次"], S, ENP,
     {"context": ["恩平一个职工参加了电工和焊工两个培训项目"]}),
    # yesno
    ("epz-yesno-01", "恩平监测指标里有没有逆向指标", "yesno", ["为逆向指标"], M, ENP, {}),
    ("epz-yesno-02", "恩平监测值超过目标值能多得分吗", "yesno", ["监测值达到或超过目标值的，按该项分值计分"], M, ENP, {}),
    ("epz-yesno-03", "恩平产教融合型企业数只算当年新增的吗", "yesno", ["按截至监测年度末的累计数计算"], M, ENP, {}),
    ("epz-yesno-04", "恩平企业职工培训一个人参加两个项目能算两人次吗", "yesno", ["同一人参加多个培训项目的分别计算"], M, ENP, {}),
    ("epz-yesno-05", "恩平监测评价结果跟责任单位绩效考核挂钩吗", "yesno", ["责任单位年度绩效考核的重要依据"], M, ENP, {}),
    ("epz-yesno-fu-01", "升学的算不算在分母里", "yesno", ["升学、参军的毕业生不计入分母"], M, ENP,
     {"context": ["恩平毕业生本地就业率怎么算"]}),
    ("ept-yesno-01", "恩平只签了协议没开展合作的企业算校企合作企业吗", "yesno", ["未开展任何实质性合作的企业不计入"], S, ENP, {}),
    ("ept-yesno-02", "恩平监测数据能交纸质报表吗", "yesno", ["不接收纸质报表"], S, ENP, {}),
    ("ept-yesno-03", "恩平填报人和审核人能是同一个人吗", "yesno", ["填报人和审核人不得为同一人"], S, ENP, {}),
    ("ept-yesno-04", "恩平半年填报的数据计分吗", "yesno", ["不作为评价计分依据"], S, ENP, {}),
    ("ept-yesno-05", "恩平双师型比例的分母里算不算公共课老师", "yesno", ["不含公共基础课教师和企业兼职教师"], S, ENP, {}),
    ("ept-yesno-06", "恩平企业兼职教师的实训指导课时能算进去吗", "yesno", ["实训指导课时计入"], S, ENP, {}),
    ("ept-yesno-fu-01", "公示期过了还能提吗", "yesno", ["可在公示期内向市发展和改革局书面提出"], S, ENP,
     {"context": ["恩平对公示的监测数据有意见怎么办"]}),
    # list
    ("epz-list-01", "恩平监测指标体系有哪几个一级指标", "list", ["产教融合基础", "人才培养", "服务产业", "保障措施", "社会评价"], M, ENP,
     {}),
    ("epz-list-02", "恩平人才培养下面有哪些二级指标", "list",
     ["订单班学生占比", "现代学徒制学生数", "“双师型”教师比例", "企业兼职教师课时占比", "职业技能等级证书获取率", "岗位实习对口率"], M,
     ENP, {}),
    ("epz-list-03", "恩平保障措施里有哪些指标", "list", ["产教融合专项资金", "奖补资金兑现率", "校企合作项目按期完成率", "数据填报及时率"],
     M, ENP, {}),
    ("epz-list-04", "恩平由市财政局负责的指标有哪些", "list", ["产教融合专项资金", "奖补资金兑现率"], M, ENP, {}),
    ("epz-list-05", "恩平监测指标的数据来源有哪几种", "list", ["院校填报", "部门提供", "企业填报", "平台生成", "抽样测评"], M, ENP, {}),
    ("epz-list-06", "恩平监测指标体系的二级指标全部列一下", "list",
     ["校企合作企业数", "产业学院数", "订单班学生占比", "岗位实习对口率", "毕业生本地就业率", "重点产业专业覆盖率", "数据填报及时率",
      "实习实训安全责任事故数"], M, ENP, {"items": 22}),
    ("epz-list-fu-01", "包括哪些指标", "list",
     ["毕业生本地就业率", "毕业生对口就业率", "企业职工培训人次", "技术服务到账金额", "重点产业专业覆盖率"], M, ENP,
     {"context": ["恩平监测指标体系里服务产业占多少分"]}),
    ("ept-list-01", "恩平职业院校要填哪些指标", "list", ["第1、3、4、6—9、11—16、19项"], S, ENP, {}),
    ("ept-list-02", "恩平监测数据审核有哪几个步骤", "list", ["单位自审", "主管部门初审", "抽查复核", "结果公示"], S, ENP, {}),
    ("ept-list-03", "恩平虚报监测数据会有哪些后果", "list",
     ["相关数据按0计算", "取消该单位下一年度市级产教融合专项资金申报资格", "约谈该单位主要负责人"], S, ENP, {}),
    ("ept-list-04", "恩平市直部门各提供哪些指标的数据", "list",
     ["市发展和改革局提供第2项", "市人力资源和社会保障局提供第10项", "市财政局提供第17、18项", "市教育局提供第22项"], S, ENP, {}),
    # docfact
    ("epz-docfact-01", "恩平产教融合监测指标体系的文号是多少", "docfact", ["恩发改〔2026〕23号"], M, ENP, {}),
    ("epz-docfact-02", "恩平指标体系那张表有哪几列", "docfact",
     ["一级指标", "二级指标", "指标解释及计算方法", "数据来源", "2026年目标值", "责任单位"], M, ENP, {}),
    ("epz-docfact-03", "恩平监测指标里比例类的保留几位小数", "docfact", ["保留1位小数"], M, ENP, {}),
    ("epz-docfact-04", "恩平2027年的目标值在哪里能看到", "docfact", ["2027年度目标值由市发展和改革局会同责任单位根据2026年监测结果另行提出"],
     M, ENP, {}),
    ("epz-docfact-05", "恩平发指标体系的通知带了什么附件 是主动公开的吗", "docfact",
     ["附件：恩平市产教融合发展监测评价指标体系（试行）", "（此件主动公开）"], M, ENP, {"two": True}),
    ("ept-docfact-01", "恩平监测数据填报通知的文号是多少", "docfact", ["恩发改函〔2026〕41号"], S, ENP, {}),
    ("ept-docfact-02", "恩平填报通知是根据哪个文件发的", "docfact", ["《恩平市产教融合发展监测评价指标体系（试行）》（恩发改〔2026〕23号"], S,
     ENP, {}),
    ("ept-docfact-03", "恩平佐证材料要传什么格式 文件最大多大", "docfact", ["以PDF格式上传", "单个文件不超过20MB"], S, ENP, {"two": True}),
    ("ept-docfact-04", "恩平数据填报通知分哪几部分", "docfact",
     ["一、填报单位和分工", "二、填报平台和账号", "三、填报时间", "四、重点指标填报口径和计算示例", "五、审核程序", "六、逾期和数据失实的处理",
      "七、联系方式"], S, ENP, {}),
    # general
    ("epz-general-01", "恩平监测正向指标得分怎么算", "general", ["正向指标得分＝分值×监测值÷目标值"], M, ENP, {}),
    ("epz-general-02", "恩平监测总分多少算优秀 多少算合格", "general", ["90分及以上为优秀", "60分（含）至75分为合格"], M, ENP,
     {"two": True}),
    ("epz-general-03", "恩平企业投入资金里的场地怎么算钱", "general", ["场地按同地段市场租金折算"], M, ENP, {}),
    ("epz-general-04", "恩平产教融合监测的范围包括哪些单位", "general", ["全市职业院校、技工院校，与院校开展合作的企业和市直有关部门"], M, ENP,
     {}),
    ("epz-general-05", "恩平逆向指标是哪一项 发生1起事故能得几分", "general",
     ["第22项“实习实训安全责任事故数”为逆向指标", "得6－3＝3分"], M, ENP, {"docs": BOTH, "two": True}),
    ("ept-general-01", "恩平全市订单班学生占比怎么汇总", "general", ["全市数据按各院校填报的人数汇总后计算"], S, ENP, {}),
    ("ept-general-02", "恩平抽查复核重点查什么", "general", ["重点核对佐证材料与填报数据是否一致"], S, ENP, {}),
    ("ept-general-03", "恩平来不及按时填报 有特殊情况怎么办", "general", ["应在截止日前向市发展和改革局书面说明"], S, ENP, {}),
    ("ept-general-04", "恩平毕业生本地就业率分母按什么算", "general", ["分母为当年就业的毕业生人数"], S, ENP, {}),
    ("ept-general-fu-01", "第一次登录要做什么", "general", ["首次登录须修改初始密码"], S, ENP,
     {"context": ["恩平产教融合监测平台的账号拿到了"]}),
    # region-scoped
    ("epz-rs-01", "恩城街道的一所职校想知道恩平双师型教师比例怎么算", "region-scoped", ["“双师型”教师数÷专任专业课教师数×100%"], M, EC,
     {}),
    ("epz-rs-02", "我们是圣堂镇的企业 恩平监测指标里企业投入资金目标多少", "region-scoped", ["2000万元"], M, ST, {}),
    ("epz-rs-03", "横陂镇政府想知道恩平监测指标体系试行几年", "region-scoped", ["试行期2年"], M, HB, {}),
    ("epz-rs-04", "良西镇一家厂跟职校合作 恩平算企业投入资金时设备按什么算", "region-scoped", ["设备按账面净值计"], M, LX, {}),
    ("epz-rs-05", "牛江镇的职校问恩平岗位实习对口率目标是多少", "region-scoped", ["75%"], M, NJ, {}),
    ("epz-rs-fu-01", "恩平企业兼职教师课时占比要达到多少", "region-scoped", ["20%"], M, JT,
     {"context": ["我是君堂镇一所技工学校的老师"]}),
    ("ept-rs-01", "那吉镇的企业在恩平监测平台上要填哪一项", "region-scoped", ["第5项“企业投入资金”"], S, NAJ, {}),
    ("ept-rs-02", "大槐镇的职校 恩平监测年度数据最晚哪天填完", "region-scoped", ["2027年1月4日至1月20日"], S, DH, {}),
    ("ept-rs-fu-01", "企业的数据谁来初审", "region-scoped", ["企业数据由市发展和改革局初审"], S, DC,
     {"context": ["我在东成镇一家企业 刚看了恩平的数据填报通知"]}),
    # outofscope
    ("x-f40-outofscope-01", "恩平温泉门票多少钱", "outofscope", None, None, ENP, {}),
    ("x-f40-outofscope-02", "恩平簕菜怎么做好吃", "outofscope", None, None, ENP, {}),
    ("x-f40-outofscope-03", "恩平明天会不会刮台风", "outofscope", None, None, ENP, {}),
    # unstated — in the domain, stated by no document of any round
    ("x-f40-unstated-01", "恩平监测数据能不能用Excel表批量导进平台", "unstated", None, None, ENP, {}),
    ("x-f40-unstated-02", "恩平学校的填报人离职了要办什么手续", "unstated", None, None, ENP, {}),
    ("x-f40-unstated-03", "恩平监测得分会公布排行榜吗", "unstated", None, None, ENP, {}),
    ("x-f40-unstated-04", "恩平监测平台周末能登录填报吗", "unstated", None, None, ENP, {}),
    ("x-f40-unstated-05", "恩平委托企业托管的职校也要单独填报吗", "unstated", None, None, ENP, {}),
    ("x-f40-unstated-06", "恩平监测平台登录要插U盾吗", "unstated", None, None, ENP, {}),
    # region-clash — places of the same province with no document of their own
    ("x-f40-clash-01", "开平市的产教融合监测评价指标体系有几个一级指标", "region-clash", None, None, KP, {}),
    ("x-f40-clash-02", "鹤山监测数据什么时候填报", "region-clash", None, None, HS, {}),
    ("x-f40-clash-03", "江海区双师型教师比例目标是多少", "region-clash", None, None, JH, {}),
]

# give-away words of the unstated lines: in no document of this round nor of any earlier round
UNSTATED_ABSENT = {
    "x-f40-unstated-01": ["Excel"],
    "x-f40-unstated-02": ["离职"],
    "x-f40-unstated-03": ["排行"],
    "x-f40-unstated-04": ["周末"],
    "x-f40-unstated-05": ["托管"],
    "x-f40-unstated-06": ["U盾"],
}
# answerable lines without a region: an anchor word found in the line's document and in no other document of any round
REGION_FREE = {"epz-amount-07": "企业评价优良率", "ept-time-08": "恩发改函"}
QUESTIONS += [
    ("epz-amount-07", "企业评价优良率这个指标目标值是多少", "amount", ["90%"], M, "", {}),
    ("ept-time-08", "恩发改函2026年41号通知里年度数据什么时候填", "time", ["2027年1月4日至1月20日"], S, "", {}),
]
# the answer is in one document although both documents talk about the topic
ONLY = ["epz-yesno-fu-01", "epz-yesno-04", "epz-amount-02", "ept-general-04", "ept-count-fu-01", "ept-amount-01", "ept-yesno-01",
        "ept-yesno-05"]
