#!/usr/bin/env python3
"""Write fresh31/hongya-mingdan-gonggao.txt (虚构测试文档，非真实政策).

    cd fresh31/src && python3 make_hongya_txt.py

New shape of this round: the **成员单位名单公告** of a 县域产教联合体 (关于公布洪雅县县域产教联合体首批成员单位名单的公告,
洪产教联〔2026〕2号, 2026年7月2日) as a portal's 纯文本 export (UTF-8, LF): a header block of the 洪雅县人民政府 site's plain-text view
(标题 / 发布机构 / 文号 / 发布日期 between rules of `=`), the title, 文号, opening, 一、基本情况 (counts by 类别 and by 职务),
二、联合体负责人 (理事长, 秘书长), 三、近期工作 (联络人 deadline, 首届理事会第一次会议, 第二批 截止), 四、联系方式 (秘书处: person,
phone, e-mail, address), 落款, then 附件 with the **roster as whitespace-aligned columns** (header line 序号 / 单位名称 / 类别 /
所在镇 / 联合体职务, a rule of `-`; column widths counted in display cells, a CJK character = 2) — **three long unit names wrap**:
their first 16 characters on the row, the rest on the next line under the name column (the other columns blank), so the whole name
is not one string in the text. The wrapped names occur nowhere else in the text. Last lines: the note. Rules (conditions, terms,
majorities, 不收取会费) are the 章程's (hongya-lianheti-zhangcheng.pdf) and are not repeated here.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "hongya-mingdan-gonggao.txt")

WRAP = 16  # characters of a name on its first line
# 单位名称, 类别, 所在镇, 联合体职务
ROWS = [
    ("洪雅县青衣江职业技术学校", "院校", "洪川镇", "理事长单位"),
    ("洪雅县瓦屋山生态茶业有限公司", "企业", "瓦屋山镇", "副理事长单位"),
    ("四川青衣江乳业有限公司", "企业", "余坪镇", "副理事长单位"),
    ("洪雅县青竹家居制造有限公司", "企业", "止戈镇", "副理事长单位"),
    ("洪雅县藤椒食品产业有限公司", "企业", "将军镇", "副理事长单位"),
    ("洪雅县技工学校", "院校", "洪川镇", "理事单位"),
    ("洪雅县茶叶科学研究所", "科研院所", "止戈镇", "理事单位"),
    ("洪雅县茶业协会", "行业协会", "洪川镇", "理事单位"),
    ("洪雅县槽渔滩雅鱼养殖有限公司", "企业", "槽渔滩镇", "理事单位"),
    ("洪雅县高庙康养旅游开发有限公司", "企业", "高庙镇", "理事单位"),
    ("四川洪雅智能装备制造有限公司", "企业", "余坪镇", "理事单位"),
    ("洪雅县中保奶牛牧场有限公司", "企业", "中保镇", "理事单位"),
    ("洪雅县旅游协会", "行业协会", "洪川镇", "理事单位"),
    ("洪雅县康养护理职业培训学校", "院校", "洪川镇", "成员单位"),
    ("洪雅县农民科技教育培训中心", "院校", "余坪镇", "成员单位"),
    ("洪雅县社区教育学院", "院校", "洪川镇", "成员单位"),
    ("洪雅县三宝镇成人文化技术学校", "院校", "三宝镇", "成员单位"),
    ("洪雅县林业科学研究所", "科研院所", "花溪镇", "成员单位"),
    ("洪雅县农业科学研究所", "科研院所", "余坪镇", "成员单位"),
    ("洪雅县竹产业协会", "行业协会", "止戈镇", "成员单位"),
    ("洪雅县电子商务协会", "行业协会", "洪川镇", "成员单位"),
    ("洪雅县民宿协会", "行业协会", "高庙镇", "成员单位"),
    ("洪雅县家具行业协会", "行业协会", "东岳镇", "成员单位"),
    ("洪雅县止戈绿茶加工有限公司", "企业", "止戈镇", "成员单位"),
    ("洪雅县花溪竹笋食品有限公司", "企业", "花溪镇", "成员单位"),
    ("洪雅县东岳木业有限公司", "企业", "东岳镇", "成员单位"),
    ("洪雅县将军果蔬冷链物流有限公司", "企业", "将军镇", "成员单位"),
    ("洪雅县瓦屋山康养酒店管理有限公司", "企业", "瓦屋山镇", "成员单位"),
    ("洪雅县槽渔滩景区运营管理有限公司", "企业", "槽渔滩镇", "成员单位"),
    ("洪雅县中保生态农业发展有限公司", "企业", "中保镇", "成员单位"),
    ("洪雅县三宝油茶种植有限公司", "企业", "三宝镇", "成员单位"),
    ("洪雅县高庙森林康养旅游服务有限公司", "企业", "高庙镇", "成员单位"),
    ("洪雅县青衣江电子商务产业园运营管理有限公司", "企业", "洪川镇", "成员单位"),
    ("洪雅县东岳竹木家居智能制造有限责任公司", "企业", "东岳镇", "成员单位"),
]
N = 34
BY_TYPE = {"院校": 6, "企业": 19, "科研院所": 3, "行业协会": 6}
BY_ROLE = {"理事长单位": 1, "副理事长单位": 4, "理事单位": 8, "成员单位": 21}
HEAD = ("序号", "单位名称", "类别", "所在镇", "联合体职务")
WIDTHS = (6, 36, 10, 12, 12)  # display cells

TOP = """洪雅县人民政府  纯文本版
========================================================================
标　　题：关于公布洪雅县县域产教联合体首批成员单位名单的公告
发布机构：洪雅县教育和体育局
文　　号：洪产教联〔2026〕2号
发布日期：2026-07-03
========================================================================

