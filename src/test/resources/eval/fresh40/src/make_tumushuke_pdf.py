#!/usr/bin/env python3
"""Write fresh40/tumushuke-jiance-zhibiao.pdf (虚构测试文档，非真实政策): a PDF printed by LibreOffice from a flat ODT.

    cd fresh40/src && python3 make_tumushuke_pdf.py

Part (a) of the held-out pair: the held-out city's 职业教育产教融合监测评价指标体系 as its issuing notice carries it (红头 of two
issuers, 文号 over a red rule, title, 主送, the notice with （一）…（六） paragraphs, 附件 line, 落款), then from a new **landscape**
page the 指标体系 as one table by make_fodt's `@table` (序号 / 一级指标 / 二级指标 / 计算方法 / 数据来源 / 目标值 / 权重（%） / 牵头单位;
the 一级指标 cell merged over its rows by `^`; the header row repeated on every page), then 说明 1．–4. Written as
tumushuke-jiance-zhibiao.src.txt (markup of ../../tools/make_fodt.py, unchanged), the note in the meta (→ the PDF's Subject),
printed with `soffice --headless --convert-to pdf` (private profile; make_enping_doc.fodt() / convert()).

ROWS, LEVEL1, FACTS and the helpers are read by make_tumushuke_html.py (the 报送通知 refers to the indicators by number and name and
its examples use their 目标值 and 权重) and by ../check_fresh40.py.
"""
import os
import re
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_enping_doc import NOTE, fodt, convert  # noqa: E402

NAME = "tumushuke-jiance-zhibiao"
CITY = "图木舒克市"
ISSUERS = ["第三师图木舒克市教育局", "第三师图木舒克市人力资源和社会保障局"]
DOC_NO = "师市教发〔2026〕17号"
DATE = "2026年4月21日"
SYSTEM = "图木舒克市职业教育产教融合监测评价指标体系（2026—2027年）"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{SYSTEM}》的通知"
VALID = "2026年6月1日至2027年12月31日"
HEAD = ["序号", "一级指标", "二级指标", "计算方法", "数据来源", "目标值", "权重（%）", "牵头单位"]
EDU, HRSS, NDRC = "师市教育局", "师市人力资源和社会保障局", "师市发展和改革委员会"
# (一级指标, 二级指标, 计算方法, 数据来源, 目标值, 权重（%）, 牵头单位)
ROWS = [
    ("办学条件", "生均实训设备值", "实训教学设备总值÷全日制在校生数，设备按固定资产账面原值计，含企业捐赠设备", "学校报送", "1.2万元", 5, EDU),
    ("办学条件", "校内实训工位数", "校内实训室、实训基地可同时容纳学生实训的工位数", "学校报送", "800个", 4, EDU),
    ("办学条件", "生师比", "全日制在校生数÷专任教师数，专任教师不含兼职教师和行政人员", "学校报送", "不高于18", 4, EDU),
    ("办学条件", "“双师型”教师占比", "“双师型”教师数÷专任教师数×100%", "学校报送", "50%", 4, EDU),
    ("办学条件", "企业兼职教师数", "来自企业、每学年承担专业课教学不少于40课时的兼职教师人数", "学校报送", "60人", 3, EDU),
    ("校企合作", "合作企业数", "与学校签订合作协议，并在监测期内开展合作的企业数量", "学校报送", "65家", 5, EDU),
    ("校企合作", "校企共建课程数", "学校与企业共同开发并纳入人才培养方案实施的课程门数", "学校报送", "40门", 4, EDU),
    ("校企合作", "订单班学生数", "在籍的订单班（含冠名班）学生人数", "学校报送", "500人", 6, EDU),
    ("校企合作", "企业新型学徒制学徒人数", "企业与学校合作开展企业新型学徒制培训，并在人社部门备案的学徒人数", "部门提供", "150人", 5, HRSS),
    ("校企合作", "企业捐赠设备值", "企业向学校捐赠的教学实训设备价值，按捐赠协议或发票金额计", "企业报送", "300万元", 5, NDRC),
    ("校企合作", "共建生产性实训基地数", "校企共建、承担实际生产任务的实训基地数量", "学校报送", "4个", 5, EDU),
    ("培养质量", "毕业生就业率", "（就业毕业生数＋升学毕业生数）÷毕业生总数×100%", "学校报送", "92%", 6, HRSS),
    ("培养质量", "毕业生在本市就业比例", "在图木舒克市就业的毕业生数÷就业毕业生数×100%，升学的毕业生不计入", "学校报送", "50%", 6, HRSS),
    ("培养质量", "职业技能等级证书获取率", "当年毕业生中取得职业技能等级证书的人数÷当年毕业生总数×100%", "部门提供", "85%", 6, HRSS),
    ("培养质量", "技能竞赛获奖人次", "学生在师市级及以上职业技能竞赛中获得三等奖及以上奖项的人次", "学校报送", "20人次", 4, EDU),
    ("培养质量", "实习责任保险覆盖率", "投保实习责任保险的岗位实习学生数÷岗位实习学生数×100%", "学校报送", "100%", 4, EDU),
    ("培养质量", "实训实习安全事故数", "学生在校内外实训、实习期间发生的安全事故起数", "部门提供", "0起", 4, EDU),
    ("服务贡献", "社会培训人次", "学校面向企业职工和农牧民开展职业技能培训的人次，同一人参加同一项目只计1次", "学校报送", "8000人次", 7,
     HRSS),
    ("服务贡献", "技术服务收入", "学校为企业提供技术开发、技术服务取得的到账收入", "学校报送", "120万元", 6, EDU),
    ("服务贡献", "专业与重点产业匹配度", "对接纺织服装、农副产品精深加工、新材料、现代物流等重点产业的专业数÷开设专业总数×100%", "学校报送",
     "75%", 7, NDRC),
]
LEVEL1 = list(dict.fromkeys(r[0] for r in ROWS))
REVERSE = [3, 17]
LEVELS = [("A级", "85分及以上"), ("B级", "70分（含）至85分"), ("C级", "60分（含）至70分"), ("D级", "60分以下")]
CONTACT = ("师市教育局职业教育科", "马晓琳", "0998-6213574")
FACTS = {
    "doc_no": DOC_NO, "date": DATE, "system": SYSTEM, "valid": VALID,
    "phones": [CONTACT[2]],
    "formula": "得分＝权重×监测值÷目标值",
    "cap": "最高不超过该项权重",
    "ratio": "第3项监测值不高于目标值的得满分，高于目标值的，得分＝权重×目标值÷监测值",
    "accident": "第17项发生安全事故的，该项不得分",
    "period": "监测期为每年1月1日至12月31日",
}


