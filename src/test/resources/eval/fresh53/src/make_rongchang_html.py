#!/usr/bin/env python3
"""Write fresh53/rongchang-tiyan-banfa.html (虚构测试文档，非真实政策): a district's rules for the career-awareness education of
its primary and middle school pupils and for the firms and vocational schools that open to them as 职业体验基地 (管理办法), with
their 印发通知, as a district portal's policy-library page.

    cd fresh53/src && python3 make_rongchang_html.py

New shape of the fifty-fourth round: per region **(a) a district's rules for 职业启蒙教育 — firms and vocational schools opening
their workshops and training rooms to pupils of the upper primary and lower middle grades** — a 印发通知 (issuers, 文号, date,
主送, **a first application date of its own**, contacts, 附件) and the rules in 章 and 条: what career-awareness education and a
base are, who does what, **the conditions a firm / a vocational school must meet (years registered, floor area, projects,
tutors, training rooms)**, recognition (yearly, the 公示 in working days, the term of a recognition), the tutors and their
training, **how often pupils go and for how long**, **a batch's size, the tutors per pupils, the teachers who go with them**,
courses developed with a vocational school, safety and insurance, no charges, **the subsidy a 人次 (a firm / a school) with a cap a
semester, a one-off grant for a new firm base**, **the 人次 not counted**, the deadlines (records, review, payment) **with a cut
for late records**, **the cases with no subsidy for the semester**, the yearly assessment with its award, the 通报, liabilities,
terms, 施行 / 有效期, and an annex (a catalogue of projects) — **and (b) that district's 通报 of a semester** (each base's
batches, 人次, the 人次 counted and its subsidy in a table that runs over a page break; the cap reached; the 人次 cut and why;
the base that charged pupils; the late base; the payments and the next dates). This is part (a) of the dev pair.

**Layout: a district portal's policy-library page, UTF-8** — the site bar, a location line, **the file's metadata as a
definition list (`<dl>`: 索引号, 发布机构, 成文日期, 发文字号, 发布日期, 有效性, 主题分类)**, the title, the 印发通知 and the rules
in `<p>` paragraphs, **the 条 numbers in `<strong>` followed by `&#12288;`**, **the chapter headings spaced out with `&nbsp;`
(`第一章&nbsp;&nbsp;总&nbsp;&nbsp;则`)**, items in paragraphs of their own, quotation marks and spaces as HTML entities
(`&ldquo;` `&rdquo;` `&#12288;` `&emsp;`), the annex a `<table>` with `<caption>`, `<thead>` and `<th>` (no spans), links to the
attachment and the 解读, print / close links and the footer; the note in an HTML comment, the `description` meta and the last lines.
"""
import html
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import D, NOTE, OUT_DIR, cn, cn_date, w  # noqa: E402,F401

NAME = "rongchang-tiyan-banfa"
ISSUERS = ["荣昌区教育委员会", "荣昌区人力资源和社会保障局", "荣昌区经济和信息化委员会", "荣昌区财政局"]
DOC_NO = "荣昌教发〔2026〕18号"
DATE_D = D(2026, 3, 17)
DATE = cn_date(DATE_D)
PUBLISHED = D(2026, 3, 18)
RULES = "荣昌区中小学生职业启蒙教育和职业体验基地管理办法"
TITLE = f"{'　'.join(ISSUERS)}关于印发《{RULES}》的通知"
TABLE_TITLE = "荣昌区职业体验项目参考目录"
BODY_START = RULES
ANNEX_START = "附件" + TABLE_TITLE
LAW = "《中华人民共和国职业教育法》"          # real national law, cited as 依据 only

