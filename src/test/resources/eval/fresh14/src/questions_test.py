"""Questions of fresh14-test.jsonl (辽宁省营口市: 大石桥市's 工作要点 .pdf and 营口高新区's 申报通知 .txt) — held out.
Written from the documents only. Row: (id, q, kind, must or None, doc or None, region, extra keys)."""
DSQ = "辽宁省营口市大石桥市"
GXQ = "辽宁省营口市营口高新技术产业开发区"
YK = "辽宁省营口市"
P = "dashiqiao-gongzuo-yaodian"
G = "yingkou-gxq-shenbao-tongzhi"

QUESTIONS = [
    # amount
    ("dsq-amount-01", "大石桥实训基底补助按设备投入多少比例给 最高多少", "amount", ["20%", "35万元"], P, DSQ, {}),
    ("ykg-amount-01", "营口高新区实训基地补助比例和封顶金额是多少", "amount", ["30%", "60万元"], G, GXQ, {}),
    ("dsq-amount-02", "我们厂在大石桥 接了几个职校实习生 每人每月补多少", "amount", ["450元"], P, DSQ, {}),
    ("dsq-amount-fu-01", "最多补几个月 一年封顶多少", "amount", ["3个月", "9万元"], P, DSQ,
     {"context": ["我们厂在大石桥 接了几个职校实习生 每人每月补多少"], "two": True}),
    ("ykg-amount-02", "营口高新区的实习补帖每人每月多少 一家最多多少", "amount", ["600元", "12万元"], G, GXQ, {"two": True}),
    ("dsq-amount-03", "大石桥镁质材料产业学院给多少建设补助", "amount", ["18万元"], P, DSQ, {}),
    ("ykg-amount-03", "营口高新区企业跟学校共建产业学院 奖励多少钱", "amount", ["25万元"], G, GXQ, {}),
    ("dsq-amount-04", "大石桥技能大师工作室一个补多少", "amount", ["5万元"], P, DSQ, {}),
    ("ykg-amount-04", "营口高新区招职校应届生 留区补贴一人多少 企业一年最多拿多少", "amount", ["3000元", "15万元"], G, GXQ, {"two": True}),
    ("dsq-amount-05", "大石桥今年专项资金多少 实训基地补助安排了多少", "amount", ["450万元", "140万元"], P, DSQ, {"two": True}),
    # person
    ("dsq-person-01", "大石桥产教融合专班组长是谁", "person", ["鲁志远"], P, DSQ, {}),
    ("dsq-person-02", "大石桥专班办公室主任叫啥 电话多少", "person", ["冯丽娜", "0417-5628134"], P, DSQ, {"two": True}),
    ("dsq-person-03", "大石桥那个石桥校企直通车小程序谁负责上线", "person", ["市营商环境建设局"], P, DSQ, {}),
    ("dsq-person-04", "大石桥的康养服务培训是哪个单位牵头", "person", ["汤池镇人民政府"], P, DSQ, {}),
    ("ykg-person-01", "营口高新区实训基地申报找谁 电话多少", "person", ["邵佳宁", "0417-6281452"], G, GXQ, {"two": True}),
    ("ykg-person-02", "营口高新区留区补贴问哪个联系人", "person", ["程立伟"], G, GXQ, {}),
    ("ykg-person-03", "营口高新区补助资金拨付的事问谁", "person", ["贾晓东"], G, GXQ, {}),
    ("ykg-person-04", "营口高新区申报纸质材料交到哪个部门 几楼", "person", ["科技和人才局", "312室"], G, GXQ, {}),
    ("ykg-person-fu-01", "留区补贴那块呢 电话多少", "person", ["0417-6281469"], G, GXQ,
     {"context": ["营口高新区实训基地申报找谁 电话多少"]}),
    # time
    ("dsq-time-01", "大石桥的实训基地要几号前建完", "time", ["8月31日前"], P, DSQ, {}),
    ("dsq-time-02", "我是大石桥工信局的 季度进展什么时候报", "time", ["每季度首月10日前"], P, DSQ, {}),
    ("dsq-time-03", "大石桥岗位实习需求清单啥时候发布", "time", ["5月31日前"], P, DSQ, {}),
    ("dsq-time-04", "大石桥小程序几号前上线", "time", ["6月30日前"], P, DSQ, {}),
    ("ykg-time-01", "营口高新区产教融合项目申报截止到哪天", "time", ["5月15日"], G, GXQ, {}),
    ("ykg-time-fu-01", "那钱什么时候拨下来", "time", ["8月31日前"], G, GXQ, {"context": ["营口高新区产教融合项目申报截止到哪天"]}),
    ("ykg-time-02", "营口高新区申报说明会啥时候开 在哪开", "time", ["4月17日上午9时", "五楼第一会议室"], G, GXQ, {"two": True}),
    ("ykg-time-03", "营口高新区实习时间要在什么范围内才能申请补贴", "time", ["2025年10月1日至2026年9月30日"], G, GXQ, {}),
    # count
    ("dsq-count-01", "大石桥今年要新建几个实训基地", "count", ["实训基地4个"], P, DSQ, {}),
    ("dsq-count-02", "大石桥要派多少个专业教师去企业实践 每人至少多久", "count", ["60名", "不少于2个月"], P, DSQ, {"two": True}),
    ("dsq-count-03", "大石桥镁质材料产业学院首期招多少学生", "count", ["90人"], P, DSQ, {}),
    ("ykg-count-01", "营口高新区实训基地今年最多支持几个", "count", ["不超过5个"], G, GXQ, {}),
    ("ykg-count-02", "营口高新区实训基地工位至少要多少个", "count", ["不少于25个"], G, GXQ, {}),
    ("dsq-count-04", "大石桥进校园招聘活动至少办几场", "count", ["不少于4场"], P, DSQ, {}),
    # yesno
    ("ykg-yesno-01", "我们公司在大石桥虎庄镇 能不能申请营口高新区的岗位实习补贴", "yesno", ["注册地不在营口高新区的企业"], G, GXQ, {}),
    ("dsq-yesno-01", "我们公司在营口高新区 能享受大石桥的实训基地补助吗", "yesno", ["不列入本要点支持范围"], P, DSQ, {}),
    ("ykg-yesno-02", "营口高新区企业同一个项目能同时拿区里和营口市里的补助吗", "yesno", ["不得重复享受区级和市级同类补助"], G, GXQ, {}),
    ("ykg-yesno-03", "营口高新区实训基地刚用了俩月 能申抱吗", "yesno", ["满3个月"], G, GXQ, {}),
    ("ykg-yesno-04", "营口高新区我们纳税信用是C级 还能申报不", "yesno", ["A级或B级"], G, GXQ, {}),
    ("ykg-yesno-05", "营口高新区 同一个实训基地已经拿过市级财政补助了 还能申请高新区的吗", "yesno",
     ["同一实训基地已获得省级或市级财政补助的"], G, GXQ, {}),
    ("dsq-yesno-02", "大石桥 实习生才干了半个月 企业能申请补贴吗", "yesno", ["满1个月"], P, DSQ, {}),
    ("ykg-yesno-06", "营口高新区申报能网上填吗", "yesno", ["营口高新区企业服务平台"], G, GXQ, {}),
    # list
    ("ykg-list-01", "营口高新区申报材料都要哪些", "list", ["营业执照复印件", "2025年度财务报表", "毕业证书复印件", "设备清单"], G, GXQ, {"items": 7}),
    ("ykg-list-02", "营口高新区今年有哪些支持项目", "list", ["实训基地建设补助", "产业学院共建奖励", "岗位实习补贴", "应届毕业生留区补贴"], G, GXQ, {}),
    ("dsq-list-01", "我是大石桥教育局的 要点里我们牵头的任务有哪些", "list", ["共建实训基地4个", "镁质材料产业学院", "教师企业实践和技能大师工作室"], P, DSQ, {}),
    ("dsq-list-02", "大石桥分工表里完成时限写12月底前的有哪几项", "list", ["岗位实习补贴", "教师企业实践和技能大师工作室", "职业技能培训"], P, DSQ, {}),
    ("dsq-list-03", "大石桥450万专项资金怎么分的", "list", ["实训基地补助140万元", "产业学院建设补助18万元", "岗位实习补贴110万元", "技能大师工作室补助10万元"], P, DSQ, {}),
    ("ykg-list-03", "营口高新区哪些情形不予支持", "list", ["经营异常名录", "已获得省级或市级财政补助", "已停止招生"], G, GXQ, {}),
    # docfact
    ("dsq-docfact-01", "大石桥产教融合工作要点的文号", "docfact", ["大石政办〔2026〕12号"], P, DSQ, {}),
    ("dsq-docfact-02", "大石桥要点依据的是营口哪个文件", "docfact", ["营口市产教融合发展三年行动方案（2025—2027年）"], P, DSQ, {}),
    ("dsq-docfact-03", "大石桥要点啥时候印发的", "docfact", ["2026年4月6日"], P, DSQ, {}),
    ("dsq-docfact-fu-01", "落款日期呢", "docfact", ["2026年4月2日"], P, DSQ, {"context": ["大石桥要点啥时候印发的"]}),
    ("ykg-docfact-01", "营口高新区产教融合申报通知文号多少 哪天发的", "docfact", ["营高管发〔2026〕15号", "2026年4月13日"], G, GXQ, {"two": True}),
    ("ykg-docfact-02", "营口高新区这个通知附件有哪几个", "docfact", ["营口高新区2026年度产教融合支持项目申报书", "岗位实习补贴申领表", "诚信承诺书"], G, GXQ, {}),
    # general
    ("dsq-general-01", "大石桥要点的支持范围是怎么规定的", "general", ["在大石桥市行政区域内注册的企业"], P, DSQ, {}),
    ("ykg-general-01", "营口高新区产业学院奖励要满足什么条件", "general", ["不少于60人"], G, GXQ, {}),
    ("ykg-general-02", "营口高新区留区补贴需要满足啥条件", "general", ["2年以上劳动合同", "满6个月"], G, GXQ, {}),
    ("ykg-general-03", "在营口高新区拿了实训基地补助以后有什么要求", "general", ["至少运行3年", "不少于100人次"], G, GXQ, {}),
    ("dsq-general-02", "大石桥专班调度会多久开一次", "general", ["每两个月召开一次调度会"], P, DSQ, {}),
    ("ykg-general-04", "营口高新区提供假材料会怎么处理", "general", ["追回补助资金", "5年内"], G, GXQ, {}),
    # region-scoped (a town inside 大石桥) — answered by the 大石桥 plan
    ("dsq-rs-01", "虎庄镇那个设施农业实训园年内培训多少人", "region-scoped", ["300人次"], P, DSQ + "虎庄镇", {}),
    ("dsq-rs-02", "我在汤池镇开温泉民宿的 有没有康养服务培训 培训多少人", "region-scoped", ["400人次"], P, DSQ + "汤池镇", {}),
    ("dsq-rs-03", "官屯镇技能服务站什么时候能用上", "region-scoped", ["9月底前"], P, DSQ + "官屯镇", {}),
    ("dsq-rs-04", "博洛铺镇的技能服务站是哪个单位牵头", "region-scoped", ["市人力资源和社会保障局"], P, DSQ + "博洛铺镇", {}),
    ("dsq-rs-05", "我们厂在高坎镇 接收职校学生实习 大石桥给补贴吗 每月多少", "region-scoped", ["450元"], P, DSQ + "高坎镇", {}),
    ("dsq-rs-06", "我是虎庄镇的 那个设施农业实训园是镇里牵头吗 还有哪些部门配合", "region-scoped",
     ["虎庄镇人民政府", "市农业农村局"], P, DSQ + "虎庄镇", {}),
    ("dsq-rs-fu-01", "博洛铺镇的也是那时候吗", "region-scoped", ["9月底前"], P, DSQ + "博洛铺镇",
     {"context": ["官屯镇技能服务站什么时候能用上"]}),
    # region-scoped, not answerable: the prefecture city is named, only the 县级市's plan says it
    ("x-f14-rs-04", "营口市岗位实习补贴每人每月多少", "region-scoped", None, None, YK, {}),
    ("x-f14-rs-05", "营口市产教融合专项资金今年多少", "region-scoped", None, None, YK, {}),
    ("x-f14-rs-06", "营口市产教融合工作专班组长是谁", "region-scoped", None, None, YK, {}),
    ("x-f14-rs-fu-02", "那营口市里一共安排多少", "region-scoped", None, None, YK,
     {"context": ["大石桥今年专项资金多少 实训基地补助安排了多少"]}),
    # fragment / outofscope
    ("x-f14-fragment-03", "一个月给多少啊", "fragment", None, None, "", {}),
    ("x-f14-fragment-04", "找谁报", "fragment", None, None, "", {}),
    ("x-f14-outofscope-04", "营口到沈阳开车要多久", "outofscope", None, None, YK, {}),
    ("x-f14-outofscope-05", "帮我写个实习生入职须知 简单点的", "outofscope", None, None, "", {}),
    ("x-f14-outofscope-06", "公司想注册个商标大概要多少钱", "outofscope", None, None, "", {}),
    # unstated
    ("x-f14-unstated-07", "大石桥岗位实习补贴是按月发还是年底一次性发", "unstated", None, None, DSQ, {}),
    ("x-f14-unstated-08", "营口高新区留区补贴 毕业生是外地户口能算吗", "unstated", None, None, GXQ, {}),
    ("x-f14-unstated-09", "大石桥技能大师工作室申报要啥条件 带头人得是高级技师吗", "unstated", None, None, DSQ, {}),
    ("x-f14-unstated-10", "营口高新区申报书模板在哪下载 有没有链接", "unstated", None, None, GXQ, {}),
    ("x-f14-unstated-11", "大石桥老师去企业实践那两个月 工资谁发", "unstated", None, None, DSQ, {}),
    ("x-f14-unstated-12", "营口高新区评审打分标准是啥 各项占多少分", "unstated", None, None, GXQ, {}),
    ("x-f14-unstated-14", "大石桥镁质材料产业学院的学生毕业以后必须留在合作企业干几年吗", "unstated", None, None, DSQ, {}),
    # region-clash
    ("x-f14-clash-05", "盘锦市企业接收职校实习生补贴标准是多少", "region-clash", None, None, "辽宁省盘锦市", {}),
    ("x-f14-clash-06", "安达市今年产教融合实训基地补多少", "region-clash", None, None, "黑龙江省绥化市安达市", {}),
    ("x-f14-clash-07", "岑溪的产教融合项目什么时候申报", "region-clash", None, None, "广西壮族自治区梧州市岑溪市", {}),
    ("x-f14-clash-08", "昭通市产教融合工作专班办公室设在哪", "region-clash", None, None, "云南省昭通市", {}),
]
UNSTATED_ABSENT = {
    "x-f14-unstated-07": ["按月发放", "年底", "发放方式"],
    "x-f14-unstated-08": ["户口", "外地", "生源"],
    "x-f14-unstated-09": ["带头人", "高级技师", "领办"],
    "x-f14-unstated-10": ["下载", "链接"],
    "x-f14-unstated-11": ["工资", "薪酬", "待遇"],
    "x-f14-unstated-12": ["打分", "分值", "评分"],
    "x-f14-unstated-14": ["毕业以后", "毕业后", "留用", "服务年限"],
}
ONLY = ["dsq-amount-01", "ykg-amount-01", "dsq-amount-02", "dsq-amount-fu-01", "ykg-amount-02", "dsq-amount-03", "ykg-amount-03"]
