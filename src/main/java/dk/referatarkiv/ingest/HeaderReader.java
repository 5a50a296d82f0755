package dk.referatarkiv.ingest;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a meeting's header: labelled fields from {@link MinutesLexicon} (value on the same line, on the next lines,
 * or in the next cell of a {@code |} table), the body and date from title lines when no label gives them, the
 * participants with party, role and attendance, and the municipality. Only the lines before the first agenda item are
 * read as header, so nothing in an item's text is taken for a header field. Stateless and thread-safe.
 */
final class HeaderReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Scores of the places a date or a body can come from; the highest wins. */
    static final int LABELLED = 10;
    static final int TITLE = 8;
    static final int DOWNLOAD_TITLE = 7;
    static final int HEADER_LINE = 5;
    static final int DECISION = 4;
    static final int MEETING_REFERENCE = 3;
    static final int DECIDED_BY = 2;
    static final int RECOMMENDATION = 1;
    /** Score of a place read after the meeting's time in a title line (a labelled place scores {@link #LABELLED}). */
    static final int AFTER_TIME = 5;
    /** Title lines: a place after a time is looked for among the first lines of the header only. */
    private static final int TITLE_LINES = 12;
    /** A longer line is a page run into one line, not a title line; only its first characters are read as one. */
    private static final int MAX_TITLE_LINE = 400;
    private static final int RUN_TOGETHER_TITLE = 160;

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|la|de|von|van|af|du))*";
    private static final String LIST_ROLE = "Formand|Næstformand|Borgmester|Viceborgmester|Rådmand|Forperson";
    /**
     * "Formand: Name (A)", "Name (A) (formand)", and "Name (A), Formand" or "Name (A) - Formand" where a role after a
     * comma or a dash belongs to the name before it unless a colon or a space and a name follow it ("Ane Krog (A), FormandBo Skov (A)": a PDF
     * export glued the next name to the role; reading it as a prefix made Bo Skov the chair).
     */
    private static final Pattern NAME_PAREN = Pattern.compile(
            "(?:(?<role>" + LIST_ROLE + ")\\s*:?\\s*)?"
                    + "(?<name>" + NAME + ")\\s*,?\\s*\\((?<p1>[^()\\n]{1,60})\\)(?:\\s*\\((?<p2>[^()\\n]{1,40})\\))?"
                    + "(?:(?:\\s*,\\s*|[ \\t]*[-–][ \\t]*)(?<after>" + LIST_ROLE + ")(?![ \\t]*:)(?![ \\t]+\\p{Lu}))?");
    private static final Pattern PLAIN_NAME = Pattern.compile("^" + NAME + "$");
    /**
     * A line that is one entry whose bracket the export lost: a name of two or more words at the line's start, then
     * a bracket left open to the line's end ("Peter Holm (Idrætsrådet i Åby"). The bracket
     * is closed there, so that the entry ends at the line's end and the list goes on after it; a sentence with a
     * bracket ("Mødet holdes i Kulturhuset (indgang …") does not start with a name and is left alone.
     */
    private static final Pattern OPEN_ENTRY = Pattern.compile(
            "^(" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|la|de|von|van|af|du))+\\s*\\([^()\\n]{1,60})$",
            Pattern.MULTILINE);
    private static final Pattern NAME_TAIL = Pattern.compile("\\s+(?:deltog|X|x|✓)$");
    private static final Pattern NONE = Pattern.compile("^(?:ingen|-|–|nej)\\.?$", FLAGS);
    /** "Fraværende var: ...", "Mødested er ...": a verb, as a whole word, so that "Erik" and "Varnes" stay whole. */
    private static final Pattern VALUE_PREFIX = Pattern.compile("^(?:var|er)(?![\\p{L}])\\s*:?\\s*", FLAGS);
    private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:.](\\d{2})");
    /** "Albertslund Kommune", and its genitive "Sønderhimmerlands Kommunes Byråd" (the name before it as written). */
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}]+(?:-\\p{Lu}[\\p{L}]+)?)\\s+(?:Kommunes?|KOMMUNES?)\\b");
    private static final Pattern TOWN_COUNCIL = Pattern.compile("\\b(\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}[\\p{Ll}]+)?)\\s+Byråd\\b");
    /** "kl. 17:00 i Byrådssalen i Sønderby", "Kl i Mødelokale 7", "Kl. 13:30 Mødelokale 3" (place to the end). */
    private static final Pattern PLACE_AFTER_TIME = Pattern.compile(
            "\\bkl\\.?(?:\\s*\\d{1,2}[:.]\\d{2})?\\s+(?:i\\s+)?(?<place>(?-i:\\p{Lu})[^\\n]{1,99})$", FLAGS);
    /** Headings that follow a title line and are no place: contents, open and closed parts, the agenda. */
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?:indhold|indholdsfortegnelse|åbne?|lukkede?|punkter|sager|dagsorden|fraværende|afbud)(?![\\p{L}])", FLAGS);
    /** A title line that ends with the meeting's time: the place may stand on the next line. */
    private static final Pattern TIME_AT_END = Pattern.compile("\\bkl\\.?\\s*\\d{1,2}[:.]\\d{2}\\s*$", FLAGS);
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)?");
    private static final Pattern PUBLICATION = Pattern.compile("publicer|udskrevet|udsendt|opdateret|download", FLAGS);
    private static final Pattern DOWNLOAD = Pattern.compile("^Download\\s+\"", FLAGS);
    private static final Pattern MINUTES_WORD = Pattern.compile(
            "\\b(?:referat|dagsorden|(?:beslutnings)?protokol|mødet?s?|mødedato)\\b", FLAGS);
    /** "mødet den 7. maj 2024", "byrådsmødet 12. marts 2024", "møde d. 3. september 2023". */
    static final Pattern MEETING_REFERENCE_DATE = Pattern.compile("\\p{L}*møde(?:t|s)?\\s+(?:den\\s+|d\\.\\s*)?$", FLAGS);
    private static final List<String> TITLE_STOP_WORDS = List.of("referat", "dagsorden", "ordinært", "møde", "mødet", "til",
            "fra", "i", "åbent", "lukket", "protokol", "beslutningsprotokol", "kommunens", "kommunes");

    private final MinutesLexicon lexicon;
    private final Map<String, Pattern> labelPatterns = new HashMap<>();
    private final Pattern midLineLabel;

    /**
     * A header table that a PDF export ran into one line keeps its labels without colons ("… Dato 4. juni 2024
     * Tid 16:15 Sted Rådhuset, mødesal 2 Fraværende …"): it is cut before each label once at least this many of them
     * are followed by a value of their kind. Fewer could be words of running text that happen to be labels.
     */
    private static final int BARE_LABELS = 3;
    private final Map<String, MinutesLexicon.HeaderField> fieldOfLabel = new HashMap<>();
    private final Pattern bareMidLineLabel;

    HeaderReader(MinutesLexicon lexicon) {
        this.lexicon = lexicon;
        StringBuilder alternatives = new StringBuilder();
        List<String> valueLabels = new ArrayList<>();
        for (Map.Entry<String, MinutesLexicon.HeaderField> e : lexicon.headerLabels()) {
            String quoted = Pattern.quote(e.getKey());
            labelPatterns.put(e.getKey(), Pattern.compile("^" + quoted + "(?![\\p{L}])\\s*(?<colon>:)?\\s*(?<value>.*)$", FLAGS));
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(quoted);
            if (e.getValue() != MinutesLexicon.HeaderField.OTHER && e.getValue() != MinutesLexicon.HeaderField.BODY) {
                valueLabels.add(e.getKey());
                fieldOfLabel.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue());
            }
        }
        // A further label inside a line, followed by a colon: "Mødedato: Onsdag Mødested: Rådssalen".
        this.midLineLabel = Pattern.compile("(?<=\\s)(?:" + alternatives + ")\\s?:", FLAGS);
        // The same without a colon, capitalised as a label is, a whole word; longest first ("Stedfortræder", "Sted").
        valueLabels.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.bareMidLineLabel = Pattern.compile("(?<=\\s)(?:" + String.join("|", valueLabels.stream()
                .map(l -> Pattern.quote(Character.toUpperCase(l.charAt(0)) + l.substring(1))).toList()) + ")(?![\\p{L}:])");
    }

    /** A label that starts the line, with its field and the value after it. */
    record Labelled(MinutesLexicon.HeaderField field, String label, String value, boolean colon) {
    }

    /** A place label that is a room noun: followed by a number without a colon, it is part of the room's name. */
    private static final Pattern ROOM_NOUN = Pattern.compile("(?:møde)?lokale", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROOM_NUMBER = Pattern.compile("\\d{1,4}\\b");

    Optional<Labelled> label(String bare) {
        for (Map.Entry<String, MinutesLexicon.HeaderField> e : lexicon.headerLabels()) {
            Matcher m = labelPatterns.get(e.getKey()).matcher(bare);
            if (m.matches()) {
                boolean colon = m.group("colon") != null;
                String value = Lines.bare(m.group("value"));
                if (!colon && !value.isEmpty() && !plausibleWithoutColon(e.getValue(), e.getKey(), value)) {
                    continue;
                }
                if (!colon && ROOM_NOUN.matcher(e.getKey()).matches() && ROOM_NUMBER.matcher(value).lookingAt()) {
                    value = Lines.bare(bare); // "Lokale 1, Rådhuset": the room's name, not a label and its value
                }
                return Optional.of(new Labelled(e.getValue(), e.getKey(), value, colon));
            }
        }
        return Optional.empty();
    }

    /** Without a colon, a label must be followed by a value of its kind ("Dato 4. marts 2021", "Tid 19:00"). */
    private static boolean plausibleWithoutColon(MinutesLexicon.HeaderField field, String label, String value) {
        return switch (field) {
            case DATE -> DateFinder.first(value).isPresent();
            case TIME, END -> DateFinder.findTime(value).isPresent() || value.matches("^(?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2}.*")
                    || DateFinder.first(value).isPresent();
            case PLACE -> value.length() <= 100 && (Character.isUpperCase(value.codePointAt(0)) || Character.isDigit(value.codePointAt(0)));
            case BODY -> false;
            case MEMBERS, PRESENT, ABSENT, SUBSTITUTE -> Character.isUpperCase(value.codePointAt(0)) && !label.equalsIgnoreCase("Deltog");
            case CLERK -> Character.isUpperCase(value.codePointAt(0));
            case OTHER, PAGES -> false; // PAGES is no label of the header: it comes from the page labels
        };
    }

    /** Splits a line that holds several labelled fields ("Mødedato: … Mødested: …") into one piece per field. */
    List<String> splitFields(String bare) {
        Matcher m = midLineLabel.matcher(bare);
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) {
            cuts.add(m.start());
        }
        if (cuts.isEmpty()) {
            cuts = bareLabelCuts(bare);
        }
        if (cuts.isEmpty()) {
            return List.of(bare);
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            String part = bare.substring(from, cut).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            from = cut;
        }
        parts.add(bare.substring(from).strip());
        return parts;
    }

    /** Where a header table run into one line is cut: before every label, when enough of them have their value. */
    private List<Integer> bareLabelCuts(String bare) {
        Matcher m = bareMidLineLabel.matcher(bare);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[]{m.start(), m.end()});
        }
        int plausible = 0;
        for (int i = 0; i < found.size(); i++) {
            String label = bare.substring(found.get(i)[0], found.get(i)[1]);
            String value = bare.substring(found.get(i)[1], i + 1 < found.size() ? found.get(i + 1)[0] : bare.length()).strip();
            MinutesLexicon.HeaderField field = fieldOfLabel.get(label.toLowerCase(java.util.Locale.ROOT));
            if (!value.isEmpty() && field != null && plausibleWithoutColon(field, label, value)) {
                plausible++;
            }
        }
        return plausible < BARE_LABELS ? List.of() : found.stream().map(f -> f[0]).toList();
    }

    /**
     * Reads the header lines {@code [from, to)} into {@code header}. {@code skip} marks lines that belong to the
     * table of contents (not header).
     */
    void read(List<SourceLine> lines, int from, int to, boolean[] skip, MeetingHeader header) {
        int nonBlankSeen = 0;
        for (int i = from; i < to; i++) {
            if (skip[i]) {
                continue;
            }
            String bare = Lines.bare(lines.get(i).text());
            if (bare.isEmpty() || bare.equals("\f") || Lines.isRule(bare)) {
                continue;
            }
            nonBlankSeen++;
            titleFacts(bare, lines.get(i).number(), nonBlankSeen, header);
            int columnEnd = labelColumn(lines, i, to, skip, header);
            if (columnEnd >= i) {
                i = columnEnd;
                continue;
            }
            List<String> pieces = splitFields(bare);
            int consumedTo = i;
            for (int p = 0; p < pieces.size(); p++) {
                Optional<Labelled> labelled = label(pieces.get(p));
                if (labelled.isEmpty()) {
                    if (p == 0 && nonBlankSeen <= TITLE_LINES) {
                        placeAfterTime(pieces.get(p), lines, pieces.size() == 1 ? i + 1 : to, to, skip, header);
                    }
                    continue;
                }
                String value = labelled.get().value();
                String written = pieces.get(p);
                if (value.isEmpty() && p == pieces.size() - 1) {
                    int[] end = new int[] {i};
                    value = followingValue(lines, i + 1, to, skip, labelled.get().field(), end);
                    consumedTo = Math.max(consumedTo, end[0]);
                    written = value.isEmpty() ? written : written + "\n" + value;
                }
                apply(labelled.get(), value, lines.get(i).number(), header);
                if (!value.isBlank()) {
                    header.line(labelled.get().field(), labelled.get().label(), value, written);
                }
            }
            i = consumedTo;
        }
        municipality(lines, from, to, header);
    }

    /**
     * A column of labels without values ("Lokale", "Deltagere") followed by a label whose value is the values of all of
     * them run together ("Afbud Mødesalen, Nordby Rådhus Ida Holm, … Ingen"): a header table a PDF conversion
     * read column by column. The run is cut by {@link LabelColumn}. Returns the column's last line, or -1 when line
     * {@code i} starts no such column or the run cannot be cut (the lines are then read one by one).
     */
    private int labelColumn(List<SourceLine> lines, int i, int to, boolean[] skip, MeetingHeader header) {
        List<Labelled> column = new ArrayList<>();
        int j = i;
        for (; j < to && !skip[j]; j++) {
            String bare = Lines.bare(lines.get(j).text());
            Optional<Labelled> labelled = splitFields(bare).size() == 1 ? label(bare) : Optional.empty();
            if (labelled.isEmpty() || labelled.get().colon()) {
                return -1;
            }
            column.add(labelled.get());
            if (!labelled.get().value().isEmpty()) {
                break;
            }
        }
        if (j >= to || skip[j] || column.size() < MIN_COLUMN) {
            return -1;
        }
        String run = withoutTrailingLabel(column.get(column.size() - 1).value());
        List<MinutesLexicon.HeaderField> fields = column.stream().map(Labelled::field).toList();
        Optional<List<String>> values = LabelColumn.values(fields, run);
        if (values.isEmpty()) {
            return -1; // a label left empty above a labelled line ("Stedfortræder" / "Medlemmer …") reads as before
        }
        for (int k = 0; k < column.size(); k++) {
            Labelled l = column.get(k);
            String value = values.get().get(k);
            apply(l, value, lines.get(i + k).number(), header);
            if (!value.isBlank()) {
                header.line(l.field(), l.label(), value, l.label() + "\n" + value);
            }
        }
        return j;
    }

    /**
     * The fewest labels a column must have: one label left empty above another's line is as often a field the
     * meeting did not fill ("Stedfortræder" / "Medlemmer …") as a column.
     */
    private static final int MIN_COLUMN = 3;

    /** A run that ends with a further label whose value the column lost ("… Ingen Gæster"): without it. */
    private String withoutTrailingLabel(String run) {
        int lastSpace = run.lastIndexOf(' ');
        if (lastSpace > 0) {
            Optional<Labelled> last = label(run.substring(lastSpace + 1));
            if (last.isPresent() && last.get().value().isEmpty()) {
                return run.substring(0, lastSpace).strip();
            }
        }
        return run;
    }

    /**
     * A place written after the meeting's time in a title line, where no label names it: "den 4. marts 2021 kl. 17:00
     * i Byrådssalen i Sønderby", "Tirsdag den 11. juni 2024 Kl i Mødelokale 7", or on the next line ("12-01-2022
     * kl. 17:00" / "Lillesalen"). A weak source: a labelled place wins.
     */
    private void placeAfterTime(String bare, List<SourceLine> lines, int next, int to, boolean[] skip, MeetingHeader header) {
        Matcher same = PLACE_AFTER_TIME.matcher(bare);
        if (same.find() && plausiblePlace(same.group("place"))) {
            header.place(same.group("place"), AFTER_TIME);
            header.line(MinutesLexicon.HeaderField.PLACE, "", same.group("place"), bare);
            return;
        }
        if (!TIME_AT_END.matcher(bare).find()) {
            return;
        }
        for (int i = next; i < to && i < next + 3; i++) {
            if (skip[i]) {
                return;
            }
            String candidate = Lines.bare(lines.get(i).text());
            if (candidate.isEmpty()) {
                continue;
            }
            String place = candidate.replaceFirst("^i\\s+(?=\\p{Lu})", "");
            if (label(candidate).isEmpty() && splitFields(candidate).size() == 1 && plausiblePlace(place)) {
                header.place(place, AFTER_TIME - 1);
                header.line(MinutesLexicon.HeaderField.PLACE, "", place, bare + "\n" + candidate);
            }
            return;
        }
    }

    /** Short, capitalised, and neither a date, a time, a body nor a minutes word. */
    private static boolean plausiblePlace(String place) {
        String p = place.strip();
        return p.length() >= 2 && p.length() <= 100 && Character.isUpperCase(p.codePointAt(0))
                && DateFinder.first(p).isEmpty() && DateFinder.findTime(p).isEmpty() && Bodies.find(p).isEmpty()
                && !MINUTES_WORD.matcher(p).lookingAt() && !NOT_A_PLACE.matcher(p).lookingAt() && !p.endsWith(":");
    }

    /** The value of a label that stands alone: the next line, or for a list the lines up to the next label. */
    private String followingValue(List<SourceLine> lines, int from, int to, boolean[] skip,
                                  MinutesLexicon.HeaderField field, int[] end) {
        boolean list = field == MinutesLexicon.HeaderField.MEMBERS || field == MinutesLexicon.HeaderField.PRESENT
                || field == MinutesLexicon.HeaderField.ABSENT || field == MinutesLexicon.HeaderField.SUBSTITUTE
                || field == MinutesLexicon.HeaderField.OTHER;
        StringBuilder value = new StringBuilder();
        int blanks = 0;
        for (int i = from; i < to && i < from + 80; i++) {
            if (skip[i]) {
                break;
            }
            String bare = Lines.bare(lines.get(i).text());
            if (bare.isEmpty() || Lines.isRule(bare)) {
                blanks++;
                if (!list && value.length() > 0) {
                    break;
                }
                continue;
            }
            if (bare.equals("\f") || label(bare).isPresent()) {
                break;
            }
            if (list && value.length() > 0 && !nameLike(bare)) {
                break;
            }
            if (list && value.length() == 0 && blanks > 1 && !nameLike(bare)) {
                break;
            }
            if (value.length() > 0) {
                value.append('\n');
            }
            value.append(bare);
            end[0] = i;
            if (!list) {
                break;
            }
        }
        return value.toString();
    }

    private void apply(Labelled l, String rawValue, int line, MeetingHeader header) {
        String value = VALUE_PREFIX.matcher(rawValue.strip()).replaceFirst("");
        switch (l.field()) {
            case DATE, TIME -> {
                DateFinder.first(value).ifPresent(d -> {
                    int score = l.field() == MinutesLexicon.HeaderField.DATE ? LABELLED : LABELLED - 1;
                    header.date(d.date(), line, d.weekdayContradicts() ? score - 6 : score);
                    if (d.time() != null) {
                        header.startTime(d.time());
                    }
                });
                Matcher range = TIME_RANGE.matcher(value);
                if (range.find()) {
                    header.startTime(LocalTime.of(Integer.parseInt(range.group(1)) % 24, Integer.parseInt(range.group(2)) % 60));
                    header.endTime(LocalTime.of(Integer.parseInt(range.group(3)) % 24, Integer.parseInt(range.group(4)) % 60));
                } else if (DateFinder.first(value).isEmpty()) {
                    DateFinder.findTime(value).ifPresent(header::startTime);
                }
            }
            case END -> DateFinder.first(value).map(DateMention::time).or(() -> DateFinder.findTime(value))
                    .ifPresent(header::endTime);
            case PLACE -> {
                if (!value.isEmpty()) {
                    header.place(value.lines().findFirst().orElse(""));
                }
            }
            case BODY -> {
                String body = value.lines().findFirst().orElse("");
                if (Bodies.looksLikeBody(body)) {
                    header.body(Bodies.canonical(body), LABELLED);
                }
            }
            case MEMBERS, PRESENT -> participants(value, Participant.Presence.PRESENT, "").forEach(header::addParticipant);
            case ABSENT -> participants(value, Participant.Presence.ABSENT, l.label()).forEach(header::addParticipant);
            case SUBSTITUTE -> participants(value, Participant.Presence.SUBSTITUTE, "").forEach(header::addParticipant);
            case CLERK -> participants(value, Participant.Presence.OFFICIAL, "").stream()
                    .map(p -> new Participant(p.name(), p.role().isEmpty() ? l.label() : p.role(), p.party(),
                            Participant.Presence.OFFICIAL, ""))
                    .forEach(header::addParticipant);
            case OTHER -> {
            }
        }
    }

    /** Facts a title line gives without labels: "Referat … mødet i Byrådet den 14. maj 2024", "Byrådet - Referat". */
    private void titleFacts(String line0, int line, int position, MeetingHeader header) {
        // A first page that a PDF export ran into one line starts with its title line ("Byrådet Referat Dato 3. april
        // 2024 Mødetidspunkt …", labels without colons, so nothing cut it): its opening words are read as a title, the
        // weakest kind, because the same words may as well be the start of a contents list or of an item.
        boolean runTogether = line0.length() > MAX_TITLE_LINE;
        String bare = runTogether ? line0.substring(0, RUN_TOGETHER_TITLE) : line0;
        boolean download = DOWNLOAD.matcher(bare).find();
        boolean publication = !download && PUBLICATION.matcher(bare).find();
        if (!publication) {
            for (DateMention d : DateFinder.find(bare)) {
                int score = download ? DOWNLOAD_TITLE
                        : runTogether ? HEADER_LINE - 1
                        : position <= 8 && MINUTES_WORD.matcher(bare).find() ? TITLE
                        : position <= 12 ? HEADER_LINE : HEADER_LINE - 1;
                header.date(d.date(), line, d.weekdayContradicts() ? score - 6 : score);
                if (d.time() != null && score >= HEADER_LINE) {
                    header.startTime(d.time());
                }
                break;
            }
        }
        if ((position <= 12 || download) && !runTogether) {
            // A body in parentheses is a participant's organisation ("Eva Holt (Idrætsligt Samråd)"), not the meeting's.
            String outsideParentheses = PARENTHESISED.matcher(bare).replaceAll(" ");
            Bodies.find(outsideParentheses)
                    .ifPresent(b -> header.body(b, download ? DOWNLOAD_TITLE - 1 : TITLE - Math.min(position, 6) / 3));
        }
    }

    private void municipality(List<SourceLine> lines, int from, int to, MeetingHeader header) {
        Map<String, Integer> counts = new HashMap<>();
        String first = null;
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            Matcher m = MUNICIPALITY.matcher(text);
            while (m.find()) {
                String name = titleCase(m.group(1));
                counts.merge(name, 1, Integer::sum);
                if (first == null) {
                    first = name;
                }
            }
        }
        if (first == null) {
            for (int i = from; i < to && first == null; i++) {
                Matcher m = TOWN_COUNCIL.matcher(lines.get(i).text());
                while (m.find()) {
                    if (!TITLE_STOP_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                        first = m.group(1);
                        break;
                    }
                }
            }
        }
        if (first != null) {
            header.municipality = first;
        }
    }

    private static String titleCase(String word) {
        if (!word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == '-';
        }
        return out.toString();
    }

    /** True for a line that is one name or a list of names (with parties). */
    static boolean nameLike(String bare) {
        if (bare.length() > 600) {
            return false;
        }
        if (NAME_PAREN.matcher(bare).find() || OPEN_ENTRY.matcher(bare).matches()) {
            return true;
        }
        String t = NAME_TAIL.matcher(bare).replaceFirst("");
        for (String part : t.split(",|;|\\s+og\\s+")) {
            String p = part.strip();
            if (!p.isEmpty() && !(PLAIN_NAME.matcher(p).matches() && p.split("\\s+").length <= 6)) {
                return false;
            }
        }
        return true;
    }

    /** The persons in a list value: "Name (A)" groups, or names one per line or separated by commas and "og". */
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*\\)");

    List<Participant> participants(String value, Participant.Presence presence, String note) {
        List<Participant> out = new ArrayList<>();
        if (value.isBlank() || NONE.matcher(value.strip()).matches()) {
            return out;
        }
        // "Hans Holm ()": a party column left empty is no party, and no end of a name either
        value = EMPTY_PARENS.matcher(value).replaceAll(" ");
        value = OPEN_ENTRY.matcher(value).replaceAll("$1)");
        Matcher m = NAME_PAREN.matcher(value);
        boolean any = false;
        int last = 0;
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            any = true;
            rest.append(value, last, m.start()).append('\n');
            last = m.end();
            String written = m.group("role") != null ? m.group("role") : m.group("after");
            String role = written == null ? "" : written.toLowerCase(Locale.ROOT);
            String party = "";
            String p1 = m.group("p1").strip();
            String p2 = m.group("p2") == null ? "" : m.group("p2").strip();
            String entryNote = note;
            for (String inParens : List.of(p1, p2)) {
                if (inParens.isEmpty()) {
                    continue;
                }
                Optional<MinutesLexicon.Party> known = lexicon.party(inParens);
                if (known.isPresent() && party.isEmpty()) {
                    party = known.get().letter();
                } else if (inParens.toLowerCase(Locale.ROOT).startsWith("for ")) {
                    entryNote = inParens;
                } else if (role.isEmpty()) {
                    role = inParens;
                }
            }
            addName(out, m.group("name"), role, party, presence, entryNote);
        }
        rest.append(value.substring(last));
        if (!any || rest.toString().strip().length() > 3) {
            for (String line : rest.toString().split("\n")) {
                String t = NAME_TAIL.matcher(Lines.bare(line)).replaceFirst("");
                for (String part : t.split(",|;|\\s+og\\s+")) {
                    String name = part.strip();
                    if (PLAIN_NAME.matcher(name).matches()) {
                        addName(out, name, "", "", presence, note);
                    }
                }
            }
        }
        return out;
    }

    private static void addName(List<Participant> out, String name, String role, String party,
                                Participant.Presence presence, String note) {
        String n = name.strip();
        int words = n.split("\\s+").length;
        if (words < 2 || words > 6 || n.length() > 60 || Bodies.find(n).isPresent()) {
            return;
        }
        out.add(new Participant(n, role, party, presence, note));
    }
}
