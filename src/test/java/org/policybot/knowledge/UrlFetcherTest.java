package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URL import against a real local HTTP server: content type, limits and refusals. */
class UrlFetcherTest {
    private HttpServer server;
    private String base;
    private final UrlFetcher fetcher = new UrlFetcher(Duration.ofSeconds(5));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/zwgk/notice", ex -> {
            byte[] page;
            try (InputStream in = getClass().getResourceAsStream("/fixtures/gov-page.html")) {
                page = in.readAllBytes();
            }
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(page);
            }
        });
        server.createContext("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0); // chunked: the limit must hold without a Content-Length
            try (OutputStream o = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                for (int i = 0; i < 100; i++) {
                    o.write(chunk);
                }
            } catch (IOException e) {
                // the client hangs up once it has seen enough
            }
        });
        server.createContext("/trickle", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream o = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) { // one byte every 200 ms: headers fast, body forever
                    o.write('a');
                    o.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up, as it should
            }
        });
        server.createContext("/download.jsp", ex -> {
            byte[] pdf = FormatImportTest.fixture("plan.pdf");
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, pdf.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(pdf);
            }
        });
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchedPageIsNamedAsHtmlAndParses() {
        UrlFetcher.Fetched f = fetcher.fetch(base + "/zwgk/notice");
        assertEquals("notice.html", f.fileName());
        ParsedDocument d = new DocumentParser().parse(f.fileName(), f.content());
        assertEquals("某政办〔2025〕12号", d.info().docNo());
    }

    @Test
    void fetchedPdfIsNamedByItsContentTypeAndParses() {
        UrlFetcher.Fetched f = fetcher.fetch(base + "/download.jsp");
        assertEquals("download.jsp.pdf", f.fileName());
        ParsedDocument d = new DocumentParser().parse(f.fileName(), f.content());
        assertEquals("青发改社〔2025〕88号", d.info().docNo());
        assertEquals(40, d.clauses().size());
    }

    @Test
    void refusesDownloadsOverFiveMegabytes() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> fetcher.fetch(base + "/huge"));
        assertTrue(e.getMessage().endsWith("over the 5 MB limit"), e.getMessage());
    }

    @Test
    void abandonsABodyThatTricklesPastTheTimeLimit() {
        UrlFetcher quick = new UrlFetcher(Duration.ofSeconds(1));
        KnowledgeException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(KnowledgeException.class, () -> quick.fetch(base + "/trickle")));
        assertTrue(e.getMessage().endsWith("download took longer than 1 s"), e.getMessage());
    }

    @Test
    void refusesOtherSchemesAndHttpErrors() {
        assertEquals("ftp://example.org/a.txt: only http:// and https:// addresses can be imported",
                assertThrows(KnowledgeException.class, () -> fetcher.fetch("ftp://example.org/a.txt")).getMessage());
        assertEquals(base + "/missing: HTTP status 404",
                assertThrows(KnowledgeException.class, () -> fetcher.fetch(base + "/missing")).getMessage());
    }
}
