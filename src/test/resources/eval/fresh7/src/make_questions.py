#!/usr/bin/env python3
"""Write ../../fresh7-dev.jsonl and ../../fresh7-test.jsonl (eighth fresh set, region hierarchy).

Questions written from the four fictional documents only. Split by document: 山西 and 天津 → dev; 大同 and 武清 → test
(including the test questions that name 大同/武清 but are answered by the covering 山西/天津 document); fragment and
outofscope half and half.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))

SX, DT, TJ, WQ = "shanxi-shishi-yijian", "datong-shishi-fangan", "tianjin-guanli-banfa", "wuqing-gongzuo-yaodian"
R_SX, R_DT, R_TJ, R_WQ = "山西省", "山西省大同市", "天津市", "天津市武清区"

dev, test = [], []


def a(out, qid, q, kind, must, doc, region, **kw):
    d = {"id": qid, "q": q, "kind": kind, "must": must, "doc": doc, "region": region}
    if "items" in kw:
        d["items"] = kw["items"]
    if "context" in kw:
        d["context"] = kw["context"]
    out.append(d)


def x(out, qid, q, kind, region=""):
    exp = "clarify" if kind == "fragment" else "none"
    out.append({"id": qid, "q": q, "kind": kind, "region": region, "expect": exp})


# ---------------------------------------------------------------- 山西 (dev)
o = dev
a(o, "sx-amount-01", "我们是山西的一家煤机企业，新建了个实训基地，设备投了600多万，要是评上省级产教融合实训基地能补多少？最多多少？", "amount", ["20%", "200万元"], SX, R_SX)
a(o, "sx-amount-02", "山西省级产业学院一共给多少建设补助？分几次给，每次多少？", "amount", ["60万元", "40万元", "20万元"], SX, R_SX)
a(o, "sx-amount-03", "山西认定的省级产业导师，一个人一年津贴多少钱", "amount", ["1.3万元"], SX, R_SX)
a(o, "sx-amount-04", "山西企业接收职校学生岗位实习，一个学生每月补企业多少？一个企业一年最多能拿多少？", "amount", ["300元", "20万元"], SX, R_SX)
a(o, "sx-amount-05", "在山西，企业接收职业院校专业课老师来厂里实践，每个老师每个月给企业补多少？", "amount", ["1500元"], SX, R_SX)
a(o, "sx-amount-06", "山西这边职工培训后考了中级工证书，培训补贴是多少？", "amount", ["1500元"], SX, R_SX)
a(o, "sx-amount-07", "山西省级市域产教联合体认定下来一次性奖不多少？", "amount", ["100万元"], SX, R_SX)
a(o, "sx-amount-08", "山西的行业产教融合共同体，工作经费每个给多少，一次给完吗？", "amount", ["50万元", "分两年拨付"], SX, R_SX)
a(o, "sx-amount-09", "山西省级技术技能创新平台能拿多少补助", "amount", ["50万元"], SX, R_SX)
a(o, "sx-amount-10", "山西省级财政每年给产教融合专项资金安排多少钱？", "amount", ["3亿元"], SX, R_SX)
a(o, "sx-amount-11", "山西高技能人才公共实训基地，认定为省级的最高给多少建设补助？", "amount", ["300万元"], SX, R_SX)
a(o, "sx-fu-amount-01", "认定以后一共给多少钱？", "amount", ["60万元"], SX, R_SX, context=["山西省级产业学院对合作企业和在校生人数有什么要求？"])
a(o, "sx-fu-amount-02", "考核合格以后还能拿多少？", "amount", ["20万元"], SX, R_SX, context=["山西的省级产业学院建设期满要考核吗？"])

a(o, "sx-person-01", "山西建设省级产教融合实训基地这项任务，哪个部门牵头？", "person", ["省发展改革委"], SX, R_SX)
a(o, "sx-person-02", "山西选聘产业导师是哪个部门牵头负责的？", "person", ["省教育厅"], SX, R_SX)
a(o, "sx-person-03", "山西职工技能提升培训的牵头单位是谁", "person", ["省人力资源社会保障厅"], SX, R_SX)
a(o, "sx-person-04", "山西技术技能创新平台建设谁来牵头？", "person", ["省科技厅"], SX, R_SX)
a(o, "sx-person-05", "山西省深化产教融合工作协调机制由谁当召集人？办公室设在哪个部门？", "person", ["分管副省长", "省发展改革委"], SX, R_SX)
a(o, "sx-person-06", "山西组建行业产教融合共同体，牵头的是哪个厅？还有哪些部门参与？", "person", ["省教育厅", "省工业和信息化厅", "省国资委", "省能源局"], SX, R_SX)
a(o, "sx-fu-person-01", "除了牵头的，还有哪些单位配合？", "person", ["省发展改革委", "省财政厅", "各市人民政府"], SX, R_SX, context=["山西按一市一基地建公共实训基地，这事儿谁牵头？"])

a(o, "sx-time-01", "山西这个深化产教融合的实施意见从什么时候开始施行？", "time", ["2026年4月1日"], SX, R_SX)
a(o, "sx-time-02", "山西产教融合实施意见有效期到什么时候", "time", ["2030年12月31日"], SX, R_SX)
a(o, "sx-time-03", "山西各市每年什么时候之前要把产教融合工作进展报给省里？", "time", ["12月底前"], SX, R_SX)
a(o, "sx-time-04", "山西省里那个产教融合工作协调机制多久开一次会？", "time", ["每半年召开1次"], SX, R_SX)
a(o, "sx-time-05", "山西的实施情况评估多长时间搞一次？分工表里写的是哪几年？", "time", ["每2年开展1次", "2027年、2029"], SX, R_SX)
a(o, "sx-time-06", "山西每个设区市的市域产教联合体要在什么时候之前组建起来？", "time", ["2027年底前"], SX, R_SX)
a(o, "sx-time-08", "山西职业院校的专业课老师，按规定多少年里要去企业实践多长时间？", "time", ["每5年累计到企业实践不少于6个月"], SX, R_SX)

a(o, "sx-count-01", "山西到2028年要建多少个省级产教融合实训基地？", "count", ["120个"], SX, R_SX)
a(o, "sx-count-02", "山西组建市域产教联合体，成员单位最少多少家？企业得有多少家？", "count", ["40家", "25家"], SX, R_SX)
a(o, "sx-count-03", "山西一所学校一年最多能认定几个省级产业导师？", "count", ["15名"], SX, R_SX)
a(o, "sx-count-04", "山西省级产业导师每学年至少要到学校上多少学时", "count", ["60学时"], SX, R_SX)
a(o, "sx-count-05", "山西想申报省级实训基地，一年至少得接收多少人次学生实训？", "count", ["1000人次"], SX, R_SX)
a(o, "sx-count-06", "山西每年要培养多少现场工程师？企业指导人员按什么比例配？", "count", ["1000名", "1:5"], SX, R_SX)
a(o, "sx-fu-count-01", "每个设区市至少建几个？", "count", ["至少组建1个"], SX, R_SX, context=["山西的市域产教联合体一般由谁牵头组建？"])

a(o, "sx-yesno-01", "在山西，同一个项目能不能省里和市里的钱都申请？", "yesno", ["可分别申报", "不重复享受"], SX, R_SX)
a(o, "sx-yesno-02", "山西企业职工一年里能不能领两次技能培训补贴？", "yesno", ["每人每年限享受1次"], SX, R_SX)
a(o, "sx-yesno-03", "山西企业能不能让岗位实习的学生干跟专业没关系的简单活？", "yesno", ["与专业无关的简单重复劳动"], SX, R_SX)
a(o, "sx-yesno-04", "山西的本科高校能参与组建行业产教融合共同体吗", "yesno", ["普通本科高校"], SX, R_SX)
a(o, "sx-yesno-05", "山西共建省级产业学院，合作企业是不是必须是规上企业？", "yesno", ["规模以上企业"], SX, R_SX)

a(o, "sx-list-01", "山西的行业产教融合共同体主要围绕哪些行业来建？", "list", ["煤炭", "电力", "冶金", "装备制造", "新材料", "文化旅游"], SX, R_SX)
a(o, "sx-list-02", "山西省级产教融合实训基地这项任务的责任单位都有哪些？", "list", ["省发展改革委", "省财政厅", "省教育厅", "省人力资源社会保障厅"], SX, R_SX)
a(o, "sx-list-03", "山西产教融合工作协调机制的成员单位有哪些部门？", "list", ["省发展改革委", "省教育厅", "省工业和信息化厅", "省财政厅", "省人力资源社会保障厅"], SX, R_SX)
a(o, "sx-list-04", "山西分工表里完成时限写“每年”的任务都有哪些？", "list", ["产业学院建设期考核", "选聘产业导师", "岗位实习补贴", "培养现场工程师", "安排专项资金"], SX, R_SX, items=7)
a(o, "sx-list-06", "山西重点任务分工表里省教育厅牵头的任务有哪些？", "list", ["实训基地开放共享", "共建产业学院", "选聘产业导师", "岗位实习补贴", "培养现场工程师", "典型案例推广"], SX, R_SX, items=10)

a(o, "sx-docfact-01", "山西深化产教融合实施意见的文号是多少？", "docfact", ["晋政办发〔2026〕12号"], SX, R_SX)
a(o, "sx-docfact-02", "山西这个实施意见是根据国家哪个文件出的？", "docfact", ["国办发〔2017〕95号"], SX, R_SX)
a(o, "sx-docfact-03", "山西产教融合实施意见落款日期是哪天", "docfact", ["2026年3月18日"], SX, R_SX)
a(o, "sx-docfact-04", "山西这份实施意见后面带的附件是什么？", "docfact", ["重点任务分工表"], SX, R_SX)
a(o, "sx-docfact-05", "山西深化产教融合的实施意见是哪个单位印发的？", "docfact", ["山西省人民政府办公厅"], SX, R_SX)

a(o, "sx-general-01", "山西给省级市域产教联合体的100万元奖补是用来干什么的？", "general", ["实体化运行", "公共服务平台建设"], SX, R_SX)
a(o, "sx-general-02", "山西的技术技能创新平台主要做哪些事情？", "general", ["技术攻关", "工艺改进", "成果转化"], SX, R_SX)
a(o, "sx-general-03", "山西的高技能人才公共实训基地按什么布局来建？", "general", ["一市一基地"], SX, R_SX)
a(o, "sx-general-04", "山西选省级产业导师，对企业技术骨干有什么资格要求？", "general", ["高级工以上职业技能等级", "中级以上专业技术职务"], SX, R_SX)
a(o, "sx-general-05", "山西这个意见里省里和各市怎么分工？省级重点支持什么样的项目？", "general", ["跨市域、示范性强的项目"], SX, R_SX)
a(o, "sx-general-06", "山西分工表里一项任务写了好几个责任单位，怎么看谁是牵头的？", "general", ["排在第一位的为牵头单位"], SX, R_SX)

a(o, "sx-region-scoped-01", "我们是晋中的一家装备制造企业，接收职校学生岗位实习，按省里的政策每人每月补多少？", "region-scoped", ["300元"], SX, "山西省晋中市")
a(o, "sx-region-scoped-02", "长治的企业职工考了高级工证书，按省里标准能补多少？", "region-scoped", ["2000元"], SX, "山西省长治市")
a(o, "sx-region-scoped-03", "运城的技工学校跟企业共建产业学院，评上省级的能拿多少建设补助？", "region-scoped", ["60万元"], SX, "山西省运城市")

x(o, "x-unstated-l01", "山西申请省级产业学院认定要交哪些申报材料？", "unstated", R_SX)
x(o, "x-unstated-l02", "山西省级产业导师的津贴是直接发给导师本人，还是发给学校？", "unstated", R_SX)
x(o, "x-unstated-l03", "山西省级产教融合实训基地认定以后有效期是几年？", "unstated", R_SX)
x(o, "x-unstated-l04", "山西职工技能培训补贴到哪个窗口申领，每年几月份受理？", "unstated", R_SX)
x(o, "x-region-clash-l01", "芜湖的企业建实训基地，设备投了600万，能补多少？", "region-clash", "安徽省芜湖市")
x(o, "x-region-clash-l02", "株洲的企业接收职校学生岗位实习，一个月补多少钱？", "region-clash", "湖南省株洲市")

# ---------------------------------------------------------------- 天津 (dev)
a(o, "tj-amount-01", "天津企业建市级产教融合实训基地，设备投了400万，能补多少？封顶多少？", "amount", ["30%", "150万元"], TJ, R_TJ)
a(o, "tj-amount-02", "天津市级产业学院建设补助一共多少？认定后先给多少？", "amount", ["50万元", "30万元"], TJ, R_TJ)
a(o, "tj-amount-03", "天津市级产业导师每人每年津贴多少钱", "amount", ["1.4万元"], TJ, R_TJ)
a(o, "tj-amount-04", "天津企业接收职校学生岗位实习，每人每月补多少？", "amount", ["500元"], TJ, R_TJ)
a(o, "tj-amount-05", "在天津，企业接收职业院校专业课教师来实践，一个月给企业补多少？", "amount", ["2000元"], TJ, R_TJ)
a(o, "tj-amount-06", "天津认定的市级技术技能创新平台能给多少钱", "amount", ["80万元"], TJ, R_TJ)
a(o, "tj-amount-07", "天津职工培训后拿到高级技师证书，培训补贴多少？", "amount", ["5000元"], TJ, R_TJ)
a(o, "tj-amount-08", "天津企业员工考了中级工，补贴标准是多少", "amount", ["1600元"], TJ, R_TJ)
a(o, "tj-fu-amount-01", "一个学生最多补几个月？企业一年封顶多少？", "amount", ["6个月", "30万元"], TJ, R_TJ, context=["天津企业接收职校学生岗位实习有补贴吗？"])

a(o, "tj-person-01", "天津产教融合专项资金的申报指南和评审是哪个部门牵头？", "person", ["市发展改革委"], TJ, R_TJ)
a(o, "tj-person-02", "天津技工院校的产教融合项目归哪个部门审核？", "person", ["市人社局"], TJ, R_TJ)
a(o, "tj-person-03", "天津专项资金的预算安排和资金下达是哪个部门管？", "person", ["市财政局"], TJ, R_TJ)
a(o, "tj-person-04", "天津这个资金管理办法执行中有问题找谁反馈？电话多少？", "person", ["孟庆然", "022-23538716"], TJ, R_TJ)
a(o, "tj-person-05", "天津产教融合专项资金管理办法由谁负责解释？", "person", ["市发展改革委会同市财政局负责解释"], TJ, R_TJ)
a(o, "tj-person-06", "天津的专项资金绩效评价是谁来做？", "person", ["市发展改革委会同市财政局"], TJ, R_TJ)
a(o, "tj-person-07", "天津普通高校申报的产教融合项目由哪个部门审核？", "person", ["市教委"], TJ, R_TJ)
a(o, "tj-fu-person-01", "那专家评审是谁组织的？", "person", ["市教委", "市人社局"], TJ, R_TJ, context=["天津各区初审完的项目报给哪个部门？"])

a(o, "tj-time-01", "天津产教融合专项资金每年什么时候申报？", "time", ["4月1日至4月30日"], TJ, R_TJ)
a(o, "tj-time-02", "天津这个资金管理办法从哪天开始施行？有效期几年？", "time", ["2026年4月1日", "有效期5年"], TJ, R_TJ)
a(o, "tj-time-03", "天津各区主管部门初审要在多长时间内完成？", "time", ["15个工作日"], TJ, R_TJ)
a(o, "tj-time-04", "天津市级专项资金项目评审结果公示几天？", "time", ["7个工作日"], TJ, R_TJ)
a(o, "tj-time-05", "天津公示没问题以后，钱多久能下达？", "time", ["30个工作日内"], TJ, R_TJ)
a(o, "tj-time-06", "天津市级产业学院剩下的20万元什么时候拨？", "time", ["2年建设期满考核合格后"], TJ, R_TJ)
a(o, "tj-time-07", "天津的单位在专项资金上弄虚作假，几年内不能再申报？", "time", ["5年内不得申报"], TJ, R_TJ)
a(o, "tj-fu-time-01", "每年什么时候报？", "time", ["4月1日至4月30日"], TJ, R_TJ, context=["天津申报市级产教融合专项资金要交哪些材料？"])

a(o, "tj-count-01", "天津一家单位一年最多能报几个产教融合项目？", "count", ["3个"], TJ, R_TJ)
a(o, "tj-count-02", "天津专项资金的项目申报书要交几份？要不要盖章？", "count", ["3", "加盖申报单位公章"], TJ, R_TJ)
a(o, "tj-count-03", "天津市级产业导师每学年最少到校多少学时", "count", ["50学时"], TJ, R_TJ)
a(o, "tj-count-04", "天津岗位实习补贴每个学生最多补几个月？", "count", ["6个月"], TJ, R_TJ)
a(o, "tj-count-05", "天津企业接收老师实践，每个老师一年最多补几个月？", "count", ["2个月"], TJ, R_TJ)

a(o, "tj-yesno-01", "天津同一个项目能不能换个名目在两处都报？", "yesno", ["不得多头申报或重复申报"], TJ, R_TJ)
a(o, "tj-yesno-02", "天津绩效评价被评为差的单位，第二年还能报专项资金吗？", "yesno", ["暂停其下一年度申报资格"], TJ, R_TJ)
a(o, "tj-yesno-03", "天津原来那个产教融合项目补助资金暂行办法现在还有效吗？", "yesno", ["同时废止"], TJ, R_TJ)
a(o, "tj-yesno-04", "天津各区能不能自己出区级的产教融合支持政策？", "yesno", ["各区可结合实际制定区级产教融合支持政策"], TJ, R_TJ)
a(o, "tj-yesno-05", "天津一个项目既符合这个办法又符合市里别的补贴政策，能两头都拿吗？", "yesno", ["就高原则", "不重复享受"], TJ, R_TJ)

a(o, "tj-list-01", "天津申报产教融合专项资金要交哪些才料？", "list", ["项目申报书", "营业执照或事业单位法人证书复印件", "校企合作协议复印件", "设备购置发票和设备清单", "申报单位承诺书", "区主管部门推荐意见"], TJ, R_TJ, items=8)
a(o, "tj-list-02", "天津产教融合专项资金都支持哪些方面？", "list", ["实训基地", "产业学院", "产业导师", "岗位实习", "专业课教师实践", "技术技能创新平台", "职工技能提升"], TJ, R_TJ)
a(o, "tj-list-03", "天津这个资金管理办法是哪几个部门联合印发的？", "list", ["天津市发展和改革委员会", "天津市教育委员会", "天津市财政局", "天津市人力资源和社会保障局"], TJ, R_TJ)
a(o, "tj-list-04", "天津专项资金绩效评价结果分哪几个等次？", "list", ["好、中、差"], TJ, R_TJ)
a(o, "tj-list-05", "天津职工技能提升培训补贴，各个等级分别多少？", "list", ["1000元", "1600元", "2400元", "3500元", "5000元"], TJ, R_TJ)

a(o, "tj-docfact-01", "天津产教融合专项资金管理办法的文号是多少？", "docfact", ["津发改社会规〔2026〕2号"], TJ, R_TJ)
a(o, "tj-docfact-02", "天津这个管理办法出来以后，废止了哪个旧文件？", "docfact", ["津发改社会规〔2021〕4号"], TJ, R_TJ)
a(o, "tj-docfact-03", "天津资金管理办法的印发通知落款是哪天？", "docfact", ["2026年2月27日"], TJ, R_TJ)
a(o, "tj-docfact-04", "天津这个文件最后一行写的印发日期是哪天？", "docfact", ["2026年2月28日"], TJ, R_TJ)
a(o, "tj-docfact-05", "天津产教融合资金管理办法抄送给了哪些单位？", "docfact", ["市教委、市人社局、市审计局"], TJ, R_TJ)

a(o, "tj-general-01", "天津产教融合专项资金管理使用遵循什么原则？", "general", ["公开透明", "突出重点", "注重绩效", "专款专用"], TJ, R_TJ)
a(o, "tj-general-02", "天津产教融合专项资金在哪里在线填报？", "general", ["天津市产教融合项目管理系统"], TJ, R_TJ)
a(o, "tj-general-03", "天津项目单位拿到专项资金以后账要怎么管？", "general", ["使用台账", "单独核算"], TJ, R_TJ)
a(o, "tj-general-04", "天津说的产教融合专项资金是哪来的钱，给哪些单位用？", "general", ["市级财政预算安排", "职业院校（含技工院校）和普通高校"], TJ, R_TJ)
a(o, "tj-general-05", "天津申报岗位实习补贴交的实习学生名单要谁确认？", "general", ["名单须经院校盖章确认"], TJ, R_TJ)

a(o, "tj-region-scoped-01", "和平区的一家企业接收职校老师来实践，按市里的办法每人每月补多少？", "region-scoped", ["2000元"], TJ, "天津市和平区")
a(o, "tj-region-scoped-02", "西青区的企业建实训基地，设备投了500万，按市级专项资金能补多少？", "region-scoped", ["30%", "150万元"], TJ, "天津市西青区")

x(o, "x-unstated-l09", "天津的产教融合专项资金申报书模板在哪里下载？", "unstated", R_TJ)
x(o, "x-unstated-l10", "天津市级产业学院认定以后有效期几年？", "unstated", R_TJ)
x(o, "x-unstated-l11", "天津专项资金评审的专家一般请多少人？", "unstated", R_TJ)
x(o, "x-unstated-l12", "天津绩效评价被评为好的单位，第二年能多给点钱吗？", "unstated", R_TJ)
x(o, "x-region-clash-l05", "漳州的企业建产教融合实训基地，最多能补多少？", "region-clash", "福建省漳州市")
x(o, "x-region-clash-l06", "鞍山的产业导师津贴一年多少钱？", "region-clash", "辽宁省鞍山市")

x(o, "x-fragment-l01", "封顶是多少", "fragment")
x(o, "x-outofscope-l01", "山西老陈醋哪个牌子比较正宗？", "outofscope")
x(o, "x-outofscope-l02", "天津之眼摩天轮晚上几点关门？", "outofscope")

# ---------------------------------------------------------------- 大同 (test)
o = test
a(o, "dt-amount-01", "大同的企业建实训基地，设备投了200万，认定成市级的按多少比例补？最多补多少？", "amount", ["25%", "80万元"], DT, R_DT)
a(o, "dt-amount-02", "大同市级产业学院给多少建设补助？", "amount", ["30万元"], DT, R_DT)
a(o, "dt-amount-03", "大同认定的市级产业导师一年津贴多少钱", "amount", ["9000元"], DT, R_DT)
a(o, "dt-amount-04", "在大同接收职校学生岗位实习，市里一个学生一个月补企业多少钱？一年封顶多少？", "amount", ["400元", "12万元"], DT, R_DT)
a(o, "dt-amount-05", "大同企业接收专业课老师实践，市里每人每月给企业补多少？", "amount", ["1200元"], DT, R_DT)
a(o, "dt-amount-06", "大同的职工考下技师证，培训补贴能给多少？", "amount", ["2500元"], DT, R_DT)
a(o, "dt-amount-07", "大同评上市级校企合作示范企业奖多少钱？", "amount", ["10万元"], DT, R_DT)
a(o, "dt-amount-08", "大同开发区那个共享实训中心，市里运营补助一年给多少，给几年？", "amount", ["30万元", "连续3年"], DT, R_DT)
a(o, "dt-amount-09", "大同市级财政每年安排多少产教融合专项资金？", "amount", ["3000万元"], DT, R_DT)
a(o, "dt-amount-10", "大同各县区给实训基地配套，最低按市级补助的多少？", "amount", ["30%"], DT, R_DT)
a(o, "dt-fu-amount-01", "高级工呢？", "amount", ["1800元"], DT, R_DT, context=["大同市里对企业职工考初级工证书有补贴吗？"])

a(o, "dt-person-01", "大同建市级产教融合实训基地这项谁牵头？", "person", ["市发展改革委"], DT, R_DT)
a(o, "dt-person-02", "大同的职工技能提升培训是哪个部门牵头？", "person", ["市人社局"], DT, R_DT)
a(o, "dt-person-03", "大同共享实训中心由哪个单位牵头建？", "person", ["大同经济技术开发区管委会"], DT, R_DT)
a(o, "dt-person-04", "大同产教融合领导小组组长是谁？办公室设在哪？", "person", ["分管副市长", "市发展改革委"], DT, R_DT)
a(o, "dt-person-05", "大同产教融合项目申报有问题找谁？电话多少？", "person", ["杜文斌", "0352-2046318"], DT, R_DT)
a(o, "dt-person-06", "大同市教育局那边管职业教育的联系人是谁？", "person", ["郝丽娟"], DT, R_DT)
a(o, "dt-person-07", "大同市级项目的专家评审是谁组织的？", "person", ["市发展改革委会同市教育局、市人社局"], DT, R_DT)
a(o, "dt-fu-person-01", "这事谁牵头？", "person", ["市发展改革委"], DT, R_DT, context=["大同每年评几家校企合作示范企业？"])

a(o, "dt-time-01", "大同市级产教融合项目每年什么时候集中受理？", "time", ["3月1日至3月31日"], DT, R_DT)
a(o, "dt-time-02", "大同的补助资金一般什么时候能拨下来？", "time", ["9月30日前"], DT, R_DT)
a(o, "dt-time-03", "大同这个实施方案有效期到什么时候？", "time", ["2028年12月31日"], DT, R_DT)
a(o, "dt-time-04", "大同评审结果公式几天？", "time", ["5个工作日"], DT, R_DT)
a(o, "dt-time-05", "大同领导小组办公室多久调度一次工作进展？", "time", ["每季度调度一次"], DT, R_DT)
a(o, "dt-time-06", "大同想评校企合作示范企业，要跟本市职校合作满几年？", "time", ["连续合作满3年"], DT, R_DT)
a(o, "dt-fu-time-01", "公示完了钱什么时候到？", "time", ["9月30日前"], DT, R_DT, context=["大同的市级产教融合项目怎么评审？"])

a(o, "dt-count-01", "大同到2028年要建多少个市级产业学院？", "count", ["20个"], DT, R_DT)
a(o, "dt-count-02", "大同每年评几家市级校企合作示范企业？", "count", ["10家"], DT, R_DT)
a(o, "dt-count-03", "大同申报市级实训基地，每年至少要接收多少人次学生实训？", "count", ["500人次"], DT, R_DT)
a(o, "dt-count-04", "大同的市级产业学院在校生最少要多少人？", "count", ["150人"], DT, R_DT)
a(o, "dt-count-05", "大同一所学校一年最多认定几名市级产业导师？", "count", ["8名"], DT, R_DT)
a(o, "dt-count-06", "大同的市级产业导师每学年到校至少多少学时？", "count", ["40学时"], DT, R_DT)

a(o, "dt-yesno-01", "大同的市直单位申报市级项目，也要先交到县区吗？", "yesno", ["直接向市发展改革委申报"], DT, R_DT)
a(o, "dt-yesno-02", "大同同一个项目能不能既拿这个方案的补助又拿市里其他政策的钱？", "yesno", ["就高原则", "不重复享受"], DT, R_DT)
a(o, "dt-yesno-03", "大同的企业要是弄虚作假骗了补助，以后还能申报吗？", "yesno", ["3年内不得申报"], DT, R_DT)
a(o, "dt-yesno-04", "大同我们厂设备投了100万的实训基地，能申报市级吗？", "yesno", ["150万元以上"], DT, R_DT)
a(o, "dt-yesno-05", "大同的县区可以在市里补助基础上再给实训基地配套吗？", "yesno", ["不低于市级补助额30%"], DT, R_DT)

a(o, "dt-list-01", "大同产教融合领导小组有哪些成员单位？", "list", ["市发展改革委", "市教育局", "市财政局", "市人社局", "市工信局"], DT, R_DT)
a(o, "dt-list-02", "大同的共享实训中心面向哪些领域开放？", "list", ["煤炭智能开采", "新能源装备运维", "现代物流"], DT, R_DT)
a(o, "dt-list-03", "大同哪几个县区的职教中心要跟当地企业合作开专业？", "list", ["云州区", "灵丘县", "广灵县"], DT, R_DT)
a(o, "dt-list-04", "大同方案里市教育局牵头的任务有哪些？", "list", ["共建市级产业学院", "选聘产业导师", "支持企业接收岗位实习", "支持教师到企业实践"], DT, R_DT)
a(o, "dt-list-05", "大同到2028年的产教融合工作目标有哪些？", "list", ["30个", "20个", "50家", "10万人次", "60%以上"], DT, R_DT)

a(o, "dt-docfact-01", "大同深化产教融合实施方案的文号是多少？", "docfact", ["同政办发〔2026〕21号"], DT, R_DT)
a(o, "dt-docfact-02", "大同这个方案是依据省里哪个文件定的？", "docfact", ["晋政办发〔2026〕12号"], DT, R_DT)
a(o, "dt-docfact-03", "大同产教融合实施方案落款是哪天？", "docfact", ["2026年4月22日"], DT, R_DT)
a(o, "dt-docfact-04", "大同这个方案网上是哪天发布的？", "docfact", ["2026-04-24"], DT, R_DT)
a(o, "dt-docfact-05", "大同深化产教融合实施方案是哪个单位印发的？", "docfact", ["大同市人民政府办公室"], DT, R_DT)

a(o, "dt-general-01", "大同的市级共享实训中心依托哪里建？", "general", ["大同经济技术开发区"], DT, R_DT)
a(o, "dt-general-02", "大同的企业申报市级项目，材料交给谁？", "general", ["所在县（区）主管部门"], DT, R_DT)
a(o, "dt-general-03", "大同市级产教融合项目申报以后要走哪些流程？", "general", ["初审", "专家评审", "公示5个工作日"], DT, R_DT)
a(o, "dt-general-04", "大同云州区、灵丘、广灵的职教中心分别跟什么企业合作？", "general", ["黄花", "文旅", "食品加工"], DT, R_DT)

a(o, "dt-region-scoped-01", "我们是云州区的黄花加工企业，接收职校学生岗位实习，市里每人每月补多少？", "region-scoped", ["400元"], DT, "山西省大同市云州区")
a(o, "dt-region-scoped-02", "浑源县一家企业建实训基地，设备投了300万，能从市里拿多少？", "region-scoped", ["25%", "80万元"], DT, "山西省大同市浑源县")
# 大同 named, the 大同 document is silent, the covering 山西 document answers (doc = 山西)
a(o, "dt-region-scoped-03", "大同这边要是评上省级市域产教联合体，能拿多少奖补？", "region-scoped", ["100万元"], SX, R_DT)
a(o, "dt-region-scoped-04", "大同的企业和职校共建技术技能创新平台，有补助吗？多少？", "region-scoped", ["50万元"], SX, R_DT)
a(o, "dt-region-scoped-05", "大同的企业想申报省级产教融合实训基地，设备投了800万，最多能补多少？", "region-scoped", ["20%", "200万元"], SX, R_DT)
a(o, "dt-region-scoped-06", "大同职业院校的专业课老师，规定多少年内要去企业实践多长时间？", "region-scoped", ["每5年累计到企业实践不少于6个月"], SX, R_DT)
a(o, "dt-region-scoped-07", "大同这边的煤炭企业牵头建行业产教融合共同体，工作经费有多少？", "region-scoped", ["50万元"], SX, R_DT)

x(o, "x-unstated-l05", "大同市级产业学院认定要交哪些申报材料？", "unstated", R_DT)
x(o, "x-unstated-l06", "大同的校企合作示范企业称号有效期几年？", "unstated", R_DT)
# named region is 山西省 / 晋中: only the 大同 document says it, and it applies to 大同 only
x(o, "x-unstated-l07", "山西省对校企合作示范企业有没有奖励？奖多少？", "unstated", R_SX)
x(o, "x-unstated-l08", "晋中的企业职工考了技师证书，有没有培训补贴？多少钱？", "unstated", "山西省晋中市")
x(o, "x-region-clash-l03", "嘉兴的产业学院认定了能给多少钱？", "region-clash", "浙江省嘉兴市")
x(o, "x-region-clash-l04", "东莞的企业接收职校老师到企业实践，每人每月补多少？", "region-clash", "广东省东莞市")

# ---------------------------------------------------------------- 武清 (test)
a(o, "wq-amount-01", "武清的企业建区级实训基地，设备花了150万，能补多少？封顶多少？", "amount", ["20%", "60万元"], WQ, R_WQ)
a(o, "wq-amount-02", "武清区级产业学院补多少钱？", "amount", ["20万元"], WQ, R_WQ)
a(o, "wq-amount-03", "武清企业接收职校学生岗位实习，区里每人每月补多少？企业一年最多拿多少？", "amount", ["300元", "10万元"], WQ, R_WQ)
a(o, "wq-amount-04", "武清的企业接收区属职校老师来实践，区里每月补多少？", "amount", ["1000元"], WQ, R_WQ)
a(o, "wq-amount-05", "武清职工考了高级工证书，区里能补多少？", "amount", ["1600元"], WQ, R_WQ)
a(o, "wq-amount-06", "武清电商直播陪训，学员拿到证每人补多少，补给谁？", "amount", ["500元", "培训机构"], WQ, R_WQ)
a(o, "wq-amount-07", "武清的镇街技能培训服务站每个给多少运行经费？", "amount", ["5万元"], WQ, R_WQ)
a(o, "wq-amount-08", "武清那个智慧物流实训中心区里补多少？", "amount", ["15万元"], WQ, R_WQ)
a(o, "wq-amount-09", "武清2026年区级产教融合专项资金安排多少？", "amount", ["1200万元"], WQ, R_WQ)
a(o, "wq-amount-10", "武清区级专项资金上半年至少拨全年预算的多少？", "amount", ["40%"], WQ, R_WQ)
a(o, "wq-fu-amount-01", "中级工呢？", "amount", ["1000元"], WQ, R_WQ, context=["武清区里对职工考初级工证有培训补贴吗？"])

a(o, "wq-person-01", "武清区级实训基地认定这项谁牵头？", "person", ["区发展改革委"], WQ, R_WQ)
a(o, "wq-person-02", "武清电商直播技能培训是哪个部门牵头？", "person", ["区商务局"], WQ, R_WQ)
a(o, "wq-person-03", "武清的镇街技能培训服务站归哪个部门牵头？", "person", ["区人力资源和社会保障局"], WQ, R_WQ)
a(o, "wq-person-04", "武清产教融合领导小组组长是谁？办公室设在哪？", "person", ["分管副区长", "区教育局"], WQ, R_WQ)
a(o, "wq-person-05", "武清产教融合的事找谁？电话多少？", "person", ["韩雪松", "022-82176354"], WQ, R_WQ)
a(o, "wq-person-06", "武清区级项目是谁组织评审的？", "person", ["区发展改革委会同区教育局、区财政局"], WQ, R_WQ)
a(o, "wq-person-07", "武清落实就高不重复这项是哪个部门牵头？", "person", ["区财政局"], WQ, R_WQ)
a(o, "wq-fu-person-01", "这事哪个部门牵头？", "person", ["区商务局"], WQ, R_WQ, context=["武清的智慧物流实训中心区里补多少？"])

a(o, "wq-time-01", "武清区级产教融合项目什么时候集中受理？", "time", ["6月1日至6月30日"], WQ, R_WQ)
a(o, "wq-time-02", "武清今年的区级实训基地要在什么时候之前认定完？", "time", ["2026年11月底前"], WQ, R_WQ)
a(o, "wq-time-03", "武清区级项目评审结果公示几天？", "time", ["5个工作日"], WQ, R_WQ)
a(o, "wq-time-04", "武清的智慧物流实训中心什么时候前要建好？", "time", ["2026年9月底前"], WQ, R_WQ)
a(o, "wq-time-05", "武清镇街技能培训服务站什么时候前设立？", "time", ["2026年8月底前"], WQ, R_WQ)
a(o, "wq-time-06", "武清今年的区级专项资金什么时候拨完？", "time", ["年底前完成全部拨付"], WQ, R_WQ)
a(o, "wq-fu-time-01", "什么时候前认定完？", "time", ["2026年10月底前"], WQ, R_WQ, context=["武清今年认定几个区级产业学院？"])

a(o, "wq-count-01", "武清2026年要认定几个区级产业学院？", "count", ["4个"], WQ, R_WQ)
a(o, "wq-count-02", "武清今年电商直播技能培训要搞多少人次？", "count", ["3000人次"], WQ, R_WQ)
a(o, "wq-count-03", "武清校企合作对接会多久办一场？全年要签多少份合作协议？", "count", ["每季度举办1场", "80份"], WQ, R_WQ)
a(o, "wq-count-04", "武清今年要推荐多少个市级产教融合项目？", "count", ["12个"], WQ, R_WQ)
a(o, "wq-count-05", "武清全年安排多少专业课老师到企业实践？", "count", ["60人"], WQ, R_WQ)
a(o, "wq-count-06", "武清区级岗位实习补贴一个学生最多补几个月？", "count", ["3个月"], WQ, R_WQ)

a(o, "wq-yesno-01", "武清的项目已经拿了市级补助，区里还能再补一份吗？", "yesno", ["区级不再给予同类补助"], WQ, R_WQ)
a(o, "wq-yesno-02", "武清区里的教师企业实践补助，是不是只补区属职校的老师？", "yesno", ["区属职业院校"], WQ, R_WQ)
a(o, "wq-yesno-03", "武清我们设备投了80万的实训基地能认定区级吗？", "yesno", ["100万元以上"], WQ, R_WQ)
a(o, "wq-yesno-04", "武清电商直播培训，学员没拿到合格证书还有补贴吗？", "yesno", ["取得相应培训合格证书"], WQ, R_WQ)
a(o, "wq-yesno-05", "武清的产教融合工作要纳入镇街的考核吗？", "yesno", ["年度绩效考核"], WQ, R_WQ)

a(o, "wq-list-01", "武清哪几个镇要设技能培训服务站？", "list", ["崔黄口镇", "王庆坨镇", "河西务镇"], WQ, R_WQ)
a(o, "wq-list-02", "武清产教融合领导小组有哪些成员单位？", "list", ["区教育局", "区发展改革委", "区财政局", "区人力资源和社会保障局", "区工业和信息化局", "区商务局"], WQ, R_WQ)
a(o, "wq-list-03", "武清区商务局牵头的任务有哪些？", "list", ["智慧物流实训中心", "电商直播技能培训"], WQ, R_WQ)
a(o, "wq-list-04", "武清工作要点里区教育局牵头的有哪几项？", "list", ["共建区级产业学院", "支持企业接收岗位实习", "推动教师到企业实践", "集中受理区级项目", "建立校企合作对接机制"], WQ, R_WQ)
a(o, "wq-list-05", "武清产教融合重点对接哪些产业？", "list", ["现代物流", "电子商务", "汽车零部件", "生物医药"], WQ, R_WQ)

a(o, "wq-docfact-01", "武清2026年产教融合工作要点的文号是多少？", "docfact", ["武清政办发〔2026〕8号"], WQ, R_WQ)
a(o, "wq-docfact-02", "武清这个工作要点是贯彻市里哪个文件的？", "docfact", ["津发改社会规〔2026〕2号"], WQ, R_WQ)
a(o, "wq-docfact-03", "武清产教融合工作要点是哪天印发的？", "docfact", ["2026年3月12日"], WQ, R_WQ)
a(o, "wq-docfact-04", "武清这个工作要点是公开的吗？", "docfact", ["此件主动公开"], WQ, R_WQ)
a(o, "wq-docfact-05", "武清产教融合工作要点是哪个单位发的？", "docfact", ["天津市武清区人民政府办公室"], WQ, R_WQ)

a(o, "wq-general-01", "武清镇街技能培训服务站主要干什么？", "general", ["农村转移劳动力", "技能培训和就业服务"], WQ, R_WQ)
a(o, "wq-general-02", "武清申报区级产教融合项目，材料交到哪个部门？", "general", ["向区教育局提交申报材料"], WQ, R_WQ)
a(o, "wq-general-03", "武清的智慧物流实训中心依托什么建？", "general", ["武清开发区物流企业"], WQ, R_WQ)
a(o, "wq-general-04", "武清区级产教融合专项资金怎么拨付？", "general", ["按项目进度分两批拨付"], WQ, R_WQ)

a(o, "wq-region-scoped-01", "崔黄口镇的企业接收职校学生岗位实习，区里每人每月补多少？", "region-scoped", ["300元"], WQ, "天津市武清区崔黄口镇")
a(o, "wq-region-scoped-02", "我们是杨村街道的一家物流公司，员工考了中级工证，区里补多少？", "region-scoped", ["1000元"], WQ, "天津市武清区杨村街道")
# 武清 named, the 武清 document is silent, the covering 天津 document answers (doc = 天津)
a(o, "wq-region-scoped-03", "武清的职校从企业聘产业导师，认定成市级的一年津贴多少？", "region-scoped", ["1.4万元"], TJ, R_WQ)
a(o, "wq-region-scoped-04", "武清的企业和学校共建技术技能创新平台，能拿多少补助？", "region-scoped", ["80万元"], TJ, R_WQ)
a(o, "wq-region-scoped-05", "武清的企业申报市级产教融合实训基地，设备投了500万，最多补多少？", "region-scoped", ["30%", "150万元"], TJ, R_WQ)
a(o, "wq-region-scoped-06", "武清一家企业一年最多能报几个市级产教融合项目？", "region-scoped", ["3个"], TJ, R_WQ)
a(o, "wq-region-scoped-07", "武清的单位报市级产教融合专项资金，要交哪些材料？", "region-scoped", ["项目申报书", "校企合作协议复印件", "申报单位承诺书", "区主管部门推荐意见"], TJ, R_WQ, items=8)

x(o, "x-unstated-l13", "武清区级产业学院认定，在校生要求多少人？", "unstated", R_WQ)
x(o, "x-unstated-l14", "武清镇街服务站的运行经费能不能用来发工作人员工资？", "unstated", R_WQ)
# named region is 天津市 / 西青区: only the 武清 document says it, and it applies to 武清 only
x(o, "x-unstated-l15", "天津市对电商直播技能培训有补贴吗？", "unstated", R_TJ)
x(o, "x-unstated-l16", "西青区的企业开展电商直播培训，学员拿证了每人能补多少？", "unstated", "天津市西青区")
x(o, "x-region-clash-l07", "岳阳的企业接收职校学生岗位实习，每人每月补多少？", "region-clash", "湖南省岳阳市")
x(o, "x-region-clash-l08", "蚌埠的区级产业学院补多少钱？", "region-clash", "安徽省蚌埠市")

x(o, "x-fragment-l02", "牵头的是哪个", "fragment")
x(o, "x-outofscope-l03", "大同云冈石窟门票多少钱？", "outofscope")
x(o, "x-outofscope-l04", "武清佛罗伦萨小镇几点关门？", "outofscope")


def write(name, rows):
    with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("fresh7-dev.jsonl", dev)
    write("fresh7-test.jsonl", test)
    print(len(dev), len(test))
