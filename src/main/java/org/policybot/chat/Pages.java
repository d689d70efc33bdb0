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

    private final Map<String, List<String>> lists = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > KEPT;
        }
    };
    private long counter;

    /** Keeps {@code lines} and returns the key of their list. */
    synchronized String keep(List<String> lines) {
        String key = Long.toString(++counter, 36);
        lists.put(key, new ArrayList<>(lines));
        return key;
    }

    /** Page {@code page} (0-based) of list {@code key}, empty when expired or past the end. */
    synchronized Optional<List<String>> page(String key, int page) {
        List<String> all = lists.get(key);
        if (all == null || page < 0 || page * LINES_PER_PAGE >= all.size()) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(all.subList(page * LINES_PER_PAGE, Math.min(all.size(), (page + 1) * LINES_PER_PAGE))));
    }

    synchronized int pages(String key) {
        List<String> all = lists.get(key);
        return all == null ? 0 : (all.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
    }
}
