package org.policybot.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.policybot.reminder.SendResult;
import org.policybot.reminder.SimulatedTelegram;

/**
 * A Bot API stand-in on 127.0.0.1 for the {@code bench} command: answers {@code getMe} and
 * {@code sendMessage} over real HTTP, and replies 429 with {@code retry_after} when a client breaks
 * Telegram's flood limits (as {@link SimulatedTelegram} models them). Not for production use.
 */
public final class LocalBotApi implements AutoCloseable {
    private final HttpServer server;
    private final SimulatedTelegram limits = new SimulatedTelegram(Clock.systemUTC());
    private final AtomicInteger tooManyRequests = new AtomicInteger();

    public LocalBotApi() throws IOException {
        // Without TCP_NODELAY the JDK server's split header/body writes meet the client's delayed
        // ACK and every request stalls ~40 ms on loopback, which would measure the fake, not us.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The base to pass as TELEGRAM_API_URL / the library's apiUrl. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bot";
    }

    /** Messages accepted so far. */
    public int accepted() {
        return limits.accepted();
    }

    public int tooManyRequests() {
        return tooManyRequests.get();
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1);
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            switch (method) {
                case "getMe" -> respond(ex, 200, "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"bench\",\"username\":\"bench_bot\"}}");
                case "sendMessage" -> {
                    long chat = Long.parseLong(param(body, "chat_id"));
                    SendResult r = limits.send(chat, "", List.of());
                    if (r instanceof SendResult.RetryAfter ra) {
                        tooManyRequests.incrementAndGet();
                        respond(ex, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                                + ra.seconds() + "\",\"parameters\":{\"retry_after\":" + ra.seconds() + "}}");
                    } else {
                        long id = ((SendResult.Sent) r).messageId();
                        respond(ex, 200, "{\"ok\":true,\"result\":{\"message_id\":" + id + ",\"date\":0,\"chat\":{\"id\":" + chat
                                + ",\"type\":\"private\"},\"text\":\"x\"}}");
                    }
                }
                default -> respond(ex, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method " + method + "\"}");
            }
        }
    }

    private static String param(String form, String name) {
        for (String kv : form.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("request without " + name + ": " + form);
    }

    private static void respond(HttpExchange ex, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
