package dk.referatarkiv.entities;

import dk.referatarkiv.internal.Slugs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One identity per real person across the archive. A full name (two words or more) whose words are a subsequence of a
 * longer name with the same first and last word is that person ("Helle Gehlert" = "Helle Wagner Gehlert"); the longest
 * form is the canonical name and its slug the id. A one-word mention resolves to the full name in the same item that
 * starts with it, or, failing that, in the same meeting, when exactly one does; otherwise it is dropped. People who share
 * a first name are never merged ("Marie Aasøe" ≠ "Marie Brøchner Jespersen"). Immutable once built; thread-safe.
 */
public final class PersonResolver {

    /** A person of the archive. */
    public record Person(String id, String name, List<String> aliases) {
    }

    private final Map<String, Person> byName;

    private PersonResolver(Map<String, Person> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** Builds the identities from every full name seen in the archive. */
    public static PersonResolver of(Collection<String> fullNames) {
        List<String> names = fullNames.stream().map(PersonResolver::clean).filter(n -> words(n).length >= 2).distinct()
                .sorted(Comparator.comparingInt((String n) -> -words(n).length).thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, String> canonicalOf = new LinkedHashMap<>();
        for (String name : names) {
            String canonical = names.stream().filter(longer -> words(longer).length > words(name).length && isShortFormOf(name, longer))
                    .findFirst().orElse(name);
            canonicalOf.put(name, canonicalOf.getOrDefault(canonical, canonical));
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        canonicalOf.forEach((name, canonical) -> {
            List<String> list = aliases.computeIfAbsent(canonical, k -> new ArrayList<>());
            if (!name.equals(canonical)) {
                list.add(name);
            }
        });
        Map<String, Person> byName = new LinkedHashMap<>();
        aliases.forEach((canonical, list) -> {
            Person person = new Person(Slugs.slug(canonical), canonical, List.copyOf(list));
            byName.put(canonical, person);
            list.forEach(alias -> byName.put(alias, person));
        });
        return new PersonResolver(byName);
    }

    /** The person a full name names. */
    public Optional<Person> person(String fullName) {
        return Optional.ofNullable(byName.get(clean(fullName)));
    }

    /**
     * The person a mention names: a full name directly, a single word through the full names of its context (first the
     * item, then the meeting).
     */
    public Optional<Person> resolve(String mention, List<String> itemNames, List<String> meetingNames) {
        String name = clean(mention);
        if (words(name).length >= 2) {
            return person(name);
        }
        for (List<String> context : List.of(itemNames, meetingNames)) {
            List<Person> matches = context.stream().filter(n -> words(clean(n)).length >= 2 && words(clean(n))[0].equals(name))
                    .map(this::person).flatMap(Optional::stream).distinct().toList();
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
        return byName.values().stream().distinct().toList();
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

    private static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static String[] words(String name) {
        return Arrays.stream(name.split(" ")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
