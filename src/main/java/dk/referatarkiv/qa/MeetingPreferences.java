package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * How well each meeting of the archive fits the constraints a question names: municipality, body and meeting date
 * (see {@link QuestionConstraints}). A preference between 0 (fits nothing asked) and 1 (fits all), used to rank
 * meetings and their items; it removes nothing. The weights are set by hand, not fitted: a date counts twice as much
 * as the municipality or the body, a meeting whose minutes do not name their municipality half-fits when its text
 * mentions it. Immutable and thread-safe.
 */
final class MeetingPreferences {

    private static final double MUNICIPALITY = 1;
    private static final double BODY = 1;
    private static final double DATE = 2;

    private final Map<String, Meeting> meetings;
    /** Each meeting's municipality and body as {@link ConstraintReader#key}s, made once: a question meets them all. */
    private final Map<String, Keys> keys;
    /** The rankings of recent questions' constraints: an answer asks for them up to four times. */
    private final Cache<Asked, Ranking> rankings = Caffeine.newBuilder().maximumSize(256).build();
    /**
     * Keys of the capitalised words and web domains each meeting's text uses, for municipalities the minutes do not
     * state.
     */
    private final Map<String, Set<String>> words;
    /**
     * Where a question's constraints can find a meeting that fits them at all, so that a question scores those
     * meetings only: by municipality key (with and without a genitive s), by the capitalised words of minutes that do
     * not state their municipality, by body key (likewise), and by year. Every meeting that fits in any way is under
     * one of the keys a question's constraints look up; the scores decide the rest.
     */
    private final Map<String, List<String>> byMunicipality;
    private final Map<String, List<String>> byWord;
    private final Map<String, List<String>> byBody;
    private final NavigableMap<Integer, List<String>> byYear;
    /** Every meeting id in order: the ranking when no meeting fits at all (they all tie). */
    private final List<String> allIds;

    MeetingPreferences(Corpus corpus) {
        Map<String, Meeting> byId = new HashMap<>();
        Map<String, Keys> k = new HashMap<>();
        for (Meeting m : corpus.meetings()) {
            byId.put(m.id(), m);
            k.put(m.id(), new Keys(ConstraintReader.key(m.municipality()), ConstraintReader.key(m.body())));
        }
        // Reading the words is a pass over the whole text of every such meeting: in parallel (meetings are independent).
        Map<String, Set<String>> w = corpus.meetings().parallelStream().filter(m -> m.municipality().isEmpty())
                .collect(Collectors.toMap(Meeting::id, MeetingPreferences::mentionKeys, (a, b) -> b));
        this.meetings = Map.copyOf(byId);
        this.keys = Map.copyOf(k);
        this.words = Map.copyOf(w);
        Map<String, List<String>> municipalities = new HashMap<>();
        Map<String, List<String>> bodies = new HashMap<>();
        Map<String, List<String>> texts = new HashMap<>();
        NavigableMap<Integer, List<String>> years = new TreeMap<>();
        k.forEach((id, own) -> {
            for (String form : forms(own.municipality())) {
                municipalities.computeIfAbsent(form, f -> new ArrayList<>()).add(id);
            }
            for (String form : forms(own.body())) {
                bodies.computeIfAbsent(form, f -> new ArrayList<>()).add(id);
            }
            Meeting m = byId.get(id);
            if (m.date() != null) {
                years.computeIfAbsent(m.date().getYear(), y -> new ArrayList<>()).add(id);
            }
        });
        w.forEach((id, used) -> used.forEach(word -> texts.computeIfAbsent(word, f -> new ArrayList<>()).add(id)));
        this.byMunicipality = municipalities;
        this.byBody = bodies;
        this.byWord = texts;
        this.byYear = years;
        this.allIds = byId.keySet().stream().sorted().toList();
    }

    /** A key and, when it differs, the key without a genitive s. */
    private static Set<String> forms(String key) {
        return new HashSet<>(List.of(key, ConstraintReader.stripGenitive(key)));
    }

    /**
     * The meetings that can fit the constraints by name: the same municipality (or, for minutes that do not state
     * theirs, one their text names) or a body of the same name ({@link ConstraintReader#sameBody}: the name with or
     * without a definite ending or a genitive). With {@link #dated}, a superset of the meetings with a preference
     * above 0.
     */
    private Set<String> named(Asked asked) {
        Set<String> out = new HashSet<>();
        if (asked.municipality() != null) {
            for (String form : forms(asked.municipality())) {
                out.addAll(byMunicipality.getOrDefault(form, List.of()));
            }
            out.addAll(byWord.getOrDefault(asked.municipality(), List.of()));
        }
        if (asked.body() != null) {
            for (String form : forms(asked.body())) {
                for (String ending : ConstraintReader.BODY_ENDINGS) {
                    out.addAll(byBody.getOrDefault(form + ending, List.of()));
                    if (form.endsWith(ending)) {
                        out.addAll(byBody.getOrDefault(form.substring(0, form.length() - ending.length()), List.of()));
                    }
                }
            }
        }
        return out;
    }

