package dk.referatarkiv.people;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one meeting's participant list as {@link Attendance}s: every participant but the officials (protocol keepers,
 * administration) sat on the meeting's body that day. A substitute sat as substitute, not member; an absentee is still
 * a member, with the absence noted; a participant whose role is written as formand, næstformand or borgmester sat in
 * that role. Names are resolved to the ids the entity extractor gave them, so a person listed and a person named in
 * the text are one. Meetings without a date or a body give nothing: a seat needs both. Thread-safe.
 */
public final class AttendanceReader {

    public static final String MEMBER = "medlem";
    public static final String SUBSTITUTE = "stedfortræder";
    /**
     * The roles on a body a participant list states. "Forperson" is not among them: lists of officers use it for the
     * chair of another body (the bundled Chefforum lists the employees' forperson), so it stays a title.
     */
    static final Set<String> BODY_ROLES = Set.of("formand", "næstformand", "borgmester");
    /**
     * Minutes that do not name their municipality take the one municipality this many of their participants belong
     * to (and no participant to another): one shared common name is not enough to place a whole meeting.
     */
    static final int PARTICIPANTS_TO_PLACE = 2;

    private final PersonResolver persons;

    public AttendanceReader(PersonResolver persons) {
        this.persons = persons;
    }

    /** The attendances of one meeting, in participant order. */
    public List<Attendance> read(Meeting meeting) {
        if (meeting.date() == null || meeting.body().isEmpty() || meeting.participants().isEmpty()) {
            return List.of();
        }
        String municipality = meeting.municipality();
        boolean inferred = false;
        if (municipality.isEmpty()) {
            municipality = municipalityOfParticipants(meeting);
            inferred = !municipality.isEmpty();
        }
        List<Attendance> out = new ArrayList<>();
        for (Meeting.HeaderEntry entry : meeting.headerEntries()) {
            Participant p = entry.participant();
            if (p.presence() == Participant.Presence.OFFICIAL) {
                continue;
            }
            Optional<PersonResolver.Person> person = persons.person(meeting.municipality(), p.name());
            if (person.isEmpty()) {
                continue;
            }
            Evidence evidence = new Evidence(meeting.id(), meeting.date(), 0, CorpusEntities.HEADER, entry.text(),
                    entry.start(), entry.end());
            out.add(new Attendance(person.get().id(), person.get().name(), municipality, inferred, meeting.body(), role(p),
                    p.role(), p.party(), p.presence(), p.note(), evidence));
        }
        return out;
    }

    /** The role on the body: stedfortræder for a substitute, a body role when written, else medlem. */
    static String role(Participant p) {
        if (p.presence() == Participant.Presence.SUBSTITUTE) {
            return SUBSTITUTE;
        }
        String written = Roles.normalise(p.role());
        return BODY_ROLES.contains(written) ? written : MEMBER;
    }

    /** The municipality the meeting's participants belong to, when they agree; empty otherwise. */
    private String municipalityOfParticipants(Meeting meeting) {
        Map<String, Integer> counts = new HashMap<>();
        for (Participant p : meeting.participants()) {
            persons.person("", p.name()).map(PersonResolver.Person::municipality).filter(m -> !m.isEmpty())
                    .ifPresent(m -> counts.merge(m, 1, Integer::sum));
        }
        if (counts.size() != 1) {
            return "";
        }
        Map.Entry<String, Integer> only = counts.entrySet().iterator().next();
        return only.getValue() >= PARTICIPANTS_TO_PLACE ? only.getKey() : "";
    }
}
