#!/usr/bin/env python3
"""Write fresh10/src/shanghai-ruogan-cuoshi.html and print it to fresh10/shanghai-ruogan-cuoshi.pdf
(虚构测试文档，非真实政策).

    cd fresh10/src && python3 make_shanghai_pdf.py

An ordinary one-column A4 PDF with a text layer, as a 委办局 puts its 规范性文件 on its site: the 印发通知 of four
bureaus (title, 文号, addressee, one sentence, four-body 落款, `（此件主动公开）`), then the 若干措施 with headings 一、…三、 and
measures numbered `1.` … `13.` as literal text (bold run-in names), 施行/有效期/解释 sentence, 附件 line; the 附件
上海市产教融合支持事项一览表 (序号/支持事项/支持标准/申报主体/受理部门, 9 rows) runs over a page break with its header row
repeated (<thead>); 印发 line and the fictional note at the end; page numbers `— N —` at the bottom (an @page margin box).
Printed with: chromium --headless --no-pdf-header-footer --print-to-pdf.
"""
import html
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "shanghai-ruogan-cuoshi.html")
OUT = os.path.join(os.path.dirname(HERE), "shanghai-ruogan-cuoshi.pdf")

ISSUERS = ["上海市发展和改革委员会", "上海市教育委员会", "上海市人力资源和社会保障局", "上海市财政局"]
NOTICE_TITLE = ("上海市发展和改革委员会 上海市教育委员会 上海市人力资源和社会保障局 上海市财政局关于印发"
                "《上海市进一步深化产教融合支持企业参与职业教育若干措施》的通知")
DOCNO = "沪发改社〔2026〕27号"
TO = "各区人民政府，市政府有关部门，各有关单位："
NOTICE = ("为进一步深化产教融合，支持企业深度参与职业教育，经市政府同意，现将《上海市进一步深化产教融合支持企业参与职业教育若干措施》"
          "印发给你们，请认真贯彻执行。")
DATE = "2026年5月14日"
TITLE = "上海市进一步深化产教融合支持企业参与职业教育若干措施"
PREAMBLE = ("为贯彻落实《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）等文件精神，支持企业深度参与职业教育，促进教育链、人才链"
            "与产业链、创新链有机衔接，服务本市重点产业发展，制定以下措施。")
# ("h", heading) | ("m", run-in name, text)
BODY = [
    ("h", "一、建设产教融合平台载体"),
    ("m", "1.建设市级产教融合实训基地。", "支持企业独立或与职业院校、普通高校共建产教融合实训基地。设备投资额在400万元以上、每年开展实训"
          "不少于1200人次的，经认定为市级产教融合实训基地，按设备投资额的30%给予一次性补助，单个基地最高250万元。"),
    ("m", "2.打造行业产教融合共同体。", "围绕集成电路、生物医药、人工智能、高端装备、汽车等重点产业，支持行业龙头企业联合院校组建行业产教融合"
          "共同体，经认定为市级行业产教融合共同体的，给予一次性补助100万元。"),
    ("m", "3.共建市级产业学院。", "支持职业院校、应用型本科高校与企业共建产业学院。合作期限不少于5年、在校生不少于300人的，经认定为"
          "市级产业学院，给予建设补助100万元，认定后拨付60万元，3年建设期满评估合格后拨付40万元。"),
    ("m", "4.支持区级公共实训基地建设。", "支持各区建设面向院校学生、企业职工和社会人员开放的区级公共实训基地，市财政按区级实际投入的30%"
          "给予补助，单个基地最高800万元。"),
    ("h", "二、支持企业参与人才培养"),
    ("m", "5.选聘市级产业导师。", "支持院校选聘企业工程技术人员、高技能人才担任产业导师。每学年承担教学任务不少于60学时的，按每人每年"
          "2万元标准给予市级产业导师补贴，每所院校每年不超过30人。"),
    ("m", "6.支持学生岗位实习。", "企业接收职业院校学生开展岗位实习并签订三方协议的，按每人每月800元给予企业补贴，补贴期限最长6个月，"
          "每家企业每年最高50万元。"),
    ("m", "7.开展现场工程师专项培养。", "支持企业与院校联合开展现场工程师专项培养，单个培养项目每届培养不少于30人的，给予一次性补助30万元。"),
    ("m", "8.支持教师企业实践。", "企业接收职业院校专业课教师到企业实践的，按每名教师每月2500元给予企业补助，每名教师累计补助不超过3个月。"),
    ("m", "9.支持职工技能提升。", "企业职工取得高级工、技师、高级技师职业资格证书或职业技能等级证书的，分别按每人2000元、3000元、5000元"
          "给予企业职工技能提升补贴。"),
    ("h", "三、保障措施"),
    ("m", "10.加强统筹协调。", "发挥市产教融合工作联席会议作用，联席会议召集人由分管副市长担任，办公室设在市发展改革委。各区建立相应工作"
          "机制，明确牵头部门。"),
    ("m", "11.加大资金支持。", "市级财政每年安排产教融合专项资金不少于4亿元。同一项目在市级同类政策中按照就高原则不重复支持。各区可结合"
          "实际制定区级配套支持政策。"),
    ("m", "12.规范申报认定。", "市级项目每年集中申报一次。区属单位由各区发展改革部门会同教育、人力资源社会保障部门初审推荐，市属单位直接向"
          "市级受理部门申报。拟支持项目在市发展改革委门户网站公示5个工作日。"),
    ("m", "13.强化监督管理。", "补助资金实行专款专用。对弄虚作假骗取补助资金的，追回资金，5年内不得申报市级项目。"),
    ("p", "本措施自2026年7月1日起施行，有效期至2031年6月30日，由市发展改革委会同市教委、市人力资源社会保障局、市财政局负责解释。"),
]
ANNEX_LINE = "附件：上海市产教融合支持事项一览表"
TABLE_TITLE = "上海市产教融合支持事项一览表"
TABLE_HEAD = ["序号", "支持事项", "支持标准", "申报主体", "受理部门"]
ROWS = [
    ("市级产教融合实训基地", "设备投资额的30%，单个最高250万元", "企业", "市发展改革委"),
    ("行业产教融合共同体", "一次性补助100万元", "行业龙头企业、院校", "市发展改革委"),
    ("市级产业学院", "100万元（认定后60万元，期满评估合格后40万元）", "院校、企业", "市教委"),
    ("区级公共实训基地", "区级实际投入的30%，单个最高800万元", "各区人民政府", "市人力资源社会保障局"),
    ("市级产业导师", "每人每年2万元，每校每年不超过30人", "院校", "市教委"),
    ("学生岗位实习", "每人每月800元，最长6个月", "企业", "市人力资源社会保障局"),
    ("现场工程师专项培养", "每个项目一次性30万元", "企业、院校", "市教委"),
    ("教师企业实践", "每人每月2500元，累计不超过3个月", "企业", "市教委"),
    ("职工技能提升", "高级工2000元、技师3000元、高级技师5000元", "企业", "市人力资源社会保障局"),
]
TABLE_NOTE = "注：区属单位申报的项目，由所在区发展改革部门会同教育、人力资源社会保障部门初审后报送受理部门。"
PRINT_LINE = "上海市发展和改革委员会办公室　　　　　　　　2026年5月15日印发"
FICTION = ("虚构测试文档，非真实政策：上海市为真实地名，本文件的文号、内容、数字和日期均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")