# the figures of the rules (every one printed below; the 通报 and the checker use them)
GRADES = "小学五、六年级和初中一、二年级"
REGISTERED_YEARS = 2           # 企业 在本区依法登记注册满2年
AREA_MIN = 300                 # 体验场地 面积不少于300平方米
PROJECTS_MIN = 3               # 不少于3个体验项目
TUTORS_FIRM = 4                # 企业 体验导师不少于4人
ACCIDENT_YEARS = 3             # 近3年未发生生产安全责任事故
LABS_MIN = 4                   # 中等职业学校 开放实训室不少于4个
TUTORS_SCHOOL = 6              # 中等职业学校 体验导师不少于6人
PUB_DAYS = 7                   # 拟认定名单公示不少于7个工作日
VALID_YEARS = 3                # 认定有效期3年
TRAIN_HOURS = 8                # 体验导师上岗前培训不少于8学时
TIMES = 2                      # 每学年参加职业体验不少于2次
HOURS = 3                      # 每次不少于3小时
BATCH_MAX = 40                 # 每批次接待学生不超过40人
RATIO = 10                     # 每10名学生至少配备1名体验导师
ESCORT = 2                     # 随行教师不少于2人
INSURED = 20                   # 意外伤害保险 每人保额不低于20万元
RATE = {"企业": 40, "学校": 20}   # 接待补助 每人次: 企业基地40元, 中等职业学校基地20元
CAP = 30000                    # 每个基地每学期接待补助最高3万元
BUILD = 50000                  # 新认定的企业基地 一次性建设补助5万元
SUBMIT_DAYS = 15               # 每学期结束后15日内报送接待记录和补助申请表
REVIEW_DAYS = 20               # 区教委 收到后20个工作日内完成审核并公示核定结果
PAY_DAYS = 10                  # 区财政局 收到拨款通知后10个工作日内拨付
LATE_SHARE = 80                # 逾期报送的 按照核定金额的80%给予
AWARD = 20000                  # 考核优秀 奖励2万元
FIX_MONTHS = 3                 # 考核不合格 限期3个月整改
REPORT_DAYS = 60               # 每学期结束后60日内通报
BAN_YEARS = 3                  # 弄虚作假 3年内不得再次申报
EFFECTIVE = D(2026, 4, 1)
UNTIL = D(2029, 3, 31)
APPLY_BY = D(2026, 4, 10)      # set in the 印发通知: the first batch of bases applies by this date
CONTACTS = [("区教委职业教育与成人教育科", "何静怡", "023-46738215"),
            ("区教委基础教育科", "罗文斌", "023-46732906"),
            ("区财政局教科文科", "唐明", "023-46751487")]
FICTION_TEXT = ("本文件为虚构测试文档，非真实政策：荣昌区为真实地名，文号、企业、学校、条件、标准、金额、期限、日期、人员和电话均为虚构，"
                "仅用于问答系统评测；所引《中华人民共和国职业教育法》为真实法律。")

