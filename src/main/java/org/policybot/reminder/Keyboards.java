package org.policybot.reminder;

import java.util.ArrayList;
import java.util.List;
import org.policybot.chat.Button;

/** Stores inline keyboards in one TEXT column: rows by newline, buttons by tab, label and data by U+001F. */
final class Keyboards {
    private static final String ROW = "\n";
    private static final String BUTTON = "\t";
    private static final String FIELD = "\u001f";

    private Keyboards() {
    }

    static String encode(List<List<Button>> keyboard) {
        List<String> rows = new ArrayList<>();
        for (List<Button> row : keyboard) {
            List<String> buttons = new ArrayList<>();
            for (Button b : row) {
                buttons.add(clean(b.label()) + FIELD + clean(b.callbackData()));
            }
            rows.add(String.join(BUTTON, buttons));
        }
        return String.join(ROW, rows);
    }

    static List<List<Button>> decode(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        List<List<Button>> out = new ArrayList<>();
        for (String row : s.split(ROW)) {
            List<Button> buttons = new ArrayList<>();
            for (String b : row.split(BUTTON)) {
                String[] f = b.split(FIELD, 2);
                buttons.add(new Button(f[0], f.length > 1 ? f[1] : ""));
            }
            out.add(List.copyOf(buttons));
        }
        return List.copyOf(out);
    }

    private static String clean(String s) {
        return s.replace(ROW, " ").replace(BUTTON, " ").replace(FIELD, " ");
    }
}
