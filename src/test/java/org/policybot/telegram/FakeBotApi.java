package org.policybot.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API on 127.0.0.1 (JDK HttpServer, port 0) for end-to-end tests. It parses
 * pengrad's requests (form-encoded, or multipart for uploads such as sendDocument), serves queued
 * updates from getUpdates with Telegram's offset semantics (updates below the offset are confirmed
 * and forgotten), records every call, serves files for getFile, and can be scripted to fail the
 * next call of a method (429 with retry_after, 403, group migration, 5xx). Like Telegram, it holds
 * getUpdates open for the requested {@code timeout} while there is nothing new; each request runs
 * on its own thread so a held poll or a stalling download does not block other calls.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123456:TEST-secret-token";
    static final long BOT_ID = 999;
    static final String BOT_USERNAME = "policy_test_bot";

    /** One recorded Bot API call; {@code files} holds uploaded parts by field name. */
    public record Call(String method, Map<String, String> params, Map<String, Upload> files) {
        public String param(String name) {
            return params.get(name);
        }
    }

    public record Upload(String fileName, String contentType, byte[] bytes) {
    }

    /** A scripted error answer for the next call of a method. */
    record Failure(int code, String description, Integer retryAfter, Long migrateTo) {
        static Failure tooManyRequests(int retryAfter) {
            return new Failure(429, "Too Many Requests: retry after " + retryAfter, retryAfter, null);
        }

        static Failure blocked() {
            return new Failure(403, "Forbidden: bot was blocked by the user", null, null);
        }

        static Failure migrated(long newChatId) {
            return new Failure(400, "Bad Request: group chat was upgraded to a supergroup chat", null, newChatId);
        }

        static Failure serverError() {
            return new Failure(502, "Bad Gateway", null, null);
        }

        /** The call is handled (a message is delivered), then the connection closes without an answer. */
        static Failure dropAfterDelivery() {
            return new Failure(DROP, "connection closed after delivery", null, null);
        }

        /** The call is handled (a message is delivered), and the answer comes after {@code millis}. */
        static Failure slowAnswer(long millis) {
            return new Failure(SLOW, "slow answer", (int) millis, null);
        }
    }

    static final int DROP = -1;
    static final int SLOW = -2;

    /** Thrown by the handler: the JDK server then closes the connection without writing a response. */
    private static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super("connection dropped by the fake", null, false, false);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Map.Entry<Integer, String>> updates = new ArrayDeque<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** Files whose size neither the message nor getFile announce; served chunked, without Content-Length. */
    private final Set<String> unsized = ConcurrentHashMap.newKeySet();
    /** Files that send a few bytes and then nothing until the fake is closed. */
    private final Set<String> stalling = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger heldPolls = new AtomicInteger();
    private boolean closed;
    private final List<Integer> offsetsRequested = new CopyOnWriteArrayList<>();
    private int nextUpdateId = 1;
    private int nextMessageId = 1000;

    public FakeBotApi() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // no 40 ms delayed-ACK stall per request
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bot";
    }

    TelegramConfig config() {
        return new TelegramConfig(TOKEN, apiUrl());
    }

    // ---- scripting ----

    /** Queues a private text message; returns its update id. */
    public synchronized int queueMessage(long chatId, long userId, String text) {
        return queueUpdate("\"message\":" + message(chatId, "private", userId, text, null));
    }

    /** Queues a group message, optionally replying to a message of the bot. */
    public synchronized int queueGroupMessage(long chatId, long userId, String text, boolean replyToBot) {
        String reply = replyToBot ? "{\"message_id\":1,\"date\":0,\"chat\":" + chat(chatId, "supergroup")
                + ",\"from\":{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Bot\",\"username\":\"" + BOT_USERNAME + "\"}}" : null;
        return queueUpdate("\"message\":" + message(chatId, "supergroup", userId, text, reply));
    }

    /** Queues a pressed inline button on a message of the bot. */
    public synchronized int queueCallback(long chatId, long userId, String data) {
        return queueUpdate("\"callback_query\":{\"id\":\"cb" + nextUpdateId + "\",\"from\":" + user(userId)
                + ",\"chat_instance\":\"ci\",\"data\":" + json(data) + ",\"message\":{\"message_id\":5,\"date\":0,\"chat\":"
                + chat(chatId, chatId < 0 ? "supergroup" : "private") + ",\"text\":\"x\"}}");
    }

    /** Queues a document message whose content getFile + download will serve. */
    public synchronized int queueDocument(long chatId, long userId, String fileName, byte[] content, String caption) {
        return queueDocument(chatId, userId, fileName, content, caption, true);
    }

    /** Queues a document whose size is announced nowhere (as for some forwarded files); served chunked. */
    synchronized int queueUnsizedDocument(long chatId, long userId, String fileName, byte[] content) {
        return queueDocument(chatId, userId, fileName, content, null, false);
    }

    /** Queues a document whose download sends a few bytes and then stalls until the fake is closed. */
    synchronized int queueStallingDocument(long chatId, long userId, String fileName) {
        stalling.add("documents/file" + nextUpdateId + ".bin");
        return queueDocument(chatId, userId, fileName, "实训基地".getBytes(StandardCharsets.UTF_8), null, false);
    }

    private int queueDocument(long chatId, long userId, String fileName, byte[] content, String caption, boolean sized) {
        String fileId = "file" + nextUpdateId;
        String path = "documents/" + fileId + ".bin";
        files.put(path, content);
        if (!sized) {
            unsized.add(path);
        }
        String doc = "{\"message_id\":" + (nextMessageId++) + ",\"date\":0,\"chat\":" + chat(chatId, "private")
                + ",\"from\":" + user(userId) + (caption == null ? "" : ",\"caption\":" + json(caption))
                + ",\"document\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"u" + fileId + "\",\"file_name\":"
                + json(fileName) + ",\"mime_type\":\"text/plain\"" + (sized ? ",\"file_size\":" + content.length : "") + "}}";
        return queueUpdate("\"message\":" + doc);
    }

    public void failNext(String method, Failure failure) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(failure);
    }

    // ---- inspection ----

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method.equals(method)).toList();
    }

    /** Texts of every accepted and rejected sendMessage, in order. */
    public List<String> sentTexts() {
        return calls("sendMessage").stream().map(c -> c.param("text")).toList();
    }

    List<Integer> offsetsRequested() {
        return List.copyOf(offsetsRequested);
    }

    synchronized int pendingUpdates() {
        return updates.size();
    }

    /** Number of getUpdates calls currently held open waiting for updates. */
    int heldPolls() {
        return heldPolls.get();
    }

    // ---- server ----

    private synchronized int queueUpdate(String body) {
        int id = nextUpdateId++;
        updates.add(Map.entry(id, "{\"update_id\":" + id + "," + body + "}"));
        notifyAll(); // answers a held getUpdates at once, as Telegram does
        return id;
    }

    private String message(long chatId, String type, long userId, String text, String replyTo) {
        StringBuilder entities = new StringBuilder();
        if (text.startsWith("/")) {
            int len = text.split("\\s", 2)[0].length();
            entities.append("{\"type\":\"bot_command\",\"offset\":0,\"length\":").append(len).append('}');
        }
        Matcher m = Pattern.compile("@\\w+").matcher(text);
        while (m.find()) {
            if (entities.length() > 0) {
                entities.append(',');
            }
            // offsets in UTF-16 code units, as Telegram counts them
            entities.append("{\"type\":\"mention\",\"offset\":").append(m.start()).append(",\"length\":").append(m.end() - m.start()).append('}');
        }
        return "{\"message_id\":" + (nextMessageId++) + ",\"date\":0,\"chat\":" + chat(chatId, type) + ",\"from\":" + user(userId)
                + ",\"text\":" + json(text) + (entities.length() > 0 ? ",\"entities\":[" + entities + "]" : "")
                + (replyTo != null ? ",\"reply_to_message\":" + replyTo : "") + "}";
    }

    private static String chat(long id, String type) {
        return "{\"id\":" + id + ",\"type\":\"" + type + "\"" + (type.equals("private") ? "" : ",\"title\":\"产教融合群\"") + "}";
    }

    private static String user(long id) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"用户" + id + "\"}";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String filePrefix = "/file/bot" + TOKEN + "/";
            String apiPrefix = "/bot" + TOKEN + "/";
            if (path.startsWith(filePrefix)) {
                serveFile(ex, path.substring(filePrefix.length()));
                return;
            }
            if (!path.startsWith(apiPrefix)) {
                respond(ex, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path.substring(apiPrefix.length());
            byte[] body = ex.getRequestBody().readAllBytes();
            String contentType = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            Map<String, String> params = new LinkedHashMap<>();
            Map<String, Upload> uploads = new LinkedHashMap<>();
            if (contentType.startsWith("multipart/form-data")) {
                parseMultipart(body, contentType, params, uploads);
            } else {
                parseForm(new String(body, StandardCharsets.UTF_8), params);
            }
            calls.add(new Call(method, Map.copyOf(params), Map.copyOf(uploads)));
            Deque<Failure> scripted = failures.get(method);
            Failure f = scripted == null ? null : scripted.poll();
            if (f != null && (f.code == DROP || f.code == SLOW)) {
                String result = result(method, params); // delivered, as far as the chat is concerned
                if (f.code == DROP) {
                    throw new Dropped();
                }
                try {
                    closing.await(f.retryAfter, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(ex, 200, "{\"ok\":true,\"result\":" + result + "}");
                return;
            }
            if (f != null) {
                String parameters = f.retryAfter != null ? ",\"parameters\":{\"retry_after\":" + f.retryAfter + "}"
                        : f.migrateTo != null ? ",\"parameters\":{\"migrate_to_chat_id\":" + f.migrateTo + "}" : "";
                respond(ex, f.code, "{\"ok\":false,\"error_code\":" + f.code + ",\"description\":" + json(f.description) + parameters + "}");
                return;
            }
            respond(ex, 200, "{\"ok\":true,\"result\":" + result(method, params) + "}");
        }
    }

    private String result(String method, Map<String, String> params) {
        switch (method) {
            case "getMe":
                return "{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"政策助手\",\"username\":\"" + BOT_USERNAME + "\"}";
            case "getUpdates": {
                int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
                offsetsRequested.add(offset);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(params.getOrDefault("timeout", "0")));
                synchronized (this) {
                    while (true) {
                        while (!updates.isEmpty() && updates.peek().getKey() < offset) {
                            updates.poll(); // confirmed by the offset, as Telegram forgets them
                        }
                        long left = deadline - System.nanoTime();
                        if (!updates.isEmpty() || closed || left <= 0) {
                            break;
                        }
                        heldPolls.incrementAndGet();
                        try {
                            TimeUnit.NANOSECONDS.timedWait(this, left);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        } finally {
                            heldPolls.decrementAndGet();
                        }
                    }
                    List<String> out = new ArrayList<>();
                    updates.forEach(e -> out.add(e.getValue()));
                    return "[" + String.join(",", out) + "]";
                }
            }
            case "sendMessage":
            case "sendDocument":
                synchronized (this) {
                    return "{\"message_id\":" + (nextMessageId++) + ",\"date\":0,\"chat\":{\"id\":" + params.getOrDefault("chat_id", "0")
                            + ",\"type\":\"private\"}}";
                }
            case "getFile": {
                String id = params.get("file_id");
                String p = "documents/" + id + ".bin";
                byte[] content = files.getOrDefault(p, new byte[0]);
                return "{\"file_id\":" + json(id) + ",\"file_unique_id\":\"u" + id + "\""
                        + (unsized.contains(p) ? "" : ",\"file_size\":" + content.length) + ",\"file_path\":" + json(p) + "}";
            }
            default:
                return "true";
        }
    }

    private void serveFile(HttpExchange ex, String path) throws IOException {
        byte[] content = files.get(path);
        if (content == null) {
            respond(ex, 404, new byte[0]);
        } else if (stalling.contains(path)) {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write(content, 0, 3);
            out.flush();
            try {
                closing.await(60, TimeUnit.SECONDS); // a server that stops sending mid-file
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (unsized.contains(path)) {
            ex.sendResponseHeaders(200, 0); // chunked: the client learns the size only by reading
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < content.length; i += 64 * 1024) {
                    out.write(content, i, Math.min(64 * 1024, content.length - i));
                }
            } catch (IOException e) {
                // the client stopped reading (a refused oversized file): expected, nothing to serve any more
            }
        } else {
            respond(ex, 200, content);
        }
    }

    private static void parseForm(String body, Map<String, String> params) {
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(k, v);
        }
    }

    private static void parseMultipart(byte[] body, String contentType, Map<String, String> params, Map<String, Upload> uploads) {
        String boundary = contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
        // ISO-8859-1 maps bytes 1:1 to chars, so binary parts survive the string split
        String all = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : all.split("--" + Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String value = part.substring(headerEnd + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            Map<String, String> disp = new HashMap<>();
            Matcher m = Pattern.compile("(name|filename)=\"([^\"]*)\"").matcher(headers);
            while (m.find()) {
                disp.put(m.group(1), new String(m.group(2).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
            String name = disp.get("name");
            if (name == null) {
                continue;
            }
            byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
            if (disp.containsKey("filename")) {
                Matcher ct = Pattern.compile("(?i)content-type:\\s*(\\S+)").matcher(headers);
                uploads.put(name, new Upload(disp.get("filename"), ct.find() ? ct.group(1) : "", bytes));
            } else {
                params.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    private static void respond(HttpExchange ex, int status, String json) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        respond(ex, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
