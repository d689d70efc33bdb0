package org.policybot.chat;

import java.util.Optional;
import org.policybot.knowledge.Clause;

/** Finds a published clause by its id; the knowledge base implements it (e.g. {@code KnowledgeBase::clause}). */
@FunctionalInterface
public interface ClauseLookup {
    ClauseLookup NONE = id -> Optional.empty();

    Optional<Clause> clause(String id);
}
