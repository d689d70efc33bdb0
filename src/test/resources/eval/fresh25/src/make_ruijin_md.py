#!/usr/bin/env python3
"""Write fresh25/ruijin-tuijinhui-tongzhi.md (虚构测试文档，非真实政策).

    cd fresh25/src && python3 make_ruijin_md.py

A meeting notice as a Markdown file (the format of knowledge/*.md and fresh8's xinhui-xize-2026.md, without the front
matter): `#` title, the 文号 and the issuer in a line under it, addressee, `##` headings 一、…五、, the 参会人员 as a bulleted
list, the **会议议程 as a Markdown numbered list `1.`…`6.` (the speakers named in the items)**, 有关要求 as a numbered list
`1.`…`5.` (回执 by e-mail with a deadline, 交流材料 字数 and deadline, 着装, 纪律, contacts), 附件 line, 落款 and date, then
`## 附件` with the **回执 as a pipe table (序号 / 单位名称 / 姓名 / 职务 / 手机号码 / 是否需要安排用餐 / 备注, three empty rows)**
and a note line; the fictional note as an HTML comment at the top and as the last line.
关于召开瑞金市产教融合推进会的通知 (瑞产教领办〔2026〕4号, 瑞金市产教融合工作领导小组办公室, 2026年4月24日).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "ruijin-tuijinhui-tongzhi.md")
EMAIL = "rjcjrhb@163.com"
HZ_HEAD = ["序号", "单位名称", "姓名", "职务", "手机号码", "是否需要安排用餐", "备注"]
FICTION = ("虚构测试文档，非真实政策：瑞金市及所辖乡镇为真实地名，本通知的内容、人员、文号、企业和学校名称、电话和电子邮箱均为虚构，"
           "仅用于问答系统评测。虚构测试文档，非真实政策。")

TEXT = f"""<!-- {FICTION} -->

# 关于召开瑞金市产教融合推进会的通知

瑞产教领办〔2026〕4号　　瑞金市产教融合工作领导小组办公室

领导小组各成员单位，各乡镇人民政府，瑞金经济技术开发区管委会，市内各职业院校，各有关企业：

为贯彻落实领导小组第一次全体会议精神，推动校企合作项目落地见效，经领导小组组长同意，定于2026年5月14日召开全市产教融合推进会。现将有关事项通知如下。

## 一、会议时间

2026年5月14日（星期四）下午2:30，会期约2小时。

报到时间：当日下午1:40—2:15，在会场入口处签到，领取会议材料。

## 二、会议地点

瑞金经济技术开发区管委会4楼报告厅。

## 三、参会人员

- 领导小组组长、副组长和全体成员；
- 各乡镇人民政府分管负责同志各1名；
- 瑞金经济技术开发区管委会分管负责同志1名；
- 市内各职业院校校长和分管校领导各1名，共2名；
- 拟签约企业负责人各1名，其他重点企业人力资源负责人各1名；
- 市融媒体中心记者2名。

## 四、会议议程

会议由副组长、市人民政府办公室主任谢明轩主持。

1. 市教育体育局局长温芳菲通报全市产教融合工作进展和校企合作项目推进情况；
2. 校企合作项目集中签约，共签约项目3个；
3. 瑞金市红都职业技术学校、瑞金绿源食品有限公司、沙洲坝镇人民政府作交流发言，每个单位发言不超过5分钟；
4. 市人力资源和社会保障局副局长廖志远解读企业新型学徒制培养补贴政策；
5. 副组长、市教育体育局局长温芳菲部署下阶段产教融合重点工作；
6. 组长、市人民政府常务副市长赖振华讲话。

## 五、有关要求

1. 请各参会单位于2026年5月8日12:00前将参会回执（见附件）发送至领导小组办公室电子邮箱{EMAIL}。
2. 交流发言单位须于2026年5月11日前将交流材料电子版发送至上述邮箱，材料不超过2000字，并附2至3张工作照片。
3. 参会人员请着正装，提前10分钟入场。
4. 严格遵守会议纪律，会议期间不得随意走动，手机调至静音或关机状态；原则上不得请假，确需请假的须经本单位主要负责同志同意，并报领导小组办公室备案。
5. 联系人：领导小组办公室彭俊杰，电话：0797-2526318；会务组邱丽娟，电话：0797-2526307。

附件：瑞金市产教融合推进会参会回执

瑞金市产教融合工作领导小组办公室

2026年4月24日

## 附件

### 瑞金市产教融合推进会参会回执

| {" | ".join(HZ_HEAD)} |
|{"|".join(["------"] * len(HZ_HEAD))}|
""" + "".join(f"| {i} |" + "  |" * (len(HZ_HEAD) - 1) + "\n" for i in (1, 2, 3)) + f"""
注：“是否需要安排用餐”栏填“是”或“否”，会议安排工作晚餐；回执请于5月8日12:00前发送至{EMAIL}。

{FICTION}
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
