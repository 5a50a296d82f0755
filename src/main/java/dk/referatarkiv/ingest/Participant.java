package dk.referatarkiv.ingest;

/**
 * A person named in a meeting header: a member, an absentee, a substitute or an official.
 *
 * @param name     the name as written
 * @param role     the role or title written with the name ("Kommunaldirektør", "formand", "borgmester"), or empty
 * @param party    the party list letter ("A", "V", a local list letter), or empty
 * @param presence whether the person attended
 * @param note     what the minutes say about it, as written: the reason for an absence ("Afbud", "ved afbud"), whom a
 *                 substitute stood in for ("for Laura Lindahl"), items the person was inhabil on; or empty
 */
public record Participant(String name, String role, String party, Presence presence, String note) {

    /** Attendance as the header gives it. */
    public enum Presence {
        PRESENT, ABSENT, SUBSTITUTE, OFFICIAL;

        /** In Danish, as users read it. */
        public String label() {
            return switch (this) {
                case PRESENT -> "deltog";
                case ABSENT -> "fraværende";
                case SUBSTITUTE -> "stedfortræder";
                case OFFICIAL -> "embedsmand";
            };
        }
    }

    public Participant {
        // a list's full stop is not part of the last name ("… Tuncay Yilmaz."), an initial's is ("Poul E.")
        name = name.strip().replaceFirst("(?<=\\p{L}{3})\\.$", "");
        role = role == null ? "" : role.strip();
        party = party == null ? "" : party.strip();
        presence = presence == null ? Presence.PRESENT : presence;
        note = note == null ? "" : note.strip();
    }

    /** A participant present with a role (or party) as written. */
    public Participant(String name, String role) {
        this(name, role, "", Presence.PRESENT, "");
    }
}
