#!/usr/bin/env python3
"""Write fresh9/src/xiantao-rending-banfa.html and print it to fresh9/xiantao-rending-banfa.pdf (虚构测试文档，非真实政策).

    cd fresh9/src && python3 make_xiantao_gazette.py

The PDF is the pages of a government gazette (《仙桃市人民政府公报》2026年第2期) that carry the 认定管理办法:
A4 portrait, **two text columns** with a rule between them (CSS column-count), the issue's running head on every
page (`仙桃市人民政府公报` left, `2026年第2期` right, with a rule under it, from @page margin boxes), the gazette's
own page numbers `— 17 —` … (the excerpt starts on the issue's page 17), the column label 【市政府文件】, the
通知 (title, 文号, addressee, text, 落款) and the 办法 title spanning both columns, chapter headings centred in their column, 第一条 … 第二十三条 in
bold at the start of each paragraph. After the 办法 the next item of the gazette begins (another 通知, only its
title, 文号, addressee and first lines) — as a cut-out of a gazette has it.
Printed with: chromium --headless --no-pdf-header-footer --print-to-pdf.
"""
import html
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "xiantao-rending-banfa.html")
OUT = os.path.join(os.path.dirname(HERE), "xiantao-rending-banfa.pdf")

NOTICE_TITLE = "仙桃市人民政府关于印发仙桃市产教融合型企业认定管理办法的通知"
DOCNO = "仙政规〔2026〕2号"
TO = "各镇人民政府、街道办事处，市政府各部门："
NOTICE = "现将《仙桃市产教融合型企业认定管理办法》印发给你们，请认真遵照执行。"
ISSUER = "仙桃市人民政府"
DATE = "2026年3月13日"
TITLE = "仙桃市产教融合型企业认定管理办法"

