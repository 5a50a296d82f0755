package dk.referatarkiv.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sole holder of one post over time. The set of assertions that cover a date changes only on the dates where
 * one starts or ends, so the time line falls into stretches between those dates; one sweep over them records, for
 * each stretch, the assertion {@link RoleTimeline#holders} would return when exactly one person holds the post then.
 * Built in O(k log k) for k assertions; a date is looked up in O(log k). Immutable and thread-safe.
 */
final class SoleHolders {

    /** The sorted dates on which an assertion starts or ends; stretch i + 1 starts at boundaries[i]. */
    private final LocalDate[] boundaries;
    /** The sole holder's assertion in each stretch, or null; stretch 0 is before the first boundary. */
    private final RoleAssertion[] sole;

    private SoleHolders(LocalDate[] boundaries, RoleAssertion[] sole) {
        this.boundaries = boundaries;
        this.sole = sole;
    }

    static SoleHolders of(List<RoleAssertion> history, RoleTimeline.Steps steps) {
        List<Integer> holding = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < history.size(); i++) {
            RoleAssertion a = history.get(i);
            // An assertion that ends on or before its start covers no date.
            if (RoleTimeline.holds(a) && (a.validFrom() == null || a.validTo() == null || a.validTo().isAfter(a.validFrom()))) {
                holding.add(i);
                if (a.validFrom() != null) {
                    dates.add(a.validFrom());
                }
                if (a.validTo() != null) {
                    dates.add(a.validTo());
                }
            }
        }
        LocalDate[] boundaries = dates.toArray(LocalDate[]::new);
        List<List<Integer>> starting = events(boundaries.length);
        List<List<Integer>> ending = events(boundaries.length);
        // A person's assertions in force, the one holders() keeps last: latest start, then first in the history.
        Comparator<Integer> specificity = Comparator.comparing((Integer i) -> history.get(i), RoleTimeline.BY_START)
                .thenComparing(Comparator.<Integer>reverseOrder());
        Map<String, TreeSet<Integer>> inForce = new LinkedHashMap<>();
        for (int i : holding) {
            RoleAssertion a = history.get(i);
            if (a.validFrom() == null) {
                inForce.computeIfAbsent(a.personId(), k -> new TreeSet<>(specificity)).add(i);
            } else {
                starting.get(Arrays.binarySearch(boundaries, a.validFrom())).add(i);
            }
            if (a.validTo() != null) {
                ending.get(Arrays.binarySearch(boundaries, a.validTo())).add(i);
            }
        }
        RoleAssertion[] sole = new RoleAssertion[boundaries.length + 1];
        sole[0] = only(inForce, history);
        for (int b = 0; b < boundaries.length; b++) {
            for (int i : ending.get(b)) {
                steps.add(1);
                String person = history.get(i).personId();
                TreeSet<Integer> of = inForce.get(person);
                of.remove(i);
                if (of.isEmpty()) {
                    inForce.remove(person);
                }
            }
            for (int i : starting.get(b)) {
                steps.add(1);
                inForce.computeIfAbsent(history.get(i).personId(), k -> new TreeSet<>(specificity)).add(i);
            }
            sole[b + 1] = only(inForce, history);
        }
        return new SoleHolders(boundaries, sole);
    }

    private static List<List<Integer>> events(int n) {
        List<List<Integer>> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(new ArrayList<>(1));
        }
        return events;
    }

    /** The most specific assertion of the one person in force, or null when none or several are. */
    private static RoleAssertion only(Map<String, TreeSet<Integer>> inForce, List<RoleAssertion> history) {
        return inForce.size() == 1 ? history.get(inForce.values().iterator().next().last()) : null;
    }

    /** The sole holder's assertion at the date, or null when nobody or several persons held the post. */
    RoleAssertion sole(LocalDate at) {
        int stretch = Arrays.binarySearch(boundaries, at);
        // A boundary belongs to the stretch it starts; between boundaries, binarySearch gives -(insertion) - 1.
        return sole[stretch >= 0 ? stretch + 1 : -stretch - 1];
    }
}
