#!/usr/bin/env python3
"""Write ../../fresh8-dev.jsonl (绍兴 pair) and ../../fresh8-test.jsonl (新会 pair).

Ninth fresh set: superseded versions. Written from the four fictional documents only
(虚构测试文档，非真实政策). Version rule: a question about the current rules (no year or version named)
has the replacement's figure and doc = the replacement; a question that names the old version
(2023年/旧办法/试行版/its 文号) has the old document and its figure.

    python3 make_questions.py            # writes both files, prints counts
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))

SXO, SXN = "shaoxing-banfa-2023", "shaoxing-banfa-2026"
XHO, XHN = "xinhui-xize-2023", "xinhui-xize-2026"
SX = "浙江省绍兴市"
XH = "广东省江门市新会区"


def a(id, q, kind, must, doc, region, **kw):
    d = {"id": id, "q": q, "kind": kind, "must": must, "doc": doc, "region": region}
    d.update(kw)
    return d


def x(id, q, kind, region):
    exp = "clarify" if kind == "fragment" else "none"
    return {"id": id, "q": q, "kind": kind, "region": region, "expect": exp}


# ---------------------------------------------------------------- 绍兴 (dev) ----
DEV = [
    # amount — current rules (the 2026 replacement)
    a("sxn-amount-01", "我们是一家做纺织机械的民营企业，打算新建一个对职业院校学生开放的实训基地，设备大概投400万。绍兴市这边现在能补多少？最多多少？", "amount", ["25%", "150万元"], SXN, SX),
    a("sxn-amount-02", "绍兴企业接收职校学生岗位实习，现在每人每月补贴多少钱？", "amount", ["400元"], SXN, SX),
    a("sxn-amount-03", "我是绍兴一家汽车零部件厂的技术主管，被职院聘成产业导师，一学年能上50多个学时，一年能补多少？", "amount", ["1.2万元"], SXN, SX),
    a("sxn-amount-04", "绍兴市产教融和奖补里，产业学院一共能拿多少补助？", "amount", ["50万元"], SXN, SX),
    a("sxn-amount-05", "我们集团在绍兴同时报了实训基地、产业学院和岗位实习好几个项目，一家企业一年最多能拿多少奖补？", "amount", ["300万元"], SXN, SX),
    a("sxn-amount-06", "绍兴市级财政每年安排多少钱做产教融合奖补？", "amount", ["3000万元"], SXN, SX),
    a("sxn-amount-07", "我们厂有十几个工人考出了高级工证书，在绍兴每人能给企业补多少？", "amount", ["2000元"], SXN, SX),
    a("sxn-amount-08", "绍兴这边岗位实习补贴，一家企业一年封顶多少？", "amount", ["15万元"], SXN, SX),
    a("sxn-amount-09", "我们公司每年都接职院老师来厂里实践，一待就是一两个月。绍兴对企业怎么补，每人每月多少？", "amount", ["1000元"], SXN, SX),
    a("sxn-amount-10", "绍兴职工考出技师证的话，企业能补多少？", "amount", ["3000元"], SXN, SX),
    a("sxn-amount-11", "我们学校牵头组建了市域产教联合体，成员有四十多家，在绍兴认定下来能补多少钱？", "amount", ["80万元"], SXN, SX),
    a("sxn-amount-12", "我们和绍兴一所职院搞现场工程师联合培养，一年能培养40来人，这个项目企业能拿多少补助？", "amount", ["20万元"], SXN, SX),
    a("sxn-amount-13", "我们的实训基地前年拿过绍兴市里的补助，今年又被认定为省级产教融合实训基地了，还能再拿多少？", "amount", ["20万元"], SXN, SX),
    a("sxn-amount-14", "绍兴鼓励各区县配套，按市级补助标准的多少比例？", "amount", ["30%"], SXN, SX),
    a("sxn-amount-15", "我们和绍兴一所高职共建的产业学院刚认定，补助是分两期的吧，第一期先拨多少？", "amount", ["30万元"], SXN, SX),
    a("sxn-amount-16", "绍兴职工考中级工，企业每人补多少？", "amount", ["1200元"], SXN, SX),
    a("sxn-amount-17", "我们是绍兴一家做轴承的企业，去年和职院共建了实训基地，设备投了800万，按现在的办法能补多少？", "amount", ["150万元"], SXN, SX),
    a("sxn-amount-18", "我们厂是做电机的，去年有60个职工考了中级工、20个考了高级工，在绍兴每人分别能补多少？", "amount", ["1200元", "2000元"], SXN, SX),
    # amount — the old version named
    a("sxo-amount-01", "我们2024年接过实习生，当时按绍兴2023年那个旧办法，岗位实习每人每月补多少？", "amount", ["300元"], SXO, SX),
    a("sxo-amount-02", "绍政办发〔2023〕19号里面企业实训基地是按多少比例补的，最高多少？", "amount", ["20%", "100万元"], SXO, SX),
    a("sxo-amount-03", "我们2024年评上了绍兴的市级校企合作示范企业，按2023年那个老办法奖励是多少钱？", "amount", ["10万元"], SXO, SX),
    a("sxo-amount-04", "绍兴老版本的奖补办法里，产业学员补助是多少？", "amount", ["30万元"], SXO, SX),
    a("sxo-amount-05", "我前年在绍兴当过产业导师，当时2023年版的办法每人每年补多少？", "amount", ["8000元"], SXO, SX),
    # person
    a("sxn-person-01", "绍兴产教融合奖补工作现在是哪个部门牵头？", "person", ["市发展改革委"], SXN, SX),
    a("sxn-person-02", "我们是绍兴的一家电子企业，接收了30个职校实习生，实习补贴是哪个部门审核？", "person", ["市人力社保局"], SXN, SX),
    a("sxn-person-03", "我们是绍兴的一所职院，和企业共建的产业学院，补助由哪个部门审核？", "person", ["市教育局"], SXN, SX),
    a("sxn-person-04", "我们的项目在绍兴公示完了，钱最后是哪个部门拨的？", "person", ["市财政局"], SXN, SX),
    a("sxn-person-05", "我们企业在绍兴下面的县里，申报材料交上去以后由谁初审？", "person", ["发展改革部门", "教育部门"], SXN, SX),
    a("sxn-person-06", "绍兴这个奖补资金管理办法由哪些部门负责解释？", "person", ["市发展改革委", "市教育局", "市财政局"], SXN, SX),
    a("sxn-person-07", "绍兴产教融合奖补有问题想咨询发改委那边，联系人是谁，电话多少？", "person", ["孙文博", "0575-85203317"], SXN, SX),
    a("sxn-person-08", "绍兴产教融合奖补联席会议办公室设在哪个单位？", "person", ["市发展改革委"], SXN, SX),
    a("sxn-person-09", "我们公司在绍兴报了个现场工程师培养项目，归哪个部门审？", "person", ["市人力社保局"], SXN, SX),
    a("sxn-person-10", "绍兴市域产教联合体那笔补助是给谁的？", "person", ["牵头单位"], SXN, SX),
    a("sxn-person-11", "我是绍兴一家企业的人事，想找市教育局问产教融合奖补的事，联系人和电话是什么？", "person", ["陈晓峰", "0575-85126031"], SXN, SX),
    a("sxo-person-01", "2023年旧办法里，绍兴产教融合奖补是哪个部门负责组织申报和审核的？", "person", ["市教育局"], SXO, SX),
    a("sxo-person-02", "我在看绍兴2023年那版奖补办法，上面写的联系人是谁？", "person", ["陈晓峰", "0575-85126031"], SXO, SX),
    # time
    a("sxn-time-01", "我们是绍兴的企业，想报产教融合奖补，每年的申报时间是哪天到哪天？", "time", ["3月1日至3月31日"], SXN, SX),
    a("sxn-time-02", "绍兴新的产教融合奖补资金管理办法从什么时候开始施行？", "time", ["2026年5月1日"], SXN, SX),
    a("sxn-time-03", "绍兴奖补评审结果公示多长时间？", "time", ["7个工作日"], SXN, SX),
    a("sxn-time-04", "我在县发改局负责这块，绍兴规定我们初审要在多长时间内完成？", "time", ["10个工作日"], SXN, SX),
    a("sxn-time-05", "绍兴公示没问题以后，钱多久能拨下来？", "time", ["20个工作日"], SXN, SX),
    a("sxn-time-07", "我们在绍兴的产业学院第一期30万已经到了，剩下那20万什么时候给？", "time", ["建设期满考核合格后"], SXN, SX),
    a("sxn-time-08", "绍兴岗位实习补贴每个学生最多补几个月？", "time", ["6个月"], SXN, SX),
    a("sxn-time-09", "我们接的职院老师在厂里连续实践了4个月，绍兴这边一年最多能补几个月？", "time", ["2个月"], SXN, SX),
    a("sxn-time-10", "在绍兴如果被查出申报造假，几年不能再报？", "time", ["5年"], SXN, SX),
    a("sxn-time-11", "我们在绍兴接收职校学生岗位实习，实习期至少要多长才能拿补贴？", "time", ["1个月以上"], SXN, SX),
    a("sxo-time-01", "绍兴2023年版的奖补办法里，申报时间是几月？", "time", ["4月1日至4月30日"], SXO, SX),
    a("sxo-time-02", "绍兴旧办法规定公示后多少个工作日内拨款？", "time", ["30个工作日"], SXO, SX),
    # count
    a("sxn-count-01", "绍兴企业实训基地补助每年支持几个？", "count", ["15个"], SXN, SX),
    a("sxn-count-02", "我们学校是绍兴的一所高职，想给企业来的产业导师申请补贴，一所学校一年最多能补几个人？", "count", ["15人"], SXN, SX),
    a("sxn-count-03", "绍兴现场工程师培养项目每年支持几个？", "count", ["8个"], SXN, SX),
    a("sxn-count-04", "我们正在筹建绍兴的市域产教联合体，成员单位要多少家？企业至少几家？", "count", ["40家", "25家"], SXN, SX),
    a("sxn-count-05", "我们想和绍兴的职院共建产业学院，首届招生至少要多少人？", "count", ["120人"], SXN, SX),
    a("sxn-count-06", "绍兴现场工程师项目每年至少要培养多少人？", "count", ["30人"], SXN, SX),
    a("sxn-count-07", "我在绍兴一所职院兼做产业导师，一学年至少要上多少学时才能拿补贴？", "count", ["48学时"], SXN, SX),
    a("sxo-count-01", "绍兴旧办法里企业实训基地每年支持几个？", "count", ["10个"], SXO, SX),
    # yesno — what changed (the replacement's figure) and other yes/no
    a("sxn-yesno-01", "绍兴新办法比旧的岗位实习补贴提高了吗？", "yesno", ["400元"], SXN, SX),
    a("sxn-yesno-02", "我们设备投了250万，原来在绍兴够得上实训基地补助，新办法的投资门槛是不是提高了？", "yesno", ["300万元"], SXN, SX),
    a("sxn-yesno-03", "绍兴这次修订后，骗取补贴的处罚是不是更严了？", "yesno", ["5年"], SXN, SX),
    a("sxn-yesno-04", "绍兴新办法里教师企业实践的补贴标准有没有变？", "yesno", ["1000元"], SXN, SX),
    a("sxn-yesno-05", "以前我们在绍兴都是交纸质材料一式两份，现在还要交纸质的吗？", "yesno", ["不再报送纸质材料"], SXN, SX),
    a("sxn-yesno-06", "我们一个实训基地项目已经拿了绍兴其他政策的钱，还能再拿这个奖补吗？", "yesno", ["就高原则", "不重复享受"], SXN, SX),
    a("sxn-yesno-07", "我们公司在绍兴注册才一年半，能申报产教融合奖补吗？", "yesno", ["正常经营2年以上"], SXN, SX),
    a("sxn-yesno-08", "绍兴同一个职工考同一等级的证书，企业能补两次吗？", "yesno", ["只能享受一次补贴"], SXN, SX),
    a("sxn-yesno-09", "要是我们的项目在绍兴绩效评价不合格，下一年还能申报吗？", "yesno", ["下一年度不得申报"], SXN, SX),
    a("sxn-yesno-10", "我们公司的实训基地项目2025年已经在绍兴评审通过了，钱还没拨完，是按新办法还是旧办法算？", "yesno", ["按原办法执行"], SXN, SX),
    a("sxn-yesno-11", "绍兴新办法的公示期和老办法一样吗？", "yesno", ["7个工作日"], SXN, SX),
    a("sxn-yesno-12", "我们公司在绍兴一个实训基地能拿150万，还想报产业学院和岗位实习，加起来会不会超过一家企业的年度上限？", "yesno", ["300万元"], SXN, SX),
    a("sxn-yesno-13", "我们公司在绍兴刚接了一批职校实习生，只实习了3个星期，能拿岗位实习补贴吗？", "yesno", ["实习期1个月以上"], SXN, SX),
    a("sxo-yesno-01", "绍兴2023年那个办法里，企业招本市职校应届毕业生有没有补贴？", "yesno", ["每人1000元"], SXO, SX),
    # list
    a("sxn-list-01", "我们第一次在绍兴申报产教融合奖补，要准备哪些材料？", "list", ["绍兴市产教融合奖补资金申报表", "营业执照", "校企合作协议", "佐证材料", "申报材料真实性承诺书", "绩效自评表"], SXN, SX),
    a("sxn-list-02", "绍兴产教融合奖补联席会议有哪些成员单位？", "list", ["市教育局", "市财政局", "市人力社保局", "市经信局"], SXN, SX),
    a("sxn-list-03", "绍兴市人力社保局受理哪些奖补项目？", "list", ["学生岗位实习", "职工技能提升", "现场工程师培养"], SXN, SX),
    a("sxn-list-04", "我们厂有人考初级工、有人考中级工，还有高级工和技师，绍兴各个等级分别补多少？", "list", ["800元", "1200元", "2000元", "3000元"], SXN, SX),
    a("sxn-list-05", "绍兴平台载体类的奖补项目有哪些？", "list", ["企业实训基地", "省级以上实训基地奖励", "市域产教联合体"], SXN, SX),
    a("sxn-list-06", "绍兴奖补项目的绩效评价分哪几个等次？", "list", ["优秀", "合格", "不合格"], SXN, SX),
    a("sxo-list-01", "绍兴2023年版的奖补办法一共有哪些奖补项目？", "list", ["企业实训基地", "产业学院", "学生岗位实习", "校企合作示范企业", "吸纳毕业生就业"], SXO, SX, items=8),
    # docfact — incl. whether the old one is still valid (answered by the replacement's repeal sentence)
    a("sxn-docfact-01", "绍兴现行的产教融合奖补资金管理办法文号是多少？", "docfact", ["绍政办规〔2026〕4号"], SXN, SX),
    a("sxn-docfact-02", "绍兴现在这个奖补资金管理办法是哪个单位印发的？", "docfact", ["绍兴市人民政府办公室"], SXN, SX),
    a("sxn-docfact-03", "绍兴新奖补办法的落款日期是哪天？", "docfact", ["2026年3月20日"], SXN, SX),
    a("sxn-docfact-04", "绍兴新的奖补办法有效期多长？", "docfact", ["有效期5年"], SXN, SX),
    a("sxn-docfact-05", "绍兴2023年那个产教融合奖补资金管理办法现在还有效吗？", "docfact", ["同时废止", "2026年5月1日"], SXN, SX),
    a("sxn-docfact-06", "绍政办发〔2023〕19号是不是已经废止了？", "docfact", ["绍政办发〔2023〕19号", "同时废止"], SXN, SX),
    a("sxn-docfact-07", "我手上有一份绍兴2023年的奖补办法，写着有效期5年，那是不是到2028年都还能用？", "docfact", ["同时废止", "2026年5月1日"], SXN, SX),
    a("sxn-docfact-08", "绍兴新奖补办法后面附了什么表？", "docfact", ["绍兴市产教融合奖补项目及标准表"], SXN, SX),
    a("sxn-docfact-09", "绍兴新办法是依据哪些法律和文件制定的？", "docfact", ["中华人民共和国职业教育法", "国办发〔2017〕95号"], SXN, SX),
    a("sxo-docfact-01", "绍兴旧版奖补办法的文号是多少？", "docfact", ["绍政办发〔2023〕19号"], SXO, SX),
    a("sxo-docfact-02", "绍兴2023年那版奖补办法是什么时候开始施行的？", "docfact", ["2023年7月1日"], SXO, SX),
    # general
    a("sxn-general-01", "我们是绍兴的企业，产教融合奖补现在怎么提交申报材料？", "general", ["绍兴市产教融合奖补申报系统"], SXN, SX),
    a("sxn-general-02", "我们第一次在绍兴申报，从交材料到拿到钱，整个流程是怎样的？", "general", ["初审", "专家评审", "公示7个工作日", "20个工作日"], SXN, SX),
    a("sxn-general-03", "绍兴产业学院的补助是怎么拨的？", "general", ["分两期拨付", "认定后拨付30万元", "建设期满考核合格后拨付20万元"], SXN, SX),
    a("sxn-general-04", "绍兴奖补资金的管理使用遵循什么原则？", "general", ["公开公正", "突出重点", "注重绩效", "就高不重复"], SXN, SX),
    a("sxn-general-05", "绍兴奖补项目绩效评价不合格会怎么样？", "general", ["产业学院第二期补助不予拨付", "下一年度不得申报"], SXN, SX),
    a("sxn-general-06", "在绍兴骗取产教融合奖补资金会怎么处理？", "general", ["追回已拨付资金", "5年内不得申报"], SXN, SX),
    a("sxn-general-07", "绍兴省级实训基地再奖励20万，有什么前提条件？", "general", ["已获市级补助"], SXN, SX),
    a("sxo-general-01", "我在整理2023年的档案，绍兴那个旧办法里骗取奖补资金是怎么处理的？", "general", ["追回已拨付资金", "3年内不得申报"], SXO, SX),
    # region-scoped (a district or county inside 绍兴; none of them is named by either document)
    a("sxn-region-scoped-01", "我们是柯桥区一家印染企业，最近接收了职校的实习生，每人每月能补多少？", "region-scoped", ["400元"], SXN, SX + "柯桥区"),
    a("sxn-region-scoped-02", "诸暨市的企业建实训基地，按绍兴市的政策能补多少比例，最高多少？", "region-scoped", ["25%", "150万元"], SXN, SX + "诸暨市"),
    a("sxn-region-scoped-03", "我们在上虞区，申报产教融合奖补的材料先交给谁初审？", "region-scoped", ["发展改革部门", "教育部门"], SXN, SX + "上虞区"),
    a("sxn-region-scoped-04", "嵊州市对企业的产教融合补助要配套的话，按市级标准至少多少比例？", "region-scoped", ["30%"], SXN, SX + "嵊州市"),
    a("sxn-region-scoped-05", "新昌县的企业每年什么时候申报产教融合奖补？", "region-scoped", ["3月1日至3月31日"], SXN, SX + "新昌县"),
    a("sxo-region-scoped-01", "越城区一家企业，2023年按当时的老办法报了实训基地，当时最高能补多少？", "region-scoped", ["100万元"], SXO, SX + "越城区"),
    # follow-ups
    a("sxn-fu-amount-01", "那一家企业一年最多能拿多少？", "amount", ["15万元"], SXN, SX, context=["绍兴市企业接收职校学生岗位实习现在补多少？"]),
    a("sxn-fu-amount-02", "那现在新的呢？", "amount", ["1.2万元"], SXN, SX, context=["2023年那个绍兴旧办法里，产业导师每人每年补多少？"]),
    a("sxo-fu-amount-01", "旧办法里是多少？", "amount", ["30万元"], SXO, SX, context=["绍兴现在产业学院补多少？"]),
    a("sxn-fu-person-01", "归哪个部门审核？", "person", ["市人力社保局"], SXN, SX, context=["绍兴职工技能提升补贴怎么补？"]),
    a("sxn-fu-time-01", "什么时候报？", "time", ["3月1日至3月31日"], SXN, SX, context=["我们是绍兴的企业，想申请实训基地补助。"]),
    a("sxn-fu-docfact-01", "这个文件现在还管用吗？", "docfact", ["同时废止"], SXN, SX, context=["绍兴2023年的产教融合奖补办法文号是多少？"]),
    a("sxn-fu-count-01", "一年支持几个？", "count", ["15个"], SXN, SX, context=["我们在绍兴建了个实训基地，补助比例是多少？"]),
    a("sxn-fu-yesno-01", "比以前涨了吗？", "yesno", ["2000元"], SXN, SX, context=["绍兴现在职工考高级工证书补多少？"]),
    # unstated: said by neither 绍兴 document
    x("x-unstated-m01", "绍兴产业导师拿的那1.2万补贴要不要交个人所得税？", "unstated", SX),
    x("x-unstated-m02", "我们在绍兴申报产教融合奖补要交评审费吗？", "unstated", SX),
    x("x-unstated-m03", "绍兴产业学院的建设期是几年？", "unstated", SX),
    x("x-unstated-m04", "绍兴奖补项目专家评审一般请几个专家？", "unstated", SX),
    x("x-unstated-m05", "我们是绍兴的企业，接收实习生要给他们买什么保险？", "unstated", SX),
    x("x-unstated-m06", "绍兴产教融合奖补联席会议多久开一次？", "unstated", SX),
    x("x-unstated-m07", "绍兴产教融合奖补申报系统的网址是多少？", "unstated", SX),
    x("x-unstated-m08", "绍兴企业给实习学生每月最低要发多少实习报酬？", "unstated", SX),
    # region-clash: sibling cities with no document in any round
    x("x-region-clash-m01", "湖州市企业接收职校学生岗位实习，每人每月补多少？", "region-clash", "浙江省湖州市"),
    x("x-region-clash-m02", "我们在湖州，和职院共建产业学院能补多少钱？", "region-clash", "浙江省湖州市"),
    x("x-region-clash-m03", "金华市产教融合奖补每年什么时候申报？", "region-clash", "浙江省金华市"),
    x("x-region-clash-m04", "金华企业建实训基地能补多少？", "region-clash", "浙江省金华市"),
    x("x-fragment-m01", "新的比旧的高了多少？", "fragment", ""),
    x("x-outofscope-m01", "绍兴黄酒哪个牌子好喝？", "outofscope", SX),
    x("x-outofscope-m02", "灵活就业人员的医保怎么交？", "outofscope", ""),
]

# ---------------------------------------------------------------- 新会 (test) ----
TEST = [
    # amount — current rules (the 2026 细则)
    a("xhn-amount-01", "我们是新会一家做不锈钢厨具的厂，跟冈州职校共建了实训基地，设备投了150万，区里能补多少？最多多少？", "amount", ["20%", "80万元"], XHN, XH),
    a("xhn-amount-02", "我们厂在新会，今年暑假接了20个区属职校的学生来岗位实习，每人每月能补多少？", "amount", ["300元"], XHN, XH),
    a("xhn-amount-03", "新会区岗位实习补贴，一家企业一年最多补多少？", "amount", ["8万元"], XHN, XH),
    a("xhn-amount-04", "我们公司在新会，有几个员工考了中级工证书，企业能拿多少补贴？", "amount", ["1000元"], XHN, XH),
    a("xhn-amount-05", "我们公司在新会，实训基地、课程开发几个项目一起报，一家企业一年最多能拿多少奖补？", "amount", ["80万元"], XHN, XH),
    a("xhn-amount-06", "新会区每年安排多少产教融合奖补资金？", "amount", ["1200万元"], XHN, XH),
    a("xhn-amount-07", "新会区技能证书补贴，初级工和高级工分别补多少？", "amount", ["500元", "1500元"], XHN, XH),
    a("xhn-amount-08", "我们和司前职校合作开发了两门实训课程，已经用在教学上了，在新会每门能补多少？", "amount", ["2万元"], XHN, XH),
    a("xhn-amount-09", "新会区级产业学院认定后补多少？", "amount", ["20万元"], XHN, XH),
    a("xhn-amount-10", "我是新会一家模具厂的技术员，被冈州职校聘去当技能到师，一个学期上了40个学时，能补多少？", "amount", ["3000元"], XHN, XH),
    a("xhn-amount-11", "新会区员工拿到专项职业能力证书，企业能补多少？", "amount", ["300元"], XHN, XH),
    a("xhn-amount-12", "我们是新会一家做汽配的企业，和司前职校共建实训基地，设备投了600万，能补多少？", "amount", ["80万元"], XHN, XH),
    a("xhn-amount-13", "我们在新会接了5个区属职校的实习生，每个要实习5个月，补贴每人每月多少，最多补几个月？", "amount", ["300元", "4个月"], XHN, XH),
    a("xhn-amount-14", "我们是新会一家家具厂，最近和冈州职校合作开发了3门实训课程，都已经上课用了，每门能补多少钱？", "amount", ["2万元"], XHN, XH),
    a("xhn-amount-15", "我是新会一家电子厂的工程师，每学期去司前职校当技能导师上36个学时的课，每学期能补多少？", "amount", ["3000元"], XHN, XH),
    a("xhn-amount-16", "我们打算在新会和区属职校共建实训基地，设备至少要投多少才能申报？", "amount", ["100万元以上"], XHN, XH),
    # amount — the 2023 试行 version named
    a("xho-amount-01", "新会2023年试行那版细则里，实训基底按多少比例补，最高多少？", "amount", ["15%", "50万元"], XHO, XH),
    a("xho-amount-02", "新会试行细则里岗位实习每人每月是多少？", "amount", ["200元"], XHO, XH),
    a("xho-amount-03", "我们2024年在镇上办了个技能培训点，当时新会的试行细则里这个补多少钱？", "amount", ["3万元"], XHO, XH),
    a("xho-amount-04", "新会试行版里一家企业一年最多拿多少？", "amount", ["50万元"], XHO, XH),
    a("xho-amount-05", "我们有个员工2024年考了高级工，按新会当时的试行细则补多少？", "amount", ["1200元"], XHO, XH),
    # person
    a("xhn-person-01", "我们在新会，接收职校实习生的补贴现在找哪个部门申请？", "person", ["区人力资源和社会保障局"], XHN, XH),
    a("xhn-person-02", "新会区级产教融合实训基地归哪个部门受理？", "person", ["区教育局"], XHN, XH),
    a("xhn-person-03", "新会区产教融合奖补工作是哪个部门牵头？", "person", ["区教育局"], XHN, XH),
    a("xhn-person-04", "我们的项目在新会公示完了，奖补资金最后由哪个部门拨到企业账户？", "person", ["区财政局"], XHN, XH),
    a("xhn-person-05", "新会区这个奖补实施细则由谁负责解释？", "person", ["区教育局", "区人力资源和社会保障局", "区财政局"], XHN, XH),
    a("xhn-person-06", "新会区教育局这边管产教融合奖补的联系人是谁？电话多少？", "person", ["梁志明", "0750-6321874"], XHN, XH),
    a("xhn-person-07", "我们想咨询新会的技能证书补贴，打哪个电话？", "person", ["0750-6308152"], XHN, XH),
    a("xhn-person-08", "我们跟区属职校共建产业学院，在新会由哪个部门认定？", "person", ["区教育局"], XHN, XH),
    a("xhn-person-10", "新会企业骗取奖补资金，由谁追回？", "person", ["区教育局会同区财政局"], XHN, XH),
    a("xhn-person-11", "我们想在新会申报区级产业学院，咨询电话打哪个？", "person", ["0750-6321874"], XHN, XH),
    a("xho-person-01", "新会2023年试行细则里，岗位实习补贴是哪个部门受理的？", "person", ["区教育局"], XHO, XH),
    a("xho-person-02", "我们在整理2023年的申报档案，当时按新会试行细则纸质材料是交到哪个部门的？", "person", ["区教育局"], XHO, XH),
    # time
    a("xhn-time-01", "我们是新会一家做电机的企业，想报产教融合奖补，每年什么时候可以申报？", "time", ["4月1日至4月20日", "9月1日至9月20日"], XHN, XH),
    a("xhn-time-02", "新会区新的奖补实施细则什么时候开始施行？", "time", ["2026年5月1日"], XHN, XH),
    a("xhn-time-03", "新会区申报截止后审核要多长时间？", "time", ["10个工作日"], XHN, XH),
    a("xhn-time-04", "新会公示结束后钱多久到账？", "time", ["15个工作日"], XHN, XH),
    a("xhn-time-05", "新会区审核结果公示几天？", "time", ["5个工作日"], XHN, XH),
    a("xhn-time-06", "我们在新会接的实习生要待半年，补贴每个学生最多补几个月？", "time", ["4个月"], XHN, XH),
    a("xhn-time-07", "在新会申报弄虚作假，多少年不能申报？", "time", ["3年"], XHN, XH),
    a("xhn-time-08", "我们错过了新会上半年那批申报，下半年那批几号截止？", "time", ["9月20日"], XHN, XH),
    a("xhn-time-09", "我们新会的公司上半年没来得及报，第二批从哪天开始？", "time", ["9月1日"], XHN, XH),
    a("xho-time-01", "新会试行版细则规定每年什么时候申报？", "time", ["5月1日至5月31日"], XHO, XH),
    a("xho-time-02", "新会那个试行细则是从什么时候开始施行的？", "time", ["自印发之日起施行"], XHO, XH),
    # count
    a("xhn-count-01", "新会区级实训基地每年至少要接纳多少人次学生实训？", "count", ["500人次"], XHN, XH),
    a("xhn-count-02", "我们在新会跟职校开发实训课程，一年最多能补几门？", "count", ["4门"], XHN, XH),
    a("xhn-count-03", "我是新会一所职校的教务，一个学期最多能给几个企业技能导师申请补贴？", "count", ["20人"], XHN, XH),
    a("xhn-count-04", "新会技能导师每学期至少要上多少学时？", "count", ["32学时"], XHN, XH),
    a("xhn-count-05", "我们想和区属职校在新会共建产业学院，在校生要多少人以上？", "count", ["80人"], XHN, XH),
    a("xhn-count-06", "新会区产教融合奖补一年分几批申报？", "count", ["两批"], XHN, XH),
    a("xho-count-01", "新会试行细则里课程开发每年最多补几门？", "count", ["3门"], XHO, XH),
    a("xho-count-02", "新会那个试行细则要求纸质材料交几份？", "count", ["一式三份"], XHO, XH),
    # yesno
    a("xhn-yesno-01", "新会新细则的岗位实习补贴比试行版高了吗？", "yesno", ["300元"], XHN, XH),
    a("xhn-yesno-02", "我们的实训基地设备投了500万，新会区级实训基地的封顶额是不是提高了？", "yesno", ["80万元"], XHN, XH),
    a("xhn-yesno-03", "新会这次修订，审核结果公示期有变化吗？", "yesno", ["5个工作日"], XHN, XH),
    a("xhn-yesno-04", "新会实训课程开发每门的补助涨了没有？", "yesno", ["2万元"], XHN, XH),
    a("xhn-yesno-05", "以前在新会都是交纸质材料一式三份，现在还收纸质材料吗？", "yesno", ["不再受理纸质材料"], XHN, XH),
    a("xhn-yesno-06", "我们新会的实训基地项目已经拿了江门市里的资金，区里还能再补吗？", "yesno", ["区级不再重复支持"], XHN, XH),
    a("xhn-yesno-07", "我们公司在新会注册才半年，能申报产教融合奖补吗？", "yesno", ["依法经营1年以上"], XHN, XH),
    a("xhn-yesno-08", "我们新会一个员工同一年里先后考了中级工和专项职业能力证书，能补两次吗？", "yesno", ["同一年度只享受一次补贴"], XHN, XH),
    a("xhn-yesno-09", "我们是新会的企业，跟市区一所市属高职共建实训基地，能申报新会区级实训基地吗？", "yesno", ["区属职业院校"], XHN, XH),
    a("xhn-yesno-10", "新会区现在每年安排的产教融合奖补资金比以前多了吗？", "yesno", ["1200万元"], XHN, XH),
    a("xhn-yesno-11", "我们在新会的实训基地一年能接400人次学生实训，够区级实训基地的条件吗？", "yesno", ["500人次"], XHN, XH),
    a("xho-yesno-01", "新会2023年那个试行细则里，企业在镇街办技能培训点有补助吗？", "yesno", ["3万元"], XHO, XH),
    a("xho-yesno-02", "新会试行版里，已经拿过市级资金的项目区里还补不补？", "yesno", ["区级不再重复支持"], XHO, XH),
    # list
    a("xhn-list-01", "我们第一次在新会申报产教融合奖补，要准备哪些材料？", "list", ["新会区产教融合奖补申报表", "营业执照", "校企合作协议", "相关佐证材料", "申报材料真实性承诺书"], XHN, XH),
    a("xhn-list-02", "新会区人社局受理哪些奖补项目？", "list", ["学生岗位实习", "职业技能等级证书", "专项职业能力证书"], XHN, XH),
    a("xhn-list-03", "新会的区属职业院校是哪几所？", "list", ["新会区冈州职业技术学校", "新会区司前职业技术学校"], XHN, XH),
    a("xhn-list-04", "新会区产教融合奖补现在都有哪些项目？", "list", ["区级产教融合实训基地", "学生岗位实习", "职业技能等级证书", "区级产业学院", "企业技能导师"], XHN, XH, items=7),
    a("xhn-list-05", "我们厂员工考各种证的都有，新会技能证书补贴的标准分别是多少？", "list", ["500元", "1000元", "1500元", "300元"], XHN, XH),
    a("xhn-list-06", "我们是新会的企业，区教育局那边受理哪些奖补项目？", "list", ["区级产教融合实训基地", "实训课程开发", "区级产业学院", "企业技能导师"], XHN, XH),
    a("xho-list-01", "新会2023年试行细则里有哪些奖补项目？", "list", ["区级产教融合实训基地", "学生岗位实习", "职业技能等级证书", "镇（街）技能培训点", "实训课程开发"], XHO, XH),
    # docfact
    a("xhn-docfact-01", "新会区新的奖补实施细则文号是多少？", "docfact", ["新府办〔2026〕11号"], XHN, XH),
    a("xhn-docfact-02", "新会新细则落款日期是哪天？", "docfact", ["2026年4月8日"], XHN, XH),
    a("xhn-docfact-03", "新会新的奖补细则有效期多久？", "docfact", ["有效期3年"], XHN, XH),
    a("xhn-docfact-04", "新会那个试行的产教融合奖补细则现在还有效吗？", "docfact", ["同时废止", "2026年5月1日"], XHN, XH),
    a("xhn-docfact-05", "我在新会区政府网站上看到新府办〔2023〕27号那个细则，信息栏里写着“有效”，现在还能按它申报吗？", "docfact", ["同时废止", "2026年5月1日"], XHN, XH),
    a("xhn-docfact-06", "新会新的奖补细则和2023年那个试行细则是什么关系？", "docfact", ["新会区产教融合奖补实施细则（试行）", "同时废止"], XHN, XH),
    a("xhn-docfact-07", "新会新细则后面的附件叫什么？", "docfact", ["新会区产教融合奖补项目受理一览表"], XHN, XH),
    a("xhn-docfact-08", "新会新的奖补细则是哪天在网上发布的？", "docfact", ["2026-04-10"], XHN, XH),
    a("xhn-docfact-09", "新会新的奖补细则是哪个单位印发的？", "docfact", ["江门市新会区人民政府办公室"], XHN, XH),
    a("xhn-docfact-10", "我们公司还在按新府办〔2023〕27号准备材料，这个文件是不是已经被替代了？被哪个文件替代？", "docfact", ["新府办〔2026〕11号", "同时废止"], XHN, XH),
    a("xho-docfact-01", "新会试行细则的文号是多少？", "docfact", ["新府办〔2023〕27号"], XHO, XH),
    a("xho-docfact-02", "新会试行细则在政府网站上的索引号是多少？", "docfact", ["007183524/2023-00156"], XHO, XH),
    a("xho-docfact-03", "新会那个试行细则的印发通知落款是哪天？", "docfact", ["2023年9月18日"], XHO, XH),
    a("xho-docfact-04", "新会试行细则在区政府网站上是哪天发布的？", "docfact", ["2023-09-21"], XHO, XH),
    # general
    a("xhn-general-01", "我们是新会的企业，产教融合奖补现在怎么申报？", "general", ["新会区政务服务网", "在线申报"], XHN, XH),
    a("xhn-general-02", "我们第一次在新会申报，交上去以后怎么审？", "general", ["10个工作日", "实地核查", "公示5个工作日"], XHN, XH),
    a("xhn-general-03", "新会骗取奖补资金会怎么处理？", "general", ["追回资金", "3年内取消其申报资格"], XHN, XH),
    a("xhn-general-04", "新会奖补资金的绩效评价结果拿来干什么？", "general", ["调整奖补标准的依据"], XHN, XH),
    a("xhn-general-05", "我在新会的一个镇上管经济这块，镇街在产教融合奖补里负责什么？", "general", ["政策宣传和申报组织"], XHN, XH),
    a("xhn-general-06", "新会区级实训基地要满足什么条件？", "general", ["100万元以上", "500人次"], XHN, XH),
    a("xhn-general-07", "新会产教融合奖补资金从哪里出？", "general", ["纳入区教育局部门预算"], XHN, XH),
    a("xhn-general-08", "我们是新会的企业，申报的时候是网上交还是去窗口交？", "general", ["在线申报"], XHN, XH),
    # region-scoped
    a("xhn-region-scoped-01", "我们是司前镇一家五金厂，接收了区属职校的实习生，每人每月补多少？", "region-scoped", ["300元"], XHN, XH + "司前镇"),
    a("xhn-region-scoped-02", "崖门镇的企业员工考了中级工证，能补多少？", "region-scoped", ["1000元"], XHN, XH + "崖门镇"),
    a("xhn-region-scoped-03", "会城街道的企业每年什么时候申报产教融合奖补？", "region-scoped", ["4月1日至4月20日", "9月1日至9月20日"], XHN, XH + "会城街道"),
    a("xhn-region-scoped-04", "我们是大泽镇的企业，和职校合作开发实训课程，一年最多补几门？", "region-scoped", ["4门"], XHN, XH + "大泽镇"),
    a("xho-region-scoped-01", "我们在司前镇，2023年按试行细则报过实训基地，当时最高补多少？", "region-scoped", ["50万元"], XHO, XH + "司前镇"),
    # follow-ups
    a("xhn-fu-amount-01", "一家企业一年最多能补多少？", "amount", ["8万元"], XHN, XH, context=["新会区现在岗位实习补贴每人每月多少？"]),
    a("xhn-fu-amount-02", "那现在新细则呢？", "amount", ["80万元"], XHN, XH, context=["新会2023年试行细则里实训基地最高补多少？"]),
    a("xho-fu-amount-01", "试行版里是多少？", "amount", ["800元"], XHO, XH, context=["新会现在技能证书中级工补多少？"]),
    a("xhn-fu-person-01", "找哪个部门办？", "person", ["区人力资源和社会保障局"], XHN, XH, context=["新会的专项职业能力证书补多少？"]),
    a("xhn-fu-time-01", "什么时候可以报？", "time", ["4月1日至4月20日", "9月1日至9月20日"], XHN, XH, context=["我们是新会的企业，想申请区级产业学院补助。"]),
    a("xhn-fu-docfact-01", "这个现在还有效吗？", "docfact", ["同时废止"], XHN, XH, context=["新府办〔2023〕27号是新会的什么文件？"]),
    a("xhn-fu-yesno-01", "比试行的时候高吗？", "yesno", ["80万元"], XHN, XH, context=["新会现在一家企业一年最多能拿多少奖补？"]),
    a("xhn-fu-count-01", "在校生要多少人？", "count", ["80人"], XHN, XH, context=["新会区级产业学院补多少？"]),
    a("xhn-fu-general-01", "结果在哪儿公示？", "general", ["区政府门户网站"], XHN, XH, context=["我们在新会报了产教融合奖补，审核要多久？"]),
    # unstated: said by neither 新会 document
    x("x-unstated-m09", "新会技能导师拿的补贴要交个人所得税吗？", "unstated", XH),
    x("x-unstated-m10", "新会区级产业学院每年认定几个？", "unstated", XH),
    x("x-unstated-m11", "我们新会的企业接收职校实习生，要不要给学生买保险？", "unstated", XH),
    x("x-unstated-m12", "在新会申报产教融合奖补要交评审费吗？", "unstated", XH),
    x("x-unstated-m13", "新会企业技能导师需要什么职称？", "unstated", XH),
    x("x-unstated-m14", "新会各镇街给企业的配套比例是多少？", "unstated", XH),
    x("x-unstated-m15", "新会区级实训基地补助的验收标准是什么？", "unstated", XH),
    x("x-unstated-m16", "新会区级产业学院那20万补助能不能用来发老师工资？", "unstated", XH),
    x("x-unstated-m17", "我是冈州职校的老师，新会企业技能导师的补贴是直接发给导师本人还是发给学校？", "unstated", XH),
    # region-clash: a sibling district and a sibling county-level city, no document in any round
    x("x-region-clash-m05", "江门市蓬江区企业接收职校学生实习，每人每月补多少？", "region-clash", "广东省江门市蓬江区"),
    x("x-region-clash-m06", "我们在蓬江区，区级产业学院补多少？", "region-clash", "广东省江门市蓬江区"),
    x("x-region-clash-m07", "台山市企业员工考中级工证书补多少钱？", "region-clash", "广东省江门市台山市"),
    x("x-region-clash-m08", "台山市产教融合实训基地补助比例是多少？", "region-clash", "广东省江门市台山市"),
    x("x-fragment-m02", "试行的那个还能用吗？", "fragment", ""),
    x("x-outofscope-m03", "新会陈皮哪里买才正宗？", "outofscope", XH),
    x("x-outofscope-m04", "小孩上小学报名要准备什么材料？", "outofscope", ""),
]

# Words that must not occur in the documents of the region an `unstated` line names (check_fresh8.py checks them).
UNSTATED_ABSENT = {
    "x-unstated-m01": ["所得税", "个税"], "x-unstated-m02": ["评审费", "费用"], "x-unstated-m03": ["建设期为", "建设期限", "建设期3", "建设期2", "建设期1"],
    "x-unstated-m04": ["专家人数", "名专家", "位专家", "专家组"], "x-unstated-m05": ["保险"], "x-unstated-m06": ["每季度", "每半年", "每年召开", "定期召开"],
    "x-unstated-m07": ["网址", "http", "www"], "x-unstated-m08": ["报酬", "工资", "薪酬"],
    "x-unstated-m09": ["所得税", "个税"], "x-unstated-m10": ["每年认定", "产业学院每年", "每年支持"], "x-unstated-m11": ["保险"],
    "x-unstated-m12": ["评审费", "费用"], "x-unstated-m13": ["职称", "任职资格", "技术职务"], "x-unstated-m14": ["配套比例", "%的比例", "不低于"],
    "x-unstated-m15": ["验收"], "x-unstated-m16": ["工资", "开支范围", "可用于", "用于支付"],
    "x-unstated-m17": ["发给导师", "导师本人", "给予导师", "拨付给学校", "发放给"],
}


def main():
    for name, rows in (("fresh8-dev.jsonl", DEV), ("fresh8-test.jsonl", TEST)):
        with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
            for d in rows:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        own = sum(1 for d in rows if d["q"].startswith(("我们", "我是", "我在", "我前年", "我手上")))
        print(name, len(rows), "lines;", own, "start with the asker's own situation;",
              "fu", sum(1 for d in rows if "context" in d), "; items", sum(1 for d in rows if "items" in d))
        print("  ", dict(Counter(d["kind"] for d in rows)))
        print("   by doc", dict(Counter(d.get("doc", "-") for d in rows)))


if __name__ == "__main__":
    main()
