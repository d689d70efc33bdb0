package org.policybot.answer;

import java.util.List;
import org.policybot.region.Mention;

/**
 * A question as read before searching.
 *
 * @param text       the question as asked
 * @param kind       what it asks for
 * @param fact       the document fact asked for when {@code kind} is {@link QuestionKind#DOCUMENT_FACT}, else null
 * @param regions    regions named in it, left to right
 * @param levels     认定 levels named (市级, 省级, 国家级, 区级, 县级)
 * @param topic      what is left once question words, regions, levels, pronouns and fillers are removed
 * @param followUp   it may lean on an earlier question (那…呢, 这个…, or a short topic and no place of its own)
 * @param searchText the text to search with: the question without the regions it names (scope handles them)
 */
public record ReadQuestion(String text, QuestionKind kind, DocumentFact fact, List<Mention> regions, List<String> levels,
                           String topic, boolean followUp, String searchText) {
    public ReadQuestion {
        regions = List.copyOf(regions);
        levels = List.copyOf(levels);
    }

    /** The same question searched as {@code text} (the asker's own figures or trade left out). */
    ReadQuestion searchedAs(String text) {
        return new ReadQuestion(this.text, kind, fact, regions, levels, topic, followUp, text);
    }

    /** No subject of its own: "2", "谁负责？", "多少钱", "那省级呢？". */
    public boolean fragment() {
        return topic.codePointCount(0, topic.length()) < 2 && fact == null && regions.isEmpty();
    }
}
