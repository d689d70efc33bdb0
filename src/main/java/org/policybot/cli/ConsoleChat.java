package org.policybot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 */
public final class ConsoleChat {
    private final ChatHandler handler;
    private final InputStream in;
    private final PrintStream out;
    private final long userId;

    /**
     * @param userId the console user's id: pass an id from POLICYBOT_ADMINS to use admin commands
     *               locally; it is also the chat id
     */
    public ConsoleChat(ChatHandler handler, InputStream in, PrintStream out, long userId) {
        this.handler = handler;
        this.in = in;
        this.out = out;
        this.userId = userId;
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
        if (line.matches("\\d{1,3}")) {
            int n = Integer.parseInt(line);
            if (n >= 1 && n <= options.size()) {
                return new Inbound(userId, userId, "console", "", false, true, options.get(n - 1).callbackData(), null);
            }
        }
        return Inbound.text(userId, userId, line);
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
                out.println("  [文件] " + f.fileName() + "（" + f.content().length + " 字节）");
            }
        }
        return options;
    }
}
