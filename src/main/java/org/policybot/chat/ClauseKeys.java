package org.policybot.chat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.policybot.knowledge.Clause;

/**
 * Short keys for clause buttons. Callback data is limited to 64 bytes, so a clause id that fits
 * is used as is (and still works after a restart through the {@link ClauseLookup}); a longer one
 * gets a key that only this process's recent-answers cache can resolve.
 *
 * <p>Long keys are a per-process counter, not a hash of the id: two ids can share a hash, and
 * then a button would open the wrong clause. The random process tag in front keeps a button from a
 * previous run from resolving to whatever clause got the same number in this one.
 */
final class ClauseKeys {
    static final String PREFIX = "c";
    private static final int CAPACITY = 5000;

    private final String processTag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36);
    private long next;
    /** Keys of recent answers in least-recently-used order, so the oldest buttons expire first. */
    private final Map<String, Clause> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Clause> eldest) {
            if (size() > CAPACITY) {
                keyOf.remove(eldest.getValue().id());
                return true;
            }
            return false;
        }
    };
    /** Clause id → its long key, so answering the same clause again reuses the key instead of filling the cache. */
    private final Map<String, String> keyOf = new HashMap<>();
    private final ClauseLookup lookup;

    ClauseKeys(ClauseLookup lookup) {
        this.lookup = lookup;
    }

    /** Callback data that opens {@code clause}. */
    synchronized String callbackData(Clause clause) {
        String key = clause.id();
        if ((PREFIX + ":" + key).getBytes(StandardCharsets.UTF_8).length > 64) {
            key = keyOf.get(clause.id());
            if (key == null) {
                key = "#" + processTag + Long.toString(next++, 36);
                keyOf.put(clause.id(), key);
            }
        }
        recent.put(key, clause); // also refreshes the text if the clause was edited since
        return PREFIX + ":" + key;
    }

    synchronized Optional<Clause> resolve(String key) {
        Clause c = recent.get(key);
        if (c != null) {
            return Optional.of(c);
        }
        return key.startsWith("#") ? Optional.empty() : lookup.clause(key);
    }
}
