package dk.referatarkiv.people;

import dk.referatarkiv.entities.OrganisationGazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who held which post (role in an organisation) when. A later assertion about another person for the same post, or a
 * later vacancy, closes an earlier one at its start (assertions from the same item and date stand side by side: "referenceledere: A, B og C");
 * a handover ends the old holder's term on the meeting date. Who held a post at a date is every assertion, not
 * vacant, that covers the date after that. Immutable and thread-safe.
 *
 * <p>Built in O(n log n) for n assertions: a post asserted in every item of the archive ("Kommunaldirektøren
 * indstiller") is sorted once and swept, never compared pairwise, and {@link #soleHolder} is a binary search.
 */
public final class RoleTimeline {

    private static final Set<RoleAssertion.Kind> CHANGES = Set.of(RoleAssertion.Kind.PARTICIPANT, RoleAssertion.Kind.HANDOVER,
            RoleAssertion.Kind.TAKEOVER, RoleAssertion.Kind.APPOINTMENT);
    static final Comparator<RoleAssertion> BY_START = Comparator.comparing(RoleAssertion::validFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Counts the assertions a build looks at besides sorting: one per candidate examined, per sweep event. */
    static final class Steps {
        private long count;

        void add(long n) {
            count += n;
        }

        long count() {
            return count;
        }
    }

    private final Map<String, List<RoleAssertion>> byPost;
    private final Map<String, SoleHolders> holdersByPost;
    private final Map<String, List<RoleAssertion>> byRole;
    /** True when a role contains the separator of post keys: then a role's history is found by scanning the keys. */
    private final boolean roleWithSeparator;
    private final Map<String, List<RoleAssertion>> byPerson;
    private final List<RoleAssertion> all;

    public RoleTimeline(List<RoleAssertion> assertions) {
        this(assertions, new Steps());
    }

    RoleTimeline(List<RoleAssertion> assertions, Steps steps) {
        Map<String, List<RoleAssertion>> posts = new LinkedHashMap<>();
        boolean separator = false;
        for (RoleAssertion a : assertions) {
            separator |= Roles.normalise(a.role()).contains("|");
            posts.computeIfAbsent(post(a.role(), a.organisation()), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<RoleAssertion>> closed = new LinkedHashMap<>();
        Map<String, SoleHolders> holders = new HashMap<>();
        Map<String, List<RoleAssertion>> roles = new LinkedHashMap<>();
        List<RoleAssertion> everything = new ArrayList<>();
        posts.forEach((post, list) -> {
            List<RoleAssertion> history = close(list, steps);
            closed.put(post, history);
            holders.put(post, SoleHolders.of(history, steps));
            roles.computeIfAbsent(roleOf(post), k -> new ArrayList<>()).addAll(history);
            everything.addAll(history);
        });
        // Stable sorts: the order of posts, then of the assertions within a post, decides between equal starts.
        roles.replaceAll((role, list) -> list.stream().sorted(BY_START).toList());
        this.byPost = closed;
        this.holdersByPost = holders;
        this.byRole = roles;
        this.roleWithSeparator = separator;
        this.all = List.copyOf(everything);
        Map<String, List<RoleAssertion>> persons = new HashMap<>();
        for (RoleAssertion a : all) {
            if (a.personId() != null) {
                persons.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
            }
        }
        persons.replaceAll((person, list) -> list.stream().sorted(BY_START).toList());
        this.byPerson = persons;
    }

    /** The key of a post: normalised role and organisation ("&" and "og" alike, case ignored). */
    public static String post(String role, String organisation) {
        return Roles.normalise(role) + "|" + OrganisationGazetteer.key(organisation == null ? "" : organisation);
    }

    /** The role part of a post key, when no role contains the separator (see {@link #historyOfRole}). */
    private static String roleOf(String post) {
        return post.substring(0, post.indexOf('|'));
    }

    /**
     * The assertions of one post, oldest first, each ended at the start of the first later assertion that closes it.
     * Candidates that may close are kept sorted by start; for each assertion the search starts at the first later
     * start and skips whole runs of candidates that cannot close it (the same person's, the same meeting's), so it
     * looks at no more than two candidates per candidate of the assertion's own meeting, plus two, whatever the size
     * of the archive.
     */
    static List<RoleAssertion> close(List<RoleAssertion> list, Steps steps) {
        List<RoleAssertion> sorted = new ArrayList<>(list);
        sorted.sort(BY_START);
        Closers closers = Closers.of(sorted);
        List<RoleAssertion> out = new ArrayList<>(sorted.size());
        for (RoleAssertion a : sorted) {
            LocalDate end = a.validTo();
            if (a.personId() != null) {
                LocalDate closing = closers.firstClosing(a, steps);
                if (closing != null && (end == null || closing.isBefore(end))) {
                    end = closing;
                }
            }
            out.add(end == a.validTo() ? a : a.withEnd(end));
        }
        return List.copyOf(knownStarts(out, steps));
    }

    /**
     * The assertions of a post that may close others, sorted by start (all have one), with for each position the next
     * position of another person and of another meeting.
     */
    private record Closers(List<RoleAssertion> sorted, LocalDate[] starts, int[] nextPerson, int[] nextMeeting) {

        static Closers of(List<RoleAssertion> sortedByStart) {
            List<RoleAssertion> closers = sortedByStart.stream().filter(c -> c.validFrom() != null
                    && (vacancy(c) || c.personId() != null && CHANGES.contains(c.kind()))).toList();
            int n = closers.size();
            LocalDate[] starts = new LocalDate[n];
            int[] nextPerson = new int[n];
            int[] nextMeeting = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                RoleAssertion c = closers.get(i);
                starts[i] = c.validFrom();
                boolean samePerson = i + 1 < n && personKey(c) != null && personKey(c).equals(personKey(closers.get(i + 1)));
                nextPerson[i] = samePerson ? nextPerson[i + 1] : i + 1;
                boolean sameMeeting = i + 1 < n && meeting(c).equals(meeting(closers.get(i + 1)));
                nextMeeting[i] = sameMeeting ? nextMeeting[i + 1] : i + 1;
            }
            return new Closers(closers, starts, nextPerson, nextMeeting);
        }

        /**
         * The start of the first candidate that closes {@code a}: it starts after {@code a} (any start does when
         * {@code a} has none), comes from another meeting, and is a vacancy or a change to another person.
         */
        LocalDate firstClosing(RoleAssertion a, Steps steps) {
            int i = a.validFrom() == null ? 0 : firstAfter(a.validFrom());
            while (i < sorted.size()) {
                steps.add(1);
                RoleAssertion c = sorted.get(i);
                if (meeting(c).equals(meeting(a))) {
                    i = nextMeeting[i];
                } else if (a.personId().equals(personKey(c))) {
                    i = nextPerson[i];
                } else {
                    return c.validFrom();
                }
            }
            return null;
        }

        /** The first position whose start is after {@code date}. */
        private int firstAfter(LocalDate date) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid].isAfter(date)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** The person a candidate cannot close; none for a vacancy, which closes every holder's term. */
        private static String personKey(RoleAssertion c) {
            return vacancy(c) ? null : c.personId();
        }

        private static String meeting(RoleAssertion a) {
            return a.evidence().meetingId();
        }

        private static boolean vacancy(RoleAssertion a) {
            return a.status() == RoleAssertion.Status.VACANT;
        }
    }

    /**
     * A handover names the old holder without saying since when; when the archive knows when that person took the
     * post, the term starts then (so Pia Holm, referenceleder from January until June, is not taken to have held the post
     * before January): the latest start of the same person's assertions before the end of the term.
     */
    private static List<RoleAssertion> knownStarts(List<RoleAssertion> history, Steps steps) {
        Map<String, TreeSet<LocalDate>> startsOf = new HashMap<>();
        for (RoleAssertion b : history) {
            if (b.personId() != null && b.validFrom() != null) {
                startsOf.computeIfAbsent(b.personId(), k -> new TreeSet<>()).add(b.validFrom());
            }
        }
        List<RoleAssertion> out = new ArrayList<>(history.size());
        for (RoleAssertion a : history) {
            LocalDate start = null;
            if (a.validFrom() == null && a.validTo() != null && a.personId() != null) {
                steps.add(1);
                TreeSet<LocalDate> starts = startsOf.get(a.personId());
                start = starts == null ? null : starts.lower(a.validTo());
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
            if (holds(a) && a.covers(at)) {
                byPerson.merge(a.personId(), a, (x, y) -> BY_START.compare(x, y) >= 0 ? x : y);
            }
        }
        return List.copyOf(byPerson.values());
    }

    /** True for an assertion that someone holds the post: a person is named, and it is not a vacancy. */
    static boolean holds(RoleAssertion a) {
        return a.personId() != null && a.status() != RoleAssertion.Status.VACANT;
    }

    /** Every assertion about the post, oldest first. */
    public List<RoleAssertion> history(String role, String organisation) {
        return byPost.getOrDefault(post(role, organisation), List.of());
    }

    /** Every assertion about the role in any organisation, oldest first. */
    public List<RoleAssertion> historyOfRole(String role) {
        String normal = Roles.normalise(role);
        if (!roleWithSeparator && !normal.contains("|")) {
            return byRole.getOrDefault(normal, List.of());
        }
        // A '|' in a role makes the prefix of a post key ambiguous: match the keys as they are written.
        String prefix = normal + "|";
        return byPost.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .flatMap(e -> e.getValue().stream()).sorted(BY_START).toList();
    }

    /** The person who held the role (in any organisation, or the given one) at the date, when exactly one did. */
    public Optional<RoleAssertion> soleHolder(String role, String organisation, LocalDate at) {
        SoleHolders holders = holdersByPost.get(post(role, organisation));
        return holders == null ? Optional.empty() : Optional.ofNullable(holders.sole(at));
    }

    public List<RoleAssertion> all() {
        return all;
    }

    public List<RoleAssertion> ofPerson(String personId) {
        return byPerson.getOrDefault(personId, List.of());
    }
}
