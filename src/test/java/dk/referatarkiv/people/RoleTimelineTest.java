package dk.referatarkiv.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role timeline built in O(n log n) gives what the pairwise build gave ({@link QuadraticRoleTimeline}, the code
 * before the issue "Serve a municipality's whole history"), on hand-made and random assertions, and the work it does
 * grows linearly with a post asserted in every item.
 */
class RoleTimelineTest {

    private static final LocalDate JAN = LocalDate.of(2017, 1, 10);
    private static final LocalDate MAY = LocalDate.of(2017, 5, 2);
    private static final LocalDate JUN = LocalDate.of(2017, 6, 13);

    @Test
    void aLaterHolderClosesATermAndTheSamePersonDoesNot() {
        List<RoleAssertion> assertions = List.of(
                named("pia-holm", "referenceleder", "Ensomme ældre", JAN, null, RoleAssertion.Kind.PARTICIPANT, "m1"),
                named("pia-holm", "referenceleder", "Ensomme ældre", MAY, null, RoleAssertion.Kind.PARTICIPANT, "m2"),
                named("ida-byrge", "referenceleder", "Ensomme ældre", JUN, null, RoleAssertion.Kind.TAKEOVER, "m3"));
        RoleTimeline timeline = new RoleTimeline(assertions);
        List<RoleAssertion> history = timeline.history("referenceleder", "Ensomme ældre");
        assertEquals(List.of(JUN, JUN, LocalDate.MAX), history.stream().map(a -> a.validTo() == null ? LocalDate.MAX
                : a.validTo()).toList());
        assertEquals("ida-byrge", timeline.soleHolder("referenceledelsen", "Ensomme ældre", JUN).orElseThrow().personId());
        assertEquals(MAY, timeline.soleHolder("referenceleder", "Ensomme ældre", MAY.plusDays(1)).orElseThrow().validFrom(),
                "the most specific of the person's terms: the latest start");
        assertEquals(Optional.empty(), timeline.soleHolder("referenceleder", "Ensomme ældre", JAN.minusDays(1)));
        assertSameAsPairwise(assertions);
    }

    @Test
    void assertionsOfOneMeetingStandSideBySideAndAVacancyClosesAll() {
        // "referenceledere: A, B og C", then "Stillingen som referenceleder er slået op".
        List<RoleAssertion> assertions = List.of(
                named("a", "referenceleder", "", MAY, null, RoleAssertion.Kind.LISTED, "m2"),
                named("b", "referenceleder", "", MAY, null, RoleAssertion.Kind.PARTICIPANT, "m2"),
                named("c", "referenceleder", "", MAY, null, RoleAssertion.Kind.PARTICIPANT, "m2"),
                new RoleAssertion(null, null, "referenceleder", "referenceleder", "", JUN, null, RoleAssertion.Status.VACANT,
                        RoleAssertion.Kind.VACANCY, false, evidence("m3", JUN)));
        RoleTimeline timeline = new RoleTimeline(assertions);
        assertEquals(3, timeline.holders("referenceleder", "", MAY).size());
        assertEquals(Optional.empty(), timeline.soleHolder("referenceleder", "", MAY));
        assertTrue(timeline.holders("referenceleder", "", JUN).isEmpty());
        timeline.history("referenceleder", "").stream().filter(a -> a.personId() != null)
                .forEach(a -> assertEquals(JUN, a.validTo(), a.toString()));
        assertSameAsPairwise(assertions);
    }

