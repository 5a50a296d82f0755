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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memberships over HTTP, against a real server on a random port, over the Egeskov fixture minutes (three meetings of
 * Økonomiudvalget, one of Byrådet; see {@code fixtures/members/README.md}).
 */
class MembershipsApiIT {

    private static final String[] FIXTURES = {"fixtures/members/egeskov-oekonomiudvalget-2024-01-10.txt",
            "fixtures/members/egeskov-oekonomiudvalget-2024-02-14.txt", "fixtures/members/egeskov-oekonomiudvalget-2024-03-13.txt",
            "fixtures/members/egeskov-byraadet-2024-01-29.txt"};

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), FIXTURES);
        server = ArchiveServer.start(corpus, tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void theChairsSeatsWithAbsenceAndEvidence() throws Exception {
        JsonNode jens = get("/api/persons/jens-hansen", 200);
        assertEquals("Egeskov", jens.get("municipality").asText());
        JsonNode seats = jens.get("memberships");
        assertEquals(2, seats.size(), seats.toString());
        JsonNode committee = seats.get(0);
        assertSeat(committee, "Økonomiudvalget", "formand", "A", "2024-01-10", "2024-03-13", 3, 1);
        assertEquals("Egeskov", committee.get("municipality").asText());
        assertEquals("Socialdemokratiet", committee.get("partyName").asText());
        JsonNode away = committee.get("attendances").get(1);
        assertEquals("egeskov-oekonomiudvalget-2024-02-14", away.get("meetingId").asText());
        assertEquals("2024-02-14", away.get("date").asText());
        assertEquals("absent", away.get("presence").asText());
        assertFalse(away.get("municipalityInferred").asBoolean());
        JsonNode evidence = away.get("evidence");
        assertEquals("egeskov-oekonomiudvalget-2024-02-14", evidence.get("meetingId").asText());
        assertEquals(0, evidence.get("item").asInt());
        assertEquals("header", evidence.get("section").asText());
        assertEquals("Jens Hansen (A)", evidence.get("text").asText());
        // The offsets point into the header text of item 0, which the meeting's Fraværende line holds.
        String header = "Mødested: Rådhuset, mødesal 1\nMødedeltagere: Mette Friis (V), Ole Berg (F), Lise Kjær (C), "
                + "Bo Lind (Protokolfører)\nFraværende: Jens Hansen (A)";
        assertEquals("Jens Hansen (A)", header.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
        assertSeat(seats.get(1), "Byrådet", "medlem", "A", "2024-01-29", "2024-01-29", 1, 0);
        // Listed and named in the text: one person, with the decision's sentence among the mentions.
        boolean named = false;
        for (JsonNode m : jens.get("mentions").get("mentions")) {
            named |= m.get("meetingId").asText().equals("egeskov-oekonomiudvalget-2024-01-10") && m.get("item").asInt() == 1
                    && m.get("section").asText().equals("beslutning")
                    && m.get("text").asText().equals("Jens Hansen takkede Søren Ravn for at træde til.");
        }
        assertTrue(named, jens.get("mentions").toString());
    }

    @Test
    void partyChangeSubstituteOfficialAndLeftOut() throws Exception {
        JsonNode mette = get("/api/persons/mette-friis", 200).get("memberships");
        assertEquals(3, mette.size(), mette.toString());
        assertSeat(mette.get(0), "Økonomiudvalget", "medlem", "V", "2024-01-10", "2024-02-14", 2, 0);
        assertSeat(mette.get(1), "Byrådet", "medlem", "V", "2024-01-29", "2024-01-29", 1, 0);
        assertSeat(mette.get(2), "Økonomiudvalget", "medlem", "C", "2024-03-13", "2024-03-13", 1, 0);

        JsonNode soeren = get("/api/persons/soeren-ravn", 200).get("memberships");
        assertEquals(1, soeren.size());
        assertSeat(soeren.get(0), "Økonomiudvalget", "stedfortræder", "C", "2024-01-10", "2024-01-10", 1, 0);
        assertEquals("substitute", soeren.get(0).get("attendances").get(0).get("presence").asText());
        assertEquals("for Lise Kjær", soeren.get(0).get("attendances").get(0).get("note").asText());

        assertEquals(0, get("/api/persons/bo-lind", 200).get("memberships").size());
        assertSeat(get("/api/persons/ole-berg", 200).get("memberships").get(0), "Økonomiudvalget", "medlem", "F",
                "2024-01-10", "2024-02-14", 2, 0);
        assertSeat(get("/api/persons/karin-holm", 200).get("memberships").get(0), "Byrådet", "borgmester", "V",
                "2024-01-29", "2024-01-29", 1, 0);
        JsonNode lise = get("/api/persons/lise-kjaer", 200).get("memberships").get(0);
        assertSeat(lise, "Økonomiudvalget", "medlem", "C", "2024-01-10", "2024-03-13", 3, 1);
    }

    @Test
    void personListCarriesTheMunicipality() throws Exception {
        JsonNode list = get("/api/persons?q=hansen", 200);
        assertEquals(1, list.get("total").asInt());
        assertEquals(1, list.get("persons").size());
        assertEquals("jens-hansen", list.get("persons").get(0).get("id").asText());
        assertEquals("Egeskov", list.get("persons").get(0).get("municipality").asText());
        get("/api/persons/nobody-at-all", 404);
    }

    @Test
    void popoloMembershipsOfBodiesWithParty() throws Exception {
        JsonNode popolo = get("/api/export/popolo", 200);
        JsonNode chair = null;
        List<String> officials = new ArrayList<>();
        for (JsonNode m : popolo.get("memberships")) {
            if (m.get("person_id").asText().equals("jens-hansen") && m.path("organization_id").asText().equals("egeskov-oekonomiudvalget")) {
                chair = m;
            }
            if (m.get("person_id").asText().equals("bo-lind") && !m.has("post_id")) {
                officials.add(m.toString());
            }
        }
        assertTrue(chair != null, popolo.get("memberships").toString());
        assertEquals("formand", chair.get("role").asText());
        assertEquals("jens-hansen-egeskov-oekonomiudvalget-formand-2024-01-10", chair.get("id").asText());
        assertEquals("2024-01-10", chair.get("start_date").asText());
        assertEquals("2024-03-13", chair.get("end_date").asText());
        assertEquals("parti-a", chair.get("on_behalf_of_id").asText());
        assertEquals("Socialdemokratiet", chair.get("on_behalf_of").get("name").asText());
        assertEquals("party", chair.get("on_behalf_of").get("classification").asText());
        JsonNode sources = chair.get("sources");
        assertEquals(3, sources.size());
        assertEquals("/moede/egeskov-oekonomiudvalget-2024-02-14", sources.get(1).get("url").asText());
        assertEquals("Mødeoplysninger 2024-02-14: Jens Hansen (A) – fraværende", sources.get(1).get("note").asText());
        assertEquals(List.of(), officials, "an official has no seat");
        for (JsonNode m : popolo.get("memberships")) {
            assertTrue(!m.has("id") || m.get("id").asText().matches("[a-z0-9-]+"), m.toString());
        }

        JsonNode committee = organisation(popolo, "egeskov-oekonomiudvalget");
        assertEquals("Økonomiudvalget", committee.get("name").asText());
        assertEquals("egeskov-kommune", committee.get("parent_id").asText());
        assertEquals("municipality", organisation(popolo, "egeskov-kommune").get("classification").asText());
        assertEquals("Egeskov Kommune", organisation(popolo, "egeskov-kommune").get("name").asText());
    }

    private static JsonNode organisation(JsonNode popolo, String id) {
        for (JsonNode o : popolo.get("organizations")) {
            if (o.get("id").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no organisation " + id + " in " + popolo.get("organizations"));
    }

    private static void assertSeat(JsonNode seat, String body, String role, String party, String from, String to,
                                   int meetings, int absences) {
        String s = seat.toString();
        assertEquals(body, seat.get("body").asText(), s);
        assertEquals(role, seat.get("role").asText(), s);
        assertEquals(party, seat.get("party").asText(), s);
        assertEquals(from, seat.get("from").asText(), s);
        assertEquals(to, seat.get("to").asText(), s);
        assertEquals(meetings, seat.get("meetings").asInt(), s);
        assertEquals(meetings, seat.get("attendances").size(), s);
        assertEquals(absences, seat.get("absences").asInt(), s);
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return JSON.readTree(response.body());
    }
}
