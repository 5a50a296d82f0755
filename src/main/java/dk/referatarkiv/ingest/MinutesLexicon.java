package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.ResourceLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * General Danish knowledge about minutes, read from documented data files beside this class: the labels of header
 * fields ({@code header-labels.tsv}), the section headings of agenda items ({@code section-headings.tsv}) and the
 * party letters ({@code parties.tsv}) and the page furniture printed around minutes ({@code page-furniture.tsv}).
 * Nothing here belongs to one municipality or publishing system.
 * Immutable and thread-safe; {@link #DEFAULT} is read once.
 */
public final class MinutesLexicon {

    /** The fields a header label can introduce. */
    /** PAGES: the printed minutes' page count, from a page label "Side 1 af 12" (which is furniture in the text). */
    public enum HeaderField { DATE, TIME, END, PLACE, BODY, MEMBERS, PRESENT, ABSENT, SUBSTITUTE, CLERK, OTHER, PAGES }

    /** A party: its list letter and name (empty for a local list letter the lexicon does not know). */
    public record Party(String letter, String name) {

        /** The letter of "Uden for partierne": members outside the parties, which is a status, not a party. */
        public static final String NO_PARTY = "UP";

        /**
         * True for a party of the national list: it has a name, and it is not {@link #NO_PARTY}. A local list
         * letter is not one: nothing says what it stands for, and the same letter means another list elsewhere.
         */
        public boolean isNamed() {
            return !name.isEmpty() && !letter.equals(NO_PARTY);
        }

        /** The party as users read it: its Danish name and its letter, e.g. {@code Venstre (V)}; the letter alone when unnamed. */
        public String label() {
            return name.isEmpty() ? letter : name + " (" + letter + ")";
        }
    }

    public static final MinutesLexicon DEFAULT = new MinutesLexicon();
    /**
     * Forms of party names that are also ordinary Danish words (venstre "left", alternativet "the alternative", de
     * konservative/moderate), so their capital proves nothing at the start of a sentence. "Venstres" is not among
     * them: the adjective has no genitive.
     */
    public static final Set<String> ORDINARY_PARTY_WORDS = Set.of("Venstre", "Alternativet", "Alternativets",
            "Konservative", "Konservatives", "Moderaterne", "Moderaternes");

    /**
     * The heading of a contents' or an agenda's open or closed part, as a regex without flags or anchors: "Åbne
     * punkter", "Lukkede sager", "Lukket dagsorden", "Åbent møde", "Punkter på lukket dagsorden". Match it
     * case-insensitively.
     */
    static final String PART_HEADING = "(?:Åbne?|Lukkede?) (?:punkter|sager|dagsordenspunkter)|(?:Åben|Lukket) dagsorden"
            + "|(?:Lukket|Åbent) møde|Punkter på (?:åben|lukket) dagsorden";

    /** Header labels, longest first so that the most specific label wins. */
    private final List<Map.Entry<String, HeaderField>> headerLabels;
    private final Map<String, SectionKind> sectionHeadings;
    private final Map<String, Party> parties;
    private final Map<String, Party> partyNames;
    private final Pattern partyNamePattern;
    private final List<Pattern> furniture;

    private MinutesLexicon() {
        List<Map.Entry<String, HeaderField>> labels = new ArrayList<>();
        read("header-labels.tsv", cols ->
                labels.add(Map.entry(cols[1].strip(), HeaderField.valueOf(cols[0].strip()))));
        labels.sort(Comparator.comparingInt((Map.Entry<String, HeaderField> e) -> e.getKey().length()).reversed());
        this.headerLabels = List.copyOf(labels);
        Map<String, SectionKind> headings = new LinkedHashMap<>();
        read("section-headings.tsv", cols ->
                headings.put(key(cols[1]), SectionKind.valueOf(cols[0].strip())));
        this.sectionHeadings = Map.copyOf(headings);
        Map<String, Party> byName = new LinkedHashMap<>();
        Map<String, Party> spellings = new LinkedHashMap<>();
        read("parties.tsv", cols -> {
            Party party = new Party(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "");
            byName.put(key(party.letter()), party);
            if (!party.name().isEmpty()) {
                byName.put(key(party.name()), party);
                spellings.put(party.name(), party);
            }
            if (cols.length > 2) {
                for (String other : cols[2].split("\\|")) {
                    if (!other.isBlank()) {
                        byName.putIfAbsent(key(other), party);
                        spellings.putIfAbsent(other.strip(), party);
                    }
                }
            }
        });
        this.parties = Map.copyOf(byName);
        this.partyNames = spellings.entrySet().stream()
                .filter(e -> e.getValue().isNamed() && !e.getKey().matches("\\p{Lu}{1,3}"))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        // longest first, so that "Radikale Venstre" is one mention, not Venstre inside it
        String alternatives = partyNames.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.partyNamePattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?<name>" + alternatives + ")(?<genitive>s?)(?![\\p{L}\\p{N}])");
        List<Pattern> lines = new ArrayList<>();
        readLines("page-furniture.tsv", line ->
                lines.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        this.furniture = List.copyOf(lines);
    }

    /** Whole lines that are page furniture (page numbers, navigation links), as case-insensitive patterns. */
    public List<Pattern> furniture() {
        return furniture;
    }

    /** Header labels with their fields, longest label first. */
    public List<Map.Entry<String, HeaderField>> headerLabels() {
        return headerLabels;
    }

    /** The section kind of a heading as written (without colon), if it is a known heading. */
    public Optional<SectionKind> sectionKind(String heading) {
        return Optional.ofNullable(sectionHeadings.get(key(heading)));
    }

    /** The known headings, lower case. */
    public Set<String> sectionHeadings() {
        return sectionHeadings.keySet();
    }

    /**
     * The party written in parentheses after a name: a national letter or name, or a local list letter (one or two
     * capitals). Empty when the text is not a party (a role, an organisation).
     */
    public Optional<Party> party(String written) {
        String text = written.strip();
        Party known = parties.get(key(text));
        if (known != null) {
            return Optional.of(known);
        }
        if (text.matches("\\p{Lu}{1,2}")) {
            return Optional.of(new Party(text, ""));
        }
        return Optional.empty();
    }

    /**
     * The spellings of the national parties that running text may name them by, with their party: not a name written
     * in capitals of at most three letters ("S", "SF", "DF", "RV"), which is a letter, not a name in running text.
     */
    public Map<String, Party> partyNames() {
        return partyNames;
    }

    /**
     * {@link #partyNames} in running text, alone or in the genitive ({@code Venstres byrådsgruppe}), as written with
     * their capitals, the longest first: group {@code name} is the spelling, {@code genitive} its "s" or nothing.
     */
    public Pattern partyNamePattern() {
        return partyNamePattern;
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static void read(String resource, Consumer<String[]> row) {
        readLines(resource, line -> {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IllegalStateException(resource + ": expected tab-separated columns in '" + line + "'");
            }
            row.accept(cols);
        });
    }

    /** The lines of a resource beside this class that are neither blank nor a {@code #} comment, stripped. */
    static List<String> readLines(String resource) {
        return ResourceLines.read(MinutesLexicon.class, resource).stream().map(String::strip).toList();
    }

    /** Calls {@code line} for every line of a resource that is neither blank nor a {@code #} comment. */
    private static void readLines(String resource, Consumer<String> line) {
        ResourceLines.read(MinutesLexicon.class, resource).forEach(line);
    }
}
