package org.policybot.reminder.duban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policybot.reminder.TrackedItem;

/** The board page: one row per item, one cell per responsible unit, colours by status and due date, counts that add up. */
class BoardHtmlTest {
    static final ZoneId Z = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(Z).toInstant(); // a Monday

    static TrackedItem item(String id, String title, LocalDate due, String... units) {
        List<String> u = List.of(units).stream().map(x -> x.replace("★", "")).toList();
        List<String> leads = List.of(units).stream().filter(x -> x.startsWith("★")).map(x -> x.substring(1)).toList();
        return new TrackedItem(id, "p", title, due, LocalTime.of(9, 0), Z, u, leads, "p/一/" + id, List.of(30, 7, 1, 0));
    }

    static Report report(String item, String unit, Status s, String note, String who, String file) {
        return new Report(1, item, unit, s, note, file == null ? null : "F1", file, 5, who, 5, NOW.minusSeconds(3600));
    }

    Board board() {
        List<TrackedItem> items = List.of(
                item("late", "逾期事项<甲>", LocalDate.of(2026, 2, 20), "★区教育局", "区发改局"),
                item("soon", "临期事项", LocalDate.of(2026, 3, 7), "区发改局"),
                item("far", "远期事项", LocalDate.of(2026, 9, 30), "★区教育局", "区人社局"));
        Map<String, Map<String, Report>> latest = Map.of(
                "late", Map.of("区发改局", report("late", "区发改局", Status.DONE, "已印发 & 报备", "王科长", "通知.pdf")),
                "far", Map.of("区教育局", report("far", "区教育局", Status.BLOCKED, "缺经费", "李老师", null),
                        "区人社局", report("far", "区人社局", Status.DOING, "", "", null)));
        return Board.of(items, latest, NOW, Optional.empty());
    }

    static String cell(String html, String itemId, String unit) {
        Matcher row = Pattern.compile("<tr><td class=\"item\">.*?" + Pattern.quote(itemId + " · ") + ".*?</tr>").matcher(html);
        assertTrue(row.find(), "row " + itemId);
        Matcher c = Pattern.compile("<td class=\"cell ([a-z]+)\" data-unit=\"" + Pattern.quote(unit) + "\">(.*?)</td>").matcher(row.group());
        return c.find() ? c.group(1) + "|" + c.group(2) : "none";
    }

    @Test
    void cellsAreColouredByStatusAndDueDate() {
        String html = BoardHtml.render(board(), Z);
        assertTrue(cell(html, "late", "区教育局").startsWith("late|★ <span class=\"st\">未报送</span>"), "overdue, not done: red");
        assertTrue(cell(html, "late", "区发改局").startsWith("done|"), "done: green even when overdue");
        assertTrue(cell(html, "soon", "区发改局").startsWith("soon|"), "due in 5 days: amber");
        assertTrue(cell(html, "far", "区教育局").startsWith("soon|★ <span class=\"st\">受阻</span>"), "受阻: amber");
        assertTrue(cell(html, "far", "区人社局").startsWith("open|<span class=\"st\">推进中</span>"), "in progress, far: grey");
        assertEquals("none", cell(html, "soon", "区教育局"), "not a unit of the item: an empty cell");
        assertTrue(html.matches("(?s).*<tr><td class=\"item\">.*?soon · .*?<td class=\"none\">—</td>.*"), "the empty cell is a dash");
    }

    @Test
    void cellsShowTheLatestReportWhoSentItAndTheFile() {
        String html = BoardHtml.render(board(), Z);
        String done = cell(html, "late", "区发改局");
        assertTrue(done.contains("已印发 &amp; 报备") && done.contains("附件：通知.pdf") && done.contains("王科长 03-02 09:00"), done);
        assertTrue(cell(html, "far", "区人社局").contains("用户 5 03-02 09:00"), "no display name: the user id");
        assertTrue(html.contains("<b>逾期事项&lt;甲&gt;</b>"), "titles are escaped");
    }

    @Test
    void daysLeftOrOverdueAndCountsAddUp() {
        Board b = board();
        String html = BoardHtml.render(b, Z);
        assertTrue(html.contains("2026-02-20<br><span class=\"overdue\">逾期 10 天</span>"), html);
        assertTrue(html.contains("2026-03-07<br>还有 5 天"), html);
        assertEquals(List.of("late", "soon", "far"), b.rows().stream().map(r -> r.item().id()).toList(), "by due date");
        assertEquals(List.of("区教育局", "区发改局", "区人社局"), b.units());
        assertTrue(html.contains("<th class=\"item\">事项</th><th>截止</th><th>区教育局</th><th>区发改局</th><th>区人社局</th>"), html);
        assertTrue(html.contains("已完成 <b id=\"n-done\">1</b>，逾期 <b id=\"n-late\">1</b>，临期（7 天内）或受阻 <b id=\"n-soon\">2</b>，"
                + "其他 <b id=\"n-open\">1</b>"), html);
        assertEquals(5, b.cells());
        assertEquals("📋 督办看板，截至 2026-03-02：3 项事项、5 个单位格；已完成 1，逾期 1，临期或受阻 2，其他 1。", b.summary());
    }

    @Test
    void pageIsSelfContained() {
        String html = BoardHtml.render(board(), Z);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta charset=\"utf-8\">") && html.contains("<style>"));
        for (String external : List.of("<script", "<link", "src=", "url(", "http://", "https://", "@import")) {
            assertFalse(html.contains(external), "no external asset: " + external);
        }
    }

    @Test
    void onePlanOnly() {
        TrackedItem other = new TrackedItem("o", "q", "别的文件", LocalDate.of(2026, 3, 3), LocalTime.of(9, 0), Z, List.of("市教育局"),
                List.of(), "q/1", List.of(0));
        Board b = Board.of(List.of(item("far", "远期事项", LocalDate.of(2026, 9, 30), "区教育局"), other), Map.of(), NOW, Optional.of("q"));
        assertEquals(List.of("o"), b.rows().stream().map(r -> r.item().id()).toList());
        assertEquals(List.of("市教育局"), b.units());
    }
}
