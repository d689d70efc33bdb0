package org.policybot.chat;

import java.util.List;
import org.policybot.search.QuestionLog;

/** /stats (admins): questions per day of the last week, the share answered and the most asked unanswered ones. */
final class QuestionStats {
    private final QuestionLog questions;

    QuestionStats(QuestionLog questions) {
        this.questions = questions;
    }

    List<Reply> report() {
        QuestionLog.Stats s = questions.stats(7, 10);
        StringBuilder html = new StringBuilder("<b>近7天提问统计</b>");
        if (s.total() == 0) {
            return List.of(Reply.html(html + "\n暂无提问。"));
        }
        for (QuestionLog.DayCount d : s.perDay()) {
            html.append("\n").append(d.day()).append("：").append(d.asked()).append(" 个问题，已回答 ").append(d.answered());
        }
        html.append("\n合计 ").append(s.total()).append(" 个，回答率 ")
                .append(Math.round(100.0 * s.answered() / s.total())).append("%");
        if (!s.topUnanswered().isEmpty()) {
            html.append("\n\n<b>未回答的问题</b>");
            for (QuestionLog.Unanswered q : s.topUnanswered()) {
                html.append("\n• ").append(Html.escape(q.question())).append("（").append(q.times()).append("次）");
            }
        }
        return List.of(Reply.html(html.toString()));
    }
}