# (level, key, text): chap = 章 heading, art = 条, item = 项 of the 条 before it
ARTICLES = [
    ("chap", "c1", "总则"),
    ("art", "purpose", f"为加强中小学生职业启蒙教育，引导企业和中等职业学校向中小学生开放生产、服务和实训场所，深化产教融合，根据{LAW}"
                       "等有关规定，结合本区实际，制定本办法。"),
    ("art", "define", f"本办法所称职业启蒙教育，是指面向本区{GRADES}学生开展的职业认知和职业体验教育。本办法所称职业体验基地（以下简称"
                      "基地），是指经区教委认定，向中小学生开放生产、服务或者实训场所并提供职业体验课程的企业和中等职业学校。"),
    ("art", "duty", "区教委负责全区职业启蒙教育的统筹规划，承担基地认定、考核和补助资金管理工作；区人力社保局负责指导技工院校参与职业"
                    "启蒙教育；区经济信息委负责动员和组织企业申报基地；区财政局负责补助资金的保障和监督。中小学校负责组织学生参加职业体验。"),
    ("chap", "c2", "基地认定"),
    ("art", "firm", "申报基地的企业应当具备下列条件："),
    ("item", "f_1", f"在本区依法登记注册满{REGISTERED_YEARS}年；"),
    ("item", "f_2", f"有相对独立的体验场地，面积不少于{AREA_MIN}平方米；"),
    ("item", "f_3", f"能够提供不少于{PROJECTS_MIN}个体验项目；"),
    ("item", "f_4", f"有不少于{TUTORS_FIRM}名体验导师；"),
    ("item", "f_5", f"近{ACCIDENT_YEARS}年未发生生产安全责任事故。"),
    ("art", "school", f"申报基地的中等职业学校应当向中小学生开放不少于{LABS_MIN}个实训室，配备不少于{TUTORS_SCHOOL}名体验导师。"),
    ("art", "recognize", f"基地每年认定一次。区教委会同区经济信息委组织专家评审和实地核查，拟认定名单在区教委网站公示不少于{PUB_DAYS}个"
                         f"工作日。基地认定有效期{VALID_YEARS}年。"),
    ("art", "tutor", f"体验导师由企业技术人员、能工巧匠或者中等职业学校专业课教师担任，上岗前应当参加区教委组织的不少于{TRAIN_HOURS}学时"
                     "的培训。"),
    ("chap", "c3", "体验活动"),
    ("art", "pupils", f"中小学校应当将职业启蒙教育纳入课后服务和综合实践活动安排，组织{GRADES}学生每学年参加职业体验不少于{TIMES}次，"
                      f"每次不少于{HOURS}小时。"),
    ("art", "batch", f"基地每批次接待学生不超过{BATCH_MAX}人，每{RATIO}名学生至少配备1名体验导师；中小学校每批次随行教师不少于{ESCORT}"
                     "人。"),
    ("art", "course", "企业基地的体验课程应当与中等职业学校合作开发。每个体验项目的课程方案报区教委备案后实施。体验项目可以参照本办法"
                      "附件选取。"),
    ("art", "safety", f"基地应当制定安全预案，活动前对学生进行安全教育，不得安排学生进入生产作业危险区域。组织学生参加职业体验的中小学校"
                      f"应当为学生购买意外伤害保险，每人保额不低于{INSURED}万元。"),
    ("art", "nofee", "基地和中小学校不得向学生收取任何费用，不得向学生销售产品或者服务。"),
    ("chap", "c4", "补助资金"),
    ("art", "rate", f"区财政按照核定的接待人次给予基地接待补助：企业基地每人次{RATE['企业']}元，中等职业学校基地每人次{RATE['学校']}元。"
                    f"每个基地每学期接待补助最高{w(CAP)}。"),
    ("art", "build", f"新认定的企业基地给予一次性建设补助{w(BUILD)}；中等职业学校基地不享受建设补助。"),
    ("art", "count", "接待人次以中小学校确认的接待记录为准。下列人次不予核定："),
    ("item", "k_1", "接待记录未经中小学校确认的；"),
    ("item", "k_2", "单批次接待超过本办法{batch}规定人数的超出部分；"),
    ("item", "k_3", f"体验时间不足{HOURS}小时的批次。"),
    ("art", "deadline", f"基地应当在每学期结束后{SUBMIT_DAYS}日内向区教委报送接待记录和补助申请表。区教委在收到后{REVIEW_DAYS}个工作日内"
                        f"完成审核并公示核定结果，区财政局在收到区教委拨款通知后{PAY_DAYS}个工作日内将补助资金拨付到基地。逾期报送的，当学期"
                        f"接待补助按照核定金额的{LATE_SHARE}%给予。"),
    ("art", "nogrant", "基地有下列情形之一的，当学期不给予接待补助："),
    ("item", "n_1", "向学生收费或者销售产品的；"),
    ("item", "n_2", "发生安全责任事故的；"),
    ("item", "n_3", "虚报接待人次的。"),
    ("chap", "c5", "考核管理"),
    ("art", "assess", f"区教委每学年对基地进行考核，考核结果分为优秀、合格和不合格。考核优秀的基地给予{w(AWARD)}奖励；考核不合格的，限期"
                      f"{FIX_MONTHS}个月整改；连续2次考核不合格的，撤销认定。"),
    ("art", "report", f"区教委在每学期结束后{REPORT_DAYS}日内通报基地运行情况和接待补助核定结果。"),
    ("art", "liable", f"基地弄虚作假骗取补助资金的，由区教委追回补助资金，撤销认定，{BAN_YEARS}年内不得再次申报；基地向学生收费的，"
                      "责令全额退还。"),
    ("chap", "c6", "附则"),
    ("art", "terms", "本办法所称“以上”“不少于”“不超过”“以内”“前”包含本数或者本日，“超过”“不足”“少于”不包含本数。"),
    ("art", "explain", "本办法由区教委会同区人力社保局、区经济信息委、区财政局负责解释。"),
    ("art", "effective", f"本办法自{cn_date(EFFECTIVE)}起施行，有效期至{cn_date(UNTIL)}。"),
]

