package org.policybot.search;

/** Answers a question from the current knowledge base; thread-safe, sees published changes at once. */
@FunctionalInterface
public interface QuestionAnswerer {
    Answer ask(String question, int top);
}
