#!/usr/bin/env python3
"""Write fresh11/yancheng-rencai-fangan.html (虚构测试文档，非真实政策).

    cd fresh11/src && python3 make_yancheng_html.py

An ordinary city government portal article page (UTF-8; content in yancheng_content.py): top bar, logo, search box, nav,
breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 市政府办文件, <h1> title, 发布时间/来源/浏览次数/字号 line, the body as <p>s
(文号, addressee, one-sentence 通知, 落款, the 方案 title, preamble, headings 一、…三、 and （一）…（十） in <strong>,
measures 1.… at the start of their <p>), the 附件 重点任务分工表 as an ordinary <table> (<th> header row;
序号/重点任务/牵头单位/责任单位/完成时限, the lead unit in its own column), 【打印本页】【关闭窗口】, 相关链接, footer with
网站标识码 and 苏ICP备. The fictional note is in an HTML comment and in the last lines of the page. 产教融合 is one of ten
task sections (二、（五）).
"""
import html
import os

from yancheng_content import *  # noqa: F401,F403

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "yancheng-rencai-fangan.html")

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; background: #f3f3f3; }
.top { background: #0b5aa5; color: #fff; font-size: 12px; padding: 4px 0; }
.top .w, .head .w, .nav .w, .crumb, .main, .foot .w { width: 1100px; margin: 0 auto; }
.head { background: #fff; padding: 18px 0; }
.head .logo { font-size: 30px; color: #0b5aa5; font-weight: bold; letter-spacing: 4px; }
.head form { float: right; margin-top: 6px; }
.nav { background: #1467b3; }
.nav a { display: inline-block; color: #fff; padding: 10px 22px; text-decoration: none; font-size: 16px; }
.crumb { padding: 12px 0; font-size: 13px; }
.main { background: #fff; padding: 30px 60px 40px; box-sizing: border-box; }
h1 { font-size: 24px; text-align: center; color: #111; line-height: 1.5; margin: 0 0 12px; }
.info { text-align: center; font-size: 13px; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 20px; }
.article p { font-size: 16px; line-height: 2; text-indent: 2em; margin: 0 0 6px; }
.article p.c { text-align: center; text-indent: 0; }
.article p.r { text-align: right; }
.article p.n { text-indent: 0; }
.article p.t { text-align: center; text-indent: 0; font-size: 20px; font-weight: bold; margin: 24px 0 12px; }
table.fgb { border-collapse: collapse; width: 100%; margin: 10px 0; font-size: 14px; }
table.fgb th, table.fgb td { border: 1px solid #555; padding: 6px 8px; line-height: 1.6; }
table.fgb th { background: #f0f0f0; }
table.fgb td.c { text-align: center; }
.tools { text-align: right; margin-top: 30px; font-size: 13px; }
.links { margin-top: 20px; font-size: 13px; border-top: 1px solid #ddd; padding-top: 10px; }
.foot { background: #5a5a5a; color: #ddd; font-size: 12px; text-align: center; padding: 16px 0; line-height: 2; margin-top: 30px; }
.fiction { font-size: 12px; color: #999; text-indent: 0; }
"""


def e(s):
    return html.escape(s, quote=False)


def body_items():
    out = []
    for kind, text in BODY:
        if kind == "p" and text.startswith("本方案自印发之日起施行"):
            out.extend(("p", p) for p in BODY_MORE_GUARANTEES)
        if kind == "h" and text == "三、保障措施":
            for head, paras in MORE:
                out.append(("h", head))
                out.extend(("p", p) for p in paras)
        out.append((kind, text))
        if kind == "h":
            pending = MORE_PARAS.get(text, [])
        if kind == "h" and pending:
            # the further paragraphs follow the section's own paragraphs: insert them before the next heading
            pass
    # second pass: put MORE_PARAS at the end of their section
    res = []
    current = None
    for kind, text in out:
        if kind == "h":
            if current:
                res.extend(("p", p) for p in MORE_PARAS.get(current, []))
            current = text
        res.append((kind, text))
    return res


def page():
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(PAGE_TITLE)}_市政府办文件_盐城市人民政府</title>',
         '<meta name="SiteName" content="盐城市人民政府">', '<meta name="ColumnName" content="市政府办文件">',
         f'<meta name="ArticleTitle" content="{html.escape(PAGE_TITLE)}">', f'<meta name="PubDate" content="{PUBLISHED}">',
         '<!-- 虚构测试文档，非真实政策 (fictional test document: the 方案, its 文号, figures, people and phone numbers are invented) -->',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="top"><div class="w">欢迎访问盐城市人民政府网站　　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">English</a></div></div>',
         '<div class="head"><div class="w"><span class="logo">盐城市人民政府</span>',
         '<form action="#"><input type="text" name="q" placeholder="请输入关键字"> <button type="submit">搜索</button></form></div></div>',
         '<div class="nav"><div class="w"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">政民互动</a><a href="#">走进盐城</a><a href="#">专题专栏</a></div></div>',
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府办文件</a></div>',
         '<div class="main">', f'<h1>{e(PAGE_TITLE)}</h1>',
         f'<div class="info">发布时间：{PUBLISHED}　　来源：盐城市人民政府办公室　　浏览次数：<span id="hits">5274</span>　　'
         '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
         '<div class="article">',
         f'<p class="c">{e(DOCNO)}</p>', f'<p class="n">{e(TO)}</p>', f'<p>{e(NOTICE)}</p>',
         f'<p class="r">{e(ISSUER)}</p>', f'<p class="r">{e(DATE)}</p>', '<p>（此件公开发布）</p>',
         f'<p class="t">{e(TITLE)}</p>']
    for kind, text in body_items():
        if kind == "h":
            o.append(f'<p><strong>{e(text)}</strong></p>')
        else:
            o.append(f'<p>{e(text)}</p>')
    o.append('<p class="n">附件</p>')
    o.append(f'<p class="t">{e(TABLE_TITLE)}</p>')
    o.append('<table class="fgb">')
    o.append('<tr>' + "".join(f'<th>{e(h)}</th>' for h in TABLE_HEAD) + '</tr>')
    for i, (task, lead, units, due) in enumerate(ROWS, 1):
        o.append(f'<tr><td class="c">{i}</td><td>{e(task)}</td><td class="c">{e(lead)}</td><td>{e(units)}</td>'
                 f'<td class="c">{e(due)}</td></tr>')
    o.append('</table>')
    o.append('</div>')
    o.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>')
    o.append('<div class="links">相关链接：<a href="#">盐城市人民政府办公室关于做好2026年高校毕业生等青年就业创业工作的通知</a>　'
             '<a href="#">盐城市2026年政务公开工作要点</a></div>')
    o.append(f'<p class="fiction">{e(FICTION)}</p>')
    o.append('</div>')
    o.append('<div class="foot"><div class="w">主办：盐城市人民政府办公室　　承办：盐城市大数据管理局<br>'
             '网站标识码：3209000051　　苏ICP备20260318号-2<br>建议使用1920×1080分辨率浏览本网站</div></div>')
    o.append(f'<!-- {e(FICTION)} -->')
    o += ['</body>', '</html>']
    return "\n".join(o) + "\n"


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page())
    print("wrote", OUT, len(ROWS), "rows")


if __name__ == "__main__":
    main()
