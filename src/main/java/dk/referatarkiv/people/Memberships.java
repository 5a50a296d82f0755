package dk.referatarkiv.people;

import dk.referatarkiv.internal.Slugs;
import dk.referatarkiv.ingest.Participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Membership periods across the archive, from the attendances of every meeting. The meetings of one body (same
 * municipality and body) are read in date order, in one pass: a person's period goes on while the next meeting that
 * names them names them in the same role for the same party, and no meeting between them listed its members without
 * them. So a party change, a new role, or a meeting the person was left out of starts a new period. Meetings that list
 * only absentees say nothing about who else sat, so they never break a period. An unknown party (a list without
 * party letters) agrees with any. An absentee listed without a role keeps the chair's period: lists of absentees
 * rarely repeat roles. Immutable and thread-safe.
 */
public final class Memberships {

    private static final Comparator<Attendance> BY_MEETING = Comparator.comparing(Attendance::date)
            .thenComparing(Attendance::meetingId);
    private static final Comparator<Membership> BY_START = Comparator.comparing(Membership::from)
            .thenComparing(Membership::body).thenComparing(Membership::role);

    private final Map<String, List<Membership>> byPerson;
    private final Map<String, List<Membership>> byBody;
    private final List<Membership> all;

    private Memberships(List<Membership> all) {
        Map<String, List<Membership>> people = new HashMap<>();
        for (Membership m : all) {
            people.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m);
        }
        people.replaceAll((k, v) -> v.stream().sorted(BY_START).toList());
        this.byPerson = Map.copyOf(people);
        this.all = all.stream().sorted(Comparator.comparing(Membership::municipality).thenComparing(BY_START)
                .thenComparing(Membership::personName)).toList();
        Map<String, List<Membership>> bodies = new HashMap<>();
        BodyKeys keys = new BodyKeys();
        for (Membership m : this.all) {
            bodies.computeIfAbsent(keys.of(m.municipality(), m.body()), k -> new ArrayList<>()).add(m);
        }
        bodies.replaceAll((k, v) -> List.copyOf(v));
        this.byBody = Map.copyOf(bodies);
    }

    /** One body of one municipality, as the periods are grouped: names that differ only in case or accents are one. */
    private static String bodyKey(String municipality, String body) {
        return Slugs.slug(municipality) + "|" + Slugs.slug(body);
    }

    /**
     * {@link #bodyKey}s made once per name as written: an archive has a few hundred bodies and one attendance per
     * participant and meeting (over a hundred thousand at 10^5 items, read at every start). Not thread-safe.
     */
    private static final class BodyKeys {
        private final Map<String, Map<String, String>> made = new HashMap<>();

        String of(String municipality, String body) {
            return made.computeIfAbsent(municipality, k -> new HashMap<>())
                    .computeIfAbsent(body, k -> bodyKey(municipality, body));
        }
    }

    /** The periods of every person from the attendances of any number of meetings, in any order. */
    public static Memberships build(Collection<Attendance> attendances) {
        Map<String, List<Attendance>> bodies = new LinkedHashMap<>();
        BodyKeys keys = new BodyKeys();
        for (Attendance a : attendances) {
            bodies.computeIfAbsent(keys.of(a.municipality(), a.body()), k -> new ArrayList<>()).add(a);
        }
        List<Membership> periods = new ArrayList<>();
        bodies.values().forEach(body -> periods(body, periods));
        return new Memberships(periods);
    }

    /** The periods of one body's attendances, added to {@code out}. */
    private static void periods(List<Attendance> body, List<Membership> out) {
        List<Attendance> sorted = new ArrayList<>(body);
        sorted.sort(BY_MEETING);
        // Number the meetings; a meeting that lists a member present has a roster, which names everyone who sat.
        Map<String, Integer> index = new HashMap<>();
        List<Boolean> roster = new ArrayList<>();
        for (Attendance a : sorted) {
            int i = index.computeIfAbsent(a.meetingId(), k -> {
                roster.add(false);
                return roster.size() - 1;
            });
            roster.set(i, roster.get(i) || a.presence() == Participant.Presence.PRESENT);
        }
        int[] rostersBefore = new int[roster.size() + 1];
        for (int i = 0; i < roster.size(); i++) {
            rostersBefore[i + 1] = rostersBefore[i] + (roster.get(i) ? 1 : 0);
        }
        Map<String, Period> open = new LinkedHashMap<>();
        for (Attendance a : sorted) {
            int i = index.get(a.meetingId());
            Period period = open.get(a.personId());
            if (period != null && period.last == i) {
                continue; // listed twice in one meeting (a name and its short form): once is enough
            }
            boolean leftOut = period != null && rostersBefore[i] - rostersBefore[period.last + 1] > 0;
            if (period != null && !leftOut && period.takes(a)) {
                period.add(a, i);
                continue;
            }
            if (period != null) {
                out.add(period.membership());
            }
            open.put(a.personId(), new Period(a, i));
        }
        open.values().forEach(p -> out.add(p.membership()));
    }

    /** A period being read: mutable, used by one pass only. */
    private static final class Period {
        private final List<Attendance> attendances = new ArrayList<>();
        private final String role;
        private String party;
        private int last;

        Period(Attendance first, int index) {
            this.role = first.role();
            this.party = first.party();
            add(first, index);
        }

        boolean takes(Attendance a) {
            boolean sameRole = a.role().equals(role) || a.presence() == Participant.Presence.ABSENT
                    && a.roleAsWritten().isEmpty() && AttendanceReader.BODY_ROLES.contains(role);
            return sameRole && (a.party().isEmpty() || party.isEmpty() || a.party().equals(party));
        }

        void add(Attendance a, int index) {
            attendances.add(a);
            if (party.isEmpty()) {
                party = a.party();
            }
            last = index;
        }

        Membership membership() {
            Attendance first = attendances.get(0);
            return new Membership(first.personId(), first.personName(), first.municipality(), first.body(), role, party,
                    first.date(), attendances.get(attendances.size() - 1).date(), attendances);
        }
    }

    /** A person's periods, oldest first. */
    public List<Membership> ofPerson(String personId) {
        return byPerson.getOrDefault(personId, List.of());
    }

    /**
     * The periods on one body of one municipality (empty for a body of minutes that name no municipality), oldest
     * first, then by name; body and municipality are compared as {@link Slugs#slug} makes them, as when grouping.
     */
    public List<Membership> ofBody(String municipality, String body) {
        return byBody.getOrDefault(bodyKey(municipality, body), List.of());
    }

    /** Every period, by municipality, then oldest first. */
    public List<Membership> all() {
        return all;
    }
}
