package dk.referatarkiv.people;

import java.time.LocalDate;

/**
 * That a person held (or will hold, or left) a role in an organisation, read from one place in the minutes.
 *
 * @param personId     the person's id, or null when the text names the role but not the person
 * @param role         the normalised role, lower case: {@code referenceleder}, {@code afdelingschef}
 * @param roleAsWritten the role as the text writes it
 * @param organisation the canonical unit, body or network, or empty for the municipality as a whole
 * @param validFrom    from when (null: since before the archive knows)
 * @param validTo      until when, exclusive (null: open)
 * @param inferred     true when the person was not named but inferred from the role timeline
 */
public record RoleAssertion(String personId, String personName, String role, String roleAsWritten, String organisation,
                            LocalDate validFrom, LocalDate validTo, Status status, Kind kind, boolean inferred,
                            Evidence evidence) {

    public enum Status { CURRENT, TEMPORARY, ACTING, FORMER, VACANT, ANNOUNCED }

    public enum Kind { PARTICIPANT, HANDOVER, TAKEOVER, APPOINTMENT, VACANCY, ACTING, LISTED, RECOMMENDER }

    public RoleAssertion withEnd(LocalDate end) {
        return new RoleAssertion(personId, personName, role, roleAsWritten, organisation, validFrom, end, status, kind,
                inferred, evidence);
    }

    public RoleAssertion withPerson(String id, String name, boolean isInferred) {
        return new RoleAssertion(id, name, role, roleAsWritten, organisation, validFrom, validTo, status, kind, isInferred,
                evidence);
    }

    /** True when the assertion covers the date. */
    public boolean covers(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || validTo.isAfter(date));
    }
}
