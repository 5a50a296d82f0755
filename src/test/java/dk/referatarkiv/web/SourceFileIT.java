package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each meeting's file as it was published, read-only (issue 14 point 8): the same bytes, a media type the browser
 * can show, an HTML page unable to run its scripts, and a clear 404 for an unknown meeting or a file gone from the
 * folder.
 */
class SourceFileIT {

    /** Invented minutes published as a web page that carries a script, as vendors' pages do. */
    private static final String HTML = """
            <!DOCTYPE html>
            <html><head><meta charset="windows-1252"><title>Referat</title>
            <script>document.title = 'kørt';</script></head>
            <body><h1>Referat</h1>
            <p>Udvalg: Teknik- og Miljøudvalget</p>
            <p>Dato: 05-09-2023 kl. 16:00</p>
            <p>Sted: Rådhuset, mødelokale 3</p>
            <h2>1. Godkendelse af dagsorden</h2>
            <h3>Beslutning</h3><p>Godkendt.</p>
            <h2>2. Ny belægning på Strandstien</h2>
            <h3>Sagsfremstilling</h3><p>Strandstiens grus skiftes til asfalt på den nordlige strækning.</p>
            <h3>Beslutning</h3><p>Godkendt med en bemærkning om cyklisters sikkerhed.</p>
            </body></html>
            """;

    @TempDir
    static Path tmp;
    private static Path corpus;
    private static ArchiveServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/formats/chefforum-2024-11-20.pdf",
                "fixtures/facets/solby-2023-03-14.txt", "fixtures/facets/nordby-2023-05-02.txt");
        // written in the old Windows code page, as some vendors still publish
        Files.write(corpus.resolve("teknik-2023-09-05.html"), HTML.getBytes("windows-1252"));
        server = ArchiveServer.start(corpus, tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void aPdfIsServedByteForByteAndShownInTheBrowser() throws Exception {
        String id = meetingFrom("chefforum-2024-11-20.pdf");
        HttpResponse<byte[]> r = bytes("/api/meetings/" + id + "/source");
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; filename="));
        assertArrayEquals(Files.readAllBytes(corpus.resolve("chefforum-2024-11-20.pdf")), r.body());
    }

    @Test
    void aTextFileIsServedWithTheCharsetItWasReadWith() throws Exception {
        String id = meetingFrom("solby-2023-03-14.txt");
        HttpResponse<byte[]> r = bytes("/api/meetings/" + id + "/source");
        assertEquals(200, r.statusCode());
        assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(Files.readAllBytes(corpus.resolve("solby-2023-03-14.txt")), r.body());
    }

    @Test
    void aWebPageIsSandboxedSoItsScriptsCannotRun() throws Exception {
        String id = meetingFrom("teknik-2023-09-05.html");
        HttpResponse<byte[]> r = bytes("/api/meetings/" + id + "/source");
        assertEquals(200, r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/html;charset="), type);
        // æøå come out right in the charset the page is declared with (the bytes are one-byte Windows text)
        String page = new String(r.body(), java.nio.charset.Charset.forName(type.substring(type.indexOf('=') + 1)));
        assertTrue(page.contains("Teknik- og Miljøudvalget"), page);
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("sandbox;"), policy);
        assertTrue(policy.contains("default-src 'none'"), policy);
    }

    @Test
    void theMeetingNamesItsSourceFile() throws Exception {
        String id = meetingFrom("solby-2023-03-14.txt");
        JsonNode meeting = JSON.readTree(server.get("/api/meetings/" + id).body());
        assertEquals("solby-2023-03-14.txt", meeting.get("sourceFile").asText());
    }

    @Test
    void anUnknownMeetingIsA404WithAMessage() throws Exception {
        HttpResponse<String> r = server.get("/api/meetings/intet-moede/source");
        assertEquals(404, r.statusCode());
        JsonNode error = JSON.readTree(r.body());
        assertEquals("unknown_meeting", error.get("error").asText());
        assertTrue(error.get("message").asText().contains("intet-moede"));
    }

    @Test
    void aFileGoneFromTheFolderIsA404AndNothingElseChanges() throws Exception {
        String id = meetingFrom("nordby-2023-05-02.txt");
        Path file = corpus.resolve("nordby-2023-05-02.txt");
        byte[] kept = Files.readAllBytes(file);
        Files.delete(file);
        try {
            HttpResponse<String> r = server.get("/api/meetings/" + id + "/source");
            assertEquals(404, r.statusCode());
            assertEquals("source_not_found", JSON.readTree(r.body()).get("error").asText());
            assertEquals(200, server.get("/api/meetings/" + id).statusCode(), "the meeting itself is still served");
        } finally {
            Files.write(file, kept);
        }
    }

    @Test
    void theSourceIsReadOnly() throws Exception {
        String id = meetingFrom("solby-2023-03-14.txt");
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/meetings/" + id + "/source"))
                .method("PUT", HttpRequest.BodyPublishers.ofString("overskrevet")));
        assertEquals(405, r.statusCode());
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"));
        assertArrayEquals(Files.readAllBytes(TestData.resource("fixtures/facets/solby-2023-03-14.txt")),
                Files.readAllBytes(corpus.resolve("solby-2023-03-14.txt")), "the file is unchanged");
    }

    /** The id of the meeting read from {@code file}. */
    private static String meetingFrom(String file) throws Exception {
        JsonNode page = JSON.readTree(server.get("/api/meetings?size=100").body());
        for (JsonNode m : page.get("meetings")) {
            String id = m.get("id").asText();
            JsonNode detail = JSON.readTree(server.get("/api/meetings/" + id).body());
            if (detail.get("sourceFile").asText().equals(file)) {
                return id;
            }
        }
        throw new AssertionError("no meeting from " + file + " in " + page);
    }

    private static HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
