package dk.referatarkiv.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives the persons of a text other names: each full name becomes a first name and a last name drawn from the names
 * seen in the templates (middle names and initials stay), the same new name wherever the old one is written. Each
 * template person stands for a fixed roster of {@value #ROSTER} people (fixed by the seed), and a copy picks one of
 * them: people recur across meetings as members do in a real archive, and the number of distinct persons stays near
 * a few terms of office instead of growing with every copy. Only names shaped like a person's (two to four
 * capitalised words, or initials inside) are touched, so a header cell the parser took for a name ("Pkt. Tekst",
 * "ÅBNE SAGER") is left alone. Immutable and thread-safe; the choice per copy comes from the caller's randomness.
 */
final class NameSwapper {

    private static final String WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?";
    private static final Pattern PERSON = Pattern.compile(WORD + "(?: (?:\\p{Lu}\\.|" + WORD + ")){0,2} " + WORD);
    /** Words that end or start organisation names and labels, never a person's name. */
    private static final Set<String> NOT_NAMES = Set.of("Kommune", "Kommunes", "Region", "Byråd", "Byrådet", "Udvalg",
            "Udvalget", "Pkt", "Punkt", "Sag", "Sager", "Tekst", "Byrådssalen", "Mødelokale", "Rådhus", "Rådhuset");

    /** The people each template person stands for. */
    static final int ROSTER = 4;

    private final List<String> firstNames;
    private final List<String> lastNames;
    private final long seed;

    /**
     * @param seenNames full names as the parser read them; those not shaped like a person's are ignored
     * @param seed      fixes each name's roster
     */
    NameSwapper(Collection<String> seenNames, long seed) {
        this.seed = seed;
        Set<String> firsts = new TreeSet<>();
        Set<String> lasts = new TreeSet<>();
        for (String name : seenNames) {
            if (isPersonName(name)) {
                String[] parts = name.split(" ");
                firsts.add(parts[0]);
                lasts.add(parts[parts.length - 1]);
            }
        }
        this.firstNames = List.copyOf(firsts);
        this.lastNames = List.copyOf(lasts);
    }

    static boolean isPersonName(String name) {
        if (!PERSON.matcher(name).matches()) {
            return false;
        }
        String[] parts = name.split(" ");
        return !NOT_NAMES.contains(parts[0]) && !NOT_NAMES.contains(parts[parts.length - 1]);
    }

    boolean canSwap() {
        return firstNames.size() > 1 && lastNames.size() > 1;
    }

    /**
     * The text with every occurrence of each person name in {@code names} replaced by its new name.
     *
     * @return the new text and the number of distinct names replaced
     */
    Swapped swap(String text, Collection<String> names, Random random) {
        Map<String, String> replacements = new LinkedHashMap<>();
        for (String name : names.stream().filter(NameSwapper::isPersonName).sorted().distinct().toList()) {
            if (canSwap() && text.contains(name)) {
                replacements.put(name, newName(name, random.nextInt(ROSTER)));
            }
        }
        if (replacements.isEmpty()) {
            return new Swapped(text, 0);
        }
        // One pass, longest names first, so that "Bo Lind" inside a longer name is not replaced twice.
        List<String> longestFirst = new ArrayList<>(replacements.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Pattern any = Pattern.compile("(?<!\\p{L})(?:" + longestFirst.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?!\\p{L})");
        Matcher m = any.matcher(text);
        String swapped = m.replaceAll(r -> Matcher.quoteReplacement(replacements.get(r.group())));
        return new Swapped(swapped, replacements.size());
    }

    /** A text with new names, and how many distinct names were replaced. */
    record Swapped(String text, int names) {
    }

    /** The {@code which}-th person of the name's roster; String.hashCode is fixed by the Java specification. */
    private String newName(String name, int which) {
        Random random = new Random(seed * 1_000_003L + name.hashCode() * 31L + which);
        String[] parts = name.split(" ");
        for (int attempt = 0; attempt < 5; attempt++) {
            parts[0] = firstNames.get(random.nextInt(firstNames.size()));
            parts[parts.length - 1] = lastNames.get(random.nextInt(lastNames.size()));
            String candidate = String.join(" ", parts);
            if (!candidate.equals(name)) {
                return candidate;
            }
        }
        return String.join(" ", parts);
    }
}
