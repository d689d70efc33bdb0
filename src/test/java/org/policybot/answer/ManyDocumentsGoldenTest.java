package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.DocumentParser;
import org.policybot.search.Answer;

/**
 * With every eval round's documents indexed beside the shipped plans (54 documents), a region-free
 * amount question still finds the long clause that names every term asked: Wenzhou's 附件1 (5万元/
 * 20万元/50万元) fell out of the BM25 window once short clauses of other documents repeating the
 * question's common words were many.
 */
class ManyDocumentsGoldenTest {
    @Test
    void aLongClauseNamingEveryDomainTermAskedIsAmongTheRegionsAnswered() throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.walk(Path.of("src/test/resources/eval"))) {
            files = all.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/src/") && !p.toString().contains("/tools/"))
                    .filter(p -> DocumentParser.EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().endsWith("." + e)))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .map(Path::toString).sorted().toList();
        }
        assertTrue(files.size() >= 50, files.size() + " documents");
        Answer a = FixtureAnswerer.with(files.toArray(String[]::new)).ask("省级产教融合型企业能拿到多少一次性补助", 5);
        assertTrue(a.answer().contains("20万元") && a.answer().contains("温州"), a.answer());
    }
}