# ("chap", text) | ("art", text) | ("item", text)
BODY = [
    ("chap", "第一章　总　　则"),
    ("art", "第一条　为深化产教融合，推动企业深度参与职业教育和人才培养，规范市级产教融合型企业认定和管理工作，根据《建设产教融合型企业实施办法（试行）》（发改社会〔2019〕590号）等规定，结合本市实际，制定本办法。"),
    ("art", "第二条　本办法所称市级产教融合型企业，是指在本市注册登记，深度参与产教融合、校企合作，在职业院校、普通高校人才培养和专业建设中发挥重要主体作用，行为规范、成效显著的企业。"),
    ("art", "第三条　认定工作坚持企业自愿、公开公正、动态管理的原则，每年集中认定一次，每年认定数量原则上不超过15家。"),
    ("art", "第四条　市发展改革委牵头负责市级产教融合型企业认定和管理工作，会同市教育局、市人力资源社会保障局、市财政局、市经济和信息化局组成认定工作专班，专班办公室设在市发展改革委。市直行业主管部门和各镇（街道）负责本行业、本辖区企业的组织推荐和初审工作。"),
    ("chap", "第二章　认定条件"),
    ("art", "第五条　申报企业应当同时具备以下基本条件："),
    ("item", "（一）在仙桃市注册登记，具有独立法人资格，依法经营满2年；"),
    ("item", "（二）职工总数不少于50人；"),
    ("item", "（三）近3年未发生重大安全生产、环境污染、产品质量事故；"),
    ("item", "（四）无严重违法失信记录，未被列入经营异常名录。"),
    ("art", "第六条　申报企业在申报前2年内，应当具备下列产教融合条件中的3项以上（含3项）："),
    ("item", "（一）与职业院校或普通高校签订3年以上校企合作协议，并实质性开展合作；"),
    ("item", "（二）每年接收职业院校学生岗位实习不少于20人；"),
    ("item", "（三）与院校共建实训基地或实训室，企业投入设备价值不低于50万元；"),
    ("item", "（四）选派不少于3名技术技能人员到院校担任产业导师，每人每学年指导不少于32学时；"),
    ("item", "（五）年度职工教育培训经费支出不低于职工工资总额的1.5%；"),
    ("item", "（六）与院校共建产业学院、技术技能创新平台，或者联合开展现场工程师培养；"),
    ("item", "（七）参与制定专业人才培养方案或者课程标准不少于2项。"),
    ("art", "第七条　已列入国家或者省级产教融合型企业建设培育范围的企业，符合本办法第五条规定的，可以直接认定为市级产教融合型企业。"),
    ("art", "第八条　有下列情形之一的企业，不予认定："),
    ("item", "（一）申报材料弄虚作假的；"),
    ("item", "（二）被撤销市级产教融合型企业称号未满3年的。"),
    ("chap", "第三章　认定程序"),
    ("art", "第九条　市发展改革委每年发布申报通知，明确申报时间和具体要求。"),
    ("art", "第十条　申报企业应当提交以下材料："),
    ("item", "（一）仙桃市产教融合型企业认定申请表；"),
    ("item", "（二）营业执照复印件；"),
    ("item", "（三）校企合作协议及合作成效佐证材料；"),
    ("item", "（四）申报前2年职工教育培训经费支出情况说明；"),
    ("item", "（五）诚信承诺书。"),
    ("art", "第十一条　市直行业主管部门、各镇（街道）自收到申报材料之日起10个工作日内完成初审，对符合条件的出具推荐意见，报送认定工作专班办公室。"),
    ("art", "第十二条　认定工作专班组织专家采取材料评审与实地核查相结合的方式进行评审，提出拟认定名单。"),
    ("art", "第十三条　拟认定名单在市政府门户网站公示7个工作日。公示无异议的，由市发展改革委报市人民政府同意后发文公布，授予“仙桃市产教融合型企业”称号。"),
    ("chap", "第四章　管理和监督"),
    ("art", "第十四条　市级产教融合型企业实行动态管理。认定工作专班每年4月对企业上一年度产教融合工作开展情况进行评价，评价结果分为良好、一般、较差三个等次。"),
    ("art", "第十五条　评价结果为较差的，由市发展改革委责令其限期3个月整改；整改不到位的，撤销其称号。"),
    ("art", "第十六条　市级产教融合型企业应当于每年3月31日前，向市发展改革委报送上一年度产教融合工作开展情况。"),
    ("art", "第十七条　市级产教融合型企业有下列情形之一的，由市发展改革委报市人民政府同意后撤销其称号："),
    ("item", "（一）申报过程中弄虚作假的；"),
    ("item", "（二）发生重大安全生产、环境污染、产品质量事故的；"),
    ("item", "（三）出现严重违法失信行为的；"),
    ("item", "（四）连续2年未按规定报送产教融合工作开展情况的；"),
    ("item", "（五）连续2年未开展实质性校企合作的；"),
    ("item", "（六）评价结果为较差且整改不到位的。"),
    ("art", "第十八条　被撤销称号的企业，自撤销之日起3年内不得再次申报。"),
    ("art", "第十九条　企业名称、注册地等发生变化的，应当自变化之日起30日内书面报告市发展改革委。"),
    ("chap", "第五章　支持措施"),
    ("art", "第二十条　对市级产教融合型企业给予以下支持："),
    ("item", "（一）优先支持其申报市级产教融合实训基地、产业学院等项目；"),
    ("item", "（二）优先推荐申报省级产教融合型企业；"),
    ("item", "（三）按照规定享受国家和省有关产教融合型企业支持政策；"),
    ("item", "（四）按照《仙桃市支持产教融合型企业发展若干措施》给予资金支持。"),
    ("art", "第二十一条　市财政每年安排不少于600万元资金，用于支持市级产教融合型企业发展，资金使用情况向社会公开。"),
    ("chap", "第六章　附　　则"),
    ("art", "第二十二条　本办法由市发展改革委负责解释。"),
    ("art", "第二十三条　本办法自2026年4月1日起施行，有效期5年。"),
]

NEXT_TITLE = "仙桃市人民政府办公室关于印发仙桃市2026年城乡环境综合整治工作要点的通知"
NEXT_DOCNO = "仙政办发〔2026〕11号"
NEXT_TO = "各镇人民政府、街道办事处，市政府各部门："
NEXT_TEXT = ("《仙桃市2026年城乡环境综合整治工作要点》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。"
             "各地各部门要按照职责分工，细化工作措施，于每季度末将工作进展情况报送市城乡环境综合整治工作领导小组办公室。")

