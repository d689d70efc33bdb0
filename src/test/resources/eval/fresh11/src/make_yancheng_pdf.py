#!/usr/bin/env python3
"""Write fresh11/src/yancheng-chanye-xueyuan-xize.html and print it with Chromium to fresh11/yancheng-chanye-xueyuan-xize.pdf
(虚构测试文档，非真实政策).

    cd fresh11/src && python3 make_yancheng_pdf.py

An ordinary one-column PDF with a text layer, as a bureau publishes a 实施细则 with its 印发通知: A4, page numbers `— N —`
from an @page margin box (Chromium --no-pdf-header-footer); page 1 the 通知 (three issuers, 文号, addressee, the 2026
申报 arrangements, contacts, 落款); from page 2 the 细则 in articles 第一条…第二十条 (no chapters, no table), 印发 line,
fictional note.
"""
import html
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "yancheng-chanye-xueyuan-xize.html")
OUT = os.path.join(os.path.dirname(HERE), "yancheng-chanye-xueyuan-xize.pdf")

ISSUERS = ["盐城市教育局", "盐城市财政局", "盐城市工业和信息化局"]
NOTICE_TITLE = "盐城市教育局 盐城市财政局 盐城市工业和信息化局关于印发《盐城市市级产业学院建设补助实施细则》的通知"
DOCNO = "盐教发〔2026〕41号"
TO = "各县（市、区）教育局、财政局、工业和信息化局，市各开发区社会事业局，各驻盐高校、市属职业院校："
NOTICE = [
    "为落实《盐城市人才强市建设三年行动方案（2026—2028年）》（盐政办发〔2026〕27号）关于建设市级产业学院的任务，"
    "市教育局、市财政局、市工业和信息化局制定了《盐城市市级产业学院建设补助实施细则》，现印发给你们，请认真贯彻执行。",
    "2026年度市级产业学院申报工作同步启动：申报单位于2026年7月13日至8月7日登录“盐城市教育综合服务平台”提交申报材料；"
    "各县（市、区）教育局于2026年8月21日前完成推荐；市教育局于2026年9月组织评审，计划认定市级产业学院10个。",
    "联系人：市教育局职业教育与终身教育处 钱慧敏，电话0515-88235617；市财政局教科文处 陈志远，电话0515-88390462；"
    "市工业和信息化局人才处 仲海涛，电话0515-69823051。",
]
DATE = "2026年6月8日"
TITLE = "盐城市市级产业学院建设补助实施细则"
ARTICLES = [
    "为推动驻盐高校、职业院校与行业企业深度合作，规范市级产业学院的认定、补助和管理，根据《盐城市人才强市建设三年行动方案（2026—2028年）》，"
    "制定本细则。",
    "本细则所称市级产业学院，是指驻盐高校、职业院校（以下简称院校）与在盐城市行政区域内依法登记的企业共同建设，"
    "面向本市重点产业培养技术技能人才，经市教育局会同市财政局、市工业和信息化局认定的产业学院。",
    "市级产业学院的认定和补助遵循“校企共建、突出产业、择优支持、绩效管理”的原则，每年集中认定一次。",
    "申报市级产业学院应当同时具备下列条件：（一）院校与合作企业签订合作协议，合作期限不少于4年；（二）共建专业不少于2个，"
    "在校生不少于240人；（三）合作企业向产业学院投入设备或资金合计不少于200万元；（四）合作企业选派不少于8名技术骨干参与教学和实训指导；"
    "（五）产业学院已运行满1年，有独立的管理机构和运行制度。",
    "合作企业应当为上年度营业收入不低于1亿元的规模以上企业，或者为市级以上专精特新企业，近3年内未发生重大安全生产事故，"
    "未被列入严重失信主体名单。",
    "经认定的市级产业学院，给予建设补助80万元，分两次拨付：认定后拨付50万元，建设期满评估合格后拨付30万元。建设期为3年。",
    "面向新能源、汽车、电子信息、海洋经济四大重点产业的市级产业学院，补助标准上浮20%，即给予建设补助96万元，"
    "两次拨付的比例与前条相同。",
    "县（市、区）属院校建设的市级产业学院，所在县（市、区）财政按不低于市级补助30%的比例给予配套。",
    "补助资金由院校统筹用于实训条件建设、课程资源开发、企业技术人员教学补贴和学生实习实训，不得用于人员基本工资、楼堂馆所建设和偿还债务。",
    "每所院校每年限报1个市级产业学院；同一产业学院已获得省级产业学院立项的，不再享受市级补助。",
    "申报单位为院校。县（市、区）属院校向所在县（市、区）教育局申报，经初审后由县（市、区）教育局推荐；驻盐高校和市属职业院校直接向市教育局申报。",
    "申报材料包括：（一）市级产业学院申报书；（二）校企合作协议；（三）企业投入证明材料；（四）共建专业人才培养方案；"
    "（五）上年度运行情况报告；（六）信用承诺书。",
    "市教育局会同市财政局、市工业和信息化局组织评审，评审结果在市教育局门户网站公示5个工作日。公示无异议的，由三部门联合发文认定。",
    "市财政局在认定文件印发后30个工作日内拨付第一次补助资金。",
    "建设期满后，市教育局会同市工业和信息化局组织评估。评估结果分为合格、不合格两个等次，评估合格的拨付剩余补助资金；"
    "评估不合格的，给予6个月整改期，整改后仍不合格的，撤销市级产业学院称号，不再拨付剩余资金。",
    "市级产业学院有下列情形之一的，撤销其称号，收回已拨付的补助资金：（一）以虚假材料骗取认定的；（二）合作企业退出且6个月内未补充合作企业的；"
    "（三）挪用补助资金的。被撤销称号的院校，3年内不得申报市级产业学院。",
    "各县（市、区）教育局负责对本地区市级产业学院的日常指导和服务，每年12月底前将运行情况报市教育局。",
    "市级产业学院应当每年发布人才培养质量报告，向社会公开共建专业、在校生规模、合作企业参与情况等信息。",
    "本细则由市教育局会同市财政局、市工业和信息化局负责解释。",
    "本细则自2026年7月10日起施行，有效期至2029年7月9日。",
]
PRINT_LINE = "盐城市教育局办公室　　　　　　　　2026年6月9日印发"
FICTION = ("虚构测试文档，非真实政策：盐城市为真实地名，本文件的文号、内容、数字、人员、电话和日期均为虚构，仅用于问答系统评测。"
           "虚构测试文档，非真实政策。")
NUM = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return NUM[n - 1] if n < 10 else "十"
    return ("十" if n < 20 else NUM[n // 10 - 1] + "十") + (NUM[n % 10 - 1] if n % 10 else "")


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
         '<!-- 虚构测试文档，非真实政策 (fictional test document; content, 文号, people and figures are invented) -->',
         f'<style>{CSS}</style></head><body>',
         f'<h1>{e(NOTICE_TITLE)}</h1>', f'<div class="docno">{e(DOCNO)}</div>', f'<p class="n">{e(TO)}</p>']
    o += [f'<p>{e(t)}</p>' for t in NOTICE]
    o.append('<p class="n">附件：盐城市市级产业学院建设补助实施细则</p>')
    o.append('<p>&nbsp;</p>')
    for name in ISSUERS:
        o.append(f'<p class="r">{e(name)}</p>')
    o.append(f'<p class="r">{e(DATE)}</p>')
    o.append('<p>（此件公开发布）</p>')
    o.append(f'<h1 class="newpage">{e(TITLE)}</h1>')
    for i, t in enumerate(ARTICLES, 1):
        o.append(f'<p><span style="font-family:黑体,\'Noto Sans CJK SC\',sans-serif">第{cn(i)}条</span>　{e(t)}</p>')
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
