package org.policybot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/** The notes an answer carries on the documents it quotes: repealed by another, or their period ended or not begun. */
final class ValidityNotes {
    private ValidityNotes() {
    }

    /** The notes on the answer's documents that have been repealed or whose period has ended or not begun. */
    static List<String> of(Answer a, Library lib, boolean repealsOnly, LocalDate today) {
        List<String> out = new ArrayList<>();
        Set<String> docs = new LinkedHashSet<>();
        for (Hit h : a.type() == Answer.Type.LIST || a.type() == Answer.Type.DOCUMENT_FACT ? a.hits() : a.hits().subList(0, Math.min(1, a.hits().size()))) {
            docs.add(h.clause().document().id());
        }
        for (String id : docs) {
            DocumentProfile p = lib.profile(id);
            Repeals.Repeal repeal = lib.repealed().get(id);
            if (repeal != null) {
                String n = Repeals.note(repeal, lib);
                out.add(docs.size() > 1 && p != null ? "《" + p.info().title() + "》：" + n : n);
            } else if (p != null && !repealsOnly) {
                p.validityNote(today).ifPresent(n -> out.add(docs.size() > 1 ? "《" + p.info().title() + "》：" + n : n));
            }
        }
        return out;
    }
}
