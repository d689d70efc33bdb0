package org.policybot.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.region.Regions;
import org.policybot.search.PolicySearch;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/** The shipped knowledge over a temporary database, searchable and answerable, as the bot wires it. */
public final class LiveKnowledge implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Path RULES = Path.of("knowledge", "rules", "eligibility.txt");

    /** A new 温州 notice: a one-off subsidy for 市级 产教融合型企业 only. */
    public static final byte[] WENZHOU_NOTICE = """
            ---
            id: wenzhou-digital-2026
            title: 温州市关于支持产教融合型企业数字化改造的通知
            docno: 温发改社〔2026〕8号
            issuer: 温州市发展和改革委员会
            date: 2026-03-01
            period: 2026-2027
            ---
            一、支持措施

            （一）数字化改造补助。对新认定的市级产教融合型企业开展数字化改造的，给予一次性补助10万元。

            （二）申报时间。数字化改造补助申报截止时间为2026年3月31日，逾期不予受理。
            """.getBytes(StandardCharsets.UTF_8);

    public final Database db;
    public final KnowledgeBase kb;
    public final PolicySearch search;
    public final PolicyAnswerer answerer;

    public LiveKnowledge(Path dbFile, Clock clock) {
        List<Migration> all = new ArrayList<>(Chats.migrations());
        all.addAll(KnowledgeBase.MIGRATIONS);
        db = Database.open(dbFile, all);
        kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
        search = new PolicySearch(kb.clauses());
        kb.addListener(search::reindex);
        answerer = new PolicyAnswerer(search, Regions.load(), clock, ZONE, PolicyAnswerer.Calibration.DEFAULT);
    }

    public ProfileModule.Sources sources() {
        return new ProfileModule.Sources(RULES, kb::clause, kb::clauses, answerer);
    }

    @Override
    public void close() {
        db.close();
    }
}