# the annex: 序号 / 产业类别 / 体验项目 / 适用学段 / 建议时长
HEAD = ["序号", "产业类别", "体验项目", "适用学段", "建议时长"]
P, M = "小学五、六年级", "初中一、二年级"
PROJECTS = [
    ("陶瓷", "陶艺拉坯与釉下彩绘", P, 3), ("畜牧", "生猪育种与防疫认知", M, 3), ("纺织", "夏布织造", P, 3),
    ("食品", "糕点烘焙", P, 3), ("电子信息", "电子产品装配", M, 4), ("汽车服务", "汽车保养认知", M, 3),
    ("现代农业", "果蔬种植与采摘", P, 3), ("中医药", "中药材辨识", M, 3), ("现代物流", "快件分拣", P, 3),
    ("电子商务", "网店运营与直播体验", M, 4), ("旅游服务", "客房服务与中式铺床", M, 3), ("五金制造", "小五金件加工", M, 4),
]

FACTS = {
    "apply_by": cn_date(APPLY_BY, week=True),
    "contacts": [c[1] for c in CONTACTS],
    "phones": [c[2] for c in CONTACTS],
    "law": LAW,
    "annex": TABLE_TITLE,
    "main": "各中小学校、中等职业学校，区级有关部门，有关企业：",
}


def numbering():
    """key → (条,) for each 条; item keys → (条, item); chapter keys → ('章', n)"""
    out, a, i, c = {}, 0, 0, 0
    for lvl, key, _ in ARTICLES:
        if lvl == "chap":
            c += 1
            out[key] = ("章", c)
        elif lvl == "art":
            a, i = a + 1, 0
            out[key] = (a,)
        else:
            i += 1
            out[key] = (a, i)
    return out


def art_no(key):
    return f"第{cn(numbering()[key][0])}条"


def cite(key):
    """how the 通报 cites the 办法: 第九条 / 第十五条第（二）项"""
    n = numbering()[key]
    return f"第{cn(n[0])}条" + (f"第（{cn(n[1])}）项" if len(n) > 1 else "")


def text(key):
    t = next(t for _, k, t in ARTICLES if k == key)
    return t.replace("{batch}", art_no("batch"))


def printed():
    """every 章 heading, 条 and item as the page's visible text gives them (squashed compare)"""
    out = []
    for lvl, key, _ in ARTICLES:
        n = numbering()[key]
        if lvl == "chap":
            out.append(f"第{cn(n[1])}章{text(key)}")
        elif lvl == "art":
            out.append(f"{art_no(key)}　{text(key)}")
        else:
            out.append(f"（{cn(n[1])}）{text(key)}")
    return out


def annex_rows():
    return [[str(i), a, b, c, f"{h}小时"] for i, (a, b, c, h) in enumerate(PROJECTS, 1)]


def ent(s):
    """the CMS's way with text: quotation marks and the full-width space as entities"""
    s = html.escape(s, quote=False)
    return s.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("　", "&#12288;")


def spaced(s):
    return "&nbsp;&nbsp;".join(s) if len(s) <= 2 else s


