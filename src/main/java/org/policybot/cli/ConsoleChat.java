package org.policybot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policybot.chat.FileUpload;
import java.util.ArrayList;
import java.util.List;
import org.policybot.chat.Button;
import org.policybot.chat.ChatHandler;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.OutgoingFile;
import org.policybot.chat.Reply;

/**
 * The chat on a terminal, for running without a Telegram token: each line is a message to the
 * same {@link ChatHandler} the bot uses, replies print as plain text, and inline buttons print as
 * numbered options the user picks by typing the number. {@code /quit} or end of input ends it.
 * Files the bot replies with (/calendar, /board…) are written to a folder and their path printed;
 * {@code /import PATH} sends a local file as an upload (admins only, as in Telegram).
 */
public final class ConsoleChat {
    private final ChatHandler handler;
    private final InputStream in;
    private final PrintStream out;
    private final long userId;
    private final Path filesDir;

    /**
     * @param userId   the console user's id: pass an id from POLICYBOT_ADMINS to use admin commands
     *                 locally; it is also the chat id
     * @param filesDir where files the bot replies with are written (created when first needed)
     */
    public ConsoleChat(ChatHandler handler, InputStream in, PrintStream out, long userId, Path filesDir) {
        this.handler = handler;
        this.in = in;
        this.out = out;
        this.userId = userId;
        this.filesDir = filesDir;
    }

    /** A console whose reply files go to a temporary folder (tests). */
    public ConsoleChat(ChatHandler handler, InputStream in, PrintStream out, long userId) {
        this(handler, in, out, userId, Path.of(System.getProperty("java.io.tmpdir"), "policybot-console-files"));
    }

    /** Runs until /quit or end of input; a failing message is reported and the chat goes on. */
    public void run() {
        out.println("产教融合政策助手（控制台）。直接输入问题；/help 查看帮助；输入编号选择按钮；/quit 退出。");
        List<Button> options = List.of();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            while (true) {
                out.print("> ");
                out.flush();
                String line = reader.readLine();
                if (line == null) {
                    out.println();
                    break;
                }
                line = line.strip();
                if (line.equals("/quit") || line.equals("/exit")) {
                    break;
                }
                if (line.isEmpty()) {
                    continue;
                }
                Inbound inbound = toInbound(line, options);
                List<Reply> replies;
                try {
                    replies = handler.handle(inbound);
                } catch (RuntimeException e) {
                    out.println("出错了：" + e.getMessage());
                    continue;
                }
                options = print(replies);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read console input: " + e.getMessage(), e);
        }
        out.println("再见。");
    }

    private Inbound toInbound(String line, List<Button> options) {
        if (line.matches("(?i)/import\\s+.+") && !line.matches("(?i)/import\\s+[a-z]+://.*")) {
            // A local file, sent as an upload would be: the same preview → 发布, the same admin check and limits.
            Path file = Path.of(line.substring("/import".length()).strip());
            FileUpload.Content content = max -> {
                if (!Files.isRegularFile(file)) {
                    throw new IOException("找不到文件 " + file);
                }
                if (Files.size(file) > max) {
                    throw new FileUpload.TooLarge(file.toString(), max);
                }
                return Files.readAllBytes(file);
            };
            long size = Files.isRegularFile(file) ? file.toFile().length() : -1;
            return new Inbound(userId, userId, "console", "", false, true, null,
                    new FileUpload(file.getFileName().toString(), "", size, content));
        }
        if (line.matches("\\d{1,3}")) {
            int n = Integer.parseInt(line);
            if (n >= 1 && n <= options.size()) {
                return new Inbound(userId, userId, "console", "", false, true, options.get(n - 1).callbackData(), null);
            }
        }
        return Inbound.text(userId, userId, line);
    }

    /** Writes a reply file into the files folder (name kept, never overwriting) and returns its path. */
    private Path write(OutgoingFile f) {
        try {
            Files.createDirectories(filesDir);
            String name = f.fileName().replaceAll("[/\\\\:*?\"<>|]", "_");
            Path target = filesDir.resolve(name);
            for (int i = 2; Files.exists(target); i++) {
                int dot = name.lastIndexOf('.');
                target = filesDir.resolve(dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i);
            }
            Files.write(target, f.content());
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reply file " + f.fileName() + " to " + filesDir + ": " + e.getMessage(), e);
        }
    }

    /** Prints replies and returns their buttons in the order they were numbered. */
    private List<Button> print(List<Reply> replies) {
        List<Button> options = new ArrayList<>();
        for (Reply r : replies) {
            out.println(Html.toPlainText(r.html()));
            for (List<Button> row : r.keyboard()) {
                for (Button b : row) {
                    options.add(b);
                    out.println("  [" + options.size() + "] " + b.label());
                }
            }
            for (OutgoingFile f : r.files()) {
                out.println("  [文件] " + write(f) + "（" + f.content().length + " 字节）");
            }
        }
        return options;
    }
}
