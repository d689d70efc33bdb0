#!/usr/bin/env python3
"""Write fresh12/src/deyang-ruogan-cuoshi.html and print it with Chromium to fresh12/deyang-ruogan-cuoshi.pdf
(虚构测试文档，非真实政策).

    cd fresh12/src && python3 make_deyang_pdf.py

An ordinary one-column PDF with a text layer, as a city portal offers the 若干措施 for download (CSS as fresh10's/fresh11's
Chromium prints): A4, page numbers `— N —` from an @page margin box; page 1 the 印发通知 (title, 文号, addressee, one
sentence, 落款, 公开 line); then the 措施: preamble, headings 一、…三、, items （一）…（十四） run-in at the start of their
paragraphs (bold item names), eligibility conditions, amounts, exclusions, 施行/有效期/解释; the 附件 一览表 as a table
(序号/支持事项/主要申报条件/支持标准/受理部门, header row repeated on a new page), 注 line, 印发 line, the fictional note.
"""
import html
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "deyang-ruogan-cuoshi.html")
OUT = os.path.join(os.path.dirname(HERE), "deyang-ruogan-cuoshi.pdf")

NOTICE_TITLE = "德阳市人民政府办公室关于印发《德阳市支持企业深度参与职业教育产教融合若干措施》的通知"
DOCNO = "德府办规〔2026〕8号"
TO = "各县（市、区）人民政府，德阳经济技术开发区、德阳高新技术产业开发区管委会，市级各部门："
NOTICE = ["《德阳市支持企业深度参与职业教育产教融合若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。"]
ISSUER = "德阳市人民政府办公室"
DATE = "2026年4月14日"
PUBLIC = "（此件公开发布）"
TITLE = "德阳市支持企业深度参与职业教育产教融合若干措施"
PREAMBLE = ("为深入贯彻《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），引导和支持企业深度参与职业教育，"
            "推动教育链、人才链与产业链有机衔接，服务全市装备制造等重点产业发展，结合我市实际，制定以下措施。")