    /** The meetings in the years the question's date reaches. */
    private List<String> dated(Asked asked) {
        if (asked.date() == null) {
            return List.of();
        }
        int from = asked.date().start().getYear();
        int to = asked.date().end() == null ? Integer.MAX_VALUE : asked.date().end().getYear();
        List<String> out = new ArrayList<>();
        byYear.subMap(from, true, Math.max(from, to), true).values().forEach(out::addAll);
        return out;
    }

    /** A meeting's municipality and body as {@link ConstraintReader#key}s. */
    private record Keys(String municipality, String body) {
    }

    /**
     * What a meeting's preference depends on of a question's constraints: the municipality and the body as
     * {@link ConstraintReader#key}s, and the date (each null when the question names none). The key of a
     * {@link Ranking}.
     */
    private record Asked(String municipality, String body, DateRange date) {

        static Asked of(QuestionConstraints c) {
            return new Asked(c.municipality() == null ? null : ConstraintReader.key(c.municipality()),
                    c.body() == null ? null : ConstraintReader.key(c.body()), c.date());
        }
    }

    /** The meeting's preference for the constraints, 0..1; 0 when the question names none. */
    double preference(String meetingId, QuestionConstraints c) {
        return fit(meetingId, Asked.of(c), Judged.ALL_ASKED);
    }

    /**
     * {@link #preference} for one question's constraints, each meeting's computed once: an answer reads many items of
     * the same meetings. Not thread-safe; one per question.
     */
    ToDoubleFunction<String> preferences(QuestionConstraints c) {
        return memoised(c, Judged.ALL_ASKED);
    }

    /**
     * As {@link #preferences}, but each meeting judged on what its minutes state: a municipality, body or date they
     * do not give is left out of the comparison instead of counting as not fitting (1 when they give none of what the
     * question asks; a municipality their text only mentions still half-fits). For telling a meeting that fits
     * clearly worse than the best from one that may fit as well: minutes that do not name their municipality are not
     * thereby of another one. Not thread-safe; one per question.
     */
    ToDoubleFunction<String> statedFits(QuestionConstraints c) {
        return memoised(c, Judged.STATED);
    }

    /** What a fit is judged on: everything the question asks, or only what the meeting's minutes state of it. */
    private enum Judged { ALL_ASKED, STATED }

    private ToDoubleFunction<String> memoised(QuestionConstraints c, Judged judged) {
        Asked asked = Asked.of(c);
        Map<String, Double> fits = new HashMap<>();
        return id -> fits.computeIfAbsent(id, x -> fit(x, asked, judged));
    }

    private double fit(String meetingId, Asked asked, Judged judged) {
        Meeting m = meetings.get(meetingId);
        if (m == null) {
            return 0;
        }
        Keys own = keys.get(meetingId);
        boolean statedOnly = judged == Judged.STATED;
        double asks = possible(asked);
        double possible = asks;
        double got = 0;
        if (asked.municipality() != null) {
            if (!m.municipality().isEmpty()) {
                got += ConstraintReader.sameMunicipalityKey(own.municipality(), asked.municipality()) ? MUNICIPALITY : 0;
            } else if (words.getOrDefault(meetingId, Set.of()).contains(asked.municipality())) {
                got += MUNICIPALITY / 2;
            } else if (statedOnly) {
                possible -= MUNICIPALITY;
            }
        }
        if (asked.body() != null) {
            if (!m.body().isEmpty()) {
                got += ConstraintReader.sameBody(own.body(), asked.body()) ? BODY : 0;
            } else if (statedOnly) {
                possible -= BODY;
            }
        }
        if (asked.date() != null) {
            if (m.date() != null) {
                got += DATE * dateFit(m.date(), asked.date());
            } else if (statedOnly) {
                possible -= DATE;
            }
        }
        if (possible == 0) {
            return statedOnly && asks > 0 ? 1 : 0;
        }
        return got / possible;
    }

    /** The weight of everything the question asks of a meeting: what a meeting that fits all of it gets. */
    private static double possible(Asked asked) {
        return (asked.municipality() != null ? MUNICIPALITY : 0) + (asked.body() != null ? BODY : 0)
                + (asked.date() != null ? DATE : 0);
    }

