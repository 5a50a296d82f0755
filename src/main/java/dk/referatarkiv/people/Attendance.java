package dk.referatarkiv.people;

import dk.referatarkiv.ingest.Participant;

import java.time.LocalDate;

/**
 * One meeting's participant list naming a person: evidence that the person sat on the meeting's body that day, in a
 * role, for a party.
 *
 * @param personId             the person's id, as the entity extractor resolved the name
 * @param personName           the person's canonical name
 * @param municipality         the meeting's municipality; for minutes that do not name it, the one municipality its
 *                             participants belong to (see {@code municipalityInferred}); empty when unknown
 * @param municipalityInferred true when the municipality was taken from the participants, not from the minutes
 * @param body                 the body that met, canonical ("Byrådet", "Økonomiudvalget")
 * @param role                 {@code medlem}, {@code formand}, {@code næstformand}, {@code borgmester} or
 *                             {@code stedfortræder}
 * @param roleAsWritten        the role or title written with the name ("formand", "Kommunaldirektør"), or empty
 * @param party                the party list letter as listed ("A", "V", a local letter), or empty
 * @param presence             {@code PRESENT}, {@code ABSENT} or {@code SUBSTITUTE}; officials are never members
 * @param note                 as written: the reason for an absence ("Afbud"), whom a substitute stood in for
 * @param evidence             the participant's entry in the meeting header (item 0, section {@code header}) and its
 *                             offsets in the header text
 */
public record Attendance(String personId, String personName, String municipality, boolean municipalityInferred,
                         String body, String role, String roleAsWritten, String party, Participant.Presence presence,
                         String note, Evidence evidence) {

    public String meetingId() {
        return evidence.meetingId();
    }

    public LocalDate date() {
        return evidence.meetingDate();
    }
}
