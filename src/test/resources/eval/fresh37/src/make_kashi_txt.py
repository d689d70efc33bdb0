#!/usr/bin/env python3
"""Write fresh37/kashi-dayi.txt (虚构测试文档，非真实政策).

    cd fresh37/src && python3 make_kashi_txt.py

Part (b) of the held-out pair: **the 填报答疑 of the city's 2026 市级产教融合型企业 申报** as copied out of a WeChat 公众号
article (select all → paste into a text editor): the title line, the `原创` line with the account name and the date, a lead
paragraph, 【】 headings, `问：` / `答：` lines, the contact lines, and the end noise a copy picks up (来源 / 编辑 / 审核, 阅读原文,
阅读 count, 分享 / 收藏 / 点赞 / 在看, the account's name again, 微信扫一扫关注该公众号). UTF-8, LF, no emoji. The fictional note in
the last lines.

QA (per 【】 heading) holds the pairs; RESTATED the keys of make_kashi_pdf.FACTS whose strings the 答疑 repeats; NEW strings
found only here (../check_fresh37.py checks both).
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_kashi_pdf import FACTS  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "kashi-dayi.txt")
F = FACTS
TITLE = "关于2026年喀什市市级产教融合型企业申报工作常见问题的解答"
ACCOUNT = "喀什发改"
POSTED = "2026年06月03日 19:42"
EDITOR = "苗若涵"
REVIEWER = "卢振东"
READS = "2863"
SUPPORT = "0998-2586420"
QA = [
    ("申报主体", [
        ("分公司可以申报吗？",
         "不可以。申报企业须具有独立法人资格，分公司、办事处等分支机构不能单独申报，可由其总公司申报；总公司不在喀什市登记注册的，不能申报。"),
        ("成立不满3年的企业能报吗？",
         f"不能。“{F['registered']}”以营业执照载明的成立日期计算至2026年6月30日，即2023年6月30日以前（含当日）成立的企业符合条件。"),
        ("已经入选上级产教融合型企业建设培育库的，还能申报市级吗？",
         "可以申报，审核时同等条件下优先认定；但同一企业不重复享受市级一次性奖励。"),
    ]),
    ("申报条件", [
        ("“上年度从业人员不少于100人”怎么算？",
         "以2025年12月企业为职工缴纳社会保险的人数为准，外包服务人员不计入。"),
        ("接收实习学生人数怎么认定？",
         "以企业与院校、学生签订的三方实习协议为准，近三年累计不少于60人；同一学生在不同年度实习的，按1人计算。"),
        ("兼职教师有什么要求？",
         "须为企业在职技术骨干，由职业院校发放聘书，每学年在校授课不少于40学时。"),
        ("合作院校必须是喀什市的吗？",
         "不必须。与喀什市以外的职业院校合作也可以，但须提供有效期内的校企合作协议。"),
        ("校企合作投入包括哪些？",
         "包括企业向合作院校投入的资金和捐赠设备的折价，不含企业支付给实习学生的报酬。近三年累计不少于50万元。"),
    ]),
    ("填报要求", [
        ("“企业规模”怎么勾选？",
         "按照国家统计局《统计上大中小微型企业划分办法（2017）》勾选。微型企业不在申报范围内，申报书中不设“微型”选项。"),
        ("金额保留几位小数？",
         f"{F['unit']}，如12.5万元。"),
        ("“所属行业”可以多选吗？",
         "不可以，只勾选企业主营业务所属的一个行业；“合作形式”可以多选。"),
        ("申报书要交几份？",
         f"纸质申报书{F['copies']}，正本须为原件。"),
    ]),
    ("奖励政策", [
        ("认定后有哪些支持？",
         f"对经认定的市级产教融合型企业给予{F['reward']}，奖励资金在认定文件印发后3个月内拨付；企业投资兴办职业教育符合规定的，"
         f"{F['ratio']}当年应缴教育费附加和地方教育附加；对认定当年新增的校企合作设备投入，{F['subsidy']}，{F['cap']}。"),
        ("认定有效期多久？",
         f"{F['valid']}。有效期内每年12月底前报送年度工作报告，年度评价不合格的，取消市级产教融合型企业资格。"),
    ]),
    ("报送方式", [
        ("线上怎么报？",
         f"登录{F['system']}，选择“产教融合型企业申报”模块在线填报，上传盖章后的申报书和附件材料扫描件（PDF格式，单个文件不超过50MB），"
         f"在线提交截止时间为{F['deadline']}。"),
        ("纸质材料交到哪里？",
         f"报送市发展改革委社会事业科（{F['place']}）。纸质材料须于2026年7月13日（星期一）20:00前送达，接收时间为工作日10:00—13:30、"
         "16:00—20:00。"),
        ("可以邮寄吗？",
         "可以。通过邮政EMS寄送的，以寄出邮戳时间为准，须在2026年7月13日前寄出，并在信封上注明“产教融合型企业申报材料”。"),
        ("审核结果什么时候出？",
         f"联合审核和现场核查预计在2026年8月底前完成，拟认定名单在喀什市人民政府网站{F['publicity']}，公示无异议的发文认定。"),
    ]),
]
CONTACTS = [
    f"政策咨询：市发展改革委社会事业科　{F['people'][0]}　{F['phones'][0]}",
    f"行业咨询：市工业和信息化局产业科　{F['people'][1]}　{F['phones'][1]}",
    f"平台技术支持：{SUPPORT}",
]
RESTATED = ["copies", "unit", "reward", "ratio", "subsidy", "cap", "valid", "deadline", "system", "place", "publicity", "people",
            "phones", "registered"]
NEW = ["分公司、办事处等分支机构不能单独申报", "2023年6月30日以前（含当日）", "不重复享受市级一次性奖励", "外包服务人员不计入",
       "按1人计算", "不少于40学时", "与喀什市以外的职业院校合作也可以", "不含企业支付给实习学生的报酬",
       "统计上大中小微型企业划分办法（2017）", "认定文件印发后3个月内拨付", "每年12月底前报送年度工作报告", "单个文件不超过50MB",
       "2026年7月13日（星期一）20:00前送达", "10:00—13:30、16:00—20:00", "以寄出邮戳时间为准", "2026年8月底前", SUPPORT]
FICTION = ("本文为虚构测试文档，非真实政策：喀什市为真实地名，公众号、文号、申报条件、奖励标准、时间、地址、人员和电话均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")


def text():
    o = [TITLE, "", f"原创　{ACCOUNT}　{ACCOUNT}　{POSTED}", "",
         "2026年市级产教融合型企业申报工作启动以来，不少企业通过电话和后台留言咨询申报书怎么填、材料怎么交。我们把大家关心的共性问题"
         "整理如下，请申报企业对照填报。", ""]
    for head, qs in QA:
        o.append(f"【{head}】")
        o.append("")
        for q, a in qs:
            o += [f"问：{q}", f"答：{a}", ""]
    o += ["【咨询电话】", ""] + CONTACTS + [""]
    o += [f"来源：喀什市发展和改革委员会", f"编辑：{EDITOR}　审核：{REVIEWER}", "", "阅读原文", f"阅读 {READS}", "",
          "分享　收藏　点赞　在看", "", ACCOUNT, "微信扫一扫关注该公众号", "", FICTION]
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
