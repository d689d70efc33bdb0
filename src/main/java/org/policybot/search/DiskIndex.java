package org.policybot.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;

/**
 * The clause index on disk ({@code $POLICYBOT_DATA/index/}), kept in line with the knowledge base
 * document by document. Each commit records, in its user data, the {@link #ANALYSIS_VERSION}, the
 * knowledge change counter it was built from, the unit names that joined the domain terms and a
 * stamp per document (a hash of what is indexed of its clauses), and per document read from a
 * clause pack its key and unit names, so a start takes those documents' stamps from the commit
 * instead of reading their clauses ({@link DocumentStamps}). Bringing it in line:
 * <ul>
 * <li>same analysis version, unit names and stamps: nothing to write, the commit is opened as is;
 * <li>no index yet: the jar's {@link SeedIndex} of the shipped files is copied in and, unless it is
 *     opened as is, brought in line as below (only the documents that differ from it are analysed);
 * <li>missing, unreadable (corrupt) or another analysis version: rebuilt from all clauses;
 * <li>else only documents whose stamp differs are replaced ({@code updateDocuments} by the doc-id
 *     term), documents gone are deleted, and documents whose text contains a unit name that joined
 *     or left the domain terms are re-analysed, since only their term field can change. Deleted
 *     clauses are merged away at once, so term statistics (and so scores and coverage) are those of
 *     an index built from scratch.
 * </ul>
 * The writer is opened only for a change and closed after its commit, so the bot and a CLI
 * {@code import} beside it take turns (Lucene's write lock, waited for up to 30 s).
 */
