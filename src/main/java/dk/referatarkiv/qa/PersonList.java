package dk.referatarkiv.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons as an answer, quoted from the text that names them: "Ane Krog (A), Bo Skov (V)" when
 * the text lists them together (commas, "og", parties in parentheses between them), else each name with the party the
 * text writes after it, joined by commas. Stateless and thread-safe.
 */
final class PersonList {

    /** A party or note in parentheses right after a name: "(V)", "(Løsgænger)". */
    private static final Pattern PARENTHESIS = Pattern.compile("^\\s?\\([^()\\n]{1,40}\\)");
    /** What may stand between two names of one list. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:,|;|og|&|–|-)?\\s*$");
    /** Capitalised words of a name, with initials ("K. B. Vang", "Anne Holm Krog"). */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}(?:[\\p{Ll}'’\\-]+|\\.)(?:\\s+\\p{Lu}(?:[\\p{Ll}'’\\-]+|\\.)){1,4}(?![\\p{L}])");

    private PersonList() {
    }

    /** A name found in a text: where it stands, and its party in parentheses when written right after it. */
    record Found(String name, int start, int end) {
    }

    /** The names that {@code text} holds, in text order. */
    static List<Found> find(String text, List<String> names) {
        List<Found> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            int at = text.indexOf(name);
            if (at < 0) {
                at = lower.indexOf(name.toLowerCase(Locale.ROOT));
            }
            if (at >= 0) {
                int end = at + name.length();
                Matcher party = PARENTHESIS.matcher(text.substring(end));
                if (party.find()) {
                    end += party.end();
                }
                found.add(new Found(name, at, end));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The answer for names found in {@code text}: the list as written, or the names joined; null when none is there. */
    static String quote(String text, List<Found> found) {
        return quote(text, found, true);
    }

    /**
     * As {@link #quote(String, List)}; without {@code widen} the list is not extended to the names written next to
     * those found (they were left out on purpose), and each found name is quoted as written, joined.
     */
    static String quote(String text, List<Found> found, boolean widen) {
        if (found.isEmpty()) {
            return null;
        }
        boolean together = widen;
        for (int i = 1; i < found.size() && together; i++) {
            int from = found.get(i - 1).end();
            int to = found.get(i).start();
            together = from <= to && SEPARATOR.matcher(text.substring(from, to)).matches();
        }
        if (together) {
            // names the list goes on with that were not found ("…, Ib Lund, Eva Dam")
            int end = found.get(found.size() - 1).end();
            for (Found next : names(text, end)) {
                if (!SEPARATOR.matcher(text.substring(end, next.start())).matches()
                        || text.substring(end, next.start()).isBlank()) {
                    break;
                }
                end = next.end();
            }
            // and names before it ("Ib Lund og Eva Dam var fraværende" when only the second was read)
            int start = found.get(0).start();
            List<Found> before = names(text.substring(0, start), 0);
            for (int i = before.size() - 1; i >= 0; i--) {
                String gap = text.substring(before.get(i).end(), start);
                if (gap.isBlank() || !SEPARATOR.matcher(gap).matches()) {
                    break;
                }
                start = before.get(i).start();
            }
            return flat(text.substring(start, end));
        }
        return String.join(", ", found.stream().map(f -> flat(text.substring(f.start(), f.end()))).toList());
    }

    /** Capitalised names of two to five words in {@code text} from {@code from} on, in order. */
    static List<Found> names(String text, int from) {
        List<Found> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        if (from > 0) {
            m.region(Math.min(from, text.length()), text.length());
        }
        while (m.find()) {
            int end = m.end();
            Matcher party = PARENTHESIS.matcher(text.substring(end));
            if (party.find()) {
                end += party.end();
            }
            out.add(new Found(m.group(), m.start(), end));
        }
        return out;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
