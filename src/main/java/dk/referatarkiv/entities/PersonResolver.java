package dk.referatarkiv.entities;

import dk.referatarkiv.internal.Slugs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One identity per real person across the archive. A full name (two words or more) whose words are a subsequence of a
 * longer name with the same first and last word is that person ("Helle Gehlert" = "Helle Wagner Gehlert"); the longest
 * form is the canonical name and its slug the id. A one-word mention resolves to the full name in the same item that
 * starts with it, or, failing that, in the same meeting, when exactly one does; otherwise it is dropped. People who share
 * a first name are never merged ("Marie Aasøe" ≠ "Marie Brøchner Jespersen").
 *
 * <p>Names are scoped by municipality: the same name in the minutes of two municipalities is two persons (a council
 * member is a member of one council; "Jens Hansen" in Assens and in Odense are most likely two people), each with the
 * municipality in its id ({@code jens-hansen-assens}); a name only one municipality uses keeps the plain slug. Minutes
 * whose municipality is unknown cannot contradict: a name from them is the person of the one municipality that uses
 * the same name, and stays a person of its own when none or several do. Shorter forms join longer ones only within a
 * municipality: across the archive "Ole Berg" and "Ole Vang Berg" are too common to be taken as one.
 * Immutable once built; thread-safe.
 */
public final class PersonResolver {

    /** A person of the archive; {@code municipality} is empty when the minutes that name them do not say. */
    public record Person(String id, String name, List<String> aliases, String municipality) {
    }

    /** A full name as the minutes of a municipality write it; {@code municipality} empty when unknown. */
    public record Name(String municipality, String text) {
        public Name {
            municipality = municipality == null ? "" : municipality.strip();
        }
    }

    private static final String UNKNOWN = "";

    /** By municipality and name (canonical or alias); names of unknown minutes also under {@link #UNKNOWN}. */
    private final Map<String, Person> byScopedName;
    /** By name alone, every person that carries it. */
    private final Map<String, List<Person>> byName;
    private final Map<String, Person> byId;
    private final List<Person> persons;

    private PersonResolver(Map<String, Person> byScopedName) {
        // in the order given, which decides the order of persons(): a restored resolver must list them alike
        this.byScopedName = Collections.unmodifiableMap(new LinkedHashMap<>(byScopedName));
        Map<String, List<Person>> names = new HashMap<>();
        Map<String, Person> ids = new LinkedHashMap<>();
        byScopedName.forEach((key, person) -> {
            List<Person> list = names.computeIfAbsent(key.substring(key.indexOf('\u0000') + 1), k -> new ArrayList<>());
            if (!list.contains(person)) {
                list.add(person);
            }
            ids.putIfAbsent(person.id(), person);
        });
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Map.copyOf(names);
        this.byId = Map.copyOf(ids);
        this.persons = List.copyOf(ids.values());
    }

    /**
     * The identities of a resolver that {@link #byScopedName()} was taken from: its lookups and its list of persons
     * are made from that map alone.
     */
    static PersonResolver restore(Map<String, Person> byScopedName) {
        return new PersonResolver(byScopedName);
    }

    /** Every person by municipality and name, under the keys the lookups use, in the order they were made. */
    Map<String, Person> byScopedName() {
        return byScopedName;
    }

    /** Builds the identities from every full name seen in the archive, with the municipality of its minutes. */
    public static PersonResolver of(Collection<Name> fullNames) {
        Map<String, Set<String>> scopes = new TreeMap<>();
        for (Name n : fullNames) {
            String name = clean(n.text());
            if (words(name).length >= 2) {
                scopes.computeIfAbsent(n.municipality(), k -> new LinkedHashSet<>()).add(name);
            }
        }
        Map<String, String> attached = attachUnknown(scopes);
        // Canonical names per municipality, then ids: a canonical name in one municipality only keeps its plain slug.
        Map<String, Map<String, List<String>>> aliasesByScope = new TreeMap<>();
        Map<String, Integer> scopesOfName = new HashMap<>();
        scopes.forEach((scope, names) -> {
            Map<String, List<String>> aliases = canonicalise(names);
            aliasesByScope.put(scope, aliases);
            aliases.keySet().forEach(c -> scopesOfName.merge(Slugs.slug(c), 1, Integer::sum));
        });
        Map<String, Person> byScopedName = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        aliasesByScope.forEach((scope, aliases) -> aliases.forEach((canonical, list) -> {
            String id = Slugs.slug(canonical);
            if (scopesOfName.get(id) > 1 && !scope.equals(UNKNOWN)) {
                id = Slugs.slug(canonical + " " + scope);
            }
            String unique = id;
            for (int n = 2; !ids.add(unique); n++) {
                unique = id + "-" + n;
            }
            Person person = new Person(unique, canonical, List.copyOf(list), scope);
            byScopedName.put(key(scope, canonical), person);
            list.forEach(alias -> byScopedName.put(key(scope, alias), person));
        }));
        attached.forEach((name, scope) -> byScopedName.put(key(UNKNOWN, name), byScopedName.get(key(scope, name))));
        return new PersonResolver(byScopedName);
    }

