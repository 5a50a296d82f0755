package dk.referatarkiv.web;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.people.Activity;
import dk.referatarkiv.people.Attendance;
import dk.referatarkiv.people.BodyDirectory;
import dk.referatarkiv.people.Evidence;
import dk.referatarkiv.people.Membership;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the people and roles endpoints. */
final class PeopleViews {

    private PeopleViews() {
    }

    record PersonRef(String id, String name) {
    }

    record RoleView(PersonRef person, String role, String roleAsWritten, String organisation, LocalDate validFrom,
                    LocalDate validTo, String status, String kind, boolean inferred, Evidence evidence) {
        static RoleView of(RoleAssertion a) {
            return new RoleView(a.personId() == null ? null : new PersonRef(a.personId(), a.personName()), a.role(),
                    a.roleAsWritten(), a.organisation(), a.validFrom(), a.validTo(), a.status().name().toLowerCase(),
                    a.kind().name().toLowerCase(), a.inferred(), a.evidence());
        }
    }

    /**
     * A meeting behind a membership: {@code presence} is {@code present}, {@code absent} or {@code substitute};
     * the evidence is the person's entry in the meeting header (item 0, section {@code header}).
     */
    record AttendanceView(String meetingId, LocalDate date, String presence, String note, boolean municipalityInferred,
                          Evidence evidence) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.meetingId(), a.date(), a.presence().name().toLowerCase(Locale.ROOT), a.note(),
                    a.municipalityInferred(), a.evidence());
        }
    }

    /**
     * A seat on a body from {@code from} to {@code to} (the last meeting seen, inclusive); {@code bodyId} is the id
     * of the body's page ({@code /api/bodies/{id}}).
     */
    record MembershipView(String body, String bodyId, String municipality, String role, String party, String partyName,
                          LocalDate from, LocalDate to, int meetings, int absences, List<AttendanceView> attendances) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.body(), BodyDirectory.id(m.municipality(), m.body()), m.municipality(), m.role(),
                    m.party(), m.partyName(), m.from(), m.to(), m.meetings(), m.absences(),
                    m.attendances().stream().map(AttendanceView::of).toList());
        }
    }

    /** @param currentRoles the person's current roles once each (see {@link People#currentPosts}) */
    record PersonSummary(String id, String name, List<String> aliases, String municipality, List<RoleView> currentRoles,
                         int mentions) {
        static PersonSummary of(PersonResolver.Person p, People people) {
            return new PersonSummary(p.id(), p.name(), p.aliases(), p.municipality(),
                    people.currentPosts(p.id()).stream().map(RoleView::of).toList(), people.mentions(p.id()).size());
        }
    }

    /** A page of persons by name; {@code total} is the number of persons that match. */
    record PersonPage(int total, int page, int size, List<PersonSummary> persons) {
    }

    record ActivityView(String verb, Evidence evidence) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.verb(), a.evidence());
        }
    }

    /**
     * A person with their memberships whole (bounded by the number of bodies) and the first page of each list that
     * grows with the archive; {@code /api/persons/{id}/roles}, {@code …/activities} and {@code …/mentions} give the
     * other pages in the same shape.
     */
    record PersonDetail(String id, String name, List<String> aliases, String municipality, List<MembershipView> memberships,
                        RolePage roles, ActivityPage activities, MentionPage mentions) {
        static PersonDetail of(PersonResolver.Person p, People people, Paging first) {
            return new PersonDetail(p.id(), p.name(), p.aliases(), p.municipality(),
                    people.memberships(p.id()).stream().map(MembershipView::of).toList(),
                    RolePage.of(people.timeline().ofPerson(p.id()), first),
                    ActivityPage.of(people.activities(p.id()), first),
                    MentionPage.of(people.mentions(p.id()), first));
        }
    }

    /** A page of a person's role assertions, in timeline order; {@code total} counts them all. */
    record RolePage(int total, int page, int size, List<RoleView> roles) {
        static RolePage of(List<RoleAssertion> all, Paging paging) {
            return new RolePage(all.size(), paging.page(), paging.size(),
                    paging.of(all).stream().map(RoleView::of).toList());
        }
    }

    /** A page of a person's activities, in archive order; {@code total} counts them all. */
    record ActivityPage(int total, int page, int size, List<ActivityView> activities) {
        static ActivityPage of(List<Activity> all, Paging paging) {
            return new ActivityPage(all.size(), paging.page(), paging.size(),
                    paging.of(all).stream().map(ActivityView::of).toList());
        }
    }

    /** A page of the sentences that name a person, newest first; {@code total} counts them all. */
    record MentionPage(int total, int page, int size, List<Evidence> mentions) {
        static MentionPage of(List<People.Mention> all, Paging paging) {
            return new MentionPage(all.size(), paging.page(), paging.size(),
                    paging.of(all).stream().map(People.Mention::evidence).toList());
        }
    }

    /** Every holder at the date, and a page of the history, oldest first; {@code total} is the whole history's length. */
    record RoleAnswer(String role, String organisation, LocalDate at, List<RoleView> holders, int total, int page,
                      int size, List<RoleView> history) {
    }
}
