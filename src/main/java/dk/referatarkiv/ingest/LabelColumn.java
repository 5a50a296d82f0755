package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.MinutesLexicon.HeaderField;
import dk.referatarkiv.internal.DanishLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header table that a PDF conversion read column by column: the labels one under the other, and the values of all
 * of them run together after the last ("Lokale / Deltagere / Afbud Mødesalen, Nordby Rådhus Ida Holm, Bo Ravn
 * Ingen"). The run is cut into one value per label where the kinds of the values say where:
 * <ul>
 *   <li>a place ends after the first word of a part that the dictionary reads as a place noun ({@code
 *       place-nouns.tsv}: "…salen", "Rådhus", "Mødelokale 3"), over comma-separated parts as long as each is such a
 *       place;</li>
 *   <li>the last label's value is the run's last word when that says "none" ("Ingen", "-"): no absentees;</li>
 *   <li>a single label left takes the rest.</li>
 * </ul>
 * Where the kinds do not say, nothing is cut (the caller reads the lines one by one). Stateless.
 */
final class LabelColumn {

    private static final Set<String> PLACE_NOUNS = Set.copyOf(MinutesLexicon.readLines("place-nouns.tsv"));
    /** A word: what stands between spaces and commas. */
    private static final Pattern WORD = Pattern.compile("[^\\s,]+");
    /** A room number after a place noun: "Mødelokale 3", "Lokale 1.12", "Sal B". */
    private static final Pattern ROOM_NUMBER = Pattern.compile("\\d[\\p{L}\\d.]*|\\p{Lu}");
    private static final Pattern NONE = Pattern.compile("(?iu)ingen|-|–");

    private LabelColumn() {
    }

    /** The value of each field in order, or empty when the run cannot be cut by the kinds of its values. */
    static Optional<List<String>> values(List<HeaderField> fields, String run) {
        List<String> values = new ArrayList<>();
        String rest = run.strip();
        int k = 0;
        if (fields.get(0) == HeaderField.PLACE) {
            int end = placeEnd(rest);
            if (end <= 0) {
                return Optional.empty();
            }
            values.add(rest.substring(0, end).strip());
            rest = rest.substring(end).replaceFirst("^[\\s,]+", "");
            k = 1;
        }
        int left = fields.size() - k;
        if (left == 1) {
            values.add(rest);
            return Optional.of(values);
        }
        if (left == 2 && !rest.isEmpty()) {
            int lastSpace = rest.lastIndexOf(' ');
            String lastWord = rest.substring(lastSpace + 1);
            if (lastSpace > 0 && NONE.matcher(lastWord).matches() && isList(fields.get(k))) {
                values.add(rest.substring(0, lastSpace).strip());
                values.add(lastWord);
                return Optional.of(values);
            }
        }
        return Optional.empty();
    }

    private static boolean isList(HeaderField field) {
        return field == HeaderField.MEMBERS || field == HeaderField.PRESENT;
    }

    /**
     * Where the place at the start of the run ends: after the word of a comma-separated part that ends like a place
     * (with its room number), going on to the next part only when the part before was a place to its end; -1 when
     * the run does not start with a place.
     */
    private static int placeEnd(String run) {
        int end = -1;
        int partStart = 0;
        while (partStart < run.length()) {
            int comma = run.indexOf(',', partStart);
            int partEnd = comma < 0 ? run.length() : comma;
            int placeInPart = placeWordEnd(run, partStart, partEnd);
            if (placeInPart < 0) {
                return end;
            }
            end = placeInPart;
            if (placeInPart < partEnd && !run.substring(placeInPart, partEnd).isBlank()) {
                return end; // the part goes on after the place: the next value starts there
            }
            partStart = partEnd + 1;
        }
        return end;
    }

    /**
     * The end of the first place word (and its room number) in {@code run[from, to)}, or -1. The first, not the last:
     * a surname may end like a place ("Skovhus") after it.
     */
    private static int placeWordEnd(String run, int from, int to) {
        Matcher m = WORD.matcher(run).region(from, to);
        while (m.find()) {
            if (endsLikePlace(m.group())) {
                int end = m.end();
                if (m.find() && ROOM_NUMBER.matcher(m.group()).matches()) {
                    end = m.end();
                }
                return end;
            }
        }
        return -1;
    }

    /**
     * The dictionary reads the word (or the compound it is) as a noun whose lemma ends in a place noun ("Byrådssalen"
     * is a "byrådssal", "Mødelokale" a "mødelokale"): a surname that merely ends in the letters ("Skovhus") or a first
     * name ("Michal") is no place.
     */
    private static boolean endsLikePlace(String word) {
        for (DanishLexicon.Reading r : DanishLexicon.get().readingsOrCompound(word.toLowerCase(Locale.ROOT))) {
            if (r.upos().equals("NOUN")) {
                for (String noun : PLACE_NOUNS) {
                    if (r.lemma().endsWith(noun)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
