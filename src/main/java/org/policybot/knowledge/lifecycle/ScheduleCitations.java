package org.policybot.knowledge.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /** "wenzhou-2024-2027.schedule:57 引用 wenzhou-2024-2027/附件2/1" lines, in file and line order. */
    public static List<String> of(Path schedulesDir, String docId) {
        return citing(schedulesDir, docId, id -> true);
    }

    /**
     * Those of {@link #of} citing a clause not among {@code clauseIds} (a new version's): they would
     * no longer resolve once it is current. Widths and spaces in the cited id do not matter.
     */
    public static List<String> missingFrom(Path schedulesDir, String docId, Collection<String> clauseIds) {
        Set<String> ids = clauseIds.stream().map(ScheduleCitations::canonical).collect(Collectors.toSet());
        return citing(schedulesDir, docId, id -> !ids.contains(canonical(id)));
    }

    private static String canonical(String id) {
        return Normalizer.normalize(id, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static List<String> citing(Path schedulesDir, String docId, Predicate<String> wanted) {
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
                    if (m.find() && m.group(1).startsWith(docId + "/") && wanted.test(m.group(1))) {
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