    /**
     * Moves each name of minutes with an unknown municipality into the one municipality that uses the same name, when
     * exactly one does. Returns the names moved, with their municipality.
     */
    private static Map<String, String> attachUnknown(Map<String, Set<String>> scopes) {
        Set<String> unknown = scopes.get(UNKNOWN);
        if (unknown == null) {
            return Map.of();
        }
        Map<String, Set<String>> placesOf = new HashMap<>();
        scopes.forEach((scope, names) -> {
            if (!scope.equals(UNKNOWN)) {
                names.forEach(n -> placesOf.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(scope));
            }
        });
        Map<String, String> attached = new LinkedHashMap<>();
        for (String name : unknown) {
            Set<String> places = placesOf.getOrDefault(name, Set.of());
            if (places.size() == 1) {
                attached.put(name, places.iterator().next());
            }
        }
        attached.forEach((name, scope) -> scopes.get(scope).add(name));
        unknown.removeAll(attached.keySet());
        if (unknown.isEmpty()) {
            scopes.remove(UNKNOWN);
        }
        return attached;
    }

    /** Canonical name → its other forms, within one municipality: the longest form of each person is canonical. */
    private static Map<String, List<String>> canonicalise(Set<String> scopeNames) {
        // Only names with the same first and last word can be forms of each other; compare within those groups.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        scopeNames.stream().sorted(Comparator.comparingInt((String n) -> -words(n).length).thenComparing(Comparator.naturalOrder()))
                .forEach(n -> groups.computeIfAbsent(ends(n), k -> new ArrayList<>()).add(n));
        Map<String, String> canonicalOf = new LinkedHashMap<>();
        for (List<String> names : groups.values()) {
            for (String name : names) {
                String canonical = names.stream().filter(longer -> words(longer).length > words(name).length && isShortFormOf(name, longer))
                        .findFirst().orElse(name);
                canonicalOf.put(name, canonicalOf.getOrDefault(canonical, canonical));
            }
        }
        Map<String, List<String>> aliases = new TreeMap<>();
        canonicalOf.forEach((name, canonical) -> {
            List<String> list = aliases.computeIfAbsent(canonical, k -> new ArrayList<>());
            if (!name.equals(canonical)) {
                list.add(name);
            }
        });
        return aliases;
    }

    /**
     * The person a full name names in the minutes of a municipality. For minutes whose municipality is unknown
     * (empty), a name the archive gives to exactly one person is that person.
     */
    public Optional<Person> person(String municipality, String fullName) {
        String scope = municipality == null ? UNKNOWN : municipality.strip();
        String name = clean(fullName);
        Person person = byScopedName.get(key(scope, name));
        if (person != null || !scope.equals(UNKNOWN)) {
            return Optional.ofNullable(person);
        }
        List<Person> carriers = byName.getOrDefault(name, List.of());
        return carriers.size() == 1 ? Optional.of(carriers.get(0)) : Optional.empty();
    }

    /** The person a full name names when the municipality does not matter or is not known. */
    public Optional<Person> person(String fullName) {
        return person(UNKNOWN, fullName);
    }

    public Optional<Person> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The person a mention in the minutes of a municipality names: a full name directly, a single word through the
     * full names of its context (first the item, then the meeting).
     */
    public Optional<Person> resolve(String municipality, String mention, List<String> itemNames, List<String> meetingNames) {
        String name = clean(mention);
        if (words(name).length >= 2) {
            return person(municipality, name);
        }
        for (List<String> context : List.of(itemNames, meetingNames)) {
            List<Person> matches = context.stream().filter(n -> words(clean(n)).length >= 2 && words(clean(n))[0].equals(name))
                    .map(n -> person(municipality, n)).flatMap(Optional::stream).distinct().toList();
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
            if (matches.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public Collection<Person> persons() {
        return persons;
    }

    /** Same first and last word, and every word of the short form in the long one, in order. */
    static boolean isShortFormOf(String shorter, String longer) {
        String[] s = words(shorter);
        String[] l = words(longer);
        if (!s[0].equals(l[0]) || !s[s.length - 1].equals(l[l.length - 1])) {
            return false;
        }
        int j = 0;
        for (String word : l) {
            if (j < s.length && s[j].equals(word)) {
                j++;
            }
        }
        return j == s.length;
    }

    private static String key(String scope, String name) {
        return scope + '\u0000' + name;
    }

    /** First and last word: the key under which forms of one name meet. */
    private static String ends(String name) {
        String[] w = words(name);
        return w[0] + ' ' + w[w.length - 1];
    }

    private static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static String[] words(String name) {
        return Arrays.stream(name.split(" ")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
