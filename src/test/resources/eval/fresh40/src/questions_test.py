"""Questions of fresh40-test.jsonl (held out: do not tune on them). The held-out city's pair: its 职业教育产教融合监测评价指标体系 with
its issuing notice (a PDF printed by LibreOffice, the table on landscape pages) and the 数据报送通知 (a page of the issuing bureau's
site). Written from the documents only, with the same rules as questions_dev.py: what the 指标体系 and its notice state → `doc` =
the .pdf; what only the 报送通知 says → `doc` = the .html.
Row: (id, q, kind, must or None, doc or None, region, extra keys).
"""
TMS = "新疆维吾尔自治区图木舒克市"
JX = TMS + "锦绣街道"
YAB = TMS + "永安坝街道"
CH = TMS + "草湖镇"
JHZ = TMS + "嘉和镇"
TY = TMS + "唐驿镇"
JHY = TMS + "金胡杨镇"
XH = TMS + "杏花镇"
TMG = "新疆维吾尔自治区铁门关市"
KKDL = "新疆维吾尔自治区可克达拉市"
Z = "tumushuke-jiance-zhibiao"
B = "tumushuke-baosong-tongzhi"
BOTH = [Z, B]

QUESTIONS = [
    # amount
    ("tmz-amount-01", "图木舒克生均实训设备值目标是多少", "amount", ["1.2万元"], Z, TMS, {}),
    ("tmz-amount-02", "图木舒克企业捐赠设备值要达到多少", "amount", ["300万元"], Z, TMS, {}),
    ("tmz-amount-03", "图木舒克监测指标里校企合作这一块权重占多少", "amount", ["校企合作30%"], Z, TMS, {}),
    ("tmz-amount-04", "图木舒克毕业生就业率目标是多少", "amount", ["92%"], Z, TMS, {}),
    ("tmz-amount-05", "图木舒克技术服务收入目标多少钱", "amount", ["120万元"], Z, TMS, {}),
    ("tmz-amount-06", "图木舒克生师比目标是多少 报送通知里那个例子得几分", "amount", ["不高于18", "3.75分"], Z, TMS,
     {"docs": BOTH, "two": True}),
    ("tmz-amount-fu-01", "目标是多少", "amount", ["75%"], Z, TMS, {"context": ["图木舒克监测指标里有没有专业与重点产业匹配度"]}),
    ("tmb-amount-01", "图木舒克订单班学生数监测值420人能得几分", "amount", ["5.04分"], B, TMS, {}),
    ("tmb-amount-02", "图木舒克生均实训设备值那个例子算出来多少", "amount", ["1.20万元"], B, TMS, {}),
    ("tmb-amount-03", "图木舒克毕业生就业率的例子算出来多少 在本市就业比例呢", "amount", ["93.5%", "53.0%"], B, TMS, {"two": True}),
    ("tmb-amount-fu-01", "里面企业捐赠的设备值多少", "amount", ["318万元"], B, TMS,
     {"context": ["图木舒克报送通知里生均实训设备值的例子"]}),
    # person
    ("tmz-person-01", "图木舒克职业教育产教融合监测评价指标体系是哪几个部门发的", "person",
     ["第三师图木舒克市教育局", "第三师图木舒克市人力资源和社会保障局"], Z, TMS, {}),
    ("tmz-person-02", "图木舒克监测指标有问题找谁 电话多少", "person", ["马晓琳", "0998-6213574"], Z, TMS, {"two": True}),
    ("tmz-person-03", "图木舒克企业捐赠设备值的牵头单位是谁", "person", ["师市发展和改革委员"], Z, TMS, {}),
    ("tmz-person-04", "图木舒克监测指标体系适用于哪些学校", "person", ["师市所属职业学校和技工学校"], Z, TMS, {}),
    ("tmz-person-fu-01", "由哪个部门另行通知", "person", ["由师市教育局另行通知"], Z, TMS,
     {"context": ["图木舒克监测数据报送的具体安排出来了吗"]}),
    ("tmb-person-01", "图木舒克技工学校的监测数据谁审核", "person", ["技工学校数据由师市人力资源和社会保障局审核"], B, TMS, {}),
    ("tmb-person-02", "图木舒克现场核查是哪几个部门一起搞", "person", ["师市教育局会同师市统计局"], B, TMS, {}),
    ("tmb-person-03", "图木舒克新型学徒制的数据谁提供 联系人是谁", "person",
     ["数据由师市人力资源和社会保障局提供", "艾尔肯·吾斯曼"], B, TMS, {"two": True}),
    ("tmb-person-04", "图木舒克合作企业的捐赠设备数据交给谁", "person", ["由合作学校汇总后一并提交"], B, TMS, {}),
    ("tmb-person-05", "图木舒克数据管理员的名单报给哪个科", "person", ["报师市教育局职业教育科"], B, TMS, {}),
    ("tmb-person-06", "图木舒克实训安全事故数谁来统计", "person", ["由师市教育局根据安全事故报告情况统计"], B, TMS, {}),
    ("tmb-person-07", "图木舒克学校的监测数据录入以后要谁审签", "person", ["由分管负责人审签"], B, TMS, {}),
    ("tmb-person-fu-01", "谁来开", "person", ["由职业教育科开通平台账号"], B, TMS, {"context": ["图木舒克监测平台的账号怎么开通"]}),
    # time
    ("tmz-time-01", "图木舒克监测指标体系执行期到什么时候", "time", ["2026年6月1日至2027年12月31日"], Z, TMS, {}),
    ("tmz-time-02", "图木舒克监测指标体系哪天印发的", "time", ["2026年4月21日"], Z, TMS, {}),
    ("tmz-time-03", "图木舒克监测期是怎么算的", "time", ["监测期为每年1月1日至12月31日"], Z, TMS, {}),
    ("tmz-time-04", "图木舒克指标体系执行到哪天 年度数据什么时候报", "time", ["2027年12月31日", "2027年1月5日至1月25日"], Z, TMS,
     {"docs": BOTH, "two": True}),
    ("tmz-time-fu-01", "到哪天结束", "time", ["2027年12月31日"], Z, TMS, {"context": ["图木舒克监测指标体系从哪天开始执行"]}),
    ("tmb-time-01", "图木舒克年度监测数据什么时候报送", "time", ["2027年1月5日至1月25日"], B, TMS, {}),
    ("tmb-time-02", "图木舒克中期报送是什么时候 报截至哪天的数据", "time", ["2026年7月6日至7月20日", "截至6月30日的数据"], B, TMS,
     {"two": True}),
    ("tmb-time-03", "图木舒克现场核查安排在什么时候", "time", ["2027年2月1日至2月26日"], B, TMS, {}),
    ("tmb-time-04", "图木舒克评价等级什么时候公布", "time", ["2027年3月31日前"], B, TMS, {}),
    ("tmb-time-05", "图木舒克主管部门审核要多长时间", "time", ["7个工作日内完成审核"], B, TMS, {}),
    ("tmb-time-06", "图木舒克数据报送通知是哪天发布的", "time", ["2026年5月20日"], B, TMS, {}),
    ("tmb-time-07", "图木舒克数据管理员名单最晚哪天报", "time", ["2026年6月12日（星期五）前"], B, TMS, {}),
    ("tmb-time-fu-01", "截止到哪天", "time", ["2027年1月5日至1月25日"], B, TMS, {"context": ["图木舒克年度报送要交哪些东西"]}),
    # count
    ("tmz-count-01", "图木舒克监测指标体系一共多少个二级指标", "count", ["二级指标20个"], Z, TMS, {}),
    ("tmz-count-02", "图木舒克合作企业数目标多少家", "count", ["65家"], Z, TMS, {}),
    ("tmz-count-03", "图木舒克校内实训工位数目标多少", "count", ["800个"], Z, TMS, {}),
    ("tmz-count-04", "图木舒克企业兼职教师要达到多少人", "count", ["60人"], Z, TMS, {}),
    ("tmz-count-05", "图木舒克企业兼职教师每学年至少上多少课时才算", "count", ["不少于40课"], Z, TMS, {}),
    ("tmz-count-06", "图木舒克社会培训人次目标多少 一个人参加两个不同项目算几次", "count", ["8000人次", "参加不同项目的分别计算"], Z,
     TMS, {"docs": BOTH, "two": True}),
    ("tmb-count-01", "图木舒克学校要报送多少项指标", "count", ["共16项"], B, TMS, {}),
    ("tmb-count-02", "图木舒克现场核查抽多少学校", "count", ["抽取不少于三分之一的学校"], B, TMS, {}),
    ("tmb-count-03", "图木舒克每个单位定几个数据管理员", "count", ["各单位确定1名数据管理员"], B, TMS, {}),
    ("tmb-count-fu-01", "社会培训算几人次", "count", ["计2人次"], B, TMS,
     {"context": ["图木舒克一名职工先后参加了电工初级班和焊工初级班"]}),
    # yesno
    ("tmz-yesno-01", "图木舒克生均实训设备值里含不含企业捐赠的设备", "yesno", ["含企业捐赠设备"], Z, TMS, {}),
    ("tmz-yesno-02", "图木舒克生师比是不是越低越好", "yesno", ["为逆向指标"], Z, TMS, {}),
    ("tmz-yesno-03", "图木舒克发生安全事故那一项还能得分吗", "yesno", ["第17项发生安全事故的，该项不得分"], Z, TMS, {}),
    ("tmz-yesno-04", "图木舒克连续两年D级的学校会减招生计划吗", "yesno", ["下一年度招生计划适当核减"], Z, TMS, {}),
    ("tmz-yesno-05", "图木舒克冠名班的学生算不算订单班学生", "yesno", ["含冠名班"], Z, TMS, {}),
    ("tmz-yesno-06", "图木舒克毕业生在本市就业比例里升学的算吗", "yesno", ["升学的毕业生不计入"], Z, TMS, {}),
    ("tmz-yesno-fu-01", "专项资金会倾斜吗", "yesno", ["评为A级的学校在专项资金分配中予以倾斜"], Z, TMS,
     {"context": ["图木舒克监测评为A级的学校有什么好处"]}),
    ("tmb-yesno-01", "图木舒克中期报送的数据计入年度得分吗", "yesno", ["不计入年度得分"], B, TMS, {}),
    ("tmb-yesno-02", "图木舒克租来的设备能算进生均实训设备值吗", "yesno", ["租用设备不计入"], B, TMS, {}),
    ("tmb-yesno-03", "图木舒克学校还要报新型学徒制人数吗", "yesno", ["学校不再重复报送"], B, TMS, {}),
    ("tmb-yesno-04", "图木舒克毕业生就业率里升学的算不算", "yesno", ["就业率的分子包括升学人数"], B, TMS, {}),
    ("tmb-yesno-05", "图木舒克核查差错率高了要重新报吗", "yesno", ["退回重新报送"], B, TMS, {}),
    ("tmb-yesno-fu-01", "还能参加先进评选吗", "yesno", ["取消当年各类先进评选资格"], B, TMS, {"context": ["图木舒克监测数据弄虚作假会怎样"]}),
    # list
    ("tmz-list-01", "图木舒克监测指标有哪几个一级指标", "list", ["办学条件", "校企合作", "培养质量", "服务贡献"], Z, TMS, {}),
    ("tmz-list-02", "图木舒克校企合作下面有哪些指标", "list",
     ["合作企业数", "校企共建课程数", "订单班学生数", "企业新型学徒制学徒", "企业捐赠设备值", "共建生产性实训基地"], Z, TMS, {}),
    ("tmz-list-03", "图木舒克逆向指标有哪些", "list", ["生师比", "实训实习安全事故数"], Z, TMS, {}),
    ("tmz-list-04", "图木舒克发改委牵头的指标有哪些", "list", ["企业捐赠设备值", "专业与重点产业匹配"], Z, TMS, {}),
    ("tmz-list-05", "图木舒克监测指标的二级指标全部列一下", "list",
     ["生均实训设备值", "生师比", "合作企业数", "订单班学生数", "毕业生就业率", "技能竞赛获奖人次", "社会培训人次", "技术服务收入"], Z, TMS,
     {"items": 20}),
    ("tmz-list-06", "图木舒克监测评价结果用在哪些方面", "list", ["职业教育专项资金分配", "年度招生计划安排", "学校领导班子考核"], Z, TMS,
     {}),
    ("tmz-list-fu-01", "有哪些指标", "list", ["生均实训设备值", "校内实训工位数", "生师比", "“双师型”教师占比", "企业兼职教师数"], Z, TMS,
     {"context": ["图木舒克监测指标里办学条件占多少"]}),
    ("tmb-list-01", "图木舒克学校要报哪些指标", "list", ["第1至8、11至13、15、16、18至20项"], B, TMS, {}),
    ("tmb-list-02", "图木舒克三级核查是哪三级", "list", ["学校（企业）自查", "主管部门审核", "现场核查"], B, TMS, {}),
    ("tmb-list-03", "图木舒克佐证材料包括哪些", "list", ["协议、名册、发票、证书等"], B, TMS, {}),
    ("tmb-list-04", "图木舒克数据报送通知有哪些附件", "list", ["数据报送承诺书", "佐证材料清单"], B, TMS, {}),
    # docfact
    ("tmz-docfact-01", "图木舒克监测指标体系的文号是多少", "docfact", ["师市教发〔2026〕17号"], Z, TMS, {}),
    ("tmz-docfact-02", "图木舒克监测指标那张表有哪几列", "docfact", ["一级指标", "二级指标", "计算方法", "数据来源", "目标值", "牵头单位"], Z,
     TMS, {}),
    ("tmz-docfact-03", "图木舒克比例类指标保留几位小数 生均设备值呢", "docfact", ["比例类指标保留1位小数", "生均实训设备值保留2位小数"], Z,
     TMS, {"two": True}),
    ("tmz-docfact-04", "图木舒克指标的权重跟分值是什么关系", "docfact", ["权重数值即该项指标的满分分值"], Z, TMS, {}),
    ("tmz-docfact-05", "图木舒克发指标体系的通知附件是什么 公开发布了吗", "docfact",
     ["附件：图木舒克市职业教育产教融合监测评价指标体系（2026—2027年）", "（此件公开发布）"], Z, TMS, {"two": True}),
    ("tmb-docfact-01", "图木舒克数据报送通知的文号是多少", "docfact", ["师市教函〔2026〕33号"], B, TMS, {}),
    ("tmb-docfact-02", "图木舒克报送通知在网站哪个栏目 索引号是多少", "docfact", ["通知公告", "TMSK-JYJ-2026-00133"], B, TMS,
     {"two": True}),
    ("tmb-docfact-03", "图木舒克报送通知是依据哪个文件发的", "docfact",
     ["《图木舒克市职业教育产教融合监测评价指标体系（2026—2027年）》（师市教发〔2026〕17号）"], B, TMS, {}),
    ("tmb-docfact-04", "图木舒克数据报送通知分几部分", "docfact",
     ["一、报送主体和分工", "二、报送平台", "三、报送时间", "四、指标口径说明", "五、审核和核查", "六、有关要求", "七、联系人"], B, TMS, {}),
    # general
    ("tmz-general-01", "图木舒克正向指标得分怎么算", "general", ["得分＝权重×监测值÷目标值", "最高不超过该项权重"], Z, TMS, {}),
    ("tmz-general-02", "图木舒克多少分是A级 多少分是D级", "general", ["85分及以上为A级", "60分以下为D级"], Z, TMS, {"two": True}),
    ("tmz-general-03", "图木舒克生师比高于目标值怎么算分", "general", ["高于目标值的，得分＝权重×目标值÷监测值"], Z, TMS, {}),
    ("tmz-general-04", "图木舒克监测评价结果怎么公开", "general", ["监测评价结果在师市教育系统内通报"], Z, TMS, {}),
    ("tmz-general-05", "图木舒克生师比怎么算 通知例子里那所学校生师比多少", "general", ["全日制在校生数÷专任教师数", "1845÷96＝19.2"], Z,
     TMS, {"docs": BOTH, "two": True}),
    ("tmb-general-01", "图木舒克生均实训设备值里的设备按什么价算", "general", ["设备按固定资产账面原值计算"], B, TMS, {}),
    ("tmb-general-02", "图木舒克监测数据弄虚作假怎么处理", "general", ["年度评价等级直接确定为D级"], B, TMS, {}),
    ("tmb-general-03", "图木舒克逾期没报送监测数据会怎样", "general", ["该批次涉及的指标按0分计"], B, TMS, {}),
    ("tmb-general-04", "图木舒克算生师比时专任教师包括哪些人", "general", ["专任教师不含兼职教师、行政人员和教辅人员"], B, TMS, {}),
    ("tmb-general-fu-01", "怎么上传", "general", ["扫描后随数据一并上传"], B, TMS, {"context": ["图木舒克报送监测数据要上传佐证材料吗"]}),
    # region-scoped
    ("tmz-rs-01", "锦绣街道的职业学校问图木舒克生师比目标是多少", "region-scoped", ["不高于18"], Z, JX, {}),
    ("tmz-rs-02", "我们是草湖镇的企业 图木舒克企业捐赠设备值按什么算", "region-scoped", ["发票金额计"], Z, CH, {}),
    ("tmz-rs-03", "嘉和镇政府想知道图木舒克监测指标体系执行到哪天", "region-scoped", ["2027年12月31日"], Z, JHZ, {}),
    ("tmz-rs-04", "唐驿镇的学校问图木舒克实习责任保险覆盖率目标多少", "region-scoped", ["100%"], Z, TY, {}),
    ("tmz-rs-05", "金胡杨镇一家企业想知道图木舒克新型学徒制学徒人数目标多少", "region-scoped", ["150人"], Z, JHY, {}),
    ("tmz-rs-fu-01", "图木舒克双师型教师占比要达到多少", "region-scoped", ["50%"], Z, XH, {"context": ["我是杏花镇一所技工学校的老师"]}),
    ("tmb-rs-01", "永安坝街道的学校 图木舒克年度监测数据最晚哪天报", "region-scoped", ["2027年1月5日至1月25日"], B, YAB, {}),
    ("tmb-rs-02", "草湖镇的企业在图木舒克要报送哪一项", "region-scoped", ["与学校合作的企业报送第10项"], B, CH, {}),
    ("tmb-rs-fu-01", "学校的数据谁审核", "region-scoped", ["职业学校数据由师市教育局审核"], B, JHZ,
     {"context": ["我在嘉和镇一所职业学校 刚看了图木舒克数据报送通知"]}),
    # outofscope
    ("x-f40-outofscope-04", "图木舒克唐王城景区几点开门", "outofscope", None, None, TMS, {}),
    ("x-f40-outofscope-05", "图木舒克哪家烤包子好吃", "outofscope", None, None, TMS, {}),
    ("x-f40-outofscope-06", "图木舒克明天最高气温多少度", "outofscope", None, None, TMS, {}),
    # unstated
    ("x-f40-unstated-07", "图木舒克休息日能在平台上报送数据吗", "unstated", None, None, TMS, {}),
    ("x-f40-unstated-08", "图木舒克学校在异地办的教学点数据怎么报", "unstated", None, None, TMS, {}),
    ("x-f40-unstated-09", "图木舒克实习责任保险指定哪家保险公司", "unstated", None, None, TMS, {}),
    ("x-f40-unstated-10", "图木舒克监测数据能用平板电脑报送吗", "unstated", None, None, TMS, {}),
    ("x-f40-unstated-11", "图木舒克往年的监测结果在哪能查到", "unstated", None, None, TMS, {}),
    ("x-f40-unstated-12", "图木舒克数据管理员换人了怎么交接", "unstated", None, None, TMS, {}),
    # region-clash
    ("x-f40-clash-04", "铁门关市职业教育监测指标里生师比目标多少", "region-clash", None, None, TMG, {}),
    ("x-f40-clash-05", "可克达拉年度监测数据什么时候报送", "region-clash", None, None, KKDL, {}),
]

UNSTATED_ABSENT = {
    "x-f40-unstated-07": ["休息日"],
    "x-f40-unstated-08": ["异地"],
    "x-f40-unstated-09": ["保险公司"],
    "x-f40-unstated-10": ["平板"],
    "x-f40-unstated-11": ["往年"],
    "x-f40-unstated-12": ["交接"],
}
REGION_FREE = {"tmz-count-07": "技能竞赛获奖人次", "tmb-time-08": "数据管理员"}
QUESTIONS += [
    ("tmz-count-07", "技能竞赛获奖人次这个指标目标是多少", "count", ["20人次"], Z, "", {}),
    ("tmb-time-08", "数据管理员名单要在哪天前报上去", "time", ["2026年6月12日（星期五）前"], B, "", {}),
]
ONLY = ["tmz-yesno-01", "tmz-amount-01", "tmz-yesno-06", "tmb-general-01", "tmb-general-04", "tmb-yesno-04", "tmb-amount-01",
        "tmb-count-fu-01"]
