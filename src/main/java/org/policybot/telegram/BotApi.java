package org.policybot.telegram;

import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.ResponseParameters;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.policybot.chat.FileUpload;

/**
 * The only caller of pengrad's {@link TelegramBot}: every call comes back as an {@link ApiResult}
 * whose strings are free of the token, so callers can log whatever they get.
 */
final class BotApi implements AutoCloseable {
    /** Longest a whole file download may take: connecting, waiting and reading included. */
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(60);

    private final TelegramBot bot;
    private final OkHttpClient client;
    private final OkHttpClient downloads;
    private final Redactor redactor;

    private BotApi(TelegramBot bot, OkHttpClient client, Duration downloadTimeout, Redactor redactor) {
        this.bot = bot;
        this.client = client;
        // Shares the connection pool and dispatcher; the call timeout bounds a server that stalls mid-file,
        // which per-read timeouts alone would not (a byte every 30 s keeps them happy forever).
        this.downloads = client.newBuilder().callTimeout(downloadTimeout).build();
        this.redactor = redactor;
    }

    static BotApi create(TelegramConfig config) {
        return create(config, DOWNLOAD_TIMEOUT);
    }

    static BotApi create(TelegramConfig config, Duration downloadTimeout) {
        return create(config, clientBuilder().build(), downloadTimeout);
    }

    /**
     * Our own client: no logging interceptor (it would print URLs with the token), a read timeout the
     * library extends for long polls, and no retries by OkHttp: its silent retry after a connection
     * closed mid-call resends a message Telegram may already have delivered. Callers decide, knowing
     * from {@link WritePhase} whether the request was written.
     */
    static OkHttpClient.Builder clientBuilder() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15))
                .writeTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofSeconds(40))
                .retryOnConnectionFailure(false)
                .eventListenerFactory(WritePhase.FACTORY);
    }

    /** With a client from {@link #clientBuilder()} (tests shorten its timeouts). */
    static BotApi create(TelegramConfig config, OkHttpClient client, Duration downloadTimeout) {
        if (!config.hasToken()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set");
        }
        TelegramBot bot = new TelegramBot.Builder(config.token())
                .apiUrl(config.apiUrl())
                .fileApiUrl(config.fileApiUrl())
                .okHttpClient(client)
                .build();
        return new BotApi(bot, client, downloadTimeout, new Redactor(config.token()));
    }

    Redactor redactor() {
        return redactor;
    }

    <T extends BaseRequest<T, R>, R extends BaseResponse> ApiResult<R> call(BaseRequest<T, R> request) {
        String method = request.getMethod();
        R response;
        WritePhase phase = WritePhase.begin();
        try {
            response = bot.execute(request);
        } catch (RuntimeException e) {
            // pengrad wraps IOExceptions in RuntimeException; a non-JSON body (proxy error page) is a
            // JsonSyntaxException. Either way Telegram gave no answer we can act on.
            return new ApiResult<>(method, null, 0, redactor.describe(e), null, null, true, phase.written());
        } finally {
            WritePhase.end();
        }
        return result(method, response);
    }

    private <R extends BaseResponse> ApiResult<R> result(String method, R response) {
        if (response == null) {
            return new ApiResult<>(method, null, 0, "empty response body", null, null, true, true);
        }
        if (response.isOk()) {
            return new ApiResult<>(method, response, 0, "", null, null, false, true);
        }
        ResponseParameters p = response.parameters();
        return new ApiResult<>(method, response, response.errorCode(), redactor.redact(String.valueOf(response.description())),
                p == null ? null : p.retryAfter(), p == null ? null : p.migrateToChatId(), false, true);
    }

    /**
     * Like {@link #call} but cancellable from another thread: the request runs on OkHttp's dispatcher
     * and {@code inFlight} receives its handle before this thread starts waiting, so a stop request
     * can abort a long poll at once. (Interrupting a thread blocked in a synchronous OkHttp call does
     * not unblock its socket read.) A cancelled call comes back as a network error.
     *
     * @throws InterruptedException when this thread is interrupted while waiting; the call is cancelled
     */
    <T extends BaseRequest<T, R>, R extends BaseResponse> ApiResult<R> callCancellable(T request, Consumer<Cancellable> inFlight)
            throws InterruptedException {
        CompletableFuture<R> done = new CompletableFuture<>();
        Cancellable handle;
        try {
            handle = bot.execute(request, new Callback<T, R>() {
                @Override
                public void onResponse(T req, R response) {
                    done.complete(response);
                }

                @Override
                public void onFailure(T req, IOException e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            return new ApiResult<>(request.getMethod(), null, 0, redactor.describe(e), null, null, true, true);
        }
        inFlight.accept(handle);
        R response;
        try {
            response = done.get();
        } catch (InterruptedException e) {
            handle.cancel();
            throw e;
        } catch (ExecutionException e) {
            // Polls only (getMe, getUpdates): whether it was written does not matter, they are safe to repeat.
            return new ApiResult<>(request.getMethod(), null, 0, redactor.describe(e.getCause()), null, null, true, true);
        }
        return result(request.getMethod(), response);
    }

    /**
     * Downloads a file by its {@code file_path} through our OkHttp client (pengrad's own download has
     * no timeouts and no size limit), giving up after the download timeout and as soon as more than
     * {@code maxBytes} arrive. Exception messages are redacted and name the file, never the URL.
     *
     * @throws FileUpload.TooLarge when the file is announced or turns out to be larger than {@code maxBytes}
     */
    byte[] download(com.pengrad.telegrambot.model.File file, String what, long maxBytes) throws IOException {
        if (file.fileSize() != null && file.fileSize() > maxBytes) {
            throw new FileUpload.TooLarge(what, maxBytes);
        }
        Request request = new Request.Builder().url(bot.getFullFilePath(file)).get().build();
        int status;
        try (Response response = downloads.newCall(request).execute()) {
            status = response.code();
            if (response.isSuccessful()) {
                if (response.body().contentLength() > maxBytes) {
                    throw new FileUpload.TooLarge(what, maxBytes);
                }
                return readAtMost(response.body().byteStream(), what, maxBytes);
            }
        } catch (FileUpload.TooLarge e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not chained on purpose: OkHttp may put the download URL, which contains the token, into messages.
            throw new IOException("cannot download " + what + ": " + redactor.describe(e));
        }
        throw new IOException("cannot download " + what + ": HTTP " + status);
    }

    /** Reads the stream to its end, or throws as soon as it has more than {@code maxBytes}. */
    private static byte[] readAtMost(InputStream in, String what, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (out.size() + (long) n > maxBytes) {
                throw new FileUpload.TooLarge(what, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        bot.shutdown();
        client.connectionPool().evictAll();
    }
}
