package org.policybot.chat;

import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.Clause;

/** Finds a published clause by its id; the knowledge base implements it (e.g. {@code KnowledgeBase::clause}). */
@FunctionalInterface
public interface ClauseLookup {
    ClauseLookup NONE = id -> Optional.empty();

    Optional<Clause> clause(String id);

    /**
     * The parts of {@code clause} shown with it under 查看原文 (an article's items and paragraphs,
     * 第四条/(一), 第四条/¶1), in document order; none by default.
     */
    default List<Clause> parts(Clause clause) {
        return List.of();
    }

    /** A lookup by id that also knows each clause's parts. */
    static ClauseLookup of(ClauseLookup byId, java.util.function.Function<Clause, List<Clause>> parts) {
        return new ClauseLookup() {
            @Override
            public Optional<Clause> clause(String id) {
                return byId.clause(id);
            }

            @Override
            public List<Clause> parts(Clause clause) {
                return parts.apply(clause);
            }
        };
    }
}
