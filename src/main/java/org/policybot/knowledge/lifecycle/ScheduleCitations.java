package org.policybot.knowledge.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schedule items ({@code schedules/*.schedule}, {@code source = CLAUSE_ID} lines) that cite a
 * clause of a document, so removing it is confirmed with those named. An unreadable file is named
 * too: the admin should know the check is incomplete.
 */
public final class ScheduleCitations {
    private static final Pattern SOURCE = Pattern.compile("^\\s*source\\s*=\\s*(\\S+)");

    private ScheduleCitations() {
    }

    /** "wenzhou-2024-2027.schedule:57 cites wenzhou-2024-2027/附件2/1" lines, in file and line order. */
    public static List<String> of(Path schedulesDir, String docId) {
        List<String> out = new ArrayList<>();
        if (schedulesDir == null || !Files.isDirectory(schedulesDir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(schedulesDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".schedule")).sorted().toList();
        } catch (IOException e) {
            out.add(schedulesDir + "：无法读取（" + e.getMessage() + "），引用检查不完整");
            return out;
        }
        for (Path f : files) {
            try {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = SOURCE.matcher(lines.get(i));
                    if (m.find() && m.group(1).startsWith(docId + "/")) {
                        out.add(f.getFileName() + ":" + (i + 1) + " 引用 " + m.group(1));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                out.add(f.getFileName() + "：无法读取，引用检查不完整");
            }
        }
        return out;
    }
}
