package org.policybot.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.ResponseParameters;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The only caller of pengrad's {@link TelegramBot}: every call comes back as an {@link ApiResult}
 * whose strings are free of the token, so callers can log whatever they get.
 */
final class BotApi implements AutoCloseable {
    private final TelegramBot bot;
    private final OkHttpClient client;
    private final Redactor redactor;

    private BotApi(TelegramBot bot, OkHttpClient client, Redactor redactor) {
        this.bot = bot;
        this.client = client;
        this.redactor = redactor;
    }

    static BotApi create(TelegramConfig config) {
        if (!config.hasToken()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set");
        }
        // Our own client: no logging interceptor (it would print URLs with the token), and a read
        // timeout the library extends for long polls.
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15))
                .writeTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofSeconds(40))
                .build();
        TelegramBot bot = new TelegramBot.Builder(config.token())
                .apiUrl(config.apiUrl())
                .fileApiUrl(config.fileApiUrl())
                .okHttpClient(client)
                .build();
        return new BotApi(bot, client, new Redactor(config.token()));
    }

    Redactor redactor() {
        return redactor;
    }

    <T extends BaseRequest<T, R>, R extends BaseResponse> ApiResult<R> call(BaseRequest<T, R> request) {
        String method = request.getMethod();
        R response;
        try {
            response = bot.execute(request);
        } catch (RuntimeException e) {
            // pengrad wraps IOExceptions in RuntimeException; a non-JSON body (proxy error page) is a
            // JsonSyntaxException. Either way Telegram gave no answer we can act on.
            return new ApiResult<>(method, null, 0, redactor.describe(e), null, null, true);
        }
        if (response == null) {
            return new ApiResult<>(method, null, 0, "empty response body", null, null, true);
        }
        if (response.isOk()) {
            return new ApiResult<>(method, response, 0, "", null, null, false);
        }
        ResponseParameters p = response.parameters();
        return new ApiResult<>(method, response, response.errorCode(), redactor.redact(String.valueOf(response.description())),
                p == null ? null : p.retryAfter(), p == null ? null : p.migrateToChatId(), false);
    }

    /** Downloads a file by its {@code file_path}; the exception message is redacted and names the file. */
    byte[] download(com.pengrad.telegrambot.model.File file, String what) throws IOException {
        try {
            return bot.getFileContent(file);
        } catch (IOException | RuntimeException e) {
            // Not chained on purpose: the cause's message is the download URL, which contains the token.
            throw new IOException("cannot download " + what + ": " + redactor.describe(e));
        }
    }

    @Override
    public void close() {
        bot.shutdown();
        client.connectionPool().evictAll();
    }
}
