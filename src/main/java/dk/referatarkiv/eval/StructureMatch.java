package dk.referatarkiv.eval;

import dk.referatarkiv.internal.TextNormal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The loose comparisons of the structure evaluation: a body name and an item title as the parser read them against
 * the gold. Stateless and thread-safe.
 *
 * <p>Both sides are first {@linkplain #normalise normalised}: NFC, lower case, HTML tags removed, {@code &} read as
 * {@code og}, every character that is not a letter or digit read as a space, whitespace collapsed.
 */
final class StructureMatch {

    /** Shares a title must reach to count as leniently right (see {@link #titleLenient}). */
    static final double PREFIX_SHARE = 0.8;
    static final double TOKEN_JACCARD = 0.8;

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    /** {@code 2018-2021}, {@code (18-21)}, {@code 2018 - 21} at the end of a body name. */
    private static final Pattern PERIOD = Pattern.compile("\\s*\\(?\\s*\\d{2,4}\\s*[-–/]\\s*\\d{2,4}\\s*\\)?\\s*$");
    /** {@code 3.}, {@code 218.}, {@code 1)}, {@code Pkt. 164}, {@code Punkt 3:}, {@code Sag nr. 52} at the start. */
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^\\s*(?:(?:pkt\\.?|punkt|sag(?:\\s+nr\\.?)?)\\s*)?\\d{1,4}\\s*[.):]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A Danish definite suffix: Byrådet, Direktionen, Udvalgene. */
    private static final Pattern DEFINITE = Pattern.compile("(?<=\\p{L}{3})(?:et|en|ne)$");

    private StructureMatch() {
    }

    /** Tags removed, then {@link TextNormal#normal}: lower case, {@code &} as {@code og}, letters and digits only. */
    static String normalise(String text) {
        return TextNormal.normal(HTML_TAG.matcher(text == null ? "" : text).replaceAll(" ").replace("&amp;", "&"));
    }

    /**
     * Whether a parsed body name is the gold one, loosely. Both names are normalised and the definite suffix
     * ({@code -et}, {@code -en}, {@code -ne}) is taken off their last word, so {@code Byrådet} = {@code byråd}. The
     * parsed name may also end in a period designation ({@code Økonomiudvalget 2018-2021},
     * {@code Byrådet (18-21)}), which is ignored. The names then match when they are equal, or when one ends with
     * the other as whole words, so a parsed {@code Sønderby Byråd} matches the gold {@code Byrådet}. An empty
     * parsed name never matches.
     */
    static boolean body(String gold, String parsed) {
        String g = bodyKey(gold);
        String p = bodyKey(PERIOD.matcher(parsed == null ? "" : parsed).replaceFirst(""));
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        return g.equals(p) || p.endsWith(" " + g) || g.endsWith(" " + p);
    }

    private static String bodyKey(String name) {
        String s = normalise(name);
        int space = s.lastIndexOf(' ');
        return s.substring(0, space + 1) + DEFINITE.matcher(s.substring(space + 1)).replaceFirst("");
    }

    /**
     * A parsed title as the gold writes titles: without a leading item number ({@code 3.}, {@code Pkt. 164},
     * {@code Sag nr. 52}) and without trailing dot leaders and the page number after them, then normalised. A
     * trailing number without leaders is kept: it is as likely a year or a plan number as a page.
     */
    static String parsedTitle(String title) {
        String s = title == null ? "" : HTML_TAG.matcher(title).replaceAll(" ");
        return normalise(TextNormal.withoutLeaders(ITEM_NUMBER.matcher(s).replaceFirst("")));
    }

    /**
     * Strict: the normalised gold title equals the parsed title, normalised as it is or {@linkplain #parsedTitle
     * cleaned}. Both are tried because some titles begin with a number of their own ({@code 2. behandling af budget},
     * {@code 1. behandling af budget}). An empty parsed title never matches.
     */
    static boolean titleStrict(String gold, String parsed) {
        String g = normalise(gold);
        return !g.isEmpty() && (g.equals(normalise(parsed)) || g.equals(parsedTitle(parsed)));
    }

    /**
     * Lenient, for tables of contents whose title boundaries are a reading of run-together text: strictly right,
     * or one title is a prefix of the other and the shorter has at least {@value #PREFIX_SHARE} of the longer's
     * characters, or the token sets have a Jaccard index of at least {@value #TOKEN_JACCARD}. Applied to every file
     * alike.
     */
    static boolean titleLenient(String gold, String parsed) {
        String g = normalise(gold);
        return titleStrict(gold, parsed) || close(g, normalise(parsed)) || close(g, parsedTitle(parsed));
    }

    private static boolean close(String g, String p) {
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        boolean goldShorter = g.length() <= p.length();
        String shorter = goldShorter ? g : p;
        String longer = goldShorter ? p : g;
        if (longer.startsWith(shorter) && shorter.length() >= PREFIX_SHARE * longer.length()) {
            return true;
        }
        return jaccard(tokens(g), tokens(p)) >= TOKEN_JACCARD;
    }

    private static Set<String> tokens(String normalised) {
        return new HashSet<>(Arrays.asList(normalised.split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
