package dk.referatarkiv.ingest;

/**
 * A person named in a meeting header: a member, an absentee, a substitute or an official.
 *
 * @param name     the name as written
 * @param role     the role or title written with the name ("Kommunaldirektør", "formand", "borgmester"), or empty
 * @param party    the party list letter ("A", "V", a local list letter), or empty
 * @param presence whether the person attended
 * @param note     what the minutes say about it, as written: the reason for an absence ("Afbud", "ved afbud"), whom a
 *                 substitute stood in for ("for Ida Krog"), items the person was inhabil on; or empty
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
        name = withoutListStop(name.strip());
        role = role == null ? "" : role.strip();
        party = party == null ? "" : party.strip();
        presence = presence == null ? Presence.PRESENT : presence;
        note = note == null ? "" : note.strip();
    }

    /**
     * The name without a full stop after three letters or more: a list's full stop is not part of the last name
     * ("… Sami Kaya."), an initial's is ("Poul E."). Read by hand: every participant of every meeting read
     * from the parse cache at start-up passes here.
     */
    private static String withoutListStop(String name) {
        int stop = name.length() - 1;
        if (stop < 0 || name.charAt(stop) != '.') {
            return name;
        }
        int letters = 0;
        for (int i = stop; letters < 3 && i > 0; letters++) {
            int c = name.codePointBefore(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i -= Character.charCount(c);
        }
        return letters == 3 ? name.substring(0, stop) : name;
    }

    /** A participant present with a role (or party) as written. */
    public Participant(String name, String role) {
        this(name, role, "", Presence.PRESENT, "");
    }
}
