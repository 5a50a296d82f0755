package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.ingest.Bodies;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.internal.ResourceLines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the meeting constraints of a question ({@link QuestionConstraints}): a municipality from the Danish
 * municipalities ({@code municipalities.tsv}) and those the archive's minutes name, a body the archive holds minutes
 * of (in the question's inflection: "Sønderby Byråds", "Kultur- og Idrætsudvalg"), the meeting date or period, and
 * item numbers. Immutable and thread-safe.
 */
final class ConstraintReader {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}§][\\p{L}\\p{N}.\\-]*");
    /** What {@link #key} drops; compiled once, since a question compares its keys with every meeting's. */
    /** The endings by which a body's name and its definite or genitive form differ ("Byråd" ~ "Byrådet"). */
    static final Set<String> BODY_ENDINGS = Set.of("", "et", "en", "n", "e");
    /** "pkt. 12", "punkt 7", "punkterne 4 og 9", "punkterne 3-6", "sag nr. 4", "dagsordenens punkt 7". */
    private static final Pattern ITEMS = Pattern.compile(
            "\\b(?:pkt\\.?|punkt(?:erne|et)?|sag(?:erne)?(?:\\s+nr\\.?)?)\\s*(\\d{1,4}(?:\\s*(?:,|og|-|–)\\s*\\d{1,4})*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MUNICIPALITY_NOUN = Pattern.compile("(?i)kommunes?");
    /**
     * A seat in a body taken or left, written right before the body's name ("sæde i", "indtræde i", "udtræde af").
     * Not "medlem af": "Hvilke medlemmer af Økonomiudvalget var fraværende …" asks of that body's meeting.
     */
    private static final Pattern SEAT_IN = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:sæde|indtræde[rs]?|indtrådte|udtræde[rs]?|udtrådte)\\s+(?:i|af)\\s+$");
    private static final Pattern MEETING_NOUN = Pattern.compile("(?i)møde[ts]?|mødet|møder|dagsorden|referat");
    /** The longest body name in words ("Udvalget for Kultur, Fritid og Idræt"). */
    private static final int MAX_BODY_WORDS = 7;
    private static final int MAX_RANGE = 50;

    /** Key (letters and digits, lower case) → name, for municipalities and archive bodies. */
    private final Map<String, String> municipalities;
    private final Map<String, String> bodies;

    ConstraintReader(Collection<String> archiveMunicipalities, Collection<String> archiveBodies) {
        Map<String, String> m = new LinkedHashMap<>();
        readMunicipalities().forEach(name -> m.put(key(name), name));
        archiveMunicipalities.stream().filter(n -> !n.isBlank()).forEach(name -> m.putIfAbsent(stripGenitive(key(name)), name));
        this.municipalities = Map.copyOf(m);
        Map<String, String> b = new LinkedHashMap<>();
        archiveBodies.stream().filter(n -> !n.isBlank()).forEach(name -> b.put(key(name), name));
        this.bodies = Map.copyOf(b);
    }

    static ConstraintReader of(Collection<Meeting> meetings) {
        return new ConstraintReader(meetings.stream().map(Meeting::municipality).toList(),
                meetings.stream().map(Meeting::body).toList());
    }

    /**
     * The constraints of {@code question}; {@code dates} are the date mentions found in it (on the same text). The
     * meeting date is the first mention of a day, else the first of a month or a year.
     */
    QuestionConstraints read(String question, List<Entity> dates) {
        List<int[]> spans = new ArrayList<>();
        List<int[]> words = words(question);
        String municipality = null;
        int municipalityWord = -1;
        for (int i = 0; i < words.size() && municipality == null; i++) {
            int[] w = words.get(i);
            String word = question.substring(w[0], w[1]);
            if (!Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            municipality = municipality(word);
            if (municipality != null) {
                municipalityWord = i;
                int end = w[1];
                // "Assens Kommune", "Struer Kommunes": the noun belongs to the name
                if (i + 1 < words.size() && MUNICIPALITY_NOUN.matcher(question.substring(words.get(i + 1)[0], words.get(i + 1)[1])).matches()) {
                    end = words.get(i + 1)[1];
                }
                spans.add(new int[]{w[0], end});
            }
        }
        // The body of the meeting: the one right after the municipality ("Odder Økonomiudvalg"), else one
        // followed by its meeting ("… Byråds møde"), else the first the question names.
        List<int[]> bodies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // people type "byrådet", "økonomiudvalget" as often as the capitalised name; in lower case only a body's
            // one-word name that ends as a body's does, and not after "til" ("sendt videre til byrådet" is where a
            // matter goes, not the meeting asked)
            boolean lower = !Character.isUpperCase(question.codePointAt(words.get(i)[0]));
            if (lower && i > 0 && question.substring(words.get(i - 1)[0], words.get(i - 1)[1]).equalsIgnoreCase("til")) {
                continue;
            }
            // the longest window first: "Udvalget for Kultur og Fritid" before "Udvalget"
            for (int n = lower ? 1 : Math.min(MAX_BODY_WORDS, words.size() - i); n >= 1; n--) {
                int[] span = {words.get(i)[0], words.get(i + n - 1)[1], i, i + n};
                if (lower && !Bodies.isOneWordName(question.substring(span[0], span[1]))) {
                    continue;
                }
                String found = body(question.substring(span[0], span[1]));
                if (found != null) {
                    bodies.add(span);
                    names.add(found);
                    i += n - 1;
                    break;
                }
            }
        }
        // "sæde i Sønderby Byråd", "udtræde af Økonomiudvalget": a seat in the body is what the question is about, not
        // the meeting it asks of; such a body ranks no meeting
        for (int b = bodies.size() - 1; b >= 0; b--) {
            int from = municipalityWord >= 0 && bodies.get(b)[2] == municipalityWord + 1
                    ? words.get(municipalityWord)[0] : bodies.get(b)[0];
            if (SEAT_IN.matcher(question.substring(0, from)).find()) {
                bodies.remove(b);
                names.remove(b);
            }
        }
        String body = null;
        int chosen = -1;
        for (int b = 0; b < bodies.size() && chosen < 0; b++) {
            if (municipalityWord >= 0 && bodies.get(b)[2] == municipalityWord + 1) {
                chosen = b;
            }
        }
        for (int b = 0; b < bodies.size() && chosen < 0; b++) {
            int after = bodies.get(b)[3];
            if (after < words.size() && MEETING_NOUN.matcher(question.substring(words.get(after)[0], words.get(after)[1])).matches()) {
                chosen = b;
            }
        }
        if (chosen < 0 && !bodies.isEmpty()) {
            chosen = 0;
        }
        if (chosen >= 0) {
            body = names.get(chosen);
            spans.add(new int[]{bodies.get(chosen)[0], bodies.get(chosen)[1]});
        }
        DateRange date = null;
        Entity meetingDate = dates.stream().filter(d -> ((DateRange) d.value()).isDay()).findFirst()
                .or(() -> dates.stream().filter(d -> ((DateRange) d.value()).end() != null).findFirst()).orElse(null);
        if (meetingDate != null) {
            date = (DateRange) meetingDate.value();
            spans.add(new int[]{meetingDate.start(), meetingDate.end()});
        }
        Set<Integer> items = new LinkedHashSet<>();
        Matcher m = ITEMS.matcher(question);
        while (m.find()) {
            items.addAll(numbers(m.group(1)));
            spans.add(new int[]{m.start(), m.end()});
        }
        return new QuestionConstraints(municipality, body, date, items, spans);
    }

    /** The municipality a word names, genitive allowed ("Struers"), or null. */
    String municipality(String word) {
        String k = key(word);
        String found = municipalities.get(k);
        if (found == null && k.endsWith("s")) {
            found = municipalities.get(k.substring(0, k.length() - 1));
        }
        return found;
    }

    /** The archive body that a phrase names in any inflection ("Byråds", "Kultur- og Idrætsudvalg"), or null. */
    String body(String phrase) {
        String k = key(phrase);
        if (k.length() < 4) {
            return null;
        }
        return bodies.entrySet().stream().filter(e -> sameBody(k, e.getKey()))
                .min(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(null);
    }

    /** Two body keys are the same body when they differ by a definite or genitive ending: "byråds" ~ "byrådet". */
    static boolean sameBody(String a, String b) {
        // each key as it is and without a genitive s; compared in place, for every meeting a question may fit
        int aBare = bareLength(a);
        int bBare = bareLength(b);
        return endingApart(a, a.length(), b, b.length()) || endingApart(a, a.length(), b, bBare)
                || endingApart(a, aBare, b, b.length()) || endingApart(a, aBare, b, bBare);
    }

    /** The length of the key without a genitive s ({@link #stripGenitive}). */
    private static int bareLength(String key) {
        return key.length() > 4 && key.endsWith("s") ? key.length() - 1 : key.length();
    }

    /** The first {@code xn} characters of x and {@code yn} of y differ only by a body ending after the shorter. */
    private static boolean endingApart(String x, int xn, String y, int yn) {
        String shorter = xn <= yn ? x : y;
        String longer = xn <= yn ? y : x;
        int s = Math.min(xn, yn);
        int l = Math.max(xn, yn);
        if (s < 4 || !longer.regionMatches(0, shorter, 0, s)) {
            return false;
        }
        for (String ending : BODY_ENDINGS) {
            if (ending.length() == l - s && longer.regionMatches(s, ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** Two municipality names are the same with or without a genitive: "Struers" ~ "Struer". */
    static boolean sameMunicipality(String a, String b) {
        return sameMunicipalityKey(key(a), key(b));
    }

    /** {@link #sameMunicipality} of two names already made {@link #key}s. */
    static boolean sameMunicipalityKey(String x, String y) {
        return !x.isEmpty() && (x.equals(y) || stripGenitive(x).equals(y) || x.equals(stripGenitive(y)));
    }

    /** A key without a genitive s ("struers" → "struer"); keys of four letters or fewer as they are. */
    static String stripGenitive(String key) {
        return key.substring(0, bareLength(key));
    }

    /**
     * The text in lower case with {@code &} as "og" and only its letters and digits ({@code \p{L}}, {@code \p{N}})
     * kept: "Børne- & Ungeudvalget" is "børneogungeudvalget". One pass: every meeting's body and municipality, and
     * every capitalised word of minutes that do not state their municipality, are keyed at start-up.
     */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == '&') {
                key.append("og");
            } else if (Character.isLetter(c) || isNumber(c)) {
                key.appendCodePoint(c);
            }
        }
        return key.toString();
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && text.charAt(end - 1) == '.') {
                end--; // a sentence's full stop is not part of the word
            }
            out.add(new int[]{m.start(), end});
        }
        return out;
    }

    private static Set<Integer> numbers(String written) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher range = Pattern.compile("(\\d{1,4})\\s*[-–]\\s*(\\d{1,4})").matcher(written);
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            for (int n = from; n <= to && n - from <= MAX_RANGE; n++) {
                out.add(n);
            }
        }
        Matcher single = Pattern.compile("\\d{1,4}").matcher(written);
        while (single.find()) {
            out.add(Integer.parseInt(single.group()));
        }
        return out;
    }

    private static List<String> readMunicipalities() {
        return ResourceLines.read(ConstraintReader.class, "municipalities.tsv").stream().map(String::strip).toList();
    }
}
