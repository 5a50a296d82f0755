package dk.referatarkiv.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.ingest.CorpusLoader;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The plain reference behind HTTP answers what the reference answers in process, and says where it listens. */
class PlainLuceneServerTest {

    @TempDir
    Path dir;

    @Test
    void aSearchOverHttpAnswersTheReferencesTopIdsIgnoringFilters() throws Exception {
        try (PlainLuceneReference built = PlainLuceneReference.build(new CorpusLoader().load(Path.of("corpus")), dir)) {
            List<String> expected = built.search("budget");
            assertFalse(expected.isEmpty(), "the bundled minutes mention a budget");
            try (PlainLuceneReference reference = PlainLuceneReference.open(dir)) {
                assertEquals(-1, reference.buildMillis());
                Javalin server = PlainLuceneServer.create(reference).start("127.0.0.1", 0);
                try {
                    String body = new HttpGet().get(URI.create("http://127.0.0.1:" + server.port()
                            + "/search?q=budget&body=ukendt&sort=date"));
                    List<String> ids = new ArrayList<>();
                    new ObjectMapper().readTree(body).get("hits").forEach((JsonNode id) -> ids.add(id.asText()));
                    assertEquals(expected, ids);
                } finally {
                    server.stop();
                }
            }
        }
    }

    @Test
    void theStartLineGivesThePort() {
        assertEquals(Optional.of(41234), ServerRun.portIn(String.format(PlainLuceneServer.RUNNING, 41234)));
    }
}
