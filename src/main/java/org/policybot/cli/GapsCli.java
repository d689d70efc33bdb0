package org.policybot.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import org.policybot.feedback.Gaps;

/**
 * {@code gaps [--days N] [--json]}: the questions of the last N days (default 7) that found no
 * clause, were answered with low confidence or were rated 没用, grouped by similarity, largest
 * group first, each with the command that would add a clause for it.
 */
public final class GapsCli {
    static final String USAGE = "gaps: usage: gaps [--days N] [--json]";

    private final Gaps gaps;
    private final PrintStream out;
    private final PrintStream err;

    public GapsCli(Gaps gaps, PrintStream out, PrintStream err) {
        this.gaps = gaps;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        int days = 7;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--days") && i + 1 < args.size() && args.get(i + 1).matches("\\d{1,4}") && Integer.parseInt(args.get(i + 1)) > 0) {
                days = Integer.parseInt(args.get(++i));
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        List<Gaps.Group> groups = gaps.groups(days);
        if (json) {
            JsonArray arr = new JsonArray();
            for (Gaps.Group g : groups) {
                JsonObject o = new JsonObject();
                o.addProperty("example", g.example());
                JsonArray qs = new JsonArray();
                g.questions().forEach(qs::add);
                o.add("questions", qs);
                o.addProperty("count", g.count());
                o.addProperty("lastAsked", g.lastAsked());
                JsonObject reasons = new JsonObject();
                g.reasons().forEach(reasons::addProperty);
                o.add("reasons", reasons);
                o.addProperty("closestClause", g.topClause());
                o.addProperty("addClause", Gaps.addClauseCommand(g));
                arr.add(o);
            }
            out.println(new GsonBuilder().disableHtmlEscaping().create().toJson(arr));
            return 0;
        }
        if (groups.isEmpty()) {
            out.println("近" + days + "天没有未找到、低置信或被评“没用”的问题。");
            return 0;
        }
        out.println("待补充的问题（近" + days + "天，" + groups.size() + " 组）：");
        int n = 0;
        for (Gaps.Group g : groups) {
            out.println(++n + ". " + g.example() + " — " + g.count() + " 次，最近 " + g.lastAsked() + "，" + g.reasons());
            g.questions().stream().filter(q -> !q.equals(g.example())).limit(5).forEach(q -> out.println("   · " + q));
            out.println("   补充：" + Gaps.addClauseCommand(g) + "（或 import 文件|网址）");
        }
        return 0;
    }
}
