package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 领导小组's membership written as lines, as notices set it: "组　长：郑远航　市人民政府副市长",
 * "副组长：罗婉清　市政府办公室副主任", then "岳国栋　市教育局局长" on the next line under the same role.
 * Read line by line, a continuation loses its role and a name stands without it; read as a table
 * (小组职务, 姓名, 职务) every member keeps both, and the rows can be counted and listed by role.
 */
final class Rosters {
    /** A role line: the role (spaced as 组　长 or not), its colon, then a member or the units. */
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^\\s*(常\\s*务\\s*副\\s*组\\s*长|副\\s*组\\s*长|组\\s*长|成\\s*员(?:\\s*单\\s*位)?|副\\s*主\\s*任|主\\s*任|副\\s*召\\s*集\\s*人|召\\s*集\\s*人|秘\\s*书\\s*长)\\s*[：:]\\s*(\\S.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    /** A member on a line of its own under the role above: a name, then the post, no sentence. */
    private static final Pattern MEMBER_LINE = Pattern.compile("^\\s*[\\p{IsHan}·]{2,6}\\s+\\S[^。；，,]*$", Pattern.UNICODE_CHARACTER_CLASS);
    /** A name before the post: two to six characters (阿苏木呷, 吉克曲布), then white space. */
    private static final Pattern NAME_POST = Pattern.compile("^([\\p{IsHan}·]{2,6})\\s+(\\S.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    /** One member as "郑燕然（区政府副区长）": the name, the post in brackets. */
    private static final Pattern NAME_BRACKETED = Pattern.compile("^([\\p{IsHan}·]{2,6})[（(]([^（()）；;]+)[）)]$");
    /** A member's line is short; a longer one is prose that happens to start with a role. */
    private static final int LONGEST = 60;
    static final List<String> HEADER = List.of("小组职务", "姓名", "职务");

    private Rosters() {
    }

    /** {@code blocks} with each run of membership lines (two roles at least) read as one table. */
    static List<Block> tabled(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            int end = runEnd(blocks, i);
            if (end < 0) {
                out.add(blocks.get(i));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            String role = "";
            for (int k = i; k < end; k++) {
                Block.Text t = (Block.Text) blocks.get(k);
                String member = t.text().strip();
                Matcher m = ROLE_LINE.matcher(member);
                if (m.matches()) {
                    role = m.group(1).replaceAll("[\\s\u3000]", "");
                    member = m.group(2).strip();
                }
                Matcher np = NAME_POST.matcher(member);
                Matcher nb = NAME_BRACKETED.matcher(member);
                rows.add(np.matches() ? List.of(role, np.group(1), np.group(2).strip())
                        : nb.matches() ? List.of(role, nb.group(1), nb.group(2).strip()) : List.of(role, "", member));
                lines.add(t.line());
            }
            out.add(new Block.Table(HEADER, rows, lines, lines.get(0)));
            i = end - 1;
        }
        return out;
    }

    /** The index after the run of membership lines starting at {@code i}, or -1 when none starts there. */
    private static int runEnd(List<Block> blocks, int i) {
        if (!(blocks.get(i) instanceof Block.Text first) || first.heading() || !isRoleLine(first.text())) {
            return -1;
        }
        int roles = 0;
        int k = i;
        for (; k < blocks.size(); k++) {
            if (!(blocks.get(k) instanceof Block.Text t) || t.heading() || t.text().strip().length() > LONGEST) {
                break;
            }
            if (isRoleLine(t.text())) {
                roles++;
            } else if (k == i || !MEMBER_LINE.matcher(t.text()).matches()) {
                break;
            }
            if (!oneMember(t.text())) {
                return -1; // "副组长：王俊毅（…）；李晓灿（…）": members run together on a line are read as the line they are
            }
        }
        return roles >= 2 ? k : -1;
    }

    /** Whether the line, without its role, is one member: a name and a post, or a post alone (组长：分管副市长). */
    private static boolean oneMember(String text) {
        Matcher m = ROLE_LINE.matcher(text);
        String member = (m.matches() ? m.group(2) : text).strip();
        return NAME_POST.matcher(member).matches() || NAME_BRACKETED.matcher(member).matches() || !member.matches(".*[；;、，,（(].*");
    }

    private static boolean isRoleLine(String text) {
        Matcher m = ROLE_LINE.matcher(text);
        return m.matches() && text.strip().length() <= LONGEST && !m.group(2).strip().endsWith("。");
    }
}