    @Test
    void aHandoverStartsTheOldTermWhenThePersonTookThePost() {
        List<RoleAssertion> assertions = List.of(
                named("pia-holm", "referenceleder", "Netværk", JAN, null, RoleAssertion.Kind.PARTICIPANT, "m1"),
                new RoleAssertion("pia-holm", "Pia Holm", "referenceleder", "referenceleder", "Netværk", null, JUN,
                        RoleAssertion.Status.FORMER, RoleAssertion.Kind.HANDOVER, false, evidence("m3", JUN)),
                named("ida-byrge", "referenceleder", "Netværk", JUN, null, RoleAssertion.Kind.HANDOVER, "m3"));
        RoleTimeline timeline = new RoleTimeline(assertions);
        RoleAssertion former = timeline.ofPerson("pia-holm").stream()
                .filter(a -> a.status() == RoleAssertion.Status.FORMER).findFirst().orElseThrow();
        assertEquals(JAN, former.validFrom());
        assertEquals(JUN, former.validTo());
        assertSameAsPairwise(assertions);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void randomAssertionsGiveWhatThePairwiseBuildGave(long seed) {
        assertSameAsPairwise(random(new Random(seed), 300, List.of("referenceleder", "kommunaldirektør", "afdelingschef"),
                List.of("", "Ensomme ældre", "Miljø og Teknik", "Miljø & Teknik")));
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 7})
    void rolesWithTheKeySeparatorAreFoundAsBefore(long seed) {
        // "|" separates role and organisation in a post key: "leder|chef" + "x" and "leder" + "chef|x" share a prefix.
        assertSameAsPairwise(random(new Random(seed), 120, List.of("leder", "leder|chef", "chef"), List.of("", "chef", "chef|x")));
    }

    /** The worst case at 20,000 items: each item's "Kommunaldirektøren indstiller" joins the director's term. */
    @Test
    void aPostInEveryItemOfTwentyThousandIsResolvedToTheDirectorOfItsDay() {
        int items = 20_000;
        List<RoleAssertion> all = resolved(RoleTimelineScaling.archive(items), new RoleTimeline.Steps());
        RoleTimeline timeline = new RoleTimeline(all);
        List<RoleAssertion> recommendations = timeline.history("kommunaldirektør", "").stream()
                .filter(a -> a.kind() == RoleAssertion.Kind.RECOMMENDER).toList();
        assertEquals(items, recommendations.size());
        int meetings = items / RoleTimelineScaling.ITEMS_PER_MEETING;
        int lastDirector = (meetings - 1) / RoleTimelineScaling.MEETINGS_PER_DIRECTOR;
        for (RoleAssertion a : recommendations) {
            int meeting = (int) java.time.temporal.ChronoUnit.WEEKS.between(LocalDate.of(2000, 1, 5), a.validFrom());
            int director = meeting / RoleTimelineScaling.MEETINGS_PER_DIRECTOR;
            assertEquals(RoleTimelineScaling.person(director), a.personId(), a.toString());
            assertTrue(a.inferred());
            LocalDate successor = LocalDate.of(2000, 1, 5).plusWeeks((long) (director + 1) * RoleTimelineScaling.MEETINGS_PER_DIRECTOR);
            assertEquals(director == lastDirector ? null : successor, a.validTo(), a.toString());
        }
        assertEquals(items + meetings, timeline.historyOfRole("Kommunaldirektøren").size());
        assertEquals(RoleTimelineScaling.MEETINGS_PER_DIRECTOR * (RoleTimelineScaling.ITEMS_PER_MEETING + 1),
                timeline.ofPerson(RoleTimelineScaling.person(0)).size(), "the first director's meetings and items");
    }

    /**
     * The build's work, counted: four times the items cost four times the steps (the pairwise build took sixteen
     * times as many comparisons), and a few steps per assertion.
     */
    @Test
    void workGrowsLinearlyWithAPostInEveryItem() {
        long[] small = work(5_000);
        long[] large = work(20_000);
        assertTrue(large[0] <= 4.2 * small[0], "steps " + small[0] + " → " + large[0]);
        assertTrue(small[0] <= 6 * small[1], small[0] + " steps for " + small[1] + " assertions");
        assertTrue(large[0] <= 6 * large[1], large[0] + " steps for " + large[1] + " assertions");
    }

    /** Steps of building both timelines (named, then with the sole holders), and the number of assertions. */
    private static long[] work(int items) {
        RoleTimeline.Steps steps = new RoleTimeline.Steps();
        RoleTimelineScaling.Archive archive = RoleTimelineScaling.archive(items);
        List<RoleAssertion> all = resolved(archive, steps);
        new RoleTimeline(all, steps);
        return new long[]{steps.count(), archive.named().size() + all.size()};
    }

    /** What People.build does: the named timeline, then each unnamed assertion given the post's sole holder. */
    private static List<RoleAssertion> resolved(RoleTimelineScaling.Archive archive, RoleTimeline.Steps steps) {
        RoleTimeline known = new RoleTimeline(archive.named(), steps);
        List<RoleAssertion> all = new ArrayList<>(archive.named());
        for (RoleAssertion a : archive.unnamed()) {
            all.add(known.soleHolder(a.role(), a.organisation(), a.validFrom())
                    .map(h -> a.withPerson(h.personId(), h.personName(), true)).orElse(a));
        }
        return all;
    }