    /**
     * Whether the meeting contradicts what the question says about the meeting it asks about: held on another day than
     * the one named, or in another municipality than the one named (when both are known).
     */
    boolean contradicts(String meetingId, QuestionConstraints c) {
        Meeting m = meetings.get(meetingId);
        if (m == null) {
            return true;
        }
        boolean otherDay = c.date() != null && c.date().isDay() && m.date() != null && !m.date().equals(c.date().start());
        boolean otherMunicipality = c.municipality() != null && !m.municipality().isEmpty()
                && !ConstraintReader.sameMunicipality(m.municipality(), c.municipality());
        return otherDay || otherMunicipality;
    }

    /**
     * Whether the meeting is known to be of another body than the one named (a meeting whose minutes do not name
     * their body is of none).
     */
    boolean ofOtherBody(String meetingId, String body) {
        Keys own = keys.get(meetingId);
        return own != null && !own.body().isEmpty() && !ConstraintReader.sameBody(own.body(), ConstraintReader.key(body));
    }

    /**
     * 1 when the meeting was held on the day or within the period; for a day, 0.5 in the same month and 0.25 in the
     * same year (the question's date may be the matter's, not the meeting's); 0 otherwise or when undated.
     */
    static double dateFit(LocalDate meeting, DateRange asked) {
        if (meeting == null) {
            return 0;
        }
        LocalDate end = asked.end() == null ? LocalDate.MAX : asked.end();
        if (!meeting.isBefore(asked.start()) && !meeting.isAfter(end)) {
            return 1;
        }
        if (asked.precision() == DateRange.Precision.YEAR) {
            return 0;
        }
        if (meeting.getYear() == asked.start().getYear() && meeting.getMonthValue() == asked.start().getMonthValue()) {
            return 0.5;
        }
        return meeting.getYear() == asked.start().getYear() ? 0.25 : 0;
    }

    /** The ids of the meetings that fit best (at least {@code minimum}), best first, at most {@code limit}. */
    List<String> best(QuestionConstraints c, double minimum, int limit) {
        if (!c.any()) {
            return List.of();
        }
        Ranking ranking = rankings.get(Asked.of(c), this::rank);
        if (ranking.top() < minimum) {
            return List.of();
        }
        return ranking.best().stream().limit(limit).toList();
    }

    /** The best fit of a question's constraints and the meetings that have it, in id order. */
    private record Ranking(double top, List<String> best) {
    }

    /**
     * Scores the meetings that can fit ({@link #named}, then {@link #dated} unless a named one fits better than any of
     * those can); when none fits at all, every meeting ties at 0. Several
     * answerers ask for the best meetings of one question, so the ranking is kept for the constraints
     * ({@link #rankings}).
     */
    private Ranking rank(Asked asked) {
        Best best = new Best();
        Set<String> named = named(asked);
        named.forEach(id -> best.consider(id, fit(id, asked, Judged.ALL_ASKED)));
        // A meeting found by its date alone fits neither the municipality nor the body asked: at most the date's share.
        // When a named meeting fits better, none of them can be among the best (an archive of many years holds far
        // more meetings of a year than of a municipality and body).
        if (asked.date() != null && best.top <= DATE / possible(asked) + 1e-9) {
            dated(asked).stream().filter(id -> !named.contains(id))
                    .forEach(id -> best.consider(id, fit(id, asked, Judged.ALL_ASKED)));
        }
        if (best.top <= 1e-9) {
            return new Ranking(0, allIds);
        }
        best.ids.sort(Comparator.naturalOrder());
        return new Ranking(best.top, List.copyOf(best.ids));
    }

    /** The best fit seen so far and the meetings that have it (within 1e-9). Not thread-safe. */
    private static final class Best {
        private double top;
        private final List<String> ids = new ArrayList<>();

        void consider(String id, double score) {
            if (score > top + 1e-9) {
                top = score;
                ids.clear();
            }
            if (score >= top - 1e-9) {
                ids.add(id);
            }
        }
    }

    Meeting meeting(String id) {
        return meetings.get(id);
    }

    /** The keys of what a meeting that does not state its municipality mentions that may name it. */
    private static Set<String> mentionKeys(Meeting m) {
        Set<String> out = new HashSet<>();
        // a word never runs from one line or section into the next, so each is read where it is, uncopied
        mentions(m.body(), out);
        m.headerLines().forEach(l -> mentions(l.text(), out));
        for (AgendaItem item : m.items()) {
            mentions(item.rawTitle(), out);
            for (Section s : item.sections()) {
                mentions(s.text(), out);
            }
        }
        return out;
    }

