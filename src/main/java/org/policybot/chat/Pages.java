package org.policybot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Long list answers shown a page at a time: the remaining lines are kept in memory under a short
 * key that a 下一页 button carries. Bounded: the oldest lists are forgotten first (their button
 * then says it has expired).
 */
final class Pages {
    static final String PREFIX = "pg";
    static final int LINES_PER_PAGE = 10;
    private static final int KEPT = 500;

    private record Kept(List<String> items, int perPage) {
    }

    private final Map<String, Kept> lists = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    };
    private long counter;

    /** Keeps {@code lines}, {@link #LINES_PER_PAGE} a page, and returns the key of their list. */
    synchronized String keep(List<String> lines) {
        return keep(lines, LINES_PER_PAGE);
    }

    /** Keeps {@code items}, {@code perPage} a page, and returns the key of their list. */
    synchronized String keep(List<String> items, int perPage) {
        String key = Long.toString(++counter, 36);
        lists.put(key, new Kept(new ArrayList<>(items), perPage));
        return key;
    }

    /** Page {@code page} (0-based) of list {@code key}, empty when expired or past the end. */
    synchronized Optional<List<String>> page(String key, int page) {
        Kept k = lists.get(key);
        if (k == null || page < 0 || page * k.perPage() >= k.items().size()) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(k.items().subList(page * k.perPage(), Math.min(k.items().size(), (page + 1) * k.perPage()))));
    }

    synchronized int pages(String key) {
        Kept k = lists.get(key);
        return k == null ? 0 : (k.items().size() + k.perPage() - 1) / k.perPage();
    }
}
