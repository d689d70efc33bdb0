package org.policybot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;

/** The clauses of the two shipped plans, parsed as the bot does, for golden tests. */
public final class ShippedKnowledge {
    private ShippedKnowledge() {
    }

    public static List<Clause> clauses() {
        List<Clause> out = new ArrayList<>();
        DocumentParser p = new DocumentParser();
        for (String f : List.of("fengze-2025.md", "wenzhou-2024-2027.md")) {
            Path path = Path.of("knowledge", f);
            try {
                out.addAll(p.parse(path.toString(), Files.readAllBytes(path)).clauses());
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + path + " failed", e);
            }
        }
        return out;
    }
}
