package dk.referatarkiv.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Units and bodies from {@code models/da-organisations.tsv}, a file users can extend. Matches names in text with
 * {@code &} and {@code og} interchangeable, ignoring case except for names in capitals. Immutable and thread-safe.
 */
public final class OrganisationGazetteer {

    public static final String FILE = "da-organisations.tsv";
    /** For {@link #key}, which runs for every role assertion and lookup: compiled once. */
    private static final Pattern AND = Pattern.compile("\\s+og\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One known organisation. */
    public record Organisation(EntityType type, String canonical) {
    }

    /** All names in two alternations, longest first: one scan of a text finds them all. */
    private final List<Pattern> scanners;
    private final Map<String, Organisation> byKey;

    private OrganisationGazetteer(List<Pattern> scanners, Map<String, Organisation> byKey) {
        this.scanners = List.copyOf(scanners);
        this.byKey = Map.copyOf(byKey);
    }

    public static OrganisationGazetteer read(Path file) throws IOException {
        List<String> sensitive = new ArrayList<>();
        List<String> insensitive = new ArrayList<>();
        Map<String, Organisation> byKey = new HashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || !(cols[0].equals("UNIT") || cols[0].equals("BODY"))) {
                throw new IOException(file + ":" + number + ": expected UNIT|BODY<TAB>name<TAB>other names");
            }
            Organisation organisation = new Organisation(EntityType.valueOf(cols[0]), cols[1].strip());
            List<String> all = new ArrayList<>(List.of(cols[1].strip()));
            if (cols.length > 2) {
                for (String alias : cols[2].split("\\|")) {
                    all.add(alias.strip());
                }
            }
            for (String name : all) {
                (hasCapitalWord(name) ? sensitive : insensitive).add(name);
                byKey.put(key(name), organisation);
            }
        }
        List<Pattern> scanners = new ArrayList<>();
        if (!sensitive.isEmpty()) {
            scanners.add(alternation(sensitive, 0));
        }
        if (!insensitive.isEmpty()) {
            scanners.add(alternation(insensitive, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new OrganisationGazetteer(scanners, byKey);
    }

    /** The organisation with this exact name or alias (normalised), if known. */
    public Optional<Organisation> lookup(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** Every known name in the text, longest first, without overlaps. */
    public List<Entity> find(String text, String section) {
        List<Entity> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Pattern scanner : scanners) {
            var m = scanner.matcher(text);
            while (m.find()) {
                Organisation organisation = byKey.get(key(m.group()));
                boolean free = organisation != null;
                for (int i = m.start(); free && i < m.end(); i++) {
                    free = !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new Entity(organisation.type(), m.group(), m.start(), m.end(), section,
                            organisation.canonical(), organisation.canonical()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return found;
    }

    /** The normalised form used as key: lower case, "og" as "&", single spaces. */
    public static String key(String name) {
        return SPACES.matcher(AND.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" & ")).replaceAll(" ").strip();
    }

    /** Abbreviations and names with a word in capitals ("KB", "Arbejdsplads MED") match only as written. */
    private static boolean hasCapitalWord(String name) {
        return java.util.Arrays.stream(name.split("[\\s-]+"))
                .anyMatch(w -> w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter));
    }

    /** One pattern for many names, longest first so that the longest name wins at a position. */
    private static Pattern alternation(List<String> names, int flags) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> parts = sorted.stream().map(OrganisationGazetteer::words).toList();
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", parts) + ")(?![\\p{L}\\d])", flags);
    }

    private static String words(String name) {
        StringBuilder regex = new StringBuilder();
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            String word = words[i];
            regex.append(word.equals("&") || word.equalsIgnoreCase("og") ? "(?:&|og)" : Pattern.quote(word));
        }
        return regex.toString();
    }
}
