package org.policybot.reminder.duban;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.policybot.chat.Html;

/**
 * The board as one self-contained HTML page: inline CSS, no scripts, no external fonts or images,
 * so it opens the same from a Telegram download, a mail attachment or a file share.
 */
public final class BoardHtml {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private BoardHtml() {
    }

    static String css(Board.Colour c) {
        return switch (c) {
            case GREEN -> "done";
            case AMBER -> "soon";
            case RED -> "late";
            case GREY -> "open";
        };
    }

    public static String render(Board b, ZoneId zone) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>督办看板")
                .append(Html.escape(b.plan().map(p -> " " + p).orElse(""))).append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;margin:16px;color:#222}\n")
                .append("h1{font-size:20px;margin:0 0 6px}.sum{margin:0 0 12px;color:#444}\n")
                .append(".legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:3px;font-size:12px}\n")
                .append("table{border-collapse:collapse;font-size:12px}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}\n")
                .append("th{background:#eef1f5;position:sticky;top:0}td.item{min-width:220px;max-width:320px}\n")
                .append(".item{position:sticky;left:0;background:#fff;z-index:1}th.item{background:#eef1f5;z-index:2}\n")
                .append("h2{font-size:16px;margin:18px 0 6px}\n")
                .append("td.cell{min-width:110px;max-width:180px}.none{background:#fafafa;color:#bbb;text-align:center}\n")
                .append(".done{background:#c8ecc9}.soon{background:#ffe3a3}.late{background:#f8b4b4}.open{background:#eceff1}\n")
                .append(".st{font-weight:bold}.note{color:#333}.who{color:#666;font-size:11px}.left{white-space:nowrap}\n")
                .append(".overdue{color:#b00020;font-weight:bold}\n</style>\n</head>\n<body>\n");
        h.append("<h1>督办看板").append(Html.escape(b.plan().map(p -> "（" + p + "）").orElse(""))).append("</h1>\n");
        h.append("<p class=\"sum\">截至 ").append(b.today()).append("：").append(b.rows().size()).append(" 项事项，")
                .append(b.cells()).append(" 个单位格 — 已完成 <b id=\"n-done\">").append(b.count(Board.Colour.GREEN))
                .append("</b>，逾期 <b id=\"n-late\">").append(b.count(Board.Colour.RED))
                .append("</b>，临期（7 天内）或受阻 <b id=\"n-soon\">").append(b.count(Board.Colour.AMBER))
                .append("</b>，其他 <b id=\"n-open\">").append(b.count(Board.Colour.GREY)).append("</b></p>\n");
        h.append("<p class=\"legend\"><span class=\"done\">已完成</span><span class=\"soon\">7 天内到期或受阻</span>")
                .append("<span class=\"late\">逾期未完成</span><span class=\"open\">进行中 / 未报送</span>★ 牵头单位</p>\n");
        java.util.Map<String, java.util.List<Board.Row>> byPlan = new java.util.LinkedHashMap<>();
        b.rows().stream().sorted(java.util.Comparator.comparing((Board.Row r) -> r.item().plan()))
                .forEach(r -> byPlan.computeIfAbsent(r.item().plan(), k -> new java.util.ArrayList<>()).add(r));
        for (var plan : byPlan.entrySet()) {
            if (byPlan.size() > 1 || b.plan().isEmpty()) {
                h.append("<h2>").append(Html.escape(plan.getKey())).append("</h2>\n");
            }
            table(h, plan.getValue(), zone);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** One plan's grid: its items × the units they name, in the order the board lists them. */
    private static void table(StringBuilder h, java.util.List<Board.Row> rows, ZoneId zone) {
        java.util.List<String> units = new java.util.ArrayList<>();
        rows.forEach(r -> r.cells().forEach(c -> {
            if (!units.contains(c.unit())) {
                units.add(c.unit());
            }
        }));
        h.append("<table>\n<tr><th class=\"item\">事项</th><th>截止</th>");
        for (String u : units) {
            h.append("<th>").append(Html.escape(u)).append("</th>");
        }
        h.append("</tr>\n");
        for (Board.Row r : rows) {
            h.append("<tr><td class=\"item\"><b>").append(Html.escape(r.item().title())).append("</b><br><span class=\"who\">")
                    .append(Html.escape(r.item().id())).append(" · ").append(Html.escape(r.item().source())).append("</span></td>");
            h.append("<td class=\"left\">").append(r.item().due()).append("<br>").append(left(r.daysLeft())).append("</td>");
            for (String u : units) {
                h.append(r.cell(u).map(c -> cell(c, zone)).orElse("<td class=\"none\">—</td>"));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    static String left(long days) {
        return days > 0 ? "还有 " + days + " 天" : days == 0 ? "今天截止" : "<span class=\"overdue\">逾期 " + (-days) + " 天</span>";
    }

    private static String cell(Board.Cell c, ZoneId zone) {
        StringBuilder h = new StringBuilder("<td class=\"cell ").append(css(c.colour())).append("\" data-unit=\"")
                .append(Html.escape(c.unit())).append("\">");
        if (c.lead()) {
            h.append("★ ");
        }
        Report r = c.latest();
        if (r == null) {
            h.append("<span class=\"st\">未报送</span>");
        } else {
            h.append("<span class=\"st\">").append(r.status().label).append("</span>");
            if (!r.note().isBlank()) {
                String n = r.note().length() > 80 ? r.note().substring(0, 80) + "…" : r.note();
                h.append("<br><span class=\"note\">").append(Html.escape(n)).append("</span>");
            }
            if (r.fileName() != null) {
                h.append("<br><span class=\"who\">附件：").append(Html.escape(r.fileName())).append("</span>");
            }
            h.append("<br><span class=\"who\">").append(Html.escape(r.who())).append(" ").append(WHEN.format(r.at().atZone(zone)))
                    .append("</span>");
        }
        return h.append("</td>").toString();
    }
}
