package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Clause ids are looked up in canonical form; ids already canonical are kept as they are, without normalising. */
class CanonicalIdTest {
    @Test
    void theCharactersKeptAsTheyAreAreExactlyOnesNfkcKeepsAndNoSpaces() {
        StringBuilder kept = new StringBuilder("¶");
        for (char c = 0x21; c < 0x7F; c++) {
            kept.append(c);
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            kept.append(c);
        }
        String s = kept.toString();
        assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
        assertSame(s, Structure.canonicalId(s));
    }

    @Test
    void fullWidthBracketsAndSpacesAreStillNormalised() {
        assertEquals("fengze-2025/三/(二)/1", Structure.canonicalId("fengze-2025/三/（二）/ 1"));
        assertEquals("wenzhou-2024-2027/附件2/80", Structure.canonicalId("wenzhou-2024-2027/附件２/８０"));
        assertEquals("a/¶3-2", Structure.canonicalId("a/¶3-2 "));
    }
}
