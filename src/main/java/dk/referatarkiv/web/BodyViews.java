package dk.referatarkiv.web;

import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.people.BodyDirectory;
import dk.referatarkiv.people.Membership;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the body endpoints. */
final class BodyViews {

    private BodyViews() {
    }

    /** A body; {@code firstMeeting} and {@code lastMeeting} are null when none of its meetings is dated. */
    record BodySummary(String id, String name, String municipality, int meetingCount, LocalDate firstMeeting,
                       LocalDate lastMeeting) {
        static BodySummary of(BodyDirectory.Body b) {
            return new BodySummary(b.id(), b.name(), b.municipality(), b.meetings().size(), b.firstMeeting(),
                    b.lastMeeting());
        }
    }

    /** A page of the bodies by municipality and name; {@code total} is the number of bodies. */
    record BodyPage(int total, int page, int size, List<BodySummary> bodies) {
    }

    record MeetingRef(String id, LocalDate date, int itemCount) {
        static MeetingRef of(Meeting m) {
            return new MeetingRef(m.id(), m.date(), m.items().size());
        }
    }

    /** A seat on the body from {@code from} to {@code to} (the last meeting seen, inclusive). */
    record MemberView(PeopleViews.PersonRef person, String role, String party, String partyName, LocalDate from,
                      LocalDate to, int meetings, int absences) {
        static MemberView of(Membership m) {
            return new MemberView(new PeopleViews.PersonRef(m.personId(), m.personName()), m.role(), m.party(),
                    m.partyName(), m.from(), m.to(), m.meetings(), m.absences());
        }
    }

    /** A period as chair; {@code current} marks the latest one (the archive cannot tell whether it still lasts). */
    record ChairView(PeopleViews.PersonRef person, String party, LocalDate from, LocalDate to, int meetings,
                     boolean current) {
        static ChairView of(Membership m, boolean current) {
            return new ChairView(new PeopleViews.PersonRef(m.personId(), m.personName()), m.party(), m.from(), m.to(),
                    m.meetings(), current);
        }
    }

    /**
     * @param meetings newest first
     * @param members  every period on the body, oldest first
     * @param chairs   the periods as chair ({@code formand}), oldest first
     */
    record BodyDetail(String id, String name, String municipality, int meetingCount, LocalDate firstMeeting,
                      LocalDate lastMeeting, List<ChairView> chairs, List<MemberView> members,
                      List<MeetingRef> meetings) {
        static BodyDetail of(BodyDirectory.Body b) {
            Membership current = b.currentChair().orElse(null);
            return new BodyDetail(b.id(), b.name(), b.municipality(), b.meetings().size(), b.firstMeeting(),
                    b.lastMeeting(), b.chairs().stream().map(c -> ChairView.of(c, c == current)).toList(),
                    b.members().stream().map(MemberView::of).toList(),
                    b.meetings().stream().map(MeetingRef::of).toList());
        }
    }
}
