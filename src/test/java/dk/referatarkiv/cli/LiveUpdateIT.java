package dk.referatarkiv.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.testing.TestData;
import dk.referatarkiv.web.DocumentsController;
import dk.referatarkiv.web.WebApp;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live updates against a real server on a random port: uploads and deletions through the API (with and without the
 * token, bad and oversized files), and a file copied into the corpus folder, while searches keep running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveUpdateIT {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MINUTES = """
            Referat

            Udvalg: Teknikudvalget
            Dato: 12-03-2024 kl. 16:00
            Sted: Rådhuset

            1. Solsikkeparken, renovering af stier

            Sagsfremstilling
            Stierne i Solsikkeparken er slidte og skal renoveres for 1,2 mio. kr.

            Beslutning i Teknikudvalget den 12-03-2024
            Godkendt.
            """;

    @TempDir
    static Path tmp;
    private static Path corpus;
    private static LiveArchive live;
    private static CorpusWatcher watcher;
    private static Javalin app;

    @BeforeAll
    static void start() throws IOException {
        corpus = TestData.corpusWith(tmp.resolve("corpus"));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        OpenArchive.Locations at = new OpenArchive.Locations(corpus, tmp.resolve("index"), TestData.MODELS);
        live = new LiveArchive(OpenArchive.open(at, true, quiet), quiet);
        watcher = new CorpusWatcher(corpus, live, Duration.ofMillis(300));
        DocumentsController documents = new DocumentsController(new CorpusFolder(corpus, live), TOKEN, 64 * 1024);
        app = WebApp.create(live, Path.of("web"), documents, dk.referatarkiv.web.Admission.forThisMachine()).start(0);
    }

    @AfterAll
    static void stop() throws IOException {
        watcher.close();
        app.stop();
        live.close();
    }

    @Test
    @Order(1)
    void uploadsNeedTheToken() throws Exception {
        Response none = upload("teknik.txt", MINUTES.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(401, none.status);
        assertEquals("unauthorized", none.json.get("error").asText());
        Response wrong = upload("teknik.txt", MINUTES.getBytes(StandardCharsets.UTF_8), "not-the-token");
        assertEquals(401, wrong.status);
        assertEquals(0, search("Solsikkeparken").get("total").asInt());
        Response delete = send(HttpRequest.newBuilder(uri("/api/documents/teknik.txt")).DELETE());
        assertEquals(401, delete.status);
    }

    @Test
    @Order(2)
    void anUploadIsSearchableAndSearchesNeverFailMeanwhile() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        Thread loop = new Thread(() -> {
            while (running.get()) {
                try {
                    Response r = get("/api/search?q=" + enc("budget"));
                    searches.incrementAndGet();
                    if (r.status != 200) {
                        synchronized (failures) {
                            failures.add(r.status + " " + r.json);
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e.toString());
                    }
                }
            }
        });
        loop.start();
        try {
            Response r = upload("teknik.txt", MINUTES.getBytes(StandardCharsets.UTF_8), TOKEN);
            assertEquals(201, r.status, r.json.toString());
            assertEquals("INDEXED", r.json.get("status").asText());
            assertEquals("teknikudvalget-2024-03-12", r.json.get("meetingIds").get(0).asText());
            JsonNode found = search("Solsikkeparken");
            assertEquals(1, found.get("total").asInt());
            assertEquals("teknikudvalget-2024-03-12", found.get("hits").get(0).get("meetingId").asText());
            assertEquals(200, get("/api/meetings/teknikudvalget-2024-03-12").status);
            // the new archive's question answerer is made in the background after it is published: a question
            // right away waits for it and is answered from the new minutes
            Response asked = get("/api/ask?q=" + enc("Hvad koster renoveringen af stierne i Solsikkeparken?"));
            assertEquals(200, asked.status, asked.json.toString());
            assertEquals("teknikudvalget-2024-03-12", asked.json.get("related").get(0).get("meetingId").asText(),
                    asked.json.toString());
        } finally {
            running.set(false);
            loop.join();
        }
        assertTrue(searches.get() > 0);
        assertEquals(List.of(), failures);
    }

    @Test
    @Order(3)
    void aBadUploadIsReportedAndChangesNothing() throws Exception {
        int before = get("/api/health").json.get("meetings").asInt();
        Response binary = upload("stoej.txt", new byte[] {0, 1, 2, 3, 0, 0, 7, 8}, TOKEN);
        assertEquals(422, binary.status, binary.json.toString());
        assertEquals("unreadable_document", binary.json.get("error").asText());
        assertTrue(binary.json.get("report").get("problems").toString().contains("binary"), binary.json.toString());
        assertEquals(before, get("/api/health").json.get("meetings").asInt());
        assertTrue(Files.notExists(corpus.resolve("stoej.txt")));

        Response large = upload("stor.txt", new byte[100 * 1024], TOKEN);
        assertEquals(413, large.status);
        assertEquals("too_large", large.json.get("error").asText());
        Response type = upload("program.exe", MINUTES.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(415, type.status);
        Response path = upload("../ud.txt", MINUTES.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(400, path.status);
        assertEquals(before, get("/api/health").json.get("meetings").asInt());
    }

    @Test
    @Order(4)
    void aDeletedFilesMeetingsDisappear() throws Exception {
        Response deleted = send(HttpRequest.newBuilder(uri("/api/documents/teknik.txt")).DELETE()
                .header("Authorization", "Bearer " + TOKEN));
        assertEquals(200, deleted.status, deleted.json.toString());
        assertEquals(0, search("Solsikkeparken").get("total").asInt());
        assertEquals(404, get("/api/meetings/teknikudvalget-2024-03-12").status);
        Response again = send(HttpRequest.newBuilder(uri("/api/documents/teknik.txt")).DELETE()
                .header("Authorization", "Bearer " + TOKEN));
        assertEquals(404, again.status);
        assertEquals("unknown_document", again.json.get("error").asText());
    }

    @Test
    @Order(5)
    void aFileCopiedIntoTheCorpusFolderIsPickedUp() throws Exception {
        Files.writeString(corpus.resolve("kopieret.txt"), MINUTES.replace("Solsikkeparken", "Valmuehaven"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int total = 0;
        while (total == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            total = search("Valmuehaven").get("total").asInt();
        }
        assertEquals(1, total, "the watcher reloads the archive after the folder changed");
    }

    @Test
    void withoutATokenUploadsAreOff() throws Exception {
        Javalin off = WebApp.create(live, Path.of("web"), DocumentsController.DISABLED, dk.referatarkiv.web.Admission.forThisMachine()).start(0);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + off.port() + "/api/documents/teknik.txt")).DELETE()
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertEquals("documents_disabled", JSON.readTree(r.body()).get("error").asText());
        } finally {
            off.stop();
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    private record Response(int status, JsonNode json) {
    }

    private static JsonNode search(String q) throws Exception {
        Response r = get("/api/search?q=" + enc(q));
        assertEquals(200, r.status);
        return r.json;
    }

    private static Response get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private static Response upload(String name, byte[] content, String token) throws Exception {
        String boundary = "boundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        return new Response(r.statusCode(), body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
