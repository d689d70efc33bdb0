package org.policybot.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads a document for import: http/https only, at most {@link DocumentParser#MAX_BYTES},
 * within a time limit. The result carries a file name whose extension tells the parser the format.
 */
public final class UrlFetcher {
    /** Closes a body stream whose download overran its time limit; one daemon thread for all fetchers. */
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "url-fetch-watchdog");
                t.setDaemon(true);
                return t;
            });

    private final HttpClient client;
    private final Duration timeout;

    public record Fetched(String fileName, byte[] content) {
    }

    public UrlFetcher(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public Fetched fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(url + ": not a valid URL", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new KnowledgeException(url + ": only http:// and https:// addresses can be imported");
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "policy-bot").GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new KnowledgeException(url + ": download failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KnowledgeException(url + ": download interrupted", e);
        }
        if (resp.statusCode() / 100 != 2) {
            closeQuietly(resp.body());
            throw new KnowledgeException(url + ": HTTP status " + resp.statusCode());
        }
        long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > DocumentParser.MAX_BYTES) {
            closeQuietly(resp.body());
            throw new KnowledgeException(url + ": the document is " + declared / 1024 + " KB, over the 5 MB limit");
        }
        byte[] body;
        // HttpRequest.timeout covers only the wait for the headers; a server trickling the body
        // must not hold the caller (the bot's poller) beyond the same limit.
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.concurrent.ScheduledFuture<?> guard = WATCHDOG.schedule(() -> closeQuietly(resp.body()),
                timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try (InputStream in = resp.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > DocumentParser.MAX_BYTES) {
                    throw new KnowledgeException(url + ": the document is over the 5 MB limit");
                }
            }
            body = out.toByteArray();
        } catch (IOException e) {
            if (System.nanoTime() >= deadline) {
                throw new KnowledgeException(url + ": download took longer than " + timeout.toSeconds() + " s", e);
            }
            throw new KnowledgeException(url + ": download failed: " + e.getMessage(), e);
        } finally {
            guard.cancel(false);
        }
        if (System.nanoTime() >= deadline) {
            // The watchdog may have closed the stream, which can read as a normal end: never accept
            // a body that may be cut short.
            throw new KnowledgeException(url + ": download took longer than " + timeout.toSeconds() + " s");
        }
        String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            name = uri.getHost();
        }
        String ext = FileType.extension(name);
        if (type.contains("html") && !ext.equals("html") && !ext.equals("htm")) {
            name = name + ".html";
        } else if (type.startsWith("text/plain") && !ext.equals("txt") && !ext.equals("md")) {
            name = name + ".txt";
        } else if (type.startsWith("application/pdf") && !ext.equals("pdf")) {
            name = name + ".pdf"; // download.jsp?id=… serving a PDF
        } else if (type.contains("wordprocessingml") && !ext.equals("docx")) {
            name = name + ".docx";
        } else if (type.startsWith("application/msword") && !ext.equals("doc") && !ext.equals("wps")) {
            name = name + ".doc";
        }
        return new Fetched(name, body);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // The response is being refused anyway; a failed close of its body changes nothing.
        }
    }
}
