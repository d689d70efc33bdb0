package org.policybot.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Document;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.MessageEntity;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.request.GetFile;
import com.pengrad.telegrambot.response.GetFileResponse;
import java.io.IOException;
import java.util.Optional;
import org.policybot.chat.FileUpload;
import org.policybot.chat.Inbound;

/**
 * Turns a Telegram update into the transport-independent {@link Inbound}: messages (text or
 * caption), documents with lazily fetched content, and button presses. Updates the bot does not
 * act on (edits, channel posts, stickers, other bots) map to empty.
 */
final class UpdateMapper {
    /** Who the bot is, from getMe: needed to recognise mentions, "/cmd@bot" and replies to the bot. */
    record BotIdentity(long id, String username) {
    }

    private final BotApi api;
    private final BotIdentity me;

    UpdateMapper(BotApi api, BotIdentity me) {
        this.api = api;
        this.me = me;
    }

    Optional<Inbound> map(Update update) {
        if (update.callbackQuery() != null) {
            return mapCallback(update.callbackQuery());
        }
        Message m = update.message();
        if (m == null || m.chat() == null || m.from() == null || Boolean.TRUE.equals(m.from().isBot())) {
            return Optional.empty();
        }
        String text = m.text() != null ? m.text() : m.caption() != null ? m.caption() : "";
        MessageEntity[] entities = m.text() != null ? m.entities() : m.captionEntities();
        FileUpload file = m.document() == null ? null : upload(m.document(), m.chat().id());
        if (text.isBlank() && file == null) {
            return Optional.empty();
        }
        boolean group = isGroup(m.chat());
        boolean addressed = !group || isCommandForUs(text, entities) || mentionsUs(text, entities) || repliesToUs(m);
        if (group && !text.isEmpty() && text.startsWith("/") && !isCommandForUs(text, entities)) {
            addressed = false; // "/help@other_bot" in a group is another bot's business
        }
        return Optional.of(new Inbound(m.chat().id(), m.from().id(), displayName(m.from()), stripBotName(text),
                group, addressed, null, file));
    }

    private Optional<Inbound> mapCallback(CallbackQuery q) {
        var msg = q.maybeInaccessibleMessage();
        if (q.from() == null || q.data() == null || msg == null || msg.chat() == null) {
            return Optional.empty(); // inline-mode or game callbacks: the bot sends none
        }
        return Optional.of(new Inbound(msg.chat().id(), q.from().id(), displayName(q.from()), "",
                isGroup(msg.chat()), true, q.data(), null));
    }

    private FileUpload upload(Document d, long chatId) {
        String name = d.fileName() == null ? "upload" : d.fileName();
        String what = "file '" + name + "' from chat " + chatId;
        return new FileUpload(name, d.mimeType() == null ? "application/octet-stream" : d.mimeType(),
                d.fileSize() == null ? -1 : d.fileSize(), maxBytes -> {
                    ApiResult<GetFileResponse> r = api.call(new GetFile(d.fileId()));
                    if (!r.ok() || r.response().file() == null) {
                        throw new IOException("cannot fetch " + what + ": " + r.summary());
                    }
                    return api.download(r.response().file(), what, maxBytes);
                }, d.fileId());
    }

    private static boolean isGroup(Chat chat) {
        return chat.type() == Chat.Type.group || chat.type() == Chat.Type.supergroup;
    }

    private boolean isCommandForUs(String text, MessageEntity[] entities) {
        if (!text.startsWith("/")) {
            return false;
        }
        if (entities != null) {
            boolean command = false;
            for (MessageEntity e : entities) {
                if (e.type() == MessageEntity.Type.bot_command && e.offset() == 0) {
                    command = true;
                }
            }
            if (!command) {
                return false;
            }
        }
        String word = text.split("\\s", 2)[0];
        int at = word.indexOf('@');
        return at < 0 || word.substring(at + 1).equalsIgnoreCase(me.username());
    }

    private boolean mentionsUs(String text, MessageEntity[] entities) {
        if (entities == null) {
            return false;
        }
        for (MessageEntity e : entities) {
            if (e.type() == MessageEntity.Type.mention && e.offset() + e.length() <= text.length()
                    && text.substring(e.offset(), e.offset() + e.length()).equalsIgnoreCase("@" + me.username())) {
                return true;
            }
            if (e.type() == MessageEntity.Type.text_mention && e.user() != null && e.user().id() == me.id()) {
                return true;
            }
        }
        return false;
    }

    private boolean repliesToUs(Message m) {
        Message r = m.replyToMessage();
        return r != null && r.from() != null && r.from().id() == me.id();
    }

    /** Removes "@botname" from mentions and "/cmd@botname" so handlers see the plain question or command. */
    private String stripBotName(String text) {
        if (me.username().isEmpty()) {
            return text.strip();
        }
        return text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(me.username()) + "\\b", "").strip();
    }

    private static String displayName(User u) {
        String name = ((u.firstName() == null ? "" : u.firstName()) + " " + (u.lastName() == null ? "" : u.lastName())).strip();
        if (name.isEmpty() && u.username() != null) {
            name = u.username();
        }
        return name;
    }
}
