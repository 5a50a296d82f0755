package dk.referatarkiv.bench;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerRunTest {

    @Test
    void thePortIsReadFromServesStartLineOnAnyHost() {
        assertEquals(Optional.of(38093), ServerRun.portIn("Referatarkiv is running on http://127.0.0.1:38093/ (this "
                + "machine only; --host to open it to the network)"));
        assertEquals(Optional.of(7070), ServerRun.portIn("Referatarkiv is running on http://0.0.0.0:7070/ (open to "
                + "the network)"));
        assertEquals(Optional.of(7071), ServerRun.portIn("Referatarkiv is running on http://[::1]:7071/"));
        assertEquals(Optional.empty(), ServerRun.portIn("annotated 63120 tokens in 6449 ms"));
    }
}
