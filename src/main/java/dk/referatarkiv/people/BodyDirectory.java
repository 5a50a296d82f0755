package dk.referatarkiv.people;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.internal.Slugs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bodies of the archive (committees, councils, fora), each once per municipality, with its meetings, the
 * membership periods its participant lists give and its chairs. Two municipalities' "Økonomiudvalget" are two
 * bodies: the id is the slug of municipality and name ({@code egeskov-oekonomiudvalget}), or of the name alone for
 * minutes that name no municipality ({@code chefforum}); the same ids as the Popolo export's. Minutes that name no
 * municipality are placed where their participants place them, as the memberships are. Meetings without a body
 * belong to none. Immutable and thread-safe.
 */
public final class BodyDirectory {

    /** The role of a body's chair in the participant lists. */
    public static final String CHAIR = "formand";

    /**
     * A body of one municipality.
     *
     * @param name         as the newest meeting writes it ("Økonomiudvalget")
     * @param municipality the municipality, or empty when no minutes of the body say
     * @param meetings     newest first (undated last)
     * @param members      every membership period on the body, oldest first, then by role and name
     */
    public record Body(String id, String name, String municipality, List<Meeting> meetings, List<Membership> members) {

        public Body {
            meetings = List.copyOf(meetings);
            members = List.copyOf(members);
        }

        /** The date of the first dated meeting, or null when no meeting is dated. */
        public LocalDate firstMeeting() {
            return meetings.stream().map(Meeting::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        }

        /** The date of the last dated meeting, or null when no meeting is dated. */
        public LocalDate lastMeeting() {
            return meetings.stream().map(Meeting::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }

        /** The periods in which someone sat as chair ({@value #CHAIR}), oldest first. */
        public List<Membership> chairs() {
            return members.stream().filter(m -> m.role().equals(CHAIR)).toList();
        }

        /**
         * The latest chair: the period that reaches the latest meeting (of two that end together, the one that began
         * later); empty when no list names a chair. The archive cannot tell whether that chair still sits.
         */
        public Optional<Membership> currentChair() {
            return chairs().stream().max(Comparator.comparing(Membership::to).thenComparing(Membership::from));
        }
    }

    private static final Comparator<Body> BY_PLACE_AND_NAME = Comparator.comparing(Body::municipality)
            .thenComparing(Body::name).thenComparing(Body::id);

    private final List<Body> bodies;
    private final Map<String, Body> byId;
    private final Map<String, String> bodyOfMeeting;

    private BodyDirectory(List<Body> bodies, Map<String, String> bodyOfMeeting) {
        this.bodies = bodies.stream().sorted(BY_PLACE_AND_NAME).toList();
        Map<String, Body> ids = new HashMap<>();
        bodies.forEach(b -> ids.put(b.id(), b));
        this.byId = Map.copyOf(ids);
        this.bodyOfMeeting = Map.copyOf(bodyOfMeeting);
    }

    /** The id of a body: the slug of municipality and name, or of the name when the municipality is unknown. */
    public static String id(String municipality, String body) {
        return Slugs.slug(municipality.isEmpty() ? body : municipality + " " + body);
    }

    /** The bodies of {@code meetings} (in any order), with their members from {@code memberships}. */
    public static BodyDirectory build(List<Meeting> meetings, Memberships memberships) {
        // Minutes that do not name their municipality: the one their participants belong to, as the seats have it.
        Map<String, String> inferred = new HashMap<>();
        for (Membership m : memberships.all()) {
            m.attendances().stream().filter(Attendance::municipalityInferred)
                    .forEach(a -> inferred.put(a.meetingId(), a.municipality()));
        }
        Map<String, List<Meeting>> grouped = new LinkedHashMap<>();
        Map<String, String> municipalityOf = new HashMap<>();
        Map<String, String> bodyOfMeeting = new HashMap<>();
        for (Meeting meeting : meetings.stream().sorted(Corpus.NEWEST_FIRST).toList()) {
            if (meeting.body().isBlank()) {
                continue;
            }
            String municipality = meeting.municipality().isEmpty()
                    ? inferred.getOrDefault(meeting.id(), "") : meeting.municipality();
            String id = id(municipality, meeting.body());
            grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(meeting);
            municipalityOf.putIfAbsent(id, municipality);
            bodyOfMeeting.put(meeting.id(), id);
        }
        List<Body> bodies = new ArrayList<>();
        grouped.forEach((id, list) -> {
            String name = list.get(0).body();
            String municipality = municipalityOf.get(id);
            bodies.add(new Body(id, name, municipality, list, memberships.ofBody(municipality, name)));
        });
        return new BodyDirectory(bodies, bodyOfMeeting);
    }

    /** Every body, by municipality (bodies of unknown municipality first), then name. */
    public List<Body> bodies() {
        return bodies;
    }

    public Optional<Body> body(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The id of the body that held the meeting; empty for a meeting without a body or not in the directory. */
    public Optional<String> bodyOf(String meetingId) {
        return Optional.ofNullable(bodyOfMeeting.get(meetingId));
    }
}
