#!/usr/bin/env python3
"""Write fresh16/tongling-zhengce-jiedu.docx (虚构测试文档，非真实政策): a .docx written by LibreOffice.

    cd fresh16/src && python3 make_tongling_jiedu_docx.py

《铜陵市支持产教融合发展若干措施》政策解读 of the 市教育局, one question and answer after the other (一问一答): title,
the issuing bureau and date, an opening paragraph, then fifteen questions as **Heading 2** paragraphs (一、…？) each
followed by its answer in plain paragraphs; the note last. WordprocessingML written by hand (flow_docx.py, Word
fonts), then `soffice --headless --convert-to docx:"MS Word 2007 XML"` so that the file is LibreOffice's own .docx
(docProps/app.xml names LibreOffice; the Heading 2 style and the core properties with the note survive). The
intermediate .docx is written to a temporary folder and not kept. No table.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import flow_docx  # noqa: E402

OUT_DIR = os.path.dirname(HERE)
NAME = "tongling-zhengce-jiedu"
TITLE = "《铜陵市支持产教融合发展若干措施》政策解读"

QA = [
    ("一、《若干措施》出台的背景是什么？",
     ["近年来，我市产教融合工作取得积极进展，全市现有职业院校11所、在校生约4.6万人，与铜基新材料、电子信息等产业的对接日益"
      "紧密。但企业参与办学的动力不足、实训条件与岗位要求不匹配、毕业生本地就业比例不高等问题依然存在。",
      "为贯彻落实国家和省关于深化产教融合的决策部署，市教育局会同市发展改革委、市人社局、市财政局等部门，在走访调研68家企业"
      "和全部职业院校、广泛征求意见的基础上，起草了《若干措施》，经市政府常务会议审议通过后印发实施。"]),
    ("二、《若干措施》主要有哪些内容？",
     ["《若干措施》共11条。前9条分别从市域产教联合体、企业实训基地、产业学院、学生岗位实习、产业导师、职工技能提升培训、"
      "区域公共实训中心、紧缺专业和毕业生留铜就业等方面提出支持举措；第10条明确政策兑现流程；第11条为附则，明确资金分担、"
      "解释部门和有效期。"]),
    ("三、哪些单位可以申请？",
     ["在我市注册登记、具有独立法人资格的企业，本市职业院校，以及经认定的市域产教联合体牵头单位，均可按照相应条款提出申请。"
      "其中，产业导师补助和紧缺专业建设经费由职业院校申请，毕业生就业补贴由毕业生本人申请，其余事项由企业或牵头单位申请。"]),
    ("四、企业建设实训基地能获得多少支持？",
     ["企业新建或改扩建实训基地、设备投资220万元以上的，按投资额的一定比例给予补助，最高可获85万元。补助资金在基地投入使用、"
      "经现场核验后一次性拨付。"]),
    ("五、企业接收学生岗位实习有什么补贴？",
     ["企业接收职业院校学生岗位实习满2个月的，每人每月补贴520元，每名学生最多补4个月，每家企业一年最多可拿14万元。"
      "学生毕业后留在我市企业就业的，还可按规定申领一次性就业补贴3600元。"]),
    ("六、对市域产教联合体和产业学院有哪些奖补？",
     ["市域产教联合体经省级认定的，牵头单位最高可获135万元奖励；经市级认定的，奖励42万元。校企共建产业学院经认定后，"
      "按企业投入的20%给予补助，最高65万元，分两年拨付。"]),
    ("七、职业院校可以享受哪些支持？",
     ["职业院校聘请企业技术骨干担任产业导师的，每人每年补助8400元；新设紧缺专业并与本市企业联合招生的，每个专业支持28万元。"]),
    ("八、区域公共实训中心建在哪里？建成后有什么奖励？",
     ["《若干措施》支持在铜官区建设铜基新材料公共实训中心，工位近200个，2027年8月底前建成；在枞阳县、铜陵经济技术开发区分别"
      "建设绿色食品加工实训中心和电子信息技能实训中心。中心建成并评估达标后，市级一次性奖励165万元，这笔资金全部由市级财政承担，"
      "县区不需要配套。"]),
    ("九、企业组织职工参加技能提升培训怎么补贴？",
     ["企业委托本市职业院校培训职工，职工取得职业技能等级证书后，企业可按证书等级获得培训补贴，每人最高2100元，"
      "每家企业一年最多32万元。"]),
    ("十、申报需要准备哪些材料？",
     ["一般包括：申报表、营业执照或法人登记证书复印件、与职业院校签订的合作协议、相关投入的发票或付款凭证、实习学生名单和"
      "三方协议（申请实习补贴的）、职工职业技能等级证书（申请培训补贴的）。具体以各牵头部门发布的申报指南为准。"]),
    ("十一、怎么申报？",
     ["《若干措施》实行“一口受理”。申请单位可登录“铜陵惠企直达平台”在线申报，也可携带纸质材料到市政务服务中心二楼"
      "企业服务专区26号窗口现场申报。各牵头部门将在每批受理开始前10日发布申报指南，明确申报材料和办理流程。"]),
    ("十二、什么时间申报？资金多久能到位？",
     ["2026年上半年批次受理时间为4月29日至5月19日，下半年批次为9月8日至10月13日。受理截止后20个工作日内完成审核和公示，"
      "公示结束后15个工作日内拨付资金，一般在受理截止后两个月内即可到账。"]),
    ("十三、已经享受其他政策的还能申请吗？",
     ["同一事项同时符合《若干措施》和我市其他政策的，按照“从优不重复”原则，由申请单位自主选择其中一项申请，不得重复享受。"]),
    ("十四、政策咨询找哪个部门？",
     ["市域产教联合体事项，咨询市发展改革委社会发展科，电话0562-2349072。",
      "实训基地、产业学院、产业导师和紧缺专业等事项，咨询市教育局职业教育与成人教育科，联系人陶明远，电话0562-2368491。",
      "岗位实习补贴、职工技能提升培训、区域公共实训中心和毕业生就业补贴等事项，咨询市人社局职业能力建设科，联系人濮丽君，"
      "电话0562-2371036。",
      "资金拨付进度，咨询市财政局教科文科，电话0562-2356187。"]),
    ("十五、《若干措施》什么时候开始执行？",
     ["《若干措施》自2026年2月4日起施行，有效期至2029年2月3日。2026年1月1日以后建成投用的实训基地、新设的紧缺专业，"
      "可按《若干措施》申请支持。"]),
]

FLOW = [("title", TITLE), ("sub", "铜陵市教育局　　2026年2月5日"),
        ("p", "2026年2月3日，市政府办公室印发《铜陵市支持产教融合发展若干措施》（铜政办〔2026〕11号，以下简称《若干措施》）。"
              "为便于企业、职业院校和社会各界准确理解政策，现就有关问题解读如下。")]
for q, answers in QA:
    FLOW.append(("h2", q))
    FLOW += [("p", a) for a in answers]
FLOW += [("blank",),
         ("note", "虚构测试文档，非真实政策：铜陵市及所辖县区为真实地名，本解读的内容、金额、日期、人员、电话、窗口、平台名称"
                  "均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")]

SPEC = {"flow": FLOW, "core_title": TITLE, "created": "2026-02-04T07:30:00Z", "modified": "2026-02-05T02:10:00Z",
        "fonts": "word", "table_size": 24}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src_dir = os.path.join(tmp, "in")
        os.mkdir(src_dir)
        docx = flow_docx.build(SPEC, os.path.join(src_dir, NAME + ".docx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, docx],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT_DIR, NAME + ".docx"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".docx"), len(QA), "questions")


if __name__ == "__main__":
    main()
