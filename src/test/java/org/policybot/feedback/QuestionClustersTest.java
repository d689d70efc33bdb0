package org.policybot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Grouping on questions as users type them: each topic paraphrased several ways, topics that share words kept apart. */
class QuestionClustersTest {
    /** Each inner list is one intent, in the words of different users. */
    static final List<List<String>> PARAPHRASES = List.of(
            List.of("实训基地建设有没有补贴？", "建实训基地能拿补助吗", "实训基地补贴标准是多少", "我们想共建实训基地，政府给补助吗"),
            List.of("怎么申请产教融合型企业认定", "产教融合型企业认定怎么申报？", "申报产教融合型企业认定需要什么条件", "如何申请认定为产教融合型企业"),
            List.of("护照怎么办理", "办护照去哪里", "护照办理流程"),
            List.of("企业职工技能培训有补贴吗", "职工技能培训补助标准", "员工参加技能培训能拿多少补贴"),
            List.of("产业学院建设用地怎么解决", "建产业学院的用地政策", "产业学院用地有什么支持"),
            List.of("学徒制补助怎么发放", "现代学徒制有没有补贴"));

    final QuestionClusters clusters = new QuestionClusters(UnaryOperator.identity());

    @Test
    void paraphrasesOfOneIntentFormOneGroupAndDifferentIntentsStayApart() {
        List<String> all = new ArrayList<>();
        List<Integer> intent = new ArrayList<>();
        // interleaved, as questions arrive
        int longest = PARAPHRASES.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < longest; k++) {
            for (int g = 0; g < PARAPHRASES.size(); g++) {
                if (k < PARAPHRASES.get(g).size()) {
                    all.add(PARAPHRASES.get(g).get(k));
                    intent.add(g);
                }
            }
        }
        List<List<Integer>> groups = clusters.cluster(all);
        List<String> got = new ArrayList<>();
        for (List<Integer> grp : groups) {
            Set<Integer> intents = new TreeSet<>();
            grp.forEach(i -> intents.add(intent.get(i)));
            got.add(intents + " " + grp.stream().map(all::get).toList());
        }
        assertEquals(PARAPHRASES.size(), groups.size(), String.join("\n", got));
        for (String g : got) {
            assertTrue(g.matches("\\[\\d] .*"), "one intent per group:\n" + String.join("\n", got));
        }
    }

    @Test
    void questionsOnDifferentSubjectsStayApartHoweverAlikeTheRestOfTheWording() {
        assertEquals(2, clusters.cluster(List.of("产教融合型企业认定怎么申报", "产教融合型企业补助多少")).size());
        assertEquals(2, clusters.cluster(List.of("实训基地补助标准", "技能培训补助标准")).size());
        assertEquals(1, clusters.cluster(List.of("实训基地补助标准", "实训基地补贴标准是多少")).size());
    }

    @Test
    void similarityIgnoresQuestionWordsPunctuationAndEverydaySynonyms() {
        assertEquals(1.0, QuestionClusters.jaccard(clusters.bigrams("实训基地有没有补贴？"), clusters.bigrams("实训基地补助吗")));
        assertTrue(QuestionClusters.jaccard(clusters.bigrams("护照怎么办理"), clusters.bigrams("实训基地补助")) == 0);
    }
}