def points(rows=ROWS):
    return sum(r[5] for r in rows)


def by_level1(l1):
    return [r for r in ROWS if r[0] == l1]


def row(n):
    return ROWS[n - 1]


def number(s):
    return float(re.search(r"[\d.]+", s).group())


def score(n, value):
    """the score of indicator n for a 监测值: 权重×监测值÷目标值 (at most 权重); 第3项 (生师比) 权重×目标值÷监测值 above the target"""
    r = row(n)
    if n == 3:
        return r[5] if value <= number(r[4]) else r[5] * number(r[4]) / value
    return min(r[5], r[5] * value / number(r[4]))


def level_sentence():
    return "，".join(f"{b}为{a}" for a, b in LEVELS)


def table_rows():
    out = []
    prev = None
    for i, r in enumerate(ROWS, 1):
        l1 = "^" if r[0] == prev else f"{r[0]}（{points(by_level1(r[0]))}%）"
        prev = r[0]
        out.append([str(i), l1, r[1], r[2], r[3], r[4], str(r[5]), r[6]])
    return out


def source():
    parts = "、".join(f"{l}{points(by_level1(l))}%" for l in LEVEL1)
    o = [f"% {NOTE} — fresh40 test 监测评价指标体系 (written by make_tumushuke_pdf.py with ../../tools/make_fodt.py)"]
    o += [f"@red {u}" for u in ISSUERS]
    o += ["@blank", f"@c {DOC_NO}", "@redhr", f"@title {TITLE}",
          "@n 师市各职业学校、技工学校，各有关企业，师市有关部门：",
          "为客观反映师市职业教育产教融合发展水平，引导学校深化校企合作、提高人才培养质量，师市教育局、师市人力资源和社会保障局制定了"
          f"《{SYSTEM}》（以下简称《指标体系》），现印发给你们，请认真贯彻执行。",
          "（一）适用对象。《指标体系》适用于师市所属职业学校和技工学校产教融合工作的年度监测评价，与学校合作的企业和师市有关部门按分工"
          "提供数据。",
          f"（二）指标设置。《指标体系》设一级指标{len(LEVEL1)}个、二级指标{len(ROWS)}个，权重合计{points()}%，其中{parts}。"
          "权重数值即该项指标的满分分值。",
          f"（三）评分办法。正向指标{FACTS['formula']}，{FACTS['cap']}。逆向指标中，{FACTS['ratio']}；{FACTS['accident']}。"
          f"各项得分之和为学校年度得分，{level_sentence()}。",
          "（四）结果运用。监测评价结果在师市教育系统内通报，作为职业教育专项资金分配、年度招生计划安排和学校领导班子考核的重要参考。"
          "评为A级的学校在专项资金分配中予以倾斜；连续两年评为D级的学校，下一年度招生计划适当核减。",
          f"（五）执行期限。《指标体系》执行期为{VALID}，执行期满后根据实施情况修订。数据报送的具体安排由师市教育局另行通知。",
          f"（六）联系人。{CONTACT[0]}{CONTACT[1]}，电话：{CONTACT[2]}。",
          "@blank",
          f"@n 附件：{SYSTEM}",
          "@blank"]
    o += [f"@r {u}" for u in ISSUERS]
    o += [f"@r {DATE}", "@n （此件公开发布）",
          "@landscape", "@n **附件**", f"@title {SYSTEM}",
          "@table 1.1 2.4 3.6 7.8 2.0 2.0 1.6 3.6"]
    o += ["| " + " | ".join(HEAD) + " |"]
    o += ["| " + " | ".join(r) + " |" for r in table_rows()]
    o += ["@endtable",
          f"@n 说明：1．第3项“生师比”、第17项“实训实习安全事故数”为逆向指标，其余为正向指标；权重合计{points()}%。",
          f"@n 2．评分：正向指标{FACTS['formula']}，{FACTS['cap']}；{FACTS['ratio']}；{FACTS['accident']}。",
          f"@n 3．{FACTS['period']}；比例类指标保留1位小数，生均实训设备值保留2位小数。",
          "@n 4．目标值为执行期内的年度目标值，各学校可在此基础上确定本校目标。",
          "@blank",
          "@small 本文件为虚构测试文档，非真实政策：图木舒克市为真实地名，文号、指标、目标值、权重、人员和电话均为虚构，仅用于问答系统评测。"
          "虚构测试文档，非真实政策。"]
    return "\n".join(o) + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = fodt(tmp, NAME, source())
        convert(path, "pdf", tmp)
        shutil.copyfile(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
    print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))


if __name__ == "__main__":
    main()