CSS = """
@page { size: A4; margin: 30mm 26mm 28mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC", serif; font-size: 11pt; } }
body { font-family: "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", serif; font-size: 14pt; margin: 0; line-height: 1.75; }
h1 { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 19pt; text-align: center; line-height: 1.5;
     font-weight: bold; margin: 0 0 4mm 0; }
.docno { text-align: center; margin: 0 0 6mm 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.n { text-indent: 0; }
p.r { text-align: right; text-indent: 0; padding-right: 3em; }
h2 { font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-size: 14pt; font-weight: normal; margin: 0; text-indent: 2em; }
p b { font-family: "楷体_GB2312", "KaiTi", "Noto Serif CJK SC", serif; }
.newpage { break-before: page; }
.annex { font-family: "黑体", "Noto Sans CJK SC", sans-serif; text-indent: 0; }
.ttitle { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 17pt; text-align: center; font-weight: bold;
          margin: 3mm 0 4mm 0; text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.6; }
th, td { border: 0.8pt solid #000; padding: 5mm 1.2mm; vertical-align: middle; }
th { font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.c { text-align: center; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.note { font-size: 11.5pt; text-indent: 0; margin-top: 2mm; }
.imprint { border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; text-indent: 0; font-size: 12pt; margin-top: 10mm; }
.fiction { font-size: 9pt; text-indent: 0; margin-top: 4mm; line-height: 1.5; }
"""


def e(s):
    return html.escape(s, quote=False)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', f'<title>{e(TITLE)}</title>',
         '<!-- 虚构测试文档，非真实政策 (fictional test document; content, 文号 and figures are invented) -->',
         f'<style>{CSS}</style></head><body>',
         f'<h1>{e(NOTICE_TITLE)}</h1>', f'<div class="docno">{e(DOCNO)}</div>',
         f'<p class="n">{e(TO)}</p>', f'<p>{e(NOTICE)}</p>', '<p>&nbsp;</p>']
    for name in ISSUERS:
        o.append(f'<p class="r">{e(name)}</p>')
    o.append(f'<p class="r">{e(DATE)}</p>')
    o.append('<p>（此件主动公开）</p>')
    o.append(f'<h1 class="newpage">{e(TITLE)}</h1>')
    o.append(f'<p>{e(PREAMBLE)}</p>')
    for item in BODY:
        if item[0] == "h":
            o.append(f'<h2>{e(item[1])}</h2>')
        elif item[0] == "m":
            o.append(f'<p><b>{e(item[1])}</b>{e(item[2])}</p>')
        else:
            o.append(f'<p>{e(item[1])}</p>')
    o.append('<p>&nbsp;</p>')
    o.append(f'<p class="n">{e(ANNEX_LINE)}</p>')
    o.append('<p class="annex" style="margin-top:8mm">附件</p>')
    o.append(f'<p class="ttitle">{e(TABLE_TITLE)}</p>')
    o.append('<table><colgroup><col style="width:7%"><col style="width:26%"><col style="width:27%"><col style="width:13%">'
             '<col style="width:27%"></colgroup>')
    o.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in TABLE_HEAD) + '</tr></thead><tbody>')
    for i, (a, b, c, d) in enumerate(ROWS, 1):
        o.append(f'<tr><td class="c">{i}</td><td>{e(a)}</td><td>{e(b)}</td><td class="c">{e(c)}</td><td class="c">{e(d)}</td></tr>')
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
