package org.policybot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * The document files shipped in {@code knowledge/}, parsed on a thread of their own at start
 * (while the imported documents are read from SQLite); a broken one stops the start with its file
 * and line.
 */
final class ShippedFiles {
    private final Path knowledgeDir;
    private final FutureTask<List<ParsedDocument>> parsed;

    private ShippedFiles(Path knowledgeDir) {
        this.knowledgeDir = knowledgeDir;
        this.parsed = new FutureTask<>(() -> parse(knowledgeDir));
    }

    /** Starts parsing every document file ({@link DocumentParser#EXTENSIONS}) directly in {@code knowledgeDir}. */
    static ShippedFiles startReading(Path knowledgeDir) {
        ShippedFiles files = new ShippedFiles(knowledgeDir);
        Thread parsing = new Thread(files.parsed, "knowledge-shipped");
        parsing.setDaemon(true);
        parsing.start();
        return files;
    }

    /** Every document file directly in {@code knowledgeDir}, parsed; a broken one stops the start with its file and line. */
    private static List<ParsedDocument> parse(Path knowledgeDir) {
        List<ParsedDocument> seeds = new ArrayList<>();
        DocumentParser parser = new DocumentParser();
        try (Stream<Path> files = Files.list(knowledgeDir)) {
            for (Path f : files.sorted().toList()) {
                String ext = FileType.extension(f.getFileName().toString());
                if (!Files.isRegularFile(f) || !DocumentParser.EXTENSIONS.contains(ext)
                        || f.getFileName().toString().startsWith("README")) {
                    continue;
                }
                ParsedDocument d = parser.parse(f.toString(), Files.readAllBytes(f));
                if (seeds.stream().anyMatch(s -> s.info().id().equals(d.info().id()))) {
                    throw new KnowledgeException(f + ": document id '" + d.info().id() + "' is used by another file");
                }
                seeds.add(d);
            }
        } catch (IOException e) {
            throw new KnowledgeException(knowledgeDir + ": cannot read knowledge directory: " + e.getMessage(), e);
        }
        return seeds;
    }

    /** The parsed files, in file-name order, once parsed. */
    List<ParsedDocument> join() {
        try {
            return List.copyOf(parsed.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KnowledgeException(knowledgeDir + ": interrupted while reading the knowledge directory", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the parser's own message: file and line
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new KnowledgeException(knowledgeDir + ": cannot read knowledge directory: " + e.getCause(), e.getCause());
        }
    }
}
