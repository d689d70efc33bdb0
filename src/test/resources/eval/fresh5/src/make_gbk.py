#!/usr/bin/env python3
"""Write ../jiujiang-shishi-banfa.html (GBK, CRLF, as an old gb2312 government page is saved) from
jiujiang-shishi-banfa.utf8.html. Fictional fixture (虚构测试文档，非真实政策)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
s = open(os.path.join(HERE, "jiujiang-shishi-banfa.utf8.html"), encoding="utf-8").read()
open(os.path.join(HERE, "..", "jiujiang-shishi-banfa.html"), "wb").write(s.replace("\n", "\r\n").encode("gbk"))