FICTION = ("（本页为虚构测试文档，非真实政策：仙桃市为真实地名，公报期号、文号、内容、数字和人员均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。）")

CSS = """
@page { size: A4; margin: 24mm 18mm 20mm 18mm;
  @top-left { content: "仙桃市人民政府公报"; font-family: "Noto Sans CJK SC"; font-size: 9pt; vertical-align: bottom;
              border-bottom: 0.8pt solid #000; padding-bottom: 2pt; }
  @top-right { content: "2026年第2期"; font-family: "Noto Sans CJK SC"; font-size: 9pt; vertical-align: bottom;
               border-bottom: 0.8pt solid #000; padding-bottom: 2pt; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC"; font-size: 9pt; } }
@page :first { counter-increment: page 17; }
body { font-family: "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", serif; font-size: 10.5pt; margin: 0; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.6pt solid #000; column-fill: auto; }
.label { column-span: all; font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-size: 10pt; margin: 0 0 4mm 0; }
h1 { column-span: all; text-align: center; font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 16pt;
     font-weight: bold; line-height: 1.5; margin: 2mm 8mm 2mm 8mm; }
.docno { column-span: all; text-align: center; font-size: 10.5pt; margin: 0 0 4mm 0; }
h2 { column-span: all; text-align: center; font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 14pt;
     font-weight: bold; margin: 5mm 0 3mm 0; }
h3 { text-align: center; font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; font-weight: bold;
     margin: 3mm 0 2mm 0; break-after: avoid; }
p { text-indent: 2em; margin: 0; line-height: 1.75; text-align: justify; }
p.n { text-indent: 0; }
p.r { text-align: right; text-indent: 0; }
p b { font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; }
.span { column-span: all; margin: 0 0 2mm 0; }
.next { margin-top: 6mm; }
.fiction { column-span: all; font-size: 8pt; margin-top: 5mm; text-indent: 0; }
"""


def esc(s):
    return html.escape(s, quote=False)


def article(text):
    head, _, rest = text.partition("　")
    return f"<p><b>{esc(head)}</b>　{esc(rest)}</p>"


def page():
    out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
           f'<title>仙桃市人民政府公报 2026年第2期 — {esc(TITLE)}</title>',
           '<!-- 虚构测试文档，非真实政策 (fictional test document; the gazette, its content and its numbers are invented) -->',
           f'<style>{CSS}</style></head><body>', '<div class="cols">',
           '<div class="label">【市政府文件】</div>',
           f'<h1>{esc(NOTICE_TITLE)}</h1>', f'<div class="docno">{esc(DOCNO)}</div>',
           '<div class="span">', f'<p class="n">{esc(TO)}</p>', f'<p>{esc(NOTICE)}</p>',
           f'<p class="r">{esc(ISSUER)}　　</p>', f'<p class="r">{esc(DATE)}　　</p>',
           '<p>（此件公开发布）</p>', '</div>', f'<h2>{esc(TITLE)}</h2>']
    for kind, text in BODY:
        if kind == "chap":
            out.append(f"<h3>{esc(text)}</h3>")
        elif kind == "art":
            out.append(article(text))
        else:
            out.append(f"<p>{esc(text)}</p>")
    out += ['<div class="next"></div>', f'<h1>{esc(NEXT_TITLE)}</h1>', f'<div class="docno">{esc(NEXT_DOCNO)}</div>',
            '<div class="span">', f'<p class="n">{esc(NEXT_TO)}</p>', f'<p>{esc(NEXT_TEXT)}</p>', '</div>',
            f'<p class="fiction">{esc(FICTION)}</p>', '</div></body></html>']
    return "\n".join(out) + "\n"


def main():
    with open(SRC, "w", encoding="utf-8") as f:
        f.write(page())
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer", f"--print-to-pdf={OUT}", SRC],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("wrote", SRC, OUT)


if __name__ == "__main__":
    main()
