package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScatteredTablesTest {
    private static ParsedDocument parse(Path p) throws IOException {
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
    }

    @Test
    void aTableCopiedColumnByColumnIsToldToTheImporter() throws IOException {
        assertTrue(ScatteredTables.notice(parse(Path.of("src/test/resources/fixtures/column-dump-table.txt"))).orElse("").contains("建议改为导入原件"));
        assertTrue(ScatteredTables.isNumberRun("1234567891011121314"));
        assertTrue(!ScatteredTables.isNumberRun("2026") && !ScatteredTables.isNumberRun("12"));
    }

    @Test
    void noOtherTextDocumentHereIsTakenForOne() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/eval", "knowledge", "../shared/seeds")) {
            if (!Files.isDirectory(Path.of(dir))) {
                continue;
            }
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().matches(".*\\.(txt|md)$") && !p.toString().contains("/src/")
                        && !p.getFileName().toString().equals("column-dump-table.txt")
                        && !p.getFileName().toString().equals("yuanzhou-gongzuo-yaodian.txt")
                        && !p.getFileName().toString().equals("README.md")).forEach(texts::add);
            }
        }
        assertTrue(texts.size() > 20, texts.toString());
        List<String> flagged = new ArrayList<>();
        for (Path p : texts) {
            if (ScatteredTables.notice(parse(p)).isPresent()) {
                flagged.add(p.toString());
            }
        }
        assertEquals(List.of(), flagged);
    }
}
