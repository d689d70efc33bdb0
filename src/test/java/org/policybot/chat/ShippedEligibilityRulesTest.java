package org.policybot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.knowledge.ParsedDocument;

/** The shipped /check rules cite clauses that exist, in documents whose 文号 they state correctly. */
class ShippedEligibilityRulesTest {
    @Test
    void everyRuleCitesExistingClausesOfTheRightDocument() throws Exception {
        Map<String, Clause> clauses = new HashMap<>();
        Map<String, String> docNos = new HashMap<>();
        try (var files = Files.list(Path.of("knowledge"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                ParsedDocument d = new DocumentParser().parse(f.toString(), Files.readAllBytes(f));
                d.clauses().forEach(c -> clauses.put(c.id(), c));
                docNos.put(d.info().id(), d.info().docNo());
            }
        }
        EligibilityRules rules = EligibilityRules.load(Path.of("knowledge", "rules", "eligibility.txt"));
        assertTrue(rules.rules().size() >= 10, "rules: " + rules.rules().size());
        for (EligibilityRules.Rule r : rules.rules()) {
            for (String id : r.clauseIds()) {
                assertTrue(clauses.containsKey(id), "rule '" + r.name() + "' (line " + r.line() + ") cites unknown clause " + id);
            }
        }
        for (EligibilityRules.Doc d : rules.docs().values()) {
            assertEquals(docNos.get(d.id()), d.docNo(), "文号 of " + d.id());
        }
        // The amounts a 市级/省级/国家级 enterprise is told are the ones the cited clause states.
        String subsidy = clauses.get("wenzhou-2024-2027/附件2/80").text();
        for (String amount : new String[] {"5万元", "20万元", "50万元"}) {
            assertTrue(subsidy.contains(amount), amount);
        }
    }
}