关于公布洪雅县县域产教联合体首批成员单位名单的公告

洪产教联〔2026〕2号

    根据《洪雅县县域产教联合体章程》，经单位自愿申请、联合体秘书处初审，2026年6月25日联合体成立大会审议通过，洪雅县青衣江职业技术学校等34家单位为洪雅县县域产教联合体首批成员单位。现将名单予以公布。

    一、基本情况

    首批成员单位共34家，分布在全县11个镇，其中洪川镇8家。按单位类别分，院校6家、企业19家、科研院所3家、行业协会6家；按联合体职务分，理事长单位1家、副理事长单位4家、理事单位8家、成员单位21家。

    二、联合体负责人

    联合体首届理事会理事长由洪雅县青衣江职业技术学校校长杨启明担任；秘书长由该校副校长罗晓梅担任。

    三、近期工作

    （一）请各成员单位于2026年7月22日前确定1名联络人，并将联络人姓名和手机号码报联合体秘书处。

    （二）联合体首届理事会第一次会议定于2026年8月6日在洪雅县青衣江职业技术学校召开，审议2026年度工作计划，聘任副秘书长。

    （三）第二批成员单位申请受理至2026年10月29日，有意加入的单位可向联合体秘书处提交加入申请表。

    四、联系方式

    联合体秘书处（洪雅县青衣江职业技术学校校企合作办公室）
    联系人：何丽娟
    联系电话：028-37826514
    电子邮箱：hyxycjlht@126.com
    地址：洪雅县洪川镇青衣路88号

    特此公告。

                                                  洪雅县县域产教联合体
                                                      2026年7月2日

附件：洪雅县县域产教联合体首批成员单位名单

"""
BOTTOM = """
------------------------------------------------------------------------
【说明】本页为虚构测试文档，非真实政策：洪雅县及所属乡镇为真实地名，公告内容、联合体、单位名称、人员、电话、邮箱、地址和文号均为虚构，仅用于问答系统评测。
虚构测试文档，非真实政策。
"""


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w):
    return s + " " * (w - width(s))


def line(cells):
    return "".join(pad(c, w) for c, w in zip(cells, WIDTHS)).rstrip()


def roster():
    out = [line(HEAD), "-" * sum(WIDTHS)]
    for i, (name, kind, town, role) in enumerate(ROWS, 1):
        out.append(line((str(i), name[:WRAP], kind, town, role)))
        if len(name) > WRAP:
            out.append(line(("", name[WRAP:], "", "", "")))
    return "\n".join(out)


def main():
    assert len(ROWS) == N and len({r[0] for r in ROWS}) == N
    for k, v in BY_TYPE.items():
        assert sum(1 for r in ROWS if r[1] == k) == v, k
    for k, v in BY_ROLE.items():
        assert sum(1 for r in ROWS if r[3] == k) == v, k
    assert len({r[2] for r in ROWS}) == 11 and sum(1 for r in ROWS if r[2] == "洪川镇") == 8
    wrapped = [r[0] for r in ROWS if len(r[0]) > WRAP]
    assert len(wrapped) == 3 and not any(w in TOP for w in wrapped)
    text = TOP + "洪雅县县域产教联合体首批成员单位名单\n\n" + roster() + "\n" + BOTTOM
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", OUT, len(ROWS), "units,", len(wrapped), "wrapped names")


if __name__ == "__main__":
    main()
