package org.policybot.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.region.Regions;
import org.policybot.search.PolicySearch;

/** The answering pipeline over the shipped plans plus fixture documents, parsed as an import would, on 2026-12-02. */
final class FixtureAnswerer {
    private FixtureAnswerer() {
    }

    /** The search over the shipped plans plus {@code files}, parsed as an import would. */
    static PolicySearch search(String... files) throws IOException {
        List<Clause> clauses = new ArrayList<>(org.policybot.ShippedKnowledge.clauses());
        for (String f : files) {
            Path p = Path.of(f);
            clauses.addAll(new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p)).clauses());
        }
        return new PolicySearch(clauses);
    }

    /** {@code answerer}'s answer to {@code question} (top 3), failing the test when it is not answered. */
    static org.policybot.search.Answer answered(PolicyAnswerer answerer, String question) {
        org.policybot.search.Answer a = answerer.ask(question, 3);
        org.junit.jupiter.api.Assertions.assertTrue(a.answered(), question + " → " + a.notes());
        return a;
    }

    static PolicyAnswerer with(String... files) throws IOException {
        PolicySearch search = search(files);
        Clock now = Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), PolicyAnswererTest.ZONE);
        return new PolicyAnswerer(search, Regions.load(), now, PolicyAnswererTest.ZONE, PolicyAnswerer.Calibration.DEFAULT);
    }
}
