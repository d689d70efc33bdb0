package org.policybot.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * China's towns (镇) and sub-districts (街道) with the counties they lie in, bundled as
 * {@code towns.tsv} (22,786 names, from the same statistics edition as the divisions): "锦林街道"
 * is in 大武口区, "城关镇" in 88 counties. Read on the first question naming a town, not at start.
 */
final class Towns {
    static final String RESOURCE = "towns.tsv";

    private final Map<String, List<String>> counties;

    private Towns(Map<String, List<String>> counties) {
        this.counties = counties;
    }

    /** Parses {@code name<TAB>code[,code…]} lines ('#' comments); {@code source} names the input in errors. */
    static Towns parse(List<String> lines, String source) {
        Map<String, List<String>> out = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2 || !f[1].matches("\\d{6}(,\\d{6})*")) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": expected name<TAB>code[,code…]: " + line);
            }
            out.put(f[0], List.of(f[1].split(",")));
        }
        return new Towns(out);
    }

    /** The codes of the counties with a town or sub-district of this exact name; empty when none has it. */
    List<String> countiesOf(String name) {
        return counties.getOrDefault(name, List.of());
    }

    int size() {
        return counties.size();
    }
}
