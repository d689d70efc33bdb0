package org.policybot.search;

import java.util.List;

/** Strips the question words users wrap around what they ask (多少, 哪些, 由谁, 怎么…). */
final class QueryText {
    private QueryText() {
    }

    // Longest first so that 哪些人 goes before 哪些.
    private static final List<String> STOP = List.of(
            "请问一下", "请问", "你好", "您好", "麻烦", "我想知道", "想知道", "想问", "告诉我",
            "有哪些人", "哪些人", "什么人", "是哪家", "哪家", "哪些", "哪个", "哪笔", "哪一笔", "哪一个", "哪一项", "哪项", "哪种", "哪类", "这些", "那些", "一家", "一所", "哪年", "哪两天", "哪几天", "哪里", "哪儿", "哪", "什么时候", "多长时间", "多长", "多久", "几月几号", "几月几日", "几号",
            "有什么", "是什么", "做什么", "什么", "多少钱", "多少", "多大", "几个", "几家", "几",
            "怎么样", "怎么办", "怎么", "怎样", "如何", "由谁", "是谁", "谁",
            "我们公司", "我们", "我司", "我", "你们", "能够", "能拿到", "能拿", "拿到", "能", "可以", "可",
            // How people talk around the question: 要是…的话, 还能额外拿, 咋搞, 评上.
            "的话", "额外", "另外", "一下", "咋", "搞", "弄", "啥", "评上", "到手", "大概", "一般", "具体", "现在", "目前",
            "已经", "刚刚", "最近",
            // "这次产教融合": which occasion is meant, not a word to match (次产 is no bigram of any term)
            "这次", "此次", "本次", "这回", "以后", "之后", "以前", "之前", "还", "都", "就", "也",
            "要", "有", "是", "的", "了", "吗", "呢", "吧", "啊", "呀", "？", "?", "！", "!", "，", ",", "。");

    static String core(String normalizedQuestion) {
        String s = normalizedQuestion;
        for (String w : STOP) {
            s = s.replace(w, " ");
        }
        return s.strip();
    }
}
