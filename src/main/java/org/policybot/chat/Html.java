package org.policybot.chat;

/** Escaping for Telegram's HTML parse mode and its inverse for plain-text consoles. */
public final class Html {
    private Html() {
    }

    /** Escapes the three characters Telegram's HTML mode requires escaped. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Renders reply HTML as plain text: tags dropped, entities decoded. */
    public static String toPlainText(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
