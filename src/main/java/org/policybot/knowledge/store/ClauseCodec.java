package org.policybot.knowledge.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a clause's list and map fields are kept in one TEXT column each: every item as its length
 * in chars, a colon and the item ({@code 2:附件23:第1项}), so any value, empty or containing any
 * character, reads back exactly.
 */
final class ClauseCodec {
    private ClauseCodec() {
    }

    static String list(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String s : items) {
            b.append(s.length()).append(':').append(s);
        }
        return b.toString();
    }

    static String map(Map<String, String> m) {
        List<String> flat = new ArrayList<>(m.size() * 2);
        m.forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        return list(flat);
    }

    /** @param where the row, for the error message of a malformed column */
    static List<String> list(String encoded, String where) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < encoded.length()) {
            int colon = encoded.indexOf(':', i);
            int len;
            try {
                len = colon < 0 ? -1 : Integer.parseInt(encoded, i, colon, 10);
            } catch (NumberFormatException e) {
                len = -1;
            }
            if (len < 0 || colon + 1 + len > encoded.length()) {
                throw new IllegalStateException(where + ": malformed list column at char " + i + ": '" + encoded + "'");
            }
            out.add(encoded.substring(colon + 1, colon + 1 + len));
            i = colon + 1 + len;
        }
        return out;
    }

    static Map<String, String> map(String encoded, String where) {
        List<String> flat = list(encoded, where);
        if (flat.size() % 2 != 0) {
            throw new IllegalStateException(where + ": columns hold an odd number of items");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < flat.size(); i += 2) {
            m.put(flat.get(i), flat.get(i + 1));
        }
        return m;
    }
}
