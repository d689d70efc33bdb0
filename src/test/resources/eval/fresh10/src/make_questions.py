#!/usr/bin/env python3
"""Write ../../fresh10-dev.jsonl (西藏: 自治区 实施意见 + 曲水县 实施方案) and ../../fresh10-test.jsonl (上海: 市 若干措施 +
嘉定区 申报通知) (eleventh fresh set; the questions were written from the four documents only).

    cd fresh10/src && python3 make_questions.py

Also holds, for check_fresh10.py:
  DOC_REGION       the region each document covers;
  UNSTATED_ABSENT  per `unstated` line the give-away words that must occur in no document covering its region.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))

XZ, QS, SH, JD = "xizang-shishi-yijian", "qushui-shishi-fangan", "shanghai-ruogan-cuoshi", "jiading-shenbao-tongzhi"
R_XZ = "西藏自治区"
R_QS = "西藏自治区拉萨市曲水县"
R_SH = "上海市"
R_JD = "上海市嘉定区"
DOC_REGION = {XZ: R_XZ, QS: R_QS, SH: R_SH, JD: R_JD}

DEV, TEST = [], []


def add(out, qid, q, kind, region, must=None, doc=None, **extra):
    d = {"id": qid, "q": q, "kind": kind}
    if must is not None:
        d["must"] = must
        d["doc"] = doc
    d["region"] = region
    for k in ("docs", "items", "context", "expect"):
        if k in extra:
            d[k] = extra[k]
    out.append(d)


def none(out, qid, q, kind, region, **extra):
    expect = "clarify" if kind == "fragment" else "none"
    add(out, qid, q, kind, region, expect=expect, **extra)


# ---------------------------------------------------------------- dev: 西藏自治区 + 拉萨市曲水县
D = DEV
# amount
add(D, "xzzq-amount-01", "我们公司在西藏，和一所职业技术学院共建实训基地，设备投了400来万，认定成自治区级的话能补多少？", "amount", R_XZ, ["25%", "150万元"], XZ)
add(D, "xzzq-amount-02", "西藏自治区级产业学院给多少建设补助？", "amount", R_XZ, ["60万元"], XZ)
add(D, "xzzq-fu-yesno-01", "是一次给齐吗？", "yesno", R_XZ, ["认定后拨付40万元", "20万元"], XZ, context=["西藏自治区级产业学院给多少建设补助？"])
add(D, "xzzq-amount-05", "西藏自治区财政每年拿多少钱做产教融合专项资金？", "amount", R_XZ, ["2亿元"], XZ)
add(D, "xzzq-amount-06", "我是西藏一家建筑企业的技术员，被职院聘成产业导师了，自治区一年补多少？", "amount", R_XZ, ["1.2万元"], XZ)
add(D, "xzzq-amount-09", "西藏企业接收职校专业课老师来厂里实践，自治区将补多少钱一个月？", "amount", R_XZ, ["1500元"], XZ)
add(D, "xzzq-amount-10", "我们在西藏开酒店，接收区内职校学生岗位实习，自治区每人每月补多少？", "amount", R_XZ, ["500元"], XZ)
add(D, "xzzq-fu-amount-01", "一家企业一年最多能拿多少？", "amount", R_XZ, ["20万元"], XZ,
    context=["我们在西藏开酒店，接收区内职校学生岗位实习，自治区每人每月补多少？"])
add(D, "xzzq-amount-11", "西藏自治区级市域产教联合体认定了给多少钱？", "amount", R_XZ, ["100万元"], XZ)
add(D, "qs-amount-01", "我们公司在曲水县，跟县职校共建实训基地，设备投了80万，认定县级的话县里补多少？", "amount", R_QS, ["20%", "30万元"], QS)
add(D, "qs-amount-02", "曲水县的县级产业导师一年补多少钱？", "amount", R_QS, ["6000元"], QS)
add(D, "qs-amount-03", "我们在曲水县开了家藏式家具厂，接收县职校学生岗为实习，县里每人每月再补多少？", "amount", R_QS, ["200元"], QS)
add(D, "qs-fu-time-01", "能补几个月？", "time", R_QS, ["最长3个月"], QS,
    context=["我们在曲水县开了家藏式家具厂，接收县职校学生岗为实习，县里每人每月再补多少？"])
add(D, "qs-amount-06", "我们在曲水县招了县职校的毕业生，签了1年合同，县里补多少？一家一年封顶多少？", "amount", R_QS, ["2000元", "4万元"], QS)
add(D, "qs-amount-07", "曲水县每年安排多少产教融合专项资金？", "amount", R_QS, ["300万元"], QS)
add(D, "qs-amount-09", "我们公司在曲水县建实训基地，县级和自治区级的最高各补多少？", "amount", R_QS, ["30万元", "150万元"], QS, docs=[QS, XZ])
add(D, "qs-fu-amount-01", "那县级的呢？", "amount", R_QS, ["20%", "30万元"], QS,
    context=["我们在曲水县，设备投了300万建实训基地，想申报自治区级产教融合实训基地，最高能补多少？"])
# person
add(D, "xzzq-person-01", "西藏产教融合工作协调机制的召集人是谁？", "person", R_XZ, ["分管副主席"], XZ)
add(D, "xzzq-person-03", "西藏那个分工表里，打造行业产教融合共同体由谁牵头？", "person", R_XZ, ["自治区工业和信息化厅"], XZ)
add(D, "xzzq-fu-person-01", "配合的是哪些单位？", "person", R_XZ, ["自治区教育厅", "自治区农业农村厅"], XZ,
    context=["西藏那个分工表里，打造行业产教融合共同体由谁牵头？"])
add(D, "xzzq-person-04", "西藏建设技术技能创新服务平台这项任务谁牵头，谁配合？", "person", R_XZ, ["自治区科技厅", "自治区教育厅", "自治区工业和信息化厅"], XZ)
add(D, "xzzq-person-06", "我是西藏一所高职的教务处的，自治区给产业导师的补贴是直接发到导师手里还是给学校？", "person", R_XZ, ["拨付至聘用院校"], XZ)
add(D, "xzzq-person-07", "西藏这个深化产教融合的实施意见由谁负责解释？", "person", R_XZ, ["自治区发展改革委会同自治区教育厅负责解释"], XZ)
add(D, "xzzq-person-08", "我在自治区人社厅上班，西藏分工表里支持学生岗位实习是我们牵头吗？配合单位有哪些？", "person", R_XZ,
    ["自治区人力资源社会保障厅", "自治区教育厅", "自治区财政厅"], XZ)
add(D, "qs-person-01", "曲水县产教融合工作领导小组的组长是谁？", "person", R_QS, ["分管副县长"], QS)
add(D, "qs-person-02", "曲水县产教融合领导小组办公室设在哪？", "person", R_QS, ["领导小组办公室设在县教育局"], QS)
add(D, "qs-person-04", "曲水县开展农牧民技能培训归哪个单位牵头？", "person", R_QS, ["县农业农村局"], QS)
add(D, "qs-person-05", "我们在曲水县报了县级项目，由谁审核？", "person", R_QS, ["县教育局会同县发展改革委审核"], QS)
add(D, "qs-person-06", "曲水县产教融合方案有问题找谁问？电话多少？", "person", R_QS, ["格桑曲珍", "0891-6135207"], QS)
add(D, "qs-fu-person-01", "县发展改革委那边的联系人呢？", "person", R_QS, ["洛桑旺堆", "0891-6132416"], QS,
    context=["曲水县产教融合方案有问题找谁问？电话多少？"])
# time
add(D, "xzzq-time-01", "西藏组建市域产教联合体要在什么时候前完成？", "time", R_XZ, ["2027年底前"], XZ)
add(D, "xzzq-time-03", "我们学校和企业在西藏合办的产业学院认定成自治区级了，剩下的20万什么时候给？", "time", R_XZ, ["3年建设期满评估合格后"], XZ)
add(D, "xzzq-time-04", "西藏这个实施意见从什么时候开始施行，管几年？", "time", R_XZ, ["自印发之日起施行", "有效期5年"], XZ)
add(D, "xzzq-time-05", "西藏自治区级项目评审结果公示几天？", "time", R_XZ, ["7个工作日"], XZ)
add(D, "qs-time-01", "曲水县级产教融合项目每年什么时候申报？", "time", R_QS, ["4月集中申报"], QS)
add(D, "qs-time-02", "我们是曲水县的企业，想去校企合作对接会，一般什么时候开？", "time", R_QS, ["6月", "11月"], QS)
add(D, "qs-time-03", "曲水县的乡镇技能培训点什么时候实现全覆盖？", "time", R_QS, ["2027年底前"], QS)
add(D, "qs-time-06", "曲水县这个实施方案有效期多长？", "time", R_QS, ["有效期3年"], QS)
# count
add(D, "xzzq-count-01", "西藏到2028年要认定几个自治区级产教融合实训基地？", "count", R_XZ, ["30个"], XZ)
add(D, "xzzq-count-02", "我们园区想在西藏牵头组建市域产教联合体，成员单位要多少家，企业至少几家？", "count", R_XZ, ["30家", "18家"], XZ)
add(D, "xzzq-count-03", "西藏每所职业院校一年最多能给几个产业导师申请自治区补贴？", "count", R_XZ, ["20人"], XZ)
add(D, "xzzq-count-04", "西藏每年选派多少职校老师去援藏省市跟岗研修？", "count", R_XZ, ["120名"], XZ)
add(D, "xzzq-count-06", "西藏产教融合协调机制一年至少开几次全体会议？", "count", R_XZ, ["至少召开1次全体会议"], XZ)
add(D, "xzzq-count-07", "西藏到2028年要建成几个自治区级市域产教联合体和行业产教融合共同体？", "count", R_XZ, ["7个", "5个"], XZ)
add(D, "qs-count-01", "曲水县到2028年要建成几个县级产教融合实训基地？", "count", R_QS, ["6个"], QS)
add(D, "qs-count-03", "曲水县每年最多给几个县级产业导师发补贴？", "count", R_QS, ["10人"], QS)
# yesno
add(D, "xzzq-yesno-01", "我们在西藏的实训基地拿了自治区级补助，还能再拿地市或者县里的补助吗？", "yesno", R_XZ, ["可同时享受市（地）、县（区）级补助"], XZ)
add(D, "xzzq-yesno-02", "西藏认定实训基地算设备投资额，盖厂房的钱能算进去吗？", "yesno", R_XZ, ["土建投入不计入设备投资额"], XZ)
add(D, "xzzq-yesno-03", "在西藏申请自治区级项目，要是弄虚作假被查出来了，以后还能报吗？", "yesno", R_XZ, ["5年内取消其申报资格"], XZ)
add(D, "xzzq-yesno-04", "我们在西藏接收实习学生，没签三方协议，能拿自治区的岗位实习补贴吗？", "yesno", R_XZ, ["签订三方协议"], XZ)
add(D, "xzzq-yesno-05", "我们西藏这边一个职工今年先考了初级工又考了中级工，能拿两次技能提升补贴吗？", "yesno", R_XZ, ["每人每年享受一次"], XZ)
add(D, "xzzq-yesno-07", "一个项目在西藏自治区级的两个同类政策里都符合，能两头都拿吗？", "yesno", R_XZ, ["就高原则不重复支持"], XZ)
add(D, "qs-yesno-01", "我们在曲水县，设备只投了40万，能认定县级实训基地吗？", "yesno", R_QS, ["50万元以上"], QS)
add(D, "qs-yesno-02", "我们在曲水县接收学生实习，已经拿了上级的补贴，县里还补吗？", "yesno", R_QS, ["在享受上级补贴的基础上"], QS)
add(D, "qs-yesno-03", "我在曲水县一家企业，被县职校聘为产业导师，一学年只上20学时，能拿县里补贴吗？", "yesno", R_QS, ["32学时"], QS)
add(D, "qs-yesno-04", "曲水县同一个项目能在县里两个政策里都拿钱吗？", "yesno", R_QS, ["同一项目在县级政策中不重复支持"], QS)
add(D, "qs-yesno-05", "我们在曲水县报县级项目被查出弄虚作假，明年还能再报吗？", "yesno", R_QS, ["3年内不得申报县级项目"], QS)
add(D, "qs-yesno-06", "我们是曲水县的企业，招了县职校毕业生，自治区的吸纳就业补贴和县里的补贴能一起拿吗？", "yesno", R_QS, ["叠加享受"], QS)
add(D, "qs-yesno-07", "我们在曲水县建的实训基地认定了县级，还有机会往自治区级报吗？", "yesno", R_QS, ["择优推荐县级实训基地申报自治区级产教融合实训基地"], QS)
# list
add(D, "xzzq-list-01", "西藏分工表里自治区教育厅牵头的任务有哪些？", "list", R_XZ, ["共建产业学院", "聘用产业导师", "推进教师企业实践", "深化职教援藏合作"], XZ)
add(D, "xzzq-list-02", "西藏自治区发展改革委牵头哪些任务？", "list", R_XZ,
    ["组建市域产教联合体", "建设产教融合实训基地", "建立产教融合工作协调机制", "组织自治区级项目申报评审", "开展实施情况评估"], XZ)
add(D, "xzzq-list-03", "西藏产教融合工作协调机制有哪些成员单位？", "list", R_XZ,
    ["自治区发展改革委", "教育厅", "人力资源社会保障厅", "财政厅", "工业和信息化厅", "科技厅", "农业农村厅", "国资委"], XZ)
add(D, "xzzq-list-04", "西藏的行业产教融合共同体围绕哪些产业来建？", "list", R_XZ, ["高原特色农牧业", "清洁能源", "文化旅游", "藏医药", "建筑建材"], XZ)
add(D, "xzzq-list-05", "西藏分工表里哪些任务的完成时限是每年？", "list", R_XZ,
    ["聘用产业导师", "支持学生岗位实习", "推进教师企业实践", "促进技能提升和就业", "安排产教融合专项资金"], XZ, items=7)
add(D, "qs-list-01", "曲水县分工表里县教育局牵头的任务有哪些？", "list", R_QS,
    ["优化专业设置", "聘请县级产业导师", "举办校企合作对接会", "成立产教融合工作领导小组", "组织县级项目申报审核"], QS)
add(D, "qs-fu-list-01", "县人社局牵头的呢？", "list", R_QS, ["落实岗位实习补贴", "建设乡镇技能培训点", "促进毕业生县内就业"], QS,
    context=["曲水县分工表里县教育局牵头的任务有哪些？"])
add(D, "qs-list-02", "我在曲水县发展改革委工作，分工表里我们委牵头哪几项？", "list", R_QS,
    ["建设县级产教融合实训基地", "推荐申报自治区级实训基地", "争取援藏资源支持"], QS)
add(D, "qs-list-04", "曲水县的农牧民技能培训都培训些啥？", "list", R_QS, ["藏式家具制作", "民族手工艺", "农机操作", "乡村旅游服务"], QS)
add(D, "qs-list-05", "曲水县产教融合领导小组的成员单位有哪些？", "list", R_QS,
    ["县财政局", "县人力资源社会保障局", "县农业农村局", "县工业和信息化局", "县文化和旅游局"], QS)
add(D, "qs-list-06", "曲水县分工表里县教育局参与的任务（牵头的和配合的都算）有哪些？", "list", R_QS,
    ["建设县级产教融合实训基地", "优化专业设置", "落实岗位实习补贴", "举办校企合作对接会", "安排产教融合专项资金", "组织县级项目申报审核"], QS, items=10)
add(D, "qs-list-07", "曲水县今年先在哪几个地方建乡镇技能培训点？", "list", R_QS, ["曲水镇", "聂当乡"], QS)
# docfact
add(D, "xzzq-docfact-01", "西藏这个深化产教融合的实施意见文号是多少？", "docfact", R_XZ, ["藏政办发〔2026〕31号"], XZ)
add(D, "xzzq-docfact-02", "西藏深化产教融合实施意见是哪个单位发的？", "docfact", R_XZ, ["西藏自治区人民政府办公厅"], XZ)
add(D, "xzzq-docfact-03", "西藏产教融合实施意见的落款日期是哪天？", "docfact", R_XZ, ["2026年3月17日"], XZ)
add(D, "xzzq-docfact-04", "西藏这个实施意见是哪天印发的？", "docfact", R_XZ, ["2026年3月19日"], XZ)
add(D, "xzzq-docfact-05", "西藏的产教融合实施意见是依据哪个文件出的？", "docfact", R_XZ, ["国办发〔2017〕95号"], XZ)
add(D, "qs-docfact-01", "曲水县深化产教融合实施方案的文号是多少？", "docfact", R_QS, ["曲水政办发〔2026〕16号"], QS)
add(D, "xzzq-fu-docfact-01", "那自治区那个实施意见的文号呢？", "docfact", R_XZ, ["藏政办发〔2026〕31号"], XZ,
    context=["曲水县深化产教融合实施方案的文号是多少？"])
add(D, "qs-docfact-02", "曲水县这个产教融合方案是根据哪个文件制定的？", "docfact", R_QS,
    ["西藏自治区人民政府办公厅关于深化产教融合促进技术技能人才培养的实施意见", "藏政办发〔2026〕31号"], QS)
add(D, "qs-docfact-03", "曲水县实施方案的落款日期是哪天？网站上哪天发布的？", "docfact", R_QS, ["2026年4月23日", "2026-04-27"], QS)
add(D, "qs-docfact-05", "曲水县那个方案带了什么附件？", "docfact", R_QS, ["曲水县深化产教融合重点任务分工表"], QS)
# general
add(D, "xzzq-general-01", "西藏的自治区级产业学院怎么管理？", "general", R_XZ, ["由校企双方共同组建管理机构"], XZ)
add(D, "xzzq-general-02", "西藏这个实施意见的指导思想里坚持哪些原则？", "general", R_XZ, ["需求牵引、校企协同、分类推进、共建共享"], XZ)
add(D, "xzzq-general-03", "西藏的职教援藏合作具体怎么搞？", "general", R_XZ, ["联合招生", "合作办学", "师资交流"], XZ)
add(D, "xzzq-general-05", "我们公司想在西藏申报自治区级产教融合实训基地，要满足什么条件？", "general", R_XZ, ["200万元以上", "600人次"], XZ)
add(D, "xzzq-general-06", "我们学校想和企业在西藏共建自治区级产业学院，要达到什么条件？", "general", R_XZ, ["不少于5年", "不少于200人"], XZ)
add(D, "xzzq-general-07", "西藏这个实施意见落实得怎么样，谁来评估，结果报给谁？", "general", R_XZ,
    ["每年对本实施意见落实情况开展评估", "评估结果报自治区人民政府"], XZ)
add(D, "qs-general-01", "曲水县的校企合作对接会上发布些什么信息？", "general", R_QS, ["县内企业用工需求", "专业设置信息"], QS)
add(D, "qs-general-02", "曲水县打算怎么用援藏资源搞职业教育？", "general", R_QS, ["与援藏地区院校结对"], QS)
add(D, "qs-general-03", "曲水县职校新设的专业跟企业要怎么合作？", "general", R_QS, ["至少与1家县内企业签订合作协议"], QS)
add(D, "qs-general-05", "曲水县那个分工表里标★是什么意思？", "general", R_QS, ["牵头单位"], QS)
add(D, "qs-general-06", "曲水县方案落实情况怎么跟踪，年底要干啥？", "general", R_QS, ["每半年", "每年12月底前向县人民政府报告"], QS)
add(D, "qs-general-07", "曲水县深化产教融合到2028年主要目标是什么？", "general", R_QS,
    ["县级产教融合实训基地6个", "不少于3个", "30名以上", "2500人次"], QS)
# region-scoped
add(D, "xzzq-region-scoped-01", "我们在日喀则建了个实训基地，设备投了300万，能申请自治区级补助多少？", "region-scoped", "西藏自治区日喀则市", ["25%", "150万元"], XZ)
add(D, "xzzq-region-scoped-02", "林芝的职院和一家酒店共建产业学院，认定成自治区级能拿多少？", "region-scoped", "西藏自治区林芝市", ["60万元"], XZ)
add(D, "xzzq-fu-region-scoped-01", "在校生要多少人才行？", "region-scoped", "西藏自治区林芝市", ["不少于200人"], XZ,
    context=["林芝的职院和一家酒店共建产业学院，认定成自治区级能拿多少？"])
add(D, "xzzq-region-scoped-04", "我们是昌都的一家企业，接收职校专业课老师来实践，有补助吗？", "region-scoped", "西藏自治区昌都市", ["1500元"], XZ)
add(D, "xzzq-region-scoped-05", "那曲的企业职工考了高级工证书，补多少？", "region-scoped", "西藏自治区那曲市", ["2500元"], XZ)
add(D, "xzzq-region-scoped-06", "阿里地区要是组建行业产教融合共同体，认定了能补多少？", "region-scoped", "西藏自治区阿里地区", ["50万元"], XZ)
add(D, "xzzq-region-scoped-07", "我们公司在拉萨城关区，招了区内职校应届毕业生，能拿多少吸纳就业补贴？", "region-scoped", "西藏自治区拉萨市城关区", ["3000元"], XZ)
add(D, "xzzq-region-scoped-08", "我们公司在堆龙德庆区，接收职校学生岗位实习，自治区每人每月补多少？", "region-scoped", "西藏自治区拉萨市堆龙德庆区", ["500元"], XZ)
add(D, "xzzq-region-scoped-09", "我们在曲水县，设备投了300万建实训基地，想申报自治区级产教融合实训基地，最高能补多少？", "region-scoped", R_QS, ["150万元"], XZ)
add(D, "xzzq-region-scoped-10", "曲水县的企业职工考了中级工证书，有补贴吗？多少钱？", "region-scoped", R_QS, ["1500元"], XZ)
add(D, "xzzq-region-scoped-11", "曲水县要是校企共建技术技能创新服务平台，能拿多少补助？", "region-scoped", R_QS, ["40万元"], XZ)
add(D, "qs-region-scoped-01", "聂当乡建乡镇技能培训点能补多少？", "region-scoped", "西藏自治区拉萨市曲水县聂当乡", ["3万元"], QS)
add(D, "qs-region-scoped-02", "我是南木乡的牧民，参加县里组织的农机操作培训合格了，有补助吗？", "region-scoped", "西藏自治区拉萨市曲水县南木乡", ["200元"], QS)
add(D, "qs-region-scoped-03", "茶巴拉乡什么时候能有乡镇技能培训点？", "region-scoped", "西藏自治区拉萨市曲水县茶巴拉乡", ["2027年底前"], QS)
# unstated (give-away words in UNSTATED_ABSENT)
none(D, "x-unstated-o01", "西藏自治区级产业导师补贴要交个人所得税吗？", "unstated", R_XZ)
none(D, "x-unstated-o02", "日喀则市建乡镇技能培训点能补多少？", "unstated", "西藏自治区日喀则市")
none(D, "x-unstated-o03", "我们公司在拉萨城关区，接收职校学生实习，除了自治区那500元，区里再补多少？", "unstated", "西藏自治区拉萨市城关区")
none(D, "x-unstated-o04", "我们在曲水县接收职校学生实习，要给学生买什么保险？", "unstated", R_QS)
none(D, "x-unstated-o05", "曲水县县级项目评审一般请几个专家？", "unstated", R_QS)
none(D, "x-unstated-o06", "西藏自治区级产业学院建设期满评估不合格的话，首期的40万要退回吗？", "unstated", R_XZ)
none(D, "x-unstated-o07", "曲水县聘县级产业导师要求什么职称？", "unstated", R_QS)
none(D, "x-unstated-o08", "西藏自治区级市域产教联合体那100万能用在哪些开支上？", "unstated", R_XZ)
none(D, "x-unstated-o09", "拉萨市对市级产教融合实训基地补多少？", "unstated", "西藏自治区拉萨市")
none(D, "x-unstated-o10", "曲水县申报县级产教融合项目要交评审费吗？", "unstated", R_QS)
none(D, "x-unstated-o11", "西藏认定的自治区级实训基地称号有效期几年？", "unstated", R_XZ)
# region-clash
none(D, "x-region-clash-o01", "玉树州的企业建产教融合实训基地最高补多少？", "region-clash", "青海省玉树藏族自治州")
none(D, "x-region-clash-o02", "我在甘孜州一家企业，被职校聘为产业导师，一年补多少？", "region-clash", "四川省甘孜藏族自治州")
none(D, "x-region-clash-o03", "迪庆州企业接收职校学生岗位实习有补贴吗？", "region-clash", "云南省迪庆藏族自治州")
none(D, "x-region-clash-o04", "甘孜州建乡镇技能培训点补多少？", "region-clash", "四川省甘孜藏族自治州")
none(D, "x-region-clash-o05", "玉树州每年安排多少产教融合专项资金？", "region-clash", "青海省玉树藏族自治州")
# fragment / outofscope (half of them)
none(D, "x-fragment-o01", "最多能补多少？", "fragment", "")
none(D, "x-fragment-o02", "那个表里谁牵头？", "fragment", "")
none(D, "x-outofscope-o01", "布达拉宫参观要提前几天预约？", "outofscope", "西藏自治区拉萨市")
none(D, "x-outofscope-o02", "去西藏旅游要办边防证吗？", "outofscope", R_XZ)
none(D, "x-outofscope-o03", "高原反应一般吃什么药？", "outofscope", "")

# ---------------------------------------------------------------- test: 上海市 + 嘉定区
T = TEST
# amount
add(T, "sh-amount-01", "我们公司在上海，建了个实训基地，设备投了600万，认定成市级的话能补多少？", "amount", R_SH, ["30%", "250万元"], SH)
add(T, "sh-amount-02", "上海市级产业学院给多少钱？", "amount", R_SH, ["100万元"], SH)
add(T, "sh-fu-time-01", "分几次给，剩下的什么时候拨？", "time", R_SH, ["认定后拨付60万元", "3年建设期满评估合格后拨付40万元"], SH,
    context=["上海市级产业学院给多少钱？"])
add(T, "sh-amount-04", "上海市级的岗位实习补贴每人每月多少？", "amount", R_SH, ["800元"], SH)
add(T, "sh-fu-amount-01", "一家企业一年封顶多少？", "amount", R_SH, ["50万元"], SH, context=["上海市级的岗位实习补贴每人每月多少？"])
add(T, "sh-amount-07", "上海企业职工拿到技师证，企业能拿多少补贴？", "amount", R_SH, ["3000元"], SH)
add(T, "sh-amount-08", "上海市级财政每年安排多少产教融合专项资金？", "amount", R_SH, ["4亿元"], SH)
add(T, "sh-amount-10", "上海各区建区级公共实训基地，市里陪套多少？", "amount", R_SH, ["30%", "800万元"], SH)
add(T, "jd-amount-02", "嘉定区级产业学院补多少？", "amount", R_JD, ["30万元"], JD)
add(T, "jd-amount-03", "嘉定的区级产业导师一年补多少？", "amount", R_JD, ["8000元"], JD)
add(T, "jd-amount-04", "我们是嘉定一家汽车零部件企业，接收职校学生岗位实习，区里每人每月补多少？", "amount", R_JD, ["300元"], JD)
add(T, "jd-fu-amount-01", "一年最多能拿多少？", "amount", R_JD, ["10万元"], JD,
    context=["我们是嘉定一家汽车零部件企业，接收职校学生岗位实习，区里每人每月补多少？"])
add(T, "jd-amount-06", "我们公司在嘉定，组织员工参加新能源汽车维修培训拿了合格证，区里补多少？一年封顶多少？", "amount", R_JD, ["600元", "20万元"], JD)
add(T, "jd-amount-07", "嘉定区今年产教融合专项资金一共安排了多少？", "amount", R_JD, ["2000万元"], JD)
add(T, "jd-amount-08", "我们在嘉定建实训基地，市级和区级的最高各补多少？", "amount", R_JD, ["250万元", "80万元"], JD, docs=[JD, SH])
add(T, "jd-fu-amount-02", "那区级的呢？", "amount", R_JD, ["20%", "80万元"], JD,
    context=["我们公司在嘉定，实训基地想认定市级，最高补多少？"])
# person
add(T, "sh-person-01", "上海市产教融合工作联席会议的召集人是谁？", "person", R_SH, ["分管副市长"], SH)
add(T, "sh-person-03", "我们学校想在上海申报市级产业学院，向哪个部门申报？", "person", R_SH, ["市教委"], SH)
add(T, "sh-person-04", "上海区级公共实训基地的市级补助由哪个部门受理？", "person", R_SH, ["市人力资源社会保障局"], SH)
add(T, "sh-person-05", "上海这个产教融合若干措施由谁负责解释？", "person", R_SH, ["市发展改革委会同市教委、市人力资源社会保障局、市财政局负责解释"], SH)
add(T, "sh-person-06", "我们是上海一所区属的职业学校，申报市级项目先交给谁初审？", "person", R_SH, ["发展改革部门会同教育、人力资源社会保障部门初审推荐"], SH)
add(T, "sh-person-07", "我们是上海的市属高职，报市级产教融合项目也要区里初审吗？", "person", R_SH, ["市属单位直接向市级受理部门申报"], SH)
add(T, "jd-person-01", "嘉定申报产业导师补贴有问题找谁？电话多少？", "person", R_JD, ["顾晓雯", "021-59917362"], JD)
add(T, "jd-fu-person-01", "那岗位实习补贴呢？", "person", R_JD, ["陶立新", "021-59925148"], JD, context=["嘉定申报产业导师补贴有问题找谁？电话多少？"])
add(T, "jd-person-02", "我们是嘉定区内的职业院校，申报区级项目由谁初审？", "person", R_JD, ["区内职业院校由区教育局初审"], JD)
add(T, "jd-person-03", "嘉定区级产教融合项目的补助资金由哪个部门拨付？", "person", R_JD, ["区财政局"], JD)
add(T, "jd-person-05", "我们想在嘉定申报实训基地，咨询哪个科室？", "person", R_JD, ["区发展改革委社会事业科", "陆振华"], JD)
# time
add(T, "sh-time-01", "上海这个产教融合若干措施从什么时候施行？有效期到什么时候？", "time", R_SH, ["2026年7月1日", "2031年6月30日"], SH)
add(T, "sh-time-02", "上海拟支持的市级项目公示几天？", "time", R_SH, ["5个工作日"], SH)
add(T, "sh-time-04", "我们在上海，接收专业课老师来企业实践，每个老师最多补几个月？", "time", R_SH, ["不超过3个月"], SH)
add(T, "jd-time-01", "嘉定2026年产教融合专项资金项目什么时候申报？", "time", R_JD, ["2026年6月22日至7月17日"], JD)
add(T, "jd-time-02", "嘉定各镇的初审意见什么时候前要报区发展改革委？", "time", R_JD, ["2026年7月24日前"], JD)
add(T, "jd-time-03", "嘉定区级项目拟支持名单公示几天？", "time", R_JD, ["7个工作日"], JD)
add(T, "jd-time-04", "嘉定公示完了多久能拨钱？", "time", R_JD, ["20个工作日"], JD)
add(T, "jd-time-06", "嘉定区这个申报通知是哪天发的？", "time", R_JD, ["2026年6月16日"], JD)
# count
add(T, "sh-count-01", "上海市级产业导师，每所学校一年最多补几个人？", "count", R_SH, ["30人"], SH)
add(T, "sh-count-02", "上海市级产教融合实训基地每年至少要开展多少人次实训？", "count", R_SH, ["1200人次"], SH)
add(T, "sh-count-05", "上海市级产教融合项目一年申报几次？", "count", R_SH, ["每年集中申报一次"], SH)
add(T, "jd-count-01", "嘉定今年区级实训基地最多支持几个？", "count", R_JD, ["不超过8个"], JD)
add(T, "jd-count-02", "嘉定今年区级产业学院最多支持几个？", "count", R_JD, ["不超过4个"], JD)
add(T, "jd-count-03", "嘉定每所院校区级产业导师补贴最多几个人？", "count", R_JD, ["15人"], JD)
add(T, "jd-count-04", "我们单位在嘉定，同一年同一类别能报几个项目？", "count", R_JD, ["不超过1个"], JD)
add(T, "jd-count-05", "嘉定的纸质申报材料要交几份？", "count", R_JD, ["一式两份"], JD)
# yesno
add(T, "sh-yesno-01", "我们在上海的实训基地拿了市级一个专项的钱，同类的另一个市级政策还能再拿吗？", "yesno", R_SH, ["就高原则不重复支持"], SH)
add(T, "sh-yesno-02", "我们在上海接收实习学生，没签三方协议能拿岗位实习补贴吗？", "yesno", R_SH, ["签订三方协议"], SH)
add(T, "sh-yesno-03", "在上海申报市级项目，弄虚作假被查了以后还能报吗？", "yesno", R_SH, ["5年内不得申报市级项目"], SH)
add(T, "sh-yesno-04", "我们是上海的应用型本科，能和企业共建市级产业学院吗？", "yesno", R_SH, ["应用型本科高校"], SH)
add(T, "sh-yesno-05", "我们公司在上海自己单独建实训基地，没跟学校合作，能认定市级吗？", "yesno", R_SH, ["支持企业独立"], SH)
add(T, "sh-yesno-06", "上海各区能不能自己再出区级的配套政策？", "yesno", R_SH, ["各区可结合实际制定区级配套支持政策"], SH)
add(T, "jd-yesno-01", "我们嘉定的实训基地今年已经拿了市级补助，还能再申请区级的吗？", "yesno", R_JD, ["区级不再重复支持"], JD)
add(T, "jd-yesno-02", "我们公司在嘉定注册才半年，今年能报区级产教融合项目吗？", "yesno", R_JD, ["满1年"], JD)
add(T, "jd-yesno-04", "我们是在嘉定办学的市属职业院校校区，算不算区内职业院校？", "yesno", R_JD, ["含在嘉定区办学的市属职业院校校区"], JD)
add(T, "jd-yesno-05", "嘉定产教融合项目我们7月20号再交还来得及吗？", "yesno", R_JD, ["逾期不予受理"], JD)
add(T, "jd-yesno-06", "嘉定今年申报的项目要是钱不够，是不是都能拿到？", "yesno", R_JD, ["按评审排名择优支持"], JD)
add(T, "jd-yesno-07", "在嘉定报区级项目弄虚作假被查，以后还能报吗？", "yesno", R_JD, ["3年内不得申报区级产教融合项目"], JD)
add(T, "jd-yesno-08", "我们在嘉定组织员工培训新能源汽车维修，没拿到合格证也能补吗？", "yesno", R_JD, ["取得培训合格证书"], JD)
add(T, "jd-fu-yesno-01", "跟企业只签了两年合作协议的能报吗？", "yesno", R_JD, ["不少于3年"], JD,
    context=["我们是嘉定的一所职业学校，今年想和企业一起报区级产业学院。"])
# list
add(T, "sh-list-01", "上海那个一览表里市教委受理哪些事项？", "list", R_SH, ["市级产业学院", "市级产业导师", "现场工程师专项培养", "教师企业实践"], SH)
add(T, "sh-fu-list-01", "市人社局受理的呢？", "list", R_SH, ["区级公共实训基地", "学生岗位实习", "职工技能提升"], SH,
    context=["上海那个一览表里市教委受理哪些事项？"])
add(T, "sh-list-02", "上海市发展改革委受理哪些支持事项？", "list", R_SH, ["市级产教融合实训基地", "行业产教融合共同体"], SH)
add(T, "sh-list-03", "上海的行业产教融合共同体围绕哪些产业？", "list", R_SH, ["集成电路", "生物医药", "人工智能", "高端装备", "汽车"], SH)
add(T, "sh-list-04", "上海这个产教融合若干措施是哪几个部门联合发的？", "list", R_SH,
    ["上海市发展和改革委员会", "上海市教育委员会", "上海市人力资源和社会保障局", "上海市财政局"], SH)
add(T, "sh-list-05", "上海职工技能提升补贴分哪几档，各多少？", "list", R_SH, ["高级工", "技师", "高级技师", "2000元", "3000元", "5000元"], SH)
add(T, "sh-list-06", "上海这个若干措施里都有哪些支持事项？", "list", R_SH,
    ["市级产教融合实训基地", "行业产教融合共同体", "市级产业学院", "市级产业导师", "现场工程师专项培养", "职工技能提升"], SH, items=9)
add(T, "jd-list-01", "我们第一次在嘉定申报产教融合项目，要准备哪些材科？", "list", R_JD,
    ["申报书", "营业执照", "校企合作协议", "设备购置发票", "产业导师聘用协议", "岗位实习三方协议", "信用承诺书"], JD)
add(T, "jd-list-02", "嘉定今年能报哪几类产教融合项目？", "list", R_JD,
    ["区级产教融合实训基地", "区级产业学院", "区级产业导师补贴", "岗位实习补贴", "产教融合服务站", "新能源汽车专项技能培训"], JD)
add(T, "jd-list-03", "嘉定这个申报通知是哪几个部门一起发的？", "list", R_JD,
    ["上海市嘉定区发展和改革委员会", "上海市嘉定区教育局", "上海市嘉定区人力资源和社会保障局", "上海市嘉定区财政局"], JD)
add(T, "jd-list-04", "嘉定区发展改革委社会事业科负责咨询哪几类项目？", "list", R_JD, ["实训基地", "产业学院", "产教融合服务站"], JD)
add(T, "jd-list-05", "嘉定这个申报通知说要服务哪些重点产业？", "list", R_JD, ["汽车", "智能传感器及物联网", "氢能"], JD)
# docfact
add(T, "sh-docfact-01", "上海这个产教融合若干措施的文号是多少？", "docfact", R_SH, ["沪发改社〔2026〕27号"], SH)
add(T, "sh-docfact-02", "上海产教融合若干措施的落款日期是哪天？", "docfact", R_SH, ["2026年5月14日"], SH)
add(T, "sh-docfact-03", "上海这个若干措施的通知是哪天印发的？", "docfact", R_SH, ["2026年5月15日"], SH)
add(T, "sh-docfact-04", "上海的产教融合若干措施是依据哪个文件出的？", "docfact", R_SH, ["国办发〔2017〕95号"], SH)
add(T, "sh-docfact-05", "上海产教融合若干措施带了什么附件？", "docfact", R_SH, ["上海市产教融合支持事项一览表"], SH)
add(T, "jd-docfact-01", "嘉定区产教融合项目申报通知的文号是多少？", "docfact", R_JD, ["嘉发改〔2026〕45号"], JD)
add(T, "sh-fu-docfact-01", "它要落实的那个上海市若干措施，文号是多少？", "docfact", R_SH, ["沪发改社〔2026〕27号"], SH,
    context=["嘉定区产教融合项目申报通知的文号是多少？"])
add(T, "jd-docfact-02", "嘉定这个申报通知是依据哪些文件出的？", "docfact", R_JD, ["沪发改社〔2026〕27号", "嘉发改规〔2025〕3号"], JD)
add(T, "jd-docfact-03", "我们要给嘉定区发改委送纸质申报材料，送到哪里？", "docfact", R_JD, ["塔城路223号", "405室"], JD)
add(T, "jd-docfact-04", "嘉定申报通知后面有哪几个附件？", "docfact", R_JD, ["申报书", "信用承诺书", "申报项目汇总表"], JD)
# general
add(T, "sh-general-01", "我们公司想在上海认定市级产教融合实训基地，要满足什么条件？", "general", R_SH, ["400万元以上", "1200人次"], SH)
add(T, "sh-general-02", "上海的区级公共实训基地要面向哪些人开放？", "general", R_SH, ["院校学生", "企业职工", "社会人员"], SH)
add(T, "sh-general-03", "上海选聘市级产业导师，选什么样的人？", "general", R_SH, ["企业工程技术人员", "高技能人才"], SH)
add(T, "sh-general-04", "我们在上海拿到产教融合补助以后，钱怎么用有什么要求？", "general", R_SH, ["专款专用"], SH)
add(T, "sh-general-05", "上海要求各区建什么样的工作机制？", "general", R_SH, ["各区建立相应工作机制", "明确牵头部门"], SH)
add(T, "sh-general-06", "我们学校想和企业在上海共建市级产业学院，要达到什么条件？", "general", R_SH, ["不少于5年", "不少于300人"], SH)
add(T, "sh-general-07", "上海那个支持事项一览表下面的注说的是什么？", "general", R_SH, ["初审后报送受理部门"], SH)
add(T, "jd-general-01", "嘉定区级产教融合项目的评审流程是怎样的？", "general", R_JD, ["形式审查", "综合评审", "实地核查", "公示"], JD)
add(T, "jd-general-02", "嘉定建的产教融合服务站提供哪些服务？", "general", R_JD, ["供需对接", "实习推荐", "政策咨询"], JD)
add(T, "jd-general-03", "嘉定区产教融合项目怎么申报，线上还是线下？", "general", R_JD, ["嘉定区产教融合项目申报系统", "一式两份"], JD)
add(T, "jd-general-04", "在嘉定申报产教融合项目，申报单位要满足哪些基本条件？", "general", R_JD, ["依法经营满1年", "独立法人资格", "严重失信主体名单"], JD)
add(T, "jd-general-05", "嘉定区级产教融合实训基地要什么条件才能报？", "general", R_JD, ["100万元以上", "500人次"], JD)
# region-scoped
add(T, "sh-region-scoped-01", "我们公司在浦东，建实训基地想认定市级，最高补多少？", "region-scoped", "上海市浦东新区", ["250万元"], SH)
add(T, "sh-region-scoped-02", "闵行区一所高职和企业共建市级产业学院，能拿多少？", "region-scoped", "上海市闵行区", ["100万元"], SH)
add(T, "sh-region-scoped-03", "宝山区一家钢铁企业的工程师去职校当产业导师，市里一年补多少？", "region-scoped", "上海市宝山区", ["2万元"], SH)
add(T, "sh-region-scoped-04", "我们厂在松江，接收职校学生岗位实习，市里每人每月补多少？", "region-scoped", "上海市松江区", ["800元"], SH)
add(T, "sh-fu-region-scoped-01", "最长补几个月？", "region-scoped", "上海市松江区", ["最长6个月"], SH,
    context=["我们厂在松江，接收职校学生岗位实习，市里每人每月补多少？"])
add(T, "sh-region-scoped-05", "青浦的企业和职院联合开展现场工程师专项培养，能补多少？", "region-scoped", "上海市青浦区", ["30万元"], SH)
add(T, "sh-region-scoped-06", "我们是奉贤一家化妆品企业，有职工考下了高级技师，企业能拿多少？", "region-scoped", "上海市奉贤区", ["5000元"], SH)
add(T, "sh-region-scoped-09", "我们在嘉定，企业接收职校老师来实践，有补助吗？", "region-scoped", R_JD, ["2500元"], SH)
add(T, "sh-region-scoped-10", "我们在嘉定做汽车研发，想牵头组建行业产教融合共同体，能拿多少？", "region-scoped", R_JD, ["100万元"], SH)
add(T, "sh-region-scoped-11", "嘉定的企业申报市级实训基地弄虚作假，会怎么处理？", "region-scoped", R_JD, ["追回资金", "5年内不得申报市级项目"], SH)
add(T, "jd-region-scoped-01", "安亭镇的产教融合服务站能拿多少建设补助？", "region-scoped", "上海市嘉定区安亭镇", ["8万元"], JD)
add(T, "jd-region-scoped-02", "我们公司在南翔镇，设备投了200万建实训基地，区级能补多少？", "region-scoped", "上海市嘉定区南翔镇", ["20%", "80万元"], JD)
add(T, "jd-region-scoped-03", "江桥镇的企业接收实习学生，区里每人每月补多少？", "region-scoped", "上海市嘉定区江桥镇", ["300元"], JD)
add(T, "jd-region-scoped-04", "菊园新区的企业申报区级产教融合项目，初审归谁？", "region-scoped", "上海市嘉定区菊园新区", ["负责辖区内企业申报材料的初审"], JD)
# unstated
none(T, "x-unstated-o12", "闵行区的区级产业学院补多少？", "unstated", "上海市闵行区")
none(T, "x-unstated-o13", "上海市级产业导师那2万元补贴要交个税吗？", "unstated", R_SH)
none(T, "x-unstated-o14", "我们在嘉定接收实习学生，要给他们买什么保险？", "unstated", R_JD)
none(T, "x-unstated-o15", "嘉定区产教融合项目申报系统的网址是多少？", "unstated", R_JD)
none(T, "x-unstated-o16", "宝山区有没有镇上的产教融合服务站补助？", "unstated", "上海市宝山区")
none(T, "x-unstated-o17", "嘉定的区级产业导师有没有职称要求？", "unstated", R_JD)
none(T, "x-unstated-o18", "嘉定申报产教融合项目要提供审计报告吗？", "unstated", R_JD)
none(T, "x-unstated-o19", "上海企业给岗位实习学生发的报酬最低是多少？", "unstated", R_SH)
none(T, "x-unstated-o20", "上海市产教融合工作联席会议一年开几次？", "unstated", R_SH)
none(T, "x-unstated-o21", "我们公司在浦东，组织员工参加新能源汽车维修的专项技能培训，市里按人次给培训补贴吗？每人次多少？", "unstated", "上海市浦东新区")
none(T, "x-unstated-o22", "嘉定区级项目评审请几个专家？", "unstated", R_JD)
# region-clash
none(T, "x-region-clash-o06", "舟山的企业建产教融合实训基地最高补多少？", "region-clash", "浙江省舟山市")
none(T, "x-region-clash-o07", "宣城市级产业学院认定了能补多少？", "region-clash", "安徽省宣城市")
none(T, "x-region-clash-o08", "我在滁州一家企业，被职校聘为产业导师，一年补多少？", "region-clash", "安徽省滁州市")
none(T, "x-region-clash-o09", "丽水企业接收职校学生岗位实习，每人每月补多少？", "region-clash", "浙江省丽水市")
none(T, "x-region-clash-o10", "舟山今年产教融合项目什么时候申报？", "region-clash", "浙江省舟山市")
# fragment / outofscope (the other half)
none(T, "x-fragment-o03", "要交哪些材料？", "fragment", "")
none(T, "x-fragment-o04", "这个补贴一年能拿几次？", "fragment", "")
none(T, "x-outofscope-o04", "上海迪士尼年卡多少钱？", "outofscope", R_SH)
none(T, "x-outofscope-o05", "嘉定区新能源车的专用牌照额度怎么申请？", "outofscope", R_JD)
none(T, "x-outofscope-o06", "个人所得税年度汇算什么时候截止？", "outofscope", "")

# give-away words: none of them may occur in a document covering the line's region (checked by check_fresh10.py)
UNSTATED_ABSENT = {
    "x-unstated-o01": ["所得税", "个税", "纳税"],
    "x-unstated-o02": ["培训点", "乡镇技能"],
    "x-unstated-o03": ["每人每月200元", "区级补贴", "再按"],
    "x-unstated-o04": ["保险"],
    "x-unstated-o05": ["专家"],
    "x-unstated-o06": ["退回", "收回", "返还", "不合格"],
    "x-unstated-o07": ["职称"],
    "x-unstated-o08": ["开支", "使用范围", "支出"],
    "x-unstated-o09": ["市级", "拉萨"],
    "x-unstated-o10": ["评审费", "费用", "收费"],
    "x-unstated-o11": ["称号", "认定有效期", "复核"],
    "x-unstated-o12": ["区级产业学院"],
    "x-unstated-o13": ["所得税", "个税", "纳税"],
    "x-unstated-o14": ["保险"],
    "x-unstated-o15": ["网址", "http", "www"],
    "x-unstated-o16": ["服务站", "镇（街道）"],
    "x-unstated-o17": ["职称"],
    "x-unstated-o18": ["审计"],
    "x-unstated-o19": ["报酬", "工资"],
    "x-unstated-o20": ["全体会议", "召开", "每半年", "每季度"],
    "x-unstated-o21": ["新能源汽车", "每人次", "培训补贴"],
    "x-unstated-o22": ["专家"],
}


def write(lines, name):
    with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(name, len(lines))


if __name__ == "__main__":
    write(DEV, "fresh10-dev.jsonl")
    write(TEST, "fresh10-test.jsonl")
