package org.policybot.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parser of {@code schedules/units.txt}. One record per line, fields separated by {@code |}:
 * <pre>
 * unit   NAME | REGION | ALIASES (comma-separated, may be empty) [| RUN-BY units, comma-separated]
 * person NAME | UNIT | ROLE (组长, 副组长, 成员) | POSITION
 * </pre>
 * {@code #} starts a comment line. Names and aliases are unique across all units.
 */
final class UnitsFile {
    static final Set<String> ROLES = Set.of("组长", "副组长", "成员");

    record Parsed(List<Unit> units, List<WorkingGroupPerson> people, List<ScheduleProblem> problems) {
    }

    private UnitsFile() {
    }

    /** Splits a list on , ， and 、 outside parentheses: 各县（市、区）人民政府 stays one name. */
    static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (ch == ',' || ch == '，' || ch == '、')) {
                if (!cur.toString().isBlank()) {
                    out.add(cur.toString().strip());
                }
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    static Parsed parse(String file, List<String> lines) {
        List<Unit> units = new ArrayList<>();
        List<WorkingGroupPerson> people = new ArrayList<>();
        List<ScheduleProblem> problems = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        List<int[]> personLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int ln = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            String type = sp < 0 ? line : line.substring(0, sp);
            String[] f = (sp < 0 ? "" : line.substring(sp + 1)).split("\\|", -1);
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            switch (type) {
                case "unit" -> {
                    if (f.length < 3 || f.length > 4 || f[0].isEmpty()) {
                        problems.add(new ScheduleProblem(file, ln,
                                "expected 'unit NAME | REGION | ALIASES [| RUN-BY]', got " + f.length + " fields"));
                        continue;
                    }
                    List<String> aliases = list(f[2]);
                    boolean clash = false;
                    for (String n : concat(f[0], aliases)) {
                        Integer prev = names.putIfAbsent(n, ln);
                        if (prev != null) {
                            problems.add(new ScheduleProblem(file, ln, "unit name or alias '" + n
                                    + "' already used at " + file + ":" + prev));
                            clash = true;
                        }
                    }
                    if (!clash) {
                        units.add(new Unit(f[0], f[1], aliases, f.length == 4 ? list(f[3]) : List.of()));
                    }
                }
                case "person" -> {
                    if (f.length != 4 || f[0].isEmpty()) {
                        problems.add(new ScheduleProblem(file, ln,
                                "expected 'person NAME | UNIT | ROLE | POSITION', got " + f.length + " fields"));
                    } else if (!ROLES.contains(f[2])) {
                        problems.add(new ScheduleProblem(file, ln, "bad role '" + f[2] + "': expected one of 组长, 副组长, 成员"));
                    } else {
                        people.add(new WorkingGroupPerson(f[0], f[1], f[2], f[3]));
                        personLines.add(new int[] {people.size() - 1, ln});
                    }
                }
                default -> problems.add(new ScheduleProblem(file, ln, "unknown record '" + type + "': expected unit or person"));
            }
        }
        // Units may be declared after the people and offices that refer to them, so resolve at the end.
        Map<String, String> canon = new HashMap<>();
        for (Unit u : units) {
            canon.put(u.name(), u.name());
            u.aliases().forEach(a -> canon.put(a, u.name()));
        }
        List<WorkingGroupPerson> resolved = new ArrayList<>();
        for (int[] pl : personLines) {
            WorkingGroupPerson p = people.get(pl[0]);
            String u = canon.get(p.unit());
            if (u == null) {
                problems.add(new ScheduleProblem(file, pl[1], "unknown unit '" + p.unit() + "'"));
            } else {
                resolved.add(new WorkingGroupPerson(p.name(), u, p.role(), p.position()));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("unit ")) {
                continue;
            }
            String[] f = line.substring(5).split("\\|", -1);
            if (f.length == 4) {
                for (String r : list(f[3])) {
                    if (!canon.containsKey(r)) {
                        problems.add(new ScheduleProblem(file, i + 1, "unknown unit '" + r + "' in run-by"));
                    }
                }
            }
        }
        return new Parsed(units, resolved, problems);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }
}
