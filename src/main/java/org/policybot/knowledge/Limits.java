package org.policybot.knowledge;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Resource limits for Office files, set explicitly rather than trusting POI's defaults, and the
 * refusal message for a file POI cannot read. A .docx is a zip: an entry that inflates more than
 * 100 times its compressed size (POI's ratio 0.01), above 50 MB, or a text of more than 10 M
 * characters is a zip bomb and refused before it is inflated.
 */
final class Limits {
    private Limits() {
    }

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    static final long MAX_TEXT_CHARS = 10_000_000L;
    static final long MAX_ZIP_ENTRIES = 1_000;

    private static boolean applied;

    static synchronized void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
        // A record in a .doc claiming more than this is corrupt (or hostile): refused, not allocated.
        IOUtils.setByteArrayMaxOverride(64 * 1024 * 1024);
        applied = true;
    }

    static KnowledgeException refusal(String name, String kind, Exception e) {
        String msg = String.valueOf(e.getMessage());
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            msg += " / " + c.getMessage();
        }
        if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("exceeds the max")
                || msg.contains("max file count") || msg.contains("MaxEntrySize")
                || kind.equals("DOCX") && msg.contains("Tried to allocate")) {
            // In a .docx an entry larger than the allocation limit can only come from inflating.
            return new KnowledgeException(name + ": " + kind + " 文件解压后异常巨大（疑似压缩炸弹），拒绝导入", e);
        }
        if (msg.contains("encrypt") || msg.contains("Encrypt") || msg.contains("password")) {
            return new KnowledgeException(name + ": " + kind + " 文件已加密，需要密码才能打开，无法导入；请提供未加密的文件", e);
        }
        return new KnowledgeException(name + ": 无法读取 " + kind + " 文件（文件已损坏或格式不对）：" + e.getMessage(), e);
    }
}