# ("h", heading) | ("i", item name, item text)
BODY = [
    ("h", "一、适用范围和基本条件"),
    ("i", "（一）适用范围。",
     "本措施所称企业，是指在德阳市行政区域内（含各县（市、区）和德阳经济技术开发区、德阳高新技术产业开发区）依法登记注册、"
     "具有独立法人资格的企业；所称职业院校，是指德阳市行政区域内的中等职业学校、高等职业学校和技工院校。"),
    ("i", "（二）基本条件。",
     "申报本措施支持事项的企业，应当同时具备以下条件：在德阳市行政区域内依法登记注册并依法纳税，纳税信用等级为B级及以上；"
     "生产经营正常，近3年未发生较大及以上安全生产事故和突发环境事件（成立不满3年的，自成立之日起计算）；未被列入严重失信主体名单；"
     "与职业院校签订合作协议并实际开展合作。各支持事项另有条件的，同时适用。"),
    ("h", "二、支持事项"),
    ("i", "（三）支持校企共建实训基地。",
     "企业与职业院校共建、面向职业院校学生开展实训的基地，同时满足企业成立满2年、实训设备投资额不低于120万元、实训工位不少于40个、"
     "每年接收职业院校学生实训不少于240人次的，可申报认定为市级产教融合实训基地。经认定的，按实训设备投资额的15%给予一次性补助，"
     "单个基地最高45万元；企业属于清洁能源装备、先进材料、医药食品、数字经济四个重点产业链的，补助比例提高到20%，单个基地最高70万元。"
     "实训设备投资额以申报截止前2年内购置并投入使用的设备计算。"),
    ("i", "（四）支持共建产业学院。",
     "企业与高等职业学校共建产业学院，企业成立满3年、职工人数不少于200人、企业累计投入不低于300万元、产业学院在校生不少于180人的，"
     "经认定为市级产业学院，给予一次性补助60万元，分两年拨付，每年拨付30万元。已被认定为省级及以上现代产业学院的，不再申报市级产业学院补助，"
     "由市级按认定层级给予一次性奖励：省级40万元、国家级90万元。"),
    ("i", "（五）支持开展岗位实习。",
     "企业接收德阳市职业院校学生开展岗位实习，签订实习协议、按规定支付实习报酬、实习期满1个月的，按每人每月350元给予企业补贴，"
     "每名学生补贴期限最长6个月，每家企业每年最高15万元。当年接收实习学生不足10人的企业，不纳入补贴范围。"),
    ("i", "（六）支持吸纳毕业生就业。",
     "企业吸纳德阳市职业院校应届毕业生，签订2年以上劳动合同且连续在岗满6个月的，按每人2500元给予一次性补贴，每家企业每年最高10万元。"
     "同一毕业生只能由一家企业申报一次。"),
    ("i", "（七）支持职工技能提升。",
     "企业委托职业院校开展职工技能培训，职工培训后取得职业技能等级证书的，按初级工600元、中级工1000元、高级工1600元、技师2400元的标准"
     "给予企业培训补贴。同一职工同一职业（工种）同一等级只享受一次；职工人数少于20人的企业不纳入支持范围。"),
    ("i", "（八）认定校企合作示范企业。",
     "企业同时满足成立满3年、职工人数不少于100人、与不少于2所职业院校合作满2年、近2年每年接收职业院校学生实习实训不少于50人、"
     "纳税信用等级为A级的，可申报市级校企合作示范企业。每年认定不超过10家，经认定的给予一次性奖励20万元。"
     "已获评省级校企合作示范企业的，市级不再认定。"),
    ("i", "（九）支持组建行业产教融合共同体。",
     "由企业牵头、成员单位不少于20家（其中职业院校不少于3所、企业不少于12家）组建的行业产教融合共同体，牵头企业上年度营业收入不低于5亿元的，"
     "可申报认定为市级行业产教融合共同体，经认定的给予牵头企业一次性补助30万元。"),
    ("h", "三、申报和管理"),
    ("i", "（十）申报方式。",
     "支持事项实行年度集中申报，具体时间由市教育局会同市发展改革委、市财政局、市人力资源社会保障局另行通知。企业通过德阳市惠企政策兑现平台"
     "在线申报，按事项类别分别由市教育局、市人力资源社会保障局、市发展改革委受理（详见附件）。拟支持名单在受理部门门户网站公示5个工作日。"),
    ("i", "（十一）不重复享受。",
     "同一项目同时符合本措施和市级其他政策规定的，按照就高不重复的原则给予支持，不得重复享受。"
     "同一企业同一年度享受本措施支持资金合计不超过100万元。"),
    ("i", "（十二）资金保障。",
     "所需资金从市级产教融合专项资金中列支。注册地在各县（市、区）的企业，所需资金由市和县（市、区）财政按6:4比例分担；"
     "注册地在德阳经济技术开发区、德阳高新技术产业开发区的企业，所需资金由市级财政全额承担。"),
    ("i", "（十三）监督管理。",
     "对以虚假材料骗取支持资金的，依法追回资金，取消该企业5年内申报本措施支持事项的资格，并依法依规处理。"),
    ("i", "（十四）施行日期。",
     "本措施自2026年5月15日起施行，有效期至2029年5月14日，由市教育局会同市发展改革委负责解释。施行期间国家和省出台新规定的，从其规定。"),
]
ANNEX_LINE = "附件：德阳市产教融合支持事项一览表"
TABLE_TITLE = "德阳市产教融合支持事项一览表"
TABLE_HEAD = ["序号", "支持事项", "主要申报条件", "支持标准", "受理部门"]
ROWS = [
    ("市级产教融合实训基地", "成立满2年；实训设备投资额≥120万元；实训工位≥40个；每年实训≥240人次",
     "设备投资额的15%，最高45万元；四个重点产业链20%，最高70万元", "市教育局"),
    ("市级产业学院", "成立满3年；职工≥200人；累计投入≥300万元；在校生≥180人", "60万元，分两年拨付", "市教育局"),
    ("省级、国家级现代产业学院奖励", "已被认定为省级及以上现代产业学院", "省级40万元；国家级90万元", "市教育局"),
    ("岗位实习补贴", "当年接收实习学生≥10人；实习期满1个月", "每人每月350元，最长6个月；每家企业每年最高15万元", "市教育局"),
    ("吸纳毕业生补贴", "劳动合同2年以上；连续在岗满6个月", "每人2500元；每家企业每年最高10万元", "市人力资源社会保障局"),
    ("职工技能提升补贴", "职工≥20人；取得职业技能等级证书", "初级工600元、中级工1000元、高级工1600元、技师2400元", "市人力资源社会保障局"),
    ("市级校企合作示范企业", "成立满3年；职工≥100人；合作院校≥2所且合作满2年；近2年每年接收学生≥50人；纳税信用A级",
     "一次性奖励20万元；每年认定不超过10家", "市发展改革委"),
    ("市级行业产教融合共同体", "成员单位≥20家（职业院校≥3所、企业≥12家）；牵头企业上年度营业收入≥5亿元", "牵头企业一次性补助30万元",
     "市发展改革委"),
]
TABLE_NOTE = "注：本表所列为主要申报条件，基本条件和完整条件以措施正文为准。"
PRINT_LINE = "德阳市人民政府办公室　　　　　　　　　　　　2026年4月15日印发"
FICTION = ("虚构测试文档，非真实政策：德阳市为真实地名，本文件的文号、内容、金额、日期及平台名称均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")

