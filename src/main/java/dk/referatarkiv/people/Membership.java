package dk.referatarkiv.people;

import dk.referatarkiv.ingest.MinutesLexicon;
import dk.referatarkiv.ingest.Participant;

import java.time.LocalDate;
import java.util.List;

/**
 * A period in which a person sat on a body: consecutive meetings of the body (same municipality) whose participant
 * lists name the person, in one role and for one party.
 *
 * @param role        {@code medlem}, {@code formand}, {@code næstformand}, {@code borgmester} or {@code stedfortræder}
 * @param party       the party list letter, or empty when no list in the period gives one
 * @param from        the first meeting date of the period
 * @param to          the last meeting date of the period, inclusive: when the seat ended the archive does not say
 * @param attendances the meetings, oldest first, each with its evidence
 */
public record Membership(String personId, String personName, String municipality, String body, String role,
                         String party, LocalDate from, LocalDate to, List<Attendance> attendances) {

    public Membership {
        attendances = List.copyOf(attendances);
    }

    /** The number of meetings in the period. */
    public int meetings() {
        return attendances.size();
    }

    /** The number of meetings in the period the person was listed as absent from. */
    public int absences() {
        return (int) attendances.stream().filter(a -> a.presence() == Participant.Presence.ABSENT).count();
    }

    /** The letter {@code parties.tsv} gives members outside the parties (Løsgænger, u.p.). */
    public static final String OUTSIDE_PARTIES = "UP";

    /** True when the person sat for a party list: a letter is known, and it is not "outside the parties". */
    public boolean forParty() {
        return !party.isEmpty() && !party.equals(OUTSIDE_PARTIES);
    }

    /** The party's name ("Socialdemokratiet"), or empty for a local list letter or no party. */
    public String partyName() {
        return party.isEmpty() ? "" : MinutesLexicon.DEFAULT.party(party).map(MinutesLexicon.Party::name).orElse("");
    }
}