def page():
    n = numbering()
    body = []
    for lvl, key, _ in ARTICLES:
        if lvl == "chap":
            body.append(f'<p class="zhang" style="text-align:center;"><strong>第{cn(n[key][1])}章&nbsp;&nbsp;{spaced(text(key))}'
                        '</strong></p>')
        elif lvl == "art":
            body.append(f'<p>&emsp;&emsp;<strong>{art_no(key)}</strong>&#12288;{ent(text(key))}</p>')
        else:
            body.append(f'<p>&emsp;&emsp;（{cn(n[key][1])}）{ent(text(key))}</p>')
    rows = "\n".join("<tr>" + "".join(f"<td>{ent(c)}</td>" for c in r) + "</tr>" for r in annex_rows())
    c = CONTACTS
    notice = [
        f"<p>{ent(FACTS['main'])}</p>",
        f"<p>&emsp;&emsp;现将《{RULES}》印发给你们，请认真贯彻执行。</p>",
        f"<p>&emsp;&emsp;2026年第一批职业体验基地认定工作同步启动。符合条件的企业和中等职业学校请于{cn_date(APPLY_BY, week=True)}前将"
        f"申报材料报区教委职业教育与成人教育科，区教委按照本办法{art_no('recognize')}规定组织评审和实地核查。</p>",
        f"<p>&emsp;&emsp;联系人：{c[0][0]}{c[0][1]}，电话：{c[0][2]}；中小学校组织学生参加职业体验：{c[1][0]}{c[1][1]}，电话："
        f"{c[1][2]}；补助资金：{c[2][0]}{c[2][1]}，电话：{c[2][2]}。</p>",
        f"<p>&emsp;&emsp;附件：{TABLE_TITLE}</p>",
    ]
    sign = "\n".join(f'<p style="text-align:right;">{x}</p>' for x in ISSUERS + [DATE])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{TITLE}_部门文件_荣昌区人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="{PUBLISHED.isoformat()} 16:20">
<meta name="description" content="{NOTE}">
<!-- {NOTE}：{FICTION_TEXT} -->
<link rel="stylesheet" href="/images/zwgk.css">
<style>
body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0; }}
.zwgk-dl dt {{ float: left; clear: left; width: 6em; color: #666; }}
.zwgk-dl dd {{ margin-left: 6em; }}
.zw p {{ line-height: 2; font-size: 16px; }}
.fjb {{ border-collapse: collapse; }} .fjb td, .fjb th {{ border: 1px solid #999; padding: 4px 8px; }}
</style>
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><span>荣昌区人民政府</span>&nbsp;|&nbsp;<a href="/wza/">无障碍</a>&nbsp;|&nbsp;<a href="/zzms/">长者模式</a>&nbsp;|&nbsp;<a href="/ydb/">移动版</a></div>
<div class="location">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zcwj/">政策文件</a>&nbsp;&gt;&nbsp;部门文件</div>
<div class="zwgk-info">
<dl class="zwgk-dl">
<dt>索引号：</dt><dd>11500226MB1L73620X/2026-00018</dd>
<dt>发布机构：</dt><dd>{ISSUERS[0]}</dd>
<dt>成文日期：</dt><dd>{DATE_D.isoformat()}</dd>
<dt>发文字号：</dt><dd>{DOC_NO}</dd>
<dt>发布日期：</dt><dd>{PUBLISHED.isoformat()}</dd>
<dt>有效性：</dt><dd>有效</dd>
<dt>主题分类：</dt><dd>教育</dd>
</dl>
</div>
<h1 class="article-title">{TITLE}</h1>
<div class="zw" id="zoom">
{chr(10).join(notice)}
{sign}
<p style="text-align:center;"><strong>{RULES}</strong></p>
{chr(10).join(body)}
<p>&emsp;&emsp;<strong>附件</strong></p>
<table class="fjb">
<caption>{TABLE_TITLE}</caption>
<thead><tr>{"".join(f'<th scope="col">{h}</th>' for h in HEAD)}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p style="font-size:12px;">{FICTION_TEXT}</p>
<p style="font-size:12px;">{NOTE}。</p>
</div>
<div class="xgfj">相关附件：<ul><li><a href="/zwgk/zcwj/202603/P020260318fj1.docx">{TABLE_TITLE}.docx</a></li></ul></div>
<div class="xgjd">相关解读：<a href="/zwgk/zcjd/202603/t20260318_jd.html">一图读懂《{RULES}》</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer"><p>主办：荣昌区人民政府办公室　承办：荣昌区大数据应用发展中心</p><p>ICP备案号：（略）　公安机关备案号：（略）</p><p>本页所载文件为{NOTE}。</p></div>
<script>$(function(){{ $("#zoom p").css("text-indent", "0"); }});</script>
</body>
</html>
"""


def main():
    path = os.path.join(OUT_DIR, NAME + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", path, sum(1 for v in numbering().values() if len(v) == 1), "条")


if __name__ == "__main__":
    main()