CSS = """
@page { size: A4; margin: 30mm 26mm 28mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC", serif; font-size: 11pt; } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 14pt; line-height: 1.7; color: #000; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; line-height: 1.5;
     font-weight: bold; margin: 0 0 4mm 0; }
.docno { text-align: center; margin: 0 0 6mm 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.n { text-indent: 0; }
p.r { text-align: right; text-indent: 0; padding-right: 3em; }
p.h { font-family: "Noto Sans CJK SC", sans-serif; }
.newpage { break-before: page; }
h2 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 15pt; text-align: center; font-weight: normal;
     margin: 3mm 0 4mm 0; text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.5; }
th, td { border: 0.8pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle; }
th { font-family: "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.c { text-align: center; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.note { font-size: 11.5pt; text-indent: 0; margin-top: 2mm; }
.imprint { border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; text-indent: 0; font-size: 12pt; margin-top: 6mm; }
.fiction { font-size: 9pt; text-indent: 0; margin-top: 4mm; line-height: 1.5; }
"""


def e(s):
    return html.escape(s, quote=False)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', f'<title>{e(TITLE)}</title>',
         '<!-- 虚构测试文档，非真实政策 -->', f'<style>{CSS}</style></head><body>',
         f'<h1>{e(NOTICE_TITLE)}</h1>', f'<div class="docno">{e(DOCNO)}</div>', f'<p class="n">{e(TO)}</p>']
    o += [f'<p>{e(t)}</p>' for t in NOTICE]
    o.append('<p>&nbsp;</p>')
    o.append(f'<p class="r">{e(ISSUER)}</p>')
    o.append(f'<p class="r">{e(DATE)}</p>')
    o.append(f'<p>{e(PUBLIC)}</p>')
    o.append(f'<h1 class="newpage">{e(TITLE)}</h1>')
    o.append(f'<p>{e(PREAMBLE)}</p>')
    for item in BODY:
        if item[0] == "h":
            o.append(f'<p class="h">{e(item[1])}</p>')
        else:
            o.append(f'<p><b>{e(item[1])}</b>{e(item[2])}</p>')
    o.append('<p>&nbsp;</p>')
    o.append(f'<p>{e(ANNEX_LINE)}</p>')
    o.append('<p class="n newpage h">附件</p>')
    o.append(f'<h2>{e(TABLE_TITLE)}</h2>')
    o.append('<table><colgroup><col style="width:7%"><col style="width:18%"><col style="width:33%"><col style="width:27%">'
             '<col style="width:15%"></colgroup>')
    o.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in TABLE_HEAD) + '</tr></thead><tbody>')
    for i, (item, cond, std, unit) in enumerate(ROWS, 1):
        o.append(f'<tr><td class="c">{i}</td><td>{e(item)}</td><td>{e(cond)}</td><td>{e(std)}</td><td class="c">{e(unit)}</td></tr>')
    o.append('</tbody></table>')
    o.append(f'<p class="note">{e(TABLE_NOTE)}</p>')
    o.append(f'<p class="imprint">{e(PRINT_LINE)}</p>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</body></html>')
    return "\n".join(o) + "\n"


def main():
    with open(SRC, "w", encoding="utf-8") as f:
        f.write(page())
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer", f"--print-to-pdf={OUT}", SRC],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("wrote", SRC, OUT)


if __name__ == "__main__":
    main()
