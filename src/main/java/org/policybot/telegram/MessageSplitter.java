package org.policybot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits reply HTML into messages under Telegram's 4,096-character limit. Cuts fall at paragraph,
 * line, sentence, clause or word boundaries, in that order of preference, and never inside a tag,
 * an entity or a surrogate pair; tags open at a cut are closed at the end of the part and reopened
 * at the start of the next, so every part is valid HTML on its own.
 */
final class MessageSplitter {
    static final int TELEGRAM_LIMIT = 4096;

    private static final int PARAGRAPH = 0;
    private static final int LINE = 1;
    private static final int SENTENCE = 2;
    private static final int CLAUSE = 3;
    private static final int WORD = 4;
    private static final int ANY = 5;

    private MessageSplitter() {
    }

    private enum Kind { TEXT, ENTITY, OPEN, CLOSE, SELF }

    private record Token(Kind kind, String raw, String tag) {
    }

    static List<String> split(String html, int max) {
        if (html.length() <= max) {
            return List.of(html);
        }
        List<Token> tokens = tokenize(html);
        List<String> parts = new ArrayList<>();
        Deque<Token> open = new ArrayDeque<>(); // innermost first
        int i = 0;
        while (i < tokens.size()) {
            // skip whitespace at the start of a part: Telegram would trim it anyway
            while (i < tokens.size() && tokens.get(i).kind == Kind.TEXT && tokens.get(i).raw.isBlank()) {
                i++;
            }
            if (i >= tokens.size()) {
                break;
            }
            StringBuilder prefix = new StringBuilder();
            open.descendingIterator().forEachRemaining(t -> prefix.append(t.raw));
            Deque<Token> stack = new ArrayDeque<>(open);
            int len = prefix.length();
            int[] bestEnd = new int[ANY + 1];
            java.util.Arrays.fill(bestEnd, -1);
            int j = i;
            boolean fitsAll = false;
            for (; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.kind == Kind.OPEN) {
                    stack.push(t);
                } else if (t.kind == Kind.CLOSE && !stack.isEmpty()) {
                    stack.pop();
                }
                len += t.raw.length();
                if (len + closingLength(stack) > max) {
                    break;
                }
                if (t.kind == Kind.TEXT || t.kind == Kind.ENTITY) {
                    int level = level(tokens, j);
                    bestEnd[level] = j;
                }
                if (j == tokens.size() - 1) {
                    fitsAll = true;
                }
            }
            int end;
            if (fitsAll) {
                end = tokens.size() - 1;
            } else {
                end = chooseCut(bestEnd, i, max, tokens);
                if (end < i) {
                    throw new IllegalArgumentException("cannot split HTML: open tags alone exceed " + max + " characters");
                }
            }
            // closing tags right after the cut belong to this part (they would reopen empty otherwise)
            while (end + 1 < tokens.size() && tokens.get(end + 1).kind == Kind.CLOSE) {
                end++;
            }
            StringBuilder part = new StringBuilder(prefix);
            for (int k = i; k <= end; k++) {
                Token t = tokens.get(k);
                if (t.kind == Kind.OPEN) {
                    open.push(t);
                } else if (t.kind == Kind.CLOSE && !open.isEmpty()) {
                    open.pop();
                }
                part.append(t.raw);
            }
            for (Token t : open) {
                part.append("</").append(t.tag).append('>');
            }
            parts.add(part.toString());
            i = end + 1;
        }
        return parts;
    }

    /** Prefers the strongest boundary that still fills at least half a message; else the last one found. */
    private static int chooseCut(int[] bestEnd, int start, int max, List<Token> tokens) {
        for (int level = PARAGRAPH; level <= ANY; level++) {
            int end = bestEnd[level];
            if (end >= start && charsBetween(tokens, start, end) >= max / 2) {
                return end;
            }
        }
        int last = -1;
        for (int end : bestEnd) {
            last = Math.max(last, end);
        }
        return last;
    }

    private static int charsBetween(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k <= to; k++) {
            n += tokens.get(k).raw.length();
        }
        return n;
    }

    private static int closingLength(Deque<Token> stack) {
        int n = 0;
        for (Token t : stack) {
            n += t.tag.length() + 3;
        }
        return n;
    }

    /** The boundary strength of a cut right after token {@code j}. */
    private static int level(List<Token> tokens, int j) {
        String c = tokens.get(j).raw;
        String next = j + 1 < tokens.size() ? tokens.get(j + 1).raw : "";
        if (c.equals("\n")) {
            return j > 0 && tokens.get(j - 1).raw.equals("\n") ? PARAGRAPH : LINE;
        }
        if ("。！？!?；;".contains(c) || c.equals(".") && (next.isBlank() || next.equals("\n"))) {
            return SENTENCE;
        }
        if ("，,、：:）)".contains(c)) {
            return CLAUSE;
        }
        if (c.isBlank()) {
            return WORD;
        }
        return ANY;
    }

    private static List<Token> tokenize(String html) {
        List<Token> out = new ArrayList<>(html.length());
        int i = 0;
        while (i < html.length()) {
            char ch = html.charAt(i);
            if (ch == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated tag at " + i + " in reply HTML");
                }
                String raw = html.substring(i, close + 1);
                boolean closing = raw.startsWith("</");
                String name = raw.substring(closing ? 2 : 1, raw.length() - 1).strip().split("[\\s/>]", 2)[0].toLowerCase();
                Kind kind = closing ? Kind.CLOSE : raw.endsWith("/>") ? Kind.SELF : Kind.OPEN;
                out.add(new Token(kind, raw, name));
                i = close + 1;
            } else if (ch == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi - i <= 10 && html.substring(i + 1, semi).matches("#?[A-Za-z0-9]+")) {
                    out.add(new Token(Kind.ENTITY, html.substring(i, semi + 1), null));
                    i = semi + 1;
                } else {
                    out.add(new Token(Kind.TEXT, "&", null));
                    i++;
                }
            } else if (Character.isHighSurrogate(ch) && i + 1 < html.length()) {
                out.add(new Token(Kind.TEXT, html.substring(i, i + 2), null));
                i += 2;
            } else {
                out.add(new Token(Kind.TEXT, String.valueOf(ch), null));
                i++;
            }
        }
        return out;
    }
}