    /** Every question the timeline answers, asked of both builds. */
    private static void assertSameAsPairwise(List<RoleAssertion> assertions) {
        RoleTimeline timeline = new RoleTimeline(assertions);
        QuadraticRoleTimeline reference = new QuadraticRoleTimeline(assertions);
        assertEquals(reference.all(), timeline.all());
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<String> persons = new TreeSet<>();
        for (RoleAssertion a : assertions) {
            for (LocalDate d : new LocalDate[]{a.validFrom(), a.validTo(), a.evidence().meetingDate()}) {
                if (d != null) {
                    dates.addAll(List.of(d.minusDays(1), d, d.plusDays(1)));
                }
            }
            if (a.personId() != null) {
                persons.add(a.personId());
            }
        }
        dates.addAll(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1)));
        persons.add("nobody");
        java.util.Set<List<String>> posts = new java.util.LinkedHashSet<>();
        for (RoleAssertion a : assertions) {
            posts.add(List.of(a.roleAsWritten(), a.organisation()));
            posts.add(List.of(a.role(), a.organisation()));
        }
        for (List<String> post : posts) {
            String role = post.get(0);
            String org = post.get(1);
            assertEquals(reference.history(role, org), timeline.history(role, org), role + " " + org);
            assertEquals(reference.historyOfRole(role), timeline.historyOfRole(role), role);
            for (LocalDate at : dates) {
                assertEquals(reference.holders(role, org, at), timeline.holders(role, org, at), role + " " + org + " " + at);
                assertEquals(reference.soleHolder(role, org, at), timeline.soleHolder(role, org, at), role + " " + org + " " + at);
            }
        }
        for (String person : persons) {
            assertEquals(reference.ofPerson(person), timeline.ofPerson(person), person);
        }
        assertEquals(List.of(), timeline.history("ingen", "rolle"));
        assertNull(timeline.soleHolder("ingen", "", JAN).orElse(null));
    }

    /**
     * Assertions over few persons, meetings and dates, so that starts coincide, the same meeting and person recur, and
     * every kind and status meets every other: starts missing or after the meeting, ends before starts.
     */
    private static List<RoleAssertion> random(Random random, int n, List<String> roles, List<String> organisations) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            days.add(JAN.plusDays(random.nextInt(400)));
        }
        List<RoleAssertion> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int meeting = random.nextInt(20);
            LocalDate date = days.get(meeting % days.size());
            String person = random.nextInt(6) == 0 ? null : "p" + random.nextInt(5);
            RoleAssertion.Status status = pick(random, RoleAssertion.Status.values());
            RoleAssertion.Kind kind = pick(random, RoleAssertion.Kind.values());
            LocalDate from = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> date.plusDays(random.nextInt(90));
                case 2 -> date.minusDays(random.nextInt(30));
                default -> date;
            };
            LocalDate to = switch (random.nextInt(5)) {
                case 0 -> date;
                case 1 -> days.get(random.nextInt(days.size()));
                default -> null;
            };
            String role = pick(random, roles.toArray(String[]::new));
            String written = random.nextBoolean() ? role : role.substring(0, 1).toUpperCase() + role.substring(1) + "en";
            out.add(new RoleAssertion(person, person == null ? null : "Person " + person, Roles.normalise(written), written,
                    pick(random, organisations.toArray(String[]::new)), from, to, status, kind, random.nextInt(4) == 0,
                    new Evidence("m" + meeting, date, random.nextInt(4), "sagsfremstilling", "sætning " + i, i, i + 1)));
        }
        return out;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static RoleAssertion named(String person, String role, String organisation, LocalDate from, LocalDate to,
                                       RoleAssertion.Kind kind, String meeting) {
        return new RoleAssertion(person, person, role, role, organisation, from, to, RoleAssertion.Status.CURRENT, kind,
                false, evidence(meeting, from));
    }

    private static Evidence evidence(String meeting, LocalDate date) {
        return new Evidence(meeting, date, 1, "sagsfremstilling", "…", 0, 1);
    }
}
