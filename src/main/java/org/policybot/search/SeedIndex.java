package org.policybot.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;

/**
 * The clause index of the shipped knowledge files as the jar carries it, so that a first start in a
 * fresh data directory opens it instead of analysing every clause (most of that start's time). It
 * is only a head start: {@link DiskIndex} keeps it only when its commit matches the clauses exactly
 * (same analysis version, unit names and document stamps) and otherwise builds the index as it
 * would have without it. {@code ShippedIndexSeedTest} fails when the seed no longer matches the
 * shipped files and rewrites it when asked to.
 */
final class SeedIndex {
    /** Where the seed's files lie in the jar, with {@link #LIST} naming them (a jar cannot be listed). */
    static final String RESOURCE = "/org/policybot/search/seed/";
    static final String LIST = "files.txt";

    private SeedIndex() {
    }

    /**
     * Copies the seed into {@code dir}, which holds no index, under Lucene's write lock (a process
     * building there meanwhile keeps its own); the commit point is moved in last, so a crash leaves
     * no index rather than half of one. False when the jar carries no seed or an index appeared.
     */
    static boolean install(Path dir, FSDirectory lucene) throws IOException {
        List<String> files = files();
        if (files.isEmpty()) {
            return false;
        }
        try (Lock lock = lucene.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            if (DirectoryReader.indexExists(lucene)) {
                return false;
            }
            List<String> ordered = new ArrayList<>(files);
            ordered.sort((a, b) -> Boolean.compare(a.startsWith("segments"), b.startsWith("segments")));
            for (String f : ordered) {
                try (InputStream in = SeedIndex.class.getResourceAsStream(RESOURCE + f)) {
                    if (in == null) {
                        throw new IOException("the jar's index seed lists " + f + " but does not hold it (" + RESOURCE + ")");
                    }
                    Path part = dir.resolve(f + ".seed");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            lock.ensureValid();
        }
        return true;
    }

    /** The seed's file names; empty when the jar carries none. */
    private static List<String> files() throws IOException {
        try (InputStream in = SeedIndex.class.getResourceAsStream(RESOURCE + LIST)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /**
     * Replaces the seed in {@code target} (the resources folder it is packaged from) with the index
     * committed in {@code indexDir}: its segment files and commit point, and their list.
     */
    static void write(Path indexDir, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> old = Files.list(target)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        List<String> names = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(indexDir)) {
            for (String f : org.apache.lucene.index.SegmentInfos.readLatestCommit(d).files(true)) {
                Files.copy(indexDir.resolve(f), target.resolve(f));
                names.add(f);
            }
        }
        names.sort(null);
        Files.writeString(target.resolve(LIST), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    }
}
