package dk.referatarkiv.web;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code GET /kalender.ics?organ=…[&kommune=…]}: the meetings of a body as an iCalendar feed (RFC 5545), so a
 * calendar can follow a body. A meeting with a start time is an event at that time (converted from Danish time to
 * UTC, so no time-zone block is needed), ending at its end time when the minutes give one; a meeting without a time
 * is an all-day event; a meeting without a date is left out.
 */
final class CalendarController {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Corpus corpus;

    CalendarController(Corpus corpus) {
        this.corpus = corpus;
    }

    void ical(Context ctx) {
        String body = QueryParams.text(ctx, "organ");
        String municipality = QueryParams.text(ctx, "kommune");
        if (body.isEmpty()) {
            throw ErrorHandlers.badRequest("invalid_parameter",
                    "Organet ('organ') mangler: skriv organets navn, som søgningen viser det, fx organ=Chefforum.");
        }
        List<Meeting> meetings = corpus.meetings().stream()
                .filter(m -> body.equals(m.body()) && (municipality.isEmpty() || municipality.equals(m.municipality())))
                .toList();
        if (meetings.isEmpty()) {
            throw ErrorHandlers.notFound("unknown_body", "Arkivet har ingen møder i organet '" + body + "'"
                    + (municipality.isEmpty() ? "" : " i " + municipality + " Kommune") + ".");
        }
        String site = ItemLinks.siteBase(ctx);
        String stamp = UTC.format(Instant.now().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Referatarkiv//Møder//DA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(body + " – møder"));
        for (Meeting m : meetings) {
            if (m.date() == null) {
                continue;
            }
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + m.id() + "@referatarkiv");
            line(ics, "DTSTAMP:" + stamp);
            if (m.startTime() == null) {
                line(ics, "DTSTART;VALUE=DATE:" + DAY.format(m.date()));
            } else {
                line(ics, "DTSTART:" + utc(LocalDateTime.of(m.date(), m.startTime())));
                if (m.endTime() != null && m.endTime().isAfter(m.startTime())) {
                    line(ics, "DTEND:" + utc(LocalDateTime.of(m.date(), m.endTime())));
                }
            }
            line(ics, "SUMMARY:" + text(m.body() == null ? "Møde" : m.body()));
            if (m.place() != null && !m.place().isBlank()) {
                line(ics, "LOCATION:" + text(m.place()));
            }
            line(ics, "DESCRIPTION:" + text(m.items().size() + (m.items().size() == 1 ? " punkt" : " punkter")
                    + " på dagsordenen"));
            line(ics, "URL:" + site + ItemLinks.path(m.id(), 0));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        ctx.contentType("text/calendar; charset=utf-8").result(ics.toString());
    }

    private static String utc(LocalDateTime danish) {
        return UTC.format(danish.atZone(DENMARK).withZoneSameInstant(ZoneOffset.UTC));
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (a CRLF and a space before each continuation; RFC 5545, 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
