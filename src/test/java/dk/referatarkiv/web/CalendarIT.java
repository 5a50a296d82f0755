package dk.referatarkiv.web;

import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.TestData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /kalender.ics}: a body's meetings as iCalendar, read back with ical4j (a real parser), against a real server
 * over the bundled corpus (Chefforum) and the facet fixtures (Solby's Økonomiudvalget, Nordby's Byråd).
 */
class CalendarIT {

    @TempDir
    static Path tmp;
    private static ArchiveServer server;

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.corpusWith(tmp.resolve("corpus"), "fixtures/facets/solby-2023-03-14.txt",
                "fixtures/facets/solby-2023-04-18.txt", "fixtures/facets/nordby-2023-05-02.txt"), tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void aBodysMeetingsAreAValidCalendar() throws Exception {
        HttpResponse<String> response = server.get("/kalender.ics?organ=Chefforum");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(response.body().lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "lines folded at 75 octets");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        long chefforum = server.archive().corpus().meetings().stream().filter(m -> "Chefforum".equals(m.body())).count();
        assertEquals(chefforum, events.size());
        VEvent november = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals("chefforum-2024-11-20@referatarkiv"))
                .findFirst().orElseThrow();
        // kl. 09:00 in Copenhagen in November (UTC+1)
        assertEquals("20241120T080000Z", november.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("Mødelokale 915", november.getProperty("LOCATION").orElseThrow().getValue());
        assertEquals("Chefforum", november.getProperty("SUMMARY").orElseThrow().getValue());
        assertTrue(november.getProperty("URL").orElseThrow().getValue().endsWith("/moede/chefforum-2024-11-20"));
        assertEquals("8 punkter på dagsordenen", november.getProperty("DESCRIPTION").orElseThrow().getValue());
    }

    @Test
    void aBodyOfOneMunicipality() throws Exception {
        Calendar solby = new CalendarBuilder().build(new StringReader(
                server.get("/kalender.ics?organ=%C3%98konomiudvalget&kommune=Solby").body()));
        assertEquals(2, solby.getComponents("VEVENT").size());
        assertEquals(404, server.get("/kalender.ics?organ=%C3%98konomiudvalget&kommune=Nordby").statusCode());
    }

    @Test
    void aMissingOrUnknownBodyIsADanishJsonError() throws Exception {
        HttpResponse<String> missing = server.get("/kalender.ics");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("Organet ('organ') mangler"), missing.body());
        HttpResponse<String> unknown = server.get("/kalender.ics?organ=Skakklubben");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("\"error\":\"unknown_body\""), unknown.body());
    }

    @Test
    void textValuesAreEscapedAndLongLinesFolded() {
        assertEquals("Rådhuset\\, mødesal 2\\; 1. sal\\nbagindgang", CalendarController.text("Rådhuset, mødesal 2; 1. sal\nbagindgang"));
        StringBuilder out = new StringBuilder();
        CalendarController.line(out, "LOCATION:" + "æ".repeat(50));
        List<String> lines = List.of(out.toString().split("\r\n"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        assertTrue(lines.get(1).startsWith(" "));
        assertEquals("LOCATION:" + "æ".repeat(50), lines.get(0) + lines.get(1).substring(1), "unfolds to the value");
    }
}
