package dk.referatarkiv.people;

import dk.referatarkiv.entities.OrganisationGazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The role timeline as it was built before it became O(n log n) (commit b0d1e33): every assertion of a post compared
 * with every other, holders found by scanning a post's history, a person's roles by scanning all. Kept unchanged as
 * the reference that {@link RoleTimelineTest} compares {@link RoleTimeline} with; too slow for large archives.
 */
final class QuadraticRoleTimeline {

    private static final Set<RoleAssertion.Kind> CHANGES = Set.of(RoleAssertion.Kind.PARTICIPANT, RoleAssertion.Kind.HANDOVER,
            RoleAssertion.Kind.TAKEOVER, RoleAssertion.Kind.APPOINTMENT);
    private static final Comparator<RoleAssertion> BY_START = Comparator.comparing(RoleAssertion::validFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<String, List<RoleAssertion>> byPost;
    private final List<RoleAssertion> all;

    QuadraticRoleTimeline(List<RoleAssertion> assertions) {
        Map<String, List<RoleAssertion>> posts = new LinkedHashMap<>();
        for (RoleAssertion a : assertions) {
            posts.computeIfAbsent(post(a.role(), a.organisation()), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<RoleAssertion>> closed = new LinkedHashMap<>();
        List<RoleAssertion> everything = new ArrayList<>();
        posts.forEach((post, list) -> {
            List<RoleAssertion> history = close(list);
            closed.put(post, history);
            everything.addAll(history);
        });
        this.byPost = closed;
        this.all = List.copyOf(everything);
    }

    /** The key of a post: normalised role and organisation ("&" and "og" alike, case ignored). */
    public static String post(String role, String organisation) {
        return Roles.normalise(role) + "|" + OrganisationGazetteer.key(organisation == null ? "" : organisation);
    }

    private static List<RoleAssertion> close(List<RoleAssertion> list) {
        List<RoleAssertion> sorted = new ArrayList<>(list);
        sorted.sort(BY_START);
        List<RoleAssertion> out = new ArrayList<>();
        for (RoleAssertion a : sorted) {
            LocalDate end = a.validTo();
            if (a.personId() != null) {
                for (RoleAssertion later : sorted) {
                    boolean vacancy = later.status() == RoleAssertion.Status.VACANT;
                    boolean closes = (vacancy || later.personId() != null && !later.personId().equals(a.personId())
                            && CHANGES.contains(later.kind())) && later.validFrom() != null
                            && (a.validFrom() == null || later.validFrom().isAfter(a.validFrom()))
                            && !later.evidence().meetingId().equals(a.evidence().meetingId());
                    if (closes && (end == null || later.validFrom().isBefore(end))) {
                        end = later.validFrom();
                    }
                }
            }
            out.add(end == a.validTo() ? a : a.withEnd(end));
        }
        return List.copyOf(knownStarts(out));
    }

    /**
     * A handover names the old holder without saying since when; when the archive knows when that person took the
     * post, the term starts then (so Pia Holm, referenceleder from January until June, is not taken to have held the post
     * before January).
     */
    private static List<RoleAssertion> knownStarts(List<RoleAssertion> history) {
        List<RoleAssertion> out = new ArrayList<>();
        for (RoleAssertion a : history) {
            LocalDate start = null;
            if (a.validFrom() == null && a.validTo() != null && a.personId() != null) {
                start = history.stream().filter(b -> a.personId().equals(b.personId()) && b.validFrom() != null
                        && b.validFrom().isBefore(a.validTo())).map(RoleAssertion::validFrom).max(Comparator.naturalOrder())
                        .orElse(null);
            }
            out.add(start == null ? a : new RoleAssertion(a.personId(), a.personName(), a.role(), a.roleAsWritten(),
                    a.organisation(), start, a.validTo(), a.status(), a.kind(), a.inferred(), a.evidence()));
        }
        return out;
    }

    /** The holders of the post at the date: one assertion per person, the most specific (latest start). */
    public List<RoleAssertion> holders(String role, String organisation, LocalDate at) {
        Map<String, RoleAssertion> byPerson = new LinkedHashMap<>();
        for (RoleAssertion a : history(role, organisation)) {
            if (a.personId() != null && a.status() != RoleAssertion.Status.VACANT && a.covers(at)) {
                byPerson.merge(a.personId(), a, (x, y) -> BY_START.compare(x, y) >= 0 ? x : y);
            }
        }
        return List.copyOf(byPerson.values());
    }

    /** Every assertion about the post, oldest first. */
    public List<RoleAssertion> history(String role, String organisation) {
        return byPost.getOrDefault(post(role, organisation), List.of());
    }

    /** Every assertion about the role in any organisation, oldest first. */
    public List<RoleAssertion> historyOfRole(String role) {
        String prefix = Roles.normalise(role) + "|";
        return byPost.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .flatMap(e -> e.getValue().stream()).sorted(BY_START).toList();
    }

    /** The person who held the role (in any organisation, or the given one) at the date, when exactly one did. */
    public Optional<RoleAssertion> soleHolder(String role, String organisation, LocalDate at) {
        List<RoleAssertion> holders = holders(role, organisation, at);
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    public List<RoleAssertion> all() {
        return all;
    }

    public List<RoleAssertion> ofPerson(String personId) {
        return all.stream().filter(a -> personId.equals(a.personId())).sorted(BY_START).toList();
    }
}