    private static void mentions(String text, Set<String> out) {
        if (text != null) {
            capitalisedWords(text, out);
            webDomains(text, out);
        }
    }

    /**
     * Adds the key of every capitalised word of the text (an upper-case letter and one or more letters or hyphens,
     * as {@code \p{Lu}[\p{L}-]+} finds them), and of a word of more than four letters ending in s also without it:
     * "Struers" gives "struer". Read by hand, not by a regular expression: at start-up it passes over
     * the whole text of every meeting that does not state its municipality.
     */
    static void capitalisedWords(String text, Set<String> out) {
        if (text == null) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; ) {
            int first = text.codePointAt(i);
            int end = i + Character.charCount(first);
            if (Character.getType(first) == Character.UPPERCASE_LETTER) {
                int wordEnd = end;
                while (wordEnd < n) {
                    int c = text.codePointAt(wordEnd);
                    if (!Character.isLetter(c) && c != '-') {
                        break;
                    }
                    wordEnd += Character.charCount(c);
                }
                if (wordEnd > end) {
                    String k = ConstraintReader.key(text.substring(i, wordEnd));
                    out.add(k);
                    if (k.length() > 4 && k.endsWith("s")) {
                        out.add(k.substring(0, k.length() - 1));
                    }
                    end = wordEnd;
                }
            }
            i = end;
        }
    }

    /**
     * Adds the key of every Danish web domain's name ("soenderby.dk", "dagsordener.nordby.dk", "WWW.NORDBY.DK" → the
     * name before ".dk"; "soenderbykommune.dk" and "soenderby-kommune.dk" also without "kommune"; each also with any of
     * its ae, oe and aa read as æ, ø and å, "hoeje-taastrup" giving "højetaastrup" too): minutes that do not state their
     * municipality often point to its website.
     */
    static void webDomains(String text, Set<String> out) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int after = dot + 3;
            if (!text.regionMatches(true, dot + 1, "dk", 0, 2)
                    || after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
                continue; // not ".dk", or ".dkk": not a domain's end
            }
            int start = dot;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            String name = text.substring(start, dot).toLowerCase(Locale.ROOT);
            if (name.length() < 3) {
                continue;
            }
            String bare = name.replaceFirst("-?kommune$", "");
            for (String form : bare.length() >= 3 && !bare.equals(name) ? List.of(name, bare) : List.of(name)) {
                withDanishLetters(ConstraintReader.key(form), out);
            }
        }
    }

    /**
     * The most ae, oe and aa pairs whose every combination of readings is added: a real name has one to three, and the
     * combinations double with each pair (a text may hold "aaaa…aaaa.dk").
     */
    private static final int MAX_LETTER_PAIRS = 4;

    /**
     * Adds the key and every key made from it by reading any of its ae, oe and aa as æ, ø and å; a key with more than
     * {@link #MAX_LETTER_PAIRS} such pairs only as written and with all of them read so.
     */
    private static void withDanishLetters(String key, Set<String> out) {
        int pairs = 0;
        for (int i = 0; i + 1 < key.length(); i++) {
            if (danishLetter(key, i) != 0) {
                pairs++;
            }
        }
        if (pairs > MAX_LETTER_PAIRS) {
            out.add(key);
            StringBuilder all = new StringBuilder(key.length());
            int i = 0;
            while (i < key.length()) {
                char letter = i + 1 < key.length() ? danishLetter(key, i) : 0;
                all.append(letter != 0 ? letter : key.charAt(i));
                i += letter != 0 ? 2 : 1;
            }
            out.add(all.toString());
            return;
        }
        withDanishLetters(key, 0, out);
    }

    /** Adds the key and every key made from it by reading an ae, oe or aa at or after {@code from} as æ, ø or å. */
    private static void withDanishLetters(String key, int from, Set<String> out) {
        out.add(key);
        for (int i = from; i + 1 < key.length(); i++) {
            char letter = danishLetter(key, i);
            if (letter != 0) {
                withDanishLetters(key.substring(0, i) + letter + key.substring(i + 2), i + 1, out);
            }
        }
    }

    /** The letter the two characters at {@code i} write in a domain name (ae, oe, aa: æ, ø, å), or 0. */
    private static char danishLetter(String key, int i) {
        char a = key.charAt(i);
        char b = key.charAt(i + 1);
        return a == 'a' && b == 'e' ? 'æ' : a == 'o' && b == 'e' ? 'ø' : a == 'a' && b == 'a' ? 'å' : 0;
    }

}
