#!/usr/bin/env python3
"""Write fresh29/huangnan-zhengqiu-yijian.html (虚构测试文档，非真实政策).

    cd fresh29/src && python3 make_huangnan_html.py

New shape of this round: a **公开征求意见公告 with its 征求意见稿** as published on a prefecture portal's 意见征集 page (UTF-8;
fresh28's frame, in maroon and gold: zhengqiu.css). 黄南藏族自治州人民政府 portal: top bar, logo and search box, nav, breadcrumb
当前位置：首页 > 政民互动 > 意见征集, a 信息公开 box (索引号, 发布机构, 主题分类, 成文日期, 发布日期, 公开方式 as <span>s), <h1>
title, info line (发布时间 / 来源 / 浏览次数), then in <div class="article">: the 公告 (opening, 一、征求意见时间, 二、反馈方式
(电子邮件, 信函 with 邮编, 电话, 联系人), 三、注意事项, 附件 line, 落款) and the attachment itself, the 征求意见稿 of the
《黄南州深化产教融合促进职业教育发展若干措施》 (opening, measures 一、… 十二、); 【打印本页】【关闭窗口】, footer with 网站标识码 and
青ICP备. The note is in an HTML comment and in the last lines.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "huangnan-zhengqiu-yijian.html")

SITE = "黄南藏族自治州人民政府"
POLICY = "黄南州深化产教融合促进职业教育发展若干措施"
TITLE = f"关于公开征求《{POLICY}（征求意见稿）》意见的公告"
PUBLISHED = "2026-06-06 10:18"
META = [("索 引 号", "11632300MB1F37425Q/2026-00367"), ("发布机构", "黄南州教育局"), ("主题分类", "教育\\职业教育"),
        ("成文日期", "2026-06-05"), ("发布日期", "2026-06-06"), ("公开方式", "主动公开")]
# the 公告: (class, text); class "" = body paragraph
NOTICE = [
    ("", f"为深化产教融合、校企合作，推动职业教育更好服务全州特色产业发展，州教育局会同州发展改革委、州财政局、州人力资源社会保障局"
         f"起草了《{POLICY}（征求意见稿）》。为增强政策制定的透明度和科学性，现向社会公开征求意见，有关事项公告如下："),
    ("h", "一、征求意见时间"),
    ("", "2026年6月9日至2026年7月8日。"),
    ("h", "二、反馈方式"),
    ("", "（一）电子邮件：请将意见发送至hnzjyj_cjrh@163.com，邮件主题请注明“产教融合若干措施意见”。"),
    ("", "（二）信函：请邮寄至黄南州同仁市热贡路88号州教育局职业教育与成人教育科，邮政编码：811300，请在信封上注明“产教融合若干措施"
         "意见”字样。"),
    ("", "（三）电话：0973-8726415（工作日上午9:00—12:00，下午14:30—18:00）。联系人：多杰才让。"),
    ("h", "三、注意事项"),
    ("", "（一）反馈意见时请注明真实姓名（单位名称）和联系方式，以便进一步沟通。"),
    ("", "（二）意见建议请围绕征求意见稿内容提出，并尽量说明理由和依据。"),
    ("", "（三）以信函方式反馈的，以寄出邮戳日期为准；逾期反馈的意见不予受理。"),
    ("", "（四）本征求意见稿不作为政策执行依据，正式文件以州人民政府印发的为准。"),
    ("fj", f"附件：{POLICY}（征求意见稿）"),
    ("r", "黄南州教育局"),
    ("r", "2026年6月5日"),
]
DRAFT_INTRO = ("为贯彻落实《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号），推动职业教育与全州生态畜牧业、文化旅游业、"
               "热贡文化产业、清洁能源产业融合发展，结合我州实际，制定以下措施。")
MEASURES = [
    "一、支持校企共建实训基地。职业院校与企业共建生产性实训基地，经州教育局会同州财政局验收合格的，按企业设备实际投入的30%给予"
    "一次性补助，单个实训基地最高不超过40万元。",
    "二、支持企业接收学生实习。企业接收州内职业院校学生开展岗位实习连续3个月以上的，按每人每月500元标准给予企业补助，单家企业每年"
    "补助总额不超过15万元。",
    "三、支持企业人员到校任教。企业技术骨干、能工巧匠到州内职业院校兼职任教的，按每课时120元标准给予课时补贴，每人每年补贴不超过"
    "240课时。",
    "四、支持热贡艺术技艺传承。支持职业院校与唐卡、堆绣、泥塑等热贡艺术企业（作坊）共建技艺传承工作室，经认定的每个给予15万元"
    "建设补助，全州每年认定不超过5个。",
    "五、支持校企合作开设订单班。订单班学生毕业后到合作企业就业人数达到该班毕业人数70%以上的，每个订单班给予合作企业5万元奖励。",
    "六、支持专业教师到企业实践。职业院校专业教师每年到企业实践累计不少于1个月，实践期间按每人每天70元标准给予生活补助。",
    "七、鼓励企业录用职业院校毕业生。企业录用州内职业院校应届毕业生，签订1年以上劳动合同并依法缴纳社会保险的，每录用1人给予企业"
    "2700元一次性补助。",
    "八、加大资金投入。州财政每年安排产教融合专项资金630万元，用于本措施所列支持事项。",
    "九、规范补助申报。每年3月1日至3月31日集中受理上一年度事项的补助申报，由州教育局会同州财政局、州人力资源社会保障局审核，审核"
    "结果在州人民政府网站公示15日。",
    "十、强化组织保障。建立由州教育局牵头，州发展改革委、州财政局、州人力资源社会保障局、州文化和旅游局等部门参加的产教融合工作"
    "联席会议制度，每半年召开一次会议，协调解决政策落实中的问题。",
    "十一、本措施由州教育局负责解释。",
    "十二、本措施自2026年9月20日起施行，有效期3年。《黄南州支持校企合作若干措施》（黄政办〔2021〕37号）同时废止。",
]
FICTION = ("本页为虚构测试文档，非真实政策：黄南藏族自治州及所属县（市）为真实地名，公告和征求意见稿内容、金额、文号、人员、电话、"
           "邮箱、地址、索引号、网站标识码和备案号均为虚构，仅用于问答系统评测。虚构测试文档，非真实政策。")

CSS = open(os.path.join(HERE, "zhengqiu.css"), encoding="utf-8").read()


def e(s):
    return html.escape(s, quote=False)


def para(cls, t):
    return f'<p class="{cls}">{e(t)}</p>' if cls else f"<p>{e(t)}</p>"


def article():
    o = ['<div class="article">']
    o += [para(c, t) for c, t in NOTICE]
    o.append(para("t", POLICY))
    o.append(para("st", "（征求意见稿）"))
    o.append(para("", DRAFT_INTRO))
    o += [para("", m) for m in MEASURES]
    o.append("</div>")
    return "\n".join(o)


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{e(TITLE)}_意见征集_{SITE}</title>',
         f'<meta name="SiteName" content="{SITE}">', '<meta name="ColumnName" content="意见征集">',
         f'<meta name="ArticleTitle" content="{e(TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the notice, the draft, amounts, 文号, people, phone numbers, '
         'e-mail, address, 索引号, 网站标识码 and ICP number are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         f'<div class="top"><div class="w">欢迎访问{SITE}门户网站　　今天是：<span id="today">2026年6月9日 星期二</span>　　'
         '<a href="#">藏文版</a>　<a href="#">无障碍浏览</a>　<a href="#">手机版</a></div></div>',
         f'<div class="head"><div class="w"><span class="logo">{SITE}<small>政府门户网站</small></span>',
         '<form action="#"><input type="text" name="kw" placeholder="站内搜索"> <button type="submit">检索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">网站首页</a><a href="#">走进黄南</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">政民互动</a><a href="#">热贡文化</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政民互动</a> &gt; <a href="#">意见征集</a></div>',
         '<div class="main">',
         '<div class="xxgk">' + "".join(f"<span>{e(k)}：{e(v)}</span>" for k, v in META) + "</div>",
         f'<h1>{e(TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：州教育局　　浏览次数：<span id="hits">214</span>　　'
         '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>',
         article(),
         '<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>',
         f'<p class="fiction">{e(FICTION)}</p>',
         '</div>',
         f'<div class="foot"><div class="w">主办：{SITE}办公室　　技术支持：黄南州政务服务监督管理局<br>'
         '网站标识码：6323000019　　青ICP备20260606号-1<br>建议使用1366×768以上分辨率浏览</div></div>',
         f'<!-- {e(FICTION)} -->',
         '</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(MEASURES), "measures")


if __name__ == "__main__":
    main()
