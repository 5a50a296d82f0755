package dk.referatarkiv.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A timing harness run by hand, not a test: builds a synthetic archive in which one post is asserted in every item
 * ("Kommunaldirektøren indstiller", the worst case), then times what {@link People#build} does with it (the
 * timeline of named assertions, the sole holder of each unnamed one, the whole timeline) and what {@code /api/persons}
 * and {@code /api/roles} ask of it (every person's roles, the history of the role). Uses only the public API, so the
 * same class measures the code before and after a change.
 *
 * <pre>
 * mvn -B -q test-compile
 * java -cp target/classes:target/test-classes dk.referatarkiv.people.RoleTimelineScaling 1000 10000 100000
 * </pre>
 */
public final class RoleTimelineScaling {

    static final int ITEMS_PER_MEETING = 10;
    /** A new director every this many meetings, so that later participants close earlier terms. */
    static final int MEETINGS_PER_DIRECTOR = 150;

    private RoleTimelineScaling() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{1_000, 10_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        measure(sizes[0]); // warm-up
        System.out.printf("%9s %12s %12s %12s %12s %12s%n", "items", "named ms", "holders ms", "all ms", "ofPerson ms",
                "ofRole ms");
        for (int n : sizes) {
            long[] ms = measure(n);
            System.out.printf("%9d %12d %12d %12d %12d %12d%n", n, ms[0], ms[1], ms[2], ms[3], ms[4]);
        }
    }

    /** Milliseconds for: named timeline, sole holders, whole timeline, every person's roles, the role's history. */
    static long[] measure(int items) {
        Archive archive = archive(items);
        long t0 = System.nanoTime();
        RoleTimeline known = new RoleTimeline(archive.named());
        long t1 = System.nanoTime();
        List<RoleAssertion> all = new ArrayList<>(archive.named());
        for (RoleAssertion a : archive.unnamed()) {
            Optional<RoleAssertion> holder = known.soleHolder(a.role(), a.organisation(), a.validFrom());
            all.add(holder.map(h -> a.withPerson(h.personId(), h.personName(), true)).orElse(a));
        }
        long t2 = System.nanoTime();
        RoleTimeline timeline = new RoleTimeline(all);
        long t3 = System.nanoTime();
        int roles = 0;
        for (int p = 0; p < archive.persons(); p++) {
            roles += timeline.ofPerson(person(p)).size();
        }
        long t4 = System.nanoTime();
        roles += timeline.historyOfRole("kommunaldirektør").size();
        long t5 = System.nanoTime();
        if (roles == 0) {
            throw new AssertionError("nothing measured");
        }
        return new long[]{ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4)};
    }

    /** The assertions of a synthetic archive of {@code items} items, and the number of persons named. */
    record Archive(List<RoleAssertion> named, List<RoleAssertion> unnamed, int persons) {
    }

    /**
     * Meetings of ten items a week apart from 2000-01-05. Each meeting lists its director as participant
     * ("Henrik Harder (Kommunaldirektør)") and a chef of one of twenty units; each item is recommended by
     * "Kommunaldirektøren", a role without a person.
     */
    static Archive archive(int items) {
        List<RoleAssertion> named = new ArrayList<>();
        List<RoleAssertion> unnamed = new ArrayList<>();
        int meetings = (items + ITEMS_PER_MEETING - 1) / ITEMS_PER_MEETING;
        int directors = meetings / MEETINGS_PER_DIRECTOR + 1;
        for (int m = 0; m < meetings; m++) {
            LocalDate date = LocalDate.of(2000, 1, 5).plusWeeks(m);
            String meetingId = "chefforum-" + date;
            int director = m / MEETINGS_PER_DIRECTOR;
            named.add(participant(person(director), "Kommunaldirektør", "", meetingId, date));
            int chef = directors + m % 20;
            named.add(participant(person(chef), "Afdelingschef", "Enhed " + (m % 20), meetingId, date));
            for (int i = 1; i <= ITEMS_PER_MEETING && m * ITEMS_PER_MEETING + i <= items; i++) {
                unnamed.add(new RoleAssertion(null, null, "kommunaldirektør", "Kommunaldirektøren", "", date, null,
                        RoleAssertion.Status.CURRENT, RoleAssertion.Kind.RECOMMENDER, false,
                        new Evidence(meetingId, date, i, "indstilling", "Kommunaldirektøren indstiller", -1, -1)));
            }
        }
        return new Archive(named, unnamed, directors + 20);
    }

    static String person(int n) {
        return "person-" + n;
    }

    private static RoleAssertion participant(String personId, String role, String organisation, String meetingId,
                                             LocalDate date) {
        String written = organisation.isEmpty() ? role : role + " for " + organisation;
        return new RoleAssertion(personId, "Person " + personId, Roles.normalise(role), written, organisation, date, null,
                RoleAssertion.Status.CURRENT, RoleAssertion.Kind.PARTICIPANT, false,
                new Evidence(meetingId, date, 0, "header", personId + " (" + written + ")", 0, 10));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