final class DiskIndex implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DiskIndex.class);

    /**
     * Bump when fields, analyzers, the bundled lexicon/synonyms or {@link StructureKeys} change:
     * indexes of another version are rebuilt, and the jar's {@link SeedIndex} must be rewritten (ShippedIndexSeedTest says how).
     */
    static final String ANALYSIS_VERSION = "41"; // 41: 职校 = 职业学校; 40: 汽修 = 汽车维修; 39: 没入选 = 未入选 = 落选 = 没选上; 38: 用在 = 用到 = 花在 = 用于; 37: 没过 = 没通过 = 未通过 = 不合格; 36: short unnumbered lines after an intro ending in ： are its items; 35: 家长 = 父母 = 监护人, 个体户 = 个体工商户, 扣税 = 代扣 = 代扣代缴; 34: 解聘 = 解除聘用 = 解除聘任; 33: 不足 = 不到 = 不满; 32: 他人 = 别人 = 同事 = 朋友; 31: 投标保证金 = 投标担保, 履约保证金 = 履约担保; 30: 归属 = 所有权, 出钱 = 掏钱 = 出资, 平时 = 平常 = 日常; 29: 范本 = 示范文本; 28: 剩下 = 剩余, 退回 = 缴回 = 收回 = 追回, 分数 = 得分; 27: synonyms known also as a question says them without its stop characters (过了截止日期 = 逾期); 26: an intro paragraph ending in ：over （一）（二） items under the same heading has them as its items; 25: 寄信 = 写信 = 信函, 邮编 = 邮政编码, 真名 = 实名 = 真实姓名, 超期 = 过期 = 逾期; 24: 花出去 = 花掉 = 花费 = 支出; 23: 公章 = 印章, 坐车 = 发车 = 乘车; 22: 代理公司 = 中介机构 = 第三方机构, 明年 = 次年; 21: 实习生 = 顶岗实习 = 岗位实习, 交钱 = 收取 (不收取任何费用), 摘牌 = 撤销, 一起 = 同时; 20: 连着 = 连续; 19: 扣除 left out (加计扣除 is a tax word); 18: 扣钱 = 扣款 = 扣减; 17: 各州、市人民政府 and 各县（市、区）人民政府 one unit each; 16: units of a note naming the lead and the others by what they do (（省人社厅牵头，省教育厅、省财政厅配合）); 15: units of a note of units alone, the lead first with its ★ (（★区工信局，区教体局）); 14: sums in Chinese numerals in digits (十五万 = 15万); 13: 第二年 = 次年, 外省 = 外地; 12: 建好 = 建成; 11: a ★ after a unit in a 责任单位 cell is its own (县教育局★、…); 10: units of an unlabelled duty note (（省教育厅、省财政厅按职责分工负责）), 不超过 = 最多 = 最高; 9: 工人 = 员工 = 职工; 8: 封顶 = 最高, 叠加 = 重复享受; 7: 教体局/教委 = 教育局, a 责任单位 line under a task; 6: responsibility notes in a task's text and 牵头单位 columns as units; 2: synonyms of 弄虚作假; 3: 奖励 = 补助; 4: 老师 = 教师, 首批 = 第一批; 5: structure keys (parent path, path end, units, list intros)
    static final String K_ANALYSIS = "analysis";
    static final String K_OVERLAY = "knowledge-version";
    static final String K_UNITS = "units";
    static final String K_DOCS = "docs";
    /** Per document read from a pack: its key (see {@link Corpus.Part#key}) and the unit names its tables give. */
    static final String K_KEYS = "keys";

    private final Path path;
    private final FSDirectory dir;

    /** What the last {@link #sync} did, for logs and the bench. */
    enum Outcome { UNCHANGED, SEEDED, UPDATED, REBUILT }

    private Outcome last = Outcome.UNCHANGED;
    /** Whether the commit {@link #openLatest} opened is the jar's {@link SeedIndex}, copied in because there was no index. */
    private volatile boolean seeded;

    DiskIndex(Path path) throws IOException {
        Files.createDirectories(path);
        this.path = path;
        this.dir = FSDirectory.open(path);
    }

    Path path() {
        return path;
    }

    Outcome lastOutcome() {
        return last;
    }

    /**
     * At start, before the clauses are stamped: the latest commit opened on another core (null from
     * the future when there is none or it cannot be read), for {@link #sync} to use as it is when it
     * was made from these very clauses.
     */
    CompletableFuture<DirectoryReader> openLatest() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return DirectoryReader.open(dir);
            } catch (org.apache.lucene.index.IndexNotFoundException e) {
                return seed(e);
            } catch (IOException | RuntimeException e) {
                unusable(e);
                return null;
            }
        });
    }

    /** No index yet: the jar's seed, when it has one, opened; null (build it) when it has none or it cannot be used. */
    private DirectoryReader seed(org.apache.lucene.index.IndexNotFoundException none) {
        try {
            if (SeedIndex.install(path, dir)) {
                DirectoryReader r = DirectoryReader.open(dir);
                seeded = true;
                return r;
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("the jar's index seed cannot be used in {} ({}): the index will be built", path, e.toString());
            return null;
        }
        unusable(none);
        return null;
    }

    /** The analysis of the index's unit names and a reader on the index brought in line. */
    record Synced(Analysis analysis, DirectoryReader reader) {
    }

    /**
     * Brings the index in line with {@code clauses} and returns a reader on it ({@code previous},
     * when given, is reopened so unchanged segments are shared; else {@code opening}, from
     * {@link #openLatest}, is returned when its commit matches, or closed), with the analysis
     * {@code analysisOf} makes of the unit names (it indexes what is written). A document whose
     * key the commit holds is not read: its stamp and unit names are the commit's.
     */
    Synced sync(Corpus clauses, Function<Set<String>, Analysis> analysisOf, String overlay,
                Function<Clause, Document> toDocument, DirectoryReader previous,
                CompletableFuture<DirectoryReader> opening) throws IOException {
        if (opening != null) {
            boolean handedOut = false;
            try {
                DirectoryReader opened = opening.join();
                boolean fromSeed = seeded;
                seeded = false;
                Map<String, String> data = opened == null ? null : opened.getIndexCommit().getUserData();
                DocumentStamps d = DocumentStamps.of(clauses, data);
                Analysis analysis = analysisOf.apply(d.units());
                if (data != null && d.upToDate(data)) {
                    last = fromSeed ? Outcome.SEEDED : Outcome.UNCHANGED;
                    if (fromSeed) {
                        LOG.info("clause index {} started from the jar's seed of the shipped files", path);
                    }
                    handedOut = true;
                    return new Synced(analysis, opened); // checked against the very commit it reads
                }
                return new Synced(analysis, write(clauses, d, analysis, overlay, toDocument, null));
            } finally {
                if (!handedOut) {
                    opening.thenAccept(DiskIndex::closeQuietly); // now, or once opened if this failed before
                }
            }
        }
        Map<String, String> committed = latestCommitData();
        DocumentStamps d = DocumentStamps.of(clauses, committed);
        Analysis analysis = analysisOf.apply(d.units());
        if (committed != null && d.upToDate(committed)) {
            last = Outcome.UNCHANGED;
            return new Synced(analysis, open(previous));
        }
        return new Synced(analysis, write(clauses, d, analysis, overlay, toDocument, previous));
    }

    private DirectoryReader write(Corpus clauses, DocumentStamps d, Analysis analysis, String overlay,
                                  Function<Clause, Document> toDocument, DirectoryReader previous) throws IOException {
        try (IndexWriter w = writer(analysis)) {
            Map<String, String> live = new HashMap<>();
            w.getLiveCommitData().forEach(e -> live.put(e.getKey(), e.getValue()));
            if (!live.isEmpty() && d.upToDate(live)) {
                last = Outcome.UNCHANGED; // another process did it while we waited for the lock
                return open(previous);
            }
            if (!ANALYSIS_VERSION.equals(live.get(K_ANALYSIS))) { // new, cleared (corrupt) or another analysis
                rebuild(w, clauses, toDocument);
            } else {
                update(w, clauses, d.units(), d.stamps(), live, toDocument);
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put(K_ANALYSIS, ANALYSIS_VERSION);
            data.put(K_OVERLAY, overlay);
            data.put(K_UNITS, String.join("\n", d.units()));
            data.put(K_DOCS, DocumentStamps.encodeDocs(d.stamps()));
            data.put(K_KEYS, d.keys());
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        return open(previous);
    }

    private void rebuild(IndexWriter w, Corpus clauses, Function<Clause, Document> toDocument) throws IOException {
        long t0 = System.nanoTime();
        w.deleteAll();
        add(w, clauses, toDocument);
        w.forceMerge(1); // as the in-memory index: one segment, clauses in order
        last = Outcome.REBUILT;
        LOG.info("clause index {} rebuilt: {} clauses in {} ms", path, clauses.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private void update(IndexWriter w, Corpus clauses, Set<String> units, Map<String, String> stamps,
                        Map<String, String> live, Function<Clause, Document> toDocument) throws IOException {
        long t0 = System.nanoTime();
        Map<String, String> before = DocumentStamps.decodeDocs(live.get(K_DOCS));
        Set<String> changedUnits = new LinkedHashSet<>(units);
        Set<String> oldUnits = DocumentStamps.decodeUnits(live.get(K_UNITS));
        changedUnits.removeAll(oldUnits);
        oldUnits.removeAll(units);
        changedUnits.addAll(oldUnits);
        List<String> names = changedUnits.stream().map(TextNormalizer::normalize).filter(n -> n.length() >= 2).toList();
        int replaced = 0;
        for (Corpus.Part p : clauses.parts()) {
            String doc = p.info().id();
            if (p.size() == 0) {
                continue; // no clause: never indexed, no stamp
            }
            boolean changed = !stamps.get(doc).equals(before.get(doc));
            if (changed || (!names.isEmpty() && mentionsAny(p.clauses(), names))) {
                // Delete and add land in the same commit, so readers see the old or the new version whole.
                w.deleteDocuments(new Term(Analysis.DOC_ID, doc));
                add(w, p.clauses(), toDocument);
                replaced++;
            }
        }
        int removed = 0;
        for (String gone : before.keySet()) {
            if (!stamps.containsKey(gone)) {
                w.deleteDocuments(new Term(Analysis.DOC_ID, gone));
                removed++;
            }
        }
        if (w.hasDeletions()) {
            w.forceMergeDeletes(true); // deleted clauses would still count in docFreq and so in scores and coverage
        }
        last = Outcome.UPDATED;
        LOG.info("clause index {} updated: {} documents replaced, {} removed, {} unit names changed, in {} ms", path, replaced,
                removed, names.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Analysis (smartcn above all) is the cost of indexing: clauses are added by up to two threads. */
    private static void add(IndexWriter w, List<Clause> clauses, Function<Clause, Document> toDocument) throws IOException {
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        if (threads < 2 || clauses.size() < 2000) {
            for (Clause c : clauses) {
                w.addDocument(toDocument.apply(c));
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "index-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> parts = new ArrayList<>();
            int chunk = (clauses.size() + threads - 1) / threads;
            for (int from = 0; from < clauses.size(); from += chunk) {
                List<Clause> part = clauses.subList(from, Math.min(clauses.size(), from + chunk));
                parts.add(pool.submit(() -> {
                    for (Clause c : part) {
                        w.addDocument(toDocument.apply(c));
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether any clause's term-field text (text and headings) contains one of {@code names}. */
    private static boolean mentionsAny(List<Clause> clauses, List<String> names) {
        for (Clause c : clauses) {
            String t = TextNormalizer.normalize(c.text()) + "\n" + TextNormalizer.normalize(String.join(" ", c.breadcrumb()));
            for (String n : names) {
                if (t.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The latest commit's user data; null when there is no index or it cannot be read (then it is rebuilt). */
    static void closeQuietly(DirectoryReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (IOException e) {
                LOG.warn("closing a clause index reader failed: {}", e.toString());
            }
        }
    }

    private Map<String, String> latestCommitData() {
        try {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        } catch (IOException | RuntimeException e) {
            unusable(e);
            return null;
        }
    }

    /** Why the index on disk cannot be used as it is (it is then built). */
    private void unusable(Exception e) {
        if (e instanceof org.apache.lucene.index.IndexNotFoundException) {
            LOG.info("no clause index in {} yet: building it", path);
        } else {
            LOG.info("clause index {} not usable ({}): it will be built", path, e.toString());
        }
    }

    private IndexWriter writer(Analysis analysis) throws IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            IndexWriterConfig cfg = config(analysis.indexAnalyzer());
            try {
                return openWriter(cfg);
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("clause index " + path + " is locked by another process for over 30 s", e);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the index lock of " + path, ie);
                }
            }
        }
    }

    /** forceMergeDeletes merges away every deleted clause, not only in segments over 10 % deleted. */
    private static IndexWriterConfig config(org.apache.lucene.analysis.Analyzer analyzer) {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setRAMBufferSizeMB(64);
        org.apache.lucene.index.TieredMergePolicy mp = new org.apache.lucene.index.TieredMergePolicy();
        mp.setForceMergeDeletesPctAllowed(0);
        cfg.setMergePolicy(mp);
        return cfg;
    }

    /** Opens the writer; an index that cannot be read is cleared first and rebuilt. */
    private IndexWriter openWriter(IndexWriterConfig cfg) throws IOException {
        try {
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new IndexWriter(dir, cfg);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("clause index {} is unreadable ({}): clearing it to rebuild", path, e.toString());
            IndexWriterConfig fresh = config(cfg.getAnalyzer());
            clearExceptLock();
            fresh.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            return new IndexWriter(dir, fresh);
        }
    }

    private void clearExceptLock() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private DirectoryReader open(DirectoryReader previous) throws IOException {
        if (previous != null) {
            DirectoryReader r = DirectoryReader.openIfChanged(previous);
            if (r != null) {
                return r;
            }
            previous.incRef(); // the same commit: the new generation shares the reader
            return previous;
        }
        return DirectoryReader.open(dir);
    }

    @Override
    public void close() throws IOException {
        dir.close();
    }
}
