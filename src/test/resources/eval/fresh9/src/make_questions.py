#!/usr/bin/env python3
"""Write ../../fresh9-dev.jsonl (常德: 实施方案 + 申报通知) and ../../fresh9-test.jsonl (仙桃: 认定管理办法 + 政策问答).

    cd fresh9/src && python3 make_questions.py && python3 ../check_fresh9.py

The questions were written from the four fictional documents only (虚构测试文档，非真实政策), in users' words.
Ids: cdf 常德 方案 (.docx), cdt 常德 通知 (OCR .txt), xtb 仙桃 办法 (公报 .pdf), xtw 仙桃 问答 (.html) — by the line's
`doc`; lines that must not be answered: x-<kind>-nNN.

BOTH: lines whose fact is stated by both documents of the region — every must string occurs in both (checked by
../check_fresh9.py), so an answer from either document is right; `doc` is then the document that states it in more
detail or the one the question names. UNSTATED_ABSENT: the give-away words of each `unstated` line, none of which
occurs in either document of its region (checked).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))

CD, XT = "湖南省常德市", "湖北省仙桃市"
CDF, CDT = "changde-shishi-fangan", "changde-shenbao-tongzhi"
XTB, XTW = "xiantao-rending-banfa", "xiantao-zhengce-wenda"
DOC_OF = {"cdf": CDF, "cdt": CDT, "xtb": XTB, "xtw": XTW}

BOTH = set()
UNSTATED_ABSENT = {}
DEV, TEST = [], []


def q(qid, text, kind, must, region, ctx=None, items=None, both=False):
    d = {"id": qid, "q": text, "kind": kind, "must": must, "doc": DOC_OF[qid.split("-")[0]], "region": region}
    if items:
        d["items"] = items
    if ctx:
        d["context"] = ctx
    if both:
        BOTH.add(qid)
    (DEV if qid.startswith("cd") else TEST).append(d)


def x(qid, text, kind, region, split, words=None):
    d = {"id": qid, "q": text, "kind": kind, "region": region,
         "expect": "clarify" if kind == "fragment" else "none"}
    if words:
        UNSTATED_ABSENT[qid] = words
    (DEV if split == "dev" else TEST).append(d)


# ------------------------------------------------------------------ 常德 (dev) -------------------------------------
# amount
q("cdt-amount-01", "我们是做模具的，在常德经开区，打算建个给职校学生用的实训基地，设备大概要投300万，市里能补多少？", "amount",
  ["20%", "50万元"], CD)
q("cdf-amount-01", "常德市级产教融合实训基地现在最高补多少钱？", "amount", ["50万元"], CD, both=True)
q("cdt-amount-02", "我们学校和一家装备制造企业在常德合办了产业学院，认定成市级以后能给多少建设经费？", "amount", ["30万元"], CD, both=True)
q("cdt-fu-amount-01", "这钱是一次给齐吗？先给多少？", "amount", ["20万元", "10万元"], CD,
  ctx=["我们学校和一家装备制造企业在常德合办了产业学院，认定成市级以后能给多少建设经费？"])
q("cdf-amount-02", "常德市财政每年拿多少钱做产教融和专项资金？", "amount", ["2000万元"], CD, both=True)
q("cdf-amount-03", "常德的区县对产教融合项目要不要配套？按什么比例？", "amount", ["40%"], CD)
q("cdt-amount-03", "我们厂在常德，每年接二十来个职校学生岗位实习，每人每月补多少，一家企业一年封顶多少？", "amount", ["300元", "10万元"], CD)
q("cdf-amount-04", "我是常德一家生物医药企业的工程师，被职院聘为产业导师，一年能有多少补贴？", "amount", ["1万元"], CD, both=True)
q("cdt-amount-04", "我们园区牵头在常德组建了市域产教联合体，认定为市级的能拿多少补助？", "amount", ["80万元"], CD, both=True)
q("cdf-amount-05", "常德的企业招本市职业院校毕业生，签了一年以上合同，每招一个人能补多少？", "amount", ["1000元"], CD)
q("cdf-fu-amount-01", "一家企业一年最多能拿多少？", "amount", ["5万元"], CD,
  ctx=["常德的企业招本市职业院校毕业生，签了一年以上合同，每招一个人能补多少？"])
q("cdt-amount-05", "我们公司和常德一所职院共建了技术技能创新服务平台，认定了每个补多少？", "amount", ["40万元"], CD, both=True)
q("cdt-amount-06", "我们是常德一家小型机械厂，今年想报市级产教融合实训基地，设备投入至少要多少？", "amount", ["100万元"], CD)
q("cdt-amount-07", "我们去年评上了常德市级产教融合型企业，今年报实训基地，专家评审能加几分？", "amount", ["加5分"], CD)
q("cdf-amount-06", "常德到2028年职业院校毕业生在常就业率要达到多少？", "amount", ["60%"], CD)
q("cdf-amount-07", "那个实施方案里，常德重点产业相关专业占比到2028年要达到多少？", "amount", ["80%"], CD)

# person
q("cdf-person-01", "我在常德市教育局职成科工作，建设市级产教融合实训基地这项任务现在还是我们局牵头吗？", "person", ["市发展改革委"], CD)
q("cdf-person-02", "常德产教融合工作联席会议的召集人是谁？", "person", ["分管副市长"], CD)
q("cdf-person-03", "常德产教融合联席会议办公室设在哪个部门？", "person", ["市发展改革委"], CD)
q("cdf-person-04", "常德组建行业产教融合共同体由哪个单位牵头？", "person", ["市工业和信息化局"], CD)
q("cdf-person-05", "常德技术技能创新服务平台那项任务谁牵头，谁配合？", "person", ["市科技局", "市教育局", "市财政局"], CD)
q("cdf-person-06", "常德在经开区和高新区设产教融合人才服务站，牵头单位是哪个？", "person",
  ["常德经开区管委会", "常德高新区管委会"], CD)
q("cdf-person-07", "常德引导市属国有企业和职业院校合作，这事归哪个部门牵头？", "person", ["市国资委"], CD)
q("cdf-person-08", "常德这个深化产教融合实施方案由哪个部门负责解释？", "person", ["市发展改革委会同市教育局"], CD)
q("cdt-person-01", "我是常德一所市直职业院校的老师，学校申报产教融合项目，材料直接交哪个部门？", "person", ["市教育局"], CD)
q("cdt-person-02", "常德申报产教融合项目，初审是谁来做？", "person", ["发展改革部门", "人力资源社会保障部门"], CD)
q("cdt-person-03", "常德产教融合项目的补助资金最后由哪个部门拨付？", "person", ["市财政局"], CD)
q("cdt-person-04", "常德产教融合项目申报，咨询产业导师补贴该找教育局的谁？电话多少？", "person", ["向丽萍", "0736-7264519"], CD)
q("cdt-fu-person-01", "发改委那边的联系人是谁？", "person", ["覃志远", "0736-7718263"], CD,
  ctx=["常德2026年产教融合项目申报通知是哪几个部门发的？"])

# time
q("cdt-time-01", "常德2026年度产教融合项目什么时候开始申保，截止到哪天？", "time", ["4月20日", "5月31日"], CD)
q("cdt-time-02", "我在常德一个区县发改局负责初审，初审完了什么时候前要报到市发改委？", "time", ["6月15日前"], CD)
q("cdt-time-03", "常德产教融合项目专家评审大概在什么时候？", "time", ["6月下旬"], CD)
q("cdt-time-04", "我们常德的实训基地项目如果评上了，补助资金什么时候能到账？", "time", ["9月底前"], CD)
q("cdt-fu-time-01", "审定以后在哪公示，公示几天？", "time", ["门户网站", "7个工作日"], CD,
  ctx=["常德产教融合项目的评审结果由谁审定？"])
q("cdf-time-01", "常德深化产教融合实施方案有效期到什么时候？", "time", ["2028年12月31日"], CD)
q("cdf-time-02", "常德的产教融合信息服务平台计划什么时候建成？", "time", ["2026年底前"], CD)
q("cdf-time-03", "常德的重点产业紧缺人才需求清单每年什么时候发布？", "time", ["3月底前"], CD)
q("cdf-time-04", "常德认定100家市级产教融合型企业，分工表里的完成时限是哪年？", "time", ["2028年底前"], CD)
q("cdf-time-05", "常德市级产业学院的建设期是几年？", "time", ["3年"], CD)
q("cdf-time-06", "常德市公共实训基地什么时候要建好？", "time", ["2027年底前"], CD)
q("cdf-fu-time-01", "每年什么时候要形成监测分析报告？", "time", ["12月底前"], CD,
  ctx=["常德产教融合统计监测制度是谁牵头？"])
q("cdf-time-07", "常德对这个实施方案的总结评估安排在什么时候？", "time", ["2028年底"], CD)

# count
q("cdt-fu-count-01", "今年一共评几个？", "count", ["8个"], CD, ctx=["我们想在常德报市级产教融合实训基地。"])
q("cdt-count-01", "常德2026年拟认定几个市级产业学院？", "count", ["5个"], CD)
q("cdf-count-01", "常德到2028年总共要建设多少个市级产业学院？", "count", ["20个"], CD)
q("cdt-count-02", "我是常德一所职院的教务处长，学校申报产业导师补贴一年最多报几个人？导师每学年至少要上多少学时？", "count", ["10人", "40学时"], CD)
q("cdt-count-03", "我们是常德一家企业，今年同一年度最多能报几个产教融合项目？", "count", ["2个"], CD)
q("cdt-count-04", "常德申报市域产教联合体，成员单位至少要多少家，其中企业要多少家？", "count", ["40家", "25家"], CD,
  both=True)
q("cdt-count-05", "申报通知里说常德纸质材料要交几份？", "count", ["一式三份"], CD)
q("cdf-count-02", "常德每年要培养多少名现场工程师？", "count", ["200名"], CD)
q("cdf-count-03", "常德的市级产教融合实训基地每年要对职校学生开放多少人次？", "count", ["500人次"], CD, both=True)
q("cdf-count-04", "常德到2028年要组建几个市域产教联合体、几个行业产教融合共同体？", "count", ["3个", "5个"], CD)
q("cdf-count-05", "常德市属国有企业每家至少要和几所职业院校建立合作？", "count", ["1所"], CD)
q("cdf-fu-count-01", "那每年遴选多少名？", "count", ["100名"], CD, ctx=["常德聘请产业导师每人每年补多少？"])

# yesno
q("cdt-yesno-01", "常德实训基地的设备投入，厂房土建的钱能不能算进去？", "yesno", ["不含土建"], CD)
q("cdt-yesno-02", "我们公司在常德注册刚满8个月，今年能申报产教融合项目吗？", "yesno", ["满1年"], CD)
q("cdt-yesno-03", "我们的实训基地去年已经拿过市里另一个专项的钱了，今年还能在常德再报产教融合项目吗？", "yesno",
  ["不得重复申报"], CD)
q("cdt-yesno-04", "常德产教融合项目5月31号截止，我们6月初补交行不行？", "yesno", ["逾期不予受理"], CD)
q("cdt-yesno-05", "我们是做模具的，去年刚评上常德市级产教融合型企业，今年报实训基地有优势吗？", "yesno", ["优先支持", "加5分"], CD)
q("cdt-yesno-06", "我们在常德报产教融合项目，申报材料能只发电子版吗？", "yesno", ["一式三份"], CD)
q("cdt-yesno-07", "常德今年的产教融合专项资金要是不够用，会追加吗？", "yesno", ["不予追加"], CD)
q("cdt-yesno-08", "我们是常德一所技工学校，能申报市级产教融合项目吗？", "yesno", ["技工院校"], CD)
q("cdt-yesno-09", "常德申报产教融合项目的单位弄虚作假被查出来，以后还能报吗？", "yesno", ["3年内取消"], CD)
q("cdf-yesno-01", "一个项目同时符合常德这个实施方案和市里别的政策，能两头都拿吗？", "yesno", ["就高不重复"], CD)
q("cdf-yesno-02", "常德这个深化产教融合实施方案现在还有效吗？", "yesno", ["2028年12月31日"], CD)
q("cdf-yesno-03", "常德对吸纳本地职校毕业生的企业，只签半年合同的能拿补助吗？", "yesno", ["1年以上劳动合同"], CD)
q("cdf-fu-yesno-01", "之前不是听说最高30万吗，改了？", "yesno", ["50万元"], CD,
  ctx=["常德市级产教融合实训基地最高补多少？"])

# list
q("cdt-list-01", "我们公司第一次在常德申报产教融合项目，要准备哪些材料？", "list",
  ["申报书", "营业执照", "校企合作协议", "设备购置发票", "产业导师聘用协议", "岗位实习协议", "申报承诺书"], CD)
q("cdt-list-02", "常德2026年产教融合项目能报哪几类？", "list",
  ["实训基地", "产业学院", "市域产教联合体", "技术技能创新服务平台", "产业导师补贴", "岗位实习补贴"], CD)
q("cdt-list-03", "常德这个产教融合项目申报通知是哪几个部门联合发的？", "list",
  ["常德市发展和改革委员会", "常德市教育局", "常德市财政局", "常德市人力资源和社会保障局"], CD)
q("cdt-list-04", "常德申报通知后面附了哪些附件？", "list", ["申报书", "申报承诺书", "推荐汇总表"], CD)
q("cdf-list-01", "常德实施方案里市教育局牵头的任务有哪些？", "list",
  ["优化职业教育专业布局", "培养现场工程师", "推进中高职贯通培养", "建设市级产业学院", "开展产业学院考核",
   "推动实训基地开放共享", "聘请产业导师", "完善教师考核评价"], CD, items=17)
q("cdf-list-02", "常德分工表里市发展改革委牵头哪些任务？", "list",
  ["组建市域产教联合体", "建设产教融合信息服务平台", "建设市级产教融合实训基地", "建立产教融合型企业培育库",
   "开展市级产教融合型企业认定", "落实产教融合型企业激励政策", "推荐省级产教融合型企业", "总结推广典型案例"], CD)
q("cdf-list-03", "我在常德人社局上班，我们局牵头的产教融合任务有哪些？", "list",
  ["发布产业人才需求清单", "规范学生岗位实习", "开展校企联合招聘", "支持企业吸纳毕业生", "建设市公共实训基地",
   "开展企业职工技能提升"], CD)
q("cdf-list-04", "常德产教融合工作联席会议有哪些成员单位？", "list",
  ["市发展改革委", "市教育局", "市人力资源社会保障局", "市财政局", "市工业和信息化局"], CD)
q("cdf-list-05", "常德方案里“培育产教融合型企业”这一块有哪几项任务？", "list",
  ["建立产教融合型企业培育库", "开展市级产教融合型企业认定", "落实产教融合型企业激励政策", "推荐省级产教融合型企业",
   "引导国有企业参与", "引导规上工业企业参与"], CD)
q("cdf-list-06", "常德方案里哪些任务是各区县（市）人民政府牵头？", "list",
  ["推进区县（市）产教融合", "建设区县（市）公共实训中心"], CD)
q("cdf-list-07", "常德哪几个县先开展区县产教融合试点？", "list", ["桃源县", "澧县", "汉寿县"], CD)

# docfact
q("cdf-docfact-01", "常德深化产教融合实施方案的文号是多少？", "docfact", ["常政办发〔2026〕6号"], CD, both=True)
q("cdt-docfact-01", "常德今年产教融合项目申报通知的文号是多少？", "docfact", ["常发改社会〔2026〕37号"], CD)
q("cdf-fu-docfact-01", "那个实施方案的文号呢？", "docfact", ["常政办发〔2026〕6号"], CD, both=True,
  ctx=["常德今年产教融合项目申报通知的文号是多少？"])
q("cdf-docfact-02", "常德那个三年的产教融合实施方案是哪个单位印发的？", "docfact", ["常德市人民政府办公室"], CD)
q("cdf-docfact-03", "常德产教融合实施方案的落款日期是哪天？", "docfact", ["2026年2月24日"], CD)
q("cdf-docfact-04", "常德深化产教融合实施方案带了什么附件？", "docfact", ["重点任务分工表"], CD)
q("cdf-docfact-05", "常德实施方案是哪天印发的？", "docfact", ["2026年2月25日"], CD)
q("cdf-docfact-06", "常德深化产教融合实施方案管哪几年？", "docfact", ["2026—2028年"], CD, both=True)
q("cdt-docfact-02", "常德产教融合项目申报通知落款是哪天？", "docfact", ["4月8日"], CD)
q("cdt-docfact-03", "常德今年的申报通知是依据哪个文件出的？", "docfact", ["常德市深化产教融合实施方案", "常政办发〔2026〕6号"], CD)
q("cdt-docfact-04", "我们在常德申报产教融合项目，电子版材料发到哪个邮箱？", "docfact", ["cdcjrh2026@163.com"], CD)
q("cdt-docfact-05", "我们要交常德申报通知要求的纸质材料，送到哪里？", "docfact", ["朗州北路168号", "612室"], CD)
q("cdt-docfact-06", "常德这个申报通知是公开的吗？", "docfact", ["主动公开"], CD)

# general
q("cdt-general-01", "常德产教融合项目申报的流程是怎样的？", "general", ["单位申报", "初审推荐", "专家评审", "审定公示", "资金拨付"], CD)
q("cdt-general-02", "我们在常德准备纸质申报材料，装订有什么要求？", "general", ["按上述顺序装订成册", "一式三份"], CD)
q("cdt-general-03", "我们学校想和企业在常德申报市级产业学院，要满足什么条件？", "general", ["5年", "150人"], CD)
q("cdt-general-04", "我们在常德拿到产教融合补助资金以后怎么用，有什么要求？", "general", ["专款专用"], CD)
q("cdt-general-05", "常德申报产教融合项目的基本条件有哪些？", "general", ["依法经营", "重大安全生产", "严重违法失信"], CD)
q("cdf-general-01", "常德这个方案的指导思想里说要构建什么样的格局？", "general", ["政府统筹、行业指导、企业参与、院校主体"], CD)
q("cdf-general-02", "常德的产业学院怎么管理？", "general", ["校企共同管理"], CD)
q("cdf-general-03", "常德的市公共实训基地建在哪，面向谁开放？", "general", ["常德经开区", "企业职工", "院校学生", "社会人员"], CD)
q("cdf-general-04", "常德的产教融合信息服务平台要集成哪些信息？", "general",
  ["企业用工需求", "院校专业资源", "实训基地", "产业导师"], CD)
q("cdf-general-05", "常德鼓励企业怎么参与产业学院建设？", "general", ["设备、技术、场地"], CD)
q("cdf-general-06", "我是常德一所职院的专业课老师，方案里对教师企业实践是怎么安排的？", "general", ["纳入教师年度考核", "300人次"], CD)
q("cdf-general-07", "常德那个分工表里标★是什么意思？", "general", ["牵头单位"], CD)
q("cdf-general-08", "常德这个方案执行得怎么样，由谁评估？", "general", ["市发展改革委会同市教育局每年对方案实施情况开展评估"], CD)

# region-scoped
q("cdt-region-scoped-01", "我们是鼎城区的一家食品企业，报常德市级产教融合项目，材料交给谁？", "region-scoped", ["发展改革部门"],
  CD + "鼎城区")
q("cdt-region-scoped-02", "澧县一家企业接收职校学生实习，按常德的政策每人每月补多少？", "region-scoped", ["300元"], CD + "澧县",
  both=True)
q("cdf-region-scoped-01", "桃源县要建区县公共实训中心吗？谁牵头？", "region-scoped", ["1个公共实训中心", "各区县（市）人民政府"],
  CD + "桃源县")
q("cdt-region-scoped-03", "石门县今年最多能往常德市里推荐几个实训基地？", "region-scoped", ["不超过3个"], CD + "石门县")
q("cdf-region-scoped-02", "武陵区的企业建常德市级产教融合实训基地，最高补多少？", "region-scoped", ["50万元"], CD + "武陵区", both=True)
q("cdf-region-scoped-03", "汉寿县参加区县产教融合试点，要求职业中专和企业共建几个实训中心？", "region-scoped", ["至少1个实训中心"],
  CD + "汉寿县")

x("x-fragment-n01", "截止到什么时候？", "fragment", "", "dev")
x("x-fragment-n02", "这个能补多少？", "fragment", "", "dev")
x("x-outofscope-n01", "常德桃花源景区门票多少钱？", "outofscope", CD, "dev")
x("x-outofscope-n02", "个人住房公积金贷款利率现在是多少？", "outofscope", "", "dev")
x("x-outofscope-n03", "常德今年中考录取分数线是多少？", "outofscope", CD, "dev")

x("x-unstated-n01", "常德的产业学院考核优秀的话，还能再拿一笔奖励吗？", "unstated", CD, "dev", ["考核优秀", "一次性奖励", "再给予"])
x("x-unstated-n02", "常德产教融合项目专家评审一般请几个专家？", "unstated", CD, "dev", ["名专家", "位专家", "专家组由"])
x("x-unstated-n03", "常德产业导师拿的1万元补贴要交个人所得税吗？", "unstated", CD, "dev", ["所得税", "个税", "纳税"])
x("x-unstated-n04", "常德产教融合工作联席会议一年开几次？", "unstated", CD, "dev", ["每年召开", "召开一次", "每半年", "每季度"])
x("x-unstated-n05", "常德认定的市级产教融合实训基地，有效期是几年？", "unstated", CD, "dev", ["有效期3年", "有效期5年", "复核"])
x("x-unstated-n06", "我们在常德接收实习学生，要给学生买什么保险？", "unstated", CD, "dev", ["保险"])
x("x-unstated-n07", "常德产教融合项目申报要交评审费吗？", "unstated", CD, "dev", ["评审费", "收费", "费用"])

x("x-region-clash-n01", "益阳市企业建产教融合实训基地最高能补多少？", "region-clash", "湖南省益阳市", "dev")
x("x-region-clash-n02", "我们在益阳，今年市级产业学院什么时候申报？", "region-clash", "湖南省益阳市", "dev")
x("x-region-clash-n03", "张家界市的产业导师每人每年补贴多少？", "region-clash", "湖南省张家界市", "dev")
x("x-region-clash-n04", "张家界企业接收职校学生岗位实习有补贴吗？", "region-clash", "湖南省张家界市", "dev")
x("x-region-clash-n05", "怀化市产教融合专项资金每年安排多少？", "region-clash", "湖南省怀化市", "dev")

# ------------------------------------------------------------------ 仙桃 (test) ------------------------------------
# amount
q("xtw-amount-01", "我们是仙桃做无纺布的企业，已经认定成市级产教融合型企业了，接收职校学生实习每人每月补多少？", "amount", ["200元"], XT)
q("xtw-fu-amount-01", "一年最多能补多少？", "amount", ["8万元"], XT,
  ctx=["我们是仙桃做无纺布的企业，已经认定成市级产教融合型企业了，接收职校学生实习每人每月补多少？"])
q("xtw-amount-02", "我们公司在仙桃，已经是产教融合型企业了，派技术员去学校当产业导师，一个人一年补多少？", "amount", ["6000元"], XT)
q("xtw-amount-03", "我们是仙桃的市级产教融合型企业，今年想建市级产教融合实训基地，补助比例和上限是多少？", "amount", ["25%", "60万元"], XT)
q("xtw-fu-amount-02", "那一般企业呢？", "amount", ["20%", "50万元"], XT,
  ctx=["我们是仙桃的市级产教融合型企业，今年想建市级产教融合实训基地，补助比例和上限是多少？"])
q("xtw-amount-04", "仙桃产教融合型企业的职工考出高级工证书，企业每人能拿多少补帖？", "amount", ["1000元"], XT)
q("xtw-amount-05", "我们仙桃厂里有几个师傅拿到了技师证书，企业每人能补多少？一年封顶多少？", "amount", ["1500元", "10万元"], XT)
q("xtw-amount-06", "我们公司今年在仙桃认定为产教融合型企业，实训基地设备投了400万，按提高后的比例最多能拿多少？", "amount",
  ["60万元"], XT)
q("xtw-amount-07", "仙桃的产业导师补贴，要指导够多少学时才给，补多少？", "amount", ["32学时", "6000元"], XT)
q("xtb-amount-01", "仙桃市财政每年拿多少钱支持产教融合型企业？", "amount", ["600万元"], XT, both=True)
q("xtb-amount-02", "我们在仙桃和一所职校共建了实训室，申请市级产教融合型企业的话，企业投的设备要多少才算数？", "amount", ["50万元"], XT, both=True)
q("xtb-amount-03", "仙桃认定产教融合型企业，职工教育培训经费要占工资总额多少？", "amount", ["1.5%"], XT, both=True)

# person
q("xtb-person-01", "仙桃产教融合型企业认定由哪个部门牵头？", "person", ["市发展改革委"], XT)
q("xtb-person-02", "仙桃认定工作专班的办公室设在哪？", "person", ["市发展改革委"], XT, both=True)
q("xtb-person-03", "仙桃这个认定管理办法由谁解释？", "person", ["市发展改革委"], XT)
q("xtb-person-04", "我们是仙桃一家做医疗防护用品的企业，申请产教融合型企业认定，谁负责初审？", "person", ["市直行业主管部门", "各镇（街道）"], XT)
q("xtb-person-05", "仙桃产教融合型企业的年度评价谁来做？", "person", ["认定工作专班"], XT, both=True)
q("xtb-person-06", "仙桃撤销产教融合型企业称号要报谁同意？", "person", ["市人民政府"], XT)
q("xtb-person-07", "我们仙桃公司刚改了名，已经是市级产教融合型企业，要向哪个部门报告？", "person", ["市发展改革委"], XT, both=True)
q("xtb-person-08", "在仙桃，评价为较差的企业由哪个部门责令整改？", "person", ["市发展改革委"], XT, both=True)
q("xtw-person-01", "仙桃产教融合型企业认定申报有问题找谁？电话多少？", "person", ["杜明轩", "0728-3316742"], XT)
q("xtw-person-02", "仙桃岗位实习和产业导师补贴的事问哪个部门？电话是？", "person", ["市教育局职业教育科", "0728-3285519"], XT)
q("xtw-person-03", "仙桃职工考证补贴归哪个部门管，联系人是谁？", "person", ["市人力资源社会保障局", "严海波"], XT)
q("xtw-person-04", "仙桃认定产教融合型企业的专家评审是谁组织的？", "person", ["认定工作专班"], XT, both=True)
q("xtw-fu-person-01", "是谁报市政府的？", "person", ["市发展改革委"], XT, both=True,
  ctx=["仙桃产教融合型企业公示完了以后怎么公布？"])

# time
q("xtw-time-01", "仙桃2026年产教融合型企业什么时候申报？", "time", ["7月1日至7月31日"], XT)
q("xtw-time-02", "仙桃今年的产教融合型企业认定名单大概什么时候公布？", "time", ["9月底前"], XT)
q("xtw-time-03", "去仙桃市民之家交认定材料，窗口几点受理？", "time", ["8:30—12:00", "14:30—17:30"], XT)
q("xtw-time-04", "仙桃那个支持产教融合型企业的若干措施有效期多久？", "time", ["有效期3年"], XT)
q("xtw-fu-time-01", "今年什么时候开始？", "time", ["7月1日"], XT, ctx=["仙桃产教融合型企业网上怎么申报？"])
q("xtb-time-01", "仙桃这个产教融合型企业认定管理办法从哪天开始施行？", "time", ["2026年4月1日"], XT, both=True)
q("xtb-time-02", "仙桃的认定管理办法本身有效期几年？", "time", ["有效期5年"], XT)
q("xtb-time-03", "我们是仙桃的市级产教融合型企业，每年什么时候前要报上一年度的工作情况？", "time", ["3月31日前"], XT, both=True)
q("xtb-time-04", "仙桃对产教融合型企业的年度评价在几月份搞？", "time", ["4月"], XT, both=True)
q("xtb-time-05", "我们在仙桃把认定材料交上去了，初审要多长时间？", "time", ["10个工作日"], XT, both=True)
q("xtb-time-06", "仙桃产教融合型企业拟认定名单公示几天？", "time", ["7个工作日"], XT, both=True)
q("xtb-time-07", "在仙桃被撤销产教融合型企业称号，多久以后才能再申报？", "time", ["3年内"], XT, both=True)
q("xtb-fu-time-01", "整改期限多长？", "time", ["3个月"], XT, both=True, ctx=["仙桃产教融合型企业年度评价结果是较差怎么办？"])

# count
q("xtb-count-01", "我们在仙桃有个30多人的小厂，能申请产教融合型企业吗？职工要多少人以上？", "count", ["50人"], XT, both=True)
q("xtb-count-02", "仙桃产教融合型企业认订，产教融合那些条件要满足几项？", "count", ["3项以上"], XT, both=True)
q("xtb-count-03", "仙桃每年最多认定多少家产教融合型企业？", "count", ["15家"], XT, both=True)
q("xtb-count-04", "我们在仙桃每年接十来个职校实习生，申请产教融合型企业的话，每年接收岗位实习学生要多少人？", "count", ["20人"], XT, both=True)
q("xtb-count-05", "仙桃要求派到学校的产业导师至少几个人，每人每学年指导多少学时？", "count", ["3名", "32学时"], XT, both=True)
q("xtb-count-06", "我们和仙桃一所职院签了2年的合作协议，申请认定的话，校企合作协议要签几年以上？", "count", ["3年以上"], XT, both=True)
q("xtb-count-07", "仙桃申请认定，参与制定人才培养方案或课程标准要几项？", "count", ["2项"], XT, both=True)
q("xtb-count-08", "仙桃产教融合型企业的年度评价结果分几个等次？", "count", ["三个等次"], XT, both=True)
q("xtw-count-01", "我们准备去仙桃交产教融合型企业认定的纸质材料，要交几份？", "count", ["一式两份"], XT)
q("xtw-count-02", "仙桃岗位实习补贴每个学生最多补几个月？", "count", ["6个月"], XT)
q("xtw-count-03", "在仙桃，产业导师补贴每家企业一年最多补几个人？", "count", ["5人"], XT)
q("xtb-fu-count-01", "连续几年不报工作情况会被撤销？", "count", ["连续2年"], XT, both=True,
  ctx=["仙桃产教融合型企业哪些情况会被撤销称号？"])

# yesno
q("xtw-yesno-01", "我们是外地企业在仙桃的分公司，能单独申请产教融合型企业吗？", "yesno", ["不能以分公司名义单独申报"], XT)
q("xtb-yesno-01", "我们已经列入省级产教融合型企业建设培育范围了，在仙桃还要满足那几项产教融合条件吗？", "yesno", ["直接认定"], XT,
  both=True)
q("xtb-yesno-02", "我们公司在仙桃注册一年半，能申请市级产教融合型企业认定吗？", "yesno", ["满2年"], XT, both=True)
q("xtb-yesno-03", "我们仙桃公司去年被列入经营异常名录，今年还能申请认定吗？", "yesno", ["经营异常名录"], XT, both=True)
q("xtb-yesno-04", "仙桃认定以后是不是就一直是产教融合型企业了，不用管了？", "yesno", ["动态管理"], XT, both=True)
q("xtb-yesno-05", "仙桃申报时材料被查出弄虚作假，还能认定吗？", "yesno", ["不予认定"], XT)
q("xtb-yesno-06", "仙桃认定产教融合型企业要实地核查吗？", "yesno", ["实地核查"], XT, both=True)
q("xtb-yesno-07", "在仙桃认定了产教融合型企业，申报市级实训基地、产业学院有优先吗？", "yesno", ["优先支持"], XT, both=True)
q("xtw-yesno-02", "仙桃产教融合型企业认定能网上申报吗？", "yesno", ["http://zwfw.xtcjrh.cn/rending"], XT)
q("xtw-yesno-03", "仙桃的初审材料我们交给镇里了，还要再交给行业主管部门吗？", "yesno", ["两者选其一"], XT)
q("xtw-yesno-04", "我们仙桃的职工考了技能等级证书，这个补贴和市里别的政策能重复拿吗？", "yesno", ["就高不重复"], XT)
q("xtw-yesno-05", "仙桃产教融合型企业认定申请表能在网上下载吗？", "yesno", ["下载"], XT)
q("xtb-fu-yesno-01", "评了个较差会直接撤销吗？", "yesno", ["限期3个月整改"], XT, both=True,
  ctx=["仙桃产教融合型企业年度评价分哪几个等次？"])

# list
q("xtb-list-01", "我们第一次在仙桃申请产教融合型企业认定，要交哪些材料？", "list",
  ["认定申请表", "营业执照复印件", "校企合作协议", "职工教育培训经费支出情况说明", "诚信承诺书"], XT, both=True)
q("xtb-list-02", "仙桃产教融合型企业的基本条件有哪些？", "list",
  ["独立法人资格", "满2年", "50人", "近3年", "严重违法失信", "经营异常名录"], XT, both=True)
q("xtb-list-03", "仙桃认定工作专班由哪些部门组成？", "list",
  ["市发展改革委", "市教育局", "市人力资源社会保障局", "市财政局", "市经济和信息化局"], XT)
q("xtb-list-04", "仙桃哪些情况会被撤销产教融合型企业称号？", "list",
  ["弄虚作假", "重大安全生产", "严重违法失信", "连续2年", "实质性校企合作", "整改不到位"], XT, both=True)
q("xtb-list-05", "仙桃认定为产教融合型企业以后能享受哪些支持？", "list",
  ["优先支持", "优先推荐申报省级产教融合型企业", "国家和省", "资金支持"], XT, both=True)
q("xtb-list-06", "仙桃产教融合型企业年度评价分哪几个等次？", "list", ["良好", "一般", "较差"], XT, both=True)
q("xtb-list-07", "仙桃认定产教融合型企业要走哪几步？", "list", ["初审", "专家", "实地核查", "公示", "发文公布"], XT, both=True)
q("xtb-list-08", "按仙桃的办法，哪些情形不予认定？", "list", ["弄虚作假", "未满3年"], XT)
q("xtb-fu-list-01", "产教融合方面的条件呢，有哪些？", "list",
  ["校企合作协议", "岗位实习", "实训基地", "产业导师", "职工教育培训经费", "现场工程师", "课程标准"], XT, both=True,
  ctx=["仙桃认定产教融合型企业有什么基本条件？"])
q("xtw-list-01", "仙桃产教融合型企业的政策问题分别找谁咨询？", "list", ["杜明轩", "万思琪", "严海波"], XT)
q("xtw-list-02", "仙桃《措施》里给产教融合型企业的资金支持有哪几项？", "list", ["岗位实习", "产业导师", "实训基地", "高级工", "技师"], XT)
q("xtw-list-03", "仙桃产教融合型企业认定有哪些申报渠道？", "list", ["政务服务网", "三楼C区23号窗口"], XT)

# docfact
q("xtb-docfact-01", "仙桃产教融合型企业认定管理办法的文号是多少？", "docfact", ["仙政规〔2026〕2号"], XT, both=True)
q("xtw-docfact-01", "仙桃支持产教融合型企业发展若干措施的文号是多少？", "docfact", ["仙政办发〔2026〕14号"], XT)
q("xtw-fu-docfact-01", "配套的那个若干措施呢？", "docfact", ["仙政办发〔2026〕14号"], XT,
  ctx=["仙桃产教融合型企业认定管理办法的文号是多少？"])
q("xtb-docfact-02", "仙桃这个认定管理办法是哪个单位发的，哪天落款？", "docfact", ["仙桃市人民政府", "2026年3月13日"], XT)
q("xtb-docfact-03", "仙桃的认定管理办法登在哪一期政府公报上？", "docfact", ["2026年第2期"], XT)
q("xtb-docfact-04", "仙桃认定办法是依据国家哪个文件制定的？", "docfact", ["发改社会〔2019〕590号"], XT)
q("xtb-docfact-05", "仙桃那个认定管理办法是公开发布的吗？", "docfact", ["此件公开发布"], XT)
q("xtb-docfact-06", "仙桃认定管理办法的印发通知是发给谁的？", "docfact", ["各镇人民政府、街道办事处"], XT)
q("xtw-docfact-02", "仙桃那篇产教融合型企业政策问答是什么时候发布的？", "docfact", ["2026-04-02"], XT)
q("xtw-docfact-03", "仙桃这篇政策问答是哪个单位发的？", "docfact", ["市发展改革委"], XT)
q("xtw-docfact-04", "仙桃政策问答页面后面附了哪些文件？", "docfact", ["仙政规〔2026〕2号", "认定申请表"], XT)
q("xtw-docfact-05", "解读里说的《办法》和《措施》在仙桃分别指什么文件？", "docfact",
  ["仙桃市产教融合型企业认定管理办法", "仙桃市支持产教融合型企业发展若干措施"], XT)

# general
q("xtb-general-01", "仙桃说的市级产教融合型企业到底指什么样的企业？", "general", ["重要主体作用"], XT)
q("xtb-general-02", "仙桃认定产教融合型企业坚持什么原则？", "general", ["企业自愿、公开公正、动态管理"], XT)
q("xtb-general-03", "仙桃那个办法第七条讲的是什么？", "general", ["直接认定"], XT)
q("xtb-general-04", "仙桃认定名单怎么公布，认定了给什么？", "general", ["发文公布", "仙桃市产教融合型企业"], XT, both=True)
q("xtb-general-05", "我们是仙桃的市级产教融合型企业，每年要报送什么？", "general", ["上一年度产教融合工作开展情况"], XT, both=True)
q("xtb-general-06", "仙桃认定条件里和院校共建平台、培养现场工程师那一项具体怎么说的？", "general",
  ["产业学院", "技术技能创新平台", "现场工程师"], XT, both=True)
q("xtb-general-07", "仙桃支持产教融合型企业的资金使用情况怎么监督？", "general", ["向社会公开"], XT)
q("xtb-general-08", "仙桃产教融合型企业整改不到位会怎么样？", "general", ["撤销"], XT, both=True)
q("xtw-general-01", "仙桃产教融合型企业认定，初审通过后材料报到哪？", "general", ["认定工作专班办公室"], XT, both=True)
q("xtw-general-02", "仙桃产教融合型企业认定线下交材料的地址在哪？", "general", ["沔阳大道88号", "三楼C区23号窗口"], XT)
q("xtw-general-03", "仙桃的《措施》和《办法》是什么关系？", "general", ["同步印发"], XT)
q("xtw-general-04", "我们在仙桃想网上申请产教融合型企业认定，怎么办？", "general", ["在线填报并上传材料"], XT)
q("xtw-general-05", "仙桃的政策解读里，对外地企业在仙桃的子公司是怎么说的？", "general", ["具有独立法人资格的子公司"], XT)

# region-scoped
q("xtb-region-scoped-01", "我们是彭场镇的无纺布企业，申请仙桃市级产教融合型企业，先找谁初审？", "region-scoped", ["镇（街道）"],
  XT + "彭场镇", both=True)
q("xtw-region-scoped-01", "沙嘴街道一家食品厂认定了仙桃市级产教融合型企业，接收实习生每月补多少？", "region-scoped", ["200元"],
  XT + "沙嘴街道")
q("xtb-region-scoped-02", "毛嘴镇的服装企业职工80人、经营3年了，能申报仙桃产教融合型企业吗？产教融合方面还要满足什么？",
  "region-scoped", ["3项以上"], XT + "毛嘴镇", both=True)
q("xtw-region-scoped-02", "郑场镇的企业想线下交仙桃产教融合型企业认定材料，去哪交？", "region-scoped", ["三楼C区23号窗口"],
  XT + "郑场镇")
q("xtb-region-scoped-03", "张沟镇一家企业被认定为仙桃市级产教融合型企业后，每年什么时候前要报送工作情况？", "region-scoped",
  ["3月31日前"], XT + "张沟镇", both=True)
q("xtw-region-scoped-03", "胡场镇的企业2026年什么时候能报仙桃产教融合型企业？", "region-scoped", ["7月1日至7月31日"], XT + "胡场镇")

x("x-fragment-n03", "要交几份？", "fragment", "", "test")
x("x-fragment-n04", "那个有效期呢？", "fragment", "", "test")
x("x-outofscope-n04", "仙桃的沔阳三蒸是哪三蒸？", "outofscope", XT, "test")
x("x-outofscope-n05", "新生儿怎么办理医保参保？", "outofscope", "", "test")
x("x-outofscope-n06", "仙桃今年事业单位招聘什么时候报名？", "outofscope", XT, "test")

x("x-unstated-n08", "仙桃市级产教融合型企业的称号有效期是几年？", "unstated", XT, "test", ["称号有效期", "有效期满", "复核"])
x("x-unstated-n09", "仙桃认定产教融合型企业要收费吗？", "unstated", XT, "test", ["收费", "费用", "不收取"])
x("x-unstated-n10", "仙桃认定产教融合型企业，专家评审一般请几个专家？", "unstated", XT, "test", ["名专家", "位专家", "专家人数"])
x("x-unstated-n11", "仙桃认定为产教融合型企业以后，会给挂牌吗？", "unstated", XT, "test", ["牌匾", "授牌", "挂牌", "颁发"])
x("x-unstated-n12", "仙桃产业导师的6000元补贴，导师本人要交税吗？", "unstated", XT, "test", ["所得税", "个税", "纳税", "缴税"])
x("x-unstated-n13", "仙桃的外资企业能申请市级产教融合型企业吗？", "unstated", XT, "test", ["外资", "外商", "港澳台"])
x("x-unstated-n14", "仙桃产教融合型企业的岗位实习补贴是按月发，还是年底一次性拨付？", "unstated", XT, "test",
  ["按月发放", "按月拨付", "一次性拨付", "年底", "拨付方式"])

x("x-region-clash-n06", "潜江市产教融合型企业怎么认定？要什么条件？", "region-clash", "湖北省潜江市", "test")
x("x-region-clash-n07", "我们在潜江，市级产教融合型企业接收实习生有补贴吗？", "region-clash", "湖北省潜江市", "test")
x("x-region-clash-n08", "天门市产教融合型企业认定每年什么时候申报？", "region-clash", "湖北省天门市", "test")
x("x-region-clash-n09", "天门的产业导师补贴一人一年多少？", "region-clash", "湖北省天门市", "test")
x("x-region-clash-n10", "荆州市级产教融合型企业的支持资金每年多少？", "region-clash", "湖北省荆州市", "test")


def write(name, lines):
    with open(os.path.join(EVAL, name), "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("fresh9-dev.jsonl", DEV)
    write("fresh9-test.jsonl", TEST)
    print(len(DEV), "dev,", len(TEST), "test")
