package org.policybot.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * The import formats, told by content as well as by name: a file whose bytes are not what its
 * extension says (a .pdf that is not %PDF, a .docx that is not a zip, a .doc that is not an OLE2
 * Word file, a PDF renamed .txt) is refused with what it really is, before any parser sees it.
 */
enum FileType {
    MARKDOWN, TEXT, HTML, PDF, DOCX, DOC;

    /** Every accepted extension, as the admin types it. */
    static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm", "shtml", "xhtml", "pdf", "docx", "doc", "wps");
    /** For messages: the extensions in the order people know them. */
    static final String LIST = ".txt .md .html .pdf .docx .doc .wps";

    private enum Content { PDF, ZIP, OLE2, OTHER }

    /** The extension of the file name {@code name}, lower-case and without the dot; "" when it has none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The type of {@code content} named {@code name}; refuses an unknown extension or one its bytes contradict. */
    static FileType of(String name, String ext, byte[] content) {
        FileType byName = switch (ext.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> MARKDOWN;
            case "txt" -> TEXT;
            case "html", "htm", "shtml", "xhtml" -> HTML; // portals serve pages as .shtml too
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "doc", "wps" -> DOC; // WPS saves .wps as OLE2 Word-compatible files
            default -> throw new KnowledgeException(name + ": 不支持的文件类型 '." + ext + "'（支持 " + LIST + "）");
        };
        Content actual = sniff(content);
        if (byName == DOC || byName == DOCX) {
            // Word and WPS open a Word file by what it is, whatever its extension, and published
            // files rely on it: a .docx saved as .doc, an old .doc named .docx, a Word "web page"
            // (HTML) named .doc. Read them the same way; anything else is refused below.
            if (actual == Content.ZIP) {
                return DOCX;
            }
            if (actual == Content.OLE2) {
                return DOC;
            }
            if (actual == Content.OTHER && looksLikeHtml(content)) {
                return HTML;
            }
        }
        String what = switch (actual) {
            case PDF -> "PDF";
            case ZIP -> "ZIP 压缩包（如 .docx）";
            case OLE2 -> "旧版 Office 文件（如 .doc）";
            case OTHER -> "文本或其他格式";
        };
        boolean ok = switch (byName) {
            case PDF -> actual == Content.PDF;
            case DOCX -> actual == Content.ZIP;
            case DOC -> actual == Content.OLE2;
            default -> actual == Content.OTHER;
        };
        if (!ok) {
            throw new KnowledgeException(name + ": 文件扩展名是 ." + ext + "，但内容是" + what
                    + "，与扩展名不符（文件可能损坏或被改名），未导入");
        }
        return byName;
    }

    private static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading(); // a UTF-8 byte-order mark
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    private static Content sniff(byte[] b) {
        if (startsWith(b, 0, 0x25, 0x50, 0x44, 0x46)) { // %PDF
            return Content.PDF;
        }
        // Some PDF writers put a few bytes of junk before the header; readers accept it within 1 KB.
        for (int i = 1; i < Math.min(b.length - 4, 1024); i++) {
            if (startsWith(b, i, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
                return Content.PDF;
            }
        }
        if (startsWith(b, 0, 0x50, 0x4B, 0x03, 0x04)) {
            return Content.ZIP;
        }
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Content.OLE2;
        }
        return Content.OTHER;
    }

    private static boolean startsWith(byte[] b, int at, int... sig) {
        if (b.length < at + sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[at + i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
