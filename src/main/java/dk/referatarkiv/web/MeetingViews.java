package dk.referatarkiv.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.referatarkiv.entities.Amount;
import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.JournalNumber;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.ingest.Section;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The JSON shapes of the meeting endpoints. */
final class MeetingViews {

    private MeetingViews() {
    }

    /** @param bodyId the id of the body's page ({@code /api/bodies/{id}}), or null for a meeting without a body */
    record MeetingSummary(String id, String body, String bodyId, LocalDate date, String place, int itemCount) {
        static MeetingSummary of(Meeting m, String bodyId) {
            return new MeetingSummary(m.id(), m.body(), bodyId, m.date(), m.place(), m.items().size());
        }
    }

    /** A page of the meetings, newest first; {@code total} is the number of meetings. */
    record MeetingPage(int total, int page, int size, List<MeetingSummary> meetings) {
    }

    /** @param decision the item's decision whole, its lines as written, or null when it has none */
    record ItemSummary(int number, String title, String journalNumber, String decision, boolean closed) {
        static ItemSummary of(AgendaItem item) {
            String decision = item.section(dk.referatarkiv.ingest.SectionKind.BESLUTNING)
                    .map(s -> s.text().strip()).filter(s -> !s.isEmpty()).orElse(null);
            return new ItemSummary(item.number(), item.title(), raw(item.journalNumber()), decision, item.closed());
        }
    }

    /**
     * @param bodyId         the id of the body's page ({@code /api/bodies/{id}}), or null for a meeting without a body
     * @param sourceWithheld true when the source file holds a closed item, so {@code /api/meetings/{id}/source}
     *                       serves it only with the closed-items token
     */
    record MeetingDetail(String id, String body, String bodyId, String municipality, LocalDate date, LocalTime time,
                         String place, List<ParticipantView> participants, List<ItemSummary> items, String sourceFile,
                         boolean sourceWithheld) {
        /** @param header the entities of the meeting's header (item 0), or null when it has none */
        static MeetingDetail of(Meeting m, String bodyId, ItemEntities header, boolean sourceWithheld) {
            return new MeetingDetail(m.id(), m.body(), bodyId, m.municipality(), m.date(), m.startTime(), m.place(),
                    m.participants().stream().map(p -> ParticipantView.of(p, header)).toList(),
                    m.items().stream().map(ItemSummary::of).toList(), m.sourceFile(), sourceWithheld);
        }
    }

    /**
     * A participant as the header lists them, with the id of their person page when the header's PERSON mention of
     * that name was resolved to a person (null otherwise: the page then shows the name without a link).
     */
    record ParticipantView(String name, String role, String party, Participant.Presence presence, String note,
                           String personId) {
        static ParticipantView of(Participant p, ItemEntities header) {
            String id = header == null ? null : header.of(dk.referatarkiv.entities.EntityType.PERSON).stream()
                    .filter(e -> e.text().equals(p.name()) && e.value() instanceof String)
                    .map(e -> (String) e.value()).findFirst().orElse(null);
            return new ParticipantView(p.name(), p.role(), p.party(), p.presence(), p.note(), id);
        }
    }

    record SectionView(String kind, String name, String heading, String text, List<String> attachments) {
        static SectionView of(Section s) {
            return new SectionView(s.kind().key(), s.displayName(), s.heading(), s.text(), s.attachments());
        }
    }

    /**
     * @param closedText a closed item's text as the minutes wrote it, only for a request with the closed-items
     *                   token; otherwise null and left out of the JSON, which is then as it was before the token
     */
    record ItemDetail(String meetingId, LocalDate meetingDate, String body, int number, String title, String rawTitle,
                      JournalNumber journalNumber, String recommender, String timeAllotment,
                      List<SectionView> sections, List<EntityView> entities, List<Integer> budgetYears,
                      boolean closed, String sourceFile, boolean sourceWithheld,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String closedText) {
        /** @param sourceWithheld as {@link MeetingDetail#sourceWithheld()} */
        static ItemDetail of(Meeting m, AgendaItem item, ItemEntities entities, boolean sourceWithheld) {
            return new ItemDetail(m.id(), m.date(), m.body(), item.number(), item.title(), item.rawTitle(),
                    item.journalNumber(), item.recommender(), item.timeAllotment(),
                    item.sections().stream().map(SectionView::of).toList(),
                    entities == null ? List.of() : entities.entities().stream().map(EntityView::of).toList(),
                    entities == null ? List.of() : entities.budgetYears().stream().sorted().toList(), item.closed(),
                    m.sourceFile(), sourceWithheld, null);
        }

        ItemDetail withClosedText(String text) {
            return new ItemDetail(meetingId, meetingDate, body, number, title, rawTitle, journalNumber, recommender,
                    timeAllotment, sections, entities, budgetYears, closed, sourceFile, sourceWithheld, text);
        }
    }

    /** An entity as the API shows it: an AMOUNT's value is kroner, a DATE's an ISO date or {start, end}. */
    record EntityView(String type, String text, int start, int end, String section, Object value, String label) {
        static EntityView of(Entity e) {
            return new EntityView(e.type().name(), e.text(), e.start(), e.end(), e.section(), value(e.value()), e.label());
        }

        private static Object value(Object value) {
            if (value instanceof Amount amount) {
                return amount.year() == null ? amount.kroner()
                        : java.util.Map.of("kroner", amount.kroner(), "year", amount.year());
            }
            if (value instanceof DateRange range) {
                if (range.isDay()) {
                    return range.start().toString();
                }
                java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
                r.put("start", range.start().toString());
                r.put("end", range.end() == null ? null : range.end().toString());
                r.put("precision", range.precision().name());
                r.put("yearInferred", range.yearInferred());
                return r;
            }
            return value;
        }
    }

    private static String raw(JournalNumber journalNumber) {
        return journalNumber == null ? null : journalNumber.raw();
    }
}
