package org.policybot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.lifecycle.ImportPlan;
import org.policybot.search.Answer;
import org.policybot.search.Evaluation;

/** What {@code eval} adds to the knowledge (documents from a folder, parsed as an import would) and how it asks with chat context. */
final class EvalDocuments {
    private EvalDocuments() {
    }

    /** Clauses of every document file directly in {@code dir}, in file-name order. */
    static List<Clause> read(Path dir) {
        List<Clause> out = new ArrayList<>();
        DocumentParser parser = new DocumentParser();
        for (Path f : documentFiles(dir)) {
            try {
                out.addAll(parser.parse(f.getFileName().toString(), Files.readAllBytes(f)).clauses());
            } catch (IOException e) {
                throw new KnowledgeException(f + ": cannot read document: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Imports every document file directly in {@code dir} through the knowledge base, as
     * {@code import} would (same identity, versions and ids), so that an evaluation also sees what
     * importing does, e.g. a document taken for a new version of another. One line a file on {@code log}.
     */
    static void importAll(KnowledgeBase kb, Path dir, PrintStream log) {
        for (Path f : documentFiles(dir)) {
            ImportPlan p = kb.publishPlan(f.getFileName().toString(), KnowledgeBase.readUpload(f), "eval");
            log.println("eval: imported " + f.getFileName() + " as " + p.document().info().id()
                    + (p.isNewVersion() ? " — taken for a new version of it, replacing " + p.replacesLabel().orElse("a removed one") : "")
                    + ", " + p.document().clauses().size() + " clauses");
        }
    }

    private static List<Path> documentFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.(md|txt|html?|pdf|docx?|wps)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeException(dir + ": cannot read documents folder: " + e.getMessage(), e);
        }
    }

    /**
     * Asks the question after its context questions, as one chat would: each read against the one
     * before, and with the region the chat remembers once a question named one (as {@code /region}
     * shows it).
     */
    static Answer ask(PolicyAnswerer answerer, Evaluation.Question q) {
        String previous = null;
        Optional<org.policybot.region.Region> region = Optional.empty();
        for (String earlier : q.context()) {
            PolicyAnswerer.Result r = answerer.answer(earlier, 3, new PolicyAnswerer.Context(region, previous));
            if (!r.answer().onlyAsks()) {
                previous = r.asked(); // as the chat keeps it: a request to say more is not a question to lean on
            }
            if (r.named().size() == 1) {
                region = Optional.of(r.named().get(0));
            }
        }
        return answerer.answer(q.question(), 3, new PolicyAnswerer.Context(region, previous)).answer();
    }
}
